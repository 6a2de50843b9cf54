"""Site `lmhtx-backan` (registry family `generic`): the Bắc Kạn alliance (before the province joined
Thái Nguyên in July 2025) on WordPress with the Flatsome theme and its UX Builder, the most common
commercial theme in Vietnam, written as a held-out test: no family module, no selectors.

Why it is hard: every part of every page is a `div.row > div.col > div.col-inner` grid (header,
sidebar, footer, the post's own text when an editor used UX Builder), so class names say little.
The post is `div.blog-single > article.post` with `h1.entry-title`, an `div.entry-divider` and
`div.entry-meta` "Đăng vào <time published>14/03/2024</time><time updated>18/03/2024</time> bởi
<a>account</a>": Flatsome prints the modified date right after the published one (CSS hides it),
so the visible string reads "14/03/202418/03/2024"; the time of day is only in the `datetime`
attributes. The meta's author is the WordPress account that posted ("admin", "Văn phòng
LMHTX", or a staff member's own account), the writer is the byline at the end of the text when
there is one. `div.entry-content.single-page` ends with Flatsome's `div.blog-share` (icons); under
the post a "Bài viết liên quan" flickity slider (`div.slider-wrapper > div.slider`) of cards with
image, title, excerpt and a day/month badge without the year. The sidebar holds WooCommerce
"Sản phẩm OCOP" product blocks with prices (`span.woocommerce-Price-amount`) linking to
`/san-pham/<slug>/` product pages (h1, price, description, "Thêm vào giỏ hàng"): not articles.
Listings `/tin-tuc/`, `/tin-tuc/page/2/` show the same day/month badges (no year).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2024, Article, SiteBuild, attr, esc, inline_html, iso, pdf, table_row, weekday

SITE = "lmhtx-backan"
NAME = "Liên minh Hợp tác xã tỉnh Bắc Kạn"
HTML = "text/html; charset=UTF-8"
NEWS = "/tin-tuc/"
DOCS = "/van-ban/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
SHOP = "/cua-hang/"
TAG = "/tag/ocop/"
SEARCH = "/?s=ocop"
PDF_PATH = "/wp-content/uploads/2024/04/KH-18-LMHTX-hoi-cho-OCOP-2024.pdf"
TODAY = f"{weekday(TODAY_2024)}, {TODAY_2024:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 79 năm Ngày Cách mạng tháng Tám và Quốc khánh 2/9",
           "Hợp tác xã - Sức mạnh của cộng đồng"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH BẮC KẠN",
          "Địa chỉ: Tổ 10, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn",
          "Điện thoại: 0209.3870.285 - Email: lienminhhtx@backan.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Hà Văn Thái - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 06/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bắc Kạn cấp ngày 15/5/2022",
          "Copyright 2024 © Liên minh HTX tỉnh Bắc Kạn | Thiết kế web bởi Bắc Kạn Web"]
SIDE = ["Bài viết mới", "Sản phẩm OCOP", "Thống kê truy cập", "Đang online: 9", "Hôm nay: 214",
        "Tổng lượt truy cập: 486.120", "Thời tiết Bắc Kạn", "Có mưa rào và dông rải rác", "Độ ẩm: 84%",
        "Liên kết website"]
PRODUCTS = [("mien-dong-na-ri-goi-500g", "Miến dong Na Rì gói 500g", "55.000", None),
            ("tra-shan-tuyet-bang-phuc-hop-200g", "Trà Shan tuyết Bằng Phúc hộp 200g", "180.000", "150.000"),
            ("gao-bao-thai-cho-don-tui-5kg", "Gạo Bao thai Chợ Đồn túi 5kg", "120.000", None),
            ("hong-khong-hat-ba-be-hop-2kg", "Hồng không hạt Ba Bể hộp 2kg", "90.000", "75.000")]
LABELS = ["Đăng vào", "Bài viết liên quan", "Danh mục:", "Thẻ:", "Giỏ hàng", "Để lại một bình luận",
          "Email của bạn sẽ không được hiển thị công khai.", "Gửi bình luận"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *LABELS, *(p[1] for p in PRODUCTS)]


def d(y, m, day, h=0, mi=0) -> datetime:
    return datetime(y, m, day, h, mi)


def dated(when: datetime) -> dict:
    return dict(published=iso(when), published_source="date-element", evidence=["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/htx-mien-dong-na-ri-mo-rong-vung-nguyen-lieu/",
          title="HTX miến dong Na Rì mở rộng vùng nguyên liệu lên 60 ha",
          date=d(2024, 3, 14, 8, 30),
          body="""
Vụ dong riềng năm 2024, HTX Nông nghiệp Côn Minh (huyện Na Rì) liên kết với 152 hộ dân ở ba xã Côn Minh, Quang Phong và Dương Sơn trồng 60 ha dong riềng, tăng gần gấp đôi so với năm trước.
HTX ký hợp đồng bao tiêu toàn bộ củ tươi với giá không thấp hơn 2.000 đồng/kg, đồng thời cung ứng giống và phân bón trả chậm cho các hộ liên kết.
[img dong-rieng-na-ri.png] Thành viên HTX Nông nghiệp Côn Minh chăm sóc ruộng dong riềng
Sản phẩm miến dong của HTX đã đạt chứng nhận OCOP 4 sao, được bày bán tại các siêu thị ở Hà Nội, Thái Nguyên và trên sàn thương mại điện tử.
Năm nay, HTX đầu tư thêm một dây chuyền sấy miến bằng nhiệt, giúp chủ động sản xuất cả trong những ngày mưa ẩm, nâng công suất lên 3 tấn miến thành phẩm mỗi ngày.
""",
          byline="Bài, ảnh: Nông Thị Huyền", author="Nông Thị Huyền", **dated(d(2024, 3, 14, 8, 30)),
          opts={"account": "admin", "updated": d(2024, 3, 18, 10, 5), "ux": True},
          notes=["the text is in UX Builder rows inside the content (div.row > div.col > div.col-inner > div.text, "
                 "a [ux_image] with its div.caption in the second column), the same grid as the sidebar and footer; "
                 "entry-meta 'Đăng vào 14/03/202418/03/2024 bởi admin' (published then updated <time>, the time "
                 "only in datetime=): 14/03 08:30; the account 'admin' is no author: byline 'Bài, ảnh: Nông Thị "
                 "Huyền' last (right-aligned): part of the text, the author"]),
        A(path="/anh-mua-cam-quyt-o-htx-quang-thuan/",
          title="Ảnh: Vào mùa thu hoạch cam quýt ở HTX Quang Thuận",
          date=d(2023, 11, 20, 16, 10),
          body="""
Những ngày này, các vườn cam quýt của thành viên HTX Nông nghiệp Quang Thuận (huyện Bạch Thông) bước vào vụ thu hoạch chính.
[img cam-quyt-1.png] Quýt chín vàng trên đồi của thành viên HTX tại thôn Nà Bản
[img cam-quyt-2.png] Thành viên HTX thu hái cam để kịp giao cho thương lái
[img cam-quyt-3.png] Cam được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế của HTX
[img cam-quyt-4.png] Du khách đến thăm vườn và mua cam quýt tại chỗ
""",
          byline="Ảnh: Hà Thu", author="Hà Thu", **dated(d(2023, 11, 20, 16, 10)),
          opts={"account": "bientap", "gallery": True},
          notes=["photo story: one paragraph, then a UX Builder gallery ([ux_gallery]: div.gallery-col cards, each "
                 "an a.image-lightbox and its caption in div.box-text > p): one line per caption; 'Ảnh: Hà Thu' last "
                 "(right-aligned): part of the text, the author; the meta account 'bientap' is no author"]),
        A(path="/ke-hoach-to-chuc-hoi-cho-san-pham-ocop-va-htx-nam-2024/",
          title="Kế hoạch tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Bắc Kạn năm 2024",
          date=d(2024, 4, 3, 14, 15),
          body="""
LIÊN MINH HTX TỈNH BẮC KẠN
Số: 18/KH-LMHTX
Bắc Kạn, ngày 02 tháng 4 năm 2024
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Bắc Kạn năm 2024
Căn cứ Chương trình công tác năm 2024 của Liên minh HTX tỉnh, Liên minh HTX tỉnh Bắc Kạn xây dựng Kế hoạch tổ chức Hội chợ sản phẩm OCOP và HTX năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, giới thiệu sản phẩm OCOP, sản phẩm đặc trưng của các HTX trong tỉnh; kết nối HTX với doanh nghiệp phân phối và người tiêu dùng.
II. THỜI GIAN, ĐỊA ĐIỂM
Hội chợ diễn ra từ ngày 15 đến ngày 19/5/2024 tại Quảng trường 19/8, thành phố Bắc Kạn, với quy mô 80 gian hàng.
III. TỔ CHỨC THỰC HIỆN
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/4/2024; Liên minh HTX tỉnh hỗ trợ 100% chi phí thuê gian hàng cho HTX có sản phẩm OCOP.
Nơi nhận: Các HTX trên địa bàn tỉnh; Lưu: VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Hoàng Thị Thu
""",
          author=None, doc_number="18/KH-LMHTX", **dated(d(2024, 4, 3, 14, 15)),
          attachments=[{"path": PDF_PATH, "text": "KH-18-LMHTX-hoi-cho-OCOP-2024.pdf"}],
          opts={"account": "Văn phòng LMHTX", "cat": "docs", "updated": d(2024, 4, 5, 9, 0)},
          notes=["official plan 'Số: 18/KH-LMHTX' dated 'Bắc Kạn, ngày 02 tháng 4 năm 2024', posted 03/04 14:15 "
                 "(entry-meta, then the updated 05/04 glued to it); the account 'Văn phòng LMHTX' (an office): "
                 "author null; signer last; the PDF behind a Flatsome a.button.primary 'Tải về văn bản' at the end "
                 "of the content: an attachment, not text"]),
        A(path="/lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2024/",
          title="Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024",
          date=d(2024, 1, 16, 9, 45),
          body="""
Ngày 15/1, Liên minh HTX tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, toàn tỉnh thành lập mới 28 HTX, nâng tổng số lên 386 HTX với hơn 5.600 thành viên; doanh thu bình quân một HTX đạt khoảng 1,2 tỷ đồng.
## Kết quả nổi bật năm 2023
Liên minh HTX tỉnh đã tư vấn, hỗ trợ 19 HTX xây dựng phương án sản xuất kinh doanh, giải ngân 6,5 tỷ đồng từ Quỹ hỗ trợ phát triển HTX cho 21 dự án.
## Nhiệm vụ trọng tâm năm 2024
* Tuyên truyền, hướng dẫn HTX chuyển đổi theo Luật Hợp tác xã năm 2023, có hiệu lực từ ngày 01/7/2024;
* Hỗ trợ ít nhất 15 HTX tham gia Chương trình OCOP và các sàn thương mại điện tử;
* Nâng cao hiệu quả hoạt động của Quỹ hỗ trợ phát triển HTX, bảo đảm thu hồi vốn đúng hạn.
Dịp này, 12 tập thể và 20 cá nhân được Liên minh HTX tỉnh tặng Bằng khen vì thành tích xuất sắc năm 2023.
""",
          author="Hoàng Lan", **dated(d(2024, 1, 16, 9, 45)),
          opts={"account": "Hoàng Lan", "updated": d(2024, 1, 16, 11, 20)},
          notes=["no byline in the text: the entry-meta author is the staff member's own account 'Hoàng Lan' (a "
                 "person), the author; two <h3> headings and a list"]),
        A(path="/htx-che-bang-phuc-dua-san-pham-len-san-thuong-mai-dien-tu/",
          title="HTX chè Bằng Phúc đưa sản phẩm lên sàn thương mại điện tử",
          date=d(2024, 2, 22, 15, 0),
          body="""
HTX Chè Shan tuyết Bằng Phúc (huyện Chợ Đồn) vừa mở gian hàng trên hai sàn thương mại điện tử lớn, sau khi được Liên minh HTX tỉnh hỗ trợ chụp ảnh, viết mô tả và đăng ký tài khoản.
Chỉ sau một tháng, HTX đã bán được gần 400 hộp chè Shan tuyết, chủ yếu cho khách ở Hà Nội và Thành phố Hồ Chí Minh.
[img che-bang-phuc.png] Thành viên HTX đóng gói chè Shan tuyết giao cho khách đặt hàng trực tuyến
Bà Hà Thị Liễu, Giám đốc HTX, cho biết HTX đang bố trí một thành viên trẻ chuyên trả lời khách hàng và livestream giới thiệu sản phẩm vào buổi tối.
Nguồn: Báo Bắc Kạn
""",
          author=None, **dated(d(2024, 2, 22, 15, 0)),
          opts={"account": "lmhtxbackan"},
          notes=["the text ends with 'Nguồn: Báo Bắc Kạn' (right-aligned): part of the text, a source; the meta "
                 "account 'lmhtxbackan' is the site's: author null"]),
        A(path="/bac-kan-co-them-8-san-pham-ocop-cua-htx/",
          title="Bắc Kạn có thêm 8 sản phẩm OCOP của HTX",
          date=d(2023, 12, 28, 10, 20),
          body="""
UBND tỉnh Bắc Kạn vừa ban hành quyết định công nhận 23 sản phẩm đạt chuẩn OCOP năm 2023, trong đó 8 sản phẩm của các HTX.
| STT | Sản phẩm | Chủ thể | Hạng sao |
| 1 | Miến dong Côn Minh | HTX Nông nghiệp Côn Minh | 4 sao |
| 2 | Gạo Bao thai Chợ Đồn | HTX Nông nghiệp Phương Viên | 3 sao |
| 3 | Trà hoa vàng Ba Bể | HTX Dịch vụ Nông nghiệp Nam Mẫu | 3 sao |
| 4 | Mật ong rừng Pác Nặm | HTX Nông lâm nghiệp Bộc Bố | 3 sao |
Các HTX có sản phẩm OCOP được hỗ trợ thiết kế bao bì, tem nhãn và tham gia các hội chợ xúc tiến thương mại trong và ngoài tỉnh.
""",
          byline="Triệu Văn Đức", author="Triệu Văn Đức", **dated(d(2023, 12, 28, 10, 20)),
          opts={"account": "admin", "table": True},
          notes=["a data table (figure.wp-block-table with <thead>): one line per row, cells between ' | '; byline "
                 "'Triệu Văn Đức' last: part of the text, the author; the account 'admin' is no author"]),
        A(path="/htx-du-lich-nam-mau-don-khach-ve-ho-ba-be/",
          title="HTX du lịch Nam Mẫu đón khách về hồ Ba Bể dịp đầu năm",
          date=d(2024, 2, 15, 7, 50),
          body="""
Dịp đầu xuân Giáp Thìn, HTX Dịch vụ Du lịch Nam Mẫu (huyện Ba Bể) đón hơn 1.200 lượt khách đến lưu trú tại các nhà nghỉ cộng đồng ven hồ Ba Bể.
HTX có 24 thành viên là các hộ đồng bào Tày ở bản Pác Ngòi và Bó Lù, cung cấp dịch vụ homestay, thuyền tham quan hồ và ẩm thực địa phương.
[img nam-mau-homestay.png] Nhà sàn đón khách của thành viên HTX tại bản Pác Ngòi
Theo Giám đốc HTX, doanh thu từ du lịch dịp Tết tăng khoảng 30% so với năm trước; HTX đang phối hợp với Vườn quốc gia Ba Bể mở thêm tuyến chèo thuyền kayak.
""",
          byline="Bài, ảnh: Ma Văn Tuấn", author="Ma Văn Tuấn", **dated(d(2024, 2, 15, 7, 50)),
          opts={"account": "Hoàng Lan", "updated": d(2024, 2, 20, 8, 0)},
          notes=["the entry-meta account is a person ('Hoàng Lan', who posted it) but the text ends with the writer's "
                 "byline 'Bài, ảnh: Ma Văn Tuấn' (right-aligned): part of the text, author Ma Văn Tuấn"]),
        A(path="/tap-huan-luat-hop-tac-xa-2023-cho-can-bo-htx/",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX",
          date=d(2024, 5, 9, 8, 0),
          body="""
Từ ngày 7 đến 8/5, Liên minh HTX tỉnh tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho 70 cán bộ quản lý HTX của các huyện Pác Nặm, Ba Bể và Ngân Sơn.
Học viên được giới thiệu những điểm mới của Luật về thành viên liên kết không chính thức, phân phối thu nhập, tài sản không chia và mô hình tổ chức quản trị.
[img tap-huan-luat-2024.png] Quang cảnh lớp tập huấn tại huyện Ba Bể
Các HTX được hướng dẫn rà soát, sửa đổi điều lệ để hoàn thành trước ngày 01/7/2025 theo quy định chuyển tiếp của Luật.
""",
          byline="Đức Anh", author="Đức Anh", **dated(d(2024, 5, 9, 8, 0)),
          opts={"account": "admin", "updated": d(2024, 5, 10, 16, 40)}),
        A(path="/htx-gao-bao-thai-phuong-vien-lien-ket-tieu-thu/",
          title="HTX Phương Viên liên kết tiêu thụ gạo Bao thai",
          date=d(2023, 10, 5, 9, 10),
          body="""
HTX Nông nghiệp Phương Viên (huyện Chợ Đồn) ký hợp đồng liên kết tiêu thụ 150 tấn gạo Bao thai với một doanh nghiệp phân phối nông sản ở Hà Nội.
HTX tổ chức cho 86 hộ thành viên gieo cấy theo cùng một quy trình, dùng phân hữu cơ vi sinh và thu hoạch tập trung để giữ chất lượng hạt gạo.
[img gao-bao-thai.png] Thành viên HTX Phương Viên thu hoạch lúa Bao thai
Giá gạo bán theo hợp đồng ổn định ở mức 22.000 đồng/kg, cao hơn bán lẻ ở chợ khoảng 3.000 đồng/kg.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **dated(d(2023, 10, 5, 9, 10)),
          opts={"account": "admin"},
          notes=["oldest post: only on /tin-tuc/page/2/ (and the previous post's navigation); byline 'Hồng Nhung' last "
                 "(right-aligned): part of the text, the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/wp-content/uploads/2024/03/{src}"


def badge(when: datetime) -> str:
    return (f'<div class="badge absolute top post-date badge-outline"><div class="badge-inner">'
            f'<span class="post-date-day">{when:%d}</span><br><span class="post-date-month is-xsmall">'
            f'Th{when.month}</span></div></div>')


def post_card(a: Article, cls: str = "col post-item", words: int = 22) -> str:
    pic = a.first_image() or "no-image.png"
    return (f'<div class="{cls}"><div class="col-inner"><a href="{a.path}" class="plain">'
            '<div class="box box-text-bottom box-blog-post has-hover"><div class="box-image">'
            f'<div class="image-cover" style="padding-top:56%;"><img width="300" height="200" src="{img(pic)}" '
            f'class="attachment-medium size-medium wp-post-image" alt=""></div></div>'
            '<div class="box-text text-left"><div class="box-text-inner blog-post-inner">'
            f'<h5 class="post-title is-large ">{esc(a.title)}</h5><div class="is-divider"></div>'
            f'<p class="from_the_blog_excerpt ">{esc(" ".join(a.summary().split()[:words]))} [...]</p>'
            f'</div></div>{badge(a.date)}</div></a></div></div>')


def body_html(a: Article) -> str:
    out = []
    blocks = a.blocks
    if a.opts.get("ux"):
        # UX Builder: the first two paragraphs and the photo side by side, then a full-width row
        first = [b for b in blocks[:2] if b.kind == "p"]
        pic = next(b for b in blocks if b.kind == "img")
        rest = [b for b in blocks[2:] if b is not pic]
        out.append('<div class="row row-large" id="row-1288467531"><div id="col-552941386" class="col medium-7 '
                   'small-12 large-7"><div class="col-inner"><div id="text-3164017890" class="text">'
                   + "".join(f"<p>{inline_html(b.text)}</p>" for b in first)
                   + '</div></div></div><div id="col-1745092611" class="col medium-5 small-12 large-5"><div '
                   'class="col-inner"><div class="img has-hover x md-x lg-x y md-y lg-y" id="image_1840123">'
                   f'<div class="img-inner dark"><img width="800" height="533" src="{img(pic.src)}" '
                   'class="attachment-large size-large" alt=""></div>'
                   f'<div class="caption">{inline_html(pic.text)}</div></div></div></div></div>')
        out.append('<div class="row" id="row-935027114"><div id="col-1301227459" class="col small-12 large-12">'
                   '<div class="col-inner"><div id="text-2897415220" class="text">'
                   + "".join(f"<p>{inline_html(b.text)}</p>" for b in rest)
                   + (f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>' if a.byline else "")
                   + '</div></div></div></div>')
        return "".join(out)
    if a.opts.get("gallery"):
        intro = [b for b in blocks if b.kind == "p"]
        pics = [b for b in blocks if b.kind == "img"]
        out += [f"<p>{inline_html(b.text)}</p>" for b in intro]
        cells = "".join(
            '<div class="gallery-col col"><div class="col-inner">'
            f'<a class="image-lightbox lightbox-gallery" href="{img(b.src)}" title="{attr(b.text)}">'
            '<div class="box has-hover gallery-box box-overlay dark"><div class="box-image">'
            f'<img width="800" height="533" src="{img(b.src)}" class="attachment-large size-large" alt=""></div>'
            f'<div class="box-text text-left"><p>{inline_html(b.text)}</p></div></div></a></div></div>'
            for b in pics)
        out.append(f'<div class="row large-columns-2 medium-columns- small-columns-1 row-small">{cells}</div>')
        out.append(f'<p style="text-align: right;"><em>{esc(a.byline)}</em></p>')
        return "".join(out)
    rows: list[str] = []
    for b in blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append(b.text)
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<figure class="wp-block-image size-large"><img decoding="async" width="800" height="533" '
                       f'src="{img(b.src)}" alt=""><figcaption class="wp-element-caption">{inline_html(b.text)}'
                       '</figcaption></figure>')
    if rows:
        out.append(table(rows))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    elif a.author is None and not a.doc_number and "Nguồn:" in a.body:
        last = out.pop()
        out.append(last.replace("<p>", '<p style="text-align: right;"><em>', 1).replace("</p>", "</em></p>"))
    return "".join(out)


def table(rows: list[str]) -> str:
    cells = [r.strip("| ").split(" | ") for r in rows]
    head = "\n".join(f"<th>{esc(c)}</th>" for c in cells[0])
    body = "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in cells[1:])
    return (f'<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></figure>")


def doc_html(a: Article) -> str:
    lines = [b.text for b in a.blocks]
    top = (f'<table class="doc-head" style="width:100%"><tbody><tr><td style="text-align:center"><p><strong>'
           f'{esc(lines[0])}</strong></p><p>{esc(lines[1])}</p></td><td style="text-align:center"><p><em>'
           f'{esc(lines[2])}</em></p></td></tr></tbody></table>')
    mid = "".join(f'<p style="text-align: center;"><strong>{esc(x)}</strong></p>' for x in lines[3:5])
    rest = "".join(f"<p><strong>{esc(x)}</strong></p>" if x[:2] in ("I.", "II", "III") else f"<p>{esc(x)}</p>"
                   for x in lines[5:-1])
    sign = f'<p style="text-align: right;"><strong>{esc(lines[-1])}</strong></p>'
    btn = (f'<a href="{PDF_PATH}" target="_blank" class="button primary is-small lowercase" rel="noopener">'
           '<i class="icon-angle-down"></i><span>Tải về văn bản</span></a>')
    return top + mid + rest + sign + btn


def share() -> str:
    icons = "".join(f'<a href="javascript:void(0)" data-label="{n}" class="icon button circle is-outline tooltip '
                    f'{c}" title="Chia sẻ trên {n}" aria-label="Chia sẻ trên {n}"><i class="icon-{c}"></i></a>'
                    for n, c in [("Facebook", "facebook"), ("Twitter", "twitter"), ("Email", "envelop"),
                                 ("Pinterest", "pinterest"), ("Zalo", "zalo")])
    return ('<div class="blog-share text-center"><div class="is-divider medium"></div>'
            f'<div class="social-icons share-icons share-row relative">{icons}</div></div>')


def meta(a: Article) -> str:
    up = a.opts.get("updated") or a.date
    account = a.opts["account"]
    login = {"Hoàng Lan": "hoanglan", "Văn phòng LMHTX": "vanphong"}.get(account, account)
    return ('<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Đăng vào '
            f'<a href="{a.path}" rel="bookmark"><time class="entry-date published" datetime="{a.date:%Y-%m-%dT%H:%M:%S}'
            f'+07:00">{a.date:%d/%m/%Y}</time><time class="updated" datetime="{up:%Y-%m-%dT%H:%M:%S}+07:00">'
            f'{up:%d/%m/%Y}</time></a></span> <span class="byline">bởi <span class="meta-author vcard">'
            f'<a class="url fn n" href="/author/{login}/">{esc(account)}</a></span></span></div>')


def single(a: Article, related: list[Article], prev: Article | None, nxt: Article | None) -> str:
    cat = ("Văn bản", DOCS) if a.opts.get("cat") == "docs" else ("Tin tức", NEWS)
    content = doc_html(a) if a.doc_number else body_html(a)
    slides = "".join(post_card(r, "col post-item", 14) for r in related)
    nav = ('<nav role="navigation" id="nav-below" class="navigation-post"><div class="flex-row next-prev-nav '
           'bt bb"><div class="flex-col flex-grow nav-prev text-left">'
           + (f'<div class="nav-previous"><a href="{prev.path}" rel="prev"><span class="hide-for-small">'
              f'<i class="icon-angle-left"></i></span> {esc(prev.title)}</a></div>' if prev else "")
           + '</div><div class="flex-col flex-grow nav-next text-right">'
           + (f'<div class="nav-next"><a href="{nxt.path}" rel="next">{esc(nxt.title)} <span class="hide-for-small">'
              '<i class="icon-angle-right"></i></span></a></div>' if nxt else "")
           + "</div></div></nav>")
    return f"""<div id="content" class="blog-wrapper blog-single page-wrapper">
<div class="row row-large row-divided ">
<div class="large-9 col">
<article id="post-{int(hashlib.md5(a.path.encode()).hexdigest()[:4], 16)}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-{cat[1].strip('/')}">
<div class="article-inner ">
<header class="entry-header"><div class="entry-header-text entry-header-text-top text-left">
<h6 class="entry-category is-xsmall"><a href="{cat[1]}" rel="category tag">{cat[0]}</a></h6>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-divider is-divider small"></div>
{meta(a)}
</div></header>
<div class="entry-content single-page">
{content}
{share()}
</div>
<footer class="entry-meta text-left">Danh mục: <a href="{cat[1]}" rel="category tag">{cat[0]}</a>. Thẻ: <a href="{TAG}" rel="tag">OCOP</a>.</footer>
</div>
</article>
<div class="related-posts-wrapper"><h3 class="section-title section-title-normal"><b></b><span class="section-title-main">Bài viết liên quan</span><b></b></h3>
<div class="slider-wrapper relative" id="slider-728310"><div class="slider slider-nav-circle slider-nav-large slider-nav-light slider-style-normal row large-columns-3 medium-columns-2 small-columns-1 row-slider" data-flickity-options='{{"cellAlign": "left", "imagesLoaded": true, "groupCells": "100%", "wrapAround": true, "pageDots": false, "prevNextButtons": true, "autoPlay": 6000}}'>{slides}</div>
<div class="loading-spin dark large centered"></div></div></div>
{nav}
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="javascript:void(0)" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><textarea id="comment" name="comment"></textarea><button name="submit" type="submit" id="submit" class="submit">Gửi bình luận</button></form></div></div>
</div>
<div class="post-sidebar large-3 col">{{SIDEBAR}}</div>
</div></div>"""


def sidebar(recent: list[Article]) -> str:
    rec = "".join(f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half">'
                  f'<div class="flex-col mr-half"><div class="badge post-date badge-small badge-outline"><div '
                  f'class="badge-inner bg-fill"><span class="post-date-day">{a.date:%d}</span><br><span '
                  f'class="post-date-month is-xsmall">Th{a.date.month}</span></div></div></div><div class="flex-col '
                  f'flex-grow"><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></div></div></li>'
                  for a in recent)
    prods = ""
    for slug, name, price, sale in PRODUCTS:
        amount = (f'<span class="woocommerce-Price-amount amount"><bdi>{{}}&nbsp;<span '
                  'class="woocommerce-Price-currencySymbol">&#8363;</span></bdi></span>')
        cost = (f"<del>{amount.format(price)}</del> <ins>{amount.format(sale)}</ins>" if sale else amount.format(price))
        prods += (f'<li><a href="/san-pham/{slug}/"><img width="100" height="100" src="/wp-content/uploads/2024/02/'
                  f'{slug}.png" class="attachment-woocommerce_gallery_thumbnail" alt=""><span class="product-title">'
                  f'{esc(name)}</span></a>{cost}</li>')
    return (f'<aside id="search-2" class="widget widget_search"><form method="get" class="searchform" action="/" '
            f'role="search"><div class="flex-row relative"><div class="flex-col flex-grow"><input type="search" '
            f'class="search-field mb-0" name="s" value="" placeholder="Tìm kiếm…"></div></div></form></aside>'
            f'<aside id="flatsome_recent_posts-2" class="widget flatsome_recent_posts"><span class="widget-title">'
            f'<span>{SIDE[0]}</span></span><div class="is-divider small"></div><ul>{rec}</ul></aside>'
            f'<aside id="woocommerce_products-2" class="widget woocommerce widget_products"><span class="widget-title">'
            f'<span>{SIDE[1]}</span></span><div class="is-divider small"></div><ul class="product_list_widget">'
            f'{prods}</ul></aside>'
            f'<aside id="custom_html-3" class="widget_text widget widget_custom_html"><span class="widget-title">'
            f'<span>{SIDE[6]}</span></span><div class="textwidget custom-html-widget"><p>24°C</p><p>{SIDE[7]}</p>'
            f'<p>{SIDE[8]}</p></div></aside>'
            f'<aside id="custom_html-4" class="widget_text widget widget_custom_html"><span class="widget-title">'
            f'<span>{SIDE[2]}</span></span><div class="textwidget custom-html-widget"><ul><li>{SIDE[3]}</li>'
            f'<li>{SIDE[4]}</li><li>{SIDE[5]}</li></ul></div></aside>'
            f'<aside id="nav_menu-2" class="widget widget_nav_menu"><span class="widget-title"><span>{SIDE[9]}</span>'
            '</span><ul class="menu"><li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam'
            '</a></li><li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul>'
            '</aside>')


def layout(title: str, main: str, recent: list[Article], *, body_class: str, head: str = "") -> str:
    menu = "".join(f'<li class="menu-item menu-item-type-custom"><a href="{h}" class="nav-top-link">{t}</a></li>'
                   for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                                (SHOP, "Sản phẩm OCOP"), (CONTACT, "Liên hệ")])
    main = main.replace("{SIDEBAR}", sidebar(recent))
    return f"""<!DOCTYPE html>
<html lang="vi" class="loading-site no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Liên minh HTX tỉnh Bắc Kạn</title>
<link rel="stylesheet" href="/wp-content/themes/flatsome/assets/css/flatsome.css">
<link rel="stylesheet" href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css">{head}
<meta name="generator" content="WordPress 6.4.3">
<meta name="generator" content="WooCommerce 8.6.1">
</head>
<body class="{body_class} theme-flatsome woocommerce-no-js lightbox nav-dropdown-has-arrow">
<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<div id="wrapper">
<header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">
<div id="top-bar" class="header-top hide-for-sticky nav-dark"><div class="flex-row container">
<div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small nav-divided"><li class="html custom html_topbar_left">{TODAY}</li></ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="nav top-bar-nav nav-right nav-small nav-divided"><li class="html custom html_topbar_right"><marquee>{SLOGANS[0]}</marquee></li></ul></div>
</div></div>
<div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
<div id="logo" class="flex-col logo"><a href="/" title="{NAME}" rel="home"><img width="400" height="90" src="/wp-content/uploads/2022/06/logo-lmhtx-backan.png" class="header_logo header-logo" alt="{NAME}"></a></div>
<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left nav-uppercase">{menu}</ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="header-nav header-nav-main nav nav-right nav-uppercase">
<li class="cart-item has-icon has-dropdown"><a href="{SHOP}" title="Giỏ hàng" class="header-cart-link is-small"><span class="header-cart-title">Giỏ hàng / <span class="cart-price"><span class="woocommerce-Price-amount amount"><bdi>0&nbsp;<span class="woocommerce-Price-currencySymbol">&#8363;</span></bdi></span></span></span></a></li></ul></div>
</div></div>
<div id="wide-nav" class="header-bottom wide-nav nav-dark"><div class="flex-row container"><div class="flex-col flex-center"><p class="slogan">{SLOGANS[1]}</p></div></div></div>
</div></header>
<main id="main" class="">
{main}
</main>
<footer id="footer" class="footer-wrapper">
<div class="footer-widgets footer footer-1"><div class="large-columns-2 mb-0 row dark">
<div id="text-5" class="col pb-0 widget widget_text"><div class="textwidget"><p><strong>{FOOTER[0]}</strong></p><p>{FOOTER[1]}</p><p>{FOOTER[2]}</p></div></div>
<div id="text-6" class="col pb-0 widget widget_text"><div class="textwidget"><p>{FOOTER[3]}</p><p>{FOOTER[4]}</p></div></div>
</div></div>
<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">{FOOTER[5]}</div></div></div></div>
<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Lên đầu trang"><i class="icon-angle-up"></i></a>
</footer>
</div>
<script src="/wp-content/themes/flatsome/assets/js/flatsome.js"></script>
</body>
</html>
"""


def listing_cards(items: list[Article]) -> str:
    return ('<div class="row large-columns-2 medium-columns- small-columns-1">'
            + "".join(post_card(a, "col post-item", 30) for a in items) + "</div>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-kan", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.opts.get("cat") != "docs"]
    docs = [a for a in arts if a.opts.get("cat") == "docs"]
    recent = arts[:5]
    for i, a in enumerate(arts):
        pool = [o for o in arts if o is not a]
        related = pool[:4]
        prev = arts[i + 1] if i + 1 < len(arts) else None
        nxt = arts[i - 1] if i > 0 else None
        head = (f'\n<link rel="canonical" href="{a.path}">\n<meta property="og:type" content="article">'
                f'\n<meta property="og:title" content="{attr(a.title)}">'
                f'\n<link rel="shortlink" href="{a.path}">')
        site.page(a.path, layout(a.title, single(a, related, prev, nxt), recent, head=head,
                                 body_class="post-template-default single single-post single-format-standard"),
                  content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 18/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM OCOP VA HTX 2024",
                                                         "Lien minh HTX tinh Bac Kan"]))
    site.trap("under every post a 'Bài viết liên quan' flickity slider (div.slider-wrapper > div.slider.row-slider "
              "with data-flickity-options; four div.col.post-item cards: image, h5.post-title, excerpt, a day/month "
              "badge 'Th3' without the year) and a comment form: not the post's text", arts[0].path)
    site.trap("sidebar: WooCommerce 'Sản phẩm OCOP' (ul.product_list_widget: product names, del/ins prices in "
              "span.woocommerce-Price-amount with ₫), Flatsome recent posts with day/month badges, weather, counter; "
              "header: today's date in the top bar, a marquee slogan, 'Giỏ hàng / 0 ₫'", arts[1].path)

    def category(path: str, name: str, items: list[Article], per: int) -> None:
        pages = [items[i:i + per] for i in range(0, len(items), per)]
        for n, chunk in enumerate(pages, 1):
            url = path if n == 1 else f"{path}page/{n}/"
            nums = "".join(f'<li><span aria-current="page" class="page-number current">{k}</span></li>' if k == n else
                           f'<li><a class="page-number" href="{path if k == 1 else f"{path}page/{k}/"}">{k}</a></li>'
                           for k in range(1, len(pages) + 1))
            if n < len(pages):
                nums += (f'<li><a class="next page-number" href="{path}page/{n + 1}/" aria-label="Trang sau">'
                         '<i class="icon-angle-right"></i></a></li>')
            if n > 1:
                nums = (f'<li><a class="prev page-number" href="{path if n == 2 else f"{path}page/{n - 1}/"}" '
                        'aria-label="Trang trước"><i class="icon-angle-left"></i></a></li>') + nums
            main = (f'<header class="archive-page-header"><div class="row"><div class="large-12 text-center col">'
                    f'<h1 class="page-title is-large uppercase">Danh mục: <span>{name}</span></h1></div></div></header>'
                    f'<div class="row align-center"><div class="large-10 col">{listing_cards(chunk)}'
                    f'<div class="container"><nav class="woocommerce-pagination"><ul class="page-numbers nav-pagination '
                    f'links text-center">{nums}</ul></nav></div></div></div>')
            main = f'<div id="content" class="blog-wrapper blog-archive page-wrapper">{main}</div>'
            site.page(url, layout(name if n == 1 else f"{name} &#8211; Trang {n}", main, recent,
                                  body_class="archive category"), content_type=HTML)
            site.non_articles.append(url)

    category(NEWS, "Tin tức", news, 6)
    category(DOCS, "Văn bản", docs, 6)
    site.trap("listing /tin-tuc/ and /tin-tuc/page/2/ (Flatsome blog archive: cards with image, h5 title, "
              "excerpt and a day/month badge without the year; page numbers and an arrow 'next'); page 2 holds "
              "the oldest posts", NEWS + "page/2/")

    # home: a UX Builder page of sections, rows and columns
    banner = "".join(f'<div class="col medium-4 small-12 large-4"><div class="col-inner">{post_card(a, "post-item")}'
                     '</div></div>' for a in arts[:3])
    home = ('<div id="content" role="main" class="content-area"><section class="section" id="section_1">'
            f'<div class="section-content relative"><div class="row" id="row-1">{banner}</div>'
            '<div class="row" id="row-2"><div class="col small-12 large-12"><div class="col-inner">'
            '<div class="container section-title-container"><h2 class="section-title section-title-bold-center">'
            f'<b></b><span class="section-title-main">Tin tức - Sự kiện</span><b></b></h2></div>'
            f'{listing_cards(news[:6])}<a href="{NEWS}" class="button primary is-outline"><span>Xem tất cả</span></a>'
            '</div></div></div></div></section></div>')
    site.page("/", layout("Trang chủ", home, recent, body_class="home page-template page-template-page-blank"),
              content_type=HTML)

    # WooCommerce: the shop and the product pages
    for slug, name, price, sale in PRODUCTS:
        shown = sale or price
        main = ('<div class="shop-container"><div id="product-12" class="product type-product status-publish '
                'instock product_cat-ocop has-post-thumbnail shipping-taxable purchasable product-type-simple">'
                '<div class="product-container"><div class="product-main"><div class="row content-row mb-0">'
                '<div class="product-gallery large-6 col"><div class="woocommerce-product-gallery__image">'
                f'<img width="600" height="600" src="/wp-content/uploads/2024/02/{slug}.png" class="wp-post-image" '
                f'alt=""></div></div><div class="product-info summary col-fit col entry-summary product-summary">'
                f'<h1 class="product-title product_title entry-title">{esc(name)}</h1>'
                '<div class="is-divider small"></div><div class="price-wrapper"><p class="price product-page-price">'
                f'<span class="woocommerce-Price-amount amount"><bdi>{shown}&nbsp;<span '
                'class="woocommerce-Price-currencySymbol">&#8363;</span></bdi></span></p></div>'
                '<div class="product-short-description"><p>Sản phẩm OCOP của HTX trên địa bàn tỉnh Bắc Kạn, được '
                'sản xuất theo quy trình truyền thống, có tem truy xuất nguồn gốc và đóng gói tại cơ sở của HTX. '
                'Giao hàng toàn quốc, thanh toán khi nhận hàng.</p></div>'
                '<form class="cart" action="javascript:void(0)" method="post"><div class="quantity buttons_added">'
                '<input type="number" class="input-text qty text" name="quantity" value="1"></div>'
                '<button type="submit" name="add-to-cart" class="single_add_to_cart_button button alt">Thêm vào giỏ '
                'hàng</button></form><div class="product_meta"><span class="posted_in">Danh mục: <a href="'
                f'{SHOP}">Sản phẩm OCOP</a></span></div></div></div></div>'
                '<div class="product-footer"><div class="woocommerce-tabs wc-tabs-wrapper container tabbed-content">'
                '<ul class="tabs wc-tabs product-tabs small-nav-collapse nav nav-uppercase nav-line nav-left">'
                '<li class="description_tab active"><a href="#tab-description">Mô tả</a></li></ul>'
                '<div class="tab-panels"><div class="woocommerce-Tabs-panel panel entry-content active" '
                f'id="tab-description"><p>{esc(name)} là sản phẩm đặc trưng của vùng núi Bắc Kạn, được chứng nhận '
                'OCOP cấp tỉnh. Sản phẩm được HTX tuyển chọn nguyên liệu từ vùng trồng của thành viên, chế biến '
                'thủ công kết hợp máy móc hiện đại, không sử dụng chất bảo quản.</p><p>Hướng dẫn bảo quản: để '
                'nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp; dùng hết trong vòng 12 tháng kể từ ngày sản '
                'xuất in trên bao bì.</p></div></div></div></div></div></div></div>')
        path = f"/san-pham/{slug}/"
        site.page(path, layout(name, main, recent, body_class="product-template-default single single-product "
                                                               "woocommerce woocommerce-page"), content_type=HTML)
        site.non_articles.append(path)
    shop = ('<div class="shop-container"><h1 class="shop-page-title page-title">Sản phẩm OCOP</h1>'
            '<div class="products row row-small large-columns-4 medium-columns-3 small-columns-2">'
            + "".join(f'<div class="product-small col has-hover product type-product"><div class="col-inner">'
                      f'<div class="box-image"><a href="/san-pham/{s}/"><img src="/wp-content/uploads/2024/02/{s}.png" '
                      f'alt=""></a></div><div class="box-text box-text-products"><p class="name product-title '
                      f'woocommerce-loop-product__title"><a href="/san-pham/{s}/">{esc(n)}</a></p><span class="price">'
                      f'<span class="woocommerce-Price-amount amount"><bdi>{sale or p}&nbsp;<span '
                      'class="woocommerce-Price-currencySymbol">&#8363;</span></bdi></span></span></div></div></div>'
                      for s, n, p, sale in PRODUCTS) + "</div></div>")
    site.page(SHOP, layout("Sản phẩm OCOP", shop, recent, body_class="archive post-type-archive-product woocommerce"),
              content_type=HTML)
    site.trap("WooCommerce product pages /san-pham/<slug>/ (h1.product-title, a price, a short description and a "
              "'Mô tả' tab of two paragraphs, 'Thêm vào giỏ hàng'), linked from every sidebar, and the shop "
              f"{SHOP}: not articles", f"/san-pham/{PRODUCTS[0][0]}/")

    about = ('<div id="content" class="content-area page-wrapper" role="main"><div class="row row-main"><div '
             'class="large-12 col"><div class="col-inner"><header class="entry-header"><h1 class="entry-title mb '
             'uppercase">Giới thiệu</h1></header><div class="entry-content">'
             '<p>Liên minh Hợp tác xã tỉnh Bắc Kạn là tổ chức kinh tế - xã hội, đại diện và hỗ trợ các hợp tác xã, '
             'liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, được thành lập năm 1997 sau khi tái lập tỉnh.</p>'
             '<p>Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập '
             'hợp tác xã; đào tạo, bồi dưỡng cán bộ; hỗ trợ tiếp cận vốn, xúc tiến thương mại và đưa sản phẩm OCOP '
             'của hợp tác xã đến với người tiêu dùng.</p>'
             '<p>Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Hỗ trợ phát triển hợp tác xã và '
             'Quỹ hỗ trợ phát triển hợp tác xã tỉnh Bắc Kạn.</p></div></div></div></div></div>')
    contact = ('<div id="content" class="content-area page-wrapper" role="main"><div class="row row-main"><div '
               'class="large-12 col"><div class="col-inner"><h1 class="entry-title">Liên hệ</h1>'
               '<div class="wpcf7"><form action="javascript:void(0)" class="wpcf7-form"><p>Họ và tên<br><input '
               'name="your-name"></p><p>Nội dung<br><textarea name="your-message"></textarea></p><p><input '
               'type="submit" value="Gửi đi"></p></form></div></div></div></div></div>')
    site.page(ABOUT, layout("Giới thiệu", about, recent, body_class="page-template-default page"), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", contact, recent, body_class="page-template-default page"), content_type=HTML)
    tagged = [a for a in arts if "OCOP" in a.body][:4]
    for path, title in [(TAG, "Thẻ: OCOP"), (SEARCH, "Kết quả tìm kiếm cho: ocop")]:
        main = (f'<div id="content" class="blog-wrapper blog-archive page-wrapper"><header class="archive-page-header">'
                f'<h1 class="page-title is-large uppercase">{title}</h1></header>{listing_cards(tagged)}</div>')
        site.page(path, layout(title, main, recent, body_class="archive tag search"), content_type=HTML)
    authors = sorted({({"Hoàng Lan": "hoanglan", "Văn phòng LMHTX": "vanphong"}.get(a.opts["account"],
                                                                                   a.opts["account"]),
                       a.opts["account"]) for a in arts})
    for login, shown in authors:
        mine = [a for a in arts if a.opts["account"] == shown]
        main = (f'<div id="content" class="blog-wrapper blog-archive page-wrapper"><header class="archive-page-header">'
                f'<h1 class="page-title is-large uppercase">Tác giả: <span class="vcard">{esc(shown)}</span></h1>'
                f'</header>{listing_cards(mine)}</div>')
        site.page(f"/author/{login}/", layout(f"{shown}, Tác giả", main, recent, body_class="archive author"),
                  content_type=HTML)
        site.non_articles.append(f"/author/{login}/")
    site.trap("author archives /author/<login>/ (the WordPress accounts 'admin', 'bientap', 'hoanglan'…), tag "
              "archive /tag/ocop/, search /?s=ocop, pages /gioi-thieu/ (three paragraphs, no date) and /lien-he/ "
              "(Contact Form 7): not articles", ABOUT)
    site.non_articles += ["/", SHOP, ABOUT, CONTACT, TAG, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
                               "Disallow: /gio-hang/\nDisallow: /thanh-toan/\n")
    return site
