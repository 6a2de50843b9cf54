"""Site `lmhtx-soctrang` (registry family `generic`): the alliance's section `/lmhtx/` of a provincial
SharePoint 2013 portal, built as a held-out test: no family module, no selectors.

Every page is wrapped whole in ASP.NET's `<form id="aspnetForm">` (view state, ribbon, web part
zones). Articles are publishing pages `/lmhtx/Pages/<slug>.aspx`, the same shape as the section's
home, its category page, gallery and contact page. The title is a field `<div>` (the page's only
`<h1>` is the section's name), the lead a bold field, the body SharePoint's rich-text field with
`ms-rteElement-P` paragraphs, and the publication date and author sit AFTER the body in a field
table ("Ngày đăng", "Tác giả", "Nguồn"). Attachments are list attachments
`/lmhtx/Lists/TinTuc/Attachments/<id>/<file>`. The category page pages only through
`javascript:__doPostBack(...)` links: its older articles are reached only by posting the form
back (`__EVENTARGUMENT=Page$2`, as a browser does) or through `/sitemap.xml`, which robots.txt
announces.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-soctrang"
NAME = "Liên minh Hợp tác xã tỉnh Sóc Trăng"
PORTAL = "Cổng thông tin điện tử tỉnh Sóc Trăng"
HTML = "text/html; charset=utf-8"
SEC = "/lmhtx/Pages"
# the field table's author row naming an office: the desk that posts, no writer (author null)
FIELD_OFFICE = {f"{SEC}/dai-hoi-thanh-vien-htx-nam-2023.aspx": "Phòng Tuyên truyền",
                f"{SEC}/lien-minh-htx-tinh-tap-huan-thuong-mai-dien-tu.aspx": "Phòng Tuyên truyền"}
HOME = f"{SEC}/default.aspx"
CAT = f"{SEC}/tin-hoat-dong.aspx"
GALLERY = f"{SEC}/thu-vien-anh.aspx"
CONTACT = f"{SEC}/lien-he.aspx"
STUB = f"{SEC}/anh-ngay-hoi-htx-soc-trang-2024.aspx"
SEARCH = "/lmhtx/_layouts/15/osssearchresults.aspx?k=HTX"
PORTAL_HOME = "/Pages/default.aspx"
PDF_PATH = "/lmhtx/Lists/TinTuc/Attachments/41/KH-12-LMHTX.pdf"
PER_PAGE = 5

TODAY = f"{weekday(TODAY_2026, lower=True)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Sóc Trăng - Đoàn kết, đổi mới, hội nhập, phát triển"]
FOOTER = [f"Bản quyền thuộc {PORTAL}",
          "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Sóc Trăng",
          "Chịu trách nhiệm chính: Giám đốc Sở Thông tin và Truyền thông tỉnh Sóc Trăng",
          "Giấy phép số 41/GP-TTĐT ngày 22/3/2019 của Cục Phát thanh, truyền hình và thông tin điện tử",
          "Địa chỉ: Số 01 Châu Văn Tiếp, Phường 2, TP Sóc Trăng",
          "Ghi rõ nguồn 'Cổng TTĐT tỉnh Sóc Trăng' khi phát hành lại thông tin từ cổng này"]
SIDE = ("Tin tiêu điểm", "Thời tiết Sóc Trăng", "Mưa rào rải rác", "Độ ẩm: 85%", "Thống kê truy cập",
        "Đang truy cập: 37", "Trong ngày: 1.208", "Tổng truy cập: 3.405.117", "Liên kết website")
POLL_Q = "Bạn thấy thông tin trên Cổng có hữu ích không?"
POLL_A = ("Rất hữu ích", "Hữu ích", "Chưa hữu ích")
LABELS = ("Ngày đăng", "Tác giả", "Nguồn", "Lượt xem", "Tập tin đính kèm", "Tin đã đưa", "In trang", "Gửi bài viết",
          "Chia sẻ Facebook", "Bỏ qua đến nội dung chính")
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *FOOTER, *SIDE, POLL_Q, *POLL_A, "Bình chọn",
               *LABELS]


def field_dated(d: datetime, listed: bool) -> dict:
    return dict(published=iso(d), published_source="date-element",
                evidence=["date-element", "listing"] if listed else ["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=f"{SEC}/htx-lua-tom-my-xuyen-ky-ket-bao-tieu.aspx",
          title="HTX lúa - tôm Mỹ Xuyên ký kết bao tiêu lúa hữu cơ",
          date=datetime(2023, 8, 22, 10, 5),
          lead="HTX Nông nghiệp Hòa Tú (huyện Mỹ Xuyên) ký hợp đồng bao tiêu 600 ha lúa hữu cơ trên đất nuôi tôm với doanh nghiệp xuất khẩu gạo.",
          body="""
Mô hình lúa - tôm giúp thành viên có hai nguồn thu trên cùng một diện tích, không dùng phân bón, thuốc bảo vệ thực vật hóa học trong vụ lúa.
Doanh nghiệp cam kết thu mua lúa tươi cao hơn giá thị trường 500 đồng/kg và hỗ trợ chi phí chứng nhận hữu cơ trong ba năm đầu.
[img lua-tom-hoa-tu.png] Thành viên HTX Hòa Tú thăm ruộng lúa trên đất nuôi tôm
""",
          author="Ngọc Hân", listed=False, **field_dated(datetime(2023, 8, 22, 10, 5), True)),
        A(path=f"{SEC}/dai-hoi-thanh-vien-htx-nam-2023.aspx",
          title="Hướng dẫn tổ chức đại hội thành viên thường niên năm 2023",
          date=datetime(2023, 12, 14, 15, 40),
          body="""
Liên minh HTX tỉnh đề nghị các HTX tổ chức đại hội thành viên thường niên xong trước ngày 31/3/2024.
## Nội dung đại hội
* Báo cáo kết quả hoạt động sản xuất, kinh doanh năm 2023 và phương án năm 2024;
* Báo cáo tài chính, phương án phân phối thu nhập;
* Sửa đổi điều lệ cho phù hợp Luật HTX năm 2023.
Các HTX gửi biên bản đại hội về Liên minh HTX tỉnh để tổng hợp, báo cáo UBND tỉnh.
""",
          author=None, listed=False, **field_dated(datetime(2023, 12, 14, 15, 40), True),
          notes=["older article reached only through the category's page 2, a javascript:__doPostBack link (a POST of "
                 "the form), or /sitemap.xml (robots.txt announces it)"]),
        A(path=f"{SEC}/ke-hoach-hoi-cho-htx-soc-trang-2024.aspx",
          title="Kế hoạch tổ chức Hội chợ sản phẩm HTX tỉnh Sóc Trăng năm 2024",
          date=datetime(2024, 3, 19, 8, 30),
          body="""
LIÊN MINH HTX TỈNH SÓC TRĂNG
Số: 12/KH-LMHTX
Sóc Trăng, ngày 18 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX tỉnh Sóc Trăng năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Giới thiệu, quảng bá sản phẩm OCOP và sản phẩm chủ lực của các HTX; kết nối HTX với doanh nghiệp phân phối.
II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 24/5/2024 đến ngày 28/5/2024, tại Quảng trường Bạch Đằng, TP Sóc Trăng; quy mô 80 gian hàng.
Nơi nhận: Các HTX, liên hiệp HTX; Lưu VT.
CHỦ TỊCH Lâm Văn Sơn
""",
          author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX.pdf"}],
          **field_dated(datetime(2024, 3, 19, 8, 30), True),
          notes=["official plan: 'Số: 12/KH-LMHTX', place-date line one day before the posting date 'Ngày đăng' "
                 "19/03/2024 08:30 in the field table after the body (the publication date); signer last, author "
                 "null; PDF as a list attachment /Lists/TinTuc/Attachments/<id>/"]),
        A(path=f"{SEC}/htx-hanh-tim-cu-lao-dung-xuat-khau.aspx",
          title="Hành tím Cù Lao Dung của HTX xuất khẩu sang Hàn Quốc",
          date=datetime(2024, 4, 25, 9, 10),
          lead="Lô hàng 20 tấn hành tím đầu tiên của HTX Nông nghiệp An Thạnh 3 đã được xuất khẩu sang Hàn Quốc.",
          body="""
HTX có 85 thành viên, canh tác 120 ha hành tím theo tiêu chuẩn VietGAP tại huyện Cù Lao Dung.
Để đáp ứng yêu cầu của nhà nhập khẩu, HTX đầu tư kho sơ chế, máy phân loại củ và lò sấy với tổng kinh phí 2,4 tỷ đồng, trong đó Quỹ hỗ trợ phát triển HTX tỉnh cho vay 1 tỷ đồng.
[img hanh-tim-cu-lao-dung.png] Thành viên HTX phân loại hành tím trước khi đóng bao xuất khẩu
""",
          author="Ngọc Hân", **field_dated(datetime(2024, 4, 25, 9, 10), True),
          notes=["title in a field <div> (the <h1> is the section name); date and author in a field table AFTER the "
                 "body ('Ngày đăng: 25/04/2024 09:10', 'Tác giả: Ngọc Hân'): author only, not text"]),
        A(path=f"{SEC}/lien-minh-htx-tinh-tap-huan-thuong-mai-dien-tu.aspx",
          title="Liên minh HTX tỉnh tập huấn thương mại điện tử cho HTX",
          date=datetime(2024, 6, 6, 14, 0),
          body="""
Ngày 5/6, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho 60 cán bộ quản lý HTX.
Học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả, định giá, đóng gói và xử lý đơn hàng.
[img tap-huan-tmdt-st.png] Học viên thực hành đăng sản phẩm lên sàn
Sau lớp học, 18 HTX đã mở gian hàng trực tuyến cho các sản phẩm bánh pía, mắm, gạo ST25 và hành tím.
""",
          author=None, **field_dated(datetime(2024, 6, 6, 14, 0), True)),
        A(path=f"{SEC}/so-ket-6-thang-kinh-te-tap-the-soc-trang-2024.aspx",
          title="Kinh tế tập thể tỉnh Sóc Trăng 6 tháng đầu năm 2024",
          date=datetime(2024, 7, 11, 16, 20),
          lead="Sáu tháng đầu năm 2024, toàn tỉnh thành lập mới 16 HTX, nâng tổng số HTX đang hoạt động lên 362.",
          body="""
Doanh thu bình quân của HTX nông nghiệp đạt 3,1 tỷ đồng/năm; 71 HTX có sản phẩm tham gia chuỗi liên kết tiêu thụ.
## Một số tồn tại
- Nhiều HTX chưa có kế toán được đào tạo bài bản.
- Vốn điều lệ thấp, khó tiếp cận vốn tín dụng ngân hàng.
Liên minh HTX tỉnh đề ra 7 nhóm nhiệm vụ cho 6 tháng cuối năm, trọng tâm là hỗ trợ HTX chuyển đổi số.
""",
          author="Ngọc Hân", **field_dated(datetime(2024, 7, 11, 16, 20), True)),
        A(path=f"{SEC}/htx-banh-pia-vung-thom-nang-hang-ocop.aspx",
          title="HTX bánh pía Vũng Thơm nâng hạng sản phẩm OCOP",
          date=datetime(2024, 9, 17, 7, 45),
          body="""
Sản phẩm bánh pía sầu riêng trứng muối của HTX Vũng Thơm (TP Sóc Trăng) vừa được nâng hạng từ 3 sao lên 4 sao OCOP.
HTX thay đổi bao bì, in mã QR truy xuất nguồn gốc và đầu tư dây chuyền đóng gói hút chân không.
""",
          author=None, **field_dated(datetime(2024, 9, 17, 7, 45), True),
          notes=["no author: the 'Tác giả' row of the field table is empty"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/lmhtx/PublishingImages/TinTuc/{src}"


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p class="ms-rteElement-P">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f'<h3 class="ms-rteElement-H3">{inline_html(b.text)}</h3>')
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p class="ms-rteElement-P" style="text-align: center;"><img src="{img(b.src)}" alt="{attr(b.text)}" '
                         'style="margin: 5px; width: 500px;"></p>'
                         + (f'<p class="ms-rteElement-P" style="text-align: center;"><em>{inline_html(b.text)}</em></p>'
                            if b.text else ""))
    return "\n".join(parts)


VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0"


def layout(title: str, main: str, listed: list[Article], *, action: str) -> str:
    menu = "".join(f'<li class="static"><a class="static menu-item" href="{h}"><span class="menu-item-text">{t}</span></a></li>'
                   for h, t in [(HOME, "Trang chủ"), (CAT, "Tin hoạt động"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in listed[:4])
    poll = "".join(f'<tr><td><input type="radio" name="ctl00$g_poll$rb" value="{i}"><label>{esc(o)}</label></td></tr>'
                   for i, o in enumerate(POLL_A, 1))
    links = (f'<li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>'
             f'<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li>')
    footer = "".join(f"<div>{esc(x)}</div>" for x in FOOTER)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=10">
<title>
	{esc(title)}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css">
<link rel="stylesheet" type="text/css" href="/Style%20Library/SocTrang/css/portal.css">
<script type="text/javascript" src="/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="./{action}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<a class="skip" href="#mainContent">Bỏ qua đến nội dung chính</a>
<div class="st-topbar"><span class="st-today">{TODAY}</span>
<span class="st-tools"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a> | <a href="{SEARCH}">Tìm kiếm</a></span></div>
<div class="st-banner"><a href="{PORTAL_HOME}"><img src="/Style%20Library/SocTrang/images/banner.png" alt="{PORTAL}"></a>
<div class="st-slogan">{esc(SLOGANS[0])}</div></div>
<div class="ms-breadcrumb-top"><div class="ms-core-navigation" role="navigation"><ul class="root ms-core-listMenu-root static">{menu}</ul></div></div>
<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>{SIDE[0]}</span></h2><ul class="dfwp-list">{hot}</ul></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>{SIDE[8]}</span></h2><ul class="dfwp-list">{links}</ul></div></div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">{NAME}</span></h1>
{main}
</div></div>
<div id="rightZone" class="ms-webpart-zone">
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>{SIDE[1]}</span></h2><div class="ms-wpContentDivSpace"><div>29°C</div><div>{SIDE[2]}</div><div>{SIDE[3]}</div></div></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Thăm dò ý kiến</span></h2><div><b>{esc(POLL_Q)}</b><table>{poll}</table><a href="javascript:__doPostBack('ctl00$g_poll$btnVote','')" class="ms-ButtonHeightWidth">Bình chọn</a></div></div>
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>{SIDE[4]}</span></h2><div>{SIDE[5]}</div><div>{SIDE[6]}</div><div>{SIDE[7]}</div></div>
</div></div>
<div class="st-footer">{footer}</div>
</div></div>
</form>
</body>
</html>
"""


def article_main(a: Article, listed: list[Article]) -> str:
    lead = (f'<div class="ms-rtestate-field st-sapo"><b>{inline_html(a.lead)}</b></div>\n' if a.lead else "")
    att = (f'<tr><td class="ms-formlabel">Tập tin đính kèm</td><td class="ms-formbody">'
           f'<a href="{a.attachments[0]["path"]}">{esc(a.attachments[0]["text"])}</a></td></tr>' if a.attachments else "")
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> ({o.date:%d/%m/%Y})</li>' for o in listed if o is not a)
    return f"""<div class="article-page">
<div id="ctl00_PlaceHolderMain_TitleField__ControlWrapper_RichHtmlField" class="ms-rtestate-field st-title">{esc(a.title)}</div>
{lead}<div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">
{render_body(a)}
</div>
<table class="ms-formtable st-fields" cellpadding="0" cellspacing="0">
<tr><td class="ms-formlabel">Ngày đăng</td><td class="ms-formbody">{a.date:%d/%m/%Y %H:%M}</td></tr>
<tr><td class="ms-formlabel">Tác giả</td><td class="ms-formbody">{esc(a.author or FIELD_OFFICE.get(a.path, ""))}</td></tr>
<tr><td class="ms-formlabel">Nguồn</td><td class="ms-formbody">{NAME}</td></tr>
<tr><td class="ms-formlabel">Lượt xem</td><td class="ms-formbody">318</td></tr>{att}
</table>
<div class="st-tools-bottom"><a href="javascript:window.print()">In trang</a> | <a href="javascript:void(0)">Gửi bài viết</a> | <a href="javascript:void(0)">Chia sẻ Facebook</a></div>
<div class="st-older"><h3>Tin đã đưa</h3><ul>{rel}</ul></div>
</div>"""


PAGER = "ctl00$ctl40$g_8d3c5b1e$ctl00$gvTinTuc"


def category_page(rows: list[Article], n: int, pages: int) -> str:
    """Page `n` of the category's GridView: its pager posts the form back ("Page$2")."""
    cells = "".join(f'<tr><td class="ms-vb2"><a href="{a.path}">{esc(a.title)}</a><div class="st-desc">{esc(a.summary())}</div></td>'
                    f'<td class="ms-vb2 st-date">{a.date:%d/%m/%Y}</td></tr>' for a in rows)
    pager = '<tr class="st-pager"><td colspan="2">' + " ".join(
        f"<span>{k}</span>" if k == n else f"<a href=\"javascript:__doPostBack('{PAGER}','Page${k}')\">{k}</a>"
        for k in range(1, pages + 1)) + "</td></tr>"
    return ('<div class="st-listtitle">Tin hoạt động</div>'
            f'<table class="ms-listviewtable" id="ctl00_ctl40_g_8d3c5b1e_ctl00_gvTinTuc">{cells}{pager}</table>')


def build() -> SiteBuild:
    base = "{{base:%s}}" % SITE
    site = SiteBuild(SITE, "soc-trang", NAME, "generic", None, start_urls=[base + HOME, base + CAT])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    listed = [a for a in items if a.listed]
    for a in items:
        site.add_article(a)
        if not a.listed:
            site.only_in[a.path] = "postback"
    for a in items:
        site.page(a.path, layout(f"{NAME} - {a.title}", article_main(a, listed[:PER_PAGE]), listed,
                                 action=a.path.rsplit("/", 1)[1]), content_type=HTML)
    site.trap("the whole page is ASP.NET's <form id=aspnetForm> (view state, ribbon, web part zones); <title> is "
              "'<section name> - <title>' on three lines", listed[0].path)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX NAM 2024",
                                                            "Lien minh HTX tinh Soc Trang"]))

    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    for n in range(1, pages + 1):
        main = category_page(items[(n - 1) * PER_PAGE:n * PER_PAGE], n, pages)
        page = layout(f"{NAME} - Tin hoạt động", main, listed, action="tin-hoat-dong.aspx")
        if n == 1:
            site.page(CAT, page, content_type=HTML)
        else:
            site.postback(CAT, {"__EVENTTARGET": PAGER, "__EVENTARGUMENT": f"Page${n}"}, page)
    site.trap("the category page /lmhtx/Pages/tin-hoat-dong.aspx (article URL shape) pages only by "
              "javascript:__doPostBack(...,'Page$2'): page 2 answers only a POST of the form with that argument; "
              "its older articles are also in /sitemap.xml (announced in robots.txt)", CAT)

    home = "".join(f'<div class="st-hot"><a href="{a.path}">{esc(a.title)}</a><span>{a.date:%d/%m/%Y}</span></div>'
                   for a in listed[:4])
    site.page(HOME, layout(f"{NAME} - Trang chủ", f'<div class="st-home">{home}<a href="{CAT}">Xem tiếp</a></div>', listed,
                           action="default.aspx"), content_type=HTML)
    site.redirect("/lmhtx/", HOME, 302)
    site.page(PORTAL_HOME, layout(PORTAL, f'<div class="st-home"><a href="{HOME}">{NAME}</a></div>', listed,
                                  action="default.aspx"), content_type=HTML)

    stub = ('<div class="article-page"><div class="ms-rtestate-field st-title">Ảnh: Ngày hội HTX tỉnh Sóc Trăng năm 2024</div>'
            '<div class="ms-rtestate-field"><p class="ms-rteElement-P" style="text-align: center;">'
            f'<img src="{img("ngay-hoi-htx-2024.png")}" alt=""></p><p class="ms-rteElement-P" style="text-align: center;">'
            '<em>Gian hàng của các HTX tại ngày hội</em></p></div>'
            '<table class="ms-formtable st-fields"><tr><td class="ms-formlabel">Ngày đăng</td>'
            '<td class="ms-formbody">27/05/2024 17:00</td></tr></table></div>')
    site.page(STUB, layout(f"{NAME} - Ảnh: Ngày hội HTX", stub, listed, action=STUB.rsplit("/", 1)[1]), content_type=HTML)
    gallery = "".join(f'<div class="st-album"><a href="{STUB}"><img src="{img(a.first_image())}" alt=""></a>'
                      f'<div>{esc(a.title)}</div></div>' for a in listed if a.first_image())
    site.page(GALLERY, layout(f"{NAME} - Thư viện ảnh", f'<div class="st-listtitle">Thư viện ảnh</div>{gallery}', listed,
                              action="thu-vien-anh.aspx"), content_type=HTML)
    site.page(CONTACT, layout(f"{NAME} - Liên hệ", f'<div class="st-listtitle">Liên hệ</div><p>{NAME}</p>'
                              '<p>Số 18 Hùng Vương, Phường 6, TP Sóc Trăng - ĐT: 0299.3822.574</p>'
                              '<table><tr><td>Họ tên</td><td><input name="ctl00$txtTen"></td></tr>'
                              '<tr><td>Nội dung</td><td><textarea name="ctl00$txtND"></textarea></td></tr></table>'
                              "<a href=\"javascript:__doPostBack('ctl00$btnGui','')\">Gửi</a>", listed,
                              action="lien-he.aspx"), content_type=HTML)
    hits = "".join(f'<div class="ms-srch-item"><a href="{a.path}">{esc(a.title)}</a><div class="ms-srch-item-summary">'
                   f'{esc(a.summary())}</div></div>' for a in listed)
    site.page(SEARCH, layout("Kết quả tìm kiếm", f'<div class="ms-srch-result">{hits}</div>', listed,
                             action="osssearchresults.aspx?k=HTX"), content_type=HTML)
    site.non_articles += [HOME, PORTAL_HOME, STUB, GALLERY, CONTACT, SEARCH]
    site.trap("caption-only stub, gallery, contact page and the provincial portal's home, all in the /Pages/<x>.aspx "
              "shape, and SharePoint's search page: not articles", STUB)

    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc></url>" for a in items)
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{urls}</urlset>\n")
    site.static("/robots.txt", "User-agent: *\nDisallow: /_layouts/15/Authenticate.aspx\nDisallow: /_vti_bin/\n\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    return site
