"""Site `lmhtx-phutho` (registry family `generic`): a home-made CMS whose divs carry meaningless
class names (`div.c_7`, `h1.c_9`, `div.c_12`), built as a held-out test: no family module, no
selectors.

URL shapes (no extension): articles `/Chuyen-muc-tin/Chi-tiet-tin/t/<slug>/title/<id>/ctitle/<catId>`,
categories `/Chuyen-muc-tin/t/<slug>/ctitle/<catId>` and their pages `.../trang/N`, tags
`/Tag/t/<tag>`. The title is an `<h1>`; a metadata line under it reads
"Cập nhật lúc 09:15 ngày 08/02/2023 | Lượt xem: 120"; the lead is an `<h2>` (the portal's habit);
captions sit in `div.image-desc` under the photo; the byline is the last right-aligned paragraph
("Bài và ảnh: X" names the author X). `<title>` ends with " | Liên minh HTX tỉnh Phú Thọ".
"""

from __future__ import annotations

from datetime import datetime

from .core import (
    RATING,
    RATING_CLICK,
    TODAY_2026,
    Article,
    SiteBuild,
    attr,
    dmy,
    esc,
    image_for,
    inline_html,
    iso,
    listing_pages,
    weekday,
)

SITE = "lmhtx-phutho"
NAME = "Liên minh Hợp tác xã tỉnh Phú Thọ"
SHORT = "Liên minh HTX tỉnh Phú Thọ"
HTML = "text/html; charset=utf-8"
CATS = {12: ("tin-hoat-dong", "Tin hoạt động"), 15: ("kinh-te-tap-the", "Kinh tế tập thể")}
TAG = "/Tag/t/ocop"
CONTACT = "/Lien-he"
PER_PAGE = 4

TODAY = f"Hôm nay, {weekday(TODAY_2026, lower=True)} ngày {dmy(TODAY_2026)}"
SLOGANS = ["Phú Thọ - Đất Tổ Hùng Vương", "Phát triển kinh tế tập thể là nhiệm vụ của cả hệ thống chính trị"]
WEATHER = ("Thời tiết Việt Trì", "26°C", "Trời nắng nhẹ", "Độ ẩm: 70%")
COUNTER = ("Lượt truy cập", "Online: 11", "Hôm nay: 305", "Tổng: 2.031.448")
POLL_Q = "Nội dung nào trên trang bạn quan tâm nhất?"
POLL_A = ("Tin hoạt động của Liên minh", "Mô hình HTX tiêu biểu", "Chính sách hỗ trợ HTX")
FOOTER = ["TRANG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH PHÚ THỌ",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Đắc Thủy - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 23/GP-STTTT ngày 14/9/2021 của Sở Thông tin và Truyền thông tỉnh Phú Thọ",
          "Trụ sở: Đường Trần Phú, phường Gia Cẩm, TP Việt Trì, tỉnh Phú Thọ",
          "Điện thoại: 0210.3846.259 - Email: lmhtx@phutho.gov.vn",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Phú Thọ\" khi phát hành lại thông tin từ website này"]
TOOLS = ("In bài", "Lưu bài", "Gửi bài", "Chia sẻ", "Facebook", "Zalo")
HEADINGS = ("Tin liên quan", "Tin tiêu điểm", "Tin đọc nhiều", "Thăm dò ý kiến", "Liên kết website")
LABELS = ("Cập nhật lúc", "Lượt xem:", "Từ khóa:")  # the metadata line and the keyword line

BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", WEATHER[0], WEATHER[2], WEATHER[3], *COUNTER,
               POLL_Q, *POLL_A, "Bình chọn", "Kết quả", RATING, RATING_CLICK, *FOOTER, *TOOLS, *HEADINGS, *LABELS]


def art_path(slug: str, aid: int, cat: int) -> str:
    return f"/Chuyen-muc-tin/Chi-tiet-tin/t/{slug}/title/{aid}/ctitle/{cat}"


def cat_path(cat: int, n: int = 1) -> str:
    base = f"/Chuyen-muc-tin/t/{CATS[cat][0]}/ctitle/{cat}"
    return base if n == 1 else f"{base}/trang/{n}"


def cat_of(a: Article) -> int:
    return int(a.path.rsplit("/", 1)[1])


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=art_path("lien-minh-htx-tinh-phu-tho-trien-khai-nhiem-vu-nam-2023", 8104, 12),
          title="Liên minh HTX tỉnh Phú Thọ triển khai nhiệm vụ năm 2023",
          date=datetime(2023, 2, 8, 9, 15),
          lead="Ngày 07/02, Liên minh HTX tỉnh Phú Thọ tổ chức hội nghị triển khai nhiệm vụ năm 2023 với sự tham dự của đại diện 120 HTX, liên hiệp HTX thành viên.",
          body="""
Năm 2022, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển: thành lập mới 46 HTX, tổng số HTX đạt 642 với hơn 75.000 thành viên; doanh thu bình quân 2,9 tỷ đồng/HTX.
Năm 2023, Liên minh HTX tỉnh tập trung tuyên truyền Nghị quyết số 20-NQ/TW, tư vấn thành lập mới 40 HTX, hỗ trợ HTX tham gia chuỗi giá trị chè, bưởi, gà đồi và lâm sản.
[img trien-khai-2023.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị
Hội nghị cũng phát động phong trào thi đua "HTX kiểu mới hiệu quả" năm 2023 trong toàn khu vực kinh tế tập thể của tỉnh.
""",
          byline="Thu Hà", author="Thu Hà", **dated(datetime(2023, 2, 8, 9, 15)),
          notes=["metadata line under the h1: 'Cập nhật lúc 09:15 ngày 08/02/2023 | Lượt xem: ...'; the lead is an <h2>"]),
        A(path=art_path("htx-che-long-coc-nang-tam-san-pham-ocop", 8187, 15),
          title="HTX chè Long Cốc nâng tầm sản phẩm OCOP",
          date=datetime(2023, 5, 19, 15, 30),
          body="""
Nằm giữa những đồi chè nổi tiếng của huyện Tân Sơn, HTX chè Long Cốc có 52 thành viên, quản lý 85 ha chè trung du được chăm sóc theo quy trình VietGAP.
Từ năm 2021, HTX đầu tư dây chuyền sao sấy, đóng gói hút chân không, xây dựng ba sản phẩm chè xanh, chè móc câu và hồng trà đạt chuẩn OCOP 4 sao.
[img che-long-coc.png] Thành viên HTX chè Long Cốc thu hái chè búp
## Hướng đi mới
HTX kết hợp sản xuất với du lịch trải nghiệm trên đồi chè, đón hơn 3.000 lượt khách mỗi năm; doanh thu năm 2022 đạt 6,4 tỷ đồng, tăng 30% so với năm trước.
""",
          byline="Bài và ảnh: Minh Tuấn", author="Minh Tuấn", **dated(datetime(2023, 5, 19, 15, 30)),
          notes=["byline 'Bài và ảnh: Minh Tuấn' ends the text (author: Minh Tuấn)"]),
        A(path=art_path("boi-duong-kien-thuc-khoi-nghiep-cho-thanh-vien-htx-tre", 8230, 12),
          title="Bồi dưỡng kiến thức khởi nghiệp cho thành viên HTX trẻ",
          date=datetime(2023, 8, 3),
          body="""
Liên minh HTX tỉnh phối hợp với Tỉnh đoàn Phú Thọ tổ chức lớp bồi dưỡng kiến thức khởi nghiệp cho 70 đoàn viên, thanh niên là thành viên, cán bộ quản lý HTX trẻ.
Trong ba ngày, học viên được trang bị kiến thức về xây dựng ý tưởng kinh doanh, lập kế hoạch tài chính, tiếp cận nguồn vốn vay ưu đãi và quảng bá sản phẩm trên mạng xã hội.
[img khoi-nghiep-htx-tre.png] Học viên trình bày ý tưởng khởi nghiệp
Kết thúc lớp học, ban tổ chức chọn 5 ý tưởng khởi nghiệp tiêu biểu để giới thiệu vay vốn từ Quỹ hỗ trợ phát triển HTX tỉnh.
""",
          byline="Thu Hà", author="Thu Hà",
          published=iso(datetime(2023, 8, 3)), published_source="listing", evidence=["listing"],
          opts={"no_date": True},
          notes=["no date on the page (the metadata line shows only 'Lượt xem: 87'); the listing shows 03/08/2023 "
                 "-> published from the listing"]),
        A(path=art_path("htx-buoi-doan-hung-mo-rong-thi-truong", 8302, 15),
          title="HTX bưởi Đoan Hùng mở rộng thị trường",
          date=datetime(2023, 10, 27, 8, 0),
          lead="Vụ bưởi năm nay, HTX Nông nghiệp và Dịch vụ Chí Đám (huyện Đoan Hùng) đã đưa bưởi đặc sản vào hệ thống siêu thị tại Hà Nội và xuất khẩu lô hàng đầu tiên sang châu Âu.",
          body="""
HTX hiện có 150 thành viên, diện tích bưởi 110 ha, trong đó 60 ha được cấp mã số vùng trồng phục vụ xuất khẩu. Mỗi năm, HTX tiêu thụ khoảng 1.500 tấn bưởi.
Để đáp ứng yêu cầu của thị trường khó tính, HTX phối hợp với cơ quan chuyên môn hướng dẫn thành viên quản lý sâu bệnh, ghi chép nhật ký và thu hoạch đúng độ chín.
[img buoi-doan-hung.png] Bưởi Đoan Hùng được HTX phân loại, đóng thùng
""",
          byline="Thanh Nga", author="Thanh Nga", **dated(datetime(2023, 10, 27, 8, 0))),
        A(path=art_path("hoi-nghi-doi-thoai-giua-lanh-dao-tinh-voi-cac-htx", 8356, 12),
          title="Hội nghị đối thoại giữa lãnh đạo tỉnh với các HTX",
          date=datetime(2024, 1, 16, 14, 45),
          body="""
Chiều 15/01, UBND tỉnh phối hợp với Liên minh HTX tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với đại diện 150 HTX, tổ hợp tác trên địa bàn.
Các HTX nêu nhiều kiến nghị về thủ tục thuê đất xây dựng nhà xưởng, tiếp cận vốn tín dụng, hỗ trợ đào tạo cán bộ trẻ về làm việc tại HTX và tiêu thụ nông sản.
## Các nhóm kiến nghị chính
* Đơn giản hóa thủ tục thuê đất, giao đất cho HTX;
* Tăng nguồn vốn cho Quỹ hỗ trợ phát triển HTX tỉnh;
* Hỗ trợ HTX xây dựng kho lạnh, nhà sơ chế.
[img doi-thoai-htx.png] Lãnh đạo tỉnh trả lời kiến nghị của các HTX
Lãnh đạo UBND tỉnh giao các sở, ngành trả lời bằng văn bản các kiến nghị trước ngày 15/02/2024.
""",
          byline="Thu Hà", author="Thu Hà", **dated(datetime(2024, 1, 16, 14, 45))),
        A(path=art_path("lien-minh-htx-tinh-huong-ung-ngay-hop-tac-xa-viet-nam", 8421, 12),
          title="Liên minh HTX tỉnh hưởng ứng Ngày Hợp tác xã Việt Nam 11/4",
          date=datetime(2024, 4, 11, 16, 20),
          body="""
Nhân kỷ niệm Ngày Hợp tác xã Việt Nam 11/4, Liên minh HTX tỉnh tổ chức phiên chợ sản phẩm HTX tại quảng trường Hùng Vương, TP Việt Trì, với 45 gian hàng của các HTX trong tỉnh.
Tại phiên chợ, người dân được mua sắm các sản phẩm chè, bưởi, mật ong, gà đồi, miến dong, trám đen với giá ưu đãi và tham gia trải nghiệm sao chè thủ công.
[img phien-cho-htx-11-4.png] Người dân mua sắm tại phiên chợ sản phẩm HTX
""",
          byline="Thanh Nga", author="Thanh Nga", **dated(datetime(2024, 4, 11, 16, 20))),
        A(path=art_path("phu-tho-co-them-12-htx-nong-nghiep-ung-dung-cong-nghe-cao", 8433, 15),
          title="Phú Thọ có thêm 12 HTX nông nghiệp ứng dụng công nghệ cao",
          date=datetime(2024, 4, 22, 10, 10),
          body="""
Theo Liên minh HTX tỉnh, từ đầu năm 2024 đến nay toàn tỉnh có thêm 12 HTX nông nghiệp ứng dụng công nghệ cao, nâng tổng số lên 48 HTX.
Các HTX đầu tư nhà màng, hệ thống tưới nhỏ giọt tự động, cảm biến đo độ ẩm đất để trồng rau, dưa lưới và hoa; năng suất cao hơn 30 - 40% so với canh tác truyền thống.
[img htx-cong-nghe-cao.png] Nhà màng trồng dưa lưới của HTX Nông nghiệp Thanh Ba
Liên minh HTX tỉnh đang kết nối các HTX với doanh nghiệp phân phối để ký hợp đồng tiêu thụ dài hạn, giảm rủi ro khi giá nông sản biến động.
""",
          **dated(datetime(2024, 4, 22, 10, 10)),
          notes=["no byline: author null"]),
    ]


STUB = Article(path=art_path("anh-phien-cho-san-pham-htx-11-4", 8422, 12), title="Ảnh: Phiên chợ sản phẩm HTX ngày 11/4",
               date=datetime(2024, 4, 11, 17, 5),
               body="[img anh-phien-cho-11-4.png] Gian hàng chè Long Cốc tại phiên chợ")


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/Uploads/images/tin-tuc/{src}"


def views(a: Article) -> int:
    return 40 + sum(map(ord, a.path)) % 400


def meta_line(a: Article) -> str:
    if a.opts.get("no_date"):
        return f"Lượt xem: {views(a)}"
    return f"Cập nhật lúc {a.date:%H:%M} ngày {dmy(a.date)} | Lượt xem: {views(a)}"


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<div class="image-box"><img src="{img(b.src)}" alt="" />'
                         + (f'<div class="image-desc">{inline_html(b.text)}</div>' if b.text else "") + "</div>")
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong><em>{esc(a.byline)}</em></strong></p>')
    return "\n".join(parts)


def box(title: str, inner: str, css: str = "c_20") -> str:
    return f'<div class="{css}"><div class="c_21">{title}</div><div class="c_22">{inner}</div></div>'


def side(items: list[Article]) -> str:
    focus = "".join(f'<div class="c_23"><a href="{a.path}">{esc(a.title)}</a></div>' for a in items[:4])
    most = "".join(f'<div class="c_23"><a href="{a.path}">{esc(a.title)}</a></div>' for a in items[2:6])
    options = "".join(f'<div><input type="radio" name="poll" value="{i}" id="p{i}" /><label for="p{i}">{esc(o)}</label></div>'
                      for i, o in enumerate(POLL_A, 1))
    name, temp, sky, humidity = WEATHER
    title, *counts = COUNTER
    links = "".join(f'<div class="c_23"><a href="{{{{base:offsite}}}}{href}" target="_blank">{esc(t)}</a></div>'
                    for t, href in [("Cổng TTĐT Chính phủ", "/chinh-phu/"), ("Liên minh HTX Việt Nam", "/lmhtx-vn/"),
                                    ("Báo Kinh tế hợp tác", "/tin-tuc/bai-viet-1.html")])
    return "\n".join([
        box("Tin tiêu điểm", focus), box("Tin đọc nhiều", most),
        box("Thăm dò ý kiến", f'<div class="c_24">{esc(POLL_Q)}</div>{options}'
            '<a href="javascript:void(0)" class="c_25">Bình chọn</a> <a href="javascript:void(0)" class="c_25">Kết quả</a>'),
        box(name, f"<b>{temp}</b><div>{sky}</div><div>{humidity}</div>"),
        box(title, "".join(f"<div>{c}</div>" for c in counts)),
        box("Liên kết website", links),
    ])


def layout(title: str, main: str, items: list[Article], *, path: str, description: str = "") -> str:
    menu = "".join(f'<a class="c_5" href="{href}">{text}</a>'
                   for href, text in [("/", "Trang chủ"), (cat_path(12), "Tin hoạt động"), (cat_path(15), "Kinh tế tập thể"),
                                      (CONTACT, "Liên hệ")])
    footer = "".join(f'<div class="c_31">{esc(line)}</div>' for line in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(title)} | {SHORT}</title>
<meta name="description" content="{attr(description)}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:site_name" content="{SHORT}" />
<link rel="stylesheet" href="/Content/css/site.css" />
<script src="/Scripts/jquery.min.js"></script>
</head>
<body>
<div class="c_0">
<div class="c_1"><span class="c_1a">{TODAY}</span>
<span class="c_1b"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></span></div>
<div class="c_2"><a href="/"><img src="/Content/images/logo-lmhtx.png" alt="" /></a><div class="c_3">{NAME.upper()}</div>
<div class="c_4">{" - ".join(esc(s) for s in SLOGANS)}</div></div>
<div class="c_5w">{menu}</div>
<div class="c_6">
<div class="c_7">
{main}
</div>
<div class="c_8">
{side(items)}
</div>
</div>
<div class="c_30">{footer}</div>
</div>
</body>
</html>
"""


def detail(a: Article, related: list[Article]) -> str:
    lead = f'<h2 class="c_11">{inline_html(a.lead)}</h2>\n' if a.lead else ""
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="c_14">({dmy(o.date)})</span></li>' for o in related)
    slug, name = CATS[cat_of(a)]
    return f"""<div class="c_15"><a href="/">Trang chủ</a> / <a href="{cat_path(cat_of(a))}">{name}</a></div>
<div class="bx-a">
<h1 class="c_9">{esc(a.title)}</h1>
<div class="c_10">{meta_line(a)}</div>
<div class="c_16"><a href="javascript:window.print()">In bài</a> | <a href="javascript:void(0)">Lưu bài</a> | <a href="javascript:void(0)">Gửi bài</a></div>
{lead}<div class="c_12">
{render_body(a)}
</div>
<div class="c_17"><span>Chia sẻ</span> <a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a></div>
<div class="c_18">{RATING} <a href="javascript:void(0)">{RATING_CLICK}</a></div>
<div class="c_19">Từ khóa: <a href="{TAG}">OCOP</a></div>
</div>
{box("Tin liên quan", f"<ul>{rel}</ul>", "c_13")}"""


def list_main(heading: str, chunk: list[Article], pager: str) -> str:
    rows = "\n".join(f"""<div class="c_26">{f'<a href="{a.path}"><img src="{img(a.first_image())}" alt="{attr(a.title)}" /></a>' if a.first_image() else ""}
<a class="c_27" href="{a.path}">{esc(a.title)}</a> <span class="c_14">({dmy(a.date)})</span>
<div class="c_28">{esc(a.summary())}</div></div>""" for a in chunk)
    return f'<h1 class="c_9">{heading}</h1>\n{rows}\n<div class="c_29">{pager}</div>'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-tho", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, cat_path(12))], per_page=PER_PAGE)
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)

    for a in items + [STUB]:
        related = [o for o in items if o is not a and cat_of(o) == cat_of(a)][:4]
        site.page(a.path, layout(a.title, detail(a, related), items, path=a.path, description=a.summary()), content_type=HTML)
    site.non_articles.append(STUB.path)
    site.trap("caption-only stub in the article URL shape (h1, metadata line, one photo + caption): not an article", STUB.path)

    for cat, (slug, name) in CATS.items():
        in_cat = [a for a in items if cat_of(a) == cat]
        pages = listing_pages(in_cat, PER_PAGE)
        for n, chunk in enumerate(pages, 1):
            pager = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{cat_path(cat, k)}">{k}</a>' for k in range(1, len(pages) + 1))
            if n < len(pages):
                pager += f' <a href="{cat_path(cat, n + 1)}">»</a>'
            site.page(cat_path(cat, n), layout(name, list_main(name, chunk, pager), items, path=cat_path(cat, n)),
                      content_type=HTML)
        if len(pages) > 1:
            site.trap(f"pagination .../ctitle/{cat}/trang/2 ('1 2 »'); it holds the oldest articles of '{name}'", cat_path(cat, 2))

    # home page with the newest articles and the photo stub
    top = items[0]
    rest = "".join(f'<div class="c_23"><a href="{a.path}">{esc(a.title)}</a> <span class="c_14">({dmy(a.date)})</span></div>'
                   for a in items[1:6])
    main = (f'<div class="c_40"><a href="{top.path}"><img src="{img(top.first_image())}" alt="" /></a>'
            f'<a class="c_27" href="{top.path}">{esc(top.title)}</a><div class="c_28">{esc(top.summary())}</div></div>'
            f'<div class="c_41">{rest}</div>'
            + box("Ảnh hoạt động", f'<a href="{STUB.path}"><img src="{img(STUB.first_image())}" alt="" /></a>'
                                   f'<div><a href="{STUB.path}">{esc(STUB.title)}</a></div>', "c_42"))
    site.page("/", layout("Trang chủ", main, items, path="/"))
    site.non_articles.append("/")

    # tag page (a list of articles with an <h1>, like an article) and contact
    tagged = [a for a in items if "OCOP" in a.body or "OCOP" in a.title]
    site.page(TAG, layout("OCOP", list_main("OCOP", tagged, ""), items, path=TAG), content_type=HTML)
    contact = (f'<h1 class="c_9">Liên hệ</h1><div class="c_12"><p>{NAME}</p><p>Đường Trần Phú, phường Gia Cẩm, TP Việt Trì</p>'
               '<form action="javascript:void(0)"><input name="ten" placeholder="Họ tên" /><textarea name="nd"></textarea>'
               '<button type="button">Gửi</button></form></div>')
    site.page(CONTACT, layout("Liên hệ", contact, items, path=CONTACT), content_type=HTML)
    site.non_articles += [TAG, CONTACT]
    site.trap("tag page /Tag/t/ocop (an <h1> and a list of dated links, linked from every article's 'Từ khóa'): not an article", TAG)
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\n")
    site.binary("/Content/images/favicon.png", image_for("/Content/images/favicon.png"))
    return site
