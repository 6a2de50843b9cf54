"""Site `lmhtx-hue-moi` (registry family `generic`): the relaunched portal (2025) of the Huế city alliance
(Huế became a centrally-run city on 1 January 2025 and was not merged in July 2025) on **OpenCms** with the
Mercury template, written as a held-out test: no family module, no selectors.

Why it is hard: every page is a stack of Mercury "elements" (`div.element.type-*`), so the article is one
`div.type-article.detail-page` among header, teaser lists and footer elements of the same shape. The title
is `h1.intro-headline` holding an optional `span.pretitle` kicker ("Hội nghị", "Phóng sự ảnh") above the
`span.headline`: the kicker is not part of the title. The date is a `div.article-date` "Ngày đăng:
14/03/2025 08:30" inside `div.visual-info`; a migrated article also shows "Cập nhật: 02/07/2025 10:00"
there (the migration, not the publication). The text is `div.detail-content`, a row of `div.paragraph`
blocks each with its own optional `h2` and `div.text`; photos are `div.visual` blocks whose
`div.subtitle` is the caption with a `div.copyright` line "© Liên minh HTX thành phố Huế" in it (not
text). The author is sometimes an "info person" line in the visual-info, sometimes a closing byline,
sometimes absent. Lists are Mercury list groups with a "Tải thêm" button whose real href is `?page=2`.
Downloads are under `/export/sites/default/…`, resources under `/system/modules/…`; `/system/login/`
is robots-disallowed.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, weekday

SITE = "lmhtx-hue-moi"
NAME = "Liên minh Hợp tác xã thành phố Huế"
HTML = "text/html; charset=utf-8"
NEWS = "/vi/tin-tuc/"
DOCS = "/vi/van-ban/"
TOPIC = "/vi/tin-tuc/chu-de/ocop/"
ABOUT = "/vi/gioi-thieu/"
CONTACT = "/vi/lien-he/"
GALLERY = "/vi/thu-vien-anh/"
SEARCH = "/vi/tim-kiem/?q=ocop"
LOGIN = "/system/login/"
GAL = "/export/sites/default/lmhtx/.galleries"
PDF_PATH = f"{GAL}/van-ban/2026/KH-15-LMHTX-hoi-cho-2026.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Huế - Kinh đô xưa, đô thị di sản, hợp tác xã vững bước cùng thành phố",
           "Hợp tác - Liên kết - Phát triển bền vững"]
COPY = "© Liên minh HTX thành phố Huế"
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã thành phố Huế",
          "Địa chỉ: 22 Tôn Đức Thắng, phường Thuận Hóa, thành phố Huế",
          "Điện thoại: 0234.3822.619 - Email: lmhtx@hue.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Trần Văn Thịnh - Chủ tịch Liên minh HTX thành phố",
          "Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông thành phố Huế cấp ngày 18/02/2025",
          "Ghi rõ nguồn \"Liên minh HTX thành phố Huế\" khi phát hành lại thông tin từ website này",
          "Vận hành trên nền tảng OpenCms - Mercury Template"]
SIDE = ["Tin nổi bật", "Thời tiết Huế", "Mưa rải rác, trời se lạnh", "Độ ẩm: 86%",
        "Thống kê truy cập", "Đang truy cập: 9", "Hôm nay: 412", "Tổng lượt truy cập: 1.204.587",
        "Liên kết website", "Khảo sát ý kiến"]
POLL_Q = "Bạn biết đến sản phẩm OCOP của HTX Huế qua kênh nào?"
POLL_A = ("Hội chợ, triển lãm", "Mạng xã hội", "Cửa hàng, siêu thị")
LABELS = ["Ngày đăng:", "Cập nhật:", "Tin liên quan", "Chia sẻ trang này", "Tệp đính kèm",
          "Về đầu trang", "Đăng nhập", "Tăng tương phản", "Giảm tương phản", "Tìm kiếm trên trang", "Bình chọn"]
BOILERPLATE = [TODAY, *SLOGANS, COPY, *FOOTER, *SIDE, POLL_Q, *POLL_A, *LABELS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "so-ket-6-thang-dau-nam-2025/",
          kicker="Hội nghị",
          title="Liên minh HTX thành phố Huế sơ kết 6 tháng đầu năm 2025",
          date=datetime(2025, 7, 18, 15, 10),
          lead="Sáu tháng đầu năm 2025, toàn thành phố Huế thành lập mới 27 HTX, nâng tổng số lên 318 HTX với hơn 41.000 thành viên.",
          body="""
Chiều 17/7, Liên minh HTX thành phố Huế tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ những tháng cuối năm 2025.
[img so-ket-6-thang.png] Quang cảnh hội nghị sơ kết tại trụ sở Liên minh HTX thành phố
## Kết quả nổi bật
Doanh thu bình quân của HTX ước đạt 3,2 tỷ đồng, tăng 9% so với cùng kỳ; 14 sản phẩm của HTX được công nhận OCOP từ 3 sao trở lên.
Quỹ hỗ trợ phát triển HTX đã giải ngân 6,8 tỷ đồng cho 19 HTX vay vốn đầu tư máy móc, nhà xưởng.
## Nhiệm vụ 6 tháng cuối năm
* Hướng dẫn HTX tổ chức lại theo Luật Hợp tác xã năm 2023;
* Hỗ trợ 20 HTX ứng dụng phần mềm kế toán và bán hàng trực tuyến;
* Chuẩn bị Hội chợ sản phẩm HTX và OCOP thành phố Huế năm 2025.
""",
          author="Minh Hoàng", opts={"person": "Minh Hoàng"}, **dated(datetime(2025, 7, 18, 15, 10)),
          notes=["kicker 'Hội nghị' is span.pretitle inside h1.intro-headline, above span.headline: not part of the "
                 "title; author only in the visual-info 'Tác giả: Minh Hoàng' line (not text); body in div.paragraph "
                 "blocks, each with its own h2"]),
        A(path=NEWS + "htx-thanh-tra-thuy-bieu-don-chung-nhan-ocop-4-sao/",
          title="HTX Thanh trà Thủy Biều đón chứng nhận OCOP 4 sao",
          date=datetime(2025, 9, 24, 9, 45),
          lead="Bưởi thanh trà Thủy Biều của HTX Nông nghiệp Thủy Biều là sản phẩm OCOP 4 sao đầu tiên của phường Kim Long.",
          body="""
HTX có 64 thành viên với 38 ha thanh trà, trong đó 21 ha được chứng nhận VietGAP và cấp mã số vùng trồng.
[img thanh-tra-thuy-bieu.png] Thành viên HTX thu hoạch thanh trà tại vườn ở Thủy Biều
Nhờ chứng nhận OCOP, giá bán thanh trà loại một tăng lên 35.000 đồng/kg, cao hơn khoảng 20% so với năm trước.
HTX đang hoàn thiện hồ sơ đưa sản phẩm lên sàn thương mại điện tử và các hệ thống siêu thị tại Đà Nẵng, Hà Nội.
""",
          byline="Bài, ảnh: Hồng Nhung", author="Hồng Nhung", **dated(datetime(2025, 9, 24, 9, 45)),
          notes=["closing byline 'Bài, ảnh: Hồng Nhung' in the last div.text: part of the text, the author; the "
                 "photo's div.subtitle carries a div.copyright line '© Liên minh HTX thành phố Huế' (not text)"]),
        A(path=DOCS + "ke-hoach-to-chuc-hoi-cho-san-pham-htx-nam-2026/",
          kicker="Văn bản",
          title="Kế hoạch tổ chức Hội chợ sản phẩm HTX và OCOP thành phố Huế năm 2026",
          date=datetime(2026, 3, 9, 14, 20),
          body="""
LIÊN MINH HTX THÀNH PHỐ HUẾ
Số: 15/KH-LMHTX
Huế, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm hợp tác xã và OCOP thành phố Huế năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá sản phẩm của HTX, tổ hợp tác và chủ thể OCOP; kết nối tiêu thụ với doanh nghiệp, hệ thống phân phối và khách du lịch.
## II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 24 đến ngày 28 tháng 4 năm 2026 tại Công viên 3 Tháng 2, phường Vỹ Dạ, quy mô 120 gian hàng.
## III. TỔ CHỨC THỰC HIỆN
Các HTX đăng ký gian hàng với Văn phòng Liên minh HTX thành phố trước ngày 10 tháng 4 năm 2026.
Nơi nhận: UBND thành phố; Sở Công Thương; các HTX; Lưu VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Thu Hà
""",
          author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-15-LMHTX-hoi-cho-2026.pdf"}],
          **dated(datetime(2026, 3, 9, 14, 20)),
          notes=["official plan 'Số: 15/KH-LMHTX' dated 'Huế, ngày 05 tháng 3 năm 2026' but posted 'Ngày đăng: "
                 "09/03/2026 14:20' (the page's date wins); the fair runs 24-28/4/2026 (an event date); signer last, "
                 "author null; PDF under /export/sites/default/.../*.pdf in a 'Tệp đính kèm' download box"]),
        A(path=NEWS + "phong-su-anh-mua-sen-tinh-tam/",
          kicker="Phóng sự ảnh",
          title="Mùa sen Tịnh Tâm của HTX Sen Huế",
          date=datetime(2025, 6, 14, 7, 30),
          body="""
Tháng Sáu, hơn 12 ha sen trắng của các thành viên HTX Sen Huế ở hồ Tịnh Tâm và vùng ven Kinh thành vào mùa thu hoạch.
[img sen-tinh-tam-1.png] Thành viên HTX hái sen từ lúc tinh mơ
[img sen-tinh-tam-2.png] Hạt sen được tách, lột vỏ lụa bằng tay
[img sen-tinh-tam-3.png] Trà tim sen và mứt sen - hai sản phẩm OCOP 3 sao của HTX
[img sen-tinh-tam-4.png] Du khách trải nghiệm chèo thuyền hái sen cùng thành viên HTX
""",
          author="Lê Chung", opts={"person": "Ảnh: Lê Chung"}, **dated(datetime(2025, 6, 14, 7, 30)),
          notes=["photo story: one sentence then four div.visual blocks, each caption a div.subtitle with a "
                 "div.copyright line (not text); author only 'Ảnh: Lê Chung' in the visual-info person line"]),
        A(path=NEWS + "ra-mat-htx-du-lich-cong-dong-thuy-bieu/",
          title="Ra mắt HTX Du lịch cộng đồng Thủy Biều",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại phường Kim Long, HTX Du lịch cộng đồng Thủy Biều chính thức ra mắt với 29 thành viên là các hộ làm vườn, làm nghề truyền thống.
HTX khai thác tuyến tham quan nhà vườn, trải nghiệm làm bánh tét, nón lá và thưởng thức thanh trà ngay tại vườn.
[img du-lich-thuy-bieu.png] Lãnh đạo Liên minh HTX thành phố trao quyết định thành lập cho HTX
Liên minh HTX thành phố sẽ hỗ trợ HTX đào tạo hướng dẫn viên và kết nối với các công ty lữ hành trên địa bàn.
""",
          byline="Phương Thảo", author="Phương Thảo",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"nodate": True},
          notes=["the page shows no date (the visual-info has no date line): the day only in the text ('Ngày 12/3', "
                 "no year); the list group on /vi/tin-tuc/ shows 12/03/2026 beside it: midnight"]),
        A(path=NEWS + "htx-nong-nghiep-quang-thanh-chuyen-doi-san-xuat-lua-huu-co/",
          title="HTX Nông nghiệp Quảng Thành chuyển đổi sang sản xuất lúa hữu cơ",
          date=datetime(2023, 10, 20, 15, 45),
          lead="Vụ hè thu năm 2023, HTX Nông nghiệp Quảng Thành đưa 45 ha vào sản xuất lúa hữu cơ, liên kết tiêu thụ với doanh nghiệp.",
          body="""
Toàn bộ diện tích được bón phân hữu cơ vi sinh, không sử dụng thuốc trừ cỏ; thành viên được tập huấn ghi chép nhật ký đồng ruộng.
[img lua-huu-co-quang-thanh.png] Cánh đồng lúa hữu cơ của HTX Nông nghiệp Quảng Thành
Năng suất đạt 5,6 tấn/ha, thấp hơn lúa thường nhưng giá bán cao hơn 30%, lợi nhuận mỗi ha tăng khoảng 8 triệu đồng.
Nguồn: Báo Thừa Thiên Huế
""",
          author=None, **dated(datetime(2023, 10, 20, 15, 45)), opts={"updated": datetime(2025, 7, 2, 10, 0)},
          notes=["migrated from the old portal: 'Ngày đăng: 20/10/2023 15:45' and 'Cập nhật: 02/07/2025 10:00' (the "
                 "migration) in the visual-info; last line 'Nguồn: Báo Thừa Thiên Huế' is a source: author null"]),
        A(path=NEWS + "htx-det-zeng-a-luoi-gin-giu-nghe-truyen-thong/",
          title="HTX dệt Zèng A Lưới gìn giữ nghề truyền thống",
          date=datetime(2024, 5, 8, 10, 0),
          lead="Với 35 thợ dệt người Tà Ôi, HTX Dệt Zèng A Lưới vừa giữ nghề truyền thống, vừa tạo thu nhập ổn định cho phụ nữ vùng cao.",
          body="""
Mỗi tấm zèng hoa văn cườm mất từ 10 đến 15 ngày dệt, giá bán từ 1,5 đến 3 triệu đồng tùy kích thước.
[img zeng-a-luoi.png] Thợ dệt của HTX bên khung dệt zèng
HTX phối hợp với các nhà thiết kế đưa zèng vào áo dài, túi xách, khăn choàng để bán cho khách du lịch.
Năm 2023, doanh thu của HTX đạt 2,1 tỷ đồng; thu nhập bình quân của thợ dệt khoảng 4,5 triệu đồng/tháng.
""",
          byline="Hồ Thanh", author="Hồ Thanh", **dated(datetime(2024, 5, 8, 10, 0))),
        A(path=NEWS + "tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx/",
          title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          date=datetime(2025, 11, 6, 8, 20),
          lead="Hơn 80 cán bộ quản lý HTX trên địa bàn thành phố Huế tham gia lớp tập huấn về chuyển đổi số trong sản xuất, kinh doanh.",
          body="""
Học viên được hướng dẫn sử dụng hóa đơn điện tử, phần mềm kế toán HTX, mở gian hàng trên sàn thương mại điện tử và livestream bán hàng.
[img tap-huan-chuyen-doi-so.png]
Lớp tập huấn do Liên minh HTX thành phố phối hợp với Sở Khoa học và Công nghệ tổ chức trong hai ngày 5 và 6/11.
Sau tập huấn, Liên minh sẽ hỗ trợ 15 HTX xây dựng website và mã QR truy xuất nguồn gốc sản phẩm.
""",
          author="Thanh Tâm", opts={"person": "Thanh Tâm"}, **dated(datetime(2025, 11, 6, 8, 20)),
          notes=["photo without caption: its div.subtitle holds only the div.copyright line (no text line); author "
                 "only in the visual-info person line"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"{GAL}/images/{src}"


def visual(src: str, caption: str) -> str:
    cap = f"<div>{inline_html(caption)}</div>" if caption else ""
    return (f'<div class="visual"><div class="image-src-box presized" style="padding-bottom: 66.6%;">'
            f'<img src="{img(src)}" alt="{attr(caption)}" class="img-responsive" loading="lazy"></div>'
            f'<div class="subtitle">{cap}<div class="copyright">{COPY}</div></div></div>')


def render_text(a: Article) -> str:
    """div.paragraph blocks: a new block at each heading; text runs in div.text, photos as div.visual."""
    blocks: list[list[str]] = [[]]
    run: list[str] = []

    def flush() -> None:
        if run:
            blocks[-1].append('<div class="text">' + "".join(run) + "</div>")
            run.clear()
    if a.lead:
        run.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    for b in a.blocks:
        if b.kind == "h":
            flush()
            blocks.append([f'<h2 class="piece-heading">{inline_html(b.text)}</h2>'])
        elif b.kind == "img":
            flush()
            blocks[-1].append(visual(b.src, b.text))
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        else:
            run.append(f"<p>{inline_html(b.text)}</p>")
    if a.byline:
        run.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    return "".join(f'<div class="element type-section paragraph piece full"><div class="body">{"".join(p)}</div></div>'
                   for p in blocks if p)


def detail(a: Article, related: list[Article]) -> str:
    pre = f'<span class="pretitle" tabindex="0">{esc(a.kicker)}</span>' if a.kicker else ""
    info = []
    if not a.opts.get("nodate"):
        info.append(f'<div class="info date"><div class="article-date">Ngày đăng: {a.date:%d/%m/%Y %H:%M}</div></div>')
    if up := a.opts.get("updated"):
        info.append(f'<div class="info date-updated"><div>Cập nhật: {up:%d/%m/%Y %H:%M}</div></div>')
    if p := a.opts.get("person"):
        who = p if p.startswith("Ảnh:") else f"Tác giả: {p}"
        info.append(f'<div class="info person"><div>{esc(who)}</div></div>')
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = ('<div class="element type-linksequence download-list"><h3>Tệp đính kèm</h3><ul>'
               f'<li><a href="{f["path"]}" class="dl-link"><span class="dl-title">{esc(f["text"])}</span> '
               '<span class="dl-info">PDF, 184 KB</span></a></li></ul></div>')
    rel = "".join(f'<li class="list-entry"><div class="teaser teaser-compact"><a href="{o.path}">{esc(o.title)}</a>'
                  f'<div class="teaser-date">{o.date:%d/%m/%Y}</div></div></li>' for o in related)
    return (f'<div class="element type-article detail-page layout-0"><div class="detail-visual piece full">'
            f'<div class="heading"><h1 class="intro-headline" tabindex="0">{pre}<span class="headline">{esc(a.title)}</span></h1></div>'
            f'<div class="visual-info">{"".join(info)}</div></div>'
            f'<div class="detail-content">{render_text(a)}</div>{att}'
            '<div class="element type-linksequence share"><span>Chia sẻ trang này</span> '
            '<a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a></div></div>'
            f'<div class="element type-list-group related"><h3 class="list-title">Tin liên quan</h3><ul class="list-entries">{rel}</ul></div>')


def teaser(a: Article) -> str:
    pic = a.first_image()
    return (f'<li class="list-entry"><div class="teaser teaser-elaborate type-article">'
            + (f'<div class="teaser-visual"><a href="{a.path}"><img src="{img(pic)}" alt=""></a></div>' if pic else "")
            + f'<div class="teaser-body"><div class="teaser-date">{a.date:%d/%m/%Y}</div>'
            f'<h3 class="teaser-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<div class="teaser-text">{esc(a.summary())}</div></div></div></li>')


def layout(title: str, main: str, hot: list[Article]) -> str:
    menu = "".join(f'<li class="nav-item"><a href="{h}">{t}</a></li>' for h, t in
                   [("/vi/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (TOPIC, "Sản phẩm OCOP"),
                    (DOCS, "Văn bản"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    hot_lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hot)
    poll = "".join(f'<li><label><input type="radio" name="poll" value="{i}"> {esc(o)}</label></li>'
                   for i, o in enumerate(POLL_A, 1))
    links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank" rel="noopener">{t}</a></li>' for h, t in
                    [("/lmhtx-vn/", "Liên minh HTX Việt Nam"), ("/chinh-phu/", "Cổng TTĐT Chính phủ")])
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi" class="noscript">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | Liên minh HTX thành phố Huế</title>
<meta name="generator" content="OpenCms - Open Source Content Management System">
<link rel="stylesheet" href="/system/modules/alkacon.mercury.theme/css/theme-standard.min.css">
<link rel="stylesheet" href="/export/sites/default/lmhtx/.content/.css/custom.css">
</head>
<body>
<div id="mercury-page">
<header class="area-header fh header-notfixed"><div class="container">
<div class="element type-linksequence header-links"><span class="today">{TODAY}</span>
<a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a>
<a href="{SEARCH}">Tìm kiếm trên trang</a> <a href="{LOGIN}">Đăng nhập</a></div>
<div class="head-visual"><a href="/vi/"><img src="/export/sites/default/lmhtx/.galleries/logo/logo-lmhtx-hue.png" alt="{NAME}"></a>
<div class="site-name">{NAME.upper()}</div></div>
<div class="element type-slider slogan"><div class="slide">{esc(SLOGANS[0])}</div><div class="slide">{esc(SLOGANS[1])}</div></div>
<nav class="nav-main-container"><ul class="nav-main-items">{menu}</ul></nav>
</div></header>
<main class="area-content area-two-cols"><div class="container"><div class="row">
<div class="col-lg-8 area-wide">
{main}
</div>
<aside class="col-lg-4 area-side">
<div class="element type-list-group"><h3 class="list-title">{SIDE[0]}</h3><ul class="list-entries">{hot_lis}</ul></div>
<div class="element type-webform weather"><h3>{SIDE[1]}</h3><p>27°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></div>
<div class="element type-poll"><h3>{SIDE[9]}</h3><p>{esc(POLL_Q)}</p><ul>{poll}</ul><button type="button" class="btn">Bình chọn</button></div>
<div class="element type-linksequence weblinks"><h3>{SIDE[8]}</h3><ul>{links}</ul></div>
<div class="element counter"><h3>{SIDE[4]}</h3><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>
</aside>
</div></div></main>
<footer class="area-foot"><div class="container">{footer}<p><a href="#mercury-page" class="topcontrol">Về đầu trang</a></p></div></footer>
</div>
<script src="/system/modules/alkacon.mercury.theme/js/mercury.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thua-thien-hue", NAME, "generic", None, start_urls=["{{base:%s}}/vi/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    hot = arts[:4]
    docs = [a for a in arts if a.path.startswith(DOCS)]
    news = [a for a in arts if a not in docs]
    for a in arts:
        related = [o for o in arts if o is not a and o.date < a.date][:3] or [o for o in arts if o is not a][:3]
        site.page(a.path, layout(a.title, detail(a, related), hot), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 15/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX VA OCOP 2026",
                                                           "Lien minh HTX thanh pho Hue"]))
    site.trap("article addresses /vi/tin-tuc/<slug>/ (OpenCms folder URLs, no id); list pages share the prefix",
              arts[0].path)

    def listing(path: str, name: str, items: list[Article]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            more = ""
            if n < len(pages):
                more = (f'<div class="list-append-position"><a href="{path}?page={n + 1}" class="btn btn-append" '
                        f'data-dynamic-list-append="true" onclick="return DynamicList.appendMore(this)">Tải thêm</a></div>')
            main = (f'<div class="element type-list-group list-dynamic" data-list="{attr(name)}">'
                    f'<h1 class="list-title">{esc(name)}</h1><ul class="list-entries">'
                    + "".join(teaser(a) for a in chunk) + f"</ul>{more}</div>")
            url = path if n == 1 else f"{path}?page={n}"
            site.page(url, layout(name, main, hot), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", news)
    listing(DOCS, "Văn bản", docs)
    ocop = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    listing(TOPIC, "Chủ đề: Sản phẩm OCOP", ocop)
    site.trap("Mercury list group: a 'Tải thêm' button (a.btn-append, JS) whose real href is ?page=2; the older "
              "articles only there", NEWS + "?page=2")

    top = arts[0]
    home = (f'<div class="element type-slider hero"><a href="{top.path}"><img src="{img(top.first_image())}" alt="">'
            f'<div class="caption"><h2>{esc(top.title)}</h2></div></a></div>'
            '<div class="element type-list-group"><h2 class="list-title">Tin mới</h2><ul class="list-entries">'
            + "".join(teaser(a) for a in arts[1:6]) + f'</ul><a href="{NEWS}" class="btn">Xem tất cả</a></div>')
    site.page("/vi/", layout("Trang chủ", home, hot), content_type=HTML)
    site.redirect("/", "/vi/", 302)

    about = ("<p>Liên minh Hợp tác xã thành phố Huế là tổ chức chính trị - xã hội đại diện cho các hợp tác xã, liên "
             "hiệp hợp tác xã và tổ hợp tác trên địa bàn thành phố, được đổi tên từ Liên minh Hợp tác xã tỉnh Thừa "
             "Thiên Huế khi Huế trở thành thành phố trực thuộc Trung ương từ ngày 01 tháng 01 năm 2025.</p>"
             "<p>Liên minh tuyên truyền chủ trương, chính sách về kinh tế tập thể, tư vấn thành lập và hỗ trợ hợp tác "
             "xã về đào tạo, xúc tiến thương mại, tiếp cận vốn, khoa học công nghệ và chuyển đổi số.</p>"
             "<h2>Cơ cấu tổ chức</h2><ul><li>Văn phòng</li><li>Ban Chính sách - Hỗ trợ phát triển</li>"
             "<li>Ban Tuyên truyền - Kiểm tra</li><li>Quỹ hỗ trợ phát triển hợp tác xã</li></ul>")
    site.page(ABOUT, layout("Giới thiệu", '<div class="element type-article detail-page"><div class="detail-visual">'
                            '<h1 class="intro-headline"><span class="headline">Giới thiệu Liên minh HTX thành phố Huế</span>'
                            f'</h1></div><div class="detail-content"><div class="paragraph"><div class="text">{about}'
                            '</div></div></div></div>', hot), content_type=HTML)
    site.trap("introduction /vi/gioi-thieu/ in the article template (type-article detail-page, h1.intro-headline, "
              "paragraphs and a list) without a date: not an article", ABOUT)
    site.page(CONTACT, layout("Liên hệ", f'<div class="element type-webform"><h1>Liên hệ</h1><p>{NAME}</p>'
                              '<form action="/vi/lien-he/" method="post"><input name="ho-ten"><input name="email">'
                              '<textarea name="noi-dung"></textarea><button type="button">Gửi</button></form></div>', hot),
              content_type=HTML)
    gal = "".join(f'<div class="imagegallery-item"><img src="{img(a.first_image())}" alt=""><p>{esc(a.title)}</p></div>'
                  for a in arts if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<div class="element type-imagegallery"><h1>Thư viện ảnh</h1>{gal}</div>',
                              hot), content_type=HTML)
    site.page(SEARCH, layout("Tìm kiếm", '<div class="element type-search-result"><h1>Kết quả tìm kiếm: ocop</h1>'
                             '<ul class="list-entries">' + "".join(teaser(a) for a in ocop) + "</ul></div>", hot),
              content_type=HTML)
    site.non_articles += ["/vi/", ABOUT, CONTACT, GALLERY, SEARCH]
    site.trap("contact (a webform), image gallery, search results /vi/tim-kiem/?q=ocop and the topic list "
              "/vi/tin-tuc/chu-de/ocop/ (under the article prefix): not articles", TOPIC)
    site.static("/robots.txt", "User-agent: *\nDisallow: /system/login/\nDisallow: /system/workplace/\n")
    site.page(LOGIN, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>OpenCms Login</title></head><body>'
                     '<form method="post" action="/system/login/"><input name="ocUname"><input name="ocPword" '
                     'type="password"><button type="submit">Đăng nhập</button></form></body></html>', content_type=HTML)
    site.never_fetched.append(LOGIN)
    return site
