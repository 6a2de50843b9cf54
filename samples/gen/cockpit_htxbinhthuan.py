"""Site `cockpit-htxbinhthuan` (registry family `generic`): "Liên minh HTX tỉnh Bình Thuận", a **Nuxt 2** front end
(universal mode, server-rendered by `nuxt start` in Asia/Ho_Chi_Minh, vue-meta, `vue-lazyload`, `dayjs` with the `vi`
locale and `relativeTime`) on the headless **Cockpit CMS** (v1: the collection `baiviet`, the singleton `caidat`;
entries with `_id`, `_created`/`_modified` as Unix seconds, a wysiwyg field `noi_dung`; uploads served from
`/storage/uploads/YYYY/MM/DD/<name>_uid_<hex>.<ext>`). The copy is of Tuesday 10 December 2024, 09:00, before the
province merged into Lâm Đồng. Written as a held-out test: no family module, no selectors.

What is an article here: an entry `/bai-viet/<slug>` (news, notices, photo stories alike). Nuxt's router also renders
it at `/bai-viet/<slug>/` (the home's "Tin nổi bật" links so): the same page, no redirect and no canonical link (an
alias).

URL shapes: `/bai-viet` (6 cards) and `/bai-viet/trang/<n>` (`/bai-viet/trang/2`: the oldest entries only there;
the pager "Trước / 1 2 / Sau"), categories `/chuyen-muc/<slug>`, `/gioi-thieu`, `/lien-he`; @nuxtjs/feed's
`/feed.xml` (RSS 2.0, `pubDate` in GMT) and @nuxtjs/sitemap's `/sitemap.xml` (locations only), both named in
robots.txt.

Why it is hard: `<title>` is the site name on every page (the post component sets no head title: vue-meta keeps the
layout's "LMHTX Bình Thuận"); the only `<h1>` is the header's site name, the entry's title an `<h2 class="post__title">`.
The date is printed only as a relative age computed at render time ("3 ngày trước", "2 tháng trước"), inside
`<time datetime="2024-12-07T08:30:00+07:00">`; the notice template (an older component) writes
`datetime="2024-10-22 15:00"` without any zone (Vietnam time). `window.__NUXT__` repeats the entry with `_created`
in Unix seconds. `data-v-<hash>` attributes on every template element (not on the v-html body), lazy images whose
`src` is a data-URI placeholder with the real file in `data-src` and in a `<noscript>` fallback, a `<client-only>`
comments placeholder ("Đang tải bình luận..."), "Bài viết cùng chuyên mục" after the entry, the footer. The author is
the closing byline when it names a person; Cockpit's `_by` (the editor account) is not shown.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "cockpit-htxbinhthuan"
NAME = "Liên minh HTX tỉnh Bình Thuận"
SHORT = "LMHTX Bình Thuận"
ORG = "Liên minh Hợp tác xã tỉnh Bình Thuận"
NOW = datetime(2024, 12, 10, 9, 0)
FOOT_ADDR = "Số 51 Tôn Đức Thắng, phường Phú Thủy, TP Phan Thiết, tỉnh Bình Thuận"
FOOT_PHONE = "Điện thoại: 0252.3821.640 | Email: lmhtx@binhthuan.gov.vn"
FOOT_COPY = "Bản quyền © 2024 Liên minh HTX tỉnh Bình Thuận"
FOOT_NOTE = "Ghi rõ nguồn \"Liên minh HTX tỉnh Bình Thuận\" khi phát hành lại thông tin từ website này."
LOADING = "Đang tải bình luận..."
FURN = [FOOT_ADDR, FOOT_PHONE, FOOT_COPY, FOOT_NOTE, LOADING, "Bài viết cùng chuyên mục", "Bình luận",
        "Trang chủ", "Lên đầu trang", "Theo dõi chúng tôi"]
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao": "Thông báo", "mo-hinh-hay": "Mô hình hay"}
VID = {k: hashlib.md5(k.encode()).hexdigest()[:8] for k in
       ("layout", "header", "footer", "post", "card", "notice", "comments", "pager")}


def v(comp: str) -> str:
    return f"data-v-{VID[comp]}"


def ts(d: datetime) -> int:
    return int(d.replace(tzinfo=timezone(timedelta(hours=7))).timestamp())


def ago(d: datetime) -> str:
    """dayjs relativeTime, locale vi, against the render time."""
    secs = (NOW - d).total_seconds()
    mins, hours, days = secs / 60, secs / 3600, secs / 86400
    if secs < 45:
        return "vài giây trước"
    if mins < 45:
        return f"{round(mins)} phút trước"
    if hours < 22:
        return "một giờ trước" if round(hours) <= 1 else f"{round(hours)} giờ trước"
    if hours < 36:
        return "một ngày trước"
    if days < 26:
        return f"{round(days)} ngày trước"
    if days < 46:
        return "một tháng trước"
    months = round(days / 30.4)
    if months < 11:
        return f"{months} tháng trước"
    return "một năm trước" if days < 548 else f"{round(days / 365)} năm trước"


def uid_hex(s: str, n: int = 13) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, cat: str) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"],
                    opts={"cat": cat})

    return [
        A(path="/bai-viet/htx-thanh-long-ham-thuan-bac-xuat-khau-sang-an-do",
          title="HTX Thanh long Hàm Thuận Bắc xuất khẩu lô hàng đầu tiên sang Ấn Độ",
          body="""
Ngày 6/12, HTX Nông nghiệp Thanh long Hàm Minh đã xuất khẩu 24 tấn thanh long ruột đỏ sang thị trường Ấn Độ.
[img thanh-long-1.png] Thành viên HTX đóng thùng thanh long tại nhà sơ chế
Để có lô hàng này, HTX đã chuẩn hóa quy trình sản xuất theo VietGAP trên 85 ha của 62 thành viên.
HTX dự kiến xuất khẩu thêm 200 tấn trong quý I năm 2025.
""", byline="Bài, ảnh: Nguyễn Thị Kim Yến", author="Nguyễn Thị Kim Yến",
          notes=["printed only as '3 ngày trước' (dayjs, against the render time 10/12 09:00) in <time "
                 "datetime='2024-12-07T08:30:00+07:00'>; <title> is the site name; the title is an <h2>; the home's "
                 "'Tin nổi bật' links /bai-viet/<slug>/ (trailing slash): the same page, an alias"],
          **at(datetime(2024, 12, 7, 8, 30), "tin-hoat-dong")),
        A(path="/bai-viet/lien-minh-htx-tinh-lam-viec-voi-htx-thuy-san-phu-quy",
          title="Liên minh HTX tỉnh làm việc với các HTX thủy sản huyện Phú Quý",
          body="""
Ngày 27 và 28/11, đoàn công tác Liên minh HTX tỉnh đã làm việc với 5 HTX khai thác, dịch vụ thủy sản trên đảo Phú Quý.
Các HTX kiến nghị hỗ trợ vốn đóng mới tàu dịch vụ hậu cần nghề cá và xây dựng kho lạnh.
Liên minh HTX tỉnh hướng dẫn HTX lập dự án vay vốn Quỹ hỗ trợ phát triển HTX tỉnh.
""", byline="Lê Quang Vinh", author="Lê Quang Vinh",
          notes=["posted 23:40 on 29/11: '10 ngày trước', datetime '2024-11-29T23:40:00+07:00' (16:40 UTC, the "
                 "feed's pubDate 'Fri, 29 Nov 2024 16:40:00 GMT')"],
          **at(datetime(2024, 11, 29, 23, 40), "tin-hoat-dong")),
        A(path="/bai-viet/thong-bao-25-tb-lmhtx-tuyen-chon-htx-ho-tro-2025",
          title="Thông báo số 25/TB-LMHTX về việc tuyển chọn HTX được hỗ trợ năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÌNH THUẬN
Số: 25/TB-LMHTX
Bình Thuận, ngày 21 tháng 10 năm 2024
THÔNG BÁO
Về việc tuyển chọn HTX được hỗ trợ năm 2025
Thực hiện Kế hoạch phát triển kinh tế tập thể năm 2025, Liên minh HTX tỉnh thông báo tuyển chọn HTX được hỗ trợ xây dựng mô hình liên kết chuỗi giá trị.
Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 15/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Sơn
""", author=None, doc_number="25/TB-LMHTX",
          attachments=[{"path": f"/storage/uploads/2024/10/22/tb-25-lmhtx_uid_{uid_hex('tb25')}.pdf",
                        "text": "TB 25-LMHTX tuyen chon HTX 2025.pdf"}],
          notes=["notice 'Số: 25/TB-LMHTX' dated 21/10 in its text, posted 22/10 15:00: the notice template writes "
                 "<time datetime='2024-10-22 15:00'> (no zone: Vietnam time) and '2 tháng trước'; the signer is "
                 "text, no author; the PDF (Cockpit upload) linked under 'Tệp đính kèm'"],
          **at(datetime(2024, 10, 22, 15, 0), "thong-bao")),
        A(path="/bai-viet/ket-qua-hoat-dong-htx-nong-nghiep-nam-2024",
          title="Kết quả hoạt động của HTX nông nghiệp Bình Thuận năm 2024",
          body="""
Năm 2024, các HTX nông nghiệp trên địa bàn tỉnh duy trì hoạt động ổn định, doanh thu tăng khá.
| Nhóm HTX | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Trồng trọt | 118 | 9.420 | 2.650 |
| Chăn nuôi | 21 | 1.180 | 3.100 |
| Thủy sản | 34 | 2.760 | 4.870 |
| Dịch vụ tổng hợp | 45 | 5.310 | 1.940 |
Liên minh HTX tỉnh đề nghị các HTX đẩy mạnh liên kết tiêu thụ với doanh nghiệp.
""", byline="Ban Kiểm tra - Liên minh HTX tỉnh", author=None,
          notes=["a table in the wysiwyg field (one line per row); an office closes it: author null"],
          **at(datetime(2024, 11, 15, 14, 10), "tin-hoat-dong")),
        A(path="/bai-viet/htx-nuoc-mam-phan-thiet-giu-nghe-truyen-thong",
          title="HTX Nước mắm Phan Thiết giữ nghề truyền thống",
          body="""
HTX Chế biến nước mắm Phan Thiết hiện có 38 thành viên là các cơ sở chế biến lâu năm trong nghề.
## Sản xuất theo cách truyền thống
* Cá cơm tươi được ướp muối theo tỷ lệ 3 cá 1 muối;
* Chượp được ủ trong thùng gỗ từ 12 đến 18 tháng;
* Nước mắm nhĩ được lọc và đóng chai ngay tại HTX.
Sản phẩm nước mắm của HTX đã đạt chứng nhận OCOP 4 sao năm 2023.
""", byline="Theo Báo Bình Thuận", author=None,
          notes=["a heading and a list; reprint 'Theo Báo Bình Thuận': author null"],
          **at(datetime(2024, 10, 30, 7, 45), "mo-hinh-hay")),
        A(path="/bai-viet/anh-htx-muoi-tuy-phong-vao-vu",
          title="Ảnh: HTX Muối Tuy Phong vào vụ thu hoạch",
          body="""
[img muoi-1.png] Diêm dân HTX Muối Vĩnh Hảo cào muối trên đồng
[img muoi-2.png] Muối được gánh vào kho trước khi bán cho doanh nghiệp
[img muoi-3.png] Kho chứa muối của HTX có sức chứa 2.000 tấn
Vụ muối năm nay HTX dự kiến đạt 15.000 tấn, giá bán cao hơn năm trước khoảng 20%.
""", byline="Ảnh: Đặng Minh Tâm", author="Đặng Minh Tâm",
          notes=["photo story: lazy images (data-URI src, data-src, <noscript> fallback) each with a <figcaption>: "
                 "one line per caption"],
          **at(datetime(2024, 10, 9, 6, 20), "mo-hinh-hay")),
        A(path="/bai-viet/tap-huan-ke-toan-htx-theo-thong-tu-71",
          title="Tập huấn kế toán HTX theo Thông tư 71/2019/TT-BTC",
          body="""
Từ ngày 17 đến 19/9, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 55 kế toán HTX.
Học viên được hướng dẫn lập báo cáo tài chính và hạch toán các khoản hỗ trợ của Nhà nước cho HTX.
""", byline="Phòng Tư vấn hỗ trợ", author=None,
          notes=["not on /bai-viet: on /bai-viet/trang/2, its category and a 'Bài viết cùng chuyên mục' box; an office closes it: author null; '3 tháng trước'"],
          **at(datetime(2024, 9, 20, 10, 0), "tin-hoat-dong")),
        A(path="/bai-viet/so-ket-kinh-te-tap-the-6-thang-dau-nam-2024",
          title="Sơ kết kinh tế tập thể 6 tháng đầu năm 2024",
          body="""
Sáu tháng đầu năm 2024, toàn tỉnh thành lập mới 14 HTX, nâng tổng số HTX đang hoạt động lên 256 HTX.
Liên minh HTX tỉnh đã tư vấn cho 40 HTX xây dựng phương án sản xuất, kinh doanh.
""", byline="Hoàng Thị Mai", author="Hoàng Thị Mai",
          notes=["the oldest entry: only on /bai-viet/trang/2 and its category; '5 tháng trước'"],
          **at(datetime(2024, 7, 12, 16, 30), "tin-hoat-dong")),
    ]


LAZY = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def upload(name: str, d: datetime) -> str:
    stem, ext = name.rsplit(".", 1)
    return f"/storage/uploads/{d:%Y/%m/%d}/{stem}_uid_{uid_hex(name)}.{ext}"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-thuan", f"{NAME} (Cockpit + Nuxt)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE],
                     feeds=["{{base:%s}}/feed.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    files: dict[str, str] = {}

    def lazy_img(path: str, alt: str, comp: str) -> str:
        files[path] = path
        return (f'<img {v(comp)} src="{LAZY}" data-src="{path}" alt="{attr(alt)}" lazy="loading">'
                f'<noscript {v(comp)}><img src="{path}" alt="{attr(alt)}"></noscript>')

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
                out.append(table_html(b, "table"))
            elif b.kind == "img":
                p = upload(b.src, a.date)
                files[p] = p
                out.append(f'<figure class="image"><img src="{p}" alt=""><figcaption>{esc(b.text)}</figcaption>'
                           '</figure>')
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
        return "".join(out)

    def excerpt(a: RichArticle) -> str:
        return a.summary()

    def entry(a: RichArticle, full: bool) -> dict:
        e = {"tieu_de": a.title, "slug": a.path.rsplit("/", 1)[1], "chuyen_muc": {"_id": uid_hex(a.opts["cat"], 24),
             "link": "chuyenmuc", "display": CATS[a.opts["cat"]]}, "tom_tat": excerpt(a),
             "anh": ({"path": upload(a.first_image(), a.date).replace("/storage/uploads", "")}
                     if a.first_image() else ""),
             "_by": "5f8d2c1ab3e4f60719000342", "_mby": "5f8d2c1ab3e4f60719000342",
             "_modified": ts(a.date) + 312, "_created": ts(a.date), "_id": uid_hex(a.path, 24)}
        if full:
            e["noi_dung"] = body_html(a)
            if a.attachments:
                e["tep_dinh_kem"] = [{"path": a.attachments[0]["path"].replace("/storage/uploads", ""),
                                      "title": a.attachments[0]["text"]}]
        return e

    def nuxt_state(route: str, data: dict) -> str:
        """Nuxt 2's window.__NUXT__: an IIFE whose repeated values are hoisted into its parameters."""
        payload = {"layout": "default", "data": [data], "fetch": {}, "error": None,
                   "state": {"caidat": {"ten_don_vi": ORG, "dien_thoai": "0252.3821.640"}},
                   "serverRendered": True, "routePath": route,
                   "config": {"cockpitUrl": "", "_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
        js = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        js = js.replace('"5f8d2c1ab3e4f60719000342"', "a").replace(":true", ":b").replace(":null", ":c")
        return ('<script>window.__NUXT__=(function(a,b,c){return ' + js.replace("</", "<\\u002F")
                + '}("5f8d2c1ab3e4f60719000342",true,null));</script>')

    nav = "".join(f'<li {v("header")}><a {v("header")} href="{h}" class="nav__link">{esc(t)}</a></li>' for t, h in
                  [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Bài viết", "/bai-viet")]
                  + [(n, f"/chuyen-muc/{s}") for s, n in CATS.items()] + [("Liên hệ", "/lien-he")])

    def layout(route: str, main: str, data: dict, extra_head: str = "") -> str:
        return f"""<!doctype html>
<html lang="vi" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
  <head>
    <title>{esc(SHORT)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Bình Thuận"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{attr(SHORT)}"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="/og-image.png">{extra_head}<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="alternate" type="application/rss+xml" title="{attr(SHORT)}" href="/feed.xml"><link rel="preload" href="/_nuxt/3b8f1d2.js" as="script"><link rel="preload" href="/_nuxt/a9e04c7.js" as="script"><link rel="preload" href="/_nuxt/css/6c2d1f0.css" as="style"><link rel="preload" href="/_nuxt/f71b3e5.js" as="script"><link rel="stylesheet" href="/_nuxt/css/6c2d1f0.css">
  </head>
  <body>
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div {v("layout")} class="app"><header {v("header")} class="header"><div {v("header")} class="header__top container"><a {v("header")} href="/" class="logo nuxt-link-active"><img {v("header")} src="/logo.png" alt="logo" class="logo__img"><h1 {v("header")} class="logo__name">{esc(NAME)}</h1></a><button {v("header")} type="button" aria-label="menu" class="header__burger"><span {v("header")}></span></button></div><nav {v("header")} class="nav"><ul {v("header")} class="nav__list container">{nav}</ul></nav></header><main {v("layout")} class="main container">{main}</main><footer {v("footer")} class="footer"><div {v("footer")} class="footer__inner container"><div {v("footer")}><p {v("footer")} class="footer__org">{esc(ORG)}</p><p {v("footer")}>{esc(FOOT_ADDR)}</p><p {v("footer")}>{esc(FOOT_PHONE)}</p></div><div {v("footer")} class="footer__social"><p {v("footer")}>Theo dõi chúng tôi</p><a {v("footer")} href="{{{{base:offsite}}}}/facebook/lmhtxbinhthuan" target="_blank" rel="noopener">Facebook</a></div></div><div {v("footer")} class="footer__bottom"><p {v("footer")}>{esc(FOOT_NOTE)}</p><p {v("footer")}>{esc(FOOT_COPY)}</p></div><a {v("footer")} href="#" class="back-to-top">Lên đầu trang</a></footer></div></div></div>{nuxt_state(route, data)}<script src="/_nuxt/3b8f1d2.js" defer></script><script src="/_nuxt/f71b3e5.js" defer></script><script src="/_nuxt/a9e04c7.js" defer></script>
  </body>
</html>
"""

    def card(a: RichArticle, href: str | None = None) -> str:
        im = a.first_image()
        thumb = (f'<a {v("card")} href="{href or a.path}" class="card__thumb">'
                 f'{lazy_img(upload(im, a.date), a.title, "card")}</a>' if im else "")
        return (f'<div {v("card")} class="card">{thumb}<div {v("card")} class="card__body"><a {v("card")} '
                f'href="/chuyen-muc/{a.opts["cat"]}" class="card__cat">{esc(CATS[a.opts["cat"]])}</a><h3 {v("card")} '
                f'class="card__title"><a {v("card")} href="{href or a.path}">{esc(a.title)}</a></h3><span {v("card")} '
                f'class="card__ago">{ago(a.date)}</span></div></div>')

    for a in arts:
        cat = a.opts["cat"]
        notice = cat == "thong-bao"
        comp = "notice" if notice else "post"
        dt = f"{a.date:%Y-%m-%d %H:%M}" if notice else f"{a.date:%Y-%m-%dT%H:%M:%S}+07:00"
        same = [x for x in arts if x is not a and x.opts["cat"] == cat][:3]
        att = ""
        if a.attachments:
            x = a.attachments[0]
            files[x["path"]] = x["path"]
            att = (f'<div {v(comp)} class="attachments"><p {v(comp)} class="attachments__title">Tệp đính kèm</p>'
                   f'<a {v(comp)} href="{x["path"]}" target="_blank">{esc(x["text"])}</a></div>')
        main = (f'<div {v(comp)} class="breadcrumbs"><a {v(comp)} href="/" class="nuxt-link-active">Trang chủ</a> / '
                f'<a {v(comp)} href="/chuyen-muc/{cat}">{esc(CATS[cat])}</a></div><article {v(comp)} class="post">'
                f'<h2 {v(comp)} class="post__title">{esc(a.title)}</h2><div {v(comp)} class="post__meta"><span '
                f'{v(comp)} class="post__cat">{esc(CATS[cat])}</span> · <time {v(comp)} datetime="{dt}">{ago(a.date)}'
                f'</time></div><div {v(comp)} class="post__content">{body_html(a)}</div>{att}</article>'
                f'<section {v("comments")} class="comments"><h3 {v("comments")}>Bình luận</h3><div '
                f'class="client-only-placeholder"><p {v("comments")}>{LOADING}</p></div></section>'
                + (f'<section {v(comp)} class="related"><h3 {v(comp)} class="related__title">Bài viết cùng chuyên mục'
                   f'</h3><div {v(comp)} class="grid">' + "".join(card(x) for x in same) + '</div></section>'
                   if same else ""))
        site.page(a.path, layout(a.path, main, {"post": entry(a, True), "related": [entry(x, False) for x in same]}))
        site.add_article(a)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BINH THUAN", "THONG BAO SO 25/TB-LMHTX"]))

    featured = arts[0]
    site.same_page(featured.path + "/", featured.path)
    featured.aliases.append(featured.path + "/")

    def pager(n: int, pages: int) -> str:
        def href(k: int) -> str:
            return "/bai-viet" if k == 1 else f"/bai-viet/trang/{k}"
        items = [f'<a {v("pager")} href="{href(n - 1)}" class="pager__prev">Trước</a>'] if n > 1 else []
        items += [f'<a {v("pager")} href="{href(k)}" class="pager__item{" nuxt-link-exact-active" if k == n else ""}">'
                  f'{k}</a>' for k in range(1, pages + 1)]
        if n < pages:
            items.append(f'<a {v("pager")} href="{href(n + 1)}" class="pager__next">Sau</a>')
        return f'<nav {v("pager")} class="pager">' + "".join(items) + "</nav>"

    pages = [arts[:6], arts[6:]]
    for n, items in enumerate(pages, 1):
        path = "/bai-viet" if n == 1 else f"/bai-viet/trang/{n}"
        main = (f'<h2 {v("layout")} class="page-title">Bài viết</h2><div {v("layout")} class="grid">'
                + "".join(card(x) for x in items) + f"</div>{pager(n, len(pages))}")
        html = layout(path, main, {"posts": [entry(x, False) for x in items], "page": n, "total": len(arts)})
        if n == 1:
            site.page(path, html, content_type="text/html; charset=utf-8")
        else:
            site.page(path, html)
        site.non_articles.append(path)
    for s, name in CATS.items():
        items = [x for x in arts if x.opts["cat"] == s]
        main = (f'<h2 {v("layout")} class="page-title">{esc(name)}</h2><div {v("layout")} class="grid">'
                + "".join(card(x) for x in items) + "</div>")
        site.page(f"/chuyen-muc/{s}", layout(f"/chuyen-muc/{s}", main, {"posts": [entry(x, False) for x in items]}))
        site.non_articles.append(f"/chuyen-muc/{s}")
    home = (f'<section {v("layout")} class="featured"><h2 {v("layout")} class="section-title">Tin nổi bật</h2>'
            + card(featured, featured.path + "/") + f'</section><section {v("layout")} class="latest"><h2 {v("layout")} '
            f'class="section-title">Bài viết mới</h2><div {v("layout")} class="grid">'
            + "".join(card(x) for x in arts[1:5]) + f'</div><a {v("layout")} href="/bai-viet" class="more">Xem thêm</a>'
            "</section>")
    site.page("/", layout("/", home, {"featured": entry(featured, False), "posts": [entry(x, False) for x in arts[1:5]]}))
    about = ("Liên minh Hợp tác xã tỉnh Bình Thuận là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp "
             "pháp của các HTX, tổ hợp tác trên địa bàn tỉnh Bình Thuận.")
    site.page("/gioi-thieu", layout("/gioi-thieu", f'<h2 {v("layout")} class="page-title">Giới thiệu</h2><div '
                                    f'{v("layout")} class="page-content"><p>{esc(about)}</p></div>',
                                    {"page": {"tieu_de": "Giới thiệu", "noi_dung": f"<p>{esc(about)}</p>"}}))
    site.page("/lien-he", layout("/lien-he", f'<h2 {v("layout")} class="page-title">Liên hệ</h2><form {v("layout")} '
                                 'class="contact"><input name="ho_ten" placeholder="Họ và tên"><input name="email" '
                                 'placeholder="Email"><textarea name="noi_dung" placeholder="Nội dung"></textarea>'
                                 '<button type="submit">Gửi</button></form>', {}))
    site.non_articles += ["/", "/gioi-thieu", "/lien-he"]
    # feed (@nuxtjs/feed: Date.toUTCString) and sitemap (@nuxtjs/sitemap: locations only)
    items = "".join(
        f"<item><title><![CDATA[{a.title}]]></title><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
        f"<pubDate>{(a.date - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} GMT</pubDate>"
        f"<description><![CDATA[{excerpt(a)}]]></description></item>" for a in arts)
    site.page("/feed.xml", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>'
              f"{esc(SHORT)}</title><link>{{{{base}}}}/</link><description>Tin bài của {esc(NAME)}</description>"
              f"<lastBuildDate>Tue, 10 Dec 2024 02:00:00 GMT</lastBuildDate><docs>https://validator.w3.org/feed/docs/rss2.html</docs>"
              f"<generator>https://github.com/jpmonette/feed</generator><language>vi</language>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    locs = ["/", "/bai-viet", "/bai-viet/trang/2", "/gioi-thieu", "/lien-he"] + [f"/chuyen-muc/{s}" for s in CATS] \
        + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in locs) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow:\nSitemap: {{base}}/sitemap.xml\n")
    for p in files:
        if p.endswith(".png"):
            site.binary(p, image_for(p))
    for name in ("logo", "og-image", "favicon"):
        site.binary(f"/{name}.png" if name != "favicon" else "/favicon.ico", image_for(name))

    site.trap("<title> and og:title are the site name on every page (the post component sets no head); the only <h1> "
              "is the header's site name: the entry's title is h2.post__title",
              "/bai-viet/thong-bao-25-tb-lmhtx-tuyen-chon-htx-ho-tro-2025")
    site.trap("the listing /bai-viet (6 cards, relative ages only: '3 ngày trước', '2 tháng trước') and "
              "/bai-viet/trang/2 (the pager 'Trước 1 2 Sau'): the two oldest entries only there among the paged list; categories "
              "/chuyen-muc/<slug>", "/bai-viet/trang/2")
    site.trap("window.__NUXT__ (an IIFE with hoisted parameters) repeats the entry: _created/_modified in Unix seconds, "
              "the wysiwyg HTML; /feed.xml pubDate in GMT (a 23:40 post is 16:40 there); /sitemap.xml locations only",
              "/feed.xml")
    return site
