"""Site `bantin-ninhbinh` (registry family `generic`): the "Bản tin Kinh tế hợp tác tỉnh Ninh Bình", the news bulletin of
the Ninh Bình cooperative alliance (Hà Nam and Nam Định joined the province on 1 July 2025), a **Pelican** static
site on the notmyidea theme; written as a held-out test: no family module, no selectors.

Why it is hard: the post's own `footer.post-info` (dates, author, category, tags) sits INSIDE `div.entry-content`
before the text. The date is `abbr.published` (title "2026-03-18T09:00:00+07:00", text "Thứ Tư, 18/03/2026"), with
an `abbr.modified` "Cập nhật: …" beside it on edited posts; the site footer says when the site was last built
("Trang được tạo lúc 18/03/2026 21:05"), a date on every page. `address.vcard.author` names the Pelican author:
the default author "Ban Biên tập" (the editorial board, no person) unless the post's metadata names one; a closing
byline in the text names the writer. Two `<h1>`: the site's name (a link to the home page) and `h1.entry-title`
(a permalink to the post). Posts live at `/YYYY/MM/DD/<slug>.html`, but the posts migrated from the old sites kept
their old `/<slug>.html` (per-post `url`/`save_as`), the same shape as nothing else. Every listing (`/index.html`
= `/`, `/index2.html`, `/category/<c>.html` / `<c>2.html`, `/tag/<t>.html`, `/author/<a>.html`) prints its first
post WHOLE as the "featured" article (title link, post-info, the full text), then the others as
`article.hentry` summaries cut at 40 words with "Đọc tiếp"; `/archives.html` lists dates and titles; the Atom feed
(`/feeds/all.atom.xml`, linked in `<head>`) carries every post's full content.
"""

from __future__ import annotations

from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, weekday

SITE = "bantin-ninhbinh"
NAME = "Bản tin Kinh tế hợp tác tỉnh Ninh Bình"
HTML = "text/html; charset=utf-8"
PER = 4
DEFAULT_AUTHOR = "Ban Biên tập"
CATS = {"tin-tuc": "Tin tức", "van-ban": "Văn bản"}
PDF_PATH = "/static/van-ban/KH-12-LMHTX-2026.pdf"
BUILT = datetime(2026, 3, 18, 21, 5)

SLOGANS = ["Kinh tế tập thể - Động lực phát triển nông thôn mới",
           "Thông tin hoạt động hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác tỉnh Ninh Bình"]
SIDE = ["Chuyên mục", "Thẻ", "Liên kết website", "Theo dõi", "Bản tin Atom", "Bản tin theo chuyên mục",
        "Đường dây nóng: 0229.3871.246"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Ninh Bình",
          "Địa chỉ: Số 12 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình",
          "Giấy phép xuất bản bản tin số 09/GP-XBBT ngày 15/10/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình",
          "Chịu trách nhiệm nội dung: Bà Đinh Thị Thu Hà - Phó Chủ tịch Liên minh HTX tỉnh",
          f"Trang được tạo lúc {BUILT:%d/%m/%Y %H:%M}",
          "Xây dựng bằng Pelican, giao diện notmyidea"]
LABELS = ["Cập nhật:", "Đọc tiếp", "Bài viết khác", "Chuyên mục:", "Thẻ:", "Trang", "Lưu trữ"]
BOILERPLATE = [*SLOGANS, *SIDE, *FOOTER, LABELS[0], LABELS[2]]


def pub(d: datetime, url_dated: bool = True) -> dict:
    ev = ["date-element", "listing"] + (["url"] if url_dated else [])
    return dict(published=iso(d), published_source="date-element", evidence=ev)


def p(d: datetime, slug: str) -> str:
    return f"/{d:%Y/%m/%d}/{slug}.html"


def articles() -> list[Article]:
    A = Article
    return [
        A(path=p(datetime(2026, 3, 18), "gao-nep-cai-hoa-vang-hai-hau-huong-toi-ocop-5-sao"),
          title="Gạo nếp cái hoa vàng Hải Hậu hướng tới OCOP 5 sao",
          date=datetime(2026, 3, 18, 9, 0),
          body="""
HTX Nông nghiệp Hải Toàn (xã Hải Hậu, tỉnh Ninh Bình) đang hoàn thiện hồ sơ đề nghị đánh giá sản phẩm gạo nếp cái hoa vàng đạt OCOP 5 sao cấp quốc gia.
Sản phẩm đã đạt OCOP 4 sao từ năm 2022, được sản xuất trên cánh đồng 60 ha theo quy trình hữu cơ, có nhật ký điện tử và tem truy xuất nguồn gốc.
[img nep-hai-hau.png] Thành viên HTX Nông nghiệp Hải Toàn kiểm tra lúa nếp cái hoa vàng
## Liên kết với doanh nghiệp chế biến
HTX liên kết với hai doanh nghiệp chế biến bánh chưng, xôi đóng gói; giá thu mua nếp cao hơn thị trường 15%.
Liên minh HTX tỉnh hỗ trợ HTX thuê chuyên gia tư vấn tiêu chuẩn 5 sao và thiết kế bộ nhận diện thương hiệu mới.
""",
          author="Phạm Thu Hiền", **pub(datetime(2026, 3, 18, 9, 0)),
          opts={"cat": "tin-tuc", "author": "Phạm Thu Hiền", "tags": ["ocop"]},
          notes=["the newest post: printed WHOLE as the featured article of the home page, its category, tag and "
                 "author pages; author only as address.vcard.author 'Bởi Phạm Thu Hiền' (Pelican metadata), no byline"]),
        A(path=p(datetime(2026, 2, 24), "ke-hoach-dao-tao-boi-duong-can-bo-htx-nam-2026"),
          title="Kế hoạch đào tạo, bồi dưỡng cán bộ quản lý HTX năm 2026",
          date=datetime(2026, 2, 24, 14, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH NINH BÌNH
Số: 12/KH-LMHTX
Ninh Bình, ngày 20 tháng 02 năm 2026
KẾ HOẠCH
Đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã năm 2026
Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII và Chương trình công tác năm 2026 của Liên minh Hợp tác xã tỉnh, Liên minh Hợp tác xã tỉnh xây dựng kế hoạch như sau:
## 1. Đối tượng
Giám đốc, kế toán, kiểm soát viên hợp tác xã; cán bộ theo dõi kinh tế tập thể cấp xã.
## 2. Nội dung và thời gian
| Lớp | Số học viên | Thời gian |
| Quản trị HTX | 120 | Quý II/2026 |
| Kế toán HTX | 90 | Quý III/2026 |
| Chuyển đổi số | 150 | Quý III - IV/2026 |
## 3. Kinh phí
Từ nguồn ngân sách tỉnh hỗ trợ phát triển kinh tế tập thể năm 2026 và nguồn xã hội hóa.
Nơi nhận: Các HTX; UBND các xã, phường; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Đinh Thị Thu Hà
""",
          author=None, doc_number="12/KH-LMHTX", **pub(datetime(2026, 2, 24, 14, 0)),
          attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX-2026.pdf"}],
          opts={"cat": "van-ban", "author": DEFAULT_AUTHOR, "tags": ["dao-tao"]},
          notes=["official plan 'Số: 12/KH-LMHTX', place-date line 'Ninh Bình, ngày 20 tháng 02 năm 2026' and a cited "
                 "resolution of 16/6/2022; abbr.published 24/02/2026 14:00; a data table (one line per row); author "
                 "'Ban Biên tập' (the default Pelican author, no person) and a signer: null; the only 'Văn bản' post: "
                 "printed whole on /category/van-ban.html; the PDF in 'Tải về:' after the text"]),
        A(path=p(datetime(2026, 1, 15), "lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2026"),
          title="Liên minh HTX tỉnh triển khai nhiệm vụ năm 2026",
          date=datetime(2026, 1, 15, 10, 30),
          body="""
Liên minh HTX tỉnh Ninh Bình tổ chức hội nghị triển khai nhiệm vụ năm 2026 với sự tham gia của hơn 200 đại biểu đại diện các HTX trên địa bàn tỉnh.
Năm 2025, khu vực kinh tế tập thể của tỉnh có 1.870 HTX, trong đó 312 HTX ứng dụng công nghệ cao; doanh thu bình quân một HTX đạt 4,6 tỷ đồng.
* Thành lập mới 150 HTX, 300 tổ hợp tác;
* Hỗ trợ 50 HTX chuyển đổi số;
* Phát triển thêm 40 sản phẩm OCOP của HTX.
[img trien-khai-2026.png] Đại biểu dự hội nghị triển khai nhiệm vụ năm 2026
""",
          byline="Hoàng Long", author="Hoàng Long", **pub(datetime(2026, 1, 15, 10, 30)),
          opts={"cat": "tin-tuc", "author": DEFAULT_AUTHOR, "tags": [], "modified": datetime(2026, 2, 3, 16, 0)},
          notes=["abbr.modified 'Cập nhật: Thứ Ba, 03/02/2026' beside abbr.published 15/01/2026 10:30; vcard 'Ban Biên "
                 "tập', closing right-aligned 'Hoàng Long' (text; author Hoàng Long)"]),
        A(path=p(datetime(2025, 12, 2), "tuan-le-san-pham-ocop-ninh-binh-tai-ha-noi"),
          title="Tuần lễ sản phẩm OCOP và HTX Ninh Bình tại Hà Nội thu hút đông khách",
          date=datetime(2025, 12, 2, 8, 0),
          body="""
Tuần lễ sản phẩm OCOP và HTX tỉnh Ninh Bình diễn ra từ ngày 28 đến 30/11/2025 tại Hà Nội, với 65 gian hàng của HTX và chủ thể OCOP đến từ khắp tỉnh.
Các sản phẩm được ưa chuộng là gạo nếp cái hoa vàng Hải Hậu, rượu Kim Sơn, cá kho Nhân Hậu và thịt dê núi đá.
[img tuan-le-ocop.png] Khách tham quan gian hàng sản phẩm OCOP của tỉnh Ninh Bình
Tổng doanh thu ba ngày đạt 4,2 tỷ đồng; 18 HTX ký hợp đồng cung ứng với hệ thống bán lẻ của Thủ đô.
""",
          author="Nguyễn Văn An", **pub(datetime(2025, 12, 2, 8, 0)),
          opts={"cat": "tin-tuc", "author": "Nguyễn Văn An", "tags": ["ocop"]},
          notes=["the event ran 'từ ngày 28 đến 30/11/2025' (first line); abbr.published says 02/12/2025 08:00; author "
                 "only as the vcard 'Nguyễn Văn An' (/author/nguyen-van-an.html: the first post there, printed whole)"]),
        A(path=p(datetime(2025, 9, 10), "htx-rau-mau-kim-bang-xay-nha-so-che"),
          title="HTX rau màu Kim Bảng xây nhà sơ chế đạt chuẩn",
          date=datetime(2025, 9, 10, 15, 0),
          body="""
HTX Dịch vụ nông nghiệp Nhật Tựu (xã Kim Bảng, tỉnh Ninh Bình) vừa đưa vào sử dụng nhà sơ chế rau củ rộng 500 m2 với kho lạnh 50 tấn.
Công trình có tổng vốn 3,5 tỷ đồng, trong đó Quỹ hỗ trợ phát triển HTX cho vay 1,5 tỷ đồng với lãi suất ưu đãi.
Mỗi ngày HTX sơ chế, đóng gói khoảng 6 tấn rau cung cấp cho các bếp ăn công nghiệp trong khu công nghiệp Đồng Văn.
""",
          author=None, **pub(datetime(2025, 9, 10, 15, 0)),
          opts={"cat": "tin-tuc", "author": DEFAULT_AUTHOR, "tags": []},
          notes=["a post of the new province on the area of the former Hà Nam; vcard 'Ban Biên tập' and no byline: "
                 "author null"]),
        A(path=p(datetime(2025, 7, 16), "ra-mat-lien-minh-htx-tinh-ninh-binh-sau-hop-nhat"),
          title="Ra mắt Liên minh HTX tỉnh Ninh Bình sau hợp nhất",
          date=datetime(2025, 7, 16, 9, 30),
          body="""
Ngày 1/7/2025, Liên minh HTX tỉnh Ninh Bình mới chính thức hoạt động trên cơ sở hợp nhất Liên minh HTX ba tỉnh Ninh Bình, Hà Nam và Nam Định.
Liên minh có trụ sở chính tại phường Hoa Lư và hai cơ sở làm việc tại phường Phủ Lý và phường Nam Định, phục vụ gần 1.900 HTX trên địa bàn tỉnh mới.
Tại buổi ra mắt sáng 15/7, lãnh đạo tỉnh đề nghị Liên minh sớm ổn định tổ chức, không để gián đoạn các chương trình hỗ trợ HTX.
""",
          author="Trần Thị Lan", **pub(datetime(2025, 7, 16, 9, 30)),
          opts={"cat": "tin-tuc", "author": "Trần Thị Lan", "tags": ["hop-nhat"]},
          notes=["the merger's date 1/7/2025 opens the text and the ceremony was 'sáng 15/7'; abbr.published "
                 "16/07/2025 09:30; author the vcard 'Trần Thị Lan'"]),
        A(path="/htx-nong-nghiep-hai-hau-lien-ket-nuoi-tom-the.html",
          title="HTX nông nghiệp Hải Hậu liên kết nuôi tôm thẻ chân trắng",
          date=datetime(2024, 10, 8, 14, 20),
          body="""
HTX Thủy sản Hải Đông (huyện Hải Hậu, tỉnh Nam Định) liên kết với doanh nghiệp nuôi 25 ha tôm thẻ chân trắng theo quy trình hai giai đoạn trong nhà màng.
Doanh nghiệp cung ứng con giống, thức ăn và bao tiêu sản phẩm; năng suất bình quân đạt 20 tấn/ha/vụ.
[img tom-hai-hau.png] Ao nuôi tôm trong nhà màng của HTX Thủy sản Hải Đông
Liên minh HTX tỉnh Nam Định đánh giá đây là mô hình liên kết hiệu quả cần nhân rộng ở các huyện ven biển.
""",
          byline="Bài, ảnh: Vũ Thắng", author="Vũ Thắng", **pub(datetime(2024, 10, 8, 14, 20), False),
          opts={"cat": "tin-tuc", "author": DEFAULT_AUTHOR, "tags": []},
          notes=["migrated 2024 post of the former Nam Định alliance ('huyện Hải Hậu, tỉnh Nam Định') at its old URL "
                 "/<slug>.html (no date in the URL); vcard 'Ban Biên tập', closing 'Bài, ảnh: Vũ Thắng' (author "
                 "Vũ Thắng)"]),
        A(path="/htx-det-may-ly-nhan-tao-viec-lam-cho-lao-dong-nong-thon.html",
          title="HTX dệt may Lý Nhân tạo việc làm cho lao động nông thôn",
          date=datetime(2023, 4, 20, 8, 45),
          body="""
HTX Dệt may Nhân Hậu (huyện Lý Nhân, tỉnh Hà Nam) hiện tạo việc làm thường xuyên cho 120 lao động nông thôn với thu nhập bình quân 7 triệu đồng/người/tháng.
HTX nhận gia công hàng may mặc xuất khẩu cho các doanh nghiệp trong khu công nghiệp, đồng thời phát triển sản phẩm khăn lụa mang thương hiệu riêng.
Nguồn: Báo Hà Nam
""",
          author=None, **pub(datetime(2023, 4, 20, 8, 45), False),
          opts={"cat": "tin-tuc", "author": DEFAULT_AUTHOR, "tags": []},
          notes=["migrated 2023 post of the former Hà Nam alliance at /<slug>.html; 'Nguồn: Báo Hà Nam' is a source, "
                 "vcard 'Ban Biên tập': author null"]),
    ]


def slug(s: str) -> str:
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in s).split())


TAGS = {"ocop": "OCOP", "dao-tao": "Đào tạo", "hop-nhat": "Hợp nhất"}


def img(name: str) -> str:
    return f"/images/{name}"


def vn_day(d: datetime) -> str:
    return f"{weekday(d)}, {d:%d/%m/%Y}"


def content_html(a: Article) -> str:
    out, rows = [], []

    def flush() -> None:
        if rows:
            head, *rest = rows
            out.append("<table>\n<thead><tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead>\n<tbody>"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rest)
                       + "</tbody></table>")
            rows.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("| ").split(" | ")])
            continue
        flush()
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h3 id="{slug(b.text)}">{inline_html(b.text)}</h3>')
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        else:
            cap = f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure><img alt="" src="{img(b.src)}" />{cap}</figure>')
    flush()
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    if a.attachments:
        out.append("<p>Tải về: " + ", ".join(f'<a href="{x["path"]}">{esc(x["text"])}</a>' for x in a.attachments) + "</p>")
    return "\n".join(out)


def infos(a: Article) -> str:
    mod = ""
    if a.opts.get("modified"):
        m = a.opts["modified"]
        mod = f'\n<abbr class="modified" title="{m:%Y-%m-%dT%H:%M:%S}+07:00">{LABELS[0]} {vn_day(m)}</abbr>'
    tags = ""
    if a.opts["tags"]:
        tags = f'<p>{LABELS[4]} ' + ", ".join(f'<a href="/tag/{t}.html">{TAGS[t]}</a>' for t in a.opts["tags"]) + "</p>"
    au = a.opts["author"]
    return (f'<footer class="post-info">\n<abbr class="published" title="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">'
            f'{vn_day(a.date)}</abbr>{mod}\n<address class="vcard author">Bởi <a class="url fn" '
            f'href="/author/{slug(au)}.html">{esc(au)}</a></address>\n<p>{LABELS[3]} <a href="/category/'
            f'{a.opts["cat"]}.html">{CATS[a.opts["cat"]]}</a>.</p>{tags}\n</footer>')


def summary(a: Article) -> str:
    words = " ".join(line for line in a.text_lines()[:3]).split()
    return " ".join(words[:40]) + " …"


def layout(title: str, main: str, arts: list[Article], body_id: str, head: str = "", active: str = "") -> str:
    act = ' class="active"'
    menu = "".join(f'<li{act if c == active else ""}><a href="/category/{c}.html">{n}</a></li>'
                   for c, n in CATS.items())
    tags = " ".join(f'<a href="/tag/{t}.html">{n}</a>' for t, n in TAGS.items())
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="generator" content="Pelican" />
<title>{esc(title)}</title>
<link rel="stylesheet" href="/theme/css/main.css" />
<link href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="{attr(NAME)} Full Atom Feed" />{head}
</head>
<body id="{body_id}" class="home">
<div class="topbar"><span class="slogan">{esc(SLOGANS[0])}</span></div>
<header id="banner" class="body">
<h1><a href="/">{esc(NAME)}</a></h1>
<p class="tagline">{esc(SLOGANS[1])}</p>
<nav><ul>
<li><a href="/pages/gioi-thieu.html">Giới thiệu</a></li>
{menu}
<li><a href="/archives.html">{LABELS[6]}</a></li>
<li><a href="/pages/lien-he.html">Liên hệ</a></li>
</ul></nav>
</header>
{main}
<section id="extras" class="body">
<div class="blogroll"><h2>{SIDE[2]}</h2><ul>
<li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul><p>{SIDE[6]}</p></div>
<div class="social"><h2>{SIDE[3]}</h2><ul>
<li><a href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate">{SIDE[4]}</a></li>
<li><a href="/feeds/tin-tuc.atom.xml" type="application/atom+xml" rel="alternate">{SIDE[5]}</a></li></ul></div>
<div class="tagcloud"><h2>{SIDE[1]}</h2><p>{tags}</p></div>
</section>
<footer id="contentinfo" class="body">
<address id="about" class="vcard body">
{"<br />".join(esc(x) for x in FOOTER[:4])}
</address>
<p class="built">{esc(FOOTER[4])} · {esc(FOOTER[5])}</p>
</footer>
</body>
</html>
"""


def article_page(a: Article, arts: list[Article]) -> str:
    others = [o for o in arts if o is not a and o.opts["cat"] == a.opts["cat"]][:3]
    box = ""
    if others:
        box = (f'<div class="related-posts"><h4>{LABELS[2]}</h4><ul>'
               + "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> ({o.date:%d/%m/%Y})</li>' for o in others)
               + "</ul></div>")
    return (f'<section id="content" class="body">\n<article class="hentry">\n<header>\n<h1 class="entry-title">'
            f'<a href="{a.path}" rel="bookmark" title="Permalink to {attr(a.title)}">{esc(a.title)}</a></h1>\n'
            f'</header>\n<div class="entry-content">\n{infos(a)}\n{content_html(a)}\n</div><!-- /.entry-content -->\n'
            f'{box}\n</article>\n</section>')


def index_html(items: list[Article], heading: str, k: int, total: int, base: str) -> str:
    parts = []
    rest = items
    if k == 1 and items:
        f = items[0]
        parts.append(f'<aside id="featured" class="body">\n<article>\n<h1 class="entry-title"><a href="{f.path}">'
                     f'{esc(f.title)}</a></h1>\n{infos(f)}\n{content_html(f)}\n</article>\n</aside><!-- /#featured -->')
        rest = items[1:]
    lis = "".join(f'<li><article class="hentry">\n<header>\n<h1><a href="{a.path}" rel="bookmark" title="Permalink to '
                  f'{attr(a.title)}">{esc(a.title)}</a></h1>\n</header>\n<div class="entry-content">\n{infos(a)}\n'
                  f'<p>{esc(summary(a))}</p>\n<a class="readmore" href="{a.path}">{LABELS[1]}</a>\n</div>\n</article></li>\n'
                  for a in rest)

    def url(j: int) -> str:
        return base.format("") if j == 1 else base.format(j)
    nav = ""
    if total > 1:
        prev = f'<a href="{url(k - 1)}">&laquo;</a> ' if k > 1 else ""
        nxt = f' <a href="{url(k + 1)}">&raquo;</a>' if k < total else ""
        nav = f'<p class="paginator">{prev}{LABELS[5]} {k} / {total}{nxt}</p>'
    h = f"<h1>{esc(heading)}</h1>" if heading else ""
    listing = (f'<section id="content" class="body">\n{h}<ol id="posts-list" class="hfeed" start="{PER * (k - 1) + (2 if k == 1 else 1)}">'
               f"\n{lis}</ol><!-- /#posts-list -->\n{nav}\n</section><!-- /#content -->") if rest or nav else ""
    return "\n".join(parts) + "\n" + listing


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-binh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=[])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        head = (f'\n<meta name="author" content="{attr(a.opts["author"])}" />'
                f'\n<meta name="keywords" content="{attr(", ".join(TAGS[t] for t in a.opts["tags"]))}" />'
                f'\n<meta name="description" content="{attr(summary(a))}" />')
        site.page(a.path, layout(f"{a.title} - {NAME}", article_page(a, arts), arts, "basic", head, a.opts["cat"]),
                  content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH DAO TAO BOI DUONG CAN BO HTX NAM 2026",
                                                         "So: 12/KH-LMHTX"]))

    def paged(first: str, pattern: str, heading: str, items: list[Article], title: str, active: str = "") -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            url = first if k == 1 else pattern.format(k)
            site.page(url, layout(title, index_html(chunk, heading, k, len(chunks), pattern), arts, "index", "", active),
                      content_type=HTML)
            site.non_articles.append(url)

    # index.html is also "/" (the server maps / to index.html)
    paged("/", "/index{}.html", "", arts, NAME)
    site.same_page("/index.html", "/")
    for c, n in CATS.items():
        paged(f"/category/{c}.html", f"/category/{c}{{}}.html", f"Chuyên mục: {n}",
              [a for a in arts if a.opts["cat"] == c], f"{NAME} - {n}", c)
    for t, n in TAGS.items():
        paged(f"/tag/{t}.html", f"/tag/{t}{{}}.html", f"Thẻ: {n}", [a for a in arts if t in a.opts["tags"]],
              f"{NAME} - {n}")
    for au in sorted({a.opts["author"] for a in arts}):
        paged(f"/author/{slug(au)}.html", f"/author/{slug(au)}{{}}.html", f"Tác giả: {au}",
              [a for a in arts if a.opts["author"] == au], f"{NAME} - {au}")
    site.trap("every listing prints its first post WHOLE as the featured article (aside#featured: h1 title link, "
              "post-info with abbr.published and the vcard, the full text) then article.hentry summaries cut at 40 "
              "words with 'Đọc tiếp'; / = /index.html (paged /index2.html), /category/tin-tuc.html (paged "
              "tin-tuc2.html), /tag/<t>.html, /author/<a>.html: listings, not articles", "/author/nguyen-van-an.html")
    site.trap("/category/van-ban.html holds a single post, the plan, printed whole as its featured article",
              "/category/van-ban.html")

    arch = "".join(f"<dt>{vn_day(a.date)}</dt><dd><a href=\"{a.path}\">{esc(a.title)}</a></dd>" for a in arts)
    site.page("/archives.html", layout(f"{NAME} - {LABELS[6]}", f'<section id="content" class="body"><h1>Lưu trữ của '
                                       f'{esc(NAME)}</h1><dl>{arch}</dl></section>', arts, "index"), content_type=HTML)
    site.page("/categories.html", layout(f"{NAME} - Chuyên mục", '<section id="content" class="body"><h1>Chuyên mục</h1><ul>'
                                         + "".join(f'<li><a href="/category/{c}.html">{n}</a></li>' for c, n in CATS.items())
                                         + "</ul></section>", arts, "index"), content_type=HTML)
    site.non_articles += ["/archives.html", "/categories.html"]
    about = ('<section id="content" class="body">\n<h1 class="entry-title">Giới thiệu</h1>\n'
             '<p>Bản tin Kinh tế hợp tác tỉnh Ninh Bình do Liên minh Hợp tác xã tỉnh Ninh Bình xuất bản, cung cấp thông tin '
             'về chủ trương, chính sách phát triển kinh tế tập thể và hoạt động của hợp tác xã trên địa bàn tỉnh.</p>\n'
             '<p>Sau khi ba tỉnh Ninh Bình, Hà Nam và Nam Định hợp nhất từ ngày 1 tháng 7 năm 2025, Bản tin kế thừa các '
             'bài viết của trang thông tin cũ của Liên minh Hợp tác xã ba tỉnh, giữ nguyên địa chỉ của các bài đã đăng.</p>\n'
             '<h3>Liên hệ gửi tin bài</h3>\n<ul><li>Ban Tuyên truyền - Liên minh Hợp tác xã tỉnh;</li><li>Thư điện tử: '
             'bantin.lmhtx@ninhbinh.gov.vn.</li></ul>\n</section>')
    site.page("/pages/gioi-thieu.html", layout(f"Giới thiệu - {NAME}", about, arts, "basic"), content_type=HTML)
    site.page("/pages/lien-he.html", layout(f"Liên hệ - {NAME}", '<section id="content" class="body">\n<h1 class="entry-title">'
                                            f'Liên hệ</h1>\n<p>{esc(FOOTER[1])}</p>\n<p>{esc(SIDE[6])}</p>\n</section>',
                                            arts, "basic"), content_type=HTML)
    site.non_articles += ["/pages/gioi-thieu.html", "/pages/lien-he.html"]
    site.trap("Pelican pages /pages/gioi-thieu.html (h1.entry-title, paragraphs, a heading and a list, no post-info, "
              "no date) and /pages/lien-he.html: not articles", "/pages/gioi-thieu.html")

    def feed(items: list[Article]) -> str:
        entries = "".join(
            f'<entry><title>{esc(a.title)}</title><link href="{{{{base}}}}{a.path}" rel="alternate" />'
            f'<published>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</published><updated>{(a.opts.get("modified") or a.date):%Y-%m-%dT%H:%M:%S}+07:00</updated>'
            f'<author><name>{esc(a.opts["author"])}</name></author><id>tag:bantin,{a.date:%Y-%m-%d}:{a.path}</id>'
            f'<summary type="html">{esc(summary(a))}</summary><content type="html">{esc(content_html(a))}</content></entry>'
            for a in items)
        return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
                f'<title>{esc(NAME)}</title><link href="{{{{base}}}}/" rel="alternate" /><id>{{{{base}}}}/</id>'
                f'<updated>{arts[0].date:%Y-%m-%dT%H:%M:%S}+07:00</updated>{entries}</feed>\n')
    site.page("/feeds/all.atom.xml", feed(arts), content_type="application/atom+xml; charset=utf-8")
    site.page("/feeds/tin-tuc.atom.xml", feed([a for a in arts if a.opts["cat"] == "tin-tuc"]),
              content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom feeds /feeds/all.atom.xml (linked in <head> and the 'Theo dõi' box) and /feeds/tin-tuc.atom.xml "
              "carry every post's full content", "/feeds/all.atom.xml")
    site.static("/robots.txt", "User-agent: *\nDisallow: /drafts/\n")
    return site
