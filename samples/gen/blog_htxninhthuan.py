"""Site `blog-htxninhthuan` (registry family `generic`): the blog of the Ninh Thuận cooperatives (since 2025 part
of Khánh Hòa province) on **Tumblr** with a custom theme; written as a held-out test: no family module, no selectors.

Why it is hard: a post is `/post/<19-digit id>/<slug>` (rel=canonical) and `/post/<id>` (every listing's date link
and the notes link): one article each. The index `/`, `/page/2`, `/page/3`, `/tagged/<tag>` and `/day/2026/03/12` show
posts IN FULL in the same `<article class="post">` markup as the permalink; the index prints only the theme's
relative time ("8 tháng trước"), the permalink `<time datetime="2026-03-12">12 tháng 3, 2026</time>`. Post types:
text posts (an `<h2 class="title">` and the body), photo and photoset posts (the caption's bold first line is the
title, the photos' captions and the caption's paragraphs the text), a quote post and a link post (to an article
elsewhere: the offsite sample): neither is an article of this portal. A reblogged post shows the reblog trail
("htxphanrang:" header) before the original's text. Tumblr's furniture: the controls iframe, "Đăng ký" buttons, the
notes count "12 ghi chú" and the notes list ("… đã thích bài này"), reblog/like buttons, the theme's description
sidebar, og:type `tumblr-feed:entry`, no date metadata. `/archive` (month grid), `/image/<id>` photo pages, custom
pages (`/gioi-thieu`), `/ask` and the search are no articles; robots.txt disallows `/random`.
"""

from __future__ import annotations

from datetime import datetime

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, iso

SITE = "blog-htxninhthuan"
BLOG = "htxninhthuan"
TITLE = "HTX Ninh Thuận"
HTML = "text/html; charset=utf-8"
DESC = ("Nơi chia sẻ tin tức, hình ảnh về các hợp tác xã vùng đất nắng gió Ninh Thuận (nay thuộc tỉnh Khánh Hòa). "
        "Blog do Ban liên lạc các HTX Ninh Thuận thực hiện.")
FURNITURE = ["Lưu trữ", "Hỏi đáp", "Giới thiệu", "Ngẫu nhiên", "Bài mới hơn", "Bài cũ hơn", "Reblog", "Thích",
             "Tumblr", DESC, "Ghi chú", "Chủ đề bởi Nắng Gió"]
NOW = datetime(2026, 11, 23)


def months_ago(d: datetime) -> str:
    m = (NOW.year - d.year) * 12 + NOW.month - d.month
    return f"{m} tháng trước" if m < 12 else f"{m // 12} năm trước"


def vi_date(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def articles() -> list[Article]:
    A = Article

    def day(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="HTX Muối Tri Hải vào vụ muối chính",
          body="""
Những ngày này, hơn 120 thành viên HTX Muối Tri Hải (xã Tri Hải) tập trung thu hoạch muối vụ chính.
Năm nay HTX áp dụng kỹ thuật trải bạt trên ô kết tinh, giúp hạt muối trắng, sạch và tăng giá bán thêm 20%.
HTX đã ký hợp đồng tiêu thụ 3.000 tấn muối với một doanh nghiệp chế biến ở Nha Trang.
""", byline="Bảo Ngọc", author="Bảo Ngọc",
          opts={"id": 748102937465019904, "slug": "htx-muoi-tri-hai-vao-vu-muoi-chinh", "kind": "text",
                "tags": ["muối", "tri hải"], "notes": 12},
          notes=["text post of 12/03/2026: the permalink's <time datetime='2026-03-12'>12 tháng 3, 2026</time> (no "
                 "time: midnight), the same day in /day/2026/03/12; the index prints only '8 tháng trước'; '12 ghi "
                 "chú' and the notes list below (no text)"], **day(datetime(2026, 3, 12))),
        A(path="", title="Kế hoạch số 12/KH-BLL tổ chức Ngày hội HTX Ninh Thuận năm 2026",
          body="""
BAN LIÊN LẠC CÁC HTX NINH THUẬN
Số: 12/KH-BLL
Phan Rang - Tháp Chàm, ngày 25 tháng 2 năm 2026
KẾ HOẠCH
Tổ chức Ngày hội HTX Ninh Thuận năm 2026
Ngày hội diễn ra ngày 28/3/2026 tại Quảng trường 16 tháng 4, với 60 gian hàng sản phẩm của các HTX.
Toàn văn kế hoạch đăng tại [[Cổng thông tin Liên minh HTX tỉnh|{{base:offsite}}/lmhtx-khanhhoa/ke-hoach-12-kh-bll.pdf]].
TRƯỞNG BAN
Lê Văn Phước
""", author=None, doc_number="12/KH-BLL",
          opts={"id": 747811520938041344, "slug": "ke-hoach-so-12-kh-bll-to-chuc-ngay-hoi-htx-ninh-thuan-nam-2026",
                "kind": "text", "tags": ["văn bản", "ngày hội htx"], "notes": 3},
          notes=["plan 'Số: 12/KH-BLL' dated 25/02 in the text, posted 03/03/2026; the full text is a PDF on another "
                 "site (the offsite sample): a link in a sentence of the text, no attachment of this site; signer last, "
                 "author null"], **day(datetime(2026, 3, 3))),
        A(path="", title="Mùa nho chín ở HTX Nho Thái An",
          body="""
[img nho-thai-an-1.png] Thành viên HTX Nho Thái An thu hoạch nho đỏ
[img nho-thai-an-2.png] Du khách trải nghiệm hái nho tại vườn
[img nho-thai-an-3.png] Nho được đóng hộp, dán tem truy xuất nguồn gốc
Vườn nho của HTX Nho Thái An bước vào vụ thu hoạch, mỗi ngày đón hàng trăm lượt khách tham quan.
""", byline="Ảnh: Văn Miên", author="Văn Miên",
          opts={"id": 746990215533568000, "slug": "mua-nho-chin-o-htx-nho-thai-an", "kind": "photoset",
                "tags": ["nho", "du lịch"], "notes": 27},
          notes=["photoset post: three photos with figcaptions (the first lines of the text); the post caption's bold first "
                 "line is the title (no <h2>), then a paragraph; 'Ảnh: Văn Miên' last -> author"], **day(datetime(2026, 2, 18))),
        A(path="", title="HTX Tỏi Phước Dinh ra mắt sản phẩm tỏi đen",
          body="""
[img toi-den.png] Sản phẩm tỏi đen của HTX Tỏi Phước Dinh
HTX Tỏi Phước Dinh vừa ra mắt sản phẩm tỏi đen lên men, nâng giá trị củ tỏi Ninh Thuận lên gấp năm lần.
Sản phẩm đang được hoàn thiện hồ sơ tham gia Chương trình OCOP năm 2026.
""", byline="Bảo Ngọc", author="Bảo Ngọc",
          opts={"id": 746512044125814784, "slug": "htx-toi-phuoc-dinh-ra-mat-san-pham-toi-den", "kind": "photo",
                "tags": ["ocop", "tỏi"], "notes": 8},
          notes=["photo post: one photo (linked to /image/<id>) with its caption line, then the post caption: bold "
                 "first line = title, two paragraphs, the byline"], **day(datetime(2026, 2, 3))),
        A(path="", title="Trò chuyện với Giám đốc HTX Nông nghiệp Nhơn Hải",
          lead="Chúng tôi trò chuyện với bà Trần Thị Hồng, Giám đốc HTX Nông nghiệp Nhơn Hải, về hướng đi mới của HTX.",
          body="""
**Hỏi: Thưa bà, HTX đã thay đổi những gì trong năm 2025?**
Bà Trần Thị Hồng: HTX chuyển 30 ha đất cát sang trồng măng tây xanh theo tiêu chuẩn VietGAP.
**Hỏi: Thu nhập của thành viên ra sao?**
Bà Trần Thị Hồng: Mỗi héc-ta măng tây cho lãi khoảng 250 triệu đồng một năm, gấp ba lần trồng hành tỏi trước đây.
""", byline="Minh Châu (thực hiện)", author="Minh Châu",
          opts={"id": 745933087621087232, "slug": "tro-chuyen-voi-giam-doc-htx-nong-nghiep-nhon-hai", "kind": "text",
                "tags": ["phỏng vấn"], "notes": 5},
          notes=["interview text post: bold 'Hỏi: …' questions, 'Bà Trần Thị Hồng: …' answers; 'Minh Châu (thực hiện)' "
                 "-> author Minh Châu"], **day(datetime(2026, 1, 20))),
        A(path="", title="Năm việc các HTX cần làm trước ngày 31/3/2026",
          lead="Ban liên lạc các HTX nhắc các HTX hoàn thành năm việc sau trước ngày 31/3/2026.",
          body="""
* Nộp báo cáo tài chính năm 2025;
* Tổ chức đại hội thành viên thường niên;
* Cập nhật danh sách thành viên;
* Đăng ký nhu cầu tập huấn năm 2026;
* Đăng ký sản phẩm tham gia Chương trình OCOP.
""", author=None,
          opts={"id": 745211873390706688, "slug": "nam-viec-cac-htx-can-lam-truoc-ngay-31-3-2026", "kind": "text",
                "tags": ["thông báo"], "notes": 2},
          notes=["a five-item list; no byline: author null; the title names 31/3/2026, the post is of 08/01/2026"],
          **day(datetime(2026, 1, 8))),
        A(path="", title="HTX Thủy sản Mỹ Tân nuôi tôm công nghệ cao",
          body="""
HTX Thủy sản Mỹ Tân có 18 ha ao nuôi tôm thẻ chân trắng trong nhà màng, năng suất đạt 40 tấn/ha/vụ.
Nhờ kiểm soát tốt môi trường nước, HTX giảm 30% chi phí thuốc và thức ăn.
""", byline="Nguồn: Báo Khánh Hòa", author=None,
          opts={"id": 744870115602612224, "slug": "htx-thuy-san-my-tan-nuoi-tom-cong-nghe-cao", "kind": "text",
                "reblog": "htxphanrang", "tags": ["thủy sản"], "notes": 19},
          notes=["reblogged post: the reblog trail header 'htxphanrang:' (avatar, blog name) stands before the "
                 "original's text; 'Nguồn: Báo Khánh Hòa' is no author"], **day(datetime(2025, 12, 29))),
        A(path="", title="HTX Dịch vụ nông nghiệp Phước Thuận tổng kết năm 2025",
          body="""
Năm 2025, HTX Dịch vụ nông nghiệp Phước Thuận đạt doanh thu 5,2 tỷ đồng, lãi 640 triệu đồng.
HTX chia lãi cho thành viên theo mức độ sử dụng dịch vụ, bình quân 1,8 triệu đồng mỗi hộ.
""", byline="Văn Miên", author="Văn Miên",
          opts={"id": 744102298354352128, "slug": "htx-dich-vu-nong-nghiep-phuoc-thuan-tong-ket-nam-2025",
                "kind": "text", "tags": ["tổng kết"], "notes": 4},
          notes=["2025 post on the index's page 3 (/page/3)"], **day(datetime(2025, 12, 12))),
    ]


def permalink(a: Article) -> str:
    return f"/post/{a.opts['id']}/{a.opts['slug']}"


def short(a: Article) -> str:
    return f"/post/{a.opts['id']}"


def tag_url(t: str) -> str:
    from urllib.parse import quote
    return "/tagged/" + quote(t.replace(" ", "-"))


def media(name: str) -> str:
    return f"/media/tumblr_{name[:-4].replace('-', '')}_1280.png"


def body_html(a: Article) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
    if a.byline:
        out.append(f"<p><i>{esc(a.byline)}</i></p>")
    return "".join(out)


def post_html(a: Article, perma: bool) -> str:
    o = a.opts
    kind = o["kind"]
    lead = f"<p>{inline_html(a.lead)}</p>" if a.lead else ""
    if kind == "text":
        inner = f'<h2 class="title"><a href="{permalink(a)}">{esc(a.title)}</a></h2>'
        content = lead + body_html(a)
        if o.get("reblog"):
            content = (f'<div class="reblog-trail"><div class="reblog-header"><img class="reblog-avatar" src="/media/avatar_'
                       f'{o["reblog"]}_64.png" alt=""><a class="reblog-name" href="{{{{base:offsite}}}}/{o["reblog"]}/post/'
                       f'{o["id"] - 5}">{o["reblog"]}</a>:</div><div class="reblog-content">{content}</div></div>')
        inner += f'<div class="body">{content}</div>'
    else:
        photos = [b for b in a.blocks if b.kind == "img"]
        figs = "".join(
            f'<figure class="photo-wrap"><a href="/image/{o["id"] + i}"><img src="{media(b.src)}" alt="{attr(b.text)}" '
            f'width="540"></a><figcaption class="photo-caption">{esc(b.text)}</figcaption></figure>'
            for i, b in enumerate(photos))
        rest = "".join(f"<p>{inline_html(b.text)}</p>" for b in a.blocks if b.kind == "p")
        by = f"<p><i>{esc(a.byline)}</i></p>" if a.byline else ""
        layout = f' data-layout="{"111" if len(photos) == 3 else "1"}"'
        inner = (f'<div class="photoset"{layout}>{figs}</div><div class="caption"><p><b>{esc(a.title)}</b></p>{rest}'
                 f"{by}</div>")
    tags = "".join(f'<a class="tag" href="{tag_url(t)}">#{esc(t)}</a> ' for t in o.get("tags", []))
    when = (f'<time datetime="{a.date:%Y-%m-%d}">{vi_date(a.date)}</time>' if perma
            else f'<a href="{short(a)}" class="date">{months_ago(a.date)}</a>')
    notes = f'<a href="{short(a)}#notes" class="notes-count">{o["notes"]} ghi chú</a>'
    controls = (f'<a href="{{{{base:offsite}}}}/reblog/{o["id"]}/Xk2pQ" class="reblog-button">Reblog</a> '
                f'<a href="javascript:void(0)" class="like-button">Thích</a>')
    notes_list = ""
    if perma:
        items = "".join(f'<li class="note {k}"><a href="{{{{base:offsite}}}}/{who}" class="avatar_frame"><img src="/media/avatar_'
                        f'{who}_16.png" alt=""></a> <span class="action"><a href="{{{{base:offsite}}}}/{who}">{who}</a> '
                        f'{"đã thích bài này" if k == "like" else f"đã reblog bài này từ {BLOG}"}</span></li>'
                        for who, k in [("htxphanrang", "reblog"), ("nongsanninhthuan", "like"), ("dulichninhchu", "like")])
        notes_list = f'<section id="notes"><h3>Ghi chú</h3><ol class="notes">{items}</ol></section>'
    return (f'<article class="post type-{kind}" id="post-{o["id"]}">{inner}<footer class="post-meta">{when} · {notes}'
            f' · {controls}<div class="tags">{tags}</div></footer>{notes_list}</article>')


def layout(title: str, main: str, *, head: str = "", pager: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(DESC)}">
<link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/rss">
<link rel="shortcut icon" href="/media/avatar_{BLOG}_128.png">
<link rel="stylesheet" href="/static/theme-nang-gio.css">
{head}
</head>
<body>
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-loggedout-controls" src="{{{{base:offsite}}}}/dashboard/iframe?tumblelogName={BLOG}" width="1" height="1" frameborder="0" title="Tumblr"></iframe>
<div class="wrapper"><aside class="sidebar"><a href="/" class="avatar"><img src="/media/avatar_{BLOG}_128.png" alt="{TITLE}"></a>
<h1 class="blog-title"><a href="/">{TITLE}</a></h1><div class="description">{esc(DESC)}</div>
<a class="follow-button" href="{{{{base:offsite}}}}/follow/{BLOG}">Đăng ký</a>
<nav class="links"><a href="/archive">Lưu trữ</a> <a href="/ask">Hỏi đáp</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/random">Ngẫu nhiên</a></nav>
<form class="search" action="/search" method="get"><input type="text" name="q" placeholder="Tìm kiếm"></form></aside>
<main class="posts">{main}{pager}</main></div>
<footer class="theme-credit"><a href="{{{{base:offsite}}}}/theme/nang-gio">Chủ đề bởi Nắng Gió</a> · <a href="{{{{base:offsite}}}}/">Tumblr</a> <a class="follow-button" href="{{{{base:offsite}}}}/follow/{BLOG}">Đăng ký</a></footer>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "khanh-hoa", "Blog các HTX Ninh Thuận (Tumblr)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    site.extra_boilerplate += [*FURNITURE, "đã thích bài này", "đã reblog bài này từ", "htxphanrang:", "nongsanninhthuan"]

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    quote_post = dict(id=747420881112670208, slug="hop-tac-xa-la-cua-chung-ta", date=datetime(2026, 2, 26))
    link_post = dict(id=746301774498332672, slug="luat-hop-tac-xa-nam-2023-nhung-diem-moi", date=datetime(2026, 1, 28))

    def quote_html(perma: bool) -> str:
        q = quote_post
        when = (f'<time datetime="{q["date"]:%Y-%m-%d}">{vi_date(q["date"])}</time>' if perma
                else f'<a href="/post/{q["id"]}" class="date">{months_ago(q["date"])}</a>')
        return (f'<article class="post type-quote" id="post-{q["id"]}"><blockquote class="quote-text"><p>“HTX phải là ngôi nhà '
                f'chung của thành viên, nơi mọi người cùng làm, cùng hưởng.”</p></blockquote><p class="quote-source">— Ông Lê '
                f'Văn Phước, Trưởng Ban liên lạc các HTX Ninh Thuận</p><footer class="post-meta">{when} · <a href="/post/'
                f'{q["id"]}#notes" class="notes-count">6 ghi chú</a></footer></article>')

    def link_html(perma: bool) -> str:
        q = link_post
        when = (f'<time datetime="{q["date"]:%Y-%m-%d}">{vi_date(q["date"])}</time>' if perma
                else f'<a href="/post/{q["id"]}" class="date">{months_ago(q["date"])}</a>')
        return (f'<article class="post type-link" id="post-{q["id"]}"><h2 class="title"><a class="link-title" '
                f'href="{{{{base:offsite}}}}/tin-tuc/luat-htx-2023-nhung-diem-moi.html" target="_blank">Luật Hợp tác xã năm 2023: '
                f'những điểm mới các HTX cần biết →</a></h2><div class="link-host">vca.org.vn</div><div class="link-description">'
                f'<p>Bài viết hữu ích của Liên minh HTX Việt Nam, các HTX nên đọc kỹ.</p></div><footer class="post-meta">{when} · '
                f'<a href="/post/{q["id"]}#notes" class="notes-count">9 ghi chú</a></footer></article>')

    stream = [(p.date, lambda perma, p=p: post_html(p, perma)) for p in posts]
    stream += [(quote_post["date"], quote_html), (link_post["date"], link_html)]
    stream.sort(key=lambda x: x[0], reverse=True)

    for a in posts:
        a.path = permalink(a)
        og = (f'<link rel="canonical" href="{{{{base}}}}{a.path}">\n<meta property="og:type" content="tumblr-feed:entry">\n'
              f'<meta property="og:url" content="{{{{base}}}}{a.path}">\n<meta property="og:title" content="{attr(a.title)}">\n'
              f'<meta property="og:site_name" content="{TITLE}">\n<meta name="twitter:card" content="summary">')
        i = next(k for k, (_, f) in enumerate(stream) if getattr(f, "__defaults__", None) and f.__defaults__[0] is a)
        nav = ('<nav class="permalink-pagination">'
               + (f'<a href="/post/{_id(stream[i - 1])}" class="prev">Bài mới hơn</a> ' if i > 0 else "")
               + (f'<a href="/post/{_id(stream[i + 1])}" class="next">Bài cũ hơn</a>' if i + 1 < len(stream) else "")
               + "</nav>")
        page(a.path, layout(f"{TITLE} — {a.title}", post_html(a, True), head=og, pager=nav))
        site.same_page(short(a), a.path)
        a.aliases = [short(a)]
        for k, b in enumerate(x for x in a.blocks if x.kind == "img"):
            site.binary(media(b.src), image_for(b.src))
            img_page = f"/image/{a.opts['id'] + k}"
            page(img_page, f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
                           f'<a href="{a.path}"><img src="{media(b.src)}" alt=""></a></body></html>')
            site.non_articles.append(img_page)
        site.add_article(a)

    for q, fn, title in [(quote_post, quote_html, "HTX là của chúng ta"), (link_post, link_html, "Luật Hợp tác xã năm 2023")]:
        path = f"/post/{q['id']}/{q['slug']}"
        page(path, layout(f"{TITLE} — {title}", fn(True), head=f'<link rel="canonical" href="{{{{base}}}}{path}">'))
        site.same_page(f"/post/{q['id']}", path)
        site.non_articles += [path, f"/post/{q['id']}"]
    site.trap("quote post (a one-sentence quote and its source) and link post (a link to an article on vca.org.vn, the "
              "offsite sample, with one line of comment): not articles of this portal", f"/post/{link_post['id']}/{link_post['slug']}")

    # index pages: full posts, relative times
    per = 4
    chunks = [stream[i:i + per] for i in range(0, len(stream), per)]
    urls = ["/"] + [f"/page/{n}" for n in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        pager = ('<nav class="pagination">' + (f'<a href="{urls[n - 1]}" class="prev">Bài mới hơn</a> ' if n else "")
                 + f'<span class="page-number">Trang {n + 1} / {len(chunks)}</span>'
                 + (f' <a href="{urls[n + 1]}" class="next">Bài cũ hơn</a>' if n + 1 < len(chunks) else "") + "</nav>")
        page(urls[n], layout(TITLE if not n else f"{TITLE} — Trang {n + 1}", "".join(f(False) for _, f in chunk), pager=pager))
        site.non_articles.append(urls[n])
    site.same_page("/page/1", "/")
    site.trap("index / and /page/2, /page/3: every post IN FULL in the permalink's markup, dated only by the theme's "
              "relative time ('8 tháng trước', linking /post/<id>); page 3 holds the oldest", "/page/3")

    tags = sorted({t for p in posts for t in p.opts["tags"]})
    for t in tags:
        hits = [p for p in posts if t in p.opts["tags"]]
        page(tag_url(t), layout(f"{TITLE} — #{t}", f'<h2 class="tag-title">#{esc(t)}</h2>' + "".join(post_html(p, False) for p in hits)))
        site.non_articles.append(tag_url(t))
    days = sorted({p.date for p in posts})
    for d in days:
        hits = [p for p in posts if p.date == d]
        page(f"/day/{d:%Y/%m/%d}", layout(f"{TITLE} — {vi_date(d)}", "".join(post_html(p, True) for p in hits)))
    site.non_articles.append("/day/2026/03/12")
    site.trap("day page /day/2026/03/12 (the posts of that day in full, with their <time>): a listing", "/day/2026/03/12")
    months: dict[tuple[int, int], list] = {}
    for d, f in stream:
        months.setdefault((d.year, d.month), []).append((d, f))
    arch = ""
    for (y, m), items in months.items():
        cells = ""
        for d, f in items:
            p = getattr(f, "__defaults__", None)
            if p:
                a = p[0]
                pic = a.first_image()
                cells += (f'<div class="post_micro"><a href="{a.path}" class="hover"><span class="post_date">{d.day} thg {d.month}'
                          f'</span>' + (f'<img src="{media(pic)}" alt="">' if pic else f'<span class="post_title">{esc(a.title)}</span>')
                          + "</a></div>")
        arch += f'<section class="archive-month"><h2 class="date_brick">Tháng {m} {y}</h2>{cells}</section>'
    page("/archive", f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} — Lưu trữ</title></head><body>'
                     f'<header class="archive-header"><a href="/">{TITLE}</a> <a href="{{{{base:offsite}}}}/follow/{BLOG}">'
                     f'Đăng ký</a></header><div id="browse_months">{arch}</div></body></html>')
    site.non_articles.append("/archive")
    page("/gioi-thieu", layout(f"{TITLE} — Giới thiệu", '<article class="page"><h2 class="title">Giới thiệu</h2><div class="body">'
                               '<p>Blog được lập năm 2019 để các HTX ở Ninh Thuận chia sẻ kinh nghiệm và giới thiệu sản phẩm.</p>'
                               '<p>Mọi ý kiến xin gửi qua mục Hỏi đáp.</p><p>Bài nổi bật: <a href="/post/743377001288310784/htx-nuoc-mam-'
                               'ca-na-dat-ocop-3-sao">HTX nước mắm Cà Ná đạt OCOP 3 sao</a></p></div></article>'))
    page("/ask", layout(f"{TITLE} — Hỏi đáp", '<div class="ask"><h2>Hỏi đáp</h2><iframe src="{{base:offsite}}/ask_form/'
                        f'{BLOG}" width="100%" height="200" title="Hỏi đáp"></iframe></div>'))
    hits = [p for p in posts if "OCOP" in p.title + p.body + (p.lead or "")]
    page("/search/ocop", layout(f"{TITLE} — Tìm: ocop", '<h2 class="search-title">Kết quả cho "ocop"</h2>'
                                + "".join(post_html(p, False) for p in hits)))
    site.same_page("/search", "/search/ocop")
    site.non_articles += ["/gioi-thieu", "/ask", "/search/ocop"]
    page("/random", layout(TITLE, "<p>…</p>"))
    site.never_fetched.append("/random")
    rss = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
                  f"<pubDate>{a.date:%a, %d %b %Y} 00:00:00 +0700</pubDate></item>" for a in posts)
    site.page("/rss", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{TITLE}</title>'
                      f"<link>{{{{base}}}}/</link><description>{esc(DESC)}</description>{rss}</channel></rss>",
              content_type="application/rss+xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /random\nDisallow: /private\nDisallow: /submit\n"
                "Disallow: /embed\nDisallow: /likes\n")
    site.binary(f"/media/avatar_{BLOG}_128.png", image_for("avatar"))
    for who in ("htxphanrang", "nongsanninhthuan", "dulichninhchu"):
        site.binary(f"/media/avatar_{who}_16.png", image_for(who))
    site.binary("/media/avatar_htxphanrang_64.png", image_for("htxphanrang64"))
    site.error("/post/743377001288310784/htx-nuoc-mam-ca-na-dat-ocop-3-sao", 404)
    site.trap("every post also answers at /post/<id> (date and notes links, 'Bài mới hơn'/'Bài cũ hơn'): an alias; the "
              "post pages carry og:type tumblr-feed:entry and no date metadata; /archive (month grid), /image/<id>, "
              "/gioi-thieu, /ask, /search/ocop and the tag pages are no articles; robots.txt disallows /random (linked "
              "from the sidebar)", posts[0].path)
    return site


def _id(entry) -> int:
    f = entry[1]
    p = getattr(f, "__defaults__", None)
    if p:
        return p[0].opts["id"]
    return 747420881112670208 if f.__name__ == "quote_html" else 746301774498332672
