"""Site `trangweb-htxvinhphuc` (registry family `generic`): "Liên minh HTX tỉnh Vĩnh Phúc", the alliance's website on
**Yola** (the hosted Sitebuilder on the free plan: the "Make a free website with Yola" footer; the Blog widget on the
"Tin tức" page; the site language Vietnamese, the site timezone Asia/Bangkok (UTC+7); the copy is of 30 May 2025,
before Vĩnh Phúc merged with Phú Thọ). Written as a held-out test: no family module, no selectors.

URL shapes: a post `/blog/<slug>` (its `<link rel="canonical">`); the same post by id `/blog?post=<id>` (what the
sidebar's "Bài viết gần đây" widget and the home page's blog strip link: an alias, the same page); the Blog page
`/blog` (5 posts a page, "Bài cũ hơn »" to `/blog?page=2`); categories `/blog?category=<slug>`; pages `/`,
`/gioi-thieu`, `/lien-he`, `/thu-vien-anh` (a photo gallery widget: captions only); `/sitemap.xml`, `/robots.txt`.
No feed.

Why it is hard: the page is the Sitebuilder's region markup (`div#sys_region_*`, `div.sys_layout`, the text widgets
`div.sys_txt`): the only `<h1>` is the site name in the banner (`h1#sys_heading`), `<title>` is the Blog page's
("Tin tức - Liên minh HTX tỉnh Vĩnh Phúc", the same on every post), and the post's title is `h2.yola-blog-post-title`.
The date line "Đăng bởi lmhtxvinhphuc · <time datetime="2025-03-02T23:10:00.000Z">03/03/2025</time>": the visible
date is the site-timezone day, the `datetime` attribute is the instant in UTC ("Z"): the post of 06:10 on 3 March
carries the 2nd in its attribute. "Đăng bởi" names the Yola account (a login), never the author: the author is the
typed byline's person. Under the post: the category, the share buttons, then "Bình luận (n)": readers' comments with
replies, each dated by a relative age ("2 tuần trước", the exact time only in its `title`): readers' words, never the
article. Right column: "Bài viết gần đây" (links by ?post=), "Chuyên mục" with counts. The cookie bar and the free
plan's footer are on every page.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trangweb-htxvinhphuc"
NAME = "Liên minh HTX tỉnh Vĩnh Phúc"
PER = 5
UTC = timedelta(hours=7)
ACCOUNT = "lmhtxvinhphuc"
CDN = "/resources"
CATS = {"hoat-dong": "Hoạt động", "thong-bao": "Thông báo", "kinh-nghiem": "Kinh nghiệm"}
SLOGAN = "Vì sự phát triển của kinh tế tập thể Vĩnh Phúc"
FOOT1 = "Liên minh Hợp tác xã tỉnh Vĩnh Phúc - Số 12 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên"
FOOT2 = "Điện thoại: 0211 3862 518"
COOKIE = "Trang web này sử dụng cookie để đảm bảo bạn có trải nghiệm tốt nhất."
FREE = "Make a free website with Yola"
FURN = [SLOGAN, FOOT1, FOOT2, COOKIE, "Đồng ý", FREE, "Bài viết gần đây", "Chuyên mục", "Để lại bình luận",
        "Gửi bình luận", "Chia sẻ", "Đăng bởi", "« Quay lại Tin tức"]


def slugify(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def h(text: str, n: int = 10) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, cat: str, comments: list[tuple] = ()) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"],
                    opts={"cat": cat, "comments": list(comments)})

    return [
        A(path="", title="Kế hoạch số 15/KH-LMHTX tổ chức các hoạt động hưởng ứng Ngày Quốc tế Hợp tác xã năm 2025",
          body="""
LIÊN MINH HTX TỈNH VĨNH PHÚC
Số: 15/KH-LMHTX
Vĩnh Phúc, ngày 20 tháng 5 năm 2025
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Quốc tế Hợp tác xã năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về vai trò của kinh tế tập thể, HTX trong phát triển kinh tế - xã hội của tỉnh.
## II. NỘI DUNG
+ Tổ chức tọa đàm về chuyển đổi số trong HTX;
+ Biểu dương 20 HTX điển hình tiên tiến;
+ Trưng bày sản phẩm OCOP của các HTX tại Quảng trường Hồ Chí Minh trong tuần đầu tháng 7/2025.
CHỦ TỊCH
Nguyễn Văn Hưng
""", author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": f"{CDN}/KH-15-LMHTX-2025.pdf", "text": "Tải kế hoạch số 15/KH-LMHTX (PDF)"}],
          notes=["plan 'Số: 15/KH-LMHTX' dated 20/5 in its text, posted 23/05/2025 09:30 (time datetime "
                 "'2025-05-23T02:30:00.000Z', shown '23/05/2025'); headings, a numbered list; the signer is text, no "
                 "author; 'Tải kế hoạch số 15/KH-LMHTX (PDF)' names the document: an attachment with its label"],
          **at(datetime(2025, 5, 23, 9, 30), "thong-bao")),
        A(path="", title="HTX Rau an toàn Tân Tiến đưa rau vào bếp ăn trường học",
          body="""
HTX Rau an toàn Tân Tiến (huyện Vĩnh Tường) vừa ký hợp đồng cung ứng rau cho 14 bếp ăn trường học trên địa bàn huyện.
Mỗi ngày HTX giao khoảng 1,2 tấn rau, củ các loại, được kiểm tra dư lượng thuốc bảo vệ thực vật trước khi xuất.
HTX có 42 thành viên với 18 ha rau sản xuất theo tiêu chuẩn VietGAP.
""", byline="Bài và ảnh: Đỗ Thị Lan Anh", author="Đỗ Thị Lan Anh",
          notes=["two readers' comments and a reply under it ('Bình luận (3)', ages '2 tuần trước'): not text; "
                 "'Bài và ảnh: Đỗ Thị Lan Anh' -> author ('Đăng bởi lmhtxvinhphuc' is the account)"],
          **at(datetime(2025, 5, 8, 15, 10), "hoat-dong", [
              ("Nguyễn Văn Toàn", datetime(2025, 5, 15, 20, 5), "Mô hình rất hay, các HTX khác nên học hỏi.", 0),
              ("Lê Thu Hà", datetime(2025, 5, 16, 7, 40),
               "Xin hỏi HTX có nhận cung ứng cho bếp ăn doanh nghiệp không ạ?", 0),
              ("HTX Rau an toàn Tân Tiến", datetime(2025, 5, 16, 9, 15),
               "HTX có nhận, chị liên hệ số điện thoại của HTX để trao đổi thêm ạ.", 1)])),
        A(path="", title="Ảnh: Mùa gặt trên cánh đồng mẫu lớn của HTX Nông nghiệp Đại Đồng",
          body="""
Những ngày này, HTX Nông nghiệp Đại Đồng (huyện Vĩnh Tường) thu hoạch 120 ha lúa vụ chiêm xuân trên cánh đồng mẫu lớn.
[img dai-dong-1.png] Máy gặt đập liên hợp của HTX thu hoạch lúa cho thành viên
[img dai-dong-2.png] Lúa được vận chuyển về sân phơi, lò sấy của HTX
[img dai-dong-3.png] Năng suất lúa vụ này ước đạt 64 tạ/ha
""", byline="Ảnh: Trần Quốc Việt", author="Trần Quốc Việt",
          notes=["photo story: photos in their own <p>, the caption the next <p class='yola-caption'> (one line "
                 "each); 'Ảnh: Trần Quốc Việt' -> author"],
          **at(datetime(2025, 4, 24, 17, 45), "hoat-dong")),
        A(path="", title="Bảo quản hàng nông sản sau thu hoạch: những lưu ý cho HTX",
          body="""
Bảo quản đúng cách giúp HTX giảm tổn thất sau thu hoạch và giữ giá bán nông sản.
## Các bước cơ bản
* Thu hoạch vào lúc trời mát, tránh để nông sản dưới nắng;
* Sơ chế, phân loại ngay tại nhà sơ chế của HTX;
* Bảo quản lạnh với rau, quả dễ dập nát;
* Ghi nhãn, ngày thu hoạch trên từng lô hàng.
HTX có nhu cầu tập huấn về bảo quản nông sản liên hệ Văn phòng Liên minh HTX tỉnh.
""", byline="Phòng Tư vấn - Hỗ trợ", author=None,
          notes=["an <h3> and a list; closed by 'Phòng Tư vấn - Hỗ trợ' (an office): no author"],
          **at(datetime(2025, 4, 2, 8, 20), "kinh-nghiem")),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Mật ong Tam Đảo",
          body="""
Sáng 3/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Mật ong Tam Đảo (huyện Tam Đảo).
HTX hiện có 1.800 đàn ong, sản lượng mật mỗi năm khoảng 25 tấn, sản phẩm đạt OCOP 4 sao.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tham gia các hội chợ xúc tiến thương mại trong năm 2025.
""", byline="Kim Ngân", author="Kim Ngân",
          notes=["posted at 06:10 on 3 March: the time element says datetime='2025-03-02T23:10:00.000Z' (UTC: the "
                 "2nd), its text and the list show '03/03/2025'; published 2025-03-03 06:10; one comment under it; "
                 "the closing 'Kim Ngân' is the author"],
          **at(datetime(2025, 3, 3, 6, 10), "hoat-dong", [
              ("Phạm Minh Đức", datetime(2025, 3, 20, 11, 30), "Mật ong Tam Đảo rất ngon, chúc HTX phát triển.", 0)])),
        A(path="", title="HTX Dịch vụ nông nghiệp Hợp Thịnh phát triển mô hình nuôi bò sinh sản",
          body="""
HTX Dịch vụ nông nghiệp Hợp Thịnh (huyện Tam Dương) có 35 thành viên tham gia nuôi bò sinh sản với 260 con.
HTX hỗ trợ thành viên con giống, tinh bò và hướng dẫn kỹ thuật trồng cỏ làm thức ăn.
""", byline="Theo Báo Vĩnh Phúc", author=None,
          notes=["'Theo Báo Vĩnh Phúc' closes the text: a reprint, no author; on /blog?page=2 only, its category and "
                 "the sitemap"],
          **at(datetime(2025, 2, 14, 10, 0), "kinh-nghiem")),
        A(path="", title="Liên minh HTX tỉnh Vĩnh Phúc tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị
Năm 2024, toàn tỉnh thành lập mới 26 HTX; Liên minh HTX tỉnh tổ chức 10 lớp tập huấn cho 560 lượt cán bộ HTX.
""", byline="Văn phòng Liên minh HTX tỉnh", author=None,
          notes=["the oldest post: only /blog?page=2, its category and the sitemap reach it; closed by an office: "
                 "no author"],
          **at(datetime(2024, 12, 30, 14, 25), "hoat-dong")),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="{CDN}/{h(b.src)}.png" alt="" style="width:100%;" /></p>')
            if b.text:
                out.append(f'<p class="yola-caption" style="text-align:center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def age(then: datetime, now: datetime) -> str:
    days = (now - then).days
    if days >= 30:
        return f"{days // 30} tháng trước"
    if days >= 7:
        return f"{days // 7} tuần trước"
    return f"{days} ngày trước"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-phuc", f"{NAME} (Yola)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    now = datetime(2025, 5, 30, 10, 0)
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/blog/{slugify(a.title)}"
        a.opts["id"] = int(h(a.title, 7), 16)
        a.aliases = [f"/blog?post={a.opts['id']}"]

    def z(d: datetime) -> str:
        return f"{d - UTC:%Y-%m-%dT%H:%M:%S}.000Z"

    def timetag(d: datetime) -> str:
        return f'<time class="yola-blog-post-date" datetime="{z(d)}">{d:%d/%m/%Y}</time>'

    def sidebar() -> str:
        recent = "".join(f'<li><a href="/blog?post={a.opts["id"]}">{esc(a.title)}</a></li>' for a in arts[:4])
        cats = "".join(f'<li><a href="/blog?category={c}">{esc(n)}</a> ({sum(a.opts["cat"] == c for a in arts)})</li>'
                       for c, n in CATS.items())
        return (f'<div id="sys_region_2" class="sys_region"><div class="sys_layout yola-widget"><h3>Bài viết gần đây</h3>'
                f'<ul class="yola-blog-recent">{recent}</ul></div><div class="sys_layout yola-widget"><h3>Chuyên mục</h3>'
                f'<ul class="yola-blog-categories">{cats}</ul></div></div>')

    def layout(title: str, desc: str, canonical: str, main: str, og_title: str | None = None,
               og_type: str = "website") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc)}" />
<meta name="generator" content="Yola Sitebuilder" />
<link rel="canonical" href="{{{{base}}}}{canonical}" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{attr(og_title or title)}" />
<meta property="og:url" content="{{{{base}}}}{canonical}" />
<meta property="og:site_name" content="{attr(NAME)}" />
<link rel="stylesheet" href="/static/yola/sitebuilder/theme/lucid/style.css" />
<script src="/static/yola/sitebuilder/sb-runtime.js"></script>
<script>window.yola = {{"site": {{"id": "8a4b7c2e6f31", "locale": "vi", "timezone": "Asia/Bangkok"}}, "page": {{"name": "{attr(title)}"}}}};</script>
</head>
<body class="yola_region yola-lucid">
<div id="sys_wrapper">
<div id="sys_banner">
<h1 id="sys_heading"><a href="/">{esc(NAME)}</a></h1>
<div id="sys_banner_text">{esc(SLOGAN)}</div>
</div>
<div id="sys_navigation" class="sys_navigation"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/blog">Tin tức</a></li>
<li><a href="/thu-vien-anh">Thư viện ảnh</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div id="sys_content">
<div id="sys_region_1" class="sys_region">{main}</div>
{sidebar()}
</div>
<div id="sys_footer">
<div class="sys_txt"><p>{esc(FOOT1)}</p><p>{esc(FOOT2)}</p></div>
<div id="sys_yola_footer"><a href="{{{{base:offsite}}}}/yola/?utm_source=free_footer" rel="nofollow" target="_blank">{FREE}</a></div>
</div>
</div>
<div class="yola-cookie-notice" role="dialog"><span>{esc(COOKIE)}</span> <button type="button">Đồng ý</button></div>
</body>
</html>
"""

    for a in arts:
        cat = a.opts["cat"]
        comments = a.opts["comments"]
        clist = []
        for name, d, txt, depth in comments:
            clist.append(f'<li class="yola-comment{" yola-comment-reply" if depth else ""}" style="margin-left:'
                         f'{depth * 30}px"><div class="yola-comment-author"><strong>{esc(name)}</strong> '
                         f'<span class="yola-comment-age" title="{d:%d/%m/%Y %H:%M}">{age(d, now)}</span></div>'
                         f'<div class="yola-comment-body"><p>{esc(txt)}</p></div></li>')
        share = "".join(f'<a class="yola-share-{n}" href="{{{{base:offsite}}}}/{n}/sharer?u={{{{base}}}}{a.path}" '
                        f'target="_blank">{n.title()}</a> ' for n in ("facebook", "twitter"))
        post = (f'<div class="sys_layout yola-blog" id="blog-{a.opts["id"]}"><div class="yola-blog-back"><a href="/blog">'
                f"« Quay lại Tin tức</a></div><div class=\"yola-blog-post\" data-post-id=\"{a.opts['id']}\">"
                f'<h2 class="yola-blog-post-title">{esc(a.title)}</h2><div class="yola-blog-post-meta">Đăng bởi '
                f'<span class="yola-blog-post-author">{ACCOUNT}</span> · {timetag(a.date)}</div>'
                f'<div class="yola-blog-post-body sys_txt">{body_html(a)}</div><div class="yola-blog-post-footer">'
                f'Chuyên mục: <a href="/blog?category={cat}">{esc(CATS[cat])}</a></div><div class="yola-share">'
                f'<span>Chia sẻ</span> {share}</div></div>'
                f'<div class="yola-blog-comments"><h3>Bình luận ({len(comments)})</h3><ul>{"".join(clist)}</ul>'
                '<form class="yola-comment-form" action="javascript:void(0)"><h4>Để lại bình luận</h4><input '
                'name="name" placeholder="Tên" /><textarea name="comment"></textarea><button type="button">'
                "Gửi bình luận</button></form></div></div>")
        excerpt = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        site.page(a.path, layout(f"Tin tức - {NAME}", excerpt[:155], a.path, post, a.title, "article"))
        site.same_page(a.aliases[0], a.path)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{CDN}/{h(b.src)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH VINH PHUC", "KE HOACH SO 15/KH-LMHTX"]))
        site.add_article(a)
    site.trap("a post page: the only <h1> is the site name in the banner (h1#sys_heading); <title> is the Blog page's "
              "'Tin tức - Liên minh HTX tỉnh Vĩnh Phúc' on every post; the title is h2.yola-blog-post-title (and "
              "og:title)", arts[0].path)
    site.trap("'Đăng bởi lmhtxvinhphuc' is the Yola account on every post: never the author", arts[1].path)
    site.trap("the sidebar 'Bài viết gần đây' and the home strip link posts as /blog?post=<id>: the same page, an "
              "alias of the canonical /blog/<slug>", arts[0].aliases[0])

    def card(a: RichArticle) -> str:
        excerpt = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        excerpt = excerpt if len(excerpt) <= 160 else excerpt[:160].rsplit(" ", 1)[0] + " …"
        return (f'<div class="yola-blog-post yola-blog-summary"><h2 class="yola-blog-post-title"><a href="{a.path}">'
                f'{esc(a.title)}</a></h2><div class="yola-blog-post-meta">{timetag(a.date)}</div>'
                f'<div class="yola-blog-post-body"><p>{esc(excerpt)}</p></div><a class="yola-blog-more" '
                f'href="{a.path}">Đọc tiếp »</a></div>')

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        nav = []
        if n > 1:
            nav.append(f'<a class="yola-blog-newer" href="{"/blog" if n == 2 else f"/blog?page={n - 1}"}">« Bài mới hơn</a>')
        if n < len(pages):
            nav.append(f'<a class="yola-blog-older" href="/blog?page={n + 1}">Bài cũ hơn »</a>')
        path = "/blog" if n == 1 else f"/blog?page={n}"
        main = ('<div class="sys_layout yola-blog"><div class="sys_txt"><h2>Tin tức</h2></div>'
                + "".join(card(a) for a in chunk) + f'<div class="yola-blog-pagination">{" ".join(nav)}</div></div>')
        site.page(path, layout(f"Tin tức - {NAME}", "Tin tức", path, main), content_type="text/html; charset=utf-8")
        site.non_articles.append(path)
    site.trap("the Blog page: 5 summaries a page, 'Bài cũ hơn »' to /blog?page=2 (the two oldest)", "/blog?page=2")
    for c, name in CATS.items():
        path = f"/blog?category={c}"
        items = [a for a in arts if a.opts["cat"] == c]
        site.page(path, layout(f"Tin tức - {NAME}", name, path, '<div class="sys_layout yola-blog"><div class="sys_txt">'
                               f'<h2>Chuyên mục: {esc(name)}</h2></div>' + "".join(card(a) for a in items) + "</div>"))
        site.non_articles.append(path)

    strip = "".join(f'<li><a href="/blog?post={a.opts["id"]}">{esc(a.title)}</a> <span>{a.date:%d/%m/%Y}</span></li>'
                    for a in arts[:3])
    home = (f'<div class="sys_layout"><div class="sys_txt"><h2>Chào mừng đến với {esc(NAME)}</h2><p>Liên minh HTX tỉnh '
            'là tổ chức đại diện, hỗ trợ các hợp tác xã, tổ hợp tác trên địa bàn tỉnh Vĩnh Phúc.</p></div></div>'
            f'<div class="sys_layout"><div class="sys_txt"><h2>Tin mới</h2><ul>{strip}</ul><p><a href="/blog">'
            "Xem tất cả tin</a></p></div></div>")
    site.page("/", layout(NAME, SLOGAN, "/", home))
    site.page("/gioi-thieu", layout(f"Giới thiệu - {NAME}", "Giới thiệu", "/gioi-thieu", '<div class="sys_layout">'
              '<div class="sys_txt"><h2>Giới thiệu</h2><p>Liên minh Hợp tác xã tỉnh Vĩnh Phúc được thành lập năm 1997, '
              'có 186 thành viên là các HTX, liên hiệp HTX.</p></div></div>'))
    site.page("/lien-he", layout(f"Liên hệ - {NAME}", "Liên hệ", "/lien-he", '<div class="sys_layout"><div '
              f'class="sys_txt"><h2>Liên hệ</h2><p>{esc(FOOT1)}</p></div><form class="sys_yola_form" '
              'action="javascript:void(0)"><input name="name" /><input name="email" /><textarea name="message">'
              '</textarea><button type="button">Gửi</button></form></div>'))
    gallery = "".join(f'<div class="yola-gallery-item"><img src="{CDN}/gallery/{h(c)}.png" alt="" /><p '
                      f'class="yola-gallery-caption">{esc(c)}</p></div>'
                      for c in ("Đại hội đại biểu Liên minh HTX tỉnh nhiệm kỳ 2020 - 2025",
                                "Gian hàng OCOP của các HTX tại Hội chợ xuân 2025",
                                "Tập huấn chuyển đổi số cho cán bộ HTX"))
    site.page("/thu-vien-anh", layout(f"Thư viện ảnh - {NAME}", "Thư viện ảnh", "/thu-vien-anh",
                                      f'<div class="sys_layout yola-gallery"><h2>Thư viện ảnh</h2>{gallery}</div>'))
    site.non_articles += ["/", "/gioi-thieu", "/lien-he", "/thu-vien-anh"]
    site.trap("/thu-vien-anh: a photo gallery widget (captions only): a page, not an article", "/thu-vien-anh")
    site.static("/robots.txt", "User-agent: *\nDisallow:\n\nSitemap: {{base}}/sitemap.xml\n")
    urls = ["/", "/gioi-thieu", "/blog", "/thu-vien-anh", "/lien-he"] + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in urls) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    return site
