"""The pieces of evidence for a page's publication date, each read on its own: structured
metadata (meta tags, itemprop, JSON-LD, <time>), the site's date element or the date line by
the title (after it, just above it, or a line labelled as the publication date at the end of the
article), the URL, the listing's date, a date line in the text, an official document's
place-and-date line. `published` weighs them."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from lxml import etree

from ..blocks import HEADINGS
from ..bylines import is_account, is_signer
from ..families.base import ATTACHMENT
from ..metadata import flatten_jsonld, jsonld, metas, page_state_objects, state_value
from ..parsing import following, text_before
from ..text import (
    CATEGORY_LABEL,
    DOC_NUMBER,
    FIELD_SEPARATORS,
    POSTED_BY,
    PROSE_PARAGRAPH_CHARS,
    clean_line,
    label_and_value,
)
from ..urls import ACCOUNT_PAGE
from .base import TZ, ZONED_INSTANT, current_clock, local
from .clocks import BARE_STAMP
from .lines import _BLOCK_TAGS, _SKIP_TAGS, _WS, _is_articleish, is_update_stamp, precedes
from .page import _LIST_ITEM_TAGS, DateResult, Evidence, Page, Partial, complete_year, css, ymd
from .parse import _LETTER, _parse_short, parse_date, stamp_of
from .text import (
    _WEEKDAY_TAIL,
    LAST_UPDATE,
    UPDATE_LABEL_END,
    UPDATE_WORD,
    DateMatch,
    _clock,
    _scan,
    ends_with_update_label,
    with_time_of,
)

_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.effective",  # Plone's publishing date (its DC.date.created is when the item was begun)
    "dcterms.created",
    # (RDFa names them with a colon: Percussion's <meta property="dcterms:created" datatype="xsd:dateTime">)
    "dcterms:issued",
    "dcterms:created",
)
# schema.org's datePublished element, and hAtom's <abbr class="published" title="2024-03-14T08:30:00+07:00">
# (Blogger, old WordPress themes), whose text is only "08:30"
_X_ITEMPROP = etree.XPath(".//@itemprop[. = 'datePublished']/parent::*[not(self::meta)]"
                          " | .//abbr[@title][contains(concat(' ', normalize-space(@class), ' '), ' published ')]")
_X_TIME = etree.XPath(".//time[@datetime]")
# hAtom's required "updated", the one stamp of an entry whose template marks none "published" (Livedoor's,
# Movable Type's `<abbr class="updated" title="2024-11-04T01:30:00+09:00">2024年11月04日</abbr>`): its posting
_X_HATOM_UPDATED = etree.XPath(".//abbr[@title][contains(concat(' ', normalize-space(@class), ' '), ' updated ')]")
_X_DATETIME = etree.XPath(".//*[@datetime]")
# A stamp in RDFa beside the shown date: Drupal's `<span property="schema:dateCreated"
# content="2026-03-12T08:30:00+07:00">` (8 and later), `property="dc:date dc:created"` (7); the
# shown line may leave the clock out or write it in the site's own way.
_RDFA_DATES = ("schema:datePublished", "schema:dateCreated", "dc:created", "dc:date", "dcterms:created")
_X_STAMP = etree.XPath(".//time[@datetime] | .//@property[contains(., 'date') or contains(., 'Date') or contains(., "
                       "'created')]/parent::*[@content][not(self::meta)][" + " or ".join(
                           f"contains(concat(' ', normalize-space(@property), ' '), ' {p} ')" for p in _RDFA_DATES) + "]")
_JSONLD_RX = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_PUBLISHED_CLASS = re.compile(r"(?<![\w-])published(?![\w-])")
_MODIFIED = re.compile(r"updated|modified", re.I)

# who started a forum's thread, beside its first post's day: SMF's "Bắt đầu bởi X, 18 Tháng Tư, 2024, 03:40:22 PM"
_STARTED_BY = r"(?:bắt\s+đầu\s+bởi|started\s+by)"
# A short line that is just a date, optionally with these labels around it.
_LABELS = re.compile(
    r"(?<!\w)(?:"
    rf"(?:tác\s+giả|{POSTED_BY}|{_STARTED_BY}|bởi|nguồn|by)"
    r"\s*:?\s*[^|\-–()\d]{0,40}"
    r"|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|(?:ngày|đã)\s+thêm|ngày\s+tạo|date\s+created|created(?:\s+on)?|đăng\s+ngày|đăng\s+lúc|ngày\s+ban\s+hành|"
    r"(?:ngày\s+)?xuất\s+bản(?:\s+ngày)?|"
    r"thời\s+gian(?:\s+đăng)?|vào\s+(?:lúc|ngày)|ngày|đăng|lúc|lượt\s+(?:xem|đọc|truy\s+cập)|số\s+lần\s+xem|xem|views?|"
    r"posted(?:\s+on)?|published|updated|gmt\s*\+?\s*7|giờ|[ap]m"
    r"|số\s+\d{1,4}(?:\s*/\s*\d{4})?(?=\s*[·•|\-–]))(?!\w)",  # a bulletin's issue: "Số 12/2023 · Thứ Tư, 20/12/2023"
    re.I,
)
_PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d_][\w.\s\-–]{1,40}?)\s*,\s*(?P<date>ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}))\s*\.?",
    re.I,
)
# Labels that name the line's date as the publication date (not "Cập nhật", an update; a gallery's
# "Ngày thêm", the day a photo was added to the site, Coppermine's "Date added", is its posting).
_PUBLISHED_LABEL = re.compile(
    r"(?<!\w)(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|thời\s+gian\s+đăng|ngày\s+xuất\s+bản|xuất\s+bản\s+ngày|"
    r"ngày\s+thêm|đã\s+thêm|date\s+added|posted\s+on|published(?:\s+on)?)(?!\w)",
    re.I,
)
# A record's creation, a publication date where nothing is labelled posted (Nuxeo's "Ngày tạo" beside its
# "Sửa đổi lần cuối"); a gallery's "Ngày tạo" beside its "Ngày đăng" is the photo's day
_CREATION_LABEL = re.compile(r"(?<!\w)(?:ngày\s+tạo|date\s+created|created(?:\s+on)?)(?!\w)", re.I)
_TEASER_CHARS = 300  # a block this short around a dated line with an article's link is a list item
_DOC_WINDOW = 6  # lines between the number and the place-and-date line (table layouts vary)


# midnight in UTC to the second: a date the static generator kept without its time ("2025-11-18"
# in the front matter, "2025-11-18T00:00:00Z" in the page); the local day is that date. (With its
# milliseconds, "…T00:00:00.000Z", it is an instant a program stored: Wix's, JavaScript's.)
_UTC_MIDNIGHT = re.compile(r"^\d{4}-\d{2}-\d{2}T00:00(?::00)?(?:Z|[+-]00:?00)$")
# The same midnight with milliseconds is a day too on a site whose stamps mostly fall there (a
# JavaScript generator's date-only front matter: VuePress's, Gatsby's), else an instant (07:00).
_UTC_MIDNIGHT_MS = re.compile(r"^\d{4}-\d{2}-\d{2}T00:00:00\.0+(?:Z|[+-]00:?00)$")
_UTC_MS_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+(?:Z|[+-]00:?00)$")


def utc_stamp_kind(doc) -> str | None:
    """How the page's published stamp in its metadata falls, when written in UTC to the
    millisecond: "midnight" or "clock"; None otherwise. Read over a site's pages, it tells a
    day written as UTC's midnight from an instant (see `profile.SiteProfile.midnight_days`)."""
    values = [v for key in _META_KEYS for v in metas(doc).get(key, ())]
    ld = jsonld(doc)
    for raw, data in ld.blocks:
        values.extend(_JSONLD_RX.findall(raw) if data is None else _jsonld_dates(data, ld.own))
    v = next((v for v in values if v), "")
    if not _UTC_MS_STAMP.match(v):
        return None
    return "midnight" if _UTC_MIDNIGHT_MS.match(v) else "clock"


def _day_stamp(page: Page, v: str) -> bool:
    """Whether a stamp is a day without its time written as UTC's midnight."""
    return bool(_UTC_MIDNIGHT.search(v) or (page.midnight_days and _UTC_MIDNIGHT_MS.match(v)))


def metadata_date(page: Page) -> Evidence | None:
    """Structured metadata; modified dates are ignored."""
    by_name = metas(page.doc)
    values = [v for key in _META_KEYS for v in by_name.get(key, ())]
    for el in _X_ITEMPROP(page.doc):
        if _in_titles_item(page, el) or not page.furniture(el):
            # a <time datetime> inside it says the time its text leaves out ("24/10/2025")
            inner = next((stamp_of(t) for t in _X_TIME(el) if t.get("datetime")), None)
            values.append(stamp_of(el) or inner
                          or (el.get("title") if el.tag == "abbr" else None) or el.text_content())
    ld = jsonld(page.doc)
    for raw, data in ld.blocks:
        values.extend(_JSONLD_RX.findall(raw) if data is None else _jsonld_dates(data, ld.own))
    found, raw = None, ""
    for v in values:
        if v and _day_stamp(page, v):
            v = v[:10]  # a day without its time, written as UTC's midnight (Eleventy's, Hugo's front matter)
        dt = _parse_short(v, None)[0] if v else None
        if dt is None or not page.acceptable(dt, "metadata"):
            continue
        if found is None:
            found, raw = dt, v
        elif dt.date() == found.date():
            found, raw = dt, v  # the same day with its time: a date-only meta and a full JSON-LD stamp
        if ":" in v:
            break
    if found is not None and not _ZONE_END.search(raw):
        # a zone-less stamp whose digits are another's instant in UTC: the server's UTC written without
        # its zone (Smartstore's og "14/03/2025 17:10:00" beside its microdata's "2025-03-14 17:10:00Z")
        for v in values:
            if v and _ZONE_END.search(v.strip()) and not _day_stamp(page, v.strip()) \
                    and (dt := _parse_short(v.strip(), None)[0]) is not None \
                    and dt.astimezone(UTC).replace(tzinfo=None) == found.replace(tzinfo=None) != dt.replace(tzinfo=None) \
                    and page.acceptable(dt, "metadata"):
                found, raw = dt, v
                break
    if found is not None:
        return Evidence("metadata", "metadata", _wall_time(page, found, raw), True)
    if (stamp := _hatom_updated(page)) is not None:
        return Evidence("metadata", "metadata", stamp, True)
    if (stamp := _attribute_stamp(page)) is not None:
        return Evidence("metadata", "metadata", stamp, True)
    for el in _X_STAMP(page.doc):
        marks = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
        if (_MODIFIED.search(marks) and not _PUBLISHED_CLASS.search(marks)) or ends_with_update_label(text_before(el)) \
                or _update_label_after(el):
            continue  # (an update's: "Cập nhật lần cuối <time datetime=…>13 ngày trước</time>", GitBook's)
        # (hAtom's <time class="published"> in the post holding the title dates it wherever its footer
        # sets it: Twenty Twenty-One's "Đã đăng" under a long notice)
        if page.furniture(el) or not (page.near_title(el) or (_PUBLISHED_CLASS.search(el.get("class") or "")
                                                               and _in_titles_item(page, el))) \
                or _in_list(el, page.title, items=False) or _members_list(page, el):
            continue  # another post's card (a "Bài viết khác" query loop) dates that post
        raw = stamp_of(el)
        dt = _parse_short(raw[:10] if _day_stamp(page, raw) else raw, None)[0]  # (a day alone, as metadata's)
        if dt is None or not page.acceptable(dt, "<time>"):
            continue
        if page.banner(el, dt):
            continue
        return Evidence("date-element", "date element", dt, True)
    if (stamp := _relative_stamp(page)) is not None:
        return Evidence("date-element", "date element", stamp, True)
    return _post_stamp(page) or _anchored_stamp(page)


# The keys a page's script state names its creation by, first found first taken (never a change's)
_STATE_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishedDate", "publishDate", "publish_date",
                    "firstPublishedAt", "released_at", "releasedAt", "ngayDang", "ngay_dang", "ngayXuatBan",
                    "ngay_xuat_ban", "thoiGianDang", "date", "pubDate", "createdAt", "created_at")


def state_stamp(page: Page, *, named: bool = False) -> datetime | None:
    """The instant the page's script state gives for the object titled as the page (GoDaddy's
    bootstrap props, "date": "2025-03-11T17:35:00.000Z"): a zoned instant only, in Vietnam's time.
    `named`: under a key that names a publication only (not a bare "date": an event's)."""
    if page.title is None:
        return None
    keys = [k for k in _STATE_DATE_KEYS if not (named and k == "date")]
    for obj in page_state_objects(page.doc, page.title.text_content()):
        value = next((v.strip() for k in keys if isinstance(v := state_value(obj, k), str)), "")
        if ZONED_INSTANT.match(value) and (dt := _parse_short(value, None)[0]) is not None \
                and page.acceptable(dt, "script state"):
            return dt.astimezone(TZ)
    return None


_ZONE_END = re.compile(r"\d(?:\s*Z|[+-]\d{2}:?\d{2})$")  # a stamp ending in its zone
_UTC_STAMP = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time")


_UPDATE_ALONE = re.compile(rf"(?i)^[(\[]?\s*{LAST_UPDATE}\s*[)\]]?\.?$")


def _update_label_after(el) -> bool:
    """Whether the label right after the stamp `el` says it is a change's: its tail, or the next item
    of its line when the stamp fills its own (Zendesk's "<li><time …>1 tháng trước</time></li>
    <li>Đã cập nhật</li>", printed for an edited article instead of its creation)."""
    after = (el.tail or "").strip()
    if not after and (parent := el.getparent()) is not None and len(parent) == 1 and not (parent.text or "").strip() \
            and not (parent.tail or "").strip() and (nxt := parent.getnext()) is not None:
        after = " ".join(nxt.text_content().split())
    return bool(_UPDATE_ALONE.match(after))


def _modified_stamps(page: Page) -> list[tuple[str, datetime]]:
    """(as written, as read) of each moment the page's metadata says it was last changed:
    `article:modified_time`, `og:updated_time`, JSON-LD's `dateModified`."""
    changed = [v for key in _MODIFIED_KEYS for v in metas(page.doc).get(key, ())]
    changed += [v for obj in jsonld(page.doc).objects if isinstance(v := obj.get("dateModified"), str)]
    return [(v, dt) for v in changed if (dt := _parse_short(v, None)[0]) is not None]


def modified_days(page: Page) -> set[date]:
    """The days (in Vietnam) the page's metadata says it was last changed."""
    return {dt.astimezone(TZ).date() for _, dt in _modified_stamps(page)}


def _wall_time(page: Page, published: datetime, raw: str) -> datetime:
    """A UTC stamp that says the page was published after it was last modified is a zone-less
    time (a front matter's "2025-03-14 21:30", typed in Vietnam) that a static generator labelled
    UTC (VuePress): read as the local time it was typed in, when that puts it before the change.
    (A true instant beside a later change is left alone: Hashnode's, Ghost's.)"""
    if not _UTC_STAMP.search(raw):
        return published
    stamps = [dt for v, dt in _modified_stamps(page) if ":" in v]
    if not stamps or min(stamps) >= published:
        return published
    wall = published.astimezone(UTC).replace(tzinfo=TZ)
    return wall if wall <= min(stamps) else published


def _members_list(page: Page, el) -> bool:
    """Whether `el` is in a list of members, each item linking a member's page (a forum's "In
    this discussion" panel: each participant and the time of their last comment), not the list
    of posts holding the text (vBulletin's, each post an item under its poster's name)."""
    item = next(el.iterancestors("li"), None)
    if item is None or (items := item.getparent()) is None or items in page.text_chain():
        return False
    return sum(1 for li in items.iterchildren("li") if any(ACCOUNT_PAGE.search(a.get("href") or "") for a in li.iter("a"))) >= 2


# A time shown relative to now ("8 tháng trước", "3 days ago"), its moment in the element's tooltip
# (`title`): BookStack's "Tạo <span title="30 tháng 6 2025 23:40:00">8 tháng trước</span> bởi …".
# (Kunena's two units: "1 tháng 1 tuần trước", "2 months, 1 week ago")
_AGE_UNIT = (r"(?:\d+|một|vài|mấy)\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|seconds?|minutes?|hours?|days?|"
             r"weeks?|months?|years?)")
_AGE = rf"(?:(?:khoảng|hơn|gần|about|over|almost)\s+)?{_AGE_UNIT}(?:(?:\s*,\s*|\s+(?:và\s+|and\s+)?){_AGE_UNIT}){{0,2}}"
# "3 ngày trước", "2 days ago", and Vietnamese' other order, "cách đây 14 ngày" (Redmine's, Elgg's)
_RELATIVE = re.compile(rf"(?i)^(?:{_AGE}\s+(?:trước|ago)|cách\s+đây\s+{_AGE}|hôm\s+(?:qua|nay)|yesterday|today)$")
# the words before an age that say it is one ("Thêm bởi X cách đây <a title=…>14 ngày</a>")
_AGO_BEFORE = re.compile(r"(?i)cách\s+đây\s*$")
# A post's stamp alone on its line, its edit note after it: "Hôm qua, 03:40 PM", "2 giờ trước",
# "05-03-2026, 08:20 AM (Sửa lần cuối: 06-03-2026 bởi X.)" (a forum's post head above its body)
# (or in guillemets, SMF's "« vào lúc: 18 Tháng Tư, 2024, 03:40:22 PM »« Đã được sửa lần cuối: … »")
_EDIT_NOTE = re.compile(r"(?i)\s*[(«]\s*(?:đã\s+(?:được\s+)?)?(?:sửa|chỉnh\s+sửa|edited|last\s+edited)[^)»]*[)»]$")
_DAY_CLOCK = re.compile(r"(?i)^(.+?)\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?$")


def is_stamp_line(text: str) -> bool:
    """A post's stamp alone: a relative time, a relative day and its clock, a date and its clock."""
    text = _EDIT_NOTE.sub("", text.strip()).strip("«» ")
    if _RELATIVE.match(text) or ((m := _DAY_CLOCK.match(text)) and _RELATIVE.match(m.group(1))) \
            or (len(text) <= _RELATIVE_LINE_CHARS and _RELATIVE_DAY.search(text)):
        return True
    found = date_only(text)
    return found is not None and found.hour is not None


_ENDS_AGO = re.compile(rf"(?i)(?:^|\s){_AGE}\s+(?:trước|ago)$")
AGE_LINE_CHARS = 80


def is_age_line(text: str) -> bool:
    """A short line closing with its post's age, no sentence before it: who did it and when ("Văn
    phòng LMHTX đã phát hành cái này 3 tuần trước", Gitea's; "Đăng bởi X 2 giờ trước"), other
    fields after it at most ("… 3 tuần trước | 7 commit đến main kể từ bản phát hành này")."""
    parts = [part.strip() for part in _FIELD_BAR.split(text.strip())]
    return all(len(part) <= AGE_LINE_CHARS and not _SENTENCE_INSIDE.search(part) for part in parts) \
        and any(_ENDS_AGO.search(part) for part in parts)


_FIELD_BAR = re.compile(r"\s[|·•]\s")
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s")


STAMP_LABEL_CHARS = 12  # "Đăng ", "Posted ": a label before a post's time
STAMP_CHARS = 40  # a date with its label and clock ("Thứ Năm, 05/03/2026 - 15:00"), shorter than titles


def stamp_link(a, text: str) -> bool:
    """A post's permalink by its time ("Đăng <time>Hôm qua lúc 15:40</time>", Invision's; a date
    or an age alone): no title of another page, no line of the post's text."""
    stamp = next(a.iter("time"), None) if len(a) else None
    if stamp is not None and len(text) - len(clean_line(stamp.text_content())) <= STAMP_LABEL_CHARS:
        return True
    # (or a post's age: Redmine's "<a title=… href=…/activity?from=…>cách đây khoảng 1 tháng</a>")
    return len(text) <= STAMP_CHARS and ((any(c.isdigit() for c in text) and is_date_line(text))
                                         or bool(_RELATIVE.match(text)))


_CREATED = r"(?:(?:được|đã)\s+tạo|tạo|ngày\s+tạo|(?:được|đã)\s+đăng|đăng|created|posted|published)(?:\s+(?:lúc|vào|ngày|on|at))?"
_CREATED_LABEL = re.compile(rf"(?i)(?:^|\s){_CREATED}\s*:?\s*$")
_CREATED_TIP = re.compile(rf"(?i)^\s*{_CREATED}\s*:")  # (a tooltip saying what it is: "Created at: …", "Đã tạo: …")
# An element's tooltip: its title, or a script library's attribute for it (Tippy's, Bootstrap's:
# lemmy-ui's "<span data-tippy-content="Đã tạo: … 09:20:00 GMT+00:00">19 ngày trước</span>")
_TOOLTIP_ATTRS = ("title", "data-tippy-content", "data-bs-original-title", "data-original-title", "data-tooltip",
                  "data-tooltip-content")
_X_TOOLTIPS = etree.XPath("//body//*[" + " or ".join(f"@{a}" for a in _TOOLTIP_ATTRS)
                          + "][string-length(normalize-space(.)) < 40]")


def tooltip(el) -> str:
    """The element's tooltip text ("" when it has none)."""
    return next((v for a in _TOOLTIP_ATTRS if (v := el.get(a))), "")


def _zoned_attribute(el) -> datetime | None:
    """The instant an attribute of `el` gives as an ISO stamp with its zone ("datetime", "content")."""
    for value in el.attrib.values():
        value = value.strip()
        if _ISO_STAMP.match(value) and _ZONE_END.search(value) and (dt := _parse_short(value, None)[0]) is not None:
            return dt
    return None


def _relative_stamp(page: Page) -> datetime | None:
    """The one moment a page gives its creation as a relative time whose tooltip says when, the
    label before it naming the creation ("Tạo", "Created", "Đăng lúc"), not a change ("Cập nhật"):
    the page's own detail, wherever its template sets it. Two such moments: none. The first one
    heading the post that holds the text wins, labelled or not (a forum's "<span title=
    "13-03-2026">Hôm qua</span>, 03:40 PM": the tooltip's day at the time shown after it; Discuz's
    "Đăng lúc <span title="2025-9-12 09:10">6 ngày trước</span>" over each reply's own)."""
    found: list[tuple[datetime, int]] = []
    heading = None
    heads = _post_of_text(page)
    holder = page.text_holder if heads is not None else None
    for el in _X_TOOLTIPS(page.doc):
        shown = " ".join(el.text_content().split())
        parent = el.getparent()
        before = (el.getprevious().tail if el.getprevious() is not None else parent.text) if parent is not None else None
        if before and _AGO_BEFORE.search(before):
            shown, before = f"cách đây {shown}", _AGO_BEFORE.sub("", before)
        if not _RELATIVE.match(shown) and not ((day := _DAY_CLOCK.match(shown)) and _RELATIVE.match(day.group(1))):
            continue  # (a relative day with its clock too: Discuz's "Hôm qua 15:40")
        if _update_label_after(el):
            continue
        # (the tooltip may say it itself: HumHub's "<time title="Created at: 14 thg 5, 2025 - 16:30">13 ngày trước")
        labelled = bool(_CREATED_LABEL.search(before or "") or _CREATED_TIP.match(tooltip(el))) \
            or _poster_line_under_title(page, el)
        # (a moment under the text, a comment's in the post's block, heads nothing)
        in_post = heads is not None and heading is None and heads(el) and not precedes(holder, el)
        if not labelled and ((before or "").strip() or not in_post or _in_list(el, page.title, items=False)):
            continue  # (a change's "Cập nhật 3 tháng trước" is no post's head, nor another thread's last post under its link)
        if parent is not None and _LAST_CHANGE.match(clean_line(parent.text_content())) and labelled_line(page) is not None:
            continue  # (a page's last change, "Sửa lần cuối bởi X · 6 ngày trước", beside the day its text says it was posted)
        dt, m = _parse_short(_CREATED_TIP.sub("", tooltip(el)).strip(), None)
        if m is not None and (timed := with_time_of(m, (el.tail or "").lstrip(" ,"))) is not None:
            dt = timed.to_datetime()
        if dt is not None and (zoned := _zoned_attribute(el)) is not None \
                and zoned.astimezone(UTC).replace(tzinfo=None) == dt.replace(tzinfo=None):
            dt = zoned.astimezone(TZ)  # (the tooltip's clock UTC's digits, the element's attribute the instant: Elgg's)
        if dt is not None and page.acceptable(dt, "tooltip"):
            if in_post:
                heading = dt
            else:
                found.append((dt, _below_in_post(holder, el)))
    if heading is not None:
        return heading
    # the replies' moments under the text, in the post the moment above it heads, do not count
    # against that one (HumHub's comments under a post); another post's below it do (a stream's)
    above = [level for _, level in found if level < 0]
    post = max((-level for level in above), default=0)
    moments = {dt for dt, level in found if level < 0 or level > post} if above else {dt for dt, _ in found}
    return moments.pop() if len(moments) == 1 else None


def _below_in_post(holder, el) -> int:
    """How many levels above the text's holder its container shared with `el` is: negative when
    `el` comes before the text, 0 when nothing is known (no holder)."""
    if holder is None:
        return 0
    inside = set(el.iterancestors())
    level = next((i for i, a in enumerate([holder, *holder.iterancestors()], 1) if a in inside), 0)
    return level if precedes(holder, el) else -level


_ADDED_BY = re.compile(r"(?i)^(?:thêm|đăng|gửi|viết|added|posted|submitted)\s+(?:bởi|by)\s")


def _poster_line_under_title(page: Page, el) -> bool:
    """Whether `el` is in the line right under the title that opens by naming its poster ("Thêm
    bởi <a>X</a> cách đây <a title=…>14 ngày</a>", Redmine's news): the post's own stamp; a
    reply's, further down, is not."""
    opens, line = False, el.getparent()
    while line is not None and line.tag in ("span", "a", "em", "small", "strong", "b", "i", "time"):
        opens = opens or bool(_ADDED_BY.match(" ".join(line.text_content().split())))
        line = line.getparent()  # (the poster's span may follow the summary in one paragraph)
    if page.title is None or line is None or line.getprevious() is not page.title:
        return False
    return opens or bool(_ADDED_BY.match(" ".join(line.text_content().split())))


_ANCHOR_LEVELS = 6  # a post's block above its text, read for a stamp linking to its anchor


def _anchored_stamp(page: Page) -> Evidence | None:
    """The stamp that links to the anchor of the post holding the text ("<a href="viewtopic.php?
    pid=102#p102">Ngày 12-03-2024 14:30</a>" heading FluxBB's post `#p102`; phpBB's, MyBB's): that
    post's moment, however far above the text its head is, and whatever its replies' say."""
    if (holder := page.text_holder) is None:
        return None
    below = holder
    for post in itertools.islice(itertools.chain([holder], holder.iterancestors()), _ANCHOR_LEVELS):
        # (the anchor on the post's block, or on its head before the text: PunBB's "<div id="p302"
        # class="posthead">" over its "postbody")
        kids = list(post.iterchildren(etree.Element))
        heads = kids[:kids.index(below)] if below in kids else []
        below = post
        anchors = {f"#{x}" for x in (post.get("id"), *(c.get("id") for c in heads)) if x}
        if not anchors:
            continue
        for a in post.iter("a"):
            if not (a.get("href") or "").endswith(tuple(anchors)):
                continue
            text = _line(a.text_content())
            if stamp_link(a, text) and (m := date_only(text)) is not None and m.year is not None \
                    and not m.ambiguous and not page.furniture(a):
                return line_evidence(page, m)
    return None


# A post's label before its time ("Đăng lúc", "Posted on"): its creation, no change
POSTED_AT = re.compile(r"(?i)^(?:đăng|gửi|posted|created|published)(?:\s+(?:lúc|vào|ngày|on|at))?\s*:?\s*")


def stamp_text(el) -> str:
    """An element's own text; after a posting label alone in it, the stamp that follows it too (the
    label in an element of its own: JForum's "<b>Gửi:</b> 12/03/2025 08:45:00")."""
    text = _line(el.text or "")
    if text and not len(el) and (label := POSTED_AT.fullmatch(text)) and label.group().rstrip().endswith(":"):
        return _line(f"{text} {el.tail or ''}")
    return text


def _post_stamp(page: Page) -> Evidence | None:
    """The full date and clock after a post's label, alone on its element (or after it, the label
    its own), heading the post that holds the text, above its body (Discuz's "<em>Đăng lúc 2025-8-5
    07:45</em>" in the post's head, each reply with its own below): the first one only."""
    if _post_of_text(page) is None:
        return None
    holder = page.text_holder
    top = holder
    for top in itertools.islice(holder.iterancestors(), 3):
        pass
    for el in top.iter():
        if el is holder:
            return None
        if len(el) or not isinstance(el.tag, str) or not (text := stamp_text(el)):
            continue
        if (tip := tooltip(el)) and len(text) <= STAMP_CHARS and (t := date_only(_line(tip))) is not None \
                and t.year is not None and t.hour is not None and _shows_day(text, t):
            # the post's day, short ("Tháng 11 18", "12/20/23"), its moment in the tooltip (Groups.io's)
            if page.furniture(el) or (dt := t.to_datetime()) is None or page.banner(el, dt):
                return None
            return line_evidence(page, t)
        if not (label := POSTED_AT.match(text)) or len(text := text[label.end():]) > STAMP_CHARS \
                or not is_stamp_line(text) or (m := date_only(text)) is None or m.year is None:
            continue
        if page.furniture(el) or m.ambiguous or m.plain_ambiguous or (dt := m.to_datetime()) is None \
                or page.banner(el, dt):
            return None  # (a day and month either way round: the page's other dates settle it)
        return line_evidence(page, m)
    return None


def _shows_day(text: str, m) -> bool:
    """Whether a short text shows the day and month of `m` (in either order, its year or not)."""
    numbers = {int(n) for n in re.findall(r"\d{1,2}(?!\d)", text)}
    return m.day in numbers and m.month in numbers and not _LETTER.search(re.sub(r"(?i)tháng|thg|th", "", text))


def _post_of_text(page: Page):
    """A test: whether an element is in the post holding the text (the text's container or one
    up to three levels above it); the first such moment in the page heads it. None when the
    text has no holder, or one holding the title too (a page's column, no post)."""
    if (holder := page.text_holder) is None:
        return None
    if page.title is not None and any(a is holder for a in page.title.iterancestors()):
        return None  # the page's whole column holds the text (and the title): no post of its own
    post = {holder, *itertools.islice(holder.iterancestors(), 3)}

    def heads(el) -> bool:
        return any(a in post for a in el.iterancestors())
    return heads


# A component's property on the element holding the text: Wiki.js's `<page created-at=
# "2025-04-03T01:30:00.000Z">`, a `data-published` attribute. Never an update's.
_STAMP_ATTR = re.compile(r"(?i)^(?:data-|:)?(?:date-?)?(?:created?|published|publish|pub)(?:[-_]?(?:at|on|date|time|date-?time))?$")
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# JavaScript's Date.toString(), as a server-side template prints it: "Thu Nov 02 2023 02:00:00 GMT+0000
# (Coordinated Universal Time)" (HedgeDoc's data-createtime)
_JS_STAMP = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d{2}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT([+-]\d{4})\b")
# elements anywhere carrying a `data-` attribute that may be one (a note's info bar, outside its text's
# containers); `_STAMP_ATTR` decides. (One XPath test of every attribute's name: cheaper than a list of names.)
_X_STAMP_ATTRS = etree.XPath(
    "//body//*[@*[starts-with(name(), 'data-') and (contains(name(), 'creat') or contains(name(), 'pub'))]]")


def _stamp_value(value: str) -> datetime | None:
    value = value.strip()
    if _ISO_STAMP.match(value):
        return _parse_short(value, None)[0]
    if (m := _JS_STAMP.match(value)) is not None:
        try:
            return datetime.strptime(" ".join(m.groups()), "%b %d %Y %H:%M:%S %z").astimezone(TZ)
        except ValueError:
            return None
    return None


def _attribute_stamp(page: Page) -> datetime | None:
    """The moment an attribute of the text's own container (or one of its ancestors) says the
    text was created or published, as a full ISO stamp; else the one element of the page that
    carries such an attribute, when only one does (a single note's info bar)."""
    if (holder := page.text_holder) is None:
        return None
    for el in (holder, *holder.iterancestors()):
        for name, value in el.attrib.items():
            if _STAMP_ATTR.match(name) and (dt := _stamp_value(value)) is not None and page.acceptable(dt, "metadata"):
                return dt
    stamped = [(name, value) for el in _X_STAMP_ATTRS(page.doc) for name, value in el.attrib.items()
               if _STAMP_ATTR.match(name)]
    if len(stamped) == 1 and (dt := _stamp_value(stamped[0][1])) is not None and page.acceptable(dt, "metadata"):
        return dt
    return None


def _hatom_updated(page: Page) -> datetime | None:
    """The instant of the hAtom entry holding the title (its own, wherever the template sets it),
    where the template marks it only "updated" (no element of the page says "published": those
    are read first), unless a label says it is a later change ("Sửa lần cuối")."""
    for el in _X_HATOM_UPDATED(page.doc):
        if not _in_titles_item(page, el) or ends_with_update_label(text_before(el)):
            continue
        raw = el.get("title") or ""
        if _ZONE_END.search(raw.strip()) and (dt := _parse_short(raw.strip(), None)[0]) is not None \
                and page.acceptable(dt, "metadata"):
            return dt
    return None


def _in_titles_item(page: Page, el) -> bool:
    """Whether `el` belongs to the item (microdata's itemscope, hAtom's hentry) holding the title:
    a post's footer ("Đăng bởi … lúc 08:30") is its own, not the page's furniture."""
    if page.title is None:
        return False
    scope = next((a for a in el.iterancestors()
                  if a.get("itemscope") is not None or "hentry" in (a.get("class") or "").split()), None)
    return scope is not None and scope in page.title_chain


def _jsonld_dates(data, own: frozenset[str]) -> list[str]:
    """One JSON-LD block's datePublished values, Article-like types first (a broken block's are
    found by _JSONLD_RX in its text); a video's, its uploadDate (PeerTube's VideoObject gives no
    other)."""
    articles: list[str] = []
    others: list[str] = []
    for node in flatten_jsonld(data, own):
        types = node.get("@type")
        types = " ".join(types) if isinstance(types, list) else str(types or "")
        v = node.get("datePublished") or (node.get("uploadDate") if "VideoObject" in types else None)
        if isinstance(v, str):
            (articles if ("Article" in types or "Posting" in types) else others).append(v)
    return articles + others


def element_date(page: Page, selectors: Sequence[str]) -> Evidence | Partial | None:
    """The site's own date element: after-title matches first, then the nearest before it."""
    for sel in selectors:
        after: list = []
        before: list = []
        for el in css(sel)(page.doc):
            (before if page.before_title(el) else after).append(el)
        for el in after + before[::-1]:
            if page.element_furniture(el):
                continue
            text = stamp_of(el) or el.text_content()[:200]
            dt, m = _parse_short(text, None)
            if m is not None and (m.cited or m.event):
                continue
            if dt is None and m is not None and m.year is None:
                return Partial(m.day, m.month, m.hour, m.minute, _WS.sub(" ", text).strip()[:60])
            if dt is None or not page.acceptable(dt, "date element"):
                continue
            if page.banner(el, dt):
                continue
            return Evidence("date-element", "date element", dt, True)
    return None


def is_date_line(text: str) -> bool:
    """A short line that is nothing but a date (with weekday, time, "Cập nhật:", "Lượt xem")."""
    return date_only(text) is not None


# The parts of a CMS's line of fields under a title: "bởi admin — Ngày đăng: 20/02/2024 14:00 —
# Cập nhật lần cuối 21/02/2024 07:45", "Admin | 15/03/2024 | 120 lượt xem".
# (with who made the change: a forum's "Sửa lần cuối bởi admin vào 20/11/2025 10:40")
_LAST_CHANGE = re.compile(rf"(?i)^{LAST_UPDATE}(?!\w)")
_UPDATE_LABEL = re.compile(rf"(?i)^{LAST_UPDATE}(?:\s+(?:bởi|by)\s+[^\d:|]{{1,40}}?(?=\s+(?:vào|lúc|on|at)\s))?{UPDATE_LABEL_END}")
_FIELD_PART = re.compile(
    rf"(?i)^(?:{POSTED_BY}|(?:được\s+)?tạo\s+bởi|created\s+by|bởi|by|tác\s+giả"
    r"|(?:bài|tin)\s*(?:và|,)?\s*ảnh|ảnh|bài)\s*:?\s*[^\d:|]{2,40}"
    # a wiki page's source file before its last change (DokuWiki's "tin_tuc/a.txt · Trang cuối sửa: …")
    r"|[\w/:.-]+\.txt$"
    rf"|{CATEGORY_LABEL}\s*:?\s*[^\d:|]{{2,60}}$|nguồn(?:\s+tin)?\s*:\s*[^\d:|]{{2,60}}$"
    r"|(?:lượt\s+(?:xem|đọc)|số\s+lần\s+xem|views?)\s*:?\s*[\d.,]+"
    # a counter its script fills ("Lượt xem: <script src=count.php>"), a font size's buttons after it
    r"|(?:lượt\s+(?:xem|đọc)|số\s+lần\s+xem)\s*:\s*[^\d:]{0,30}$"
    r"|\(?[\d.,]+\s+(?:lượt\s+(?:xem|đọc)|phút\s+đọc|bình\s+luận|views?|comments?|min(?:ute)?s?\s+read)\)?$"
    r"|(?:bình\s+luận|phản\s+hồi|comments?|trackbacks?)\s*(?:\(\d+\)|:\s*[\d.,]+)$"  # ("Bình luận: 2": Discuz's)
    r"|\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?(?:\s*GMT\s*\+\s*7)?$"
)
_FIELDS_CHARS = 200
# where a field starts in a line of fields set apart by spaces only (icons or labels of their own
# between them): after a date's or counter's digits ("17/03/2026 09:45 Cập nhật: 18/03/2026 10:12
# Lượt xem: 321"), or wherever a label and its colon open one ("… Nguồn: Liên minh HTX tỉnh Tác
# giả: Hà Thu Trang Lượt xem: …", DedeCMS's <small>label:</small> value row)
_FIELD_START = re.compile(r"(?i)(?<=\d)\s+(?=(?:cập\s+nhật|tác\s+giả|người\s+(?:đăng|viết)|(?:đăng\s+|viết\s+)?bởi)(?!\w))"
                          # a counter's label before its count, not after ("(402 lượt đọc)": Tiki's)
                          r"|(?<=\d)\s+(?=(?:lượt\s+(?:xem|đọc)|số\s+lần\s+xem)\s*:?\s*\d)"
                          r"|\s+(?=(?:cập\s+nhật|lượt\s+(?:xem|đọc)|bình\s+luận|tác\s+giả|người\s+(?:đăng|viết)|nguồn(?:\s+tin)?"
                          r"|chuyên\s+mục|thời\s+gian(?:\s+đăng)?|ngày\s+đăng)\s*:)"
                          # who created a page, then its last change: "Được tạo bởi X, lần sửa cuối vào 20 thg 11, 2025"
                          rf"|,\s+(?={LAST_UPDATE}(?!\w))")


def is_update_line(text: str) -> bool:
    """A line saying when the page was last changed ("Sửa lần cuối: 02/12/2025 10:40"), anywhere:
    the CMS's field, never the article's text."""
    m = _UPDATE_LABEL.match(text)
    return m is not None and m.end() > 0 and date_only(text[m.end():]) is not None


def field_parts(text: str) -> list[str]:
    """The parts of a line of fields: set apart by separators, or by their labels alone. Between
    bars a labelled name keeps its dash ("… | Tác giả: Phòng Kế hoạch - Tổng hợp", Discuz's)."""
    text = unicodedata.normalize("NFC", text)
    chunks = _BARS.split(text) if _BARS.search(text) else [text]
    return [q.strip() for chunk in chunks
            for p in ([chunk] if _LABELLED_NAME.match(chunk.strip()) else FIELD_SEPARATORS.split(chunk))
            for q in _FIELD_START.split(p) if q.strip()]


_BARS = re.compile(r"\s*[|•·]\s*")
_LABELLED_NAME = re.compile(rf"(?i)^(?:{POSTED_BY}|tác\s+giả|người\s+(?:đăng|viết)|nguồn(?:\s+tin)?|{CATEGORY_LABEL})\s*:\s*[^\d:|]{{2,60}}$")


# a counter among the fields: "Bình luận (0)", "120 lượt xem", "(402 lượt đọc)" (Tiki's), "Lượt xem: 120"
_COUNTER_PART = re.compile(r"(?i)^(?:(?:bình\s+luận|phản\s+hồi|comments?|trackbacks?)\s*\(\d+\)"
                           r"|\(?[\d.,]+\s+(?:lượt\s+(?:xem|đọc)|bình\s+luận|views?|comments?|reads?)\)?"
                           r"|(?:lượt\s+(?:xem|đọc)|số\s+lần\s+xem|xem|views?|hits?)\s*:?\s*[\d.,]+"  # (Cotonti's "Xem: 389")
                           r"|(?:phiên\s+bản(?:\s+trang)?|(?:page\s+)?revision)\s*:?\s*\d+)$")  # (Wikidot's "phiên bản trang: 5")


_SECTION_NAME = re.compile(r"^[^\W\d_][^\d.!?…:;]{1,40}$")  # a few words, no number, no sentence


def is_field_line(text: str) -> bool:
    """A line of the page's fields, not text: two or more parts, each a date (the last update's
    too), a byline, a category, a source or a counter, one of them a date or a counter (a blog's
    footer: "Đăng bởi X trong Tin tức lúc 08:30 | Bình luận (0) | Trackbacks (0)")."""
    if len(text) > _FIELDS_CHARS or not any(c.isdigit() for c in text):
        return False
    parts = field_parts(text)
    if len(parts) < 2:
        return False
    dated = counted = opens_dated = False
    unlabelled = 0  # parts of a few words, no label: a name, when a date and a counter say the line is the fields
    for i, part in enumerate(parts):
        if (found := date_only(_UPDATE_LABEL.sub("", part))) is not None:
            if i == 0 and len(parts) == 2 and found.hour is not None and _SECTION_NAME.match(parts[1]):
                return True  # a stamp to the minute and its section, unlabelled: Pimcore's "16:45 24/03/2025 · Phóng sự ảnh"
            dated = True
            opens_dated = opens_dated or (i == 0 and found.year is not None)
        elif (counter := _COUNTER_PART.match(part)) or _FIELD_PART.match(part) or is_account(part):
            counted = counted or bool(counter)  # (the posting account: Garland's "… — admin")
        elif dated and _CLOCK_PART.fullmatch(part):
            continue  # the date's clock set off by the fields' separator (Drupal's "T3, 05/14/2013 - 08:30")
        elif _SECTION_NAME.match(part) and len(part.split()) <= _NAME_WORDS:
            unlabelled += 1
        else:
            return False
    # ("Hoàng Thị Yến - 2025-12-16 10:45 - (402 lượt đọc)": Tiki's article line; "17/12/2024 · Tin hoạt
    # động · Phạm Thị Ngọc Hân", a starter theme's line under the title: the full date first, then its section and poster)
    if opens_dated and unlabelled == 2 and len(parts) == 3:
        return True  # (a date and a section alone is no such line: a list's item may read so)
    return (dated or counted) if not unlabelled else unlabelled == 1 and dated and counted


_NAME_WORDS = 6
_CLOCK_PART = re.compile(r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?", re.I)


# An update's label, also the short one a portal may give its posting time when the line says
# nothing else ("Cập nhật: 14/03/2026 08:30"): beside another date, the update's.
_UPDATED = re.compile(rf"(?i)^{UPDATE_WORD}(?!\w)")


def _fields_date(text: str) -> DateMatch | None:
    """The date of a line of fields ("Ảnh: Trọng Tùng | 20/2/2026"): its first dated part that
    is no last update's ("Đăng bởi X vào 22 tháng 8, 2024 · Cập nhật: 7 tháng 7, 2025": none
    here, the posting line's)."""
    if not is_field_line(text):
        return None
    parts = field_parts(text)
    for part in parts:
        if _UPDATE_LABEL.match(part) or (m := date_only(part)) is None:
            continue
        if _UPDATED.match(part) and any(other is not part and _scan(other, short_years=False, loose=True) for other in parts):
            continue
        if m.hour is None:
            # the clock set off by the fields' own separator ("Ngày đăng: Thứ Năm, 12/03/2026 -
            # 08:30", Drupal's date format): read where the line holds it beside the date
            # (never the update's own clock: "10.02.2026 Cập nhật: 10.02.2026 17:05")
            own = " ".join(p for p in parts if not (_UPDATE_LABEL.match(p) or _UPDATED.match(p)))
            m = next((x for x in _scan(own, short_years=True, loose=True, month_first=True)
                      if x.hour is not None and (x.day, x.month, x.year) == (m.day, m.month, m.year)), m)
        return m
    return None


def date_only(text: str) -> DateMatch | None:
    """The date of a short line that is nothing but a date (plus weekday/time/labels)."""
    if len(text) > 80:
        return None
    text = unicodedata.normalize("NFC", text)
    ms = _scan(text, short_years=True, loose=True, month_first=True)
    if len(ms) != 1 or ms[0].cited or (ms[0].event and not _POSTED_ON.match(text[: ms[0].start])):
        return None
    m = ms[0]
    after = _IN_SECTION.sub(" ", _ACCOUNT_AFTER.sub(" ", text[m.end :]))
    rest = _LABELS.sub(" ", _AGE_NOTE.sub(" ", text[: m.start] + " " + after))
    return None if _LETTER.search(rest) else m


# a posting line's "on" before its date, no event's "vào": "Đăng bởi <a>X</a> vào 12 tháng 9, 2024" (Fandom's blog post)
_POSTED_ON = re.compile(r"(?i)^\s*(?:được\s+)?(?:đăng|gửi|viết)\s+bởi\s+[^\d:|,]{1,40}?\s+vào\s*$")
# the poster's account after a slash, closing the date line: Monstra's "02.12.2024 / vanphong"
_ACCOUNT_AFTER = re.compile(r"^\s*/\s*[^\W\d][\w.\-]{1,30}\s*$")
# the section a post was filed in, closing its date line: "03-06-2024 lúc 8:30 trong Tin hoạt động"
# (Pluck's), "May 3, 2024 in News"
_IN_SECTION = re.compile(r"(?i)^\s*(?:trong|thuộc|in)\s+(?:chuyên\s+mục\s+|mục\s+)?[^\W\d][^|,.;:!?()\d]{0,40}$")
# the date's age after it, in brackets: "19/05/2025 (cách đây 9 ngày)" (Dolphin's info box)
_AGE_NOTE = re.compile(rf"(?i)\(\s*(?:{_AGE}\s+(?:trước|ago)|cách\s+đây\s+{_AGE})\s*\)")


def url_evidence(page: Page, ud: date | None) -> Evidence | None:
    if ud is None:
        return None
    udt = datetime.combine(ud, time(), TZ)
    return Evidence("url", "url", udt, True) if page.acceptable(udt, "URL") else None


def listing_evidence(page: Page, listing_date: str | None, uym) -> tuple[Evidence | None, Partial | None]:
    """The date the listing showed beside the link; a year-less one takes its year from the
    URL only (else it stays partial, waiting for other evidence)."""
    if not listing_date or not listing_date.strip():
        return None, None
    ldt, lm = _parse_short(listing_date, None)
    if ldt is not None and (told := _told_by_stamp(page, listing_date)) is not None:
        ldt = told  # the site's own reading of those very words ("03-09-2026, 10:20": vBulletin's m-d-Y)
    elif lm is not None and lm.ambiguous:
        return None, None  # (an en-US stamp that reads both ways: the page may tell, the list cannot)
    if ldt is not None:
        instant = bool(ZONED_INSTANT.match(listing_date.strip()))
        return (Evidence("listing", "listing", ldt, True, instant=instant) if page.acceptable(ldt, "listing") else None), None
    if lm is None or lm.year is not None:
        return None, None
    partial = Partial(lm.day, lm.month, lm.hour, lm.minute, listing_date.strip()[:60])
    if uym is None:
        return None, partial
    ldt = complete_year(partial, date(uym[0], uym[1] or 1, 15), month_only=uym[1] is not None)
    if ldt is None:
        page.notes.append(f"year-less listing date '{partial.raw}' does not match URL month {uym[0]}-{uym[1]:02d}")
        return None, partial
    if page.acceptable(ldt, "listing"):
        return Evidence("listing", "listing", ldt, False), None
    return None, partial


def _told_by_stamp(page: Page, shown: str) -> datetime | None:
    """The moment the page's own `<time datetime>` (its first after the title) gives for the very
    words a listing showed ("03-09-2026, 10:20" beside `datetime="2026-03-09T10:20:00+07:00"`):
    the site's reading of its day-month order, which a numeric date alone leaves open. A reply's
    stamp showing them says the list dates the thread by its last post: no reading."""
    stamps = [el for el in _X_TIME(page.doc) if page.title is None or not precedes(el, page.title)]
    if stamps and " ".join(stamps[0].text_content().split()) == " ".join(shown.split()):
        return _parse_short(stamp_of(stamps[0]), None)[0]
    return None


def complete_element(page: Page, partial: Partial, ud: date | None, uym,
                      others: tuple[Evidence | None, ...]) -> tuple[Evidence | None, str | None]:
    """A year-less date element completed from the URL's date (or month), else metadata or the
    listing; (None, why) when there was evidence and none fits: conflicting dates."""
    hints: list[tuple[date, bool]] = []
    if ud is not None:
        hints.append((ud, False))
    elif uym is not None and uym[1] is not None:
        hints.append((date(uym[0], uym[1], 15), True))
    hints += [(e.dt.date(), False) for e in others if e is not None]
    for hint, month_only in hints:
        edt = complete_year(partial, hint, month_only)
        if edt is not None and page.acceptable(edt, "date element"):
            return Evidence("date-element", "date element", edt, False), None
    if hints:
        return None, (f"conflicting dates: year-less date element '{partial.raw}' matches no other evidence "
                      f"({', '.join(ymd(h) for h, _ in hints)})")
    return None, None


def line_date(page: Page) -> Evidence | Partial | None:
    """Without the site's date selector, the page's date element found by what it says, weighed
    with the other evidence: the date-only line after the title, else the one just above it,
    else a line labelled as the publication date in or right after the article."""
    found = _after_title_line(page)
    if found is None:
        found = _meta_row_date(page)
    if found is None:
        found = in_title_date(page)
    if found is None:
        found = above_title_line(page)
    if found is None:
        found = labelled_line(page)
    if found is None:
        found = posted_line(page)
    if found is None:
        found = postcard_date(page)
    if isinstance(found, Evidence) and found.dt.hour == found.dt.minute == 0 \
            and (instant := _instant_of_shown_day(page, found.dt.date())) is not None:
        return found._replace(dt=instant, alt=None)
    if isinstance(found, Evidence) and found.dt.hour == found.dt.minute == 0 and (clock := _posted_clock(page, found.dt.date())):
        # a blog's date heading over its posts gives the day, the post's footer the time
        # (Blogger's "Đăng lúc 08:30", Serendipity's "Đăng bởi X trong Tin tức lúc 08:30")
        # (the day and its clock read together, as a line giving both would be: a host's zone moves them)
        found = found._replace(dt=_at_clock(found.dt, clock), alt=_at_clock(found.alt, clock) if found.alt else None)
    return found


def _at_clock(day: datetime, clock: tuple[int, int]) -> datetime:
    return local(day.replace(hour=clock[0], minute=clock[1], tzinfo=None))


def _utc_digits(stamp: str) -> datetime | None:
    """A stamp without its zone read as UTC's digits."""
    try:
        return datetime.fromisoformat(stamp.replace(" ", "T")).replace(tzinfo=UTC)
    except ValueError:
        return None


def _instant_of_shown_day(page: Page, day: date) -> datetime | None:
    """The instant a `<time datetime>` after the title (or the page's DC.date.created) gives, to
    the minute and with its zone, when the day it shows is the day read ("<time datetime="2025-03-11T23:10:00+00:00">11 Mar
    2025</time>", Elgg's, its server's day in UTC): the same element's exact reading, in Vietnam's
    time (12 March, 06:10). The first such element only (a microformat's <span datetime>, Plume's, too);
    a list's or the furniture's none."""
    for el in _X_DATETIME(page.doc):
        if page.title is not None and precedes(el, page.title):
            continue
        shown = date_only(_line(el.text_content()))
        if shown is None or (dt := shown.to_datetime()) is None or dt.date() != day:
            continue
        stamp = (el.get("datetime") or "").strip()
        # (a stamp without its zone on a site whose attributes' are UTC's: Plume's "2025-03-11 17:35:00")
        bare = not ZONED_INSTANT.match(stamp) and BARE_STAMP.match(stamp) is not None and current_clock().attribute_utc
        if not (ZONED_INSTANT.match(stamp) or bare) or _day_stamp(page, stamp) or page.furniture(el) \
                or _in_list(el, page.title, items=False):
            return None  # (UTC's midnight: a day without its time, as front matter writes it)
        instant = _utc_digits(stamp) if bare else _parse_short(stamp, None)[0]
        if instant is not None and bare and instant.date() != day:
            return None  # (the day shown is the stamp's own, in UTC)
        return instant.astimezone(TZ) if instant is not None and page.acceptable(instant, "<time>") else None
    # ... or the instant the page's Dublin Core says it was created, when that falls on the day shown
    # ("Đăng ngày 2 tháng 4, 2025" and DC.date.created "2025-04-01T17:20:00Z": Ametys'), the page naming
    # no date it took effect (Plone's DC.date.created is when a draft was begun, its effective date the
    # publication's)
    by_name = metas(page.doc)
    if not by_name.get("dc.date.effective"):
        for stamp in by_name.get("dc.date.created", ()):
            if ZONED_INSTANT.match(stamp := stamp.strip()) and not _day_stamp(page, stamp) \
                    and (instant := _parse_short(stamp, None)[0]) is not None \
                    and instant.astimezone(TZ).date() == day and page.acceptable(instant, "metadata"):
                return instant.astimezone(TZ)
    return None


# A posting line that states the time alone: "Đăng bởi Quản trị trong Tin tức lúc 08:30 | Bình luận (0)"
_POSTED_CLOCK = re.compile(r"(?i)^(?:được\s+)?(?:đăng|posted)\b[^|·•]{0,80}?\b(?:lúc|at)\s+(\d{1,2})[:h](\d{2})"
                           r"(?::\d{2})?(?:\s*(SA|CH|AM|PM))?(?![\d/.:-])")  # (its seconds: FlatPress' "at 22:40:00")


def _posted_clock(page: Page, day: date) -> tuple[int, int] | None:
    """(hour, minute) of the post's own posting line that gives a time and no date, or `day`
    again (Roller's "Posted at 10:30SA thg 4 15, 2024" under the day's heading)."""
    if page.title is None:
        return None
    for _, node in page.label_texts:
        if not _POSTED_LINE.match(node.strip()) and not node.strip().lower().startswith(("đăng lúc", "posted at")) \
                and not _POSTED_CLOCK.match(node.strip()):  # (Xanga's "posted 11/2/2024 at 6:40 AM")
            continue
        el = node.getparent() if not node.is_tail else node.getparent().getparent()
        line = _posting_text(el) if el is not None else ""
        # (a post's footer is its own, though its class says "footer")
        # (its date, if it gives one, the day again: either reading of an en-US stamp's)
        if not (m := _POSTED_CLOCK.match(line)) or _in_list(el, page.title, items=False) or any(
                (d.year, d.month, d.day) != (day.year, day.month, day.day)
                and not (d.ambiguous and (d.year, d.day, d.month) == (day.year, day.month, day.day))
                for d in _scan(line, short_years=False, loose=True)):
            continue
        hour, minute = int(m.group(1)), int(m.group(2))
        if (m.group(3) or "").upper() in ("CH", "PM") and hour < 12:
            hour += 12
        elif (m.group(3) or "").upper() in ("SA", "AM") and hour == 12:
            hour = 0
        return (hour, minute) if hour < 24 and minute < 60 else None
    return None


# A post's day told relative to when the page was made, with its clock: SMF's "Bắt đầu bởi X, Hôm nay
# lúc 09:20:05 AM", "« vào lúc: Hôm qua lúc 04:12:09 PM »", "Yesterday at 3:40 PM"
_RELATIVE_DAY = re.compile(r"(?i)(?:^|[\s,:«(])(hôm\s+nay|hôm\s+qua|today|yesterday)\s*,?\s*(?:(?:vào\s+)?(?:lúc|at)\s*)?"
                           r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|SA|CH)?\s*[»)]?\s*$")


def page_clock(page: Page) -> datetime | None:
    """When the page was made, as its template prints it: a zoned `<time datetime>` outside the
    article, no list's or link's (SMF's user bar, "15 Tháng Năm, 2024, 10:40:12 AM"); the latest
    one not after the fetch. A relative day ("Hôm nay") is that clock's day, not the fetch's: a
    page served from a cache, or copied, was made earlier."""
    holder = page.text_holder
    latest = None
    for el in _X_TIME(page.doc):
        stamp = (el.get("datetime") or "").strip()
        if not ZONED_INSTANT.match(stamp) or el in page.title_chain or any(
                a is holder or a is page.title or a.tag in _LIST_ITEM_TAGS or a.tag == "a" for a in el.iterancestors()):
            continue
        dt, _ = _parse_short(stamp, None)
        if dt is not None and dt <= page.limit and (latest is None or dt > latest):
            latest = dt
    return latest.astimezone(TZ) if latest is not None else None


def relative_day(page: Page, text: str) -> datetime | None:
    """The moment of a short line giving a day relative to the page's own clock and a time
    ("Hôm nay lúc 09:20:05 AM"), when the page prints its clock; None else (never the fetch's day)."""
    if len(text) > _RELATIVE_LINE_CHARS or (m := _RELATIVE_DAY.search(text)) is None or (now := page_clock(page)) is None:
        return None
    hour, minute, second = int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)
    if m.group(5):
        hour = _clock(hour, m.group(5).lower())
    if hour is None or hour > 23 or minute > 59 or second > 59:
        return None
    day = now.date() - timedelta(days=m.group(1).lower().startswith(("hôm qua", "yesterday")))
    dt = datetime.combine(day, time(hour, minute, second), TZ)
    return dt if dt <= now else None


_RELATIVE_LINE_CHARS = 80


def _after_title_line(page: Page) -> Evidence | Partial | None:
    """The first date-only line after the title, within the article's first lines ("Cập nhật:
    14:05 ngày 02/02/2023", "Thứ Ba, 14/3")."""
    if page.title is None:
        return None
    budget = 300
    lines = page.head_lines()
    for i, ln in enumerate(lines):
        if ln.region != 2 or ln.label is not None:  # labelled cells: `labelled_line`
            continue
        if ln.furniture and (ln.el is None or not page.in_post_head(ln.el)):
            continue  # (named as furniture, but for a post's head over its text)
        m = date_only(ln.text) or _fields_date(ln.text)
        if m is None and ln.el is not None and (moment := relative_day(page, ln.text)) is not None \
                and not _in_list(ln.el, page.title, items=False) and not _past_text(page, ln.el):
            return Evidence("date-element", "date element", moment, True)
        if m is not None and ln.el is not None and _in_list(ln.el, page.title, items=False):
            m = None  # a teaser's date: a list of other articles right under the title
        if m is not None and ln.el is not None and _past_text(page, ln.el):
            break  # a date past the end of a short text: a reply's or a comment's (a forum's next post, stamped)
        if m is not None and ln.el is not None and _after_prose(page, ln.el):
            break  # a date line in the text under a sentence of it: the text's (an invitation's "Thời gian: 08 giờ 00, ngày 20/8/2024")
        if m is not None:
            if m.year is None and m.to_datetime() is None:
                return Partial(m.day, m.month, m.hour, m.minute, ln.text[:60])
            following = next((x for x in lines[i + 1:i + 2] if x.region == 2 and not x.furniture), None)
            if following is not None:
                m = with_time_of(m, following.text) or m
            if m.hour is None and ln.el is not None:
                m = _tooltip_clock(ln.el, m) or m
            ev = line_evidence(page, m)
            if ev is not None and m.hour is None and ln.el is not None:
                ev = _with_attribute_instant(page, ln.el, ev)
            if ev is not None:
                return _local_reading(ln.el, ev) if m.hour is not None and ln.el is not None else ev
        budget -= len(ln.text)
        if budget <= 0:
            break
    return None


def _with_attribute_instant(page: Page, el, ev: Evidence) -> Evidence:
    """A day shown by `el` at the instant an attribute of it (or of an element in it) gives for that
    day as a zoned ISO stamp (Kooboo's "<span data-utc="2023-09-14T17:25:40.0000000Z">15/09/2023
    </span>": the day in Vietnam, the moment in UTC); else `ev` as it is."""
    for x in el.iter():
        if not isinstance(x.tag, str):
            continue
        for value in x.attrib.values():
            value = value.strip()
            if _ISO_STAMP.match(value) and _ZONE_END.search(value) and not _day_stamp(page, value) \
                    and (dt := _parse_short(value, None)[0]) is not None and dt.date() == ev.dt.date():
                return ev._replace(dt=dt)
    return ev


def _tooltip_clock(el, m):
    """The day `m` shown by `el` at the clock its tooltip gives with the same day ("<span
    title="30 Tháng 5, 2025 10:20">30 Tháng 5, 2025</span>", phpFox's), else None."""
    for x in el.iter():
        if (tip := tooltip(x)) and (t := date_only(_line(tip))) is not None and t.hour is not None \
                and (t.year, t.month, t.day) == (m.year, m.month, m.day):
            return t
    return None


_NAME_LINK_WORDS = 3


def _date_beside_names(el):
    """The date of an element holding a date and links by a name of a few words beside it: who
    wrote or changed the page, its section (TiddlyWiki's subtitle "<a>admin</a> 26th February 2025
    at 3:05pm"); None else."""
    links = list(el.iter("a"))
    if not links or any(len(words := a.text_content().split()) > _NAME_LINK_WORDS or not words
                        or any(c.isdigit() for c in a.text_content()) for a in links) \
            or any(c.tag != "a" and c.text_content().strip() for c in el):
        return None  # (the date and the names as the element's own text and its links, nothing more)
    rest = el.text_content()
    for a in links:
        rest = rest.replace(a.text_content(), " ", 1)
    return date_only(_line(rest))


def _local_reading(el, shown: Evidence) -> Evidence:
    """The moment a tooltip beside a shown date and clock (`el`'s, in its row) gives, when the shown
    one is its digits in UTC: the server prints its own zone, the sender's or writer's wall time is in
    the tooltip (HyperKitty's "31 tháng 3 2025" and "<span title="Giờ của người gửi: 1 tháng 4 2025
    00:20">17:20</span>"). Else the shown one."""
    row = el.getparent() if el.getparent() is not None else el
    as_utc = shown.dt.replace(tzinfo=UTC).astimezone(TZ).replace(tzinfo=None)
    for x in row.iter():
        if not (tip := tooltip(x)) or not any(c.isdigit() for c in tip):
            continue
        found = [m for m in _scan(_line(tip), short_years=True, loose=True, month_first=True)
                 if m.hour is not None and m.year is not None]
        if len(found) == 1 and (dt := found[0].to_datetime()) is not None and dt.replace(tzinfo=None) == as_utc:
            return Evidence(shown.source, shown.label, dt, True)
    return shown


def _past_text(page: Page, el) -> bool:
    """Whether `el` comes after the article's text, outside the element holding it."""
    holder = page.text_holder
    return holder is not None and precedes(holder, el)


_SENTENCE_END = re.compile(r"[.!?…:;]\W*$")


def _after_prose(page: Page, el) -> bool:
    """Whether `el` is in the element holding the article's text, below a paragraph of it that is a
    sentence: a line of the text, no stamp of the page (which heads the text or sits outside it)."""
    holder = page.text_holder
    if holder is None or not any(a is holder for a in el.iterancestors()):
        return False
    for p in holder.iter("p"):
        if p is el or not precedes(p, el):
            break
        if len(text := _line(p.text_content())) >= PROSE_PARAGRAPH_CHARS and _SENTENCE_END.search(text) \
                and not any(a is p for a in el.iterancestors()):
            return True
    return False


_FOLLOWING = 40  # elements after the title looked at
_AFTER_TEXT = 10  # ... and after the text's holder
_META_ROW_CHARS = 200  # text after the title read for a date in its own element


def _meta_row_date(page: Page) -> Evidence | None:
    """A date in an element of its own among the first after the title, where the line holds
    more ("<time>Thứ Sáu, 15/03/2024</time><span>Ngọc Bích</span>", a date beside a view count
    and tools): the first such element, unless it belongs to a list of other articles."""
    if page.title is None:
        return None
    budget = _META_ROW_CHARS
    for el in following(page.title, _FOLLOWING):
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el):
            budget -= len((el.text or "").strip()) + len((el.tail or "").strip())  # a container: its parts follow
            if budget <= 0:
                return None
            continue
        text = el.text_content()
        if el.tag == "a" and _titles_an_article(el):
            return None  # a list of others, not the title's row
        if len(text) <= 80 and ((m := date_only(_line(text))) is not None or (m := _date_beside_names(el)) is not None):
            if page.furniture(el) or _in_list(el, page.title) or any(is_update_stamp(d) for d in el.iter()) \
                    or _past_text(page, el):
                return None  # (past a short text: a reply's stamp)
            zoned = any(_zoned_attribute(x) is not None for x in el.iter() if isinstance(x.tag, str))
            if m.hour is None and not zoned:
                # its tooltip's clock, or a theme's time item after its date item ("8:30 sáng"); not beside
                # the element's own zoned instant (Elgg's "<time title="9 May 2025 @ 9:00am" datetime="2025-05-09
                # T09:00:00+00:00">": the tooltip's clock is UTC's digits, the instant read below)
                m = _tooltip_clock(el, m) or next((t for x in _next_texts(el) if (t := with_time_of(m, x))), m)
            ev = line_evidence(page, m) if m.year is not None else None
            if ev is not None and m.hour is not None:
                ev = _local_reading(el, ev)
            elif ev is not None:
                ev = _with_attribute_instant(page, el, ev)
            return None if ev is None or page.banner(el, ev.dt) else ev
        budget -= len((el.text or "").strip()) + len((el.tail or "").strip())
        if budget <= 0:
            return None
    return None


_FOOTER_LOOK = 12  # elements after the text looked at for its row of fields
_TOOL_WORDS = 2  # a tool's link in the row ("In", "Gửi email"): a word or two
_ROW_FIELDS = 8  # a row's fields: a few


def footer_row_date(page: Page) -> Evidence | None:
    """The date in the row of fields right under the text, each field an element beside its icon
    and none labelled (PHP-Fusion's news: the poster's account, "20/12/2024 10:30", the reads,
    "In"): its one date, where every other part is a count, the poster's link or a tool's.
    A box of other articles under the text links their titles: no row of fields. (The last
    resort: finding the text's element costs more than the other date lines together.)"""
    holder = page.text_holder
    if holder is None or page.title is None:
        return None
    for el in following(holder, _FOOTER_LOOK):
        if el.tag in _SKIP_TAGS:
            continue
        if len(el) > _ROW_FIELDS:
            return None  # a container of blocks, no row (read without its text: a page's rest is long)
        if len(el) < 3:
            if ((el.text or "").strip() or any((c.tail or "").strip() for c in el)) and not _file_line(el):
                # a row of labelled fields is no text: "Lượt xem: 96 | Người đăng: <a>admin</a> | Ngày: <span
                # title="15:10">27.12.2024</span>" (uCoz's, whose row of three also holds the section's link)
                line = _line(el.text_content())
                if is_field_line(line):
                    return _labelled_row_date(page, el, line)
                if (m := date_only(line)) is not None and m.year is not None:
                    return line_evidence(page, m)  # the post's date line under its text (Monstra's "02.12.2024 / vanphong")
                return None  # (else a line of text)
            continue  # (its parts follow; a file's download line is passed: "Tải về: <a>TB-05.pdf</a>")
        children = [(child, t) for child in el if isinstance(child.tag, str) and (t := _line(child.text_content()))]
        parts = [t for _, t in children]
        if len(parts) < 3 or sum(map(len, parts)) > _META_ROW_CHARS:
            return None
        # the date's clock in its tooltip when it shows the day alone (uCoz's "<span title="16:20">11.03.2025</span>")
        read = [(p, (with_time_of(m, tooltip(child)) or m) if (m := date_only(p)) is not None else None)
                for child, p in children]
        dated = [m for _, m in read if m is not None]
        rest = [p for p, m in read if m is None]
        links = {_line(a.text_content()): a for a in el.iter("a")}
        if len(dated) != 1 or dated[0].year is None or not all(
                _COUNTER_PART.match(p) or re.fullmatch(r"[\d.,]+", p)
                or (p in links and (ACCOUNT_PAGE.search(links[p].get("href") or "") or len(p.split()) <= _TOOL_WORDS
                                    or text_before(links[p]).rstrip().endswith(":")))  # ("Chuyên mục: <a>…</a>")
                for p in rest):
            return None
        return line_evidence(page, dated[0])
    return None


def _labelled_row_date(page: Page, row, line: str) -> Evidence | None:
    """The one publication date of a row of labelled fields under the text, its clock taken from
    the tooltip of the element showing the day alone."""
    dated = [m for part in field_parts(line) if not _UPDATE_LABEL.match(part) and (m := date_only(part)) is not None]
    if len(dated) != 1 or dated[0].year is None:
        return None
    found = dated[0]
    for child in row.iter():
        if child is not row and (tip := tooltip(child)) and date_only(_line(child.text_content())) is not None:
            found = with_time_of(found, tip) or found
            break
    return line_evidence(page, found)


_CARD_CHARS = 300  # a post's card: its date, author, category and tags, no text


def postcard_date(page: Page) -> Evidence | None:
    """The date of a post's card, wherever the theme puts the card: a full date heading a short
    block (ABlog's in the sidebar, before the title: "<h2>18/04/2025 10:00</h2>" over the update,
    the author's link, the category's and the tags'), or alone in its element beside its icon in
    a short box of fields (Dolphin's "Thông tin" box in the right column, after the comments:
    "<i class="sys-icon clock-o"></i> 22/05/2025", the section's link, the tags'), whose links
    go to a section's page (one at least) or an author's, and none to another article.
    One such card on the page, or none read (a list of posts would have a card for each). The
    sidebar's classes do not make it furniture: what it links says whose card it is."""
    if page.title is None:
        return None
    found = None
    for el, card in _card_dates(page.doc):
        m = date_only(_line(el.text_content()))
        if card is None or m is None or m.year is None or len(_line(card.text_content())) > _CARD_CHARS:
            continue
        hrefs = {a: a.get("href") or "" for a in card.iter("a")}
        # (a box of fields may also link its section by name, "<a href="/m/news/home/">Thông báo</a>"; a list
        # of links is another box's)
        others = [a for a, h in hrefs.items() if not (ACCOUNT_PAGE.search(h) or _SECTION_PAGE.search(h))]
        if not any(_SECTION_PAGE.search(h) for h in hrefs.values()) \
                or (others if el.tag in _CARD_HEADS else any(
                    _titles_an_article(a) or next(a.iterancestors("li"), None) is not None for a in others)):
            continue
        if found is not None:
            return None
        found = (el, m)
    if found is None or is_update_stamp(found[0]):
        return None
    ev = line_evidence(page, found[1])
    return None if ev is None or page.banner(found[0], ev.dt) else ev


_CARD_HEADS = ("h2", "h3", "h4", "h5", "h6")


def _card_dates(doc):
    """Elements that may show a card's date, each with its card: a heading first in its block
    (the block), an element whose text is all its own beside empty ones (icons) and holds no
    link (the nearest block around it that holds a link)."""
    for el in doc.iter(etree.Element):
        if el.tag in _CARD_HEADS:
            card = el.getparent()
            if card is not None and next(card.iterchildren(etree.Element), None) is el:
                yield el, card
        elif el.tag not in _SKIP_TAGS and el.tag != "a" and (el.text or "").strip() == "" \
                and any((c.tail or "").strip() for c in el) and all(
                    isinstance(c.tag, str) and c.tag not in ("a", "br") and not _line(c.text_content()) for c in el):
            yield el, next((a for a in el.iterancestors() if a.find(".//a") is not None), None)


def _file_line(el) -> bool:
    """A short line that links files only ("Tải về: <a>TB-05-LMHTX.pdf</a>"): an attachment's."""
    links = list(el.iter("a"))
    return bool(links) and len(_line(el.text_content())) <= _FILE_LINE_CHARS and all(ATTACHMENT.of_link(a) for a in links)


_FILE_LINE_CHARS = 160


def _next_texts(el, count: int = 2):
    """The texts of the first elements with text of their own after `el` and outside it."""
    inside = set(el.iter())
    for x in following(el, _FOLLOWING):
        if count <= 0:
            return
        if x in inside or not isinstance(x.tag, str) or x.tag in _SKIP_TAGS:
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in x):
            continue
        if text := _line(x.text_content()):
            count -= 1
            yield text


def in_title_date(page: Page) -> Evidence | None:
    """A date set in its own element inside the title's heading ("<h1>Title <span>(14/03/2024
    08:30)</span></h1>"), alone or in a line of fields: the title's line, which the title itself
    does not include. Only a full date: a year-less one there may be the event's."""
    if page.title is None:
        return None
    for el in page.title.iterdescendants():
        # (or the title's line of fields: PHPCMS' "<h1>Title<br><span>2025-03-16 00:15:00 Nguồn: … Lượt xem:</span>")
        if isinstance(el.tag, str) and el.tag not in _SKIP_TAGS \
                and (m := date_only(text := _line(el.text_content())) or _fields_date(text)):
            return line_evidence(page, m) if m.year is not None else None
    return None


def line_evidence(page: Page, m: DateMatch) -> Evidence | None:
    """A full date read from a date line of the page; an ambiguous en-US one carries its
    month-first reading for `published` to settle with the other evidence."""
    dt = m.to_datetime()
    if dt is None or not page.acceptable(dt, "date element"):
        return None
    alt = m.swapped().to_datetime() if m.ambiguous or m.plain_ambiguous else None
    return Evidence("date-element", "date element", dt, True, alt, plain=m.plain_ambiguous)


def _line(text: str) -> str:
    return unicodedata.normalize("NFC", _WS.sub(" ", text)).strip()


def above_title_line(page: Page) -> Evidence | None:
    """A full date alone on the line just above the title (Liferay's "Thứ Sáu, 14/07/2023 08:40"
    over an <h3>), in the title's own container: its parent or grandparent, or further up
    only inside an article element or in the table row above the title's (an e-mail's issue line). Not furniture, and not today's date (the site's banner)."""
    if page.title is None:
        return None
    node = page.title
    for level in range(4):
        box = node.getparent()
        if box is None or box.tag in ("body", "html"):
            return None
        if level >= 2 and not _is_articleish(box) and node.tag != "tr":  # (a table's row: the row above it)
            return _day_heading(page, node)
        before = None  # (element the text belongs to, text) of the nearest text above node
        for sib in node.itersiblings(preceding=True):
            if sib.tail and sib.tail.strip():
                before = (box, _line(sib.tail))
                break
            if isinstance(sib.tag, str) and sib.tag not in _SKIP_TAGS and (text := _line(sib.text_content())):
                before = (sib, text)
                if date_only(text) is None and (last := _last_line(sib, text)) is not None:
                    before = last  # a row holding the breadcrumb and, last, the date
                break
        if before is None and box.text and box.text.strip():
            before = (box, _line(box.text))
        if before is not None:
            return _above_title_evidence(page, *before)
        node = box
    return None


_DAY_HEADINGS = ("h1", "h2", "h3", "h4")


def _day_heading(page: Page, post) -> Evidence | None:
    """The day a blog's date heading gives the post right under it (Xanga's and Blogger's classic
    "<h2 class=blogheader>Thứ Bảy, 2 tháng 11, 2024</h2>" before the post's box, outside it): a
    heading that is a full date alone, the element just before the post's container. Furniture by
    its shape (every post has one), the post's own by its place; never today's (a banner)."""
    sib = post.getprevious()
    if sib is None or sib.tag not in _DAY_HEADINGS or (sib.tail or "").strip():
        return None
    m = date_only(_line(sib.text_content()))
    if m is None or m.year is None or m.ambiguous or (dt := m.to_datetime()) is None or page.banner(sib, dt) \
            or not page.acceptable(dt, "date heading"):
        return None
    return Evidence("date-element", "date heading", dt, True)


_ROW_CHARS = 200  # a row above the title: a breadcrumb and the date, not a list of news
_ROW_LINKS = 3


def _last_line(row, text: str):
    """(element, text) of the last text of a short row above the title, when the row is no list
    of links (a sidebar's last item has a date of another article)."""
    if len(text) > _ROW_CHARS or len(row.findall(".//a")) > _ROW_LINKS:
        return None
    for t in reversed(row.xpath(".//text()[normalize-space()]")):
        owner = t.getparent()
        if t.is_tail:
            owner = owner.getparent()
        if owner is None or owner.tag in _SKIP_TAGS:
            continue
        return owner, _line(owner.text_content())
    return None


def _above_title_evidence(page: Page, el, text: str) -> Evidence | None:
    m = date_only(text)
    ev = line_evidence(page, m) if m is not None and not page.furniture(el) else None
    if ev is None or page.banner(el, ev.dt):
        return None
    return ev


def labelled_line(page: Page) -> Evidence | None:
    """A date line labelled as the publication date ("Ngày đăng: 22/03/2023 08:30", "Posted
    on ...") anywhere in the article (`Page.article_roots`), also as a table row's label cell and the
    value cell after it (SharePoint's "Ngày đăng" | "16/05/2024 16:20"). Never in furniture or in
    a list of other articles, and all such lines must agree (dates of other articles would not)."""
    posted, labelled = _labelled_line(page, _PUBLISHED_LABEL)
    return posted if labelled else _labelled_line(page, _CREATION_LABEL)[0]


_LABEL_TAGS = ("h3", "h4", "h5", "h6", "span", "strong", "b", "label")


def _labelled_line(page: Page, label: re.Pattern) -> tuple[Evidence | None, bool]:
    """The date of the lines `label` labels, and whether any was found."""
    found: dict[date, Evidence] = {}
    seen: set = set()
    for root, node in page.label_texts:
        if not label.search(unicodedata.normalize("NFC", node)):
            continue
        el = node.getparent()
        if node.is_tail:
            el = el.getparent()
        # The smallest element holding the label and its date: the line, or a part of it
        # when the line says more ("bởi X — <span>Ngày đăng: 14/03/2024</span> — Cập nhật …").
        m = None
        while el is not None and el not in seen:
            seen.add(el)
            cells = label_and_value(el) if el.tag in _BLOCK_TAGS else None
            text = f"{cells[0]}: {cells[1]}" if cells is not None else _line(el.text_content())
            if (m := date_only(text)) is not None and label.search(text):
                break
            m = None
            if el.tag in _BLOCK_TAGS or el is root:
                break
            el = el.getparent()
        if m is None and label.search(unicodedata.normalize("NFC", node).split(":")[-1][-30:]):
            # the label's value in an element of its own, the line saying more ("Đăng ngày <a>2
            # tháng 10, 2025</a> trong <a>Tin hoạt động</a>", a blog's meta line)
            value = node.getparent() if node.is_tail else (node.getparent()[0] if len(node.getparent()) else None)
            if value is not None and node.is_tail:
                value = value.getnext()
            if value is not None and (m := date_only(_line(value.text_content()))) is not None:
                el = value
        term = node.getparent()
        if m is None and not node.is_tail and (value := term.getnext()) is not None and (
                (term.tag == "dt" and value.tag == "dd")
                # (or a label element of its own before its value's: a wiki infobox's "<h3 class=pi-data-label>Ngày
                # đăng</h3><div class=pi-data-value>24/09/2024</div>", Fandom's)
                or (term.tag in _LABEL_TAGS and value.tag == "div" and not len(term)
                    and label.fullmatch(_line(term.text_content()).rstrip(": ")))) \
                and (m := date_only(_line(value.text_content()))) is not None:
            el = term  # a definition list's term and its value (Piwigo's "<dt>Ngày đăng</dt><dd>…</dd>"): a field, no list
            # (an infobox in the text, an <aside> of the article's own fields)
            boxed = (holder := page.text_holder) is not None and any(a is holder for a in el.iterancestors())
        else:
            boxed = False
        if m is None or (page.furniture(el) and not page.in_fields(el) and not boxed) \
                or _in_list(el, page.title, items=el.tag not in ("dt", *_LABEL_TAGS)):
            continue
        ev = line_evidence(page, m)
        if ev is not None:
            found.setdefault(ev.dt.date(), ev)
    if len(found) != 1:
        if len(found) > 1:
            page.notes.append("labelled dates disagree: " + ", ".join(ymd(d) for d in sorted(found)))
        return None, bool(found)
    return next(iter(found.values())), True


# A blog's line saying where and when a post was posted: "Đăng trong <a>Hoạt động</a> ngày 14 Thg 3,
# 2026" (October CMS), "Đăng bởi <a>X</a> vào 14/03/2026" (Orchard), "Posted in News on March 14, 2024",
# "Gửi bởi X vào T5, 06/05/2025 - 08:00" (Drupal's and Backdrop's "Submitted by"), "Được tạo bởi X vào 2 thg 10,
# 2024 08:00" (Jive's document, created).
_POSTED_LINE = re.compile(r"(?i)^(?:được\s+)?(?:đăng|gửi|viết|tạo|posted|submitted|written|created)\s+(?:trong|bởi|in|by)\b"
                          # (PivotX' "Viết bởi <a>X</a> vào Thứ Sáu 31 tháng 5 2024 lúc 23:50")
                          # Dotclear's "Bởi <name>, thứ hai 16 tháng ba 2026, 08:30": a name, a comma (no "Bởi vậy, …")
                          r"|^(?:bởi|by)\s+(?!(?:vậy|vì|thế|lẽ|đó|the|this|that|then|now)\b)[^\s,]+(?:\s+[^\s,]+){0,4},")
_POSTED_CHARS = 160
_UPDATE_TAIL = re.compile(rf"(?i)\s*(?:[|•·]|\s[—–-])\s*(?:{LAST_UPDATE}|{UPDATE_WORD})(?!\w)")


def _posting_text(el) -> str:
    """An element's posting line without the last update that may follow it."""
    return _UPDATE_TAIL.split(_line(el.text_content()), maxsplit=1)[0]


def _after_text(page: Page):
    """The elements after the text, in the post's own block past the title's first elements (a
    long text's foot), or just after the text's holder."""
    if (holder := page.text_holder) is None:
        return
    if holder in page.title_chain:
        seen = 0
        for el in holder.iter():
            seen += el is page.title or (seen and isinstance(el.tag, str))
            if seen > _FOLLOWING:
                yield el
    else:
        yield from following(holder, _AFTER_TEXT)


def posted_line(page: Page) -> Evidence | None:
    """The one full date of a short "posted in … on <date>" line under the title, or under the
    text when that is long (PivotX' "Viết bởi X vào …" closing an entry that holds a table)."""
    if page.title is None:
        return None
    for el in itertools.chain(following(page.title, _FOLLOWING), _after_text(page)):
        if el.tag in _SKIP_TAGS or not _POSTED_LINE.match(_opening_text(el)):
            continue
        # (not the last update's date after it: "… · Cập nhật: Thứ Hai, 7 tháng 7, 2025")
        line = _posting_text(el)
        # (the line says what its date is: no cited document's, "Đăng trong Văn bản ngày …" names the
        # category "Văn bản", nor an event's, "Đăng bởi X vào 14/03/2026")
        ms = _scan(unicodedata.normalize("NFC", line), short_years=False, loose=True)
        if not ms and el.tag not in _BLOCK_TAGS and (parent := el.getparent()) is not None:
            # the poster in an element of its own, the date in the next (XOOPS: "<span>Đăng bởi
            # <a>X</a></span> <span>vào 14/03/2026 08:30</span> <span>(1234 lần đọc)</span>"): the line is the block's
            line = _posting_text(parent)
            ms = _scan(unicodedata.normalize("NFC", line), short_years=False, loose=True)
        if len(line) > _POSTED_CHARS or len(ms) != 1 or ms[0].year is None or page.furniture(el) \
                or _in_list(el, page.title, items=False):
            return None
        if ends_with_update_label(unicodedata.normalize("NFC", line)[:ms[0].start]):
            return None  # (its last change's: Confluence's "Được tạo bởi X, lần sửa cuối vào <date>")
        if _linked_heading_between(page.title, el):
            return None  # (another post's, under its linked heading: a tag's list of one post, Jive's)
        return line_evidence(page, ms[0])
    return None


def _linked_heading_between(title, el) -> bool:
    """Whether a heading linking to another page stands after the title and before `el`."""
    for x in title.getroottree().getroot().iter(*HEADINGS):
        if x is title or title in x.iterancestors() or not precedes(title, x):
            continue
        if not precedes(x, el):
            return False
        if any((a.get("href") or "#")[:1] != "#" for a in x.iter("a")):
            return True
    return False


def _opening_text(el) -> str:
    """The text an element opens with, after the icons it may start with (Tiki's "<span class="icon
    fa fa-user"></span> Đăng bởi …"): its own text, else the tail of its first children holding none."""
    text = el.text or ""
    for child in el:
        if text.strip() or not isinstance(child.tag, str) or child.text_content().strip():
            break
        text += child.tail or ""
    return text.strip()


def _in_list(el, title=None, *, items: bool = True) -> bool:
    """A dated line of a list of other articles: in a list item (unless `items` is False: a
    theme's meta row is a list too), or in a short block that also holds a link with an
    article's title (a teaser: title, date), not the page's own title linking to itself (a
    blog's post header) nor a link within a page ("Không có bình luận" to its comments)."""
    own = set(title.iter()) | set(title.iterancestors()) if title is not None else set()
    for i, a in enumerate([el, *el.iterancestors()]):
        if items and a.tag in _LIST_ITEM_TAGS:
            return True
        if i <= 2 and len(_WS.sub(" ", a.text_content())) <= _TEASER_CHARS and any(
                link not in own and "#" not in (link.get("href") or "#") and not _permalink(link) and _titles_an_article(link)
                for link in a.iter("a")):
            return True
    return False


_PERMALINK_CLASS = re.compile(r"(?:^|\s)(?:u-url|permalink)(?:\s|$)")


def _permalink(link) -> bool:
    """The post's own permalink (microformats' u-url, "liên kết cố định" in GNU social's footer;
    rel=bookmark), no other article's title."""
    return bool(_PERMALINK_CLASS.search(link.get("class") or "")) or "bookmark" in (link.get("rel") or "").split()


# a section's page by its path, or by its script's query (WordPress' "?cat=3", Joomla's "catid=",
# XOOPS' "storytopic=", e107's "news.php?cat.3")
_SECTION_PAGE = re.compile(r"(?i)/(?:category|categories|chuyen-muc|danh-muc|tag|tags|archive|archives)/"
                           r"|[?&](?:cat|catid|category|storytopic|tag)=\w|\?cat\.\d")


def _titles_an_article(link) -> bool:
    """Whether a link's text reads as an article's title (a teaser's), not a byline's link to its
    writer ("bởi Trần Thị Thu Hà") nor a field's value ("Danh mục: <a>Gương HTX điển hình</a>")."""
    words = [w for w in link.text_content().split() if _WORD.search(w)]  # ("Thông báo - Văn bản": three words)
    href = link.get("href") or ""
    if href.startswith(("javascript:", "mailto:", "tel:")):
        return False  # a link that goes to no page ("<< Quay lại trang trước": history.back()) titles none
    if len(words) < 4 or is_signer(" ".join(words)) or date_only(" ".join(words)) is not None or _BACK_TO.match(words[0] + " " + words[1]) \
            or _SECTION_PAGE.search(href) or link.get("rel") == "author" or ACCOUNT_PAGE.search(href) \
            or any("avatar" in f"{img.get('class') or ''} {img.get('src') or ''}".lower() for img in link.iter("img")):
        # a byline's link to its writer or poster (or the account's name beside its avatar: Zalo's OA),
        # a date to its archive, a category's name
        return False
    before = text_before(link).rstrip()
    if (cell := next(link.iterancestors("td", "dd"), None)) is not None and (label := cell.getprevious()) is not None \
            and _line(label.text_content()).endswith(":") and _line(cell.text_content()) == _line(link.text_content()):
        return False  # a field's value in its own cell ("Yêu thích:" | "<a>Thêm vào ảnh yêu thích</a>")
    return not before.endswith(":") and not _POSTED_IN.search(before)


_WORD = re.compile(r"[^\W_]")
# a way back, no article's title: Fandom's "Quay lại blog của X" under a blog post's title, "Back to …"
_BACK_TO = re.compile(r"(?i)^(?:quay\s+lại|trở\s+(?:lại|về)|back\s+to|return\s+to)$")
# the label of a post's section in its posting line ("Posted by X at 09:30 in <a>…</a>", "Đăng trong")
_POSTED_IN = re.compile(r"(?i)(?<!\w)(?:in|trong|thuộc)$")


def own_day(page: Page, uym) -> DateResult | None:
    """The day the page itself shows on a date line after the title (`text_date`'s, not its
    document's place-and-date line) or in its fields (`field_date`)."""
    if (line := text_date(page, uym)) is not None and line.source == "text":
        return line
    return field_date(page)


def field_date(page: Page) -> DateResult | None:
    """The full date alone on its lines after the title, or in fields not labelled a change's
    (Omeka's Dublin Core "Ngày" heading over "2024-12-27", below the text), when all such lines
    give one day (a related list's dates give many): the page's own day, beside a feed's instant."""
    found = None
    for ln in page.lines():
        if ln.region != 2 or ln.furniture or (ln.label is not None and _UPDATE_LABEL.match(ln.label + ":")):
            continue
        if (m := date_only(ln.text)) is not None and m.year is not None and not m.ambiguous \
                and (dt := m.to_datetime()) is not None and page.acceptable(dt, "text"):
            if found is not None and found.date() != dt.date():
                return None
            found = found or dt
    return DateResult(found, "text", None) if found is not None else None


def text_date(page: Page, uym) -> DateResult | None:
    """Step 5 (date-only line after the title) and step 6 (document place-and-date line)."""
    lines = page.lines()
    budget = 300
    entered_body = False
    for ln in lines:
        if ln.region != 2 or ln.furniture or (page.title is None and not ln.in_body):
            continue
        if ln.label is not None:  # a value cell: its label says which date it is
            continue
        if page.body is not None:
            if ln.in_body:
                entered_body = True
            elif entered_body:
                break  # past the body: lists of other articles follow
        m = date_only(ln.text)
        if m is not None and page.body is None and ln.el is not None and _past_text(page, ln.el):
            break  # (past the text its lines were found in: a reply's stamp)
        if m is not None and ln.el is not None and _after_prose(page, ln.el):
            break  # (under a sentence of the text: the text's, an invitation's meeting time)
        if m is not None and not m.ambiguous:  # nothing here could settle which reading
            dt = m.to_datetime()
            if dt is None and m.year is None and uym is not None and uym[1] is not None:
                dt = complete_year(Partial(m.day, m.month, m.hour, m.minute, ln.text), date(uym[0], uym[1], 15), True)
            if dt is not None and page.acceptable(dt, "text"):
                if page.title is None and page.is_today(dt):
                    page.banner_seen = True  # cannot tell it from a banner without a title
                else:
                    return DateResult(dt, "text", None)
        budget -= len(ln.text)
        if budget <= 0:
            break

    return document_date(page) or closing_dateline(page)


_CLOSING_LINES = 3


def _place_dateline(text: str):
    """The match of a line that is a place and a date ("Hưng Yên, ngày 14 tháng 3 năm 2024"),
    the place capitalised and no weekday ("Hà Nội, Thứ Năm ..." is a banner); None otherwise."""
    pm = _PLACE_DATE.fullmatch(text) if len(text) <= 120 else None
    if not pm or not all(w[0].isupper() for w in pm.group("place").split() if w not in "-–") \
            or _WEEKDAY_TAIL.search(pm.group("place") + " "):
        return None
    return pm


def closing_dateline(page: Page) -> DateResult | None:
    """A text closed by its place and date on a line of their own ("Hưng Yên, ngày 14 tháng 3
    năm 2024", a Word document's last lines, above or below the byline): the day it was written.
    Only among the text's last lines (the page's, when its body is the whole page), where no
    quoted document can put its own date."""
    body = [ln.text for ln in page.lines()
            if ln.region == 2 and (ln.in_body or page.body is None) and not ln.furniture]
    for text in reversed(body[-_CLOSING_LINES:]):
        if (pm := _place_dateline(text)) is None:
            continue
        dt = parse_date(pm.group("date"), now=page.now)
        if dt is not None and page.acceptable(dt, "text") and not page.is_today(dt):
            return DateResult(dt, "text", None)
    return None


def document_date(page: Page) -> DateResult | None:
    """An official document: "<Place>, ngày 01 tháng 3 năm 2023" on its own line, next to its
    number "Số: 04/KH-LMHTX", near the top of the body. That is the day the document was signed;
    a posting date line above it (with a time or a publication label) is the page's date and wins."""
    lines = page.lines()
    top: list[str] = []
    budget = 2000
    for ln in lines:
        if ln.region != 2 or ln.furniture or (page.body is not None and not ln.in_body):
            continue
        top.append(ln.text)
        budget -= len(ln.text)
        if budget <= 0:
            break
    for i, text in enumerate(top):
        if (pm := _place_dateline(text)) is None:
            continue
        near = top[max(0, i - _DOC_WINDOW) : i + _DOC_WINDOW + 1]
        if not any(DOC_NUMBER.match(t) for t in near):
            continue
        dt = parse_date(pm.group("date"), now=page.now)
        if dt is None or not page.acceptable(dt, "document"):
            continue
        if page.title is None and page.is_today(dt):
            page.banner_seen = True
            continue
        posted = _posting_line(page, top[:i])
        if posted is not None:
            return DateResult(posted, "text", None)
        return DateResult(dt, "document", None)
    return None


def _posting_line(page: Page, texts: list[str]) -> datetime | None:
    """The first line that states when the page was posted: a full date alone on its line with
    a time ("05/04/2024 3:40:00 CH") or a publication label, not today's banner."""
    for text in texts:
        m = date_only(text)
        dt = m.to_datetime() if m is not None and not m.ambiguous else None
        if dt is None or m is None or (m.hour is None and not _PUBLISHED_LABEL.search(unicodedata.normalize("NFC", text))):
            continue
        if page.is_today(dt) or not page.acceptable(dt, "text"):
            continue
        return dt
    return None
