"""Site `lmhtx-yenbai` (registry family `generic`): a home-made CMS that serves every page, article or
not, at `/<slug>` under the root (no id, no extension, no date), built as a held-out test: no family
module, no selectors.

Articles, the category `/tin-hoat-dong` (pages `?page=N` behind a "Xem thêm tin" link, no dates in
the list), the introduction, gallery and contact pages all share one URL shape; the introduction
even uses the article template. Class names are English (`article.post-detail`, `h1.post-title`,
`div.post-content`); the top line names the CMS account that posted ("Đăng bởi: quantri") and the
view count, the date sits at the BOTTOM of the article ("Ngày đăng: 07/06/2023 10:00"), and
newer articles carry `<meta property="article:published_time">`. Lists are `<ol>`, captions
`<figcaption>`, the byline is the last `<p class="author">` of the content.
"""

from __future__ import annotations

from datetime import datetime

from .core import (
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
    rtf,
    weekday,
)

SITE = "lmhtx-yenbai"
NAME = "Liên minh Hợp tác xã tỉnh Yên Bái"
SHORT = "LMHTX Yên Bái"
HTML = "text/html; charset=utf-8"
LISTING = "/tin-hoat-dong"
INTRO = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/tim-kiem?q=hop-tac-xa"
VIDEO = "/video-phien-cho-san-pham-htx-yen-bai-2024"
DOC_PATH = "/uploads/files/KH-09-LMHTX.doc"
POSTER = "Đăng bởi: quantri"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026.day} tháng {TODAY_2026.month} năm {TODAY_2026.year}"
SLOGANS = ["Chào mừng Đại hội đại biểu Đảng bộ tỉnh Yên Bái", "Yên Bái - Điểm đến an toàn, thân thiện, hấp dẫn"]
WEATHER = ("Yên Bái", "22°C", "Sương mù buổi sáng, trưa chiều trời nắng", "Độ ẩm: 88%")
COUNTER = ("Thống kê", "Đang trực tuyến: 4", "Hôm nay: 76", "Tuần này: 512", "Tổng lượt xem: 398.214")
POLL_Q = "Bạn biết đến trang thông tin của Liên minh HTX tỉnh qua kênh nào?"
POLL_A = ("Qua mạng xã hội", "Qua báo chí, truyền hình", "Qua cán bộ Liên minh giới thiệu")
FOOTER = ["© Bản quyền thuộc về Liên minh Hợp tác xã tỉnh Yên Bái",
          "Chịu trách nhiệm chính: Ông Hoàng Văn Thông - Chủ tịch Liên minh HTX tỉnh Yên Bái",
          "Giấy phép hoạt động số 18/GP-TTĐT ngày 06/7/2020 của Sở Thông tin và Truyền thông tỉnh Yên Bái",
          "Địa chỉ: Số 579 đường Điện Biên, phường Đồng Tâm, TP Yên Bái",
          "Hotline: 0216.3852.119 | Email: lienminhhtxyenbai@gmail.com",
          "Trích dẫn thông tin từ website này phải ghi rõ nguồn lienminhhtxyenbai.org.vn"]
TOOLS = ("Chia sẻ", "Facebook", "Zalo", "Twitter", "In bài viết", "Sao chép liên kết")
HEADINGS = ("Bài viết liên quan", "Tin mới cập nhật", "Từ khóa phổ biến", "Thời tiết", "Ý kiến bạn đọc", "Đối tác")
RATE = "Bài viết hữu ích? Hãy đánh giá: 0/5 (0 lượt)"
LABELS = ("Ngày đăng:", "Lượt xem:", "Tệp đính kèm:")  # the bottom date line, the view count, the attachment line

BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", WEATHER[2], WEATHER[3], *COUNTER,
               POLL_Q, *POLL_A, "Gửi bình chọn", *FOOTER, *TOOLS, *HEADINGS, RATE, POSTER, *LABELS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/lien-minh-htx-tinh-yen-bai-to-chuc-dai-hoi-dai-bieu-lan-thu-vi",
          title="Liên minh HTX tỉnh Yên Bái tổ chức Đại hội đại biểu lần thứ VI",
          date=datetime(2023, 3, 22, 8, 30),
          lead="Ngày 21/3, Liên minh HTX tỉnh Yên Bái tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2023 - 2028 với sự tham dự của 150 đại biểu chính thức đại diện cho hơn 22.000 thành viên HTX.",
          body="""
Nhiệm kỳ 2018 - 2023, số HTX trên địa bàn tỉnh tăng từ 312 lên 468 HTX; doanh thu bình quân đạt 2,2 tỷ đồng/HTX/năm, gấp 1,6 lần đầu nhiệm kỳ.
Nhiều HTX đã hình thành chuỗi liên kết sản xuất - tiêu thụ các sản phẩm chủ lực của tỉnh như quế, chè, măng tre Bát Độ, cá nước lạnh và du lịch cộng đồng.
[img dai-hoi-vi-yen-bai.png] Đoàn Chủ tịch điều hành Đại hội
## Mục tiêu nhiệm kỳ 2023 - 2028
* Thành lập mới ít nhất 200 HTX;
* 75% HTX hoạt động đạt loại khá, tốt;
* Mỗi huyện có ít nhất 2 HTX ứng dụng công nghệ cao.
Đại hội đã bầu Ban Chấp hành khóa VI gồm 25 đồng chí; ông Hoàng Văn Thông tái đắc cử Chủ tịch Liên minh HTX tỉnh.
""",
          byline="Hồng Nhung", author="Hồng Nhung",
          published=iso(datetime(2023, 3, 22, 8, 30)), published_source="date-element", evidence=["date-element"],
          opts={"legacy": True},
          notes=["old post: no <meta article:published_time>; the only date is the line 'Ngày đăng: 22/03/2023 08:30' "
                 "at the BOTTOM of the article, after the byline"]),
        A(path="/htx-que-van-yen-xuat-khau-tinh-dau-que",
          title="HTX quế Văn Yên xuất khẩu tinh dầu quế",
          date=datetime(2023, 6, 7, 10, 0),
          body="""
HTX Quế hồi Văn Yên (huyện Văn Yên) vừa xuất khẩu 5 tấn tinh dầu quế sang thị trường Ấn Độ, lô hàng lớn nhất kể từ khi HTX thành lập năm 2017.
HTX có 95 thành viên với 1.200 ha quế hữu cơ được cấp chứng nhận; nhà máy chưng cất của HTX công suất 30 tấn lá, cành quế mỗi ngày.
[img tinh-dau-que-van-yen.png] Công nhân HTX đóng gói tinh dầu quế xuất khẩu
Giám đốc HTX Nguyễn Văn Tuấn cho biết, nhờ liên kết với HTX, giá lá quế của thành viên tăng từ 900 đồng lên 1.500 đồng/kg; năm nay HTX dự kiến doanh thu 40 tỷ đồng.
""",
          byline="Thanh Sơn", author="Thanh Sơn", **dated(datetime(2023, 6, 7, 10, 0))),
        A(path="/tap-huan-chuyen-doi-so-cho-htx-nong-nghiep",
          title="Tập huấn chuyển đổi số cho HTX nông nghiệp",
          date=datetime(2023, 9, 14, 14, 20),
          body="""
Liên minh HTX tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức lớp tập huấn chuyển đổi số cho 80 cán bộ quản lý HTX nông nghiệp trên địa bàn tỉnh.
Học viên được hướng dẫn sử dụng chữ ký số, hóa đơn điện tử, phần mềm quản lý thành viên và cách đưa sản phẩm lên các sàn thương mại điện tử Postmart, Voso.
[img chuyen-doi-so-yen-bai.png] Học viên thực hành đăng ký gian hàng trực tuyến
Sau lớp tập huấn, Liên minh HTX tỉnh sẽ cử cán bộ hỗ trợ trực tiếp 20 HTX đăng ký gian hàng và mã truy xuất nguồn gốc sản phẩm.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **dated(datetime(2023, 9, 14, 14, 20))),
        A(path="/htx-che-suoi-giang-gin-giu-che-shan-tuyet-co-thu",
          title="HTX chè Suối Giàng gìn giữ chè Shan tuyết cổ thụ",
          date=datetime(2023, 11, 30, 9, 40),
          lead="Trên độ cao 1.400 m, những cây chè Shan tuyết hàng trăm năm tuổi ở Suối Giàng (huyện Văn Chấn) đang được HTX chè Suối Giàng gìn giữ và nâng giá trị.",
          body="""
HTX có 36 thành viên là người Mông, quản lý hơn 400 cây chè cổ thụ và 50 ha chè Shan tuyết. Thành viên cam kết thu hái một tôm hai lá, không dùng phân bón hóa học.
Sản phẩm chè Shan tuyết Suối Giàng của HTX đạt chuẩn OCOP 4 sao, được bán với giá 800.000 - 1,5 triệu đồng/kg tùy loại.
[img che-shan-suoi-giang.png] Thành viên HTX thu hái chè trên cây chè cổ thụ
HTX đang phối hợp với chính quyền xã xây dựng hồ sơ bảo tồn quần thể chè cổ và phát triển dịch vụ homestay cho du khách.
""",
          byline="Thanh Sơn", author="Thanh Sơn", **dated(datetime(2023, 11, 30, 9, 40))),
        A(path="/ke-hoach-to-chuc-tuan-le-san-pham-htx-nam-2024",
          title="Kế hoạch tổ chức Tuần lễ sản phẩm HTX năm 2024",
          date=datetime(2024, 3, 5, 15, 10),
          body="""
Liên minh HTX tỉnh ban hành Kế hoạch số 09/KH-LMHTX về tổ chức Tuần lễ giới thiệu sản phẩm HTX năm 2024 tại quảng trường 19/8, TP Yên Bái, từ ngày 08 đến 14/4/2024.
Tuần lễ dự kiến có 80 gian hàng của các HTX trong tỉnh và các tỉnh bạn, trưng bày sản phẩm OCOP, nông sản, thủ công mỹ nghệ và ẩm thực vùng cao.
Các HTX đăng ký tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/3/2024. Kế hoạch và mẫu phiếu đăng ký được đăng kèm bài viết này.
""",
          byline="Văn phòng Liên minh", author=None, **dated(datetime(2024, 3, 5, 15, 10)),
          attachments=[{"path": DOC_PATH, "text": "Tải về Kế hoạch 09/KH-LMHTX (.doc)"}],
          notes=["news about a plan, no photo; the plan as a .doc under 'Tệp đính kèm'; byline an office: an office is no writer: author null (as on Đắk Nông and Thái Bình)"]),
        A(path="/htx-du-lich-cong-dong-mu-cang-chai-don-mua-nuoc-do",
          title="HTX du lịch cộng đồng Mù Cang Chải đón mùa nước đổ",
          date=datetime(2024, 5, 28, 7, 45),
          body="""
Những ngày cuối tháng 5, HTX Du lịch cộng đồng La Pán Tẩn (huyện Mù Cang Chải) đón hàng trăm lượt khách mỗi ngày đến ngắm ruộng bậc thang mùa nước đổ.
HTX có 18 thành viên, vận hành 12 homestay với 240 chỗ ngủ, cung cấp dịch vụ dẫn đường, ẩm thực và trải nghiệm cấy lúa cùng người dân.
[img mua-nuoc-do-mu-cang-chai.png] Du khách trải nghiệm cấy lúa trên ruộng bậc thang
Năm 2023, HTX đón hơn 9.000 lượt khách, doanh thu đạt 3,5 tỷ đồng; 100% thành viên có thu nhập ổn định từ du lịch.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **dated(datetime(2024, 5, 28, 7, 45))),
        A(path="/quy-ho-tro-phat-trien-htx-tinh-giai-ngan-dot-2-nam-2024",
          title="Quỹ hỗ trợ phát triển HTX tỉnh giải ngân đợt 2 năm 2024",
          date=datetime(2024, 7, 2, 16, 0),
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Yên Bái vừa giải ngân đợt 2 năm 2024 với tổng số tiền 4,8 tỷ đồng cho 9 HTX vay vốn đầu tư sản xuất, kinh doanh.
Các dự án được vay vốn tập trung vào chế biến quế, măng tre, nuôi cá nước lạnh và mở rộng dịch vụ du lịch cộng đồng; thời hạn vay từ 24 đến 36 tháng.
[img giai-ngan-quy-htx.png] Đại diện Quỹ trao hợp đồng tín dụng cho các HTX
Lũy kế 6 tháng đầu năm, Quỹ đã giải ngân 8,3 tỷ đồng cho 17 HTX, đạt 69% kế hoạch năm.
""",
          byline="Thanh Sơn", author="Thanh Sơn", **dated(datetime(2024, 7, 2, 16, 0))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/uploads/images/{src}"


def views(path: str) -> int:
    return 100 + sum(map(ord, path)) % 900


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            parts.append("<ol>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ol>")
        elif b.kind == "img":
            parts.append(f'<figure class="image"><img src="{img(b.src)}" alt="{attr(b.text)}" />'
                         + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "") + "</figure>")
    if a.byline:
        parts.append(f'<p class="author"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def widget(title: str, inner: str, css: str) -> str:
    return f'<section class="widget {css}"><h4 class="widget-title">{title}</h4><div class="widget-body">{inner}</div></section>'


def sidebar(items: list[Article]) -> str:
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[:5])
    tags = " ".join(f'<a class="tag" href="{href}">{t}</a>' for t, href in [("hợp tác xã", SEARCH), ("Giới thiệu", INTRO)])
    options = "".join(f'<label class="poll-option"><input type="radio" name="vote" value="{i}" /> {esc(o)}</label>'
                      for i, o in enumerate(POLL_A, 1))
    name, temp, sky, humidity = WEATHER
    title, *counts = COUNTER
    return "\n".join([
        widget("Tin mới cập nhật", f'<ul class="latest">{newest}</ul>', "widget-latest"),
        widget("Từ khóa phổ biến", tags, "widget-tags"),
        widget("Thời tiết", f'<div class="city">{name}</div><div class="temp">{temp}</div><div>{sky}</div><div>{humidity}</div>',
               "widget-weather"),
        widget("Ý kiến bạn đọc", f'<p>{esc(POLL_Q)}</p>{options}<button type="button">Gửi bình chọn</button>', "widget-poll"),
        widget(title, "<ul>" + "".join(f"<li>{c}</li>" for c in counts) + "</ul>", "widget-stats"),
    ])


def layout(title: str, main: str, items: list[Article], *, path: str, extra_head: str = "", og_type: str = "website") -> str:
    menu = "".join(f'<li class="menu-item"><a href="{href}">{text}</a></li>'
                   for href, text in [("/", "Trang chủ"), (INTRO, "Giới thiệu"), (LISTING, "Tin hoạt động"),
                                      (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    partners = "".join(f'<a href="{{{{base:offsite}}}}{href}" target="_blank" rel="noopener">{esc(t)}</a>'
                       for t, href in [("Liên minh Hợp tác xã Việt Nam", "/lmhtx-vn/"), ("Cổng thông tin Chính phủ", "/chinh-phu/")])
    footer = "".join(f"<p>{esc(line)}</p>" for line in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {SHORT}</title>
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{{{{base}}}}{path}">
{extra_head}<link rel="stylesheet" href="/themes/yb/css/style.css">
</head>
<body class="page">
<div class="top-header"><div class="container"><span class="today">{TODAY}</span>
<div class="a11y"><a href="javascript:void(0)">A-</a><a href="javascript:void(0)">A+</a><a href="javascript:void(0)">Tăng tương phản</a><a href="javascript:void(0)">Giảm tương phản</a></div></div></div>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/themes/yb/images/logo.png" alt="{NAME}"><span class="brand-name">{NAME}</span></a>
<div class="slogan-ticker">{"".join(f"<span>{esc(s)}</span>" for s in SLOGANS)}</div></div></header>
<nav class="main-nav"><div class="container"><ul class="menu">{menu}</ul></div></nav>
<main class="site-main"><div class="container row">
<div class="col-main">
{main}
</div>
<aside class="col-side">
{sidebar(items)}
</aside>
</div></main>
<div class="partners"><div class="container"><h4 class="widget-title">Đối tác</h4>{partners}</div></div>
<footer class="site-footer"><div class="container">{footer}</div></footer>
<script src="/themes/yb/js/app.js"></script>
</body>
</html>
"""


def detail(a: Article, related: list[Article]) -> str:
    lead = f'<div class="post-excerpt"><strong>{inline_html(a.lead)}</strong></div>\n' if a.lead else ""
    files = ""
    if a.attachments:
        files = ('<div class="post-files"><span>Tệp đính kèm:</span> ' + " ".join(
            f'<a href="{x["path"]}">{esc(x["text"])}</a>' for x in a.attachments) + "</div>\n")
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in related)
    return f"""<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="{LISTING}">Tin hoạt động</a></nav>
<article class="post-detail">
<h1 class="post-title">{esc(a.title)}</h1>
<div class="post-meta"><span class="post-poster">{POSTER}</span> <span class="post-views">Lượt xem: {views(a.path)}</span></div>
{lead}<div class="post-content">
{render_body(a)}
</div>
{files}<div class="post-date">Ngày đăng: {dmy(a.date)} {a.date:%H:%M}</div>
<div class="post-share"><span>Chia sẻ</span> <a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a> <a href="javascript:void(0)">Twitter</a> <a href="javascript:window.print()">In bài viết</a> <a href="javascript:void(0)">Sao chép liên kết</a></div>
<div class="post-rate">{RATE}</div>
</article>
<section class="related"><h3>Bài viết liên quan</h3><ul>{rel}</ul></section>"""


def head_for(a: Article) -> str:
    if a.opts.get("legacy"):
        return ""
    return f'<meta property="article:published_time" content="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">\n'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "yen-bai", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, LISTING)])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)
    for a in items:
        related = [o for o in items if o is not a][:3]
        site.page(a.path, layout(a.title, detail(a, related), items, path=a.path, extra_head=head_for(a), og_type="article"),
                  content_type=HTML)
    site.trap("every page, article or not, is /<slug> at the root (no id, no extension, no date)", items[0].path)
    site.trap("top line 'Đăng bởi: quantri' names the CMS account (not an author); the byline is the last <p class=author> "
              "of the content; the visible date sits at the bottom; <meta article:published_time> on newer posts", items[0].path)

    # the category: no dates, pages behind "Xem thêm tin"
    pages = listing_pages(items, 5)
    page_path = lambda n: LISTING if n == 1 else f"{LISTING}?page={n}"  # noqa: E731
    for n, chunk in enumerate(pages, 1):
        cards = "\n".join(f"""<div class="post-item">{f'<a href="{a.path}" class="thumb"><img src="{img(a.first_image())}" alt="{attr(a.title)}"></a>' if a.first_image() else ""}
<h3 class="post-item-title"><a href="{a.path}">{esc(a.title)}</a></h3><p class="post-item-excerpt">{esc(a.summary())}</p></div>""" for a in chunk)
        more = f'<div class="load-more"><a href="{page_path(n + 1)}">Xem thêm tin</a></div>' if n < len(pages) else ""
        back = f'<div class="load-prev"><a href="{page_path(n - 1)}">Tin mới hơn</a></div>' if n > 1 else ""
        main = f'<h1 class="page-title">Tin hoạt động</h1>\n{back}{cards}\n{more}'
        site.page(page_path(n), layout("Tin hoạt động", main, items, path=page_path(n)), content_type=HTML)
    site.trap("category pages list titles and excerpts without dates; page 2 (?page=2) behind a 'Xem thêm tin' link holds "
              "the two oldest articles", page_path(2))

    # home page
    top = items[0]
    grid = "".join(f'<div class="grid-item"><a href="{a.path}"><img src="{img(a.first_image())}" alt=""></a>'
                   f'<a class="grid-title" href="{a.path}">{esc(a.title)}</a></div>' for a in items[1:5] if a.first_image())
    main = (f'<section class="featured"><a href="{top.path}"><img src="{img(top.first_image())}" alt=""></a>'
            f'<h2><a href="{top.path}">{esc(top.title)}</a></h2><p>{esc(top.summary())}</p></section>'
            f'<section class="grid">{grid}</section>'
            f'<section class="video"><h3><a href="{VIDEO}">Video: Phiên chợ sản phẩm HTX Yên Bái năm 2024</a></h3></section>')
    site.page("/", layout("Trang chủ", main, items, path="/"))
    site.non_articles.append("/")

    # the introduction uses the article template; a video page with one caption line; gallery; contact; search
    intro = [
        "Liên minh Hợp tác xã tỉnh Yên Bái là tổ chức kinh tế - xã hội, được thành lập năm 1996, là thành viên của Liên minh Hợp tác xã Việt Nam.",
        "Liên minh có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ hợp tác xã.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Tuyên truyền - Kiểm tra, Ban Hỗ trợ phát triển hợp tác xã và Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
    ]
    main = (f'<article class="post-detail"><h1 class="post-title">Giới thiệu</h1><div class="post-meta"><span class="post-poster">{POSTER}</span></div>'
            '<div class="post-content">' + "".join(f"<p>{esc(p)}</p>" for p in intro) + "</div></article>")
    site.page(INTRO, layout("Giới thiệu", main, items, path=INTRO), content_type=HTML)
    main = (f'<article class="post-detail"><h1 class="post-title">Video: Phiên chợ sản phẩm HTX Yên Bái năm 2024</h1>'
            f'<div class="post-meta"><span class="post-poster">{POSTER}</span> <span class="post-views">Lượt xem: 57</span></div>'
            '<div class="post-content"><div class="video-wrap"><video controls preload="none" width="640" height="360"></video></div>'
            '<p><em>Phiên chợ sản phẩm HTX tại quảng trường 19/8</em></p></div><div class="post-date">Ngày đăng: 12/04/2024 17:30</div></article>')
    site.page(VIDEO, layout("Video: Phiên chợ sản phẩm HTX Yên Bái năm 2024", main, items, path=VIDEO), content_type=HTML)
    pics = "".join(f'<figure class="gallery-item"><img src="{img(a.first_image())}" alt=""><figcaption>{esc(a.title)}</figcaption></figure>'
                   for a in items if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<h1 class="page-title">Thư viện ảnh</h1><div class="gallery">{pics}</div>',
                              items, path=GALLERY), content_type=HTML)
    main = (f'<h1 class="page-title">Liên hệ</h1><p>{NAME}</p><p>Số 579 đường Điện Biên, phường Đồng Tâm, TP Yên Bái</p>'
            '<form class="contact-form" action="javascript:void(0)"><input name="name" placeholder="Họ tên"><input name="email" placeholder="Email">'
            '<textarea name="message" placeholder="Nội dung"></textarea><button type="button">Gửi liên hệ</button></form>')
    site.page(CONTACT, layout("Liên hệ", main, items, path=CONTACT), content_type=HTML)
    hits = "".join(f'<div class="post-item"><h3 class="post-item-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                   f'<p class="post-item-excerpt">{esc(a.summary())}</p></div>' for a in items[:6])
    site.page(SEARCH, layout("Tìm kiếm: hop-tac-xa", f'<h1 class="page-title">Kết quả tìm kiếm: hợp tác xã</h1>{hits}', items,
                             path=SEARCH), content_type=HTML)
    site.non_articles += [INTRO, VIDEO, GALLERY, CONTACT, SEARCH]
    site.trap("introduction page at /gioi-thieu in the article template (h1, poster line, paragraphs, no date): not an article", INTRO)
    site.trap("video page in the article template: an empty <video>, one caption line and a date: not an article", VIDEO)
    site.trap("search results (query route) linked from the sidebar's 'Từ khóa phổ biến': not an article", SEARCH)

    site.binary(DOC_PATH, rtf(["LIÊN MINH HTX TỈNH YÊN BÁI", "Số: 09/KH-LMHTX", "KẾ HOẠCH",
                               "Tổ chức Tuần lễ giới thiệu sản phẩm HTX năm 2024"]))
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    site.binary("/themes/yb/images/favicon.png", image_for("/themes/yb/images/favicon.png"))
    return site
