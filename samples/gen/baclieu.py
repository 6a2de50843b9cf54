"""Site `lmhtx-baclieu` (registry family `generic`): the Bạc Liêu cooperative alliance (before its 2025
merger into Cà Mau) as an **AMP-first** news site: every page is valid AMP HTML, no separate
non-AMP version, built blind as a held-out test: no family module, no selectors.

Why it is hard: `<html ⚡ lang="vi">`, no `<img>` outside `<noscript>`: photos are `<amp-img>`
elements holding a `<noscript><img></noscript>` fallback; a photo story is an `<amp-carousel>` of
`<figure>`s whose `<figcaption>`s are lines of the text; a video is an `<amp-youtube>` (no iframe, no
text); the menu is an `<amp-sidebar>` at the top of `<body>` (before the header); the share bar is
`<amp-social-share>` elements; "Tin liên quan" is an `<amp-list src="/api/related.json?id=N">`
whose `<template type="amp-mustache">` holds `{{title}}`, `{{date}}` and a `href="{{url}}"` (braces written as `&#123;`/`&#125;`; a
template, not text, not a link) and whose fallback says it could not load; `<amp-analytics>`
carries a JSON config; the inline `<style amp-custom>` and `amp-boilerplate` are CSS. Every page's
rel=canonical names its own address. The date shows as "14/03/2024 - 08:30" in `span.post-date`
and JSON-LD NewsArticle `datePublished` carries it too (once in UTC, "…T01:30:00Z", the same
instant); `dateModified` is later. The JSON-LD author is a Person where the page names a reporter,
else the Organization (the site itself: no author). Listings `/chuyen-muc/<cat>` and
`/chuyen-muc/tin-tuc/trang-2`, topic pages `/chu-de/<x>`, search, static pages: not articles.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .core import TODAY_2024, Article, SiteBuild, attr, esc, inline_html, pdf, weekday

SITE = "lmhtx-baclieu"
NAME = "Liên minh Hợp tác xã tỉnh Bạc Liêu"
SHORT = "Liên minh HTX tỉnh Bạc Liêu"
HTML = "text/html; charset=utf-8"
CATS = {"tin-tuc": "Tin tức - Sự kiện", "van-ban": "Văn bản", "phong-su-anh": "Phóng sự ảnh", "video": "Video"}
TOPICS = {"ocop": "OCOP", "tom-lua": "Tôm - lúa", "muoi": "Muối Bạc Liêu"}
ABOUT = "/gioi-thieu.html"
CONTACT = "/lien-he.html"
SEARCH = "/tim-kiem?q=ocop"
PER = 6
PDF_PATH = "/uploads/van-ban/2024/QD-09-LMHTX.pdf"

TODAY = f"{weekday(TODAY_2024)}, {TODAY_2024:%d/%m/%Y}"
SLOGANS = ["Hợp tác xã - Nền tảng phát triển kinh tế nông thôn Bạc Liêu",
           "Chung tay xây dựng Bạc Liêu trở thành trung tâm năng lượng tái tạo của cả nước"]
SIDE = ["Tin mới", "Đọc nhiều", "Thống kê truy cập", "Trực tuyến: 21", "Hôm nay: 402", "Tổng: 975.118",
        "Thời tiết Bạc Liêu", "Nắng nóng, gió đông nam", "Độ ẩm: 68%"]
POLL_Q = "Theo bạn, HTX nuôi tôm cần hỗ trợ gì nhất?"
POLL_A = ("Con giống chất lượng", "Vốn vay ưu đãi", "Liên kết tiêu thụ")
UI = ["Tin liên quan", "Không tải được tin liên quan, vui lòng thử lại.", "Chia sẻ:", "Tải về", "Lượt xem:", "Bình chọn",
      "Đóng menu", "Xem tất cả"]
FOOTER = ["TRANG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH BẠC LIÊU",
          "Địa chỉ: Số 18 đường Hoàng Văn Thụ, phường 3, thành phố Bạc Liêu, tỉnh Bạc Liêu",
          "Điện thoại: 0291.3822.305 - Email: lmhtx@baclieu.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Lâm Văn Nhân - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 08/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bạc Liêu cấp ngày 22/7/2022",
          "Ghi rõ nguồn 'Liên minh HTX tỉnh Bạc Liêu' khi phát hành lại thông tin từ trang này"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, *UI, *FOOTER]


def dated(d: datetime, utc: bool = False) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), published_source="metadata",
                evidence=["metadata", "date-element", "listing"])


def post(slug: str, uid: int, cat: str, **kw) -> Article:
    a = Article(path=f"/{cat}/{slug}-{uid}.html", **kw)
    a.opts.setdefault("cat", cat)
    a.opts["uid"] = uid
    return a


def articles() -> list[Article]:
    P = post
    return [
        P("htx-tom-lua-phuoc-long-trung-vu-tom-cang-xanh", 1245, "tin-tuc",
          title="HTX tôm - lúa Phước Long trúng vụ tôm càng xanh",
          date=datetime(2024, 3, 14, 8, 30),
          lead="Vụ tôm càng xanh xen canh trên ruộng lúa năm nay, thành viên HTX Nông nghiệp Phước Long thu lãi bình quân 60 triệu đồng/ha.",
          body="""
HTX có 48 thành viên với 112 ha canh tác theo mô hình tôm - lúa, trong đó 70 ha nuôi tôm càng xanh toàn đực xen canh trong ruộng lúa.
Nhờ áp dụng quy trình nuôi do ngành nông nghiệp hướng dẫn, tỷ lệ sống của tôm đạt trên 50%, năng suất bình quân 600 kg/ha.
[img tom-cang-xanh.png] Thành viên HTX Nông nghiệp Phước Long thu hoạch tôm càng xanh
Lúa trồng trên nền đất nuôi tôm không cần bón nhiều phân, gạo ST25 của HTX được doanh nghiệp bao tiêu với giá cao hơn lúa thường 1.500 đồng/kg.
""",
          byline="Minh Khôi", author="Minh Khôi", **dated(datetime(2024, 3, 14, 8, 30)),
          opts={"topics": ["tom-lua"], "utc": True, "modified": datetime(2024, 3, 15, 10, 5), "jsonld_author": "Minh Khôi"},
          notes=["'14/03/2024 - 08:30' in span.post-date; JSON-LD NewsArticle datePublished '2024-03-14T01:30:00Z' (UTC, "
                 "the same instant) and dateModified 15/03 10:05 (not the publication); byline 'Minh Khôi' last "
                 "(p.author): part of the text, the author (JSON-LD Person too); the photo an <amp-img> with a "
                 "<noscript><img></noscript> and <figcaption>"]),
        P("quyet-dinh-thanh-lap-to-tu-van-ho-tro-htx", 1241, "van-ban",
          title="Quyết định thành lập Tổ tư vấn hỗ trợ HTX năm 2024",
          date=datetime(2024, 3, 11, 15, 10),
          body="""
LIÊN MINH HTX TỈNH BẠC LIÊU
Số: 09/QĐ-LMHTX
Bạc Liêu, ngày 08 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc thành lập Tổ tư vấn hỗ trợ hợp tác xã năm 2024
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH BẠC LIÊU
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; căn cứ Chương trình công tác năm 2024 của Liên minh HTX tỉnh;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ tư vấn hỗ trợ hợp tác xã năm 2024 gồm 07 thành viên, do đồng chí Phó Chủ tịch Liên minh HTX tỉnh làm Tổ trưởng.
Điều 2. Tổ tư vấn có nhiệm vụ hướng dẫn thành lập mới, tổ chức lại HTX theo Luật Hợp tác xã năm 2023 và hỗ trợ HTX xây dựng phương án sản xuất kinh doanh.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận: Như Điều 3; Thường trực Tỉnh ủy; UBND tỉnh; Lưu VT.
CHỦ TỊCH Lâm Văn Nhân
""",
          author=None, doc_number="09/QĐ-LMHTX", attachments=[{"path": PDF_PATH, "text": "QD-09-LMHTX.pdf"}],
          **dated(datetime(2024, 3, 11, 15, 10)), opts={"topics": []},
          notes=["official decision 'Số: 09/QĐ-LMHTX', place-date line 'Bạc Liêu, ngày 08 tháng 3 năm 2024' three days "
                 "before the post's '11/03/2024 - 15:10'; signer last; JSON-LD author the Organization (the site): "
                 "author null; the PDF under the text ('Tải về' box): an attachment, not text"]),
        P("anh-ngay-hoi-muoi-bac-lieu-2024", 1238, "phong-su-anh",
          title="Ảnh: Ngày hội muối Bạc Liêu năm 2024",
          date=datetime(2024, 3, 7, 17, 45),
          lead="Ngày hội muối Bạc Liêu năm 2024 tôn vinh nghề làm muối truyền thống của diêm dân ven biển.",
          body="""
[img muoi-1.png] Diêm dân HTX Muối Long Điền Đông trình diễn cào muối
[img muoi-2.png] Gian hàng muối hột, muối tôm của các HTX
[img muoi-3.png] Du khách trải nghiệm gánh muối trên đồng
[img muoi-4.png] Sản phẩm muối Bạc Liêu được đóng gói thương hiệu tập thể
Ảnh: Trọng Nghĩa
""",
          author="Trọng Nghĩa", **dated(datetime(2024, 3, 7, 17, 45)),
          opts={"topics": ["muoi", "ocop"], "carousel": True, "right_last": True, "jsonld_author": "Trọng Nghĩa"},
          notes=["photo story: one <amp-carousel type=slides> of four <figure>s, each an <amp-img> (<noscript><img>) and a "
                 "<figcaption>: one line each; 'Ảnh: Trọng Nghĩa' last (right-aligned): part of the text, the author"]),
        P("hoi-nghi-so-ket-kinh-te-tap-the-quy-i", 1232, "tin-tuc",
          title="Liên minh HTX tỉnh triển khai nhiệm vụ trọng tâm năm 2024",
          date=datetime(2024, 2, 28, 9, 0),
          lead="Liên minh HTX tỉnh Bạc Liêu tổ chức hội nghị triển khai nhiệm vụ trọng tâm năm 2024 với sự tham dự của hơn 100 đại biểu các HTX.",
          body="""
Toàn tỉnh hiện có 295 HTX với gần 26.000 thành viên; năm 2023 thành lập mới 24 HTX, chủ yếu trong lĩnh vực nông nghiệp và thủy sản.
## Các chỉ tiêu chủ yếu
* Thành lập mới 25 HTX, 30 tổ hợp tác;
* 70% HTX hoạt động hiệu quả từ khá trở lên;
* Xây dựng 5 mô hình HTX ứng dụng công nghệ cao trong nuôi tôm.
Hội nghị đã khen thưởng 12 HTX tiêu biểu năm 2023.
""",
          author=None, **dated(datetime(2024, 2, 28, 9, 0)), opts={"topics": []},
          notes=["an <h2> heading and a list; no byline, JSON-LD author the Organization: author null"]),
        P("htx-muoi-dong-hai-xay-dung-thuong-hieu", 1226, "tin-tuc",
          title="HTX muối Đông Hải xây dựng thương hiệu muối sạch",
          date=datetime(2024, 2, 20, 10, 20),
          lead="HTX Diêm nghiệp Đông Hải đầu tư nhà lưới, bạt lót ô kết tinh để sản xuất muối sạch, nâng giá bán gấp đôi muối truyền thống.",
          body="""
HTX có 32 thành viên với 45 ha sản xuất muối, trong đó 12 ha đã lót bạt HDPE và có nhà lưới che mưa.
[img muoi-sach-dong-hai.png] Ô kết tinh lót bạt của HTX Diêm nghiệp Đông Hải
Sản phẩm muối hột sạch của HTX đạt OCOP 3 sao, được bán tại các siêu thị và cửa hàng đặc sản trong tỉnh.
""",
          author="Hồng Nhung", **dated(datetime(2024, 2, 20, 10, 20)),
          opts={"topics": ["muoi", "ocop"], "meta_author": "Hồng Nhung", "jsonld_author": "Hồng Nhung"},
          notes=["author in the meta line under the title ('Tác giả: Hồng Nhung', with the date and view count): not "
                 "text; JSON-LD Person"]),
        P("htx-nuoi-tom-cong-nghe-cao-hoa-binh", 1219, "tin-tuc",
          title="HTX nuôi tôm công nghệ cao ở Hòa Bình cho lãi lớn",
          date=datetime(2024, 2, 6, 14, 0),
          lead="Mô hình nuôi tôm siêu thâm canh ba giai đoạn giúp HTX Thủy sản Vĩnh Hậu thu lãi hơn 1 tỷ đồng mỗi ha trong năm 2023.",
          body="""
HTX có 15 thành viên với 18 ha ao nuôi lót bạt, sử dụng hệ thống tuần hoàn nước và nhà màng che ao ương.
Nhờ kiểm soát tốt môi trường nước, tôm ít bệnh, mỗi năm nuôi được ba vụ, năng suất bình quân 40 tấn/ha/vụ.
Nguồn: Báo Bạc Liêu
""",
          author=None, **dated(datetime(2024, 2, 6, 14, 0)), opts={"topics": ["tom-lua"], "right_last": True},
          notes=["the text ends with 'Nguồn: Báo Bạc Liêu' (right-aligned italic): part of the text, a source, author null"]),
        P("video-htx-nhan-vinh-loi-vao-mua", 1210, "video",
          title="Video: HTX nhãn Vĩnh Lợi vào mùa thu hoạch",
          date=datetime(2024, 1, 25, 16, 30),
          lead="Các nhà vườn HTX Nông nghiệp Châu Hưng A (huyện Vĩnh Lợi) đang thu hoạch nhãn da bò, giá bán ổn định nhờ hợp đồng tiêu thụ.",
          body="""
Năm nay HTX thu hoạch khoảng 300 tấn nhãn, bán cho doanh nghiệp sấy khô và các chợ đầu mối tại Thành phố Hồ Chí Minh.
""",
          author=None, **dated(datetime(2024, 1, 25, 16, 30)), opts={"topics": [], "video": "Qm8dX3vK2pL"},
          notes=["video post: an <amp-youtube> (no iframe, no text) and one paragraph under the lead: an article; no author"]),
        P("lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023", 1203, "tin-tuc",
          title="Liên minh HTX tỉnh Bạc Liêu tổng kết công tác năm 2023",
          date=datetime(2024, 1, 12, 8, 0),
          lead="Liên minh HTX tỉnh tổng kết công tác năm 2023, đánh giá nhiều kết quả nổi bật trong hỗ trợ HTX tiếp cận vốn và thị trường.",
          body="""
Năm 2023, Quỹ hỗ trợ phát triển HTX tỉnh cho 21 HTX vay với tổng số tiền 11,4 tỷ đồng; Liên minh HTX tỉnh đưa 35 HTX tham gia hội chợ trong và ngoài tỉnh.
Năm 2024, Liên minh HTX tỉnh tập trung hỗ trợ HTX tổ chức lại theo Luật Hợp tác xã năm 2023 và chuyển đổi số.
""",
          byline="Thanh Trúc", author="Thanh Trúc", **dated(datetime(2024, 1, 12, 8, 0)),
          opts={"topics": [], "jsonld_author": "Thanh Trúc"},
          notes=["oldest post: only on /chuyen-muc/tin-tuc/trang-2; byline 'Thanh Trúc' last: part of the text, author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/uploads/tin-tuc/2024/{src}"


def amp_img(src: str, alt: str, w: int = 800, h: int = 533) -> str:
    return (f'<amp-img src="{img(src)}" width="{w}" height="{h}" layout="responsive" alt="{attr(alt)}">'
            f'<noscript><img src="{img(src)}" width="{w}" height="{h}" alt="{attr(alt)}"></noscript></amp-img>')


def stamp(d: datetime) -> str:
    return f"{d:%d/%m/%Y - %H:%M}"


def render_body(a: Article) -> str:
    out = []
    blocks = a.blocks
    right_last = blocks[-1] if a.opts.get("right_last") else None
    if vid := a.opts.get("video"):
        out.append(f'<amp-youtube data-videoid="{vid}" layout="responsive" width="480" height="270"></amp-youtube>')
    imgs = [b for b in blocks if b.kind == "img"]
    if a.opts.get("carousel"):
        out.append('<amp-carousel type="slides" layout="responsive" width="800" height="600" controls>'
                   + "".join(f'<figure class="slide">{amp_img(b.src, b.text)}<figcaption>{inline_html(b.text)}'
                             f'</figcaption></figure>' for b in imgs) + "</amp-carousel>")
    for b in blocks:
        if b is right_last:
            tag = "em" if b.text.startswith("Nguồn") else "strong"
            out.append(f'<p class="text-right"><{tag}>{inline_html(b.text)}</{tag}></p>')
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img" and not a.opts.get("carousel"):
            out.append(f'<figure class="post-image">{amp_img(b.src, b.text)}<figcaption>{inline_html(b.text)}</figcaption></figure>')
    if a.byline:
        out.append(f'<p class="author">{esc(a.byline)}</p>')
    return "\n".join(out)


def views(a: Article) -> str:
    n = (a.opts["uid"] * 37) % 2100 + 150
    return f"{n:,}".replace(",", ".")


def jsonld(a: Article, base_path: str) -> str:
    pub = (a.date - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ") if a.opts.get("utc") else \
        a.date.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    mod = a.opts.get("modified", a.date).strftime("%Y-%m-%dT%H:%M:%S+07:00")
    author = ({"@type": "Person", "name": a.opts["jsonld_author"]} if a.opts.get("jsonld_author")
              else {"@type": "Organization", "name": SHORT})
    pic = a.first_image()
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": "{{base}}" + base_path},
            "headline": a.title, "datePublished": pub, "dateModified": mod, "author": author,
            "publisher": {"@type": "Organization", "name": SHORT,
                          "logo": {"@type": "ImageObject", "url": "{{base}}/assets/logo-lmhtx-baclieu.png"}}}
    if pic:
        data["image"] = ["{{base}}" + img(pic)]
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def analytics(page_type: str) -> str:
    cfg = {"vars": {"gtag_id": "G-BL7Q2X4M9C", "config": {"G-BL7Q2X4M9C": {"groups": "default"}}},
           "triggers": {"trackPageview": {"on": "visible", "request": "pageview",
                                          "vars": {"pageType": page_type, "siteName": SHORT}}}}
    return ('<amp-analytics type="gtag" data-credentials="include"><script type="application/json">'
            + json.dumps(cfg, ensure_ascii=False) + "</script></amp-analytics>")


def detail(a: Article) -> str:
    cat = a.opts["cat"]
    meta = f'<span class="post-date">{stamp(a.date)}</span>'
    if au := a.opts.get("meta_author"):
        meta += f' <span class="post-author">Tác giả: {esc(au)}</span>'
    meta += f' <span class="post-views">{UI[4]} {views(a)}</span>'
    lead = f'<p class="sapo">{inline_html(a.lead)}</p>' if a.lead else ""
    files = ""
    if a.attachments:
        f = a.attachments[0]
        files = (f'<div class="attachments"><a href="{f["path"]}" class="btn-download">{UI[3]}</a> '
                 f'<span class="file-name">{esc(f["text"])}</span></div>')
    topics = " ".join(f'<a href="/chu-de/{t}" class="topic">#{TOPICS[t]}</a>' for t in a.opts["topics"])
    share = "".join(f'<amp-social-share type="{t}" width="32" height="32"'
                    + (' data-param-app_id="254325784911610"' if t == "facebook" else "") + "></amp-social-share>"
                    for t in ("facebook", "twitter", "email"))
    return (f'<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/{cat}">{CATS[cat]}</a></nav>'
            f'<article class="post"><h1 class="post-title">{esc(a.title)}</h1><div class="post-meta">{meta}</div>'
            f'{lead}<div class="post-body">\n{render_body(a)}\n</div>{files}'
            f'<div class="post-topics">{topics}</div><div class="post-share"><span>{UI[2]}</span>{share}</div></article>'
            f'<section class="related"><h3>{UI[0]}</h3>'
            f'<amp-list src="/api/related.json?id={a.opts["uid"]}" width="auto" height="240" layout="fixed-height" items="items">'
            '<template type="amp-mustache"><div class="rel-item"><a href="&#123;&#123;url&#125;&#125;">&#123;&#123;title&#125;&#125;</a> '
            '<span class="rel-date">&#123;&#123;date&#125;&#125;</span></div></template>'
            f'<div fallback>{UI[1]}</div></amp-list></section>')


def card(a: Article) -> str:
    pic = a.first_image()
    thumb = f'<a href="{a.path}" class="thumb">{amp_img(pic, a.title, 320, 213)}</a>' if pic else ""
    return (f'<div class="card">{thumb}<h3 class="card-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<span class="card-date">{stamp(a.date)}</span><p class="card-sapo">{esc(a.summary())}</p></div>')


CSS = ("body{font-family:Roboto,Arial,sans-serif;margin:0}.post-title{font-size:26px}.post-meta{color:#888}"
       ".sapo{font-weight:700}.text-right{text-align:right}.author{text-align:right;font-weight:700}")
BOILER_CSS = ("body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s "
              "1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}")


def layout(path: str, title: str, main: str, newest: list[Article], head_extra: str = "", page_type: str = "page") -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), *((f"/chuyen-muc/{c}", n) for c, n in CATS.items()),
                    (CONTACT, "Liên hệ")])
    new = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in newest[:5])
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
                  for a in sorted(newest, key=lambda x: -int(views(x).replace(".", "")))[:4])
    poll = "".join(f'<label><input type="radio" name="answer" value="{i}"> {esc(o)}</label>' for i, o in enumerate(POLL_A, 1))
    return f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="{{{{base:offsite}}}}/amp/v0.js"></script>
<script async custom-element="amp-carousel" src="{{{{base:offsite}}}}/amp/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-sidebar" src="{{{{base:offsite}}}}/amp/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-list" src="{{{{base:offsite}}}}/amp/v0/amp-list-0.1.js"></script>
<script async custom-template="amp-mustache" src="{{{{base:offsite}}}}/amp/v0/amp-mustache-0.2.js"></script>
<script async custom-element="amp-analytics" src="{{{{base:offsite}}}}/amp/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="{{{{base:offsite}}}}/amp/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-youtube" src="{{{{base:offsite}}}}/amp/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-form" src="{{{{base:offsite}}}}/amp/v0/amp-form-0.1.js"></script>
<title>{esc(title)} - {SHORT}</title>
<link rel="canonical" href="{{{{base}}}}{attr(path)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{head_extra}
<style amp-boilerplate>{BOILER_CSS}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{CSS}</style>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="left"><button on="tap:menu.close" class="close">{UI[6]}</button><nav><ul class="side-menu">{menu}</ul></nav></amp-sidebar>
<div class="topbar"><span class="today">{TODAY}</span> <span class="slogan">{esc(SLOGANS[0])}</span></div>
<header class="header"><button on="tap:menu.toggle" class="hamburger" aria-label="Menu">☰</button>
<a href="/" class="logo"><amp-img src="/assets/logo-lmhtx-baclieu.png" width="240" height="60" alt="{SHORT}"><noscript><img src="/assets/logo-lmhtx-baclieu.png" width="240" height="60" alt="{SHORT}"></noscript></amp-img></a>
<div class="site-name">{NAME.upper()}</div><p class="slogan2">{esc(SLOGANS[1])}</p>
<form method="get" action="/tim-kiem" target="_top" class="search"><input type="search" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></header>
<main class="container">
{main}
</main>
<aside class="sidebar">
<div class="widget"><h3>{SIDE[0]}</h3><ul>{new}</ul><a href="/chuyen-muc/tin-tuc">{UI[7]}</a></div>
<div class="widget"><h3>{SIDE[1]}</h3><ol>{hot}</ol></div>
<div class="widget"><h3>{SIDE[6]}</h3><p>34°C</p><p>{SIDE[7]}</p><p>{SIDE[8]}</p></div>
<div class="widget"><h3>Thăm dò ý kiến</h3><form method="post" action-xhr="/api/poll" target="_top"><p>{esc(POLL_Q)}</p>{poll}<button type="submit">{UI[5]}</button></form></div>
<div class="widget"><h3>{SIDE[2]}</h3><p>{SIDE[3]}</p><p>{SIDE[4]}</p><p>{SIDE[5]}</p></div>
<div class="widget"><h3>Liên kết</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
</aside>
<footer class="footer"><p class="footer-title">{FOOTER[0]}</p>{"".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])}</footer>
{analytics(page_type)}
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-lieu", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, layout(a.path, a.title, detail(a), arts, jsonld(a, a.path), "article"), content_type=HTML)
        site.add_article(a)
    site.static("/api/related.json", json.dumps({"items": [
        {"title": o.title, "url": o.path, "date": stamp(o.date)} for o in arts[:4]]}, ensure_ascii=False))
    site.binary(PDF_PATH, pdf("Quyết định số 09/QĐ-LMHTX", ["QUYET DINH THANH LAP TO TU VAN HO TRO HTX 2024",
                                                           "Lien minh HTX tinh Bac Lieu"]))
    for cat in sorted({a.opts["cat"] for a in arts}):
        site.broken(f"/{cat}/{{{{url}}}}")
    site.trap("'Tin liên quan' is an <amp-list src=/api/related.json?id=N> whose <template type=amp-mustache> holds "
              "'{{title}}', '{{date}}' and href='{{url}}' (a template: not text, not a link; the literal address "
              "answers 404), with a fallback div; <amp-analytics> JSON config, <amp-sidebar> menu before the header, "
              "<amp-social-share> buttons", arts[0].path)

    # listings /chuyen-muc/<cat>, /chuyen-muc/tin-tuc/trang-2
    for cat, name in CATS.items():
        items = [a for a in arts if a.opts["cat"] == cat] if cat != "tin-tuc" else arts
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            url = f"/chuyen-muc/{cat}" if n == 1 else f"/chuyen-muc/{cat}/trang-{n}"
            pager = ""
            if len(pages) > 1:
                pager = '<div class="pagination">' + "".join(
                    f'<span class="current">{k}</span>' if k == n else
                    f'<a href="{f"/chuyen-muc/{cat}" if k == 1 else f"/chuyen-muc/{cat}/trang-{k}"}">{k}</a>'
                    for k in range(1, len(pages) + 1)) + "</div>"
            main = f'<h1 class="cat-title">{name}</h1><div class="cards">' + "".join(card(a) for a in chunk) + f"</div>{pager}"
            site.page(url, layout(url, name, main, arts), content_type=HTML)
            site.non_articles.append(url)
    site.trap("listing /chuyen-muc/tin-tuc and /chuyen-muc/tin-tuc/trang-2 (cards: amp-img, title, '14/03/2024 - 08:30', "
              "sapo); page 2 holds the oldest posts; category pages /chuyen-muc/<x>", "/chuyen-muc/tin-tuc/trang-2")
    for t, name in TOPICS.items():
        url = f"/chu-de/{t}"
        main = f'<h1 class="cat-title">Chủ đề: {name}</h1><div class="cards">' + "".join(
            card(a) for a in arts if t in a.opts["topics"]) + "</div>"
        site.page(url, layout(url, name, main, arts), content_type=HTML)
        site.non_articles.append(url)

    top = arts[0]
    home = (f'<section class="featured">{card(top)}</section><section class="home-news"><h2>Tin tức - Sự kiện</h2>'
            '<div class="cards">' + "".join(card(a) for a in arts[1:6]) + "</div></section>")
    site.page("/", layout("/", "Trang chủ", home, arts, page_type="home"), content_type=HTML)
    about = [
        "Liên minh Hợp tác xã tỉnh Bạc Liêu được thành lập năm 1997, khi tái lập tỉnh Bạc Liêu, là tổ chức đại diện "
        "cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập hợp tác xã; đào tạo "
        "cán bộ; hỗ trợ xúc tiến thương mại và tiếp cận vốn cho các hợp tác xã nông nghiệp, thủy sản, diêm nghiệp.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra - Chính sách, Ban Tuyên truyền - Hỗ trợ phát triển và Quỹ hỗ trợ "
        "phát triển hợp tác xã."]
    site.page(ABOUT, layout(ABOUT, "Giới thiệu", '<article class="post page"><h1 class="post-title">Giới thiệu chung</h1>'
                            f'<div class="post-body">{amp_img("tru-so.png", "Trụ sở Liên minh HTX tỉnh")}'
                            + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></article>", arts), content_type=HTML)
    site.page(CONTACT, layout(CONTACT, "Liên hệ", '<h1 class="post-title">Liên hệ</h1><form method="post" '
                              'action-xhr="/api/lien-he" target="_top"><input name="name" placeholder="Họ tên">'
                              '<input name="email" type="email" placeholder="Email"><textarea name="message"></textarea>'
                              '<button type="submit">Gửi</button><div submit-success><template type="amp-mustache">'
                              'Cảm ơn &#123;&#123;name&#125;&#125;, chúng tôi đã nhận được liên hệ.</template></div></form>', arts),
              content_type=HTML)
    found = [a for a in arts if "ocop" in a.opts["topics"] or "OCOP" in a.body]
    site.page(SEARCH, layout(SEARCH, "Tìm kiếm", '<h1 class="cat-title">Kết quả tìm kiếm: ocop</h1><div class="cards">'
                             + "".join(card(a) for a in found) + "</div>", arts), content_type=HTML)
    site.non_articles += ["/", ABOUT, CONTACT, SEARCH]
    site.trap("topic pages /chu-de/<x>, introduction /gioi-thieu.html (the post template: h1, amp-img, three "
              "paragraphs, no date), contact (amp-form), search /tim-kiem?q=ocop: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\n")
    return site
