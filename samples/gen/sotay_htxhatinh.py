"""Site `sotay-htxhatinh` (registry family `generic`): "Sổ tay Hợp tác xã Hà Tĩnh", the news-and-guides site of the Hà
Tĩnh cooperative alliance, a static site built with **MkDocs 1.6 + Material for MkDocs 9.7** (theme language `vi`,
features `navigation.indexes` / `navigation.footer`, web fonts off) and Material's **built-in blog plugin**
(`pagination_per_page: 5`), plus **mkdocs-rss-plugin** (`match_path: blog/posts/.*`, dates from `date.created`).
Written as a held-out test: no family module, no selectors.

URL shapes (MkDocs directory URLs, every link relative): docs pages `/gioi-thieu/`, `/huong-dan/thanh-lap-htx/`; the
blog index `/blog/` and `/blog/page/2/`; a post `/blog/<yyyy>/<mm>/<dd>/<slug>/` (the slug is the front matter's
`slug:` when the editor set one, else Material's Unicode slug of the title: `/blog/2025/12/18/htx-dịch-vụ-…/`,
percent-encoded in links); archives `/blog/archive/<yyyy>/`; categories `/blog/category/<unicode slug>/`
(`/blog/category/tin-ho%E1%BA%A1t-%C4%91%E1%BB%99ng/`); the RSS feeds `/feed_rss_created.xml` and
`/feed_rss_updated.xml` (head links on every page); `/sitemap.xml`; a static host also answers
`…/<slug>/index.html` (the home page links one post so). Search is client-side (a JSON index), no search page.

Why it is hard: the post's text is `article.md-content__inner`, but the page also carries the primary navigation (every
docs page, the archive years, the categories), the post sidebar (`md-sidebar--post`: "Quay lại", the author's
profile — the blog's author field, an office account "Ban biên tập" on most posts — and "Metadata": the date as
Babel's Vietnamese long date "9 tháng 3, 2026", "Trong <category>", "2 phút đọc") and the header repeating the title.
The date sits in `<time datetime="2026-03-09 00:00:00+00:00">`: a date-only front matter becomes midnight UTC, and
a time written without a zone ("2026-02-12 22:30:00") is labelled UTC too, so the datetime attribute and the RSS
`pubDate` (+0000) put that evening post on the next day in Vietnam. Headings carry a "¶" permalink. The listings
show excerpts (text above `<!-- more -->`) whose title is an `<h2>` link, with "Tiếp tục đọc".
"""

from __future__ import annotations

import math
import posixpath
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from babel.dates import format_date

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "sotay-htxhatinh"
NAME = "Sổ tay Hợp tác xã Hà Tĩnh"
DESC = "Tin tức, văn bản và hướng dẫn về kinh tế tập thể, hợp tác xã tỉnh Hà Tĩnh"
OWNER = "Liên minh HTX tỉnh Hà Tĩnh"
COPY = "Copyright &copy; 2024 – 2026 Liên minh HTX tỉnh Hà Tĩnh – 48 Nguyễn Du, phường Thành Sen, tỉnh Hà Tĩnh"
GENERATOR = "mkdocs-1.6.1, mkdocs-material-9.7.6"
MORE = "<!-- more -->"
BUILD = datetime(2026, 3, 20, 2, 14, 55)  # the CI build (UTC)
AUTHORS = {
    "bbt": ("Ban biên tập", "Tài khoản biên tập chung"),
    "ngthuy": ("Nguyễn Thị Thủy", "Phóng viên Ban Tuyên truyền"),
}
CATS = ["Mô hình HTX", "Số liệu", "Tin hoạt động", "Văn bản"]
FURN = [NAME, "Copyright © 2024 – 2026 Liên minh HTX tỉnh Hà Tĩnh", "phường Thành Sen, tỉnh Hà Tĩnh", "Made with",
        "Material for MkDocs", "Quay lại", "Metadata", "phút đọc", "Tài khoản biên tập chung", "Initializing search",
        "Thủ tục thành lập HTX", "Vay vốn Quỹ hỗ trợ phát triển HTX", "Bỏ qua", "Giới thiệu", "Liên hệ", "Lưu trữ"]

SVG = {
    "logo": "M12 3 1 9l11 6 9-4.91V17h2V9M5 13.18v4L12 21l7-3.82v-4L12 17l-7-3.82Z",
    "menu": "M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z",
    "search": "M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.516 6.516 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5Z",
    "back": "M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11h12Z",
    "calendar": "M19 19H5V8h14m-3-7v2H8V1H6v2H5c-1.11 0-2 .89-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2h-1V1m-1 11h-5v5h5v-5Z",
    "shelf": "M9 3v15h3V3H9m3 2 4 13 3-1-4-13-3 1M5 5v13h3V5H5M3 19v2h18v-2H3Z",
    "clock": "M12 20a8 8 0 0 0 8-8 8 8 0 0 0-8-8 8 8 0 0 0-8 8 8 8 0 0 0 8 8m0-18a10 10 0 0 1 10 10 10 10 0 0 1-10 10C6.47 22 2 17.5 2 12A10 10 0 0 1 12 2m.5 5v5.25l4.5 2.67-.75 1.23L11 13V7h1.5Z",
    "close": "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12 19 6.41Z",
}


def svg(name: str) -> str:
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="{SVG[name]}"/></svg>'


def toc_id(text: str) -> str:
    """Python-Markdown's default toc slugify (ASCII only: Vietnamese letters lose their marks, 'đ' is dropped)."""
    v = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    v = re.sub(r"[^\w\s-]", "", v).strip().lower()
    return re.sub(r"[-\s]+", "-", v)


def uslug(text: str) -> str:
    """pymdownx.slugs.slugify(case='lower'), Material's default for post and category slugs: Unicode kept."""
    s = unicodedata.normalize("NFC", text).strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def rel(target: str, base: str) -> str:
    """MkDocs' get_relative_url between two site paths (directory URLs end with '/')."""
    base_dir = base if base.endswith("/") else posixpath.dirname(base) + "/"
    t = target.rstrip("/") or "/"
    out = posixpath.relpath(t, base_dir.rstrip("/") or "/")
    if target.endswith("/") and not out.endswith("/"):
        out = "./" if out == "." else out + "/"
    return out


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def articles() -> list[Post]:
    A = Post

    def on(d: datetime, **kw) -> dict:
        return dict(date=d, published=iso(d, with_time=kw.get("timed", False)), published_source="date-element",
                    evidence=["date-element", "url", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc mở lớp bồi dưỡng kiến thức quản trị HTX năm 2026",
          body="""
Liên minh HTX tỉnh thông báo mở lớp bồi dưỡng kiến thức quản trị cho cán bộ quản lý HTX năm 2026.
<!-- more -->
**LIÊN MINH HTX TỈNH HÀ TĨNH**
Số: 07/TB-LMHTX
Hà Tĩnh, ngày 05 tháng 3 năm 2026
**THÔNG BÁO**
Về việc mở lớp bồi dưỡng kiến thức quản trị HTX năm 2026
Thực hiện Kế hoạch số 12/KH-LMHTX ngày 15/01/2026 của Liên minh HTX tỉnh, Liên minh HTX tỉnh thông báo mở lớp bồi dưỡng như sau:
* Đối tượng: giám đốc, kế toán HTX, tổ hợp tác trên địa bàn tỉnh.
* Thời gian: từ ngày 23 đến 25/3/2026.
* Địa điểm: Hội trường Liên minh HTX tỉnh, phường Thành Sen.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 18/3/2026.
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Nguyễn Văn Lợi**
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/assets/files/tb-07-lmhtx-2026.pdf", "text": "Tải Thông báo số 07/TB-LMHTX (PDF)"}],
          opts={"slug": "thong-bao-07-tb-lmhtx-lop-boi-duong-quan-tri-htx-2026", "authors": ["bbt"], "cats": ["Văn bản"],
                "desc": "Thông báo mở lớp bồi dưỡng kiến thức quản trị cho cán bộ quản lý HTX năm 2026."},
          notes=["notice 'Số: 07/TB-LMHTX' dated 05/3 in the text, post dated 9 tháng 3, 2026 (front matter date only: "
                 "<time datetime='2026-03-09 00:00:00+00:00'>, midnight UTC); signer last (text), the blog author is the "
                 "office account 'Ban biên tập': author null; the Markdown link 'Tải Thông báo số 07/TB-LMHTX (PDF)' to "
                 "/assets/files/…pdf after the text: an attachment"],
          **on(datetime(2026, 3, 9))),
        A(path="", title="Kết quả phát triển HTX nông nghiệp tỉnh Hà Tĩnh năm 2025",
          body="""
Năm 2025, khu vực HTX nông nghiệp của tỉnh tiếp tục tăng cả về số lượng và hiệu quả hoạt động.
<!-- more -->
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX nông nghiệp | 642 | 687 |
| Số thành viên | 58.210 | 60.945 |
| Doanh thu bình quân một HTX (triệu đồng) | 2.140 | 2.385 |
| HTX có sản phẩm OCOP | 118 | 131 |
Các khu vực Hương Khê, Vũ Quang và Can Lộc cũ có số HTX thành lập mới nhiều nhất.
""", byline="Theo Báo Hà Tĩnh", author=None,
          opts={"slug": "ket-qua-phat-trien-htx-nong-nghiep-2025", "authors": ["bbt"], "cats": ["Số liệu"], "alias": True},
          notes=["Markdown table (thead/tbody, one line per row); 'Theo Báo Hà Tĩnh' (right-aligned by attr_list) names "
                 "a newspaper: text, author null; the home page links it as …/index.html (the static host serves the "
                 "same file): an alias"],
          **on(datetime(2026, 2, 24))),
        A(path="", title="Liên minh HTX tỉnh gặp mặt HTX tiêu biểu nhân dịp Tết Bính Ngọ 2026",
          body="""
Chiều 12/2, Liên minh HTX tỉnh Hà Tĩnh tổ chức gặp mặt đại diện 60 HTX, tổ hợp tác tiêu biểu nhân dịp Tết Nguyên đán Bính Ngọ 2026.
<!-- more -->
Năm 2025, các HTX tiêu biểu đạt doanh thu bình quân 4,2 tỷ đồng, tạo việc làm thường xuyên cho hơn 3.100 lao động.
## Khen thưởng HTX tiêu biểu
Dịp này, Liên minh HTX tỉnh tặng Bằng khen cho 15 HTX có thành tích xuất sắc trong sản xuất kinh doanh.
Lãnh đạo Liên minh HTX tỉnh đề nghị các HTX tiếp tục đổi mới, mạnh dạn ứng dụng công nghệ vào sản xuất.
""", author="Nguyễn Thị Thủy",
          opts={"slug": "gap-mat-htx-tieu-bieu-tet-binh-ngo-2026", "authors": ["ngthuy"], "cats": ["Tin hoạt động"],
                "time": "2026-02-12 22:30:00"},
          notes=["posted 22:30 with a zone-less front matter time: <time datetime='2026-02-12 22:30:00+00:00'> and the RSS "
                 "pubDate 'Thu, 12 Feb 2026 22:30:00 +0000' (13/02 05:30 in Vietnam) while the page shows '12 tháng 2, "
                 "2026' and the URL /2026/02/12/; no byline, the blog author is a person (profile 'Nguyễn Thị Thủy') -> "
                 "author; an <h2> with a '¶' permalink"],
          **on(datetime(2026, 2, 12, 22, 30), timed=True)),
        A(path="", title="Ảnh: Mùa thu hoạch bưởi Phúc Trạch của HTX ở Hương Khê",
          body="""
Những ngày cuối tháng 1, các HTX trồng bưởi ở vùng Hương Khê tất bật thu hoạch bưởi Phúc Trạch phục vụ thị trường Tết.
<!-- more -->
[img buoi-phuc-trach-1.png] Thành viên HTX Bưởi Phúc Trạch thu hoạch quả tại vườn
[img buoi-phuc-trach-2.png] Bưởi được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế của HTX
[img buoi-phuc-trach-3.png] Xe của thương lái nhận bưởi tại HTX để đưa ra các tỉnh phía Bắc
""", byline="Bài và ảnh: Phan Thanh Hà", author="Phan Thanh Hà",
          opts={"slug": "anh-mua-thu-hoach-buoi-phuc-trach", "authors": ["bbt"], "cats": ["Mô hình HTX"]},
          notes=["photo story: three <figure> (md_in_html) with <figcaption> (one line each); 'Bài và ảnh: Phan Thanh Hà' "
                 "-> author, while the blog author is the office account"],
          **on(datetime(2026, 1, 27))),
        A(path="", title="Sáu bước giúp HTX xây dựng vùng nguyên liệu đạt chuẩn VietGAP",
          body="""
Xây dựng vùng nguyên liệu đạt chuẩn VietGAP giúp HTX nâng giá bán và giữ ổn định đầu ra cho thành viên.
<!-- more -->
Theo hướng dẫn của ngành nông nghiệp, HTX cần thực hiện sáu bước:
+ Khảo sát, khoanh vùng diện tích sản xuất tập trung;
+ Thống nhất quy trình canh tác với các hộ thành viên;
+ Tập huấn ghi chép nhật ký đồng ruộng;
+ Kiểm soát vật tư đầu vào theo danh mục cho phép;
+ Tự đánh giá nội bộ trước khi đề nghị chứng nhận;
+ Đăng ký chứng nhận với tổ chức được chỉ định.
""", byline="Lê Minh Đức - Trung tâm Khuyến nông", author="Lê Minh Đức",
          opts={"slug": "sau-buoc-xay-dung-vung-nguyen-lieu-vietgap", "authors": ["bbt"], "cats": ["Mô hình HTX"]},
          notes=["a six-item ordered list after a line ending with a colon; byline 'Lê Minh Đức - Trung tâm Khuyến nông' "
                 "-> author Lê Minh Đức"],
          **on(datetime(2026, 1, 10))),
        A(path="", title="HTX Dịch vụ nông nghiệp Cẩm Thành mở rộng cánh đồng lớn",
          body="""
Vụ đông xuân 2025 - 2026, HTX Dịch vụ nông nghiệp Cẩm Thành mở rộng cánh đồng lớn lên 120 ha, tăng 35 ha so với năm trước.
<!-- more -->
HTX ký hợp đồng với doanh nghiệp cung ứng giống lúa chất lượng cao và bao tiêu toàn bộ sản phẩm cho thành viên.
Nhờ làm đất, gieo cấy bằng máy, chi phí sản xuất của các hộ giảm khoảng 1,5 triệu đồng mỗi ha.
""", author=None,
          opts={"slug": None, "authors": ["bbt"], "cats": ["Mô hình HTX"]},
          notes=["no 'slug:' in the front matter: Material's Unicode slug of the title, the URL percent-encoded "
                 "(/blog/2025/12/18/htx-d%E1%BB%8Bch-v%E1%BB%A5-…/); no byline, office account: author null; only on "
                 "/blog/page/2/ among the blog pages"],
          **on(datetime(2025, 12, 18))),
        A(path="", title="Tập huấn chuyển đổi số cho cán bộ HTX năm 2025",
          body="""
Trong hai ngày 24 và 25/11, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 70 cán bộ quản lý HTX.
<!-- more -->
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên sàn thương mại điện tử.
Kết thúc lớp học, nhiều HTX đăng ký để được hỗ trợ xây dựng trang thông tin riêng.
""", byline="Đặng Thu Trang", author="Đặng Thu Trang",
          opts={"slug": "tap-huan-chuyen-doi-so-cho-can-bo-htx", "authors": ["bbt"], "cats": ["Tin hoạt động"]},
          notes=["the bare name 'Đặng Thu Trang' closes the text (author), the blog author is the office account"],
          **on(datetime(2025, 11, 25))),
        A(path="", title="Hội thảo liên kết sản xuất, tiêu thụ nông sản giữa HTX và doanh nghiệp",
          body="""
Ngày 29/10, Liên minh HTX tỉnh phối hợp với Sở Nông nghiệp và Môi trường tổ chức hội thảo liên kết sản xuất, tiêu thụ nông sản.
<!-- more -->
Tại hội thảo, 12 HTX đã ký biên bản ghi nhớ hợp tác với 7 doanh nghiệp chế biến, phân phối nông sản.
Các bên thống nhất xây dựng chuỗi liên kết bền vững cho sản phẩm lúa gạo, cam, bưởi và dược liệu.
""", byline="Theo Cổng TTĐT tỉnh Hà Tĩnh", author=None,
          opts={"slug": "hoi-thao-lien-ket-san-xuat-tieu-thu-nong-san", "authors": ["bbt"], "cats": ["Tin hoạt động"]},
          notes=["oldest post, only on /blog/page/2/ (and its archive and category); 'Theo Cổng TTĐT tỉnh Hà Tĩnh' names "
                 "a source: author null"],
          **on(datetime(2025, 10, 30))),
    ]


def md_html(a: Post, page_url: str, *, excerpt: bool = False) -> str:
    """What Python-Markdown (tables, attr_list, md_in_html, toc permalink) makes of the post's Markdown."""
    out = []
    source = a.body.split(MORE)[0] if excerpt else a.body.replace(MORE, "")
    for b in parse_rich(source):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            hid = toc_id(b.text)
            if excerpt:
                out.append(f'<h3 id="{hid}"><a class="toclink" href="{rel(a.path, page_url)}#{hid}">{esc(b.text)}</a></h3>')
            else:
                out.append(f'<h2 id="{hid}">{esc(b.text)}<a class="headerlink" href="#{hid}" title="Permanent link">&para;</a></h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            src = rel(f"/assets/images/tin-tuc/{b.src}", page_url)
            out.append(f'<figure>\n<img alt="" src="{src}" width="640" />\n<figcaption>{esc(b.text)}</figcaption>\n</figure>')
        elif b.kind == "table":
            head, *rows = b.rows
            align = ['' if k == 0 else ' style="text-align: right;"' for k in range(len(head))]
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th{align[k]}>{esc(c)}</th>" for k, c in enumerate(head))
                       + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td{align[k]}>{esc(c)}</td>" for k, c in enumerate(r)) + "\n</tr>"
                                   for r in rows) + "\n</tbody>\n</table>")
    if not excerpt:
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
        for x in a.attachments:
            out.append(f'<p><a href="{rel(x["path"], page_url)}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-tinh", NAME + " (MkDocs Material)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        slug = a.opts["slug"] or uslug(a.title)
        a.opts["url"] = f"/blog/{a.date:%Y/%m/%d}/{quote(slug)}/"
        a.path = a.opts["url"]
        words = len(" ".join(a.text_lines()).split())
        a.opts["readtime"] = max(1, math.ceil(words / 265))
    cat_url = {c: f"/blog/category/{quote(uslug(c))}/" for c in CATS}
    years = sorted({a.date.year for a in posts}, reverse=True)

    # -- navigation ----------------------------------------------------------------------------
    docs = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"),
            ("/huong-dan/thanh-lap-htx/", "Thủ tục thành lập HTX"), ("/huong-dan/vay-von/", "Vay vốn Quỹ hỗ trợ phát triển HTX"),
            ("/blog/", "Tin tức"), ("/lien-he/", "Liên hệ")]

    def nav_link(url: str, title: str, here: str, active: bool = False) -> str:
        cls = "md-nav__link md-nav__link--active" if active else "md-nav__link"
        return (f'<li class="md-nav__item{" md-nav__item--active" if active else ""}">\n<a href="{rel(url, here)}" class="{cls}">\n'
                f'<span class="md-ellipsis">\n{esc(title)}\n</span>\n</a>\n</li>')

    def nested(path: str, title: str, children: str, active: bool, index: tuple[str, str] | None, here: str) -> str:
        chk = " checked" if active else ""
        if index:
            head = (f'<div class="md-nav__link md-nav__container">\n<a href="{rel(index[0], here)}" class="md-nav__link '
                    f'{"md-nav__link--active" if here == index[0] else ""}">\n<span class="md-ellipsis">\n{esc(title)}\n</span>\n</a>\n'
                    f'<label class="md-nav__link" for="{path}" id="{path}_label" tabindex="0">\n<span class="md-nav__icon md-icon"></span>\n</label>\n</div>')
        else:
            head = (f'<label class="md-nav__link" for="{path}" id="{path}_label" tabindex="0">\n<span class="md-ellipsis">\n{esc(title)}\n'
                    f'</span>\n<span class="md-nav__icon md-icon"></span>\n</label>')
        return (f'<li class="md-nav__item{" md-nav__item--active" if active else ""} md-nav__item--nested">\n'
                f'<input class="md-nav__toggle md-toggle " type="checkbox" id="{path}"{chk}>\n{head}\n'
                f'<nav class="md-nav" data-md-level="1" aria-labelledby="{path}_label" aria-expanded="{"true" if active else "false"}">\n'
                f'<label class="md-nav__title" for="{path}">\n<span class="md-nav__icon md-icon"></span>\n{esc(title)}\n</label>\n'
                f'<ul class="md-nav__list" data-md-scrollfix>\n{children}\n</ul>\n</nav>\n</li>')

    def primary_nav(here: str) -> str:
        in_blog = here.startswith("/blog/")
        items = [nav_link("/", "Trang chủ", here, here == "/"), nav_link("/gioi-thieu/", "Giới thiệu", here, here == "/gioi-thieu/")]
        guides = "\n".join(nav_link(u, t, here, here == u) for u, t in docs[2:4])
        items.append(nested("__nav_3", "Hướng dẫn", guides, here.startswith("/huong-dan/"), None, here))
        archive = "\n".join(nav_link(f"/blog/archive/{y}/", str(y), here, here.startswith(f"/blog/archive/{y}/")) for y in years)
        cats = "\n".join(nav_link(cat_url[c], c, here, here.startswith(cat_url[c])) for c in CATS)
        blog_children = (nested("__nav_4_2", "Lưu trữ", archive, here.startswith("/blog/archive/"), None, here) + "\n"
                         + nested("__nav_4_3", "Mục", cats, here.startswith("/blog/category/"), None, here))
        items.append(nested("__nav_4", "Tin tức", blog_children, in_blog, ("/blog/", "Tin tức"), here))
        items.append(nav_link("/lien-he/", "Liên hệ", here, here == "/lien-he/"))
        return (f'<nav class="md-nav md-nav--primary" aria-label="Thanh điều hướng" data-md-level="0">\n<label class="md-nav__title" for="__drawer">\n'
                f'<a href="{rel("/", here)}" title="{NAME}" class="md-nav__button md-logo" aria-label="{NAME}" data-md-component="logo">\n{svg("logo")}\n</a>\n'
                f'{NAME}\n</label>\n<ul class="md-nav__list" data-md-scrollfix>\n' + "\n".join(items) + "\n</ul>\n</nav>")

    def toc(items: list[tuple[str, str]]) -> str:
        if not items:
            return '<nav class="md-nav md-nav--secondary" aria-label="Mục lục">\n</nav>'
        lis = "\n".join(f'<li class="md-nav__item">\n<a href="#{i}" class="md-nav__link">\n<span class="md-ellipsis">\n{esc(t)}\n</span>\n</a>\n</li>'
                        for i, t in items)
        return (f'<nav class="md-nav md-nav--secondary" aria-label="Mục lục">\n<label class="md-nav__title" for="__toc">\n'
                f'<span class="md-nav__icon md-icon"></span>\nMục lục\n</label>\n<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>\n'
                f'{lis}\n</ul>\n</nav>')

    def layout(here: str, title: str | None, container: str, *, toc_items: list[tuple[str, str]], skip: str | None,
               desc: str = DESC, prevnext: tuple | None = None) -> str:
        root = rel("/", here)
        base_cfg = root.rstrip("/") or "."
        head_title = f"{esc(title)} - {NAME}" if title else NAME
        links = ""
        footer_nav = ""
        if prevnext:
            prev, nxt = prevnext
            if prev:
                links += f'\n<link rel="prev" href="{rel(prev[0], here)}">'
            if nxt:
                links += f'\n<link rel="next" href="{rel(nxt[0], here)}">'
            parts = []
            if prev:
                parts.append(f'<a href="{rel(prev[0], here)}" class="md-footer__link md-footer__link--prev" aria-label="Trước: {attr(prev[1])}">\n'
                             f'<div class="md-footer__button md-icon">\n{svg("back")}\n</div>\n<div class="md-footer__title">\n'
                             f'<span class="md-footer__direction">\nTrước\n</span>\n<div class="md-ellipsis">\n{esc(prev[1])}\n</div>\n</div>\n</a>')
            if nxt:
                parts.append(f'<a href="{rel(nxt[0], here)}" class="md-footer__link md-footer__link--next" aria-label="Sau: {attr(nxt[1])}">\n'
                             f'<div class="md-footer__title">\n<span class="md-footer__direction">\nSau\n</span>\n<div class="md-ellipsis">\n'
                             f'{esc(nxt[1])}\n</div>\n</div>\n<div class="md-footer__button md-icon">\n{svg("back")}\n</div>\n</a>')
            footer_nav = '<nav class="md-footer__inner md-grid" aria-label="Chân trang" >\n' + "\n".join(parts) + "\n</nav>"
        skip_html = f'<a href="#{skip}" class="md-skip">\nBỏ qua\n</a>' if skip else ""
        topic = esc(title) if title else NAME
        return f"""<!doctype html>
<html lang="vi" class="no-js">
  <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width,initial-scale=1">
        <meta name="description" content="{attr(desc)}">
        <meta name="author" content="{OWNER}">
        <link rel="canonical" href="{{{{base}}}}{here}">{links}
        <link rel="alternate" type="application/rss+xml" title="RSS feed" href="{root}feed_rss_created.xml">
        <link rel="alternate" type="application/rss+xml" title="RSS feed of updated content" href="{root}feed_rss_updated.xml">
      <link rel="icon" href="{root}assets/images/favicon.png">
      <meta name="generator" content="{GENERATOR}">
        <title>{head_title}</title>
        <link rel="stylesheet" href="{root}assets/stylesheets/main.484c7ddc.min.css">
        <link rel="stylesheet" href="{root}assets/stylesheets/palette.ab4e12ef.min.css">
        <link rel="stylesheet" href="{root}stylesheets/extra.css">
    <script>__md_scope=new URL("{base_cfg}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{t.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}</script>
  </head>
  <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="green" data-md-color-accent="light-green">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip">
{skip_html}
    </div>
    <div data-md-component="announce">
    </div>
<header class="md-header md-header--shadow" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="Đầu trang">
    <a href="{root}" title="{NAME}" class="md-header__button md-logo" aria-label="{NAME}" data-md-component="logo">
      {svg("logo")}
    </a>
    <label class="md-header__button md-icon" for="__drawer">
      {svg("menu")}
    </label>
    <div class="md-header__title" data-md-component="header-title">
      <div class="md-header__ellipsis">
        <div class="md-header__topic">
          <span class="md-ellipsis">
            {NAME}
          </span>
        </div>
        <div class="md-header__topic" data-md-component="header-topic">
          <span class="md-ellipsis">
              {topic}
          </span>
        </div>
      </div>
    </div>
        <label class="md-header__button md-icon" for="__search">
          {svg("search")}
        </label>
<div class="md-search" data-md-component="search" role="dialog">
  <label class="md-search__overlay" for="__search"></label>
  <div class="md-search__inner" role="search">
    <form class="md-search__form" name="search">
      <input type="text" class="md-search__input" name="query" aria-label="Tìm kiếm" placeholder="Tìm kiếm" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>
      <label class="md-search__icon md-icon" for="__search">
        {svg("search")}
        {svg("back")}
      </label>
      <nav class="md-search__options" aria-label="Tìm kiếm">
        <button type="reset" class="md-search__icon md-icon" title="Xoá" aria-label="Xoá" tabindex="-1">
          {svg("close")}
        </button>
      </nav>
    </form>
    <div class="md-search__output">
      <div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>
        <div class="md-search-result" data-md-component="search-result">
          <div class="md-search-result__meta">
            Initializing search
          </div>
          <ol class="md-search-result__list" role="presentation"></ol>
        </div>
      </div>
    </div>
  </div>
</div>
  </nav>
</header>
    <div class="md-container" data-md-component="container">
      <main class="md-main" data-md-component="main">
        <div class="md-main__inner md-grid">
              <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation" >
                <div class="md-sidebar__scrollwrap">
                  <div class="md-sidebar__inner">
{primary_nav(here)}
                  </div>
                </div>
              </div>
              <div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc" >
                <div class="md-sidebar__scrollwrap">
                  <div class="md-sidebar__inner">
{toc(toc_items)}
                  </div>
                </div>
              </div>
{container}
          <script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
        </div>
      </main>
<footer class="md-footer">
{footer_nav}
  <div class="md-footer-meta md-typeset">
    <div class="md-footer-meta__inner md-grid">
      <div class="md-copyright">
    <div class="md-copyright__highlight">
      {COPY}
    </div>
    Made with
    <a href="{{{{base:offsite}}}}/squidfunk/mkdocs-material/" target="_blank" rel="noopener">
      Material for MkDocs
    </a>
</div>
    </div>
  </div>
</footer>
    </div>
    <div class="md-dialog" data-md-component="dialog">
      <div class="md-dialog__inner md-typeset"></div>
    </div>
      <script id="__config" type="application/json">{{"base": "{base_cfg}", "features": ["navigation.indexes", "navigation.footer"], "search": "{root}assets/javascripts/workers/search.2c215733.min.js", "tags": null, "translations": {{"clipboard.copied": "\\u0110\\u00e3 sao ch\\u00e9p", "clipboard.copy": "Sao ch\\u00e9p v\\u00e0o b\\u1ed9 nh\\u1edb t\\u1ea1m", "search.result.more.one": "1 t\\u1eeb kh\\u00e1c trong trang", "search.result.more.other": "# t\\u1eeb kh\\u00e1c trong trang", "search.result.none": "Kh\\u00f4ng t\\u00ecm th\\u1ea5y t\\u00e0i li\\u1ec7u li\\u00ean quan", "search.result.one": "1 t\\u00e0i li\\u1ec7u li\\u00ean quan", "search.result.other": "# t\\u00e0i li\\u1ec7u li\\u00ean quan", "search.result.placeholder": "Nh\\u1eadp \\u0111\\u1ec3 b\\u1eaft \\u0111\\u1ea7u t\\u00ecm ki\\u1ebfm", "search.result.term.missing": "Kh\\u00f4ng", "select.version": "Ch\\u1ecdn phi\\u00ean b\\u1ea3n"}}, "version": null}}</script>
      <script src="{root}assets/javascripts/bundle.79ae519e.min.js"></script>
  </body>
</html>
"""

    def date_long(d: datetime) -> str:
        return format_date(d, "long", locale="vi")

    def dt_attr(a: Post) -> str:
        return (a.opts["time"] if a.opts.get("time") else f"{a.date:%Y-%m-%d} 00:00:00") + "+00:00"

    def readtime(a: Post) -> str:
        return "1 phút đọc" if a.opts["readtime"] == 1 else f'{a.opts["readtime"]} phút đọc'

    def avatar(key: str, here: str) -> str:
        return rel(f"/assets/avatars/{key}.png", here)

    def excerpt(a: Post, here: str) -> str:
        authors = "".join(f'<span class="md-author">\n<img src="{avatar(k, here)}" alt="{attr(AUTHORS[k][0])}">\n</span>\n'
                          for k in a.opts["authors"])
        cats = ", ".join(f'<a href="{rel(cat_url[c], here)}" class="md-meta__link">{esc(c)}</a>' for c in a.opts["cats"])
        hid = toc_id(a.title)
        return (f'<article class="md-post md-post--excerpt">\n  <header class="md-post__header">\n'
                f'      <nav class="md-post__authors md-typeset">\n{authors}      </nav>\n'
                f'    <div class="md-post__meta md-meta">\n      <ul class="md-meta__list">\n'
                f'        <li class="md-meta__item">\n          <time datetime="{dt_attr(a)}">{date_long(a.date)}</time></li>\n'
                f'          <li class="md-meta__item">\n            Trong\n              {cats}</li>\n'
                f'          <li class="md-meta__item">\n              {readtime(a)}\n          </li>\n      </ul>\n    </div>\n  </header>\n'
                f'  <div class="md-post__content md-typeset">\n    <h2 id="{hid}"><a class="toclink" href="{rel(a.path, here)}">{esc(a.title)}</a></h2>\n'
                f'{md_html(a, here, excerpt=True)}\n      <nav class="md-post__action">\n        <a href="{rel(a.path, here)}">\n'
                f'          Tiếp tục đọc\n        </a>\n      </nav>\n  </div>\n</article>')

    def pagination(urls: list[str], n: int, here: str) -> str:
        parts = [f'<span class="md-pagination__current">{k + 1}</span>' if k == n else
                 f'<a class="md-pagination__link" href="{rel(u, here)}">{k + 1}</a>' for k, u in enumerate(urls)]
        return '<nav class="md-pagination">\n  ' + " ".join(parts) + "\n</nav>"

    def view(first: str, name: str, items: list[Post]) -> None:
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)] or [[]]
        urls = [first] + [f"{first}page/{k}/" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            here = urls[n]
            hid = toc_id(name) or "_1"
            content = (f'<div class="md-content" data-md-component="content">\n    <div class="md-content__inner">\n'
                       f'      <header class="md-typeset">\n        <h1 id="{hid}">{esc(name)}<a class="headerlink" href="#{hid}" '
                       f'title="Permanent link">&para;</a></h1>\n      </header>\n'
                       + "\n".join(excerpt(a, here) for a in chunk)
                       + ("\n" + pagination(urls, n, here) if len(chunks) > 1 else "") + "\n    </div>\n  </div>")
            site.page(here, layout(here, name, content, toc_items=[], skip=hid))
            site.non_articles.append(here)

    # -- posts ---------------------------------------------------------------------------------
    for a in posts:
        here = a.path
        hid = toc_id(a.title)
        heads = [(toc_id(b.text), b.text) for b in a.blocks if b.kind == "h"]
        prof = "".join(
            f'<div class="md-profile md-post__profile">\n<span class="md-author md-author--long">\n<img src="{avatar(k, here)}" '
            f'alt="{attr(AUTHORS[k][0])}">\n</span>\n<span class="md-profile__description">\n<strong>\n{esc(AUTHORS[k][0])}\n'
            f'</strong>\n<br>\n{esc(AUTHORS[k][1])}\n</span>\n</div>\n' for k in a.opts["authors"])
        cats = ", ".join(f'<a href="{rel(cat_url[c], here)}">{esc(c)}</a>' for c in a.opts["cats"])
        side = (f'<div class="md-sidebar md-sidebar--post" data-md-component="sidebar" data-md-type="navigation">\n'
                f'<div class="md-sidebar__scrollwrap">\n<div class="md-sidebar__inner md-post">\n<nav class="md-nav md-nav--primary">\n'
                f'<div class="md-post__back">\n<div class="md-nav__title md-nav__container">\n<a href="{rel("/blog/", here)}" class="md-nav__link">\n'
                f'{svg("back")}\n<span class="md-ellipsis">\nQuay lại\n</span>\n</a>\n</div>\n</div>\n'
                f'<div class="md-post__authors md-typeset">\n{prof}</div>\n'
                f'<ul class="md-post__meta md-nav__list">\n<li class="md-nav__item md-nav__item--section">\n<div class="md-post__title">\n'
                f'<span class="md-ellipsis">\nMetadata\n</span>\n</div>\n<nav class="md-nav">\n<ul class="md-nav__list">\n'
                f'<li class="md-nav__item">\n<div class="md-nav__link">\n{svg("calendar")}\n<time datetime="{dt_attr(a)}" class="md-ellipsis">'
                f'{date_long(a.date)}</time>\n</div>\n</li>\n'
                f'<li class="md-nav__item">\n<div class="md-nav__link">\n{svg("shelf")}\n<span class="md-ellipsis">\nTrong\n{cats}</span>\n</div>\n</li>\n'
                f'<li class="md-nav__item">\n<div class="md-nav__link">\n{svg("clock")}\n<span class="md-ellipsis">\n{readtime(a)}\n</span>\n</div>\n</li>\n'
                f'</ul>\n</nav>\n</li>\n</ul>\n</nav>\n</div>\n</div>\n</div>')
        body = md_html(a, here).replace("</p>\n", "</p>\n<!-- more -->\n", 1)  # where the editor put the separator
        content = (f'<div class="md-content md-content--post" data-md-component="content">\n{side}\n'
                   f'<article class="md-content__inner md-typeset">\n<h1 id="{hid}">{esc(a.title)}<a class="headerlink" href="#{hid}" '
                   f'title="Permanent link">&para;</a></h1>\n{body}\n</article>\n</div>')
        desc = a.opts.get("desc") or DESC
        html = layout(here, a.title, content, toc_items=heads, skip=hid, desc=desc)
        site.page(here, html)
        if a.opts.get("alias"):
            site.same_page(here + "index.html", here)
            a.aliases.append(here + "index.html")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/assets/images/tin-tuc/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH HA TINH", "THONG BAO SO 07/TB-LMHTX"]))
        site.add_article(a)

    view("/blog/", "Tin tức", posts)
    for y in years:
        view(f"/blog/archive/{y}/", str(y), [a for a in posts if a.date.year == y])
    for c in CATS:
        view(cat_url[c], c, [a for a in posts if c in a.opts["cats"]])
    site.trap("blog index /blog/ and /blog/page/2/ (5 a page), archives /blog/archive/<yyyy>/, categories "
              "/blog/category/<percent-encoded Unicode slug>/: excerpts (h2 title link, date, 'Trong <category>', read "
              "time, the text above <!-- more -->, 'Tiếp tục đọc'), every view's <h1> a plain name: listings",
              "/blog/page/2/")
    site.trap("every page carries the primary navigation (docs pages, archive years, categories) and the header "
              "repeating the page title; a post adds md-sidebar--post ('Quay lại', the author profile with its "
              "description, 'Metadata' with the date '9 tháng 3, 2026', 'Trong …', 'N phút đọc'); headings end with a "
              "'¶' permalink", posts[0].path)

    # -- docs pages ----------------------------------------------------------------------------
    alias_post = next(a for a in posts if a.opts.get("alias"))

    def doc(url: str, title: str, md: str, prevnext: tuple) -> None:
        hid = toc_id(title)
        heads = re.findall(r'<h2 id="([^"]+)">([^<]+)<', md)
        content = (f'<div class="md-content" data-md-component="content">\n<article class="md-content__inner md-typeset">\n'
                   f'<h1 id="{hid}">{esc(title)}<a class="headerlink" href="#{hid}" title="Permanent link">&para;</a></h1>\n{md}\n'
                   f'</article>\n</div>')
        site.page(url, layout(url, None if url == "/" else title, content, toc_items=heads, skip=hid, prevnext=prevnext))
        site.non_articles.append(url)

    def h2(text: str) -> str:
        i = toc_id(text)
        return f'<h2 id="{i}">{esc(text)}<a class="headerlink" href="#{i}" title="Permanent link">&para;</a></h2>'

    order = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"), ("/huong-dan/thanh-lap-htx/", "Thủ tục thành lập HTX"),
             ("/huong-dan/vay-von/", "Vay vốn Quỹ hỗ trợ phát triển HTX"), ("/blog/", "Tin tức"), ("/lien-he/", "Liên hệ")]

    def pn(url: str) -> tuple:
        k = [u for u, _ in order].index(url)
        return (order[k - 1] if k > 0 else None, order[k + 1] if k + 1 < len(order) else None)

    latest = posts[:3]
    home_links = "\n".join(
        f'<li><a href="{rel(a.path, "/") + ("index.html" if a is alias_post else "")}">{esc(a.title)}</a></li>'
        for a in [latest[0], alias_post, latest[2]])
    doc("/", NAME, f'<p>{esc(NAME)} do {OWNER} biên soạn, tập hợp tin tức, văn bản và hướng dẫn nghiệp vụ cho các hợp tác '
        f'xã, tổ hợp tác trên địa bàn tỉnh.</p>\n<div class="admonition note">\n<p class="admonition-title">Lưu ý</p>\n'
        f'<p>Nội dung hướng dẫn được cập nhật theo Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn thi hành.</p>\n</div>\n'
        f'{h2("Tin mới")}\n<ul>\n{home_links}\n</ul>\n<p>Xem tất cả ở mục <a href="blog/">Tin tức</a>.</p>', pn("/"))
    doc("/gioi-thieu/", "Giới thiệu", f"<p>{OWNER} là tổ chức kinh tế - xã hội, đại diện cho các HTX, liên hiệp HTX và tổ hợp "
        "tác trên địa bàn tỉnh.</p>\n<p>Sổ tay được xây dựng từ năm 2024 để cán bộ HTX tra cứu nhanh các thủ tục và chính sách.</p>",
        pn("/gioi-thieu/"))
    doc("/huong-dan/thanh-lap-htx/", "Thủ tục thành lập HTX", f"<p>Hồ sơ đăng ký thành lập HTX gồm:</p>\n<ol>\n<li>Giấy đề nghị "
        "đăng ký HTX;</li>\n<li>Điều lệ HTX;</li>\n<li>Phương án sản xuất, kinh doanh;</li>\n<li>Danh sách thành viên.</li>\n</ol>\n"
        f'{h2("Nơi nộp hồ sơ")}\n<p>Hồ sơ nộp tại cơ quan đăng ký HTX cấp xã nơi HTX đặt trụ sở chính.</p>', pn("/huong-dan/thanh-lap-htx/"))
    doc("/huong-dan/vay-von/", "Vay vốn Quỹ hỗ trợ phát triển HTX", "<p>Quỹ hỗ trợ phát triển HTX tỉnh cho vay với lãi suất ưu đãi "
        "đối với các dự án, phương án sản xuất kinh doanh khả thi của HTX.</p>\n"
        f'{h2("Điều kiện vay vốn")}\n<ul>\n<li>HTX hoạt động theo Luật HTX năm 2023;</li>\n<li>Có phương án sản xuất kinh doanh '
        "khả thi;</li>\n<li>Có tài sản bảo đảm theo quy định.</li>\n</ul>", pn("/huong-dan/vay-von/"))
    doc("/lien-he/", "Liên hệ", f"<p>{OWNER}</p>\n<p>Địa chỉ: 48 Nguyễn Du, phường Thành Sen, tỉnh Hà Tĩnh</p>\n"
        "<p>Điện thoại: 0239 3855 216 – Thư điện tử: lmhtxhatinh@gmail.com</p>", pn("/lien-he/"))
    site.trap("docs pages / (links the latest posts, one as …/index.html), /gioi-thieu/, /huong-dan/…/ (lists, h2 with "
              "'¶'), /lien-he/: the same Material layout with 'Trước'/'Sau' footer links and no date: not articles",
              "/huong-dan/thanh-lap-htx/")
    site.page("/404.html", layout("/404.html", "404", '<div class="md-content" data-md-component="content">\n<article class="md-content__inner '
              'md-typeset">\n<h1>404 - Not found</h1>\n</article>\n</div>', toc_items=[], skip=None))

    # -- feeds and sitemap ---------------------------------------------------------------------
    def rfc(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S +0000")

    def feed(name: str, items: list[tuple[Post, datetime]]) -> str:
        out = []
        for a, d in items:
            authors = "".join(f"\n      <author>{esc(AUTHORS[k][0])}</author>" for k in a.opts["authors"])
            cats = "".join(f"\n      <category>{esc(c)}</category>" for c in a.opts["cats"])
            desc = a.opts.get("desc") or inline_text(a.body.split(MORE)[0].strip())[:160]
            out.append(f"    <item>\n      <title>{esc(a.title)}</title>{authors}{cats}\n      <description>{esc(desc)}</description>\n"
                       f"      <link>{{{{base}}}}{a.path}</link>\n      <pubDate>{rfc(d)}</pubDate>\n"
                       f'      <source url="{{{{base}}}}/{name}">{NAME}</source>\n      <guid isPermaLink="true">{{{{base}}}}{a.path}</guid>\n    </item>')
        build = BUILD.strftime("%a, %d %b %Y %H:%M:%S -0000")
        return (f'<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
                f'xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n    <title>{NAME}</title>\n    <description>{DESC}</description>\n'
                f'    <link>{{{{base}}}}/</link>\n    <atom:link href="{{{{base}}}}/{name}" rel="self" type="application/rss+xml" />\n'
                f"    <managingEditor>{OWNER}</managingEditor>\n    <language>vi</language>\n    <pubDate>{build}</pubDate>\n"
                f"    <lastBuildDate>{build}</lastBuildDate>\n    <ttl>1440</ttl>\n    <generator>MkDocs RSS plugin - v1.17.1</generator>\n"
                + "\n".join(out) + "\n  </channel>\n</rss>\n")

    def created(a: Post) -> datetime:
        return datetime.strptime(a.opts["time"], "%Y-%m-%d %H:%M:%S") if a.opts.get("time") else a.date.replace(hour=0, minute=0)

    site.page("/feed_rss_created.xml", feed("feed_rss_created.xml", [(a, created(a)) for a in posts]),
              content_type="application/xml")
    edits = {0: datetime(2026, 3, 9, 8, 2, 11), 1: datetime(2026, 3, 18, 3, 40, 5), 2: datetime(2026, 3, 18, 3, 40, 5)}
    updated = sorted([(a, edits.get(k, created(a).replace(hour=1, minute=15))) for k, a in enumerate(posts)],
                     key=lambda x: x[1], reverse=True)
    site.page("/feed_rss_updated.xml", feed("feed_rss_updated.xml", updated), content_type="application/xml")
    site.trap("RSS (mkdocs-rss-plugin) /feed_rss_created.xml: pubDate '+0000' from the front matter (midnight UTC for a "
              "date-only post; the evening post 'Thu, 12 Feb 2026 22:30:00 +0000'); /feed_rss_updated.xml: pubDate = the "
              "last git commit of each file (a typo-fix commit of 18/03 on two posts): not publication dates",
              "/feed_rss_updated.xml")
    urls = ["/", "/gioi-thieu/", "/huong-dan/thanh-lap-htx/", "/huong-dan/vay-von/", "/blog/", "/lien-he/",
            *[a.path for a in sorted(posts, key=lambda a: a.date)], *[f"/blog/archive/{y}/" for y in years],
            *cat_url.values(), "/blog/page/2/"]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
              + "".join(f"    <url>\n         <loc>{{{{base}}}}{u}</loc>\n         <lastmod>{BUILD:%Y-%m-%d}</lastmod>\n    </url>\n"
                        for u in urls) + "</urlset>", content_type="application/xml")
    site.binary("/assets/images/favicon.png", image_for("favicon"))
    for css in ("/assets/stylesheets/main.484c7ddc.min.css", "/assets/stylesheets/palette.ab4e12ef.min.css", "/stylesheets/extra.css"):
        site.static(css, ".md-typeset{font-size:.8rem}\n")
    site.static("/assets/javascripts/bundle.79ae519e.min.js", "/* material bundle */\n")
    site.static("/assets/javascripts/workers/search.2c215733.min.js", "/* search worker */\n")
    for k in AUTHORS:
        site.binary(f"/assets/avatars/{k}.png", image_for(k))
    return site
