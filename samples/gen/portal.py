"""Family `portal`: the provincial-portal CMS of Thái Bình, Ninh Bình, Lai Châu...

Hooks: listing `/tin-tuc-su-kien.htm`, `/tin-tuc-su-kien/page-N.htm`; items
`div.news-item > a.title + span.news-date`; article `h1.news-title`, `div.news-date`,
`div.news-content` (the lead, when there is one, is its first `<p><strong>`; the byline its last
`<p style="text-align: right;">`), attachments in `div.news-attachments` after the body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .core import (
    Article,
    Furniture,
    SiteBuild,
    access_bar,
    attr,
    counter,
    dmy,
    esc,
    inline_html,
    links_box,
    listing_pages,
    news_list,
    poll,
    rating,
    share,
    weather,
    weekday,
)

LISTING = "/tin-tuc-su-kien.htm"


def listing_path(n: int) -> str:
    return LISTING if n == 1 else f"/tin-tuc-su-kien/page-{n}.htm"


@dataclass
class Theme:
    site_id: str
    province: str
    name: str  # "Liên minh Hợp tác xã tỉnh Thái Bình"
    short: str  # "Liên minh HTX tỉnh Thái Bình"
    f: Furniture
    skin: str  # css class of <body>
    print_links: bool  # "In bài viết" points at ?print=1 (else javascript)
    per_page: int
    banner_title: str  # big text in the header
    sidebar_left: bool = False
    menu: list[tuple[str, str]] = field(default_factory=list)


def render_body(a: Article) -> str:
    parts = []
    if a.lead:
        parts.append(f'<p style="text-align: justify;"><strong>{inline_html(a.lead)}</strong></p>')
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img src="/Upload/images/{b.src}" alt="{attr(b.text)}" '
                         f'style="width: 600px; height: 400px;"></p>')
            if b.text:
                parts.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    if a.opts.get("cut_html"):
        parts.append(a.opts["cut_html"])
        return "\n".join(parts)
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{inline_html(a.byline)}</strong></p>')
    parts.append("<p>&nbsp;</p>")
    return "\n".join(parts)


def layout(t: Theme, title: str, main: str, side: str, *, path: str, canonical: str | None = None,
           description: str = "", image: str | None = None, og_type: str = "website") -> str:
    f = t.f
    canonical = canonical or path
    menu = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in t.menu)
    slogans = "".join(f"<span>{esc(s)}</span>" for s in f.slogans)
    og_image = f'<meta property="og:image" content="{{{{base}}}}/Upload/images/{image}">\n' if image else ""
    columns = (f'<div class="col-left">{side}</div>\n<div class="col-main">{main}</div>' if t.sidebar_left
               else f'<div class="col-main">{main}</div>\n<div class="col-right">{side}</div>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - {esc(t.short)}</title>
<meta name="description" content="{attr(description or title)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(description or title)}">
{og_image}<link rel="canonical" href="{{{{base}}}}{attr(canonical)}">
<link rel="stylesheet" href="/Content/{t.skin}/style.css">
</head>
<body class="{t.skin}">
<div id="header">
<div class="header-top"><span class="today">{f.today}</span>{access_bar()}</div>
<div class="banner"><a href="/"><img src="/Content/{t.skin}/logo.png" alt="{attr(t.name)}"></a>
<div class="banner-text"><p class="site-name">{esc(t.banner_title)}</p><div class="slogan">{slogans}</div></div></div>
<ul class="menu">{menu}</ul>
</div>
<div id="content" class="clearfix">
{columns}
</div>
<div id="footer">
<p class="footer-name">{esc(t.name.upper())}</p>
<p>{f.responsible}</p>
<p>{f.licence}</p>
<p>{esc(f.source_note)}</p>
<p>{f.address} - {f.phone}</p>
<p>{f.email}</p>
<p class="copyright">{f.copyright}</p>
</div>
<script src="/Content/{t.skin}/main.js"></script>
</body>
</html>
"""


def build(t: Theme, articles: list[Article], stubs: list[Article], *, extra=None) -> SiteBuild:
    site = SiteBuild(t.site_id, t.province, t.name, "portal", t.f,
                     start_urls=[f"{{{{base:{t.site_id}}}}}/", f"{{{{base:{t.site_id}}}}}{LISTING}"],
                     per_page=t.per_page)
    items = sorted(articles, key=lambda a: a.date, reverse=True)
    listed = sorted(articles + stubs, key=lambda a: a.date, reverse=True)
    for a in items:
        if t.print_links:
            a.aliases.append(a.path + "?print=1")
        site.add_article(a)

    def side(exclude: str | None = None) -> str:
        others = [a for a in items if a.path != exclude]
        return "\n".join([
            news_list("Tin tiêu điểm", [(a.path, a.title, dmy(a.date)) for a in others[3:7]], "hot-news"),
            news_list("Tin mới", [(a.path, a.title, dmy(a.date)) for a in others[:5]], "latest-news"),
            poll(), weather(t.f), counter(t.f), links_box(),
        ])

    for a in items + stubs:
        date_html = (f'<div class="news-date">{weekday(a.date)}, {dmy(a.date)}</div>'
                     if a.opts.get("show_date", True) else "")
        print_href = a.path + "?print=1" if t.print_links else "javascript:window.print()"
        related = [(o.path, o.title, dmy(o.date)) for o in items if o.path != a.path][:4]
        attachments = ""
        if a.attachments:
            attachments = '<div class="news-attachments"><p>File đính kèm:</p><ul>' + "".join(
                f'<li><a href="{x["path"]}">{esc(x.get("shown", x["text"]))}</a></li>' for x in a.attachments) + "</ul></div>"
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{LISTING}">Tin tức - Sự kiện</a></div>
<div class="news-detail">
<h1 class="news-title">{esc(a.title)}</h1>
{date_html}
{share(t.f, print_href)}
<div class="news-content">
{render_body(a)}
</div>"""
        if a.opts.get("cut_html"):  # the page stops here, mid-tag
            page = layout(t, a.title, main, "", path=a.path, description=a.summary(),
                          image=a.first_image(), og_type="article")
            page = page[:page.index(a.opts["cut_html"]) + len(a.opts["cut_html"])]
        else:
            main += f"""
{attachments}
{rating()}
{news_list("Tin liên quan", related, "related-news")}
</div>"""
            page = layout(t, a.title, main, side(a.path), path=a.path, description=a.summary(),
                          image=a.first_image(), og_type="article")
        site.page(a.path, page, encoding=a.opts.get("encoding"))

    pages = listing_pages(listed, t.per_page)
    for n, chunk in enumerate(pages, 1):
        rows = "\n".join(
            f'<div class="news-item"><img src="/Upload/images/{a.first_image() or "no-image.png"}" alt="">'
            f'<a class="title" href="{a.path}">{esc(a.title)}</a><span class="news-date">{dmy(a.date)}</span>'
            f'<p class="summary">{esc(a.summary())}</p></div>' for a in chunk)
        nav = " ".join(f"<span>{k}</span>" if k == n else f'<a href="{listing_path(k)}">{k}</a>'
                       for k in range(1, len(pages) + 1))
        if n < len(pages):
            nav += f' <a href="{listing_path(n + 1)}">Tiếp »</a>'
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> » Tin tức - Sự kiện</div>\n'
                f'<h1 class="cat-title">Tin tức - Sự kiện</h1>\n<div class="news-list">\n{rows}\n</div>\n'
                f'<div class="paging">{nav}</div>')
        site.page(listing_path(n), layout(t, "Tin tức - Sự kiện", main, side(), path=listing_path(n)))
    site.trap("pagination: page 2 holds older articles only reachable through it", listing_path(2))

    if extra:
        extra(site, items, side, lambda *a, **k: layout(t, *a, **k))
    return site
