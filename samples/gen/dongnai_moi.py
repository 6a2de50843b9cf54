"""Site `lmhtx-dongnai-moi` (registry family `generic`): the portal of the merged Đồng Nai alliance (Bình
Phước joined it on 1 July 2025) on Drupal 10 with the core Olivero theme, its interface strings left in
English, written as a held-out test: no family module, no selectors.

Why it is hard: the title is the page-title block's `h1.page-title` ABOVE and outside
`article.node--type-article`; the meta line is Drupal's default "Submitted by <a>bientap</a> on
Tue, 03/10/2026 - 14:15": the US medium format, month first (10 March; 03/10 read day-first is 3 October),
inside a `<time>` whose datetime attribute is UTC ("2026-03-10T07:15:00Z"; a post at 06:30 in Vietnam
carries the previous day's date there). Documents are another content type whose template prints a
custom Vietnamese "04/12/2025 - 10:00" (day first, plain text), events a type without the meta line: the
date only in the text ("Ngày 12/3, …") and in the listing. The text is `div.field--name-body`
(`div.text-content`), for some nodes continued by Paragraphs (`div.paragraph--type--text`,
`div.paragraph--type--image` with `figure`/`figcaption`) in a second field; a photo story is Paragraphs
only. After it come `div.field--name-field-tags` (label "Tags") and, on one node, two comments with their own
"Submitted by"-like author and later times. Every node is also served at `/node/N` (rel=shortlink; two of them linked so from a sidebar block): aliases. The views
listing `/tin-tuc` pages with relative `?page=1` links (0-indexed: the second page), dates there 'd/m/Y'.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-dongnai-moi"
NAME = "Liên minh Hợp tác xã tỉnh Đồng Nai"
HTML = "text/html; charset=UTF-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/contact"
LOGIN = "/user/login"
PDF_PATH = "/sites/default/files/2025-12/KH-18-LMHTX.pdf"
USERS = {"bientap": 3, "vanphong": 4, "Phạm Thu Hà": 7}
TAGS = {"OCOP": 4, "Nông nghiệp": 5, "Hoạt động Liên minh": 6, "Chuyển đổi số": 8}

TODAY = f"Hôm nay: {weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGAN = "Đồng hành cùng hợp tác xã Đồng Nai - Bình Phước"
BANNER = "Hợp tác xã Đồng Nai: đổi mới, sáng tạo, liên kết để phát triển bền vững"
FOOTER = ["Liên minh Hợp tác xã tỉnh Đồng Nai",
          "Trụ sở: Số 2 Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai",
          "Văn phòng đại diện: Số 684 Quốc lộ 14, phường Bình Phước, tỉnh Đồng Nai",
          "Điện thoại: 0251.3822.614 - Email: vanphong@lmhtxdongnai.vn",
          "Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thu Hương - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 07/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai cấp ngày 10/10/2025",
          "Powered by Drupal"]
SIDE = ["Tin nổi bật", "Thời tiết", "Biên Hòa: 33°C, nắng nhẹ", "Độ ẩm: 68%", "Thống kê truy cập",
        "Đang xem: 14", "Hôm nay: 389", "Tổng: 204.518", "Liên kết"]
LABELS = ["Submitted by", "Tags", "Comments", "Log in to post comments", "Skip to main content", "Main navigation",
          "Breadcrumb", "Tệp đính kèm"]
BOILERPLATE = [TODAY, SLOGAN, BANNER, *FOOTER, *SIDE, *LABELS]


@dataclass
class DNode(Article):
    nid: int = 0
    ntype: str = "article"  # article | photo_story | su_kien | van_ban
    account: str | None = "bientap"
    tags: list[str] = field(default_factory=list)
    split: int = 0  # blocks after this index go into the Paragraphs field (0: body only)
    comments: list[tuple[str, datetime, str]] = field(default_factory=list)


def meta(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[DNode]:
    A = DNode
    return [
        A(path=f"{NEWS}/htx-dieu-bu-dop-xuat-khau-nhan-dieu-huu-co-sang-chau-au", nid=212,
          title="HTX điều Bù Đốp xuất khẩu nhân điều hữu cơ sang châu Âu",
          date=datetime(2026, 3, 10, 14, 15),
          lead="HTX Nông nghiệp Thiện Hưng (Bình Phước cũ) vừa xuất lô 16 tấn nhân điều hữu cơ đầu tiên sang Hà Lan, mở hướng tiêu thụ mới cho vùng điều biên giới.",
          body="""
HTX có 94 thành viên với 310 ha điều được chứng nhận hữu cơ theo tiêu chuẩn châu Âu; từ năm 2024 HTX đầu tư xưởng tách vỏ, bóc lụa để bán nhân thay vì bán hạt thô.
[img dieu-thien-hung.png] Công nhân HTX phân loại nhân điều hữu cơ trước khi đóng gói
Giá nhân điều hữu cơ xuất khẩu cao hơn điều thường khoảng 25%, giúp thu nhập của thành viên tăng bình quân 30 triệu đồng/ha mỗi năm.
Liên minh HTX tỉnh đã hỗ trợ HTX vay 1,5 tỷ đồng từ Quỹ hỗ trợ phát triển HTX để mua máy sấy và kho chứa đạt chuẩn.
""",
          byline="Bài, ảnh: Hồng Nhung", author="Hồng Nhung", tags=["Nông nghiệp", "OCOP"],
          **meta(datetime(2026, 3, 10, 14, 15)),
          notes=["meta 'Submitted by bientap on Tue, 03/10/2026 - 14:15' (Drupal's US medium format: 10 March 2026; "
                 "read day-first it is 3 October 2026), <time datetime='2026-03-10T07:15:00Z'> (UTC); the h1 is the "
                 "page-title block above the article; byline 'Bài, ảnh: Hồng Nhung' last in the body: the author "
                 "('bientap' is the account)"]),
        A(path=f"{NEWS}/ra-mat-htx-du-lich-sinh-thai-ta-lai", nid=215, ntype="su_kien", account=None,
          title="Ra mắt HTX du lịch sinh thái Tà Lài",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Tà Lài, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch sinh thái cộng đồng Tà Lài.
HTX có 29 thành viên là các hộ đồng bào S’tiêng và Mạ sống ven Vườn quốc gia Cát Tiên, cung cấp dịch vụ homestay, ẩm thực và trải nghiệm đan lát, dệt thổ cẩm.
[img ta-lai.png] Các thành viên HTX Du lịch sinh thái cộng đồng Tà Lài trong lễ ra mắt
Liên minh HTX tỉnh sẽ hỗ trợ HTX đào tạo kỹ năng đón khách, quảng bá trên các kênh du lịch trực tuyến và kết nối với công ty lữ hành.
""",
          byline="Văn Lực", author="Văn Lực", tags=["Hoạt động Liên minh"],
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          notes=["event node (node--type-su-kien) whose display hides the 'Submitted by' line: the date is only in "
                 "the text ('Ngày 12/3', no year) and in the views listing '12/03/2026': midnight; byline 'Văn Lực' "
                 "last: part of the text, the author"]),
        A(path=f"{NEWS}/anh-hoi-cho-xuan-san-pham-htx-dong-nai-2026", nid=209, ntype="photo_story",
          account="Phạm Thu Hà",
          title="Ảnh: Hội chợ Xuân sản phẩm HTX tỉnh Đồng Nai năm 2026",
          date=datetime(2026, 2, 10, 9, 40),
          body="""
Hội chợ Xuân sản phẩm HTX tỉnh Đồng Nai năm 2026 tại Công viên Biên Hùng quy tụ 160 gian hàng của HTX từ cả hai khu vực Đồng Nai và Bình Phước cũ.
[img hoi-cho-1.png] Gian hàng hạt điều, hồ tiêu của các HTX khu vực Bình Phước cũ
[img hoi-cho-2.png] Bưởi Tân Triều và chôm chôm Long Khánh được nhiều khách chọn mua
[img hoi-cho-3.png] Nghệ nhân HTX mây tre đan Tân Triều trình diễn đan giỏ
[img hoi-cho-4.png] Lãnh đạo tỉnh thăm gian hàng OCOP của HTX
""",
          author="Phạm Thu Hà", tags=["OCOP"], split=0,
          **meta(datetime(2026, 2, 10, 9, 40)),
          notes=["photo story (node--type-photo-story): Paragraphs only, one text paragraph then four "
                 "paragraph--type--image with <figcaption> (one line each); 'Submitted by Phạm Thu Hà on Tue, "
                 "02/10/2026 - 09:40' (10 February): the account is a person, the author; no byline"]),
        A(path=f"{NEWS}/dai-hoi-dai-bieu-lien-minh-htx-tinh-dong-nai-lan-thu-i", nid=201,
          title="Đại hội đại biểu Liên minh HTX tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2026 - 2031",
          date=datetime(2026, 1, 9, 15, 0),
          lead="Đại hội đại biểu Liên minh HTX tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2026 - 2031 đã bầu Ban Chấp hành gồm 35 đồng chí và thông qua phương hướng hoạt động của nhiệm kỳ.",
          body="""
Tham dự Đại hội có 250 đại biểu đại diện cho hơn 1.100 HTX, liên hiệp HTX và tổ hợp tác của tỉnh sau hợp nhất.
## Mục tiêu nhiệm kỳ 2026 - 2031
* Phát triển mới ít nhất 500 HTX, nâng tỷ lệ HTX hoạt động hiệu quả lên trên 70%;
* 100% HTX nông nghiệp tham gia liên kết chuỗi giá trị với doanh nghiệp;
* Quỹ hỗ trợ phát triển HTX tỉnh đạt vốn điều lệ 150 tỷ đồng.
[img dai-hoi.png] Các đại biểu biểu quyết thông qua Nghị quyết Đại hội
Đại hội đã bầu bà Nguyễn Thị Thu Hương giữ chức Chủ tịch Liên minh HTX tỉnh khóa I.
Nguồn: Báo Đồng Nai
""",
          author=None, tags=["Hoạt động Liên minh"], split=3,
          **meta(datetime(2026, 1, 9, 15, 0)),
          notes=["the text runs over two fields: div.field--name-body (lead, a paragraph, a heading and a list) then "
                 "the Paragraphs field (an image paragraph with figcaption, text paragraphs); it ends with 'Nguồn: "
                 "Báo Đồng Nai': part of the text, a source; the account 'bientap': author null; 'Fri, 01/09/2026 - "
                 "15:00' is 9 January"]),
        A(path=f"{DOCS}/ke-hoach-ho-tro-htx-tham-gia-chuoi-gia-tri-nam-2026", nid=198, ntype="van_ban",
          account="vanphong",
          title="Kế hoạch hỗ trợ HTX tham gia chuỗi giá trị nông sản năm 2026",
          date=datetime(2025, 12, 4, 10, 0),
          body="""
LIÊN MINH HTX TỈNH ĐỒNG NAI
Số: 18/KH-LMHTX
Đồng Nai, ngày 03 tháng 12 năm 2025
KẾ HOẠCH
Hỗ trợ hợp tác xã tham gia chuỗi giá trị nông sản năm 2026
Căn cứ Luật Hợp tác xã năm 2023 và Nghị quyết của Ban Chấp hành Liên minh HTX tỉnh về nhiệm vụ năm 2026, Liên minh HTX tỉnh ban hành kế hoạch như sau:
I. MỤC TIÊU
Hỗ trợ 60 HTX xây dựng liên kết sản xuất - tiêu thụ với doanh nghiệp đối với các sản phẩm chủ lực: điều, hồ tiêu, sầu riêng, bưởi và cà phê.
II. NỘI DUNG
1. Khảo sát nhu cầu liên kết của HTX tại các xã trong quý I năm 2026.
2. Tổ chức 4 hội nghị kết nối HTX với doanh nghiệp tại phường Trấn Biên và phường Bình Phước.
3. Hỗ trợ chi phí tư vấn xây dựng hợp đồng liên kết, tối đa 30 triệu đồng/HTX.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; các HTX; Lưu VT.
CHỦ TỊCH Nguyễn Thị Thu Hương
""",
          author=None, doc_number="18/KH-LMHTX", tags=["Nông nghiệp"],
          attachments=[{"path": PDF_PATH, "text": "KH-18-LMHTX.pdf"}],
          published=iso(datetime(2025, 12, 4, 10, 0)), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["official plan 'Số: 18/KH-LMHTX' as a 'van_ban' node whose template prints 'Submitted by vanphong "
                 "on 04/12/2025 - 10:00' (the site's custom Vietnamese format, day first, plain text, no <time>); "
                 "place-date line 'Đồng Nai, ngày 03 tháng 12 năm 2025' the day before; signer last, author null; "
                 "the PDF in the file field 'Tệp đính kèm' after the body: an attachment, not text"]),
        A(path=f"{NEWS}/htx-xuan-bac-dua-bo-sap-xuan-loc-vao-sieu-thi", nid=187,
          title="HTX Xuân Bắc đưa bơ sáp Xuân Lộc vào hệ thống siêu thị",
          date=datetime(2025, 11, 4, 8, 15),
          body="""
HTX Nông nghiệp Xuân Bắc (xã Xuân Bắc) ký hợp đồng cung ứng mỗi tháng 20 tấn bơ sáp cho một hệ thống siêu thị tại Thành phố Hồ Chí Minh và Đồng Nai.
HTX có 41 thành viên với 85 ha bơ sáp trồng xen trong vườn cà phê, áp dụng quy trình VietGAP và ghi nhật ký canh tác trên điện thoại.
[img bo-sap-xuan-loc.png] Thành viên HTX Nông nghiệp Xuân Bắc thu hoạch bơ sáp
Để đáp ứng yêu cầu của siêu thị, HTX xây dựng nhà sơ chế, phân loại quả theo trọng lượng và dán tem truy xuất nguồn gốc cho từng thùng hàng.
""",
          byline="Thanh Tâm", author="Thanh Tâm", tags=["Nông nghiệp", "Chuyển đổi số"],
          comments=[("Trần Minh Khoa", datetime(2025, 11, 5, 20, 12),
                     "Cho tôi hỏi HTX có nhận thêm thành viên ở xã Xuân Định không ạ?"),
                    ("bientap", datetime(2025, 11, 6, 8, 3),
                     "Chào anh, anh vui lòng liên hệ trực tiếp Ban quản trị HTX Xuân Bắc để được hướng dẫn.")],
          **meta(datetime(2025, 11, 4, 8, 15)),
          notes=["'Tue, 11/04/2025 - 08:15' (4 November; day-first it reads 11 April); two comments below the Tags "
                 "('Trần Minh Khoa' 'Wed, 11/05/2025 - 20:12', a reply by 'bientap'): neither text, author nor "
                 "date; byline 'Thanh Tâm' last in the body: the author"]),
        A(path=f"{NEWS}/htx-cao-su-dong-phu-dat-chung-nhan-quan-ly-rung-ben-vung", nid=176,
          title="HTX cao su Đồng Phú đạt chứng nhận quản lý rừng bền vững",
          date=datetime(2025, 10, 21, 6, 30),
          lead="HTX Cao su Tân Lợi (Bình Phước cũ) là HTX đầu tiên của tỉnh được cấp chứng nhận quản lý rừng bền vững FSC cho 420 ha cao su của thành viên.",
          body="""
Chứng nhận giúp mủ và gỗ cao su của HTX đáp ứng yêu cầu về truy xuất nguồn gốc, không gây mất rừng của thị trường châu Âu.
Để đạt chứng nhận, HTX lập bản đồ số cho từng lô, tập huấn an toàn lao động và sử dụng hóa chất cho 112 hộ thành viên.
[img cao-su-tan-loi.png] Thành viên HTX Cao su Tân Lợi cạo mủ trên vườn đạt chứng nhận FSC
Các doanh nghiệp chế biến đã cam kết thu mua mủ của HTX với giá cao hơn thị trường 3-5%.
""",
          author=None, tags=["Nông nghiệp"],
          **meta(datetime(2025, 10, 21, 6, 30)),
          notes=["posted at 06:30 in Vietnam: the visible 'Tue, 10/21/2025 - 06:30' is 21 October but the <time> "
                 "datetime is '2025-10-20T23:30:00Z' (UTC, the day before); no byline, account 'bientap': author "
                 "null"]),
        A(path=f"{NEWS}/tap-huan-chuyen-doi-so-cho-htx-khu-vuc-binh-phuoc", nid=163,
          title="Tập huấn chuyển đổi số cho HTX khu vực Bình Phước cũ",
          date=datetime(2025, 9, 16, 16, 45),
          lead="Hơn 90 cán bộ quản lý HTX khu vực Bình Phước cũ được tập huấn sử dụng phần mềm kế toán, hóa đơn điện tử và bán hàng trực tuyến.",
          body="""
Lớp tập huấn do Liên minh HTX tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức trong ba ngày tại phường Bình Phước.
* Sử dụng phần mềm kế toán HTX miễn phí và hóa đơn điện tử;
* Mở gian hàng, quay video giới thiệu sản phẩm trên sàn thương mại điện tử;
* Bảo mật tài khoản và thanh toán không dùng tiền mặt.
Cuối khóa, 27 HTX đăng ký tham gia chương trình hỗ trợ chuyển đổi số năm 2026 của Liên minh HTX tỉnh.
""",
          byline="Ngọc Diệp", author="Ngọc Diệp", tags=["Chuyển đổi số"],
          **meta(datetime(2025, 9, 16, 16, 45)),
          notes=["a list in the body; on the second listing page /tin-tuc?page=1; byline 'Ngọc Diệp' last: the author"]),
        A(path=f"{NEWS}/lien-minh-htx-tinh-dong-nai-on-dinh-to-chuc-sau-hop-nhat", nid=151,
          title="Liên minh HTX tỉnh Đồng Nai ổn định tổ chức sau hợp nhất",
          date=datetime(2025, 8, 1, 9, 0),
          lead="Một tháng sau khi hợp nhất, Liên minh HTX tỉnh Đồng Nai đã cơ bản ổn định tổ chức bộ máy tại trụ sở chính và văn phòng đại diện.",
          body="""
Liên minh hiện có 46 cán bộ, người lao động, làm việc tại trụ sở phường Trấn Biên và văn phòng đại diện tại phường Bình Phước để thuận tiện cho HTX ở cả hai khu vực.
[img lien-minh-sau-hop-nhat.png] Cán bộ Liên minh HTX tỉnh tiếp nhận hồ sơ của HTX tại văn phòng đại diện
Các chương trình cho vay của Quỹ hỗ trợ phát triển HTX tiếp tục được thực hiện bình thường, không để gián đoạn việc giải ngân cho HTX.
""",
          byline="Hoàng Long", author="Hoàng Long", tags=["Hoạt động Liên minh"],
          **meta(datetime(2025, 8, 1, 9, 0)),
          notes=["oldest node: only on /tin-tuc?page=1 ('Fri, 08/01/2025 - 09:00' = 1 August; day-first 8 January "
                 "2025, before the merger); byline 'Hoàng Long' last: the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str, style: str = "wide") -> str:
    return f"/sites/default/files/styles/{style}/public/2025-12/{src}"


def us(d: datetime) -> str:
    return d.strftime("%a, %m/%d/%Y - %H:%M")


def vn(d: datetime) -> str:
    return d.strftime("%d/%m/%Y - %H:%M")


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def time_el(d: datetime) -> str:
    return (f'<time datetime="{utc(d)}" title="{d.strftime("%A, %B %-d, %Y - %H:%M")}" class="datetime">'
            f"{us(d)}</time>")


def user_link(name: str) -> str:
    """Visitors lack 'access user profiles': Drupal prints the username without a link."""
    return (f'<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" '
            f'typeof="schema:Person" property="schema:name" datatype="">{esc(name)}</span></span>')


def submitted(n: DNode) -> str:
    if n.ntype == "su_kien":
        return ""
    when = esc(vn(n.date)) if n.ntype == "van_ban" else (
        f'<span class="field field--name-created field--type-created field--label-hidden">{time_el(n.date)}</span>')
    return (f'<div class="node__meta"><article class="profile"></article><span>Submitted by {user_link(n.account)} '
            f'on {when}</span></div>')


def paragraph_html(b, i: int) -> str:
    if b.kind == "img":
        return (f'<div class="paragraph paragraph--type--image paragraph--view-mode--default">'
                f'<figure><img loading="lazy" src="{img(b.src)}" width="1100" height="733" alt="{attr(b.text)}" '
                f'class="image-style-wide"><figcaption>{esc(b.text)}</figcaption></figure></div>')
    return (f'<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix '
            f'text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">'
            f'{body_html([b])}</div></div>')


def body_html(blocks) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<figure role="group" class="caption caption-img"><img src="{img(b.src, "large")}" '
                       f'alt="{attr(b.text)}" width="800" height="533" loading="lazy"><figcaption>{esc(b.text)}'
                       f'</figcaption></figure>')
    return "".join(out)


def node_html(n: DNode) -> str:
    blocks = n.blocks
    lead = f"<p><strong>{esc(n.lead)}</strong></p>" if n.lead else ""
    byline = f'<p class="text-align-right"><strong><em>{esc(n.byline)}</em></strong></p>' if n.byline else ""
    parts = []
    if n.ntype == "photo_story":
        parts.append('<div class="field field--name-field-noi-dung field--type-entity-reference-revisions '
                     'field--label-hidden field__items">'
                     + "".join(f'<div class="field__item">{paragraph_html(b, i)}</div>' for i, b in enumerate(blocks))
                     + (f'<div class="field__item">{paragraph_html(type(blocks[0])("p", n.byline), 99)}</div>'
                        if n.byline else "") + "</div>")
    else:
        head = blocks[:n.split] if n.split else blocks
        tail = blocks[n.split:] if n.split else []
        parts.append('<div class="text-content clearfix field field--name-body field--type-text-with-summary '
                     f'field--label-hidden field__item">{lead}{body_html(head)}{"" if tail else byline}</div>')
        if tail:
            parts.append('<div class="field field--name-field-noi-dung field--type-entity-reference-revisions '
                         'field--label-hidden field__items">'
                         + "".join(f'<div class="field__item">{paragraph_html(b, i)}</div>' for i, b in enumerate(tail))
                         + "</div>")
    if n.attachments:
        parts.append('<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above">'
                     '<div class="field__label">Tệp đính kèm</div><div class="field__items">'
                     + "".join(f'<div class="field__item"><span class="file file--mime-application-pdf '
                               f'file--application-pdf"><a href="{x["path"]}" type="application/pdf">{esc(x["text"])}'
                               f'</a></span> <span class="file__size">(176.4 KB)</span></div>' for x in n.attachments)
                     + "</div></div>")
    if n.tags:
        parts.append('<div class="field field--name-field-tags field--type-entity-reference field--label-above '
                     'field--tags"><h3 class="field__label field--tags__label">Tags</h3><ul class="links field__items '
                     'field--tags__items">'
                     + "".join(f'<li class="field--tags__item"><a href="/taxonomy/term/{TAGS[t]}" hreflang="vi">'
                               f'{esc(t)}</a></li>' for t in n.tags) + "</ul></div>")
    if n.ntype in ("article", "photo_story"):
        comments = "".join(
            f'<article data-comment-user-id="{USERS.get(who, 0)}" id="comment-{40 + i}" class="comment js-comment '
            f'{"by-node-author" if who == n.account else ""}"><div class="comment__picture-wrapper"><div '
            f'class="comment__picture"><article class="profile"></article></div></div><div class="comment__text-wrapper">'
            f'<footer class="comment__meta"><p class="comment__author"><span lang="">{esc(who)}</span></p>'
            f'<p class="comment__time">{us(when)}</p></footer><div class="comment__content"><div class="clearfix '
            f'text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item">'
            f'<p>{esc(text)}</p></div></div></div></article>' for i, (who, when, text) in enumerate(n.comments))
        count = f'<span class="comments__count">{len(n.comments)}</span>' if n.comments else ""
        parts.append(f'<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments '
                     f'{count}</h2>{comments}<div class="comment-forbidden"><a href="{LOGIN}?destination=/node/{n.nid}'
                     f'%23comment-form">Log in</a> to post comments</div></section>'
                     .replace("Log in</a> to post comments", "Log in to post comments</a>"))
    return (f'<article data-history-node-id="{n.nid}" class="node node--type-{n.ntype.replace("_", "-")} '
            f'node--promoted node--view-mode-full"><header class="">{submitted(n)}</header><div class="node__content">'
            + (f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img '
               f'loading="eager" src="{img(n.first_image(), "wide")}" width="1100" height="733" alt="" '
               f'class="image-style-wide"></div>' if n.ntype == "article" and n.first_image() else "")
            + "".join(parts) + "</div></article>")


def teaser(n: DNode) -> str:
    return (f'<article data-history-node-id="{n.nid}" class="node node--type-{n.ntype.replace("_", "-")} '
            f'node--promoted node--view-mode-teaser"><header class=""><h2 class="node__title"><a href="{n.path}" '
            f'rel="bookmark"><span class="field field--name-title">{esc(n.title)}</span></a></h2>{submitted(n)}</header>'
            f'<div class="node__content"><div class="text-content clearfix field field--name-body"><p>'
            f'{esc(n.summary())}</p></div><ul class="links inline"><li class="node-readmore"><a href="{n.path}" '
            f'rel="tag" title="{attr(n.title)}" hreflang="vi">Read more<span class="visually-hidden"> about '
            f'{esc(n.title)}</span></a></li></ul></div></article>')


def view_row(n: DNode) -> str:
    pic = n.first_image()
    return (f'<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content">'
            + (f'<a href="{n.path}" hreflang="vi"><img loading="lazy" src="{img(pic, "medium")}" width="220" '
               f'height="147" alt=""></a>' if pic else "")
            + f'</div></div><div class="views-field views-field-title"><span class="field-content"><a href="{n.path}" '
            f'hreflang="vi">{esc(n.title)}</a></span></div><div class="views-field views-field-created"><span '
            f'class="field-content">{n.date:%d/%m/%Y}</span></div><div class="views-field views-field-body"><div '
            f'class="field-content">{esc(" ".join(n.summary().split()[:30]))}…</div></div></div>')


def layout(title: str, main: str, hot: list[DNode], *, head: str = "", body_class: str = "path-frontpage",
           crumbs: list[tuple[str, str]] = (), page_title: str | None = None) -> str:
    menu = "".join(f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">'
                   f'<a href="{h}" class="primary-nav__menu-link primary-nav__menu-link--link '
                   f'primary-nav__menu-link--level-1" data-drupal-link-system-path="{s}"><span '
                   f'class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{t}</span></a></li>'
                   for h, s, t in [("/", "<front>", "Trang chủ"), (ABOUT, "node/2", "Giới thiệu"),
                                   (NEWS, "tin-tuc", "Tin tức"), (DOCS, "van-ban", "Văn bản"),
                                   (CONTACT, "contact", "Liên hệ")])
    crumb = ""
    if crumbs:
        crumb = ('<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div '
                 'id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav '
                 'class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" '
                 'class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">'
                 + "".join(f'<li class="breadcrumb__item"><a href="{h}">{t}</a></li>' for h, t in crumbs)
                 + "</ol></div></nav></div></div>")
    ptitle = ""
    if page_title:
        ptitle = ('<div class="region region--content-above grid-full layout--pass--content-medium"><div '
                  'id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title '
                  'page-title"><span class="field field--name-title field--type-string field--label-hidden">'
                  f'{esc(page_title)}</span></h1></div></div>')
    hot_lis = "".join(f'<li><a href="/node/{n.nid}">{esc(n.title)}</a></li>' if i < 2 else
                      f'<li><a href="{n.path}">{esc(n.title)}</a></li>' for i, n in enumerate(hot))
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:6])
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:152;--color--primary-saturation:60%;--color--primary-lightness:34">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />{head}
<title>{esc(title)} | Liên minh HTX tỉnh Đồng Nai</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8sT3kVb2nYzPwA1.css?delta=0&amp;language=vi&amp;theme=olivero&amp;include=eJxdyEEKgCAQBdALSZ4pRv3p0OiIo1S3" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"vi"}},"ajaxTrustedUrl":{{"\\/search\\/node":true}}}}</script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-lmhtx-dongnai.png" alt="Trang chủ" fetchpriority="high" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">Liên minh HTX tỉnh Đồng Nai</a></div><div class="site-branding__slogan">{esc(SLOGAN)}</div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search" /></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul data-drupal-selector="primary-nav-menu--level-1" class="menu primary-nav__menu primary-nav__menu--level-1">{menu}</ul></nav>
<nav id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav" aria-labelledby="block-olivero-account-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-account-menu-menu">User account menu</h2><ul class="menu secondary-nav__menu secondary-nav__menu--level-1"><li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="{LOGIN}" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">Log in</a></li></ul></nav>
</div></div></div></div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--hero grid-full layout--pass--content-medium"><div id="block-ngaythang" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body"><p class="today">{esc(TODAY)}</p><p class="banner"><strong>{esc(BANNER)}</strong></p></div></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
{crumb}
{ptitle}
<div class="main-content__container container">
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
{main}
</div></div></div>
<div class="region region--sidebar">
<div id="block-tinnoibat" class="block block-block-content"><h2 class="block__title">{SIDE[0]}</h2><div class="block__content"><div class="text-content field field--name-body"><ul>{hot_lis}</ul></div></div></div>
<div id="block-thoitiet" class="block block-block-content"><h2 class="block__title">{SIDE[1]}</h2><div class="block__content"><p>{SIDE[2]}</p><p>{SIDE[3]}</p></div></div>
<div id="block-thongke" class="block block-block-content"><h2 class="block__title">{SIDE[4]}</h2><div class="block__content"><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div></div>
<div id="block-lienket" class="block block-block-content"><h2 class="block__title">{SIDE[8]}</h2><div class="block__content"><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div></div>
</div>
</div>
</div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
</div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top grid-full"><div class="region--footer_top__inner"><div id="block-thongtinlienhe" class="block block-block-content"><h2 class="block__title">{FOOTER[0]}</h2><div class="block__content"><div class="text-content field field--name-body">{footer}</div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="{{{{base:offsite}}}}/drupal/">Drupal</a></span></div></div>
</div></footer>
<div class="overlay" data-drupal-selector="overlay"></div>
</div></div>
</div>
<script src="/sites/default/files/js/js_8Yp1uQf2.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=olivero"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-nai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    nodes = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [n for n in nodes if n.ntype != "van_ban"]
    docs = [n for n in nodes if n.ntype == "van_ban"]
    hot = [n for n in news if n.first_image()][:5]

    for n in nodes:
        head = (f'\n<link rel="canonical" href="{n.path}" />\n<link rel="shortlink" href="/node/{n.nid}" />'
                f'\n<meta property="og:title" content="{attr(n.title)}" />')
        section = (DOCS, "Văn bản") if n.ntype == "van_ban" else (NEWS, "Tin tức")
        page = layout(n.title, node_html(n), hot, head=head, crumbs=[("/", "Trang chủ"), section],
                      body_class=f"path-node page-node-type-{n.ntype.replace('_', '-')}", page_title=n.title)
        site.page(n.path, page, content_type=HTML)
        site.page(f"/node/{n.nid}", page, content_type=HTML)
        n.aliases = [f"/node/{n.nid}"]
        site.add_article(n)
    site.binary(PDF_PATH, pdf("Kế hoạch số 18/KH-LMHTX", ["KE HOACH HO TRO HTX THAM GIA CHUOI GIA TRI 2026",
                                                         "Lien minh HTX tinh Dong Nai"]))
    site.trap("every node is also served at /node/<nid> (the same page: <link rel=shortlink>; the sidebar block "
              "'Tin nổi bật' links two nodes so): aliases, not second articles", f"/node/{news[0].nid}")
    site.trap("Olivero: the node's title is the page-title block's h1.page-title above the <article> (breadcrumb "
              "and a hero block 'Hôm nay: …' with the congress banner above it); the <article> holds the 'Submitted "
              "by' line, the body, the Paragraphs field, 'Tags' and the comments section", news[0].path)

    # views listings: /tin-tuc?page=N (0-indexed; relative '?page=1' links), /van-ban
    def listing(path: str, title: str, items: list[DNode], per: int) -> None:
        pages = [items[i:i + per] for i in range(0, len(items), per)]
        for k, chunk in enumerate(pages):
            pager = ""
            if len(pages) > 1:
                lis = "".join(
                    f'<li class="pager__item pager__item--active"><span class="visually-hidden">Current page</span>'
                    f'{j + 1}</li>' if j == k else
                    f'<li class="pager__item"><a href="?page={j}" title="Go to page {j + 1}"><span '
                    f'class="visually-hidden">Page </span>{j + 1}</a></li>' for j in range(len(pages)))
                if k > 0:
                    lis = (f'<li class="pager__item pager__item--control pager__item--previous"><a href="?page={k - 1}" '
                           f'title="Go to previous page" rel="prev"><span class="visually-hidden">Previous page</span>'
                           f'‹</a></li>' + lis)
                if k < len(pages) - 1:
                    lis += (f'<li class="pager__item pager__item--control pager__item--next"><a href="?page={k + 1}" '
                            f'title="Go to next page" rel="next"><span class="visually-hidden">Next page</span>›</a></li>')
                pager = (f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 '
                         f'id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items '
                         f'js-pager__items">{lis}</ul></nav>')
            main = (f'<div class="views-element-container"><div class="view view-tin-tuc view-id-tin_tuc '
                    f'view-display-id-page_1"><div class="view-content">{"".join(view_row(n) for n in chunk)}</div>'
                    f'{pager}</div></div>')
            url = path if k == 0 else f"{path}?page={k}"
            site.page(url, layout(title, main, hot, crumbs=[("/", "Trang chủ")], page_title=title,
                                  body_class="path-tin-tuc"), content_type=HTML)
            site.non_articles.append(url)
            if k == 0 and len(pages) > 1:
                site.same_page(f"{path}?page=0", path)

    listing(NEWS, "Tin tức", news, 6)
    listing(DOCS, "Văn bản", docs, 10)
    site.trap("views listing /tin-tuc (image, title, 'dd/mm/yyyy', trimmed body) pages with relative links "
              "'?page=1' (0-indexed: page=1 is the second page, '?page=0' the first), holding the two oldest nodes",
              f"{NEWS}?page=1")

    # front page: promoted nodes as teasers (with the 'Submitted by' line), the RSS feed
    front = f'<div class="views-element-container"><div class="view view-frontpage">{"".join(teaser(n) for n in nodes)}</div></div>'
    site.page("/", layout("Trang chủ", front, hot, head='\n<link rel="alternate" type="application/rss+xml" title="" '
                                                      'href="/rss.xml" />'), content_type=HTML)
    items = "".join(f"<item><title>{esc(n.title)}</title><link>{{{{base}}}}{n.path}</link><description>"
                    f"{esc(n.summary())}</description><pubDate>{n.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
                    f"<dc:creator>{esc(n.account or 'bientap')}</dc:creator><guid isPermaLink=\"false\">{n.nid} at "
                    f"{{{{base}}}}</guid></item>" for n in nodes if n.ntype != "su_kien")
    site.page("/rss.xml", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{{base}}" '
                          'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Liên minh HTX tỉnh Đồng Nai'
                          '</title><link>{{base}}/</link><description></description><language>vi</language>'
                          f'{items}</channel></rss>', content_type="application/rss+xml; charset=utf-8")
    site.trap("front page: every promoted node as an Olivero teaser (h2 title, 'Submitted by … on …', summary, "
              "'Read more'); RSS /rss.xml (rel=alternate on the front page and the social bar; pubDate +0700; the "
              "event node not in it): not articles", "/")

    # taxonomy term pages (Tags)
    for name, tid in TAGS.items():
        tagged = [n for n in nodes if name in n.tags]
        site.page(f"/taxonomy/term/{tid}", layout(name, "".join(teaser(n) for n in tagged), hot,
                                                  crumbs=[("/", "Trang chủ")], page_title=name,
                                                  body_class="path-taxonomy"), content_type=HTML)
        site.non_articles.append(f"/taxonomy/term/{tid}")
    site.trap("'Tags' links /taxonomy/term/<tid>: the term's teasers (h1 the tag name): not articles", "/taxonomy/term/4")

    about = [
        "Liên minh Hợp tác xã tỉnh Đồng Nai được hợp nhất từ Liên minh Hợp tác xã tỉnh Đồng Nai và Liên minh Hợp tác "
        "xã tỉnh Bình Phước theo Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, hoạt động từ ngày 01 "
        "tháng 7 năm 2025.",
        "Liên minh là tổ chức chính trị - xã hội, làm nòng cốt trong tuyên truyền, vận động, hỗ trợ phát triển kinh tế "
        "tập thể; đại diện và bảo vệ quyền, lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác "
        "thành viên trên địa bàn tỉnh.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Chính sách - Hỗ trợ phát "
        "triển, Quỹ hỗ trợ phát triển hợp tác xã và Trung tâm Tư vấn, hỗ trợ hợp tác xã, làm việc tại trụ sở phường "
        "Trấn Biên và văn phòng đại diện phường Bình Phước."]
    about_node = ('<article data-history-node-id="2" class="node node--type-page node--view-mode-full"><div '
                  'class="node__content"><div class="text-content clearfix field field--name-body">'
                  + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></div></article>")
    about_page = layout("Giới thiệu", about_node, hot, head=f'\n<link rel="canonical" href="{ABOUT}" />\n<link '
                                                            'rel="shortlink" href="/node/2" />',
                        crumbs=[("/", "Trang chủ")], page_title="Giới thiệu Liên minh HTX tỉnh",
                        body_class="path-node page-node-type-page")
    site.page(ABOUT, about_page, content_type=HTML)
    site.page("/node/2", about_page, content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", '<form class="contact-message-feedback-form contact-message-form contact-form" '
                                        'action="/contact" method="post" accept-charset="UTF-8"><input type="text" '
                                        'name="name"><input type="email" name="mail"><input type="text" '
                                        'name="subject[0][value]"><textarea name="message[0][value]"></textarea><input '
                                        'type="hidden" name="form_build_id" value="form-Hn3kq2Xw9vB"><input type="hidden" '
                                        'name="form_id" value="contact_message_feedback_form"><input type="submit" '
                                        'value="Send message"></form>', hot, crumbs=[("/", "Trang chủ")],
                              page_title="Liên hệ", body_class="path-contact"), content_type=HTML)
    site.page(LOGIN, layout("Log in", '<form class="user-login-form" action="/user/login" method="post"><input '
                                      'name="name"><input name="pass" type="password"><input type="submit" value="Log in">'
                                      '</form>', hot, page_title="Log in", body_class="path-user"), content_type=HTML)
    site.trap("basic page /gioi-thieu (also /node/2: page-title h1, three long paragraphs, no 'Submitted by' line), "
              "the core contact form /contact: not articles; 'Log in' /user/login (and every node's 'Log in to post "
              "comments' link to it) is disallowed by Drupal's robots.txt: never fetch", ABOUT)
    site.non_articles += ["/", ABOUT, "/node/2", CONTACT]
    site.never_fetched.append(LOGIN)
    site.static("/robots.txt", "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
                               "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n\n"
                               "User-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\n"
                               "# Directories\nDisallow: /core/\nDisallow: /profiles/\n# Files\nDisallow: /README.md\n"
                               "# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\n"
                               "Disallow: /filter/tips\nDisallow: /node/add/\nDisallow: /search/\n"
                               "Disallow: /user/register\nDisallow: /user/password\nDisallow: /user/login\n"
                               "Disallow: /user/logout\n# Paths (no clean URLs)\nDisallow: /index.php/admin/\n"
                               "Disallow: /index.php/user/login\n")
    return site
