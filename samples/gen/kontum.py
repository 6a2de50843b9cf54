"""Site `lmhtx-kontum` (registry family `generic`): a DotNetNuke portal with a table skin, built as a
held-out test: no family module, no selectors.

URL shapes (Vietnamese, percent-encoded as linked): articles
`/<Category>/<Subcategory>/ItemID/<n>/View/Details.aspx`, the subcategory pages `/<Category>/<Sub>`
and their pages `/<Category>/<Sub>/currentpage/N`. The whole page sits in DNN's
`<form id="Form">` with a __VIEWSTATE; containers put the module's name in `<h2><span class="Head">`;
the article title is a plain `div.c_title` (no heading); paragraphs are `<div>`s, not `<p>`s;
captions are the second row of a small table under the photo. Dates come in the vi-VN culture of
.NET: "Ngày đăng: 24/08/2023 2:30:00 CH" (CH = afternoon, SA = morning). `<title>` is the tab
path ("Liên minh HTX tỉnh Kon Tum > Tin tức > Hoạt động Liên minh") and never names the article.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from .core import (
    POLL_OPTIONS,
    POLL_QUESTION,
    RATING,
    RATING_CLICK,
    TODAY_2026,
    Article,
    SiteBuild,
    attr,
    dmy,
    esc,
    image_for,
    inline_html,
    iso,
    listing_pages,
    pdf,
    weekday,
)

SITE = "lmhtx-kontum"
NAME = "Liên minh Hợp tác xã tỉnh Kon Tum"
SHORT = "Liên minh HTX tỉnh Kon Tum"
PER_PAGE = 4
CATS = {  # key -> (category, subcategory)
    "hd": ("Tin tức", "Hoạt động Liên minh"),
    "mh": ("Tin tức", "Mô hình HTX"),
    "vb": ("Văn bản", "Văn bản Liên minh"),
}
CONTACT = quote("/Liên-hệ")
GALLERY = quote("/Thư-viện-ảnh")
SEARCH = "/SearchResults.aspx?Search=OCOP"
LOGIN = "/Login.aspx?returnurl=%2f"
PDF_PATH = "/Portals/0/VanBan/2024/TB-18-LMHTX.pdf"
CP = "dnn_ctr455_ArticleDetails"

TODAY = f"{weekday(TODAY_2026)}, {dmy(TODAY_2026)}"
SLOGANS = ["Chào mừng kỷ niệm Ngày Hợp tác xã Việt Nam 11/4",
           "Hợp tác xã - con đường phát triển bền vững của đồng bào các dân tộc Kon Tum"]
WEATHER = ("Thời tiết Kon Tum", "24°C", "Mưa rải rác vùng núi", "Độ ẩm: 85%")
COUNTER = ("Số lượt truy cập", "Đang xem: 6", "Trong ngày: 98", "Trong tuần: 640", "Tất cả: 512.074")
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Kon Tum",
          "Người chịu trách nhiệm: Ông A Thoi - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 04/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Kon Tum cấp ngày 12/3/2019",
          "Địa chỉ: 308 Bà Triệu, TP Kon Tum, tỉnh Kon Tum - ĐT: 0260.3862.517",
          "Khi sử dụng lại thông tin từ website này, đề nghị ghi rõ nguồn",
          "Copyright © 2019 by Liên minh HTX tỉnh Kon Tum"]
TOOLS = ("In trang", "Gửi bạn bè", "Về đầu trang", "Quay lại")
HEADINGS = ("Tin mới nhất", "Bình chọn", "Liên kết website", "Các tin đã đưa",
            "Hoạt động Liên minh", "Văn bản Liên minh")  # the last two: module container titles
LABELS = ("Ngày đăng:", "Tệp đính kèm:", "Từ khóa:")  # the date line, the attachment and keyword lines

BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", WEATHER[0], WEATHER[2], WEATHER[3], *COUNTER,
               POLL_QUESTION, *POLL_OPTIONS, "Biểu quyết", "Xem kết quả", RATING, RATING_CLICK, *FOOTER, *TOOLS, *HEADINGS, *LABELS]


def slug(text: str) -> str:
    return text.replace(" ", "-")


def cat_path(key: str) -> str:
    cat, sub = CATS[key]
    return quote(f"/{slug(cat)}/{slug(sub)}")


def item_path(key: str, item_id: int) -> str:
    return f"{cat_path(key)}/ItemID/{item_id}/View/Details.aspx"


def cat_of(a: Article) -> str:
    return next(k for k in CATS if a.path.startswith(cat_path(k) + "/"))


def vi_time(d: datetime) -> str:
    """.NET's vi-VN long time: 'h:mm:ss SA|CH'."""
    hour = d.hour % 12 or 12
    return f"{hour}:{d:%M:%S} {'SA' if d.hour < 12 else 'CH'}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


DOC_BODY = """
Kon Tum, ngày 03 tháng 4 năm 2024
THÔNG BÁO
Kết luận của Thường trực Liên minh Hợp tác xã tỉnh tại buổi làm việc với các hợp tác xã nông nghiệp huyện Đăk Tô
Ngày 29/3/2024, Thường trực Liên minh Hợp tác xã tỉnh làm việc với 9 hợp tác xã nông nghiệp trên địa bàn huyện Đăk Tô. Sau khi nghe báo cáo và ý kiến của các hợp tác xã, đồng chí Chủ tịch Liên minh Hợp tác xã tỉnh kết luận như sau:
1. Ghi nhận các hợp tác xã đã duy trì dịch vụ đầu vào cho thành viên, liên kết tiêu thụ cà phê, mì và rau an toàn; doanh thu năm 2023 bình quân đạt 1,8 tỷ đồng/hợp tác xã.
2. Đề nghị các hợp tác xã hoàn thành sửa đổi điều lệ theo Luật Hợp tác xã năm 2023 trước ngày 30/6/2024; kiện toàn bộ máy kế toán, công khai tài chính với thành viên.
3. Giao Trung tâm Tư vấn và Hỗ trợ hợp tác xã hướng dẫn các hợp tác xã xây dựng phương án vay vốn Quỹ hỗ trợ phát triển hợp tác xã tỉnh, hoàn thành trong quý II/2024.
Liên minh Hợp tác xã tỉnh thông báo để các hợp tác xã và đơn vị liên quan biết, thực hiện./.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
"""


def articles() -> list[Article]:
    A = Article
    return [
        A(path=item_path("hd", 1398),
          title="Liên minh HTX tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh",
          date=datetime(2023, 4, 18, 9, 5),
          lead="Sáng 17/4, Liên minh HTX tỉnh và Hội Nông dân tỉnh Kon Tum ký kết chương trình phối hợp vận động nông dân tham gia tổ hợp tác, hợp tác xã giai đoạn 2023 - 2025.",
          body="""
Theo chương trình, hai bên phối hợp tuyên truyền chủ trương, chính sách về kinh tế tập thể đến hội viên nông dân, nhất là ở các xã vùng đồng bào dân tộc thiểu số; hỗ trợ thành lập mới ít nhất 30 tổ hợp tác và 15 HTX.
Hội Nông dân các cấp giới thiệu các mô hình kinh tế hộ hiệu quả để Liên minh HTX tỉnh tư vấn chuyển đổi lên tổ hợp tác, HTX; hai bên cùng tổ chức tập huấn, tham quan học tập kinh nghiệm.
[img ky-ket-hoi-nong-dan.png] Lãnh đạo hai đơn vị ký kết chương trình phối hợp
Hằng năm, hai bên tổ chức sơ kết, đánh giá kết quả phối hợp và đề xuất khen thưởng các tập thể, cá nhân có thành tích tiêu biểu.
""",
          byline="Ngọc Hà", author="Ngọc Hà", **dated(datetime(2023, 4, 18, 9, 5))),
        A(path=item_path("hd", 1427),
          title="Tập huấn quản trị HTX cho cán bộ vùng đồng bào dân tộc thiểu số",
          date=datetime(2023, 8, 24, 14, 30),
          body="""
Từ ngày 22 đến 24/8, tại huyện Kon Plông, Liên minh HTX tỉnh tổ chức lớp tập huấn quản trị HTX cho 45 học viên là cán bộ quản lý HTX, tổ hợp tác và cán bộ xã vùng đồng bào dân tộc thiểu số.
Nội dung tập huấn gồm xây dựng phương án sản xuất kinh doanh, quản lý tài chính, kỹ năng đàm phán hợp đồng liên kết và tiếp cận nguồn vốn ưu đãi.
[img tap-huan-kon-plong.png] Học viên thảo luận nhóm tại lớp tập huấn
Giảng viên sử dụng nhiều ví dụ thực tế từ các HTX trồng sâm, nuôi cá tầm và du lịch cộng đồng ở Măng Đen, giúp học viên dễ tiếp thu và áp dụng.
""",
          byline="Y Sương", author="Y Sương", **dated(datetime(2023, 8, 24, 14, 30)),
          notes=["date in .NET's vi-VN culture 'Ngày đăng: 24/08/2023 2:30:00 CH' (CH: afternoon -> 14:30)"]),
        A(path=item_path("mh", 1440),
          title="HTX Sâm Ngọc Linh Tu Mơ Rông mở rộng vùng trồng dược liệu",
          date=datetime(2023, 10, 12, 10, 45),
          body="""
HTX Sâm Ngọc Linh Tu Mơ Rông (huyện Tu Mơ Rông) vừa mở rộng thêm 12 ha vùng trồng sâm và các cây dược liệu dưới tán rừng, nâng tổng diện tích của HTX lên 47 ha.
HTX có 68 thành viên, phần lớn là người Xơ Đăng. Thành viên được HTX cung ứng cây giống có nguồn gốc rõ ràng, hướng dẫn kỹ thuật chăm sóc và bao tiêu sản phẩm.
## Kết quả sau ba năm hoạt động
* Doanh thu năm 2022 đạt 9,5 tỷ đồng;
* Ba sản phẩm đạt chuẩn OCOP 4 sao;
* Thu nhập bình quân của thành viên đạt 85 triệu đồng/năm.
[img sam-ngoc-linh.png] Thành viên HTX chăm sóc vườn sâm dưới tán rừng
""",
          byline="Nguồn: Báo Kon Tum", author=None, **dated(datetime(2023, 10, 12, 10, 45)),
          notes=["last line 'Nguồn: Báo Kon Tum' (a source, not a person): part of the text, author null; "
                 "the photo and caption come after the list, at the very end of the body"]),
        A(path=item_path("hd", 1466),
          title="Hội nghị tổng kết công tác Liên minh HTX năm 2023",
          date=datetime(2023, 12, 28, 16, 15),
          lead="Chiều 27/12, Liên minh HTX tỉnh Kon Tum tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, toàn tỉnh thành lập mới 24 HTX, nâng tổng số lên 248 HTX với 6.900 thành viên; 62% HTX hoạt động đạt loại khá, tốt theo bộ tiêu chí đánh giá mới.
Liên minh HTX tỉnh tổ chức 11 lớp tập huấn cho 520 học viên, hỗ trợ 18 HTX xây dựng nhãn hiệu, bao bì sản phẩm và đưa 7 HTX lên sàn thương mại điện tử.
[img tong-ket-2023-kon-tum.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh đặt mục tiêu thành lập mới 20 HTX, hỗ trợ 10 HTX ứng dụng công nghệ cao và phát triển thêm 5 sản phẩm OCOP của HTX.
""",
          byline="Ngọc Hà", author="Ngọc Hà", **dated(datetime(2023, 12, 28, 16, 15))),
        A(path=item_path("mh", 1481),
          title="HTX Cà phê Đăk Hà đạt chứng nhận 4C",
          date=datetime(2024, 2, 6, 8, 20),
          body="""
Toàn bộ 210 ha cà phê của HTX Nông nghiệp dịch vụ Đăk Hà vừa được cấp chứng nhận sản xuất cà phê bền vững 4C, mở đường cho sản phẩm vào chuỗi cung ứng của các nhà rang xay quốc tế.
Để đạt chứng nhận, thành viên HTX ghi chép nhật ký sản xuất, sử dụng phân bón và thuốc bảo vệ thực vật trong danh mục cho phép, không dùng lao động trẻ em và bảo vệ nguồn nước.
[img ca-phe-dak-ha.png] Thành viên HTX thu hoạch cà phê chín
Nhờ chứng nhận 4C, cà phê nhân của HTX được doanh nghiệp xuất khẩu thu mua cao hơn giá thị trường 1.000 đồng/kg.
""",
          byline="Quang Minh", author="Quang Minh", **dated(datetime(2024, 2, 6, 8, 20))),
        A(path=item_path("vb", 1502),
          title="Thông báo kết luận của Thường trực Liên minh HTX tỉnh tại buổi làm việc với các HTX huyện Đăk Tô",
          date=datetime(2024, 4, 5, 15, 40),
          lead="Số: 18/TB-LMHTX",
          body=DOC_BODY, byline="Nguyễn Văn Hòa", author=None, doc_number="18/TB-LMHTX",
          **dated(datetime(2024, 4, 5, 15, 40)),
          attachments=[{"path": PDF_PATH, "text": "TB-18-LMHTX.pdf"}],
          notes=["official document: 'Số: 18/TB-LMHTX', place-date line 'Kon Tum, ngày 03 tháng 4 năm 2024' "
                 "(two days before the posting time 05/04/2024 3:40:00 CH, the publication date); signer last, author null; "
                 "the PDF under 'Tệp đính kèm:'"]),
        A(path=item_path("hd", 1519),
          title="Hỗ trợ HTX tham gia Hội chợ nông sản Măng Đen",
          date=datetime(2024, 6, 14, 7, 30),
          body="""
Từ ngày 10 đến 13/6, Liên minh HTX tỉnh hỗ trợ 14 HTX tham gia Hội chợ nông sản và sản phẩm OCOP tại thị trấn Măng Đen, huyện Kon Plông.
Các HTX giới thiệu sâm dây, cà phê, mật ong, rau ôn đới và rượu ghè; tổng doanh thu bán hàng trong 4 ngày hội chợ đạt hơn 1,2 tỷ đồng.
[img hoi-cho-mang-den.png] Gian hàng của HTX Rau ôn đới Măng Đen tại hội chợ
Bên lề hội chợ, 6 HTX đã ký biên bản ghi nhớ tiêu thụ sản phẩm với các doanh nghiệp, khách sạn và nhà hàng trong và ngoài tỉnh.
""",
          byline="Y Sương", author="Y Sương", **dated(datetime(2024, 6, 14, 7, 30))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/Portals/0/News/{src}"


def viewstate(seed: str, n: int = 60) -> str:
    return (hashlib.sha256(seed.encode()).hexdigest() * 4)[:n]


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<div style="text-align: justify;">{inline_html(b.text)}</div>')
        elif b.kind == "h":
            parts.append(f"<div><b>{inline_html(b.text)}</b></div>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            caption = (f'<tr><td style="text-align: center;"><span style="font-size: 11px;"><em>{inline_html(b.text)}</em>'
                       '</span></td></tr>' if b.text else "")
            parts.append(f'<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;"><tbody>'
                         f'<tr><td><img alt="" src="{img(b.src)}" style="width: 500px;" /></td></tr>{caption}</tbody></table>')
    if a.byline:
        parts.append(f'<div style="text-align: right;"><b>{esc(a.byline)}</b></div>')
    return "\n".join(parts)


def container(title: str, inner: str, mid: int) -> str:
    return (f'<div class="c_7"><div class="c_7_head"><h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{title}</span></h2></div>'
            f'<div class="c_7_body"><div id="dnn_ctr{mid}_ContentPane" class="DNNModuleContent">{inner}</div></div></div>')


def side(items: list[Article]) -> str:
    newest = "".join(f'<tr><td class="c_12"><a href="{a.path}" class="c_12_link">{esc(a.title)}</a></td></tr>' for a in items[:5])
    options = "".join(f'<tr><td><input type="radio" name="dnn$ctr470$Poll$rbl" value="{i}" /> {esc(o)}</td></tr>'
                      for i, o in enumerate(POLL_OPTIONS, 1))
    name, temp, sky, humidity = WEATHER
    title, *counts = COUNTER
    links = "".join(f'<option value="{{{{base:offsite}}}}{href}">{esc(t)}</option>'
                    for t, href in [("Cổng thông tin điện tử Chính phủ", "/chinh-phu/"),
                                    ("Liên minh Hợp tác xã Việt Nam", "/lmhtx-vn/")])
    return "\n".join([
        container("Tin mới nhất", f'<table width="100%" cellpadding="2">{newest}</table>', 466),
        container("Bình chọn", f'<table width="100%"><tr><td class="Normal">{esc(POLL_QUESTION)}'
                  f'</td></tr>{options}<tr><td><button type="button" class="CommandButton">Biểu quyết</button> '
                  '<a href="javascript:void(0)" class="CommandButton">Xem kết quả</a></td></tr></table>', 470),
        container(name, f'<div class="Normal"><b>{temp}</b><br />{sky}<br />{humidity}</div>', 474),
        container(title, "<table>" + "".join(f'<tr><td class="Normal">{c}</td></tr>' for c in counts) + "</table>", 478),
        container("Liên kết website", f'<select class="NormalTextBox" onchange="window.open(this.value)">'
                  f'<option value="">--- Chọn ---</option>{links}</select>', 482),
    ])


def layout(crumbs: list[str], main: str, items: list[Article], *, path: str) -> str:
    menu = "".join(f'<td class="menu_item"><a href="{href}">{text}</a></td>'
                   for href, text in [("/", "Trang chủ"), (cat_path("hd"), "Tin tức"), (cat_path("vb"), "Văn bản"),
                                      (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    footer = "<br />".join(esc(line) for line in FOOTER)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{" &gt; ".join([SHORT, *crumbs])}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{SHORT}" />
<meta id="MetaKeywords" name="KEYWORDS" content="hợp tác xã, Kon Tum, Liên minh HTX, DotNetNuke" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link id="APortals__default_" rel="stylesheet" type="text/css" href="/Portals/_default/default.css" />
<link id="APortals_0_Skins_LMHTX_" rel="stylesheet" type="text/css" href="/Portals/0/Skins/LMHTX/skin.css" />
<script type="text/javascript" src="/js/dnncore.js"></script>
</head>
<body id="Body">
<form name="Form" method="post" action="{path}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(path)}" /></div>
<table class="skin-main" width="1000" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td class="topbar"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY}</span>
&nbsp;|&nbsp;<a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a>
&nbsp;|&nbsp;<a id="dnn_dnnLOGIN_loginLink" class="SkinObject" href="{LOGIN}">Đăng nhập</a></td></tr>
<tr><td class="banner"><a href="/"><img src="/Portals/0/Skins/LMHTX/images/banner.png" alt="{NAME}" width="1000" height="150" /></a></td></tr>
<tr><td class="slogan"><marquee scrollamount="3">{" ★ ".join(esc(s) for s in SLOGANS)}</marquee></td></tr>
<tr><td><table class="menu" cellpadding="0" cellspacing="0"><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="dnn_ContentPane" class="contentpane" valign="top" width="700">
{main}
</td>
<td id="dnn_RightPane" class="rightpane" valign="top" width="300">
{side(items)}
</td></tr></table></td></tr>
<tr><td class="footer"><div class="c_foot">{footer}</div></td></tr>
</table>
</form>
</body>
</html>
"""


def detail(a: Article, others: list[Article]) -> str:
    lead = ""
    body = render_body(a)
    if a.doc_number:  # the document's number heads the text, in a bold line
        body = f'<div style="text-align: left;"><b>{esc(a.lead)}</b></div>\n' + body
    elif a.lead:
        lead = f'<div id="{CP}_divSummary" class="c_sum"><b>{inline_html(a.lead)}</b></div>\n'
    files = ""
    if a.attachments:
        files = (f'<div id="{CP}_divFile" class="c_file">Tệp đính kèm: ' + " ".join(
            f'<a href="{x["path"]}" target="_blank">{esc(x["text"])}</a>' for x in a.attachments) + "</div>\n")
    other = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <i>({dmy(o.date)})</i></li>' for o in others)
    inner = f"""<div id="{CP}_divTitle" class="c_title">{esc(a.title)}</div>
<div class="c_date"><span id="{CP}_lblDate">Ngày đăng: {dmy(a.date)} {vi_time(a.date)}</span></div>
{lead}<div id="{CP}_divContent" class="c_content Normal">
{body}
</div>
{files}<div class="c_tag">Từ khóa: <a href="{SEARCH}">OCOP</a></div>
<div class="c_tool"><a href="javascript:window.print()">In trang</a> | <a href="javascript:void(0)">Gửi bạn bè</a> | <a href="#Body">Về đầu trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="c_rate">{RATING} <a href="javascript:void(0)">{RATING_CLICK}</a></div>
<div class="c_other"><div class="c_other_head">Các tin đã đưa</div><ul>{other}</ul></div>"""
    return container(CATS[cat_of(a)][1], inner, 455)


def list_body(chunk: list[Article], n: int, pages: int, page_path) -> str:
    rows = "".join(f"""<tr><td class="c_list_img" valign="top">{f'<a href="{a.path}"><img src="{img(a.first_image())}" alt="{attr(a.title)}" width="120" /></a>' if a.first_image() else ""}</td>
<td valign="top"><a href="{a.path}" class="c_list_title">{esc(a.title)}</a> <span class="c_list_date">({dmy(a.date)})</span>
<div class="Normal">{esc(a.summary())}</div></td></tr>""" for a in chunk)
    nav = " ".join(f'<span class="c_page_cur">{k}</span>' if k == n else f'<a href="{page_path(k)}" class="c_page">{k}</a>'
                   for k in range(1, pages + 1)) if pages > 1 else ""
    return f'<table class="c_list" width="100%" cellpadding="4">{rows}</table><div class="c_pager">{nav}</div>'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kon-tum", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, cat_path("hd"))], per_page=PER_PAGE)
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)

    for a in items:
        cat = cat_of(a)
        others = [o for o in items if o is not a and cat_of(o) == cat][:4]
        site.page(a.path, layout(list(CATS[cat]), detail(a, others), items, path=a.path))
    site.trap("<title> is the tab path ('Liên minh HTX tỉnh Kon Tum > Tin tức > Hoạt động Liên minh'), never the article's; "
              "the title is a plain div.c_title, the module name the only heading (<h2><span class=Head>)", items[0].path)
    site.trap("paragraphs are <div style=text-align: justify> (no <p>); captions are the second row of a table under the photo; "
              "the whole page is DNN's <form id=Form>", items[0].path)

    for cat, (cat_name, sub) in CATS.items():
        in_cat = [a for a in items if cat_of(a) == cat]
        pages = listing_pages(in_cat, PER_PAGE)
        page_path = lambda n, cat=cat: cat_path(cat) if n == 1 else f"{cat_path(cat)}/currentpage/{n}"  # noqa: E731
        for n, chunk in enumerate(pages, 1):
            site.page(page_path(n), layout([cat_name, sub], container(sub, list_body(chunk, n, len(pages), page_path), 455),
                                           items, path=page_path(n)))
        if len(pages) > 1:
            site.trap(f"pagination /<Category>/<Sub>/currentpage/2 (numbers only); page 2 holds the oldest "
                      f"{len(pages[-1])} of '{sub}'", page_path(2))

    # home page: newest of each subcategory
    blocks = []
    for cat, (cat_name, sub) in CATS.items():
        in_cat = [a for a in items if cat_of(a) == cat][:3]
        rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="c_list_date">({dmy(a.date)})</span></li>' for a in in_cat)
        blocks.append(container(sub, f'<ul class="c_home">{rows}</ul><div class="c_more"><a href="{cat_path(cat)}">Xem tiếp</a></div>',
                                500 + len(blocks)))
    site.page("/", layout(["Trang chủ"], "\n".join(blocks), items, path="/"), content_type="text/html; charset=utf-8")
    site.non_articles.append("/")

    # search results (the 'Từ khóa' link of every article), gallery, contact, login (robots)
    hits = [a for a in items if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    rows = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a><div class="Normal">{esc(a.summary())}</div>'
                   f'<span class="c_list_date">{dmy(a.date)}</span></td></tr>' for a in hits)
    site.page(SEARCH, layout(["Tìm kiếm"], container("Kết quả tìm kiếm", f'<div>Tìm thấy {len(hits)} kết quả cho "OCOP"</div>'
                                                     f'<table width="100%">{rows}</table>', 390), items, path=SEARCH))
    pics = "".join(f'<td><img src="{img(a.first_image())}" alt="" width="150" /><div class="Normal">{esc(a.title)}</div></td>'
                   for a in items if a.first_image())
    site.page(GALLERY, layout(["Thư viện ảnh"], container("Thư viện ảnh", f"<table><tr>{pics}</tr></table>", 395),
                              items, path=GALLERY))
    contact = (f'<div class="Normal"><b>{NAME}</b><br />Địa chỉ: 308 Bà Triệu, TP Kon Tum<br />Điện thoại: 0260.3862.517</div>'
               '<table><tr><td>Họ và tên:</td><td><input type="text" name="dnn$ctr399$Feedback$txtName" /></td></tr>'
               '<tr><td>Nội dung:</td><td><textarea name="dnn$ctr399$Feedback$txtBody"></textarea></td></tr>'
               '<tr><td></td><td><input type="submit" value="Gửi" /></td></tr></table>')
    site.page(CONTACT, layout(["Liên hệ"], container("Liên hệ", contact, 399), items, path=CONTACT))
    site.non_articles += [SEARCH, GALLERY, CONTACT]
    site.trap("search results page for the keyword link 'Từ khóa: OCOP' under every article (query route): not an article", SEARCH)
    site.trap("photo gallery and a contact page (DNN feedback form): not articles", GALLERY)
    site.page(LOGIN, layout(["Đăng nhập"], container("Đăng nhập", '<input type="text" name="user" /><input type="password" name="pass" />', 1),
                            items, path=LOGIN))
    site.never_fetched.append(LOGIN)
    site.trap("robots.txt disallows /Login.aspx; the top bar of every page links it: never fetch", LOGIN)
    site.static("/robots.txt", "User-agent: *\nDisallow: /Login.aspx\nDisallow: /Admin/\n")
    site.binary(PDF_PATH, pdf("Thông báo 18/TB-LMHTX", ["LIEN MINH HTX TINH KON TUM", "So: 18/TB-LMHTX", "THONG BAO",
                                                        "Ket luan cua Thuong truc Lien minh HTX tinh"]))
    return site
