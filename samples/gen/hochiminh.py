"""Site `lmhtx-hochiminh` (registry family `generic`): the Hồ Chí Minh City alliance (Bình Dương and
Bà Rịa – Vũng Tàu joined the city in July 2025) on ConcreteCMS (concrete5), written as a held-out
test: no family module, no selectors.

Why it is hard: every page answers at two addresses, `/index.php/tin-tuc/<slug>` (what the menu,
the sidebar's cached "Tin mới" page list and editors' pasted links use) and the pretty
`/tin-tuc/<slug>` (the main page list, next/previous), with no rel=canonical: one article each.
A page is a stack of blocks: `div.ccm-block-page-title` (h1.page-title), a page attribute display
block `div.ccm-block-page-attribute-display` "Ngày đăng: 14/03/2024 08:30" (the only date; no date
metadata), the lead and the text in several content blocks each wrapped in
`div.ccm-custom-style-container.ccm-custom-style-main-<bID>`, image blocks (`picture >
img.ccm-image-block`) whose caption is the next content block, sometimes an image slider block,
a second attribute display block "Tác giả: …" (the author, not text; it may name an office),
`div.ccm-block-share-this-page` icons, a tags block whose links are page-list filters
`/tin-tuc?akID[27][atSelectOptionValueID]=N`, next/previous, a "Tin liên quan" page list and a
sidebar with an event calendar list full of dates. One page's "Ngày đăng" attribute was left empty
(the block prints the bare label): its date is only in the text ("Ngày 12/3") and the page list.
Listings are page-list blocks (`div.ccm-block-page-list-wrapper`, date and description per item)
paged by `?ccm_paging_p=2`; the search page `/tim-kiem` and the robots-disallowed `/login`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-hochiminh"
NAME = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
HTML = "text/html; charset=UTF-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
SEARCH = "/tim-kiem"
SEARCH_Q = "/tim-kiem?query=ocop"
LOGIN = "/login"
TAG_Q = "/tin-tuc?akID%5B27%5D%5BatSelectOptionValueID%5D=12"
PDF_PATH = "/application/files/6817/1040/2251/QD-25-LMHTX.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Kinh tế tập thể - Động lực phát triển bền vững Thành phố",
           "Chào mừng Đại hội Đảng bộ Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025 - 2030"]
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HTX THÀNH PHỐ HỒ CHÍ MINH",
          "Địa chỉ: 22 Lý Tự Trọng, phường Sài Gòn, Thành phố Hồ Chí Minh",
          "Điện thoại: (028) 3829 5167 - Email: lienminhhtx@tphcm.gov.vn",
          "Chịu trách nhiệm chính: Ông Nguyễn Văn Hòa - Chủ tịch Liên minh HTX Thành phố",
          "Giấy phép số 152/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 10/10/2023",
          "© 2025 Liên minh HTX Thành phố Hồ Chí Minh. Vận hành trên Concrete CMS"]
SIDE = ["Tin mới", "Sự kiện sắp diễn ra", "Thống kê truy cập", "Đang truy cập: 31", "Hôm nay: 1.204",
        "Tổng lượt truy cập: 3.407.552", "Liên kết website", "Tìm kiếm nhiều"]
EVENTS = [("25/11/2026 08:00", "Hội nghị tổng kết phong trào thi đua khối HTX năm 2026"),
          ("02/12/2026 14:00", "Lớp bồi dưỡng kiến thức quản trị HTX khóa 4"),
          ("10/12/2026 08:30", "Hội chợ sản phẩm HTX và OCOP Thành phố lần thứ V")]
LABELS = ["Ngày đăng:", "Tác giả:", "Từ khóa", "Tin liên quan", "Bài trước", "Bài sau", "Đăng nhập",
          "Bạn đang ở:"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *(e for pair in EVENTS for e in pair), *LABELS]


def d(y, m, day, h=0, mi=0) -> datetime:
    return datetime(y, m, day, h, mi)


def dated(when: datetime) -> dict:
    return dict(published=iso(when), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/htx-bo-sua-tien-thanh-dau-tu-he-thong-lam-mat-chuong-trai",
          title="HTX bò sữa Tiến Thành đầu tư hệ thống làm mát chuồng trại",
          date=d(2024, 3, 14, 8, 30),
          lead="Để giữ sản lượng sữa trong mùa nắng nóng, HTX Nông nghiệp Dịch vụ Tiến Thành (huyện Củ Chi) vừa đầu tư hệ thống quạt phun sương và mái cách nhiệt cho chuồng trại của 40 hộ thành viên.",
          body="""
Tổng kinh phí đầu tư hơn 2,4 tỷ đồng, trong đó 1,5 tỷ đồng vay từ Quỹ hỗ trợ phát triển HTX Thành phố với lãi suất ưu đãi.
[img bo-sua-tien-thanh.png] Hệ thống quạt phun sương trong chuồng bò của thành viên HTX Tiến Thành
Theo Giám đốc HTX, nhiệt độ trong chuồng giảm từ 4 đến 6 độ C, sản lượng sữa bình quân mỗi con không còn sụt giảm như các mùa khô trước.
HTX hiện cung cấp khoảng 18 tấn sữa tươi mỗi ngày cho các doanh nghiệp chế biến theo hợp đồng dài hạn.
""",
          author="Minh Anh", **dated(d(2024, 3, 14, 8, 30)),
          opts={"author_attr": "Minh Anh"},
          notes=["'Ngày đăng: 14/03/2024 08:30' is a page attribute display block under the title (the only date); the "
                 "author is a second attribute display block 'Tác giả: Minh Anh' after the content blocks: the author, "
                 "not text; lead in its own content block (bold) first; the caption is the content block after the "
                 "image block"]),
        A(path=NEWS + "/anh-ngay-hoi-san-pham-htx-tai-pho-di-bo-nguyen-hue",
          title="Ảnh: Ngày hội sản phẩm HTX tại phố đi bộ Nguyễn Huệ",
          date=d(2024, 4, 21, 19, 15),
          lead="Ngày hội giới thiệu sản phẩm HTX và OCOP Thành phố diễn ra từ ngày 19 đến 21/4 với 60 gian hàng, thu hút hàng chục nghìn lượt khách.",
          body="""
[img ngay-hoi-1.png] Gian hàng rau, củ quả an toàn của các HTX huyện Hóc Môn
[img ngay-hoi-2.png] Du khách nước ngoài thưởng thức cà phê của HTX đến từ Tây Nguyên
[img ngay-hoi-3.png] Sản phẩm muối sạch của HTX Diêm nghiệp Lý Nhơn, huyện Cần Giờ
[img ngay-hoi-4.png] Các HTX giới thiệu sản phẩm qua livestream ngay tại gian hàng
Ảnh: Quang Huy
""",
          author="Quang Huy", **dated(d(2024, 4, 21, 19, 15)),
          opts={"slider": True, "byline_p": True},
          notes=["photo story: an image slider block (div.ccm-image-slider-container, ul.rslides, each li an image and "
                 "div.ccm-image-slider-text with the caption): one line per caption; 'Ảnh: Quang Huy' in the last "
                 "content block (right-aligned): part of the text, the author; time 19:15"]),
        A(path=DOCS + "/quyet-dinh-ban-hanh-quy-che-cho-vay-quy-ho-tro-phat-trien-htx",
          title="Quyết định ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển HTX Thành phố",
          date=d(2024, 3, 6, 10, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HỒ CHÍ MINH
Số: 25/QĐ-LMHTX
Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã Thành phố
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HỒ CHÍ MINH
Căn cứ Luật Hợp tác xã năm 2023; căn cứ Điều lệ tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã Thành phố;
Xét đề nghị của Giám đốc Quỹ hỗ trợ phát triển hợp tác xã Thành phố,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã Thành phố.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng, Giám đốc Quỹ và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; Lưu: VT.
CHỦ TỊCH Nguyễn Văn Hòa
""",
          author=None, doc_number="25/QĐ-LMHTX", **dated(d(2024, 3, 6, 10, 0)),
          attachments=[{"path": PDF_PATH, "text": "QD-25-LMHTX.pdf"}],
          opts={"cat": "docs"},
          notes=["official decision 'Số: 25/QĐ-LMHTX', place-date line 'ngày 05 tháng 3 năm 2024' the day before "
                 "'Ngày đăng: 06/03/2024 10:00'; no lead, no author attribute: author null; signer last; a file block "
                 "'Tải về: QD-25-LMHTX.pdf' after the text: an attachment, not text"]),
        A(path=NEWS + "/ra-mat-htx-du-lich-cong-dong-thanh-an-can-gio",
          title="Ra mắt HTX Du lịch cộng đồng Thạnh An, huyện Cần Giờ",
          date=d(2024, 3, 12, 0, 0),
          lead="Ngày 12/3, tại xã đảo Thạnh An, huyện Cần Giờ, Liên minh HTX Thành phố phối hợp với UBND huyện tổ chức lễ ra mắt HTX Du lịch cộng đồng Thạnh An.",
          body="""
HTX có 19 thành viên là các hộ ngư dân trên đảo, cung cấp dịch vụ lưu trú tại nhà dân, tham quan rừng đước bằng ghe và trải nghiệm đánh bắt thủy sản.
[img thanh-an.png] Các thành viên HTX Du lịch cộng đồng Thạnh An tại lễ ra mắt
Liên minh HTX Thành phố hỗ trợ HTX xây dựng điều lệ, phương án kinh doanh và kết nối với các công ty lữ hành đưa khách ra đảo vào cuối tuần.
""",
          byline="Thu Hương", author="Thu Hương",
          published=iso(d(2024, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"no_date": True},
          notes=["the page's 'Ngày đăng' attribute is empty: the block prints the bare label 'Ngày đăng:'; the date is "
                 "only in the lead ('Ngày 12/3', no year) and in the page list item '12/03/2024': midnight; byline "
                 "'Thu Hương' last (right-aligned): part of the text, the author"]),
        A(path=NEWS + "/htx-rau-an-toan-phuoc-an-cung-ung-cho-he-thong-sieu-thi",
          title="HTX rau an toàn Phước An cung ứng cho hệ thống siêu thị",
          date=d(2024, 2, 27, 15, 40),
          lead="Mỗi ngày, HTX Nông nghiệp Phước An (huyện Hóc Môn) cung ứng khoảng 7 tấn rau ăn lá đạt chuẩn VietGAP cho hệ thống siêu thị Co.opmart và các bếp ăn tập thể.",
          body="""
HTX có 62 thành viên với 45 ha rau trồng trong nhà màng và ngoài đồng, được chứng nhận VietGAP từ năm 2019.
[img rau-phuoc-an.png] Thành viên HTX Phước An thu hoạch rau trong nhà màng
Ngoài hợp đồng với siêu thị, HTX mở thêm kênh bán hàng qua ứng dụng đặt hàng trực tuyến, giao rau trong ngày cho các hộ gia đình ở nội thành.
Nguồn: Báo Sài Gòn Giải Phóng
""",
          author=None, **dated(d(2024, 2, 27, 15, 40)),
          notes=["the text ends with 'Nguồn: Báo Sài Gòn Giải Phóng' (right-aligned italic): part of the text, a "
                 "source; no author attribute: author null"]),
        A(path=NEWS + "/lien-minh-htx-thanh-pho-so-ket-hoat-dong-sau-hop-nhat",
          title="Liên minh HTX Thành phố sơ kết hoạt động sau hợp nhất",
          date=d(2025, 9, 26, 14, 0),
          lead="Chiều 25/9, Liên minh HTX Thành phố Hồ Chí Minh tổ chức hội nghị sơ kết ba tháng hoạt động sau khi hợp nhất với Liên minh HTX tỉnh Bình Dương và Liên minh HTX tỉnh Bà Rịa – Vũng Tàu.",
          body="""
Sau hợp nhất, Thành phố có 1.892 HTX, 18 liên hiệp HTX và hơn 2.700 tổ hợp tác, với trên 120.000 thành viên.
## Giữ ổn định hoạt động ở các cơ sở
Liên minh HTX Thành phố duy trì bộ phận tiếp nhận hồ sơ tại phường Thủ Dầu Một (trước đây thuộc tỉnh Bình Dương) và phường Bà Rịa (trước đây thuộc tỉnh Bà Rịa – Vũng Tàu), để HTX không phải đi xa.
[img so-ket-hop-nhat.png] Quang cảnh hội nghị sơ kết tại trụ sở Liên minh HTX Thành phố
## Nhiệm vụ đến cuối năm 2025
* Hợp nhất Quỹ hỗ trợ phát triển HTX của ba địa phương, thống nhất quy chế cho vay;
* Rà soát các HTX ngừng hoạt động để hướng dẫn tổ chức lại hoặc giải thể;
* Tổ chức Hội chợ sản phẩm HTX và OCOP Thành phố mở rộng với sự tham gia của HTX khu vực Bình Dương, Bà Rịa – Vũng Tàu.
""",
          author=None, **dated(d(2025, 9, 26, 14, 0)),
          opts={"author_attr": "Ban Tuyên truyền"},
          notes=["the author attribute block names an office ('Tác giả: Ban Tuyên truyền'): author null; two <h3> "
                 "headings and a list; places 'phường Thủ Dầu Một (trước đây thuộc tỉnh Bình Dương)' after the "
                 "July 2025 merger"]),
        A(path=NEWS + "/htx-diem-nghiep-ly-nhon-vao-vu-muoi",
          title="HTX Diêm nghiệp Lý Nhơn vào vụ muối",
          date=d(2024, 1, 18, 16, 45),
          lead="Những ngày nắng đầu năm, diêm dân HTX Diêm nghiệp Lý Nhơn (huyện Cần Giờ) tất bật thu hoạch muối trên 90 ha ruộng.",
          body="""
Năm nay, HTX áp dụng kỹ thuật trải bạt trên nền ruộng cho 40 ha, giúp hạt muối trắng, sạch và năng suất tăng khoảng 20%.
[img muoi-ly-nhon.png] Diêm dân HTX Lý Nhơn thu hoạch muối trên ruộng trải bạt
Muối sạch của HTX được một doanh nghiệp thực phẩm bao tiêu với giá 2.500 đồng/kg, cao gần gấp đôi muối làm theo cách truyền thống.
""",
          author="Lê Bảo", **dated(d(2024, 1, 18, 16, 45)),
          opts={"author_attr": "Lê Bảo"},
          notes=["'Ngày đăng: 18/01/2024 16:45'; author attribute 'Tác giả: Lê Bảo' after the text: the author, not "
                 "text"]),
        A(path=NEWS + "/boi-duong-ky-nang-so-cho-can-bo-quan-ly-htx",
          title="Bồi dưỡng kỹ năng số cho cán bộ quản lý HTX",
          date=d(2024, 2, 2, 9, 20),
          lead="Liên minh HTX Thành phố vừa khai giảng lớp bồi dưỡng kỹ năng số cho 65 cán bộ quản lý HTX, tổ hợp tác.",
          body="""
Trong ba ngày, học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử, chữ ký số và mở gian hàng trên sàn thương mại điện tử.
[img ky-nang-so.png] Học viên thực hành lập hóa đơn điện tử tại lớp bồi dưỡng
Cuối khóa, mỗi HTX xây dựng một kế hoạch chuyển đổi số cụ thể để Liên minh HTX Thành phố theo dõi, hỗ trợ trong năm 2024.
""",
          byline="Bài, ảnh: Trần Hải", author="Trần Hải", **dated(d(2024, 2, 2, 9, 20)),
          notes=["no author attribute; byline 'Bài, ảnh: Trần Hải' last (right-aligned, in the last content block): "
                 "part of the text, the author"]),
        A(path=NEWS + "/htx-thuong-mai-dich-vu-binh-minh-mo-them-cua-hang",
          title="HTX Thương mại Dịch vụ Bình Minh mở thêm cửa hàng tiện lợi",
          date=d(2023, 12, 8, 10, 30),
          lead="HTX Thương mại Dịch vụ Bình Minh (quận 8) vừa khai trương cửa hàng tiện lợi thứ năm, bán nông sản của các HTX ngoại thành và các tỉnh.",
          body="""
Cửa hàng rộng 120 m2, bày bán hơn 600 mặt hàng, trong đó khoảng 40% là sản phẩm của HTX và sản phẩm OCOP.
[img cua-hang-binh-minh.png] Khách hàng mua sắm tại cửa hàng mới của HTX Bình Minh
HTX đặt mục tiêu đến năm 2025 có 10 cửa hàng, tạo thêm đầu ra ổn định cho các HTX nông nghiệp.
""",
          byline="Phạm Duy", author="Phạm Duy", **dated(d(2023, 12, 8, 10, 30)),
          notes=["oldest article: only on page 2 of the page list (/tin-tuc?ccm_paging_p=2); byline 'Phạm Duy' last: "
                 "part of the text, the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def bid(*parts: str) -> int:
    return 900 + int(hashlib.md5("|".join(parts).encode()).hexdigest()[:4], 16) % 9000


def img(src: str) -> str:
    h = hashlib.md5(src.encode()).hexdigest()
    return f"/application/files/{int(h[:4], 16) % 9000 + 1000}/{int(h[4:8], 16) % 9000 + 1000}/{src}"


def idx(path: str) -> str:
    return "/index.php" + path


def styled(kind: str, inner: str, key: str) -> str:
    return f'<div class="ccm-custom-style-container ccm-custom-style-main-{bid(key, kind)} {kind}">{inner}</div>'


def attribute(title: str, value: str) -> str:
    return (f'<div class="ccm-block-page-attribute-display"><span class="ccm-block-page-attribute-display-title">'
            f'{title}</span> <span class="ccm-block-page-attribute-display-content">{value}</span></div>')


def image_block(src: str, key: str) -> str:
    return (f'<picture><!--[if IE 9]><video style="display: none;"><![endif]--><!--[if IE 9]></video><![endif]-->'
            f'<img src="{img(src)}" alt="" width="800" height="533" class="ccm-image-block img-responsive '
            f'bID-{bid(key, src)}"></picture>')


def blocks_html(a: Article) -> str:
    out = []
    key = a.path
    if a.lead:
        out.append(styled("sapo", f"<p><strong>{inline_html(a.lead)}</strong></p>", key + "lead"))
    if a.doc_number:
        lines = [b.text for b in a.blocks]
        head = ('<table style="width: 100%;"><tbody><tr><td style="text-align: center;">'
                f'<p><strong>{esc(lines[0])}</strong></p><p>{esc(lines[1])}</p></td>'
                f'<td style="text-align: center;"><p><em>{esc(lines[2])}</em></p></td></tr></tbody></table>')
        rest = "".join(f'<p style="text-align: center;"><strong>{esc(x)}</strong></p>' if i < 4 else
                       f'<p style="text-align: right;"><strong>{esc(x)}</strong></p>' if x == lines[-1] else
                       f"<p>{esc(x)}</p>" for i, x in enumerate(lines[3:]))
        out.append(styled("content-area", head + rest, key + "doc"))
        out.append(f'<div class="ccm-block-file"><a href="{PDF_PATH}">Tải về: QD-25-LMHTX.pdf</a></div>')
        return "".join(out)
    if a.opts.get("slider"):
        pics = [b for b in a.blocks if b.kind == "img"]
        slides = "".join(f'<li><img src="{img(b.src)}" alt="" width="1200" height="800"><div '
                         f'class="ccm-image-slider-text"><p>{inline_html(b.text)}</p></div></li>' for b in pics)
        out.append(f'<div class="ccm-image-slider-container ccm-block-image-slider" data-ccm-image-slider-block-id="'
                   f'{bid(key, "slider")}"><div class="ccm-image-slider"><div class="ccm-image-slider-inner">'
                   f'<ul class="rslides" id="ccm-image-slider-{bid(key, "slider")}">{slides}</ul></div></div>'
                   '</div>')
        rest = [b for b in a.blocks if b.kind != "img"]
        byline = rest[-1].text
        out.append(styled("content-area", f'<p style="text-align: right;"><em>{esc(byline)}</em></p>', key + "by"))
        return "".join(out)
    run: list[str] = []

    def flush(n: int) -> None:
        if run:
            out.append(styled("content-area", "".join(run), f"{key}run{n}"))
            run.clear()

    for n, b in enumerate(a.blocks):
        if b.kind == "p":
            if b.text.startswith("Nguồn:"):
                run.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
            else:
                run.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            run.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            flush(n)
            out.append(image_block(b.src, key))
            out.append(styled("image-caption", f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>',
                              key + b.src))
    if a.byline:
        run.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush(99)
    return "".join(out)


def page_list(items: list[Article], header: str | None, *, pretty: bool = True, desc: bool = True,
              thumbs: bool = True, pager: str = "") -> str:
    entries = []
    for a in items:
        href = a.path if pretty else idx(a.path)
        pic = a.first_image()
        entries.append(
            '<div class="ccm-block-page-list-page-entry-horizontal">'
            + (f'<div class="ccm-block-page-list-page-entry-thumbnail"><a href="{href}" target="_self">'
               f'<img src="{img(pic)}" alt="" class="img-responsive"></a></div>' if thumbs and pic else "")
            + f'<div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title">'
              f'<a href="{href}" target="_self">{esc(a.title)}</a></div>'
              f'<div class="ccm-block-page-list-date">{a.date:%d/%m/%Y}</div>'
            + (f'<div class="ccm-block-page-list-description">{esc(" ".join(a.summary().split()[:28]))}...</div>'
               f'<div class="ccm-block-page-list-page-entry-read-more"><a href="{href}" target="_self" '
               'class="ccm-block-page-list-read-more">Xem tiếp</a></div>' if desc else "")
            + "</div></div>")
    head = (f'<div class="ccm-block-page-list-header"><h5>{header}</h5></div>' if header else "")
    return (f'<div class="ccm-block-page-list-wrapper">{head}<div class="ccm-block-page-list-pages">'
            f'{"".join(entries)}</div>{pager}</div>')


def sidebar(recent: list[Article]) -> str:
    events = "".join(f'<div class="ccm-block-calendar-event-list-event"><div class="ccm-block-calendar-event-list-'
                     f'event-date"><span>{esc(w)}</span></div><div class="ccm-block-calendar-event-list-event-title">'
                     f'{esc(t)}</div></div>' for w, t in EVENTS)
    return (styled("sidebar-search", f'<form action="{idx(SEARCH)}" method="get" class="ccm-search-block-form">'
                                     '<input name="search_paths[]" type="hidden" value=""><input name="query" '
                                     'type="text" value="" class="ccm-search-block-text"><input name="submit" '
                                     'type="submit" value="Tìm" class="btn btn-default ccm-search-block-submit">'
                                     f'</form><p class="hot-keys">{SIDE[7]}: <a href="{SEARCH_Q}">ocop</a></p>',
                   "side-search")
            + page_list(recent, SIDE[0], pretty=False, desc=False, thumbs=False)
            + f'<div class="ccm-block-calendar-event-list-wrapper"><div class="ccm-block-calendar-event-list-header">'
              f'<h5>{SIDE[1]}</h5></div><div class="ccm-block-calendar-event-list">{events}</div></div>'
            + styled("counter", f"<h5>{SIDE[2]}</h5><ul><li>{SIDE[3]}</li><li>{SIDE[4]}</li><li>{SIDE[5]}</li></ul>",
                     "side-counter")
            + styled("weblinks", f'<h5>{SIDE[6]}</h5><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">'
                                 'Liên minh HTX Việt Nam</a></li><li><a href="{{base:offsite}}/chinh-phu/" '
                                 'target="_blank">Cổng TTĐT Chính phủ</a></li></ul>', "side-links"))


def layout(title: str, main: str, recent: list[Article], *, cid: int, ptype: str, template: str,
           crumbs: list[tuple[str, str]] = (), head: str = "") -> str:
    menu = "".join(f'<li class="{"nav-first" if i == 0 else ""}"><a href="{h if h == "/" else idx(h)}" target="_self">'
                   f"{t}</a></li>" for i, (h, t) in enumerate([("/", "Trang chủ"), (ABOUT, "Giới thiệu"),
                                                               (NEWS, "Tin tức - Sự kiện"), (DOCS, "Văn bản"),
                                                               (SEARCH, "Tìm kiếm"), (CONTACT, "Liên hệ")]))
    crumb = ""
    if crumbs:
        crumb = styled("breadcrumb-area", '<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb">'
                       '<li class="breadcrumb-label">Bạn đang ở:</li><li><a href="/" target="_self">Trang chủ</a></li>'
                       + "".join(f'<li><a href="{h}" target="_self">{esc(t)}</a></li>' for h, t in crumbs)
                       + "</ol></nav>", f"crumb{cid}")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>Liên minh HTX TP. Hồ Chí Minh :: {esc(title)}</title>
<meta name="generator" content="Concrete CMS">{head}
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "vi_VN";
</script>
<link href="/application/files/cache/css/lmhtx/main.css" rel="stylesheet" type="text/css" media="all">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body>
<div class="ccm-page ccm-page-id-{cid} page-type-{ptype} page-template-{template}">
<header>
<div class="container"><div class="row"><div class="col-sm-12 top-bar">
{styled("today", f"<p>{TODAY}</p>", f"today{cid}")}
</div></div>
<div class="row"><div class="col-sm-4 col-xs-6">
<div class="ccm-custom-style-container ccm-custom-style-header-site-title-1 logo"><a href="/" id="header-site-title"><img src="/application/files/thumbnails/logo/lmhtx-hcm.png" alt="{NAME}"></a></div>
</div><div class="col-sm-8 col-xs-6">
{styled("slogan", "".join(f"<p>{s}</p>" for s in SLOGANS), f"slogan{cid}")}
<div class="ccm-block-autonav"><nav class="ccm-responsive-navigation original"><ul>{menu}</ul></nav></div>
</div></div></div>
</header>
<main>
<div class="container"><div class="row">
<div class="col-sm-8 col-content">
{crumb}
{main}
</div>
<div class="col-sm-3 col-sm-offset-1 col-sidebar">
{sidebar(recent)}
</div>
</div></div>
</main>
<footer id="footer-theme">
<section><div class="container"><div class="row">
<div class="col-sm-6">{styled("footer-info", "".join(f"<p>{x}</p>" for x in FOOTER[:3]), "footer1")}</div>
<div class="col-sm-6">{styled("footer-info", "".join(f"<p>{x}</p>" for x in FOOTER[3:5]), "footer2")}</div>
</div></div></section>
<section id="ccm-account-menu-container"><div class="container"><div class="row"><div class="col-sm-12">
<span class="pull-right"><a href="{LOGIN}">Đăng nhập</a></span>
<span id="footer-site-title">{FOOTER[5]}</span>
</div></div></div></section>
</footer>
</div>
<script type="text/javascript" src="/concrete/js/jquery.js"></script>
<script type="text/javascript" src="/concrete/blocks/image_slider/responsiveslides.js"></script>
</body>
</html>
"""


def article_page(a: Article, recent: list[Article], related: list[Article], prev: Article | None,
                 nxt: Article | None) -> str:
    docs = a.opts.get("cat") == "docs"
    cat = (DOCS, "Văn bản") if docs else (NEWS, "Tin tức - Sự kiện")
    date_value = "" if a.opts.get("no_date") else f"{a.date:%d/%m/%Y %H:%M}"
    parts = [f'<div class="ccm-block-page-title"><h1 class="page-title">{esc(a.title)}</h1></div>',
             attribute("Ngày đăng:", date_value), blocks_html(a)]
    if a.opts.get("author_attr"):
        parts.append(attribute("Tác giả:", esc(a.opts["author_attr"])))
    icons = "".join(f'<li><a href="javascript:void(0)" aria-label="{n}"><i class="fab fa-{c}" aria-hidden="true">'
                    f"</i></a></li>" for n, c in [("Facebook", "facebook"), ("Twitter", "twitter"),
                                                  ("Email", "envelope"), ("In", "print")])
    parts.append(f'<div class="ccm-block-share-this-page"><ul class="list-inline">{icons}</ul></div>')
    if not docs:
        parts.append('<div class="ccm-block-tags-wrapper"><div class="ccm-block-tags-header"><h5>Từ khóa</h5></div>'
                     f'<a href="{TAG_Q}" class="ccm-block-tags-tag label label-default">OCOP</a></div>')
    nav = '<div class="ccm-block-next-previous-wrapper">'
    if prev:
        nav += (f'<div class="ccm-block-next-previous-previous"><p class="ccm-block-next-previous-previous-link">'
                f'<a href="{prev.path}">Bài trước</a></p><p>{esc(prev.title)}</p></div>')
    if nxt:
        nav += (f'<div class="ccm-block-next-previous-next"><p class="ccm-block-next-previous-next-link">'
                f'<a href="{nxt.path}">Bài sau</a></p><p>{esc(nxt.title)}</p></div>')
    parts.append(nav + "</div>")
    if related:
        parts.append(page_list(related, "Tin liên quan", desc=False, thumbs=False))
    desc = f'\n<meta name="description" content="{attr(a.summary())}">'
    return layout(a.title, "\n".join(parts), recent, cid=bid(a.path), ptype="bai-viet" if not docs else "van-ban",
                  template="right-sidebar", crumbs=[(cat[0], cat[1]), (a.path, a.title)], head=desc)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ho-chi-minh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.opts.get("cat") != "docs"]
    docs = [a for a in arts if a.opts.get("cat") == "docs"]
    recent = news[:5]
    for a in arts:
        same = news if a in news else docs
        i = same.index(a)
        prev = same[i + 1] if i + 1 < len(same) else None
        nxt = same[i - 1] if i > 0 else None
        related = [o for o in news if o is not a][:3]
        site.page(a.path, article_page(a, recent, related, prev, nxt), content_type=HTML)
        site.same_page(idx(a.path), a.path)
        a.aliases = [idx(a.path)]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 25/QĐ-LMHTX", ["QUYET DINH BAN HANH QUY CHE CHO VAY",
                                                           "Lien minh HTX Thanh pho Ho Chi Minh"]))
    site.trap("every page answers at /index.php/<path> (menu, the sidebar 'Tin mới' page list) and at the pretty "
              "/<path> (main page list, next/previous), no rel=canonical: one article", idx(arts[0].path))
    site.trap("sidebar 'Sự kiện sắp diễn ra': a calendar event list with dates and times ('25/11/2026 08:00'); "
              "header: today's date and two slogans in custom-style containers like the content blocks",
              arts[1].path)

    def listing(path: str, name: str, items: list[Article]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            def link(k: int) -> str:
                return f"{path}?ccm_paging_p={k}"
            pager = ""
            if len(pages) > 1:
                pager = ('<div class="ccm-pagination-wrapper"><ul class="pagination">'
                         + (f'<li class="prev"><a href="{link(n - 1)}">&larr; Trước</a></li>' if n > 1 else
                            '<li class="prev disabled"><span>&larr; Trước</span></li>')
                         + "".join(f'<li class="active"><span>{k} <span class="sr-only">(current)</span></span></li>'
                                   if k == n else f'<li><a href="{link(k)}">{k}</a></li>'
                                   for k in range(1, len(pages) + 1))
                         + (f'<li class="next"><a href="{link(n + 1)}">Sau &rarr;</a></li>' if n < len(pages) else
                            '<li class="next disabled"><span>Sau &rarr;</span></li>')
                         + "</ul></div>")
            main = (f'<div class="ccm-block-page-title"><h1 class="page-title">{name}</h1></div>'
                    + page_list(chunk, None, pager=pager))
            url = path if n == 1 else link(n)
            site.page(url, layout(name, main, recent, cid=bid(url), ptype="page", template="right-sidebar",
                                  crumbs=[(path, name)]), content_type=HTML)
            site.non_articles.append(url)
            if n == 1:
                site.same_page(idx(path), path)
                if len(pages) > 1:
                    site.same_page(link(1), path)

    listing(NEWS, "Tin tức - Sự kiện", news)
    listing(DOCS, "Văn bản", docs)
    site.trap("page list /tin-tuc (div.ccm-block-page-list-wrapper: thumbnail, title, date dd/mm/yyyy, "
              "description, 'Xem tiếp') paged by ?ccm_paging_p=2 (page 1 also ?ccm_paging_p=1 and "
              "/index.php/tin-tuc): not articles; page 2 holds the oldest", NEWS + "?ccm_paging_p=2")

    tagged = [a for a in news if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(TAG_Q, layout("Tin tức - Sự kiện", '<div class="ccm-block-page-title"><h1 class="page-title">'
                            'Tin tức - Sự kiện</h1></div>' + page_list(tagged, "Từ khóa: OCOP"), recent,
                            cid=bid(TAG_Q), ptype="page", template="right-sidebar"), content_type=HTML)
    site.trap("the tags block links to the page list filtered by a select attribute "
              "(/tin-tuc?akID[27][atSelectOptionValueID]=12): a listing, not an article", TAG_Q)

    home = (styled("home-hero", f'<h2>{esc(news[0].title)}</h2><p>{esc(news[0].summary())}</p>'
                                f'<p><a href="{idx(news[0].path)}" class="btn btn-primary">Xem tiếp</a></p>', "hero")
            + page_list(news[1:6], "Tin tức - Sự kiện") + page_list(docs, "Văn bản mới", desc=False))
    site.page("/", layout("Trang chủ", home, recent, cid=1, ptype="page", template="full"), content_type=HTML)

    about = ('<div class="ccm-block-page-title"><h1 class="page-title">Giới thiệu</h1></div>'
             + styled("content-area",
                      "<p>Liên minh Hợp tác xã Thành phố Hồ Chí Minh là tổ chức kinh tế - xã hội mang tính chất hỗ trợ, "
                      "đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn Thành phố.</p>"
                      "<p>Từ ngày 01 tháng 7 năm 2025, Liên minh Hợp tác xã tỉnh Bình Dương và Liên minh Hợp tác xã "
                      "tỉnh Bà Rịa – Vũng Tàu hợp nhất vào Liên minh Hợp tác xã Thành phố Hồ Chí Minh.</p>"
                      "<p>Liên minh tư vấn thành lập và tổ chức lại hợp tác xã, đào tạo cán bộ quản lý, quản lý Quỹ hỗ "
                      "trợ phát triển hợp tác xã, tổ chức xúc tiến thương mại và hỗ trợ chuyển đổi số cho thành "
                      "viên.</p>", "about"))
    contact = ('<div class="ccm-block-page-title"><h1 class="page-title">Liên hệ</h1></div>'
               '<div class="ccm-block-express-form"><div class="ccm-form"><form method="post" '
               'action="javascript:void(0)"><div class="form-group"><label class="control-label">Họ và tên</label>'
               '<input type="text" name="akID[31][value]" class="form-control"></div><div class="form-group"><label '
               'class="control-label">Nội dung</label><textarea name="akID[32][value]" class="form-control">'
               '</textarea></div><div class="form-actions"><button type="submit" class="btn btn-primary">Gửi</button>'
               '</div></form></div></div>')
    results = "".join(f'<div class="searchResult"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>'
                      f'{esc(" ".join(a.summary().split()[:20]))}…<br><a href="{a.path}" class="pageLink">'
                      f'{a.path}</a></p></div>' for a in tagged)
    search_form = ('<div class="ccm-block-page-title"><h1 class="page-title">Tìm kiếm</h1></div>'
                   '<form action="/tim-kiem" method="get" class="ccm-search-block-form"><input name="query" '
                   'type="text" value="{q}" class="ccm-search-block-text"><input name="submit" type="submit" '
                   'value="Tìm" class="btn btn-default ccm-search-block-submit"></form>')
    login = ('<div class="ccm-block-page-title"><h1 class="page-title">Đăng nhập</h1></div>'
             '<form method="post" action="javascript:void(0)" class="concrete-login-form"><input name="uName" '
             'type="text"><input name="uPassword" type="password"><button class="btn btn-primary">Đăng nhập</button>'
             '</form>')
    for path, title, main in [(ABOUT, "Giới thiệu", about), (CONTACT, "Liên hệ", contact),
                              (SEARCH, "Tìm kiếm", search_form.format(q="")),
                              (SEARCH_Q, "Tìm kiếm", search_form.format(q="ocop")
                               + f'<div id="searchResults">{results}</div>'),
                              (LOGIN, "Đăng nhập", login)]:
        site.page(path, layout(title, main, recent, cid=bid(path), ptype="page", template="full"), content_type=HTML)
        if path != SEARCH_Q:
            site.same_page(idx(path), path)
    site.trap("search /tim-kiem and /tim-kiem?query=ocop (div.searchResult: title, excerpt, address), "
              "/gioi-thieu (three paragraphs in a content block, no date), /lien-he (express form): not articles; "
              "'Đăng nhập' /login is robots-disallowed: never fetch", SEARCH_Q)
    site.non_articles += ["/", idx(NEWS), ABOUT, CONTACT, SEARCH, SEARCH_Q, TAG_Q, idx(ABOUT)]
    site.never_fetched += [LOGIN]
    site.static("/robots.txt", "User-agent: *\nDisallow: /application/attributes\nDisallow: /application/authentication\n"
                               "Disallow: /application/config\nDisallow: /concrete\nDisallow: /updates\n"
                               "Disallow: /login\nDisallow: /index.php/login\n")
    return site
