"""A site's template, learned from the site's own pages.

Menus, date banners, slogans, counters, polls, sidebars, footers and "Tin liên quan" boxes
repeat from page to page of one site; an article does not. So the evidence that a block is
furniture is repetition: its text (digits and weekday names normalised, so counters and
today's date match) recurs on a large share of the site's pages. A container is furniture
when its text is template or links and it opens with a template line (a "Tin khác" box whose
titles change). Nothing is known about any particular site: no names, no class lists.

Hand-written: no library learns a per-site template from repetition across pages.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import deque
from collections.abc import Iterable
from datetime import datetime

from .blocks import HEADINGS, Block, fold, normalise, segment, signature, text_key
from .bylines import is_signer, signer_part
from .dates import TZ, Clock, utc_stamp_kind
from .dates.clocks import clocks_shown
from .dates.text import orders_shown
from .text import DOC_NUMBER, clean_line
from .titles import is_site_name, list_tag

VERSION = 1
READY_PAGES = 5  # distinct pages before the profile is trusted
MIN_PAGES = 3  # a key is template when it is on at least this many pages...
MIN_SHARE = 0.4  # ...and on at least this share of them
WINDOW = 500  # counts are halved past twice this many pages: a new template can take over
MAX_KEYS = 2000  # text keys kept (the most frequent) when saved; in memory up to twice this
MAX_PAIRS = 500
MAX_SIGS = 1000
MAX_TITLES = 200
MAX_DIGESTS = 1000  # pages recognised as already learned
FIT_REFRESH = 16  # pages learned between two recomputations of the template's weights for fit()
# An unlinked block this long may be prose that a sidebar repeats (a featured article's
# lead): template only in the slot where it recurs, and never a furniture line by itself.
LONG = 80
SENTENCE_WORDS = 10  # a line of this many words ending a sentence is prose, whatever its length
PROSE_NEIGHBOURS = 200  # new prose (two blocks or more) beside a line that makes it the article's
CREDIT_NEIGHBOURS = 150  # prose beside a credit line ("Bảo Trân") that makes it the article's
CONTENT_LIKE = 0.3  # share of a key's pages on which it stood among new prose
# Pages showing one day/month order, and none the other, make it the site's: one suffices, a
# 12-hour clock after a slash date being an en-US server's own format (vi-VN writes SA/CH).
DATE_ORDER_PAGES = 1
MIDNIGHT_PAGES = 2  # pages whose published stamp is UTC's midnight before the site's are read as days
DATE_LINE = 120  # longest block read for the order of its dates
# How the site writes its clocks (`clock`): posts fall in office hours, in Vietnam; when the site's
# first clocks (its posts') do so only read the other way (bare digits as UTC's, a UTC label as the
# local clock), over enough stamps at enough hours (one hour is a schedule's, no zone), it writes
# them so. Counted: the stamps only the other reading puts in office hours, against those only the
# usual one does (7-10 o'clock is office hours either way).
OFFICE_HOURS = range(7, 18)
CLOCK_STAMPS = 6  # distinct dated clocks of one kind
CLOCK_HOURS = 3  # distinct hours among them
CLOCK_OTHER = 3  # stamps only the other reading puts in office hours, at least...
CLOCK_OTHER_SHARE = 1 / 3  # ...this share of all, and twice those only the usual reading does
MAX_CLOCK_STAMPS = 2000  # stamps remembered as counted (a listing repeats its posts' stamps)

# " - ", " | ", a colon written as in prose ("Liên minh HTX Đồng Tháp: <post>", Blogger's), and
# an underscore between words (DedeCMS' "<post>_<section>_<site>"; no Vietnamese title has one)
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—:»›‹«]|::)\s+|(?<=\w):\s+|(?<=[^\s_])_(?=[^\s_])")
# Those that set a section off a title (a colon is rather a title's own label: "Video: …")
_SECTION_SEPARATORS = ("-", "|", "–", "—", "»", "›", "::")

# Lines that sign or source an article. They recur (one author writes many articles) but
# belong to the text.
_CREDIT = re.compile(
    r"(?i)^[(\[]?\s*(?:(?:nguồn|theo|ảnh|tác\s+giả)\b|(?:bài|tin)\s*(?:và|,|\+|&|-)\s*ảnh\b"
    r"|(?:bài|tin|thực\s+hiện|người\s+viết|nhóm\s+phóng\s+viên|phóng\s+viên|pv|ctv|btv)\s*:)"
)
_HAS_DIGIT = re.compile(r"\d")
# A title's credit to its writer between the headline and the site's name ("Tiêu đề - by Phạm
# Thu Trang - Bản tin", Substack's and Medium's titles): it recurs only as often as its writer
# posts, so it is read, not learned.
_TITLE_CREDIT = re.compile(r"(?i)\s+[-|–—·]\s+(?:by|bởi)\s+(?P<name>[^-|–—·]{2,60})$")


SECTION_TITLE_CHARS = 25  # a menu's or a widget's words ("Dịch vụ tư vấn", "Hộp thoại"), shorter than headlines


def _sentence(text: str) -> bool:
    """Prose whatever its length: ten words or more ending a statement (a short lead; a poll
    asks a question)."""
    return len(text.split()) >= SENTENCE_WORDS and text.endswith((".", "…"))


def looks_like_credit(line: str) -> bool:
    """A byline, source or photo credit: "Bảo Trân", "Phạm Hương, Phòng Tư vấn",
    "Nguồn: vca.org.vn", "Theo baothaibinh.com.vn", "Ảnh: Minh Hoàng"."""
    line = clean_line(line)
    if not line or len(line) > 100 or line.endswith((":", "?", "!", ";")):
        return False
    if _CREDIT.match(line):
        return True
    if len(line) > 80 or _HAS_DIGIT.search(line) or line.isupper():
        return False  # an upper-case line is a heading ("TIN LIÊN QUAN"), not a name
    return is_signer(signer_part(line).strip(" ."))


def _title(doc) -> str | None:
    el = doc.find(".//title")
    if el is None:
        return None
    text = clean_line(el.text_content())
    return text or None


def _title_affixes(title: str) -> set[str]:
    """">" + every "separator + rest" suffix and "<" + every "start + separator" prefix; "[" +
    the list tag opening it."""
    out = {"[" + tag} if (tag := list_tag(title)) else set()
    for m in _TITLE_SEPARATOR.finditer(title):
        if m.start() > 0 and len(title) - m.end() >= 3:
            out.add(">" + title[m.start():])
            out.add("<" + title[:m.end()])
    return out


def _bump(table: dict, key: str, serial: int) -> None:
    entry = table.get(key)
    if entry is None:
        table[key] = [1, serial]
    elif entry[1] != serial:
        entry[0] += 1
        entry[1] = serial


def _top(table: dict, cap: int) -> list:
    """The `cap` most frequent entries (the most recent among equals)."""
    if len(table) <= cap:
        return list(table.items())
    return sorted(table.items(), key=lambda kv: (kv[1][0], kv[1][1]), reverse=True)[:cap]


def _prune(table: dict, cap: int) -> None:
    # At twice the cap, not at the cap: sorting on every page would cost more than the page.
    if len(table) > 2 * cap:
        keep = _top(table, cap)
        table.clear()
        table.update(keep)


def _halve(table: dict) -> None:
    for k in list(table):
        entry = table[k]
        entry[0] //= 2
        if len(entry) > 2:
            entry[2] //= 2
        if not entry[0]:
            del table[k]


_CELL_BLOCKS = ("p", "div", "ul", "ol", "table", "br")
DATA_CELL_CHARS = 200


def _data_row_cell(cell, template: set) -> bool:
    """A cell of a data table's row whose other cells say something of this page ("| 1 | Cà
    phê Ea Tu | 4 sao |": the "1" recurs on every page with a numbered table): cutting it
    would shift the row. Not a layout table's cell (the sidebar's: blocks, or long text)."""
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return False
    cells = [c for c in row if c.tag in ("td", "th")]
    if any(len(c.text_content()) > DATA_CELL_CHARS or _cell_blocks(c) for c in cells):
        return False
    return any(c is not cell and c not in template and not any(d in template for d in c)
               and c.text_content().strip() for c in cells)


def _cell_blocks(cell) -> bool:
    """Whether a cell holds blocks, not one value: a paragraph wrapping its whole value (ProseMirror's
    and TipTap's "<td><p>9</p></td>", Halo's editor) is the value still."""
    blocks = [d for d in cell.iterdescendants() if d.tag in _CELL_BLOCKS]
    return bool(blocks) and not (len(blocks) == 1 and blocks[0].tag == "p" and blocks[0].getparent() is cell)


def _cell_of(el):
    """The table cell an element is, or whose lone paragraph it is; None otherwise."""
    if el.tag in ("td", "th"):
        return el
    parent = el.getparent()
    return parent if el.tag == "p" and parent is not None and parent.tag in ("td", "th") and len(parent) == 1 else None


_GROUPS = frozenset({"ul", "ol", "dl", "li", "table", "thead", "tbody", "tfoot", "tr"})


def _holder(el):
    """The block a line stands in beside its neighbours: its parent, or for an item of a list
    or a row of a table the list's or the table's parent. A post's list shown whole on a
    blog's front, list and tag pages recurs as often as the template, but it stands with
    the post's prose, not with its other items alone."""
    parent = el.getparent()
    while parent is not None and parent.tag in _GROUPS and parent.getparent() is not None:
        parent = parent.getparent()
    return parent


class SiteProfile:
    def __init__(self, site: str):
        self.site = site
        self.pages = 0  # distinct pages learned (halved with the counts past 2 * window)
        self.serial = 0  # pages learned, never halved: marks which page last counted a key
        # text key -> [pages with it, serial of the last, pages where it stood among new prose]
        self.keys: dict[str, list[int]] = {}
        # text key | slot of long unlinked blocks -> [pages, last serial]
        self.pairs: dict[str, list[int]] = {}
        # slot of the blocks' parents -> [pages, last serial]
        self.sigs: dict[str, list[int]] = {}
        # ">" + title suffix, "<" + title prefix, "=" + whole title -> [pages, last serial]
        self.titles: dict[str, list[int]] = {}
        self.titled = 0  # pages that had a <title>
        self.kinds: dict[str, int] = {}
        # "month-first" / "day-first" -> pages whose 12-hour-clock dates showed that order
        self.orders: dict[str, int] = {}
        # "midnight" / "clock" -> pages whose published stamp, in UTC to the millisecond, fell there
        self.stamps: dict[str, int] = {}
        # "bare" / "utc" / "attribute" -> distinct dated clocks per hour as printed (`dates.clocks`)
        self.clocks: dict[str, list[int]] = {}
        self._clock_stamps: set[str] = set()
        self._digests: deque[str] = deque(maxlen=MAX_DIGESTS)
        self._digest_set: set[str] = set()
        self.window = WINDOW
        self._weights_stamp: int | None = None
        self._weights: tuple[dict, int, dict, int] = ({}, 0, {}, 0)

    # -- learning ---------------------------------------------------------------------
    @classmethod
    def learn(cls, site: str, docs: Iterable) -> SiteProfile:
        profile = cls(site)
        for doc in docs:
            profile.add(doc)
        return profile

    def add(self, doc, kind: str | None = None) -> bool:
        """Learn one more page. `kind` ("article", "listing", ...) is optional; pages that
        are not articles do not count towards "seen among an article's prose". Returns
        False when the page was learned already (same blocks: an alias, a twin, a re-fetch)."""
        blocks = segment(doc)
        if not blocks:
            return False
        digest = hashlib.blake2b("\n".join(sorted({b.key for b in blocks})).encode(), digest_size=8).hexdigest()
        if digest in self._digest_set:
            return False
        if len(self._digests) == self._digests.maxlen:
            self._digest_set.discard(self._digests[0])
        self._digests.append(digest)
        self._digest_set.add(digest)

        keys = self.keys
        among_prose = self._among_prose(blocks) if self.pages and kind in (None, "article") else set()
        self.pages += 1
        self.serial += 1
        n = self.serial
        if kind:
            self.kinds[kind] = self.kinds.get(kind, 0) + 1
        seen = set()
        for b in blocks:
            seen.add(b.key)
            seen.update(b.line_keys)
        for k in seen:
            entry = keys.get(k)
            if entry is None:
                keys[k] = [1, n, 1 if k in among_prose else 0]
            elif entry[1] != n:
                entry[0] += 1
                entry[1] = n
                if k in among_prose:
                    entry[2] += 1
        for b in blocks:
            if (b.chars >= LONG or _sentence(b.text)) and not b.is_link:  # (what `_template_block` asks of its slot)
                _bump(self.pairs, b.key + "|" + b.sig, n)
        sigs: dict = {}
        for parent in {b.el.getparent() for b in blocks}:
            if parent is not None:
                _bump(self.sigs, signature(parent, sigs), n)
        shown: set[str] = set()
        for b in blocks:
            if b.chars <= DATE_LINE:
                shown |= orders_shown(b.text)
        for order in shown:
            self.orders[order] = self.orders.get(order, 0) + 1
        if (stamp := utc_stamp_kind(doc)) is not None:
            self.stamps[stamp] = self.stamps.get(stamp, 0) + 1
        today = datetime.now(TZ).date()
        for kind, stamp, hour in clocks_shown(doc, (b.text for b in blocks if b.chars <= DATE_LINE), today):
            if kind + stamp not in self._clock_stamps and len(self._clock_stamps) < MAX_CLOCK_STAMPS:
                self._clock_stamps.add(kind + stamp)
                self.clocks.setdefault(kind, [0] * 24)[hour] += 1
        title = _title(doc)
        if title:
            self.titled += 1
            for affix in _title_affixes(title) | {"=" + title}:
                _bump(self.titles, affix, n)
        if self.pages > 2 * self.window:
            self.pages //= 2
            self.titled //= 2
            self.orders = {k: v // 2 for k, v in self.orders.items()}
            self.stamps = {k: v // 2 for k, v in self.stamps.items()}
            self.clocks = {k: [n // 2 for n in v] for k, v in self.clocks.items()}
            for table in (keys, self.pairs, self.sigs, self.titles):
                _halve(table)
        _prune(keys, MAX_KEYS)
        _prune(self.pairs, MAX_PAIRS)
        _prune(self.sigs, MAX_SIGS)
        _prune(self.titles, MAX_TITLES)
        return True

    def _among_prose(self, blocks: list[Block]) -> set[str]:
        """Keys of unlinked blocks that stand beside new prose (text the profile has not
        seen before, two paragraphs or more): a recurring line there is a byline or a
        standard closing of the article, not furniture."""
        keys = self.keys
        fresh: dict = {}  # parent -> [chars, blocks] of new unlinked prose
        for b in blocks:
            if b.link_chars == 0 and b.key not in keys and b.el.tag not in HEADINGS:
                acc = fresh.setdefault(b.el.getparent(), [0, 0])
                acc[0] += b.chars
                acc[1] += 1
        out: set = set()
        if not fresh:
            return out
        for b in blocks:
            if b.link_chars > 0.1 * b.chars:
                continue  # a share bar beside a lead is not a byline
            chars, count = fresh.get(b.el.getparent(), (0, 0))
            if b.link_chars == 0 and b.key not in keys and b.el.tag not in HEADINGS:
                chars, count = chars - b.chars, count - 1
            if chars >= PROSE_NEIGHBOURS and count >= 2:
                out.add(b.key)
        return out

    @property
    def date_order(self) -> str | None:
        """How this site's server orders day and month in its 12-hour-clock dates, once pages
        have shown it one way and none the other way (a server in en-US culture writes
        "12/27/2023 2:05 PM"); it reads the site's ambiguous "7/6/2024 3:20 PM". None when
        unknown or mixed: a wrong date is worse than none."""
        return self._order("")

    @property
    def plain_date_order(self) -> str | None:
        """The same for the site's unpadded date lines without a clock (a blog's "3/14/2024"):
        it reads its "3/5/2024" month-first when its pages show that order and never the other."""
        return self._order("plain:")

    @property
    def midnight_days(self) -> bool:
        """Whether the site writes a day without its time as UTC's midnight to the millisecond
        ("2025-06-10T00:00:00.000Z": a JavaScript generator's date-only front matter, VuePress's):
        most of its pages' published stamps fall there. A site whose stamps keep their clocks
        (Wix's) has its one post at 07:00 in Vietnam at that midnight."""
        midnight = self.stamps.get("midnight", 0)
        return midnight >= MIDNIGHT_PAGES and midnight > self.stamps.get("clock", 0)

    @property
    def clock(self) -> Clock:
        """How the site writes its clocks (`dates.Clock`), from the hours its pages print: its bare
        clocks are UTC's when they fall in office hours only so read (a server left in UTC: Pluck's,
        a Rails or Node app's), its UTC-labelled stamps the local clock when they do only read
        without the label (Perch's PERCH_TZ left at 'UTC')."""
        # (the hour in Vietnam of each reading: bare digits as Vietnam's or as UTC's; a UTC-labelled
        # stamp as UTC or as Vietnam's)
        return Clock(bare_utc=self._read_otherwise("bare", usual=0, other=7),
                     utc_local=self._read_otherwise("utc", usual=7, other=0),
                     attribute_utc=self._read_otherwise("attribute", usual=0, other=7))

    @property
    def clock_settled(self) -> bool:
        """Whether `clock` can be trusted as it is: no clock the site's pages showed suggests the
        other reading, or enough do either way. Until then an article with its time of day waits
        (`themes.waits_for_clock`)."""
        return self._settled("bare", usual=0, other=7) and self._settled("utc", usual=7, other=0) \
            and self._settled("attribute", usual=0, other=7)

    def _settled(self, kind: str, *, usual: int, other: int) -> bool:
        only_other, only_usual, total = self._readings(kind, usual=usual, other=other)
        if not only_other or self._read_otherwise(kind, usual=usual, other=other):
            return True
        # (the usual reading well ahead: for a label, one stamp only it puts in office hours)
        return total >= CLOCK_STAMPS and (only_usual >= 1 if kind == "utc" else only_usual >= only_other + CLOCK_OTHER)

    def _readings(self, kind: str, *, usual: int, other: int) -> tuple[int, int, int]:
        """(stamps only the other reading puts in office hours, those only the usual one does, all)."""
        hours = self.clocks.get(kind) or [0] * 24
        def office(h: int, shift: int) -> bool:
            return (h + shift) % 24 in OFFICE_HOURS
        return (sum(n for h, n in enumerate(hours) if office(h, other) and not office(h, usual)),
                sum(n for h, n in enumerate(hours) if office(h, usual) and not office(h, other)), sum(hours))

    def _read_otherwise(self, kind: str, *, usual: int, other: int) -> bool:
        hours = self.clocks.get(kind)
        if not hours or sum(hours) < CLOCK_STAMPS or sum(1 for n in hours if n) < CLOCK_HOURS:
            return False
        only_other, only_usual, total = self._readings(kind, usual=usual, other=other)
        # (a label is the site's word: against it, no stamp at all that only it puts in office hours)
        return (only_other >= CLOCK_OTHER and only_other >= CLOCK_OTHER_SHARE * total
                and only_other >= 2 * only_usual and not (kind == "utc" and only_usual))

    def _order(self, kind: str) -> str | None:
        month, day = self.orders.get(kind + "month-first", 0), self.orders.get(kind + "day-first", 0)
        if month >= DATE_ORDER_PAGES and not day:
            return "month-first"
        if day >= DATE_ORDER_PAGES and not month:
            return "day-first"
        return None

    # -- what is template -------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self.pages >= READY_PAGES

    @property
    def threshold(self) -> int:
        """Pages a key must be on to be template."""
        return max(MIN_PAGES, math.ceil(MIN_SHARE * self.pages))

    def recurrence(self, text: str) -> int:
        """On how many of the learned pages this text (a block or a line) was, unlinked."""
        return self._count(text_key(normalise(text), False))

    def names_a_section(self, title: str) -> bool:
        """Whether a page's title is a text the template shows on most pages, as a menu's link
        or a widget's heading ("Dịch vụ tư vấn", "Hộp thoại"): the page of a section or a
        widget, no news (an article's title is on the pages that list it, not on all)."""
        if len(title) > SECTION_TITLE_CHARS:  # a news headline, maybe a sidebar's featured link on every page
            return False
        norm = normalise(title)
        thr = self.threshold
        return self.ready and (self._count(text_key(norm, True)) >= thr or self._count(text_key(norm, False)) >= thr)

    def _count(self, key: str) -> int:
        entry = self.keys.get(key)
        return entry[0] if entry else 0

    def _content_like(self, key: str) -> bool:
        entry = self.keys.get(key)
        return bool(entry) and entry[2] >= CONTENT_LIKE * entry[0]

    def _template_block(self, b: Block, thr: int) -> bool:
        if self._count(b.key) >= thr:
            if b.is_link or (b.chars < LONG and not _sentence(b.text)):
                return True
            # A long text or a sentence recurring elsewhere (a featured lead in a sidebar) is
            # template only in the slot where it recurs.
            entry = self.pairs.get(b.key + "|" + b.sig)
            return bool(entry) and entry[0] >= thr
        if b.line_keys:
            return all(self._count(k) >= thr for k in b.line_keys)
        return False

    def template_blocks(self, doc) -> list[tuple[Block, bool]]:
        """Every block of the page, with whether it is template: its text recurs, and it
        is not an unlinked line that stands among this page's own prose (a subheading or
        a byline that happens to repeat a sidebar's line), nor a line seen among articles'
        prose before."""
        return [(b, t) for b, t, _ in self.judge(doc)]

    def judge(self, doc) -> list[tuple[Block, bool, bool]]:
        """`template_blocks` with, for each block, whether its text recurs as the template's
        does but only where the prose around it recurs too: the page's own line, shown whole
        with its post elsewhere (`kept_lines`)."""
        blocks = segment(doc)
        if not self.ready:
            return [(b, False, False) for b in blocks]
        thr = self.threshold
        flags = [self._template_block(b, thr) for b in blocks]
        # parent -> [chars, blocks] of unlinked text that is not template, or is prose met again
        # (a blog shows whole posts on its home and archive pages: the post's lines recur with it)
        prose: dict = {}
        # parent -> such text a level deeper too: a photo story's credit closes its photos'
        # captions, each in its <figure>
        near: dict = {}
        again: dict = {}  # holder -> most pages any of its prose sentences was on
        for b, t in zip(blocks, flags):
            if (not t or _sentence(b.text)) and b.link_chars <= 0.1 * b.chars:
                parent = _holder(b.el)
                acc = prose.setdefault(parent, [0, 0])
                acc[0] += b.prose_chars
                acc[1] += b.el.tag not in HEADINGS
                for up in (parent, parent.getparent() if parent is not None else None):
                    near[up] = near.get(up, 0) + b.prose_chars
                if _sentence(b.text):
                    again[parent] = max(again.get(parent, 0), self._count(b.key))
        out = []
        for b, t in zip(blocks, flags):
            kept = False
            if t and b.link_chars <= 0.1 * b.chars:
                holder = _holder(b.el)
                chars, count = prose.get(holder, (0, 0))
                if (self._content_like(b.key) or (chars >= PROSE_NEIGHBOURS and count >= 2)
                        or (near.get(b.el.getparent(), 0) >= CREDIT_NEIGHBOURS and looks_like_credit(b.text))):
                    t = False
                    # a line that recurs no more than the prose around it: the post is shown
                    # whole on other pages (a blog's front, list and tag pages), the line with it
                    kept = max((self._count(k) for k in b.line_keys), default=self._count(b.key)) <= again.get(holder, 0)
            out.append((b, t, kept))
        return out

    @staticmethod
    def kept_lines(judged: list[tuple[Block, bool, bool]]) -> frozenset[str]:
        """The keys of the lines a page keeps as its own although the template repeats them
        (`judge`): `is_furniture_line` spares them on that page."""
        return frozenset(k for b, _, kept in judged if kept for k in (b.line_keys or (b.key,)))

    def furniture_elements(self, doc, judged: list[tuple[Block, bool, bool]] | None = None) -> list:
        """Elements of this page that are template, outermost only, in document order:
        blocks whose text recurs, and containers whose text is template or links and that
        open with a template line. Never the body, never an element holding much of the
        page's text that is not template."""
        if not self.ready:
            return []
        flagged = [(b, t) for b, t, _ in (self.judge(doc) if judged is None else judged)]
        if not flagged:
            return []
        root = doc.find("body") if doc.tag == "html" else doc
        if root is None:
            root = doc
        # Per element: [chars, template chars, unlinked non-template chars, non-template
        # chars, index of its first block, is that block template]. Summed at each block's
        # element, then handed to parents in reverse document order (children first).
        agg: dict = {}
        page_own = 0
        for i, (b, t) in enumerate(flagged):
            own = 0 if t else b.chars
            page_own += own
            a = agg.get(b.el)
            if a is None:  # a block's element is seen once, its own text first
                agg[b.el] = [b.chars, b.chars - own, 0 if (t or b.is_link) else b.prose_chars, own, i, t]
        order = [el for el in root.iter() if el in agg or len(el)]
        for el in reversed(order):
            a = agg.get(el)
            if a is None or el is root:
                continue
            parent = el.getparent()
            if parent is None:
                continue
            up = agg.get(parent)
            if up is None:
                agg[parent] = list(a)
            else:
                up[0] += a[0]
                up[1] += a[1]
                up[2] += a[2]
                up[3] += a[3]
                if a[4] < up[4]:
                    up[4], up[5] = a[4], a[5]
        candidates = set()
        for el, (total, tmpl, prose, own, _, first_template) in agg.items():
            if el is root or el.tag in ("html", "body"):
                continue
            if prose > 0.1 * total + 10:
                continue  # text of its own: the article, or a mix that is not ours to cut
            if own > 0.4 * page_own:
                continue  # most of what this page says beyond its template (a listing)
            if tmpl >= 0.5 * total or first_template:
                candidates.add(el)
        for el in [c for c in candidates if c.tag in ("td", "th", "p")]:
            if (cell := _cell_of(el)) is not None and _data_row_cell(cell, candidates):
                candidates.discard(el)
        out = []
        for el in order:  # document order
            if el in candidates and not any(a in candidates for a in el.iterancestors()) and not _issuer(el):
                out.append(el)
        return out

    def is_furniture_line(self, line: str, kept: frozenset[str] = frozenset()) -> bool:
        """A text line the template repeats as unlinked text. Without the page around it,
        only what cannot be an article's line: never a long line (a sidebar may repeat an
        article's lead), a line of one or two words without digits (a subheading
        "Giới thiệu" may repeat a sidebar's heading), a credit line, or a line the profile
        saw among articles' prose, nor a sentence of ten words or more (a short lead the
        site's "Tin mới" sidebar repeats as a teaser). Linked furniture (menus, share bars, other articles'
        titles) goes with `furniture_elements`. `kept`: the page's `kept_lines`."""
        if not self.ready:
            return False
        line = clean_line(line)
        if not line or len(line) >= LONG:
            return False
        if len(line.split()) < 3 and not _HAS_DIGIT.search(line):
            return False
        if _sentence(line):
            return False  # a short lead is a sentence too, and the "Tin mới" sidebar repeats it
        key = text_key(fold(line), False)
        return (key not in kept and self._count(key) >= self.threshold and not self._content_like(key)
                and not looks_like_credit(line))

    # -- titles -----------------------------------------------------------------------
    def _title_affix(self, side: str) -> tuple[str, int] | None:
        """The affix on at least half the pages with a title; one naming the site (the alliance,
        its fund, centre or bulletin) on a few, as a site may put its name after the titles of
        its articles and before those of its lists (Pelican's)."""
        if self.titled < MIN_PAGES:
            return None
        need = max(MIN_PAGES, math.ceil(0.5 * self.titled))
        best = None
        for affix, (count, _) in self.titles.items():
            if affix[0] != side or count < MIN_PAGES:
                continue
            if (count >= need or is_site_name(_TITLE_SEPARATOR.sub(" ", affix[1:]).strip(" -|–:»"))) and (
                    best is None or (count, len(affix)) > (best[1], len(best[0]))):
                best = (affix[1:], count)
        return best

    def title_suffix(self) -> str | None:
        """The site-wide end of <title>, separator included (" - Liên minh HTX tỉnh X"),
        when at least half the pages with a title share it."""
        found = self._title_affix(">")
        return found[0] if found else None

    def site_title(self) -> str | None:
        """A <title> most of the site's pages carry whole: the site's name (a blog's that names no
        post in its <title>, Roller's), never an article's title."""
        found = self._title_affix("=")
        return found[0] if found else None

    def title_recurs(self, doc) -> bool:
        """Whether the page's <title> is whole on several of the site's pages: a template's for a
        kind of page (Alfresco Share's "Alfresco » Xem bài đăng blog" on every post), no article's."""
        title = _title(doc)
        return title is not None and self.titles.get("=" + title, (0,))[0] >= MIN_PAGES

    def title_prefix(self) -> str | None:
        """The site-wide start of <title>, separator included ("Liên minh HTX tỉnh X | ")."""
        prefix, suffix = self._title_affix("<"), self._title_affix(">")
        # Titles sharing a suffix also share "everything before it" only when they are
        # one title: a real prefix is on more pages than the suffix.
        if prefix is None or (suffix is not None and prefix[1] <= suffix[1]):
            return None
        return prefix[0]

    def list_tag_recurs(self, tag: str) -> bool:
        """Whether the list tag opens the titles of several of the site's pages."""
        return self.titles.get("[" + tag, (0,))[0] >= MIN_PAGES

    def strip_title(self, title: str) -> str:
        """The page's own part of a <title>: without the site-wide prefix (and a section after
        it), and without the longest end that recurs on several pages: the site-wide suffix, or
        a section and the site ("Bài - Tin hoạt động - Liên minh HTX tỉnh", Liferay and
        SharePoint titles), and the writer's credit before it."""
        title = clean_line(title)
        suffix, prefix = self.title_suffix(), self.title_prefix()
        if suffix and title.endswith(suffix) and len(title) > len(suffix):
            recurring = [affix[1:] for affix, (count, _) in self.titles.items()
                         if affix[0] == ">" and count >= MIN_PAGES and affix.endswith(suffix)
                         and title.endswith(affix[1:]) and len(title) - len(affix) + 1 >= 8]
            title = title[: -len(max(recurring, key=len, default=suffix))].rstrip()
            credit = _TITLE_CREDIT.search(title)
            if credit and credit.start() >= 8 and is_signer(credit["name"].strip()):
                title = title[: credit.start()].rstrip()
        if prefix and title.startswith(prefix) and len(title) > len(prefix):
            title = title[len(prefix):].lstrip()
            # ...and the section after it, short, named as the template's menu names it on most
            # pages or starting several titles ("<site> – Tin tức – <title>": CMSimple_XH's, the
            # page holding the article's view; not a label of the title's own, "Video: …")
            # (set off as the prefix is: "Diễn đàn X :: Tin tức - Sự kiện :: <title>", Phorum's)
            kind = next((m.group().strip() for m in reversed(list(_TITLE_SEPARATOR.finditer(prefix)))), None)
            own_sep = next((m for m in _TITLE_SEPARATOR.finditer(title) if m.group().strip() == kind), None)
            if (m := own_sep or _TITLE_SEPARATOR.search(title)) and 0 < m.start() <= SECTION_TITLE_CHARS \
                    and len(title) - m.end() >= 8 and m.group().strip() in _SECTION_SEPARATORS and (
                        own_sep is not None and kind == "::"  # (a path's step: "Forum :: Section :: Topic")
                        or self.names_a_section(title[: m.start()])
                        or self.titles.get("<" + prefix + title[: m.end()], (0,))[0] >= MIN_PAGES):
                title = title[m.end():]
        return title

    # -- does a page still look like the learned site? ---------------------------------
    def fit(self, doc) -> float:
        """0..1: how much of the learned template this page shows: the geometric mean of
        the share of recurring texts and of recurring slots it has, each weighted by how
        often it recurs. Both are needed: widgets repeat the same words on many sites
        ("Thống kê truy cập"), and one CMS gives many sites the same slots. A theme change,
        a truncated page or another site's page scores low."""
        if not self.pages:
            return 0.0
        blocks = segment(doc)
        keys = set()
        for b in blocks:
            keys.add(b.key)
            keys.update(b.line_keys)
        cache: dict = {}
        sigs = {signature(p, cache) for p in {b.el.getparent() for b in blocks} if p is not None}
        key_weights, key_total, sig_weights, sig_total = self._template_weights()

        def share(weights: dict, total: int, present: set) -> float:
            return sum(weights.get(k, 0) for k in present) / total if total else 0.0

        return round(math.sqrt(share(key_weights, key_total, keys) * share(sig_weights, sig_total, sigs)), 4)

    def _template_weights(self) -> tuple[dict, int, dict, int]:
        """The recurring texts and slots with their counts, as fit() weighs them. Recomputed
        every FIT_REFRESH pages learned, not for every page: walking the whole table per page
        cost more than the rest of the crawl's work on it, and a template changes slowly."""
        stamp = self.serial // FIT_REFRESH
        if self._weights_stamp != stamp:
            thr = self.threshold
            keys = {k: e[0] for k, e in self.keys.items() if e[0] >= thr}
            sigs = {k: e[0] for k, e in self.sigs.items() if e[0] >= thr}
            self._weights = (keys, sum(keys.values()), sigs, sum(sigs.values()))
            self._weights_stamp = stamp
        return self._weights

    # -- persistence ------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "version": VERSION,
            "site": self.site,
            "pages": self.pages,
            "serial": self.serial,
            "titled": self.titled,
            "kinds": dict(self.kinds),
            "orders": dict(self.orders),
            "stamps": dict(self.stamps),
            "clocks": {k: list(v) for k, v in self.clocks.items()},
            "keys": {k: list(v) for k, v in _top(self.keys, MAX_KEYS)},
            "pairs": {k: list(v) for k, v in _top(self.pairs, MAX_PAIRS)},
            "sigs": {k: list(v) for k, v in _top(self.sigs, MAX_SIGS)},
            "titles": {k: list(v) for k, v in _top(self.titles, MAX_TITLES)},
            "digests": list(self._digests),
        }

    @classmethod
    def from_json(cls, d: dict) -> SiteProfile:
        profile = cls(d["site"])
        if d.get("version") != VERSION:
            return profile  # another layout: learn again
        profile.pages = int(d.get("pages", 0))
        profile.serial = int(d.get("serial", profile.pages))
        profile.titled = int(d.get("titled", 0))
        profile.kinds = {k: int(v) for k, v in (d.get("kinds") or {}).items()}
        profile.orders = {k: int(v) for k, v in (d.get("orders") or {}).items()}
        profile.stamps = {k: int(v) for k, v in (d.get("stamps") or {}).items()}
        profile.clocks = {k: [int(n) for n in v] for k, v in (d.get("clocks") or {}).items() if len(v) == 24}
        for name in ("keys", "pairs", "sigs", "titles"):
            setattr(profile, name, {k: [int(x) for x in v] for k, v in (d.get(name) or {}).items()})
        profile._digests.extend(d.get("digests") or [])
        profile._digest_set = set(profile._digests)
        return profile

    def __repr__(self) -> str:
        return f"SiteProfile({self.site!r}, pages={self.pages}, keys={len(self.keys)})"


ISSUER_CHARS = 120


def _issuer(el) -> bool:
    """An official document's issuer right above its number ("LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HỒ
    CHÍ MINH" over "Số: 21/TB-LMHTX"): the document's first line, though the footer repeats the
    name."""
    nxt = el.getnext()
    return nxt is not None and isinstance(nxt.tag, str) and len(el.text_content()) <= ISSUER_CHARS \
        and DOC_NUMBER.match(nxt.text_content().strip()) is not None
