"""Site `crownpeak-htxhochiminh` (registry family `generic`): "Liên minh Hợp tác xã Thành phố Hồ Chí Minh", the
alliance's portal built on **Crownpeak DXM** (enterprise CMS, the kind used by government bodies and large
organisations: pages are templated in the CMS and PUBLISHED as static files to a web server; the CMS and its publishing
server run in UTC). The copy is of 14 November 2024 (before Bình Dương and Bà Rịa - Vũng Tàu merged into the city).
Written as a held-out test: no family module, no selectors.

What is an article here: a published news asset of the "Tin tức" template. URL shapes: `/tin-tuc/<yyyy>/<slug>.html`
(the folder of the release year), the news index `/tin-tuc/index.html` (the 5 newest, with the year archive links),
the year indexes `/tin-tuc/2024/index.html` and `/tin-tuc/2023/index.html` (the directory `/tin-tuc/2024/` answers the
same file; the 2023 items are only there), static section pages (`/gioi-thieu/index.html`, `/ho-tro-htx/index.html`,
`/lien-he/index.html`), the search page `/tim-kiem.html` (Crownpeak Search: the results are filled in by script, the
static file has none). The old ASP.NET portal's addresses `/news/<yyyy>/<mm>/<slug>.aspx` answer 301 to the new files
(the web server's rewrite map); a "Tin liên quan" box still carries one of them: aliases. `/sitemap.xml` (no dates) is
named by robots.txt.

Why it is hard: the page prints the date only as "Thông cáo báo chí | 03/11/2024" (the asset's type and its "Ngày phát
hành" field, no time) in `p.article-meta`; `<meta name="date" content="2024-11-03">` repeats that field, and
`<meta property="article:published_time">` carries the publish event in UTC ("2024-11-02T17:30:00Z" is 00:30 on 3
November in Vietnam: the UTC date is the day before). The two items migrated from the old portal have no
published_time: their day only (midnight). One asset's browser-title field was left blank: its `<title>` is only the
site's name (the `<h1>` is the title). Before the article: skip links, the alert banner, the mega menu (three levels,
hidden panels), the breadcrumbs; after it: the "Chia sẻ" bar, "Tài liệu đính kèm" (a notice's PDF, the link's text
naming the document: the attachment, not text), "Tin liên quan", the footer's five link columns and the cookie notice.
The text is `div.article-body` after `p.article-summary` (the lead, first line of the text); a press release ends with
its "Liên hệ báo chí:" lines (text); "Bài, ảnh: X" names the author; the office is no author.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "crownpeak-htxhochiminh"
NAME = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
SHORT = "Liên minh HTX TP. Hồ Chí Minh"
ALERT = "Trụ sở Liên minh HTX Thành phố tạm ngưng tiếp công dân ngày 15/11/2024 để tổ chức Hội nghị Ban Chấp hành."
COOKIE = "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách cookie."
SKIP = "Chuyển đến nội dung chính"
ADDRESS = "Trụ sở: 66 Đinh Tiên Hoàng, phường Đa Kao, Quận 1, TP. Hồ Chí Minh"
PHONE = "Điện thoại: (028) 3829 7152 · Email: lienminhhtx@tphcm.gov.vn"
COPY = "© 2024 Liên minh Hợp tác xã Thành phố Hồ Chí Minh. Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
CHROME = [ALERT, COOKIE, SKIP, ADDRESS, PHONE, COPY, "Chia sẻ", "In trang", "Tài liệu đính kèm", "Tin liên quan",
          "Kết nối với chúng tôi", "Đồng ý", "Chuyển đến chân trang"]
TYPES = {"tcbc": "Thông cáo báo chí", "tin": "Tin hoạt động", "tb": "Thông báo"}


def arts() -> list[dict]:
    return [
        dict(year=2024, slug="hoi-nghi-xuc-tien-thuong-mai-san-pham-htx-2024", kind="tcbc", asset=48211,
             when=datetime(2024, 11, 3, 0, 30), legacy=True,
             title="Hội nghị xúc tiến thương mại sản phẩm HTX Thành phố Hồ Chí Minh năm 2024",
             lead="Ngày 05/11/2024, Liên minh HTX Thành phố tổ chức Hội nghị kết nối tiêu thụ sản phẩm của các HTX với hệ thống phân phối.",
             body="""
Hội nghị có sự tham gia của hơn 120 HTX, tổ hợp tác và 35 doanh nghiệp phân phối, siêu thị trên địa bàn Thành phố.
Các HTX sẽ giới thiệu trên 400 sản phẩm nông sản, thực phẩm chế biến và sản phẩm OCOP.
Liên hệ báo chí: Phòng Tuyên truyền - Thi đua, Liên minh HTX Thành phố, điện thoại (028) 3829 7153.
""", author=None, blank_title=False,
             notes=["'Thông cáo báo chí | 03/11/2024' (the release date, no time); article:published_time "
                    "'2024-11-02T17:30:00Z' = 3 November 00:30 in Vietnam (the UTC date is the day before); meta "
                    "date '2024-11-03'; the 'Liên hệ báo chí:' line is text; an office release: no author; the old "
                    "address /news/2024/11/….aspx (301) is an alias"]),
        dict(year=2024, slug="htx-nong-nghiep-cu-chi-cung-ung-rau-cho-bep-an-truong-hoc", kind="tin", asset=48190,
             when=datetime(2024, 10, 29, 15, 10),
             title="HTX nông nghiệp Củ Chi cung ứng rau an toàn cho bếp ăn trường học",
             lead="Ba HTX rau an toàn huyện Củ Chi ký hợp đồng cung ứng rau cho 46 bếp ăn bán trú.",
             body="""
Mỗi ngày, các HTX cung ứng khoảng 4 tấn rau ăn lá, củ quả đạt chứng nhận VietGAP cho các trường học tại huyện Củ Chi và quận 12.
[img rau-cu-chi-1.jpg] Thành viên HTX Phước An thu hoạch rau muống trong nhà màng
[img rau-cu-chi-2.jpg] Rau được sơ chế, đóng thùng trước khi giao cho bếp ăn
Hợp đồng có thời hạn 2 năm, giá điều chỉnh theo quý.
Bài, ảnh: Nguyễn Thanh Tâm
""", author="Nguyễn Thanh Tâm", blank_title=True,
             notes=["the asset's browser-title field left blank: <title> is the site's name only; the h1 is the title; "
                    "two figures with figcaptions (one line each); 'Bài, ảnh: Nguyễn Thanh Tâm' -> author; "
                    "'Tin hoạt động | 29/10/2024', published_time '2024-10-29T08:10:00Z' (15:10 in Vietnam)"]),
        dict(year=2024, slug="thong-bao-tuyen-sinh-lop-boi-duong-giam-doc-htx-2024", kind="tb", asset=48177,
             when=datetime(2024, 10, 21, 9, 0), doc="41/TB-LMHTX",
             file=("/-/media/lmhtx/van-ban/2024/tb-41-lmhtx.pdf", "Thông báo số 41/TB-LMHTX (PDF, 212 KB)"),
             title="Thông báo tuyển sinh lớp bồi dưỡng giám đốc HTX năm 2024",
             body="""
Số: 41/TB-LMHTX
Liên minh HTX Thành phố thông báo tuyển sinh lớp bồi dưỡng kiến thức quản trị cho giám đốc, kế toán HTX năm 2024.
* Thời gian học: từ ngày 11/11 đến 15/11/2024;
* Địa điểm: Trường Cán bộ quản lý HTX, 66 Đinh Tiên Hoàng, Quận 1;
* Học phí: miễn phí, học viên tự túc chi phí đi lại.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX Thành phố trước ngày 05/11/2024.
""", author=None,
             notes=["notice 'Số: 41/TB-LMHTX' with a list; 'Thông báo | 21/10/2024' and published_time "
                    "'2024-10-21T02:00:00Z'; the PDF in 'Tài liệu đính kèm' after the body, its link text naming the "
                    "document 'Thông báo số 41/TB-LMHTX (PDF, 212 KB)': the attachment, not text; no author"]),
        dict(year=2024, slug="ket-qua-phat-trien-kinh-te-tap-the-9-thang-2024", kind="tcbc", asset=48152,
             when=datetime(2024, 10, 8, 16, 0),
             title="Kinh tế tập thể Thành phố 9 tháng năm 2024 tăng trưởng ổn định",
             lead="Đến hết tháng 9/2024, Thành phố có 712 HTX đang hoạt động, tăng 5,6% so với cùng kỳ.",
             body="""
| Chỉ tiêu | 9 tháng 2023 | 9 tháng 2024 |
| Số HTX đang hoạt động | 674 | 712 |
| Số thành viên HTX | 38.950 | 41.200 |
| Doanh thu bình quân (tỷ đồng/HTX) | 7,9 | 8,6 |
Liên minh HTX Thành phố tiếp tục hỗ trợ các HTX chuyển đổi số và tiếp cận nguồn vốn ưu đãi.
Liên hệ báo chí: Phòng Tuyên truyền - Thi đua, điện thoại (028) 3829 7153.
""", author=None,
             notes=["a data table (one line per row) right after the lead; a release: no author"]),
        dict(year=2024, slug="trao-giay-chung-nhan-ocop-cho-san-pham-htx-can-gio", kind="tin", asset=48120,
             when=datetime(2024, 9, 18, 10, 45),
             title="Trao giấy chứng nhận OCOP cho sản phẩm của các HTX huyện Cần Giờ",
             lead="Bảy sản phẩm của các HTX huyện Cần Giờ được công nhận đạt OCOP 3 và 4 sao.",
             body="""
Các sản phẩm được công nhận gồm muối Cần Giờ, nghêu Cần Thạnh, khô cá dứa và mật ong rừng ngập mặn.
## Hỗ trợ sau chứng nhận
Liên minh HTX Thành phố sẽ hỗ trợ các HTX thiết kế bao bì, tham gia hội chợ và đưa sản phẩm vào hệ thống siêu thị.
Bài: Lê Hoàng Yến
""", author="Lê Hoàng Yến",
             notes=["an <h2> inside the body; 'Bài: Lê Hoàng Yến' -> author"]),
        dict(year=2024, slug="lien-minh-htx-thanh-pho-lam-viec-voi-htx-binh-chanh", kind="tin", asset=48099,
             when=datetime(2024, 8, 27, 8, 20),
             title="Liên minh HTX Thành phố làm việc với các HTX huyện Bình Chánh",
             lead=None,
             body="""
Sáng 27/8, đoàn công tác Liên minh HTX Thành phố làm việc với 9 HTX nông nghiệp, dịch vụ trên địa bàn huyện Bình Chánh.
Các HTX kiến nghị hỗ trợ đất xây dựng kho sơ chế và kết nối tiêu thụ sản phẩm.
""", author=None,
             notes=["no lead, no byline: author null; listed on /tin-tuc/2024/index.html only (not among the five on "
                    "/tin-tuc/index.html)"]),
        dict(year=2023, slug="tong-ket-hoat-dong-lien-minh-htx-thanh-pho-nam-2023", kind="tcbc", asset=31877,
             when=datetime(2023, 12, 22), migrated=True,
             title="Liên minh HTX Thành phố tổng kết hoạt động năm 2023",
             lead="Năm 2023, Liên minh HTX Thành phố hỗ trợ thành lập mới 58 HTX, vượt 16% kế hoạch.",
             body="""
Hội nghị tổng kết diễn ra chiều 21/12/2023 với sự tham dự của đại diện 250 HTX.
Năm 2024, Liên minh HTX Thành phố đặt mục tiêu phát triển thêm 60 HTX và 120 tổ hợp tác.
""", author=None,
             notes=["migrated from the old portal: no article:published_time; 'Thông cáo báo chí | 22/12/2023' and meta "
                    "date '2023-12-22' only: midnight; only on /tin-tuc/2023/index.html"]),
        dict(year=2023, slug="htx-thuong-mai-dich-vu-tan-phu-mo-diem-ban-hang-ocop", kind="tin", asset=31640,
             when=datetime(2023, 11, 6), migrated=True,
             title="HTX Thương mại dịch vụ Tân Phú mở điểm bán hàng OCOP",
             lead=None,
             body="""
HTX Thương mại dịch vụ Tân Phú khai trương điểm giới thiệu và bán sản phẩm OCOP tại quận Tân Phú với hơn 200 sản phẩm.
Theo Báo Sài Gòn Giải Phóng
""", author=None,
             notes=["migrated item: only its day; 'Theo Báo Sài Gòn Giải Phóng' closes it: a reprint, no author; only on "
                    "/tin-tuc/2023/index.html"]),
    ]


MENU = [
    ("Giới thiệu", "/gioi-thieu/index.html", [("Lịch sử hình thành", "/gioi-thieu/index.html#lich-su"),
                                             ("Cơ cấu tổ chức", "/gioi-thieu/index.html#co-cau"),
                                             ("Ban Thường trực", "/gioi-thieu/index.html#thuong-truc")]),
    ("Tin tức", "/tin-tuc/index.html", [("Tin hoạt động", "/tin-tuc/index.html#tin-hoat-dong"),
                                        ("Thông cáo báo chí", "/tin-tuc/index.html#thong-cao"),
                                        ("Lưu trữ 2024", "/tin-tuc/2024/index.html"),
                                        ("Lưu trữ 2023", "/tin-tuc/2023/index.html")]),
    ("Hỗ trợ HTX", "/ho-tro-htx/index.html", [("Quỹ hỗ trợ phát triển HTX", "/ho-tro-htx/index.html#quy"),
                                              ("Đào tạo, bồi dưỡng", "/ho-tro-htx/index.html#dao-tao"),
                                              ("Xúc tiến thương mại", "/ho-tro-htx/index.html#xuc-tien")]),
    ("Liên hệ", "/lien-he/index.html", []),
]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ho-chi-minh", f"{SHORT} (Crownpeak)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += CHROME
    specs = sorted(arts(), key=lambda s: s["when"], reverse=True)
    for s in specs:
        s["url"] = f"/tin-tuc/{s['year']}/{s['slug']}.html"
        s["legacy_url"] = f"/news/{s['year']}/{s['when']:%m}/{s['slug']}.aspx"

    def mega() -> str:
        out = []
        for i, (label, href, subs) in enumerate(MENU, 1):
            panel = ""
            if subs:
                panel = (f'<div class="mega-menu__panel" id="mega-panel-{i}" hidden><div class="mega-menu__col"><ul>'
                         + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
                         + "</ul></div></div>")
            out.append(f'<li class="mega-menu__item"><a href="{href}" class="mega-menu__link" aria-expanded="false"'
                       f' aria-controls="mega-panel-{i}">{esc(label)}</a>{panel}</li>')
        return f'<nav class="mega-menu" aria-label="Menu chính"><ul class="mega-menu__list">{"".join(out)}</ul></nav>'

    def footer() -> str:
        cols = [("Giới thiệu", MENU[0][2]), ("Tin tức", MENU[1][2]), ("Hỗ trợ HTX", MENU[2][2]),
                ("Liên kết", [("Liên minh HTX Việt Nam", "{{base:offsite}}/lmhtx-vn/"),
                              ("Cổng thông tin điện tử Thành phố", "{{base:offsite}}/tphcm/")]),
                ("Kết nối với chúng tôi", [("Facebook", "{{base:offsite}}/facebook/lmhtxtphcm"),
                                           ("YouTube", "{{base:offsite}}/youtube/lmhtxtphcm")])]
        html = "".join(f'<div class="footer__col"><h2 class="footer__heading">{esc(h)}</h2><ul>'
                       + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in links) + "</ul></div>"
                       for h, links in cols)
        return (f'<footer id="footer" class="footer"><div class="footer__columns">{html}</div>'
                f'<div class="footer__bottom"><p>{esc(NAME)}</p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>'
                f'<p class="footer__copy">{esc(COPY)}</p></div></footer>')

    def layout(title: str, main: str, crumbs: list[tuple[str, str | None]], head: str = "") -> str:
        bc = "".join(f'<li class="breadcrumb__item"><a href="{h}">{esc(t)}</a></li>' if h else
                     f'<li class="breadcrumb__item" aria-current="page">{esc(t)}</li>' for t, h in crumbs)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}<link rel="stylesheet" href="/_assets/css/main.min.css">
<link rel="icon" href="/_assets/img/favicon.png">
<script src="/_assets/js/main.min.js" defer></script>
<!-- Published by Crownpeak DXM: site root 'LMHTX TPHCM', publishing package 'Live' -->
</head>
<body class="page">
<a class="skip-link" href="#main-content">{SKIP}</a>
<a class="skip-link" href="#footer">Chuyển đến chân trang</a>
<div class="alert-banner" role="region" aria-label="Thông báo"><div class="alert-banner__inner"><p><strong>Thông báo:</strong> {esc(ALERT)}</p><button type="button" class="alert-banner__close" aria-label="Đóng thông báo">×</button></div></div>
<header class="header">
 <div class="header__utility"><a href="/tim-kiem.html" class="header__search">Tìm kiếm</a> <a href="/lien-he/index.html">Liên hệ</a></div>
 <a href="/" class="header__logo"><img src="/_assets/img/logo-lmhtx.png" alt="{attr(NAME)}"></a>
 {mega()}
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{bc}</ol></nav>
<main id="main-content" class="main" tabindex="-1">
{main}
</main>
{footer()}
<div class="cookie-notice" role="dialog" aria-live="polite"><p>{esc(COOKIE)}</p><button type="button" class="cookie-notice__accept">Đồng ý</button></div>
</body>
</html>
"""

    def body_html(s: dict) -> str:
        out = []
        for b in parse_rich(s["body"]):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h2>{esc(b.text)}</h2>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
            elif b.kind == "table":
                out.append('<div class="table-responsive">' + table_html(b, "data-table", border=False) + "</div>")
            elif b.kind == "img":
                src = f"/-/media/lmhtx/tin-tuc/{s['year']}/{b.src}"
                site.binary(src, image_for(src))
                cap = f'<figcaption class="media-figure__caption">{esc(b.text)}</figcaption>' if b.text else ""
                out.append(f'<figure class="media-figure"><img src="{src}" alt="{attr(b.text)}" loading="lazy">{cap}'
                           "</figure>")
        return "\n".join(out)

    for i, s in enumerate(specs):
        utc = s["when"] - timedelta(hours=7)
        head = (f'<meta name="description" content="{attr(s.get("lead") or s["title"])}">\n'
                f'<meta name="date" content="{s["when"]:%Y-%m-%d}">\n'
                f'<meta property="og:title" content="{attr(s["title"])}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:url" content="{{{{base}}}}{s["url"]}">\n'
                f'<meta property="og:image" content="{{{{base}}}}/_assets/img/og-default.png">\n')
        if not s.get("migrated"):
            head += f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%SZ}">\n'
        head += f'<link rel="canonical" href="{{{{base}}}}{s["url"]}">\n'
        lead = f'<p class="article-summary">{esc(s.get("lead"))}</p>' if s.get("lead") else ""
        docs = ""
        if s.get("file"):
            href, label = s["file"]
            docs = (f'<aside class="related-documents"><h2>Tài liệu đính kèm</h2><ul><li><a href="{href}" '
                    f'class="doc-link doc-link--pdf">{esc(label)}</a></li></ul></aside>')
            site.binary(href, pdf(s["title"], ["LIEN MINH HTX THANH PHO HO CHI MINH", "SO: 41/TB-LMHTX"]))
        related = [x for x in specs if x is not s][:3]
        rel_items = []
        for x in related:
            href = x["legacy_url"] if (x.get("legacy") and i == 1) else x["url"]
            rel_items.append(f'<li><a href="{href}">{esc(x["title"])}</a> <span class="date">{x["when"]:%d/%m/%Y}'
                             "</span></li>")
        main = f"""<article class="cp-article article" data-cp-asset-id="{s['asset']}">
 <header class="article-header">
  <p class="article-meta"><span class="article-type">{TYPES[s['kind']]}</span> | <span class="article-date">{s['when']:%d/%m/%Y}</span></p>
  <h1 class="article-title">{esc(s['title'])}</h1>
 </header>
 {lead}
 <div class="article-body">
{body_html(s)}
 </div>
 <div class="share-bar"><span class="share-bar__label">Chia sẻ</span> <a href="javascript:void(0)" class="share-bar__fb">Facebook</a> <a href="javascript:void(0)" class="share-bar__zalo">Zalo</a> <a href="javascript:void(0)" class="share-bar__mail">Email</a> <a href="javascript:window.print()" class="share-bar__print">In trang</a></div>
 {docs}
</article>
<section class="related-news"><h2>Tin liên quan</h2><ul>{"".join(rel_items)}</ul></section>"""
        title = NAME if s.get("blank_title") else f"{s['title']} | {SHORT}"
        crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/index.html"),
                  (str(s["year"]), f"/tin-tuc/{s['year']}/index.html"), (s["title"], None)]
        site.page(s["url"], layout(title, main, crumbs, head))
        site.redirect(s["legacy_url"], s["url"])
        if s.get("migrated"):
            pub, src, ev = iso(s["when"], with_time=False), "metadata", ["metadata", "date-element", "listing"]
        else:
            pub, src, ev = iso(s["when"]), "metadata", ["metadata", "date-element", "listing"]
        art = RichArticle(path=s["url"], title=s["title"], date=s["when"], body=s["body"], lead=s.get("lead"),
                          author=s["author"], published=pub, published_source=src, evidence=ev,
                          doc_number=s.get("doc"), notes=s["notes"], aliases=[s["legacy_url"]])
        if s.get("file"):
            art.attachments = [{"path": s["file"][0], "text": s["file"][1]}]
        site.add_article(art)
    site.trap("the old portal's /news/<yyyy>/<mm>/<slug>.aspx answer 301 to /tin-tuc/<yyyy>/<slug>.html (rewrite map); "
              "one 'Tin liên quan' box links such an address: aliases", specs[0]["legacy_url"])
    site.trap("the page's only time is article:published_time in UTC ('2024-11-02T17:30:00Z' for a release dated "
              "03/11/2024: 00:30 in Vietnam); the visible 'Thông cáo báo chí | 03/11/2024' and meta date have the day "
              "only", specs[0]["url"])

    # indexes
    def idx_item(s: dict) -> str:
        return (f'<li class="news-list__item"><p class="news-list__meta">{TYPES[s["kind"]]} | {s["when"]:%d/%m/%Y}</p>'
                f'<h3 class="news-list__title"><a href="{s["url"]}">{esc(s["title"])}</a></h3>'
                + (f'<p class="news-list__summary">{esc(s.get("lead"))}</p>' if s.get("lead") else "") + "</li>")
    years = sorted({s["year"] for s in specs}, reverse=True)
    archive = ('<nav class="archive-years" aria-label="Lưu trữ"><span>Lưu trữ:</span> '
               + " | ".join(f'<a href="/tin-tuc/{y}/index.html">{y}</a>' for y in years) + "</nav>")
    main = (f'<h1>Tin tức</h1><ul class="news-list">{"".join(idx_item(s) for s in specs[:5])}</ul>{archive}')
    site.page("/tin-tuc/index.html", layout(f"Tin tức | {SHORT}", main, [("Trang chủ", "/"), ("Tin tức", None)]))
    site.non_articles.append("/tin-tuc/index.html")
    for y in years:
        main = (f'<h1>Tin tức năm {y}</h1><ul class="news-list">'
                f'{"".join(idx_item(s) for s in specs if s["year"] == y)}</ul>{archive}')
        site.page(f"/tin-tuc/{y}/index.html", layout(f"Tin tức năm {y} | {SHORT}", main,
                                                     [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/index.html"),
                                                      (str(y), None)]))
        site.non_articles.append(f"/tin-tuc/{y}/index.html")
    site.non_articles.append("/tin-tuc/2024/")
    site.trap("the news index /tin-tuc/index.html shows the five newest; the year indexes /tin-tuc/2024/index.html "
              "(also /tin-tuc/2024/) and /tin-tuc/2023/index.html list the rest: the 2023 items only there",
              "/tin-tuc/2023/index.html")
    home = (f'<section class="hero"><h1>{esc(NAME)}</h1><p>Đồng hành cùng hợp tác xã, tổ hợp tác Thành phố</p></section>'
            f'<section class="home-news"><h2>Tin mới</h2><ul class="news-list">'
            f'{"".join(idx_item(s) for s in specs[:3])}</ul><a href="/tin-tuc/index.html">Xem tất cả tin tức</a></section>')
    site.page("/", layout(NAME, home, [("Trang chủ", None)]))
    site.same_page("/index.html", "/")
    site.non_articles.append("/")
    pages = {"/gioi-thieu/index.html": ("Giới thiệu", '<h2 id="lich-su">Lịch sử hình thành</h2><p>Liên minh HTX Thành '
                                        'phố được thành lập năm 1993.</p><h2 id="co-cau">Cơ cấu tổ chức</h2><p>Ban '
                                        'Chấp hành, Ban Thường trực và các phòng chuyên môn.</p><h2 id="thuong-truc">'
                                        'Ban Thường trực</h2><p>Chủ tịch và các Phó Chủ tịch.</p>'),
             "/ho-tro-htx/index.html": ("Hỗ trợ HTX", '<h2 id="quy">Quỹ hỗ trợ phát triển HTX</h2><p>Cho vay ưu đãi '
                                        'các dự án của HTX.</p><h2 id="dao-tao">Đào tạo, bồi dưỡng</h2><p>Các lớp bồi '
                                        'dưỡng cán bộ HTX.</p><h2 id="xuc-tien">Xúc tiến thương mại</h2><p>Hội chợ, '
                                        'kết nối tiêu thụ.</p>'),
             "/lien-he/index.html": ("Liên hệ", "<p>Văn phòng Liên minh HTX Thành phố Hồ Chí Minh.</p>")}
    for p, (t, body) in pages.items():
        site.page(p, layout(f"{t} | {SHORT}", f"<h1>{t}</h1>{body}", [("Trang chủ", "/"), (t, None)]))
        site.non_articles.append(p)
    site.page("/tim-kiem.html", layout(f"Tìm kiếm | {SHORT}", '<h1>Tìm kiếm</h1><form class="search-form" '
                                       'action="/tim-kiem.html" method="get"><input type="search" name="q"><button '
                                       'type="submit">Tìm</button></form><div id="cp-search-results" '
                                       'data-collection="lmhtx-tphcm"></div><noscript>Vui lòng bật JavaScript để xem '
                                       'kết quả tìm kiếm.</noscript>', [("Trang chủ", "/"), ("Tìm kiếm", None)]))
    site.non_articles.append("/tim-kiem.html")
    site.trap("/tim-kiem.html: Crownpeak Search fills #cp-search-results by script; the static page has no results",
              "/tim-kiem.html")
    locs = ["/", "/tin-tuc/index.html"] + [f"/tin-tuc/{y}/index.html" for y in years] + list(pages) + \
        [s["url"] for s in specs]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in locs) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /-/media/private/\nSitemap: {{base}}/sitemap.xml\n")
    for p in ("/_assets/img/logo-lmhtx.png", "/_assets/img/favicon.png", "/_assets/img/og-default.png"):
        site.binary(p, image_for(p))
    return site
