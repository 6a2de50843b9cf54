"""Site `lmhtx-hanoi-moi` (registry family `generic`): the Hà Nội alliance's relaunched portal of 2025 (the capital
was not merged) on October CMS (Laravel) with the RainLab.Blog and RainLab.Pages plugins, written as a held-out
test: no family module, no selectors.

Why it is hard: a post `/tin-tuc/bai-viet/<slug>` is RainLab.Blog's `div.post-page`: a bare `<h1>`, then the
theme's info line "Đăng trong <a>Hoạt động</a> ngày 14 Thg 3, 2025" (Carbon's Vietnamese short month "Thg 3",
day first, no time; the category link is no part of the title or text), `div.featured-images` (the featured
photos, no captions, the first one again inside the text), then `div.content`: the post's Markdown rendered
(plain `<p>`, `<h2>`, `<ul>`, `<blockquote>`, Markdown tables, `<p><img></p>` followed by a `<p><em>` caption).
The author is a closing paragraph of the text, or a theme field "Tác giả: X" under the text (author, not text),
or nobody ("Theo Báo Hà Nội mới"); the CMS account "Quản trị viên" in the info line is never the author. One post
of the "Gương điển hình" category is rendered without the date (the theme hides it for that category): only "Ngày
12/3" in the text and the listing's "ngày 12 Thg 3, 2026" give it. An official plan in Markdown: its two-column
header as a table, signer last, the PDF in a "Tệp đính kèm" list after the text. Listings are RainLab's
`ul.post-list` (title, info line, excerpt) with `?page=2`; category pages `/tin-tuc/chuyen-muc/<cat>`; the
static pages "Giới thiệu" and "Liên hệ" (RainLab.Pages, long prose, no date) and the AJAX newsletter form
(`data-request="onSubscribe"`) on every page are not articles. `/backend` is disallowed by robots.txt.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf

SITE = "lmhtx-hanoi-moi"
NAME = "Liên minh Hợp tác xã thành phố Hà Nội"
HTML = "text/html; charset=utf-8"
POSTS = "/tin-tuc"
SEARCH = "/tim-kiem?q=ocop"
PDF_PATH = "/storage/app/media/van-ban/2026/KH-45-LMHTX-chuyen-doi-so.pdf"
CATS = {"hoat-dong": "Hoạt động", "van-ban": "Văn bản", "san-pham-ocop": "Sản phẩm OCOP",
        "guong-dien-hinh": "Gương điển hình"}

SLOGANS = ["Hợp tác xã - Vì lợi ích thành viên, vì cộng đồng",
           "Thi đua lập thành tích chào mừng Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã thành phố Hà Nội",
          "Địa chỉ: Số 8 Tôn Thất Thuyết, phường Cầu Giấy, thành phố Hà Nội",
          "Điện thoại: 024.3834.6215 - Email: lmhtxhanoi@hanoi.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Hậu - Phó Chủ tịch Liên minh HTX thành phố",
          "Giấy phép số 52/GP-TTĐT do Sở Văn hóa và Thể thao Hà Nội cấp ngày 15/4/2025",
          "© 2025 Liên minh HTX thành phố Hà Nội. Phát triển trên nền tảng October CMS"]
LABELS = ["Đăng ký nhận bản tin", "Nhập email của bạn để nhận tin mới về kinh tế tập thể Hà Nội", "Đăng ký",
          "Cảm ơn bạn đã đăng ký!", "Chuyên mục", "Bài viết mới", "Tệp đính kèm", "Quản trị viên", "Lượt truy cập: 918.402",
          "Thứ Hai, 23/11/2026", "Đang trực tuyến: 31"]
BOILERPLATE = [*SLOGANS, *FOOTER, *LABELS]


def month(d: datetime) -> str:
    return f"{d.day} Thg {d.month}, {d.year}"


def at(d: datetime, src: str = "date-element") -> dict:
    return dict(published=iso(d, with_time=False), published_source=src,
                evidence=[src, "listing"] if src != "listing" else ["listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/tin-tuc/bai-viet/hoi-nghi-ban-chap-hanh-lien-minh-htx-thanh-pho-lan-thu-hai",
          title="Hội nghị Ban Chấp hành Liên minh HTX thành phố lần thứ hai, nhiệm kỳ 2025 - 2030",
          date=datetime(2026, 3, 14),
          body="""
Liên minh HTX thành phố Hà Nội tổ chức Hội nghị Ban Chấp hành lần thứ hai, đánh giá kết quả năm 2025 và triển khai nhiệm vụ năm 2026.
Năm 2025, toàn thành phố thành lập mới 186 HTX, nâng tổng số HTX đang hoạt động lên 2.147; doanh thu bình quân một HTX đạt 4,6 tỷ đồng.
[img bch-lan-2.png] Chủ tịch Liên minh HTX thành phố phát biểu tại hội nghị
## Nhiệm vụ trọng tâm năm 2026
* Thành lập mới ít nhất 150 HTX, ưu tiên HTX nông nghiệp ứng dụng công nghệ cao;
* Hỗ trợ 300 HTX tham gia sàn thương mại điện tử;
* Giải ngân 120 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX thành phố.
Hội nghị đã bầu bổ sung hai Ủy viên Ban Thường vụ Liên minh HTX thành phố.
**Thu Hà**
""",
          author="Thu Hà", **at(datetime(2026, 3, 14)), opts={"cat": "hoat-dong"},
          notes=["info line 'Đăng trong <a>Hoạt động</a> ngày 14 Thg 3, 2025'-style (here 14 Thg 3, 2026: Carbon's "
                 "short month, day first, no time -> midnight); the category link is not text; closing bold 'Thu Hà' "
                 "paragraph of the Markdown: part of the text, the author"]),
        A(path="/tin-tuc/bai-viet/ke-hoach-ho-tro-htx-chuyen-doi-so-nam-2026",
          title="Kế hoạch hỗ trợ hợp tác xã chuyển đổi số năm 2026",
          date=datetime(2026, 3, 10),
          body="""
| LIÊN MINH HTX THÀNH PHỐ HÀ NỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| Số: 45/KH-LMHTX | Hà Nội, ngày 09 tháng 3 năm 2026 |
## KẾ HOẠCH Hỗ trợ hợp tác xã chuyển đổi số năm 2026
Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Liên minh HTX thành phố ban hành Kế hoạch hỗ trợ HTX chuyển đổi số năm 2026 như sau:
* Hỗ trợ 200 HTX sử dụng phần mềm kế toán, hóa đơn điện tử;
* Hỗ trợ 150 HTX xây dựng gian hàng trên các sàn thương mại điện tử;
* Tập huấn kỹ năng bán hàng trực tuyến cho 500 cán bộ quản lý HTX.
Kinh phí thực hiện từ nguồn ngân sách thành phố giao cho Liên minh HTX và nguồn xã hội hóa.
Các ban, đơn vị thuộc Liên minh HTX thành phố căn cứ Kế hoạch này tổ chức thực hiện, báo cáo kết quả trước ngày 15/12/2026.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nguyễn Văn Hậu
""",
          author=None, doc_number="45/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-45-LMHTX-chuyen-doi-so.pdf"}],
          **at(datetime(2026, 3, 10)), opts={"cat": "van-ban", "doc": True},
          notes=["official plan 'Số: 45/KH-LMHTX' written in Markdown: its two-column header is a Markdown table (two "
                 "rows, one line each), the document is dated 09/3 but posted 'ngày 10 Thg 3, 2026' (the info line "
                 "wins); signer 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nguyễn Văn Hậu' last: text, not author (null); the PDF in "
                 "a 'Tệp đính kèm' list after div.content: an attachment, not text"]),
        A(path="/tin-tuc/bai-viet/anh-hoi-cho-san-pham-ocop-va-htx-ha-noi-2025",
          title="Ảnh: Sắc màu Hội chợ sản phẩm OCOP và HTX Hà Nội 2025",
          date=datetime(2025, 12, 5),
          lead="Hội chợ sản phẩm OCOP và HTX Hà Nội năm 2025 quy tụ 260 gian hàng của các HTX, chủ thể OCOP thành phố và các tỉnh bạn.",
          body="""
[img hc-1.png] Khách tham quan chọn mua chè Tân Cương tại gian hàng HTX các tỉnh bạn
[img hc-2.png] Gian hàng gốm Bát Tràng của HTX Gốm sứ Bát Tràng thu hút đông khách
[img hc-3.png] Sản phẩm miến dong của HTX Minh Hồng được giới thiệu tại hội chợ
[img hc-4.png] Các HTX livestream bán hàng ngay tại gian hàng
Ảnh: Minh Đức
""",
          author="Minh Đức", **at(datetime(2025, 12, 5)), opts={"cat": "san-pham-ocop"},
          notes=["photo story: a lead paragraph then four <p><img></p> + <p><em>caption</em></p> pairs (one line per "
                 "caption); div.featured-images above repeats the first photo without caption; closing 'Ảnh: Minh Đức': "
                 "part of the text, the author"]),
        A(path="/tin-tuc/bai-viet/htx-nam-phuong-tien-lam-giau-tu-nam-duoc-lieu",
          title="HTX Nấm Phương Tiến làm giàu từ nấm dược liệu",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, đoàn công tác của Liên minh HTX thành phố đến thăm mô hình trồng nấm dược liệu của HTX Nấm Phương Tiến (xã Chương Dương).
HTX có 18 thành viên, trồng nấm linh chi, đông trùng hạ thảo và nấm hương trong 12 nhà xưởng điều khiển nhiệt độ tự động.
[img nam-phuong-tien.png] Thành viên HTX chăm sóc nấm linh chi trong nhà xưởng
Doanh thu năm 2025 của HTX đạt 8,2 tỷ đồng; ba sản phẩm nấm linh chi của HTX đã đạt OCOP 4 sao.
Chủ tịch Liên minh HTX thành phố đề nghị HTX liên kết với các hộ trong xã mở rộng quy mô, xây dựng vùng nguyên liệu ổn định.
""",
          author="Ngọc Lan", published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"], opts={"cat": "guong-dien-hinh", "nodate": True, "author_field": "Ngọc Lan"},
          notes=["the 'Gương điển hình' post page has no date (info line 'Đăng trong <a>Gương điển hình</a>' only): "
                 "'Ngày 12/3' (no year) in the text and 'ngày 12 Thg 3, 2026' in the ul.post-list listings -> "
                 "midnight; 'Tác giả: Ngọc Lan' is a theme field under div.content: the author, not text"]),
        A(path="/tin-tuc/bai-viet/ha-noi-co-them-48-san-pham-ocop-cua-htx",
          title="Hà Nội có thêm 48 sản phẩm OCOP của HTX",
          date=datetime(2026, 1, 22),
          body="""
UBND thành phố vừa công nhận 112 sản phẩm OCOP đợt 2 năm 2025, trong đó 48 sản phẩm của các HTX.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Gốm men rạn | HTX Gốm sứ Bát Tràng | 5 sao |
| 2 | Miến dong | HTX Miến dong Minh Hồng | 4 sao |
| 3 | Bưởi Diễn | HTX Nông nghiệp Phú Diễn | 4 sao |
| 4 | Chè xanh Ba Vì | HTX Chè Ba Trại | 3 sao |
Các sản phẩm được công nhận sẽ được hỗ trợ xúc tiến thương mại tại các điểm giới thiệu sản phẩm OCOP của thành phố.
Theo Báo Hà Nội mới
""",
          author=None, **at(datetime(2026, 1, 22)), opts={"cat": "san-pham-ocop"},
          notes=["Markdown table of products (one line per row, cells between ' | ', no rule line); closing 'Theo Báo "
                 "Hà Nội mới': part of the text, a source, author null"]),
        A(path="/tin-tuc/bai-viet/htx-rau-an-toan-van-duc-giu-vung-thuong-hieu",
          title="HTX rau an toàn Văn Đức giữ vững thương hiệu",
          date=datetime(2025, 10, 17),
          body="""
Sau bão số 3, HTX Sản xuất, kinh doanh dịch vụ nông nghiệp Văn Đức (xã Bát Tràng) nhanh chóng khôi phục 180 ha rau an toàn.
## Khôi phục sản xuất sau bão
HTX cung ứng giống, phân bón trả chậm cho thành viên và phối hợp với Trung tâm Khuyến nông thành phố hướng dẫn kỹ thuật trồng lại.
Quote: Chúng tôi xác định giữ được niềm tin của khách hàng là giữ được thương hiệu rau Văn Đức.
[img rau-van-duc.png] Thành viên HTX thu hoạch rau cải trên cánh đồng Văn Đức
## Mở rộng kênh tiêu thụ
Hiện mỗi ngày HTX cung cấp khoảng 25 tấn rau cho các bếp ăn tập thể, siêu thị và chợ đầu mối trên địa bàn thành phố.
Bài, ảnh: Quang Huy
""",
          author="Quang Huy", **at(datetime(2025, 10, 17)), opts={"cat": "guong-dien-hinh", "show_date": True},
          notes=["Markdown with two <h2> headings and a <blockquote> (one line, the words of the HTX's director); "
                 "byline 'Bài, ảnh: Quang Huy' last: part of the text, author Quang Huy"]),
        A(path="/tin-tuc/bai-viet/tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx",
          title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          date=datetime(2025, 7, 2),
          body="""
Liên minh HTX thành phố phối hợp với Trường Đại học Kinh tế Quốc dân mở lớp tập huấn chuyển đổi số cho 120 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng hóa đơn điện tử, phần mềm quản lý thành viên và cách mở gian hàng trên sàn thương mại điện tử.
Đây là lớp tập huấn đầu tiên sau khi thành phố sắp xếp đơn vị hành chính cấp xã từ ngày 01/7/2025.
""",
          author=None, **at(datetime(2025, 7, 2)), opts={"cat": "hoat-dong"},
          notes=["short post, no byline and no author field: author null; the text names 01/7/2025 (not the date)"]),
        A(path="/tin-tuc/bai-viet/htx-gom-su-bat-trang-dua-san-pham-ra-the-gioi",
          title="HTX Gốm sứ Bát Tràng đưa sản phẩm ra thế giới",
          date=datetime(2024, 10, 18),
          lead="Từ một tổ hợp tác nhỏ, HTX Gốm sứ Bát Tràng nay có sản phẩm xuất khẩu sang 12 quốc gia.",
          body="""
HTX có 45 thành viên là các hộ làm gốm lâu đời ở huyện Gia Lâm, mỗi năm sản xuất khoảng 1,2 triệu sản phẩm gốm gia dụng và mỹ nghệ.
[img gom-bat-trang.png] Nghệ nhân HTX vẽ hoa văn trên bình gốm men lam
Năm 2024, doanh thu xuất khẩu của HTX đạt 1,8 triệu USD, chủ yếu sang Nhật Bản, Hàn Quốc và châu Âu.
""",
          byline="Hoàng Long", author="Hoàng Long", **at(datetime(2024, 10, 18)),
          opts={"cat": "guong-dien-hinh", "show_date": True, "migrated": True},
          notes=["migrated from the old portal (2024): the old HTML kept inside div.content, lead in a bold <p>, "
                 "byline a right-aligned <p><strong>Hoàng Long</strong>: part of the text, the author"]),
        A(path="/tin-tuc/bai-viet/dai-hoi-thanh-vien-htx-nong-nghiep-dan-phuong",
          title="Đại hội thành viên HTX Nông nghiệp Đan Phượng nhiệm kỳ 2023 - 2028",
          date=datetime(2023, 9, 5),
          body="""
HTX Nông nghiệp Đan Phượng tổ chức Đại hội thành viên thường niên, tổng kết nhiệm kỳ 2018 - 2023 và bầu Hội đồng quản trị nhiệm kỳ mới.
Nhiệm kỳ qua, HTX đã chuyển đổi 65 ha lúa kém hiệu quả sang trồng hoa, cây ăn quả, thu nhập của thành viên tăng gần gấp đôi.
Đại hội đề ra các chỉ tiêu:
* Doanh thu năm 2028 đạt 15 tỷ đồng;
* 100% thành viên sản xuất theo quy trình VietGAP;
* Xây dựng 2 sản phẩm OCOP 4 sao.
""",
          author="Phương Thảo", **at(datetime(2023, 9, 5)),
          opts={"cat": "hoat-dong", "migrated": True, "author_field": "Phương Thảo"},
          notes=["migrated 2023 post: 'ngày 5 Thg 9, 2023' (single-digit day and month); 'Tác giả: Phương Thảo' "
                 "theme field under the text: author, not text; only on /tin-tuc?page=2 and its category page"]),
    ]


QUOTE = "Quote: "


def img(src: str) -> str:
    h = hashlib.md5(src.encode()).hexdigest()
    return f"/storage/app/uploads/public/{h[:3]}/{h[3:6]}/{h[6:9]}/{src}"


def content_html(a: Article) -> str:
    out: list[str] = []
    if a.lead:
        out.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            head, *rest = rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rest)
                       + "</tbody></table>")
            rows.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip().strip("|").split("|")])
            continue
        flush()
        if b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "\n</ul>")
        elif b.kind == "img":
            out.append(f'<p><img src="{img(b.src)}" alt="{attr(b.text)}"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
        else:
            out.append(f"<p>{inline_html(b.text)}</p>")
    flush()
    if a.byline:
        style = ' style="text-align: right;"' if a.opts.get("migrated") else ""
        out.append(f"<p{style}><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def fix_quote(a: Article) -> None:
    """'Quote: …' marks the blockquote in the source; the page and the text keep only its words."""
    a.body = a.body.replace(QUOTE, "")


def info(a: Article, listing: bool = False) -> str:
    cat = a.opts["cat"]
    date = "" if (a.opts.get("nodate") and not listing) else f" ngày {month(a.date)}"
    return f'Đăng trong <a href="/tin-tuc/chuyen-muc/{cat}">{CATS[cat]}</a>{date}'


def post_page(a: Article, quotes: list[str]) -> str:
    body = content_html(a)
    for q in quotes:
        body = body.replace(f"<p>{esc(q)}</p>", f"<blockquote><p>{esc(q)}</p></blockquote>")
    feat = [b.src for b in a.blocks if b.kind == "img"][:1]
    featured = ('<div class="featured-images text-center">'
                + "".join(f'<p><img data-src="{img(s)}" src="{img(s)}" alt="" style="max-width: 100%"></p>' for s in feat)
                + "</div>") if feat else ""
    author = (f'<p class="post-author"><i class="icon-user"></i> Tác giả: {esc(a.opts["author_field"])}</p>'
              if a.opts.get("author_field") else "")
    att = ""
    if a.attachments:
        att = (f'<div class="post-attachments"><h4>{LABELS[6]}</h4><ul>'
               + "".join(f'<li><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></li>' for x in a.attachments)
               + "</ul></div>")
    return (f'<div class="post-page">\n<h1>{esc(a.title)}</h1>\n<p class="info">{info(a)}</p>\n'
            f'<p class="info-user"><small>{LABELS[7]}</small></p>\n{featured}\n'
            f'<div class="content">\n{body}\n</div>\n{author}{att}</div>')


def post_list(items: list[Article]) -> str:
    lis = "".join(f'<li>\n<h3><a href="{a.path}">{esc(a.title)}</a></h3>\n<p class="info">{info(a, True)}</p>\n'
                  f'<p class="excerpt">{esc(inline_text(a.summary()))}</p>\n</li>\n' for a in items)
    return f'<ul class="post-list">\n{lis}</ul>'


def pager(base: str, n: int, total: int) -> str:
    if total < 2:
        return ""
    lis = "".join(f'<li class="active"><span>{k}</span></li>' if k == n else
                  f'<li><a href="{base}?page={k}">{k}</a></li>' for k in range(1, total + 1))
    nxt = f'<li><a href="{base}?page={n + 1}">&raquo;</a></li>' if n < total else ""
    return f'<ul class="pagination">{lis}{nxt}</ul>'


def layout(title: str, main: str, recent: list[Article]) -> str:
    menu = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), (POSTS, "Tin tức")] + \
        [(f"/tin-tuc/chuyen-muc/{k}", v) for k, v in CATS.items()] + [("/lien-he", "Liên hệ")]
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in menu)
    cats = "".join(f'<li><a href="/tin-tuc/chuyen-muc/{k}">{v}</a></li>' for k, v in CATS.items())
    rec = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in recent)
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {NAME}</title>
<meta name="description" content="{attr(NAME)}">
<meta name="author" content="October CMS">
<meta name="csrf-token" content="qW8x2LrT0f9aYc1bN7mPz3KdE5sH4uJv6gIo8nBw">
<link href="/themes/lmhtx-hanoi/assets/css/theme.css" rel="stylesheet">
</head>
<body class="page-blog">
<div class="topbar"><div class="container"><span class="today">{LABELS[9]}</span>
<a href="/backend" class="login" rel="nofollow">Đăng nhập</a></div></div>
<header id="layout-header"><div class="container"><a href="/" class="brand"><img src="/themes/lmhtx-hanoi/assets/images/logo.png" alt="{attr(NAME)}"></a>
<div class="slogans"><p>{esc(SLOGANS[0])}</p><p>{esc(SLOGANS[1])}</p></div></div></header>
<nav id="layout-nav" class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{nav}</ul>
<form action="/tim-kiem" method="get" class="form-inline"><input type="search" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></nav>
<section id="layout-content"><div class="container"><div class="row">
<div class="col-md-9">
{main}
</div>
<div class="col-md-3 sidebar">
<div class="widget"><h4>{LABELS[4]}</h4><ul class="category-list">{cats}</ul></div>
<div class="widget"><h4>{LABELS[5]}</h4><ul class="recent-posts">{rec}</ul></div>
<div class="widget newsletter"><h4>{LABELS[0]}</h4><p>{LABELS[1]}</p>
<form data-request="onSubscribe" data-request-update="'newsletter/confirm': '#newsletter-result'" data-request-flash>
<input type="email" name="email" placeholder="Email"><button type="submit" class="btn btn-primary">{LABELS[2]}</button></form>
<div id="newsletter-result" style="display:none">{LABELS[3]}</div></div>
<div class="widget counter"><p>{LABELS[8]}</p><p>{LABELS[10]}</p></div>
<div class="widget links"><h4>Liên kết</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div></div></section>
<footer id="layout-footer"><div class="container"><h4>{NAME.upper()}</h4>{foot}<p class="copy">{esc(FOOTER[5])}</p></div></footer>
<script src="/modules/system/assets/js/framework.combined-min.js"></script>
<script src="/themes/lmhtx-hanoi/assets/js/app.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-noi", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    raw = articles()
    quotes = []
    for a in raw:
        for line in a.body.splitlines():
            if line.strip().startswith(QUOTE):
                quotes.append(line.strip()[len(QUOTE):])
        fix_quote(a)
    arts = sorted(raw, key=lambda a: a.date, reverse=True)
    recent = arts[:5]
    for a in arts:
        site.page(a.path, layout(a.title, post_page(a, quotes), recent), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 45/KH-LMHTX", ["KE HOACH HO TRO HTX CHUYEN DOI SO NAM 2026",
                                                         "Lien minh HTX thanh pho Ha Noi"]))
    site.trap("RainLab.Blog post: bare <h1>, 'Đăng trong <a>cat</a> ngày 14 Thg 3, 2025' info line, the CMS account "
              "'Quản trị viên' under it (never the author), div.featured-images (first photo again, no caption), "
              "div.content the rendered Markdown", arts[0].path)

    def listing(base: str, heading: str, items: list[Article]) -> None:
        pages = [items[i:i + 5] for i in range(0, len(items), 5)]
        for n, chunk in enumerate(pages, 1):
            url = base if n == 1 else f"{base}?page={n}"
            main = f'<div class="blog-list"><h1>{esc(heading)}</h1>\n{post_list(chunk)}\n{pager(base, n, len(pages))}</div>'
            site.page(url, layout(heading, main, recent), content_type=HTML)
            site.non_articles.append(url)

    listing(POSTS, "Tin tức", arts)
    for k, v in CATS.items():
        listing(f"/tin-tuc/chuyen-muc/{k}", v, [a for a in arts if a.opts["cat"] == k])
    site.trap("RainLab ul.post-list listings (h3 title, the same 'Đăng trong … ngày …' info line, excerpt) with "
              "?page=2 (RainLab's pager); category pages /tin-tuc/chuyen-muc/<cat>", f"{POSTS}?page=2")
    home = ('<div class="home-featured"><h2>Tin mới</h2>' + post_list(arts[:4])
            + f'<p><a href="{POSTS}" class="btn btn-default">Xem tất cả tin</a></p></div>')
    site.page("/", layout("Trang chủ", home, recent), content_type=HTML)
    about = ["Liên minh Hợp tác xã thành phố Hà Nội là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ quyền, "
             "lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn Thủ đô.",
             "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn thành lập, đào tạo nguồn nhân lực, hỗ trợ "
             "tiếp cận vốn, khoa học công nghệ, xúc tiến thương mại và chuyển đổi số cho hợp tác xã.",
             "Cơ quan Liên minh gồm Văn phòng, các ban chuyên môn, Quỹ hỗ trợ phát triển hợp tác xã và Trung tâm Tư vấn, "
             "hỗ trợ hợp tác xã thành phố. Năm 2025, Liên minh đưa vào vận hành cổng thông tin điện tử mới."]
    site.page("/gioi-thieu", layout("Giới thiệu", '<div class="static-page"><h1>Giới thiệu chung</h1><div class="content">'
                                    + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></div>", recent),
              content_type=HTML)
    site.page("/lien-he", layout("Liên hệ", '<div class="static-page"><h1>Liên hệ</h1><div class="content">'
                                 f'<p>{esc(FOOTER[1])}</p><p>{esc(FOOTER[2])}</p></div>'
                                 '<form data-request="onSend" data-request-flash><input name="name" placeholder="Họ tên">'
                                 '<input name="email" placeholder="Email"><textarea name="message"></textarea>'
                                 '<button type="submit">Gửi liên hệ</button></form></div>', recent), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title]
    site.page(SEARCH, layout("Tìm kiếm", '<div class="search-results"><h1>Kết quả tìm kiếm: ocop</h1>'
                             + post_list(found) + "</div>", recent), content_type=HTML)
    site.page("/backend", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập quản trị</title>'
                          '</head><body><form method="post"><input name="login"><input name="password" type="password">'
                          '<button type="submit">Đăng nhập</button></form></body></html>', content_type=HTML)
    site.never_fetched.append("/backend")
    site.trap("RainLab.Pages static pages /gioi-thieu and /lien-he (h1 + prose, no date), search /tim-kiem?q=ocop, "
              "the newsletter form (data-request=onSubscribe) on every page: not articles; /backend disallowed",
              "/gioi-thieu")
    site.non_articles += ["/", "/gioi-thieu", "/lien-he", SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /backend\n")
    return site
