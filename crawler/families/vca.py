"""vca.org.vn, the national alliance's own CMS: `/<slug>-a<id>.html`, categories `-c<id>.html`."""

from .base import Family


class Vca(Family):
    name = "vca"
    article_urls = (r"-a\d+\.html$",)
    listing_urls = (r"-c\d+\.html(\?.*)?$", r"-c\d+/")
    deny_urls = (r"(?i)/frontend/home/search",)
    title = ("h1.title-detail", ".detail h1")
    lead = (".sapo-detail", ".detail .sapo")
    date = (".date-detail", ".detail .time")
    body = (".content-items", ".detail-content")
    author = (".author-detail", ".content-items .author")
    listing_links = (".title-5 a", ".item h3 a")
    pagination = (".pagination a", ".paging a")
    remove = (".tin-lien-quan", ".box-tinlienquan")
