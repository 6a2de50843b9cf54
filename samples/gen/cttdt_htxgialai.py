"""Site `cttdt-htxgialai` (registry family `generic`): "Cổng thông tin điện tử Liên minh HTX tỉnh Gia Lai", a **JSP /
Struts 1.3** portal of the kind Vietnamese government software vendors built in the 2010s (Tomcat 7 behind Apache
mod_jk, JSP includes for the header, the left menu, the right column and the footer, a `DispatchAction` per module,
FCKeditor 2 for the text; UTF-8; the copy is of 20 May 2025, before the province merged with Bình Định). Written as a
held-out test: no family module, no selectors.

URL shapes: an article `/tintuc.do?method=detail&id=<n>&catId=<c>`; the same action also answers without `catId`
(`/tintuc.do?method=detail&id=<n>`: the RSS links every item so, an alias); its print popup
`/tintuc.do?method=print&id=<n>` ("In bài", opened by `window.open(this.href…)`: an alias) and the mail form
`/tintuc.do?method=sendmail&id=<n>` (a form: not an article); category lists `/tintuc.do?method=list&catId=<c>` and
`&page=2` (5 a page; the pager's "1" links `&page=1`: the same page); the home `/` = `/index.jsp`; the pages
`/gioithieu.jsp`, `/lienhe.jsp`, `/rss.jsp` (the feed list), the search form `/timkiem.do?method=form`; the feeds
`/rss.do?catId=0` (all, the 6 newest) and `/rss.do?catId=<c>`; attachments `/upload/vanban/<yyyy>/<mm>/<file>`;
`/login.do` (the top bar's "Đăng nhập"; robots.txt disallows it). No site map, no canonical, no Open Graph.

Why it is hard: the home page is what a cookieless visitor gets first, so Tomcat's `encodeURL` rewrites every
`<html:link>` on it with `;jsessionid=<32 hex>` (the menu, the category boxes, the articles: `/tintuc.do;jsessionid=…
?method=detail&id=…&catId=…`, and the "Tin nổi bật" box's id-only `/tintuc.do;jsessionid=…?method=detail&id=…`); those
addresses answer the same pages: aliases. The layout is nested tables with no heading element: the title is
`td.detail_title`, under it `td.detail_date` "Cập nhật: 13/05/2025 08:30 | Lượt xem: 412" (the vendor's "updated" label
is the publication time), the sapo in `td.detail_sapo > b` (a line of the text), the FCKeditor text in
`td.detail_content` (`<p>`, bold-paragraph headings, lists, bordered tables whose first row is bold, photos in a
centred one-column table with the caption in its second row), then right-aligned `td.detail_author` "Tác giả: X" /
"Nguồn: Y" (author only, not text: a person; "Ban Biên tập" and an office are no author; "Nguồn: Báo Gia Lai" marks a
reprint), `td.detail_attach` "Tệp đính kèm:", the tool row and "Các tin khác" (4 newest of the category, with
"(dd/mm/yyyy)"). A closing byline in the text overrides an empty author field. The banner prints today and a slogan
with dates; the right column has the visit counter; the vendor's footer the licence. The RSS gives GMT (the
`SimpleDateFormat` of the feed servlet is set to GMT): the post of 00:10 on 27 March reads "Wed, 26 Mar 2025 17:10:00
GMT". The oldest article is only on `/tintuc.do?method=list&catId=5&page=2`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "cttdt-htxgialai"
NAME = "Cổng thông tin điện tử Liên minh HTX tỉnh Gia Lai"
PER = 5
JSID = "7C1E0B94D2A35F86E0C4B17A9D3F2E61"
CATS = {5: "Tin hoạt động", 7: "Thông báo", 9: "Kinh tế tập thể"}
TODAY = "Thứ Ba, ngày 20/05/2025"
SLOGAN = ("Nhiệt liệt chào mừng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025) "
          "và 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)")
OWNER = "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Gia Lai"
ADDRESS = "Địa chỉ: 17 Trần Hưng Đạo, phường Tây Sơn, TP Pleiku, tỉnh Gia Lai"
PHONE = "Điện thoại: 0269.3824.517 - Fax: 0269.3824.518 - Email: lmhtx@gialai.gov.vn"
LICENCE = "Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Gia Lai cấp ngày 12/8/2016"
RESPONSIBLE = "Chịu trách nhiệm chính: Chủ tịch Liên minh HTX tỉnh Gia Lai"
SOURCE_NOTE = "Ghi rõ nguồn \"Cổng TTĐT Liên minh HTX tỉnh Gia Lai\" khi phát hành lại thông tin từ website này."
VENDOR = "Thiết kế và phát triển bởi Công ty TNHH Giải pháp Phần mềm Phố Núi"
COUNTER = ("Lượt truy cập: 1.284.536", "Đang trực tuyến: 27")
FURN = [TODAY, SLOGAN, OWNER, ADDRESS, PHONE, LICENCE, RESPONSIBLE, SOURCE_NOTE, VENDOR, *COUNTER, "Thống kê truy cập",
        "Cập nhật:", "Lượt xem:", "Tác giả:", "Tệp đính kèm:", "In bài", "Gửi email", "Quay lại", "Các tin khác",
        "DANH MỤC", "LIÊN KẾT WEBSITE", "Đăng nhập", "Trang chủ", "Cổng thông tin điện tử Chính phủ"]


def h(text: str, n: int = 12) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc mở lớp bồi dưỡng kiến thức quản lý HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH GIA LAI
Số: 12/TB-LMHTX
Gia Lai, ngày 12 tháng 5 năm 2025
THÔNG BÁO
Về việc mở lớp bồi dưỡng kiến thức quản lý HTX năm 2025
Thực hiện Kế hoạch số 08/KH-LMHTX ngày 15/01/2025, Liên minh HTX tỉnh mở lớp bồi dưỡng kiến thức quản lý cho giám đốc, kế toán HTX.
Thời gian học từ ngày 03/6/2025 đến ngày 06/6/2025 tại Hội trường Liên minh HTX tỉnh, 17 Trần Hưng Đạo, TP Pleiku.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 28/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Rơ Châm Y Ngân
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/upload/vanban/2025/05/TB_12_LMHTX_2025.pdf", "text": "TB_12_LMHTX_2025.pdf"}],
          opts={"cat": 7, "writer": "", "source": "Văn phòng Liên minh HTX tỉnh", "views": 412},
          notes=["notice 'Số: 12/TB-LMHTX' dated 12/5 in its text, published 'Cập nhật: 13/05/2025 08:30'; empty author "
                 "field and 'Nguồn: Văn phòng Liên minh HTX tỉnh' (an office): no author; the signer is text; the file in "
                 "the 'Tệp đính kèm:' row under the text (/upload/vanban/…pdf) is an attachment"],
          **at(datetime(2025, 5, 13, 8, 30))),
        A(path="", title="Ảnh: HTX Cà phê Ia Phìn chăm sóc vườn cây đầu mùa mưa",
          lead="Những ngày đầu mùa mưa, thành viên HTX Cà phê Ia Phìn (huyện Chư Prông) tập trung bón phân, tạo hình cho "
               "hơn 150 ha cà phê.",
          body="""
[img ia-phin-1.png] Thành viên HTX bón phân hữu cơ cho vườn cà phê
[img ia-phin-2.png] Cán bộ kỹ thuật của HTX hướng dẫn cắt cành, tạo tán
[img ia-phin-3.png] Vườn ươm cây giống cà phê của HTX chuẩn bị cho vụ trồng tái canh
Năm nay HTX dự kiến tái canh thêm 20 ha cà phê già cỗi bằng giống ghép năng suất cao.
""", byline="Bài và ảnh: Ksor H'Bơ", author="Ksor H'Bơ",
          opts={"cat": 5, "writer": "", "source": "Liên minh HTX tỉnh", "views": 536, "hot": True},
          notes=["photo story: each photo a centred one-column FCKeditor table, the caption its second row (one line "
                 "each); the bold sapo is the first line; empty author field, 'Bài và ảnh: Ksor H'Bơ' closes the text -> "
                 "author; the home page's 'Tin nổi bật' links it id-only with ;jsessionid=…: an alias"],
          **at(datetime(2025, 5, 6, 15, 20))),
        A(path="", title="Kinh tế tập thể tỉnh Gia Lai quý I năm 2025: một số chỉ tiêu chủ yếu",
          lead="Quý I/2025, khu vực kinh tế tập thể của tỉnh duy trì tăng trưởng, số HTX hoạt động hiệu quả tiếp tục tăng.",
          body="""
| Chỉ tiêu | Đơn vị tính | Quý I/2025 | So cùng kỳ (%) |
| HTX đang hoạt động | HTX | 412 | 106,2 |
| Thành viên HTX | người | 31.870 | 103,5 |
| Doanh thu bình quân một HTX | triệu đồng | 1.215 | 108,9 |
| HTX thành lập mới | HTX | 9 | 112,5 |
Trong quý II, Liên minh HTX tỉnh tập trung hỗ trợ các HTX xây dựng phương án sản xuất kinh doanh gắn với chuỗi giá trị.
""", author="Nguyễn Thị Thanh Hương",
          opts={"cat": 5, "writer": "Nguyễn Thị Thanh Hương", "source": "Liên minh HTX tỉnh", "views": 298},
          notes=["a bordered FCKeditor table (the first row bold, no <th>): one line per row; 'Tác giả: Nguyễn Thị Thanh "
                 "Hương' in the right-aligned author row under the text (not text): the author"],
          **at(datetime(2025, 4, 22, 10, 5))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ tham gia đánh giá sản phẩm OCOP năm 2025",
          body="""
Năm 2025, tỉnh Gia Lai phấn đấu có thêm 60 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó HTX là chủ thể chính.
## Hồ sơ đăng ký gồm
* Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
* Phương án sản xuất kinh doanh của HTX;
* Bản sao giấy chứng nhận đăng ký HTX;
* Phiếu kết quả kiểm nghiệm chất lượng sản phẩm.
HTX nộp hồ sơ tại Phòng Nông nghiệp và Phát triển nông thôn cấp huyện trước ngày 30/6/2025.
""", author=None,
          opts={"cat": 5, "writer": "Ban Biên tập", "source": "Liên minh HTX tỉnh", "views": 377},
          notes=["a bold-paragraph heading and a bulleted list; 'Tác giả: Ban Biên tập' (the editorial office), no byline: "
                 "author null"],
          **at(datetime(2025, 4, 10, 9, 0))),
        A(path="", title="HTX Nông nghiệp Ia Le xây dựng vùng nguyên liệu chanh leo",
          body="""
HTX Nông nghiệp Ia Le (huyện Chư Pưh) đã liên kết với doanh nghiệp xây dựng vùng nguyên liệu chanh leo rộng 85 ha.
Doanh nghiệp cung ứng cây giống, vật tư và bao tiêu sản phẩm với giá sàn 7.000 đồng/kg.
Nhờ liên kết, thu nhập của thành viên HTX tăng bình quân 25% so với trồng cà phê, hồ tiêu trước đây.
""", byline="Theo Báo Gia Lai", author=None,
          opts={"cat": 9, "writer": "", "source": "Báo Gia Lai", "views": 265},
          notes=["'Nguồn: Báo Gia Lai' in the author row and 'Theo Báo Gia Lai' closing the text: a reprint, no author"],
          **at(datetime(2025, 4, 2, 14, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với các HTX huyện Krông Pa",
          lead="Chiều 26/3, đoàn công tác Liên minh HTX tỉnh do Phó Chủ tịch Rơ Châm Y Ngân làm trưởng đoàn đã làm việc "
               "với các HTX trên địa bàn huyện Krông Pa.",
          body="""
Huyện Krông Pa hiện có 21 HTX, chủ yếu hoạt động trong lĩnh vực trồng mía, thuốc lá và dịch vụ nông nghiệp.
Các HTX kiến nghị được hỗ trợ vốn đầu tư máy làm đất và kho chứa nông sản.
Liên minh HTX tỉnh sẽ phối hợp với Quỹ hỗ trợ phát triển HTX xem xét cho vay đối với các dự án khả thi.
""", author="Lê Văn Tám",
          opts={"cat": 5, "writer": "Lê Văn Tám", "source": "Liên minh HTX tỉnh", "views": 189},
          notes=["published at 00:10 on 27 March about the afternoon before ('Chiều 26/3' is the event): 'Cập nhật: "
                 "27/03/2025 00:10'; the RSS gives GMT 'Wed, 26 Mar 2025 17:10:00 GMT' (the 26th if the zone is "
                 "dropped); 'Tác giả: Lê Văn Tám' in the author row: the author"],
          **at(datetime(2025, 3, 27, 0, 10))),
        A(path="", title="HTX Dịch vụ nông nghiệp Tân Sơn ra mắt sản phẩm mật ong đạt chuẩn OCOP",
          body="""
HTX Dịch vụ nông nghiệp Tân Sơn (TP Pleiku) vừa ra mắt sản phẩm mật ong cà phê đạt chứng nhận OCOP 3 sao.
HTX hiện có 35 thành viên nuôi khoảng 1.200 đàn ong, sản lượng mật mỗi năm đạt 40 tấn.
Sản phẩm được đóng chai, dán tem truy xuất nguồn gốc và bày bán tại các cửa hàng đặc sản ở Pleiku.
""", byline="Trần Quốc Việt", author="Trần Quốc Việt",
          opts={"cat": 5, "writer": "", "source": "Liên minh HTX tỉnh", "views": 244},
          notes=["empty author field; the bare name 'Trần Quốc Việt' closes the text (right-aligned bold): the author"],
          **at(datetime(2025, 3, 18, 16, 45))),
        A(path="", title="Liên minh HTX tỉnh Gia Lai tổng kết công tác năm 2024",
          body="""
Ngày 08/01, Liên minh HTX tỉnh Gia Lai tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 28 HTX, tổ chức 12 lớp tập huấn cho 740 lượt cán bộ HTX.
""", byline="Tin, ảnh: Đinh Văn Nam", author="Đinh Văn Nam",
          opts={"cat": 5, "writer": "", "source": "Liên minh HTX tỉnh", "views": 455},
          notes=["the oldest article: only on /tintuc.do?method=list&catId=5&page=2 (not on the home page, not in any "
                 "'Các tin khác' box, not in the feeds); 'Tin, ảnh: Đinh Văn Nam' closes the text -> author"],
          **at(datetime(2025, 1, 10, 15, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align: justify">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"    <li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table width="100%" cellspacing="0" cellpadding="3" border="1">\n    <tbody>\n        <tr>\n'
                       + "\n".join(f"            <td><strong>{esc(c)}</strong></td>" for c in head) + "\n        </tr>\n"
                       + "".join("        <tr>\n" + "\n".join(f"            <td>{esc(c)}</td>" for c in r) + "\n        </tr>\n"
                                 for r in rows) + "    </tbody>\n</table>")
        elif b.kind == "img":
            src = f"/upload/images/{a.date:%Y/%m}/{h(b.src)}.png"
            cap = (f'\n        <tr>\n            <td><span style="font-size: 8pt"><em>{esc(b.text)}</em></span></td>\n'
                   "        </tr>") if b.text else ""
            out.append('<table cellspacing="0" cellpadding="3" width="1" align="center" border="0">\n    <tbody>\n'
                       f'        <tr>\n            <td><img alt="" width="500" height="333" src="{src}" /></td>\n'
                       f"        </tr>{cap}\n    </tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align: right"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "gia-lai", f"{NAME} (JSP / Struts 1)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/rss.do?catId=0" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    nid = 1180
    for a in reversed(arts):
        nid += 3
        a.opts["id"] = nid
        a.path = f"/tintuc.do?method=detail&id={nid}&catId={a.opts['cat']}"
    oldest = arts[-1]
    hot = next(a for a in arts if a.opts.get("hot"))

    def js(path: str) -> str:
        """Tomcat's encodeURL for a client without the session cookie: the id goes before the query."""
        base, sep, query = path.partition("?")
        return f"{base};jsessionid={JSID}{sep}{query}"

    def href(path: str, rewrite: bool) -> str:
        return attr(js(path) if rewrite else path)

    def cat_path(c: int, page: int = 0) -> str:
        return f"/tintuc.do?method=list&catId={c}" + (f"&page={page}" if page else "")

    def layout(main: str, rw: bool = False) -> str:
        menu = [("Trang chủ", "/index.jsp"), ("Giới thiệu", "/gioithieu.jsp"), *[(n, cat_path(c)) for c, n in CATS.items()],
                ("Liên hệ", "/lienhe.jsp")]
        left = "".join(f'<tr><td class="menu_item"><img src="/images/bullet.gif" width="7" height="7" alt="" /> '
                       f'<a href="{href(p, rw)}">{esc(n)}</a></td></tr>' for n, p in menu)
        top = " | ".join(f'<a href="{href(p, rw)}" class="topmenu">{esc(n)}</a>' for n, p in menu[:5])
        links = "".join(f'<option value="{{{{base:offsite}}}}{p}">{esc(n)}</option>' for n, p in [
            ("Cổng thông tin điện tử Chính phủ", "/chinh-phu/"), ("Liên minh Hợp tác xã Việt Nam", "/lmhtx-vn/"),
            ("Báo Kinh tế hợp tác", "/tin-tuc/bai-viet-1.html")])
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(NAME)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="keywords" content="Liên minh HTX, Gia Lai, hợp tác xã, kinh tế tập thể">
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss.do?catId=0">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/menu.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<!-- header.jsp -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/banner.png" width="1000" height="150" alt="{attr(NAME)}" border="0"></td></tr>
  <tr><td class="topbar"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td class="date" width="220">{TODAY}</td>
    <td class="marquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{esc(SLOGAN)}</marquee></td>
    <td align="right" width="90"><a href="{href('/login.do', rw)}" class="login">Đăng nhập</a></td>
  </tr></table></td></tr>
  <tr><td class="topmenu_bg">{top}</td></tr>
</table>
<!-- end header.jsp -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="200" valign="top" class="left">
      <!-- left.jsp -->
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="box_title">DANH MỤC</td></tr>
        {left}
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="box_title">TÌM KIẾM</td></tr>
        <tr><td><form name="timkiemForm" method="get" action="/timkiem.do"><input type="hidden" name="method" value="search"><input type="text" name="keyword" size="18"> <input type="submit" value="Tìm"></form>
        <a href="{href('/timkiem.do?method=form', rw)}">Tìm kiếm nâng cao</a></td></tr>
      </table>
    </td>
    <td width="590" valign="top" class="center">
{main}
    </td>
    <td width="210" valign="top" class="right">
      <!-- right.jsp -->
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="box_title">LIÊN KẾT WEBSITE</td></tr>
        <tr><td><select name="weblink" onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="box_title">Thống kê truy cập</td></tr>
        <tr><td class="counter">{COUNTER[0]}<br>{COUNTER[1]}</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td><a href="{href('/rss.jsp', rw)}"><img src="/images/rss.png" width="80" height="15" alt="RSS" border="0"></a></td></tr>
      </table>
    </td>
  </tr>
</table>
<!-- footer.jsp -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center">
    <b>{esc(NAME.upper())}</b><br>
    {esc(OWNER)}<br>{esc(RESPONSIBLE)}<br>{esc(ADDRESS)}<br>{esc(PHONE)}<br>{esc(LICENCE)}<br>
    <i>{esc(SOURCE_NOTE)}</i><br>
    <span class="vendor">{esc(VENDOR)}</span>
  </td></tr>
</table>
</body>
</html>
"""

    def other_news(a: RichArticle) -> str:
        same = [x for x in arts if x.opts["cat"] == a.opts["cat"] and x is not a][:4]
        same = [x for x in same if x is not oldest]
        if not same:
            return ""
        rows = "".join(f'<tr><td class="othernews"><img src="/images/arrow.gif" width="5" height="7" alt=""> '
                       f'<a href="{attr(x.path)}">{esc(x.title)}</a> <span class="date">({x.date:%d/%m/%Y})</span></td></tr>'
                       for x in same)
        return ('<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box_other">'
                f'<tr><td class="box_title">Các tin khác</td></tr>{rows}</table>')

    def detail(a: RichArticle, printing: bool = False) -> str:
        rows = [f'<tr><td class="detail_title">{esc(a.title)}</td></tr>']
        views = "" if printing else f' | Lượt xem: {a.opts["views"]}'
        rows.append(f'<tr><td class="detail_date">Cập nhật: {a.date:%d/%m/%Y %H:%M}{views}</td></tr>')
        if a.lead:
            rows.append(f'<tr><td class="detail_sapo"><b>{esc(a.lead)}</b></td></tr>')
        rows.append(f'<tr><td class="detail_content">\n{body_html(a)}\n</td></tr>')
        auth = []
        if a.opts["writer"]:
            auth.append(f"<b>Tác giả: {esc(a.opts['writer'])}</b>")
        if a.opts["source"]:
            auth.append(f"<i>Nguồn: {esc(a.opts['source'])}</i>")
        rows.append(f'<tr><td class="detail_author" align="right">{"<br>".join(auth)}</td></tr>')
        if a.attachments:
            rows.append('<tr><td class="detail_attach">Tệp đính kèm: ' + ", ".join(
                f'<a href="{x["path"]}" target="_blank"><img src="/images/pdf.gif" width="16" height="16" alt="" border="0"> '
                f'{esc(x["text"])}</a>' for x in a.attachments) + "</td></tr>")
        if not printing:
            q = a.opts["id"]
            rows.append(f'<tr><td class="tools" align="right"><a href="/tintuc.do?method=print&amp;id={q}" onclick="window.open('
                        f"this.href,'InBai','width=720,height=600,scrollbars=yes');return false;\"><img src=\"/images/print.gif\" "
                        f'width="16" height="16" alt="" border="0"> In bài</a> | <a href="/tintuc.do?method=sendmail&amp;id={q}">'
                        f'Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></td></tr>')
        return ('<table width="100%" border="0" cellspacing="0" cellpadding="5" class="detail">' + "\n".join(rows)
                + "</table>")

    for a in arts:
        c = a.opts["cat"]
        crumb = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="path"><a href="/index.jsp">'
                 f'Trang chủ</a> &raquo; <a href="{attr(cat_path(c))}">{esc(CATS[c])}</a></td></tr></table>')
        site.page(a.path, layout(crumb + detail(a) + other_news(a)))
        q = a.opts["id"]
        site.page(f"/tintuc.do?method=print&id={q}", f"""<html>
<head>
<title>{esc(NAME)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link href="/css/print.css" rel="stylesheet" type="text/css">
</head>
<body onload="window.print()">
<table width="680" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/logo_print.png" width="300" height="60" alt=""></td></tr>
<tr><td>{detail(a, printing=True)}</td></tr>
<tr><td align="center"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a></td></tr>
</table>
</body>
</html>
""")
        a.aliases.append(f"/tintuc.do?method=print&id={q}")
        site.page(f"/tintuc.do?method=sendmail&id={q}", layout(
            f'<table width="100%" class="detail"><tr><td class="box_title">Gửi bài viết qua email</td></tr><tr><td>'
            f'<b>{esc(a.title)}</b><form method="post" action="/tintuc.do"><input type="hidden" name="method" value="dosend">'
            f'<input type="hidden" name="id" value="{q}">Email người nhận: <input type="text" name="toEmail"><br>'
            f'Họ tên người gửi: <input type="text" name="fromName"><br><input type="submit" value="Gửi"></form></td></tr></table>'))
        site.non_articles.append(f"/tintuc.do?method=sendmail&id={q}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/upload/images/{a.date:%Y/%m}/{h(b.src)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH GIA LAI", "THONG BAO SO 12/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every article's 'In bài' (a window.open popup on a real href) /tintuc.do?method=print&id=N: the same "
              "detail table without the view count: an alias; 'Gửi email' /tintuc.do?method=sendmail&id=N: a form",
              f"/tintuc.do?method=print&id={arts[1].opts['id']}")

    # category lists
    for c, cname in CATS.items():
        items = [a for a in arts if a.opts["cat"] == c]
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            path = cat_path(c, 0 if n == 1 else n)
            rows = "".join(
                f'<tr><td class="list_item"><a href="{attr(a.path)}" class="list_title">{esc(a.title)}</a> '
                f'<span class="date">({a.date:%d/%m/%Y})</span><br><span class="list_sapo">{esc(a.summary())}</span></td></tr>'
                for a in chunk)
            pager = ""
            if len(pages) > 1:
                pager = "Trang: " + " ".join(
                    f"<b>[{k}]</b>" if k == n else f'<a href="{attr(cat_path(c, k))}">{k}</a>' for k in range(1, len(pages) + 1))
                if n < len(pages):
                    pager += f' <a href="{attr(cat_path(c, n + 1))}">Sau &raquo;</a>'
                if n > 1:
                    pager = f'<a href="{attr(cat_path(c, n - 1))}">&laquo; Trước</a> ' + pager
            main = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="path"><a href="/index.jsp">'
                    f'Trang chủ</a> &raquo; {esc(cname)}</td></tr></table><table width="100%" border="0" cellspacing="0" '
                    f'cellpadding="4" class="list"><tr><td class="box_title">{esc(cname)}</td></tr>{rows}'
                    f'<tr><td class="pager" align="right">{pager}</td></tr></table>')
            site.page(path, layout(main))
            site.non_articles.append(path)
            if n == 1:
                site.same_page(js(path), path)
                if len(pages) > 1:
                    site.same_page(cat_path(c, 1), path)
    site.trap("category list /tintuc.do?method=list&catId=5 (title, '(dd/mm/yyyy)', the sapo; 5 a page): its &page=2 "
              "holds the oldest article; the pager's '1' is &page=1 (the same page)", "/tintuc.do?method=list&catId=5&page=2")

    # home: every <html:link> carries the session id
    hot_alias = js(f"/tintuc.do?method=detail&id={hot.opts['id']}")
    site.same_page(hot_alias, hot.path)
    hot.aliases.append(hot_alias)
    newest = [a for a in arts if a is not oldest][:6]
    for a in arts:
        if a is not oldest:
            site.same_page(js(a.path), a.path)
            a.aliases.append(js(a.path))
    hot_img = next(b.src for b in hot.blocks if b.kind == "img")
    blocks = (f'<table width="100%" border="0" cellspacing="0" cellpadding="4" class="hot"><tr><td class="box_title">'
              f'TIN NỔI BẬT</td></tr><tr><td><img src="/upload/images/{hot.date:%Y/%m}/{h(hot_img)}.png" width="200" '
              f'height="133" align="left" hspace="5" alt=""><a href="{attr(hot_alias)}" class="hot_title">{esc(hot.title)}</a>'
              f'<br>{esc(hot.summary())}</td></tr></table>')
    blocks += ('<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td class="box_title">TIN MỚI</td></tr>'
               + "".join(f'<tr><td class="list_item"><a href="{attr(js(a.path))}">{esc(a.title)}</a> <span class="date">'
                         f'({a.date:%d/%m/%Y})</span></td></tr>' for a in newest) + "</table>")
    for c, cname in CATS.items():
        items = [a for a in arts if a.opts["cat"] == c and a is not oldest][:3]
        blocks += (f'<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td class="box_title"><a href="'
                   f'{attr(js(cat_path(c)))}">{esc(cname.upper())}</a></td></tr>'
                   + "".join(f'<tr><td class="list_item"><a href="{attr(js(a.path))}">{esc(a.title)}</a></td></tr>' for a in items)
                   + "</table>")
    home = layout(blocks, rw=True)
    site.page("/", home)
    site.same_page("/index.jsp", "/")
    site.non_articles.append("/")
    site.same_page(js("/index.jsp"), "/")
    site.trap("home / = /index.jsp, as a cookieless client gets it: every link rewritten with ;jsessionid=… (articles, "
              "categories, menu); the 'Tin nổi bật' box links id-only /tintuc.do;jsessionid=…?method=detail&id=N: "
              "aliases", "/")
    for path, title, text in [
            ("/gioithieu.jsp", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Gia Lai là tổ chức chính trị - xã hội, đại diện "
             "và bảo vệ quyền, lợi ích hợp pháp của các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/lienhe.jsp", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>"),
            ("/timkiem.do?method=form", "Tìm kiếm nâng cao",
             '<form method="get" action="/timkiem.do"><input type="hidden" name="method" value="search">Từ khóa: <input '
             'type="text" name="keyword"> Chuyên mục: <select name="catId"><option value="0">Tất cả</option></select> '
             '<input type="submit" value="Tìm kiếm"></form>'),
            ("/rss.jsp", "RSS", "<ul>" + "".join(f'<li><a href="/rss.do?catId={c}">{esc(n)}</a></li>'
                                                  for c, n in [(0, "Tin mới"), *CATS.items()]) + "</ul>")]:
        main = (f'<table width="100%" class="detail"><tr><td class="box_title">{esc(title)}</td></tr><tr><td>{text}</td></tr>'
                "</table>")
        site.page(path, layout(main))
        site.non_articles.append(path)
        site.same_page(js(path), path)
    site.trap("the pages /gioithieu.jsp, /lienhe.jsp, the search form /timkiem.do?method=form and the feed list "
              "/rss.jsp: not articles", "/rss.jsp")
    site.page("/login.do", layout('<form method="post" action="/login.do"><input type="hidden" name="method" value="login">'
                                  'Tên đăng nhập: <input type="text" name="username"> Mật khẩu: <input type="password" '
                                  'name="password"> <input type="submit" value="Đăng nhập"></form>'))
    site.never_fetched.append("/login.do")
    site.same_page(js("/login.do"), "/login.do")
    site.never_fetched.append(js("/login.do"))
    for gif in ("bullet", "arrow", "print", "pdf"):
        site.binary(f"/images/{gif}.gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /login.do\nDisallow: /tintuc.do?method=dosend\n"
                "Disallow: /WEB-INF/\n")
    site.trap("robots.txt disallows /login.do (the banner's 'Đăng nhập', on the home page with ;jsessionid=…): never "
              "fetched", "/login.do")

    def rss(items: list[RichArticle], title: str) -> str:
        its = "".join(
            f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/tintuc.do?method=detail&amp;id={a.opts['id']}</link>"
            f"<description>{esc(a.summary())}</description><pubDate>{gmt(a.date)}</pubDate></item>" for a in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(title)}</title>'
                f"<link>{{{{base}}}}/</link><description>{esc(NAME)}</description><language>vi-VN</language>{its}"
                "</channel></rss>\n")

    in_feed = set()
    for c, cname in [(0, "Tin mới"), *CATS.items()]:
        items = [a for a in arts if (c == 0 or a.opts["cat"] == c) and a is not oldest][:6]
        in_feed.update(id(a) for a in items)
        site.page(f"/rss.do?catId={c}", rss(items, f"{cname} - {NAME}"), content_type="application/rss+xml; charset=UTF-8")
    for a in arts:
        if id(a) in in_feed:
            a.aliases.append(f"/tintuc.do?method=detail&id={a.opts['id']}")
            site.same_page(f"/tintuc.do?method=detail&id={a.opts['id']}", a.path)
    site.trap("RSS /rss.do?catId=0 (the head's alternate; 6 newest) and per category: links id-only "
              "/tintuc.do?method=detail&id=N (aliases), pubDate in GMT", "/rss.do?catId=0")
    return site
