"""Site `sotay-htxkiengiang` (registry family `generic`): "Sổ tay Liên minh HTX Kiên Giang", the alliance's blog on
**Blot** (blot.im: a Dropbox folder of Markdown files turned into a blog; the stock template "Blog" with its index
layout "post in full", 6 posts a page, date display "MMMM D, Y", the blog's time zone Asia/Ho_Chi_Minh, the
permalink format `{{YYYY}}/{{MM}}/{{DD}}/{{slug}}`, the Disqus comments plugin and the image-caption plugin on; the
copy is of 20 May 2025, before Kiên Giang merged into An Giang). Written as a held-out test: no family module, no
selectors.

What is an article here: a post (a Markdown file in the folder). Files with `Page: yes` are pages (`/gioi-thieu`,
in the menu, not in the feed): not articles.

URL shapes: a post `/<yyyy>/<mm>/<dd>/<slug>` (the slug from the title, diacritics dropped); one notice sets its own
`Permalink: /thong-bao-06-tb-lmhtx`; the owner's redirect rules (Settings -> Redirects, kept from the old WordPress
site) answer `/tin-tuc/<old-slug>.html` with a 301 to the post (aliases); the index `/` = `/page/1` (6 whole posts)
and `/page/2` ("Older →", "Page 1 of 2"); `/archives` (every post, the tags); tags `/tagged/<tag-slug>` (from the
folder names in brackets, `[Thông báo]/…`); `/search?q=`; the RSS `/feed.rss` (`pubDate` with `+0700`); files
in the folder are served at their own path (`/_files/tb-06-lmhtx.pdf`); photos are cached at
`/_image_cache/<uuid>.png`. robots.txt: Blot's (`User-agent: *` / `Allow: /`). No sitemap.

Why it is hard: the index pages hold the full text of six posts each (every one with its own `<h1>`): they look like
articles and are not. On a post page the title is the Markdown's first heading, rendered by Pandoc as `<h1
id="…">` inside `div.entry` — except for the post written with a `Title:` line, whose page shows no heading at all
(the title is only in `<title>` "<title> - <blog>", `og:title` and the lists). The date is only the small link
after the text, "March 12, 2025" (English, no time; the feed's pubDate has the time: the page's day, midnight, is the
truth). Under the text, inside the same column: "Links to this post" (another post's wikilink backlink: its title
and summary), "Previously"/"Next" cards with the neighbours' titles and summaries, the tags, and the Disqus box
(`<noscript>Please enable JavaScript to view the comments.</noscript>`). Captions come from the image's alt text:
`<span class="caption">` after the `<img>` in the same `<p>`. Bylines are typed lines (an office is no author;
"Theo Báo Kiên Giang" a reprint). The two oldest posts are only on `/page/2` (and `/archives`, the feed).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "sotay-htxkiengiang"
TITLE = "Sổ tay Liên minh HTX Kiên Giang"
PER = 6
UTC = timedelta(hours=7)
MENU = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Lưu trữ", "/archives"), ("Tìm kiếm", "/search"),
        ("RSS", "/feed.rss")]
FOOT = "© 2025 Liên minh Hợp tác xã tỉnh Kiên Giang · Số 08 Trần Phú, TP Rạch Giá"
NOSCRIPT = "Please enable JavaScript to view the comments."
FURN = [FOOT, NOSCRIPT, "Previously", "Next", "Links to this post", "Trang chủ", "Lưu trữ", "Tìm kiếm", "RSS"]


def slugify(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def pandoc_id(title: str) -> str:
    t = re.sub(r"[^\w\s-]", "", title.lower())
    return re.sub(r"\s+", "-", t.strip())


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def uuid(text: str) -> str:
    x = hashlib.md5(text.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, tags: list[str], *, heading: bool = True, permalink: str | None = None,
           old: str | None = None) -> dict:
        ev = ["date-element", "listing"] + ([] if permalink else ["url"])
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element", evidence=ev,
                    opts={"tags": tags, "heading": heading, "permalink": permalink, "old": old})

    return [
        A(path="", title="Thông báo số 06/TB-LMHTX về việc tổ chức Ngày hội HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH KIÊN GIANG
Số: 06/TB-LMHTX
Kiên Giang, ngày 15 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức Ngày hội HTX tỉnh Kiên Giang năm 2025
Nhân kỷ niệm Ngày Hợp tác xã Việt Nam 11/4, Liên minh HTX tỉnh tổ chức Ngày hội HTX năm 2025 vào ngày 28/6/2025 tại TP Rạch Giá.
Các HTX đăng ký gian hàng trưng bày sản phẩm với Văn phòng Liên minh HTX tỉnh trước ngày 10/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Văn Thành
""", author=None, doc_number="06/TB-LMHTX",
          attachments=[{"path": "/_files/tb-06-lmhtx.pdf", "text": "Thông báo số 06/TB-LMHTX (PDF)"}],
          notes=["a notice with its own 'Permalink: /thong-bao-06-tb-lmhtx' (no date in the URL); the date only in "
                 "the small link 'May 16, 2025' after the text (no time: midnight); the signer is text, no author; "
                 "the PDF is a file of the folder, linked as 'Thông báo số 06/TB-LMHTX (PDF)' (an attachment)"],
          **at(datetime(2025, 5, 16), ["Thông báo"], permalink="/thong-bao-06-tb-lmhtx")),
        A(path="", title="Ảnh: HTX Khóm Tắc Cậu vào mùa thu hoạch",
          body="""
Tháng 5, các thành viên HTX Khóm Tắc Cậu (huyện Châu Thành) thu hoạch khóm vụ chính.
[img khom-1.png] Thành viên HTX thu hoạch khóm trên cánh đồng xã Bình An
[img khom-2.png] Khóm được phân loại tại điểm thu mua của HTX
[img khom-3.png] Sản phẩm khóm sấy dẻo của HTX đạt chứng nhận OCOP 4 sao
""", byline="Ảnh: Danh Sơn", author="Danh Sơn",
          notes=["photo story: the captions are the images' alt text turned into <span class=\"caption\"> by the "
                 "image-caption plugin (one line each); 'Ảnh: Danh Sơn' -> Danh Sơn"],
          **at(datetime(2025, 5, 9), ["Hoạt động", "Ảnh"])),
        A(path="", title="Số liệu kinh tế tập thể tỉnh Kiên Giang quý I năm 2025",
          body="""
Quý I năm 2025, toàn tỉnh thành lập mới 9 HTX, nâng tổng số HTX đang hoạt động lên 398 HTX.
| Loại hình | Số HTX | Thành viên | Thành lập mới quý I |
| Nông nghiệp | 301 | 21.450 | 6 |
| Thủy sản | 52 | 3.870 | 2 |
| Thương mại, dịch vụ | 45 | 1.260 | 1 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX mới thành lập hoàn thiện bộ máy và phương án sản xuất.
""", byline="Văn phòng Liên minh HTX tỉnh", author=None,
          notes=["a Markdown pipe table (Pandoc: <table> with <thead>): one line per row; written with a 'Title:' "
                 "line and no heading: the page shows no <h1>, the title only in <title>, og:title and the lists; "
                 "closed by an office: no author"],
          **at(datetime(2025, 4, 22), ["Số liệu"], heading=False)),
        A(path="", title="Hướng dẫn HTX nuôi tôm theo mô hình tôm - lúa",
          body="""
Mô hình tôm - lúa giúp các HTX vùng U Minh Thượng sản xuất bền vững, thích ứng với xâm nhập mặn.
## Chuẩn bị ruộng nuôi
* Sên vét mương bao, gia cố bờ bao chắc chắn;
* Bón vôi, phơi ruộng từ 7 đến 10 ngày;
* Lấy nước qua túi lọc để loại bỏ địch hại.
## Thả giống
Chọn tôm giống đã qua kiểm dịch, thả với mật độ 2 - 3 con/m2 vào sáng sớm hoặc chiều mát.
""", byline="Kỹ sư Nguyễn Thị Mỹ Tiên", author="Nguyễn Thị Mỹ Tiên",
          notes=["two Markdown '##' headings (Pandoc <h2 id=…>) and a list; another post links it by a wikilink, so "
                 "its page carries 'Links to this post' with that post's title and summary (not text); 'Kỹ sư "
                 "Nguyễn Thị Mỹ Tiên' -> the person"],
          **at(datetime(2025, 4, 3), ["Kiến thức"])),
        A(path="", title="HTX Thủy sản Hòn Nghệ phát triển du lịch cộng đồng",
          body="""
HTX Thủy sản Hòn Nghệ (huyện Kiên Lương) vừa đưa vào khai thác tour trải nghiệm nuôi cá bè cho du khách.
Du khách được tham gia cho cá ăn, câu cá và thưởng thức hải sản tại bè của thành viên HTX.
Bà con có thể xem thêm [[kỹ thuật nuôi tôm - lúa|/2025/04/03/huong-dan-htx-nuoi-tom-theo-mo-hinh-tom-lua]] mà Liên minh HTX tỉnh đã giới thiệu.
""", byline="Theo Báo Kiên Giang", author=None,
          notes=["'Theo Báo Kiên Giang' closes the text: a reprint, no author; its last paragraph links another post "
                 "(a wikilink)"],
          **at(datetime(2025, 3, 18), ["Hoạt động"])),
        A(path="", title="Liên minh HTX tỉnh tập huấn kế toán cho HTX",
          body="""
Từ ngày 4 đến 6/3, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 55 kế toán HTX trên địa bàn tỉnh.
Học viên được cập nhật các quy định mới về chế độ kế toán HTX và hóa đơn điện tử.
""", byline="Trần Thanh Phong", author="Trần Thanh Phong",
          notes=["the bare name closes it -> author; the owner's redirect /tin-tuc/tap-huan-ke-toan-htx.html (the "
                 "old WordPress URL) answers 301 here: an alias"],
          **at(datetime(2025, 3, 7), ["Hoạt động"], old="/tin-tuc/tap-huan-ke-toan-htx.html")),
        A(path="", title="HTX Nông nghiệp Thạnh Lộc liên kết tiêu thụ lúa chất lượng cao",
          body="""
HTX Nông nghiệp Thạnh Lộc (huyện Giồng Riềng) ký hợp đồng liên kết tiêu thụ 350 ha lúa chất lượng cao vụ Đông Xuân.
Doanh nghiệp thu mua lúa tươi tại ruộng với giá cao hơn thị trường 200 đồng/kg.
""", byline="Hồng Nhung", author="Hồng Nhung",
          notes=["only on /page/2 (and /archives, the feed); 'Hồng Nhung' -> author"],
          **at(datetime(2025, 2, 12), ["Hoạt động"])),
        A(path="", title="Tổng kết công tác năm 2024 của Liên minh HTX tỉnh Kiên Giang",
          body="""
Ngày 27/12/2024, Liên minh HTX tỉnh Kiên Giang tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tongket.png] Quang cảnh hội nghị tổng kết năm 2024
Năm 2024, Liên minh HTX tỉnh tư vấn thành lập mới 31 HTX và tổ chức 8 lớp bồi dưỡng cho cán bộ HTX.
""", author=None,
          notes=["the oldest post, only on /page/2; posted 30 December 2024 (the page's 'December 30, 2024'); no "
                 "byline: author null; the owner's redirect /tin-tuc/tong-ket-nam-2024.html -> here: an alias"],
          **at(datetime(2024, 12, 30), ["Hoạt động"], old="/tin-tuc/tong-ket-nam-2024.html")),
    ]


FEED_TIMES = {0: (9, 15), 1: (16, 40), 2: (8, 5), 3: (10, 0), 4: (14, 30), 5: (15, 10), 6: (9, 45), 7: (11, 20)}


def long_date(d: datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def body_html(a: RichArticle, with_title: bool = True) -> str:
    out = []
    if with_title and a.opts["heading"]:
        out.append(f'<h1 id="{pandoc_id(a.title)}">{esc(a.title)}</h1>')
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{pandoc_id(b.text)}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr class=\"header\">\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "\n</tr>\n</thead>\n<tbody>\n" + "".join(
                           f'<tr class="{"odd" if i % 2 == 0 else "even"}">\n' + "\n".join(f"<td>{esc(c)}</td>" for c in r)
                           + "\n</tr>\n" for i, r in enumerate(rows)) + "</tbody>\n</table>")
        elif b.kind == "img":
            src = f"/_image_cache/{uuid(b.src)}.png"
            cap = f'<span class="caption">{esc(b.text)}</span>' if b.text else ""
            out.append(f'<p><img src="{src}" alt="{attr(b.text)}" width="1200" height="800">{cap}</p>')
    for x in a.attachments:
        out.insert(len(out) - 3, f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f"<p><em>{esc(a.byline)}</em></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kien-giang", f"{TITLE} (Blot)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/feed.rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for i, a in enumerate(arts):
        a.path = a.opts["permalink"] or f"/{a.date:%Y/%m/%d}/{slugify(a.title)}"
        a.opts["feed_time"] = a.date.replace(hour=FEED_TIMES[i][0], minute=FEED_TIMES[i][1])
    tag_slugs = {t: slugify(t) for a in arts for t in a.opts["tags"]}
    summaries = {a.path: inline_text(next(b.text for b in a.blocks if b.kind == "p")) for a in arts}
    backlinks = {"/2025/04/03/huong-dan-htx-nuoi-tom-theo-mo-hinh-tom-lua":
                 next(a for a in arts if "Hòn Nghệ" in a.title)}

    def head(title: str, desc: str, entry: RichArticle | None = None) -> str:
        extra = ""
        if entry is not None:
            img = next((b.src for b in entry.blocks if b.kind == "img"), None)
            if img:
                extra += (f'\n  <meta property="og:image" content="{{{{base}}}}/_image_cache/{uuid(img)}.png" />\n'
                          '  <meta name="twitter:card" content="summary_large_image" />')
            extra += f'\n  <meta property="og:url" content="{{{{base}}}}{entry.path}" />'
        return f"""<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />

  <title>{esc(title)}</title>

  <link rel="alternate" type="application/rss+xml" title="{attr(TITLE)}" href="{{{{base}}}}/feed.rss" />

  <link rel="icon" href="/_avatars/{h('avatar')}.png" type="image/x-icon" />

  <link rel="stylesheet" href="/style.css?cache=1747712345&amp;extension=.css" />

  <meta name="description" content="{attr(desc)}" />

  <!-- Meta tags for sharing on social media platforms -->
  <meta property="og:title" content="{attr(title)}" />
  <meta property="og:description" content="{attr(desc)}" />
  <meta property="og:type" content="website" />{extra}
</head>"""

    header = ('<div class="navigation alignment-justified position-">\n  <div class="container">\n    <a id="logo" href="/">\n'
              f'      {esc(TITLE)}\n    </a>\n    <div class="nav">\n'
              + "".join(f'      <a href="{u}" title="{attr(lab)}">{esc(lab)}</a>\n' for lab, u in MENU)
              + "    </div>\n  </div>\n</div>")
    footer = f'<div class="footer"><p class="small">{esc(FOOT)}</p></div>'

    def doc(title: str, desc: str, main: str, entry: RichArticle | None = None, body_cls: str = "") -> str:
        return (f"<!DOCTYPE html>\n<html>\n{head(title, desc, entry)}\n<body{body_cls}>\n{header}\n"
                f'<div class="container">\n<div class="main">\n{main}\n{footer}\n</div>\n</div>\n'
                '<script src="/script.js?cache=1747712345&amp;extension=.js"></script>\n</body>\n</html>\n')

    def tags_html(a: RichArticle) -> str:
        return "".join(f'\n          <a class="small tag" href="/tagged/{tag_slugs[t]}">{esc(t)}</a>' for t in a.opts["tags"])

    def rounded(a: RichArticle) -> str:
        return (f'<a class="rounded-link" href="{a.path}">\n            <span class="title">{esc(a.title)}</span>\n'
                f'            <span class="summary">{esc(summaries[a.path])}</span>\n          </a>')

    for i, a in enumerate(arts):
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        back = backlinks.get(a.path)
        bl = (f'<div style="padding-left: 140px;padding-top: 1rem;font-size:14px">\n<h5 style="position: absolute;top: 0;'
              f'left: 0">Links to this post</h5>\n{rounded(back)}\n</div>') if back else ""
        nav = ((f"<h5>Previously</h5>\n{rounded(older)}\n" if older else "")
               + (f"<h5>Next</h5>\n{rounded(newer)}\n" if newer else ""))
        disqus = (f'<div id="disqus_thread"></div>\n<script type="text/javascript">\n    var disqus_shortname = '
                  f"'lmhtxkiengiang';\n    var disqus_identifier = 'entry_{h(a.title, 16)}';\n    var disqus_title = "
                  f"'{a.title}';\n</script>\n<noscript>{NOSCRIPT}</noscript>")
        main = (f'<div class="entry">\n{body_html(a)}\n<hr>\n{bl}\n</div>\n<div style="font-size: 14px;display: flex">\n'
                f'<div style="margin-right: 2rem">\n{nav}</div>\n</div>\n<p>\n          <a class="small date" '
                f'href="{a.path}">{long_date(a.date)}</a>{tags_html(a)}\n          </p>\n<div class="clear"></div>\n'
                f'{disqus}\n<div class="clear"></div>')
        site.page(a.path, doc(f"{a.title} - {TITLE}", summaries[a.path], main, a))
        if a.opts["old"]:
            site.redirect(a.opts["old"], a.path, 301)
            a.aliases.append(a.opts["old"])
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/_image_cache/{uuid(b.src)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH KIEN GIANG", "THONG BAO SO 06/TB-LMHTX"]))
        site.add_article(a)
    site.trap("the owner's redirects (Settings -> Redirects, old WordPress URLs /tin-tuc/<slug>.html) answer 301 "
              "to the posts: aliases", "/tin-tuc/tap-huan-ke-toan-htx.html")
    site.trap("under each post: 'Links to this post' (a wikilink backlink: another post's title and summary), "
              "'Previously'/'Next' cards (the neighbours' titles and summaries), the date link and tags, the Disqus "
              "box with its noscript line: none of it is the post's text", arts[3].path)

    # index pages: posts in full
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, items in enumerate(pages, 1):
        blocks = "".join(
            f'<div class="entry on-index-page" data-url="{a.path}">\n{body_html(a)}\n<div class="clear"></div>\n<p>\n'
            f'          <a class="small date" href="{a.path}">{long_date(a.date)}</a>{tags_html(a)}\n        </p>\n'
            '</div>\n<div class="wide">\n<br><br>\n<hr class="minimal">\n<br><br>\n</div>\n' for a in items)
        prev = f'<a href="/page/{n - 1}">&larr; Newer</a>' if n > 1 else ""
        nxt = f'<a href="/page/{n + 1}">Older &rarr;</a>' if n < len(pages) else ""
        main = blocks + f'<div class="pagination">\n{prev}\nPage {n} of {len(pages)}\n{nxt}\n</div>'
        html = doc(TITLE, f"The latest on {TITLE}", main, body_cls=' class="navigation-location-"')
        if n == 1:
            site.page("/", html)
            site.same_page("/page/1", "/")
            site.non_articles += ["/", "/page/1"]
        else:
            site.page(f"/page/{n}", html)
            site.non_articles.append(f"/page/{n}")
    site.trap("the index / (= /page/1) shows the six newest posts in full, each with its <h1>, then 'Page 1 of 2' "
              "'Older →' = /page/2 (the two oldest): lists, not articles", "/page/2")

    # archives, tags, search, page, feed
    popular = sorted(tag_slugs)
    tags = ", ".join(f'<a href="/tagged/{tag_slugs[t]}" title="{attr(t)}">{esc(t)}</a>' for t in popular)
    allents = "".join(f'<a class="full-line" href="{a.path}"><em>{esc(a.title)}</em> &nbsp;<span class="small">'
                      f'{long_date(a.date)}</span></a>\n' for a in arts)
    search_form = '<form action=\'/search\'>\n<input placeholder="Search..." value="" name="q" id="search" type="text" />\n</form>'
    site.page("/archives", doc(f"Archives - {TITLE}", f"All the entries posted on {TITLE}",
                               f'<h1>Archives</h1>\n{search_form}\n<hr class="minimal">\n<p class="small">Tags</p>\n'
                               f'<div class="tags">\n<div>\n{tags}\n</div>\n</div>\n<hr class="minimal">\n<p class="small">'
                               f'Newest</p>\n<div>\n{allents}</div>', body_cls=' class="navigation-location-"'))
    site.non_articles.append("/archives")
    for t, s in tag_slugs.items():
        items = [a for a in arts if t in a.opts["tags"]]
        lst = "".join(f'<a href="{a.path}">{esc(a.title)}</a>\n<span class="small">{long_date(a.date)}</span>\n<br />\n'
                      for a in items)
        site.page(f"/tagged/{s}", doc(f"{t} - {TITLE}", f"All of the entries posted on {TITLE} tagged {t}",
                                      f'<h1>{esc(t)}</h1>\n<div class="archives">\n{lst}</div>\n<p><a class="small date" '
                                      'href="/archives">View the archives &rarr;</a></p>'))
        site.non_articles.append(f"/tagged/{s}")
    site.trap("tags /tagged/<slug> (from the folder names in brackets): lists", "/tagged/hoat-dong")
    site.page("/search", doc(f"Search - {TITLE}", f"Search {TITLE}", f"<h1>Tìm kiếm</h1>\n{search_form}"))
    site.non_articles.append("/search")
    site.page("/gioi-thieu", doc(f"Giới thiệu - {TITLE}", "Giới thiệu Liên minh Hợp tác xã tỉnh Kiên Giang",
                                 '<div class="entry">\n<h1 id="giới-thiệu">Giới thiệu</h1>\n<p>Liên minh Hợp tác xã '
                                 'tỉnh Kiên Giang là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền lợi hợp pháp '
                                 'của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n<p>Sổ tay này đăng tin hoạt động, văn '
                                 'bản và kiến thức cho các HTX.</p>\n</div>'))
    site.non_articles.append("/gioi-thieu")
    site.trap("/gioi-thieu is a Blot page (a file with 'Page: yes': in the menu, not in the feed): not an article",
              "/gioi-thieu")

    def rfc822(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S +0700")
    items = "".join(f"  <item> \n    <title><![CDATA[ {a.title} ]]></title>\n    <link>{{{{base}}}}{a.path}</link>\n"
                    f"    <guid>{{{{base}}}}{a.path}</guid>\n    <pubDate>{rfc822(a.opts['feed_time'])}</pubDate>\n"
                    f"    <dc:creator><![CDATA[ {TITLE} ]]></dc:creator>\n    <description><![CDATA[  "
                    f"{esc(body_html(a, with_title=False))}  ]]></description>\n  </item>\n" for a in arts)
    rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
           f'version="2.0">\n<channel>\n  <title><![CDATA[ {TITLE}]]></title>\n  <link>{{{{base}}}}</link>\n'
           '  <atom:link href="{{base}}/feed.rss" rel="self" type="application/rss+xml"/>\n'
           f"  <description><![CDATA[ The feed of updates to {TITLE} ]]></description>\n{items}</channel>\n</rss>\n")
    site.page("/feed.rss", rss, content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS /feed.rss: pubDate with the time and '+0700' (the page shows only the day: truth is the day, "
              "midnight)", "/feed.rss")
    site.binary(f"/_avatars/{h('avatar')}.png", image_for("avatar"))
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
