"""Site `congvu-htxbinhdinh` (registry family `generic`): "Liên minh HTX tỉnh Bình Định", the alliance's website on
**Contensis** (Zengenti's CMS used by UK councils; the site was built by the province's IT centre from a UK council
template: ASP.NET WebForms page skeleton wrapped in one `<form id="form1">` with `__VIEWSTATE`, Contensis' `sys_*`
control classes, Dublin Core metadata in the head, Civic Cookie Control in a script). Written as a held-out test: no
family module, no selectors.

What is an article here: a news record (`/tin-tuc/<yyyy>/<slug>`), a notice record (same shape, in the "Thông báo"
listing). The home page, the news listing and its pages, the notice listing, the A-Z site map, the search results,
"Giới thiệu" and "Liên hệ" are not articles.

URL shapes: the site moved from classic `.aspx` URLs to extensionless ones; the old `/tin-tuc/<yyyy>/<slug>.aspx`
answers 301 to the new path (an alias; the in-text "Xem thêm" of one article still links the old form). The listing
control pages with Contensis' own parameter: `/tin-tuc?NewsListing_List_GoToPage=2` (`span.sys_navigationnext`).
Files are Contensis media URLs `/media/<id>/<Name>/pdf/<file>.pdf`, the control printing "(PDF, 86KB)" after the
link. Images under `/images/tin-tuc/...`; site furniture under `/SiteElements/`.

Why it is hard: the date is printed by .NET in the vi-VN culture with the month in words ("Ngày đăng: 14 Tháng Năm
2024", i.e. 14/05/2024; "Tháng Mười Hai" is December), no time anywhere: midnight; the head's `DC.date.issued`
(W3CDTF) agrees and `DC.date.modified` / the visible "Cập nhật lần cuối: …" under the article are LATER (not the
publication). `DC.creator` is the organisation, never the author; the author is the right-aligned closing line
(an office or "Theo Báo …" is no author). The record's summary (`p.sys_news-summary`) opens the text; the lead
image's caption (`span.sys_caption` in `div.sys_record-image`) is a line. Under the record: "Tin liên quan"
(`div.sys_related-content`), the share bar, the "Trang này có hữu ích không?" feedback form: not text. The
cookie banner lives only in the Civic Cookie Control script config (no text). robots.txt disallows `/contensis/`
(the CMS) and `/tim-kiem` (search); no XML sitemap, an HTML A-Z "Sơ đồ trang".
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "congvu-htxbinhdinh"
NAME = "Liên minh HTX tỉnh Bình Định"
ORG = "Liên minh Hợp tác xã tỉnh Bình Định"
MONTHS = ["Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
ADDRESS = "Số 117 Lê Hồng Phong, TP Quy Nhơn, tỉnh Bình Định"
PHONE = "Điện thoại: 0256.3822.519 - Email: lmhtx@binhdinh.gov.vn"
COPY = "Bản quyền © 2024 Liên minh Hợp tác xã tỉnh Bình Định"
FEEDBACK_Q = "Trang này có hữu ích không?"
FURN = [ADDRESS, PHONE, COPY, FEEDBACK_Q, "Gửi phản hồi", "Chia sẻ trang này", "Tin liên quan", "Bạn đang ở:",
        "Chuyển đến nội dung chính", "Điều khoản sử dụng", "Trợ năng", "Sơ đồ trang", "Cập nhật lần cuối:",
        "Hỗ trợ hợp tác xã phát triển bền vững"]
NAV = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/tin-tuc"), ("Thông báo", "/thong-bao"),
       ("Liên hệ", "/lien-he")]


def vi_date(d: datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, modified: datetime, kind: str = "news") -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"], opts={"modified": modified, "kind": kind})

    arts = [
        A(path="/tin-tuc/2024/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-8",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, nhiệm kỳ 2021 - 2026",
          lead="Ngày 5/6, Liên minh HTX tỉnh Bình Định tổ chức Hội nghị Ban Chấp hành lần thứ 8, đánh giá kết quả công tác 6 tháng đầu năm 2024.",
          body="""
[img hoi-nghi-bch-lan-8.png] Quang cảnh Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8
Sáu tháng đầu năm, toàn tỉnh thành lập mới 19 HTX, nâng tổng số HTX đang hoạt động lên 412 HTX.
Liên minh HTX tỉnh đã tổ chức 6 lớp tập huấn cho 350 lượt cán bộ quản lý HTX và hỗ trợ 8 HTX tham gia hội chợ.
Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó tập trung hỗ trợ HTX chuyển đổi số và tiếp cận vốn vay.
""", byline="Ngọc Trâm", author="Ngọc Trâm",
          notes=["date only as .NET vi-VN prints it: 'Ngày đăng: 6 Tháng Sáu 2024' (= 06/06/2024, midnight); head "
                 "DC.date.issued 2024-06-06 agrees; 'Cập nhật lần cuối: 10 Tháng Sáu 2024' and DC.date.modified are "
                 "later; the lead image's caption (span.sys_caption) is a line"],
          **at(datetime(2024, 6, 6), datetime(2024, 6, 10))),
        A(path="/tin-tuc/2024/htx-nong-nghiep-cat-hiep-lien-ket-san-xuat-lua-giong",
          title="HTX Nông nghiệp Cát Hiệp liên kết sản xuất lúa giống",
          lead="HTX Nông nghiệp Cát Hiệp (huyện Phù Cát) liên kết với doanh nghiệp sản xuất 150 ha lúa giống vụ Hè Thu 2024.",
          body="""
Theo hợp đồng, doanh nghiệp cung ứng giống siêu nguyên chủng, hướng dẫn kỹ thuật và bao tiêu toàn bộ sản phẩm với giá cao hơn lúa thương phẩm 15%.
HTX tổ chức cho thành viên sản xuất tập trung trên các cánh đồng lớn, áp dụng cơ giới hóa từ khâu làm đất đến thu hoạch.
Xem thêm: [[HTX Nông nghiệp Cát Hiệp nhận Bằng khen của UBND tỉnh|/tin-tuc/2023/htx-nong-nghiep-cat-hiep-nhan-bang-khen.aspx]]
""", byline="Theo Báo Bình Định", author=None,
          notes=["the body's 'Xem thêm:' paragraph links the 2023 article by its OLD .aspx URL (301 to the extensionless "
                 "path): the line is text (the editor typed it in the record); 'Theo Báo Bình Định': a reprint, no "
                 "author"],
          **at(datetime(2024, 5, 29), datetime(2024, 5, 29))),
        A(path="/tin-tuc/2024/thong-bao-tuyen-dung-vien-chuc-nam-2024",
          title="Thông báo tuyển dụng viên chức Trung tâm Hỗ trợ phát triển HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH BÌNH ĐỊNH
Số: 34/TB-LMHTX
Bình Định, ngày 20 tháng 5 năm 2024
THÔNG BÁO
Tuyển dụng viên chức Trung tâm Hỗ trợ phát triển HTX năm 2024
Liên minh HTX tỉnh thông báo tuyển dụng 03 viên chức làm việc tại Trung tâm Hỗ trợ phát triển HTX tỉnh.
* 01 chỉ tiêu chuyên viên kế toán, trình độ đại học chuyên ngành kế toán, tài chính;
* 02 chỉ tiêu chuyên viên tư vấn, trình độ đại học chuyên ngành kinh tế nông nghiệp, quản trị kinh doanh.
Thời gian nhận hồ sơ từ ngày 22/5/2024 đến hết ngày 20/6/2024 tại Văn phòng Liên minh HTX tỉnh.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Tùng
""", author=None, doc_number="34/TB-LMHTX",
          description="Liên minh HTX tỉnh thông báo tuyển dụng 03 viên chức làm việc tại Trung tâm Hỗ trợ phát triển HTX.",
          attachments=[{"path": "/media/3412/Thong-bao-34-TB-LMHTX/pdf/tb-34-lmhtx-tuyen-dung.pdf",
                        "text": "Thông báo số 34/TB-LMHTX"},
                       {"path": "/media/3413/Mau-phieu-dang-ky-du-tuyen/pdf/mau-phieu-dang-ky.pdf",
                        "text": "Mẫu phiếu đăng ký dự tuyển"}],
          notes=["notice record: 'Số: 34/TB-LMHTX', place-date line 20/5, posted 21 Tháng Năm 2024; the signer is "
                 "text, no author; two Contensis media links, the control appending '(PDF, 86KB)' after each <a> "
                 "(attachment text = the link's text)"],
          **at(datetime(2024, 5, 21), datetime(2024, 5, 23), "notice")),
        A(path="/tin-tuc/2024/ket-qua-kinh-te-tap-the-5-thang-dau-nam-2024",
          title="Kinh tế tập thể tỉnh Bình Định 5 tháng đầu năm 2024",
          lead="Khu vực kinh tế tập thể trên địa bàn tỉnh tiếp tục phát triển ổn định trong 5 tháng đầu năm 2024.",
          body="""
## Số lượng HTX, tổ hợp tác
| Chỉ tiêu | Đơn vị | 5 tháng 2024 | Cùng kỳ 2023 |
| HTX thành lập mới | HTX | 16 | 11 |
| HTX giải thể | HTX | 4 | 7 |
| Tổ hợp tác thành lập mới | THT | 23 | 18 |
## Nhiệm vụ thời gian tới
Liên minh HTX tỉnh tiếp tục phối hợp với các địa phương rà soát, giải thể các HTX ngừng hoạt động lâu năm.
""", byline="Phòng Tổng hợp", author=None,
          notes=["<h2> headings and a data table (one line per row) inside the record; closed by 'Phòng Tổng hợp' "
                 "(an office: text, no author)"],
          **at(datetime(2024, 5, 15), datetime(2024, 5, 16))),
        A(path="/tin-tuc/2024/nhieu-htx-tham-gia-hoi-cho-ocop-quy-nhon-2024",
          title="Nhiều HTX tham gia Hội chợ OCOP Quy Nhơn năm 2024",
          lead="Từ ngày 2 đến 6/5, 46 HTX của tỉnh tham gia trưng bày, giới thiệu sản phẩm tại Hội chợ OCOP Quy Nhơn năm 2024.",
          body="""
[img hoi-cho-ocop-1.png] Gian hàng của HTX Nông nghiệp Nhơn Phong tại hội chợ
Các sản phẩm được người tiêu dùng quan tâm gồm: nước mắm Tam Quan, bánh tráng nước dừa, rượu Bàu Đá và nem chợ Huyện.
[img hoi-cho-ocop-2.png] Khách tham quan mua sản phẩm OCOP của các HTX
Tổng doanh thu của các gian hàng HTX trong 5 ngày hội chợ đạt gần 1,2 tỷ đồng.
""", byline="Bài, ảnh: Hoài Thu", author="Hoài Thu",
          notes=["two photos with captions (the first as the record's lead image, the second inline in the body); "
                 "'Bài, ảnh: Hoài Thu' -> author"],
          **at(datetime(2024, 5, 7), datetime(2024, 5, 7))),
        A(path="/tin-tuc/2024/tap-huan-luat-hop-tac-xa-2023-cho-can-bo-cap-xa",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ cấp xã",
          lead="Liên minh HTX tỉnh phối hợp với UBND huyện Tây Sơn tập huấn Luật Hợp tác xã năm 2023 cho 120 cán bộ cấp xã.",
          body="""
Tại lớp tập huấn, các học viên được giới thiệu những điểm mới của Luật Hợp tác xã năm 2023, có hiệu lực từ ngày 01/7/2024.
Học viên cũng được hướng dẫn trình tự thành lập, tổ chức lại và giải thể HTX theo quy định mới.
""", byline="Văn Khánh", author="Văn Khánh",
          notes=["the text names 01/7/2024 (the law's effective date): not the publication (18 Tháng Tư 2024)"],
          **at(datetime(2024, 4, 18), datetime(2024, 4, 22))),
        A(path="/tin-tuc/2023/htx-nong-nghiep-cat-hiep-nhan-bang-khen",
          title="HTX Nông nghiệp Cát Hiệp nhận Bằng khen của UBND tỉnh",
          lead="HTX Nông nghiệp Cát Hiệp (huyện Phù Cát) vinh dự nhận Bằng khen của UBND tỉnh vì thành tích xuất sắc năm 2023.",
          body="""
Năm 2023, HTX đạt doanh thu 9,6 tỷ đồng, lợi nhuận 820 triệu đồng, chia lãi cho thành viên theo mức độ sử dụng dịch vụ.
HTX là một trong những đơn vị đi đầu của tỉnh trong liên kết sản xuất lúa giống theo chuỗi giá trị.
""", byline="Ngọc Trâm", author="Ngọc Trâm",
          aliases=["/tin-tuc/2023/htx-nong-nghiep-cat-hiep-nhan-bang-khen.aspx"],
          notes=["listed only on the listing's page 2 (?NewsListing_List_GoToPage=2); its old .aspx URL (linked from a "
                 "2024 article) answers 301 here: an alias; 'Ngày đăng: 28 Tháng Mười Hai 2023' (December)"],
          **at(datetime(2023, 12, 28), datetime(2024, 1, 4))),
        A(path="/tin-tuc/2023/lien-minh-htx-tinh-trao-von-vay-quy-ho-tro",
          title="Liên minh HTX tỉnh trao vốn vay Quỹ hỗ trợ phát triển HTX cho 12 HTX",
          lead="Ngày 10/11, Liên minh HTX tỉnh tổ chức trao vốn vay Quỹ hỗ trợ phát triển HTX với tổng số tiền 9 tỷ đồng cho 12 HTX.",
          body="""
Nguồn vốn giúp các HTX đầu tư máy móc, nhà xưởng và mở rộng sản xuất kinh doanh.
Đến nay, Quỹ hỗ trợ phát triển HTX tỉnh đã cho 86 lượt HTX vay với tổng dư nợ 41 tỷ đồng, không phát sinh nợ xấu.
""", byline="Văn Khánh", author="Văn Khánh",
          notes=["the oldest: page 2 of the listing only; 'Ngày đăng: 13 Tháng Mười Một 2023' (November; the lead's "
                 "'Ngày 10/11' is the event)"],
          **at(datetime(2023, 11, 13), datetime(2023, 11, 13))),
    ]
    return arts


def record_html(a: RichArticle) -> str:
    out = []
    blocks = a.blocks
    if blocks and blocks[0].kind == "img":
        b = blocks[0]
        out.append(f'<div class="sys_record-image"><img src="/images/tin-tuc/{a.date.year}/{b.src}" alt="{attr(b.text)}" '
                   f'/><span class="sys_caption">{esc(b.text)}</span></div>')
        blocks = blocks[1:]
    if a.lead:
        out.append(f'<p class="sys_news-summary"><strong>{esc(a.lead)}</strong></p>')
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "sys_table", border=False))
        elif b.kind == "img":
            out.append(f'<figure class="sys_image-inline"><img src="/images/tin-tuc/{a.date.year}/{b.src}" alt="" />'
                       f'<figcaption>{esc(b.text)}</figcaption></figure>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    if a.attachments:
        out.append('<ul class="sys_attachments">' + "".join(
            f'<li><a class="sys_21" href="{x["path"]}">{esc(x["text"])}</a> <span class="sys_filesize">'
            f'(PDF, {86 + 31 * i}KB)</span></li>' for i, x in enumerate(a.attachments)) + "</ul>")
    return "\n".join(out)


def shell(path: str, title: str, crumbs: list[tuple[str, str | None]], main: str, head_extra: str = "",
          description: str = "") -> str:
    nav = "".join(f'<li class="sys_menuitem"><a href="{h}">{esc(t)}</a></li>' for t, h in NAV)
    bc = " &gt; ".join(f'<a href="{h}">{esc(t)}</a>' if h else f'<span class="sys_breadcrumbCurrent">{esc(t)}</span>'
                       for t, h in crumbs)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - {esc(NAME)}</title>
<meta name="description" content="{attr(description)}" />
<meta name="DC.title" content="{attr(title)}" />
<meta name="DC.creator" content="{attr(ORG)}" />
<meta name="DC.publisher" content="{attr(ORG)}" />
<meta name="DC.language" content="vi" scheme="DCTERMS.RFC1766" />
{head_extra}<link rel="stylesheet" type="text/css" href="/SiteElements/Stylesheets/main.css" />
<link rel="shortcut icon" href="/SiteElements/Images/favicon.png" />
<script type="text/javascript" src="/SiteElements/Javascript/jquery.min.js"></script>
<script type="text/javascript" src="/SiteElements/Javascript/cookieControl-9.x.min.js"></script>
<script type="text/javascript">var config = {{ apiKey: 'a1b2c3d4e5f6', product: 'PRO_MULTISITE', text: {{ title: 'Website này sử dụng cookie', intro: 'Một số cookie cần thiết để website hoạt động, các cookie khác giúp chúng tôi cải thiện website.', acceptRecommended: 'Chấp nhận tất cả', rejectSettings: 'Từ chối' }}, necessaryCookies: ['ContensisCCE', 'ASP.NET_SessionId'] }}; CookieControl.load(config);</script>
</head>
<body class="sys_site">
<form method="post" action="{attr(path)}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkFV0gY0n2wQH3nN8bAXj0bq6bIP8=" />
</div>
<a href="#content" class="sys_skip">Chuyển đến nội dung chính</a>
<header class="sys_header">
<div class="sys_logo"><a href="/"><img src="/SiteElements/Images/logo-lmhtx.png" alt="{attr(NAME)}" /></a>
<span class="sys_slogan">Hỗ trợ hợp tác xã phát triển bền vững</span></div>
<div class="sys_search"><label for="q">Tìm kiếm</label> <input type="text" name="q" id="q" />
<input type="submit" value="Tìm" formaction="/tim-kiem" /></div>
<nav class="sys_menu"><ul>{nav}</ul></nav>
</header>
<div class="sys_breadcrumb"><p>Bạn đang ở: {bc}</p></div>
<main id="content" class="sys_main">
{main}
</main>
<footer class="sys_footer">
<p>{esc(ORG)}</p>
<p>{esc(ADDRESS)}</p>
<p>{esc(PHONE)}</p>
<ul class="sys_footerlinks"><li><a href="/so-do-trang">Sơ đồ trang</a></li><li><a href="/dieu-khoan-su-dung">Điều khoản sử dụng</a></li><li><a href="/tro-nang">Trợ năng</a></li></ul>
<p class="sys_copyright">{esc(COPY)}</p>
</footer>
</form>
</body>
</html>
"""


def listing_items(items: list[RichArticle]) -> str:
    return '<div class="sys_itemslist">' + "".join(
        f'<div class="sys_subitem sys_newsitem"><div><h2 class="sys_subitem-heading"><a href="{a.path}">{esc(a.title)}'
        f'</a></h2><div class="sys_subitem-summary sys_news-summary"><p>{esc(a.summary())}</p><dl><dt>Ngày đăng:</dt>'
        f'<dd class="sys_news-datepublished">{vi_date(a.date)}</dd></dl></div></div></div>' for a in items) + "</div>"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-dinh", f"{NAME} (Contensis)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.opts["kind"] == "news"]
    notices = [a for a in arts if a.opts["kind"] == "notice"]
    per = 5
    pages = [news[i:i + per] for i in range(0, len(news), per)]
    home_c = [("Trang chủ", "/")]
    for a in arts:
        related = [x for x in news if x is not a][:3]
        rel = ('<div class="sys_related-content"><h2>Tin liên quan</h2><ul>'
               + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in related) + "</ul></div>")
        share = (f'<div class="sys_share"><span>Chia sẻ trang này</span> <a href="{{{{base:offsite}}}}/facebook/sharer'
                 f'?u={a.path}" class="sys_facebook">Facebook</a> <a href="{{{{base:offsite}}}}/zalo/share?u={a.path}" '
                 'class="sys_zalo">Zalo</a></div>')
        feedback = (f'<div class="sys_feedback"><fieldset><legend>{FEEDBACK_Q}</legend><label><input type="radio" '
                    'name="useful" value="yes" /> Có</label> <label><input type="radio" name="useful" value="no" /> '
                    'Không</label><textarea name="comment" aria-label="Góp ý"></textarea><button type="submit" '
                    'class="sys_button">Gửi phản hồi</button></fieldset></div>')
        extra_head = (f'<meta name="DC.date.created" content="{a.date:%Y-%m-%d}" scheme="DCTERMS.W3CDTF" />\n'
                      f'<meta name="DC.date.issued" content="{a.date:%Y-%m-%d}" scheme="DCTERMS.W3CDTF" />\n'
                      f'<meta name="DC.date.modified" content="{a.opts["modified"]:%Y-%m-%d}" scheme="DCTERMS.W3CDTF" />\n'
                      f'<meta name="DC.type" content="{"Thông báo" if a.opts["kind"] == "notice" else "Tin tức"}" />\n'
                      f'<link rel="canonical" href="{{{{base}}}}{a.path}" />\n')
        section = ("Thông báo", "/thong-bao") if a.opts["kind"] == "notice" else ("Tin tức", "/tin-tuc")
        main = (f'<div class="sys_articleContent"><h1>{esc(a.title)}</h1>'
                f'<div class="sys_news-article"><div class="sys_news-record"><div class="sys_news-posted-date">'
                f'Ngày đăng: {vi_date(a.date)}</div></div></div>'
                f'<div class="sys_record-control sys_news-control">\n{record_html(a)}\n</div>'
                f'<p class="sys_lastupdated">Cập nhật lần cuối: {vi_date(a.opts["modified"])}</p>'
                f'{share}{rel}{feedback}</div>')
        site.page(a.path, shell(a.path, a.title, home_c + [section, (a.title, None)], main, extra_head,
                                a.summary()))
        site.redirect(a.path + ".aspx", a.path, 301)
        if a.path + ".aspx" not in a.aliases:
            a.aliases.append(a.path + ".aspx")
        for x in a.attachments:
            site.binary(x["path"], pdf(x["text"], ["LIEN MINH HTX TINH BINH DINH", a.doc_number or ""]))
        site.add_article(a)
    for i, items in enumerate(pages, 1):
        path = "/tin-tuc" if i == 1 else f"/tin-tuc?NewsListing_List_GoToPage={i}"
        nav = '<div class="sys_pagination">'
        if i > 1:
            prev = "/tin-tuc" if i == 2 else f"/tin-tuc?NewsListing_List_GoToPage={i - 1}"
            nav += f'<span class="sys_navigationprev"><a href="{prev}">« Trang trước</a></span> '
        nav += f'<span class="sys_navigationcurrent">Trang {i} / {len(pages)}</span>'
        if i < len(pages):
            nav += (f' <span class="sys_navigationnext"><a href="/tin-tuc?NewsListing_List_GoToPage={i + 1}">'
                    'Trang sau »</a></span>')
        nav += "</div>"
        site.page(path, shell(path, "Tin tức", home_c + [("Tin tức", None)],
                              f'<h1>Tin tức</h1><div class="sys_simpleListView">{listing_items(items)}{nav}</div>'),
                  content_type="text/html; charset=utf-8")  # /tin-tuc is also the records' folder
        site.non_articles.append(path)
    site.page("/thong-bao", shell("/thong-bao", "Thông báo", home_c + [("Thông báo", None)],
                                  f'<h1>Thông báo</h1><div class="sys_simpleListView">{listing_items(notices)}</div>'))
    home = ('<div class="sys_home-banner"><h1>' + esc(NAME) + '</h1></div><div class="sys_news-feed"><h2>Tin mới</h2>'
            + listing_items(news[:4]) + '<p><a href="/tin-tuc">Xem tất cả tin tức</a></p></div>'
            '<div class="sys_notices"><h2>Thông báo</h2>' + listing_items(notices) + "</div>")
    site.page("/", shell("/", "Trang chủ", [("Trang chủ", None)], home))
    site.page("/gioi-thieu", shell("/gioi-thieu", "Giới thiệu", home_c + [("Giới thiệu", None)],
                                   '<h1>Giới thiệu</h1><p>Liên minh Hợp tác xã tỉnh Bình Định là tổ chức chính trị - xã '
                                   'hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn '
                                   'tỉnh.</p>'))
    site.page("/lien-he", shell("/lien-he", "Liên hệ", home_c + [("Liên hệ", None)],
                                f'<h1>Liên hệ</h1><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>'))
    az = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in NAV)
    site.page("/so-do-trang", shell("/so-do-trang", "Sơ đồ trang", home_c + [("Sơ đồ trang", None)],
                                    f'<h1>Sơ đồ trang</h1><ul class="sys_sitemap">{az}</ul>'))
    site.page("/dieu-khoan-su-dung", shell("/dieu-khoan-su-dung", "Điều khoản sử dụng",
                                           home_c + [("Điều khoản sử dụng", None)],
                                           '<h1>Điều khoản sử dụng</h1><p>Thông tin trên website được cung cấp nhằm mục '
                                           'đích tham khảo; khi sử dụng lại đề nghị ghi rõ nguồn.</p>'))
    site.page("/tro-nang", shell("/tro-nang", "Trợ năng", home_c + [("Trợ năng", None)],
                                 '<h1>Trợ năng</h1><p>Website hỗ trợ phóng to chữ bằng tổ hợp phím Ctrl và +.</p>'))
    site.non_articles += ["/", "/thong-bao", "/gioi-thieu", "/lien-he", "/so-do-trang", "/dieu-khoan-su-dung",
                          "/tro-nang"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /contensis/\nDisallow: /tim-kiem\n")
    site.binary("/SiteElements/Images/favicon.png", image_for("contensis-favicon"))
    site.trap("news listing paged by the Contensis listing control: /tin-tuc?NewsListing_List_GoToPage=2 "
              "(span.sys_navigationnext 'Trang sau »') holds the 2023 articles only", "/tin-tuc?NewsListing_List_GoToPage=2")
    site.trap("old classic URLs /tin-tuc/<yyyy>/<slug>.aspx answer 301 to the extensionless path (aliases)",
              "/tin-tuc/2023/htx-nong-nghiep-cat-hiep-nhan-bang-khen.aspx")
    site.trap("dates in the .NET vi-VN long form with month names ('13 Tháng Mười Một 2023'), date only; DC.date.issued "
              "agrees; 'Cập nhật lần cuối' and DC.date.modified are later", news[0].path)
    site.trap("Civic Cookie Control banner text only in a script config (no visible text); the feedback form "
              "'Trang này có hữu ích không?' and 'Tin liên quan' under every record are not text", news[0].path)
    return site
