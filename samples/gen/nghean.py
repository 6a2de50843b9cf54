"""Site `lmhtx-nghean` (family `nukeviet`, NukeViet 4 with rewrite on).

Hooks: `/vi/news/<cat>/<slug>-<id>.html`, duplicate `/index.php?language=vi&nv=news&op=<cat>/<slug>-<id>.html`
(rel=canonical to the pretty URL); `div.news_column h1.title`, `span.h5` date "Thứ hai - 14/11/2022 08:00",
lead in `div.hometext` BEFORE `div#news-bodyhtml.bodytext`; author `p.text-right strong` "Tác giả: …"
after the body (not part of the text); `meta[property=article:published_time]` + JSON-LD on every article.
"""

from __future__ import annotations

import json
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
    org="Liên minh Hợp tác xã tỉnh Nghệ An",
    short="Liên minh HTX tỉnh Nghệ An",
    today=f"{weekday(TODAY_2026)}, {dmy(TODAY_2026)}",
    slogans=["Nhiệt liệt chào mừng kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)!",
             "Liên minh HTX tỉnh Nghệ An - Đồng hành cùng hợp tác xã!"],
    responsible="Chịu trách nhiệm nội dung: Ông Nguyễn Đình Long - Chủ tịch Liên minh HTX tỉnh Nghệ An",
    licence="Giấy phép số 12/GP-TTĐT ngày 20/7/2018 của Sở Thông tin và Truyền thông tỉnh Nghệ An",
    source_note="Ghi rõ nguồn lienminhhoptacxanghean.org.vn khi phát hành lại thông tin từ website này",
    copyright="Copyright © 2024 Liên minh HTX tỉnh Nghệ An. Technology Supported by VINADES.,JSC - NukeViet CMS",
    address="Địa chỉ: Số 19, đường Trường Thi, TP Vinh, tỉnh Nghệ An",
    phone="Điện thoại: 0238.3844.796",
    counter=(61, 140, 204815),
    weather=("24°C", "Độ ẩm: 80%"),
)

CAT = "tin-hoat-dong"
CAT_PATH = f"/vi/news/{CAT}/"
TAG = "/vi/news/tag/ocop/"
RSS = "/vi/news/rss/"
USERS = "/vi/users/"
ALIAS_ID = 1602


def p(slug: str, id_: int) -> str:
    return f"/vi/news/{CAT}/{slug}-{id_}.html"


def shown(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=p("lien-minh-htx-tinh-nghe-an-so-ket-6-thang-dau-nam-2022", 1489),
          title="Liên minh HTX tỉnh Nghệ An sơ kết 6 tháng đầu năm 2022",
          date=datetime(2022, 8, 17, 10, 0),
          lead="Ngày 16/8, Liên minh HTX tỉnh Nghệ An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.",
          body="""
Sáu tháng đầu năm 2022, toàn tỉnh thành lập mới 42 HTX, nâng tổng số HTX đang hoạt động lên 1.020 HTX. Các HTX nông nghiệp đã chủ động cung ứng vật tư, giống cây trồng, dịch vụ thủy lợi, bảo đảm sản xuất vụ Xuân thắng lợi.
[img so-ket-6-thang-2022-nghe-an.png] Quang cảnh hội nghị sơ kết
Liên minh HTX tỉnh đã tổ chức 15 lớp bồi dưỡng cho 1.200 lượt cán bộ quản lý HTX; hỗ trợ xây dựng 8 mô hình HTX kiểu mới theo Quyết định số 167/QĐ-TTg ngày 02/02/2021 của Thủ tướng Chính phủ.
## Nhiệm vụ 6 tháng cuối năm
* Tập trung tuyên truyền Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương;
* Tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012;
* Hỗ trợ HTX tham gia Hội chợ sản phẩm OCOP khu vực Bắc Trung Bộ.
""",
          byline="Lê Huy", author="Lê Huy", **shown(datetime(2022, 8, 17, 10, 0))),
        A(path=p("nghe-an-hoi-nghi-trien-khai-nghi-quyet-20-nq-tw-ve-kinh-te-tap-the", 1523),
          title="Nghệ An: Hội nghị triển khai Nghị quyết 20-NQ/TW về kinh tế tập thể",
          date=datetime(2022, 11, 14, 8, 0),
          lead="Sáng 14/11, Tỉnh ủy Nghệ An tổ chức Hội nghị học tập, quán triệt và triển khai Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII.",
          body="""
Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 21 điểm cầu huyện, thành, thị với gần 3.000 đại biểu tham dự. Báo cáo viên đã truyền đạt những nội dung cơ bản, cốt lõi của Nghị quyết.
[img trien-khai-nq-20-nghe-an.png] Các đại biểu dự Hội nghị tại điểm cầu tỉnh
Nghị quyết đặt mục tiêu đến năm 2030, cả nước có khoảng 140.000 tổ hợp tác, 45.000 HTX với 8 triệu thành viên; ít nhất 60% HTX hoạt động hiệu quả. Đối với Nghệ An, mục tiêu đến năm 2030 có 1.500 HTX, trong đó 70% HTX xếp loại tốt, khá.
Đồng chí Phó Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền xây dựng chương trình hành động cụ thể, hoàn thành trước ngày 31/12/2022.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **shown(datetime(2022, 11, 14, 8, 0))),
        A(path=p("htx-che-hanh-lam-xay-dung-thuong-hieu-san-pham-ocop", 1560),
          title="HTX chè Hạnh Lâm xây dựng thương hiệu sản phẩm OCOP",
          date=datetime(2023, 3, 9, 14, 15),
          lead="Từ một HTX dịch vụ nông nghiệp nhỏ, HTX chè Hạnh Lâm (huyện Thanh Chương) đã xây dựng thành công thương hiệu chè xanh đạt OCOP 4 sao.",
          body="""
HTX hiện có 125 thành viên với 180 ha chè, trong đó 60 ha sản xuất theo tiêu chuẩn VietGAP. Sản phẩm chè búp khô, chè xanh túi lọc của HTX đã có mặt tại nhiều siêu thị ở Vinh và Hà Nội.
[img che-hanh-lam-ocop.png] Thành viên HTX chè Hạnh Lâm thu hái chè búp
Năm 2022, doanh thu của HTX đạt 8,5 tỷ đồng, thu nhập của thành viên tăng 20% so với năm trước. HTX đang đầu tư dây chuyền chế biến chè ô long để nâng giá trị sản phẩm, thực hiện Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ.
""",
          byline="Lê Huy", author="Lê Huy", **shown(datetime(2023, 3, 9, 14, 15))),
        A(path=p("lien-minh-htx-tinh-to-chuc-hoi-cho-san-pham-htx-nam-2023", ALIAS_ID),
          title="Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX năm 2023",
          date=datetime(2023, 7, 25, 16, 40),
          lead="Từ ngày 21 đến 25/7/2023, tại Quảng trường Hồ Chí Minh (TP Vinh), Liên minh HTX tỉnh Nghệ An tổ chức Hội chợ sản phẩm HTX, sản phẩm OCOP năm 2023.",
          body="""
Hội chợ có 150 gian hàng của các HTX, doanh nghiệp đến từ Nghệ An và các tỉnh Bắc Trung Bộ, trưng bày các sản phẩm nông sản, thủ công mỹ nghệ, đặc sản vùng miền.
[img hoi-cho-htx-nghe-an-2023.png] Khách tham quan mua sắm tại Hội chợ
Trong 5 ngày diễn ra, Hội chợ đón hơn 30.000 lượt khách tham quan, mua sắm; doanh thu ước đạt 6 tỷ đồng. Nhiều HTX đã ký kết hợp đồng tiêu thụ sản phẩm với các doanh nghiệp phân phối.
## Các hoạt động bên lề
* Hội thảo kết nối cung cầu sản phẩm HTX;
* Phiên livestream bán hàng OCOP;
* Trình diễn chế biến đặc sản xứ Nghệ.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **shown(datetime(2023, 7, 25, 16, 40))),
        A(path=p("htx-nong-nghiep-cam-vinh-ung-dung-cong-nghe-tuoi-nho-giot", 1621),
          title="HTX nông nghiệp cam Vinh ứng dụng công nghệ tưới nhỏ giọt",
          date=datetime(2023, 11, 7, 9, 0), opts={"show_date": False},
          lead="HTX Nông nghiệp cam Vinh Quỳ Hợp đã đầu tư hệ thống tưới nhỏ giọt tự động cho 45 ha cam, giúp tiết kiệm 40% lượng nước và giảm chi phí nhân công.",
          body="""
Hệ thống tưới được điều khiển qua điện thoại thông minh, tự động cung cấp nước và phân bón theo nhu cầu của cây. Nhờ đó, chất lượng quả cam đồng đều hơn, tỷ lệ quả loại 1 tăng từ 55% lên 75%.
[img tuoi-nho-giot-cam-vinh.png] Hệ thống tưới nhỏ giọt tại vườn cam của HTX
Tổng kinh phí đầu tư gần 3 tỷ đồng, trong đó HTX được hỗ trợ 50% từ Chương trình hỗ trợ phát triển KTTT, HTX theo Quyết định số 1804/QĐ-TTg ngày 13/11/2020. Sản phẩm cam của HTX đã đạt OCOP 4 sao và được cấp mã số vùng trồng.
""",
          byline="Lê Huy", author="Lê Huy",
          published=iso(datetime(2023, 11, 7, 9, 0)), published_source="metadata",
          evidence=["metadata", "listing"],
          notes=["no visible date on the page: only <meta property=article:published_time> and JSON-LD datePublished"]),
        A(path=p("tap-huan-luat-hop-tac-xa-nam-2023-cho-can-bo-htx", 1655),
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ HTX",
          date=datetime(2024, 2, 27, 10, 30),
          lead="Ngày 26 - 27/02/2024, Liên minh HTX tỉnh Nghệ An tổ chức 2 lớp tập huấn giới thiệu Luật Hợp tác xã năm 2023 cho 200 cán bộ quản lý HTX.",
          body="""
Tại lớp tập huấn, học viên được giới thiệu những điểm mới của Luật như: quy định về tổ hợp tác, thành viên liên kết không góp vốn, tài sản không chia, chính sách hỗ trợ của Nhà nước và trình tự tổ chức lại HTX.
[img tap-huan-luat-htx-nghe-an.png] Báo cáo viên giới thiệu Luật Hợp tác xã năm 2023
Nhiều học viên đề nghị cơ quan chức năng sớm hướng dẫn việc sửa đổi điều lệ HTX trước ngày Luật có hiệu lực 01/7/2024.
""",
          byline="Phòng Tuyên truyền", author=None, **shown(datetime(2024, 2, 27, 10, 30))),
        A(path=p("nghe-an-co-them-15-htx-kieu-moi-hoat-dong-hieu-qua", 1690),
          title="Nghệ An có thêm 15 HTX kiểu mới hoạt động hiệu quả",
          date=datetime(2024, 6, 12, 15, 45),
          lead="Năm 2023 và những tháng đầu năm 2024, toàn tỉnh Nghệ An có thêm 15 HTX kiểu mới được đánh giá hoạt động hiệu quả, liên kết theo chuỗi giá trị.",
          body="""
Các HTX kiểu mới tập trung trong lĩnh vực sản xuất cam, chè, lúa chất lượng cao, chăn nuôi bò sữa và du lịch cộng đồng. Doanh thu bình quân đạt 5 tỷ đồng/HTX/năm.
## Bài học kinh nghiệm
* Chọn sản phẩm chủ lực có thị trường;
* Minh bạch tài chính, phân phối lợi nhuận theo mức độ sử dụng dịch vụ;
* Chủ động liên kết với doanh nghiệp từ khâu sản xuất.
[img htx-kieu-moi-nghe-an-2024.png] Mô hình trồng lúa chất lượng cao của HTX kiểu mới
Liên minh HTX tỉnh sẽ tiếp tục nhân rộng mô hình theo Quyết định số 167/QĐ-TTg ngày 02/02/2021 của Thủ tướng Chính phủ.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **shown(datetime(2024, 6, 12, 15, 45))),
    ]


TAGGED = {1560, 1602, 1690}


def layout(title: str, main: str, side: str, *, path: str, canonical: str | None = None,
           head_extra: str = "", description: str = "") -> str:
    canonical = canonical if canonical is not None else path
    slogans = " ★ ".join(esc(s) for s in F.slogans)
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)} - Liên minh HTX tỉnh Nghệ An</title>
<meta name="description" content="{attr(description or title)}">
<meta name="author" content="Liên minh HTX tỉnh Nghệ An">
<meta name="generator" content="NukeViet v4.5">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(description or title)}">
<meta property="og:site_name" content="Liên minh HTX tỉnh Nghệ An">
{head_extra}<link rel="canonical" href="{{{{base}}}}{canonical}">
<link rel="alternate" href="/vi/news/rss/" title="Tin tức" type="application/rss+xml">
<link rel="StyleSheet" href="/themes/default/css/nukeviet.css">
</head>
<body>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Liên minh HTX tỉnh Nghệ An" href="/"><img src="/uploads/logo-lmhtx-nghean.png" alt="Liên minh HTX tỉnh Nghệ An"></a></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><span class="current-time">{F.today}</span>{access_bar()}</div>
<div class="slogan-run">{slogans}</div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><ul class="nav navbar-nav">
<li><a title="Trang chủ" href="/">Trang chủ</a></li><li><a title="Tin hoạt động" href="{CAT_PATH}">Tin hoạt động</a></li>
<li><a title="OCOP" href="{TAG}">OCOP</a></li><li><a title="Thành viên" href="{USERS}">Thành viên</a></li></ul></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
{side}
</div>
</div></div></section>
<footer id="footer" class="footer"><div class="container">
<div class="company_info"><h3 class="company_name">LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN</h3>
<p>{F.responsible}</p><p>{F.licence}</p><p>{esc(F.source_note)}</p>
<ul class="company_info"><li>{F.address}</li><li>{F.phone}</li></ul></div>
<div class="copyright">{F.copyright}</div>
</div></footer>
</div></div>
<script src="/assets/js/jquery/jquery.min.js"></script>
</body>
</html>
"""


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align:justify">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<div class="image-center"><figure class="image"><img alt="{attr(b.text)}" height="450" '
                         f'src="/uploads/news/{a.date:%Y_%m}/{b.src}" width="675">'
                         + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "")
                         + "</figure></div>")
    return "\n".join(parts)


def build() -> SiteBuild:
    site = SiteBuild("lmhtx-nghean", "nghe-an", "Liên minh Hợp tác xã tỉnh Nghệ An", "nukeviet", F,
                     start_urls=["{{base:lmhtx-nghean}}/", "{{base:lmhtx-nghean}}" + CAT_PATH],
                     feeds=["{{base:lmhtx-nghean}}" + RSS])
    site.byline_in_text = False
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)

    def side() -> str:
        return "\n".join([
            news_list("Tin mới", [(a.path, a.title, dmy(a.date)) for a in items[:5]], "panel panel-default news-new"),
            news_list("Tin tiêu điểm", [(a.path, a.title, dmy(a.date)) for a in items[2:5]], "panel panel-default news-hot"),
            poll(), weather(F), counter(F), links_box(),
        ])

    for a in items:
        show = a.opts.get("show_date", True)
        date_html = (f'<span class="h5">{weekday(a.date, lower=True)} - {dmy(a.date)} {a.date:%H:%M}</span>'
                     if show else "")
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                         "datePublished": iso(a.date), "dateModified": iso(a.date),
                         "author": {"@type": "Person", "name": a.byline},
                         "publisher": {"@type": "Organization", "name": "Liên minh HTX tỉnh Nghệ An"}},
                        ensure_ascii=False)
        head = (f'<meta property="og:type" content="article">\n'
                f'<meta property="article:published_time" content="{iso(a.date)}">\n'
                f'<meta property="article:section" content="Tin hoạt động">\n'
                f'<script type="application/ld+json">{ld}</script>\n')
        related = [(o.path, o.title, dmy(o.date)) for o in items if o is not a][:4]
        tag = f'<div class="keywords"><em class="fa fa-tags"></em> Từ khóa: <a href="{TAG}">OCOP</a></div>' \
            if int(a.path.rsplit("-", 1)[1].split(".")[0]) in TAGGED else ""
        main = f"""<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(a.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12">{date_html}</div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Gửi bài viết qua email" href="javascript:void(0)"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" title="In ra" href="javascript:void(0)"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom">{inline_html(a.lead)}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(a)}
</div>
<p class="text-right"><strong>Tác giả: {esc(a.byline)}</strong></p>
<p class="text-right"><strong>Nguồn tin: </strong>Liên minh HTX tỉnh Nghệ An</p>
</div></div>
{tag}
{share(F)}
<div class="news_column panel panel-default"><div class="panel-body">{rating()}</div></div>
{news_list("Tin liên quan", related, "news_column related")}"""
        site.page(a.path, layout(a.title, main, side(), path=a.path, head_extra=head, description=a.summary()))

    alias_target = next(a for a in items if a.path.endswith(f"-{ALIAS_ID}.html"))
    op = alias_target.path[len("/vi/news/"):]
    canonical_order = f"/index.php?language=vi&nv=news&op={op}"
    linked_order = f"/index.php?nv=news&op={op}&language=vi"
    site.same_page(canonical_order, alias_target.path)
    alias_target.aliases.append(linked_order)
    site.trap("duplicate NukeViet URL (linked with another parameter order than the route's; any order works); "
              "rel=canonical to the rewrite URL: an alias",
              linked_order)

    page_path = lambda n: CAT_PATH if n == 1 else f"{CAT_PATH}page-{n}"  # noqa: E731
    pages = listing_pages(items, 4)
    for n, chunk in enumerate(pages, 1):
        rows = "\n".join(f"""<div class="panel panel-default"><div class="panel-body">
<a href="{a.path}"><img alt="{attr(a.title)}" src="/uploads/news/{a.date:%Y_%m}/{a.first_image()}" width="183" class="img-thumbnail pull-left imghome"></a>
<h3><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {dmy(a.date)} {a.date:%H:%M}</li></ul></div>
<div class="text-justify">{esc(a.summary())}</div></div></div>""" for a in chunk)
        nav = "".join(f'<li class="active"><a href="#">{k}</a></li>' if k == n else f'<li><a href="{page_path(k)}">{k}</a></li>'
                      for k in range(1, len(pages) + 1))
        main = f'<div class="news_column"><h1 class="cat-title">Tin hoạt động</h1>\n{rows}\n<div class="text-center"><ul class="pagination">{nav}</ul></div></div>'
        site.page(page_path(n), layout("Tin hoạt động" + (f" - Trang {n}" if n > 1 else ""), main, side(), path=page_path(n)))
    site.trap("pagination: /vi/news/tin-hoat-dong/page-2 (no extension) holds older articles", page_path(2))
    site.trap("listing shows date and time (dd/mm/yyyy hh:mm) for every item, including the meta-only one", CAT_PATH)

    tagged = [a for a in items if int(a.path.rsplit("-", 1)[1].split(".")[0]) in TAGGED]
    rows = "\n".join(f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.summary())}</p></li>' for a in tagged)
    main = f'<div class="news_column"><h1 class="title">Từ khóa: OCOP</h1><ul class="tag-list">{rows}</ul></div>'
    site.page(TAG, layout("Từ khóa: OCOP", main, side(), path=TAG))
    site.non_articles.append(TAG)
    site.trap("tag page (list of articles, h1.title like an article): not an article", TAG)

    rows = "\n".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{dmy(a.date)}</span></li>' for a in items[:5])
    main = f"""<div class="news_column"><h2><a href="{CAT_PATH}">Tin hoạt động</a></h2><ul>{rows}</ul>
<p class="old-link"><a href="{linked_order.replace('&', '&amp;')}">Hội chợ sản phẩm HTX năm 2023 (đường dẫn cũ)</a></p>
<p><a href="{USERS}">Đăng nhập thành viên</a></p></div>"""
    site.page("/", layout("Trang chủ", main, side(), path="/"))

    main = '<div class="users"><h1>Đăng nhập thành viên</h1><form action="javascript:void(0)"><input name="nv_login"><input type="password" name="nv_password"></form></div>'
    site.page(USERS, layout("Thành viên", main, side(), path=USERS))
    site.never_fetched.append(USERS)
    site.trap("robots.txt disallows /vi/users/; the home page and menu link it: never fetch", USERS)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /data/\nDisallow: /includes/\n"
                "Disallow: /install/\nDisallow: /vendor/\nDisallow: /vi/users/\n")

    entries = "\n".join(f"""<item>
<title>{esc(a.title)}</title>
<link>{{{{base}}}}{a.path}</link>
<guid isPermaLink="false">news_{a.path.rsplit('-', 1)[1].split('.')[0]}</guid>
<description><![CDATA[{a.lead}]]></description>
<pubDate>{a.date.strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate>
</item>""" for a in items)
    rss = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Liên minh HTX tỉnh Nghệ An - Tin Tức</title>
<link>{{{{base}}}}/vi/news/</link>
<atom:link href="{{{{base}}}}{RSS}" rel="self" type="application/rss+xml" />
<description>Tin tức của Liên minh HTX tỉnh Nghệ An</description>
<language>vi</language>
<pubDate>{items[0].date.strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate>
<generator>NukeViet v4.5</generator>
{entries}
</channel>
</rss>
"""
    site.page(RSS, rss, content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS at /vi/news/rss/ (a directory-style URL serving XML)", RSS)
    return site
