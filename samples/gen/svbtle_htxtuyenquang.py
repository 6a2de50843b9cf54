"""Site `svbtle-htxtuyenquang` (registry family `generic`): "Ghi chép Kinh tế tập thể Tuyên Quang", the blog the
office of the Tuyên Quang cooperative alliance keeps on **Svbtle** (the hosted minimal blogging service, a custom domain
mapped by CNAME, the blog's language set to Vietnamese so the few theme strings and the month names are translated:
"Tháng Mười Một 3, 2024" — Svbtle's "%B %-d, %Y" with the month's Vietnamese name). The copy is of 20 November 2024.
Written as a held-out test: no family module, no selectors.

What is an article here: a post. URL shapes: the post `/<slug>` (its only URL; Svbtle's `<link rel="canonical">`
names it), the home listing `/` with `?page=<n>` (5 posts a page; "Xem các bài cũ hơn →" / "← Xem các bài mới hơn";
the four oldest posts only on `/?page=2`), the Atom feed `/feed` (the 5 newest; `<published>` in UTC, "Z"), and
nothing else: no categories, no tags, no archive, no search, no sitemap, no about page (the blurb in the sidebar is
all there is), no comments (Svbtle has none). robots.txt allows everything.

Why it is hard: the page has two `<h1>`: the blog's name in the sidebar header (`h1#user_name`, on every page) and
the post's title (`h1.article_title`, a link to itself); `<title>` is "<post> • <blog>". The body is `div.article_text`
(Markdown HTML: paragraphs, `<h2>`, lists, tables, photos `<p><img></p>` each followed by an `<p><em>` caption). The
date is printed only at the END of the post, under the Kudos button, as "Tháng Mười Một 3, 2024" (no time: midnight);
the head has no date at all (og:type `article` without `article:published_time`), the listing shows none; the feed's
`<published>` is UTC, so a post written at 06:15 on 3 November in Tuyên Quang is "2024-11-02T23:15:00Z" there. The
Kudos widget ("Kudos", its count, the hover hint), the "Đọc bài tiếp theo" box (Svbtle's "Now read this": another
post's title and opening), the blurb and the footer are not text. The blog's account is the alliance's office (the
sidebar name): never the author; the author is the closing line when it names a person ("Bài, ảnh: X" -> X);
"Theo Báo Tuyên Quang" is a reprint (no author).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "svbtle-htxtuyenquang"
NAME = "Ghi chép Kinh tế tập thể Tuyên Quang"
ACCOUNT = "Văn phòng Liên minh HTX tỉnh Tuyên Quang"
BLURB = ("Ghi chép của Văn phòng Liên minh Hợp tác xã tỉnh Tuyên Quang về hợp tác xã, tổ hợp tác và kinh tế tập thể "
         "vùng chè, cam sành, gỗ rừng trồng")
PER_PAGE = 5
MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
CHROME = [BLURB, "Đọc bài tiếp theo", "Tiếp tục đọc →",
          "Giữ chuột để tặng Kudos", "Kudos", "Điều khoản", "Quyền riêng tư", "Cam kết của Svbtle"]


def svbtle_date(d: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element"])

    return [
        A(path="/thong-bao-so-41-tb-lmhtx-hoi-cho-ocop-tuyen-quang-2024",
          title="Thông báo số 41/TB-LMHTX về việc tham gia Hội chợ OCOP Tuyên Quang năm 2024",
          body="""
LIÊN MINH HTX TỈNH TUYÊN QUANG
Số: 41/TB-LMHTX
Tuyên Quang, ngày 12 tháng 11 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và hàng nông sản tỉnh Tuyên Quang năm 2024
Liên minh HTX tỉnh thông báo tới các HTX, tổ hợp tác có sản phẩm đạt chuẩn OCOP đăng ký gian hàng tại Hội chợ diễn ra từ ngày 12/12 đến ngày 16/12/2024 tại Quảng trường Nguyễn Tất Thành, TP Tuyên Quang.
Liên minh HTX tỉnh hỗ trợ 100% chi phí thuê gian hàng cho 20 HTX đăng ký sớm nhất.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/11/2024 (mẫu đăng ký tải tại [[TB-41-LMHTX-2024.pdf|/files/TB-41-LMHTX-2024.pdf]]).
CHỦ TỊCH
Đỗ Văn Hưng
""", author=None, doc_number="41/TB-LMHTX",
          attachments=[{"path": "/files/TB-41-LMHTX-2024.pdf", "text": "TB-41-LMHTX-2024.pdf"}],
          notes=["a notice 'Số: 41/TB-LMHTX' dated 12/11 in its text, printed at the end 'Tháng Mười Một 14, 2024' "
                 "(midnight); the signer is text, not author; the PDF is an inline Markdown link in the text"],
          **at(datetime(2024, 11, 14, 9, 30))),
        A(path="/htx-che-vinh-tan-vao-vu-che-dong",
          title="HTX Chè Vĩnh Tân vào vụ chè đông",
          body="""
Những ngày đầu tháng 11, các thành viên HTX Chè Vĩnh Tân (huyện Sơn Dương) tất bật thu hái lứa chè đông cuối năm.
[img vinh-tan-1.png] Thành viên HTX hái chè đông tại đồi chè xã Tân Trào
[img vinh-tan-2.png] Chè búp tươi được đưa về xưởng sao sấy của HTX ngay trong ngày
Vụ đông năm nay HTX dự kiến chế biến khoảng 35 tấn chè khô, trong đó 12 tấn chè đạt chuẩn OCOP 4 sao.
Giá chè búp tươi thu mua của thành viên ổn định ở mức 14.000 đồng/kg, cao hơn thị trường 1.500 đồng/kg.
""", byline="Bài, ảnh: Hoàng Thị Thu Hà", author="Hoàng Thị Thu Hà",
          notes=["written at 06:15 on 3 November (Vietnam time): the page's 'Tháng Mười Một 3, 2024' is the truth "
                 "(midnight); the feed's <published> says 2024-11-02T23:15:00Z (UTC: the previous day); photos "
                 "<p><img></p> each followed by an <em> caption line; 'Bài, ảnh: X' -> author X"],
          **at(datetime(2024, 11, 3, 6, 15))),
        A(path="/ket-qua-phat-trien-htx-10-thang-dau-nam-2024",
          title="Kết quả phát triển HTX 10 tháng đầu năm 2024",
          body="""
Theo báo cáo của Liên minh HTX tỉnh, 10 tháng đầu năm 2024 toàn tỉnh Tuyên Quang thành lập mới 47 HTX.
| Huyện, thành phố | HTX thành lập mới | HTX giải thể | HTX đang hoạt động |
| TP Tuyên Quang | 6 | 1 | 58 |
| Sơn Dương | 14 | 2 | 121 |
| Yên Sơn | 11 | 0 | 97 |
| Hàm Yên | 9 | 1 | 88 |
| Chiêm Hóa | 7 | 2 | 76 |
Liên minh HTX tỉnh đặt mục tiêu thành lập mới 60 HTX trong cả năm 2024.
""", byline="Phòng Tổng hợp - Liên minh HTX tỉnh", author=None,
          notes=["a Markdown table (header row <th>): one line per row; closed by an office ('Phòng Tổng hợp'): no "
                 "author"],
          **at(datetime(2024, 10, 29, 15, 0))),
        A(path="/cam-sanh-ham-yen-va-bai-toan-tieu-thu",
          title="Cam sành Hàm Yên và bài toán tiêu thụ",
          body="""
Mùa cam năm nay, các HTX cam sành ở huyện Hàm Yên chủ động ký hợp đồng tiêu thụ trước khi thu hoạch.
## Liên kết với doanh nghiệp
HTX Cam sành Phù Lưu đã ký hợp đồng cung ứng 300 tấn cam cho hai hệ thống siêu thị tại Hà Nội.
## Những việc HTX cần làm
* Cấp mã số vùng trồng cho toàn bộ diện tích của thành viên;
* Ghi nhật ký sản xuất điện tử, truy xuất nguồn gốc bằng mã QR;
* Tham gia các sàn thương mại điện tử và phiên livestream bán hàng.
Liên minh HTX tỉnh sẽ tổ chức tuần lễ cam sành Hàm Yên tại Hà Nội vào tháng 12.
""", byline="Nguyễn Văn Quyết", author="Nguyễn Văn Quyết",
          notes=["two <h2> headings and a list (one line per item); the bare name closing the text is the author; "
                 "the sidebar name (the account, an office) is not"],
          **at(datetime(2024, 10, 18, 20, 40))),
        A(path="/tap-huan-ke-toan-htx-nam-2024",
          title="Tập huấn nghiệp vụ kế toán cho HTX năm 2024",
          body="""
Từ ngày 8 đến 10/10, Liên minh HTX tỉnh phối hợp với Trường Cao đẳng Kỹ thuật Tuyên Quang mở lớp tập huấn nghiệp vụ kế toán cho 60 học viên là kế toán các HTX.
Học viên được hướng dẫn chế độ kế toán HTX theo Thông tư 71/2019/TT-BTC và sử dụng phần mềm kế toán miễn phí.
Kết thúc khóa học, các học viên được cấp giấy chứng nhận.
""", author=None,
          notes=["no closing byline: author null"],
          **at(datetime(2024, 10, 11, 10, 5))),
        A(path="/htx-lam-nghiep-yen-son-trong-rung-go-lon",
          title="HTX Lâm nghiệp Yên Sơn chuyển hướng trồng rừng gỗ lớn",
          body="""
HTX Lâm nghiệp Yên Sơn hiện quản lý 420 ha rừng trồng của 136 thành viên, trong đó 180 ha đã chuyển sang trồng rừng gỗ lớn.
Rừng gỗ lớn kéo dài chu kỳ khai thác lên 10 - 12 năm nhưng cho giá trị cao gấp 1,5 lần rừng gỗ nhỏ.
HTX đang hoàn thiện hồ sơ cấp chứng chỉ quản lý rừng bền vững FSC cho toàn bộ diện tích.
""", byline="Theo Báo Tuyên Quang", author=None,
          notes=["'Theo Báo Tuyên Quang' closes it: a reprint, no author; only on the listing's page 2 "
                 "(/?page=2) and not in the feed (5 newest)"],
          **at(datetime(2024, 9, 26, 8, 0))),
        A(path="/chi-bo-lien-minh-htx-hoc-tap-nghi-quyet",
          title="Liên minh HTX tỉnh quán triệt Nghị quyết 20-NQ/TW về kinh tế tập thể",
          body="""
Sáng 12/9, Liên minh HTX tỉnh tổ chức hội nghị quán triệt Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII.
Hội nghị thống nhất năm nhóm nhiệm vụ trọng tâm của Liên minh HTX tỉnh đến năm 2025.
+ Tuyên truyền, nâng cao nhận thức về kinh tế tập thể;
+ Hỗ trợ thành lập mới và củng cố HTX;
+ Đào tạo, bồi dưỡng cán bộ quản lý HTX;
+ Xúc tiến thương mại, chuyển đổi số;
+ Phát huy vai trò Quỹ hỗ trợ phát triển HTX.
""", byline="Lý Thị Mai", author="Lý Thị Mai",
          notes=["an ordered list (<ol>, one line per item); page 2 only"],
          **at(datetime(2024, 9, 12, 16, 20))),
        A(path="/htx-mien-dong-na-hang-giu-nghe-truyen-thong",
          title="HTX Miến dong Na Hang giữ nghề truyền thống",
          body="""
Nghề làm miến dong ở Na Hang có từ hàng chục năm nay; HTX Miến dong Na Hang được thành lập năm 2019 để giữ nghề và bao tiêu sản phẩm cho bà con.
[img mien-dong.png] Phơi miến dong ở thị trấn Na Hang
Sản phẩm miến dong Na Hang đã đạt chuẩn OCOP 3 sao, được bán tại nhiều cửa hàng nông sản sạch ở Hà Nội.
""", byline="Bài, ảnh: Ma Văn Tĩnh", author="Ma Văn Tĩnh",
          notes=["the oldest post: page 2 only; a photo with an <em> caption"],
          **at(datetime(2024, 8, 30, 14, 10))),
    ]


def article_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, css="", border=False).replace('<table class="">', "<table>"))
        elif b.kind == "img":
            out.append(f'<p><img src="/img/{hx(b.src, 22)}.png" alt="{attr(b.text)}"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def hx(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tuyen-quang", f"{NAME} (Svbtle)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/feed" % SITE])
    site.extra_boilerplate += CHROME
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    kudos = {a.path: 7 + int(hx(a.path, 2), 16) % 60 for a in arts}

    def layout(title: str, path: str, river: str, desc: str, og_type: str = "website") -> str:
        return f"""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)}</title>
  <meta name="description" content="{attr(desc)}">
  <link rel="canonical" href="{{{{base}}}}{path}">
  <meta property="og:title" content="{attr(title.split(' • ')[0])}">
  <meta property="og:site_name" content="{attr(NAME)}">
  <meta property="og:type" content="{og_type}">
  <meta property="og:url" content="{{{{base}}}}{path}">
  <meta property="og:description" content="{attr(desc)}">
  <meta property="og:image" content="{{{{base}}}}/img/user-logo.png">
  <meta name="twitter:card" content="summary">
  <meta name="twitter:title" content="{attr(title.split(' • ')[0])}">
  <meta name="twitter:description" content="{attr(desc)}">
  <link rel="alternate" type="application/atom+xml" title="{attr(NAME)}" href="/feed">
  <link rel="stylesheet" href="/assets/application.css">
  <link rel="shortcut icon" href="/img/favicon.png">
  <script src="/assets/application.js"></script>
</head>
<body class="{'post' if og_type == 'article' else 'user_show'}">
  <header id="sidebar">
    <figure id="user_logo">
      <a href="/"><div class="logo_image" style="background-image: url(/img/user-logo.png)"></div></a>
    </figure>
    <h1 id="user_name"><a href="/">{esc(NAME)}</a></h1>
    <h2 id="user_blurb">{esc(BLURB)}</h2>
    <ul id="user_links">
      <li><a href="{{{{base:offsite}}}}/facebook/lienminhhtxtuyenquang" class="facebook">facebook</a></li>
      <li><a href="mailto:lienminhhtx@tuyenquang.gov.vn" class="email">email</a></li>
    </ul>
  </header>
  <section id="river">
{river}
  </section>
  <footer id="foot" class="textual">
    <a href="{{{{base:offsite}}}}/svbtle/" id="svbtle_linkback"><span class="logo_square"><span class="logo_circle">&nbsp;</span></span><span class="svbtle">Svbtle</span></a>
    <ul id="foot_links">
      <li><a href="{{{{base:offsite}}}}/svbtle/terms">Điều khoản</a></li>
      <li><a href="{{{{base:offsite}}}}/svbtle/privacy">Quyền riêng tư</a></li>
      <li><a href="{{{{base:offsite}}}}/svbtle/promise">Cam kết của Svbtle</a></li>
    </ul>
  </footer>
</body>
</html>
"""

    # -- posts ---------------------------------------------------------------------------------
    for i, a in enumerate(arts):
        nxt = arts[i + 1] if i + 1 < len(arts) else arts[0]
        pid = hx(a.path, 18)
        river = f"""    <article id="{pid}" class="post">
      <h1 class="article_title"><a href="{a.path}">{esc(a.title)}</a></h1>
      <div class="article_text">
{article_html(a)}
      </div>
      <aside class="kudo_holder">
        <figure class="kudo able clearfix" id="kudo_{pid}" data-id="{pid}">
          <a href="#kudo"><div class="filling">&nbsp;</div></a>
          <div class="num">{kudos[a.path]}</div>
          <div class="txt">Kudos</div>
          <div class="hover_hint" style="display: none">Giữ chuột để tặng Kudos</div>
        </figure>
      </aside>
      <p class="article_time"><time datetime="{a.date:%Y-%m-%d}">{svbtle_date(a.date)}</time></p>
    </article>
    <section id="readnext">
      <a href="{nxt.path}">
        <span class="readnext_header">Đọc bài tiếp theo</span>
        <h1 class="readnext_title">{esc(nxt.title)}</h1>
        <p class="readnext_content">{esc(nxt.summary())}</p>
        <span class="readnext_more">Tiếp tục đọc →</span>
      </a>
    </section>"""
        site.page(a.path, layout(f"{a.title} • {NAME}", a.path, river, a.summary(), "article"))
        site.add_article(a)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH TUYEN QUANG", "THONG BAO SO 41/TB-LMHTX",
                                                 "MAU DANG KY GIAN HANG HOI CHO OCOP 2024"]))
    site.trap("the date is printed only at the end of the post, under the Kudos button, in Svbtle's '%B %-d, %Y' with "
              "Vietnamese month names ('Tháng Mười Một 3, 2024', <time datetime='2024-11-03'>): day only, midnight; "
              "the head has none (og:type article without article:published_time)", arts[0].path)
    site.trap("two <h1>: the blog's name h1#user_name in the sidebar (every page) and the post's h1.article_title; "
              "<title> is '<post> • <blog>'; the blurb h2#user_blurb is furniture", arts[1].path)
    site.trap("'Đọc bài tiếp theo' (Svbtle's 'Now read this') under each post: the next post's <h1> title and its "
              "opening lines: not text; the Kudos figure ('Kudos', a count, a hidden hover hint): not text", arts[2].path)

    # -- the listing: / and /?page=2 -------------------------------------------------------------
    pages = [arts[i:i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)]
    for n, items in enumerate(pages, 1):
        path = "/" if n == 1 else f"/?page={n}"
        entries = "\n".join(f"""    <article id="{hx(a.path, 18)}" class="post user_show">
      <h1 class="article_title"><a href="{a.path}">{esc(a.title)}</a></h1>
      <div class="article_text"><p>{esc(a.summary())}</p></div>
      <p class="continue_btn"><a href="{a.path}">Tiếp tục đọc →</a></p>
    </article>""" for a in items)
        nav = ['<nav class="pagination">']
        if n > 1:
            nav.append(f'<span class="prev"><a href="{"/" if n == 2 else f"/?page={n - 1}"}">← Xem các bài mới hơn</a>'
                       "</span>")
        if n < len(pages):
            nav.append(f'<span class="next"><a href="/?page={n + 1}">Xem các bài cũ hơn →</a></span>')
        nav.append("</nav>")
        site.page(path, layout(NAME, path, entries + "\n    " + "".join(nav), BLURB))
        site.non_articles.append(path)
    site.same_page("/?page=1", "/")
    site.non_articles.append("/?page=1")
    site.trap("the home listing: titles (<h1> links), the summary and 'Tiếp tục đọc →', no dates; 5 a page; "
              "'Xem các bài cũ hơn →' = /?page=2 holds the three oldest posts (not in the feed either)", "/?page=2")

    # -- the Atom feed (the 5 newest, UTC) -------------------------------------------------------
    def z(d: datetime) -> str:
        return f"{utc(d):%Y-%m-%dT%H:%M:%SZ}"

    entries = "".join(
        f"<entry><id>tag:svbtle.com,2005:Post/{hx(a.path, 18)}</id><published>{z(a.date)}</published>"
        f"<updated>{z(a.date)}</updated><link rel=\"alternate\" type=\"text/html\" href=\"{{{{base}}}}{a.path}\"/>"
        f"<title>{esc(a.title)}</title><content type=\"html\">{esc(article_html(a))}</content>"
        f"<author><name>{esc(NAME)}</name></author></entry>" for a in arts[:5])
    site.page("/feed", '<?xml version="1.0" encoding="UTF-8"?>\n<feed xml:lang="vi" xmlns="http://www.w3.org/2005/'
              f'Atom"><id>tag:svbtle.com,2005:/feed</id><link rel="alternate" type="text/html" href="{{{{base}}}}/"/>'
              f'<link rel="self" type="application/atom+xml" href="{{{{base}}}}/feed"/><title>{esc(NAME)}</title>'
              f"<updated>{z(arts[0].date)}</updated>{entries}</feed>\n",
              content_type="application/atom+xml; charset=utf-8")
    site.trap("the Atom feed /feed: the 5 newest, <published> in UTC ('2024-11-02T23:15:00Z' for a post of 06:15 on "
              "3 November in Tuyên Quang); <author> is the blog's name, never a person", "/feed")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    for name in ("user-logo.png", "favicon.png"):
        site.binary(f"/img/{name}", image_for(name))
    return site
