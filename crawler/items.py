"""The one item the crawl produces: an article of one portal."""

import scrapy


class ArticleItem(scrapy.Item):
    url = scrapy.Field()  # the URL as fetched (after redirects)
    canonical_url = scrapy.Field()  # normalised URL; the article's identity on its site
    site = scrapy.Field()  # registry id
    province = scrapy.Field()  # slug as published (pre- or post-2025), "vn" for the national portal
    province_today = scrapy.Field()  # rolled up to the 34 post-2025 provinces
    title = scrapy.Field()
    text = scrapy.Field()  # article text, paragraphs separated by "\n"
    published = scrapy.Field()  # ISO 8601 with +07:00, or None
    published_source = scrapy.Field()  # metadata | date-element | url | listing | text | document
    published_missing = scrapy.Field()  # why `published` is empty (None when it is set)
    listing_date = scrapy.Field()  # the date a listing or feed printed beside the link, as printed
    author = scrapy.Field()
    language = scrapy.Field()
    doc_number = scrapy.Field()  # "04/KH-LMHTX" for official documents
    attachments = scrapy.Field()  # [{"url": ..., "text": ..., "type": "pdf"}]
    fetched_at = scrapy.Field()  # ISO 8601, Asia/Ho_Chi_Minh
    content_hash = scrapy.Field()  # sha256 of title + text: changes when the article changes
    fingerprint = scrapy.Field()  # shared by syndicated copies of one article across portals
    family = scrapy.Field()  # CMS family whose rules extracted it
