"""Guesses from a page: which registry site and CMS family it belongs to (for `lmhtx extract`
on a loose file), and a new portal's name, province and registry id (for `lmhtx sites add`)."""

from __future__ import annotations

import ipaddress
import re

from . import provinces
from .families import FAMILIES, Rules, rules_for, rules_for_site
from .metadata import meta
from .text import TITLE_SEPARATORS, clean_line, fold
from .urls import host_of, on_site

_PROVINCE_PREFIX = re.compile(r"\b(?:tinh|thanh pho|tp)\b\.?\s*")
_ALLIANCE = re.compile(r"lien minh|hop tac xa|\bhtx\b")
_GENERIC_LABELS = {"www", "vn", "gov", "com", "org", "net", "edu", "info", "biz", "int"}
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


# -- what a portal's start page says about it: name, province, a registry id -------------------

def _heading(doc) -> str | None:
    for el in doc.xpath("//h1 | //h2 | //h3"):
        text = clean_line(el.text_content())
        if text:
            return text
    return None


def _site_texts(doc) -> list[str]:
    """<title>, og:site_name and the first heading: where a portal names itself."""
    return [t for t in (clean_line(doc.findtext(".//title") or ""), meta(doc, "og:site_name"), _heading(doc)) if t]


def guess_name(doc) -> str | None:
    """The site's name: og:site_name, else the part of <title> or the first heading that names
    an alliance ("Liên minh HTX tỉnh X"), else the longest part of <title>."""
    if site_name := meta(doc, "og:site_name"):
        return site_name
    title = clean_line(doc.findtext(".//title") or "")
    candidates = [p.strip() for t in (title, _heading(doc) or "") for p in TITLE_SEPARATORS.split(t) if p.strip()]
    for part in candidates:
        if _ALLIANCE.search(fold(part)):
            return part
    parts = [p for p in TITLE_SEPARATORS.split(title) if p.strip() and fold(p.strip()) != "trang chu"]
    return max(parts, key=len).strip() if parts else None


def guess_province(doc) -> str | None:
    """The province slug a portal names in its <title>, og:site_name or first heading:
    "tỉnh X", "thành phố X", "TP. X" matched against the provinces' names and aliases
    (no diacritics), else a part of those texts that is a name or alias itself
    ("Liên minh Hợp tác xã Việt Nam": national)."""
    texts = _site_texts(doc)
    for text in texts:
        folded = fold(text)
        for m in _PROVINCE_PREFIX.finditer(folded):
            words = re.findall(r"[a-z0-9]+", folded[m.end():])[:5]
            for n in range(len(words), 0, -1):
                if found := _province(" ".join(words[:n])):
                    return found
    for text in texts:
        for part in TITLE_SEPARATORS.split(text):
            if len(part.strip()) >= 3 and (found := _province(part.strip())):
                return found
    return None


def _province(text: str) -> str | None:
    try:
        return provinces.lookup(text).slug
    except KeyError:  # UnknownProvince
        return None


def derive_id(url: str, province: str, taken: set[str]) -> str:
    """The host without www and generic labels (gov, vn, org, …), slugified; for an IP address
    `lmhtx-<province>`; made unique among `taken` with -2, -3, …"""
    host = host_of(url)
    try:
        ipaddress.ip_address(host)
        labels = []
    except ValueError:
        labels = [label for label in host.split(".") if label not in _GENERIC_LABELS]
    base = re.sub(r"[^a-z0-9]+", "-", fold("-".join(labels))).strip("-") or "lmhtx-" + province.replace("-", "")
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
