"""Site `congdong-htxsonla` (registry family `generic`): "Cộng đồng HTX Sơn La", the community forum of the Sơn La
cooperative alliance (the province was not merged in 2025) on **NodeBB 3.x** with its default **Harmony** theme and
the Vietnamese language pack, as NodeBB's server-side rendering serves it to a client without JavaScript. The
alliance's news are the topics of the categories "Tin tức - Sự kiện" and "Văn bản - Chính sách"; members ask in
"Hỏi đáp - Kết nối". Written as a held-out test: no family module, no selectors.

URL shapes (as NodeBB emits them): topics `/topic/<tid>/<slug>` where NodeBB's slugify KEEPS the Vietnamese letters
(lowercase, punctuation dropped, spaces to hyphens; the hrefs carry the raw UTF-8, requests percent-encode it), a
topic's post by index `/topic/<tid>/<slug>/<n>` (the same page, canonical to the topic), its second page
`/topic/<tid>/<slug>?page=2`, the slug-less `/topic/<tid>` 301s to the topic, post permalinks `/post/<pid>` 302 to
`/topic/<tid>/<slug>/<n>`; categories `/category/<cid>/<slug>` with `?page=2`, tags `/tags/<tag>`, profiles
`/user/<userslug>`, lists `/recent`, `/popular`, `/categories`, `/tags`, `/users`; RSS `/category/<cid>.rss`,
`/topic/<tid>.rss`, `/recent.rss`; the sitemap index `/sitemap.xml` with `/sitemap/pages.xml`,
`/sitemap/categories.xml`, `/sitemap/topics.1.xml`. NodeBB's robots.txt disallows `/admin/`, `/reset/`, `/compose`.

What the pages are like: the title is `h1[component=post/header] > span[component=topic/title]`; the posts are
`li[component=post]` in `ul[component=topic]`, the first (data-index 0) is the news item, its text in
`div[component=post/content]` (markdown rendered: paragraphs, `img.img-markdown`, italic caption paragraphs, GFM
tables, lists, `###` headings). Dates are UTC: `span.timeago` with an ISO `title` and NO text (timeago fills it in with
JS), `meta[itemprop=datePublished]`, `data-timestamp` in milliseconds, `article:published_time` in the head, while
`article:modified_time` / `dateModified` are the last reply's. The posting account is shown on every post; the office
account "BBT Liên minh HTX" is not an author (a byline in the text names one), a member posting in person is.
Replies carry the "@user đã nói trong …" quote lines, "Trả lời" / "Trích dẫn" buttons, vote counts, signatures; the
edit indicator "Đã chỉnh sửa … sửa lần cuối bởi …" has its own time. A cookie-consent bar and the left sidebar
(Danh mục, Gần đây, Thẻ, Phổ biến, Người dùng, Nhóm) are on every page.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "congdong-htxsonla"
BOARD = "Cộng đồng HTX Sơn La"
HTML = "text/html; charset=utf-8"
NOW = datetime(2026, 3, 20, 10, 30)
V = "b7e41c0a2d9"
COOKIE = "Trang web này sử dụng cookie để đảm bảo bạn có trải nghiệm tốt nhất trên trang web của chúng tôi."
SIGNATURE = "Ban biên tập Cộng đồng HTX Sơn La - Hotline hỗ trợ HTX: 0212.3852.611"
USERS = {1: ("BBT Liên minh HTX", "Ban quản trị", 1537), 4: ("Quàng Văn Dũng", "Điều hành viên", 402),
         9: ("Cầm Thị Hoa", "Thành viên", 37), 12: ("Lò Văn Pọm", "Thành viên", 88), 15: ("HTX Mận hậu Nà Ka", "Thành viên", 19)}
CATS = {2: ("Tin tức - Sự kiện", "Tin hoạt động của Liên minh HTX tỉnh và các HTX", "#2e7d32", "fa-newspaper"),
        3: ("Văn bản - Chính sách", "Văn bản, thông báo, chính sách hỗ trợ HTX", "#1565c0", "fa-file-lines"),
        4: ("Hỏi đáp - Kết nối", "Các HTX hỏi đáp, kết nối cung cầu", "#ef6c00", "fa-comments")}
CHROME = [COOKIE, "Tìm hiểu thêm", "Đã hiểu!", SIGNATURE, "Đi đến nội dung", "Danh mục", "Gần đây", "Phổ biến",
          "Người dùng", "Đăng nhập", "Đăng ký", "Đăng nhập để trả lời", "Trả lời", "Trích dẫn", "Lượt xem",
          "Người đăng", "sửa lần cuối bởi", "Đã chỉnh sửa", "Trả lời dưới dạng chủ đề", "Chủ đề gợi ý",
          "Powered by NodeBB", "Ban quản trị", "Điều hành viên", "Sắp xếp theo", "Cũ đến mới"]
REPLIES = {1: (12, "Cảm ơn BBT, HTX Chiềng Mung đăng ký tham gia ạ."),
           2: (9, "Cho hỏi hồ sơ gửi qua bưu điện có được không ạ?"),
           3: (4, "Được bạn nhé, ghi rõ tên HTX ngoài phong bì."),
           4: (15, "Thông tin rất hữu ích, HTX chúng tôi sẽ áp dụng."),
           5: (12, "Mong Liên minh tổ chức thêm lớp ở Mai Sơn.")}


def slugify(text: str) -> str:
    s = re.sub(r"[^\w\s-]", "", text.lower())
    s = re.sub(r"[\s_]+", "-", s.strip())
    return re.sub(r"-+", "-", s).strip("-")


def z(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}.000Z"


def ms(d: datetime) -> int:
    return int((d - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds() * 1000)


def user_url(uid: int) -> str:
    return f"/user/{slugify(USERS[uid][0])}"


def cat_url(cid: int, page: int = 1) -> str:
    return f"/category/{cid}/{slugify(CATS[cid][0])}" + (f"?page={page}" if page > 1 else "")


def tag_url(t: str) -> str:
    return f"/tags/{t}"


def enc(path: str) -> str:
    return quote(path, safe="/?=&")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="", title="Liên minh HTX tỉnh tổ chức Hội nghị xúc tiến tiêu thụ nông sản năm 2026",
          body="""
Sáng 18/3, Liên minh HTX tỉnh Sơn La tổ chức Hội nghị xúc tiến tiêu thụ nông sản của các HTX năm 2026 với sự tham gia của 64 HTX và 21 doanh nghiệp thu mua, chế biến.
[img hoi-nghi-xuc-tien-2026.png] Các đại biểu tham quan gian hàng trưng bày sản phẩm của HTX
Tại hội nghị, các HTX và doanh nghiệp đã ký 17 biên bản ghi nhớ tiêu thụ xoài, nhãn, mận, cà phê và rau an toàn với tổng sản lượng dự kiến hơn 12.000 tấn.
Lãnh đạo Liên minh HTX tỉnh đề nghị các HTX chuẩn hóa quy trình sản xuất theo VietGAP, duy trì mã số vùng trồng và thực hiện đúng cam kết trong hợp đồng.
""", byline="Tin, ảnh: Lường Văn Chiến", author="Lường Văn Chiến",
          opts={"tid": 214, "pid": 1893, "uid": 1, "cid": 2, "replies": [1, 4], "tags": ["tiêu-thụ", "hội-nghị"], "votes": 6},
          notes=["topic /topic/214/<Vietnamese slug>: the first li[component=post] is the news item; span.timeago with title "
                 "'2026-03-18T02:00:00.000Z' and no text, meta itemprop=datePublished, article:published_time (UTC) -> "
                 "09:00 local; article:modified_time = the last reply; office account posts, 'Tin, ảnh: Lường Văn Chiến' -> author"],
          **at(datetime(2026, 3, 18, 9, 0))),
        A(path="", title="Thông báo số 08/TB-LMHTX về lớp bồi dưỡng kế toán HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH SƠN LA
Số: 08/TB-LMHTX
Sơn La, ngày 13 tháng 3 năm 2026
THÔNG BÁO
Về việc mở lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2026
Liên minh HTX tỉnh mở lớp bồi dưỡng nghiệp vụ kế toán cho cán bộ kế toán các HTX nông nghiệp trên địa bàn tỉnh.
* Thời gian: từ ngày 06/4 đến ngày 10/4/2026;
* Địa điểm: Hội trường Liên minh HTX tỉnh, phường Tô Hiệu;
* Kinh phí: miễn phí học phí và tài liệu.
Các HTX gửi danh sách học viên về Phòng Tư vấn - Hỗ trợ trước ngày 31/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Chất
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/assets/uploads/files/1773394200514-tb-08-lmhtx-2026.pdf", "text": "tb-08-lmhtx-2026.pdf"}],
          opts={"tid": 211, "pid": 1871, "uid": 1, "cid": 3, "replies": [2, 3], "tags": ["văn-bản", "kế-toán"], "votes": 3},
          notes=["notice 'Số: 08/TB-LMHTX' in 'Văn bản - Chính sách', dated 13/3 in the text, posted 14/3 (the timeago title); "
                 "the '* ' list is text; the signer ends it, author null; the markdown link to the uploaded PDF "
                 "(/assets/uploads/files/…pdf) after the text: an attachment, not text"],
          **at(datetime(2026, 3, 14, 15, 45))),
        A(path="", title="HTX Cà phê Chiềng Ban xuất khẩu lô cà phê đặc sản đầu tiên",
          body="""
Ngày 5/3, HTX Cà phê Chiềng Ban đã xuất khẩu lô hàng 19,2 tấn cà phê nhân đặc sản sang thị trường Hà Lan.
[img ca-phe-chieng-ban.png] Thành viên HTX phân loại cà phê nhân trước khi đóng bao
Để có lô hàng này, HTX đã mất ba năm chuyển đổi sang quy trình thu hái quả chín, sơ chế ướt và phơi trên giàn.
Giá bán cao hơn cà phê thông thường khoảng 30%, thành viên HTX rất phấn khởi.
""", author="Cầm Thị Hoa",
          opts={"tid": 207, "pid": 1840, "uid": 9, "cid": 2, "replies": [4], "tags": ["cà-phê", "xuất-khẩu"], "votes": 11},
          notes=["posted in person by the member 'Cầm Thị Hoa' (the HTX's director), no byline -> author; the member's "
                 "group badge 'Thành viên' and profile link beside the name are furniture"],
          **at(datetime(2026, 3, 6, 20, 12))),
        A(path="", title="Sơn La có thêm 24 sản phẩm OCOP của HTX",
          body="""
Đợt đánh giá, phân hạng tháng 2/2026, tỉnh Sơn La công nhận thêm 24 sản phẩm OCOP, trong đó 19 sản phẩm của các HTX.
| Nhóm sản phẩm | Số sản phẩm | 3 sao | 4 sao |
| Chè | 6 | 4 | 2 |
| Cà phê | 5 | 3 | 2 |
| Trái cây tươi | 5 | 5 | 0 |
| Dược liệu | 3 | 2 | 1 |
Đến nay, toàn tỉnh có 312 sản phẩm OCOP, trong đó các HTX là chủ thể của gần 60%.
""", byline="Theo Báo Sơn La", author=None,
          opts={"tid": 203, "pid": 1812, "uid": 1, "cid": 2, "replies": [], "tags": ["ocop"], "votes": 4},
          notes=["a GFM table (table.table, one line per row); 'Theo Báo Sơn La' names a newspaper: text, author null; "
                 "no replies (the topic's only post)"],
          **at(datetime(2026, 2, 27, 14, 30))),
        A(path="", title="Hướng dẫn HTX đăng ký mã số vùng trồng xoài xuất khẩu",
          body="""
Để xuất khẩu xoài sang các thị trường khó tính, HTX phải có mã số vùng trồng do Cục Bảo vệ thực vật cấp.
## Hồ sơ gồm
+ Đơn đề nghị cấp mã số vùng trồng theo mẫu;
+ Bản đồ vùng trồng, danh sách hộ thành viên và diện tích;
+ Nhật ký canh tác và kết quả kiểm tra dịch hại.
## Nơi nộp
Hồ sơ nộp tại Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, thời gian giải quyết 15 ngày làm việc.
""", author="Quàng Văn Dũng",
          opts={"tid": 198, "pid": 1779, "uid": 4, "cid": 2, "replies": [2, 3, 5], "tags": ["xoài", "mã-số-vùng-trồng"], "votes": 9},
          notes=["posted at 06:45 local by the moderator in person: timeago title '2026-02-18T23:45:00.000Z' is the previous "
                 "day in UTC; markdown ### headings and a numbered list -> author Quàng Văn Dũng"],
          **at(datetime(2026, 2, 19, 6, 45))),
        A(path="", title="Ảnh: Mùa hoa mận trắng ở Nà Ka",
          body="""
[img man-na-ka-1.png] Đồi mận của HTX Mận hậu Nà Ka vào mùa hoa
[img man-na-ka-2.png] Thành viên HTX tỉa cành, bón phân sau tết
[img man-na-ka-3.png] Du khách chụp ảnh trong vườn mận của HTX
""", byline="Ảnh: Minh Thu", author="Minh Thu",
          opts={"tid": 190, "pid": 1733, "uid": 1, "cid": 2, "replies": [4], "tags": ["mận-hậu", "du-lịch"], "votes": 14},
          notes=["photo story: three markdown images each followed by an italic caption paragraph: one line per caption; "
                 "'Ảnh: Minh Thu' -> author"],
          **at(datetime(2026, 2, 2, 16, 5))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX Sơn La giải ngân 21 tỷ đồng năm 2025",
          body="""
Năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 21,3 tỷ đồng cho 34 dự án của các HTX.
Vốn vay tập trung vào nhà sơ chế nông sản, kho lạnh, máy chế biến chè và hệ thống tưới tiết kiệm nước.
Đến hết năm, tỷ lệ nợ quá hạn của Quỹ dưới 0,5%.
""", byline="Lò Thị Thanh - Quỹ hỗ trợ phát triển HTX", author="Lò Thị Thanh",
          opts={"tid": 176, "pid": 1650, "uid": 1, "cid": 2, "replies": [1], "tags": ["quỹ-hỗ-trợ"], "votes": 5,
                "edited": datetime(2026, 1, 9, 14, 2)},
          notes=["edited: the header's edit indicator 'Đã chỉnh sửa' with 'sửa lần cuối bởi BBT Liên minh HTX' and its own "
                 "timeago (09/01): not the date; byline 'Lò Thị Thanh - Quỹ hỗ trợ phát triển HTX' -> author Lò Thị Thanh"],
          **at(datetime(2026, 1, 8, 10, 20))),
        A(path="", title="Hội nghị tổng kết công tác Liên minh HTX tỉnh năm 2025",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.
Năm 2025, toàn tỉnh thành lập mới 96 HTX, nâng tổng số lên 1.142 HTX với hơn 31.000 thành viên.
Liên minh HTX tỉnh đã tư vấn cho 210 HTX, tổ chức 28 lớp tập huấn và hỗ trợ 47 HTX tham gia hội chợ.
Năm 2026, Liên minh tập trung hỗ trợ HTX chuyển đổi số, liên kết chuỗi giá trị và phát triển sản phẩm OCOP.
""", author=None,
          opts={"tid": 168, "pid": 1580, "uid": 1, "cid": 2, "replies": [(k % 5) + 1 for k in range(22)],
                "tags": ["hội-nghị"], "votes": 8},
          notes=["a long topic (22 replies, 20 posts a page): its second page ?page=2 repeats the h1 and shows replies only "
                 "(rel=canonical ?page=2, rel=prev): not an article; no byline, office account: author null"],
          **at(datetime(2025, 12, 26, 15, 30))),
        A(path="", title="Tập huấn chuyển đổi số cho HTX huyện Yên Châu",
          body="""
Trong hai ngày 20 và 21/11, Liên minh HTX tỉnh phối hợp tổ chức lớp tập huấn chuyển đổi số cho 52 cán bộ HTX ở Yên Châu.
Học viên được hướng dẫn mở gian hàng trên sàn thương mại điện tử, livestream bán hàng và dùng phần mềm kế toán HTX.
Sau lớp học, 15 HTX đã đăng ký gian hàng trên sàn Postmart và Voso.
""", byline="Hà Trang", author="Hà Trang",
          opts={"tid": 151, "pid": 1466, "uid": 1, "cid": 2, "replies": [5], "tags": ["chuyển-đổi-số", "tập-huấn"], "votes": 2},
          notes=["the oldest news topic: only on the category's ?page=2 and its tags; the bare name 'Hà Trang' closes "
                 "the text -> author"],
          **at(datetime(2025, 11, 22, 17, 40))),
    ]


def render(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p dir=\"auto\">{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3 dir=\"auto\">{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "".join(f"<li dir=\"auto\">{inline_html(i)}</li>\n" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p dir="auto"><img src="/assets/uploads/files/{img_name(b.src)}" alt="{attr(b.src)}" '
                       f'class="img-fluid img-markdown" /></p>\n<p dir="auto"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered table-striped">\n<thead>\n<tr>\n'
                       + "".join(f"<th>{esc(c)}</th>\n" for c in head) + "</tr>\n</thead>\n<tbody>\n"
                       + "".join("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
    if a.byline:
        out.append(f'<p dir="auto"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p dir="auto"><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def img_name(src: str) -> str:
    return f"{1770000000000 + sum(map(ord, src)) * 997}-{src}"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "son-la", BOARD, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        a.opts["slug"] = f"{a.opts['tid']}/{slugify(a.title)}"
        a.opts["raw"] = f"/topic/{a.opts['slug']}"
        a.path = enc(a.opts["raw"])

    def layout(title: str, content: str, body_cls: str, *, head: str = "", canonical: str = "",
               desc: str = "Diễn đàn trao đổi, hỏi đáp của các hợp tác xã tỉnh Sơn La") -> str:
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}" />\n' if canonical else ""
        side = "".join(f'<li class="nav-item mx-2" title="{t}"><a class="nav-link navigation-link d-flex gap-2 justify-content-between '
                       f'align-items-center" href="{h}"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open">'
                       f'<i class="fa fa-fw {i}"></i><span class="nav-text small visible-open fw-semibold text-truncate">{t}</span></span></a></li>\n'
                       for t, h, i in [("Danh mục", "/categories", "fa-list"), ("Gần đây", "/recent", "fa-clock"),
                                       ("Thẻ", "/tags", "fa-tags"), ("Phổ biến", "/popular", "fa-fire"),
                                       ("Người dùng", "/users", "fa-user"), ("Nhóm", "/groups", "fa-users")])
        config = json.dumps({"relative_path": "", "upload_url": "/assets/uploads", "asset_base_url": "/assets",
                             "siteTitle": BOARD, "userLang": "vi", "defaultLang": "vi", "loggedIn": False,
                             "theme:id": "nodebb-theme-harmony", "cache-buster": f"v={V}", "topicsPerPage": 6,
                             "postsPerPage": 20, "cookies": {"enabled": True, "message": COOKIE}}, ensure_ascii=False)
        return f"""<!DOCTYPE html>
<html lang="vi" data-dir="ltr" style="direction: ltr;">
<head>
<title>{esc(title)}</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" />
<meta name="content-type" content="text/html; charset=UTF-8" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="mobile-web-app-capable" content="yes" />
<meta property="og:site_name" content="{BOARD}" />
<meta name="msapplication-badge" content="frequency=30; polling-uri={{{{base}}}}/sitemap.xml" />
<meta name="theme-color" content="#ffffff" />
<meta name="description" content="{attr(desc)}" />
{head}<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v={V}" />
<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials" />
<link rel="search" type="application/opensearchdescription+xml" title="{BOARD}" href="/osd.xml" />
<link rel="stylesheet" type="text/css" href="/assets/client.css?v={V}" />
{canon}<script>
var config = JSON.parse('{config}');
</script>
</head>
<body class="{body_cls} page-status-200 theme-harmony user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Đi đến nội dung</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">
{side}</ul>
<div class="sidebar-toggle-container align-self-start">
<ul id="logged-out-menu" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2">
<li class="nav-item mx-2 order-last order-md-first" title="Đăng nhập"><a class="nav-link" href="/login"><i class="fa fa-fw fa-sign-in-alt"></i><span class="nav-text">Đăng nhập</span></a></li>
<li class="nav-item mx-2" title="Đăng ký"><a class="nav-link" href="/register"><i class="fa fa-fw fa-user-plus"></i><span class="nav-text">Đăng ký</span></a></li>
</ul></div>
</nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 brand-container">
<div class="col-12 d-flex border-bottom pb-3 ">
<div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch ">
<a component="brand/anchor" href="/" title="Logo"><img component="brand/logo" alt="{BOARD}" class="" src="/assets/uploads/system/site-logo.png?v={V}" /></a>
<a component="siteTitle" class="text-truncate align-self-stretch align-items-center d-flex" href="/"><h1 class="fs-6 fw-bold text-body mb-0">{BOARD}</h1></a>
</div></div></div>
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<noscript><div class="alert alert-danger"><p>Trình duyệt của bạn không hỗ trợ JavaScript, một số tính năng có thể không hoạt động.</p></div></noscript>
{content}
</div>
<div class="container-lg px-md-4 mt-auto"><footer class="footer text-center text-muted small border-top py-3">
Liên minh Hợp tác xã tỉnh Sơn La · Số 10 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La ·
<a href="{{{{base:offsite}}}}/nodebb/" target="_blank">Powered by NodeBB</a></footer></div>
</main>
</div>
<div class="cookie-consent d-flex justify-content-between align-items-center p-3 gap-3 position-fixed bottom-0 start-0 w-100 bg-light border-top" style="z-index:1030;">
<span>{COOKIE} <a target="_blank" rel="noopener noreferrer" href="{{{{base:offsite}}}}/cookiesandyou/">Tìm hiểu thêm</a></span>
<button class="btn btn-primary btn-sm">Đã hiểu!</button>
</div>
<script defer src="/assets/nodebb.min.js?v={V}"></script>
</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def avatar(uid: int) -> str:
        name = USERS[uid][0]
        return (f'<a href="{user_url(uid)}" class="text-decoration-none"><span title="{attr(name)}" data-uid="{uid}" '
                f'class="avatar avatar-rounded" component="avatar/icon" style="--avatar-size: 48px; background-color: #009688;">'
                f'{esc(name[0])}</span></a>')

    def post(a: RichArticle, index: int, pid: int, uid: int, when: datetime, body: str, votes: int, replies: int = 0) -> str:
        name, group, _ = USERS[uid]
        badge = (f'<a href="/groups/{slugify(group)}" class="badge rounded-1 text-uppercase text-truncate text-decoration-none" '
                 f'style="color:#ffffff;background-color:#d32f2f;"><span class="fw-semibold">{esc(group)}</span></a>' if uid in (1, 4) else "")
        edit = ""
        if index == 0 and a.opts.get("edited"):
            ed = a.opts["edited"]
            edit = (f'<span component="post/edit-indicator" class="edit-icon text-muted" title="Đã chỉnh sửa {ed.day}/{ed.month}/{ed.year}, {ed:%H:%M}">'
                    f'<i class="fa fa-edit"></i> <span class="hidden-xs">Đã chỉnh sửa</span> <span data-editor="{slugify(USERS[1][0])}" '
                    f'component="post/editor" class="hidden">sửa lần cuối bởi {esc(USERS[1][0])} <span class="timeago" title="{z(ed)}"></span></span></span>')
        sig = (f'<div component="post/signature" data-uid="{uid}" class="text-xs text-muted mt-2"><p dir="auto">{esc(SIGNATURE)}</p></div>'
               if uid == 1 else "")
        rc = (f'<a component="post/reply-count" data-target-component="post/replies/container" href="#" class="d-flex gap-2 align-items-center '
              f'mt-2 btn btn-ghost ff-secondary border rounded-1 p-1 text-muted text-decoration-none text-xs"><span component="post/reply-count/text" '
              f'class="me-2" data-replies="{replies}">{replies} trả lời</span></a>' if replies else "")
        return f"""<li component="post" class="{'topic-owner-post' if index == 0 else ''}" data-index="{index}" data-pid="{pid}" data-uid="{uid}" data-timestamp="{ms(when)}" data-username="{attr(name)}" data-userslug="{slugify(name)}"{' itemprop="comment"' if index else ''} itemscope itemtype="http://schema.org/Comment">
<a component="post/anchor" data-index="{index}" id="{index + 1}"></a>
<meta itemprop="datePublished" content="{z(when)}">
<meta itemprop="dateModified" content="{z(a.opts['edited']) if index == 0 and a.opts.get('edited') else ''}">
<div class="d-flex align-items-start gap-3">
<div class="bg-body d-none d-sm-block rounded-circle" style="outline: 2px solid var(--bs-body-bg);">{avatar(uid)}</div>
<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">
<div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="d-flex gap-1 flex-wrap align-items-center text-truncate">
<meta itemprop="name" content="{attr(name)}"><meta itemprop="url" content="{user_url(uid)}">
<a class="fw-bold text-nowrap text-truncate" href="{user_url(uid)}" data-username="{attr(name)}" data-uid="{uid}">{esc(name)}</a>
{badge}
<div class="d-flex gap-1 align-items-center"><a href="/post/{pid}" class="timeago text-muted" title="{z(when)}"></a>
<i component="post/edit-indicator-placeholder"></i>{edit}</div>
</div>
<div class="d-flex align-items-center gap-1 justify-content-end"><span class="bookmarked opacity-0 text-primary"><i class="fa fa-bookmark-o"></i></span>
<a href="/post/{pid}" class="post-index text-muted d-none d-md-inline">#{index + 1}</a></div>
</div>
<div class="content text-break" component="post/content" itemprop="text">
{body}
</div>
{sig}
<div component="post/footer" class="post-footer border-bottom pb-2">
<div class="d-flex flex-wrap-reverse gap-2 justify-content-between">{rc}
<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools">
<a component="post/reply" href="#" class="btn btn-ghost btn-sm hidden" title="Trả lời"><i class="fa fa-fw fa-reply text-primary"></i> Trả lời</a>
<a component="post/quote" href="#" class="btn btn-ghost btn-sm hidden" title="Trích dẫn"><i class="fa fa-fw fa-quote-right text-primary"></i> Trích dẫn</a>
<div class="d-flex votes align-items-center">
<a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Ủng hộ"><i class="fa fa-fw fa-chevron-up text-primary"></i></a>
<meta content="{votes}" itemprop="upvoteCount">
<a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="{votes}">{votes}</a>
<a component="post/downvote" href="#" class="btn btn-ghost btn-sm" title="Phản đối"><i class="fa fa-fw fa-chevron-down text-primary"></i></a>
</div></div></div></div>
</div></div>
</li>
"""

    def reply_posts(a: RichArticle) -> list[tuple[int, int, int, datetime, str]]:
        out = []
        for k, r in enumerate(a.opts["replies"], 1):
            uid, txt = REPLIES[r]
            when = a.date + timedelta(minutes=53 * k + 11)
            if when > NOW:
                when = NOW - timedelta(minutes=4 * (len(a.opts["replies"]) - k + 1))
            out.append((k, a.opts["pid"] + 2 * k, uid, when, txt))
        return out

    per_topic = 20
    for i, a in enumerate(news):
        o = a.opts
        replies = reply_posts(a)
        last = replies[-1][3] if replies else a.date
        posts = [post(a, 0, o["pid"], o["uid"], a.date, render(a), o["votes"], len(replies))]
        for k, rpid, uid, when, txt in replies:
            body = f'<p dir="auto">{esc(txt)}</p>'
            if k == 1 and len(replies) > 1:
                first = a.text_lines()[0]
                body = (f'<p dir="auto"><a class="plugin-mentions-user plugin-mentions-a" href="{user_url(o["uid"])}" '
                        f'aria-label="Profile: {attr(slugify(USERS[o["uid"]][0]))}">@<bdi>{esc(USERS[o["uid"]][0])}</bdi></a> đã nói trong '
                        f'<a href="/post/{o["pid"]}">{esc(a.title)}</a>:</p>\n<blockquote>\n<p dir="auto">{esc(first)}</p>\n</blockquote>\n' + body)
            posts.append(post(a, k, rpid, uid, when, body, (k * 3) % 4))
        chunks = [posts[k:k + per_topic] for k in range(0, len(posts), per_topic)]
        npages = len(chunks)
        posters = len({o["uid"], *[r[2] for r in replies]})
        cat = CATS[o["cid"]]
        tags = "".join(f'<a href="{tag_url(t)}"><span class="badge border border-gray-300 fw-normal tag tag-class-{t}" data-tag="{attr(t)}">{esc(t)}</span></a>'
                       for t in o["tags"])
        suggested = "".join(f'<li component="category/topic" class="category-item"><h3 component="topic/header" class="title text-break fs-6 fw-semibold m-0">'
                            f'<a class="text-reset" href="{b.opts["raw"]}">{esc(b.title)}</a></h3><span class="timeago text-muted" title="{z(b.date)}"></span></li>'
                            for b in [x for x in news if x is not a][:3])
        for n, chunk in enumerate(chunks, 1):
            raw = o["raw"] + (f"?page={n}" if n > 1 else "")
            path = a.path + (f"?page={n}" if n > 1 else "")
            pager = ""
            if npages > 1:
                lis = "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="?page={k}" data-page="{k}">{k}</a></li>'
                              for k in range(1, npages + 1))
                pager = (f'<nav component="pagination" class="pagination-container mt-3" aria-label="Phân trang"><ul class="pagination pagination-sm gap-1 '
                         f'hidden-xs justify-content-center">{lis}</ul></nav>')
            rel = (f'<link rel="next" href="{{{{base}}}}{a.path}?page=2" />\n' if n == 1 and npages > 1 else
                   f'<link rel="prev" href="{{{{base}}}}{a.path}" />\n' if n > 1 else "")
            head = (f'<meta name="title" content="{attr(a.title)}" />\n<meta property="og:title" content="{attr(a.title)}" />\n'
                    f'<meta property="og:description" content="{attr(a.summary())}" />\n<meta property="og:type" content="article" />\n'
                    f'<meta property="article:published_time" content="{z(a.date)}" />\n<meta property="article:modified_time" content="{z(last)}" />\n'
                    f'<meta property="article:section" content="{attr(cat[0])}" />\n'
                    f'<meta property="og:image" content="{{{{base}}}}/assets/uploads/{"files/" + img_name(a.first_image()) if a.first_image() else "system/og-image.png"}" />\n'
                    f'<meta property="og:url" content="{{{{base}}}}{path}" />\n'
                    f'<link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/topic/{o["tid"]}.rss" />\n'
                    f'<link rel="up" href="{{{{base}}}}{cat_url(o["cid"])}" />\n<link rel="author" href="{{{{base}}}}{user_url(o["uid"])}" />\n{rel}')
            content = f"""<div class="d-flex flex-column gap-3" itemid="{a.path}" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{attr(a.title)}">
<meta itemprop="url" content="{a.path}">
<meta itemprop="datePublished" content="{z(a.date)}">
<meta itemprop="dateModified" content="{z(last)}">
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{attr(USERS[o['uid']][0])}"><meta itemprop="url" content="{user_url(o['uid'])}"></div>
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">
<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="1" /><a href="/" itemprop="item"><span class="fw-semibold" itemprop="name">Trang chủ</span></a></li>
<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="2" /><a href="{cat_url(o['cid'])}" itemprop="item"><span class="fw-semibold" itemprop="name">{esc(cat[0])}</span></a></li>
<li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active"><meta itemprop="position" content="3" /><span class="fw-semibold" itemprop="name">{esc(a.title)}</span></li>
</ol>
<div class="d-flex flex-column gap-3 flex-grow-1">
<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break ">
<span class="topic-title" component="topic/title">{esc(a.title)}</span>
</h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap">
<a href="{cat_url(o['cid'])}" class="badge px-1 text-truncate text-decoration-none border" style="color:#ffffff;background-color:{cat[2]};border-color:{cat[2]}!important;"><i class="fa fa-fw {cat[3]}"></i> {esc(cat[0])}</a>
<div data-tid="{o['tid']}" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2">{tags}</div>
<div class="d-flex hidden-xs gap-2">
<span class="badge text-body border stats text-xs"><span component="topic/post-count" title="{len(posts)}" class="fw-bold">{len(posts)}</span> <span class="text-lowercase fw-normal">Bài viết</span></span>
<span class="badge text-body border stats text-xs"><span title="{posters}" class="fw-bold">{posters}</span> <span class="text-lowercase fw-normal">Người đăng</span></span>
<span class="badge text-body border stats text-xs"><span class="fw-bold" title="{318 + 41 * i}">{318 + 41 * i}</span> <span class="text-lowercase fw-normal">Lượt xem</span></span>
</div></div></div>
<div class="row mb-4 mb-lg-0"><div class="topic col-lg-12">
<div class="sticky-tools d-flex gap-1 py-2"><a href="/compose?tid={o['tid']}" component="topic/reply" class="btn btn-sm btn-primary">Trả lời</a>
<a href="/compose?tid={o['tid']}&amp;topic=1" class="btn btn-sm btn-ghost">Trả lời dưới dạng chủ đề</a>
<span class="btn btn-sm btn-ghost">Sắp xếp theo: Cũ đến mới</span></div>
{pager}
<ul component="topic" class="posts timeline mt-sm-2 p-0 py-3" data-tid="{o['tid']}" data-cid="{o['cid']}">
{''.join(chunk)}</ul>
<div class="d-flex justify-content-center my-3"><a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">Đăng nhập để trả lời</a></div>
{pager}
</div></div>
<div class="suggested-topics mt-4"><h3 class="fw-semibold fs-5">Chủ đề gợi ý</h3><ul class="list-unstyled">{suggested}</ul></div>
</div>"""
            body_cls = f"page-topic page-topic-{o['tid']} template-topic page-topic-category-{o['cid']} parent-category-{o['cid']}"
            page(path, layout(f"{a.title} | {BOARD}", content, body_cls, head=head, canonical=path, desc=a.summary()))
            if n > 1:
                site.non_articles.append(path)
                site.trap("a long topic's ?page=2: the same h1, the last three replies only (rel=canonical ?page=2, rel=prev): "
                          "not an article", path)
        # post-index URLs (teasers, /post/<pid> redirects), the slug-less topic URL
        site.redirect(f"/topic/{o['tid']}", a.path, 301)
        a.aliases.append(f"/topic/{o['tid']}")
        all_posts = [(0, o["pid"])] + [(k, rpid) for k, rpid, *_ in replies]
        for idx, pid in all_posts:
            target = f"{a.path}/{idx + 1}"
            site.redirect(f"/post/{pid}", target, 302)
            if idx < per_topic:
                site.same_page(target, a.path)
                a.aliases.append(target)
            else:
                site.same_page(target, f"{a.path}?page={idx // per_topic + 1}")
                site.non_articles.append(target)
        site.page(f"/compose?tid={o['tid']}", layout(f"Đăng nhập | {BOARD}", '<p>Bạn cần đăng nhập để trả lời.</p>', "page-login"), content_type=HTML)
        site.page(f"/compose?tid={o['tid']}&topic=1", layout(f"Đăng nhập | {BOARD}", '<p>Bạn cần đăng nhập để trả lời.</p>', "page-login"), content_type=HTML)
        site.never_fetched += [f"/compose?tid={o['tid']}", f"/compose?tid={o['tid']}&topic=1"]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/assets/uploads/files/{img_name(b.src)}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 08/TB-LMHTX", "Boi duong ke toan HTX 2026"]))
        site.add_article(a)
    site.trap("every topic answers /topic/<tid> (301 to the slugged URL) and /topic/<tid>/<slug>/<n> (the same page, "
              "canonical to the topic; the category teasers link them; /post/<pid> 302s to them): aliases; robots.txt "
              "disallows /compose (the 'Trả lời' buttons)", news[0].path)

    # category lists: 6 topics a page, ordered by the last post
    def last_of(a: RichArticle) -> tuple[datetime, int, int]:
        rp = reply_posts(a)
        return (rp[-1][3], rp[-1][2], len(rp) + 1) if rp else (a.date, a.opts["uid"], 1)

    def topic_row(a: RichArticle, k: int) -> str:
        last, luid, count = last_of(a)
        return f"""<li component="category/topic" class="category-item hover-parent border-bottom py-3 py-lg-4 d-flex flex-column flex-lg-row align-items-start" data-tid="{a.opts['tid']}" data-index="{k}" data-cid="{a.opts['cid']}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<meta itemprop="name" content="{attr(a.title)}">
<meta itemprop="position" content="{k + 1}">
<a id="{k}" data-index="{k}" component="topic/anchor"></a>
<div class="d-flex p-0 col-12 col-lg-7 gap-2 gap-lg-3 pe-1 align-items-start">
<div class="flex-shrink-0 position-relative">{avatar(a.opts['uid'])}</div>
<div class="flex-grow-1 d-flex flex-wrap gap-1 position-relative">
<h3 component="topic/header" class="title text-break fs-5 fw-semibold m-0 tracking-tight w-100 "><a class="text-reset" href="{a.opts['raw']}">{esc(a.title)}</a></h3>
<span data-tid="{a.opts['tid']}" component="topic/tags" class="lh-1 tag-list hidden-xs d-flex flex-wrap gap-1">{''.join(f'<a href="{tag_url(t)}"><span class="badge border fw-normal tag" data-tag="{attr(t)}">{esc(t)}</span></a>' for t in a.opts['tags'])}</span>
<div class="d-flex gap-1 d-block d-lg-none w-100"><span class="text-muted text-xs"><a href="{user_url(a.opts['uid'])}">{esc(USERS[a.opts['uid']][0])}</a> <span class="timeago" title="{z(a.date)}"></span></span></div>
</div></div>
<div class="d-flex p-0 col-lg-5 col-12 align-content-stretch">
<div class="meta stats d-none d-lg-grid col-6 gap-1 pe-2 text-muted" style="grid-template-columns: 1fr 1fr;">
<div class="stats-votes card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center"><span class="fs-5 ff-secondary lh-1" title="{a.opts['votes']}">{a.opts['votes']}</span><span class="d-none d-xl-flex text-lowercase text-xs">Ủng hộ</span></div>
<div class="stats-postcount card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center"><span class="fs-5 ff-secondary lh-1" title="{count}">{count}</span><span class="d-none d-xl-flex text-lowercase text-xs">Bài viết</span></div>
</div>
<div component="topic/teaser" class="meta teaser col-lg-6 col-12 d-none d-lg-block">
<div class="lastpost border-start border-2 lh-sm h-100" style="border-color: {CATS[a.opts['cid']][2]}!important;">
<div class="ps-2">{avatar(luid)} <a class="permalink text-muted timeago text-xs" href="{a.opts['raw']}/{count}" title="{z(last)}"></a></div>
</div></div></div>
</li>
"""

    def cat_page(cid: int, items: list[RichArticle], per: int = 6) -> None:
        ordered = sorted(items, key=lambda a: last_of(a)[0], reverse=True)
        chunks = [ordered[k:k + per] for k in range(0, len(ordered), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            lis = "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="?page={k}" data-page="{k}">{k}</a></li>'
                          for k in range(1, len(chunks) + 1))
            pager = (f'<nav component="pagination" class="pagination-container mt-3" aria-label="Phân trang"><ul class="pagination pagination-sm '
                     f'gap-1 hidden-xs justify-content-center">{lis}</ul></nav>' if len(chunks) > 1 else "")
            rows = "".join(topic_row(a, (n - 1) * per + k) for k, a in enumerate(chunk))
            content = (f'<div class="category-header d-flex flex-column gap-2"><h1 class="tracking-tight fs-2 fw-semibold mb-0">{esc(CATS[cid][0])}</h1>'
                       f'<div class="description text-secondary text-sm w-100"><p dir="auto">{esc(CATS[cid][1])}</p></div></div>'
                       f'<div class="category"><ul component="category" class="topics-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList" '
                       f'data-nextstart="{n * per}" data-set="cid:{cid}:tids">\n{rows}</ul>{pager}</div>')
            head = (f'<meta property="og:title" content="{attr(CATS[cid][0])}" />\n'
                    f'<link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/category/{cid}.rss" />\n'
                    + (f'<link rel="next" href="{{{{base}}}}{enc(cat_url(cid, n + 1))}" />\n' if n < len(chunks) else "")
                    + (f'<link rel="prev" href="{{{{base}}}}{enc(cat_url(cid, n - 1))}" />\n' if n > 1 else ""))
            path = enc(cat_url(cid, n))
            page(path, layout(f"{CATS[cid][0]} | {BOARD}", content, f"page-category page-category-{cid} template-category",
                              head=head, canonical=path, desc=CATS[cid][1]))
            site.non_articles.append(path)

    cat_page(2, [a for a in news if a.opts["cid"] == 2])
    cat_page(3, [a for a in news if a.opts["cid"] == 3])
    site.trap("category /category/2/tin-tức-sự-kiện and ?page=2 (6 topics a page, ordered by the LAST post; rows with "
              "an empty span.timeago, the teaser links /topic/<tid>/<slug>/<n>): listings", enc(cat_url(2, 2)))

    # members' questions
    qa = [(216, 12, "Xin tư vấn thủ tục chuyển đổi tổ hợp tác thành HTX", "THT chúng tôi có 9 thành viên, muốn lên HTX thì cần làm gì ạ?",
           datetime(2026, 3, 19, 21, 4)),
          (209, 15, "Tìm đối tác thu mua mận hậu vụ 2026", "HTX dự kiến có khoảng 300 tấn mận hậu, cần đầu ra ổn định.",
           datetime(2026, 3, 10, 7, 31))]
    qa_topics = []
    for tid, uid, title, text, when in qa:
        raw = f"/topic/{tid}/{slugify(title)}"
        fake = RichArticle(path=enc(raw), title=title, date=when, body=text,
                           opts={"tid": tid, "pid": tid * 9, "uid": uid, "cid": 4, "replies": [3], "tags": ["hỏi-đáp"], "votes": 1, "raw": raw})
        body = (post(fake, 0, tid * 9, uid, when, f'<p dir="auto">{esc(text)}</p>', 1, 1)
                + post(fake, 1, tid * 9 + 2, 4, when + timedelta(hours=2), '<p dir="auto">Bạn liên hệ Phòng Tư vấn - Hỗ trợ của Liên minh HTX '
                       'tỉnh (0212.3852.611) để được hướng dẫn nhé.</p>', 0))
        content = (f'<div class="d-flex flex-column gap-3" itemscope itemtype="https://schema.org/DiscussionForumPosting">'
                   f'<meta itemprop="datePublished" content="{z(when)}">'
                   f'<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break"><span class="topic-title" component="topic/title">{esc(title)}</span></h1>'
                   f'<a href="{cat_url(4)}" class="badge">{esc(CATS[4][0])}</a><ul component="topic" class="posts timeline" data-tid="{tid}" data-cid="4">{body}</ul></div>')
        page(fake.path, layout(f"{title} | {BOARD}", content, f"page-topic page-topic-{tid} template-topic", canonical=fake.path,
                               head=f'<meta property="og:type" content="article" />\n<meta property="article:published_time" content="{z(when)}" />\n'))
        site.non_articles.append(fake.path)
        site.redirect(f"/post/{tid * 9}", fake.path + "/1", 302)
        site.redirect(f"/post/{tid * 9 + 2}", fake.path + "/2", 302)
        site.same_page(fake.path + "/1", fake.path)
        site.same_page(fake.path + "/2", fake.path)
        qa_topics.append(fake)
    cat_page(4, qa_topics)
    site.trap("'Hỏi đáp - Kết nối' topics (a member's question and the moderator's answer): not articles", qa_topics[0].path)

    # home (categories), recent, popular, tags, users, profiles
    cat_rows = "".join(f'<li component="categories/category" data-cid="{cid}" class="w-100 border-bottom py-3 py-lg-4 gap-lg-0 gap-2 d-flex flex-column flex-lg-row align-items-start category-{cid}">'
                       f'<div class="d-flex col-lg-7 gap-2 gap-lg-3"><div class="flex-shrink-0"><span class="icon d-inline-flex justify-content-center align-items-center align-middle rounded-1" '
                       f'style="background-color:{c[2]};width:48px;height:48px;"><i class="fa fa-fw {c[3]}"></i></span></div><div class="flex-grow-1 d-flex flex-wrap gap-1">'
                       f'<h2 class="title text-break fs-4 fw-semibold m-0 tracking-tight w-100"><a href="{cat_url(cid)}" itemprop="url">{esc(c[0])}</a></h2>'
                       f'<div class="description text-muted text-sm w-100 line-clamp-sm-5"><p dir="auto">{esc(c[1])}</p></div></div></div></li>'
                       for cid, c in CATS.items())
    page("/", layout(BOARD, f'<div data-widget-area="header"></div><div class="categories-list"><h1 class="fs-3 fw-semibold">Danh mục</h1>'
                            f'<ul class="categories-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList">{cat_rows}</ul></div>',
                     "page-categories template-categories", canonical="/"))
    site.same_page("/categories", "/")
    recent = sorted(news + qa_topics, key=lambda a: last_of(a)[0], reverse=True)
    page("/recent", layout(f"Chủ đề gần đây | {BOARD}", f'<h1 class="fs-3 fw-semibold">Chủ đề gần đây</h1><ul component="category" class="topics-list list-unstyled">'
                           + "".join(topic_row(a, k) for k, a in enumerate(recent[:12])) + "</ul>", "page-recent template-recent", canonical="/recent",
                           head='<link rel="alternate" type="application/rss+xml" href="{{base}}/recent.rss" />\n'))
    popular = sorted(news, key=lambda a: a.opts["votes"], reverse=True)
    page("/popular", layout(f"Chủ đề phổ biến | {BOARD}", f'<h1 class="fs-3 fw-semibold">Chủ đề phổ biến</h1><ul component="category" class="topics-list list-unstyled">'
                            + "".join(topic_row(a, k) for k, a in enumerate(popular[:6])) + "</ul>", "page-popular template-popular", canonical="/popular"))
    site.non_articles += ["/", "/categories", "/recent", "/popular"]
    tags = sorted({t for a in news for t in a.opts["tags"]} | {"hỏi-đáp"})
    page("/tags", layout(f"Thẻ | {BOARD}", '<h1 class="fs-3 fw-semibold">Thẻ</h1><div class="tag-list d-flex flex-wrap gap-2">'
                         + "".join(f'<a href="{tag_url(t)}"><span class="badge border tag" data-tag="{attr(t)}">{esc(t)}</span></a>' for t in tags) + "</div>",
                         "page-tags template-tags", canonical="/tags"))
    site.non_articles.append("/tags")
    for t in tags:
        items = [a for a in news + qa_topics if t in a.opts["tags"]]
        path = enc(tag_url(t))
        page(path, layout(f"Chủ đề được gắn thẻ &quot;{t}&quot; | {BOARD}".replace("&quot;", '"'), f'<h1 class="fs-3 fw-semibold">Chủ đề được gắn thẻ "{esc(t)}"</h1>'
                          f'<ul component="category" class="topics-list list-unstyled">' + "".join(topic_row(a, k) for k, a in enumerate(items)) + "</ul>",
                          f"page-tags-{t} template-tag", canonical=path))
        site.non_articles.append(path)
    site.trap("tag pages /tags/<tag> (Vietnamese tags with hyphens, percent-encoded: /tags/c%C3%A0-ph%C3%AA): topic lists", enc(tag_url("cà-phê")))
    users_html = "".join(f'<li class="users-box"><a href="{user_url(u)}">{esc(v[0])}</a> <span class="text-muted">{v[2]} bài viết</span></li>' for u, v in USERS.items())
    page("/users", layout(f"Người dùng | {BOARD}", f'<h1 class="fs-3 fw-semibold">Người dùng</h1><ul id="users-container" class="users-container list-unstyled">{users_html}</ul>',
                          "page-users template-users", canonical="/users"))
    page("/groups", layout(f"Nhóm | {BOARD}", '<h1 class="fs-3 fw-semibold">Nhóm</h1><ul><li><a href="/groups/ban-quản-trị">Ban quản trị</a></li>'
                           '<li><a href="/groups/điều-hành-viên">Điều hành viên</a></li></ul>', "page-groups template-groups", canonical="/groups"))
    for g in ("Ban quản trị", "Điều hành viên"):
        members = "".join(f'<li><a href="{user_url(u)}">{esc(v[0])}</a></li>' for u, v in USERS.items() if v[1] == g)
        path = enc(f"/groups/{slugify(g)}")
        page(path, layout(f"{g} | {BOARD}", f'<h1 class="fs-3 fw-semibold">{esc(g)}</h1><ul>{members}</ul>', "page-groups-details template-groups-details", canonical=path))
        site.non_articles.append(path)
    site.non_articles += ["/users", "/groups"]
    for uid, (name, group, count) in USERS.items():
        mine = [a for a in news + qa_topics if a.opts["uid"] == uid][:4]
        latest = "".join(f'<li component="posts/post" class="posts-list-item"><a class="topic-title" href="{a.opts["raw"]}">{esc(a.title)}</a>'
                         f'<div class="post-body text-break line-clamp-3">{esc(a.summary())}</div><span class="timeago text-muted" title="{z(a.date)}"></span></li>'
                         for a in mine)
        path = enc(user_url(uid))
        page(path, layout(f"{name} | {BOARD}", f'<div class="account"><h2 class="fullname fw-semibold fs-2 tracking-tight mb-0">{esc(name)}</h2>'
                          f'<div class="text-muted">@{esc(slugify(name))} · {esc(group)}</div><div class="stats"><span>{count}</span> Bài viết</div>'
                          f'<h3 class="fw-semibold fs-5 mt-4">Bài viết mới nhất</h3><ul component="posts" class="posts-list list-unstyled">{latest}</ul></div>',
                          "page-user template-account-profile", canonical=path))
        site.non_articles.append(path)
    for path, title in (("/login", "Đăng nhập"), ("/register", "Đăng ký")):
        page(path, layout(f"{title} | {BOARD}", f'<h1 class="fs-3 fw-semibold">{title}</h1><form role="form" method="post" action="{path}">'
                          '<input type="text" name="username"><input type="password" name="password"><button class="btn btn-primary" type="submit">'
                          f'{title}</button></form>', f"page-{path[1:]} template-{path[1:]}"))
        site.non_articles.append(path)

    # RSS, sitemap, robots
    def rss(title: str, link: str, items: list[RichArticle]) -> str:
        its = "".join(f"<item><title><![CDATA[{a.title}]]></title><description><![CDATA[{render(a)}]]></description>"
                      f"<link>{{{{base}}}}{a.path}</link><guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid>"
                      f"<dc:creator><![CDATA[{USERS[a.opts['uid']][0]}]]></dc:creator>"
                      f"<pubDate>{a.date - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT</pubDate></item>" for a in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>'
                f'<title><![CDATA[{title}]]></title><link>{{{{base}}}}{link}</link><generator>RSS for Node</generator>'
                f'<lastBuildDate>{NOW - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate>{its}</channel></rss>')
    ctype = "application/rss+xml; charset=utf-8"
    for cid in (2, 3, 4):
        site.page(f"/category/{cid}.rss", rss(CATS[cid][0], enc(cat_url(cid)), [a for a in news + qa_topics if a.opts["cid"] == cid]),
                  content_type=ctype)
    site.page("/recent.rss", rss("Chủ đề gần đây", "/recent", news), content_type=ctype)
    for a in news:
        site.page(f"/topic/{a.opts['tid']}.rss", rss(a.title, a.path, [a]), content_type=ctype)
    xml = "application/xml; charset=utf-8"
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<sitemap><loc>{{{{base}}}}/sitemap/{n}.xml</loc></sitemap>" for n in ("pages", "categories", "topics.1"))
              + "</sitemapindex>", content_type=xml)
    site.page("/sitemap/pages.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}{p}</loc><changefreq>weekly</changefreq><priority>0.6</priority></url>"
                        for p in ("/", "/recent", "/users", "/groups")) + "</urlset>", content_type=xml)
    site.page("/sitemap/categories.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}{enc(cat_url(c))}</loc><changefreq>weekly</changefreq><priority>0.4</priority></url>" for c in CATS)
              + "</urlset>", content_type=xml)
    site.page("/sitemap/topics.1.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{z(last_of(a)[0])}</lastmod><changefreq>weekly</changefreq>"
                        f"<priority>0.5</priority></url>" for a in news + qa_topics) + "</urlset>", content_type=xml)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /reset/\nDisallow: /compose\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("RSS /category/<cid>.rss, /topic/<tid>.rss, /recent.rss (pubDate in GMT) and the sitemap index /sitemap.xml with "
              "/sitemap/topics.1.xml (lastmod = the last post): feeds", "/category/2.rss")
    site.binary("/assets/uploads/system/site-logo.png", image_for("nodebb-logo"))
    site.binary("/assets/uploads/system/og-image.png", image_for("nodebb-og"))
    site.binary("/assets/uploads/system/favicon.ico", image_for("favicon"))
    site.static("/manifest.webmanifest", json.dumps({"name": BOARD, "short_name": "HTX Sơn La", "start_url": "/"}, ensure_ascii=False))
    site.static("/osd.xml", f'<?xml version="1.0" encoding="UTF-8"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">'
                f'<ShortName>{BOARD}</ShortName><Url type="text/html" method="get" template="{{{{base}}}}/search?term={{searchTerms}}&amp;in=titlesposts"/></OpenSearchDescription>')
    return site
