"""The article's title: the heading the page's <title>, og:title or JSON-LD headline names,
else those without the site's part, else the title-like element just above the article's first
prose; never the site's own name (a logo in an h1, the alliance's name as meta author) nor a
navigation path (a DotNetNuke skin titles every page "Site > Section > Subsection").
`is_site_name` is also what keeps the site out of the author."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from . import provinces
from .dates import is_age_line, is_date_line, is_field_line, precedes
from .families import Rules
from .metadata import jsonld_article, meta
from .parsing import BADGE_WORDS, first_of, hidden_elements, text_of, without_badge
from .text import DOC_NUMBER, TITLE_SEPARATORS, VIETNAMESE_LETTER, clean_line, fold
from .urls import HOME_HREF, url_key

_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—]{3,80}$")
# every heading level: a CMS may title its post in an h4 under the section's h1 (CMSimple_XH's Realblog)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_X_HEADLINES = etree.XPath("//@itemprop[. = 'headline']/parent::*")


def _headings(doc) -> list:
    """Headings and schema.org headlines, in page order (lxml's tag walk runs in C; one XPath
    union of the four cost twice as much)."""
    out = list(doc.iter(*_HEADING_TAGS))
    if extra := [el for el in _X_HEADLINES(doc) if el.tag not in _HEADING_TAGS]:
        order = {el: i for i, el in enumerate(doc.iter())}
        out = sorted(out + extra, key=order.__getitem__)
    if hidden := hidden_elements(doc):
        # (not shown: no title; Carrd serves every section on every page, all but one hidden)
        out = [h for h in out if h not in hidden and hidden.isdisjoint(h.iterancestors())]
    return out


def _links_home(h, text: str) -> bool:
    """A heading that is one link to the site's front page: the logo's, the site's name (a
    blog's <h1> over every page), never an article's title."""
    anchors = list(h.iter("a"))
    return len(anchors) == 1 and bool(HOME_HREF.match((anchors[0].get("href") or "#").strip())) \
        and text_of(anchors[0]) == text


_CRUMB = re.compile(r"\s+(?:[>›»]|::)\s+")  # (phpBB's and Phorum's "Forum :: Section :: Topic")
_BACK_CRUMB = re.compile(r"\s+[<‹«]\s+")
HEAD_CHARS = 20  # the start of a <title> names the article's element only when this long
TITLE_MIN_WORDS = 6  # the last part of a navigation path is the article's title only when this long
# ("portlet-section-header": the portlet standard's (JSR 168) class of a portlet's heading, an
# article's title in a Java portal's news portlet)
_TITLE_HINT = re.compile(r"(?i)title|tieu-?de|tieude|headline|heading|section-header")
_NO_TITLE_TAGS = frozenset(("html", "head", "body", "title", "meta", "script", "style", "noscript", "a", "option",
                            "select", "button", "form", "input", "label", "img", "link"))
PROSE_OWN_CHARS = 80  # an element whose own text is this long, in twelve words or more, is prose
TITLE_GAP_CHARS = 400  # at most this much text (a date line, a byline) between the title and the prose
# The alliance's own name (or its fund's, advisory centre's, bulletin's) as a heading or meta author,
# read without diacritics (an old site's <title> has none): the site, never a title or an author.
# After the name, where it is: nothing, "tỉnh"/"thành phố", a province's name (a title such as
# "Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024" is news, not the name).
_ORG_NAME = re.compile(
    r"^(cong\s+thong\s+tin\s+dien\s+tu\s+)?(lien\s+minh\s+(htx|hop\s+tac\s+xa)|lmhtx"
    r"|quy\s+ho\s+tro\s+phat\s+trien\s+(htx|hop\s+tac\s+xa)"
    # its advisory centre's and its bulletin's: "Trung tâm Tư vấn và Hỗ trợ HTX", "Bản tin Kinh tế hợp tác"
    r"|trung\s+tam\s+tu\s+van(\s*(,|va)\s*ho\s+tro)?\s+(htx|hop\s+tac\s+xa)|ban\s+tin\s+kinh\s+te\s+hop\s+tac)"
    r"(\s+(tinh|thanh\s+pho|tp\.?))?(?P<place>\s+[\w\s.–-]{1,30})?$"
)
_HTX = re.compile(r"\bhop\s+tac\s+xa\b")
# Its English name: "Vinh Long Cooperative Alliance", "Cooperative Alliance of Hai Phong".
_ORG_NAME_EN = re.compile(r"^([a-z\s.-]{0,30}\s)?cooperatives?\s+alliance(\s+of\s+[a-z\s.-]{0,30})?$")


def _key(s: str) -> str:
    return clean_line(s).casefold()


def is_site_name(text: str, names: Iterable[str] = ()) -> bool:
    """The alliance's own name, also written without diacritics ("Lien minh HTX tinh Tuyen
    Quang", an old site's <title>) or abbreviated ("HTX" for "Hợp tác xã")."""
    key = _key(text)
    if not key:
        return False
    if _is_org_name(key):
        return True
    folded = _abbreviated(key)
    return any(key == _key(n) or folded == _abbreviated(_key(n)) or _short_form(key, _key(n)) for n in names if n)


_OWN_TITLE_WORDS = 4


def titled_as_heading(doc, names: Iterable[str] = ()) -> bool:
    """The page's <title> is one of its headings (h1 to h3), four words or more and not the
    site's name: a page of its own, whatever its address says (TinyPortal's articles at
    "/index.php?page=14", the front page's list paged on by its look)."""
    title = clean_line(doc.findtext(".//title") or "")
    if len(title.split()) < _OWN_TITLE_WORDS or is_site_name(title, names):
        return False
    want = fold(title)
    return any(fold(clean_line(h.text_content())) == want for h in doc.iter("h1", "h2", "h3"))


def _short_form(key: str, name: str) -> bool:
    """The site's name with words left out, its first and last kept ("Sàn TMĐT Hưng Yên" for
    "Sàn TMĐT sản phẩm HTX tỉnh Hưng Yên"): three words at least."""
    words, full = key.split(), name.split()
    if len(words) < 3 or len(words) >= len(full) or words[0] != full[0] or words[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(w in rest for w in words)


@lru_cache(maxsize=4096)  # every heading and title part of a page is asked, the menus' on every page
def _is_org_name(key: str) -> bool:
    folded = fold(key)
    if m := _ORG_NAME.match(folded):
        return m.group("place") is None or _is_place(m.group("place"))
    return bool(_ORG_NAME_EN.match(folded))


def _is_place(text: str) -> bool:
    try:
        provinces.lookup(text.strip())
    except KeyError:
        return False
    return True


@lru_cache(maxsize=4096)
def _abbreviated(key: str) -> str:
    return _HTX.sub("htx", fold(key))


def _same_title(heading: str, ref: str) -> bool:
    """A heading and a <title>/og:title naming the same article (the ref may carry the site)."""
    h, r = _key(heading), _key(ref)
    if not h or not r:
        return False
    return h == r or (h in r and len(h) >= 0.4 * len(r)) or (r in h and len(r) >= 0.6 * len(h))


_DANGLING_SEPARATOR = re.compile(r"^[-|–—:»/]\s|\s[-|–—:»/]$")


def _strip_site(title: str, names: Iterable[str], strip: Callable[[str], str] | None,
                shown: set[str] | None = None) -> str:
    """<title> or og:title without the site's part: what the site's profile learned recurs on
    its titles, a part naming the site, else (no evidence of the site's name) a short last part
    after a separator. A navigation path ("Site > Section > Subsection") names no article
    unless its last part is as long as a title: "" then; nor does the site's name alone, unless
    a heading of the page shows it (`shown`: the headings' keys; a page may call its site by its
    article's title: MSN's application-name)."""
    title = clean_line(title)
    if _DANGLING_SEPARATOR.search(title):
        return ""  # "<site> - " with the page's own part left empty (Micro.blog's untitled micropost)
    if strip is not None:
        stripped = strip(title)
        if stripped != title and len(stripped) >= 8:
            return stripped
    crumbs = _CRUMB.split(title)
    if len(crumbs) < 3 and len(back := _BACK_CRUMB.split(title)) >= 3:
        crumbs = back[::-1]  # a path written from the page up ("Topic < Web < Site": Foswiki's, TWiki's)
    if len(crumbs) >= 3:
        last = crumbs[-1].strip()
        return last if len(last.split()) >= TITLE_MIN_WORDS and not is_site_name(last, names) else ""
    parts = [p for p in TITLE_SEPARATORS.split(title) if p.strip()]
    kept = [p for p in parts if not is_site_name(p, names)]
    if not kept and shown is not None and _key(title) not in shown:
        return ""  # the site's name alone (a portal's one <title> for every page), no heading's
    if kept and len(kept) < len(parts):
        return max(kept, key=len) if len(kept) > 1 and len(max(kept, key=len)) > 30 else " - ".join(kept)
    return _TITLE_SUFFIX.sub("", title)


# a script's button, no page: a tool the theme sets in the heading after its words
_TOOL_HREF = re.compile(r"(?i)^\s*(?:javascript:|#\s*$)")


SECTION_LINK_WORDS = 8  # a section's or blog's name linked before a heading's title


def _before_last(h, closing) -> str | None:
    """The heading's words before its last element, when `closing(element, its text)` says that
    element ends the heading with no word of the title (nothing after it)."""
    last = h[-1] if len(h) else None
    if last is None or not isinstance(last.tag, str) or (last.tail or "").strip():
        return None
    if (end := text_of(last)) and closing(last, end) and (words := text_of(h)).endswith(end):
        return words[: -len(end)].strip()
    return None


def _tool_button(el, words: str) -> bool:
    return el.tag == "a" and bool(_TOOL_HREF.match(el.get("href") or "")) and 0 < len(words.split()) <= BADGE_WORDS


def _heading_text(h) -> str:
    """A heading's text without the stamp its theme sets inside it, in an element of its own after
    the words ("<h2 class=post-title>Title<span class=post-date>2025-08-27 08:00:00</span>": Z-BlogPHP's),
    or the tool's button (Freshdesk's print link "In")."""
    if words := _before_last(h, _tool_button):
        return words
    if (words := _before_last(h, lambda el, end: is_date_line(end))) is not None:
        return words
    first = h[0] if len(h) else None
    if first is not None and first.tag == "a" and not (h.text or "").strip() and (first.tail or "").lstrip().startswith(":") \
            and 0 < len(text_of(first).split()) <= SECTION_LINK_WORDS:
        # a link to the page's section or blog before a colon (Oxwall's "<a>Blog của Nguyễn Thu Hà</a>: Title"):
        # the section's name, no word of the title
        rest = clean_line(" ".join([first.tail.lstrip()[1:], *(
            etree.tostring(c, method="text", encoding="unicode", with_tail=True) for c in first.itersiblings())]))
        if len(rest.split()) > GENERIC_TITLE_WORDS:
            return rest
    # ...or its line of fields after a break (PHPCMS' "<h1>Title<br><span>2025-03-16 00:15:00 Nguồn: …
    # Bình luận: 0 Lượt xem: </span><span id=hits></span></h1>")
    br = next((c for c in h if c.tag == "br"), None)
    if br is not None and (after := clean_line(" ".join([br.tail or "", *(
            etree.tostring(c, method="text", encoding="unicode", with_tail=True) for c in br.itersiblings())]))) \
            and (is_date_line(after) or is_field_line(after)):
        before = [h.text or ""] + [etree.tostring(c, method="text", encoding="unicode", with_tail=True)
                                   for c in itertools.takewhile(lambda c: c is not br, h)]
        if words := clean_line(" ".join(before)):
            return words
    return without_badge(h)  # (a UI kit's badge after the words: Gitea's "Ổn định")


def _own_text(el) -> str:
    """The element's text without its children's: a paragraph's words, not its container's."""
    return " ".join(t for t in (el.text, *(c.tail for c in el)) if t and t.strip())


_X_ANY_HEADING = etree.XPath("(//h1 | //h2 | //h3)[1]")
_X_STYLED = etree.XPath("//*[contains(@style, 'font-size')]")
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.I)


def _points(style: str) -> float | None:
    m = _FONT_SIZE.search(style)
    return None if m is None else float(m.group(1)) * (0.75 if m.group(2).lower() == "px" else 1)


def _body_size(doc) -> float:
    """The type size most of the page's styled text is set in, in points (0: none styled). A
    Word document saved as a web page sets all of it, 13pt, its title 14pt."""
    sizes: dict[float, int] = {}
    for el in _X_STYLED(doc):
        if (pt := _points(el.get("style") or "")) is not None:
            sizes[pt] = sizes.get(pt, 0) + len(_own_text(el))
    return max(sizes, key=sizes.__getitem__) if sizes else 0.0


def _large(el, body_size: float) -> bool:
    """Set in large type, as pages without headings mark a title: `<font size="4">` (FrontPage),
    `<font size="3"><b>`, `style="font-size: 18px"` (larger than the page's text)."""
    size = (el.get("size") or "").strip() if el.tag == "font" else ""
    if size.startswith("+") or (size.isdigit() and int(size) >= 4):
        return True
    if size == "3" and len(el) == 1 and el[0].tag in ("b", "strong") and not (el.text or "").strip():
        return True  # the default size in bold, over text set smaller (size=2): a 2000s portal's title
    pt = _points(el.get("style") or "")
    return pt is not None and pt >= 12.75 and pt > body_size


_CENTRED = re.compile(r"(?i)text-align\s*:\s*center")


def _centred_bold(el) -> bool:
    """A paragraph centred and wholly bold: how a Word document (and many an old portal's
    editor) sets a title."""
    if el.tag not in ("p", "div") or not ((el.get("align") or "").lower() == "center" or _CENTRED.search(el.get("style") or "")):
        return False
    text = clean_line(el.text_content())
    bold = "".join(b.text_content() for b in el.iter("b", "strong") if not any(a.tag in ("b", "strong") for a in b.iterancestors()))
    return bool(text) and len(clean_line(bold)) >= len(text)


GENERIC_TITLE_WORDS = 4  # an article's title is longer; "Chi tiết tin tức" is a template's


_STATUS_NOTE = re.compile(r"\s*\([^()]{1,30}\)$")  # a post's status after its title: "(Đã cập nhật)"


def _links_itself(el, url: str | None):
    """The link `el` shows as its title, to the page itself (a post's title as its permalink:
    Alfresco Share's nodeTitle, a short status note after it); None else."""
    links = el.findall(".//a")
    if not url or len(links) != 1 or url_key(urljoin(url, (links[0].get("href") or "").strip())) != url_key(url):
        return None
    shown = clean_line(links[0].text_content())
    return links[0] if _STATUS_NOTE.sub("", clean_line(el.text_content())) == shown else None


LIST_LEAD_WORDS = 8


def _opens_list(el, own: str) -> bool:
    """A sentence of the text leading into a list: a paragraph of words ending with a colon, a
    list right after it."""
    return el.tag == "p" and own.endswith(":") and len(own.split()) >= LIST_LEAD_WORDS \
        and (after := el.getnext()) is not None and after.tag in ("ul", "ol")


def _title_above_prose(doc, names: set, furniture: set, url: str | None = None):
    """The title when the page's metadata names none: the element nearest above the page's
    first prose that a heading tag, a class/id ("title", "tieude", "headline") or large type
    marks as a title, short and unlinked, with little text (a date line, a byline) between the two."""
    candidate, gap, candidate_strong = None, 0, False
    inside: frozenset = frozenset()
    body_size = _body_size(doc)
    # centred bold marks a title only on a page with no headings (a Word document saved as a
    # web page): elsewhere it is a document's own heading or a caption inside a post
    centred = not _X_ANY_HEADING(doc)
    for el in doc.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _NO_TITLE_TAGS or el in inside:
            continue
        strong = tag in ("h1", "h2", "h3", "h4") or _TITLE_HINT.search(f"{el.get('class', '')} {el.get('id', '')}") \
            or _large(el, body_size)
        if furniture and (el in furniture or any(a in furniture for a in el.iterancestors())) \
                and not (strong and _links_itself(el, url) is not None):
            # (but the post's title as its permalink: a blog showing whole posts on its front page
            # and their titles in a "recent posts" box on every page makes it recur as the template does)
            continue
        # centred bold is weaker: it never displaces a title found so far (a document's own
        # centred headings follow its title)
        hinted = strong or (centred and (candidate is None or not candidate_strong) and _centred_bold(el))
        text = text_of(el) if hinted else ""
        # (its topic's link may open it: PostNuke's "<a>Thông báo</a>: Thông báo số 27/TB-LMHTX …")
        permalink = None
        if hinted and (topical := _topic_title(el)):
            text = topical
        elif hinted and (permalink := _links_itself(el, url)) is not None:
            text = text_of(permalink)  # (the post's title as its permalink, a status note after it)
        # (a label introducing what follows is none: Foswiki's crumbs' "Bạn đang ở đây:" in a "...PathTitle")
        if (hinted and 10 <= len(text) <= 300 and (topical or permalink is not None or el.find(".//a") is None)
                and not is_date_line(text) and not is_age_line(text)
                and not DOC_NUMBER.match(text) and not text.endswith(":")
                and not is_site_name(text, names) and not any(a.tag == "a" for a in el.iterancestors())):
            candidate, inside, gap, candidate_strong = permalink if permalink is not None else el, \
                frozenset(el.iterdescendants()), 0, bool(strong)
            continue
        own = clean_line(_own_text(el))
        if centred and not own and tag == "p" and el.find(".//p") is None and el.find(".//div") is None:
            # a paragraph all in inline runs (Word's <span>s, split at every spell-checked word)
            own, inside = clean_line(el.text_content()), frozenset(el.iterdescendants())
        if candidate is not None and ((len(own) >= PROSE_OWN_CHARS and own.count(" ") >= 11) or DOC_NUMBER.match(own)
                                      or _opens_list(el, own)):
            # (an official document's number line opens a text as prose does: a document posted as its scan;
            # so does a sentence leading into a list, "HTX chuẩn bị hồ sơ gồm:")
            return candidate if gap <= TITLE_GAP_CHARS else None
        if candidate is not None:
            gap += len(own)
        if gap > TITLE_GAP_CHARS:
            candidate = None
    return None


# A wiki's namespace before its page's name, two words at most and no space after the colon
# (MediaWiki's "Tin tức:Liên minh HTX …"; "Sửa đổi Tin tức:…" is an edit view's): the name is the
# title ("Ảnh: Phiên chợ …", spaced, is a title's own).
_NAMESPACE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?:(?=[^\W\d_])")


# A mailing list's tag opening its messages' subjects ("[Bantin] …", "Re: [Bantin] …": Mailman's
# subject prefix): the list's name, no part of any message's title.
_LIST_TAG = re.compile(r"^(?:(?:re|fwd?|tl)\s*:\s*)?(\[[^\]\n]{1,40}\])\s+(?=\S)", re.I)
_LIST_TITLE_CHARS = 8


def list_tag(title: str) -> str | None:
    """The list tag opening `title` ("[Bantin]"), after a reply's "Re: " or not; else None."""
    m = _LIST_TAG.match(title)
    return m.group(1) if m else None


def without_list_tag(title: str, url: str, recurs: Callable[[str], bool] | None = None) -> str:
    """`title` without the list tag opening it, when the tag names the list: a folder of the
    page's address names it ("/pipermail/bantin/…", Hyperkitty's "/list/bantin@…"), or it opens
    the titles of several of the site's pages (`recurs`: the profile's). A reply keeps its "Re: "
    (it is no news either way); a label of the title's own ("[Video] …" on one page) stays."""
    m = _LIST_TAG.match(title)
    if m is None or m.group(0)[0] != "[" or len(title) - m.end() < _LIST_TITLE_CHARS:
        return title
    name = fold(m.group(1)[1:-1]).strip()
    folders = {fold(part.split("@")[0]) for part in urlsplit(url).path.split("/")[:-1]}
    if name in folders or (recurs is not None and recurs(m.group(1))):
        return title[m.end():]
    return title


def without_namespace(title: str) -> str:
    m = _NAMESPACE.match(title)
    return title[m.end():] if m and len(title) - m.end() >= 8 else title


# A poster's name and handle, the title a microblog gives each post's page ("Liên minh HTX tỉnh
# Vĩnh Long (@htxvinhlong)": Misskey's og:title; Mastodon's "Name (@user@instance)"), or a photo
# post's counts of likes and comments ("htxlangson posted a photo: 9 likes, 1 comments": Pixelfed's;
# Instagram's "123 likes, 4 comments - user on …"): no post's title
ACCOUNT_TITLE = re.compile(r"^[^()]{1,80}\s\(@[\w.-]+(?:@[\w.-]+)?\)$"
                           r"|^.{0,80}?\b\d+\s+(?:likes?|lượt\s+thích)\s*,\s*\d+\s+(?:comments?|bình\s+luận)\b")


ADDRESS_TITLE_WORDS = 4
_X_TITLE_FIELDS = etree.XPath("//body//input[@value][not(@type) or @type='text']")


def _named_by_address(doc, url: str, names: set) -> tuple[str, object] | None:
    """The title the page's address spells out word for word (its last segment, decoded: Nextcloud
    Collectives' "/…/Tin hoạt động/Tập huấn chuyển đổi số cho HTX năm 2024", Plume's), shown by the
    page outside links and menus: a heading, a span, an editor's title field (its value). A slug
    ("tap-huan-…") spells no title: words and their marks are gone."""
    last = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]).replace("+", " ")
    wanted = clean_line(last)
    if len(wanted.split()) < ADDRESS_TITLE_WORDS or not VIETNAMESE_LETTER.search(wanted) or is_site_name(wanted, names):
        return None
    key = _key(wanted)
    for el in _X_TITLE_FIELDS(doc):
        if _key(el.get("value") or "") == key:
            return clean_line(el.get("value")), el
    for el in doc.iter(*_HEADING_TAGS, "span", "div", "p", "strong", "b"):
        if len(el.text_content()) <= 2 * len(wanted) and _key(el.text_content()) == key \
                and not any(a.tag in ("a", "nav", "li", "title") for a in el.iterancestors()):
            return text_of(el), el
    return None


def find_title(doc, rules: Rules, *, names: Iterable[str] = (), strip: Callable[[str], str] | None = None,
               furniture: set | None = None, site_titles: Iterable[str] = (), url: str | None = None):
    """(title, element) of the article. The family's title element is a hint; else the heading
    (h1-h6, or any short element) that the page's <title>/og:title/JSON-LD headline names; else
    og:title or <title> without the site's part (`strip`: the profile's learned stripping); else
    a lone h1; else the title-like element above the first prose. Never the site's own name (a
    logo in an h1) nor a navigation path."""
    names = set(names)
    el = first_of(rules.title, doc)
    if el is not None and not is_site_name(text_of(el), names):
        return text_of(el), el
    if url is not None and (named := _named_by_address(doc, url, names)) is not None:
        return named
    ld = jsonld_article(doc) or {}
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    refs = [r for r in (meta(doc, "og:title", "twitter:title"), headline, doc.findtext(".//title"))
            if r and not ACCOUNT_TITLE.match(r.strip())]
    furniture = furniture or set()
    heads = [(h, _heading_text(h)) for h in _headings(doc)]
    every = [(h, t) for h, t in heads if 8 <= len(t) <= 400 and not is_site_name(t, names) and not _links_home(h, t)]
    texts = [(h, t) for h, t in every if not (furniture and (h in furniture or any(a in furniture for a in h.iterancestors())))]
    shown = {_key(t) for _, t in heads}
    stripped = [r for r in (_strip_site(r, names, strip, shown) for r in refs) if not ACCOUNT_TITLE.match(r)]
    if stripped and all(len(r.split()) <= GENERIC_TITLE_WORDS for r in stripped) and (
            marked := _marked_title(texts, max(len(r) for r in stripped))) is not None:
        # a template's <title> naming the page's section or the site ("Tin tức", "Trang chủ") and a
        # heading the page marks as the article's title ("NewsPostDetailTitle"), unless the
        # title above the first prose comes before it (a related posts' "widget-title" after it)
        above = _page_title(doc, [(h, t) for h, t in texts if h.tag == "h1"], names, furniture, url)
        if not above or above[1] is None or marked is above[1] or marked in above[1].iterancestors() \
                or precedes(marked, above[1]):
            return text_of(marked), marked
    # (the heading the reference names word for word first: a view's heading may add to it, Dreamwidth's
    # "<title> (Reply)" over the entry's own heading)
    for same in (lambda t, ref: _key(t) == _key(ref), _same_title):
        for ref in refs:
            for h, t in texts:
                # (a template's short <title>, "Chi tiết tin", names no heading: a portlet's header
                # "Chi tiết tin tức" shares its words, and the page's own title is found below)
                if same(t, ref) and not (len(t.split()) <= GENERIC_TITLE_WORDS
                                         and len(ref.split()) <= GENERIC_TITLE_WORDS):
                    return t, h
    for ref in dict.fromkeys([*refs, *stripped]):
        # A heading the <title> names word for word (the site's part stripped) is the page's title
        # even where the profile marks its block (its text recurs: listings and other posts link
        # it by that title; a sidebar's link holding the same words is another page's).
        for h, t in every:
            if len(t.split()) > GENERIC_TITLE_WORDS and _key(t) == _key(ref):
                return t, h
    for h, _ in texts:
        if (step := _last_step(h, stripped)) is not None:
            return step
    h1s = [(h, t) for h, t in texts if h.tag == "h1"]
    read: list = []  # the page's own title, read once when needed (a walk of the whole page)

    def page_title():
        if not read:
            read.append(_page_title(doc, h1s, names, furniture, url))
        return read[0]

    if stripped and all((len(r.split()) <= GENERIC_TITLE_WORDS or _linked(doc, r)) and not _shown_unlinked(doc, r)
                        for r in stripped):
        # a template's <title> for every page of a kind ("Chi tiết tin", "In bài viết", the site's
        # name and a menu's category): the page shows it nowhere but in a link, and its own title
        # is longer
        if (on_page := page_title()) and len(on_page[0].split()) > max(len(r.split()) for r in stripped):
            return on_page
    if refs:
        # A title-like element that is not a heading (span.title, td.tieude, div.tieu-de).
        if site_titles and (all(is_site_name(r, site_titles) for r in stripped)
                            or all(is_site_name(r, site_titles) for r in refs)) and (on_page := page_title()) \
                and on_page[0] and not is_site_name(on_page[0], names):
            # a <title> that titles every page of the site (its feeds' name, the profile's), its parts too
            # (Blackboard's "Thông báo – <course>", the tool's name a breadcrumb shows): the title above
            # the text (Roller's); not a name the page gives itself (MSN's application-name is its title)
            return on_page
        wanted = {_key(r) for r in stripped}
        # ...or the start of one: "Bài - Văn bản - Site" shows "Bài" (the section is no suffix
        # the profile has seen often enough to learn).
        # (of the <title> as the profile strips it too, and without the site's name before it:
        # "Site - Title - Topic" shows "Title", the profile not yet sure of either part)
        whole = dict.fromkeys([*refs, *stripped])
        whole.update(dict.fromkeys(rest for r in list(whole) if (m := TITLE_SEPARATORS.search(r)) is not None
                                   and is_site_name(r[: m.start()], names) and (rest := r[m.end():].strip())))
        wanted |= {_key(head) for r in whole if not _DANGLING_SEPARATOR.search(clean_line(r))
                   for m in TITLE_SEPARATORS.finditer(r)
                   if m.start() >= HEAD_CHARS and not is_site_name(head := r[: m.start()], names)}
        wanted.discard("")
        # a menu's link naming the page ("Giới thiệu") comes before the page's own heading: a
        # linked match serves only when nothing else matches (a post's title linking to itself)
        linked = loose = None
        for node in doc.iter():
            own = node.text if isinstance(node.tag, str) and node.tag not in ("title", "meta", "script", "style") else None
            if loose is None and node.tail and len(node.tail.strip()) >= 8 and _key(node.tail) in wanted \
                    and (parent := node.getparent()) is not None and parent.tag != "a" \
                    and not any(a.tag in ("a", "nav") for a in parent.iterancestors()):
                loose = node  # the title as text after an element (an icon: a forum's folder tree's last line)
            if own and len(own.strip()) >= 8 and _key(node.text_content()) in wanted:
                if node.tag != "a" and not any(a.tag in ("a", "nav") for a in node.iterancestors()):
                    name = text_of(node)
                    if node.tag not in _HEADING_TAGS and (on_page := page_title()) and on_page[1] is not None \
                            and on_page[1].tag in _HEADING_TAGS and _says_more(on_page[0], name) \
                            and _key(name) not in _key(on_page[0]):
                        # the page's name in a header's span (ImpressPages' currentPage), its
                        # heading the article's title worded at more length (not the name with
                        # a label beside it: "[Thông báo] <name>", a category's "Hội nghị")
                        return on_page
                    return name, node
                linked = linked if linked is not None else node
            elif (not own or own.isspace()) and len(node) and node[0].tag == "a" \
                    and (topical := _after_topic(node, wanted)) is not None:
                return topical, node
        if loose is not None:
            return text_of(held := _hold_tail(loose)), held
        if linked is not None and _links_home(linked.getparent() if linked.tag == "a" else linked, text_of(linked)):
            linked = None  # (og:title naming the site, the blog's <h1> linking home shows it: no page's title)
        if linked is not None:
            if any(_CRUMBS.search(a.get("class") or "") for a in linked.iterancestors()) \
                    and (on_page := page_title()) and _says_more(on_page[0], text_of(linked)):
                return on_page  # (the trail's last step names the page by its short title)
            return text_of(linked), linked
    for ref in stripped:
        if len(ref) >= 8 and not is_site_name(ref, names):
            # a <title> the page shows nowhere: its own title above the text, when that says the
            # same at more length (MODX's "longtitle" under a "pagetitle" in <title> and menus)
            if (on_page := page_title()) and _says_more(on_page[0], ref):
                return on_page
            return ref, None
    return page_title() or _bold_lead(doc) or _described_line(doc) or (None, None)


_MARKDOWN_EMPHASIS = re.compile(r"^[*_]{1,3}|(?<=\S)[*_]{1,3}(?=\s|$)")


def _bold_lead(doc):
    """(title, element) of a post whose title is its first line in bold, the page naming no other
    (a microblog's note: Misskey's "<b>Ảnh: …</b><br>text", its description opening with it, in the
    markup it was typed in: "**Ảnh: …**"); None otherwise."""
    described = clean_line(_MARKDOWN_EMPHASIS.sub("", meta(doc, "og:description", "description") or ""))
    if not described:
        return None
    for b in doc.iter("b", "strong"):
        text = clean_line(b.text_content())
        parent = b.getparent()
        if len(text) > _LEAD_TITLE_CHARS or len(text.split()) <= GENERIC_TITLE_WORDS or parent is None \
                or b.getprevious() is not None or (parent.text or "").strip():
            continue  # (the block's first text: a line of its own opening it)
        if described.replace(" ", "").startswith(text.replace(" ", "")):
            return text, b
    return None


def _hold_tail(el):
    """A <span> holding the text after `el` (its tail), put in its place: the element a title
    written as loose text is then (the page shows the same)."""
    span = lxml.html.Element("span")
    span.text, el.tail = el.tail, None
    el.addnext(span)
    return span


def _says_more(title: str, short: str) -> bool:
    """Whether `title` holds most of the words of `short` and more words besides (not a date
    and time beside them: a heading's "(24/01/2024 16:00)")."""
    have, words = fold(title).split(), set(fold(short).split())
    more = [w for w in have if w not in words and any(c.isalpha() for c in w)]
    return len(more) >= 2 and 3 * len(words & set(have)) >= 2 * len(words)


_TOPIC_SEPARATOR = re.compile(r"^\s*[:»|/–—-]\s*")
_STEP_SEPARATOR = re.compile(r"[:»›|/–—-]\s*$")


def _last_step(h, refs: list[str]):
    """(title, element) of a heading that shows a path to the page, a section's link among its steps
    and the title its last step ("<span>Tin hoạt động</span>: <a>Bản tin</a>: <span>Title</span>",
    Mahara's), when the <title> opens with that step and says more ("Title trong Tin hoạt động":
    its "X in Y"); None."""
    if len(h) < 2 or h.find(".//a") is None or (last := h[-1]).tag == "a" or (last.tail or "").strip() \
            or not _STEP_SEPARATOR.search(h[-2].tail or "") or len(step := text_of(last)) < 8:
        return None
    key = _key(step)
    return (step, last) if any(_key(r).startswith(key + " ") for r in refs) else None


def _after_topic(node, wanted: set[str]) -> str | None:
    """The title an element shows after a link to its topic ("<a>Hoạt động Quỹ</a>: Title", XOOPS'
    itemTitle), when the <title> names what follows the link: the link is the section's. `node`
    opens with that link, no text before it (the caller's test, cheap on every element)."""
    if len(node) > 1 or any(a.tag in ("a", "nav") for a in node.iterancestors()):
        return None
    rest = _after_link(node[0])
    return rest if rest is not None and len(rest) >= 8 and _key(rest) in wanted else None


def _after_link(a, *, colon: bool = False) -> str | None:
    """The text after a topic's link and the separator that follows it (a colon, when `colon`)."""
    if (sep := _TOPIC_SEPARATOR.match(a.tail or "")) is None or (colon and ":" not in sep.group()):
        return None
    return clean_line((a.tail or "")[sep.end():])


def _linked(doc, text: str) -> bool:
    """Whether a link of the page reads `text` (a menu's category)."""
    key = _key(text)
    return any(_key(a.text_content()) == key for a in doc.iter("a"))


_CRUMBS = re.compile(r"(?i)crumb")  # the trail's last step names the page's kind unlinked


def _shown_unlinked(doc, text: str) -> bool:
    """Whether the page shows `text` as an element's whole text outside links (a heading, a
    caption of the page), not only as a menu's link."""
    key = _key(text)
    return bool(key) and any(
        isinstance(el.tag, str) and el.tag not in ("title", "meta", "script", "style", "a")
        and _key(_own_text(el)) == key and not any(a.tag in ("a", "nav") or _CRUMBS.search(a.get("class") or "")
                                                   for a in el.iterancestors())
        for el in doc.iter())


# a box's or widget's title ("widget-title", "portlet-title", "box-title"), no article's
_CONTAINER_TITLE = re.compile(r"(?i)widget|box|block|portlet|module|sidebar|menu|footer|header|section|site|logo|brand|page-?title")


def _marked_title(texts: list, longer_than: int):
    """The first unlinked heading (of `texts`, (element, text) in page order) whose class or id
    marks it as the article's title ("entry-title", "post-title", "NewsPostDetailTitle"), longer
    than `longer_than` characters; None."""
    for h, t in texts:
        marks = f"{h.get('class', '')} {h.get('id', '')}"
        if len(t) > longer_than and h.find(".//a") is None and _TITLE_HINT.search(marks) \
                and not _CONTAINER_TITLE.search(marks):
            return h
    return None


def _page_title(doc, h1s: list, names: set, furniture: set, url: str | None = None):
    """(title, element) from the page's body, its metadata aside: a lone h1, else the title-like
    element above the first prose; None."""
    if len(h1s) == 1:
        return h1s[0][1], h1s[0][0]
    above = _title_above_prose(doc, names, furniture, url)
    if above is not None:
        return _topic_title(above) or text_of(above), above
    return None


def _topic_title(el) -> str | None:
    """The title an element shows after the link to its topic that opens it, its only link
    ("<a>Thông báo</a>: Title", PHP-Nuke's and PostNuke's story titles, XOOPS'); None else."""
    if len(el) != 1 or el[0].tag != "a" or (el.text or "").strip() or el[0].find(".//a") is not None:
        return None
    rest = _after_link(el[0], colon=True)
    return rest if rest is not None and len(rest) >= 8 else None


_LEAD_TITLE_CHARS = 200
_X_BOLD_LINES = etree.XPath("//body//*[self::p or self::div][count(*) = 1][*[self::strong or self::b]]"
                            " | //body//*[self::h2 or self::h3 or self::h4][count(*) = 0]")


def lead_as_title(doc, title: str, first_line: str, title_el=None) -> str | None:
    """The title of a post that has no title field (HumHub's, a social intranet's: its bold first
    line), when the page's own title is only the template's path of sections ("Bài viết - Tin hoạt
    động", read from <title> or a tab naming it) and no heading: the text's first line, a paragraph
    all in bold or a heading, which the page's description opens with. None otherwise (a page whose <title> or
    heading names its article keeps it)."""
    if not first_line or len(first_line) > _LEAD_TITLE_CHARS or len(first_line.split()) <= GENERIC_TITLE_WORDS \
            or (title_el is not None and (title_el.tag in _HEADING_TAGS or len(title.split()) > GENERIC_TITLE_WORDS)) \
            or any(len(part.split()) > GENERIC_TITLE_WORDS for part in TITLE_SEPARATORS.split(title)):
        return None
    described = clean_line(meta(doc, "og:description", "description") or "")
    if not described.replace(" ", "").startswith(first_line.replace(" ", "")):
        return None
    for p in _X_BOLD_LINES(doc):  # (or a heading of its own opening the text)
        if clean_line(p.text_content()) == first_line and (not len(p) or clean_line(p[0].text_content()) == first_line):
            return first_line
    return None


_SENTENCE_END = re.compile(r"[.:;,!?…]$")
_X_BREAKS = etree.XPath("//body//br")


def _described_line(doc):
    """(title, element) of a post with no title field whose description opens with a line of its
    own, no sentence, that the page shows before a line break (a photo post's caption opens with
    its title: Pixelfed's "Ảnh: HTX …<br>Những ngày cuối tháng 5, …"); None else."""
    described = (meta(doc, "og:description", "description") or "").strip()
    first = clean_line(described.split("\n", 1)[0])
    if not first or len(first) > _LEAD_TITLE_CHARS or len(first.split()) <= GENERIC_TITLE_WORDS \
            or _SENTENCE_END.search(first):
        return None
    for br in _X_BREAKS(doc):
        prev = br.getprevious()
        before = (prev.tail if prev is not None else br.getparent().text) or ""
        if clean_line(before) == first and (prev is None or prev.tag == "br"):
            return first, None  # (a line of a block of lines, no element of its own)
    return None

