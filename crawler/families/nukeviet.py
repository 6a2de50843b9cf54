"""NukeViet 4 (Nghệ An, Quảng Bình): `/vi/news/<cat>/<slug>-<id>.html` and the unrewritten
`index.php?language=vi&nv=news&op=<cat>/<slug>-<id>.html`."""

from .base import Family


class NukeViet(Family):
    name = "nukeviet"
    article_urls = (r"^(/vi)?/[\w-]+/[\w-]+/[\w-]+-\d+\.html$", r"[?&]op=[\w-]+/[\w-]+-\d+\.html",
                    r"^/vi/[\w-]+/[\w-]+\.html$")
    listing_urls = (r"^(/vi)?/news/[\w-]+/?$", r"/page-\d+/?$", r"^(/vi)?/news/?$", r"[?&]op=[\w-]+(&|$)")
    deny_urls = (r"(?i)/(users|rss|print|sendmail|search|seek)/", r"(?i)[?&]nv=(users|seek|feeds)",
                 r"(?i)[?&]op=(print|sendmail|rss)")
    title = (".news_column h1", "h1.title")
    lead = (".news_column .hometext",)
    date = (".news_column span.h5", ".news_column .time")
    body = ("#news-bodyhtml", ".bodytext")
    author = (".news_column .text-right strong", ".news_column .author")
    listing_links = (".news_column h3 a", ".news_column h2 a")
    pagination = (".pagination a",)
