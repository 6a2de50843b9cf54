"""Site `cong-htxhungyen` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Hưng Yên" on **Ektron
CMS400.NET 8.x** (8.5: the ASP.NET WebForms content management system; a master page `Main.master` and the
templates `Content.aspx` (a content block), `Folder.aspx` (a ListSummary) and `Print.aspx`, built by the
province's web contractor; automatic folder aliases with the content id as the source, a few manual extensionless
aliases; the page code formats dates with `CultureInfo("vi-VN")` while the server's own culture, which the Ektron
controls' built-in XSLT uses, stayed en-US; the copy is of 15 May 2024, before the province merged). Written as a
held-out test: no family module, no selectors.

URL shapes: a content item's automatic alias `/tin-tuc/<content id>.aspx` (folder "Tin tức") or
`/thong-bao/<content id>.aspx` (folder "Thông báo"); the template URL `/Content.aspx?id=<content id>` (the "Tin
khác" box links items so: an alias); a manual extensionless alias `/tin-tuc/<slug>` for the items of the home
page's "Tin nổi bật" collection (an alias); the print template `/Print.aspx?id=<content id>` ("In bài": an alias);
folder lists `/tin-tuc.aspx` and `/thong-bao.aspx` (a ListSummary, 5 a page, the contractor's pager `?pageid=2`);
the site search `/search.aspx?searchtext=…` (the WebSearch control); the contractor's feed `/rss.aspx?folderid=72`;
library files under `/uploadedFiles/` and `/uploadedImages/`; the Login control's page `/login.aspx` and the work
area `/WorkArea/` (robots.txt disallows both). No site map, no canonical, no Open Graph.

Why it is hard: the whole page is one `<form name="aspnetForm" id="aspnetForm">` with `__VIEWSTATE`,
`__EVENTVALIDATION` and `WebResource.axd` / `ScriptResource.axd` scripts; the menu is Ektron's Menu control
(`div.ekmenu`, `ek_menu_item_…` ids); the title is the label `span#ctl00_cphMain_lblTitle` inside `h1.news-title`;
the page code's date line "Ngày đăng: 12/04/2024 9:05:00 SA" (vi-VN: day first, 12-hour clock, SA = a.m., CH =
p.m.; the post of 00:35 reads "21/03/2024 12:35:33 SA"); the content block `div#ctl00_cphMain_ContentBlock1` (the
eWebEditPro output: `<p>`, bold-paragraph headings, lists, bordered tables whose first row is bold, photos in a
borderless 1-column table with the caption in the second row); then the metadata field "Tác giả" (shown only when
filled: a person, or the office), the tools ("In bài", "Gửi bài", share links) and "Tin khác" (a ListSummary).
The ListSummary's built-in XSLT prints each item's **date modified** in the server's en-US culture: "(3/21/2024
8:02:10 AM)", month first, and not the publication. The feed gives GMT: the post of 00:35 on 21 March reads "Wed,
20 Mar 2024 17:35:33 GMT". The oldest news item is only on `/tin-tuc.aspx?pageid=2`.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "cong-htxhungyen"
NAME = "Liên minh Hợp tác xã tỉnh Hưng Yên"
SHORT = "Liên minh HTX tỉnh Hưng Yên"
TODAY = "Thứ Tư, 15/05/2024"
PER = 5
FOLDERS = {72: ("tin-tuc", "Tin tức"), 74: ("thong-bao", "Thông báo")}
ADDRESS = "Địa chỉ: Số 6 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên, tỉnh Hưng Yên"
PHONE = "Điện thoại: 0221.3862.514 - Fax: 0221.3862.515 - Email: lmhtx@hungyen.gov.vn"
COPY = "© Bản quyền thuộc Liên minh Hợp tác xã tỉnh Hưng Yên"
RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Hưng Yên"
LICENCE = "Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hưng Yên cấp ngày 21/02/2014"
FURN = [TODAY, ADDRESS, PHONE, COPY, RESP, LICENCE, "Ngày đăng:", "Lượt xem:", "In bài", "Gửi bài", "Chia sẻ:",
        "Tin khác", "Thống kê truy cập", "Đang online:", "Tổng lượt truy cập:",
        "Liên kết website", "-- Chọn liên kết --", "Đăng nhập", "Vị trí:", "Về đầu trang", "Tác giả:",
        "File đính kèm:"]


def vn_dt(d: datetime) -> str:
    """vi-VN DateTime.ToString(): dd/MM/yyyy h:mm:ss tt with SA/CH."""
    hour = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {hour}:{d:%M:%S} {'SA' if d.hour < 12 else 'CH'}"


def us_dt(d: datetime) -> str:
    """en-US DateTime.ToString(): M/d/yyyy h:mm:ss tt (the Ektron controls' XSLT, the server culture)."""
    hour = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {hour}:{d:%M:%S} {'AM' if d.hour < 12 else 'PM'}"


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def slug(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def viewstate(seed: str) -> str:
    raw = b"".join(hashlib.sha256(f"hy{seed}{i}".encode()).digest() for i in range(30))
    return "/wEPDwUK" + base64.b64encode(raw).decode()


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH HƯNG YÊN
Số: 12/TB-LMHTX
Hưng Yên, ngày 06 tháng 5 năm 2024
THÔNG BÁO
Về việc tổ chức lớp tập huấn kế toán HTX năm 2024
Thực hiện Kế hoạch số 03/KH-LMHTX ngày 10/01/2024, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho các HTX từ ngày 28/5/2024 đến ngày 30/5/2024 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử 01 kế toán trưởng hoặc kế toán viên tham dự; học viên được cấp tài liệu và hỗ trợ tiền ăn trong thời gian học.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 22/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hiệp
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/uploadedFiles/thong-bao/TB12-LMHTX-2024.pdf",
                        "text": "Thông báo số 12/TB-LMHTX (PDF)"}],
          opts={"folder": 74, "id": 10418, "meta_author": "", "views": 187, "mod": timedelta(hours=1, minutes=12)},
          notes=["notice 'Số: 12/TB-LMHTX' dated 06/5 in its text, posted 'Ngày đăng: 08/05/2024 8:15:20 SA' (vi-VN, 12-hour "
                 "clock); the ListSummary beside it prints the date modified '(5/8/2024 9:27:20 AM)' (en-US); no 'Tác giả' "
                 "field: author null; the signer is text; 'File đính kèm: <a>Thông báo số 12/TB-LMHTX (PDF)</a>' in the "
                 "content block: an attachment whose link text names the document (kept without the label), not text"],
          **at(datetime(2024, 5, 8, 8, 15, 20))),
        A(path="", title="Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân",
          body="""
Cuối tháng 4, các thành viên HTX Rau an toàn Toàn Thắng (huyện Kim Động) tất bật thu hoạch rau vụ xuân.
[img toan-thang-1.png] Thành viên HTX thu hoạch bắp cải trên cánh đồng rau an toàn
[img toan-thang-2.png] Rau được rửa, sơ chế tại nhà sơ chế của HTX trước khi đóng gói
[img toan-thang-3.png] Xe của doanh nghiệp bao tiêu nhận rau ngay tại ruộng
Mỗi ngày HTX cung ứng khoảng 4 tấn rau cho các chợ đầu mối và bếp ăn tập thể ở Hà Nội.
""", byline="Bài, ảnh: Phạm Thu Hà", author="Phạm Thu Hà",
          opts={"folder": 72, "id": 10411, "meta_author": "", "views": 352, "mod": timedelta(days=2, hours=3),
                "alias": True},
          notes=["photo story: each photo in a borderless one-column table, its caption the second row's <em> (one line each); "
                 "'Bài, ảnh: Phạm Thu Hà' closes it -> author; the home collection links it by its manual alias "
                 "/tin-tuc/<slug> (no extension): an alias"],
          **at(datetime(2024, 4, 29, 15, 40, 5))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023",
          body="""
Năm 2023, khu vực kinh tế tập thể tỉnh Hưng Yên tiếp tục phát triển, nhiều HTX mở rộng quy mô sản xuất, kinh doanh.
| Chỉ tiêu | Đơn vị | Năm 2023 | So với năm 2022 (%) |
| HTX đang hoạt động | HTX | 412 | 103,8 |
| Thành viên HTX | người | 96.540 | 100,9 |
| Doanh thu bình quân một HTX | triệu đồng | 2.870 | 107,5 |
| Tổ hợp tác | THT | 1.126 | 101,4 |
Năm 2024, tỉnh phấn đấu thành lập mới 25 HTX, nâng tỷ lệ HTX hoạt động hiệu quả lên 60%.
""", author="Đào Thị Hồng",
          opts={"folder": 72, "id": 10397, "meta_author": "Đào Thị Hồng", "views": 241, "mod": timedelta(minutes=40),
                "alias": True},
          notes=["a bordered table (eWebEditPro: the first row bold, no <th>): one line per row; the 'Tác giả: Đào Thị "
                 "Hồng' metadata field under the content block (a staff member), no byline in the text: she is the "
                 "author; the home collection links it by its manual alias: an alias"],
          **at(datetime(2024, 4, 12, 9, 5))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024",
          body="""
Năm 2024, tỉnh Hưng Yên tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP theo Quyết định số 148/QĐ-TTg của Thủ tướng Chính phủ.
## 1. Thành phần hồ sơ
* Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
* Phương án sản xuất, kinh doanh sản phẩm;
* Bản sao giấy chứng nhận đăng ký HTX;
* Hồ sơ chứng minh chất lượng, an toàn thực phẩm của sản phẩm.
## 2. Thời gian nộp hồ sơ
Các HTX nộp hồ sơ tại Ủy ban nhân dân cấp huyện trước ngày 30/6/2024 để được đánh giá trong đợt 1.
""", byline="Nguyễn Văn Toàn - Phòng Tư vấn, hỗ trợ", author="Nguyễn Văn Toàn",
          opts={"folder": 72, "id": 10389, "meta_author": "Văn phòng Liên minh HTX tỉnh", "views": 418,
                "mod": timedelta(days=6, hours=2), "alias": True},
          notes=["bold-paragraph headings ('1. Thành phần hồ sơ') and a bulleted list (one line each); the 'Tác giả' field "
                 "names the office, but 'Nguyễn Văn Toàn - Phòng Tư vấn, hỗ trợ' closes the text -> Nguyễn Văn Toàn; "
                 "the home collection links it by its manual alias: an alias"],
          **at(datetime(2024, 4, 2, 10, 20, 41))),
        A(path="", title="HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh",
          body="""
HTX Nông nghiệp Phụng Công (huyện Văn Giang) đã mở rộng vùng trồng hoa, cây cảnh lên hơn 60 ha, tăng 12 ha so với năm trước.
HTX liên kết với các doanh nghiệp cảnh quan ở Hà Nội, bảo đảm đầu ra ổn định cho 350 hộ thành viên.
Năm nay, HTX đầu tư hệ thống tưới nhỏ giọt tự động cho 15 ha hoa chậu để tiết kiệm nước và nhân công.
""", byline="Theo Báo Hưng Yên", author=None,
          opts={"folder": 72, "id": 10376, "meta_author": "", "views": 296, "mod": timedelta(hours=5)},
          notes=["'Theo Báo Hưng Yên' closes the text: a reprint, no author"],
          **at(datetime(2024, 3, 27, 14, 10))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch",
          body="""
Chiều 20/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch (huyện Khoái Châu).
HTX hiện cung ứng dịch vụ thủy lợi, làm đất và tiêu thụ chuối, bưởi cho gần 1.200 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng mã số vùng trồng và đăng ký nhãn hiệu tập thể cho sản phẩm chuối Dạ Trạch.
""", author=None,
          opts={"folder": 72, "id": 10371, "meta_author": "", "views": 163, "mod": timedelta(hours=7, minutes=26, seconds=37)},
          notes=["posted at 00:35 on 21 March about the afternoon before: 'Ngày đăng: 21/03/2024 12:35:33 SA' (12 SA is "
                 "midnight, not noon); the ListSummary prints the date modified '(3/21/2024 8:02:10 AM)', the feed GMT "
                 "'Wed, 20 Mar 2024 17:35:33 GMT' (the previous day); no byline, no 'Tác giả' field: author null"],
          **at(datetime(2024, 3, 21, 0, 35, 33))),
        A(path="", title="HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học",
          body="""
HTX Chăn nuôi Tiên Tiến (huyện Phù Cừ) hiện có 28 hộ thành viên, tổng đàn gà thường xuyên đạt 45.000 con.
HTX áp dụng quy trình chăn nuôi an toàn sinh học, sử dụng đệm lót sinh học và chế phẩm vi sinh để xử lý chất thải.
Sản phẩm gà của HTX được một doanh nghiệp chế biến thực phẩm bao tiêu với giá ổn định theo hợp đồng.
""", byline="Lê Thị Huyền", author="Lê Thị Huyền",
          opts={"folder": 72, "id": 10362, "meta_author": "Văn phòng Liên minh HTX tỉnh", "views": 207,
                "mod": timedelta(days=1, hours=2)},
          notes=["the 'Tác giả' field names the office; the bare name 'Lê Thị Huyền' closes the text: the author; reached "
                 "from 'Tin khác' (/Content.aspx?id=…) and /tin-tuc.aspx?pageid=2"],
          **at(datetime(2024, 3, 14, 16, 25, 18))),
        A(path="", title="Liên minh HTX tỉnh Hưng Yên triển khai nhiệm vụ năm 2024",
          body="""
Ngày 24/1, Liên minh HTX tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img hoi-nghi-2024.png] Quang cảnh hội nghị
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 12 lớp tập huấn cho 740 lượt cán bộ HTX.
""", byline="Tin, ảnh: Vũ Đức Anh", author="Vũ Đức Anh",
          opts={"folder": 72, "id": 10325, "meta_author": "", "views": 389, "mod": timedelta(days=3)},
          notes=["the oldest item: only on /tin-tuc.aspx?pageid=2 (not on the home page, the feed nor any 'Tin khác'); "
                 "'Tin, ảnh: Vũ Đức Anh' -> author"],
          **at(datetime(2024, 1, 26, 15, 0))),
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
                       + "\r\n".join(f'<td align="center"><strong>{esc(c)}</strong></td>' for c in head) + "</tr>"
                       + "".join("<tr>" + "\r\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            cap = f'<tr><td align="center"><em>{esc(b.text)}</em></td></tr>' if b.text else ""
            out.append(f'<table align="center" border="0" cellspacing="0" cellpadding="3" width="500"><tbody><tr><td>'
                       f'<img alt="" src="/uploadedImages/{folder}/{a.opts["id"]}/{b.src}" width="500" height="333" />'
                       f"</td></tr>{cap}</tbody></table>")
    for x in a.attachments:
        out.append(f'<p>File đính kèm: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hung-yen", f"Cổng thông tin {SHORT} (Ektron CMS400.NET 8.5)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/rss.aspx?folderid=72" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        fname = FOLDERS[a.opts["folder"]][0]
        a.path = f"/{fname}/{a.opts['id']}.aspx"
        a.opts["raw"] = f"/Content.aspx?id={a.opts['id']}"
        a.opts["print"] = f"/Print.aspx?id={a.opts['id']}"
        a.opts["friendly"] = f"/tin-tuc/{slug(a.title)}" if a.opts.get("alias") else None
        a.opts["modified"] = a.date + a.opts["mod"]
    news = [a for a in arts if a.opts["folder"] == 72]
    notices = [a for a in arts if a.opts["folder"] == 74]
    oldest = news[-1]
    featured = [a for a in arts if a.opts.get("friendly")]

    def ls_item(a: RichArticle, href: str, teaser: bool = False) -> str:
        t = ""
        if teaser:
            t = f'<br /><span class="ekTeaser">{esc(inline_text(next(b.text for b in a.blocks if b.kind == "p")))}</span>'
        return (f'<li><a href="{href}">{esc(a.title)}</a>&#160;<span class="ekDateModified">({us_dt(a.opts["modified"])})'
                f"</span>{t}</li>")

    def layout(title: str, action: str, crumbs: list[tuple[str, str]], main: str, *, meta: dict | None = None) -> str:
        metas = "".join(f'<meta name="{k}" content="{attr(v)}" />' for k, v in (meta or {}).items())
        items = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu.aspx"), ("Tin tức", "/tin-tuc.aspx"),
                 ("Thông báo", "/thong-bao.aspx"), ("Liên hệ", "/lien-he.aspx")]
        menu = "".join(f'<li id="ek_menu_item_14_{i}" class="ekmenu_submenu_item"><a href="{href}" class="ekmenu_link">'
                       f'<span class="ekmenu_link_text">{esc(n)}</span></a></li>' for i, (n, href) in enumerate(items, 1))
        crumb = " &gt; ".join(f'<a href="{href}">{esc(n)}</a>' for n, href in [("Trang chủ", "/"), *crumbs])
        box = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in notices)
        vs = viewstate(action)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{metas}<link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="{attr(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=Xk3pTf0aQm2YbUvN8wLs1A2&amp;t=634604425160000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=Jd8hQ2rP0cVw5mXz7nK4yB1&amp;t=ffffffffa07ec4e0" type="text/javascript"></script>
<div id="wrapper">
<div id="header"><a href="/"><img src="/App_Themes/HungYen/images/banner.png" alt="{attr(NAME)}" /></a></div>
<div id="topbar"><span id="ctl00_lblToday" class="today">{TODAY}</span>
<div class="search"><input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" class="txtKeyword" /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" class="btnSearch" /></div></div>
<div id="menu"><div id="ctl00_Menu1"><div class="ekmenu" id="ekmenu_14"><ul class="ekmenu_submenu_items">{menu}</ul></div></div></div>
<div id="content">
<div id="left">
<div class="breadcrumb">Vị trí: {crumb}</div>
{main}
</div>
<div id="right">
<div class="box"><div class="box-title">Thông báo</div><div id="ctl00_ListSummaryThongBao"><ul>{box}</ul></div></div>
<div class="box"><div class="box-title">Liên kết website</div><select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="if(this.value!='')window.open(this.value);"><option value="">-- Chọn liên kết --</option><option value="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh Hợp tác xã Việt Nam</option><option value="{{{{base:offsite}}}}/chinh-phu/">Cổng thông tin điện tử tỉnh Hưng Yên</option></select></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div class="counter"><p>Đang online: 17</p><p>Tổng lượt truy cập: 512.846</p></div></div>
</div>
</div>
<div id="footer"><p>{COPY}</p><p>{esc(RESP)}</p><p>{esc(LICENCE)}</p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>
<p><a href="#wrapper">Về đầu trang</a> | <a href="/login.aspx">Đăng nhập</a></p></div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQK{vs[20:80]}" />
</div></form>
</body>
</html>
"""

    others_pool = [a for a in news if a is not oldest]
    for a in arts:
        fname, fdisplay = FOLDERS[a.opts["folder"]]
        other = [x for x in others_pool if x is not a][:5]
        other_html = ('<div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul>'
                      + "".join(ls_item(x, x.opts["raw"]) for x in other) + "</ul></div></div>")
        author = (f'<div class="news-author"><span id="ctl00_cphMain_lblTacGia">Tác giả: {esc(a.opts["meta_author"])}</span>'
                  "</div>" if a.opts["meta_author"] else "")
        main = (f'<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">{esc(a.title)}</span></h1>'
                f'<div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: {vn_dt(a.date)}</span> | '
                f'<span id="ctl00_cphMain_lblLuotXem">Lượt xem: {a.opts["views"]}</span></div>'
                f'<div id="ctl00_cphMain_ContentBlock1">{body_html(a)}</div>{author}'
                f'<div class="news-tools"><a href="{a.opts["print"]}" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" '
                f"href=\"javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')\">Gửi bài</a> | Chia sẻ: <a href=\""
                f'{{{{base:offsite}}}}/facebook/sharer.php" target="_blank">Facebook</a></div></div>{other_html}')
        meta = {"title": a.title, "keywords": f"{fdisplay}, hợp tác xã, Hưng Yên",
                "description": inline_text(next(b.text for b in a.blocks if b.kind == "p"))}
        site.page(a.path, layout(f"{a.title} - {SHORT}", a.path, [(fdisplay, f"/{fname}.aspx")], main, meta=meta))
        site.same_page(a.opts["raw"], a.path)
        a.aliases.append(a.opts["raw"])
        if a.opts["friendly"]:
            site.same_page(a.opts["friendly"], a.path)
            a.aliases.append(a.opts["friendly"])
        site.page(a.opts["print"], f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	{esc(a.title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/HungYen/print.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print();">
<form name="aspnetForm" method="post" action="{a.opts['print']}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(a.opts['print'])}" /></div>
<div class="print-header">{esc(NAME)}</div>
<h1 class="news-title"><span id="lblTitle">{esc(a.title)}</span></h1>
<div class="news-date"><span id="lblNgayDang">Ngày đăng: {vn_dt(a.date)}</span></div>
<div id="ContentBlock1">{body_html(a)}</div>
</form>
</body>
</html>
""")
        a.aliases.append(a.opts["print"])
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploadedImages/{fname}/{a.opts['id']}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH HUNG YEN", "THONG BAO SO 12/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every item also answers its template URL /Content.aspx?id=<content id> ('Tin khác' links items so) and "
              "its print template /Print.aspx?id=<content id> ('In bài'): aliases", arts[1].opts["raw"])
    site.trap("the 'Tin khác' ListSummary and the folder lists print each item's date MODIFIED in en-US "
              "('(3/21/2024 8:02:10 AM)', month first): not the publication", news[0].path)

    def folder_list(fid: int, items: list[RichArticle]) -> None:
        fname, title = FOLDERS[fid]
        path = f"/{fname}.aspx"
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        total = len(pages)
        for n, chunk in enumerate(pages, 1):
            p = path if n == 1 else f"{path}?pageid={n}"

            def href(k: int) -> str:
                return path if k == 1 else f"{path}?pageid={k}"
            pager = ""
            if total > 1:
                parts = ([f'<a href="{href(1)}">Trang đầu</a>'] if n > 1 else ["<span>Trang đầu</span>"])
                parts += [f'<span class="current">{k}</span>' if k == n else f'<a href="{href(k)}">{k}</a>'
                          for k in range(1, total + 1)]
                parts += ([f'<a href="{href(total)}">Trang cuối</a>'] if n < total else ["<span>Trang cuối</span>"])
                pager = f'<div class="pager">{" ".join(parts)}</div>'
            rss = ('<a class="rss" href="/rss.aspx?folderid=72"><img src="/App_Themes/HungYen/images/rss.png" alt="RSS" /></a>'
                   if fid == 72 else "")
            main = (f'<div class="folder"><h2 class="folder-title">{esc(title)}</h2>{rss}<div id="ctl00_cphMain_ListSummary1">'
                    f'<ul class="ekListSummary">{"".join(ls_item(a, a.path, True) for a in chunk)}</ul></div>{pager}</div>')
            site.page(p, layout(f"{title} - {SHORT}", p, [(title, path)], main))
            site.non_articles.append(p)

    folder_list(72, news)
    folder_list(74, notices)
    site.trap("folder list /tin-tuc.aspx (ListSummary: title, date modified in en-US, teaser; 5 a page), the "
              "contractor's pager '?pageid=2' holds the two oldest news items, the oldest nowhere else",
              "/tin-tuc.aspx?pageid=2")
    feat = "".join(f'<div class="featured-item"><a href="{a.opts["friendly"]}"><img src="/uploadedImages/tin-tuc/thumb/'
                   f'{a.opts["id"]}.png" alt="" /></a><h3><a href="{a.opts["friendly"]}">{esc(a.title)}</a></h3></div>'
                   for a in featured)
    home = (f'<div class="box"><div class="box-title">Tin nổi bật</div><div id="ctl00_cphMain_Collection1">{feat}</div></div>'
            f'<div class="box"><div class="box-title">Tin mới</div><div id="ctl00_cphMain_ListSummary1"><ul class="ekListSummary">'
            + "".join(ls_item(a, a.path) for a in news[:5]) + '</ul></div><a href="/tin-tuc.aspx">Xem tiếp</a></div>')
    site.page("/", layout(f"Trang chủ - {SHORT}", "/", [], home,
                          meta={"keywords": "Liên minh HTX, Hưng Yên, hợp tác xã",
                                "description": f"Cổng thông tin điện tử {NAME}"}))
    site.same_page("/default.aspx", "/")
    site.non_articles.append("/")
    site.trap("home: 'Tin nổi bật' (an Ektron collection, its items by their manual extensionless aliases "
              "/tin-tuc/<slug>) and 'Tin mới' (5 newest); the banner 'Thứ Tư, 15/05/2024' is the copy's day", "/")
    for path, title, text in [
            ("/gioi-thieu.aspx", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Hưng Yên là tổ chức kinh tế - xã hội, đại diện "
             "và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/lien-he.aspx", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>")]:
        site.page(path, layout(f"{title} - {SHORT}", path, [(title, path)],
                               f'<div class="news-detail"><h1 class="news-title">{title}</h1>'
                               f'<div id="ctl00_cphMain_ContentBlock1">{text}</div></div>'))
        site.non_articles.append(path)
    found = [a for a in arts if a is not oldest and "OCOP" in a.body + a.title]
    sp = "/search.aspx?searchtext=OCOP"
    site.page(sp, layout(f"Tìm kiếm - {SHORT}", sp, [("Tìm kiếm", "/search.aspx")],
                         '<div id="ctl00_cphMain_WebSearch1"><div class="ekSearchResultCount">Kết quả tìm kiếm cho "OCOP": '
                         f'{len(found)} kết quả</div><ul class="ekSearchResults">'
                         + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><br /><span class="ekSearchUrl">{{{{base}}}}'
                                   f'{a.path}</span> - <span>{us_dt(a.opts["modified"])}</span></li>' for a in found)
                         + "</ul></div>"))
    site.page("/search.aspx", layout(f"Tìm kiếm - {SHORT}", "/search.aspx", [("Tìm kiếm", "/search.aspx")],
                                     '<div id="ctl00_cphMain_WebSearch1"><input name="ctl00$cphMain$WebSearch1$txtSearch" '
                                     'type="text" /><a href="/search.aspx?searchtext=OCOP">OCOP</a></div>'))
    site.non_articles += [sp, "/search.aspx"]
    site.trap("site search /search.aspx?searchtext=OCOP (the WebSearch control): a result list", sp)
    site.page("/login.aspx", layout(f"Đăng nhập - {SHORT}", "/login.aspx", [("Đăng nhập", "/login.aspx")],
                                    '<div id="ctl00_cphMain_Login1"><input name="ctl00$cphMain$Login1$username" type="text" />'
                                    '<input name="ctl00$cphMain$Login1$password" type="password" /></div>'))
    site.never_fetched.append("/login.aspx")
    site.static("/robots.txt", "User-agent: *\nDisallow: /WorkArea/\nDisallow: /login.aspx\nDisallow: /widgets/\n"
                "Disallow: /uploadedFiles/noi-bo/\n")
    site.trap("robots.txt disallows /WorkArea/ and the Login control's page /login.aspx (the footer's 'Đăng nhập'): "
              "never fetched", "/login.aspx")
    its = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>"
                  f"{esc(inline_text(next(b.text for b in a.blocks if b.kind == 'p')))}</description><pubDate>{gmt(a.date)}"
                  f'</pubDate><guid isPermaLink="false">{a.opts["id"]}</guid></item>' for a in news[:PER])
    site.page("/rss.aspx?folderid=72", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Tin tức - '
              f"{esc(SHORT)}</title><link>{{{{base}}}}/tin-tuc.aspx</link><description>Tin tức</description>"
              f"<language>vi-VN</language>{its}</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("feed /rss.aspx?folderid=72 (5 newest news items): pubDate in GMT, the 00:35 post on the previous day",
              "/rss.aspx?folderid=72")
    site.static("/WebResource.axd", "/* WebForms */\n")
    site.static("/ScriptResource.axd", "/* WebForms */\n")
    return site
