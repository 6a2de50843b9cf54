"""Site `luutru-htxhaiduong` (registry family `generic`): "Kho tin Liên minh HTX tỉnh Hải Dương", the news and
document repository the Hải Dương cooperative alliance runs on **Nuxeo Platform** (LTS 2021, the classic JSF UI
with anonymous read access switched on for the `sections` tree; the product name set to the alliance's). Written as
a held-out test: no family module, no selectors.

What is an article here: a **Note** document published into a Section (`default-domain/sections/tin-tuc` or
`.../thong-bao`, or the sub-section `tin-tuc/luu-tru-2023`), seen on its Summary tab. Folders (Sections), the
domain's home, the search results and the user profile are not articles.

URL shapes (Nuxeo URL codecs): `/nuxeo/nxpath/default/default-domain/sections/<section>/<name>@view_documents`
(the `docpath` codec; `<name>` is Nuxeo's path segment, generated from the title when the Note was created: accents
stripped, `đ`/`Đ` (no decomposition) turned into `-`, cut to 24 characters, so `dai-hoi-...` prints as
`-ai-hoi-...`). The listing links add the JSF tab and conversation (`?tabIds=%3A&conversationId=0NXMAIN1`): the same
page. The Summary's "Liên kết cố định" box gives the `docid` codec permalink `/nuxeo/nxdoc/default/<uuid>/
view_documents`: the same page again. Both are aliases of the `nxpath` URL (no rel=canonical: Nuxeo prints none).
Attachments are blobs of `files:files` served by the `nxfile` codec (`/nuxeo/nxfile/default/<uuid>/files:files/0/
file/<name>.pdf`); photos in a Note's HTML are the same codec (`files:files/1/file/x.png`).

Why it is hard: the page's `<h1>` is the document title inside the JSF document header, under the breadcrumb
("Tên miền > Phân hệ > Tin tức"); the `<title>` is "<product> - <title>". The Note's `dc:description` is printed in
the header under the title (a sapo: the first line of the text). The HTML of `note:note` sits in
`div.note_content_block` of the Summary's left panel; the right panel is the Dublin Core box: "Người tạo"
(`dc:creator`, a LOGIN such as `nv.tuyen`: never the author), "Ngày tạo" (`dc:created`, dd/MM/yyyy HH:mm, the
server's Asia/Ho_Chi_Minh zone: the publication time), "Sửa đổi lần cuối" (`dc:modified`: later; not the
publication) and "Người đóng góp". The Section listing (content view `document_content`) shows only the
modification date and the last contributor: a listing date that is not the publication date. The content view's
pager is JSF (buttons posting the form, no URLs): the older Notes of `tin-tuc` are reachable only from the RSS
feed of the Section (`@rss?contentViewName=document_content`, `pubDate` in GMT: one crosses midnight) and the
2023 archive sub-section. The comments widget under a Note (a comment and a reply by logins) is no text. No
sitemap; robots.txt disallows the login page, which every page links ("Đăng nhập").
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "luutru-htxhaiduong"
PRODUCT = "Kho tin Liên minh HTX tỉnh Hải Dương"
ORG = "Liên minh Hợp tác xã tỉnh Hải Dương"
N = "/nuxeo"
SECTIONS = f"{N}/nxpath/default/default-domain/sections"
LOGIN = f"{N}/login.jsp"
FOOT = "Liên minh Hợp tác xã tỉnh Hải Dương - Số 5 Hồng Quang, TP Hải Dương - ĐT: 0220.3852.438"
POWERED = "Vận hành trên nền tảng Nuxeo Platform"
FURN = [FOOT, POWERED, "Liên kết cố định", "Sao chép liên kết", "Đăng nhập", "Tìm kiếm nhanh", "Người tạo",
        "Ngày tạo", "Sửa đổi lần cuối", "Người đóng góp", "Tệp đính kèm", "Bình luận", "Trả lời",
        "Thông tin chung", "Tóm tắt", "Thành viên ẩn danh", "Xuất bản trong"]


def seg(title: str) -> str:
    """Nuxeo's IdUtils.generateId(title, "-", true, 24): accents stripped, đ not decomposable -> '-'."""
    import unicodedata
    s = unicodedata.normalize("NFD", title)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    out = "".join(c if (c.isascii() and c.isalnum()) else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out[:24].rstrip("-") if not out.startswith("-") else out[:24].rstrip("-")


def uid(key: str) -> str:
    return str(uuid.UUID(hashlib.md5(key.encode()).hexdigest()))


def articles() -> list[RichArticle]:
    A = RichArticle

    def meta(created: datetime, modified: datetime, creator: str, contributors: str, section: str,
             listed_in: str = "page1") -> dict:
        return dict(date=created, published=iso(created), published_source="date-element", evidence=["date-element"],
                    opts={"modified": modified, "creator": creator, "contrib": contributors, "section": section,
                          "listed": listed_in})

    arts = [
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          lead="Ngày 28/5, Liên minh HTX tỉnh Hải Dương tổ chức lớp tập huấn chuyển đổi số cho 65 cán bộ quản lý HTX trên địa bàn tỉnh.",
          body="""
Lớp tập huấn giới thiệu các nền tảng số phục vụ quản lý HTX: phần mềm kế toán, hóa đơn điện tử, truy xuất nguồn gốc và bán hàng trên sàn thương mại điện tử.
[img tap-huan-cds.png] Học viên thực hành mở gian hàng trên sàn thương mại điện tử
Các học viên được hướng dẫn trực tiếp cách chụp ảnh, viết mô tả sản phẩm và quản lý đơn hàng trực tuyến.
## Kế hoạch hỗ trợ sau tập huấn
Liên minh HTX tỉnh sẽ cử cán bộ hỗ trợ tại chỗ cho 20 HTX đăng ký thí điểm trong quý III/2024.
""", byline="Thanh Hà", author="Thanh Hà",
          notes=["the Note's Summary: title in the JSF header's <h1>, dc:description printed under it (the lead), "
                 "'Ngày tạo: 29/05/2024 16:42' in the Dublin Core box -> published; 'Người tạo: nv.tuyen' is the "
                 "account (never the author); the closing 'Thanh Hà' is the author"],
          **meta(datetime(2024, 5, 29, 16, 42), datetime(2024, 6, 11, 9, 5), "nv.tuyen", "nv.tuyen, bientap",
                 "tin-tuc")),
        A(path="", title="Đại hội thành viên HTX Nông nghiệp Thanh Hà nhiệm kỳ 2024 - 2029",
          lead="HTX Nông nghiệp Thanh Hà (huyện Thanh Hà) vừa tổ chức Đại hội thành viên nhiệm kỳ 2024 - 2029.",
          body="""
Đại hội đã đánh giá kết quả hoạt động nhiệm kỳ 2019 - 2024: doanh thu bình quân đạt 6,8 tỷ đồng/năm, lợi nhuận chia cho thành viên tăng 12%/năm.
HTX duy trì liên kết tiêu thụ vải thiều với 3 doanh nghiệp xuất khẩu, diện tích vải đạt chuẩn VietGAP đạt 120 ha.
Đại hội đã bầu Hội đồng quản trị gồm 5 thành viên; ông Nguyễn Văn Khải tái đắc cử Chủ tịch HĐQT kiêm Giám đốc.
""", byline="Minh Khôi - Văn phòng Liên minh HTX tỉnh", author="Minh Khôi",
          notes=["path segment generated by Nuxeo from the title: 'Đ' is not decomposable -> '-ai-hoi-thanh-vien-htx-n' "
                 "(24 characters, a leading dash); 'Ngày tạo: 03/06/2024 00:20' (posted after midnight); the Section's "
                 "RSS gives 'Sun, 02 Jun 2024 17:20:00 GMT', the same instant: 2024-06-03T00:20+07:00"],
          **meta(datetime(2024, 6, 3, 0, 20), datetime(2024, 6, 3, 8, 15), "bientap", "bientap", "tin-tuc")),
        A(path="", title="Thông báo về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH HẢI DƯƠNG
Số: 21/TB-LMHTX
Hải Dương, ngày 10 tháng 6 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX năm 2024
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Hải Dương năm 2024 từ ngày 12/7 đến ngày 16/7/2024 tại Quảng trường Thống Nhất, TP Hải Dương.
Các HTX có nhu cầu tham gia đăng ký gian hàng theo mẫu gửi kèm thông báo này về Văn phòng Liên minh HTX tỉnh trước ngày 30/6/2024.
Liên minh HTX tỉnh hỗ trợ 100% chi phí thuê gian hàng cho các HTX có sản phẩm đạt chứng nhận OCOP.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Dũng
""", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": "", "text": "TB-21-LMHTX-hoi-cho-OCOP-2024.pdf"},
                       {"path": "", "text": "Mau-dang-ky-gian-hang.pdf"}],
          notes=["a notice (Note in the Section 'thong-bao') with two blobs of files:files listed under 'Tệp đính "
                 "kèm' (nxfile URLs); 'Số: 21/TB-LMHTX'; the signer is text, no author; no dc:description: no lead; "
                 "'Ngày tạo: 11/06/2024 08:30' though the document is dated 10/6"],
          **meta(datetime(2024, 6, 11, 8, 30), datetime(2024, 6, 11, 8, 34), "vanphong", "vanphong", "thong-bao")),
        A(path="", title="HTX Dịch vụ nông nghiệp Tân Kỳ nhân rộng mô hình cà rốt hữu cơ",
          lead="Vụ đông xuân 2023 - 2024, HTX Dịch vụ nông nghiệp Tân Kỳ (huyện Cẩm Giàng) trồng 35 ha cà rốt theo hướng hữu cơ.",
          body="""
Toàn bộ diện tích được áp dụng quy trình canh tác hữu cơ, sử dụng phân bón vi sinh và chế phẩm sinh học.
| Chỉ tiêu | Vụ 2022 - 2023 | Vụ 2023 - 2024 |
| Diện tích (ha) | 18 | 35 |
| Năng suất (tấn/ha) | 42 | 45 |
| Giá bán bình quân (đồng/kg) | 6.500 | 9.000 |
HTX đã ký hợp đồng tiêu thụ toàn bộ sản lượng với một doanh nghiệp xuất khẩu sang Hàn Quốc.
""", byline="Theo Báo Hải Dương", author=None,
          notes=["a data table in the Note's HTML (one line per row); 'Theo Báo Hải Dương' closes it: a reprint, no "
                 "author; the listing's date column is dc:modified (27/05/2024), not the publication (Ngày tạo "
                 "20/05/2024 10:05)"],
          **meta(datetime(2024, 5, 20, 10, 5), datetime(2024, 5, 27, 14, 0), "nv.tuyen", "nv.tuyen, bientap",
                 "tin-tuc")),
        A(path="", title="Hướng dẫn HTX xây dựng phương án sản xuất kinh doanh năm 2024",
          lead="Để xây dựng phương án sản xuất kinh doanh sát thực tế, HTX cần thực hiện theo các bước sau.",
          body="""
+ Đánh giá kết quả sản xuất kinh doanh năm trước và nhu cầu của thành viên;
+ Xác định sản phẩm, dịch vụ chủ lực và thị trường tiêu thụ;
+ Dự toán chi phí, doanh thu và phương án phân phối thu nhập;
+ Trình Đại hội thành viên thông qua phương án.
Các HTX cần hỗ trợ liên hệ Phòng Tư vấn hỗ trợ của Liên minh HTX tỉnh để được hướng dẫn.
""", byline="Phòng Tư vấn hỗ trợ", author=None,
          notes=["a numbered list (one line per item); the closing 'Phòng Tư vấn hỗ trợ' names an office: text, no "
                 "author; the comments widget under it (a comment by 'htxtanky' and the reply by 'nv.tuyen', with "
                 "their own times) is not text; the least recently modified Note of 'tin-tuc': on the pager's page 2 (JSF "
                 "POST, no URL), reachable only through the Section's RSS/ATOM feed"],
          extra={}, **meta(datetime(2024, 5, 8, 15, 10), datetime(2024, 5, 8, 15, 10), "nv.tuyen", "nv.tuyen",
                           "tin-tuc")),
        A(path="", title="Ảnh: Mùa vải thiều sớm ở HTX Thanh Xá",
          lead="Những ngày cuối tháng 5, các thành viên HTX Nông nghiệp Thanh Xá (huyện Thanh Hà) tất bật thu hoạch vải thiều sớm.",
          body="""
[img thanh-xa-1.png] Thành viên HTX thu hoạch vải thiều sớm tại xã Thanh Xá
[img thanh-xa-2.png] Vải được phân loại, đóng thùng ngay tại vườn
[img thanh-xa-3.png] Thương lái thu mua vải tại điểm tập kết của HTX
Năm nay HTX dự kiến thu hoạch khoảng 600 tấn vải, giá bán đầu vụ từ 35.000 đến 40.000 đồng/kg.
""", byline="Ảnh: Hoàng Long", author="Hoàng Long",
          notes=["photo story: images from the Note's own blobs (nxfile files:files/N), each followed by a centred "
                 "italic caption paragraph (one line each); 'Ảnh: Hoàng Long' -> author"],
          **meta(datetime(2024, 5, 31, 17, 45), datetime(2024, 6, 1, 7, 50), "bientap", "bientap", "tin-tuc")),
        A(path="", title="Tổng kết công tác Liên minh HTX tỉnh Hải Dương năm 2023",
          lead="Ngày 27/12/2023, Liên minh HTX tỉnh Hải Dương tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, toàn tỉnh thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 498 HTX với hơn 230 nghìn thành viên.
Liên minh HTX tỉnh đã tổ chức 15 lớp bồi dưỡng cho 900 lượt cán bộ HTX và hỗ trợ 26 HTX xây dựng sản phẩm OCOP.
Năm 2024, Liên minh HTX tỉnh phấn đấu thành lập mới ít nhất 35 HTX, trong đó có 10 HTX ứng dụng công nghệ cao.
""", byline="Thanh Hà", author="Thanh Hà",
          notes=["the oldest Note: in the sub-section 'luu-tru-2023' (a Section inside 'tin-tuc', its own listing) and "
                 "nowhere else; 'Ngày tạo: 27/12/2023 17:30'"],
          **meta(datetime(2023, 12, 27, 17, 30), datetime(2024, 1, 3, 10, 0), "nv.tuyen", "nv.tuyen",
                 "tin-tuc/luu-tru-2023", listed_in="archive")),
        A(path="", title="Kế hoạch tuyên truyền kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2024",
          body="""
LIÊN MINH HTX TỈNH HẢI DƯƠNG
Số: 09/KH-LMHTX
Hải Dương, ngày 25 tháng 3 năm 2024
KẾ HOẠCH
Tuyên truyền kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2024
## I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về vị trí, vai trò của kinh tế tập thể, HTX trong phát triển kinh tế - xã hội của tỉnh.
## II. NỘI DUNG TUYÊN TRUYỀN
* Kết quả triển khai Luật Hợp tác xã năm 2023;
* Các mô hình HTX kiểu mới hoạt động hiệu quả;
* Gương điển hình tiên tiến trong khu vực kinh tế tập thể.
CHỦ TỊCH
Nguyễn Thị Hồng
""", author=None, doc_number="09/KH-LMHTX",
          attachments=[{"path": "", "text": "KH-09-LMHTX-2024.pdf"}],
          notes=["a plan in the Section 'thong-bao': 'Số: 09/KH-LMHTX', headings and a list; one blob attached; the "
                 "signer is text, no author"],
          **meta(datetime(2024, 3, 26, 9, 15), datetime(2024, 3, 26, 9, 20), "vanphong", "vanphong", "thong-bao")),
    ]
    for a in arts:
        name = seg(a.title)
        a.opts["name"] = name
        a.opts["uuid"] = uid(a.title)
        a.path = f"{SECTIONS}/{a.opts['section']}/{name}@view_documents"
        for i, x in enumerate(a.attachments):
            x["path"] = f"{N}/nxfile/default/{a.opts['uuid']}/files:files/{i}/file/{x['text']}"
    return arts


def vn(d: datetime) -> str:
    return d.strftime("%d/%m/%Y %H:%M")


def note_html(a: RichArticle) -> str:
    out, img_i = [], len(a.attachments)
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "mceItemTable"))
        elif b.kind == "img":
            src = f"{N}/nxfile/default/{a.opts['uuid']}/files:files/{img_i}/file/{b.src}"
            img_i += 1
            out.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="600" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def breadcrumb(parts: list[tuple[str, str | None]]) -> str:
    items = []
    for label, href in parts:
        items.append(f'<a href="{href}">{esc(label)}</a>' if href else f'<span>{esc(label)}</span>')
    return ('<div class="breadcrumbs"><form id="breadcrumbForm" name="breadcrumbForm" method="post" '
            'action="/nuxeo/view_documents.faces" enctype="application/x-www-form-urlencoded">'
            + ' <span class="breadcrumbSeparator">&gt;</span> '.join(items)
            + '<input type="hidden" name="javax.faces.ViewState" value="-3791184570912635740:2250186911342185416" '
              'autocomplete="off" /></form></div>')


def page(title: str, crumbs: list[tuple[str, str | None]], main: str) -> str:
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(PRODUCT)} - {esc(title)}</title>
<link rel="icon" type="image/png" href="{N}/icons/favicon.png" />
<link rel="stylesheet" type="text/css" href="{N}/css/nuxeo_dm_default.css" />
<script type="text/javascript" src="{N}/scripts/nuxeo-platform.js"></script>
<script type="text/javascript">var currentUserName = "Guest"; var currentConversationId = "0NXMAIN1"; var nxContextPath = "{N}";</script>
</head>
<body class="nxdm">
<div class="topBar">
<div class="topBarContainer">
<a href="{N}/nxpath/default/default-domain@view_domains" class="logo"><img src="{N}/img/nuxeo_logo.png" alt="{attr(PRODUCT)}" /></a>
<div class="userMenuActions">
<form id="nxw_search_form" method="post" action="{N}/search/search.faces" class="searchService">
<label for="nxw_search" class="searchLabel">Tìm kiếm nhanh</label> <input type="text" id="nxw_search" name="nxw_search_form:nxw_search" class="searchInput" />
<input type="submit" value="Tìm" class="searchButton" /></form>
<span class="userLabel">Thành viên ẩn danh</span> <a href="{LOGIN}" class="loginLink">Đăng nhập</a>
</div>
</div>
</div>
<div class="mainNavigation">
<ul class="mainNavigationTabs">
<li><a href="{SECTIONS}/tin-tuc@view_documents">Tin tức</a></li>
<li><a href="{SECTIONS}/thong-bao@view_documents">Thông báo</a></li>
<li><a href="{N}/search/nxql_search.faces?q=h%E1%BB%A3p+t%C3%A1c+x%C3%A3">Tìm kiếm</a></li>
</ul>
</div>
<div class="container">
{breadcrumb(crumbs)}
<div id="nxw_documentContent" class="content">
{main}
</div>
</div>
<div class="footer">
<p class="footerText">{esc(FOOT)}</p>
<p class="footerText nuxeo">{esc(POWERED)}</p>
</div>
<script type="text/javascript">jQuery(document).ready(function() {{ nxPlatform.initTimeZone('Asia/Ho_Chi_Minh'); }});</script>
</body>
</html>
"""


def crumbs_for(section: str, last: str | None = None) -> list[tuple[str, str | None]]:
    out = [("Tên miền", f"{N}/nxpath/default/default-domain@view_domains"),
           ("Phân hệ", f"{SECTIONS}@view_documents")]
    acc = SECTIONS
    names = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo", "luu-tru-2023": "Lưu trữ 2023"}
    parts = section.split("/")
    for i, p in enumerate(parts):
        acc += "/" + p
        if i == len(parts) - 1 and last is None:
            out.append((names[p], None))
        else:
            out.append((names[p], f"{acc}@view_documents"))
    if last:
        out.append((last, None))
    return out


COMMENTS = {  # the Note that carries the comments widget
    "Hướng dẫn HTX xây dựng phương án sản xuất kinh doanh năm 2024": [
        ("htxtanky", datetime(2024, 5, 9, 8, 12), "Xin hỏi Liên minh có mẫu phương án sản xuất kinh doanh để tham khảo "
                                                 "không ạ?", 0),
        ("nv.tuyen", datetime(2024, 5, 9, 10, 40), "Mẫu phương án có trong Sổ tay HTX, đề nghị HTX liên hệ Phòng Tư vấn "
                                                 "hỗ trợ để nhận bản mềm.", 1),
    ]
}


def article_page(a: RichArticle) -> str:
    o = a.opts
    lead = f'<div class="documentDescription">{esc(a.lead)}</div>' if a.lead else ""
    files = ""
    if a.attachments:
        files = ('<div class="widgetPanel attachments"><h3 class="summaryTitle">Tệp đính kèm</h3><table class="dataList">'
                 + "".join(f'<tr><td class="iconColumn"><img src="{N}/icons/pdf.png" alt="application/pdf" /></td>'
                           f'<td><a href="{x["path"]}" class="documentTitle">{esc(x["text"])}</a></td>'
                           f'<td class="sizeColumn">{84 + 7 * i} kB</td></tr>' for i, x in enumerate(a.attachments))
                 + "</table></div>")
    comments = ""
    if a.title in COMMENTS:
        items = "".join(
            f'<div class="commentThread{" commentReply" if depth else ""}" style="margin-left:{depth * 30}px">'
            f'<div class="commentAuthor"><span class="user">{esc(u)}</span> <span class="commentCreationDate">'
            f'{vn(d)}</span></div><div class="commentQuote">{esc(t)}</div>'
            f'<a href="{LOGIN}" class="button smallButton">Trả lời</a></div>'
            for u, d, t, depth in COMMENTS[a.title])
        comments = f'<div class="widgetPanel commentsWidget"><h3 class="summaryTitle">Bình luận</h3>{items}</div>'
    permalink = f"{N}/nxdoc/default/{o['uuid']}/view_documents"
    main = f"""<div class="mainHeader documentHeader">
<div class="documentHeaderTitle"><img src="{N}/icons/note.png" alt="Note" class="documentIcon" />
<h1 class="documentTitle">{esc(a.title)}</h1></div>
{lead}
</div>
<div class="tabsBar"><ul><li class="selected"><a href="{a.path}?tabIds=%3A">Tóm tắt</a></li></ul></div>
<div class="tabsContent">
<div class="summary">
<div class="summary_panel_left">
<div class="widgetPanel"><div class="note_content_block">
{note_html(a)}
</div></div>
{files}
{comments}
</div>
<div class="summary_panel_right">
<div class="widgetPanel"><h3 class="summaryTitle">Thông tin chung</h3>
<table class="dataInput">
<tr><td class="labelColumn">Người tạo</td><td class="fieldColumn"><span class="user">{esc(o['creator'])}</span></td></tr>
<tr><td class="labelColumn">Ngày tạo</td><td class="fieldColumn">{vn(a.date)}</td></tr>
<tr><td class="labelColumn">Sửa đổi lần cuối</td><td class="fieldColumn">{vn(o['modified'])}</td></tr>
<tr><td class="labelColumn">Người đóng góp</td><td class="fieldColumn">{esc(o['contrib'])}</td></tr>
<tr><td class="labelColumn">Xuất bản trong</td><td class="fieldColumn">{esc(o['section'])}</td></tr>
</table></div>
<div class="widgetPanel permalink"><h3 class="summaryTitle">Liên kết cố định</h3>
<input type="text" readonly="readonly" class="permalinkInput" value="{{{{base}}}}{permalink}" />
<a href="{permalink}" class="permalinkLink">{esc(a.title)}</a>
<button type="button" class="button" onclick="copyToClipboard()">Sao chép liên kết</button></div>
</div>
</div>
</div>"""
    crumbs = crumbs_for(o["section"], a.title)
    return page(a.title, crumbs, main)


def listing_page(title: str, section: str, rows: list[tuple[str, str, str, str, str]], page_no: int, pages: int,
                 feed: bool, crumbs: list | None = None) -> str:
    """rows: (icon, href, title, modified, lastContributor)"""
    body = "".join(f'<tr class="dataRowEven"><td class="iconColumn"><img src="{N}/icons/{icon}.png" alt="" /></td>'
                   f'<td><a href="{href}" class="documentTitle">{esc(t)}</a></td><td>{m}</td>'
                   f'<td><span class="user">{esc(u)}</span></td></tr>' for icon, href, t, m, u in rows)
    pager = ""
    if pages > 1:
        pager = ('<div class="pageNavigationControls"><form id="document_content_pager" method="post" '
                 'action="/nuxeo/view_documents.faces">'
                 '<input type="image" src="/nuxeo/icons/action_page_rewind.gif" name="document_content_pager:first" '
                 'title="Trang đầu" /> <input type="image" src="/nuxeo/icons/action_page_previous.gif" '
                 'name="document_content_pager:prev" title="Trang trước" /> '
                 f'<span class="currentPageStatus">{page_no}/{pages}</span> '
                 '<input type="image" src="/nuxeo/icons/action_page_next.gif" name="document_content_pager:next" '
                 'title="Trang sau" /> <input type="image" src="/nuxeo/icons/action_page_fastforward.gif" '
                 'name="document_content_pager:last" title="Trang cuối" />'
                 '<input type="hidden" name="javax.faces.ViewState" value="-3791184570912635740:2250186911342185416" />'
                 '</form></div>')
    feeds = ""
    if feed:
        base = f"{SECTIONS}/{section}"
        feeds = (f'<div class="syndicationLinks"><a href="{base}@rss?contentViewName=document_content" '
                 f'title="RSS"><img src="{N}/icons/rss.png" alt="RSS" /></a> <a href="{base}@atom?contentViewName='
                 f'document_content" title="ATOM"><img src="{N}/icons/atom.png" alt="ATOM" /></a></div>')
    main = f"""<div class="mainHeader documentHeader"><div class="documentHeaderTitle">
<img src="{N}/icons/section.png" alt="Section" class="documentIcon" /><h1 class="documentTitle">{esc(title)}</h1></div></div>
<div class="tabsBar"><ul><li class="selected"><a href="{SECTIONS}{'/' + section if section else ''}@view_documents?tabIds=%3A">Nội dung</a></li></ul></div>
<div class="tabsContent"><div class="contentViewBlock">
{feeds}
<table class="dataOutput"><thead><tr><th></th><th>Tiêu đề</th><th>Sửa đổi</th><th>Người sửa cuối</th></tr></thead>
<tbody>{body}</tbody></table>
{pager}
</div></div>"""
    return page(title, crumbs or crumbs_for(section), main)


def rss(title: str, section: str, items: list[RichArticle]) -> str:
    out = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
        f"<description>{esc(a.lead or a.title)}</description>"
        f"<pubDate>{format_datetime((a.date - timedelta(hours=7)).replace(tzinfo=UTC), usegmt=True)}</pubDate>"
        f"<dc:creator>{esc(a.opts['creator'])}</dc:creator><guid isPermaLink=\"false\">{a.opts['uuid']}</guid></item>"
        for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>{esc(title)}</title><link>{{{{base}}}}{SECTIONS}/{section}@view_documents</link>"
            f"<description>{esc(title)}</description>{out}</channel></rss>\n")


def atom(title: str, section: str, items: list[RichArticle]) -> str:
    def z(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = "".join(
        f'<entry><title>{esc(a.title)}</title><link href="{{{{base}}}}{a.path}"/><id>urn:uuid:{a.opts["uuid"]}</id>'
        f"<updated>{z(a.opts['modified'])}</updated><published>{z(a.date)}</published>"
        f"<author><name>{esc(a.opts['creator'])}</name></author><summary>{esc(a.lead or a.title)}</summary></entry>"
        for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{esc(title)}</title><id>{{{{base}}}}{SECTIONS}/{section}</id>"
            f"<updated>{z(max(a.opts['modified'] for a in items))}</updated>{out}</feed>\n")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-duong", f"{PRODUCT} (Nuxeo)", "generic", None,
                     start_urls=["{{base:%s}}%s/nxpath/default/default-domain/sections@view_documents" % (SITE, N)])
    site.extra_boilerplate += FURN
    arts = articles()
    news = sorted([a for a in arts if a.opts["section"] == "tin-tuc"], key=lambda a: a.opts["modified"], reverse=True)
    notices = sorted([a for a in arts if a.opts["section"] == "thong-bao"], key=lambda a: a.opts["modified"],
                     reverse=True)
    archive = [a for a in arts if a.opts["section"] == "tin-tuc/luu-tru-2023"]
    conv = "?tabIds=%3A&conversationId=0NXMAIN1"

    def row(a: RichArticle) -> tuple:
        return ("note", a.path + conv, a.title, vn(a.opts["modified"]), a.opts["contrib"].split(", ")[-1])

    # Section tin-tuc: the sub-section first (folderish first), then Notes by modification, 5 a page (JSF pager)
    page1 = news[:4]  # 5 rows a page: the sub-section's row, then 4 Notes
    rows = [("section", f"{SECTIONS}/tin-tuc/luu-tru-2023@view_documents{conv}", "Lưu trữ 2023", "03/01/2024 10:00",
             "nv.tuyen")] + [row(a) for a in page1]
    site.page(f"{SECTIONS}/tin-tuc@view_documents", listing_page("Tin tức", "tin-tuc", rows, 1, 2, True))
    site.same_page(f"{SECTIONS}/tin-tuc@view_documents{conv}", f"{SECTIONS}/tin-tuc@view_documents")
    site.same_page(f"{SECTIONS}/tin-tuc@view_documents?tabIds=%3A", f"{SECTIONS}/tin-tuc@view_documents")
    site.page(f"{SECTIONS}/tin-tuc/luu-tru-2023@view_documents",
              listing_page("Lưu trữ 2023", "tin-tuc/luu-tru-2023", [row(a) for a in archive], 1, 1, False))
    site.same_page(f"{SECTIONS}/tin-tuc/luu-tru-2023@view_documents{conv}",
                   f"{SECTIONS}/tin-tuc/luu-tru-2023@view_documents")
    site.same_page(f"{SECTIONS}/tin-tuc/luu-tru-2023@view_documents?tabIds=%3A",
                   f"{SECTIONS}/tin-tuc/luu-tru-2023@view_documents")
    site.page(f"{SECTIONS}/thong-bao@view_documents",
              listing_page("Thông báo", "thong-bao", [row(a) for a in notices], 1, 1, True))
    site.same_page(f"{SECTIONS}/thong-bao@view_documents?tabIds=%3A", f"{SECTIONS}/thong-bao@view_documents")
    # the root of the sections tree and the domain
    roots = [("section", f"{SECTIONS}/tin-tuc@view_documents{conv}", "Tin tức", "11/06/2024 09:05", "nv.tuyen"),
             ("section", f"{SECTIONS}/thong-bao@view_documents{conv}", "Thông báo", "11/06/2024 08:34", "vanphong")]
    site.page(f"{SECTIONS}@view_documents",
              listing_page("Phân hệ", "", roots, 1, 1, False,
                           [("Tên miền", f"{N}/nxpath/default/default-domain@view_domains"), ("Phân hệ", None)]))
    site.page(f"{N}/nxpath/default/default-domain@view_domains",
              page("Tên miền", [("Tên miền", None)],
                   '<div class="mainHeader documentHeader"><h1 class="documentTitle">Tên miền</h1></div>'
                   f'<ul class="domainList"><li><a href="{SECTIONS}@view_documents">Phân hệ</a></li></ul>'))
    site.same_page(f"{SECTIONS}@view_documents?tabIds=%3A", f"{SECTIONS}@view_documents")
    site.redirect("/", f"{N}/", 302)
    site.redirect(f"{N}/", f"{N}/nxpath/default/default-domain/sections@view_documents", 302)
    # search (an NXQL full-text search the quick-search box posts; the menu's link is its GET form)
    hits = sorted(arts, key=lambda a: a.date, reverse=True)[:4]
    site.page(f"{N}/search/nxql_search.faces?q=h%E1%BB%A3p+t%C3%A1c+x%C3%A3",
              page("Kết quả tìm kiếm", [("Tìm kiếm", None)],
                   '<div class="mainHeader"><h1 class="documentTitle">Kết quả tìm kiếm: hợp tác xã</h1></div>'
                   '<table class="dataOutput"><tbody>'
                   + "".join(f'<tr><td><a href="{a.path}{conv}">{esc(a.title)}</a></td><td>{vn(a.opts["modified"])}</td>'
                             '</tr>' for a in hits) + "</tbody></table>"))
    # login page (robots-disallowed)
    site.page(LOGIN, '<!DOCTYPE html><html><head><title>Nuxeo Platform</title></head><body><form method="post" '
                     'action="/nuxeo/nxstartup.faces"><input name="user_name" /><input type="password" '
                     'name="user_password" /><input type="submit" name="Submit" value="Đăng nhập" /></form></body></html>')
    site.never_fetched.append(LOGIN)
    # feeds
    feed_news = sorted(news, key=lambda a: a.date, reverse=True)
    site.page(f"{SECTIONS}/tin-tuc@rss?contentViewName=document_content", rss("Tin tức", "tin-tuc", feed_news),
              content_type="application/rss+xml; charset=utf-8")
    site.page(f"{SECTIONS}/tin-tuc@atom?contentViewName=document_content", atom("Tin tức", "tin-tuc", feed_news),
              content_type="application/atom+xml; charset=utf-8")
    site.page(f"{SECTIONS}/thong-bao@rss?contentViewName=document_content", rss("Thông báo", "thong-bao", notices),
              content_type="application/rss+xml; charset=utf-8")
    site.page(f"{SECTIONS}/thong-bao@atom?contentViewName=document_content", atom("Thông báo", "thong-bao", notices),
              content_type="application/atom+xml; charset=utf-8")
    for a in sorted(arts, key=lambda a: a.date, reverse=True):
        html = article_page(a)
        site.page(a.path, html)
        for alias in (a.path + conv, a.path + "?tabIds=%3A", f"{N}/nxdoc/default/{a.opts['uuid']}/view_documents"):
            site.same_page(alias, a.path)
        a.aliases += [a.path + conv, f"{N}/nxdoc/default/{a.opts['uuid']}/view_documents"]
        for x in a.attachments:
            site.binary(x["path"], pdf(x["text"], ["LIEN MINH HTX TINH HAI DUONG", a.doc_number or ""]))
        site.add_article(a)
    site.non_articles += [f"{SECTIONS}@view_documents", f"{SECTIONS}/tin-tuc@view_documents",
                          f"{SECTIONS}/tin-tuc/luu-tru-2023@view_documents", f"{SECTIONS}/thong-bao@view_documents",
                          f"{N}/nxpath/default/default-domain@view_domains",
                          f"{N}/search/nxql_search.faces?q=h%E1%BB%A3p+t%C3%A1c+x%C3%A3"]
    site.binary(f"{N}/icons/favicon.png", image_for("nuxeo-favicon"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /nuxeo/login.jsp\nDisallow: /nuxeo/logout\n"
                               "Disallow: /nuxeo/api/\nDisallow: /nuxeo/site/\n")
    site.trap("Section listing (content view document_content): date column = dc:modified and the last contributor's "
              "login, never the publication date; pager = JSF buttons posting the form (no URL): page 2 unreachable "
              "by GET", f"{SECTIONS}/tin-tuc@view_documents")
    site.trap("the Section's RSS (@rss?contentViewName=document_content, linked by the RSS icon): every Note of the "
              "Section with pubDate in GMT (dc:created); the one way to the Notes beyond the pager's page 1",
              f"{SECTIONS}/tin-tuc@rss?contentViewName=document_content")
    site.trap("sub-section 'Lưu trữ 2023' (a folderish row first in the listing): the 2023 Note only there",
              f"{SECTIONS}/tin-tuc/luu-tru-2023@view_documents")
    site.trap("every Note answers at three URLs: the nxpath path (truth), the listing's '?tabIds=%3A&conversationId="
              "0NXMAIN1' variant and the docid permalink /nuxeo/nxdoc/default/<uuid>/view_documents (aliases; no "
              "rel=canonical)", arts[0].path)
    site.trap("robots.txt disallows /nuxeo/login.jsp, linked as 'Đăng nhập' from every page (and the comment "
              "'Trả lời' buttons)", LOGIN)
    site.trap("<title> is '<product> - <document title>'; the header's <h1> is the title; the breadcrumb 'Tên miền > "
              "Phân hệ > Tin tức > <title>' repeats it", arts[0].path)
    return site
