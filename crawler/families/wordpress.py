"""WordPress and WordPress-like portals (Đắk Nông, Cần Thơ, An Giang): `/YYYY/MM/DD/<slug>/`."""

from .base import Family


class WordPress(Family):
    name = "wordpress"
    article_urls = (r"^/\d{4}/\d{2}/\d{2}/[^/?]+/?$", r"^/\?p=\d+$", r"^/[^/?]+/?$")
    listing_urls = (r"^/(category|tag|author|chuyen-muc)/", r"/page/\d+/?$", r"^/\d{4}/(\d{2}/)?$")
    deny_urls = (r"(?i)^/wp-(admin|login|json|content|includes)", r"(?i)/feed/?$", r"(?i)/trackback/?$",
                 r"(?i)/(embed|amp)/?$", r"(?i)^/\?s=")
    title = ("h1.entry-title", "article h1", ".post-title h1")
    date = ("time.entry-date.published", "time.entry-date", ".posted-on time", ".entry-meta time")
    body = (".entry-content", ".post-content", "article .content")
    author = (".entry-meta .author .fn", ".byline .author a", ".author-name")
    listing_links = ("h2.entry-title a", "h3.entry-title a", ".post-title a")
    pagination = (".nav-links a", ".pagination a")
    remove = (".sharedaddy", ".jp-relatedposts", "#comments", ".comments-area", ".post-navigation",
              ".wp-block-latest-posts", ".entry-footer", ".yarpp-related")
