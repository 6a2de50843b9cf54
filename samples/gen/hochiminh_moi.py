"""Site `lmhtx-hochiminh-moi` (registry family `generic`): the site of the merged Thành phố Hồ Chí Minh alliance
(Bình Dương and Bà Rịa - Vũng Tàu joined it on 1 July 2025), made by its communications team on the **Strikingly**
site builder (a multi-page site with the Blog section), written as a held-out test: no family module, no
selectors.

Why it is hard: every page is `div#s-content` > a stack of `div.s-section` blocks (`div.s-title`,
`div.s-rich-text-wrapper`, `div.s-component`), with the navbar, a signup-form section, the footer section and a
"Made with Strikingly" badge around the content; no `<article>`, no `<time>`. Posts are `/blog/<slug>`:
`div.s-blog-post` > `div.s-blog-header` (`h1.s-blog-title`, then the date line in the builder's Vietnamese locale,
MONTH FIRST "Tháng 3 4, 2026" = 4 March; an optional author chip `div.s-blog-author`: a person on some posts, the
account "Liên minh HTX TP.HCM" on others), then `div.s-blog-body` made of `div.s-component-content` blocks (rich
text, `div.s-blog-image` with `div.s-image-caption`, a `s-common-button` "Tải văn bản" to the document's PDF:
the attachment, not text). The page's data is also a `<script>window.__PRELOADED_STATE__ = {...}</script>` blob
whose `publishedAt` is UTC: a post published at 06:15 on 20 January shows 2026-01-19T23:15:00Z there (the page's
metadata, as JSON-LD would be: every post is published at its instant, the day shown confirming it). The blog
listing `/blog` (cards: image, title, excerpt, date "14/3/2026" day first, "Đọc thêm") has an older page
`/blog?page=2`; the home page repeats three cards. One post hides its date (builder setting): its day is only in
the text ("Ngày 12/3", no year) and on its listing card. Introduction, OCOP products and contact pages are
section stacks with titles and long rich text, no date: not articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf

SITE = "lmhtx-hochiminh-moi"
NAME = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
HTML = "text/html; charset=utf-8"
CDN = "/uploads/images/3916482"
BLOG = "/blog"
ABOUT = "/gioi-thieu"
OCOP = "/san-pham-ocop"
CONTACT = "/lien-he"
PDF_PATH = "/uploads/files/3916482/TB-21-LMHTX-2026.pdf"
PER = 5

NAV_NAME = "LIÊN MINH HTX TP. HỒ CHÍ MINH"
HEADER = [NAV_NAME, "Đồng hành cùng hợp tác xã Thành phố, Bình Dương và Bà Rịa - Vũng Tàu"]
SIGNUP = ["Đăng ký nhận bản tin hợp tác xã", "Nhận thông tin hỗ trợ, hội chợ và chính sách mới mỗi tháng.",
          "Đăng ký ngay"]
FOOTER = ["Liên minh Hợp tác xã Thành phố Hồ Chí Minh",
          "Trụ sở: 24 Nguyễn Thị Diệu, phường Xuân Hòa, Thành phố Hồ Chí Minh",
          "Cơ sở Bình Dương: 12 Quang Trung, phường Thủ Dầu Một · Cơ sở Vũng Tàu: 56 Lê Hồng Phong, phường Vũng Tàu",
          "Hotline: 028.3930.4521 · lmhtx@tphcm.gov.vn",
          "© 2026 Liên minh HTX TP.HCM. Ghi rõ nguồn khi trích dẫn."]
BADGE = "Made with Strikingly"
LABELS = ["Đọc thêm", "Chia sẻ bài viết", "Bài viết mới", "Tải văn bản (PDF)", "Quay lại Blog"]
BOILERPLATE = [*HEADER, *SIGNUP, *FOOTER, BADGE, *[x for x in LABELS if x != "Đọc thêm"]]


@dataclass
class BlogPost(Article):
    chip: str | None = None  # author chip
    show_date: bool = True
    pid: int = 0


def vn_month_first(d: datetime) -> str:
    return f"Tháng {d.month} {d.day}, {d.year}"


def card_date(d: datetime) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[BlogPost]:
    B = BlogPost
    return [
        B(path="/blog/htx-rau-cu-chi-ket-noi-cho-dau-moi", pid=30871,
          title="HTX rau an toàn Củ Chi kết nối tiêu thụ với ba chợ đầu mối",
          date=datetime(2026, 3, 14, 9, 20), chip="Thanh Tâm", author="Thanh Tâm",
          lead="HTX Nông nghiệp Phú Lộc (xã Củ Chi) vừa ký hợp đồng cung ứng mỗi ngày 18 tấn rau an toàn cho các chợ đầu mối Bình Điền, Hóc Môn và Thủ Đức.",
          body="""
HTX có 126 thành viên canh tác 95 ha rau theo tiêu chuẩn VietGAP, trong đó 30 ha nhà màng trồng rau ăn lá quanh năm.
Nhờ hợp đồng dài hạn, giá bán ổn định hơn, thành viên không còn phải bán cho thương lái với giá thấp vào mùa thu hoạch rộ.
[img rau-phu-loc.png] Thành viên HTX Phú Lộc thu hoạch rau cải trong nhà màng
HTX đang xây dựng kho lạnh 200 m² và tem truy xuất nguồn gốc bằng mã QR cho từng lô rau.
""",
          **dated(datetime(2026, 3, 14)),
          notes=["Strikingly post: h1.s-blog-title, date line 'Tháng 3 14, 2026' (builder locale, month first, no time: "
                 "midnight); author chip 'Thanh Tâm' in s-blog-header: the author, not text; the lead is the first "
                 "rich-text block"]),
        B(path="/blog/hoi-nghi-lien-minh-htx-thanh-pho-sau-hop-nhat", pid=30855,
          title="Liên minh HTX Thành phố tổng kết 8 tháng hoạt động sau hợp nhất",
          date=datetime(2026, 3, 4, 16, 0), chip="Liên minh HTX TP.HCM", byline="Bài, ảnh: Quốc Việt",
          author="Quốc Việt",
          lead="Ngày 3/3, Liên minh HTX Thành phố tổ chức hội nghị đánh giá kết quả hoạt động sau khi hợp nhất với Liên minh HTX tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu.",
          body="""
Thành phố hiện có 2.940 HTX và 36 liên hiệp HTX với hơn 210.000 thành viên; riêng khu vực Bình Dương và Bà Rịa - Vũng Tàu cũ có gần 900 HTX.
## Ba nhiệm vụ trọng tâm năm 2026
* Hỗ trợ HTX thương mại, dịch vụ ứng dụng chuyển đổi số;
* Phát triển HTX nông nghiệp đô thị và HTX thủy sản ven biển;
* Nâng vốn Quỹ hỗ trợ phát triển HTX lên 250 tỷ đồng.
[img hoi-nghi-tong-ket.png] Quang cảnh hội nghị tại trụ sở Liên minh HTX Thành phố
""",
          **dated(datetime(2026, 3, 4)),
          notes=["date line 'Tháng 3 4, 2026' = 4 March (month first, the day ≤ 12); author chip is the account 'Liên "
                 "minh HTX TP.HCM' (the office: no author); closing 'Bài, ảnh: Quốc Việt': part of the text, the author; "
                 "an <h3> and a list in the rich text"]),
        B(path="/blog/ra-mat-htx-thuy-san-phuoc-hai", pid=30862, show_date=False,
          title="Ra mắt HTX thủy sản Phước Hải",
          date=datetime(2026, 3, 12, 10, 30), author=None,
          body="""
Ngày 12/3, tại xã Phước Hải (khu vực Bà Rịa - Vũng Tàu cũ), Liên minh HTX Thành phố phối hợp với UBND xã tổ chức lễ ra mắt HTX Thủy sản Phước Hải.
HTX có 42 thành viên là chủ tàu và hộ chế biến hải sản, tập trung sản xuất mực một nắng và cá khô theo quy trình an toàn thực phẩm.
[img htx-phuoc-hai.png] Các thành viên HTX Thủy sản Phước Hải trong ngày ra mắt
""",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          notes=["the post's date is hidden (builder setting): the day only in the text ('Ngày 12/3', no year) and on "
                 "its /blog card '12/3/2026': midnight; no author chip, no byline: author null"]),
        B(path="/blog/thong-bao-tuyen-chon-htx-tham-gia-chuong-trinh-ho-tro-2026", pid=30840,
          title="Thông báo tuyển chọn HTX tham gia Chương trình hỗ trợ phát triển thị trường năm 2026",
          date=datetime(2026, 2, 23, 14, 0), chip="Liên minh HTX TP.HCM", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "TB-21-LMHTX-2026.pdf"}],
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HỒ CHÍ MINH
Số: 21/TB-LMHTX
Thành phố Hồ Chí Minh, ngày 20 tháng 02 năm 2026
THÔNG BÁO
Tuyển chọn hợp tác xã tham gia Chương trình hỗ trợ phát triển thị trường năm 2026
Liên minh HTX Thành phố thông báo tuyển chọn 60 HTX tham gia Chương trình hỗ trợ phát triển thị trường năm 2026 với các nội dung sau:
* Hỗ trợ 100% chi phí gian hàng tại các hội chợ trong và ngoài nước;
* Hỗ trợ thiết kế nhận diện thương hiệu và bao bì sản phẩm;
* Đào tạo kỹ năng bán hàng trên sàn thương mại điện tử.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX Thành phố trước ngày 31/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
""",
          **dated(datetime(2026, 2, 23)),
          notes=["notice 'Số: 21/TB-LMHTX' dated 'ngày 20 tháng 02 năm 2026' in the text, posted 'Tháng 2 23, 2026'; "
                 "signer last (text), chip = the office: author null; the 'Tải văn bản (PDF)' s-common-button: the "
                 "attachment, not text"]),
        B(path="/blog/anh-phien-cho-ocop-htx-tai-thu-dau-mot", pid=30812,
          title="Ảnh: Phiên chợ OCOP của HTX tại Thủ Dầu Một",
          date=datetime(2026, 1, 20, 6, 15), chip="Minh Khang", author="Minh Khang",
          body="""
Phiên chợ OCOP cuối tuần tại phường Thủ Dầu Một quy tụ 70 gian hàng của các HTX khu vực Bình Dương cũ và các xã ngoại thành.
[img cho-ocop-1.png] Sơn mài Tương Bình Hiệp của HTX Mỹ nghệ Thủ Dầu Một
[img cho-ocop-2.png] Bưởi Bạch Đằng và măng cụt Lái Thiêu của các HTX trái cây
[img cho-ocop-3.png] Khách tham quan chọn mua bánh bò Bình Dương
[img cho-ocop-4.png] Gian hàng hạt điều của HTX Nông nghiệp Phú Giáo
""",
          **dated(datetime(2026, 1, 20)),
          notes=["photo story: a sentence and four s-blog-image blocks with s-image-caption (one line each); published "
                 "at 06:15 on 20 January: the __PRELOADED_STATE__ blob's publishedAt '2026-01-19T23:15:00Z' (UTC) is the "
                 "previous day; the page shows 'Tháng 1 20, 2026'"]),
        B(path="/blog/htx-muoi-ba-ria-lien-ket-doanh-nghiep", pid=30790,
          title="HTX muối Bà Rịa liên kết doanh nghiệp tiêu thụ 3.000 tấn muối sạch",
          date=datetime(2025, 12, 11, 8, 45), byline="Nguồn: Báo Sài Gòn Giải Phóng", author=None,
          lead="HTX Muối Long Điền (khu vực Bà Rịa - Vũng Tàu cũ) ký hợp đồng cung ứng 3.000 tấn muối sạch mỗi năm cho một doanh nghiệp chế biến thực phẩm.",
          body="""
HTX có 58 thành viên với 110 ha ruộng muối, chuyển từ phơi muối trên nền đất sang phơi trên bạt HDPE giúp hạt muối trắng, sạch và năng suất cao hơn.
Doanh nghiệp ứng trước 30% giá trị hợp đồng để HTX mua bạt và làm kho chứa, giá thu mua cao hơn giá thị trường 200 đồng/kg.
""",
          **dated(datetime(2025, 12, 11)),
          notes=["'Tháng 12 11, 2025' (both numbers ≤ 12: 11 December); no chip; closing 'Nguồn: Báo Sài Gòn Giải "
                 "Phóng': text, author null"]),
        B(path="/blog/quy-ho-tro-htx-cho-vay-htx-nong-nghiep-do-thi", pid=30701,
          title="Quỹ hỗ trợ phát triển HTX cho vay 25 tỷ đồng phát triển nông nghiệp đô thị",
          date=datetime(2025, 10, 2, 15, 10), chip="Ngọc Trâm", author="Ngọc Trâm",
          lead="Chín tháng năm 2025, Quỹ hỗ trợ phát triển HTX Thành phố giải ngân 25 tỷ đồng cho 31 HTX nông nghiệp đô thị.",
          body="""
Các HTX chủ yếu đầu tư nhà màng, hệ thống tưới nhỏ giọt và thiết bị sơ chế rau, hoa lan, cá cảnh ở các xã Củ Chi, Hóc Môn, Bình Chánh và Cần Giờ.
Từ tháng 7/2025, Quỹ tiếp nhận thêm hồ sơ của HTX khu vực Bình Dương và Bà Rịa - Vũng Tàu cũ, lãi suất cho vay 4,5%/năm.
[img quy-ho-tro-nong-nghiep-do-thi.png] Cán bộ Quỹ thẩm định dự án nhà màng của một HTX tại Hóc Môn
""",
          **dated(datetime(2025, 10, 2)),
          notes=["'Tháng 10 2, 2025' = 2 October; author chip 'Ngọc Trâm'"]),
        B(path="/blog/htx-dich-vu-van-tai-thuan-an-chuyen-doi-xe-dien", pid=29988,
          title="HTX dịch vụ vận tải Thuận An chuyển đổi sang xe điện",
          date=datetime(2024, 9, 5, 10, 0), byline="Phương Vy", author="Phương Vy",
          lead="HTX Dịch vụ vận tải Thuận An (Bình Dương) đưa 40 xe taxi điện vào hoạt động, thay thế một nửa số xe chạy xăng.",
          body="""
HTX có 95 xã viên, phần lớn là tài xế góp xe; việc chuyển đổi được hỗ trợ bằng gói vay ưu đãi của ngân hàng và hãng xe.
Chi phí nhiên liệu mỗi chuyến giảm gần 60%, thu nhập bình quân của tài xế tăng thêm khoảng 2 triệu đồng mỗi tháng.
""",
          **dated(datetime(2024, 9, 5)),
          notes=["a 2024 post migrated from the former Bình Dương alliance: 'Tháng 9 5, 2024' = 5 September; closing "
                 "'Phương Vy': text and author; only on /blog?page=2"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"{CDN}/{src}"


def rich(html: str) -> str:
    return (f'<div class="s-component s-text"><div class="s-component-content s-font-body-content">'
            f'<div class="s-rich-text-wrapper" style="display: block;">{html}</div></div></div>')


def render_body(p: BlogPost) -> str:
    out = []
    if p.lead:
        out.append(rich(f"<p>{inline_html(p.lead)}</p>"))
    for b in p.blocks:
        if b.kind == "p":
            style = ""
            if p.doc_number and (b.text.isupper() or b.text.startswith(("Số:", "Thành phố Hồ Chí Minh, ngày"))):
                style = ' style="text-align: center;"'
            out.append(rich(f"<p{style}>{inline_html(b.text)}</p>"))
        elif b.kind == "h":
            out.append(rich(f"<h3>{inline_html(b.text)}</h3>"))
        elif b.kind == "ul":
            out.append(rich("<ul>" + "".join(f"<li><p>{inline_html(i)}</p></li>" for i in b.items) + "</ul>"))
        elif b.kind == "img":
            cap = f'<div class="s-image-caption s-font-body-content">{inline_html(b.text)}</div>' if b.text else ""
            out.append(f'<div class="s-component s-image"><div class="s-component-content s-blog-image">'
                       f'<img src="{img(b.src)}" alt="" class="s-img"></div>{cap}</div>')
    if p.byline:
        out.append(rich(f'<p style="text-align: right;"><strong>{esc(p.byline)}</strong></p>'))
    if p.attachments:
        f = p.attachments[0]
        out.append(f'<div class="s-component s-button"><div class="s-component-content"><a class="s-common-button '
                   f's-font-body" href="{f["path"]}" target="_blank">Tải văn bản (PDF)</a></div></div>')
    return "\n".join(out)


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def state(page: dict, posts: list[BlogPost]) -> str:
    blob = {"pageData": page, "blog": {"posts": [
        {"id": p.pid, "title": p.title, "slug": p.path.rsplit("/", 1)[-1], "publishedAt": utc(p.date),
         "showDate": p.show_date, "blurb": p.summary()} for p in posts]},
        "site": {"name": NAME, "locale": "vi", "permalink": "lmhtx-hcm"}}
    return json.dumps(blob, ensure_ascii=False).replace("</", "<\\/")


def card(p: BlogPost) -> str:
    pic = p.first_image()
    thumb = (f'<div class="s-blog-post-image"><a href="{p.path}"><img src="{img(pic)}" alt="{attr(p.title)}"></a></div>'
             if pic else "")
    return (f'<div class="s-blog-post-card s-font-body">{thumb}<div class="s-blog-post-card-text">'
            f'<div class="s-blog-post-card-title s-font-title"><a href="{p.path}">{esc(p.title)}</a></div>'
            f'<div class="s-blog-post-card-date">{card_date(p.date)}</div>'
            f'<div class="s-blog-post-card-excerpt">{esc(p.summary())}</div>'
            f'<a class="s-blog-post-card-more" href="{p.path}">Đọc thêm</a></div></div>')


def section(inner: str, css: str = "") -> str:
    return f'<div class="s-section {css}"><div class="s-section-inner container">{inner}</div></div>'


def layout(title: str, sections: str, blob: str) -> str:
    nav = "".join(f'<li class="s-nav-item"><a href="{h}">{t}</a></li>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"), (OCOP, "Sản phẩm OCOP"),
                   (CONTACT, "Liên hệ")])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])
    signup = section(f'<div class="s-title s-font-title"><h2>{SIGNUP[0]}</h2></div>'
                     f'<div class="s-rich-text-wrapper"><p>{SIGNUP[1]}</p></div>'
                     '<form class="s-signup-form" action="javascript:void(0)"><input type="text" name="name" '
                     'placeholder="Họ tên"><input type="email" name="email" placeholder="Email">'
                     f'<button type="button" class="s-common-button">{SIGNUP[2]}</button></form>', "s-signup-section")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Liên minh HTX TP. Hồ Chí Minh</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Liên minh HTX TP. Hồ Chí Minh">
<meta property="og:title" content="{attr(title)}">
<link rel="stylesheet" href="/assets/themes/fresh/main.css">
<script>window.__PRELOADED_STATE__ = {blob};</script>
</head>
<body class="s-theme-fresh">
<div id="s-content" class="s-layout s-page-layout">
<nav class="s-navbar s-navbar-fixed"><div class="s-navbar-inner"><a class="s-logo" href="/"><img src="{img('logo-lmhtx-hcm.png')}" alt=""><span class="s-nav-site-name">{NAV_NAME}</span></a>
<ul class="s-nav-items">{nav}</ul></div></nav>
<div class="s-section s-banner-section s-tagline"><div class="s-rich-text-wrapper"><p>{esc(HEADER[1])}</p></div></div>
{sections}
{signup}
{section(f'<div class="s-footer-title s-font-title">{FOOTER[0]}</div><div class="s-rich-text-wrapper">{foot}</div>', "s-footer-section")}
</div>
<div id="strikingly-badge" class="s-badge"><a href="{{{{base:offsite}}}}/" target="_blank">{BADGE}</a></div>
<script src="/assets/runtime/page.js"></script>
</body>
</html>
"""


def post_page(p: BlogPost, recent: list[BlogPost]) -> str:
    date = f'<div class="s-blog-date s-font-body">{vn_month_first(p.date)}</div>' if p.show_date else ""
    chip = (f'<div class="s-blog-author"><img src="{img("avatar.png")}" alt="" class="s-blog-author-avatar">'
            f'<span class="s-blog-author-name">{esc(p.chip)}</span></div>') if p.chip else ""
    rec = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in recent)
    inner = (f'<div class="s-blog-post"><div class="s-blog-header"><h1 class="s-blog-title s-font-title">{esc(p.title)}</h1>'
             f'{date}{chip}</div><div class="s-blog-body">\n{render_body(p)}\n</div>'
             '<div class="s-blog-footer"><div class="s-share">Chia sẻ bài viết <a href="javascript:void(0)" class="s-share-fb">f</a></div>'
             f'<a href="{BLOG}" class="s-blog-back">Quay lại Blog</a></div></div>'
             f'<div class="s-blog-recent"><div class="s-title s-font-title"><h3>Bài viết mới</h3></div><ul>{rec}</ul></div>')
    page = {"type": "blogPost", "blogPost": {"id": p.pid, "title": p.title, "publishedAt": utc(p.date),
                                             "showDate": p.show_date, "author": p.chip}}
    return layout(p.title, section(inner, "s-blog-post-section"), state(page, [p]))


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ho-chi-minh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for p in posts:
        recent = [o for o in posts if o is not p][:3]
        site.page(p.path, post_page(p, recent), content_type=HTML)
        # the state's publishedAt is the page's metadata, as JSON-LD's would be: its time counts
        p.published, p.published_source = iso(p.date), "metadata"
        p.evidence = ["metadata", *p.evidence]
        site.add_article(p)
    site.binary(PDF_PATH, pdf("Thông báo số 21/TB-LMHTX", ["THONG BAO TUYEN CHON HTX THAM GIA CHUONG TRINH 2026",
                                                          "Lien minh HTX Thanh pho Ho Chi Minh"]))

    pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for n, chunk in enumerate(pages, 1):
        pager = ""
        if n < len(pages):
            pager += f'<a class="s-blog-pager-older" href="{BLOG}?page={n + 1}">Bài cũ hơn</a>'
        if n > 1:
            pager += f'<a class="s-blog-pager-newer" href="{BLOG if n == 2 else f"{BLOG}?page={n - 1}"}">Bài mới hơn</a>'
        inner = ('<div class="s-title s-font-title"><h1>Tin tức - Hoạt động</h1></div><div class="s-blog-list">'
                 + "".join(card(p) for p in chunk) + f'</div><div class="s-blog-pager">{pager}</div>')
        url = BLOG if n == 1 else f"{BLOG}?page={n}"
        site.page(url, layout("Tin tức", section(inner, "s-blog-section"), state({"type": "blog", "page": n}, chunk)),
                  content_type=HTML)
        site.non_articles.append(url)
    site.trap("blog listing /blog and its older page /blog?page=2 (cards: title, day-first date '14/3/2026', excerpt, "
              "'Đọc thêm'); the 2024 post only on page 2", f"{BLOG}?page=2")

    hero = section('<div class="s-title s-font-title"><h1>Kinh tế tập thể - Động lực phát triển Thành phố</h1></div>'
                   '<div class="s-rich-text-wrapper"><p>Liên minh HTX Thành phố Hồ Chí Minh đại diện cho gần 3.000 hợp '
                   'tác xã và hơn 200.000 thành viên trên địa bàn Thành phố sau hợp nhất.</p></div>'
                   f'<a class="s-common-button" href="{ABOUT}">Tìm hiểu thêm</a>', "s-hero-section")
    home_blog = section('<div class="s-title s-font-title"><h2>Tin mới</h2></div><div class="s-blog-list">'
                        + "".join(card(p) for p in posts[:3]) + f'</div><a class="s-common-button" href="{BLOG}">'
                        'Xem tất cả tin</a>', "s-blog-section")
    stats = section('<div class="s-title s-font-title"><h2>Con số nổi bật</h2></div><div class="s-columns">'
                    '<div class="s-column"><div class="s-title"><h3>2.940</h3></div><p>Hợp tác xã</p></div>'
                    '<div class="s-column"><div class="s-title"><h3>36</h3></div><p>Liên hiệp HTX</p></div>'
                    '<div class="s-column"><div class="s-title"><h3>410</h3></div><p>Sản phẩm OCOP của HTX</p></div></div>')
    site.page("/", layout("Trang chủ", hero + home_blog + stats, state({"type": "home"}, posts[:3])))

    about = section('<div class="s-title s-font-title"><h1>Giới thiệu</h1></div><div class="s-rich-text-wrapper">'
                    "<p>Liên minh Hợp tác xã Thành phố Hồ Chí Minh được hợp nhất từ Liên minh HTX Thành phố Hồ Chí Minh, "
                    "Liên minh HTX tỉnh Bình Dương và Liên minh HTX tỉnh Bà Rịa - Vũng Tàu từ ngày 01/7/2025.</p>"
                    "<p>Liên minh là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ quyền, lợi ích hợp pháp của "
                    "các thành viên; tư vấn, đào tạo, xúc tiến thương mại, hỗ trợ tiếp cận vốn và chuyển đổi số cho hợp tác "
                    "xã, liên hiệp hợp tác xã và tổ hợp tác.</p><h3>Cơ cấu tổ chức</h3><ul><li><p>Văn phòng</p></li>"
                    "<li><p>Ban Tuyên truyền - Đối ngoại</p></li><li><p>Ban Hỗ trợ phát triển thành viên</p></li>"
                    "<li><p>Quỹ hỗ trợ phát triển hợp tác xã</p></li></ul></div>")
    site.page(ABOUT, layout("Giới thiệu", about, state({"type": "page", "slug": "gioi-thieu"}, [])))
    products = section('<div class="s-title s-font-title"><h1>Sản phẩm OCOP tiêu biểu</h1></div><div class="s-columns">'
                       + "".join(f'<div class="s-column"><img src="{img(f)}" alt=""><div class="s-title"><h3>{n}</h3></div>'
                                 f'<div class="s-rich-text-wrapper"><p>{d}</p></div></div>' for f, n, d in
                                 [("ocop-son-mai.png", "Sơn mài Tương Bình Hiệp", "HTX Mỹ nghệ Thủ Dầu Một - OCOP 4 sao"),
                                  ("ocop-muoi.png", "Muối tôm Long Điền", "HTX Muối Long Điền - OCOP 3 sao"),
                                  ("ocop-lan.png", "Lan cắt cành Củ Chi", "HTX Hoa lan Củ Chi - OCOP 3 sao")])
                       + "</div>")
    site.page(OCOP, layout("Sản phẩm OCOP", products, state({"type": "page", "slug": "san-pham-ocop"}, [])))
    contact = section('<div class="s-title s-font-title"><h1>Liên hệ</h1></div><div class="s-rich-text-wrapper">'
                      f'<p>{esc(FOOTER[1])}</p></div><form class="s-contact-form" action="javascript:void(0)">'
                      '<input name="name" placeholder="Họ tên"><textarea name="message" placeholder="Nội dung">'
                      '</textarea><button type="button" class="s-common-button">Gửi</button></form>')
    site.page(CONTACT, layout("Liên hệ", contact, state({"type": "page", "slug": "lien-he"}, [])))
    site.non_articles += ["/", ABOUT, OCOP, CONTACT]
    site.trap("Strikingly pages (home of sections with three blog cards, introduction, OCOP product columns, "
              "contact form): s-section stacks with titles and rich text, no date: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /s/\n")
    return site
