"""SharePoint-style government portals: `/<section>/Pages/<page>.aspx?ItemID=<n>`."""

from .base import Family


class SharePoint(Family):
    name = "sharepoint"
    article_urls = (r"(?i)/Pages/[\w-]+\.aspx\?(.*&)?ItemID=\d+",)
    listing_urls = (r"(?i)/Pages/default\.aspx",)
    deny_urls = (r"(?i)/_layouts/", r"(?i)/(Lists|SiteAssets|Style Library)/", r"(?i)/Pages/tim-?kiem",
                 r"(?i)[?&]k=")
    title = ("h1.title-news", ".news-detail h1", ".ms-rtestate-field h1")
    lead = (".summary-news", ".news-detail .summary")
    date = (".date-news", ".news-detail .date")
    body = (".content-news", ".news-detail .content")
    author = (".author-news",)
    listing_links = (".news-list a.title", ".list-news a")
    pagination = (".paging a", ".pagination a")
