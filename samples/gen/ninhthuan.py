"""Site `lmhtx-ninhthuan` (registry family `generic`): the Ninh Thuận cooperative alliance (before its
2025 merger into Khánh Hòa) on a **Weebly** site builder site, built blind as a held-out test: no
family module, no selectors.

Why it is hard: the news is a Weebly blog. Posts are `/blog/<slug>` (no id, no date, no extension)
in `div.blog-post`: the title is an `h2.blog-title` link (the page has no `<h1>`; the post's own
headings are `h2.wsite-content-title` too), the date is `p.blog-date` printed the US way, month
first, as Weebly does: "3/14/2024", "12/22/2023", and also "3/5/2024", "2/7/2024", "1/9/2024",
"12/6/2023", which read both ways: the site's other posts with a day above 12, the order of the
blog and a document's own place-date line show it is month first (2/7/2024 is 7 February, not
2 July). No time: midnight. The text is in `div.paragraph` blocks: lines separated by `<br />`, no
`<p>`; photos are `div.wsite-image` with the caption in an unnamed `<div>` under the image; a
document's PDF is a Weebly file element (a small table "Tải tệp / Tên tệp / Dung lượng", not text).
The blog page `/blog`, its pages `/blog/previous/2`, the archives `/blog/archives/03-2024` and the
categories `/blog/category/<x>` all show the posts IN FULL (title, date, whole text, "0 Bình luận"),
so they look like articles but are listings. Under each post: "0 Bình luận" and Weebly's comment
form; beside it the blog sidebar ("Tác giả" = the editorial office, "Lưu trữ", "Chuyên mục"). The
"Giới thiệu" page `/gioi-thieu.html` uses the same template (h2 titles, paragraphs, an image).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, pdf

SITE = "lmhtx-ninhthuan"
NAME = "Liên minh Hợp tác xã tỉnh Ninh Thuận"
SHORT = "Liên minh HTX tỉnh Ninh Thuận"
HTML = "text/html; charset=utf-8"
BLOG = "/blog"
ABOUT = "/gioi-thieu.html"
CONTACT = "/lien-he.html"
OCOP_PAGE = "/san-pham-ocop.html"
PER = 5
UP = "/uploads/1/4/7/2/147258369"
PDF_PATH = f"{UP}/cv-35-lmhtx-vp-hoi-cho-2024.pdf"

SLOGANS = ["Liên minh HTX tỉnh Ninh Thuận - Đồng hành cùng hợp tác xã vùng nắng gió",
           "Phát triển kinh tế tập thể gắn với xây dựng nông thôn mới"]
SIDE = ["Tác giả", "Ban Biên tập trang thông tin Liên minh HTX tỉnh Ninh Thuận. Mọi ý kiến xin gửi về hộp thư của Văn phòng.",
        "Lưu trữ", "Chuyên mục", "Nguồn cấp RSS", "Lượt truy cập: 152.347", "Thời tiết Phan Rang", "Nắng nóng, gió mạnh",
        "Độ ẩm: 64%"]
COMMENTS = ["Để lại bình luận.", "Tên (bắt buộc)", "Email (sẽ không được công bố) (bắt buộc)", "Trang web",
            "Thông báo cho tôi về các bình luận mới qua email.", "Gửi bình luận", "0 Bình luận"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH NINH THUẬN",
          "Địa chỉ: Số 45 đường 16 Tháng 4, phường Thanh Sơn, thành phố Phan Rang - Tháp Chàm, tỉnh Ninh Thuận",
          "Điện thoại: 0259.3822.756 - Email: lmhtx.ninhthuan@gmail.com",
          "Chịu trách nhiệm nội dung: Bà Phạm Thị Hồng Nhung - Phó Chủ tịch Liên minh HTX tỉnh",
          "Được cung cấp bởi"]
LABELS = ["Tải tệp", "Tên tệp:", "Dung lượng:"]
BOILERPLATE = [*SLOGANS, *SIDE, *COMMENTS, *FOOTER, *LABELS]

CATS = {"tin-hoat-dong": "Tin hoạt động", "ocop": "OCOP", "van-ban": "Văn bản", "hinh-anh": "Hình ảnh"}
MONTHS_VI = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
             "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def dated(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def us(d: datetime) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/blog/htx-nho-thai-an-vao-vu-thu-hoach-nho-xanh",
          title="HTX nho Thái An vào vụ thu hoạch nho xanh",
          date=datetime(2024, 3, 14),
          body="""
Những ngày giữa tháng 3, các thành viên HTX Nông nghiệp Thái An (huyện Ninh Hải) tất bật thu hoạch nho xanh NH01-48, giống nho chủ lực của tỉnh.
HTX hiện có 52 thành viên với 38 ha nho, trong đó 21 ha được chứng nhận VietGAP; năng suất bình quân đạt 25 tấn/ha/vụ.
[img nho-thai-an.png] Thành viên HTX Nông nghiệp Thái An thu hoạch nho xanh
Ngoài bán nho tươi, HTX còn chế biến rượu vang, mật nho và nho sấy, trong đó mật nho Thái An đạt OCOP 4 sao.
Vườn nho của HTX còn là điểm tham quan quen thuộc của du khách khi đến Ninh Thuận, mỗi tháng đón khoảng 3.000 lượt khách.
""",
          byline="Thanh Hòa", author="Thanh Hòa", **dated(datetime(2024, 3, 14)), opts={"cats": ["ocop", "tin-hoat-dong"]},
          notes=["'3/14/2024' in p.blog-date (month first, Weebly's US format: the day 14 shows the order); the title an "
                 "h2.blog-title (no <h1> on the page); byline 'Thanh Hòa' last (right-aligned bold div.paragraph): part "
                 "of the text, the author"]),
        A(path="/blog/cong-van-ve-viec-dang-ky-tham-gia-hoi-cho-htx-va-ocop-nam-2024",
          title="Công văn về việc đăng ký tham gia Hội chợ HTX và sản phẩm OCOP năm 2024",
          date=datetime(2024, 3, 5),
          body="""
LIÊN MINH HTX TỈNH NINH THUẬN
Số: 35/LMHTX-VP
V/v đăng ký tham gia Hội chợ HTX và sản phẩm OCOP năm 2024
Ninh Thuận, ngày 04 tháng 3 năm 2024
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch xúc tiến thương mại năm 2024, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức Hội chợ HTX và sản phẩm OCOP tại Quảng trường 16 Tháng 4, thành phố Phan Rang - Tháp Chàm, từ ngày 19 đến ngày 23/4/2024.
Liên minh HTX tỉnh đề nghị các HTX có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/3/2024. Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho HTX có sản phẩm OCOP từ 3 sao trở lên.
Nơi nhận: Như trên; UBND tỉnh (b/c); Sở Công Thương; Lưu VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phạm Thị Hồng Nhung
""",
          author=None, doc_number="35/LMHTX-VP", attachments=[{"path": PDF_PATH, "text": "cv-35-lmhtx-vp-hoi-cho-2024.pdf"}],
          **dated(datetime(2024, 3, 5)), opts={"cats": ["van-ban"], "file": True},
          notes=["official letter 'Số: 35/LMHTX-VP' posted '3/5/2024' (reads both ways: 5 March, one day after its own "
                 "place-date line 'Ninh Thuận, ngày 04 tháng 3 năm 2024'); signer last, author null; the PDF in a Weebly "
                 "file element (a table 'Tải tệp / Tên tệp: … / Dung lượng: …'): an attachment, not text"]),
        A(path="/blog/anh-mua-muoi-o-dong-muoi-tri-hai",
          title="Ảnh: Mùa muối trên đồng muối Tri Hải",
          date=datetime(2024, 2, 26),
          body="""
Cuối tháng 2 là thời điểm diêm dân HTX Muối Tri Hải (huyện Ninh Hải) vào vụ muối chính, nắng gió nhiều cho hạt muối trắng, chắc.
[img muoi-1.png] Diêm dân cào muối trên ô kết tinh từ sáng sớm
[img muoi-2.png] Muối được gánh lên bờ, vun thành từng đống
[img muoi-3.png] HTX đầu tư máy rửa và sấy muối để nâng giá trị sản phẩm
[img muoi-4.png] Muối sạch Tri Hải đóng gói mang nhãn hiệu của HTX
Ảnh: Văn Miên
""",
          author="Văn Miên", **dated(datetime(2024, 2, 26)), opts={"cats": ["hinh-anh"], "right_last": True},
          notes=["photo story: four div.wsite-image photos, each with its caption in an unnamed <div> under the image "
                 "(one line each); 'Ảnh: Văn Miên' last, right-aligned: part of the text, author Văn Miên"]),
        A(path="/blog/htx-toi-phan-rang-tat-bat-phuc-vu-tet",
          title="HTX tỏi Phan Rang tất bật phục vụ thị trường Tết",
          date=datetime(2024, 2, 7),
          body="""
Những ngày cận Tết Giáp Thìn, HTX Nông nghiệp An Hải (huyện Ninh Phước) mỗi ngày sơ chế, đóng gói khoảng 4 tấn tỏi và hành tím để giao cho các siêu thị.
Tỏi Phan Rang của HTX được trồng trên đất cát ven biển, tép nhỏ, vị cay nồng và thơm lâu, giá bán dịp Tết từ 80.000 đến 120.000 đồng/kg.
[img toi-phan-rang.png] Thành viên HTX An Hải phân loại tỏi trước khi đóng túi
Năm nay HTX ra mắt sản phẩm tỏi đen lên men, đang hoàn thiện hồ sơ đánh giá, phân hạng OCOP.
Tin, ảnh: Nguyễn Trung
""",
          author="Nguyễn Trung", **dated(datetime(2024, 2, 7)), opts={"cats": ["ocop"], "right_last": True},
          notes=["'2/7/2024' reads both ways: 7 February (before Tết Giáp Thìn, the text says so; the blog lists it between "
                 "2/26/2024 and 1/18/2024), NOT 2 July; 'Tin, ảnh: Nguyễn Trung' last: part of the text, author "
                 "Nguyễn Trung"]),
        A(path="/blog/lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023",
          title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          date=datetime(2024, 1, 18),
          body="""
Chiều 17/1, Liên minh HTX tỉnh Ninh Thuận tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.
Năm 2023, toàn tỉnh có 187 HTX đang hoạt động với 41.500 thành viên; doanh thu bình quân một HTX đạt 2,4 tỷ đồng.
## Nhiệm vụ trọng tâm năm 2024
* Thành lập mới ít nhất 15 HTX, ưu tiên HTX gắn với sản phẩm nho, táo, tỏi và muối;
* Hỗ trợ 20 HTX ứng dụng công nghệ số trong quản lý và bán hàng;
* Nâng vốn điều lệ Quỹ hỗ trợ phát triển HTX lên 25 tỷ đồng.
Dịp này, Liên minh HTX Việt Nam tặng Bằng khen cho 3 HTX có thành tích xuất sắc.
""",
          author=None, **dated(datetime(2024, 1, 18)), opts={"cats": ["tin-hoat-dong"]},
          notes=["an h2.wsite-content-title heading and a list inside the post; the text says 'Chiều 17/1' (the event), "
                 "the post '1/18/2024'; no byline: author null"]),
        A(path="/blog/htx-chan-nuoi-cuu-phuoc-dai-lien-ket-tieu-thu",
          title="HTX chăn nuôi cừu Phước Đại liên kết tiêu thụ",
          date=datetime(2024, 1, 9),
          body="""
HTX Chăn nuôi cừu Phước Đại (huyện Bác Ái) vừa ký hợp đồng cung ứng mỗi tháng 300 con cừu thịt cho một doanh nghiệp chế biến tại Thành phố Hồ Chí Minh.
HTX có 36 thành viên là đồng bào Raglai, tổng đàn gần 2.400 con, được hỗ trợ con giống và kỹ thuật trồng cỏ từ chương trình giảm nghèo bền vững.
[img cuu-phuoc-dai.png] Đàn cừu của thành viên HTX Phước Đại
Doanh nghiệp cam kết thu mua với giá không thấp hơn giá thị trường, thanh toán trong vòng 7 ngày sau khi nhận hàng.
""",
          byline="Ngọc Thành", author="Ngọc Thành", **dated(datetime(2024, 1, 9)), opts={"cats": ["tin-hoat-dong"]},
          notes=["'1/9/2024' reads both ways: 9 January (the blog lists it between 1/18/2024 and 12/22/2023), not 1 "
                 "September; byline 'Ngọc Thành' last: part of the text, the author"]),
        A(path="/blog/thanh-long-htx-nhon-hai-dat-chuan-xuat-khau",
          title="Thanh long HTX Nhơn Hải đạt chuẩn xuất khẩu",
          date=datetime(2023, 12, 22),
          body="""
HTX Nông nghiệp Nhơn Hải (huyện Ninh Hải) vừa được cấp mã số vùng trồng xuất khẩu cho 26 ha thanh long ruột đỏ.
Để đạt chuẩn, thành viên HTX ghi chép nhật ký sản xuất, sử dụng đèn LED tiết kiệm điện cho thanh long ra trái vụ và thu gom bao bì thuốc bảo vệ thực vật đúng nơi quy định.
Lô hàng đầu tiên 12 tấn đã được xuất sang Hàn Quốc với giá cao hơn bán trong nước khoảng 40%.
Nguồn: Báo Ninh Thuận
""",
          author=None, **dated(datetime(2023, 12, 22)), opts={"cats": ["ocop"], "right_last": True},
          notes=["the text ends with 'Nguồn: Báo Ninh Thuận' (right-aligned italic): part of the text, a source, author null"]),
        A(path="/blog/tap-huan-thuong-mai-dien-tu-cho-htx",
          title="Tập huấn thương mại điện tử cho HTX",
          date=datetime(2023, 12, 6),
          body="""
Trong hai ngày 5 và 6/12, Liên minh HTX tỉnh phối hợp với Bưu điện tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho 45 cán bộ HTX.
Học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả, mở gian hàng trên sàn Postmart và quản lý đơn hàng.
Sau khóa học, 18 HTX đã mở gian hàng với hơn 60 sản phẩm, chủ yếu là nho, táo, tỏi, mật nho và muối.
""",
          author=None, **dated(datetime(2023, 12, 6)), opts={"cats": ["tin-hoat-dong"]},
          notes=["oldest post: only on /blog/previous/2 and its archive/category pages; '12/6/2023' reads both ways: 6 "
                 "December (the class of 5 and 6/12), not 12 June; no author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"{UP}/published/{src}"


def post_id(a: Article) -> str:
    return str(int(hashlib.sha1(a.path.encode()).hexdigest()[:14], 16))


def image_el(src: str, caption: str) -> str:
    cap = f'<div style="display:block;font-size:90%">{inline_html(caption)}</div>' if caption else ""
    return ('<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;'
            'margin-left:0;margin-right:0;text-align:center">'
            f'<a><img src="{img(src)}" alt="Picture" style="width:auto;max-width:100%" /></a>{cap}</div></div>')


def file_el() -> str:
    name = PDF_PATH.rsplit("/", 1)[1]
    return (f'<div><div style="margin: 10px 0 0 -10px"><a title="Tải tệp: {name}" href="{PDF_PATH}">'
            '<img src="{{base:offsite}}/weebly/images/file_icons/pdf.png" width="36" height="36" '
            'style="float: left; margin: 0 15px 15px 0; border: 0;" /></a><div style="float: left; text-align: left;">'
            '<table style="font-size: 12px; font-family: tahoma; line-height: .9;"><tr><td colspan="2"><b>Tải tệp</b></td></tr>'
            f'<tr><td>Tên tệp:</td><td>{name}</td></tr><tr><td>Dung lượng:</td><td>196 kb</td></tr>'
            f'<tr style="display: none;"><td>File Type:</td><td>pdf</td></tr></table><a title="Tải tệp: {name}" '
            f'href="{PDF_PATH}">Tải tệp</a></div></div><hr style="clear:both;width:100%;visibility:hidden"></hr></div>')


def render_content(a: Article) -> str:
    out, run = [], []
    blocks = a.blocks
    right_last = blocks[-1] if a.opts.get("right_last") else None

    def flush():
        if run:
            out.append('<div class="paragraph">' + "<br /><br />".join(inline_html(t) for t in run) + "</div>")
            run.clear()
    for b in blocks:
        if b is right_last:
            continue
        if b.kind == "p":
            run.append(b.text)
            continue
        flush()
        if b.kind == "h":
            out.append(f'<h2 class="wsite-content-title">{inline_html(b.text)}</h2>')
        elif b.kind == "ul":
            out.append('<div class="paragraph"><ul>' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items)
                       + "</ul></div>")
        elif b.kind == "img":
            out.append(image_el(b.src, b.text))
    flush()
    if a.opts.get("file"):
        # the signer's line is the last paragraph: put the file element after it
        out.append(file_el())
    if right_last is not None:
        tag = "em" if right_last.text.startswith("Nguồn") else "strong"
        out.append(f'<div class="paragraph" style="text-align:right;"><{tag}>{inline_html(right_last.text)}</{tag}></div>')
    if a.byline:
        out.append(f'<div class="paragraph" style="text-align:right;"><strong>{esc(a.byline)}</strong></div>')
    return "\n".join(out)


def post(a: Article, single: bool) -> str:
    cats = ", ".join(f'<a href="/blog/category/{c}">{CATS[c]}</a>' for c in a.opts["cats"])
    comments = ""
    if single:
        comments = ('<div id="commentArea"><div class="blog-comments-list"></div>'
                    f'<h2 id="comments" class="blog-comment-area-heading">{COMMENTS[0]}</h2>'
                    '<form class="blog-comment-form" action="javascript:void(0)" method="post">'
                    f'<label>{COMMENTS[1]}</label><input type="text" name="name" class="wsite-form-input" />'
                    f'<label>{COMMENTS[2]}</label><input type="text" name="email" class="wsite-form-input" />'
                    f'<label>{COMMENTS[3]}</label><input type="text" name="website" class="wsite-form-input" />'
                    '<label>Bình luận (bắt buộc)</label><textarea name="comment" class="wsite-form-input"></textarea>'
                    f'<label><input type="checkbox" name="notify" /> {COMMENTS[4]}</label>'
                    f'<button type="submit" class="blog-comment-submit">{COMMENTS[5]}</button></form></div>')
    return (f'<div id="blog-post-{post_id(a)}" class="blog-post"><div class="blog-header">'
            f'<h2 class="blog-title"><a class="blog-title-link blog-link" href="{a.path}">{esc(a.title)}</a></h2>'
            f'<p class="blog-date"><span class="date-text">{us(a.date)}</span></p>'
            f'<div class="blog-comments"><a class="blog-link" href="{a.path}#comments">{COMMENTS[6]}</a></div></div>'
            f'<div class="blog-content">\n{render_content(a)}\n</div>'
            f'<p class="blog-category">Chuyên mục: {cats}</p>'
            f'<div class="blog-comments-bottom"><a class="blog-link" href="{a.path}#comments">{COMMENTS[6]}</a></div>'
            f"{comments}</div>")


def sidebar(arts: list[Article]) -> str:
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    arch = "".join(f'<li><a href="/blog/archives/{m:02d}-{y}">{MONTHS_VI[m - 1]} {y}</a></li>' for y, m in months)
    cats = '<li><a href="/blog/category/all">Tất cả</a></li>' + "".join(
        f'<li><a href="/blog/category/{c}">{n}</a></li>' for c, n in CATS.items())
    return (f'<div class="blog-sidebar"><div class="column-blog"><h2 class="wsite-content-title">{SIDE[0]}</h2>'
            f'<div class="paragraph">{SIDE[1]}</div>'
            f'<h2 class="wsite-content-title">{SIDE[2]}</h2><ul class="blog-archive-list">{arch}</ul>'
            f'<h2 class="wsite-content-title">{SIDE[3]}</h2><ul class="blog-category-list">{cats}</ul>'
            f'<p><a href="/blog/feed">{SIDE[4]}</a></p>'
            f'<div class="wcustomhtml"><div class="weather"><b>{SIDE[6]}</b> 33°C<br />{SIDE[7]}<br />{SIDE[8]}</div>'
            f'<div class="hit-counter">{SIDE[5]}</div></div></div></div>')


def layout(title: str, content: str, body_class: str) -> str:
    menu = "".join(f'<li class="wsite-menu-item-wrap"><a href="{h}" class="wsite-menu-item">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"), (OCOP_PAGE, "Sản phẩm OCOP"),
                    (CONTACT, "Liên hệ")])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{esc(title)} - {SHORT}</title>
<meta property="og:site_name" content="{SHORT}" />
<meta property="og:title" content="{attr(title)}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="/files/sites.css" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css" title="wsite-theme-css" />
<script type="text/javascript" src="/files/templateArtifacts.js"></script>
</head>
<body class="{body_class} wsite-theme-light">
<div class="wrapper">
<div class="dusk-header"><div class="nav-wrap"><div class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><img src="{UP}/logo-lmhtx-ninhthuan.png" alt="Logo" /><span id="wsite-title">{SHORT.upper()}</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">{menu}</ul></div>
<div class="wcustomhtml slogan-bar"><marquee scrollamount="4">{" - ".join(esc(s) for s in SLOGANS)}</marquee></div>
</div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
{content}
</div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer">
<h2 class="wsite-content-title">{FOOTER[0]}</h2><div class="paragraph">{esc(FOOTER[1])}<br />{esc(FOOTER[2])}<br />{esc(FOOTER[3])}</div>
</div></div>
<div id="weebly-footer-signup-container-v3"><span class="powered-by">{FOOTER[4]} <a href="{{{{base:offsite}}}}/weebly/" target="_blank">Weebly</a></span></div>
</div></div>
</div>
<script type="text/javascript" src="/files/main.js"></script>
</body>
</html>
"""


def blog_page(posts: list[Article], arts: list[Article], pager: str = "", heading: str = "") -> str:
    return ('<div class="blog-table"><div class="blog-body"><div id="blogTable">' + heading
            + "".join(post(a, False) for a in posts) + pager + "</div></div>" + sidebar(arts) + "</div>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-thuan", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        content = ('<div class="blog-table"><div class="blog-body"><div id="blogTable">' + post(a, True)
                   + "</div></div>" + sidebar(arts) + "</div>")
        site.page(a.path, layout(a.title, content, "wsite-page-blog wsite-blog-post"), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Công văn số 35/LMHTX-VP", ["CONG VAN DANG KY THAM GIA HOI CHO HTX VA OCOP 2024",
                                                         "Lien minh HTX tinh Ninh Thuan"]))

    # the blog: full posts, 5 a page, /blog/previous/N
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        pager = '<div class="blog-page-nav-previous">'
        if n > 1:
            pager += f'<a href="{BLOG if n == 2 else f"{BLOG}/previous/{n - 1}"}" class="blog-link">Bài mới hơn&gt;&gt;</a> '
        if n < len(pages):
            pager += f'<a href="{BLOG}/previous/{n + 1}" class="blog-link">&lt;&lt;Bài cũ hơn</a>'
        pager += "</div>"
        url = BLOG if n == 1 else f"{BLOG}/previous/{n}"
        site.page(url, layout("Tin tức", blog_page(chunk, arts, pager), "wsite-page-blog"), content_type=HTML)
        site.non_articles.append(url)
    site.trap("the blog /blog and /blog/previous/2 show five posts IN FULL each (h2.blog-title links, dates, whole "
              "text, '0 Bình luận'): listings, not articles; page 2 holds the oldest posts", f"{BLOG}/previous/2")

    for (y, m) in sorted({(a.date.year, a.date.month) for a in arts}):
        posts = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        url = f"/blog/archives/{m:02d}-{y}"
        site.page(url, layout(f"{MONTHS_VI[m - 1]} {y}", blog_page(posts, arts, heading=
                  f'<h2 class="blog-archive-title">Lưu trữ: {MONTHS_VI[m - 1]} {y}</h2>'), "wsite-page-blog"),
                  content_type=HTML)
        site.non_articles.append(url)
    for c, name in [("all", "Tất cả"), *CATS.items()]:
        posts = arts if c == "all" else [a for a in arts if c in a.opts["cats"]]
        url = f"/blog/category/{c}"
        site.page(url, layout(name, blog_page(posts, arts, heading=f'<h2 class="blog-archive-title">Chuyên mục: {name}</h2>'),
                              "wsite-page-blog"), content_type=HTML)
        site.non_articles.append(url)
    site.trap("archives /blog/archives/MM-YYYY and categories /blog/category/<x> (a single post in some of them, "
              "shown in full with its date): listings, not articles", "/blog/archives/12-2023")

    feed = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
                   f"<pubDate>{a.date:%a, %d %b %Y} 00:00:00 +0700</pubDate></item>" for a in arts)
    site.page("/blog/feed", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{SHORT}</title>'
                            f"<link>{{{{base}}}}/blog</link>{feed}</channel></rss>", content_type="application/rss+xml")

    # Weebly pages in the same template
    home = ('<div class="wsite-section-wrap"><h2 class="wsite-content-title">Chào mừng đến với trang thông tin Liên minh '
            'HTX tỉnh Ninh Thuận</h2><div class="paragraph">Trang thông tin giới thiệu hoạt động của Liên minh Hợp tác xã '
            'tỉnh, các hợp tác xã và sản phẩm OCOP của tỉnh Ninh Thuận.</div>'
            f'{image_el("banner-ninhthuan.png", "")}<h2 class="wsite-content-title">Tin mới</h2><div class="paragraph">'
            + "<br />".join(f'<a href="{a.path}">{esc(a.title)}</a> ({us(a.date)})' for a in arts[:4])
            + f'</div><div class="wsite-button-wrap"><a class="wsite-button" href="{BLOG}">Xem tất cả tin</a></div></div>')
    site.page("/", layout("Trang chủ", home, "wsite-page-index"), content_type=HTML)
    about = [
        "Liên minh Hợp tác xã tỉnh Ninh Thuận được thành lập năm 1993, là tổ chức đại diện, bảo vệ quyền và lợi ích "
        "hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh thực hiện chức năng tuyên truyền, tư vấn, hỗ trợ thành lập hợp tác xã; đào tạo, bồi dưỡng cán bộ; "
        "xúc tiến thương mại, mở rộng thị trường và hỗ trợ hợp tác xã tiếp cận nguồn vốn từ Quỹ hỗ trợ phát triển hợp tác xã.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra - Chính sách, Ban Tuyên truyền - Hỗ trợ và Quỹ hỗ trợ phát triển "
        "hợp tác xã, đặt trụ sở tại thành phố Phan Rang - Tháp Chàm."]
    site.page(ABOUT, layout("Giới thiệu", '<h2 class="wsite-content-title">Giới thiệu Liên minh HTX tỉnh Ninh Thuận</h2>'
                            f'{image_el("tru-so-lmhtx.png", "Trụ sở Liên minh HTX tỉnh Ninh Thuận")}'
                            '<div class="paragraph">' + "<br /><br />".join(esc(p) for p in about) + "</div>",
                            "wsite-page-gioi-thieu"), content_type=HTML)
    site.page(OCOP_PAGE, layout("Sản phẩm OCOP", '<h2 class="wsite-content-title">Sản phẩm OCOP của các HTX</h2>'
                                + image_el("ocop-mat-nho.png", "Mật nho Thái An - OCOP 4 sao")
                                + image_el("ocop-muoi.png", "Muối sạch Tri Hải - OCOP 3 sao")
                                + image_el("ocop-toi.png", "Tỏi Phan Rang An Hải - OCOP 3 sao"), "wsite-page-san-pham-ocop"),
              content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", '<h2 class="wsite-content-title">Liên hệ</h2><div class="wsite-form-container">'
                              '<form enctype="multipart/form-data" action="javascript:void(0)" method="POST">'
                              '<label class="wsite-form-label">Họ tên</label><input class="wsite-form-input" name="_u1" />'
                              '<label class="wsite-form-label">Email</label><input class="wsite-form-input" name="_u2" />'
                              '<label class="wsite-form-label">Nội dung</label><textarea class="wsite-form-input" name="_u3"></textarea>'
                              '<a class="wsite-button" href="javascript:void(0)">Gửi</a></form></div>', "wsite-page-lien-he"),
              content_type=HTML)
    site.non_articles += ["/", ABOUT, OCOP_PAGE, CONTACT]
    site.trap("Weebly pages /gioi-thieu.html (h2.wsite-content-title, a captioned wsite-image, three long paragraphs, "
              "no date), /san-pham-ocop.html (captioned photos only), /lien-he.html (a wsite form): not articles", ABOUT)
    site.trap("post pages: 'Tác giả' blog sidebar module (the editorial office's blurb, not the author), 'Lưu trữ' "
              "month list ('Tháng Ba 2024'), 'Chuyên mục', and Weebly's comment form ('Để lại bình luận.') under "
              "every post", arts[0].path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /ajax/\nDisallow: /apps/\n")
    return site
