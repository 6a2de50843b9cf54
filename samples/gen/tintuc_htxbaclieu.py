"""Site `tintuc-htxbaclieu` (registry family `generic`): "Bản tin HTX Bạc Liêu", the news site of the former Bạc Liêu
cooperative alliance (since 1 July 2025 part of Cà Mau), a flat-file site on **Kirby 4** built from the Kirby
**Starterkit** (its header/footer/intro/note/pagination/prevnext snippets and class names, a blocks field rendered by
Kirby's core block snippets), Vietnamese labels. Written as a held-out test: no family module, no selectors.

URL shapes (as Kirby emits them): notes `/tin-tuc/<slug>` (no extension, no trailing slash; Kirby's Str::slug drops
the diacritics), the list `/tin-tuc` paginated with Kirby's URL params `/tin-tuc/page:2`, tag filters
`/tin-tuc/tag:<tag>` (param value rawurlencoded: `/tin-tuc/tag:chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91`),
pages `/gioi-thieu`, `/lien-he`, albums `/thu-vien-anh` and `/thu-vien-anh/<album>`, files under
`/media/pages/<page path>/<hash>-<timestamp>/<file>`, the content representation `/tin-tuc.rss`, the cookbook
sitemap `/sitemap.xml` (`/sitemap` 301s to it); UUID permalinks `/@/page/<uuid>` (what the writer field stores for
internal links) 302 to the page; Kirby answers a page's URL with a trailing slash too (the same page, no redirect,
and the Starterkit prints no rel=canonical).

Why it is hard: the starterkit's note template puts the cover image (a lightbox link, no caption) BEFORE
`article.note`, the title in `header.note-header h1.note-title` with the lead as `p.note-subheading > small` in that
header, the text in `div.note.text` (core blocks: `<p>`, `<h2>`, `<figure><img><figcaption>`, `<ul>/<ol>`,
`<blockquote>` text + `<footer>` citation, a markdown block's `<table>`), and the date AFTER the text in
`footer.note-footer`: `<time class="note-date" datetime="2026-03-18T14:30:00+07:00">Đăng ngày 18/03/2026</time>`
beside the tag list. No date in the head (og tags only); the byline is a plain bold last paragraph (no alignment);
`prevnext` links neighbours' titles. The list pages show excerpts (Kirby's `excerpt(280)`: the blocks' text flattened)
with `time.note-excerpt-date`; an album page has an h1, a text and captioned photos but is no article.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, RichBlock, parse_rich

SITE = "tintuc-htxbaclieu"
TITLE = "Bản tin HTX Bạc Liêu"
HTML = "text/html; charset=UTF-8"
TODAY = "Thứ Sáu, 20/03/2026"
SLOGAN = "Hợp tác xã – điểm tựa của nông dân vùng biển"
FURN = [TODAY, SLOGAN, "Văn phòng đại diện Liên minh HTX tỉnh Cà Mau tại Bạc Liêu",
        "Địa chỉ: số 6 đường Hai Bà Trưng, phường Bạc Liêu, tỉnh Cà Mau", "Điện thoại: 0291 3824 118",
        "Lượt truy cập: 84.215", "Đang trực tuyến: 7", "Làm bằng Kirby", "Chuyên mục", "Liên kết",
        "Đăng ngày", "Bài trước", "Cùng chủ đề:", "Xem thêm:", "Bài sau", "Thời tiết Bạc Liêu: 31°C, nắng nhẹ",
        "Ghi rõ nguồn “Bản tin HTX Bạc Liêu” khi phát hành lại thông tin từ trang này."]


class Note(RichArticle):
    """Blocks with a Kirby quote block: '%q text' and '%c citation' are lines of the text (src marks them)."""

    @property
    def blocks(self) -> list[RichBlock]:  # type: ignore[override]
        out = []
        for b in parse_rich(self.body):
            if b.kind == "p" and b.text.startswith(("%q ", "%c ")):
                b.src, b.text = ("quote" if b.text[1] == "q" else "cite"), b.text[3:]
            out.append(b)
        return out


def media(page: str, name: str) -> str:
    h = hashlib.sha1((page + name).encode()).hexdigest()[:10]
    return f"/media/pages/{page}/{h}-1742275200/{name}"


def tag_url(t: str) -> str:
    return f"/tin-tuc/tag:{quote(t)}"


def articles() -> list[Note]:
    A = Note

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="lien-minh-htx-lam-viec-voi-cac-htx-muoi-dong-hai", title="Liên minh HTX làm việc với các HTX muối Đông Hải",
          lead="Chiều 18/3, đoàn công tác Liên minh HTX tỉnh Cà Mau làm việc với 6 HTX sản xuất muối ở khu vực Đông Hải về phương án bao tiêu muối vụ 2026.",
          body="""
Các HTX cho biết giá muối đầu vụ chỉ khoảng 1.200 đồng/kg, thấp hơn cùng kỳ năm trước gần 30%, trong khi chi phí thuê nhân công tăng.
[img dong-hai-muoi.png] Diêm dân HTX Muối Long Điền Tây thu hoạch muối đầu vụ
## Đề xuất liên kết tiêu thụ
Liên minh HTX tỉnh đề nghị các HTX thống nhất tiêu chuẩn muối sạch, cùng ký hợp đồng với doanh nghiệp chế biến để có giá ổn định.
Đoàn công tác cũng ghi nhận đề xuất xây dựng kho chứa muối chung cho ba HTX ở xã Long Điền.
""", byline="Bài và ảnh: Trịnh Kim Ngân", author="Trịnh Kim Ngân",
          opts={"tags": ["muối", "liên kết"]},
          notes=["note /tin-tuc/<slug>: cover image (lightbox link) before article.note; the lead is p.note-subheading > small "
                 "in the header under h1.note-title; <h2> and a figure with figcaption in div.note.text; the date AFTER the text "
                 "in footer.note-footer: <time class='note-date' datetime='2026-03-18T14:30:00+07:00'>Đăng ngày 18/03/2026</time>; "
                 "'Bài và ảnh: Trịnh Kim Ngân' is a plain bold last paragraph -> author"],
          **at(datetime(2026, 3, 18, 14, 30))),
        A(path="ke-hoach-07-kh-lmhtx-tap-huan-can-bo-htx-nam-2026", title="Kế hoạch số 07/KH-LMHTX tập huấn cán bộ quản lý HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH CÀ MAU
Số: 07/KH-LMHTX
Cà Mau, ngày 09 tháng 3 năm 2026
KẾ HOẠCH
Tập huấn cán bộ quản lý HTX khu vực Bạc Liêu năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao năng lực quản trị, kế toán và xây dựng phương án sản xuất kinh doanh cho cán bộ quản lý HTX.
## II. NỘI DUNG, THỜI GIAN
* Lớp 1: Quản trị HTX theo Luật HTX năm 2023, tháng 4/2026;
* Lớp 2: Kế toán HTX và sử dụng phần mềm kế toán, tháng 6/2026;
* Lớp 3: Xây dựng thương hiệu, tiêu chuẩn OCOP, tháng 8/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Văn Tài
""", author=None, doc_number="07/KH-LMHTX",
          attachments=[{"path": "", "text": "KH-07-LMHTX-2026.pdf"}],
          opts={"tags": ["văn bản", "tập huấn"], "pdf": "kh-07-lmhtx-2026.pdf"},
          notes=["official plan 'Số: 07/KH-LMHTX', place-date line 'Cà Mau, ngày 09 tháng 3 năm 2026', posted 11/03/2026 08:00; "
                 "capital headings are <h2> blocks; the signer ends the text, author null; 'Tải về: KH-07-LMHTX-2026.pdf' "
                 "(a /media/pages/… file) after it: an attachment, not text"],
          **at(datetime(2026, 3, 11, 8, 0))),
        A(path="htx-tom-lua-phuoc-long-thu-hoach-vu-tom-dau-nam", title="HTX Tôm lúa Phước Long thu hoạch vụ tôm đầu năm",
          body="""
Vụ tôm đầu năm 2026, các thành viên HTX Tôm lúa Phước Long đạt năng suất bình quân 420 kg/ha, tăng 15% so với vụ trước.
%q Nhờ thả giống đúng lịch và dùng chế phẩm sinh học, tôm ít bệnh, thành viên nào cũng có lãi.
%c Ông Nguyễn Văn Bé Tư, Giám đốc HTX
HTX đang liên kết với một doanh nghiệp thủy sản để bao tiêu tôm càng xanh cho vụ sau.
""", byline="Quốc Tuấn - Trung tâm Khuyến nông", author="Quốc Tuấn",
          opts={"tags": ["tôm lúa"], "slash_from": "lien-minh-htx-lam-viec-voi-cac-htx-muoi-dong-hai"},
          notes=["a Kirby quote block: <blockquote> holds the quote as bare text and the speaker in <footer>: two lines of the "
                 "text; byline 'Quốc Tuấn - Trung tâm Khuyến nông' -> author Quốc Tuấn",
                 "the first note's text links this note with a trailing slash /tin-tuc/<slug>/: Kirby serves the same page "
                 "there (no redirect, no rel=canonical): an alias"],
          **at(datetime(2026, 2, 24, 9, 45))),
        A(path="san-pham-ocop-cua-htx-khu-vuc-bac-lieu-nam-2025", title="Sản phẩm OCOP của HTX khu vực Bạc Liêu năm 2025",
          body="""
Năm 2025, các HTX khu vực Bạc Liêu có thêm 17 sản phẩm đạt chứng nhận OCOP, nâng tổng số lên 68 sản phẩm.
| Nhóm sản phẩm | Số sản phẩm | 3 sao | 4 sao |
| Muối và sản phẩm từ muối | 9 | 7 | 2 |
| Tôm khô, khô cá | 21 | 16 | 5 |
| Gạo đặc sản | 12 | 8 | 4 |
| Nhãn, trái cây chế biến | 7 | 6 | 1 |
Các HTX đề nghị tiếp tục được hỗ trợ in bao bì, tem truy xuất nguồn gốc cho sản phẩm đạt 4 sao.
""", byline="Theo Báo Cà Mau", author=None,
          opts={"tags": ["OCOP"]},
          notes=["a markdown block's <table> (one line per row); 'Theo Báo Cà Mau' names a newspaper: part of the text, author null"],
          **at(datetime(2026, 2, 3, 16, 20))),
        A(path="anh-hoi-cho-nong-san-htx-dip-tet-binh-ngo", title="Ảnh: Hội chợ nông sản HTX dịp Tết Bính Ngọ",
          body="""
[img hoi-cho-tet-1.png] Gian hàng tôm khô của HTX Thủy sản Vĩnh Trạch Đông
[img hoi-cho-tet-2.png] Người dân chọn mua muối ớt, muối tôm đóng hũ
[img hoi-cho-tet-3.png] Gạo một bụi đỏ của HTX Hồng Dân được nhiều khách hỏi mua
""", byline="Ảnh: Huỳnh Lâm", author="Huỳnh Lâm",
          opts={"tags": ["hội chợ", "OCOP"]},
          notes=["photo story: three image blocks (figure, figcaption): one line per caption; no lead, no cover (the first "
                 "photo is the listing's thumbnail); 'Ảnh: Huỳnh Lâm' -> author"],
          **at(datetime(2026, 1, 27, 10, 0))),
        A(path="htx-dich-vu-nong-nghiep-vinh-hung-ap-dung-co-gioi-hoa", title="HTX Dịch vụ nông nghiệp Vĩnh Hưng áp dụng cơ giới hóa đồng bộ",
          lead="Từ vụ đông xuân 2025 - 2026, HTX Dịch vụ nông nghiệp Vĩnh Hưng cơ giới hóa toàn bộ các khâu trên 350 ha lúa.",
          body="""
Để làm được điều này, HTX đã đầu tư:
* 2 máy cấy và 1 máy bay không người lái phun thuốc;
* 3 máy gặt đập liên hợp;
* 1 lò sấy lúa công suất 30 tấn/mẻ.
Chi phí sản xuất của thành viên giảm khoảng 2,5 triệu đồng/ha, lúa thu hoạch được sấy ngay nên giữ được chất lượng.
""", author=None,
          opts={"tags": ["cơ giới hóa"], "permalink_from": "htx-tom-lua-phuoc-long-thu-hoach-vu-tom-dau-nam"},
          notes=["a three-item list after a line ending with a colon; no byline: author null",
                 "the quote note's text links this note by its UUID permalink /@/page/<uuid> (the writer field's stored link): "
                 "a 302 to /tin-tuc/<slug> (the crawl lands on the note's own URL)"],
          **at(datetime(2025, 12, 15, 7, 30))),
        A(path="tap-huan-chuyen-doi-so-cho-htx-o-gia-rai", title="Tập huấn chuyển đổi số cho HTX ở Giá Rai",
          body="""
Trong hai ngày 20 và 21/11, 48 cán bộ HTX ở Giá Rai, Phước Long và Hồng Dân tham gia lớp tập huấn chuyển đổi số.
+ Mở gian hàng trên sàn thương mại điện tử và bán hàng qua livestream;
+ Dùng phần mềm kế toán HTX trên điện thoại;
+ Đăng ký và in mã QR truy xuất nguồn gốc.
Sau lớp học, 12 HTX đã đăng ký mở gian hàng trên sàn Postmart.
""", byline="Hồng Nhung", author="Hồng Nhung",
          opts={"tags": ["chuyển đổi số", "tập huấn"]},
          notes=["a numbered list; the bare name 'Hồng Nhung' closes the text (author); only on /tin-tuc/page:2 and its tags"],
          **at(datetime(2025, 11, 22, 15, 10))),
        A(path="quy-ho-tro-htx-giai-ngan-dot-cuoi-nam-2025", title="Quỹ hỗ trợ HTX giải ngân đợt cuối năm 2025",
          body="""
Quỹ hỗ trợ phát triển HTX vừa giải ngân 4,6 tỷ đồng cho 7 HTX khu vực Bạc Liêu vay vốn đợt cuối năm 2025.
Các dự án chủ yếu đầu tư máy chế biến tôm khô, kho lạnh và hệ thống lọc nước cho sản xuất muối sạch.
Tính chung cả năm, Quỹ đã cho 19 HTX vay với tổng số tiền 11,2 tỷ đồng.
""", byline="Thanh Tùng - Văn phòng Quỹ", author="Thanh Tùng",
          opts={"tags": ["quỹ hỗ trợ"]},
          notes=["oldest note (October 2025), only on /tin-tuc/page:2; byline 'Thanh Tùng - Văn phòng Quỹ' -> author"],
          **at(datetime(2025, 10, 30, 8, 15))),
    ]


def render(a: Note, notes_by_slug: dict) -> str:
    out = []
    blocks = a.blocks
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.kind == "p" and b.src == "quote":
            cite = blocks[k + 1].text if k + 1 < len(blocks) and blocks[k + 1].src == "cite" else ""
            out.append(f"<blockquote>\n  {inline_html(b.text)}\n    <footer>{inline_html(cite)}</footer>\n  </blockquote>")
            k += 2 if cite else 1
            continue
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure>\n  <img src="{media("tin-tuc/" + a.opts["slug"], b.src)}" alt="{attr(b.text)}">\n\n    '
                       f'<figcaption>\n    {esc(b.text)}  </figcaption>\n  </figure>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows) + "\n</tbody>\n</table>")
        k += 1
    if a.opts.get("link_to"):
        out.append(a.opts["link_to"])
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def excerpt(a: Note, n: int = 280) -> str:
    text = " ".join(a.text_lines()[1 if a.lead else 0:])
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def uuid(slug: str) -> str:
    return hashlib.sha1(("uuid" + slug).encode()).hexdigest()[:16]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-lieu", TITLE, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    notes = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_slug = {a.path: a for a in notes}
    for a in notes:
        a.opts["slug"] = a.path
        a.path = f"/tin-tuc/{a.path}"
        if a.attachments:
            a.attachments[0]["path"] = media(f"tin-tuc/{a.opts['slug']}", a.opts["pdf"])
    for a in notes:
        if a.opts.get("slash_from"):
            src = by_slug[a.opts["slash_from"]]
            src.opts["link_to"] = f'<p>Cùng chủ đề: <a href="{a.path}/">{esc(a.title)}</a></p>'
            a.aliases.append(a.path + "/")
        if a.opts.get("permalink_from"):
            src = by_slug[a.opts["permalink_from"]]
            src.opts["link_to"] = f'<p>Xem thêm: <a href="/@/page/{uuid(a.opts["slug"])}">{esc(a.title)}</a></p>'
            site.redirect(f"/@/page/{uuid(a.opts['slug'])}", a.path, 302)
            # a temporary (302) redirect: the crawl lands on /tin-tuc/<slug>; not listed as an alias (those answer 200/301)
    # the "Xem thêm:" / "Cùng chủ đề:" line of links the editor put at the end of the text is no text (related links)

    menu = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Thư viện ảnh", "/thu-vien-anh"), ("Giới thiệu", "/gioi-thieu"),
            ("Liên hệ", "/lien-he")]

    def layout(title: str, main: str, *, current: str = "", head: str = "", css: str = "default") -> str:
        cur = 'aria-current="page" '
        nav = "\n      ".join(f'<a {cur if h == current else ""}href="{{{{base}}}}{h if h != "/" else ""}">{t}</a>' for t, h in menu)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>

  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">

  <title>{esc(title)}</title>
{head}
  <link href="/assets/css/prism.css" rel="stylesheet">
<link href="/assets/css/lightbox.css" rel="stylesheet">
<link href="/assets/css/index.css" rel="stylesheet">
<link href="/assets/css/templates/{css}.css" rel="stylesheet">
  <link rel="alternate" type="application/rss+xml" title="{TITLE} - Tin tức" href="{{{{base}}}}/tin-tuc.rss">
  <link rel="shortcut icon" type="image/x-icon" href="/favicon.ico">
</head>
<body>

  <div class="topbar"><span class="topbar-date">{TODAY}</span> <span class="topbar-slogan">{SLOGAN}</span> <span class="topbar-weather">Thời tiết Bạc Liêu: 31°C, nắng nhẹ</span></div>
  <header class="header">
    <a class="logo" href="{{{{base}}}}">{TITLE}</a>

    <nav class="menu">
      {nav}
      <span class="social"><a href="{{{{base:offsite}}}}/facebook/bantinhtxbaclieu" aria-label="Facebook"><svg width="16" height="16"></svg></a></span>
    </nav>
  </header>

  <main class="main">
{main}
  </main>

  <footer class="footer">
    <div class="grid">
      <div class="column" style="--columns: 8">
        <h2><a href="{{{{base}}}}">{TITLE}</a></h2>
        <p>Văn phòng đại diện Liên minh HTX tỉnh Cà Mau tại Bạc Liêu</p>
        <p>Địa chỉ: số 6 đường Hai Bà Trưng, phường Bạc Liêu, tỉnh Cà Mau</p>
        <p>Điện thoại: 0291 3824 118</p>
        <p>Ghi rõ nguồn “Bản tin HTX Bạc Liêu” khi phát hành lại thông tin từ trang này.</p>
      </div>
      <div class="column" style="--columns: 2">
        <h2>Chuyên mục</h2>
        <ul>
          <li><a href="/tin-tuc">Tin tức</a></li>
          <li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
          <li><a href="/gioi-thieu">Giới thiệu</a></li>
        </ul>
      </div>
      <div class="column" style="--columns: 2">
        <h2>Liên kết</h2>
        <ul>
          <li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li>
          <li><a href="{{{{base:offsite}}}}/camau/">Cổng thông tin tỉnh Cà Mau</a></li>
        </ul>
        <p class="counter">Lượt truy cập: 84.215<br>Đang trực tuyến: 7</p>
        <p class="made-with"><a href="{{{{base:offsite}}}}/getkirby/">Làm bằng Kirby</a></p>
      </div>
    </div>
  </footer>

  <script src="/assets/js/lightbox.js"></script>
<script src="/assets/js/index.js"></script>
</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def note_excerpt(a: Note) -> str:
        img = a.first_image() or "cover.png"
        return (f'<article class="note-excerpt">\n  <a href="{{{{base}}}}{a.path}">\n    <header>\n      <figure class="img" style="--w: 16; --h:9">\n'
                f'        <img alt="" src="{media("tin-tuc/" + a.opts["slug"], img.replace(".png", "-320x180-crop.png"))}">\n      </figure>\n\n'
                f'      <h2 class="note-excerpt-title">{esc(a.title)}</h2>\n      <time class="note-excerpt-date" datetime="{iso(a.date)}">{a.date:%d/%m/%Y}</time>\n'
                f'    </header>\n        <div class="note-excerpt-text">\n      {esc(excerpt(a))}    </div>\n      </a>\n</article>')

    def grid(items: list[Note]) -> str:
        return ('<ul class="grid">\n' + "\n".join(f'    <li class="column" style="--columns: 4">\n    {note_excerpt(a)}\n  </li>' for a in items)
                + "\n  </ul>")

    def pagination(urls: list[str], n: int) -> str:
        if len(urls) < 2:
            return ""
        prev_ = f'<a href="{{{{base}}}}{urls[n - 1]}">&larr;</a>' if n > 0 else "<span>&larr;</span>"
        next_ = f'<a href="{{{{base}}}}{urls[n + 1]}">&rarr;</a>' if n + 1 < len(urls) else "<span>&rarr;</span>"
        return f'<nav class="pagination">\n  {prev_}\n  {next_}\n</nav>'

    tags = sorted({t for a in notes for t in a.opts["tags"]})
    for i, a in enumerate(notes):
        slug = a.opts["slug"]
        img = a.first_image()
        cover = img or "cover.png"
        prev_, next_ = (notes[i + 1] if i + 1 < len(notes) else None), (notes[i - 1] if i > 0 else None)
        pn = '<nav class="prevnext autogrid">\n'
        pn += (f'  <a class="prevnext-link" href="{{{{base}}}}{prev_.path}"><small>Bài trước</small> {esc(prev_.title)}</a>\n' if prev_ else "")
        pn += (f'  <a class="prevnext-link" href="{{{{base}}}}{next_.path}"><small>Bài sau</small> {esc(next_.title)}</a>\n' if next_ else "")
        pn += "</nav>"
        tag_list = "".join(f'\n      <li>\n        <a href="{{{{base}}}}{tag_url(t)}">{esc(t)}</a>\n      </li>' for t in a.opts["tags"])
        sub = (f'\n        <p class="note-subheading">\n      <small>{esc(a.lead)}</small>\n    </p>' if a.lead else "")
        cover_html = ""
        if a.opts.get("photo") is None and not all(b.kind == "img" for b in a.blocks):
            cover_html = (f'<a href="{media("tin-tuc/" + slug, cover)}" data-lightbox class="img" style="--w:2; --h:1">\n'
                          f'  <img alt="" src="{media("tin-tuc/" + slug, cover.replace(".png", "-1200x600-crop.png"))}"></a>\n\n')
        main = (f'{cover_html}<article class="note">\n  <header class="note-header h1">\n    <h1 class="note-title">{esc(a.title)}</h1>{sub}\n  </header>\n'
                f'  <div class="note text">\n    {render(a, by_slug)}  </div>\n  <footer class="note-footer">\n        <ul class="note-tags">{tag_list}\n    </ul>\n\n'
                f'    <time class="note-date" datetime="{iso(a.date)}">Đăng ngày {a.date:%d/%m/%Y}</time>\n  </footer>\n\n  {pn}\n</article>')
        head = (f'  <meta name="description" content="{attr(excerpt(a, 160))}">\n  <meta property="og:title" content="{attr(a.title)}">\n'
                f'  <meta property="og:description" content="{attr(excerpt(a, 160))}">\n  <meta property="og:type" content="article">\n'
                f'  <meta property="og:image" content="{{{{base}}}}{media("tin-tuc/" + slug, cover.replace(".png", "-1200x630-crop.png"))}">\n')
        page(a.path, layout(f"{TITLE} | {a.title}", main, current="/tin-tuc", head=head, css="note"))
        if a.path + "/" in a.aliases:
            site.same_page(a.path + "/", a.path)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(media("tin-tuc/" + slug, b.src), image_for(b.src))
        site.binary(media("tin-tuc/" + slug, cover), image_for(slug + cover))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 07/KH-LMHTX", "Tap huan can bo quan ly HTX 2026"]))
        site.add_article(a)

    def intro(h: str, text: str) -> str:
        return f'<header class="h1">\n  <h1>{esc(h)}</h1>\n    <div class="intro text">\n    <p>{esc(text)}</p>  </div>\n  </header>'

    # list /tin-tuc, 6 a page (/tin-tuc/page:2)
    per = 6
    chunks = [notes[k:k + per] for k in range(0, len(notes), per)]
    urls = ["/tin-tuc"] + [f"/tin-tuc/page:{k}" for k in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        main = intro("Tin tức", "Hoạt động của các HTX, tổ hợp tác khu vực Bạc Liêu") + "\n" + grid(chunk) + "\n" + pagination(urls, n)
        page(urls[n], layout(f"{TITLE} | Tin tức", main, current="/tin-tuc", css="notes"))
        site.non_articles.append(urls[n])
    site.same_page("/tin-tuc/page:1", "/tin-tuc")
    site.trap("list /tin-tuc (6 excerpts a page: h2.note-excerpt-title, time.note-excerpt-date, the text flattened to 280 "
              "characters) paginated by Kirby's params /tin-tuc/page:2; the home page shows the three newest: listings", "/tin-tuc/page:2")
    for t in tags:
        items = [a for a in notes if t in a.opts["tags"]]
        main = f'<header class="h1">\n  <span class="tag">#</span><h1>{esc(t)}</h1>\n</header>\n' + grid(items)
        page(tag_url(t), layout(f"{TITLE} | Tin tức", main, current="/tin-tuc", css="notes"))
        site.non_articles.append(tag_url(t))
    site.trap("tag filters /tin-tuc/tag:<tag> (the parent's URL with a Kirby param, the value rawurlencoded: "
              "/tin-tuc/tag:chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91): the notes list under '# tag': listings",
              tag_url("chuyển đổi số"))
    # home
    main = (intro("Bản tin HTX Bạc Liêu", "Thông tin hoạt động của Văn phòng đại diện Liên minh HTX tỉnh Cà Mau tại Bạc Liêu và các HTX trong khu vực.")
            + '\n<section class="home-notes">\n<h2 class="h2">Tin mới</h2>\n' + grid(notes[:3])
            + '\n<p><a href="{{base}}/tin-tuc">Xem tất cả tin tức &rarr;</a></p>\n</section>')
    page("/", layout(TITLE, main, current="/", css="home"))
    site.non_articles.append("/")
    # albums
    albums = [("le-hoi-nghinh-ong-ganh-hao-2025", "Lễ hội Nghinh Ông Gành Hào 2025", "Các HTX thủy sản tham gia trưng bày sản phẩm tại lễ hội.",
               ["Gian hàng khô cá của HTX Gành Hào", "Thuyền hoa của ngư dân HTX khai thác thủy sản"]),
              ("dong-muoi-dong-hai", "Đồng muối Đông Hải", "Những ngày nắng đẹp trên cánh đồng muối.",
               ["Diêm dân cào muối lúc chiều", "Kho muối của HTX Long Điền Tây"])]
    cards = ""
    for slug, name, text, caps in albums:
        figs = "".join(f'\n    <li>\n      <a href="{media("thu-vien-anh/" + slug, f"anh-{k}.png")}" data-lightbox>\n        <figure class="img" style="--w:1;--h:1">'
                       f'<img src="{media("thu-vien-anh/" + slug, f"anh-{k}-400x400-crop.png")}" alt="{attr(c)}"></figure>\n      </a>\n      <p class="album-caption">{esc(c)}</p>\n    </li>'
                       for k, c in enumerate(caps, 1))
        main = (f'<article>\n  <header>\n    <figure class="album-cover">\n      <img src="{media("thu-vien-anh/" + slug, "cover-1024x768-crop.png")}" alt="">\n'
                f'      <figcaption>\n        <h1>{esc(name)}</h1>\n      </figcaption>\n    </figure>\n  </header>\n'
                f'  <div class="album-text text">\n    <p>{esc(text)}</p>\n  </div>\n  <ul class="album-gallery">{figs}\n  </ul>\n</article>')
        page(f"/thu-vien-anh/{slug}", layout(f"{TITLE} | {name}", main, current="/thu-vien-anh", css="album"))
        site.non_articles.append(f"/thu-vien-anh/{slug}")
        for k in range(1, len(caps) + 1):
            site.binary(media("thu-vien-anh/" + slug, f"anh-{k}.png"), image_for(f"{slug}{k}"))
        cards += (f'\n  <li>\n    <a href="{{{{base}}}}/thu-vien-anh/{slug}">\n      <figure>\n        <img src="{media("thu-vien-anh/" + slug, "cover-400x500-crop.png")}" alt="">\n'
                  f'        <figcaption>{esc(name)}</figcaption>\n      </figure>\n    </a>\n  </li>')
    page("/thu-vien-anh", layout(f"{TITLE} | Thư viện ảnh", intro("Thư viện ảnh", "Hình ảnh hoạt động của các HTX") + f'\n<ul class="albums">{cards}\n</ul>',
                                 current="/thu-vien-anh", css="photography"))
    site.non_articles.append("/thu-vien-anh")
    site.trap("album pages /thu-vien-anh/<album> (starterkit album template: h1 in the cover's figcaption, div.album-text, captioned "
              "gallery) and the album list: not articles", f"/thu-vien-anh/{albums[0][0]}")
    page("/gioi-thieu", layout(f"{TITLE} | Giới thiệu", intro("Giới thiệu", "Bản tin HTX Bạc Liêu ra đời năm 2019.")
                               + '\n<div class="text">\n<p>Trang do Liên minh HTX tỉnh Bạc Liêu xây dựng, từ tháng 7/2025 do Văn phòng đại diện '
                                 'Liên minh HTX tỉnh Cà Mau tại Bạc Liêu duy trì.</p>\n<h2>Nhiệm vụ</h2>\n<p>Tuyên truyền chủ trương, chính sách về '
                                 'kinh tế tập thể; giới thiệu sản phẩm và gương HTX tiêu biểu.</p>\n</div>', current="/gioi-thieu", css="about"))
    page("/lien-he", layout(f"{TITLE} | Liên hệ", intro("Liên hệ", "Mọi thông tin xin gửi về Văn phòng đại diện.")
                            + '\n<div class="grid"><section class="column text" style="--columns: 6"><h2>Địa chỉ</h2><p>Số 6 đường Hai Bà Trưng, '
                              'phường Bạc Liêu</p></section><section class="column text" style="--columns: 6"><h2>Email</h2>'
                              '<p><a href="mailto:bantin@htxbaclieu.vn">bantin@htxbaclieu.vn</a></p></section></div>', current="/lien-he", css="about"))
    site.non_articles += ["/gioi-thieu", "/lien-he"]
    site.trap("the first note's text links another note WITH a trailing slash (/tin-tuc/<slug>/: the same page, no redirect, no "
              "canonical): an alias; another note's text links one by its UUID permalink /@/page/<uuid> (302 to the note); the 'Cùng chủ đề:' / "
              "'Xem thêm:' line of links the editor typed between the text and the byline is no text", notes[0].path)

    # feeds, sitemap, robots
    rss = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
                  f"<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate><description><![CDATA[{excerpt(a)}]]></description></item>" for a in notes)
    site.page("/tin-tuc.rss", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{TITLE} - Tin tức</title>'
              f'<link>{{{{base}}}}/tin-tuc</link><lastBuildDate>{notes[0].date:%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate>'
              f'<description>Tin hoạt động HTX khu vực Bạc Liêu</description>{rss}</channel></rss>\n', content_type="application/rss+xml; charset=UTF-8")
    pages = ["/", "/tin-tuc", *[a.path for a in notes], "/thu-vien-anh", *[f"/thu-vien-anh/{s}" for s, *_ in albums], "/gioi-thieu", "/lien-he"]
    mods = {a.path: a.date + timedelta(days=2, hours=3, minutes=11) for a in notes}
    sm = "".join(f"<url><loc>{{{{base}}}}{'' if p == '/' else p}</loc><lastmod>{(mods.get(p) or datetime(2026, 3, 19, 9, 2)):%Y-%m-%dT%H:%M:%S}+07:00</lastmod>"
                 f"<priority>{'1' if p == '/' else '0.8'}</priority></url>" for p in pages)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sm}</urlset>',
              content_type="application/xml; charset=UTF-8")
    site.redirect("/sitemap", "/sitemap.xml", 301)
    site.static("/robots.txt", "User-agent: *\nDisallow: /panel\nDisallow: /api\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("the content representation /tin-tuc.rss (the head's alternate) and the cookbook /sitemap.xml (lastmod = the "
              "content file's mtime, days after publication): feeds; robots.txt disallows /panel", "/tin-tuc.rss")
    site.binary("/favicon.ico", image_for("favicon"))
    return site
