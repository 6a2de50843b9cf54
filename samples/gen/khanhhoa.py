"""Site `lmhtx-khanhhoa` (registry family `generic`): a home-made "blog" CMS whose class names mean
nothing (`.c_7`, `.c_14`), built as a held-out test: no family module, no selectors.

Listings are `/blog/<category>/page-N.html` (page 1 included, numbered pagination "« 1 2 »"),
articles `/blog/<category>/<slug>.html` in two categories. The date sits ABOVE the title in the
dashed form "15:20 | 12-03-2024", the author at the top ("Tác giả: Ngọc Hân", author only, not
text), captions are `<span>`s inside the photo's `<div>`, sub-headings `<h4>`, and the `<title>`
ends with " | LMHTX Khánh Hòa". A tag page, a gallery, a contact page and a caption-only stub in
the article URL shape are not articles.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday

SITE = "lmhtx-khanhhoa"
NAME = "Liên minh Hợp tác xã tỉnh Khánh Hòa"
SUFFIX = "LMHTX Khánh Hòa"
CATS = {"tin-hoat-dong": "Tin hoạt động", "mo-hinh-htx": "Mô hình HTX"}
TAG = "/blog/tag/ocop.html"
GALLERY = "/thu-vien-anh.html"
CONTACT = "/lien-he.html"
STUB = "/blog/tin-hoat-dong/anh-ngay-hoi-htx-nha-trang-2024.html"
PDF_PATH = "/upload/files/KH-22-LMHTX.pdf"

TODAY = f"Hôm nay: {weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Khánh Hòa - Hợp tác để phát triển bền vững", "Nhiệt liệt chào mừng kỷ niệm 30 năm thành lập Liên minh HTX tỉnh"]
SIDE = ("Tin nổi bật", "Xem nhiều nhất", "Thời tiết Nha Trang", "Trời nắng, gió nhẹ", "Độ ẩm 70%",
        "Lượt truy cập", "Trực tuyến: 7", "Hôm nay: 215", "Tổng: 1.204.577")
POLL_Q = "Bạn quan tâm nhất đến nội dung nào của trang?"
POLL_A = ("Tin hoạt động Liên minh", "Mô hình HTX hiệu quả", "Chính sách hỗ trợ HTX")
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Khánh Hòa",
          "Chịu trách nhiệm nội dung: Bà Trần Thị Thu Hà - Phó Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 05/GP-STTTT do Sở Thông tin và Truyền thông Khánh Hòa cấp ngày 14/4/2021",
          "Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang",
          "Điện thoại: 0258.3822.437",
          "Ghi rõ nguồn lmhtx.khanhhoa.gov.vn khi phát hành lại thông tin từ website này"]
TOOLS = ("Chia sẻ:", "In trang", "Gửi bạn bè", "Về đầu trang")
LABELS = ("Tác giả:", "File đính kèm:", "Từ khóa:", "Bài cùng chuyên mục")
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *SIDE, POLL_Q, *POLL_A, "Bình chọn",
               *FOOTER, *TOOLS, *LABELS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[tuple[str, Article]]:
    A = Article
    return [
        ("tin-hoat-dong", A(
            path="/blog/tin-hoat-dong/lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2024.html",
            title="Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024",
            date=datetime(2024, 1, 19, 8, 30),
            body="""
Sáng 18/1, Liên minh HTX tỉnh Khánh Hòa tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 với sự tham dự của hơn 120 đại biểu.
Năm 2023, toàn tỉnh thành lập mới 27 HTX, nâng tổng số lên 213 HTX với gần 19.000 thành viên; doanh thu bình quân đạt 3,1 tỷ đồng/HTX.
[img tong-ket-2023-khanh-hoa.png] Quang cảnh hội nghị tổng kết
## Nhiệm vụ trọng tâm năm 2024
* Thành lập mới ít nhất 25 HTX, trong đó 5 HTX ứng dụng công nghệ cao;
* Hỗ trợ 10 sản phẩm của HTX đạt chuẩn OCOP;
* Giải ngân 6 tỷ đồng từ Quỹ hỗ trợ phát triển HTX.
Dịp này, 12 tập thể và 18 cá nhân được Liên minh HTX tỉnh tặng bằng khen vì thành tích xuất sắc năm 2023.
""",
            byline="Ngọc Hân", author="Ngọc Hân", **dated(datetime(2024, 1, 19, 8, 30)))),
        ("mo-hinh-htx", A(
            path="/blog/mo-hinh-htx/htx-yen-sao-ninh-hoa-mo-rong-nha-nuoi-yen.html",
            title="HTX yến sào Ninh Hòa mở rộng nhà nuôi yến",
            date=datetime(2024, 2, 27, 14, 5),
            body="""
HTX Yến sào Ninh Hòa (thị xã Ninh Hòa) vừa đưa vào sử dụng thêm 4 nhà nuôi yến với tổng diện tích 1.600 m2, nâng số nhà yến của các thành viên lên 31 nhà.
Sản phẩm tổ yến tinh chế của HTX đã đạt chuẩn OCOP 4 sao và có mặt tại các cửa hàng đặc sản ở Nha Trang, Cam Ranh và TP Hồ Chí Minh.
[img nha-yen-ninh-hoa.png] Thành viên HTX sơ chế tổ yến
Ông Lê Văn Đông, Giám đốc HTX cho biết, năm 2023 HTX thu mua và tiêu thụ 1,2 tấn tổ yến thô, doanh thu đạt 14 tỷ đồng.
""",
            byline="Minh Châu", author="Minh Châu", **dated(datetime(2024, 2, 27, 14, 5)))),
        ("tin-hoat-dong", A(
            path="/blog/tin-hoat-dong/ke-hoach-thang-hanh-dong-vi-htx-nam-2024.html",
            title="Ban hành Kế hoạch Tháng hành động vì HTX năm 2024",
            date=datetime(2024, 3, 12, 15, 20),
            body="""
Liên minh HTX tỉnh vừa ban hành Kế hoạch số 22/KH-LMHTX tổ chức Tháng hành động vì HTX năm 2024, từ ngày 01/4 đến 30/4/2024.
Trong tháng, Liên minh phối hợp với các huyện, thị xã, thành phố tổ chức 8 hội nghị tuyên truyền Luật HTX năm 2023 và 2 phiên chợ sản phẩm HTX tại Nha Trang.
Các HTX được khuyến khích đăng ký tham gia các lớp tập huấn về thương mại điện tử và truy xuất nguồn gốc. Toàn văn kế hoạch được đính kèm bài viết.
""",
            byline="Văn phòng Liên minh", author=None, **dated(datetime(2024, 3, 12, 15, 20)),
            attachments=[{"path": PDF_PATH, "text": "KH-22-LMHTX.pdf"}],
            notes=["plan announced as news; the plan as a PDF under 'File đính kèm:' after the body; the author line at the "
                   "top names an office"])),
        ("tin-hoat-dong", A(
            path="/blog/tin-hoat-dong/tap-huan-ban-hang-truc-tuyen-cho-htx-cam-ranh.html",
            title="Tập huấn bán hàng trực tuyến cho HTX Cam Ranh",
            date=datetime(2024, 4, 23, 9, 0),
            lead="Trong 2 ngày 22 - 23/4, tại TP Cam Ranh, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 45 học viên là cán bộ HTX và tổ hợp tác.",
            body="""
Học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả, livestream bán hàng và quản lý đơn hàng trên các sàn thương mại điện tử.
[img tap-huan-cam-ranh.png] Học viên thực hành livestream giới thiệu sản phẩm
Nhiều HTX đã mở gian hàng ngay trong buổi học, như HTX Muối Cam Ranh, HTX Xoài Cam Lâm và HTX Hải sản Mỹ Ca.
""",
            byline="Ngọc Hân", author="Ngọc Hân", **dated(datetime(2024, 4, 23, 9, 0)))),
        ("mo-hinh-htx", A(
            path="/blog/mo-hinh-htx/htx-xoai-cam-lam-xuat-khau-lo-xoai-dau-tien.html",
            title="HTX xoài Cam Lâm xuất khẩu lô xoài đầu tiên",
            date=datetime(2024, 5, 30, 10, 45),
            body="""
HTX Nông nghiệp Cam Thành Bắc (huyện Cam Lâm) vừa xuất khẩu 18 tấn xoài Úc sang thị trường Hàn Quốc, lô xoài xuất khẩu chính ngạch đầu tiên của HTX.
Để đạt yêu cầu của nhà nhập khẩu, 40 ha xoài của thành viên được cấp mã số vùng trồng và sản xuất theo quy trình VietGAP.
[img xoai-cam-lam.png] Đóng gói xoài xuất khẩu tại nhà sơ chế của HTX
Giá xoài xuất khẩu cao hơn giá bán tại vườn từ 8.000 đến 10.000 đồng/kg, giúp thành viên có thêm hơn 150 triệu đồng mỗi ha.
""",
            byline="Minh Châu", author="Minh Châu", **dated(datetime(2024, 5, 30, 10, 45)))),
        ("tin-hoat-dong", A(
            path="/blog/tin-hoat-dong/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-6-thang-2024.html",
            title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh 6 tháng đầu năm 2024",
            date=datetime(2024, 7, 10, 16, 10),
            body="""
Chiều 9/7, Ban Chấp hành Liên minh HTX tỉnh Khánh Hòa họp hội nghị lần thứ 7 đánh giá kết quả 6 tháng đầu năm, bàn giải pháp 6 tháng cuối năm 2024.
6 tháng đầu năm, toàn tỉnh thành lập mới 14 HTX, đạt 56% kế hoạch năm; Quỹ hỗ trợ phát triển HTX giải ngân 3,4 tỷ đồng cho 8 HTX.
Hội nghị thống nhất tập trung hỗ trợ HTX chuyển đổi theo Luật HTX năm 2023 và chuẩn bị tổ chức Ngày hội HTX tỉnh vào tháng 10.
""",
            byline="Ngọc Hân", author="Ngọc Hân", **dated(datetime(2024, 7, 10, 16, 10)))),
        ("tin-hoat-dong", A(
            path="/blog/tin-hoat-dong/htx-muoi-hon-khoi-lien-ket-bao-tieu-muoi-sach.html",
            title="HTX muối Hòn Khói liên kết bao tiêu muối sạch",
            date=datetime(2024, 9, 4, 7, 50),
            body="""
HTX Muối Hòn Khói (thị xã Ninh Hòa) ký hợp đồng liên kết với một doanh nghiệp chế biến, bao tiêu 3.000 tấn muối sạch mỗi năm cho thành viên.
Theo hợp đồng, doanh nghiệp thu mua với giá sàn 1.500 đồng/kg, cao hơn giá thương lái khoảng 30%, và hỗ trợ bạt lót ô kết tinh.
[img muoi-hon-khoi.png] Diêm dân HTX thu hoạch muối trên đồng muối Hòn Khói
HTX hiện có 112 thành viên với 95 ha đồng muối; 60 ha đã chuyển sang sản xuất muối sạch trải bạt.
""",
            byline="Minh Châu", author="Minh Châu", **dated(datetime(2024, 9, 4, 7, 50)))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/upload/images/{src}"


def render_body(a: Article) -> str:
    parts = [f'<p class="c_18"><strong>{inline_html(a.lead)}</strong></p>'] if a.lead else []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p class="c_19">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<h4>{inline_html(b.text)}</h4>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<div class="c_20"><img src="{img(b.src)}" alt="">'
                         + (f'<br><span class="c_21">{inline_html(b.text)}</span>' if b.text else "") + "</div>")
    return "\n".join(parts)


def layout(title: str, main: str, items: list[Article], *, path: str) -> str:
    menu = "".join(f'<a class="c_4" href="{href}">{text}</a>'
                   for href, text in [("/", "Trang chủ"), ("/blog/tin-hoat-dong/page-1.html", "Tin hoạt động"),
                                      ("/blog/mo-hinh-htx/page-1.html", "Mô hình HTX"), (GALLERY, "Thư viện ảnh"),
                                      (CONTACT, "Liên hệ")])
    top = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[:4])
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[-3:])
    poll = "".join(f'<div><input type="radio" name="bc" value="{i}"> {esc(o)}</div>' for i, o in enumerate(POLL_A, 1))
    footer = "<br>".join(esc(x) for x in FOOTER)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} | {SUFFIX}</title>
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<div class="c_1"><div class="c_2">{TODAY}</div><div class="c_3"><a href="javascript:;">A-</a> <a href="javascript:;">A+</a> <a href="javascript:;">Tăng tương phản</a> <a href="javascript:;">Giảm tương phản</a></div></div>
<div class="c_5"><a href="/"><img src="/assets/img/logo.png" alt="{NAME}"></a><div class="c_6"><marquee>{" *** ".join(esc(s) for s in SLOGANS)}</marquee></div></div>
<div class="c_4x">{menu}</div>
<div class="c_7">
<div class="c_8">
{main}
</div>
<div class="c_9">
<div class="c_30"><div class="c_31">{SIDE[0]}</div><ul>{top}</ul></div>
<div class="c_30"><div class="c_31">{SIDE[1]}</div><ul>{most}</ul></div>
<div class="c_30"><div class="c_31">{SIDE[2]}</div><div>32°C</div><div>{SIDE[3]}</div><div>{SIDE[4]}</div></div>
<div class="c_30"><div class="c_31">Thăm dò ý kiến</div><div>{esc(POLL_Q)}</div>{poll}<button type="button">Bình chọn</button></div>
<div class="c_30"><div class="c_31">{SIDE[5]}</div><div>{SIDE[6]}</div><div>{SIDE[7]}</div><div>{SIDE[8]}</div></div>
<div class="c_30"><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank"><img src="/assets/img/banner-vca.png" alt="Liên minh HTX Việt Nam"></a></div>
</div>
</div>
<div class="c_40">{footer}</div>
<script src="/assets/js/site.js"></script>
</body>
</html>
"""


def detail(a: Article, cat: str, same: list[Article]) -> str:
    files = ""
    if a.attachments:
        files = ('<div class="c_25"><b>File đính kèm:</b> ' + " ".join(
            f'<a href="{x["path"]}">{esc(x["text"])}</a>' for x in a.attachments) + "</div>\n")
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <i>({o.date:%d-%m-%Y})</i></li>' for o in same)
    return f"""<div class="c_10"><a href="/">Trang chủ</a> &raquo; <a href="/blog/{cat}/page-1.html">{CATS[cat]}</a></div>
<div class="c_11">
<div class="c_12">{a.date:%H:%M} | {a.date:%d-%m-%Y}</div>
<h1 class="c_14">{esc(a.title)}</h1>
<div class="c_15">Tác giả: {esc(a.byline or "")}</div>
<div class="c_16">
{render_body(a)}
</div>
{files}<div class="c_26">Từ khóa: <a href="{TAG}">OCOP</a></div>
<div class="c_27">Chia sẻ: <a href="javascript:;"><img src="/assets/img/fb.png" alt=""></a> <a href="javascript:window.print()">In trang</a> <a href="javascript:;">Gửi bạn bè</a> <a href="#top">Về đầu trang</a></div>
</div>
<div class="c_28"><div class="c_29">Bài cùng chuyên mục</div><ul>{rel}</ul></div>"""


def listing_page(cat: str, chunk: list[Article], n: int, pages: int) -> str:
    rows = "\n".join(
        f'<div class="c_33">' + (f'<a href="{a.path}"><img src="{img(a.first_image())}" alt=""></a>' if a.first_image() else "")
        + f'<a class="c_34" href="{a.path}">{esc(a.title)}</a><span class="c_35">{a.date:%d-%m-%Y}</span>'
        f'<p>{esc(a.summary())}</p></div>' for a in chunk)
    nav = ""
    if pages > 1:
        nums = " ".join(f'<b>{i}</b>' if i == n else f'<a href="/blog/{cat}/page-{i}.html">{i}</a>' for i in range(1, pages + 1))
        prev = f'<a href="/blog/{cat}/page-{n - 1}.html">&laquo;</a> ' if n > 1 else ""
        nxt = f' <a href="/blog/{cat}/page-{n + 1}.html">&raquo;</a>' if n < pages else ""
        nav = f'<div class="c_36">{prev}{nums}{nxt}</div>'
    return f'<div class="c_10"><a href="/">Trang chủ</a> &raquo; {CATS[cat]}</div><div class="c_32">{CATS[cat]}</div>\n{rows}\n{nav}'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "khanh-hoa", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/blog/tin-hoat-dong/page-1.html" % SITE])
    site.extra_boilerplate += BOILERPLATE
    site.byline_in_text = False
    pairs = sorted(articles(), key=lambda p: p[1].date, reverse=True)
    items = [a for _, a in pairs]
    for a in items:
        site.add_article(a)
    for cat, a in pairs:
        same = [o for c, o in pairs if c == cat and o is not a][:4]
        site.page(a.path, layout(a.title, detail(a, cat, same), items, path=a.path))
    site.trap("date ABOVE the title as '15:20 | 12-03-2024' (dashes); author at the top 'Tác giả: X' (author only, not "
              "text); class names mean nothing (.c_14 is the title); <title> ends ' | LMHTX Khánh Hòa'", items[0].path)
    site.trap("caption is a <span> after a <br> inside the photo's <div>; sub-heading <h4>", items[-1].path)

    for cat in CATS:
        arts = [a for c, a in pairs if c == cat]
        chunks = [arts[i:i + 3] for i in range(0, len(arts), 3)]
        for n, chunk in enumerate(chunks, 1):
            p = f"/blog/{cat}/page-{n}.html"
            site.page(p, layout(CATS[cat], listing_page(cat, chunk, n, len(chunks)), items, path=p))
    site.trap("listings /blog/<category>/page-N.html (page 1 too), numbered '« 1 2 »'; page 2 holds the oldest articles",
              "/blog/tin-hoat-dong/page-2.html")

    top = items[0]
    main = (f'<div class="c_50"><a href="{top.path}"><img src="{img(top.first_image() or "logo.png")}" alt=""></a>'
            f'<a class="c_34" href="{top.path}">{esc(top.title)}</a><p>{esc(top.summary())}</p></div>'
            + "".join(f'<div class="c_51"><a href="{a.path}">{esc(a.title)}</a> <span>{a.date:%d-%m-%Y}</span></div>' for a in items[1:6]))
    site.page("/", layout("Trang chủ", main, items, path="/"))

    stub = (f'<div class="c_11"><div class="c_12">17:00 | 15-06-2024</div><h1 class="c_14">Ảnh: Ngày hội HTX Nha Trang 2024</h1>'
            f'<div class="c_15">Tác giả: Minh Châu</div><div class="c_16"><div class="c_20"><img src="{img("ngay-hoi-htx-2024.png")}" alt="">'
            '<br><span class="c_21">Gian hàng HTX tại Ngày hội HTX Nha Trang 2024</span></div></div></div>')
    site.page(STUB, layout("Ảnh: Ngày hội HTX Nha Trang 2024", stub, items, path=STUB))
    site.trap("caption-only stub in the article URL shape (date, title, author line, one photo + caption): not an article", STUB)
    tagged = "".join(f'<div class="c_51"><a href="{a.path}">{esc(a.title)}</a> <span>{a.date:%d-%m-%Y}</span></div>' for a in items[:5])
    site.page(TAG, layout("Từ khóa: OCOP", f'<div class="c_32">Từ khóa: OCOP</div>{tagged}', items, path=TAG))
    pics = "".join(f'<div class="c_52"><img src="{img(a.first_image())}" alt=""><div>{esc(a.title)}</div></div>'
                   for a in items if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<div class="c_32">Thư viện ảnh</div>{pics}', items, path=GALLERY))
    contact = (f'<div class="c_32">Liên hệ</div><p>{NAME}</p><p>04 Phan Chu Trinh, TP Nha Trang</p>'
               '<form action="javascript:;"><input name="hoten"><textarea name="noidung"></textarea><input type="button" value="Gửi"></form>')
    site.page(CONTACT, layout("Liên hệ", contact, items, path=CONTACT))
    site.non_articles += ["/", STUB, TAG, GALLERY, CONTACT]
    site.trap("tag page /blog/tag/ocop.html (dated links), gallery and contact pages: not articles", TAG)

    site.binary(PDF_PATH, pdf("Kế hoạch 22/KH-LMHTX", ["LIEN MINH HTX TINH KHANH HOA", "So: 22/KH-LMHTX",
                                                      "KE HOACH Thang hanh dong vi HTX nam 2024"]))
    site.binary("/assets/img/fb.png", image_for("/assets/img/fb.png"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /quantri/\n")
    return site
