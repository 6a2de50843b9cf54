"""Site `cfm-htxkhanhhoa` (registry family `generic`): "Website Liên minh HTX tỉnh Khánh Hòa", an in-house
**ColdFusion** portal built around 2006 (Fusebox 4 `index.cfm?fuseaction=…`, later sections as plain `.cfm`
templates, Dreamweaver recordset paging, FCKeditor 2 in the back end; the database and the output in
**windows-1258**; session variables by `URLSessionFormat()`, so a client without cookies gets `CFID` and `CFTOKEN`
appended to the links; the server in Vietnam time; the copy is of 10 September 2024). Written as a held-out test: no
family module, no selectors.

URL shapes: a news item's Fusebox address `/index.cfm?fuseaction=news.detail&newsID=N` (the RSS links it so: the
canonical one), the same with `&CFID=48213&CFTOKEN=93775102` (home and right column), the newer section's
`/tin-tuc/chi-tiet.cfm?ID=N&CatID=C&CFID=…&CFTOKEN=…` (the category lists), the old template `/news/detail.cfm?id=N`
("Các tin đã đưa" and the announcement marquee), the print view `/print.cfm?id=N` ("In bản tin"): all aliases, the
same item; category lists `/tin-tuc/danh-sach.cfm?CatID=C&CFID=…&CFTOKEN=…` (5 a page; the recordset navigation's
`&PageNum_rsTin=2`); the home `/` = `/index.cfm`; the search form `/index.cfm?fuseaction=search.form`; the RSS
`/rss.cfm`; the admin login `/admin/login.cfm` (robots.txt disallows `/admin/`); a left-menu item whose fuseaction
fails (`vanban.list`: a ColdFusion error page, HTTP 500).

Why it is hard: a table layout with no heading element and one `<title>` for every page ("LIÊN MINH HTX TỈNH KHÁNH
HÒA"); the title is the bold `td.title_news`, then "Ngày cập nhật: 16/08/2024 | Lượt xem: 412" (a date, no time),
the bold lead `td.sapo`, the FCKeditor text in `td.content_news` (justified paragraphs, bold-paragraph headings,
lists, a bordered table whose first row is bold, photos with the caption after a `<br>` in the same centred
paragraph), "File đính kèm:" with the file link, "In bản tin | Gửi email | Quay lại", then "Các tin đã đưa" (the 5
newest other items with "(dd/mm/yyyy)"). Around it: the banner, today's date, a marquee (a notice link and a
slogan with dates), the left column of categories, "Thống kê truy cập" (the visit counter), "Tin mới nhất", a
"Liên kết website" drop-down. The RSS writes `GetHttpTimeString()`: GMT, so the item of 00:15 on 16 August reads
"Thu, 15 Aug 2024 17:15:00 GMT"; the page itself shows the day only (published = that day, midnight). The author is
the closing byline (a person; "Ban Biên tập" and "Theo Báo Khánh Hòa" are none). The oldest item is only on its
category's second page.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "cfm-htxkhanhhoa"
NAME = "Liên minh HTX tỉnh Khánh Hòa"
TITLE = "LIÊN MINH HTX TỈNH KHÁNH HÒA"
SESSION = "CFID=48213&CFTOKEN=93775102"
PER = 5
CATS = {3: "Tin hoạt động", 4: "Kinh tế tập thể", 5: "Thông báo - Văn bản"}
TODAY = "Thứ Ba, ngày 10/09/2024"
SLOGAN = "Nhiệt liệt chào mừng kỷ niệm 79 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2024) và Quốc khánh 2/9"
ADDRESS = "Địa chỉ: 04 Phan Chu Trinh, TP Nha Trang, tỉnh Khánh Hòa"
PHONE = "Điện thoại: (0258) 3822 657 - Fax: (0258) 3822 658"
COPY = "Bản quyền thuộc Liên minh Hợp tác xã tỉnh Khánh Hòa"
LICENCE = "Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Khánh Hòa cấp ngày 15/3/2007"
SOURCE_NOTE = "Ghi rõ nguồn \"Website Liên minh HTX tỉnh Khánh Hòa\" khi phát hành lại thông tin từ website này"
FURN = [TODAY, SLOGAN, ADDRESS, PHONE, COPY, LICENCE, SOURCE_NOTE, "DANH MỤC", "Thống kê truy cập",
        "Số lượt truy cập: 1.245.873", "Đang trực tuyến: 17", "Tin mới nhất", "Liên kết website", "Các tin đã đưa",
        "Ngày cập nhật:", "Lượt xem:", "In bản tin", "Gửi email", "Quay lại", "File đính kèm:", "Quản trị",
        "-- Chọn liên kết --"]


def articles() -> list[RichArticle]:
    A = RichArticle

    def day(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo về việc đăng ký tham gia Chương trình xúc tiến thương mại cho HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH KHÁNH HÒA
Số: 12/TB-LMHTX
Khánh Hòa, ngày 02 tháng 8 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Chương trình xúc tiến thương mại cho HTX năm 2024
Thực hiện Kế hoạch số 05/KH-LMHTX ngày 15/01/2024, Liên minh HTX tỉnh tổ chức đoàn HTX tham gia Hội chợ Nông sản và sản phẩm OCOP tại TP Hồ Chí Minh từ ngày 10/10 đến ngày 14/10/2024.
Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng và 50% chi phí vận chuyển hàng hóa cho HTX tham gia.
HTX đăng ký theo mẫu gửi kèm, gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/8/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Kim Oanh
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/upload/files/2024/TB12-LMHTX-XTTM.pdf", "text": "TB12-LMHTX-XTTM.pdf"}],
          opts={"id": 1268, "cat": 5, "views": 356},
          notes=["notice 'Số: 12/TB-LMHTX' dated 02/8 in its text, 'Ngày cập nhật: 05/08/2024' (day only: midnight); the "
                 "signer is text, no author; the file after 'File đính kèm:' (outside the text) is the attachment; the "
                 "marquee links it as /news/detail.cfm?id=1268: an alias"],
          **day(datetime(2024, 8, 5, 8, 40))),
        A(path="", title="Ảnh: HTX Yến sào Cam Lâm vào mùa khai thác yến",
          lead="Tháng 8, HTX Yến sào Cam Lâm bước vào đợt khai thác tổ yến chính trong năm.",
          body="""
HTX hiện quản lý 26 nhà yến của thành viên ở huyện Cam Lâm, sản lượng mỗi đợt khai thác khoảng 180 kg tổ yến thô.
[img yen-cam-lam-1.png] Thành viên HTX khai thác tổ yến trong nhà yến
[img yen-cam-lam-2.png] Tổ yến được làm sạch lông thủ công tại cơ sở của HTX
[img yen-cam-lam-3.png] Sản phẩm yến tinh chế đóng hộp của HTX
Sản phẩm yến tinh chế của HTX đã đạt chứng nhận OCOP 4 sao năm 2023.
""", byline="Bài, ảnh: Lê Quang Vinh", author="Lê Quang Vinh",
          opts={"id": 1284, "cat": 3, "views": 518},
          notes=["photo story: each caption after a <br> inside the photo's centred paragraph (one line each); the bold "
                 "lead is the first line; 'Bài, ảnh: Lê Quang Vinh' -> author"],
          **day(datetime(2024, 8, 28, 15, 20))),
        A(path="", title="Kết quả phát triển kinh tế tập thể 6 tháng đầu năm 2024",
          body="""
Sáu tháng đầu năm 2024, khu vực kinh tế tập thể tỉnh Khánh Hòa có bước phát triển ổn định.
| Chỉ tiêu | Đơn vị | 6 tháng 2024 | Cùng kỳ 2023 |
| HTX đang hoạt động | HTX | 214 | 203 |
| HTX thành lập mới | HTX | 9 | 6 |
| Thành viên HTX | người | 18.640 | 18.120 |
| Doanh thu bình quân một HTX | triệu đồng | 2.860 | 2.590 |
Liên minh HTX tỉnh tiếp tục tư vấn thành lập mới HTX ở các huyện Khánh Sơn và Khánh Vĩnh.
""", byline="Ban Biên tập", author=None,
          opts={"id": 1279, "cat": 4, "views": 287},
          notes=["a bordered table whose first row is bold (no <th>): one line per row; 'Ban Biên tập' closes it: no author"],
          **day(datetime(2024, 8, 21, 9, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Sơn Bình",
          body="""
Chiều 15/8, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Sơn Bình (huyện Khánh Sơn).
HTX hiện có 68 thành viên, liên kết sản xuất 120 ha sầu riêng và 40 ha cà phê chè.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng mã số vùng trồng sầu riêng phục vụ xuất khẩu.
""", byline="Hồ Thanh Sơn", author="Hồ Thanh Sơn",
          opts={"id": 1276, "cat": 3, "views": 412},
          notes=["entered at 00:15 on 16 August: the page shows 'Ngày cập nhật: 16/08/2024' (day only: midnight); the RSS "
                 "(GetHttpTimeString: GMT) reads 'Thu, 15 Aug 2024 17:15:00 GMT', the previous day; the afternoon of 15/8 "
                 "in the text is the event; 'Hồ Thanh Sơn' -> author"],
          **day(datetime(2024, 8, 16, 0, 15))),
        A(path="", title="Những điều HTX cần biết khi tham gia sàn thương mại điện tử",
          lead="Đưa sản phẩm lên sàn thương mại điện tử giúp HTX mở rộng thị trường nhưng cũng đòi hỏi chuẩn bị kỹ.",
          body="""
## Một số lưu ý đối với HTX
* Chuẩn hóa hình ảnh, mô tả và giá bán của sản phẩm;
* Bảo đảm nguồn hàng ổn định, đóng gói phù hợp vận chuyển xa;
* Có người phụ trách trả lời khách hàng và xử lý đơn hàng hằng ngày;
* Tuân thủ quy định về hóa đơn, thuế đối với hoạt động bán hàng trực tuyến.
Liên minh HTX tỉnh sẵn sàng hỗ trợ HTX mở gian hàng trên các sàn thương mại điện tử uy tín.
""", byline="Phạm Ngọc Diệp", author="Phạm Ngọc Diệp",
          opts={"id": 1271, "cat": 3, "views": 633},
          notes=["a bold-paragraph heading and a bulleted list after the bold lead; 'Phạm Ngọc Diệp' -> author"],
          **day(datetime(2024, 8, 9, 10, 30))),
        A(path="", title="HTX Muối Hòn Khói đầu tư sân phơi trải bạt",
          body="""
HTX Muối Hòn Khói (thị xã Ninh Hòa) đã đầu tư trải bạt cho 30 ha ruộng muối của thành viên.
Muối sản xuất trên nền bạt trắng, sạch, giá bán cao hơn muối truyền thống từ 30 đến 40%.
HTX dự kiến mở rộng thêm 20 ha sân phơi trải bạt trong năm 2025.
""", byline="Theo Báo Khánh Hòa", author=None,
          opts={"id": 1265, "cat": 3, "views": 301},
          notes=["'Theo Báo Khánh Hòa' closes the text: a reprint, no author"],
          **day(datetime(2024, 7, 30, 14, 0))),
        A(path="", title="HTX Xoài Cam Thành Nam tiêu thụ hết xoài vụ chính",
          lead="Nhờ liên kết với doanh nghiệp, HTX Xoài Cam Thành Nam đã tiêu thụ hết sản lượng xoài vụ chính năm 2024.",
          body="""
Vụ xoài chính năm nay, HTX thu hoạch khoảng 650 tấn xoài Úc và xoài cát Hòa Lộc.
Giá thu mua bình quân đạt 22.000 đồng/kg, cao hơn giá thị trường khoảng 3.000 đồng/kg.
HTX đang phối hợp với ngành nông nghiệp để mở rộng diện tích xoài đạt chuẩn VietGAP.
""", byline="Trần Minh Tuấn", author="Trần Minh Tuấn",
          opts={"id": 1258, "cat": 3, "views": 244},
          notes=["a plain news item with a bold lead; 'Trần Minh Tuấn' -> author"],
          **day(datetime(2024, 7, 18, 16, 5))),
        A(path="", title="Liên minh HTX tỉnh Khánh Hòa sơ kết công tác 6 tháng đầu năm 2024",
          body="""
Ngày 28/6, Liên minh HTX tỉnh Khánh Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
[img so-ket-6-thang.png] Quang cảnh hội nghị sơ kết
Trong 6 tháng, Liên minh HTX tỉnh đã tổ chức 5 lớp tập huấn cho 320 lượt cán bộ HTX và tư vấn thành lập mới 9 HTX.
""", byline="Tin, ảnh: Nguyễn Văn Hòa", author="Nguyễn Văn Hòa",
          opts={"id": 1243, "cat": 3, "views": 198},
          notes=["the oldest item: only on /tin-tuc/danh-sach.cfm?CatID=3&PageNum_rsTin=2 (+CFID/CFTOKEN): not in 'Các tin đã "
                 "đưa', 'Tin mới nhất', the home page nor the RSS; reached as /tin-tuc/chi-tiet.cfm?ID=1243&CatID=3&CFID=…"
                 "&CFTOKEN=… (an alias); 'Tin, ảnh: Nguyễn Văn Hòa' -> author"],
          **day(datetime(2024, 7, 2, 9, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\r\n" + "\r\n".join(f"    <li>{inline_html(x)}</li>" for x in b.items) + f"\r\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table cellspacing="0" cellpadding="3" width="100%" border="1">\r\n    <tbody>\r\n        <tr>'
                       + "\r\n".join(f'<td align="center"><strong>{esc(c)}</strong></td>' for c in head) + "</tr>\r\n"
                       + "".join("        <tr>" + "\r\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\r\n" for r in rows)
                       + "    </tbody>\r\n</table>")
        elif b.kind == "img":
            cap = f"<br />\r\n<em>{esc(b.text)}</em>" if b.text else ""
            out.append(f'<p style="text-align: center;"><img height="360" width="480" alt="" '
                       f'src="/upload/images/{a.date:%Y}/{a.opts["id"]}_{b.src}" />{cap}</p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\r\n".join(out)


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "khanh-hoa", f"Website {NAME} (ColdFusion)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/rss.cfm" % SITE],
                     default_encoding="windows-1258")
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    ct = "text/html"
    for a in arts:
        a.path = f"/index.cfm?fuseaction=news.detail&newsID={a.opts['id']}"
    oldest = arts[-1]
    notice = next(a for a in arts if a.doc_number)
    newest = arts[:6]

    def sess(url: str) -> str:
        return f"{url}&{SESSION}"

    def fb(a: RichArticle) -> str:
        return sess(f"/index.cfm?fuseaction=news.detail&newsID={a.opts['id']}")

    def sec(a: RichArticle) -> str:
        return sess(f"/tin-tuc/chi-tiet.cfm?ID={a.opts['id']}&CatID={a.opts['cat']}")

    def old(a: RichArticle) -> str:
        return f"/news/detail.cfm?id={a.opts['id']}"

    def cat_url(c: int, n: int = 1) -> str:
        return sess(f"/tin-tuc/danh-sach.cfm?CatID={c}" + (f"&PageNum_rsTin={n}" if n > 1 else ""))

    err = sess("/index.cfm?fuseaction=vanban.list")

    def layout(center: str) -> str:
        cats = "".join(f'<tr><td class="menu_left"><img src="/images/bullet.gif" width="7" height="7" alt="" /> '
                       f'<a href="{attr(cat_url(c))}">{esc(n)}</a></td></tr>' for c, n in CATS.items())
        cats += (f'<tr><td class="menu_left"><img src="/images/bullet.gif" width="7" height="7" alt="" /> '
                 f'<a href="{attr(err)}">Văn bản pháp quy</a></td></tr>')
        latest = "".join(f'<tr><td class="tinmoi"><img src="/images/arrow.gif" width="5" height="9" alt="" /> '
                         f'<a href="{attr(fb(x))}">{esc(x.title)}</a></td></tr>' for x in arts[:5])
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="keywords" content="lien minh htx, hop tac xa, khanh hoa">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="3"><img src="/images/banner.gif" width="980" height="140" alt="" /></td></tr>
  <tr>
    <td colspan="3" class="topmenu" height="28">
      <a href="/index.cfm">Trang chủ</a> | <a href="{attr(sess('/index.cfm?fuseaction=gioithieu.main'))}">Giới thiệu</a> | <a href="{attr(cat_url(3))}">Tin tức</a> | <a href="{attr(sess('/index.cfm?fuseaction=search.form'))}">Tìm kiếm</a> | <a href="/rss.cfm">RSS</a>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="datebar" height="24">
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
        <td width="200" class="ngay">&nbsp;{TODAY}</td>
        <td><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="{old(notice)}"><b>Thông báo:</b> {esc(notice.title)}</a> &nbsp;&nbsp;&nbsp;&nbsp; <font color="#CC0000">{esc(SLOGAN)}</font></marquee></td>
      </tr></table>
    </td>
  </tr>
  <tr valign="top">
    <td width="190" class="col_left">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="title_box">DANH MỤC</td></tr>
        {cats}
      </table>
      <br />
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="title_box">Thống kê truy cập</td></tr>
        <tr><td class="counter">Số lượt truy cập: 1.245.873<br />Đang trực tuyến: 17</td></tr>
      </table>
    </td>
    <td width="590" class="col_center">
{center}
    </td>
    <td width="200" class="col_right">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="title_box">Tin mới nhất</td></tr>
        {latest}
      </table>
      <br />
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="title_box">Liên kết website</td></tr>
        <tr><td><select name="weblink" onchange="if(this.value!='')window.open(this.value);">
          <option value="">-- Chọn liên kết --</option>
          <option value="http://www.khanhhoa.gov.vn">Cổng thông tin điện tử tỉnh Khánh Hòa</option>
          <option value="http://www.vca.org.vn">Liên minh Hợp tác xã Việt Nam</option>
        </select></td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="footer" align="center">
      <b>{esc(COPY)}</b><br />
      {esc(ADDRESS)}<br />
      {esc(PHONE)}<br />
      {esc(LICENCE)}<br />
      {esc(SOURCE_NOTE)}<br />
      <a href="/admin/login.cfm">Quản trị</a>
    </td>
  </tr>
</table>
</body>
</html>
"""

    # -- items ------------------------------------------------------------------------------------
    for a in arts:
        others = [x for x in arts if x is not a][:5]
        lead = f'<tr><td class="sapo"><b>{esc(a.lead)}</b></td></tr>' if a.lead else ""
        att = "".join(f'<tr><td class="dinhkem"><b>File đính kèm:</b> <img src="/images/icon_pdf.gif" width="16" height="16" '
                      f'alt="" /> <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></td></tr>' for x in a.attachments)
        center = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="path"><a href="/index.cfm">Trang chủ</a> &raquo; <a href="{attr(cat_url(a.opts['cat']))}">{esc(CATS[a.opts['cat']])}</a></td></tr>
        <tr><td class="title_news">{esc(a.title)}</td></tr>
        <tr><td class="date_news">Ngày cập nhật: {a.date:%d/%m/%Y} &nbsp;|&nbsp; Lượt xem: {a.opts['views']}</td></tr>
        {lead}
        <tr><td class="content_news">
{body_html(a)}
        </td></tr>
        {att}
        <tr><td align="right" class="tool"><a href="/print.cfm?id={a.opts['id']}" target="_blank"><img src="/images/print.gif" width="16" height="16" alt="" border="0" /> In bản tin</a> | <a href="javascript:sendMail();">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3" class="tinkhac">
        <tr><td class="title_box">Các tin đã đưa</td></tr>
        {"".join(f'<tr><td><img src="/images/arrow.gif" width="5" height="9" alt="" /> <a href="{old(x)}">{esc(x.title)}</a> <span class="date">({x.date:%d/%m/%Y})</span></td></tr>' for x in others)}
      </table>"""
        site.page(a.path, layout(center), content_type=ct)
        variants = [fb(a), sec(a), old(a)]
        for v in variants:
            site.same_page(v, a.path)
        prn = f"/print.cfm?id={a.opts['id']}"
        lead_p = f"<p><b>{esc(a.lead)}</b></p>" if a.lead else ""
        site.page(prn, f"""<html>
<head>
<title>{TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<link href="/css/print.css" rel="stylesheet" type="text/css">
</head>
<body onload="window.print();">
<table width="650" border="0" align="center" cellpadding="5" cellspacing="0">
<tr><td><img src="/images/logo_print.gif" width="300" height="60" alt="" /></td></tr>
<tr><td><font size="4"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><i>Ngày cập nhật: {a.date:%d/%m/%Y}</i></td></tr>
<tr><td>{lead_p}
{body_html(a)}
</td></tr>
<tr><td align="center"><hr size="1" />{esc(COPY)}</td></tr>
</table>
</body>
</html>
""", content_type=ct)
        a.aliases += variants + [prn]
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH KHANH HOA", "THONG BAO SO 12/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every item answers at five addresses: /index.cfm?fuseaction=news.detail&newsID=N (canonical, the RSS), the "
              "same with &CFID=…&CFTOKEN=… (home, right column), /tin-tuc/chi-tiet.cfm?ID=N&CatID=C&CFID=…&CFTOKEN=… "
              "(category lists), /news/detail.cfm?id=N ('Các tin đã đưa', marquee) and /print.cfm?id=N (print view)",
              arts[0].path)

    # -- category lists --------------------------------------------------------------------------------
    for c, cname in CATS.items():
        items = [a for a in arts if a.opts["cat"] == c]
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            nav = ""
            if len(pages) > 1:
                nav = ('<tr><td align="center" class="paging">'
                       + (f'<a href="{attr(cat_url(c, 1))}">Đầu</a> <a href="{attr(cat_url(c, n - 1))}">Trước</a> ' if n > 1 else "")
                       + f"Trang {n}/{len(pages)}"
                       + (f' <a href="{attr(cat_url(c, n + 1))}">Tiếp</a> <a href="{attr(cat_url(c, len(pages)))}">Cuối</a>'
                          if n < len(pages) else "") + "</td></tr>")
            rows = "".join(
                f'<tr><td class="item_list"><a href="{attr(sec(x))}" class="title_list">{esc(x.title)}</a> '
                f'<span class="date">({x.date:%d/%m/%Y})</span><br />{esc(x.summary())}</td></tr>' for x in chunk)
            center = (f'<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td class="path"><a href="/index.cfm">'
                      f'Trang chủ</a> &raquo; {esc(cname)}</td></tr>{rows}{nav}</table>')
            path = f"/tin-tuc/danh-sach.cfm?CatID={c}" + (f"&PageNum_rsTin={n}" if n > 1 else "")
            site.page(path, layout(center), content_type=ct)
            site.same_page(cat_url(c, n), path)
            site.non_articles.append(path)
    site.trap("category lists /tin-tuc/danh-sach.cfm?CatID=C (+CFID/CFTOKEN; Dreamweaver recordset paging 'Trang 1/2 "
              "Tiếp Cuối'): the second page &PageNum_rsTin=2 holds the oldest item",
              "/tin-tuc/danh-sach.cfm?CatID=3&PageNum_rsTin=2")

    # -- home, other pages -------------------------------------------------------------------------------
    rows = "".join(
        f'<tr><td class="item_home">' + (f'<img src="/upload/images/{x.date:%Y}/{x.opts["id"]}_{x.first_image()}" width="120" '
                                         f'height="90" align="left" alt="" />' if x.first_image() else "")
        + f'<a href="{attr(fb(x))}" class="title_home">{esc(x.title)}</a> <span class="date">({x.date:%d/%m/%Y})</span><br />'
          f'{esc(x.summary())}</td></tr>' for x in newest)
    site.page("/index.cfm", layout(f'<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td class="title_box">'
                                   f'TIN TỨC - SỰ KIỆN</td></tr>{rows}</table>'), content_type=ct)
    site.same_page("/", "/index.cfm")
    site.non_articles.append("/index.cfm")
    site.trap("home / = /index.cfm: the 6 newest with CFID/CFTOKEN links; the marquee (the notice as "
              "/news/detail.cfm?id=…, a slogan with dates); today's date; a 'Liên kết website' drop-down (no links)",
              "/index.cfm")
    intro = sess("/index.cfm?fuseaction=gioithieu.main")
    site.page(intro, layout('<table width="100%" cellpadding="4"><tr><td class="title_news">Giới thiệu</td></tr><tr><td>'
                            '<p>Liên minh Hợp tác xã tỉnh Khánh Hòa được thành lập năm 1998, là tổ chức kinh tế - xã hội đại '
                            'diện cho các HTX, tổ hợp tác trên địa bàn tỉnh.</p></td></tr></table>'), content_type=ct)
    search = sess("/index.cfm?fuseaction=search.form")
    site.page(search, layout('<table width="100%" cellpadding="4"><tr><td class="title_news">Tìm kiếm</td></tr><tr><td>'
                             '<form name="frmSearch" method="post" action="/index.cfm?fuseaction=search.results">Từ khóa: '
                             '<input type="text" name="keyword" size="40"> <input type="submit" value="Tìm"></form>'
                             '</td></tr></table>'), content_type=ct)
    site.non_articles += [intro, search]
    site.error(err, 500)
    site.trap("the left menu's 'Văn bản pháp quy' (?fuseaction=vanban.list): a ColdFusion error page, HTTP 500", err)
    site.page("/admin/login.cfm", f'<html><head><title>{TITLE} - Quản trị</title></head><body><form method="post" '
              'action="/admin/login.cfm"><input name="username"><input name="password" type="password"><input '
              'type="submit" value="Đăng nhập"></form></body></html>', content_type=ct)
    site.never_fetched.append("/admin/login.cfm")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /CFIDE/\n")
    site.trap("robots.txt disallows /admin/: the footer's 'Quản trị' /admin/login.cfm is never fetched", "/admin/login.cfm")

    # -- RSS --------------------------------------------------------------------------------------------
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/index.cfm?fuseaction=news.detail&amp;newsID="
                    f"{a.opts['id']}</link><description>{esc(a.summary())}</description><pubDate>{gmt(a.date)}</pubDate>"
                    f"</item>" for a in newest)
    site.page("/rss.cfm", f'<?xml version="1.0" encoding="windows-1258"?>\n<rss version="2.0"><channel><title>{esc(NAME)}'
              f"</title><link>{{{{base}}}}/</link><description>Tin tức - {esc(NAME)}</description>{items}</channel></rss>\n",
              content_type="application/rss+xml")
    site.trap("RSS /rss.cfm (6 newest): pubDate by GetHttpTimeString(), in GMT: the item of 00:15 on 16 August reads "
              "'Thu, 15 Aug 2024 17:15:00 GMT'", "/rss.cfm")
    for p in ("/images/bullet.gif", "/images/arrow.gif", "/images/banner.gif", "/images/print.gif", "/images/icon_pdf.gif",
              "/images/logo_print.gif"):
        site.binary(p, b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
                       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    site.static("/css/print.css", "body{font-family:'Times New Roman',serif}\n")
    assert oldest not in newest and inline_text(oldest.title)
    return site
