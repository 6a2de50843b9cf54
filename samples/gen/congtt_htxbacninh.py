"""Site `congtt-htxbacninh` (registry family `generic`): "Cổng thông tin điện tử Liên minh HTX tỉnh Bắc Ninh" on
**Oracle Portal 11g** (11.1.1.x on WebLogic and Oracle Web Cache, the page group `HTXBACNINH`; the news is a custom
PL/SQL portlet the integrator wrote over a `TIN_TUC` table, rendered in pages built with Portal's page designer; the
copy is of 20 June 2016, before the province merged with Bắc Giang). Written as a held-out test: no family module, no
selectors.

URL shapes: pages by path `/portal/page/portal/htxbacninh` (the home; `/` answers 302 to it),
`/portal/page/portal/htxbacninh/tin_tuc` (every category, 5 a page, `?p_page=2`), the same page filtered
`/portal/page/portal/htxbacninh/tin_tuc?p_cateid=7` (`&p_page=2`), the detail page
`/portal/page/portal/htxbacninh/tin_tuc/chi_tiet?p_itemid=23418&p_cateid=7` (the portlet reads its page parameters;
the home's "Tin nổi bật" links it without `p_cateid`: the same page, an alias); the print view of the portlet's
package `/portal/pls/portal/HTXBACNINH.PKG_TIN_TUC.IN_TIN?p_itemid=N` ("In trang": an alias); Portal's durable item
links `/pls/portal/url/ITEM/<32 hex>` (the home's "Thông báo" item region and the search results link items so; the
durable link answers 302 to the detail page: an alias); files in the page group's document table
`/portal/pls/portal/docs/1/<n>.PDF` / `.JPG`; the style sheet `PORTAL.wwv_setting.render_css?…`; the login
`/portal/pls/portal/PORTAL.wwsec_app_priv.login?p_requested_url=…&p_cancel_url=…` (robots.txt disallows it); pages
`gioi_thieu`, `lien_he`, `so_do_cong` (the page-group map), `tim_kiem` (`?p_keyword=…`). No feed, no site map XML.

Why it is hard: the page is Portal's nested layout tables (`table.RegionNoBorder`, one `td` per region) and every
portlet is its own table with a header bar (`table.portlet-header > td.PortletHeaderColor > span.PortletHeading`,
the portlet's title: "Tin tức - Sự kiện" above every item) and a body cell `td.PortletBodyColor`. There is no `<h1>`:
the `<title>` is the PAGE's display name "Chi tiết tin" on every item; the item's title is `<span
class="PortletHeading1">`, then "Ngày cập nhật: 18/05/2016 10:30" (`span.PortletText3`, Vietnam time; the portlet's
only date), the item's Description attribute as a bold sapo (`div.PortletText2`: the first line of the text), the
text `div.PortletText1` (the IE-era editor's upper-case `<P>`, `<STRONG>`, `<UL>`, `<TABLE border=1>`, centred
`<IMG>` followed by a centred `<EM>` caption paragraph), a file row "File đính kèm:" (not text), a custom attribute
row "Tác giả: X" (author only, not text; "Ban biên tập" is the office), the tool row "In trang | Gửi email | Về đầu
trang", then the "Các tin khác" portlet (the 4 newest others of the category, dates `(dd/mm/yyyy)`). The banner
prints today's date; the right column has "Liên kết website", the visit counter and "Đang trực tuyến". The search
results print Portal's item attributes "Người tạo: HTXBN_ADMIN" (the account, never an author) and "Ngày tạo:
18-MAY-16" (Oracle's DD-MON-RR). The oldest item is only on page 2 of `tin_tuc` and of its category.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf, weekday
from .richbody import RichArticle

SITE = "congtt-htxbacninh"
NAME = "Cổng thông tin điện tử Liên minh HTX tỉnh Bắc Ninh"
HTML = "text/html; charset=utf-8"
TODAY = datetime(2016, 6, 20)
PG = "/portal/page/portal/htxbacninh"
LIST = f"{PG}/tin_tuc"
DETAIL = f"{LIST}/chi_tiet"
PRINT = "/portal/pls/portal/HTXBACNINH.PKG_TIN_TUC.IN_TIN"
CSS = "/portal/pls/portal/PORTAL.wwv_setting.render_css?p_lang=us&p_subscriberid=1&p_styleid=1,73&p_siteid=73"
LOGIN = ("/portal/pls/portal/PORTAL.wwsec_app_priv.login?p_requested_url=%2Fportal%2Fpage%2Fportal%2Fhtxbacninh"
         "&p_cancel_url=%2Fportal%2Fpage%2Fportal%2Fhtxbacninh")
PER = 5
CATES = {7: "Tin hoạt động", 8: "Mô hình HTX", 9: "Thông báo - Văn bản"}
WELCOME = "Chào mừng quý khách đến với Cổng thông tin điện tử Liên minh HTX tỉnh Bắc Ninh"
OWNER = "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Bắc Ninh"
ADDRESS = "Địa chỉ: Số 9 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh - Điện thoại: 0241.3822.516"
LICENCE = "Giấy phép số 38/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Bắc Ninh cấp ngày 12/9/2011"
SOURCE = "Ghi rõ nguồn \"Cổng TTĐT Liên minh HTX tỉnh Bắc Ninh\" khi phát hành lại thông tin từ website này"
POWERED = "Phát triển trên nền Oracle Portal 11g"
COUNT = ("Số lượt truy cập: 245.318", "Đang trực tuyến: 12")
FURN = [WELCOME, OWNER, ADDRESS, LICENCE, SOURCE, POWERED, *COUNT, f"{weekday(TODAY)}, {TODAY:%d/%m/%Y}",
        "Ngày cập nhật:", "File đính kèm:", "In trang", "Gửi email", "Về đầu trang", "Các tin khác", "Tin tức - Sự kiện",
        "Liên kết website", "Thống kê truy cập", "Đăng nhập", "Sơ đồ cổng"]


def h(text: str, n: int = 32) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n].upper()


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo về việc mở lớp bồi dưỡng cán bộ quản lý HTX năm 2016",
          body="""
LIÊN MINH HTX TỈNH BẮC NINH
Số: 12/TB-LMHTX
Bắc Ninh, ngày 06 tháng 6 năm 2016
THÔNG BÁO
Về việc mở lớp bồi dưỡng cán bộ quản lý HTX năm 2016
Thực hiện Kế hoạch số 05/KH-LMHTX ngày 15/01/2016, Liên minh HTX tỉnh mở lớp bồi dưỡng cán bộ quản lý HTX như sau:
* Thời gian: 03 ngày, khai giảng lúc 8 giờ ngày 27/6/2016.
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 9 đường Lý Thái Tổ, TP Bắc Ninh.
* Đối tượng: Chủ tịch Hội đồng quản trị, Giám đốc, Kế toán trưởng các HTX.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 22/6/2016.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thịnh
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/portal/pls/portal/docs/1/2381204.PDF", "text": "TB12-LMHTX-2016.pdf"}],
          opts={"cate": 9, "attr": "", "notice": True},
          notes=["notice 'Số: 12/TB-LMHTX' dated 06/6 in its text, posted 08/06/2016 09:10 ('Ngày cập nhật:'); the file "
                 "row 'File đính kèm: TB12-LMHTX-2016.pdf' (/portal/pls/portal/docs/1/….PDF) is an attachment, not text; "
                 "the signer is text, no author; the home's 'Thông báo' item region links it by Portal's durable link "
                 "/pls/portal/url/ITEM/<hex> (302 to the detail page): an alias"],
          **at(datetime(2016, 6, 8, 9, 10))),
        A(path="", title="Ảnh: Nông dân Yên Phong thu hoạch lúa chiêm xuân",
          lead="Những ngày cuối tháng 5, các HTX dịch vụ nông nghiệp huyện Yên Phong huy động máy gặt thu hoạch lúa "
               "chiêm xuân năm 2016.",
          body="""
[img yen-phong-1.jpg] Máy gặt đập liên hợp của HTX Dịch vụ nông nghiệp Đông Thọ thu hoạch lúa cho thành viên
[img yen-phong-2.jpg] Thóc được vận chuyển ngay về sân phơi của HTX
[img yen-phong-3.jpg] Cán bộ HTX kiểm tra độ ẩm thóc trước khi nhập kho
Năng suất lúa chiêm xuân toàn huyện ước đạt 63 tạ/ha, cao hơn vụ trước 1,5 tạ/ha.
""", byline="Bài, ảnh: Nguyễn Thị Hoa", author="Nguyễn Thị Hoa",
          opts={"cate": 7, "attr": ""},
          notes=["photo story: the sapo is the item's Description attribute (bold, first line); every centred <IMG> is "
                 "followed by a centred <EM> caption paragraph (one line each); 'Bài, ảnh: Nguyễn Thị Hoa' closes the text "
                 "-> author; the home's 'Tin nổi bật' links it as chi_tiet?p_itemid=N without p_cateid: an alias"],
          **at(datetime(2016, 5, 30, 16, 45))),
        A(path="", title="Kết quả hoạt động của khu vực kinh tế tập thể tỉnh Bắc Ninh năm 2015",
          body="""
Năm 2015, khu vực kinh tế tập thể tỉnh Bắc Ninh tiếp tục phát triển, nhiều HTX đã chuyển đổi theo Luật HTX năm 2012.
| Chỉ tiêu | Đơn vị | Năm 2015 | So với năm 2014 (%) |
| HTX đang hoạt động | HTX | 377 | 103,0 |
| HTX đã chuyển đổi theo Luật HTX 2012 | HTX | 214 | 156,2 |
| Thành viên HTX | người | 168.540 | 98,6 |
| Doanh thu bình quân một HTX | triệu đồng | 1.850 | 107,4 |
Năm 2016, Liên minh HTX tỉnh phấn đấu hoàn thành việc chuyển đổi cho toàn bộ các HTX còn lại.
""", author="Trần Minh Đức",
          opts={"cate": 7, "attr": "Trần Minh Đức"},
          notes=["a bordered IE-editor table (<TABLE border=1>, the first row bold <TD>): one line per row; no byline in "
                 "the text, the custom attribute row 'Tác giả: Trần Minh Đức' under it: the author (the row is not text)"],
          **at(datetime(2016, 5, 18, 10, 30))),
        A(path="", title="Những việc HTX cần làm để hoàn thành chuyển đổi theo Luật HTX năm 2012",
          lead="Theo quy định, các HTX thành lập trước ngày 01/7/2013 phải hoàn thành việc đăng ký lại hoặc chuyển đổi "
               "trước ngày 01/7/2016.",
          body="""
Đến nay, toàn tỉnh còn 163 HTX chưa hoàn thành việc chuyển đổi theo Luật HTX năm 2012.
## Các bước HTX cần thực hiện
* Tổ chức Đại hội thành viên thông qua Điều lệ sửa đổi;
* Rà soát, kết nạp lại thành viên và xác định vốn góp của từng thành viên;
* Bầu Hội đồng quản trị, Giám đốc, Ban kiểm soát theo quy định mới;
* Nộp hồ sơ đăng ký thay đổi tại Phòng Tài chính - Kế hoạch cấp huyện.
HTX nào gặp khó khăn liên hệ Liên minh HTX tỉnh để được hướng dẫn trực tiếp.
""", byline="Nguyễn Văn Hùng - Phòng Tư vấn chính sách", author="Nguyễn Văn Hùng",
          opts={"cate": 7, "attr": "Ban biên tập"},
          notes=["a bold-paragraph heading and a bulleted list; the sapo names 'ngày 01/7/2013' and '01/7/2016' (legal "
                 "deadlines, not the publication date 05/05/2016 08:15); the attribute row 'Tác giả: Ban biên tập' (the "
                 "office) but 'Nguyễn Văn Hùng - Phòng Tư vấn chính sách' closes the text -> Nguyễn Văn Hùng"],
          **at(datetime(2016, 5, 5, 8, 15))),
        A(path="", title="HTX Dịch vụ nông nghiệp Đông Cứu liên kết sản xuất lúa nếp cái hoa vàng",
          body="""
HTX Dịch vụ nông nghiệp Đông Cứu (huyện Gia Bình) đã liên kết với doanh nghiệp sản xuất 45 ha lúa nếp cái hoa vàng.
Doanh nghiệp cung ứng giống, hướng dẫn kỹ thuật và bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường 10%.
Nhờ liên kết, mỗi ha lúa nếp cho lãi cao hơn lúa tẻ thường khoảng 8 triệu đồng.
""", byline="Theo Báo Bắc Ninh", author=None,
          opts={"cate": 8, "attr": ""},
          notes=["'Theo Báo Bắc Ninh' closes the text: a reprint, no author; its category 'Mô hình HTX' has no other item "
                 "('Các tin khác' says so)"],
          **at(datetime(2016, 4, 21, 15, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Mây tre đan Xuân Lai",
          body="""
Chiều 6/4, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Mây tre đan Xuân Lai (huyện Gia Bình).
HTX hiện có 126 thành viên, giải quyết việc làm thường xuyên cho gần 400 lao động nông thôn.
Đoàn ghi nhận kiến nghị của HTX về hỗ trợ xúc tiến thương mại, đưa sản phẩm mây tre đan đi xuất khẩu.
""", author=None,
          opts={"cate": 7, "attr": "Ban biên tập"},
          notes=["posted at 00:20 on 7 April ('Ngày cập nhật: 07/04/2016 00:20', the lists '(07/04/2016)') about the "
                 "afternoon before ('Chiều 6/4'): Vietnam time (17:20 on 6 April in UTC); 'Tác giả: Ban biên tập', no "
                 "byline: author null"],
          **at(datetime(2016, 4, 7, 0, 20))),
        A(path="", title="HTX Rau an toàn Hán Quảng mở rộng diện tích sản xuất",
          body="""
HTX Rau an toàn Hán Quảng (huyện Quế Võ) vừa mở rộng diện tích sản xuất rau an toàn lên 30 ha.
HTX đầu tư hệ thống tưới nhỏ giọt và nhà lưới cho 5 ha rau ăn lá, cung ứng cho các bếp ăn khu công nghiệp.
Thu nhập bình quân của thành viên HTX đạt 85 triệu đồng/ha/năm.
""", byline="Phạm Thu Trang", author="Phạm Thu Trang",
          opts={"cate": 7, "attr": ""},
          notes=["the bare name 'Phạm Thu Trang' closes the text: the author; reachable from page 2 of tin_tuc and the "
                 "'Các tin khác' of newer items"],
          **at(datetime(2016, 3, 15, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh Bắc Ninh tổng kết công tác năm 2015",
          body="""
Ngày 11/1, Liên minh HTX tỉnh Bắc Ninh tổ chức hội nghị tổng kết công tác năm 2015, triển khai nhiệm vụ năm 2016.
[img tong-ket-2015.jpg] Quang cảnh hội nghị tổng kết
Năm 2015, Liên minh HTX tỉnh đã hỗ trợ 96 HTX tổ chức lại hoạt động theo Luật HTX năm 2012, thành lập mới 18 HTX.
""", byline="Tin, ảnh: Đỗ Văn Quý", author="Đỗ Văn Quý",
          opts={"cate": 7, "attr": ""},
          notes=["the oldest item: only on page 2 of /portal/page/portal/htxbacninh/tin_tuc (?p_page=2) and of its category "
                 "(?p_cateid=7&p_page=2); not on the home nor in any 'Các tin khác'; 'Tin, ảnh: Đỗ Văn Quý' -> author"],
          **at(datetime(2016, 1, 12, 16, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<P style="TEXT-ALIGN: justify">{inline_html(b.text)}</P>')
        elif b.kind == "h":
            out.append(f'<P style="TEXT-ALIGN: justify"><STRONG>{esc(b.text)}</STRONG></P>')
        elif b.kind in ("ul", "ol"):
            tag = b.kind.upper()
            out.append(f"<{tag}>" + "".join(f"\r\n<LI>{inline_html(x)}</LI>" for x in b.items) + f"</{tag}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<TABLE border=1 cellSpacing=0 cellPadding=2 width="100%">\r\n<TBODY>\r\n<TR>'
                       + "".join(f"\r\n<TD><STRONG>{esc(c)}</STRONG></TD>" for c in head) + "</TR>"
                       + "".join("\r\n<TR>" + "".join(f"\r\n<TD>{esc(c)}</TD>" for c in r) + "</TR>" for r in rows)
                       + "</TBODY></TABLE>")
        elif b.kind == "img":
            out.append(f'<P align=center><IMG border=0 src="{a.opts["imgs"][b.src]}" width=500 height=333></P>')
            if b.text:
                out.append(f"<P align=center><EM>{esc(b.text)}</EM></P>")
    if a.byline:
        out.append(f"<P align=right><STRONG>{esc(a.byline)}</STRONG></P>")
    return "\r\n".join(out)


def portlet(title: str, body: str, pid: int) -> str:
    return (f'<a name="portlet{pid}"></a><TABLE class="portlet-header" BORDER="0" WIDTH="100%" CELLPADDING="0" '
            f'CELLSPACING="0"><TR><TD class="PortletHeaderColor" NOWRAP><IMG SRC="/images/pobtrans.gif" BORDER="0" '
            f'HEIGHT="20" WIDTH="4" ALT=""><span class="PortletHeading">{esc(title)}</span></TD></TR></TABLE>\n'
            f'<TABLE BORDER="0" WIDTH="100%" CELLPADDING="4" CELLSPACING="0"><TR><TD class="PortletBodyColor" '
            f'VALIGN="top">{body}</TD></TR></TABLE>\n')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-ninh", f"{NAME} (Oracle Portal 11g)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    iid, doc = 23380, 2381150
    for a in reversed(arts):
        iid += 6
        a.opts["id"] = iid
        a.opts["guid"] = h(f"item-{iid}")
        imgs = {}
        for b in a.blocks:
            if b.kind == "img":
                doc += 1
                imgs[b.src] = f"/portal/pls/portal/docs/1/{doc}.JPG"
        a.opts["imgs"] = imgs
        a.path = f"{DETAIL}?p_itemid={iid}&p_cateid={a.opts['cate']}"
    oldest = arts[-1]
    notice = next(a for a in arts if a.doc_number)
    hot = next(a for a in arts if a.title.startswith("Ảnh:"))

    def href(a: RichArticle) -> str:
        return f"{DETAIL}?p_itemid={a.opts['id']}&amp;p_cateid={a.opts['cate']}"

    def durable(a: RichArticle) -> str:
        return f"/pls/portal/url/ITEM/{a.opts['guid']}"

    def listing(items: list[RichArticle], date: str = "%d/%m/%Y") -> str:
        return ('<TABLE BORDER="0" WIDTH="100%" CELLPADDING="2" CELLSPACING="0">' + "".join(
            f'<TR><TD VALIGN="top" WIDTH="10"><IMG SRC="/images/bullet_tin.gif" BORDER="0" ALT=""></TD><TD '
            f'class="PortletText1"><a href="{href(a)}" class="tinkhac">{esc(a.title)}</a> <span class="PortletText3">'
            f"({a.date.strftime(date)})</span></TD></TR>" for a in items) + "</TABLE>")

    def layout(title: str, center: str, desc: str = "") -> str:
        menu = " | ".join(f'<a href="{u}" class="menu">{esc(n)}</a>' for n, u in [
            ("Trang chủ", PG), ("Giới thiệu", f"{PG}/gioi_thieu"), ("Tin tức - Sự kiện", LIST),
            ("Tin hoạt động", f"{LIST}?p_cateid=7"), ("Mô hình HTX", f"{LIST}?p_cateid=8"),
            ("Thông báo - Văn bản", f"{LIST}?p_cateid=9"), ("Liên hệ", f"{PG}/lien_he"), ("Sơ đồ cổng", f"{PG}/so_do_cong")])
        links = "".join(f'<option value="{{{{base:offsite}}}}{u}">{esc(n)}</option>' for n, u in [
            ("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng TTĐT tỉnh Bắc Ninh", "/bacninh/"),
            ("Báo Bắc Ninh", "/baobacninh/")])
        weblinks = ('<TABLE BORDER="0" WIDTH="100%" CELLPADDING="2" CELLSPACING="0">'
                    + "".join(f'<TR><TD class="PortletText1"><a href="{{{{base:offsite}}}}{u}" target="_blank">{esc(n)}</a>'
                              "</TD></TR>" for n, u in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"),
                                                        ("Cổng TTĐT tỉnh Bắc Ninh", "/bacninh/"),
                                                        ("Báo Bắc Ninh", "/baobacninh/")])
                    + f'<TR><TD><select name="lk" onchange="window.open(this.value)"><option value="">-- Chọn --</option>'
                    f"{links}</select></TD></TR></TABLE>")
        counter = (f'<TABLE BORDER="0" WIDTH="100%" CELLPADDING="2" CELLSPACING="0"><TR><TD class="PortletText2">{COUNT[0]}'
                   f'</TD></TR><TR><TD class="PortletText2">{COUNT[1]}</TD></TR></TABLE>')
        search = (f'<form name="frmSearch" method="get" action="{PG}/tim_kiem"><input type="text" name="p_keyword" '
                  'size="18" class="txt"> <input type="submit" value="Tìm" class="btn"></form>')
        meta = f'\n<META NAME="description" CONTENT="{attr(desc)}">' if desc else ""
        return f"""<HTML>
<HEAD>
<TITLE>{esc(title)}</TITLE>
<META http-equiv="Content-Type" content="text/html; charset=UTF-8">{meta}
<META NAME="keywords" CONTENT="Liên minh HTX, Bắc Ninh, hợp tác xã, kinh tế tập thể">
<LINK REL="stylesheet" TYPE="text/css" HREF="{attr(CSS)}">
<SCRIPT TYPE="text/javascript" SRC="/images/portal/js/pageutil.js"></SCRIPT>
</HEAD>
<BODY leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" class="pageBody">
<!-- Page Group: HTXBACNINH -->
<TABLE  BORDER="0" WIDTH="990" CELLPADDING="0" CELLSPACING="0" ALIGN="center" class="RegionNoBorder">
<TR><TD VALIGN="top" WIDTH="100%" class="RegionHeaderColor">
<TABLE BORDER="0" WIDTH="100%" CELLPADDING="0" CELLSPACING="0"><TR>
<TD WIDTH="600"><a href="{PG}"><IMG SRC="/portal/pls/portal/docs/1/2380001.JPG" BORDER="0" ALT="{attr(NAME)}"></a></TD>
<TD ALIGN="right" VALIGN="top" class="PortletText2"><span class="ngayhientai">{weekday(TODAY)}, {TODAY:%d/%m/%Y}</span> | <a href="{LOGIN}">Đăng nhập</a></TD>
</TR>
<TR><TD COLSPAN="2" class="PortletSubHeaderColor"><marquee scrollamount="3">{esc(WELCOME)}</marquee></TD></TR>
<TR><TD COLSPAN="2" class="PortletHeaderColor">{menu}</TD></TR>
</TABLE>
</TD></TR>
<TR><TD VALIGN="top">
<TABLE BORDER="0" WIDTH="100%" CELLPADDING="0" CELLSPACING="4" class="RegionNoBorder"><TR>
<TD VALIGN="top" WIDTH="74%">
{center}
</TD>
<TD VALIGN="top" WIDTH="26%">
{portlet("Tìm kiếm", search, 2391)}
{portlet("Liên kết website", weblinks, 2392)}
{portlet("Thống kê truy cập", counter, 2393)}
</TD>
</TR></TABLE>
</TD></TR>
<TR><TD class="RegionHeaderColor" ALIGN="center">
<P class="PortletText2">{esc(OWNER)}<BR>{esc(ADDRESS)}<BR>{esc(LICENCE)}<BR>{esc(SOURCE)}</P>
<P class="PortletText3">{POWERED}</P>
</TD></TR>
</TABLE>
</BODY>
</HTML>
"""

    # items
    for a in arts:
        cate = a.opts["cate"]
        others = [x for x in arts if x is not a and x.opts["cate"] == cate and x is not oldest][:4]
        rows = [f'<TR><TD><span class="PortletHeading1">{esc(a.title)}</span></TD></TR>',
                f'<TR><TD><span class="PortletText3">Ngày cập nhật: {a.date:%d/%m/%Y %H:%M}</span></TD></TR>']
        if a.lead:
            rows.append(f'<TR><TD><div class="PortletText2"><b>{esc(a.lead)}</b></div></TD></TR>')
        rows.append(f'<TR><TD><div class="PortletText1">\r\n{body_html(a)}\r\n</div></TD></TR>')
        for x in a.attachments:
            rows.append(f'<TR><TD class="PortletText2"><b>File đính kèm:</b> <IMG SRC="/images/pdf.gif" BORDER="0" ALT=""> '
                        f'<a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></TD></TR>')
        if a.opts["attr"]:
            rows.append(f'<TR><TD ALIGN="right" class="PortletText2"><b>Tác giả: {esc(a.opts["attr"])}</b></TD></TR>')
        rows.append(f'<TR><TD ALIGN="right" class="PortletText3"><a href="{PRINT}?p_itemid={a.opts["id"]}" '
                    f'target="_blank">In trang</a> | <a href="javascript:guiEmail({a.opts["id"]})">Gửi email</a> | '
                    '<a href="#top">Về đầu trang</a></TD></TR>')
        item = '<TABLE BORDER="0" WIDTH="100%" CELLPADDING="3" CELLSPACING="0">' + "\n".join(rows) + "</TABLE>"
        other = listing(others) if others else '<span class="PortletText1">Chưa có tin nào khác.</span>'
        center = portlet("Tin tức - Sự kiện", item, 2385) + portlet("Các tin khác", other, 2386)
        site.page(a.path, layout("Chi tiết tin", center), content_type=HTML)
        prn = f"{PRINT}?p_itemid={a.opts['id']}"
        info = f"Ngày cập nhật: {a.date:%d/%m/%Y %H:%M}"
        lead = f'<P><B>{esc(a.lead)}</B></P>' if a.lead else ""
        site.page(prn, f"""<HTML>
<HEAD>
<TITLE>{esc(a.title)}</TITLE>
<META http-equiv="Content-Type" content="text/html; charset=UTF-8">
<LINK REL="stylesheet" TYPE="text/css" HREF="{attr(CSS)}">
</HEAD>
<BODY onload="window.print()">
<TABLE WIDTH="680" ALIGN="center" BORDER="0"><TR><TD>
<P class="PortletText3">Liên minh HTX tỉnh Bắc Ninh</P>
<P><span class="PortletHeading1">{esc(a.title)}</span></P>
<P class="PortletText3">{info}</P>
{lead}<div class="PortletText1">
{body_html(a)}
</div>
</TD></TR></TABLE>
</BODY>
</HTML>
""", content_type=HTML)
        a.aliases.append(prn)
        for src, path in a.opts["imgs"].items():
            site.binary(path, image_for(src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BAC NINH", "THONG BAO SO 12/TB-LMHTX"]))
        site.redirect(durable(a), a.path, 302)
        site.add_article(a)
    site.trap("every item's 'In trang' opens the portlet package's print view /portal/pls/portal/HTXBACNINH.PKG_TIN_TUC."
              "IN_TIN?p_itemid=N (title, date line, the same text): an alias", f"{PRINT}?p_itemid={arts[1].opts['id']}")

    # the home page
    short = f"{DETAIL}?p_itemid={hot.opts['id']}"
    site.same_page(short, hot.path)
    hot.aliases.append(short)
    notice.aliases.append(durable(notice))
    first_img = next(iter(hot.opts["imgs"].values()))
    featured = (f'<TABLE BORDER="0" WIDTH="100%" CELLPADDING="3" CELLSPACING="0"><TR><TD VALIGN="top" WIDTH="180"><a '
                f'href="{short}"><IMG SRC="{first_img}" BORDER="0" WIDTH="170" HEIGHT="113" ALT=""></a></TD><TD VALIGN="top">'
                f'<a href="{short}" class="tieudenoibat"><b>{esc(hot.title)}</b></a><BR><span class="PortletText1">'
                f"{esc(hot.lead or '')}</span></TD></TR></TABLE>")
    newest = [a for a in arts if a is not oldest][:5]
    news = listing(newest, "%d/%m")
    notices = ('<TABLE BORDER="0" WIDTH="100%" CELLPADDING="2" CELLSPACING="0">'
               + "".join(f'<TR><TD class="PortletText1"><IMG SRC="/images/pobtrans.gif" BORDER="0" HEIGHT="1" WIDTH="4" '
                         f'ALT=""><a href="{durable(a)}">{esc(a.title)}</a></TD></TR>' for a in arts if a.opts["cate"] == 9)
               + "</TABLE>")
    home = (portlet("Tin nổi bật", featured, 2381) + portlet("Tin tức - Sự kiện", news + f'<P ALIGN="right"><a href="{LIST}">'
                                                             "Xem tiếp &gt;&gt;</a></P>", 2382)
            + portlet("Thông báo", notices, 2383))
    site.page(PG, layout("Trang chủ", home, "Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Bắc Ninh"), content_type=HTML)
    site.redirect("/", PG, 302)
    site.non_articles.append(PG)
    site.trap("/ answers 302 to the page /portal/page/portal/htxbacninh (the home: 'Tin nổi bật', 'Tin tức - Sự kiện' "
              "with dd/mm dates, the 'Thông báo' item region linking durable /pls/portal/url/ITEM/<hex> links)", PG)

    # lists
    def pages(base: str, items: list[RichArticle], title: str) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        sep = "&" if "?" in base else "?"
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}{sep}p_page={n}"
            pager = ""
            if len(chunks) > 1:
                pager = ('<P ALIGN="center" class="PortletText2">Trang: ' + " ".join(
                    f"<b>[{k}]</b>" if k == n else
                    f'<a href="{attr(base if k == 1 else f"{base}{sep}p_page={k}")}">[{k}]</a>'
                    for k in range(1, len(chunks) + 1)) + "</P>")
            body = ('<TABLE BORDER="0" WIDTH="100%" CELLPADDING="3" CELLSPACING="0">' + "".join(
                f'<TR><TD class="PortletText1"><a href="{href(a)}"><b>{esc(a.title)}</b></a> <span class="PortletText3">'
                f"({a.date:%d/%m/%Y})</span><BR>{esc(a.summary())}</TD></TR>" for a in chunk) + "</TABLE>" + pager)
            site.page(path, layout(title, portlet(title, body, 2384)), content_type=HTML)
            site.non_articles.append(path)

    pages(LIST, arts, "Tin tức - Sự kiện")
    for cate, cname in CATES.items():
        pages(f"{LIST}?p_cateid={cate}", [a for a in arts if a.opts["cate"] == cate], cname)
    site.trap("lists: the page tin_tuc (5 a page, '[1] [2]' pager ?p_page=2) and the same page filtered by "
              "?p_cateid=N (&p_page=2): the oldest item only on the page 2s", f"{LIST}?p_page=2")

    # search
    found = [a for a in arts if "chuyển đổi" in a.title + a.body + (a.lead or "")]
    res = ('<P class="PortletText2">Kết quả tìm kiếm cho từ khóa: <b>chuyển đổi</b> (' + str(len(found)) + " kết quả)</P>"
           + "".join(f'<P class="PortletText1"><a href="{durable(a)}"><b>{esc(a.title)}</b></a><BR><span class="PortletText3">'
                     f"Người tạo: HTXBN_ADMIN &nbsp; Ngày tạo: {a.date.strftime('%d-%b-%y').upper()}</span></P>" for a in found))
    for a in found:
        if durable(a) not in a.aliases:
            a.aliases.append(durable(a))
    kw = f"{PG}/tim_kiem?p_keyword=chuy%E1%BB%83n+%C4%91%E1%BB%95i"
    site.page(kw, layout("Tìm kiếm", portlet("Kết quả tìm kiếm", res, 2394)), content_type=HTML)
    site.page(f"{PG}/tim_kiem", layout("Tìm kiếm", portlet("Tìm kiếm", '<form method="get" action="tim_kiem"><input '
                                                           'type="text" name="p_keyword"> <input type="submit" value="Tìm">'
                                                           f'</form><P class="PortletText2">Từ khóa được tìm nhiều: <a href="'
                                                           f'{kw}">chuyển đổi</a></P>', 2394)), content_type=HTML)
    site.non_articles += [f"{PG}/tim_kiem", kw]
    site.trap("search: the page tim_kiem and its result ?p_keyword=… (Portal's item attributes 'Người tạo: HTXBN_ADMIN', "
              "'Ngày tạo: 05-MAY-16', durable links): no articles", kw)

    # static pages
    tree = "".join(f'<LI><a href="{u}">{esc(n)}</a></LI>' for n, u in [
        ("Trang chủ", PG), ("Giới thiệu", f"{PG}/gioi_thieu"), ("Tin tức - Sự kiện", LIST), ("Liên hệ", f"{PG}/lien_he")])
    for path, title, text in [
            (f"{PG}/gioi_thieu", "Giới thiệu", "<P>Liên minh Hợp tác xã tỉnh Bắc Ninh là tổ chức kinh tế - xã hội, đại diện "
             "và bảo vệ quyền, lợi ích hợp pháp của các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</P>"),
            (f"{PG}/lien_he", "Liên hệ", f"<P>{esc(ADDRESS)}</P><P>Email: lmhtx@bacninh.gov.vn</P>"),
            (f"{PG}/so_do_cong", "Sơ đồ cổng", f"<UL>{tree}</UL>")]:
        site.page(path, layout(title, portlet(title, f'<div class="PortletText1">{text}</div>', 2395)), content_type=HTML)
        site.non_articles.append(path)
    site.trap("pages gioi_thieu, lien_he and so_do_cong (the page-group map): not articles", f"{PG}/so_do_cong")

    site.page(LOGIN, "<HTML><HEAD><TITLE>Đăng nhập</TITLE></HEAD><BODY><FORM METHOD=\"POST\" ACTION=\"/pls/orasso/"
              "orasso.wwsso_app_admin.ls_login\"><INPUT TYPE=\"text\" NAME=\"ssousername\"><INPUT TYPE=\"password\" "
              "NAME=\"password\"></FORM></BODY></HTML>", content_type=HTML)
    site.never_fetched.append(LOGIN)
    site.static("/robots.txt", "User-agent: *\nDisallow: /portal/pls/portal/PORTAL.wwsec_app_priv.login\n"
                "Disallow: /portal/pls/portal/PORTAL.wwptl_login\nDisallow: /pls/orasso/\nDisallow: /portal/pls/portal/"
                "PORTAL.wwpob_page\n")
    site.trap("robots.txt disallows Portal's login PORTAL.wwsec_app_priv.login (the banner's 'Đăng nhập'): never fetched",
              LOGIN)
    site.page(CSS, ".PortletHeading{font-weight:bold;color:#fff}.PortletHeading1{font-size:15px;font-weight:bold}\n",
              content_type="text/css")
    for gif in ("/images/pobtrans.gif", "/images/bullet_tin.gif", "/images/pdf.gif"):
        site.binary(gif, b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
                    b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    site.binary("/portal/pls/portal/docs/1/2380001.JPG", image_for("banner"))
    site.static("/images/portal/js/pageutil.js", "function guiEmail(id){}\n")
    return site
