"""Site `thongtin-htxnamdinh` (registry family `generic`): "Thông tin HTX Nam Định", the news site of the Nam Định
cooperative alliance (the province joined Ninh Bình on 1 July 2025; the site stopped in May 2025), a **Nikola 8**
static blog on the bundled **bootblog4** theme (`DEFAULT_LANG = "vi"` with Nikola's own Vietnamese messages,
`TIMEZONE = "Asia/Ho_Chi_Minh"`, the default `DATE_FORMAT` 'yyyy-MM-dd HH:mm', reStructuredText posts through the
docutils html5 writer, `INDEX_TEASERS = True`, `INDEX_DISPLAY_POST_COUNT = 5`, a sidebar in `THEME_CONFIG`, one post
with `status: featured`). Written as a held-out test: no family module, no selectors.

URL shapes (PRETTY_URLS, STRIP_INDEXES, the default `URL_TYPE = 'rel_path'`: every link on a page is relative, e.g.
`../../categories/ocop/`): posts `/posts/<slug>/` (the file `/posts/<slug>/index.html` answers too, and the post's
reStructuredText source `/posts/<slug>/index.rst` is linked as "Nguồn"); pages `/pages/<slug>/`; the front index `/`
(newest five) and, with INDEXES_STATIC, the older page `/index-1.html`; tags `/categories/<tag>/`, categories
`/categories/cat_<category>/`, the overview `/categories/`; authors `/authors/<slug>/` and `/authors/`; the archive
`/archive.html` and year pages `/2025/`, `/2024/`; RSS `/rss.xml` plus one feed per tag, category and author
(`/categories/ocop.xml`, `/authors/tran-thi-mai.xml`); `/sitemap.xml`, `/sitemapindex.xml` and Nikola's generated
`/robots.txt` (ROBOTS_EXCLUSIONS: one internal page).

Why it is hard: the title is `h1.p-name.entry-title` INSIDE a link to the post itself; the byline
`p.byline span.byline-name` is the Nikola author (the default BLOG_AUTHOR is the office, "Văn phòng Liên minh HTX
tỉnh"; two posts name a person in their `author` metadata) and `<meta name="author">` repeats it; the date is
`<time class="published dt-published" datetime="2025-04-18T06:15:00+07:00">2025-04-18 06:15</time>` with
`article:published_time`, while the RSS feed prints every pubDate in GMT (PyRSS2Gen), so the 06:15 post shows the
previous day there. The index pages show each post's header and its teaser (the text before `.. TEASER_END`) with
"Đọc thêm…", or the whole post when it has no teaser marker; the front page also has the featured post's teaser in a
jumbotron `<h1 class="display-4">` before the list. Tag, category, author and year pages are `ul.postlist` lists
(the tag template's stray `<a></li>` included). Figures are docutils `<figure><figcaption><p>…`, tables have a
`<colgroup>` and `th.head`, lists are `ul.simple`, section headings are `<section><h2>` (DEMOTE_HEADERS).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

from .core import SiteBuild, attr, esc, image_for, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "thongtin-htxnamdinh"
NAME = "Thông tin HTX Nam Định"
DESC = "Trang thông tin của Liên minh Hợp tác xã tỉnh Nam Định"
OFFICE = "Văn phòng Liên minh HTX tỉnh"
EMAIL = "lienminhhtx.namdinh@gmail.com"
MORE = "<!--more-->"
PER_PAGE = 5
BUILT = datetime(2025, 5, 20, 15, 34)  # the last `nikola build` (Vietnam time)
CATS = {"tin-hoat-dong": "Tin hoạt động", "van-ban": "Văn bản", "mo-hinh-htx": "Mô hình HTX"}
READ_MORE = "Đọc thêm"
SIDE_ABOUT = ("Trang thông tin điện tử của Liên minh Hợp tác xã tỉnh Nam Định: tin hoạt động, văn bản chỉ đạo và "
              "những mô hình HTX tiêu biểu trên địa bàn tỉnh.")
SIDE_CONTACT = "Số 8 đường Trần Thánh Tông, thành phố Nam Định - Điện thoại: 0228 3849 266"
NAV = [("/archive.html", "Lưu trữ"), ("/categories/", "Thẻ"), ("/pages/gioi-thieu/", "Giới thiệu"),
       ("/pages/lien-he/", "Liên hệ"), ("/rss.xml", "RSS")]
FURN = [NAME, SIDE_ABOUT, SIDE_CONTACT, OFFICE, "Chuyển đến nội dung chính", "Lưu trữ", "Liên kết website",
        "Cổng thông tin điện tử tỉnh Nam Định", "Bài viết trước", "Bài viết tiếp theo", "Contents ©", "Powered by",
        "Nguồn", "Địa chỉ liên hệ"]
HTML = "text/html; charset=utf-8"


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def slugify(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def rel(src: str, dst: str) -> str:
    """Nikola's rel_path URL from the page at `src` to `dst` (both site paths; '/x/' is '/x/index.html')."""
    dst, hsh, frag = dst.partition("#")
    sd = src.split("/")[1:-1]
    d = dst.split("/")[1:]
    dd, leaf = d[:-1], d[-1]
    i = 0
    while i < len(sd) and i < len(dd) and sd[i] == dd[i]:
        i += 1
    out = "/".join([".."] * (len(sd) - i) + dd[i:] + [leaf]) or "."
    return out + (hsh + frag if hsh else "")


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Thông báo về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Nam Định năm 2025",
          body="""
Liên minh HTX tỉnh thông báo tới các HTX, liên hiệp HTX trên địa bàn tỉnh về việc đăng ký gian hàng tại Hội chợ sản phẩm OCOP và HTX năm 2025.
<!--more-->
LIÊN MINH HTX TỈNH NAM ĐỊNH
Số: 07/TB-LMHTX
Nam Định, ngày 16 tháng 5 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Nam Định năm 2025
Thực hiện Kế hoạch số 21/KH-LMHTX ngày 12/02/2025 của Liên minh HTX tỉnh về hoạt động xúc tiến thương mại năm 2025, Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP và HTX từ ngày 12 đến ngày 16/6/2025 tại Quảng trường 3 Tháng 2, thành phố Nam Định.
Điều kiện tham gia:
* HTX, liên hiệp HTX, tổ hợp tác đang hoạt động trên địa bàn tỉnh;
* Sản phẩm đạt chứng nhận OCOP hoặc có tem truy xuất nguồn gốc;
* Đăng ký bằng văn bản gửi Phòng Tư vấn - Hỗ trợ của Liên minh HTX tỉnh trước ngày 30/5/2025.
Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho HTX có sản phẩm OCOP 4 sao và 50% cho các HTX còn lại.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Thị Thu Hằng
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/van-ban/2025/TB-07-LMHTX-hoi-cho-OCOP.pdf", "text": "TB-07-LMHTX-hoi-cho-OCOP.pdf"}],
          opts={"cat": "van-ban", "tags": ["OCOP", "Văn bản"]},
          notes=["notice 'Số: 07/TB-LMHTX' dated 16/5 in the text, posted 2025-05-20 15:30 (time.dt-published and "
                 "article:published_time); the signer is text, the byline is the default BLOG_AUTHOR (the office): "
                 "author null; 'Tải về:' + a reST link to /van-ban/2025/…pdf (FILES_FOLDERS) at the end of the body: an "
                 "attachment named by its file, not text"],
          **at(datetime(2025, 5, 20, 15, 30))),
        A(path="", title="Liên minh HTX tỉnh Nam Định sơ kết hoạt động quý I năm 2025",
          body="""
Chiều 17/4, Liên minh HTX tỉnh tổ chức hội nghị sơ kết hoạt động quý I và triển khai nhiệm vụ quý II năm 2025.
<!--more-->
Trong quý I, toàn tỉnh thành lập mới 14 HTX, nâng tổng số HTX đang hoạt động lên 612 HTX.
Liên minh HTX tỉnh đã tư vấn cho 37 HTX xây dựng phương án sản xuất kinh doanh và giới thiệu 9 HTX vay vốn Quỹ hỗ trợ phát triển HTX với tổng số tiền 6,3 tỷ đồng.
Nhiệm vụ quý II tập trung vào chuẩn bị sắp xếp tổ chức bộ máy và bàn giao hồ sơ, tài sản theo chỉ đạo của Tỉnh ủy.
""", byline="Trần Thị Mai", author="Trần Thị Mai",
          opts={"cat": "tin-hoat-dong", "tags": ["Hội nghị"], "author": "Trần Thị Mai", "byline": "strong"},
          notes=["posted at 06:15 (page '2025-04-18 06:15', datetime 2025-04-18T06:15:00+07:00) while the RSS pubDate "
                 "is 'Thu, 17 Apr 2025 23:15:00 GMT' (the previous day) and the lead says 'Chiều 17/4'; author metadata "
                 "'Trần Thị Mai' (a person) and the same name closes the text in bold -> author"],
          **at(datetime(2025, 4, 18, 6, 15))),
        A(path="", title="Kinh tế tập thể tỉnh Nam Định năm 2024 qua các con số",
          body="""
Năm 2024, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển cả về số lượng và chất lượng hoạt động.
<!--more-->
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 576 | 598 |
| Số thành viên HTX | 312.450 | 318.902 |
| Doanh thu bình quân một HTX (triệu đồng) | 2.840 | 3.150 |
| Số HTX xếp loại tốt và khá | 241 | 276 |
| Sản phẩm OCOP của HTX | 102 | 126 |
Các HTX nông nghiệp chiếm gần 80% tổng số HTX, tập trung ở các huyện Hải Hậu, Giao Thủy và Nghĩa Hưng.
""", byline="Theo Báo Nam Định", author=None,
          opts={"cat": "tin-hoat-dong", "tags": ["Số liệu"], "byline": "em"},
          notes=["reST list-table (colgroup, th.head, a <p> in every cell): one line per row; the closing italic "
                 "'Theo Báo Nam Định' names a newspaper: text, author null (the byline is the office)"],
          **at(datetime(2025, 3, 27, 9, 0))),
        A(path="", title="Ảnh: Vụ thu hoạch ngao của HTX Đồng Tâm ở Giao Thủy",
          body="""
Những ngày đầu tháng 3, thành viên HTX Dịch vụ nuôi trồng thủy sản Đồng Tâm (huyện Giao Thủy) bước vào vụ thu hoạch ngao.
<!--more-->
[img ngao-giao-thuy-1.jpg] Thành viên HTX thu hoạch ngao trên bãi bồi ven biển Giao Thủy
[img ngao-giao-thuy-2.jpg] Ngao được phân loại ngay tại bãi trước khi đưa về xưởng sơ chế của HTX
[img ngao-giao-thuy-3.jpg] Sản phẩm ngao sạch của HTX được đóng gói và dán tem truy xuất nguồn gốc
""", byline="Bài và ảnh: Vũ Đức Thịnh", author="Vũ Đức Thịnh",
          opts={"cat": "mo-hinh-htx", "tags": ["Nông nghiệp", "OCOP"], "byline": "right"},
          notes=["photo story: three reST figures (<figure class=align-center><img alt=<the file's path>>"
                 "<figcaption><p>…), one caption line each; 'Bài và ảnh: Vũ Đức Thịnh' (p.text-right) -> author"],
          **at(datetime(2025, 3, 5, 14, 20))),
        A(path="", title="Năm giải pháp giúp HTX nông nghiệp chuyển đổi số",
          body="""
Chuyển đổi số giúp các HTX giảm chi phí, minh bạch hoạt động và mở rộng thị trường tiêu thụ sản phẩm.
<!--more-->
Để đẩy nhanh chuyển đổi số trong khu vực kinh tế tập thể, các HTX cần tập trung vào năm giải pháp:
* Ứng dụng phần mềm kế toán, quản lý thành viên trên nền tảng điện tử;
* Đưa sản phẩm lên các sàn thương mại điện tử và mạng xã hội;
* Gắn mã QR truy xuất nguồn gốc cho sản phẩm chủ lực;
* Sử dụng thiết bị cảm biến, điều khiển tưới tự động trong sản xuất;
* Bồi dưỡng kỹ năng số cho cán bộ quản lý và thành viên HTX.
Năm 2025, Trung tâm Khuyến nông tỉnh phối hợp với Liên minh HTX tỉnh hỗ trợ 20 HTX xây dựng mô hình điểm về chuyển đổi số.
""", byline="Lê Văn Khánh - Trung tâm Khuyến nông tỉnh", author="Lê Văn Khánh",
          opts={"cat": "tin-hoat-dong", "tags": ["Chuyển đổi số"], "byline": "right"},
          notes=["a five-item ul.simple after a line ending with a colon; byline 'Lê Văn Khánh - Trung tâm Khuyến nông "
                 "tỉnh' -> author Lê Văn Khánh"],
          **at(datetime(2025, 2, 14, 10, 45))),
        A(path="", title="Liên minh HTX tỉnh Nam Định tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
          body="""
Ngày 9/1, Liên minh HTX tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
<!--more-->
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết công tác năm 2024
## Kết quả nổi bật
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 41 HTX, tổ chức 18 lớp tập huấn cho hơn 1.200 lượt cán bộ HTX.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh phấn đấu thành lập mới ít nhất 40 HTX, trong đó có 10 HTX ứng dụng công nghệ cao.
""", author="Phạm Quang Huy",
          opts={"cat": "tin-hoat-dong", "tags": ["Hội nghị"], "author": "Phạm Quang Huy", "featured": True},
          notes=["no byline in the text: the author metadata names a person ('Phạm Quang Huy', byline and <meta "
                 "name=author>) -> author; status featured: its teaser also sits in the front page's jumbotron (an "
                 "<h1 class=display-4> before the list); two <section><h2> headings; on /index-1.html"],
          **at(datetime(2025, 1, 10, 16, 0))),
        A(path="", title="Nam Định có thêm 24 sản phẩm OCOP của HTX được công nhận",
          body="""
Theo kết quả đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2024, tỉnh Nam Định có thêm 24 sản phẩm của các HTX đạt từ 3 sao trở lên.
Trong đó có 4 sản phẩm đạt 4 sao: gạo nếp cái hoa vàng Hải Hậu, muối biển Bạch Long, mật ong hoa nhãn Xuân Trường và nước mắm Sa Châu.
Các sản phẩm được công nhận sẽ được Liên minh HTX tỉnh hỗ trợ quảng bá tại các hội chợ trong và ngoài tỉnh.
""", author=None,
          opts={"cat": "mo-hinh-htx", "tags": ["OCOP"], "index_html": True},
          notes=["no byline, the office is the Nikola author: author null; no teaser marker, so /index-1.html shows it "
                 "whole; /pages/gioi-thieu/ links it as /posts/<slug>/index.html (the same file, rel=canonical to "
                 "/posts/<slug>/): an alias"],
          **at(datetime(2024, 12, 3, 8, 30))),
        A(path="", title="Tập huấn nâng cao năng lực quản trị cho cán bộ HTX năm 2024",
          body="""
Từ ngày 21 đến ngày 23/10, Liên minh HTX tỉnh phối hợp với Trường Cán bộ quản lý nông nghiệp và phát triển nông thôn I tổ chức lớp tập huấn cho 70 cán bộ quản lý HTX.
Học viên được trang bị kiến thức về xây dựng phương án sản xuất kinh doanh, quản lý tài chính và tiếp cận nguồn vốn tín dụng.
""", byline="Hoàng Minh Đức", author="Hoàng Minh Đức",
          opts={"cat": "tin-hoat-dong", "tags": ["Tập huấn"], "byline": "em"},
          notes=["oldest post: of the indexes only /index-1.html shows it (whole: no teaser marker), besides the year "
                 "page /2024/, its tag, category and author lists and the next post's 'Bài viết trước'; the bare name "
                 "'Hoàng Minh Đức' (italic) closes the text -> author"],
          **at(datetime(2024, 10, 22, 9, 15))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nam-dinh", NAME + " (Nikola)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = slugify(a.title)
        a.path = f"/posts/{a.opts['slug']}/"
        a.opts.setdefault("author", OFFICE)
    B = "{{base}}"
    tags = sorted({t for a in posts for t in a.opts["tags"]}, key=slugify)
    authors = sorted({a.opts["author"] for a in posts}, key=slugify)

    def tag_url(t: str) -> str:
        return f"/categories/{slugify(t)}/"

    def cat_url(c: str) -> str:
        return f"/categories/cat_{c}/"

    def author_url(n: str) -> str:
        return f"/authors/{slugify(n)}/"

    def when(d: datetime) -> str:
        return f"{d:%Y-%m-%d %H:%M}"

    def webiso(d: datetime) -> str:
        return f"{d:%Y-%m-%dT%H:%M:%S}+07:00"

    def inline(text: str, page: str) -> str:
        out = esc(text)
        out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
        return re.sub(r"\[\[(.+?)\|(.+?)\]\]",
                      lambda m: f'<a class="reference external" href="{rel(page, m.group(2))}">{m.group(1)}</a>', out)

    def render(markup: str, page: str) -> str:
        """docutils' html5 writer, as Nikola keeps it (relative links, headers demoted by one)."""
        out, open_section = [], False
        for b in parse_rich(markup):
            if b.kind == "p":
                out.append(f"<p>{inline(b.text, page)}</p>")
            elif b.kind == "h":
                if open_section:
                    out.append("</section>")
                out.append(f'<section id="{slugify(b.text)}">\n<h2>{esc(b.text)}</h2>')
                open_section = True
            elif b.kind in ("ul", "ol"):
                cls = "simple" if b.kind == "ul" else "arabic simple"
                out.append(f'<{b.kind} class="{cls}">\n' + "\n".join(f"<li><p>{inline(i, page)}</p></li>" for i in b.items)
                           + f"\n</{b.kind}>")
            elif b.kind == "img":
                src = rel(page, f"/images/{b.src}")
                if b.text:
                    out.append(f'<figure class="align-center">\n<img alt="/images/{b.src}" src="{src}">\n<figcaption>\n'
                               f"<p>{esc(b.text)}</p>\n</figcaption>\n</figure>")
                else:
                    out.append(f'<img alt="/images/{b.src}" class="align-center" src="{src}">')
            elif b.kind == "table":
                head, *rows = b.rows
                width = [40] + [60 // (len(head) - 1)] * (len(head) - 1)
                out.append("<table>\n<colgroup>\n" + "\n".join(f'<col style="width: {w}%">' for w in width)
                           + "\n</colgroup>\n<thead>\n<tr>" + "\n".join(f'<th class="head"><p>{esc(c)}</p></th>' for c in head)
                           + "\n</tr>\n</thead>\n<tbody>\n"
                           + "\n".join("<tr>" + "\n".join(f"<td><p>{esc(c)}</p></td>" for c in r) + "\n</tr>" for r in rows)
                           + "\n</tbody>\n</table>")
        if open_section:
            out.append("</section>")
        return "\n".join(out)

    def byline_html(a: Post) -> str:
        if not a.byline:
            return ""
        kind = a.opts.get("byline")
        if kind == "right":
            return f'\n<p class="text-right">{esc(a.byline)}</p>'
        if kind == "em":
            return f"\n<p><em>{esc(a.byline)}</em></p>"
        return f"\n<p><strong>{esc(a.byline)}</strong></p>"

    def attach_html(a: Post, page: str) -> str:
        return "".join(f'\n<p>Tải về: <a class="reference external" href="{rel(page, x["path"])}">{esc(x["text"])}</a></p>'
                       for x in a.attachments)

    def full(a: Post, page: str) -> str:
        before, sep, after = a.body.partition(MORE)
        html = render(before, page)
        if sep:
            html += "\n<!-- TEASER_END -->\n" + render(after, page)
        return html + byline_html(a) + attach_html(a, page)

    def teaser(a: Post, page: str) -> str:
        before, sep, _ = a.body.partition(MORE)
        if not sep:
            return full(a, page)
        return render(before, page) + f'\n<p class="more"><a href="{rel(page, a.path)}">{READ_MORE}…</a></p>'

    def teaser_text(a: Post) -> str:
        before, sep, _ = a.body.partition(MORE)
        return " ".join(inline_text(b.text) for b in parse_rich(before) if b.kind == "p")

    sidebar = (f'<div class="p-4 mb-3 bg-light rounded"><h4 class="font-italic">Giới thiệu</h4><p class="mb-0">{SIDE_ABOUT}'
               '</p></div>\n<div class="p-4"><h4 class="font-italic">Liên kết website</h4><ol class="list-unstyled mb-0">'
               '<li><a href="{{base:offsite}}/lmhtx-vn/">Liên minh Hợp tác xã Việt Nam</a></li>'
               '<li><a href="{{base:offsite}}/namdinh/">Cổng thông tin điện tử tỉnh Nam Định</a></li>'
               '<li><a href="{{base:offsite}}/chinh-phu/">Cổng thông tin điện tử Chính phủ</a></li></ol></div>\n'
               f'<div class="p-4"><h4 class="font-italic">Địa chỉ liên hệ</h4><p>{SIDE_CONTACT}</p></div>')

    def layout(page: str, title: str, content: str, *, head: str = "", description: str = "", before: str = "",
               feed_head: bool = True, prevnext: tuple[str | None, str | None] = (None, None)) -> str:
        t = f"<title>{esc(NAME)}</title>" if title == NAME else f"<title>{esc(title)} | {esc(NAME)}</title>"
        desc = f'\n    <meta name="description" content="{attr(description)}">' if description else ""
        feeds = (f'\n    <link rel="alternate" type="application/rss+xml" title="RSS" href="{rel(page, "/rss.xml")}">'
                 if feed_head else "")
        pn = ""
        if prevnext[0]:
            pn += f'\n        <link rel="prev" href="{prevnext[0]}" type="text/html">'
        if prevnext[1]:
            pn += f'\n        <link rel="next" href="{prevnext[1]}" type="text/html">'
        nav = "\n".join(
            (f'                <li class="nav-item active"><a href="{rel(page, u)}" class="nav-link">{esc(n)} '
             '<span class="sr-only">(active)</span></a>' if u == page else
             f'                <li class="nav-item"><a href="{rel(page, u)}" class="nav-link">{esc(n)}</a>')
            for u, n in NAV)
        return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article# " lang="vi">
    <head>
    <meta charset="utf-8">{desc}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    {t}

    <link href="{rel(page, '/assets/css/all-nocdn.css')}" rel="stylesheet" type="text/css">
    <link href="{{{{base:offsite}}}}/fonts-googleapis/css?family=Playfair+Display:700,900" rel="stylesheet">
    <meta name="theme-color" content="#5670d4">
    <meta name="generator" content="Nikola (getnikola.com)">{feeds}
    <link rel="canonical" href="{B}{page}">{pn}

    <!--[if lt IE 9]><script src="{rel(page, '/assets/js/html5.js')}"></script><![endif]-->

    {head}
</head>
<body>
<a href="#content" class="sr-only sr-only-focusable">Chuyển đến nội dung chính</a>

<!-- Header and menu bar -->
<div class="container">
      <header class="blog-header py-3">
        <div class="row nbb-header align-items-center">
          <div class="col-md-3 col-xs-2 col-sm-2" style="width: auto;">
            <button class="navbar-toggler navbar-light bg-light nbb-navbar-toggler" type="button" data-toggle="collapse" data-target=".bs-nav-collapsible" aria-controls="bs-navbar" aria-expanded="false" aria-label="Toggle navigation">
                <span class="navbar-toggler-icon"></span>
            </button>
            <div class="collapse bs-nav-collapsible bootblog4-search-form-holder">

            </div>
        </div>
          <div class="col-md-6 col-xs-10 col-sm-10 bootblog4-brand" style="width: auto;">
            <a class="navbar-brand blog-header-logo text-dark" href="{B}/">

            <span id="blog-title">{esc(NAME)}</span>
        </a>
          </div>
            <div class="col-md-3 justify-content-end align-items-center bs-nav-collapsible collapse flex-collapse bootblog4-right-nav">
            <nav class="navbar navbar-light bg-white">
            <ul class="navbar-nav bootblog4-right-nav">

            </ul></nav>
            </div>
    </div>
</header>

<nav class="navbar navbar-expand-md navbar-light bg-white static-top">
        <div class="collapse navbar-collapse bs-nav-collapsible" id="bs-navbar">
            <ul class="navbar-nav nav-fill d-flex w-100">
{nav}

            </ul>
        </div><!-- /.navbar-collapse -->
</nav>
{before}
</div>

<div class="container" id="content" role="main">
    <div class="body-content">
            <div class="row"><div class="col-md-8 blog-main">
        <!--Body content-->

{content}
        <!--End of body content-->
        </div><aside class="col-md-4 blog-sidebar">{sidebar}</aside></div>

        <footer id="footer">
            Contents &copy; 2025         <a href="mailto:{EMAIL}">{OFFICE}</a> - Powered by         <a href="{{{{base:offsite}}}}/getnikola/" rel="nofollow">Nikola</a>


        </footer>
    </div>
</div>

        <script src="{rel(page, '/assets/js/all-nocdn.js')}"></script>

    <script>
    baguetteBox.run('div#content', {{
        ignoreClass: 'islink',
        captions: function(element) {{
            return element.getElementsByTagName('img')[0].alt;
    }}}});
    </script>
</body>
</html>
"""

    def header_meta(a: Post, page: str, in_index: bool) -> str:
        author = (f'<a class="u-url" href="{rel(page, author_url(a.opts["author"]))}">{esc(a.opts["author"])}</a>'
                  if not in_index else f'<a href="{rel(page, author_url(a.opts["author"]))}">{esc(a.opts["author"])}</a>')
        cls = "byline author vcard p-author h-card" if not in_index else "byline author vcard"
        span = "byline-name fn p-name" if not in_index else "byline-name fn"
        src = (f'\n            <p class="sourceline"><a href="{rel(page, a.path + "index.rst")}" class="sourcelink">Nguồn</a></p>'
               if not in_index else "")
        return (f'<div class="metadata">\n            <p class="{cls}"><span class="{span}" itemprop="author">\n'
                f"                    {author}\n            </span></p>\n            <p class=\"dateline\">\n"
                f'            <a href="{rel(page, a.path)}" rel="bookmark">\n            <time class="published dt-published" '
                f'datetime="{webiso(a.date)}" itemprop="datePublished" title="{when(a.date)}">{when(a.date)}</time>\n'
                f"            </a>\n            </p>{src}\n        </div>")

    # -- posts
    for k, a in enumerate(posts):
        page = a.path
        older = posts[k + 1] if k + 1 < len(posts) else None
        newer = posts[k - 1] if k > 0 else None
        og = (f'<meta name="author" content="{attr(a.opts["author"])}">\n'
              + (f'    <link rel="prev" href="{rel(page, older.path)}" title="{attr(older.title)}" type="text/html">\n' if older else "")
              + (f'    <link rel="next" href="{rel(page, newer.path)}" title="{attr(newer.title)}" type="text/html">\n' if newer else "")
              + f'<meta property="og:site_name" content="{attr(NAME)}">\n<meta property="og:title" content="{attr(a.title[:70])}">\n'
              f'<meta property="og:url" content="{B}{a.path}">\n'
              f'<meta property="og:description" content="{attr(" ".join(a.text_lines())[:200])}">\n'
              + (f'<meta property="og:image" content="{B}/images/{a.first_image()}">\n' if a.first_image() else "")
              + f'<meta property="og:type" content="article">\n<meta property="article:published_time" content="{webiso(a.date)}">\n'
              + "".join(f'<meta property="article:tag" content="{attr(t)}">\n' for t in a.opts["tags"]))
        tag_list = "".join(f'            <li><a class="tag p-category" href="{rel(page, tag_url(t))}" rel="tag">{esc(t)}</a></li>\n'
                           for t in a.opts["tags"])
        pager = ""
        if older or newer:
            pager = '    <ul class="pager hidden-print">\n'
            if older:
                pager += (f'            <li class="previous">\n                <a href="{rel(page, older.path)}" rel="prev" '
                          f'title="{attr(older.title)}">Bài viết trước</a>\n            </li>\n')
            if newer:
                pager += (f'            <li class="next">\n                <a href="{rel(page, newer.path)}" rel="next" '
                          f'title="{attr(newer.title)}">Bài viết tiếp theo</a>\n            </li>\n')
            pager += "        </ul>\n"
        content = f"""<article class="post-text h-entry hentry postpage" itemscope="itemscope" itemtype="http://schema.org/Article">
    <header>
        <h1 class="p-name entry-title" itemprop="headline name"><a href="{rel(page, a.path)}" class="u-url">{esc(a.title)}</a></h1>

        {header_meta(a, page, False)}

    </header>
    <div class="e-content entry-content" itemprop="articleBody text">
    {full(a, page)}
    </div>
    <aside class="postpromonav">
    <nav>
    <ul itemprop="keywords" class="tags">
{tag_list}        </ul>
{pager}    </nav>
    </aside>

</article>
"""
        html = layout(page, a.title, content, head=og)
        site.page(page, html)
        if a.opts.get("index_html"):
            alias = page + "index.html"
            site.same_page(alias, page)
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH NAM DINH", "THONG BAO SO 07/TB-LMHTX",
                                                 "Hoi cho san pham OCOP va HTX nam 2025"]))
        site.static(page + "index.rst", rst_source(a))
        site.add_article(a)

    # -- indexes: / (newest five) and /index-1.html (INDEXES_STATIC: the oldest page is number 1)
    first, rest = posts[:PER_PAGE], posts[PER_PAGE:]
    featured = next(a for a in posts if a.opts.get("featured"))

    def entry(a: Post, page: str) -> str:
        return (f'            <article class="h-entry post-text" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
                f'            <header>\n                <h1 class="p-name entry-title"><a href="{rel(page, a.path)}" class="u-url">'
                f"{esc(a.title)}</a></h1>\n                {header_meta(a, page, True)}\n            </header>\n"
                f'                <div class="p-summary entry-summary">\n                    {teaser(a, page)}\n'
                "                </div>\n            </article>\n")

    jumbo = (f'        <div class="d-none d-md-block">\n        <div class="jumbotron p-0 text-white rounded bg-dark">\n'
             f'            <div class="row bootblog4-featured-jumbotron-row">\n                <div class="col-md-6 p-3 '
             f'p-md-4 pr-0 h-md-250 bootblog4-featured-text">\n                    <h1 class="display-4 font-italic"><a '
             f'class="text-white" href="{rel("/", featured.path)}">{esc(featured.title)}</a></h1>\n'
             f'                        <div class="lead my-3 mb-0">{esc(teaser_text(featured))}</div>\n'
             "                        </div>\n            </div>\n        </div>\n    </div>\n")
    for path, chunk, title, prevnext in [
        ("/", first, NAME, (None, "/index-1.html")),
        ("/index-1.html", rest, f"{NAME} (các bài viết trước đây, trang 1)", ("/", None)),
    ]:
        pager = ('    <ul class="pager postindexpager clearfix">\n'
                 + (f'            <li class="previous"><a href="{rel(path, prevnext[0])}" rel="prev">Bài viết gần đây</a></li>\n'
                    if prevnext[0] else "")
                 + (f'            <li class="next"><a href="{rel(path, prevnext[1])}" rel="next">Bài viết trước đây</a></li>\n'
                    if prevnext[1] else "")
                 + "        </ul>\n")
        content = ('    <div class="postindex">\n' + "".join(entry(a, path) for a in chunk) + "    </div>\n" + pager)
        head = f'<link rel="prefetch" href="{rel(path, chunk[0].path)}" type="text/html">' if path == "/" else ""
        html = layout(path, title, content, head=head, description=DESC, before=jumbo if path == "/" else "",
                      prevnext=tuple(rel(path, p) if p else None for p in prevnext))
        site.page(path, html)
        site.non_articles.append(path)
    site.trap("front page / (newest five, teasers with 'Đọc thêm…' or the whole post, and the featured post's teaser "
              "in a jumbotron h1) and, INDEXES_STATIC, /index-1.html with the three oldest: lists in the post markup "
              "(h1.entry-title, byline, time.dt-published)", "/index-1.html")

    def gmt(d: datetime) -> str:
        return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=7))).astimezone(UTC), usegmt=True)

    def rss(title: str, link: str, items: list, self_url: str) -> str:
        def desc(a: Post) -> str:
            before, sep, _ = a.body.partition(MORE)
            text = (render(before, a.path) + f'<p><a href="{B}{a.path}">{READ_MORE}…</a> (Cần 1 phút để đọc)</p>') if sep else full(a, a.path)
            text = re.sub(r'(href|src)="(?!\{\{|mailto:)([^"]*)"',
                          lambda m: f'{m.group(1)}="{B}{absolute(a.path, m.group(2))}"', text)
            return esc(text)
        body = "".join(f"<item><title>{esc(a.title)}</title><link>{B}{a.path}</link><dc:creator>{esc(a.opts['author'])}</dc:creator>"
                       f"<description>{desc(a)}</description>"
                       + "".join(f"<category>{esc(t)}</category>" for t in a.opts["tags"])
                       + f"<guid>{B}{a.path}</guid><pubDate>{gmt(a.date)}</pubDate></item>" for a in items)
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{esc(title)}</title><link>{B}{link}</link>'
                f'<description>{esc(DESC)}</description><atom:link href="{B}{self_url}" rel="self" type="application/rss+xml">'
                f'</atom:link><language>vi</language><copyright>Contents © 2025 &lt;a href="mailto:{EMAIL}"&gt;{OFFICE}&lt;/a&gt; '
                f"</copyright><lastBuildDate>{gmt(BUILT)}</lastBuildDate><generator>Nikola (getnikola.com)</generator>"
                f"<docs>http://blogs.law.harvard.edu/tech/rss</docs>{body}</channel></rss>")

    # -- lists: tags, categories, authors, years
    def postlist(page: str, items: list, stray: bool = False) -> str:
        end = "<a></li>" if stray else "</a></li>"
        return ('        <ul class="postlist">\n' + "".join(
            f'            <li><time class="listdate" datetime="{webiso(a.date)}" title="{when(a.date)}">{when(a.date)}</time> '
            f'<a href="{rel(page, a.path)}" class="listtitle">{esc(a.title)}{end}\n' for a in items) + "        </ul>\n")

    def feedlink(page: str, feed: str, name: str | None) -> str:
        label = f"Nguồn cung cấp dữ liệu RSS ({esc(name)})" if name else "Nguồn cung cấp dữ liệu RSS"
        return (f'<div class="metadata">\n                <p class="feedlink">\n                    <a href="{rel(page, feed)}" '
                f'hreflang="vi" type="application/rss+xml">{label}</a>\n                </p>\n        </div>')

    def listing(page: str, title: str, items: list, feed: str, kind: str, name: str | None) -> None:
        stray = kind == "tagpage"
        content = (f'<article class="{kind}">\n    <header>\n        <h1>{esc(title)}</h1>\n        {feedlink(page, feed, name)}\n'
                   f"    </header>\n{postlist(page, items, stray)}</article>\n")
        head = (f'<link rel="alternate" type="application/rss+xml" title="RSS for {kind.replace("page", "")} '
                f'{attr(name or title)}" hreflang="vi" href="{rel(page, feed)}">')
        site.page(page, layout(page, title, content, head=head, feed_head=False))
        site.non_articles.append(page)
        site.page(feed, rss(title, page, items, feed), content_type="application/rss+xml; charset=utf-8")

    for t in tags:
        listing(tag_url(t), f"Bài viết về {t}", [a for a in posts if t in a.opts["tags"]],
                f"/categories/{slugify(t)}.xml", "tagpage", t)
    for c, n in CATS.items():
        listing(cat_url(c), f"Bài viết về {n}", [a for a in posts if a.opts["cat"] == c],
                f"/categories/cat_{c}.xml", "tagpage", n)
    for n in authors:
        listing(author_url(n), f"Bài đăng bởi {n}", [a for a in posts if a.opts["author"] == n],
                f"/authors/{slugify(n)}.xml", "authorpage", None)
    site.trap("tag /categories/<tag>/, category /categories/cat_<category>/ and author /authors/<slug>/ pages: an <h1> "
              "and a ul.postlist of 'yyyy-MM-dd HH:mm <title>' (the tag template leaves a stray <a> in every item), "
              "each with its own RSS feed (/categories/<tag>.xml): lists", "/categories/ocop/")
    badges = "".join(f'<li class="list-inline-item"><a class="reference badge badge-secondary" href="{rel("/categories/", cat_url(c))}">'
                     f"{esc(n)}</a></li>\n" for c, n in CATS.items())
    tbadges = "".join(f'<li class="list-inline-item"><a class="reference badge badge-secondary" href="{rel("/categories/", tag_url(t))}">'
                      f"{esc(t)}</a></li>\n" for t in tags)
    site.page("/categories/", layout("/categories/", "Thẻ và Thể loại",
                                     f'<h1>Thẻ và Thể loại</h1>\n        <h2>Thể loại</h2>\n            <ul class="list-inline">\n'
                                     f'{badges}            </ul>\n        <h2>Thẻ</h2>\n    <ul class="list-inline">\n{tbadges}    </ul>\n'))
    site.non_articles.append("/categories/")
    abadges = "".join(f'<li><a class="reference badge" href="{rel("/authors/", author_url(n))}">{esc(n)}</a></li>\n'
                      for n in authors)
    site.page("/authors/", layout("/authors/", "Tác giả", f'    <h2>Tác giả</h2>\n    <ul class="list-inline">\n{abadges}    </ul>\n',
                                  feed_head=False))
    site.non_articles.append("/authors/")
    years = sorted({a.date.year for a in posts}, reverse=True)
    items = "".join(f'        <li><a href="{y}/">{y}</a>\n            ({sum(1 for a in posts if a.date.year == y)})\n' for y in years)
    site.page("/archive.html", layout("/archive.html", "Kho", f'<article class="listpage">\n    <header>\n        <h1>Kho</h1>\n'
                                                          f'    </header>\n    <ul class="postlist">\n{items}    </ul>\n</article>\n'))
    site.non_articles.append("/archive.html")
    for y in years:
        page = f"/{y}/"
        site.page(page, layout(page, f"Các bài viết trong năm {y}",
                               f'<article class="listpage">\n    <header>\n        <h1>Các bài viết trong năm {y}</h1>\n'
                               f"    </header>\n{postlist(page, [a for a in posts if a.date.year == y])}</article>\n"))
        site.non_articles.append(page)
    site.trap("/archive.html (h1 'Kho': years with counts) and the year pages /2025/, /2024/ (ul.postlist): lists",
              "/2024/")

    # -- pages (story.tmpl: the post's h1.entry-title and e-content, no byline, no date)
    alias_post = next(a for a in posts if a.opts.get("index_html"))

    def story(slug: str, title: str, body: str) -> None:
        page = f"/pages/{slug}/"
        content = (f'<article class="post-text storypage" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
                   f'    <header>\n        <h1 class="p-name entry-title" itemprop="headline name"><a href="." class="u-url">'
                   f'{esc(title)}</a></h1>\n    </header>\n    <div class="e-content entry-content" itemprop="articleBody text">\n'
                   f"    {body}\n    </div>\n    \n</article>\n")
        og = (f'<meta name="author" content="{OFFICE}">\n<meta property="og:site_name" content="{attr(NAME)}">\n'
              f'<meta property="og:title" content="{attr(title)}">\n<meta property="og:url" content="{B}{page}">\n'
              f'<meta property="og:type" content="article">\n'
              f'<meta property="article:published_time" content="2024-09-05T10:00:00+07:00">\n')
        site.page(page, layout(page, title, content, head=og))

    p = "/pages/gioi-thieu/"
    story("gioi-thieu", "Giới thiệu",
          "<p>Trang thông tin do Văn phòng Liên minh HTX tỉnh Nam Định thực hiện từ tháng 9 năm 2024, thay cho trang tin cũ.</p>\n"
          "<p>Bài viết được nhiều bạn đọc quan tâm: <a class=\"reference external\" "
          f'href="{rel(p, alias_post.path + "index.html")}">{esc(alias_post.title)}</a>.</p>\n'
          f'<p>Cán bộ Liên minh xem thêm <a class="reference external" href="{rel(p, "/pages/tai-lieu-noi-bo/")}">'
          "tài liệu nội bộ</a>.</p>")
    story("lien-he", "Liên hệ", f"<p>Địa chỉ: {SIDE_CONTACT}.</p>\n<p>Thư điện tử: <a class=\"reference external\" "
                                f'href="mailto:{EMAIL}">{EMAIL}</a></p>')
    story("tai-lieu-noi-bo", "Tài liệu nội bộ", "<p>Danh mục tài liệu dành cho cán bộ Liên minh HTX tỉnh.</p>")
    site.non_articles += ["/pages/gioi-thieu/", "/pages/lien-he/"]
    site.never_fetched.append("/pages/tai-lieu-noi-bo/")
    site.trap("pages /pages/gioi-thieu/ and /pages/lien-he/ (story.tmpl: h1.entry-title and div.e-content like a post, "
              "og:type article and article:published_time, no byline or dateline): not articles", "/pages/gioi-thieu/")
    site.trap("robots.txt (Nikola's: 'Sitemap: …/sitemapindex.xml', ROBOTS_EXCLUSIONS) disallows /pages/tai-lieu-noi-bo/, "
              "which /pages/gioi-thieu/ links: never fetch", "/pages/tai-lieu-noi-bo/")

    site.page("/rss.xml", rss(NAME, "/", posts, "/rss.xml"), content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /rss.xml (head link on every page): PyRSS2Gen pubDates in GMT ('Thu, 17 Apr 2025 23:15:00 GMT' for "
              "the post of 2025-04-18 06:15), the teaser + 'Đọc thêm… (Cần 1 phút để đọc)' as description", "/rss.xml")
    lastmod = (BUILT - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%MZ").replace("Z", ":00Z")
    urls = (["/", "/index-1.html", "/archive.html", "/2025/", "/2024/", "/authors/", "/categories/"]
            + [a.path for a in reversed(posts)] + ["/pages/gioi-thieu/", "/pages/lien-he/"]
            + [tag_url(t) for t in tags] + [cat_url(c) for c in CATS] + [author_url(n) for n in authors])
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset\n    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
              '    xmlns:xhtml="http://www.w3.org/1999/xhtml"\n    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
              '    xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9\n                        '
              'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd">\n'
              + "".join(f" <url>\n  <loc>{B}{u}</loc>\n  <lastmod>{lastmod}</lastmod>\n </url>\n" for u in urls) + "</urlset>",
              content_type="application/xml; charset=utf-8")
    site.page("/sitemapindex.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex\n    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
              '    xmlns:xhtml="http://www.w3.org/1999/xhtml"\n    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
              '    xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9\n                        '
              'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd">\n'
              + "".join(f" <sitemap>\n  <loc>{B}{u}</loc>\n  <lastmod>{lastmod}</lastmod>\n </sitemap>\n"
                        for u in ["/rss.xml", "/sitemap.xml"]) + "</sitemapindex>",
              content_type="application/xml; charset=utf-8")
    site.trap("sitemapindex /sitemapindex.xml (named by robots.txt) -> /sitemap.xml: every <lastmod> is the build time "
              "in UTC (the files' mtime), not a publication date", "/sitemap.xml")
    site.static("/robots.txt", "Sitemap: {{base}}/sitemapindex.xml\n\nUser-Agent: *\nDisallow: /pages/tai-lieu-noi-bo/\n"
                "Host: {{base}}\n")
    site.static("/assets/css/all-nocdn.css", "body{font-family:Georgia,serif}.blog-header{line-height:1}\n")
    site.static("/assets/js/all-nocdn.js", "/* jquery, popper, bootstrap, baguetteBox */\n")
    site.static("/assets/js/html5.js", "/* html5shiv */\n")
    return site


def absolute(page: str, href: str) -> str:
    """The site path a relative link of `page` points at."""
    from urllib.parse import urljoin
    return urljoin("http://x" + page, href)[len("http://x"):]


def rst_source(a: Post) -> str:
    """The post's reStructuredText source as Nikola copies it next to the page (COPY_SOURCES)."""
    meta = [f".. title: {a.title}", f".. slug: {a.opts['slug']}", f".. date: {a.date:%Y-%m-%d %H:%M:%S} UTC+07:00",
            f".. tags: {', '.join(a.opts['tags'])}", f".. category: {a.opts['cat']}", ".. link: ", ".. description: ",
            ".. type: text"]
    if a.opts["author"] != OFFICE:
        meta.append(f".. author: {a.opts['author']}")
    if a.opts.get("featured"):
        meta.append(".. status: featured")
    lines = [*meta, ""]
    for b in parse_rich(a.body.replace(MORE, "\n.. TEASER_END\n")):
        if b.kind == "p":
            lines += [b.text if b.text != ".. TEASER_END" else ".. TEASER_END", ""]
        elif b.kind == "h":
            lines += [b.text, "-" * len(b.text), ""]
        elif b.kind in ("ul", "ol"):
            lines += [("- " if b.kind == "ul" else "#. ") + i for i in b.items] + [""]
        elif b.kind == "img":
            lines += [f".. figure:: /images/{b.src}", "   :align: center", "", f"   {b.text}", ""]
        elif b.kind == "table":
            lines += [".. list-table::", "   :header-rows: 1", ""]
            for r in b.rows:
                lines += [f"   * - {r[0]}"] + [f"     - {c}" for c in r[1:]]
            lines.append("")
    if a.byline:
        lines += [a.byline, ""]
    for x in a.attachments:
        lines += [f"Tải về: `{x['text']} <{x['path']}>`_", ""]
    return "\n".join(lines)
