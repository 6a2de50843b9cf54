"""Site `portal-htxlaocai` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Lào Cai" on **Apache
Jetspeed 2** (2.2: the Java enterprise portal on Tomcat; the web application deployed at `/portal`, the portal servlet
at `/portal`, the pages in the PSML folder `/default`; the `jetspeed` layout decorator (menu tabs) and the `tigris`
portlet decorator; the news are a JSR-168 portlet application written by the province's contractor, "tintuc-portlets",
with the news in a database; the copy is of 10 June 2025, before the province merged). Written as a held-out test:
no family module, no selectors.

URL shapes: pages `/portal/portal/default/<page>.psml` (`trang-chu.psml`, `tin-tuc.psml`, `thong-bao.psml`,
`gioi-thieu.psml`, `tim-kiem.psml`, `dang-nhap.psml`); an article on the detail page
`/portal/portal/default/tin-tuc/chi-tiet.psml?articleId=<id>` (Jetspeed merges the query string into the portlets'
parameters: the home page, "Các tin khác" and the search link articles so); the list portlets link articles with
their own render URLs, the page path followed by the encoded navigational state
`/portal/portal/default/tin-tuc.psml/_ns:<base64 of "aP-<window id>|c0|d1|earticleId=1=<id>">`, which render the
article inside the list's window (an alias); the list's pager is such a render URL too (`|epage=1=2`: the oldest news
item is only there); the portlet decorator's action bar links the window states (minimize `|d2`, maximize `|d3`) as
render URLs; the login portlet posts to `/portal/login/proxy`; the portal of 2012 ran at `/jetspeed/portal/TinTuc/
ChiTiet.psml?articleId=<id>` and Tomcat still answers those with a 301 to the new page (an article's text links one:
an alias); `/` and `/portal/` redirect (302) to the home page; the contractor's RSS servlet
`/portal/rss?chuyenMuc=tin-tuc`; files under `/portal/upload/`; robots.txt disallows `/portal/login/` and the
login page.

Why it is hard: no `<h1>` anywhere; `<title>` is the PSML page's title ("Chi tiết tin"), and the head carries
`<base href="http://…/portal/">`; every portlet sits in the decorator's `div.PortletWindow` with the portlet title
(the category: "Tin tức", "Thông báo") in `div.PTitle > div.PTitleContent`, an action bar of state links in
`div.PActionBar`, the markup in `div.PContentBorder > div.PContent`; the article's title is the JSR-168 class
`div.portlet-section-header`, the portlet's date line "Ngày: 21-03-2025 | Lượt xem: 215" (dd-MM-yyyy, no time:
published at midnight) with "Người đăng: <portal account>" (an account, never the author), the text in
`div.portlet-section-body` (FCKeditor output: `<p>`, `<h3>`, lists, bordered tables, photos in centred `<div>`s with
the caption after a `<br />` in `<em>`), the attachments and the "Tác giả" field below it; the right column holds
the login portlet, "Các tin khác", links and the counter. The RSS servlet writes pubDate in GMT: the post of 00:35
on 21 March reads "Thu, 20 Mar 2025 17:35:00 GMT".
"""

from __future__ import annotations

import base64
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "portal-htxlaocai"
NAME = "Liên minh Hợp tác xã tỉnh Lào Cai"
SHORT = "Liên minh HTX tỉnh Lào Cai"
TODAY = "Thứ Ba, 10/06/2025"
PER = 5
HTML = "text/html;charset=UTF-8"
P = "/portal/portal/default"
WIN = {"tin-tuc": "P-18f2c3a9b1d-10021", "thong-bao": "P-18f2c3a9b1d-10025", "chi-tiet": "P-18f2c3a9b1d-10031",
       "tin-moi": "P-18f2c3a9b1d-10011", "tin-khac": "P-18f2c3a9b1d-10033", "login": "P-18f2c3a9b1d-10002",
       "tim-kiem": "P-18f2c3a9b1d-10041"}
CATS = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
ADDRESS = "Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai"
PHONE = "Điện thoại: 0214.3840.225 - Email: lmhtx@laocai.gov.vn"
COPY = "Bản quyền © 2012 Liên minh Hợp tác xã tỉnh Lào Cai"
LICENCE = "Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Lào Cai cấp ngày 08/5/2012"
POWERED = "Powered by Apache Jetspeed 2"
FURN = [TODAY, ADDRESS, PHONE, COPY, LICENCE, POWERED, "Bạn đang ở:", "Người đăng:", "Lượt xem:", "Các tin khác",
        "Tên đăng nhập", "Mật khẩu", "Liên kết website", "Thống kê truy cập", "Lượt truy cập:", "Đang trực tuyến:",
        "Tệp đính kèm:"]


def ns(window: str, *params: tuple[str, str], state: int = 1) -> str:
    """Jetspeed's PathNavigationalState: 'a<window id>|c<mode>|d<state>|e<name>=<count>=<value>', base64, '=' -> '_'."""
    raw = f"a{window}|c0|d{state}" + "".join(f"|e{k}=1={v}" for k, v in params)
    enc = base64.b64encode(raw.encode()).decode().replace("+", "-").replace("/", "*").replace("=", "_")
    return f"/_ns:{enc}"


def dmy(d: datetime) -> str:
    return f"{d:%d-%m-%Y}"


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tham gia Hội chợ nông sản, sản phẩm OCOP tỉnh Lào Cai năm 2025",
          body="""
LIÊN MINH HTX TỈNH LÀO CAI
Số: 08/TB-LMHTX
Lào Cai, ngày 28 tháng 5 năm 2025
THÔNG BÁO
Về việc tham gia Hội chợ nông sản, sản phẩm OCOP tỉnh Lào Cai năm 2025
Hội chợ nông sản, sản phẩm OCOP tỉnh Lào Cai năm 2025 diễn ra từ ngày 26/6 đến ngày 30/6/2025 tại Quảng trường Nguyễn Tri Phương, TP Lào Cai.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên; mỗi HTX đăng ký không quá 01 gian hàng.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 15/6/2025.
CHỦ TỊCH
Hoàng Văn Lâm
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/portal/upload/vanban/2025/TB-08-LMHTX-2025.pdf", "text": "TB-08-LMHTX-2025.pdf"}],
          opts={"cat": "thong-bao", "id": 1482, "by": "vanphong", "views": 164, "tacgia": ""},
          notes=["notice 'Số: 08/TB-LMHTX' dated 28/5 in its text, posted 'Ngày: 30-05-2025' (the portlet's date line, no "
                 "time: midnight); 'Người đăng: vanphong' is the portal account: no author; the signer is text; 'Tệp đính "
                 "kèm: <a>TB-08-LMHTX-2025.pdf</a>' below the text: the attachment, not text"],
          **at(datetime(2025, 5, 30, 8, 10))),
        A(path="", title="Ảnh: HTX Chè Tả Phời thu hái chè Shan tuyết vụ xuân",
          body="""
Những ngày cuối tháng 5, thành viên HTX Chè Tả Phời (TP Lào Cai) tất bật thu hái chè Shan tuyết vụ xuân.
[img ta-phoi-1.png] Thành viên HTX thu hái chè Shan tuyết trên những cây chè cổ thụ
[img ta-phoi-2.png] Chè búp tươi được làm héo trước khi đưa vào sao thủ công
[img ta-phoi-3.png] Sản phẩm chè Shan tuyết Tả Phời đạt chứng nhận OCOP 4 sao
Vụ xuân năm nay HTX thu mua khoảng 40 tấn chè búp tươi của 85 hộ thành viên.
""", byline="Bài, ảnh: Lý Thị Hoa", author="Lý Thị Hoa",
          opts={"cat": "tin-tuc", "id": 1479, "by": "hoalt", "views": 312, "tacgia": ""},
          notes=["photo story: each photo in a centred <div> (FCKeditor), its caption after a <br /> in <em> (one line each); "
                 "'Bài, ảnh: Lý Thị Hoa' closes it -> author ('Người đăng: hoalt' is her account name)"],
          **at(datetime(2025, 5, 22, 15, 20))),
        A(path="", title="Kết quả hoạt động của các HTX tỉnh Lào Cai 5 tháng đầu năm 2025",
          body="""
Năm tháng đầu năm 2025, các HTX trên địa bàn tỉnh duy trì sản xuất ổn định, doanh thu tăng so với cùng kỳ năm trước.
| Lĩnh vực | Số HTX | Doanh thu (tỷ đồng) | So cùng kỳ (%) |
| Nông, lâm nghiệp | 486 | 312,4 | 108,6 |
| Dịch vụ, du lịch | 74 | 58,7 | 112,3 |
| Tiểu thủ công nghiệp | 41 | 36,2 | 104,9 |
| Vận tải | 23 | 27,5 | 101,7 |
Các HTX trồng quế đã áp dụng hướng dẫn canh tác hữu cơ mà Liên minh HTX tỉnh [[phổ biến trong tháng 4|/jetspeed/portal/TinTuc/ChiTiet.psml?articleId=1466]].
""", author="Giàng Thị Mai",
          opts={"cat": "tin-tuc", "id": 1475, "by": "admin", "views": 205, "tacgia": "Giàng Thị Mai"},
          notes=["a bordered table (FCKeditor: first row in <th>): one line per row; the portlet's 'Tác giả: Giàng Thị Mai' "
                 "field below the text, 'Người đăng: admin' above it: she is the author; its last paragraph links the "
                 "list post by the 2012 address /jetspeed/portal/TinTuc/ChiTiet.psml?articleId=1466 (301 to the new page)"],
          **at(datetime(2025, 5, 14, 9, 0))),
        A(path="", title="Hướng dẫn HTX trồng quế theo tiêu chuẩn hữu cơ",
          body="""
Trồng quế theo tiêu chuẩn hữu cơ giúp HTX nâng giá bán vỏ quế và tiếp cận thị trường xuất khẩu châu Âu.
## Yêu cầu về vùng trồng
+ Vùng trồng cách biệt với khu sản xuất thông thường ít nhất 100 m;
+ Không sử dụng phân bón hóa học, thuốc bảo vệ thực vật hóa học;
+ Ghi chép nhật ký sản xuất đầy đủ, lưu giữ ít nhất 3 năm.
## Thu hoạch và sơ chế
Vỏ quế được bóc vào mùa xuân hoặc mùa thu, phơi trên giàn cao, không phơi trực tiếp trên mặt đất.
""", byline="Trần Minh Đức - Trung tâm Dịch vụ nông nghiệp huyện Bảo Yên", author="Trần Minh Đức",
          opts={"cat": "tin-tuc", "id": 1466, "by": "admin", "views": 447, "tacgia": "", "legacy": True},
          notes=["<h3> headings and a numbered list (<ol>), one line each; 'Người đăng: admin'; 'Trần Minh Đức - Trung tâm "
                 "Dịch vụ nông nghiệp huyện Bảo Yên' closes the text -> Trần Minh Đức; the table post links it by the old "
                 "address /jetspeed/portal/TinTuc/ChiTiet.psml?articleId=1466, a 301 here: an alias"],
          **at(datetime(2025, 4, 25, 10, 30))),
        A(path="", title="HTX Nông nghiệp Bản Lầu mở rộng diện tích chuối xuất khẩu",
          body="""
HTX Nông nghiệp Bản Lầu (huyện Mường Khương) đã mở rộng diện tích trồng chuối xuất khẩu lên 180 ha.
HTX ký hợp đồng với doanh nghiệp bao tiêu toàn bộ sản phẩm để xuất khẩu sang Trung Quốc và Hàn Quốc.
Mỗi năm, HTX tạo việc làm thường xuyên cho hơn 200 lao động là đồng bào dân tộc thiểu số.
""", byline="Theo Báo Lào Cai", author=None,
          opts={"cat": "tin-tuc", "id": 1458, "by": "vanphong", "views": 268, "tacgia": ""},
          notes=["'Theo Báo Lào Cai' closes the text: a reprint, no author"],
          **at(datetime(2025, 4, 8, 14, 45))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dược liệu Sa Pa",
          body="""
Chiều 20/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dược liệu Sa Pa (thị xã Sa Pa).
HTX hiện trồng 35 ha dược liệu các loại như đương quy, atiso, tam thất và liên kết với 120 hộ đồng bào.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng xưởng sơ chế dược liệu và quảng bá sản phẩm gắn với du lịch.
""", author=None,
          opts={"cat": "tin-tuc", "id": 1449, "by": "admin", "views": 159, "tacgia": ""},
          notes=["posted at 00:35 on 21 March about the afternoon before: the portlet prints 'Ngày: 21-03-2025' (no time: "
                 "midnight); the RSS servlet gives GMT 'Thu, 20 Mar 2025 17:35:00 GMT' (the previous day); 'Người đăng: "
                 "admin', no byline: author null"],
          **at(datetime(2025, 3, 21, 0, 35))),
        A(path="", title="HTX Gạo Séng Cù Bát Xát hỗ trợ thành viên cơ giới hóa khâu gieo cấy",
          body="""
HTX Gạo Séng Cù Bát Xát (huyện Bát Xát) vừa đưa vào sử dụng 4 máy cấy và 2 máy gặt đập liên hợp.
Nhờ cơ giới hóa, chi phí gieo cấy của thành viên giảm khoảng 1,5 triệu đồng/ha so với cấy tay.
HTX đặt mục tiêu liên kết sản xuất 300 ha lúa Séng Cù theo hướng hữu cơ trong năm 2025.
""", byline="Vũ Thị Ngọc", author="Vũ Thị Ngọc",
          opts={"cat": "tin-tuc", "id": 1437, "by": "admin", "views": 233, "tacgia": ""},
          notes=["'Người đăng: admin'; the bare name 'Vũ Thị Ngọc' closes the text: the author; reached from 'Các tin khác' "
                 "and the list's second page"],
          **at(datetime(2025, 2, 26, 16, 10))),
        A(path="", title="Liên minh HTX tỉnh Lào Cai tổng kết công tác năm 2024",
          body="""
Ngày 16/1, Liên minh HTX tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 38 HTX, tổ chức 14 lớp tập huấn cho 690 lượt cán bộ HTX.
""", byline="Tin, ảnh: Hà Văn Tuấn", author="Hà Văn Tuấn",
          opts={"cat": "tin-tuc", "id": 1402, "by": "vanphong", "views": 376, "tacgia": ""},
          notes=["the oldest item: only on the news list's second page, a render URL "
                 "/portal/portal/default/tin-tuc.psml/_ns:…(page=2), which links it by another render URL (the article in "
                 "the list's window); not on the home page, the RSS nor 'Các tin khác'; 'Tin, ảnh: Hà Văn Tuấn' -> author"],
          **at(datetime(2025, 1, 17, 15, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"    <li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table cellspacing="1" cellpadding="1" border="1" width="100%">\n    <tbody>\n        <tr>\n'
                       + "\n".join(f"            <th>{esc(c)}</th>" for c in head) + "\n        </tr>\n"
                       + "".join("        <tr>\n" + "\n".join(f"            <td>{esc(c)}</td>" for c in r) + "\n        </tr>\n"
                                 for r in rows) + "    </tbody>\n</table>")
        elif b.kind == "img":
            cap = f"<br />\n<em>{esc(b.text)}</em>" if b.text else ""
            out.append(f'<div style="text-align: center;"><img height="360" width="540" alt="" '
                       f'src="/portal/upload/images/{a.date:%Y/%m}/{b.src}" />{cap}</div>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lao-cai", f"Cổng thông tin {SHORT} (Apache Jetspeed 2)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/portal/rss?chuyenMuc=tin-tuc" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"{P}/tin-tuc/chi-tiet.psml?articleId={a.opts['id']}"
    by_cat = {c: [a for a in arts if a.opts["cat"] == c] for c in CATS}
    news = by_cat["tin-tuc"]
    oldest = news[-1]

    def in_list(a: RichArticle) -> str:
        c = a.opts["cat"]
        return f"{P}/{c}.psml" + ns(WIN[c], ("articleId", str(a.opts["id"])))

    def window(wid: str, title: str, content: str, page: str, actions: bool = True) -> str:
        bar = ""
        if actions:
            bar = (f'<div class="PActionBar"><a href="{page}{ns(wid, state=2)}" title="Thu nhỏ" class="action portlet-action">'
                   f'<img src="/portal/decorations/images/minimized.gif" alt="Thu nhỏ" border="0" /></a>'
                   f'<a href="{page}{ns(wid, state=3)}" title="Phóng to" class="action portlet-action">'
                   f'<img src="/portal/decorations/images/maximized.gif" alt="Phóng to" border="0" /></a></div>')
        return (f'<div class="portal-layout-cell"><div class="PortletWindow" id="{wid}"><div class="PTitle">'
                f'<div class="PTitleContent">{esc(title)}</div>{bar}</div><div class="PContentBorder"><div class="PContent">'
                f'<span class="portlet-section-body">{content}</span></div></div></div></div>')

    def login_portlet(page: str) -> str:
        form = ('<form method="POST" action="/portal/login/proxy"><table border="0"><tr><td class="portlet-form-label">'
                'Tên đăng nhập</td><td><input type="text" size="15" name="org.apache.jetspeed.login.username" '
                'class="portlet-form-input-field" /></td></tr><tr><td class="portlet-form-label">Mật khẩu</td><td><input '
                'type="password" size="15" name="org.apache.jetspeed.login.password" class="portlet-form-input-field" />'
                '</td></tr><tr><td colspan="2"><input type="submit" value="Đăng nhập" class="portlet-form-button" /></td>'
                "</tr></table></form>")
        return window(WIN["login"], "Đăng nhập", form, page, actions=False)

    def side(page: str, extra: str = "") -> str:
        links = ('<ul><li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li>'
                 '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng thông tin điện tử tỉnh Lào Cai</a></li></ul>')
        count = '<div class="portlet-font">Lượt truy cập: 1.284.317<br />Đang trực tuyến: 23</div>'
        return (login_portlet(page) + extra + window("P-18f2c3a9b1d-10005", "Liên kết website", links, page, False)
                + window("P-18f2c3a9b1d-10007", "Thống kê truy cập", count, page, False))

    def layout(title: str, page: str, crumbs: list[tuple[str, str]], left: str, right: str, tab: str = "") -> str:
        tabs = [("Trang chủ", f"{P}/trang-chu.psml"), ("Giới thiệu", f"{P}/gioi-thieu.psml"), ("Tin tức", f"{P}/tin-tuc.psml"),
                ("Thông báo", f"{P}/thong-bao.psml"), ("Tìm kiếm", f"{P}/tim-kiem.psml")]
        tab_html = "".join(
            f'<td class="LTabLeft" nowrap="true">&nbsp;</td><td class="{"LCurrentTab" if n == tab else "LTab"}" align="center" '
            f'valign="middle" nowrap="true"><a href="{href}" title="{attr(n)}">{esc(n)}</a></td><td class="LTabRight" '
            f'nowrap="true">&nbsp;</td>' for n, href in tabs)
        crumb = " &gt; ".join(f'<a href="{href}">{esc(n)}</a>' for n, href in [("Trang chủ", f"{P}/trang-chu.psml"), *crumbs])
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=UTF-8">
<meta http-equiv="Content-style-type" content="text/css">
<base href="{{{{base}}}}/portal/">
<title>{esc(title)}</title>
<meta name="description" content="{attr(title)}">
<link rel="shortcut icon" href="/portal/images/jetspeed.png" type="image/x-icon">
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/portal/rss?chuyenMuc=tin-tuc">
<link rel="stylesheet" type="text/css" media="screen, projection" href="/portal/decorations/layout/jetspeed/css/styles.css">
<link rel="stylesheet" type="text/css" media="screen, projection" href="/portal/decorations/portlet/tigris/css/styles.css">
<script type="text/javascript" src="/portal/javascript/dojo/dojo.js"></script>
</head>
<body class="layout-jetspeed">
<div id="banner"><table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>
<td><a href="/portal/"><img src="/portal/decorations/layout/jetspeed/images/banner-laocai.png" alt="{attr(NAME)}" border="0"></a></td>
<td align="right" valign="bottom" class="layout-statusarea"><span class="today">{TODAY}</span> | <a href="{P}/dang-nhap.psml">Đăng nhập</a></td>
</tr></table></div>
<div class="tabs"><table cellspacing="0" cellpadding="0" border="0"><tr>{tab_html}</tr></table></div>
<div id="breadcrumbs">Bạn đang ở: {crumb}</div>
<table class="layout" cellspacing="0" cellpadding="0" border="0" width="100%"><tr>
<td class="portal-layout-column portal-layout-column-0" valign="top" width="70%">
{left}
</td>
<td class="portal-layout-column portal-layout-column-1" valign="top" width="30%">
{right}
</td>
</tr></table>
<div id="footer"><p>{COPY}</p><p>{esc(LICENCE)}</p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>
<p class="powered"><a href="{{{{base:offsite}}}}/jetspeed/" target="_blank"><img src="/portal/images/jetspeed-powered.png" alt="" border="0"> {POWERED}</a></p></div>
</body>
</html>
"""

    def other_box(a: RichArticle, page: str) -> str:
        other = [x for x in arts if x is not a and x is not oldest and x.opts["cat"] == "tin-tuc"][:5]
        ul = "<ul>" + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="portlet-font-dim">({dmy(x.date)})</span>'
                              "</li>" for x in other) + "</ul>"
        return window(WIN["tin-khac"], "Các tin khác", ul, page, False)

    def detail(a: RichArticle, back: str = "") -> str:
        files = "".join(f'<div class="dinhkem">Tệp đính kèm: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></div>'
                        for x in a.attachments)
        tacgia = (f'<div class="portlet-font" style="text-align: right;">Tác giả: <b>{esc(a.opts["tacgia"])}</b></div>'
                  if a.opts["tacgia"] else "")
        back_html = f'<div class="quaylai"><a href="{back}">« Quay lại</a></div>' if back else ""
        return (f'<div class="tintuc-chitiet"><div class="portlet-section-header">{esc(a.title)}</div>'
                f'<div class="portlet-font-dim">Ngày: {dmy(a.date)} | Lượt xem: {a.opts["views"]} | Người đăng: '
                f'{esc(a.opts["by"])}</div><div class="portlet-section-body noidung">\n{body_html(a)}\n</div>{files}{tacgia}'
                f"{back_html}</div>")

    for a in arts:
        c = a.opts["cat"]
        page = f"{P}/tin-tuc/chi-tiet.psml"
        crumbs = [(CATS[c], f"{P}/{c}.psml"), ("Chi tiết tin", a.path)]
        html = layout("Chi tiết tin", page, crumbs, window(WIN["chi-tiet"], CATS[c], detail(a), page, False),
                      side(page, other_box(a, page)), tab=CATS[c])
        site.page(a.path, html, content_type=HTML)
        alias = in_list(a)
        lpage = f"{P}/{c}.psml"
        site.page(alias, layout(CATS[c], lpage, [(CATS[c], lpage)], window(WIN[c], CATS[c], detail(a, lpage), lpage),
                                side(lpage), tab=CATS[c]), content_type=HTML)
        a.aliases.append(alias)
        if a.opts.get("legacy"):
            old = f"/jetspeed/portal/TinTuc/ChiTiet.psml?articleId={a.opts['id']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/portal/upload/images/{a.date:%Y/%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH LAO CAI", "THONG BAO SO 08/TB-LMHTX"]))
        site.add_article(a)
    site.trap("the list portlets link every article by a render URL, the list page followed by the encoded navigational "
              "state /_ns:<base64 'aP-…|c0|d1|earticleId=1=<id>'>: the article in the list's window, the same text "
              "(an alias of /portal/portal/default/tin-tuc/chi-tiet.psml?articleId=<id>)", in_list(news[1]))
    site.trap("the 2012 address /jetspeed/portal/TinTuc/ChiTiet.psml?articleId=<id> answers 301 to the new page",
              "/jetspeed/portal/TinTuc/ChiTiet.psml?articleId=1466")

    def item(a: RichArticle, href: str, excerpt: bool = False) -> str:
        ex = ""
        if excerpt:
            ex = f'<br /><span class="portlet-font">{esc(inline_text(next(b.text for b in a.blocks if b.kind == "p")))}</span>'
        return (f'<li><a href="{href}" class="portlet-menu-item">{esc(a.title)}</a> <span class="portlet-font-dim">'
                f"({dmy(a.date)})</span>{ex}</li>")

    for c, title in CATS.items():
        items = by_cat[c]
        page = f"{P}/{c}.psml"
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            url = page if n == 1 else page + ns(WIN[c], ("page", str(n)))
            pager = ""
            if len(pages) > 1:
                pager = '<div class="phantrang">Trang: ' + " ".join(
                    f"<b>{k}</b>" if k == n else f'<a href="{page if k == 1 else page + ns(WIN[c], ("page", str(k)))}">{k}</a>'
                    for k in range(1, len(pages) + 1)) + "</div>"
            content = f'<ul class="dstin">{"".join(item(a, in_list(a), True) for a in chunk)}</ul>{pager}'
            site.page(url, layout(title, page, [(title, page)], window(WIN[c], title, content, page), side(page), tab=title),
                      content_type=HTML)
            site.non_articles.append(url)
        for state, word in ((2, "minimized"), (3, "maximized")):
            url = page + ns(WIN[c], state=state)
            body = "" if state == 2 else f'<ul class="dstin">{"".join(item(a, in_list(a), True) for a in items[:PER])}</ul>'
            left = window(WIN[c], title, body, page)
            site.page(url, layout(title, page, [(title, page)], left, "" if state == 3 else side(page), tab=title),
                      content_type=HTML)
            site.non_articles.append(url)
    site.trap("the list portlet /portal/portal/default/tin-tuc.psml (5 a page, 'Trang: 1 2'): page 2 is a render URL "
              "/_ns:<base64 '…|epage=1=2'> and alone reaches the oldest item; the decorator's action bar links the "
              "window minimized (|d2) and maximized (|d3): lists, not articles", f"{P}/tin-tuc.psml" + ns(WIN["tin-tuc"], ("page", "2")))

    home_page = f"{P}/trang-chu.psml"
    latest = "<ul class=\"dstin\">" + "".join(item(a, a.path) for a in news[:5]) + \
        f'</ul><div class="xemtiep"><a href="{P}/tin-tuc.psml">Xem tiếp »</a></div>'
    notes_ul = "<ul>" + "".join(item(a, a.path) for a in by_cat["thong-bao"]) + "</ul>"
    left = window(WIN["tin-moi"], "Tin mới", latest, home_page) + window("P-18f2c3a9b1d-10013", "Thông báo", notes_ul, home_page, False)
    site.page(home_page, layout(f"Trang chủ - {SHORT}", home_page, [], left, side(home_page), tab="Trang chủ"), content_type=HTML)
    site.non_articles.append(home_page)
    for state in (2, 3):
        url = home_page + ns(WIN["tin-moi"], state=state)
        body = "" if state == 2 else latest
        site.page(url, layout(f"Trang chủ - {SHORT}", home_page, [], window(WIN["tin-moi"], "Tin mới", body, home_page),
                              "" if state == 3 else side(home_page), tab="Trang chủ"), content_type=HTML)
        site.non_articles.append(url)
    site.redirect("/", home_page, 302)
    site.redirect("/portal/", home_page, 302)
    site.trap("/ and /portal/ (the banner's logo) answer 302 to the home page /portal/portal/default/trang-chu.psml "
              "(portlets 'Tin mới', 'Thông báo', the login portlet); the status area's date is the copy's day", home_page)
    intro = ('<div class="portlet-section-body"><p>Liên minh Hợp tác xã tỉnh Lào Cai là tổ chức kinh tế - xã hội, đại diện '
             'và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p></div>')
    gp = f"{P}/gioi-thieu.psml"
    site.page(gp, layout("Giới thiệu", gp, [("Giới thiệu", gp)], window("P-18f2c3a9b1d-10051", "Giới thiệu", intro, gp, False),
                         side(gp), tab="Giới thiệu"), content_type=HTML)
    sp = f"{P}/tim-kiem.psml"
    sform = (f'<form method="post" action="{sp}{ns(WIN["tim-kiem"], ("action", "search"))}"><input type="text" name="tukhoa" '
             'size="30" /> <input type="submit" value="Tìm kiếm" class="portlet-form-button" /></form>')
    site.page(sp, layout("Tìm kiếm", sp, [("Tìm kiếm", sp)], window(WIN["tim-kiem"], "Tìm kiếm", sform, sp, False), side(sp),
                         tab="Tìm kiếm"), content_type=HTML)
    site.non_articles += [gp, sp]
    lp = f"{P}/dang-nhap.psml"
    site.page(lp, layout("Đăng nhập", lp, [("Đăng nhập", lp)], login_portlet(lp), ""), content_type=HTML)
    site.never_fetched.append(lp)
    site.static("/robots.txt", "User-agent: *\nDisallow: /portal/login/\nDisallow: /portal/portal/default/dang-nhap.psml\n"
                "Disallow: /portal/portal/_user/\nDisallow: /portal/ajaxapi\n")
    site.trap("robots.txt disallows /portal/login/ and the login page /portal/portal/default/dang-nhap.psml (the status "
              "area's 'Đăng nhập'): never fetched; the search page posts to an action URL: no results to follow", lp)
    its = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>"
                  f"{esc(inline_text(next(b.text for b in a.blocks if b.kind == 'p')))}</description><pubDate>{gmt(a.date)}"
                  f"</pubDate><guid>{{{{base}}}}{a.path}</guid></item>" for a in news[:PER])
    site.page("/portal/rss?chuyenMuc=tin-tuc", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Tin '
              f"tức - {esc(SHORT)}</title><link>{{{{base}}}}{P}/tin-tuc.psml</link><description>Tin tức</description>"
              f"<language>vi</language>{its}</channel></rss>\n", content_type="application/rss+xml;charset=UTF-8")
    site.trap("RSS servlet /portal/rss?chuyenMuc=tin-tuc (ROME; the 5 newest): pubDate in GMT, times the page does not "
              "show; the 00:35 post on the previous day", "/portal/rss?chuyenMuc=tin-tuc")
    gif = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00"
           b"\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    site.binary("/portal/decorations/images/minimized.gif", gif)
    site.binary("/portal/images/jetspeed.png", image_for("jetspeed"))
    site.binary("/portal/decorations/images/maximized.gif", gif)
    return site
