"""Families seen in portals.md but without sample sites yet; their rules follow the CMS's
stock templates and are to be confirmed by `lmhtx sites check` on a networked run."""

from .base import Family


class Joomla(Family):
    name = "joomla"
    article_urls = (r"/\d+-[\w-]+\.html$", r"option=com_content.*view=article")
    listing_urls = (r"option=com_content.*view=(category|featured)", r"[?&]start=\d+")
    title = (".item-page h1", ".item-page h2", ".page-header h2")
    date = (".article-info .published time", "dd.published", ".create")
    body = ("[itemprop=articleBody]", ".item-page")
    author = (".createdby",)
    listing_links = (".blog h2 a", ".items-row h2 a")
    pagination = (".pagination a",)


class Liferay(Family):
    name = "liferay"
    article_urls = (r"/-/view_content/content/\d+", r"/chi-tiet-tin/-/tin-tuc/", r"/-/asset_publisher/.+/content/")
    title = (".header-title", ".asset-title", "h3.title", ".title-news")
    date = (".publish-date", ".date-news", ".date")
    body = (".journal-content-article", ".asset-content", ".content-news")
    author = (".author", ".tac-gia")


class Dnn(Family):
    name = "dnn"
    article_urls = (r"(?i)/ItemID/\d+/View/Details\.aspx", r"(?i)/tabid/\d+/.*ArticleId/\d+")
    title = (".title_detail", ".news-title", ".edn_articleTitle", "h1")
    date = (".news-date", ".edn_metaDetails time", ".date")
    body = (".news-content", ".edn_articleContent", ".content")


class AspNet(Family):
    name = "aspnet"
    article_urls = (r"^/\d+/\d+/\d+/\d+/[\w-]+/[\w-]+\.aspx$",)
    title = (".title", ".tieude", "h1")
    date = (".date", ".ngay")
    body = (".content", ".noidung", ".chitiet")
