"""Site `tailieu-htxhanam` (registry family `generic`): the public **Alfresco Share 7.4** (Community) collaboration site
`lmhtx` of the Hà Nam cooperative alliance ("Liên minh Hợp tác xã tỉnh Hà Nam"), where the office keeps its document
library and writes news in the site's **Blog** page; guests read it through the alliance's external-authentication
set-up (the "Khách" user). The Share UI runs with a community Vietnamese language pack; the repository's JVM runs in
UTC (the Docker image's default); the copy is of 3 June 2024, saved as the browser showed the pages after Share's
scripts ran (Share draws its lists, post views and comments in the browser). Written as a held-out test: no family
module, no selectors.

URL shapes (all under `/share/page/site/lmhtx/`): a post `blog-postview?postId=blog-<epoch ms>-<n>` (the repository
node name: the creation instant in milliseconds, UTC); the list links it with `&listViewLinkBack=true`, the site
activities dashlet and the RSS with `?container=blog&postId=…` (aliases); the post list `blog-postlist` (=
`?filterId=all`; 5 posts a page, the paginator's next page `blog-postlist?filterId=all&page=2`), a tag
`blog-postlist?filterId=tag&filterData=<tag>` (the post view's tag links; the left panel's filters, archive months
and tag cloud are script links `href="#"`); the site dashboard `dashboard`, the document library `documentlibrary`,
a document `document-details?nodeRef=workspace://SpacesStore/<uuid>`, the calendar `calendar`; user profiles
`/share/page/user/<username>/profile`; the faceted search `/share/page/dp/ws/faceted-search` (an Aikau shell; the
results come by script); files `/share/proxy/alfresco/api/node/content/workspace/SpacesStore/<uuid>/<name>` (the
"Tải xuống" link adds `?a=true`); the blog's RSS `/share/feedservice/components/blog/rss?site=lmhtx&container=blog`;
the login page `/share/page/type/login` (robots.txt, added by the host's nginx, disallows it); `/` redirects to the
dashboard.

Why it is hard: no `<h1>` anywhere (the page `<title>` is "Alfresco » Xem bài đăng blog" on every post); the post's
title is the link in `div.nodeTitle`, followed by "(Đã cập nhật)" when the post was edited after publishing (the
edit time is shown nowhere); the info line is "Đăng lúc: T5 16 Thg 5 2024 00:20:00 bởi <user>" (Share's
`date-format.default` "ddd d mmm yyyy HH:MM:ss" with the pack's short day and month names); the user is the Share
account's full name: a person, the office account "Văn phòng Liên minh HTX" or "Administrator" (no author); a closing
byline in the text overrides it. The text is the TinyMCE content in `div.content.yuieditor` (paragraphs, `<h3>`,
lists, bordered tables, centred photos with the caption in the next centred italic paragraph); the footer carries
the tags and "Bình luận (N)"; the comments (other users' words with "Đã bình luận lúc: …") and the left filter
panel are furniture. The RSS prints `+0000` times (the repository's JVM): the post of 00:20 on 16 May reads "Wed, 15
May 2024 17:20:00 +0000". The oldest post has no tag and is older than the activity dashlet's 28 days and the feed's 6 posts reach:
only `blog-postlist?filterId=all&page=2` links it.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tailieu-htxhanam"
NAME = "Liên minh Hợp tác xã tỉnh Hà Nam"
P = "/share/page/site/lmhtx"
VN = timezone(timedelta(hours=7))
NOW = datetime(2024, 6, 3, 9, 0)
PER = 5
USERS = {"vanphong": "Văn phòng Liên minh HTX", "admin": "Administrator", "huongtt": "Trần Thu Hương",
         "ducvm": "Vũ Minh Đức", "hoapt": "Phạm Thị Hoa"}
DAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
COPY = "© 2005-2023 Alfresco Software Inc. Mọi quyền được bảo lưu."
SUPPLIED = "Được cung cấp miễn phí bởi Alfresco Software, Inc."
SITE_NAV = [("Bảng điều khiển trang", "dashboard"), ("Blog", "blog-postlist"), ("Thư viện tài liệu", "documentlibrary"),
            ("Lịch", "calendar")]
FURN = [COPY, SUPPLIED, "Bảng điều khiển trang", "Thư viện tài liệu", "Bài đăng blog", "Bài đăng mới nhất",
        "Bài nháp của tôi", "Đã đăng của tôi", "Đã đăng bên ngoài", "Lưu trữ bài đăng", "Đăng lúc:",
        "Đã bình luận lúc:", "Bạn cần đăng nhập để bình luận.", "Tệp của tôi", "Tệp đã chia sẻ",
        "Tìm kiếm nâng cao", "Khách", "Đăng nhập", "Xem bài đăng blog", "Quay lại danh sách"]


def h(text: str, n: int = 32) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def uuid(text: str) -> str:
    x = h(text)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def share_date(d: datetime) -> str:
    """date-format.default "ddd d mmm yyyy HH:MM:ss" with the pack's days.short / months.short."""
    return f"{DAYS[d.weekday()]} {d.day} Thg {d.month} {d.year} {d:%H:%M:%S}"


def rfc822_utc(d: datetime) -> str:
    u = d.replace(tzinfo=VN).astimezone(UTC)
    return f"{u:%a, %d %b %Y %H:%M:%S} +0000"


def relative(d: datetime) -> str:
    days = (NOW - d).days
    if days < 1:
        return "hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 31:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def content_url(node: str, name: str) -> str:
    return f"/share/proxy/alfresco/api/node/content/workspace/SpacesStore/{node}/{name}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP và sản phẩm HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH HÀ NAM
Số: 05/TB-LMHTX
Hà Nam, ngày 24 tháng 5 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP và sản phẩm HTX năm 2024
Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức Hội chợ OCOP và sản phẩm HTX năm 2024 từ ngày 20/6 đến ngày 24/6/2024 tại Quảng trường Trung tâm TP Phủ Lý.
Các HTX có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 10/6/2024. Mỗi HTX được bố trí miễn phí 01 gian hàng tiêu chuẩn.
Mẫu phiếu đăng ký gửi kèm Thông báo này.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
""", author=None, doc_number="05/TB-LMHTX",
          opts={"user": "vanphong", "tags": ["ocop", "hoi-cho"], "updated": True, "doc": "TB-05-LMHTX-2024.pdf",
                "comments": [("huongtt", datetime(2024, 5, 29, 8, 2, 11),
                              "Văn phòng đã nhận phiếu đăng ký của 12 HTX, đề nghị các HTX còn lại gửi sớm.")]},
          notes=["notice 'Số: 05/TB-LMHTX' dated 24/5 in its text, posted 'Đăng lúc: T3 28 Thg 5 2024 08:30:00 bởi Văn phòng "
                 "Liên minh HTX' (the office account: no author); the signer is text; '(Đã cập nhật)' beside the title (the "
                 "form was added later; no edit time anywhere); the PDF is linked by its repository content URL "
                 "(/share/proxy/alfresco/api/node/content/…/TB-05-LMHTX-2024.pdf?a=true) in its own paragraph: an "
                 "attachment, not text; its document-details page is a document, not an article"],
          **at(datetime(2024, 5, 28, 8, 30))),
        A(path="", title="Ảnh: HTX Nông nghiệp Đạo Lý thu hoạch lúa chiêm xuân",
          body="""
Những ngày cuối tháng 5, HTX Nông nghiệp Đạo Lý (huyện Lý Nhân) tổ chức thu hoạch 320 ha lúa chiêm xuân.
[img dao-ly-1.png] Máy gặt đập liên hợp của HTX thu hoạch lúa cho thành viên
[img dao-ly-2.png] Lúa được vận chuyển về sân phơi tập trung của HTX
[img dao-ly-3.png] Cán bộ HTX kiểm tra độ ẩm của thóc trước khi nhập kho
Năng suất lúa vụ này ước đạt 68 tạ/ha, cao hơn vụ chiêm xuân năm trước 3 tạ/ha.
""", byline="Ảnh: Trần Thu Hương", author="Trần Thu Hương",
          opts={"user": "huongtt", "tags": ["lua-gao", "anh"],
                "comments": [("ducvm", datetime(2024, 5, 25, 14, 40, 3), "Ảnh đẹp, đề nghị gửi bản gốc cho bản tin quý II.")]},
          notes=["photo story: three centred <p><img> (repository content URLs), each caption the next centred <p><em> "
                 "(one line each); 'Ảnh: Trần Thu Hương' closes it and the Share user is the same person -> author"],
          **at(datetime(2024, 5, 24, 16, 45))),
        A(path="", title="Kinh tế tập thể tỉnh Hà Nam 5 tháng đầu năm 2024",
          body="""
Trong 5 tháng đầu năm 2024, khu vực kinh tế tập thể của tỉnh tiếp tục duy trì ổn định, số HTX thành lập mới tăng so với cùng kỳ.
| Chỉ tiêu | Đơn vị | 5 tháng 2024 | Cùng kỳ 2023 |
| HTX thành lập mới | HTX | 7 | 4 |
| HTX giải thể | HTX | 2 | 5 |
| Tổ hợp tác thành lập mới | THT | 11 | 9 |
| Lượt cán bộ HTX được tập huấn | lượt | 410 | 365 |
Liên minh HTX tỉnh tiếp tục rà soát các HTX ngừng hoạt động để hướng dẫn giải thể theo quy định.
""", author="Vũ Minh Đức",
          opts={"user": "ducvm", "tags": ["so-lieu"]},
          notes=["a bordered TinyMCE table (first row <th>): one line per row; posted by the Share user Vũ Minh Đức, no byline: "
                 "he is the author"],
          **at(datetime(2024, 5, 20, 10, 5))),
        A(path="", title="Hà Nam: HTX được hỗ trợ chuyển đổi số như thế nào",
          body="""
Năm 2024, Liên minh HTX tỉnh tiếp tục thực hiện Đề án hỗ trợ HTX chuyển đổi số giai đoạn 2022 - 2025.
## Các nội dung hỗ trợ chính
* Tập huấn sử dụng phần mềm kế toán và hóa đơn điện tử;
* Hỗ trợ xây dựng trang thông tin giới thiệu sản phẩm của HTX;
* Hướng dẫn đưa sản phẩm OCOP lên sàn thương mại điện tử;
* Hỗ trợ mã QR truy xuất nguồn gốc cho sản phẩm chủ lực.
HTX có nhu cầu đăng ký với Liên minh HTX tỉnh qua Phòng Tư vấn - Hỗ trợ.
""", byline="Phạm Thị Hoa - Phòng Tư vấn, Hỗ trợ", author="Phạm Thị Hoa",
          opts={"user": "admin", "tags": ["chuyen-doi-so", "ocop"]},
          notes=["an <h3> heading and a bulleted list; posted by 'Administrator' (no author) but 'Phạm Thị Hoa - Phòng Tư vấn, "
                 "Hỗ trợ' closes the text -> Phạm Thị Hoa"],
          **at(datetime(2024, 5, 17, 14, 20))),
        A(path="", title="HTX Dịch vụ nông nghiệp Nhân Chính phát triển vùng trồng dưa lưới",
          body="""
HTX Dịch vụ nông nghiệp Nhân Chính (huyện Lý Nhân) đã mở rộng diện tích trồng dưa lưới trong nhà màng lên 2,5 ha.
Mỗi năm HTX trồng 3 vụ dưa, năng suất bình quân 30 tấn/ha/vụ, giá bán từ 35.000 đến 45.000 đồng/kg.
HTX đang phối hợp với một chuỗi siêu thị ở Hà Nội để tiêu thụ ổn định sản phẩm.
""", byline="Theo Báo Hà Nam", author=None,
          opts={"user": "huongtt", "tags": ["trong-trot"]},
          notes=["posted by the Share user Trần Thu Hương but 'Theo Báo Hà Nam' closes the text: a reprint, no author"],
          **at(datetime(2024, 5, 16, 9, 10))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Thủy sản Bình Lục",
          body="""
Chiều 15/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Thủy sản Bình Lục về kế hoạch mở rộng nuôi cá theo chuỗi.
HTX hiện có 46 thành viên, nuôi 38 ha cá trắm, cá chép theo quy trình VietGAP.
Liên minh HTX tỉnh sẽ hướng dẫn HTX lập hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX để đầu tư hệ thống xử lý nước.
""", byline="Lê Minh Khôi", author="Lê Minh Khôi",
          opts={"user": "vanphong", "tags": ["thuy-san"], "updated": True},
          notes=["posted after midnight: 'Đăng lúc: T5 16 Thg 5 2024 00:20:00' (the afternoon of 15/5 in its text is the "
                 "event); the RSS has 'Wed, 15 May 2024 17:20:00 +0000' (the previous day in UTC); the postId "
                 "blog-1715793600000-… is the same instant in epoch ms; '(Đã cập nhật)'; the office account posted it, "
                 "the closing name 'Lê Minh Khôi' is the author"],
          **at(datetime(2024, 5, 16, 0, 20))),
        A(path="", title="HTX Nông nghiệp Thanh Hà đưa máy cấy vào sản xuất",
          body="""
Vụ chiêm xuân năm 2024, HTX Nông nghiệp Thanh Hà (huyện Thanh Liêm) đưa 4 máy cấy vào phục vụ thành viên.
Cấy bằng máy giúp tiết kiệm 30% lượng giống và giảm một nửa công lao động so với cấy tay.
HTX dự kiến mua thêm 2 máy cấy và một dàn máy làm mạ khay trong năm 2025.
""", author="Trần Thu Hương",
          opts={"user": "huongtt", "tags": ["co-gioi-hoa"],
                "comments": [("hoapt", datetime(2024, 4, 23, 7, 55, 40), "Ngày 22/4 HTX đã cấy xong toàn bộ diện tích."),
                             ("ducvm", datetime(2024, 4, 23, 9, 12, 5), "Đề nghị HTX gửi số liệu chi phí cấy máy.")]},
          notes=["posted by the Share user Trần Thu Hương, no byline: she is the author; two comments with their own "
                 "dates ('Đã bình luận lúc: T3 23 Thg 4 2024 07:55:40') and a date in their words: furniture, not text "
                 "nor the publication date"],
          **at(datetime(2024, 4, 19, 15, 35))),
        A(path="", title="Liên minh HTX tỉnh Hà Nam tổng kết công tác năm 2023",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.png] Các đại biểu dự hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 14 HTX, tổ chức 10 lớp tập huấn cho 720 lượt cán bộ HTX.
""", byline="Tin, ảnh: Phạm Quang Huy", author="Phạm Quang Huy",
          opts={"user": "admin", "tags": []},
          notes=["the oldest post: no tag, older than the activity dashlet's and the feed's reach: only the paginator's "
                 "blog-postlist?filterId=all&page=2 links it; 'Administrator' posted it, 'Tin, ảnh: Phạm Quang Huy' -> author"],
          **at(datetime(2023, 12, 28, 16, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n<tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{content_url(uuid(b.src), b.src)}" alt="" width="600" '
                       f'height="400" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-nam", f"{NAME} (Alfresco Share 7)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/share/feedservice/components/blog/rss?site=lmhtx&container=blog" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    html_ct = "text/html;charset=UTF-8"
    for i, a in enumerate(reversed(arts)):
        ms = int(a.date.replace(tzinfo=VN).timestamp() * 1000)
        a.opts["postId"] = f"blog-{ms}-{1187 + 373 * i}"
        a.path = f"{P}/blog-postview?postId={a.opts['postId']}"
        if a.opts.get("doc"):
            node = uuid(a.opts["doc"])
            a.opts["node"] = node
            a.attachments = [{"path": content_url(node, a.opts["doc"]) + "?a=true", "text": a.opts["doc"]}]
    oldest = arts[-1]
    feed = arts[:6]
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    notice = next(a for a in arts if a.doc_number)
    docs = [  # the document library: name, title, creator, created, modified, size
        (notice.opts["doc"], "Thông báo số 05/TB-LMHTX", "vanphong", datetime(2024, 5, 28, 8, 21, 4),
         datetime(2024, 5, 28, 8, 21, 4), "148 KB"),
        ("KH-12-LMHTX-2024.pdf", "Kế hoạch số 12/KH-LMHTX hoạt động năm 2024", "vanphong", datetime(2024, 1, 15, 14, 2, 37),
         datetime(2024, 2, 1, 9, 40, 12), "312 KB"),
    ]

    def link_user(u: str) -> str:
        return f'<a href="/share/page/user/{u}/profile" class="theme-color-1">{esc(USERS[u])}</a>'

    def layout(title: str, page_id: str, main: str, left: str = "", current: str = "") -> str:
        nav = "\n".join(
            f'<div class="alf-menu-bar-item{" alfresco-navigation-_HtmlAnchorMixin--selected" if href == current else ""}">'
            f'<a href="{P}/{href}" class="alf-menu-bar-label-node" title="{attr(n)}">{esc(n)}</a></div>'
            for n, href in SITE_NAV)
        body = f'<div class="yui-t1"><div id="yui-main"><div class="yui-b" id="alf-content">{main}</div></div>' \
               f'<div class="yui-b" id="alf-filters">{left}</div></div>' if left else main
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
   <title>Alfresco &raquo; {esc(title)}</title>
   <meta http-equiv="X-UA-Compatible" content="IE=Edge" />
   <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
   <link rel="shortcut icon" href="/share/res/favicon.ico" type="image/vnd.microsoft.icon" />
   <link rel="stylesheet" type="text/css" href="/share/res/css/yui-fonts-grids_6b0c2a8e4f1d.css" />
   <link rel="stylesheet" type="text/css" href="/share/res/yui/columnbrowser/assets/columnbrowser_a1f0.css" />
   <link rel="stylesheet" type="text/css" href="/share/res/css/base_9c3e1b7d22f0.css" />
   <link rel="stylesheet" type="text/css" href="/share/res/components/blog/postview_1d7e9a.css" />
   <script type="text/javascript" src="/share/res/js/yui-common_e1a9f7c3b5d0.js"></script>
   <script type="text/javascript" src="/share/res/js/alfresco_7f2b94c1e0a3.js"></script>
   <script type="text/javascript">//<![CDATA[
      Alfresco.constants.URL_CONTEXT = "/share/";
      Alfresco.constants.URL_PAGECONTEXT = "/share/page/";
      Alfresco.constants.PROXY_URI = window.location.protocol + "//" + window.location.host + "/share/proxy/alfresco/";
      Alfresco.constants.SITE = "lmhtx";
      Alfresco.constants.PAGEID = "{page_id}";
      Alfresco.constants.USERNAME = "guest";
   //]]></script>
</head>
<body id="Share" class="yui-skin-default alfresco-share claro">
<div class="sticky-wrapper">
<div id="doc3">
<div id="alf-hd">
<div id="share-header" class="share-header">
<div class="alfresco-header-Header" id="SHARE_HEADER">
 <div class="alfresco-layout-LeftAndRight">
  <div class="alfresco-layout-LeftAndRight__left">
   <div class="alfresco-header-AlfMenuBar" id="HEADER_APP_MENU_BAR">
    <span class="alf-menu-bar-item"><a href="{P}/dashboard" class="alfresco-navigation-_HtmlAnchorMixin" id="HEADER_HOME">Trang chủ</a></span>
    <span class="alf-menu-bar-item"><a href="javascript:void(0)" id="HEADER_MY_FILES">Tệp của tôi</a></span>
    <span class="alf-menu-bar-item"><a href="javascript:void(0)" id="HEADER_SHARED_FILES">Tệp đã chia sẻ</a></span>
    <span class="alf-menu-bar-item"><a href="javascript:void(0)" id="HEADER_SITES_MENU">Trang</a></span>
   </div>
  </div>
  <div class="alfresco-layout-LeftAndRight__right">
   <div class="alf-user-menu" id="HEADER_USER_MENU_BAR"><span class="alf-menu-bar-label">Khách</span> | <a href="/share/page/type/login?alfRedirectUrl={attr(P)}/dashboard" id="HEADER_LOGIN">Đăng nhập</a></div>
   <div class="alf-search-box" id="HEADER_SEARCH"><form action="/share/page/dp/ws/faceted-search" method="get"><input type="text" name="searchTerm" placeholder="Tìm kiếm tệp, người, trang" /></form>
   <a href="/share/page/dp/ws/faceted-search" class="alf-advanced-search">Tìm kiếm nâng cao</a></div>
  </div>
 </div>
</div>
<div class="alfresco-header-Title share-header-title" id="HEADER_TITLE_BAR">
  <div class="alfresco-header-Title__text"><a href="{P}/dashboard">{esc(NAME)}</a></div>
  <div class="alfresco-layout-LeftAndRight__right"><div class="alf-menu-bar" id="HEADER_NAVIGATION_MENU_BAR">{nav}</div></div>
</div>
</div>
</div>
<div id="bd">
{body}
</div>
</div>
<div class="sticky-push"></div>
</div>
<div class="sticky-footer">
<div id="alf-ft">
 <div class="footer footer-com">
  <span class="copyright">
   <a href="javascript:void(0)" onclick="Alfresco.module.getAboutShareInstance().show(); return false;"><img src="/share/res/components/images/alfresco-share-logo.png" alt="Alfresco Community" height="27" width="212" /></a>
   <span>{SUPPLIED} {COPY}</span>
  </span>
 </div>
</div>
</div>
</body>
</html>
"""

    def filters() -> str:
        months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
        return ('<div class="filter blog-filter"><h2>Bài đăng blog</h2><ul class="filterLink">'
                + "\n".join(f'<li><span class="{c}"><a class="filterLink" href="#" rel="{c}">{n}</a></span></li>' for c, n in
                          [("all", "Tất cả"), ("new", "Bài đăng mới nhất"), ("mydrafts", "Bài nháp của tôi"),
                           ("mypublished", "Đã đăng của tôi"), ("publishedext", "Đã đăng bên ngoài")])
                + '</ul></div><div class="filter blog-archive"><h2>Lưu trữ bài đăng</h2><ul class="filterLink">'
                + "\n".join(f'<li><a class="filterLink" href="#" rel="{y}-{m:02d}">Tháng {m} {y}</a></li>' for y, m in months)
                + '</ul></div><div class="filter tagfilter"><h2>Thẻ</h2><ul class="filterLink">'
                + "\n".join(f'<li><span class="tag"><a class="tag-link" href="#" rel="{t}">{t}</a></span></li>' for t in tags)
                + "</ul></div>")

    def info_line(a: RichArticle) -> str:
        return (f'<div class="published"><span class="nodeAttrLabel">Đăng lúc:</span> <span class="nodeAttrValue">'
                f'{share_date(a.date)}</span> <span class="nodeAttrLabel">bởi</span> <span class="nodeAttrValue">'
                f'{link_user(a.opts["user"])}</span></div>')

    def status(a: RichArticle) -> str:
        return ' <span class="theme-color-2 nodeStatus">(Đã cập nhật)</span>' if a.opts.get("updated") else ""

    # -- posts --------------------------------------------------------------------------------
    cid = "template_x002e_postview_x002e_blog-postview_x0023_default"
    for a in arts:
        pid = a.opts["postId"]
        comments = a.opts.get("comments", [])
        tag_html = ", ".join(f'<span class="tag"><a href="{P}/blog-postlist?filterId=tag&amp;filterData={t}" '
                             f'class="tag-link">{t}</a></span>' for t in a.opts["tags"]) or "(Không có thẻ)"
        com = "".join(
            f'<div class="comment"><div class="icon"><img src="/share/res/components/images/no-user-photo-64.png" alt="" '
            f'width="32" height="32" /></div><div class="details"><span class="info">{link_user(u)} <span class="date">'
            f'Đã bình luận lúc: {share_date(d)}</span></span><div class="comment-content"><p>{esc(t)}</p></div></div></div>'
            for u, d, t in comments)
        main = f"""<div id="{cid}-body" class="postview">
<div class="backLink"><a href="{P}/blog-postlist">Quay lại danh sách</a></div>
<div id="{cid}-post-view-div" class="post-view">
<div class="node post postview" id="{cid}-post-{pid}">
<div class="nodeContent">
<div class="nodeTitle"><a href="{P}/blog-postview?postId={pid}">{esc(a.title)}</a>{status(a)}</div>
{info_line(a)}
<div class="content yuieditor">{body_html(a)}</div>
</div>
<div class="nodeFooter">
<span class="nodeAttrLabel tag">Thẻ:</span> <span class="nodeAttrValue">{tag_html}</span>
<span class="separator">|</span> <span class="nodeAttrLabel replyTo">Bình luận ({len(comments)})</span>
</div>
</div>
</div>
</div>
<div id="template_x002e_comments_x002e_blog-postview_x0023_default-body" class="comment-list">
<div class="postlist-infobar"><div class="comments-list-header">Bình luận</div></div>
<div class="comments-list">{com or '<div class="comment-none">Chưa có bình luận nào.</div>'}</div>
<div class="comment-guest">Bạn cần đăng nhập để bình luận.</div>
</div>"""
        page = layout("Xem bài đăng blog", "blog-postview", main, filters(), "blog-postlist")
        site.page(a.path, page)
        for alias in (f"{P}/blog-postview?postId={pid}&listViewLinkBack=true", f"{P}/blog-postview?container=blog&postId={pid}"):
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        site.extra_boilerplate += [t for _, _, t in comments]
        site.add_article(a)
    site.trap("the list links every post with '&listViewLinkBack=true', the activity dashlet and the RSS with "
              "'?container=blog&postId=…': aliases of blog-postview?postId=…", arts[0].aliases[0])

    # -- the post list -------------------------------------------------------------------------
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]

    def entry(a: RichArticle) -> str:
        first = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        href = f"{P}/blog-postview?postId={a.opts['postId']}&amp;listViewLinkBack=true"
        return (f'<div class="node post"><div class="nodeContent"><span class="nodeTitle"><a href="{href}">{esc(a.title)}'
                f'</a>{status(a)}</span>{info_line(a)}<div class="content yuieditor">{esc(first)}</div></div>'
                f'<div class="nodeFooter"><a href="{href}" class="blogLinkMore theme-color-1">Đọc thêm</a> '
                f'<span class="separator">|</span> <span class="nodeAttrLabel replyTo">Bình luận '
                f'({len(a.opts.get("comments", []))})</span></div></div>')

    def pager(n: int, total: int) -> str:
        def href(k: int) -> str:
            return f"{P}/blog-postlist?filterId=all&amp;page={k}"
        parts = [f'<a href="{href(n - 1)}" class="yui-pg-previous">« Trước</a>' if n > 1 else
                 '<span class="yui-pg-previous">« Trước</span>']
        parts.append('<span class="yui-pg-pages">' + " ".join(
            f'<span class="yui-pg-current-page yui-pg-page">{k}</span>' if k == n else
            f'<a href="{href(k)}" class="yui-pg-page" page="{k}">{k}</a>' for k in range(1, total + 1)) + "</span>")
        parts.append(f'<a href="{href(n + 1)}" class="yui-pg-next">Sau »</a>' if n < total else
                     '<span class="yui-pg-next">Sau »</span>')
        start = (n - 1) * PER + 1
        return (f'<div class="yui-pg-container"><span class="yui-pg-current">{start} - {start + len(pages[n - 1]) - 1} '
                f'của {len(arts)}</span> ' + " ".join(parts) + "</div>")

    def postlist(items: list[RichArticle], heading: str, pg: str = "") -> str:
        return (f'<div class="postlist-infobar"><div class="listTitle">{esc(heading)}</div>'
                f'<a href="/share/feedservice/components/blog/rss?site=lmhtx&amp;container=blog" class="rss-feed">'
                f'RSS</a></div>{pg}<div id="template_x002e_postlist_x002e_blog-postlist_x0023_default-postlist" '
                f'class="blog-postlist">' + "".join(entry(x) for x in items) + f"</div>{pg}")

    for n, chunk in enumerate(pages, 1):
        path = f"{P}/blog-postlist" if n == 1 else f"{P}/blog-postlist?filterId=all&page={n}"
        site.page(path, layout("Danh sách bài đăng blog", "blog-postlist",
                               postlist(chunk, "Tất cả bài đăng", pager(n, len(pages))), filters(), "blog-postlist"),
                  content_type=html_ct)
        site.non_articles.append(path)
    for alias in (f"{P}/blog-postlist?filterId=all", f"{P}/blog-postlist?filterId=all&page=1"):
        site.same_page(alias, f"{P}/blog-postlist")
    site.trap("the post list (5 a page, the YUI paginator '1 - 5 của 8'): blog-postlist?filterId=all&page=2 holds the "
              "oldest post; the left panel's filters, archive months and tags are script links (href='#')",
              f"{P}/blog-postlist?filterId=all&page=2")
    for t in tags:
        path = f"{P}/blog-postlist?filterId=tag&filterData={t}"
        site.page(path, layout("Danh sách bài đăng blog", "blog-postlist",
                               postlist([a for a in arts if t in a.opts["tags"]], f"Bài đăng có thẻ: {t}"), filters(),
                               "blog-postlist"))
        site.non_articles.append(path)
    site.trap("tag lists blog-postlist?filterId=tag&filterData=<tag> (the post view's tag links): lists, not articles",
              f"{P}/blog-postlist?filterId=tag&filterData=ocop")

    # -- dashboard ----------------------------------------------------------------------------
    acts = "".join(
        f'<div class="activity"><div class="avatar"><img src="/share/res/components/images/no-user-photo-64.png" alt="" '
        f'width="32" height="32" /></div><div class="content"><span class="detail">{link_user(a.opts["user"])} đã đăng bài '
        f'blog <a href="{P}/blog-postview?container=blog&amp;postId={a.opts["postId"]}">{esc(a.title)}</a></span>'
        f'<div class="time" title="{share_date(a.date)}">{relative(a.date)}</div></div></div>' for a in arts[:6])
    doc_rows = "".join(
        f'<div class="document"><a href="{P}/document-details?nodeRef=workspace://SpacesStore/{uuid(name)}">{esc(name)}</a> '
        f'<span class="detail">Đã sửa {relative(mod)} bởi {link_user(by)}</span></div>'
        for name, _, by, _, mod, _ in docs)
    dash = f"""<div class="dashboard"><div class="yui-gc grid columnSize2">
<div class="yui-u first column1">
<div class="dashlet site-welcome"><div class="title">Giới thiệu trang</div><div class="body"><p>Trang cộng tác của Liên minh Hợp tác xã tỉnh Hà Nam: thông báo, tin hoạt động và tài liệu dành cho các HTX thành viên.</p></div></div>
<div class="dashlet activities"><div class="title">Hoạt động của trang</div><div class="toolbar">Hoạt động của mọi người | Trong 28 ngày qua</div><div class="body scrollableList">{acts}</div></div>
</div>
<div class="yui-u column2">
<div class="dashlet docsummary"><div class="title">Nội dung trang</div><div class="body">{doc_rows}</div></div>
<div class="dashlet calendar"><div class="title">Sự kiện sắp tới của trang</div><div class="body"><p><a href="{P}/calendar">T5 20 Thg 6 2024 - Khai mạc Hội chợ OCOP và sản phẩm HTX năm 2024</a></p></div></div>
</div>
</div></div>"""
    site.page(f"{P}/dashboard", layout("Bảng điều khiển trang", "dashboard", dash, current="dashboard"),
              content_type=html_ct)
    site.redirect("/", f"{P}/dashboard", 302)
    site.non_articles.append(f"{P}/dashboard")
    site.trap("/ redirects to the site dashboard: 'Hoạt động của trang' (relative ages '1 tuần trước' with the date as "
              "tooltip, links ?container=blog&postId=…), 'Nội dung trang', 'Sự kiện sắp tới của trang'", f"{P}/dashboard")

    # -- document library -------------------------------------------------------------------------
    rows = "".join(
        f'<tr class="yui-dt-rec"><td class="yui-dt-col-fileName"><h3 class="filename"><a href="{P}/document-details?'
        f'nodeRef=workspace://SpacesStore/{uuid(name)}">{esc(name)}</a></h3><div class="detail">Đã sửa đổi {relative(mod)} '
        f'bởi {link_user(by)}</div><div class="detail">{esc(title)}</div></td><td class="size">{size}</td></tr>'
        for name, title, by, _, mod, size in docs)
    site.page(f"{P}/documentlibrary", layout("Thư viện tài liệu", "documentlibrary",
                                              f'<div class="doclist"><div class="documentDroppable"><table class="yui-dt">'
                                              f'<tbody>{rows}</tbody></table></div></div>', current="documentlibrary"),
              content_type=html_ct)
    site.non_articles.append(f"{P}/documentlibrary")
    for name, title, by, created, mod, size in docs:
        node = uuid(name)
        dl = content_url(node, name)
        props = "".join(f'<div class="form-field"><div class="viewmode-field"><span class="viewmode-label">{k}:</span> '
                        f'<span class="viewmode-value">{v}</span></div></div>' for k, v in
                        [("Tên", esc(name)), ("Tiêu đề", esc(title)), ("Mô tả", "(Không có)"), ("Tác giả", "(Không có)"),
                         ("Kiểu MIME", "Adobe PDF Document"), ("Kích thước", size), ("Người tạo", esc(USERS[by])),
                         ("Ngày tạo", share_date(created)), ("Người sửa đổi", esc(USERS[by])),
                         ("Ngày sửa đổi", share_date(mod))])
        details = f"""<div class="node-header"><div class="node-info"><h1 class="thin dark">{esc(name)} <span class="document-version">1.0</span></h1>
<div class="node-modified">Đã sửa đổi lúc {share_date(mod)} bởi {link_user(by)}</div></div></div>
<div class="yui-gc"><div class="yui-u first">
<div class="web-preview"><div class="previewer PdfJs"><div class="controls"><span class="pageNumber">Trang 1 / 1</span></div><div class="viewer documentView"><div class="page"><canvas></canvas></div></div></div></div>
<div class="comments-list"><div class="comments-list-header">Bình luận</div><div class="comment-none">Chưa có bình luận nào.</div></div>
</div><div class="yui-u">
<div class="document-actions document-details-panel"><h2>Thao tác với tài liệu</h2><ul><li><a href="{dl}?a=true" class="action-link">Tải xuống</a></li><li><a href="{dl}" target="_blank" class="action-link">Xem trong trình duyệt</a></li></ul></div>
<div class="document-tags document-details-panel"><h2>Thẻ</h2><div class="panel-body">(Không có thẻ)</div></div>
<div class="document-metadata-header document-details-panel"><h2>Thuộc tính</h2><div class="panel-body"><div class="form-container">{props}</div></div></div>
<div class="document-versions document-details-panel"><h2>Lịch sử phiên bản</h2><div class="panel-body"><p>Phiên bản mới nhất: 1.0</p></div></div>
</div></div>"""
        path = f"{P}/document-details?nodeRef=workspace://SpacesStore/{node}"
        site.page(path, layout("Chi tiết tài liệu", "document-details", details, current="documentlibrary"))
        site.non_articles.append(path)
        site.binary(dl, pdf(title, ["LIEN MINH HTX TINH HA NAM", name.replace(".pdf", "")]))
    site.trap("document-details?nodeRef=workspace://SpacesStore/<uuid> (the library's links): a file's page (PDF.js "
              "preview, 'Thuộc tính' with Ngày tạo / Ngày sửa đổi, 'Tải xuống'): not an article",
              f"{P}/document-details?nodeRef=workspace://SpacesStore/{notice.opts['node']}")

    # -- other pages --------------------------------------------------------------------------------
    site.page(f"{P}/calendar", layout("Lịch", "calendar", '<div class="calendar"><div class="calendar-toolbar">Ngày | Tuần | '
                                       'Tháng | Chương trình</div><div id="calendar-view" class="fc"><table class="fc-month">'
                                       '<tr><td class="fc-day" data-date="2024-06-20"><div class="fc-event">Khai mạc Hội chợ '
                                       'OCOP và sản phẩm HTX năm 2024</div></td></tr></table></div></div>', current="calendar"),
              content_type=html_ct)
    site.page("/share/page/dp/ws/faceted-search", layout("Tìm kiếm", "faceted-search",
                                                         '<div class="alfresco-search-AlfSearchList" id="FCTSRCH_SEARCH_RESULTS_LIST">'
                                                         '<div class="alfresco-lists-views-AlfListView__no-data">Nhập từ khóa để '
                                                         'tìm kiếm</div></div>'), content_type=html_ct)
    site.non_articles += [f"{P}/calendar", "/share/page/dp/ws/faceted-search"]
    for u, name in USERS.items():
        if any(a.opts["user"] == u for a in arts) or any(c[0] == u for a in arts for c in a.opts.get("comments", [])) \
                or any(d[2] == u for d in docs):
            path = f"/share/page/user/{u}/profile"
            site.page(path, layout("Hồ sơ người dùng", "profile", f'<div class="profile"><div class="header"><h2 '
                                   f'class="thin">{esc(name)}</h2></div><div class="biorow"><p>Thành viên trang {esc(NAME)}'
                                   f'</p></div></div>'), content_type=html_ct)
            site.non_articles.append(path)
    site.trap("user profiles /share/page/user/<username>/profile (every 'bởi' link), the calendar and the faceted search "
              "(an Aikau shell): not articles", "/share/page/user/huongtt/profile")
    login = "/share/page/type/login"
    site.page(login, f"""<!DOCTYPE html><html lang="vi"><head><title>Alfresco &raquo; Đăng nhập</title>
<link rel="stylesheet" type="text/css" href="/share/res/css/base_9c3e1b7d22f0.css" /></head>
<body id="Share" class="alfresco-share"><div class="login-panel"><form id="loginform" accept-charset="UTF-8" method="post" action="/share/page/dologin">
<div class="form-field"><input type="text" name="username" placeholder="Tên người dùng" /></div>
<div class="form-field"><input type="password" name="password" placeholder="Mật khẩu" /></div>
<input type="submit" value="Đăng nhập" /></form></div></body></html>
""", content_type=html_ct)
    site.never_fetched.append(login)
    site.static("/robots.txt", "User-agent: *\nDisallow: /share/page/type/login\nDisallow: /share/page/dologin\n"
                "Disallow: /share/page/dologout\nDisallow: /alfresco/\n")
    site.trap("robots.txt (the host's nginx) disallows the Share login page /share/page/type/login: the header's "
              "'Đăng nhập' is never fetched", login)

    # -- RSS ----------------------------------------------------------------------------------------
    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{P}/blog-postview?container=blog&amp;postId={a.opts['postId']}"
        f"</link><description>{esc(body_html(a))}</description><pubDate>{rfc822_utc(a.date)}</pubDate>"
        f"<guid isPermaLink=\"false\">workspace://SpacesStore/{uuid(a.opts['postId'])}</guid></item>" for a in feed)
    site.page("/share/feedservice/components/blog/rss?site=lmhtx&container=blog",
              f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Blog: {esc(NAME)}</title><link>'
              f"{{{{base}}}}{P}/blog-postlist</link><description>Bài đăng blog của trang lmhtx</description><language>vi"
              f"</language>{items}</channel></rss>\n", content_type="application/rss+xml;charset=UTF-8")
    site.trap("RSS (the list's 'RSS' link; the 6 newest, the whole content): pubDate with '+0000' from the repository's "
              "UTC JVM, the post of 00:20 on 16 May is 'Wed, 15 May 2024 17:20:00 +0000'",
              "/share/feedservice/components/blog/rss?site=lmhtx&container=blog")

    # -- assets ---------------------------------------------------------------------------------------
    site.binary("/share/res/favicon.ico", b"\x00\x00\x01\x00")
    assert oldest not in feed and all(oldest is not x for x in arts[:6])
    return site
