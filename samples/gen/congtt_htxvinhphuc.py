"""Site `congtt-htxvinhphuc` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Vĩnh Phúc", the portal of
the Vĩnh Phúc cooperative alliance (since 1 July 2025 part of Phú Thọ province) on **eZ Platform 3.3** (Symfony, Twig
site templates of a local vendor, the legacy "attribute-*" class names kept from the old eZ Publish design). Written
as a held-out test: no family module, no selectors.

Why it is hard: an article lives at its URL alias built from the content's name with capitals kept
(`/Tin-tuc/Guong-HTX/Hop-tac-xa-Tam-Duong-…`), answers at the native route `/view/content/<contentId>/full/1/<locationId>`
(rel=canonical back to the alias), at the legacy node URL `/content/view/full/<locationId>` (301) and, lower-cased,
301 to the right case (eZ's alias lookup); a renamed article's history alias 301s; one article has a second location
under "Tiêu điểm" (another alias, canonical to the main one). The body element carries the content type
(`content-type-article`); the title is `div.attribute-header h1`; `div.attribute-byline` shows the ezauthor field
(the editor's account "Administrator User" on most: never an author; a real person on one: the author, not text) and
the publish_date field as ICU's Vietnamese full date with the TIME FIRST ("14:30 Thứ Năm, 12 tháng 3, 2026"); the lead
is `div.attribute-intro div.ezrichtext-field`, the text `div.attribute-body div.ezrichtext-field` (paragraphs, `h2`,
lists, tables, embedded image content `div.ez-embed-type-image` with `figcaption.attribute-caption`); a closing byline
paragraph is text and the author. `<meta property="article:published_time">` is the content's publishedDate: for the
two articles imported from the old site it is the MIGRATION day (5 January 2026), not the publication date shown.
Folder lists page with the view parameter `/(offset)/4`; home, folders, the about page, the gallery and one image
content (a caption-only page), tag page, search, contact form are no articles; robots.txt disallows `/admin`,
`/login`, `/register` and `/content/download/` is allowed.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "congtt-htxvinhphuc"
NAME = "Liên minh Hợp tác xã tỉnh Vĩnh Phúc"
HTML = "text/html; charset=UTF-8"
DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
ADMIN = "Administrator User"
MIGRATED = datetime(2026, 1, 5, 10, 2, 11)
FOLDERS = {"Tin-tuc/Hoat-dong-Lien-minh": ("Hoạt động Liên minh", 58), "Tin-tuc/Guong-HTX": ("Gương HTX tiêu biểu", 61),
           "Van-ban-Thong-bao": ("Văn bản - Thông báo", 64)}
CHROME = ["CỔNG THÔNG TIN LIÊN MINH HTX TỈNH VĨNH PHÚC", "Hỗ trợ - Tư vấn - Kết nối vì sự phát triển của HTX",
          "Bạn đang ở:", "Tin liên quan", "Chia sẻ bài viết", "Bản in", "Tác giả:", "Ngày xuất bản:",
          "Vĩnh Yên: 21°C, mưa phùn nhẹ", "Tổng lượt truy cập: 718.406", "Trực tuyến: 14",
          "Theo bạn, kênh nào giúp HTX tiêu thụ sản phẩm hiệu quả nhất?", "Hội chợ, triển lãm", "Sàn thương mại điện tử",
          "Bếp ăn tập thể, trường học", "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Vĩnh Phúc",
          "Địa chỉ: Số 38 đường Nguyễn Tất Thành, phường Vĩnh Yên", "ĐT: 0211.3862.530 - Email: lmhtx.vinhphuc@gmail.com",
          "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này", "Thiết kế và phát triển trên nền eZ Platform"]


def vi_full(d: datetime) -> str:
    """ICU vi, format_datetime('full', 'short'): the time comes first."""
    return f"{d:%H:%M} {DAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, ev=("date-element", "listing")) -> dict:
        return dict(date=d, published=iso(d), published_source=ev[0], evidence=list(ev))

    return [
        A(path="", title="Liên minh HTX tỉnh Vĩnh Phúc ký kết chương trình phối hợp với Hội Nông dân tỉnh",
          lead="Sáng 11/3, Liên minh HTX tỉnh và Hội Nông dân tỉnh ký chương trình phối hợp hỗ trợ phát triển kinh tế tập thể giai đoạn 2026 - 2030.",
          body="""
Theo chương trình, hai bên phối hợp tuyên truyền Luật HTX năm 2023, vận động nông dân tham gia tổ hợp tác, HTX.
[img ky-ket-hoi-nong-dan.png] Lãnh đạo hai đơn vị ký kết chương trình phối hợp
## Mục tiêu đến năm 2030
Mỗi năm thành lập mới ít nhất 20 HTX nông nghiệp, trong đó 30% ứng dụng công nghệ cao.
Hai bên cũng phối hợp giới thiệu nguồn vốn vay từ Quỹ hỗ trợ nông dân và Quỹ hỗ trợ phát triển HTX.
""", byline="Bài, ảnh: Phan Thu Hương", author="Phan Thu Hương",
          opts={"loc": 245, "cid": 812, "folder": "Tin-tuc/Hoat-dong-Lien-minh",
                "slug": "Lien-minh-HTX-tinh-Vinh-Phuc-ky-ket-chuong-trinh-phoi-hop-voi-Hoi-Nong-dan-tinh",
                "focus": True, "legacy": True},
          notes=["article at its URL alias (capitals kept); body class content-type-article; div.attribute-header h1; "
                 "date '09:30 Thứ Tư, 11 tháng 3, 2026' (ICU vi: time first); the ezauthor field shows the account "
                 "'Administrator User' (never an author); 'Bài, ảnh: Phan Thu Hương' closes the body (author); a second location /Tieu-diem/<slug>, the native /view/content/812/full/1/245, "
                 "the legacy /content/view/full/245 (301) and the lower-cased alias (301) are aliases"],
          **at(datetime(2026, 3, 11, 9, 30), ("metadata", "date-element", "listing"))),
        A(path="", title="Thông báo số 17/TB-LMHTX về việc đăng ký tham gia Hội chợ HTX vùng trung du năm 2026",
          body="""
LIÊN MINH HTX TỈNH VĨNH PHÚC
Số: 17/TB-LMHTX
Vĩnh Phúc, ngày 03 tháng 3 năm 2026
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ HTX vùng trung du năm 2026
Liên minh HTX tỉnh thông báo tới các HTX, tổ hợp tác có nhu cầu tham gia Hội chợ như sau:
- Thời gian tổ chức: từ ngày 22 đến 26/4/2026.
- Hạn đăng ký: trước ngày 31/3/2026.
- Các HTX được hỗ trợ 50% chi phí thuê gian hàng.
CHỦ TỊCH
Đỗ Văn Hùng
""", author=None, doc_number="17/TB-LMHTX",
          attachments=[{"path": "/content/download/806/4127/file/TB-17-LMHTX-hoi-cho-2026.pdf", "text": "TB-17-LMHTX-hoi-cho-2026.pdf"}],
          opts={"loc": 241, "cid": 806, "folder": "Van-ban-Thong-bao",
                "slug": "Thong-bao-so-17-TB-LMHTX-ve-viec-dang-ky-tham-gia-Hoi-cho-HTX-vung-trung-du-nam-2026"},
          notes=["notice 'Số: 17/TB-LMHTX' dated 03/3 in the text, published '15:00 Thứ Tư, 4 tháng 3, 2026'; the signer is "
                 "text, author null (ezauthor 'Administrator User'); the ezbinaryfile field's /content/download/806/4127/file/"
                 "… link after 'Tải về:' (its size no text): an attachment"],
          **at(datetime(2026, 3, 4, 15, 0), ("metadata", "date-element", "listing"))),
        A(path="", title="Kinh tế tập thể Vĩnh Phúc năm 2025: tăng cả số lượng và chất lượng",
          body="""
Năm 2025, khu vực kinh tế tập thể đóng góp khoảng 3,2% GRDP của tỉnh.
| Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2025 |
| HTX đang hoạt động | HTX | 392 | 418 |
| HTX khá, tốt | % | 46 | 52 |
| Doanh thu bình quân | tỷ đồng/HTX | 3,6 | 4,0 |
| Lao động thường xuyên | người | 8.930 | 9.415 |
Liên minh HTX tỉnh đánh giá chất lượng hoạt động của HTX được nâng lên rõ rệt.
""", author=None,
          opts={"loc": 238, "cid": 799, "folder": "Tin-tuc/Hoat-dong-Lien-minh",
                "slug": "Kinh-te-tap-the-Vinh-Phuc-nam-2025-tang-ca-so-luong-va-chat-luong"},
          notes=["an ezrichtext table (one line per row); no byline; ezauthor 'Administrator User': author null"],
          **at(datetime(2026, 2, 25, 8, 10), ("metadata", "date-element", "listing"))),
        A(path="", title="Hợp tác xã Tam Dương nhân rộng mô hình nuôi ong lấy mật",
          body="""
Từ 40 đàn ong ban đầu, đến nay HTX Nông nghiệp Tam Dương đã phát triển lên 1.200 đàn, sản lượng mật đạt 18 tấn mỗi năm.
[img ong-mat-tam-duong.png] Thành viên HTX kiểm tra cầu ong trước mùa khai thác
HTX liên kết với 35 hộ dân, bao tiêu toàn bộ sản phẩm với giá ổn định.
Sản phẩm mật ong của HTX đã đạt chứng nhận OCOP 4 sao năm 2025.
""", author="Nguyễn Đức Thịnh",
          opts={"loc": 233, "cid": 791, "folder": "Tin-tuc/Guong-HTX", "ezauthor": "Nguyễn Đức Thịnh",
                "slug": "Hop-tac-xa-Tam-Duong-nhan-rong-mo-hinh-nuoi-ong-lay-mat"},
          notes=["the ezauthor field names a person ('Tác giả: Nguyễn Đức Thịnh' in div.attribute-byline, a mailto link): "
                 "the author, not text; no closing byline"],
          **at(datetime(2026, 2, 9, 14, 20), ("metadata", "date-element", "listing"))),
        A(path="", title="Bảy nội dung HTX cần công khai với thành viên",
          lead="Luật HTX năm 2023 quy định rõ các nội dung HTX phải công khai cho thành viên biết.",
          body="""
* Điều lệ, quy chế hoạt động của HTX;
* Báo cáo tài chính năm;
* Phương án sản xuất, kinh doanh;
* Phương án phân phối thu nhập;
* Danh sách thành viên và vốn góp;
* Các khoản hỗ trợ Nhà nước đã nhận;
* Nghị quyết Đại hội thành viên.
""", byline="Theo Trần Hải Yến", author="Trần Hải Yến",
          opts={"loc": 229, "cid": 784, "folder": "Van-ban-Thong-bao",
                "slug": "Bay-noi-dung-HTX-can-cong-khai-voi-thanh-vien"},
          notes=["a seven-item list after the intro; 'Theo Trần Hải Yến' closes the body (author)"],
          **at(datetime(2026, 1, 22, 10, 0), ("metadata", "date-element", "listing"))),
        A(path="", title="Ảnh: Ngày hội nông sản HTX tại Vĩnh Yên",
          body="""
[img ngay-hoi-1.png] Khu trưng bày rau quả của các HTX huyện Vĩnh Tường
[img ngay-hoi-2.png] Du khách mua bí đỏ của HTX Yên Lạc
[img ngay-hoi-3.png] Gian hàng sản phẩm OCOP thu hút đông khách
""", author=None,
          opts={"loc": 224, "cid": 777, "folder": "Tin-tuc/Hoat-dong-Lien-minh", "slug": "Anh-Ngay-hoi-nong-san-HTX-tai-Vinh-Yen"},
          notes=["photo story: three embedded image contents (div.ez-embed-type-image), each figcaption.attribute-caption a "
                 "line; no byline: author null"],
          **at(datetime(2026, 1, 12, 7, 40), ("metadata", "date-element", "listing"))),
        A(path="", title="Hợp tác xã Bình Xuyên đầu tư kho lạnh bảo quản nông sản",
          body="""
HTX Dịch vụ nông nghiệp Bình Xuyên vừa đưa vào sử dụng kho lạnh công suất 150 tấn, tổng vốn đầu tư 3,8 tỷ đồng.
Kho lạnh giúp HTX kéo dài thời gian bảo quản rau, củ thêm 3 - 4 tuần, chủ động bán hàng khi giá tốt.
""", byline="Lưu Minh - Báo Vĩnh Phúc", author="Lưu Minh",
          opts={"loc": 212, "cid": 753, "folder": "Tin-tuc/Guong-HTX",
                "slug": "Hop-tac-xa-Binh-Xuyen-dau-tu-kho-lanh-bao-quan-nong-san",
                "old_slug": "HTX-Binh-Xuyen-dua-kho-lanh-150-tan-vao-hoat-dong", "migrated": True},
          notes=["imported from the old site: <meta article:published_time> is the migration day 2026-01-05T10:02:11+07:00, "
                 "the page shows '16:00 Thứ Ba, 2 tháng 12, 2025' (the publication); the history alias of its old name "
                 "301s; byline 'Lưu Minh - Báo Vĩnh Phúc' -> author Lưu Minh; only on the folder's /(offset)/4"],
          **at(datetime(2025, 12, 2, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh tập huấn nghiệp vụ cho cán bộ quản lý HTX",
          lead="Từ ngày 17 đến 19/11, Liên minh HTX tỉnh tổ chức lớp tập huấn cho 80 cán bộ quản lý HTX.",
          body="""
Học viên được hướng dẫn về quản trị HTX, lập kế hoạch kinh doanh và chế độ kế toán theo quy định mới.
## Kết quả lớp học
100% học viên được cấp giấy chứng nhận hoàn thành khóa học.
""", byline="Hoàng Anh", author="Hoàng Anh",
          opts={"loc": 207, "cid": 748, "folder": "Tin-tuc/Hoat-dong-Lien-minh",
                "slug": "Lien-minh-HTX-tinh-tap-huan-nghiep-vu-cho-can-bo-quan-ly-HTX", "migrated": True},
          notes=["imported article: article:published_time is the migration day, the page's date '08:30 Thứ Ba, 18 tháng 11, "
                 "2025' is the publication; byline 'Hoàng Anh' (author); only on the folder's /(offset)/4"],
          **at(datetime(2025, 11, 18, 8, 30))),
    ]


def richtext(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<div class="align-center ez-embed-type-image"><figure class="ezimage-field">'
                       f'<img src="/var/site/storage/images/tin-tuc/{b.src}" alt="{attr(b.text)}" width="760" height="507" />'
                       f'<figcaption class="attribute-caption"><div class="ezrichtext-field"><p>{esc(b.text)}</p></div>'
                       f'</figcaption></figure></div>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table" border="1" width="100%"><tbody><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-phuc", "Cổng thông tin Liên minh HTX tỉnh Vĩnh Phúc", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        a.path = f"/{a.opts['folder']}/{a.opts['slug']}"

    def layout(title: str, content: str, crumbs: list[tuple[str, str]], body_class: str, head: str = "") -> str:
        path = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in [("Trang chủ", "/"), *crumbs[:-1]])
        path += f"<li>{esc(crumbs[-1][0])}</li>" if crumbs else ""
        latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in news[:4])
        return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - {NAME}</title>
{head}
<link rel="stylesheet" href="/assets/build/app.css" />
<link rel="icon" href="/assets/images/favicon.png" />
</head>
<body class="{body_class}">
<header class="site-header"><div class="container">
<a href="/" class="logo"><img src="/assets/images/logo-lmhtx-vp.png" alt="{NAME}" /></a>
<div class="site-name">CỔNG THÔNG TIN LIÊN MINH HTX TỈNH VĨNH PHÚC</div>
<div class="site-slogan">Hỗ trợ - Tư vấn - Kết nối vì sự phát triển của HTX</div>
<form class="search-form" action="/content/search" method="get"><input type="text" name="SearchText" /><button type="submit">Tìm</button></form>
</div></header>
<nav class="main-menu"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/Gioi-thieu">Giới thiệu</a></li>
<li><a href="/Tin-tuc">Tin tức</a><ul><li><a href="/Tin-tuc/Hoat-dong-Lien-minh">Hoạt động Liên minh</a></li>
<li><a href="/Tin-tuc/Guong-HTX">Gương HTX tiêu biểu</a></li></ul></li>
<li><a href="/Van-ban-Thong-bao">Văn bản - Thông báo</a></li><li><a href="/Thu-vien-anh">Thư viện ảnh</a></li>
<li><a href="/Lien-he">Liên hệ</a></li><li><a href="/login">Đăng nhập</a></li></ul></nav>
<div class="container"><div class="breadcrumb"><span>Bạn đang ở:</span><ul>{path}</ul></div>
<div class="row"><main class="col-md-8">
{content}
</main>
<aside class="col-md-4">
<div class="block"><h3 class="block-title">Tin mới</h3><ul>{latest}</ul></div>
<div class="block weather"><h3 class="block-title">Thời tiết</h3><p>Vĩnh Yên: 21°C, mưa phùn nhẹ</p></div>
<div class="block poll"><h3 class="block-title">Thăm dò ý kiến</h3><p>Theo bạn, kênh nào giúp HTX tiêu thụ sản phẩm hiệu quả nhất?</p>
<ul><li>Hội chợ, triển lãm</li><li>Sàn thương mại điện tử</li><li>Bếp ăn tập thể, trường học</li></ul></div>
<div class="block counter"><p>Tổng lượt truy cập: 718.406</p><p>Trực tuyến: 14</p></div>
<div class="block links"><h3 class="block-title">Liên kết</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</aside></div></div>
<footer class="site-footer"><div class="container">
<p>Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Vĩnh Phúc</p>
<p>Địa chỉ: Số 38 đường Nguyễn Tất Thành, phường Vĩnh Yên</p>
<p>ĐT: 0211.3862.530 - Email: lmhtx.vinhphuc@gmail.com</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này</p>
<p class="powered">Thiết kế và phát triển trên nền eZ Platform</p>
</div></footer>
<script src="/assets/build/app.js"></script>
</body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def full(a: RichArticle) -> str:
        o = a.opts
        who = o.get("ezauthor", ADMIN)
        mail = "admin@link.invalid" if who == ADMIN else "thinhnd.lmhtx@gmail.com"
        att = ""
        for x in a.attachments:
            att = (f'<div class="attribute-file"><span>Tải về:</span> <a href="{x["path"]}">{esc(x["text"])}</a> '
                   f'<span class="file-size">(application/pdf) 198.4 kB</span></div>')
        related = [b for b in news if b is not a and b.opts["folder"] == o["folder"]][:3]
        rel = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a> <span class="date">({b.date:%d/%m/%Y})</span></li>' for b in related)
        return (f'<article class="class-article content-view-full"><div class="attribute-header"><h1>{esc(a.title)}</h1></div>'
                f'<div class="attribute-byline"><span class="ezauthor"><span>Tác giả:</span> <ul class="ezauthor-field"><li>'
                f'<a href="mailto:{mail}">{esc(who)}</a></li></ul></span> <span class="attribute-publish_date"><span>Ngày xuất bản:</span> '
                f'<time datetime="{iso(a.date)}">{vi_full(a.date)}</time></span></div>'
                + (f'<div class="attribute-intro"><div class="ezrichtext-field"><p>{inline_html(a.lead)}</p></div></div>' if a.lead else "")
                + f'<div class="attribute-body"><div class="ezrichtext-field">{richtext(a)}</div></div>{att}'
                f'<div class="attribute-tags"><a href="/tags/view/OCOP">OCOP</a></div>'
                f'<div class="share"><span>Chia sẻ bài viết</span> <a href="javascript:window.print()">Bản in</a></div>'
                f'<div class="related-content"><h3>Tin liên quan</h3><ul>{rel}</ul></div></article>')

    for a in news:
        o = a.opts
        folder = o["folder"]
        fname = FOLDERS[folder][0]
        published = MIGRATED if o.get("migrated") else a.date
        head = (f'<link rel="canonical" href="{{{{base}}}}{a.path}" /><meta name="description" content="{attr(a.summary())}" />'
                f'<meta property="og:type" content="article" /><meta property="og:title" content="{attr(a.title)}" />'
                f'<meta property="article:published_time" content="{iso(published)}" />'
                f'<meta property="article:modified_time" content="{iso(max(published, a.date))}" />')
        crumbs = ([("Tin tức", "/Tin-tuc")] if folder.startswith("Tin-tuc") else []) + [(fname, f"/{folder}"), (a.title, a.path)]
        html = layout(a.title, full(a), crumbs, f"ez-site content-type-article location-{o['loc']} content-{o['cid']}", head)
        page(a.path, html)
        native = f"/view/content/{o['cid']}/full/1/{o['loc']}"
        site.same_page(native, a.path)
        legacy = f"/content/view/full/{o['loc']}"
        site.redirect(legacy, a.path, 301)
        a.aliases += [native, legacy]
        if o.get("focus"):
            sec = f"/Tieu-diem/{o['slug']}"
            site.same_page(sec, a.path)
            low = a.path.lower()
            site.redirect(low, a.path, 301)
            a.aliases += [sec, low]
        if o.get("old_slug"):
            old = f"/{folder}/{o['old_slug']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 17/TB-LMHTX", "Hoi cho HTX vung trung du 2026"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/var/site/storage/images/tin-tuc/{b.src}", image_for(b.src))
        site.add_article(a)

    def item(a: RichArticle) -> str:
        return (f'<div class="content-view-line class-article"><h2 class="attribute-header"><a href="{a.path}">{esc(a.title)}</a></h2>'
                f'<span class="date">{a.date:%d/%m/%Y}</span><div class="attribute-intro"><p>{esc(a.summary())}</p></div></div>')

    def folder_list(path: str, title: str, items: list, loc: int, crumbs: list) -> None:
        chunks = [items[k:k + 4] for k in range(0, len(items), 4)] or [[]]
        for n, chunk in enumerate(chunks):
            url = path if n == 0 else f"{path}/(offset)/{n * 4}"
            pager = ('<div class="pagenavigator"><p>' + " ".join(
                f'<span class="current">{k + 1}</span>' if k == n else f'<a href="{path}{"" if k == 0 else f"/(offset)/{k * 4}"}">{k + 1}</a>'
                for k in range(len(chunks))) + (f' <a href="{path}/(offset)/{(n + 1) * 4}">Sau »</a>' if n + 1 < len(chunks) else "")
                     + "</p></div>") if len(chunks) > 1 else ""
            content = (f'<div class="class-folder content-view-full"><div class="attribute-header"><h1>{esc(title)}</h1></div>'
                       f'<div class="content-view-children">{"".join(item(a) for a in chunk)}</div>{pager}</div>')
            page(url, layout(title, content, crumbs, f"ez-site content-type-folder location-{loc}"))
            site.non_articles.append(url)

    for folder, (fname, loc) in FOLDERS.items():
        items = [a for a in news if a.opts["folder"] == folder]
        crumbs = ([("Tin tức", "/Tin-tuc")] if folder.startswith("Tin-tuc") else []) + [(fname, f"/{folder}")]
        folder_list(f"/{folder}", fname, items, loc, crumbs)
    folder_list("/Tin-tuc", "Tin tức", [a for a in news if a.opts["folder"].startswith("Tin-tuc")], 56, [("Tin tức", "/Tin-tuc")])
    focus = [a for a in news if a.opts.get("focus")]
    page("/Tieu-diem", layout("Tiêu điểm", '<div class="class-folder"><h1>Tiêu điểm</h1>' + "".join(
        f'<div class="content-view-line"><h2><a href="/Tieu-diem/{a.opts["slug"]}">{esc(a.title)}</a></h2></div>' for a in focus)
                              + "</div>", [("Tiêu điểm", "/Tieu-diem")], "ez-site content-type-folder location-70"))
    site.non_articles.append("/Tieu-diem")
    # home
    home = ('<div class="class-landing_page"><div class="block-focus"><h2>Tiêu điểm</h2>' + "".join(
        f'<div class="content-view-line"><h3><a href="/Tieu-diem/{a.opts["slug"]}">{esc(a.title)}</a></h3><p>{esc(a.summary())}</p></div>'
        for a in focus) + '</div><div class="block-latest"><h2>Tin mới nhất</h2>' + "".join(item(a) for a in news[:5])
            + '</div><p class="more">' + "".join(f'<a href="{a.path.lower()}">{esc(a.title)}</a> ' for a in focus)
            + f'<a href="/content/view/full/{news[2].opts["loc"]}">{esc(news[2].title)}</a> '
            + f'<a href="/Tin-tuc/Guong-HTX/{next(a for a in news if a.opts.get("old_slug")).opts["old_slug"]}">Kho lạnh HTX Bình Xuyên</a> '
            + '<a href="/Tieu-diem">Tiêu điểm</a> <a href="/tags/view/OCOP">OCOP</a> '
            + '<a href="/content/search?SearchText=OCOP">Tìm: OCOP</a></p></div>')
    page("/", layout("Trang chủ", home, [], "ez-site content-type-landing_page location-2"))
    site.non_articles.append("/")
    # about, gallery, image content, tags, search, contact
    page("/Gioi-thieu", layout("Giới thiệu", '<div class="class-folder content-view-full"><div class="attribute-header"><h1>Giới thiệu '
                               'Liên minh HTX tỉnh Vĩnh Phúc</h1></div><div class="attribute-description"><div class="ezrichtext-field">'
                               '<p>Liên minh Hợp tác xã tỉnh Vĩnh Phúc được thành lập năm 1997 khi tái lập tỉnh.</p><p>Liên minh đại diện, '
                               'hỗ trợ và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trong tỉnh.</p></div></div></div>',
                               [("Giới thiệu", "/Gioi-thieu")], "ez-site content-type-folder location-54"))
    imgs = [("Le-trao-giay-chung-nhan-OCOP-2025", "Lễ trao giấy chứng nhận OCOP năm 2025", 301),
            ("Dai-hoi-Lien-minh-HTX-tinh-khoa-VI", "Đại hội Liên minh HTX tỉnh khóa VI", 302)]
    gal = "".join(f'<div class="content-view-line class-image"><a href="/Thu-vien-anh/{s}"><img src="/var/site/storage/images/thu-vien/{s}.png" '
                  f'alt="" /></a><p><a href="/Thu-vien-anh/{s}">{esc(t)}</a></p></div>' for s, t, _ in imgs)
    page("/Thu-vien-anh", layout("Thư viện ảnh", f'<div class="class-gallery"><h1>Thư viện ảnh</h1>{gal}</div>',
                                 [("Thư viện ảnh", "/Thu-vien-anh")], "ez-site content-type-gallery location-72"))
    for s, t, loc in imgs:
        site.binary(f"/var/site/storage/images/thu-vien/{s}.png", image_for(s))
        page(f"/Thu-vien-anh/{s}", layout(t, f'<div class="class-image content-view-full"><div class="attribute-header"><h1>{esc(t)}</h1></div>'
                                          f'<figure class="ezimage-field"><img src="/var/site/storage/images/thu-vien/{s}.png" alt="" />'
                                          f'<figcaption class="attribute-caption"><div class="ezrichtext-field"><p>Các đại biểu chụp ảnh lưu niệm tại buổi lễ'
                                          f'</p></div></figcaption></figure><span class="date">20/12/2025</span></div>',
                                          [("Thư viện ảnh", "/Thu-vien-anh"), (t, f"/Thu-vien-anh/{s}")], f"ez-site content-type-image location-{loc}"))
        site.non_articles.append(f"/Thu-vien-anh/{s}")
    hits = [a for a in news if "OCOP" in a.title + a.body + (a.lead or "")]
    tag_items = "".join(item(a).replace(f'href="{a.path}"', f'href="/view/content/{a.opts["cid"]}/full/1/{a.opts["loc"]}"') for a in hits)
    page("/tags/view/OCOP", layout("OCOP", f'<div class="tag-view"><h1>Từ khóa: OCOP</h1>{tag_items}</div>',
                                   [("OCOP", "/tags/view/OCOP")], "ez-site tag-view"))
    page("/content/search", layout("Tìm kiếm", '<div class="search"><h1>Tìm kiếm</h1></div>', [("Tìm kiếm", "/content/search")],
                                    "ez-site search"))
    page("/content/search?SearchText=OCOP", layout("Tìm kiếm", f'<div class="search"><h1>Kết quả tìm kiếm cho "OCOP"</h1>'
                                                   f'{"".join(item(a) for a in hits)}</div>', [("Tìm kiếm", "/content/search")], "ez-site search"))
    page("/Lien-he", layout("Liên hệ", '<div class="class-feedback_form"><h1>Liên hệ</h1><form method="post" action="/Lien-he">'
                            '<input name="sender_name" /><textarea name="message"></textarea><button>Gửi</button></form></div>',
                            [("Liên hệ", "/Lien-he")], "ez-site content-type-feedback_form location-75"))
    site.non_articles += ["/Gioi-thieu", "/Thu-vien-anh", "/tags/view/OCOP", "/content/search", "/content/search?SearchText=OCOP", "/Lien-he"]
    page("/login", "<!DOCTYPE html><html><head><title>Đăng nhập</title></head><body><form action='/login_check' method='post'>"
                   "<input name='_username'><input name='_password' type='password'></form></body></html>")
    site.never_fetched.append("/login")
    for name in ("logo-lmhtx-vp.png", "favicon.png"):
        site.binary(f"/assets/images/{name}", image_for(name))
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /login\nDisallow: /register\nDisallow: /user/\n")
    site.trap("folder lists /Tin-tuc, /Tin-tuc/Hoat-dong-Lien-minh, /Tin-tuc/Guong-HTX, /Van-ban-Thong-bao paged by the view "
              "parameter /(offset)/4; home (landing page), 'Tiêu điểm', the about folder, the gallery and its image contents "
              "(title, one photo, a caption, a date: no article), the tag page /tags/view/OCOP, search "
              "/content/search?SearchText=OCOP and the contact form: no articles", "/Tin-tuc/Hoat-dong-Lien-minh/(offset)/4")
    site.trap("every article also answers at /view/content/<cid>/full/1/<loc> (rel=canonical to the alias) and at the legacy "
              "/content/view/full/<loc> (301); the focus article also at its second location /Tieu-diem/<slug> and, "
              "lower-cased, 301 to the right case; a renamed one's history alias 301s: aliases; robots.txt disallows /login",
              news[0].path)
    return site
