"""The provincial-portal family (Thái Bình, Lai Châu, Ninh Bình): `/<section>/<slug>-<id>.html`,
listings `/<section>.htm` and `/<section>/page-N.htm`."""

from .base import Family


class Portal(Family):
    name = "portal"
    article_urls = (r"^/[\w-]+/[\w-]+-\d+\.html$",)
    listing_urls = (r"^/[\w-]+\.htm$", r"/page-\d+\.htm$")
    title = ("h1.news-title", ".news-detail h1", "h1.title")
    date = ("div.news-date", ".news-detail .date", ".detail-date")
    body = (".news-content", ".news-detail .content", ".detail-content")
    author = (".news-author", ".author")
    listing_links = (".news-item a.title", ".news-list a.title")
    pagination = (".pagination a", ".paging a")
    remove = (".rating", ".poll", ".weather", ".counter", ".news-other", ".box-right")
