"""Site `nhatky-htxquangbinh` (registry family `generic`): "Nhật ký Liên minh HTX Quảng Bình", the staff diary the
Quảng Bình cooperative alliance's office keeps on **Posthaven** (the hosted blog; a custom domain; the default theme;
the site language Vietnamese; three contributors, each with their own settings: two write with the Vietnamese date
style "Đăng 12 tháng 5, 2025", one kept the English "Posted May 12th, 2025"; the site's time zone Hanoi; the copy is
of 20 May 2025 09:00, before the province joined Quảng Trị). Staff post from the web editor or by email (a mail with
photos becomes a post with a Posthaven gallery). Written as a held-out test: no family module, no selectors.

URL shapes: a post `/<slug>` (Rails `parameterize` of the title; its transliteration knows Latin-1 and Latin
Extended-A only, so `đ` becomes `d` but every other Vietnamese letter with a tone mark (ạ, ả, ế, ơ, ư, …) is dropped
and splits the word: "Hội nghị tổng kết" -> `h-i-ngh-t-ng-k-t`); a post mailed without a subject has no slug and
lives at its numeric id `/<id>` (here a photo dump: a gallery, no title, no text); the front page `/` and its pager
`/?page=2` (5 posts a page, "Bài cũ hơn" / "Bài mới hơn"); tags `/tags/<tag>`; the archive `/archive` (every post
by month); the Atom feed `/posts.atom` (the front page's posts); the subscription form posts to `/subscriptions`
(robots.txt disallows it); sign-in is on posthaven.com (offsite). No search, no sitemap, no category, no
per-author page.

Why it is hard: the only `<h1>` of a post page is the post's title, but on the front page and the lists the site's
name is the `<h1>` and every post title an `<h2>`. The date line is each author's own: "Đăng 15 tháng 5, 2025" or
"Posted April 28th, 2025" (ordinal suffix, month name), with no time and no `<time>` element; the front page and the
tag lists show posts of the last 7 days as "2 ngày trước" (Rails `time_ago_in_words`, the copy's day). The Atom
feed's `<published>` is UTC with `Z`: the post of 00:30 on 15 April reads `2025-04-14T17:30:00Z`. Bodies are the
editor's HTML (`<p>`, `<h2>`, `<ul>`, a table pasted from a spreadsheet, `<p><em>` captions under photos) inside
`div.post-body`; a mailed post puts its photos in `div.posthaven-gallery` (no captions). Under the body: tags, view
count, the applause button ("Vỗ tay" and its count), then the comments (Posthaven readers' names and words: not the
article) and the subscribe box. The author is the contributor shown in the post header when a person; the office's
account "Văn phòng Liên minh HTX" is no author; a closing byline overrides; "Theo Báo Quảng Bình" marks a reprint.
The oldest post has no tag and is not in the feed: only `/?page=2` and `/archive` reach it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "nhatky-htxquangbinh"
NAME = "Nhật ký Liên minh HTX Quảng Bình"
DESC = "Ghi chép công việc hằng ngày của cán bộ Văn phòng Liên minh Hợp tác xã tỉnh Quảng Bình"
PER = 5
NOW = datetime(2025, 5, 20, 9, 0)
UTC = timedelta(hours=7)
AUTHORS = {"trang": ("Hoàng Thị Thu Trang", "vi"), "tuan": ("Lê Minh Tuấn", "en"),
           "vanphong": ("Văn phòng Liên minh HTX", "vi")}
FOOTER = "Liên minh HTX tỉnh Quảng Bình - Số 2 Hương Giang, TP Đồng Hới - ĐT: 0232.3822.579"
FURN = [FOOTER, "Powered by Posthaven", "Nhận bài mới qua email", "Theo dõi", "Vỗ tay", "Đăng nhập để bình luận",
        "lượt xem", DESC]
LATIN1 = {"à": "a", "á": "a", "â": "a", "ã": "a", "è": "e", "é": "e", "ê": "e", "ì": "i", "í": "i", "ò": "o", "ó": "o",
          "ô": "o", "õ": "o", "ù": "u", "ú": "u", "ý": "y", "ă": "a", "đ": "d", "ĩ": "i", "ũ": "u"}


def parameterize(title: str) -> str:
    """Rails' parameterize: I18n transliteration (Latin-1 and Latin Extended-A only; the rest becomes '?'), then
    every run of other characters becomes one '-'."""
    out = []
    for ch in unicodedata.normalize("NFC", title):
        low = ch.lower()
        if low.isascii():
            out.append(low)
        elif low in LATIN1:
            out.append(LATIN1[low])
        else:
            out.append("?")
    return re.sub(r"[^a-z0-9]+", "-", "".join(out)).strip("-")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def posted(d: datetime, lang: str) -> str:
    if lang == "en":
        return f"Posted {d:%B} {ordinal(d.day)}, {d.year}"
    return f"Đăng {d.day} tháng {d.month}, {d.year}"


def ago(d: datetime) -> str | None:
    minutes = (NOW - d).total_seconds() / 60
    if minutes >= 7 * 1440:
        return None
    if minutes < 1440:
        return f"khoảng {round(minutes / 60)} giờ trước"
    if minutes < 2520:
        return "1 ngày trước"
    return f"{round(minutes / 1440)} ngày trước"


def h(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, evidence: list[str] | None = None) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=evidence or ["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc đăng ký gian hàng tại Hội chợ OCOP Quảng Bình 2025",
          body="""
LIÊN MINH HTX TỈNH QUẢNG BÌNH
Số: 09/TB-LMHTX
Quảng Bình, ngày 14 tháng 5 năm 2025
THÔNG BÁO
Về việc đăng ký gian hàng tại Hội chợ OCOP Quảng Bình năm 2025
Hội chợ OCOP Quảng Bình năm 2025 diễn ra từ ngày 12/6 đến ngày 16/6/2025 tại Quảng trường Hồ Chí Minh, TP Đồng Hới.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 30/5/2025.
CHỦ TỊCH
Trần Văn Tuân
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/files/document_part/asset/4821/Kx7pQm2vT9aB/TB-09-LMHTX-2025.pdf",
                        "text": "TB-09-LMHTX-2025.pdf"}],
          opts={"by": "vanphong", "tags": ["thong-bao", "ocop"], "views": 214, "applause": 6, "comments": []},
          notes=["notice 'Số: 09/TB-LMHTX' dated 14/5 in its text, posted 15/05 16:20 ('Đăng 15 tháng 5, 2025'; '5 ngày "
                 "trước' on the front page); the contributor is the office account: no author; the signer is text; the "
                 "file link (Posthaven's attachment box: the file's name, its size after it) is an attachment, not text"],
          **at(datetime(2025, 5, 15, 16, 20))),
        A(path="", title="Ảnh: Vụ thu hoạch nấm linh chi ở HTX Nông nghiệp Quảng Phú",
          body="""
Những ngày giữa tháng 5, HTX Nông nghiệp Quảng Phú (huyện Quảng Trạch) thu hoạch lứa nấm linh chi thứ hai của năm.
[img linh-chi-1.png] Thành viên HTX thu hái nấm linh chi trong nhà màng
[img linh-chi-2.png] Nấm được phân loại trước khi đưa vào lò sấy
[img linh-chi-3.png] Sản phẩm nấm linh chi đóng hộp mang nhãn OCOP 3 sao
Lứa này HTX thu khoảng 1,2 tấn nấm tươi, giá bán nấm khô từ 1,5 đến 2 triệu đồng/kg.
Kết quả sản xuất quý I của HTX Quảng Phú có trong [[bài tổng hợp số liệu quý I|{{alias}}]].
""", byline="Bài và ảnh: Hoàng Thị Thu Trang", author="Hoàng Thị Thu Trang",
          opts={"by": "trang", "tags": ["ocop", "hoat-dong"], "views": 388, "applause": 15,
                "comments": [("Nguyễn Hữu Phước", "Nấm linh chi Quảng Phú chất lượng lắm, chúc mừng HTX!")]},
          notes=["photo story written in the web editor: each photo its own <p><img></p>, the caption the next <p><em> "
                 "(one line each); its text links the table post with a trailing slash (Rails answers the same page: an alias); posted 18/05 10:05, '2 ngày trước' on the front page and the tag lists; a reader's "
                 "comment under it is not text"],
          **at(datetime(2025, 5, 18, 10, 5))),
        A(path="", title="Kết quả sản xuất, kinh doanh của các HTX nông nghiệp quý I năm 2025",
          body="""
Quý I/2025, các HTX nông nghiệp trên địa bàn tỉnh duy trì hoạt động ổn định, doanh thu tăng so với cùng kỳ.
| Huyện, thành phố | Số HTX | Doanh thu quý I (tỷ đồng) | So cùng kỳ (%) |
| Lệ Thủy | 48 | 36,2 | 106,4 |
| Quảng Ninh | 31 | 18,7 | 104,1 |
| Bố Trạch | 42 | 27,5 | 108,9 |
| Quảng Trạch | 37 | 21,3 | 103,7 |
Các HTX ở Lệ Thủy dẫn đầu nhờ liên kết tiêu thụ lúa hữu cơ với doanh nghiệp.
""", author="Lê Minh Tuấn",
          opts={"by": "tuan", "tags": ["so-lieu"], "views": 157, "applause": 3, "comments": []},
          notes=["a table pasted from a spreadsheet (header row in bold <td>s, no <th>): one line per row; the contributor "
                 "Lê Minh Tuấn keeps the English date style 'Posted April 28th, 2025'; no byline: he is the author"],
          **at(datetime(2025, 4, 28, 14, 0))),
        A(path="", title="Hợp tác xã Dịch vụ nông nghiệp Hải Ninh ký kết tiêu thụ lúa giống",
          body="""
Tối 14/4, HTX Dịch vụ nông nghiệp Hải Ninh (huyện Quảng Ninh) đã ký hợp đồng cung ứng 60 tấn lúa giống cho vụ hè thu.
Buổi ký kết kéo dài đến gần nửa đêm vì các bên thống nhất lại giá thu mua sau khi giá lúa giống tăng.
Theo hợp đồng, HTX cung ứng giống và hướng dẫn kỹ thuật cho 320 hộ thành viên trên diện tích 180 ha.
""", author=None,
          opts={"by": "vanphong", "tags": ["hoat-dong"], "views": 96, "applause": 2, "comments": []},
          notes=["posted at 00:30 on 15 April about the evening before ('Tối 14/4' in the text): the page says 'Đăng 15 "
                 "tháng 4, 2025', the Atom feed '2025-04-14T17:30:00Z' (UTC, the previous day); the office account, no "
                 "byline: author null; its slug drops the Vietnamese letters Rails cannot transliterate"],
          **at(datetime(2025, 4, 15, 0, 30), ["date-element", "listing"])),
        A(path="", title="Những lưu ý khi HTX xây dựng phương án sản xuất vụ hè thu",
          body="""
Vụ hè thu năm 2025, Liên minh HTX tỉnh khuyến cáo các HTX chủ động xây dựng phương án sản xuất sát với thực tế.
## Các nội dung HTX cần chuẩn bị
* Rà soát diện tích, cơ cấu giống phù hợp với lịch thời vụ của huyện;
* Ký hợp đồng cung ứng vật tư, phân bón với nhà cung cấp có uy tín;
* Bố trí lịch tưới, tiêu nước hợp lý để tiết kiệm chi phí;
* Thống nhất phương án tiêu thụ sản phẩm với doanh nghiệp liên kết.
Các HTX gửi phương án sản xuất về Liên minh HTX tỉnh để được hỗ trợ, tư vấn.
""", byline="Nguyễn Văn Lực - Chi cục Trồng trọt và Bảo vệ thực vật", author="Nguyễn Văn Lực",
          opts={"by": "trang", "tags": ["kien-thuc"], "views": 243, "applause": 8, "comments": []},
          notes=["an <h2> and a bulleted list; the contributor Hoàng Thị Thu Trang but 'Nguyễn Văn Lực - Chi cục Trồng "
                 "trọt và Bảo vệ thực vật' closes the text -> Nguyễn Văn Lực"],
          **at(datetime(2025, 4, 9, 8, 40))),
        A(path="", title="HTX Thủy sản Bảo Ninh mở rộng nuôi hàu trên sông Nhật Lệ",
          body="""
HTX Thủy sản Bảo Ninh (TP Đồng Hới) vừa mở rộng diện tích nuôi hàu trên sông Nhật Lệ lên 12 ha.
Mỗi năm HTX thu hoạch khoảng 150 tấn hàu thương phẩm, cung cấp cho các nhà hàng ở Đồng Hới và Huế.
HTX đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm hàu Bảo Ninh đạt OCOP 3 sao.
""", byline="Theo Báo Quảng Bình", author=None,
          opts={"by": "tuan", "tags": ["thuy-san"], "views": 178, "applause": 4, "comments": []},
          notes=["contributor Lê Minh Tuấn (a person, 'Posted March 27th, 2025') but 'Theo Báo Quảng Bình' closes the "
                 "text: a reprint, no author; on /?page=2 and its tag list only"],
          **at(datetime(2025, 3, 27, 15, 10))),
        A(path="", title="Đoàn công tác Liên minh HTX tỉnh thăm HTX Chăn nuôi Trường Sơn",
          body="""
Ngày 1/3, đoàn công tác Liên minh HTX tỉnh đã đến thăm HTX Chăn nuôi Trường Sơn (huyện Quảng Ninh).
HTX hiện nuôi hơn 600 con bò lai theo mô hình bán chăn thả, liên kết với 75 hộ đồng bào Vân Kiều.
Đoàn ghi nhận đề xuất của HTX về hỗ trợ xây dựng chuồng trại và trồng cỏ chăn nuôi.
[img truong-son-1.png]
[img truong-son-2.png]
[img truong-son-3.png]
[img truong-son-4.png]
""", byline="Tin, ảnh: Nguyễn Văn Hòa", author="Nguyễn Văn Hòa",
          opts={"by": "tuan", "tags": ["hoat-dong"], "views": 132, "applause": 5, "mail": True,
                "comments": [("Phan Thị Hằng", "Mô hình rất hay, mong được đi học tập kinh nghiệm.")]},
          notes=["posted by email: the mail's text, then its four photos in a div.posthaven-gallery (no captions: no "
                 "lines); 'Posted March 3rd, 2025'; 'Tin, ảnh: Nguyễn Văn Hòa' closes the text -> author"],
          **at(datetime(2025, 3, 3, 9, 20))),
        A(path="", title="Liên minh HTX tỉnh Quảng Bình tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 29 HTX, tổ chức 10 lớp tập huấn cho 540 lượt cán bộ HTX.
""", byline="Hoàng Thị Thu Trang", author="Hoàng Thị Thu Trang",
          opts={"by": "trang", "tags": [], "views": 305, "applause": 9, "comments": []},
          notes=["the oldest post: no tag, not in the Atom feed (the front page's five); only /?page=2 and /archive "
                 "reach it; the contributor's name closes the text too: she is the author"],
          **at(datetime(2024, 12, 27, 15, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    gallery = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table><tbody><tr>" + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            src = f"/files/image_part/asset/{a.opts['pid']}/{h(b.src)}/medium_{b.src}"
            if a.opts.get("mail"):
                gallery.append(src)
                continue
            out.append(f'<p><img src="{src}" alt=""></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    if gallery:
        out.append(f'<div class="posthaven-gallery" id="posthaven_gallery[{a.opts["pid"] * 3}]">' + "".join(
            f'<p class="posthaven-file posthaven-file-image posthaven-file-state-processed"><img class="posthaven-'
            f'gallery-image" src="{src}" alt=""></p>' for src in gallery) + "</div>")
    for x in a.attachments:
        out.append(f'<div class="posthaven-file posthaven-file-attachment"><a href="{x["path"]}" class="posthaven-file-link">'
                   f'{esc(x["text"])}</a> <span class="posthaven-file-size">(184 KB)</span></div>')
    if a.byline:
        out.append(f"<p><b>{esc(a.byline)}</b></p>")
    return "\n".join(out)



def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-binh", f"{NAME} (Posthaven)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/posts.atom" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    pid = 1870
    for a in reversed(arts):
        pid += 23
        a.opts["pid"] = pid
        a.path = "/" + parameterize(a.title)
    # the photo dump mailed without a subject on 19 May: no title, no slug, no text
    stub = RichArticle(path="/2061", title="", date=datetime(2025, 5, 19, 17, 45), body="\n".join(
        f"[img IMG_{2040 + i}.png]" for i in range(3)), opts={"by": "vanphong", "tags": [], "views": 41, "applause": 0,
                                                              "comments": [], "mail": True, "pid": 2061})
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    for a in arts:
        a.body = a.body.replace("{{alias}}", table.path + "/")
    table.aliases.append(table.path + "/")
    posts = sorted(arts + [stub], key=lambda a: a.date, reverse=True)
    tags = sorted({t for a in arts for t in a.opts["tags"]})

    def head(title: str, canon: str, a: RichArticle | None = None) -> str:
        og = ""
        if a is not None:
            img = a.first_image()
            og = (f'\n<meta property="og:type" content="article">\n<meta property="og:description" '
                  f'content="{attr(a.summary())}">'
                  + (f'\n<meta property="og:image" content="{{{{base}}}}/files/image_part/asset/{a.opts["pid"]}/'
                     f'{h(img)}/medium_{img}">' if img else ""))
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="{attr(NAME)}" href="/posts.atom">
<meta property="og:site_name" content="{attr(NAME)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{{{{base}}}}{canon}">{og}
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/assets/application-5c1e9b.css">
<script src="/assets/application-8a3f02.js"></script>
</head>
"""

    def page(title: str, canon: str, main: str, a: RichArticle | None = None, body_class: str = "index") -> str:
        nav = " ".join(f'<a href="{href}">{esc(n)}</a>' for n, href in [("Trang chủ", "/"), ("Lưu trữ", "/archive")])
        site_title = (f'<div class="site-title"><a href="/">{esc(NAME)}</a></div>' if body_class == "post" else
                      f'<h1 class="site-title"><a href="/">{esc(NAME)}</a></h1>')
        return head(title, canon, a) + f"""<body class="{body_class}">
<div id="wrapper">
<header id="site-header">
<a href="/" class="site-avatar"><img src="/files/site_avatar/lmhtx-qb.png" alt=""></a>
{site_title}
<p class="site-description">{esc(DESC)}</p>
<nav class="site-nav">{nav}</nav>
</header>
<main id="content">
{main}
<aside class="subscribe" id="subscribe">
<h3>Nhận bài mới qua email</h3>
<form action="/subscriptions" method="post" class="subscribe-form"><input type="email" name="subscription[email]" placeholder="Địa chỉ email của bạn"> <button type="submit">Theo dõi</button></form>
</aside>
</main>
<footer id="site-footer">
<p>{esc(FOOTER)}</p>
<p class="powered-by"><a href="{{{{base:offsite}}}}/posthaven/">Powered by Posthaven</a></p>
</footer>
</div>
</body>
</html>
"""

    def meta_line(a: RichArticle, listing: bool) -> str:
        name, lang = AUTHORS[a.opts["by"]]
        when = (ago(a.date) if listing else None) or posted(a.date, lang)
        return (f'<div class="post-meta"><span class="post-author"><img class="avatar" src="/files/avatars/{a.opts["by"]}.png" '
                f'alt="">{esc(name)}</span> <a class="post-date" href="{a.path}">{esc(when)}</a></div>')

    def footer(a: RichArticle) -> str:
        tag_html = ('<div class="post-tags">Thẻ: ' + ", ".join(f'<a href="/tags/{t}">{t}</a>' for t in a.opts["tags"])
                    + "</div>") if a.opts["tags"] else ""
        return (f'<footer class="post-footer">{tag_html}<div class="post-stats"><span class="views">{a.opts["views"]} '
                f'lượt xem</span> <span class="applause"><button type="button" class="applause-button" data-post="{a.opts["pid"]}">'
                f'Vỗ tay</button> <span class="applause-count">{a.opts["applause"]}</span></span></div></footer>')

    def title_tag(a: RichArticle, tag: str) -> str:
        return f'<{tag} class="post-title"><a href="{a.path}">{esc(a.title)}</a></{tag}>' if a.title else ""

    comment_strings = []
    for a in posts:
        com = ""
        if a.opts["comments"]:
            lis = "".join(f'<li class="comment"><div class="comment-author">{esc(n)}</div><div class="comment-body"><p>'
                          f'{esc(t)}</p></div></li>' for n, t in a.opts["comments"])
            com = f'<ol class="comments-list">{lis}</ol>'
            comment_strings += [t for _, t in a.opts["comments"]]
        n = len(a.opts["comments"])
        comments = (f'<section class="comments" id="comments"><h3>{n} bình luận</h3>{com}<p class="comment-login"><a '
                    f'href="{{{{base:offsite}}}}/posthaven/login">Đăng nhập để bình luận</a></p></section>')
        art = (f'<article class="post" id="post_{a.opts["pid"]}"><header class="post-header">{title_tag(a, "h1")}'
               f'{meta_line(a, False)}</header><div class="post-body">{body_html(a)}</div>{footer(a)}</article>{comments}')
        site.page(a.path, page(f"{a.title} - {NAME}" if a.title else NAME, a.path, art, a, "post"))
        if a is stub:
            site.non_articles.append(a.path)
            continue
        if a is table:
            site.same_page(a.path + "/", a.path)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH QUANG BINH", "THONG BAO SO 09/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_strings
    site.trap("post pages: the post title is the only <h1> (on the lists the site's name is the <h1>, titles <h2>); "
              "under the body the tags, views, the applause button, readers' comments and the subscribe box", arts[0].path)
    site.trap("a photo dump mailed without a subject: no slug, the numeric address /2061, a gallery of three photos, "
              "no title and no text (on the front page and in the feed): not an article", stub.path)

    def summary(a: RichArticle) -> str:
        return (f'<article class="post" id="post_{a.opts["pid"]}"><header class="post-header">{title_tag(a, "h2")}'
                f'{meta_line(a, True)}</header><div class="post-body">{body_html(a)}</div>{footer(a)}</article>')

    pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for n, chunk in enumerate(pages, 1):
        path = "/" if n == 1 else f"/?page={n}"
        nav = '<nav class="pagination">'
        if n < len(pages):
            nav += f'<a class="older" href="/?page={n + 1}">Bài cũ hơn</a> '
        if n > 1:
            nav += f'<a class="newer" href="{"/" if n == 2 else f"/?page={n - 1}"}">Bài mới hơn</a>'
        nav += "</nav>"
        site.page(path, page(NAME if n == 1 else f"{NAME} - Trang {n}", path, "".join(summary(a) for a in chunk) + nav))
        site.non_articles.append(path)
    site.trap("front page / (5 posts in full; those of the last 7 days dated '2 ngày trước', '5 ngày trước'); "
              "'?page=2' holds the four oldest", "/?page=2")
    for t in tags:
        items = [a for a in arts if t in a.opts["tags"]]
        path = f"/tags/{t}"
        site.page(path, page(f"{NAME} - {t}", path, f'<h2 class="tag-heading">Bài viết có thẻ “{t}”</h2>'
                             + "".join(summary(a) for a in items)))
        site.non_articles.append(path)
    site.trap("tag pages /tags/<tag>: the tagged posts in full (a list)", "/tags/ocop")
    months: dict[str, list[RichArticle]] = {}
    for a in arts:
        months.setdefault(f"Tháng {a.date.month}, {a.date.year}", []).append(a)
    arch = "".join(f'<h3>{m}</h3><ul class="archive-list">' + "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="archive-date">{a.date.day}/{a.date.month}</span></li>'
        for a in items) + "</ul>" for m, items in months.items())
    site.page("/archive", page(f"Lưu trữ - {NAME}", "/archive", f'<h2 class="archive-heading">Lưu trữ</h2>{arch}'))
    site.non_articles.append("/archive")
    site.trap("the archive /archive: titled posts by month ('Tháng 4, 2025'; day/month only beside each)", "/archive")
    feed = pages[0]
    entries = "".join(
        f"<entry><id>tag:posthaven.com,2013:Post/{a.opts['pid']}</id><published>{a.date - UTC:%Y-%m-%dT%H:%M:%S}Z</published>"
        f"<updated>{a.date - UTC:%Y-%m-%dT%H:%M:%S}Z</updated><link rel=\"alternate\" type=\"text/html\" href=\"{{{{base}}}}"
        f"{a.path}\"/><title>{esc(a.title)}</title><content type=\"html\">{esc(body_html(a))}</content><author><name>"
        f"{esc(AUTHORS[a.opts['by']][0])}</name></author></entry>" for a in feed)
    site.page("/posts.atom", f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xml:lang="vi" xmlns="http://www.w3.org/2005/Atom">'
              f"<id>tag:posthaven.com,2013:/posthaven/index/{h(SITE, 6)}</id><link rel=\"alternate\" type=\"text/html\" "
              f"href=\"{{{{base}}}}/\"/><link rel=\"self\" type=\"application/atom+xml\" href=\"{{{{base}}}}/posts.atom\"/>"
              f"<title>{esc(NAME)}</title><updated>{feed[0].date - UTC:%Y-%m-%dT%H:%M:%S}Z</updated>{entries}</feed>\n",
              content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom /posts.atom (the front page's five posts, whole bodies): <published> in UTC 'Z' (the 00:30 post "
              "of 15 April reads 2025-04-14T17:30:00Z)", "/posts.atom")
    site.static("/robots.txt", "User-agent: *\nDisallow: /subscriptions\n")
    site.never_fetched.append("/subscriptions")
    site.static("/subscriptions", "<!DOCTYPE html><html><body><p>Cảm ơn bạn đã theo dõi.</p></body></html>\n")
    site.trap("the subscribe box posts to /subscriptions (robots.txt disallows it): never fetched", "/subscriptions")
    return site
