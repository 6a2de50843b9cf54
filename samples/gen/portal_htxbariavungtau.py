"""Site `portal-htxbariavungtau` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Bà Rịa - Vũng Tàu",
the portal of the Bà Rịa - Vũng Tàu cooperative alliance (the province merged into TP. Hồ Chí Minh on 1 July 2025; the
site stays online as it was) on **Ibexa DXP 4.6** (ex eZ Platform, OSS edition, a site theme of the agency's own on
Bootstrap 4: Twig full/line views, Ibexa's field templates `content_fields.html.twig` left as they are, the Nova eZ
SEO bundle for the metas, robots.txt and the sitemap). Written as a held-out test: no family module, no selectors.

URL shapes: Ibexa URL aliases of the content tree, generated from each item's name by the `urlalias` slug converter
(diacritics folded, CASE KEPT, words joined by '-'): the home `/` (location 2), the folders `/Tin-tuc` and
`/Van-ban-thong-bao`, an article `/Tin-tuc/<Name-Slug>`; Pagerfanta's pager `?page=2` (and `?page=1` for the first
page, Pagerfanta does not omit it); the internal route `/view/content/<contentId>/full/1/<locationId>` renders the
same page as the alias (no redirect, no canonical); an article placed in two folders has two aliases (main and
secondary location), both 200; a renamed article's old alias (history entry) answers 301 to the new one; files
`/content/download/<contentId>/<field>/<file>?version=N`; images `/var/site/storage/images/…/<fieldId>-1-vie-VN/`.

Why it is hard: the date is Ibexa's own ezdatetime field template, `format_datetime('short', 'short')` in the vi_VN
locale: TIME FIRST and a TWO-DIGIT YEAR ("06:10 5/7/24" is 5 July 2024; the lists print `d/m/Y`); the author is the
`ezauthor` field (`ul.ezauthor-field`, a mailto link), which holds whoever created the item unless the editor changed
it ("Administrator User", the account "Ban Biên tập", the office "Văn phòng Liên minh", or a reporter's name); the
intro field (the lead) sits in its own `div.ezrichtext-field` above the image and the body; the rich text is Ibexa's
XHTML5 output (`<section>` root, embedded images as `figure.ezimage-field` in a `div.align-center`, the caption an
italic centred paragraph the editor typed under it, tables with `<thead>`); the attachment is a separate ezbinaryfile
field after the body ("Tài liệu đính kèm:" + file name + size). No canonical, no feed; the sitemap's lastmod is
the modification date formatted in UTC ('+00:00').
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "portal-htxbariavungtau"
NAME = "Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu"
SHORT = "Liên minh HTX tỉnh Bà Rịa - Vũng Tàu"
HTML = "text/html; charset=UTF-8"
TIN = "/Tin-tuc"
VB = "/Van-ban-thong-bao"
FOOT_ADDR = "Địa chỉ: Số 198 đường Bạch Đằng, phường Phước Trung, thành phố Bà Rịa, tỉnh Bà Rịa - Vũng Tàu"
FOOT_PHONE = "Điện thoại: 0254 3826 445 - Fax: 0254 3826 446"
FOOT_MAIL = "Email: lienminhhtx@baria-vungtau.gov.vn"
FOOT_RESP = "Chịu trách nhiệm chính: Chủ tịch Liên minh HTX tỉnh"
FOOT_COPY = "© 2024 Bản quyền thuộc Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu"
HOTLINE = "Đường dây nóng: 0254 3826 445"
FURN = [FOOT_ADDR, FOOT_PHONE, FOOT_MAIL, FOOT_RESP, FOOT_COPY, HOTLINE, "Trang chủ", "Giới thiệu", "Văn bản - Thông báo",
        "Liên hệ", "Đăng nhập", "Ngày đăng:", "Tác giả:", "Chia sẻ:", "In bài", "Tin mới", "Liên kết website",
        "Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu", "Liên minh Hợp tác xã Việt Nam", "Tài liệu đính kèm:",
        "Vận hành trên nền tảng Ibexa DXP"]
ACCOUNTS = {"admin": ("Administrator User", "admin@link.invalid"), "bbt": ("Ban Biên tập", "bbt@lmhtx-brvt.vn"),
            "vp": ("Văn phòng Liên minh", "vanphong@lmhtx-brvt.vn")}


def alias_slug(name: str) -> str:
    """Ibexa's `urlalias` transformation: diacritics folded to ASCII, case kept, '-' between words."""
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-zA-Z0-9_!.-]+", "-", s)
    return re.sub(r"-+", "-", s).strip("-.")


def short_dt(d: datetime) -> str:
    """format_datetime('short', 'short') with locale vi_VN: 'HH:mm d/M/yy'."""
    return f"{d:%H:%M} {d.day}/{d.month}/{d:%y}"


def img_dir(field_id: int) -> str:
    digits = "/".join(reversed(str(field_id)[-4:]))
    return f"{digits}/{field_id}-1-vie-VN"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, listing: bool = True) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "listing"] if listing else ["date-element"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc tham gia Hội chợ triển lãm sản phẩm HTX tỉnh năm 2024",
          lead="Liên minh HTX tỉnh thông báo tới các HTX, liên hiệp HTX về việc đăng ký gian hàng tại Hội chợ triển lãm sản phẩm HTX tỉnh năm 2024.",
          body="""
LIÊN MINH HTX TỈNH BÀ RỊA - VŨNG TÀU
Số: 07/TB-LMHTX
Bà Rịa, ngày 05 tháng 8 năm 2024
THÔNG BÁO
Về việc tham gia Hội chợ triển lãm sản phẩm HTX tỉnh năm 2024
Hội chợ diễn ra từ ngày 12 đến ngày 15/9/2024 tại Quảng trường Trung tâm hành chính - chính trị tỉnh, quy mô 120 gian hàng.
- Đối tượng: HTX, liên hiệp HTX, tổ hợp tác có sản phẩm đạt chứng nhận OCOP hoặc VietGAP.
- Hạn đăng ký: trước ngày 25/8/2024, gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh.
- Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho HTX thành lập mới trong năm 2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hùng
""", author=None, doc_number="07/TB-LMHTX",
          opts={"cid": 1482, "lid": 1545, "who": "vp", "short": "Thong bao so 07/TB-LMHTX ve Hoi cho trien lam san pham HTX 2024",
                "folder": VB, "second": TIN, "file": ("TB-07-LMHTX-2024.pdf", "182.4 kB", 2), "mod": timedelta(minutes=12)},
          notes=["notice 'Số: 07/TB-LMHTX' dated 05/8 in the text, posted '09:30 7/8/24' (Ibexa's short vi_VN datetime, "
                 "time first, two-digit year); the ezauthor field is the office 'Văn phòng Liên minh': author null; the "
                 "signer is text; the file field after the body ('Tài liệu đính kèm:' + TB-07-LMHTX-2024.pdf + size): an "
                 "attachment; main location /Van-ban-thong-bao/…, a secondary location in /Tin-tuc (its own alias, 200, "
                 "linked from the news list): an alias"],
          **at(datetime(2024, 8, 7, 9, 30))),
        A(path="", title="Kinh tế tập thể tỉnh Bà Rịa - Vũng Tàu 6 tháng đầu năm 2024 tăng trưởng khá",
          lead="Sáu tháng đầu năm 2024, khu vực kinh tế tập thể trên địa bàn tỉnh tiếp tục phát triển cả về số lượng và chất lượng.",
          body="""
Theo số liệu của Liên minh HTX tỉnh, đến ngày 30/6/2024 toàn tỉnh có 298 HTX, tăng 17 HTX so với cuối năm 2023.
| Chỉ tiêu | Cuối năm 2023 | 30/6/2024 |
| Số HTX đang hoạt động | 281 | 298 |
| Số thành viên HTX | 14.820 | 15.406 |
| Doanh thu bình quân một HTX (triệu đồng) | 3.150 | 3.480 |
| Số tổ hợp tác | 1.027 | 1.062 |
Các HTX nông nghiệp, thủy sản và dịch vụ vận tải vẫn chiếm tỷ trọng lớn nhất trong khu vực kinh tế tập thể.
""", byline="Theo Báo Bà Rịa - Vũng Tàu", author=None,
          opts={"cid": 1471, "lid": 1534, "who": "bbt", "short": "Kinh te tap the 6 thang dau nam 2024", "mod": timedelta(days=1, hours=2)},
          notes=["data table of Ibexa's rich text (<thead> + <tbody>, five rows): one line per row; 'Theo Báo Bà Rịa - Vũng "
                 "Tàu' names a newspaper: text, author null (the ezauthor field is the account 'Ban Biên tập'); the URL "
                 "alias comes from the short_title field, not the h1"],
          **at(datetime(2024, 7, 26, 10, 15))),
        A(path="", title="Ảnh: HTX Nông nghiệp Xuân Sơn vào vụ thu hoạch hồ tiêu",
          lead="Những ngày này, các thành viên HTX Nông nghiệp Xuân Sơn (huyện Châu Đức) đang tất bật thu hoạch hồ tiêu vụ chính.",
          body="""
[img thu-hoach-tieu-1.png] Thành viên HTX thu hái hồ tiêu trên vườn đạt chứng nhận hữu cơ
[img thu-hoach-tieu-2.png] Hồ tiêu được phơi trên sân phơi tập trung của HTX
[img thu-hoach-tieu-3.png] Cán bộ HTX kiểm tra độ ẩm hạt tiêu trước khi nhập kho
""", byline="Bài và ảnh: Quang Vinh", author="Quang Vinh",
          opts={"cid": 1466, "lid": 1529, "who": "admin", "imgfid": 5510, "mod": timedelta(hours=3)},
          notes=["photo story: three embedded images (div.align-center > figure.ezimage-field), each caption an italic "
                 "centred paragraph typed under it (one line each); 'Bài và ảnh: Quang Vinh' -> author, while the "
                 "ezauthor field shows 'Administrator User'"],
          **at(datetime(2024, 7, 18, 16, 40))),
        A(path="", title="HTX Thanh long Châu Đức ký hợp đồng xuất khẩu 500 tấn quả",
          lead="HTX Thanh long Châu Đức vừa ký hợp đồng cung ứng 500 tấn thanh long ruột đỏ cho một doanh nghiệp xuất khẩu sang Hàn Quốc.",
          body="""
Theo hợp đồng, HTX giao hàng mỗi tuần 10 tấn quả đạt tiêu chuẩn GlobalGAP, giá thu mua cao hơn giá thị trường 8 - 10%.
Để bảo đảm sản lượng, HTX liên kết thêm 35 hộ trồng thanh long ở xã Bình Ba và xã Suối Nghệ.
""", author="Phạm Minh Tuấn",
          opts={"cid": 1459, "lid": 1522, "who": ("Phạm Minh Tuấn", "tuanpm@lmhtx-brvt.vn"), "mod": timedelta(minutes=25)},
          notes=["no byline in the text; the ezauthor field names the reporter 'Phạm Minh Tuấn' (a person) -> author; "
                 "posted late in the evening ('21:50 12/7/24')"],
          **at(datetime(2024, 7, 12, 21, 50))),
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          lead="Liên minh HTX tỉnh khai giảng lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX trên địa bàn tỉnh.",
          body="""
Học viên được hướng dẫn sử dụng phần mềm kế toán HTX, hóa đơn điện tử và mở gian hàng trên các sàn thương mại điện tử.
Lớp học kéo dài 3 ngày, kết hợp lý thuyết với thực hành trên máy tính.
""", author=None,
          opts={"cid": 1450, "lid": 1513, "who": "admin", "mod": timedelta(minutes=8)},
          notes=["posted at 06:10 ('06:10 5/7/24'): the sitemap's lastmod '2024-07-04T23:18:00+00:00' (the modification "
                 "time in UTC) is the previous day; no byline and the ezauthor field is 'Administrator User' (the "
                 "install's admin account): author null"],
          **at(datetime(2024, 7, 5, 6, 10))),
        A(path="", title="Năm nhóm giải pháp giúp HTX nuôi hàu ở Long Sơn phát triển bền vững",
          lead="Để nghề nuôi hàu ở xã Long Sơn (thành phố Vũng Tàu) phát triển bền vững, các HTX đang tập trung vào năm nhóm giải pháp.",
          body="""
Các giải pháp được thống nhất tại hội thảo do Liên minh HTX tỉnh phối hợp tổ chức gồm:
* Quy hoạch lại vùng nuôi, giảm mật độ bè nuôi trên sông Chà Và;
* Sử dụng con giống có nguồn gốc rõ ràng, được kiểm dịch;
* Xây dựng nhãn hiệu tập thể và tem truy xuất nguồn gốc cho sản phẩm hàu;
* Liên kết với doanh nghiệp chế biến để tiêu thụ ổn định;
* Thu gom, xử lý rác thải trên bè nuôi, bảo vệ môi trường.
""", byline="Lê Thị Thu Hà - Trung tâm Khuyến nông", author="Lê Thị Thu Hà",
          opts={"cid": 1437, "lid": 1500, "who": "bbt", "old": "Giai-phap-cho-HTX-nuoi-hau-Long-Son", "mod": timedelta(days=2)},
          notes=["a five-item list after a line ending with a colon; byline 'Lê Thị Thu Hà - Trung tâm Khuyến nông' -> "
                 "author Lê Thị Thu Hà; renamed after publication: the old alias /Tin-tuc/Giai-phap-cho-HTX-nuoi-hau-Long-Son "
                 "(linked from the home page's 'Tin nổi bật' box) answers 301 to the new one: an alias"],
          **at(datetime(2024, 6, 24, 14, 0))),
        A(path="", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, nhiệm kỳ 2021 - 2026",
          lead="Ngày 13/6, Ban Chấp hành Liên minh HTX tỉnh tổ chức hội nghị lần thứ 8 để đánh giá kết quả hoạt động 6 tháng đầu năm.",
          body="""
Hội nghị đánh giá, 6 tháng đầu năm Liên minh HTX tỉnh đã hỗ trợ thành lập mới 17 HTX và tư vấn cho 42 HTX hoàn thiện hồ sơ vay vốn.
## Nhiệm vụ 6 tháng cuối năm
Liên minh HTX tập trung tổ chức Hội chợ triển lãm sản phẩm HTX và hoàn thành kế hoạch đào tạo cán bộ HTX năm 2024.
""", byline="Ngọc Hân", author="Ngọc Hân",
          opts={"cid": 1428, "lid": 1491, "who": "bbt", "internal": True, "mod": timedelta(hours=1)},
          notes=["the bare name 'Ngọc Hân' closes the text (author); an <h3> heading in the body; the about page links it by "
                 "the internal route /view/content/1428/full/1/1491 (same page, no redirect): an alias; only on "
                 "/Tin-tuc?page=2 among the lists"],
          **at(datetime(2024, 6, 14, 15, 30))),
        A(path="", title="Ra mắt HTX Du lịch cộng đồng Bình Châu",
          lead="Sáng 29/5, HTX Du lịch cộng đồng Bình Châu (huyện Xuyên Mộc) chính thức ra mắt với 21 thành viên.",
          body="""
HTX khai thác các tour trải nghiệm làm muối, đánh bắt hải sản và thưởng thức ẩm thực địa phương cho du khách.
Liên minh HTX tỉnh cam kết hỗ trợ HTX xây dựng thương hiệu và quảng bá sản phẩm du lịch.
""", byline="Thu Trang", author="Thu Trang",
          opts={"cid": 1419, "lid": 1482, "who": "bbt", "mod": timedelta(hours=4)},
          notes=["the oldest article: only on /Tin-tuc?page=2 (and the sitemap); the bare name 'Thu Trang' closes the text"],
          **at(datetime(2024, 5, 30, 9, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = ["<section>"]
    fid = a.opts.get("imgfid", 5500)
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            fid += 7
            out.append(f'<div class="align-center">\n    <figure class="ezimage-field"><img src="/var/site/storage/images/_aliases/large/'
                       f'{img_dir(fid)}/{b.src}" alt="" height="480" width="720" /></figure>\n</div>')
            if b.text:
                out.append(f'<p style="text-align:center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered" border="1" style="width:100%;"><thead><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    out.append("</section>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ba-ria-vung-tau", SHORT + " (Ibexa DXP)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = alias_slug(a.opts.get("short") or a.title)
        a.path = f"{a.opts.get('folder', TIN)}/{a.opts['slug']}"
        a.opts["listed"] = f"{a.opts['second']}/{a.opts['slug']}" if a.opts.get("second") else a.path

    nav_items = [("Trang chủ", "/"), ("Giới thiệu", "/Gioi-thieu"), ("Tin tức", TIN), ("Văn bản - Thông báo", VB), ("Liên hệ", "/Lien-he")]

    def layout(title: str, main: str, *, desc: str = "", active: str = "", og: bool = False) -> str:
        nav = "".join(f'<li class="nav-item{" active" if u == active else ""}"><a class="nav-link" href="{u}">{esc(t)}</a></li>' for t, u in nav_items)
        meta = f'<meta name="description" content="{attr(desc)}">\n    ' if desc else ""
        if og:
            meta += (f'<meta property="og:title" content="{attr(title)}">\n    <meta property="og:description" content="{attr(desc)}">\n    '
                     f'<meta property="og:type" content="article">\n    ')
        return f"""<!doctype html>
<html lang="vi-VN">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>{esc(title)} - {SHORT}</title>
    {meta}<meta name="generator" content="Ibexa DXP"/>
    <link rel="icon" type="image/png" href="/assets/images/favicon.png">
    <link rel="stylesheet" href="/assets/build/app.css">
</head>
<body>
<div class="topbar"><div class="container d-flex justify-content-between"><span>{HOTLINE}</span><a href="/login" rel="nofollow">Đăng nhập</a></div></div>
<header class="site-header">
    <div class="container">
        <a class="brand" href="/"><img src="/assets/images/logo-lmhtx.png" alt="{SHORT}"><span class="brand-name">{NAME.upper()}</span></a>
    </div>
    <nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav>
</header>
<main class="container page-content">
{main}
</main>
<footer class="site-footer">
    <div class="container">
        <div class="row">
            <div class="col-md-8">
                <p class="footer-name">{NAME.upper()}</p>
                <p>{FOOT_RESP}</p>
                <p>{FOOT_ADDR}</p>
                <p>{FOOT_PHONE}</p>
                <p>{FOOT_MAIL}</p>
            </div>
            <div class="col-md-4 text-right">
                <p>{FOOT_COPY}</p>
                <p class="powered">Vận hành trên nền tảng Ibexa DXP</p>
            </div>
        </div>
    </div>
</footer>
<script src="/assets/build/runtime.js"></script>
<script src="/assets/build/app.js"></script>
</body>
</html>
"""

    def sidebar(exclude: RichArticle | None) -> str:
        latest = [a for a in posts if a is not exclude][:4]
        items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span></li>' for a in latest)
        links = ('<li><a href="{{base:offsite}}/baria-vungtau-gov/" target="_blank">Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu</a></li>'
                 '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li>')
        return (f'<aside class="col-lg-4 sidebar"><div class="box box-latest"><h2 class="box-title">Tin mới</h2><ul>{items}</ul></div>'
                f'<div class="box box-links"><h2 class="box-title">Liên kết website</h2><ul>{links}</ul></div></aside>')

    def breadcrumb(items: list[tuple[str, str | None]]) -> str:
        lis = "".join(f'<li class="breadcrumb-item"><a href="{u}">{esc(t)}</a></li>' if u else
                      f'<li class="breadcrumb-item active" aria-current="page">{esc(t)}</li>' for t, u in items)
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{lis}</ol></nav>'

    def author_field(a: RichArticle) -> str:
        who = a.opts["who"]
        name, mail = ACCOUNTS[who] if isinstance(who, str) else who
        return f'<ul class="ezauthor-field"><li><a href="mailto:{mail.replace("@", "%40")}">{esc(name)}</a></li></ul>'

    def full(a: RichArticle, folder: str) -> str:
        fname = "Tin tức" if folder == TIN else "Văn bản - Thông báo"
        att = ""
        if a.opts.get("file"):
            f, size, ver = a.opts["file"]
            href = f"/content/download/{a.opts['cid']}/tai_lieu/{f}?version={ver}"
            att = (f'<div class="article-attachment"><span class="label">Tài liệu đính kèm:</span> <a href="{href}" '
                   f'class="ezbinaryfile-field">{esc(f)}</a>&nbsp;({size})</div>')
            a.attachments = [{"path": href, "text": f}]
        first_img = next((b for b in a.blocks if b.kind == "img"), None)
        main_img = ""
        if not first_img:
            main_img = (f'<div class="article-image"><figure class="ezimage-field"><img src="/var/site/storage/images/{img_dir(a.opts["cid"] + 61)}/'
                        f'{a.opts["slug"].lower()[:40]}.png" alt="" height="450" width="800" /></figure></div>')
        art = (f'<article class="content-view-full content-type-article">\n'
               f'<h1 class="article-title"><span class="ezstring-field">{esc(a.title)}</span></h1>\n'
               f'<div class="article-meta"><span class="label">Ngày đăng:</span> <div class="ezdatetime-field">{short_dt(a.date)}</div>'
               f'<span class="label">Tác giả:</span> {author_field(a)}</div>\n'
               f'<div class="article-intro"><div class="ezrichtext-field"><section><p>{esc(a.lead)}</p></section></div></div>\n'
               f'{main_img}\n<div class="article-body"><div class="ezrichtext-field">{body_html(a)}</div></div>\n{att}\n'
               f'<div class="article-share">Chia sẻ: <a href="javascript:void(0)" class="share-fb">Facebook</a> '
               f'<a href="javascript:void(0)" class="share-zalo">Zalo</a> <a href="javascript:window.print()">In bài</a></div>\n</article>')
        main = (breadcrumb([("Trang chủ", "/"), (fname, folder), (a.title, None)])
                + f'<div class="row"><div class="col-lg-8">{art}</div>{sidebar(a)}</div>')
        return layout(a.title, main, desc=a.lead, active=folder, og=True)

    for a in posts:
        site.page(a.path, full(a, a.opts.get("folder", TIN)), content_type=HTML)
        if a.opts.get("second"):
            second = f"{a.opts['second']}/{a.opts['slug']}"
            site.page(second, full(a, a.opts["second"]), content_type=HTML)
            a.aliases.append(second)
        if a.opts.get("internal"):
            p = f"/view/content/{a.opts['cid']}/full/1/{a.opts['lid']}"
            site.page(p, site.html_pages[a.path], content_type=HTML)
            a.aliases.append(p)
        if a.opts.get("old"):
            old = f"{TIN}/{a.opts['old']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        if a.opts.get("file"):
            f, _, _ = a.opts["file"]
            site.binary(f"/content/download/{a.opts['cid']}/tai_lieu/{f}",
                        pdf(a.title, ["LIEN MINH HTX TINH BA RIA - VUNG TAU", "THONG BAO SO 07/TB-LMHTX"]))
        site.add_article(a)

    def line(a: RichArticle, href: str) -> str:
        return (f'<div class="content-view-line content-type-article"><a class="thumb" href="{href}"><img src="/var/site/storage/images/_aliases/small/'
                f'{img_dir(a.opts["cid"] + 61)}/{a.opts["slug"].lower()[:40]}.png" alt=""></a>'
                f'<h3 class="line-title"><a href="{href}">{esc(a.title)}</a></h3><span class="line-date">{a.date:%d/%m/%Y}</span>'
                f'<div class="line-intro">{esc(a.lead)}</div></div>')

    def pager(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        lis = []
        lis.append('<li class="page-item prev disabled"><span class="page-link">Trang trước</span></li>' if n == 0 else
                   f'<li class="page-item prev"><a class="page-link" href="{base}?page={n}" rel="prev">Trang trước</a></li>')
        for k in range(total):
            lis.append(f'<li class="page-item active"><span class="page-link">{k + 1} <span class="sr-only">(current)</span></span></li>' if k == n
                       else f'<li class="page-item"><a class="page-link" href="{base}?page={k + 1}">{k + 1}</a></li>')
        lis.append('<li class="page-item next disabled"><span class="page-link">Trang sau</span></li>' if n == total - 1 else
                   f'<li class="page-item next"><a class="page-link" href="{base}?page={n + 2}" rel="next">Trang sau</a></li>')
        return f'<nav class="pagerfanta"><ul class="pagination">{"".join(lis)}</ul></nav>'

    def folder_view(base: str, title: str, items: list[tuple[RichArticle, str]]) -> None:
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)]
        for n, chunk in enumerate(chunks):
            main = (breadcrumb([("Trang chủ", "/"), (title, None)]) + '<div class="row"><div class="col-lg-8">'
                    f'<div class="content-view-full content-type-folder"><h1 class="folder-title">{esc(title)}</h1>'
                    + "".join(line(a, h) for a, h in chunk) + pager(base, n, len(chunks)) + f"</div></div>{sidebar(None)}</div>")
            html = layout(title if n == 0 else f"{title} - Trang {n + 1}", main, active=base)
            paths = [base, f"{base}?page=1"] if n == 0 and len(chunks) > 1 else [f"{base}?page={n + 1}"] if n else [base]
            for p in paths:
                site.page(p, html, content_type=HTML)
                site.non_articles.append(p)

    folder_view(TIN, "Tin tức", [(a, a.opts["listed"]) for a in posts])
    folder_view(VB, "Văn bản - Thông báo", [(a, a.path) for a in posts if a.opts.get("folder") == VB])
    site.trap("folder /Tin-tuc: line views (date d/m/Y, intro) 5 a page with Pagerfanta's pager /Tin-tuc?page=2 (and "
              "?page=1 for the first page); /Van-ban-thong-bao: the notice's main location: listings", f"{TIN}?page=2")

    renamed = next(a for a in posts if a.opts.get("old"))
    internal = next(a for a in posts if a.opts.get("internal"))
    home_news = "".join(line(a, a.path) for a in posts[:5])
    notices = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({a.date:%d/%m/%Y})</li>' for a in posts if a.opts.get("folder") == VB)
    home = (f'<div class="row"><div class="col-lg-8"><section class="home-block"><h2 class="block-title">Tin mới</h2>{home_news}'
            f'<p class="more"><a href="{TIN}">Xem tất cả tin</a></p></section>'
            f'<section class="home-block"><h2 class="block-title">Tin nổi bật</h2><div class="ezrichtext-field"><section><p>'
            f'<a href="{TIN}/{renamed.opts["old"]}">Giải pháp cho HTX nuôi hàu Long Sơn</a></p></section></div></section>'
            f'<section class="home-block"><h2 class="block-title">Văn bản - Thông báo</h2><ul>{notices}</ul></section></div>{sidebar(None)}</div>')
    site.page("/", layout("Trang chủ", home, desc="Cổng thông tin của Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu", active="/"))
    site.non_articles.append("/")

    def static_page(path: str, title: str, body: str) -> None:
        main = (breadcrumb([("Trang chủ", "/"), (title, None)]) + '<div class="row"><div class="col-lg-8">'
                f'<div class="content-view-full content-type-folder"><h1 class="folder-title">{esc(title)}</h1>'
                f'<div class="ezrichtext-field"><section>{body}</section></div></div></div>{sidebar(None)}</div>')
        site.page(path, layout(title, main, active=path), content_type=HTML)
        site.non_articles.append(path)

    static_page("/Gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu là tổ chức chính trị - xã hội, đại diện "
                "và bảo vệ quyền, lợi ích hợp pháp của các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>"
                "<p>Liên minh HTX tỉnh có chức năng tuyên truyền, tư vấn, hỗ trợ thành lập và phát triển HTX; tham gia xây dựng "
                "chính sách phát triển kinh tế tập thể của tỉnh.</p>"
                f'<p>Xem thêm: <a href="/view/content/{internal.opts["cid"]}/full/1/{internal.opts["lid"]}">{esc(internal.title)}</a></p>')
    static_page("/Lien-he", "Liên hệ", "<p>Văn phòng Liên minh HTX tỉnh tiếp nhận ý kiến, đề nghị của các HTX trong giờ hành chính.</p>"
                "<p>Hộp thư góp ý: gopy@lmhtx-brvt.vn</p>")
    site.trap("the home page (Tin mới: five line views; 'Tin nổi bật' links a renamed article by its old alias, 301), "
              "/Gioi-thieu (links an article by /view/content/<contentId>/full/1/<locationId>) and /Lien-he: not articles",
              "/Gioi-thieu")
    site.page("/login", layout("Đăng nhập", '<div class="login-form"><h1>Đăng nhập</h1><form action="/login_check" method="post">'
              '<label for="username">Tên đăng nhập</label><input type="text" id="username" name="_username">'
              '<label for="password">Mật khẩu</label><input type="password" id="password" name="_password">'
              '<input type="hidden" name="_csrf_token" value="x1Fz"><button type="submit">Đăng nhập</button></form></div>'), content_type=HTML)
    site.never_fetched.append("/login")

    def utc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    urls = [("/", datetime(2024, 8, 7, 9, 45)), (TIN, datetime(2024, 8, 7, 9, 45)), (VB, datetime(2024, 8, 7, 9, 45)),
            ("/Gioi-thieu", datetime(2023, 11, 2, 10, 0)), ("/Lien-he", datetime(2023, 11, 2, 10, 5))]
    for a in posts:
        urls.append((a.path, a.date + a.opts["mod"]))
        if a.opts.get("second"):
            urls.append((a.opts["listed"], a.date + a.opts["mod"]))
    body = "".join(f"  <url>\n    <loc>{{{{base}}}}{u}</loc>\n    <lastmod>{utc(d)}</lastmod>\n  </url>\n" for u, d in urls)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n{body}</urlset>\n', content_type="text/xml; charset=UTF-8")
    site.static("/robots.txt", "User-agent: *\nSitemap: {{base}}/sitemap.xml\nDisallow: /admin\nDisallow: /login\n")
    site.trap("Nova eZ SEO: /sitemap.xml (every location, the secondary one too; lastmod = the modification date in "
              "UTC, 'c' format with '+00:00') and robots.txt (announces it, disallows /admin and the /login form linked "
              "from the top bar: never fetched)", "/sitemap.xml")
    site.binary("/assets/images/logo-lmhtx.png", image_for("logo-brvt"))
    site.binary("/assets/images/favicon.png", image_for("favicon-brvt"))
    return site
