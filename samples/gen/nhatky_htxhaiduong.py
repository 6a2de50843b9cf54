"""Site `nhatky-htxhaiduong` (registry family `generic`): "Nhật ký HTX Hải Dương", the blog of the Hải Dương
cooperative alliance (the province merged into Hải Phòng on 1 July 2025) on **Chyrp Lite 2025.01 "Boreal"** (the
default **Blossom** theme, locale left at en_US since Chyrp Lite has no Vietnamese, time zone Asia/Ho_Chi_Minh, clean
URLs on, 5 posts a page; modules tags, categorize, comments, read_more, sitemap; feathers text, photo, quote).
Written as a held-out test: no family module, no selectors.

URL shapes: a post `/<yyyy>/<mm>/<dd>/<url>/` (the default "(year)/(month)/(day)/(url)/"); the dirty address
`/?action=view&url=<url>` renders the same post (Chyrp answers it whatever the setting; the "Giới thiệu" page links a
post so); `/id/post/<id>/` answers 302 to the post (the Atom entries' ids); the home `/` and `/page/2/` (whose "Newer
posts" link is `/page/1/`); `/category/<clean>/`, `/tag/<clean>/` (+ `page/2/`), `/tags/` (the cloud),
`/archive/<yyyy>/<mm>/`, `/archive/` and `/archive/<yyyy>/`; pages `/<url>/`; the Atom feed `/feed/`; `/sitemap.xml`
(the sitemap module). Every slug is Chyrp's `sanitize($title, true, SLUG_STRICT)`: Latin-1 and Latin Extended-A letters
are transliterated, every other non-ASCII letter is DROPPED — Vietnamese ơ, ư and all the letters with a dot below or
a hook above vanish ("Tin hoạt động" -> `tin-hot-dng`, "Giới thiệu" -> `/gii-thiu/`).

Why it is hard: the only `<h1>` is the blog's name in the sidebar; the post title is `h2.post_title` (a link to
itself); quote posts have no title at all (a `<blockquote>` + `<figcaption>` source: not articles). The date is in
the footer's permalink: `<time datetime="2025-05-19T23:40:00+07:00">19 May 2025</time>` (PHP "j F Y", English),
beside the category, "N comments"; the page names no author anywhere (the Atom entry's <author> is the account's
full name "Ban biên tập"). The photo feather's text is its caption (`section.caption`) under one image served by
`/includes/thumbnail.php?file=…`. Lists (home, categories, tags, month archives) print each post in full through the
same feather templates, cut at `<!--more-->` by read_more with "…more" glued to the last paragraph; the year
archives print each post's text flattened into one `<p>`. Sidebar: search form, Blog / Feed / Log in, Categories,
Pages, "Related Posts" (tag neighbours, titles cut to 25 characters) or "Recent Posts", the month list.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "nhatky-htxhaiduong"
NAME = "Nhật ký HTX Hải Dương"
DESC = "Ghi chép hoạt động của Liên minh Hợp tác xã tỉnh Hải Dương và các hợp tác xã"
HTML = "text/html; charset=utf-8"
MORE = "<!--more-->"
PER_PAGE = 5
ACCOUNT = "Ban biên tập"
CATS = ["Tin hoạt động", "Văn bản", "Mô hình HTX"]
COMMENTS = {
    3: ("Nguyễn Văn Thắng", "HTX chúng tôi ở Ninh Giang mong được hỗ trợ thành lập thêm tổ hợp tác.", datetime(2025, 1, 15, 7, 12)),
    4: ("Lê Thị Hoa", "Mong Liên minh sớm mở lớp tập huấn về Luật HTX năm 2023 cho các HTX ở Kinh Môn.",
        datetime(2025, 1, 16, 20, 5)),
}
FURN = [NAME, "Next post", "Previous post", "Tags:", "Search", "Menu", "Feed", "Log in", "Categories", "Pages",
        "Related Posts", "Recent Posts", "Archive", "Your name", "Your email", "Your website", "Remember me",
        "Your comment", "Speak", "said:", *[c[1] for c in COMMENTS.values()], "Nguyễn Văn Thắng said:"]

_STRIP = ["&amp;", "&#8216;", "&#8217;", "&#8220;", "&#8221;", "&#8211;", "&#8212;", "&", "~", "`", "!", "@", "#",
          "$", "%", "^", "*", "(", ")", "_", "=", "+", "[", "{", "]", "}", "\\", "|", ";", ":", '"', "'", "—", "–",
          ",", "<", ".", ">", "/", "?"]
_SPECIAL = {"Æ": "AE", "æ": "ae", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o", "Þ": "TH", "þ": "th", "ß": "s", "Đ": "D",
            "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "Ĳ": "IJ", "ĳ": "ij", "ĸ": "k", "Ŀ": "L", "ŀ": "l", "Ł": "L",
            "ł": "l", "ŉ": "n", "Ŋ": "N", "ŋ": "n", "Œ": "OE", "œ": "oe", "Ŧ": "T", "ŧ": "t", "ſ": "s", "ª": "a",
            "º": "o"}


def chyrp_sanitize(text: str, truncate: int = 128) -> str:
    """Chyrp Lite's sanitize($s, true, SLUG_STRICT): only Latin-1 and Latin Extended-A letters are transliterated."""
    clean = re.sub(r"<[^>]+>", "", unicodedata.normalize("NFC", text))
    for s in _STRIP:
        clean = clean.replace(s, "")
    clean = re.sub(r"\s+", "-", clean.strip())
    out = []
    for c in clean:
        if c in _SPECIAL:
            out.append(_SPECIAL[c])
        elif 0xC0 <= ord(c) <= 0x17F:
            base = unicodedata.normalize("NFD", c)[0]
            out.append(base if base.isascii() else "")
        else:
            out.append(c)
    clean = re.sub(r"[^a-zA-Z0-9\-]", "", "".join(out)).lower()
    return clean[:truncate] if truncate else clean


def chyrp_truncate(text: str, length: int) -> str:
    if len(text) <= length:
        return text
    end = length - 1
    k = end
    while k > 0 and not (text[k - 1].isalnum() and (k >= len(text) or not text[k].isalnum())):
        k -= 1
    return (text[:k] if k > 0 else text[:end]) + "…"


def jfy(d: datetime) -> str:
    return f"{d.day} {d:%B %Y}"


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "url", "listing"])

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc tiếp nhận hồ sơ đề nghị hỗ trợ HTX năm 2025",
          body="""
Liên minh HTX tỉnh thông báo tiếp nhận hồ sơ đề nghị hỗ trợ phát triển HTX năm 2025 từ nguồn ngân sách tỉnh.
<!--more-->
LIÊN MINH HTX TỈNH HẢI DƯƠNG
Số: 09/TB-LMHTX
Hải Dương, ngày 03 tháng 6 năm 2025
THÔNG BÁO
Về việc tiếp nhận hồ sơ đề nghị hỗ trợ HTX năm 2025
Liên minh HTX tỉnh tiếp nhận hồ sơ của các HTX đề nghị hỗ trợ xây dựng nhà sơ chế, kho lạnh và ứng dụng công nghệ số.
- Thời gian tiếp nhận: từ ngày 09/6 đến hết ngày 30/6/2025.
- Địa điểm: Văn phòng Liên minh HTX tỉnh, số 6 đường Tuy An, thành phố Hải Dương.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Thành
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/uploads/tb-09-lmhtx-2025.pdf", "text": "TB-09-LMHTX-2025.pdf"}],
          opts={"id": 27, "feather": "text", "cat": "Văn bản", "tags": ["Thông báo"], "comments": []},
          notes=["notice 'Số: 09/TB-LMHTX' dated 03/6 in the text, posted 05/06/2025 10:00 (<time datetime> in the "
                 "footer, the URL /2025/06/05/); the signer is text, author null; 'Tải về: TB-09-LMHTX-2025.pdf' (a "
                 "Markdown link to /uploads/…pdf) after the text: an attachment named by its file; slug "
                 "'thong-bao-s-09tb-lmhtx-v-vic-…' (Chyrp drops the Vietnamese letters it cannot transliterate)"],
          **at(datetime(2025, 6, 5, 10, 0))),
        A(path="", title="Vải thiều Thanh Hà vào vụ, các HTX chuẩn bị xuất khẩu",
          body="""
Năm nay, sản lượng vải thiều Thanh Hà ước đạt 30.000 tấn, trong đó khoảng 40% do các HTX tiêu thụ.
HTX Nông nghiệp Thanh Xá đã ký hợp đồng xuất khẩu 300 tấn vải tươi sang Nhật Bản và Hoa Kỳ.
Các HTX được hướng dẫn cấp mã số vùng trồng và ghi chép nhật ký sản xuất theo yêu cầu của thị trường nhập khẩu.
""", byline="Theo Báo Hải Dương", author=None,
          opts={"id": 26, "feather": "text", "cat": "Tin hoạt động", "tags": ["Vải thiều", "Xuất khẩu"], "comments": [],
                "byline": "em"},
          notes=["posted at 23:40 on 19/05/2025 (datetime '2025-05-19T23:40:00+07:00', URL /2025/05/19/; in UTC it is "
                 "16:40 the same day); '*Theo Báo Hải Dương*' names a newspaper: author null; tag 'Vải thiều' -> "
                 "/tag/vi-thiu/"],
          **at(datetime(2025, 5, 19, 23, 40))),
        A(path="", title="HTX Nông nghiệp Gia Xuyên khai trương điểm bán nông sản an toàn",
          body="""
Ngày 21/4, HTX Nông nghiệp Gia Xuyên (huyện Gia Lộc) khai trương điểm bán nông sản an toàn tại trung tâm xã.
Điểm bán trưng bày hơn 40 sản phẩm của HTX và các hộ thành viên, trong đó có 6 sản phẩm OCOP.
""", byline="Bài và ảnh: Đỗ Văn Hậu", author="Đỗ Văn Hậu",
          opts={"id": 24, "feather": "photo", "cat": "Tin hoạt động", "tags": ["OCOP", "Nông sản"], "comments": [],
                "file": "gia-xuyen-diem-ban.png", "alt": "Điểm bán nông sản an toàn của HTX Nông nghiệp Gia Xuyên",
                "byline": "right"},
          notes=["photo feather: one image (/includes/thumbnail.php?file=…, linked to /uploads/…) and the text in "
                 "section.caption; the alt text is not a line; 'Bài và ảnh: Đỗ Văn Hậu' (right-aligned) -> author"],
          **at(datetime(2025, 4, 22, 15, 30))),
        A(path="", title="Kết quả hoạt động của các HTX tỉnh Hải Dương năm 2024",
          body="""
Năm 2024, các HTX trên địa bàn tỉnh Hải Dương tiếp tục duy trì hoạt động ổn định.
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 684 | 702 |
| Số thành viên HTX | 241.300 | 243.150 |
| Doanh thu bình quân một HTX (triệu đồng) | 1.980 | 2.240 |
| Lãi bình quân một thành viên (triệu đồng/năm) | 42 | 47 |
HTX dịch vụ nông nghiệp vẫn chiếm tỷ trọng lớn nhất với hơn 75% tổng số HTX.
""", byline="Trần Hải Nam - Trung tâm Khuyến nông", author="Trần Hải Nam",
          opts={"id": 22, "feather": "text", "cat": "Tin hoạt động", "tags": ["Số liệu"], "comments": [],
                "byline": "strong"},
          notes=["a Markdown table (thead/th): one line per row; '**Trần Hải Nam - Trung tâm Khuyến nông**' -> author "
                 "Trần Hải Nam"],
          **at(datetime(2025, 3, 27, 9, 10))),
        A(path="", title="Ảnh: Nông dân HTX Cẩm Hoàng thu hoạch cà rốt vụ đông xuân",
          body="""
Cuối tháng Hai, các thành viên HTX Nông nghiệp Cẩm Hoàng (huyện Cẩm Giàng) thu hoạch cà rốt vụ đông xuân.
[img ca-rot-1.png] Thành viên HTX nhổ cà rốt trên cánh đồng liên kết 60 ha
[img ca-rot-2.png] Cà rốt được rửa sạch bằng máy tại xưởng sơ chế của HTX
[img ca-rot-3.png] Cà rốt đóng bao chuẩn bị xuất sang Hàn Quốc
""", byline="Ảnh: Vũ Minh Tuấn", author="Vũ Minh Tuấn",
          opts={"id": 19, "feather": "text", "cat": "Tin hoạt động", "tags": ["Cà rốt", "Nông sản", "Xuất khẩu"], "comments": [], "byline": "em"},
          notes=["photo story in a text post: Markdown images (<p><img>) each followed by an <em> caption paragraph (one "
                 "line each); '*Ảnh: Vũ Minh Tuấn*' -> author; on /page/2/"],
          **at(datetime(2025, 2, 25, 14, 20))),
        A(path="", title="Năm nhiệm vụ trọng tâm năm 2025 của Liên minh HTX tỉnh",
          body="""
Tại hội nghị tổng kết công tác năm 2024 ngày 10/1, Liên minh HTX tỉnh đã xác định năm nhiệm vụ trọng tâm năm 2025.
<!--more-->
* Tuyên truyền, hướng dẫn HTX tổ chức lại theo Luật Hợp tác xã năm 2023;
* Hỗ trợ thành lập mới ít nhất 30 HTX;
* Phát triển HTX ứng dụng công nghệ cao trong sản xuất rau màu;
* Nâng cao hiệu quả hoạt động của Quỹ hỗ trợ phát triển HTX;
* Chuẩn bị các điều kiện cho việc sắp xếp tổ chức bộ máy.
""", byline="Phạm Thu Trang", author="Phạm Thu Trang",
          opts={"id": 17, "feather": "text", "cat": "Tin hoạt động", "tags": ["Hội nghị"], "comments": [3, 4],
                "byline": "plain"},
          notes=["<!--more--> after the first paragraph: the lists show it with '…more' glued to its end; a five-item "
                 "list; the bare name 'Phạm Thu Trang' closes the text (author); two comments with their own dates "
                 "('15 January 2025') under 'Nguyễn Văn Thắng said:'"],
          **at(datetime(2025, 1, 14, 8, 30))),
        A(path="", title="HTX Dịch vụ nông nghiệp Tân Hưng liên kết tiêu thụ rau vụ đông",
          body="""
HTX Dịch vụ nông nghiệp Tân Hưng (thành phố Hải Dương) vừa ký hợp đồng tiêu thụ 500 tấn rau vụ đông với hai doanh nghiệp chế biến.
Theo hợp đồng, doanh nghiệp cung ứng giống và bao tiêu toàn bộ sản phẩm với giá sàn, HTX tổ chức sản xuất theo quy trình VietGAP.
""", author=None,
          opts={"id": 14, "feather": "text", "cat": "Mô hình HTX", "tags": ["Liên kết", "Nông sản"], "comments": [], "dirty": True},
          notes=["no byline, and Blossom prints no author: author null; its dirty address /?action=view&url=<url> "
                 "(linked from the page 'Giới thiệu') renders the same post, no rel=canonical: an alias"],
          **at(datetime(2024, 11, 20, 16, 0))),
        A(path="", title="Tập huấn kiến thức quản trị HTX cho cán bộ quản lý năm 2024",
          body="""
Trong hai ngày 17 và 18/9, Liên minh HTX tỉnh tổ chức lớp tập huấn kiến thức quản trị cho 80 cán bộ quản lý HTX.
Học viên được cập nhật những điểm mới của Luật Hợp tác xã năm 2023 và kỹ năng xây dựng kế hoạch sản xuất kinh doanh.
""", byline="Nguyễn Văn Đức - Phòng Tuyên truyền", author="Nguyễn Văn Đức",
          opts={"id": 11, "feather": "text", "cat": "Tin hoạt động", "tags": [], "comments": [], "byline": "right"},
          notes=["oldest post: only on /page/2/ and /category/tin-hot-dng/page/2/ among the paged lists (its month "
                 "archive lists it too); no tags; byline 'Nguyễn Văn Đức - Phòng Tuyên truyền' -> author Nguyễn Văn Đức"],
          **at(datetime(2024, 9, 18, 9, 45))),
    ]


QUOTES = [
    (21, datetime(2025, 3, 3, 8, 0), "Hợp tác xã mạnh thì nông nghiệp mới phát triển bền vững, nông dân mới giàu lên.",
     "Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị tổng kết năm 2024"),
    (15, datetime(2024, 12, 10, 7, 30), "Thành viên là chủ của hợp tác xã, lợi ích của thành viên là mục tiêu của hợp tác xã.",
     "Luật Hợp tác xã năm 2023"),
]
PAGES = [("Giới thiệu", 1), ("Liên hệ", 2)]


def md(markup: str, byline: str | None = None, style: str | None = None) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="{{{{base}}}}/uploads/{b.src}" alt="{attr(b.text)}"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n"
                       "<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if byline:
        out.append({"em": f"<p><em>{esc(byline)}</em></p>", "strong": f"<p><strong>{esc(byline)}</strong></p>",
                    "right": f'<p style="text-align: right;"><strong>{esc(byline)}</strong></p>'}
                   .get(style or "", f"<p>{esc(byline)}</p>"))
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-duong", NAME + " (Chyrp Lite)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/feed/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    B = "{{base}}"
    arts = articles()
    posts: list[Post] = list(arts)
    for pid, d, text, source in QUOTES:
        posts.append(Post(path="", title="", date=d, body=text, opts={"id": pid, "feather": "quote", "cat": None,
                                                                         "tags": [], "comments": [], "source": source}))
    posts.sort(key=lambda a: a.date, reverse=True)
    for a in posts:
        slug_src = a.title if a.opts["feather"] != "quote" else a.body
        a.opts["url"] = chyrp_sanitize(slug_src)
        a.path = f"/{a.date:%Y/%m/%d}/{a.opts['url']}/"
    cat_clean = {c: chyrp_sanitize(c) for c in CATS}
    tag_clean = {t: chyrp_sanitize(t, 0) for a in posts for t in a.opts["tags"]}
    page_url = {t: chyrp_sanitize(t) for t, _ in PAGES}

    def title_of(a: Post) -> str:
        return a.title or chyrp_truncate(a.body, 75)

    # -- sidebar
    months = []
    for a in posts:
        if (a.date.year, a.date.month) not in months:
            months.append((a.date.year, a.date.month))

    def related(a: Post) -> list[Post]:
        return [p for p in posts if p is not a and set(p.opts["tags"]) & set(a.opts["tags"])][:5]

    def sidebar(current: Post | None) -> str:
        rel = related(current) if current else []
        if rel:
            block = ('<h2 id="label_related_posts">Related Posts</h2>\n<ul class="navigation sidebar related_posts" '
                     'aria-labelledby="label_related_posts">\n'
                     + "".join(f'<li>\n<a href="{B}{p.path}">{esc(chyrp_truncate(title_of(p), 25))}</a>\n</li>\n' for p in rel)
                     + "</ul>\n")
        else:
            block = ('<h2 id="label_recent_posts">Recent Posts</h2>\n<ul class="navigation sidebar recent_posts" '
                     'aria-labelledby="label_recent_posts">\n'
                     + "".join(f'<li>\n<a href="{B}{p.path}">{esc(chyrp_truncate(title_of(p), 25))}</a>\n</li>\n'
                               for p in posts[:5]) + "</ul>\n")
        return (f'<div id="sidebar" role="banner">\n<h1><a href="{B}/">{NAME}</a></h1>\n'
                f'<form class="search_box" action="{B}/search/" method="post" accept-charset="UTF-8" role="search">\n'
                '<input type="text" id="sidebar_search_field" name="query" value="" placeholder="Search&hellip;" '
                'aria-label="Search this blog">\n<button type="submit" id="sidebar_search_submit">Search</button>\n</form>\n'
                '<h2 class="menu_toggle" id="menu"><a role="button" href="#menu">Menu</a></h2>\n'
                '<h2 class="menu_toggle"><a role="button" href="#" aria-label="Close menu">Menu</a></h2>\n'
                '<ul class="navigation sidebar" aria-label="Links">\n'
                f'<li>\n<a href="{B}/">Blog</a>\n</li>\n<li>\n<a href="{B}/feed/" rel="alternate">Feed</a>\n</li>\n'
                f'<li>\n<a href="{B}/login/">Log in</a>\n</li>\n</ul>\n'
                '<h2 id="label_categories">Categories</h2>\n<ul class="navigation sidebar categories" '
                'aria-labelledby="label_categories">\n'
                + "".join(f'<li>\n<a href="{B}/category/{cat_clean[c]}/">{esc(c)}</a>\n</li>\n' for c in CATS) + "</ul>\n"
                '<h2 id="label_my_pages">Pages</h2>\n<ul class="navigation sidebar my_pages" aria-labelledby="label_my_pages">\n'
                + "".join(f'<li class="page">\n<a href="{B}/{page_url[t]}/">{esc(t)}</a>\n</li>\n' for t, _ in PAGES)
                + "</ul>\n" + block
                + f'<h2 id="label_archive_list">\n<a href="{B}/archive/" rel="archives">Archive</a>\n</h2>\n'
                '<ul class="navigation sidebar archive_list" aria-labelledby="label_archive_list">\n'
                + "".join(f'<li>\n<a href="{B}/archive/{y}/{m:02d}/"><time datetime="{y}-{m:02d}-01T00:00:00+07:00">'
                          f'{datetime(y, m, 1):%B %Y}</time></a>\n</li>\n' for y, m in months)
                + "</ul>\n</div>")

    def layout(title: str, main: str, *, route: str, current: Post | None = None, extra_feed: tuple[str, str] | None = None,
               before: str = "", after: str = "") -> str:
        feeds = f'<link rel="alternate" href="{B}/feed/" type="application/atom+xml" title="{attr(NAME)}">'
        if extra_feed:
            feeds += f'\n<link rel="alternate" href="{B}{extra_feed[0]}" type="application/atom+xml" title="{attr(extra_feed[1])}">'
        return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
<meta name="description" content="{attr(DESC)}">
<meta name="generator" content="Chyrp Lite">
<meta name="viewport" content="initial-scale=1.0">
<link rel="icon" sizes="32x32" type="image/x-icon" href="{B}/favicon.ico">
<link rel="icon" sizes="any" type="image/svg+xml" href="{B}/favicon.svg">
<link rel="mask-icon" href="{B}/favicon.svg" color="#4f4f4f">
{feeds}
<link rel="stylesheet" href="{B}/themes/blossom/stylesheets/all.css" type="text/css" media="all">
<link rel="stylesheet" href="{B}/modules/lightbox/lightbox.css" type="text/css" media="all">
<script src="{B}/includes/common.js"></script>
<script src="{B}/modules/lightbox/lightbox.js"></script>
</head>
<body class="route_{route}">
<!-- Sidebar -->
{sidebar(current)}
{before}<!-- Content -->
<div id="main" role="main">
{main}
</div>
{after}</body>
<!-- Queries: 14 | Load Time: 0.0412 -->
</html>
"""

    def permalink_title(a: Post) -> str:
        return f"Permanent link to &#8220;{attr(title_of(a))}&#8221;"

    def body_html(a: Post, excerpt: bool) -> str:
        text = a.body
        cut = excerpt and MORE in text
        if cut:
            text = text.split(MORE)[0]
        html = md(text.replace(MORE, ""), None if cut else a.byline, a.opts.get("byline"))
        if cut:
            html = re.sub(r"</p>$", f'<a class="read_more" href="{B}{a.path}">&hellip;more</a></p>', html)
        elif a.attachments:
            html += "\n" + "\n".join(f'<p>Tải về: <a href="{B}{x["path"]}">{esc(x["text"])}</a></p>' for x in a.attachments)
        return html

    def feather(a: Post, excerpt: bool = False) -> str:
        f = a.opts["feather"]
        title = (f'<h2 class="post_title">\n<a href="{B}{a.path}" rel="bookmark" title="{permalink_title(a)}">{esc(a.title)}'
                 '</a>\n</h2>\n') if a.title else ""
        if f == "text":
            inner = f'{title}<section class="body" aria-label="Text Content">\n{body_html(a, excerpt)}\n</section>'
        elif f == "photo":
            file = a.opts["file"]
            thumb = f"{B}/includes/thumbnail.php?file={file}"
            srcset = ", ".join(f"{thumb}&amp;max_width={w}&amp;quality=80 {w}w" for w in (2160, 1440, 1080, 720, 360, 180))
            inner = (f'{title}<section class="photo" aria-label="File Attachment">\n<a href="{B}/uploads/{file}" class="image_link" '
                     f'aria-label="Image source"><img src="{thumb}&amp;max_width=960&amp;max_height=960&amp;quality=80" '
                     f'alt="{attr(a.opts["alt"])}" class="image" loading="lazy" sizes="(max-width: 959px) 95vw, 75vw" '
                     f'srcset="{srcset}"></a>\n</section>\n<section class="caption" aria-label="Text Content">\n'
                     f'{body_html(a, excerpt)}\n</section>')
        else:
            inner = (f'<section class="quote" aria-label="Text Content">\n<figure>\n<blockquote>\n<p>{esc(a.body)}</p>\n'
                     f'</blockquote>\n<figcaption>\n<p>{esc(a.opts["source"])}</p>\n</figcaption>\n</figure>\n</section>')
        tags = ""
        if a.opts["tags"]:
            tags = (f'<div role="note" class="tags">\n<a href="{B}/tags/">Tags:</a> '
                    + " ".join(f'<a class="tag" href="{B}/tag/{tag_clean[t]}/" rel="tag">{esc(t)}</a>' for t in a.opts["tags"])
                    + "\n</div>\n")
        cat = (f'&bull;\n<a href="{B}/category/{cat_clean[a.opts["cat"]]}/" rel="tag">{esc(a.opts["cat"])}</a>\n'
               if a.opts["cat"] else "")
        n = len(a.opts["comments"])
        meta = (f'<div role="note" class="metadata">\n<a href="{B}{a.path}" rel="bookmark" title="{permalink_title(a)}">'
                f'<time datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">{jfy(a.date)}</time></a>\n{cat}&bull;\n'
                f'<a href="{B}{a.path}#comments" rel="bookmark" title="View comments">{n} comment{"" if n == 1 else "s"}</a>\n</div>')
        return (f'<article class="post {a.opts["feather"]}" id="post_{a.opts["id"]}">\n{inner}\n<footer>\n{tags}{meta}\n'
                '</footer>\n</article>')

    # -- posts
    for i, a in enumerate(posts):
        newer = posts[i - 1] if i > 0 else None
        older = posts[i + 1] if i + 1 < len(posts) else None
        main = []
        if newer:
            main.append(f'<div role="navigation" class="prev traversal">\n<a rel="prev" href="{B}{newer.path}">Next post</a>\n</div>')
        main.append(feather(a))
        if older:
            main.append(f'<div role="navigation" class="next traversal">\n<a rel="next" href="{B}{older.path}">Previous post</a>\n</div>')
        comments = "".join(
            f'<li id="comment_{cid}">\n<section class="comment" dir="auto">\n<h4>{esc(COMMENTS[cid][0])} said:</h4>\n'
            f'<p>{esc(COMMENTS[cid][1])}</p>\n</section>\n<div class="metadata">\n<a href="{B}{a.path}#comment_{cid}" '
            f'class="permalink"><time datetime="{COMMENTS[cid][2]:%Y-%m-%dT%H:%M:%S}+07:00">{jfy(COMMENTS[cid][2])}</time></a>\n'
            '</div>\n</li>\n' for cid in a.opts["comments"])
        main.append(
            '<h3 id="comments" class="article_label">Comments</h3>\n<article class="commentary" aria-labelledby="comments">\n'
            f'<ol class="comments paginated" data-post_id="{a.opts["id"]}" data-timestamp="0">\n{comments}'
            '<li id="comment_shim"></li>\n<li class="comment_form">\n'
            f'<form id="add_comment" action="{B}{a.path}" method="post" accept-charset="UTF-8">\n'
            '<label for="comment_author_field">Your name</label>\n<input type="text" name="author" value="" id="comment_author_field" class="text" maxlength="250">\n'
            '<label for="comment_author_email_field">Your email</label>\n<input type="email" name="author_email" value="" id="comment_author_email_field" class="text" maxlength="128">\n'
            '<label for="comment_author_url_field">Your website</label>\n<input type="url" name="author_url" value="" id="comment_author_url_field" class="text" maxlength="2048">\n'
            '<label for="comment_remember_me">Remember me</label>\n<input type="checkbox" name="remember_me" id="comment_remember_me">\n'
            '<label for="comment_body_field">Your comment</label>\n<textarea name="body" id="comment_body_field"></textarea>\n'
            '<div class="doaction speak">\n<input type="hidden" name="parent_id" value="0">\n'
            f'<input type="hidden" name="post_id" value="{a.opts["id"]}">\n<input type="hidden" name="hash" value="5f3c0e1a9b">\n'
            '<input type="hidden" name="action" value="add_comment">\n<button type="submit">Speak</button>\n</div>\n</form>\n'
            '</li>\n</ol>\n</article>\n<div class="comments_pagination traversal">\n</div>')
        html = layout(f"{title_of(a)} | {NAME}", "\n".join(main), route="view", current=a)
        site.page(a.path, html)
        site.redirect(f"/id/post/{a.opts['id']}/", a.path, 302)
        if a.opts["feather"] == "photo":
            f = a.opts["file"]
            site.binary(f"/uploads/{f}", image_for(f))
            site.routes.append({"path": f"/includes/thumbnail.php?file={f}&max_width=960&max_height=960&quality=80",
                                "file": f"_routes/thumb-{f}", "content_type": "image/png"})
            site.files[f"_routes/thumb-{f}"] = image_for(f + "-960")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 09/TB-LMHTX", "Tiep nhan ho so ho tro HTX nam 2025"]))
        if a.opts["feather"] == "quote":
            site.non_articles.append(a.path)
            continue
        if a.opts.get("dirty"):
            alias = f"/?action=view&url={a.opts['url']}"
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        site.add_article(a)
    site.binary("/includes/thumbnail.php", image_for("thumbnail"))
    q = next(a for a in posts if a.opts["feather"] == "quote")
    site.trap("quote posts (feather quote: no title, a <blockquote> and a <figcaption> source, a date and '0 comments'; "
              "<title> is the quote cut to 75 characters): not articles", q.path)

    # -- lists
    def paged(first: str, title: str, items: list[Post], route: str, ribbon: str | None = None,
              feed: tuple[str, str] | None = None) -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]

        def render(n: int) -> str:
            before = (f'<div role="navigation" class="prev traversal"><a rel="prev" class="prev_page" id="pagination_prev_page" '
                      f'href="{B}{first}page/{n}/">Newer posts</a></div> \n') if n > 0 else ""
            after = (f'<div role="navigation" class="next traversal"><a rel="next" class="next_page" id="pagination_next_page" '
                     f'href="{B}{first}page/{n + 2}/">Older posts</a></div>\n') if n + 1 < len(chunks) else ""
            rib = f'<div class="ribbon">\n{ribbon}\n</div>\n' if ribbon else ""
            t = (f"Page {n + 1} | " if n > 0 else "") + title
            return layout(t, rib + "\n".join(feather(a, excerpt=True) for a in chunks[n]), route=route, extra_feed=feed,
                          before=before, after=after)

        paths = [first] + [f"{first}page/{n + 1}/" for n in range(1, len(chunks))]
        if len(chunks) > 1:  # "Newer posts" on page 2 links page/1/: the first page again
            paths.append(f"{first}page/1/")
        for k, path in enumerate(paths):
            site.page(path, render(k if k < len(chunks) else 0))
            site.non_articles.append(path)

    paged("/", NAME, posts, "index")
    for c in CATS:
        paged(f"/category/{cat_clean[c]}/", f"{c} | {NAME}", [a for a in posts if a.opts["cat"] == c], "category",
              f"Posts in category &#8220;{esc(c)}&#8221;", (f"/category/{cat_clean[c]}/feed/", c))
    for t, clean in tag_clean.items():
        paged(f"/tag/{clean}/", f"{t} | {NAME}", [a for a in posts if t in a.opts["tags"]], "tag",
              f"Posts tagged with &#8220;{esc(t)}&#8221;", (f"/tag/{clean}/feed/", t))
    for y, m in months:
        d = datetime(y, m, 1)
        items = [a for a in posts if (a.date.year, a.date.month) == (y, m)]
        paged(f"/archive/{y}/{m:02d}/", f"Archive of {d:%B %Y} | {NAME}", items, "archive", f"Archive of {d:%B %Y}")
    cloud = "".join(f'<a class="tag tag-size-0" href="{B}/tag/{c}/" title="{sum(t in a.opts["tags"] for a in posts)} post'
                    f'{"s" if sum(t in a.opts["tags"] for a in posts) > 1 else ""} tagged with &#8220;{esc(t)}&#8221;">{esc(t)}</a>\n'
                    for t, c in tag_clean.items())
    site.page("/tags/", layout(f"Tags | {NAME}", f'<div class="standalone">\n<h2>Tag cloud</h2>\n<div class="tag_cloud">\n{cloud}'
                                                  '</div>\n</div>', route="tags"))
    site.non_articles.append("/tags/")
    years = sorted({y for y, _ in months}, reverse=True)
    for k, y in enumerate(years):
        blocks = []
        for (yy, m) in months:
            if yy != y:
                continue
            lis = "".join(
                f'<li>\n<article class="post archive {a.opts["feather"]}" id="post_{a.opts["id"]}" role="presentation">\n'
                '<section class="post_archive_container" aria-hidden="true">\n'
                + (f'<h3 class="archive">{esc(chyrp_truncate(a.title, 20))}</h3>\n' if a.title else "")
                + f'<p>{esc(chyrp_truncate(" ".join(inline_text(x) for x in a.text_lines()), 1000))}</p>\n</section>\n'
                f'<a href="{B}{a.path}" class="archive_post_link">\n{permalink_title(a)}\n</a>\n</article>\n</li>\n'
                for a in posts if (a.date.year, a.date.month) == (y, m))
            blocks.append(f'<h2 id="label_{y}{m:02d}_archive" class="archive">\n<a href="{B}/archive/{y}/{m:02d}/">\n'
                          f'<time datetime="{y}-{m:02d}-01T00:00:00+07:00">{datetime(y, m, 1):%B %Y}</time>\n</a>\n</h2>\n'
                          f'<ul aria-labelledby="label_{y}{m:02d}_archive" class="archive">\n{lis}</ul>\n')
        prev = (f'<div role="navigation" class="prev traversal">\n<a href="{B}/archive/{years[k - 1]}/">\nArchive of '
                f'{years[k - 1]}\n</a>\n</div>\n') if k > 0 else ""
        nxt = (f'<div role="navigation" class="next traversal">\n<a href="{B}/archive/{years[k + 1]}/">\nArchive of '
               f'{years[k + 1]}\n</a>\n</div>\n') if k + 1 < len(years) else ""
        html = layout(f"Archive | {NAME}", f'{prev}<div class="archive standalone">\n{"".join(blocks)}</div>\n{nxt}',
                      route="archive")
        for p in ([f"/archive/{y}/"] + (["/archive/"] if k == 0 else [])):
            site.page(p, html)
            site.non_articles.append(p)
    site.trap("home / and /page/2/ ('Newer posts' -> /page/1/, the home again), /category/<clean>/, /tag/<clean>/, "
              "/archive/<yyyy>/<mm>/: each post printed whole by its feather (h2.post_title, section.body, the footer's "
              "<time>), cut at <!--more--> with '…more'; /archive/ and /archive/<yyyy>/: each post's text flattened "
              "into one <p> with a 'Permanent link to “…”' link; /tags/: the tag cloud: listings", "/page/2/")

    # -- pages
    dirty = next(a for a in posts if a.opts.get("dirty"))
    texts = {"Giới thiệu": ("<p>Nhật ký HTX Hải Dương là blog của Liên minh Hợp tác xã tỉnh Hải Dương, ghi lại hoạt động của "
                            "các hợp tác xã trên địa bàn tỉnh từ tháng 9/2024.</p>\n<p>Một bài viết được nhiều bạn đọc quan tâm: "
                            f'<a href="{B}/?action=view&amp;url={dirty.opts["url"]}">{esc(dirty.title)}</a>.</p>'),
             "Liên hệ": ("<p>Liên minh Hợp tác xã tỉnh Hải Dương</p>\n<p>Địa chỉ: số 6 đường Tuy An, thành phố Hải Dương</p>\n"
                         "<p>Điện thoại: 0220 3852 614</p>")}
    for t, pid in PAGES:
        p = f"/{page_url[t]}/"
        site.page(p, layout(f"{t} | {NAME}", f'<article id="page_{pid}" class="page">\n<h2>\n<a href="{B}{p}" rel="bookmark" '
                            f'title="Permanent link to &#8220;{attr(t)}&#8221;">{esc(t)}</a>\n</h2>\n<section>\n{texts[t]}\n'
                            '</section>\n<footer>\n</footer>\n</article>', route="page"))
        site.non_articles.append(p)
    site.trap("pages /gii-thiu/ and /lien-h/ (the titles 'Giới thiệu', 'Liên hệ' sanitized: ớ, ệ dropped; article.page "
              "with an h2 like a post, no date): not articles; 'Giới thiệu' links a post by its dirty address "
              "/?action=view&url=… (an alias)", f"/{page_url['Giới thiệu']}/")
    site.page("/login/", layout(f"Log in | {NAME}", '<div class="user_login standalone">\n<h2>Log in</h2>\n'
                                f'<form action="{B}/login/" method="post" accept-charset="UTF-8">\n<label for="login">Username</label>\n'
                                '<input type="text" name="login" value="" id="login" autofocus>\n<label for="password">Password</label>\n'
                                '<input type="password" name="password" value="" id="password">\n<div class="doaction">\n'
                                '<button name="submit" type="submit" id="submit">Log in</button>\n</div>\n</form>\n</div>',
                                route="login"))
    site.never_fetched.append("/login/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /login/\nDisallow: /lost_password/\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    site.trap("robots.txt (written by the admin) disallows /admin/ and /login/; the sidebar's 'Log in' links /login/: never "
              "fetched", "/login/")

    # -- feed, sitemap
    def atom_content(a: Post) -> str:
        if a.opts["feather"] == "quote":
            return f"<figure><blockquote><p>{esc(a.body)}</p></blockquote><figcaption><cite>{esc(a.opts['source'])}</cite></figcaption></figure>"
        html = md(a.body.replace(MORE, ""), a.byline, a.opts.get("byline"))
        if a.opts["feather"] == "photo":
            html = f'<img src="{B}/uploads/{a.opts["file"]}" alt="{attr(a.opts["alt"])}">' + html
        return html

    def atom(path: str, title: str, items: list[Post]) -> str:
        entries = "".join(
            f'<entry>\n<title type="html">{esc(title_of(a))}</title>\n<id>{B}/id/post/{a.opts["id"]}/</id>\n'
            f'<updated>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</updated>\n<published>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</published>\n'
            f'<link rel="alternate" type="text/html" href="{B}{a.path}" />\n<author>\n<name>{ACCOUNT}</name>\n</author>\n'
            f'<content type="html">\n{esc(atom_content(a))}\n</content>\n'
            + "".join(f'<category term="{tag_clean[t]}" scheme="{B}/tags/" label="{esc(t)}" />\n' for t in a.opts["tags"])
            + "</entry>\n" for a in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
                f"<title>{esc(title)}</title>\n<subtitle>{esc(DESC)}</subtitle>\n<id>{B}{path}</id>\n"
                f"<updated>{items[0].date:%Y-%m-%dT%H:%M:%S}+07:00</updated>\n"
                f'<link href="{B}{path}" rel="self" type="application/atom+xml" />\n'
                '<generator uri="http://chyrplite.net/" version="2025.01">Chyrp/2025.01 (Boreal)</generator>\n'
                f"{entries}</feed>\n")

    at = "application/atom+xml; charset=UTF-8"
    site.page("/feed/", atom("/feed/", NAME, posts), content_type=at)
    for c in CATS:
        items = [a for a in posts if a.opts["cat"] == c]
        site.page(f"/category/{cat_clean[c]}/feed/", atom(f"/category/{cat_clean[c]}/feed/", c, items), content_type=at)
    for t, clean in tag_clean.items():
        site.page(f"/tag/{clean}/feed/", atom(f"/tag/{clean}/feed/", t, [a for a in posts if t in a.opts["tags"]]),
                  content_type=at)
    urls = (f"<url>\n<loc>{B}/</loc>\n<lastmod>2025-06-05T10:02:11+07:00</lastmod>\n<changefreq>daily</changefreq>\n</url>\n"
            + "".join(f"<url>\n<loc>{B}{a.path}</loc>\n<lastmod>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</lastmod>\n"
                      "<changefreq>monthly</changefreq>\n<priority>0.5</priority>\n</url>\n"
                      for a in sorted(posts, key=lambda a: a.opts["id"], reverse=True))
            + "".join(f"<url>\n<loc>{B}/{page_url[t]}/</loc>\n<lastmod>2024-09-10T15:20:00+07:00</lastmod>\n"
                      "<changefreq>yearly</changefreq>\n<priority>1.0</priority>\n</url>\n" for t, _ in PAGES))
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/'
              f'0.9">\n{urls}</urlset>\n', content_type="application/xml; charset=UTF-8")
    site.trap("Atom /feed/ (head alternate on every page; also /category/<clean>/feed/, /tag/<clean>/feed/): <published> "
              "with +07:00, <id> /id/post/<id>/ (answers 302 to the post), <author> the account 'Ban biên tập' (never an "
              "author); /sitemap.xml from the sitemap module", "/feed/")
    for p in ("/themes/blossom/stylesheets/all.css", "/modules/lightbox/lightbox.css"):
        site.static(p, "body{font-family:sans-serif}\n")
    for p in ("/includes/common.js", "/modules/lightbox/lightbox.js"):
        site.static(p, "/* chyrp */\n")
    site.binary("/favicon.ico", image_for("favicon"))
    site.static("/favicon.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>')
    return site
