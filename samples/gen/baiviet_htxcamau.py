"""Site `baiviet-htxcamau` (registry family `generic`): "Bản tin Kinh tế tập thể Cà Mau", the blog of the communication
team of the Cà Mau cooperative alliance (Bạc Liêu joined the province on 1 July 2025), a **Quarto 1.6** website
project built from the `quarto create project blog` template (posts/_metadata.yml with `title-block-banner: true`, the
cosmo Bootstrap theme, a navbar, `lang: vi` with a `language:` block translating the title-block and listing labels,
because Quarto ships no Vietnamese language file), rendered on a staff laptop in Vietnam and published as static
files. Written as a held-out test: no family module, no selectors.

URL shapes (Quarto's output tree, every link relative): posts `/posts/<slug>/index.html` (the static host answers the
directory `/posts/<slug>/` too: the home page's intro links one post so), the listing page `/bai-viet.html` (all posts,
`page-size: 5`: list.js paginates in the browser, so the older posts are in the HTML but on its "page 2"), the home
`/` = `/index.html` (a grid listing with `max-items: 5`), pages `/gioi-thieu.html` (the `jolla` about template) and
`/lien-he.html`; the feed `/bai-viet.xml` (listing `feed: true`), `/sitemap.xml` (site-url set), `/search.json`,
`/listings.json`; a hand-written `/robots.txt`. Categories are no pages: the listing filters in the browser
(`bai-viet.html#category=<base64>`). A renamed post keeps its old address through Quarto `aliases:`: a redirect page
`posts/<old slug>/index.html` whose only content is a script calling `window.location.replace` (no meta refresh).

Why it is hard: with the banner title block the `<header id="title-block-header">` (h1.title, the description as
`div.description`, `div.quarto-categories`, then `div.quarto-title-meta` with "Tác giả" and "Ngày đăng") sits BEFORE
`#quarto-content`, outside `<main>`; the date is Quarto's default `date-format: long` in Vietnamese ("20 tháng 2,
2026", day first, no weekday, no time) and `<meta name="dcterms.date" content="2026-02-20">`. The `author` front
matter is a person or the office ("Văn phòng Liên minh HTX tỉnh": no author). Pandoc writes sections
(`<section id="kết-quả-năm-2025" class="level2">`, Unicode ids), `div.quarto-figure > figure > figcaption`, pipe tables
as `table.caption-top.table` with `tr.odd/even`, bylines as a right-aligned `<div>`; download links are plain
paragraphs ("Tải về: <a>…</a>"). The feed's pubDates are `new Date(date).toUTCString()` of a date parsed at local
midnight on the +07 laptop: every date-only post shows the previous day at 17:00 GMT, and the post dated
"2025-12-18 21:45" shows 14:45 GMT, a time its page never prints.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, page_links, pdf, rtf
from .richbody import RichArticle

SITE = "baiviet-htxcamau"
NAME = "Bản tin Kinh tế tập thể Cà Mau"
ORG = "Liên minh Hợp tác xã tỉnh Cà Mau"
DESC = "Tin hoạt động, văn bản và mô hình hợp tác xã của Liên minh Hợp tác xã tỉnh Cà Mau"
OFFICE = "Văn phòng Liên minh HTX tỉnh"
QUARTO = "quarto-1.6.40"
BUILT = datetime(2026, 2, 24, 10, 21, 9)  # the last render on the laptop, Vietnam time
FOOT_LEFT = "© 2025-2026 Liên minh Hợp tác xã tỉnh Cà Mau · Số 76 Lý Bôn, phường An Xuyên, tỉnh Cà Mau"
FOOT_RIGHT = "Xây dựng bằng Quarto"
LABELS = {"author": "Tác giả", "published": "Ngày đăng", "categories": "Chuyên mục", "all": "Tất cả",
          "top": "Về đầu trang", "filter": "Lọc", "order": "Sắp xếp theo", "nomatch": "Không có bài viết phù hợp"}
NAV = [("index.html", "Trang chủ"), ("bai-viet.html", "Bài viết"), ("gioi-thieu.html", "Giới thiệu"),
       ("lien-he.html", "Liên hệ")]
FURN = [FOOT_LEFT, FOOT_RIGHT, LABELS["author"], LABELS["published"], LABELS["top"], "Trang chủ", "Giới thiệu",
        "Liên hệ"]
PAGE_SIZE = 5


class Post(RichArticle):
    pass


def articles() -> list[Post]:
    A = Post

    def day(d: datetime, time: datetime | None = None) -> dict:
        return dict(date=time or d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="thong-bao-07-tb-lmhtx-khao-sat-nhu-cau-dao-tao-htx-2026",
          title="Thông báo số 07/TB-LMHTX về việc khảo sát nhu cầu đào tạo, bồi dưỡng của HTX năm 2026",
          lead="Liên minh HTX tỉnh đề nghị các HTX, liên hiệp HTX gửi phiếu khảo sát nhu cầu đào tạo trước ngày 10/3/2026.",
          body="""
LIÊN MINH HTX TỈNH CÀ MAU
Số: 07/TB-LMHTX
Cà Mau, ngày 20 tháng 02 năm 2026
THÔNG BÁO
Về việc khảo sát nhu cầu đào tạo, bồi dưỡng của HTX năm 2026
Để xây dựng kế hoạch đào tạo sát với nhu cầu thực tế, Liên minh HTX tỉnh tổ chức khảo sát đối với các HTX, liên hiệp HTX trên địa bàn tỉnh, kể cả các HTX ở khu vực Bạc Liêu cũ.
Nội dung khảo sát gồm:
* Nhu cầu bồi dưỡng kiến thức quản trị, kế toán và tài chính HTX;
* Nhu cầu tập huấn chuyển đổi số, thương mại điện tử;
* Nhu cầu đào tạo nghề cho thành viên và người lao động của HTX.
Các HTX điền phiếu khảo sát (kèm theo) và gửi về Văn phòng Liên minh HTX tỉnh trước ngày 10/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lý Thanh Phong
""", author=None, doc_number="07/TB-LMHTX",
          opts={"author": OFFICE, "cats": ["Thông báo"], "center": 5, "sign": 3,
                "files": ["TB-07-LMHTX-2026.pdf", "Phieu-khao-sat-nhu-cau-dao-tao-2026.doc"]},
          notes=["notice 'Số: 07/TB-LMHTX' with its own place-date line 'Cà Mau, ngày 20 tháng 02 năm 2026' (centred "
                 "divs), posted with `date: 2026-02-24` (title block 'Ngày đăng 24 tháng 2, 2026'); the signer 'Lý "
                 "Thanh Phong' (a right-aligned div) is text; `author: Văn phòng Liên minh HTX tỉnh` is the office: "
                 "author null; two 'Tải về: <a>' paragraphs under the text link the PDF and a .doc (RTF) copied beside "
                 "the post: attachments, not text"],
          **day(datetime(2026, 2, 24))),
        A(path="kinh-te-tap-the-tinh-ca-mau-nam-2025-qua-cac-con-so",
          title="Kinh tế tập thể tỉnh Cà Mau năm 2025 qua các con số",
          lead="Năm đầu tiên sau hợp nhất, khu vực kinh tế tập thể của tỉnh Cà Mau tăng cả về số lượng HTX và doanh thu.",
          body="""
Số liệu tổng hợp của Liên minh HTX tỉnh (bao gồm khu vực Bạc Liêu cũ) như sau:
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX đang hoạt động | 712 | 768 |
| Số thành viên HTX | 24.305 | 25.920 |
| Doanh thu bình quân một HTX (triệu đồng) | 2.840 | 3.115 |
| Số tổ hợp tác | 1.964 | 2.031 |
Các HTX nuôi trồng thủy sản, sản xuất muối và du lịch cộng đồng có mức tăng trưởng cao nhất.
""", byline="Theo Báo Cà Mau", author=None,
          opts={"cats": ["Tin hoạt động", "Số liệu"]},
          notes=["pipe table -> table.caption-top.table (thead tr.header, tbody tr.odd/tr.even): one line per row; "
                 "'Theo Báo Cà Mau' (right-aligned bold div) names a newspaper: text, author null; no `author` field"],
          **day(datetime(2026, 2, 9))),
        A(path="anh-htx-tom-lua-thoi-binh-vao-vu-thu-hoach",
          title="Ảnh: HTX Tôm - lúa Thới Bình vào vụ thu hoạch",
          lead="Cuối tháng 1, thành viên HTX Tôm - lúa Thới Bình thu hoạch 180 ha lúa trên đất nuôi tôm.",
          body="""
[img thu-hoach-lua-1.jpg] Máy gặt đập liên hợp thu hoạch lúa trên cánh đồng tôm - lúa của HTX
[img thu-hoach-lua-2.jpg] Lúa được bán ngay tại ruộng cho doanh nghiệp đã ký hợp đồng bao tiêu
[img thu-hoach-lua-3.jpg] Thành viên HTX cải tạo ao, chuẩn bị thả tôm giống vụ mới
Năng suất lúa vụ này bình quân 5,2 tấn/ha, cao hơn vụ trước gần 0,4 tấn/ha.
""", byline="Bài và ảnh: Trần Văn Tâm", author="Trần Văn Tâm",
          opts={"author": "Ban Truyền thông", "cats": ["Mô hình HTX"]},
          notes=["photo story: three pandoc figures (div.quarto-figure > figure > figcaption), one line each; the text "
                 "closes 'Bài và ảnh: Trần Văn Tâm' -> author, although the `author` field (title block, listing, "
                 "<meta name=author>, the feed's dc:creator) is the office 'Ban Truyền thông'"],
          **day(datetime(2026, 1, 22))),
        A(path="nam-luu-y-cho-htx-nuoi-tom-lua-mua-kho-2026",
          title="Năm lưu ý cho HTX nuôi tôm - lúa trong mùa khô 2026",
          lead="Mùa khô năm nay được dự báo đến sớm, độ mặn tăng cao ở các huyện ven biển.",
          body="""
## Những việc HTX cần làm
+ Theo dõi độ mặn hằng ngày, chỉ lấy nước vào ao khi độ mặn phù hợp.
+ Nạo vét kênh mương, gia cố bờ bao trước khi thả giống.
+ Mua tôm giống có nguồn gốc rõ ràng, đã qua kiểm dịch.
+ Thả giống với mật độ thưa, không nuôi dày trong mùa nắng nóng.
+ Ghi chép nhật ký nuôi để truy xuất nguồn gốc sản phẩm.
Trung tâm Khuyến nông sẵn sàng cử cán bộ hỗ trợ kỹ thuật tại từng HTX khi có đề nghị.
""", byline="Lê Thị Ngọc Hân - Trung tâm Khuyến nông", author="Lê Thị Ngọc Hân",
          opts={"cats": ["Mô hình HTX"], "old": "luu-y-nuoi-tom-lua-mua-kho"},
          notes=["an <h2> (pandoc section id 'những-việc-htx-cần-làm') and a numbered list (<ol type=1>, one line per "
                 "item); byline 'Lê Thị Ngọc Hân - Trung tâm Khuyến nông' -> author Lê Thị Ngọc Hân; the post was "
                 "renamed: `aliases:` left posts/luu-y-nuoi-tom-lua-mua-kho/index.html, a script-only redirect page "
                 "(/gioi-thieu.html links it): an alias"],
          **day(datetime(2026, 1, 8))),
        A(path="htx-muoi-bac-lieu-ky-ket-tieu-thu-2000-tan-muoi",
          title="HTX Muối Bạc Liêu ký kết tiêu thụ 2.000 tấn muối",
          lead="Chiều 18/12, HTX Muối Bạc Liêu ký hợp đồng cung ứng 2.000 tấn muối hạt sạch cho một doanh nghiệp chế biến thực phẩm.",
          body="""
Theo hợp đồng, doanh nghiệp thu mua muối của HTX với giá ổn định trong hai năm, cao hơn giá thương lái khoảng 15%.
HTX hiện có 68 thành viên với 95 ha ruộng muối, trong đó 40 ha sản xuất muối trải bạt.
Sản phẩm muối Bạc Liêu của HTX đã đạt chứng nhận OCOP 4 sao.
""", byline="Hoàng Nam", author="Hoàng Nam",
          opts={"cats": ["Tin hoạt động"], "pretty": True},
          notes=["dated '2025-12-18 21:45' in its front matter: the title block and the lists print '18 tháng 12, 2025' "
                 "(no time; published midnight) while the feed says 'Thu, 18 Dec 2025 14:45:00 GMT'; the bare name "
                 "'Hoàng Nam' closes the text -> author; the home page's intro links it as /posts/<slug>/ (the "
                 "directory, same file): an alias"],
          **day(datetime(2025, 12, 18), datetime(2025, 12, 18, 21, 45))),
        A(path="lien-minh-htx-tinh-tap-huan-ky-nang-so-cho-can-bo-htx",
          title="Liên minh HTX tỉnh tập huấn kỹ năng số cho cán bộ HTX",
          lead="Trong hai ngày 25 và 26/11, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng số cho 70 cán bộ quản lý HTX.",
          body="""
Học viên được hướng dẫn lập gian hàng trên sàn thương mại điện tử, sử dụng hóa đơn điện tử và phần mềm kế toán.
Liên minh HTX tỉnh sẽ tiếp tục mở lớp tại khu vực Bạc Liêu cũ trong quý I năm 2026.
""", author=None,
          opts={"cats": ["Tin hoạt động"]},
          notes=["no byline and no `author` front matter: the title block has only 'Ngày đăng'; author null"],
          **day(datetime(2025, 11, 27))),
        A(path="so-ket-3-thang-hoat-dong-sau-hop-nhat-lien-minh-htx-tinh",
          title="Sơ kết 3 tháng hoạt động sau hợp nhất Liên minh HTX tỉnh",
          lead="Ngày 29/10, Liên minh HTX tỉnh Cà Mau sơ kết 3 tháng hoạt động sau khi hợp nhất với Liên minh HTX tỉnh Bạc Liêu.",
          body="""
## Kết quả bước đầu
Bộ máy cơ quan Liên minh HTX tỉnh đi vào hoạt động ổn định, duy trì văn phòng đại diện tại phường Bạc Liêu.
Trong 3 tháng, Liên minh HTX tỉnh hỗ trợ thành lập mới 14 HTX và tư vấn hồ sơ vay vốn cho 9 HTX.
## Nhiệm vụ thời gian tới
Tập trung rà soát, củng cố các HTX yếu kém và xây dựng kế hoạch hoạt động năm 2026.
""", author="Nguyễn Thị Bích Tuyền",
          opts={"author": "Nguyễn Thị Bích Tuyền", "cats": ["Tin hoạt động"]},
          notes=["no byline in the text; the `author` front matter 'Nguyễn Thị Bích Tuyền' (a reporter: title block "
                 "'Tác giả', <meta name=author>, the listing's listing-author) -> author; two sections with <h2>"],
          **day(datetime(2025, 10, 30))),
        A(path="htx-cua-bien-nam-can-mo-rong-vung-nuoi-quang-canh-cai-tien",
          title="HTX Cua biển Năm Căn mở rộng vùng nuôi quảng canh cải tiến",
          lead="HTX Cua biển Năm Căn vừa mở rộng thêm 60 ha nuôi cua quảng canh cải tiến dưới tán rừng ngập mặn.",
          body="""
HTX có 52 thành viên, liên kết với doanh nghiệp cung ứng cua giống và thu mua cua thương phẩm.
Nhờ nuôi theo quy trình, tỷ lệ sống của cua giống đạt trên 60%, lợi nhuận bình quân 45 triệu đồng/ha mỗi năm.
""", byline="Duy Khang", author="Duy Khang",
          opts={"cats": ["Mô hình HTX"]},
          notes=["oldest post: not on the home page (max-items: 5); only /bai-viet.html holds it, as its 8th item, "
                 "past page-size 5 (list.js shows it on page 2; its thumbnail carries data-src, not src); "
                 "'Duy Khang' closes the text -> author"],
          **day(datetime(2025, 9, 16))),
    ]


# -- pandoc / quarto helpers --------------------------------------------------------------------

def pandoc_id(text: str) -> str:
    """Pandoc's auto_identifiers: lower case, Unicode letters kept, punctuation dropped, spaces -> hyphens."""
    s = re.sub(r"[^\w\s.-]", "", inline_text(text).lower())
    s = re.sub(r"\s+", "-", s.strip())
    return s.lstrip("0123456789-.") or "section"


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def long_date(d: datetime) -> str:
    """Quarto's default `date-format: long`: Intl dateStyle long in Vietnamese ('20 tháng 2, 2026')."""
    return f"{d.day} tháng {d.month}, {d.year}"


def utc_string(d: datetime) -> str:
    """JavaScript's toUTCString() of a Vietnam local time."""
    return (d - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S GMT")


def epoch_ms(d: datetime) -> int:
    return int((d - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds() * 1000)


def render_body(a: Post) -> str:
    """Pandoc's HTML for the post's Markdown (sections, figures, tables, lists)."""
    blocks = a.blocks
    out: list[str] = []
    center = a.opts.get("center", 0)
    sign = a.opts.get("sign", 0)
    in_section = False
    paras = [k for k, b in enumerate(blocks) if b.kind == "p"]
    for k, b in enumerate(blocks):
        if b.kind == "h":
            if in_section:
                out.append("</section>")
            hid = pandoc_id(b.text)
            out.append(f'<section id="{hid}" class="level2">\n<h2 class="anchored" data-anchor-id="{hid}">'
                       f"{inline_html(b.text)}</h2>")
            in_section = True
        elif b.kind == "p":
            idx = paras.index(k)
            if idx < center:
                if idx == 0:
                    out.append('<div class="text-center">')
                text = inline_html(b.text)
                if idx in (0, 3):
                    text = f"<strong>{text}</strong>"
                elif idx == 2:
                    text = f"<em>{text}</em>"
                out.append(f"<p>{text}</p>")
                if idx == center - 1:
                    out.append("</div>")
            elif idx >= len(paras) - sign:
                if idx == len(paras) - sign:
                    out.append('<div style="text-align: right">')
                out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
                if idx == len(paras) - 1:
                    out.append("</div>")
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "\n</ul>")
        elif b.kind == "ol":
            out.append('<ol type="1">\n' + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "\n</ol>")
        elif b.kind == "img":
            out.append('<div class="quarto-figure quarto-figure-center">\n<figure class="figure">\n'
                       f'<p><img src="{b.src}" class="img-fluid figure-img"></p>\n'
                       f"<figcaption>{esc(b.text)}</figcaption>\n</figure>\n</div>")
        elif b.kind == "table":
            head, *rows = b.rows
            align = ["", *[' style="text-align: right;"'] * (len(head) - 1)]
            t = ['<table class="caption-top table">', "<thead>", '<tr class="header">']
            t += [f"<th{al}>{esc(c)}</th>" for c, al in zip(head, align)]
            t += ["</tr>", "</thead>", "<tbody>"]
            for n, row in enumerate(rows):
                t.append(f'<tr class="{"odd" if n % 2 == 0 else "even"}">')
                t += [f"<td{al}>{esc(c)}</td>" for c, al in zip(row, align)]
                t.append("</tr>")
            t += ["</tbody>", "</table>"]
            out.append("\n".join(t))
    if a.byline:
        out.append(f'<div style="text-align: right">\n<p><strong>{esc(a.byline)}</strong></p>\n</div>')
    for f in a.opts.get("files", []):
        out.append(f'<p>Tải về: <a href="{f}">{esc(f)}</a></p>')
    if in_section:
        out.append("</section>")
    return "\n".join(out)


SEARCH_OPTIONS = """{
  "location": "navbar",
  "copy-button": false,
  "collapse-after": 3,
  "panel-placement": "end",
  "type": "overlay",
  "limit": 50,
  "keyboard-shortcut": [
    "f",
    "/",
    "s"
  ],
  "show-item-context": false,
  "language": {
    "search-no-results-text": "No results",
    "search-matching-documents-text": "matching documents",
    "search-copy-link-title": "Copy link to search",
    "search-hide-matches-text": "Hide additional matches",
    "search-more-match-text": "more match in this document",
    "search-more-matches-text": "more matches in this document",
    "search-clear-button-title": "Clear",
    "search-text-placeholder": "",
    "search-detached-cancel-button-title": "Cancel",
    "search-submit-button-title": "Submit",
    "search-label": "Tìm kiếm"
  }
}"""


def page(*, off: str, title: str, head_meta: str, body_class: str, content_class: str, before_content: str,
         main: str, margin: str = "", active: str = "", main_class: str = "content", listing_js: bool = False) -> str:
    """A Quarto website page: its head, the navbar, the content grid and the footer (paths relative to `off`)."""
    def rel(p: str) -> str:
        return f"{off}/{p}" if off != "." else f"./{p}"

    nav = "".join(
        f'  <li class="nav-item">\n    <a class="nav-link{" active" if p == active else ""}" href="{rel(p)}"'
        f'{" aria-current=" + chr(34) + "page" + chr(34) if p == active else ""}> \n'
        f'<span class="menu-text">{t}</span></a>\n  </li>  \n' for p, t in NAV)
    nav += (f'  <li class="nav-item compact">\n    <a class="nav-link" href="{rel("bai-viet.xml")}"> '
            '<i class="bi bi-rss" role="img">\n</i> \n<span class="menu-text"></span></a>\n  </li>  \n')
    listing_scripts = (f'<script src="{rel("site_libs/quarto-listing/list.min.js")}"></script>\n'
                       f'<script src="{rel("site_libs/quarto-listing/quarto-listing.js")}"></script>\n'
                       if listing_js else "")
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi"><head>

<meta charset="utf-8">
<meta name="generator" content="{QUARTO}">

<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">

{head_meta}
<title>{esc(title)}</title>
<style>
code{{white-space: pre-wrap;}}
span.smallcaps{{font-variant: small-caps;}}
div.columns{{display: flex; gap: min(4vw, 1.5em);}}
div.column{{flex: auto; overflow-x: auto;}}
div.hanging-indent{{margin-left: 1.5em; text-indent: -1.5em;}}
ul.task-list{{list-style: none;}}
</style>


<script src="{rel("site_libs/quarto-nav/quarto-nav.js")}"></script>
<script src="{rel("site_libs/quarto-nav/headroom.min.js")}"></script>
<script src="{rel("site_libs/clipboard/clipboard.min.js")}"></script>
<script src="{rel("site_libs/quarto-search/autocomplete.umd.js")}"></script>
<script src="{rel("site_libs/quarto-search/fuse.min.js")}"></script>
<script src="{rel("site_libs/quarto-search/quarto-search.js")}"></script>
<meta name="quarto:offset" content="{off}/">
<link href="{rel("favicon.png")}" rel="icon" type="image/png">
{listing_scripts}<script src="{rel("site_libs/quarto-html/quarto.js")}"></script>
<script src="{rel("site_libs/quarto-html/popper.min.js")}"></script>
<script src="{rel("site_libs/quarto-html/tippy.umd.min.js")}"></script>
<script src="{rel("site_libs/quarto-html/anchor.min.js")}"></script>
<link href="{rel("site_libs/quarto-html/tippy.css")}" rel="stylesheet">
<link href="{rel("site_libs/quarto-html/quarto-syntax-highlighting-e26003cea8cd680ca0c55a263523d882.css")}" rel="stylesheet" id="quarto-text-highlighting-styles">
<script src="{rel("site_libs/bootstrap/bootstrap.min.js")}"></script>
<link href="{rel("site_libs/bootstrap/bootstrap-icons.css")}" rel="stylesheet">
<link href="{rel("site_libs/bootstrap/bootstrap-6bd9cfa162949bde0a231f530c97869d.min.css")}" rel="stylesheet" append-hash="true" id="quarto-bootstrap" data-mode="light">
<script id="quarto-search-options" type="application/json">{SEARCH_OPTIONS}</script>

<link rel="alternate" type="application/rss+xml" title="{attr(NAME)}" href="{rel("bai-viet.xml")}">
<link rel="stylesheet" href="{rel("styles.css")}">
</head>

<body class="{body_class}">

<div id="quarto-search-results"></div>
  <header id="quarto-header" class="headroom fixed-top">
    <nav class="navbar navbar-expand-lg " data-bs-theme="dark">
      <div class="navbar-container container-fluid">
      <div class="navbar-brand-container mx-auto">
    <a href="{rel("index.html")}" class="navbar-brand navbar-brand-logo">
    <img src="{rel("logo-lmhtx.png")}" alt="" class="navbar-logo">
    </a>
    <a class="navbar-brand" href="{rel("index.html")}">
    <span class="navbar-title">{esc(NAME)}</span>
    </a>
  </div>
            <div id="quarto-search" class="" title="Tìm kiếm"></div>
          <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarCollapse" aria-controls="navbarCollapse" role="menu" aria-expanded="false" aria-label="Toggle navigation" onclick="if (window.quartoToggleHeadroom) {{ window.quartoToggleHeadroom(); }}">
  <span class="navbar-toggler-icon"></span>
</button>
          <div class="collapse navbar-collapse" id="navbarCollapse">
            <ul class="navbar-nav navbar-nav-scroll ms-auto">
{nav}</ul>
          </div> <!-- /navcollapse -->
            <div class="quarto-navbar-tools">
</div>
      </div> <!-- /container-fluid -->
    </nav>
</header>
<!-- content -->
{before_content}<div id="quarto-content" class="{content_class}">
<!-- sidebar -->
<!-- margin-sidebar -->
{margin}
<!-- main -->
<main class="{main_class}" id="quarto-document-content">

{main}

</main> <!-- /main -->
<script id="quarto-html-after-body" type="application/javascript">
window.document.addEventListener("DOMContentLoaded", function (event) {{
  const icon = "";
  const anchorJS = new window.AnchorJS();
  anchorJS.options = {{
    placement: 'right',
    icon: icon
  }};
  anchorJS.add('.anchored');
}});
</script>
</div> <!-- /content -->
<footer class="footer">
  <div class="nav-footer">
    <div class="nav-footer-left">
<p>{esc(FOOT_LEFT)}</p>
</div>
    <div class="nav-footer-center">
      &nbsp;
    </div>
    <div class="nav-footer-right">
<p>{FOOT_RIGHT.replace("Quarto", '<a href="{{base:offsite}}/quarto.org/">Quarto</a>')}</p>
</div>
  </div>
</footer>
<a href="#" id="quarto-back-to-top"><i class="bi bi-arrow-up"></i> {LABELS["top"]}</a>


</body></html>"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ca-mau", NAME + " (Quarto)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/posts/{a.opts['slug']}/index.html"
        imgs = [b.src for b in a.blocks if b.kind == "img"]
        a.opts["image"] = imgs[0] if imgs else None
        words = sum(len(x.split()) for x in a.text_lines())
        a.opts["words"] = words
        a.opts["minutes"] = max(1, round(words / 200))
        a.opts["modified"] = datetime.combine(a.date.date(), datetime.min.time()) + timedelta(hours=15, minutes=a.date.day)

    def post_date(a: Post) -> datetime:
        return a.date

    def listing_date(a: Post) -> datetime:
        return datetime.combine(a.date.date(), datetime.min.time())

    # -- posts -------------------------------------------------------------------------------
    for a in posts:
        d = a.date
        cats = "".join(f'        <div class="quarto-category">{esc(c)}</div>\n' for c in a.opts["cats"])
        author = a.opts.get("author")
        meta_author = ""
        if author:
            meta_author = (f'    <div>\n    <div class="quarto-title-meta-heading">{LABELS["author"]}</div>\n'
                           f'    <div class="quarto-title-meta-contents">\n             <p>{esc(author)} </p>\n'
                           "          </div>\n  </div>\n")
        header = (f'<header id="title-block-header" class="quarto-title-block default page-columns page-full">\n'
                  '  <div class="quarto-title-banner page-columns page-full">\n'
                  f'    <div class="quarto-title column-body">\n      <h1 class="title">{esc(a.title)}</h1>\n'
                  f'                  <div>\n        <div class="description">\n          {esc(a.lead)}\n'
                  "        </div>\n      </div>\n"
                  f'                          <div class="quarto-categories">\n{cats}      </div>\n'
                  "                  </div>\n  </div>\n    \n  \n  <div class=\"quarto-title-meta\">\n\n"
                  f"{meta_author}    \n    <div>\n    <div class=\"quarto-title-meta-heading\">{LABELS['published']}</div>\n"
                  f'    <div class="quarto-title-meta-contents">\n      <p class="date">{long_date(d)}</p>\n'
                  "    </div>\n  </div>\n  \n    \n  </div>\n  \n\n  </header>")
        head = []
        if author:
            head.append(f'<meta name="author" content="{attr(author)}">')
        head.append(f'<meta name="dcterms.date" content="{d:%Y-%m-%d}">')
        head.append(f'<meta name="description" content="{attr(a.lead)}">')
        og = [f'<meta property="og:title" content="{attr(a.title)} – {attr(NAME)}">',
              f'<meta property="og:description" content="{attr(a.lead)}">']
        if a.opts["image"]:
            og.append(f'<meta property="og:image" content="{{{{base}}}}/posts/{a.opts["slug"]}/{a.opts["image"]}">')
        og.append(f'<meta property="og:site_name" content="{attr(NAME)}">')
        html = page(off="../..", title=f"{a.title} – {NAME}", head_meta="\n".join(head + og),
                    body_class="nav-fixed quarto-light", before_content=header + "\n",
                    content_class="quarto-container page-columns page-rows-contents page-layout-article page-navbar",
                    main=render_body(a), main_class="content quarto-banner-title-block")
        site.page(a.path, html)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/posts/{a.opts['slug']}/{b.src}", image_for(b.src))
        for f in a.opts.get("files", []):
            fpath = f"/posts/{a.opts['slug']}/{f}"
            if f.endswith(".pdf"):
                site.binary(fpath, pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Khao sat nhu cau dao tao HTX nam 2026"]))
            else:
                site.binary(fpath, rtf(["PHIẾU KHẢO SÁT NHU CẦU ĐÀO TẠO, BỒI DƯỠNG CỦA HTX NĂM 2026",
                                        "Tên HTX: ...", "Nhu cầu đào tạo: ..."]))
            a.attachments.append({"path": fpath, "text": f})
        if a.opts.get("pretty"):
            a.aliases.append(f"/posts/{a.opts['slug']}/")
        site.add_article(a)

    renamed = next(a for a in posts if a.opts.get("old"))
    old = f"/posts/{renamed.opts['old']}/index.html"
    redirect = json.dumps({"": f"../{renamed.opts['slug']}/index.html"})
    site.page(old, f"""<html xmlns="http://www.w3.org/1999/xhtml">

<head>
  <title>Redirect</title>
  <script type="text/javascript">
    var redirects = {redirect};
    var hash = window.location.hash.startsWith('#') ? window.location.hash.slice(1) : window.location.hash;
    var redirect = redirects[hash] || redirects[""] || "/";
    window.document.title = 'Redirect to  ' +  redirect;
    if (!redirects[hash]) {{
      redirect = redirect + window.location.hash;
    }}
    redirect = redirect + window.location.search;
    window.location.replace(redirect);
  </script>
</head>

<body>
</body>

</html>""")
    renamed.aliases.append(old)

    site.trap("every post page: the banner title block (h1.title, div.description, the categories, 'Tác giả' / 'Ngày "
              "đăng' in div.quarto-title-meta) comes before #quarto-content, outside <main>; the text is pandoc's "
              "output inside main.content; navbar, 'Về đầu trang' and the footer are furniture", posts[1].path)

    # -- listings ----------------------------------------------------------------------------
    def sort_attrs(a: Post, n: int) -> str:
        cats = b64(",".join(a.opts["cats"]))
        return (f"data-index=\"{n}\" data-categories=\"{cats}\" data-listing-date-sort=\"{epoch_ms(listing_date(a))}\" "
                f"data-listing-file-modified-sort=\"{epoch_ms(a.opts['modified'])}\" data-listing-date-modified-sort=\"NaN\" "
                f"data-listing-reading-time-sort=\"{a.opts['minutes']}\" data-listing-word-count-sort=\"{a.opts['words']}\"")

    def default_item(a: Post, n: int, prefix: str) -> str:
        href = f"{prefix}posts/{a.opts['slug']}/index.html"
        if a.opts["image"]:
            src_attr = "src" if n < PAGE_SIZE else "data-src"
            thumb = (f'<div class="thumbnail">\n<p><a href="{href}" class="no-external"></a></p><a href="{href}" class="no-external">\n'
                     f'<p><img loading="lazy" {src_attr}="{prefix}posts/{a.opts["slug"]}/{a.opts["image"]}" class="thumbnail-image"></p>\n'
                     "</a>\n<p></p>\n</div>")
        else:
            thumb = (f'<div class="thumbnail">\n<p><a href="{href}" class="no-external"></a></p><a href="{href}" class="no-external">\n'
                     '<div class="listing-item-img-placeholder card-img-top" >&nbsp;</div>\n</a>\n<p></p>\n</div>')
        cats = "".join(f"<div class=\"listing-category\" onclick=\"window.quartoListingCategory('{b64(c)}'); return false;\">"
                       f"{esc(c)}</div>\n" for c in a.opts["cats"])
        author = f'<div class="listing-author">{esc(a.opts["author"])}</div>\n' if a.opts.get("author") else ""
        return (f'<div class="quarto-post image-right" {sort_attrs(a, n)}>\n{thumb}\n<div class="body">\n'
                f'<h3 class="no-anchor listing-title">\n<a href="{href}" class="no-external">{esc(a.title)}</a>\n</h3>\n'
                f'<div class="listing-categories">\n{cats}</div>\n<div class="delink listing-description">\n'
                f'<a href="{href}" class="no-external">\n<p>{esc(a.lead)}</p>\n</a>\n</div>\n</div>\n'
                f'<div class="metadata">\n<a href="{href}" class="no-external">\n'
                f'<div class="listing-date">{long_date(a.date)}</div>\n{author}</a>\n</div>\n</div>')

    counts: dict[str, int] = {}
    for a in posts:
        for c in a.opts["cats"]:
            counts[c] = counts.get(c, 0) + 1
    cat_html = (f'<div class="category" data-category="">{LABELS["all"]} <span class="quarto-category-count">({len(posts)})</span></div>'
                + "".join(f'<div class="category" data-category="{b64(c)}">{esc(c)} <span class="quarto-category-count">({n})</span></div>'
                          for c, n in sorted(counts.items(), key=lambda kv: kv[0].lower())))
    margin = ('    <div id="quarto-margin-sidebar" class="sidebar margin-sidebar">\n        <div class="quarto-margin-header">'
              f'<div class="margin-header-item">\n<h5 class="quarto-listing-category-title">{LABELS["categories"]}</h5>'
              f'<div class="quarto-listing-category category-default">{cat_html}</div></div></div>\n    </div>')
    sort_ui = ('<div class="listing-actions-group">\n   <div class="input-group input-group-sm quarto-listing-sort">\n'
               '    <span class="input-group-text"><i class="bi bi-sort-down"></i></span>\n'
               f'    <select id="listing-listing-sort" class="form-select" aria-label="{LABELS["order"]}" '
               "onchange=\"window['quarto-listings']['listing-listing'].sort(this.options[this.selectedIndex].value, "
               "{ order: this.options[this.selectedIndex].getAttribute('data-direction')})\">\n"
               f'      <option value="" disabled="" selected="" hidden="">{LABELS["order"]}</option>\n'
               '      <option value="index" data-direction="asc">Mặc định</option>\n'
               '      <option value="listing-date-sort" data-direction="asc">Ngày - Cũ nhất</option>\n'
               '      <option value="listing-date-sort" data-direction="desc">Ngày - Mới nhất</option>\n'
               '      <option value="title" data-direction="asc">Tiêu đề</option>\n'
               '      <option value="author" data-direction="asc">Tác giả</option>\n    </select>\n  </div>\n'
               '    <div class="input-group input-group-sm quarto-listing-filter">\n'
               '      <span class="input-group-text"><i class="bi bi-search"></i></span>\n'
               f'      <input type="text" class="search form-control" placeholder="{LABELS["filter"]}">\n    </div>\n</div>')
    listing_main = ('<header id="title-block-header" class="quarto-title-block default">\n<div class="quarto-title">\n'
                    '<h1 class="title">Bài viết</h1>\n</div>\n\n\n\n<div class="quarto-title-meta">\n\n    \n  \n    \n  </div>\n  \n\n'
                    '</header>\n\n\n\n<div class="quarto-listing quarto-listing-container-default" id="listing-listing">\n'
                    f'{sort_ui}\n<div class="list quarto-listing-default">\n'
                    + "\n".join(default_item(a, n, "./") for n, a in enumerate(posts))
                    + f'\n</div>\n<div class="listing-no-matching d-none">{LABELS["nomatch"]}</div>\n'
                    '<nav id="listing-listing-pagination" class="listing-pagination" aria-label="Page Navigation">\n'
                    '  <ul class="pagination"></ul>\n</nav>\n</div>')
    site.page("/bai-viet.html", page(
        off=".", title=f"Bài viết – {NAME}", head_meta=f'<meta name="description" content="{attr(DESC)}">',
        body_class="nav-fixed fullcontent quarto-light", before_content="",
        content_class="quarto-container page-columns page-rows-contents page-layout-full page-navbar",
        main=listing_main, margin=margin, active="bai-viet.html", main_class="content column-page-right",
        listing_js=True))
    site.non_articles.append("/bai-viet.html")
    site.trap("/bai-viet.html: Quarto's default listing of all 8 posts (div.quarto-post: h3.listing-title, the category "
              "chips, the description, listing-date '24 tháng 2, 2026', listing-author), page-size 5 paginated by "
              "list.js in the browser (an empty ul.pagination in the HTML), the 'Chuyên mục' counts in the margin "
              "(filters on #category=<base64>, no pages): a list", "/bai-viet.html")

    # home: grid listing, max-items 5
    pretty = next(a for a in posts if a.opts.get("pretty"))

    def grid_item(a: Post, n: int) -> str:
        href = f"./posts/{a.opts['slug']}/index.html"
        img = (f'<p class="card-img-top">\n<img loading="lazy" src="./posts/{a.opts["slug"]}/{a.opts["image"]}" '
               'class="thumbnail-image card-img" style="height: 150px;">\n</p>' if a.opts["image"] else
               '<div class="listing-item-img-placeholder card-img-top" style="height: 150px;">&nbsp;</div>')
        author = f'<div class="listing-author">{esc(a.opts["author"])}</div>\n' if a.opts.get("author") else ""
        just = "justify" if a.opts.get("author") else "end"
        return (f'<div class="g-col-1" {sort_attrs(a, n)}>\n<a href="{href}" class="quarto-grid-link">\n'
                '<div class="quarto-grid-item card h-100 card-left">\n'
                f'{img}\n<div class="card-body post-contents">\n<h5 class="no-anchor card-title listing-title">{esc(a.title)}</h5>\n'
                f'<div class="card-text listing-description delink">\n<p>{esc(a.lead)}</p>\n</div>\n'
                f'<div class="card-attribution card-text-small {just}">\n{author}<div class="listing-date">{long_date(a.date)}</div>\n'
                "</div>\n</div>\n</div>\n</a>\n</div>")

    intro = ("<p>Trang tin của Ban Truyền thông, " + esc(ORG) + ": tin hoạt động, văn bản và những mô hình hợp tác xã "
             "tiêu biểu trên địa bàn tỉnh, kể cả khu vực Bạc Liêu cũ.</p>\n"
             f'<p>Đáng chú ý: <a href="posts/{pretty.opts["slug"]}/">{esc(pretty.title)}</a>.</p>')
    home_main = ('<header id="title-block-header" class="quarto-title-block default">\n<div class="quarto-title">\n'
                 f'<h1 class="title">{esc(NAME)}</h1>\n</div>\n\n\n\n<div class="quarto-title-meta">\n\n    \n  \n    \n  </div>\n  \n\n'
                 f'</header>\n\n{intro}\n<div class="quarto-listing quarto-listing-container-grid" id="listing-listing">\n'
                 '<div class="list grid quarto-listing-cols-3">\n'
                 + "\n".join(grid_item(a, n) for n, a in enumerate(posts[:5]))
                 + f'\n</div>\n<div class="listing-no-matching d-none">{LABELS["nomatch"]}</div>\n</div>\n'
                 '<p><a href="./bai-viet.html">Xem tất cả bài viết →</a></p>')
    home = page(off=".", title=NAME, head_meta=f'<meta name="description" content="{attr(DESC)}">',
                body_class="nav-fixed fullcontent quarto-light", before_content="",
                content_class="quarto-container page-columns page-rows-contents page-layout-full page-navbar",
                main=home_main, active="index.html", main_class="content column-page", listing_js=True)
    site.page("/index.html", home)
    site.non_articles += ["/", "/index.html"]
    site.trap("home / (= /index.html): an intro paragraph linking one post by its directory URL, then a grid listing "
              "with max-items 5 (cards: h5.card-title, description, listing-author, listing-date) and 'Xem tất cả bài "
              "viết →': a list; the three older posts are not on it", "/")

    # -- about / contact -----------------------------------------------------------------------
    about = ('<div class="quarto-about-jolla">\n  <img src="lmhtx-camau.png" class="about-image\n  round " '
             'style="height: 15em; width: 15em;">\n<h1 class="title">Giới thiệu</h1>\n  <div class="about-links">\n'
             '  <a href="{{base:offsite}}/facebook/lienminhhtxcamau" class="about-link" rel="" target="">\n'
             '    <i class="bi bi-facebook"></i>\n     <span class="about-link-text">Facebook</span>\n  </a>\n  </div>\n</div>\n'
             '<div class="main-content">\n'
             f"<p>{esc(ORG)} là tổ chức đại diện cho các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh. Từ ngày 1/7/2025, "
             "Liên minh HTX tỉnh Bạc Liêu hợp nhất vào Liên minh HTX tỉnh Cà Mau.</p>\n"
             "<p>Trang Bản tin do Ban Truyền thông biên tập, đăng tải tin hoạt động, văn bản và các mô hình hay.</p>\n"
             f'<p>Bài viết được nhiều HTX quan tâm: <a href="posts/{renamed.opts["old"]}/index.html">Lưu ý nuôi tôm - lúa mùa khô</a>.</p>\n'
             "</div>")
    site.page("/gioi-thieu.html", page(
        off=".", title=f"Giới thiệu – {NAME}", head_meta='<meta name="description" content="Giới thiệu">',
        body_class="nav-fixed fullcontent quarto-light", before_content="",
        content_class="quarto-container page-columns page-rows-contents page-layout-article page-navbar",
        main=about, active="gioi-thieu.html"))
    contact = ('<header id="title-block-header" class="quarto-title-block default">\n<div class="quarto-title">\n'
               '<h1 class="title">Liên hệ</h1>\n</div>\n</header>\n'
               "<p>Văn phòng Liên minh HTX tỉnh Cà Mau: Số 76 Lý Bôn, phường An Xuyên, tỉnh Cà Mau.</p>\n"
               "<p>Điện thoại: 0290 3831 540 - Email: lienminhhtx@camau.gov.vn</p>\n"
               "<p>Văn phòng đại diện tại Bạc Liêu: Số 6 Hai Bà Trưng, phường Bạc Liêu.</p>")
    site.page("/lien-he.html", page(
        off=".", title=f"Liên hệ – {NAME}", head_meta='<meta name="description" content="Liên hệ">',
        body_class="nav-fixed fullcontent quarto-light", before_content="",
        content_class="quarto-container page-columns page-rows-contents page-layout-article page-navbar",
        main=contact, active="lien-he.html"))
    site.non_articles += ["/gioi-thieu.html", "/lien-he.html"]
    site.trap("/gioi-thieu.html (the jolla about template: image, h1.title, about-links, then text linking a renamed "
              "post's old address) and /lien-he.html: pages, not articles", "/gioi-thieu.html")

    # -- feed, sitemap, robots, search index -------------------------------------------------------------
    def feed_item(a: Post) -> str:
        creator = f"  <dc:creator>{esc(a.opts['author'])}</dc:creator>\n" if a.opts.get("author") else ""
        cats = "".join(f"  <category>{esc(c)}</category>\n" for c in a.opts["cats"])
        media = (f'  <media:content url="{{{{base}}}}/posts/{a.opts["slug"]}/{a.opts["image"]}" medium="image" type="image/jpeg"/>\n'
                 if a.opts["image"] else "")
        return (f"<item>\n  <title>{esc(a.title)}</title>\n{creator}  <link>{{{{base}}}}{a.path}</link>\n"
                f"  <description>{esc(a.lead)}</description>\n{cats}  <guid>{{{{base}}}}{a.path}</guid>\n"
                f"  <pubDate>{utc_string(post_date(a))}</pubDate>\n{media}</item>")

    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n\n\n\n<rss  xmlns:atom="http://www.w3.org/2005/Atom" \n'
            '      xmlns:media="http://search.yahoo.com/mrss/" \n      xmlns:content="http://purl.org/rss/1.0/modules/content/" \n'
            '      xmlns:dc="http://purl.org/dc/elements/1.1/" \n      version="2.0">\n<channel>\n\n'
            f"<title>{esc(NAME)}</title>\n<link>{{{{base}}}}/bai-viet.html</link>\n"
            '<atom:link href="{{base}}/bai-viet.xml" rel="self" type="application/rss+xml"/>\n'
            f"<description>{esc(DESC)}</description>\n<generator>{QUARTO}</generator>\n"
            f"<lastBuildDate>{utc_string(post_date(posts[0]))}</lastBuildDate>\n"
            + "\n".join(feed_item(a) for a in posts) + "\n  </channel>\n</rss>\n")
    site.static("/bai-viet.xml", feed)
    site.trap("feed /bai-viet.xml (navbar RSS icon, head alternate): every pubDate is toUTCString() of a date parsed at "
              "midnight on the +07 laptop, i.e. the previous day at 17:00 GMT ('Mon, 23 Feb 2026 17:00:00 GMT' for a "
              "post dated 24 tháng 2, 2026); the post dated '2025-12-18 21:45' shows 14:45 GMT; dc:creator is the "
              "`author` field (an office for two posts)", "/bai-viet.xml")
    urls = ["/index.html", "/bai-viet.html", "/gioi-thieu.html", "/lien-he.html", *(a.path for a in posts)]
    mods = {a.path: a.opts["modified"] for a in posts}
    sm = "".join(f"\n  <url>\n    <loc>{{{{base}}}}{u}</loc>\n    <lastmod>"
                 f"{(mods.get(u, BUILT) - timedelta(hours=7)):%Y-%m-%dT%H:%M:%S}.{(len(u) * 37) % 1000:03d}Z</lastmod>\n  </url>"
                 for u in urls)
    site.static("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sm}\n</urlset>\n')
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("/sitemap.xml (Quarto's, announced by a hand-written robots.txt): every page as …/index.html, lastmod = "
              "the file's modification time in UTC (not the publication date)", "/sitemap.xml")
    search = [{"objectID": f"{u.lstrip('/')}", "href": u.lstrip("/"), "title": t, "section": "", "text": x}
              for u, t, x in [(a.path, a.title, a.lead) for a in posts]]
    site.page("/search.json", json.dumps(search, ensure_ascii=False, indent=2), content_type="application/json")
    listings = [{"listing": "/bai-viet.html", "items": [a.path for a in posts]},
                {"listing": "/index.html", "items": [a.path for a in posts[:5]]}]
    site.page("/listings.json", json.dumps(listings, indent=2), content_type="application/json")

    # assets: Quarto's site_libs, the theme's styles.css, the logo and the about page's image
    for name in ("favicon.png", "logo-lmhtx.png", "lmhtx-camau.png"):
        site.binary(f"/{name}", image_for(name))
    for path, html in list(site.html_pages.items()):
        for link in page_links(html, path):
            bare = link.split("?")[0]
            if bare.startswith(("/site_libs/", "/styles.css")) and not site._exists(bare):
                site.binary(bare, b"/* quarto */\n")
    return site
