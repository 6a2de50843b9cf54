"""Site `nhipcau-htxvinhphuc` (registry family `generic`): "Nhịp cầu HTX Vĩnh Phúc", the news site of the Vĩnh Phúc
cooperative alliance on **Batflat 1.3** (lightweight flat PHP CMS on SQLite: the Blog, Pages, Navigation, Contact and
Settings modules; the bundled "default" theme, Clean-Blog style; the blog's date format set to 'd M Y' and the
Vietnamese language file's month keys translating "jan" … "dec" to "tháng 1" … "tháng 12"; time zone
Asia/Ho_Chi_Minh). The copy is of 25 November 2024, 10:00 (before Vĩnh Phúc merged into Phú Thọ). Written as a
held-out test: no family module, no selectors.

What is an article here: a blog post. URL shapes: the post `/blog/post/<slug>` (og:url; no rel=canonical), the blog
list `/blog` and its pages `/blog/<n>` (5 a page: "← Bài mới hơn" / "Bài cũ hơn →"; the two oldest only on `/blog/2`),
tag lists `/blog/tag/<tag-slug>`, the feed `/blog/feed/vi_vietnamese` (the 5 newest, RFC pubDate +0700 WITH the time),
pages of the Pages module `/gioi-thieu`, the contact page `/lien-he` (Contact module form), the home page `/` (a Pages
page showing the latest posts). No sitemap.

Why it is hard: the post header `header.intro-header` (the cover photo as a CSS background) holds `div.post-heading`
with the `<h1>` title and `span.post-meta` "Đăng bởi Trần Minh Đức vào 03 tháng 11 2024": Batflat's 'd M Y' lowered and
translated; no time: midnight. The writer is the Batflat user's full name (or the bare username when none is set:
"admin" is an account, no author; "Phòng Tuyên truyền" an office, no author). The text is the post's content between
the header and the tags line (paragraphs, `<h3>`, lists, a table, figures with `<figcaption>`); the post's `intro`
(what the lists show) is NOT on the post page. The cover URL and og:image carry `?<unix time>` of the publication
(Batflat appends `published_at` raw): a machine time, not the page's date. Not text: the navbar, the tags line, the
Disqus placeholder and its noscript notice, the footer (social icons, "© … Powered by Batflat.").
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "nhipcau-htxvinhphuc"
NAME = "Nhịp cầu HTX Vĩnh Phúc"
DESC = "Trang tin của Liên minh Hợp tác xã tỉnh Vĩnh Phúc"
BLOG_TITLE = "Tin tức - Sự kiện"
BLOG_DESC = "Hoạt động của Liên minh HTX và các hợp tác xã tỉnh Vĩnh Phúc"
NOW = datetime(2024, 11, 25, 10, 0)
PER_PAGE = 5
FOOT = "© 2024 Liên minh HTX tỉnh Vĩnh Phúc - 38 Nguyễn Trãi, TP Vĩnh Yên."
NOSCRIPT = "Vui lòng bật JavaScript để xem bình luận do Disqus cung cấp."
CHROME = [FOOT, "Powered by Batflat", NOSCRIPT]
USERS = {"admin": "admin", "minhduc": "Trần Minh Đức", "tuyentruyen": "Phòng Tuyên truyền"}
TAGS = {"hoi-nghi": "hội nghị", "ocop": "OCOP", "thong-bao": "thông báo", "dao-tao": "đào tạo",
        "so-lieu": "số liệu", "nong-nghiep": "nông nghiệp"}
VN = timezone(timedelta(hours=7))


def bdate(d: datetime) -> str:
    """'d M Y', lowered, the month key translated: '03 tháng 11 2024'."""
    return f"{d:%d} tháng {d.month} {d:%Y}"


def ts(d: datetime) -> int:
    return int(d.replace(tzinfo=VN).timestamp())


def posts() -> list[dict]:
    return [
        dict(slug="htx-rau-an-toan-tam-duong-lien-ket-tieu-thu", when=datetime(2024, 11, 22, 16, 30), user="minhduc",
             tags=["nong-nghiep"], cover="cover-rau-tamduong.png",
             title="HTX rau an toàn Tam Dương liên kết tiêu thụ với bếp ăn trường học",
             intro="Mô hình liên kết giúp HTX ổn định đầu ra cho 30 tấn rau mỗi tháng.",
             body="""
HTX Dịch vụ nông nghiệp rau an toàn Hợp Thịnh (huyện Tam Dương) vừa ký hợp đồng cung ứng rau cho 14 bếp ăn trường học trên địa bàn huyện.
[img rau-hopthinh.png] Thành viên HTX Hợp Thịnh thu hoạch rau cải.
Theo hợp đồng, mỗi tháng HTX cung cấp khoảng 30 tấn rau củ đạt chuẩn VietGAP với giá ổn định cả năm.
Trần Minh Đức
""", author="Trần Minh Đức",
             notes=["'Đăng bởi Trần Minh Đức vào 22 tháng 11 2024' (d M Y lowered and translated; no time: midnight); "
                    "the cover URL '?1732267800' is the exact publication time (machine, not shown); the list's intro "
                    "is not on the post page; a <figcaption> is a line"]),
        dict(slug="thong-bao-tuyen-sinh-lop-giam-doc-htx", when=datetime(2024, 11, 18, 8, 0), user="admin",
             tags=["thong-bao", "dao-tao"], cover=None,
             title="Thông báo tuyển sinh lớp bồi dưỡng giám đốc HTX năm 2024",
             intro="Liên minh HTX tỉnh thông báo tuyển sinh lớp bồi dưỡng giám đốc HTX.",
             doc="37/TB-LMHTX", file=("TB-37-LMHTX.pdf", "TB-37-LMHTX.pdf"),
             body="""
Số: 37/TB-LMHTX
Vĩnh Phúc, ngày 15 tháng 11 năm 2024
Liên minh HTX tỉnh Vĩnh Phúc thông báo tuyển sinh lớp bồi dưỡng kiến thức quản trị cho giám đốc HTX như sau:
+ Thời gian học: từ ngày 02/12 đến ngày 06/12/2024;
+ Địa điểm: Trung tâm Hỗ trợ phát triển HTX, TP Vĩnh Yên;
+ Học phí: miễn phí, học viên tự túc chi phí đi lại.
Tải về: [[TB-37-LMHTX.pdf|/uploads/files/TB-37-LMHTX.pdf]]
CHỦ TỊCH
Nguyễn Văn Khánh
""", author=None,
             notes=["notice 'Số: 37/TB-LMHTX' dated 15/11 in the text, posted '18 tháng 11 2024'; written by 'admin' "
                    "(an account: no author); the signer is text; no cover (the theme's default background); the "
                    "'Tải về:' link is the attachment"]),
        dict(slug="hoi-nghi-tong-ket-10-nam-phong-trao-htx-kieu-moi", when=datetime(2024, 11, 12, 14, 15),
             user="tuyentruyen", tags=["hoi-nghi"], cover="cover-hoinghi.png",
             title="Hội nghị biểu dương HTX kiểu mới tiêu biểu năm 2024",
             intro="Hội nghị biểu dương 25 HTX kiểu mới tiêu biểu.",
             body="""
Chiều 12/11, Liên minh HTX tỉnh Vĩnh Phúc tổ chức hội nghị biểu dương các HTX kiểu mới tiêu biểu năm 2024.
## Các HTX được biểu dương
* 12 HTX nông nghiệp ứng dụng công nghệ cao;
* 8 HTX dịch vụ, thương mại;
* 5 HTX tiểu thủ công nghiệp, làng nghề.
Các HTX tiêu biểu có doanh thu bình quân 6,2 tỷ đồng/năm, thu nhập của người lao động đạt 7,5 triệu đồng/tháng.
""", author=None,
             notes=["written by the Batflat user 'Phòng Tuyên truyền' (an office: no author); a heading and a list"]),
        dict(slug="ket-qua-phat-trien-htx-10-thang-2024", when=datetime(2024, 11, 5, 9, 40), user="minhduc",
             tags=["so-lieu"], cover=None, title="Kết quả phát triển kinh tế tập thể 10 tháng năm 2024",
             intro="Toàn tỉnh có 452 HTX đang hoạt động.",
             body="""
Theo số liệu của Liên minh HTX tỉnh, đến hết tháng 10/2024 toàn tỉnh có 452 HTX đang hoạt động.
| Lĩnh vực | Số HTX | Tỷ lệ |
| Nông nghiệp | 298 | 65,9% |
| Công nghiệp, tiểu thủ công nghiệp | 61 | 13,5% |
| Thương mại, dịch vụ | 93 | 20,6% |
Trần Minh Đức
""", author="Trần Minh Đức", notes=["a data table (one line per row); byline -> author"]),
        dict(slug="san-pham-ocop-cua-htx-tai-hoi-cho-vinh-yen", when=datetime(2024, 10, 28, 0, 40), user="minhduc",
             tags=["ocop"], cover="cover-ocop.png", title="Ảnh: Sản phẩm OCOP của các HTX tại Hội chợ Vĩnh Yên",
             intro="Hơn 40 gian hàng HTX tham gia hội chợ.",
             body="""
Hội chợ thương mại Vĩnh Yên năm 2024 có hơn 40 gian hàng của các HTX trong tỉnh.
[img hoicho-vy-1.png] Gian hàng su su Tam Đảo của HTX Hồ Sơn.
[img hoicho-vy-2.png] Khách tham quan chọn mua mật ong của HTX Ong Tam Đảo.
Ảnh: Trần Minh Đức
""", author="Trần Minh Đức",
             notes=["posted at 00:40 on 28 Oct: the feed's pubDate 'Mon, 28 Oct 2024 00:40:00 +0700' and the page's "
                    "'28 tháng 10 2024' agree (the UTC epoch in the cover URL is 27 Oct 17:40Z); two figcaptions"]),
        dict(slug="tap-huan-ung-dung-so-cho-htx", when=datetime(2024, 10, 15, 10, 0), user="tuyentruyen",
             tags=["dao-tao"], cover=None, title="Tập huấn ứng dụng số trong quản lý HTX",
             intro="60 cán bộ HTX tham gia tập huấn.",
             body="""
Ngày 14 và 15/10, Liên minh HTX tỉnh tổ chức tập huấn ứng dụng phần mềm kế toán và quản lý thành viên cho 60 cán bộ HTX.
Các học viên được hướng dẫn sử dụng hóa đơn điện tử và thanh toán không dùng tiền mặt.
""", author=None, notes=["only on /blog/2 (and its tag list)"]),
        dict(slug="lien-minh-htx-tinh-so-ket-9-thang", when=datetime(2024, 10, 4, 15, 0), user="admin",
             tags=["hoi-nghi"], cover=None, title="Liên minh HTX tỉnh Vĩnh Phúc sơ kết 9 tháng năm 2024",
             intro="Sơ kết 9 tháng, triển khai nhiệm vụ quý IV.",
             body="""
Ngày 4/10, Liên minh HTX tỉnh Vĩnh Phúc sơ kết công tác 9 tháng, triển khai nhiệm vụ quý IV năm 2024.
Trong 9 tháng, Liên minh đã hỗ trợ thành lập mới 18 HTX và tư vấn cho 46 HTX xây dựng phương án sản xuất kinh doanh.
Theo Báo Vĩnh Phúc
""", author=None, notes=["the oldest: only on /blog/2; a reprint 'Theo Báo Vĩnh Phúc', by 'admin': no author"]),
    ]


def _page(site: SiteBuild, path: str, html: str) -> None:
    site.page(path, html, content_type="text/html; charset=utf-8")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-phuc", NAME, "generic", None, start_urls=["{{base:%s}}/blog" % SITE],
                     feeds=["{{base:%s}}/blog/feed/vi_vietnamese" % SITE])
    site.extra_boilerplate += CHROME
    specs = posts()
    for s in specs:
        s["path"] = f"/blog/post/{s['slug']}"
        s["cover_url"] = f"/uploads/blog/{s['cover']}?{ts(s['when'])}" if s["cover"] else None
        if s["cover"]:
            site.binary(f"/uploads/blog/{s['cover']}", image_for(s["cover"]))
    site.binary("/themes/default/img/default-bg.png", image_for("default-bg"))

    def layout(title: str, content: str, desc: str = DESC, head: str = "", foot: str = "") -> str:
        return f"""<!DOCTYPE html>
<html>

<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="{attr(desc)}">
    <meta name="keywords" content="htx, hợp tác xã, vĩnh phúc">
    <title>{esc(title)} - {esc(NAME)}</title>
    <link rel="stylesheet" href="/themes/default/css/bootstrap.min.css">
    <link rel="stylesheet" href="/themes/default/css/style.css">
    <script src="/themes/default/js/jquery.min.js"></script>
    <script src="/themes/default/js/theme.js"></script>
    <meta name="generator" content="Batflat" />
{head}</head>

<body>

    <!-- Navigation -->
    <nav class="navbar navbar-custom navbar-fixed-top">
        <div class="container-fluid">
            <div class="navbar-header page-scroll">
                <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#navbar-collapse">
                    <span class="sr-only">Toggle navigation</span>
                </button>
                <a class="navbar-brand" href="/">{esc(NAME)}</a>
            </div>
            <div class="collapse navbar-collapse" id="navbar-collapse">
                <ul class="nav navbar-nav navbar-right">
                    <li><a href="/">Trang chủ</a></li>
                    <li><a href="/blog">Tin tức</a></li>
                    <li><a href="/gioi-thieu">Giới thiệu</a></li>
                    <li><a href="/lien-he">Liên hệ</a></li>
                </ul>
            </div>
        </div>
    </nav>
{content}
    <hr>

    <!-- Footer -->
    <footer>
        <div class="container">
            <div class="row">
                <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
                    <ul class="list-inline text-center">
                        <li><a href="#"><span class="fa-stack fa-lg"><i class="fab fa-facebook fa-stack-1x fa-inverse"></i></span></a></li>
                        <li><a href="#"><span class="fa-stack fa-lg"><i class="fab fa-youtube fa-stack-1x fa-inverse"></i></span></a></li>
                    </ul>
                    <p class="copyright text-muted">
                        {esc(FOOT)}
                        Powered by <a href="{{{{base:offsite}}}}/batflat/">Batflat</a>.
                    </p>
                </div>
            </div>
        </div>
    </footer>
{foot}
</body>

</html>
"""

    def body_html(markup: str) -> str:
        out = []
        for b in parse_rich(markup):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "img":
                cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
                out.append(f'<figure><img src="/uploads/blog/content/{b.src}" alt="" class="img-responsive">{cap}</figure>')
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table class="table"><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                           + "</tr></thead><tbody>" + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r)
                                                             + "</tr>" for r in rows) + "</tbody></table>")
        return "\n".join(out)

    def tag_links(s: dict) -> str:
        return ", ".join(f'<a href="/blog/tag/{t}">{esc(TAGS[t])}</a>' for t in s["tags"])

    rss_link = '    <link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/feed/vi_vietnamese">\n'
    disqus_js = ('<script>var disqus_config = function () { this.page.identifier = document.location.pathname; };'
                 '</script>')
    for s in specs:
        bg = s["cover_url"] or "/themes/default/img/default-bg.png"
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        desc = first[:152] + ("..." if len(first) > 152 else "")
        og = (rss_link + f'    <meta property="og:url" content="{{{{base}}}}{s["path"]}">\n'
              f'    <meta property="og:type" content="article">\n'
              f'    <meta property="og:title" content="{attr(s["title"])}">\n'
              f'    <meta property="og:description" content="{attr(desc)}">\n'
              + (f'    <meta property="og:image" content="{{{{base}}}}{s["cover_url"]}">\n' if s["cover_url"] else ""))
        content = f"""
<!-- Page Header -->
<header class="intro-header" style="background-image: url('{bg}')">
    <div class="container">
        <div class="row">
            <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
                <div class="post-heading">
                    <h1>{esc(s['title'])}</h1>
                    <span class="post-meta">Đăng bởi {esc(USERS[s['user']])} vào {bdate(s['when'])}</span>
                </div>
            </div>
        </div>
    </div>
</header>

<!-- Post Content -->
<article>
    <div class="container">
        <div class="row">
            <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
                {body_html(s['body'])}
                <p><i class="fas fa-tags"></i> {tag_links(s)}</p>
            </div>
        </div>
        <div class="row">
            <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
                <hr />
                <div id="disqus_thread"></div>
                <noscript>{NOSCRIPT}</noscript>
            </div>
        </div>
    </div>
</article>
"""
        _page(site, s["path"], layout(s["title"], content, desc, og, disqus_js))
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/uploads/blog/content/{b.src}", image_for(b.src))
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"], with_time=False), published_source="date-element",
                          evidence=["date-element"], doc_number=s.get("doc"), notes=s["notes"])
        if s.get("file"):
            fname, label = s["file"]
            art.attachments = [{"path": f"/uploads/files/{fname}", "text": label}]
            site.binary(f"/uploads/files/{fname}", pdf(s["title"], ["LIEN MINH HTX TINH VINH PHUC", "SO: 37/TB-LMHTX"]))
        site.add_article(art)
    site.trap("the post page prints only the day ('vào 22 tháng 11 2024'): midnight; the RSS pubDate and the cover's "
              "'?<unix time>' carry the exact time (16:30), which is not on the page", specs[0]["path"])
    site.trap("'Đăng bởi <user>' is the Batflat user's full name or bare username: a person (author), 'admin' (an "
              "account) or 'Phòng Tuyên truyền' (an office): no author", specs[2]["path"])

    # the blog list, its pages, the tag lists
    def preview(s: dict) -> str:
        cover = f'\n                        <img src="{s["cover_url"]}" class="post-cover" />' if s["cover_url"] else ""
        return f"""            <div class="post-preview">
                <a href="{s['path']}">{cover}
                        <h2 class="post-title">
                            {esc(s['title'])}
                        </h2>
                    </a>
                <p class="post-intro">{esc(s['intro'])}</p>
                <p class="post-meta">
                    Đăng bởi {esc(USERS[s['user']])} vào {bdate(s['when'])}
                    | <a href="{s['path']}#disqus_thread">Chưa có bình luận</a>
                    | <i class="fas fa-tags"></i> {tag_links(s)}
                </p>
            </div>
            <hr>"""

    def blog_page(title: str, items: list[dict], prev: str | None, nxt: str | None) -> str:
        pager = '            <ul class="pager">\n'
        if prev:
            pager += f'                <li class="previous">\n                    <a href="{prev}">&larr; Bài mới hơn</a>\n                </li>\n'
        if nxt:
            pager += f'                <li class="next">\n                    <a href="{nxt}">Bài cũ hơn &rarr;</a>\n                </li>\n'
        pager += "            </ul>"
        return f"""
<!-- Page Header -->
<header class="intro-header" style="background-image: url('/themes/default/img/default-bg.png')">
    <div class="container">
        <div class="row">
            <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
                <div class="site-heading">
                    <h1>{esc(title)}</h1>
                    <hr class="small">
                    <span class="subheading">{esc(BLOG_DESC)}</span>
                </div>
            </div>
        </div>
    </div>
</header>

<!-- Main Content -->
<div class="container">
    <div class="row">
        <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
{chr(10).join(preview(s) for s in items)}
            <!-- Pager -->
{pager}
        </div>
    </div>
</div>
"""

    chunks = [specs[i:i + PER_PAGE] for i in range(0, len(specs), PER_PAGE)]
    for k, chunk in enumerate(chunks, 1):
        path = "/blog" if k == 1 else f"/blog/{k}"
        prev = None if k == 1 else ("/blog/1" if k == 2 else f"/blog/{k - 1}")
        nxt = f"/blog/{k + 1}" if k < len(chunks) else None
        _page(site, path, layout(BLOG_TITLE, blog_page(BLOG_TITLE, chunk, prev, nxt), BLOG_DESC, rss_link))
        site.non_articles.append(path)
    site.same_page("/blog/1", "/blog")
    site.trap("the list /blog (= /blog/1) shows 5 posts with their intro (not on the post page); 'Bài cũ hơn →' leads "
              "to /blog/2, which alone holds the two oldest", "/blog/2")
    for slug, name in TAGS.items():
        tagged = [s for s in specs if slug in s["tags"]]
        _page(site, f"/blog/tag/{slug}", layout(f"#{name}", blog_page(f"#{name}", tagged, None, None), BLOG_DESC))
        site.non_articles.append(f"/blog/tag/{slug}")

    home = blog_page(NAME, specs[:3], None, "/blog").replace('<h1>', '<h1 class="home">', 1)
    _page(site, "/", layout("Trang chủ", home))
    site.non_articles.append("/")
    about = f"""
<header class="intro-header" style="background-image: url('/themes/default/img/default-bg.png')">
    <div class="container"><div class="row"><div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
        <div class="page-heading"><h1>Giới thiệu</h1></div>
    </div></div></div>
</header>
<div class="container"><div class="row"><div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
<p>Liên minh Hợp tác xã tỉnh Vĩnh Phúc là tổ chức đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>
</div></div></div>
"""
    _page(site, "/gioi-thieu", layout("Giới thiệu", about))
    site.non_articles.append("/gioi-thieu")
    contact = about.replace("Giới thiệu", "Liên hệ").replace(
        "<p>Liên minh Hợp tác xã tỉnh Vĩnh Phúc là tổ chức đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>",
        '<form action="" method="post" id="contactForm"><input type="text" name="name" placeholder="Họ tên" required>'
        '<input type="email" name="email" placeholder="Email" required><input type="text" name="subject" '
        'placeholder="Tiêu đề"><textarea name="message" placeholder="Nội dung"></textarea>'
        '<input type="checkbox" name="copy"> Gửi bản sao cho tôi <button type="submit" name="send-email">Gửi</button></form>')
    _page(site, "/lien-he", layout("Liên hệ", contact))
    site.non_articles.append("/lien-he")

    items = "".join(f"""    <item>
        <title>{esc(s['title'])}</title>
        <link>{{{{base}}}}{s['path']}</link>
        <description>{esc(s['intro'])}</description>
        <pubDate>{s['when']:%a, %d %b %Y %H:%M:%S} +0700</pubDate>
{f"        <image><url>{{{{base}}}}{s['cover_url']}</url><title>{esc(s['title'])}</title><link>{{{{base}}}}/</link></image>{chr(10)}" if s['cover_url'] else ""}    </item>
""" for s in specs[:5])
    site.page("/blog/feed/vi_vietnamese", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{esc(NAME)}</title><link>{{{{base}}}}/</link><description>{esc(DESC)}</description>
{items}</channel></rss>
""", content_type="application/xml")
    site.trap("feed /blog/feed/vi_vietnamese: the 5 newest, pubDate with the time +0700 (the page shows the day only), "
              "description = the intro, not the text", "/blog/feed/vi_vietnamese")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /inc/\n")
    return site
