"""Site `docs-htxbinhphuoc` (registry family `generic`): "Liên minh HTX tỉnh Bình Phước", whose IT officer keeps the
alliance's news and notices as a **Sphinx** project (reStructuredText in a GitHub repository, `language = 'vi'`,
`sphinx_rtd_theme` 2.0, `html_last_updated_fmt = '%d/%m/%Y'`) built and served by **Read the Docs** at
`/vi/latest/`. The copy is of 20 May 2024, before Bình Phước merged into Đồng Nai. Written as a held-out test: no
family module, no selectors.

What is an article here: a document `/vi/latest/tin-tuc/<slug>.html` (news), `/vi/latest/thong-bao/<slug>.html`
(notices) or `/vi/latest/tin-tuc/2023/<slug>.html` (last year's news, moved into an archive folder in March 2024).
The page is the RTD theme: a sidebar (`nav.wy-nav-side`: project name, version "latest", the "Search docs" box, the
global toctree collapsed to the current branch), breadcrumbs with "Edit on GitHub", `div[itemprop=articleBody]`
holding `<section>`s (the title is the section's `<h1>` with its `¶` headerlink), a footer with Previous/Next
buttons, "© Copyright 2024, …", "Last updated on 20/05/2024." (the build date: the same on every page), "Built
with Sphinx using a theme provided by Read the Docs", and the versions flyout `div.rst-versions` ("v: latest",
Versions latest/stable, On Read the Docs). `<title>` is "<title> — Bản tin Liên minh HTX tỉnh Bình Phước".

URL shapes: `/` answers 302 to `/vi/latest/`; `/vi/latest/` is `index.html`; section indexes `tin-tuc/index.html`,
`thong-bao/index.html`, `tin-tuc/2023/index.html` (a toctree of titles only); `genindex.html`, `search.html`
(JavaScript search over `searchindex.js`); images `_images/<name>.png`; `:download:` files
`_downloads/<md5>/<name>.pdf`. The `stable` version (built 10/01/2024 from tag `2024.01`) still has last year's
news at their old paths `/vi/stable/tin-tuc/<slug>.html` (canonical link to `/vi/latest/tin-tuc/<slug>.html`,
which RTD's page redirect answers 302 to the new `tin-tuc/2023/` path): both aliases. RTD's robots.txt allows
everything and names `/sitemap.xml`, which lists only the version roots.

Why it is hard: no date anywhere in the HTML head, no og/JSON-LD, no byline convention. Some documents carry a field
list after their lead ("Ngày đăng: 14/05/2024", "Tác giả: …", "Nguồn: …") rendered as `dl.field-list`: metadata,
not text. Notices carry only their own place-date line. One news page wrote `:date:` right under its title, where
docutils makes it docinfo and Sphinx drops it from the HTML: nothing on that page dates it but the footer's build
date, so its `published` is null. The `¶` headerlinks sit inside every heading and caption.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "docs-htxbinhphuoc"
PROJECT = "Bản tin Liên minh HTX tỉnh Bình Phước"
SLUG = "lmhtx-binhphuoc"
GH = "{{base:offsite}}/github/lmhtx-binhphuoc/bantin"
BUILT = {"latest": "20/05/2024", "stable": "10/01/2024"}
COPYRIGHT = "2024, Liên minh Hợp tác xã tỉnh Bình Phước"
FURN = ["Last updated on 20/05/2024.", "Edit on GitHub", "Previous", "Next",
        f"© Copyright {COPYRIGHT}.", "Built with", "using a", "provided by", "Read the Docs", "Versions",
        "On Read the Docs", "Project Home", "Builds", "v: latest", "Văn bản đính kèm"]
SECTIONS = {"tin-tuc": "Tin tức hoạt động", "thong-bao": "Thông báo - Văn bản", "tin-tuc/2023": "Tin tức năm 2023"}


def anchor(text: str) -> str:
    import unicodedata
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    out = "".join(c if c.isalnum() else "-" for c in t)
    return "-".join(x for x in out.split("-") if x) or "id1"


def articles() -> list[RichArticle]:
    A = RichArticle

    def field(d: datetime, with_time: bool) -> dict:
        return dict(date=d, published=iso(d, with_time), published_source="date-element", evidence=["date-element"])

    def doc(d: datetime) -> dict:
        return dict(date=d, published=iso(d, False), published_source="document", evidence=["document"])

    return [
        A(path="tin-tuc/dai-hoi-thanh-vien-htx-dong-xoai", title="Các HTX thành phố Đồng Xoài tổ chức đại hội thành viên",
          lead="Tính đến giữa tháng 5/2024, 12/14 HTX trên địa bàn thành phố Đồng Xoài đã tổ chức đại hội thành viên thường niên.",
          body="""
Tại các đại hội, thành viên đã thông qua báo cáo tài chính năm 2023, phương án sản xuất kinh doanh năm 2024 và điều lệ sửa đổi theo Luật Hợp tác xã năm 2023.
## Kết quả nổi bật
* HTX Nông nghiệp Tiến Hưng chia lãi 8% vốn góp cho thành viên;
* HTX Dịch vụ Tân Thành kết nạp thêm 15 thành viên mới;
* HTX Rau sạch Tân Xuân được cấp chứng nhận VietGAP cho 6 ha rau.
Liên minh HTX tỉnh sẽ tiếp tục hỗ trợ 2 HTX còn lại hoàn thành đại hội trong tháng 6.
""", author="Phạm Thị Lan",
          notes=["field list after the lead: 'Ngày đăng: 14/05/2024' (no time -> midnight), 'Tác giả: Phạm Thị Lan' "
                 "(metadata: author, not text); the footer's 'Last updated on 20/05/2024.' is the build date"],
          opts={"fields": [("Ngày đăng", "14/05/2024"), ("Tác giả", "Phạm Thị Lan")]},
          **field(datetime(2024, 5, 14), False)),
        A(path="tin-tuc/hoi-nghi-xuc-tien-tieu-thu-hat-dieu", title="Hội nghị xúc tiến tiêu thụ hạt điều của các HTX",
          lead="Chiều 2/5, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức hội nghị kết nối tiêu thụ hạt điều cho 25 HTX.",
          body="""
Tại hội nghị, 6 doanh nghiệp chế biến đã ký kết hợp đồng bao tiêu 3.500 tấn điều thô với các HTX, giá sàn 28.000 đồng/kg.
Các HTX kiến nghị hỗ trợ xây dựng vùng nguyên liệu điều hữu cơ và truy xuất nguồn gốc sản phẩm.
""", author="Ngô Văn Hải",
          notes=["'Ngày đăng: 02/05/2024 17:30' in the field list (with a time); the lead's 'Chiều 2/5' is the event"],
          opts={"fields": [("Ngày đăng", "02/05/2024 17:30"), ("Tác giả", "Ngô Văn Hải")]},
          **field(datetime(2024, 5, 2, 17, 30), True)),
        A(path="tin-tuc/htx-ho-tieu-loc-ninh", title="HTX Hồ tiêu Lộc Ninh mở rộng vùng trồng hữu cơ",
          body="""
[img ho-tieu-loc-ninh-1.png] Thành viên HTX chăm sóc vườn tiêu hữu cơ tại xã Lộc Thái
HTX hiện có 48 thành viên với 92 ha hồ tiêu, trong đó 35 ha được chứng nhận hữu cơ theo tiêu chuẩn châu Âu.
[img ho-tieu-loc-ninh-2.png] Hồ tiêu được phơi trên giàn sấy năng lượng mặt trời của HTX
Năm 2024, HTX phấn đấu nâng diện tích hữu cơ lên 60 ha, ký hợp đồng xuất khẩu trực tiếp 200 tấn tiêu.
""", author="Ngô Văn Hải",
          notes=["photo story: Sphinx figures with <figcaption> (a '¶' headerlink after each caption); field list "
                 "'Ngày đăng: 22/04/2024' and 'Ảnh: Ngô Văn Hải' after the first figure"],
          opts={"fields": [("Ngày đăng", "22/04/2024"), ("Ảnh", "Ngô Văn Hải")], "fields_after": 1},
          **field(datetime(2024, 4, 22), False)),
        A(path="tin-tuc/lien-minh-htx-lam-viec-voi-htx-bu-dang", title="Liên minh HTX tỉnh làm việc với các HTX huyện Bù Đăng",
          body="""
Đoàn công tác của Liên minh HTX tỉnh đã làm việc với 6 HTX nông nghiệp trên địa bàn huyện Bù Đăng.
Các HTX đề nghị hỗ trợ vốn vay từ Quỹ hỗ trợ phát triển HTX để đầu tư máy sấy và kho bảo quản nông sản.
Liên minh HTX tỉnh ghi nhận và hướng dẫn các HTX hoàn thiện hồ sơ vay vốn.
""", byline="Trần Quang Vinh", author="Trần Quang Vinh",
          date=datetime(2024, 4, 10), published=None, published_source=None, evidence=[],
          notes=["the source wrote ':date: 2024-04-10' right under the title: docutils docinfo, which Sphinx drops, so "
                 "nothing on the page dates it except the footer's build date 'Last updated on 20/05/2024.' (every "
                 "page's): published null; the closing byline 'Trần Quang Vinh' is text and the author"],
          opts={}),
        A(path="tin-tuc/htx-dieu-binh-phuoc-xuat-khau", title="Điều Bình Phước của HTX theo chân doanh nghiệp ra thế giới",
          lead="Nhiều HTX trồng điều ở Bình Phước đã liên kết với doanh nghiệp chế biến để đưa sản phẩm sang thị trường châu Âu.",
          body="""
Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh có 26 HTX tham gia chuỗi liên kết sản xuất, tiêu thụ điều với diện tích hơn 4.000 ha.
Giá trị sản phẩm điều qua chế biến sâu tăng 30 - 40% so với bán điều thô.
""", author=None,
          notes=["reprint: field list 'Ngày đăng: 08/04/2024 06:00' and 'Nguồn: Báo Bình Phước' (a source, author "
                 "null)"],
          opts={"fields": [("Ngày đăng", "08/04/2024 06:00"), ("Nguồn", "Báo Bình Phước")]},
          **field(datetime(2024, 4, 8, 6, 0), True)),
        A(path="thong-bao/tb-21-tb-lmhtx-tap-huan-chuyen-doi-so", title="Thông báo số 21/TB-LMHTX về lớp tập huấn "
          "chuyển đổi số cho HTX",
          body="""
LIÊN MINH HTX TỈNH BÌNH PHƯỚC
Số: 21/TB-LMHTX
Bình Phước, ngày 07 tháng 5 năm 2024
THÔNG BÁO
Về việc tổ chức lớp tập huấn chuyển đổi số cho HTX năm 2024
Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho cán bộ quản lý HTX từ ngày 27/5 đến 29/5/2024 tại Hội trường Liên minh HTX tỉnh.
Đề nghị các HTX cử mỗi đơn vị 01 cán bộ tham dự, đăng ký trước ngày 22/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Mỹ Dung
""", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": "/vi/latest/_downloads/" + hashlib.md5(b"TB-21-LMHTX-2024.pdf").hexdigest()
                        + "/TB-21-LMHTX-2024.pdf", "text": "TB-21-LMHTX-2024.pdf"}],
          notes=["notice: no field list, only its place-date line 07/5/2024 (document, midnight); the signer is text, "
                 "not author; the PDF is a :download: role link '_downloads/<md5>/TB-21-LMHTX-2024.pdf' in a '.. note::' "
                 "admonition 'Văn bản đính kèm' after the signature (an attachment box, not text)"],
          opts={}, **doc(datetime(2024, 5, 7))),
        A(path="thong-bao/kh-12-kh-lmhtx-ho-tro-htx-2024", title="Kế hoạch hỗ trợ phát triển HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH BÌNH PHƯỚC
Số: 12/KH-LMHTX
Bình Phước, ngày 15 tháng 3 năm 2024
KẾ HOẠCH
Hỗ trợ phát triển HTX năm 2024
## I. CHỈ TIÊU
| STT | Chỉ tiêu | Đơn vị | Kế hoạch 2024 |
| 1 | Thành lập mới HTX | HTX | 25 |
| 2 | Thành lập mới tổ hợp tác | THT | 40 |
| 3 | Đào tạo, tập huấn cán bộ HTX | Lượt người | 600 |
## II. GIẢI PHÁP
+ Tuyên truyền Luật Hợp tác xã năm 2023 đến các xã, phường, thị trấn;
+ Ưu tiên cho vay vốn đối với HTX ứng dụng công nghệ cao.
CHỦ TỊCH
Hoàng Văn Nam
""", author=None, doc_number="12/KH-LMHTX",
          notes=["plan with a list-table (docutils table, one line per row) and an enumerated list; dated by its "
                 "place-date line 15/3/2024 only"],
          opts={}, **doc(datetime(2024, 3, 15))),
        A(path="tin-tuc/2023/tong-ket-10-nam-luat-htx-2012", title="Tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012",
          lead="Ngày 12/12/2023, Liên minh HTX tỉnh phối hợp với Sở Kế hoạch và Đầu tư tổ chức hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012.",
          body="""
Sau 10 năm, số HTX trên địa bàn tỉnh tăng từ 98 lên 247 HTX; doanh thu bình quân của HTX tăng gấp 3 lần.
Hội nghị chỉ ra những hạn chế: quy mô HTX còn nhỏ, năng lực quản trị chưa đáp ứng yêu cầu, khó tiếp cận vốn tín dụng.
""", author="Phạm Thị Lan",
          notes=["last year's news: only on tin-tuc/2023/index.html (the 2024 index links that page, not the item); "
                 "'Ngày đăng: 13/12/2023 09:45'; the old path /vi/latest/tin-tuc/<slug>.html answers 302 here and the "
                 "stable build still serves it (canonical to the old latest path): aliases"],
          opts={"fields": [("Ngày đăng", "13/12/2023 09:45"), ("Tác giả", "Phạm Thị Lan")], "old": True},
          **field(datetime(2023, 12, 13, 9, 45), True)),
        A(path="tin-tuc/2023/ra-mat-htx-nong-nghiep-cong-nghe-cao-hon-quan", title="Ra mắt HTX Nông nghiệp công nghệ cao Hớn Quản",
          lead="HTX Nông nghiệp công nghệ cao Hớn Quản chính thức ra mắt với 18 thành viên sáng lập.",
          body="""
[img htx-hon-quan.png] Lãnh đạo huyện Hớn Quản trao giấy chứng nhận đăng ký HTX
HTX đầu tư 3 ha nhà màng trồng dưa lưới, ớt chuông theo quy trình VietGAP.
""", author="Trần Quang Vinh",
          notes=["last year's news, only in the 2023 archive and the stable build; 'Ngày đăng: 20/11/2023'"],
          opts={"fields": [("Ngày đăng", "20/11/2023"), ("Tác giả", "Trần Quang Vinh")], "old": True},
          **field(datetime(2023, 11, 20), False)),
    ]


def body_html(a: RichArticle, prefix: str) -> str:
    out = []
    if a.lead:
        out.append(f"<p>{inline_html(a.lead)}</p>")
    fields = a.opts.get("fields")
    after = a.opts.get("fields_after", 0)
    fl = ""
    if fields:
        fl = '<dl class="field-list simple">\n' + "".join(
            f'<dt class="field-{"odd" if i % 2 == 0 else "even"}">{esc(k)}<span class="colon">:</span></dt>\n'
            f'<dd class="field-{"odd" if i % 2 == 0 else "even"}"><p>{esc(v)}</p>\n</dd>\n'
            for i, (k, v) in enumerate(fields)) + "</dl>"
        if after == 0:
            out.append(fl)
    open_sections = 0
    n_fig = 0
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            if open_sections:
                out.append("</section>")
            out.append(f'<section id="{anchor(b.text)}">\n<h2>{esc(b.text)}<a class="headerlink" '
                       f'href="#{anchor(b.text)}" title="Link to this heading">¶</a></h2>')
            open_sections = 1
        elif b.kind in ("ul", "ol"):
            css = "simple" if b.kind == "ul" else "arabic simple"
            out.append(f'<{b.kind} class="{css}">\n' + "".join(f"<li><p>{inline_html(x)}</p></li>\n" for x in b.items)
                       + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            t = ['<table class="docutils align-default">', "<thead>", '<tr class="row-odd">'
                 + "".join(f'<th class="head"><p>{esc(c)}</p></th>\n' for c in head) + "</tr>", "</thead>", "<tbody>"]
            for i, r in enumerate(rows):
                t.append(f'<tr class="row-{"even" if i % 2 == 0 else "odd"}">'
                         + "".join(f"<td><p>{esc(c)}</p></td>\n" for c in r) + "</tr>")
            t.append("</tbody>\n</table>")
            out.append("\n".join(t))
        elif b.kind == "img":
            n_fig += 1
            fid = f"id{n_fig}"
            out.append(f'<figure class="align-center" id="{fid}">\n<img alt="{attr(b.text)}" src="{prefix}_images/'
                       f'{b.src}" />\n<figcaption>\n<p><span class="caption-text">{esc(b.text)}</span><a class="headerlink"'
                       f' href="#{fid}" title="Link to this image">¶</a></p>\n</figcaption>\n</figure>')
            if fields and n_fig == after:
                out.append(fl)
    if a.attachments:
        x = a.attachments[0]
        href = prefix + x["path"].split("/vi/latest/", 1)[1]
        out.append(f'<div class="admonition note">\n<p class="admonition-title">Văn bản đính kèm</p>\n<p><a class="reference '
                   f'download internal" download="" href="{href}"><code class="xref download docutils literal '
                   f'notranslate"><span class="pre">{esc(x["text"])}</span></code></a></p>\n</div>')
    if a.byline:
        out.append(f'<p class="text-right"><strong>{esc(a.byline)}</strong></p>')
    if open_sections:
        out.append("</section>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-phuoc", f"{PROJECT} (Sphinx, Read the Docs)", "generic", None,
                     start_urls=["{{base:%s}}/vi/latest/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    by_sec: dict[str, list[RichArticle]] = {}
    for a in arts:
        by_sec.setdefault(a.path.rsplit("/", 1)[0], []).append(a)
        a.opts["doc"] = a.path
        a.path = f"/vi/latest/{a.path}.html"
    # document order (the toctree): index, tin-tuc/index, its items, tin-tuc/2023/index, its items, thong-bao/...
    order: list[tuple[str, str]] = [("index", PROJECT), ("gioi-thieu", "Giới thiệu Liên minh HTX tỉnh")]
    order.append(("tin-tuc/index", SECTIONS["tin-tuc"]))
    order += [(a.opts["doc"], a.title) for a in by_sec["tin-tuc"]]
    order.append(("tin-tuc/2023/index", SECTIONS["tin-tuc/2023"]))
    order += [(a.opts["doc"], a.title) for a in by_sec["tin-tuc/2023"]]
    order.append(("thong-bao/index", SECTIONS["thong-bao"]))
    order += [(a.opts["doc"], a.title) for a in by_sec["thong-bao"]]
    titles = dict(order)

    def rel(from_doc: str, to_doc: str) -> str:
        depth = from_doc.count("/")
        return "../" * depth + to_doc + ".html"

    def sidebar(doc: str, docs: list[str]) -> str:
        top = [("gioi-thieu", []), ("tin-tuc/index", [a.opts["doc"] for a in by_sec["tin-tuc"]] + ["tin-tuc/2023/index"]),
               ("thong-bao/index", [a.opts["doc"] for a in by_sec["thong-bao"]])]
        sub23 = [a.opts["doc"] for a in by_sec["tin-tuc/2023"]]
        out = ['<p class="caption" role="heading"><span class="caption-text">Mục lục</span></p>', '<ul class="current">']
        for d, children in top:
            if d not in docs:
                continue
            children = [c for c in children if c in docs]
            sec = d.rsplit("/", 1)[0] if "/" in d else d
            cur = doc == d or doc.startswith(sec + "/")
            cls = "toctree-l1 current" if cur else "toctree-l1"
            a_cls = "current reference internal" if doc == d else "reference internal"
            href = "#" if doc == d else rel(doc, d)
            item = f'<li class="{cls}"><a class="{a_cls}" href="{href}">{esc(titles[d])}</a>'
            if cur and children:
                item += '<ul class="current">' if doc != d else "<ul>"
                for c in children:
                    ccur = doc == c or (c.endswith("/index") and doc.startswith(c[:-6] + "/"))
                    item += (f'<li class="toctree-l2{" current" if ccur else ""}"><a class="'
                             f'{"current " if doc == c else ""}reference internal" href="{"#" if doc == c else rel(doc, c)}">'
                             f"{esc(titles[c])}</a>")
                    if c == "tin-tuc/2023/index" and ccur:
                        item += "<ul>" + "".join(
                            f'<li class="toctree-l3{" current" if doc == s else ""}"><a class="{"current " if doc == s else ""}'
                            f'reference internal" href="{"#" if doc == s else rel(doc, s)}">{esc(titles[s])}</a></li>'
                            for s in sub23 if s in docs) + "</ul>"
                    item += "</li>"
                item += "</ul>"
            out.append(item + "</li>")
        out.append("</ul>")
        return "\n".join(out)

    def page(version: str, doc: str, body: str, docs: list[str], canonical_doc: str | None = None,
             parents: list[str] = ()) -> str:
        prefix = "../" * doc.count("/")
        i = docs.index(doc) if doc in docs else -1
        prev_d = docs[i - 1] if i > 0 else None
        next_d = docs[i + 1] if 0 <= i < len(docs) - 1 else None
        title = titles.get(doc, doc)
        links = ""
        if next_d:
            links += f'<link rel="next" title="{attr(titles[next_d])}" href="{rel(doc, next_d)}" />\n'
        if prev_d:
            links += f'<link rel="prev" title="{attr(titles[prev_d])}" href="{rel(doc, prev_d)}" />\n'
        buttons = ""
        if prev_d or next_d:
            buttons = '<div class="rst-footer-buttons" role="navigation" aria-label="Footer">\n'
            if prev_d:
                buttons += (f'<a href="{rel(doc, prev_d)}" class="btn btn-neutral float-left" title="{attr(titles[prev_d])}"'
                            ' accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> '
                            'Previous</a>\n')
            if next_d:
                buttons += (f'<a href="{rel(doc, next_d)}" class="btn btn-neutral float-right" title="{attr(titles[next_d])}"'
                            ' accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true">'
                            '</span></a>\n')
            buttons += "</div>"
        crumbs = "".join(f'<li class="breadcrumb-item"><a href="{rel(doc, p)}">{esc(titles[p])}</a></li>\n'
                         for p in parents)
        canon = f"/vi/latest/{canonical_doc or doc}.html".replace("/index.html", "/")
        src = "index" if doc == "index" else doc
        if doc == "index":
            crumb_items = ""
        else:
            crumb_items = crumbs + f'<li class="breadcrumb-item active">{esc(title)}</li>\n'
        return f"""<!DOCTYPE html>
<html class="writer-html5" lang="vi" data-content_root="{prefix or './'}">
<head>
  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>{esc(title)} &mdash; {esc(PROJECT)}</title>
      <link rel="stylesheet" type="text/css" href="{prefix}_static/pygments.css?v=80d5e7a1" />
      <link rel="stylesheet" type="text/css" href="{prefix}_static/css/theme.css?v=19f00094" />
    <link rel="canonical" href="{{{{base}}}}{canon}" />
  <!--[if lt IE 9]>
    <script src="{prefix}_static/js/html5shiv.min.js"></script>
  <![endif]-->
        <script src="{prefix}_static/jquery.js?v=5d32c60e"></script>
        <script src="{prefix}_static/_sphinx_javascript_frameworks_compat.js?v=2cd50e6c"></script>
        <script src="{prefix}_static/documentation_options.js?v=8d6b5c3e"></script>
        <script src="{prefix}_static/doctools.js?v=9a2dae69"></script>
        <script src="{prefix}_static/sphinx_highlight.js?v=dc90522c"></script>
        <script src="{prefix}_static/translations.js?v=f1d8b3c4"></script>
    <script src="{prefix}_static/js/theme.js"></script>
    <link rel="index" title="Chỉ mục" href="{prefix}genindex.html" />
    <link rel="search" title="Tìm Kiếm" href="{prefix}search.html" />
{links}<meta name="readthedocs-project-slug" content="{SLUG}" />
<meta name="readthedocs-version-slug" content="{version}" />
<meta name="readthedocs-resolver-filename" content="/{doc}.html" />
<meta name="readthedocs-http-status" content="200" />
</head>

<body class="wy-body-for-nav">
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search" >
            <a href="{prefix}index.html" class="icon icon-home">
            {esc(PROJECT)}
          </a>
              <div class="version">
                {version}
              </div>
<div role="search">
  <form id="rtd-search-form" class="wy-form" action="{prefix}search.html" method="get">
    <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" />
    <input type="hidden" name="check_keywords" value="yes" />
    <input type="hidden" name="area" value="default" />
  </form>
</div>
        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
{sidebar(doc, docs)}
        </div>
      </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu" >
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="{prefix}index.html">{esc(PROJECT)}</a>
      </nav>

      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="Page navigation">
  <ul class="wy-breadcrumbs">
      <li><a href="{prefix}index.html" class="icon icon-home" aria-label="Home"></a></li>
{crumb_items}      <li class="wy-breadcrumbs-aside">
            <a href="{GH}/blob/main/docs/{src}.rst" class="fa fa-github"> Edit on GitHub</a>
      </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
           <div itemprop="articleBody">

  {body}


           </div>
          </div>
          <footer>{buttons}

  <hr/>

  <div role="contentinfo">
    <p>&#169; Copyright {esc(COPYRIGHT)}.
      <span class="lastupdated">Last updated on {BUILT[version]}.
      </span></p>
  </div>

  Built with <a href="{{{{base:offsite}}}}/sphinx-doc/">Sphinx</a> using a
    <a href="{{{{base:offsite}}}}/github/readthedocs/sphinx_rtd_theme">theme</a>
    provided by <a href="{{{{base:offsite}}}}/readthedocs/">Read the Docs</a>.


</footer>
        </div>
      </div>
    </section>
  </div>
  <div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions">
    <span class="rst-current-version" data-toggle="rst-current-version">
      <span class="fa fa-book"> Read the Docs</span>
      v: {version}
      <span class="fa fa-caret-down"></span>
    </span>
    <div class="rst-other-versions">
      <dl>
        <dt>Versions</dt>
          <dd><a href="/vi/latest/">latest</a></dd>
          <dd><a href="/vi/stable/">stable</a></dd>
      </dl>
      <dl>
        <dt>On Read the Docs</dt>
          <dd><a href="{{{{base:offsite}}}}/readthedocs/projects/{SLUG}/">Project Home</a></dd>
          <dd><a href="{{{{base:offsite}}}}/readthedocs/projects/{SLUG}/builds/">Builds</a></dd>
      </dl>
    </div>
  </div>
  <script>
      jQuery(function () {{
          SphinxRtdTheme.Navigation.enable(true);
      }});
  </script>
</body>
</html>
"""

    def article_body(a: RichArticle, prefix: str) -> str:
        sid = anchor(a.title)
        return (f'<section id="{sid}">\n<h1>{esc(a.title)}<a class="headerlink" href="#{sid}" title="Link to this '
                f'heading">¶</a></h1>\n{body_html(a, prefix)}\n</section>')

    def index_body(doc: str, title: str, intro: str, entries: list[str], caption: str | None = None) -> str:
        sid = anchor(title)
        lis = "".join(f'<li class="toctree-l1"><a class="reference internal" href="{rel(doc, e)}">{esc(titles[e])}'
                      f"</a></li>\n" for e in entries)
        cap = (f'<p class="caption" role="heading"><span class="caption-text">{esc(caption)}</span></p>\n'
               if caption else "")
        return (f'<section id="{sid}">\n<h1>{esc(title)}<a class="headerlink" href="#{sid}" title="Link to this '
                f'heading">¶</a></h1>\n<p>{esc(intro)}</p>\n<div class="toctree-wrapper compound">\n{cap}<ul>\n{lis}'
                f"</ul>\n</div>\n</section>")

    docs_latest = [d for d, _ in order]
    # latest: articles
    parents_of = {"tin-tuc": ["tin-tuc/index"], "thong-bao": ["thong-bao/index"],
                  "tin-tuc/2023": ["tin-tuc/index", "tin-tuc/2023/index"]}
    for a in arts:
        doc = a.opts["doc"]
        prefix = "../" * doc.count("/")
        site.page(a.path, page("latest", doc, article_body(a, prefix), docs_latest,
                               parents=parents_of[doc.rsplit("/", 1)[0]]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/vi/latest/_images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BINH PHUOC", f"SO: {a.doc_number}"]))
        site.add_article(a)
    # latest: indexes
    site.page("/vi/latest/index.html", page("latest", "index", index_body(
        "index", PROJECT, "Trang tin tức, thông báo và văn bản của Liên minh Hợp tác xã tỉnh Bình Phước, cập nhật "
        "hằng tuần từ kho tài liệu của Văn phòng Liên minh.",
        ["gioi-thieu", "tin-tuc/index", "thong-bao/index"], "Mục lục"), docs_latest))
    site.same_page("/vi/latest/", "/vi/latest/index.html")
    site.page("/vi/latest/gioi-thieu.html", page("latest", "gioi-thieu", (
        '<section id="gioi-thieu-lien-minh-htx-tinh">\n<h1>Giới thiệu Liên minh HTX tỉnh<a class="headerlink" '
        'href="#gioi-thieu-lien-minh-htx-tinh" title="Link to this heading">¶</a></h1>\n<p>Liên minh Hợp tác xã tỉnh '
        'Bình Phước là tổ chức chính trị - xã hội và kinh tế, đại diện, bảo vệ quyền và lợi ích hợp pháp của các HTX, '
        'tổ hợp tác trên địa bàn tỉnh.</p>\n<dl class="field-list simple">\n<dt class="field-odd">Địa chỉ<span '
        'class="colon">:</span></dt>\n<dd class="field-odd"><p>Đường Trần Hưng Đạo, phường Tân Phú, TP Đồng Xoài</p>\n'
        '</dd>\n<dt class="field-even">Điện thoại<span class="colon">:</span></dt>\n<dd class="field-even"><p>0271 '
        '3879 456</p>\n</dd>\n</dl>\n</section>'), docs_latest))
    news = [a.opts["doc"] for a in by_sec["tin-tuc"]] + ["tin-tuc/2023/index"]
    site.page("/vi/latest/tin-tuc/index.html", page("latest", "tin-tuc/index", index_body(
        "tin-tuc/index", SECTIONS["tin-tuc"], "Tin tức về hoạt động của Liên minh HTX tỉnh và các HTX trong tỉnh.",
        news), docs_latest, parents=[]))
    site.page("/vi/latest/tin-tuc/2023/index.html", page("latest", "tin-tuc/2023/index", index_body(
        "tin-tuc/2023/index", SECTIONS["tin-tuc/2023"], "Các tin đã đăng trong năm 2023 (chuyển vào lưu trữ tháng "
        "3/2024).", [a.opts["doc"] for a in by_sec["tin-tuc/2023"]]), docs_latest, parents=["tin-tuc/index"]))
    site.page("/vi/latest/thong-bao/index.html", page("latest", "thong-bao/index", index_body(
        "thong-bao/index", SECTIONS["thong-bao"], "Thông báo, kế hoạch và văn bản của Liên minh HTX tỉnh.",
        [a.opts["doc"] for a in by_sec["thong-bao"]]), docs_latest))
    titles["genindex"] = "Chỉ mục"
    titles["search"] = "Tìm Kiếm"
    site.page("/vi/latest/genindex.html", page("latest", "genindex", (
        '<h1 id="index">Chỉ mục</h1>\n\n<div class="genindex-jumpbox">\n \n</div>'), docs_latest))
    site.page("/vi/latest/search.html", page("latest", "search", (
        '<noscript>\n  <div id="fallback" class="admonition warning">\n    <p class="last">\n      Vui lòng kích hoạt '
        'JavaScript để bật chức năng tìm kiếm.\n    </p>\n  </div>\n  </noscript>\n\n  \n  <div id="search-results">\n'
        '  \n  </div>\n<script src="_static/searchtools.js"></script>\n<script src="searchindex.js" defer></script>'),
        docs_latest))
    site.static("/vi/latest/searchindex.js", "Search.setIndex({\"docnames\": " + str(
        [d for d in docs_latest]).replace("'", '"') + ", \"titles\": " + str(
        [titles[d] for d in docs_latest]).replace("'", '"') + "})\n")
    for d in ("tin-tuc/index", "tin-tuc/2023/index", "thong-bao/index", "index", "gioi-thieu", "genindex", "search"):
        site.non_articles.append(f"/vi/latest/{d}.html")
    site.non_articles.append("/vi/latest/")

    # stable (built 10/01/2024): last year's news at their old paths
    old = by_sec["tin-tuc/2023"]
    st_titles_docs = ["index", "gioi-thieu", "tin-tuc/index"] + [f"tin-tuc/{a.opts['doc'].rsplit('/', 1)[1]}" for a in old]
    for a in old:
        flat = f"tin-tuc/{a.opts['doc'].rsplit('/', 1)[1]}"
        titles[flat] = a.title
    saved = by_sec["tin-tuc"], by_sec["thong-bao"], by_sec["tin-tuc/2023"]
    # in the stable build the news section held last year's items directly
    by_sec["tin-tuc"] = [type("X", (), {"opts": {"doc": f"tin-tuc/{x.opts['doc'].rsplit('/', 1)[1]}"}})() for x in old]
    by_sec["thong-bao"] = []
    by_sec["tin-tuc/2023"] = []
    for a in old:
        flat = f"tin-tuc/{a.opts['doc'].rsplit('/', 1)[1]}"
        stable_path = f"/vi/stable/{flat}.html"
        site.page(stable_path, page("stable", flat, article_body(a, "../"), st_titles_docs, canonical_doc=flat,
                                    parents=["tin-tuc/index"]))
        site.redirect(f"/vi/latest/{flat}.html", a.path, 302)
        a.aliases += [f"/vi/latest/{flat}.html", stable_path]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/vi/stable/_images/{b.src}", image_for(b.src))
    site.page("/vi/stable/index.html", page("stable", "index", index_body(
        "index", PROJECT, "Trang tin tức, thông báo và văn bản của Liên minh Hợp tác xã tỉnh Bình Phước.",
        ["gioi-thieu", "tin-tuc/index"], "Mục lục"), st_titles_docs))
    site.same_page("/vi/stable/", "/vi/stable/index.html")
    site.page("/vi/stable/gioi-thieu.html", page("stable", "gioi-thieu", (
        '<section id="gioi-thieu-lien-minh-htx-tinh">\n<h1>Giới thiệu Liên minh HTX tỉnh<a class="headerlink" '
        'href="#gioi-thieu-lien-minh-htx-tinh" title="Link to this heading">¶</a></h1>\n<p>Liên minh Hợp tác xã tỉnh '
        'Bình Phước là tổ chức chính trị - xã hội và kinh tế của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n'
        '</section>'), st_titles_docs))
    site.page("/vi/stable/tin-tuc/index.html", page("stable", "tin-tuc/index", index_body(
        "tin-tuc/index", SECTIONS["tin-tuc"], "Tin tức về hoạt động của Liên minh HTX tỉnh.",
        [f"tin-tuc/{a.opts['doc'].rsplit('/', 1)[1]}" for a in old]), st_titles_docs))
    site.page("/vi/stable/genindex.html", page("stable", "genindex", (
        '<h1 id="index">Chỉ mục</h1>\n\n<div class="genindex-jumpbox">\n \n</div>'), st_titles_docs))
    site.page("/vi/stable/search.html", page("stable", "search", (
        '<noscript>\n  <div id="fallback" class="admonition warning">\n    <p class="last">\n      Vui lòng kích hoạt '
        'JavaScript để bật chức năng tìm kiếm.\n    </p>\n  </div>\n  </noscript>\n<div id="search-results">\n</div>\n'
        '<script src="_static/searchtools.js"></script>'), st_titles_docs))
    by_sec["tin-tuc"], by_sec["thong-bao"], by_sec["tin-tuc/2023"] = saved
    site.non_articles += ["/vi/stable/", "/vi/stable/tin-tuc/index.html", "/vi/stable/gioi-thieu.html"]
    # static assets of both builds
    for v in ("latest", "stable"):
        for f, body in [("_static/pygments.css", "pre{line-height:125%}\n"),
                        ("_static/css/theme.css", "body{font-family:Lato,sans-serif}\n"),
                        ("_static/js/html5shiv.min.js", "/* html5shiv */\n"),
                        ("_static/jquery.js", "/* jQuery v3.6.0 */\n"),
                        ("_static/_sphinx_javascript_frameworks_compat.js", "/* compat */\n"),
                        ("_static/documentation_options.js", "const DOCUMENTATION_OPTIONS = {VERSION: '%s', "
                         "LANGUAGE: 'vi', BUILDER: 'html', FILE_SUFFIX: '.html', LINK_SUFFIX: '.html', "
                         "HAS_SOURCE: false};\n" % v),
                        ("_static/doctools.js", "/* doctools */\n"), ("_static/sphinx_highlight.js", "/* hl */\n"),
                        ("_static/translations.js", "Documentation.addTranslations({\"locale\": \"vi\"});\n"),
                        ("_static/searchtools.js", "/* searchtools */\n"), ("_static/js/theme.js", "/* theme */\n")]:
            site.static(f"/vi/{v}/{f}", body)
    site.redirect("/", "/vi/latest/", 302)
    site.static("/robots.txt", "User-agent: *\n\nDisallow: # Allow everything\n\nSitemap: {{base}}/sitemap.xml\n")
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
              "<url><loc>{{base}}/vi/latest/</loc><lastmod>2024-05-20T03:12:44.910263+00:00</lastmod>"
              "<changefreq>weekly</changefreq><priority>1</priority></url>\n"
              "<url><loc>{{base}}/vi/stable/</loc><lastmod>2024-01-10T08:40:02.118734+00:00</lastmod>"
              "<changefreq>monthly</changefreq><priority>0.9</priority></url>\n</urlset>\n",
              content_type="application/xml")

    site.trap("/ answers 302 to /vi/latest/ (= index.html): the root toctree; every page has the sidebar toctree "
              "collapsed to its branch, 'Edit on GitHub', Previous/Next buttons, the build date footer 'Last updated "
              "on 20/05/2024.' and the versions flyout", "/vi/latest/")
    site.trap("tin-tuc/index.html lists the 2024 news and the sub-index 'Tin tức năm 2023'; last year's news only on "
              "tin-tuc/2023/index.html (and the Next button chain)", "/vi/latest/tin-tuc/2023/index.html")
    site.trap("the stable build (10/01/2024) serves last year's news at the old paths /vi/stable/tin-tuc/<slug>.html "
              "with a canonical link to /vi/latest/tin-tuc/<slug>.html, which answers 302 to tin-tuc/2023/<slug>.html",
              "/vi/stable/tin-tuc/index.html")
    site.trap("search.html (JavaScript search over searchindex.js) and genindex.html: not articles; /sitemap.xml "
              "lists only the version roots", "/vi/latest/search.html")
    return site
