"""Site `trangtin-htxhagiang` (registry family `generic`): "Trang tin Liên minh HTX tỉnh Hà Giang", a small news site
on **Monstra CMS 3.0** (flat-file PHP: pages stored as XML + `.page.txt`, the Blog plugin, the Sitemap plugin, a
theme derived from the bundled default one, a Vietnamese translation of the blog plugin's strings, the site time zone
Asia/Ho_Chi_Minh). The copy is of 10 December 2024, 10:00 (before Hà Giang merged into Tuyên Quang). Written as a
held-out test: no family module, no selectors.

What is an article here: a blog post, i.e. a Monstra page whose parent is the page `blog`. URL shapes: the post
`/blog/<slug>` (Monstra prints no canonical; the lists, the sitemap and the RSS all link it), the blog page `/blog`
with Blog::getPosts()'s pager `?page=N` (5 a page; the two oldest posts only on `/blog?page=2`; page 1 also answers
`?page=1`), tag lists `/blog?tag=<tag>` (the page keywords are the tags), plain pages `/gioi-thieu`, `/lien-he`, the
home page `/`. Feeds: `/rss.php` (the blog plugin's RSS: the 5 newest, pubDate printed 'd M Y', "03 Dec 2024", no time,
not RFC 822), `/sitemap.xml` (every page with lastmod Y-m-d = the page's date).

Why it is hard: the theme's only `<h1>` is the site name in the masthead; the post title is `h2.monstra-blog-title`
over `div.monstra-blog-post` (the page content, the text: paragraphs, `<h3>`, lists, a table, images with a caption
paragraph in `<em>`). The date comes AFTER the text, in `small.monstra-blog-date` "03.12.2024 / admin" (d.m.Y, no
time: midnight; then the page's author field, the account that created the page, never the writer; a closing byline
in the text names the writer). `<title>` is "Site name | Post title". The listing shows each post only up to its
{cut} mark, with "Đọc tiếp" (the rest is on the post only). Not text: the masthead slogan, the menu, the tags line
"Thẻ:", "Bài viết liên quan" (related posts by shared tag), the side block "Tin mới" and the footer ("Powered by
Monstra").
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "trangtin-htxhagiang"
NAME = "Liên minh HTX tỉnh Hà Giang"
SLOGAN = "Đồng hành cùng hợp tác xã vùng cao nguyên đá"
NOW = datetime(2024, 12, 10, 10, 0)
PER_PAGE = 5
FOOT = "Liên minh Hợp tác xã tỉnh Hà Giang - Số 198 Trần Phú, TP Hà Giang - ĐT: 0219 3866 123"
CHROME = [SLOGAN, FOOT, "Powered by Monstra", "Bài viết liên quan", "Tin mới", "Thẻ:"]


def posts() -> list[dict]:
    return [
        dict(slug="htx-che-shan-tuyet-nam-dam-dat-ocop-4-sao", when=datetime(2024, 12, 6), account="admin",
             tags=["ocop", "chè"], title="Chè Shan tuyết của HTX Nậm Đăm đạt OCOP 4 sao",
             body="""
Sản phẩm chè Shan tuyết của HTX Nông nghiệp Nậm Đăm (huyện Quản Bạ) vừa được UBND tỉnh công nhận đạt OCOP 4 sao.
{cut}
HTX có 32 thành viên, chăm sóc 45 ha chè cổ thụ, mỗi năm chế biến khoảng 18 tấn chè khô.
[img che-namdam.png] Thành viên HTX Nậm Đăm thu hái chè Shan tuyết.
Bài, ảnh: Vàng Thị Mỷ
""", author="Vàng Thị Mỷ",
             notes=["'06.12.2024 / admin' under the text (d.m.Y, no time: midnight; 'admin' the page's account); "
                    "'Bài, ảnh: Vàng Thị Mỷ' -> author; the listing stops at the {cut} mark"]),
        dict(slug="thong-bao-52-tb-lmhtx-tuyen-chon-htx-tham-gia-hoi-cho", when=datetime(2024, 12, 2),
             account="vanphong", tags=["thông báo", "hội chợ"],
             title="Thông báo tuyển chọn HTX tham gia Hội chợ Nông sản vùng cao năm 2024",
             doc="52/TB-LMHTX", file=("TB-52-LMHTX.pdf", "Thông báo số 52/TB-LMHTX (PDF)"),
             body="""
LIÊN MINH HỢP TÁC XÃ TỈNH HÀ GIANG
Số: 52/TB-LMHTX
Hà Giang, ngày 29 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo tuyển chọn 15 HTX tham gia Hội chợ Nông sản vùng cao tổ chức tại TP Hà Giang từ ngày 20 đến 23/12/2024.
{cut}
+ Đối tượng: HTX có sản phẩm OCOP từ 3 sao trở lên hoặc sản phẩm đặc trưng của địa phương;
+ Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 12/12/2024;
+ Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng.
Văn bản: [[Thông báo số 52/TB-LMHTX (PDF)|/public/uploads/TB-52-LMHTX.pdf]]
CHỦ TỊCH
Lù Văn Sử
""", author=None,
             notes=["a notice 'Số: 52/TB-LMHTX' dated 29/11 in its text, the page dated '02.12.2024' (the date); the "
                    "signer is text, no author; the PDF linked in the text ('Văn bản: Thông báo số 52/TB-LMHTX (PDF)') "
                    "is the attachment"]),
        dict(slug="hoi-nghi-tap-huan-luat-hop-tac-xa-2023", when=datetime(2024, 11, 25), account="admin",
             tags=["đào tạo", "luật htx"], title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ cấp huyện",
             body="""
Ngày 22/11, Liên minh HTX tỉnh tổ chức hội nghị tập huấn Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn cho 80 cán bộ phụ trách kinh tế tập thể cấp huyện, xã.
{cut}
## Nội dung tập huấn
* Những điểm mới của Luật Hợp tác xã năm 2023;
* Quy định về tổ hợp tác, liên hiệp HTX;
* Chính sách hỗ trợ, ưu đãi đối với tổ chức kinh tế hợp tác.
Hoàng Văn Sơn
""", author="Hoàng Văn Sơn", notes=["a heading and a list; a bare closing name -> author"]),
        dict(slug="ket-qua-kinh-te-tap-the-10-thang-2024", when=datetime(2024, 11, 14), account="vanphong",
             tags=["số liệu"], title="Kinh tế tập thể tỉnh Hà Giang 10 tháng năm 2024",
             body="""
Kinh tế tập thể của tỉnh tiếp tục có bước phát triển trong 10 tháng đầu năm 2024.
{cut}
| Chỉ tiêu | 10 tháng 2023 | 10 tháng 2024 |
| Số HTX | 512 | 547 |
| Số thành viên HTX | 9.840 | 10.315 |
| HTX có sản phẩm OCOP | 61 | 72 |
Toàn tỉnh thành lập mới 35 HTX, giải thể 11 HTX ngừng hoạt động.
""", author=None, notes=["a data table; no byline, account 'vanphong': author null"]),
        dict(slug="anh-mua-tam-giac-mach-va-san-pham-htx", when=datetime(2024, 11, 4), account="admin",
             tags=["du lịch", "ocop"], title="Ảnh: Mùa tam giác mạch và sản phẩm của các HTX",
             body="""
Mùa hoa tam giác mạch năm nay, nhiều HTX ở Đồng Văn, Mèo Vạc mở điểm bán sản phẩm cho du khách.
{cut}
[img tamgiacmach-1.png] Điểm bán bánh tam giác mạch của HTX Sủng Là.
[img tamgiacmach-2.png] Du khách chọn mua mật ong bạc hà của HTX Mật ong Mèo Vạc.
Ảnh: Vàng Thị Mỷ
""", author="Vàng Thị Mỷ", notes=["photo story: two caption lines; 'Ảnh: Vàng Thị Mỷ' -> author"]),
        dict(slug="htx-mat-ong-bac-ha-meo-vac-mo-rong-thi-truong", when=datetime(2024, 10, 21), account="admin",
             tags=["ocop", "thị trường"], title="HTX Mật ong bạc hà Mèo Vạc mở rộng thị trường",
             body="""
HTX Mật ong bạc hà Mèo Vạc vừa ký hợp đồng cung ứng 8 tấn mật ong cho hệ thống siêu thị tại Hà Nội.
{cut}
Năm 2024, HTX thu mua mật ong của hơn 200 hộ nuôi ong, giá ổn định ở mức 450.000 đồng/lít.
Theo Báo Hà Giang
""", author=None, notes=["a reprint 'Theo Báo Hà Giang': no author; only on /blog?page=2"]),
        dict(slug="lien-minh-htx-tinh-so-ket-9-thang-2024", when=datetime(2024, 10, 8), account="vanphong",
             tags=["hội nghị"], title="Liên minh HTX tỉnh sơ kết công tác 9 tháng năm 2024",
             body="""
Ngày 7/10, Liên minh HTX tỉnh Hà Giang tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ quý IV năm 2024.
{cut}
Hội nghị thống nhất tập trung hỗ trợ các HTX tiêu thụ nông sản vụ đông và chuẩn bị hàng hóa phục vụ Tết.
""", author=None, notes=["the oldest post: only on /blog?page=2, the sitemap and the related lists"]),
    ]


def _page(site: SiteBuild, path: str, html: str) -> None:
    site.page(path, html, content_type="text/html; charset=utf-8")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-giang", NAME, "generic", None, start_urls=["{{base:%s}}/blog" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE], feeds=["{{base:%s}}/rss.php" % SITE])
    site.extra_boilerplate += CHROME
    specs = posts()
    for s in specs:
        s["path"] = f"/blog/{s['slug']}"

    def body_html(markup: str, cut: bool = False) -> str:
        if cut:
            markup = markup.split("{cut}")[0]
        out = []
        for b in parse_rich(markup.replace("{cut}", "")):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img src="/public/uploads/{b.src}" alt="" /><br />'
                           + (f"<em>{esc(b.text)}</em>" if b.text else "") + "</p>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table class="table table-bordered"><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                           + "</tr></thead><tbody>" + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                             for r in rows) + "</tbody></table>")
        return "\n".join(out)

    newest = specs[:5]
    side = ('<div class="sidebar-block"><h4>Tin mới</h4><ul class="unstyled">'
            + "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a></li>' for s in newest) + "</ul></div>")

    def layout(title: str, content: str, desc: str = "", keywords: str = "", active: str = "blog") -> str:
        menu = [("/", "Trang chủ", "home"), ("/gioi-thieu", "Giới thiệu", "gioi-thieu"), ("/blog", "Tin tức", "blog"),
                ("/lien-he", "Liên hệ", "lien-he")]
        lis = "".join(f'<li{ACT if key == active else ""}><a href="{h}">{t}</a></li>' for h, t, key in menu)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <title>{esc(NAME)} | {esc(title)}</title>
    <meta name="description" content="{attr(desc)}">
    <meta name="keywords" content="{attr(keywords)}">
    <meta name="robots" content="index, follow">
    <meta name="generator" content="Powered by Monstra 3.0.4" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.php">
    <link rel="stylesheet" href="/public/themes/lmhtx/css/bootstrap.css" type="text/css" />
    <link rel="stylesheet" href="/public/themes/lmhtx/css/theme.css" type="text/css" />
    <script type="text/javascript" src="/public/assets/js/jquery.js"></script>
    <link rel="icon" href="/favicon.png" type="image/x-icon" />
</head>
<body>
    <div class="masthead">
        <div class="container">
            <h1 class="site-name"><a href="/">{esc(NAME)}</a></h1>
            <p class="site-slogan">{esc(SLOGAN)}</p>
        </div>
    </div>
    <div class="navbar"><div class="navbar-inner"><div class="container"><ul class="nav">{lis}</ul></div></div></div>
    <div class="container">
        <div class="row">
            <div class="span9">
{content}
            </div>
            <div class="span3">
{side}
            </div>
        </div>
        <hr>
        <footer>
            <p class="pull-right">Powered by <a href="{{{{base:offsite}}}}/monstra/" target="_blank">Monstra</a></p>
            <p>{esc(FOOT)}</p>
        </footer>
    </div>
</body>
</html>
"""

    def tag_href(t: str) -> str:
        return f"/blog?tag={quote(t)}"

    for s in specs:
        related = [x for x in specs if x is not s and set(x["tags"]) & set(s["tags"])]
        related.sort(key=lambda x: x["when"], reverse=True)
        rel_html = ('<div class="monstra-blog-related"><h4>Bài viết liên quan</h4><ul>'
                    + "".join(f'<li><a href="{x["path"]}">{esc(x["title"])}</a></li>' for x in related[:4])
                    + "</ul></div>") if related else ""
        tags = ", ".join(f'<a href="{tag_href(t)}">{esc(t)}</a>' for t in s["tags"])
        content = f"""                <h2 class="monstra-blog-title">{esc(s['title'])}</h2>
                <div class="monstra-blog-post">
{body_html(s['body'])}
                </div>
                <small class="monstra-blog-date">{s['when']:%d.%m.%Y} / {s['account']}</small>
                <div class="monstra-blog-tags"><span>Thẻ:</span> {tags}</div>
                {rel_html}"""
        first = next(b.lines()[0] for b in parse_rich(s["body"].replace("{cut}", "")) if b.kind == "p")
        _page(site, s["path"], layout(s["title"], content, desc=first[:150], keywords=", ".join(s["tags"])))
        body = s["body"].replace("{cut}", "")
        for b in parse_rich(body):
            if b.kind == "img":
                site.binary(f"/public/uploads/{b.src}", image_for(b.src))
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=body, author=s["author"],
                          published=iso(s["when"]), published_source="date-element", evidence=["date-element"],
                          doc_number=s.get("doc"), notes=s["notes"])
        if s.get("file"):
            fname, label = s["file"]
            art.attachments = [{"path": f"/public/uploads/{fname}", "text": label}]
            site.binary(f"/public/uploads/{fname}", pdf(s["title"], ["LIEN MINH HOP TAC XA TINH HA GIANG",
                                                                      "SO: 52/TB-LMHTX"]))
        site.add_article(art)
    site.trap("the only <h1> is the site name; the title is h2.monstra-blog-title; <title> 'Site | Title'",
              specs[0]["path"])
    site.trap("the date '06.12.2024 / admin' comes after the text (small.monstra-blog-date): d.m.Y, no time; 'admin' and "
              "'vanphong' are the page's account field, not writers", specs[0]["path"])

    # the blog page with its pager, tags
    def preview(s: dict) -> str:
        return (f'<div class="monstra-blog-item"><h3><a href="{s["path"]}">{esc(s["title"])}</a></h3>'
                f'<div class="monstra-blog-intro">{body_html(s["body"], cut=True)}</div>'
                f'<small class="monstra-blog-date">{s["when"]:%d.%m.%Y} / {s["account"]}</small> '
                f'<a class="btn btn-small" href="{s["path"]}">Đọc tiếp</a></div><hr>')

    def pager(page: int, pages: int, tag: str = "") -> str:
        t = f"&amp;tag={quote(tag)}" if tag else ""
        out = "<br><br>"
        if page > 1:
            out += f' <a href="?page=1{t}">Đầu</a> ... <a href="?page={page - 1}{t}"> Trước</a> '
        for i in range(1, pages + 1):
            out += f' <a href="?page={i}{t}">{i}</a> ' if i != page else f" <b>{i}</b> "
        if page < pages:
            out += f' <a href="?page={page + 1}{t}">Sau</a> ... <a href="?page={pages}{t}">Cuối</a> '
        return f'<div class="monstra-blog-pager">{out}</div>'

    chunks = [specs[i:i + PER_PAGE] for i in range(0, len(specs), PER_PAGE)]
    for k, chunk in enumerate(chunks, 1):
        content = ('<h2 class="monstra-blog-title">Tin tức</h2>\n' + "\n".join(preview(s) for s in chunk)
                   + pager(k, len(chunks)))
        path = "/blog" if k == 1 else f"/blog?page={k}"
        _page(site, path, layout("Tin tức", content, desc="Tin tức hoạt động Liên minh HTX tỉnh Hà Giang"))
        site.non_articles.append(path)
    site.same_page("/blog?page=1", "/blog")
    site.trap("the blog page /blog shows 5 posts up to their {cut} mark with 'Đọc tiếp'; Monstra's pager "
              "'1 2 Sau ... Cuối' links the relative '?page=2', which alone holds the two oldest", "/blog?page=2")
    for t in sorted({t for s in specs for t in s["tags"]}):
        tagged = [s for s in specs if t in s["tags"]]
        tchunks = [tagged[i:i + PER_PAGE] for i in range(0, len(tagged), PER_PAGE)]
        for k, chunk in enumerate(tchunks, 1):
            content = ('<h2 class="monstra-blog-title">Tin tức</h2>\n' + "\n".join(preview(s) for s in chunk)
                       + pager(k, len(tchunks), t))
            path = tag_href(t) if k == 1 else f"/blog?page={k}&tag={quote(t)}"
            _page(site, path, layout("Tin tức", content))
            if k == 1:
                site.same_page(f"/blog?page=1&tag={quote(t)}", path)
            site.non_articles.append(path)

    home = ('<div class="hero-unit"><h2>Chào mừng</h2><p>Trang tin của Liên minh Hợp tác xã tỉnh Hà Giang.</p></div>'
            '<h3>Tin mới</h3><ul>' + "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a> ({s["when"]:%d.%m.%Y})</li>'
                                          for s in specs[:3]) + "</ul>")
    _page(site, "/", layout("Trang chủ", home, active="home"))
    site.non_articles.append("/")
    about = ('<h2 class="monstra-page-title">Giới thiệu</h2><p>Liên minh Hợp tác xã tỉnh Hà Giang là tổ chức chính trị - '
             'xã hội và kinh tế, đại diện cho các HTX, liên hiệp HTX trên địa bàn tỉnh.</p>')
    _page(site, "/gioi-thieu", layout("Giới thiệu", about, active="gioi-thieu"))
    site.non_articles.append("/gioi-thieu")
    contact = ('<h2 class="monstra-page-title">Liên hệ</h2><form method="post"><input type="text" name="contact_name">'
               '<textarea name="contact_message"></textarea><input type="submit" value="Gửi"></form>')
    _page(site, "/lien-he", layout("Liên hệ", contact, active="lien-he"))
    site.non_articles.append("/lien-he")

    # rss.php (the blog plugin's feed) and the sitemap
    items = "".join(f"""<item>
<title>{esc(s['title'])}</title>
<link>{{{{base}}}}/blog/{s['slug']}</link>
<guid>{{{{base}}}}/blog/{s['slug']}</guid>
<pubDate>{s['when']:%d %b %Y}</pubDate>
<description><![CDATA[{body_html(s['body'], cut=True)[:300]}]]></description>
<author>{s['account']}</author>
</item>
""" for s in specs[:5])
    site.page("/rss.php", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>MonstraCMS::BLOG::RSS</title>
<link>{{{{base}}}}/blog</link>
<description>The latest updates for {esc(NAME)}.</description>
<language>en-us</language>
<pubDate>{NOW:%a, %d %b %Y %H:%M:%S} +07</pubDate>
<lastBuildDate>{NOW:%a, %d %b %Y %H:%M:%S} +07</lastBuildDate>
<atom:link href="{{{{base}}}}/rss.php" rel="self" type="application/rss+xml" />
<generator>Monstra</generator>
{items}</channel>
</rss>
""", content_type="text/xml; charset=utf-8")
    site.trap("RSS /rss.php: pubDate '06 Dec 2024' (d M Y: no time, not RFC 822), <author> the account", "/rss.php")
    urls = [("/", datetime(2024, 3, 1)), ("/gioi-thieu", datetime(2024, 3, 1)), ("/blog", datetime(2024, 3, 1)),
            ("/lien-he", datetime(2024, 3, 1))] + [(s["path"], s["when"]) for s in specs]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
              '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
              + "".join(f"    <url>\n        <loc>{{{{base}}}}{p}</loc>\n        <lastmod>{d:%Y-%m-%d}</lastmod>\n"
                        f"        <changefreq>weekly</changefreq>\n        <priority>1.0</priority>\n    </url>\n"
                        for p, d in urls) + "</urlset>\n", content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /storage\nDisallow: /tmp\n"
                "Sitemap: /sitemap.xml\n")
    site.binary("/favicon.png", image_for("favicon"))
    return site


ACT = ' class="active"'
