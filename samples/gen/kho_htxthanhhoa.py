"""Site `kho-htxthanhhoa` (registry family `generic`): "Kho tài liệu số Liên minh HTX tỉnh Thanh Hóa", the digital
repository where the Thanh Hóa cooperative alliance deposits its news, notices and reports, on **DSpace 7.6**
(the Angular UI `dspace-angular` 7.6.1 served with server-side rendering, the base theme, the interface in
Vietnamese, `markdown.enabled: true` so that abstracts are rendered as Markdown, the browse page size set to 5; the
REST API and OAI under `/server`; the copy is of 10 June 2024). Written as a held-out test: no family module, no
selectors.

URL shapes: an item `/items/<uuid>` (the simple item page) and `/items/<uuid>/full` (the full record: the Dublin Core
table and the files: the same item, an alias); its handle `/handle/123456789/<n>` answers 301 to the item (the
`dc.identifier.uri` shown on the page, `handle.canonical.prefix` being the UI's `/handle/`: an alias); files
`/bitstreams/<uuid>/download`; communities `/communities/<uuid>`, collections `/collections/<uuid>` with their
"recent submissions" list paged `?cp.page=2` (5 a page); the community list `/community-list`; browse pages
`/browse/dateissued` (and `?bbm.page=2`), `/browse/title`, `/browse/author` and `/browse/author?value=<name>`; the home
`/home` (`/` answers 301 to it); `/info/privacy`, `/info/end-user-agreement`, `/info/feedback`; the search `/search`
(robots.txt, DSpace's own, disallows it); the OpenSearch feed `/server/opensearch/search?format=atom&…` (the collection
page's RSS button and the head's alternate); OAI-PMH `/server/oai/request?verb=ListRecords&metadataPrefix=oai_dc`;
the site maps `/sitemap_index.xml` and `/sitemap0.xml`.

What is an article: a record of the "Tin hoạt động" or "Văn bản - Thông báo" collection whose abstract carries the
whole text. A record that is only a catalogue entry for a PDF (the annual report, dated "2023"; the bulletin issue,
dated "2024-04") has no text: not an article, nor the communities, collections and browse lists.

Why it is hard: the page is Angular's SSR output (`ds-*` elements, `_ngcontent-*` attributes, the transfer state
`script#dspace-angular-state` repeating the REST answers). The title is `h2.item-page-title-field` (no `<h1>` at all);
the text is the "Tóm tắt" field (`dc.description.abstract`, Markdown rendered: paragraphs, `<h3>`, lists, a table,
photos with italic caption paragraphs); the files section "Tệp tin" links the PDF with its size after the name. The
date a reader gives is "Ngày xuất bản" (`dc.date.issued`, a day; `citation_publication_date` in the head says the
same): the full record also shows `dc.date.accessioned` and `dc.date.available`, the deposit instants in UTC (a notice
issued 15 May and deposited at 00:20 that night reads 2024-05-14T17:20:31Z there, in the feed and in OAI), and the
recent-submissions lists sort by them. Authors are catalogued inverted ("Lê, Văn Hùng": the reader says Lê Văn
Hùng); a corporate author (the alliance, a newspaper) is no person; a closing byline in the text names the writer.
The oldest news record is on page 2 of its collection and of the browse by date only (and the site map).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, pdf
from .richbody import RichArticle

SITE = "kho-htxthanhhoa"
NAME = "Kho tài liệu số Liên minh HTX tỉnh Thanh Hóa"
ORG = "Liên minh Hợp tác xã tỉnh Thanh Hóa"
HTML = "text/html; charset=utf-8"
UTC = timedelta(hours=7)
PER = 5
HANDLE = "123456789"
COPY_LINE = "Phần mềm DSpace bản quyền © 2002-2024 LYRASIS"
FURN = [COPY_LINE, "Cài đặt cookie", "Chính sách bảo mật", "Thỏa thuận người dùng cuối", "Gửi phản hồi",
        "Duyệt tất cả", "Đơn vị & Bộ sưu tập", "Theo ngày xuất bản", "Theo tác giả", "Theo nhan đề",
        "Xem biểu ghi đầy đủ", "Ngày xuất bản", "Tệp tin", "Thuộc bộ sưu tập", "Tóm tắt", "Đăng nhập"]
WELCOME = "Kho tài liệu số của Liên minh Hợp tác xã tỉnh Thanh Hóa: tin hoạt động, văn bản và báo cáo về kinh tế tập thể."
COLS = {"tin": ("Tin hoạt động", 3), "vb": ("Văn bản - Thông báo", 4), "bc": ("Báo cáo - Số liệu", 5)}


def uid(text: str) -> str:
    x = hashlib.sha1(text.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def ng(n: int) -> str:
    return f'_ngcontent-dspace-angular-c{n}=""'


def natural(name: str) -> str:
    """'Lê, Văn Hùng' as a reader writes it."""
    last, _, first = name.partition(", ")
    return f"{last} {first}" if first else name


def zulu(d: datetime, secs: int = 0) -> str:
    return f"{d - UTC + timedelta(seconds=secs):%Y-%m-%dT%H:%M:%S}Z"


class Record(RichArticle):
    pass


def articles() -> list[Record]:
    A = Record

    def on(day: datetime, deposited: datetime) -> dict:
        return dict(date=deposited, published=f"{day:%Y-%m-%d}T00:00:00+07:00", published_source="metadata",
                    evidence=["metadata", "date-element"], extra={}, description=None) | {"opts": {"issued": f"{day:%Y-%m-%d}"}}

    arts = [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH THANH HÓA
Số: 12/TB-LMHTX
Thanh Hóa, ngày 03 tháng 6 năm 2024
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản lý cho giám đốc, kế toán HTX từ ngày 18/6 đến ngày 20/6/2024 tại Hội trường Liên minh HTX tỉnh, số 34 Đại lộ Lê Lợi, TP Thanh Hóa.
Học viên được miễn học phí, tài liệu và hỗ trợ tiền ăn trong thời gian học.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 12/6/2024.
CHỦ TỊCH
Lê Văn Tư
""", author=None, doc_number="12/TB-LMHTX",
          notes=["notice 'Số: 12/TB-LMHTX' dated 03/6 in its text; 'Ngày xuất bản' 2024-06-03 (dc.date.issued, "
                 "citation_publication_date), deposited 2024-06-04T02:41:07Z; the author field names the alliance (a "
                 "corporate author): no author; the signer is text; the PDF in 'Tệp tin' (/bitstreams/<uuid>/download, "
                 "the name followed by '(215.42 KB)') is an attachment"],
          **on(datetime(2024, 6, 3), datetime(2024, 6, 4, 9, 41))),
        A(path="", title="Ảnh: HTX Nông nghiệp Quảng Phú thu hoạch dưa lưới trong nhà màng",
          body="""
Đầu tháng 5, HTX Nông nghiệp Quảng Phú (huyện Thọ Xuân) thu hoạch lứa dưa lưới đầu tiên trồng trong nhà màng.
[img dua-luoi-1.png] Thành viên HTX thu hoạch dưa lưới trong nhà màng
[img dua-luoi-2.png] Dưa lưới được phân loại, dán tem truy xuất nguồn gốc
[img dua-luoi-3.png] Khách hàng tham quan, mua dưa tại vườn của HTX
HTX hiện có 1,2 ha nhà màng, mỗi vụ cho thu khoảng 30 tấn dưa lưới.
""", byline="Bài và ảnh: Hoàng Minh Tuấn", author="Hoàng Minh Tuấn",
          notes=["photo story: each photo a Markdown image of one of the record's bitstreams, its caption the next "
                 "italic paragraph (one line each; the photos' links in 'Tệp tin' are the photos, not attachments); "
                 "author field 'Hoàng, Minh Tuấn' and 'Bài và ảnh: Hoàng Minh Tuấn' closing the text: Hoàng Minh Tuấn"],
          **on(datetime(2024, 5, 24), datetime(2024, 5, 24, 15, 5))),
        A(path="", title="Số liệu phát triển HTX nông nghiệp tỉnh Thanh Hóa năm 2023",
          body="""
Năm 2023, toàn tỉnh có 1.052 HTX nông nghiệp đang hoạt động, tăng 48 HTX so với năm 2022.
| Loại hình | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Dịch vụ tổng hợp | 704 | 312.500 | 1.420 |
| Trồng trọt | 196 | 9.870 | 2.160 |
| Chăn nuôi | 97 | 2.140 | 1.930 |
| Thủy sản | 55 | 1.620 | 2.480 |
Số HTX đạt loại tốt và khá chiếm 46%, tăng 5% so với năm trước.
""", author="Trịnh Thị Thu Hà",
          notes=["a Markdown table (thead th, tbody td): one line per row; the full record shows it as raw Markdown "
                 "'| … |' lines; author field 'Trịnh, Thị Thu Hà' (inverted), no byline: Trịnh Thị Thu Hà"],
          **on(datetime(2024, 5, 20), datetime(2024, 5, 20, 16, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Xuân Lập",
          body="""
Chiều 14/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Xuân Lập (huyện Thọ Xuân).
HTX hiện cung ứng giống, vật tư và tiêu thụ lúa cho hơn 1.100 hộ thành viên.
Đoàn ghi nhận kiến nghị của HTX về vốn vay đầu tư máy cấy và lò sấy lúa.
""", author=None,
          notes=["issued 2024-05-15 ('Ngày xuất bản'), deposited at 00:20 that night: the full record's "
                 "dc.date.accessioned / dc.date.available '2024-05-14T17:20:31Z', the feed's <updated> and the OAI "
                 "datestamp carry the UTC instant (the previous day); no author field, no byline: author null"],
          **on(datetime(2024, 5, 15), datetime(2024, 5, 15, 0, 20))),
        A(path="", title="Hướng dẫn HTX lập hồ sơ đề nghị hỗ trợ đầu tư kết cấu hạ tầng",
          body="""
Theo quy định hiện hành, HTX nông nghiệp được hỗ trợ đầu tư kết cấu hạ tầng phục vụ sản xuất, chế biến và tiêu thụ sản phẩm.
## Hồ sơ đề nghị hỗ trợ gồm
* Văn bản đề nghị hỗ trợ của HTX;
* Nghị quyết đại hội thành viên thông qua dự án đầu tư;
* Báo cáo tài chính hai năm gần nhất;
* Thiết kế, dự toán công trình được cấp có thẩm quyền phê duyệt.
HTX nộp hồ sơ tại Sở Nông nghiệp và Phát triển nông thôn, Liên minh HTX tỉnh hỗ trợ hoàn thiện hồ sơ miễn phí.
""", author="Lê Văn Hùng",
          notes=["a Markdown heading (<h3>) and a bulleted list; author field 'Lê, Văn Hùng' (inverted, linked to "
                 "/browse/author?value=…), no byline: Lê Văn Hùng"],
          **on(datetime(2024, 5, 6), datetime(2024, 5, 6, 8, 50))),
        A(path="", title="HTX Chè Tân Phúc mở rộng vùng chè hữu cơ",
          body="""
HTX Chè Tân Phúc (huyện Lang Chánh) vừa mở rộng vùng chè hữu cơ lên 40 ha với 85 hộ thành viên tham gia.
Sản phẩm chè búp khô của HTX đạt chứng nhận OCOP 4 sao và có mặt tại nhiều cửa hàng đặc sản ở Hà Nội.
HTX đang liên kết với một doanh nghiệp để xuất khẩu chè sang thị trường Đài Loan.
""", byline="Theo Báo Thanh Hóa", author=None,
          notes=["author field 'Báo Thanh Hóa' (a newspaper) and 'Theo Báo Thanh Hóa' closing the text: a reprint, "
                 "no author"],
          **on(datetime(2024, 4, 24), datetime(2024, 4, 25, 10, 15))),
        A(path="", title="HTX Dịch vụ nông nghiệp Hoằng Đồng liên kết sản xuất lúa giống",
          body="""
HTX Dịch vụ nông nghiệp Hoằng Đồng (huyện Hoằng Hóa) liên kết với doanh nghiệp sản xuất 120 ha lúa giống mỗi vụ.
Doanh nghiệp cung ứng giống bố mẹ, hướng dẫn kỹ thuật và bao tiêu toàn bộ sản phẩm với giá cao hơn lúa thương phẩm 15%.
Nhờ liên kết, thu nhập của thành viên tăng bình quân 8 triệu đồng/ha mỗi vụ.
""", byline="Lê Thị Hằng", author="Lê Thị Hằng",
          notes=["author field 'Lê, Thị Hằng' and the bare name 'Lê Thị Hằng' closing the text: the author"],
          **on(datetime(2024, 4, 9), datetime(2024, 4, 9, 14, 40))),
        A(path="", title="Liên minh HTX tỉnh Thanh Hóa tổng kết công tác năm 2023",
          body="""
Ngày 10/1, Liên minh HTX tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.png] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 64 HTX, tổ chức 18 lớp tập huấn cho 1.250 lượt cán bộ HTX.
""", byline="Tin, ảnh: Phạm Ngọc Sơn", author="Phạm Ngọc Sơn",
          notes=["the oldest news record: only on page 2 of its collection (?cp.page=2) and of the browse by date "
                 "(?bbm.page=2), and in the site map; author field 'Phạm, Ngọc Sơn', 'Tin, ảnh: Phạm Ngọc Sơn' -> "
                 "Phạm Ngọc Sơn"],
          **on(datetime(2024, 1, 12), datetime(2024, 1, 12, 15, 30))),
    ]
    meta = [("vb", "Liên minh Hợp tác xã tỉnh Thanh Hóa", ["bồi dưỡng", "quản lý HTX"], "Thông báo", 40),
            ("tin", "Hoàng, Minh Tuấn", ["dưa lưới", "nhà màng"], "Tin tức", 38),
            ("tin", "Trịnh, Thị Thu Hà", ["số liệu", "HTX nông nghiệp"], "Tin tức", 37),
            ("tin", None, ["lúa gạo"], "Tin tức", 36),
            ("tin", "Lê, Văn Hùng", ["hỗ trợ HTX", "hạ tầng"], "Tin tức", 35),
            ("tin", "Báo Thanh Hóa", ["chè", "OCOP"], "Tin tức", 33),
            ("tin", "Lê, Thị Hằng", ["lúa gạo", "liên kết"], "Tin tức", 32),
            ("tin", "Phạm, Ngọc Sơn", ["tổng kết"], "Tin tức", 26)]
    for a, (col, who, subj, typ, n) in zip(arts, meta):
        a.opts.update(col=col, who=who, subjects=subj, type=typ, handle=n)
    return arts


def md_source(a: Record) -> str:
    """The abstract as staff typed it (what the full record shows)."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_text(b.text))
        elif b.kind == "h":
            out.append("### " + b.text)
        elif b.kind in ("ul", "ol"):
            out.append("\n".join(("- " if b.kind == "ul" else f"{i}. ") + x for i, x in enumerate(b.items, 1)))
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                                 + ["| " + " | ".join(r) + " |" for r in rows]))
        elif b.kind == "img":
            out.append(f"![]({a.opts['images'][b.src]})\n\n*{b.text}*")
    if a.byline:
        out.append(f"**{a.byline}**")
    return "\n\n".join(out)


def md_html(a: Record) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n"
                       "<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>"
                                              for r in rows) + "\n</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p><img src="{a.opts["images"][b.src]}" alt=""></p>\n<p><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thanh-hoa", f"{NAME} (DSpace 7)", "generic", None, start_urls=["{{base:%s}}/home" % SITE],
                     sitemaps=["{{base:%s}}/sitemap_index.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    community = uid("community-lmhtx")
    cols = {k: uid("collection-" + k) for k in COLS}
    site.feeds = ["{{base:%s}}/server/opensearch/search?format=atom&query=*&scope=%s" % (SITE, cols[k]) for k in COLS]
    # two catalogue records of PDFs (no text): not articles
    reports = [dict(title="Báo cáo tổng kết phong trào kinh tế tập thể tỉnh Thanh Hóa năm 2023", issued="2023",
                    dep=datetime(2024, 2, 27, 10, 5), col="bc", who="Liên minh Hợp tác xã tỉnh Thanh Hóa",
                    file="BC-tong-ket-KTTT-2023.pdf", size="1.84 MB", handle=29, subjects=["báo cáo", "kinh tế tập thể"]),
               dict(title="Bản tin Kinh tế tập thể Thanh Hóa số 4/2024", issued="2024-04", dep=datetime(2024, 5, 2, 9, 12),
                    col="bc", who="Liên minh Hợp tác xã tỉnh Thanh Hóa", file="Ban-tin-KTTT-so-4-2024.pdf", size="3.27 MB",
                    handle=34, subjects=["bản tin"])]
    for r in reports:
        r["uuid"] = uid(r["title"])
        r["path"] = f"/items/{r['uuid']}"
    for a in arts:
        a.opts["uuid"] = uid(a.title)
        a.path = f"/items/{a.opts['uuid']}"
        a.opts["images"] = {b.src: f"/bitstreams/{uid(a.title + b.src)}/download" for b in a.blocks if b.kind == "img"}
        if a.doc_number:
            a.attachments = [{"path": f"/bitstreams/{uid(a.title + 'pdf')}/download", "text": "TB-12-LMHTX-2024.pdf"}]
    records = [dict(title=a.title, path=a.path, issued=a.opts["issued"], dep=a.date, col=a.opts["col"], who=a.opts["who"],
                    art=a, abstract=inline_text(next(b.text for b in a.blocks if b.kind == "p"))) for a in arts]
    records += [dict(r, art=None, abstract="") for r in reports]
    by_dep = sorted(records, key=lambda r: r["dep"], reverse=True)
    by_issued = sorted(records, key=lambda r: (r["issued"], r["dep"]), reverse=True)

    def state(obj: dict) -> str:
        return json.dumps(obj, ensure_ascii=False).replace("&", "&a;").replace('"', "&q;").replace("<", "&l;")

    def layout(title: str, main: str, crumbs: list, head_extra: str = "", st: dict | None = None) -> str:
        crumb = ('<li class="breadcrumb-item"><a href="/home" class="text-truncate">Trang chủ</a></li>'
                 + "".join(f'<li class="breadcrumb-item"><a href="{h}" class="text-truncate">{esc(n)}</a></li>' if h else
                           f'<li aria-current="page" class="breadcrumb-item active"><div class="text-truncate">{esc(n)}</div></li>'
                           for n, h in crumbs))
        return f"""<!DOCTYPE html><html lang="vi" data-critters-container><head>
  <meta charset="UTF-8">
  <base href="/">
  <title>{esc(title)}</title>
  <meta name="viewport" content="width=device-width,minimum-scale=1">
  <meta http-equiv="cache-control" content="no-store">
<link rel="stylesheet" href="/styles.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="/styles.css"></noscript><link rel="stylesheet" type="text/css" class="theme-css" href="/base-theme.css"><link rel="icon" href="/assets/images/favicons/favicon.ico" sizes="any"><meta name="Generator" content="DSpace 7.6.1">{head_extra}</head>
<body>
  <ds-app _nghost-dspace-angular-c2="" ng-version="15.2.10" ng-server-context="ssr"><ds-themed-root {ng(2)} data-used-theme="base"><ds-root _nghost-dspace-angular-c7=""><div {ng(7)} class="outer-wrapper"><ds-themed-admin-sidebar {ng(7)}></ds-themed-admin-sidebar><div {ng(7)} class="inner-wrapper">
<ds-system-wide-alert-banner {ng(7)}></ds-system-wide-alert-banner>
<ds-themed-header-navbar-wrapper {ng(7)}><div id="header-navbar-wrapper"><ds-themed-header><header id="main-site-header"><div class="container h-100 d-flex flex-row flex-wrap align-items-center justify-content-between gapx-3 gapy-2"><div id="header-left" class="h-100 flex-fill d-flex" role="presentation"><a routerlink="/home" class="d-block my-2 my-md-0" aria-label="Trang chủ" href="/home"><img id="header-logo" src="/assets/images/dspace-logo.svg" alt="Logo kho lưu trữ"></a></div>
<div id="header-right" class="h-100 d-flex flex-row flex-nowrap justify-content-end align-items-center gapx-1 ml-auto"><ds-themed-search-navbar><div><form novalidate class="d-flex" action="/search" method="get"><input type="text" name="query" class="form-control" aria-label="Tìm kiếm" placeholder="Tìm kiếm"><button type="submit" class="submit-icon btn btn-link btn-link-inline" aria-label="Gửi yêu cầu tìm kiếm"><em class="fas fa-search fa-lg fa-fw"></em></button></form></div></ds-themed-search-navbar><ds-lang-switch></ds-lang-switch><ds-themed-auth-nav-menu><div ngbdropdown class="navbar-nav"><a href="javascript:void(0);" role="button" class="dropdownLogin px-0.5" aria-haspopup="menu">Đăng nhập</a></div></ds-themed-auth-nav-menu></div></div></header></ds-themed-header>
<ds-themed-navbar><nav role="navigation" aria-label="Thanh điều hướng chính" class="navbar navbar-light navbar-expand-md px-md-0 pt-md-0 pt-3 navbar-container"><div class="navbar-inner-container w-100"><div class="container"><div id="collapsingNav" class="w-100"><ul class="navbar-nav navbar-navigation mr-auto shadow-none gapx-3">
<li><ds-navbar-section><div class="ds-menu-item-wrapper text-md-center"><a class="ds-menu-item" href="/home">Trang chủ</a></div></ds-navbar-section></li>
<li><ds-expandable-navbar-section><div class="ds-menu-item-wrapper text-md-center" role="menuitem" aria-haspopup="menu"><a href="javascript:void(0);" class="ds-menu-toggler-wrapper"><span class="ds-menu-item">Duyệt tất cả</span></a><div class="dropdown-menu"><a class="ds-menu-item" href="/community-list">Đơn vị &amp; Bộ sưu tập</a><a class="ds-menu-item" href="/browse/dateissued">Theo ngày xuất bản</a><a class="ds-menu-item" href="/browse/author">Theo tác giả</a><a class="ds-menu-item" href="/browse/title">Theo nhan đề</a></div></div></ds-expandable-navbar-section></li>
</ul></div></div></div></nav></ds-themed-navbar></div></ds-themed-header-navbar-wrapper>
<main {ng(7)} id="main-content" class="my-cs"><ds-themed-breadcrumbs {ng(7)}><nav aria-label="breadcrumb" class="nav-breadcrumb"><ol class="container breadcrumb my-0">{crumb}</ol></nav></ds-themed-breadcrumbs>
<div {ng(7)} class="pb-4">
{main}
</div></main>
<ds-themed-footer {ng(7)}><footer class="text-lg-start"><div class="bottom-footer p-1 d-flex justify-content-center align-items-center text-white"><div class="content-container"><p class="m-0"><a class="text-white" href="{{{{base:offsite}}}}/dspace/">Phần mềm DSpace</a> bản quyền © 2002-2024 <a class="text-white" href="{{{{base:offsite}}}}/lyrasis/">LYRASIS</a></p><ul class="footer-info list-unstyled small d-flex justify-content-center mb-0"><li><button class="btn btn-link text-white" type="button">Cài đặt cookie</button></li><li><a class="text-white" href="/info/privacy">Chính sách bảo mật</a></li><li><a class="text-white" href="/info/end-user-agreement">Thỏa thuận người dùng cuối</a></li><li><a class="text-white" href="/info/feedback">Gửi phản hồi</a></li></ul></div></div></footer></ds-themed-footer>
</div></div></ds-root></ds-themed-root></ds-app>
<script src="/runtime.js" type="module"></script><script src="/polyfills.js" type="module"></script><script src="/main.js" type="module"></script>
<script id="dspace-angular-state" type="application/json">{state(st or {})}</script></body></html>
"""

    def list_element(r: dict) -> str:
        who = r["who"]
        authors = f'<span class="item-list-authors"><span>{esc(who)}</span></span>' if who else ""
        abstract = (f'<div class="item-list-abstract"><ds-truncatable-part><div class="content">{esc(r["abstract"][:200])}'
                    f'</div></ds-truncatable-part></div>') if r["abstract"] else ""
        return (f'<li class="mt-4 mb-4 d-flex"><ds-listable-object-component-loader><ds-item-search-result-list-element>'
                f'<div class="d-flex"><div class="flex-grow-1"><ds-truncatable><a class="lead item-list-title dont-break-out" '
                f'href="{r["path"]}">{esc(r["title"])}</a><span class="text-muted"><ds-truncatable-part>'
                f'(<span class="item-list-publisher">{esc(ORG)}</span>, <span class="item-list-date">{r["issued"]}</span>)'
                f'{authors}</ds-truncatable-part></span>{abstract}</ds-truncatable></div></div>'
                f"</ds-item-search-result-list-element></ds-listable-object-component-loader></li>")

    def pager(base: str, param: str, n: int, total: int) -> str:
        pages = (total + PER - 1) // PER
        sep = "&amp;" if "?" in base else "?"

        def href(k: int) -> str:
            return f"{base}{sep}{param}.page={k}"
        lis = [f'<li class="page-item{" disabled" if n == 1 else ""}"><a class="page-link" href="{href(max(1, n - 1))}" '
               f'aria-label="Trước">«</a></li>']
        lis += [f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{href(k)}">{k}</a></li>'
                for k in range(1, pages + 1)]
        lis.append(f'<li class="page-item{" disabled" if n == pages else ""}"><a class="page-link" href="{href(min(pages, n + 1))}" '
                   f'aria-label="Sau">»</a></li>')
        return (f'<div class="pagination-masked clearfix top"><div class="row"><div class="col-auto pagination-info">'
                f'<span class="align-middle">Hiển thị mục {(n - 1) * PER + 1} - {min(total, n * PER)} trên {total}</span></div>'
                f'</div></div><ds-pagination><ul class="pagination">{"".join(lis)}</ul></ds-pagination>')

    def field(label: str, body: str, css: str = "") -> str:
        return (f'<div class="item-page-field{css}"><ds-metadata-field-wrapper><div class="simple-view-element"><h5 '
                f'class="simple-view-element-header">{label}</h5><div class="simple-view-element-body">{body}</div></div>'
                f"</ds-metadata-field-wrapper></div>")

    def author_href(who: str) -> str:
        return f"/browse/author?value={quote(who)}"

    def files_of(a: Record | None, r: dict) -> list[tuple[str, str, str]]:
        if a is None:
            return [(f"/bitstreams/{uid(r['title'] + 'pdf')}/download", r["file"], r["size"])]
        out = [(x["path"], x["text"], "215.42 KB") for x in a.attachments]
        out += [(href, src.replace(".png", ".jpg"), "1.12 MB") for src, href in a.opts["images"].items()]
        return out

    def item_pages(r: dict) -> None:
        a: Record | None = r["art"]
        col_uuid = cols[r["col"]]
        handle = f"{HANDLE}/{r['handle'] if a is None else a.opts['handle']}"
        files = files_of(a, r)
        subjects = r.get("subjects") if a is None else a.opts["subjects"]
        typ = "Báo cáo" if a is None else a.opts["type"]
        who = r["who"]
        heads = [f'<meta name="title" content="{attr(r["title"])}">']
        if a is not None:
            heads.append(f'<meta name="description" content="{attr(r["abstract"])}">')
        heads.append(f'<meta name="citation_title" content="{attr(r["title"])}">')
        if who:
            heads.append(f'<meta name="citation_author" content="{attr(who)}">')
        heads.append(f'<meta name="citation_publication_date" content="{r["issued"]}">')
        heads.append('<meta name="citation_language" content="vi">')
        heads.append(f'<meta name="citation_keywords" content="{attr("; ".join(subjects + [typ]))}">')
        heads.append(f'<meta name="citation_abstract_html_url" content="{{{{base}}}}/handle/{handle}">')
        heads.append(f'<meta name="citation_publisher" content="{attr(ORG)}">')
        pdfs = [f for f in files if f[1].endswith(".pdf")]
        if pdfs:
            heads.append(f'<meta name="citation_pdf_url" content="{{{{base}}}}{pdfs[0][0]}">')
        heads.append(f'<link rel="alternate" type="application/atom+xml" href="/server/opensearch/search?format=atom&amp;'
                     f'query=*&amp;scope={col_uuid}" title="Atom">')
        head = "\n".join(heads)
        st = {"NGRX_STATE": {"core": {"cache/object": {r["path"]: {"data": {"id": r["path"][7:], "handle": handle,
                                                                                "metadata": {"dc.date.accessioned": [{"value": zulu(r["dep"], 31)}],
                                                                                             "dc.date.issued": [{"value": r["issued"]}],
                                                                                             "dc.title": [{"value": r["title"]}]}}}}}}}
        file_links = "".join(
            f'<ds-themed-file-download-link><a href="{href}" class="d-block dont-break-out"><span>{esc(name)}</span> '
            f'<span>({size})</span></a></ds-themed-file-download-link>' for href, name, size in files)
        authors = (f'<ds-metadata-representation-list><ds-plain-text-metadata-list-element><div><a class="dont-break-out ds-browse-link" '
                   f'href="{author_href(who)}">{esc(who)}</a></div></ds-plain-text-metadata-list-element>'
                   f"</ds-metadata-representation-list>") if who else ""
        abstract = (f'<ds-metadata-values><span class="dont-break-out preserve-line-breaks">{md_html(a)}</span>'
                    f"</ds-metadata-values>") if a is not None else ""
        date_html = f'<ds-metadata-values><span class="dont-break-out">{r["issued"]}</span></ds-metadata-values>'
        uri_html = f'<a class="dont-break-out" href="{{{{base}}}}/handle/{handle}">{{{{base}}}}/handle/{handle}</a>'
        col_html = f'<a href="/collections/{col_uuid}">{esc(COLS[r["col"]][0])}</a>'
        simple = (f'<ds-themed-item-page><div class="container"><div class="item-page"><ds-themed-listable-object-component-loader>'
                  f'<ds-untyped-item><div class="d-flex flex-row"><ds-themed-item-page-title-field class="mr-auto"><h2 '
                  f'class="item-page-title-field"><ds-metadata-values><span class="dont-break-out">{esc(r["title"])}</span>'
                  f'</ds-metadata-values></h2></ds-themed-item-page-title-field><ds-dso-edit-menu></ds-dso-edit-menu></div>'
                  f'<div class="row"><div class="col-xs-12 col-md-4"><ds-themed-media-viewer><ds-themed-thumbnail><div '
                  f'class="thumbnail"><img src="/assets/images/replacement_document.svg" class="thumbnail-content img-fluid" '
                  f'alt="Không có hình thu nhỏ"></div></ds-themed-thumbnail></ds-themed-media-viewer>'
                  + (f'<ds-themed-item-page-file-section>{field("Tệp tin", file_links)}</ds-themed-item-page-file-section>'
                     if files else "<ds-themed-item-page-file-section></ds-themed-item-page-file-section>")
                  + f'<ds-item-page-date-field>{field("Ngày xuất bản", date_html)}</ds-item-page-date-field>'
                  + (f'<ds-themed-metadata-representation-list class="ds-item-page-mixed-author-field">{field("Tác giả", authors)}'
                     f"</ds-themed-metadata-representation-list>" if who else "")
                  + '</div><div class="col-xs-12 col-md-6">'
                  + (f"<ds-item-page-abstract-field>{field('Tóm tắt', abstract)}</ds-item-page-abstract-field>" if a else "")
                  + f'<ds-item-page-uri-field>{field("URI", uri_html)}</ds-item-page-uri-field>'
                  f'<ds-item-page-collections>{field("Thuộc bộ sưu tập", col_html)}</ds-item-page-collections>'
                  f'<div><a class="btn btn-outline-primary" role="button" href="{r["path"]}/full"><i class="fas fa-info-circle">'
                  f"</i> Xem biểu ghi đầy đủ</a></div></div></div></ds-untyped-item></ds-themed-listable-object-component-loader>"
                  f"</div></div></ds-themed-item-page>")
        crumbs = [(ORG, f"/communities/{community}"), (COLS[r["col"]][0], f"/collections/{col_uuid}"), (r["title"], None)]
        site.page(r["path"], layout(r["title"], simple, crumbs, head, st), content_type=HTML)
        # the full record
        dc = []
        if who:
            dc.append(("dc.contributor.author", who, ""))
        dc += [("dc.date.accessioned", zulu(r["dep"], 31), ""), ("dc.date.available", zulu(r["dep"], 31), ""),
               ("dc.date.issued", r["issued"], ""), ("dc.identifier.uri", f"{{{{base}}}}/handle/{handle}", "")]
        if a is not None:
            dc.append(("dc.description.abstract", md_source(a), "vi"))
        dc += [("dc.language.iso", "vi", "vi"), ("dc.publisher", ORG, "vi")]
        if a is not None and a.byline and a.byline.startswith("Theo "):
            dc.append(("dc.source", a.byline[5:], "vi"))
        dc += [("dc.subject", s, "vi") for s in subjects] + [("dc.title", r["title"], "vi"), ("dc.type", typ, "vi")]
        rows = "".join(f'<tr><td>{k}</td><td>{esc(v) if k != "dc.identifier.uri" else v}</td><td>{lang}</td></tr>' for k, v, lang in dc)
        frows = "".join(f'<div class="file-section row mb-3"><div class="col-3"><ds-themed-thumbnail><img src="/assets/images/'
                        f'replacement_document.svg" alt="Không có hình thu nhỏ"></ds-themed-thumbnail></div><div class="col-7"><dl '
                        f'class="row"><dt class="col-md-4">Tên:</dt><dd class="col-md-8">{esc(name)}</dd><dt class="col-md-4">'
                        f'Dung lượng:</dt><dd class="col-md-8">{size}</dd><dt class="col-md-4">Định dạng:</dt><dd class="col-md-8">'
                        f'{"Adobe PDF" if name.endswith(".pdf") else "JPEG"}</dd></dl></div><div class="col-2"><ds-themed-file-download-link>'
                        f'<a href="{href}" class="btn btn-outline-primary">Tải về</a></ds-themed-file-download-link></div></div>'
                        for href, name, size in files)
        full = (f'<ds-themed-full-item-page><div class="container"><div class="item-page"><div class="d-flex flex-row">'
                f'<ds-themed-item-page-title-field class="mr-auto"><h2 class="item-page-title-field"><span class="dont-break-out">'
                f'{esc(r["title"])}</span></h2></ds-themed-item-page-title-field></div><div class="simple-view-link my-3"><a '
                f'class="btn btn-outline-primary" href="{r["path"]}">Xem biểu ghi đơn giản</a></div><table class="table '
                f'table-responsive table-striped"><tbody>{rows}</tbody></table><ds-themed-full-file-section><h3 '
                f'class="h5 simple-view-element-header">Tệp tin</h3><h4 class="h5">Bản gốc</h4>{frows}</ds-themed-full-file-section>'
                f'<ds-item-page-full-file-section></ds-item-page-full-file-section><h3 class="h5">Thuộc bộ sưu tập</h3><ul>'
                f'<li><a href="/collections/{col_uuid}">{esc(COLS[r["col"]][0])}</a></li></ul></div></div></ds-themed-full-item-page>')
        site.page(r["path"] + "/full", layout(r["title"], full, crumbs, head, st), content_type=HTML)
        site.redirect(f"/handle/{handle}", r["path"])
        for href, name, _size in files:
            file = href.lstrip("/")
            if name.endswith(".pdf"):
                site.files[file] = pdf(r["title"], ["LIEN MINH HTX TINH THANH HOA", re.sub(r"[^ -~]", "", name)])
                site.routes.append({"path": href, "file": file, "content_type": "application/pdf"})
            else:
                site.files[file] = image_for(href)
                site.routes.append({"path": href, "file": file, "content_type": "image/jpeg"})
        if a is not None:
            a.aliases += [f"/handle/{handle}", r["path"] + "/full"]
            site.add_article(a)
        else:
            site.non_articles.append(r["path"])
            site.non_articles.append(r["path"] + "/full")

    for r in records:
        item_pages(r)
    site.trap("the catalogue records of PDFs without text (the annual report, 'Ngày xuất bản' 2023; the bulletin issue, "
              "2024-04): not articles, nor their full records", reports[0]["path"])
    site.trap("every record's '/full' page: the Dublin Core table (dc.date.accessioned / available in UTC, the abstract "
              "as raw Markdown, the subjects, the type) and the files with 'Tải về': the same record, an alias",
              arts[0].path + "/full")
    site.trap("/handle/123456789/<n> (the URI field, citation_abstract_html_url, OAI) answers 301 to /items/<uuid>: an "
              "alias", f"/handle/{HANDLE}/40")

    # -- communities, collections ---------------------------------------------------------------
    def col_page(key: str) -> None:
        name, n = COLS[key]
        items = [r for r in by_dep if r["col"] == key]
        pages = max(1, (len(items) + PER - 1) // PER)
        for p in range(1, pages + 1):
            path = f"/collections/{cols[key]}" + (f"?cp.page={p}" if p > 1 else "")
            chunk = items[(p - 1) * PER:p * PER]
            main = (f'<ds-themed-collection-page><div class="container"><div class="collection-page"><header class="comcol-header '
                    f'border-bottom mb-4 pb-4"><h2 class="comcol-name">{esc(name)}</h2><div class="comcol-handle"><span>URI: '
                    f'</span><a href="{{{{base}}}}/handle/{HANDLE}/{n}">{{{{base}}}}/handle/{HANDLE}/{n}</a></div></header>'
                    f'<ds-rss><a href="/server/opensearch/search?format=atom&amp;query=*&amp;scope={cols[key]}" class="btn '
                    f'btn-secondary" title="RSS"><i class="fas fa-rss-square"></i></a></ds-rss><section class="comcol-page-browse-section">'
                    f'<h3 class="sr-only">Tài liệu mới cập nhật</h3><ds-themed-browse-by><div class="browse-by"><ds-viewable-collection>'
                    + pager(f"/collections/{cols[key]}", "cp", p, len(items)) + '<ul class="list-unstyled">'
                    + "".join(list_element(r) for r in chunk) + "</ul></ds-viewable-collection></div></ds-themed-browse-by>"
                    "</section></div></div></ds-themed-collection-page>")
            site.page(path, layout(f"{name}", main, [(ORG, f"/communities/{community}"), (name, None)],
                                   f'<link rel="alternate" type="application/atom+xml" href="/server/opensearch/search?format='
                                   f'atom&amp;query=*&amp;scope={cols[key]}" title="Atom">'), content_type=HTML)
            site.non_articles.append(path)
            if p > 1:
                site.same_page(f"/collections/{cols[key]}?cp.page=1", f"/collections/{cols[key]}")
                site.non_articles.append(f"/collections/{cols[key]}?cp.page=1")
        site.redirect(f"/handle/{HANDLE}/{n}", f"/collections/{cols[key]}")

    for key in COLS:
        col_page(key)
    site.trap("the collection pages /collections/<uuid> (the recent submissions by deposit date, 5 a page: title, "
              "'(publisher, issued)', authors, the abstract's start): ?cp.page=2 of 'Tin hoạt động' holds the oldest "
              "news record", f"/collections/{cols['tin']}?cp.page=2")
    com = (f'<ds-themed-community-page><div class="container"><div class="community-page"><header class="comcol-header '
           f'border-bottom mb-4 pb-4"><h2 class="comcol-name">{esc(ORG)}</h2></header><div class="comcol-introductory-text">'
           f'<p>Tài liệu của Liên minh Hợp tác xã tỉnh Thanh Hóa.</p></div><section><h3>Bộ sưu tập trong đơn vị này</h3><ul '
           'class="list-unstyled">' + "".join(f'<li><a href="/collections/{cols[k]}">{esc(v[0])}</a></li>' for k, v in COLS.items())
           + "</ul></section></div></div></ds-themed-community-page>")
    site.page(f"/communities/{community}", layout(ORG, com, [(ORG, None)]), content_type=HTML)
    site.redirect(f"/handle/{HANDLE}/2", f"/communities/{community}")
    site.page("/community-list", layout("Danh sách đơn vị", '<ds-themed-community-list-page><div class="container"><h2>Đơn vị &amp; '
                                        f'Bộ sưu tập</h2><ul><li><a href="/communities/{community}">{esc(ORG)}</a><ul>'
                                        + "".join(f'<li><a href="/collections/{cols[k]}">{esc(v[0])}</a></li>' for k, v in COLS.items())
                                        + "</ul></li></ul></div></ds-themed-community-list-page>", [("Đơn vị & Bộ sưu tập", None)]),
              content_type=HTML)
    site.non_articles += [f"/communities/{community}", "/community-list"]

    # -- browse ---------------------------------------------------------------------------------------
    def browse(path: str, heading: str, items: list[dict], crumb: str) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for p in range(1, pages + 1):
            url = path + (f"{'&' if '?' in path else '?'}bbm.page={p}" if p > 1 else "")
            main = (f'<ds-themed-browse-by-date-page><div class="container"><h2 class="browse-by-title">{esc(heading)}</h2>'
                    f'<ds-themed-browse-by>' + pager(path, "bbm", p, len(items)) + '<ul class="list-unstyled">'
                    + "".join(list_element(r) for r in items[(p - 1) * PER:p * PER]) + "</ul></ds-themed-browse-by></div>"
                    "</ds-themed-browse-by-date-page>")
            site.page(url, layout(heading, main, [(crumb, None)]), content_type=HTML)
            site.non_articles.append(url)
            if p > 1:
                first = path + ("&" if "?" in path else "?") + "bbm.page=1"
                site.same_page(first, path)
                site.non_articles.append(first)

    browse("/browse/dateissued", "Duyệt theo Ngày xuất bản", by_issued, "Theo ngày xuất bản")
    browse("/browse/title", "Duyệt theo Nhan đề", sorted(records, key=lambda r: r["title"]), "Theo nhan đề")
    who_all = sorted({r["who"] for r in records if r["who"]})
    site.page("/browse/author", layout("Duyệt theo Tác giả", '<div class="container"><h2>Duyệt theo Tác giả</h2><ul class="list-'
                                       'unstyled">' + "".join(f'<li><a href="{author_href(w)}">{esc(w)}</a> <span class="badge '
                                                              f'badge-pill badge-secondary">{sum(1 for r in records if r["who"] == w)}'
                                                              f"</span></li>" for w in who_all) + "</ul></div>",
                                       [("Theo tác giả", None)]), content_type=HTML)
    site.non_articles.append("/browse/author")
    for w in who_all:
        browse(author_href(w), f"Duyệt theo Tác giả: {w}", [r for r in by_issued if r["who"] == w], "Theo tác giả")
    site.trap("browse by date /browse/dateissued (5 a page by 'Ngày xuất bản'; ?bbm.page=2 holds the oldest), by title "
              "and by author (/browse/author?value=Lê%2C%20Văn%20Hùng: the inverted names): lists",
              "/browse/dateissued?bbm.page=2")

    # -- home and info pages ------------------------------------------------------------------------
    home = ('<ds-themed-home-page><ds-themed-home-news><div class="jumbotron jumbotron-fluid"><div class="container"><h1 '
            f'class="display-3">{esc(NAME)}</h1><p class="lead">{esc(WELCOME)}</p></div></div></ds-themed-home-news>'
            '<div class="container"><ds-search-form><form action="/search" method="get"><input type="text" name="query" '
            'placeholder="Tìm kiếm trong kho"><button type="submit">Tìm</button></form></ds-search-form><ds-themed-top-level-'
            f'community-list><h2>Đơn vị trong kho</h2><ul><li><a href="/communities/{community}">{esc(ORG)}</a></li></ul>'
            '</ds-themed-top-level-community-list><ds-recent-item-list><h2>Tài liệu mới cập nhật</h2><ul class="list-unstyled">'
            + "".join(list_element(r) for r in by_dep[:PER]) + '</ul><a class="btn btn-primary" href="/search?spc.sf='
            'dc.date.accessioned&amp;spc.sd=DESC">Tải thêm</a></ds-recent-item-list></div></ds-themed-home-page>')
    site.page("/home", layout(f"Trang chủ - {NAME}", home, []), content_type=HTML)
    site.redirect("/", "/home")
    site.non_articles.append("/home")
    site.trap("home /home (/ answers 301): the site's welcome, the community, 'Tài liệu mới cập nhật' (the 5 last "
              "deposits, reports included) and its 'Tải thêm' link into the disallowed search", "/home")
    for path, title, text in [("/info/privacy", "Chính sách bảo mật", "<p>Kho lưu trữ chỉ ghi nhận các thông tin cần thiết để "
                               "vận hành dịch vụ.</p>"),
                              ("/info/end-user-agreement", "Thỏa thuận người dùng cuối", "<p>Tài liệu trong kho được sử dụng "
                               "cho mục đích tham khảo, ghi rõ nguồn khi trích dẫn.</p>"),
                              ("/info/feedback", "Gửi phản hồi", '<form action="javascript:void(0)"><input type="email" '
                               'name="email"><textarea name="message"></textarea><button type="button">Gửi</button></form>')]:
        site.page(path, layout(title, f'<div class="container"><h2>{title}</h2>{text}</div>', [(title, None)]), content_type=HTML)
        site.non_articles.append(path)
    site.page("/search", layout("Tìm kiếm", '<div class="container"><h2>Tìm kiếm</h2></div>', [("Tìm kiếm", None)]),
              content_type=HTML)
    site.same_page("/search?spc.sf=dc.date.accessioned&spc.sd=DESC", "/search")
    site.never_fetched += ["/search", "/search?spc.sf=dc.date.accessioned&spc.sd=DESC"]
    site.static("/robots.txt", "# The FULL URL to the DSpace sitemaps\nSitemap: {{base}}/sitemap_index.xml\nSitemap: "
                "{{base}}/sitemap_index.html\n\n# Default Access Group\nUser-agent: *\n# Disable access to Discovery search "
                "and filters; admin pages; processes; submission; workspace; workflow & profile page\nDisallow: /search\n"
                "Disallow: /admin/*\nDisallow: /processes\nDisallow: /submit\nDisallow: /workspaceitems\nDisallow: /profile\n"
                "Disallow: /workflowitems\n# Crawlers should be able to access entity pages, but not the facet search links "
                "present on entity pages\nDisallow: /entities/*?f\n")
    site.trap("robots.txt (DSpace's own) disallows /search: the header's search box, the home page's search form and "
              "'Tải thêm' are never fetched", "/search")

    # -- feeds, OAI, site maps ----------------------------------------------------------------------
    def atom(items: list[dict], scope: str) -> str:
        ents = "".join(f"<entry><title>{esc(r['title'])}</title><link rel=\"alternate\" href=\"{{{{base}}}}/handle/{HANDLE}/"
                       f"{r['handle'] if r['art'] is None else r['art'].opts['handle']}\"/><id>{{{{base}}}}/handle/{HANDLE}/"
                       f"{r['handle'] if r['art'] is None else r['art'].opts['handle']}</id><updated>{zulu(r['dep'], 31)}"
                       f"</updated><published>{r['issued']}</published>"
                       + (f"<author><name>{esc(r['who'])}</name></author>" if r["who"] else "")
                       + f"<summary type=\"text\">{esc(r['abstract'])}</summary><dc:date>{r['issued']}</dc:date></entry>"
                       for r in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/'
                f'dc/elements/1.1/" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"><title>DSpace: {esc(scope)}</title>'
                f"<id>{{{{base}}}}/server/opensearch/search</id><updated>2024-06-10T02:00:00Z</updated><opensearch:totalResults>"
                f"{len(items)}</opensearch:totalResults><opensearch:itemsPerPage>20</opensearch:itemsPerPage>{ents}</feed>\n")

    for key in COLS:
        items = [r for r in by_dep if r["col"] == key]
        site.page(f"/server/opensearch/search?format=atom&query=*&scope={cols[key]}", atom(items, COLS[key][0]),
                  content_type="application/atom+xml;charset=UTF-8")
    site.trap("the OpenSearch Atom feed of a collection (the RSS button, the head's alternate): <updated> is the deposit "
              "instant in UTC (the record issued 15 May reads 2024-05-14T17:20:31Z), <published> the issued date",
              f"/server/opensearch/search?format=atom&query=*&scope={cols['tin']}")
    recs = "".join(f"<record><header><identifier>oai:{{{{host}}}}:{HANDLE}/{r['handle'] if r['art'] is None else r['art'].opts['handle']}"
                   f"</identifier><datestamp>{zulu(r['dep'], 31)}</datestamp><setSpec>col_{HANDLE}_{COLS[r['col']][1]}</setSpec>"
                   f"</header><metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                   f"xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{esc(r['title'])}</dc:title>"
                   + (f"<dc:creator>{esc(r['who'])}</dc:creator>" if r["who"] else "")
                   + f"<dc:date>{zulu(r['dep'], 31)}</dc:date><dc:date>{r['issued']}</dc:date><dc:identifier>{{{{base}}}}/handle/"
                   f"{HANDLE}/{r['handle'] if r['art'] is None else r['art'].opts['handle']}</dc:identifier>"
                   f"<dc:language>vi</dc:language></oai_dc:dc></metadata></record>" for r in by_dep)
    site.page("/server/oai/request?verb=ListRecords&metadataPrefix=oai_dc",
              f'<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>'
              f"2024-06-10T02:00:00Z</responseDate><request verb=\"ListRecords\" metadataPrefix=\"oai_dc\">{{{{base}}}}/server/oai/"
              f"request</request><ListRecords>{recs}</ListRecords></OAI-PMH>\n".replace("{{host}}", "kho.lienminhhtxthanhhoa.vn"),
              content_type="text/xml;charset=UTF-8")
    site.trap("OAI-PMH ListRecords (oai_dc): the datestamp and the first dc:date are the deposit instant in UTC, the "
              "second dc:date the issued date", "/server/oai/request?verb=ListRecords&metadataPrefix=oai_dc")
    site.page("/sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
              'schemas/sitemap/0.9"><sitemap><loc>{{base}}/sitemap0.xml</loc><lastmod>2024-06-10T01:00:00Z</lastmod>'
              "</sitemap></sitemapindex>\n", content_type="application/xml")
    urls = [f"/communities/{community}"] + [f"/collections/{c}" for c in cols.values()] + [r["path"] for r in records]
    site.page("/sitemap0.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in urls) + "</urlset>\n",
              content_type="application/xml")
    site.trap("the site maps /sitemap_index.xml and /sitemap0.xml (DSpace's generator: communities, collections and "
              "every item, no dates)", "/sitemap0.xml")

    # -- assets -----------------------------------------------------------------------------------------
    for name in ["styles.css", "base-theme.css"]:
        site.static(f"/{name}", "body{font-family:Arial,sans-serif}\n")
    for name in ["runtime.js", "polyfills.js", "main.js"]:
        site.static(f"/{name}", "/* dspace-angular */\n")
    site.static("/assets/images/dspace-logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n')
    site.static("/assets/images/replacement_document.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n')
    site.binary("/assets/images/favicons/favicon.ico", b"\x00\x00\x01\x00")
    return site
