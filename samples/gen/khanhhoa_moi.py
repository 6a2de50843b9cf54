"""Site `lmhtx-khanhhoa-moi` (registry family `generic`): the portal of the merged Khánh Hòa alliance (Ninh Thuận
joined it on 1 July 2025) on Optimizely (Episerver) CMS 12 with an Alloy-derived MVC theme, written as a held-out
test: no family module, no selectors.

Why it is hard: every property is rendered through a `div[data-epi-property-name]` wrapper and every content area
as a row of `div.block.<type>block` blocks, so the page's own text and the site's shared blocks carry the same
markup. The article page is `div.article-page`: `h1` (PageName), a meta row with the date "14.03.2026" (dots, no
time) in `span.date` and a later "Cập nhật: 18.03.2026 15:40" (an update WITH a time: not the publication), the
lead `p.introduction`, the rich text `div.main-body`, then the MainContentArea (`div.content-area`): on most pages
only shared blocks (an editorialblock "Hỗ trợ thành lập HTX" with the hotline, a teaserblock to the newsletter),
but on the photo story it ALSO holds the post's own imageblocks with captions (text) before those shared blocks.
One post embeds a teaserblock inside its rich text ("Xem thêm" card: heading, intro, link) between two paragraphs:
not text, and the text goes on after it. The author is an "Tác giả:" property in the meta row on some pages, a
closing byline in the rich text on others, absent elsewhere. Events (EventPage) show no date: it is only in the
text ("Ngày 12/3", no year) and in the listing. The home's teaser blocks link pages by Optimizely permanent links
`/link/<32-hex>.aspx`, which answer the same page (rel=canonical to the friendly URL): aliases. Listing
`/tin-tuc/?page=2`; a Search & Navigation (Find) page `/tim-kiem/?q=…`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-khanhhoa-moi"
NAME = "Liên minh Hợp tác xã tỉnh Khánh Hòa"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc/"
DOCS = "/van-ban/"
EVENTS = "/su-kien/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
SEARCH = "/tim-kiem/?q=ocop"
PDF_PATH = "/globalassets/van-ban/2026/cv-42-lmhtx-dang-ky-ocop-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Khánh Hòa - Ninh Thuận: đoàn kết, hợp tác, cùng phát triển",
           "Hợp tác xã kiểu mới - nền tảng của kinh tế tập thể bền vững"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH KHÁNH HÒA",
          "Địa chỉ: Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa",
          "Cơ sở 2: Số 450 Thống Nhất, phường Phan Rang, tỉnh Khánh Hòa",
          "Điện thoại: 0258.3822.753 - Email: lmhtx@khanhhoa.gov.vn",
          "Chịu trách nhiệm chính: Bà Lê Thị Mỹ Hạnh - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 09/GP-TTĐT do Sở Văn hóa và Thể thao tỉnh Khánh Hòa cấp ngày 14/8/2025",
          "Bản quyền © 2025 Liên minh HTX tỉnh Khánh Hòa"]
SHARED = ["Hỗ trợ thành lập hợp tác xã",
          "Tư vấn miễn phí thủ tục thành lập, tổ chức lại HTX theo Luật Hợp tác xã năm 2023.",
          "Đường dây nóng: 0258.3822.756 (giờ hành chính)",
          "Đăng ký nhận bản tin kinh tế tập thể",
          "Nhận tin mới mỗi tuần qua email của bạn."]
SIDE = ["Tin đọc nhiều", "Thời tiết Nha Trang", "Nắng, gió đông bắc cấp 3", "Độ ẩm: 74%",
        "Lượt truy cập", "Đang truy cập: 9", "Hôm nay: 377", "Tổng cộng: 954.218"]
LABELS = ["Cập nhật:", "Tác giả:", "Chia sẻ:", "In trang", "Về đầu trang", "Tài liệu đính kèm"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SHARED, *SIDE, *LABELS]


def dotted(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def day(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "htx-nho-thai-an-dua-vang-nho-vao-sieu-thi/",
          title="HTX nho Thái An đưa vang nho vào hệ thống siêu thị",
          date=datetime(2026, 3, 14, 9, 10),
          lead="HTX Nông nghiệp Thái An (xã Vĩnh Hải, khu vực Ninh Thuận cũ) ký hợp đồng đưa vang nho và siro nho vào 26 siêu thị ở các tỉnh Nam Trung Bộ.",
          body="""
HTX có 48 thành viên trồng 35 ha nho đỏ và nho xanh, mỗi năm thu ba vụ. Từ năm 2023, HTX đầu tư dây chuyền lên men và chiết rót, chế biến khoảng 40 tấn quả mỗi năm.
[img nho-thai-an.png] Thành viên HTX Nông nghiệp Thái An thu hoạch nho trong vườn đạt chuẩn VietGAP
## Hợp đồng dài hạn, giá ổn định
Theo hợp đồng, nhà phân phối cam kết nhận tối thiểu 20.000 chai vang nho mỗi năm, giá ổn định trong hai năm; HTX bảo đảm tem truy xuất nguồn gốc cho từng lô hàng.
* Vang nho Thái An đạt OCOP 4 sao năm 2025;
* Siro nho và nho sấy đạt OCOP 3 sao;
* Doanh thu năm 2025 ước đạt 9,6 tỷ đồng.
Ông Nguyễn Văn Đức, Giám đốc HTX, cho biết HTX sẽ mở thêm điểm du lịch trải nghiệm vườn nho cho khách từ Nha Trang.
""",
          author="Nguyễn Hoài Nam", **day(datetime(2026, 3, 14)),
          opts={"author_prop": "Nguyễn Hoài Nam", "updated": datetime(2026, 3, 18, 15, 40), "views": 1406},
          notes=["meta row: span.date '14.03.2026' (no time: midnight) then 'Cập nhật: 18.03.2026 15:40' (a later "
                 "update with a time: not the publication); 'Tác giả: Nguyễn Hoài Nam' property in the meta row: the "
                 "author, not text"]),
        A(path=NEWS + "anh-mua-thu-hoach-muoi-ca-na/",
          title="Ảnh: Mùa thu hoạch muối trên cánh đồng Cà Ná",
          date=datetime(2026, 2, 10),
          lead="Những ngày đầu năm, diêm dân HTX Muối Cà Ná tất bật thu hoạch vụ muối chính trên hơn 300 ha ruộng muối ven biển.",
          body="""
[img muoi-ca-na-1.png] Diêm dân cào muối từ sáng sớm để tránh nắng gắt
[img muoi-ca-na-2.png] Muối được gánh về bãi tập kết của HTX
[img muoi-ca-na-3.png] Máy rửa muối HTX được hỗ trợ từ chương trình phát triển kinh tế tập thể
[img muoi-ca-na-4.png] Sản phẩm muối sạch Cà Ná đóng gói của HTX đạt OCOP 3 sao
""",
          author="Trần Văn Ánh", **day(datetime(2026, 2, 10)),
          opts={"author_prop": "Trần Văn Ánh", "updated": datetime(2026, 2, 10, 17, 5), "views": 2210,
                "photo": True},
          notes=["photo story: an empty main-body; the four photos are imageblocks (img and p.caption: one line "
                 "each) in the MainContentArea, before the shared editorialblock and teaserblock that every page "
                 "shows there; 'Tác giả: Trần Văn Ánh' in the meta row: the author"]),
        A(path=DOCS + "cong-van-ve-viec-dang-ky-tham-gia-chuong-trinh-ocop-nam-2026/",
          title="Công văn về việc đăng ký tham gia Chương trình OCOP năm 2026",
          date=datetime(2026, 1, 21),
          body="""
LIÊN MINH HTX TỈNH KHÁNH HÒA
Số: 42/LMHTX-VP
V/v đăng ký tham gia Chương trình OCOP năm 2026
Khánh Hòa, ngày 19 tháng 01 năm 2026
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch số 15/KH-UBND ngày 08/01/2026 của UBND tỉnh về thực hiện Chương trình Mỗi xã một sản phẩm năm 2026, Liên minh HTX tỉnh đề nghị các HTX có sản phẩm tiềm năng đăng ký tham gia đánh giá, phân hạng.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh (trụ sở Nha Trang hoặc cơ sở 2 Phan Rang) trước ngày 15/3/2026.
Liên minh HTX tỉnh hỗ trợ HTX hoàn thiện hồ sơ, thiết kế nhãn mác và kiểm nghiệm chất lượng sản phẩm.
Nơi nhận: Như trên; Sở Nông nghiệp và Môi trường; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Đặng Văn Quang
""",
          author=None, doc_number="42/LMHTX-VP",
          attachments=[{"path": PDF_PATH, "text": "CV 42-LMHTX-VP dang ky OCOP 2026.pdf"}],
          **day(datetime(2026, 1, 21)),
          opts={"updated": datetime(2026, 1, 22, 8, 20), "views": 640, "doc": True},
          notes=["official letter 'Số: 42/LMHTX-VP' (a DocumentPage): span.date '21.01.2026', place-date line "
                 "'Khánh Hòa, ngày 19 tháng 01 năm 2026' two days before; signer last, no author property: author "
                 "null; the PDF in a fileblock 'Tài liệu đính kèm' in the content area: an attachment, not text"]),
        A(path=EVENTS + "ra-mat-htx-yen-sao-van-ninh/",
          title="Ra mắt HTX Yến sào Vạn Ninh",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Vạn Ninh, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Yến sào Vạn Ninh.
HTX có 19 thành viên là các hộ nuôi chim yến trong nhà, tổng sản lượng khoảng 1,2 tấn tổ yến thô mỗi năm.
[img yen-sao-van-ninh.png] Lãnh đạo Liên minh HTX tỉnh trao quyết định thành lập cho HTX
HTX sẽ xây dựng xưởng sơ chế chung, đăng ký mã số cơ sở và đưa sản phẩm tham gia Chương trình OCOP trong năm 2026.
""",
          byline="Bài, ảnh: Hà Phương", author="Hà Phương",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True, "views": 512},
          notes=["EventPage: no meta row at all; the date is only in the text ('Ngày 12/3', no year) and in the "
                 "listing '12.03.2026': midnight; byline 'Bài, ảnh: Hà Phương' last in the main-body: part of the "
                 "text, the author"]),
        A(path=NEWS + "hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-hai/",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ hai sau hợp nhất",
          date=datetime(2025, 12, 19),
          lead="Ban Chấp hành Liên minh HTX tỉnh Khánh Hòa tổ chức hội nghị lần thứ hai, tổng kết năm 2025 và triển khai nhiệm vụ năm 2026.",
          body="""
Năm 2025, toàn tỉnh thành lập mới 46 HTX, nâng tổng số lên 612 HTX với hơn 52.000 thành viên; doanh thu bình quân một HTX đạt 3,8 tỷ đồng.
## Nhiệm vụ năm 2026
* Hoàn thành hợp nhất Quỹ hỗ trợ phát triển HTX của hai tỉnh cũ;
* Phát triển 40 HTX mới, trong đó 10 HTX du lịch cộng đồng;
* Tổ chức các hoạt động kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam.
Hội nghị đã khen thưởng 15 tập thể và 22 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2025.
""",
          byline="Thanh Hương", author="Thanh Hương", **day(datetime(2025, 12, 19)),
          opts={"updated": datetime(2025, 12, 22, 9, 30), "views": 733},
          notes=["no author property; byline 'Thanh Hương' last (right-aligned) in the main-body: part of the text, "
                 "the author"]),
        A(path=NEWS + "htx-xoai-cam-lam-xuat-khau-lo-xoai-dau-tien/",
          title="HTX xoài Cam Lâm xuất khẩu lô xoài đầu tiên sang Hàn Quốc",
          date=datetime(2025, 11, 6),
          lead="HTX Nông nghiệp Cam Thành Bắc xuất khẩu 18 tấn xoài Úc sang Hàn Quốc, lô hàng đầu tiên sau ba năm xây dựng vùng trồng.",
          body="""
Vùng trồng 42 ha của HTX được cấp mã số xuất khẩu từ tháng 5/2025 sau khi thành viên thực hiện đầy đủ quy trình bao trái và ghi chép nhật ký.
[img TEASER]
Để đáp ứng yêu cầu kiểm dịch, xoài được xử lý nước nóng tại cơ sở của doanh nghiệp đối tác trước khi đóng thùng.
Giá xuất khẩu cao hơn bán nội địa khoảng 6.000 đồng/kg; HTX đặt mục tiêu xuất 150 tấn trong năm 2026.
""",
          author=None, **day(datetime(2025, 11, 6)),
          opts={"updated": datetime(2025, 11, 6, 16, 45), "views": 1620, "inline_teaser": True},
          notes=["a teaserblock dropped into the rich text between two paragraphs ('Xem thêm' card: heading, intro and "
                 "link of another page by its permanent link): not text, the text goes on after it; no author: null"]),
        A(path=NEWS + "htx-toi-phan-rang-mo-rong-lien-ket/",
          title="HTX tỏi Phan Rang mở rộng liên kết tiêu thụ",
          date=datetime(2024, 11, 5),
          lead="HTX Dịch vụ nông nghiệp An Hải ký kết tiêu thụ 200 tấn tỏi Phan Rang với hai doanh nghiệp chế biến.",
          body="""
HTX hiện có 67 thành viên trồng tỏi trên đất cát ven biển, áp dụng tưới nhỏ giọt tiết kiệm nước.
[img toi-phan-rang.png] Thành viên HTX thu hoạch tỏi trên đồng cát An Hải
Sản phẩm tỏi Phan Rang của HTX đã được bảo hộ chỉ dẫn địa lý và đạt OCOP 4 sao.
""",
          byline="Nguồn: Báo Ninh Thuận", author=None, **day(datetime(2024, 11, 5)),
          opts={"updated": datetime(2025, 8, 4, 10, 0), "views": 388},
          notes=["a 2024 page migrated from the former Ninh Thuận portal: '05.11.2024', then 'Cập nhật: 04.08.2025 "
                 "10:00' (the migration); 'Nguồn: Báo Ninh Thuận' last: part of the text, a source, author null"]),
        A(path=NEWS + "lien-minh-htx-tinh-khanh-hoa-moi-di-vao-hoat-dong/",
          title="Liên minh HTX tỉnh Khánh Hòa (mới) đi vào hoạt động",
          date=datetime(2025, 8, 12),
          lead="Liên minh HTX tỉnh Khánh Hòa được hợp nhất từ Liên minh HTX hai tỉnh Khánh Hòa và Ninh Thuận chính thức đi vào hoạt động.",
          body="""
Cơ quan Liên minh làm việc tại trụ sở ở phường Nha Trang và cơ sở 2 ở phường Phan Rang; các HTX liên hệ công việc tại cơ sở thuận tiện nhất.
Trong giai đoạn đầu, Liên minh tập trung rà soát dữ liệu HTX, thống nhất quy trình tư vấn, hỗ trợ và giữ ổn định các chương trình đang triển khai.
""",
          author="Lê Minh Khoa", **day(datetime(2025, 8, 12)),
          opts={"author_prop": "Lê Minh Khoa", "updated": datetime(2025, 8, 12, 14, 0), "views": 2904},
          notes=["oldest page: only on /tin-tuc/?page=2; 'Tác giả: Lê Minh Khoa' in the meta row: the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def guid(path: str) -> str:
    return hashlib.md5(("epi:" + path).encode()).hexdigest()


def perma(path: str) -> str:
    return f"/link/{guid(path)}.aspx"


def pic(a: Article) -> str | None:
    return next((b.src for b in a.blocks if b.kind == "img" and b.src != "TEASER"), None)


def img(src: str, width: int = 1200) -> str:
    return f"/globalassets/tin-tuc/{src}?width={width}"


def teaser_block(t: Article, css: str = "col-md-4") -> str:
    return (f'<div class="block teaserblock {css} displaymode-one-third"><div class="border">'
            + (f'<img src="{img(pic(t), 360)}" alt="">' if pic(t) else "")
            + f'<h2 data-epi-property-name="Heading">{esc(t.title)}</h2>'
            f'<p data-epi-property-name="Text">{esc(" ".join(t.summary().split()[:22]))}…</p>'
            f'<a href="{perma(t.path)}" class="btn btn-primary">Xem thêm</a></div></div>')


def shared_blocks() -> str:
    return (f'<div class="block editorialblock col-md-8 displaymode-two-thirds"><div data-epi-property-name="MainBody">'
            f'<h3>{SHARED[0]}</h3><p>{SHARED[1]}</p><p><strong>{SHARED[2]}</strong></p></div></div>'
            f'<div class="block teaserblock col-md-4 displaymode-one-third"><div class="border">'
            f'<h2 data-epi-property-name="Heading">{SHARED[3]}</h2><p data-epi-property-name="Text">{SHARED[4]}</p>'
            f'<a href="{CONTACT}" class="btn btn-primary">Đăng ký</a></div></div>')


def main_body(a: Article, teaser: Article | None) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "img" and b.src == "TEASER":
            out.append(teaser_block(teaser, "inline-block"))
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img" and not a.opts.get("photo"):
            out.append(f'<p><img src="{img(b.src)}" alt="{attr(b.text)}" width="800"></p>'
                       f'<p class="image-caption"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def content_area(a: Article) -> str:
    blocks = []
    if a.opts.get("photo"):
        for b in a.blocks:
            if b.kind == "img":
                blocks.append(f'<div class="block imageblock col-md-12 displaymode-full"><figure>'
                              f'<img src="{img(b.src)}" alt="{attr(b.text)}" width="1200">'
                              f'<p class="caption" data-epi-property-name="Caption">{esc(b.text)}</p></figure></div>')
    if a.attachments:
        x = a.attachments[0]
        blocks.append(f'<div class="block fileblock col-md-12 displaymode-full"><h3>Tài liệu đính kèm</h3><ul>'
                      f'<li><a href="{x["path"]}" download>{esc(x["text"])}</a> (PDF, 212 KB)</li></ul></div>')
    return (f'<div class="content-area row equal-height" data-epi-property-name="MainContentArea">'
            f'{"".join(blocks)}{shared_blocks()}</div>')


def page_html(a: Article, teaser: Article | None) -> str:
    o = a.opts
    meta = ""
    if not o.get("event"):
        parts = [f'<span class="date">{dotted(a.date)}</span>',
                 f'<span class="updated">Cập nhật: {o["updated"]:%d.%m.%Y %H:%M}</span>']
        if o.get("author_prop"):
            parts.append(f'<span class="author">Tác giả: <strong>{esc(o["author_prop"])}</strong></span>')
        parts.append(f'<span class="views">{o["views"]} lượt xem</span>')
        meta = f'<div class="article-meta">{" ".join(parts)}</div>'
    intro = (f'<p class="introduction" data-epi-property-name="MetaDescription">{esc(a.lead)}</p>' if a.lead else "")
    section = "Văn bản" if o.get("doc") else "Sự kiện" if o.get("event") else "Tin tức"
    home = DOCS if o.get("doc") else EVENTS if o.get("event") else NEWS
    return (f'<nav class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{home}">{section}</a></nav>'
            f'<div class="article-page"><div class="row"><div class="col-md-12">'
            f'<h1 data-epi-property-name="PageName">{esc(a.title)}</h1>{meta}{intro}'
            f'<div class="main-body" data-epi-property-name="MainBody">{main_body(a, teaser)}</div>'
            f'<div class="share-tools"><span>Chia sẻ:</span> <a href="javascript:void(0)">Facebook</a> '
            f'<a href="javascript:void(0)">Zalo</a> <a href="javascript:window.print()">In trang</a></div>'
            f'</div></div>{content_area(a)}</div>')


def layout(title: str, main: str, hot: list[Article], *, head: str = "") -> str:
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (EVENTS, "Sự kiện"), (DOCS, "Văn bản"),
                   (CONTACT, "Liên hệ")])
    hot_lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hot)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - Liên minh HTX tỉnh Khánh Hòa</title>
<link rel="stylesheet" href="/Static/css/style.css">{head}
</head>
<body>
<div class="top-header"><div class="container"><span class="current-date">{TODAY}</span><a href="{SEARCH}" class="search-link">Tìm kiếm</a></div></div>
<header class="header"><div class="container">
<a href="/" class="logo"><img src="/Static/gfx/logo-khanhhoa.png" alt="{NAME}"></a>
<div class="slogans"><span>{esc(SLOGANS[0])}</span><span>{esc(SLOGANS[1])}</span></div>
<form action="/tim-kiem/" method="get" class="navbar-search"><input type="text" name="q" placeholder="Nhập từ khóa"><button type="submit">Tìm</button></form>
</div><nav class="navbar"><div class="container"><ul class="nav">{nav}</ul></div></nav></header>
<div class="container main-container"><div class="row">
<div class="col-md-9 main-col">
{main}
</div>
<div class="col-md-3 sidebar">
<div class="block pagelistblock"><h3>{SIDE[0]}</h3><ul>{hot_lis}</ul></div>
<div class="block weatherblock"><h3>{SIDE[1]}</h3><p>29°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></div>
<div class="block counterblock"><h3>{SIDE[4]}</h3><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>
</div>
</div></div>
<footer class="footer"><div class="container"><h4>{FOOTER[0]}</h4>{"".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])}
<a href="#" class="to-top">Về đầu trang</a></div></footer>
<script src="/Static/js/main.js"></script>
</body>
</html>
"""


def card(a: Article) -> str:
    p = pic(a)
    return (f'<div class="listing-item row">'
            + (f'<div class="col-md-3"><a href="{a.path}"><img src="{img(p, 300)}" alt=""></a></div>' if p else "")
            + f'<div class="col-md-9"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dotted(a.date)}</span>'
            f'<p>{esc(" ".join(a.summary().split()[:30]))}…</p></div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "khanh-hoa", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("doc") and not a.opts.get("event")]
    hot = sorted(arts, key=lambda a: -a.opts["views"])[:5]
    by_path = {a.path: a for a in arts}
    teaser_target = by_path[NEWS + "htx-nho-thai-an-dua-vang-nho-vao-sieu-thi/"]

    for a in arts:
        head = f'\n<link rel="canonical" href="{a.path}">\n<meta name="description" content="{attr(a.summary())}">'
        teaser = teaser_target if a.opts.get("inline_teaser") else None
        site.page(a.path, layout(a.title, page_html(a, teaser), hot, head=head), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Công văn số 42/LMHTX-VP", ["DANG KY THAM GIA CHUONG TRINH OCOP NAM 2026",
                                                         "Lien minh HTX tinh Khanh Hoa"]))
    # permanent links: the home's teasers and the inline teaser use them; each answers the same page
    linked = news[:3] + ([teaser_target] if teaser_target not in news[:3] else [])
    for a in linked:
        site.same_page(perma(a.path), a.path)
        a.aliases.append(perma(a.path))
    site.trap("the home's teaserblocks (and the inline teaser) link pages by Optimizely permanent links "
              "/link/<32-hex>.aspx, which answer the page itself (rel=canonical to the friendly URL): aliases",
              perma(news[0].path))
    site.trap("every page's MainContentArea ends with the same shared blocks: an editorialblock 'Hỗ trợ thành lập hợp "
              "tác xã' (h3, two paragraphs, the hotline) and a newsletter teaserblock: not text", arts[0].path)

    def listing(path: str, title: str, items: list[Article], per: int = 6) -> None:
        pages = [items[i:i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(pages, 1):
            url = path if n == 1 else f"{path}?page={n}"
            pager = ""
            if len(pages) > 1:
                pager = ('<ul class="pagination">'
                         + "".join(f'<li class="active"><span>{k}</span></li>' if k == n else
                                   f'<li><a href="{path}{"" if k == 1 else f"?page={k}"}">{k}</a></li>'
                                   for k in range(1, len(pages) + 1))
                         + (f'<li><a href="{path}?page={n + 1}">Tiếp »</a></li>' if n < len(pages) else "") + "</ul>")
            main = (f'<div class="listing-page"><h1 data-epi-property-name="PageName">{esc(title)}</h1>'
                    f'{"".join(card(a) for a in chunk)}{pager}</div>')
            site.page(url, layout(title if n == 1 else f"{title} - Trang {n}", main, hot), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", news)
    listing(DOCS, "Văn bản", [a for a in arts if a.opts.get("doc")])
    listing(EVENTS, "Sự kiện", [a for a in arts if a.opts.get("event")])
    site.trap("listing /tin-tuc/ (image, h3 link, span.date dd.mm.yyyy, excerpt) paged by ?page=2, which holds the "
              "two oldest news pages", f"{NEWS}?page=2")

    home = ('<div class="start-page"><div class="content-area row" data-epi-property-name="MainContentArea">'
            f'<div class="block jumbotronblock col-md-12"><h1>{NAME}</h1><p>Cổng thông tin điện tử</p></div>'
            + "".join(teaser_block(a) for a in news[:3])
            + f'<div class="block pagelistblock col-md-6"><h2>Tin mới</h2><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{dotted(a.date)}</span></li>'
                      for a in news[3:7]) + f'</ul><a href="{NEWS}">Xem tất cả</a></div>'
            + f'<div class="block pagelistblock col-md-6"><h2>Văn bản - Sự kiện</h2><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts
                      if a.opts.get("doc") or a.opts.get("event")) + "</ul></div></div></div>")
    site.page("/", layout("Trang chủ", home, hot), content_type=HTML)

    about = ["Liên minh Hợp tác xã tỉnh Khánh Hòa được hợp nhất từ Liên minh Hợp tác xã tỉnh Khánh Hòa và Liên minh "
             "Hợp tác xã tỉnh Ninh Thuận, chính thức hoạt động từ ngày 01 tháng 7 năm 2025.",
             "Liên minh đại diện, bảo vệ quyền và lợi ích hợp pháp của các thành viên; tuyên truyền, vận động phát "
             "triển kinh tế tập thể; tư vấn, đào tạo, hỗ trợ tiếp cận vốn, khoa học công nghệ và thị trường cho hợp tác "
             "xã, liên hiệp hợp tác xã và tổ hợp tác.",
             "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Đào tạo, Ban Chính sách - Hỗ trợ và Quỹ "
             "hỗ trợ phát triển hợp tác xã, làm việc tại trụ sở ở phường Nha Trang và cơ sở 2 ở phường Phan Rang."]
    site.page(ABOUT, layout("Giới thiệu", '<div class="standard-page"><h1 data-epi-property-name="PageName">Giới thiệu</h1>'
                            f'<p class="introduction">Chức năng, nhiệm vụ và cơ cấu tổ chức</p>'
                            f'<div class="main-body" data-epi-property-name="MainBody">'
                            + "".join(f"<p>{esc(p)}</p>" for p in about) + f"</div>{content_area(Article('', '', datetime(2025, 1, 1), ''))}</div>",
                            hot, head=f'\n<link rel="canonical" href="{ABOUT}">'), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", '<div class="standard-page"><h1>Liên hệ</h1>'
                              f'<p>{esc(FOOTER[1])}</p><form class="EPiServerForms" action="/EPiServer.Forms/DataSubmit/Submit" '
                              'method="post"><input type="hidden" name="__FormGuid" value="7f1c2e9a-0d4b-4c55-9d1e-3a6f0b8c2d11">'
                              '<label>Họ tên</label><input name="__field_1201"><label>Email</label><input name="__field_1202">'
                              '<textarea name="__field_1203"></textarea><button type="submit">Gửi</button></form></div>',
                              hot), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout("Tìm kiếm", '<div class="search-page"><h1>Tìm kiếm</h1>'
                             f'<p class="search-summary">Tìm thấy {len(found)} kết quả cho "ocop"</p>'
                             + "".join(f'<div class="search-hit"><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
                                       f'<p>{esc(a.summary())}</p><span class="date">{dotted(a.date)}</span></div>'
                                       for a in found) + "</div>", hot), content_type=HTML)
    site.trap("Search & Navigation (Find) page /tim-kiem/?q=ocop (hits: title, excerpt, date), /gioi-thieu/ (a "
              "StandardPage: the same h1, p.introduction, main-body and content area as an article, no date) and "
              "/lien-he/ (an Optimizely form): not articles", ABOUT)
    site.non_articles += ["/", ABOUT, CONTACT, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /episerver/\nDisallow: /util/\n")
    return site
