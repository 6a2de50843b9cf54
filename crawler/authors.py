"""The article's author: the family's author element, JSON-LD's person, a byline element
named so by its markup, a byline closing the text, <meta name=author>; never the site's own
name, a media outlet ("Theo Báo Cà Mau"), or an official document's signer."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from lxml import etree

from . import dates
from .blocks import shown_lines
from .bylines import (
    is_account,
    is_desk,
    is_full_name,
    is_office,
    is_signer,
    signer_part,
    uninverted,
    without_note,
    without_office,
)
from .families import Rules
from .fields import AUTHOR_FIELD, ROLE, Field
from .metadata import jsonld_article, jsonld_authors, meta
from .parsing import first_of, following, text_before, text_of
from .text import FIELD_SEPARATORS, POSTED_BY, VIETNAMESE_LETTER, clean_line, fold, label_and_value
from .titles import is_site_name
from .urls import ACCOUNT_PAGE

_BYLINE_PREFIX = re.compile(r"(?i)^(tác\s+giả|theo|nguồn|bài\s*(và|,)?\s*ảnh|tin\s*(và|,)?\s*ảnh"
                            # (a reportage's "Ghi chép: X", "Ảnh và ghi chép: X")
                            r"|(?:ảnh\s*(?:và|,)\s*)?ghi\s+chép(?=\s*:)|ảnh|(?:tin|bài)(?=\s*:)"
                            rf"|{POSTED_BY}|bởi|by|author|written\s+by)(?!\w)\s*:?\s*")  # ("Author " a theme's screen-reader label)
# Who posted it, as a CMS prints its account beside the date ("Đăng bởi: Hoài Thu", Sapo's): an
# author when it names a person, not an account or the site.
_POSTED_BY = re.compile(rf"(?i)^\s*{POSTED_BY}\b")
_WHEN_WHERE = re.compile(r"(?i)\s+(?:vào|lúc|ngày|trong|on|at|in)\s+")
_X_POSTED_BY = etree.XPath("following::text()[position() <= 60]")  # the post's meta line, under its title
_X_POSTED_AFTER = etree.XPath("following::text()[position() <= 20]")  # ... or under its text
SOURCE_LINE = re.compile(r"^(?:(?:Theo|Nguồn)\s*:?|Source\s*:)\s+(.+)$")  # (a blog engine's English field: Refinery's)
_MEDIA = re.compile(r"(?i)\b(báo|đài|tạp\s+chí|cổng|ttxvn|thông\s+tấn|truyền\s+hình|vtv|vov|sở|bộ|ubnd|website)\b"
                    r"|\.(vn|com|net|org)\b")

# Lines of metadata, not text, where they open or close it: "Tác giả: X", "Nguồn tin: Y".
META_LINE = re.compile(r"^(Tác\s+giả|Người\s+(?:viết|đăng)|Nguồn\s+tin|Biên\s+tập)\s*:\s*\S")  # ("Người đăng: <account>")
AUTHOR_LINE = re.compile(r"^(Tác\s+giả|Người\s+viết)\s*:\s*(.+)$")
# A long-form piece's credits: "Nội dung: Hoàng Anh – Ảnh: Đỗ Phương – Thiết kế: Minh Tuấn" (the writer).
CREDITS_LINE = re.compile(r"^(Nội\s+dung(?:\s*(?:và|,)\s*ảnh)?|Bài(?:\s*(?:và|,)\s*ảnh)?|Thực\s+hiện)\s*:\s*"
                          r"([^–—|:]+?)\s+[–—|-]\s+(?:Ảnh|Thiết\s+kế|Đồ\s+họa|Trình\s+bày|Video|Kỹ\s+thuật)\b")
HEAD_META_LINES = 2  # a metadata line among the first lines (under the title) opens the text
# Who posted it, left opening the text by a meta line whose date went with its <time> (Contao's
# "<time>14.03.2026 08:30</time> bởi Nguyễn Thị Kim Loan"). Not "Bởi vậy, …" ("because").
def _unlabelled(name: str) -> str:
    """A labelled field's name without a credit's own label inside it: "Người viết: Ảnh: Đình
    Hiếu" (a CMS's author field holding the photo credit as typed) names Đình Hiếu."""
    return _BYLINE_PREFIX.sub("", name.strip()).strip(" .")


_HEAD_BY = re.compile(r"(?i)^(?:(?:đăng|viết|gửi)\s+)?(?:bởi|by)\s*:?\s+(.+)$")


def head_byline(line: str) -> str | None:
    """The name (or account) of a "bởi <name>" line, else None."""
    m = _HEAD_BY.match(line)
    if m is None:
        return None
    name = m.group(1).strip(" .»›|–—-")  # (phpBB's "bởi X »", its date gone with its <time>)
    return name if _looks_like_byline(name) or is_account(name) else None


_YEAR_OR_CLOCK = re.compile(r"(?<!\d)(?:(?:19|20)\d{2}|\d{1,2}[:h]\d{2})(?!\d)")
# How long ago, as a template's filter prints a post's age ("3 tháng trước", Django's timesince;
# "2 days ago"): the posting line's time, no date to read
_AGO = re.compile(r"(?i)(?<!\w)(?:\d+|một|vài|hai|ba)\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)(?:,\s*\d+\s+\w+)?\s+trước"
                  r"|\b(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?(?:,\s*\d+\s+\w+)?\s+ago\b")


def _posting_line(line: str) -> bool:
    """A "bởi <name>" line that goes on with the post's date and fields ("Bởi Lê Thu Hà, thứ hai
    16 tháng ba 2026, 08:30 - Đào tạo", Dotclear's; "Đăng bởi admin vào Thứ Sáu 20 Tháng 3 2026 -
    08:30:00", e107's print view; "Đăng bởi bientap ngày …", a handle). Its poster is the account's, read where the post names it
    (`_posted_by`), below a byline closing the text."""
    m = _HEAD_BY.match(line)
    if m is None:
        return False
    rest = m.group(1)
    if (ago := _AGO.search(rest)) and not rest[ago.end():].strip(" .,)"):  # "Gửi bởi: admin 3 tháng trước" (Mezzanine's)
        name = rest[:ago.start()].strip(" ,.-–")
        return bool(name) and (_looks_like_byline(name) or is_account(name) or bool(_HANDLE.match(name)))
    name = _before_date(_WHEN_WHERE.split(FIELD_SEPARATORS.split(rest)[0], maxsplit=1)[0]).split(",")[0].strip(" .")
    # (a year or a clock after the name: "thứ tư 22 tháng năm 2024, 09:10", whose lowercase month
    # "năm" no date reader takes, as "6 tháng năm 2024" is six months of a year)
    return bool(name) and bool(_YEAR_OR_CLOCK.search(rest[len(name):])) \
        and (_looks_like_byline(name) or is_account(name) or bool(_HANDLE.match(name)))


# A poster's handle, one word in lower case ("bientap", "htx_tanyen"): an account's, no one's name
_HANDLE = re.compile(r"^[a-z][a-z0-9._-]{2,30}$")


# A posting line naming no poster, its section and its day after "Đăng" (RainLab Blog's "Đăng
# trong Tin hoạt động ngày 20 Jun, 2025"; e107's "Đăng bởi ngày Thứ Năm 05 Tháng 3 2026 - 15:00:00",
# the account's link gone)
_POSTED_WHEN = re.compile(r"(?i)^(?:được\s+|đã\s+)?(?:đăng|posted)(?:\s+(?:bởi|by))?(?:\s+(?:trong|tại|in)\s+[^\d|:]{2,60}?)?"
                          r"\s+(?:ngày|lúc|vào(?:\s+(?:ngày|lúc))?|on|at)\s+(.+)$")
POSTING_CHARS = 120  # a posting line's label, section, day and clock


def is_meta_line(line: str) -> bool:
    """A line of the article's metadata, not its text, when it opens the text: "Tác giả: X",
    "Nguồn tin: Y", "bởi X", a posting line, a post's stamp alone or closing who posted it, a
    mail's header."""
    return bool(META_LINE.match(line)) or head_byline(line) is not None or _posting_line(line) \
        or dates.is_stamp_line(line) or dates.is_age_line(line) or _posted_when(line) or _mail_header(line)


# A mail's header as a list archive shows it over the message (MHonArc's, Pipermail's): its subject,
# and who sent it when an address says so ("Từ" alone is a common word: "Từ đầu năm, …")
_MAIL_SUBJECT = re.compile(r"(?i)^(?:chủ\s+đề|tiêu\s+đề|subject)\s*:\s*\S")
_MAIL_SENDER = re.compile(r"(?i)^(?:từ|người\s+gửi|from|tới|đến|gửi\s+tới|to|cc)\s*:\s*\S.*"
                          r"(?:@|\sAT\s\S+\.\w|<[^>\s]+>|\.\.\.@)")


def _mail_header(line: str) -> bool:
    return len(line) <= POSTING_CHARS * 2 and bool(_MAIL_SUBJECT.match(line) or _MAIL_SENDER.match(line))


def _posted_when(line: str) -> bool:
    """A posting line naming no poster: its day or clock after the label, no sentence (a full
    stop after the date alone: Winter Blog's "Đã đăng trong Tin hoạt động lúc 03/Dec/2024.")."""
    m = _POSTED_WHEN.match(line)
    return m is not None and len(line) <= POSTING_CHARS and bool(_YEAR_OR_CLOCK.search(m.group(1))) \
        and (not line.endswith((".", "!", "?", "…")) or dates.is_date_line(m.group(1).removesuffix(".")))


def _posting_meta(line: str) -> bool:
    """A post's posting line under its text: who posted it ("Xuất bản bởi: Ban Biên tập", a short
    line), when and where ("Đã đăng trong Tin hoạt động lúc 03/Dec/2024.")."""
    return _posted_when(line) or _posting_line(line) or (len(line) <= BYLINE_CHARS and bool(_POSTED_BY.match(line)))


def is_closing_meta(line: str) -> bool:
    """A line of the post's metadata under its text: its posting line, a labelled author or
    source ("Tác giả: X", read as the author). Not the text's byline: it stands above them."""
    return bool(META_LINE.match(line)) or _posting_meta(line)


BYLINE_CHARS = 80  # an author field's whole text: a name, an office


def byline_texts(doc, title_el) -> set[str]:
    """The whole texts of the elements the page marks as its author's (class "author", "byline")
    after the title: a line of the text that is one of them opening the text is the article's
    metadata (SXA's `<div class="field-author">Văn phòng Liên minh</div>` above the body), and so
    is the name in the row of fields under the title."""
    if title_el is None:
        return set()
    row = {name} if (name := _meta_row_name(title_el)) else set()
    row |= {line} if (line := _meta_row_text(title_el)) else set()
    return row | {text for el in _author_hints(doc) if dates.precedes(title_el, el) and len(text := text_of(el)) <= BYLINE_CHARS}


_X_CELLS = etree.XPath("//td | //th")
# class names as written, also in CamelCase ("NewsAuthor", "TacGia"): without their first letter,
# since lower-casing every element's class cost 2 ms a page; one pass in Python over the tree
# costs half the same test as an XPath
_HINT_CLASS = re.compile("uthor|yline|ac-gia|acgia|acGia|user-info")  # (Liferay's "user-info": the asset's author)


_HINTS: list = [None, []]  # the last page read and its author hints: asked twice a page


def _author_hints(doc) -> list:
    if _HINTS[0] is not doc:
        hints = []
        for el in doc.iter():
            tag = el.tag
            if not isinstance(tag, str) or tag in ("meta", "link") or not el.attrib:
                continue
            if el.get("itemprop") == "author" or el.get("rel") == "author" or _HINT_CLASS.search(el.get("class") or ""):
                hints.append(el)
        _HINTS[0], _HINTS[1] = doc, hints
    return _HINTS[1]


# hAtom's and microformats2's post ("<div class="content hentry">", SPIP's, WordPress's older themes)
_ENTRY_CLASS = re.compile(r"(?:^|\s)h-?entry(?:\s|$)")


def _post_element(title_el):
    """The post's own element around its title (<article>, a schema.org Article, a microformats
    entry), or None."""
    if title_el is None:
        return None
    return next((a for a in title_el.iterancestors() if a.tag == "article" or "Article" in (a.get("itemtype") or "")
                 or _ENTRY_CLASS.search(a.get("class") or "")), None)


def _closes_text(el) -> bool:
    """Whether a byline element follows a paragraph of the text (a closing byline, the text's)."""
    prev = el.getprevious()
    return prev is not None and prev.tag == "p" and len(prev.text_content()) >= BYLINE_CHARS


class PostingOffice(str):
    """An office the markup alone names as the author: the desk that posts, no author."""


class FieldAuthor(str):
    """A name the post's author field gives (its "Tác giả:" field, its meta row), not its poster's account."""


def _hinted_author(doc, title_el, names) -> tuple[str | None, bool, str | None]:
    """A byline element named so by its markup (class "author", "byline", "tac-gia"), after the
    title (or above it in the post's own element) and outside comments and sidebars; the first
    one only (later ones are other posts'). With whether it links to the poster's archive
    ("/author/bientap/"): the CMS account that posted, which a byline in the text outranks. And
    the office the markup alone calls the author, which is none ("14.03.2026 · <span
    class=entry-author>Phòng Tuyên truyền</span>": the desk that posts everything)."""
    above = set(title_el.iterancestors()) if title_el is not None else set()
    post = _post_element(title_el)  # it holds its meta row above the title too
    hints = set(_author_hints(doc))
    classes = Counter(el.get("class") for el in hints)
    for el in _author_hints(doc):
        # the post's own author card, named so and alone on the page, wherever the theme lays it
        # out (Material for MkDocs' "md-post__authors" in the post's sidebar, before the title)
        card = bool(_POST_AUTHORS.search(el.get("class") or "")) and classes[el.get("class")] == 1
        if any("comment" in (a.get("class") or "") or (a.tag in ("aside", "nav") and not card)
               or "comment" in (a.get("itemprop") or "") for a in el.iterancestors()):
            continue
        if title_el is not None and not card and (el in above or (dates.precedes(el, title_el)
                                                                  and (post is None or post not in el.iterancestors()))):
            continue
        # its first line: a card's name above the writer's role or the date ("Nguyễn Thị Hoa" / "Phóng viên")
        first = next(iter(shown_lines(el)), "") if len(el) else text_of(el)
        name = _BYLINE_PREFIX.sub("", FIELD_SEPARATORS.split(first)[0]).strip(" .:-")
        if handle := _HANDLE_AND_NAME.match(name):
            name = handle.group(1)
        if name and _looks_like_byline(name) and not is_site_name(name, names) and not _MEDIA.search(name):
            if is_office(name) and not _LABELLED.match(first) and not _closes_text(el):
                return None, False, name
            return name, any(ACCOUNT_PAGE.search(a.get("href") or "") for a in el.iter("a")), None
        if any(h in hints for h in el.iterdescendants()):
            if any(ACCOUNT_PAGE.search(a.get("href") or "") for a in el.iter("a")):
                return None, False, None  # the poster's card of the first post, an account's: later cards are replies'
            continue  # a card whose name and role run together ("<span>Name</span><span>Role</span>"): its parts say
        return None, False, None
    return None, False, None


_POST_AUTHORS = re.compile(r"(?:post|entry|article)(?:__|-|_)authors?(?![\w-])")


# A forum's account and the person's name after it ("tranquang (Trần Quang)", Discourse's post):
# the person writes, the account posts.
_HANDLE_AND_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,30}\s*\(([^()]{3,60})\)$")
_BY = re.compile(r"(?i)(?:^|\s)(?:bởi|by|người\s+đăng\s*:?)\s*$")
_LABELLED = re.compile(r"(?i)^\s*(tác\s+giả|người\s+viết|bài|bài\s*(và|,)?\s*ảnh)\s*:")


def _poster(title_el, names, post=None) -> str | None:
    """Who the post's own meta line says posted it, linked to their page ("Đăng ngày … bởi <a
    href="/tin-tuc/profile/hoang-lan/">Hoàng Lan</a>", after the text in a blog's post): a person,
    when nothing names the writer. `post`: a forum thread's first post, the article."""
    thread = post is not None  # (a thread's first post: its starter may be named above the posts)
    post = post if thread else _post_element(title_el)
    links: Iterable = post.iter("a") if post is not None else ()
    if title_el is not None and (thread or post is None):
        # a forum thread's line under its title, outside the posts: "Người tạo chủ đề <a>Name</a>"
        links = itertools.chain(links, (el for el in following(title_el, _AFTER) if el.tag == "a"))
    heading = thread  # a thread's first post is headed by its poster's name, labelled or not (Discuz's)
    for a in links:
        if not ACCOUNT_PAGE.search(a.get("href") or ""):
            continue
        if not (name := text_of(a)):
            continue  # an avatar's link, the name's next to it
        if (heading or _BY.search(before := text_before(a)) or _STARTER.search(_label_before(a, before))) \
                and _looks_like_byline(name) and not is_site_name(name, names) and not is_office(name):
            return name
        heading = False
    return None


# Who started a forum's thread (XenForo's "Người tạo chủ đề", "Thread starter", "Started by"):
# its first post, the article, is theirs.
_STARTER = re.compile(r"(?i)(?:người\s+(?:tạo|khởi\s+tạo|mở|bắt\s+đầu)\s+chủ\s+đề|thread\s+starter|started\s+by"
                      r"|topic\s+starter)\s*:?\s*$")
_LABEL_CHARS_BEFORE = 40


def _label_before(a, before: str) -> str:
    """The label just before a link, a short element's text with it (a screen reader's label,
    "<span class=u-srOnly>Người tạo chủ đề</span> <a>…</a>")."""
    prev = a.getprevious()
    if prev is not None and len(label := prev.text_content()) <= _LABEL_CHARS_BEFORE:
        return label + before
    return before


_AFTER = 30  # elements after the title looked at
_AUTHOR_LABEL = re.compile("(?i)t\u00e1c\\s+gi|ta\u0301c\\s+gi|ng\u01b0\u1eddi\\s+vi|ngu\u031bo\u031b\u0300i\\s+vi"
                           "|\u1ea3nh\\s*:|a\u0309nh\\s*:"  # NFC or NFD; a photographer's credit "Ảnh:"
                           "|(?<!\\w)(?:b\u1edfi|bo\u031b\u0309i)(?!\\w)")  # a poster beside the date: "bởi Lê Thị Hoa - 12/3/2026"
# A photo story's credit among the fields ("Ảnh: Trọng Tùng | 20/2/2026"): its photographer writes it.
PHOTO_CREDIT = re.compile(r"(?i)^(?:(?:bài|tin)\s*(?:và|,)?\s*)?ảnh\s*:\s*(.+)$")


def _fields_author(title_el, names) -> tuple[str | None, str | None]:
    """(author, poster) a line of the page's fields after the title names: its labelled author
    ("Ngày đăng: 22/02/2024 10:15 | Tác giả: Thanh Hương | Lượt xem: 120"; such a line is no
    text, so the text's own lines never show it), and the poster a "bởi <name>" part before it
    names (the CMS's word for who posted it, below the text's own signature). One walk for both."""
    if title_el is None:
        return None, None
    for el in following(title_el, _AFTER):
        if not isinstance(el.tag, str) or len(raw := el.text_content()) > 400 or not _AUTHOR_LABEL.search(raw):
            continue
        text = " | ".join(shown_lines(el))  # a field per line: "Ngày đăng: …" above "Tác giả: …"
        if len(text) > 200 or not dates.is_field_line(text):
            continue
        poster = None
        for part in dates.field_parts(text):
            m = AUTHOR_LINE.match(part) or PHOTO_CREDIT.match(part)
            if m and _looks_like_byline(name := _unlabelled(m.group(m.lastindex or 0))) and not is_site_name(name, names):
                return (None if is_office(name) else name), poster  # (an office in the author's field: nobody)
            # the poster a forum's or a blog's post line names beside the date, a person's account
            # (Moodle's "bởi Lê Thị Hoa - Thứ Năm, 12 tháng 3 2026"), not the site's administrator
            if poster is None and (name := head_byline(part)) and _looks_like_byline(name) and not is_account(name) \
                    and not is_site_name(name, names) and not is_office(name):
                poster = name
        return None, poster
    return None, None


_COUNTER = re.compile(r"(?i)^\(?[\d.,]+\s+(?:lượt\s+(?:xem|đọc|thích)|phút\s+đọc|bình\s+luận|views?|comments?|min(?:ute)?s?\s+read)\)?$"
                      r"|^(?:lượt\s+(?:xem|đọc)|views?)\s*:?\s*[\d.,]+$")
_ROW_CHARS = 200
_GROUP_FIELDS = 6  # elements in a group of fields inside the row (more: a list, not fields)
_WORDS = re.compile(r"\w")


def _meta_row(title_el):
    """The row of fields under the title, each field an element of its own beside an icon and
    none labelled (a utility-class theme's date | name | views): the title's next element, or
    the first element after it that says anything, when that holds a date among two parts or
    more (Subrion's panel inside the body's wrapper: "🕓 Oct 30, 2025  👤 <a>Hà Thị Thu Trang</a>")."""
    if title_el is None:
        return None
    row = title_el.getnext()
    if row is not None and isinstance(row.tag, str) and text_of(row):
        return row
    for el in following(title_el, _ROW_SEARCH):
        if not isinstance(el.tag, str) or not (text := text_of(el)):
            continue
        if len(text) > _ROW_CHARS:
            continue  # a container of the text: the row may open it
        parts = _row_parts(el)
        return el if len(parts) >= 2 and any(dates.is_date_line(p) for p in parts) else None
    return None


def _row_parts(row) -> list[str]:
    """The texts of a row's child elements, its fields (icons and separators say nothing); a
    child grouping fields of its own gives them (Hashnode's "<avatar> <a>name</a>" beside
    "· <a>Jan 10, 2025</a> · 2 min read")."""
    parts = []
    for child in row:
        if not isinstance(child.tag, str) or not (text := text_of(child)):
            continue
        fields = [t for sub in child if isinstance(sub.tag, str) and (t := text_of(sub))]
        if len(fields) >= 2 and len(child) <= _GROUP_FIELDS and not (child.text or "").strip():
            parts.extend(fields)
        else:
            parts.append(text)
    return [part for part in parts if _WORDS.search(part)]


_ROW_SEARCH = 12  # elements after the title looked at for its row of fields


def _meta_row_text(title_el) -> str | None:
    """The whole text of the title's row of fields, when it is one: a line of no text."""
    row = _meta_row(title_el)
    if row is None or len(text := text_of(row)) > _ROW_CHARS:
        return None
    parts = _row_parts(row)
    accounts = {text_of(a) for a in row.iter("a") if ACCOUNT_PAGE.search(a.get("href") or "")}
    return text if len(parts) >= 2 and all(dates.is_date_line(p) or _COUNTER.match(p) or p in accounts
                                           or _looks_like_byline(p) for p in parts) \
        and any(dates.is_date_line(p) for p in parts) else None


def _meta_row_name(title_el) -> str | None:
    """The name in the row of fields right under the title, each field an element of its own
    beside an icon and none labelled (a utility-class theme's date | name | views | reading
    time): the one part that is neither a date nor a counter, when it reads as a byline (or,
    beside the date alone, when it links to the poster's page)."""
    row = _meta_row(title_el)
    if row is None or not isinstance(row.tag, str) or len(row.text_content()) > _ROW_CHARS:
        return None
    parts = _row_parts(row)
    if len(parts) < 3 and dates.is_field_line(whole := text_of(row)):
        parts = dates.field_parts(whole)  # its fields in its own text ("Hoàng Thị Yến - 2025-12-16 10:45 - (402 lượt đọc)": Tiki's)
    # (a label alone, "Thẻ:", and the tags' links after it are no name: Zola's tabi theme)
    parts = list(itertools.takewhile(lambda p: not p.endswith(":"), parts))
    dated = [p for p in parts if dates.is_date_line(p)]
    rest = [p for p in parts if p not in dated and not _COUNTER.match(p)]
    linked = len(parts) == 2 and any(ACCOUNT_PAGE.search(a.get("href") or "") and text_of(a) in rest for a in row.iter("a"))
    # (beside the date alone, unlinked, only a full name says it is the writer's, not the section's:
    # Pico's "02/26/26 21:45:00 · Vũ Thị Hòa")
    named = len(parts) == 2 and len(rest) == 1 and is_full_name(rest[0])
    if (len(parts) < 3 and not linked and not named) or not dated or len(rest) != 1:
        return None
    name = _BYLINE_PREFIX.sub("", rest[0]).strip(" .:-")  # "Tác giả: Phạm Hằng" in Kentico's row
    # (an office in the row posts everything: "14.03.2026 · Phòng Tuyên truyền"; the text's own
    # byline names the writer)
    return name if _looks_like_byline(name) and not is_account(name) and not is_office(name) else None


def _by_line(title_el, names) -> str | None:
    """The person a line of its own under the title names as the writer, "by <name>" ("by
    <span>Lê Thị Ngọc Ánh</span>": the Editorial template's header), outside the text; not an
    account, an office or the site."""
    if title_el is None:
        return None
    for el in following(title_el, _ROW_SEARCH):
        if not isinstance(el.tag, str) or len(raw := el.text_content()) > _ROW_CHARS:
            return None  # (the text begins)
        if (name := head_byline(clean_line(raw))) and _looks_like_byline(name) and not is_account(name) \
                and not is_office(name) and not is_site_name(name, names):
            return name
    return None


def _before_date(part: str) -> str:
    """What a line of fields says before its date: the poster's name when the date follows it
    after a bare comma ("Đăng bởi Nguyễn Thị Mai, Thứ Ba 12 Tháng 8 2025")."""
    found = dates.find_dates(part)
    return part[:found[0].start].rstrip(" ,") if found else part


_BY_OPENING = re.compile(r"(?i)^\s*(?:by|bởi)\s+")


def _by_after_stamp(node) -> str | None:
    """The poster a posting line names after its stamp ("Posted at <a>10:30SA thg 4 15, 2024</a> by
    X in <span>Tin tức</span>", Roller's; "Đăng lúc <a>…</a> bởi X"): the text after the stamp's link."""
    if not getattr(node, "is_tail", False) or not (by := _BY_OPENING.match(node)):
        return None
    a = node.getparent()
    if a is None or a.tag != "a" or not dates.stamp_link(a, stamp := clean_line(a.text_content())) \
            or not dates.POSTED_AT.match(clean_line(text_before(a))) or not stamp:
        return None
    return _WHEN_WHERE.split(node[by.end():], maxsplit=1)[0].strip(" .:-,|") or None


def _posted_by(title_el, names, last=None) -> str | None:
    """The account a line after the title says posted the article ("Đăng bởi: <b>Hoài Thu</b>"),
    when it names a person: the label's element, or its parent when the name is a child of it.
    The line may come only after a long text (PivotX' "Viết bởi <a>X</a> vào …" under a table):
    also read after the text's last line (`last`, its element)."""
    if title_el is None:
        return None
    for node in itertools.chain(_X_POSTED_BY(title_el), _X_POSTED_AFTER(last) if last is not None else ()):
        if (poster := _by_after_stamp(node)) is not None:
            if _looks_like_byline(poster) and not is_site_name(poster, names) and not is_office(poster):
                return poster
            return None
        if not _POSTED_BY.match(node):
            continue
        el = node.getparent()
        if node.is_tail:
            el = el.getparent()
        # (an <article>'s own <footer> holds its posting line: Drupal's and Backdrop's "Gửi bởi X vào …")
        if el is None or any(a.tag in ("aside", "nav") or (a.tag == "footer" and next(a.iterancestors("article"), None) is None)
                             or "comment" in (a.get("class") or "") for a in el.iterancestors()):
            continue
        for box in (el, el.getparent()):
            part = FIELD_SEPARATORS.split(text_of(box))[0] if box is not None else ""
            part = _WHEN_WHERE.split(part, maxsplit=1)[0]  # "Đăng bởi X vào 14/03/2026", "… trong Tin tức"
            part = _before_date(part)  # e107's "Đăng bởi X, Thứ Sáu 20 Tháng 3 2026"
            if ago := _AGO.search(part):
                part = clean_line(part[:ago.start()])  # Mezzanine's "Gửi bởi: Lê Thu Hà 3 tháng trước"
            # (BlogIt's "Đăng bởi X, ngày <date>": the comma before the label is the line's, not the name's)
            if _POSTED_BY.match(part) and (name := _BYLINE_PREFIX.sub("", part).strip(" .:-,")):
                if _looks_like_byline(name) and not is_site_name(name, names) and not is_office(name):
                    return name
                return None
    return None


def find_author(doc, rules: Rules, lines: list[str], *, official: bool = False,
                names: Iterable[str] = (), title_el=None, fields: Iterable[Field] = (), post=None) -> str | None:
    """The author element, else JSON-LD's person author, else a line naming the author ("Tác giả:
    Ngọc Hân") at the top or the end of the text or in a metadata table, else a byline element, else a byline closing
    the text, else <meta name=author>. An official document closes with its signer, who is not an author; the
    site's own name in a meta tag is not an author either, nor is a CMS account ("admin", "Super User").
    `fields`: the page's label | value rows after the title (`fields.field_rows`); `post`: a forum
    thread's first post (`pagekind.thread_posts`), whose poster wrote it."""
    candidates = _candidates(doc, rules, lines, official=official, names=names, title_el=title_el, fields=fields,
                             post=post)
    offices: set[str] = set()
    for name in candidates:
        if name is None:
            return None
        if isinstance(name, PostingOffice):
            offices.add(fold(name))  # no author, nor its twin without marks in the metadata
            continue
        name = _ACADEMIC_TITLE.sub("", uninverted(without_office(without_note(name))))
        if not name or is_account(name) or fold(name) in offices:
            continue
        if is_desk(name):
            # an office signing the text ("Phòng Tuyên truyền", "Văn phòng Liên minh HTX tỉnh") is the
            # publisher's desk, as the site's name is the publisher: no writer, the archive's author a person
            offices.add(fold(name))
            continue
        if name.isascii() and VIETNAMESE_LETTER.search(" ".join(lines[:3])):
            # metadata's name without its marks ("Thu Ha"): the page's own spelling, unless it
            # shows an office's account ("Phòng Tuyên truyền"), which names no writer
            twin = next((other for other in candidates if other and other != name and fold(other) == fold(name)), None)
            if twin is not None and is_office(twin):
                offices.add(fold(name))
                continue
            return twin or name
        return _full_name(name, candidates)
    return None


# A degree or a profession's title before the name ("ThS. Lê Văn Nam", "PGS.TS. …", "KS. …"): the
# writer's, not their name
_ACADEMIC_TITLE = re.compile(r"^(?:(?:GS|PGS|TS|ThS|Ths|KS|BS|CN|NCS|LS)\.\s*)+(?=[A-ZĐÀ-Ỹ])")
SHORT_NAME_WORDS = 2  # a writer's short byline ("Mỹ Linh"), their given names


def _full_name(name: str, later) -> str:
    """`name` written in full by a later candidate: a short byline closing the text ("Mỹ Linh")
    that the post's author field gives with the family name ("Trần Thị Mỹ Linh"); not the
    poster's account ("Nguyễn Thu Hương" posting what "Thu Hương" signs)."""
    if len(name.split()) > SHORT_NAME_WORDS:
        return name
    return next((str(other) for other in later if isinstance(other, FieldAuthor)
                 and other.endswith(" " + name) and is_full_name(other)), name)


def _linked_account(doc, name: str) -> bool:
    """Whether the page links `name` to an account's page (a poster's profile)."""
    return any(ACCOUNT_PAGE.search(a.get("href") or "") and text_of(a) == name for a in _X_ACCOUNT_LINKS(doc))


_X_ACCOUNT_LINKS = etree.XPath("//body//a[@href][string-length(normalize-space(.)) < 80]")


def _source_line(line: str):
    """The match of a line naming where the text came from ("Theo Báo Tây Ninh", "Nguồn: TTXVN"),
    not a sentence that starts with the word ("Nguồn vốn vay giúp HTX xây dựng ...")."""
    return SOURCE_LINE.match(line) if len(line) <= BYLINE_CHARS else None


def _candidates(doc, rules: Rules, lines: list[str], *, official: bool, names: Iterable[str], title_el,
                fields: Iterable[Field] = (), post=None):
    """The author's candidates, best first; None: no author (an official document)."""
    el = first_of(rules.author, doc)
    if el is not None:
        yield _BYLINE_PREFIX.sub("", text_of(el)).strip(" .:-")
    if official:
        yield None
        return
    closing = _closing_lines(lines)
    # (the account posting a paper's text, "Theo Báo Ấp Bắc" closing it, did not write it: named in
    # the JSON-LD or in the post's meta row)
    reposted = any((source := _source_line(line)) and _MEDIA.search(source.group(1)) for line in closing)
    # (the JSON-LD's Person may be the account the page links as the post's poster, Geeklog's
    # "Contributed by: <a href=users.php?mode=profile&uid=2>": below the text's own signature)
    posters: list[str] = []
    for name in () if reposted else jsonld_authors(jsonld_article(doc)):
        if 2 < len(name) < 80 and not is_site_name(name, names):
            if _linked_account(doc, name):
                posters.append(name)
                continue
            # (an office's account marked a Person, Forem's "Văn phòng Liên minh HTX": no writer)
            yield PostingOffice(name) if is_office(name) else name
    # ...or a metadata table's row: "Tác giả" | "Ngọc Hân" (SharePoint list fields), read only
    # when the text's own lines name no author.
    table_rows = (f"{lv[0]}: {lv[1]}" for cell in _X_CELLS(doc) if (lv := label_and_value(cell)))
    # ...or a property row after the title: "👤 Tác giả" | "Lâm Quốc Trung" (Notion)
    properties = (f"Tác giả: {f.value}" for f in fields
                  if (AUTHOR_FIELD.match(f.label) or ROLE.match(f.label)) and not is_office(f.value))
    field_offices: list[str] = []

    def labelled(rows: Iterable[str]):
        for line in rows:
            if (found := AUTHOR_LINE.match(line) or CREDITS_LINE.match(line)) \
                    and _looks_like_byline(name := _unlabelled(found.group(2))) \
                    and not is_site_name(name, names):
                if is_office(name):
                    # (an office in the author's field stands last, behind the text's own signature:
                    # Coppermine's "Tác giả:" row holding "Văn phòng Liên minh HTX" under a description
                    # its writer signs; a paper's name there, behind the text's "Theo Báo X", is none)
                    field_offices.append(name)
                    continue
                yield name

    yield from labelled(itertools.chain(lines[:HEAD_META_LINES], closing))
    # the text's own signature outranks what the CMS says of the post (its fields' author, its
    # meta row's, the account that posted it, named by its markup or its "Đăng bởi" line): the
    # writer signs the text, the CMS names who entered it (Perch's author over "Bài và ảnh: X")
    sourced = False  # the text closes naming the paper it came from
    for k, line in zip(range(len(closing) - 1, -1, -1), reversed(closing)):
        if k > 0 and closing[k - 1].endswith((";", ":")):
            break  # a list's last item ("Ban Tư vấn - Hỗ trợ.", after "Văn phòng;"), no signature
        if source := _source_line(line):
            # "Theo: Hoàng Vũ" names a person; "Theo Báo Cà Mau", "Nguồn: vca.org.vn" a source.
            name = source.group(1).strip(" .")
            if _looks_like_byline(name) and not _MEDIA.search(name) and not is_office(name):
                yield name  # (an office as the source is where the text came from, not who wrote it)
            sourced = True
            continue
        if _looks_like_byline(line):
            yield _BYLINE_PREFIX.sub("", line).strip()
        break
    yield from (FieldAuthor(name) for name in labelled(itertools.chain(table_rows, properties)))
    fields_author, fields_poster = _fields_author(title_el, names)
    yield FieldAuthor(fields_author or "")
    if not reposted and (name := _meta_row_name(title_el)) and not is_site_name(name, names):
        yield FieldAuthor(name)
    # a "bởi <name>" line opening the text: the CMS's word for who posted it (Volto's, Contao's),
    # below the text's own signature; none for a paper's text the account reposted
    for line in () if reposted else lines[:HEAD_META_LINES]:
        if (name := head_byline(line)) and not is_site_name(name, names):
            yield name
    if not reposted:
        yield fields_poster or ""
    last = _line_element(doc, lines[-1], title_el) if lines else None  # (the text's last line's element)
    if last is not None:
        yield _credit_after_text(last, names) or ""
    hinted, account, office = _hinted_author(doc, title_el, names)
    if office:
        yield PostingOffice(office)
    if not reposted:  # (the post's author field, its "Đăng bởi" line: the account that posted a paper's text)
        if not account:
            yield hinted or ""
        yield _posted_by(title_el, names, last) or ""
        yield _by_line(title_el, names) or ""
        if account:
            yield hinted or ""
    if not reposted and not (sourced and post is not None):
        # (a thread's poster sharing a paper's text, or a blog's or a news module's account posting
        # it, "Thêm bởi <a href=/users/5>X</a>" over "Theo Báo Thanh Hóa", did not write it)
        yield _poster(title_el, names, post) or ""
    for name in posters:
        yield PostingOffice(name) if is_office(name) else name
    yield from (name for name in field_offices if not (reposted and _MEDIA.search(name)))
    value = meta(doc, "author", "article:author", "dc.creator", "citation_author")  # (Highwire's: a journal's)
    # (the organisation behind the site in every page's meta, "Sở Nông nghiệp và Môi trường tỉnh
    # Hà Tĩnh": its publisher, no writer; the account that posted a paper's text, Joomla's)
    if value and not reposted and not value.startswith("http") and len(value) < 80 and not is_site_name(value, names) \
            and not _MEDIA.search(value) and not is_office(value):
        yield value


_CLOSING_LINES = 3  # the text's last lines, where its byline stands
# A footnote under the text ("[1] Luật Hợp tác xã số 17/2023/QH15, …"): after its closing byline.
_FOOTNOTE = re.compile(r"^\[\d{1,3}\]\s*\S")
_LABEL_WORDS, _LABEL_CHARS = 3, 24


def _section_label(line: str) -> bool:
    """A heading over what the page sets after the text ("Ghi chú", "P.S.", "Album ảnh"): a few
    words, no digits, none capitalised after the first (a name's are), no office's."""
    words = line.split()
    return (len(line) <= _LABEL_CHARS and 1 <= len(words) <= _LABEL_WORDS and line[0].isupper()
            and not any(c.isdigit() for c in line) and all(w[:1].islower() for w in words[1:])
            and not _looks_like_byline(line))  # "Nhóm phóng viên" signs the text


def _closing_lines(lines: list[str]) -> list[str]:
    """The text's last lines where its closing byline stands: before the footnotes, the
    headings of the boxes that follow the text ("Minh Tuấn" / "Ghi chú" / "[1] …") and the post's
    metadata lines under it ("Thanh Tâm" / "Xuất bản bởi: Ban Biên tập")."""
    end = len(lines)
    while end > 1 and (_FOOTNOTE.match(lines[end - 1]) or _section_label(lines[end - 1]) or _posting_meta(lines[end - 1])):
        end -= 1
    return lines[max(0, end - _CLOSING_LINES):end]


_X_TEXTS_WITH = etree.XPath("//text()[contains(., $part)]")
_AFTER_TEXT = 12  # elements after the text's last line looked at
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_BLOCKS = frozenset("address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
                    "header li main nav ol p section table tbody td th tr ul".split())
_CREDIT_LINE = re.compile(r"(?i)^(?:tác\s+giả|người\s+viết|bài|(?:(?:bài|tin)\s*(?:và|,)?\s*)?ảnh)\s*:\s*(.+)$")


def _line_element(doc, line: str, title_el):
    """The element holding a line of the text (its first words), after the title."""
    part = " ".join(line.split()[:4])
    for node in _X_TEXTS_WITH(doc, part=part):
        el = node.getparent()
        if node.is_tail and el is not None:
            el = el.getparent()
        if el is not None and (title_el is None or dates.precedes(title_el, el)):
            return el
    return None


def _credit_after_text(el, names) -> str | None:
    """The writer a credit line set just after the text names ("Bài, ảnh: Hoàng Nga" in a post-
    scriptum's box under its heading "P.S."), when the text does not hold it: the first text
    after the text's last line (`el`, its element), headings passed, outside sidebars and comments."""
    for x in following(el, _AFTER_TEXT):
        if x.tag in ("aside", "nav", "footer", "form") or "comment" in (x.get("class") or ""):
            return None
        if x.tag in _HEADINGS or any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in x):
            continue  # a box's heading; a container, whose parts follow
        if not (text := text_of(x)):
            continue
        m = _CREDIT_LINE.match(text)
        name = m.group(1).strip(" .") if m else ""
        # a person only: an office there is the desk a CMS's author field names ("Tác giả: Ban Tuyên truyền")
        person = name and _looks_like_byline(name) and not is_office(name) and not _MEDIA.search(name)
        return name if person and not is_site_name(name, names) else None
    return None


# A document's signature block ("KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Phạm Văn Thắng", "TM. BAN THƯỜNG VỤ"):
# who signed it, not who wrote the page.
_SIGNATURE = re.compile(r"^(?:(?:KT|TM|TL|TUQ|Q)\.\s*)?(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG)\b"
                        r"|^(?:KT|TM|TL|TUQ)\.\s")


def _looks_like_byline(line: str) -> bool:
    """"Vũ Hùng, Phòng Tuyên truyền", "Lê Huy", "Đinh Thái PNV.", "Vũ Anh Liệu - Chi bộ …":
    a short line whose first part is a capitalised name of two to five words."""
    if len(line) > 80 or re.search(r"\d", line) or line.endswith((":", "?", "!", ";", "./.")) or _SIGNATURE.match(line):
        return False
    name = signer_part(_BYLINE_PREFIX.sub("", line))
    return is_office(name) or (name.count(".") <= 2 and is_signer(name))
