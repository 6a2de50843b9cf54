"""Site `lmhtx-quangtri` (registry family `generic`): a recent HTML5 news CMS (BEM class names,
JSON-LD `NewsArticle`, `<time datetime>`), built as a held-out test: no family module, no selectors.

Articles are `/bai-viet/<slug>-<id>` with no extension; each page's share box offers a short link
`/b/<id>` that answers 301 to the article (an alias, linked from the home page). Categories are
`/chuyen-muc/<slug>` with `?trang=N` pages. The date line under the title reads "Thứ Ba,
12/03/2024 - 09:15 (GMT+7)"; JSON-LD carries `datePublished` and an `author` that is the
Organization (the site's name) when the page has no byline. Captions sit in
`<div class="photo__caption">` under the photo, the lead is `<p class="article__sapo">`, and the
byline ends the body (`<p class="article__author">`). An official document (notice with "Số: …",
place-and-date line, signer) is published as an article.
"""

from __future__ import annotations

import json
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, weekday

SITE = "lmhtx-quangtri"
NAME = "Liên minh Hợp tác xã tỉnh Quảng Trị"
SHORT = "Liên minh HTX Quảng Trị"
HTML = "text/html; charset=utf-8"
CAT = "/chuyen-muc/tin-hoat-dong"
SEARCH = "/tim-kiem?q=ocop"
CONTACT = "/lien-he"
VIDEO = "/video"
STUB = "/bai-viet/anh-htx-ho-tieu-cua-mua-thu-hoach-2024-3395"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Đoàn kết - Hợp tác - Phát triển", "Chào mừng 50 năm Ngày giải phóng hoàn toàn tỉnh Quảng Trị"]
FOOTER = ["Bản quyền © Liên minh Hợp tác xã tỉnh Quảng Trị",
          "Người chịu trách nhiệm nội dung: Ông Nguyễn Hữu Lộc - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép thiết lập trang thông tin điện tử số 12/GP-STTTT ngày 20/9/2022",
          "Trụ sở: 47 Lê Lợi, phường 5, TP Đông Hà, tỉnh Quảng Trị",
          "ĐT: 0233.3852.612 - Email: lmhtxquangtri@gmail.com",
          "Phát triển bởi VNPT Quảng Trị"]
SIDE = ("Đọc nhiều", "Tin mới", "Thời tiết Đông Hà", "Có mưa rào nhẹ", "Độ ẩm: 82%",
        "Lượt truy cập", "Đang online: 9", "Hôm nay: 301", "Tất cả: 845.002")
POLL_Q = "Bạn đánh giá thế nào về giao diện mới của trang?"
POLL_A = ("Đẹp, dễ sử dụng", "Bình thường", "Cần cải thiện")
SHARE = ("Chia sẻ bài viết", "Sao chép link rút gọn", "In bài", "Lưu bài")
LABELS = ("Tin cùng chuyên mục", "Từ khóa", "Đánh giá bài viết", "Bình luận (0)", "Gửi bình luận")
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *FOOTER, *SIDE, POLL_Q, *POLL_A,
               "Gửi ý kiến", *SHARE, *LABELS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/bai-viet/htx-ho-tieu-cua-dat-chung-nhan-huu-co-3102",
          title="HTX hồ tiêu Cùa đạt chứng nhận hữu cơ",
          date=datetime(2023, 10, 17, 9, 15),
          lead="Sau 3 năm chuyển đổi, 25 ha hồ tiêu của HTX Nông nghiệp Cùa (huyện Cam Lộ) đã được cấp chứng nhận sản xuất hữu cơ theo tiêu chuẩn Việt Nam.",
          body="""
HTX có 68 thành viên, sản lượng hồ tiêu hằng năm khoảng 40 tấn. Thành viên ngừng dùng thuốc diệt cỏ, chuyển sang bón phân chuồng ủ với chế phẩm sinh học.
Hồ tiêu hữu cơ được doanh nghiệp thu mua với giá cao hơn tiêu thường 25.000 đồng/kg, bao tiêu toàn bộ sản lượng.
[img tieu-cua-huu-co.png] Thành viên HTX chăm sóc vườn tiêu hữu cơ
Liên minh HTX tỉnh hỗ trợ HTX xây dựng website bán hàng và tham gia hội chợ nông sản tại Đà Nẵng, Hà Nội.
""",
          byline="Hoàng Anh", author="Hoàng Anh", **dated(datetime(2023, 10, 17, 9, 15))),
        A(path="/bai-viet/lien-minh-htx-tinh-ky-ket-phoi-hop-voi-hoi-nong-dan-3150",
          title="Liên minh HTX tỉnh ký kết phối hợp với Hội Nông dân tỉnh",
          date=datetime(2023, 12, 5, 14, 30),
          body="""
Chiều 4/12, Liên minh HTX tỉnh và Hội Nông dân tỉnh Quảng Trị ký kết chương trình phối hợp giai đoạn 2024 - 2028 về phát triển kinh tế tập thể trong nông nghiệp.
## Nội dung phối hợp
* Tuyên truyền, vận động nông dân tham gia HTX, tổ hợp tác;
* Hỗ trợ thành lập mới HTX từ các chi, tổ hội nghề nghiệp;
* Phối hợp tư vấn vay vốn từ Quỹ hỗ trợ nông dân và Quỹ hỗ trợ phát triển HTX.
Hai bên thống nhất định kỳ 6 tháng đánh giá kết quả thực hiện và báo cáo Ban Thường vụ Tỉnh ủy.
""",
          byline="Hoàng Anh", author="Hoàng Anh", **dated(datetime(2023, 12, 5, 14, 30))),
        A(path="/bai-viet/thong-bao-nhan-ho-so-vay-von-quy-ho-tro-phat-trien-htx-dot-1-3188",
          title="Thông báo về việc nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2024",
          date=datetime(2024, 3, 6, 8, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG TRỊ
Số: 21/TB-LMHTX
Quảng Trị, ngày 05 tháng 3 năm 2024
THÔNG BÁO
Về việc nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2024
Căn cứ Điều lệ tổ chức và hoạt động của Quỹ hỗ trợ phát triển HTX tỉnh Quảng Trị, Liên minh HTX tỉnh thông báo nhận hồ sơ vay vốn đợt 1 năm 2024 như sau:
1. Đối tượng: HTX, liên hiệp HTX có phương án sản xuất, kinh doanh khả thi trên địa bàn tỉnh.
2. Thời gian nhận hồ sơ: từ ngày 11/3/2024 đến hết ngày 12/4/2024, tại Văn phòng Quỹ, 47 Lê Lợi, TP Đông Hà.
3. Mức cho vay tối đa 1,5 tỷ đồng/dự án, lãi suất 5,4%/năm.
Nơi nhận: Các HTX, liên hiệp HTX trong tỉnh; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Trần Văn Dũng
""",
          author=None, doc_number="21/TB-LMHTX", **dated(datetime(2024, 3, 6, 8, 0)),
          notes=["official document: 'Số: 21/TB-LMHTX', place-date line 'Quảng Trị, ngày 05 tháng 3 năm 2024' (the day "
                 "before the posting time, the publication date); no byline: JSON-LD author is the Organization (the "
                 "site's name), not an author; the signer ends the text"]),
        A(path="/bai-viet/htx-du-lich-cong-dong-ta-lang-don-khach-quoc-te-3231",
          title="HTX du lịch cộng đồng Tà Lăng đón khách quốc tế",
          date=datetime(2024, 5, 14, 10, 40),
          body="""
HTX Du lịch cộng đồng Tà Lăng (huyện Đakrông) đón đoàn 30 khách Pháp đến trải nghiệm văn hóa Vân Kiều, Pa Kô và đi bộ khám phá rừng nguyên sinh.
Các thành viên HTX được đào tạo kỹ năng hướng dẫn viên, nấu ăn và giao tiếp tiếng Anh cơ bản do Liên minh HTX tỉnh tổ chức năm 2023.
[img ta-lang-du-lich.png] Du khách quốc tế thưởng thức ẩm thực truyền thống tại HTX
Từ đầu năm, HTX đã đón hơn 2.100 lượt khách, doanh thu khoảng 900 triệu đồng.
""",
          byline="Thùy Linh", author="Thùy Linh", **dated(datetime(2024, 5, 14, 10, 40))),
        A(path="/bai-viet/so-ket-6-thang-kinh-te-tap-the-quang-tri-3290",
          title="Sơ kết 6 tháng phát triển kinh tế tập thể tỉnh Quảng Trị",
          date=datetime(2024, 7, 16, 15, 0),
          lead="6 tháng đầu năm 2024, toàn tỉnh thành lập mới 19 HTX, nâng tổng số lên 452 HTX với hơn 51.000 thành viên.",
          body="""
Doanh thu bình quân của HTX đạt 2,6 tỷ đồng/năm, lãi bình quân 210 triệu đồng/HTX; thu nhập của người lao động thường xuyên trong HTX đạt 5,2 triệu đồng/tháng.
[img so-ket-6-thang-qt.png] Đại biểu dự hội nghị sơ kết
Các HTX đã tham gia 14 chuỗi liên kết giá trị với doanh nghiệp, tập trung vào lúa hữu cơ, cà phê Arabica Khe Sanh, hồ tiêu và dược liệu.
""",
          byline="Hoàng Anh", author="Hoàng Anh", **dated(datetime(2024, 7, 16, 15, 0)),
          notes=["short link /b/3290 (share box, home page) answers 301 to the article: an alias"]),
        A(path="/bai-viet/htx-ca-phe-khe-sanh-dua-san-pham-len-san-tmdt-3347",
          title="HTX cà phê Khe Sanh đưa sản phẩm lên sàn thương mại điện tử",
          date=datetime(2024, 9, 24, 7, 30),
          body="""
HTX Cà phê Arabica Khe Sanh (huyện Hướng Hóa) đã mở gian hàng trên ba sàn thương mại điện tử, bán trung bình 600 kg cà phê rang xay mỗi tháng.
Sản phẩm được gắn mã QR truy xuất nguồn gốc, in thông tin vùng trồng, ngày rang và hướng dẫn pha chế bằng tiếng Việt và tiếng Anh.
[img ca-phe-khe-sanh.png] Sản phẩm cà phê của HTX được đóng gói để giao cho khách hàng
Nhờ bán trực tuyến, giá bán bình quân của HTX tăng 18% so với bán qua đại lý.
""",
          byline="Thùy Linh", author="Thùy Linh", **dated(datetime(2024, 9, 24, 7, 30))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/media/2024/{src}"


def article_id(path: str) -> str:
    return path.rsplit("-", 1)[1]


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<div class="photo"><img class="photo__img" src="{img(b.src)}" alt="{attr(b.text)}">'
                         + (f'<div class="photo__caption">{inline_html(b.text)}</div>' if b.text else "") + "</div>")
    if a.byline:
        parts.append(f'<p class="article__author"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def layout(title: str, main: str, items: list[Article], *, path: str, head: str = "") -> str:
    menu = "".join(f'<li class="nav__item"><a class="nav__link" href="{h}">{t}</a></li>'
                   for h, t in [("/", "Trang chủ"), (CAT, "Tin hoạt động"), (VIDEO, "Video"), (CONTACT, "Liên hệ")])
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[:4])
    read = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[2:5])
    poll = "".join(f'<label><input type="radio" name="p" value="{i}"> {esc(o)}</label>' for i, o in enumerate(POLL_A, 1))
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {SHORT}</title>
<meta name="author" content="{NAME}">
{head}<link rel="stylesheet" href="/static/css/app.css">
</head>
<body>
<div class="topbar"><span class="topbar__date">{TODAY}</span><span class="topbar__a11y"><button type="button">A-</button><button type="button">A+</button><button type="button">Tăng tương phản</button><button type="button">Giảm tương phản</button></span></div>
<header class="header"><a class="header__logo" href="/"><img src="/static/img/logo.png" alt="{NAME}"></a>
<div class="header__slogans">{"".join(f'<span class="header__slogan">{esc(s)}</span>' for s in SLOGANS)}</div></header>
<nav class="nav"><ul class="nav__list">{menu}</ul></nav>
<div class="page">
<main class="page__main">
{main}
</main>
<aside class="page__aside">
<section class="box"><h2 class="box__title">{SIDE[1]}</h2><ul>{newest}</ul></section>
<section class="box"><h2 class="box__title">{SIDE[0]}</h2><ol>{read}</ol></section>
<section class="box box--weather"><h2 class="box__title">{SIDE[2]}</h2><p>27°C</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p></section>
<section class="box box--poll"><h2 class="box__title">Thăm dò</h2><p>{esc(POLL_Q)}</p>{poll}<button type="button">Gửi ý kiến</button></section>
<section class="box box--stats"><h2 class="box__title">{SIDE[5]}</h2><p>{SIDE[6]}</p><p>{SIDE[7]}</p><p>{SIDE[8]}</p></section>
</aside>
</div>
<footer class="footer"><div class="footer__links"><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a> <a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></div>{footer}</footer>
<script src="/static/js/app.js"></script>
</body>
</html>
"""


def jsonld(a: Article) -> str:
    author = {"@type": "Person", "name": a.byline} if a.byline else {"@type": "Organization", "name": NAME}
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
            "datePublished": f"{a.date:%Y-%m-%dT%H:%M:%S}+07:00", "dateModified": f"{a.date:%Y-%m-%dT%H:%M:%S}+07:00",
            "author": author, "publisher": {"@type": "Organization", "name": NAME}}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def detail(a: Article, related: list[Article]) -> str:
    sapo = f'<p class="article__sapo">{inline_html(a.lead)}</p>\n' if a.lead else ""
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in related)
    short = f"/b/{article_id(a.path)}"
    return f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{CAT}">Tin hoạt động</a></div>
<article class="article">
<h1 class="article__title">{esc(a.title)}</h1>
<div class="article__meta"><time datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">{weekday(a.date)}, {a.date:%d/%m/%Y - %H:%M} (GMT+7)</time></div>
{sapo}<div class="article__body">
{render_body(a)}
</div>
<div class="article__tags">Từ khóa <a href="{SEARCH}">OCOP</a></div>
<div class="article__share"><span>Chia sẻ bài viết</span> <a href="javascript:void(0)">Facebook</a> <a href="{short}">Sao chép link rút gọn</a> <a href="javascript:print()">In bài</a> <a href="javascript:void(0)">Lưu bài</a></div>
<div class="article__rating">Đánh giá bài viết <span class="stars"></span></div>
<div class="comments"><h3>Bình luận (0)</h3><form action="javascript:void(0)"><textarea name="c"></textarea><button type="button">Gửi bình luận</button></form></div>
</article>
<section class="related"><h2 class="related__title">Tin cùng chuyên mục</h2><ul>{rel}</ul></section>"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-tri", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, CAT)])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)
    for a in items:
        related = [o for o in items if o is not a][:3]
        head = (f'<link rel="canonical" href="{{{{base}}}}{a.path}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{attr(a.title)}">\n' + jsonld(a))
        site.page(a.path, layout(a.title, detail(a, related), items, path=a.path, head=head), content_type=HTML)
        site.redirect(f"/b/{article_id(a.path)}", a.path)
        a.aliases.append(f"/b/{article_id(a.path)}")
    site.trap("articles /bai-viet/<slug>-<id> without extension; JSON-LD NewsArticle datePublished and <time datetime>; "
              "visible 'Thứ Ba, 24/09/2024 - 07:30 (GMT+7)'; <meta name=author> is the site's name", items[0].path)

    pages = [items[i:i + 4] for i in range(0, len(items), 4)]
    for n, chunk in enumerate(pages, 1):
        p = CAT if n == 1 else f"{CAT}?trang={n}"
        cards = "".join(
            f'<article class="card">' + (f'<img src="{img(a.first_image())}" alt="">' if a.first_image() else "")
            + f'<h3 class="card__title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<span class="card__time">{a.date:%d/%m/%Y}</span><p class="card__desc">{esc(a.summary())}</p></article>'
            for a in chunk)
        nav = ('<nav class="pager">' + " ".join(
            f'<span class="pager__current">{i}</span>' if i == n else f'<a href="{CAT if i == 1 else f"{CAT}?trang={i}"}">{i}</a>'
            for i in range(1, len(pages) + 1)) + "</nav>")
        site.page(p, layout("Tin hoạt động", f'<h1 class="page__title">Tin hoạt động</h1>{cards}{nav}', items, path=p),
                  content_type=HTML)
    site.trap("category pages ?trang=N; page 2 holds the oldest articles", f"{CAT}?trang=2")

    top = items[1]
    main = ("".join(f'<div class="hot"><a href="/b/{article_id(a.path)}">{esc(a.title)}</a></div>' for a in items[:2])
            + "".join(f'<div class="card"><a href="{a.path}">{esc(a.title)}</a></div>' for a in items[2:]))
    site.page("/", layout("Trang chủ", main, items, path="/", head='<meta property="og:type" content="website">\n'),
              content_type=HTML)
    site.trap("the home page links the two newest articles by their short links /b/<id> (301 to the article)", f"/b/{article_id(top.path)}")

    stub = (f'<article class="article"><h1 class="article__title">Ảnh: HTX hồ tiêu Cùa vào mùa thu hoạch</h1>'
            f'<div class="article__meta"><time datetime="2024-10-02T08:00:00+07:00">Thứ Tư, 02/10/2024 - 08:00 (GMT+7)</time></div>'
            f'<div class="article__body"><div class="photo"><img class="photo__img" src="{img("tieu-cua-thu-hoach.png")}" alt="">'
            '<div class="photo__caption">Thành viên HTX hồ tiêu Cùa thu hoạch tiêu</div></div></div></article>')
    site.page(STUB, layout("Ảnh: HTX hồ tiêu Cùa vào mùa thu hoạch", stub, items, path=STUB), content_type=HTML)
    site.trap("caption-only stub in the article URL shape (<time>, one photo + caption): not an article", STUB)
    hits = "".join(f'<article class="card"><h3 class="card__title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                   f'<span class="card__time">{a.date:%d/%m/%Y}</span></article>' for a in items)
    site.page(SEARCH, layout("Tìm kiếm", f'<h1 class="page__title">Kết quả tìm kiếm: ocop</h1>{hits}', items, path=SEARCH),
              content_type=HTML)
    site.page(VIDEO, layout("Video", '<h1 class="page__title">Video</h1><div class="video"><video controls width="640"></video>'
                            '<p>Phóng sự: HTX Quảng Trị chuyển đổi số</p></div>', items, path=VIDEO), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", f'<h1 class="page__title">Liên hệ</h1><p>{NAME}</p><p>47 Lê Lợi, TP Đông Hà</p>'
                              '<form action="javascript:void(0)"><input name="ten"><textarea name="nd"></textarea>'
                              '<button type="button">Gửi</button></form>', items, path=CONTACT), content_type=HTML)
    site.non_articles += ["/", STUB, SEARCH, VIDEO, CONTACT]
    site.trap("search results (query route, linked by every article's 'Từ khóa'), a video page and a contact page: not articles", SEARCH)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    site.binary("/static/img/favicon.png", image_for("/static/img/favicon.png"))
    return site
