"""Site `lienminh-htxhanam` (registry family `generic`): the portal of the Hà Nam cooperative alliance (since 1 July 2025
part of Ninh Bình) on **TYPO3 12 LTS** with the **news** extension (georgringer/news 11, fluid_styled_content, a
Bootstrap site package, Vietnamese labels). The portal froze at the merger: a notice bar sends readers to the Ninh
Bình alliance; its newest news record is of late June 2025. Written as a held-out test: no family module, no selectors.

URL shapes (route enhancers as a TYPO3 integrator configures them): news detail `/tin-tuc/chi-tiet/<path_segment>`,
the list `/tin-tuc` paged `/tin-tuc/trang-2`, category lists `/tin-tuc/danh-muc/<slug>`, tag lists
`/tin-tuc/the/<slug>`, the date menu `/tin-tuc/luu-tru/<yyyy>/<mm>`, the feed `/tin-tuc/rss.xml` (typeNum 9818);
old links without enhancer `/index.php?id=12&tx_news_pi1[action]=detail&tx_news_pi1[controller]=News&tx_news_pi1[news]=N
&cHash=…` still answer the same page (the feed's guid and a few old menus carry them), files under `/fileadmin/`,
processed images `/fileadmin/_processed_/…/csm_<name>_<hash>.png`.

What the pages look like: every content element is a `div#c<uid>.frame.frame-default.frame-type-…` (the news plugin's
frame on detail and list pages, text elements in the sidebar and footer, a `frame-type-html` cookie notice). The
detail is `div.news.news-single > div.article`: the title is `.header h3[itemprop=headline]` (the page's only `<h1>`
is the hidden site name in the logo; the breadcrumb's last item repeats the title), the meta line `.footer p` holds
`span.news-list-date > time[itemprop=datePublished][datetime=Y-m-d]` "14/03/2025" (no time), the category, the tags
and `span.news-list-author` "Tác giả: <name>" (only when the record's author field is filled), then the teaser
`div.teaser-text[itemprop=description]` (the sapo, bold), the media container `div.news-img-wrap` (photo and its
`p.news-img-caption`), the RTE text `div.news-text-wrap[itemprop=articleBody]`, the back link and the
`div.news-related-wrap` boxes "Tin liên quan", "Tệp đính kèm" (fileadmin PDFs with size), "Liên kết". Lists are
`div.news-list-view > div.article` items with the same `.header h3 a`, the teaser (without its bold), "Xem thêm" and the
date; the paginator `ul.f3-widget-paginator` with "Trang 1 / 2."
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "lienminh-htxhanam"
NAME = "Liên minh Hợp tác xã tỉnh Hà Nam"
HTML = "text/html; charset=utf-8"
NOW = datetime(2025, 7, 3, 9, 0)
CATS = {3: ("Tin hoạt động", "tin-hoat-dong"), 4: ("Văn bản - Chính sách", "van-ban-chinh-sach"),
        5: ("HTX tiêu biểu", "htx-tieu-bieu"), 6: ("Sản phẩm OCOP", "san-pham-ocop")}
TAGS = {"ocop": "OCOP", "quy-ho-tro": "Quỹ hỗ trợ", "luat-htx-2023": "Luật HTX 2023", "hop-nhat-tinh": "Hợp nhất tỉnh",
        "nong-nghiep": "Nông nghiệp"}
NOTICE = ("Từ ngày 01/7/2025, Liên minh Hợp tác xã tỉnh Hà Nam hợp nhất vào Liên minh Hợp tác xã tỉnh Ninh Bình. "
          "Trang thông tin này ngừng cập nhật.")
COOKIE = "Website sử dụng cookie để phục vụ thống kê truy cập. Khi tiếp tục sử dụng, bạn đồng ý với chính sách cookie của chúng tôi."
CHROME = [NOTICE, COOKIE, "Đồng ý", "Tìm hiểu thêm", "Bạn đang ở:", "Quay lại", "Tin liên quan", "Tệp đính kèm", "Liên kết",
          "Chuyên mục", "Từ khóa", "Lưu trữ", "Liên hệ", "Địa chỉ: Số 188 đường Lê Hoàn, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam",
          "Điện thoại: 0226.3852.618 - Email: lmhtx@hanam.gov.vn", "© 2025 Liên minh Hợp tác xã tỉnh Hà Nam",
          "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Hà Nam", "Trang chủ", "Giới thiệu", "Tin tức",
          "Tác giả:"]


def dmy(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def slugify(title: str) -> str:
    import unicodedata
    t = title.lower().replace("đ", "d")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        day = d.replace(hour=0, minute=0)
        return dict(date=d, published=iso(day), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Liên minh HTX tỉnh Hà Nam tổng kết hoạt động, bàn giao để hợp nhất",
          lead="Chiều 27/6, Liên minh HTX tỉnh Hà Nam tổ chức hội nghị tổng kết hoạt động giai đoạn 1991 - 2025 và bàn giao tổ chức, hồ sơ, tài sản cho Liên minh HTX tỉnh Ninh Bình.",
          body="""
[img tong-ket-ban-giao.png] Lãnh đạo Liên minh HTX tỉnh Hà Nam ký biên bản bàn giao
Qua hơn 30 năm xây dựng và phát triển, Liên minh HTX tỉnh đã đồng hành cùng khu vực kinh tế tập thể của tỉnh. Đến nay, toàn tỉnh có 246 HTX với hơn 160.000 thành viên.
Giai đoạn 2020 - 2025, Liên minh đã tư vấn thành lập mới 58 HTX, hỗ trợ 96 HTX tham gia chuỗi giá trị nông sản và xây dựng 41 sản phẩm OCOP.
## Bàn giao nguyên trạng
Toàn bộ hồ sơ thành viên, các khoản cho vay của Quỹ hỗ trợ phát triển HTX được bàn giao nguyên trạng; quyền lợi của các HTX thành viên được bảo đảm.
""", author="Trần Minh Đức",
          opts={"uid": 412, "cat": 3, "tags": ["hop-nhat-tinh"], "author": "Trần Minh Đức", "links": []},
          notes=["news detail /tin-tuc/chi-tiet/<slug>: the title is .news-single .header h3 (the page's <h1> is the hidden site "
                 "name); time[itemprop=datePublished] datetime='2025-06-27' '27/06/2025' (no time: published at midnight); "
                 "'Tác giả: Trần Minh Đức' in span.news-list-author (the record's author field); the teaser div.teaser-text "
                 "is the lead; the media container's photo caption p.news-img-caption precedes the RTE text; the "
                 "news-related boxes after the text are not text"],
          **at(datetime(2025, 6, 27, 16, 0))),
        A(path="", title="Quyết định về việc chuyển giao Quỹ hỗ trợ phát triển HTX tỉnh Hà Nam",
          lead="Liên minh HTX tỉnh ban hành Quyết định số 45/QĐ-LMHTX về việc chuyển giao Quỹ hỗ trợ phát triển HTX.",
          body="""
LIÊN MINH HTX TỈNH HÀ NAM
Số: 45/QĐ-LMHTX
Hà Nam, ngày 20 tháng 6 năm 2025
QUYẾT ĐỊNH
Về việc chuyển giao Quỹ hỗ trợ phát triển HTX tỉnh Hà Nam
Điều 1. Chuyển giao nguyên trạng Quỹ hỗ trợ phát triển HTX tỉnh Hà Nam về Liên minh HTX tỉnh Ninh Bình kể từ ngày 01/7/2025.
Điều 2. Giám đốc Quỹ có trách nhiệm lập danh sách các khoản vay, tài sản bảo đảm và hồ sơ liên quan.
Điều 3. Chánh Văn phòng, Giám đốc Quỹ và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH
Nguyễn Văn Khải
""", author=None, doc_number="45/QĐ-LMHTX",
          attachments=[{"path": "/fileadmin/user_upload/van-ban/2025/QD-45-LMHTX-chuyen-giao-quy.pdf",
                        "text": "QD-45-LMHTX-chuyen-giao-quy.pdf"}],
          opts={"uid": 409, "cat": 4, "tags": ["quy-ho-tro", "hop-nhat-tinh"], "links": []},
          notes=["decision 'Số: 45/QĐ-LMHTX' (place-date line 20/6), the record dated 23/06/2025; no author field; the signer ends "
                 "the text (author null); the PDF in the 'Tệp đính kèm' box (news-related-files, with its size) is an "
                 "attachment, not text"],
          **at(datetime(2025, 6, 23, 10, 0))),
        A(path="", title="HTX Nông nghiệp Nhân Đạo liên kết trồng chuối tiêu hồng xuất khẩu",
          lead="Với 62 ha chuối tiêu hồng liên kết cùng doanh nghiệp, HTX Nông nghiệp Nhân Đạo đã đưa sản phẩm sang thị trường Nhật Bản và Hàn Quốc.",
          body="""
[img chuoi-nhan-dao.png] Thành viên HTX chăm sóc vườn chuối tiêu hồng
Mỗi năm, HTX cung ứng cho doanh nghiệp khoảng 2.500 tấn chuối đạt tiêu chuẩn GlobalGAP, giá thu mua ổn định theo hợp đồng.
Lợi nhuận từ trồng chuối cao gấp 4 - 5 lần so với trồng lúa, giúp thu nhập bình quân của thành viên đạt gần 90 triệu đồng/người/năm.
HTX đang phối hợp với xã mở rộng vùng trồng thêm 20 ha trên diện tích đất bãi ven sông Hồng.
Bài và ảnh: Phạm Thu Hà
""", author="Phạm Thu Hà",
          opts={"uid": 401, "cat": 5, "tags": ["nong-nghiep"], "links": [("Chuỗi giá trị chuối tiêu hồng - Báo Hà Nam", "/chuoi-gia-tri/")]},
          notes=["no author field: the closing RTE paragraph 'Bài và ảnh: Phạm Thu Hà' names the author; a 'Liên kết' box (an "
                 "outside link) after the text"],
          **at(datetime(2025, 6, 11, 8, 30))),
        A(path="", title="Hà Nam có thêm 12 sản phẩm OCOP đạt 3 sao và 4 sao",
          lead="UBND tỉnh vừa công nhận 12 sản phẩm OCOP năm 2025 đợt 1, trong đó 7 sản phẩm của các HTX.",
          body="""
Theo kết quả đánh giá, phân hạng của Hội đồng cấp tỉnh, các sản phẩm đạt chứng nhận gồm:
| Sản phẩm | Chủ thể | Hạng |
| Gạo hữu cơ Nhân Khang | HTX Nông nghiệp Nhân Khang | 4 sao |
| Cá kho Nhân Hậu | HTX Dịch vụ Nhân Hậu | 4 sao |
| Mật ong hoa nhãn | HTX Nuôi ong Thanh Liêm | 3 sao |
| Chuối tiêu hồng | HTX Nông nghiệp Nhân Đạo | 3 sao |
Các sản phẩm được cấp giấy chứng nhận có giá trị 36 tháng và được hỗ trợ quảng bá tại các hội chợ trong và ngoài tỉnh.
""", author="Lê Hương",
          opts={"uid": 396, "cat": 6, "tags": ["ocop"], "author": "Lê Hương", "links": []},
          notes=["an RTE data table (<th> header row, one line per row) after a line ending with a colon; 'Tác giả: Lê Hương'"],
          **at(datetime(2025, 5, 29, 14, 0))),
        A(path="", title="Tập huấn triển khai Luật Hợp tác xã năm 2023 cho cán bộ HTX",
          lead="Trong hai ngày 14 và 15/5, Liên minh HTX tỉnh tổ chức lớp tập huấn triển khai Luật HTX năm 2023 cho hơn 120 cán bộ quản lý HTX.",
          body="""
Học viên được giới thiệu những điểm mới của Luật HTX năm 2023, trong đó có các nội dung:
* Thành viên liên kết góp vốn và thành viên liên kết không góp vốn;
* Phân phối thu nhập chủ yếu theo mức độ sử dụng sản phẩm, dịch vụ;
* Quy định về tổ chức lại, giải thể và phá sản HTX.
Tại lớp học, nhiều HTX đề nghị Liên minh hướng dẫn sửa đổi điều lệ cho phù hợp với quy định mới.
""", author="Thanh Tâm",
          opts={"uid": 388, "cat": 3, "tags": ["luat-htx-2023"], "author": "Thanh Tâm", "links": []},
          notes=["a bulleted list after a colon; no photo: the news-img-wrap is absent"],
          **at(datetime(2025, 5, 16, 9, 0))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX cho vay 8,5 tỷ đồng trong 5 tháng đầu năm",
          lead="Từ đầu năm đến nay, Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 8,5 tỷ đồng cho 11 dự án.",
          body="""
Các dự án vay vốn tập trung vào đầu tư máy gặt đập liên hợp, nhà lưới trồng rau và xưởng sơ chế nông sản.
Quỹ tiếp tục nhận hồ sơ vay vốn đến hết ngày 25/6/2025 để hoàn tất trước khi chuyển giao.
Theo Báo Hà Nam
""", author=None,
          opts={"uid": 381, "cat": 4, "tags": ["quy-ho-tro"], "links": []},
          notes=["'Theo Báo Hà Nam' names a newspaper: text, author null; the oldest records are on /tin-tuc/trang-2 only"],
          **at(datetime(2025, 5, 6, 15, 0))),
        A(path="", title="Mô hình HTX nuôi cá lồng trên sông Châu",
          lead="HTX Thủy sản Duy Hải đang duy trì 48 lồng nuôi cá trên sông Châu, cho sản lượng hơn 300 tấn mỗi năm.",
          body="""
[img ca-long-song-chau.png] Các lồng cá của HTX trên sông Châu
HTX áp dụng quy trình nuôi an toàn sinh học, thức ăn có nguồn gốc rõ ràng và ghi chép nhật ký đầy đủ.
Sản phẩm cá lăng, cá chép giòn của HTX được nhiều nhà hàng ở Hà Nội và Phủ Lý đặt mua thường xuyên.
""", author="Ngọc Mai",
          opts={"uid": 372, "cat": 5, "tags": ["nong-nghiep"], "author": "Ngọc Mai", "links": []},
          **at(datetime(2025, 4, 18, 10, 0))),
        A(path="", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 9",
          lead="Ngày 3/4, Ban Chấp hành Liên minh HTX tỉnh Hà Nam khóa VI tổ chức hội nghị lần thứ 9 đánh giá kết quả quý I năm 2025.",
          body="""
Quý I, toàn tỉnh thành lập mới 6 HTX; Liên minh HTX tỉnh tổ chức 4 lớp tập huấn cho gần 300 lượt cán bộ HTX.
Hội nghị thống nhất các nhiệm vụ trọng tâm quý II, trong đó ưu tiên chuẩn bị các điều kiện cho việc sắp xếp tổ chức bộ máy.
""", author=None,
          opts={"uid": 366, "cat": 3, "tags": [], "links": []},
          notes=["no author field, no byline: author null; oldest record"],
          **at(datetime(2025, 4, 4, 8, 0))),
    ]


def csm(name: str) -> str:
    h = hashlib.md5(name.encode()).hexdigest()
    return f"/fileadmin/_processed_/{h[0]}/{h[1]}/csm_{name.rsplit('.', 1)[0]}_{h[2:12]}.png"


def rte(blocks) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "table":
            out.append(table_html(b, css="contenttable"))
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-nam", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        a.opts["slug"] = slugify(a.title)
        a.path = f"/tin-tuc/chi-tiet/{a.opts['slug']}"

    def layout(title: str, crumbs: list[tuple[str, str]], main: str, *, desc: str = "", head: str = "", canonical: str = "",
               pid: int = 12) -> str:
        bc = "".join(f'<li class="breadcrumb-item"><a href="{h}" title="{attr(t)}">{esc(t)}</a></li>' for t, h in crumbs[:-1])
        if crumbs:
            bc += f'<li class="breadcrumb-item active" aria-current="page">{esc(crumbs[-1][0])}</li>'
        cats = "".join(f'<li><a title="{attr(n)}" href="/tin-tuc/danh-muc/{s}">{esc(n)}</a></li>' for n, s in CATS.values())
        tags = "".join(f'<li><a title="{attr(n)}" href="/tin-tuc/the/{s}">{esc(n)}</a></li>' for s, n in TAGS.items())
        months = sorted({(a.date.year, a.date.month) for a in news}, reverse=True)
        arch = "".join(f'<li class="item"><a href="/tin-tuc/luu-tru/{y}/{m:02d}" title="Tháng {m}/{y}">Tháng {m}/{y}</a> '
                       f'<span class="count">({sum((a.date.year, a.date.month) == (y, m) for a in news)})</span></li>' for y, m in months)
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}"/>\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2025 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->


<title>{esc(title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(desc or 'Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Hà Nam')}">
<meta name="twitter:card" content="summary">
{head}
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-5a1c3f0e9b7d2a41c6e8f30d4b2a1c77-min.css?1719824412" media="all">
<link rel="stylesheet" href="/_assets/9c1f3b7e2d/Css/main.css?1718102230" media="all">
<link rel="alternate" type="application/rss+xml" title="Tin tức - {NAME}" href="{{{{base}}}}/tin-tuc/rss.xml">
{canon}</head>
<body id="p{pid}" class="page-{pid} pagelevel-2 language-0 backendlayout-subnavigation_right layout-default">
<div id="c1" class="frame frame-default frame-type-html frame-layout-0 cookie-notice" role="dialog" aria-live="polite"><div class="cookie-notice-inner"><p>{COOKIE}</p><a href="/chinh-sach-bao-mat" class="cookie-more">Tìm hiểu thêm</a> <button type="button" class="btn btn-primary cookie-accept">Đồng ý</button></div></div>
<div class="notice-bar alert alert-warning mb-0" role="alert">{NOTICE} <a href="{{{{base:offsite}}}}/lmhtx-ninhbinh/" target="_blank" rel="noopener">Liên minh HTX tỉnh Ninh Bình</a></div>
<header class="navbar navbar-expand-lg navbar-light bg-white">
<div class="container"><a class="navbar-brand" href="/" title="{NAME}"><img src="/_assets/9c1f3b7e2d/Images/logo-lmhtx-hanam.png" alt="{NAME}" height="64"><h1 class="visually-hidden">{NAME}</h1></a>
<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">
<li class="nav-item"><a href="/" class="nav-link" title="Trang chủ">Trang chủ</a></li>
<li class="nav-item"><a href="/gioi-thieu" class="nav-link" title="Giới thiệu">Giới thiệu</a></li>
<li class="nav-item active"><a href="/tin-tuc" class="nav-link" title="Tin tức">Tin tức</a></li>
<li class="nav-item"><a href="/tin-tuc/danh-muc/van-ban-chinh-sach" class="nav-link" title="Văn bản">Văn bản</a></li>
<li class="nav-item"><a href="/lien-he" class="nav-link" title="Liên hệ">Liên hệ</a></li>
</ul></nav>
<form method="get" class="search-form" action="/tim-kiem"><input type="search" name="tx_indexedsearch_pi2[search][sword]" placeholder="Tìm kiếm..."></form>
</div></header>
<div class="breadcrumb-section"><div class="container"><nav aria-label="breadcrumb"><p class="visually-hidden">Bạn đang ở:</p><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/" title="Trang chủ">Trang chủ</a></li>{bc}</ol></nav></div></div>
<div id="content" class="main-section"><div class="container"><div class="row">
<main class="col-md-8 maincontent">
<!--TYPO3SEARCH_begin-->
{main}
<!--TYPO3SEARCH_end-->
</main>
<aside class="col-md-4 subcontent">
<div id="c31" class="frame frame-default frame-type-news_categorylist frame-layout-0"><header><h3 class="">Chuyên mục</h3></header><div class="news"><ul>{cats}</ul></div></div>
<div id="c32" class="frame frame-default frame-type-news_newsdatemenu frame-layout-0"><header><h3 class="">Lưu trữ</h3></header><div class="news"><div class="news-menu-view"><ul>{arch}</ul></div></div></div>
<div id="c33" class="frame frame-default frame-type-news_taglist frame-layout-0"><header><h3 class="">Từ khóa</h3></header><div class="news"><ul class="news-tags">{tags}</ul></div></div>
<div id="c34" class="frame frame-default frame-type-text frame-layout-0"><header><h3 class="">Liên hệ</h3></header><p>Địa chỉ: Số 188 đường Lê Hoàn, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p><p>Điện thoại: 0226.3852.618 - Email: lmhtx@hanam.gov.vn</p></div>
</aside>
</div></div></div>
<footer class="section footer-section"><div class="container">
<div id="c40" class="frame frame-default frame-type-text frame-layout-0"><p>© 2025 Liên minh Hợp tác xã tỉnh Hà Nam</p><p>Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Hà Nam</p></div>
<ul class="footer-links"><li><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></li><li><a href="/sitemap.xml">Sơ đồ trang</a></li></ul>
</div></footer>
<script src="/typo3temp/assets/compressed/merged-0b8e2f7d4a61c9e3b5f2a7d8c1e04b96-min.js?1719824412"></script>
</body>
</html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def meta_line(a: RichArticle, detail: bool) -> str:
        o = a.opts
        cat = CATS[o["cat"]]
        date = (f'<span class="news-list-date"><time itemprop="datePublished" datetime="{a.date:%Y-%m-%d}">{dmy(a.date)}</time></span>' if detail else
                f'<span class="news-list-date"><time datetime="{a.date:%Y-%m-%d}">{dmy(a.date)}<meta itemprop="datePublished" content="{a.date:%Y-%m-%d}" /></time></span>')
        out = date + f'\n<span class="news-list-category">{esc(cat[0])}</span>'
        if detail and o["tags"]:
            out += '\n<span class="news-list-tags" itemprop="keywords">' + ", ".join(
                f'<a href="/tin-tuc/the/{t}" title="{attr(TAGS[t])}">{esc(TAGS[t])}</a>' for t in o["tags"]) + "</span>"
        if o.get("author"):
            out += (f'\n<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
                    f'Tác giả: <span itemprop="name">{esc(o["author"])}</span></span>' if detail else
                    f'\n<span class="news-list-author">Tác giả: {esc(o["author"])}</span>')
        return out

    def list_item(a: RichArticle) -> str:
        img = a.first_image()
        media = (f'<div class="news-img-wrap"><a title="{attr(a.title)}" href="{a.path}"><img class="img-fluid" src="{csm(img)}" width="282" height="188" alt="" /></a></div>'
                 if img else "")
        return (f'<div class="article articletype-0" itemscope="itemscope" itemtype="https://schema.org/Article">\n{media}\n'
                f'<div class="header"><h3><a title="{attr(a.title)}" href="{a.path}"><span itemprop="headline">{esc(a.title)}</span></a></h3></div>\n'
                f'<div class="teaser-text"><div itemprop="description"><p>{esc(a.lead)}</p></div>'
                f'<a class="more" title="{attr(a.title)}" href="{a.path}">Xem thêm</a></div>\n'
                f'<div class="footer"><p>{meta_line(a, False)}</p></div>\n</div>')

    def news_list(items: list[RichArticle], base: str, title: str, crumbs: list[tuple[str, str]], ce: int, heading: str = "") -> list[str]:
        per = 5
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        paths = []
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}/trang-{n}"
            pager = ""
            if len(chunks) > 1:
                lis = "".join(f'<li class="current">{k}</li>' if k == n else f'<li><a href="{base if k == 1 else f"{base}/trang-{k}"}">{k}</a></li>'
                              for k in range(1, len(chunks) + 1))
                prev_ = f'<li class="previous"><a href="{base if n == 2 else f"{base}/trang-{n - 1}"}" title="Trang trước">Trước</a></li>' if n > 1 else ""
                next_ = f'<li class="next"><a href="{base}/trang-{n + 1}" title="Trang sau">Tiếp</a></li>' if n < len(chunks) else ""
                pager = (f'<div class="page-navigation"><p>Trang {n} / {len(chunks)}.</p>'
                         f'<ul class="f3-widget-paginator">{prev_}{lis}{next_}</ul></div>')
            head = f'<header><h2 class="">{esc(heading)}</h2></header>' if heading else ""
            main = (f'<div id="c{ce}" class="frame frame-default frame-type-news_pi1 frame-layout-0">{head}<div class="news">'
                    f'<div class="news-list-view" id="news-container-{ce}">{"".join(list_item(a) for a in chunk)}{pager}</div></div></div>')
            page(path, layout(f"{title}" + (f" - Trang {n}" if n > 1 else "") + f" - {NAME}", crumbs, main, canonical=path))
            site.non_articles.append(path)
            paths.append(path)
        return paths

    for i, a in enumerate(news):
        o = a.opts
        blocks = a.blocks
        lead_imgs = []
        while blocks and blocks[0].kind == "img":
            lead_imgs.append(blocks.pop(0))
        media = ""
        if lead_imgs:
            media = '<div class="news-img-wrap">' + "".join(
                f'<div class="outer"><div class="mediaelement mediaelement-image"><a href="/fileadmin/user_upload/tin-tuc/{b.src}" title="{attr(b.text)}" class="lightbox" rel="lightbox[myImageSet]">'
                f'<img class="img-fluid" src="{csm(b.src)}" width="750" height="500" alt="{attr(b.text)}" /></a></div><p class="news-img-caption">{esc(b.text)}</p></div>'
                for b in lead_imgs) + "</div>"
        related = [b for b in news if b is not a and (b.opts["cat"] == o["cat"] or set(b.opts["tags"]) & set(o["tags"]))][:3]
        rel = ""
        if related:
            rel += ('<div class="news-related news-related-news"><h4>Tin liên quan</h4><ul>'
                    + "".join(f'<li><span class="news-related-news-date">{dmy(b.date)}</span> <a title="{attr(b.title)}" href="{b.path}">{esc(b.title)}</a></li>' for b in related)
                    + "</ul></div>")
        if a.attachments:
            rel += ('<div class="news-related news-related-files"><h4>Tệp đính kèm</h4><ul>'
                    + "".join(f'<li><span class="news-related-files-link"><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></span> '
                              f'<span class="news-related-files-size">186 KB</span></li>' for x in a.attachments) + "</ul></div>")
        if o["links"]:
            rel += ('<div class="news-related news-related-links"><h4>Liên kết</h4><ul>'
                    + "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank" title="{attr(t)}">{esc(t)}</a></li>' for t, h in o["links"]) + "</ul></div>")
        detail = (f'<div id="c20" class="frame frame-default frame-type-news_newsdetail frame-layout-0"><div class="news news-single">'
                  f'<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
                  f'<div class="header"><h3 itemprop="headline">{esc(a.title)}</h3></div>\n'
                  f'<div class="footer"><p>\n{meta_line(a, True)}\n</p></div>\n'
                  f'<div class="teaser-text" itemprop="description"><p><strong>{esc(a.lead)}</strong></p></div>\n'
                  f'{media}\n<div class="news-text-wrap" itemprop="articleBody">\n{rte(blocks)}\n</div>\n'
                  f'<div class="news-backlink-wrap"><a href="/tin-tuc">Quay lại</a></div>\n'
                  + (f'<div class="news-related-wrap">{rel}</div>' if rel else "") + "\n</div></div></div>")
        og = (f'<meta property="og:title" content="{attr(a.title)}">\n<meta property="og:type" content="article">\n'
              f'<meta property="og:url" content="{{{{base}}}}{a.path}">\n<meta property="og:description" content="{attr(a.lead)}">\n'
              + (f'<meta property="og:image" content="{{{{base}}}}{csm(a.first_image())}">\n' if a.first_image() else "")
              + (f'<meta name="keywords" content="{attr(", ".join(TAGS[t] for t in o["tags"]))}">\n' if o["tags"] else ""))
        page(a.path, layout(f"{a.title} - {NAME}", [("Tin tức", "/tin-tuc"), (a.title, a.path)], detail, desc=a.lead, head=og,
                            canonical=a.path, pid=13))
        legacy = (f"/index.php?id=13&tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Bnews%5D={o['uid']}"
                  f"&cHash={hashlib.md5(a.title.encode()).hexdigest()}")
        site.same_page(legacy, a.path)
        a.aliases.append(legacy)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/fileadmin/user_upload/tin-tuc/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["QUYET DINH SO 45/QD-LMHTX", "Chuyen giao Quy ho tro phat trien HTX"]))
        site.add_article(a)
    site.trap("every detail page also answers its old non-enhanced URL /index.php?id=13&tx_news_pi1[action]=detail&"
              "tx_news_pi1[controller]=News&tx_news_pi1[news]=N&cHash=… (the feed's guid, the 'Tin nổi bật' block of the "
              "home page): the same page with rel=canonical to the slug URL: an alias", news[0].path)

    # lists
    news_list(news, "/tin-tuc", "Tin tức", [("Tin tức", "/tin-tuc")], 21)
    for cid, (cname, cslug) in CATS.items():
        news_list([a for a in news if a.opts["cat"] == cid], f"/tin-tuc/danh-muc/{cslug}", cname,
                  [("Tin tức", "/tin-tuc"), (cname, f"/tin-tuc/danh-muc/{cslug}")], 21, heading=cname)
    for ts, tn in TAGS.items():
        news_list([a for a in news if ts in a.opts["tags"]], f"/tin-tuc/the/{ts}", f"Từ khóa: {tn}",
                  [("Tin tức", "/tin-tuc"), (tn, f"/tin-tuc/the/{ts}")], 21, heading=f"Từ khóa: {tn}")
    for y, m in sorted({(a.date.year, a.date.month) for a in news}):
        news_list([a for a in news if (a.date.year, a.date.month) == (y, m)], f"/tin-tuc/luu-tru/{y}/{m:02d}", f"Lưu trữ tháng {m}/{y}",
                  [("Tin tức", "/tin-tuc"), (f"Tháng {m}/{y}", f"/tin-tuc/luu-tru/{y}/{m:02d}")], 21, heading=f"Tháng {m}/{y}")
    site.trap("the news list /tin-tuc (5 a page, f3-widget-paginator 'Trang 1 / 2.', /tin-tuc/trang-2), category lists "
              "/tin-tuc/danh-muc/<slug>, tag lists /tin-tuc/the/<slug> and the date menu /tin-tuc/luu-tru/2025/06: each item "
              "the same .header h3 and the teaser with 'Xem thêm' and the date: listings", "/tin-tuc/trang-2")

    # home
    top = news[0]
    home = (f'<div id="c10" class="frame frame-default frame-type-news_pi1 frame-layout-0"><header><h2 class="">Tin nổi bật</h2></header><div class="news">'
            f'<div class="news-list-view news-list-top"><div class="article articletype-0 topnews"><div class="header"><h3>'
            f'<a href="/index.php?id=13&amp;tx_news_pi1%5Baction%5D=detail&amp;tx_news_pi1%5Bcontroller%5D=News&amp;tx_news_pi1%5Bnews%5D={top.opts["uid"]}&amp;cHash={hashlib.md5(top.title.encode()).hexdigest()}">'
            f'{esc(top.title)}</a></h3></div><div class="teaser-text"><p>{esc(top.lead)}</p></div></div></div></div></div>'
            f'<div id="c11" class="frame frame-default frame-type-news_pi1 frame-layout-0"><header><h2 class="">Tin mới</h2></header><div class="news">'
            f'<div class="news-list-view">' + "".join(list_item(a) for a in news[1:5]) + '</div></div></div>'
            f'<div id="c12" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="">Giới thiệu</h2></header>'
            f'<p>Liên minh Hợp tác xã tỉnh Hà Nam là tổ chức chính trị - xã hội, đại diện và hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh. '
            f'<a href="/gioi-thieu">Xem thêm</a></p></div>')
    page("/", layout(NAME, [], home, canonical="/", pid=1))
    site.non_articles.append("/")
    for path, title, text in (("/gioi-thieu", "Giới thiệu", "Liên minh HTX tỉnh Hà Nam được thành lập năm 1991 (tiền thân là Liên minh các HTX tỉnh Nam Hà). Chức năng: đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tư vấn, hỗ trợ phát triển kinh tế tập thể."),
                              ("/lien-he", "Liên hệ", "Mọi ý kiến xin gửi về Văn phòng Liên minh HTX tỉnh Hà Nam."),
                              ("/chinh-sach-bao-mat", "Chính sách bảo mật", "Website chỉ dùng cookie để thống kê lượt truy cập, không thu thập thông tin cá nhân.")):
        page(path, layout(f"{title} - {NAME}", [(title, path)], f'<div id="c5{len(path)}" class="frame frame-default frame-type-text frame-layout-0">'
                                                            f'<header><h1 class="">{esc(title)}</h1></header><p>{esc(text)}</p></div>', canonical=path, pid=20 + len(path)))
        site.non_articles.append(path)
    page("/tim-kiem", layout(f"Tìm kiếm - {NAME}", [("Tìm kiếm", "/tim-kiem")], '<div class="tx-indexedsearch"><p>Nhập từ khóa để tìm kiếm.</p></div>'))
    site.non_articles.append("/tim-kiem")

    # feed, sitemap, robots
    items = "".join(f"<item><guid isPermaLink=\"false\">news-{a.opts['uid']}</guid><pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
                    f"<title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.lead)}</description>"
                    f"<category>{esc(CATS[a.opts['cat']][0])}</category></item>" for a in news)
    site.page("/tin-tuc/rss.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
              f'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Tin tức - {NAME}</title><link>{{{{base}}}}/tin-tuc</link>'
              f'<description>Tin tức Liên minh HTX tỉnh Hà Nam</description><language>vi</language><lastBuildDate>{news[0].date:%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate>'
              f'{items}</channel></rss>\n', content_type="application/rss+xml; charset=utf-8")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{a.date + timedelta(days=1, hours=2, minutes=17):%Y-%m-%dT%H:%M:%S}+07:00</lastmod></url>"
                   for a in news)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              '<sitemap><loc>{{base}}/sitemap.xml?page=1&amp;sitemap=pages&amp;type=1533906435</loc></sitemap>'
              '<sitemap><loc>{{base}}/sitemap.xml?page=1&amp;sitemap=news&amp;type=1533906435</loc></sitemap></sitemapindex>',
              content_type="application/xml; charset=utf-8")
    site.page("/sitemap.xml?page=1&sitemap=news&type=1533906435", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
              content_type="application/xml; charset=utf-8")
    pages_ = "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in ("/", "/gioi-thieu", "/tin-tuc", "/lien-he"))
    site.page("/sitemap.xml?page=1&sitemap=pages&type=1533906435", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{pages_}</urlset>',
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\nDisallow: /typo3temp/\nAllow: /typo3temp/assets/\n"
                "Disallow: /tim-kiem\n\nSitemap: {{base}}/sitemap.xml\n")
    site.never_fetched.append("/tim-kiem")
    site.non_articles.remove("/tim-kiem")
    site.trap("the feed /tin-tuc/rss.xml (the head's alternate) and the seo sitemaps /sitemap.xml?…sitemap=news&type=1533906435 "
              "(lastmod with the record's time): feeds; /tim-kiem (indexed_search) is robots-disallowed", "/tin-tuc/rss.xml")
    site.binary("/_assets/9c1f3b7e2d/Images/logo-lmhtx-hanam.png", image_for("logo-hanam"))
    return site
