"""A site's URL shapes, learned from pages whose content said what they were.

Portals use URL shapes no rule anticipates (`/431/vn/38292`, `/<slug>.126`,
`/Article/<id@>/<slug>.html`), so a URL never decides what a page is: extraction does, from
the page. What it decided is remembered by path template, and a link of a template that has
given articles is then treated as an article link: fetched first, and counted when a nightly
run asks whether a listing holds anything new. Hand-written: the templates are a few regexes,
and the point is that they are learned per site, not configured.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

from .urls import path_and_query

_SEGMENT = re.compile(r"^(?P<stem>.*?)(?P<id>[.-]\d+)?(?P<ext>\.[A-Za-z][A-Za-z0-9]{1,4})?$")
_WORDS = re.compile(r"[-_+ ]+")
_DIGITS = re.compile(r"\d+")
_OPAQUE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9=@%~]{8,}$")

MIN_SEEN = 2  # confirmed pages of a template before it says anything
MIN_SHARE = 0.75  # share of them that must agree


def _token(segment: str) -> str:
    m = _SEGMENT.match(unquote(segment))
    stem, ident, ext = m.group("stem"), m.group("id"), (m.group("ext") or "").lower()
    if not stem and ident:  # "/2024" or "/38292": the whole segment is a number
        return "<n>" + ext
    if stem.isdigit():
        tok = "<n>"
    elif len(_WORDS.split(stem)) >= 3 or len(stem) > 30:
        tok = "<slug>"
    elif _OPAQUE.match(stem):
        tok = "<id>"
    else:
        tok = _DIGITS.sub("0", stem)
    return tok + (ident[0] + "<n>" if ident else "") + ext


@lru_cache(maxsize=65536)
def template(url: str) -> str:
    """`http://h/431/vn/38292` → `/<n>/vn/<n>`; `/tin-tuc/ho-tro-htx-ocop-1250.html` →
    `/tin-tuc/<slug>-<n>.html`; query values become `<v>` (names are kept, sorted)."""
    parts = urlsplit(url)
    path = "/".join(_token(s) if s else "" for s in parts.path.split("/")) or "/"
    names = sorted({k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return path + ("?" + "&".join(names) if names else "")


@lru_cache(maxsize=65536)
def identity(url: str) -> str | None:
    """The part of an article URL that names the article when a segment carries its id and
    another only repeats its title: `/Article/aWQ9MjQzNg@/<any slug>.html` → `/Article/aWQ9MjQzNg@/*`.
    None when no segment is an id (the slug may then be the only identity)."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    tokens = [_token(s) for s in segments]
    if not any(t.startswith("<slug>") for t in tokens):
        return None
    if not any(t in ("<n>", "<id>") or t.startswith(("<n>.", "<id>.")) for t in tokens):
        return None
    kept = ["*" if t.startswith("<slug>") and "<n>" not in t else s for s, t in zip(segments, tokens)]
    return f"{parts.netloc}/{'/'.join(kept)}" + (f"?{parts.query}" if parts.query else "")


_ID = re.compile(r"(?<![\d.])\d{3,}(?!\d|\.\d)")  # "-1250.html" names 1250; "1.2.345" nothing
_SLUG_PART = re.compile(r"[^\W_]{1,15}")  # a word (an opaque state token is longer), its letters marked or not
SLUG_WORDS = 4


# a document's hexadecimal id: Lotus Domino's 32-digit UNID, a GUID (letters and digits both)
_HEX_ID = re.compile(r"(?i)(?<![0-9a-f-])(?=[0-9a-f-]*[a-f])(?=[0-9a-f-]*\d)[0-9a-f]{8}(?:-?[0-9a-f]{4}){3}-?[0-9a-f]{12}"
                     r"(?![0-9a-f-])")


# e107's dotted query: "news.php?extend.214", "?item.214.2" (its comments), "print.php?news.96"
_DOTTED_ID = re.compile(r"\?[a-z]+\.(\d+)(?:\.\d+)*$")
_SHORT_ID_PARAM = re.compile(r"(?i)[?&;](?:id|p|post|postid|articleid|nid|newsid|itemid|aid)=(\d{1,2})(?=[&#;]|$)")
_SHORT_ID_SEGMENT = re.compile(r"/(\d{1,2})(?:-[^/]*|\.[a-z]{2,5})?/?$")


def ids(url: str) -> set[str]:
    """The numbers of three digits or more in an address's path and query but years (a date
    path's "2024" names no article), the number a dotted query names ("?extend.96"), a young
    site's shorter number where only an id stands (an id parameter's value, "?id=41"; the last
    segment's own number, "/post/41.html", "/blog/43-<alias>.html"), and its hexadecimal document
    ids: its ids."""
    where = path_and_query(url)
    found = {n for n in _ID.findall(where) if not (len(n) == 4 and 1990 <= int(n) <= 2099)}
    found.update(_DOTTED_ID.findall(where))
    found.update(_SHORT_ID_PARAM.findall(where))
    if m := _SHORT_ID_SEGMENT.search(urlsplit(url).path):
        found.add(m.group(1))
    written = _HEX_ID.findall(where)
    # the digits inside a hexadecimal id, as written (a GUID's "-3837-"), are not numbers of their own
    return (found - {n for h in written for n in _ID.findall(h)} | {h.replace("-", "").lower() for h in written}) \
        if written else found


_NOT_SLUG = re.compile(r"[^\w-]+")
_SLUG_JOINER = re.compile(r"[-_]")  # (hyphens, or underscores: Ektron's "/Tin-tuc/HTX_Nong_nghiep_Hoa_Tien.aspx")


def slug(url: str, words: int = SLUG_WORDS) -> str | None:
    """The article's slug an address names (its longest run of `words` words or more joined by
    hyphens or underscores, in its path or its query's values; a category's name is shorter): a portal's
    "…/!ut/p/z1/<state>/?urile=wcm:path:/lmhtx/tin-tuc/<slug>" and its clean
    "/wps/wcm/connect/lmhtx/tin-tuc/<slug>" name one article."""
    # (Django's and Mezzanine's slugs keep Vietnamese letters: "/blog/ra-mắt-htx-nông-nghiệp-sạch-phước-dinh/")
    slugs = [token.replace("_", "-") for token in _NOT_SLUG.split(unicodedata.normalize("NFC", unquote(path_and_query(url))).lower())
             if len(parts := _SLUG_JOINER.split(token)) >= words and all(_SLUG_PART.fullmatch(p) for p in parts)
             and not _HEX_ID.fullmatch(token)  # (a GUID's groups are no words)
             and not all(p.isdigit() for p in parts)]  # (nor a date's and an id's numbers: uCoz's "2025-03-04-39")
    return max(slugs, key=len, default=None)


def same_article(a: str, b: str, *, same_text: bool = False) -> bool:
    """Whether two addresses of one text name one article: the same id; else, unless they name
    two different ids (the same text posted twice is two articles), the same slug, or one
    names it by id and the other by slug (TYPO3's "?tx_news_pi1[news]=812" and its speaking
    "/tin-tuc/chi-tiet/<slug>"), or (`same_text`: the very text, not a title and date alike)
    neither names a slug (Coppermine's photo at "?pos=-36" and "?album=5&pid=36"); or one's
    query holds the other's and more (the listing's page carried into the link: CMSimple_XH's
    "?Tin-tuc&realblog_id=2&realblog_page=2")."""
    ids_a, ids_b = ids(a), ids(b)
    if ids_a & ids_b or _within_query(a, b):
        return True
    if ids_a and ids_b:
        return False
    slug_a, slug_b = slug(a), slug(b)
    return slug_a == slug_b if slug_a and slug_b else bool(slug_a or slug_b) or same_text


def _within_query(a: str, b: str) -> bool:
    """Whether the two addresses share their path, and one's query parameters are all the other's."""
    parts_a, parts_b = urlsplit(a), urlsplit(b)
    if (parts_a.netloc, parts_a.path) != (parts_b.netloc, parts_b.path) or not (parts_a.query and parts_b.query):
        return False
    query_a = set(parse_qsl(parts_a.query, keep_blank_values=True))
    query_b = set(parse_qsl(parts_b.query, keep_blank_values=True))
    return query_a < query_b or query_b < query_a


class UrlShapes:
    """Per site: what pages of each template turned out to be. Kept over the nights (the
    archive stores `to_json`): a nightly run fetches few article pages, since the archive holds
    them, yet must still know its listings' article links to tell whether they hold news."""

    def __init__(self, stored: dict[str, dict[str, int]] | None = None) -> None:
        self.seen: dict[str, Counter[str]] = {t: Counter(kinds) for t, kinds in (stored or {}).items()}
        self._stored = {t: Counter(c) for t, c in self.seen.items()}
        self._night: dict[str, Counter[str]] = {}

    def to_json(self) -> dict[str, dict[str, int]]:
        """Each template's counts: the most any night saw of each kind. Not the sum: listings are
        read every night and articles once, so sums would drift towards listing."""
        return {t: dict(c) for t, c in sorted(self.seen.items())}

    def saw(self, url: str, kind: str) -> None:
        """`kind` as extraction decided it: article, listing, page, stub (gone pages say nothing)."""
        if kind in ("article", "listing", "page", "stub"):
            tmpl = template(url)
            night = self._night.setdefault(tmpl, Counter())
            night[kind] += 1
            seen = self.seen.setdefault(tmpl, Counter())
            seen[kind] = max(night[kind], self._stored.get(tmpl, Counter())[kind])

    def kind(self, url: str) -> str | None:
        """"article" or "listing" when the template's pages agree on it, else None (no opinion)."""
        return self.kind_of_template(template(url))

    def article_templates(self) -> list[tuple[str, int]]:
        """Templates that give articles, most pages first (for `lmhtx sites add`)."""
        return sorted(((t, c["article"]) for t, c in self.seen.items() if self.kind_of_template(t) == "article"),
                      key=lambda tc: -tc[1])

    def kind_of_template(self, tmpl: str) -> str | None:
        counts = self.seen.get(tmpl)
        if not counts:
            return None
        kind, n = counts.most_common(1)[0]
        return kind if kind in ("article", "listing") and n >= MIN_SEEN and n >= MIN_SHARE * sum(counts.values()) else None
