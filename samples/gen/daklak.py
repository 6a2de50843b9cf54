"""Site `lmhtx-daklak` (registry family `generic`): the Đắk Lắk alliance on WordPress with the Elementor
Pro Theme Builder (Hello Elementor theme: every template, header, single post, archive and footer,
is an Elementor layout), written as a held-out test: no family module, no selectors.

Why it is hard: everything is `section.elementor-section > div.elementor-container >
div.elementor-column > div.elementor-widget-wrap > div.elementor-widget`, header and footer
included, so the markup does not say what is article. The title is the Theme Builder's
`div.elementor-widget-theme-post-title h1.elementor-heading-title`; the date, time and author are
items of a post-info widget (`ul.elementor-post-info`, `span.elementor-post-info__item--type-date`
"14 Tháng 3, 2024", `--type-time` "8:30 sáng" / "2:15 chiều" in the Vietnamese 12-hour clock,
`--type-author` the WordPress account, which is sometimes a person, sometimes "lienminhhtx" or an
office). The text is `div.elementor-widget-theme-post-content`; beside it in its own column an
icon list with telephone numbers, a counter widget, a "Bài viết liên quan" posts widget (titles and
dates) and a call-to-action box "Liên hệ ngay", and under it a post-navigation widget with the
previous/next titles. An event post uses another single template WITHOUT the post-info widget: its
date is only in the text ("Ngày 8/3, …", no year) and in the listing. Listings `/tin-tuc/` and
`/tin-tuc/page/2/` (an Elementor posts widget: cards with date and excerpt); WordPress core's
`rel=shortlink` `/?p=N` answers 301 to the post.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, table_row, weekday

SITE = "lmhtx-daklak"
NAME = "Liên minh Hợp tác xã tỉnh Đắk Lắk"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc/"
DOCS = "/van-ban/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
GALLERY = "/thu-vien-anh/"
TAG = "/tag/ocop/"
SEARCH = "/?s=ocop"
UP = "/wp-content/uploads/2024/03/"
PDF_PATH = UP + "KH-12-LMHTX-hoi-cho-2024.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Hợp tác xã - Vì cộng đồng, phát triển bền vững",
           "Đoàn kết - Đổi mới - Hội nhập - Phát triển"]
CONTACT_ITEMS = ["Hotline: 0262.3852.618", "Email: lienminhhtxdaklak@gmail.com",
                 "Văn phòng: 0262.3812.247", "Trung tâm Tư vấn HTX: 0262.3950.166"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH ĐẮK LẮK",
          "Địa chỉ: Số 15 Lê Duẩn, phường Tân Tiến, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Định - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 21/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Đắk Lắk cấp ngày 11/5/2021",
          "© 2024 Liên minh HTX tỉnh Đắk Lắk. Thiết kế bởi BMT Web"]
LABELS = ["Thông tin liên hệ", "Bài viết liên quan", "Bạn cần hỗ trợ thành lập hợp tác xã?",
          "Tư vấn miễn phí thủ tục, điều lệ, phương án sản xuất kinh doanh", "Liên hệ ngay",
          "Hợp tác xã đang hoạt động", "Thành viên hợp tác xã", "Sản phẩm OCOP của HTX",
          "Bài trước", "Bài sau", "Không có bình luận", "Chia sẻ:", "Thăm dò ý kiến",
          "Thống kê truy cập", "Đang online: 9", "Hôm nay: 356", "Tổng truy cập: 1.204.577",
          "Lên đầu trang", "Tải xuống"]
POLL_Q = "Bạn biết đến website Liên minh HTX tỉnh qua kênh nào?"
POLL_A = ("Mạng xã hội Facebook, Zalo", "Báo, đài địa phương", "Cán bộ Liên minh giới thiệu")
BOILERPLATE = [TODAY, *SLOGANS, *CONTACT_ITEMS, *FOOTER, *LABELS, POLL_Q, *POLL_A, "Bình chọn"]

MONTH = "Tháng {m}"


def vn_date(d: datetime) -> str:
    return f"{d.day} Tháng {d.month}, {d.year}"


def vn_time(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


OCOP_ROWS = [["STT", "Sản phẩm", "Chủ thể", "Hạng"],
             ["1", "Cà phê bột nguyên chất Ea Tu", "HTX Nông nghiệp dịch vụ công bằng Ea Tu", "4 sao"],
             ["2", "Mật ong hoa cà phê", "HTX Ong mật Krông Búk", "3 sao"],
             ["3", "Tiêu sọ Cư M'gar", "HTX Nông nghiệp Cư M'gar", "3 sao"],
             ["4", "Bơ sáp Krông Pắc", "HTX Dịch vụ nông nghiệp Ea Kênh", "3 sao"],
             ["5", "Gạo Buôn Trấp", "HTX Nông nghiệp Buôn Trấp", "3 sao"]]


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/htx-ca-phe-ea-tu-xuat-khau-lo-ca-phe-dac-san-sang-nhat-ban/",
          title="HTX cà phê Ea Tu xuất khẩu lô cà phê đặc sản sang Nhật Bản",
          date=datetime(2024, 3, 14, 8, 30),
          body="""
HTX Nông nghiệp dịch vụ công bằng Ea Tu vừa xuất khẩu lô 19,2 tấn cà phê nhân đặc sản sang Nhật Bản, lô hàng đặc sản đầu tiên của HTX sau 5 năm theo đuổi sản xuất bền vững.
Toàn bộ cà phê được thu hái chín trên 95%, phơi trên giàn cao và sơ chế ướt tại xưởng của HTX, đạt 82 điểm theo thang đánh giá của Hiệp hội Cà phê đặc sản.
[img ca-phe-ea-tu.png] Thành viên HTX phơi cà phê trên giàn cao tại xã Ea Tu
Giá xuất khẩu đạt hơn 160.000 đồng/kg cà phê nhân, cao gần gấp đôi cà phê thông thường; HTX chi trả thêm cho thành viên 4.000 đồng/kg quả tươi đạt chuẩn.
Ông Trần Văn Vinh, Giám đốc HTX cho biết, năm 2024 HTX sẽ mở rộng vùng nguyên liệu đặc sản lên 120 ha với 87 hộ thành viên.
""",
          byline="Bài, ảnh: Hoàng Thùy", author="Hoàng Thùy", **dated(datetime(2024, 3, 14, 8, 30)),
          opts={"account": "lienminhhtx"},
          notes=["post-info widget: '14 Tháng 3, 2024' (--type-date), '8:30 sáng' (--type-time), author item "
                 "'lienminhhtx' (the WordPress account, not a person); byline 'Bài, ảnh: Hoàng Thùy' last, right-aligned: "
                 "part of the text, author Hoàng Thùy; beside the text an icon list with telephone numbers, a counter "
                 "widget, 'Bài viết liên quan' (titles + dates) and a CTA 'Liên hệ ngay'"]),
        A(path="/ke-hoach-to-chuc-hoi-cho-san-pham-htx-tinh-dak-lak-nam-2024/",
          title="Kế hoạch tổ chức Hội chợ sản phẩm hợp tác xã tỉnh Đắk Lắk năm 2024",
          date=datetime(2024, 3, 6, 14, 15),
          body="""
LIÊN MINH HTX TỈNH ĐẮK LẮK
Số: 12/KH-LMHTX
Đắk Lắk, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm hợp tác xã tỉnh Đắk Lắk năm 2024
Thực hiện Chương trình công tác năm 2024, Liên minh HTX tỉnh xây dựng Kế hoạch tổ chức Hội chợ sản phẩm hợp tác xã tỉnh Đắk Lắk năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Giới thiệu, quảng bá sản phẩm OCOP và sản phẩm chủ lực của các HTX, kết nối HTX với doanh nghiệp phân phối và người tiêu dùng.
II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 10 đến ngày 14 tháng 4 năm 2024, tại Quảng trường 10/3, thành phố Buôn Ma Thuột.
III. QUY MÔ
Khoảng 120 gian hàng của các HTX, tổ hợp tác trong tỉnh và các tỉnh Tây Nguyên.
Nơi nhận: UBND tỉnh; Sở Công Thương; các HTX; Lưu VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Thu Hà
""",
          author=None, doc_number="12/KH-LMHTX", attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX-hoi-cho-2024"}],
          **dated(datetime(2024, 3, 6, 14, 15)), opts={"account": "Văn phòng Liên minh", "docs": True},
          notes=["official plan 'Số: 12/KH-LMHTX', place-date line 'Đắk Lắk, ngày 05 tháng 3 năm 2024' the day before "
                 "the post-info's '6 Tháng 3, 2024' '2:15 chiều' (14:15, the Vietnamese 12-hour clock); the author item "
                 "names an office ('Văn phòng Liên minh'): author null; signer last; the PDF in a wp-block-file with a "
                 "'Tải xuống' button at the end of the content: an attachment, not text"]),
        A(path="/anh-sac-mau-ngay-hoi-ca-phe-htx-buon-ma-thuot/",
          title="Ảnh: Sắc màu ngày hội cà phê của các HTX tại Buôn Ma Thuột",
          date=datetime(2024, 3, 11, 17, 40),
          body="""
Nhân dịp Lễ hội Cà phê Buôn Ma Thuột lần thứ 8, 26 HTX cà phê trong tỉnh đã mang đến không gian trưng bày chung những sản phẩm tiêu biểu.
[img ngay-hoi-1.png] Gian hàng chung của các HTX cà phê thu hút đông khách tham quan
[img ngay-hoi-2.png] Nghệ nhân HTX Công Bằng Ea Kiết hướng dẫn du khách pha cà phê phin
[img ngay-hoi-3.png] Sản phẩm cà phê rang xay đạt OCOP 4 sao của HTX Ea Tu
[img ngay-hoi-4.png] Thiếu nữ Ê Đê giới thiệu cà phê hái chín của HTX Buôn Ko Tam
""",
          byline="Ảnh: Hữu Hùng", author="Hữu Hùng", **dated(datetime(2024, 3, 11, 17, 40)),
          opts={"account": "lienminhhtx", "gallery": True},
          notes=["photo story: a Gutenberg gallery (figure.wp-block-gallery of four figure.wp-block-image, each with "
                 "its <figcaption>: one line each) after one paragraph; 'Ảnh: Hữu Hùng' last (right-aligned): part of "
                 "the text, the author; time '5:40 chiều' = 17:40"]),
        A(path="/ra-mat-hop-tac-xa-du-lich-cong-dong-buon-akoh-dhong/",
          title="Ra mắt Hợp tác xã du lịch cộng đồng buôn Akŏ Dhông",
          date=datetime(2024, 3, 8),
          body="""
Ngày 8/3, tại nhà dài truyền thống buôn Akŏ Dhông, phường Tân Lợi, Liên minh HTX tỉnh phối hợp với UBND thành phố Buôn Ma Thuột tổ chức lễ ra mắt HTX Du lịch cộng đồng Akŏ Dhông.
HTX có 31 thành viên là các hộ đồng bào Ê Đê trong buôn, cung cấp dịch vụ lưu trú tại nhà dài, ẩm thực truyền thống, biểu diễn cồng chiêng và trải nghiệm dệt thổ cẩm.
[img ako-dhong.png] Các thành viên HTX trong lễ ra mắt tại nhà dài truyền thống
Liên minh HTX tỉnh hỗ trợ HTX xây dựng điều lệ, phương án kinh doanh và kết nối với các công ty lữ hành để đưa khách về buôn.
Thanh Hải
""",
          byline=None, author="Thanh Hải", published=iso(datetime(2024, 3, 8), with_time=False),
          published_source="listing", evidence=["listing"], opts={"event": True},
          notes=["event post in another Elementor single template WITHOUT the post-info widget: the date is only in "
                 "the text ('Ngày 8/3', no year) and in the listing card '08/03/2024': midnight; 'Thanh Hải' last, "
                 "right-aligned: part of the text, the author"]),
        A(path="/lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2024/",
          title="Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024",
          date=datetime(2024, 1, 24, 9, 5),
          body="""
Liên minh HTX tỉnh Đắk Lắk vừa tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của hơn 150 đại biểu.
## Kết quả năm 2023
Năm 2023, toàn tỉnh thành lập mới 64 HTX, nâng tổng số lên 612 HTX đang hoạt động với hơn 38.000 thành viên; doanh thu bình quân đạt 3,2 tỷ đồng/HTX.
## Nhiệm vụ trọng tâm năm 2024
* Tuyên truyền, hướng dẫn thi hành Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024;
* Phấn đấu thành lập mới ít nhất 60 HTX, ưu tiên HTX nông nghiệp ứng dụng công nghệ cao;
* Hỗ trợ 30 HTX tham gia Chương trình OCOP và sàn thương mại điện tử;
* Nâng cao hiệu quả hoạt động của Quỹ hỗ trợ phát triển HTX tỉnh.
Hội nghị đã khen thưởng 18 tập thể và 25 cá nhân có thành tích xuất sắc trong phong trào phát triển kinh tế tập thể.
""",
          author="Nguyễn Thị Hạnh", **dated(datetime(2024, 1, 24, 9, 5)), opts={"account": "Nguyễn Thị Hạnh"},
          notes=["no byline in the text: the post-info author item is the editor's own account 'Nguyễn Thị Hạnh' "
                 "(a person): the author; two <h3> headings and a list in the text"]),
        A(path="/htx-nong-nghiep-buon-trap-lien-ket-san-xuat-lua-chat-luong-cao/",
          title="HTX Nông nghiệp Buôn Trấp liên kết sản xuất lúa chất lượng cao",
          date=datetime(2024, 2, 20, 10, 0),
          body="""
Vụ Đông Xuân 2023 - 2024, HTX Nông nghiệp Buôn Trấp liên kết với doanh nghiệp sản xuất 350 ha lúa chất lượng cao theo quy trình VietGAP.
Doanh nghiệp cung ứng giống, phân bón trả chậm và cam kết thu mua lúa tươi cao hơn giá thị trường 300 đồng/kg.
[img lua-buon-trap.png] Cánh đồng lúa liên kết của HTX Nông nghiệp Buôn Trấp
HTX đảm nhận khâu làm đất, bơm nước và thu hoạch bằng máy cho thành viên, giúp giảm khoảng 15% chi phí sản xuất.
Nguồn: Báo Đắk Lắk
""",
          author=None, **dated(datetime(2024, 2, 20, 10, 0)), opts={"account": "lienminhhtx"},
          notes=["the text ends with 'Nguồn: Báo Đắk Lắk' (right-aligned italic): part of the text, a source; the "
                 "post-info author is the account 'lienminhhtx': author null"]),
        A(path="/dak-lak-co-them-5-san-pham-ocop-cua-htx/",
          title="Đắk Lắk có thêm 5 sản phẩm OCOP của hợp tác xã",
          date=datetime(2024, 2, 2, 15, 50),
          body="""
Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh vừa công nhận 5 sản phẩm của các HTX đạt hạng từ 3 sao trở lên.
""" + "\n".join("ROW " + "||".join(r) for r in OCOP_ROWS) + """
Các sản phẩm được công nhận có thời hạn 36 tháng; Liên minh HTX tỉnh sẽ hỗ trợ các HTX tham gia hội chợ và đưa sản phẩm lên sàn thương mại điện tử.
""",
          byline="Minh Thuận", author="Minh Thuận", **dated(datetime(2024, 2, 2, 15, 50)),
          opts={"account": "lienminhhtx"},
          notes=["a data table (wp-block-table, with a <thead>): one line per row, cells between ' | '; byline "
                 "'Minh Thuận' last: part of the text, the author; time '3:50 chiều' = 15:50"]),
        A(path="/tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx/",
          title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          date=datetime(2024, 1, 10, 21, 5),
          body="""
Trong hai ngày 9 và 10/1, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX tại thành phố Buôn Ma Thuột.
Học viên được hướng dẫn mở gian hàng trên sàn thương mại điện tử, sử dụng phần mềm kế toán và truy xuất nguồn gốc sản phẩm bằng mã QR.
[img tap-huan-cds.png] Học viên thực hành đăng bán sản phẩm trên sàn thương mại điện tử
Kết thúc lớp học, 42 HTX đã đăng ký tham gia chương trình hỗ trợ chuyển đổi số năm 2024 của Liên minh HTX tỉnh.
""",
          byline="Y Khoa Niê", author="Y Khoa Niê", **dated(datetime(2024, 1, 10, 21, 5)),
          opts={"account": "lienminhhtx"},
          notes=["posted in the evening: '9:05 chiều' = 21:05; byline 'Y Khoa Niê' last: part of the text, the author"]),
        A(path="/htx-ong-mat-krong-buk-vao-mua-thu-hoach/",
          title="HTX Ong mật Krông Búk vào mùa thu hoạch mật hoa cà phê",
          date=datetime(2023, 12, 27, 7, 45),
          body="""
Những ngày cuối năm, các thành viên HTX Ong mật Krông Búk tất bật quay mật từ hơn 2.400 đàn ong đặt trong các vườn cà phê đang nở hoa.
Mật hoa cà phê của HTX có màu vàng sậm, vị đậm, được kiểm nghiệm định kỳ và đã đạt chứng nhận OCOP 3 sao.
[img ong-mat.png] Thành viên HTX Ong mật Krông Búk quay mật
Năm nay HTX ký hợp đồng cung ứng 40 tấn mật cho một doanh nghiệp xuất khẩu, giá bán cao hơn năm trước khoảng 10%.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **dated(datetime(2023, 12, 27, 7, 45)),
          opts={"account": "lienminhhtx"},
          notes=["oldest post: on /tin-tuc/page/2/ (and the previous post's navigation); byline 'Hồng Nhung' last: "
                 "part of the text, the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def eid(*key: str) -> str:
    return hashlib.md5("|".join(key).encode()).hexdigest()[:7]


def widget(kind: str, inner: str, *key: str, css: str = "") -> str:
    return (f'<div class="elementor-element elementor-element-{eid(kind, *key)} elementor-widget '
            f'elementor-widget-{kind}{(" " + css) if css else ""}" data-id="{eid(kind, *key)}" '
            f'data-element_type="widget" data-widget_type="{kind}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


def column(size: int, widgets: list[str], *key: str) -> str:
    return (f'<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element '
            f'elementor-element-{eid("col", str(size), *key)}" data-id="{eid("col", str(size), *key)}" '
            f'data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">'
            + "".join(widgets) + "</div></div>")


def section(columns: list[str], *key: str, css: str = "") -> str:
    return (f'<section class="elementor-section elementor-top-section elementor-element '
            f'elementor-element-{eid("sec", *key)} elementor-section-boxed elementor-section-height-default'
            f'{(" " + css) if css else ""}" data-id="{eid("sec", *key)}" data-element_type="section">'
            f'<div class="elementor-container elementor-column-gap-default">' + "".join(columns) + "</div></section>")


def heading(text: str, tag: str, *key: str) -> str:
    return widget("heading", f'<{tag} class="elementor-heading-title elementor-size-default">{esc(text)}</{tag}>',
                  *key)


def img(src: str) -> str:
    return UP + src


def render_content(a: Article) -> str:
    parts = []
    blocks = a.blocks
    gallery = [b for b in blocks if b.kind == "img"] if a.opts.get("gallery") else []
    rows = []
    for b in blocks:
        if b.kind == "p" and b.text.startswith("ROW "):
            rows.append(b.text[4:].split("||"))
            continue
        if rows:
            parts.append(table(rows))
            rows = []
        if b in gallery:
            if b is gallery[0]:
                parts.append('<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">'
                             + "".join(f'<figure class="wp-block-image size-large"><img decoding="async" '
                                       f'src="{img(g.src)}" alt="" class="wp-image-{int(eid(g.src), 16) % 900 + 100}">'
                                       f'<figcaption class="wp-element-caption">{inline_html(g.text)}</figcaption></figure>'
                                       for g in gallery) + "</figure>")
        elif b.kind == "p":
            if b.text.startswith("Nguồn:") or (a.opts.get("event") and b is blocks[-1]):
                parts.append(f'<p class="has-text-align-right"><em>{inline_html(b.text)}</em></p>')
            else:
                parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f'<h3 class="wp-block-heading">{inline_html(b.text)}</h3>')
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" '
                         f'src="{img(b.src)}" alt="{attr(b.text)}">'
                         + (f'<figcaption class="wp-element-caption">{inline_html(b.text)}</figcaption>' if b.text else "")
                         + "</figure>")
    if rows:
        parts.append(table(rows))
    if a.byline:
        parts.append(f'<p class="has-text-align-right"><strong><em>{esc(a.byline)}</em></strong></p>')
    if a.attachments:
        f = a.attachments[0]
        parts.append(f'<div class="wp-block-file"><a id="wp-block-file--media-{eid(f["path"])}" href="{f["path"]}">'
                     f'{esc(f["text"])}</a><a href="{f["path"]}" class="wp-block-file__button wp-element-button" '
                     f'download aria-describedby="wp-block-file--media-{eid(f["path"])}">Tải xuống</a></div>')
    return "\n".join(parts)


def table(rows: list[list[str]]) -> str:
    head, *body = rows
    return ('<figure class="wp-block-table"><table><thead><tr>' + "".join(f"\n<th>{esc(c)}</th>" for c in head)
            + "</tr></thead><tbody>" + "".join("\n<tr>" + "".join(f"\n<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body)
            + "</tbody></table></figure>")


def text_body(a: Article) -> str:
    """The body markup with the table rows turned into the text's table lines."""
    out = []
    for line in a.body.strip().splitlines():
        if line.startswith("ROW "):
            out.append(table_row(line[4:].split("||")))
        else:
            out.append(line)
    return "\n".join(out)


def account_slug(name: str) -> str:
    return {"lienminhhtx": "lienminhhtx", "Văn phòng Liên minh": "vanphong", "Nguyễn Thị Hạnh": "hanhnt"}[name]


def post_info(a: Article) -> str:
    acc = a.opts["account"]
    items = [("date", "fa-calendar", vn_date(a.date), None),
             ("time", "fa-clock", vn_time(a.date), None),
             ("author", "fa-user-circle", acc, f"/author/{account_slug(acc)}/"),
             ("comments", "fa-comment-dots", "Không có bình luận", f"{a.path}#respond")]
    lis = ""
    for kind, icon, text, href in items:
        inner = (f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas {icon}"></i></span>'
                 f'<span class="elementor-icon-list-text elementor-post-info__item '
                 f'elementor-post-info__item--type-{kind}">{esc(text)}</span>')
        if href:
            inner = f'<a href="{href}">{inner}</a>'
        lis += (f'<li class="elementor-icon-list-item elementor-repeater-item-{eid(kind)} elementor-inline-item"'
                + (' itemprop="datePublished"' if kind == "date" else "") + f">{inner}</li>")
    return widget("post-info", f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
                  f"{lis}</ul>", "info")


def icon_list(items: list[str], key: str) -> str:
    lis = "".join(f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i class="fas '
                  f'fa-phone-alt"></i></span><span class="elementor-icon-list-text">{esc(t)}</span></li>' for t in items)
    return widget("icon-list", f'<ul class="elementor-icon-list-items">{lis}</ul>', key)


def posts_widget(items: list[Article], key: str, excerpt: bool = False, thumbs: bool = True) -> str:
    cards = ""
    for o in items:
        pic = o.first_image() or "no-image.png"
        cards += (f'<article class="elementor-post elementor-grid-item post-{int(eid(o.path), 16) % 900 + 100} '
                  f'type-post status-publish">'
                  + (f'<a class="elementor-post__thumbnail__link" href="{o.path}" tabindex="-1"><div '
                     f'class="elementor-post__thumbnail"><img src="{img(pic)}" alt=""></div></a>' if thumbs else "")
                  + f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{o.path}">'
                  f'{esc(o.title)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">'
                  f'{o.date:%d/%m/%Y}</span></div>'
                  + (f'<div class="elementor-post__excerpt"><p>{esc(o.summary())}</p></div>'
                     f'<a class="elementor-post__read-more" href="{o.path}">Đọc thêm »</a>' if excerpt else "")
                  + "</div></article>")
    return widget("posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic '
                  f'elementor-grid">{cards}</div>', key, css="elementor-posts--thumbnail-left")


def cta() -> str:
    return widget("call-to-action", '<div class="elementor-cta"><div class="elementor-cta__content">'
                  f'<h3 class="elementor-cta__title elementor-content-item">{LABELS[2]}</h3>'
                  f'<div class="elementor-cta__description elementor-content-item">{LABELS[3]}</div>'
                  f'<div class="elementor-cta__button-wrapper elementor-content-item"><a class="elementor-cta__button '
                  f'elementor-button elementor-size-sm" href="{CONTACT}">{LABELS[4]}</a></div></div></div>', "cta")


def counters() -> str:
    out = ""
    for n, label in ((612, LABELS[5]), (38450, LABELS[6]), (74, LABELS[7])):
        out += widget("counter", f'<div class="elementor-counter"><div class="elementor-counter-number-wrapper">'
                      f'<span class="elementor-counter-number" data-duration="2000" data-to-value="{n}" '
                      f'data-from-value="0" data-delimiter=".">0</span></div>'
                      f'<div class="elementor-counter-title">{label}</div></div>', label)
    return out


def sidebar(related: list[Article]) -> list[str]:
    poll = "".join(f'<li><label><input type="radio" name="wp-poll" value="{i}"> {esc(o)}</label></li>'
                   for i, o in enumerate(POLL_A, 1))
    return [heading(LABELS[0], "h4", "side-contact"), icon_list(CONTACT_ITEMS, "side-contact"),
            counters(), heading(LABELS[1], "h4", "side-related"), posts_widget(related, "related"), cta(),
            heading(LABELS[12], "h4", "side-poll"),
            widget("shortcode", f'<div class="elementor-shortcode"><div class="wp-polls"><p><strong>{esc(POLL_Q)}'
                   f'</strong></p><ul>{poll}</ul><p><button type="button" class="Buttons">Bình chọn</button></p></div>'
                   "</div>", "poll"),
            heading(LABELS[13], "h4", "side-counter"),
            widget("text-editor", "".join(f"<p>{x}</p>" for x in LABELS[14:17]), "counter-text")]


def layout(title: str, body_sections: str, body_class: str, canonical: str | None = None,
           shortlink: str | None = None) -> str:
    menu = "".join(f'<li class="menu-item"><a href="{h}" class="elementor-item">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                    (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    header = (section([column(50, [widget("text-editor", f"<p>{TODAY}</p>", "today")], "top1"),
                       column(50, [icon_list(CONTACT_ITEMS[:2], "top-contact")], "top2")], "topbar")
              + section([column(33, [widget("theme-site-logo", f'<a href="/"><img src="{UP}logo-lmhtx-daklak.png" '
                                           'alt="Liên minh HTX tỉnh Đắk Lắk"></a>', "logo")], "logo"),
                         column(66, [heading(FOOTER[0], "h2", "site-title"),
                                     widget("animated-headline", '<h3 class="elementor-headline"><span '
                                            'class="elementor-headline-dynamic-wrapper">' + "".join(
                                                f'<span class="elementor-headline-dynamic-text'
                                                f'{" elementor-headline-text-active" if i == 0 else ""}">{esc(s)}</span>'
                                                for i, s in enumerate(SLOGANS)) + "</span></h3>", "slogan")], "brand")],
                        "brand")
              + section([column(100, [widget("nav-menu", f'<nav class="elementor-nav-menu--main"><ul '
                                             f'class="elementor-nav-menu">{menu}</ul></nav>', "menu"),
                                      widget("search-form", '<form class="elementor-search-form" role="search" '
                                             'action="/" method="get"><input class="elementor-search-form__input" '
                                             'type="search" name="s" placeholder="Tìm kiếm..."></form>', "search")],
                                "menu")], "menu"))
    footer = section([column(50, [heading(FOOTER[0], "h4", "f-title"),
                                  widget("text-editor", "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:4]), "f-text")],
                             "f1"),
                      column(50, [icon_list(CONTACT_ITEMS, "f-contact"),
                                  widget("button", f'<a class="elementor-button" href="#top">{LABELS[17]}</a>', "top")],
                             "f2")], "footer") \
        + section([column(100, [widget("text-editor", f"<p>{esc(FOOTER[4])}</p>", "copy")], "copy")], "copy")
    head_links = (f'<link rel="canonical" href="{canonical}">' if canonical else "") + \
                 (f"<link rel='shortlink' href='{shortlink}'>" if shortlink else "")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Liên minh HTX tỉnh Đắk Lắk</title>
<meta name="generator" content="WordPress 6.4.3">
<meta name="generator" content="Elementor 3.19.2; features: e_optimized_assets_loading; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css" media="all">
{head_links}
</head>
<body class="{body_class} wp-custom-logo elementor-default elementor-kit-6">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div data-elementor-type="header" data-elementor-id="58" class="elementor elementor-58 elementor-location-header">
{header}
</div>
<div data-elementor-type="{'single-post' if 'single' in body_class else 'archive'}" class="elementor elementor-location-{'single' if 'single' in body_class else 'archive'}">
{body_sections}
</div>
<div data-elementor-type="footer" data-elementor-id="71" class="elementor elementor-71 elementor-location-footer">
{footer}
</div>
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js"></script>
</body>
</html>
"""


def single(a: Article, related: list[Article], prev: Article | None, nxt: Article | None, post_id: int) -> str:
    cat = (DOCS, "Văn bản") if a.opts.get("docs") else (NEWS, "Tin tức")
    crumbs = widget("breadcrumbs", f'<p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » <span>'
                    f'<a href="{cat[0]}">{cat[1]}</a></span> » <span class="breadcrumb_last" aria-current="page">'
                    f'{esc(a.title)}</span></span></p>', "crumbs")
    nav = ('<div class="elementor-post-navigation">'
           + (f'<div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="{prev.path}" '
              f'rel="prev"><span class="post-navigation__prev--label">{LABELS[8]}</span><span '
              f'class="post-navigation__prev--title">{esc(prev.title)}</span></a></div>' if prev else "")
           + (f'<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="{nxt.path}" '
              f'rel="next"><span class="post-navigation__next--label">{LABELS[9]}</span><span '
              f'class="post-navigation__next--title">{esc(nxt.title)}</span></a></div>' if nxt else "")
           + "</div>")
    share = widget("share-buttons", f'<div class="elementor-grid"><span class="share-label">{LABELS[11]}</span>'
                   '<div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" '
                   'aria-label="Share on facebook"><span class="elementor-share-btn__title">Facebook</span></div>'
                   '<div class="elementor-share-btn elementor-share-btn_zalo" role="button" tabindex="0">'
                   '<span class="elementor-share-btn__title">Zalo</span></div></div>', "share")
    main = [widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(a.title)}</h1>',
                   "title")]
    if not a.opts.get("event"):
        main.append(post_info(a))
    if (pic := a.first_image()) and not a.opts.get("gallery"):
        main.append(widget("theme-post-featured-image", f'<img src="{img(pic)}" class="attachment-large size-large" '
                           'alt="">', "featured"))
    main.append(widget("theme-post-content", render_content(a), "content"))
    if "OCOP" in a.body:
        main.append(widget("post-info", '<ul class="elementor-inline-items elementor-icon-list-items '
                           'elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item" '
                           'itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item '
                           'elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">'
                           f'Thẻ: </span><span class="elementor-post-info__terms-list"><a href="{TAG}" '
                           'class="elementor-post-info__terms-list-item">OCOP</a></span></span></li></ul>', "tags"))
    main += [share, widget("post-navigation", nav, "nav")]
    body = section([column(100, [crumbs], "crumbs")], "crumbs") + section(
        [column(66, main, "main"), column(33, sidebar(related), "side")], "single")
    klass = f"post-template-default single single-post postid-{post_id} single-format-standard"
    if a.opts.get("event"):
        klass = f"su_kien-template-default single single-su_kien postid-{post_id}"
    return layout(a.title, body, klass, canonical="{{base}}" + a.path, shortlink=f"{{{{base}}}}/?p={post_id}")


def archive(title: str, items: list[Article], pager: str, css: str) -> str:
    body = section([column(100, [widget("theme-archive-title", f'<h1 class="elementor-heading-title '
                                        f'elementor-size-default">{esc(title)}</h1>', "atitle"),
                                 posts_widget(items, "archive", excerpt=True) + pager], "archive")], "archive")
    return layout(title, body, css)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-lak", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.body = text_body(a) if "ROW " in a.body else a.body
    ids = {a.path: 1200 - i * 17 for i, a in enumerate(arts)}
    oldest = arts[-1]
    newest = [a for a in arts if not a.opts.get("docs")]
    for i, a in enumerate(arts):
        related = [o for o in newest if o is not a and o is not oldest][:3]
        prev = arts[i + 1] if i + 1 < len(arts) else None
        nxt = arts[i - 1] if i > 0 else None
        page_a = Article(**{**a.__dict__})
        if "| " in a.body:
            page_a.body = "\n".join("ROW " + "||".join(ln.strip("| ").split(" | ")) if ln.startswith("| ") else ln
                                    for ln in a.body.splitlines())
        site.page(a.path, single(page_a, related, prev, nxt, ids[a.path]), content_type=HTML)
        site.redirect(f"/?p={ids[a.path]}", a.path)
        a.aliases.append(f"/?p={ids[a.path]}")
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX 2024",
                                                        "Lien minh HTX tinh Dak Lak"]))
    site.trap("WordPress core's <link rel=shortlink href=/?p=N> on every post answers 301 to the post (an alias)",
              arts[0].path)

    def listing(path: str, title: str, items: list[Article]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            url = path if n == 1 else f"{path}page/{n}/"
            links = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                            f'<a class="page-numbers" href="{path if k == 1 else f"{path}page/{k}/"}">{k}</a>'
                            for k in range(1, len(pages) + 1))
            if n < len(pages):
                links += f'<a class="page-numbers next" href="{path}page/{n + 1}/">Trang sau »</a>'
            pager = f'<nav class="elementor-pagination" aria-label="Phân trang">{links}</nav>' if len(pages) > 1 else ""
            site.page(url, archive(title, chunk, pager, "archive category"), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", [a for a in arts if not a.opts.get("docs")])
    listing(DOCS, "Văn bản", [a for a in arts if a.opts.get("docs")])
    site.trap("listing /tin-tuc/ and /tin-tuc/page/2/ (Elementor posts widget: thumbnail, h3 title, 'dd/mm/yyyy', "
              "excerpt, 'Đọc thêm »'; 'Trang sau »'); /van-ban/ category: not articles", f"{NEWS}page/2/")

    home_body = section([column(66, [heading("Tin mới", "h2", "h-new"),
                                     posts_widget([a for a in arts if not a.opts.get("docs")][:4], "home", excerpt=True),
                                     widget("button", f'<a class="elementor-button" href="{NEWS}">Xem tất cả</a>', "all")],
                                "home-main"),
                         column(33, [heading("Văn bản mới", "h2", "h-docs"),
                                     posts_widget([a for a in arts if a.opts.get("docs")], "home-docs", thumbs=False),
                                     cta(), counters()], "home-side")], "home")
    site.page("/", layout("Trang chủ", home_body, "home page-template-elementor_header_footer"), content_type=HTML)

    about = ["Liên minh Hợp tác xã tỉnh Đắk Lắk là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp "
             "pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, được thành lập năm 1996.",
             "Liên minh có nhiệm vụ tuyên truyền chủ trương, chính sách về kinh tế tập thể; tư vấn, hỗ trợ thành lập "
             "hợp tác xã; đào tạo, bồi dưỡng cán bộ quản lý; xúc tiến thương mại và hỗ trợ tiếp cận vốn cho thành viên.",
             "Hiện nay Liên minh có Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển, Quỹ hỗ "
             "trợ phát triển hợp tác xã và Trung tâm Tư vấn, hỗ trợ hợp tác xã với 28 cán bộ, nhân viên."]
    about_body = section([column(100, [heading("Giới thiệu Liên minh HTX tỉnh Đắk Lắk", "h1", "about-title"),
                                       widget("image", f'<img src="{UP}tru-so-lmhtx.png" alt="">', "about-img"),
                                       widget("text-editor", "".join(f"<p>{esc(p)}</p>" for p in about), "about-text"),
                                       cta()], "about")], "about")
    site.page(ABOUT, layout("Giới thiệu", about_body, "page-template-elementor_header_footer page"), content_type=HTML)
    contact_body = section([column(50, [heading("Liên hệ", "h1", "c-title"), icon_list(CONTACT_ITEMS, "c-list")], "c1"),
                            column(50, [widget("form", '<form class="elementor-form" method="post"><input type="text" '
                                               'name="form_fields[name]" placeholder="Họ và tên"><input type="email" '
                                               'name="form_fields[email]" placeholder="Email"><textarea '
                                               'name="form_fields[message]" placeholder="Nội dung"></textarea><button '
                                               'type="submit" class="elementor-button">Gửi</button></form>', "form")],
                                   "c2")], "contact")
    site.page(CONTACT, layout("Liên hệ", contact_body, "page"), content_type=HTML)
    pics = [b for a in arts for b in a.blocks if b.kind == "img"]
    gallery_body = section([column(100, [heading("Thư viện ảnh", "h1", "g-title"),
                                         widget("gallery", '<div class="elementor-gallery__container">' + "".join(
                                             f'<a class="e-gallery-item" href="{img(b.src)}"><img src="{img(b.src)}" '
                                             f'alt=""><div class="elementor-gallery-item__title">{esc(b.text)}</div></a>'
                                             for b in pics) + "</div>", "gallery")], "g")], "gallery")
    site.page(GALLERY, layout("Thư viện ảnh", gallery_body, "page"), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body]
    site.page(SEARCH, archive("Kết quả tìm kiếm cho: ocop", found, "", "search search-results"), content_type=HTML)
    site.page(TAG, archive("Thẻ: OCOP", found, "", "archive tag"), content_type=HTML)
    for acc in ("lienminhhtx", "Văn phòng Liên minh", "Nguyễn Thị Hạnh"):
        mine = [a for a in arts if a.opts.get("account") == acc]
        url = f"/author/{account_slug(acc)}/"
        site.page(url, archive(f"Tác giả: {acc}", mine, "", "archive author"), content_type=HTML)
        site.non_articles.append(url)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY, SEARCH, TAG]
    site.trap("Elementor pages: /gioi-thieu/ (heading widget h1, image, three paragraphs, CTA; no date), /lien-he/ "
              "(form widget), /thu-vien-anh/ (gallery widget with titles), author archives /author/<login>/, tag "
              "archive /tag/ocop/, search /?s=ocop: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    return site
