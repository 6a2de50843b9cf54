"""Site `portal-htxthainguyen` (registry family `generic`): "Cổng thông tin điện tử Liên minh HTX tỉnh Thái Nguyên" on
**Vignette Portal 7.4 + Vignette Content Management 7.5** (the `vgn-ext-templating` delivery of content items through
JSP presentation templates, the portal's table grid, WebLogic 10 behind Apache; the vendor's Vietnamese skin; UTF-8;
the copy is of 20 June 2025, before the province merged with Bắc Kạn). Written as a held-out test: no family module,
no selectors.

URL shapes: the portal site `/portal/site/htxthainguyen/` (the root `/` answers 302 to it); a menu item page
`/portal/site/htxthainguyen/menuitem.<32 hex>/` (its listing portlet shows the menu item's channel); a content item
`…/menuitem.<hex>/?vgnextoid=<VCM GUID>&vgnextchannel=<VCM GUID>&vgnextfmt=default` (VCM GUIDs are 40 characters:
16 hex, `VgnVCM`, 14 hex, `RCRD`); the same item with `vgnextfmt=print` (the "In trang" link: an alias), by
`vgnextoid` alone (the home page's "Thông báo" box: an alias) and, from the home page a cookieless visitor gets first,
with WebLogic's `;jsessionid=<id>!<n>` path parameter before the query (aliases); the listing's pages are portlet
render URLs `…/menuitem.<hex>/?vgnextrefresh=1&javax.portlet.tpst=<hex>_ws_MX&javax.portlet.prp_<hex>_pageNum=2&
javax.portlet.begCacheTok=com.vignette.cachetoken&javax.portlet.endCacheTok=com.vignette.cachetoken` (5 a page; the
pager's "1" is the same list again); an item's channel page `…/menuitem.<hex>/?vgnextchannel=<GUID>&vgnextfmt=default`;
old addresses of the Oracle-Portal site the alliance ran before 2013, `/portal/page/portal/htxthainguyen/…`, answer
301 to the new ones (a text links one: an alias); files and photos through Vignette's
`/portal/binary/com.epicentric.contentmanagement.servlet.ContentDeliveryServlet/…`; the search portlet's render URL
(`…/template.PAGE/menuitem.<hex>/?javax.portlet.tpst=…&javax.portlet.prp_<hex>_keyword=OCOP…`); the RSS format
`…/menuitem.<hex>/?vgnextfmt=rss`; `template.LOGIN` (the banner's "Đăng nhập"; robots.txt disallows it). No site
map, no canonical, no Open Graph, no JSON-LD.

Why it is hard: every box is a portlet in the portal's table grid with its own title bar (`td.vgn-portlet-titlebar >
span.portlet-title`): the article's portlet is titled with its channel, the title of the item is an `<h2>` in
`div.vgn-ext-detail` (there is no `<h1>`), under it the template's line "Cập nhật lúc 14:05 12/05/2025" (news) or
"Ngày đăng: 09/06/2025" (the document template: no time, midnight), then the abstract in bold (a line of the text),
the rich-text field (`<p>`, bold-paragraph headings, lists, bordered tables with a bold first row, photos in a
one-column table with the caption in the second row), a right-aligned closing byline (text; the author unless an
office or a reprint's "Theo Báo …"), "Nguồn:" (the source field, not text), the document template's "Tệp đính kèm:",
the tool row ("In trang", "Gửi email", "Về đầu trang"), then the portlets "Tin cùng chuyên mục" (newer items of the
channel) and "Các tin đã đưa" (older ones, with "(dd/mm/yyyy)"). The banner prints today, the left column the menu
and the visit counter ("Số lượt truy cập", "Đang trực tuyến"). The RSS format prints Java's GMT: the item of 00:15 on
15 March reads "Fri, 14 Mar 2025 17:15:00 GMT". The oldest item is the only one of its channel ("Sự kiện"): no box
ever lists it, only page 2 of the "Tin tức - Sự kiện" listing (and its own channel page, linked only from itself).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "portal-htxthainguyen"
NAME = "Liên minh Hợp tác xã tỉnh Thái Nguyên"
SP = "/portal/site/htxthainguyen"
PER = 5
TODAY = "Thứ Sáu, ngày 20/06/2025"
JSID = "Qk2vTLmJ8cWn4RpY7hXs1GdB3fZ9tN6yV0KqM5wC!-1938270461"
BIN = "/portal/binary/com.epicentric.contentmanagement.servlet.ContentDeliveryServlet/htxthainguyen"
TOK = "&javax.portlet.begCacheTok=com.vignette.cachetoken&javax.portlet.endCacheTok=com.vignette.cachetoken"
ADDRESS = "Địa chỉ: Số 18 đường Nha Trang, phường Trưng Vương, TP Thái Nguyên, tỉnh Thái Nguyên"
PHONE = "Điện thoại: 0208.3855.247 - Fax: 0208.3855.312 - Email: lmhtx@thainguyen.gov.vn"
LICENCE = "Giấy phép số 62/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Thái Nguyên cấp ngày 15/11/2013"
RESP = "Chịu trách nhiệm chính: Chủ tịch Liên minh Hợp tác xã tỉnh Thái Nguyên"
COPY = "Bản quyền thuộc Liên minh Hợp tác xã tỉnh Thái Nguyên. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này."
FURN = [TODAY, ADDRESS, PHONE, LICENCE, RESP, COPY, "CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH THÁI NGUYÊN",
        "Số lượt truy cập:", "1.284.637", "Đang trực tuyến:", "Cập nhật lúc", "Tin cùng chuyên mục", "Các tin đã đưa",
        "In trang", "Gửi email", "Về đầu trang", "Nguồn:", "Liên kết website", "Tìm kiếm", "Đăng nhập",
        "Trang chủ", "Vận hành trên nền Vignette Portal"]


def h(text: str, n: int = 32) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def guid(text: str) -> str:
    """A VCM GUID: 16 hex, 'VgnVCM', 14 hex (the server's), 'RCRD'."""
    return f"{h(text, 16)}VgnVCM1000002a0a0a0aRCRD"


MI = {"home": h("mi-home"), "news": h("mi-tintuc"), "docs": h("mi-vanban"), "intro": h("mi-gioithieu"),
      "search": h("mi-timkiem")}
CHANNELS = {"hd": ("Hoạt động Liên minh", "news"), "kt": ("Kinh tế tập thể", "news"), "sk": ("Sự kiện", "news"),
            "tb": ("Thông báo - Văn bản", "docs")}
CH = {k: guid(f"channel-{k}") for k in CHANNELS}
TPST = h("tpst-list")
TPST_SEARCH = h("tpst-search")


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, with_time: bool = True) -> dict:
        return dict(date=d, published=iso(d, with_time), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH THÁI NGUYÊN
Số: 12/TB-LMHTX
Thái Nguyên, ngày 05 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản lý cho cán bộ HTX từ ngày 24/6 đến ngày 26/6/2025 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử 01 thành viên Hội đồng quản trị hoặc Giám đốc tham dự; học viên được miễn học phí và hỗ trợ tài liệu.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 18/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thanh Bình
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": f"{BIN}/ThongBao/2025/TB-12-LMHTX.pdf", "text": "TB-12-LMHTX.pdf"}],
          opts={"ch": "tb", "source": "Văn phòng Liên minh HTX tỉnh"},
          notes=["notice 'Số: 12/TB-LMHTX' dated 05/6 in its text; the document template prints 'Ngày đăng: 09/06/2025' "
                 "(no time: midnight); the signer (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name) is text, no author; the PDF in "
                 "'Tệp đính kèm:' (Vignette's ContentDeliveryServlet) is an attachment; the home page's 'Thông báo' box "
                 "links it by ?vgnextoid= alone: an alias; its print view vgnextfmt=print: an alias"],
          **at(datetime(2025, 6, 9), with_time=False)),
        A(path="", title="Kết quả phát triển HTX nông nghiệp tỉnh Thái Nguyên 5 tháng đầu năm 2025",
          lead="5 tháng đầu năm 2025, khu vực kinh tế tập thể trong nông nghiệp của tỉnh tiếp tục phát triển ổn định.",
          body="""
Theo số liệu tổng hợp của Liên minh HTX tỉnh, đến hết tháng 5/2025 toàn tỉnh có 612 HTX nông nghiệp đang hoạt động.
| Lĩnh vực | Số HTX | Thành viên (người) | Doanh thu bình quân (triệu đồng/năm) |
| Trồng chè và chế biến chè | 214 | 6.820 | 2.150 |
| Trồng trọt khác | 167 | 4.315 | 1.480 |
| Chăn nuôi, thủy sản | 98 | 1.940 | 1.760 |
| Dịch vụ nông nghiệp tổng hợp | 133 | 9.205 | 2.630 |
Trong 5 tháng, toàn tỉnh thành lập mới 27 HTX nông nghiệp, vượt 8% so với cùng kỳ năm 2024.
""", byline="Phòng Kế hoạch - Tổng hợp", author=None,
          opts={"ch": "kt", "source": "Liên minh HTX tỉnh"},
          notes=["a bordered table (bold first row, no <th>): one line per row; the bold abstract is the first line; the "
                 "closing byline names an office ('Phòng Kế hoạch - Tổng hợp'): text, no author; a later text links it by "
                 "its old Oracle-Portal address /portal/page/portal/htxthainguyen/… (301 here): an alias"],
          **at(datetime(2025, 6, 3, 10, 20))),
        A(path="", title="Ảnh: HTX Chè La Bằng vào vụ chè hè",
          lead="Cuối tháng 5, các thành viên HTX Chè La Bằng (huyện Đại Từ) bước vào vụ thu hái chè hè năm 2025.",
          body="""
[img la-bang-1.png] Thành viên HTX thu hái chè búp dưới chân núi Tam Đảo
[img la-bang-2.png] Chè búp tươi được đưa về xưởng chế biến của HTX ngay trong ngày
[img la-bang-3.png] Sản phẩm chè La Bằng đạt chứng nhận OCOP 4 sao
Mỗi năm HTX chế biến khoảng 80 tấn chè khô, doanh thu trên 15 tỷ đồng.
""", byline="Bài và ảnh: Dương Thu Trang", author="Dương Thu Trang",
          opts={"ch": "kt", "source": "Liên minh HTX tỉnh"},
          notes=["photo story: each photo in a one-column table, its caption in the second row (one line each); 'Bài và "
                 "ảnh: Dương Thu Trang' closes it -> author"],
          **at(datetime(2025, 5, 28, 9, 40))),
        A(path="", title="Hướng dẫn HTX đăng ký tham gia Chương trình OCOP năm 2025",
          lead="Liên minh HTX tỉnh hướng dẫn các HTX chuẩn bị hồ sơ đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2025.",
          body="""
Năm 2025, tỉnh Thái Nguyên phấn đấu có thêm 60 sản phẩm OCOP, trong đó các HTX đóng góp trên một nửa.
## Hồ sơ đăng ký gồm
* Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
* Phương án sản xuất, kinh doanh sản phẩm;
* Bản sao giấy chứng nhận đăng ký HTX và giấy chứng nhận an toàn thực phẩm;
* Kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực.
Kết quả phát triển HTX nông nghiệp thời gian qua xem tại [[bài tổng hợp 5 tháng|{{legacy}}]].
""", byline="Ngô Thị Hạnh - Chi cục Phát triển nông thôn", author="Ngô Thị Hạnh",
          opts={"ch": "kt", "source": "Liên minh HTX tỉnh"},
          notes=["a bold-paragraph heading and a bulleted list; 'Ngô Thị Hạnh - Chi cục Phát triển nông thôn' closes it "
                 "-> Ngô Thị Hạnh; its last paragraph links the table item by the pre-2013 Oracle-Portal address "
                 "/portal/page/portal/htxthainguyen/… (301 to the item: an alias of it)"],
          **at(datetime(2025, 4, 22, 8, 0))),
        A(path="", title="HTX Chè Tân Cương nâng cao giá trị sản phẩm chè đặc sản",
          lead="HTX Chè Tân Cương (TP Thái Nguyên) đã đầu tư dây chuyền chế biến và đóng gói chè theo tiêu chuẩn xuất khẩu.",
          body="""
HTX hiện có 32 thành viên, liên kết với hơn 150 hộ trồng chè trên diện tích 45 ha.
Sản phẩm chè Tân Cương của HTX đã có mặt tại hệ thống siêu thị ở Hà Nội và được xuất khẩu sang Đài Loan.
Năm 2025, HTX phấn đấu đạt doanh thu 20 tỷ đồng, tăng 15% so với năm trước.
""", byline="Theo Báo Thái Nguyên", author=None,
          opts={"ch": "hd", "source": "Báo Thái Nguyên"},
          notes=["'Theo Báo Thái Nguyên' closes the text (right-aligned) and the source field says 'Nguồn: Báo Thái "
                 "Nguyên': a reprint, no author"],
          **at(datetime(2025, 4, 8, 16, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Phấn Mễ",
          lead="Chiều 14/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Phấn Mễ (huyện Phú Lương).",
          body="""
HTX hiện cung ứng dịch vụ làm đất, vật tư nông nghiệp và tiêu thụ nông sản cho 640 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX lập dự án vay vốn Quỹ hỗ trợ phát triển HTX để đầu tư máy cấy, máy gặt.
""", author=None,
          opts={"ch": "hd", "source": "Liên minh HTX tỉnh"},
          notes=["posted at 00:15 on 15 March about the afternoon before ('Cập nhật lúc 00:15 15/03/2025'); the RSS "
                 "format prints Java's GMT: 'Fri, 14 Mar 2025 17:15:00 GMT' (the previous day); no byline: author null"],
          **at(datetime(2025, 3, 15, 0, 15))),
        A(path="", title="HTX Nông nghiệp Hóa Thượng mở rộng vùng trồng rau an toàn",
          lead="HTX Nông nghiệp Hóa Thượng (huyện Đồng Hỷ) vừa mở rộng diện tích trồng rau an toàn lên 18 ha.",
          body="""
Sản phẩm rau của HTX được cấp chứng nhận VietGAP và cung ứng cho các bếp ăn tập thể trong khu công nghiệp Sông Công.
HTX đầu tư hệ thống tưới nhỏ giọt và nhà màng cho 5 ha rau trái vụ.
""", byline="Lương Thị Hoa", author="Lương Thị Hoa",
          opts={"ch": "hd", "source": "Liên minh HTX tỉnh"},
          notes=["the bare name 'Lương Thị Hoa' closes the text: the author; only on page 2 of the 'Tin tức - Sự kiện' "
                 "listing and in its channel's boxes"],
          **at(datetime(2025, 2, 19, 14, 45))),
        A(path="", title="Liên minh HTX tỉnh Thái Nguyên tổng kết công tác năm 2024",
          lead="Ngày 26/12, Liên minh HTX tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác năm 2024.",
          body="""
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 46 HTX, tổ chức 12 lớp tập huấn cho 730 lượt cán bộ HTX.
""", byline="Tin, ảnh: Đào Văn Quý", author="Đào Văn Quý",
          opts={"ch": "sk", "source": "Liên minh HTX tỉnh"},
          notes=["the oldest item, the only one of the channel 'Sự kiện': no 'Tin cùng chuyên mục' / 'Các tin đã đưa' box "
                 "lists it, nor the home page nor the RSS; only page 2 of the 'Tin tức - Sự kiện' listing (a portlet "
                 "render URL with javax.portlet.prp_…_pageNum=2) reaches it; 'Tin, ảnh: Đào Văn Quý' -> author"],
          **at(datetime(2024, 12, 27, 15, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse: collapse;">'
                       "<tbody>\n<tr>\n" + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            src = f"{BIN}/Anh/{a.date:%Y}/{h(b.src, 12)}.png"
            cap = (f'<tr><td style="text-align: center;"><em>{esc(b.text)}</em></td></tr>' if b.text else "")
            out.append(f'<table align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tbody><tr><td>'
                       f'<img src="{src}" alt="" width="500" /></td></tr>{cap}</tbody></table>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-nguyen", f"Cổng thông tin điện tử {NAME} (Vignette Portal 7)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}%s/menuitem.%s/?vgnextfmt=rss" % (SITE, SP, MI["news"])])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["oid"] = guid(a.title)
        mi = MI[CHANNELS[a.opts["ch"]][1]]
        a.opts["mi"] = mi
        a.path = f"{SP}/menuitem.{mi}/?vgnextoid={a.opts['oid']}&vgnextchannel={CH[a.opts['ch']]}&vgnextfmt=default"
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    legacy = "/portal/page/portal/htxthainguyen/tin_tuc/kinh_te_tap_the/ket_qua_phat_trien_htx_nong_nghiep_5_thang_2025"
    for a in arts:
        a.body = a.body.replace("{{legacy}}", legacy)
    news = [a for a in arts if CHANNELS[a.opts["ch"]][1] == "news"]
    docs = [a for a in arts if CHANNELS[a.opts["ch"]][1] == "docs"]
    oldest = arts[-1]
    assert [a for a in arts if a.opts["ch"] == oldest.opts["ch"]] == [oldest], "the oldest is alone in its channel"

    def amp(url: str) -> str:
        return url.replace("&", "&amp;")

    def js(url: str) -> str:
        base, _, query = url.partition("?")
        return f"{base};jsessionid={JSID}" + (f"?{query}" if query else "")

    def portlet(title: str, content: str, pid: str, css: str = "") -> str:
        return (f'<div id="vgnPortlet_{h(pid, 16)}" class="vap-portlet {css}"><table class="vgn-portlet" width="100%" '
                f'border="0" cellspacing="0" cellpadding="0"><tr><td class="vgn-portlet-titlebar"><span class="portlet-title">'
                f'{esc(title)}</span></td></tr><tr><td class="portlet-section-body portlet-font">{content}</td></tr></table></div>')

    def layout(title: str, main: str, session: bool = False, rss: bool = False) -> str:
        link = js if session else (lambda u: u)
        menu = "".join(f'<tr><td class="vgn-menu-item"><a href="{amp(link(href))}">{esc(n)}</a></td></tr>' for n, href in [
            ("Trang chủ", f"{SP}/"), ("Giới thiệu", f"{SP}/menuitem.{MI['intro']}/"),
            ("Tin tức - Sự kiện", f"{SP}/menuitem.{MI['news']}/"), ("Thông báo - Văn bản", f"{SP}/menuitem.{MI['docs']}/")])
        links = "".join(f'<li><a href="{{{{base:offsite}}}}{href}" target="_blank">{esc(t)}</a></li>' for t, href in
                        [("Cổng thông tin điện tử tỉnh Thái Nguyên", "/thainguyen/"), ("Liên minh Hợp tác xã Việt Nam",
                                                                                        "/lmhtx-vn/")])
        left = (portlet("Danh mục", f'<table width="100%" cellspacing="0" cellpadding="0" class="vgn-menu">{menu}</table>',
                        "menu")
                + portlet("Tìm kiếm", f'<form method="post" action="{SP}/template.PAGE/menuitem.{MI["search"]}/?javax.portlet.'
                                      f'tpst={TPST_SEARCH}_ws_MX&amp;javax.portlet.action=search"><input type="text" name="'
                                      f'keyword" size="16" /><input type="submit" value="Tìm" /></form>', "search")
                + portlet("Liên kết website", f"<ul>{links}</ul>", "links")
                + portlet("Thống kê", '<p>Số lượt truy cập: <b>1.284.637</b></p><p>Đang trực tuyến: <b>17</b></p>', "counter"))
        feed = (f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{SP}/menuitem.{MI["news"]}/?vgnextfmt=rss" />'
                if rss else "")
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/portal/resources/htxthainguyen/css/portal.css">
<link rel="stylesheet" type="text/css" href="/portal/resources/htxthainguyen/css/vgn-ext-templating.css">
<script type="text/javascript" src="/portal/jslib/vgn-portal.js"></script>
{feed}
</head>
<body class="vap-page">
<table class="vap-grid" width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="vap-banner">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td><img src="/portal/resources/htxthainguyen/images/banner.png" width="760" height="120" alt="{attr(NAME)}"><div class="banner-text">CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH THÁI NGUYÊN</div></td>
<td class="banner-right" valign="bottom" align="right"><div class="today">{TODAY}</div><a href="{amp(link(SP + '/template.LOGIN/'))}">Đăng nhập</a></td>
</tr></table></td></tr>
<tr valign="top">
<td class="vap-column vap-column-left" width="220">{left}</td>
<td class="vap-column vap-column-main" width="760">{main}</td>
</tr>
<tr><td colspan="2" class="vap-footer">
<p>{esc(COPY)}</p><p>{esc(RESP)}</p><p>{esc(LICENCE)}</p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>
<p class="powered">Vận hành trên nền Vignette Portal</p>
</td></tr>
</table>
</body>
</html>
"""

    def item_li(a: RichArticle, session: bool = False, date: bool = True) -> str:
        href = (js(a.path) if session else a.path)
        d = f' <span class="date">({a.date:%d/%m/%Y})</span>' if date else ""
        return f'<li><a href="{amp(href)}">{esc(a.title)}</a>{d}</li>'

    def stamp(a: RichArticle) -> str:
        if a.opts["ch"] == "tb":
            return f"Ngày đăng: {a.date:%d/%m/%Y}"
        return f"Cập nhật lúc {a.date:%H:%M %d/%m/%Y}"

    def detail(a: RichArticle, printing: bool = False) -> str:
        lead = f'<div class="vgn-ext-abstract"><strong>{esc(a.lead)}</strong></div>' if a.lead else ""
        attach = "".join(f'<div class="vgn-ext-attach">Tệp đính kèm: <a href="{x["path"]}" target="_blank">{esc(x["text"])}'
                         f"</a></div>" for x in a.attachments)
        src = f'<div class="vgn-ext-source">Nguồn: {esc(a.opts["source"])}</div>'
        tools = "" if printing else (
            f'<div class="vgn-ext-tools"><a href="{amp(a.path.replace("vgnextfmt=default", "vgnextfmt=print"))}" '
            f'target="_blank">In trang</a> | <a href="javascript:sendMail()">Gửi email</a> | <a href="#top">Về đầu trang</a></div>')
        return (f'<div class="vgn-ext-detail"><h2 class="vgn-ext-title">{esc(a.title)}</h2><div class="vgn-ext-date">'
                f'{stamp(a)}</div>{lead}<div class="vgn-ext-body">{body_html(a)}</div>{src}{attach}{tools}</div>')

    for a in arts:
        ch = a.opts["ch"]
        cname = CHANNELS[ch][0]
        same = [x for x in arts if x.opts["ch"] == ch and x is not a]
        newer = [x for x in same if x.date > a.date][-4:]
        older = [x for x in same if x.date < a.date][:4]
        boxes = ""
        if newer:
            boxes += portlet("Tin cùng chuyên mục", "<ul>" + "".join(item_li(x, date=False) for x in newer) + "</ul>",
                             f"same-{a.title}")
        if older:
            boxes += portlet("Các tin đã đưa", "<ul>" + "".join(item_li(x) for x in older) + "</ul>", f"older-{a.title}")
        crumb = (f'<div class="vgn-breadcrumb"><a href="{SP}/">Trang chủ</a> &gt; <a href="{SP}/menuitem.{a.opts["mi"]}/">'
                 f'{esc("Tin tức - Sự kiện" if CHANNELS[ch][1] == "news" else "Thông báo - Văn bản")}</a> &gt; <a href="'
                 f'{SP}/menuitem.{a.opts["mi"]}/?vgnextchannel={CH[ch]}&amp;vgnextfmt=default">{esc(cname)}</a></div>')
        main = crumb + portlet(cname, detail(a), f"detail-{a.title}", "vgn-ext-templating") + boxes
        site.page(a.path, layout(f"{a.title} - {NAME}", main))
        prn = a.path.replace("vgnextfmt=default", "vgnextfmt=print")
        site.page(prn, f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(a.title)}</title>
<link rel="stylesheet" type="text/css" href="/portal/resources/htxthainguyen/css/print.css">
</head>
<body onload="window.print()">
<table width="680" align="center" border="0" cellspacing="0" cellpadding="0"><tr><td>
<div class="print-header">{esc(NAME)}</div>
{detail(a, printing=True)}
<div class="print-tools"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
</td></tr></table>
</body>
</html>
""")
        a.aliases.append(prn)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{BIN}/Anh/{a.date:%Y}/{h(b.src, 12)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH THAI NGUYEN", "THONG BAO SO 12/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every item's 'In trang' opens the same item with vgnextfmt=print (the print template: no portlets, the "
              "same date line and text): an alias", arts[1].path.replace("vgnextfmt=default", "vgnextfmt=print"))

    # the old Oracle-Portal address of the table item
    site.redirect(legacy, table.path)
    table.aliases.append(legacy)

    # the search portlet's render URL (linked from the 'Kinh tế tập thể' channel page as a keyword)
    spath = (f"{SP}/template.PAGE/menuitem.{MI['search']}/?javax.portlet.tpst={TPST_SEARCH}_ws_MX"
             f"&javax.portlet.prp_{TPST_SEARCH}_keyword=OCOP" + TOK)

    # channel pages (the breadcrumb's last link)
    for ch, (cname, mi_key) in CHANNELS.items():
        items = [a for a in arts if a.opts["ch"] == ch]
        path = f"{SP}/menuitem.{MI[mi_key]}/?vgnextchannel={CH[ch]}&vgnextfmt=default"
        extra = f'<p>Tìm theo từ khóa: <a href="{amp(spath)}">OCOP</a></p>' if ch == "kt" else ""
        main = portlet(cname, '<ul class="vgn-ext-list">' + "".join(item_li(a) for a in items) + "</ul>" + extra, f"ch-{ch}")
        site.page(path, layout(f"{cname} - {NAME}", main))
        site.non_articles.append(path)
    site.trap("an item's channel page …/?vgnextchannel=<GUID>&vgnextfmt=default (the breadcrumb's last link): a list; "
              "the 'Sự kiện' channel's page lists only the oldest item and is linked only from it",
              f"{SP}/menuitem.{MI['news']}/?vgnextchannel={CH['sk']}&vgnextfmt=default")

    # listing portlets of the menu items, with the portlet's render-URL pager
    def page_url(mi: str, n: int) -> str:
        return (f"{SP}/menuitem.{mi}/?vgnextrefresh=1&javax.portlet.tpst={TPST}_ws_MX&javax.portlet.prp_{TPST}_pageNum={n}"
                + TOK)

    for mi_key, title, items in [("news", "Tin tức - Sự kiện", news), ("docs", "Thông báo - Văn bản", docs)]:
        mi = MI[mi_key]
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            rows = "".join(
                f'<tr><td class="vgn-ext-list-item"><a class="list-title" href="{amp(a.path)}">{esc(a.title)}</a>'
                f'<div class="list-date">{a.date:%d/%m/%Y}</div><div class="list-abstract">'
                f'{esc(inline_text(a.lead or next(b.text for b in a.blocks if b.kind == "p")))}</div></td></tr>' for a in chunk)
            pager = ""
            if len(pages) > 1:
                pager = '<div class="vgn-ext-pager">Trang: ' + " ".join(
                    f"<b>{k}</b>" if k == n else f'<a href="{amp(page_url(mi, k))}">{k}</a>'
                    for k in range(1, len(pages) + 1))
                if n < len(pages):
                    pager += f' <a href="{amp(page_url(mi, n + 1))}">Trang sau &raquo;</a>'
                pager += "</div>"
            main = portlet(title, f'<table width="100%" class="vgn-ext-list">{rows}</table>{pager}', f"list-{mi_key}")
            page = layout(f"{title} - {NAME}", main, rss=mi_key == "news")
            paths = [f"{SP}/menuitem.{mi}/"] if n == 1 else []
            if len(pages) > 1:
                paths.append(page_url(mi, n))
            for p in paths:
                site.page(p, page)
                site.non_articles.append(p)
    site.trap("the 'Tin tức - Sự kiện' menu item page (its listing portlet: 5 items a page, date and abstract); page 2 is "
              "a portlet render URL (?vgnextrefresh=1&javax.portlet.tpst=…&javax.portlet.prp_…_pageNum=2&javax.portlet."
              "begCacheTok=com.vignette.cachetoken…), the pager's '1' the same list again", page_url(MI["news"], 2))

    site.page(f"{SP}/menuitem.{MI['intro']}/", layout(f"Giới thiệu - {NAME}", portlet(
        "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Thái Nguyên là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ "
        "quyền, lợi ích hợp pháp của các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>", "intro")))
    site.non_articles.append(f"{SP}/menuitem.{MI['intro']}/")

    # home, as a cookieless visitor gets it: WebLogic rewrites every link with ;jsessionid=…
    notice = docs[0]
    notice_alias = f"{SP}/menuitem.{MI['docs']}/?vgnextoid={notice.opts['oid']}"
    site.same_page(notice_alias, notice.path)
    notice.aliases.append(notice_alias)
    newest = news[:PER]
    home = (portlet("Tin mới", '<ul class="vgn-ext-list">' + "".join(item_li(a, session=True) for a in newest) + "</ul>"
                    f'<p class="more"><a href="{amp(js(SP + "/menuitem." + MI["news"] + "/"))}">Xem tiếp</a></p>', "home-news")
            + portlet("Thông báo", f'<ul><li><a href="{amp(js(notice_alias))}">{esc(notice.title)}</a></li></ul>', "home-tb"))
    site.page(f"{SP}/", layout(f"Trang chủ - {NAME}", home, session=True, rss=True))
    site.non_articles.append(f"{SP}/")
    site.redirect("/", f"{SP}/", 302)
    for a in newest:
        site.same_page(js(a.path), a.path)
        a.aliases.append(js(a.path))
    site.same_page(js(notice_alias), notice.path)
    notice.aliases.append(js(notice_alias))
    for p in [f"{SP}/", f"{SP}/menuitem.{MI['intro']}/", f"{SP}/menuitem.{MI['news']}/", f"{SP}/menuitem.{MI['docs']}/"]:
        site.same_page(js(p), p)
    site.trap("the root / answers 302 to /portal/site/htxthainguyen/; the home page as a cookieless visitor gets it: "
              "every link rewritten with ;jsessionid=<id>!<n> before the query (the 'Tin mới' items: aliases), the "
              "'Thông báo' box links the notice by ?vgnextoid= alone (an alias)", f"{SP}/")

    found = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title or "OCOP" in (a.lead or "")]
    site.page(spath, layout(f"Tìm kiếm - {NAME}", portlet("Kết quả tìm kiếm", f"<p>Từ khóa: <b>OCOP</b> - {len(found)} kết "
                                                           "quả</p><ol>" + "".join(item_li(a) for a in found) + "</ol>",
                                                           "search-result")))
    site.non_articles.append(spath)
    site.trap("the search portlet's render URL …/template.PAGE/menuitem.<hex>/?javax.portlet.tpst=…&javax.portlet.prp_…_"
              "keyword=OCOP… (linked from the channel page of 'Kinh tế tập thể' as 'Tìm theo từ khóa'): results, not an "
              "article", spath)
    site.page(f"{SP}/template.LOGIN/", layout(f"Đăng nhập - {NAME}", portlet(
        "Đăng nhập", f'<form method="post" action="{SP}/template.LOGIN/action.process/"><input name="username" />'
                     '<input name="password" type="password" /><input type="submit" value="Đăng nhập" /></form>', "login")))
    site.never_fetched.append(f"{SP}/template.LOGIN/")
    site.same_page(js(f"{SP}/template.LOGIN/"), f"{SP}/template.LOGIN/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /portal/site/htxthainguyen/template.LOGIN/\n"
                "Disallow: /portal/site/htxthainguyen/template.LOGIN;\nDisallow: /portal/site/htxthainguyen/template.LOGOUT/\n"
                "Disallow: /portal/admin/\nDisallow: /portal/portal/\n")
    site.never_fetched.append(js(f"{SP}/template.LOGIN/"))
    site.trap("robots.txt disallows …/template.LOGIN/ (the banner's 'Đăng nhập', with ;jsessionid= on the home page): "
              "never fetched", f"{SP}/template.LOGIN/")

    feed_items = arts[:6]
    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{amp(a.path)}</link><description>"
        f"{esc(inline_text(a.lead or next(b.text for b in a.blocks if b.kind == 'p')))}</description>"
        f"<pubDate>{gmt(a.date)}</pubDate><guid isPermaLink=\"false\">{a.opts['oid']}</guid></item>" for a in feed_items)
    site.page(f"{SP}/menuitem.{MI['news']}/?vgnextfmt=rss",
              f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(NAME)}</title><link>'
              f"{{{{base}}}}{SP}/</link><description>Tin mới - {esc(NAME)}</description><language>vi-vn</language>"
              f"{items}</channel></rss>\n", content_type="application/rss+xml; charset=UTF-8")
    site.trap("RSS format …/menuitem.<hex>/?vgnextfmt=rss (the head's alternate on the home and listing pages; 6 newest, "
              "the abstract): pubDate in GMT", f"{SP}/menuitem.{MI['news']}/?vgnextfmt=rss")
    return site
