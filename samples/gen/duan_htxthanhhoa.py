"""Site `duan-htxthanhhoa` (registry family `generic`): "Cổng dự án LMHTX Thanh Hóa", the **Redmine 5.1** the Thanh Hóa
cooperative alliance runs for its projects, whose project "Thông tin hoạt động LMHTX" (identifier `thong-tin-lmhtx`)
uses the **News** module for the alliance's announcements (the stock theme, Vietnamese locale, Textile formatting,
admin settings: date format dd/mm/yyyy, 5 items a page and no other choice, 6 items in feeds). Written as a held-out
test: no family module, no selectors.

URL shapes: a news item `/news/<N>`; the project's news list `/projects/thong-tin-lmhtx/news` (`?page=2`, and
`?page=1` from the pager); its Atom feed `/projects/thong-tin-lmhtx/news.atom`; the overview
`/projects/thong-tin-lmhtx` ("Tin tức mới nhất"), the welcome page `/` (latest news of all projects), `/projects`;
the wiki `/projects/thong-tin-lmhtx/wiki` and `/wiki/Gioi_thieu` (non-articles), the files `/projects/…/files`;
attachments `/attachments/<id>` (preview page) and `/attachments/download/<id>/<name>`; users `/users/<id>`. Redmine's
robots.txt disallows the project's activity (every "cách đây N ngày" link goes there), issues, search, login and
registration.

Why it is hard: the item's title is an `<h2>` (the page's `<h1>` is the project's name); under it the optional summary
in `<em>` and the line "Thêm bởi Lê Thị Hoa cách đây 14 ngày": the relative age is a link whose `title` holds the exact
time ("06/01/2026 14:30") and whose href carries the day (`activity?from=2026-01-06`); nothing else on the page dates
it. The poster is the Redmine user: a staff member (the author when no byline is typed) or the office account "Văn
phòng Liên minh HTX" / the "Quản trị hệ thống" admin (no author). The text is `div.wiki` (Textile: `<p>`, `<h3>`,
lists, a table with `<th>`, inline images `!…!` from the attachments with a centred `<em>` caption paragraph). After
it: the attachments table (name, "(198 KB)", download icon, description, poster and time) and the comments (`h3`
"Bình luận", each `h4` "Thêm bởi X cách đây N ngày" and its text). The news list shows the WHOLE text of every item
under its `h3` link; the Atom feed gives `<updated>` in UTC ("Z"): the item posted at 06:05 on 30/10/2025 reads
2025-10-29T23:05:00Z. The wiki pages look like articles ("Cập nhật bởi …") and are not.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "duan-htxthanhhoa"
APP = "Cổng dự án LMHTX Thanh Hóa"
PROJ = "Thông tin hoạt động LMHTX"
PID = "thong-tin-lmhtx"
P = f"/projects/{PID}"
NOW = datetime(2026, 1, 20, 10, 0)
PER = 5
HTML = "text/html; charset=utf-8"
FEED_LIMIT = 6
USERS = {5: "Lê Thị Hoa", 3: "Văn phòng Liên minh HTX", 1: "Quản trị hệ thống", 7: "Trịnh Văn Nam"}
FURN = ["Đăng nhập", "Đăng ký", "Trang chính", "Dự án", "Trợ giúp", "Tìm kiếm", "Tổng quan", "Hoạt động", "Tin tức",
        "Tập tin", "Powered by", "Jean-Philippe Lang", PROJ, "Thêm bởi", "cách đây", "Bình luận"]


def ascii_slug(title: str) -> str:
    import unicodedata
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^A-Za-z0-9]+", "-", "".join(c for c in t if not unicodedata.combining(c))).strip("-")


def age(t: datetime) -> str:
    """Rails' distance_of_time_in_words, Redmine's Vietnamese strings."""
    m = int((NOW - t).total_seconds() // 60)
    if m < 1440:
        return f"khoảng {max(1, round(m / 60))} giờ"
    if m < 2520:
        return "1 ngày"
    if m < 43200:
        return f"{round(m / 1440)} ngày"
    if m < 86400:
        return f"khoảng {round(m / 43200)} tháng"
    return f"{round(m / 43200)} tháng"


def fmt(t: datetime) -> str:
    return f"{t:%d/%m/%Y %H:%M}"


def authoring(t: datetime, uid: int, label: str = "Thêm bởi") -> str:
    return (f'{label} <a class="user active" href="/users/{uid}">{esc(USERS[uid])}</a> <a title="{fmt(t)}" '
            f'href="{P}/activity?from={t:%Y-%m-%d}">cách đây {age(t)}</a>')


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 03/TB-LMHTX về lịch làm việc dịp Tết Nguyên đán Bính Ngọ 2026",
          body="""
LIÊN MINH HTX TỈNH THANH HÓA
Số: 03/TB-LMHTX
Thanh Hóa, ngày 13 tháng 01 năm 2026
THÔNG BÁO
Về lịch nghỉ Tết Nguyên đán Bính Ngọ và lịch trực cơ quan
Thực hiện hướng dẫn của UBND tỉnh, cơ quan Liên minh HTX tỉnh nghỉ Tết từ ngày 14/02/2026 đến hết ngày 22/02/2026.
Các phòng, đơn vị bố trí lịch trực theo danh sách kèm theo thông báo này.
CHÁNH VĂN PHÒNG
Lê Đình Sơn
""", author=None, doc_number="03/TB-LMHTX",
          attachments=[{"path": "/attachments/download/118/TB-03-LMHTX-lich-truc-Tet.pdf", "text": "TB-03-LMHTX-lich-truc-Tet.pdf"}],
          opts={"id": 41, "uid": 3, "files": [(118, "TB-03-LMHTX-lich-truc-Tet.pdf", "198 KB", "Lịch trực Tết 2026")]},
          notes=["notice 'Số: 03/TB-LMHTX' dated 13/01 in its text, posted 14/01/2026 08:45 (the age link's title); "
                 "the poster is the office account 'Văn phòng Liên minh HTX': no author; the signer is text; the "
                 "attachments table: /attachments/download/118/… '(198 KB)'"],
          **at(datetime(2026, 1, 14, 8, 45))),
        A(path="", title="Kết quả thực hiện Chương trình OCOP của các HTX năm 2025",
          lead="Năm 2025, các HTX trên địa bàn tỉnh có thêm 46 sản phẩm được công nhận đạt chuẩn OCOP.",
          body="""
| Hạng sao | Tổng số sản phẩm | Trong đó của HTX | Tỷ lệ |
| 3 sao | 118 | 71 | 60,2% |
| 4 sao | 24 | 15 | 62,5% |
| 5 sao (tiềm năng) | 2 | 1 | 50,0% |
Các sản phẩm chủ lực gồm nem chua, nước mắm, chè lam, gạo và các sản phẩm từ dừa.
""", author="Lê Thị Hoa",
          opts={"id": 40, "uid": 5, "comments": [(7, datetime(2026, 1, 7, 9, 12), "Đề nghị Văn phòng bổ sung số liệu theo từng huyện.")]},
          notes=["a Textile table (first row th): one line per row; the summary (em) is the lead; no byline, the poster "
                 "'Lê Thị Hoa' (a staff member) is the author; a comment ('Thêm bởi Trịnh Văn Nam cách đây 13 ngày' and "
                 "its text) is not text"],
          **at(datetime(2026, 1, 6, 14, 30))),
        A(path="", title="Ảnh: HTX Nông nghiệp Quảng Phú vào vụ thu hoạch cói",
          body="""
Những ngày cuối năm, thành viên HTX Nông nghiệp Quảng Phú (huyện Nga Sơn cũ) thu hoạch cói vụ mùa.
[img coi-1.png] Thành viên HTX cắt cói trên cánh đồng ven biển
[img coi-2.png] Cói được chẻ và phơi khô ngay tại bãi
[img coi-3.png] Sản phẩm thảm cói của HTX đóng gói xuất khẩu sang Nhật Bản
""", byline="Bài và ảnh: Lê Văn Cường", author="Lê Văn Cường",
          opts={"id": 38, "uid": 3, "imgs": {"coi-1.png": 121, "coi-2.png": 122, "coi-3.png": 123}},
          notes=["photo story: three inline Textile images (attachments) each followed by a centred <em> caption "
                 "paragraph (the lines); 'Bài và ảnh: Lê Văn Cường' -> author (the poster is the office account); the "
                 "image files are listed in the attachments table too (not counted as attachments)"],
          **at(datetime(2025, 12, 22, 16, 10))),
        A(path="", title="Năm nhiệm vụ trọng tâm hỗ trợ HTX chuyển đổi số năm 2026",
          body="""
Liên minh HTX tỉnh xác định năm nhiệm vụ trọng tâm hỗ trợ HTX chuyển đổi số trong năm 2026:
h3. Nhiệm vụ cụ thể
* Khảo sát mức độ ứng dụng công nghệ số tại 300 HTX;
* Hỗ trợ 100 HTX sử dụng phần mềm kế toán và hóa đơn điện tử;
* Đưa 80 sản phẩm OCOP của HTX lên sàn thương mại điện tử;
* Tập huấn kỹ năng bán hàng trực tuyến cho cán bộ HTX;
* Xây dựng cơ sở dữ liệu HTX toàn tỉnh.
""", byline="Nguyễn Thị Lan - Trung tâm Khuyến nông", author="Nguyễn Thị Lan",
          opts={"id": 36, "uid": 5},
          notes=["an h3 and a five-item list; the poster is 'Lê Thị Hoa' but the byline 'Nguyễn Thị Lan - Trung tâm "
                 "Khuyến nông' closes the text -> Nguyễn Thị Lan"],
          **at(datetime(2025, 12, 10, 9, 0))),
        A(path="", title="HTX Dịch vụ Hải Bình phát triển nghề nước mắm truyền thống",
          lead="Nước mắm Hải Bình đã trở thành sản phẩm OCOP 4 sao của tỉnh.",
          body="""
HTX Dịch vụ Hải Bình hiện có 52 thành viên, mỗi năm sản xuất hơn 300.000 lít nước mắm.
Sản phẩm được tiêu thụ tại các siêu thị ở Hà Nội, Thanh Hóa và xuất khẩu sang Lào.
""", byline="Theo Báo Thanh Hóa", author=None,
          opts={"id": 35, "uid": 5, "utm": True},
          notes=["'Theo Báo Thanh Hóa' closes the text: a reprint, no author (the poster 'Lê Thị Hoa' only put it up); "
                 "the wiki start page links /news/35?utm_source=zalo&utm_medium=social: an alias"],
          **at(datetime(2025, 11, 27, 10, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX chế biến nông sản Thọ Xuân",
          body="""
Ngày 11/11, đoàn công tác Liên minh HTX tỉnh làm việc với HTX chế biến nông sản Thọ Xuân về phương án vay vốn mở rộng xưởng sơ chế.
HTX đề xuất vay 1,5 tỷ đồng từ Quỹ hỗ trợ phát triển HTX để mua máy sấy và kho lạnh.
""", author=None,
          opts={"id": 33, "uid": 3},
          notes=["no byline; the poster is the office account: author null"],
          **at(datetime(2025, 11, 12, 15, 35))),
        A(path="", title="HTX Nông nghiệp Hoằng Đạo mở rộng vùng rau an toàn",
          body="""
HTX Nông nghiệp Hoằng Đạo vừa mở rộng vùng sản xuất rau an toàn lên 25 ha, có 85 hộ thành viên tham gia.
Rau của HTX được cấp giấy chứng nhận VietGAP và cung cấp cho các bếp ăn tập thể trong tỉnh.
Trịnh Thị Hương
""", author="Trịnh Thị Hương",
          opts={"id": 31, "uid": 1},
          notes=["posted at 06:05 on 30/10/2025 (the age link's title '30/10/2025 06:05'): the Atom feed's <updated> "
                 "would read 2025-10-29T23:05:00Z (UTC, the day before; the feed holds the 6 newest only); the bare name "
                 "'Trịnh Thị Hương' closes the text -> author; the poster is the admin account"],
          **at(datetime(2025, 10, 30, 6, 5))),
        A(path="", title="Tập huấn nghiệp vụ kế toán cho HTX khu vực miền núi",
          body="""
Từ ngày 14 đến 16/10, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 65 kế toán HTX các huyện miền núi.
Học viên được hướng dẫn lập báo cáo tài chính theo Thông tư số 71/2019/TT-BTC và sử dụng phần mềm kế toán.
""", byline="Hoàng Minh Đức", author="Hoàng Minh Đức",
          opts={"id": 29, "uid": 5, "comments": [(5, datetime(2025, 10, 20, 8, 0), "Lớp học tiếp theo dự kiến tổ chức tại huyện Bá Thước."),
                                                  (7, datetime(2025, 10, 21, 10, 30), "Cảm ơn chị, các HTX đang đăng ký.")]},
          notes=["the oldest item: only on the news list's page 2 (?page=2), not in the Atom feed (6 items); the bare "
                 "name 'Hoàng Minh Đức' -> author (not the poster 'Lê Thị Hoa'); two comments"],
          **at(datetime(2025, 10, 15, 11, 0))),
    ]


def wiki_html(a: RichArticle) -> str:
    out = []
    imgs = a.opts.get("imgs", {})
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "".join(f"\t<li>{inline_html(x)}</li>\n" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n\t\t<tr>\n" + "".join(f"\t\t\t<th>{esc(c)}</th>\n" for c in head) + "\t\t</tr>\n"
                       + "".join("\t\t<tr>\n" + "".join(f"\t\t\t<td>{esc(c)}</td>\n" for c in r) + "\t\t</tr>\n" for r in rows)
                       + "\t</table>")
        elif b.kind == "img":
            out.append(f'<p><img src="/attachments/download/{imgs[b.src]}/{b.src}" alt="" loading="lazy" /></p>')
            if b.text:
                out.append(f'<p style="text-align:center;"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thanh-hoa", f"{APP} (Redmine)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    plain_page = site.page

    def html_page(path: str, content: str, **kw) -> None:
        plain_page(path, content, **({"content_type": HTML} | kw))

    site.page = html_page  # every Redmine address is a route (no file/directory clashes)
    site.extra_boilerplate += FURN
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        a.path = f"/news/{a.opts['id']}"
        # a Textile 'h3.' line is a heading: the ground truth line is its text
        a.body = a.body.replace("\nh3. ", "\n## ")

    def layout(title: str, content: str, *, body_class: str, selected: str = "", project: bool = True,
               sidebar: str = "", head: str = "") -> str:
        tabs = [("overview", "Tổng quan", P), ("activity", "Hoạt động", f"{P}/activity"), ("news", "Tin tức", f"{P}/news"),
                ("wiki", "Wiki", f"{P}/wiki"), ("files", "Tập tin", f"{P}/files")]
        menu = ('<div id="main-menu" class="tabs"><ul>' + "".join(
            f'<li><a class="{k}{" selected" if k == selected else ""}" href="{h}">{t}</a></li>' for k, t, h in tabs)
            + "</ul></div>") if project else ""
        h1 = f'<h1><span class="current-project">{esc(PROJ)}</span></h1>' if project else f"<h1>{esc(APP)}</h1>"
        search = f"{P}/search" if project else "/search"
        main_cls = "" if sidebar else ' class="nosidebar"'
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Redmine" />
<meta name="keywords" content="issue,bug,tracker" />
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="Zk3vQ0x1b2M4n5p6q7r8s9t0u1v2w3x4y5z6A7B8C9D0E1F2G3H4I5J6K7L8M9N0" />
<link rel="shortcut icon" href="/favicon.ico?1701245862" />
<link rel="stylesheet" media="all" href="/stylesheets/jquery/jquery-ui-1.13.2.css?1701245862" />
<link rel="stylesheet" media="all" href="/stylesheets/tribute-5.1.3.css?1701245862" />
<link rel="stylesheet" media="all" href="/stylesheets/application.css?1701245862" />
<link rel="stylesheet" media="all" href="/stylesheets/responsive.css?1701245862" />
<script src="/javascripts/jquery-3.6.1-ui-1.13.2-ujs-6.1.7.6.js?1701245862"></script>
<script src="/javascripts/tribute-5.1.3.min.js?1701245862"></script>
<script src="/javascripts/application.js?1701245862"></script>
<script src="/javascripts/responsive.js?1701245862"></script>
{head}</head>
<body class="{body_class} avatars-off">
<div id="wrapper">
<div class="flyout-menu js-flyout-menu"><div class="flyout-menu__search"><form action="/search" accept-charset="UTF-8" name="form-1a2b3c" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="q" id="flyout-search" class="small js-search-input" placeholder="Tìm kiếm" /></form></div></div>
<div id="top-menu">
    <div id="account">
        <ul><li><a class="login" href="/login">Đăng nhập</a></li><li><a class="register" href="/account/register">Đăng ký</a></li></ul>
    </div>
    <ul><li><a class="home" href="/">Trang chính</a></li><li><a class="projects" href="/projects">Dự án</a></li><li><a class="help" href="{{{{base:offsite}}}}/redmine/guide">Trợ giúp</a></li></ul>
</div>
<div id="header">
    <a href="#" class="mobile-toggle-button js-flyout-menu-toggle-button"></a>
    <div id="quick-search">
        <form action="{search}" accept-charset="UTF-8" name="form-4d5e6f" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" />
        <input type="hidden" name="scope" value="subprojects" autocomplete="off" />
        <label for="q"><a accesskey="4" href="{search}">Tìm kiếm</a>:</label>
        <input type="text" name="q" id="q" size="20" class="small" accesskey="f" data-auto-complete="true" />
</form>
    </div>
    {h1}
    {menu}
</div>
<div id="main"{main_cls}>
    <div id="sidebar">{sidebar}</div>
    <div id="content">
{content}
    </div>
</div>
<div id="footer">
    Powered by <a href="{{{{base:offsite}}}}/redmine/">Redmine</a> &copy; 2006-2023 Jean-Philippe Lang
</div>
</div>
<div id="ajax-indicator" style="display:none;"><span>Đang tải...</span></div>
<div id="ajax-modal" style="display:none;"></div>
</body>
</html>
"""

    atom_head = (f'<link rel="alternate" type="application/atom+xml" title="{attr(PROJ)}: Tin tức" '
                 f'href="{{{{base}}}}{P}/news.atom" />\n')
    file_meta: dict[int, tuple[str, str, RichArticle]] = {}

    def attachments_box(a: RichArticle) -> str:
        files = list(a.opts.get("files", []))
        for name, aid in a.opts.get("imgs", {}).items():
            files.append((aid, name, "46 KB", ""))
        if not files:
            return ""
        rows = []
        for aid, name, size, desc in files:
            file_meta[aid] = (name, size, a)
            rows.append(f'<tr>\n  <td>\n    <a class="icon icon-attachment" href="/attachments/{aid}">{esc(name)}</a>    '
                        f'<span class="size">({size})</span>\n    <a class="icon-only icon-download" title="Tải về" '
                        f'href="/attachments/download/{aid}/{name}">{esc(name)}</a>  </td>\n  <td>{esc(desc)}</td>\n  <td>\n'
                        f'      <span class="author">{esc(USERS[a.opts["uid"]])}, {fmt(a.date)}</span>\n  </td>\n</tr>')
        return '<div class="attachments">\n<table>\n' + "\n".join(rows) + "\n</table>\n</div>"

    def comments(a: RichArticle) -> str:
        cs = a.opts.get("comments", [])
        if not cs:
            return ""
        out = ['<div id="comments" style="margin-bottom:16px;">', '<h3 class="comments">Bình luận</h3>']
        for k, (uid, t, text) in enumerate(cs):
            out.append(f'<h4 id="journal-{a.opts["id"]}{k}">{authoring(t, uid)}</h4>\n<div class="wiki">\n<p>{esc(text)}</p>\n</div>')
        out.append("</div>")
        return "\n".join(out)

    for a in news:
        summary = f"<em>{esc(a.lead)}</em><br />\n" if a.lead else ""
        content = (f'<div class="contextual">\n</div>\n\n<h2>{esc(a.title)}</h2>\n\n<p>{summary}<span class="author">'
                   f'{authoring(a.date, a.opts["uid"])}</span></p>\n<div class="wiki">\n{wiki_html(a)}\n</div>\n'
                   f'{attachments_box(a)}\n<br />\n{comments(a)}\n')
        html = layout(f"{a.title} - {PROJ} - {APP}", content, body_class=f"project-{PID} has-main-menu controller-news action-show",
                      selected="news", head=atom_head)
        site.page(a.path, html)
        if a.opts.get("utm"):
            alias = f"{a.path}?utm_source=zalo&utm_medium=social"
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        site.add_article(a)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/attachments/download/{a.opts['imgs'][b.src]}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 03/TB-LMHTX", "Lich truc Tet Binh Ngo 2026"]))
    for aid, (name, size, a) in file_meta.items():
        content = (f'<h2>{esc(name)}</h2>\n<div class="attachments">\n<p>{esc(name)} <span class="size">({size})</span> '
                   f'<a class="icon icon-download" href="/attachments/download/{aid}/{name}">Tải về</a></p>\n<p><span class="author">'
                   f'{esc(USERS[a.opts["uid"]])}, {fmt(a.date)}</span></p>\n</div>\n<p><a href="{a.path}">{esc(a.title)}</a></p>')
        site.page(f"/attachments/{aid}", layout(f"{name} - {APP}", content, body_class="controller-attachments action-show",
                                                project=True))
        site.non_articles.append(f"/attachments/{aid}")

    def news_article(a: RichArticle, with_project: bool = False) -> str:
        n = len(a.opts.get("comments", []))
        count = f" ({n} bình luận)" if n else ""
        prefix = f'<a href="{P}">{esc(PROJ)}</a>: ' if with_project else ""
        return (f'<article class="news-article">\n<header>\n<h3>{prefix}<a href="{a.path}">{esc(a.title)}</a>{count}</h3>\n'
                f'<p class="author">{authoring(a.date, a.opts["uid"])}</p>\n</header>\n<div class="wiki">\n'
                + (f"<p><em>{esc(a.lead)}</em></p>\n" if a.lead else "") + f"{wiki_html(a)}\n</div>\n</article>")

    pages = [news[i:i + PER] for i in range(0, len(news), PER)]
    for n, items in enumerate(pages, 1):
        lis = []
        if n > 1:
            lis.append(f'<li class="previous page"><a accesskey="p" href="{P}/news?page={n - 1}">« Trước</a></li>')
        for k in range(1, len(pages) + 1):
            lis.append(f'<li class="current"><span>{k}</span></li>' if k == n
                       else f'<li class="page"><a href="{P}/news?page={k}">{k}</a></li>')
        lis.append(f'<li class="next page"><a accesskey="n" href="{P}/news?page={n + 1}">Sau »</a></li>' if n < len(pages)
                   else '<li class="next page"><span>Sau »</span></li>')
        first = (n - 1) * PER + 1
        pager = (f'<span class="pagination"><ul class="pages">{"".join(lis)}</ul><span><span class="items">'
                 f'({first}-{first + len(items) - 1}/{len(news)})</span> </span></span>')
        content = (f'<div class="contextual">\n</div>\n<h2>Tin tức</h2>\n<div id="news">\n'
                   + "\n".join(news_article(a) for a in items) + f'\n</div>\n{pager}\n<p class="other-formats">Định dạng khác:'
                   f' <span><a class="atom" rel="nofollow" href="{P}/news.atom">Atom</a></span>\n</p>')
        html = layout(f"Tin tức - {PROJ} - {APP}", content, body_class=f"project-{PID} has-main-menu controller-news action-index",
                      selected="news", head=atom_head)
        path = f"{P}/news" if n == 1 else f"{P}/news?page={n}"
        site.page(path, html)
        site.non_articles.append(path)
        if n == 1:
            site.same_page(f"{P}/news?page=1", path)
            site.non_articles.append(f"{P}/news?page=1")
    site.trap("the project's news list (5 a page, ?page=2; ?page=1 from the pager): each item's h3 link, its 'Thêm bởi "
              "… cách đây …' line and its WHOLE text (div.wiki); the oldest item only on ?page=2", f"{P}/news?page=2")

    def rfc(t: datetime) -> str:
        return (t - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")

    entries = "".join(
        f'  <entry>\n    <title>{esc(a.title)}</title>\n    <link rel="alternate" href="{{{{base}}}}{a.path}"/>\n'
        f'    <id>{{{{base}}}}{a.path}</id>\n    <updated>{rfc(a.date)}</updated>\n    <author>\n      <name>'
        f'{esc(USERS[a.opts["uid"]])}</name>\n    </author>\n    <content type="html">{esc(wiki_html(a))}</content>\n  </entry>\n'
        for a in news[:FEED_LIMIT])
    atom = (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>{esc(APP)}: '
            f'{esc(PROJ)}: Tin tức</title>\n  <link rel="self" href="{{{{base}}}}{P}/news.atom"/>\n  <link rel="alternate" '
            f'href="{{{{base}}}}{P}/news"/>\n  <id>{{{{base}}}}/</id>\n  <icon>{{{{base}}}}/favicon.ico?1701245862</icon>\n'
            f'  <updated>{rfc(news[0].date)}</updated>\n  <author>\n    <name>{esc(APP)}</name>\n  </author>\n'
            f'  <generator uri="https://www.redmine.org/">\nRedmine  </generator>\n{entries}</feed>\n')
    site.page(f"{P}/news.atom", atom, content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom feed news.atom (head alternate): the 6 newest items, <updated> in UTC ('Z'): the 06:05 item of 30/10 "
              "reads 2025-10-29T23:05:00Z; the content is the full HTML", f"{P}/news.atom")

    latest = ('<div class="news box"><h3 class="icon icon-news">Tin tức mới nhất</h3>\n<ul>'
              + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a>'
                        + (f"<p>{esc(a.lead)}</p>" if a.lead else "") + f'<br />\n<span class="author">{authoring(a.date, a.opts["uid"])}</span></li>'
                        for a in news[:5]) + f'</ul>\n<p><a href="{P}/news">Xem tất cả tin tức</a></p></div>')
    overview = (f'<h2>Tổng quan</h2>\n<div class="description"><div class="wiki"><p>Dự án dùng chung để đăng thông báo, tin '
                f'hoạt động của Liên minh HTX tỉnh Thanh Hóa.</p></div></div>\n<div class="splitcontentleft">{latest}</div>')
    site.page(P, layout(f"Tổng quan - {PROJ} - {APP}", overview, body_class=f"project-{PID} has-main-menu controller-projects action-show",
                        selected="overview", head=atom_head))
    welcome = (f'<h2>Trang chính</h2>\n<div class="splitcontentleft"><div class="wiki"><p>Chào mừng đến với {esc(APP)}.</p></div>'
               '</div>\n<div class="splitcontentright"><div class="news box"><h3>Tin tức mới nhất</h3><ul>'
               + "".join(f'<li><a href="{P}">{esc(PROJ)}</a>: <a href="{a.path}">{esc(a.title)}</a><br />'
                         f'<span class="author">{authoring(a.date, a.opts["uid"])}</span></li>' for a in news[:5])
               + '</ul><p><a href="/news">Xem tất cả tin tức</a></p></div></div>')
    site.page("/", layout(APP, welcome, body_class="controller-welcome action-index", project=False))
    all_news = '<h2>Tin tức</h2>\n<div id="news">\n' + "\n".join(news_article(a, True) for a in news[:PER]) + "\n</div>"
    site.page("/news", layout(f"Tin tức - {APP}", all_news, body_class="controller-news action-index", project=False))
    site.page("/projects", layout(f"Dự án - {APP}", f'<h2>Dự án</h2>\n<div id="projects-index"><ul class="projects root"><li class="root">'
                                  f'<div class="root"><a class="project root leaf public" href="{P}">{esc(PROJ)}</a><div class="wiki '
                                  'description"><p>Dự án dùng chung để đăng thông báo, tin hoạt động.</p></div></div></li></ul></div>',
                                  body_class="controller-projects action-index", project=False))
    site.non_articles += [P, "/", "/news", "/projects"]

    def wiki(path: str, title: str, body: str, t: datetime, uid: int) -> None:
        side = (f'<h3>Wiki</h3>\n<ul><li><a href="{P}/wiki">Trang chính</a></li><li><a href="{P}/wiki/index">Chỉ mục theo tên'
                '</a></li></ul>')
        content = (f'<div class="wiki wiki-page">\n<h1 id="{ascii_slug(title)}">{esc(title)}</h1>\n{body}\n</div>\n'
                   f'<p class="wiki-update-info">{authoring(t, uid, "Cập nhật bởi")}</p>')
        site.page(path, layout(f"{title} - {PROJ} - {APP}", content, body_class=f"project-{PID} has-main-menu controller-wiki "
                               "action-show", selected="wiki", sidebar=side))
        site.non_articles.append(path)

    alias_item = next(a for a in news if a.opts.get("utm"))
    wiki(f"{P}/wiki", "Trang chính", "<p>Wiki của dự án lưu các hướng dẫn nội bộ của Văn phòng Liên minh HTX tỉnh.</p>\n"
         f'<ul>\n\t<li><a class="wiki-page" href="{P}/wiki/Gioi_thieu">Giới thiệu</a></li>\n\t<li>Bài được chia sẻ nhiều: '
         f'<a class="external" href="{alias_item.aliases[0]}">{esc(alias_item.title)}</a></li>\n</ul>',
         datetime(2025, 9, 3, 10, 0), 1)
    wiki(f"{P}/wiki/Gioi_thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Thanh Hóa là tổ chức đại diện cho các HTX, liên "
         "hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n<h2>Chức năng, nhiệm vụ</h2>\n<ul>\n\t<li>Tuyên truyền, vận động phát "
         "triển kinh tế tập thể;</li>\n\t<li>Tư vấn, hỗ trợ, đào tạo cho HTX;</li>\n\t<li>Đại diện, bảo vệ quyền lợi hợp pháp "
         "của thành viên.</li>\n</ul>", datetime(2025, 8, 12, 14, 20), 5)
    site.page(f"{P}/wiki/index", layout(f"Chỉ mục theo tên - {PROJ} - {APP}", f'<h2>Chỉ mục theo tên</h2>\n<ul class="pages-hierarchy">'
              f'<li><a href="{P}/wiki/Gioi_thieu">Gioi thieu</a></li><li><a href="{P}/wiki">Trang chính</a></li></ul>',
              body_class=f"project-{PID} has-main-menu controller-wiki action-index", selected="wiki"))
    site.non_articles.append(f"{P}/wiki/index")
    rows = "".join(f'<tr class="file"><td class="filename"><a href="/attachments/download/{aid}/{name}">{esc(name)}</a></td>'
                   f'<td class="created_on">{fmt(a.date)}</td><td class="filesize">{size}</td></tr>'
                   for aid, (name, size, a) in file_meta.items() if not name.endswith(".png"))
    site.page(f"{P}/files", layout(f"Tập tin - {PROJ} - {APP}", f'<h2>Tập tin</h2>\n<table class="list files"><thead><tr><th>Tập tin'
              f'</th><th>Ngày</th><th>Cỡ</th></tr></thead><tbody>{rows}</tbody></table>',
              body_class=f"project-{PID} has-main-menu controller-files action-index", selected="files"))
    site.non_articles.append(f"{P}/files")
    for uid, name in USERS.items():
        mine = [a for a in news if a.opts["uid"] == uid][:3]
        content = (f'<h2>{esc(name)}</h2>\n<div class="splitcontentleft"><ul><li>Tham gia: 15/03/2023</li></ul></div>\n'
                   '<div class="splitcontentright"><h3>Hoạt động</h3><ul>'
                   + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in mine) + "</ul></div>")
        site.page(f"/users/{uid}", layout(f"{name} - {APP}", content, body_class="controller-users action-show", project=False))
        site.non_articles.append(f"/users/{uid}")
    for p in (f"{P}/search", "/search"):
        site.page(p, layout(f"Tìm kiếm - {APP}", '<h2>Tìm kiếm</h2><form><input name="q"></form>',
                            body_class="controller-search action-index", project=p != "/search"))
    site.non_articles.append(f"{P}/search")
    site.never_fetched.append("/search")
    site.trap("wiki pages /wiki (links an item as /news/35?utm_source=zalo&utm_medium=social: an alias) and "
              "/wiki/Gioi_thieu ('Cập nhật bởi … cách đây …', an h1 inside div.wiki-page), the overview and welcome "
              "page ('Tin tức mới nhất'), /news, /projects, /users/<id>, /attachments/<id>, the files list: not articles",
              f"{P}/wiki")

    site.page(f"{P}/activity", layout(f"Hoạt động - {PROJ} - {APP}", "<h2>Hoạt động</h2>", selected="activity",
                                      body_class=f"project-{PID} has-main-menu controller-activities action-index"))
    acts = {f"{P}/activity"}
    for a in news:
        acts.add(f"{P}/activity?from={a.date:%Y-%m-%d}")
        for uid, t, _ in a.opts.get("comments", []):
            acts.add(f"{P}/activity?from={t:%Y-%m-%d}")
    for t in (datetime(2025, 9, 3), datetime(2025, 8, 12)):
        acts.add(f"{P}/activity?from={t:%Y-%m-%d}")
    site.never_fetched += sorted(acts)
    for p, title in (("/login", "Đăng nhập"), ("/account/register", "Đăng ký")):
        site.page(p, layout(f"{title} - {APP}", f'<h2>{title}</h2><form method="post"><input name="username"><input '
                            'type="password" name="password"></form>', body_class="controller-account", project=False))
        site.never_fetched.append(p)
    site.binary("/favicon.ico", image_for("favicon"))
    site.static("/robots.txt", f"User-agent: *\nDisallow: {P}/repository\nDisallow: {P}/issues\nDisallow: {P}/activity\n"
                "Disallow: /issues/gantt\nDisallow: /issues/calendar\nDisallow: /activity\nDisallow: /search\n"
                "Disallow: /issues?sort=\nDisallow: /issues?query_id=\nDisallow: /issues?*set_filter=\n"
                "Disallow: /issues/*.pdf$\nDisallow: /projects/*/issues/*.pdf$\nDisallow: /login\nDisallow: /account/register\n"
                "Disallow: /account/lost_password\n")
    site.trap("robots.txt (Redmine's): the project's activity (every age link 'cách đây N ngày' points there with "
              "?from=<day>), /search, /login, /account/register: never fetched", f"{P}/activity")
    return site
