"""Site `wiki-htxninhthuan` (registry family `generic`): "Wiki Liên minh HTX Ninh Thuận", the wiki of the Ninh Thuận
cooperative alliance (the province merged into Khánh Hòa on 1 July 2025) on **XWiki 15.10** (Debian package, the
Flamingo skin with the Iceberg colour theme, the wiki in Vietnamese) with the **Blog application 9.x** for the news.
Written as a held-out test: no family module, no selectors.

URL shapes: a blog post `/xwiki/bin/view/Blog/<Page name>` where the page name is the title the editor typed in the
"Tạo một bài mới" box, with "." and ":" removed (Vietnamese, spaces as %20: `Ảnh: …` becomes the page `Ảnh …`); the
Blog home `/xwiki/bin/view/Blog/` with `?page=2&ipp=4` ("« Bài viết cũ hơn"); categories `/xwiki/bin/view/Blog/<Cat>`
(`?page=2&ipp=4`); the viewers of every page `?viewer=comments|attachments|history|information|children`, the print
preview `?xpage=print`; attachments `/xwiki/bin/download/Blog/<Page>/<file>?rev=1.1`; the feeds
`/xwiki/bin/view/Blog/GlobalBlogRss?xpage=plain` and `/xwiki/bin/view/Main/WebRss?xpage=rdf` (RSS 1.0 / RDF); wiki pages
`/xwiki/bin/view/Main/`, nested pages `/xwiki/bin/view/Gi%E1%BB%9Bi%20thi%E1%BB%87u/`; user profiles
`/xwiki/bin/view/XWiki/<login>` and every login/edit URL are robots-disallowed.

Why it is hard: the `<h1>` is the document title (`#document-title`), and under it `div.xdocLastModification` says
"Sửa đổi lần cuối bởi <a>X</a> vào 2025/05/28 08:05" — the LAST EDIT, not the publication. The post itself never
prints a time: the Blog's "calendar sheet" `h2.blogdate` says `thg 5 27 2025` (Java's Vietnamese short month, then
day, then year); the footer says "Đăng bởi <creator's full name> · Những danh mục: … · Permalink · Những bình luận
(2)" — the account that created the page (a person, or the office account "Văn phòng Liên minh HTX": no author);
`<meta name="author">` (XWikiPreferences' default meta block) names the LAST EDITOR. The Blog home and the categories
show every post without a summary IN FULL (the Blog's `useSummary` falls back to the whole content), with the same
calendar sheets. The RSS 1.0 feed prints `dc:date` with Joda's `hh` (12-hour clock, no AM/PM) in the JVM's zone (UTC),
and links every post with `?language=vi`. Every `?viewer=…` page keeps the title, the last-modification line and the
canonical link of the post but shows comments, attachments, history or information instead of the text.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "wiki-htxninhthuan"
NAME = "Wiki Liên minh HTX Ninh Thuận"
HTML = "text/html; charset=UTF-8"
V = "/xwiki/bin/view"
VERSION = "XWiki Debian 15.10.11"
CACHE = "cache-version=1718093542000"
USERS = {"VanPhongLM": "Văn phòng Liên minh HTX", "thuha": "Phạm Thị Thu Hà", "Admin": "Quản trị viên"}
CATS = {"TinHoatDong": "Tin hoạt động", "VanBan": "Văn bản", "MoHinhHTX": "Mô hình HTX"}
IPP = 4
LICENCE = "© 2025 Liên minh Hợp tác xã tỉnh Ninh Thuận – Số 72 đường 16 tháng 4, thành phố Phan Rang - Tháp Chàm"
MODIFIED = "Sửa đổi lần cuối bởi"
FURN = [LICENCE, VERSION, "Recent Blog Posts", "Blog Categories", "Đăng bởi", "Những danh mục:", "Permalink",
        "Những bình luận", MODIFIED, "Đăng nhập", "Xem trước bản in", "Tệp đính kèm", "Lịch sử", "Trang con",
        "Thông tin", "Bỏ qua đến nội dung chính", "Tìm kiếm"]
SHORT_MONTHS = {m: f"thg {m}" for m in range(1, 13)}


def page_name(title: str) -> str:
    return re.sub(r"[.:]", "", title)


def hid(text: str) -> str:
    """XWiki's generated heading id: H + letters, non-ASCII as their UTF-8 bytes in hex."""
    out = []
    for ch in text:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif not ch.isspace() and not (ch.isascii() and not ch.isalnum()):
            out.append(ch.encode("utf-8").hex().upper())
    return "H" + "".join(out)


def xdate(d: datetime) -> str:
    return d.strftime("%Y/%m/%d %H:%M")


def articles() -> list[RichArticle]:
    A = RichArticle

    def day(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo về việc tổ chức Hội chợ sản phẩm HTX tỉnh Ninh Thuận năm 2025",
          body="""
LIÊN MINH HTX TỈNH NINH THUẬN
Số: 07/TB-LMHTX
Ninh Thuận, ngày 02 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm HTX tỉnh Ninh Thuận năm 2025
Thực hiện Kế hoạch công tác năm 2025, Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX tỉnh Ninh Thuận năm 2025 như sau:
- Thời gian: từ ngày 20 đến ngày 24/6/2025.
- Địa điểm: Quảng trường 16 tháng 4, thành phố Phan Rang - Tháp Chàm.
- Quy mô: 120 gian hàng của các HTX, tổ hợp tác và doanh nghiệp nhỏ trong tỉnh.
Các HTX có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 12/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Hồng Nhung
""", author=None, doc_number="07/TB-LMHTX",
          opts={"creator": "VanPhongLM", "editor": "VanPhongLM", "cats": ["VanBan"], "version": "1.1",
                "extract": "Liên minh HTX tỉnh thông báo tổ chức Hội chợ sản phẩm HTX năm 2025 tại Quảng trường 16 "
                           "tháng 4, từ ngày 20 đến 24/6/2025.",
                "file": ("TB-07-LMHTX-hoi-cho-2025.pdf", "Tải Thông báo số 07/TB-LMHTX (PDF)"), "comments": []},
          notes=["notice 'Số: 07/TB-LMHTX' dated 02/6 in the text; the calendar sheet h2.blogdate 'thg 6 04 2025' "
                 "(no time on the page): published 2025-06-04; the signer is text; created by the office account "
                 "'Văn phòng Liên minh HTX' (Đăng bởi): author null; the wiki attachment link 'Tải Thông báo số "
                 "07/TB-LMHTX (PDF)' (span.wikiattachmentlink, /xwiki/bin/download/…?rev=1.1): an attachment; has a "
                 "summary, so the lists show the summary and a '...' link"],
          **day(datetime(2025, 6, 4, 9, 30))),
        A(path="", title="Kinh tế tập thể Ninh Thuận 5 tháng đầu năm 2025: thành lập mới 21 HTX",
          body="""
Theo số liệu của Liên minh HTX tỉnh, 5 tháng đầu năm 2025 toàn tỉnh thành lập mới 21 HTX, nâng tổng số HTX đang hoạt động lên 268 HTX.
| Lĩnh vực | Số HTX | Thành lập mới 5 tháng | Số thành viên |
| Nông nghiệp | 176 | 14 | 9.842 |
| Diêm nghiệp | 12 | 1 | 1.106 |
| Thủy sản | 18 | 2 | 735 |
| Công nghiệp - Tiểu thủ công nghiệp | 27 | 1 | 614 |
| Thương mại - Dịch vụ | 35 | 3 | 1.289 |
Doanh thu bình quân của một HTX đạt khoảng 2,1 tỷ đồng, tăng 8% so với cùng kỳ năm 2024.
Các HTX nông nghiệp tiếp tục là lực lượng chủ yếu trong liên kết sản xuất nho, táo, măng tây theo chuỗi giá trị.
""", byline="Theo Báo Ninh Thuận", author=None,
          opts={"creator": "VanPhongLM", "editor": "Admin", "modified": datetime(2025, 5, 28, 8, 5),
                "cats": ["TinHoatDong"], "version": "1.2", "comments": []},
          notes=["title with a colon: the page name drops it (…/Blog/Kinh%20t%E1%BA%BF…n%C4%83m%202025%20th%C3%A0nh…); "
                 "an XWiki table (th scope=col), one line per row; 'Theo Báo Ninh Thuận' names a newspaper: author "
                 "null; 'Sửa đổi lần cuối bởi Quản trị viên vào 2025/05/28 08:05' and <meta name=author> 'Quản trị "
                 "viên' (the last editor) are not the author nor the date"],
          **day(datetime(2025, 5, 27, 15, 20))),
        A(path="", title="Ảnh: Mùa thu hoạch nho của HTX Nông nghiệp Thái An",
          body="""
Tháng 5, các thành viên HTX Nông nghiệp Thái An (huyện Ninh Hải) bước vào vụ thu hoạch nho đỏ lớn nhất trong năm.
[img nho-thai-an-1.jpg] Thành viên HTX thu hoạch nho đỏ tại vườn ở thôn Thái An
[img nho-thai-an-2.jpg] Nho được phân loại, đóng thùng ngay tại điểm thu mua của HTX
[img nho-thai-an-3.jpg] Du khách tham quan, trải nghiệm hái nho tại vườn của thành viên HTX
Năm nay, HTX dự kiến thu hoạch khoảng 300 tấn nho, giá bán bình quân 25.000 đồng/kg.
""", byline="Bài và ảnh: Hoàng Minh Tuấn", author="Hoàng Minh Tuấn",
          opts={"creator": "thuha", "editor": "thuha", "cats": ["MoHinhHTX"], "version": "1.1",
                "comments": [("Trần Văn Bình", datetime(2025, 5, 13, 7, 22),
                              "Nho Thái An năm nay ngọt và đẹp quá, HTX có bán qua mạng không?")]},
          notes=["title 'Ảnh: …' but the page name 'Ảnh Mùa thu hoạch…' (no colon); three <figure> photos with "
                 "<figcaption> captions (the lines); 'Bài và ảnh: Hoàng Minh Tuấn' -> author, while 'Đăng bởi' names the "
                 "poster Phạm Thị Thu Hà; one comment, only on ?viewer=comments"],
          **day(datetime(2025, 5, 12, 8, 0))),
        A(path="", title="Sáu nhóm giải pháp phát triển HTX nông nghiệp gắn với chuỗi giá trị",
          body="""
Tại hội thảo ngày 16/4, Liên minh HTX tỉnh đề xuất sáu nhóm giải pháp phát triển HTX nông nghiệp gắn với chuỗi giá trị:
+ Rà soát, củng cố tổ chức và nâng cao năng lực quản trị của HTX;
+ Liên kết với doanh nghiệp tiêu thụ nho, táo, măng tây theo hợp đồng;
+ Xây dựng vùng nguyên liệu đạt chuẩn VietGAP và hữu cơ;
+ Hỗ trợ HTX xây dựng nhãn hiệu, mã vùng trồng và truy xuất nguồn gốc;
+ Ưu tiên nguồn vốn Quỹ hỗ trợ phát triển HTX cho các dự án liên kết;
+ Đẩy mạnh chuyển đổi số trong quản lý và bán hàng.
Các giải pháp sẽ được cụ thể hóa trong kế hoạch hỗ trợ HTX giai đoạn 2025 - 2027.
""", author="Phạm Thị Thu Hà",
          opts={"creator": "thuha", "editor": "thuha", "cats": ["TinHoatDong"], "version": "1.1", "comments": [],
                "extract": "Liên minh HTX tỉnh đề xuất sáu nhóm giải pháp giúp HTX nông nghiệp tham gia sâu hơn vào "
                           "chuỗi giá trị nông sản."},
          notes=["published at 22:50 (the page shows no time): the feed's dc:date '2025-04-17T03:50:00+00:00' is "
                 "Joda's 12-hour 'hh' in UTC (really 15:50 UTC); a six-item <ol>; no byline: 'Đăng bởi Phạm Thị Thu "
                 "Hà' (a person's account) is the author"],
          **day(datetime(2025, 4, 17, 22, 50))),
        A(path="", title="HTX Dịch vụ nông nghiệp Phước Hậu ứng dụng tưới nhỏ giọt cho vườn táo",
          body="""
HTX Dịch vụ nông nghiệp Phước Hậu (huyện Ninh Phước) vừa hoàn thành lắp đặt hệ thống tưới nhỏ giọt cho 35 ha táo của 62 hộ thành viên.
Hệ thống giúp tiết kiệm khoảng 40% lượng nước tưới và giảm một nửa công lao động so với tưới rãnh truyền thống.
## Hiệu quả bước đầu
Năng suất táo ở các vườn tưới nhỏ giọt đạt 38 tấn/ha, cao hơn khoảng 15% so với trước.
HTX dự kiến mở rộng mô hình thêm 20 ha trong năm 2025.
""", byline="Lê Văn Quý - Trung tâm Khuyến nông tỉnh", author="Lê Văn Quý",
          opts={"creator": "VanPhongLM", "editor": "VanPhongLM", "cats": ["MoHinhHTX"], "version": "1.1",
                "comments": []},
          notes=["published at 06:15 on 18/3: the UTC feed says '2025-03-17T11:15:00+00:00' (the previous day, "
                 "12-hour clock); byline 'Lê Văn Quý - Trung tâm Khuyến nông tỉnh' -> Lê Văn Quý; a wiki heading "
                 "(h2.wikigeneratedid); on page 2 of the Blog home, page 1 of its category"],
          **day(datetime(2025, 3, 18, 6, 15))),
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho 80 cán bộ HTX",
          body="""
Trong hai ngày 19 và 20/2, Liên minh HTX tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức lớp tập huấn chuyển đổi số cho 80 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên các sàn thương mại điện tử.
Kết thúc lớp học, 25 HTX đăng ký tham gia chương trình hỗ trợ đưa sản phẩm lên sàn năm 2025.
""", byline="Đặng Thị Ngọc Ánh", author="Đặng Thị Ngọc Ánh",
          opts={"creator": "thuha", "editor": "thuha", "cats": ["TinHoatDong"], "version": "1.1", "comments": []},
          notes=["the bare name 'Đặng Thị Ngọc Ánh' closes the text (the writer: author), the page was created by "
                 "Phạm Thị Thu Hà ('Đăng bởi'); on page 2 of the Blog home (page 1 of its category)"],
          **day(datetime(2025, 2, 20, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh Ninh Thuận tổng kết công tác năm 2024",
          body="""
**Sáng 9/1, Liên minh HTX tỉnh Ninh Thuận tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.**
Năm 2024, toàn tỉnh thành lập mới 38 HTX; doanh thu bình quân của HTX đạt 1,9 tỷ đồng/năm.
Liên minh HTX tỉnh đã tư vấn, hỗ trợ 45 HTX xây dựng phương án sản xuất kinh doanh, giải ngân 6,5 tỷ đồng vốn vay ưu đãi.
## Nhiệm vụ năm 2025
Phấn đấu thành lập mới 40 HTX, có thêm 10 sản phẩm OCOP của HTX đạt từ 3 sao trở lên.
""", author=None,
          opts={"creator": "VanPhongLM", "editor": "VanPhongLM", "cats": ["TinHoatDong"], "version": "1.1",
                "comments": [("Nguyễn Văn Hòa", datetime(2025, 1, 11, 8, 15),
                              "Chúc mừng Liên minh HTX tỉnh với kết quả năm 2024. Mong năm 2025 có thêm nhiều lớp "
                              "tập huấn cho HTX ở huyện Bác Ái."),
                             ("Lê Thị Kim Oanh", datetime(2025, 1, 12, 19, 40),
                              "Xin hỏi thủ tục vay vốn Quỹ hỗ trợ phát triển HTX năm 2025 như thế nào?")]},
          notes=["no byline, created by the office account: author null; two comments (dated 11/01 and 12/01) only "
                 "on ?viewer=comments, the post shows 'Những bình luận (2)'"],
          **day(datetime(2025, 1, 10, 10, 30))),
        A(path="", title="HTX Diêm nghiệp Tri Hải có sản phẩm muối đạt OCOP 3 sao",
          body="""
Sản phẩm muối sạch Tri Hải của HTX Diêm nghiệp Tri Hải (huyện Ninh Hải) vừa được UBND tỉnh công nhận đạt chuẩn OCOP 3 sao.
[img muoi-tri-hai.jpg] Thành viên HTX thu hoạch muối trên cánh đồng Tri Hải
HTX hiện có 96 thành viên với 45 ha ruộng muối, sản lượng bình quân 9.000 tấn/năm.
""", byline="Bài, ảnh: Trần Quốc Việt", author="Trần Quốc Việt",
          opts={"creator": "thuha", "editor": "thuha", "cats": ["TinHoatDong"], "version": "1.1", "comments": []},
          notes=["oldest post: only on page 2 of the Blog home (?page=2&ipp=4) and of 'Tin hoạt động' (and in the "
                 "feed); 'Bài, ảnh: Trần Quốc Việt' -> author"],
          **day(datetime(2024, 11, 26, 9, 0))),
    ]


def dl_url(name: str, file: str) -> str:
    return f"/xwiki/bin/download/Blog/{quote(name, safe='')}/{file}?rev=1.1"


def body_html(a: RichArticle) -> str:
    out = []
    name = a.opts["name"]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{hid(b.text)}" class="wikigeneratedid"><span>{esc(b.text)}</span></h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image" data-xwiki-image-style-alignment="center"><img src="{dl_url(name, b.src)}" '
                       f'alt="{attr(b.src)}" width="720" data-xwiki-image-style-alignment="center"/>'
                       f"<figcaption>{esc(b.text)}</figcaption></figure>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table><tbody><tr>" + "\n".join(f'<th scope="col">{esc(c)}</th>' for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    if a.opts.get("file"):
        file, text = a.opts["file"]
        out.append(f'<p><span class="wikiattachmentlink"><a href="{dl_url(name, file)}">{esc(text)}</a></span></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-thuan", NAME + " (XWiki)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["name"] = page_name(a.title)
        a.opts.setdefault("modified", a.date)
        a.path = f"{V}/Blog/{quote(a.opts['name'], safe='')}"
    by_cat = {c: [a for a in posts if c in a.opts["cats"]] for c in CATS}
    never: set[str] = set()

    def user_link(login: str) -> str:
        return (f'<span class="wikilink"><a href="{V}/XWiki/{login}">{esc(USERS[login])}</a></span>')

    def guarded(path: str) -> None:
        """A page a guest may not see (login form): robots-disallowed, never fetched."""
        if path in never:
            return
        never.add(path)
        site.page(path, layout("Đăng nhập", "Đăng nhập", "/xwiki/bin/login/XWiki/XWikiLogin", "XWiki", "XWikiLogin",
                               '<form id="loginForm" action="/xwiki/bin/loginsubmit/XWiki/XWikiLogin" method="post">'
                               '<label for="j_username">Tên đăng nhập</label><input type="text" id="j_username" name="j_username"/>'
                               '<label for="j_password">Mật khẩu</label><input type="password" id="j_password" name="j_password"/>'
                               '<input type="submit" class="btn btn-primary" value="Đăng nhập"/></form>',
                               panels=False, menu=False), content_type=HTML)
        site.never_fetched.append(path)

    recent = "".join(f'<li><span class="wikilink"><a href="{a.path}">{esc(a.title)}</a></span></li>' for a in posts[:5])
    cat_panel = "".join(f'<li><span class="wikilink"><a href="{V}/Blog/{c}">{esc(n)}</a></span> <span class="itemCount">'
                        f'({len(by_cat[c])})</span></li>' for c, n in CATS.items())
    panels_html = (
        '<div id="rightPanels" class="panels right panel-width-Medium">'
        '<div class="panel expanded PanelsRecentPostsPanel"><h2 class="xwikipaneltitle">Recent Blog Posts</h2>'
        f'<div class="xwikipanelcontents"><ul class="blog-recent-posts">{recent}</ul></div></div>'
        '<div class="panel expanded PanelsCategoriesPanel"><h2 class="xwikipaneltitle">Blog Categories</h2>'
        f'<div class="xwikipanelcontents"><ul class="blog-categories-list">{cat_panel}</ul></div></div></div>')

    def layout(title: str, h1: str, view_url: str, space: str, pname: str, content: str, *, head: str = "",
               panels: bool = True, menu: bool = True, lastmod: str = "", author_meta: str = "Quản trị viên",
               extras: str = "", crumbs: list[tuple[str, str]] | None = None, edit: str | None = None) -> str:
        login = f"/xwiki/bin/login/XWiki/XWikiLogin?xredirect={quote(view_url, safe='')}"
        crumb = "".join(f'<li class="space"><a href="{u}">{esc(t)}</a></li>' for t, u in (crumbs or []))
        edit_link = f'<link rel="alternate" type="application/x-wiki" title="Edit" href="{edit}" />\n' if edit else ""
        more = ""
        if menu:
            more = (f'<nav class="document-menu col-xs-12 col-md-5" aria-label="Trình đơn trang"><div id="contentmenu" '
                    f'class="pull-right actionmenu"><div class="btn-group" id="tmMoreActions"><a class="btn btn-default '
                    f'dropdown-toggle" title="Các hành động thêm" data-toggle="dropdown" role="button"><span class="fa '
                    f'fa-ellipsis-v"></span></a><ul class="dropdown-menu dropdown-menu-right">'
                    f'<li class="dropdown-header">Hành động</li>'
                    f'<li><a href="" id="tmExport" title="Xuất" data-toggle="modal" data-target="#exportModal">Xuất</a></li>'
                    f'<li><a href="{view_url}?xpage=print" id="tmPrintPreview" rel="nofollow">Xem trước bản in</a></li>'
                    f'<li class="divider" role="separator"></li><li class="dropdown-header">Xem</li>'
                    f'<li><a href="{view_url}?viewer=children" id="tmChildren" rel="nofollow">Trang con</a></li>'
                    f'<li><a href="{view_url}?viewer=comments" id="tmComment" rel="nofollow">Bình luận</a></li>'
                    f'<li><a href="{view_url}?viewer=attachments" id="tmAttachments" rel="nofollow">Tệp đính kèm</a></li>'
                    f'<li><a href="{view_url}?viewer=history" id="tmHistory" rel="nofollow">Lịch sử</a></li>'
                    f'<li><a href="{view_url}?viewer=information" id="tmInformation" rel="nofollow">Thông tin</a></li>'
                    "</ul></div></div></nav>")
        right = panels_html if panels else ""
        hide = "" if panels else "hideright"
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi" data-xwiki-paged-media="paper" data-xwiki-reference="xwiki:{attr(space)}.{attr(pname)}" data-xwiki-document="{attr(space)}.{attr(pname)}" data-xwiki-wiki="xwiki" data-xwiki-space="{attr(space)}" data-xwiki-page="{attr(pname)}" data-xwiki-isnew="false" data-xwiki-locale="" data-xwiki-form-token="hQm2sV0qJ8XqP1aN3wZcYA">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>{esc(title)} - {NAME}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="/xwiki/resources/icons/xwiki/favicon16.png?{CACHE}" type="image/png" />
    <link rel="apple-touch-icon" href="/xwiki/resources/icons/xwiki/favicon144.png?{CACHE}" />
    {edit_link}<link rel="canonical" href="{view_url}" />
<meta name="revisit-after" content="7 days" />
<meta name="description" content="{attr(h1)}" />
<meta name="keywords" content="wiki" />
<meta name="rating" content="General" />
<meta name="author" content="{attr(author_meta)}" />
<link rel="alternate" type="application/rss+xml" title="Wiki Feed RSS" href="{V}/Main/WebRss?xpage=rdf" />
<link rel="alternate" type="application/rss+xml" title="Blog RSS Feed" href="{V}/Blog/GlobalBlogRss?xpage=plain" />
{head}<link href="/xwiki/bin/skin/skins/flamingo/style.min.css?{CACHE}&amp;skin=XWiki.DefaultSkin&amp;colorTheme=xwiki%3AFlamingoThemes.Iceberg" rel="stylesheet" type="text/css" media="all" />
<link rel="stylesheet" type="text/css" href="/xwiki/bin/ssx/Blog/BlogStyle?language=vi&amp;docVersion=1.1" />
    <script src="/xwiki/webjars/wiki%3Axwiki/requirejs/2.3.6/require.min.js?r=1" data-wysiwyg="true"></script>
<script src="/xwiki/bin/skin/skins/flamingo/flamingo.min.js?{CACHE}&amp;language=vi" defer="defer"></script>
  </head>
  <body id="body" class="skin-flamingo wiki-xwiki space-{attr(space.replace(' ', '_'))} viewbody hideleft {hide} panel-left-width-Medium panel-right-width-Medium drawer drawer--right">
<div id="xwikimaincontainer">
<div id="xwikimaincontainerinner">
<a class="sr-only sr-only-focusable" href="#xwikicontent">Bỏ qua đến nội dung chính</a>
  <div id="menuview">
    <nav class="navbar navbar-default actionmenu" aria-label="Trình đơn toàn cục">
    <div class="container-fluid">
      <div class="navbar-header">
        <div id="companylogo"><a href="{V}/Main/" title="Trang chủ" rel="home" class="navbar-brand"><img src="/xwiki/bin/download/FlamingoThemes/Iceberg/logo.png?rev=1.1" alt="Wiki Logo"/></a></div>
      </div>
      <div id="xwikimainmenu">
        <ul class="nav navbar-nav navbar-right">
          <li><a class="icon-navbar drawer-toggle" id="tmDrawerActivator" title="Trình đơn"><span class="sr-only">Bật tắt trình đơn</span><span class="fa fa-bars"></span></a></li>
          <li><a href="{login}" id="tmLogin" rel="nofollow"><span class="fa fa-sign-in"></span> Đăng nhập</a></li>
          <li><form class="navbar-form globalsearch globalsearch-close form-inline" id="globalsearch" action="{V}/Main/Search" role="search"><label class="hidden" for="headerglobalsearchinput">Tìm kiếm</label><input type="text" name="text" placeholder="tìm kiếm..." id="headerglobalsearchinput" autocomplete="off"/><button type="submit" class="btn" title="Tìm kiếm"><span class="fa fa-search"></span></button></form></li>
        </ul>
      </div>
    </div>
    </nav>
    <div class="drawer-main drawer-default" id="tmDrawer"><nav class="drawer-nav" aria-label="Ngăn kéo">
      <ul class="drawer-menu">
        <li class="drawer-menu-item drawer-category-header">Trang chủ</li>
        <li class="drawer-menu-item"><a href="{V}/Main/AllDocs" id="tmWikiDocumentIndex"><div class="drawer-menu-item-text">Chỉ mục trang</div></a></li>
        <li class="drawer-menu-item"><a href="{V}/Blog/" id="tmBlog"><div class="drawer-menu-item-text">Blog</div></a></li>
      </ul>
    </nav></div>
  </div>
<div class="content" id="contentcontainer">
<div id="contentcontainerinner">
<div class="leftsidecolumns">
  <div id="contentcolumn">
  <main id="mainContentArea">
  <ol id="hierarchy" class="breadcrumb breadcrumb-expandable"><li class="wiki"><a href="{V}/Main/"><span class="fa fa-home"></span></a></li>{crumb}<li class="active"><a href="{view_url}">{esc(h1)}</a></li></ol>
<div class="xcontent">
<div class="row document-header">
  <section class="document-info col-xs-12 col-md-7" aria-labelledby="document-title">
    <div id="document-title"><h1>{esc(h1)}</h1></div>
{lastmod}  </section>
  {more}
</div>
<hr/>
<div id="xwikicontent" class="clearfix">{content}</div>
</div>
{extras}
  </main>
  </div>
</div>
{right}
<div class="clearfloats"></div>
</div>
</div>
<footer id="footerglobal">
  <div id="xwikilicence">{esc(LICENCE)}</div>
  <div id="xwikiplatformversion"><a href="{{{{base:offsite}}}}/xwiki/">{VERSION}</a></div>
</footer>
</div>
</div>
</body>
</html>
"""

    def lastmod(editor: str, when: datetime) -> str:
        return (f'    <div class="xdocLastModification">\n        {MODIFIED} {user_link(editor)} vào {xdate(when)}\n'
                f"    </div>\n")

    def blogdate(d: datetime) -> str:
        return (f'<h2 id="H{d.month}{d.day:02d}{d.year}" class="blogdate"><span class="month">{SHORT_MONTHS[d.month]}</span> '
                f'<span class="day">{d.day:02d}</span> <span class="year">{d.year}</span></h2>')

    def footer(a: RichArticle) -> str:
        cats = ", ".join(f'<span class="wikilink"><a rel="tag" href="{V}/Blog/{c}">{esc(CATS[c])}</a></span>'
                         for c in a.opts["cats"])
        return (f'<div class="entry-footer"><p class="entry-author-label">Đăng bởi <span class="author vcard">'
                f'{user_link(a.opts["creator"])}</span> <span class="separator">·</span> Những danh mục: {cats} '
                f'<span class="separator">·</span> <span class="wikilink"><a rel="bookmark" href="{a.path}">Permalink</a>'
                f'</span> <span class="separator">·</span> <span class="wikilink"><a href="{a.path}#Comments">Những bình '
                f'luận</a></span> <span class="itemCount">({len(a.opts["comments"])})</span></p></div>')

    def entry(a: RichArticle, single: bool) -> str:
        if single:
            inner = f'<div class="entry-content">{body_html(a)}</div>'
            title = ""
            cls = "hentry single-article"
        else:
            if a.opts.get("extract"):
                summary = (f'<p>{esc(a.opts["extract"])} <span class="wikilink"><a href="{a.path}" '
                           f'title="Đọc các mục nhập đầy đủ">...</a></span></p>')
            else:
                summary = body_html(a)
            inner = f'<div class="entry-summary">{summary}</div>'
            title = (f'<h3 id="{hid(a.title)}" class="entry-title"><span class="wikilink"><a href="{a.path}">{esc(a.title)}'
                     f"</a></span></h3>")
            cls = "hentry"
        return (f'<div class="blogDay">{blogdate(a.date)}<div class="{cls}">{title}{inner}<div class="clearfloats"></div>'
                f"{footer(a)}</div></div>")

    def docextra(view_url: str, a: RichArticle | None) -> str:
        n_comments = len(a.opts["comments"]) if a else 0
        n_files = len(files_of(a)) if a else 0
        tabs = [("Comments", "comments", "Bình luận", n_comments), ("Attachments", "attachments", "Tệp đính kèm", n_files),
                ("History", "history", "Lịch sử", -1), ("Information", "information", "Thông tin", -1)]
        lis = "".join(f'<li id="{k}tab"><a id="{k}link" href="{view_url}?viewer={v}" rel="nofollow">{t}'
                      + (f' <span class="itemCount">({n})</span>' if n >= 0 else "") + "</a></li>" for k, v, t, n in tabs)
        return (f'<aside id="xwikidata" aria-label="Dữ liệu trang"><div id="docextraanchors">'
                + "".join(f'<span id="{k}anchor">&nbsp;</span>' for k, *_ in tabs)
                + f'</div><div id="xwikidatacontents"><div class="floatcontainer" id="docExtraTabs"><ul class="xwikitabbar" '
                  f'id="docExtrasTabsUl">{lis}</ul></div><div id="docextrapanes">'
                + "".join(f'<div id="{k}pane" class="hidden empty"></div>' for k, *_ in tabs) + "</div></div></aside>")

    def files_of(a: RichArticle) -> list[str]:
        out = [b.src for b in a.blocks if b.kind == "img"]
        if a.opts.get("file"):
            out.append(a.opts["file"][0])
        return out

    def viewers(path: str, title: str, space: str, pname: str, lm: str, *, creator: str, editor: str,
                created: datetime, modified: datetime, version: str = "1.1", comments: list = (), files: list = (),
                edit: str | None = None, crumbs: list | None = None, print_page: bool = True,
                printed: str = "") -> None:
        """The pages every wiki page links in its menu and tabs: ?viewer=… (and ?xpage=print)."""
        def viewer(kind: str, inner: str) -> None:
            p = f"{path}?viewer={kind}"
            site.page(p, layout(title, title, path, space, pname, inner, lastmod=lm, author_meta=USERS[editor],
                                crumbs=crumbs, edit=edit), content_type=HTML)
            site.non_articles.append(p)

        items = "".join(
            f'<div id="xwikicomment_{k}" class="xwikicomment"><div class="commentavatar"><img class="avatar" '
            f'src="/xwiki/resources/icons/xwiki/noavatar.png?{CACHE}" alt="{attr(n)}"/></div><div class="commentheader">'
            f'<span class="commentauthor">{esc(n)}</span> <span class="commentsepar">|</span> <span class="commentdate">'
            f'{xdate(d)}</span></div><div class="commentcontent"><p>{esc(t)}</p></div></div>'
            for k, (n, d, t) in enumerate(comments))
        none = "" if comments else '<p class="noitems">Không có bình luận cho trang này</p>'
        viewer("comments", f'<div id="commentscontent" class="xwikiintracontent"><div id="_comments">{items}{none}</div>'
                           '<form action="/xwiki/bin/commentadd/' + path[len(V) + 1:] + '" method="post" '
                           'id="AddComment"><fieldset class="expanded" id="commentform"><legend>Thêm bình luận</legend>'
                           '<label for="commentauthor">Tên của bạn</label><input type="text" id="commentauthor" name="XWiki.'
                           'XWikiComments_author"/><textarea id="XWiki.XWikiComments_comment" rows="5" cols="80" name="'
                           'XWiki.XWikiComments_comment"></textarea><input type="submit" value="Thêm bình luận" class="button"'
                           '/></fieldset></form></div>')
        rows = "".join(f'<tr><td class="name"><a href="{u}">{esc(f)}</a></td><td class="version">1.1</td>'
                       f'<td class="date">{xdate(created)}</td><td class="author">{user_link(creator)}</td></tr>'
                       for f, u in files)
        viewer("attachments", f'<div id="attachmentscontent" class="xwikiintracontent"><table class="attachments-list"><tr>'
                              f'<th>Tên tệp</th><th>Phiên bản</th><th>Ngày</th><th>Tác giả</th></tr>{rows}</table>'
                              + ("" if rows else '<p class="noitems">Không có tệp đính kèm cho trang này</p>') + "</div>")
        versions = [("1.1", creator, created)]
        if version != "1.1":
            versions.insert(0, (version, editor, modified))
        hrows = "".join(f'<tr><td class="version">{v}</td><td class="author">{user_link(u)}</td><td class="date">{xdate(d)}'
                        f"</td></tr>" for v, u, d in versions)
        viewer("history", f'<div id="historycontent" class="xwikiintracontent"><table id="historyTable" class="xwikidatatable">'
                          f"<tr><th>Phiên bản</th><th>Chỉnh sửa bởi</th><th>Ngày</th></tr>{hrows}</table></div>")
        viewer("information", f'<div id="informationcontent" class="xwikiintracontent"><dl><dt>Tạo bởi</dt><dd>'
                              f'{user_link(creator)} vào {xdate(created)}</dd><dt>Sửa lần cuối bởi</dt><dd>'
                              f'{user_link(editor)} vào {xdate(modified)}</dd><dt>Cú pháp</dt><dd>XWiki 2.1'
                              f"</dd><dt>Ngôn ngữ</dt><dd>vi</dd></dl></div>")
        viewer("children", '<div class="xwikiintracontent"><p class="noitems">Trang này không có trang con.</p></div>')
        if print_page:
            p = f"{path}?xpage=print"
            site.page(p, print_layout(title, path, lm, USERS[editor], printed), content_type=HTML)
            site.non_articles.append(p)

    def print_layout(title: str, path: str, lm: str, author_meta: str, content: str) -> str:
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>{esc(title)} - {NAME}</title>
<link rel="canonical" href="{path}" />
<meta name="author" content="{attr(author_meta)}" />
<link href="/xwiki/bin/skin/skins/flamingo/print.min.css?{CACHE}" rel="stylesheet" type="text/css" media="all" /></head>
<body id="body" class="skin-flamingo wiki-xwiki viewbody hidelefthideright">
<div id="xwikimaincontainer"><div id="xwikimaincontainerinner"><div id="printheader"><div class="printHeader">{NAME}</div></div>
<div class="xcontent"><div class="row document-header"><section class="document-info col-xs-12">
<div id="document-title"><h1>{esc(title)}</h1></div>
{lm}</section></div><hr/>
<div id="xwikicontent" class="clearfix">{content}</div></div>
<div id="footerglobal"><div id="xwikilicence">{esc(LICENCE)}</div></div></div></div></body></html>
"""

    blog_crumb = [("Blog", f"{V}/Blog/")]
    for a in posts:
        name = a.opts["name"]
        edit = f"/xwiki/bin/edit/Blog/{quote(name, safe='')}"
        lm = lastmod(a.opts["editor"], a.opts["modified"])
        html = layout(a.title, a.title, a.path, "Blog", name, entry(a, True), lastmod=lm,
                      author_meta=USERS[a.opts["editor"]], extras=docextra(a.path, a), crumbs=blog_crumb, edit=edit)
        site.page(a.path, html, content_type=HTML)
        guarded(edit)
        # the print preview: the same text in the print layout (an alias)
        printed = print_layout(a.title, a.path, lm, USERS[a.opts["editor"]], entry(a, True))
        site.page(f"{a.path}?xpage=print", printed)
        a.aliases.append(f"{a.path}?xpage=print")
        a.aliases.append(f"{a.path}?language=vi")

        viewers(a.path, a.title, "Blog", name, lm, creator=a.opts["creator"], editor=a.opts["editor"],
                created=a.date, modified=a.opts["modified"], version=a.opts["version"], comments=a.opts["comments"],
                files=[(f, dl_url(name, f)) for f in files_of(a)], edit=edit, crumbs=blog_crumb, print_page=False)
        for f in files_of(a):
            site.binary(dl_url(name, f), pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Hoi cho san pham HTX 2025"])
                        if f.endswith(".pdf") else image_for(f))
        if a.opts.get("file"):
            f, text = a.opts["file"]
            a.attachments = [{"path": dl_url(name, f), "text": text}]
        site.add_article(a)
    for login in USERS:
        guarded(f"{V}/XWiki/{login}")
    guarded("/xwiki/bin/login/XWiki/XWikiLogin")
    site.trap("every post links its print preview ?xpage=print (the same text in the print layout, canonical to "
              "the post: an alias) and, in the 'Các hành động thêm' menu and the tabs under the post, "
              "?viewer=comments|attachments|history|information|children: the title and the last-modification line "
              "but comments, files, versions (with their own dates) instead of the text: not articles", f"{posts[0].path}?xpage=print")

    # -- the Blog home and the categories: every post in its calendar sheet, in full when it has no summary
    def post_list(path: str, base: str, title: str, items: list, space: str, pname: str, top: str = "",
                  crumbs: list | None = None) -> None:
        chunks = [items[i:i + IPP] for i in range(0, len(items), IPP)] or [[]]
        for n, chunk in enumerate(chunks):
            links = []
            if n + 1 < len(chunks):
                links.append(f'<span class="prevPage"><strong><span class="wikilink"><a class="button" '
                             f'href="{base}?page={n + 2}&amp;ipp={IPP}">« Bài viết cũ hơn</a></span></strong></span>')
            if n > 0:
                links.append(f'<span class="nextPage"><strong><span class="wikilink"><a class="button" '
                             f'href="{base}?page={n}&amp;ipp={IPP}">Bài viết mới hơn »</a></span></strong></span>')
            paging = (f'<div class="clearfloats"></div><div class="pagingLinks"><p>{" | ".join(links)}</p></div>'
                      if links else "")
            content = (f'{top}<div class="hfeed index">' + "".join(entry(a, False) for a in chunk) + f"</div>{paging}")
            p = path if n == 0 else f"{path}?page={n + 1}&ipp={IPP}"
            lm = lastmod("Admin", datetime(2024, 10, 2, 9, 12))
            site.page(p, layout(title, title, path, space, pname, content, lastmod=lm, extras=docextra(path, None),
                                crumbs=crumbs), content_type=None if p.endswith("/") else HTML)
            site.non_articles.append(p)
            if n == 0:
                viewers(path, title, space, pname, lm, creator="Admin", editor="Admin", created=datetime(2024, 9, 18, 15, 0),
                        modified=datetime(2024, 10, 2, 9, 12), version="1.2", crumbs=crumbs, printed=content)
            else:  # "Bài viết mới hơn »" links page 1 as ?page=1&ipp=4 (the same page as the plain address)
                site.non_articles.append(f"{path}?page=1&ipp={IPP}")

    post_list(f"{V}/Blog/", f"{V}/Blog/", "Tin tức - Sự kiện", posts, "Blog", "WebHome",
              top="<p>Tin tức về hoạt động của Liên minh HTX tỉnh Ninh Thuận và các HTX trên địa bàn tỉnh.</p>")
    for c, n in CATS.items():
        count = len(by_cat[c])
        top = (f'<h4 class="cat-posts-count"><span class="wikilink"><a href="{V}/Blog/CategoryRss?xpage=plain&amp;'
               f'category=Blog.{c}" title="RSS"><span class="fa fa-rss"></span></a></span> {count} posts</h4>')
        post_list(f"{V}/Blog/{c}", f"{V}/Blog/{c}", n, by_cat[c], "Blog", c, top=top, crumbs=blog_crumb)
        site.page(f"{V}/Blog/CategoryRss?xpage=plain&category=Blog.{c}", rss(f"{n}", by_cat[c]),
                  content_type="application/rss+xml; charset=UTF-8")
    site.trap("Blog home /xwiki/bin/view/Blog/ and categories /xwiki/bin/view/Blog/<Cat> (4 a page, '« Bài viết cũ hơn' "
              "-> ?page=2&ipp=4): each post in its calendar sheet (h2.blogdate), h3.entry-title, the WHOLE text when "
              "the post has no summary, the same 'Đăng bởi' footer: listings", f"{V}/Blog/?page=2&ipp={IPP}")

    # -- wiki pages
    hidden = "Dự thảo Kế hoạch hoạt động năm 2025"
    hidden_path = f"{V}/Blog/{quote(hidden, safe='')}"
    home = (f'<h2 id="HChE00E0om1EEBng" class="wikigeneratedid"><span>Chào mừng đến với {NAME}</span></h2>'
            "<p>Wiki là nơi Liên minh Hợp tác xã tỉnh Ninh Thuận chia sẻ tin tức, văn bản và kiến thức về kinh tế tập thể "
            "cho các HTX, tổ hợp tác trên địa bàn tỉnh.</p><ul>"
            f'<li><span class="wikilink"><a href="{V}/Blog/">Tin tức - Sự kiện</a></span></li>'
            f'<li><span class="wikilink"><a href="{V}/Gi%E1%BB%9Bi%20thi%E1%BB%87u/">Giới thiệu</a></span></li>'
            f'<li><span class="wikilink"><a href="{V}/Li%C3%AAn%20h%E1%BB%87/">Liên hệ</a></span></li></ul>'
            f'<p>Văn bản đang lấy ý kiến: <span class="wikilink"><a href="{hidden_path}">{esc(hidden)}</a></span></p>'
            '<h3 id="HTinmE1BB9Bi" class="wikigeneratedid"><span>Tin mới</span></h3><ul>'
            + "".join(f'<li><span class="wikilink"><a href="{a.path}">{esc(a.title)}</a></span></li>' for a in posts[:3])
            + "</ul>")
    lm = lastmod("Admin", datetime(2025, 3, 3, 16, 40))
    site.page(f"{V}/Main/", layout("Trang chủ", NAME, f"{V}/Main/", "Main", "WebHome", home, lastmod=lm,
                                   extras=docextra(f"{V}/Main/", None)))
    site.non_articles.append(f"{V}/Main/")
    viewers(f"{V}/Main/", NAME, "Main", "WebHome", lm, creator="Admin", editor="Admin", created=datetime(2024, 9, 18, 14, 0),
            modified=datetime(2025, 3, 3, 16, 40), version="1.6", printed=home)
    site.error(hidden_path, 401)
    site.trap("the home page links a blog post that was later hidden (Blog's 'hidden': view right restricted to its "
              "creator): a guest gets 401 and the login form", hidden_path)
    for path, title, pname, body in [
        (f"{V}/Gi%E1%BB%9Bi%20thi%E1%BB%87u/", "Giới thiệu", "Giới thiệu",
         "<p>Liên minh Hợp tác xã tỉnh Ninh Thuận là tổ chức chính trị - xã hội và kinh tế, đại diện cho các HTX, liên "
         "hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p><p>Liên minh có chức năng tuyên truyền, tư vấn, hỗ trợ và bảo vệ "
         "quyền lợi hợp pháp của các thành viên.</p>"),
        (f"{V}/Li%C3%AAn%20h%E1%BB%87/", "Liên hệ", "Liên hệ",
         "<p>Văn phòng Liên minh HTX tỉnh Ninh Thuận</p><p>Điện thoại: 0259 3822 475 – Thư điện tử: lmhtx@ninhthuan.gov.vn</p>"),
        (f"{V}/Main/AllDocs", "Chỉ mục trang", "AllDocs",
         '<div class="xwiki-livetable-container"><table id="alldocs" class="xwiki-livetable"><thead><tr><th>Trang</th>'
         '<th>Vị trí</th><th>Ngày</th><th>Tác giả cuối</th></tr></thead><tbody id="alldocs-display"><tr><td colspan="4">'
         "Đang tải...</td></tr></tbody></table></div>"),
    ]:
        space = "Main" if "/Main/" in path else pname
        doc = "WebHome" if path.endswith("/") else pname
        lm = lastmod("Admin", datetime(2024, 9, 20, 10, 0))
        site.page(path, layout(title, title, path, space, doc, body, lastmod=lm, extras=docextra(path, None)),
                  content_type=None if path.endswith("/") and path.isascii() else HTML)
        site.non_articles.append(path)
        viewers(path, title, space, doc, lm, creator="Admin", editor="Admin", created=datetime(2024, 9, 18, 16, 0),
                modified=datetime(2024, 9, 20, 10, 0), version="1.3", printed=body)
    site.trap("wiki pages: home /xwiki/bin/view/Main/, nested pages /xwiki/bin/view/Gi%E1%BB%9Bi%20thi%E1%BB%87u/ and "
              "…/Li%C3%AAn%20h%E1%BB%87/, the page index: the same h1 + 'Sửa đổi lần cuối' layout, not articles; "
              "robots.txt (the XWiki documentation's) disallows the login, edit, comment and profile "
              "(/xwiki/bin/view/XWiki/) URLs: never fetched", f"{V}/Main/")

    # -- feeds (RSS 1.0): dc:date with Joda's 'hh' (12-hour, no AM/PM) in UTC; items link ?language=vi
    site.page(f"{V}/Blog/GlobalBlogRss?xpage=plain", rss(NAME, posts), content_type="application/rss+xml; charset=UTF-8")
    changes = sorted([(a.opts["modified"], a) for a in posts], key=lambda x: x[0], reverse=True)
    items = "".join(f'<item rdf:about="{{{{base}}}}{a.path}?language=vi"><title>{esc(a.title)}</title><link>{{{{base}}}}'
                    f'{a.path}?language=vi</link><dc:date>{(m - timedelta(hours=7)):%Y-%m-%dT%H:%M:%SZ}</dc:date>'
                    f"<dc:creator>{esc(USERS[a.opts['editor']])}</dc:creator></item>" for m, a in changes)
    site.page(f"{V}/Main/WebRss?xpage=rdf",
              '<?xml version="1.0" encoding="UTF-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
              'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
              f'<channel rdf:about="{{{{base}}}}{V}/Main/"><title>{NAME}</title><link>{{{{base}}}}{V}/Main/</link>'
              f"<description>Những thay đổi gần đây</description></channel>{items}</rdf:RDF>",
              content_type="application/rss+xml; charset=UTF-8")
    site.trap("RSS 1.0 feeds (head links): Blog/GlobalBlogRss?xpage=plain and the category feeds give dc:date "
              "'yyyy-MM-ddThh:mm:ss+00:00' (Joda 'hh': 12-hour clock, no AM/PM, JVM zone UTC: the 22:50 post reads "
              "03:50, the 06:15 post the previous day) and link every post with ?language=vi (the same page: an "
              "alias); Main/WebRss?xpage=rdf lists modification dates", f"{V}/Blog/GlobalBlogRss?xpage=plain")
    site.static("/robots.txt", "User-agent: *\nDisallow: /xwiki/bin/attach/\nDisallow: /xwiki/bin/cancel/\n"
                "Disallow: /xwiki/bin/commentadd/\nDisallow: /xwiki/bin/delattachment/\nDisallow: /xwiki/bin/delete/\n"
                "Disallow: /xwiki/bin/edit/\nDisallow: /xwiki/bin/export/\nDisallow: /xwiki/bin/get/\n"
                "Disallow: /xwiki/bin/inline/\nDisallow: /xwiki/bin/login/\nDisallow: /xwiki/bin/loginerror/\n"
                "Disallow: /xwiki/bin/logout/\nDisallow: /xwiki/bin/preview/\nDisallow: /xwiki/bin/register/\n"
                "Disallow: /xwiki/bin/save/\nDisallow: /xwiki/bin/viewrev/\nDisallow: /xwiki/bin/view/XWiki/\n")
    site.redirect("/", f"{V}/Main/", 302)
    site.binary("/xwiki/resources/icons/xwiki/favicon16.png", image_for("favicon16"))
    site.binary("/xwiki/resources/icons/xwiki/favicon144.png", image_for("favicon144"))
    site.binary("/xwiki/resources/icons/xwiki/noavatar.png", image_for("noavatar"))
    site.binary("/xwiki/bin/download/FlamingoThemes/Iceberg/logo.png", image_for("logo"))
    site.static("/xwiki/bin/ssx/Blog/BlogStyle", ".blogdate{float:left}\n")
    return site


def rss(title: str, items: list) -> str:
    def dc(d: datetime) -> str:
        u = d - timedelta(hours=7)
        return u.strftime("%Y-%m-%dT") + f"{(u.hour % 12) or 12:02d}" + u.strftime(":%M:%S") + "+00:00"

    seq = "".join(f'<rdf:li rdf:resource="{{{{base}}}}{a.path}?language=vi" />' for a in items)
    body = "".join(
        f'<item rdf:about="{{{{base}}}}{a.path}?language=vi"><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}?language=vi'
        f'</link><description>{esc(esc(a.opts.get("extract") or a.text_lines()[0]))}</description><dc:subject>'
        f'{esc(", ".join(CATS[c] for c in a.opts["cats"]))}</dc:subject><dc:date>{dc(a.date)}</dc:date><dc:creator>'
        f'{esc(USERS[a.opts["creator"]])}</dc:creator></item>' for a in items)
    return ('<?xml version="1.0" encoding="UTF-8" ?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xwiki="https://xwiki.org">'
            f'<channel rdf:about="{V}/Blog/"><title>{esc(title)}</title><link>{{{{base}}}}{V}/Blog/</link>'
            f"<description>Most recent blog posts in the wiki</description><dc:language>vi</dc:language>"
            f"<items><rdf:Seq>{seq}</rdf:Seq></items></channel>{body}</rdf:RDF>")
