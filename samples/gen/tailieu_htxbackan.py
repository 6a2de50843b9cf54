"""Site `tailieu-htxbackan` (registry family `generic`): "Tài liệu HTX Bắc Kạn", the documentation and news site of the
Bắc Kạn cooperative alliance (before the province merged into Thái Nguyên on 1 July 2025), a static site built with
**VuePress 2.0.0-rc.18** and **vuepress-theme-hope 2.0.0-rc.59** in blog mode (locale vi-VN, the feed, sitemap and
redirect plugins), served as the prerendered SSR HTML. Written as a held-out test: no family module, no selectors.

URL shapes: posts `/posts/<slug>.html` (one Markdown file each), the blog home `/`, the article list `/article/`, the
starred list `/star/`, categories `/category/` and `/category/<slug>/`, tags `/tag/` and `/tag/<slug>/` (the blog
plugin's slug keeps Vietnamese letters: `/category/tin-ho%E1%BA%A1t-%C4%91%E1%BB%99ng/`), `/timeline/`; documentation
pages `/huong-dan/` and `/huong-dan/<page>.html`, the page `/gioi-thieu.html`; `/rss.xml` (head alternate),
`/sitemap.xml` (robots.txt announces it); the redirect plugin writes an HTML page at a post's old address
(`redirectFrom`): meta refresh + canonical to the new one.

Why it is hard: the title is `.vp-page-title > h1`, followed by theme-hope's page info (`span.page-author-info`,
`span.page-date-info` with the localized date '10 tháng 6, 2025' and `<meta property=datePublished>` in UTC,
`span.page-reading-time-info` 'Ít hơn 1 phút', category and tag chips that are spans, not links), a table of contents
repeating the headings ("On This Page"), the Markdown in `div.theme-hope-content`, then `footer.vp-page-meta`
("Chỉnh sửa trang này", "Cập nhật gần nhất lúc: …" from git, "Người đóng góp:" git user names). The author chip is
the front matter's `author`, or the theme's default author — the alliance itself — for posts without one (JSON-LD
still calls it a Person). Front matter dates without a zone are UTC to VuePress: `date: 2025-03-14 21:30` (an evening
post) gives datePublished/article:published_time 2025-03-14T21:30:00.000Z and RSS pubDate 'Fri, 14 Mar 2025 21:30:00
GMT' (04:30 on 15 March in Vietnam) while the page shows '14 tháng 3, 2025'. Lists (home, /article/, categories,
tags) render five items in the HTML and paginate in JavaScript only (`div role=navigation`, no URL), so the three
oldest posts are not in the HTML of `/` or `/article/`; `/timeline/` lists every post by day ('22/10') under its
year. Captions are `<figure><figcaption>`; a file link inside the text is an attachment.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tailieu-htxbackan"
NAME = "Tài liệu HTX Bắc Kạn"
ORG = "Liên minh HTX tỉnh Bắc Kạn"
DESC = "Tài liệu, hướng dẫn và tin hoạt động của Liên minh Hợp tác xã tỉnh Bắc Kạn"
FOOT = "Liên minh Hợp tác xã tỉnh Bắc Kạn – Tổ 1, phường Đức Xuân, thành phố Bắc Kạn – ĐT: 0209 3870 518"
COPY = "Copyright © 2025 Liên minh HTX tỉnh Bắc Kạn"
MONTHS_VI = "tháng"
PER_PAGE = 5
FURN = [FOOT, COPY, "Cập nhật gần nhất lúc:", "Người đóng góp:", "Chỉnh sửa trang này", "Bỏ qua nội dung chính",
        "On This Page", "Ít hơn 1 phút", "bientap-lmhtx"]
ICON = ('<svg xmlns="http://www.w3.org/2000/svg" class="icon {n}-icon" viewBox="0 0 1024 1024" fill="currentColor" '
        'aria-label="{n} icon" name="{n}"><path d="M512 64a448 448 0 1 0 0 896 448 448 0 0 0 0-896z"></path></svg>')


def icon(name: str) -> str:
    return ICON.format(n=name)


def anchor(text: str) -> str:
    """VuePress' heading slugify: NFKD, combining marks dropped (đ stays), punctuation to '-'."""
    s = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    s = re.sub(r"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:\"'“”‘’<>,.?/]+", "-", s).strip("-").lower()
    return ("_" + s) if s[:1].isdigit() else s


def blog_slug(name: str) -> str:
    """vuepress-plugin-blog2's slugify: spaces to '-', a few characters dropped, Vietnamese kept."""
    return re.sub(r"[:?*|\\/<>]", "", name.replace(" ", "-").replace("_", "-")).lower()


def cat_href(name: str) -> str:
    return "/category/" + quote(blog_slug(name)) + "/"


def tag_href(name: str) -> str:
    return "/tag/" + quote(blog_slug(name)) + "/"


def vi_long(d: datetime) -> str:
    return f"{d.day} {MONTHS_VI} {d.month}, {d.year}"


def vi_stamp(d: datetime) -> str:
    return f"{d:%H:%M:%S} {d.day}/{d.month}/{d.year}"


def js_iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, evening: bool = False) -> dict:
        # a date-only front matter gives metadata at 00:00Z (07:00 here): the same day; the evening post's 21:30Z does not
        if evening:
            return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                        evidence=["date-element", "listing"])
        return dict(date=d, published=iso(d, with_time=False), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="ke-hoach-12-kh-lmhtx-tuan-le-san-pham-htx-2025",
          title="Kế hoạch số 12/KH-LMHTX tổ chức Tuần lễ giới thiệu sản phẩm HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH BẮC KẠN
Số: 12/KH-LMHTX
Bắc Kạn, ngày 06 tháng 6 năm 2025
KẾ HOẠCH
Tổ chức Tuần lễ giới thiệu sản phẩm HTX năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá sản phẩm OCOP, sản phẩm chủ lực của các HTX; kết nối HTX với doanh nghiệp phân phối.
## II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 20 đến ngày 26/6/2025 tại Quảng trường thành phố Bắc Kạn, dự kiến 60 gian hàng.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Thị Lệ
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/files/ke-hoach-12-kh-lmhtx-2025.pdf", "text": "Tải kế hoạch số 12/KH-LMHTX (PDF)"}],
          opts={"fm_author": "Văn phòng Liên minh HTX tỉnh", "cats": ["Văn bản"], "tags": ["Kế hoạch", "OCOP"],
                "star": True, "more": 3, "git": datetime(2025, 6, 10, 2, 15, 40)},
          notes=["plan 'Số: 12/KH-LMHTX' dated 'ngày 06 tháng 6 năm 2025' in the text, front matter date 2025-06-10 "
                 "(page '10 tháng 6, 2025'); author chip 'Văn phòng Liên minh HTX tỉnh' (the office: no author), the "
                 "signer 'Hoàng Thị Lệ' last (text); the Markdown link 'Tải kế hoạch số 12/KH-LMHTX (PDF)' to "
                 "/files/…pdf after it: an attachment, not text; starred (the blog aside's list)"],
          **at(datetime(2025, 6, 10))),
        A(path="so-lieu-htx-nong-nghiep-bac-kan-nam-2024", title="Số liệu HTX nông nghiệp tỉnh Bắc Kạn năm 2024",
          body="""
Năm 2024, số HTX nông nghiệp của tỉnh Bắc Kạn tiếp tục tăng, tập trung ở các huyện Chợ Mới, Ba Bể và Na Rì.
| Huyện, thành phố | Số HTX | Số thành viên | Doanh thu bình quân (triệu đồng) |
| Chợ Mới | 58 | 1.120 | 1.450 |
| Ba Bể | 47 | 930 | 1.180 |
| Na Rì | 41 | 815 | 1.020 |
| Toàn tỉnh | 312 | 5.940 | 1.260 |
Các HTX trồng cây ăn quả, chè và dược liệu chiếm hơn 60% tổng số HTX nông nghiệp.
""", byline="Theo Báo Bắc Kạn", author=None,
          opts={"fm_author": None, "cats": ["Tin hoạt động"], "tags": ["Số liệu"], "git": datetime(2025, 5, 20, 8, 2, 11)},
          notes=["a Markdown table (thead/th): one line per row; 'Theo Báo Bắc Kạn' names a newspaper: text, author "
                 f"null; no author in the front matter, so the chip and the JSON-LD show the theme's default '{ORG}'"],
          **at(datetime(2025, 5, 20))),
        A(path="anh-htx-mien-dong-con-minh-vao-vu", title="Ảnh: HTX Miến dong Côn Minh vào vụ sản xuất",
          body="""
Những ngày cuối tháng 4, các HTX ở xã Côn Minh (huyện Na Rì) tất bật tráng và phơi miến dong.
[img mien-dong-1.png] Thành viên HTX tráng bánh miến bằng máy tại xưởng
[img mien-dong-2.png] Bánh miến được phơi trên giàn tre dưới nắng
[img mien-dong-3.png] Miến dong Côn Minh đạt OCOP 4 sao được đóng gói xuất bán
""", byline="Bài và ảnh: Nông Thị Huyền", author="Nông Thị Huyền",
          opts={"fm_author": None, "cats": ["Mô hình HTX"], "tags": ["Miến dong", "OCOP"], "git": datetime(2025, 4, 25, 3, 40, 2)},
          notes=["photo story: Markdown images with a title rendered as <figure><img><figcaption> (one line each); "
                 "'Bài và ảnh: Nông Thị Huyền' in the last paragraph -> author (the chip shows the default author)"],
          **at(datetime(2025, 4, 25))),
        A(path="bon-buoc-xay-dung-phuong-an-san-xuat-kinh-doanh-cua-htx",
          title="Bốn bước xây dựng phương án sản xuất kinh doanh của HTX",
          body="""
Phương án sản xuất kinh doanh giúp HTX chủ động vốn, thị trường và phân công công việc cho thành viên. Có bốn bước cơ bản:
+ Khảo sát nhu cầu của thành viên và thị trường;
+ Xác định sản phẩm, quy mô và nguồn vốn;
+ Tính toán chi phí, doanh thu và lợi nhuận dự kiến;
+ Đưa phương án ra đại hội thành viên thông qua.
""", byline="Lý Văn Sơn - Trung tâm Khuyến nông tỉnh", author="Lý Văn Sơn",
          opts={"fm_author": None, "cats": ["Mô hình HTX", "Tin hoạt động"], "tags": ["Hướng dẫn"], "right": True,
                "git": datetime(2025, 4, 8, 9, 12, 55)},
          notes=["a four-item <ol>; byline 'Lý Văn Sơn - Trung tâm Khuyến nông tỉnh' in a '::: right' container "
                 "(div style=text-align:right) -> author Lý Văn Sơn; in two categories"],
          **at(datetime(2025, 4, 8))),
        A(path="htx-che-bang-phuc-ra-mat-san-pham-che-shan-tuyet", title="HTX Chè Bằng Phúc ra mắt sản phẩm chè Shan tuyết",
          body="""
Tối 14/3, HTX Chè Bằng Phúc (huyện Chợ Đồn) tổ chức ra mắt sản phẩm chè Shan tuyết đóng gói mang nhãn hiệu của HTX.
Chè được hái từ những cây chè cổ thụ trên núi Phja Khao, chế biến thủ công theo cách truyền thống của đồng bào Tày.
## Kết nối tiêu thụ
HTX đã ký thỏa thuận cung ứng 2 tấn chè khô mỗi năm cho một doanh nghiệp tại Hà Nội.
""", author="Đinh Thu Hà",
          opts={"fm_author": "Đinh Thu Hà", "cats": ["Tin hoạt động"], "tags": ["Chè Shan tuyết"], "evening": True,
                "git": datetime(2025, 3, 14, 14, 52, 10)},
          notes=["front matter 'date: 2025-03-14 21:30' (an evening post, no zone: VuePress reads UTC): datePublished, "
                 "article:published_time and JSON-LD say 2025-03-14T21:30:00.000Z and the RSS pubDate 'Fri, 14 Mar 2025 "
                 "21:30:00 GMT' (04:30 on 15 March in Vietnam) while the page shows '14 tháng 3, 2025'; the author chip "
                 "'Đinh Thu Hà' (front matter author, a person) is the author, not text; an <h2> with a TOC entry"],
          **at(datetime(2025, 3, 14), evening=True)),
        A(path="htx-dich-vu-nong-nghiep-ba-be-lien-ket-trong-nghe",
          title="HTX Dịch vụ nông nghiệp Ba Bể liên kết trồng nghệ với doanh nghiệp",
          body="""
HTX Dịch vụ nông nghiệp Ba Bể vừa ký hợp đồng liên kết trồng 20 ha nghệ vàng với một doanh nghiệp chế biến dược liệu.
Doanh nghiệp cung cấp giống, hướng dẫn kỹ thuật và bao tiêu toàn bộ sản phẩm với giá sàn 6.000 đồng/kg củ tươi.
""", author=None,
          opts={"fm_author": None, "cats": ["Tin hoạt động"], "tags": ["Liên kết", "Dược liệu"], "git": datetime(2025, 1, 16, 7, 20, 33)},
          notes=["no byline, no front matter author (the chip shows the alliance, the default author): author null; "
                 "not in the HTML of / or /article/ (the sixth item: JavaScript pagination)"],
          **at(datetime(2025, 1, 16))),
        A(path="tap-huan-luat-htx-nam-2023-cho-can-bo-htx", title="Tập huấn Luật HTX năm 2023 cho cán bộ HTX",
          body="""
Trong hai ngày 3 và 4/12, Liên minh HTX tỉnh tổ chức lớp tập huấn Luật HTX năm 2023 cho 70 cán bộ quản lý HTX.
Học viên được giới thiệu những điểm mới của Luật về thành viên, vốn điều lệ và tổ chức quản trị HTX.
""", byline="Triệu Thị Mai", author="Triệu Thị Mai",
          opts={"fm_author": None, "cats": ["Tin hoạt động"], "tags": ["Luật HTX", "Tập huấn"], "old": "tap-huan-luat-htx-2023",
                "git": datetime(2024, 12, 5, 10, 5, 9)},
          notes=["renamed post: the redirect plugin wrote /posts/tap-huan-luat-htx-2023.html (meta refresh and canonical to "
                 "the new address), linked from /gioi-thieu.html: an alias; the bare name 'Triệu Thị Mai' closes the text"],
          **at(datetime(2024, 12, 5))),
        A(path="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-bac-kan-lan-thu-6",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh Bắc Kạn lần thứ 6",
          body="""
Ngày 21/10, Ban Chấp hành Liên minh HTX tỉnh Bắc Kạn khóa V tổ chức hội nghị lần thứ 6.
Hội nghị đánh giá kết quả 9 tháng năm 2024 và bàn giải pháp hoàn thành các chỉ tiêu cả năm.
""", author="Ma Văn Hùng",
          opts={"fm_author": "Ma Văn Hùng", "cats": ["Tin hoạt động"], "tags": ["Hội nghị"], "git": datetime(2024, 10, 22, 4, 1, 50)},
          notes=["oldest post: only on /timeline/, its tag page, the sitemap and the feed (the sixth of 'Tin hoạt động', "
                 "so not in that category's HTML either); author chip 'Ma Văn Hùng' (front matter, a person)"],
          **at(datetime(2024, 10, 22))),
    ]


def content_html(a: RichArticle) -> tuple[str, list[str], list[tuple[str, str]]]:
    """Rendered Markdown: the content HTML, the excerpt blocks' HTML, and the TOC (id, text)."""
    parts, toc = [], []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            hid = anchor(b.text)
            toc.append((hid, b.text))
            parts.append(f'<h2 id="{hid}" tabindex="-1"><a class="header-anchor" href="#{hid}"><span>{esc(b.text)}</span></a></h2>')
        elif b.kind in ("ul", "ol"):
            parts.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            parts.append(f'<figure><img src="/assets/images/{b.src}" alt="{attr(b.text)}" title="{attr(b.text)}" tabindex="0" '
                         f'loading="lazy"><figcaption>{esc(b.text)}</figcaption></figure>')
        elif b.kind == "table":
            head, *rows = b.rows
            parts.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                         + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                         + "\n</tbody>\n</table>")
    excerpt = parts[: a.opts.get("more", 1)]
    if a.byline:
        line = f"<p><strong>{esc(a.byline)}</strong></p>"
        parts.append(f'<div style="text-align:right">{line}</div>' if a.opts.get("right") else line)
    for x in a.attachments:
        parts.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "".join(parts), excerpt, toc


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-kan", NAME + " (VuePress)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/posts/{a.path}.html"
        html, excerpt, toc = content_html(a)
        a.opts.update(html=html, excerpt=excerpt, toc=toc)
        if a.opts.get("evening"):
            a.opts["fm_date"] = datetime(a.date.year, a.date.month, a.date.day, 21, 30)
        else:
            a.opts["fm_date"] = a.date
        words = sum(len(x.split()) for x in a.text_lines())
        a.opts["words"] = words
    cats = sorted({c for a in posts for c in a.opts["cats"]}, key=lambda c: -sum(c in a.opts["cats"] for a in posts))
    tags = sorted({t for a in posts for t in a.opts["tags"]}, key=lambda t: (-sum(t in a.opts["tags"] for a in posts), t))
    color = {name: int(hashlib.md5(name.encode()).hexdigest(), 16) % 9 for name in cats + tags}
    hashes = {k: hashlib.sha1((SITE + k).encode()).hexdigest()[:8] for k in ["style", "app"]}
    style_css, app_js = f"/assets/style-{hashes['style']}.css", f"/assets/app-{hashes['app']}.js"

    def page_js(key: str) -> str:
        name = f"/assets/{key}.html-{hashlib.sha1(key.encode()).hexdigest()[:8]}.js"
        site.static(name, "import{_ as e}from\"./app.js\";export{e as default};\n")
        return name

    nav_items = [("Trang chủ", "/"), ("Bài viết", "/article/"), ("Hướng dẫn", "/huong-dan/"), ("Giới thiệu", "/gioi-thieu.html")]

    def navbar(active: str) -> str:
        links = "".join(
            f'<div class="vp-nav-item hide-in-mobile"><a class="route-link{" route-link-active" if h == active else ""} auto-link" '
            f'href="{h}" aria-label="{attr(t)}"><!---->{esc(t)}<!----></a></div>' for t, h in nav_items)
        return (f'<header id="navbar" class="vp-navbar" vp-navbar><div class="vp-navbar-start"><button type="button" '
                f'class="vp-toggle-sidebar-button" title="Toggle Sidebar"><span class="icon"></span></button><!----><!--[-->'
                f'<a class="route-link vp-brand" href="/" aria-label="Trang chủ"><img class="vp-nav-logo" src="/logo.png" alt>'
                f'<!----><span class="vp-site-name hide-in-pad">{esc(NAME)}</span></a><!--]--><!----></div>'
                f'<div class="vp-navbar-center"><!----><!--[--><nav class="vp-nav-links">{links}</nav><!--]--><!----></div>'
                f'<div class="vp-navbar-end"><!----><!--[--><div class="vp-nav-item hide-in-mobile"><button type="button" '
                f'class="vp-color-mode-switch" id="color-mode-switch">{icon("auto")}</button></div><!--]--><!---->'
                f'<button type="button" class="vp-toggle-navbar-button" aria-label="Toggle Navbar" aria-expanded="false" '
                f'aria-controls="nav-screen"><span><span class="vp-top"></span><span class="vp-middle"></span>'
                f'<span class="vp-bottom"></span></span></button></div></header>')

    footer = (f'<footer class="vp-footer-wrapper" vp-footer><div class="vp-footer">{esc(FOOT)}</div>'
              f'<div class="vp-copyright">{esc(COPY)} </div></footer>')

    def document(title: str, inner: str, *, canonical: str, head: str, page_key: str, container: str,
                 description: str) -> str:
        full_title = NAME if title == NAME else f"{title} | {NAME}"
        return f"""<!doctype html>
<html lang="vi-VN" data-theme="light">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <meta name="generator" content="VuePress 2.0.0-rc.18" />
    <meta name="theme" content="VuePress Theme Hope 2.0.0-rc.59" />
    <style>
      :root {{
        --vp-c-bg: #fff;
      }}

      [data-theme="dark"] {{
        --vp-c-bg: #1b1b1f;
      }}

      html,
      body {{
        background: var(--vp-c-bg);
      }}
    </style>
    <script>
      const userMode = localStorage.getItem("vuepress-theme-hope-scheme");
      const systemDarkMode =
        window.matchMedia &&
        window.matchMedia("(prefers-color-scheme: dark)").matches;

      if (userMode === "dark" || (userMode !== "light" && systemDarkMode)) {{
        document.documentElement.setAttribute("data-theme", "dark");
      }}
    </script>
    <link rel="canonical" href="{{{{base}}}}{canonical}">{head}<link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/rss.xml" title="{attr(NAME)} RSS Feed"><link rel="icon" href="/favicon.ico"><title>{esc(full_title)}</title><meta name="description" content="{attr(description)}">
    <link rel="preload" href="{style_css}" as="style"><link rel="stylesheet" href="{style_css}">
    <link rel="modulepreload" href="{app_js}"><link rel="modulepreload" href="{page_js(page_key)}">

  </head>
  <body>
    <div id="app"><!--[--><!--[--><!--[--><span tabindex="-1"></span><a href="#main-content" class="vp-skip-link sr-only">Bỏ qua nội dung chính</a><!--]--><div class="theme-container {container}" vp-container><!--[-->{inner}{footer}</div><!--]--><!--[--><!----><!----><!--[--><!--]--><!--]--><!--]--></div>
    <script type="module" src="{app_js}" defer></script>
  </body>
</html>
"""

    def og(url: str, title: str, description: str, kind: str, extra: str = "") -> str:
        return (f'<meta property="og:url" content="{{{{base}}}}{url}"><meta property="og:site_name" content="{attr(NAME)}">'
                f'<meta property="og:title" content="{attr(title)}"><meta property="og:description" content="{attr(description)}">'
                f'<meta property="og:type" content="{kind}"><meta property="og:locale" content="vi-VN">{extra}')

    def chips(a: RichArticle) -> str:
        author = a.opts["fm_author"] or ORG
        author_item = (f'<a class="page-author-item" href="/gioi-thieu.html" target="_blank" rel="noopener noreferrer">{esc(author)}</a>'
                       if not a.opts["fm_author"] else f'<span class="page-author-item">{esc(author)}</span>')
        minutes = a.opts["words"] / 300
        rt = "Ít hơn 1 phút" if minutes < 1 else f"Khoảng {round(minutes)} phút"
        cat = "".join(f'<span class="page-category-item color{color[c]} clickable" role="navigation">{esc(c)}</span>' for c in a.opts["cats"])
        tag = "".join(f'<span class="page-tag-item color{color[t]} clickable" role="navigation">{esc(t)}</span>' for t in a.opts["tags"])
        return (f'<div class="page-info"><span class="page-author-info" aria-label="Người viết🖊" data-balloon-pos="up">{icon("author")}'
                f'<span>{author_item}</span><span property="author" content="{attr(author)}"></span></span><!---->'
                f'<span class="page-date-info" aria-label="Ngày viết📅" data-balloon-pos="up">{icon("calendar")}'
                f'<span data-allow-mismatch="text">{vi_long(a.opts["fm_date"])}</span><meta property="datePublished" '
                f'content="{js_iso(a.opts["fm_date"])}"></span><span class="page-reading-time-info" aria-label="Thời gian đọc⌛" '
                f'data-balloon-pos="up">{icon("timer")}<span>{rt}</span><meta property="timeRequired" content="PT{max(1, round(minutes))}M">'
                f'</span><span class="page-category-info" aria-label="Category🌈" data-balloon-pos="up">{icon("category")}<!--[-->{cat}'
                f'<!--]--><meta property="articleSection" content="{attr(",".join(a.opts["cats"]))}"></span>'
                f'<span class="page-tag-info" aria-label="Tag🏷" data-balloon-pos="up">{icon("tag")}<!--[-->{tag}<!--]-->'
                f'<meta property="keywords" content="{attr(",".join(a.opts["tags"]))}"></span></div>')

    def description_of(a: RichArticle) -> str:
        text = " ".join(inline_text(x) for x in a.text_lines())
        return text[:150].rsplit(" ", 1)[0] + " ..." if len(text) > 150 else text

    sidebar_empty = ('<!----><div class="toggle-sidebar-wrapper"><span class="arrow start"></span></div><aside id="sidebar" '
                     'class="vp-sidebar" vp-sidebar><!----><ul class="vp-sidebar-links"></ul><!----></aside>')

    # -- posts ------------------------------------------------------------------------------
    for a in posts:
        toc = ""
        if a.opts["toc"]:
            toc = ('<div class="vp-toc-placeholder"><aside id="toc" vp-toc><!----><div class="vp-toc-header">On This Page'
                   f'<button type="button" class="print-button" title="In">{icon("print")}</button><div class="arrow end"></div></div>'
                   '<div class="vp-toc-wrapper"><ul class="vp-toc-list"><!--[-->'
                   + "".join(f'<li class="vp-toc-item"><a class="route-link vp-toc-link level2" href="#{h}">{esc(t)}</a></li><!---->'
                             for h, t in a.opts["toc"])
                   + '<!--]--></ul><div class="vp-toc-marker" style="top:-1.7rem;"></div></div><!----></aside></div>')
        git = a.opts["git"]
        main = (f'<!--[--><main id="main-content" class="vp-page"><!--[--><!----><!----><nav class="vp-breadcrumb disable"></nav>'
                f'<div class="vp-page-title"><h1>{esc(a.title)}</h1>{chips(a)}<hr></div>{toc}<!---->'
                f'<div class="theme-hope-content" vp-content>{a.opts["html"]}</div><!---->'
                f'<footer class="vp-page-meta"><div class="vp-meta-item edit-link"><a class="auto-link external-link vp-meta-label" '
                f'href="{{{{base:offsite}}}}/github/lmhtx-backan/tai-lieu/edit/main/src/posts/{a.opts["slug"]}.md" '
                f'aria-label="Chỉnh sửa trang này" rel="noopener noreferrer" target="_blank"><!--[-->{icon("edit")}<!--]-->'
                f'Chỉnh sửa trang này<!----></a></div><div class="vp-meta-item git-info"><div class="update-time">'
                f'<span class="vp-meta-label">Cập nhật gần nhất lúc: </span><span class="vp-meta-info" data-allow-mismatch="text">'
                f'{vi_stamp(git)}</span></div><div class="contributors"><span class="vp-meta-label">Người đóng góp: </span><!--[--><!--[-->'
                f'<span class="vp-meta-info" title="email: bientap@lienminhhtx.backan.vn">bientap-lmhtx</span><!--]--><!--]--></div>'
                f'</div></footer><!----><!--]--></main><!--]-->')
        author = a.opts["fm_author"] or ORG
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": a.title, "image": [""],
              "datePublished": js_iso(a.opts["fm_date"]), "dateModified": js_iso(git),
              "author": [{"@type": "Person", "name": author, **({} if a.opts["fm_author"] else {"url": "{{base}}/gioi-thieu.html"})}]}
        desc = description_of(a)
        head = og(a.path, a.title, desc, "article",
                  f'<meta property="og:updated_time" content="{js_iso(git)}">'
                  + "".join(f'<meta property="article:tag" content="{attr(t)}">' for t in a.opts["tags"])
                  + f'<meta property="article:published_time" content="{js_iso(a.opts["fm_date"])}">'
                  f'<meta property="article:modified_time" content="{js_iso(git)}">'
                  f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False, separators=(",", ":"))}</script>')
        html = document(a.title, navbar("") + sidebar_empty + main, canonical=a.path, head=head, page_key=a.opts["slug"],
                        container="no-sidebar external-link-icon" + (" has-toc" if a.opts["toc"] else ""), description=desc)
        site.page(a.path, html)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/assets/images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 12/KH-LMHTX", "Tuan le gioi thieu san pham HTX 2025"]))
        if a.opts.get("old"):
            old = f"/posts/{a.opts['old']}.html"
            target = f"{{{{base}}}}{a.path}"
            site.page(old, f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="robots" content="noindex">
  <meta http-equiv="refresh" content="0; url={target}">
  <link rel="canonical" href="{target}">
  <title>Redirecting...</title>
  <script>
    const anchor = window.location.hash.substring(1);
    window.location.replace(`{target}${{anchor? `#${{anchor}}`: ""}}`);
  </script>
</head>
<body>
  <p>Redirecting...</p>
</body>
</html>
""")
            a.aliases.append(old)
        site.add_article(a)
    renamed = next(a for a in posts if a.opts.get("old"))

    # -- blog pages -------------------------------------------------------------------------
    def sort_key(a: RichArticle):
        return a.opts["fm_date"]

    def article_item(a: RichArticle) -> str:
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        cover = (f'<!--[--><img class="vp-article-cover" src="/assets/images/{img}" alt loading="lazy"><meta property="image" '
                 f'content="/assets/images/{img}"><!--]-->') if img else "<!--[--><!--]-->"
        star = icon("sticky") if a.opts.get("star") else "<!---->"
        return (f'<div class="vp-article-wrapper"><article class="vp-article-item" vocab="https://schema.org/" typeof="Article">'
                f'{cover}{star}<a class="route-link" href="{a.path}"><header class="vp-article-title"><!----><!---->'
                f'<span property="headline">{esc(a.title)}</span></header></a><div class="vp-article-excerpt">'
                + "\n".join(a.opts["excerpt"]) + f'\n</div><hr class="vp-article-hr">{chips(a)}</article></div>')

    def article_list(items: list[RichArticle]) -> str:
        items = sorted(items, key=sort_key, reverse=True)
        pages = (len(items) + PER_PAGE - 1) // PER_PAGE
        pager = ""
        if pages > 1:
            nums = "".join(f'<div class="{"active" if k == 0 else ""}" role="navigation">{k + 1}</div>' for k in range(pages))
            pager = (f'<div class="vp-pagination"><nav class="vp-pagination-list"><div class="vp-pagination-number"><!----><!----><!--[-->'
                     f'{nums}<!--]--><!----><div class="next" role="navigation" unselectable="on">Bài trước</div></div>'
                     '<div class="vp-pagination-nav"><label for="navigation-text">Đi đến: </label><input id="navigation-text" value>'
                     '<button class="vp-pagination-button" type="button" role="navigation" title="Đi">Đi</button></div></nav></div>')
        return ('<div id="article-list" class="vp-article-list" role="feed">' + "".join(article_item(a) for a in items[:PER_PAGE])
                + pager + "</div>")

    starred = [a for a in posts if a.opts.get("star")]
    info_aside = (f'<aside class="vp-blog-info-wrapper"><div class="vp-blogger-info" vocab="https://schema.org/" typeof="Person">'
                  f'<div class="vp-blogger" aria-label="Giới thiệu cá nhân" data-balloon-pos="down" role="link"><img class="vp-blogger-avatar" '
                  f'src="/logo.png" property="image" alt="Blogger Avatar" loading="lazy"><div class="vp-blogger-name" property="name">{esc(ORG)}'
                  f'</div><div class="vp-blogger-description">{esc(DESC)}</div><meta property="url" content="/gioi-thieu.html"></div>'
                  f'<div class="vp-blog-counts"><a class="route-link vp-blog-count" href="/article/"><div class="count">{len(posts)}</div>'
                  f'<div>Bài viết</div></a><a class="route-link vp-blog-count" href="/category/"><div class="count">{len(cats)}</div>'
                  f'<div>Category</div></a><a class="route-link vp-blog-count" href="/tag/"><div class="count">{len(tags)}</div>'
                  f'<div>Tag</div></a><a class="route-link vp-blog-count" href="/timeline/"><div class="count">{len(posts)}</div>'
                  f'<div>Timeline</div></a></div><div class="vp-social-medias"></div></div><div class="vp-blog-infos">'
                  f'<div class="vp-blog-type-switcher">'
                  + "".join(f'<button type="button" class="vp-blog-type-button"><div class="vp-blog-type-icon-wrapper{" active" if k == 0 else ""}" '
                            f'aria-label="{n}" data-balloon-pos="up">{icon("article")}</div></button>'
                            for k, n in enumerate(["Bài viết", "Category", "Tag", "Timeline"]))
                  + f'</div><div class="vp-star-article-wrapper"><div class="title">{icon("article")}<span class="num">{len(posts)}</span>'
                  f'Bài viết</div><hr><ul class="vp-star-articles">'
                  + "".join(f'<li class="vp-star-article"><a class="route-link" href="{a.path}">{esc(a.title)}</a></li>' for a in starred)
                  + "</ul></div></div></aside>")

    def blog_page(path: str, title: str, main_inner: str, *, key: str, home_hero: str = "", home_content: str = "") -> None:
        if home_hero:
            inner = (f'<!--[--><div class="vp-page vp-blog-home">{home_hero}<div class="blog-page-wrapper"><main id="main-content" '
                     f'class="vp-blog-main">{main_inner}</main>{info_aside}</div><div class="theme-hope-content" vp-content>'
                     f'{home_content}</div></div><!--]-->')
        else:
            inner = (f'<!--[--><div class="vp-page vp-blog"><div class="blog-page-wrapper"><main id="main-content" class="vp-blog-main">'
                     f'{main_inner}</main>{info_aside}</div></div><!--]-->')
        head = og(path, title, DESC, "website", f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebPage","name":"{title}"}}</script>')
        active = "/" if path == "/" else ("/article/" if path == "/article/" else "")
        site.page(path, document(title, navbar(active) + sidebar_empty + inner, canonical=path, head=head, page_key=key,
                                 container="no-sidebar external-link-icon", description=DESC))
        site.non_articles.append(path)

    hero = (f'<div class="vp-blog-hero"><!--[--><!----><!--]--><!--[--><!--[--><!--[--><img class="vp-blog-hero-image" style="" '
            f'src="/logo.png" alt="{attr(NAME)}"><!--]--><h1 class="vp-blog-hero-title">{esc(NAME)}</h1>'
            f'<p class="vp-blog-hero-description">{esc(DESC)}</p><!--]--><!--]--></div>')
    blog_page("/", NAME, article_list(posts), key="index", home_hero=hero,
              home_content="<p>Trang tổng hợp tài liệu hướng dẫn, văn bản và tin hoạt động của Liên minh Hợp tác xã tỉnh Bắc Kạn.</p>")
    types = ('<ul class="vp-article-type-wrapper"><li class="vp-article-type{a}"><a class="route-link" href="/article/">Tất cả</a></li>'
             '<li class="vp-article-type{s}"><a class="route-link" href="/star/">Ngôi sao</a></li></ul>')
    blog_page("/article/", "Bài viết", types.format(a=" active", s="") + article_list(posts), key="article")
    blog_page("/star/", "Ngôi sao", types.format(a="", s=" active") + article_list(starred), key="star")

    def chip_list(kind: str, names: list[str], active: str | None) -> str:
        href = cat_href if kind == "category" else tag_href
        return (f'<ul class="vp-{kind}-list">' + "".join(
            f'<li class="vp-{kind} color{color[n]}{" active" if n == active else ""}"><a class="route-link" href="{href(n)}">{esc(n)}'
            f'<span class="vp-{kind}-count">{sum(n in a.opts["cats" if kind == "category" else "tags"] for a in posts)}</span></a></li>'
            for n in names) + "</ul>")

    blog_page("/category/", "Category", chip_list("category", cats, None) + article_list(posts), key="category")
    for c in cats:
        blog_page(cat_href(c), f"{c} Category", chip_list("category", cats, c) + article_list([a for a in posts if c in a.opts["cats"]]),
                  key="category-" + blog_slug(c))
    blog_page("/tag/", "Tag", chip_list("tag", tags, None) + article_list(posts), key="tag")
    for t in tags:
        blog_page(tag_href(t), f"Tag: {t}", chip_list("tag", tags, t) + article_list([a for a in posts if t in a.opts["tags"]]),
                  key="tag-" + blog_slug(t))
    years: dict[int, list] = {}
    for a in sorted(posts, key=sort_key, reverse=True):
        years.setdefault(a.opts["fm_date"].year, []).append(a)
    timeline = ('<div class="timeline-wrapper"><ul class="timeline-content"><li class="motto">Yesterday Once More!</li><!--[-->'
                + "".join(f'<!--[--><h3 id="{y}" class="timeline-year-title"><span>{y}</span></h3><li class="timeline-year-list">'
                          '<ul class="timeline-year-wrapper">' + "".join(
                              f'<li class="timeline-item"><span class="timeline-date">{a.opts["fm_date"].day}/{a.opts["fm_date"].month}</span>'
                              f'<a class="route-link timeline-title" href="{a.path}">{esc(a.title)}</a></li>' for a in items)
                          + "</ul></li><!--]-->" for y, items in years.items()) + "<!--]--></ul></div>")
    blog_page("/timeline/", "Timeline", timeline, key="timeline")
    site.trap("blog lists /, /article/, /star/, /category/<slug>/, /tag/<slug>/: five vp-article-item cards in the HTML (title, "
              "the excerpt before <!-- more -->, the same page-info chips as the post), the rest behind JavaScript "
              "pagination (div role=navigation 1 2 'Bài trước', no URL); category/tag slugs keep Vietnamese "
              "letters; /timeline/ lists every post as 'day/month' + title under its year: listings", "/timeline/")

    # -- documentation and other pages ------------------------------------------------------
    def doc_page(path: str, title: str, body: str, key: str, sidebar: str = "") -> None:
        side = sidebar_empty if not sidebar else (
            '<!----><div class="toggle-sidebar-wrapper"><span class="arrow start"></span></div><aside id="sidebar" class="vp-sidebar" '
            f'vp-sidebar><!----><ul class="vp-sidebar-links">{sidebar}</ul><!----></aside>')
        main = (f'<!--[--><main id="main-content" class="vp-page"><!--[--><!----><!----><nav class="vp-breadcrumb disable"></nav>'
                f'<div class="vp-page-title"><h1>{esc(title)}</h1><!----><hr></div><!---->'
                f'<div class="theme-hope-content" vp-content>{body}</div><!----><!----><!----><!--]--></main><!--]-->')
        html = document(title, navbar("/huong-dan/" if path.startswith("/huong-dan/") else path) + side + main, canonical=path,
                        head=og(path, title, title, "website"), page_key=key,
                        container=("" if sidebar else "no-sidebar ") + "external-link-icon", description=title)
        site.page(path, html)
        site.non_articles.append(path)

    guide_side = ('<li><section class="vp-sidebar-group"><p class="vp-sidebar-header active"><span class="vp-sidebar-title">Hướng dẫn'
                  '</span><!----></p><ul class="vp-sidebar-links"><li><a class="route-link auto-link vp-sidebar-link" '
                  'href="/huong-dan/thanh-lap-htx.html" aria-label="Thủ tục thành lập HTX"><!---->Thủ tục thành lập HTX<!----></a></li>'
                  '</ul></section></li>')
    doc_page("/huong-dan/", "Hướng dẫn", '<div class="vp-catalog-wrapper"><ol class="vp-catalog-main-list"><li class="vp-catalog-item">'
             '<a class="route-link vp-catalog-title" href="/huong-dan/thanh-lap-htx.html">Thủ tục thành lập HTX</a></li></ol></div>',
             "huong-dan", guide_side)
    doc_page("/huong-dan/thanh-lap-htx.html", "Thủ tục thành lập HTX",
             "<p>Hồ sơ đăng ký thành lập HTX gồm các giấy tờ sau:</p>\n<ol>\n<li>Giấy đề nghị đăng ký HTX;</li>\n<li>Điều lệ HTX;</li>\n"
             "<li>Phương án sản xuất kinh doanh;</li>\n<li>Danh sách thành viên, Hội đồng quản trị, Giám đốc.</li>\n</ol>\n"
             "<p>Hồ sơ nộp tại cơ quan đăng ký kinh doanh cấp huyện nơi HTX đặt trụ sở chính.</p>", "huong-dan-thanh-lap-htx", guide_side)
    doc_page("/gioi-thieu.html", "Giới thiệu",
             f"<p>{esc(NAME)} là trang tài liệu của Liên minh Hợp tác xã tỉnh Bắc Kạn, tổng hợp văn bản, hướng dẫn nghiệp vụ "
             "và tin hoạt động của các HTX trong tỉnh.</p>\n<p>Trang được xây dựng bằng VuePress, nội dung do Văn phòng Liên minh "
             f'HTX tỉnh biên tập.</p>\n<p>Bài viết được quan tâm: <a href="/posts/{renamed.opts["old"]}.html">{esc(renamed.title)}</a></p>',
             "gioi-thieu")
    site.trap("documentation pages /huong-dan/ (a catalog) and /huong-dan/thanh-lap-htx.html (a how-to with a sidebar, no "
              "date, no author) and /gioi-thieu.html (links a post by its old address): .vp-page-title h1 + content like a "
              "post but no page info: not articles", "/huong-dan/thanh-lap-htx.html")
    site.page("/404.html", document("404", navbar("") + '<!--[--><main id="main-content" class="vp-page not-found"><div class="not-found-hint">'
              '<p class="error-code">404</p><h1 class="error-title">Trang không tìm thấy</h1><p class="error-hint">Ở đây chẳng có gì cả.'
              '</p></div><div class="actions"><button type="button" class="action-button">Quay lại</button><button type="button" '
              'class="action-button">Trang chủ</button></div></main><!--]-->', canonical="/404.html", head="", page_key="404",
              container="no-sidebar external-link-icon", description=DESC))

    # -- feed, sitemap, robots ------------------------------------------------------------------
    def utc_string(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")

    items = []
    for a in sorted(posts, key=sort_key, reverse=True):
        cats_xml = "".join(f"\n      <category>{esc(c)}</category>" for c in a.opts["cats"])
        items.append(f"""    <item>
      <title>{esc(a.title)}</title>
      <link>{{{{base}}}}{a.path}</link>
      <guid>{{{{base}}}}{a.path}</guid>
      <source url="{{{{base}}}}/rss.xml">{esc(a.title)}</source>
      <description>{esc("".join(a.opts["excerpt"]))}</description>{cats_xml}
      <pubDate>{utc_string(a.opts["fm_date"])}</pubDate>
      <content:encoded><![CDATA[{a.opts["html"].replace('src="/', 'src="{{base}}/').replace('href="/', 'href="{{base}}/')}]]></content:encoded>
    </item>""")
    built = datetime(2025, 6, 12, 3, 0, 0)
    site.page("/rss.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="{{{{base}}}}/rss.xsl"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <atom:link href="{{{{base}}}}/rss.xml" rel="self" type="application/rss+xml"/>
    <title>{esc(NAME)}</title>
    <link>{{{{base}}}}/</link>
    <description>{esc(DESC)}</description>
    <language>vi-VN</language>
    <pubDate>{utc_string(built)}</pubDate>
    <lastBuildDate>{utc_string(built)}</lastBuildDate>
    <generator>@vuepress/plugin-feed</generator>
    <docs>https://validator.w3.org/feed/docs/rss2.html</docs>
""" + "".join(f"    <category>{esc(c)}</category>\n" for c in cats) + "\n".join(items) + "\n  </channel>\n</rss>\n",
              content_type="application/xml; charset=utf-8")
    site.static("/rss.xsl", '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" '
                'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n')
    site.trap("RSS /rss.xml (<link rel=alternate> in every head): every post, pubDate = the front matter date read as UTC "
              "(toUTCString), the excerpt as description and the whole content in content:encoded", "/rss.xml")
    smap = [("/", built), ("/gioi-thieu.html", datetime(2025, 5, 2, 8, 0, 0)), ("/huong-dan/", datetime(2024, 11, 4, 2, 30, 0)),
            ("/huong-dan/thanh-lap-htx.html", datetime(2024, 11, 4, 2, 30, 0))] + [(a.path, a.opts["git"]) for a in posts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>\n'
              '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
              + "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{js_iso(d)}</lastmod><changefreq>daily</changefreq></url>"
                        for u, d in smap) + "</urlset>", content_type="application/xml; charset=utf-8")
    site.static("/sitemap.xsl", '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" '
                'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n')
    site.static("/robots.txt", "\nUser-agent:*\nDisallow:\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("sitemap.xml (robots.txt): home, pages and posts with lastmod = the last git commit in UTC (the blog list "
              "pages are left out); every page's head has canonical, og:* and, on posts, article:published_time / "
              "JSON-LD Article with the front matter date in UTC", "/sitemap.xml")
    site.binary("/logo.png", image_for("logo-backan"))
    site.binary("/favicon.ico", image_for("favicon-backan"))
    return site
