"""One page in, one article (or the reason it is not one) out.

What the page contains decides; URL shapes, family selectors and the site's learned profile
are hints. The page is parsed once (`parsing`). Its title is the heading the page's <title>,
og:title or JSON-LD names, never the site's own name (`titles`). Its text comes from the best
candidate: the family's or site's container when it holds prose, else the whole page without
its furniture (common and family rules, and the blocks the site's profile knows recur on every
page, but never an element holding most of the page's prose), read from the title on (`body`);
trafilatura turns either into lines and `cleanup` drops furniture lines. A page is an article
when that text is prose rather than a list of links and teasers (`pagekind`) and something
besides says so (a date by the title, article metadata, a URL shape, a listing date, a long text
under its heading). Pages that are not articles (listings, the front page, about and contact
pages, caption-only stubs) say why. Dates come from `dates`, authors from `authors`, linked
files from `attachments`.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import lxml.html

from . import dates
from .attachments import article_block, find_attachments, text_block
from .authors import (
    BYLINE_CHARS,
    CREDITS_LINE,
    HEAD_META_LINES,
    PHOTO_CREDIT,
    SOURCE_LINE,
    byline_texts,
    find_author,
    is_closing_meta,
    is_meta_line,
)
from .body import (
    ARTICLE_PROSE_CHARS,
    CAPTION_CHARS,
    FURNITURE_MARK,
    MAX_LINK_DENSITY,
    MIN_PROSE_CHARS,
    MIN_TEXT_CHARS,
    TITLE_MARK,
    find_body,
    link_density,
    prose_chars,
)
from .bylines import is_signer
from .cleanup import scheduled
from .families import Rules
from .families.base import (
    COURSE_TITLE,
    FORUM_OWN_TITLE,
    HISTORY_TITLE,
    LISTING_TITLE,
    NOTICE_TITLE,
    QUESTION_TITLE,
    REPLY_TITLE,
    STATIC_TITLE,
)
from .fields import ATTACHMENT_FIELD, field_lists, field_rows, key_tables
from .links import PAGE_NUMBER
from .metadata import (
    feed_names,
    find_canonical,
    full_version,
    is_product_page,
    jsonld_article,
    markup_article,
    meta,
    permalink_of,
    says_noindex,
    site_names,
)
from .pagekind import (
    OWN_TITLE_WORDS,
    closed_teasers,
    cut_excerpts,
    dated_posts,
    drop_excerpts,
    drop_link_bars,
    drop_link_lines,
    headed_links,
    is_front_page_paged,
    is_print_view,
    is_site_root,
    linked_post,
    looks_like_listing,
    post_body,
    site_links,
    teased_posts,
    teaser_chars,
    teaser_of,
    thread_posts,
    whole_posts,
)
from .parsing import first_of, parse_html
from .text import DOC_NUMBER, TITLE_SEPARATORS, WORD, clean_line, fold, row_as_line
from .titles import (
    GENERIC_TITLE_WORDS,
    find_title,
    lead_as_title,
    list_tag,
    titled_as_heading,
    without_list_tag,
    without_namespace,
)
from .urls import path_and_query
from .widgets import widget_lines

_LETTER = re.compile(r"[^\W\d_]")
POST_HEAD_LINES = 10  # a forum post's header: the poster's card and the post's subject
SIGNATURE_RULE = re.compile(r"_{8,}")
_WORD = re.compile(r"\w+")
FINGERPRINT_WORDS = 400
_VI_CHARS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


# Prose and a title, but nothing says "news": the date a listing prints beside its link,
# when one shows up, may still make it an article.
NO_SIGNALS = "no article signals (date, metadata, URL shape)"


@dataclass
class Extraction:
    kind: str  # article | listing | page | stub | denied | empty
    reason: str = ""
    item: dict[str, Any] | None = None
    doc: Any = field(default=None, repr=False)
    # an article shown whole under a title linking to another page: that page's address (the
    # crawl keeps this one only if that page is not the same article; see pagekind.linked_post)
    linked_post: str | None = None
    # what the site's profile took for template with the page's own title (`_spare_title`): the
    # post, when the site shows it whole on other pages (a blog's front, tag and day pages)
    own_post_template: str = field(default="", repr=False)

    @property
    def is_article(self) -> bool:
        return self.kind == "article"


def _stub_date(doc, url: str, title_el, fetched_at, listing_date):
    """The page's date as the tests of a short page ask it, the block holding its text or None
    for the body: each looked up once. The listing breaks a tie between the page's own dates, as
    for any article (a theme's "Published on" under a post's own line); it dates nothing alone."""
    found: dict[Any, Any] = {}  # (keyed by the element itself: it stays alive, so its proxy stays the same)

    def dated(block):
        if block not in found:
            found[block] = dates.find_published(doc, url, title_element=title_el, body_element=block,
                                                fetched_at=fetched_at, listing_date=listing_date)
        return found[block]

    return dated


def _later_page(url: str) -> bool:
    """Whether the address names a page after the first ("/page/2/", "?start=10")."""
    if (m := PAGE_NUMBER.search(url)) is None:
        return False
    number = int(re.search(r"\d+", m.group()).group())
    return number > 0 if "start" in m.group().lower() else number > 1


UNTITLED_LIST_LINKS = 3  # a list of posts: three at least
ENTRY_TITLE_CHARS = 20  # a title long enough that a line opening with it is its entry, no sentence of the text
SITE_NAME_WORDS = 3  # a part of the site's <title> that names it or its kind of page
NOTICE_CHARS = 100
LEAD_LINES = 3  # a report's lead: its first paragraph, under a summary or a kicker at most
QUESTION_CHARS = 400  # a member's question in a forum: a few lines ending "… không ạ?"
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


def _short_notice(doc, lines: list[str], title_el, dated, post=None) -> bool:
    """A notice of two sentences or more, all of the text prose ("Trung tâm thông báo lịch nghỉ lễ
    … Các khóa học trực tuyến vẫn mở bình thường."), or a brief of one sentence of twenty words
    ("HTX … trồng mới 25 ha ba kích tím dưới tán rừng, nâng diện tích lên 80 ha."), that the page
    itself dates to the minute by its title: a post, short as it is (a stub says "đang cập nhật"
    in fewer words; a caption has no clock and seldom a full stop). A forum thread's opening `post`
    of one sentence is a member's message ("… cần tìm đơn vị thu mua ổn định."), no brief. An
    official notice's frame is no prose to count: its number, its lines in capitals (issuer,
    signer's office) and the signer's name under them."""
    if find_doc_number(lines) is not None:
        lines = _without_frame(lines)
    if len(lines) > 1 and (SOURCE_LINE.match(lines[-1]) or CREDITS_LINE.match(lines[-1])
                           or (len(words := lines[-1].split()) <= CREDIT_WORDS and all(w[:1].isupper() for w in words))):
        lines = lines[:-1]  # (its credit closing it: "Theo Báo Nghệ An", the writer's name)
    if not lines or not all(len(line.split()) >= 8 and _SENTENCE_END.search(line[-1:]) for line in lines):
        return False
    sentences = sum(len(_SENTENCE_END.findall(line)) for line in lines)
    if not (sentences >= 2 and sum(map(len, lines)) >= NOTICE_CHARS) \
            and not (post is None and len(lines) == sentences == 1 and len(lines[0].split()) >= BRIEF_WORDS):
        return False
    found = dated(None)
    return found.source in ("date-element", "metadata") and found.published is not None \
        and (found.published.hour, found.published.minute) != (0, 0)


BRIEF_WORDS = 20
CREDIT_WORDS = 5  # a writer's name or a source closing a text


def _names_its_address(title: str, url: str) -> bool:
    """Whether a title spells its address' last segment ("Bài viết gắn thẻ: dai-hoi" at
    ".../tags/dai-hoi"): a page about that name, a tag's or a category's."""
    last = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    words = " ".join(WORD.findall(fold(last)))
    return len(words) >= 3 and words in " ".join(WORD.findall(fold(title)))


_TAXONOMY_WORDS = frozenset(("/tag/", "/tags/", "/category/", "/chuyen-muc/"))


def _without_frame(lines: list[str]) -> list[str]:
    """An official document's lines without its frame: the line of its number ("Số: 44/TB-LMHTX")
    and the short lines above it (its issuer, a toolbar's "Xuất PDF"), its lines in capitals, and
    a signer's name closing them."""
    number = next((i for i, line in enumerate(lines) if DOC_NUMBER.search(line)), 0)
    out = []
    for i, line in enumerate(lines):
        if i < number and len(line.split()) <= FRAME_WORDS:
            continue
        if (DOC_NUMBER.search(line) and len(line.split()) <= FRAME_WORDS) or line.isupper() \
                or (i == len(lines) - 1 and i and lines[i - 1].isupper() and is_signer(line)):
            continue
        out.append(line)
    return out


FRAME_WORDS = 6  # "Số: 44/TB-LMHTX", "Số: 12/KH-LMHTX Quảng Ninh, ngày 2/10/2024" at most


def _brief(doc, lines: list[str], title_el, dated) -> bool:
    """A brief ("tin vắn"): one sentence of news, twenty words or more, and the line naming its
    source ("Nguồn: Báo Lạng Sơn"), dated by the page: a whole item, short as it is (a stub says
    "đang cập nhật"; a caption is no sentence and cites nothing)."""
    if len(lines) != 2 or not SOURCE_LINE.match(lines[1]) or len(lines[0].split()) < BRIEF_WORDS \
            or len(_SENTENCE_END.findall(lines[0])) != 1 or not _SENTENCE_END.search(lines[0][-1:]):
        return False
    found = dated(None)
    return found.published is not None and found.source in ("date-element", "metadata")


def _text_container(doc, title_el, lines: list[str]):
    """The element holding the title and the text, else the text alone (no title element: a Vue
    app's <page title=…>)."""
    block = article_block(doc, title_el, lines)
    return block if block is not None else text_block(doc, lines)


LIST_ITEMS = 3


def _enumeration(doc, lines: list[str], title_el, dated, post=None) -> bool:
    """A lead sentence over one list of three items or more ("Luật HTX quy định các nội dung HTX
    phải công khai: …" and the items), a byline or source line at most after it, dated by the
    page: an article whose text is its list (a menu's list follows no sentence and dates nothing)."""
    if len(lines) <= LIST_ITEMS:
        return False
    lead, *rest = lines
    if len(rest) < LIST_ITEMS or len(lead.split()) < 8 or not re.search(r"[.:!?…]$", lead):
        return False
    if (block := post if post is not None else _text_container(doc, title_el, lines)) is None:
        return False
    for items in block.iter("ul", "ol"):
        shown = [clean_line(li.text_content()) for li in items.iterchildren("li")]
        n = len(shown)
        if n >= LIST_ITEMS and rest[:n] == shown and len(rest) - n <= 1:
            found = dated(block)
            return found.published is not None and found.source in ("date-element", "metadata")
    return False


PHOTO_STORY_PHOTOS = 3
# A title announcing photos: "Ảnh: …", "[Ảnh] …", "Chùm ảnh: …", "Phóng sự ảnh: …", "Photo: …".
_PHOTO_WORD = r"(?:chùm\s+ảnh|phóng\s+sự\s+ảnh|ảnh|photos?)"
PHOTO_TITLE = re.compile(rf"(?i)^(?:[\[(]{_PHOTO_WORD}[\])]\s*|{_PHOTO_WORD}\s*[:|–-]\s*)\S")  # not "Ảnh hưởng …"


def _photo_story(doc, lines: list[str], title_el, dated, post=None) -> bool:
    """Photos under a title, each with its caption, signed by their photographer ("Ảnh: Phạm
    Hùng") and dated by the page: a photo story, short as its captions are (a forum's topic of
    photos, a portal's "Ảnh: …"). One photo and its caption is a stub; a gallery signs and dates
    nothing, unless its title says it is one ("Ảnh: Ngày hội nông sản", "Phóng sự ảnh: …")."""
    if not lines:
        return False
    if len(lines) % 2 == 0 and all(PHOTO_CREDIT.match(line) for line in lines[1::2]) \
            and not any(PHOTO_CREDIT.match(line) for line in lines[0::2]):
        captions = lines[0::2]  # each caption with its own credit ("Ảnh: Liên minh HTX tỉnh": SPIP's)
    elif (credit := PHOTO_CREDIT.match(lines[-1])) and is_signer(credit.group(1).strip(" .")):
        captions = lines[:-1]
    elif title_el is not None and PHOTO_TITLE.match(" ".join(title_el.text_content().split())):
        captions = [line for line in lines if not (len(line.split()) <= 4 and is_signer(line))]  # a poster's name
    else:
        return False
    if len(captions) < PHOTO_STORY_PHOTOS:
        return False
    if any(len(line) > CAPTION_CHARS for line in captions):
        return False
    block = post if post is not None else _text_container(doc, title_el, lines)
    if block is None or len(block.findall(".//img")) < len(captions):
        return False
    found = dated(block)
    return found.published is not None and found.source in ("date-element", "metadata")


def _scanned(doc, title_el, lines: list[str]) -> bool:
    """A document posted as its scan: an image in the block of its title and number line."""
    block = article_block(doc, title_el, lines)
    return block is not None and block.find(".//img") is not None


def issuer_lines(lines: list[str]) -> set[int]:
    """An official document's heading above its number ("LIÊN MINH HTX TỈNH LONG AN" over
    "Số: 18/KH-LMHTX"): text, although the site's banner repeats the issuer's name."""
    for i, line in enumerate(lines[:6]):
        if DOC_NUMBER.match(line):
            return set(range(max(0, i - 2), i))
    return set()


def find_doc_number(lines: list[str]) -> str | None:
    # a document's header may be a table: "| LIÊN MINH HTX TỈNH … | CỘNG HÒA … |" over
    # "| Số: 12/KH-LMHTX | Quảng Trị, ngày … |", a cell per line
    head = "\n".join(cell.strip() for line in lines[:6] for cell in (line.strip("|").split(" | ") if line.startswith("| ")
                                                                    else [line]))
    m = DOC_NUMBER.search(head)
    return m.group(1).rstrip(".") if m else None


def detect_language(text: str) -> str | None:
    letters = len(_LETTER.findall(text[:3000]))
    if not letters:
        return None
    return "vi" if len(_VI_CHARS.findall(text[:3000])) / letters > 0.03 else "en"


def content_hash(title: str, text: str) -> str:
    """What changes when an article's title or text does: a new version in the archive."""
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()


def fingerprint(text: str) -> str:
    """Shared by syndicated copies: folded words of the body without its last short lines
    (bylines and "Nguồn:" lines differ between portals)."""
    lines = text.split("\n")
    while len(lines) > 1 and len(lines[-1]) < 80:
        lines.pop()
    body = " ".join(lines)
    # Fold only what the first 400 words need: folding the whole text cost more than the rest.
    # Folding never joins across whitespace, so the cut after a space changes nothing.
    raw = list(itertools.islice(_WORD.finditer(body), FINGERPRINT_WORDS + 20))
    if len(raw) > FINGERPRINT_WORDS:
        cut = body.find(" ", raw[-1].end())
        body = body if cut < 0 else body[:cut]
    words = _WORD.findall(fold(body))
    return hashlib.sha1(" ".join(words[:FINGERPRINT_WORDS]).encode()).hexdigest()


def _entry_of(line: str, title: str) -> bool:
    """Whether a closing line is the page's own entry in a list under its text (a list archive's
    thread: "[thongbao] <subject>, <sender>, 05/13/2024"): its title, after a list tag, and a few words."""
    line = clean_line(line)
    if (tag := list_tag(line)) is not None:
        line = line[len(tag):].strip()
    return len(title) >= ENTRY_TITLE_CHARS and line.casefold().startswith(title.casefold()) \
        and len(line) - len(title) <= ENTRY_EXTRA_CHARS and line[len(title):len(title) + 1] in (",", " ", "")


ENTRY_EXTRA_CHARS = 80  # a list entry's sender and date after the title
SIGNATURE_LINES = 12  # a mail's signature block, its attachments' and its thread's lines at most


def _before_signature(lines: list[str]) -> list[str]:
    """A mail's text without what follows its signature separator ("-- " alone on its line, by
    the mail's convention: the sender's office and telephone, then the archive's list of its
    attachments and thread), shown by a list archive (Sympa's MHonArc, Pipermail)."""
    for i in range(len(lines) - 1, max(0, len(lines) - SIGNATURE_LINES - 1), -1):
        if lines[i].strip() == "--":
            return lines[:i] if i else lines
    return lines


def _spare_title(title_el, furniture: set) -> str:
    """The page's own title is never its furniture (a young profile that met it on the listings
    featuring this article may think so): a furniture element holding it gives way to its
    other parts, down to the title. The text the profile took with the title (its holder's, and
    that of the furniture beside it: the post under its title, met whole on the site's lists)."""
    path = [title_el, *title_el.iterancestors()]
    top = max((i for i, el in enumerate(path) if el in furniture), default=None)
    if top is None:
        return ""
    # the text the template took with the title: in its holder, and in furniture beside it (the post's body)
    holder, scope = path[top], path[top].getparent()
    own = " ".join(clean_line(el.text_content()) for el in furniture
                   if el is holder or (scope is not None and scope in el.iterancestors()))
    for i in range(top, -1, -1):
        el = path[i]
        if el in furniture:
            furniture.discard(el)
            el.attrib.pop(FURNITURE_MARK, None)
        if i > 0:
            for child in el:
                if child is not path[i - 1] and isinstance(child.tag, str) and child not in furniture:
                    furniture.add(child)
                    child.set(FURNITURE_MARK, "1")
    return own


def extract(
    html: str | lxml.html.HtmlElement,
    url: str,
    *,
    rules: Rules,
    site: str | None = None,
    site_name: str | None = None,
    province: str | None = None,
    province_today: str | None = None,
    listing_date: str | None = None,
    fetched_at: datetime | None = None,
    profile=None,
) -> Extraction:
    """The article of a page, or why it is not one. What the page contains decides: URL shapes,
    family selectors and the site's learned profile are hints (see the module docstring)."""
    doc = parse_html(html) if isinstance(html, str) else html
    page: dict[str, Any] = dict(rules=rules, site=site, site_name=site_name, province=province,
                                province_today=province_today, listing_date=listing_date, fetched_at=fetched_at)
    result = _extract(doc, url, profile=profile, **page)
    if result.kind == "stub" and len(result.own_post_template) >= MIN_TEXT_CHARS:
        # The profile took the page's own post for template (met whole on the site's listings
        # while it was young) and left too little: the page read as it would be without it, if
        # what it reads then is that post (not the footer of a thread's page of replies).
        again = _extract(doc, url, profile=None, **page)
        if again.is_article and _mostly_in(again.item["text"], result.own_post_template):
            return again
    return result


def _mostly_in(text: str, within: str) -> bool:
    """Whether most of a text's characters are in lines that `within` holds."""
    lines = [line.removeprefix("- ") for line in text.split("\n")]
    return 2 * sum(len(line) for line in lines if line in within) >= sum(map(len, lines))


def _extract(doc, url: str, *, rules: Rules, site: str | None, site_name: str | None, province: str | None,
             province_today: str | None, listing_date: str | None, fetched_at: datetime | None,
             profile) -> Extraction:
    canonical = find_canonical(doc, url)
    kind = rules.url_kind(path_and_query(canonical))
    if kind == "denied":
        return Extraction("denied", "URL matches a deny pattern", doc=doc)
    if is_site_root(canonical) or is_site_root(url):
        return Extraction("page", "the site's front page", doc=doc)
    names = site_names(doc) | ({site_name} if site_name else set())
    # names that title every page of the site: its feeds', the one its profile saw on most pages
    site_titles = set(feed_names(doc)) | ({t} if profile is not None and profile.ready and (t := profile.site_title()) else set())
    if profile is not None and profile.ready and profile.title_recurs(doc) \
            and len(WORD.findall(kind_title := profile.strip_title(page_title := clean_line(doc.findtext(".//title") or "")))) \
            <= GENERIC_TITLE_WORDS:
        # (a short one, in words: an article's own title recurs too, on the views of its parts;
        # a portlet's "Tin tức - Thông báo" is four words, and names its heading, not the item's)
        site_titles.add(page_title)
        names.add(kind_title)
    names |= site_titles
    # (and each part of such a title: "Hệ thống thư điện tử … - arc", Sympa's on every page, names
    # the site in its header's <h1>; "Alfresco » Xem bài đăng blog" names the kind of page)
    names |= {part for t in site_titles for p in TITLE_SEPARATORS.split(t)
              if (part := p.strip()) != t and len(part.split()) >= SITE_NAME_WORDS}
    if (is_front_page_paged(canonical) or is_front_page_paged(url)) and not titled_as_heading(doc, names):
        return Extraction("listing", "the front page's list of news, paged on", doc=doc)
    if is_print_view(doc, url):
        return Extraction("page", "a print view: the article is read at its own address", doc=doc)
    furniture: set = set()
    kept: frozenset[str] = frozenset()
    if profile is not None and profile.ready:
        judged = profile.judge(doc)
        furniture = set(profile.furniture_elements(doc, judged))
        kept = profile.kept_lines(judged)
        for el in furniture:
            el.set(FURNITURE_MARK, "1")
    title, title_el = find_title(doc, rules, names=names, furniture=furniture, site_titles=site_titles, url=url,
                                 strip=profile.strip_title if profile is not None and profile.ready else None)
    if not title:
        # a list of posts under no heading of its own (WonderCMS' blog: each card's <h3>, its date and
        # "↪ Read more"): a listing, which a night reads again for new posts; a page would not be
        if (posts := headed_links(site_links(doc, url, canonical))) >= UNTITLED_LIST_LINKS:
            return Extraction("listing", f"no title of its own, {posts} posts' headings linked", doc=doc)
        return Extraction("page", "no title", doc=doc)
    named, title = title, without_namespace(title)  # (a listing's "Tag:ocop" names its kind)
    title = without_list_tag(title, url, profile.list_tag_recurs if profile is not None and profile.ready else None)
    own_post = _spare_title(title_el, furniture) if title_el is not None and furniture else ""
    profiled = bool(furniture)
    # the page's label | value rows after the title are metadata, no text (a file's row but its
    # label: the attachment is read from its value)
    fields = field_rows(title_el)
    for el in itertools.chain((f.label_el if ATTACHMENT_FIELD.match(f.label) else f.row for f in fields), field_lists(doc),
                              key_tables(doc)):
        if el not in furniture:
            furniture.add(el)
            el.set(FURNITURE_MARK, "1")
    if is_product_page(doc, title_el):
        return Extraction("page", "a product page", doc=doc)
    if LISTING_TITLE.match(title) or LISTING_TITLE.match(named):
        return Extraction("listing", "a month's, category's or tag's page of posts", doc=doc)
    if FORUM_OWN_TITLE.match(title):
        return Extraction("page", "a forum's own topic: its welcome, rules or a category's description", doc=doc)
    hint = first_of(rules.body, doc)
    # a forum thread: its first post, no reply
    post = thread_posts(doc, title, title_el, later=_later_page(url)) if hint is None else None
    if isinstance(post, int):  # pagekind.REPLIES_ONLY
        return Extraction("page", "a thread's later page: replies, no first post", doc=doc)
    hint = hint if post is None else post_body(post)
    if title_el is not None:
        title_el.set(TITLE_MARK, "1")
    lines, container = find_body(doc, rules, title, hint, cleaned=bool(furniture), title_el=title_el,
                                 profiled=profiled, post=post is not None)
    for el in itertools.chain([title_el] if title_el is not None else [], furniture):
        el.attrib.pop(TITLE_MARK, None)
        el.attrib.pop(FURNITURE_MARK, None)
    # the text read from the thread's first post (its body), not from the whole page
    held = post if post is not None and container is hint else None
    if held is not None:
        # the post's header above its subject (the poster's card: name, rank, post count, joined)
        subject = next((i for i, line in enumerate(lines[:POST_HEAD_LINES]) if line.casefold() == title.casefold()), None)
        lines = lines if subject is None else lines[subject + 1:]
        # the poster's signature under its rule ("_________________", phpBB's and JForum's): no text
        lines = lines[:next((i for i, line in enumerate(lines) if SIGNATURE_RULE.fullmatch(line)), len(lines))]
    if profile is not None and profile.ready:
        issuer = issuer_lines(lines)
        lines = [line for i, line in enumerate(lines) if i in issuer or not profile.is_furniture_line(line, kept)]
    if widgets := widget_lines(doc, title_el):
        lines = [line for line in lines if line not in widgets]
    if container is not None and link_density(container) > MAX_LINK_DENSITY:
        return Extraction("listing", "body is mostly links", doc=doc)
    links = site_links(doc, url, canonical)
    if posts := whole_posts(doc, links, title=title, title_el=title_el):
        return Extraction("listing", f"{posts} posts shown whole, each under a title linking to its own page", doc=doc)
    if dated := dated_posts(doc, title_el):
        return Extraction("listing", f"{dated} posts shown whole, each in its box under its heading and date", doc=doc)
    if teased := teased_posts(doc, links, title_el):
        return Extraction("listing", f"{teased} posts' teasers, each under its title and closed by a 'read more' to its page",
                          doc=doc)
    if led := looks_like_listing(lines, links, article_url=kind == "article", title_el=title_el):
        return Extraction("listing", f"{led} lines are titles or teasers of links: a list of articles", doc=doc)
    if closed := closed_teasers(lines):
        return Extraction("listing", f"{closed} teasers each closed by a 'read more': a list of articles", doc=doc)
    if cut := cut_excerpts(lines):
        return Extraction("listing", f"{cut} lines are excerpts cut short: a list of teasers", doc=doc)
    issuers = frozenset(lines[i] for i in issuer_lines(lines))
    if find_doc_number(lines) is not None:
        # an official document's lines in capitals ("CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH HÀ TĨNH", the
        # authority deciding) are its own, though the logo's link names the alliance
        issuers |= {line for line in lines if line.isupper()}
    lines = drop_excerpts(drop_link_bars(drop_link_lines(lines, links, keep=issuers), doc), links)
    if lines and (lead := lead_as_title(doc, title, lines[0], title_el)):
        title, lines = lead, lines[1:]  # (a post with no title field: its bold first line)
    doc_number = find_doc_number(lines)
    text = "\n".join(lines)
    prose = prose_chars(lines)
    attachments = None
    # A caption and a sidebar's teaser of another article are no article either; a document
    # posted as its number and its file is one (its text is the file's).
    if len(text) < MIN_TEXT_CHARS or prose < MIN_PROSE_CHARS or \
            (len(text) < 2 * MIN_TEXT_CHARS and len(text) - teaser_chars(lines, links, title=title) < MIN_TEXT_CHARS):
        if doc_number is None or not (
                (attachments := find_attachments(doc, url, rules, title_el=title_el, lines=lines, furniture=furniture,
                                                 doc_number=doc_number))
                or _scanned(doc, title_el, lines)):
            dated = _stub_date(doc, url, title_el, fetched_at, listing_date)
            if not _short_notice(doc, lines, title_el, dated, held) and not _photo_story(doc, lines, title_el, dated, held) \
                    and not _brief(doc, lines, title_el, dated) and not _enumeration(doc, lines, title_el, dated, held):
                return Extraction("stub", f"too little text ({len(text)} chars, {prose} in prose lines)", doc=doc,
                                  own_post_template=own_post)
    found = dates.find_published(
        doc,
        url,
        date_selectors=rules.date_css,
        title_selectors=rules.title_css,
        body_selectors=rules.body_css,
        listing_date=listing_date,
        fetched_at=fetched_at,
        title_element=title_el,
        body_element=container,
        text_holder=lambda: text_block(doc, lines),  # (asked only when no body element was found)
        date_order=profile.date_order if profile is not None else None,
        plain_order=profile.plain_date_order if profile is not None else None,
        midnight_days=profile is not None and profile.midnight_days,
        clock=profile.clock if profile is not None else None,
    )
    # What says "an article" besides its prose: a date, the page's own metadata, the URL shape.
    signals = [name for name, on in (
        ("date", found.published is not None or "year-less" in (found.missing_reason or "")),
        ("og:type", (meta(doc, "og:type") or "").lower() == "article"),
        ("json-ld", jsonld_article(doc) is not None),
        ("markup", markup_article(doc)),
        ("url", kind == "article"),
        ("listing", listing_date is not None),
        # (not a view the site keeps out of search engines: a wiki's source view of a notice)
        ("notice", bool(NOTICE_TITLE.match(title)) and not says_noindex(doc)),
        # a long text under a heading that the page's <title> names
        ("prose", prose >= ARTICLE_PROSE_CHARS and (title_el is not None or prose >= 2 * ARTICLE_PROSE_CHARS)),
        # a report's lead among its first lines, under a heading ("Ngày 28/5/2025, HTX …": its event's
        # day, no publication date; a handbook's page or a list opens otherwise)
        ("lead", title_el is not None and any(dates.opens_with_dated_lead(line) for line in lines[:LEAD_LINES])),
    ) if on]
    static_title = any(STATIC_TITLE.match(part) for part in (title, TITLE_SEPARATORS.split(title)[0]))
    # (an address shaped as a list's, or naming a taxonomy, is only a hint: a page dated by its own
    # title's stamp, a headline's, is one post, Gitea's release at "/releases/tag/<tag>"; a tag's own
    # name is a few words)
    own_stamp = title_el is not None and found.source in ("date-element", "metadata") \
        and len(title.split()) > OWN_TITLE_WORDS and not _names_its_address(title, canonical)
    static = static_title or (kind == "listing" and not own_stamp) or any(
        (m := p.search(path_and_query(canonical))) and not (own_stamp and m.group(0).lower() in _TAXONOMY_WORDS)
        for p in rules.static_urls) \
        or bool(COURSE_TITLE.match(doc.findtext(".//title") or ""))
    # An undated page titled as the template's menu or widget names it ("Dịch vụ tư vấn", a chat
    # box's "Hộp thoại"): a section's page (a dated one's title may be a sidebar's featured link)
    section = found.published is None and listing_date is None and profile is not None \
        and profile.names_a_section(title)
    # A static page (about, contact) is news only with a date by its title: CMSes stamp
    # og:type=article on every page, and an about page is long prose. Titled as one, it is news
    # only where its address is an article's or a list of news dates it: a blog's pinned page, an
    # about page in the article template, carry a date and the article's markup.
    if not signals or section or (static and ("date" not in signals or len(signals) < 2)) \
            or (static_title and not {"url", "listing"} & set(signals)):
        if not static and not section:
            return Extraction("page", NO_SIGNALS, doc=doc)
        return Extraction("page", "a static page (URL or title) without article signals (date, metadata, URL shape)",
                          doc=doc)
    if QUESTION_TITLE.match(title) or (len(text) < QUESTION_CHARS and text.endswith("?")):
        return Extraction("page", "a reader's question (its title or its short text asks): no news", doc=doc)
    if HISTORY_TITLE.match(title):
        return Extraction("page", "another page's history (its list of revisions): no news", doc=doc)
    if REPLY_TITLE.match(title):
        return Extraction("page", "a reply (its subject answers another message's: \"Re: …\"): no news", doc=doc)
    language = detect_language(text)
    # An alliance's English edition dates its news; its undated pages are static ("Investment
    # environment", "About us"). Only for a registry's portal: a Vietnamese site.
    if province and language == "en" and "date" not in signals:
        return Extraction("page", "an undated page in English: an English edition's static page", doc=doc)
    fetched_at = fetched_at or datetime.now(dates.TZ)
    # (a mail's signature and what the archive shows after it, the page's own entry in its thread: no text)
    lines = _before_signature(lines)
    while len(lines) > 1 and _entry_of(lines[-1], title):
        lines.pop()
    author = find_author(doc, rules, lines, official=doc_number is not None, names=names, title_el=title_el,
                         fields=fields, post=held)
    # "Tác giả: X" / "Nguồn tin: Y" / "bởi X" or an author element's text opening the text, and such
    # labelled lines closing it, are its metadata (the author is kept as such).
    head = lines[:HEAD_META_LINES]
    bylines = byline_texts(doc, title_el) if any(len(line) <= BYLINE_CHARS for line in head) else set()
    lines = [line for at, line in enumerate(head) if not (is_meta_line(row_as_line(line)) and not (at and scheduled(lines, at)))
             and line not in bylines] + lines[HEAD_META_LINES:]
    while len(lines) > 1 and is_closing_meta(row_as_line(lines[-1])):
        lines.pop()
    text = "\n".join(lines)
    item = {
        "url": url,
        "canonical_url": canonical,
        "site": site,
        "province": province,
        "province_today": province_today,
        "title": title,
        "text": text,
        # (to the second: a stamp's milliseconds, PeerTube's "09:30:00.542Z", say nothing a reader sees)
        "published": found.published.replace(microsecond=0).isoformat() if found.published else None,
        "published_source": found.source or None,
        "published_missing": found.missing_reason,
        "listing_date": listing_date,
        "author": author,
        "language": language,
        "doc_number": doc_number,
        "attachments": attachments if attachments is not None else find_attachments(
            doc, url, rules, title_el=title_el, lines=lines, furniture=furniture, doc_number=doc_number),
        "fetched_at": fetched_at.astimezone(dates.TZ).isoformat(timespec="seconds"),
        "content_hash": content_hash(title, text),
        "fingerprint": fingerprint(text),
        "family": rules.family,
    }
    # (a short copy naming its full version, a forum's lite archive, or a post shown whole on a page
    # that names its permalink, a journal's day archive, waits for that page too: kept only if it
    # is no article)
    post = full_version(doc, url) or permalink_of(doc, url) or linked_post(doc, links, url, canonical,
                                                                            lines[0] if lines else "", title_el) \
        or teaser_of(doc, container, lines, url)
    return Extraction("article", "", item=item, doc=doc, linked_post=post)
