"""Site `congtichhop-htxdaknong` (registry family `generic`): "Cổng thông tin tích hợp Liên minh HTX tỉnh Đắk Nông",
the alliance's integration portal on **Apereo uPortal 5** (Respondr skin, guest layout, JDK 8 with the `vi_VN`
locale) whose news are the **Announcements portlet** (uPortal-Project/AnnouncementsPortlet, whose message bundle
has no Vietnamese: its labels stay English). Written as a held-out test: no family module, no selectors.

What is an article here: one announcement in the portlet's full view (`action=displayFullAnnouncement`, or
`displayFullAnnouncementHistory` for the expired ones in the "Archives"). The tabs (welcome, "Giới thiệu", "Liên hệ"),
the portlet's list views (page 1, "Next 5", "Archives") are not articles.

URL shapes (uPortal's portal URL syntax): a tab `/uPortal/f/<tab>/normal/render.uP`; a portlet maximized by fname
with a transient subscribe id `/uPortal/p/announcements.ctf3/max/render.uP?pP_<param>=…` (portlet render parameters
prefixed `pP_`); the same portlet inside the welcome tab `/uPortal/f/welcome/p/announcements.u17l1n13/normal/
render.uP?pP_…`. The chrome title links the max view; the tab's portlet links its items in normal state (the
whole dashboard around it). Truth path = the max view of an item (the portlet's own page: chrome + the item);
the normal-state URL of the same item is an alias. `/` -> 302 `/uPortal/` -> 302 the welcome tab;
`/uPortal/p/announcements` (bare fname) -> 302 the max view. Login `/uPortal/Login` (CAS) is robots-disallowed.

Why it is hard: `<title>` is "<portlet or tab title> | <portal name>", never the item; the chrome's `<h2>` is the
portlet title ("Tin tức - Thông báo") and the item title is the NEXT `<h2>` inside the portlet content; in the
list the titles are `<h1>` links. The full view prints "Published Ngày 13 tháng 5 năm 2024" (JDK 8 vi long date,
English label, no time: midnight) and "Displaying until Unspecified"/an end date (not a publication date); the list
prints the medium form "13-05-2024" (day first). The abstract is shown only in the list, NOT in the full view (no
lead). The message HTML is printed inside a `<p>` (block tags in a paragraph: the parser closes it). Attachments
are rendered by JavaScript from a JSON object in a `<script>` (the list `div#…attachment-list` is empty in the HTML;
a reader sees "Attachments" and the file). No author on the page except the closing byline of the message; no
feed, no sitemap, no og/JSON-LD. Two expired announcements are only in "Archives" (`pP_action=displayHistory`).
"""

from __future__ import annotations

import json
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "congtichhop-htxdaknong"
PORTAL = "Cổng thông tin tích hợp Liên minh HTX tỉnh Đắk Nông"
PTITLE = "Tin tức - Thông báo"
U = "/uPortal"
MAXB = f"{U}/p/announcements.ctf3/max/render.uP"
NORMB = f"{U}/f/welcome/p/announcements.u17l1n13/normal/render.uP"
HOME = f"{U}/f/welcome/normal/render.uP"
NS = "Pluto_u17l1n13_"
ADDRESS = "Liên minh Hợp tác xã tỉnh Đắk Nông - Đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa, tỉnh Đắk Nông"
PHONE = "Điện thoại: 0261.3544.268 - Email: lmhtx@daknong.gov.vn"
COPY = "© 2024 Liên minh Hợp tác xã tỉnh Đắk Nông"
POWERED = "Powered by uPortal, an open source project of Apereo"
FURN = [ADDRESS, PHONE, COPY, POWERED, "Chào mừng Khách", "Đăng nhập", "Quay lại trang chủ", "Back to all announcements",
        "Back to announcement history", "Published", "Displaying until", "Unspecified", "Attachments",
        "Bỏ qua, đến nội dung chính", PTITLE]
TABS = [("Trang chủ", "welcome"), ("Giới thiệu", "gioi-thieu"), ("Liên hệ", "lien-he")]


def long_vi(d: datetime) -> str:
    """JDK 8 FormatData_vi, DateFormat.LONG: "'Ngày' dd 'tháng' M 'năm' yyyy"."""
    return f"Ngày {d:%d} tháng {d.month} năm {d.year}"


def medium_vi(d: datetime) -> str:
    return d.strftime("%d-%m-%Y")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, aid: int, abstract: str, end: datetime | None = None, expired: bool = False) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"], opts={"id": aid, "abstract": abstract, "end": end,
                                                                 "expired": expired})

    arts = [
        A(path="", title="Liên minh HTX tỉnh ký kết phối hợp hỗ trợ HTX tiếp cận vốn vay năm 2024",
          body="""
Ngày 10/6, Liên minh HTX tỉnh Đắk Nông và Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh Đắk Nông đã ký kết chương trình phối hợp hỗ trợ HTX tiếp cận vốn vay.
Theo chương trình, hai bên phối hợp tuyên truyền chính sách tín dụng, hướng dẫn HTX xây dựng phương án vay vốn khả thi.
[img ky-ket-agribank.png] Đại diện hai đơn vị ký kết chương trình phối hợp
Năm 2024, hai bên phấn đấu hỗ trợ ít nhất 30 HTX được vay vốn với tổng dư nợ khoảng 60 tỷ đồng.
""", byline="Quang Huy", author="Quang Huy",
          notes=["the full view: chrome <h2> 'Tin tức - Thông báo', the item's <h2> next; 'Published Ngày 12 tháng 6 năm "
                 "2024' (JDK 8 vi long date, English label; no time -> midnight); the abstract is not on this page (list "
                 "only); the photo's caption is a centred paragraph under it"],
          **at(datetime(2024, 6, 12), 118, "Liên minh HTX tỉnh và Agribank Đắk Nông ký kết chương trình phối hợp hỗ trợ "
                                          "HTX tiếp cận vốn vay.")),
        A(path="", title="Thông báo mời tham gia Hội chợ nông sản và sản phẩm OCOP Đắk Nông năm 2024",
          body="""
LIÊN MINH HTX TỈNH ĐẮK NÔNG
Số: 27/TB-LMHTX
Đắk Nông, ngày 04 tháng 6 năm 2024
THÔNG BÁO
Mời tham gia Hội chợ nông sản và sản phẩm OCOP Đắk Nông năm 2024
Liên minh HTX tỉnh trân trọng mời các HTX tham gia Hội chợ nông sản và sản phẩm OCOP Đắk Nông năm 2024, tổ chức từ ngày 05/7 đến ngày 09/7/2024 tại TP Gia Nghĩa.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 25/6/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lực
""", author=None, doc_number="27/TB-LMHTX",
          attachments=[{"path": f"{U}/api/v5-0/files/7c1e40a2/TB-27-LMHTX.pdf", "text": "TB-27-LMHTX.pdf"}],
          notes=["a notice: 'Số: 27/TB-LMHTX', dated 04/6, published 05-06-2024; 'Displaying until Ngày 09 tháng 7 "
                 "năm 2024' is the end of display, not a date of the text; the attachment is drawn by JavaScript from "
                 "the JSON in a <script> (an empty div in the HTML): the file TB-27-LMHTX.pdf is its attachment; the "
                 "signer is text, no author"],
          **at(datetime(2024, 6, 5), 116, "Mời các HTX đăng ký tham gia Hội chợ nông sản và sản phẩm OCOP Đắk Nông năm "
                                          "2024.", end=datetime(2024, 7, 9))),
        A(path="", title="HTX Công Bằng Thuận An mở rộng vùng nguyên liệu cà phê đặc sản",
          body="""
HTX Nông nghiệp dịch vụ Công Bằng Thuận An (huyện Đắk Mil) vừa mở rộng vùng nguyên liệu cà phê đặc sản lên 150 ha.
Các thành viên được hướng dẫn thu hái quả chín trên 95%, sơ chế theo phương pháp lên men tự nhiên.
| Chỉ tiêu | Năm 2022 | Năm 2023 |
| Diện tích cà phê đặc sản (ha) | 80 | 150 |
| Sản lượng nhân xanh (tấn) | 95 | 170 |
| Giá bán bình quân (đồng/kg) | 85.000 | 110.000 |
""", byline="Theo Báo Đắk Nông", author=None,
          notes=["a data table in the message (one line per row); 'Theo Báo Đắk Nông' closes it: a reprint, no author"],
          **at(datetime(2024, 5, 27), 113, "HTX Công Bằng Thuận An mở rộng vùng nguyên liệu cà phê đặc sản lên 150 ha.")),
        A(path="", title="Hướng dẫn HTX đăng ký sản phẩm tham gia Chương trình OCOP năm 2024",
          body="""
Để tham gia Chương trình OCOP năm 2024, HTX chuẩn bị hồ sơ gồm:
* Phiếu đăng ký sản phẩm theo mẫu;
* Phương án sản xuất kinh doanh sản phẩm;
* Giấy chứng nhận đủ điều kiện an toàn thực phẩm;
* Tiêu chuẩn công bố chất lượng sản phẩm.
## Thời gian, địa điểm nộp hồ sơ
Hồ sơ nộp tại UBND cấp huyện trước ngày 30/6/2024; Liên minh HTX tỉnh hỗ trợ HTX hoàn thiện hồ sơ miễn phí.
""", byline="Phòng Tư vấn - Hỗ trợ", author=None,
          notes=["a list and an <h3> in the message; closed by an office ('Phòng Tư vấn - Hỗ trợ'): text, no author"],
          **at(datetime(2024, 5, 20), 111, "Các bước chuẩn bị hồ sơ đăng ký sản phẩm OCOP năm 2024 dành cho HTX.")),
        A(path="", title="Đoàn công tác Liên minh HTX Việt Nam làm việc tại Đắk Nông",
          body="""
Ngày 14/5, Đoàn công tác Liên minh HTX Việt Nam do Phó Chủ tịch Liên minh HTX Việt Nam làm trưởng đoàn đã làm việc với Liên minh HTX tỉnh Đắk Nông.
Đoàn đã thăm mô hình HTX Nông nghiệp Thuận Hạnh và HTX Dịch vụ nông nghiệp Nâm Nung.
Đoàn ghi nhận kết quả phát triển kinh tế tập thể của tỉnh và đề nghị tiếp tục quan tâm phát triển HTX gắn với chuỗi giá trị.
""", byline="Quang Huy", author="Quang Huy",
          notes=["'Ngày 14/5' (the event) in the text; published 15-05-2024 (list) = 'Ngày 15 tháng 5 năm 2024'"],
          **at(datetime(2024, 5, 15), 109, "Đoàn công tác Liên minh HTX Việt Nam làm việc với Liên minh HTX tỉnh Đắk "
                                          "Nông.")),
        A(path="", title="Ảnh: HTX thu hoạch sầu riêng đầu vụ tại Đắk R'lấp",
          body="""
[img sau-rieng-1.png] Thành viên HTX Nông nghiệp Kiến Thành thu hoạch sầu riêng
[img sau-rieng-2.png] Sầu riêng được phân loại trước khi giao cho doanh nghiệp
Năm nay HTX dự kiến thu hoạch khoảng 300 tấn sầu riêng, tăng 20% so với năm trước.
""", byline="Ảnh: Minh Tâm", author="Minh Tâm",
          notes=["photo story: two images with centred caption paragraphs; 'Ảnh: Minh Tâm' -> author; listed on the "
                 "list's second page only ('Next 5', pP_from=5&pP_to=10)"],
          **at(datetime(2024, 5, 6), 106, "Những hình ảnh thu hoạch sầu riêng đầu vụ của các HTX huyện Đắk R'lấp.")),
        A(path="", title="Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kế toán HTX",
          body="""
Từ ngày 22 đến 24/4, Liên minh HTX tỉnh tổ chức lớp bồi dưỡng nghiệp vụ kế toán cho 50 học viên là kế toán các HTX.
Học viên được cập nhật chế độ kế toán HTX theo Thông tư số 71/2019/TT-BTC và hướng dẫn sử dụng phần mềm kế toán.
""", byline="Minh Tâm", author="Minh Tâm",
          notes=["second list page only ('Next 5')"],
          **at(datetime(2024, 4, 25), 104, "Lớp bồi dưỡng nghiệp vụ kế toán cho 50 kế toán HTX trên địa bàn tỉnh.")),
        A(path="", title="Tổng kết công tác Liên minh HTX tỉnh năm 2023",
          body="""
Ngày 28/12/2023, Liên minh HTX tỉnh Đắk Nông tổ chức Hội nghị tổng kết công tác năm 2023.
Năm 2023, toàn tỉnh có 246 HTX đang hoạt động, thành lập mới 28 HTX; doanh thu bình quân đạt 3,2 tỷ đồng/HTX/năm.
Năm 2024, Liên minh HTX tỉnh phấn đấu thành lập mới 25 HTX và hỗ trợ 10 HTX tham gia chuỗi giá trị.
""", byline="Quang Huy", author="Quang Huy",
          notes=["expired (display ended 31/01/2024): gone from the list, only in 'Archives' (pP_action=displayHistory); "
                 "its view is displayFullAnnouncementHistory ('Back to announcement history')"],
          **at(datetime(2023, 12, 29), 97, "Hội nghị tổng kết công tác năm 2023 của Liên minh HTX tỉnh.",
               end=datetime(2024, 1, 31), expired=True)),
        A(path="", title="Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn 2024",
          body="""
Thực hiện Thông báo của UBND tỉnh, Văn phòng Liên minh HTX tỉnh thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn năm 2024 như sau:
Cán bộ, công chức, viên chức được nghỉ từ ngày 08/02/2024 đến hết ngày 14/02/2024.
Trong thời gian nghỉ Tết, Văn phòng bố trí cán bộ trực theo lịch để giải quyết công việc đột xuất.
""", byline="Văn phòng Liên minh HTX tỉnh", author=None,
          notes=["expired (display ended 15/02/2024): only in 'Archives'; the dates in the text (08/02 - 14/02/2024) are "
                 "the holiday, the publication is 'Ngày 26 tháng 1 năm 2024'"],
          **at(datetime(2024, 1, 26), 99, "Lịch nghỉ Tết Nguyên đán Giáp Thìn 2024 của Văn phòng Liên minh HTX tỉnh.",
               end=datetime(2024, 2, 15), expired=True)),
    ]
    for a in arts:
        action = "displayFullAnnouncementHistory" if a.opts["expired"] else "displayFullAnnouncement"
        a.opts["q"] = f"?pP_action={action}&pP_announcementId={a.opts['id']}"
        a.path = MAXB + a.opts["q"]
        a.aliases.append(NORMB + a.opts["q"])
    return arts


def message_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "table"))
        elif b.kind == "img":
            out.append(f'<p style="text-align:center"><img src="{U}/media/announcements/{b.src}" alt="" /><br />'
                       f'<em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def full_view(a: RichArticle, base: str) -> str:
    n = NS
    end = "Unspecified" if a.opts["end"] is None else long_vi(a.opts["end"])
    back = (f'<a href="{base}?pP_action=displayHistory"><i class="fa fa-arrow-left"></i> Back to announcement '
            'history</a>') if a.opts["expired"] else (f'<a href="{base}"><i class="fa fa-arrow-left"></i> Back to all '
                                                      'announcements</a>')
    script = ""
    atts = ""
    if a.attachments:
        objs = "".join(
            f"var {n}attachment = {json.dumps({'id': 7 + i, 'filename': x['text'], 'path': x['path'], 'contentType': 'application/pdf'})};\n"
            f"var compiled = _.template(template, {n}attachment);\n$(\"#{n}attachment-list\").append(compiled);\n"
            for i, x in enumerate(a.attachments))
        script = (f'<script type="text/template" id="{n}template-attachment-display-item"><div class="row"><div '
                  f'class="col-md-12"><div id="{n}attachment_display_<%= attachment.id %>"><i class="fa fa-download">'
                  '</i> <a href=\'<%= attachment.path %>\'><span><%= attachment.filename %></span></a></div></div></div>'
                  '</script>\n<script type="text/javascript">\nvar ' + n + ' = ' + n + ' || {};\n' + n
                  + '.jQuery = jQuery.noConflict(true);\n' + n + '.jQuery(function () {\nvar $ = ' + n + '.jQuery;\n'
                  + f"var template = $('#{n}template-attachment-display-item').html();\n" + objs + "});\n</script>")
        atts = (f'<div class="row"><div class="col-md-12"><h4>Attachments</h4></div></div><div class="row"><div '
                f'class="col-md-12"><div id="{n}attachment-list"></div></div></div>')
    return f"""{script}
<div class="container-fluid bootstrap-styles announcements-container">
<div class="row announcements-portlet-toolbar"><div class="nav-links">{back}</div></div>
<div class="ann-display-item-full"><div class="row"><div class="col-xs-12">
<h2>{esc(a.title)}</h2>
<p>Published {long_vi(a.date)}</p>
<p>Displaying until {end}</p>
<p>{message_html(a)}</p>
</div></div></div>
{atts}
</div>"""


def list_view(items: list[RichArticle], base: str, frm: int, has_more: bool) -> str:
    rows = "".join(
        f'<div class="ann-display-item-summary"><div class="row"><div class="col-xs-12"><div class="ann-item-header">'
        f'<div class="ann-item-topic"><i class="fa fa-list-alt"></i> Tin tức - Thông báo</div><div class="ann-item-date">'
        f'{medium_vi(a.date)}</div></div></div></div><div class="row"><div class="col-md-12"><h1><a title="Display the '
        f'full announcement" class="announcement-link" href="{base}{a.opts["q"]}">{esc(a.title)}</a></h1>'
        f'<p>{esc(a.opts["abstract"])}</p></div></div></div>' for a in items)
    nav = ""
    if frm:
        prev = base if frm == 5 else f"{base}?pP_from={frm - 5}&pP_to={frm}"
        nav += f'<a class="btn btn-default" href="{prev}"><i class="fa fa-hand-o-left"></i> Previous 5</a>'
    if has_more:
        nav += (f'<span class="pull-right"><a class="btn btn-default" href="{base}?pP_from={frm + 5}&amp;pP_to='
                f'{frm + 10}">Next 5 <i class="fa fa-hand-o-right"></i></a></span>')
    return f"""<div id="{NS}container" class="container-fluid bootstrap-styles announcements-container">
<div class="row announcements-portlet-toolbar"><div class="col-md-12 no-col-padding"><div class="nav-links"> |
<a href="{base}?pP_action=displayHistory"><i class="fa fa-archive"></i> Archives</a></div></div></div>
<div class="row announcements-summary-row"><div class="col-lg-12"><div>{rows}</div></div></div>
<div class="row announcement-list-nav"><div class="col-md-12">{nav}</div></div>
</div>"""


def history_view(items: list[RichArticle], base: str) -> str:
    rows = "".join(
        f'<tr><td align="center" width="15%" class="{NS}-row1color">Tin tức - Thông báo</td><td align="center" '
        f'width="15%" class="{NS}-row1color"><a title="Display the full announcement" href="{base}{a.opts["q"]}">'
        f'{esc(a.title)}</a><br />{esc(a.opts["abstract"])}<br /></td><td>{medium_vi(a.date)}</td>'
        f'<td>{medium_vi(a.opts["end"])}</td></tr>' for a in items)
    return (f'<div class="container-fluid bootstrap-styles announcements-container"><div class="row '
            f'announcements-portlet-toolbar"><div class="nav-links"><a href="{base}"><i class="fa fa-home"></i> Back to '
            f'Home</a></div></div><table class="table"><thead><tr><th>Topic</th><th>Announcement</th><th>Start Date</th>'
            f'<th>End Date</th></tr></thead><tbody>{rows}</tbody></table></div>')


def chrome(pid: str, title: str, content: str, max_href: str, extra_cls: str = "") -> str:
    return f"""<section id="portlet_{pid}" class="up-portlet-wrapper fl-widget hover-toggle {extra_cls}" role="region" aria-label="{attr(title)}">
<div class="up-portlet-wrapper-inner">
<div class="fl-widget-titlebar up-portlet-titlebar round-top"><h2><a name="portlet_{pid}" id="portlet_{pid}_anchor"></a><a href="{max_href}" title="{attr(title)}">{esc(title)}</a></h2>
<div class="up-portlet-controls"><a class="up-portlet-control maximize" href="{max_href}" title="Phóng to"><span class="fa fa-expand"></span></a></div></div>
<div class="up-portlet-content-wrapper round-bottom"><div class="up-portlet-content-wrapper-inner">
{content}
</div></div></div></section>"""


def shell(title: str, body: str, active: str, maxed: bool) -> str:
    tabs = "".join(f'<li class="portal-navigation{" active" if t == active else ""}" role="presentation"><a href="{U}/f/'
                   f'{t}/normal/render.uP" class="portal-subnav-link" role="menuitem"><span class="portal-navigation-label">'
                   f'{esc(label)}</span></a></li>' for label, t in TABS)
    back = (f'<div class="up-portlet-max-return"><a href="{HOME}"><i class="fa fa-arrow-left"></i> Quay lại trang chủ</a>'
            '</div>') if maxed else ""
    return f"""<!DOCTYPE html>
<html lang="vi" class="respondr">
<head>
<title>{esc(title)} | {esc(PORTAL)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" href="{U}/media/skins/icons/favicon.png" type="image/png" />
<link rel="stylesheet" type="text/css" href="{U}/media/skins/respondr/defaultSkin.css" />
<script type="text/javascript" src="{U}/webjars/jquery/dist/jquery.min.js"></script>
<script type="text/javascript" src="{U}/scripts/underscore-min.js"></script>
<script type="text/javascript">var up = up || {{}}; up.jQuery = jQuery; up.portalUrl = '{U}'; up.isGuest = true; up.locale = 'vi_VN';</script>
</head>
<body class="up dashboard portal fl-theme-mist{' up-max' if maxed else ''}">
<a class="sr-only sr-only-focusable" href="#portalPageBody">Bỏ qua, đến nội dung chính</a>
<div id="up-notification"></div>
<div id="wrapper">
<header class="portal-header" role="banner">
<div class="portal-global"><div class="container-fluid"><ul class="utilities list-inline">
<li class="portal-welcome">Chào mừng Khách</li><li class="portal-login"><a href="{U}/Login?refUrl={U}/f/welcome/normal/render.uP">Đăng nhập</a></li></ul></div></div>
<div class="container-fluid"><div class="row"><div class="col-sm-8"><a href="{HOME}" class="portal-logo"><img src="{U}/media/skins/respondr/lmhtx/images/logo.png" alt="" /><span class="portal-name">{esc(PORTAL)}</span></a></div></div></div>
<nav class="portal-nav" role="navigation"><div class="container-fluid"><ul class="menu list-inline" role="menubar">{tabs}</ul></div></nav>
</header>
<div id="portalPageBody" class="portal-content" role="main"><div class="container-fluid">
{back}
<div class="row"><div id="portalPageBodyColumns" class="col-sm-12">
{body}
</div></div></div></div>
<footer class="portal-footer" role="contentinfo"><div class="container-fluid">
<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p><p>{esc(COPY)}</p>
<p class="portal-powered">{esc(POWERED)}</p>
</div></footer>
</div>
</body>
</html>
"""


def dashboard(ann_content: str) -> str:
    col1 = chrome("u17l1n13", PTITLE, ann_content, MAXB, "announcements")
    weather = chrome("u17l1n15", "Thời tiết", '<div class="weather-portlet"><ul class="locations"><li><span class="city">'
                                              'Gia Nghĩa</span> <span class="temp">24°C</span> <span class="cond">Mưa '
                                              'rào nhẹ</span></li><li><span class="city">Buôn Ma Thuột</span> <span '
                                              'class="temp">26°C</span> <span class="cond">Nhiều mây</span></li></ul>'
                                              '<p class="attribution">Dữ liệu: OpenWeather</p></div>',
                     f"{U}/p/weather.ctf5/max/render.uP")
    links = chrome("u17l1n16", "Liên kết", '<ul class="bookmarks">'
                   '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li>'
                   '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng thông tin điện tử Chính phủ</a></li>'
                   '</ul>', f"{U}/p/bookmarks.ctf6/max/render.uP")
    return (f'<div id="column_u17l1n10" class="portal-page-column col-md-8 up-column"><div id="inner-column_u17l1n10" '
            f'class="portal-page-column-inner">{col1}</div></div><div id="column_u17l1n11" class="portal-page-column '
            f'col-md-4 up-column"><div id="inner-column_u17l1n11" class="portal-page-column-inner">{weather}{links}</div>'
            '</div>')


def maxed(content: str) -> str:
    return ('<div id="portalFocusedPortlet" class="portal-page-column col-md-12 up-column">'
            + chrome("ctf3", PTITLE, content, MAXB, "announcements up-portlet-max") + "</div>")


class Site(SiteBuild):
    def page(self, path: str, content: str, **kw) -> None:  # render.uP answers text/html (no known suffix)
        kw.setdefault("content_type", "text/html; charset=UTF-8")
        super().page(path, content, **kw)


def build() -> SiteBuild:
    site = Site(SITE, "dak-nong", f"{PORTAL} (uPortal)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    current = [a for a in arts if not a.opts["expired"]]
    expired = [a for a in arts if a.opts["expired"]]
    pages = [current[i:i + 5] for i in range(0, len(current), 5)]
    for base, normal in ((MAXB, False), (NORMB, True)):
        def wrap(content: str, title: str = PTITLE, normal: bool = normal) -> str:
            return shell("Trang chủ" if normal else title, dashboard(content) if normal else maxed(content),
                         "welcome", not normal)
        for i, items in enumerate(pages):
            frm = i * 5
            path = base if i == 0 else f"{base}?pP_from={frm}&pP_to={frm + 5}"
            if not (normal and i == 0):
                site.page(path, wrap(list_view(items, base, frm, i < len(pages) - 1)))
                site.non_articles.append(path)
        site.page(f"{base}?pP_action=displayHistory", wrap(history_view(expired, base)))
        site.non_articles.append(f"{base}?pP_action=displayHistory")
        for a in arts:
            site.page(base + a.opts["q"], wrap(full_view(a, base)))
    # the welcome tab (the portlet's first page in normal state) and the other tabs
    home = shell("Trang chủ", dashboard(list_view(pages[0], NORMB, 0, len(pages) > 1)), "welcome", False)
    site.page(HOME, home)
    site.same_page(NORMB, HOME)
    site.non_articles += [HOME]
    site.page(f"{U}/f/gioi-thieu/normal/render.uP", shell("Giới thiệu", chrome(
        "u17l1n20", "Giới thiệu", '<div class="cms-content"><p>Liên minh Hợp tác xã tỉnh Đắk Nông được thành lập năm '
                                   '2004, là tổ chức chính trị - xã hội đại diện cho các HTX, tổ hợp tác trên địa bàn '
                                   'tỉnh.</p></div>', f"{U}/p/gioi-thieu.ctf7/max/render.uP"), "gioi-thieu", False))
    site.page(f"{U}/f/lien-he/normal/render.uP", shell("Liên hệ", chrome(
        "u17l1n21", "Liên hệ", f'<div class="cms-content"><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p></div>',
        f"{U}/p/lien-he.ctf8/max/render.uP"), "lien-he", False))
    for fname, n, title, content in (
            ("weather", 5, "Thời tiết", '<p>Gia Nghĩa: 24°C, mưa rào nhẹ.</p>'),
            ("bookmarks", 6, "Liên kết", '<p>Liên minh Hợp tác xã Việt Nam</p>'),
            ("gioi-thieu", 7, "Giới thiệu", '<p>Liên minh Hợp tác xã tỉnh Đắk Nông.</p>'),
            ("lien-he", 8, "Liên hệ", f'<p>{esc(ADDRESS)}</p>')):
        path = f"{U}/p/{fname}.ctf{n}/max/render.uP"
        site.page(path, shell(title, '<div id="portalFocusedPortlet" class="portal-page-column col-md-12 up-column">'
                              + chrome(f"ctf{n}", title, content, path) + "</div>", "welcome", True))
        site.non_articles.append(path)
    site.non_articles += [f"{U}/f/gioi-thieu/normal/render.uP", f"{U}/f/lien-he/normal/render.uP"]
    site.redirect("/", f"{U}/", 302)
    site.redirect(f"{U}/", HOME, 302)
    site.redirect(f"{U}/p/announcements", MAXB, 302)
    login = f"{U}/Login?refUrl={U}/f/welcome/normal/render.uP"
    site.page(login, "<!DOCTYPE html><html><head><title>CAS</title></head><body><p>Đang chuyển đến trang đăng nhập…</p>"
                     "</body></html>")
    site.never_fetched.append(login)
    site.static("/robots.txt", "User-agent: *\nDisallow: /uPortal/Login\nDisallow: /uPortal/Logout\n")
    for a in arts:
        for x in a.attachments:
            site.binary(x["path"], pdf(x["text"], ["LIEN MINH HTX TINH DAK NONG", a.doc_number or ""]))
        site.add_article(a)
    site.binary(f"{U}/media/skins/icons/favicon.png", image_for("uportal-favicon"))
    site.trap("<title> is '<portlet title> | <portal>' (max) or 'Trang chủ | <portal>' (tab); the chrome <h2> is the "
              "portlet title; the item's title is the second <h2>", arts[0].path)
    site.trap("the list view (max and in the welcome tab) pages with render parameters ?pP_from=5&pP_to=10 ('Next 5'); "
              "dates '12-06-2024' (JDK 8 vi medium, day first)", f"{MAXB}?pP_from=5&pP_to=10")
    site.trap("'Archives' (pP_action=displayHistory): expired announcements only there, a table with start/end dates",
              f"{MAXB}?pP_action=displayHistory")
    site.trap("each item answers in max state (truth) and inside the welcome tab in normal state with the weather "
              "and links portlets around it (alias); / and /uPortal/ and /uPortal/p/announcements are 302s",
              NORMB + arts[0].opts["q"])
    site.trap("robots.txt disallows /uPortal/Login, linked as 'Đăng nhập' from every page", login)
    return site
