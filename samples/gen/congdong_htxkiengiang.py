"""Site `congdong-htxkiengiang` (registry family `generic`): "Cộng đồng HTX Kiên Giang", a **Forem** community
(the open-source engine of dev.to, self-hosted, English interface, local file storage) run by the Kiên Giang
cooperative alliance (the province joined An Giang on 1 July 2025) for its cooperatives: the alliance's office
account, a reporter and cooperative members post articles written in Forem's Markdown editor. Written as a held-out
test: no family module, no selectors.

URL shapes: an article `/<username>/<slug>-<hash>` (Rails `parameterize` of the title, ASCII, and Forem's random
base-26 suffix), or `/<organization>/<slug>-<hash>` when posted under the alliance's organization; the same article
under its author's own name answers 301 to the organization's path, and under the reporter's OLD username
(`/thanhtam/…`, renamed `thanhtam_kg`) answers 301 to the new one; users and the organization `/<name>`; tags
`/t/<tag>` and their crawl pathway `/t/<tag>/page/2`; `/latest`; Forem pages `/about`, `/contact`, `/faq`,
`/code-of-conduct`, `/privacy`, `/terms`, `/tags`, `/report-abuse`; `/enter` (log in / create account); the feed
`/feed`; `/sitemap-index.xml` (posts, users, tags sitemaps); robots.txt disallows `/search?q=*` and the admin.

Why it is hard: the dates are UTC and the server prints them in UTC without the year for the current year: "Posted on
<time datetime="2025-04-07T23:20:00Z" class="date-no-year">Apr 7</time>" is a post of 8 April 06:20 in Vietnam;
older ones read "Dec 18, 2024". The h1 comes AFTER the author block and the date; the author shown is the Forem
account: the office account "Văn phòng Liên minh HTX" (not a person, though JSON-LD calls it `"@type": "Person"`), a
reporter or a cooperative member; the closing line of the Markdown text ("Bài và ảnh: …", "Theo Báo Kiên Giang") is
the byline. Around the text: the reaction sidebar (Add reaction, Jump to Comments, Save, share menu), tags as
`#hoptacxa` links, "Top comments (2)" with each comment's author, date and text, "Read next" cards and the right
sidebar's author card ("Joined", "Location") and "More from …" list; every page also carries the off-canvas menu and
the Forem footer. Headings carry Forem's empty anchor (`<h2><a name="kt-qu-nm-2024" href="#…"></a>Kết quả…`), tables
sit in `div.table-wrapper-paragraph`, a photo and its caption share one `<p>` (`<img>…<br><em>caption</em>`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta
from email.utils import format_datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, page_links
from .richbody import RichArticle

SITE = "congdong-htxkiengiang"
NAME = "Cộng đồng HTX Kiên Giang"
HTML = "text/html; charset=utf-8"
DESC = ("Nơi các hợp tác xã, tổ hợp tác và cán bộ Liên minh HTX tỉnh Kiên Giang chia sẻ kinh nghiệm, thông tin "
        "và kết nối thị trường.")
NOW = datetime(2025, 5, 20, 10, 0)  # the snapshot's "today" (server renders the current year without the year)
ORG = ("lmhtxkiengiang", "Liên minh HTX tỉnh Kiên Giang", "Cơ quan thường trực của phong trào hợp tác xã tỉnh Kiên Giang.")
USERS = {
    "vanphong_lmhtx": ("Văn phòng Liên minh HTX", "Tài khoản đăng tin của Văn phòng Liên minh Hợp tác xã tỉnh Kiên Giang.",
                       "Rạch Giá, Kiên Giang", "", datetime(2024, 9, 10, 8, 12)),
    "thanhtam_kg": ("Lâm Thanh Tâm", "Viết về nông nghiệp và hợp tác xã miền Tây.", "Châu Thành, Kiên Giang",
                    "Phóng viên tại Liên minh HTX tỉnh Kiên Giang", datetime(2024, 9, 12, 14, 3)),
    "ngocbich_kg": ("Nguyễn Ngọc Bích", "Làm lúa, làm hợp tác xã.", "Tân Hiệp, Kiên Giang",
                    "Giám đốc HTX Nông nghiệp Tân Hội", datetime(2024, 10, 2, 19, 40)),
    "hoangvu_htx": ("Trần Hoàng Vũ", "", "Hòn Đất, Kiên Giang", "", datetime(2024, 11, 3, 7, 21)),
    "tuyetmai": ("Danh Thị Tuyết Mai", "", "Gò Quao, Kiên Giang", "", datetime(2025, 1, 8, 20, 15)),
    "ut_hondat": ("Huỳnh Văn Út", "", "", "", datetime(2025, 2, 14, 6, 50)),
}
OLD_USERNAME = {"thanhtam_kg": "thanhtam"}
TAGS = {"hoptacxa": "Hợp tác xã, tổ hợp tác và phong trào kinh tế tập thể.", "thongbao": "Thông báo của Liên minh HTX tỉnh.",
        "chuyendoiso": "Chuyển đổi số trong HTX.", "solieu": "Số liệu, thống kê.", "nongnghiep": "Sản xuất nông nghiệp.",
        "ocop": "Sản phẩm OCOP.", "lua": "Cây lúa và chuỗi lúa gạo.", "lienminh": "Hoạt động của Liên minh HTX tỉnh."}
COMMENTS = {
    1: ("hoangvu_htx", "Số liệu rất hữu ích, mong Liên minh cập nhật thêm số liệu từng huyện.", datetime(2025, 4, 26, 20, 41), None),
    2: ("tuyetmai", "Thông báo đăng ký chuyển đổi số đây nhé các HTX:", datetime(2025, 5, 13, 8, 2), "k1"),
    3: ("ut_hondat", "Khóm Tắc Cậu năm nay trúng mùa, giá cũng ổn định hơn năm ngoái.", datetime(2025, 4, 8, 19, 30), None),
    4: ("hoangvu_htx", "Cảm ơn chị Bích, HTX em đang chuẩn bị ký hợp đồng với doanh nghiệp nên rất cần.", datetime(2025, 3, 21, 9, 12), None),
    5: ("tuyetmai", "Chúc mừng Liên minh HTX tỉnh, năm mới nhiều thắng lợi!", datetime(2025, 1, 15, 21, 5), None),
}
FOOT_DESC = "— " + DESC
BUILT = "Built on Forem — the open source software that powers DEV and other inclusive communities."
LOVE = f"Made with love and Ruby on Rails. {NAME} © 2024 - 2025."
MEMBERS = f"{NAME} is a community of 1,284 amazing thành viên"
FURN = [FOOT_DESC, BUILT, LOVE, MEMBERS, "Skip to content", "Create account", "Log in", "Posted on", "Edited on",
        "Top comments", "Subscribe", "Code of Conduct", "Report abuse",
        "Read next", "More from", "Follow", "Joined", "Location", "Add reaction", "Jump to Comments", "Copy link",
        "Share to X", "Share to LinkedIn", "Share to Facebook", "Share to Mastodon", "Privacy Policy", "Terms of use",
        "Sign in to comment", *[c[1] for c in COMMENTS.values()]]


def parameterize(title: str) -> str:
    s = title.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9\-_]+", "-", s.lower())
    return re.sub(r"-{2,}", "-", s).strip("-").replace("_", "")


def b26(n: int) -> str:
    digits = "0123456789abcdefghijklmnop"
    out = ""
    while n:
        n, r = divmod(n, 26)
        out = digits[r] + out
    return out or "0"


def anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9_\-]", "", text.lower().replace(" ", "-"))


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def zstamp(d: datetime) -> str:
    return utc(d).strftime("%Y-%m-%dT%H:%M:%SZ")


def label(d: datetime) -> str:
    u = utc(d)
    return f"{u:%b} {u.day}" if u.year == NOW.year else f"{u:%b} {u.day}, {u.year}"


def time_el(d: datetime) -> str:
    cls = "date-no-year" if utc(d).year == NOW.year else "date"
    return f'<time datetime="{zstamp(d)}" class="{cls}">{label(d)}</time>'


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc đăng ký tham gia Chương trình hỗ trợ HTX chuyển đổi số năm 2025",
          body="""
**LIÊN MINH HTX TỈNH KIÊN GIANG**
Số: 07/TB-LMHTX
Kiên Giang, ngày 09 tháng 5 năm 2025
**THÔNG BÁO**
Về việc đăng ký tham gia Chương trình hỗ trợ HTX chuyển đổi số năm 2025
Thực hiện Kế hoạch số 15/KH-LMHTX ngày 20/02/2025 của Liên minh HTX tỉnh, Liên minh HTX tỉnh thông báo đến các HTX, liên hiệp HTX trên địa bàn tỉnh như sau:
* Đối tượng: HTX đang hoạt động, có báo cáo tài chính năm 2024.
* Nội dung hỗ trợ: phần mềm kế toán, quản lý bán hàng và gian hàng trên sàn thương mại điện tử.
* Hạn đăng ký: trước ngày 30/5/2025 tại Văn phòng Liên minh HTX tỉnh.
Toàn văn thông báo đăng tại [[Cổng thông tin điện tử Liên minh HTX tỉnh|{{base:offsite}}/lmhtx-kiengiang/tb-07-lmhtx/]].
CHỦ TỊCH
Trần Thanh Phong
""", author=None, doc_number="07/TB-LMHTX",
          opts={"user": "vanphong_lmhtx", "org": True, "tags": ["thongbao", "chuyendoiso", "hoptacxa"], "hash": 38211,
                "reactions": 9, "comments": [], "edited": datetime(2025, 5, 13, 9, 5)},
          notes=["notice 'Số: 07/TB-LMHTX' dated 09/5 in the text, posted 'Posted on May 12' (no year: the current one) "
                 "and 'Edited on May 13'; posted under the organization by the office account 'Văn phòng Liên minh "
                 "HTX' (JSON-LD: '@type': 'Person'): author null, the signer ends the text; the full text is only "
                 "linked on the alliance's portal (off-site): no attachment; /vanphong_lmhtx/<slug> (linked from a "
                 "comment on another post) answers 301 to /lmhtxkiengiang/<slug>: an alias"],
          **at(datetime(2025, 5, 12, 14, 30))),
        A(path="", title="Kinh tế tập thể Kiên Giang quý I/2025: số HTX và doanh thu cùng tăng",
          body="""
Theo số liệu của Liên minh HTX tỉnh, quý I/2025 toàn tỉnh có thêm 21 HTX thành lập mới, doanh thu bình quân của HTX tăng gần 9% so với cùng kỳ.
| Chỉ tiêu | Quý I/2024 | Quý I/2025 |
| Số HTX đang hoạt động | 498 | 519 |
| Số thành viên HTX | 31.240 | 32.015 |
| Doanh thu bình quân một HTX (triệu đồng) | 1.120 | 1.218 |
| Số HTX có sản phẩm OCOP | 47 | 55 |
Các HTX nông nghiệp, thủy sản và du lịch cộng đồng tiếp tục là lực lượng chính của khu vực kinh tế tập thể.
""", byline="Theo Báo Kiên Giang", author=None,
          opts={"user": "vanphong_lmhtx", "tags": ["hoptacxa", "solieu"], "hash": 71402, "reactions": 14, "comments": [1, 2]},
          notes=["Markdown table inside div.table-wrapper-paragraph (one line per row); 'Theo Báo Kiên Giang' names a "
                 "newspaper: text, author null; two comments under it (their texts, names and dates are not the "
                 "article's), one linking another post by its author's address"],
          **at(datetime(2025, 4, 25, 9, 0))),
        A(path="", title="Ảnh: HTX khóm Tắc Cậu vào vụ thu hoạch chính",
          body="""
Những ngày đầu tháng 4, hàng trăm ha khóm của các HTX ở huyện Châu Thành bước vào vụ thu hoạch chính, giá bán tại ruộng từ 7.000 đến 8.000 đồng/kg.
[img 8f3a1c2e9b7d4f60.jpg] Thành viên HTX Khóm Tắc Cậu thu hoạch khóm trên ruộng ở xã Vĩnh Hòa Hiệp
[img 2d9e4b1a7c3f5e08.jpg] Khóm được phân loại ngay tại bờ ruộng trước khi chuyển lên ghe
[img c41f7a2b9e6d3058.jpg] Sản phẩm khóm sấy dẻo đạt OCOP 3 sao của HTX được bày bán tại cửa hàng
""", byline="Bài và ảnh: Lâm Thanh Tâm", author="Lâm Thanh Tâm",
          opts={"user": "thanhtam_kg", "tags": ["nongnghiep", "ocop"], "hash": 10529, "reactions": 21, "comments": [3],
                "old_alias": True},
          notes=["posted at 06:20 Vietnam time on 8 April: datetime '2025-04-07T23:20:00Z', the server's label 'Apr 7' "
                 "(UTC, no year), JSON-LD and the feed say 7 April too; photo story, each image and its caption in "
                 "one <p> (<img><br><em>caption</em>); 'Bài và ảnh: Lâm Thanh Tâm' -> author; the reporter's old "
                 "username address /thanhtam/<slug> (linked from /about) answers 301 to /thanhtam_kg/<slug>: an alias"],
          **at(datetime(2025, 4, 8, 6, 20))),
        A(path="", title="Sáu việc HTX cần chuẩn bị khi tham gia chuỗi liên kết lúa gạo",
          body="""
Qua ba năm tham gia liên kết với doanh nghiệp, HTX chúng tôi rút ra sáu việc cần chuẩn bị trước khi ký hợp đồng:
* Thống nhất với thành viên về giống, lịch xuống giống và quy trình canh tác;
* Lập sổ nhật ký đồng ruộng cho từng hộ;
* Tổ chức tổ dịch vụ bơm tưới, phun thuốc và thu hoạch;
* Thỏa thuận rõ giá sàn, cách tính độ ẩm và tạp chất của lúa;
* Chuẩn bị sân phơi hoặc hợp đồng sấy lúa;
* Trích quỹ dự phòng rủi ro khi doanh nghiệp chậm thanh toán.
Làm tốt những việc này, HTX sẽ giữ được uy tín với doanh nghiệp và thành viên yên tâm sản xuất.
""", author="Nguyễn Ngọc Bích",
          opts={"user": "ngocbich_kg", "tags": ["lua", "nongnghiep", "hoptacxa"], "hash": 90217, "reactions": 33, "comments": [4]},
          notes=["six-item list after a line ending with a colon; no byline: the Forem account is a person (Nguyễn Ngọc "
                 "Bích, a cooperative's director) -> author"],
          **at(datetime(2025, 3, 20, 15, 45))),
        A(path="", title="HTX Thuận Tiến nhân rộng mô hình sản xuất lúa giảm phát thải",
          body="""
Vụ Đông Xuân 2024 - 2025, HTX Thuận Tiến (huyện Hòn Đất) áp dụng quy trình sản xuất lúa giảm phát thải trên 320 ha.
## Giảm chi phí, tăng lợi nhuận
Nhờ sạ thưa, bón phân cân đối và tưới ướt khô xen kẽ, chi phí sản xuất giảm khoảng 2,5 triệu đồng mỗi ha, lợi nhuận tăng 15% so với ruộng đối chứng.
Vụ tới, HTX dự kiến mở rộng mô hình lên 500 ha và liên kết bán lúa cho doanh nghiệp xuất khẩu.
""", byline="Trần Văn Hậu - Trung tâm Khuyến nông", author="Trần Văn Hậu",
          opts={"user": "vanphong_lmhtx", "tags": ["lua", "hoptacxa"], "hash": 55180, "reactions": 12, "comments": []},
          notes=["posted by the office account; byline 'Trần Văn Hậu - Trung tâm Khuyến nông' -> author Trần Văn Hậu; "
                 "an <h2> with Forem's empty anchor <a name='gim-chi-ph-tng-li-nhun'>"],
          **at(datetime(2025, 2, 27, 10, 10))),
        A(path="", title="Liên minh HTX tỉnh Kiên Giang tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
          body="""
Sáng 14/1, Liên minh HTX tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
## Kết quả năm 2024
Năm 2024, toàn tỉnh thành lập mới 64 HTX; Quỹ hỗ trợ phát triển HTX giải ngân 14,2 tỷ đồng cho 26 dự án.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung hỗ trợ HTX chuyển đổi số, sản xuất lúa giảm phát thải và phát triển sản phẩm OCOP.
""", byline="Danh Hữu Thắng", author="Danh Hữu Thắng",
          opts={"user": "vanphong_lmhtx", "org": True, "tags": ["hoptacxa", "lienminh"], "hash": 4617, "reactions": 18,
                "comments": [5]},
          notes=["posted under the organization by the office account; the bare name 'Danh Hữu Thắng' closes the text "
                 "(author); two <h2> headings with their anchors"],
          **at(datetime(2025, 1, 15, 16, 0))),
        A(path="", title="HTX Dịch vụ nông nghiệp Vĩnh Phong ký hợp đồng bao tiêu 1.200 tấn lúa vụ Đông Xuân",
          body="""
HTX Dịch vụ nông nghiệp Vĩnh Phong (huyện Vĩnh Thuận) vừa ký hợp đồng bao tiêu 1.200 tấn lúa vụ Đông Xuân 2024 - 2025 với một doanh nghiệp chế biến gạo.
Giá thu mua được tính theo giá thị trường tại thời điểm thu hoạch, cộng thêm 200 đồng/kg cho lúa đạt chuẩn của doanh nghiệp.
""", author=None,
          opts={"user": "vanphong_lmhtx", "tags": ["lua"], "hash": 62733, "reactions": 6, "comments": []},
          notes=["no byline and the office account: author null; last year's post: 'Posted on Dec 18, 2024'"],
          **at(datetime(2024, 12, 18, 8, 30))),
        A(path="", title="Tập huấn kỹ năng bán hàng trực tuyến cho thành viên HTX",
          body="""
Trong hai ngày 18 và 19/11, Liên minh HTX tỉnh phối hợp với Sở Công Thương tập huấn kỹ năng bán hàng trực tuyến cho 70 thành viên HTX.
Học viên được hướng dẫn chụp ảnh sản phẩm, mở gian hàng và livestream bán hàng trên mạng xã hội.
""", byline="Tin: Kim Ngân", author="Kim Ngân",
          opts={"user": "vanphong_lmhtx", "tags": ["hoptacxa"], "hash": 29904, "reactions": 4, "comments": []},
          notes=["oldest post: on no first page of the tag feeds or the home page, only on the crawl pathway "
                 "/t/hoptacxa/page/2 (and its author's profile); 'Tin: Kim Ngân' -> author Kim Ngân"],
          **at(datetime(2024, 11, 20, 9, 15))),
    ]


def render(a: RichArticle) -> str:
    """Forem's Markdown (Redcarpet, hard wraps): heading anchors, wrapped tables, image + caption in one paragraph."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2>\n  <a name="{anchor(b.text)}" href="#{anchor(b.text)}">\n  </a>\n  {esc(b.text)}\n</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            src = f"/uploads/articles/{b.src}"
            out.append(f'<p><a href="{src}" class="article-body-image-wrapper"><img src="{src}" alt="Image description" '
                       f'loading="lazy" width="800" height="533"></a><br>\n<em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<div class="table-wrapper-paragraph"><table>\n<thead>\n<tr>\n' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "\n</tr>\n</thead>\n<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table></div>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kien-giang", NAME + " (Forem)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    ids = {}
    for n, a in enumerate(sorted(posts, key=lambda a: a.date), 1):
        ids[id(a)] = 1400 + n * 37
    for a in posts:
        owner = ORG[0] if a.opts.get("org") else a.opts["user"]
        a.opts["slug"] = f"{parameterize(a.title)}-{b26(a.opts['hash'])}"
        a.opts["id"] = ids[id(a)]
        a.path = f"/{owner}/{a.opts['slug']}"
    by_key = {"k1": posts[0]}

    def uname(u: str) -> str:
        return ORG[1] if u == ORG[0] else USERS[u][0]

    def avatar(u: str, size: int = 90) -> str:
        return f"/uploads/user/profile_image/{u}/{size}.png"

    def reading(a: RichArticle) -> int:
        return max(1, round(len(" ".join(a.text_lines()).split()) / 275))

    def tag_link(t: str, mono: bool = True) -> str:
        return (f'<a class="crayons-tag {"crayons-tag--monochrome " if mono else ""}" href="/t/{t}"><span class="crayons-tag__prefix">#</span>{t}</a>')

    # -- page skeleton ------------------------------------------------------------------------
    side_nav = [("/", "🏠", "Home"), ("/tags", "🏷️", "Tags"), ("/faq", "💡", "FAQ"), ("/about", "🤗", "About"),
                ("/contact", "📬", "Contact"), ("/code-of-conduct", "👍", "Code of Conduct"),
                ("/privacy", "🤓", "Privacy Policy"), ("/terms", "👀", "Terms of use")]

    def nav_links() -> str:
        return ('<nav class="mb-4" aria-label="Sidebar navigation"><ul class="default-navigation-links sidebar-navigation-links spec__sidebar-navigation-links">'
                + "".join(f'<li><a href="{h}" class="c-link c-link--block c-link--icon-left"><span class="c-link__icon">{i}</span>{t}</a></li>'
                          for h, i, t in side_nav) + "</ul></nav>")

    def cta_card() -> str:
        return (f'<div class="crayons-card crayons-card--secondary p-4"><h2 class="crayons-subtitle-1 mb-4">{esc(MEMBERS)}</h2>'
                f'<p class="color-base-70 mb-4">{esc(DESC)}</p><div class="grid gap-1">'
                '<a href="/enter?state=new-user" class="c-cta c-cta--branded justify-center" data-no-instant>Create account</a>'
                '<a href="/enter" class="c-link c-link--block justify-center" data-no-instant>Log in</a></div></div>')

    def layout(*, title: str, head: str, body: str, page_class: str, jsonld: dict | None = None) -> str:
        ld = (f'\n<script type="application/ld+json">\n  {json.dumps(jsonld, ensure_ascii=False)}\n</script>' if jsonld else "")
        foot_nav = "".join(f'<li class="footer__nav-link flex items-center"><a href="{h}" class="c-link c-link--branded">{t}</a></li>'
                           for h, _, t in side_nav)
        return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>{esc(title)}</title>
{head}
    <meta name="last-updated" content="2025-05-20 03:00:12 UTC">
    <meta name="user-signed-in" content="false">
    <meta name="head-cached-at" content="1747709412">
    <meta name="environment" content="production">
    <link rel="stylesheet" href="/assets/minimal-9f2c41d7e0a3b6c58e1f4d2a7b9c0e3f.css" media="all" id="main-minimal-stylesheet" />
    <link rel="stylesheet" href="/assets/views-3b8e0d4c1a9f7e2b6c5d0a1f8e3b4c7d.css" media="all" id="secondary-views-stylesheet" />
    <link rel="stylesheet" href="/assets/crayons-7c1e9a3f5b2d8e0c4a6f1b9d3e7c2a5f.css" media="all" id="secondary-crayons-stylesheet" />
    <script src="/assets/base-0e7d3c9a1f5b8e2d4c6a0f3b9e1d7c5a.js" defer="defer"></script>
    <script src="/packs/js/runtime-5a1c9e3f7b2d.js" defer="defer"></script>
    <script src="/packs/js/base-8d2f6b0e4a9c.js" defer="defer"></script>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
    <link rel="icon" type="image/png" href="/uploads/favicon_lmhtx.png">
    <link rel="apple-touch-icon" href="/uploads/logo_lmhtx_192.png">
    <link rel="search" href="{{{{base}}}}/open-search.xml" type="application/opensearchdescription+xml" title="{attr(NAME)}" />
    <meta property="forem:name" content="{attr(NAME)}" />
    <meta property="forem:logo" content="{{{{base}}}}/uploads/logo_lmhtx_512.png" />
  </head>
  <body class="sans-serif-article-body default-header" data-user-status="logged-out" data-community-name="{attr(NAME)}" data-locale="en">
    <div id="body-styles"><style>:root {{ --accent-brand: #0b7a3e; --accent-brand-darker: #08602f; }}</style></div>
    <div id="audiocontent" data-podcast=""></div>
    <header id="topbar" class="crayons-header topbar print-hidden">
      <span id="route-change-target" tabindex="-1"></span>
      <a href="#main-content" class="skip-content-link">Skip to content</a>
      <div class="crayons-header__container">
        <span class="inline-block m:hidden "><button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2" aria-label="Navigation menu"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" role="img" class="crayons-icon"><path d="M3 4h18v2H3V4zm0 7h18v2H3v-2zm0 7h18v2H3v-2z"></path></svg></button></span>
        <a href="/" class="site-logo" aria-label="{attr(NAME)} Home"><img class="site-logo__img" src="/uploads/logo_lmhtx.png" alt="{attr(NAME)}"></a>
        <div class="crayons-header--search js-search-form" id="header-search">
          <form accept-charset="UTF-8" method="get" action="/search" role="search">
            <div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative">
              <input id="search-input" class="crayons-header--search-input crayons-textfield js-search-input" type="text" name="q" placeholder="Search..." autocomplete="off" />
              <button type="submit" aria-label="Search" class="c-btn c-btn--icon-alone absolute inset-px left-auto mt-0 py-0"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" role="img" aria-labelledby="search-title" class="crayons-icon"><title id="search-title">Search</title><path d="M18.031 16.617l4.283 4.282-1.415 1.415-4.282-4.283A8.96 8.96 0 0111 20c-4.968 0-9-4.032-9-9s4.032-9 9-9 9 4.032 9 9a8.96 8.96 0 01-1.969 5.617z"></path></svg></button>
            </div></div>
          </form>
        </div>
        <div class="flex items-center h-100 ml-auto">
          <div class="flex" id="authentication-top-nav-actions">
            <span class="hidden m:block"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span>
            <a href="/enter?state=new-user" data-tracking-id="ca_top_nav" data-tracking-source="top_navbar" class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a>
          </div>
        </div>
      </div>
    </header>
    <div class="hamburger">
      <div class="hamburger__content">
        <header class="hamburger__content__header"><h2 class="fs-l fw-bold flex-1 break-word lh-tight">{esc(NAME)}</h2>
          <button class="c-btn c-btn--icon-alone shrink-0 js-hamburger-trigger" aria-label="Close"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" role="img" class="crayons-icon c-btn__icon"><path d="M12 10.586l4.95-4.95 1.414 1.414-4.95 4.95 4.95 4.95-1.414 1.414-4.95-4.95-4.95 4.95-1.414-1.414 4.95-4.95-4.95-4.95L7.05 5.636l4.95 4.95z"></path></svg></button>
        </header>
        <div class="p-2">{cta_card()}{nav_links()}</div>
      </div>
      <div class="hamburger__overlay js-hamburger-trigger"></div>
    </div>
    <div id="active-broadcast" class="broadcast-wrapper"></div>
<div id="page-content" class="wrapper {page_class}" data-current-page="{page_class}">
  <div id="page-content-inner">
    <div id="page-route-change" class="screen-reader-only" aria-live="polite" aria-atomic="true"></div>
{body}{ld}
  </div>
</div>
    <footer id="footer" class="crayons-footer print-hidden">
      <div id="footer-container" class="crayons-footer__container">
        <p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" aria-label="{attr(NAME)} Home" href="/">{esc(NAME)}</a> {esc(FOOT_DESC)}</p>
        <ul class="footer__nav-links flex justify-center flex-wrap fs-s p-0">{foot_nav}</ul>
        <div class="fs-s">
          <p>Built on <a class="c-link c-link--branded" target="_blank" rel="noopener" href="{{{{base:offsite}}}}/forem/">Forem</a> — the <a target="_blank" rel="noopener" class="c-link c-link--branded" href="{{{{base:offsite}}}}/dev-to/t/opensource">open source</a> software that powers <a target="_blank" rel="noopener" class="c-link c-link--branded" href="{{{{base:offsite}}}}/dev-to/">DEV</a> and other inclusive communities.</p>
          <p>Made with love and <a target="_blank" rel="noopener" class="c-link c-link--branded" href="{{{{base:offsite}}}}/dev-to/t/rails">Ruby on Rails</a>. {esc(NAME)} <span title="copyright">&copy;</span> 2024 - 2025.</p>
        </div>
      </div>
    </footer>
    <div id="snack-zone"></div>
    <div id="global-signup-modal" class="hidden"></div>
  </body>
</html>
"""

    def head_meta(*, canonical: str, desc: str, og_title: str, og_type: str = "website", extra: str = "") -> str:
        return (f'      <link rel="canonical" href="{{{{base}}}}{canonical}" />\n'
                f'      <meta name="description" content="{attr(desc)}">\n'
                f'      <meta property="og:type" content="{og_type}" />\n'
                f'      <meta property="og:url" content="{{{{base}}}}{canonical}" />\n'
                f'      <meta property="og:title" content="{attr(og_title)}" />\n'
                f'      <meta property="og:description" content="{attr(desc)}" />\n'
                f'      <meta property="og:site_name" content="{attr(NAME)}" />\n'
                f'      <meta name="twitter:title" content="{attr(og_title)}">\n'
                f'      <meta name="twitter:description" content="{attr(desc)}">\n'
                '      <meta name="twitter:card" content="summary_large_image">\n'
                '      <meta name="twitter:widgets:new-embed-design" content="on">\n'
                '      <meta name="robots" content="max-snippet:-1, max-image-preview:large, max-video-preview:-1">\n' + extra)

    # -- story cards (home, tags, profiles) -------------------------------------------------
    def story(a: RichArticle, featured: bool = False) -> str:
        u = a.opts["user"]
        sid = a.opts["id"]
        ncom = len(a.opts["comments"])
        org = (f'<a href="/{ORG[0]}" class="crayons-logo crayons-logo--l"><img alt="{attr(ORG[1])} logo" src="{avatar(ORG[0])}" class="crayons-logo__image" loading="lazy" /></a>'
               if a.opts.get("org") else "")
        tag_html = "".join(tag_link(t) for t in a.opts["tags"])
        h = "h2" if featured else "h3"
        return f"""<div class="crayons-story{" crayons-story--featured" if featured else ""}" data-content-user-id="{sid % 97}" data-feed-content-id="{sid}">
  <a href="{a.path}" aria-labelledby="article-link-{sid}" class="crayons-story__hidden-navigation-link">{esc(a.title)}</a>
  <div role="presentation">
    <div class="crayons-story__body">
      <div class="crayons-story__top">
        <div class="crayons-story__meta">
          <div class="crayons-story__author-pic">{org}<a href="/{u}" class="crayons-avatar {"crayons-avatar--s absolute -right-2 -bottom-2 border-solid border-2 border-base-inverted" if org else "crayons-avatar--l"}"><img src="{avatar(u)}" alt="{u} profile" class="crayons-avatar__image" loading="lazy" /></a></div>
          <div>
            <div class="profile-preview-card relative mb-4 s:mb-0 fw-medium hidden m:inline-block"><button id="story-author-preview-trigger-{sid}" aria-controls="story-author-preview-content-{sid}" class="profile-preview-card__trigger fs-s p-1 -ml-1 -my-2 crayons-btn crayons-btn--ghost" aria-label="{attr(uname(u))} profile details">{esc(uname(u))}</button></div>
            {f'<span class="color-base-60"> for <a href="/{ORG[0]}" class="crayons-story__secondary fw-medium">{esc(ORG[1])}</a></span>' if org else ""}
            <a href="{a.path}" class="crayons-story__tertiary fs-xs"><time datetime="{zstamp(a.date)}">{label(a.date)}</time></a>
          </div>
        </div>
      </div>
      <div class="crayons-story__indention">
        <{h} class="crayons-story__title">
          <a href="{a.path}" id="article-link-{sid}">
            {esc(a.title)}
          </a>
        </{h}>
        <div class="crayons-story__tags">{tag_html}</div>
        <div class="crayons-story__bottom">
          <div class="crayons-story__details">
            <a href="{a.path}" class="crayons-btn crayons-btn--s crayons-btn--ghost crayons-btn--icon-left" data-reaction-count data-reactable-id="{sid}">
              <div class="multiple_reactions_aggregate"><span class="multiple_reactions_icons_container" dir="rtl"><span class="crayons_icon_container"><img src="/assets/sparkle-heart-5f9bee3767e18deb1bb725290cb151c25234768a0e9a2bd39370c382d02920cf.svg" width="18" height="18" /></span></span><span class="aggregate_reactions_counter">{a.opts["reactions"]}<span class="hidden s:inline">&nbsp;reactions</span></span></div>
            </a>
            <a href="{a.path}#comments" class="crayons-btn crayons-btn--s crayons-btn--ghost crayons-btn--icon-left flex items-center" aria-label="Comments for post {attr(a.title)} ({ncom})">{ncom}<span class="hidden s:inline">&nbsp;{"comment" if ncom == 1 else "comments"}</span></a>
          </div>
          <div class="crayons-story__save">
            <small class="crayons-story__tertiary fs-xs mr-2">{reading(a)} min read</small>
            <button type="button" id="article-save-button-{sid}" class="c-btn c-btn--icon-alone bookmark-button" data-reactable-id="{sid}" aria-label="Save post {attr(a.title)} to reading list" title="Save post {attr(a.title)} to reading list"><span class="bm-initial">Save</span></button>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>"""

    # -- articles ---------------------------------------------------------------------------
    def comment_html(cid: int) -> str:
        u, text, when, link = COMMENTS[cid]
        code = b26(cid * 7919 + 1000)
        extra = ""
        if link:
            tgt = by_key[link]
            alias = f"/{tgt.opts['user']}/{tgt.opts['slug']}"
            extra = f'</p>\n<p><a href="{alias}">{{{{base}}}}{alias}</a>'
        return f"""<details class="comment-wrapper js-comment-wrapper comment-wrapper--deep-0 " open>
  <summary aria-label="Toggle this comment (and replies)" data-tracking-name="expand_comment_toggle"><span class="inline-block align-middle"></span></summary>
  <div id="comment-node-{cid}" class="comment single-comment-node root comment--deep-0" data-comment-id="{cid}" data-path="/{u}/comment/{code}" data-testid="comment-node">
    <div class="comment__inner">
      <a href="/{u}" class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4 m:mt-3"><img class="crayons-avatar__image" width="32" height="32" src="{avatar(u, 50)}" alt="{u} profile image" loading="lazy" /></a>
      <div class="inner-comment comment__details">
        <div class="comment__content crayons-card">
          <div class="comment__header">
            <a href="/{u}" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden">{esc(USERS[u][0])}</a>
            <div class="profile-preview-card relative mb-4 s:mb-0 fw-medium hidden m:inline-block"><button id="comment-profile-preview-trigger-{cid}" class="profile-preview-card__trigger p-1 -my-1 -ml-1 crayons-btn crayons-btn--ghost" aria-label="{attr(USERS[u][0])} profile details">{esc(USERS[u][0])}</button></div>
            <span class="color-base-30 px-2 m:pl-0" role="presentation">&bull;</span>
            <a href="/{u}/comment/{code}" class="comment-date crayons-link crayons-link--secondary fs-s">{time_el(when)}</a>
          </div>
          <div class="comment__body text-styles text-styles--secondary body"><p>{esc(text)}{extra}</p></div>
        </div>
        <footer class="comment__footer">
          <button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s mr-1 reaction-like inline-flex reaction-button" id="button-for-comment-{cid}" data-comment-id="{cid}" aria-label="Like comment: {attr(text[:40])}" aria-pressed="false"><span class="reactions-count" id="reactions-count-{cid}">1</span><span class="reactions-label hidden m:inline-block">&nbsp;like</span></button>
          <a class="js actions crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form mr-1 inline-flex" href="#/{u}/comment/{code}" data-comment-id="{cid}" rel="nofollow"><span class="hidden m:inline-block">Reply</span></a>
        </footer>
      </div>
    </div>
  </div>
</details>"""

    def actions(a: RichArticle) -> str:
        ncom = len(a.opts["comments"])
        reacts = "".join(f'<button id="reaction-butt-{k}" aria-label="{t}" aria-pressed="false" class="crayons-reaction crayons-tooltip__activator relative pt-2 pr-2 pb-1 pl-2" data-category="{k}">'
                         f'<span class="crayons-reaction__icon crayons-reaction__icon--inactive"><img src="/assets/{k}-9c1e4b2a.svg" width="24" height="24" alt="{t}"></span>'
                         f'<span class="crayons-reaction__count" id="reaction-number-{k}">{n}</span><span data-testid="tooltip" class="crayons-tooltip__content">{t}</span></button>'
                         for k, t, n in [("like", "Like", a.opts["reactions"] - 2), ("unicorn", "Unicorn", 1), ("fire", "Fire", 1)])
        return f"""<div class="crayons-article-actions print-hidden">
  <div class="crayons-article-actions__inner">
    <div class="reaction-drawer__outer">
      <button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger" aria-pressed="false" class="crayons-reaction pseudo-reaction crayons-tooltip__activator relative">
        <span class="crayons-reaction__count" id="reaction_total_count"><span class="js-reactions-count" data-count="{a.opts["reactions"]}">{a.opts["reactions"]}</span></span>
        <span data-testid="tooltip" class="crayons-tooltip__content">Add reaction</span>
      </button>
      <div class="reaction-drawer" aria-label="reaction-drawer"><div class="reaction-drawer__container" role="menu">{reacts}</div></div>
    </div>
    <button id="reaction-butt-comment" aria-label="Jump to Comments" aria-pressed="false" class="crayons-reaction crayons-reaction--comment crayons-tooltip__activator relative" data-category="comment">
      <span class="crayons-reaction__count" id="reaction-number-comment" data-count="{ncom}">{ncom}</span>
      <span data-testid="tooltip" class="crayons-tooltip__content">Jump to Comments</span>
    </button>
    <button id="reaction-butt-readinglist" aria-label="Add to reading list" aria-pressed="false" class="crayons-reaction crayons-reaction--readinglist crayons-tooltip__activator relative" data-category="readinglist">
      <span class="crayons-reaction__count" id="reaction-number-readinglist">{a.opts["reactions"] // 3}</span>
      <span data-testid="tooltip" class="crayons-tooltip__content">Save</span>
    </button>
    <div class="align-center m:relative">
      <button id="article-show-more-button" aria-controls="article-show-more-dropdown" aria-expanded="false" aria-haspopup="true" class="dropbtn crayons-btn crayons-btn--ghost-dimmed crayons-btn--icon-rounded" aria-label="Share post options"></button>
      <div id="article-show-more-dropdown" class="crayons-dropdown side-bar left-2 right-2 m:right-auto m:left-100 s:left-auto mb-1 m:mb-0 top-unset bottom-100 m:top-0 m:bottom-unset">
        <div>
          <clipboard-copy for="copy-post-url-input"><button id="copy-post-url-button" class="flex justify-between crayons-link crayons-link--block w-100 bg-transparent border-0"><span class="fw-bold">Copy link</span></button></clipboard-copy>
          <div id="article-copy-link-announcer" aria-live="polite" class="crayons-notice crayons-notice--success my-2 p-1" hidden>Copied to Clipboard</div>
          <a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="{{{{base:offsite}}}}/twitter/intent/tweet">Share to X</a>
          <a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="{{{{base:offsite}}}}/linkedin/shareArticle">Share to LinkedIn</a>
          <a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="{{{{base:offsite}}}}/facebook/sharer.php">Share to Facebook</a>
          <a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="{{{{base:offsite}}}}/mastodon/share">Share to Mastodon</a>
        </div>
        <a href="/report-abuse" class="crayons-link crayons-link--block font-normal">Report Abuse</a>
      </div>
    </div>
  </div>
</div>"""

    def sticky(a: RichArticle) -> str:
        u = a.opts["user"]
        name, summary, loc, work, joined = USERS[u]
        meta = []
        if loc:
            meta.append(f'<li><div class="key">Location</div><div class="value">{esc(loc)}</div></li>')
        if work:
            meta.append(f'<li><div class="key">Work</div><div class="value">{esc(work)}</div></li>')
        meta.append(f'<li><div class="key">Joined</div><div class="value">{time_el(joined)}</div></li>')
        more = [o for o in posts if o is not a and o.opts["user"] == u][:3]
        more_html = ""
        if more:
            more_html = (f'<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from '
                         f'<a href="/{u}" class="crayons-link">{esc(name)}</a></h3></header><div>'
                         + "".join(f'<a href="{o.path}" class="crayons-link crayons-link--contentful">{esc(o.title)}<div class="crayons-article-sticky__tags">'
                                   + "".join(f'<span class="crayons-tag crayons-tag--monochrome"><span class="crayons-tag__prefix">#</span>{t}</span>' for t in o.opts["tags"])
                                   + "</div></a>" for o in more) + "</div></div>")
        return (f'<div class="crayons-article-sticky grid gap-4 break-word" id="article-show-primary-sticky-nav">'
                f'<div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid" style="border-top-color: #0b7a3e;">'
                f'<div class="-mt-4"><a href="/{u}" class="flex"><span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="{avatar(u)}" class="crayons-avatar__image" alt="" loading="lazy" /></span>'
                f'<span class="crayons-link crayons-subtitle-2 mt-5">{esc(name)}</span></a></div>'
                f'<div class="print-hidden"><button name="button" type="button" data-info=\'{{"id":{sum(map(ord, u)) % 1000},"className":"User","style":"full"}}\' class="crayons-btn follow-action-button whitespace-nowrap follow-user w-100" aria-label="Follow user: {attr(name)}" aria-pressed="false">Follow</button></div>'
                + (f'<div class="color-base-70">{esc(summary)}</div>' if summary else "")
                + f'<div class="user-metadata-details"><ul class="user-metadata-details-inner">{"".join(meta)}</ul></div></div>{more_html}</div>')

    for a in posts:
        u = a.opts["user"]
        sid = a.opts["id"]
        name = USERS[u][0]
        ncom = len(a.opts["comments"])
        org = a.opts.get("org")
        desc = " ".join(inline_text(x) for x in a.text_lines())[:150]
        posted = f"Posted on {time_el(a.date)}"
        if a.opts.get("edited"):
            posted += f' <span class="color-base-30">&bull;</span> <em>Edited on {time_el(a.opts["edited"])}</em>'
        org_line = (f'<a href="/{ORG[0]}" class="flex items-center mb-4 fs-l fw-medium crayons-link"><span class="crayons-logo crayons-logo--l mr-3">'
                    f'<img src="{avatar(ORG[0], 50)}" class="crayons-logo__image" alt="{attr(ORG[1])} profile image"></span>{esc(ORG[1])}</a>') if org else ""
        comments = "\n".join(comment_html(c) for c in a.opts["comments"])
        suggested = [o for o in posts if o is not a][:4]
        read_next = ('<section class="crayons-card crayons-card--secondary text-padding mb-4 print-hidden"><h2 class="crayons-subtitle-1 mb-4">Read next</h2>'
                     + "".join(f'<a href="{o.path}" class="crayons-link flex items-center mb-4"><span class="crayons-avatar crayons-avatar--l mr-4 shrink-0">'
                               f'<img src="{avatar(o.opts["user"])}" class="crayons-avatar__image" alt="" loading="lazy" /></span><div>'
                               f'<h3 class="fs-l mb-1 fw-bold">{esc(o.title)}</h3><p class="fs-s color-base-60">{esc(uname(o.opts["user"]))} - {time_el(o.date)}</p></div></a>'
                               for o in suggested) + "</section>")
        main = f"""    <main id="main-content">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
  <aside class="crayons-layout__sidebar-left" aria-label="Article actions">
{actions(a)}
  </aside>
  <main class="crayons-layout__content grid gap-4">
    <div class="article-wrapper">
      <article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="{sid}" data-article-slug="{a.opts["slug"]}" data-author-id="{sid % 97}" data-author-name="{attr(name)}" data-author-username="{u}" data-path="{a.path}" data-published="true" data-published-at="{zstamp(a.date)}">
        <header class="crayons-article__header" id="main-title">
          <div class="crayons-article__header__meta">
            {org_line}
            <div class="flex s:items-start flex-col s:flex-row">
              <div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div>
              <div class="flex flex-1 mb-5 items-start">
                <div class="relative"><a href="/{u}"><img class="radius-full align-middle" src="{avatar(u, 50)}" width="40" height="40" alt="{attr(name)}"></a></div>
                <div class="pl-3 flex-1">
                  <a href="/{u}" class="crayons-link fw-bold">{esc(name)}</a>
                  <p class="fs-xs color-base-60">{posted}</p>
                </div>
              </div>
            </div>
            <h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">
              {esc(a.title)}
            </h1>
            <div class="spec__tags flex flex-wrap">{"".join(tag_link(t) for t in a.opts["tags"])}</div>
          </div>
        </header>
        <div class="crayons-article__main ">
          <div class="crayons-article__body text-styles spec__body" data-article-id="{sid}" id="article-body">
{render(a)}
          </div>
        </div>
        <section id="comments" data-follow-button-container="true" data-updated-at="2025-05-20 03:00:12 UTC" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
          <header class="relative flex justify-between items-center mb-6">
            <div class="flex items-center"><h2 class="crayons-subtitle-1">Top comments (<span class="js-comments-count" data-comments-count="{ncom}">{ncom}</span>)</h2></div>
            <div id="comment-subscription" class="print-hidden"><div class="crayons-btn-group"><span class="crayons-btn crayons-btn--outlined">Subscribe</span></div></div>
          </header>
          <div id="comments-container" data-testid="comments-container" data-commentable-id="{sid}" data-commentable-type="Article">
            <form class="comment-form pt-4 relative" id="new_comment" action="/comments" accept-charset="UTF-8" method="post">
              <span class="crayons-avatar m:crayons-avatar--l mr-2 shrink-0"><img src="/uploads/user/profile_image/default.png" width="32" height="32" alt="pic" class="crayons-avatar__image overflow-hidden" loading="lazy" /></span>
              <div class="comment-form__inner"><div class="comment-form__field"><textarea placeholder="Add to the discussion" aria-label="Add a comment to the discussion" name="comment[body_markdown]" id="text-area" class="crayons-textfield comment-textarea crayons-textfield--ghost" data-tracking-name="comment_form_textfield"></textarea></div>
              <div class="comment-form__buttons mb-4 whitespace-nowrap"><a href="/enter" class="crayons-btn mr-2" data-no-instant>Sign in to comment</a></div></div>
            </form>
            <div class="comments" id="comment-trees-container">
{comments}
            </div>
          </div>
          <div class="text-center fs-s color-base-60 mt-4"><a href="/code-of-conduct" class="crayons-link crayons-link--secondary">Code of Conduct</a> &bull; <a href="/report-abuse" class="crayons-link crayons-link--secondary">Report abuse</a></div>
        </section>
      </article>
      {read_next}
    </div>
  </main>
  <aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation">
{sticky(a)}
  </aside>
</div>
    </main>"""
        head = head_meta(canonical=a.path, desc=desc, og_title=a.title, og_type="article",
                         extra=f'      <meta name="keywords" content="{", ".join(a.opts["tags"])}, hợp tác xã, kinh tế tập thể">\n'
                               f'      <meta name="twitter:creator" content="@{u}">\n'
                               f'      <meta property="og:image" content="{{{{base}}}}/images/{a.opts["slug"]}.png" />\n')
        person_url = f"{{{{base}}}}/{u}"
        ld = {"@context": "http://schema.org", "@type": "Article",
              "mainEntityOfPage": {"@type": "WebPage", "@id": f"{{{{base}}}}{a.path}"}, "url": f"{{{{base}}}}{a.path}",
              "image": [f"{{{{base}}}}/images/{a.opts['slug']}.png"],
              "publisher": {"@context": "http://schema.org", "@type": "Organization", "name": NAME,
                            "logo": {"@context": "http://schema.org", "@type": "ImageObject", "url": "{{base}}/uploads/logo_lmhtx_192.png",
                                     "width": "192", "height": "192"}},
              "headline": a.title,
              "author": {"@context": "http://schema.org", "@type": "Person", "url": person_url, "name": name},
              "datePublished": zstamp(a.date),
              "dateModified": zstamp(a.opts["edited"]) if a.opts.get("edited") else zstamp(a.date)}
        site.page(a.path, layout(title=f"{a.title} - {NAME}", head=head, body=main, page_class="stories stories-show articles-show",
                                 jsonld=ld), content_type=HTML)
        site.binary(f"/images/{a.opts['slug']}.png", image_for(a.opts["slug"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/articles/{b.src}", image_for(b.src))
        site.add_article(a)

    # comment permalinks /<user>/comment/<code>: Forem's single-comment view
    for a in posts:
        for cid in a.opts["comments"]:
            u = COMMENTS[cid][0]
            path = f"/{u}/comment/{b26(cid * 7919 + 1000)}"
            body = (f'    <main id="main-content"><div class="crayons-layout crayons-layout--limited-l"><div class="crayons-card text-padding">'
                    f'<h1 class="crayons-title mb-4">Discussion on: <a href="{a.path}">{esc(a.title)}</a></h1>'
                    f'<div class="comments" id="comment-trees-container">\n{comment_html(cid)}\n</div>'
                    f'<a href="{a.path}#comments" class="crayons-btn crayons-btn--secondary">View full discussion ({len(a.opts["comments"])} comments)</a>'
                    '</div></div></main>')
            site.page(path, layout(title=f"Discussion on: {a.title} - {NAME}", head=head_meta(canonical=path, desc=COMMENTS[cid][1],
                                                                                            og_title=f"Discussion on: {a.title}"),
                                   body=body, page_class="comments comments-index"), content_type=HTML)
            site.non_articles.append(path)
    site.trap("comment permalinks /<user>/comment/<code> ('Discussion on: <title>' linking the post, the one comment): "
              "not articles", f"/{COMMENTS[1][0]}/comment/{b26(1 * 7919 + 1000)}")

    k1 = posts[0]
    user_path = f"/{k1.opts['user']}/{k1.opts['slug']}"
    site.redirect(user_path, k1.path)
    k1.aliases.append(user_path)
    k3 = next(a for a in posts if a.opts.get("old_alias"))
    old_path = f"/{OLD_USERNAME[k3.opts['user']]}/{k3.opts['slug']}"
    site.redirect(old_path, k3.path)
    k3.aliases.append(old_path)

    # -- lists: home, /latest, tags, profiles -----------------------------------------------
    def feed_page(path: str, title: str, stories: list, *, header: str = "", canonical: str | None = None,
                  next_page: str | None = None, desc: str = DESC, page_class: str = "stories stories-index") -> None:
        cards = "\n".join(story(a, featured=(k == 0 and not header)) for k, a in enumerate(stories))
        nxt = (f'\n      <nav class="crayons-paginate flex justify-center my-4" aria-label="Pagination"><a href="{next_page}" rel="next" '
               f'class="crayons-btn crayons-btn--outlined">Next page</a></nav>' if next_page else "")
        body = f"""    <main id="main-content">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--3-cols--drop-right-left">
  <div id="sidebar-wrapper-left" class="crayons-layout__sidebar-left">{cta_card()}{nav_links()}</div>
  <div class="articles-list crayons-layout__content" id="main-content-inner">
    {header}
    <div class="substories" id="substories">
{cards}
    </div>{nxt}
    <div class="loading-articles" id="loading-articles">loading...</div>
  </div>
</div>
    </main>"""
        head = head_meta(canonical=canonical or path, desc=desc, og_title=title)
        if path in ("/", "/latest"):
            head += f'      <link rel="alternate" type="application/rss+xml" title="{attr(NAME)} RSS Feed" href="{{{{base}}}}/feed" />\n'
        site.page(path, layout(title=title, head=head, body=body, page_class=page_class), content_type=None if path == "/" else HTML)
        site.non_articles.append(path)

    tabs = ('<header class="flex items-center p-2 m:p-0 m:pb-2"><nav class="crayons-tabs" aria-label="View posts by">'
            '<a href="/" class="crayons-tabs__item">Relevant</a><a href="/latest" class="crayons-tabs__item">Latest</a></nav></header>')
    feed_page("/", NAME, posts[:6])
    feed_page("/latest", f"{NAME} (Latest)", posts[:6], header=tabs)
    tag_names = list(TAGS)
    per_tag = 5
    for t in tag_names:
        tagged = [a for a in posts if t in a.opts["tags"]]
        pages = [tagged[i:i + per_tag] for i in range(0, len(tagged), per_tag)]
        for n, chunk in enumerate(pages, 1):
            path = f"/t/{t}" if n == 1 else f"/t/{t}/page/{n}"
            header = (f'<header class="tag-header crayons-card branded-4 relative" style="border-top-color: #0b7a3e"><div class="tag-header__title flex justify-between items-center mb-2 s:mb-4">'
                      f'<div class="inline-flex items-center"><h1 class="crayons-title"><span class="crayons-tag__prefix">#</span>{t}</h1></div>'
                      f'<button id="user-follow-butt" class="crayons-btn crayons-btn--secondary follow-action-button" data-info=\'{{"id":{tag_names.index(t) + 11},"className":"Tag"}}\'>&nbsp;</button></div>'
                      f'<p>{esc(TAGS[t])}</p></header>'
                      '<div class="crayons-notice w-100">👋 <a href="/enter?state=new-user">Sign in</a> for the ability sort posts by <strong>top</strong> and <strong>latest</strong>.</div>')
            nxt = f"/t/{t}/page/{n + 1}" if n < len(pages) else None
            feed_page(path, f"{t.capitalize()} - {NAME}", chunk, header=header, next_page=nxt, desc=f"{t} content on {NAME}",
                      page_class="stories stories-index tag-index")
    site.trap("tag pages /t/<tag> (5 a page) and their crawl pathway /t/hoptacxa/page/2 ('Next page', rel=next; "
              "canonical /t/<tag>/page/2): story cards with the title, author, a UTC <time> label, tags, reactions, "
              "comments and 'min read'; the home page / and /latest hold the 6 newest", "/t/hoptacxa/page/2")

    def profile(u: str, name: str, summary: str, stories: list, meta: list[tuple[str, str]], is_org: bool = False) -> None:
        items = "".join(f'<li class="profile-header__meta__item"><span class="fs-s">{k}</span> {v}</li>' for k, v in meta)
        header = (f'<header class="profile-header crayons-card mt-2"><div class="relative profile-header__top"><span class="crayons-avatar crayons-avatar--3xl">'
                  f'<img src="{avatar(u, 128)}" width="128" height="128" alt="{attr(name)} profile picture" class="crayons-avatar__image"></span>'
                  f'<div class="profile-header__actions"><button class="crayons-btn whitespace-nowrap follow-action-button" data-info=\'{{"className":"{"Organization" if is_org else "User"}"}}\'>Follow</button></div></div>'
                  f'<div class="profile-header__details"><h1 class="crayons-title fw-heavy mb-2">{esc(name)}</h1>'
                  + (f'<p class="fs-base profile-header__bio m:fs-l color-base-90 mb-4 mx-auto max-w-100 m:max-w-75">{esc(summary)}</p>' if summary else "")
                  + f'<ul class="profile-header__meta">{items}</ul></div></header>'
                  f'<div class="crayons-card crayons-card--secondary p-4"><p>{len(stories)} posts published</p></div>')
        feed_page(f"/{u}", f"{name} - {NAME}", stories, header=header, page_class="stories stories-index user-profile")

    for u, (name, summary, loc, work, joined) in USERS.items():
        meta = ([("Location", esc(loc))] if loc else []) + [("Joined on", time_el(joined))]
        profile(u, name, summary, [a for a in posts if a.opts["user"] == u], meta)
    profile(ORG[0], ORG[1], ORG[2], [a for a in posts if a.opts.get("org")], [("Location", "Rạch Giá, Kiên Giang")], is_org=True)
    site.trap("user and organization profiles /<name> (an h1 with the name, 'Joined on <time>', their posts as cards): "
              "not articles; each post links its author's profile, org posts the organization too", "/vanphong_lmhtx")

    # -- Forem pages ------------------------------------------------------------------------
    def forem_page(path: str, title: str, html: str) -> None:
        body = (f'    <main id="main-content"><div class="crayons-layout crayons-layout--limited-l"><div class="crayons-card text-styles text-padding">'
                f'<h1 class="fs-3xl s:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-6">{esc(title)}</h1>\n{html}\n</div></div></main>')
        site.page(path, layout(title=f"{title} - {NAME}", head=head_meta(canonical=path, desc=title, og_title=title), body=body,
                               page_class="pages pages-show"), content_type=HTML)
        site.non_articles.append(path)

    forem_page("/about", "Giới thiệu Cộng đồng HTX Kiên Giang",
               f"<p>{esc(NAME)} do Liên minh Hợp tác xã tỉnh Kiên Giang lập ra năm 2024 để các HTX, tổ hợp tác và cán bộ "
               "phong trào chia sẻ kinh nghiệm, hỏi đáp và kết nối thị trường.</p>\n<p>Mọi thành viên đều có thể viết bài; "
               "bài của Văn phòng Liên minh HTX tỉnh được đăng dưới tên tổ chức.</p>\n"
               f'<p>Bài viết được nhiều người đọc: <a href="{old_path}">{esc(k3.title)}</a></p>')
    forem_page("/contact", "Contacts", f"<p>{esc(NAME)} would love to hear from you!</p>\n<p>Email: "
               '<a href="mailto:congdong@lmhtxkiengiang.vn">congdong@lmhtxkiengiang.vn</a> 😁</p>')
    forem_page("/faq", "Frequently Asked Questions", "<p>Làm sao để viết bài? Đăng nhập, bấm Create Post và viết bằng Markdown.</p>")
    forem_page("/code-of-conduct", "Code of Conduct", "<p>All participants are required to abide by our Code of Conduct.</p>")
    forem_page("/privacy", "Privacy Policy", "<p>Chúng tôi chỉ lưu địa chỉ email và thông tin hồ sơ bạn tự khai.</p>")
    forem_page("/terms", "Web Site Terms and Conditions of Use", "<p>By accessing this web site, you are agreeing to be bound by these terms.</p>")
    forem_page("/report-abuse", "Report Abuse", "<p>Thank you for reporting any abuse that violates our code of conduct.</p>")
    forem_page("/tags", "Tags", "<ul>" + "".join(f'<li><a href="/t/{t}">#{t}</a> {esc(d)}</li>' for t, d in TAGS.items()) + "</ul>")
    forem_page("/enter", f"Welcome to {NAME}", f"<p>{esc(NAME)} is a community of 1,284 amazing thành viên</p>"
               '<form action="/users/sign_in" method="post"><label>Email</label><input type="email" name="user[email]">'
               '<label>Password</label><input type="password" name="user[password]"><button type="submit">Log in</button></form>')
    site.trap("Forem pages (/about, which links a post by the reporter's old username, /contact, /faq, /code-of-conduct, "
              "/privacy, /terms, /report-abuse, /tags) and /enter (log in): not articles", "/about")

    def rfc(d: datetime) -> str:
        return format_datetime(utc(d)).replace("-0000", "+0000")

    items = "".join(f"<item><title>{esc(a.title)}</title><dc:creator>{esc(USERS[a.opts['user']][0])}</dc:creator>"
                    f"<pubDate>{rfc(a.date)}</pubDate><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
                    f"<description>{esc(render(a))}</description>" + "".join(f"<category>{t}</category>" for t in a.opts["tags"])
                    + "</item>" for a in posts[:6])
    site.page("/feed", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
              f'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{esc(NAME)}</title><description>The most recent home '
              f'feed on {esc(NAME)}.</description><link>{{{{base}}}}</link><atom:link rel="self" type="application/rss+xml" '
              f'href="{{{{base}}}}/feed"/><language>en</language>{items}</channel></rss>\n', content_type="application/rss+xml; charset=utf-8")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{(utc(a.opts.get('edited') or a.date) + timedelta(hours=1)).strftime('%Y-%m-%dT%H:%M:%SZ')}</lastmod>"
                   "<changefreq>daily</changefreq><priority>0.8</priority></url>" for a in posts)
    site.page("/sitemap-posts.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              f"{urls}</urlset>\n", content_type="application/xml; charset=utf-8")
    site.page("/sitemap-users.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}/{u}</loc></url>" for u in [*USERS, ORG[0]]) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.page("/sitemap-tags.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}/t/{t}</loc></url>" for t in TAGS) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.page("/sitemap-index.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<sitemap><loc>{{{{base}}}}/{n}</loc></sitemap>" for n in ("sitemap-posts.xml", "sitemap-users.xml", "sitemap-tags.xml"))
              + "</sitemapindex>\n", content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /users/auth/twitter*\nDisallow: /users/auth/github*\n"
                "Disallow: /report-abuse?url=*\nDisallow: /connect/@*\nDisallow: /search?q=*\nDisallow: /search/?q=*\n"
                "Disallow: /search/feed_content?*\nDisallow: /listings*?q=*\nDisallow: /mod/*\nDisallow: /mod?*\n"
                "Disallow: /admin/*\n\nSitemap: {{base}}/sitemap-index.xml")
    site.trap("RSS /feed (the 6 newest, pubDate '+0000', dc:creator = the account's name), robots.txt naming "
              "/sitemap-index.xml (posts, users, tags sitemaps; the posts' lastmod is an update time)", "/feed")
    site.page("/open-search.xml", f'<?xml version="1.0" encoding="UTF-8"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"><ShortName>{esc(NAME)}</ShortName></OpenSearchDescription>',
              content_type="application/opensearchdescription+xml")
    for u in [*USERS, ORG[0]]:
        for size in (50, 90, 128):
            site.binary(avatar(u, size), image_for(f"{u}{size}"))
    for name in ("favicon_lmhtx.png", "logo_lmhtx_192.png", "logo_lmhtx_512.png", "logo_lmhtx.png", "user/profile_image/default.png"):
        site.binary(f"/uploads/{name}", image_for(name))
    site.binary("/assets/sparkle-heart-5f9bee3767e18deb1bb725290cb151c25234768a0e9a2bd39370c382d02920cf.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    for k in ("like", "unicorn", "fire"):
        site.binary(f"/assets/{k}-9c1e4b2a.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    fill_assets(site, ("/assets/", "/packs/", "/uploads/", "/images/"))
    return site


def fill_assets(site: SiteBuild, prefixes: tuple[str, ...]) -> None:
    """Files the pages' <link>, <img> and <script> point at (icons, preloads, theme assets): small stand-ins."""
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            bare = link.split("?")[0]
            if bare.startswith(prefixes) and not site._exists(link):
                site.binary(bare, image_for(bare) if bare.endswith((".png", ".ico", ".jpg", ".svg")) else b"/* asset */\n")
