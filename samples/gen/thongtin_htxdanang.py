"""Site `thongtin-htxdanang` (registry family `generic`): "Thông tin Liên minh HTX thành phố Đà Nẵng" on **Ektron
CMS400.NET 8.6** (the ASP.NET web content management system many government sites ran; a master page and two page
templates, `ContentDetail.aspx` and `ListSummary.aspx`, built by the city's web contractor; `web.config`
`<globalization culture="vi-VN">`, so .NET prints dates the Vietnamese way: "12/05/2024 2:05:00 CH", a 12-hour
clock with SA/CH; manual URL aliases; the copy is of 20 June 2024). Written as a held-out test: no family module, no
selectors.

URL shapes: a content item's manual alias `/Tin-tuc/<Title_With_Underscores>.aspx` (Ektron's alias tool: ASCII,
spaces to `_`, extension `.aspx`); the same item from its template `/ContentDetail.aspx?id=<content id>` (the "Tin
khác" box links items so: an alias) and from Ektron's quicklink `/linkit.aspx?LinkIdentifier=id&ItemID=<id>` (the
home page's "Tin nổi bật" collection: a 302 to the alias); folder lists `/Tin-tuc.aspx` and `/Thong-bao.aspx` (the
ListSummary control, 5 a page, its pager "Page 1 of 2 [First Page] [Previous Page] [Next Page] [Last Page]" in
Ektron's English resource strings, rendered as links `?currentpage=2`); the site search `/Search.aspx?searchtext=`;
the contractor's feed `/RssFeed.aspx?folderid=72`; library files under `/uploadedFiles/` and `/uploadedImages/`; the
work area `/WorkArea/` (the footer's "Đăng nhập" /WorkArea/login.aspx; robots.txt disallows it). No site map, no
canonical.

Why it is hard: the whole page is one `<form id="form1">` with `__VIEWSTATE`, `__EVENTVALIDATION` and
`WebResource.axd` scripts; the title is a label `<span id="ctl00_cphMain_lblTitle">` in `h1.tieude`, under the
folder breadcrumb; the date line "Ngày đăng: 12/05/2024 2:05:00 CH" (vi-VN `DateTime.ToString()`: day first,
12-hour clock, "SA" = a.m., "CH" = p.m.; the post of 00:20 reads "08/04/2024 12:20:00 SA"); the content's summary
(Ektron's teaser field, the sapo: first line of the text) in `div.tomtat`; the content block
`div#ctl00_cphMain_ContentBlock1`; then the metadata field "Tác giả" (shown only when filled: the author, not text),
"Cập nhật lần cuối: …" (the last edit, not the publication), the tools, and "Tin khác". `<meta name="author">` is the
metadata field's default, the alliance's name: no author. The feed gives GMT: the post of 00:20 on 8 April reads
"Sun, 07 Apr 2024 17:20:00 GMT". The oldest news item is only on `/Tin-tuc.aspx?currentpage=2`.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "thongtin-htxdanang"
NAME = "Liên minh Hợp tác xã thành phố Đà Nẵng"
TODAY = "Thứ Năm, 20/06/2024"
PER = 5
FOLDERS = {72: ("Tin-tuc", "Tin tức"), 75: ("Thong-bao", "Thông báo")}
ADDRESS = "Địa chỉ: Tầng 6, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu, TP Đà Nẵng"
PHONE = "Điện thoại: 0236.3822.164 - Fax: 0236.3822.165"
COPY = "Bản quyền thuộc Liên minh Hợp tác xã thành phố Đà Nẵng"
LICENCE = "Giấy phép số 18/GP-STTTT do Sở Thông tin và Truyền thông thành phố Đà Nẵng cấp ngày 12/3/2013"
FURN = [TODAY, ADDRESS, PHONE, COPY, LICENCE, "Bạn đang ở:", "Ngày đăng:", "Cập nhật lần cuối:", "In trang",
        "Gửi email", "Chia sẻ:", "Tin khác", "Lượt truy cập:", "Liên kết website", "Đăng nhập",
        "Trang chủ", "Giới thiệu", "Liên hệ", "Tác giả:", "Tải về:", "Về đầu trang"]
AUTHOR_META = NAME


def vn_dt(d: datetime) -> str:
    """vi-VN DateTime.ToString(): dd/MM/yyyy h:mm:ss tt with SA/CH."""
    hour = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {hour}:{d:%M:%S} {'SA' if d.hour < 12 else 'CH'}"


def alias_of(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    t = re.sub(r"[^A-Za-z0-9 ]+", "", t)
    return re.sub(r"\s+", "_", t.strip())


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024",
          lead="Liên minh HTX thành phố thông báo tổ chức lớp bồi dưỡng kiến thức quản lý cho cán bộ HTX, tổ hợp tác năm 2024.",
          body="""
LIÊN MINH HTX THÀNH PHỐ ĐÀ NẴNG
Số: 15/TB-LMHTX
Đà Nẵng, ngày 06 tháng 6 năm 2024
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024
Thực hiện Kế hoạch số 04/KH-LMHTX ngày 15/01/2024, Liên minh HTX thành phố tổ chức lớp bồi dưỡng kiến thức quản lý HTX từ ngày 01/7/2024 đến ngày 03/7/2024 tại Hội trường Liên minh HTX thành phố.
Đối tượng: Chủ tịch Hội đồng quản trị, Giám đốc, Kế toán trưởng HTX; mỗi HTX cử không quá 02 người.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX thành phố trước ngày 25/6/2024.
CHỦ TỊCH
Trần Văn Thảo
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/uploadedFiles/Thong-bao/TB-15-LMHTX-2024.pdf", "text": "TB-15-LMHTX-2024.pdf"}],
          opts={"folder": 75, "id": 1268, "updated": timedelta(hours=2, minutes=7)},
          notes=["notice 'Số: 15/TB-LMHTX' dated 06/6 in its text, posted 'Ngày đăng: 10/06/2024 8:00:00 SA' (vi-VN, "
                 "12-hour clock); the summary field is the first line; meta author = the alliance (the metadata "
                 "field's default): no author; the signer is text; 'Tải về: <a>TB-15-LMHTX-2024.pdf</a>' under the "
                 "text: the attachment (its name, without the label), not text"],
          **at(datetime(2024, 6, 10, 8, 0))),
        A(path="", title="Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu",
          lead="Những ngày đầu tháng 6, thành viên HTX Rau an toàn Túy Loan (huyện Hòa Vang) tất bật thu hoạch rau vụ hè thu.",
          body="""
[img tuy-loan-1.png] Thành viên HTX thu hoạch cải xanh trong nhà lưới
[img tuy-loan-2.png] Rau được rửa, sơ chế và đóng gói ngay tại nhà sơ chế của HTX
[img tuy-loan-3.png] Rau an toàn Túy Loan được dán tem truy xuất nguồn gốc trước khi giao cho siêu thị
Mỗi ngày HTX cung ứng khoảng 2 tấn rau các loại cho các siêu thị và bếp ăn trường học trên địa bàn thành phố.
""", byline="Bài, ảnh: Hồ Xuân Mai", author="Hồ Xuân Mai",
          opts={"folder": 72, "id": 1263, "updated": timedelta(days=1, hours=1)},
          notes=["photo story: each photo a centred <p><img> from /uploadedImages/, its caption the next centred <p><em> "
                 "(one line each); the summary field is the first line; 'Bài, ảnh: Hồ Xuân Mai' closes it -> author"],
          **at(datetime(2024, 6, 4, 15, 30))),
        A(path="", title="Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số",
          lead="Năm 2023, khu vực kinh tế tập thể của thành phố tiếp tục phát triển cả về số lượng và chất lượng.",
          body="""
| Chỉ tiêu | Đơn vị | Năm 2023 | So với năm 2022 (%) |
| HTX đang hoạt động | HTX | 214 | 106,4 |
| Thành viên HTX | người | 18.650 | 102,1 |
| Doanh thu bình quân một HTX | triệu đồng | 4.120 | 109,3 |
| Tổ hợp tác | THT | 385 | 101,6 |
Năm 2024, thành phố phấn đấu thành lập mới 20 HTX, trong đó có ít nhất 5 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Thị Thu Trang",
          opts={"folder": 72, "id": 1257, "meta_author": "Nguyễn Thị Thu Trang", "updated": timedelta(days=3, hours=2)},
          notes=["a bordered table (first row bold): one line per row; no byline: the metadata field 'Tác giả: Nguyễn Thị "
                 "Thu Trang' printed after the content block -> author (not text); the summary field is the first line"],
          **at(datetime(2024, 5, 21, 10, 15))),
        A(path="", title="Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh",
          lead="Chuyển đổi số giúp HTX quản lý hiệu quả, mở rộng thị trường và tiếp cận các nguồn vốn.",
          body="""
## Các bước HTX cần thực hiện
+ Đánh giá hiện trạng ứng dụng công nghệ thông tin của HTX;
+ Sử dụng phần mềm kế toán, quản lý thành viên trên nền tảng số;
+ Đưa sản phẩm lên các sàn thương mại điện tử;
+ Bồi dưỡng kỹ năng số cho cán bộ quản lý và thành viên.
Liên minh HTX thành phố hỗ trợ miễn phí tư vấn chuyển đổi số cho các HTX đăng ký trong năm 2024.
""", byline="Phan Văn Khánh - Phòng Tư vấn, hỗ trợ", author="Phan Văn Khánh",
          opts={"folder": 72, "id": 1249, "updated": timedelta(hours=5)},
          notes=["a bold-paragraph heading and a numbered list (<ol>); 'Phan Văn Khánh - Phòng Tư vấn, hỗ trợ' closes "
                 "the text -> Phan Văn Khánh"],
          **at(datetime(2024, 5, 7, 9, 40))),
        A(path="", title="HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ",
          lead="HTX Nông nghiệp Hòa Tiến (huyện Hòa Vang) đã mở rộng vùng trồng củ ném theo hướng hữu cơ lên 25 ha.",
          body="""
Sản phẩm ném Hòa Tiến của HTX được công nhận OCOP 3 sao, được nhiều nhà hàng, khách sạn ở Đà Nẵng đặt mua.
HTX đang đầu tư nhà sấy năng lượng mặt trời để chế biến ném sấy, ném ngâm, kéo dài thời gian bảo quản.
""", byline="Theo Báo Đà Nẵng", author=None,
          opts={"folder": 72, "id": 1241, "updated": timedelta(minutes=35)},
          notes=["closed by 'Theo Báo Đà Nẵng': a reprint, no author (meta author = the alliance)"],
          **at(datetime(2024, 4, 22, 14, 20))),
        A(path="", title="Liên minh HTX thành phố làm việc với các HTX vận tải",
          lead="Chiều 7/4, Liên minh HTX thành phố làm việc với đại diện 9 HTX vận tải trên địa bàn thành phố.",
          body="""
Các HTX phản ánh khó khăn về chi phí nhiên liệu, thủ tục chuyển đổi phương tiện sử dụng năng lượng xanh.
Liên minh HTX thành phố sẽ tổng hợp kiến nghị gửi UBND thành phố và phối hợp với Quỹ hỗ trợ phát triển HTX để hỗ trợ vốn vay.
""", author=None,
          opts={"folder": 72, "id": 1236, "updated": timedelta(hours=8)},
          notes=["posted at 00:20 on 8 April about the afternoon before: 'Ngày đăng: 08/04/2024 12:20:00 SA' (12 SA is "
                 "midnight); the feed gives GMT 'Sun, 07 Apr 2024 17:20:00 GMT' (the previous day); published "
                 "2024-04-08 00:20; no byline, meta author the alliance: author null"],
          **at(datetime(2024, 4, 8, 0, 20))),
        A(path="", title="HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ",
          lead="HTX Dịch vụ thủy sản Thọ Quang (quận Sơn Trà) hiện có 46 tàu cá thành viên khai thác xa bờ.",
          body="""
HTX tổ chức cho các tàu khai thác theo tổ đội, hỗ trợ nhau trên biển và tiêu thụ sản phẩm qua cảng cá Thọ Quang.
Năm 2024, HTX phối hợp với doanh nghiệp lắp đặt hệ thống bảo quản lạnh cho 15 tàu, giảm hao hụt sau khai thác.
""", byline="Lê Thị Ngọc Ánh", author="Lê Thị Ngọc Ánh",
          opts={"folder": 72, "id": 1228, "updated": timedelta(days=2)},
          notes=["the bare name 'Lê Thị Ngọc Ánh' closes the text: the author; on page 2 of /Tin-tuc.aspx and in the "
                 "'Tin khác' boxes (by its /ContentDetail.aspx?id= address), not on the home page"],
          **at(datetime(2024, 3, 19, 16, 5))),
        A(path="", title="Liên minh HTX thành phố Đà Nẵng tổng kết công tác năm 2023",
          lead="Ngày 10/1, Liên minh HTX thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
[img tong-ket-2023.png] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX thành phố hỗ trợ thành lập mới 17 HTX, tổ chức 9 lớp tập huấn cho 640 lượt cán bộ HTX.
""", byline="Tin, ảnh: Đoàn Minh Tuấn", author="Đoàn Minh Tuấn",
          opts={"folder": 72, "id": 1203, "updated": timedelta(hours=1)},
          notes=["the oldest item: only on /Tin-tuc.aspx?currentpage=2 (the ListSummary pager's 'Next Page' link); no "
                 "home box, 'Tin khác', feed or search result carries it; 'Tin, ảnh: Đoàn Minh Tuấn' -> author"],
          **at(datetime(2024, 1, 11, 15, 45))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    folder = FOLDERS[a.opts["folder"]][0]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%"><tbody><tr>'
                       + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center"><img alt="{attr(b.text)}" src="/uploadedImages/{folder}/{b.src}" '
                       'width="500" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "".join(out)


def viewstate(seed: str) -> str:
    raw = b"".join(hashlib.sha256(f"{seed}{i}".encode()).digest() for i in range(24))
    return base64.b64encode(b"\xff\x01\x0f\x0f\x05\x0a" + raw).decode()


def build() -> SiteBuild:
    site = SiteBuild(SITE, "da-nang", f"Thông tin {NAME} (Ektron CMS400.NET 8.6)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/RssFeed.aspx?folderid=72" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/{FOLDERS[a.opts['folder']][0]}/{alias_of(a.title)}.aspx"
        a.opts["raw"] = f"/ContentDetail.aspx?id={a.opts['id']}"
        a.opts["quick"] = f"/linkit.aspx?LinkIdentifier=id&ItemID={a.opts['id']}"
    news = [a for a in arts if a.opts["folder"] == 72]
    notices = [a for a in arts if a.opts["folder"] == 75]
    oldest = news[-1]
    featured = [news[0], news[2], news[3]]

    def layout(title: str, action: str, crumbs: list[tuple[str, str]], main: str, *, meta: dict | None = None) -> str:
        metas = "".join(f'<meta name="{k}" content="{attr(v)}" />\n' for k, v in (meta or {}).items())
        menu = "".join(f'<li class="ekmenu_submenu_item"><a href="{href}" class="ekmenu_link">{esc(n)}</a></li>' for n, href in
                       [("Trang chủ", "/"), ("Giới thiệu", "/Gioi-thieu.aspx"), ("Tin tức", "/Tin-tuc.aspx"),
                        ("Thông báo", "/Thong-bao.aspx"), ("Liên hệ", "/Lien-he.aspx")])
        crumb = " &gt; ".join(f'<a href="{href}">{esc(n)}</a>' for n, href in [("Trang chủ", "/"), *crumbs])
        notice_box = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in notices)
        vs = viewstate(action)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{metas}<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="{attr(action)}" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHJZLkzIyx41&amp;t=634245046914809245" type="text/javascript"></script>
<div id="wrapper">
<div id="header"><div class="banner"><img src="/images/banner.png" alt="{attr(NAME)}" /></div>
<div class="topbar"><span id="ctl00_lblNgay" class="ngay">{TODAY}</span>
<div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtsearch" /><a id="ctl00_lbtSearch" href="javascript:__doPostBack('ctl00$lbtSearch','')">Tìm kiếm</a></div></div>
<div id="menu"><div id="ctl00_SmartMenu1" class="ekmenu"><ul class="ekmenu_submenu_items">{menu}</ul></div></div>
</div>
<div id="main"><div id="left">
<div class="breadcrumb"><span id="ctl00_cphMain_FolderBreadcrumb1">Bạn đang ở: {crumb}</span></div>
{main}
</div>
<div id="right">
<div class="box"><div class="box-title">Thông báo</div><div id="ctl00_ListSummaryTB"><ul>{notice_box}</ul></div></div>
<div class="box"><div class="box-title">Liên kết website</div><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh Hợp tác xã Việt Nam</option><option value="{{{{base:offsite}}}}/chinh-phu/">Cổng thông tin điện tử thành phố Đà Nẵng</option></select></div>
<div class="box"><div class="box-title">Thống kê</div><div class="counter">Lượt truy cập: 284.517</div></div>
</div></div>
<div id="footer"><p>{COPY}</p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p><p>{esc(LICENCE)}</p>
<p><a href="#wrapper">Về đầu trang</a> | <a href="/WorkArea/login.aspx">Đăng nhập</a></p></div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{vs[:64]}" />
</div></form>
</body>
</html>
"""

    others = [a for a in news if a is not oldest]
    for a in arts:
        fname, fdisplay = FOLDERS[a.opts["folder"]]
        other = [x for x in (others if a.opts["folder"] == 72 else news) if x is not a][:5]
        other_html = ('<div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul>'
                      + "".join(f'<li><a href="{x.opts["raw"]}">{esc(x.title)}</a> <span class="date">({x.date:%d/%m/%Y})</span>'
                                "</li>" for x in other) + "</ul></div></div>")
        author = (f'<div class="tacgia"><span id="ctl00_cphMain_lblTacGia">Tác giả: {esc(a.opts["meta_author"])}</span></div>'
                  if a.opts.get("meta_author") else "")
        main = (f'<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">{esc(a.title)}</span></h1>'
                f'<div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: {vn_dt(a.date)}</span></div>'
                f'<div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>{esc(a.lead or "")}</p></span></div>'
                f'<div id="ctl00_cphMain_ContentBlock1">{body_html(a)}</div>{author}'
                f'<div class="capnhat">Cập nhật lần cuối: {vn_dt(a.date + a.opts["updated"])}</div>'
                f'<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject='
                f'{attr(a.title)}">Gửi email</a> | Chia sẻ: <a href="{{{{base:offsite}}}}/facebook/sharer.php" '
                f'target="_blank">Facebook</a></div></div>{other_html}')
        meta = {"keywords": f"{fdisplay}, hợp tác xã, Đà Nẵng", "description": a.lead or "", "author": AUTHOR_META}
        page = layout(a.title, a.path, [(fdisplay, f"/{fname}.aspx")], main, meta=meta)
        site.page(a.path, page)
        site.same_page(a.opts["raw"], a.path)
        a.aliases.append(a.opts["raw"])
        if a in featured:
            site.redirect(a.opts["quick"], a.path, 302)
            a.aliases.append(a.opts["quick"])
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX THANH PHO DA NANG", "THONG BAO SO 15/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every item also answers its template URL /ContentDetail.aspx?id=<content id> (the 'Tin khác' box links "
              "items so): an alias", arts[1].opts["raw"])
    site.trap("the home page's 'Tin nổi bật' collection links Ektron quicklinks /linkit.aspx?LinkIdentifier=id&ItemID=<id>: "
              "302 to the alias", featured[0].opts["quick"])

    def list_summary(path: str, title: str, items: list[RichArticle]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        total = len(pages)
        for n, chunk in enumerate(pages, 1):
            p = path if n == 1 else f"{path}?currentpage={n}"

            def link(k: int, text: str, cur: int = n) -> str:
                if k == cur or k < 1 or k > total:
                    return f"[{text}]"
                return f'[<a href="{path}?currentpage={k}">{text}</a>]'
            pager = ""
            if total > 1:
                pager = (f'<div class="ekPaging">Page {n} of {total}&#160;&#160;{link(1, "First Page")} '
                         f'{link(n - 1, "Previous Page")} {link(n + 1, "Next Page")} {link(total, "Last Page")}</div>')
            rows = "".join(
                f'<tr><td class="ekListSummary"><a href="{a.path}">{esc(a.title)}</a>&#160;<span class="date">'
                f'({a.date:%d/%m/%Y})</span><br /><span class="teaser">{esc(a.lead or "")}</span></td></tr>' for a in chunk)
            rss = ('<a class="rss" href="/RssFeed.aspx?folderid=72" title="RSS"><img src="/images/rss.png" alt="RSS" /></a>'
                   if path == "/Tin-tuc.aspx" else "")
            main = (f'<div class="listing"><h2 class="folder-title">{esc(title)}</h2>{rss}<div id="ctl00_cphMain_ListSummary1">'
                    f'<table border="0" cellspacing="0" cellpadding="0" width="100%">{rows}</table>{pager}</div></div>')
            site.page(p, layout(f"{title} - {NAME}", p, [(title, path)], main))
            site.non_articles.append(p)

    list_summary("/Tin-tuc.aspx", "Tin tức", news)
    list_summary("/Thong-bao.aspx", "Thông báo", notices)
    site.trap("folder list /Tin-tuc.aspx (ListSummary: title, date dd/MM/yyyy, teaser; 5 a page): its pager, Ektron's "
              "English strings '[Next Page]', links ?currentpage=2, which alone holds the oldest item",
              "/Tin-tuc.aspx?currentpage=2")

    feat = "".join(f'<div class="featured"><a href="{a.opts["quick"]}"><img src="/uploadedImages/Tin-tuc/thumb-{a.opts["id"]}.png" '
                   f'alt="" /></a><h3><a href="{a.opts["quick"]}">{esc(a.title)}</a></h3><p>{esc(a.lead or "")}</p></div>'
                   for a in featured)
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span></li>'
                     for a in news[:5])
    home = (f'<div class="box"><div class="box-title">Tin nổi bật</div><div id="ctl00_cphMain_Collection1">{feat}</div></div>'
            f'<div class="box"><div class="box-title">Tin mới</div><div id="ctl00_cphMain_ListSummary1"><ul>{latest}</ul>'
            '<a href="/Tin-tuc.aspx">Xem tiếp</a></div></div>')
    site.page("/", layout(f"Trang chủ - {NAME}", "/", [], home, meta={"keywords": "Liên minh HTX, Đà Nẵng, hợp tác xã",
                                                                        "description": f"Trang thông tin điện tử {NAME}"}))
    site.same_page("/Default.aspx", "/")
    site.non_articles.append("/")
    site.trap("home: 'Tin nổi bật' (an Ektron collection: quicklinks) and 'Tin mới' (5 newest); the banner's date "
              "'Thứ Năm, 20/06/2024' is the copy's day", "/")
    for path, title, text in [
            ("/Gioi-thieu.aspx", "Giới thiệu", "<p>Liên minh Hợp tác xã thành phố Đà Nẵng là tổ chức kinh tế - xã hội, "
             "đại diện và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn thành phố.</p>"),
            ("/Lien-he.aspx", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>")]:
        site.page(path, layout(f"{title} - {NAME}", path, [(title, path)], f'<div class="detail"><h1 class="tieude">{title}'
                                                                           f"</h1>{text}</div>"))
        site.non_articles.append(path)
    found = [a for a in arts if a is not oldest and ("OCOP" in a.body or "OCOP" in (a.lead or ""))]
    sp = "/Search.aspx?searchtext=OCOP"
    site.page(sp, layout(f"Tìm kiếm - {NAME}", sp, [("Tìm kiếm", "/Search.aspx")],
                         '<div id="ctl00_cphMain_WebSearch1"><p>Kết quả tìm kiếm cho: <b>OCOP</b></p><ul class="ekSearchResults">'
                         + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><br /><span>{esc(a.lead or "")}</span><br />'
                                   f'<span class="url">{{{{base}}}}{a.path}</span></li>' for a in found) + "</ul></div>"))
    site.page("/Search.aspx", layout(f"Tìm kiếm - {NAME}", "/Search.aspx", [("Tìm kiếm", "/Search.aspx")],
                                     '<div id="ctl00_cphMain_WebSearch1"><input name="ctl00$cphMain$WebSearch1$txtSearch" '
                                     'type="text" /></div>'))
    site.non_articles += [sp, "/Search.aspx"]
    site.trap("site search /Search.aspx?searchtext=OCOP: a result list, no article", sp)
    site.page("/WorkArea/login.aspx", "<html><head><title>Ektron CMS400.NET Login</title></head><body><form id=\"LoginRequestForm\">"
              "<input name=\"username\" /><input name=\"password\" type=\"password\" /></form></body></html>")
    site.never_fetched.append("/WorkArea/login.aspx")
    site.static("/robots.txt", "User-agent: *\nDisallow: /WorkArea/\nDisallow: /widgets/\nDisallow: /uploadedFiles/Noi-bo/\n")
    site.trap("robots.txt disallows /WorkArea/ (Ektron's back end): the footer's 'Đăng nhập' /WorkArea/login.aspx is "
              "never fetched", "/WorkArea/login.aspx")
    its = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.lead or '')}"
                  f"</description><pubDate>{gmt(a.date)}</pubDate><guid isPermaLink=\"false\">{a.opts['id']}</guid></item>"
                  for a in news[:PER])
    site.page("/RssFeed.aspx?folderid=72", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>'
              f"Tin tức - {esc(NAME)}</title><link>{{{{base}}}}/Tin-tuc.aspx</link><description>Tin tức</description>"
              f"<language>vi-VN</language>{its}</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("feed /RssFeed.aspx?folderid=72 (the contractor's page; 5 newest news items, the summary): pubDate in GMT",
              "/RssFeed.aspx?folderid=72")
    site.static("/WebResource.axd", "/* WebForms */\n")
    return site
