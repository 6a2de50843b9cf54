"""Site `tintuc-htxgialai` (registry family `generic`): "Tin tức HTX Gia Lai", the news site of the Gia Lai cooperative
alliance on **Oqtane 5.2** (the Blazor CMS on .NET 8: the default Oqtane theme and container, render mode Interactive
Server with prerendering, the `Oqtane.Blogs` module on the pages "Tin tức" and "Thông báo", HtmlText modules
elsewhere, the site's time zone set to "SE Asia Standard Time" and its culture `vi-VN`; the copy is of 20 May 2025,
before the province merged with Bình Định). Written as a held-out test: no family module, no selectors.

URL shapes: pages by path `/`, `/tin-tuc`, `/thong-bao`, `/gioi-thieu`, `/lien-he`; a post
`/tin-tuc/!/<blog id>/<slug>` (Oqtane's URL parameters after `/!/`; the slug is the title without marks); the
module's older query form `/tin-tuc?id=<blog id>` answers the same post (the editors' hand-made "Tin nổi bật" box on
the home links posts so: aliases); the list `/tin-tuc` and `/tin-tuc?page=2` (5 a page: the pager is prerendered
with hrefs); the module's RSS `/api/Blog/rss?moduleid=15` (6 newest, pubDate in GMT: the dates are stored in UTC);
Oqtane's site map `/pages/sitemap.xml` (pages only: the blog module does not add its posts); the search results
`/tim-kiem?q=…` (Oqtane's Search Results module); files `/files/Public/tin-tuc/<name>.jpg` and downloads
`/api/file/download/<file id>`; `/login`, `/register` (the theme's buttons, with `?returnurl=`) and `/admin` (the
footer's "Quản trị", the admin dashboard) are disallowed by robots.txt.

Why it is hard: the page is a Blazor prerender: `<base href="/">` with relative asset links, `<!--Blazor:{…}-->`
markers around the head outlet and the app, the `#blazor-error-ui` text ("An unhandled error has occurred.
Reload") and a `<!--Blazor-Server-Component-State:…-->` blob at the end. The theme's panes hold module containers
whose title is `h2 > span.app-module-title` ("Tin tức" above every post: the MODULE's title, not the post's); the
post's title is `h3.blog-title`; "Đăng lúc 11/03/2025 06:20 bởi bientap" under it (the site's time zone; the account
is never an author: host, admin, bientap); the text `div.blog-content` is the Quill editor's HTML (`<p>`, `<h2>`,
`<ul>`/`<ol>`, centred images with a centred `<em>` caption paragraph, a pasted `table.table`, a download link in its
own paragraph: an attachment, not text, a right-aligned closing byline). The list prints culture dates ("Thứ Ba, 11
tháng 3, 2025", `vi-VN` long date). The RSS gives GMT: the post of 06:20 on 11 March reads "Mon, 10 Mar 2025
23:20:00 GMT". The oldest post is only on `/tin-tuc?page=2`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "tintuc-htxgialai"
NAME = "Tin tức HTX Gia Lai"
ORG = "Liên minh Hợp tác xã tỉnh Gia Lai"
HTML = "text/html; charset=utf-8"
VER = "5.2.4"
PER = 5
UTC = timedelta(hours=7)
DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MODULES = {"tin-tuc": (15, "Tin tức"), "thong-bao": (18, "Thông báo")}
ADDRESS = "Liên minh Hợp tác xã tỉnh Gia Lai - Số 12 Trần Hưng Đạo, TP Pleiku, tỉnh Gia Lai"
PHONE = "Điện thoại: 0269.3824.716 - Email: lmhtx@gialai.gov.vn"
COPY = "© 2025 Liên minh Hợp tác xã tỉnh Gia Lai"
FURN = [ADDRESS, PHONE, COPY, "An unhandled error has occurred.", "Reload", "Đăng nhập", "Đăng ký", "Quản trị",
        "Đăng lúc", "Quay lại", "Chia sẻ:", "Facebook", "Zalo", "Liên kết", "Vận hành bởi Oqtane"]
NAV = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Thông báo", "/thong-bao"), ("Giới thiệu", "/gioi-thieu"),
       ("Liên hệ", "/lien-he")]


def slugify(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def long_date(d: datetime) -> str:
    return f"{DAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"


def h(text: str, n: int = 32) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 06/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH GIA LAI
Số: 06/TB-LMHTX
Gia Lai, ngày 12 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức lớp tập huấn kế toán HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho các HTX từ ngày 03/6 đến ngày 05/6/2025 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử 01 kế toán tham dự; học viên được cấp tài liệu và giấy chứng nhận hoàn thành khóa học.
Các HTX gửi danh sách đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 28/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Đức Hoàng
""", author=None, doc_number="06/TB-LMHTX",
          attachments=[{"path": "/api/file/download/57", "text": "TB-06-LMHTX-2025.pdf"}],
          opts={"mod": "thong-bao", "by": "bientap", "home": True},
          notes=["notice 'Số: 06/TB-LMHTX' dated 12/5 in its text, posted 14/05/2025 09:30 ('Đăng lúc … bởi bientap': "
                 "the account, no author); the signer is text; the Quill link /api/file/download/57 in its own paragraph "
                 "is an attachment, not text; in the 'Thông báo' page's own Blog module (/thong-bao/!/<id>/<slug>); "
                 "the home's 'Tin nổi bật' links it as /thong-bao?id=<id>: an alias"],
          **at(datetime(2025, 5, 14, 9, 30))),
        A(path="", title="Ảnh: HTX Dịch vụ nông nghiệp Ia Kly chăm sóc cà phê đầu mùa mưa",
          body="""
Đầu tháng 5, các thành viên HTX Dịch vụ nông nghiệp Ia Kly (huyện Chư Prông) bắt đầu bón phân, tỉa cành cho cà phê.
[img ia-kly-1.jpg] Thành viên HTX bón phân hữu cơ cho vườn cà phê sau trận mưa đầu mùa
[img ia-kly-2.jpg] Cán bộ kỹ thuật của HTX hướng dẫn tỉa cành, tạo tán
[img ia-kly-3.jpg] Vườn cà phê của HTX được tưới bằng hệ thống nhỏ giọt
Năm nay HTX liên kết chăm sóc 320 ha cà phê theo tiêu chuẩn 4C cho 186 hộ thành viên.
""", byline="Bài và ảnh: Nguyễn Ngọc Sơn", author="Nguyễn Ngọc Sơn",
          opts={"mod": "tin-tuc", "by": "host", "home": True},
          notes=["photo story: Quill's centred image paragraphs, each followed by a centred <em> caption paragraph (one "
                 "line each); posted by 'host' (Oqtane's superuser account); 'Bài và ảnh: Nguyễn Ngọc Sơn' closes it -> "
                 "author; the home's 'Tin nổi bật' links it as /tin-tuc?id=<id>: an alias"],
          **at(datetime(2025, 5, 6, 16, 10))),
        A(path="", title="Số liệu phát triển HTX nông nghiệp tỉnh Gia Lai năm 2024",
          body="""
Năm 2024, toàn tỉnh có 398 HTX nông nghiệp đang hoạt động, tăng 29 HTX so với năm 2023.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Cà phê, hồ tiêu | 142 | 9.860 | 2.740 |
| Cây ăn quả | 87 | 3.120 | 2.180 |
| Chăn nuôi | 46 | 1.350 | 1.960 |
| Dịch vụ tổng hợp | 123 | 8.470 | 3.050 |
Các HTX cà phê, hồ tiêu tập trung ở các huyện Chư Prông, Chư Sê, Đak Đoa và Ia Grai.
""", author=None,
          opts={"mod": "tin-tuc", "by": "admin", "home": True},
          notes=["a table pasted in Quill's HTML view (table.table.table-bordered, thead th): one line per row; posted by "
                 "'admin', no byline: author null; the home links it as /tin-tuc?id=<id>: an alias"],
          **at(datetime(2025, 4, 24, 10, 0))),
        A(path="", title="Hướng dẫn HTX tham gia chuỗi liên kết cà phê bền vững",
          body="""
Tham gia chuỗi liên kết giúp HTX ổn định đầu ra và nâng giá bán cà phê từ 5 đến 10%.
## HTX cần chuẩn bị
* Danh sách thành viên và bản đồ vườn cà phê tham gia liên kết;
* Quy trình sản xuất, sơ chế theo tiêu chuẩn của doanh nghiệp;
* Sổ ghi chép nhật ký sản xuất của từng hộ;
* Kho chứa, sân phơi đáp ứng yêu cầu bảo quản.
Trung tâm Khuyến nông tỉnh hỗ trợ miễn phí việc tập huấn ghi chép nhật ký sản xuất cho HTX.
""", byline="Trần Thị Mỹ Linh - Trung tâm Khuyến nông tỉnh", author="Trần Thị Mỹ Linh",
          opts={"mod": "tin-tuc", "by": "bientap"},
          notes=["an <h2> and a bulleted list from Quill; posted by 'bientap' but 'Trần Thị Mỹ Linh - Trung tâm Khuyến nông "
                 "tỉnh' closes the text -> Trần Thị Mỹ Linh"],
          **at(datetime(2025, 4, 10, 8, 40))),
        A(path="", title="HTX Chanh dây Ia Pếch xuất khẩu lô hàng đầu tiên",
          body="""
HTX Nông nghiệp Ia Pếch (huyện Ia Grai) vừa xuất khẩu 20 tấn chanh dây tươi sang thị trường châu Âu.
Chanh dây được trồng theo tiêu chuẩn GlobalGAP trên diện tích 45 ha của 52 hộ thành viên.
HTX đang phối hợp với doanh nghiệp mở rộng vùng trồng để đáp ứng các đơn hàng tiếp theo.
""", byline="Theo Báo Gia Lai", author=None,
          opts={"mod": "tin-tuc", "by": "bientap"},
          notes=["'Theo Báo Gia Lai' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 27, 15, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Đak Đoa",
          body="""
Chiều 10/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Đak Đoa (huyện Đak Đoa).
HTX hiện có 74 thành viên, liên kết tiêu thụ 900 tấn cà phê nhân và 150 tấn mắc ca mỗi năm.
Đoàn ghi nhận kiến nghị của HTX về vốn vay đầu tư dây chuyền chế biến mắc ca.
""", author=None,
          opts={"mod": "tin-tuc", "by": "bientap"},
          notes=["posted at 06:20 on 11 March about the afternoon before ('Đăng lúc 11/03/2025 06:20', the site's time "
                 "zone); the RSS gives GMT: 'Mon, 10 Mar 2025 23:20:00 GMT' (the previous day); 'bientap' is an account, "
                 "no byline: author null"],
          **at(datetime(2025, 3, 11, 6, 20))),
        A(path="", title="HTX Hồ tiêu Chư Sê đạt chứng nhận hữu cơ",
          body="""
HTX Hồ tiêu Chư Sê vừa được cấp chứng nhận hữu cơ cho 60 ha hồ tiêu của 41 hộ thành viên.
[img chu-se.jpg] Thành viên HTX thu hoạch hồ tiêu hữu cơ
Giá bán hồ tiêu hữu cơ của HTX cao hơn hồ tiêu thường khoảng 25.000 đồng/kg.
""", byline="Phan Thị Ngọc", author="Phan Thị Ngọc",
          opts={"mod": "tin-tuc", "by": "host"},
          notes=["the bare name 'Phan Thị Ngọc' closes the text: the author ('host' posted it); only on /tin-tuc?page=2 "
                 "and in the RSS"],
          **at(datetime(2025, 2, 18, 14, 30))),
        A(path="", title="Liên minh HTX tỉnh Gia Lai tổng kết công tác năm 2024",
          body="""
Ngày 6/1, Liên minh HTX tỉnh Gia Lai tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 35 HTX, tổ chức 11 lớp tập huấn cho 640 lượt cán bộ HTX.
""", byline="Tin, ảnh: Đinh Yến", author="Đinh Yến",
          opts={"mod": "tin-tuc", "by": "bientap"},
          notes=["the oldest post: only on /tin-tuc?page=2 (not in the RSS's 6, not on the home, and the site map lists "
                 "pages only); 'Tin, ảnh: Đinh Yến' -> author"],
          **at(datetime(2025, 1, 7, 15, 45))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered">\n<thead>\n<tr>\n' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "\n</tr>\n</thead>\n<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r)
                                                                 + "\n</tr>" for r in rows) + "\n</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p class="ql-align-center"><img src="/files/Public/tin-tuc/{b.src}" width="700"></p>')
            if b.text:
                out.append(f'<p class="ql-align-center"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" rel="noopener noreferrer" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p class="ql-align-right"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "gia-lai", f"{NAME} (Oqtane 5)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/api/Blog/rss?moduleid=15" % SITE],
                     sitemaps=["{{base:%s}}/pages/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    bid = 4
    for a in reversed(arts):
        bid += 1 if a.date.month % 2 else 2
        a.opts["id"] = bid
        a.path = f"/{a.opts['mod']}/!/{bid}/{slugify(a.title)}"
    serial = [0]

    def marker(seq: int) -> tuple[str, str]:
        serial[0] += 1
        pid = h(f"prerender-{serial[0]}")
        desc = "CfDJ8" + h(f"descriptor-{serial[0]}", 64) + h(f"d2-{serial[0]}", 64)
        key = h(f"loc-{seq}", 40).upper()
        opening = (f'<!--Blazor:{{"type":"server","prerenderId":"{pid}","key":{{"locationHash":"{key}:0",'
                   f'"formattedComponentKey":""}},"sequence":{seq},"descriptor":"{desc}"}}-->')
        return opening, f'<!--Blazor:{{"prerenderId":"{pid}"}}-->'

    def container(title: str, inner: str) -> str:
        return (f'<div class="container"><div class="row px-4"><div class="d-flex flex-nowrap"><h2><span '
                f'class="app-module-title">{esc(title)}</span></h2></div><hr class="app-rule" /></div><div class="row px-4">'
                f'<div class="container">{inner}</div></div></div>')

    def layout(path: str, title: str, main: str, desc: str = "", rss: bool = False) -> str:
        ret = path.replace("/", "%2F").replace("!", "%21").replace("?", "%3F").replace("=", "%3D")
        nav = "".join(f'<div class="nav-item"><a class="nav-link{" active" if u == path.split("?")[0] else ""}" href="{u}">'
                      f"{esc(n)}</a></div>" for n, u in NAV)
        head_open, head_close = marker(0)
        app_open, app_close = marker(1)
        meta = f'\n    <meta name="description" content="{attr(desc)}" />' if desc else ""
        feed = ('\n    <link rel="alternate" type="application/rss+xml" title="Tin tức" href="/api/Blog/rss?moduleid=15" />'
                if rss else "")
        links = "".join(f'<li><a href="{{{{base:offsite}}}}{u}" target="_blank">{esc(n)}</a></li>' for n, u in [
            ("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng TTĐT tỉnh Gia Lai", "/gialai/"),
            ("Báo Gia Lai", "/baogialai/")])
        right = container("Liên kết", f'<div class="app-htmltext"><ul>{links}</ul></div>')
        footer = container("Liên hệ", f'<div class="app-htmltext"><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p><p>{COPY} | '
                                     '<a href="/admin">Quản trị</a> | <a href="{{base:offsite}}/oqtane/" '
                                     'target="_blank">Vận hành bởi Oqtane</a></p></div>')
        state = "CfDJ8" + "".join(h(f"state-{path}-{i}", 64) for i in range(6))
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <base href="/" />
    <link rel="stylesheet" href="css/app.css?v={VER}" />
    <link id="app-favicon" rel="shortcut icon" type="image/x-icon" href="favicon.ico" />
    <script src="js/app.js?v={VER}"></script>
    <script src="js/loadjs.min.js?v={VER}"></script>
    {head_open}<title>{esc(title)}</title>{meta}{feed}
    <link rel="stylesheet" href="{{{{base:offsite}}}}/cdnjs/ajax/libs/bootstrap/5.3.2/css/bootstrap.min.css" integrity="sha512-b2QcS5SsA8tZodcDtGRELiGv5SaKSk1vDHDaQRda0htPYWZ6046lr3kJ5bAAQdpV2mmA/4v0wQF9MyU6/pDIAg==" crossorigin="anonymous" type="text/css" id="app-bootstrap" />
    <link rel="stylesheet" href="Themes/Oqtane.Themes.OqtaneTheme/Theme.css?v={VER}" id="app-stylesheet-theme" />{head_close}
</head>
<body>
    {app_open}<div class="app-moduleactions"></div>
<main role="main">
<nav class="navbar navbar-expand-md navbar-dark bg-primary fixed-top">
<div class="container-fluid">
<a class="navbar-brand" href="/"><img class="px-2" src="/files/Public/logo-lmhtx-gialai.png" alt="{attr(NAME)}" /></a>
<button type="button" class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#navbarSupportedContent" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="controls ms-auto"><div class="controls-group"><a href="/register?returnurl={ret}" class="btn btn-primary">Đăng ký</a> <a href="/login?returnurl={ret}" class="btn btn-primary">Đăng nhập</a></div></div>
<div class="collapse navbar-collapse" id="navbarSupportedContent"><div class="navbar-nav">{nav}</div></div>
</div>
</nav>
<div class="content">
<div class="container">
<div class="row"><div class="col-md-8"><div class="app-pane" data-pane="Main">{main}</div></div>
<div class="col-md-4"><div class="app-pane" data-pane="Right">{right}</div></div></div>
<div class="row"><div class="col-md-12"><div class="app-pane" data-pane="Footer">{footer}</div></div></div>
</div>
</div>
</main>{app_close}
    <div id="blazor-error-ui" data-nosnippet>
        An unhandled error has occurred.
        <a href="" class="reload">Reload</a>
        <a class="dismiss">🗙</a>
    </div>
    <!--Blazor-Server-Component-State:{state}-->
    <script src="js/interop.js?v={VER}"></script>
    <script src="_framework/blazor.web.js"></script>
</body>
</html>
"""

    # posts
    aliases_home = []
    for a in arts:
        mod, (mid, mtitle) = a.opts["mod"], MODULES[a.opts["mod"]]
        share = (f'<div class="blog-share">Chia sẻ: <a href="{{{{base:offsite}}}}/facebook/sharer" target="_blank">Facebook</a> '
                 f'<a href="{{{{base:offsite}}}}/zalo/share" target="_blank">Zalo</a></div>')
        view = (f'<div class="blog-view"><h3 class="blog-title">{esc(a.title)}</h3><p class="blog-meta text-muted"><small>'
                f'Đăng lúc {a.date:%d/%m/%Y %H:%M} bởi {a.opts["by"]}</small></p><div class="blog-content">{body_html(a)}'
                f'</div><hr />{share}<a class="btn btn-secondary" href="/{mod}">Quay lại</a></div>')
        desc = next(b.text for b in a.blocks if b.kind == "p")
        page = layout(a.path, f"{a.title} | {NAME}", container(mtitle, view), desc=desc, rss=mod == "tin-tuc")
        site.page(a.path, page, content_type=HTML)
        if a.opts.get("home"):
            q = f"/{mod}?id={a.opts['id']}"
            site.page(q, layout(q, f"{a.title} | {NAME}", container(mtitle, view), desc=desc, rss=mod == "tin-tuc"),
                      content_type=HTML)
            a.aliases.append(q)
            aliases_home.append((a, q))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/files/Public/tin-tuc/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.files["_files/tb-06-lmhtx-2025.pdf"] = pdf(a.title, ["LIEN MINH HTX TINH GIA LAI",
                                                                       "THONG BAO SO 06/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": "_files/tb-06-lmhtx-2025.pdf", "content_type": "application/pdf"})
        site.add_article(a)

    # the blog lists
    def summary(a: RichArticle) -> str:
        return (f'<div class="blog-summary mb-4"><h4><a href="{a.path}">{esc(a.title)}</a></h4><p class="text-muted"><small>'
                f'{long_date(a.date)}</small></p><p>{esc(a.summary())}</p><a href="{a.path}">Xem tiếp...</a></div>')

    for mod, (mid, mtitle) in MODULES.items():
        items = [a for a in arts if a.opts["mod"] == mod]
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(chunks, 1):
            path = f"/{mod}" if n == 1 else f"/{mod}?page={n}"
            pager = ""
            if len(chunks) > 1:
                lis = [f'<li class="page-item{" disabled" if n == 1 else ""}"><a class="page-link" href="/{mod}'
                       f'{"" if n <= 2 else f"?page={n - 1}"}">&laquo;</a></li>']
                lis += [f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="/{mod}'
                        f'{"" if k == 1 else f"?page={k}"}">{k}</a></li>' for k in range(1, len(chunks) + 1)]
                lis.append(f'<li class="page-item{" disabled" if n == len(chunks) else ""}"><a class="page-link" href="/{mod}'
                           f'?page={min(n + 1, len(chunks))}">&raquo;</a></li>')
                pager = f'<nav><ul class="pagination">{"".join(lis)}</ul></nav>'
            rss = (f'<p><a href="/api/Blog/rss?moduleid={mid}"><img src="/Modules/Oqtane.Blogs/rss.png" alt="RSS" /> RSS</a></p>'
                   if mod == "tin-tuc" else "")
            inner = f'<div class="blog-list">{"".join(summary(a) for a in chunk)}{pager}{rss}</div>'
            site.page(path, layout(path, f"{mtitle} | {NAME}", container(mtitle, inner), rss=mod == "tin-tuc"),
                      content_type=HTML)
            site.non_articles.append(path)
    site.trap("the Blog module's list /tin-tuc (5 summaries with culture dates 'Thứ Ba, 11 tháng 3, 2025'; a prerendered "
              "Bootstrap pager '?page=2'): page 2 holds the two oldest posts", "/tin-tuc?page=2")

    # home
    featured = "".join(f'<li><a href="{q}">{esc(a.title)}</a></li>' for a, q in aliases_home)
    home = (container("Chào mừng", '<div class="app-htmltext"><p>Trang tin của Liên minh Hợp tác xã tỉnh Gia Lai: hoạt động '
                      'của Liên minh, mô hình HTX, thông báo và hướng dẫn cho các HTX trên địa bàn tỉnh.</p></div>')
            + container("Tin nổi bật", f'<div class="app-htmltext"><ul>{featured}</ul><p><a href="/tin-tuc">Xem tất cả tin '
                                       'tức</a> | <a href="/tim-kiem?q=c%C3%A0+ph%C3%AA">Tin về cà phê</a></p></div>'))
    site.page("/", layout("/", f"Trang chủ | {NAME}", home, desc="Trang tin Liên minh Hợp tác xã tỉnh Gia Lai"),
              content_type=HTML)
    site.non_articles.append("/")
    site.trap("home: HtmlText modules only ('Chào mừng', the editors' 'Tin nổi bật' linking posts by the old query form "
              "/tin-tuc?id=<id>, /thong-bao?id=<id>)", "/")

    # search, pages
    found = [a for a in arts if "cà phê" in (a.title + a.body).lower()]
    res = ('<div class="search-results"><p>Tìm thấy ' + str(len(found)) + ' kết quả cho "cà phê"</p><ul class="list-unstyled">'
           + "".join(f'<li class="mb-3"><h5><a href="{a.path}">{esc(a.title)}</a></h5><p>{esc(a.summary())}</p><small '
                     f'class="text-muted">{a.date:%d/%m/%Y}</small></li>' for a in found) + "</ul></div>")
    q = "/tim-kiem?q=c%C3%A0+ph%C3%AA"
    site.page(q, layout(q, f"Tìm kiếm | {NAME}", container("Kết quả tìm kiếm", '<form method="get" action="/tim-kiem"><input '
                                                          'type="text" name="q" class="form-control" /></form>' + res)),
              content_type=HTML)
    site.non_articles.append(q)
    site.trap("the search results page /tim-kiem?q=… (Oqtane's Search Results module): a list", q)
    for path, title, text in [
            ("/gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Gia Lai là tổ chức kinh tế - xã hội, đại diện và "
             "bảo vệ quyền, lợi ích hợp pháp của các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/lien-he", "Liên hệ", "<p>Mọi ý kiến đóng góp xin gửi về Văn phòng Liên minh HTX tỉnh.</p>")]:
        site.page(path, layout(path, f"{title} | {NAME}", container(title, f'<div class="app-htmltext">{text}</div>')),
                  content_type=HTML)
        site.non_articles.append(path)
    for path, title in [("/login", "Đăng nhập"), ("/register", "Đăng ký"), ("/admin", "Quản trị")]:
        site.page(path, layout(path, f"{title} | {NAME}", container(title, '<form method="post"><input type="text" '
                                                                    'name="username" class="form-control" /><input '
                                                                    'type="password" name="password" class="form-control" />'
                                                                    '</form>')), content_type=HTML)
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\nDisallow: /reset\nDisallow: /admin\n"
                "Disallow: /profile\nSitemap: {{base}}/pages/sitemap.xml\n")
    site.trap("robots.txt disallows /login and /register (the theme's buttons, ?returnurl=…) and /admin (the footer's "
              "'Quản trị'): never fetched", "/login")

    # feeds
    feed = [a for a in arts if a.opts["mod"] == "tin-tuc"][:6]
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.summary())}"
                    f"</description><pubDate>{a.date - UTC:%a, %d %b %Y %H:%M:%S} GMT</pubDate><guid isPermaLink=\"false\">"
                    f"{a.opts['id']}</guid></item>" for a in feed)
    site.page("/api/Blog/rss?moduleid=15", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>'
              f"Tin tức</title><link>{{{{base}}}}/tin-tuc</link><description>{esc(NAME)}</description>{items}</channel>"
              "</rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /api/Blog/rss?moduleid=15 (the head's alternate and the list's RSS link; the 6 newest): pubDate in GMT",
              "/api/Blog/rss?moduleid=15")
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{d}</lastmod><changefreq>weekly</changefreq><priority>0.5"
                   "</priority></url>" for p, d in [("/", "2025-05-14"), ("/tin-tuc", "2024-09-02"),
                                                    ("/thong-bao", "2024-09-02"), ("/gioi-thieu", "2024-09-02"),
                                                    ("/lien-he", "2024-09-02")])
    site.page("/pages/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
              f'schemas/sitemap/0.9">{urls}</urlset>\n', content_type="application/xml; charset=utf-8")
    site.trap("Oqtane's site map /pages/sitemap.xml lists the pages only (the Blog module adds no posts)",
              "/pages/sitemap.xml")

    # assets (relative to <base href="/">)
    site.static("/css/app.css", "body{font-family:Arial,sans-serif}\n")
    site.static("/Themes/Oqtane.Themes.OqtaneTheme/Theme.css", ".app-module-title{font-size:1.5rem}\n")
    for js in ("app.js", "loadjs.min.js", "interop.js"):
        site.static(f"/js/{js}", "/* oqtane */\n")
    site.static("/_framework/blazor.web.js", "/* blazor */\n")
    site.binary("/favicon.ico", b"\x00\x00\x01\x00")
    site.binary("/files/Public/logo-lmhtx-gialai.png", image_for("logo-lmhtx-gialai"))
    return site
