"""Site `lmhtx-quangngai-moi` (registry family `generic`): the portal of the merged Quảng Ngãi alliance (Kon Tum
joined it on 1 July 2025) built with the Duda site builder, written as a held-out test: no family module, no
selectors.

Why it is hard: every page is Duda's nest `div#dm.dmwr > … > div#site_content`, a header and a footer made of the same
`div.dmRespRow > div.dmRespColsWrapper > div.dmRespCol` rows and `div.dmNewParagraph` text widgets as the content
(slogans, address and licence are paragraph widgets too). Blog posts `/tin-tuc/<slug>` are a `div.blog-post-wrapper`:
`h1.blog-post-title`, `span.blog-post-author` (a person, the account "Quản trị viên", or absent) and
`span.blog-post-date` printed by the blog widget's default locale MONTH FIRST ("2/6/2026" is 6 February; the page's
own "Bài viết mới" and related widgets show other dates of the same format such as "1/15/2026", the blog list shows
"6 thg 2, 2026"); no time anywhere and no date metadata. The text is `div.blog-post-body`: paragraph widgets,
`div.imageWidget` photos with `span.caption-text` captions, a table inside a paragraph widget. After it a related
posts widget (title, date, excerpt). The official notice is not a blog post but a Duda "flex" page
(`section[data-auto=section] > div[data-auto=flex-element-group] > div[data-auto=flex-element-widget-wrapper]`) whose
only date is the document's own place-date line. Events are Duda dynamic pages `/su-kien/<slug>` bound to a
collection (`data-binding`): no date but "Ngày 9/3" in the text and "09/03/2026" in the collection list `/su-kien`.
The blog list pages by `/tin-tuc/page/2` (under the posts' own prefix); the introduction page is a flex page of long
paragraph widgets.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-quangngai-moi"
NAME = "Liên minh Hợp tác xã tỉnh Quảng Ngãi"
HTML = "text/html; charset=utf-8"
BLOG = "/tin-tuc"
EVENTS = "/su-kien"
DOCS = "/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
PDF_PATH = "/files/uploaded/TB-15-LMHTX-dang-ky-hoi-cho-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Quảng Ngãi - Kon Tum: đoàn kết, hợp tác, cùng phát triển",
           "Phát triển kinh tế tập thể gắn với xây dựng nông thôn mới"]
FOOTER = ["Trụ sở: Số 96 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
          "Cơ sở 2: Số 125 Bà Triệu, phường Kon Tum, tỉnh Quảng Ngãi",
          "Điện thoại: 0255.3822.570 - Email: lmhtx@quangngai.gov.vn",
          "Chịu trách nhiệm nội dung: Bà Phạm Thị Hồng Vân - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 14/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi cấp ngày 26/8/2025",
          "© 2025 Liên minh HTX tỉnh Quảng Ngãi. Thiết kế trên nền tảng Duda."]
SIDE = ["Bài viết mới", "Lượt truy cập", "Hôm nay: 318", "Tổng lượt truy cập: 904.127", "Thời tiết Quảng Ngãi",
        "Mưa rào rải rác", "Độ ẩm: 84%"]
LABELS = ["Bài viết liên quan", "Chia sẻ bài viết", "Quay lại Tin tức", "Đăng ký nhận bản tin",
          "Văn bản khác", "Tải văn bản"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *LABELS]


def mdy(d: datetime) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def vn(d: datetime) -> str:
    return f"{d.day} thg {d.month}, {d.year}"


def day(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=BLOG + "/htx-que-tra-bong-vao-vu-xuat-hang-tet",
          title="HTX quế Trà Bồng vào vụ xuất hàng Tết",
          date=datetime(2026, 2, 6),
          body="""
Trước Tết Bính Ngọ, HTX Nông lâm nghiệp Trà Bồng tăng ca để kịp giao 40 tấn quế vỏ và tinh dầu quế cho các đối tác trong nước và Ấn Độ.
HTX liên kết với 260 hộ đồng bào Cor trồng quế trên diện tích hơn 400 ha, thu mua quế tươi theo giá sàn thỏa thuận từ đầu năm.
[img que-tra-bong.png] Thành viên HTX phân loại quế vỏ trước khi đóng bao
Năm 2025, doanh thu của HTX đạt 27 tỷ đồng; sản phẩm tinh dầu quế Trà Bồng đạt OCOP 4 sao.
""",
          author=None, **day(datetime(2026, 2, 6)), opts={},
          notes=["span.blog-post-date '2/6/2026' is month first (6 February): the page's 'Bài viết mới' widget shows "
                 "'1/15/2026' and '11/21/2025' in the same format, the blog list '6 thg 2, 2026'; no time: midnight; no "
                 "span.blog-post-author and no byline: author null"]),
        A(path=BLOG + "/lien-minh-htx-tinh-tong-ket-nam-2025-trien-khai-nhiem-vu-nam-2026",
          title="Liên minh HTX tỉnh tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
          date=datetime(2026, 1, 15),
          body="""
**Sáng 14/1, Liên minh HTX tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác năm 2025, năm đầu tiên hoạt động sau hợp nhất với Liên minh HTX tỉnh Kon Tum.**
Năm 2025, toàn tỉnh thành lập mới 58 HTX, nâng tổng số lên 842 HTX với gần 71.000 thành viên; doanh thu bình quân một HTX đạt 3,6 tỷ đồng.
[img tong-ket-2025.png] Lãnh đạo tỉnh trao Bằng khen cho các HTX có thành tích xuất sắc
## Nhiệm vụ năm 2026
* Thành lập mới ít nhất 60 HTX, ưu tiên các xã miền núi khu vực Kon Tum cũ;
* Hỗ trợ 30 HTX ứng dụng chuyển đổi số trong quản lý và bán hàng;
* Nâng vốn điều lệ Quỹ hỗ trợ phát triển HTX tỉnh lên 50 tỷ đồng.
Hội nghị đã khen thưởng 26 tập thể và 31 cá nhân có thành tích trong phong trào kinh tế tập thể năm 2025.
""",
          author="Trần Minh Quang", **day(datetime(2026, 1, 15)),
          opts={"author": "Trần Minh Quang"},
          notes=["span.blog-post-author 'Trần Minh Quang': the author, not text; '1/15/2026' (month first, no time): "
                 "midnight; the bold first paragraph is the lead: first line"]),
        A(path=BLOG + "/quang-ngai-co-them-16-san-pham-ocop-cua-htx",
          title="Quảng Ngãi có thêm 16 sản phẩm OCOP của HTX",
          date=datetime(2025, 12, 8),
          body="""
UBND tỉnh vừa công nhận 16 sản phẩm OCOP của các HTX, trong đó 7 sản phẩm của HTX khu vực Kon Tum cũ.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Sâm dây Ngọc Linh | HTX Nông nghiệp Tu Mơ Rông | 4 sao |
| 2 | Tỏi Lý Sơn đen | HTX Tỏi Lý Sơn | 4 sao |
| 3 | Cà phê Đăk Hà rang xay | HTX Cà phê Đăk Hà | 3 sao |
| 4 | Đường phèn Mộ Đức | HTX Nông nghiệp Mộ Đức | 3 sao |
Liên minh HTX tỉnh sẽ hỗ trợ các chủ thể tham gia Hội chợ sản phẩm HTX, OCOP tỉnh năm 2026.
""",
          byline="Ngọc Ánh", author="Ngọc Ánh", **day(datetime(2025, 12, 8)),
          opts={"author": "Quản trị viên"},
          notes=["a table inside a paragraph widget (one line per row, cells between ' | '); span.blog-post-author "
                 "'Quản trị viên' is the account; byline 'Ngọc Ánh' last: part of the text, the author; '12/8/2025' "
                 "is 8 December (month first)"]),
        A(path=BLOG + "/htx-toi-ly-son-mo-rong-lien-ket-tieu-thu",
          title="HTX tỏi Lý Sơn mở rộng liên kết tiêu thụ",
          date=datetime(2025, 11, 21),
          body="""
HTX Tỏi Lý Sơn (đặc khu Lý Sơn) vừa ký hợp đồng cung ứng 150 tấn tỏi khô mỗi năm cho một chuỗi siêu thị và hai doanh nghiệp chế biến tỏi đen.
Tỏi được trồng trên nền cát trắng phủ lớp đất núi lửa, theo quy trình thống nhất của HTX và được dán tem chỉ dẫn địa lý chống hàng giả.
[img toi-ly-son.png] Thành viên HTX bó tỏi khô trước khi giao cho doanh nghiệp
HTX hiện có 118 thành viên, doanh thu năm 2025 ước đạt 22 tỷ đồng.
""",
          author="Trần Minh Quang", **day(datetime(2025, 11, 21)), opts={"author": "Trần Minh Quang"}),
        A(path=BLOG + "/anh-htx-sam-ngoc-linh-vao-vu-thu-hoach",
          title="Ảnh: HTX sâm Ngọc Linh vào vụ thu hoạch",
          date=datetime(2025, 9, 12),
          body="""
**Những ngày đầu tháng 9, thành viên HTX Nông nghiệp Tu Mơ Rông (khu vực Kon Tum cũ) vào vụ thu hoạch sâm dây và sâm Ngọc Linh dưới tán rừng.**
[img sam-ngoc-linh-1.png] Vườn sâm của HTX dưới tán rừng nguyên sinh ở độ cao 1.800 m
[img sam-ngoc-linh-2.png] Thành viên HTX thu hoạch sâm dây
[img sam-ngoc-linh-3.png] Sâm được rửa sạch, phân loại theo tuổi củ
[img sam-ngoc-linh-4.png] Sản phẩm sâm Ngọc Linh của HTX có tem truy xuất nguồn gốc
""",
          author="Hồ Văn Phương", **day(datetime(2025, 9, 12)), opts={"author": "Hồ Văn Phương"},
          notes=["photo story: a bold lead paragraph widget then four imageWidgets with span.caption-text captions (one "
                 "line each); '9/12/2025' is 12 September (month first; the text says 'đầu tháng 9'); author span "
                 "'Hồ Văn Phương'"]),
        A(path=BLOG + "/lien-minh-htx-tinh-quang-ngai-moi-di-vao-hoat-dong",
          title="Liên minh HTX tỉnh Quảng Ngãi (mới) đi vào hoạt động",
          date=datetime(2025, 7, 3),
          body="""
**Từ ngày 01/7/2025, Liên minh HTX tỉnh Quảng Ngãi được hợp nhất từ Liên minh HTX hai tỉnh Quảng Ngãi và Kon Tum chính thức đi vào hoạt động.**
Trụ sở chính đặt tại phường Cẩm Thành; cơ sở 2 tại phường Kon Tum tiếp tục tiếp nhận hồ sơ của các HTX khu vực Kon Tum cũ.
Trước mắt, Liên minh tập trung ổn định tổ chức, hợp nhất dữ liệu HTX và bảo đảm hoạt động cho vay của Quỹ hỗ trợ phát triển HTX không bị gián đoạn.
""",
          author="Trần Minh Quang", **day(datetime(2025, 7, 3)), opts={"author": "Trần Minh Quang"},
          notes=["oldest post-merger post: only on /tin-tuc/page/2; '7/3/2025' is 3 July (month first; the text says "
                 "'Từ ngày 01/7/2025')"]),
        A(path=BLOG + "/htx-ca-phe-dak-ha-nang-chat-luong-ca-phe-nhan",
          title="HTX cà phê Đăk Hà nâng chất lượng cà phê nhân",
          date=datetime(2024, 10, 25),
          body="""
HTX Cà phê Đăk Hà (huyện Đăk Hà) hướng dẫn 85 hộ thành viên thu hái cà phê chín đạt tỷ lệ trên 90% trong niên vụ 2024 - 2025.
HTX đầu tư sân phơi có mái che và máy xát vỏ, nhờ đó cà phê nhân đạt tiêu chuẩn xuất khẩu, bán cao hơn giá thị trường 3.000 đồng/kg.
[img ca-phe-dak-ha.png] Thành viên HTX phơi cà phê trên sân có mái che
""",
          byline="Nguồn: Báo Kon Tum", author=None, **day(datetime(2024, 10, 25)),
          opts={"author": "Quản trị viên"},
          notes=["a 2024 post migrated from the former Kon Tum portal ('10/25/2024'); 'Nguồn: Báo Kon Tum' last: part "
                 "of the text, a source; author span 'Quản trị viên' (the account): author null; only on /tin-tuc/page/2"]),
        A(path=EVENTS + "/ra-mat-htx-du-lich-cong-dong-lang-kon-ko-tu",
          title="Ra mắt HTX Du lịch cộng đồng làng Kon Kơ Tu",
          date=datetime(2026, 3, 9),
          body="""
Ngày 9/3, tại làng Kon Kơ Tu (xã Đăk Rơ Wa), Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng làng Kon Kơ Tu.
HTX có 36 thành viên là người Ba Na, cung cấp dịch vụ homestay, ẩm thực, biểu diễn cồng chiêng và chèo thuyền độc mộc trên sông Đăk Bla.
[img kon-ko-tu.png] Đội cồng chiêng của HTX biểu diễn trong lễ ra mắt
Liên minh HTX tỉnh sẽ hỗ trợ HTX đào tạo kỹ năng phục vụ khách và kết nối với các công ty lữ hành ở Quảng Ngãi và Đà Nẵng.
""",
          byline="Bài, ảnh: Thu Hà", author="Thu Hà",
          published=iso(datetime(2026, 3, 9), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True},
          notes=["a Duda dynamic page bound to the 'Sự kiện' collection (data-binding): no date on the page; 'Ngày 9/3' "
                 "(no year) in the text and '09/03/2026' in the collection list /su-kien: midnight; byline 'Bài, ảnh: "
                 "Thu Hà' last: part of the text, the author"]),
        A(path=DOCS + "/thong-bao-15-tb-lmhtx",
          title="Thông báo về việc đăng ký tham gia Hội chợ sản phẩm HTX, OCOP tỉnh Quảng Ngãi năm 2026",
          date=datetime(2026, 1, 5),
          body="""
LIÊN MINH HTX TỈNH QUẢNG NGÃI
Số: 15/TB-LMHTX
Quảng Ngãi, ngày 05 tháng 01 năm 2026
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm HTX, OCOP tỉnh Quảng Ngãi năm 2026
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Quảng Ngãi năm 2026 từ ngày 15 đến 19/4/2026 tại Quảng trường Phạm Văn Đồng, phường Cẩm Thành, quy mô 150 gian hàng.
Các HTX, liên hiệp HTX, tổ hợp tác và chủ thể OCOP có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh (trụ sở chính hoặc cơ sở 2) trước ngày 20/3/2026.
HTX tham gia được miễn phí gian hàng tiêu chuẩn; HTX ở các xã miền núi được hỗ trợ chi phí vận chuyển hàng hóa.
Nơi nhận: Các HTX, liên hiệp HTX trong tỉnh; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nguyễn Văn Bình
""",
          author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "TB-15-LMHTX-dang-ky-hoi-cho-2026.pdf"}],
          published=iso(datetime(2026, 1, 5), with_time=False), published_source="document",
          evidence=["document", "listing"], opts={"doc": True},
          notes=["official notice 'Số: 15/TB-LMHTX' as a Duda flex page (section[data-auto=section] > "
                 "div[data-auto=flex-element-group] > widget wrappers, paragraph widgets): no date but the document's "
                 "place-date line 'Quảng Ngãi, ngày 05 tháng 01 năm 2026' (and '05/01/2026' in the /van-ban list): "
                 "midnight; signer last, author null; the PDF behind a button widget 'Tải văn bản': an attachment, "
                 "not text; a 'Văn bản khác' flex section after it"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def did(text: str) -> str:
    return str(1000000000 + int(hashlib.md5(text.encode()).hexdigest()[:7], 16))


def img(src: str) -> str:
    return f"/md/dmtmpl/5c1f8a2e/dms3rep/multi/{src}"


def para(inner: str, key: str, extra: str = "") -> str:
    return (f'<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="{did(key)}"{extra} '
            f'style="transition: none 0s ease 0s; text-align: left; display: block;">{inner}</div>')


def image(src: str, caption: str, key: str) -> str:
    return (f'<div class="imageWidget align-center" data-element-type="image" data-widget-type="image" '
            f'id="{did(key)}"><img src="{img(src)}" alt="{attr(caption)}" id="{did(key + "i")}" class="" '
            f'data-dm-image-path="{img(src)}" width="1200" height="800">'
            + (f'<div class="caption-container" style=""><span class="caption-text">{esc(caption)}</span></div>'
               if caption else "") + "</div>")


def row(cols: list[tuple[int, str]], key: str, extra_class: str = "") -> str:
    inner = "".join(f'<div class="dmRespCol large-{w} medium-{w} small-12" id="{did(key + str(i))}">{c}</div>'
                    for i, (w, c) in enumerate(cols))
    return (f'<div class="dmRespRow{extra_class}" id="{did(key)}"><div class="dmRespColsWrapper" '
            f'id="{did(key + "w")}">{inner}</div></div>')


def body_widgets(a: Article) -> str:
    out: list[str] = []
    buf: list[str] = []
    rows: list[list[str]] = []
    n = [0]

    def flush() -> None:
        if rows:
            head, *rest = rows
            buf.append('<table class="dmTable"><tbody><tr>' + " ".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rest)
                       + "</tbody></table>")
            rows.clear()
        if buf:
            n[0] += 1
            out.append(para("".join(buf), f"{a.path}-p{n[0]}"))
            buf.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        if rows:
            head, *rest = rows
            buf.append('<table class="dmTable"><tbody><tr>' + " ".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rest)
                       + "</tbody></table>")
            rows.clear()
        if b.kind == "p":
            buf.append(f'<p class="text-align-left"><span style="display: initial;">{inline_html(b.text)}</span></p>')
        elif b.kind == "h":
            buf.append(f'<h2 class="text-align-left"><span style="display: initial;">{inline_html(b.text)}</span></h2>')
        elif b.kind == "ul":
            buf.append('<ul class="defaultList bullet">' + "".join(
                f'<li><span style="display: initial;">{inline_html(i)}</span></li>' for i in b.items) + "</ul>")
        elif b.kind == "img":
            flush()
            n[0] += 1
            out.append(image(b.src, b.text, f"{a.path}-i{n[0]}"))
    if a.byline:
        buf.append(f'<p class="text-align-right" style="text-align: right;"><span style="display: initial;">'
                   f'<strong>{esc(a.byline)}</strong></span></p>')
    flush()
    return "".join(out)


def header() -> str:
    nav = "".join(f'<li class="unifiednav__item-wrap"><a href="{h}" class="unifiednav__item" target="">'
                  f'<span class="nav-item-text">{t}</span></a></li>'
                  for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"), (EVENTS, "Sự kiện"),
                               (DOCS, "Văn bản"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    top = row([(6, para(f"<p><span>{TODAY}</span></p>", "today")),
               (6, para(f'<p class="text-align-right"><span>{esc(SLOGANS[0])}</span></p>', "slogan0"))], "toprow")
    brand = row([(2, f'<div class="imageWidget align-center" data-element-type="image" id="{did("logo")}"><a href="/">'
                     f'<img src="{img("logo-lmhtx-quangngai.png")}" alt="{NAME}"></a></div>'),
                 (10, para(f'<p><span style="font-weight: bold;">{NAME.upper()}</span></p>'
                           f'<p><span>{esc(SLOGANS[1])}</span></p>', "brand"))], "brandrow")
    menu = row([(12, f'<nav class="u_{did("nav")} effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation" '
                     f'layout-main="horizontal_nav_layout_2" data-auto="navigation-pages"><ul role="menubar" '
                     f'class="unifiednav__container">{nav}</ul></nav>')], "navrow")
    return (f'<div class="dmHeaderContainer fHeader d-header-wrapper"><div id="hcontainer" data-scrollable-target="body" '
            f'class="dmHeader p_hfcontainer">{top}{brand}{menu}</div></div>')


def footer() -> str:
    left = para("".join(f"<p><span>{esc(x)}</span></p>" for x in [NAME, *FOOTER[:3]]), "foot1")
    right = para("".join(f"<p><span>{esc(x)}</span></p>" for x in FOOTER[3:5]), "foot2")
    sub = para(f'<p><span style="font-weight: bold;">{LABELS[3]}</span></p>', "foot3") + (
        f'<div class="dmform default native-inputs" data-element-type="dContactUsRespId" id="{did("subform")}">'
        '<form class="dmRespDesignRow" action="javascript:void(0)"><input type="email" name="dmform-0">'
        '<input class="dmformsubmit dmWidget R" value="Đăng ký" type="submit"></form></div>')
    return (f'<div class="dmFooterContainer"><div id="fcontainer" class="dmFooter p_hfcontainer">'
            + row([(5, left), (4, right), (3, sub)], "footrow")
            + row([(12, para(f'<p class="text-align-center"><span>{esc(FOOTER[5])}</span></p>', "copy"))], "copyrow")
            + "</div></div>")


def sidebar(recent: list[Article]) -> str:
    items = "".join(f'<li class="recent-post-item"><a href="{a.path}">{esc(a.title)}</a>'
                    f'<span class="recent-post-date">{mdy(a.date)}</span></li>' for a in recent)
    return (para(f'<h3><span>{SIDE[0]}</span></h3>', "side0")
            + f'<div class="dmWidget dmBlogRecentPosts" data-element-type="blogRecentPosts" id="{did("recent")}">'
            f'<ul>{items}</ul></div>'
            + para(f"<h3><span>{SIDE[4]}</span></h3><p><span>27°C</span></p><p><span>{SIDE[5]}</span></p>"
                   f"<p><span>{SIDE[6]}</span></p>", "weather")
            + para(f"<h3><span>{SIDE[1]}</span></h3><p><span>{SIDE[2]}</span></p><p><span>{SIDE[3]}</span></p>",
                   "counter"))


def layout(title: str, content: str, *, alias: str, head: str = "", desc: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi" class="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc or NAME)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="{NAME}">{head}
<link rel="stylesheet" href="/_dm/s/rt/dist/css/d-css-runtime-desktop-one-package-structured-global.min.css">
<link rel="stylesheet" href="/sites/5c1f8a2e/css/desktop.css">
<script src="/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js"></script>
</head>
<body id="dmRoot" data-page-alias="{attr(alias)}" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody responsiveTablet">
<div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard">
<div dmwrapped="true" id="{did("outer")}" class="dmOuter"><div id="dmStyle_innerContainer" class="dmInner">
<div class="dmLayoutWrapper standard-var dmStandardDesktop"><div id="site_content">
{header()}
<div class="stickyHeaderSpacer" id="stickyHeaderSpacer" data-new="true"></div>
<div dmwrapped="true" id="dmFirstContainer" class="dmBody"><div id="allWrapper" class="allWrapper">
<div id="dm_content" class="dmContent" role="main">
{content}
</div></div></div>
{footer()}
</div></div></div></div></div></div>
<script>window.dmAPI = window.dmAPI || {{}}; var _dm_gaq = {{}}; var dmRt = {{siteAlias: "5c1f8a2e", locale: "vi_VN"}};</script>
</body>
</html>
"""


def post_content(a: Article, related: list[Article], recent: list[Article]) -> str:
    meta = ('<div class="blog-post-meta">'
            + (f'<span class="blog-post-author">{esc(a.opts["author"])}</span> <span class="blog-post-sep">|</span> '
               if a.opts.get("author") else "")
            + f'<span class="blog-post-date">{mdy(a.date)}</span></div>')
    rel = "".join(
        f'<div class="blog-related-post"><a href="{r.path}" class="blog-related-post-image">'
        + (f'<img src="{img(r.first_image())}" alt="">' if r.first_image() else "")
        + f'</a><a class="blog-related-post-title" href="{r.path}">{esc(r.title)}</a>'
        f'<span class="blog-related-post-date">{mdy(r.date)}</span><div class="blog-related-post-excerpt">'
        f'{esc(" ".join(r.summary().replace("**", "").split()[:22]))}…</div></div>' for r in related)
    post = (f'<div class="blog-post-wrapper" data-element-type="dBlogPost" id="{did(a.path)}">'
            f'<div class="blog-post-header"><h1 class="blog-post-title">{esc(a.title)}</h1>{meta}</div>'
            f'<div class="blog-post-body">{body_widgets(a)}</div>'
            f'<div class="blog-post-share"><span>{LABELS[1]}</span> <a href="javascript:void(0)">Facebook</a> '
            f'<a href="javascript:void(0)">Zalo</a></div>'
            f'<a class="blog-post-back" href="{BLOG}">« {LABELS[2]}</a></div>'
            f'<div class="dmWidget dmBlogRelatedPosts" data-element-type="relatedPosts" id="{did(a.path + "rel")}">'
            f'<h3>{LABELS[0]}</h3><div class="blog-related-posts">{rel}</div></div>')
    return (f'<div dm:templateorder="170" class="dmBlogPostPage dmInnerBarRow" id="{did("postpage")}">'
            + row([(8, post), (4, sidebar(recent))], a.path + "row") + "</div>")


def flex(groups: list[list[str]], key: str) -> str:
    """A Duda flex section: groups of widget wrappers."""
    gs = "".join(
        f'<div class="flex-element group" data-auto="flex-element-group" data-flex-id="{did(key + str(i))}">'
        + "".join(f'<div class="flex-element widget-wrapper" data-auto="flex-element-widget-wrapper" '
                  f'data-widget-type="paragraph" data-external-id="{did(key + str(i) + str(j))}">{w}</div>'
                  for j, w in enumerate(g)) + "</div>" for i, g in enumerate(groups))
    return (f'<section class="flex-element section" data-auto="section" data-flex-id="{did(key)}">'
            f'<div class="flex-element grid" data-auto="flex-element-grid" data-layout-grid="">{gs}</div></section>')


def blog_item(a: Article) -> str:
    return (f'<div class="blog-post-item">'
            + (f'<a href="{a.path}" class="blog-post-item-image"><img src="{img(a.first_image())}" alt=""></a>'
               if a.first_image() else "")
            + f'<h3 class="blog-post-item-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<span class="blog-post-item-date">{vn(a.date)}</span><p class="blog-post-item-excerpt">'
            f'{esc(" ".join(a.summary().replace("**", "").split()[:30]))}…</p><a class="blog-post-item-more" '
            f'href="{a.path}">Đọc thêm</a></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ngai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event") and not a.opts.get("doc")]
    events = [a for a in arts if a.opts.get("event")]
    docs = [a for a in arts if a.opts.get("doc")]
    recent = posts[:4]

    def plain(d: datetime) -> bool:
        return d.day > 12

    for a in posts:
        related = [o for o in posts if o is not a][:3]
        ctx = [r.date for r in related + [o for o in recent if o is not a]]
        assert plain(a.date) or any(plain(d) for d in ctx), a.path  # month-first format resolvable on the page
        head = (f'\n<link rel="canonical" href="{a.path}">\n<meta property="og:type" content="article">'
                + (f'\n<meta property="og:image" content="{img(a.first_image())}">' if a.first_image() else ""))
        site.page(a.path, layout(a.title, post_content(a, related, recent), alias=a.path.strip("/"), head=head,
                                 desc=a.summary().replace("**", "")), content_type=HTML)
        site.add_article(a)
    site.trap("header and footer are dmRespRow rows of dmNewParagraph text widgets (date, slogans, address, licence) "
              "like the post's own text; after the post a related posts widget (image, title, 'M/D/YYYY' date, "
              "excerpt) and a sidebar 'Bài viết mới' widget with dates", posts[1].path)

    # events: dynamic pages bound to a collection
    for a in events:
        binding = ' data-binding=\'{"bindingName":"text","value":"su_kien.noi_dung"}\''
        content = (f'<div class="dmDynamicPage" id="{did("dyn" + a.path)}">'
                   + row([(12, para(f'<h1><span>{esc(a.title)}</span></h1>', a.path + "t",
                                    ' data-binding=\'{"bindingName":"text","value":"su_kien.tieu_de"}\''))],
                         a.path + "r1")
                   + row([(8, "".join(
                       image(b.src, b.text, a.path + b.src) if b.kind == "img" else
                       para(f'<p><span style="display: initial;">{inline_html(b.text)}</span></p>', a.path + b.text[:20],
                            binding) for b in a.blocks)
                       + para(f'<p class="text-align-right" style="text-align: right;"><strong>{esc(a.byline)}</strong>'
                              f'</p>', a.path + "by")), (4, sidebar(recent))], a.path + "r2") + "</div>")
        site.page(a.path, layout(a.title, content, alias=a.path.strip("/"),
                                 head=f'\n<link rel="canonical" href="{a.path}">'), content_type=HTML)
        site.add_article(a)
    ev_list = "".join(f'<div class="dmCollectionItem"><p class="ev-date"><span>{a.date:%d/%m/%Y}</span></p>'
                      f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(" ".join(a.summary().split()[:25]))}…</p>'
                      f'</div>' for a in events)
    site.page(EVENTS, layout("Sự kiện", flex([[para("<h1><span>Sự kiện</span></h1>", "evh")],
                                              [f'<div class="dmWidget dmCollectionList" data-element-type="'
                                               f'collectionList">{ev_list}</div>']], "evsec"), alias="su-kien"),
              content_type=HTML)

    # documents: flex pages
    for a in docs:
        lines = [b.text for b in a.blocks]
        doc_w = [para(f'<h1><span>{esc(a.title)}</span></h1>', a.path + "h")]
        doc_w.append(para("".join(f'<p class="text-align-center"><span style="display: initial;">{esc(t)}</span></p>'
                                  for t in lines[:5]), a.path + "head"))
        doc_w.append(para("".join(f'<p><span style="display: initial;">{esc(t)}</span></p>' for t in lines[5:-2]),
                          a.path + "body"))
        doc_w.append(para("".join(f'<p><span style="display: initial;">{esc(t)}</span></p>' for t in lines[-2:]),
                          a.path + "sign"))
        x = a.attachments[0]
        button = (f'<a data-display-type="block" class="align-center dmButtonLink dmWidget dmWwr default dmOnlyButton '
                  f'dmDefaultGradient" file="true" href="{x["path"]}" target="_blank" id="{did(a.path + "btn")}">'
                  f'<span class="iconBg"><span class="icon hasFontIcon icon-file-pdf"></span></span>'
                  f'<span class="text">{LABELS[5]}</span></a>')
        others = para(f"<h3><span>{LABELS[4]}</span></h3>" + "".join(
            f'<p><a href="{o.path}">{esc(o.title)}</a> <span>({o.date:%d/%m/%Y})</span></p>' for o in posts[:2]),
                      a.path + "others")
        content = (flex([[para(f'<p><a href="/">Trang chủ</a> › <a href="{DOCS}">Văn bản</a></p>', a.path + "bc")]],
                        a.path + "s0")
                   + flex([doc_w, [button]], a.path + "s1") + flex([[others]], a.path + "s2"))
        site.page(a.path, layout(a.title, content, alias=a.path.strip("/"),
                                 head=f'\n<link rel="canonical" href="{a.path}">'), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Thông báo số 15/TB-LMHTX", ["DANG KY THAM GIA HOI CHO SAN PHAM HTX, OCOP 2026",
                                                          "Lien minh HTX tinh Quang Ngai"]))
    doc_list = "".join(f'<p><span>{a.date:%d/%m/%Y}</span> - <a href="{a.path}">{esc(a.title)}</a></p>' for a in docs)
    site.page(DOCS, layout("Văn bản", flex([[para("<h1><span>Văn bản</span></h1>", "dh")], [para(doc_list, "dl")]],
                                           "docsec"), alias="van-ban"), content_type=HTML)

    # blog list pages
    per = 5
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks, 1):
        url = BLOG if n == 1 else f"{BLOG}/page/{n}"
        pager = '<div class="blog-pagination">' + "".join(
            f'<a href="{BLOG if k == 1 else f"{BLOG}/page/{k}"}" class="{"active" if k == n else ""}">{k}</a>'
            for k in range(1, len(chunks) + 1)) + (
            f'<a href="{BLOG}/page/{n + 1}" class="next">Trang sau ›</a>' if n < len(chunks) else "") + "</div>"
        content = row([(8, para("<h1><span>Tin tức</span></h1>", f"bl{n}") + '<div class="dmWidget dmBlogPostsList" '
                           f'data-element-type="blogPostsList">' + "".join(blog_item(a) for a in chunk)
                        + f"</div>{pager}"), (4, sidebar(recent))], f"blogrow{n}")
        site.page(url, layout("Tin tức" if n == 1 else f"Tin tức - Trang {n}", content, alias=url.strip("/")),
                  content_type=HTML)
        site.non_articles.append(url)
    site.trap("blog list /tin-tuc (image, title, '6 thg 2, 2026', excerpt, 'Đọc thêm') paged by /tin-tuc/page/2, under "
              "the posts' own /tin-tuc/ prefix: a listing; it holds the two oldest posts", BLOG + "/page/2")

    home = (flex([[para(f'<h2><span>{NAME}</span></h2><p><span>Cổng thông tin điện tử</span></p>', "hero")]], "home0")
            + flex([[para('<h2><span>Tin mới</span></h2>', "h1")] + [blog_item(a) for a in posts[:4]]], "home1")
            + flex([[para('<h2><span>Sự kiện</span></h2>', "h2")] + [ev_list],
                    [para('<h2><span>Văn bản mới</span></h2>' + doc_list, "h3")]], "home2"))
    site.page("/", layout(NAME, home, alias="home"), content_type=HTML)

    about = ["Liên minh Hợp tác xã tỉnh Quảng Ngãi được hợp nhất từ Liên minh Hợp tác xã tỉnh Quảng Ngãi và Liên minh "
             "Hợp tác xã tỉnh Kon Tum, hoạt động từ ngày 01 tháng 7 năm 2025.",
             "Liên minh là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các hợp tác xã, "
             "liên hiệp hợp tác xã và tổ hợp tác; tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, đào tạo, "
             "hỗ trợ tiếp cận vốn, thị trường và chuyển đổi số cho các thành viên.",
             "Cơ quan Liên minh làm việc tại trụ sở chính ở phường Cẩm Thành và cơ sở 2 ở phường Kon Tum, gồm Văn "
             "phòng, các ban chuyên môn và Quỹ hỗ trợ phát triển hợp tác xã tỉnh."]
    site.page(ABOUT, layout("Giới thiệu", flex([[para("<h1><span>Giới thiệu</span></h1>", "ab0")],
                                                [para("".join(f"<p><span>{esc(p)}</span></p>" for p in about), "ab1"),
                                                 image("tru-so-lien-minh.png", "Trụ sở Liên minh HTX tỉnh", "ab2")]],
                                               "about"), alias="gioi-thieu"), content_type=HTML)
    site.trap("introduction /gioi-thieu: a flex page (h1 paragraph widget, three long paragraphs, a captioned image), "
              "no date: not an article; nor /lien-he (a form widget), /thu-vien-anh (a photo gallery with captions), "
              "/van-ban and /su-kien (lists)", ABOUT)
    site.page(CONTACT, layout("Liên hệ", flex([[para(f"<h1><span>Liên hệ</span></h1><p><span>{NAME}</span></p>", "ct0"),
                                                '<div class="dmform default" data-element-type="dContactUsRespId">'
                                                '<form action="javascript:void(0)"><input name="dmform-0"><textarea '
                                                'name="dmform-1"></textarea><input type="submit" value="Gửi"></form>'
                                                '</div>']], "contact"), alias="lien-he"), content_type=HTML)
    gal = "".join(f'<div class="photoGalleryThumbs"><div class="image-container"><img src="{img(b.src)}" alt=""></div>'
                  f'<div class="caption-container"><span class="caption-text">{esc(b.text)}</span></div></div>'
                  for a in arts for b in a.blocks if b.kind == "img" and b.text)
    site.page(GALLERY, layout("Thư viện ảnh", flex([[para("<h1><span>Thư viện ảnh</span></h1>", "g0")],
                                                    [f'<div class="dmPhotoGallery" data-element-type="dPhotoGalleryId">'
                                                     f'{gal}</div>']], "gallery"), alias="thu-vien-anh"),
              content_type=HTML)
    site.non_articles += ["/", EVENTS, DOCS, ABOUT, CONTACT, GALLERY]
    site.static("/robots.txt", "User-agent: *\nDisallow: /_dm/s/rt/actions/\n")
    return site
