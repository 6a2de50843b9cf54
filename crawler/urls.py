"""URL canonicalisation: variants of one article collapse to one URL and one key."""

import re
from functools import lru_cache
from urllib.parse import parse_qsl, quote, quote_plus, unquote, unquote_plus, urlencode, urljoin, urlsplit, urlunsplit

from .text import names_alliance, nfc

# Query parameters that never change the page: tracking, print and share variants, and a
# comment put in focus (WordPress' "replytocom", Confluence's "focusedCommentId", Blogger's
# "showComment": the article with its comments, one of them scrolled to).
DROP_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|zarsrc|zalo_\w*|_ga|mc_cid|mc_eid|ref|"
    r"share|print|amp|phpsessid|jsessionid|aspxautodetectcookiesupport|replytocom|focusedcommentid|showcomment|"
    # Oracle ADF's (WebCenter Portal's) window and session state in every link
    r"_adf\.ctrl-state|_afrloop|_afrwindowmode|_afrwindowid)$",
    re.I,
)
# A session named "sid" (phpBB's "sid=3f2a…", 32 hex digits): no page of its own; a short number so
# named is the page's story (PHP-Nuke's "modules.php?name=News&file=article&sid=137").
_SESSION_ID = re.compile(r"^[0-9A-Za-z]{16,}$")
# A value that is a mailing's merge tag left unfilled ("?e=[UNIQID]", "*|UNIQID|*", "{{id}}",
# "%%user%%"): a campaign's web copy linked with its subscriber's slot empty, the same page.
_UNFILLED_TAG = re.compile(r"^(?:\[[A-Z_]+\]|\*\|[A-Z_:]+\|\*|\{\{[^{}]*\}\}|%%[^%]+%%)$")
# A photo's, a video's or a sound's own address (a gallery's lightbox link): a file, no page.
MEDIA_FILE = re.compile(r"(?i)\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|mp4|webm|mp3)(?:[?#]|$)")
# A writer's or an account's own page ("/author/bientap/", "/blog/author/lien-minh-htx"): the
# poster's archive, no article.
# (a forum's member by its script: phpBB's "memberlist.php?mode=viewprofile&u=61", vBulletin's
# "member.php?u=12", SMF's "index.php?action=profile;u=3")
# (a user by its id in a script's query: XOOPS' "userinfo.php?uid=3" and "newsbythisauthor.php?uid=3",
# e107's "user.php?id.3")
# (diaspora*'s "/people/<guid>" too)
ACCOUNT_PAGE = re.compile(r"(?i)/(?:author|authors|tac-gia|profile|user|users|members?|people)/|[?&]author="
                          r"|/(?:member(?:list)?\.php\?|profile\.php\?lookup=\d)"  # (PHP-Fusion's profile.php)
                          r"|[?&;](?:mode=viewprofile|action=profile)\b"
                          r"|[?&](?:uid|userid|user_id)=\d|/user(?:info)?\.php\?|(?:^|/)space-uid-\d")  # (Discuz's)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = ":/@!$'()*,;"


# A servlet container's session in the path ("/tin-tuc/a.html;jsessionid=9A8B…"): one page.
_PATH_SESSION = re.compile(r"(?i);jsessionid=[^/?#]*")


def _clean_query(query: str) -> str:
    """The query without tracking and session parameters. A bare word stays bare (Domino's
    "?OpenDocument", which "?OpenDocument=" is not to its server)."""
    out = []
    for part in query.split("&"):
        key, eq, value = part.partition("=")
        key = unquote_plus(key)
        if not part or DROP_PARAMS.match(key) or _UNFILLED_TAG.match(unquote_plus(value)) \
                or (key.lower() == "sid" and _SESSION_ID.match(value)):
            continue
        out.append(urlencode([(key, unquote_plus(value))], safe=_SAFE_QUERY) if eq else quote_plus(key, safe=_SAFE_QUERY))
    return "&".join(out)


def canonical_url(url: str, *, base: str | None = None) -> str:
    return _canonical(urljoin(base, url) if base else url)


# Memoised: a crawl meets the same menu, sidebar and related-news links on every page.
@lru_cache(maxsize=65536)
def _canonical(url: str) -> str:
    """The URL without fragment, tracking and print parameters, with a lowercase host
    and no default port. Path and its trailing slash are kept as the site wrote them,
    since that is the address people open."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    # Quote only what is unsafe: the site's own percent-encoding (even of NFD slugs) is
    # the address its server answers to, so it is kept byte for byte.
    path = quote(_PATH_SESSION.sub("", parts.path) or "/", safe=_SAFE_PATH)
    # A query's ":" "/" "@" "," (Joomla's "id=498:slug") are allowed there: kept as written.
    query = _clean_query(parts.query)
    return urlunsplit((scheme, host, path, query, ""))


_FRONT_CONTROLLER = re.compile(r"^/index\.php/", re.I)


def behind_front_controller(url: str) -> bool:
    """Whether an address reaches its page through a PHP front controller ("/index.php/archives/98/"),
    a page `url_key` takes for the one without it."""
    return _FRONT_CONTROLLER.match(urlsplit(url).path) is not None


@lru_cache(maxsize=65536)
def url_key(url: str) -> str:
    """Identity of an article URL: canonical, scheme-less, without trailing slash,
    query sorted. `/a/` and `/a`, http and https, `?print=1` all give one key."""
    parts = urlsplit(canonical_url(url))
    path = quote(nfc(unquote(parts.path)), safe=_SAFE_PATH).rstrip("/") or "/"
    path = re.sub(r"/(index|default)\.(html?|php|aspx?)$", "", path, flags=re.I) or "/"
    path = _FRONT_CONTROLLER.sub("/", path, count=1)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"{parts.netloc}{path}" + (f"?{query}" if query else "")


def path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


@lru_cache(maxsize=65536)
def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


# The parameters naming a part of an article split over pages (Joomla's limitstart, a news
# CMS's page): not "p" (WordPress's "?p=123" names a post) nor "start" (Joomla's category pages).
PART_PARAMS = frozenset(("limitstart", "page", "trang", "pg", "pageindex", "paged", "showall"))
_PART_PARAM = re.compile(r"(?i)[?&](" + "|".join(PART_PARAMS) + r")=")


def address_on_host(href: str, url: str, base: str) -> str | None:
    """`href` as an address (relative to `base`, the page's base) on the host of `url`, the page
    naming it, cleaned as `canonical_url` cleans it; None for another host's or a non-web link."""
    target = canonical_url(href, base=base)
    return target if host_of(target) == host_of(url) and target.startswith("http") else None


def article_address(url: str) -> str:
    """The key of an article's address without the part it shows (`url_key` without page
    parameters): every part of a split article has the same."""
    parts = urlsplit(canonical_url(url))
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not part_param(k, v)])
    return url_key(urlunsplit((parts.scheme, parts.netloc, parts.path, query, "")))


def part_param(name: str, value: str) -> bool:
    """Whether a query parameter names the part of an article a page shows: a page parameter with
    a number ("page=2") or none (Joomla's first part, "showall=&limitstart="), or "showall";
    Pluck's "page=viewpost" names a view, no part."""
    name, value = name.lower(), value.strip()
    return name in PART_PARAMS and (name == "showall" or not value or value.isdigit())


def names_a_part(href: str) -> bool:
    """Whether a link's address carries a page parameter (cheap: no parsing)."""
    return bool(_PART_PARAM.search(href))


def on_site(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def in_sections(path: str, sections: tuple[str, ...]) -> bool:
    """Whether a URL path lies in one of `sections` (path prefixes, whole segments, lowercase),
    or holds a section's last segment where that names the alliance: the alliance's own pages
    that its software serves at another path (Sakai's site "/portal/site/lmhtx-hanam", its
    announcements "/access/announcement/msg/lmhtx-hanam/…"). Any path when there are none."""
    if not sections:
        return True
    path = unquote(path).lower()
    if any(path == s or path.startswith(s + "/") for s in sections):
        return True
    segments = path.split("/")
    return any((last := s.rsplit("/", 1)[-1]) in segments and names_alliance(last) for s in sections)


# A link's href to the site's front page ("/", "index.php", an absolute root): its logo's, its name's.
HOME_HREF = re.compile(r"(?i)^(?:https?://[^/]+)?/?(?:(?:index|default|home)\.(?:html?|php|aspx?))?$")
