"""Site `nextcloud-htxbackan` (registry family `generic`): "Bản tin LMHTX Bắc Kạn", the Bắc Kạn cooperative alliance's
news board kept as a **Nextcloud 28 Collectives** collective ("Bản tin LMHTX Bắc Kạn", Markdown pages edited in
Nextcloud Text) shared by a public link, beside a public folder share of the year's documents (PDFs) on the same
instance ("Đám mây LMHTX Bắc Kạn", theming name and slogan set, Vietnamese locale); the copy is the pages as a
browser shows them on 20 November 2024 10:00 (Vietnam time), before the province merged with Thái Nguyên. Written as
a held-out test: no family module, no selectors.

What is an article here: a page of the collective under "Tin hoạt động", "Thông báo" or "Lưu trữ 2023" (one note
per news item); the landing page and those three parent pages are not articles (their own text is a line or two and
the list of their subpages).

URL shapes: Collectives' public routes `/apps/collectives/p/<token>/<collective>/<parent>/<page>`, every segment the
page's Vietnamese title percent-encoded (UTF-8, NFC, spaces as %20); the landing page
`/apps/collectives/p/<token>/<collective>`; the page list and the landing page's "Trang gần đây" link pages with
`?fileId=<n>` (the same page: an alias); the print view of the whole collective
`/apps/collectives/p/<token>/print/<collective>` (every page one after the other: not an article); the documents'
folder share `/index.php/s/<token>` (the files app's list: name, size, "x ngày trước"), its files
`/index.php/s/<token>/download?path=%2F&files=<name>`. "Đăng nhập" in the header goes to `/index.php/login`, which
robots.txt disallows (the admin replaced Nextcloud's own "Disallow: /" with a narrower list). No feed, no site map.

Why it is hard: the page title is the value of a disabled `<input class="title">` in `form#titleform` (no heading;
the text is only in the page list's active entry), `<title>` is the collective's and instance's name on every page;
the only time on a page is the info bar "Sửa lần cuối bởi Văn phòng LMHTX · 6 ngày trước", the exact time only in
the `title` ("13 tháng 11 năm 2024 14:35", Vietnam time) and `data-timestamp` (UTC milliseconds) attributes: a page
saved at 06:20 is on the previous day in UTC. That time is the last edit: when the note types its own date
("Ngày đăng: 05/11/2024") and was corrected later, the typed date is the publication. The editor shown is an account
(an office), never the author; the author is a closing byline naming a person. Photos are Text's image views with
the caption in `<figcaption>`; the sidebar's page tree shows only the current branch (the 2023 pages are reachable
only from "Lưu trữ 2023").
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "nextcloud-htxbackan"
INSTANCE = "Đám mây LMHTX Bắc Kạn"
INST_SLOGAN = "Kho dữ liệu dùng chung của Liên minh Hợp tác xã tỉnh Bắc Kạn"
COLL = "Bản tin LMHTX Bắc Kạn"
CT = "pK8wZr3NqT5xLmYd"  # the collective's share token
FT = "Gd4sWq9EbX2nRt7c"  # the documents folder's share token
NOW = datetime(2024, 11, 20, 10, 0)
EDITOR = "Văn phòng LMHTX"
PARENTS = {"tin": ("Tin hoạt động", 1402), "tb": ("Thông báo", 1403), "lt": ("Lưu trữ 2023", 1404)}
HTML = "text/html; charset=utf-8"
FURN = [INST_SLOGAN, "Sửa lần cuối bởi", "Đăng nhập", "In tập thể", "được chia sẻ bởi", EDITOR]


def enc(s: str) -> str:
    return quote(s, safe="")


def coll_path() -> str:
    return f"/apps/collectives/p/{CT}/{enc(COLL)}"


def page_path(parent: str | None, title: str) -> str:
    if parent is None:
        return f"{coll_path()}/{enc(title)}"
    return f"{coll_path()}/{enc(PARENTS[parent][0])}/{enc(title)}"


def ms(d: datetime) -> int:
    return int((d - timedelta(hours=7)).replace(tzinfo=UTC).timestamp() * 1000)


def lll(d: datetime) -> str:
    """moment.js 'vi' LLL: 'D MMMM [năm] YYYY HH:mm' with MMMM = 'tháng M'."""
    return f"{d.day} tháng {d.month} năm {d.year} {d:%H:%M}"


def from_now(d: datetime) -> str:
    """moment.js 'vi' fromNow() (default thresholds)."""
    s = (NOW - d).total_seconds()
    days = round(s / 86400)
    if s < 45:
        return "vài giây trước"
    if s < 45 * 60:
        return f"{round(s / 60)} phút trước" if round(s / 60) > 1 else "một phút trước"
    if s < 22 * 3600:
        return f"{round(s / 3600)} giờ trước" if round(s / 3600) > 1 else "một giờ trước"
    if days < 26:
        return f"{days} ngày trước" if days > 1 else "một ngày trước"
    if days < 45:
        return "một tháng trước"
    months = round(days / 30.4)
    if days < 320:
        return f"{months} tháng trước"
    years = round(days / 365)
    return f"{years} năm trước" if years > 1 else "một năm trước"


def stamp(d: datetime, css: str = "live-relative-timestamp") -> str:
    return f'<span class="{css}" data-timestamp="{ms(d)}" title="{lll(d)}">{from_now(d)}</span>'


def articles() -> list[RichArticle]:
    A = RichArticle

    def edited(d: datetime, listed: bool = True) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "listing"] if listed else ["date-element"])

    return [
        A(path=page_path("tin", "Tập huấn chuyển đổi số cho HTX năm 2024"),
          title="Tập huấn chuyển đổi số cho HTX năm 2024",
          body="""
Từ ngày 11 đến 13/11, Liên minh HTX tỉnh Bắc Kạn tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.
## Nội dung tập huấn
* Ứng dụng phần mềm kế toán và quản lý thành viên HTX;
* Truy xuất nguồn gốc sản phẩm bằng mã QR;
* Mở gian hàng trên sàn thương mại điện tử.
Các học viên được thực hành trực tiếp trên gian hàng của HTX mình.
""", byline="Nông Thị Thu", author="Nông Thị Thu",
          notes=["the only time is the info bar 'Sửa lần cuối bởi Văn phòng LMHTX 6 ngày trước' (title='13 tháng 11 năm "
                 "2024 14:35', data-timestamp in UTC ms): the relative age is not a date; 'Văn phòng LMHTX' is the "
                 "editing account, not the author; a heading and a list"],
          opts={"parent": "tin", "fileId": 1531}, **edited(datetime(2024, 11, 13, 14, 35))),
        A(path=page_path("tin", "HTX Miến dong Côn Minh đạt OCOP 4 sao"),
          title="HTX Miến dong Côn Minh đạt OCOP 4 sao",
          body="""
Sản phẩm miến dong của HTX Nông nghiệp Côn Minh (huyện Na Rì) vừa được công nhận đạt chuẩn OCOP 4 sao.
[img mien-dong-1.png] Thành viên HTX phơi miến dong tại xã Côn Minh
[img mien-dong-2.png] Miến dong Côn Minh được đóng gói, dán tem truy xuất nguồn gốc
Năm 2024, HTX sản xuất khoảng 200 tấn miến, tạo việc làm thường xuyên cho 35 lao động.
""", byline="Bài, ảnh: Hà Văn Toàn", author="Hà Văn Toàn",
          notes=["saved at 06:20 Vietnam time: title='8 tháng 11 năm 2024 06:20', data-timestamp=1731021600000 is "
                 "2024-11-07T23:20Z (the day before in UTC); photos are Text image views, the caption in <figcaption> "
                 "(one line each); 'Bài, ảnh: Hà Văn Toàn' -> author"],
          opts={"parent": "tin", "fileId": 1527}, **edited(datetime(2024, 11, 8, 6, 20))),
        A(path=page_path("tin", "Kết quả phát triển kinh tế tập thể 10 tháng năm 2024"),
          title="Kết quả phát triển kinh tế tập thể 10 tháng năm 2024",
          date=datetime(2024, 11, 5), published=iso(datetime(2024, 11, 5), with_time=False),
          published_source="document", evidence=["document"],
          body="""
Ngày đăng: 05/11/2024
Mười tháng năm 2024, khu vực kinh tế tập thể tỉnh Bắc Kạn tiếp tục phát triển ổn định.
| Chỉ tiêu | Đơn vị | 10 tháng 2024 | Cùng kỳ 2023 |
| HTX đang hoạt động | HTX | 486 | 452 |
| HTX thành lập mới | HTX | 31 | 26 |
| Sản phẩm OCOP của HTX | sản phẩm | 97 | 84 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX hoàn thiện hồ sơ sản phẩm OCOP năm 2024.
""", byline="Phòng Tổng hợp - Liên minh HTX tỉnh", author=None,
          notes=["the note types its date 'Ngày đăng: 05/11/2024' (first line of the text) and was corrected later: "
                 "the info bar's last edit (12/11/2024 16:02, '8 ngày trước') is not the publication -> published "
                 "05/11/2024 midnight from the text; a table; an office closes it: author null"],
          opts={"parent": "tin", "fileId": 1522, "mtime": datetime(2024, 11, 12, 16, 2)}),
        A(path=page_path("tin", "HTX Cam Quang Thuận mở rộng vùng trồng cam sành"),
          title="HTX Cam Quang Thuận mở rộng vùng trồng cam sành",
          body="""
HTX Nông nghiệp Quang Thuận (huyện Bạch Thông) trồng mới 15 ha cam sành theo tiêu chuẩn VietGAP trong năm 2024.
HTX liên kết với 48 hộ dân, bao tiêu toàn bộ sản phẩm với giá ổn định.
Dự kiến vụ cam năm nay HTX cung ứng ra thị trường khoảng 600 tấn quả.
""", byline="Theo Báo Bắc Kạn", author=None,
          notes=["reprint: 'Theo Báo Bắc Kạn' closes it (a source): author null; relative age '30 ngày trước'"],
          opts={"parent": "tin", "fileId": 1508}, **edited(datetime(2024, 10, 21, 9, 10))),
        A(path=page_path("tin", "Sơ kết công tác 9 tháng đầu năm 2024"),
          title="Sơ kết công tác 9 tháng đầu năm 2024",
          body="""
Chiều 1/10, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 9 tháng đầu năm, triển khai nhiệm vụ quý IV năm 2024.
Chín tháng qua, Liên minh HTX tỉnh đã tổ chức 6 lớp tập huấn, hỗ trợ 12 HTX tham gia hội chợ trong và ngoài tỉnh.
Quý IV, Liên minh HTX tỉnh tập trung hoàn thành việc cho vay vốn Quỹ hỗ trợ phát triển HTX.
""", byline="Lục Văn Hải", author="Lục Văn Hải",
          notes=["relative age 'một tháng trước' (title='2 tháng 10 năm 2024 15:00'); the text's 'Chiều 1/10' is the "
                 "event, not the publication"],
          opts={"parent": "tin", "fileId": 1496}, **edited(datetime(2024, 10, 2, 15, 0))),
        A(path=page_path("tb", "Thông báo về Hội chợ sản phẩm HTX tỉnh Bắc Kạn năm 2024"),
          title="Thông báo về Hội chợ sản phẩm HTX tỉnh Bắc Kạn năm 2024",
          body="""
LIÊN MINH HTX TỈNH BẮC KẠN
Số: 12/TB-LMHTX
Bắc Kạn, ngày 25 tháng 10 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm HTX tỉnh Bắc Kạn năm 2024
Hội chợ diễn ra từ ngày 06/12 đến ngày 10/12/2024 tại Quảng trường 19/8, TP Bắc Kạn, quy mô 80 gian hàng.
Các HTX đăng ký tham gia về Văn phòng Liên minh HTX tỉnh trước ngày 25/11/2024.
[[TB-12-LMHTX-2024.pdf|/index.php/s/Gd4sWq9EbX2nRt7c/download?path=%2F&files=TB-12-LMHTX-2024.pdf]]
CHỦ TỊCH
Hoàng Văn Đức
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": f"/index.php/s/{FT}/download?path=%2F&files=TB-12-LMHTX-2024.pdf",
                        "text": "TB-12-LMHTX-2024.pdf"}],
          notes=["notice 'Số: 12/TB-LMHTX' dated 25/10 in its text, saved 28/10/2024 08:45 (info bar '23 ngày "
                 "trước'); the PDF is a link line inside the note to the documents' folder share (download URL); "
                 "signer: text, author null; the title has no number (a page title is a file name: no '/')"],
          opts={"parent": "tb", "fileId": 1511}, **edited(datetime(2024, 10, 28, 8, 45))),
        A(path=page_path("lt", "Liên minh HTX tỉnh tổng kết công tác năm 2023"),
          title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, toàn tỉnh thành lập mới 38 HTX; Liên minh HTX tỉnh hỗ trợ 20 HTX xây dựng sản phẩm OCOP.
""", byline="Nông Thị Thu", author="Nông Thị Thu",
          notes=["archive page: only 'Lưu trữ 2023' lists it (the sidebar tree shows that branch only there); info bar "
                 "'một năm trước', title='28 tháng 12 năm 2023 16:30'"],
          opts={"parent": "lt", "fileId": 1288}, **edited(datetime(2023, 12, 28, 16, 30), listed=False)),
        A(path=page_path("lt", "HTX Dong riềng Na Rì mở rộng liên kết sản xuất"),
          title="HTX Dong riềng Na Rì mở rộng liên kết sản xuất",
          body="""
HTX Dong riềng Na Rì vừa ký hợp đồng liên kết trồng 40 ha dong riềng với các hộ dân ở 3 xã.
* HTX cung ứng giống và hướng dẫn kỹ thuật;
* Thu mua củ dong riềng theo giá sàn 2.500 đồng/kg;
* Hỗ trợ chi phí vận chuyển đến xưởng chế biến.
""", author=None,
          notes=["no byline: author null; archive page reachable only from 'Lưu trữ 2023'; a list"],
          opts={"parent": "lt", "fileId": 1241}, **edited(datetime(2023, 11, 15, 10, 0), listed=False)),
    ]


def mtime(a: RichArticle) -> datetime:
    return a.opts.get("mtime", a.date)


def img_src(name: str, file_id: int) -> str:
    return f"/apps/text/public/image?shareToken={CT}&imageFileName={name}&documentId={file_id}"


def content_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="h-{hashlib.md5(b.text.encode()).hexdigest()[:6]}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li><p>{inline_html(x)}</p></li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append('<div class="table-wrapper">' + table_html(b, "", border=False) + "</div>")
        elif b.kind == "img":
            out.append(f'<figure class="image image-view" data-component="image-view"><div class="image__view">'
                       f'<div class="image__main"><img src="{img_src(b.src, a.opts["fileId"])}" '
                       f'class="image__main--view" alt="{attr(b.text)}"></div></div>'
                       f'<div class="image__caption"><figcaption>{esc(b.text)}</figcaption></div></figure>')
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-kan", f"{COLL} (Nextcloud Collectives)", "generic", None,
                     start_urls=["{{base:%s}}%s" % (SITE, coll_path())])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: mtime(a), reverse=True)
    by_parent = {k: [a for a in arts if a.opts["parent"] == k] for k in PARENTS}
    parent_mtime = {"tin": datetime(2024, 9, 3, 8, 0), "tb": datetime(2024, 1, 8, 9, 0),
                    "lt": datetime(2024, 1, 5, 14, 0)}
    landing_mtime = datetime(2024, 3, 1, 9, 30)

    def nav(current: str | None, open_parent: str | None) -> str:
        lis = []
        for key, (ptitle, fid) in PARENTS.items():
            ppath = page_path(None, ptitle)
            active = " active" if current == ppath else ""
            children = ""
            if key == open_parent:
                children = '<ul class="page-list-children">' + "".join(
                    f'<li class="app-navigation-entry{" active" if current == a.path else ""}">'
                    f'<a class="app-navigation-entry-link" href="{a.path}?fileId={a.opts["fileId"]}" '
                    f'title="{attr(a.title)}"><span class="app-navigation-entry__name">{esc(a.title)}</span></a></li>'
                    for a in by_parent[key]) + "</ul>"
            collapsed = "" if key == open_parent else " collapsed"
            lis.append(f'<li class="app-navigation-entry page-list-item{active}{collapsed}">'
                       f'<a class="app-navigation-entry-link" href="{ppath}?fileId={fid}" title="{attr(ptitle)}">'
                       f'<span class="app-navigation-entry__name">{esc(ptitle)}</span></a>'
                       f'<span class="page-list-item-count">{len(by_parent[key])}</span>{children}</li>')
        return (f'<div id="app-navigation" class="app-navigation"><div class="app-navigation__content">'
                f'<div class="collective-title"><a href="{coll_path()}" class="collective-title-link">'
                f'<span class="collective-emoji">🌾</span> {esc(COLL)}</a></div>'
                f'<ul class="page-list">{"".join(lis)}</ul>'
                f'<a class="print-link" href="/apps/collectives/p/{CT}/print/{enc(COLL)}" target="_blank">In tập thể</a>'
                f'</div></div>')

    def doc(title_value: str, info: str, content: str, current: str | None, open_parent: str | None) -> str:
        return f"""<!DOCTYPE html>
<html class="ng-csp" data-placeholder-focus="false" lang="vi" data-locale="vi" translate="no">
<head data-requesttoken="Qm9ndXNUb2tlbkZvclB1YmxpY1NoYXJl:6f1c0e2d">
<meta charset="utf-8">
<title>{esc(COLL)} - Collectives - {esc(INSTANCE)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
<meta name="apple-itunes-app" content="app-id=1125420102">
<meta name="theme-color" content="#1a7f37">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="/core/img/favicon.png">
<link rel="stylesheet" href="/apps/collectives/css/collectives-main.css">
<link rel="stylesheet" href="/apps/text/css/text.css">
<script nonce="Qm9ndXNOb25jZQ==" defer src="/apps/collectives/js/collectives-main.js"></script>
<meta property="og:title" content="{esc(COLL)} - Collectives - {esc(INSTANCE)}">
<meta property="og:site_name" content="{esc(INSTANCE)}">
<meta property="og:type" content="website">
</head>
<body id="body-public" class="layout-base theme--light">
<input type="hidden" id="initial-state-collectives-shareToken" value="{CT}">
<header id="header" class="header-public"><div class="header-left"><span id="nextcloud">
<div class="logo logo-icon"></div><h1 class="header-appname">{esc(COLL)}</h1>
<div class="header-shared-by">được chia sẻ bởi {esc(EDITOR)}</div></span></div>
<div class="header-right"><a href="/index.php/login" class="button">Đăng nhập</a></div></header>
<div id="content" class="app-collectives" role="main">
{nav(current, open_parent)}
<main id="app-content" class="app-content">
<div class="page-title-container"><form id="titleform" class="page-title"><input class="title" type="text" value="{attr(title_value)}" disabled placeholder="Tiêu đề"></form></div>
{info}
<div id="text-container"><div class="text-editor__wrapper"><div class="ProseMirror" contenteditable="false" translate="no">
{content}
</div></div></div>
</main>
</div>
<footer role="contentinfo"><p class="info"><a href="{{{{base:offsite}}}}/nextcloud/" target="_blank" rel="noreferrer noopener" class="entity-name">{esc(INSTANCE)}</a> – {esc(INST_SLOGAN)}</p></footer>
</body>
</html>
"""

    def info_bar(d: datetime) -> str:
        return (f'<div class="page-info-bar"><span class="last-edited">Sửa lần cuối bởi '
                f'<span class="user-bubble__name">{esc(EDITOR)}</span> {stamp(d)}</span></div>')

    # landing page
    recent = [a for a in arts if a.opts["parent"] != "lt"][:6]
    tiles = "".join(f'<li class="recent-page-tile"><a href="{a.path}?fileId={a.opts["fileId"]}">'
                    f'<span class="recent-page-tile__title">{esc(a.title)}</span>'
                    f'<span class="recent-page-tile__meta">{stamp(mtime(a), "live-relative-timestamp timestamp")}'
                    f'</span></a></li>' for a in recent)
    landing = (f"<p>Chào mừng đến với {esc(COLL)}: tin hoạt động, thông báo và văn bản của Liên minh Hợp tác xã tỉnh "
               f"Bắc Kạn.</p>")
    landing_html = doc(COLL, info_bar(landing_mtime),
                       landing + f'<div class="recent-pages-widget"><h2 class="recent-pages-title">Trang gần đây</h2>'
                       f'<ul class="recent-pages">{tiles}</ul></div>', coll_path(), None)
    site.page(coll_path(), landing_html, content_type=HTML)
    site.non_articles.append(coll_path())
    # parent pages
    intros = {"tin": "Tin hoạt động của Liên minh HTX tỉnh và các HTX trên địa bàn.",
              "tb": "Thông báo, văn bản của Liên minh HTX tỉnh. Văn bản gốc (PDF) tải tại thư mục chia sẻ Văn bản.",
              "lt": "Các tin đã đăng năm 2023."}
    for key, (ptitle, fid) in PARENTS.items():
        ppath = page_path(None, ptitle)
        sub = "".join(f'<li><a href="{a.path}?fileId={a.opts["fileId"]}">{esc(a.title)}</a></li>' for a in by_parent[key])
        body = f"<p>{esc(intros[key])}</p>"
        if key == "tb":
            body += f'<p><a href="/index.php/s/{FT}">Văn bản LMHTX Bắc Kạn 2024</a></p>'
        html = doc(ptitle, info_bar(parent_mtime[key]),
                   body + f'<div class="subpages"><h3>Các trang con</h3><ul>{sub}</ul></div>', ppath, key)
        site.page(ppath, html, content_type=HTML)
        site.non_articles.append(ppath)
    # articles
    for a in arts:
        html = doc(a.title, info_bar(mtime(a)), content_html(a), a.path, a.opts["parent"])
        site.page(a.path, html, content_type=HTML)
        a.aliases.append(f"{a.path}?fileId={a.opts['fileId']}")
        for b in a.blocks:
            if b.kind == "img":
                src = img_src(b.src, a.opts["fileId"])
                name = f"_routes/text-image-{b.src}"
                site.files[name] = image_for(b.src)
                site.routes.append({"path": src, "file": name, "content_type": "image/png"})
        site.add_article(a)
    # print view
    sections = "".join(f'<div class="page-print"><h1 class="page-title">{esc(a.title)}</h1>{content_html(a)}</div>'
                       for a in reversed(arts))
    print_path = f"/apps/collectives/p/{CT}/print/{enc(COLL)}"
    site.page(print_path, f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(COLL)} - Collectives - {esc(INSTANCE)}</title>
<meta name="robots" content="noindex, nofollow"></head>
<body id="body-public" class="print-view"><div id="content"><main class="collective-print">
<h1 class="collective-title">{esc(COLL)}</h1>{landing}{sections}</main></div></body></html>
""", content_type=HTML)
    site.non_articles.append(print_path)
    # the documents' folder share
    pdf_name = "TB-12-LMHTX-2024.pdf"
    files = [(pdf_name, "86 KB", datetime(2024, 10, 28, 8, 41)),
             ("KH-05-LMHTX-2024.pdf", "112 KB", datetime(2024, 3, 11, 15, 20)),
             ("BC-tong-ket-2023.pdf", "240 KB", datetime(2023, 12, 28, 16, 12))]
    rows = "".join(
        f'<tr data-id="{1600 + i}" data-type="file" data-size="{int(sz.split()[0]) * 1024}" data-file="{attr(n)}" '
        f'data-mime="application/pdf" data-mtime="{ms(d)}" data-permissions="1" data-share-permissions="1">'
        f'<td class="selection"><input id="select-files-{1600 + i}" type="checkbox" class="selectCheckBox checkbox">'
        f'<label for="select-files-{1600 + i}"><span class="hidden-visually">Chọn</span></label></td>'
        f'<td class="filename"><a class="name" href="/index.php/s/{FT}/download?path=%2F&amp;files={enc(n)}">'
        f'<div class="thumbnail" style="background-image:url(/core/img/filetypes/application-pdf.svg)"></div>'
        f'<span class="nametext"><span class="innernametext">{esc(n[:-4])}</span><span class="extension">.pdf</span>'
        f'</span></a></td><td class="filesize">{sz}</td><td class="date">'
        f'<span class="modified live-relative-timestamp" title="{lll(d)}" data-timestamp="{ms(d)}">{from_now(d)}</span>'
        f'</td></tr>' for i, (n, sz, d) in enumerate(files))
    share = f"""<!DOCTYPE html>
<html class="ng-csp" lang="vi" data-locale="vi" translate="no">
<head><meta charset="utf-8"><title>Văn bản LMHTX Bắc Kạn 2024 - {esc(INSTANCE)}</title>
<meta name="robots" content="noindex, nofollow">
<meta property="og:title" content="Văn bản LMHTX Bắc Kạn 2024">
<meta property="og:description" content="{esc(INSTANCE)} - {esc(INST_SLOGAN)}">
<meta property="og:site_name" content="{esc(INSTANCE)}">
<meta property="og:url" content="{{{{base}}}}/index.php/s/{FT}">
<meta property="og:type" content="object">
<link rel="stylesheet" href="/apps/files/css/files.css">
</head>
<body id="body-public" class="layout-base">
<input type="hidden" id="sharingToken" value="{FT}"><input type="hidden" id="filename" value="Văn bản LMHTX Bắc Kạn 2024">
<input type="hidden" id="mimetype" value="httpd/unix-directory">
<header id="header" class="header-public"><div class="header-left"><span id="nextcloud"><div class="logo logo-icon"></div>
<h1 class="header-appname">Văn bản LMHTX Bắc Kạn 2024</h1><div class="header-shared-by">được chia sẻ bởi {esc(EDITOR)}</div></span></div>
<div class="header-right"><a href="/index.php/s/{FT}/download" id="download" class="button primary">Tải xuống tất cả tập tin</a></div></header>
<div id="content" class="app-files_sharing" role="main"><div id="app-content"><div id="files-public-content">
<table id="filestable" class="list-container view-grid-false"><thead><tr>
<th id="headerName" class="column-name"><a class="name sort columntitle" data-sort="name"><span>Tên</span></a></th>
<th id="headerSize" class="column-size"><a class="size sort columntitle" data-sort="size"><span>Kích cỡ</span></a></th>
<th id="headerDate" class="column-mtime"><a id="modified" class="columntitle" data-sort="mtime"><span>Đã sửa đổi</span></a></th>
</tr></thead><tbody id="fileList">{rows}</tbody>
<tfoot><tr class="summary"><td><span class="info"><span class="fileinfo">3 tập tin</span></span></td><td class="filesize">438 KB</td><td class="date"></td></tr></tfoot></table>
</div></div></div>
<footer role="contentinfo"><p class="info"><a href="{{{{base:offsite}}}}/nextcloud/" target="_blank" rel="noreferrer noopener" class="entity-name">{esc(INSTANCE)}</a> – {esc(INST_SLOGAN)}</p></footer>
</body></html>
"""
    site.page(f"/index.php/s/{FT}", share, content_type=HTML)
    site.non_articles.append(f"/index.php/s/{FT}")
    for n, _, _ in files:
        p = f"/index.php/s/{FT}/download?path=%2F&files={n}"
        name = f"_routes/share-{n}"
        site.files[name] = pdf(n, ["LIEN MINH HTX TINH BAC KAN", n.replace(".pdf", "").upper()])
        site.routes.append({"path": p, "file": name, "content_type": "application/pdf"})
    site.files["_routes/share-all.zip"] = b"PK\x05\x06" + b"\x00" * 18
    site.routes.append({"path": f"/index.php/s/{FT}/download", "file": "_routes/share-all.zip",
                        "content_type": "application/zip"})
    # login (robots-disallowed), robots, assets
    site.page("/index.php/login", f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(INSTANCE)}</title>
<meta name="robots" content="noindex, nofollow"></head><body id="body-login"><main><form method="post" name="login">
<fieldset><input type="text" name="user" placeholder="Tài khoản hoặc email"><input type="password" name="password" placeholder="Mật khẩu">
<button type="submit">Đăng nhập</button></fieldset></form></main></body></html>
""", content_type=HTML)
    site.never_fetched.append("/index.php/login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /index.php/login\nDisallow: /login\nDisallow: /remote.php\n"
                "Disallow: /public.php\nDisallow: /ocs/\nDisallow: /index.php/apps/files/\n")
    site.binary("/core/img/favicon.png", image_for("favicon"))

    site.trap("landing page: one welcome line and 'Trang gần đây' tiles (title + relative age, the exact time in "
              "title/data-timestamp), linked with ?fileId=: not an article", coll_path())
    site.trap("every page link carries ?fileId=<n> (the same page: an alias); URLs are the titles percent-encoded",
              page_path(None, "Tin hoạt động"))
    site.trap("'Lưu trữ 2023' parent page: the only page whose tree lists the 2023 pages: not an article",
              page_path(None, "Lưu trữ 2023"))
    site.trap("print view of the whole collective (every page's h1 and text, one after the other): not an article",
              print_path)
    site.trap("documents' folder share: files app list (Tên / Kích cỡ / Đã sửa đổi) with relative ages, exact times "
              "only in title and data-timestamp/data-mtime: not an article", f"/index.php/s/{FT}")
    site.trap("robots.txt disallows /index.php/login; the header's 'Đăng nhập' links it on every page: never fetch",
              "/index.php/login")
    return site
