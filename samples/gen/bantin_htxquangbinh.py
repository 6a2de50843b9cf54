"""Site `bantin-htxquangbinh` (registry family `generic`): "Bản tin Kinh tế hợp tác Quảng Bình", the bulletin of the
Quảng Bình cooperative alliance (the province joined Quảng Trị on 1 July 2025) on **Textpattern CMS 4.8** (the
bundled `four-point-eight` theme translated to Vietnamese, permlink mode `section_id_title`); written as a held-out
test: no family module, no selectors.

Why it is hard: an article is `/<section>/<id>/<url-title>` (rel=canonical) and answers its messy forms too:
`/index.php?id=<id>` (the sidebar's "Đọc nhiều" plugin list) and `/<section>/<id>` (id only, the comment count's
link). The page's `<article class="article" itemprop="blogPost">` holds `<h1 itemprop="headline">`, a meta line
"Đăng lúc <time datetime='…+07:00' itemprop='datePublished'>12 Tháng Ba 2025</time> · bởi <account>" (the account
`/author/bientap/` is the editors' login: never the author), the excerpt (the lead) and `itemprop="articleBody"`;
the "Văn bản" section's form prints the day without a `<time>` element. Comments (`ol.comments`, their own dates)
and the `#txpCommentInputForm` preview form follow the text. Lists: the front page and `/tin-tuc/` with `?pg=2`
("Bài cũ hơn"), `/category/<cat>/` and its messy forms `?c=<cat>` and `?s=<section>&c=<cat>`, `/author/<login>/`,
search `?q=`; files are `/file_download/<id>/<name>`; `/rss/` and `/atom/`; robots.txt disallows `/textpattern/`.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "bantin-htxquangbinh"
NAME = "Bản tin Kinh tế hợp tác Quảng Bình"
SLOGAN = "Tiếng nói của các hợp tác xã vùng đất Quảng Bình"
LOGIN, ACCOUNT = "bientap", "Ban Biên tập Bản tin"
MONTHS = ["Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
SECTIONS = {"tin-tuc": "Tin tức", "van-ban": "Văn bản", "gioi-thieu": "Giới thiệu", "lien-he": "Liên hệ"}
CATS = {"hoat-dong": "Hoạt động Liên minh", "ocop": "Sản phẩm OCOP", "mo-hinh": "Mô hình hay", "chinh-sach": "Chính sách"}
COMMENTS = [("Trương Văn Hiếu", "HTX chúng tôi ở Lệ Thủy cũng muốn tham gia, xin số điện thoại liên hệ.", datetime(2025, 6, 12, 21, 4)),
            ("Ngô Thị Huyền", "Bài viết rất thiết thực, mong Bản tin đưa thêm các mô hình ở huyện miền núi.", datetime(2025, 6, 13, 6, 37))]
FURN = [SLOGAN, "Đọc nhiều", "Chuyên mục", "Lưu trữ", "Bình luận",
        "Bình luận sẽ được kiểm duyệt trước khi hiển thị.", "Họ tên", "Thư điện tử", "Trang web", "Lời nhắn",
        "Ghi nhớ thông tin", "Bài trước", "Bài sau", "Đăng lúc", "Chuyên mục:",
        "Bản tin do Liên minh HTX tỉnh Quảng Bình biên soạn, phát hành hằng tháng từ năm 2012.",
        "Trụ sở: số 06 Hùng Vương, thành phố Đồng Hới, tỉnh Quảng Bình", "Điện thoại: 0232 3822 417",
        "Vận hành bởi Textpattern CMS", "Lên đầu trang", ACCOUNT]


def vdate(d: datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def articles() -> list[RichArticle]:
    A = Txp

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="tin-tuc/214/lien-minh-htx-tinh-so-ket-6-thang-dau-nam-2025", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025",
          lead="Ngày 10/6, Liên minh HTX tỉnh Quảng Bình tổ chức hội nghị sơ kết 6 tháng đầu năm và bàn phương án sắp xếp sau hợp nhất tỉnh.",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 27 HTX, nâng tổng số HTX đang hoạt động lên 486 HTX.
[img so-ket-6-thang-2025.png] Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị
## Chuẩn bị hợp nhất với Liên minh HTX tỉnh Quảng Trị
Liên minh HTX tỉnh đã hoàn thành kiểm kê tài sản, hồ sơ thành viên và nguồn vốn Quỹ hỗ trợ phát triển HTX.
Hội nghị thống nhất giữ ổn định hoạt động tư vấn, hỗ trợ HTX trong thời gian chuyển tiếp.
""", byline="Bài, ảnh: Hoàng Thị Phương Thảo", author="Hoàng Thị Phương Thảo",
          opts={"cat": "hoat-dong", "comments": True, "popular": True},
          notes=["Textpattern article /tin-tuc/214/<url-title>: h1 itemprop=headline in <article class=article>; meta line "
                 "'Đăng lúc <time datetime=2025-06-11T15:30:00+07:00>11 Tháng Sáu 2025</time> · bởi Ban Biên tập Bản tin' "
                 "(the login's name, never the author); the lead is the excerpt <div>; 'Bài, ảnh: …' closes the text "
                 "(author); two comments with their own dates and the txpCommentInputForm after the text: not text",
                 "the sidebar's 'Đọc nhiều' links /index.php?id=214 and the comment count /tin-tuc/214 (id only): the same "
                 "page, rel=canonical to the clean URL: aliases"],
          **at(datetime(2025, 6, 11, 15, 30))),
        A(path="van-ban/209/ke-hoach-12-kh-lmhtx-tham-gia-hoi-cho-ocop-mien-trung-2025", title="Kế hoạch số 12/KH-LMHTX hỗ trợ HTX tham gia Hội chợ OCOP miền Trung năm 2025",
          body="""
LIÊN MINH HTX TỈNH QUẢNG BÌNH
Số: 12/KH-LMHTX
Quảng Bình, ngày 12 tháng 5 năm 2025
KẾ HOẠCH
Hỗ trợ HTX tham gia Hội chợ OCOP khu vực miền Trung năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Giới thiệu sản phẩm OCOP của HTX tỉnh Quảng Bình, tìm kiếm đối tác tiêu thụ tại các tỉnh miền Trung.
## II. NỘI DUNG HỖ TRỢ
- Hỗ trợ 100% chi phí gian hàng cho 15 HTX có sản phẩm OCOP 3 sao trở lên;
- Hỗ trợ 50% chi phí vận chuyển sản phẩm;
- Thời gian đăng ký: trước ngày 30/5/2025.
Nơi nhận:
- Các HTX thành viên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Xuân Phong
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/file_download/37/KH-12-LMHTX-2025.pdf", "text": "KH-12-LMHTX-2025.pdf"}],
          opts={"cat": "chinh-sach", "notime": True},
          notes=["official plan in the 'Văn bản' section: 'Số: 12/KH-LMHTX', place-date line 12/5/2025, posted 'Đăng lúc 14 Tháng "
                 "Năm 2025' (this section's form prints the day without a <time> element and without the hour: midnight); "
                 "'- ' paragraphs and the 'Nơi nhận:' block are text; the signer ends it, author null; the file "
                 "/file_download/37/KH-12-LMHTX-2025.pdf under 'Tệp đính kèm:' (an attachment)"],
          date=datetime(2025, 5, 14, 9, 10), published=iso(datetime(2025, 5, 14), with_time=False),
          published_source="date-element", evidence=["date-element", "listing"]),
        A(path="tin-tuc/205/san-pham-ocop-cua-htx-quang-binh-qua-5-nam", title="Sản phẩm OCOP của HTX Quảng Bình qua 5 năm",
          lead="Sau 5 năm triển khai Chương trình OCOP, khu vực HTX đóng góp gần một nửa số sản phẩm OCOP của tỉnh.",
          body="""
| Năm | Sản phẩm OCOP của HTX | Trong đó 4 sao |
| 2020 | 12 | 1 |
| 2021 | 19 | 2 |
| 2022 | 26 | 4 |
| 2023 | 31 | 5 |
| 2024 | 38 | 7 |
Các sản phẩm tiêu biểu gồm khoai deo Quảng Ninh, nước mắm Cảnh Dương, rượu nếp Lệ Thủy và tinh dầu tràm.
""", byline="Theo Báo Quảng Bình", author=None,
          opts={"cat": "ocop"},
          notes=["a Textile-made table (one line per row); 'Theo Báo Quảng Bình' (a newspaper) closes the text: author null"],
          **at(datetime(2025, 4, 22, 8, 0))),
        A(path="tin-tuc/201/htx-nuoc-mam-canh-duong-giu-nghe-truyen-thong", title="HTX nước mắm Cảnh Dương giữ nghề truyền thống",
          body="""
Ở làng biển Cảnh Dương, HTX Chế biến hải sản Cảnh Dương là nơi giữ nghề làm nước mắm cá cơm ủ chượp trong thùng gỗ.
Mỗi năm, HTX thu mua khoảng 300 tấn cá cơm của ngư dân địa phương, sản xuất 180.000 lít nước mắm.
## Bí quyết của người làm mắm
Theo ông Nguyễn Văn Lương, Giám đốc HTX, cá phải được ướp muối ngay trên thuyền và ủ đủ 12 tháng.
[img nuoc-mam-canh-duong.png] Thùng chượp gỗ của HTX Chế biến hải sản Cảnh Dương
""", byline="Lê Hà - Trung tâm Xúc tiến thương mại", author="Lê Hà",
          opts={"cat": "mo-hinh", "popular": True},
          notes=["the photo and its caption (<p class=caption> after the <img> paragraph) come last, after the heading's "
                 "text; byline 'Lê Hà - Trung tâm Xúc tiến thương mại' -> author Lê Hà"],
          **at(datetime(2025, 4, 3, 10, 45))),
        A(path="tin-tuc/196/tap-huan-ke-toan-htx-theo-thong-tu-71", title="Tập huấn kế toán HTX theo Thông tư 71/2019/TT-BTC",
          body="""
Trong ba ngày 17 - 19/3, Liên minh HTX tỉnh mở lớp tập huấn kế toán cho 62 kế toán viên HTX.
Nội dung lớp học gồm:
# Hệ thống tài khoản và sổ sách kế toán HTX;
# Lập báo cáo tài chính năm;
# Quản lý tài sản không chia theo Luật HTX 2023.
""", author=None,
          opts={"cat": "hoat-dong"},
          notes=["a Textile numbered list; no byline: author null (the meta line's account is none); the title cites a "
                 "circular of 2019 (no publication date)"],
          **at(datetime(2025, 3, 20, 16, 15))),
        A(path="tin-tuc/190/htx-du-lich-phong-nha-don-khach-mua-le-hoi", title="HTX du lịch cộng đồng Phong Nha đón khách mùa lễ hội",
          lead="Dịp Tết Nguyên đán Ất Tỵ, HTX du lịch cộng đồng Phong Nha đón hơn 3.200 lượt khách.",
          body="""
HTX có 24 hộ thành viên làm dịch vụ homestay, chèo thuyền kayak và ẩm thực địa phương dọc sông Son.
Doanh thu dịp Tết đạt khoảng 1,6 tỷ đồng, tăng 30% so với cùng kỳ.
""", byline="Minh Quân", author="Minh Quân",
          opts={"cat": "mo-hinh", "comments": True},
          notes=["'Minh Quân' closes the text (author); comments below"],
          **at(datetime(2025, 2, 7, 9, 20))),
        A(path="tin-tuc/184/quy-ho-tro-phat-trien-htx-giai-ngan-dot-1-2025", title="Quỹ hỗ trợ phát triển HTX giải ngân đợt 1 năm 2025",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh vừa giải ngân 7,5 tỷ đồng cho 14 HTX vay vốn đợt 1 năm 2025.
Lãi suất cho vay 0,5%/tháng, thời hạn tối đa 36 tháng; các HTX nông nghiệp chiếm hơn 70% dư nợ.
""", byline="Bài, ảnh: Phan Thanh Tùng", author="Phan Thanh Tùng",
          opts={"cat": "chinh-sach"},
          notes=["not on the first pages of / and /tin-tuc/: reached through ?pg=2 ('Bài cũ hơn'), its category list and the author list"],
          **at(datetime(2025, 1, 15, 14, 0))),
        A(path="tin-tuc/178/gap-mat-cac-htx-tieu-bieu-nam-2024", title="Gặp mặt các HTX tiêu biểu năm 2024",
          body="""
Chiều 8/1, Liên minh HTX tỉnh tổ chức gặp mặt 40 HTX tiêu biểu năm 2024 và trao bằng khen cho 12 tập thể.
[img gap-mat-htx-2024.png] Trao bằng khen cho các HTX tiêu biểu
Các HTX tiêu biểu có doanh thu bình quân 4,8 tỷ đồng, lợi nhuận tăng 15% so với năm 2023.
""", byline="Hải Yến", author="Hải Yến",
          opts={"cat": "hoat-dong"},
          notes=["oldest (January 2025, a month the sidebar's archive does not list): through ?pg=2, /category/hoat-dong/, the author list and the messy section+category list ?s=tin-tuc&c=hoat-dong"],
          **at(datetime(2025, 1, 9, 7, 40))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            if b.text.startswith("# "):
                continue
            out.append(f"\t<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"\t<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"\t<{b.kind}>\n" + "\n".join(f"\t\t<li>{inline_html(i)}</li>" for i in b.items) + f"\n\t</{b.kind}>")
        elif b.kind == "img":
            out.append(f'\t<p><img src="/images/{b.src}" alt="" width="720" height="480" /></p>\n\t<p class="caption">{esc(b.text)}</p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("\t<table>\n\t\t<tr>\n" + "".join(f"\t\t\t<th>{esc(c)}</th>\n" for c in head) + "\t\t</tr>\n"
                       + "".join("\t\t<tr>\n" + "".join(f"\t\t\t<td>{esc(c)}</td>\n" for c in r) + "\t\t</tr>\n" for r in rows)
                       + "\t</table>")
    if a.byline:
        out.append(f'\t<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


class Txp(RichArticle):
    """Textile '# item' lines are an ordered list."""

    @property
    def blocks(self):
        from .richbody import parse_rich
        return parse_rich("\n".join(("+ " + ln.strip()[2:]) if ln.strip().startswith("# ") else ln
                                    for ln in self.body.splitlines()))


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-binh", NAME + " (Liên minh HTX tỉnh Quảng Bình)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN + [COMMENTS[0][1], COMMENTS[1][1]]
    news = articles()
    news.sort(key=lambda a: a.date, reverse=True)
    for a in news:
        sec, aid, slug = a.path.split("/")
        a.opts.update(sec=sec, id=int(aid), slug=slug)
        a.path = f"/{a.path}"
    popular = [a for a in news if a.opts.get("popular")]

    def layout(title: str, main: str, *, body_class: str, head: str = "") -> str:
        nav = "".join(f'<li><a href="/{s}/">{esc(n)}</a></li>' for s, n in SECTIONS.items())
        cats = "".join(f'<li><a href="/category/{c}/">{esc(n)}</a></li>' for c, n in CATS.items())
        pop = "".join(f'<li><a href="/index.php?id={a.opts["id"]}">{esc(a.title)}</a></li>' for a in popular)
        months = sorted({(a.date.year, a.date.month) for a in news}, reverse=True)
        arch = "".join(f'<li><a href="/tin-tuc/?month={y}-{m:02d}">{MONTHS[m - 1]} {y}</a></li>' for y, m in months[:4])
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <title>{title}</title>
    <meta name="generator" content="Textpattern CMS">
{head}
    <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/">
    <link rel="alternate" type="application/atom+xml" title="Atom" href="/atom/">
    <link rel="stylesheet" href="/css.php?n=default&amp;t=four-point-eight">
    <link rel="icon" href="/favicon.png">
</head>
<body class="{body_class}" itemscope itemtype="https://schema.org/WebPage">
    <a class="skip-link" href="#main">Chuyển tới nội dung chính</a>
    <header class="site-header">
        <p class="site-title"><a rel="home" href="/">{NAME}</a></p>
        <p class="site-slogan">{SLOGAN}</p>
    </header>
    <div class="site-navigation">
        <nav class="wrapper" aria-label="Điều hướng trang">
            <ul class="nav"><li><a href="/">Trang chủ</a></li>{nav}</ul>
            <div class="search"><form method="get" action="/" role="search"><p><input name="q" type="search" placeholder="Tìm trong Bản tin" aria-label="Tìm trong Bản tin"></p></form></div>
        </nav>
    </div>
    <div class="wrapper">
        <main class="container" id="main">
            <div class="layout-container">
                <div class="layout-3fr1">
{main}
                </div>
                <aside class="complementary-content">
                    <h4>Đọc nhiều</h4><ul class="article_list">{pop}</ul>
                    <h4>Chuyên mục</h4><ul class="category_list">{cats}</ul>
                    <h4>Lưu trữ</h4><ul class="archive_list">{arch}</ul>
                </aside>
            </div>
        </main>
    </div>
    <footer class="site-footer">
        <p>Bản tin do Liên minh HTX tỉnh Quảng Bình biên soạn, phát hành hằng tháng từ năm 2012.</p>
        <p>Trụ sở: số 06 Hùng Vương, thành phố Đồng Hới, tỉnh Quảng Bình</p>
        <p>Điện thoại: 0232 3822 417</p>
        <p><small>Vận hành bởi Textpattern CMS</small> · <a href="#main">Lên đầu trang</a></p>
    </footer>
    <script src="/js/main.js"></script>
</body>
</html>
"""

    def meta_line(a: RichArticle, *, link_comments: bool) -> str:
        if a.opts.get("notime"):
            posted = f'<strong>Đăng lúc</strong> {vdate(a.date)}'
        else:
            posted = (f'<strong>Đăng lúc</strong> <time datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">'
                      f'{vdate(a.date)}</time>')
        n = len(COMMENTS) if a.opts.get("comments") else 0
        com = (f' · <a href="/{a.opts["sec"]}/{a.opts["id"]}#comments-head" title="Bình luận">{n} bình luận</a>' if link_comments and n else "")
        return (f'<p class="meta">{posted} · <span itemprop="author" itemscope itemtype="https://schema.org/Person"><strong>bởi</strong> '
                f'<a rel="author" href="/author/{LOGIN}/"><span itemprop="name">{ACCOUNT}</span></a></span>{com}</p>')

    def article_html(a: RichArticle, *, individual: bool) -> str:
        url = a.path
        h = (f'<h1 itemprop="headline">{esc(a.title)}</h1>' if individual
             else f'<h2 itemprop="headline"><a href="{url}" itemprop="url mainEntityOfPage" title="Đọc tiếp">{esc(a.title)}</a></h2>')
        excerpt = f'<div class="excerpt" itemprop="description"><p>{inline_html(a.lead)}</p></div>' if a.lead else ""
        if not individual:
            summ = excerpt or f'<div class="excerpt" itemprop="description"><p>{esc(a.summary())}</p></div>'
            return (f'<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{h}'
                    f'{meta_line(a, link_comments=True)}{summ}<p class="read-more"><a href="{url}">Đọc tiếp →</a></p></article>')
        att = "".join(f'<p class="file"><strong>Tệp đính kèm:</strong> <a href="{x["path"]}" title="Tải tệp">{esc(x["text"])}</a> '
                      f'<span class="file-size">(212 KB)</span></p>' for x in a.attachments)
        cat = a.opts["cat"]
        return (f'<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                f'<meta itemprop="mainEntityOfPage" content="{{{{base}}}}{url}">{h}{meta_line(a, link_comments=True)}{excerpt}'
                f'<div itemprop="articleBody">\n{body_html(a)}\n</div>{att}'
                f'<p class="article-category"><strong>Chuyên mục:</strong> <a rel="tag" href="/category/{cat}/">{esc(CATS[cat])}</a>'
                + (' · <strong>Từ khóa:</strong> <a href="/?q=ocop">OCOP</a>' if "OCOP" in a.title + a.body + (a.lead or "") else "")
                + '</p></article>')

    def comments_html(a: RichArticle) -> str:
        sec, aid = a.opts["sec"], a.opts["id"]
        lis = ""
        if a.opts.get("comments"):
            lis = '<ol class="comments" id="comments">' + "".join(
                f'<li class="comment" id="c{aid:04d}{k:02d}"><p class="comment-meta"><span class="comment-author">{esc(n)}</span> · '
                f'<a href="{a.path}#c{aid:04d}{k:02d}"><time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{vdate(d)} lúc {d:%H:%M}</time></a></p>'
                f'<div class="comment-body"><p>{esc(t)}</p></div></li>' for k, (n, t, d) in enumerate(COMMENTS, 1)) + "</ol>"
        form = (f'<form id="txpCommentInputForm" method="post" action="{a.path}#cpreview"><div class="comments-wrapper">'
                f'<p class="comments-note">Bình luận sẽ được kiểm duyệt trước khi hiển thị.</p>'
                f'<p class="comment-name"><label for="name">Họ tên</label><input id="name" name="name" type="text" size="25" value="" required></p>'
                f'<p class="comment-email"><label for="email">Thư điện tử</label><input id="email" name="email" type="email" size="25" value=""></p>'
                f'<p class="comment-web"><label for="web">Trang web</label><input id="web" name="web" type="text" size="25" value=""></p>'
                f'<p class="comment-message"><label for="message">Lời nhắn</label><textarea id="message" name="message" cols="25" rows="5" required></textarea></p>'
                f'<p class="comment-remember"><input type="checkbox" name="remember" value="1" id="remember"> <label for="remember">Ghi nhớ thông tin</label></p>'
                f'<p><input type="submit" name="preview" class="button" id="txpCommentPreview" value="Xem trước"> '
                f'<input type="submit" name="submit" class="button disabled" id="txpCommentSubmit" value="Gửi" disabled></p>'
                f'<input type="hidden" name="parentid" value="{aid}"><input type="hidden" name="backpage" value="/{sec}/{aid}/{a.opts["slug"]}">'
                f'</div></form>')
        return f'<section class="comments-section"><h2 id="comments-head">Bình luận</h2>{lis}{form}</section>'

    for i, a in enumerate(news):
        same_sec = [b for b in news if b.opts["sec"] == a.opts["sec"]]
        j = same_sec.index(a)
        nav = '<nav class="paginator" aria-label="Bài trước và bài sau">'
        if j + 1 < len(same_sec):
            o = same_sec[j + 1]
            nav += f'<a rel="prev" href="{o.path}" title="{attr(o.title)}">Bài trước</a> '
        if j > 0:
            o = same_sec[j - 1]
            nav += f'<a rel="next" href="{o.path}" title="{attr(o.title)}">Bài sau</a>'
        nav += "</nav>"
        head = (f'    <link rel="canonical" href="{{{{base}}}}{a.path}">\n    <meta name="description" content="{attr(a.summary())}">\n'
                f'    <meta name="robots" content="index, follow, noodp, noydir">')
        html = layout(f"{esc(a.title)} | {NAME}", article_html(a, individual=True) + nav + comments_html(a),
                      body_class=f"{a.opts['sec']}-page", head=head)
        site.page(a.path, html)
        short = f"/{a.opts['sec']}/{a.opts['id']}"
        site.same_page(short, a.path)
        messy = f"/index.php?id={a.opts['id']}"
        site.same_page(messy, a.path)
        a.aliases += [short, messy]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 12/KH-LMHTX", "Hoi cho OCOP mien Trung 2025"]))
        site.add_article(a)

    def listing(base: str, title: str, items: list, body_class: str, *, per: int = 5, aliases=(), extra: str = "") -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        sep = "&" if "?" in base else "?"
        urls = [base] + [f"{base}{sep}pg={k}" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            pager = '<nav class="paginator" aria-label="Phân trang">'
            if n > 0:
                pager += f'<a rel="prev" href="{urls[n - 1]}">Bài mới hơn</a> '
            if n + 1 < len(chunks):
                pager += f'<a rel="next" href="{urls[n + 1]}">Bài cũ hơn</a>'
            pager += "</nav>"
            main = (f'<h1>{esc(title)}</h1>' + "".join(article_html(a, individual=False) for a in chunk) + pager + extra)
            site.page(urls[n], layout(f"{esc(title)} | {NAME}", main, body_class=body_class,
                                      head=f'    <link rel="canonical" href="{{{{base}}}}{urls[n]}">'))
            site.non_articles.append(urls[n])
        for al in aliases:
            site.same_page(al, base)

    listing("/", NAME, news, "front-page")
    listing("/tin-tuc/", "Tin tức", [a for a in news if a.opts["sec"] == "tin-tuc"], "tin-tuc-page")
    listing("/van-ban/", "Văn bản", [a for a in news if a.opts["sec"] == "van-ban"], "van-ban-page")
    for c, n in CATS.items():
        items = [a for a in news if a.opts["cat"] == c]
        listing(f"/category/{c}/", f"Chuyên mục: {n}", items, "category-page", aliases=[f"/?c={c}"])
    hd = [a for a in news if a.opts["cat"] == "hoat-dong" and a.opts["sec"] == "tin-tuc"]
    listing("/?s=tin-tuc&c=hoat-dong", "Tin tức: Hoạt động Liên minh", hd, "tin-tuc-page", per=10)
    listing(f"/author/{LOGIN}/", f"Bài của {ACCOUNT}", news, "author-page", per=10)
    months = sorted({(a.date.year, a.date.month) for a in news}, reverse=True)[:4]
    for y, m in months:
        listing(f"/tin-tuc/?month={y}-{m:02d}", f"Lưu trữ {MONTHS[m - 1]} {y}",
                [a for a in news if (a.date.year, a.date.month) == (y, m) and a.opts["sec"] == "tin-tuc"], "tin-tuc-page", per=10)
    hits = [a for a in news if "OCOP" in a.title + a.body + (a.lead or "")]
    listing("/?q=ocop", "Kết quả tìm kiếm: ocop", hits, "search-page", per=10)
    site.trap("front page / and section list /tin-tuc/ paged by ?pg=2 ('Bài cũ hơn'), 5 a page (title, meta line with "
              "<time>, excerpt); the category list /category/<cat>/ also answers ?c=<cat>; the section+category list "
              "?s=tin-tuc&c=hoat-dong (the old sidebar link), the author list /author/bientap/, month lists "
              "/tin-tuc/?month=2025-06 and search /?q=ocop: listings", "/tin-tuc/?pg=2")
    # the old messy category link, as a sidebar of an old bulletin page would have it
    intro = ('<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
             '<h1 itemprop="headline">Giới thiệu Bản tin Kinh tế hợp tác Quảng Bình</h1><div itemprop="articleBody">'
             '<p>Bản tin Kinh tế hợp tác Quảng Bình là ấn phẩm thông tin của Liên minh HTX tỉnh, phản ánh hoạt động của các HTX, '
             'tổ hợp tác và chính sách phát triển kinh tế tập thể.</p><p>Bản tin đăng tải các văn bản của Liên minh, gương HTX '
             'điển hình và kinh nghiệm sản xuất, kinh doanh của các thành viên.</p>'
             '<p>Xem các bài cũ theo chuyên mục: <a href="/?s=tin-tuc&amp;c=hoat-dong">Hoạt động Liên minh</a>.</p></div></article>')
    site.page("/gioi-thieu/1/ban-tin-kinh-te-hop-tac-quang-binh", layout(f"Giới thiệu | {NAME}", intro, body_class="gioi-thieu-page",
              head='    <link rel="canonical" href="{{base}}/gioi-thieu/1/ban-tin-kinh-te-hop-tac-quang-binh">'))
    site.page("/gioi-thieu/", layout(f"Giới thiệu | {NAME}", intro.replace("<h1", "<h2").replace("</h1>", "</h2>"), body_class="gioi-thieu-page"))
    contact = ('<h1>Liên hệ</h1><p>Ban Biên tập Bản tin Kinh tế hợp tác – Liên minh HTX tỉnh Quảng Bình.</p>'
               '<form method="post" action="/lien-he/" class="zemContactForm" id="zcr0"><fieldset><legend>Gửi thư cho Ban Biên tập</legend>'
               '<label for="zemName">Họ tên</label><input type="text" id="zemName" name="zem_contact_name">'
               '<label for="zemMessage">Nội dung</label><textarea id="zemMessage" name="zem_contact_message"></textarea>'
               '<input type="submit" class="zemSubmit" name="zem_contact_submit" value="Gửi"></fieldset></form>')
    site.page("/lien-he/", layout(f"Liên hệ | {NAME}", contact, body_class="lien-he-page"))
    site.non_articles += ["/gioi-thieu/1/ban-tin-kinh-te-hop-tac-quang-binh", "/gioi-thieu/", "/lien-he/"]
    site.trap("the introduction is an article of the 'gioi-thieu' section (/gioi-thieu/1/<url-title>, h1, body, no meta line, "
              "no date), the section page /gioi-thieu/ shows it too; contact /lien-he/ (zem_contact form): not articles",
              "/gioi-thieu/1/ban-tin-kinh-te-hop-tac-quang-binh")
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.summary())}</description>"
                    f"<pubDate>{(a.date):%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{ACCOUNT}</dc:creator>"
                    f'<guid isPermaLink="false">tag:bantinhtxqb,{a.date:%Y-%m-%d}:{a.opts["id"]}</guid></item>' for a in news[:5])
    site.page("/rss/", f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
              f"<channel><title>{NAME}</title><link>{{{{base}}}}/</link><description>{SLOGAN}</description>{items}</channel></rss>",
              content_type="application/rss+xml; charset=utf-8")
    entries = "".join(f'<entry><title>{esc(a.title)}</title><link rel="alternate" type="text/html" href="{{{{base}}}}{a.path}"/>'
                      f'<published>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</published><updated>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</updated>'
                      f'<id>tag:bantinhtxqb,{a.date:%Y-%m-%d}:{a.opts["id"]}</id><author><name>{ACCOUNT}</name></author></entry>' for a in news[:5])
    site.page("/atom/", f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{NAME}</title>'
              f'<link rel="self" href="{{{{base}}}}/atom/"/><id>tag:bantinhtxqb,2012:site</id><updated>{news[0].date:%Y-%m-%dT%H:%M:%S}+07:00</updated>{entries}</feed>',
              content_type="application/atom+xml; charset=utf-8")
    site.page("/textpattern/", "<!DOCTYPE html><html><head><title>Textpattern</title></head><body><form method='post'>"
              "<input name='p_userid'><input name='p_password' type='password'></form></body></html>")
    site.never_fetched.append("/textpattern/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /textpattern/\nDisallow: /rpc/\n")
    site.static("/css.php", "body{font-family:Georgia,serif}\n")
    site.binary("/favicon.png", image_for("favicon"))
    site.trap("robots.txt disallows /textpattern/ (the admin login); no page links it but the crawl must not guess it either",
              "/textpattern/")
    return site
