"""Site `sakai-htxhanam` (registry family `generic`): "Liên minh HTX tỉnh Hà Nam", whose training centre runs an
**Apereo Sakai 23** LMS (Morpheus skin, locale vi_VN, server time zone Asia/Ho_Chi_Minh) and uses one public
(`.anon`-readable) project site, `lmhtx-hanam`, as the alliance's notice board: the **Announcements** tool
(`sakai.announcements`) carries the news and the notices. The copy is of 20 May 2024, before Hà Nam merged into
Ninh Bình. Written as a held-out test: no family module, no selectors.

What is an article here: an announcement (channel `/announcement/channel/lmhtx-hanam/main`). Its one session-less,
stable URL is the entity view `/access/announcement/msg/lmhtx-hanam/main/<uuid>` (Sakai's `/access` servlet: a bare
HTML page with the subject in `<h2>`, a small `table.itemSummary` "Từ" / "Ngày" and the body, then the attachments):
that is the truth's path. Inside the portal the same message is the tool's metadata view
`/portal/site/lmhtx-hanam/tool/<placement>?itemReference=%2Fannouncement%2Fmsg%2F…&sakai_action=doShowmetadata`,
a different URL per tool placement (aliases).

URL shapes: `/` and `/portal` answer 302 to the site `/portal/site/lmhtx-hanam` (its "Trang chủ" Overview page: the
site description and the synoptic "Thông báo gần đây", whose three items link the `/access` views); the
Announcements placement `/portal/site/lmhtx-hanam/tool/<ANN>` lists only the five newest (tool option "Số thông báo
hiển thị: 5"; no pager); a second placement, the page "Lưu trữ thông báo" `/portal/site/lmhtx-hanam/tool/<ARCH>`,
lists all nine and links the `/access` views (the four oldest are only there); "Giới thiệu" is a Web Content page
`/portal/site/lmhtx-hanam/page/<id>`; attachments `/access/content/attachment/lmhtx-hanam/Announcements/<uuid>/<f>`.
No sitemap, no feed, no robots.txt (404), no og/JSON-LD.

Why it is hard: nothing looks like a news page. The title is never in an `<h1>`: in the portal view it is the
"Tiêu đề" cell of `table.itemSummary` (the only headings are the tool title "Thông báo" and the site name), on the
`/access` view an `<h2>`; `<title>` is "Sakai : LMHTX Hà Nam : Thông báo" (portal) or the subject (`/access`). Dates
are CLDR vi_VN medium date + short time with the **time first** ("08:30 14 thg 5, 2024") in the portal, and the
legacy `toStringLocalFull()` English form ("May 14, 2024 8:30 am") on the `/access` view. "Từ" is the Sakai account
that posted ("Văn phòng Liên minh", "Quản trị Sakai"), never the author: the author is a closing byline when there is
one. The footer prints the server's time ("Thời gian máy chủ: …") on every page, the login form and the skip link
are in every portal page, and the listing columns "Tiêu đề / Từ / Ngày sửa đổi" repeat every date.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "sakai-htxhanam"
SID = "lmhtx-hanam"
TITLE = "LMHTX Hà Nam"
ORG = "Liên minh Hợp tác xã tỉnh Hà Nam"
ANN = "b7e2c1a4-3f5d-4e8a-9c21-6d0f8a3e5b17"
ARCH = "e41d9b62-8c7a-4f13-a5e0-2b9c7d6f1a38"
HOME_PAGE = "8f3a2d10-5b6c-4e7f-9a81-c2d3e4f5a6b7"
ABOUT_PAGE = "a91c4e27-7d3b-4f52-8e60-1b2c3d4e5f60"
SKIP = "Chuyển tới nội dung chính"
LOGIN_USER = "Tên người dùng"
LOGIN_PASS = "Mật khẩu"
LOGIN_BTN = "Đăng nhập"
SERVER_TIME = "Thời gian máy chủ: Thứ Hai 20/05/2024 10:02:17 ICT"
BUILD = "Sakai 23.1 - Sakai-Server: sakai-hn-01"
COPY = ("Copyright 2003-2024 The Apereo Foundation. All rights reserved. Portions of Sakai are copyrighted by other "
        "parties as described in the Acknowledgments screen.")
POWERED = "Powered by Sakai"
FOOT_ORG = "Trung tâm Tư vấn và Hỗ trợ HTX - Liên minh HTX tỉnh Hà Nam, đường Trường Chinh, TP Phủ Lý"
DIRECT = "Lấy URL trực tiếp đến công cụ này"
FURN = [SKIP, LOGIN_USER, LOGIN_PASS, SERVER_TIME, BUILD, COPY, POWERED, FOOT_ORG, DIRECT,
        "Quay lại danh sách", "Tệp đính kèm", "Lưu trữ thông báo", "Tài nguyên", "Lịch"]
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def uuid_for(s: str) -> str:
    h = hashlib.sha1(s.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def vi_medium(d: datetime) -> str:
    """CLDR vi: '{time} {date}', medium date 'd thg M, y', short time 'HH:mm'."""
    return f"{d:%H:%M} {d.day} thg {d.month}, {d.year}"


def legacy_full(d: datetime) -> str:
    """Sakai Time.toStringLocalFull(): 'May 14, 2024 8:30 am' (server zone, English)."""
    h = d.hour % 12 or 12
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, *more: str) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "listing", *more])

    return [
        A(path="tap-huan-luat-htx-ly-nhan", title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ HTX huyện Lý Nhân",
          body="""
Ngày 13/5, Liên minh HTX tỉnh phối hợp với UBND huyện Lý Nhân tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho hơn 80 cán bộ quản lý HTX trên địa bàn huyện.
[img tap-huan-ly-nhan.png] Quang cảnh lớp tập huấn tại hội trường UBND huyện Lý Nhân
## Những điểm mới của Luật
* Mở rộng đối tượng thành viên, cho phép thành viên liên kết không góp vốn;
* Quy định rõ chính sách hỗ trợ đào tạo, ứng dụng khoa học công nghệ;
* Cho phép HTX thành lập doanh nghiệp, góp vốn vào doanh nghiệp.
Qua lớp tập huấn, cán bộ HTX nắm vững quy định mới để kịp thời chuyển đổi điều lệ, tổ chức lại hoạt động.
""", byline="Trần Minh Đức", author="Trần Minh Đức",
          notes=["the title is the 'Tiêu đề' cell of table.itemSummary (no <h1>; <title> 'Sakai : LMHTX Hà Nam : Thông "
                 "báo'); 'Từ: Văn phòng Liên minh' is the posting account; byline 'Trần Minh Đức' -> author; the body "
                 "names 13/5 (the event), the announcement is of 14/5 08:30 ('08:30 14 thg 5, 2024')"],
          opts={"from": "Văn phòng Liên minh"}, **at(datetime(2024, 5, 14, 8, 30))),
        A(path="thong-bao-15-tb-lmhtx-hoi-cho-ocop", title="Thông báo số 15/TB-LMHTX về việc tham gia Hội chợ OCOP "
          "và sản phẩm HTX tỉnh Hà Nam năm 2024",
          body="""
LIÊN MINH HTX TỈNH HÀ NAM
Số: 15/TB-LMHTX
Hà Nam, ngày 06 tháng 5 năm 2024
THÔNG BÁO
Về việc tham gia Hội chợ OCOP và sản phẩm HTX tỉnh Hà Nam năm 2024
Liên minh HTX tỉnh thông báo đến các HTX, tổ hợp tác về việc tham gia Hội chợ OCOP và sản phẩm HTX tổ chức từ ngày 12/6 đến 16/6/2024 tại Quảng trường Vị Xuyên, TP Phủ Lý.
Mỗi HTX được bố trí miễn phí 01 gian hàng tiêu chuẩn; đăng ký theo mẫu gửi kèm thông báo này.
Hạn đăng ký: trước ngày 31/5/2024 tại Văn phòng Liên minh HTX tỉnh.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Thắng
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/access/content/attachment/lmhtx-hanam/Announcements/" + uuid_for("tb15")
                        + "/TB15-LMHTX-HoiChoOCOP.pdf", "text": "TB15-LMHTX-HoiChoOCOP.pdf"}],
          notes=["notice 'Số: 15/TB-LMHTX' dated 06/5 in its text, announced 06/5 16:45; the signer is text, not "
                 "author; the attachment list (file name, size, upload time) follows the body"],
          opts={"from": "Văn phòng Liên minh"}, **at(datetime(2024, 5, 6, 16, 45), "document")),
        A(path="htx-rau-an-toan-duy-tien", title="HTX rau an toàn Yên Bắc vào vụ rau màu xuân hè",
          body="""
[img rau-yen-bac-1.png] Thành viên HTX thu hoạch dưa chuột trong nhà lưới
[img rau-yen-bac-2.png] Sản phẩm được sơ chế, đóng gói tại nhà sơ chế của HTX trước khi giao cho siêu thị
HTX Dịch vụ nông nghiệp Yên Bắc (thị xã Duy Tiên) hiện có 25 ha rau an toàn, trong đó 4 ha sản xuất trong nhà lưới.
Mỗi ngày HTX cung ứng 3 - 4 tấn rau, củ cho các bếp ăn tập thể và hệ thống siêu thị ở Hà Nội.
""", byline="Ảnh: Lê Hoàng", author="Lê Hoàng",
          notes=["photo story: the captions are lines; 'Ảnh: Lê Hoàng' -> author"],
          opts={"from": "Quản trị Sakai"}, **at(datetime(2024, 4, 25, 10, 0))),
        A(path="htx-moc-bac-giu-nghe-may-tre-dan", title="HTX Mộc Bắc giữ nghề mây tre đan truyền thống",
          body="""
Những năm qua, HTX mây tre đan Mộc Bắc duy trì việc làm thường xuyên cho hơn 200 lao động nông thôn.
Sản phẩm của HTX đã có mặt tại thị trường Nhật Bản, Hàn Quốc và một số nước châu Âu.
Năm 2023, doanh thu của HTX đạt trên 12 tỷ đồng, thu nhập bình quân của người lao động 5,5 triệu đồng/tháng.
""", byline="Theo Báo Hà Nam", author=None,
          notes=["reprint 'Theo Báo Hà Nam': a source, author null"],
          opts={"from": "Văn phòng Liên minh"}, **at(datetime(2024, 4, 16, 7, 50))),
        A(path="ket-qua-giai-ngan-quy-quy-1-2024", title="Kết quả giải ngân Quỹ hỗ trợ phát triển HTX quý I/2024",
          body="""
Trong quý I/2024, Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân cho 6 dự án của HTX với tổng số tiền 4,2 tỷ đồng.
| STT | Huyện, thị xã, thành phố | Số dự án | Số tiền (triệu đồng) |
| 1 | Huyện Lý Nhân | 2 | 1.500 |
| 2 | Huyện Bình Lục | 2 | 1.200 |
| 3 | Thị xã Duy Tiên | 1 | 800 |
| 4 | Huyện Kim Bảng | 1 | 700 |
Các dự án tập trung vào đầu tư nhà lưới, kho lạnh và máy móc sơ chế nông sản.
""", byline="Phòng Kế hoạch - Hỗ trợ", author=None,
          notes=["a CKEditor table (one line per row); an office closes it: author null"],
          opts={"from": "Văn phòng Liên minh"}, **at(datetime(2024, 4, 3, 14, 20))),
        A(path="ke-hoach-08-kh-lmhtx-tuyen-truyen", title="Kế hoạch tuyên truyền kinh tế tập thể năm 2024",
          body="""
LIÊN MINH HTX TỈNH HÀ NAM
Số: 08/KH-LMHTX
Hà Nam, ngày 18 tháng 3 năm 2024
KẾ HOẠCH
Tuyên truyền về kinh tế tập thể, hợp tác xã năm 2024
## I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng Nghị quyết số 20-NQ/TW ngày 16/6/2022 và Luật Hợp tác xã năm 2023 đến cán bộ, thành viên HTX.
## II. NỘI DUNG, HÌNH THỨC
* Phối hợp với Báo Hà Nam, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về kinh tế tập thể;
* Biên soạn tài liệu hỏi - đáp về Luật Hợp tác xã phát cho các HTX.
CHỦ TỊCH
Nguyễn Văn Tâm
""", author=None, doc_number="08/KH-LMHTX",
          notes=["plan 'Số: 08/KH-LMHTX' dated 18/3, announced 19/3 09:00; only in the 'Lưu trữ thông báo' placement "
                 "(the main listing shows five)"],
          opts={"from": "Văn phòng Liên minh"}, **at(datetime(2024, 3, 19, 9, 0))),
        A(path="kiem-tra-hoat-dong-htx-binh-luc", title="Kiểm tra tình hình hoạt động của các HTX huyện Bình Lục",
          body="""
Từ ngày 4 đến 5/3, đoàn kiểm tra của Liên minh HTX tỉnh đã làm việc với 7 HTX nông nghiệp trên địa bàn huyện Bình Lục.
Đoàn đề nghị các HTX hoàn thiện hồ sơ chuyển đổi theo Luật Hợp tác xã năm 2023, công khai báo cáo tài chính năm 2023 cho thành viên.
""", byline="Phòng Tổ chức - Kiểm tra", author=None,
          notes=["announced 05/3 15:30; office byline: author null; only in the archive placement"],
          opts={"from": "Quản trị Sakai"}, **at(datetime(2024, 3, 5, 15, 30))),
        A(path="gap-mat-dau-xuan-giap-thin", title="Gặp mặt đầu xuân Giáp Thìn 2024 với các HTX tiêu biểu",
          body="""
Sáng 21/2 (tức ngày 12 tháng Giêng năm Giáp Thìn), Liên minh HTX tỉnh tổ chức gặp mặt đầu xuân với đại diện 40 HTX tiêu biểu.
[img gap-mat-dau-xuan.png] Lãnh đạo Liên minh HTX tỉnh tặng hoa chúc mừng các HTX tiêu biểu
Năm 2024, Liên minh HTX tỉnh phấn đấu thành lập mới 20 HTX, 30 tổ hợp tác.
""", byline="Bài, ảnh: Nguyễn Thu Hà", author="Nguyễn Thu Hà",
          notes=["a lunar date in the text ('12 tháng Giêng năm Giáp Thìn'); announced 21/2 11:05; only in the archive"],
          opts={"from": "Văn phòng Liên minh"}, **at(datetime(2024, 2, 21, 11, 5))),
        A(path="tong-ket-cong-tac-nam-2023", title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          body="""
Chiều 26/1, Liên minh HTX tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, toàn tỉnh thành lập mới 18 HTX, nâng tổng số lên 265 HTX; doanh thu bình quân của HTX đạt 2,1 tỷ đồng.
Hội nghị đã khen thưởng 12 tập thể, 15 cá nhân có thành tích xuất sắc.
""", byline="Trần Minh Đức", author="Trần Minh Đức",
          notes=["announced 29/1 00:40 (posted after midnight; Sakai prints the server zone, Asia/Ho_Chi_Minh: "
                 "'00:40 29 thg 1, 2024'); only in the archive"],
          opts={"from": "Văn phòng Liên minh"}, **at(datetime(2024, 1, 29, 0, 40))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered"))
        elif b.kind == "img":
            src = f"/access/content/group/{SID}/hinh-anh/{b.src}"
            out.append(f'<figure class="image"><img alt="" height="400" src="{src}" width="600" />'
                       f"<figcaption>{esc(b.text)}</figcaption></figure>" if b.text else f'<p><img src="{src}" /></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-nam", f"{ORG} (Sakai LMS)", "generic", None,
                     start_urls=["{{base:%s}}/portal/site/%s" % (SITE, SID)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["uuid"] = uuid_for(a.path)
        a.opts["slug"] = a.path
        a.path = f"/access/announcement/msg/{SID}/main/{a.opts['uuid']}"
    site_url = f"/portal/site/{SID}"

    def ref(a: RichArticle) -> str:
        return f"/announcement/msg/{SID}/main/{a.opts['uuid']}"

    def detail_url(a: RichArticle, placement: str) -> str:
        return f"{site_url}/tool/{placement}?itemReference={quote(ref(a), safe='')}&sakai_action=doShowmetadata"

    tools = [("Trang chủ", f"{site_url}/page/{HOME_PAGE}", "icon-sakai--sakai-iframe-site", HOME_PAGE),
             ("Thông báo", f"{site_url}/tool/{ANN}", "icon-sakai--sakai-announcements", ANN),
             ("Lưu trữ thông báo", f"{site_url}/tool/{ARCH}", "icon-sakai--sakai-announcements", ARCH),
             ("Tài nguyên", f"/access/content/group/{SID}/", "icon-sakai--sakai-resources", "res"),
             ("Lịch", f"{site_url}/tool/c03f7e21-9d4a-4b6e-8f12-3a4b5c6d7e8f", "icon-sakai--sakai-schedule", "cal"),
             ("Giới thiệu", f"{site_url}/page/{ABOUT_PAGE}", "icon-sakai--sakai-iframe", ABOUT_PAGE)]

    def portal(page_title: str, current: str, tool_title: str, tool_id: str, content: str) -> str:
        menu = "".join(
            f'<li class="Mrphs-toolsNav__menuitem{" is-current" if key == current else ""}">'
            f'<a class="Mrphs-toolsNav__menuitem--link" href="{href}" title="{attr(t)}"><span class="Mrphs-toolsNav__'
            f'menuitem--icon {icon}"></span><span class="Mrphs-toolsNav__menuitem--title">{esc(t)}</span></a></li>'
            for t, href, icon, key in tools)
        return f"""<!DOCTYPE html>
<html lang="vi" class="Mrphs-html">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Sakai : {esc(TITLE)} : {esc(page_title)}</title>
<link href="/library/skin/tool_base.css" rel="stylesheet" type="text/css" media="all" />
<link href="/library/skin/morpheus-default/tool.css" rel="stylesheet" type="text/css" media="all" />
<link href="/library/skin/morpheus-default/portal.css" rel="stylesheet" type="text/css" media="all" />
<script src="/library/webjars/jquery/1.12.4/jquery.min.js"></script>
<script src="/library/js/headscripts.js"></script>
<script>var portal = {{"loggedIn": false, "portalPath": "/portal", "siteId": "{SID}", "siteTitle": "{TITLE}", "locale": "vi_VN", "user": {{"id": "", "eid": "", "timezone": "Asia/Ho_Chi_Minh"}}, "serverTime": 1716174137000, "toggle": {{"sitenav": false, "tools": false}}}};</script>
</head>
<body class="Mrphs-portalBody">
<ul id="skipNav" class="Mrphs-skipNav"><li><a href="#tocontent" class="Mrphs-skipNav__link">{SKIP}</a></li></ul>
<header id="header" class="Mrphs-topHeader">
<div class="Mrphs-headerLogo"><a href="{site_url}" title="{attr(ORG)}"><img src="/library/skin/morpheus-default/images/logo_inst.png" alt="{attr(ORG)}" /></a></div>
<div class="Mrphs-loginForm"><form id="loginForm" method="post" action="/portal/xlogin" enctype="application/x-www-form-urlencoded">
<label for="eid">{LOGIN_USER}</label><input name="eid" id="eid" type="text" />
<label for="pw">{LOGIN_PASS}</label><input name="pw" id="pw" type="password" />
<input name="submit" type="submit" id="submit" value="{LOGIN_BTN}" /></form></div>
</header>
<div class="Mrphs-mainHeader"><nav id="linkNav" class="Mrphs-siteHierarchy" aria-label="Site"><span class="Mrphs-hierarchy--siteName">{esc(TITLE)}</span> <span class="Mrphs-hierarchy-item Mrphs-hierarchy--toolName">{esc(tool_title)}</span></nav></div>
<div id="container" class="Mrphs-container">
<nav id="toolMenuWrap" class="Mrphs-toolsNav__menu" aria-label="Công cụ"><ul>{menu}</ul></nav>
<main id="content" class="Mrphs-pagebody" role="main">
<a id="tocontent"></a>
<div class="Mrphs-container Mrphs-{tool_id}">
<div class="Mrphs-toolTitleNav Mrphs-container--toolTitleNav"><h2 class="Mrphs-toolTitleNav__text">{esc(tool_title)}</h2>
<a class="Mrphs-toolTitleNav__link Mrphs-toolTitleNav__link--directurl" href="#" role="button" title="{DIRECT}"><span class="Mrphs-itemTitle">{DIRECT}</span></a></div>
<div class="Mrphs-toolBody Mrphs-toolBody--{tool_id}">
{content}
</div></div>
</main>
</div>
<footer class="Mrphs-footer" role="contentinfo">
<ul class="Mrphs-footer__links"><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/apereo/" target="_blank">{POWERED}</a></li></ul>
<p class="Mrphs-footer__org">{esc(FOOT_ORG)}</p>
<div class="Mrphs-footer--copyright">{esc(COPY)}</div>
<div class="Mrphs-footer--details"><div class="Mrphs-footer--details__build">{BUILD}</div><div class="Mrphs-footer--details__servertime">{SERVER_TIME}</div></div>
</footer>
<script src="/library/js/morpheus-default/morpheus.scripts.min.js"></script>
</body>
</html>
"""

    def att_list(a: RichArticle) -> str:
        if not a.attachments:
            return ""
        lis = "".join(f'<li><span class="fa fa-file-pdf-o"></span> <a href="{x["path"]}" target="_blank">'
                      f'{esc(x["text"])}</a> <span class="textPanelFooter">(96 KB; {vi_medium(a.date)})</span></li>'
                      for x in a.attachments)
        return f'<h4>Tệp đính kèm</h4><ul class="attachList indnt1">{lis}</ul>'

    def listing(items: list[RichArticle], placement: str, link) -> str:
        rows = "".join(
            f'<tr><td headers="subject"><strong><a href="{link(a)}" title="{attr(a.title)}">{esc(a.title)}</a></strong>'
            + (' <span class="fa fa-paperclip" title="Có tệp đính kèm"></span>' if a.attachments else "")
            + f'</td><td headers="author">{esc(a.opts["from"])}</td><td headers="date">{vi_medium(a.date)}</td></tr>'
            for a in items)
        sort = f"{site_url}/tool/{placement}?sakai_action=doSortbysubject"
        return (f'<div class="portletBody"><form name="announcementListForm" method="post" action="{site_url}/tool/'
                f'{placement}"><div class="navPanel"><div class="listNav"><span class="instruction">Đang xem 1 - '
                f'{len(items)} của {len(items)} mục</span></div></div>'
                '<table class="table table-striped table-hover table-bordered" summary="Danh sách thông báo. Cột 1 '
                'là tiêu đề, cột 2 là người đăng, cột 3 là ngày sửa đổi.">'
                f'<tr><th id="subject"><a href="{sort}">Tiêu đề</a></th><th id="author">Từ</th>'
                f'<th id="date">Ngày sửa đổi</th></tr>{rows}</table>'
                f'<input type="hidden" name="sakai_csrf_token" value="6c1f0e2d9b8a" /></form></div>')

    main_items = arts[:5]
    for i, a in enumerate(arts):
        prev_a = arts[i + 1] if i + 1 < len(arts) else None
        next_a = arts[i - 1] if i > 0 else None
        # the /access entity view: the canonical page
        access = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(a.title)}</title>
<link href="/library/skin/tool_base.css" type="text/css" rel="stylesheet" media="all" />
<link href="/library/skin/morpheus-default/tool.css" type="text/css" rel="stylesheet" media="all" />
</head>
<body><div class="portletBody">
<h2>{esc(a.title)}</h2>
<table class="itemSummary"><tr><th>Từ</th><td>{esc(a.opts["from"])}</td></tr><tr><th>Ngày</th><td>{legacy_full(a.date)}</td></tr></table>
<div class="message-body">
{body_html(a)}
</div>
{att_list(a)}
</div></body></html>
"""
        site.page(a.path, access)
        for placement, listed in ((ANN, a in main_items), (ARCH, True)):
            if not listed:
                continue
            nav = []
            back = f"{site_url}/tool/{placement}?sakai_action=doCancel"
            if prev_a is not None and (placement == ARCH or prev_a in main_items):
                nav.append(f'<a href="{detail_url(prev_a, placement)}" title="Thông báo trước">&lt; Thông báo trước</a>')
            nav.append(f'<a href="{back}">Quay lại danh sách</a>')
            if next_a is not None:
                nav.append(f'<a href="{detail_url(next_a, placement)}" title="Thông báo sau">Thông báo sau &gt;</a>')
            content = (f'<div class="portletBody"><div class="navIntraTool actionToolBar">{" | ".join(nav)}</div>'
                       f'<table class="itemSummary"><tr><th>Tiêu đề</th><td>{esc(a.title)}</td></tr>'
                       f'<tr><th>Từ</th><td>{esc(a.opts["from"])}</td></tr>'
                       f'<tr><th>Ngày sửa đổi</th><td>{vi_medium(a.date)}</td></tr>'
                       f'<tr><th>Quyền truy cập</th><td>Công khai</td></tr></table>'
                       f'<div class="message-body">{body_html(a)}</div>{att_list(a)}</div>')
            title = "Thông báo" if placement == ANN else "Lưu trữ thông báo"
            url = detail_url(a, placement)
            site.page(url, portal(title, placement, title, "sakai-announcements", content))
            a.aliases.append(url)
            site.text_pages.setdefault(a.path, []).append(url)  # the same message inside the portal
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/access/content/group/{SID}/hinh-anh/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH HA NAM", f"SO: {a.doc_number}"]))
        site.add_article(a)

    # listings
    site.page(f"{site_url}/tool/{ANN}", portal("Thông báo", ANN, "Thông báo", "sakai-announcements",
                                               listing(main_items, ANN, lambda a: detail_url(a, ANN))))
    site.page(f"{site_url}/tool/{ARCH}", portal("Lưu trữ thông báo", ARCH, "Lưu trữ thông báo", "sakai-announcements",
                                                listing(arts, ARCH, lambda a: a.path)))
    # home (Overview): site info + synoptic announcements
    recent = "".join(
        f'<li><a href="{a.path}" target="_top">{esc(a.title)}</a><br /><span class="textPanelFooter">'
        f'{esc(a.opts["from"])} - {vi_medium(a.date)}</span></li>' for a in arts[:3])
    home = (f'<div class="portletBody"><div class="Mrphs-siteInfo"><h3>Thông tin site</h3>'
            f'<p>Trang thông tin của {esc(ORG)} trên hệ thống đào tạo trực tuyến Sakai: thông báo, tài liệu tập huấn '
            f'và lịch hoạt động dành cho các HTX, tổ hợp tác trong tỉnh.</p></div>'
            f'<div class="Mrphs-synopticAnnouncements"><h3>Thông báo gần đây</h3><ul class="synopticList">{recent}</ul>'
            f'<p><a href="{site_url}/tool/{ANN}">Xem tất cả thông báo</a></p></div></div>')
    site.page(site_url, portal("Trang chủ", HOME_PAGE, "Trang chủ", "sakai-iframe-site", home),
              content_type="text/html;charset=UTF-8")  # /portal/site/<id> is also the tools' directory
    site.same_page(f"{site_url}/page/{HOME_PAGE}", site_url)
    about = ('<div class="portletBody"><div class="webcontent"><p>Liên minh Hợp tác xã tỉnh Hà Nam là tổ chức chính '
             'trị - xã hội và kinh tế, đại diện, bảo vệ quyền và lợi ích hợp pháp của các HTX, liên hiệp HTX, tổ hợp '
             'tác trên địa bàn tỉnh.</p><p>Trung tâm Tư vấn và Hỗ trợ HTX trực thuộc Liên minh quản lý hệ thống đào '
             'tạo trực tuyến này từ năm 2021.</p></div></div>')
    site.page(f"{site_url}/page/{ABOUT_PAGE}", portal("Giới thiệu", ABOUT_PAGE, "Giới thiệu", "sakai-iframe", about))
    cal = ('<div class="portletBody"><h3>Lịch tháng 5/2024</h3><table class="calendar table"><tr><th>Ngày</th>'
           '<th>Sự kiện</th></tr><tr><td>12/06/2024</td><td>Khai mạc Hội chợ OCOP và sản phẩm HTX</td></tr></table></div>')
    site.page(f"{site_url}/tool/c03f7e21-9d4a-4b6e-8f12-3a4b5c6d7e8f", portal("Lịch", "cal", "Lịch", "sakai-schedule", cal))
    res = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
           f'<title>Trình duyệt nội dung</title><link href="/library/skin/tool_base.css" type="text/css" rel="stylesheet"'
           f' media="all" /></head><body><div class="portletBody"><h2>{esc(TITLE)} / </h2><ul>'
           f'<li class="folder"><a href="/access/content/group/{SID}/hinh-anh/">hinh-anh/</a></li></ul></div></body></html>')
    site.page(f"/access/content/group/{SID}/", res)
    imgs = sorted({b.src for a in arts for b in a.blocks if b.kind == "img"})
    site.page(f"/access/content/group/{SID}/hinh-anh/", res.replace(
        f'<li class="folder"><a href="/access/content/group/{SID}/hinh-anh/">hinh-anh/</a></li>',
        "".join(f'<li class="file"><a href="/access/content/group/{SID}/hinh-anh/{n}">{n}</a></li>' for n in imgs)))
    site.redirect("/", "/portal", 302)
    site.redirect("/portal", site_url, 302)
    site.redirect(f"{site_url}/tool/{ANN}?sakai_action=doCancel", f"{site_url}/tool/{ANN}", 302)
    site.redirect(f"{site_url}/tool/{ARCH}?sakai_action=doCancel", f"{site_url}/tool/{ARCH}", 302)
    site.redirect(f"{site_url}/tool/{ARCH}?sakai_action=doSortbysubject", f"{site_url}/tool/{ARCH}", 302)
    site.redirect(f"{site_url}/tool/{ANN}?sakai_action=doSortbysubject", f"{site_url}/tool/{ANN}", 302)
    site.non_articles += [site_url, f"{site_url}/tool/{ANN}", f"{site_url}/tool/{ARCH}",
                          f"{site_url}/page/{ABOUT_PAGE}", f"{site_url}/tool/c03f7e21-9d4a-4b6e-8f12-3a4b5c6d7e8f",
                          f"/access/content/group/{SID}/"]
    site.binary("/library/skin/morpheus-default/images/logo_inst.png", image_for("logo"))

    site.trap("/ and /portal answer 302 to the site's Overview page; its synoptic 'Thông báo gần đây' links the three "
              "newest /access views; the tool menu, login form, skip link and the footer's server time on every page",
              site_url)
    site.trap("the Announcements placement lists only the five newest (tool option, no pager): table 'Tiêu đề / Từ / "
              "Ngày sửa đổi', dates '08:30 14 thg 5, 2024' (time first); subjects link the portal metadata view "
              "(?itemReference=…&sakai_action=doShowmetadata): aliases", f"{site_url}/tool/{ANN}")
    site.trap("a second placement 'Lưu trữ thông báo' lists all nine and links the /access entity views (canonical); "
              "the four oldest announcements are only there", f"{site_url}/tool/{ARCH}")
    site.trap("the /access entity view: subject in <h2> and <title>, 'Ngày' in the legacy English form 'May 14, 2024 "
              "8:30 am' (server zone), no portal chrome; the portal view puts the subject in a <td>",
              arts[0].path)
    site.trap("Web Content page 'Giới thiệu' and the calendar: not articles; no robots.txt, sitemap or feed",
              f"{site_url}/page/{ABOUT_PAGE}")
    return site
