"""Site `lmhtx-dongnai` (registry family `generic`): the merged Đồng Nai alliance (Bình Phước joined it
in 2025) on a modern WordPress theme built with Elementor, written as a held-out test: no family
module, no selectors.

Why it is hard: every part of every page (header, footer, sidebar and the post itself) is a nest of
`elementor-section > elementor-container > elementor-column > elementor-widget-wrap >
elementor-widget-*` divs, so markup says nothing about what is article. The post's text is split
over several `elementor-widget-text-editor` widgets interleaved with image and heading widgets, with
a "Tin liên quan" posts widget (titles, dates, excerpts) in the middle of it. The date is only a
`<time class="entry-date published">` in a post-info widget beside "3 phút đọc" and
"245 lượt chia sẻ"; a second post-info widget under the text shows a later
`<time class="updated">` as "Cập nhật lần cuối: …" (not the publication date). Infinite scroll:
under each post the NEXT (older) post's title, date and full text are already in the HTML
(`div.next-post-autoload`), and must not become part of this post. Each post names an AMP version
(`rel=amphtml`, `<post>/amp/`) that answers with the same article and a canonical link back.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, weekday

SITE = "lmhtx-dongnai"
NAME = "Liên minh Hợp tác xã tỉnh Đồng Nai"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-hoat-dong/"
DOCS = "/van-ban/"
CAT_NEWS = "/chuyen-muc/tin-hoat-dong/"
CAT_DOCS = "/chuyen-muc/van-ban/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
GALLERY = "/thu-vien-anh/"
TAG = "/tag/ocop/"
SEARCH = "/?s=ocop"
PDF_PATH = "/wp-content/uploads/2025/09/KH-27-LMHTX-hoi-cho-2025.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Đoàn kết - Hợp tác - Phát triển bền vững",
           "Chào mừng Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025 - 2030"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Đồng Nai",
          "Trụ sở: Số 2 Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai",
          "Cơ sở 2: Số 684 Quốc lộ 14, phường Đồng Xoài, tỉnh Đồng Nai",
          "Điện thoại: 0251.3822.614 | Email: lmhtx@dongnai.gov.vn",
          "Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thu Hương - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 45/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai cấp ngày 08/8/2025",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Đồng Nai\" khi phát hành lại thông tin từ website này",
          "© 2025 Liên minh HTX tỉnh Đồng Nai. Thiết kế bởi Đồng Nai Web Studio"]
SIDE = ["Tin tiêu điểm", "Thời tiết Đồng Nai", "Nắng nóng, có lúc có mưa rào", "Độ ẩm: 71%",
        "Thống kê truy cập", "Đang truy cập: 17", "Hôm nay: 508", "Tổng lượt truy cập: 2.318.406",
        "Liên kết website"]
POLL_Q = "Bạn quan tâm nhất đến chính sách hỗ trợ nào cho HTX?"
POLL_A = ("Hỗ trợ tiếp cận vốn vay", "Hỗ trợ chuyển đổi số", "Hỗ trợ xúc tiến thương mại")
LABELS = ["Tin liên quan", "Bài viết tiếp theo", "Cập nhật lần cuối:", "phút đọc", "lượt chia sẻ",
          "Chia sẻ bài viết", "Tăng tương phản", "Giảm tương phản", "Đăng ký nhận bản tin",
          "Lên đầu trang"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, POLL_Q, *POLL_A, "Bình chọn", "Xem kết quả", *LABELS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "htx-sau-rieng-bu-dang-xuat-khau-lo-hang-dau-tien-sang-trung-quoc/",
          title="HTX sầu riêng Bù Đăng xuất khẩu lô hàng đầu tiên sang Trung Quốc",
          date=datetime(2025, 9, 18, 8, 40),
          body="""
Sáng 17/9, HTX Nông nghiệp Đăng Hà (xã Bù Đăng) phối hợp với doanh nghiệp xuất khẩu tổ chức lễ xuất lô sầu riêng đầu tiên gồm 3 container, khoảng 54 tấn quả, sang thị trường Trung Quốc.
Đây là kết quả sau ba năm HTX tổ chức cho 46 hộ thành viên sản xuất theo quy trình VietGAP, được cấp mã số vùng trồng cho 120 ha và mã số cơ sở đóng gói.
[img sau-rieng-bu-dang.png] Thành viên HTX Nông nghiệp Đăng Hà phân loại sầu riêng trước khi đóng thùng
Theo ông Điểu Văn Thạch, Giám đốc HTX, giá thu mua theo hợp đồng cao hơn thương lái từ 5.000 đến 8.000 đồng/kg, và doanh nghiệp ứng trước vật tư cho thành viên ngay từ đầu vụ.
## Liên kết để giữ mã số vùng trồng
Để giữ mã số vùng trồng, HTX lập tổ kiểm soát nội bộ, ghi nhật ký canh tác điện tử và chỉ sử dụng thuốc bảo vệ thực vật trong danh mục được phép.
[img to-kiem-soat-noi-bo.png] Tổ kiểm soát nội bộ của HTX kiểm tra nhật ký canh tác tại vườn thành viên
Năm 2025, HTX dự kiến cung ứng cho đối tác khoảng 900 tấn sầu riêng, doanh thu ước trên 60 tỷ đồng.
""",
          byline="Bài, ảnh: Trần Hòa", author="Trần Hòa", **dated(datetime(2025, 9, 18, 8, 40)),
          opts={"reading": 4, "shares": 245, "updated": datetime(2025, 9, 25, 16, 5)},
          notes=["the text is four elementor-widget-text-editor widgets interleaved with image widgets (captions in "
                 "<figcaption>) and a heading widget, with a 'Tin liên quan' posts widget (three cards: title, date, "
                 "excerpt) between the second and third text widgets: the text goes on after it; byline 'Bài, ảnh: "
                 "Trần Hòa' (author: Trần Hòa)"]),
        A(path=NEWS + "lien-minh-htx-tinh-so-ket-9-thang-sau-hop-nhat/",
          title="Liên minh HTX tỉnh sơ kết 9 tháng, lần đầu sau hợp nhất",
          date=datetime(2025, 10, 9, 15, 20),
          body="""
Chiều 8/10, Liên minh HTX tỉnh Đồng Nai tổ chức hội nghị sơ kết công tác 9 tháng năm 2025, hội nghị đầu tiên kể từ khi hợp nhất Liên minh HTX hai tỉnh Đồng Nai và Bình Phước.
Sau hợp nhất, toàn tỉnh có 1.146 HTX, 3 liên hiệp HTX và hơn 2.300 tổ hợp tác, thu hút trên 118.000 thành viên; doanh thu bình quân một HTX ước đạt 4,1 tỷ đồng.
[img so-ket-9-thang-dn.png] Quang cảnh hội nghị sơ kết tại trụ sở Liên minh HTX tỉnh
## Những việc cần làm ngay trong quý IV
* Kiện toàn tổ chức bộ máy, sắp xếp cán bộ tại hai cơ sở Trấn Biên và Đồng Xoài;
* Hợp nhất Quỹ hỗ trợ phát triển HTX của hai tỉnh, rà soát các khoản vay đang dư nợ;
* Khảo sát các HTX ngừng hoạt động để hướng dẫn giải thể hoặc tổ chức lại theo Luật Hợp tác xã năm 2023;
* Tổ chức Hội chợ sản phẩm HTX tỉnh Đồng Nai lần thứ nhất vào tháng 12.
Phát biểu kết luận, Chủ tịch Liên minh HTX tỉnh đề nghị cán bộ hai cơ sở giữ mối liên hệ thường xuyên với HTX, không để gián đoạn công việc trong thời gian sắp xếp.
""",
          byline="Minh Châu", author="Minh Châu", **dated(datetime(2025, 10, 9, 15, 20)),
          opts={"reading": 3, "shares": 87, "updated": datetime(2025, 10, 14, 9, 0)}),
        A(path=NEWS + "htx-dieu-phu-rieng-dat-chung-nhan-huu-co/",
          title="HTX điều Phú Riềng đạt chứng nhận hữu cơ cho 300 ha",
          date=datetime(2025, 8, 22, 10, 5),
          body="""
HTX Điều hữu cơ Phú Riềng vừa được tổ chức chứng nhận quốc tế cấp giấy chứng nhận sản xuất hữu cơ theo tiêu chuẩn của Liên minh châu Âu và Hoa Kỳ cho 300 ha điều của 112 thành viên.
Để đạt chứng nhận, các hộ ngừng sử dụng phân bón hóa học và thuốc trừ cỏ trong ba năm liền, chuyển sang ủ phân từ vỏ hạt điều và phụ phẩm chăn nuôi.
[img dieu-huu-co.png] Vườn điều hữu cơ của thành viên HTX tại xã Phú Riềng
Điều thô hữu cơ được doanh nghiệp chế biến thu mua cao hơn điều thường khoảng 20%; năng suất bình quân đạt 1,4 tấn/ha.
HTX đang đề nghị hỗ trợ xây dựng xưởng sơ chế để bán nhân điều trực tiếp, thay vì bán hạt thô như hiện nay.
Nguồn: Báo Bình Phước
""",
          author=None, **dated(datetime(2025, 8, 22, 10, 5)),
          opts={"reading": 2, "shares": 312, "updated": datetime(2025, 11, 3, 11, 45)},
          notes=["last line 'Nguồn: Báo Bình Phước' is a source, not an author; 'Cập nhật lần cuối: 03/11/2025' "
                 "(<time class=updated>) is ten weeks after the published <time> (22/08/2025)"]),
        A(path=DOCS + "ke-hoach-to-chuc-hoi-cho-san-pham-htx-tinh-dong-nai-nam-2025/",
          title="Kế hoạch tổ chức Hội chợ sản phẩm HTX tỉnh Đồng Nai năm 2025",
          date=datetime(2025, 9, 30, 9, 0),
          body="""
Liên minh HTX tỉnh ban hành Kế hoạch số 27/KH-LMHTX về tổ chức Hội chợ sản phẩm HTX tỉnh Đồng Nai lần thứ nhất năm 2025.
Hội chợ diễn ra từ ngày 12 đến 16/12/2025 tại Công viên Biên Hùng, quy mô 150 gian hàng dành cho HTX, tổ hợp tác và chủ thể OCOP của tỉnh và các tỉnh bạn.
HTX tham gia được miễn phí thuê gian hàng tiêu chuẩn; Liên minh HTX tỉnh hỗ trợ chi phí vận chuyển cho HTX ở các xã vùng sâu, vùng xa.
Các đơn vị đăng ký trước ngày 15/11/2025 theo mẫu kèm theo kế hoạch.
""",
          byline="Văn phòng Liên minh HTX tỉnh", author=None,
          attachments=[{"path": PDF_PATH, "text": "KH-27-LMHTX-hoi-cho-2025.pdf"}],
          **dated(datetime(2025, 9, 30, 9, 0)),
          opts={"reading": 2, "shares": 64, "updated": datetime(2025, 10, 2, 8, 15), "cat": "docs"},
          notes=["plan announced as news in the 'Văn bản' category; the PDF behind an Elementor button widget "
                 "'Tải văn bản (PDF)' after the text; byline an office: an office is no writer: author null"]),
        A(path=DOCS + "thong-bao-ve-viec-chuyen-tru-so-lam-viec-co-so-2/",
          title="Thông báo về việc chuyển trụ sở làm việc cơ sở 2 của Liên minh HTX tỉnh",
          date=datetime(2025, 7, 15, 14, 30),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH ĐỒNG NAI
Số: 45/TB-LMHTX
Đồng Nai, ngày 14 tháng 7 năm 2025
THÔNG BÁO
Về việc chuyển trụ sở làm việc cơ sở 2 của Liên minh HTX tỉnh
Thực hiện Quyết định số 1125/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh về việc hợp nhất Liên minh HTX tỉnh Đồng Nai và Liên minh HTX tỉnh Bình Phước, Liên minh HTX tỉnh thông báo:
1. Từ ngày 21/7/2025, bộ phận tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX khu vực Bình Phước cũ làm việc tại Số 684 Quốc lộ 14, phường Đồng Xoài.
2. Các HTX liên hệ công việc qua số điện thoại 0271.3879.556 trong giờ hành chính.
Nơi nhận: Các HTX, liên hiệp HTX trên địa bàn tỉnh; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Lê Văn Bảy
""",
          author=None, doc_number="45/TB-LMHTX", **dated(datetime(2025, 7, 15, 14, 30)),
          opts={"reading": 1, "shares": 19, "updated": datetime(2025, 7, 16, 7, 50), "cat": "docs"},
          notes=["official notice: 'Số: 45/TB-LMHTX', place-date line 'Đồng Nai, ngày 14 tháng 7 năm 2025' the day "
                 "before the published <time> 15/07/2025; signer last, author null"]),
        A(path=NEWS + "htx-buoi-tan-trieu-don-khach-du-lich-mua-thu-hoach/",
          title="HTX bưởi Tân Triều đón khách du lịch mùa thu hoạch",
          date=datetime(2025, 8, 5, 7, 30),
          body="""
Những ngày đầu tháng 8, vườn bưởi của các thành viên HTX Nông nghiệp - Du lịch Tân Triều đón hàng trăm lượt khách mỗi ngày đến tham quan, chụp ảnh và mua bưởi tại vườn.
HTX hiện có 38 thành viên với 65 ha bưởi đường lá cam và bưởi ổi, trong đó 12 vườn được đầu tư lối đi, nhà nghỉ chân và khu trải nghiệm cho khách.
[img buoi-tan-trieu.png] Du khách tham quan vườn bưởi của thành viên HTX ven sông Đồng Nai
Giá vé tham quan 50.000 đồng/người, khách được ăn bưởi tại chỗ; bưởi mua mang về được đóng hộp có tem truy xuất nguồn gốc.
Doanh thu từ du lịch chiếm khoảng một phần ba thu nhập của các hộ tham gia mô hình.
""",
          byline="Hoàng Minh", author="Hoàng Minh", **dated(datetime(2025, 8, 5, 7, 30)),
          opts={"reading": 3, "shares": 1024, "updated": datetime(2025, 8, 20, 10, 10)}),
        A(path=NEWS + "htx-tieu-loc-ninh-chuyen-doi-so-trong-quan-ly-vuon/",
          title="HTX tiêu Lộc Ninh chuyển đổi số trong quản lý vườn",
          date=datetime(2025, 7, 28, 16, 45),
          body="""
HTX Hồ tiêu Lộc Hưng (xã Lộc Ninh) đưa phần mềm quản lý sản xuất vào sử dụng cho 74 hộ thành viên, thay cho sổ ghi chép tay.
Mỗi vườn được gắn mã QR; thành viên cập nhật lịch bón phân, tưới nước và phun thuốc bằng điện thoại, cán bộ HTX theo dõi từ xa.
[img tieu-loc-ninh.png] Giám đốc HTX hướng dẫn thành viên cập nhật nhật ký canh tác trên điện thoại
Nhờ dữ liệu đầy đủ, lô hồ tiêu đầu tiên của HTX đã vượt qua kiểm tra dư lượng của đối tác nhập khẩu châu Âu.
HTX được Liên minh HTX tỉnh hỗ trợ 80 triệu đồng kinh phí triển khai từ chương trình chuyển đổi số năm 2025.
""",
          author=None, **dated(datetime(2025, 7, 28, 16, 45)),
          opts={"reading": 2, "shares": 156, "updated": datetime(2025, 9, 1, 8, 30)},
          notes=["no byline: author null; the oldest post (page 2 of the category), so no next-post block under it"]),
        A(path=NEWS + "tap-huan-ky-nang-ban-hang-truc-tuyen-cho-htx/",
          title="Tập huấn kỹ năng bán hàng trực tuyến cho cán bộ quản lý HTX",
          date=datetime(2025, 10, 24, 9, 15),
          body="""
Từ ngày 22 đến 23/10, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 85 cán bộ quản lý HTX.
Học viên được hướng dẫn mở gian hàng trên sàn thương mại điện tử, quay video giới thiệu sản phẩm bằng điện thoại và livestream bán hàng.
[img tap-huan-ban-hang.png] Học viên thực hành livestream giới thiệu sản phẩm OCOP
Kết thúc lớp học, 23 HTX đã mở gian hàng và đăng bán sản phẩm ngay tại lớp; Liên minh HTX tỉnh sẽ hỗ trợ phí duy trì gian hàng trong sáu tháng đầu.
""",
          byline="Thanh Tâm", author="Thanh Tâm", **dated(datetime(2025, 10, 24, 9, 15)),
          opts={"reading": 2, "shares": 245, "updated": datetime(2025, 10, 27, 14, 0)},
          notes=["the newest post: under it the next post's title, published <time> and full text are already in "
                 "the HTML (div.next-post-autoload, infinite scroll): not part of this post"]),
    ]


STUB = Article(path=NEWS + "anh-gian-hang-htx-tai-hoi-cho-xuc-tien-thuong-mai/",
               title="Ảnh: Gian hàng HTX tại hội chợ xúc tiến thương mại", date=datetime(2025, 9, 8, 10, 0),
               body="[img gian-hang-hoi-cho.png] Gian hàng sản phẩm của các HTX tỉnh Đồng Nai tại hội chợ",
               opts={"reading": 1, "shares": 12, "updated": datetime(2025, 9, 8, 10, 0)})


# -- markup ------------------------------------------------------------------------------------

_ids = [0]


def eid() -> str:
    """Elementor's element ids: seven hex digits, different on every element (counted from each build)."""
    _ids[0] += 1
    return f"{(_ids[0] * 2654435761) & 0xFFFFFFF:07x}"


def img(src: str) -> str:
    return f"/wp-content/uploads/2025/10/{src}"


def widget(kind: str, inner: str, extra: str = "") -> str:
    return (f'<div class="elementor-element elementor-element-{eid()} elementor-widget elementor-widget-{kind}{extra}" '
            f'data-id="{eid()}" data-element_type="widget" data-widget_type="{kind}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


def section(columns: list[tuple[int, str]], extra: str = "") -> str:
    cols = "".join(
        f'<div class="elementor-column elementor-col-{w} elementor-element elementor-element-{eid()}" '
        f'data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">{inner}</div></div>'
        for w, inner in columns)
    return (f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{eid()} '
            f'elementor-section-boxed elementor-section-height-default{extra}" data-element_type="section">'
            f'<div class="elementor-container elementor-column-gap-default">{cols}</div></section>')


def stamp(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def time_published(d: datetime) -> str:
    return f'<time class="entry-date published" datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{stamp(d)}</time>'


def cards(items: list[Article], words: int = 18) -> str:
    out = []
    for a in items:
        pic = a.first_image()
        out.append(f'<article class="elementor-post elementor-grid-item post-{int(hashlib.md5(a.path.encode()).hexdigest()[:4], 16)} type-post">'
                   + (f'<a class="elementor-post__thumbnail__link" href="{a.path}"><div class="elementor-post__thumbnail">'
                      f'<img src="{img(pic)}" alt=""></div></a>' if pic else "")
                   + f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{a.path}">'
                   f'{esc(a.title)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">'
                   f'{stamp(a.date)}</span></div><div class="elementor-post__excerpt"><p>'
                   f'{esc(" ".join(a.summary().split()[:words]))}…</p></div></div></article>')
    return f'<div class="elementor-posts-container elementor-posts elementor-grid">{"".join(out)}</div>'


def segments(a: Article) -> list[str]:
    """The post's blocks as Elementor widgets: runs of paragraphs/lists in one text-editor widget,
    each photo its own image widget, each heading its own heading widget."""
    out, run = [], []

    def flush() -> None:
        if run:
            out.append(widget("text-editor", "".join(run)))
            run.clear()

    for b in a.blocks:
        if b.kind == "p":
            run.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "h":
            flush()
            out.append(widget("heading", f'<h3 class="elementor-heading-title elementor-size-default">'
                                         f'{inline_html(b.text)}</h3>'))
        elif b.kind == "img":
            flush()
            cap = (f'<figcaption class="widget-image-caption wp-caption-text">{inline_html(b.text)}</figcaption>'
                   if b.text else "")
            out.append(widget("image", f'<figure class="wp-caption"><img width="800" height="533" '
                                       f'src="{img(b.src)}" class="attachment-large size-large" alt="{attr(b.text)}">'
                                       f'{cap}</figure>'))
    if a.byline:
        run.append(f'<p style="text-align: right;"><strong><em>{esc(a.byline)}</em></strong></p>')
    flush()
    return out


def post_info(a: Article) -> str:
    o = a.opts
    return widget("post-info",
                  '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
                  '<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished">'
                  '<span class="elementor-icon-list-icon"><i class="fas fa-calendar"></i></span>'
                  f'<span class="elementor-icon-list-text elementor-post-info__item">{time_published(a.date)}</span></li>'
                  '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">'
                  f'{o["reading"]} phút đọc</span></li>'
                  '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">'
                  f'{o["shares"]} lượt chia sẻ</span></li></ul>')


def updated_info(a: Article) -> str:
    u = a.opts["updated"]
    return widget("post-info",
                  '<ul class="elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">'
                  '<span class="elementor-icon-list-text elementor-post-info__item">'
                  '<span class="elementor-post-info__item-prefix">Cập nhật lần cuối: </span>'
                  f'<time class="updated" datetime="{u:%Y-%m-%dT%H:%M:%S}+07:00">{u:%d/%m/%Y %H:%M}</time>'
                  '</span></li></ul>', " last-modified")


def share_widget(a: Article) -> str:
    return widget("share-buttons",
                  '<div class="elementor-grid"><span class="share-label">Chia sẻ bài viết</span>'
                  '<div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0">'
                  '<span class="elementor-share-btn__text">Facebook</span></div>'
                  '<div class="elementor-share-btn elementor-share-btn_zalo" role="button" tabindex="0">'
                  '<span class="elementor-share-btn__text">Zalo</span></div></div>')


def post_body(a: Article, related: list[Article], mid: int | None = None) -> str:
    """The title, the info line, the text widgets with the related-posts widget in the middle."""
    segs = segments(a)
    if related:
        at = mid if mid is not None else max(1, len(segs) // 2)
        box = widget("heading", '<h4 class="elementor-heading-title elementor-size-default">Tin liên quan</h4>',
                     " related-heading") + widget("posts", cards(related), " elementor-grid-3")
        segs = segs[:at] + [box] + segs[at:]
    parts = [widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">'
                                        f'{esc(a.title)}</h1>', " elementor-page-title elementor-widget-heading"),
             post_info(a), *segs]
    if a.attachments:
        att = a.attachments[0]
        parts.append(widget("button", f'<div class="elementor-button-wrapper"><a class="elementor-button '
                                      f'elementor-button-link elementor-size-sm" href="{att["path"]}" download>'
                                      '<span class="elementor-button-content-wrapper"><span class="elementor-button-text">'
                                      'Tải văn bản (PDF)</span></span></a></div>'))
    parts += [updated_info(a), widget("post-info", f'<span class="tags-label">Từ khóa:</span> <a href="{TAG}" rel="tag">OCOP</a>',
                                      " post-tags"), share_widget(a)]
    return "".join(parts)


def next_post(a: Article) -> str:
    """What the infinite-scroll theme prints under a post: the next (older) post, whole."""
    segs = segments(a)
    return (f'<div class="next-post-autoload" data-url="{a.path}" data-title="{attr(a.title)}">'
            '<div class="next-post-divider"><span>Bài viết tiếp theo</span></div>'
            f'<div data-elementor-type="single-post" data-elementor-id="{eid()}" class="elementor elementor-location-single '
            f'post type-post status-publish">'
            + section([(100, widget("heading", f'<h2 class="elementor-heading-title elementor-size-default"><a href="{a.path}">'
                                               f'{esc(a.title)}</a></h2>') + post_info(a) + "".join(segs))])
            + "</div></div>")


def header() -> str:
    menu = "".join(f'<li class="menu-item"><a href="{h}" class="elementor-item">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (CAT_NEWS, "Tin hoạt động"), (CAT_DOCS, "Văn bản"),
                    (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    top = section([(50, widget("text-editor", f'<p>{TODAY}</p>', " top-date")),
                   (50, widget("html", '<div class="a11y"><a href="javascript:void(0)">A-</a> '
                                       '<a href="javascript:void(0)">A</a> <a href="javascript:void(0)">A+</a> '
                                       '<a href="javascript:void(0)">Tăng tương phản</a> '
                                       '<a href="javascript:void(0)">Giảm tương phản</a></div>'))])
    brand = section([(33, widget("theme-site-logo", f'<a href="/"><img src="/wp-content/uploads/2025/07/logo-lmhtx-dn.png" '
                                                    f'alt="{NAME}"></a>')),
                     (66, widget("text-editor", "".join(f"<p>{esc(s)}</p>" for s in SLOGANS), " slogan"))])
    nav = section([(100, widget("nav-menu", f'<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">'
                                            f'{menu}</ul></nav>')
                    + widget("search-form", '<form class="elementor-search-form" role="search" action="/" method="get">'
                                            '<input class="elementor-search-form__input" type="search" name="s" '
                                            'placeholder="Tìm kiếm ..."></form>'))])
    return (f'<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 '
            f'elementor-location-header">{top}{brand}{nav}</div>')


def footer() -> str:
    left = widget("text-editor", "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:4]))
    right = widget("text-editor", "".join(f"<p>{esc(x)}</p>" for x in FOOTER[4:7]))
    form = widget("form", '<form class="elementor-form" action="javascript:void(0)"><input type="email" name="email">'
                          '<button type="button">Đăng ký nhận bản tin</button></form>')
    copy = section([(100, widget("text-editor", f"<p>{esc(FOOTER[7])}</p>", " copyright"))])
    return (f'<div data-elementor-type="footer" data-elementor-id="48" class="elementor elementor-48 '
            f'elementor-location-footer">{section([(50, left), (25, right), (25, form)])}{copy}</div>')


def sidebar(hot: list[Article]) -> str:
    lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hot)
    poll = "".join(f'<label><input type="radio" name="poll" value="{i}"> {esc(o)}</label><br>'
                   for i, o in enumerate(POLL_A, 1))
    return "".join([
        widget("heading", f'<h4 class="elementor-heading-title">{SIDE[0]}</h4>'),
        widget("wp-widget-recent-posts", f"<ul>{lis}</ul>"),
        widget("html", f'<div class="hot-keys"><h4>Tìm nhiều</h4><a href="{SEARCH}">ocop</a></div>'),
        widget("html", f'<div class="weather"><h4>{SIDE[1]}</h4><p>33°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></div>'),
        widget("html", f'<div class="poll"><h4>Thăm dò ý kiến</h4><p>{esc(POLL_Q)}</p>{poll}'
                       '<button type="button">Bình chọn</button> <button type="button">Xem kết quả</button></div>'),
        widget("html", f'<div class="counter"><h4>{SIDE[4]}</h4><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>'),
        widget("html", f'<div class="weblinks"><h4>{SIDE[8]}</h4><ul>'
                       '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>'
                       '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>'),
    ])


def layout(title: str, main: str, hot: list[Article], *, head: str = "", body_class: str = "page",
           after: str = "") -> str:
    content = section([(66, main), (33, sidebar(hot))], " main-section")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Liên minh HTX Đồng Nai</title>
<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">
<link rel="stylesheet" href="/wp-content/uploads/elementor/css/post-31.css">{head}
<meta name="generator" content="Elementor 3.24.4; features: e_font_icon_svg; settings: css_print_method-external">
</head>
<body class="{body_class} wp-theme-hello-elementor elementor-default elementor-kit-6">
{header()}
<div data-elementor-type="single-post" data-elementor-id="{eid()}" class="elementor elementor-location-single">
{content}
</div>
{after}
{footer()}
<a href="#top" class="elementor-scroll-top" aria-label="Lên đầu trang">Lên đầu trang</a>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js"></script>
<script src="/wp-content/themes/hello-elementor/assets/js/infinite-next-post.js"></script>
</body>
</html>
"""


def amp_page(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "img":
            parts.append(f'<figure class="amp-wp-inline"><amp-img src="{img(b.src)}" width="800" height="533" '
                         f'layout="responsive"></amp-img>'
                         + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "") + "</figure>")
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong><em>{esc(a.byline)}</em></strong></p>')
    return f"""<!doctype html>
<html amp lang="vi">
<head><meta charset="utf-8">
<title>{esc(a.title)} &#8211; Liên minh HTX Đồng Nai</title>
<link rel="canonical" href="{a.path}">
<meta name="viewport" content="width=device-width">
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head>
<body>
<header class="amp-wp-header"><div><a href="/">Liên minh HTX Đồng Nai</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(a.title)}</h1>
<div class="amp-wp-meta amp-wp-posted-on">{time_published(a.date)}</div></header>
<div class="amp-wp-article-content">
{"".join(parts)}
</div>
</article>
<footer class="amp-wp-footer"><p>&copy; Liên minh HTX Đồng Nai</p></footer>
</body>
</html>
"""


def build() -> SiteBuild:
    _ids[0] = 0
    site = SiteBuild(SITE, "dong-nai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = sorted([a for a in arts if a.opts.get("cat") != "docs"] + [STUB], key=lambda a: a.date, reverse=True)
    docs = [a for a in arts if a.opts.get("cat") == "docs"]
    hot = arts[:5]
    older = {a.path: b for a, b in zip(news, news[1:])}  # the next post the infinite scroll shows

    for a in [*arts, STUB]:
        pool = [o for o in arts if o is not a]
        related = pool[:3] if len(a.blocks) > 3 else []
        nxt = older.get(a.path)
        if nxt is STUB:
            nxt = older.get(STUB.path)
        after = next_post(nxt) if nxt else ""
        head = f'\n<link rel="canonical" href="{a.path}">\n<link rel="amphtml" href="{a.path}amp/">' \
               f'\n<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">'
        main = post_body(a, related)
        site.page(a.path, layout(a.title, main, hot, head=head, body_class="post-template-default single single-post",
                                 after=after), content_type=HTML)
        site.page(a.path + "amp/", amp_page(a), content_type=HTML)
        if a is not STUB:
            a.aliases = [a.path + "amp/"]
            site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 27/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX NAM 2025",
                                                         "Lien minh HTX tinh Dong Nai"]))
    site.trap("every post names an AMP version <post>/amp/ (rel=amphtml; <html amp>, amp-img, the same text and "
              "published <time>, rel=canonical back to the post): an alias, not a second article",
              arts[0].path + "amp/")
    site.trap("date only as <time class='entry-date published' datetime=…> (text dd/mm/yyyy) in a post-info widget "
              "beside 'N phút đọc' and 'N lượt chia sẻ'; a second post-info widget under the text says 'Cập nhật lần "
              "cuối: <time class=updated>' with a later date; no date meta, no JSON-LD", arts[1].path)
    site.trap("header, footer (licence, 'Chịu trách nhiệm nội dung', address) and sidebar are Elementor templates of "
              "the same elementor-widget-text-editor / elementor-widget-heading widgets as the post's text",
              arts[2].path)

    # categories: Elementor's archive posts widget, numbered pagination /page/2/
    def category(path: str, name: str, items: list[Article], per: int) -> None:
        pages = [items[i:i + per] for i in range(0, len(items), per)]
        for n, chunk in enumerate(pages, 1):
            url = path if n == 1 else f"{path}page/{n}/"
            nums = " ".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                            f'<a class="page-numbers" href="{path if k == 1 else f"{path}page/{k}/"}">{k}</a>'
                            for k in range(1, len(pages) + 1))
            if n < len(pages):
                nums += f' <a class="page-numbers next" href="{path}page/{n + 1}/">Trang sau &raquo;</a>'
            main = (widget("theme-archive-title", f'<h1 class="elementor-heading-title">Chuyên mục: {name}</h1>')
                    + widget("archive-posts", cards(chunk, 30)
                             + f'<nav class="elementor-pagination" aria-label="Phân trang">{nums}</nav>'))
            site.page(url, layout(name if n == 1 else f"{name} &#8211; Trang {n}", main, hot,
                                  body_class="archive category"), content_type=HTML)
            site.non_articles.append(url)

    category(CAT_NEWS, "Tin hoạt động", news, 6)
    category(CAT_DOCS, "Văn bản", docs, 6)
    site.trap("category /chuyen-muc/tin-hoat-dong/ pages by /page/2/ (numbers and 'Trang sau »'); six cards a page "
              "(thumbnail, title, dd/mm/yyyy, excerpt); page 2 holds the oldest posts", CAT_NEWS + "page/2/")

    # home: a slider, a grid of cards and a document box
    home = (widget("media-carousel", "".join(f'<div class="swiper-slide"><a href="{a.path}"><img src="{img(a.first_image())}" '
                                             f'alt=""></a><div class="elementor-carousel-image-overlay">{esc(a.title)}</div></div>'
                                             for a in arts[:3] if a.first_image()))
            + widget("heading", '<h2 class="elementor-heading-title">Tin mới nhất</h2>')
            + widget("posts", cards(news[:6], 24))
            + widget("heading", f'<h2 class="elementor-heading-title"><a href="{CAT_DOCS}">Văn bản mới</a></h2>')
            + widget("posts", cards(docs, 10)))
    site.page("/", layout("Trang chủ", home, hot, body_class="home page-template"), content_type=HTML)

    site.trap("caption-only post (h1, published <time>, one image widget with caption, 'Cập nhật lần cuối', its own "
              "AMP version): not an article", STUB.path)

    about_text = [
        "Liên minh Hợp tác xã tỉnh Đồng Nai được hợp nhất từ Liên minh Hợp tác xã tỉnh Đồng Nai và Liên minh Hợp tác "
        "xã tỉnh Bình Phước từ ngày 01 tháng 7 năm 2025, là tổ chức chính trị - xã hội, đại diện và hỗ trợ các hợp tác "
        "xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh có nhiệm vụ tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn thành lập, tổ chức lại hợp tác "
        "xã; đào tạo, bồi dưỡng cán bộ quản lý; hỗ trợ tiếp cận vốn qua Quỹ hỗ trợ phát triển hợp tác xã; xúc tiến "
        "thương mại và chuyển đổi số cho các thành viên.",
        "Cơ quan Liên minh làm việc tại hai cơ sở: trụ sở chính ở phường Trấn Biên và cơ sở 2 ở phường Đồng Xoài, gồm "
        "Văn phòng, Ban Kiểm tra, Ban Tuyên truyền và Thi đua, Ban Hỗ trợ phát triển hợp tác xã và Quỹ hỗ trợ phát "
        "triển hợp tác xã tỉnh.",
        "Với hơn một nghìn hợp tác xã trong các lĩnh vực nông nghiệp, công nghiệp, thương mại, vận tải và tín dụng, khu "
        "vực kinh tế tập thể của tỉnh đang chuyển mạnh sang liên kết chuỗi giá trị, sản xuất xanh và ứng dụng công "
        "nghệ số."]
    pages = {
        ABOUT: ("Giới thiệu", widget("heading", '<h1 class="elementor-heading-title">Giới thiệu Liên minh HTX tỉnh</h1>')
                + widget("text-editor", "".join(f"<p>{esc(p)}</p>" for p in about_text[:2]))
                + widget("image", f'<img src="{img("tru-so-lien-minh.png")}" alt="">')
                + widget("text-editor", "".join(f"<p>{esc(p)}</p>" for p in about_text[2:]))),
        CONTACT: ("Liên hệ", widget("heading", '<h1 class="elementor-heading-title">Liên hệ</h1>')
                  + widget("text-editor", f"<p>{NAME}</p><p>Giờ làm việc: sáng 7 giờ 30 - 11 giờ 30, chiều 13 giờ 30 - "
                                          "17 giờ, từ thứ Hai đến thứ Sáu</p>")
                  + widget("form", '<form class="elementor-form" action="javascript:void(0)"><input name="form_fields[name]">'
                                   '<textarea name="form_fields[message]"></textarea><button type="button">Gửi</button>'
                                   '</form>')),
        GALLERY: ("Thư viện ảnh", widget("heading", '<h1 class="elementor-heading-title">Thư viện ảnh</h1>')
                  + widget("gallery", "".join(f'<a href="{img(a.first_image())}" class="e-gallery-item">'
                                              f'<img src="{img(a.first_image())}" alt=""><div class="e-gallery-item__title">'
                                              f'{esc(a.title)}</div></a>' for a in arts if a.first_image()))),
    }
    for path, (title, main) in pages.items():
        site.page(path, layout(title, main, hot, head=f'\n<link rel="canonical" href="{path}">',
                               body_class="page-template-elementor_header_footer page"), content_type=HTML)
    site.trap("introduction /gioi-thieu/ is an Elementor page (h1 heading widget, four long paragraphs in two "
              "text-editor widgets around an image, no date): not an article; contact and gallery pages likewise",
              ABOUT)
    tagged = [a for a in arts if "OCOP" in a.body or "hội chợ" in a.body.lower()][:4]
    site.page(TAG, layout("Thẻ: OCOP", widget("theme-archive-title", '<h1 class="elementor-heading-title">Thẻ: OCOP</h1>')
                          + widget("archive-posts", cards(tagged, 30)), hot, body_class="archive tag"), content_type=HTML)
    site.page(SEARCH, layout("Kết quả tìm kiếm cho &#8220;ocop&#8221;",
                             widget("theme-archive-title", '<h1 class="elementor-heading-title">Kết quả tìm kiếm: ocop</h1>')
                             + widget("archive-posts", cards(tagged, 30)), hot, body_class="search search-results"),
              content_type=HTML)
    site.trap("tag archive /tag/ocop/ and search /?s=ocop (cards with dates and excerpts): not articles", TAG)
    site.non_articles += ["/", STUB.path, STUB.path + "amp/", ABOUT, CONTACT, GALLERY, TAG, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    return site

