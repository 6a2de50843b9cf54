"""Which registry site and CMS family a page belongs to, for `lmhtx extract` on a loose file."""

from __future__ import annotations

from .families import FAMILIES, Rules, rules_for, rules_for_site
from .links import on_site
from .urls import host_of

_GENERATORS = {
    "wordpress": "wordpress", "nukeviet": "nukeviet", "joomla": "joomla", "sharepoint": "sharepoint",
    "liferay": "liferay", "dotnetnuke": "dnn", "dnn platform": "dnn",
}


def site_for_url(url: str | None, sites) -> object | None:
    if not url:
        return None
    host = host_of(url)
    for site in sites:
        if on_site(host, site.allowed_domains):
            return site
    return None


def guess_family(doc) -> str:
    """From <meta name=generator>, else the first family whose title and body selectors
    both match the page."""
    for content in doc.xpath("//meta[translate(@name,'GENRATO','genrato')='generator']/@content"):
        for needle, family in _GENERATORS.items():
            if needle in content.lower():
                return family
    for name in FAMILIES:
        if name == "generic":
            continue
        rules = rules_for(name)
        if rules.title is not None and rules.body is not None and rules.title(doc) and rules.body(doc):
            return name
    return "generic"


def rules_for_page(doc, site=None) -> Rules:
    return rules_for_site(site) if site is not None else rules_for(guess_family(doc))
