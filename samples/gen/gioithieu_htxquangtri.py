"""Site `gioithieu-htxquangtri` (registry family `generic`): "Liên minh HTX tỉnh Quảng Trị", the introduction site of
the Quảng Trị cooperative alliance (the province merged with Quảng Bình on 1 July 2025) on the **SITE123** website
builder (its module layout: every page section is a `section.s123-module` with `data-module-type-num`, the Bootstrap 3
grid, the Blog module with categories; the Vietnamese interface). Written as a held-out test: no family module, no
selectors.

URL shapes: a post `/blog/<id>/<slug>` (the Blog module's item address: the item id and the title slug); the short
form `/blog/<slug>` still answers with the same page (canonical to the long form: the home page's "Nổi bật" button
links one post so); the blog page `/blog` (cards, 6 a page, the pager `/blog?page=2`), a category
`/blog?category=<id>`, the home `/` (a "Tin mới" strip of the module's 3 newest), `/gioi-thieu`, `/lien-he`
(the Contact module's form); `/sitemap.xml`, `/robots.txt`. No feed.

Why it is hard: the page prints the date month first, as the builder's English pattern translated word by word:
"Tháng 11 5, 2025" is 5 November; the JSON-LD `BlogPosting` gives `datePublished` in UTC ("2025-11-04T22:50:00+00:00"
for a post made at 05:50 on 5 November: the day before) and names the site as `author` (an Organization: never the
author). The post is `h1.blog-post-title`, the info line (date, category link), then `div.blog-post-content`: the
editor's `<p>`s, `<h3>`, lists, a table, images in `<p>`s with their caption in a centred `<p><em>` under them, a
file link with its size. Around it: the share box "Chia sẻ bài viết này", the "Bài viết gần đây" column, the
comment form "Để lại bình luận", the footer "Powered by SITE123 - Trình tạo trang web miễn phí". Cards repeat the
first paragraph cut at 130 characters with "...". No author field: only the typed bylines.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "gioithieu-htxquangtri"
NAME = "Liên minh HTX tỉnh Quảng Trị"
PER = 6
CATS = {31: ("Thông báo", "thong-bao"), 32: ("Hoạt động", "hoat-dong"), 33: ("Mô hình hay", "mo-hinh-hay")}
CDN = "{{base:offsite}}/site123/cdn-cms"
FOOT1 = "Liên minh Hợp tác xã tỉnh Quảng Trị"
FOOT2 = "Địa chỉ: Số 45 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị"
FOOT3 = "Điện thoại: 0233 3852 418"
COPY = "Bản quyền © 2025 Liên minh HTX tỉnh Quảng Trị"
FURN = [FOOT1, FOOT2, FOOT3, COPY, "Powered by SITE123", "Trình tạo trang web miễn phí", "Chia sẻ bài viết này",
        "Bài viết gần đây", "Để lại bình luận", "Gửi bình luận", "Danh mục", "Trang chủ", "Giới thiệu",
        "Liên hệ", "Quay lại danh sách"]


def slug(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def shown(d: datetime) -> str:
    return f"Tháng {d.month} {d.day}, {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Kế hoạch tổ chức Hội nghị biểu dương HTX tiêu biểu tỉnh Quảng Trị năm 2025",
          body="""
LIÊN MINH HTX TỈNH QUẢNG TRỊ
Số: 12/KH-LMHTX
Quảng Trị, ngày 24 tháng 11 năm 2025
KẾ HOẠCH
Tổ chức Hội nghị biểu dương HTX tiêu biểu năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Biểu dương các HTX, liên hiệp HTX có thành tích xuất sắc trong năm đầu hoạt động sau hợp nhất tỉnh.
## II. THỜI GIAN, ĐỊA ĐIỂM
Hội nghị tổ chức ngày 19/12/2025 tại Hội trường Trung tâm Hội nghị tỉnh, phường Đồng Hới.
Các đơn vị gửi hồ sơ đề nghị biểu dương về Văn phòng Liên minh HTX tỉnh trước ngày 08/12/2025.
CHỦ TỊCH
Hoàng Văn Minh
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/files/uploads/2025/11/KH-12-LMHTX.pdf", "text": "KH-12-LMHTX.pdf"}],
          opts={"cat": 31, "id": 4718265},
          notes=["plan 'Số: 12/KH-LMHTX' dated 24/11 in its text, posted 25/11 08:30 (JSON-LD, UTC 01:30); capital "
                 "headings (h3); the signer is text, no author; a file link 'KH-12-LMHTX.pdf' with '(186 KB)': the "
                 "attachment"],
          **at(datetime(2025, 11, 25, 8, 30))),
        A(path="", title="Ảnh: HTX Nông nghiệp Triệu Phong thu hoạch lúa hữu cơ",
          body="""
HTX Nông nghiệp Triệu Phong đang thu hoạch 60 ha lúa hữu cơ vụ Hè Thu.
[img lua-1.png] Máy gặt đập liên hợp của HTX trên cánh đồng lúa hữu cơ
[img lua-2.png] Thành viên HTX phơi lúa trên sân phơi tập trung
[img lua-3.png] Gạo hữu cơ Triệu Phong được đóng gói, dán tem truy xuất nguồn gốc
Năng suất bình quân đạt 5,2 tấn/ha, gạo được doanh nghiệp bao tiêu toàn bộ.
""", byline="Bài và ảnh: Lê Thị Thu Hiền", author="Lê Thị Thu Hiền",
          opts={"cat": 33, "id": 4711032},
          notes=["photo story: images in <p>s, each followed by its centred <p><em> caption (one line each); 'Bài và ảnh: "
                 "Lê Thị Thu Hiền' -> author"],
          **at(datetime(2025, 11, 14, 15, 20))),
        A(path="", title="HTX Quảng Trị đẩy mạnh chuyển đổi số trong sản xuất, kinh doanh",
          body="""
Ngày 4/11, Liên minh HTX tỉnh tổ chức hội thảo chuyển đổi số cho hơn 100 HTX khu vực phía Nam của tỉnh.
## Các giải pháp được thống nhất
* Hỗ trợ HTX xây dựng website, gian hàng trên sàn thương mại điện tử;
* Tập huấn sử dụng phần mềm kế toán, hóa đơn điện tử;
* Ứng dụng nhật ký sản xuất điện tử và truy xuất nguồn gốc;
* Kết nối HTX với các doanh nghiệp công nghệ trong tỉnh.
""", byline="Nguyễn Văn Phúc", author="Nguyễn Văn Phúc",
          opts={"cat": 32, "id": 4706540, "utc_trap": True},
          notes=["posted at 05:50 on 05/11/2025: the page says 'Tháng 11 5, 2025' (month first), the JSON-LD "
                 "datePublished is 2025-11-04T22:50:00+00:00 (UTC, the day before); an h3 and a four-item list; the "
                 "bare name 'Nguyễn Văn Phúc' -> author"],
          **at(datetime(2025, 11, 5, 5, 50))),
        A(path="", title="Số liệu phát triển HTX trên địa bàn tỉnh Quảng Trị sau hợp nhất",
          body="""
Sau hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị, số lượng HTX trên địa bàn tỉnh tăng đáng kể.
| Khu vực | Số HTX | Số thành viên | Doanh thu bình quân (triệu đồng/năm) |
| Khu vực phía Bắc (Quảng Bình cũ) | 412 | 38.560 | 2.150 |
| Khu vực phía Nam (Quảng Trị cũ) | 398 | 41.230 | 2.480 |
| Toàn tỉnh | 810 | 79.790 | 2.310 |
Số liệu tính đến ngày 30/9/2025.
""", byline="Theo Báo Quảng Trị", author=None,
          opts={"cat": 32, "id": 4698117},
          notes=["a table (thead th / tbody td): one line per row; 'Theo Báo Quảng Trị' names a newspaper: no author"],
          **at(datetime(2025, 10, 21, 9, 15))),
        A(path="", title="HTX Dịch vụ Hải Ba phát triển nghề nuôi tôm công nghệ cao",
          body="""
HTX Dịch vụ Hải Ba hiện có 42 thành viên nuôi tôm thẻ chân trắng trong nhà màng trên diện tích 18 ha.
Nhờ áp dụng quy trình nuôi hai giai đoạn, tỷ lệ tôm sống đạt trên 85%, lợi nhuận bình quân 400 triệu đồng/ha.
HTX đang liên kết với doanh nghiệp chế biến để xuất khẩu tôm sang thị trường Hàn Quốc.
""", byline="Trần Đình Khoa - Trung tâm Khuyến nông", author="Trần Đình Khoa",
          opts={"cat": 33, "id": 4690254, "short": True},
          notes=["byline 'Trần Đình Khoa - Trung tâm Khuyến nông' -> Trần Đình Khoa; the short address /blog/<slug> "
                 "answers with the same page (the home page's 'Nổi bật' button links it): an alias"],
          **at(datetime(2025, 10, 8, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX sản xuất nón lá Hạ Thôn",
          body="""
Chiều 23/9, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX sản xuất nón lá Hạ Thôn (xã Quảng Trạch).
HTX hiện có 75 thành viên, mỗi năm sản xuất khoảng 60.000 chiếc nón các loại.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tham gia các hội chợ và đăng ký nhãn hiệu tập thể.
""", author=None,
          opts={"cat": 32, "id": 4679930},
          notes=["no byline; the JSON-LD author is the Organization (the site's name): author null"],
          **at(datetime(2025, 9, 24, 16, 40))),
        A(path="", title="HTX Tân Lập nâng tầm sản phẩm cà phê Khe Sanh",
          body="""
HTX Nông nghiệp Tân Lập (xã Khe Sanh) có 120 ha cà phê, trong đó 35 ha được chứng nhận hữu cơ.
Sản phẩm cà phê rang xay của HTX đạt OCOP 4 sao và được bán tại nhiều cửa hàng ở Đà Nẵng, Huế.
Năm 2025, HTX đầu tư thêm máy rang và đóng gói, nâng công suất lên 30 tấn/năm.
""", byline="Hồ Thị Mai", author="Hồ Thị Mai",
          opts={"cat": 33, "id": 4670412},
          notes=["bare name 'Hồ Thị Mai' closing the text: the author"],
          **at(datetime(2025, 9, 10, 10, 0))),
        A(path="", title="Hội nghị triển khai Luật Hợp tác xã năm 2023 cho cán bộ HTX",
          body="""
Ngày 27/8, Liên minh HTX tỉnh tổ chức hội nghị triển khai Luật Hợp tác xã năm 2023 cho 150 cán bộ quản lý HTX.
Đại biểu được phổ biến các điểm mới về tổ hợp tác, thành viên liên kết và chính sách hỗ trợ của Nhà nước.
""", byline="Phan Văn Long", author="Phan Văn Long",
          opts={"cat": 32, "id": 4662208},
          notes=["the oldest post: only on /blog?page=2 (and its category list, and the sitemap); bare name 'Phan Văn "
                 "Long' -> author"],
          **at(datetime(2025, 8, 28, 8, 0))),
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
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered"><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p><img src="/files/uploads/2025/{b.src}" alt="" style="width: 100%;" class="fr-fic fr-dib"></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        name = x["path"].rsplit("/", 1)[1]
        out.append(f'<p><a href="{x["path"]}" target="_blank" class="fr-file">{esc(name)}</a> (186 KB)</p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-tri", f"{NAME} (SITE123)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/blog/{a.opts['id']}/{slug(a.title)}"
    nav = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/blog"), ("Liên hệ", "/lien-he")]

    def layout(title: str, desc: str, canon: str, body: str, page_type: str, ld: str = "", og_image: str = "") -> str:
        menu = "".join(f'<li><a href="{href}" data-anchor="{href.strip("/") or "home"}">{esc(n)}</a></li>' for n, href in nav)
        og = f'<meta property="og:image" content="{{{{base}}}}{og_image}">' if og_image else ""
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc)}">
<meta property="og:type" content="website"><meta property="og:title" content="{attr(title)}"><meta property="og:description" content="{attr(desc)}"><meta property="og:url" content="{{{{base}}}}{canon}">{og}
<link rel="canonical" href="{{{{base}}}}{canon}">
<link rel="stylesheet" href="{CDN}/files/vendor/bootstrap-3.4.1/css/bootstrap.min.css">
<link rel="stylesheet" href="/include/css/website.css?v=4.0.3157">
{ld}<script>var websiteID = '6704815'; var websiteLanguage = 'vi'; var pageType = '{page_type}';</script>
</head>
<body class="page-type-{page_type} s123-website" data-website-id="6704815">
<nav class="navbar navbar-default navbar-fixed-top" id="mainNav" data-menu-type="1"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#main-menu"><span class="sr-only">Menu</span><span class="icon-bar"></span></button><a class="navbar-brand" href="/"><span class="websiteLogo">{esc(NAME)}</span></a></div><div class="collapse navbar-collapse" id="main-menu"><ul class="nav navbar-nav navbar-right navPages">{menu}</ul></div></div></nav>
{body}
<footer class="global_footer footer_1" id="footer"><div class="container"><div class="row"><div class="col-xs-12 text-center"><div class="footer-contact"><p><strong>{esc(FOOT1)}</strong></p><p>{esc(FOOT2)}</p><p>{esc(FOOT3)}</p></div><p class="copyright">{esc(COPY)}</p><p class="powered-by-s123"><a href="{{{{base:offsite}}}}/site123/" target="_blank" rel="nofollow">Powered by SITE123</a> - <a href="{{{{base:offsite}}}}/site123/" target="_blank" rel="nofollow">Trình tạo trang web miễn phí</a></p></div></div></div></footer>
<script src="{CDN}/files/vendor/jquery-3.6.0.min.js"></script>
<script src="{CDN}/files/vendor/bootstrap-3.4.1/js/bootstrap.min.js"></script>
<script src="/include/globalScripts.js?v=4.0.3157"></script>
<script src="/include/website.js?v=4.0.3157"></script>
</body>
</html>
"""

    def module(inner: str, kind: str, num: int, header: str = "", tag: str = "h2") -> str:
        mid = hashlib.sha1((kind + header + inner[:40]).encode()).hexdigest()[:13]
        head = (f'<div class="container-fluid page_header_style noBackground"><div class="container"><div class="row"><div '
                f'class="col-xs-12 module-header"><{tag} class="s123-page-header">{esc(header)}</{tag}><hr class="'
                f's123-page-header-underline"></div></div></div></div>') if header else ""
        return (f'<section id="section-{mid}" class="s123-module s123-page-data s123-module-{kind} layout-1 bg-primary" '
                f'data-module-id="{mid}" data-module-type-num="{num}">{head}<div class="container"><div class="row">{inner}'
                '</div></div></section>')

    def cat_link(a: RichArticle) -> str:
        c = a.opts["cat"]
        return f'<a href="/blog?category={c}">{esc(CATS[c][0])}</a>'

    def first_para(a: RichArticle) -> str:
        p = next(b.text for b in a.blocks if b.kind == "p" and not b.text.isupper())
        return p if len(p) <= 130 else p[:130].rsplit(" ", 1)[0] + "..."

    def card(a: RichArticle) -> str:
        img = a.first_image()
        src = f"/files/uploads/2025/{img}" if img else f"{CDN}/files/placeholder-blog.jpg"
        return (f'<div class="col-xs-12 col-sm-6 col-md-4 blog-item"><div class="blog-item-box"><a href="{a.path}" class="'
                f'blog-image"><img src="{src}" alt="" class="img-responsive" loading="lazy"></a><div class="blog-item-info"><span '
                f'class="blog-date">{shown(a.date)}</span> <span class="blog-category">{cat_link(a)}</span></div><h4 class="'
                f'blog-item-title"><a href="{a.path}">{esc(a.title)}</a></h4><p class="blog-item-text">{esc(first_para(a))}</p>'
                f'<a class="btn btn-primary btn-sm blog-read-more" href="{a.path}">Đọc thêm</a></div></div>')

    recent = ('<div class="blog-recent"><h4 class="blog-recent-title">Bài viết gần đây</h4><ul class="list-unstyled">'
              + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in arts[:4]) + "</ul>"
              '<h4 class="blog-recent-title">Danh mục</h4><ul class="list-unstyled">'
              + "".join(f'<li><a href="/blog?category={k}">{esc(v[0])}</a></li>' for k, v in CATS.items()) + "</ul></div>")

    def utc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    for a in arts:
        img = a.first_image()
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": a.title,
              "datePublished": utc(a.date), "dateModified": utc(a.date + timedelta(hours=2)),
              "author": {"@type": "Organization", "name": NAME}, "publisher": {"@type": "Organization", "name": NAME},
              "mainEntityOfPage": "{{base}}" + a.path}
        if img:
            ld["image"] = "{{base}}/files/uploads/2025/" + img
        ld_html = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        post = (f'<div class="col-xs-12 col-md-8"><article class="blog-post"><h1 class="s123-page-header blog-post-title">'
                f'{esc(a.title)}</h1><div class="blog-post-info"><span class="blog-date"><i class="fa fa-calendar"></i> '
                f'{shown(a.date)}</span> <span class="blog-post-categories"><i class="fa fa-folder-open"></i> {cat_link(a)}'
                f'</span></div><div class="blog-post-content s123-page-data-content">{body_html(a)}</div></article>'
                f'<div class="s123-share-box"><p>Chia sẻ bài viết này</p><a href="{{{{base:offsite}}}}/facebook/sharer/" '
                'class="s123-share-facebook" target="_blank" rel="nofollow"><i class="fa fa-facebook"></i></a></div>'
                '<div class="blog-comments"><h4>Để lại bình luận</h4><form class="comment-form" action="javascript:void(0)">'
                '<input type="text" name="name" placeholder="Tên của bạn"><input type="email" name="email" placeholder="Email">'
                '<textarea name="comment"></textarea><button type="submit" class="btn btn-primary">Gửi bình luận</button>'
                '</form></div><p><a href="/blog" class="btn btn-default">Quay lại danh sách</a></p></div>'
                f'<div class="col-xs-12 col-md-4">{recent}</div>')
        page = layout(f"{a.title} - {NAME}", first_para(a), a.path, module(post, "blog-item", 24), "blog-item",
                      ld_html, f"/files/uploads/2025/{img}" if img else "")
        site.page(a.path, page)
        if a.opts.get("short"):
            short = f"/blog/{slug(a.title)}"
            site.same_page(short, a.path)
            a.aliases.append(short)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 12/KH-LMHTX", "Hoi nghi bieu duong HTX tieu bieu 2025"]))
        site.add_article(a)

    def pager(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        sep = "&" if "?" in base else "?"
        items = "".join(f'<li class="{"active" if k == n else ""}"><a href="{base if k == 1 else f"{base}{sep}page={k}"}">'
                        f'{k}</a></li>' for k in range(1, total + 1))
        return f'<div class="col-xs-12 text-center"><ul class="pagination">{items}</ul></div>'

    def listing(path: str, base: str, header: str, items: list) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            p = path if n == 1 else f"{base}{'&' if '?' in base else '?'}page={n}"
            inner = "".join(card(x) for x in chunk) + pager(base, n, len(chunks))
            site.page(p, layout(f"{header} - {NAME}", "Tin tức của Liên minh HTX tỉnh Quảng Trị", p,
                                module(inner, "blog", 24, header, "h1"), "blog"), content_type="text/html; charset=utf-8")
            site.non_articles.append(p)

    listing("/blog", "/blog", "Tin tức", arts)
    for k, (cname, _) in CATS.items():
        listing(f"/blog?category={k}", f"/blog?category={k}", cname, [x for x in arts if x.opts["cat"] == k])
    site.trap("blog module page /blog: cards (date 'Tháng 11 25, 2025' month first, category link, h4 title, the first "
              "paragraph cut at 130 characters, 'Đọc thêm'), 6 a page; the oldest post only on /blog?page=2 and its "
              "category /blog?category=32 (4 a page there: all on one page)", "/blog?page=2")
    short = next(a for a in arts if a.opts.get("short"))
    home = (module(f'<div class="col-xs-12 text-center"><h1 class="home_title">{esc(NAME)}</h1><p class="home_slogan">Đồng '
                   f'hành cùng hợp tác xã phát triển bền vững</p><a class="btn btn-primary btn-lg" href="{short.aliases[0]}">'
                   'Nổi bật</a></div>', "home", 1)
            + module("".join(card(x) for x in arts[:3]), "blog", 24, "Tin mới"))
    site.page("/", layout(NAME, "Trang giới thiệu Liên minh HTX tỉnh Quảng Trị", "/", home, "home"))
    about = module('<div class="col-xs-12"><p>Liên minh Hợp tác xã tỉnh Quảng Trị là tổ chức đại diện, bảo vệ quyền và lợi ích '
                   'hợp pháp của các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Từ ngày 01/7/2025, Liên minh HTX '
                   'tỉnh Quảng Bình và Liên minh HTX tỉnh Quảng Trị hợp nhất thành Liên minh HTX tỉnh Quảng Trị.</p></div>',
                   "about", 3, "Giới thiệu", "h1")
    site.page("/gioi-thieu", layout(f"Giới thiệu - {NAME}", "", "/gioi-thieu", about, "about"))
    contact = module('<div class="col-xs-12 col-md-6"><form class="contact-form" action="javascript:void(0)"><input name="name" '
                     'placeholder="Họ tên"><input name="email" placeholder="Email"><textarea name="message" placeholder="Tin '
                     'nhắn"></textarea><button class="btn btn-primary" type="submit">Gửi</button></form></div>',
                     "contact", 6, "Liên hệ", "h1")
    site.page("/lien-he", layout(f"Liên hệ - {NAME}", "", "/lien-he", contact, "contact"))
    site.non_articles += ["/", "/gioi-thieu", "/lien-he"]
    site.trap("home (a header module whose 'Nổi bật' button links a post by its short address /blog/<slug>, and the 3 "
              "newest cards), /gioi-thieu, /lien-he: not articles", "/")
    sm = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>\n" for p in ["/", "/gioi-thieu", "/blog", "/lien-he"]
                    + [a.path for a in arts]) + "</urlset>\n")
    site.page("/sitemap.xml", sm, content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /manager/\nDisallow: /include/\n\nSitemap: {{base}}/sitemap.xml\n")
    return site
