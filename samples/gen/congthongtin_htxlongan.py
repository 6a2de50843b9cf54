"""Site `congthongtin-htxlongan` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Long An" (before the
merger of 1 July 2025 with Tây Ninh) on **Jalios JCMS 10** (the French Java CMS: portal pages made of portlets,
publications of the types Article, Brève and FileDocument, categories as navigation), Vietnamese as its only language.
Written as a held-out test: no family module, no selectors.

Why it is hard: publications live at `/jcms/prod_<n>/vi/<slug>` and categories at `/jcms/c_<n>/vi/<slug>`; the slug
is decoration (JCMS ignores it: an old title's slug still answers), and the same publication answers at
`/jcms/prod_<n>` (the permalink), `?portal=c_<n>` (the portal it is shown in, used by the category lists),
`;jsessionid=…` (the "Trong chuyên mục này" portlet, URL-rewritten for cookie-less clients), `?printView=true` ("In
trang": the publication without the portlets) and the legacy `/jcms/display.jsp?id=prod_<n>`. The full display is
`article.publication.fullDisplay`: `h1.publication-title`, the info line "Ngày đăng 12/03/2025 - 14:30" (JCMS'
"Publié le" in the Vietnamese property file) with "Cập nhật …" (mdate) beside it, `div.publication-abstract` (the
lead), `div.wysiwyg` (the text); the info portlet beside it shows the creation "Ngày tạo" (cdate, before publication)
and the member who published ("Người đăng: Ban Biên tập", an account). A Brève (short notice) shows no date at all:
its day is only on the category list. Lists are query portlets paged with `?start=5`. The FileDocument page of an
attachment, the search `/jcms/front/search.jsp?text=`, the gallery, contact and introduction are no news; the login
`/jcms/front/login.jsp` and `/admin/`, `/work/` are disallowed by robots.txt.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "congthongtin-htxlongan"
NAME = "Cổng thông tin Liên minh HTX tỉnh Long An"
JSID = "A41F0C2E9B7D35681C0E4F2A9D7B3E15"
V = "10.0.7"
MEMBER = "Ban Biên tập"
HOME = "/jcms/c_5001/vi/trang-chu"
CATS = {"c_5003": ("hoat-dong-lien-minh", "Hoạt động Liên minh"), "c_5004": ("van-ban-chi-dao", "Văn bản chỉ đạo"),
        "c_5005": ("guong-htx-dien-hinh", "Gương HTX điển hình"), "c_5006": ("thong-bao", "Thông báo"),
        "c_5007": ("so-lieu", "Số liệu thống kê")}
NEWS = ("c_5002", "tin-tuc", "Tin tức")
FURN = ["Chào mừng kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam", "Bạn đang ở:", "Công cụ", "In trang",
        "Gửi cho bạn bè", "Cỡ chữ", "Trong chuyên mục này", "Thông tin bài viết", "Ngày tạo", "Người đăng:", MEMBER,
        "Ý kiến bạn đọc", "HTX của bạn quan tâm chính sách hỗ trợ nào?", "Tín dụng ưu đãi", "Đất đai, mặt bằng sản xuất",
        "Đào tạo nguồn nhân lực", "Gửi ý kiến", "Thời tiết Tân An", "32°C – Có mây, không mưa", "Lượt truy cập",
        "Trực tuyến: 14", "Tổng: 1.047.552", "Liên kết", "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Long An",
        "Số 61 Nguyễn Huệ, phường 1, thành phố Tân An, tỉnh Long An", "ĐT: 0272.3826.340",
        "Giấy phép số 05/GP-STTTT ngày 18/4/2019 của Sở Thông tin và Truyền thông tỉnh Long An",
        "Phát triển trên nền tảng Jalios JCMS", "Ngày đăng", "Cập nhật", "Đăng nhập", "Tài liệu đính kèm"]


def dt(d: datetime) -> str:
    return f"{d:%d/%m/%Y - %H:%M}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, **o) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"], opts=o)

    return [
        A(path="", title="Liên minh HTX tỉnh Long An sơ kết quý I năm 2025",
          lead="Chiều 11/3, Liên minh HTX tỉnh Long An tổ chức hội nghị sơ kết hoạt động quý I và triển khai nhiệm vụ quý II năm 2025.",
          body="""
Tham dự hội nghị có đại diện các sở, ngành và lãnh đạo 65 HTX tiêu biểu trên địa bàn tỉnh.
[img so-ket-quy-1-2025.png] Quang cảnh hội nghị sơ kết quý I năm 2025
## Kết quả quý I
Quý I, toàn tỉnh thành lập mới 11 HTX; Quỹ hỗ trợ phát triển HTX giải ngân 6,2 tỷ đồng cho 14 HTX vay vốn.
## Nhiệm vụ quý II
Liên minh HTX tỉnh tập trung tư vấn các HTX trồng thanh long, lúa chất lượng cao xây dựng vùng nguyên liệu đạt chuẩn xuất khẩu.
""", byline="Bài, ảnh: Trần Quốc Việt", author="Trần Quốc Việt",
          notes=["JCMS Article: h1.publication-title, 'Ngày đăng 12/03/2025 - 14:30' and 'Cập nhật 14/03/2025 - 09:00' (mdate), the "
                 "info portlet's 'Ngày tạo 10/03/2025 - 16:05' (cdate: the draft) and 'Người đăng: Ban Biên tập' (an account); "
                 "the lead says 'Chiều 11/3' (the event); 'Bài, ảnh: Trần Quốc Việt' -> author; ?portal=c_5002 (the lists), "
                 ";jsessionid=… (the section portlet), ?printView=true ('In trang') and the permalink /jcms/prod_<n>: aliases"],
          **at(datetime(2025, 3, 12, 14, 30), id=14218, slug="lien-minh-htx-tinh-so-ket-quy-i-nam-2025", cat="c_5003",
               mdate=datetime(2025, 3, 14, 9, 0), cdate=datetime(2025, 3, 10, 16, 5))),
        A(path="", title="Kế hoạch số 05/KH-LMHTX tổ chức Ngày hội HTX tỉnh Long An năm 2025",
          body="""
LIÊN MINH HTX TỈNH LONG AN
Số: 05/KH-LMHTX
Long An, ngày 20 tháng 02 năm 2025
KẾ HOẠCH
Tổ chức Ngày hội HTX tỉnh Long An năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Tôn vinh các HTX, tổ hợp tác tiêu biểu; quảng bá sản phẩm OCOP và sản phẩm chủ lực của tỉnh.
## II. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: ngày 11 và 12/4/2025 (nhân kỷ niệm Ngày HTX Việt Nam).
- Địa điểm: Công viên phường 2, thành phố Tân An.
- Quy mô: 80 gian hàng của HTX, tổ hợp tác trong tỉnh.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bảy
""", author=None, doc_number="05/KH-LMHTX",
          attachments=[{"path": "/upload/docs/application/pdf/2025-02/kh-05-lmhtx-ngay-hoi-htx-2025.pdf",
                        "text": "kh-05-lmhtx-ngay-hoi-htx-2025.pdf"}],
          notes=["plan 'Số: 05/KH-LMHTX', 'Long An, ngày 20 tháng 02 năm 2025', 'Ngày đăng 21/02/2025 - 08:15'; '- ' lines keep "
                 "their dash; signer last, author null; the PDF /upload/docs/application/pdf/2025-02/… linked in the text "
                 "after 'Tải về:' (an attachment); its FileDocument page /jcms/prod_14150/vi/… (the 'Tài liệu đính kèm' portlet): "
                 "no news"],
          **at(datetime(2025, 2, 21, 8, 15), id=14151, slug="ke-hoach-so-05-kh-lmhtx-to-chuc-ngay-hoi-htx-nam-2025", cat="c_5004",
               filedoc=14150)),
        A(path="", title="Diện tích liên kết sản xuất của các HTX nông nghiệp năm 2024",
          body="""
Năm 2024, các HTX nông nghiệp trong tỉnh liên kết sản xuất, tiêu thụ trên tổng diện tích 21.450 ha.
| Sản phẩm | Số HTX tham gia | Diện tích liên kết (ha) | Doanh nghiệp bao tiêu |
| Lúa chất lượng cao | 38 | 17.600 | 12 |
| Thanh long | 9 | 1.850 | 4 |
| Rau an toàn | 14 | 1.220 | 6 |
| Chanh không hạt | 6 | 780 | 3 |
""", byline="Nguồn: Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An", author=None,
          notes=["a wysiwyg data table (one line per row); 'Nguồn: …' closes it (text, no author)"],
          **at(datetime(2025, 1, 23, 10, 20), id=14102, slug="dien-tich-lien-ket-san-xuat-cua-cac-htx-nong-nghiep-nam-2024", cat="c_5007")),
        A(path="", title="Ảnh: HTX Thanh long Châu Thành vào vụ thu hoạch Tết",
          body="""
[img thanh-long-1.png] Thành viên HTX thu hoạch thanh long ruột đỏ phục vụ thị trường Tết
[img thanh-long-2.png] Thanh long được đóng thùng tại nhà sơ chế của HTX
[img thanh-long-3.png] Xe của doanh nghiệp đến nhận hàng xuất khẩu tại HTX
""", byline="Ảnh: Ngọc Trâm", author="Ngọc Trâm",
          notes=["photo story: three images, each in a figure with a figcaption (the lines); 'Ảnh: Ngọc Trâm' -> author"],
          **at(datetime(2025, 1, 15, 7, 45), id=14087, slug="anh-htx-thanh-long-chau-thanh-vao-vu-thu-hoach-tet", cat="c_5005")),
        A(path="", title="Tập huấn chuyển đổi số cho 70 HTX",
          lead="Trong hai ngày 9 và 10/1, Liên minh HTX tỉnh phối hợp với Sở Thông tin và Truyền thông tập huấn chuyển đổi số cho cán bộ HTX.",
          body="""
Nội dung tập huấn tập trung vào:
* Sử dụng hóa đơn điện tử, chữ ký số trong giao dịch;
* Quản lý thành viên, sản lượng bằng phần mềm;
* Mở gian hàng trên các sàn thương mại điện tử;
* Livestream bán nông sản trên mạng xã hội.
Sau tập huấn, 32 HTX đăng ký tham gia chương trình hỗ trợ chuyển đổi số năm 2025.
""", byline="Theo Thanh Hải", author="Thanh Hải",
          notes=["a four-item list; 'Theo Thanh Hải' -> author Thanh Hải"],
          **at(datetime(2025, 1, 11, 16, 10), id=14061, slug="tap-huan-chuyen-doi-so-cho-70-htx", cat="c_5003")),
        A(path="", title="Thông báo lịch tiếp công dân, HTX tháng 1 năm 2025",
          body="""
Thường trực Liên minh HTX tỉnh tiếp công dân, đại diện HTX vào sáng thứ Tư hằng tuần tại trụ sở cơ quan.
Các HTX cần tư vấn về thủ tục thành lập, vay vốn Quỹ hỗ trợ phát triển HTX vui lòng đăng ký trước qua Văn phòng.
""", author=None,
          notes=["a JCMS Brève: its template shows no date (nor mdate, nor member); the category list /jcms/c_5006/vi/thong-bao "
                 "dates it '06/01/2025' -> published from the listing, midnight; no byline"],
          date=datetime(2025, 1, 6, 9, 0), published=iso(datetime(2025, 1, 6), with_time=False), published_source="listing",
          evidence=["listing"], opts=dict(id=14040, slug="thong-bao-lich-tiep-cong-dan-htx-thang-1-nam-2025", cat="c_5006", breve=True)),
        A(path="", title="HTX Nông nghiệp Tân Hòa nhân rộng mô hình lúa giảm phát thải",
          lead="HTX Nông nghiệp Tân Hòa (huyện Thạnh Hóa) đưa 450 ha lúa vào sản xuất theo quy trình giảm phát thải, tiết kiệm nước.",
          body="""
Thành viên HTX áp dụng kỹ thuật tưới ngập khô xen kẽ, giảm lượng giống và phân bón, chi phí sản xuất giảm khoảng 3 triệu đồng/ha.
Lúa của HTX được một doanh nghiệp xuất khẩu bao tiêu với giá cao hơn thị trường 200 đồng/kg.
""", author=None,
          notes=["no byline: author null ('Người đăng: Ban Biên tập' is the account); retitled: the old slug "
                 "/jcms/prod_14012/vi/htx-tan-hoa-lam-lua-giam-phat-thai (JCMS ignores the slug: 200, the home page's link) and "
                 "the legacy /jcms/display.jsp?id=prod_14012 answer the same page: aliases"],
          **at(datetime(2024, 12, 18, 9, 30), id=14012, slug="htx-nong-nghiep-tan-hoa-nhan-rong-mo-hinh-lua-giam-phat-thai",
               cat="c_5005", old_slug="htx-tan-hoa-lam-lua-giam-phat-thai")),
        A(path="", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh mở rộng cuối năm 2024",
          body="""
Ngày 28/10, Ban Chấp hành Liên minh HTX tỉnh Long An tổ chức hội nghị mở rộng, đánh giá kết quả 10 tháng năm 2024.
Các đại biểu đến từ HTX Nông nghiệp Phước Lý (huyện Cần Giuộc) và HTX Rau an toàn Long Hựu (huyện Cần Đước) chia sẻ kinh nghiệm tiêu thụ nông sản.
""", byline="Lê Minh Khang", author="Lê Minh Khang",
          notes=["2024 publication of the old districts ('huyện Cần Giuộc'), only on the list's ?start=5 page and its category; "
                 "'Ngày 28/10' has no year"],
          **at(datetime(2024, 10, 29, 15, 0), id=13977, slug="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-mo-rong-cuoi-nam-2024",
               cat="c_5003")),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="/upload/images/{a.date:%Y-%m}/{b.src}" alt="" width="700">'
                       f"<figcaption>{esc(b.text)}</figcaption></figure>")
        elif b.kind == "table":
            out.append(table_html(b, "table table-striped"))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}" class="document-link">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "long-an", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        o = a.opts
        a.path = f"/jcms/prod_{o['id']}/vi/{o['slug']}"
    news = [a for a in posts if not a.opts.get("breve")]

    def cat_url(c: str) -> str:
        return f"/jcms/{c}/vi/{CATS[c][0]}" if c in CATS else f"/jcms/{NEWS[0]}/vi/{NEWS[1]}"

    def layout(title: str, main: str, *, path: str, side: str = "", head: str = "", crumbs=()) -> str:
        crumb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in [("Trang chủ", HOME), *crumbs])
        menu = "".join(f'<li class="nav-item"><a href="{cat_url(c)}">{esc(CATS[c][1])}</a></li>' for c in CATS)
        latest = "".join(f'<li><a href="{a.path}?portal={NEWS[0]}">{esc(a.title)}</a></li>' for a in news[:4])
        return f"""<!DOCTYPE html>
<html lang="vi" xml:lang="vi" class="no-js">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - {NAME}</title>
<base href="{{{{base}}}}/">
<meta name="generator" content="Jalios JCMS - {V}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{head}
<link rel="stylesheet" href="/css/jalios/core/jalios-bootstrap.css?version={V}">
<link rel="stylesheet" href="/plugins/LongAnThemePlugin/css/theme.css?version={V}">
<script src="/js/jalios/core/jalios-core.js?version={V}"></script>
</head>
<body class="body-front-office jalios-front sidebar-right" data-jalios-lang="vi">
<div id="wrapper">
<div class="topbar"><div class="container"><marquee class="slogan">Chào mừng kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam</marquee>
<a href="/jcms/front/login.jsp" class="topbar-login">Đăng nhập</a></div></div>
<header class="portal-header"><div class="container"><a href="{HOME}" class="portal-logo"><img src="/upload/images/logo-lmhtx-longan.png" alt="{NAME}"></a>
<form action="/jcms/front/search.jsp" method="get" class="portal-search"><input type="text" name="text"><button type="submit" class="btn">Tìm</button></form></div></header>
<nav class="portal-menu navbar"><div class="container"><ul class="nav navbar-nav"><li class="nav-item"><a href="{HOME}">Trang chủ</a></li>
<li class="nav-item"><a href="/jcms/c_5002/vi/tin-tuc">Tin tức</a></li>{menu}<li class="nav-item"><a href="/jcms/c_5020/vi/thu-vien-anh">Thư viện ảnh</a></li>
<li class="nav-item"><a href="/jcms/c_5021/vi/gioi-thieu">Giới thiệu</a></li><li class="nav-item"><a href="/jcms/c_5022/vi/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="container layout"><div class="breadcrumb-wrapper"><span>Bạn đang ở:</span><ol class="breadcrumb">{crumb}</ol></div>
<div class="row"><div class="col-md-8 layout-main"><div class="portlet PortletQueryForeach ID_p_{abs(len(path) * 131) % 9000 + 1000}">
{main}
</div></div>
<div class="col-md-4 layout-sidebar">{side}
<div class="portlet PortletQueryForeach"><div class="portlet-header"><h3 class="portlet-title">Tin mới</h3></div><ul class="portlet-body">{latest}</ul></div>
<div class="portlet PortletPoll"><div class="portlet-header"><h3 class="portlet-title">Ý kiến bạn đọc</h3></div><div class="portlet-body">
<p>HTX của bạn quan tâm chính sách hỗ trợ nào?</p><label><input type="radio" name="poll"> Tín dụng ưu đãi</label><label><input type="radio" name="poll"> Đất đai, mặt bằng sản xuất</label>
<label><input type="radio" name="poll"> Đào tạo nguồn nhân lực</label><button type="button" class="btn btn-default">Gửi ý kiến</button></div></div>
<div class="portlet PortletWeather"><div class="portlet-header"><h3 class="portlet-title">Thời tiết Tân An</h3></div><div class="portlet-body">32°C – Có mây, không mưa</div></div>
<div class="portlet PortletCounter"><div class="portlet-header"><h3 class="portlet-title">Lượt truy cập</h3></div><div class="portlet-body"><p>Trực tuyến: 14</p><p>Tổng: 1.047.552</p></div></div>
<div class="portlet PortletLinks"><div class="portlet-header"><h3 class="portlet-title">Liên kết</h3></div><ul class="portlet-body">
<li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</div></div></div>
<footer class="portal-footer"><div class="container"><p>Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Long An</p>
<p>Số 61 Nguyễn Huệ, phường 1, thành phố Tân An, tỉnh Long An</p><p>ĐT: 0272.3826.340</p>
<p>Giấy phép số 05/GP-STTTT ngày 18/4/2019 của Sở Thông tin và Truyền thông tỉnh Long An</p>
<p class="powered"><a href="{{{{base:offsite}}}}/jalios" target="_blank">Phát triển trên nền tảng Jalios JCMS</a></p></div></footer>
</div>
</body>
</html>
"""

    def full(a: RichArticle) -> str:
        o = a.opts
        info = ""
        if not o.get("breve"):
            info = f'<p class="publication-info"><span class="publication-pdate">Ngày đăng {dt(a.date)}</span>'
            if o.get("mdate"):
                info += f' <span class="publication-mdate">Cập nhật {dt(o["mdate"])}</span>'
            info += "</p>"
        lead = f'<div class="publication-abstract abstract"><p><strong>{inline_html(a.lead)}</strong></p></div>' if a.lead else ""
        typ = "Breve" if o.get("breve") else "Article"
        return (f'<article class="publication {typ} fullDisplay" id="prod_{o["id"]}" data-jalios-id="prod_{o["id"]}">'
                f'<header class="publication-header"><h1 class="publication-title">{esc(a.title)}</h1>{info}</header>'
                f'{lead}<div class="publication-body wysiwyg">{body_html(a)}</div></article>')

    def page(path: str, html: str) -> None:
        site.page(path, html)

    for a in posts:
        o = a.opts
        crumbs = [(NEWS[2], cat_url(NEWS[0])), (CATS[o["cat"]][1], cat_url(o["cat"]))]
        tools = (f'<div class="publication-tools"><span>Công cụ</span> <a href="{a.path}?printView=true" rel="nofollow">In trang</a> '
                 f'<a href="javascript:void(0)" class="send-friend">Gửi cho bạn bè</a> <span class="font-size">Cỡ chữ <a href="javascript:void(0)">A+</a> '
                 f'<a href="javascript:void(0)">A-</a></span></div>')
        same = [b for b in posts if b is not a and b.opts["cat"] == o["cat"]][:3] or [b for b in news if b is not a][:3]
        side = ('<div class="portlet PortletQueryForeach section-list"><div class="portlet-header"><h3 class="portlet-title">Trong chuyên mục này'
                '</h3></div><ul class="portlet-body">' + "".join(
                    f'<li><a href="{b.path};jsessionid={JSID}">{esc(b.title)}</a></li>' for b in same) + "</ul></div>")
        if not o.get("breve"):
            cd = o.get("cdate", a.date - timedelta(hours=2))
            side = (f'<div class="portlet PortletPubInfo"><div class="portlet-header"><h3 class="portlet-title">Thông tin bài viết</h3></div>'
                    f'<div class="portlet-body"><p>Ngày tạo {dt(cd)}</p><p>Người đăng: {MEMBER}</p></div></div>') + side
        if o.get("filedoc"):
            x = a.attachments[0]
            side += (f'<div class="portlet PortletFiles"><div class="portlet-header"><h3 class="portlet-title">Tài liệu đính kèm</h3></div>'
                     f'<ul class="portlet-body"><li><a href="/jcms/prod_{o["filedoc"]}/vi/{x["text"].replace(".", "-")}">{esc(x["text"])}</a>'
                     f' (PDF, 214 Ko)</li></ul></div>')
        head = (f'<meta name="description" content="{attr(a.summary())}">\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n'
                f'<meta property="og:title" content="{attr(a.title)}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:url" content="{{{{base}}}}{a.path}">')
        page(a.path, layout(a.title, full(a) + tools, path=a.path, side=side, head=head, crumbs=crumbs))
        al = [f"{a.path}?portal={NEWS[0]}", f"{a.path};jsessionid={JSID}", f"/jcms/prod_{o['id']}"]
        if o["cat"] != NEWS[0]:
            al.append(f"{a.path}?portal={o['cat']}")
        for x in al:
            site.same_page(x, a.path)
        pv = f"{a.path}?printView=true"
        page(pv, f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(a.title)} - {NAME}</title>'
                 f'<meta name="robots" content="noindex"><link rel="stylesheet" href="/css/jalios/core/jalios-print.css?version={V}"></head>'
                 f'<body class="body-print" onload="window.print()">{full(a)}</body></html>')
        al.append(pv)
        if o.get("old_slug"):
            old = f"/jcms/prod_{o['id']}/vi/{o['old_slug']}"
            site.same_page(old, a.path)
            site.same_page(f"/jcms/display.jsp?id=prod_{o['id']}", a.path)
            al += [old, f"/jcms/display.jsp?id=prod_{o['id']}"]
        a.aliases += al
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/upload/images/{a.date:%Y-%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 05/KH-LMHTX", "Ngay hoi HTX tinh Long An 2025"]))
            fd = f"/jcms/prod_{o['filedoc']}/vi/{x['text'].replace('.', '-')}"
            page(fd, layout(x["text"], f'<div class="publication FileDocument fullDisplay"><h1 class="publication-title">{esc(x["text"])}</h1>'
                                       f'<p>Loại tệp: PDF – 214 Ko</p><p><a href="{x["path"]}" class="btn btn-primary">Tải xuống</a></p>'
                                       f'<p>Thuộc bài viết: <a href="{a.path}">{esc(a.title)}</a></p></div>', path=fd))
            site.non_articles.append(fd)
        site.add_article(a)

    def listing(c: str, title: str, items: list, per: int = 5) -> None:
        base = cat_url(c)
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks):
            url = base if n == 0 else f"{base}?start={per * n}"
            pager = '<div class="pager">' + " ".join(
                f'<a href="{base}?start={per * k}" class="pager-page">{k + 1}</a>' for k in range(len(chunks))) + "</div>" if len(chunks) > 1 else ""
            rows = "".join(f'<li class="media"><div class="media-body"><a href="{a.path}?portal={c}" class="media-heading">{esc(a.title)}</a>'
                           f'<span class="date">{a.date:%d/%m/%Y}</span><p>{esc(a.summary())}</p></div></li>' for a in chunk)
            page(url, layout(title, f'<div class="portlet-header"><h2 class="portlet-title">{esc(title)}</h2></div>'
                                    f'<ul class="media-list portlet-body">{rows}</ul>{pager}', path=url,
                             crumbs=[] if c == NEWS[0] else [(NEWS[2], cat_url(NEWS[0]))]))
            site.non_articles.append(url)
        if len(chunks) > 1:
            site.same_page(f"{base}?start=0", base)

    listing(NEWS[0], NEWS[2], news)
    for c, (s, t) in CATS.items():
        listing(c, t, [a for a in posts if a.opts["cat"] == c])
    old = next(a for a in posts if a.opts.get("old_slug"))
    home = ('<div class="portlet-header"><h2 class="portlet-title">Tin nổi bật</h2></div><div class="carousel">' + "".join(
        f'<div class="item"><a href="{a.path}?portal={NEWS[0]}">{esc(a.title)}</a><p>{esc(a.summary())}</p></div>' for a in news[:3])
        + f'</div><p><a href="/jcms/{old.opts["id"] and "prod_" + str(old.opts["id"])}/vi/{old.opts["old_slug"]}">{esc(old.title)}</a></p>'
        f'<p><a href="/jcms/display.jsp?id=prod_{old.opts["id"]}">Mô hình lúa giảm phát thải</a></p>'
        f'<p><a href="/jcms/c_5006/vi/thong-bao">Thông báo</a> · <a href="/jcms/front/search.jsp?text=OCOP">OCOP</a></p>')
    page(HOME, layout("Trang chủ", home, path=HOME))
    site.redirect("/", HOME, 302)
    site.non_articles.append(HOME)
    page("/jcms/c_5020/vi/thu-vien-anh", layout("Thư viện ảnh", '<h2 class="portlet-title">Thư viện ảnh</h2>' + "".join(
        f'<figure><img src="/upload/images/album/album-{k}.png" alt=""><figcaption>Hoạt động HTX tháng {k}/2025</figcaption></figure>'
        for k in (1, 2, 3)), path="/jcms/c_5020/vi/thu-vien-anh"))
    for k in (1, 2, 3):
        site.binary(f"/upload/images/album/album-{k}.png", image_for(f"album-{k}"))
    page("/jcms/c_5021/vi/gioi-thieu", layout("Giới thiệu", '<div class="publication WebPage fullDisplay"><h1 class="publication-title">'
                                               'Giới thiệu Liên minh HTX tỉnh Long An</h1><div class="wysiwyg"><p>Liên minh HTX tỉnh Long An '
                                               'được thành lập năm 1996, là tổ chức đại diện cho hơn 300 HTX, tổ hợp tác trong tỉnh.</p>'
                                               '<p style="text-align: right;"><strong>Văn phòng Liên minh</strong></p></div></div>',
                                               path="/jcms/c_5021/vi/gioi-thieu"))
    page("/jcms/c_5022/vi/lien-he", layout("Liên hệ", '<h2 class="portlet-title">Liên hệ</h2><form class="form-horizontal" method="post" '
                                           'action="/jcms/c_5022/vi/lien-he"><label>Họ tên</label><input name="name"><label>Nội dung</label>'
                                           '<textarea name="message"></textarea><button type="submit" class="btn">Gửi</button></form>',
                                           path="/jcms/c_5022/vi/lien-he"))
    hits = [a for a in posts if "OCOP" in a.title + a.body + (a.lead or "")]
    page("/jcms/front/search.jsp?text=OCOP", layout("Tìm kiếm", f'<h2 class="portlet-title">Kết quả tìm kiếm</h2><p>{len(hits)} kết quả cho « OCOP »</p><ul>'
                                                   + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{a.date:%d/%m/%Y}</span></li>'
                                                             for a in hits) + "</ul>", path="/jcms/front/search.jsp"))
    site.same_page("/jcms/front/search.jsp", "/jcms/front/search.jsp?text=OCOP")
    site.non_articles += ["/jcms/c_5020/vi/thu-vien-anh", "/jcms/c_5021/vi/gioi-thieu", "/jcms/c_5022/vi/lien-he",
                          "/jcms/front/search.jsp?text=OCOP"]
    page("/jcms/front/login.jsp", '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập</title></head><body>'
                                  '<form class="login-form"><input name="login"><input name="password" type="password"></form></body></html>')
    site.never_fetched.append("/jcms/front/login.jsp")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /work/\nDisallow: /jcms/front/login.jsp\nDisallow: /types/\n")
    site.binary("/upload/images/logo-lmhtx-longan.png", image_for("logo-longan"))
    site.trap("query-portlet lists /jcms/c_5002/vi/tin-tuc (5 a page, ?start=5) and the category pages /jcms/c_<n>/vi/<slug>: "
              "title, 'dd/mm/yyyy', abstract, each linked with ?portal=c_<n>; the home portal, gallery, introduction "
              "(a WebPage closed by 'Văn phòng Liên minh'), contact, FileDocument page and search /jcms/front/search.jsp?text=OCOP: "
              "no articles", "/jcms/c_5002/vi/tin-tuc?start=5")
    site.trap("robots.txt disallows /jcms/front/login.jsp (the top bar's 'Đăng nhập'), /admin/, /work/: never fetched; every "
              "page carries <base href> of the site", HOME)
    return site
