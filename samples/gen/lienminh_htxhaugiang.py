"""Site `lienminh-htxhaugiang` (registry family `generic`): "Liên minh Hợp tác xã tỉnh Hậu Giang", the portal of the Hậu
Giang cooperative alliance (since 1 July 2025 part of Cần Thơ city) on **Backdrop CMS 1.x** (the Drupal 7 fork): theme
Basis, layout "Moscone flipped", Vietnamese interface translation, Pathauto aliases `tin-tuc/[node:title]`, Views
listings, core comments and the XML sitemap module. Written as a held-out test: no family module, no selectors.

URL shapes: a post is `/tin-tuc/<slug>` (the alias) and also `/node/<nid>` (the shortlink in the head, the same page);
comment permalinks `/comment/<cid>` render the node page too; a retitled post's former alias 301-redirects (the
core Redirect module). Listings: the front page (promoted teasers, Drupal's 0-based pager `/?page=1`), the view
`/tin-tuc` (titles + dates, `?page=1`), term pages `/chuyen-muc/<slug>` and `/tags/<slug>` (teasers), the
documents view `/van-ban`; feeds `/rss.xml` and `/taxonomy/term/<tid>/feed`; `/sitemap.xml`; pages `/gioi-thieu`,
`/lien-he`.

Why it is hard: the title is `h1.page-title` OUTSIDE the `<article class="node node-post view-mode-full">`; the
article's only date is the core "Submitted" line in the untouched default medium format, MONTH FIRST with a
translated weekday: "Gửi bởi Ban biên tập vào T5, 06/05/2025 - 08:00" is 5 June (a Thursday), not 6 May; the
`/tin-tuc` view and the sidebar block print the same dates day first ("05/06/2025"), the RSS feed in UTC
(`gmdate('r')`, "Thu, 05 Jun 2025 01:00:00 +0000"). No meta dates, no JSON-LD. The "Submitted" account is the
office ("Ban biên tập", also the feed's `dc:creator`), except one reporter's own account with no byline. The body is
`div.field-name-body` (CKEditor: `<figure class="caption caption-img">` captions, a plain table); the image field,
the file field "Tệp đính kèm" and the tags field are siblings in `div.content`; teasers on the front and term pages
repeat the body's first paragraphs (a short post's teaser is all of it, without byline); comments are
`<article class="comment">` with their own "Gửi bởi … vào …" lines; robots.txt (Backdrop's stock list) disallows
`/comment/reply/` ("Thêm bình luận mới") and `/search/`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "lienminh-htxhaugiang"
NAME = "Liên minh Hợp tác xã tỉnh Hậu Giang"
SLOGAN = "Đoàn kết - Hợp tác - Cùng phát triển"
OFFICE = "Ban biên tập"
WD = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
EN_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CATS = {1: ("tin-hoat-dong", "Tin hoạt động"), 2: ("van-ban", "Văn bản - Thông báo"), 3: ("guong-htx", "Gương HTX điển hình"),
        4: ("hinh-anh", "Hình ảnh")}
TAGS = {11: ("ocop", "OCOP"), 12: ("luat-htx-2023", "Luật HTX 2023"), 13: ("chuyen-doi-so", "Chuyển đổi số"),
        14: ("lua-ca", "Lúa - cá"), 15: ("khom", "Khóm"), 16: ("hoi-nghi", "Hội nghị")}
TODAY = "Thứ Sáu, 20/06/2025"
COUNTER = ("Đang trực tuyến: 9", "Hôm nay: 214", "Tổng lượt truy cập: 1.286.530")
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Hậu Giang",
          "Địa chỉ: số 09 đường Võ Văn Kiệt, phường V, thành phố Vị Thanh, tỉnh Hậu Giang",
          "Điện thoại: 0293.3878.126 - Email: lmhtx@haugiang.gov.vn",
          "Chịu trách nhiệm nội dung: Phó Chủ tịch Thường trực Nguyễn Văn Tám",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Hậu Giang\" khi phát hành lại thông tin từ website này."]
FURN = [SLOGAN, TODAY, *COUNTER, *FOOTER, "Thống kê truy cập", "Tin mới", "Liên kết website", "Thời tiết Vị Thanh",
        "Nhiều mây, có mưa rào, 27 - 33°C", "Được vận hành bởi Backdrop CMS", "Chuyển đến nội dung chính",
        "Thêm bình luận mới", "Bình luận", "Thẻ:", "Chuyên mục:", "Tệp đính kèm:", "(chưa xác minh)", "Gửi bởi",
        "Tìm kiếm", "Đường dây nóng hỗ trợ HTX: 0293.3878.127"]


def submitted(d: datetime) -> str:
    """The core 'medium' date format left at its default 'D, m/d/Y - H:i' (weekday translated)."""
    return f"{WD[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def rfc_utc(d: datetime) -> str:
    u = d - timedelta(hours=7)
    return f"{EN_WD[u.weekday()]}, {u:%d} {EN_MON[u.month - 1]} {u:%Y %H:%M:%S} +0000"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="lien-minh-htx-tinh-so-ket-6-thang-dau-nam-2025", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025",
          lead="**Chiều 13/6, Liên minh HTX tỉnh Hậu Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2025.**",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 17 HTX, nâng tổng số HTX đang hoạt động lên 281 HTX với hơn 12.400 thành viên.
[img so-ket-6-thang.png] Quang cảnh hội nghị sơ kết tại hội trường Liên minh HTX tỉnh
Doanh thu bình quân của HTX nông nghiệp ước đạt 2,8 tỷ đồng, tăng 9% so với cùng kỳ; nhiều HTX đã ký hợp đồng liên kết tiêu thụ lúa, khóm và cá thát lát với doanh nghiệp.
## Nhiệm vụ 6 tháng cuối năm
Liên minh HTX tỉnh tiếp tục hỗ trợ HTX hoàn thiện hồ sơ sắp xếp tổ chức theo mô hình chính quyền địa phương hai cấp và chuẩn bị hợp nhất với Liên minh HTX thành phố Cần Thơ.
Hội nghị cũng khen thưởng 12 HTX có thành tích xuất sắc trong phong trào thi đua năm 2025.
""", byline="Bài và ảnh: Huỳnh Như", author="Huỳnh Như",
          opts={"nid": 412, "cat": 1, "tags": [16], "img": "so-ket-6-thang-field.png", "comments": [(57, "Lâm Văn Út", "Rất mong Liên minh hỗ trợ thêm cho HTX ở Long Mỹ.", datetime(2025, 6, 14, 9, 12)),
                                                                                       (58, "Trần Thị Bích", "Cảm ơn Ban biên tập đã đưa tin kịp thời.", datetime(2025, 6, 15, 20, 40))]},
          notes=["title is h1.page-title outside article.node; 'Submitted' line 'Gửi bởi Ban biên tập vào T6, 06/13/2025 - 15:20' "
                 "(month first); two comments (article.comment, their own 'Gửi bởi … (chưa xác minh) vào …' lines and "
                 "/comment/<cid> permalinks that render this page: aliases); 'Bài và ảnh: Huỳnh Như' -> author"],
          **at(datetime(2025, 6, 13, 15, 20))),
        A(path="thong-bao-so-45-tb-lmhtx-ve-viec-dang-ky-tham-gia-hoi-cho-ocop-2025", title="Thông báo số 45/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH HẬU GIANG
Số: 45/TB-LMHTX
Hậu Giang, ngày 04 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX năm 2025
Nhằm hỗ trợ HTX quảng bá, kết nối tiêu thụ sản phẩm, Liên minh HTX tỉnh thông báo đến các HTX, tổ hợp tác trên địa bàn tỉnh như sau:
* Thời gian hội chợ: từ ngày 10 đến ngày 14/7/2025 tại Quảng trường Hòa Bình, thành phố Vị Thanh;
* Mỗi HTX đăng ký tối đa 01 gian hàng, được hỗ trợ 100% chi phí thuê gian hàng;
* Hạn chót đăng ký: ngày 25/6/2025, gửi về Phòng Kế hoạch - Hỗ trợ.
Mẫu đơn đăng ký kèm theo thông báo này.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Tám
""", author=None, doc_number="45/TB-LMHTX",
          attachments=[{"path": "/files/van-ban/2025/tb-45-lmhtx-hoi-cho-ocop.pdf", "text": "tb-45-lmhtx-hoi-cho-ocop.pdf"},
                       {"path": "/files/van-ban/2025/mau-don-dang-ky-gian-hang.doc", "text": "mau-don-dang-ky-gian-hang.doc"}],
          opts={"nid": 409, "cat": 2, "tags": [11]},
          notes=["notice 'Số: 45/TB-LMHTX' dated 04/6 in the text; 'Gửi bởi Ban biên tập vào T5, 06/05/2025 - 08:00' is 5 June "
                 "(month first; the weekday T5 agrees), the /tin-tuc view and the sidebar print 05/06/2025 day first, the RSS "
                 "pubDate 'Thu, 05 Jun 2025 01:00:00 +0000'; signer is text, author null; PDF and DOC in the file field "
                 "'Tệp đính kèm:' after the body: attachments"],
          **at(datetime(2025, 6, 5, 8, 0))),
        A(path="anh-phien-cho-nong-san-htx-tai-quang-truong-hoa-binh", title="Ảnh: Phiên chợ nông sản HTX tại Quảng trường Hòa Bình",
          body="""
Phiên chợ cuối tuần quy tụ 32 gian hàng của các HTX, tổ hợp tác trong tỉnh.
[img cho-phien-1.png] Gian hàng khóm Cầu Đúc của HTX Hỏa Tiến luôn đông khách
[img cho-phien-2.png] Cá thát lát rút xương của HTX Thủy sản Long Trị
[img cho-phien-3.png] Thành viên HTX giới thiệu bưởi Năm Roi Phú Hữu với du khách
""", byline="Ảnh: Trúc Linh", author="Trúc Linh",
          opts={"nid": 405, "cat": 4, "tags": [11, 15]},
          notes=["photo story: three <figure class='caption caption-img'> with <figcaption> (the lines); 'Ảnh: Trúc Linh' -> "
                 "author; a short post: the front page's teaser holds all its paragraphs (not the byline)"],
          **at(datetime(2025, 5, 24, 9, 10))),
        A(path="ket-qua-phat-trien-htx-5-thang-dau-nam-2025", title="Kết quả phát triển HTX 5 tháng đầu năm 2025 theo địa bàn",
          body="""
Theo số liệu tổng hợp của Liên minh HTX tỉnh, đến cuối tháng 5/2025 toàn tỉnh có 279 HTX đang hoạt động.
| Địa bàn | HTX đang hoạt động | Thành lập mới | Giải thể |
| Thành phố Vị Thanh | 31 | 2 | 0 |
| Thành phố Ngã Bảy | 28 | 3 | 1 |
| Thị xã Long Mỹ | 44 | 4 | 0 |
| Huyện Châu Thành A | 52 | 3 | 1 |
| Huyện Phụng Hiệp | 67 | 4 | 2 |
Số HTX giải thể chủ yếu là HTX đã ngừng hoạt động nhiều năm, không còn thành viên tham gia.
""", author=None,
          opts={"nid": 401, "cat": 1, "tags": [12]},
          notes=["a plain CKEditor table, one line per row; 'T5, 05/08/2025 - 14:00' is 8 May; no byline: author null"],
          **at(datetime(2025, 5, 8, 14, 0))),
        A(path="nam-nhom-giai-phap-nang-cao-hieu-qua-htx-nong-nghiep", title="Năm nhóm giải pháp nâng cao hiệu quả hoạt động của HTX nông nghiệp",
          body="""
Để HTX nông nghiệp hoạt động hiệu quả theo Luật HTX năm 2023, ngành chức năng đề ra năm nhóm giải pháp trọng tâm:
* Kiện toàn bộ máy quản lý, bố trí cán bộ trẻ có trình độ về làm việc tại HTX;
* Xây dựng vùng nguyên liệu tập trung gắn với mã số vùng trồng;
* Liên kết với doanh nghiệp trong cung ứng vật tư và bao tiêu sản phẩm;
* Tiếp cận nguồn vốn của Quỹ hỗ trợ phát triển HTX và các ngân hàng thương mại;
* Ứng dụng chuyển đổi số trong quản lý và bán hàng.
Các địa phương được giao rà soát, hoàn thành kế hoạch hỗ trợ HTX trước ngày 30/6.
""", byline="Theo Báo Hậu Giang", author=None,
          opts={"nid": 398, "cat": 1, "tags": [12, 13]},
          notes=["a five-item list; 'Theo Báo Hậu Giang' names a newspaper: text, author null"],
          **at(datetime(2025, 4, 29, 10, 5))),
        A(path="htx-khom-hoa-tien-dua-san-pham-vao-sieu-thi", title="HTX Khóm Hỏa Tiến đưa sản phẩm vào hệ thống siêu thị",
          body="""
HTX Nông nghiệp Hỏa Tiến vừa ký hợp đồng cung ứng khóm tươi và khóm sấy dẻo cho một hệ thống siêu thị tại TP. Hồ Chí Minh.
Mỗi tháng, HTX giao khoảng 40 tấn khóm tươi loại 1 và 2 tấn khóm sấy đạt chứng nhận OCOP 4 sao.
Để đáp ứng yêu cầu của siêu thị, HTX đầu tư thêm kho mát và dây chuyền đóng gói, tạo việc làm cho 25 lao động địa phương.
""", author="Nguyễn Thị Mỹ Tiên",
          opts={"nid": 393, "cat": 3, "tags": [15, 11], "user": "Nguyễn Thị Mỹ Tiên"},
          notes=["posted by the reporter's own account: 'Gửi bởi Nguyễn Thị Mỹ Tiên vào T5, 04/17/2025 - 10:30', no byline -> "
                 "author (a person; the office account 'Ban biên tập' never is)"],
          **at(datetime(2025, 4, 17, 10, 30))),
        A(path="htx-dich-vu-nong-nghiep-tan-long-nhan-rong-mo-hinh-lua-ca", title="HTX Dịch vụ nông nghiệp Tân Long nhân rộng mô hình lúa - cá",
          body="""
Sau hai năm thí điểm, HTX Dịch vụ nông nghiệp Tân Long mở rộng mô hình nuôi cá đồng trên ruộng lúa lên 85 ha.
[img lua-ca-tan-long.png] Thành viên HTX thu hoạch cá trên ruộng lúa sau vụ Đông Xuân
Mô hình giúp giảm 30% lượng thuốc bảo vệ thực vật, lợi nhuận tăng thêm 12 - 15 triệu đồng/ha mỗi vụ.
HTX đang xây dựng nhãn hiệu "Lúa cá Tân Long" để nâng giá trị sản phẩm.
""", byline="Hữu Phước - Trung tâm Khuyến nông", author="Hữu Phước",
          opts={"nid": 388, "cat": 3, "tags": [14], "old": "htx-tan-long-nuoi-ca-tren-ruong-lua"},
          notes=["retitled: the former alias /tin-tuc/htx-tan-long-nuoi-ca-tren-ruong-lua 301-redirects (core Redirect), "
                 "linked from /gioi-thieu; 'T4, 04/02/2025 - 07:45' is 2 April; 'Hữu Phước - Trung tâm Khuyến nông' -> Hữu Phước"],
          **at(datetime(2025, 4, 2, 7, 45))),
        A(path="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-9", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 9, nhiệm kỳ 2020 - 2025",
          body="""
Ngày 21/3, Ban Chấp hành Liên minh HTX tỉnh tổ chức hội nghị lần thứ 9 cho ý kiến vào dự thảo báo cáo chính trị trình Đại hội nhiệm kỳ 2025 - 2030.
## Đánh giá nhiệm kỳ 2020 - 2025
Trong nhiệm kỳ, số HTX tăng 1,6 lần, 46 sản phẩm của HTX đạt chứng nhận OCOP từ 3 sao trở lên.
## Phương hướng nhiệm kỳ mới
Phấn đấu mỗi xã có ít nhất một HTX hoạt động hiệu quả, 70% HTX nông nghiệp có liên kết tiêu thụ sản phẩm.
""", byline="Thu Hà - Văn phòng Liên minh", author="Thu Hà",
          opts={"nid": 380, "cat": 1, "tags": [16], "comments": [(41, "Phạm Quốc Việt", "Đề nghị bổ sung chỉ tiêu về chuyển đổi số trong HTX.", datetime(2025, 3, 22, 7, 30))]},
          notes=["oldest post: only on the listings' second pages (/?page=1, /tin-tuc?page=1: Drupal's 0-based pager); two "
                 "<h2> headings; 'Thu Hà - Văn phòng Liên minh' -> Thu Hà; 'T6, 03/21/2025 - 16:00'"],
          **at(datetime(2025, 3, 21, 16, 0))),
    ]


def figure(b) -> str:
    return (f'<figure class="caption caption-img align-center"><img data-file-id="{sum(map(ord, b.src)) % 900 + 100}" '
            f'src="/files/inline-images/{b.src}" alt="" width="640" height="427" /><figcaption>{esc(b.text)}</figcaption></figure>')


def render(a: RichArticle, teaser: bool = False) -> str:
    out = []
    if a.lead:
        out.append(f"<p>{inline_html(a.lead)}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(figure(b))
        elif b.kind == "table":
            out.append(table_html(b, css="table", border=True))
    if teaser:
        # text_summary_or_trimmed: the first paragraphs, cut at the 600-character trim length
        picked, size = [], 0
        for chunk in out:
            if size > 300:
                break
            picked.append(chunk)
            size += len(chunk)
        return "\n".join(picked)
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


HTML = "text/html; charset=utf-8"


class Site(SiteBuild):
    def page(self, path, content, *, encoding=None, content_type=None):  # Backdrop answers every path from index.php
        super().page(path, content, encoding=encoding, content_type=content_type or HTML)


def build() -> SiteBuild:
    site = Site(SITE, "hau-giang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/tin-tuc/{a.path}"

    def user_of(a) -> str:
        return a.opts.get("user", OFFICE)

    def sub(name: str, d: datetime, anon: bool = False) -> str:
        who = f'<span class="username">{esc(name)}</span>' + (" (chưa xác minh)" if anon else "")
        return f"Gửi bởi {who} vào {submitted(d)}"

    recent = "".join(f'<div class="views-row views-row-{k + 1}"><div class="views-field views-field-title"><span class="field-content">'
                     f'<a href="{p.path}">{esc(p.title)}</a></span></div><div class="views-field views-field-created">'
                     f'<span class="field-content">{p.date:%d/%m/%Y}</span></div></div>' for k, p in enumerate(posts[:5]))
    weblinks = [("Cổng thông tin điện tử Chính phủ", "/chinh-phu/"), ("Liên minh HTX Việt Nam", "/lmhtx-vn/"),
             ("Báo Kinh tế hợp tác", "/tin-tuc/bai-viet-1.html")]

    def layout(title: str, main: str, *, head: str = "", page_title: str | None = None, body_class: str = "page",
               breadcrumb: str = "") -> str:
        h1 = f'<div class="l-page-title"><a id="main-content"></a><h1 class="page-title">{esc(page_title)}</h1></div>' if page_title else '<a id="main-content"></a>'
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
  <head>
    <meta charset="utf-8" />
<link rel="shortcut icon" href="/core/misc/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}<meta name="Generator" content="Backdrop CMS 1 (https://backdropcms.org)" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" href="/core/misc/normalize.css?sx8b6d" media="all" />
<link rel="stylesheet" href="/core/modules/system/css/system.css?sx8b6d" media="all" />
<link rel="stylesheet" href="/core/themes/basis/css/base.css?sx8b6d" media="all" />
<link rel="stylesheet" href="/core/themes/basis/css/component/menu-dropdown.css?sx8b6d" media="all" />
    <script src="/core/misc/jquery.js?v=3.7.1"></script>
<script src="/core/misc/backdrop.js?sx8b6d"></script>
<script>window.Backdrop = {{settings: {{"basePath":"/","pathPrefix":"","ajaxPageState":{{"theme":"basis"}}}}}};</script>
  </head>
  <body class="{body_class}">
    <div class="layout--moscone-flipped layout">
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a>
  </div>
      <header class="l-header" role="banner" aria-label="Site header">
      <div class="l-header-inner container container-fluid">
        <div class="block block-block-today"><div class="block-content"><p class="today">{TODAY}</p></div></div>
<div class="block block-system-header">
  <div class="block-content">
  <div class="header-identity-wrapper">
    <div class="header-site-name-wrapper">
      <a href="/" title="Trang chủ" class="header-site-name-link" rel="home">
        <div class="header-logo-wrapper"><img src="/files/logo-lmhtx-haugiang.png" alt="Trang chủ" class="header-logo" width="72" height="72" /></div>
        <strong>{NAME}</strong>
      </a>
    </div>
    <div class="header-site-slogan">{SLOGAN}</div>
  </div>
  <nav class="header-menu"><ul class="menu-dropdown menu" data-menu-style="dropdown" data-clickdown="0">
<li class="first leaf"><a href="/" title="">Trang chủ</a></li>
<li class="leaf"><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="expanded has-children"><a href="/tin-tuc">Tin tức</a><ul>
<li class="first leaf"><a href="/chuyen-muc/tin-hoat-dong">Tin hoạt động</a></li>
<li class="leaf"><a href="/chuyen-muc/guong-htx">Gương HTX điển hình</a></li>
<li class="last leaf"><a href="/chuyen-muc/hinh-anh">Hình ảnh</a></li></ul></li>
<li class="leaf"><a href="/van-ban">Văn bản</a></li>
<li class="last leaf"><a href="/lien-he">Liên hệ</a></li>
</ul></nav>
  </div>
</div>
      </div>
    </header>
    <div class="l-wrapper">
    <div class="l-wrapper-inner container container-fluid">
      {breadcrumb}
      <div class="l-messages" role="status" aria-label="Status messages"></div>
      {h1}
      <div class="l-tabs" role="tablist"></div>
      <div class="l-middle">
      <main class="l-content" role="main" aria-label="Main content">
        {main}
      </main>
      <div class="l-sidebar l-sidebar-first">
<div class="block block-search-form"><div class="block-content"><form class="search-block-form" action="/" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><div class="form-item form-type-searchfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm</label><input title="Nhập từ khóa bạn muốn tìm." type="search" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text form-search" /></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" /></div><input type="hidden" name="form_id" value="search_block_form" /></div></div></form></div></div>
<div class="block block-views-tin-moi-block"><h2 class="block-title">Tin mới</h2><div class="block-content"><div class="view view-tin-moi view-id-tin_moi view-display-id-block"><div class="view-content">{recent}</div></div></div></div>
<div class="block block-block-thoi-tiet"><h2 class="block-title">Thời tiết Vị Thanh</h2><div class="block-content"><p>Nhiều mây, có mưa rào, 27 - 33°C</p></div></div>
<div class="block block-visitors"><h2 class="block-title">Thống kê truy cập</h2><div class="block-content"><ul><li>{COUNTER[0]}</li><li>{COUNTER[1]}</li><li>{COUNTER[2]}</li></ul></div></div>
<div class="block block-block-lien-ket"><h2 class="block-title">Liên kết website</h2><div class="block-content"><ul>{"".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{esc(t)}</a></li>' for t, h in weblinks)}</ul><p class="hotline">Đường dây nóng hỗ trợ HTX: 0293.3878.127</p></div></div>
      </div>
      </div>
    </div>
    </div>
    <footer class="l-footer" aria-label="Site footer">
      <div class="l-footer-inner container container-fluid">
        <div class="block block-block-footer-info"><div class="block-content">{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}</div></div>
<div class="block block-system-powered-by"><div class="block-content"><span>Được vận hành bởi <a href="{{{{base:offsite}}}}/backdropcms/">Backdrop CMS</a></span></div></div>
      </div>
    </footer>
  </div>
<script src="/core/themes/basis/js/script.js?sx8b6d"></script>
  </body>
</html>
"""

    def crumbs(*items: tuple[str, str]) -> str:
        lis = '<li><a href="/">Trang chủ</a></li>' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in items)
        return f'<nav class="breadcrumb" aria-label="Website Orientation"><ol>{lis}</ol></nav>'

    def term_links(a) -> str:
        cslug, cname = CATS[a.opts["cat"]]
        tags = "".join(f'<div class="field-item {"even" if k % 2 == 0 else "odd"}"><a href="/tags/{TAGS[t][0]}">{esc(TAGS[t][1])}</a></div>'
                       for k, t in enumerate(a.opts["tags"]))
        return (f'<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix">'
                f'<div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even">'
                f'<a href="/chuyen-muc/{cslug}">{esc(cname)}</a></div></div></div>'
                f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">'
                f'<div class="field-label">Thẻ:&nbsp;</div><div class="field-items">{tags}</div></div>')

    def teaser(a) -> str:
        img = (f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even">'
               f'<a href="{a.path}"><img src="/files/styles/medium/public/field/image/{a.opts["img"]}?itok=Qm3v0Yc1" width="220" height="147" alt="" /></a></div></div></div>'
               if a.opts.get("img") else "")
        comments = a.opts.get("comments", [])
        clink = (f'<li class="comment-comments"><a href="{a.path}#comments" title="Tới bình luận đầu tiên.">{len(comments)} bình luận</a></li>'
                 if comments else "")
        return (f'<article id="node-{a.opts["nid"]}" class="node node-post view-mode-teaser promoted clearfix">'
                f'<h2><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>'
                f'<footer><p class="submitted">{sub(user_of(a), a.date)}</p></footer>'
                f'<div class="content">{img}<div class="field field-name-body field-type-text-with-summary field-label-hidden">'
                f'<div class="field-items"><div class="field-item even">{render(a, teaser=True)}</div></div></div></div>'
                f'<ul class="links inline"><li class="node-readmore first"><a href="{a.path}" rel="tag" title="{attr(a.title)}">Đọc thêm'
                f'<span class="element-invisible"> về {esc(a.title)}</span></a></li>{clink}</ul></article>')

    def pager(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        sep = "&" if "?" in base else "?"

        def href(k: int) -> str:
            return base if k == 0 else f"{base}{sep}page={k}"
        items = []
        if n > 0:
            items += [f'<li class="pager-first first"><a href="{href(0)}">« đầu</a></li>',
                      f'<li class="pager-previous"><a href="{href(n - 1)}">‹ trước</a></li>']
        for k in range(total):
            items.append(f'<li class="pager-current">{k + 1}</li>' if k == n else f'<li class="pager-item"><a title="Đến trang {k + 1}" href="{href(k)}">{k + 1}</a></li>')
        if n + 1 < total:
            items += [f'<li class="pager-next"><a href="{href(n + 1)}">tiếp ›</a></li>',
                      f'<li class="pager-last last"><a href="{href(total - 1)}">cuối »</a></li>']
        return (f'<nav class="pager" role="navigation" aria-labelledby="pager-label"><h2 id="pager-label" class="element-invisible">Trang</h2>'
                f'<ul class="pager">{"".join(items)}</ul></nav>')

    cid_to_post = {}
    for a in posts:
        nid = a.opts["nid"]
        body = render(a)
        img = (f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even">'
               f'<img src="/files/styles/large/public/field/image/{a.opts["img"]}?itok=Xb7p2KfL" width="480" height="320" alt="" /></div></div></div>'
               if a.opts.get("img") else "")
        files = ""
        if a.attachments:
            items = "".join(
                f'<div class="field-item {"even" if k % 2 == 0 else "odd"}"><span class="file"><img class="file-icon" alt="" title="{mime}" '
                f'src="/core/modules/file/icons/{icon}.png" /> <a href="{x["path"]}" type="{mime}; length={size}">{esc(x["text"])}</a></span></div>'
                for k, (x, mime, icon, size) in enumerate(
                    (x, *(("application/pdf", "application-pdf", 48211) if x["path"].endswith(".pdf") else ("application/msword", "x-office-document", 26112)))
                    for x in a.attachments))
            files = (f'<div class="field field-name-field-tep-dinh-kem field-type-file field-label-above"><div class="field-label">Tệp đính kèm:&nbsp;</div>'
                     f'<div class="field-items">{items}</div></div>')
        comments = a.opts.get("comments", [])
        cm = ""
        for cid, who, text, when in comments:
            cid_to_post[cid] = a
            cm += (f'<a id="comment-{cid}"></a><article class="comment comment-by-anonymous clearfix" typeof="sioc:Post sioct:Comment">'
                   f'<h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">{esc(text[:28])}…</a></h3>'
                   f'<footer><p class="submitted">{sub(who, when, anon=True)}</p></footer>'
                   f'<div class="content"><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items">'
                   f'<div class="field-item even"><p>{esc(text)}</p></div></div></div></div></article>')
        csec = (f'<section class="comments">' + (f'<h2 class="title">Bình luận</h2>{cm}' if cm else "")
                + f'<h2 class="title comment-form">Thêm bình luận mới</h2><form class="comment-form user-info-from-cookie" '
                  f'action="/comment/reply/{nid}" method="post" id="comment-form" accept-charset="UTF-8"><div>'
                  f'<div class="form-item form-type-textfield form-item-name"><label for="edit-name">Tên của bạn </label>'
                  f'<input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
                  f'<div class="form-item form-type-textarea"><label for="edit-comment-body">Bình luận <span class="form-required" title="Trường này là bắt buộc.">*</span></label>'
                  f'<textarea id="edit-comment-body" name="comment_body[und][0][value]" cols="60" rows="5" class="form-textarea required"></textarea></div>'
                  f'<div class="form-actions" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Lưu" class="form-submit" /></div></div></form></section>')
        links = f'<ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/{nid}#comment-form">Thêm bình luận mới</a></li></ul>'
        art = (f'<article id="node-{nid}" class="node node-post view-mode-full clearfix">'
               f'<footer><p class="submitted">{sub(user_of(a), a.date)}</p></footer>'
               f'<div class="content">{img}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
               f'<div class="field-item even">{body}</div></div></div>{files}{term_links(a)}</div>{links}{csec}</article>')
        head = (f'<link rel="canonical" href="{a.path}" />\n<link rel="shortlink" href="/node/{nid}" />\n')
        cslug, cname = CATS[a.opts["cat"]]
        html = layout(f"{a.title} | {NAME}", art, head=head, page_title=a.title,
                      body_class=f"page node-type-post page-node-{nid}", breadcrumb=crumbs((cname, f"/chuyen-muc/{cslug}")))
        site.page(a.path, html)
        site.same_page(f"/node/{nid}", a.path)
        a.aliases.append(f"/node/{nid}")
        for cid, *_ in comments:
            site.same_page(f"/comment/{cid}", a.path)
            a.aliases.append(f"/comment/{cid}")
        reply = f"/comment/reply/{nid}"
        site.page(reply, layout(f"Thêm bình luận mới | {NAME}", "<p>Bạn cần đăng nhập để gửi bình luận.</p>", page_title="Thêm bình luận mới"))
        site.never_fetched.append(reply)
        if a.opts.get("old"):
            old = f"/tin-tuc/{a.opts['old']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/files/inline-images/{b.src}", image_for(b.src))
        for x in a.attachments:
            if x["path"].endswith(".pdf"):
                site.binary(x["path"], pdf(a.title, ["THONG BAO SO 45/TB-LMHTX", "Hoi cho san pham OCOP va HTX nam 2025"]))
            else:
                from .core import rtf
                site.binary(x["path"], rtf(["ĐƠN ĐĂNG KÝ THAM GIA GIAN HÀNG", "Tên HTX: ......................"]))
        site.add_article(a)

    def listing(path: str, title: str, items_html: str, *, feed: str = "", crumb: tuple | None = None) -> None:
        head = (f'<link rel="alternate" type="application/rss+xml" title="{attr(title)}" href="{{{{base}}}}{feed}" />\n' if feed else "")
        head += f'<link rel="canonical" href="{path.split("?")[0]}" />\n'
        site.page(path, layout(f"{title} | {NAME}", items_html, head=head, page_title=title,
                               breadcrumb=crumbs(crumb) if crumb else ""))
        site.non_articles.append(path)

    # front page: promoted teasers, 5 a page, 0-based pager
    per = 5
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks):
        path = "/" if n == 0 else f"/?page={n}"
        main = ('<div class="view view-promoted view-id-promoted view-display-id-page"><div class="view-content">'
                + "".join(f'<div class="views-row">{teaser(a)}</div>' for a in chunk) + "</div>"
                + pager("/", n, len(chunks)) + "</div>")
        head = f'<link rel="alternate" type="application/rss+xml" title="{NAME} RSS" href="{{{{base}}}}/rss.xml" />\n'
        site.page(path, layout(NAME if n == 0 else f"Trang chủ | {NAME}", main, head=head, body_class="page front"))
        site.non_articles.append(path)
    site.trap("front page: promoted teasers (h2 link, the same 'Gửi bởi … vào m/d/Y' line, the body's first paragraphs; a "
              "short post's teaser is its whole text) with Drupal's 0-based pager: the second page is /?page=1", "/?page=1")

    # the news view: titles and day-first dates, 6 a page
    per = 6
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks):
        rows = "".join(f'<tr class="{"odd" if k % 2 == 0 else "even"}"><td class="views-field views-field-title"><a href="{a.path}">{esc(a.title)}</a></td>'
                       f'<td class="views-field views-field-created">{a.date:%d/%m/%Y}</td></tr>' for k, a in enumerate(chunk))
        main = (f'<div class="view view-tin-tuc view-id-tin_tuc view-display-id-page"><div class="view-content"><table class="views-table cols-2">'
                f'<thead><tr><th class="views-field views-field-title">Tiêu đề</th><th class="views-field views-field-created">Ngày đăng</th></tr></thead>'
                f'<tbody>{rows}</tbody></table></div>{pager("/tin-tuc", n, len(chunks))}</div>')
        listing("/tin-tuc" if n == 0 else f"/tin-tuc?page={n}", "Tin tức", main, crumb=None)
    site.trap("the view /tin-tuc (a views-table: title, 'Ngày đăng' day first 05/06/2025, the article's 'Submitted' line "
              "says 06/05/2025) and its ?page=1", "/tin-tuc?page=1")

    # terms: categories and tags (teasers), with their feeds
    for tid, (slug, name) in {**CATS, **TAGS}.items():
        kind = "chuyen-muc" if tid in CATS else "tags"
        items = [a for a in posts if (a.opts["cat"] == tid if tid in CATS else tid in a.opts["tags"])]
        if not items:
            continue
        main = ('<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page"><div class="view-content">'
                + "".join(f'<div class="views-row">{teaser(a)}</div>' for a in items) + "</div></div>")
        listing(f"/{kind}/{slug}", name, main, feed=f"/taxonomy/term/{tid}/feed")
        site.same_page(f"/taxonomy/term/{tid}", f"/{kind}/{slug}")
        site.non_articles.append(f"/taxonomy/term/{tid}")
        site.page(f"/taxonomy/term/{tid}/feed", rss(f"{NAME} - {name}", f"/{kind}/{slug}", items), content_type="application/rss+xml; charset=utf-8")
    site.trap("term pages /chuyen-muc/<slug> and /tags/<slug> (= /taxonomy/term/<tid>): teasers; their feeds "
              "/taxonomy/term/<tid>/feed: lists", "/chuyen-muc/van-ban")

    docs = [a for a in posts if a.attachments or a.doc_number]

    def dl(a) -> str:
        return " ".join('<a href="%s">Tải về</a>' % x["path"] for x in a.attachments)
    rows = "".join(f'<tr><td>{esc(a.doc_number or "")}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.date:%d/%m/%Y}</td>'
                   f'<td>{dl(a)}</td></tr>' for a in docs)
    listing("/van-ban", "Văn bản", f'<div class="view view-van-ban"><div class="view-content"><table class="views-table"><thead><tr><th>Số hiệu</th>'
            f'<th>Trích yếu</th><th>Ngày ban hành</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></div></div>')

    retitled = next(a for a in posts if a.opts.get("old"))
    for path, title, text in [
        ("/gioi-thieu", "Giới thiệu", '<p>Liên minh Hợp tác xã tỉnh Hậu Giang được thành lập năm 2004, là tổ chức kinh tế - xã hội đại diện '
         'và hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Từ ngày 01/7/2025, tỉnh Hậu Giang hợp nhất vào thành phố Cần Thơ; '
         'website tạm thời duy trì để lưu trữ thông tin.</p><p>Xem thêm: <a href="/tin-tuc/' + retitled.opts["old"] + '">HTX Tân Long nuôi cá '
         'trên ruộng lúa</a>.</p>'),
        ("/lien-he", "Liên hệ", '<p>Mọi ý kiến xin gửi về Văn phòng Liên minh HTX tỉnh.</p><form action="/lien-he" method="post">'
         '<input type="text" name="name" /><textarea name="message"></textarea><input type="submit" value="Gửi" /></form>')]:
        site.page(path, layout(f"{title} | {NAME}", f'<article class="node node-page view-mode-full clearfix"><div class="content">'
                                                    f'<div class="field field-name-body"><div class="field-items"><div class="field-item even">{text}'
                                                    f'</div></div></div></div></article>', page_title=title))
        site.non_articles.append(path)
    site.trap("pages /gioi-thieu (links a post's former alias, 301) and /lien-he (node-type-page, no 'Submitted' line): "
              "not articles; /van-ban: a documents table", "/gioi-thieu")

    site.page("/rss.xml", rss(NAME, "/", posts[:10]), content_type="application/rss+xml; charset=utf-8")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{(a.date - timedelta(hours=7)):%Y-%m-%dT%H:%MZ}</lastmod>"
                   f"<changefreq>monthly</changefreq><priority>0.5</priority></url>" for a in posts)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{{{{base}}}}/</loc><changefreq>daily</changefreq>'
              f'<priority>1.0</priority></url>{urls}</urlset>', content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "#\n# robots.txt\n#\nUser-agent: *\nCrawl-delay: 10\n# Directories\nDisallow: /core/\nDisallow: /profiles/\n"
                "# Files\nDisallow: /README.md\nDisallow: /web.config\n# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\n"
                "Disallow: /filter/tips\nDisallow: /node/add/\nDisallow: /search/\nDisallow: /user/register\nDisallow: /user/password\n"
                "Disallow: /user/login\nDisallow: /user/logout\n# Paths (no clean URLs)\nDisallow: /?q=admin/\nDisallow: /?q=comment/reply/\n"
                "Disallow: /?q=node/add/\nDisallow: /?q=search/\nDisallow: /?q=user/login\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("every post also answers at /node/<nid> (head shortlink) and at its comments' /comment/<cid> permalinks (the "
              "node page again): aliases; robots.txt disallows /comment/reply/<nid> ('Thêm bình luận mới'): never fetched; "
              "/rss.xml pubDate in UTC (gmdate('r')) with dc:creator = the account", posts[0].path)
    site.binary("/files/logo-lmhtx-haugiang.png", image_for("logo"))
    for a in posts:
        if a.opts.get("img"):
            site.binary(f"/files/styles/large/public/field/image/{a.opts['img']}", image_for(a.opts["img"]))
            site.binary(f"/files/styles/medium/public/field/image/{a.opts['img']}", image_for(a.opts["img"] + "m"))
    site.static("/core/misc/favicon.ico", image_for("favicon"))
    return site


def rss(title: str, link: str, items: list) -> str:
    out = "".join(
        f"<item>\n <title>{esc(a.title)}</title>\n <link>{{{{base}}}}{a.path}</link>\n <description>{esc(render(a, teaser=True))}</description>\n"
        f" <pubDate>{rfc_utc(a.date)}</pubDate>\n <dc:creator>{esc(a.opts.get('user', OFFICE))}</dc:creator>\n"
        f" <guid isPermaLink=\"false\">{a.opts['nid']} at {{{{base}}}}</guid>\n <comments>{{{{base}}}}{a.path}#comments</comments>\n</item>\n"
        for a in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{{{{base}}}}{link}" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n <title>{esc(title)}</title>\n <link>{{{{base}}}}{link}</link>\n'
            f' <description></description>\n <language>vi</language>\n{out}</channel>\n</rss>\n')
