"""Site `lmhtx-dienbien-moi` (registry family `generic`): the relaunched portal (2025) of the Điện Biên
alliance (not merged in July 2025) on **Textpattern** (PHP), written as a held-out test: no family module,
no selectors.

Why it is hard: permalinks are `/<section>/<id>/<url-title>` (`/tin-tuc/42/hoi-nghi-…`, `/van-ban/57/…`),
the section front `/tin-tuc/` paginates with `?pg=2` and filters with `?c=ocop`, both on the section's
own path. The article is `article.article` with an `h1`, then a `p.footnote` meta line "Đăng 14 Thg 03,
2025 · Tác giả Lò Văn Hùng · Chuyên mục OCOP" (Textpattern's "Thg" month abbreviation; on some posts the
line carries only the category, on one the "Tác giả" is the CMS account "Ban biên tập" while the body ends
with the real byline). Under the text: "Cũ hơn / Mới hơn" links carrying the neighbours' titles, a list of
readers' comments (each with its own date and text) and the comment form `#txpCommentInputForm` with
"Xem trước" and "Gửi" buttons. Downloads go through `/file_download/<n>/<name>.pdf`.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-dienbien-moi"
NAME = "Liên minh Hợp tác xã tỉnh Điện Biên"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc/"
DOCS = "/van-ban/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
SEARCH = "/?q=ocop"
PDF_PATH = "/file_download/7/QD-12-LMHTX-HTX-tieu-bieu-2025.pdf"
PER = 5

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Điện Biên - Vững bước hợp tác, cùng nhau phát triển",
           "Kinh tế tập thể là nền tảng của kinh tế nông thôn vùng cao"]
FOOTER = ["© 2025 Liên minh Hợp tác xã tỉnh Điện Biên",
          "Địa chỉ: Tổ dân phố 9, phường Mường Thanh, tỉnh Điện Biên",
          "Điện thoại: 0215.3825.368 · Email: lmhtx@dienbien.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Lường Văn Thắng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 03/GP-STTTT ngày 22/5/2025 của Sở Khoa học và Công nghệ tỉnh Điện Biên",
          "Chạy trên Textpattern CMS"]
SIDE = ["Bài đọc nhiều", "Thời tiết Điện Biên Phủ", "Trời nắng, đêm và sáng sớm có sương mù", "Độ ẩm: 79%",
        "Thống kê", "Trực tuyến: 4", "Hôm nay: 198", "Tổng: 402.771", "Liên kết website", "Chuyên mục"]
POLL_Q = "Bạn mong muốn Liên minh HTX tỉnh hỗ trợ nội dung gì?"
POLL_A = ("Vốn vay ưu đãi", "Tiêu thụ sản phẩm", "Đào tạo, tập huấn")
COMMENTS = [("Quàng Thị Mai", datetime(2025, 11, 2, 20, 14), "HTX có bán cà phê rang xay qua bưu điện không ạ? Cho em xin số điện thoại liên hệ."),
            ("Nguyễn Văn Toàn", datetime(2025, 11, 5, 7, 48), "Mô hình rất hay, mong Liên minh nhân rộng ra các xã khác."),
            ("Lò Văn Khương", datetime(2026, 3, 14, 21, 3), "Ngày 20/3 có lễ hội ở bản không ạ, em muốn đưa gia đình lên chơi.")]
LABELS = ["Cũ hơn", "Mới hơn", "Bình luận", "Gửi bình luận", "Xem trước", "Nhớ thông tin", "Sửa đổi",
          "Tải về", "Bình chọn"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, POLL_Q, *POLL_A, *LABELS, *[c[2] for c in COMMENTS]]

MONTHS = "Thg {:02d}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/tin-tuc/42/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-8",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, khóa VI",
          date=datetime(2025, 12, 19, 16, 40),
          lead="Ngày 19/12, Ban Chấp hành Liên minh HTX tỉnh Điện Biên tổ chức hội nghị lần thứ 8, đánh giá kết quả năm 2025 và bàn nhiệm vụ năm 2026.",
          body="""
Năm 2025, toàn tỉnh thành lập mới 38 HTX, nâng tổng số lên 421 HTX với gần 9.500 thành viên; 24 sản phẩm của HTX đạt OCOP 3 sao trở lên.
[img hoi-nghi-bch-lan-8.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị
## Nhiệm vụ năm 2026
* Thành lập mới ít nhất 40 HTX, ưu tiên HTX nông nghiệp gắn với chuỗi giá trị;
* Hỗ trợ 30 HTX tham gia sàn thương mại điện tử và truy xuất nguồn gốc;
* Kiện toàn Quỹ hỗ trợ phát triển HTX tỉnh.
""",
          byline="Lò Văn Hùng", author="Lò Văn Hùng", opts={"meta_author": "Lò Văn Hùng", "cat": "Hoạt động"},
          **dated(datetime(2025, 12, 19, 16, 40)),
          notes=["p.footnote 'Đăng 19 Thg 12, 2025 · Tác giả Lò Văn Hùng · Chuyên mục Hoạt động' ('Thg' month "
                 "abbreviation, time only in the <time datetime> attribute); the closing byline repeats the name"]),
        A(path="/tin-tuc/39/htx-ca-phe-muong-ang-xuat-khau-ca-phe-dac-san",
          title="HTX cà phê Mường Ảng đưa cà phê đặc sản ra thị trường quốc tế",
          date=datetime(2025, 10, 30, 9, 5),
          lead="HTX Cà phê Ẳng Cang vừa ký hợp đồng xuất khẩu 20 tấn cà phê nhân đặc sản sang Hàn Quốc.",
          body="""
HTX có 72 thành viên với 110 ha cà phê Arabica, áp dụng quy trình thu hái chọn lọc chỉ lấy quả chín trên 95%.
[img ca-phe-muong-ang.png] Thành viên HTX phơi cà phê trên giàn phơi nhà kính
Cà phê nhân đặc sản được thu mua với giá 145.000 đồng/kg, cao hơn cà phê thường khoảng 40%.
HTX đang hoàn thiện xưởng rang xay để bán cà phê thành phẩm mang thương hiệu Mường Ảng.
""",
          byline="Bài, ảnh: Quàng Văn Tươi", author="Quàng Văn Tươi",
          opts={"meta_author": "Ban biên tập", "cat": "OCOP", "comments": COMMENTS[:2]},
          **dated(datetime(2025, 10, 30, 9, 5)),
          notes=["p.footnote 'Tác giả Ban biên tập' is the CMS account; the person is the closing byline 'Bài, ảnh: "
                 "Quàng Văn Tươi' (text, author); two readers' comments (dated 02/11 and 05/11/2025) and the "
                 "#txpCommentInputForm under the text: not part of the article"]),
        A(path="/van-ban/57/quyet-dinh-khen-thuong-htx-tieu-bieu-nam-2025",
          title="Quyết định khen thưởng các HTX tiêu biểu năm 2025",
          date=datetime(2026, 1, 8, 10, 15),
          body="""
LIÊN MINH HTX TỈNH ĐIỆN BIÊN
Số: 12/QĐ-LMHTX
Điện Biên, ngày 06 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc khen thưởng các hợp tác xã tiêu biểu năm 2025
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng ngày 29/12/2025;
Điều 1. Tặng Giấy khen cho 15 hợp tác xã có thành tích tiêu biểu trong sản xuất, kinh doanh năm 2025.
Điều 2. Mỗi hợp tác xã được thưởng 2.000.000 đồng từ nguồn kinh phí thi đua khen thưởng của Liên minh.
Điều 3. Chánh Văn phòng và các hợp tác xã có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH Lường Văn Thắng
""",
          author=None, doc_number="12/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "QD-12-LMHTX-HTX-tieu-bieu-2025.pdf"}],
          **dated(datetime(2026, 1, 8, 10, 15)), opts={"cat": "Văn bản"},
          notes=["decision 'Số: 12/QĐ-LMHTX' dated 'Điện Biên, ngày 06 tháng 01 năm 2026' citing a council of "
                 "29/12/2025, posted 08/01/2026 (the footnote's date); footnote has only the category; signer last, "
                 "author null; PDF at /file_download/7/<name>.pdf"]),
        A(path="/tin-tuc/45/anh-hoa-ban-no-tren-doi-che-tua-chua",
          title="Ảnh: Hoa ban nở trắng đồi chè Shan tuyết Tủa Chùa",
          date=datetime(2026, 3, 2, 6, 50),
          body="""
Tháng Ba, hoa ban nở trắng trên những đồi chè Shan tuyết cổ thụ của HTX Chè Tủa Chùa, thu hút đông du khách.
[img hoa-ban-tua-chua-1.png] Cây chè Shan tuyết trăm tuổi bên những gốc ban nở hoa
[img hoa-ban-tua-chua-2.png] Thành viên HTX hái chè búp xuân
[img hoa-ban-tua-chua-3.png] Sản phẩm chè Shan tuyết Tủa Chùa đạt OCOP 4 sao
""",
          author="Mạnh Cường", opts={"meta_author": "Mạnh Cường", "cat": "Phóng sự ảnh"},
          **dated(datetime(2026, 3, 2, 6, 50)),
          notes=["photo story: a sentence and three figures with figcaptions, no closing byline: the author is the "
                 "footnote's 'Tác giả Mạnh Cường'"]),
        A(path="/tin-tuc/47/le-hoi-hoa-ban-va-phien-cho-htx-muong-phang",
          title="Phiên chợ sản phẩm HTX tại Lễ hội Hoa Ban Mường Phăng",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, trong khuôn khổ Lễ hội Hoa Ban, Liên minh HTX tỉnh tổ chức phiên chợ sản phẩm HTX tại xã Mường Phăng với 45 gian hàng.
Các HTX giới thiệu gạo Điện Biên, cà phê Mường Ảng, chè Shan tuyết, mật ong bạc hà và thổ cẩm của đồng bào Thái, Mông.
[img phien-cho-muong-phang.png] Du khách mua gạo Điện Biên tại gian hàng của HTX
Phiên chợ sẽ tiếp tục được tổ chức vào ngày 20/3 tại phường Mường Thanh.
""",
          author=None, opts={"nodate": True, "cat": "Hoạt động", "comments": COMMENTS[2:]},
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          notes=["footnote shows only 'Chuyên mục Hoạt động' (no date): the day only in the text ('Ngày 12/3', no "
                 "year; '20/3' is a later event); the section front shows 12 Thg 03, 2026: midnight; a reader's "
                 "comment dated 14/03/2026 below"]),
        A(path="/tin-tuc/31/htx-gao-muong-thanh-nang-tam-thuong-hieu-gao-dien-bien",
          title="HTX gạo Mường Thanh nâng tầm thương hiệu gạo Điện Biên",
          date=datetime(2024, 9, 17, 14, 0),
          lead="Với 150 ha lúa Séng Cù, Bắc Thơm số 7 sản xuất theo chuỗi, HTX Nông nghiệp Mường Thanh góp phần giữ danh tiếng gạo Điện Biên.",
          body="""
HTX cung ứng giống, phân bón cho thành viên và bao tiêu toàn bộ sản lượng với giá cao hơn thị trường 500 đồng/kg.
[img gao-muong-thanh.png] Cánh đồng Mường Thanh vào vụ thu hoạch
Sản phẩm gạo Séng Cù của HTX đạt OCOP 3 sao năm 2023, hiện có mặt tại nhiều siêu thị ở Hà Nội.
Nguồn: Báo Điện Biên Phủ
""",
          author=None, opts={"cat": "OCOP", "updated": datetime(2025, 6, 30, 9, 0)},
          **dated(datetime(2024, 9, 17, 14, 0)),
          notes=["migrated 2024 article: footnote 'Đăng 17 Thg 09, 2024' and a 'Sửa đổi 30 Thg 06, 2025' line (the "
                 "migration); 'Nguồn: Báo Điện Biên Phủ' last: a source, author null"]),
        A(path="/tin-tuc/36/htx-mat-ong-bac-ha-muong-nhe",
          title="HTX mật ong Mường Nhé phát triển nuôi ong dưới tán rừng",
          date=datetime(2025, 5, 22, 8, 10),
          lead="HTX Nuôi ong Mường Nhé có 40 thành viên với hơn 1.200 đàn ong, mỗi năm cho khoảng 8 tấn mật.",
          body="""
Ong được nuôi dưới tán rừng tự nhiên, gắn với giao khoán bảo vệ rừng cho các hộ thành viên người Hà Nhì, Mông.
[img mat-ong-muong-nhe.png] Thành viên HTX kiểm tra cầu ong
Mật ong được đóng chai, dán tem truy xuất nguồn gốc, bán với giá 350.000 đồng/lít.
""",
          author="Thu Hằng", opts={"meta_author": "Thu Hằng", "cat": "OCOP"}, **dated(datetime(2025, 5, 22, 8, 10)),
          notes=["author only in the footnote 'Tác giả Thu Hằng' (no closing byline)"]),
        A(path="/tin-tuc/44/tap-huan-luat-htx-2023-cho-can-bo-htx",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ HTX",
          date=datetime(2026, 2, 4, 15, 30),
          lead="Hơn 100 cán bộ quản lý HTX trên địa bàn tỉnh được tập huấn các nội dung mới của Luật Hợp tác xã năm 2023.",
          body="""
Luật Hợp tác xã số 17/2023/QH15 có hiệu lực từ ngày 01/7/2024, quy định rõ hơn về thành viên liên kết, phân phối thu nhập và tài sản không chia.
Báo cáo viên hướng dẫn HTX sửa đổi điều lệ, lập sổ đăng ký thành viên và báo cáo tình hình hoạt động hằng năm.
Liên minh HTX tỉnh sẽ cử cán bộ đến từng HTX hỗ trợ hoàn thiện hồ sơ trong quý I/2026.
Văn phòng Liên minh HTX tỉnh
""",
          byline=None, author=None, opts={"cat": "Hoạt động"},
          **dated(datetime(2026, 2, 4, 15, 30)),
          notes=["the Law's effective date 01/7/2024 in the first paragraph; the page's date is 04/02/2026; the "
                 "closing line names an office: part of the text, the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/images/{src}"


def txp_date(d: datetime) -> str:
    return f"{d.day:02d} {MONTHS.format(d.month)}, {d.year}"


def cat_slug(cat: str) -> str:
    return {"OCOP": "ocop", "Hoạt động": "hoat-dong", "Phóng sự ảnh": "phong-su-anh", "Văn bản": "van-ban"}[cat]


def section(a: Article) -> str:
    return "/" + a.path.split("/")[1] + "/"


def render_body(a: Article) -> str:
    parts = [f'<p class="excerpt"><strong>{inline_html(a.lead)}</strong></p>'] if a.lead else []
    for b in a.blocks:
        if b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            cap = f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else ""
            parts.append(f'<figure><img src="{img(b.src)}" alt="{attr(b.text)}" width="800" height="533">{cap}</figure>')
        else:
            parts.append(f"<p>{inline_html(b.text)}</p>")
    if a.byline:
        parts.append(f'<p class="byline" style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def footnote(a: Article) -> str:
    bits = []
    if not a.opts.get("nodate"):
        bits.append(f'Đăng <time datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">'
                    f'{txp_date(a.date)}</time>')
    if m := a.opts.get("meta_author"):
        bits.append(f'Tác giả <span class="author" itemprop="author">{esc(m)}</span>')
    cat = a.opts.get("cat", "Hoạt động")
    bits.append(f'Chuyên mục <a href="{section(a)}?c={cat_slug(cat)}">{esc(cat)}</a>')
    out = '<p class="footnote">' + " · ".join(bits) + "</p>"
    if up := a.opts.get("updated"):
        out += f'<p class="footnote modified">Sửa đổi {txp_date(up)}</p>'
    return out


def comments(a: Article) -> str:
    items = "".join(f'<li class="comment" id="c0000{i}"><p class="comment-meta"><span class="comment-author">'
                    f'{esc(n)}</span> · <a href="{a.path}#c0000{i}">{d:%d/%m/%Y %H:%M}</a></p>'
                    f'<div class="comment-body"><p>{esc(t)}</p></div></li>'
                    for i, (n, d, t) in enumerate(a.opts.get("comments", []), 1))
    listed = f'<ol class="comments-list" id="comments">{items}</ol>' if items else ""
    return (f'<section class="comments"><h2>Bình luận</h2>{listed}'
            f'<form id="txpCommentInputForm" method="post" action="{a.path}#cpreview">'
            '<h3>Gửi bình luận</h3><p><label for="name">Tên</label> <input id="name" name="name" type="text"></p>'
            '<p><label for="email">Email</label> <input id="email" name="email" type="email"></p>'
            '<p><textarea id="message" name="message" rows="6"></textarea></p>'
            '<p><label><input type="checkbox" name="remember"> Nhớ thông tin</label></p>'
            '<p><button type="submit" name="preview" value="1" class="button">Xem trước</button> '
            '<button type="submit" name="submit" value="1" class="button" disabled>Gửi</button></p>'
            '<input type="hidden" name="parentid" value="42"><input type="hidden" name="backpage" value=""></form></section>')


def detail(a: Article, older: Article | None, newer: Article | None) -> str:
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = (f'<p class="download"><a href="{f["path"]}" title="{attr(f["text"])}">{esc(f["text"])}</a> '
               f'<span>(212 KB)</span> <a href="{f["path"]}" class="button">Tải về</a></p>')
    nav = '<nav class="paginator" aria-label="Điều hướng bài viết"><ul>'
    if older:
        nav += f'<li class="prev"><a rel="prev" href="{older.path}" title="{attr(older.title)}">Cũ hơn</a> {esc(older.title)}</li>'
    if newer:
        nav += f'<li class="next"><a rel="next" href="{newer.path}" title="{attr(newer.title)}">Mới hơn</a> {esc(newer.title)}</li>'
    nav += "</ul></nav>"
    return (f'<article class="article" itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">'
            f'{esc(a.title)}</h1>{footnote(a)}<div class="article-body" itemprop="articleBody">\n{render_body(a)}\n'
            f'</div>{att}</article>{nav}{comments(a)}')


def excerpt(a: Article) -> str:
    pic = a.first_image()
    return (f'<article class="article-excerpt">'
            + (f'<a href="{a.path}"><img src="{img(pic)}" alt="" width="200"></a>' if pic else "")
            + f'<h2><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>'
            f'<p class="footnote"><time datetime="{a.date:%Y-%m-%d}">{txp_date(a.date)}</time></p>'
            f'<p>{esc(a.summary())}</p></article>')


def layout(title: str, main: str, hot: list[Article]) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                    (CONTACT, "Liên hệ")])
    cats = "".join(f'<li><a href="{NEWS}?c={cat_slug(c)}">{c}</a></li>' for c in ("Hoạt động", "OCOP", "Phóng sự ảnh"))
    hot_lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hot)
    poll = "".join(f'<li><label><input type="radio" name="p" value="{i}"> {esc(o)}</label></li>'
                   for i, o in enumerate(POLL_A, 1))
    links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" rel="external">{t}</a></li>' for h, t in
                    [("/lmhtx-vn/", "Liên minh HTX Việt Nam"), ("/chinh-phu/", "Cổng TTĐT Chính phủ")])
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Liên minh HTX tỉnh Điện Biên</title>
<meta name="generator" content="Textpattern CMS">
<link rel="stylesheet" href="/css.php?n=default">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/">
</head>
<body class="page-{'article' if 'itemprop="headline"' in main else 'list'}">
<div class="wrapper">
<header class="site-header"><p class="today">{TODAY}</p>
<h1 class="site-name"><a href="/" rel="home">{NAME}</a></h1>
<h3 class="site-slogan">{esc(SLOGANS[0])}</h3><p class="slogan2">{esc(SLOGANS[1])}</p></header>
<nav class="site-navigation"><ul>{menu}</ul>
<form method="get" action="/" class="search-form"><input type="search" name="q" placeholder="Tìm kiếm"></form></nav>
<div class="container"><main>
{main}
</main>
<aside class="complementary-content">
<h4>{SIDE[9]}</h4><ul class="category_list">{cats}</ul>
<h4>{SIDE[0]}</h4><ul class="article_list">{hot_lis}</ul>
<h4>{SIDE[1]}</h4><p>24°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p>
<h4>Thăm dò</h4><form class="poll"><p>{esc(POLL_Q)}</p><ul>{poll}</ul><button type="button">Bình chọn</button> <button type="button">Kết quả</button></form>
<h4>{SIDE[8]}</h4><ul>{links}</ul>
<h4>{SIDE[4]}</h4><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p>
</aside></div>
<footer class="site-footer">{footer}</footer>
</div>
<script src="/js/main.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dien-bien", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    hot = arts[:4]
    for i, a in enumerate(arts):
        same = [o for o in arts if section(o) == section(a)]
        k = same.index(a)
        newer = same[k - 1] if k > 0 else None
        older = same[k + 1] if k + 1 < len(same) else None
        site.page(a.path, layout(a.title, detail(a, older, newer), hot), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 12/QĐ-LMHTX", ["QUYET DINH KHEN THUONG HTX TIEU BIEU NAM 2025",
                                                             "Lien minh HTX tinh Dien Bien"]))
    site.static("/css.php", "body{font-family:Georgia,serif}\n")
    site.static("/rss/index.html", "<!DOCTYPE html><html><body><p>RSS</p></body></html>")
    site.trap("Textpattern permalinks /<section>/<id>/<url-title>; 'Cũ hơn / Mới hơn' links with the neighbours' "
              "titles after each article; comment form #txpCommentInputForm ('Xem trước', 'Gửi')", arts[0].path)

    def front(path: str, name: str, items: list[Article], c: str = "") -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            def href(k: int) -> str:
                q = "&amp;".join(x for x in [f"c={c}" if c else "", f"pg={k}" if k > 1 else ""] if x)
                return path + (f"?{q}" if q else "")
            nav = ""
            if n < len(pages):
                nav += f'<a href="{href(n + 1)}" rel="prev">Bài cũ hơn</a> '
            if n > 1:
                nav += f'<a href="{href(n - 1)}" rel="next">Bài mới hơn</a>'
            main = (f'<h1 class="section-title">{esc(name)}</h1>' + "".join(excerpt(a) for a in chunk)
                    + (f'<nav class="paginator">{nav}</nav>' if nav else ""))
            url = href(n).replace("&amp;", "&")
            site.page(url, layout(name, main, hot), content_type=HTML)
            site.non_articles.append(url)

    news = [a for a in arts if section(a) == NEWS]
    front(NEWS, "Tin tức", news)
    front(DOCS, "Văn bản", [a for a in arts if section(a) == DOCS])
    for cat in ("Hoạt động", "OCOP", "Phóng sự ảnh"):
        front(NEWS, f"Chuyên mục: {cat}", [a for a in news if a.opts.get("cat") == cat], cat_slug(cat))
    site.page(DOCS + "?c=van-ban", layout("Chuyên mục: Văn bản", '<h1 class="section-title">Chuyên mục: Văn bản</h1>'
                                          + "".join(excerpt(a) for a in arts if section(a) == DOCS), hot),
              content_type=HTML)
    site.non_articles.append(DOCS + "?c=van-ban")
    site.trap("section front /tin-tuc/ paginated with ?pg=2 (older posts only there) and filtered with ?c=ocop on "
              "the same path: not articles", NEWS + "?pg=2")

    home = ('<div class="home-lead">' + excerpt(arts[0]) + '</div><h2>Tin mới</h2>'
            + "".join(excerpt(a) for a in arts[1:5]) + f'<p><a href="{NEWS}">Xem tất cả tin</a></p>')
    site.page("/", layout("Trang chủ", home, hot), content_type=HTML)
    site.page(SEARCH, layout("Tìm kiếm", '<h1 class="section-title">Kết quả tìm kiếm: ocop</h1>'
                             + "".join(excerpt(a) for a in arts if "OCOP" in a.body + (a.lead or "")), hot),
              content_type=HTML)
    about = ('<article class="article"><h1 itemprop="headline">Giới thiệu</h1><div class="article-body">'
             "<p>Liên minh Hợp tác xã tỉnh Điện Biên là tổ chức chính trị - xã hội, đại diện cho các hợp tác xã, liên "
             "hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, tham gia hỗ trợ phát triển kinh tế tập thể ở vùng cao "
             "biên giới.</p><p>Liên minh tư vấn thành lập, đào tạo cán bộ quản lý, xúc tiến thương mại và quản lý Quỹ "
             "hỗ trợ phát triển hợp tác xã của tỉnh.</p></div></article>")
    site.page(ABOUT, layout("Giới thiệu", about, hot), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", f'<h1 class="section-title">Liên hệ</h1><p>{NAME}</p><form method="post" '
                              'action="/lien-he/"><input name="zem_contact_name"><textarea name="zem_contact_text">'
                              '</textarea><button type="button">Gửi</button></form>', hot), content_type=HTML)
    site.non_articles += ["/", SEARCH, ABOUT, CONTACT]
    site.trap("static section pages /gioi-thieu/ (article.article with an h1 and two paragraphs, no footnote, "
              "no date) and /lien-he/: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /textpattern/\n")
    return site
