"""Site `trangtin-htxninhthuan` (registry family `generic`): "Trang tin Liên minh HTX tỉnh Ninh Thuận" on **Refinery CMS
4.0** with the **refinerycms-blog 4** engine (Rails 5.1; `config.time_zone = "Hanoi"`, `default_locale :vi` with
rails-i18n plus the site's own `date.formats.short: "%-d tháng %-m, %Y"`; the blog engine has no Vietnamese
translation, so its strings stay English; WYMeditor for the text, Dragonfly for images and resources;
`posts_per_page` 5; the copy is of 25 July 2024). Written as a held-out test: no family module, no selectors.

URL shapes: a post `/blog/posts/<friendly_id slug>`; FriendlyId also finds it by its numeric id (`/blog/posts/12`: the
home page's typed link, an alias) and Rails ignores a trailing slash (`/blog/posts/<slug>/`: a link in the "Giới
thiệu" page, an alias); the blog `/blog` and `/blog?page=2` (will_paginate, English labels "← Previous" / "Next →");
categories `/blog/categories/<slug>`; tags `/blog/tagged/<tag id>/<tag-name>` (acts-as-taggable-on); month archives
`/blog/archive/2024/06` and its `?page=2`; the feed `/blog/feed.rss` (every live post, the whole body); pages from the
pages engine `/` (home), `/gioi-thieu`, `/lien-he` (refinerycms-inquiries' form); the pages' site map `/sitemap.xml`
(pages only: Refinery's sitemap lists no post); Dragonfly images `/system/images/<job>/<file>` and resources
`/system/resources/<job>/<file>`; the admin `/refinery` (the footer's "Quản trị"; robots.txt disallows it).

Why it is hard: two `<h1>`s before the post: `h1#logo` (the site name) and `section#body_content_title > h1`, then
`article#blog_post > header > h1` again; the post's time is only a date: `<time datetime="01/07/2024"
class="posted_at">Posted on 1 tháng 7, 2024</time> by hangnt.` (the `datetime` attribute is the vi locale's default
date format, day first, not ISO; "by" names the Refinery username, never a person: "admin", "vanphong", "hangnt",
"thuanpv"), so the publication is the day at midnight; `aside.filed_in` "Filed in" categories; the WYMeditor body
follows the header directly inside the article (`<p>`, `<h2>`, lists, a plain `<table>` with `<th>`, each photo in its
own `<p>` and the caption in the next `<p><em>`); a PDF resource linked in its own paragraph; `div.blog_source`
"Source: <a>Báo Ninh Thuận</a>" (the engine's source URL field: a reprint); ShareThis's empty span; then `aside.tagged`
"Tagged" after the article, the approved comments (`aside#comments`, "Posted by X, khoảng 1 tháng ago": the vi
`time_ago_in_words` inside the English phrase) and the "Make a Comment" form (new comments await moderation and are not
shown). A closing byline in the text names the author. The sidebar (`section#side_body`): "Subscribe", "Categories",
"Tags", "Recent Posts", "Popular Posts" and the archive widget ("Tháng bảy 2024 (2)"). The feed prints the full time
`Mon, 01 Jul 2024 00:20:00 +0700`: the post written after the evening conference of 30 June is dated the 1st on the
page, the 30th if the feed's time is turned into UTC. The oldest post has no category and no tag: only `/blog?page=2`,
`/blog/archive/2024/06?page=2` and the feed reach it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trangtin-htxninhthuan"
NAME = "Trang tin Liên minh HTX tỉnh Ninh Thuận"
PER = 5
NOW = datetime(2024, 7, 25, 9, 0)
TODAY = "Thứ Năm, 25 tháng 7, 2024"
MONTHS = ["", "Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám",
          "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai"]
CATS = {"thong-bao": "Thông báo", "hoat-dong": "Hoạt động", "kien-thuc": "Kiến thức", "tin-tuc": "Tin tức"}
FOOTER = "Liên minh Hợp tác xã tỉnh Ninh Thuận - 450 Thống Nhất, TP Phan Rang - Tháp Chàm - ĐT: 0259.3822.664"
POWERED = "Phát triển trên nền Refinery CMS"
FURN = [TODAY, FOOTER, POWERED, "Quản trị", "Posted on", "Filed in", "Tagged", "Make a Comment",
        "Subscribe", "Categories", "Recent Posts", "Popular Posts", "Archives", "Comments", "no comments"]


def parameterize(text: str) -> str:
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def short(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def dragonfly(kind: str, d: datetime, name: str) -> str:
    """A Dragonfly job URL: the base64 of the JSON job [["f", "<yyyy>/<mm>/<dd>/<uid>_<name>"]]."""
    uid = hashlib.md5(name.encode()).hexdigest()[:6]
    job = json.dumps([["f", f"{d:%Y/%m/%d}/{d:%H_%M_%S}_{uid}_{name}"]], separators=(",", ":"))
    enc = base64.urlsafe_b64encode(job.encode()).decode().rstrip("=")
    return f"/system/{kind}/{enc}/{name}"


def ago(d: datetime) -> str:
    days = (NOW - d).days
    if days < 1:
        return "khoảng 1 giờ"
    if days < 30:
        return f"{days} ngày"
    return "khoảng 1 tháng" if days < 45 else f"{round(days / 30)} tháng"


def articles() -> list[RichArticle]:
    A = RichArticle

    def day(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH NINH THUẬN
Số: 08/TB-LMHTX
Ninh Thuận, ngày 21 tháng 6 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm HTX năm 2024
Hội chợ sản phẩm HTX tỉnh Ninh Thuận năm 2024 diễn ra từ ngày 16/8 đến ngày 20/8/2024 tại Quảng trường 16 tháng 4, TP Phan Rang - Tháp Chàm.
Liên minh HTX tỉnh hỗ trợ 40 gian hàng tiêu chuẩn miễn phí cho các HTX có sản phẩm OCOP hoặc sản phẩm chủ lực của tỉnh.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 15/7/2024.
CHỦ TỊCH
Trượng Thị Hoa
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "", "text": "TB-08-LMHTX-hoi-cho-2024.pdf"}],
          opts={"by": "vanphong", "cats": ["thong-bao"], "tags": ["hội chợ", "OCOP"], "views": 231,
                "comments": [("HTX Nông nghiệp An Nhơn", "HTX đã gửi phiếu đăng ký qua email, nhờ Văn phòng xác nhận giúp.")]},
          notes=["notice 'Số: 08/TB-LMHTX' dated 21/6 in its text; 'Posted on 24 tháng 6, 2024' (date only: midnight; "
                 "<time datetime='24/06/2024'>, day first); 'by vanphong' (the office's username): no author; the signer "
                 "is text; the Dragonfly resource /system/resources/…/TB-08-LMHTX-hoi-cho-2024.pdf in its own paragraph "
                 "is an attachment; an approved comment under it is not text"],
          **day(datetime(2024, 6, 24, 8, 15))),
        A(path="", title="Ảnh: HTX Nông nghiệp Phước Thuận thu hoạch nho vụ hè",
          body="""
Giữa tháng 7, các thành viên HTX Nông nghiệp Phước Thuận (huyện Ninh Phước) thu hoạch nho đỏ vụ hè.
[img phuoc-thuan-1.png] Thành viên HTX thu hoạch nho trên giàn
[img phuoc-thuan-2.png] Nho được phân loại, đóng thùng tại nhà sơ chế của HTX
[img phuoc-thuan-3.png] Khách tham quan vườn nho của HTX
Vụ hè năm nay HTX thu hoạch khoảng 180 tấn nho, giá bán bình quân 25.000 đồng/kg.
""", byline="Bài và ảnh: Nguyễn Thanh Hằng", author="Nguyễn Thanh Hằng",
          opts={"by": "hangnt", "cats": ["hoat-dong"], "tags": ["nho", "du lịch"], "views": 402,
                "comments": [("Lê Minh Tâm", "Nho Phước Thuận năm nay ngọt lắm, chúc mừng HTX!"),
                             ("Phạm Thị Lý", "Cho hỏi HTX có nhận khách tham quan vào cuối tuần không ạ?")]},
          notes=["photo story: each photo in its own <p>, the caption the next <p><em> (one line each); 'by hangnt' (a "
                 "username, not a name); 'Bài và ảnh: Nguyễn Thanh Hằng' closes the text -> author; two approved "
                 "comments ('Posted by …, 10 ngày ago') are not text"],
          **day(datetime(2024, 7, 15, 16, 30))),
        A(path="", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024",
          body="""
Chiều 30/6, Liên minh HTX tỉnh Ninh Thuận tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
Trong 6 tháng, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 9 HTX, tư vấn cho 23 HTX xây dựng phương án sản xuất kinh doanh.
Hội nghị thống nhất tập trung hỗ trợ các HTX tham gia Hội chợ sản phẩm HTX và Chương trình OCOP năm 2024.
""", author=None,
          opts={"by": "admin", "cats": ["hoat-dong"], "tags": ["sơ kết"], "views": 318, "comments": []},
          notes=["published at 00:20 on 1 July after the conference of the afternoon before ('Chiều 30/6' is the event): "
                 "'Posted on 1 tháng 7, 2024' (midnight of the 1st) and the July archive; the feed's 'Mon, 01 Jul 2024 "
                 "00:20:00 +0700' falls on 30 June in UTC; 'by admin', no byline: author null"],
          **day(datetime(2024, 7, 1, 0, 20))),
        A(path="", title="Tình hình phát triển HTX tỉnh Ninh Thuận 6 tháng đầu năm 2024",
          body="""
Đến hết tháng 6/2024, toàn tỉnh có 168 HTX đang hoạt động, tăng 7 HTX so với cuối năm 2023.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Nông nghiệp | 112 | 14.260 | 1.840 |
| Diêm nghiệp | 9 | 1.150 | 2.310 |
| Thủy sản | 14 | 820 | 2.050 |
| Công nghiệp, tiểu thủ công nghiệp | 11 | 430 | 1.570 |
| Thương mại, dịch vụ | 22 | 960 | 1.980 |
Các HTX nông nghiệp tiếp tục là lực lượng chủ yếu trong liên kết sản xuất nho, táo, măng tây.
""", byline="Phan Văn Thuận - Ban Kiểm tra", author="Phan Văn Thuận",
          opts={"by": "thuanpv", "cats": ["tin-tuc"], "tags": ["số liệu"], "views": 276, "comments": []},
          notes=["a WYMeditor table (th in the first row): one line per row; 'by thuanpv' (his username); 'Phan Văn "
                 "Thuận - Ban Kiểm tra' closes the text -> Phan Văn Thuận; the home page links it by its numeric id "
                 "/blog/posts/N (FriendlyId's fallback): an alias"],
          **day(datetime(2024, 6, 27, 10, 0))),
        A(path="", title="Hướng dẫn HTX nuôi trồng thủy sản phòng chống nắng nóng",
          body="""
Nắng nóng kéo dài làm nhiệt độ nước ao nuôi tăng cao, dễ gây sốc và dịch bệnh cho tôm, cá.
## Các biện pháp cần thực hiện
* Duy trì mực nước ao từ 1,2 m trở lên;
* Tăng cường chạy quạt nước, sục khí vào ban đêm và sáng sớm;
* Giảm 20 - 30% lượng thức ăn trong những ngày nắng gắt;
* Bổ sung khoáng chất, vitamin C vào thức ăn.
HTX cần theo dõi các chỉ tiêu môi trường nước hằng ngày để xử lý kịp thời.
""", byline="Lê Thị Ngọc Ánh - Trung tâm Khuyến nông", author="Lê Thị Ngọc Ánh",
          opts={"by": "hangnt", "cats": ["kien-thuc"], "tags": ["thủy sản"], "views": 198, "comments": []},
          notes=["an <h2> and a bulleted list; 'by hangnt'; 'Lê Thị Ngọc Ánh - Trung tâm Khuyến nông' closes the text -> "
                 "Lê Thị Ngọc Ánh"],
          **day(datetime(2024, 6, 18, 9, 30))),
        A(path="", title="HTX muối Tri Hải nâng cao thu nhập cho diêm dân",
          body="""
HTX Sản xuất muối Tri Hải (huyện Ninh Hải) hiện có 126 thành viên sản xuất trên diện tích 95 ha đồng muối.
Nhờ áp dụng kỹ thuật kết tinh muối trên nền bạt, năng suất muối tăng 20%, muối sạch hơn và bán được giá cao hơn.
HTX đã ký hợp đồng tiêu thụ ổn định với hai doanh nghiệp chế biến muối tinh trong tỉnh.
""", byline="Theo Báo Ninh Thuận", author=None,
          opts={"by": "hangnt", "cats": ["tin-tuc"], "tags": ["diêm nghiệp"], "views": 187, "comments": [],
                "source": ("Báo Ninh Thuận", "{{base:offsite}}/bao-ninh-thuan/htx-muoi-tri-hai")},
          notes=["the engine's 'Source: Báo Ninh Thuận' (div.blog_source, a link off the site) and 'Theo Báo Ninh Thuận' "
                 "closing the text: a reprint, no author"],
          **day(datetime(2024, 6, 12, 14, 0))),
        A(path="", title="HTX Dịch vụ nông nghiệp Nhơn Sơn ứng dụng tưới nhỏ giọt cho cây táo",
          body="""
HTX Dịch vụ nông nghiệp Nhơn Sơn (huyện Ninh Sơn) vừa hoàn thành lắp đặt hệ thống tưới nhỏ giọt cho 30 ha táo của thành viên.
Hệ thống giúp tiết kiệm 40% lượng nước tưới và giảm công lao động trong mùa khô.
HTX dự kiến nhân rộng mô hình sang diện tích trồng nho và măng tây trong năm 2025.
""", byline="Đặng Văn Hòa", author="Đặng Văn Hòa",
          opts={"by": "hangnt", "cats": ["hoat-dong"], "tags": ["táo", "tiết kiệm nước"], "views": 164, "comments": []},
          notes=["'by hangnt'; the bare name 'Đặng Văn Hòa' closes the text: the author; the 'Giới thiệu' page links it "
                 "with a trailing slash (Rails answers it: an alias)"],
          **day(datetime(2024, 6, 7, 15, 45))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nho Thái An",
          body="""
Ngày 31/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nho Thái An (huyện Ninh Hải) về phương án phát triển du lịch vườn nho.
[img thai-an.png] Đoàn công tác thăm vườn nho của HTX
HTX đề xuất được hỗ trợ xây dựng điểm dừng chân và quảng bá sản phẩm nho, rượu vang trên các sàn thương mại điện tử.
""", byline="Tin, ảnh: Trần Minh Đức", author="Trần Minh Đức",
          opts={"by": "vanphong", "cats": [], "tags": [], "views": 121, "comments": []},
          notes=["the oldest post: no category, no tag; only /blog?page=2, /blog/archive/2024/06?page=2 and the feed reach "
                 "it; 'Tin, ảnh: Trần Minh Đức' closes the text -> author ('by vanphong' is the office's username)"],
          **day(datetime(2024, 6, 3, 10, 10))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table><tbody>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            src = dragonfly("images", a.date, b.src)
            out.append(f'<p><img src="{src}" title="{attr(b.text)}" alt="{attr(b.text)}" width="600" height="400"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" title="{attr(x["text"])}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-thuan", f"{NAME} (Refinery CMS 4 + refinerycms-blog)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/blog/feed.rss" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    pid = 3
    for a in reversed(arts):
        pid += 2
        a.opts["id"] = pid
        a.path = f"/blog/posts/{parameterize(a.title)}"
        for x in a.attachments:
            x["path"] = dragonfly("resources", a.date - timedelta(hours=1), x["text"])
    oldest = arts[-1]
    recent = arts[:5]
    popular = sorted([a for a in arts if a is not oldest], key=lambda a: -a.opts["views"])[:5]
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    slashed = next(a for a in arts if a.byline == "Đặng Văn Hòa")
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    tag_ids = {t: 20 + i for i, t in enumerate(tags)}

    def tag_path(t: str) -> str:
        return f"/blog/tagged/{tag_ids[t]}/{parameterize(t)}"

    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)

    def sidebar() -> str:
        cats = "".join(f'<li><a href="/blog/categories/{c}">{esc(n)} ({sum(c in a.opts["cats"] for a in arts)})</a></li>'
                       for c, n in CATS.items())
        cloud = " ".join(f'<a href="{tag_path(t)}" class="tag{min(3, sum(t in a.opts["tags"] for a in arts))}">{esc(t)}</a>'
                         for t in tags)
        rec = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in recent)
        pop = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in popular)
        arch = "".join(f'<li><a href="/blog/archive/{y}/{m:02d}">{MONTHS[m]} {y} '
                       f'({sum((a.date.year, a.date.month) == (y, m) for a in arts)})</a></li>' for y, m in months)
        return (f'<section id="side_body"><div class="inner"><aside id="side_body_rss"><h2>Subscribe</h2><a href="/blog/feed.rss" '
                f'id="rss_feed_subscribe">RSS</a></aside><aside id="categories"><h2>Categories</h2><ul>{cats}</ul></aside>'
                f'<aside id="tags"><h2>Tags</h2><nav id="tags">{cloud}</nav></aside><aside id="recent_posts"><h2>Recent Posts'
                f'</h2><ul>{rec}</ul></aside><aside id="popular_posts"><h2>Popular Posts</h2><ul>{pop}</ul></aside>'
                f'<section id="blog_archive_widget"><h2>Archives</h2><nav><ul>{arch}</ul></nav></section></div></section>')

    def layout(title: str, heading: str, body: str, selected: str = "", side: bool = True, body_id: str = "") -> str:
        nav = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/blog"), ("Liên hệ", "/lien-he")]
        lis = "".join(
            f'<li class="{" ".join(c for c in [("selected" if selected == href else ""), ("first" if i == 0 else ""), ("last" if i == len(nav) - 1 else "")] if c)}">'
            f'<a href="{href}">{esc(n)}</a></li>' for i, (n, href) in enumerate(nav))
        token = base64.b64encode(hashlib.sha256(title.encode()).digest()).decode()
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset='utf-8' />
  <title>{esc(title)} - {esc(NAME)}</title>
  <meta name="description" content="{attr(NAME)}" />
  <link rel="alternate" type="application/rss+xml" title="RSS Feed" href="/blog/feed.rss" />
  <meta name="csrf-param" content="authenticity_token" />
  <meta name="csrf-token" content="{token}" />
  <link rel="stylesheet" media="screen" href="/assets/application-5c1f0d9a8e.css" />
  <link rel="stylesheet" media="screen" href="/assets/refinery/blog/frontend-2b7a41c6de.css" />
</head>
<body{f' id="{body_id}"' if body_id else ""}>
  <div id="page_container">
    <header id="header">
      <div class="today">{esc(TODAY)}</div>
      <h1 id="logo"><a href="/">{esc(NAME)}</a></h1>
      <nav id="menu" class="menu clearfix"><ul class="nav">{lis}</ul></nav>
    </header>
    <section id="page">
      <section id="body_content"{' class="no_side_body"' if not side else ""}>
        <section id="body_content_title"><h1>{esc(heading)}</h1></section>
        <section id="body"><div class="inner">
{body}
        </div></section>
        {sidebar() if side else ""}
      </section>
    </section>
    <footer>
      <div class="inner">
        <p>{esc(FOOTER)}</p>
        <p><a href="/refinery">Quản trị</a> | {esc(POWERED)}</p>
      </div>
    </footer>
  </div>
  <script src="/assets/application-8e3d6a1f04.js"></script>
</body>
</html>
"""

    def details(a: RichArticle) -> str:
        cats = ""
        if a.opts["cats"]:
            cats = ('<aside class="filed_in">Filed in ' + ", ".join(
                f'<a href="/blog/categories/{c}">{esc(CATS[c])}</a>' for c in a.opts["cats"]) + "</aside>")
        return (f'<section class="details"><time datetime="{a.date:%d/%m/%Y}" class="posted_at">Posted on {short(a.date)}'
                f"</time> by {esc(a.opts['by'])}.{cats}</section>")

    def tagged(a: RichArticle) -> str:
        if not a.opts["tags"]:
            return ""
        return ('<aside class="tagged">Tagged ' + ", ".join(f'<a href="{tag_path(t)}" rel="tag">{esc(t)}</a>'
                                                            for t in a.opts["tags"]) + "</aside>")

    def teaser(a: RichArticle) -> str:
        n = len(a.opts["comments"])
        count = f"({n} comment{'s' if n != 1 else ''})" if n else "(no comments)"
        return (f'<article class="blog_post" id="blog_post_{a.opts["id"]}"><header><h1><a href="{a.path}">{esc(a.title)}'
                f"</a></h1>{details(a)}{tagged(a)}</header><section class='clearfix'>{body_html(a)}</section><footer><p></p>"
                f"<aside class='comment_count'>{count}</aside></footer></article>")

    def pager(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""

        def href(k: int) -> str:
            return base if k == 1 else f"{base}?page={k}"
        prev = ('<span class="previous_page disabled">&#8592; Previous</span>' if n == 1 else
                f'<a class="previous_page" rel="prev" href="{href(n - 1)}">&#8592; Previous</a>')
        nxt = ('<span class="next_page disabled">Next &#8594;</span>' if n == pages else
               f'<a class="next_page" rel="next" href="{href(n + 1)}">Next &#8594;</a>')
        nums = " ".join(f'<em class="current">{k}</em>' if k == n else f'<a href="{href(k)}">{k}</a>'
                        for k in range(1, pages + 1))
        return f'<div class="pagination">{prev} {nums} {nxt}</div>'

    def listing(base: str, title: str, heading: str, items: list[RichArticle], intro: str = "") -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            path = base if n == 1 else f"{base}?page={n}"
            chunk = items[(n - 1) * PER:n * PER]
            body = intro + f'<section id="blog_posts">{"".join(teaser(a) for a in chunk)}{pager(base, n, pages)}</section>'
            # /blog is also the folder of /blog/posts/…: served by a route, not as a file
            site.page(path, layout(title, heading, body, selected="/blog", body_id="blog"),
                      content_type="text/html; charset=utf-8" if path == "/blog" else None)
            site.non_articles.append(path)

    comment_strings = set()
    cid = 40
    for a in arts:
        comments = ""
        for name, text in a.opts["comments"]:
            cid += 1
            comment_strings.add(text)
            comments += (f"<article class='blog_comment_message' id='comment-{cid}'><p>{esc(text)}</p><footer><p>Posted by "
                         f"{esc(name)}, {ago(a.date + timedelta(days=1))} ago</p></footer></article>")
        if not comments:
            comments = "<p>There are no comments yet.</p>"
        source = ""
        if a.opts.get("source"):
            t, u = a.opts["source"]
            source = f"<div class='blog_source'>Source: <a href=\"{u}\">{esc(t)}</a></div>"
        body = (f'<article id="blog_post"><header><h1>{esc(a.title)}</h1>{details(a)}</header>\n{body_html(a)}\n{source}'
                f'<span class="st_sharethis" displayText="ShareThis"></span></article>{tagged(a)}'
                f"<aside id='comments'><h2>Comments</h2>{comments}<h2>Make a Comment</h2><form class=\"new_comment\" "
                f"id=\"new_comment\" action=\"{a.path}/comments\" accept-charset=\"UTF-8\" method=\"post\"><div class='field'>"
                "<label for=\"comment_name\">Name</label><input type=\"text\" name=\"comment[name]\" id=\"comment_name\" /></div>"
                "<div class='field'><label for=\"comment_email\">Email</label><input type=\"email\" name=\"comment[email]\" "
                "id=\"comment_email\" /></div><div class='field message_field'><label for=\"comment_message\">Message</label>"
                "<textarea name=\"comment[message]\" id=\"comment_message\"></textarea></div><div class='form-actions'>"
                "<input type=\"submit\" name=\"commit\" value=\"Send comment\" /></div></form></aside>")
        site.page(a.path, layout(a.title, a.title, body, selected="/blog", body_id="blog_post_show"))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(dragonfly("images", a.date, b.src), image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH NINH THUAN", "THONG BAO SO 08/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += sorted(comment_strings)
    site.same_page(f"/blog/posts/{table.opts['id']}", table.path)
    table.aliases.append(f"/blog/posts/{table.opts['id']}")
    site.same_page(slashed.path + "/", slashed.path)
    slashed.aliases.append(slashed.path + "/")

    listing("/blog", "Tin tức", "Tin tức", arts)
    site.trap("/blog: 5 whole posts a page (header, the full body, 'Tagged', '(2 comments)'), will_paginate '?page=2' "
              "holds the three oldest", "/blog?page=2")
    for c, n in CATS.items():
        listing(f"/blog/categories/{c}", n, n, [a for a in arts if c in a.opts["cats"]])
    for t in tags:
        listing(tag_path(t), f"Posts tagged {t}", f"Posts tagged {t}", [a for a in arts if t in a.opts["tags"]])
    for y, m in months:
        items = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        listing(f"/blog/archive/{y}/{m:02d}", f"Archive for {MONTHS[m]} {y}", f"Archive for {MONTHS[m]} {y}", items)
    site.trap("categories /blog/categories/<slug>, tags /blog/tagged/<id>/<name>, month archives /blog/archive/2024/06 "
              "(6 posts: its ?page=2 holds the oldest): whole posts, not articles", "/blog/archive/2024/06?page=2")

    home = (f'<p>Chào mừng bạn đến với trang tin của Liên minh Hợp tác xã tỉnh Ninh Thuận.</p><p>Tin nổi bật: <a href="'
            f'/blog/posts/{table.opts["id"]}">{esc(table.title)}</a></p><h2>Tin mới</h2><ul class="recent_posts">'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <time datetime="{a.date:%d/%m/%Y}">{short(a.date)}</time>'
                      f"</li>" for a in recent[:3]) + "</ul>")
    site.page("/", layout("Trang chủ", "Trang chủ", home, selected="/", body_id="home"))
    site.non_articles.append("/")
    site.trap("home (a Refinery page): the typed link to the table post by its numeric id /blog/posts/N (an alias) and "
              "the 3 newest", "/")
    about = ('<p>Liên minh Hợp tác xã tỉnh Ninh Thuận là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền lợi hợp pháp '
             'của các HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Xem thêm mô hình tiêu biểu: <a href="'
             f'{slashed.path}/">{esc(slashed.title)}</a></p>')
    site.page("/gioi-thieu", layout("Giới thiệu", "Giới thiệu", about, selected="/gioi-thieu", side=False))
    contact = ('<form class="new_inquiry" id="new_inquiry" action="/lien-he" accept-charset="UTF-8" method="post">'
               '<div class="field"><label for="inquiry_name">Họ tên *</label><input type="text" name="inquiry[name]" '
               'id="inquiry_name" /></div><div class="field"><label for="inquiry_email">Email *</label><input type="email" '
               'name="inquiry[email]" id="inquiry_email" /></div><div class="field"><label for="inquiry_message">Nội dung *'
               '</label><textarea name="inquiry[message]" id="inquiry_message"></textarea></div><div class="actions">'
               '<input type="submit" name="commit" value="Gửi" /></div></form>')
    site.page("/lien-he", layout("Liên hệ", "Liên hệ", contact, selected="/lien-he", side=False))
    site.non_articles += ["/gioi-thieu", "/lien-he"]
    site.trap("the pages engine's /gioi-thieu (links a post with a trailing slash: an alias) and /lien-he (the "
              "inquiries form): not articles", "/gioi-thieu")
    site.page("/refinery", layout("Đăng nhập", "Đăng nhập", '<form action="/refinery/login" method="post"><input '
                                  'type="text" name="authentication_devise_user[login]"><input type="password" '
                                  'name="authentication_devise_user[password]"></form>', side=False))
    site.never_fetched.append("/refinery")
    site.static("/robots.txt", "# See http://www.robotstxt.org/robotstxt.html for documentation on how to use the "
                "robots.txt file\nUser-agent: *\nDisallow: /refinery\n")
    site.trap("robots.txt disallows /refinery (the footer's 'Quản trị'): never fetched", "/refinery")
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in [
                    ("/", "2024-06-03"), ("/gioi-thieu", "2024-06-10"), ("/blog", "2024-01-15"), ("/lien-he", "2024-01-15")])
                + "</urlset>\n")
    site.trap("/sitemap.xml (Refinery's: the pages only, no post)", "/sitemap.xml")
    items = "".join(
        f"<item><title>{esc(a.title)}</title><description>{esc(body_html(a))}</description><pubDate>"
        f"{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate><link>{{{{base}}}}{a.path}</link></item>" for a in arts)
    site.page("/blog/feed.rss", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(NAME)}'
              f"</title><description>{esc(NAME)}</description><link>{{{{base}}}}/blog</link>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("the feed /blog/feed.rss (every post, the whole body as escaped HTML): pubDate with the time, +0700",
              "/blog/feed.rss")
    return site
