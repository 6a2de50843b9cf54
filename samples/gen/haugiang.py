"""Site `lmhtx-haugiang` (family `sharepoint`: SharePoint-style government portal).

Hooks: listing `/tin-tuc/Pages/default.aspx` (`?Page=2`), articles `/tin-tuc/Pages/chi-tiet.aspx?ItemID=<n>`;
`div.news-detail h1.title-news`, `span.date-news` ("15/02/2017 04:54:18"), lead in `div.summary-news`
BEFORE `div.content-news`, author `div.author-news` after the body (not part of the text).
Listings and sidebars show no dates.
"""

from __future__ import annotations

from datetime import datetime

from .core import (
    TODAY_2026,
    Article,
    Furniture,
    SiteBuild,
    access_bar,
    attr,
    counter,
    dmy,
    esc,
    inline_html,
    iso,
    links_box,
    listing_pages,
    news_list,
    poll,
    rating,
    share,
    weather,
    weekday,
)

F = Furniture(
    org="Liên minh Hợp tác xã tỉnh Hậu Giang",
    short="Liên minh HTX tỉnh Hậu Giang",
    today=f"{weekday(TODAY_2026)}, {dmy(TODAY_2026)}",
    slogans=["Nhiệt liệt chào mừng Đại hội Thi đua yêu nước tỉnh Hậu Giang lần thứ VI!",
             "Hậu Giang - Đoàn kết, đổi mới, sáng tạo, phát triển!"],
    responsible="Chịu trách nhiệm nội dung: Ông Trần Văn Huyến - Chủ tịch Liên minh HTX tỉnh Hậu Giang",
    licence="Giấy phép số 12/GP-TTĐT ngày 08/01/2016 của Sở Thông tin và Truyền thông tỉnh Hậu Giang",
    source_note="Ghi rõ nguồn Liên minh HTX tỉnh Hậu Giang khi phát hành lại thông tin từ website này",
    copyright="Copyright © 2024 Liên minh Hợp tác xã tỉnh Hậu Giang - Technology Supported by Microsoft SharePoint",
    address="Địa chỉ: Số 09, đường Võ Văn Kiệt, phường V, TP Vị Thanh, tỉnh Hậu Giang",
    phone="Điện thoại: 0293.3878.799",
    counter=(38, 105, 87654),
    weather=("32°C", "Độ ẩm: 68%"),
)

LISTING = "/tin-tuc/Pages/default.aspx"
HOME = "/Pages/default.aspx"
SEARCH = "/Pages/tim-kiem.aspx?k=htx"
DOCS = "/van-ban/Pages/default.aspx"
VIEWS = {289: 2322, 201: 845, 215: 37, 233: 412, 248: 96, 260: 318, 275: 129}


def item(n: int) -> str:
    return f"/tin-tuc/Pages/chi-tiet.aspx?ItemID={n}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=item(289), title="Ra mắt Hợp tác xã khóm Cầu Đúc",
          date=datetime(2017, 2, 15, 4, 54, 18),
          lead="Sáng 14/02/2017, tại xã Hỏa Tiến, thành phố Vị Thanh, Hợp tác xã khóm Cầu Đúc chính thức ra mắt với 32 thành viên.",
          body="""
HTX được thành lập trên cơ sở tổ hợp tác trồng khóm của địa phương, với tổng diện tích 120 ha. HTX hoạt động theo mô hình dịch vụ tổng hợp: cung ứng vật tư, giống khóm sạch bệnh, hướng dẫn kỹ thuật và tiêu thụ sản phẩm cho thành viên.
[img ra-mat-htx-khom-cau-duc.png] Ban quản trị HTX khóm Cầu Đúc ra mắt
Phát biểu tại buổi lễ, đại diện Liên minh HTX tỉnh đề nghị HTX xây dựng phương án sản xuất kinh doanh hiệu quả, hướng tới xây dựng chỉ dẫn địa lý cho sản phẩm khóm Cầu Đúc.
""",
          byline="Ngọc Hân", author="Ngọc Hân", **dated(datetime(2017, 2, 15, 4, 54, 18)),
          notes=["date with seconds: '15/02/2017 04:54:18'"]),
        A(path=item(201), title="Hậu Giang: Tập huấn nâng cao năng lực cho cán bộ quản lý HTX",
          date=datetime(2021, 11, 18, 9, 12, 40),
          lead="Từ ngày 16 - 18/11/2021, Liên minh HTX tỉnh Hậu Giang tổ chức lớp tập huấn nâng cao năng lực quản lý cho 60 cán bộ chủ chốt của các HTX.",
          body="""
Nội dung tập huấn gồm: Luật Hợp tác xã năm 2012, kỹ năng lập kế hoạch sản xuất kinh doanh, quản lý tài chính và kế toán HTX, kỹ năng đàm phán, ký kết hợp đồng liên kết tiêu thụ nông sản.
[img tap-huan-can-bo-htx-2021.png] Học viên trao đổi tại lớp tập huấn
Lớp học được tổ chức bảo đảm các biện pháp phòng, chống dịch Covid-19 theo quy định. Kinh phí từ Chương trình hỗ trợ phát triển KTTT, HTX theo Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ.
""",
          byline="Minh Khoa", author="Minh Khoa", **dated(datetime(2021, 11, 18, 9, 12, 40))),
        A(path=item(215), title="HTX cá thát lát Long Mỹ mở rộng quy mô nuôi",
          date=datetime(2022, 2, 24),
          lead="Sau 3 năm hoạt động, HTX thủy sản cá thát lát Long Mỹ đã mở rộng diện tích nuôi lên 25 ha, tiêu thụ ổn định hơn 300 tấn cá mỗi năm.",
          body="""
Cá thát lát cườm là đặc sản của Hậu Giang, được chế biến thành chả cá, cá viên đạt chứng nhận OCOP 4 sao. HTX liên kết với 2 cơ sở chế biến trong tỉnh để bao tiêu toàn bộ sản phẩm của thành viên.
[img ca-that-lat-long-my.png] Thành viên HTX thu hoạch cá thát lát
## Kế hoạch năm 2022
* Mở rộng diện tích nuôi thêm 10 ha;
* Xây dựng cơ sở sơ chế đạt chuẩn;
* Tham gia chuỗi cung ứng cho hệ thống siêu thị.
Để thực hiện kế hoạch, HTX đề nghị được hỗ trợ vốn vay ưu đãi theo Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ về thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển HTX.
""",
          byline="Ngọc Hân", author="Ngọc Hân",
          published=iso(datetime(2022, 2, 24), False), published_source="date-element", evidence=["date-element"],
          opts={"date_text": "Ngày 24-02-2022 - Lượt xem: 37"},
          notes=["date element 'Ngày 24-02-2022 - Lượt xem: 37': dashes, no time, glued to a view counter"]),
        A(path=item(233), title="Liên minh HTX tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh",
          date=datetime(2022, 6, 9, 14, 5, 11),
          lead="Chiều 08/6/2022, Liên minh HTX tỉnh Hậu Giang và Hội Nông dân tỉnh ký kết chương trình phối hợp hỗ trợ nông dân phát triển kinh tế tập thể giai đoạn 2022 - 2025.",
          body="""
Theo chương trình, hai bên phối hợp tuyên truyền, vận động nông dân tham gia tổ hợp tác, HTX; hỗ trợ thành lập mới ít nhất 30 HTX nông nghiệp và 100 tổ hợp tác trong giai đoạn 2022 - 2025.
[img ky-ket-hoi-nong-dan.png] Lãnh đạo hai đơn vị ký kết chương trình phối hợp
Hai bên cũng thống nhất phối hợp tổ chức các lớp tập huấn kỹ thuật, xúc tiến thương mại và hỗ trợ nông dân tiếp cận nguồn vốn vay từ Quỹ hỗ trợ nông dân và Quỹ hỗ trợ phát triển HTX tỉnh.
""",
          byline="Minh Khoa", author="Minh Khoa", **dated(datetime(2022, 6, 9, 14, 5, 11))),
        A(path=item(248), title="HTX bưởi Năm Roi Phú Hữu xuất khẩu sang thị trường châu Âu",
          date=datetime(2023, 4, 18, 10, 0),
          lead="HTX bưởi Năm Roi Phú Hữu (huyện Châu Thành) vừa xuất khẩu lô hàng 12 tấn bưởi sang thị trường Hà Lan.",
          body="""
Để đáp ứng yêu cầu của thị trường châu Âu, HTX đã áp dụng quy trình sản xuất GlobalGAP trên 35 ha, thực hiện nghiêm ngặt việc ghi chép nhật ký sản xuất và kiểm soát dư lượng thuốc bảo vệ thực vật.
[img buoi-nam-roi-phu-huu.png] Đóng gói bưởi Năm Roi xuất khẩu tại HTX Phú Hữu
Giá bán bưởi xuất khẩu cao hơn 30% so với tiêu thụ nội địa. Ban quản trị HTX cho biết sẽ vận động thêm thành viên tham gia sản xuất theo chuẩn GlobalGAP, thực hiện Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ.
""",
          byline="Ngọc Hân", author="Ngọc Hân",
          published=None, published_source=None, evidence=[],
          opts={"date_text": "Ngày 18/04"},
          notes=["year-less date element 'Ngày 18/04', URL without a date, listing without dates: published must be null"]),
        A(path=item(260), title="Hậu Giang có thêm 10 sản phẩm OCOP của HTX",
          date=datetime(2023, 8, 15, 10, 30),
          lead="UBND tỉnh Hậu Giang vừa công nhận 10 sản phẩm của các HTX đạt tiêu chuẩn OCOP năm 2023, nâng tổng số sản phẩm OCOP của khu vực kinh tế tập thể lên 58 sản phẩm.",
          body="""
Các sản phẩm mới gồm: khóm Cầu Đúc, chanh không hạt, mật ong rừng tràm, gạo hữu cơ, bánh pía khóm và các sản phẩm từ cá thát lát.
## Phân hạng sản phẩm
* 3 sản phẩm đạt 4 sao;
* 7 sản phẩm đạt 3 sao.
[img ocop-hau-giang-2023.png] Sản phẩm khóm Cầu Đúc đạt OCOP 4 sao
Liên minh HTX tỉnh sẽ hỗ trợ các HTX quảng bá sản phẩm OCOP tại các hội chợ trong và ngoài tỉnh, theo Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ.
""",
          byline="Minh Khoa", author="Minh Khoa", **dated(datetime(2023, 8, 15, 10, 30))),
        A(path=item(275), title="Tổng kết hoạt động Liên minh HTX tỉnh năm 2023",
          date=datetime(2024, 1, 5, 8, 15, 27),
          lead="Ngày 04/01/2024, Liên minh HTX tỉnh Hậu Giang tổ chức Hội nghị tổng kết hoạt động năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, toàn tỉnh thành lập mới 22 HTX, nâng tổng số lên 315 HTX với hơn 15.000 thành viên. Doanh thu bình quân của HTX đạt 3,1 tỷ đồng/năm, tăng 12% so với năm 2022.
[img tong-ket-2023-hau-giang.png] Quang cảnh Hội nghị tổng kết năm 2023
Năm 2024, Liên minh HTX tỉnh tập trung tuyên truyền Luật Hợp tác xã năm 2023, hỗ trợ HTX chuyển đổi số và phấn đấu thành lập mới 25 HTX, thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022.
""",
          byline="Ngọc Hân", author="Ngọc Hân", **dated(datetime(2024, 1, 5, 8, 15, 27))),
    ]


def layout(title: str, main: str, side: str, *, path: str, description: str = "") -> str:
    action = "." + path[path.rfind("/"):] if "/" in path else path
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="GENERATOR" content="Microsoft SharePoint">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<title>{esc(title)} - Liên minh HTX tỉnh Hậu Giang</title>
<meta name="description" content="{attr(description or title)}">
<meta property="og:title" content="{attr(title)}">
<link rel="canonical" href="{{{{base}}}}{path.replace('&', '&amp;')}">
<link rel="stylesheet" type="text/css" href="/Style%20Library/lmhtx/css/main.css">
</head>
<body>
<form method="post" action="{action.replace('&', '&amp;')}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDD2QWAg8PFgIeB1Zpc2libGVoZGRkNyHc3mEQ5B8mZ"></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-top"><span class="today">{F.today}</span>{access_bar()}</div>
<div class="header-banner"><a href="{HOME}"><img src="/PublishingImages/banner-lmhtx.png" alt="Liên minh HTX tỉnh Hậu Giang"></a>
<div class="slogan">{"<br>".join(esc(s) for s in F.slogans)}</div></div>
<div class="menu-top"><ul><li><a href="{HOME}">Trang chủ</a></li><li><a href="{LISTING}">Tin tức</a></li>
<li><a href="{DOCS}">Văn bản</a></li><li><a href="{SEARCH.replace('&', '&amp;')}">Tìm kiếm</a></li></ul></div>
<div class="main-content"><div class="left-col">
{main}
</div><div class="right-col">
{side}
</div></div>
<div class="footer">
<p>{F.responsible}</p><p>{F.licence}</p><p>{esc(F.source_note)}</p>
<p>{F.address} - {F.phone}</p><p>{F.copyright}</p>
</div>
</div></div>
</form>
<script src="/_layouts/15/init.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild("lmhtx-haugiang", "hau-giang", "Liên minh Hợp tác xã tỉnh Hậu Giang", "sharepoint", F,
                     start_urls=["{{base:lmhtx-haugiang}}/", "{{base:lmhtx-haugiang}}" + LISTING])
    site.byline_in_text = False
    site.extra_boilerplate += ["Lượt xem:"]
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)

    def side() -> str:
        return "\n".join([
            news_list("Tin mới", [(a.path, a.title, None) for a in items[:5]], "news-new"),
            news_list("Tin tiêu điểm", [(a.path, a.title, None) for a in items[3:6]], "news-hot"),
            poll(), weather(F), counter(F), links_box(),
        ])

    for a in items:
        n = int(a.path.rsplit("=", 1)[1])
        date_text = a.opts.get("date_text") or a.date.strftime("%d/%m/%Y %H:%M:%S")
        view = "" if "Lượt xem" in date_text else f' <span class="view-news">Lượt xem: {VIEWS[n]}</span>'
        body = "\n".join(
            f"<p>{inline_html(b.text)}</p>" if b.kind == "p" else
            f"<h3>{inline_html(b.text)}</h3>" if b.kind == "h" else
            "<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>" if b.kind == "ul" else
            f'<p style="text-align:center"><img src="/PublishingImages/tin-tuc/{b.src}" alt="{attr(b.text)}"><br><i>{inline_html(b.text)}</i></p>'
            for b in a.blocks)
        related = [(o.path, o.title, None) for o in items if o is not a][:3]
        main = f"""<div class="breadcrumb"><a href="{HOME}">Trang chủ</a> &gt; <a href="{LISTING}">Tin tức</a></div>
<div class="news-detail">
<h1 class="title-news">{esc(a.title)}</h1>
<div class="info-news"><span class="date-news">{date_text}</span>{view}</div>
<div class="summary-news"><strong>{inline_html(a.lead)}</strong></div>
<div class="content-news">
{body}
</div>
<div class="author-news">{esc(a.byline)}</div>
{share(F)}
{rating()}
</div>
{news_list("Tin liên quan", related, "other-news")}"""
        site.page(a.path, layout(a.title, main, side(), path=a.path, description=a.summary()))

    pages = listing_pages(items, 4)
    page_path = lambda k: LISTING if k == 1 else f"{LISTING}?Page={k}"  # noqa: E731
    for k, chunk in enumerate(pages, 1):
        rows = "\n".join(f"""<div class="item-news"><img src="/PublishingImages/tin-tuc/{a.first_image()}" alt="">
<a class="title-item" href="{a.path}">{esc(a.title)}</a><p class="summary">{esc(a.summary())}</p>
<span class="view">Lượt xem: {VIEWS[int(a.path.rsplit('=', 1)[1])]}</span></div>""" for a in chunk)
        nav = " ".join(f"<span>{j}</span>" if j == k else f'<a href="{page_path(j)}">{j}</a>'
                       for j in range(1, len(pages) + 1))
        main = f'<h1 class="title-cat">Tin tức - Sự kiện</h1>\n<div class="list-news">\n{rows}\n</div>\n<div class="paging">{nav}</div>'
        site.page(page_path(k), layout("Tin tức - Sự kiện", main, side(), path=page_path(k)))
    site.trap("pagination ?Page=2 (query route); listings and sidebars carry no dates", page_path(2))

    rows = "\n".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[:5])
    main = f'<div class="home-news"><h2><a href="{LISTING}">Tin tức - Sự kiện</a></h2><ul>{rows}</ul></div>'
    site.page(HOME, layout("Trang chủ", main, side(), path=HOME))
    site.redirect("/", HOME, 302)
    site.trap("the site root answers 302 to /Pages/default.aspx", "/")

    results = "\n".join(f'<div class="search-result"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.summary())}</p></div>'
                        for a in items[:4])
    main = f'<h1 class="title-cat">Kết quả tìm kiếm</h1><p>Từ khóa: htx - Tìm thấy 4 kết quả</p>\n{results}'
    site.page(SEARCH, layout("Tìm kiếm", main, side(), path=SEARCH))
    site.non_articles.append(SEARCH)
    site.trap("search results page (query route): not an article", SEARCH)

    site.error(DOCS, 500)
    site.trap("menu link 'Văn bản' answers 500", DOCS)
    site.static("/robots.txt", "User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\n")
    return site
