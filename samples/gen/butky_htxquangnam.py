"""Site `butky-htxquangnam` (registry family `generic`): "Bút ký HTX Quảng Nam", the small **Plume** instance (the
federated blogging engine in Rust, 0.7.2, default light theme, English interface: Plume's Vietnamese catalogue is
empty) the Quảng Nam cooperative alliance runs for its news; the copy is of 14 March 2025, before Quảng Nam merged
into Đà Nẵng. Written as a held-out test: no family module, no selectors.

What is an article here: a published post of one of the instance's two blogs, `~/tintuc` ("Tin tức Liên minh HTX
Quảng Nam") and `~/vanban` ("Văn bản - Thông báo"). Comments (local accounts and fediverse accounts) are readers'.

URL shapes: Plume 0.7 makes the slug the title itself, so a post is `/~/<blog>/<title, percent-encoded>` (spaces
`%20`; every link, the cards and `og:url` use this form) and its ActivityPub id, the head's `rel=canonical`, is the
same with a trailing slash and the Unicode left raw (`https://…/~/tintuc/Hội%20nghị…/`): both answer the page; the
canonical is the truth path, the linked form an alias, as is `?responding_to=<comment id>` (a comment's "Respond":
the same page, the form prefilled for a logged-in reader). Blogs `/~/<blog>` (12 cards a page: one page here), their
Atom feeds `/~/<blog>/atom.xml` (15 newest, dates `+00:00`); accounts `/@/<name>` (6 latest articles, the Atom feed
`/@/<name>/atom.xml`), a fediverse commenter's mirror `/@/<name>@<host>`; tags `/tag/<tag>`; the instance home `/`
(the "Local feed" timeline, = `/timeline/1`; "Federated feed" `/timeline/2`), `/about`, `/privacy`, `/search`,
`/login`, `/users/new`, each post's `/remote_interact` page. No sitemap, no robots.txt (404).

Why it is hard: `<title>` is "<post title> ⋅ Plume" (the software's name, not the instance's); the post's title is
`h1.article.p-name`, its subtitle `h2.article.p-summary` (the lead: first line of the text). The date is
`span.date.dt-published` "March 11, 2025" — chrono's English `%B %e, %Y` (space-padded day) of the creation time
in **UTC**, its `datetime="2025-03-11 17:35:00"` also UTC without a zone: the post written at 00:35 on 12 March
(Vietnam) shows the 11th. Only the day is shown: truth is the Vietnam time of the instant (the datetime attribute
and the Atom `published` give the time). "Written by <account>" names the account: the office's account
("Văn phòng Liên minh HTX tỉnh Quảng Nam") is no author — its posts' author is the typed bold closing line when a
person; the staff member's own account (Phan Hoàng Nam) is the author of what it posts. Under the text: tags, the
licence line, "Log in, or use your Fediverse account to interact with this article", like and boost counters
(bare numbers), the author's h-card banner with "Subscribe", then "Comments" with nested replies (times "March
12, 2025 03:10" in UTC). The body is Markdown rendered by pulldown-cmark: photos in their own `<p>` with the caption
as the next `<p><em>`, `<h2>`, lists, a table; the notice's PDF is a media link. The older document blog
`~/vanban` is not linked from `~/tintuc`: its oldest plan is reached from the instance home (and its blog page).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "butky-htxquangnam"
INSTANCE = "Bút ký HTX Quảng Nam"
BUILD = "0.7.2-1"
ST = f"/static/cached/{BUILD}"
UTC = timedelta(hours=7)
BLOGS = {"tintuc": ("Tin tức Liên minh HTX Quảng Nam",
                    "Tin hoạt động của Liên minh Hợp tác xã tỉnh Quảng Nam và các HTX trên địa bàn tỉnh."),
         "vanban": ("Văn bản - Thông báo", "Văn bản, thông báo, kế hoạch của Liên minh Hợp tác xã tỉnh Quảng Nam.")}
USERS = {"vanphong": ("Văn phòng Liên minh HTX tỉnh Quảng Nam",
                      "Tài khoản chính thức của Văn phòng Liên minh Hợp tác xã tỉnh Quảng Nam."),
         "hoangnam": ("Phan Hoàng Nam", "Cán bộ Ban Tuyên truyền, Liên minh HTX tỉnh Quảng Nam.")}
INST_DESC = "Trang viết của Liên minh Hợp tác xã tỉnh Quảng Nam, chạy trên Plume."
LOGIN = "Log in, or use your Fediverse account to interact with this article"
FURN = ["Plume", "About this instance", "Privacy policy", "Documentation", "Source code", "Matrix room", "Plume 0.7.2",
        "This article is under the CC-BY-SA license.", LOGIN, "Add yours", "Boost", "Comments", "Respond",
        "No comments yet. Be the first to react!", USERS["vanphong"][1], USERS["hoangnam"][1], "Search", "Log In",
        "Register"]


def slug_path(blog: str, title: str, slash: bool = False) -> str:
    return f"/~/{blog}/{quote(title, safe='')}" + ("/" if slash else "")


def iri(blog: str, title: str) -> str:
    return f"/~/{blog}/" + "".join(c if c.isalnum() or c in "-._~!$&'()*+,;=" or ord(c) > 0x9F else quote(c)
                                   for c in title) + "/"


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, blog: str, user: str, tags: list[str], likes: int = 0, boosts: int = 0) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "listing"],
                    opts={"blog": blog, "user": user, "tags": tags, "likes": likes, "boosts": boosts})

    return [
        A(path="", title="Liên minh HTX tỉnh ký kết phối hợp với Agribank Quảng Nam",
          lead="Chương trình phối hợp giai đoạn 2025 - 2030 giúp các HTX và thành viên tiếp cận vốn vay ưu đãi.",
          body="""
Chiều 11/3, Liên minh HTX tỉnh Quảng Nam và Agribank Chi nhánh tỉnh Quảng Nam ký kết chương trình phối hợp hỗ trợ phát triển kinh tế tập thể.
Theo chương trình, Agribank dành 500 tỷ đồng cho các HTX, tổ hợp tác và thành viên vay vốn với lãi suất thấp hơn 0,5%/năm so với lãi suất thông thường.
Liên minh HTX tỉnh có trách nhiệm giới thiệu các HTX có phương án sản xuất, kinh doanh hiệu quả.
""", author=None,
          notes=["posted at 00:35 on 12 March (Vietnam) by the office account: the page shows 'March 11, 2025' "
                 "(datetime='2025-03-11 17:35:00', UTC, no zone); published 2025-03-12 00:35; no byline and the "
                 "account is an office: author null"],
          **at(datetime(2025, 3, 12, 0, 35), "tintuc", "vanphong", ["Tin hoạt động"], 4, 1)),
        A(path="", title="Ảnh: Làng rau Trà Quế vào vụ xuân",
          lead="Những ngày đầu tháng 3, thành viên HTX Nông nghiệp Cẩm Hà tất bật trên những luống rau Trà Quế.",
          body="""
[img traque-1.png] Thành viên HTX chăm sóc rau thơm bằng rong biển theo cách truyền thống
[img traque-2.png] Rau Trà Quế được bó, đóng gói để giao cho các nhà hàng ở Hội An
[img traque-3.png] Du khách trải nghiệm làm nông dân tại làng rau
Vụ xuân năm nay HTX dự kiến cung ứng khoảng 180 tấn rau các loại.
""", author="Phan Hoàng Nam",
          notes=["photo story by the staff member's own account (Phan Hoàng Nam: the author, no typed byline); each "
                 "photo a <p><img>, the caption the next <p><em>; two comments, one from a fediverse account"],
          **at(datetime(2025, 3, 5, 15, 20), "tintuc", "hoangnam", ["Ảnh", "Nông nghiệp"], 9, 3)),
        A(path="", title="Kinh tế tập thể tỉnh Quảng Nam năm 2024 qua các con số",
          lead="Năm 2024, khu vực kinh tế tập thể của tỉnh tiếp tục tăng trưởng khá.",
          body="""
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 |
| HTX đang hoạt động | HTX | 462 | +27 |
| Tổ hợp tác | THT | 1.284 | +41 |
| Thành viên HTX | người | 152.300 | +3.150 |
| Doanh thu bình quân một HTX | tỷ đồng | 3,9 | +0,4 |
Năm 2025, tỉnh phấn đấu thành lập mới ít nhất 30 HTX.
**Phòng Kế hoạch - Tổng hợp**
""", author=None,
          notes=["a table (<table> with a <thead>: one line per row); the bold closing line names an office: text, "
                 "no author"],
          **at(datetime(2025, 2, 24, 9, 10), "tintuc", "vanphong", ["Số liệu"], 2, 0)),
        A(path="", title="Hướng dẫn HTX đăng ký mã số vùng trồng",
          lead="Mã số vùng trồng là điều kiện bắt buộc để nông sản của HTX vào các thị trường xuất khẩu.",
          body="""
## Hồ sơ đăng ký
* Giấy đề nghị cấp mã số vùng trồng theo mẫu;
* Bản đồ, sơ đồ vùng trồng có tọa độ;
* Nhật ký canh tác ít nhất một vụ gần nhất.
## Nơi tiếp nhận
HTX nộp hồ sơ tại Chi cục Trồng trọt và Bảo vệ thực vật tỉnh hoặc qua cổng dịch vụ công trực tuyến.
**Lê Thị Thu Hà**
""", author="Lê Thị Thu Hà",
          notes=["posted by the office account, closed by a bold name: the author is Lê Thị Thu Hà (not the "
                 "account); two <h2>, a list"],
          **at(datetime(2025, 2, 14, 14, 0), "tintuc", "vanphong", ["Hướng dẫn", "Nông nghiệp"], 5, 2)),
        A(path="", title="HTX Dịch vụ nông nghiệp Điện Quang mở rộng cánh đồng lớn",
          lead="HTX liên kết với doanh nghiệp bao tiêu 200 ha lúa chất lượng cao vụ Đông Xuân.",
          body="""
HTX Dịch vụ nông nghiệp Điện Quang (thị xã Điện Bàn) vừa ký hợp đồng liên kết sản xuất lúa chất lượng cao với một doanh nghiệp chế biến gạo.
Doanh nghiệp cung ứng giống, phân bón trả chậm và thu mua lúa tươi tại ruộng với giá cao hơn thị trường 300 đồng/kg.
**Theo Báo Quảng Nam**
""", author=None,
          notes=["'Theo Báo Quảng Nam' closes the text (bold): a reprint, no author"],
          **at(datetime(2025, 1, 20, 10, 30), "tintuc", "vanphong", ["Tin hoạt động"], 1, 0)),
        A(path="", title="HTX Mây tre đan Phú Lợi giữ nghề truyền thống",
          lead="Từ một tổ hợp tác nhỏ, HTX đã tạo việc làm ổn định cho hơn 80 lao động nông thôn.",
          body="""
HTX Mây tre đan Phú Lợi (huyện Duy Xuyên) hiện có 86 thành viên, phần lớn là phụ nữ lớn tuổi.
Sản phẩm của HTX gồm giỏ, đèn, khay trang trí được bán cho các cửa hàng lưu niệm ở Hội An và xuất khẩu sang Nhật Bản.
Năm 2024, doanh thu của HTX đạt 2,6 tỷ đồng, thu nhập bình quân của thành viên 5,5 triệu đồng/tháng.
""", author="Phan Hoàng Nam",
          notes=["by the staff member's account (the author); a comment and the office's reply (nested: not text)"],
          **at(datetime(2025, 1, 8, 16, 45), "tintuc", "hoangnam", ["Ngành nghề"], 7, 2)),
        A(path="", title="Liên minh HTX tỉnh tổng kết công tác năm 2024",
          lead="Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 27 HTX và tổ chức 11 lớp tập huấn.",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tongket-2024.png] Quang cảnh hội nghị tổng kết
Hội nghị đã khen thưởng 15 HTX tiêu biểu có thành tích xuất sắc trong năm.
**Tin, ảnh: Nguyễn Văn Tài**
""", author="Nguyễn Văn Tài",
          notes=["office account, 'Tin, ảnh: Nguyễn Văn Tài' (bold) -> Nguyễn Văn Tài"],
          **at(datetime(2024, 12, 27, 8, 30), "tintuc", "vanphong", ["Tin hoạt động"], 6, 1)),
        A(path="", title="Sâm Ngọc Linh giúp các HTX miền núi đổi đời",
          lead="Các HTX trồng sâm ở huyện Nam Trà My đang trở thành điểm sáng kinh tế tập thể miền núi.",
          body="""
Huyện Nam Trà My hiện có 12 HTX trồng và kinh doanh sâm Ngọc Linh với hơn 1.100 thành viên.
Nhiều HTX đã có sản phẩm đạt chứng nhận OCOP 4 sao, được tiêu thụ tại các hệ thống siêu thị lớn.
Liên minh HTX tỉnh sẽ hỗ trợ các HTX xây dựng vườn ươm giống sâm đạt chuẩn.
""", author="Phan Hoàng Nam",
          notes=["the staff member's account, no byline: author Phan Hoàng Nam"],
          **at(datetime(2024, 12, 10, 11, 0), "tintuc", "hoangnam", ["OCOP"], 11, 4)),
        A(path="", title="Thông báo về việc đăng ký tham gia Hội chợ OCOP Quảng Nam năm 2025",
          lead="Liên minh HTX tỉnh hỗ trợ gian hàng cho các HTX có sản phẩm OCOP từ 3 sao.",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NAM
Số: 07/TB-LMHTX
Quảng Nam, ngày 28 tháng 02 năm 2025
Hội chợ OCOP Quảng Nam năm 2025 diễn ra từ ngày 18/4 đến ngày 22/4/2025 tại TP Tam Kỳ.
Các HTX đăng ký tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Văn Minh
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "", "text": "TB-07-LMHTX-2025.pdf"}],
          notes=["a notice in the ~/vanban blog (its title has no number: Plume would put a '/' of '07/TB' in the "
                 "URL); 'Số: 07/TB-LMHTX' in the text; the signer is text, no author; the PDF is a media link "
                 "'TB-07-LMHTX-2025.pdf' (an attachment, not text)"],
          **at(datetime(2025, 3, 3, 8, 0), "vanban", "vanphong", ["Thông báo", "OCOP"], 3, 2)),
        A(path="", title="Kế hoạch tập huấn nâng cao năng lực cho cán bộ HTX năm 2025",
          lead="Liên minh HTX tỉnh tổ chức 10 lớp tập huấn cho khoảng 600 lượt cán bộ quản lý HTX.",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NAM
Số: 15/KH-LMHTX
Quảng Nam, ngày 12 tháng 11 năm 2024
## Nội dung tập huấn
+ Kỹ năng quản trị HTX theo Luật Hợp tác xã năm 2023;
+ Kế toán HTX và hóa đơn điện tử;
+ Xây dựng và phát triển sản phẩm OCOP.
Kinh phí thực hiện từ nguồn ngân sách tỉnh hỗ trợ phát triển kinh tế tập thể năm 2025.
CHỦ TỊCH
Nguyễn Thị Bích Ngọc
""", author=None, doc_number="15/KH-LMHTX",
          notes=["the oldest post, in ~/vanban: not on ~/tintuc nor on the office account's page (6 latest): the "
                 "instance home's Local feed and the ~/vanban page reach it; an ordered list"],
          **at(datetime(2024, 11, 15, 9, 0), "vanban", "vanphong", ["Kế hoạch"], 2, 0)),
    ]


# post title -> comments: (id, name, fqn, UTC time, text, parent id or None)
COMMENTS = {
    "Ảnh: Làng rau Trà Quế vào vụ xuân": [
        (31, "Ngọc Anh", "ngocanh@mastodon.social", datetime(2025, 3, 5, 10, 2),
         "Rau Trà Quế thơm lắm, lần nào vào Hội An cũng ghé mua.", None),
        (33, "Phan Hoàng Nam", "hoangnam", datetime(2025, 3, 5, 11, 40), "Cảm ơn bạn đã ủng hộ HTX nhé!", 31)],
    "HTX Mây tre đan Phú Lợi giữ nghề truyền thống": [
        (24, "Trần Quốc Bảo", "quocbao", datetime(2025, 1, 9, 2, 15), "HTX có nhận đặt hàng số lượng lớn không ạ?", None),
        (25, "Văn phòng Liên minh HTX tỉnh Quảng Nam", "vanphong", datetime(2025, 1, 9, 3, 0),
         "Anh liên hệ Ban giám đốc HTX qua số điện thoại trên trang của HTX nhé.", 24)],
}


def cdate(d: datetime) -> str:
    """chrono `%B %e, %Y` of a UTC time (%e pads the day with a space)."""
    return f"{d:%B} {d.day:>2}, {d.year}"


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "".join(f"<li>{inline_html(x)}</li>\n" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table><thead><tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p><img src="/static/media/{h(b.src, 32)}.png" alt=""></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    for x in a.attachments:
        out.insert(len(out) - 3 if a.doc_number else len(out), f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-nam", f"{INSTANCE} (Plume)", "generic", None,
                     start_urls=["{{base:%s}}/~/tintuc" % SITE], feeds=["{{base:%s}}/~/tintuc/atom.xml" % SITE])
    page = site.page

    def routed(path: str, content: str, **kw) -> None:
        """Rocket answers /~/tintuc and /~/tintuc/atom.xml, /@/x and /@/x/followers: routes, not files."""
        kw.setdefault("content_type", "text/html; charset=utf-8")
        page(path, content, **kw)
    site.page = routed  # type: ignore[method-assign]
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = slug_path(a.opts["blog"], a.title, slash=True)
        a.aliases.append(slug_path(a.opts["blog"], a.title))
        for x in a.attachments:
            x["path"] = f"/static/media/{h(a.title, 32)}.pdf"
    comment_texts = []

    def avatar(user: str, size: str = "small") -> str:
        return (f'<div class="avatar {size}" style="background-image: url(\'/static/media/{h(user, 32)}.png\');" '
                f'title="{attr(user)}" aria-label="{attr(user)}"></div>')

    def icon(name: str) -> str:
        return f'<svg class="feather"><use xlink:href="{ST}/images/feather-sprite.svg#{name}"/></svg>'

    def base(title: str, head: str, header: str, content: str) -> str:
        return f"""<!DOCTYPE html>
<html class="default-light">
    <head>
        <meta charset="utf-8" />
        <title>{esc(title)} ⋅ Plume</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="stylesheet" href="{ST}/css/default-light/theme.css" />
        <link rel="manifest" href="/manifest.json" />
        <link rel="icon" type="image/png" href="{ST}/icons/trwnh/feather/plumeFeather64.png">
        <meta content='#282c37' name='theme-color'/>
        {head}
    </head>
    <body>
        <header>
            <nav id="menu">
                <a href="#" aria-label="Menu" title="Menu" role="button" aria-haspopup="true" aria-controls="content" aria-epanded="false"><i class="icon icon-menu"></i></a>
            </nav>
            <div id="content" role="menu" aria-labelled-by="menu">
                <nav>
                    <a href="/" class="title">
                        <img src="{ST}/icons/trwnh/feather/plumeFeather256.png">
                        <p>Plume</p>
                    </a>
                    <hr/>
                    {header}
                </nav>
                <nav class="right-nav">
                        <a href="/search"><i class="icon icon-search"></i><span class="mobile-label">Search</span></a>
                        <a href="/login"><i class="icon icon-log-in"></i><span class="mobile-label">Log In</span></a>
                        <a href="/users/new"><i class="icon icon-user-plus"></i><span class="mobile-label">Register</span></a>
                </nav>
            </div>
        </header>
        <div class="messages">
        </div>
        <main>
            {content}
        </main>
        <footer>
            <hr/>
            <div>
                <h3>{esc(INSTANCE)}</h3>
                <a href="/about">About this instance</a>
                <a href="/privacy">Privacy policy</a>
            </div>
            <div>
                <h3>Plume 0.7.2</h3>
                <a href="{{{{base:offsite}}}}/plume/docs">Documentation</a>
                <a href="{{{{base:offsite}}}}/plume/source">Source code</a>
                <a href="{{{{base:offsite}}}}/plume/matrix">Matrix room</a>
            </div>
        </footer>
        <script type="module">
          import init from '{ST}/plume_front.js';
          (async () => await init())();
        </script>
    </body>
</html>
"""

    def card(a: RichArticle) -> str:
        o = a.opts
        u = a.date - UTC
        user = o["user"]
        cover = next((b.src for b in a.blocks if b.kind == "img"), None)
        cov = (f'<a class="cover-link" href="{a.aliases[0]}"><div class="cover" style="background-image: url(\'/static/'
               f'media/{h(cover, 32)}.png\')"></div></a>' if cover else "")
        return f"""<div class="card h-entry">
    {cov}
    <header dir="auto">
        <h3 class="p-name">
            <a class="u-url" href="{a.aliases[0]}">
                {esc(a.title)}
            </a>
        </h3>
    </header>
    <main>
        <p class="p-summary" dir="auto">{esc(a.lead)}</p>
    </main>
    <footer class="authors">
        <div>
            By <a class="p-author h-card" href="/@/{user}">{esc(USERS[user][0])}</a>
                ⋅ <span class="dt-published" datetime="{u:%Y-%m-%d %H:%M:%S}">{cdate(u)}</span>
            ⋅ <a href="/~/{o["blog"]}">{esc(BLOGS[o["blog"]][0])}</a>
            ⋅
        </div>
            <div>
                <span class="likes" aria-label="{o["likes"]} likes" title="{o["likes"]} likes">
                    {icon("heart")} {o["likes"]}
                </span>
                ⋅
                <span class="reshares" aria-label="{o["boosts"]} boost" title="{o["boosts"]} boosts">
                    {icon("repeat")} {o["boosts"]}
                </span>
            </div>
    </footer>
</div>"""

    def comment(a: RichArticle, c: tuple, coms: list) -> str:
        cid, name, fqn, when, text, _ = c
        comment_texts.append(text)
        kids = "".join(comment(a, k, coms) for k in coms if k[5] == cid)
        return f"""<div class="comment u-comment h-cite" id="comment-{cid}">
    <main class="content">
        <header>
            <a class="author u-author h-card" href="/@/{fqn}" dir="auto">
                {avatar(fqn)}
                <span class="display-name p-name">{esc(name)}</span>
                <small>{esc(fqn)}</small>
            </a>
            <p class="dt-published" datetime="{when:%Y-%m-%d %H:%M:%S}">
                <a class="u-url" href="{{{{base}}}}{iri(a.opts["blog"], a.title)}#comment-{cid}">{cdate(when)} {when:%H:%M}</a>
            </p>
                <a class="u-in-reply-to hidden" href="{{{{base}}}}{iri(a.opts["blog"], a.title)}"></a>
        </header>
        <div class="text p-content">
            <p>{esc(text)}</p>
        </div>
        <a class="button icon icon-message-circle" href="?responding_to={cid}">Respond</a>
    </main>
    {kids}
</div>"""

    def post_page(a: RichArticle) -> str:
        o = a.opts
        u = a.date - UTC
        user = o["user"]
        blog = o["blog"]
        canon = "{{base}}" + iri(blog, a.title)
        cover = next((b.src for b in a.blocks if b.kind == "img"), None)
        head = (f'<meta property="og:title" content="{attr(a.title)}"/>\n    <meta property="og:type" content="article"/>\n'
                + (f'    <meta property="og:image" content="{{{{base}}}}/static/media/{h(cover, 32)}.png"/>\n' if cover else "")
                + f'    <meta property="og:url" content="{a.aliases[0]}"/>\n'
                f'    <meta property="og:description" content="{attr(a.lead)}"/>\n    <link rel="canonical" href="{canon}"/>')
        tags = "".join(f'<li><a class="p-category" href="/tag/{quote(t)}">{esc(t)}</a></li>' for t in o["tags"])
        coms = COMMENTS.get(a.title, [])
        com_html = ("".join(comment(a, c, coms) for c in coms if c[5] is None) if coms else
                    '<p class="center" dir="auto">No comments yet. Be the first to react!</p>')
        remote = f"{a.aliases[0]}/remote_interact"
        content = f"""<div class="h-entry">
    <header
        class="article "
    >
        <div>
            <h1 class="article p-name" dir="auto">{esc(a.title)}</h1>
            <div class="article-info" dir="auto">
                <span class="author">
                    Written by <a href="/@/{user}">{esc(USERS[user][0])}</a>
                </span>
                &mdash;
                <span class="date dt-published" datetime="{u:%Y-%m-%d %H:%M:%S}">{cdate(u)}</span><a class="u-url" href="{canon}"></a>
            </div>
            <h2 class="article p-summary" dir="auto">{esc(a.lead)}</h2>
        </div>
    </header>

    <article class="e-content" dir="auto">
        {body_html(a)}
    </article>
    <div class="article-meta">
        <section class="split">
            <ul class="tags" dir="auto">
                {tags}
            </ul>
            <p class="right" dir="auto">
                    This article is under the CC-BY-SA license.
            </p>
        </section>
            <p class="center"><a href='/login'>Log in</a>, or <a href='{remote}'>use your Fediverse account</a> to interact with this article
            </p>
            <section class="actions">
                <div id="likes" class="likes">
                    <p aria-label="{o["likes"]} likes" title="{o["likes"]} likes">
                        {o["likes"]}
                    </p>
                    <a href="{remote}" class="action">{icon("heart")} Add yours</a>
                </div>

                <div id="reshares" class="reshares">
                    <p aria-label="{o["boosts"]} boost" title="{o["boosts"]} boosts">
                        {o["boosts"]}
                    </p>
                    <a href="{remote}" class="action">{icon("repeat")} Boost</a>
                </div>
            </section>
        <section class="banner">
            <div class="flex p-author h-card user" dir="auto">
                {avatar(user, "medium")}
                <div class="grow">
                    <h2 class="p-name">
                        <a href="/@/{user}">{esc(USERS[user][0])}</a>
                        <a rel="author" class="u-url" href="{{{{base}}}}/@/{user}/"></a>
                    </h2>
                    <p>{esc(USERS[user][1])}</p>
                </div>
                    <form action="/@/{user}/follow" method="POST">
                        <input type="submit" class="button" value="Subscribe">
                    </form>
            </div>
        </section>
        <section id="comments" class="comments" dir="auto">
            <h2>Comments</h2>
            {com_html}
        </section>
    </div>
</div>"""
        return base(a.title, head, f'<a href="/~/{blog}">{esc(BLOGS[blog][0])}</a>', content)

    for a in arts:
        html = post_page(a)
        site.page(a.path, html)
        site.same_page(a.aliases[0], a.path)
        for c in COMMENTS.get(a.title, []):
            alias = f"{a.aliases[0]}?responding_to={c[0]}"
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        remote = f"{a.aliases[0]}/remote_interact"
        site.page(remote, base(a.title, "", "", f"""<div class="h-entry"><h1 dir="auto">Interact with {esc(a.title)}</h1>
<section><h2>I'm from this instance</h2><p>Log in to interact</p><a href="/login" class="button">Log in to interact</a></section>
<section><h2>I'm from another instance</h2><form method="post" action="/remote_interact"><label for="remote">Your Fediverse account</label><input type="text" name="remote" id="remote" placeholder="username@instance"><input type="submit" value="Interact"></form></section></div>"""))
        site.non_articles.append(remote)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/static/media/{h(b.src, 32)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH QUANG NAM", "THONG BAO SO 07/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_texts
    site.trap("a post answers at its ActivityPub id (rel=canonical: trailing slash, Unicode raw, the truth path), at "
              "the linked form without the slash (og:url, cards) and at ?responding_to=<id> (a comment's 'Respond'): "
              "the same page", arts[0].aliases[0])

    # blogs
    for blog, (btitle, bdesc) in BLOGS.items():
        posts = [a for a in arts if a.opts["blog"] == blog]
        authors = sorted({a.opts["user"] for a in posts})
        head = (f'<meta content="profile" property="og:type" />\n<meta content="120" property="og:image:width" />\n'
                f'<meta content="120" property="og:image:height" />\n<meta content="summary" property="twitter:card" />\n'
                f'<meta content="\'{attr(INSTANCE)}" property="og:site_name" />\n<meta content="{{{{base}}}}/~/{blog}/" property="og:url" />\n'
                f'<meta content="{blog}" property="profile:username" />\n<meta content="{attr(btitle)}" property="og:title" />\n'
                f'<meta content="&lt;p&gt;{attr(bdesc)}&lt;/p&gt;" name="description">\n'
                f'<link href=\'{{{{base}}}}/~/{blog}/atom.xml\' rel=\'alternate\' type=\'application/atom+xml\'>\n'
                f'<link href=\'{{{{base}}}}/~/{blog}/\' rel=\'alternate\' type=\'application/activity+json\'>\n'
                f'<link href=\'{{{{base}}}}/~/{blog}/\' rel=\'canonical\'>')
        hidden = "".join(f'<div class="h-card"><span class="p-name">{esc(USERS[u][0])}</span><a class="u-url" '
                         f'href="{{{{base}}}}/@/{u}/"></a></div>' for u in authors)
        n = len(authors)
        who = ("There's one author on this blog: " if n == 1 else f"There are {n} authors on this blog: ") + ", ".join(
            f'<a class="author p-author" href="/@/{u}" dir="auto">{esc(USERS[u][0])}</a>' for u in authors)
        content = f"""<div class="hidden">{hidden}</div>
<div class="h-feed">
    <div class="h-card">
        <div class="user">
            <div class="flex wrap" dir="auto">
                <div class="avatar medium" style="background-image: url('/static/media/{h(blog, 32)}.png');" aria-label="{attr(btitle)}'s icon"></div>
                <h1 class="grow flex vertical">
                    <span class="p-name">{esc(btitle)}</span>
                    <small dir="auto">~{blog}</small>
                </h1>
            </div>
            <main class="user-summary" dir="auto">
                <p>{who}</p>
                <p>{esc(bdesc)}</p>
            </main>
    </div>
    <section>
        <h2 dir="auto">
            Latest articles
            <small><a href="/~/{blog}/atom.xml" title="Atom feed">{icon("rss")}</a></small>
        </h2>
        <div class="cards">
            {"".join(card(a) for a in posts)}
        </div>
        <div class="pagination" dir="auto"></div>
    </section>
</div></div>"""
        site.page(f"/~/{blog}", base(btitle, head, f'<a href="/~/{blog}" dir="auto">{esc(btitle)}</a>', content))
        site.same_page(f"/~/{blog}/", f"/~/{blog}")
        site.non_articles.append(f"/~/{blog}")
        site.page(f"/~/{blog}/atom.xml", atom(btitle, f"/~/{blog}/atom.xml", posts, comment_texts=None),
                  content_type="application/atom+xml")
    site.trap("blog pages /~/<blog>: the h-card (title, '~tintuc', authors), 'Latest articles' cards (title, "
              "subtitle, 'By <account> ⋅ <UTC date> ⋅ <blog>', like/boost counts): lists", "/~/tintuc")

    # users
    for user, (name, summary) in USERS.items():
        posts = [a for a in arts if a.opts["user"] == user][:6]
        head = (f'<meta content="profile" property="og:type" />\n<meta content="{{{{base}}}}/@/{user}/" property="og:url" />\n'
                f'<meta content="{attr(name)}\'s Blog" property="og:title" />\n'
                f'<link href=\'{{{{base}}}}/@/{user}/atom.xml\' rel=\'alternate\' type=\'application/atom+xml\'>\n'
                f'<link href=\'{{{{base}}}}/@/{user}/\' rel=\'alternate\' type=\'application/activity+json\'>\n'
                f'<link rel="canonical"  href="{{{{base}}}}/@/{user}/"/>')
        content = f"""<div class="h-card"><div class="user"><div class="flex wrap" dir="auto">{avatar(user, "medium")}
<h1 class="grow flex vertical"><span class="p-name">{esc(name)}</span><small class="p-nickname">{user}</small></h1>
<p class="grow">{'<span class="badge">Admin</span>' if user == "vanphong" else ""}</p></div>
<a class="u-url" href="{{{{base}}}}/@/{user}/"></a>
<form class="inline" method="post" action="/@/{user}/follow"><input type="submit" value="Subscribe"></form></div>
<div class="user-summary p-note"><p>{esc(summary)}</p></div></div>
<div class="tabs"><a href="/@/{user}" class="selected">Articles</a><a href="/@/{user}/followers">Subscribers</a><a href="/@/{user}/followed">Subscriptions</a></div>
<div class="h-feed"><h2><span class="p-name">Latest articles</span><small><a href="/@/{user}/atom.xml" title="Atom feed">{icon("rss")}</a></small></h2>
<div class="cards">{"".join(card(a) for a in posts)}</div></div>"""
        site.page(f"/@/{user}", base(name, head, "", content))
        site.same_page(f"/@/{user}/", f"/@/{user}")
        site.non_articles.append(f"/@/{user}")
        site.page(f"/@/{user}/atom.xml", atom(name, f"/@/{user}/atom.xml", posts), content_type="application/atom+xml")
        for sub, label in (("followers", "Subscribers"), ("followed", "Subscriptions")):
            site.page(f"/@/{user}/{sub}", base(name, "", "", f'<h1>{esc(name)}</h1><div class="tabs"><a href="/@/{user}">'
                                               f'Articles</a><a href="/@/{user}/followers">Subscribers</a><a href="/@/'
                                               f'{user}/followed">Subscriptions</a></div><div class="cards"></div>'))
            site.non_articles.append(f"/@/{user}/{sub}")
    for fqn, name in (("ngocanh@mastodon.social", "Ngọc Anh"), ("quocbao", "Trần Quốc Bảo")):
        remote = "@" in fqn
        link = (f'<a class="inline-block u-url" href="{{{{base:offsite}}}}/mastodon/@ngocanh" rel="me" target="_blank">'
                'Open on mastodon.social</a>' if remote else "")
        site.page(f"/@/{fqn}", base(name, "", "", f'<div class="h-card"><div class="user"><div class="flex wrap" '
                                                  f'dir="auto">{avatar(fqn, "medium")}<h1 class="grow flex vertical"><span '
                                                  f'class="p-name">{esc(name)}</span><small class="p-nickname">{fqn}</small>'
                                                  f'</h1></div>{link}</div></div>'))
        site.non_articles.append(f"/@/{fqn}")
    site.trap("account pages /@/<name> ('Written by' links them): the 6 latest articles; the office account is no "
              "author", "/@/vanphong")

    # tags
    all_tags = sorted({t for a in arts for t in a.opts["tags"]})
    for t in all_tags:
        posts = [a for a in arts if t in a.opts["tags"]]
        site.page(f"/tag/{quote(t)}", base(f"Articles tagged \"{t}\"", "", "",
                                           f'<h1>Articles tagged "{esc(t)}"</h1><div class="cards">'
                                           + "".join(card(a) for a in posts) + '</div><div class="pagination" dir="auto">'
                                           '</div>'))
        site.non_articles.append(f"/tag/{quote(t)}")

    # instance home and timelines
    tabs = ('<div class="tabs"><a href="/timeline/1" class="selected">Local feed</a><a href="/timeline/2">Federated feed'
            '</a></div>')
    desc = f"""<section class="split" dir="auto">
    <div class="presentation card">
        <h2>What is Plume?</h2>
        <main>
            <p>Plume is a decentralized blogging engine.</p>
            <p>Authors can manage multiple blogs, each as its own website.</p>
            <p>Articles are also visible on other Plume instances, and you can interact with them directly from other platforms like Mastodon.</p>
        </main>
        <a href="/users/new">Create your account</a>
    </div>
    <div class="presentation card">
        <h2>About {esc(INSTANCE)}</h2>
        <main>
            <p>{esc(INST_DESC)}</p>
            <section class="stats">
                <div><p>Home to <em>4</em> people</p></div>
                <div><p>Who wrote <em>{len(arts)}</em> articles</p></div>
            </section>
        </main>
        <a href="/about">Read the detailed rules</a>
    </div>
</section>"""
    home = (f'<section class="flex wrap" dir="auto"><h1 class="grow">Welcome to {esc(INSTANCE)}</h1></section>{tabs}'
            f'<div class="cards">{"".join(card(a) for a in arts)}</div>{desc}')
    site.page("/", base(INSTANCE, "", "", home))
    for n, label in ((1, "Local feed"), (2, "Federated feed")):
        plain_tabs = tabs.replace(' class="selected"', "")
        site.page(f"/timeline/{n}", base(label, "", "", f'<h1>{label}</h1>{plain_tabs}'
                                                       f'<div class="cards">{"".join(card(a) for a in arts)}</div>'))
        site.non_articles.append(f"/timeline/{n}")
    site.non_articles.append("/")
    site.trap("the instance home / ('Welcome to …', the Local feed: every local post, 12 a page) is the only list "
              "besides /~/vanban that reaches the oldest plan", "/")
    for path, title, text in (("/about", f"About {INSTANCE}", INST_DESC), ("/privacy", "Privacy policy",
                               "Plume chỉ lưu những dữ liệu cần thiết để vận hành tài khoản."),
                              ("/search", "Search", "Search"), ("/login", "Log in", "Log in"),
                              ("/users/new", "Create an account", "Create an account")):
        site.page(path, base(title, "", "", f"<h1>{esc(title)}</h1><p>{esc(text)}</p>"))
        site.non_articles.append(path)
    site.page("/manifest.json", '{"name": "Bút ký HTX Quảng Nam", "start_url": "/", "display": "standalone"}',
              content_type="application/json")
    site.binary(f"{ST}/icons/trwnh/feather/plumeFeather64.png", image_for("plume-favicon"))
    return site


def atom(title: str, self_path: str, posts: list[RichArticle], comment_texts=None) -> str:
    def ts(d: datetime) -> str:
        return f"{d - UTC:%Y-%m-%dT%H:%M:%S}+00:00"
    entries = "".join(
        f"<entry><title><![CDATA[{a.title}]]></title><id>{{{{base}}}}{iri(a.opts['blog'], a.title)}</id>"
        f"<updated>{ts(a.date)}</updated><author><name>{esc(USERS[a.opts['user']][0])}</name>"
        f"<uri>{{{{base}}}}/@/{a.opts['user']}/</uri></author><link href=\"{{{{base}}}}{iri(a.opts['blog'], a.title)}\"/>"
        f"<published>{ts(a.date)}</published><content type=\"html\"><![CDATA[{body_html(a)}]]></content></entry>"
        for a in posts[:15])
    return (f'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{esc(title)}</title>'
            f'<id>{{{{base}}}}{self_path}</id><updated>{ts(posts[0].date)}</updated>'
            f'<link href="{{{{base}}}}{self_path}" rel="self" type="application/atom+xml"/>{entries}</feed>\n')
