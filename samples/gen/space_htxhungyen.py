"""Site `space-htxhungyen` (registry family `generic`): the public space "LMHTX" of the Hưng Yên cooperative
alliance on **Confluence 7 (Server / Data Center 7.19)** with a community Vietnamese language pack; written as a
held-out test: no family module, no selectors.

Why it is hard: the news are Confluence *blog posts* at `/display/LMHTX/2026/03/12/<Title+With+Plus>` (the title
URL-encoded, spaces as `+`), each also answering at `/pages/viewpage.action?pageId=<n>` (sidebar, labels, search
results), at its tiny link `/x/<code>` (`<link rel="shortlink">`, 301) and with `?focusedCommentId=<n>` (comment
permalinks): one article each. A title with `:` or `?` has no display URL: Confluence links it by pageId only. The page
has two `<h1>`: the site logo `h1#logo` and `h1#title-heading` (`#title-text`); the text is `#main-content.wiki-content`
with Confluence's macros (info/note panels, an expand whose hidden part is text, a server-side table of contents that
repeats the headings, page properties tables, `confluenceTable`s, attachment links `/download/attachments/<pageId>/
<file>?version=1&modificationDate=…&api=v2`). The only visible date is `.page-metadata` "Được tạo bởi <account>, lần
sửa cuối vào 14 thg 3, 2026": the LAST MODIFICATION day, with no time; the blog post's day is in its URL and on the
listings ("đã đăng vào 12 thg 3, 2026"). The account "Quản trị LMHTX" is no author: the byline closing the text is.
Lists: `/pages/viewrecentblogposts.action?key=LMHTX` (`&currentPage=2`) and the month archives `/display/LMHTX/2026/03`
show blog posts IN FULL (the whole text of each, as Confluence does); ordinary space pages (handbook with a children
display macro, its child pages, contact) carry the same metadata line and look like posts but are no news.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote, quote_plus

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, rtf, table_row

SITE = "space-htxhungyen"
KEY = "LMHTX"
SPACE = "Liên minh HTX tỉnh Hưng Yên"
HTML = "text/html; charset=utf-8"
ACCOUNT = "Quản trị LMHTX"
ACCOUNT_USER = "quantri.lmhtx"
HOME_TITLE = "Trang chủ"
VERSION = "7.19.16"
MONTHS_VI = "thg"

FOOTER = ["Powered by Atlassian Confluence 7.19.16", "Báo cáo lỗi", "Tin tức Atlassian",
          "Được in bởi Atlassian Confluence 7.19.16"]
CHROME = ["Không gian", "Tạo", "Đăng nhập", "Bài viết blog", "Cây trang", "Công cụ không gian", "Thu gọn thanh bên",
          "Thích", "Chưa có nhãn", "Viết bình luận...", "Xem lịch sử trang", "Xuất sang Word", "Xuất sang PDF"]
LIKES = "Nguyễn Văn Toàn và 3 người khác thích nội dung này"
COMMENTS = ["Thông tin rất hữu ích cho các HTX, cảm ơn Liên minh!",
            "HTX chúng tôi muốn đăng ký tham gia, xin liên hệ qua số nào ạ?"]


def vdate(d: datetime) -> str:
    """Confluence's medium date in the language pack: '12 thg 3, 2026'."""
    return f"{d.day} {MONTHS_VI} {d.month}, {d.year}"


def display_url(a: Article) -> str | None:
    if a.opts.get("pageid_only"):
        return None
    d = a.date
    return f"/display/{KEY}/{d:%Y/%m/%d}/{quote_plus(a.title, safe='')}"


def page_id_url(a: Article) -> str:
    return f"/pages/viewpage.action?pageId={a.opts['id']}"


def tiny(a: Article) -> str:
    return f"/x/{a.opts['tiny']}"


def link(a: Article) -> str:
    return display_url(a) or page_id_url(a)


def att_url(page_id: int, name: str) -> str:
    return f"/download/attachments/{page_id}/{name}?version=1&modificationDate=1773280512000&api=v2"


def articles() -> list[Article]:
    A = Article

    def url_dated(d: datetime, modified: datetime | None = None) -> dict:
        ev = ["url", "listing"] if modified else ["date-element", "url", "listing"]
        return dict(date=d, published=iso(d, with_time=False), published_source=ev[0], evidence=ev,
                    extra={}, aliases=[])

    return [
        A(path="", title="Hướng dẫn hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX năm 2026",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh hướng dẫn các HTX chuẩn bị hồ sơ vay vốn năm 2026.
Hồ sơ nộp trực tiếp tại Văn phòng Quỹ hoặc qua đường bưu điện trước ngày 31/3/2026.
## Thành phần hồ sơ
* Giấy đề nghị vay vốn theo mẫu;
* Phương án sản xuất kinh doanh có hiệu quả;
* Báo cáo tài chính hai năm gần nhất;
* Giấy tờ về tài sản bảo đảm tiền vay.
Mức cho vay tối đa 2 tỷ đồng đối với mỗi dự án, thời hạn vay đến 5 năm.
HTX có thể tải mẫu giấy đề nghị vay vốn ở cuối bài.
""", byline="Minh Đức", author="Minh Đức",
          attachments=[{"path": att_url(65274188, "Mau-de-nghi-vay-von-2026.doc"),
                        "text": "Mau-de-nghi-vay-von-2026.doc"}],
          opts={"id": 65274188, "tiny": "vIGrA", "modified": datetime(2026, 3, 14), "panel": (1, "note"),
                "expand": (3, "Xem thành phần hồ sơ"), "labels": ["quy-ho-tro", "von-vay"], "comments": True},
          notes=["blog post at /display/LMHTX/2026/03/12/<Title+With+Plus>: the page's only date is .page-metadata 'lần "
                 "sửa cuối vào 14 thg 3, 2026' (a later edit, no time); the post's day 12/03/2026 is in the URL and on "
                 "the listings (midnight); a note panel and an expand macro (its hidden list is text, its control label "
                 "is not); the form under 'Tải về:' (an attachment, not text); two comments below (no text)"],
          **url_dated(datetime(2026, 3, 12), datetime(2026, 3, 14))),
        A(path="", title="Kế hoạch số 15/KH-LMHTX tổ chức Hội chợ sản phẩm HTX tỉnh Hưng Yên năm 2026",
          body="""
| Số hiệu | 15/KH-LMHTX |
| Ngày ban hành | 09/03/2026 |
| Người ký | Phó Chủ tịch Đỗ Văn Hùng |
LIÊN MINH HTX TỈNH HƯNG YÊN
Số: 15/KH-LMHTX
Hưng Yên, ngày 09 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX tỉnh Hưng Yên năm 2026
Hội chợ diễn ra từ ngày 20 đến 24/4/2026 tại Quảng trường Nguyễn Văn Linh, thành phố Hưng Yên, với 150 gian hàng của các HTX trong và ngoài tỉnh.
Các HTX đăng ký gian hàng với Liên minh HTX tỉnh trước ngày 31/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Văn Hùng
""", author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": att_url(65274171, "KH-15-LMHTX.pdf"), "text": "KH-15-LMHTX.pdf"}],
          opts={"id": 65274171, "tiny": "q4GrA", "properties": 3, "labels": ["van-ban", "hoi-cho"]},
          notes=["plan 'Số: 15/KH-LMHTX' dated 09/03 in the text and in a page properties table (three rows: lines of "
                 "the text), posted 2026/03/10 (URL, metadata line, listings); signer last, author null; the PDF "
                 "/download/attachments/<pageId>/KH-15-LMHTX.pdf?version=1&modificationDate=…&api=v2"],
          **url_dated(datetime(2026, 3, 10))),
        A(path="", title="Chủ tịch Liên minh HTX tỉnh: HTX phải làm gì để vươn ra thị trường lớn?",
          lead="Đầu năm 2026, phóng viên trao đổi với ông Nguyễn Văn Thành, Chủ tịch Liên minh HTX tỉnh Hưng Yên.",
          body="""
**Phóng viên: Thưa ông, khó khăn lớn nhất của HTX tỉnh hiện nay là gì?**
Ông Nguyễn Văn Thành: Phần lớn HTX còn nhỏ, thiếu vốn và thiếu người làm thị trường.
**Phóng viên: Liên minh sẽ hỗ trợ HTX thế nào trong năm 2026?**
Ông Nguyễn Văn Thành: Chúng tôi kết nối HTX với các chuỗi siêu thị và sàn thương mại điện tử, đồng thời hỗ trợ xây dựng thương hiệu cho nhãn lồng, gà Đông Tảo.
**Phóng viên: Xin cảm ơn ông!**
""", byline="Thu Trang (thực hiện)", author="Thu Trang",
          opts={"id": 65274150, "tiny": "ZoGrA", "pageid_only": True, "labels": ["phong-van"], "likes": True},
          notes=["interview whose title has ':' and '?': Confluence gives it no /display/ URL, only "
                 "/pages/viewpage.action?pageId=65274150 (canonical); date from the metadata line (never edited: "
                 "'lần sửa cuối vào 24 thg 2, 2026') and the listings; 'Thu Trang (thực hiện)' -> author Thu Trang"],
          date=datetime(2026, 2, 24), published=iso(datetime(2026, 2, 24)), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path="", title="Kết quả phát triển HTX năm 2025 theo lĩnh vực",
          body="""
Năm 2025, toàn tỉnh Hưng Yên thành lập mới 64 HTX, nâng tổng số HTX đang hoạt động lên 1.182 HTX.
| STT | Lĩnh vực | Số HTX | Thành lập mới |
| 1 | Nông nghiệp | 864 | 38 |
| 2 | Công nghiệp - Tiểu thủ công nghiệp | 97 | 9 |
| 3 | Thương mại - Dịch vụ | 142 | 11 |
| 4 | Vận tải | 35 | 2 |
| 5 | Quỹ tín dụng nhân dân | 44 | 4 |
""", byline="Nguồn: Chi cục Thống kê tỉnh Hưng Yên", author=None,
          opts={"id": 65274133, "tiny": "9YGrA", "labels": ["so-lieu"]},
          notes=["a confluenceTable (header row of th.confluenceTh): one line per row, cells between ' | '; 'Nguồn: …' "
                 "is no author"],
          **url_dated(datetime(2026, 1, 22))),
        A(path="", title="Liên minh HTX tỉnh tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
          lead="Ngày 15/1, Liên minh HTX tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2025.",
          body="""
## Kết quả năm 2025
Khu vực kinh tế tập thể tiếp tục phát triển; doanh thu bình quân của HTX đạt 4,2 tỷ đồng, tăng 9% so với năm 2024.
[img tong-ket-2025.png] Quang cảnh hội nghị tổng kết công tác năm 2025
## Nhiệm vụ năm 2026
Liên minh HTX tỉnh tập trung hỗ trợ HTX chuyển đổi số, xây dựng sản phẩm OCOP và mở rộng liên kết chuỗi giá trị.
""", byline="Thu Trang", author="Thu Trang",
          opts={"id": 65274121, "tiny": "uYGrA", "toc": True, "panel": (0, "info"), "labels": ["hoi-nghi", "ocop"],
                "likes": True},
          notes=["a server-side table of contents macro above the text repeats its two headings (no text of its own); "
                 "an info panel holds the first paragraph (text); the lead says 'Ngày 15/1', the post is of 16/01/2026"],
          **url_dated(datetime(2026, 1, 16))),
        A(path="", title="Sáu nhiệm vụ trọng tâm của Liên minh HTX tỉnh năm 2026",
          lead="Năm 2026, Liên minh HTX tỉnh Hưng Yên xác định sáu nhiệm vụ trọng tâm.",
          body="""
* Tuyên truyền Luật HTX năm 2023 và các văn bản hướng dẫn;
* Thành lập mới ít nhất 60 HTX;
* Hỗ trợ 40 HTX chuyển đổi số;
* Giải ngân 25 tỷ đồng vốn vay từ Quỹ hỗ trợ phát triển HTX;
* Xây dựng 12 mô hình HTX liên kết chuỗi giá trị;
* Kiện toàn tổ chức bộ máy sau hợp nhất tỉnh.
""", byline="Minh Đức", author="Minh Đức",
          opts={"id": 65274109, "tiny": "bYGrA", "labels": ["ke-hoach"]},
          notes=["a six-item list; 'Minh Đức' closes the text (author)"],
          **url_dated(datetime(2026, 1, 8))),
        A(path="", title="Ảnh: HTX hoa cây cảnh Văn Giang vào vụ Tết",
          lead="Những ngày cuối năm, các HTX hoa cây cảnh ở Văn Giang tất bật chuẩn bị hàng Tết.",
          body="""
[img van-giang-1.png] Thành viên HTX Hoa cây cảnh Xuân Quan chăm sóc đào thế
[img van-giang-2.png] Quất cảnh được đóng chậu, chờ xuất bán
[img van-giang-3.png] Thương lái các tỉnh về Văn Giang đặt hàng từ đầu tháng Chạp
""", byline="Ảnh: Quang Huy", author="Quang Huy",
          opts={"id": 65274097, "tiny": "TYGrA", "labels": ["anh"]},
          notes=["photo story: three embedded images (confluence-embedded-image), each with a centred italic caption "
                 "paragraph (the text); 'Ảnh: Quang Huy' -> author"],
          **url_dated(datetime(2026, 2, 5))),
        A(path="", title="HTX Nông nghiệp Đông Tảo giữ giống gà quý",
          body="""
HTX Nông nghiệp Đông Tảo (huyện Khoái Châu) duy trì đàn gà giống thuần chủng 3.000 con, cung ứng mỗi năm 15.000 con gà thương phẩm.
Sản phẩm gà Đông Tảo của HTX đạt chứng nhận OCOP 4 sao.
""", byline="Nguồn: Báo Hưng Yên", author=None,
          opts={"id": 65273980, "tiny": "fIGrA", "labels": ["ocop"]},
          notes=["2025 post of the old district ('huyện Khoái Châu'), only on the recent list's page 3 "
                 "(&currentPage=3) and the month archive; 'Nguồn: Báo Hưng Yên' is no author"],
          **url_dated(datetime(2025, 11, 20))),
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho 80 cán bộ HTX",
          lead="Từ ngày 2 đến 4/12, Liên minh HTX tỉnh mở lớp tập huấn chuyển đổi số cho cán bộ quản lý HTX.",
          body="""
Học viên được hướng dẫn sử dụng phần mềm kế toán điện tử, hóa đơn điện tử và bán hàng trên sàn thương mại điện tử.
Kết thúc lớp học, 80 học viên được cấp giấy chứng nhận.
""", byline="Thu Trang", author="Thu Trang",
          opts={"id": 65274012, "tiny": "PIGrA", "labels": ["chuyen-doi-so"]},
          notes=["post of 05/12/2025 on the recent list's page 2; 'Từ ngày 2 đến 4/12' in the lead"],
          **url_dated(datetime(2025, 12, 5))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img_tag(page_id: int, name: str) -> str:
    src = f"/download/attachments/{page_id}/{name}?version=1&modificationDate=1773280512000&api=v2"
    return (f'<span class="confluence-embedded-file-wrapper confluence-embedded-manual-size">'
            f'<img class="confluence-embedded-image" draggable="false" width="600" src="{src}" data-image-src="{src}" '
            f'data-linked-resource-id="{page_id + 7}" data-linked-resource-type="attachment" '
            f'data-linked-resource-default-alias="{name}" data-base-url="{{{{base}}}}" '
            f'data-linked-resource-container-id="{page_id}"></span>')


def anchor(a: Article, text: str) -> str:
    return f"{''.join(c for c in a.title.title() if c.isalnum())[:24]}-{''.join(c for c in text.title() if c.isalnum())}"


def wiki_html(a: Article) -> str:
    """#main-content.wiki-content for a post (lead, blocks, macros, byline)."""
    o = a.opts
    blocks = a.blocks
    parts: list[str] = []
    if o.get("toc"):
        heads = [b.text for b in blocks if b.kind == "h"]
        parts.append('<p><style type="text/css">/*<![CDATA[*/div.rbtoc1773280512 {padding: 0px;}/*]]>*/</style></p>'
                     '<div class="toc-macro rbtoc1773280512"><ul class="toc-indentation">'
                     + "".join(f'<li><a href="#{anchor(a, h)}">{esc(h)}</a></li>' for h in heads) + "</ul></div>")
    if a.lead:
        parts.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    rows: list[list[str]] = []
    props = o.get("properties", 0)
    items: list[str] = []
    for i, b in enumerate([*blocks, None]):
        if b is not None and b.kind == "p" and b.text.startswith("| "):
            rows.append(b.text.strip("| ").split(" | "))
            continue
        if rows:
            if props:
                body = "".join(f'<tr><th class="confluenceTh">{esc(r[0])}</th>\n<td class="confluenceTd">{esc(r[1])}</td></tr>'
                               for r in rows)
                items.append('<div class="plugin-tabmeta-details conf-macro output-block" data-hasbody="true" '
                             'data-macro-name="details"><div class="table-wrap"><table class="confluenceTable"><tbody>'
                             f"{body}</tbody></table></div></div>")
            else:
                head = "".join(f'<th class="confluenceTh">{esc(c)}</th>\n' for c in rows[0])
                body = "".join("<tr>" + "".join(f'<td class="confluenceTd">{esc(c)}</td>\n' for c in r) + "</tr>"
                               for r in rows[1:])
                items.append('<div class="table-wrap"><table class="relative-table wrapped confluenceTable" '
                             f'style="width: 72.0%;"><colgroup><col><col><col><col></colgroup><tbody><tr>{head}</tr>'
                             f"{body}</tbody></table></div>")
            rows = []
        if b is None:
            break
        if b.kind == "p":
            items.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            items.append(f'<h2 id="{anchor(a, b.text)}">{esc(b.text)}</h2>')
        elif b.kind == "ul":
            items.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "img":
            items.append(f'<p style="text-align: center;">{img_tag(o["id"], b.src)}</p>'
                         f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    if "panel" in o:
        k, kind = o["panel"]
        title = ""
        items[k] = (f'<div class="confluence-information-macro confluence-information-macro-{"note" if kind == "note" else "information"} '
                    f'conf-macro output-block" data-hasbody="true" data-macro-name="{kind}">{title}'
                    f'<span class="aui-icon aui-icon-small aui-iconfont-{"warning" if kind == "note" else "info"} '
                    f'confluence-information-macro-icon"></span><div class="confluence-information-macro-body">'
                    f"{items[k]}</div></div>")
    if "expand" in o:
        k, label = o["expand"]
        items[k] = (f'<div id="expander-1{o["id"]}" class="expand-container conf-macro output-block" data-hasbody="true" '
                    f'data-macro-name="expand"><div id="expander-control-1{o["id"]}" class="expand-control" aria-expanded="false">'
                    f'<span class="expand-icon aui-icon aui-icon-small aui-iconfont-chevron-right">&nbsp;</span>'
                    f'<span class="expand-control-text">{esc(label)}</span></div><div id="expander-content-1{o["id"]}" '
                    f'class="expand-content expand-hidden">{items[k]}</div></div>')
    parts += items
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        parts.append(f'<p>Tải về: <a href="{x["path"]}" data-linked-resource-id="{o["id"] + 3}" '
                     f'data-linked-resource-version="1" data-linked-resource-type="attachment" '
                     f'data-linked-resource-default-alias="{attr(x["text"])}" data-nice-type="{"PDF Document" if x["text"].endswith(".pdf") else "Word Document"}" '
                     f'data-linked-resource-content-type="application/octet-stream" '
                     f'data-linked-resource-container-id="{o["id"]}" data-linked-resource-container-version="2">'
                     f'{esc(x["text"])}</a></p>')
    return "".join(parts)


def user_link(name: str = ACCOUNT, user: str = ACCOUNT_USER) -> str:
    return (f'<a href="/display/~{user}" class="url fn confluence-userlink userlink-0" data-username="{user}" '
            f'title="" data-user-hover-bound="true">{esc(name)}</a>')


def metadata(a: Article, created: datetime, modified: datetime | None) -> str:
    m = modified or created
    return ('<div class="page-metadata"><ul><li class="page-metadata-modification-info">'
            f'Được tạo bởi <span class="author">{user_link()}</span>, lần sửa cuối vào '
            f'<a class="last-modified" aria-label="Hiển thị các thay đổi" title="Hiển thị các thay đổi" '
            f'href="/pages/diffpagesbyversion.action?pageId={a.opts["id"]}&amp;selectedPageVersions=2&amp;'
            f'selectedPageVersions=1">{vdate(m)}</a></li></ul></div>')


class Space:
    def __init__(self, site: SiteBuild, posts: list[Article], pages: dict[str, str]):
        self.site = site
        self.posts = posts
        self.pages = pages  # title -> path

    def sidebar(self, blog: bool) -> str:
        if blog:
            groups: dict[tuple[int, int], list[Article]] = {}
            for p in self.posts:
                groups.setdefault((p.date.year, p.date.month), []).append(p)
            tree = "".join(
                f'<li class="blog-month"><a href="/display/{KEY}/{y}/{m:02d}">tháng {m} {y}</a><ul>'
                + "".join(f'<li><a href="{link(p)}">{esc(p.title)}</a></li>' for p in ps) + "</ul></li>"
                for (y, m), ps in groups.items())
            sec = (f'<div class="ia-secondary-header"><h5 class="ia-secondary-header-title blog"><span class="label">'
                   f'{CHROME[3]}</span></h5></div><div class="ia-secondary-content"><ul class="sidebar-blog-tree">{tree}'
                   "</ul></div>")
        else:
            lis = "".join(f'<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span">'
                          f'<a href="{path}">{esc(t)}</a></span></div></li>' for t, path in self.pages.items())
            sec = (f'<div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree"><span class="label">'
                   f'{CHROME[4]}</span></h5></div><div class="ia-secondary-content"><div class="plugin_pagetree '
                   f'conf-macro output-inline"><ul class="plugin_pagetree_children_list '
                   f'plugin_pagetree_children_list_noleftspace">{lis}</ul></div></div>')
        return (f'<div class="ia-splitter-left"><div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info '
                f'tipsy-enabled" data-configure-tooltip="Sửa thông tin không gian"><div class="avatar"><div class="space-logo" '
                f'data-key="{KEY}" data-name="{SPACE}" data-entity-type="confluence.space"><div class="avatar-inner">'
                f'<a href="/display/{KEY}/{quote_plus(HOME_TITLE)}"><img src="/download/attachments/327681/{KEY}.png?version=1'
                f'&amp;modificationDate=1704067200000&amp;api=v2" alt=""></a></div></div></div><div class="space-information-container">'
                f'<div class="name"><a href="/display/{KEY}/{quote_plus(HOME_TITLE)}" title="{SPACE}">{SPACE}</a></div></div></div>'
                f'<div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="false" data-quick-links-state="null">'
                f'<div class="acs-nav-sections"><div class="ia-secondary-container tipsy-enabled" data-tree-type="{"blogs" if blog else "pages"}">'
                f'<ul class="acs-nav-list"><li class="acs-nav-item pages"><a class="acs-nav-item-link" href="/collector/pages.action?key={KEY}">'
                f'<span class="acs-nav-item-label">Trang</span></a></li><li class="acs-nav-item blog"><a class="acs-nav-item-link" '
                f'href="/pages/viewrecentblogposts.action?key={KEY}"><span class="acs-nav-item-label">Blog</span></a></li></ul>'
                f"{sec}</div></div></div></div><div class=\"hidden\"><a href=\"/collector/pages.action?key={KEY}\">{CHROME[5]}</a></div>"
                f'<a class="ia-fixed-sidebar-collapse" href="javascript:void(0)">{CHROME[6]}</a></div></div>')

    def layout(self, title: str, main: str, *, blog: bool, crumbs: list[tuple[str, str]], page_id: int | None = None,
               shortlink: str | None = None, ptype: str = "page") -> str:
        crumb = "".join(f'<li><span><a href="{h}">{esc(t)}</a></span></li>' for t, h in crumbs)
        meta = (f'<meta name="ajs-page-id" content="{page_id}">\n<meta name="ajs-content-type" content="{ptype}">\n'
                f'<meta name="ajs-page-title" content="{attr(title)}">\n' if page_id else "")
        short = f'<link rel="shortlink" href="{shortlink}">\n' if shortlink else ""
        foot = (f'<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby">'
                f'<li class="noprint">Powered by <a href="{{{{base:offsite}}}}/software/confluence" class="hover-footer-link" '
                f'rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">{VERSION}</span></li>'
                f'<li class="print-only">{FOOTER[3]}</li><li class="noprint"><a href="{{{{base:offsite}}}}/help/confluence" '
                f'class="hover-footer-link" rel="nofollow">{FOOTER[1]}</a></li><li class="noprint"><a href="{{{{base:offsite}}}}/company" '
                f'class="hover-footer-link" rel="nofollow">{FOOTER[2]}</a></li></ul><div id="footer-logo">'
                f'<a href="{{{{base:offsite}}}}/" rel="nofollow">Atlassian</a></div></section></div>')
        return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<title>{esc(title)} - {SPACE} - Confluence</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta charset="UTF-8">
<meta id="confluence-context-path" name="confluence-context-path" content="">
<meta id="confluence-base-url" name="confluence-base-url" content="{{{{base}}}}">
<meta name="ajs-space-key" content="{KEY}">
<meta name="ajs-space-name" content="{SPACE}">
{meta}<meta name="ajs-remote-user" content="">
<meta name="ajs-version-number" content="{VERSION}">
<meta name="ajs-build-number" content="8804">
{short}<link rel="stylesheet" href="/s/vi_VN/8804/3f8e1c/1/_/download/superbatch/css/batch.css" media="all">
<script src="/s/vi_VN/8804/3f8e1c/1/_/download/superbatch/js/batch.js"></script>
</head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">
<div id="page"><div id="full-height-container"><div id="header-precursor"><div class="cell"></div></div>
<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" aria-label="Trang web"><div class="aui-header-inner">
<div class="aui-header-primary"><h1 id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/"><img src="/download/attachments/327681/atl.site.logo.png?version=2&amp;modificationDate=1704067200000&amp;api=v2" alt="{SPACE}"><span class="aui-header-logo-text">{SPACE}</span></a></h1>
<ul class="aui-nav"><li><a href="/spaces/viewspace.action?key={KEY}" class="aui-nav-link">{CHROME[0]}</a></li></ul></div>
<div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" class="aui-quicksearch dont-default-focus header-quicksearch" method="get" action="/dosearchsite.action"><input id="quick-search-query" class="quick-search-query" type="text" name="queryString" placeholder="Tìm kiếm"><input type="hidden" name="where" value="{KEY}"></form></li>
<li><a href="/login.action?os_destination=%2Fdisplay%2F{KEY}" class="aui-nav-link login-link">{CHROME[2]}</a></li></ul></div></div></nav></header>
<div class="ia-splitter">{self.sidebar(blog)}
<div class="ia-splitter-right"><div id="main" class="aui-page-panel"><div id="main-header">
<div id="navigation" class="content-navigation view"><ul class="ajs-menu-bar"><li class="normal ajs-menu-item"><a id="action-menu-link" class="action aui-dropdown2-trigger-arrowless aui-button aui-button-subtle" href="javascript:void(0)"><span>...</span></a></li></ul></div>
<div id="breadcrumb-section"><nav aria-label="Đường dẫn"><ol id="breadcrumbs">{crumb}</ol></nav></div>
{main}
</div></div></div>
{foot}
</div></div>
</body>
</html>
"""

    def post_main(self, a: Article) -> str:
        o = a.opts
        labels = "".join(f'<li class="aui-label" data-label-id="{i}"><a class="aui-label-split-main" href="/label/{KEY}/{lb}" '
                         f'rel="tag">{lb}</a></li>' for i, lb in enumerate(o.get("labels", []), 1))
        likes = (f'<span class="like-summary">{LIKES}</span>' if o.get("likes") else
                 '<span class="like-summary like-summary-empty"></span>')
        comments = ""
        if o.get("comments"):
            cs = "".join(
                f'<li id="comment-thread-{o["id"] + 40 + i}" class="comment-thread"><div class="comment" id="comment-{o["id"] + 40 + i}">'
                f'<p class="comment-user-logo"><img class="userLogo logo" src="/images/icons/profilepics/default.png" alt=""></p>'
                f'<div class="comment-header"><h4 class="author">{who}</h4></div><div class="comment-body"><div class="comment-content '
                f'wiki-content"><p>{esc(text)}</p></div><div class="comment-actions"><ul class="comment-action-date"><li>'
                f'<a href="{link(a)}{"&amp;" if "?" in link(a) else "?"}focusedCommentId={o["id"] + 40 + i}#comment-{o["id"] + 40 + i}">'
                f'{vdate(o["modified"])}</a></li></ul></div></div></div></li>'
                for i, (who, text) in enumerate(zip(["Hoàng Văn Long", "Phạm Thị Mai"], COMMENTS)))
            comments = (f'<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" '
                        f'class="section-title">2 bình luận</h2></div><ol class="comment-threads top-level" id="page-comments">{cs}</ol>'
                        f'<div class="quick-comment-container comment add"><p class="comment-user-logo"></p><div class="quick-comment-body">'
                        f'<div class="quick-comment-loading-container" style="display:none;"></div><form class="quick-comment-form" '
                        f'method="post" action="javascript:void(0)"><textarea placeholder="{CHROME[9]}"></textarea></form></div></div></div>')
        title_href = link(a)
        return (f'<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="{title_href}">'
                f'{esc(a.title)}</a></span></h1></div>'
                f'<div id="content" class="page view"><div id="action-messages"></div>'
                f'{metadata(a, a.date, o.get("modified"))}'
                f'<div id="main-content" class="wiki-content">{wiki_html(a)}</div>'
                f'<div id="likes-and-labels-container"><div id="likes-section"><a href="javascript:void(0)" class="like-button">'
                f'<span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">{CHROME[7]}</span></a>'
                f'{likes}</div><div id="labels-section" class="pageSection group"><div class="labels-section-content content-column" '
                f'entityid="{o["id"]}" entitytype="blogpost"><div class="labels-content"><ul class="label-list label-list-right">{labels}'
                f'</ul></div></div></div></div>'
                f'<div class="page-tools noprint"><a href="/pages/viewpreviousversions.action?pageId={o["id"]}">{CHROME[10]}</a> '
                f'<a href="/exportword?pageId={o["id"]}">{CHROME[11]}</a> <a href="/spaces/flyingpdf/pdfpageexport.action?pageId={o["id"]}">'
                f'{CHROME[12]}</a></div>{comments}</div>')

    def blog_listing(self, posts: list[Article]) -> str:
        out = []
        for p in posts:
            out.append(f'<div class="blog-post-listing"><div class="logo-heading-block"><span class="logoBlock">'
                       f'<a class="userLogoLink" data-username="{ACCOUNT_USER}" href="/display/~{ACCOUNT_USER}">'
                       f'<img class="userLogo logo" src="/images/icons/profilepics/default.png" alt="Ảnh đại diện"></a></span>'
                       f'<span class="blogHeading"><a class="blogHeading" href="{link(p)}">{esc(p.title)}</a></span>'
                       f'<div class="page-metadata not-personal">{user_link()} đã đăng vào {vdate(p.date)}</div></div>'
                       f'<div class="wiki-content">{wiki_html(p)}</div><div class="endsection"><a href="{link(p)}">Xem bài viết</a>'
                       f'</div></div>')
        return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hung-yen", "Liên minh HTX tỉnh Hưng Yên (không gian Confluence)", "generic", None,
                     start_urls=["{{base:%s}}/display/%s" % (SITE, KEY)])
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    home_path = f"/display/{KEY}/{quote_plus(HOME_TITLE)}"
    pages = {"Giới thiệu Liên minh": f"/display/{KEY}/{quote_plus('Giới thiệu Liên minh')}",
             "Sổ tay HTX": f"/display/{KEY}/{quote_plus('Sổ tay HTX')}",
             "Liên hệ": f"/display/{KEY}/{quote_plus('Liên hệ')}"}
    sp = Space(site, posts, pages)
    site.extra_boilerplate += [*FOOTER[:3], *(c for i, c in enumerate(CHROME) if i not in (1, 4, 8, 9)), LIKES, *COMMENTS, "Được tạo bởi", ACCOUNT, "lần sửa cuối vào",
                               "Xem thành phần hồ sơ"]

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    blog_crumbs = [(SPACE, home_path), ("Blog", f"/pages/viewrecentblogposts.action?key={KEY}")]
    for a in posts:
        a.path = link(a)
        crumbs = blog_crumbs + [(f"{a.date.year}", f"/display/{KEY}/{a.date.year}"),
                                (f"tháng {a.date.month}", f"/display/{KEY}/{a.date:%Y/%m}")]
        page(a.path, sp.layout(a.title, sp.post_main(a), blog=True, crumbs=crumbs, page_id=a.opts["id"],
                               shortlink=tiny(a), ptype="blogpost"))
        if display_url(a):
            site.same_page(page_id_url(a), a.path)
            a.aliases.append(page_id_url(a))
        site.redirect(tiny(a), a.path, 301)
        a.aliases.append(tiny(a))
        if a.opts.get("comments"):
            alias = f"{a.path}?focusedCommentId={a.opts['id'] + 40}"
            site.same_page(alias, a.path)
            a.aliases += [alias, f"{a.path}?focusedCommentId={a.opts['id'] + 41}"]
            site.same_page(a.aliases[-1], a.path)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/download/attachments/{a.opts['id']}/{b.src}", image_for(b.src))
        for x in a.attachments:
            name = x["text"]
            data = pdf(a.title, ["KE HOACH 15/KH-LMHTX"]) if name.endswith(".pdf") else rtf(["Giấy đề nghị vay vốn"])
            site.binary(f"/download/attachments/{a.opts['id']}/{name}", data)
        site.add_article(a)
        site.never_fetched.append(f"/pages/viewpreviousversions.action?pageId={a.opts['id']}")
        site.never_fetched.append(f"/exportword?pageId={a.opts['id']}")
        site.never_fetched.append(f"/spaces/flyingpdf/pdfpageexport.action?pageId={a.opts['id']}")
        site.never_fetched.append(f"/pages/diffpagesbyversion.action?pageId={a.opts['id']}&selectedPageVersions=2"
                                  f"&selectedPageVersions=1")
    site.never_fetched.append(f"/login.action?os_destination=%2Fdisplay%2F{KEY}")
    site.never_fetched = list(dict.fromkeys(site.never_fetched))

    def forbidden(path: str) -> None:
        page(path, f"<!DOCTYPE html><html><head><meta charset='UTF-8'><title>Confluence</title></head><body>"
                   f"<div id='main'><p>{esc(path)}</p></div></body></html>")

    for path in site.never_fetched:
        forbidden(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /pages/viewpreviousversions.action\nDisallow: /pages/diffpages\n"
                "Disallow: /exportword\nDisallow: /spaces/flyingpdf/\nDisallow: /login.action\nDisallow: /admin/\n")

    # recent blog posts, full posts, 4 a page
    per = 4
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    recent = f"/pages/viewrecentblogposts.action?key={KEY}"
    urls = [recent] + [f"{recent}&currentPage={n}" for n in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        pager = ('<ol class="aui-nav aui-nav-pagination">'
                 + (f'<li class="aui-nav-previous"><a href="{urls[n - 1]}">« Trước</a></li>' if n else "")
                 + "".join(f'<li{" class=aui-nav-selected" if k == n else ""}><a href="{u}">{k + 1}</a></li>'
                           for k, u in enumerate(urls))
                 + (f'<li class="aui-nav-next"><a href="{urls[n + 1]}">Tiếp »</a></li>' if n + 1 < len(urls) else "")
                 + "</ol>")
        main = (f'<h1 id="title-heading" class="pagetitle"><span id="title-text">Blog</span></h1></div>'
                f'<div id="content" class="space blogposts"><div class="blog-section">{sp.blog_listing(chunk)}</div>{pager}</div>')
        page(urls[n], sp.layout("Blog", main, blog=True, crumbs=[(SPACE, home_path)]))
        site.non_articles.append(urls[n])
    site.same_page(f"{recent}&currentPage=1", recent)
    site.trap("/pages/viewrecentblogposts.action?key=LMHTX paged by &currentPage=N (4 a page): every post IN FULL "
              "(title link, 'Quản trị LMHTX đã đăng vào 12 thg 3, 2026', the whole wiki-content): listings, not articles",
              f"{recent}&currentPage=2")

    # month archives (full posts) and year pages (titles)
    months: dict[tuple[int, int], list[Article]] = {}
    for p in posts:
        months.setdefault((p.date.year, p.date.month), []).append(p)
    for (y, m), ps in months.items():
        main = (f'<h1 id="title-heading" class="pagetitle"><span id="title-text">Bài viết blog tháng {m} năm {y}</span></h1></div>'
                f'<div id="content" class="space blogposts">{sp.blog_listing(ps)}</div>')
        page(f"/display/{KEY}/{y}/{m:02d}", sp.layout(f"Bài viết blog tháng {m} năm {y}", main, blog=True,
                                                       crumbs=blog_crumbs + [(f"{y}", f"/display/{KEY}/{y}")]))
        site.non_articles.append(f"/display/{KEY}/{y}/{m:02d}")
    for y in sorted({p.date.year for p in posts}):
        lis = "".join(f'<li><a href="{link(p)}">{esc(p.title)}</a> <span class="date">{vdate(p.date)}</span></li>'
                      for p in posts if p.date.year == y)
        main = (f'<h1 id="title-heading" class="pagetitle"><span id="title-text">Bài viết blog năm {y}</span></h1></div>'
                f'<div id="content" class="space blogposts"><ul class="blog-archive">{lis}</ul></div>')
        page(f"/display/{KEY}/{y}", sp.layout(f"Bài viết blog năm {y}", main, blog=True, crumbs=blog_crumbs))
        site.non_articles.append(f"/display/{KEY}/{y}")
    site.trap("month archive /display/LMHTX/2026/03 (the posts of March IN FULL) and year page /display/LMHTX/2026 "
              "(titles and days): listings in the post URL shape /display/LMHTX/<yyyy>/<mm>", f"/display/{KEY}/2026/03")

    # ordinary space pages: same chrome, page-metadata, no news
    def space_page(title: str, path: str, body: str, pid: int, modified: datetime) -> None:
        fake = Article(path=path, title=title, date=modified, body="", opts={"id": pid})
        main = (f'<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="{path}">{esc(title)}</a>'
                f'</span></h1></div><div id="content" class="page view">{metadata(fake, modified, None)}'
                f'<div id="main-content" class="wiki-content">{body}</div></div>')
        page(path, sp.layout(title, main, blog=False, crumbs=[(SPACE, home_path)], page_id=pid))
        site.same_page(f"/pages/viewpage.action?pageId={pid}", path)
        site.non_articles += [path, f"/pages/viewpage.action?pageId={pid}"]
        diff = f"/pages/diffpagesbyversion.action?pageId={pid}&selectedPageVersions=2&selectedPageVersions=1"
        site.never_fetched.append(diff)
        forbidden(diff)

    recent_box = "".join(f'<li><a href="{link(p) if i else tiny(p)}">{esc(p.title)}</a> <span class="date">{vdate(p.date)}</span></li>'
                         for i, p in enumerate(posts[:5]))
    home_body = (f'<div class="confluence-information-macro confluence-information-macro-information conf-macro output-block">'
                 f'<span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span>'
                 f'<div class="confluence-information-macro-body"><p>Chào mừng đến với không gian thông tin của {SPACE}.</p></div></div>'
                 f'<h2 id="TrangChu-TinMoi">Tin mới</h2><div class="blog-posts conf-macro output-block"><ul>{recent_box}</ul></div>'
                 f'<p><a href="/dosearchsite.action?queryString=OCOP&amp;where={KEY}">Tìm tin về OCOP</a></p>'
                 f'<h2 id="TrangChu-Trang">Các trang</h2><ul class="childpages-macro">'
                 + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in pages.items()) + "</ul>"
                 '<p><a href="/display/LMHTX/2025/06/02/HTX+D%E1%BB%8Bch+v%E1%BB%A5+Ph%C3%B9+C%E1%BB%AB">'
                 "HTX Dịch vụ Phù Cừ (bài đã xóa)</a></p>")
    space_page(HOME_TITLE, home_path, home_body, 327682, datetime(2026, 3, 12))
    site.redirect(f"/display/{KEY}", home_path, 302)
    site.redirect("/", home_path, 302)
    site.error("/display/LMHTX/2025/06/02/HTX+D%E1%BB%8Bch+v%E1%BB%A5+Ph%C3%B9+C%E1%BB%AB", 404)
    site.same_page(f"/spaces/viewspace.action?key={KEY}", home_path)
    site.non_articles.append(f"/spaces/viewspace.action?key={KEY}")
    intro = ('<p>Liên minh HTX tỉnh Hưng Yên là tổ chức chính trị - xã hội, đại diện cho các HTX, liên hiệp HTX, tổ hợp tác '
             'trên địa bàn tỉnh.</p><h2 id="GioiThieu-ChucNang">Chức năng</h2><p>Đại diện, bảo vệ quyền và lợi ích hợp pháp '
             'của thành viên; tư vấn, hỗ trợ HTX phát triển.</p><p style="text-align: right;"><strong>Văn phòng Liên minh'
             '</strong></p>')
    space_page("Giới thiệu Liên minh", pages["Giới thiệu Liên minh"], intro, 327690, datetime(2025, 8, 4))
    child = f"/display/{KEY}/{quote_plus('Hồ sơ thành lập HTX')}"
    handbook = ('<p>Sổ tay tổng hợp các hướng dẫn thường dùng cho HTX.</p><div class="plugin-tabmeta-details conf-macro output-block">'
                '<div class="table-wrap"><table class="confluenceTable"><tbody><tr><th class="confluenceTh">Phụ trách</th>'
                '<td class="confluenceTd">Ban Tư vấn - Hỗ trợ</td></tr><tr><th class="confluenceTh">Cập nhật</th>'
                '<td class="confluenceTd">06/01/2026</td></tr></tbody></table></div></div>'
                f'<ul class="childpages-macro conf-macro output-block"><li><a href="{child}">Hồ sơ thành lập HTX</a></li></ul>')
    space_page("Sổ tay HTX", pages["Sổ tay HTX"], handbook, 327701, datetime(2026, 1, 6))
    space_page("Hồ sơ thành lập HTX", child, '<h2 id="HoSo-ThanhPhan">Thành phần hồ sơ</h2><ul><li>Giấy đề nghị đăng ký HTX;'
               '</li><li>Điều lệ HTX;</li><li>Phương án sản xuất kinh doanh;</li><li>Danh sách thành viên.</li></ul>'
               '<p>Hồ sơ nộp tại Phòng Tài chính - Kế hoạch cấp xã.</p>', 327705, datetime(2026, 1, 6))
    space_page("Liên hệ", pages["Liên hệ"], '<p>Địa chỉ: Số 6 đường Chùa Chuông, phường Hiến Nam, tỉnh Hưng Yên</p>'
               '<p>Điện thoại: 0221.3862.511</p><p>Email: lmhtx@hungyen.gov.vn</p>', 327712, datetime(2025, 7, 15))
    site.trap("space pages (Trang chủ with a blog-posts macro and a children display, Giới thiệu, the handbook with a page "
              "properties table and its child page, Liên hệ) in the same template as the posts (h1#title-heading, "
              "'Được tạo bởi …, lần sửa cuối vào …', wiki-content), also at /pages/viewpage.action?pageId=<n>: not articles",
              pages["Sổ tay HTX"])

    # labels and search
    labels = sorted({lb for p in posts for lb in p.opts.get("labels", [])})
    for lb in labels:
        tagged = [p for p in posts if lb in p.opts.get("labels", [])]
        lis = "".join(f'<li class="blogpost"><div class="details"><a href="{link(p)}">{esc(p.title)}</a><div class="label-details">'
                      f'{esc(p.summary())}</div></div></li>' for p in tagged)
        main = (f'<h1 id="title-heading" class="pagetitle"><span id="title-text">Nhãn: {lb}</span></h1></div>'
                f'<div id="content" class="labels"><ul class="content-by-label">{lis}</ul></div>')
        page(f"/label/{KEY}/{lb}", sp.layout(f"Nhãn: {lb}", main, blog=False, crumbs=[(SPACE, home_path)]))
        site.non_articles.append(f"/label/{KEY}/{lb}")
    hits = [p for p in posts if "OCOP" in p.title + p.body + (p.lead or "")]
    search = f"/dosearchsite.action?queryString=OCOP&where={KEY}"
    lis = "".join(f'<li><h3><a href="{page_id_url(p)}">{esc(p.title)}</a></h3><div class="highlights">{esc(p.summary())}</div>'
                  f'<div class="search-result-meta">{vdate(p.date)}</div></li>' for p in hits)
    main = (f'<h1 id="title-heading" class="pagetitle"><span id="title-text">Tìm kiếm</span></h1></div>'
            f'<div id="content" class="search"><p>Tìm thấy {len(hits)} kết quả cho "OCOP"</p><ol class="search-results">{lis}</ol></div>')
    page(search, sp.layout("Tìm kiếm", main, blog=False, crumbs=[(SPACE, home_path)]))
    site.same_page("/dosearchsite.action", search)
    site.non_articles += [search]
    collector = f"/collector/pages.action?key={KEY}"
    lis = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in pages.items())
    page(collector, sp.layout("Trang", f'<h1 id="title-heading" class="pagetitle"><span id="title-text">Trang</span></h1></div>'
                              f'<div id="content"><ul class="page-tree">{lis}</ul></div>', blog=False,
                              crumbs=[(SPACE, home_path)]))
    site.non_articles.append(collector)
    page(f"/display/~{ACCOUNT_USER}", sp.layout(ACCOUNT, f'<h1 id="title-heading" class="pagetitle"><span id="title-text">'
                                                 f'{ACCOUNT}</span></h1></div><div id="content" class="profile"><p>Tài khoản '
                                                 'quản trị không gian LMHTX</p></div>', blog=False, crumbs=[]))
    site.non_articles.append(f"/display/~{ACCOUNT_USER}")
    site.binary("/download/attachments/327681/LMHTX.png", image_for("space-logo"))
    site.binary("/download/attachments/327681/atl.site.logo.png", image_for("site-logo"))
    site.binary("/images/icons/profilepics/default.png", image_for("avatar"))
    site.trap("every post also answers at /pages/viewpage.action?pageId=<n> (sidebar of the pages, search results), at its "
              "tiny link /x/<code> (<link rel=shortlink>, the home page; 301) and with ?focusedCommentId=<n> (comment "
              "dates): aliases; the home page links a deleted post (404); robots.txt disallows page history, diffs "
              "('lần sửa cuối' link), Word and PDF export and the login: never fetched", posts[0].path)
    return site
