"""Site `tailieu-htxdaklak` (registry family `generic`): "Tài liệu Liên minh HTX tỉnh Đắk Lắk", the documentation
and news site the alliance's office builds with **Sphinx 7.3 + ABlog 0.11** in the **PyData Sphinx Theme 0.15**
(the `html` builder, `language = "vi"`, `html_baseurl` set, sphinx-sitemap; static files on a GitHub-Pages-like host;
the copy is of 10 June 2025). Written as a held-out test: no family module, no selectors.

URL shapes: a post `/tin-tuc/2025/<rst-file>.html` (the reST file the staff member named; `.. post::` makes it an
ABlog post); the host also answers `/tin-tuc/2025/<rst-file>` without `.html` (a later post links one so: an alias);
its source `/_sources/tin-tuc/2025/<rst-file>.rst.txt` ("Hiển thị mã nguồn" in the right sidebar); pages
`/index.html` (the home: an intro and `.. postlist:: 5`), `/gioi-thieu.html`, `/lien-he.html` (in the toctree: the
navbar and the left sidebar); ABlog's pages `/blog.html` (every post, no pager: ABlog has none), `/blog/2025.html`,
`/blog/2024.html` (the year archives), `/blog/tag/<tag>.html`, `/blog/category/<cat>.html`,
`/blog/author/<key>.html`, `/blog/tag.html`, `/blog/category.html`, `/blog/archive.html`; the Atom feed
`/blog/atom.xml`; Sphinx's `/genindex.html` and `/search.html`; `/sitemap.xml` (sphinx-sitemap) and `/robots.txt`
(from `html_extra_path`).

Why it is hard: the post is a docutils document: `<section id="…"><h1>Title<a class="headerlink">#</a></h1>`, nested
`<section>`s for `h2`, `<ul class="simple"><li><p>`, a table wrapped by the theme in
`div.pst-scrollable-table-container` (`<th class="head"><p>`), `<figure>` with `<figcaption><p><span
class="caption-text">` (and a `#` headerlink after every caption), the `:download:` role as
`a.reference.download > code > span.pre` pointing into `/_downloads/<hash>/`, an `.. update::` admonition inside
the body ("Cập nhật ngày …": a later note of the author, part of the text, not the publication date). Nothing in the
body or the head dates the post: ABlog's "postcard" in the left sidebar does (`18/04/2025 10:00`, "Cập nhật", the
author, the category, the tags) under the sidebar toctree, with "Bài mới" (5 recent), "Chuyên mục" and "Lưu trữ"
below. The author is ABlog's `:author:` (a key of `blog_authors`): a person, or the office account "Văn phòng Liên
minh HTX" (no author); a closing byline overrides it. ABlog writes the Atom feed with `post.date.astimezone()` on a
build machine in UTC: the naive local time is labelled `+00:00`, so the post of 21:30 on 12 March reads as 04:30
on 13 March in Vietnam. `post_show_prev_next` is off; the oldest post has no tag, category nor author: only
`/blog.html`, `/blog/2024.html`, the feed and the sitemap reach it.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tailieu-htxdaklak"
NAME = "Tài liệu Liên minh HTX tỉnh Đắk Lắk"
FEED_TITLE = "Tin hoạt động - Liên minh HTX tỉnh Đắk Lắk"
AUTHORS = {"vanphong": "Văn phòng Liên minh HTX", "lanht": "Hoàng Thị Lan"}
CATS = {"thong-bao": "Thông báo", "hoat-dong": "Hoạt động", "kien-thuc": "Kiến thức"}
COPY = "© Bản quyền 2025, Liên minh Hợp tác xã tỉnh Đắk Lắk."
FURN = [COPY, "Bỏ qua đến nội dung chính", "Lên đầu trang", "Điều hướng mục", "Trên trang này", "Hiển thị mã nguồn",
        "Được tạo bằng Sphinx 7.3.7.", "Xây dựng với PyData Sphinx Theme 0.15.4.", "Bài mới", "Lưu trữ",
        "Số 2 Lê Duẩn, phường Tân Thành, TP Buôn Ma Thuột - ĐT: 0262.3852.417"]
ADDRESS = FURN[-1]
NAV = [("Trang chủ", "/index.html"), ("Giới thiệu", "/gioi-thieu.html"), ("Tin hoạt động", "/blog.html"),
       ("Liên hệ", "/lien-he.html")]


def make_id(text: str) -> str:
    """docutils' make_id: NFKD, ASCII only (đ has no decomposition: dropped), runs of other characters to '-'."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def rel(frm: str, to: str) -> str:
    """A link as Sphinx writes it: relative to the page's folder."""
    anchor = ""
    if "#" in to:
        to, anchor = to.split("#", 1)
        anchor = "#" + anchor
    return posixpath.relpath(to, posixpath.dirname(frm) or "/") + anchor


def shown(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


class SphinxArticle(RichArticle):
    """An '.. update::' admonition closes the body: its title and its text are two more lines."""

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        extra = []
        if self.opts.get("update"):
            d, text = self.opts["update"]
            extra = [f"Cập nhật ngày {d:%d/%m/%Y}", text]
        return super().text_lines(byline_in_text) + extra


def articles() -> list[RichArticle]:
    A = SphinxArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc tổ chức lớp tập huấn chuyển đổi số cho HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH ĐẮK LẮK
Số: 05/TB-LMHTX
Đắk Lắk, ngày 15 tháng 4 năm 2025
THÔNG BÁO
Về việc tổ chức lớp tập huấn chuyển đổi số cho HTX năm 2025
Thực hiện Kế hoạch số 11/KH-LMHTX ngày 20/02/2025, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho cán bộ quản lý HTX như sau:
* Thời gian: từ ngày 08/5/2025 đến ngày 09/5/2025.
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 2 Lê Duẩn, TP Buôn Ma Thuột.
* Đối tượng: Giám đốc, kế toán HTX; mỗi HTX cử không quá 02 người.
Các HTX gửi danh sách đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 30/4/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Ngông Niê
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/_downloads/3f9c1e0a7b2d4e6f8a1b2c3d4e5f6a7b/TB-05-LMHTX-2025.pdf",
                        "text": "TB-05-LMHTX-2025.pdf"}],
          opts={"file": "thong-bao-05-tb-lmhtx", "by": "vanphong", "cat": "thong-bao", "tags": ["tap-huan", "chuyen-doi-so"],
                "update": (datetime(2025, 4, 22, 8, 30), "Lớp tập huấn chuyển sang Hội trường Trung tâm Khuyến nông tỉnh, "
                           "số 47 Nguyễn Tất Thành, TP Buôn Ma Thuột; thời gian không thay đổi.")},
          notes=["notice 'Số: 05/TB-LMHTX' dated 15/4 in its text, posted 18/04/2025 10:00 (the postcard); ABlog author "
                 "'vanphong' = the office account: no author; the signer is text; the :download: link (its own paragraph, "
                 "/_downloads/<hash>/…pdf) is an attachment, not text; an '.. update::' admonition 'Cập nhật ngày "
                 "22/04/2025' closes the body (text; the postcard's 'Cập nhật' is not the publication date)"],
          **at(datetime(2025, 4, 18, 10, 0))),
        A(path="", title="Những lưu ý khi HTX cà phê đáp ứng quy định chống phá rừng của EU",
          body="""
Quy định chống phá rừng của Liên minh châu Âu (EUDR) yêu cầu cà phê nhập khẩu vào EU phải chứng minh không gây mất rừng sau ngày 31/12/2020.
## Những việc HTX cần làm ngay
+ Lập bản đồ tọa độ từng vườn cà phê của thành viên;
+ Lưu giữ hồ sơ mua bán, nguồn gốc cà phê theo từng lô hàng;
+ Phối hợp với doanh nghiệp xuất khẩu để thống nhất mẫu hồ sơ truy xuất;
+ Tập huấn cho thành viên ghi chép nhật ký sản xuất.
HTX cà phê trên địa bàn tỉnh có thể liên hệ Trung tâm Khuyến nông để được hướng dẫn lập bản đồ vườn cây miễn phí.
Tham khảo thêm: [[mô hình của HTX Hồ tiêu Cư M'gar|{{alias}}]].
""", byline="Lê Văn Tâm - Trung tâm Khuyến nông", author="Lê Văn Tâm",
          opts={"file": "luu-y-eudr-htx-ca-phe", "by": "lanht", "cat": "kien-thuc", "tags": ["ca-phe", "xuat-khau"]},
          notes=["an h2 (a nested <section>) and an enumerated list (<ol class=\"arabic simple\">); ABlog author Hoàng Thị "
                 "Lan but 'Lê Văn Tâm - Trung tâm Khuyến nông' closes the text -> Lê Văn Tâm; its text links the photo "
                 "story without '.html' (the host answers it: an alias)"],
          **at(datetime(2025, 4, 2, 9, 0))),
        A(path="", title="HTX Nông nghiệp Công Bằng Ea Kiết xuất khẩu lô cà phê đặc sản đầu tiên",
          body="""
HTX Nông nghiệp Công Bằng Ea Kiết (huyện Cư M'gar) vừa xuất khẩu 19 tấn cà phê đặc sản sang Hàn Quốc.
Cà phê được chọn từ vườn của 62 hộ thành viên, thu hái quả chín trên 95% và sơ chế ướt tại xưởng của HTX.
Giá bán cao hơn cà phê nhân xô khoảng 30%, giúp thành viên tăng thu nhập đáng kể.
""", byline="Theo Báo Đắk Lắk", author=None,
          opts={"file": "htx-cong-bang-ea-kiet-xuat-khau", "by": "lanht", "cat": "hoat-dong", "tags": ["ca-phe", "xuat-khau"]},
          notes=["ABlog author Hoàng Thị Lan (a person) but 'Theo Báo Đắk Lắk' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 24, 16, 10))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Ea Kpam",
          body="""
Chiều 12/3, đoàn công tác Liên minh HTX tỉnh do Phó Chủ tịch Y Ngông Niê dẫn đầu đã làm việc với HTX Dịch vụ nông nghiệp Ea Kpam (huyện Cư M'gar).
HTX hiện có 85 thành viên, liên kết tiêu thụ 1.200 tấn cà phê nhân mỗi năm.
Đoàn ghi nhận kiến nghị của HTX về vốn vay đầu tư kho chứa và máy sấy cà phê.
""", author=None,
          opts={"file": "lam-viec-voi-htx-ea-kpam", "by": "vanphong", "cat": "hoat-dong", "tags": ["ca-phe"]},
          notes=["posted at 21:30 on 12 March (the postcard '12/03/2025 21:30'); ABlog writes the Atom feed with "
                 "astimezone() on a UTC build machine: '2025-03-12T21:30:00+00:00', i.e. 13 March 04:30 in Vietnam; "
                 "no byline, ABlog author = the office account: author null"],
          **at(datetime(2025, 3, 12, 21, 30))),
        A(path="", title="Ảnh: HTX Hồ tiêu Cư M'gar vào vụ thu hoạch",
          body="""
Đầu tháng 3, các thành viên HTX Hồ tiêu Cư M'gar bước vào vụ thu hoạch hồ tiêu năm 2025.
[img ho-tieu-1.png] Thành viên HTX thu hái tiêu chín trên vườn tiêu hữu cơ
[img ho-tieu-2.png] Hạt tiêu được phơi trên sân phơi có mái che của HTX
[img ho-tieu-3.png] Tiêu thành phẩm đóng gói mang nhãn hiệu của HTX
Năm nay HTX dự kiến thu hoạch 210 tấn tiêu khô, giá bán bình quân 150.000 đồng/kg.
""", byline="Bài và ảnh: Nguyễn Xuân Trường", author="Nguyễn Xuân Trường",
          opts={"file": "anh-htx-ho-tieu-cu-mgar", "by": "lanht", "cat": "hoat-dong", "tags": ["ho-tieu"]},
          notes=["photo story: three <figure>s, the caption in figcaption > p > span.caption-text followed by a '#' "
                 "headerlink (one line each); ABlog author Hoàng Thị Lan, 'Bài và ảnh: Nguyễn Xuân Trường' closes it -> "
                 "author; also served at /tin-tuc/2025/anh-htx-ho-tieu-cu-mgar (no .html): an alias"],
          **at(datetime(2025, 3, 5, 15, 20))),
        A(path="", title="Số liệu phát triển HTX nông nghiệp tỉnh Đắk Lắk năm 2024",
          body="""
Năm 2024, toàn tỉnh có 512 HTX nông nghiệp đang hoạt động, tăng 37 HTX so với năm 2023.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Trồng trọt | 298 | 18.420 | 2.150 |
| Chăn nuôi | 64 | 2.310 | 1.870 |
| Dịch vụ nông nghiệp | 121 | 9.650 | 3.420 |
| Tổng hợp | 29 | 1.540 | 1.260 |
Các HTX trồng trọt tập trung ở các huyện Krông Pắc, Cư M'gar và Ea H'leo.
""", author="Hoàng Thị Lan",
          opts={"file": "so-lieu-htx-nong-nghiep-2024", "by": "lanht", "cat": "kien-thuc", "tags": ["so-lieu"]},
          notes=["a table (pst-scrollable-table-container, th.head > p): one line per row; ABlog author 'lanht' = "
                 "Hoàng Thị Lan, no byline in the text: she is the author"],
          **at(datetime(2025, 2, 20, 14, 0))),
        A(path="", title="HTX Sầu riêng Krông Pắc đạt chứng nhận VietGAP cho 45 ha",
          body="""
HTX Sầu riêng Krông Pắc vừa được cấp chứng nhận VietGAP cho 45 ha sầu riêng của 38 hộ thành viên.
Chứng nhận giúp HTX đủ điều kiện cấp mã số vùng trồng phục vụ xuất khẩu chính ngạch.
HTX đang phối hợp với hai doanh nghiệp xuất khẩu để ký hợp đồng bao tiêu vụ sầu riêng năm 2025.
""", byline="Trần Thị Thu Hà", author="Trần Thị Thu Hà",
          opts={"file": "htx-sau-rieng-krong-pac-vietgap", "by": None, "cat": "hoat-dong", "tags": ["sau-rieng"]},
          notes=["no ABlog author; the bare name 'Trần Thị Thu Hà' closes the text: the author"],
          **at(datetime(2025, 2, 7, 10, 30))),
        A(path="", title="Liên minh HTX tỉnh Đắk Lắk tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 37 HTX, tổ chức 12 lớp tập huấn cho 650 lượt cán bộ HTX.
""", byline="Tin, ảnh: Phạm Ngọc Sơn", author="Phạm Ngọc Sơn",
          opts={"file": "tong-ket-cong-tac-nam-2024", "by": None, "cat": None, "tags": [], "year": 2024},
          notes=["the oldest post (/tin-tuc/2024/…): no tag, category nor ABlog author, not among the 5 of the home "
                 "page and 'Bài mới'; only /blog.html, the year archive /blog/2024.html, the Atom feed and the "
                 "sitemap reach it; 'Tin, ảnh: Phạm Ngọc Sơn' -> author"],
          **at(datetime(2024, 12, 27, 15, 0))),
    ]


def body_html(a: RichArticle, page: str, alias: str) -> str:
    out, open_sec, fig = [], False, 0
    for b in a.blocks:
        if b.kind == "p":
            text = esc(inline_text(b.text))
            m = re.search(r"\[\[(.+?)\|\{\{alias\}\}\]\]", b.text)
            if m:
                text = esc(b.text[:m.start()]) + (f'<a class="reference external" href="{{{{base}}}}{alias}">'
                                                   f'{esc(m.group(1))}</a>') + esc(b.text[m.end():])
            out.append(f"<p>{text}</p>")
        elif b.kind == "h":
            if open_sec:
                out.append("</section>")
            sid = make_id(b.text)
            out.append(f'<section id="{sid}">\n<h2>{esc(b.text)}<a class="headerlink" href="#{sid}" '
                       f'title="Link to this heading">#</a></h2>')
            open_sec = True
        elif b.kind == "ul":
            out.append('<ul class="simple">\n' + "\n".join(f"<li><p>{esc(x)}</p></li>" for x in b.items) + "\n</ul>")
        elif b.kind == "ol":
            out.append('<ol class="arabic simple">\n' + "\n".join(f"<li><p>{esc(x)}</p></li>" for x in b.items) + "\n</ol>")
        elif b.kind == "table":
            head, *rows = b.rows
            cls = ["row-odd", "row-even"]
            out.append('<div class="pst-scrollable-table-container"><table class="table">\n<thead>\n<tr class="row-odd">'
                       + "\n".join(f'<th class="head"><p>{esc(c)}</p></th>' for c in head) + "</tr>\n</thead>\n<tbody>\n"
                       + "\n".join(f'<tr class="{cls[(i + 1) % 2]}">' + "\n".join(f"<td><p>{esc(c)}</p></td>" for c in r)
                                   + "</tr>" for i, r in enumerate(rows)) + "\n</tbody>\n</table>\n</div>")
        elif b.kind == "img":
            fig += 1
            src = rel(page, f"/_images/{b.src}")
            out.append(f'<figure class="align-center" id="id{fig}">\n<img alt="{attr(b.text)}" src="{src}" />\n'
                       f'<figcaption>\n<p><span class="caption-text">{esc(b.text)}</span><a class="headerlink" '
                       f'href="#id{fig}" title="Link to this image">#</a></p>\n</figcaption>\n</figure>')
    for x in a.attachments:
        out.append(f'<p><a class="reference download internal" download="" href="{rel(page, x["path"])}"><code class="xref '
                   f'download docutils literal notranslate"><span class="pre">{esc(x["text"])}</span></code></a></p>')
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    if a.opts.get("update"):
        d, text = a.opts["update"]
        out.append(f'<div class="admonition update">\n<p class="admonition-title">Cập nhật ngày {d:%d/%m/%Y}</p>\n'
                   f"<p>{esc(text)}</p>\n</div>")
    if open_sec:
        out.append("</section>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-lak", f"{NAME} (Sphinx + ABlog)", "generic", None,
                     start_urls=["{{base:%s}}/index.html" % SITE], feeds=["{{base:%s}}/blog/atom.xml" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/tin-tuc/{a.opts.get('year', 2025)}/{a.opts['file']}.html"
    photo = next(a for a in arts if a.title.startswith("Ảnh:"))
    alias = photo.path[:-5]
    recent = arts[:5]
    years = sorted({a.date.year for a in arts}, reverse=True)
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    cats = [c for c in CATS if any(a.opts["cat"] == c for a in arts)]
    authors = [k for k in AUTHORS if any(a.opts["by"] == k for a in arts)]
    digest = "dfe6caa3a7d634c4db9b"

    def head(page: str, title: str, desc: str = "") -> str:
        r = lambda p: rel(page, p)  # noqa: E731
        root = posixpath.relpath("/", posixpath.dirname(page)) + "/" if posixpath.dirname(page) != "/" else ""
        meta_desc = f'\n    <meta name="description" content="{attr(desc)}" />' if desc else ""
        return f"""<!DOCTYPE html>

<html lang="vi" data-content_root="{root or './'}" >

  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />{meta_desc}

    <title>{esc(title)}</title>



  <script data-cfasync="false">
    document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
    document.documentElement.dataset.theme = localStorage.getItem("theme") || "";
  </script>

  <!-- Loaded before other Sphinx assets -->
  <link href="{r('/_static/styles/theme.css')}?digest={digest}" rel="stylesheet" />
  <link href="{r('/_static/styles/bootstrap.css')}?digest={digest}" rel="stylesheet" />
  <link href="{r('/_static/styles/pydata-sphinx-theme.css')}?digest={digest}" rel="stylesheet" />
  <link href="{r('/_static/vendor/fontawesome/6.5.2/css/all.min.css')}?digest={digest}" rel="stylesheet" />

    <link rel="stylesheet" type="text/css" href="{r('/_static/pygments.css')}?v=a746c00c" />
    <link rel="stylesheet" type="text/css" href="{r('/_static/ablog/ablog.css')}?v=bd43d8ee" />

  <!-- Pre-loaded scripts that we'll load fully later -->
  <link rel="preload" as="script" href="{r('/_static/scripts/bootstrap.js')}?digest={digest}" />
<link rel="preload" as="script" href="{r('/_static/scripts/pydata-sphinx-theme.js')}?digest={digest}" />

    <script src="{r('/_static/documentation_options.js')}?v=9a2dae69"></script>
    <script src="{r('/_static/doctools.js')}?v=9a2dae69"></script>
    <script src="{r('/_static/sphinx_highlight.js')}?v=dc90522c"></script>
    <script src="{r('/_static/translations.js')}?v=d190bf04"></script>
    <script>DOCUMENTATION_OPTIONS.pagename = '{page[1:-5]}';</script>
    <link rel="canonical" href="{{{{base}}}}{page}" />
    <link rel="index" title="Chỉ mục" href="{r('/genindex.html')}" />
    <link rel="search" title="Tìm kiếm" href="{r('/search.html')}" />
    <link rel="alternate" type="application/atom+xml" href="{r('/blog/atom.xml')}" title="{attr(FEED_TITLE)}" />
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <meta name="docsearch:language" content="vi"/>
  </head>
"""

    def sidebar(page: str, a: RichArticle | None) -> str:
        r = lambda p: rel(page, p)  # noqa: E731
        toc = "\n".join(f'<li class="toctree-l1{" current active" if p == page else ""}"><a class="reference internal" '
                        f'href="{r(p)}">{esc(n)}</a></li>' for n, p in NAV[1:])
        card = ""
        if a is not None:
            items = []
            upd = a.opts.get("update")
            if upd:
                items.append(f'<li id="ablog-sidebar-item update ablog__update"><span><i class="fa fa-pencil fa-fw"></i>'
                             f' Cập nhật:</span> <span>{shown(upd[0])}</span></li>')
            if a.opts["by"]:
                items.append(f'<li id="ablog-sidebar-item author ablog__author"><span><i class="fa-fw fa fa-user"></i>'
                             f'</span> <a href="{r("/blog/author/" + a.opts["by"] + ".html")}">{esc(AUTHORS[a.opts["by"]])}</a></li>')
            if a.opts["cat"]:
                items.append(f'<li id="ablog-sidebar-item category ablog__category"><span><i class="fa-fw fa fa-folder-open">'
                             f'</i></span> <a href="{r("/blog/category/" + a.opts["cat"] + ".html")}">{CATS[a.opts["cat"]]}</a></li>')
            if a.opts["tags"]:
                items.append('<li id="ablog-sidebar-item tags ablog__tags"><span><i class="fa-fw fa fa-tag"></i></span> '
                             + ", ".join(f'<a href="{r("/blog/tag/" + t + ".html")}">{t}</a>' for t in a.opts["tags"]) + "</li>")
            card = (f'<div class="sidebar-primary-item">\n<div class="ablog-sidebar-item ablog__postcard">\n  <h2>\n    '
                    f'<i class="fa fa-calendar"></i>\n    <span>{shown(a.date)}</span>\n  </h2>\n  <ul class="ablog__postcard-list">\n'
                    + "\n".join(items) + "\n  </ul>\n</div>\n</div>\n")
        rec = "\n".join(f'<li><a href="{r(x.path)}">{shown(x.date)[:5]} - {esc(x.title)}</a></li>' for x in recent)
        cat_html = "\n".join(f'<li><a href="{r("/blog/category/" + c + ".html")}">{CATS[c]} '
                             f'({sum(1 for x in arts if x.opts["cat"] == c)})</a></li>' for c in cats)
        arch = "\n".join(f'<li><a href="{r(f"/blog/{y}.html")}">{y} ({sum(1 for x in arts if x.date.year == y)})</a></li>'
                         for y in years)
        return f"""<div class="bd-sidebar-primary bd-sidebar">
  <div class="sidebar-primary-items__start sidebar-primary__section">
    <div class="sidebar-primary-item">
<nav class="bd-docs-nav bd-links"
     aria-label="Điều hướng mục">
  <p class="bd-links__title" role="heading" aria-level="1">Điều hướng mục</p>
  <div class="bd-toc-item navbar-nav"><ul class="nav bd-sidenav">
{toc}
</ul>
</div>
</nav></div>
{card}<div class="sidebar-primary-item">
<div class="ablog-sidebar-item ablog__recentposts">
  <h3><a href="{r('/blog.html')}">Bài mới</a></h3>
  <ul>
{rec}
  </ul>
</div>
</div>
<div class="sidebar-primary-item">
<div class="ablog-sidebar-item ablog__categories">
  <h3><a href="{r('/blog/category.html')}">Chuyên mục</a></h3>
  <ul>
{cat_html}
  </ul>
</div>
</div>
<div class="sidebar-primary-item">
<div class="ablog-sidebar-item ablog__archives">
  <h3><a href="{r('/blog/archive.html')}">Lưu trữ</a></h3>
  <ul>
{arch}
  </ul>
</div>
</div>
  </div>
</div>
"""

    def layout(page: str, title: str, article_html: str, a: RichArticle | None = None, source: str | None = None,
               toc: str = "", crumb: str = "", desc: str = "") -> str:
        r = lambda p: rel(page, p)  # noqa: E731
        nav = "\n".join(f'<li class="nav-item{" current active" if p == page else ""}">\n  <a class="nav-link nav-internal" '
                        f'href="{r(p)}">\n    {esc(n)}\n  </a>\n</li>' for n, p in NAV[1:])
        src = (f'<div class="sidebar-secondary-item">\n  <div class="tocsection sourcelink">\n    <a href="{r(source)}">\n'
               f'      <i class="fa-solid fa-file-lines"></i> Hiển thị mã nguồn\n    </a>\n  </div>\n</div>') if source else ""
        secondary = f"""<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">
  <div class="sidebar-secondary-item">
<div class="page-toc tocsection onthispage">
    <i class="fa-solid fa-list"></i> Trên trang này
  </div>
  <nav class="bd-toc-nav page-toc">
{toc}
  </nav></div>
{src}
</div></div>"""
        crumbs = (f'<nav aria-label="Breadcrumb" class="d-print-none">\n  <ul class="bd-breadcrumbs">\n    <li class="breadcrumb-item '
                  f'breadcrumb-home">\n      <a href="{r("/index.html")}" class="nav-link" aria-label="Trang chủ">\n        '
                  f'<i class="fa-solid fa-home"></i>\n      </a>\n    </li>\n    <li class="breadcrumb-item active" '
                  f'aria-current="page">{esc(crumb or title)}</li>\n  </ul>\n</nav>')
        return head(page, f"{title} &#8212; {NAME}".replace("&#8212;", "—"), desc) + f"""
  <body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">

  <div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Bỏ qua đến nội dung chính</a></div>

  <div id="pst-scroll-pixel-helper"></div>

  <button type="button" class="btn rounded-pill" id="pst-back-to-top">
    <i class="fa-solid fa-arrow-up"></i>Lên đầu trang</button>

  <input type="checkbox" class="sidebar-toggle" id="pst-primary-sidebar-checkbox"/>
  <label class="overlay overlay-primary" for="pst-primary-sidebar-checkbox"></label>

  <div class="search-button__wrapper">
    <div class="search-button__overlay"></div>
    <div class="search-button__search-container">
<form class="bd-search d-flex align-items-center"
      action="{r('/search.html')}"
      method="get">
  <i class="fa-solid fa-magnifying-glass"></i>
  <input type="search"
         class="form-control"
         name="q"
         id="search-input"
         placeholder="Tìm kiếm..."
         aria-label="Tìm kiếm..."
         autocomplete="off"
         autocorrect="off"
         autocapitalize="off"
         spellcheck="false"/>
  <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span>
</form></div>
  </div>

  <header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none">
<div class="bd-header__inner bd-page-width">
  <div class="navbar-header-items__start">
    <div class="navbar-item">
  <a class="navbar-brand logo" href="{r('/index.html')}">
    <img src="{r('/_static/logo-lmhtx.png')}" class="logo__image only-light" alt="{attr(NAME)} - Home"/>
    <p class="title logo__title">{esc(NAME)}</p>
  </a></div>
  </div>
  <div class="col-lg-9 navbar-header-items">
    <div class="me-auto navbar-header-items__center">
      <div class="navbar-item">
<nav class="navbar-nav">
  <ul class="bd-navbar-elements navbar-nav">
{nav}
  </ul>
</nav></div>
    </div>
  </div>
</div>
  </header>

  <div class="bd-container">
    <div class="bd-container__inner bd-page-width">
{sidebar(page, a)}
      <main id="main-content" class="bd-main" role="main">
        <div class="bd-content">
          <div class="bd-article-container">
            <div class="bd-header-article d-print-none">
<div class="header-article-items header-article__inner">
  <div class="header-article-items__start">
    <div class="header-article-item">
{crumbs}
</div>
  </div>
</div>
</div>
<div id="searchbox"></div>
<article class="bd-article">
{article_html}
</article>
          </div>
{secondary}
        </div>
        <footer class="bd-footer-content">
        </footer>
      </main>
    </div>
  </div>

  <script src="{r('/_static/scripts/bootstrap.js')}?digest={digest}"></script>
<script src="{r('/_static/scripts/pydata-sphinx-theme.js')}?digest={digest}"></script>

  <footer class="bd-footer">
<div class="bd-footer__inner bd-page-width">
    <div class="footer-items__start">
        <div class="footer-item">
  <p class="copyright">
    {COPY}
    <br/>
  </p>
</div>
        <div class="footer-item">
  <p class="sphinx-version">
    Được tạo bằng <a href="{{{{base:offsite}}}}/sphinx-doc/">Sphinx</a> 7.3.7.
    <br/>
  </p>
</div>
        <div class="footer-item"><p>{esc(ADDRESS)}</p></div>
    </div>
    <div class="footer-items__end">
        <div class="footer-item">
<p class="theme-version">
  Xây dựng với <a href="{{{{base:offsite}}}}/pydata-sphinx-theme/">PyData Sphinx Theme</a> 0.15.4.
</p></div>
    </div>
</div>
  </footer>
  </body>
</html>
"""

    # -- posts --------------------------------------------------------------------------------
    for a in arts:
        page = a.path
        sid = make_id(a.title)
        body = body_html(a, page, alias)
        art = (f'<section id="{sid}">\n<h1>{esc(a.title)}<a class="headerlink" href="#{sid}" title="Link to this heading">#</a>'
               f"</h1>\n{body}\n</section>")
        heads = [b.text for b in a.blocks if b.kind == "h"]
        toc = ('<ul class="visible nav section-nav flex-column">\n' + "\n".join(
            f'<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#{make_id(t)}">{esc(t)}</a></li>'
            for t in heads) + "\n</ul>") if heads else ""
        source = f"/_sources{page[:-5]}.rst.txt"
        site.page(page, layout(page, a.title, art, a, source, toc, desc=a.summary()))
        rst = [a.title, "=" * len(a.title), "", f".. post:: {a.date:%Y-%m-%d %H:%M}"]
        if a.opts["tags"]:
            rst.append(f"   :tags: {', '.join(a.opts['tags'])}")
        if a.opts["cat"]:
            rst.append(f"   :category: {a.opts['cat']}")
        if a.opts["by"]:
            rst.append(f"   :author: {a.opts['by']}")
        rst.append("")
        for b in a.blocks:
            if b.kind == "h":
                rst += [b.text, "-" * len(b.text), ""]
            elif b.kind in ("ul", "ol"):
                rst += [("#. " if b.kind == "ol" else "* ") + x for x in b.items] + [""]
            elif b.kind == "table":
                rst += [".. list-table::", "   :header-rows: 1", ""]
                for row in b.rows:
                    rst += ["   * - " + row[0]] + [f"     - {c}" for c in row[1:]]
                rst.append("")
            elif b.kind == "img":
                rst += [f".. figure:: /_images/{b.src}", "   :align: center", "", f"   {b.text}", ""]
            else:
                rst += [inline_text(b.text).replace("mô hình của HTX Hồ tiêu Cư M'gar",
                                                      f"`mô hình của HTX Hồ tiêu Cư M'gar <https://tailieu.lienminhhtxdaklak.vn{alias}>`_"), ""]
        for x in a.attachments:
            rst += [f":download:`{x['text']} <../../_files/{x['text']}>`", ""]
        if a.byline:
            rst += [f"**{a.byline}**", ""]
        if a.opts.get("update"):
            d, text = a.opts["update"]
            rst += [f".. update:: {d:%Y-%m-%d %H:%M}", "", f"   {text}", ""]
        site.static(source, "\n".join(rst) + "\n")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/_images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.files[x["path"].lstrip("/")] = pdf(a.title, ["LIEN MINH HTX TINH DAK LAK", "THONG BAO SO 05/TB-LMHTX"])
        if a is photo:
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        site.add_article(a)
    site.trap("every post's 'Hiển thị mã nguồn' links its reST source /_sources/…/<file>.rst.txt (text/plain: "
              "the same words with reST markup, not a page)", f"/_sources{arts[0].path[:-5]}.rst.txt")

    # -- ABlog lists ----------------------------------------------------------------------------
    def entry(page: str, a: RichArticle) -> str:
        r = lambda p: rel(page, p)  # noqa: E731
        lis = [f'<li><i class="fa fa-calendar"></i> {shown(a.date)}</li>']
        if a.opts["by"]:
            lis.append(f'<li><i class="fa fa-user"></i> <a href="{r("/blog/author/" + a.opts["by"] + ".html")}">'
                       f'{esc(AUTHORS[a.opts["by"]])}</a></li>')
        if a.opts["cat"]:
            lis.append(f'<li><i class="fa fa-folder-open"></i> <a href="{r("/blog/category/" + a.opts["cat"] + ".html")}">'
                       f'{CATS[a.opts["cat"]]}</a></li>')
        if a.opts["tags"]:
            lis.append('<li><i class="fa fa-tags"></i> ' + " ".join(
                f'<a href="{r("/blog/tag/" + t + ".html")}">{t}</a>' for t in a.opts["tags"]) + "</li>")
        first = next(b for b in a.blocks if b.kind == "p")
        return (f'<div class="section ablog-post">\n<h2 class="ablog-post-title"><a href="{r(a.path)}">{esc(a.title)}</a></h2>\n'
                f'<ul class="ablog-archive">\n' + "\n".join(lis) + f"\n</ul>\n<p>{esc(inline_text(first.text))}</p>\n"
                f'<p class="ablog-post-expand"><a href="{r(a.path)}"><em>Đọc thêm ...</em></a></p>\n</div>')

    def collection(page: str, heading: str, items: list[RichArticle], crumb: str) -> None:
        html = (f'<div class="section ablog__blog_comments">\n<section id="{make_id(heading) or "blog"}">\n<h1>{esc(heading)}'
                f"</h1>\n" + "\n".join(entry(page, x) for x in items) + "\n</section>\n</div>")
        site.page(page, layout(page, heading, html, crumb=crumb))
        site.non_articles.append(page)

    collection("/blog.html", "Tin hoạt động", arts, "Tin hoạt động")
    site.trap("ABlog's /blog.html: every post (date, author, category, tags, the first paragraph, 'Đọc thêm ...'), no "
              "pager (ABlog has none); the year archives /blog/2025.html and /blog/2024.html", "/blog.html")
    for y in years:
        collection(f"/blog/{y}.html", f"Bài viết năm {y}", [a for a in arts if a.date.year == y], str(y))
    for t in tags:
        collection(f"/blog/tag/{t}.html", f"Bài viết có thẻ - {t}", [a for a in arts if t in a.opts["tags"]], t)
    for c in cats:
        collection(f"/blog/category/{c}.html", f"Chuyên mục - {CATS[c]}", [a for a in arts if a.opts["cat"] == c], CATS[c])
    for k in authors:
        collection(f"/blog/author/{k}.html", f"Tác giả - {AUTHORS[k]}", [a for a in arts if a.opts["by"] == k], AUTHORS[k])
    site.trap("ABlog collections /blog/tag/<tag>.html, /blog/category/<cat>.html, /blog/author/<key>.html (the office "
              "account 'vanphong' has one too): lists", "/blog/author/vanphong.html")

    def catalog(page: str, heading: str, groups: list[tuple[str, str, list[RichArticle]]]) -> None:
        parts = []
        for name, href, items in groups:
            lis = "\n".join(f'<li><a href="{rel(page, x.path)}">{shown(x.date)[:10]} - {esc(x.title)}</a></li>' for x in items)
            parts.append(f'<section id="{make_id(name)}">\n<h2><a href="{rel(page, href)}">{esc(name)}</a></h2>\n'
                         f'<ul class="ablog-archive">\n{lis}\n</ul>\n</section>')
        html = f'<section id="{make_id(heading)}">\n<h1>{esc(heading)}</h1>\n' + "\n".join(parts) + "\n</section>"
        site.page(page, layout(page, heading, html))
        site.non_articles.append(page)

    catalog("/blog/tag.html", "Thẻ", [(t, f"/blog/tag/{t}.html", [a for a in arts if t in a.opts["tags"]]) for t in tags])
    catalog("/blog/category.html", "Chuyên mục", [(CATS[c], f"/blog/category/{c}.html",
                                                  [a for a in arts if a.opts["cat"] == c]) for c in cats])
    catalog("/blog/archive.html", "Lưu trữ", [(str(y), f"/blog/{y}.html", [a for a in arts if a.date.year == y])
                                             for y in years])

    # -- pages ------------------------------------------------------------------------------------
    home = ('<section id="tai-lieu-lien-minh-htx-tinh-ak-lak">\n<h1>Liên minh Hợp tác xã tỉnh Đắk Lắk<a class="headerlink" '
            'href="#tai-lieu-lien-minh-htx-tinh-ak-lak" title="Link to this heading">#</a></h1>\n<p>Trang tài liệu và tin hoạt '
            'động của Liên minh Hợp tác xã tỉnh Đắk Lắk: thông báo, hướng dẫn nghiệp vụ và số liệu về kinh tế tập thể.</p>\n'
            '<section id="tin-moi">\n<h2>Tin mới</h2>\n<ul class="postlist-style-none postlist">\n'
            + "\n".join(f'<li class="ablog-post"><p class="ablog-post-title">{shown(x.date)[:10]} - <a class="reference '
                        f'internal" href="{rel("/index.html", x.path)}"><span class="doc">{esc(x.title)}</span></a></p></li>'
                        for x in recent)
            + "\n</ul>\n</section>\n</section>")
    site.page("/index.html", layout("/index.html", "Trang chủ", home, source="/_sources/index.rst.txt", crumb="Trang chủ"))
    site.same_page("/", "/index.html")
    site.static("/_sources/index.rst.txt", "Liên minh Hợp tác xã tỉnh Đắk Lắk\n=================================\n\n"
                ".. postlist:: 5\n   :date: %d/%m/%Y\n   :format: {date} - {title}\n")
    site.non_articles += ["/index.html"]
    site.trap("home /index.html (also /): an intro and '.. postlist:: 5' (date and title of the 5 newest)", "/index.html")
    for path, title, text in [
            ("/gioi-thieu.html", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Đắk Lắk là tổ chức kinh tế - xã hội đại diện cho "
             "các HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n<p>Trang tài liệu này do Văn phòng Liên minh HTX tỉnh biên soạn "
             "bằng Sphinx và cập nhật hằng tuần.</p>"),
            ("/lien-he.html", "Liên hệ", "<p>Văn phòng Liên minh HTX tỉnh Đắk Lắk</p>\n<p>Email: lienminhhtx@daklak.gov.vn"
             "</p>")]:
        sid = make_id(title)
        site.page(path, layout(path, title, f'<section id="{sid}">\n<h1>{title}<a class="headerlink" href="#{sid}" '
                                            f'title="Link to this heading">#</a></h1>\n{text}\n</section>',
                               source=f"/_sources{path[:-5]}.rst.txt"))
        site.static(f"/_sources{path[:-5]}.rst.txt", f"{title}\n{'=' * len(title)}\n")
        site.non_articles.append(path)
    site.page("/genindex.html", layout("/genindex.html", "Chỉ mục", '<h1 id="index">Chỉ mục</h1>\n\n<div class="genindex-jumpbox">\n'
                                       "</div>"))
    site.page("/search.html", layout("/search.html", "Tìm kiếm", '<h1 id="search-documentation">Tìm kiếm</h1>\n<noscript>\n'
                                     '<div class="admonition error">\n<p class="admonition-title">Lỗi</p>\n<p>Vui lòng bật '
                                     'JavaScript để sử dụng chức năng tìm kiếm.</p>\n</div>\n</noscript>\n<div id="search-results">'
                                     '</div>\n<script src="searchindex.js" defer></script>'))
    site.non_articles += ["/gioi-thieu.html", "/lien-he.html", "/genindex.html", "/search.html"]
    site.trap("pages /gioi-thieu.html, /lien-he.html (the toctree), Sphinx's /genindex.html (empty index) and "
              "/search.html (needs JavaScript): no articles", "/genindex.html")

    # -- assets ------------------------------------------------------------------------------------
    for css in ["styles/theme.css", "styles/bootstrap.css", "styles/pydata-sphinx-theme.css",
                "vendor/fontawesome/6.5.2/css/all.min.css", "pygments.css", "ablog/ablog.css"]:
        site.static(f"/_static/{css}", "body{font-family:Arial,sans-serif}\n")
    for js in ["scripts/bootstrap.js", "scripts/pydata-sphinx-theme.js", "documentation_options.js", "doctools.js",
               "sphinx_highlight.js", "translations.js"]:
        site.static(f"/_static/{js}", "/* sphinx */\n")
    site.binary("/_static/logo-lmhtx.png", image_for("logo-daklak"))

    # -- Atom feed, sitemap, robots ------------------------------------------------------------------
    def naive_utc(d: datetime) -> str:
        return f"{d:%Y-%m-%dT%H:%M:%S}+00:00"

    entries = "".join(f"""<entry><id>{{{{base}}}}{a.path}</id><title>{esc(a.title)}</title><updated>{naive_utc(a.opts['update'][0] if a.opts.get('update') else a.date)}</updated>"""
                      + (f"<author><name>{esc(AUTHORS[a.opts['by']])}</name></author>" if a.opts["by"] else "")
                      + f"""<content type="html">{esc(body_html(a, a.path, alias))}</content><link href="{{{{base}}}}{a.path}" rel="alternate"/>"""
                      + "".join(f'<category term="{t}" label="{t}"/>' for t in a.opts["tags"])
                      + f"<published>{naive_utc(a.date)}</published></entry>" for a in arts)
    site.page("/blog/atom.xml", f"<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
              f"xml:lang=\"vi\"><id>{{{{base}}}}/blog.html</id><title>{esc(FEED_TITLE)}</title><updated>"
              f"{naive_utc(datetime(2025, 6, 10, 8, 12))}</updated><link href=\"{{{{base}}}}/blog.html\"/><link href=\""
              f"{{{{base}}}}/blog/atom.xml\" rel=\"self\"/><generator uri=\"https://lkiesow.github.io/python-feedgen\" "
              f"version=\"1.0.0\">python-feedgen</generator><subtitle>{esc(NAME)}</subtitle>{entries}</feed>\n",
              content_type="application/atom+xml")
    site.trap("Atom feed /blog/atom.xml (python-feedgen, the whole post as content): ABlog's astimezone() on a UTC "
              "build machine labels the naive Vietnam times '+00:00' (7 hours late as instants)", "/blog/atom.xml")
    urls = ["/index.html", "/gioi-thieu.html", "/lien-he.html", "/blog.html"] + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>"
                                                                                    for u in urls) + "</urlset>\n",
              content_type="application/xml")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    site.static("/searchindex.js", "Search.setIndex({})\n")
    site.trap("sphinx-sitemap's /sitemap.xml (no dates) names every post; robots.txt (html_extra_path) points at it",
              "/sitemap.xml")
    return site
