"""Site `baiviet-htxquangnam` (registry family `generic`): "Kinh tế hợp tác Quảng Nam", the blog of the Quảng Nam
cooperative alliance (since 1 July 2025 part of Đà Nẵng city) on **Fork CMS 5** (the Blog, Tags, Search and Pages
modules, the stock "Fork" theme markup, Vietnamese as the only site language, URL language prefix on). Written as a
held-out test: no family module, no selectors.

URL shapes: `/` 302-redirects to `/vi`; the blog page is `/vi/tin-tuc` (`?page=2`); a post `/vi/tin-tuc/detail/<slug>`,
categories `/vi/tin-tuc/category/<slug>`, the archive `/vi/tin-tuc/archive/<yyyy>` and `/vi/tin-tuc/archive/<yyyy>/<mm>`,
tags `/vi/tags/detail/<slug>`, the feed `/vi/tin-tuc/rss` and a post's comment feed `/vi/tin-tuc/article-comments-rss?id=N`;
pages `/vi/gioi-thieu`, `/vi/lien-he`, `/vi/so-do-website`; an old link without the language prefix
(`/tin-tuc/detail/<slug>`) 301-redirects to the prefixed URL.

Why it is hard: the Blog index, the category and the archive pages print every post's FULL text when it has no
introduction (Fork's Index template: `{% if not items.introduction %}{{ items.text }}`), in the same `div.bd.content`
markup as the post, under an `<h3>` title; posts WITH an introduction show it alone. The post is `#blogDetail
article.mod.article` with `<h1 itemprop="name">`, `<meta itemprop="author">` naming the CMS user's nickname ("Ban Biên
tập", never the author), the line "Viết bởi Ban Biên tập vào <time itemprop="datePublished"
datetime="2025-06-12T08:30:00">12/06/2025</time> trong danh mục …" (a NAIVE local datetime, no offset; the RSS
pubDate is "+0700"); `div.bd.content[itemprop=articleBody]` (CKEditor: centred italic caption paragraphs, tables,
lists; the blog image field above the text); the footer's "Bài trước: <title>" / "Bài tiếp theo: <title>" links;
comments `#blogComments div.comment` with relative times ("2 tuần trước", the datetime in the attribute) and the
comment form; the cookie bar, the widgets (categories, archive by month, recent posts and comments, tag cloud).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "baiviet-htxquangnam"
TITLE = "Kinh tế hợp tác Quảng Nam"
NICK = "Ban Biên tập"
NOW = datetime(2025, 6, 27, 10, 0)
CATS = {"hoat-dong-lien-minh": "Hoạt động Liên minh", "htx-tieu-bieu": "HTX tiêu biểu", "chinh-sach": "Chính sách - Văn bản",
        "phong-su-anh": "Phóng sự ảnh"}
COOKIE = "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie."
FOOTER = ["© 2025 Liên minh Hợp tác xã tỉnh Quảng Nam", "Địa chỉ: 60 Hùng Vương, phường Tân Thạnh, thành phố Tam Kỳ, Quảng Nam",
          "Điện thoại: 0235.3852.491 - Email: lienminhhtx@quangnam.gov.vn"]
FURN = [COOKIE, *FOOTER, "Đồng ý", "Từ chối", "Chuyên mục", "Lưu trữ", "Bài viết mới", "Bình luận mới", "Thẻ",
        "Chia sẻ", "Bài trước:", "Bài tiếp theo:", "Để lại bình luận", "Tên", "Trang web", "Lời nhắn",
        "Sơ đồ website", "Viết bởi", "trong danh mục", "Chưa có bình luận"]


def timeago(d: datetime) -> str:
    days = (NOW - d).days
    if days < 1:
        return f"{int((NOW - d).total_seconds() // 3600)} giờ trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="lien-minh-htx-tinh-ban-giao-ho-so-chuan-bi-hop-nhat", title="Liên minh HTX tỉnh bàn giao hồ sơ, chuẩn bị hợp nhất với Liên minh HTX thành phố Đà Nẵng",
          lead="**Ngày 24/6, Liên minh HTX tỉnh Quảng Nam tổ chức hội nghị bàn giao hồ sơ, tài liệu phục vụ việc hợp nhất với Liên minh HTX thành phố Đà Nẵng.**",
          body="""
Theo kế hoạch, từ ngày 01/7/2025 Liên minh HTX thành phố Đà Nẵng (mới) chính thức hoạt động trên cơ sở hợp nhất hai Liên minh HTX.
[img ban-giao-ho-so.png] Lãnh đạo hai Liên minh HTX ký biên bản bàn giao
Toàn bộ hồ sơ của 412 HTX thành viên, các dự án hỗ trợ và nguồn vốn của Quỹ hỗ trợ phát triển HTX được kiểm kê, bàn giao đầy đủ.
Hội nghị thống nhất giữ ổn định các hoạt động hỗ trợ HTX, không để gián đoạn trong thời gian sắp xếp.
""", byline="Bài và ảnh: Hồ Quân", author="Hồ Quân",
          opts={"id": 87, "cat": "hoat-dong-lien-minh", "tags": ["Hợp nhất", "Hội nghị"], "image": "ban-giao-thumb.png",
                "comments": [(311, "Nguyễn Văn Thành", "Mong Liên minh mới tiếp tục quan tâm các HTX miền núi.", datetime(2025, 6, 25, 7, 40))]},
          notes=["'Viết bởi Ban Biên tập vào <time itemprop=\"datePublished\" datetime=\"2025-06-24T16:45:00\">24/06/2025</time>' "
                 "(naive local datetime); <meta itemprop='author' content='Ban Biên tập'> is the CMS nickname; 'Bài và ảnh: Hồ "
                 "Quân' -> author; one comment with a relative time '2 ngày trước'; no introduction: the blog index prints it in full"],
          **at(datetime(2025, 6, 24, 16, 45))),
        A(path="quyet-dinh-so-58-qd-lmhtx-ve-khen-thuong-htx-tieu-bieu-2025", title="Quyết định số 58/QĐ-LMHTX về việc khen thưởng HTX tiêu biểu năm 2025",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NAM
Số: 58/QĐ-LMHTX
Quảng Nam, ngày 10 tháng 6 năm 2025
QUYẾT ĐỊNH
Về việc khen thưởng HTX tiêu biểu năm 2025
Điều 1. Tặng Giấy khen của Liên minh HTX tỉnh cho 15 HTX có thành tích tiêu biểu trong phong trào thi đua năm 2025 (có danh sách kèm theo).
Điều 2. Mỗi tập thể được khen thưởng kèm theo mức tiền thưởng theo quy định hiện hành.
Điều 3. Chánh Văn phòng, Trưởng các phòng chuyên môn và các HTX có tên tại Điều 1 chịu trách nhiệm thi hành quyết định này.
CHỦ TỊCH
Võ Văn Lợi
""", author=None, doc_number="58/QĐ-LMHTX",
          attachments=[{"path": "/src/Frontend/Files/userfiles/files/QD-58-LMHTX-danh-sach-khen-thuong.pdf", "text": "Danh sách HTX được khen thưởng (PDF)"}],
          opts={"id": 85, "cat": "chinh-sach", "tags": ["Văn bản", "Thi đua"],
                "intro": "Liên minh HTX tỉnh ban hành quyết định khen thưởng 15 HTX tiêu biểu năm 2025."},
          notes=["decision 'Số: 58/QĐ-LMHTX' dated 10/6 in the text, posted 12/06/2025 09:00; has an introduction: the lists show "
                 "only that sentence, which is NOT in the post's text (a separate field, not shown on the detail page); the "
                 "signer is text, author null; the PDF link 'Danh sách HTX được khen thưởng (PDF)' after the text: an attachment"],
          **at(datetime(2025, 6, 12, 9, 0))),
        A(path="phong-su-anh-mua-thu-hoach-sam-ngoc-linh-cua-htx-tra-linh", title="Phóng sự ảnh: Mùa thu hoạch sâm Ngọc Linh của HTX Trà Linh",
          body="""
Tháng 6, các thành viên HTX Sâm Ngọc Linh Trà Linh bước vào vụ thu hoạch sâm dưới tán rừng ở độ cao trên 1.800 m.
[img sam-1.png] Thành viên HTX kiểm tra cây sâm 7 năm tuổi dưới tán rừng
[img sam-2.png] Sâm củ được phân loại, cân đo ngay tại vườn
[img sam-3.png] Sản phẩm sâm Ngọc Linh được đóng hộp, dán tem truy xuất nguồn gốc
""", byline="Ảnh: Đoàn Hữu Trung", author="Đoàn Hữu Trung",
          opts={"id": 83, "cat": "phong-su-anh", "tags": ["Sâm Ngọc Linh", "OCOP"]},
          notes=["photo story: each photo's caption is a centred italic <p> after the image's own <p> (one line each); "
                 "'Ảnh: Đoàn Hữu Trung' -> author"],
          **at(datetime(2025, 6, 3, 7, 15))),
        A(path="so-lieu-htx-nong-nghiep-quang-nam-5-thang-dau-nam-2025", title="Số liệu HTX nông nghiệp Quảng Nam 5 tháng đầu năm 2025",
          body="""
Đến cuối tháng 5/2025, toàn tỉnh có 398 HTX nông nghiệp đang hoạt động.
| Khu vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Đồng bằng ven biển | 211 | 48.320 | 3.150 |
| Trung du | 104 | 17.560 | 1.820 |
| Miền núi | 83 | 6.940 | 960 |
Khoảng cách doanh thu giữa HTX miền núi và đồng bằng vẫn còn lớn, cần có chính sách hỗ trợ riêng.
""", author=None,
          opts={"id": 80, "cat": "hoat-dong-lien-minh", "tags": ["Số liệu"]},
          notes=["a CKEditor table (one line per row); no byline: author null"],
          **at(datetime(2025, 5, 28, 14, 30))),
        A(path="nhung-luu-y-khi-htx-chuyen-doi-theo-luat-htx-2023", title="Những lưu ý khi HTX chuyển đổi theo Luật HTX năm 2023",
          body="""
Luật HTX năm 2023 có hiệu lực từ ngày 01/7/2024. Các HTX cần lưu ý một số điểm khi sửa đổi điều lệ:
* Phân biệt thành viên chính thức và thành viên liên kết không góp vốn;
* Quy định tỷ lệ vốn góp tối đa của một thành viên;
* Trích lập quỹ đầu tư phát triển không thấp hơn 10% thu nhập;
* Công khai báo cáo tài chính hằng năm cho thành viên.
Liên minh HTX tỉnh sẵn sàng hướng dẫn HTX trong quá trình thực hiện.
""", byline="Theo Ngọc Phú", author="Ngọc Phú",
          opts={"id": 78, "cat": "chinh-sach", "tags": ["Luật HTX 2023"],
                "intro": "Một số điểm HTX cần lưu ý khi sửa đổi điều lệ theo Luật HTX năm 2023."},
          notes=["a four-item list; the body names 01/7/2024 (the law's effect), posted 19/05/2025; 'Theo Ngọc Phú' names a "
                 "person -> author"],
          **at(datetime(2025, 5, 19, 10, 20))),
        A(path="htx-que-tra-que-phat-trien-du-lich-cong-dong", title="HTX rau Trà Quế phát triển du lịch cộng đồng",
          body="""
Bên cạnh sản xuất rau hữu cơ, HTX Nông nghiệp Trà Quế đón hơn 60.000 lượt khách tham quan, trải nghiệm làm nông dân trong năm 2024.
[img tra-que.png] Du khách trải nghiệm trồng rau cùng thành viên HTX
Doanh thu từ dịch vụ du lịch chiếm gần 40% tổng doanh thu của HTX, giúp thu nhập của thành viên tăng ổn định.
""", byline="Minh Hải - Trung tâm Xúc tiến Du lịch", author="Minh Hải",
          opts={"id": 74, "cat": "htx-tieu-bieu", "tags": ["Du lịch cộng đồng"], "old_link": True,
                "comments": [(290, "Lê Thị Hoa", "Rau Trà Quế ngon lắm, mong HTX phát triển hơn nữa.", datetime(2025, 5, 9, 20, 5)),
                             (292, "Trần Minh", "HTX có nhận đoàn khách học sinh không ạ?", datetime(2025, 5, 11, 8, 30))]},
          notes=["'Minh Hải - Trung tâm Xúc tiến Du lịch' -> Minh Hải; two comments ('1 tháng trước'); the old link without "
                 "the language prefix /tin-tuc/detail/<slug> (from /vi/gioi-thieu) 301-redirects: an alias"],
          **at(datetime(2025, 5, 8, 6, 50))),
        A(path="htx-dich-vu-nong-nghiep-dien-phuong-lien-ket-san-xuat-lua-giong", title="HTX Dịch vụ nông nghiệp Điện Phương liên kết sản xuất lúa giống",
          body="""
HTX Dịch vụ nông nghiệp Điện Phương liên kết với công ty giống cây trồng sản xuất 120 ha lúa giống vụ Đông Xuân.
Công ty cung ứng giống bố mẹ, hướng dẫn kỹ thuật và thu mua toàn bộ sản phẩm với giá cao hơn lúa thịt 30%.
Lợi nhuận bình quân của thành viên đạt khoảng 28 triệu đồng/ha, tăng gần gấp đôi so với sản xuất lúa thường.
""", author=None,
          opts={"id": 71, "cat": "htx-tieu-bieu", "tags": ["Lúa giống", "Liên kết"]},
          notes=["no byline: author null; only on /vi/tin-tuc?page=2 among the blog pages (full text there)"],
          **at(datetime(2025, 4, 22, 15, 10))),
        A(path="hoi-nghi-tap-huan-chuyen-doi-so-cho-htx-mien-nui", title="Tập huấn chuyển đổi số cho HTX miền núi",
          body="""
Trong ba ngày từ 8 đến 10/4, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 45 cán bộ HTX các huyện miền núi.
## Nội dung tập huấn
Học viên được hướng dẫn sử dụng phần mềm kế toán, mở gian hàng trên sàn thương mại điện tử và quảng bá sản phẩm qua mạng xã hội.
## Hỗ trợ sau tập huấn
Mỗi HTX được hỗ trợ một năm sử dụng phần mềm quản lý miễn phí.
""", byline="Thanh Vy", author="Thanh Vy",
          opts={"id": 68, "cat": "hoat-dong-lien-minh", "tags": ["Chuyển đổi số"]},
          notes=["oldest post, on /vi/tin-tuc?page=2 and the April archive; two <h2>; bare name 'Thanh Vy' closes the text"],
          **at(datetime(2025, 4, 11, 17, 0))),
    ]


def render(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f"<p>{inline_html(a.lead)}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"\t<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img alt="" src="/src/Frontend/Files/userfiles/images/{b.src}" '
                       f'style="width: 600px; height: 400px;" /></p>\n<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, css="table table-bordered", border=True))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


class Site(SiteBuild):
    def page(self, path, content, *, encoding=None, content_type=None):  # every address is answered by index.php
        super().page(path, content, encoding=encoding, content_type=content_type or "text/html; charset=utf-8")


def build() -> SiteBuild:
    site = Site(SITE, "quang-nam", f"{TITLE} (blog Liên minh HTX tỉnh Quảng Nam)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/vi/tin-tuc/detail/{a.path}"
    tags = sorted({t for p in posts for t in p.opts["tags"]})
    from .bantin_htxdaknong import slugify

    def tag_url(t: str) -> str:
        return f"/vi/tags/detail/{slugify(t)}"

    def cat_url(c: str) -> str:
        return f"/vi/tin-tuc/category/{c}"

    months = sorted({(a.date.year, a.date.month) for a in posts}, reverse=True)
    comments_all = sorted(((c, a) for a in posts for c in a.opts.get("comments", [])), key=lambda x: x[0][3], reverse=True)

    def widgets() -> str:
        cats = "".join(f'<li><a href="{cat_url(c)}" title="{attr(n)}">{esc(n)}&nbsp;({sum(1 for a in posts if a.opts["cat"] == c)})</a></li>'
                       for c, n in CATS.items())
        arch = "".join(f'<li><a href="/vi/tin-tuc/archive/{y}/{m:02d}">Tháng {m:02d}/{y}</a> ({sum(1 for a in posts if (a.date.year, a.date.month) == (y, m))})</li>'
                       for y, m in months)
        rec = "".join(f'<li><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></li>' for a in posts[:5])
        com = "".join(f'<li>{esc(c[1])} về <a href="{a.path}#comment-{c[0]}" title="{attr(a.title)}">{esc(a.title)}</a></li>' for c, a in comments_all[:3])
        cloud = "".join(f'<li><a href="{tag_url(t)}">{esc(t)}</a></li>' for t in tags)
        return (f'<aside id="sidebar" class="col-md-4">'
                f'<section class="mod" id="blogCategoriesWidget"><div class="inner"><header class="hd"><h3>Chuyên mục</h3></header><div class="bd content"><ul>{cats}</ul></div></div></section>'
                f'<section class="mod" id="blogArchiveWidget"><div class="inner"><header class="hd"><h3>Lưu trữ</h3></header><div class="bd content"><ul>{arch}</ul></div></div></section>'
                f'<section class="mod" id="blogRecentArticlesListWidget"><div class="inner"><header class="hd"><h3>Bài viết mới</h3></header><div class="bd content"><ul>{rec}</ul></div></div></section>'
                f'<section class="mod" id="blogRecentCommentsWidget"><div class="inner"><header class="hd"><h3>Bình luận mới</h3></header><div class="bd content"><ul>{com}</ul></div></div></section>'
                f'<section class="mod" id="tagsTagCloudWidget"><div class="inner"><header class="hd"><h3>Thẻ</h3></header><div class="bd content"><ul class="tag-cloud">{cloud}</ul></div></div></section>'
                f'</aside>')

    def layout(title: str, main: str, *, path: str, head: str = "", crumbs: list[tuple[str, str]] = ()) -> str:
        crumb = " <span>›</span> ".join([f'<a href="/vi" title="Trang chủ">Trang chủ</a>'] + [f'<a href="{h}" title="{attr(t)}">{esc(t)}</a>' if h else esc(t) for t, h in crumbs])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="Fork CMS">
  <title>{esc(title)}</title>
  <link rel="shortcut icon" href="/src/Frontend/Themes/Fork/favicon.ico">
  <link rel="stylesheet" href="/src/Frontend/Themes/Fork/Core/Layout/Css/screen.css?m=1718870000">
  <link rel="canonical" href="{{{{base}}}}{path}">
  <link rel="alternate" type="application/rss+xml" title="{TITLE}" href="{{{{base}}}}/vi/tin-tuc/rss">
  <meta property="og:site_name" content="{TITLE}">
{head}  <script src="/src/Frontend/Core/Js/jquery/jquery.js?m=1718870000"></script>
  <script src="/src/Frontend/Core/Js/frontend.js?m=1718870000"></script>
  <script>var jsFrontend = {{ data: {{ "LANGUAGE": "vi", "Core": {{ "preferred_language": "vi" }} }} }};</script>
</head>
<body class="vi" itemscope itemtype="http://schema.org/WebPage">
  <div id="cookie-bar" class="cookie-bar" data-nosnippet><p>{COOKIE}</p>
    <a href="#" id="cookie-bar-agree" class="btn btn-primary">Đồng ý</a> <a href="#" id="cookie-bar-disagree" class="btn btn-default">Từ chối</a></div>
  <div id="container">
    <header id="header">
      <div class="container">
        <a href="/vi" id="logo"><img src="/src/Frontend/Files/userfiles/images/logo-lmhtx-quangnam.png" alt="{TITLE}"></a>
        <nav id="navigation"><ul>
          <li><a href="/vi" title="Trang chủ">Trang chủ</a></li>
          <li><a href="/vi/gioi-thieu" title="Giới thiệu">Giới thiệu</a></li>
          <li class="selected"><a href="/vi/tin-tuc" title="Tin tức">Tin tức</a></li>
          <li><a href="/vi/lien-he" title="Liên hệ">Liên hệ</a></li>
        </ul></nav>
        <form id="searchForm" class="search" method="get" action="/vi/tim-kiem"><input type="search" name="q_widget" id="qWidget" class="form-control autoSuggest" placeholder="Tìm kiếm"><input type="hidden" name="form" value="search"></form>
      </div>
    </header>
    <div id="breadcrumb" class="container" itemprop="breadcrumb">{crumb}</div>
    <div id="main" class="container"><div class="row">
      <div id="content" class="col-md-8">
{main}
      </div>
      {widgets()}
    </div></div>
    <footer id="footer">
      <div class="container">
        {"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}
        <ul class="footer-navigation"><li><a href="/vi/so-do-website" title="Sơ đồ website">Sơ đồ website</a></li>
        <li><a href="{{{{base:offsite}}}}/facebook/lmhtxquangnam" rel="noopener">Facebook</a></li></ul>
      </div>
    </footer>
  </div>
  <script src="/src/Frontend/Core/Js/utils.js?m=1718870000"></script>
</body>
</html>
"""

    def meta_line(a: RichArticle, detail: bool) -> str:
        c = a.opts["cat"]
        when = (f'<time itemprop="datePublished" datetime="{a.date:%Y-%m-%dT%H:%M:%S}">{a.date:%d/%m/%Y}</time>' if detail
                else f"{a.date:%d/%m/%Y}")
        tag_links = ", ".join(f'<a href="{tag_url(t)}" rel="tag" title="{attr(t)}">{esc(t)}</a>' for t in a.opts["tags"])
        n = len(a.opts.get("comments", []))
        clabel = "Chưa có bình luận" if n == 0 else f"{n} bình luận"
        canchor = "#binh-luan" if n == 0 else "#cac-binh-luan"
        sect = 'itemprop="articleSection" ' if detail else ""
        disc = ' itemprop="discussionUrl"' if detail else ""
        return (f'<ul><li>Viết bởi {NICK} vào {when} trong danh mục <a {sect}href="{cat_url(c)}" '
                f'title="{attr(CATS[c])}">{esc(CATS[c])}</a> với các thẻ <span itemprop="keywords">{tag_links}</span>.</li>'
                f'<li><a href="{a.path}{canchor}"{disc}>{clabel}</a></li>'
                + (f'<li><a href="{a.path}" class="share">Chia sẻ</a></li>' if detail else "") + "</ul>")

    def item_in_list(a: RichArticle) -> str:
        img = (f'<img src="/src/Frontend/Files/blog/images/source/{a.opts["image"]}" alt="{attr(a.title)}" />' if a.opts.get("image") else "")
        text = f'<p>{esc(a.opts["intro"])}</p>' if a.opts.get("intro") else render(a)
        return (f'<article class="mod"><div class="inner"><header class="hd"><h3><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></h3>'
                f'{meta_line(a, False)}</header><div class="bd content">{img}{text}</div></div></article>')

    for i, a in enumerate(posts):
        prev_ = posts[i + 1] if i + 1 < len(posts) else None
        next_ = posts[i - 1] if i > 0 else None
        nav = ('<ul class="pageNavigation">'
               + (f'<li class="previousLink"><a href="{prev_.path}" rel="prev">Bài trước: {esc(prev_.title)}</a></li>' if prev_ else "")
               + (f'<li class="nextLink"><a href="{next_.path}" rel="next">Bài tiếp theo: {esc(next_.title)}</a></li>' if next_ else "")
               + "</ul>")
        comments = a.opts.get("comments", [])
        cm = ""
        if comments:
            cm = ('<section id="blogComments" class="mod" itemscope itemtype="http://schema.org/Article"><div class="inner"><header class="hd">'
                  f'<h3 id="cac-binh-luan">Bình luận</h3></header><div class="bd content">'
                  + "".join(f'<div id="comment-{cid}" class="comment" itemprop="comment" itemscope itemtype="http://schema.org/UserComments">'
                            f'<meta itemprop="discusses" content="{attr(a.title)}" /><div class="imageHolder"><img src="/src/Frontend/Core/Layout/images/default_author_avatar.gif.png" '
                            f'width="48" height="48" alt="{attr(who)}" class="replaceWithGravatar" /></div><div class="commentContent">'
                            f'<p class="commentAuthor" itemscope itemtype="http://schema.org/Person"><span itemprop="creator name">{esc(who)}</span> đã viết '
                            f'<time itemprop="commentTime" datetime="{when:%Y-%m-%dT%H:%M:%S}">{timeago(when)}</time></p>'
                            f'<div class="commentText content" itemprop="commentText"><p>{esc(text)}</p></div></div></div>'
                            for cid, who, text, when in comments)
                  + "</div></div></section>")
        form = ('<section id="blogCommentForm" class="mod"><div class="inner"><header class="hd"><h3 id="binh-luan">Để lại bình luận</h3></header>'
                f'<div class="bd"><form method="post" action="{a.path}#binh-luan" id="commentsForm"><input type="hidden" name="form" value="commentsForm" />'
                '<p><label for="author">Tên<abbr title="Trường bắt buộc">*</abbr></label><input type="text" id="author" name="author" class="form-control" /></p>'
                '<p><label for="email">Email<abbr title="Trường bắt buộc">*</abbr></label><input type="email" id="email" name="email" class="form-control" /></p>'
                '<p class="bigInput"><label for="website">Trang web</label><input type="url" id="website" name="website" class="form-control" /></p>'
                '<p class="bigInput"><label for="message">Lời nhắn<abbr title="Trường bắt buộc">*</abbr></label><textarea id="message" name="message" class="form-control"></textarea></p>'
                '<p><input class="inputSubmit btn btn-primary" type="submit" name="comment" value="Gửi bình luận" /></p></form></div></div></section>')
        img = (f'<img src="/src/Frontend/Files/blog/images/source/{a.opts["image"]}" alt="{attr(a.title)}" itemprop="image" />' if a.opts.get("image") else "")
        main = (f'<div id="blogDetail"><article class="mod article" itemscope itemtype="http://schema.org/Blog"><div class="inner">'
                f'<meta itemprop="interactionCount" content="UserComments:{len(comments)}"><meta itemprop="author" content="{NICK}">'
                f'<header class="hd"><h1 itemprop="name">{esc(a.title)}</h1>{meta_line(a, True)}</header>'
                f'<div class="bd content" itemprop="articleBody">{img}{render(a)}</div>'
                f'<footer class="ft">{nav}</footer></div></article>{cm}{form}</div>')
        full = f"{{{{base}}}}{a.path}"
        desc = a.opts.get("intro") or a.summary()
        head = (f'  <meta name="description" content="{attr(desc)}">\n  <meta name="keywords" content="{attr(", ".join(a.opts["tags"]))}">\n'
                f'  <meta property="og:type" content="article">\n  <meta property="og:title" content="{attr(a.title)}">\n'
                f'  <meta property="og:url" content="{full}">\n  <meta property="og:description" content="{attr(desc)}">\n'
                + (f'  <meta property="og:image" content="{{{{base}}}}/src/Frontend/Files/blog/images/source/{a.opts["image"]}">\n' if a.opts.get("image") else "")
                + f'  <link rel="alternate" type="application/rss+xml" title="Bình luận về {attr(a.title)}" href="{{{{base}}}}/vi/tin-tuc/article-comments-rss?id={a.opts["id"]}">\n')
        site.page(a.path, layout(f"{a.title} - {TITLE}", main, path=a.path, head=head,
                                 crumbs=[("Tin tức", "/vi/tin-tuc"), (CATS[a.opts["cat"]], cat_url(a.opts["cat"])), (a.title, "")]))
        cf = f"/vi/tin-tuc/article-comments-rss?id={a.opts['id']}"
        site.page(cf, rss(f"Bình luận về {a.title}", a.path, [
            (f"{who} về {a.title}", f"{a.path}#comment-{cid}", when, text) for cid, who, text, when in comments]),
            content_type="application/rss+xml; charset=utf-8")
        if a.opts.get("old_link"):
            old = f"/tin-tuc/detail/{a.opts['slug']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/src/Frontend/Files/userfiles/images/{b.src}", image_for(b.src))
        if a.opts.get("image"):
            site.binary(f"/src/Frontend/Files/blog/images/source/{a.opts['image']}", image_for(a.opts["image"]))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["QUYET DINH SO 58/QD-LMHTX", "Danh sach HTX duoc khen thuong nam 2025"]))
        site.add_article(a)

    def list_page(path: str, title: str, main: str, crumbs: list) -> None:
        site.page(path, layout(f"{title} - {TITLE}", main, path=path, head='  <meta property="og:type" content="website">\n', crumbs=crumbs))
        site.non_articles.append(path)

    def pagination(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        lis = []
        if n > 0:
            lis.append(f'<li class="page-item"><a class="page-link" href="{base if n == 1 else f"{base}?page={n}"}" rel="prev">‹ Trước</a></li>')
        for k in range(total):
            href = base if k == 0 else f"{base}?page={k + 1}"
            lis.append(f'<li class="page-item active"><span class="page-link">{k + 1}</span></li>' if k == n
                       else f'<li class="page-item"><a class="page-link" href="{href}">{k + 1}</a></li>')
        if n + 1 < total:
            lis.append(f'<li class="page-item"><a class="page-link" href="{base}?page={n + 2}" rel="next">Sau ›</a></li>')
        return f'<nav class="pagination-wrapper"><ul class="pagination">{"".join(lis)}</ul></nav>'

    per = 5
    chunks = [posts[k:k + per] for k in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks):
        path = "/vi/tin-tuc" if n == 0 else f"/vi/tin-tuc?page={n + 1}"
        list_page(path, "Tin tức", f'<div id="blogIndex">{"".join(item_in_list(a) for a in chunk)}</div>{pagination("/vi/tin-tuc", n, len(chunks))}',
                  [("Tin tức", "")])
    site.trap("the blog index /vi/tin-tuc and ?page=2 (5 a page): a post without introduction is printed IN FULL (its text, "
              "captions, byline) under an <h3> link and the 'Viết bởi … vào 24/06/2025' line (no <time>): listings, not "
              "articles; posts with an introduction show that sentence only", "/vi/tin-tuc?page=2")
    for c, name in CATS.items():
        items = [a for a in posts if a.opts["cat"] == c]
        list_page(cat_url(c), name, f'<div id="blogCategory"><header class="hd"><h2>{esc(name)}</h2></header>{"".join(item_in_list(a) for a in items)}</div>',
                  [("Tin tức", "/vi/tin-tuc"), (name, "")])
    for y in sorted({a.date.year for a in posts}):
        items = [a for a in posts if a.date.year == y]
        list_page(f"/vi/tin-tuc/archive/{y}", f"Lưu trữ {y}", f'<div id="blogArchive"><header class="hd"><h2>Lưu trữ năm {y}</h2></header>'
                  f'{"".join(item_in_list(a) for a in items)}</div>', [("Tin tức", "/vi/tin-tuc"), (f"Lưu trữ {y}", "")])
    for y, m in months:
        items = [a for a in posts if (a.date.year, a.date.month) == (y, m)]
        list_page(f"/vi/tin-tuc/archive/{y}/{m:02d}", f"Lưu trữ tháng {m:02d}/{y}", f'<div id="blogArchive"><header class="hd"><h2>Lưu trữ tháng {m:02d}/{y}</h2></header>'
                  f'{"".join(item_in_list(a) for a in items)}</div>', [("Tin tức", "/vi/tin-tuc"), (f"Lưu trữ {y}", f"/vi/tin-tuc/archive/{y}"), (f"Tháng {m:02d}", "")])
    site.trap("categories /vi/tin-tuc/category/<slug>, archives /vi/tin-tuc/archive/<yyyy>[/<mm>] (full texts again), tags "
              "/vi/tags/detail/<slug> (titles only): listings", "/vi/tin-tuc/archive/2025/06")
    for t in tags:
        items = [a for a in posts if t in a.opts["tags"]]
        list_page(tag_url(t), f"Thẻ: {t}", f'<div id="tagsDetail"><section class="mod"><div class="inner"><header class="hd"><h2>{esc(t)}</h2></header>'
                  '<div class="bd content"><h3>Tin tức</h3><ul>' + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items)
                  + "</ul></div></div></section></div>", [("Thẻ", "/vi/tags"), (t, "")])
    list_page("/vi/tags", "Thẻ", '<div id="tagsIndex"><ul>' + "".join(f'<li><a href="{tag_url(t)}">{esc(t)}</a></li>' for t in tags) + "</ul></div>", [("Thẻ", "")])

    # home: pages module with the recent-articles widget (titles, dates, first post's introduction)
    home = ('<div class="mod"><div class="inner"><div class="bd content"><p>Chào mừng bạn đến với trang tin của Liên minh HTX tỉnh Quảng Nam.</p></div></div></div>'
            '<section id="blogRecentArticlesFull" class="mod"><div class="inner"><header class="hd"><h3>Tin mới nhất</h3></header><div class="bd content"><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <small>{a.date:%d/%m/%Y}</small></li>' for a in posts[:4])
            + '</ul><p><a href="/vi/tin-tuc">Xem tất cả tin</a></p></div></div></section>')
    list_page("/vi", "Trang chủ", home, [])
    site.redirect("/", "/vi", 302)
    old = next(a for a in posts if a.opts.get("old_link"))
    list_page("/vi/gioi-thieu", "Giới thiệu", '<div class="mod"><div class="inner"><div class="bd content"><h1>Giới thiệu</h1>'
              '<p>Liên minh Hợp tác xã tỉnh Quảng Nam là tổ chức đại diện, hỗ trợ các HTX trên địa bàn tỉnh. Từ ngày 01/7/2025, Liên minh '
              'hợp nhất vào Liên minh HTX thành phố Đà Nẵng.</p>'
              f'<p>Bài viết tiêu biểu: <a href="/tin-tuc/detail/{old.opts["slug"]}">{esc(old.title)}</a></p></div></div></div>', [("Giới thiệu", "")])
    list_page("/vi/lien-he", "Liên hệ", '<div class="mod"><div class="inner"><div class="bd content"><h1>Liên hệ</h1><p>Gửi thư cho chúng tôi qua biểu mẫu dưới đây.</p>'
              '<form method="post" action="/vi/lien-he" id="formbuilder1"><input type="text" name="ten" /><textarea name="noi-dung"></textarea>'
              '<input type="submit" value="Gửi" /></form></div></div></div>', [("Liên hệ", "")])
    list_page("/vi/so-do-website", "Sơ đồ website", '<div class="mod"><div class="inner"><div class="bd content"><ul class="sitemap">'
              '<li><a href="/vi">Trang chủ</a></li><li><a href="/vi/gioi-thieu">Giới thiệu</a></li><li><a href="/vi/tin-tuc">Tin tức</a></li>'
              '<li><a href="/vi/lien-he">Liên hệ</a></li></ul></div></div></div>', [("Sơ đồ website", "")])
    site.trap("'/' 302 -> /vi (pages module: recent titles); /vi/gioi-thieu links a post without the language prefix "
              "(/tin-tuc/detail/<slug>, 301 to /vi/…): an alias; /vi/lien-he, /vi/so-do-website, /vi/tags: not articles", "/vi/gioi-thieu")
    site.page("/vi/tin-tuc/rss", rss(TITLE, "/vi/tin-tuc", [(a.title, a.path, a.date, a.opts.get("intro") or render(a)) for a in posts]),
              content_type="application/rss+xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /private/\nDisallow: /backend/\nDisallow: /api/\n")
    site.trap("post page: <time itemprop='datePublished' datetime='2025-06-24T16:45:00'> (no offset; the RSS pubDate "
              "'Tue, 24 Jun 2025 16:45:00 +0700'); <meta itemprop='author' content='Ban Biên tập'> is the CMS nickname; "
              "'Bài trước: …' / 'Bài tiếp theo: …' neighbour titles in footer.ft; comment feed "
              "/vi/tin-tuc/article-comments-rss?id=N in the head", posts[0].path)
    for name in ("src/Frontend/Files/userfiles/images/logo-lmhtx-quangnam.png", "src/Frontend/Themes/Fork/favicon.ico",
                 "src/Frontend/Core/Layout/images/default_author_avatar.gif.png"):
        site.binary(f"/{name}", image_for(name))
    return site


def rss(title: str, link: str, items: list) -> str:
    def pub(d: datetime) -> str:
        wd = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d.weekday()]
        mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[d.month - 1]
        return f"{wd}, {d:%d} {mon} {d:%Y %H:%M:%S} +0700"
    out = "".join(f"<item><title>{esc(t)}</title><link>{{{{base}}}}{p}</link><description><![CDATA[{d}]]></description>"
                  f"<pubDate>{pub(w)}</pubDate><guid isPermaLink=\"true\">{{{{base}}}}{p}</guid></item>" for t, p, w, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f'<title>{esc(title)}</title><link>{{{{base}}}}{link}</link><description>{esc(title)}</description><language>vi</language>'
            f'<generator>Fork CMS</generator>{out}</channel></rss>\n')
