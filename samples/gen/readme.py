"""samples/README.md, written from the built sites so its tables cannot drift."""

from __future__ import annotations

from .core import SiteBuild

INTRO = """# Sample portals (offline test bed)

The real alliance portals cannot be reached from here, so the crawler is developed and tested
against local copies *in their style*: {n_sites} sites in 6 CMS families ({n_articles} articles),
served over loopback only (`127.0.0.x`), plus a tiny `offsite` site that stands for the rest of the
Internet and must never receive a request.

**Generated files.** Everything under `<site>/`, `sites.yaml` and this README is written by
`python -m samples.gen` from `gen/` (one module per site, the family layouts, the article
texts). Edit the generator and re-run it; `tests/test_samples_server.py` fails when the files and
the generator disagree. The generator also checks every site: each line of each expected text is
on its page, no boilerplate string is in any article text, every same-site link resolves (or is a
declared error), no link leaves the sample sites.

## Running

```python
from samples.server import SampleSites
with SampleSites() as sites:                 # every site on its own 127.0.0.<20+i>, free ports
    base = sites.base("lmhtx-daknong")       # "http://127.0.0.20:41234" (sites in name order)
    sites.write_registry(tmp / "sites.yaml")  # the registry with live base URLs
    ... crawl ...
    sites.hits("offsite")                    # -> [] (every request is recorded)
    sites.set_page("vca", "/new-a1.html", html)   # runtime changes for incremental tests
    sites.set_status("vca", "/", 500)             # break a whole site
    sites.set_theme("lmhtx-hue", "theme2")        # the site after a redesign; None goes back
```

**Themes.** `lmhtx-hue/theme2/` is the Huế portal after a redesign (`gen/hue_theme2.py`): the same
URLs and article texts in another skeleton (class names, menu, sidebar, footer, `<title>` suffix),
an inline `Xem thêm: <a>…</a> <a>…</a>` line inside the body, and three articles published after
it, with their own `expected.json` and `boilerplate`. It is not in `sites.yaml` and is served only
once `set_theme` switches the running site to it (`tests/test_theme_change.py`).

`python -m samples.server [--port N] [--registry data/samples-sites.yaml]` serves them in
the foreground. Routing: `<site>/www/` files by path (query ignored), `<site>/routes.yaml` for
query URLs, redirects, errors and encodings (`windows-1258`, `utf-8-nfd`); `{{{{base}}}}` and
`{{{{base:ID}}}}` in text files become live URLs. Responses carry `Last-Modified` and a strong `ETag`
and answer `If-None-Match` / `If-Modified-Since` with 304.

## Ground truth: `<site>/expected.json`

- `articles`: every page that must become an item, with `path` (canonical, relative to the base),
  `aliases` (other URLs of the same page: `?print=1`, utm links, redirects, duplicate CMS URLs),
  `title` (the h1), `published` (ISO, +07:00; the page's time when it shows one, else midnight;
  `null` when nothing on the page, its URL or its listing gives the year), `published_source`
  (the best source, in this order: metadata, date-element, document, url, listing) and
  `published_evidence` (every source that carries the same date; a script state's instant, as
  `__NEXT_DATA__`'s, is metadata like JSON-LD's and gives the time on the day shown), `author` (a
  person who wrote the text; an office or desk signing it, "Văn phòng Liên minh HTX tỉnh", "Phòng
  Tuyên truyền", is the publisher as the site's name is: null), `doc_number`,
  `attachments` (each file's URL and its link's text, without a download label before the file's
  own name: "Tải về: KH-08.pdf" is "KH-08.pdf"; a label naming the document stays: "Tải kế hoạch
  số 12/KH-LMHTX (PDF)"), `first_line`, `last_line`, `contains`, `body` (the whole text, one line per
  paragraph / heading / list item / photo caption / table row), optional `only_in` (`sitemap`, `postback`: the one way to reach it) and
  `syndicated_from`.
- `non_articles`: pages that are fetched but are never items (search results, tag lists, gallery,
  contact, WordPress pages, a caption-only stub). `never_fetched`: robots-disallowed pages that a
  crawl must not request. `errors`: linked URLs that answer 404/500. `twins`: pages whose text must
  be identical (encoding twins). `boilerplate`: exact strings that must never be in an item's text.

### What counts as the article text

| family | title | lead (sapo) | body | byline / author |
|---|---|---|---|---|
| vca | `h1.title-detail` (a kicker `div.sub-title` above it is not part of it) | `div.sapo-detail`, a sibling **before** `div.content-items`: first line of the text | `div.content-items` | last `<p>` of the body (`<p style="text-align: right;"><strong>`): part of the text, and the author |
| portal | `h1.news-title` | first `<p><strong>` inside `div.news-content` (when present) | `div.news-content` | last `<p style="text-align: right;">` of the body: part of the text; author except "Nguồn: …" lines and document signatures |
| wordpress | `h1.entry-title` | none | `div.entry-content` **minus** `div.sharedaddy` and `div.jp-relatedposts`, which Jetpack puts inside it | last `<p>` (right-aligned, bold italic): part of the text, and the author |
| nukeviet | `div.news_column h1.title` | `div.hometext`, **before** `div#news-bodyhtml` | `div#news-bodyhtml.bodytext` | `<p class="text-right"><strong>Tác giả: X</strong></p>` after the body: author `X` only, not text |
| sharepoint | `h1.title-news` | `div.summary-news`, **before** `div.content-news` | `div.content-news` | `div.author-news` after the body: author only, not text |
| generic (`lmhtx-kiengiang`, with selectors) | `td.tieude` | first `<p><b>` inside `td.noidung` | `td.noidung` | last `<p align="right">`: part of the text, and the author |
| generic (`lmhtx-hue`, no selectors) | the `<h2>` under the category caption (the page's `<h1>` is the site name) | bold `<div>` before the body | the `<div>` after it: paragraphs, `table.image` captions, lists | last right-aligned `<p>` of the body: part of the text; author except "Nguồn: …" |
| generic (`lmhtx-binhthuan`, no selectors) | `<span class="TieuDe">` (no `<h1>`) | bold `<div>` before the body | Word-pasted `p.MsoNormal` **minus** the "Xem thêm:" table of links inside it | last right-aligned `p.MsoNormal`: part of the text; author = the person ("Bài, ảnh: X" -> X), not `<meta name="author">` |
| generic (`lmhtx-camau`, no selectors) | the `<h1>` of the article column (the date line "Thứ Ba, 14/03/2023 &#124; 08:30" follows it) | `<p class="lead">` before the body | `div.ct`: paragraphs, `<figure>` captions, `<h3>`, lists | last `<p class="text-end">` of the body when present: part of the text; author = the person ("Theo: X" -> X), never `<meta name="author">` (the site's name); none -> null |
| generic (`lmhtx-haiduong`, no selectors) | `<span class="tieu-de">` (the only `<h1>` is the logo: the site's name) | first `<p><strong>` of the content cell (when present) | the content `td`: paragraphs, `table.tplCaption` captions, lists, "- " paragraphs; not the "Tin cùng chuyên mục" box after it | last right-aligned `<p>`: part of the text, and the author (a document's signer: text, not author) |
| generic (`lmhtx-bariavungtau`, Liferay, no selectors) | `h3.news-title` under the date (the only `<h2>` is the portlet's title, the `<h1>` the site name) | `div.news-summary` before the body | `div.journal-content-article`: paragraphs, centred italic caption paragraphs, lists | last right-aligned `<p>`: part of the text; author unless it names an office |
| generic (`lmhtx-kontum`, DotNetNuke, no selectors) | `div.c_title` (no heading; `<title>` is the tab path) | `div.c_sum` before the body (a document's "Số: …" line heads the body instead) | `div.c_content`: `<div>` paragraphs, table captions, lists | last right-aligned `<div>`: part of the text; author except "Nguồn: …" and a document's signer |
| generic (`lmhtx-phutho`, no selectors) | `h1.c_9` | `h2.c_11` before the body | `div.c_12`: paragraphs, `div.image-desc` captions, `<h3>`, lists | last right-aligned `<p>`: part of the text; "Bài và ảnh: X" -> X; none -> null |
| generic (`lmhtx-yenbai`, no selectors) | `h1.post-title` | `div.post-excerpt` before the body | `div.post-content`: paragraphs, `<figcaption>`, `<h2>`, `<ol>` items | last `<p class="author">`: part of the text, and the author unless an office ("Đăng bởi: quantri" at the top is the CMS account, never the author) |
| generic (`lmhtx-khanhhoa`, no selectors) | `h1.c_14` (under the date line "15:20 &#124; 12-03-2024") | first `<p class="c_18"><strong>` of the body (when present) | `div.c_16`: paragraphs, `<span>` captions in the photo's `<div>`, `<h4>`, lists | "Tác giả: X" line above the body: author `X` only, not text |
| generic (`lmhtx-quangtri`, no selectors) | `h1.article__title` | `p.article__sapo` before the body | `div.article__body`: paragraphs, `div.photo__caption` captions, `<h3>`, lists; a document's lines | last `<p class="article__author">`: part of the text, and the author; none -> null (JSON-LD then names the Organization, the site) |
| generic (`lmhtx-namdinh`, portlets, no selectors) | `h1.tieu-de` in the article's portlet (the portlet title is the category) | `<p class="sapo"><b>` first in the body | `div.noi-dung`: paragraphs, `p.chuthich` captions, bold `<p>` headings, "- " paragraphs | last right-aligned `<p>`: part of the text; author except "Nguồn: …" |
| generic (`lmhtx-quangbinh`, NukeViet-like tables, no selectors) | `td.title_detail` (bold, no heading) | italic `td.hometext` before the content cell | `td.content_detail`: paragraphs, `<br><i>` captions, "- " paragraphs; a document's lines | last right-aligned `<div>`: part of the text, and the author (a document's signer: text, not author) |
| generic (`lmhtx-cantho`, WordPress, no selectors) | `h1.entry-title` | none | `div.td-post-content` **minus** the inline "Tin liên quan:" box between its paragraphs: paragraphs, `<figcaption>`, `<h4>`, lists, "- " paragraphs | last right-aligned `<p>`: part of the text, and the author unless it names an office; none -> null. No date on the page: the URL's day, midnight |
| generic (`lmhtx-soctrang`, SharePoint section, no selectors) | the title field `div.st-title` (the `<h1>` is the section's name) | bold field `div.st-sapo` before the body | the rich-text field: `p.ms-rteElement-P` paragraphs, centred `<em>` captions, `<h3>`, lists; a document's lines | "Tác giả" row of the field table after the body: author only, not text (the date is its "Ngày đăng" row) |
| generic (`lmhtx-laichau`, no selectors) | `h1.tieu-de-chi-tiet` (time line "Ngày đăng: 7/16/2024 3:20:45 PM", month first, under it) | bold `div.tom-tat` before the body | `div.noi-dung-chi-tiet`: paragraphs, `<br><em>` captions in the photo's `<p>`, bold `<p>` headings, lists | last right-aligned `<p>`: part of the text; "Bài, ảnh: X" / "Ảnh: X" -> X; "Nguồn: …" is no author |

Photo captions are lines of the text (short ones); photos without captions add nothing. Lists:
one line per `<li>`. "- " paragraphs (seed style) keep their dash. A data table: one line per row,
its cells between " | " (`| STT | Sản phẩm | … |`), without the rule under its header.
"""


def render(sites: list[SiteBuild]) -> str:
    listed = [s for s in sites if s.registry]
    out = [INTRO.format(n_sites=len(listed), n_articles=sum(len(s.articles) for s in listed))]
    out.append("## Sites\n")
    out.append("| site | family | province | HTML pages | files | articles | non-articles | never fetched | errors |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for s in sites:
        out.append(f"| `{s.id}` | {s.family} | {s.province} | {len(s.html_pages)} | {len(s.files)} | "
                   f"{len(s.articles)} | {len(s.non_articles)} | {len(s.never_fetched)} | {len(s.errors)} |")
    total_pages = sum(len(s.html_pages) for s in sites)
    out.append(f"| **total** | | | {total_pages} | {sum(len(s.files) for s in sites)} | "
               f"{sum(len(s.articles) for s in sites)} | {sum(len(s.non_articles) for s in sites)} | "
               f"{sum(len(s.never_fetched) for s in sites)} | {sum(len(s.errors) for s in sites)} |\n")
    out.append("`offsite` is not in `sites.yaml`; every outside link of the other sites points at it.\n")
    out.append("## Traps\n")
    out.append("| site | trap | URL |")
    out.append("|---|---|---|")
    for s in sites:
        for t in s.traps:
            out.append(f"| `{s.id}` | {t.what.replace('|', '&#124;')} | `{t.path}` |")
    out.append("")
    return "\n".join(out) + "\n"
