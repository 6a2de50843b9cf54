"""Site `trangweb-htxhaiphong` (registry family `generic`): "Liên minh HTX thành phố Hải Phòng", a site the alliance's
office built on **Webnode** (the site builder's current editor, a "Business" template: sections `section.s` with
`div.s-w > div.s-o > div.s-c`, blocks `div.b` (`b-text`, `b-img`, `b-file`, `b-btn`), the blog feature, the Vietnamese
interface; the city merged with Hải Dương on 1 July 2025). Written as a held-out test: no family module, no selectors.

URL shapes: a blog post `/l/<slug>/` (Webnode's article address: ASCII slug, trailing slash); the older form
`/news/<slug>/` still answers with the same page (canonical to `/l/<slug>/`: the about page links one post so);
the blog list `/tin-tuc/` (cards, 6 a page, its pager `/tin-tuc/?page=2`); the home `/` (a hero and the 3 newest
cards); pages `/gioi-thieu/`, `/lien-he/` (a contact form block); files `/_files/<id>-<hash>/<name>`;
`/sitemap.xml` (its `<lastmod>` in UTC), `/robots.txt`. No feed, no categories, no tags, no authors: the builder's
blog has none.

Why it is hard: a post page is a run of sections: the post header (`h1` of the blog post block and the date
"12.03.2025", day first with dots, no time, nothing else), then the content blocks: text blocks, image blocks whose
caption is `div.b-img-t`, a table inside a text block, a file block (`div.b-file`: the file name, its size "(245,3
kB)" and a "Tải xuống" button). After the post: "Bài viết khác" (3 cards with "Đọc thêm") and the share buttons. No
author field at all: only the bylines the staff typed. The cookie bar ("Chúng tôi sử dụng cookie…", "Cài đặt",
"Chấp nhận tất cả") and the footer "Tạo bởi Webnode" are on every page. Cards repeat the post's first paragraph
cut at ~150 characters with "…". The sitemap's `<lastmod>` is the post's time in UTC: a post made at 06:15 on
2 December shows "2025-12-01T23:15:00+00:00" there; the page says 02.12.2025.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "trangweb-htxhaiphong"
NAME = "Liên minh HTX thành phố Hải Phòng"
PER = 6
COOKIE = ("Chúng tôi sử dụng cookie để trang web hoạt động đúng cách và an toàn, đồng thời mang lại cho bạn trải "
          "nghiệm tốt nhất.")
FOOT1 = "Liên minh Hợp tác xã thành phố Hải Phòng"
FOOT2 = "Số 18 đường Hoàng Diệu, phường Hồng Bàng, thành phố Hải Phòng"
FOOT3 = "Điện thoại: 0225 3842 615 · Email: lmhtxhaiphong@gmail.com"
FOOT4 = "© 2025 Liên minh HTX thành phố Hải Phòng. Bảo lưu mọi quyền."
FURN = [COOKIE, "Cài đặt", "Chấp nhận tất cả", "Tạo bởi Webnode", "Cookies", FOOT1, FOOT2, FOOT3, FOOT4,
        "Bài viết khác", "Đọc thêm", "Chia sẻ bài viết", "Trang chủ", "Giới thiệu", "Tin tức", "Liên hệ"]


def slug(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def fid(name: str) -> str:
    n = 200000000 + int(hashlib.sha1(name.encode()).hexdigest()[:4], 16) % 900
    return f"{n}-{hashlib.sha1(name.encode()).hexdigest()[:10]}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo về việc đăng ký tham gia Hội chợ sản phẩm HTX thành phố Hải Phòng năm 2026",
          body="""
LIÊN MINH HTX THÀNH PHỐ HẢI PHÒNG
Số: 07/TB-LMHTX
Hải Phòng, ngày 05 tháng 01 năm 2026
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm HTX thành phố Hải Phòng năm 2026
Liên minh HTX thành phố tổ chức Hội chợ sản phẩm HTX từ ngày 06 đến 09/02/2026 tại Cung Văn hóa Lao động hữu nghị Việt - Tiệp.
- Đối tượng: HTX, liên hiệp HTX, tổ hợp tác trên địa bàn thành phố (kể cả khu vực Hải Dương cũ).
- Mỗi đơn vị được bố trí miễn phí 01 gian hàng tiêu chuẩn.
- Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX thành phố trước ngày 20/01/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Quyết
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/_files/200000311-7c2e9a41b0/TB-07-LMHTX-hoi-cho-2026.pdf",
                        "text": "TB-07-LMHTX-hoi-cho-2026.pdf"}],
          opts={},
          notes=["notice 'Số: 07/TB-LMHTX' dated 05/01 in its text, the post's date 06.01.2026 (no time); the signer "
                 "'Phạm Văn Quyết' is text, no author; a file block (name, '(212,4 kB)', 'Tải xuống'): the attachment"],
          **at(datetime(2026, 1, 6, 9, 40))),
        A(path="", title="Ảnh: Vụ vải thiều chính vụ của HTX Thanh Hà",
          body="""
Những ngày này, thành viên HTX Nông nghiệp Thanh Hà (khu vực Hải Dương cũ) tất bật chuẩn bị vụ vải chính vụ.
[img vai-1.png] Thành viên HTX tỉa cành, bón phân cho vườn vải sau thu hoạch
[img vai-2.png] Kỹ thuật viên hướng dẫn ghi nhật ký canh tác theo tiêu chuẩn VietGAP
[img vai-3.png] Kho lạnh mới của HTX có sức chứa 50 tấn vải tươi
HTX đặt mục tiêu xuất khẩu 300 tấn vải sang Nhật Bản và Úc trong vụ tới.
""", byline="Bài và ảnh: Nguyễn Đức Thắng", author="Nguyễn Đức Thắng",
          opts={},
          notes=["photo story: three image blocks, each with its caption div.b-img-t (one line each); 'Bài và ảnh: "
                 "Nguyễn Đức Thắng' -> author"],
          **at(datetime(2025, 12, 18, 15, 0))),
        A(path="", title="Kết quả hoạt động của khu vực kinh tế tập thể thành phố năm 2025",
          body="""
Năm 2025, khu vực kinh tế tập thể thành phố Hải Phòng (sau hợp nhất) tiếp tục tăng trưởng cả về số lượng và chất lượng.
| Chỉ tiêu | Năm 2024 | Năm 2025 | Tăng/giảm |
| Số HTX đang hoạt động | 1.126 | 1.214 | +88 |
| Số thành viên | 96.540 | 101.320 | +4.780 |
| Doanh thu bình quân một HTX (triệu đồng) | 3.850 | 4.210 | +360 |
| HTX xếp loại tốt, khá | 52% | 58% | +6% |
Liên minh HTX thành phố đề ra mục tiêu thành lập mới 100 HTX trong năm 2026.
""", byline="Theo Báo Hải Phòng", author=None,
          opts={},
          notes=["a table in a text block (first row th): one line per row; 'Theo Báo Hải Phòng' names a newspaper: "
                 "text, no author"],
          **at(datetime(2025, 12, 9, 10, 30))),
        A(path="", title="Liên minh HTX thành phố tập huấn chuyển đổi số cho cán bộ HTX",
          body="""
Sáng 2/12, Liên minh HTX thành phố khai mạc lớp tập huấn chuyển đổi số cho 70 cán bộ quản lý HTX.
## Nội dung tập huấn
* Ứng dụng phần mềm kế toán điện tử và hóa đơn điện tử;
* Mở gian hàng trên các sàn thương mại điện tử;
* Gắn mã QR truy xuất nguồn gốc sản phẩm;
* Bảo mật thông tin và phòng chống lừa đảo trên mạng.
Lớp học kéo dài 3 ngày, học viên được cấp chứng nhận khi hoàn thành.
""", byline="Vũ Thị Hằng", author="Vũ Thị Hằng",
          opts={"utc_trap": True},
          notes=["posted at 06:15 on 02/12/2025: the page says 02.12.2025, the sitemap's lastmod is "
                 "2025-12-01T23:15:00+00:00 (UTC, the day before); an h2 and a four-item list; the bare name 'Vũ Thị "
                 "Hằng' closes the text -> author"],
          **at(datetime(2025, 12, 2, 6, 15))),
        A(path="", title="HTX Dịch vụ nông nghiệp Đoàn Xá nhân rộng mô hình lúa hữu cơ",
          body="""
HTX Dịch vụ nông nghiệp Đoàn Xá (huyện Kiến Thụy cũ) vừa mở rộng diện tích lúa hữu cơ lên 45 ha.
Sản phẩm gạo hữu cơ của HTX được bao tiêu với giá cao hơn gạo thường 20 - 25%.
HTX đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm OCOP 4 sao.
""", byline="Lê Minh Tuấn - Trung tâm Khuyến nông", author="Lê Minh Tuấn",
          opts={"old_url": True},
          notes=["byline 'Lê Minh Tuấn - Trung tâm Khuyến nông' -> Lê Minh Tuấn; the older address /news/<slug>/ "
                 "answers with the same page (linked from /gioi-thieu/): an alias"],
          **at(datetime(2025, 11, 20, 14, 10))),
        A(path="", title="Hội nghị ký kết liên kết tiêu thụ nông sản giữa HTX và doanh nghiệp",
          body="""
Ngày 6/11, Liên minh HTX thành phố phối hợp với Sở Công Thương tổ chức hội nghị kết nối cung cầu nông sản.
Tại hội nghị, 18 HTX đã ký biên bản hợp tác tiêu thụ sản phẩm với 9 doanh nghiệp và chuỗi siêu thị.
Các sản phẩm được ký kết gồm gạo, rau an toàn, vải thiều, bánh đa và nước mắm.
""", author=None,
          opts={},
          notes=["no byline at all and no author field on Webnode: author null"],
          **at(datetime(2025, 11, 7, 16, 45))),
        A(path="", title="HTX Nước mắm Cát Hải giữ nghề truyền thống",
          body="""
HTX Chế biến hải sản Cát Hải hiện có 35 thành viên, mỗi năm sản xuất khoảng 200.000 lít nước mắm.
Sản phẩm nước mắm Cát Hải đã được công nhận OCOP 4 sao và có mặt tại nhiều tỉnh, thành phố.
HTX đang xây dựng điểm tham quan làng nghề để phục vụ khách du lịch.
""", byline="Đỗ Thu Trang", author="Đỗ Thu Trang",
          opts={},
          notes=["bare name 'Đỗ Thu Trang' closing the text: the author"],
          **at(datetime(2025, 10, 24, 8, 30))),
        A(path="", title="Đại hội Liên minh HTX thành phố Hải Phòng lần thứ nhất sau hợp nhất",
          body="""
Ngày 26/9, Liên minh HTX thành phố Hải Phòng tổ chức Đại hội đại biểu lần thứ nhất sau khi hợp nhất với Liên minh HTX tỉnh Hải Dương.
Đại hội bầu Ban Chấp hành gồm 35 thành viên, thông qua phương hướng nhiệm kỳ 2025 - 2030.
Mục tiêu đến năm 2030 có 1.500 HTX hoạt động hiệu quả, doanh thu bình quân tăng 10%/năm.
""", byline="Trần Quang Huy", author="Trần Quang Huy",
          opts={},
          notes=["the oldest post: only on the blog list's page 2 (/tin-tuc/?page=2) and the sitemap; bare name "
                 "'Trần Quang Huy' -> author"],
          **at(datetime(2025, 9, 27, 11, 0))),
    ]


def shown(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def text_block(inner: str) -> str:
    return f'<div class="b b-text cf"><div class="b-c">{inner}</div></div>'


def post_blocks(a: RichArticle) -> str:
    out: list[str] = []
    text: list[str] = []

    def flush() -> None:
        if text:
            out.append(text_block("".join(text)))
            text.clear()

    for b in a.blocks:
        if b.kind == "p":
            text.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            text.append(f"<h2><strong>{esc(b.text)}</strong></h2>")
        elif b.kind in ("ul", "ol"):
            text.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            text.append('<table class="wnd-table"><tbody><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                        + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                        + "</tbody></table>")
        elif b.kind == "img":
            flush()
            src = f"/_files/{fid(b.src)}/450/{b.src}"
            cap = f'<div class="b-img-t"><div class="b-img-t-c">{esc(b.text)}</div></div>' if b.text else ""
            out.append(f'<div class="b-img b-img-default b b-s cf wnd-orientation-landscape wnd-type-image img-s-n" '
                       f'style="margin-left:0;margin-right:0;" id="wnd_ImageBlock_{fid(b.src)[:9]}"><div class="b-img-w">'
                       f'<div class="b-img-c" style="padding-bottom:66.67%;text-align:center;"><picture><img id="wnd_Image_'
                       f'{fid(b.src)[:9]}" src="{src}" alt="" width="1200" height="800" loading="lazy" style="top:0%;left:0%;'
                       f'width:100%;height:100%;position:absolute;"></picture></div></div>{cap}</div>')
    if a.byline:
        text.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    for x in a.attachments:
        name = x["path"].rsplit("/", 1)[1]
        out.append(f'<div class="b b-file cf"><div class="b-file-c"><span class="b-file-icon b-file-icon-pdf"></span>'
                   f'<a class="b-file-name" href="{x["path"]}" target="_blank">{esc(name)}</a> <span class="b-file-size">'
                   f'(212,4 kB)</span></div><a class="b-btn b-btn-3 b-btn-file" href="{x["path"]}" download>'
                   '<span class="b-btn-t">Tải xuống</span></a></div>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-phong", f"{NAME} (Webnode)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/l/{slug(a.title)}/"
    nav = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("Tin tức", "/tin-tuc/"), ("Liên hệ", "/lien-he/")]

    def layout(title: str, desc: str, canon: str, sections: str, current: str, og_image: str = "") -> str:
        menu = "".join(f'<li class="menu-item{" wnd-active" if href == current else ""}"><a class="menu-link" href="{href}">'
                       f'<span class="menu-item-text">{esc(n)}</span></a></li>' for n, href in nav)
        og = f'<meta property="og:image" content="{{{{base}}}}{og_image}">' if og_image else ""
        return f"""<!DOCTYPE html>
<html class="no-js" prefix="og: https://ogp.me/ns#" lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Webnode 2"><title>{esc(title)}</title><meta name="description" content="{attr(desc)}"><meta name="robots" content="index,follow"><meta property="og:url" content="{{{{base}}}}{canon}"><meta property="og:title" content="{attr(title)}"><meta property="og:type" content="website"><meta property="og:description" content="{attr(desc)}"><meta property="og:site_name" content="{NAME}">{og}<link rel="canonical" href="{{{{base}}}}{canon}"><link rel="stylesheet" href="/css/style.css?ph=3a8b2c41f0"><script src="/js/wnd.js?ph=3a8b2c41f0"></script></head>
<body class="l wt-blog ltr demo l-default l-d-none b-btn-sq b-btn-s-l b-btn-dn b-btn-bw-1 img-d-n img-t-o img-h-z line-solid b-e-ds lbox-d c-s-n hn-tbg wnd-fe"><div class="wnd-page l-page cs-gray ac-blue t-t-fs-m t-t-fw-m t-t-sp-n t-t-d-n t-s-fs-s t-s-fw-m t-s-sp-n t-s-d-n t-p-fs-s t-p-fw-m t-p-sp-n t-h-fs-s t-h-fw-m t-h-sp-n t-bq-fs-s t-bq-fw-m t-bq-sp-n t-bq-d-l t-bt-fs-s t-bt-fw-m t-bt-sp-n t-bt-d-n t-bt-ff-h t-i-fs-s t-i-fw-m t-i-sp-n t-i-d-n t-i-ff-h"><div class="l-w t cf t-01"><div class="l-bg cf"><div class="s-bg-l"></div></div>
<header class="l-h cf"><div class="sw cf"><div class="sw-c cf"><section data-space="true" class="s s-hn s-hn-default wnd-mt-classic wnd-na-c logo-classic sc-w wnd-w-default wnd-nh-m hm-hidden wnd-nav-border menu-default"><div class="s-w"><div class="s-o"><div class="s-bg"><div class="s-bg-l"></div></div><div class="h-w h-f wnd-fixed"><div class="n-l"><div class="s-c menu-nav"><div class="logo-block"><div class="b b-l logo logo-default logo-nb wnd-logo-with-text logo-32 b-ls-l"><div class="b-l-c logo-content"><a class="b-l-link logo-link" href="/"><div class="b-l-br logo-br"></div><div class="b-l-text logo-text-wrapper"><div class="b-l-text-w logo-text"><span class="b-l-text-c logo-text-cell">{esc(NAME)}</span></div></div></a></div></div></div><div id="menu-slider"><div id="menu-block"><nav id="menu"><div class="menu-font menu-wrapper"><a href="#" class="menu-close" rel="nofollow" title="Close Menu"></a><ul role="menubar" aria-label="Menu" class="level-1">{menu}</ul></div></nav></div></div></div></div></div></div></div></section></div></div></header>
<main class="l-m cf"><div class="sw cf"><div class="sw-c cf">{sections}</div></div></main>
<footer class="l-f cf"><div class="sw cf"><div class="sw-c cf"><section data-wn-border-element="s-f-border" class="s s-f s-f-basic s-f-simple sc-m wnd-background-solid wnd-w-default wnd-s-higher"><div class="s-w"><div class="s-o"><div class="s-bg"><div class="s-bg-l" style="background-color:#1F3A5F"></div></div><div class="s-c s-f-l-w s-f-border"><div class="s-f-l b-s b-s-t0 b-s-b0"><div class="s-f-l-c s-f-l-c-first"><div class="s-f-cr"><span class="it b link"><span class="it-c"><strong>{esc(FOOT1)}</strong><br>{esc(FOOT2)}<br>{esc(FOOT3)}<br>{esc(FOOT4)}</span></span></div></div><div class="s-f-l-c s-f-l-c-last"><div class="s-f-sf"><span class="sf b"><a href="{{{{base:offsite}}}}/webnode/" rel="nofollow" target="_blank">Tạo bởi Webnode</a></span><span class="sf-cbr link"><a href="#" rel="nofollow">Cookies</a></span></div></div></div></div></div></div></section></div></div></footer></div></div>
<div id="cookiebar" class="cookiebar cookiebar-bottom"><div class="cookiebar-content"><p class="cookiebar-text">{esc(COOKIE)}</p><div class="cookiebar-buttons"><button type="button" class="cookiebar-btn cookiebar-btn-settings">Cài đặt</button><button type="button" class="cookiebar-btn cookiebar-btn-accept">Chấp nhận tất cả</button></div></div></div>
<script src="/js/wnd-cookiebar.js?ph=3a8b2c41f0"></script></body></html>
"""

    def section(inner: str, extra: str = "s-basic") -> str:
        return (f'<section class="s {extra} cf sc-w wnd-background-solid wnd-w-default wnd-s-normal wnd-h-auto"><div class="s-w cf">'
                f'<div class="s-o s-fs cf"><div class="s-bg cf"><div class="s-bg-l"></div></div><div class="s-c s-fs cf">'
                f'<div class="ez cf wnd-no-cols"><div class="ez-c">{inner}</div></div></div></div></div></section>')

    def first_para(a: RichArticle) -> str:
        p = next(b.text for b in a.blocks if b.kind == "p")
        return p if len(p) <= 150 else p[:150].rsplit(" ", 1)[0] + "…"

    def card(a: RichArticle) -> str:
        img = a.first_image()
        pic = (f'<div class="blog-item-img"><a href="{a.path}"><img src="/_files/{fid(img)}/200/{img}" alt="" loading="lazy">'
               f'</a></div>') if img else ""
        return (f'<article class="blog-item b-s b-s-t50 b-s-b50 cf">{pic}<div class="blog-item-c"><h2 class="blog-item-title">'
                f'<a href="{a.path}">{esc(a.title)}</a></h2><div class="blog-item-date">{shown(a.date)}</div>'
                f'<div class="blog-item-text"><p>{esc(first_para(a))}</p></div><div class="blog-item-more"><a class="b-btn '
                f'b-btn-3 link" href="{a.path}"><span class="b-btn-t">Đọc thêm</span></a></div></div></article>')

    def blog_list(items: list, pager: str = "") -> str:
        return f'<div class="b b-blog blog-list cf"><div class="blog-list-c">{"".join(card(x) for x in items)}</div>{pager}</div>'

    for a in arts:
        others = [x for x in arts if x is not a and x is not arts[-1]][:3]
        header = section(f'<div class="b b-blog-post-header cf"><h1 class="blog-post-title"><span>{esc(a.title)}</span></h1>'
                         f'<div class="blog-post-date"><span>{shown(a.date)}</span></div></div>', "s-blog-header")
        body = section(post_blocks(a), "s-blog-post")
        share = section('<div class="b b-share cf"><p class="b-share-t">Chia sẻ bài viết</p><a class="b-share-fb" href="'
                        '{{base:offsite}}/facebook/sharer/" rel="nofollow" target="_blank" title="Facebook"></a></div>'
                        '<h2 class="blog-other-title">Bài viết khác</h2>' + blog_list(others), "s-blog-other")
        img = a.first_image()
        page = layout(f"{a.title} :: {NAME}", first_para(a), a.path, header + body + share, "/tin-tuc/",
                      f"/_files/{fid(img)}/450/{img}" if img else "")
        site.page(a.path, page)
        if a.opts.get("old_url"):
            old = a.path.replace("/l/", "/news/", 1)
            site.same_page(old, a.path)
            a.aliases.append(old)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Hoi cho san pham HTX 2026"]))
        site.add_article(a)
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, items in enumerate(pages, 1):
        path = "/tin-tuc/" if n == 1 else f"/tin-tuc/?page={n}"
        pager = ('<div class="blog-pagination"><ul class="pagination">' + "".join(
            f'<li class="{"active" if k == n else ""}"><a href="{"/tin-tuc/" if k == 1 else f"/tin-tuc/?page={k}"}">{k}</a></li>'
            for k in range(1, len(pages) + 1))
            + (f'<li class="next"><a href="/tin-tuc/?page={n + 1}">Tiếp theo</a></li>' if n < len(pages) else "")
            + "</ul></div>")
        inner = section('<div class="b b-text cf"><div class="b-c"><h1>Tin tức</h1></div></div>' + blog_list(items, pager))
        site.page(path, layout(f"Tin tức :: {NAME}", "Tin tức hoạt động của Liên minh HTX thành phố Hải Phòng", path, inner,
                               "/tin-tuc/"))
        site.non_articles.append(path)
    site.trap("blog list /tin-tuc/: cards (h2 link, date '06.01.2026', the first paragraph cut with '…', 'Đọc thêm'), 6 a "
              "page; the oldest post only on /tin-tuc/?page=2", "/tin-tuc/?page=2")
    hero = section(f'<div class="b b-text cf"><div class="b-c"><h1 class="wnd-align-center">{esc(NAME)}</h1><p class="'
                   'wnd-align-center">Đồng hành cùng hợp tác xã phát triển bền vững</p></div></div><div class="b-btn '
                   'b-btn-1 b-btn-c"><a class="b-btn-c" href="/tin-tuc/"><span class="b-btn-t">Xem tin tức</span></a></div>',
                   "s-hm s-hm-claims")
    site.page("/", layout(NAME, "Trang thông tin của Liên minh HTX thành phố Hải Phòng", "/",
                          hero + section('<h2 class="blog-home-title">Tin mới</h2>' + blog_list(arts[:3])), "/"))
    site.non_articles.append("/")
    old = next(a for a in arts if a.opts.get("old_url"))
    about = ("<h1>Giới thiệu</h1><p>Liên minh Hợp tác xã thành phố Hải Phòng là tổ chức chính trị - xã hội và kinh tế, đại "
             "diện và hỗ trợ các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn thành phố.</p><p>Từ ngày 01/7/2025, Liên minh HTX "
             "thành phố Hải Phòng và Liên minh HTX tỉnh Hải Dương hợp nhất thành Liên minh HTX thành phố Hải Phòng.</p>"
             f'<p>Xem thêm mô hình tiêu biểu: <a href="{old.aliases[0]}">{esc(old.title)}</a></p>')
    site.page("/gioi-thieu/", layout(f"Giới thiệu :: {NAME}", "", "/gioi-thieu/", section(text_block(about)), "/gioi-thieu/"))
    contact = ('<h1>Liên hệ</h1><form class="b b-form" method="post" action="/lien-he/"><label>Họ và tên<input name="name">'
               '</label><label>Email<input name="email"></label><label>Tin nhắn<textarea name="msg"></textarea></label>'
               '<button class="b-btn b-btn-1" type="submit">Gửi</button></form>')
    site.page("/lien-he/", layout(f"Liên hệ :: {NAME}", "", "/lien-he/", section(text_block(contact)), "/lien-he/"))
    site.non_articles += ["/gioi-thieu/", "/lien-he/"]
    site.trap("home (hero + 3 newest cards), /gioi-thieu/ (links a post by its older address /news/<slug>/), /lien-he/ "
              "(form block): not articles", "/gioi-thieu/")

    def utc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    urls = [("/", "2026-01-06T02:40:00+00:00"), ("/gioi-thieu/", "2025-07-15T03:00:00+00:00"),
            ("/tin-tuc/", "2026-01-06T02:40:00+00:00"), ("/lien-he/", "2025-07-15T03:00:00+00:00")]
    urls += [(a.path, utc(a.date)) for a in arts]
    sm = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{m}</lastmod></url>\n" for p, m in urls) + "</urlset>\n")
    site.page("/sitemap.xml", sm, content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /_wnd/\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("sitemap.xml: every post with <lastmod> in UTC (+00:00): the 06:15 post of 02/12 reads 2025-12-01T23:15",
              "/sitemap.xml")
    return site
