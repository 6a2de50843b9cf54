"""The article's text: candidate bodies (the family's or site's container, the whole page
without its furniture, trafilatura's reading of the untouched page) read into lines and the one
with the most prose kept. Furniture is pruned by the profile's marks and the family's and common
rules, but an element holding much of the page's prose never is (ASP.NET and SharePoint wrap
the whole page in a <form>)."""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt

from . import screen
from .authors import AUTHOR_LINE
from .blocks import shown_lines
from .cleanup import FIELD_LABEL, TAIL_MARKER, clean_lines
from .dates import is_date_line, stamp_link
from .families import Rules
from .families.base import ATTACHMENT
from .links import READ_MORE
from .mailtext import unwrap_mail_text
from .metadata import jsonld_article, meta
from .parsing import DISPLAY_NONE, first_of, links_its_picture, text_of
from .text import PROSE_PARAGRAPH_CHARS, VIETNAMESE_LETTER, clean_line, row_value
from .urls import ACCOUNT_PAGE, MEDIA_FILE

MIN_TEXT_CHARS = 160  # below this a page is a stub ("đang cập nhật"); caption-only stubs fail MIN_PROSE_CHARS
MIN_PROSE_CHARS = 160  # characters in lines long enough to be prose, not captions
MAX_LINK_DENSITY = 0.5
ARTICLE_PROSE_CHARS = 500  # prose under its own heading: an article without other signals
WRAPPER_SHARE = 0.4  # an element with more of the page's text than this is not furniture
_CAPTIONED = " or ".join(f"contains(@class,'{w}')" for w in ("caption", "image_desc", "chuthich"))
# on the attributes' own axis: a predicate on every element costs more
_CAPTION_CLASSES = etree.XPath(f"//@class[{_CAPTIONED.replace('@class', '.')}]/parent::*")
_OWN_CAPTIONS = etree.XPath(f".//figcaption | .//p[{_CAPTIONED}]")


_BYLINE_CLASS = re.compile(r"(?i)author|byline")
_ALNUM = re.compile(r"[^\W_]")
_ALIGNED = re.compile(r"(?i)text-align\s*:\s*(?:right|center)")
_TEXT_BLOCKS = frozenset({"p", "figure", "table", "ul", "ol", "blockquote"})  # what a byline closes
_LAYOUT_CELL = etree.XPath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")
_OWN_ROWS = etree.XPath("./tbody | ./thead | ./tfoot | ./tr | ./*/tr")
_BLOCKS = frozenset(("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "form", "br"))
LAYOUT_CELL_CHARS = 300  # a cell this long is page layout, not data
BUTTON_CHARS = 40  # a script's button says a few words ("Bấm để xem thêm...")


def _flatten_layout_tables(tree) -> None:
    """Tables that lay out a page (cells holding paragraphs, blocks or long text: old portals,
    ASP.NET) become plain blocks. Read as data tables, a whole article came out as one row.
    So does a photo laid out as a table (the picture in one cell, its caption in the next: the
    editors of DotNetNuke and ASP.NET portals), whose caption would be lost with the table."""
    decided = []  # decided first: a table's own rows only, so a nested table keeps its cells
    for table in tree.iter("table"):
        cells = _LAYOUT_CELL(table)
        layout = any((_holds_blocks(cell) and not _one_paragraph(cell)) or len(cell.text_content()) > LAYOUT_CELL_CHARS
                     for cell in cells)
        if layout or _photo_table(table, cells):
            decided.append((table, cells, layout))
    for table, cells, layout in decided:
        parent = table.getparent()
        if not layout and parent is not None:
            # A photo's table is its caption: one line (the picture is no text). As nested blocks
            # trafilatura lost the caption, or the byline after it; amid text written straight
            # into its block ("text<br><br>table<br>text", a blog's post) it drops any block.
            caption = " ".join(t for c in cells if (t := clean_line(c.text_content())))
            line = lxml.html.Element("span" if _runs_of_text(parent) else "p")
            line.text, line.tail = caption or None, table.tail
            if line.tag == "span":
                line.append(lxml.html.Element("br"))
                table.addprevious(lxml.html.Element("br"))
            if caption or table.tail:
                table.addprevious(line)
            parent.remove(table)
            continue
        for el in [table, *_OWN_ROWS(table)]:
            el.tag = "div"
        for cell in cells:
            cell.tag = "p" if not layout and not _holds_blocks(cell) else "div"


_SOURCE_BREAK = re.compile(r"(?<=\S)[ \t]*[\r\n]+[ \t]*(?=\S)")


def _unwrap_source_lines(tree) -> None:
    """A line break in the HTML source is a space, as a browser shows it: trafilatura kept those
    inside inline elements, and a Word document saved as a web page, whose source lines wrap at
    76 characters, came out cut mid-sentence. Only between words: a text of nothing but a line
    break still parts an inline title from the block after it. (Preformatted text keeps its lines.)"""
    kept = {d for pre in tree.iter("pre", "textarea") for d in pre.iter()}
    for el in tree.iter():
        text, tail = el.text, el.tail
        if text and "\n" in text and el not in kept:
            el.text = _SOURCE_BREAK.sub(" ", text)
        if tail and "\n" in tail and (not kept or el.getparent() not in kept):
            el.tail = _SOURCE_BREAK.sub(" ", tail)


# Elements that make their own block: text between them is a paragraph of its own.
_BLOCK_LEVEL = frozenset(("p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "form",
                          "blockquote", "pre", "figure", "section", "article", "aside", "header", "footer", "nav", "hr"))
_LOOSE_TEXT_LEVELS = 4
_TABLE_ROWS = etree.XPath("./tr | ./*/tr")


def _paragraph_tables_text(tree) -> None:
    """Text written loose beside a data table, in the box that holds it (a forum's BB code:
    "Năm 2025 …<br><br><div class=bbTable><table>…</table></div>Tỷ lệ …"; an editor's text in
    a <div> with <br>s): each run of it becomes a paragraph. trafilatura reads a box with loose
    text as one block of text, and the table inside it as lines of cells, their columns lost."""
    boxes: dict = {}
    for table in tree.iter("table"):
        if sum(sum(bool(cell.text_content().strip()) for cell in row) >= 2 for row in _TABLE_ROWS(table)) < 2:
            continue  # (a photo's frame, an advertisement's slots: no columns of text to lose)
        for level, box in enumerate(table.iterancestors()):
            if level >= _LOOSE_TEXT_LEVELS or box.tag in ("body", "html", "td", "th", "p"):
                break
            if _loose_text(box):
                boxes[box] = None  # the nearest only: the text the table is part of
                break
    for box in boxes:
        _wrap_loose_text(box)


def _loose_text(box) -> bool:
    """Text in `box` outside its blocks: its own, a child's tail, an inline child's (a posting line
    in a <small> beside the text's <div>, which trafilatura reads as the box's text)."""
    return bool((box.text or "").strip()) or any(
        (child.tail or "").strip() or (isinstance(child.tag, str) and child.tag not in _BLOCK_LEVEL
                                       and child.tag != "br" and not _holds_blocks(child) and child.text_content().strip())
        for child in box)


def _wrap_loose_text(box) -> None:
    """Each run of text and inline elements between `box`'s blocks, in a <p> of its own."""
    children = list(box)
    text, box.text = box.text, None
    for child in children:
        box.remove(child)  # (its tail goes with it)
    run = None

    def add(words: str | None) -> None:
        nonlocal run
        if not words or (run is None and not words.strip()):
            return
        if run is None:
            run = box.makeelement("p", {})
            box.append(run)
        if len(run):
            run[-1].tail = (run[-1].tail or "") + words
        else:
            run.text = (run.text or "") + words

    add(text)
    for child in children:
        tail, child.tail = child.tail, None
        if isinstance(child.tag, str) and child.tag in _BLOCK_LEVEL:
            run = None
            box.append(child)
        elif run is not None:
            run.append(child)
        elif isinstance(child.tag, str) and child.tag != "br":
            run = box.makeelement("p", {})
            box.append(run)
            run.append(child)
        else:
            box.append(child)  # a line break or a comment between blocks
        add(tail)


DISCLOSED_CHARS = 40  # a line or two: no toggle's label nor a menu's item
_X_CONTROLS = etree.XPath("//*[@aria-expanded]")
# a script's "Xem thêm" link or button beside a hidden block: the rest of a collapsed text (Calaméo's
# description, "<div class=more style='display:none'>…</div><a href='javascript:void(0)'>Xem thêm</a>")
_X_TOGGLES = etree.XPath("//a[starts-with(normalize-space(@href), 'javascript') or normalize-space(@href) = '#' or not(@href)]"
                         " | //button")


def _toggled_panel(control):
    """The hidden block right beside a script's "read more" toggle, else None."""
    # (the siblings first: a page has many script links and buttons, few beside a hidden block)
    panel = next((p for p in (control.getprevious(), control.getnext())
                  if p is not None and isinstance(p.tag, str) and DISPLAY_NONE.search(p.get("style") or "")), None)
    if panel is None or not READ_MORE.match(" ".join(control.text_content().split())):
        return None
    return panel


def _disclosures(tree) -> Iterator[tuple[Any, Any]]:
    """(control, the panel it shows or None): `aria-expanded` toggles, then scripts' "read more" links."""
    ids = None
    for control in _X_CONTROLS(tree):
        if control.getparent() is None:
            continue  # (inside a panel opened before)
        if target := control.get("aria-controls"):
            if ids is None:
                ids = {el.get("id"): el for el in tree.iter() if el.get("id")}
            yield control, ids.get(target.split()[0])
        else:
            yield control, next((s for s in control.itersiblings() if isinstance(s.tag, str)), None)
    for control in _X_TOGGLES(tree):
        if control.getparent() is not None and (panel := _toggled_panel(control)) is not None:
            yield control, panel


def _open_disclosures(tree) -> None:
    """What a disclosure control shows (its `aria-expanded` toggle: Confluence's expand macro,
    an accordion's panel, a spoiler) is the text's, hidden until clicked; the toggle's label
    ("Xem thành phần hồ sơ") is none. trafilatura drops a block classed "expand" or "options":
    the panel and its box lose their classes, the panel its inline hiding too (the furniture
    rules drop what is hidden). A panel of links (a menu's) stays as it is."""
    for control, panel in _disclosures(tree):
        if panel is None or control in panel.iterancestors() or panel in control.iterancestors():
            continue
        text = " ".join(panel.text_content().split())
        linked = sum(len(" ".join(a.text_content().split())) for a in panel.iter("a"))
        if len(text) < DISCLOSED_CHARS or 2 * linked > len(text):
            continue
        panel.attrib.pop("class", None)
        if DISPLAY_NONE.search(panel.get("style") or ""):
            panel.attrib.pop("style")
        if (box := panel.getparent()) is not None and box is control.getparent() and box.tag != "body":
            box.attrib.pop("class", None)
        control.drop_tree()


def _holds_blocks(el) -> bool:
    """Whether `el` holds blocks (paragraphs, tables, lists, line breaks), not only inline text."""
    return any(d.tag in _BLOCKS for d in el.iterdescendants())


def _one_paragraph(cell) -> bool:
    """Whether a cell's blocks are one paragraph in its wrappers (a rich-text editor's data
    table: <td><div><p>Vú sữa Lò Rèn</p></div></td>), no text beside them and no link (a list of
    articles in a table is laid out): a data cell."""
    blocks = [d for d in cell.iterdescendants() if d.tag in _BLOCKS]
    if any(b.tag not in ("p", "div") for b in blocks) or _runs_of_text(cell) or cell.find(".//a") is not None:
        return False
    return all(sum(c.tag in _BLOCKS for c in b) <= 1 and (b is blocks[-1] or not _runs_of_text(b)) for b in blocks) \
        and sum(b.getparent() is cell for b in blocks) == 1


CAPTION_CHARS = 300
_PHOTO_BLOCK_LEVELS = 4


def _unclass_photo_block(caption, captions: set) -> None:
    """The classes of the blocks around a caption that hold only photos and their `captions`, no link
    (a slider of captioned photos, "bx-newsdetail-slider"): trafilatura discards a "slide" or
    "gallery" block whole, captions and all."""
    caption.attrib.pop("class", None)
    node = caption
    for _ in range(_PHOTO_BLOCK_LEVELS):
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or any(
                not MEDIA_FILE.search(a.get("href")) for a in node.iterfind(".//a[@href]")):
            return  # a link to another page: a slider of other articles (a photo's own file is no page)
        shown = "".join(node.text_content().split())
        held = "".join("".join(c.text_content().split()) for c in node.iter("p") if c in captions)
        if shown != held or node.find(".//img") is None:
            return
        node.attrib.pop("class", None)
        node.attrib.pop("id", None)


_CREDIT_CLASS = re.compile(r"(?i)credit|copyright|byline|author|photographer|source")  # "thumbnail-credit": no caption
_PICTURE_WRAPPERS = ("a", "picture", "span", "noscript")


def _picture_link(a) -> bool:
    """A link holding a picture and no text."""
    return a.find(".//img") is not None and not a.text_content().strip()


def _unnamed_caption(img):
    """The caption set under a photo in an unclassed block of its own (Weebly's <div
    style="font-size:90%">): the <div> right after the picture (or its link), holding a short
    text, no link, no picture and no inner block (an inline <span> there is rather the photo's
    credit, "Getty Images"). None when there is none."""
    holder = img
    while (parent := holder.getparent()) is not None and parent.tag in _PICTURE_WRAPPERS \
            and not (parent.text_content() or "").strip():
        holder = parent
    nxt = holder.getnext()
    if nxt is None or nxt.tag != "div" or (holder.tail or "").strip() or _holds_blocks(nxt) \
            or _CREDIT_CLASS.search(f"{nxt.get('class', '')} {nxt.get('id', '')}") \
            or nxt.find(".//a") is not None or nxt.find(".//img") is not None:
        return None
    text = (nxt.text_content() or "").strip()
    return nxt if 3 <= len(text) <= CAPTION_CHARS else None


def _runs_of_text(el) -> bool:
    """Whether `el` holds text of its own beside its children (text<br>text), not only blocks."""
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def _photo_table(table, cells) -> bool:
    """A picture and its caption in table cells: an <img>, and at most two short text cells."""
    if table.find(".//img") is None:
        return False
    texts = [n for cell in cells if (n := len(cell.text_content().strip()))]
    return len(texts) <= 2 and sum(texts) <= LAYOUT_CELL_CHARS


_CALLOUT_CLASS = re.compile(r"(?i)(?<![a-z])(callout|admonition)")


def _callout(el) -> bool:
    """A callout box of the text: marked as a note (role="note") or named a callout or an
    admonition (Portable Text's, Docusaurus', Notion's blocks)."""
    cls = el.get("class") or ""
    return el.get("role") == "note" or (("allout" in cls or "dmonition" in cls) and bool(_CALLOUT_CLASS.search(cls)))


def _drop_picture_headings(tree) -> None:
    """A portfolio's heading ("Album ảnh") over its thumbnails: no text follows it."""
    for h in [h for h in tree.iter("h2", "h3", "h4", "h5", "h6") if _over_pictures_only(h)]:
        h.drop_tree()


def _over_pictures_only(h) -> bool:
    """A heading followed, to the end of its block, by pictures and no text."""
    if h.get(TITLE_MARK) is not None:
        return False
    after = [sib for sib in h.itersiblings() if isinstance(sib.tag, str)]
    return bool(after) and not any((sib.text_content() or "").strip() for sib in after) \
        and any(sib.tag == "img" or sib.find(".//img") is not None for sib in after) \
        and not (h.tail or "").strip() and not any((sib.tail or "").strip() for sib in after)


def _photo_list(dl) -> bool:
    """A definition list of photos and their captions: each item a picture without text or a
    caption's short text without picture, the terms' pictures all (a term holding a caption
    beside a picture's term)."""
    terms = [t for t in dl if t.tag == "dt"]
    pictures = [t for t in terms if t.find(".//img") is not None]
    if len(pictures) != len(terms) and not pictures:
        return False
    for item in dl:
        if not isinstance(item.tag, str):
            continue
        text = (item.text_content() or "").strip()
        if item.find(".//img") is not None:
            if text:
                return False
        elif item.tag == "dt" and len(text) > CAPTION_CHARS:
            return False
    return True


# A summary box above the text under its label ("Tóm tắt: …": Discuz's portal article)
_SUMMARY = re.compile(r"(?i)^(?:tóm\s+tắt|tóm\s+lược|summary)\s*:\s*(.+)$")
_X_NEXT_TEXT = etree.XPath("following::text()[position() <= 60]")
_SUMMARY_WORD = re.compile(r"\w+")


def _drop_summary_copies(tree) -> None:
    """A labelled summary whose words are the start of the text after it is no text: its copy
    of the lead hid the lead itself (trafilatura's rescue of a short text skips a paragraph it
    has read inside a longer one)."""
    found = []
    for el in tree.iter("div", "p"):
        head = (el.text or "").strip() or (el[0].text or "" if len(el) and isinstance(el[0].tag, str) else "")
        if head[:3].casefold() in ("tóm", "sum"):  # (the label's first letters: most blocks are read no further)
            found.append(el)
    for el in found:
        if _holds_blocks(el) or not (m := _SUMMARY.match(clean_line(el.text_content()))):
            continue
        # words only: the summary may run the table's cells together with bars (Discuz's "… | Lĩnh
        # vực | Số dự án |..."), its last word cut
        words = _SUMMARY_WORD.findall(m.group(1).casefold())
        said = "".join(words[:-1] if m.group(1).endswith(("...", "…")) else words)
        after = "".join(_SUMMARY_WORD.findall("".join(_X_NEXT_TEXT(el)).casefold()))
        if len(said) >= PROSE_PARAGRAPH_CHARS and after.startswith(said):
            el.drop_tree()


_X_STYLE_HIDDEN = etree.XPath("//*[contains(@style, 'hidden')]")
# text set with its own line breaks kept ("white-space: pre-wrap": a web app's post, Bluesky's)
_X_PRE_WRAP = etree.XPath("//*[not(self::pre)][contains(translate(@style, ' ', ''), 'white-space:pre')]")


def _kept_breaks(el) -> None:
    """The newlines of a block set in "white-space: pre-wrap" (or pre-line) as <br>: the lines a
    browser shows, which trafilatura and the line reader would run together."""
    def breaks(parts: list[str]) -> list:
        out = [etree.Element("br") for _ in parts]
        for br, part in zip(out, parts, strict=True):
            br.tail = part
        return out

    for node in [el, *el.iterdescendants()]:
        if not isinstance(node.tag, str):
            continue
        if node.text and "\n" in node.text.strip():
            node.text, *rest = node.text.strip("\n").split("\n")
            for i, br in enumerate(breaks(rest)):
                node.insert(i, br)
        if node is not el and node.tail and "\n" in node.tail.strip():
            node.tail, *rest = node.tail.rstrip("\n").split("\n")
            for br in reversed(breaks(rest)):
                node.addnext(br)
# trafilatura discards any element whose class says "message" (a form's notice, a flash box);
# a forum's post is often the one classed so (YAF's td.message). (Classes that only start so,
# XenForo's "message-body", are a post's parts, which the thread's reading finds: `thread_posts`.)
_X_MESSAGE_CLASS = etree.XPath("//*[contains(@class, 'message')]")
_MESSAGE_WORD = re.compile(r"(?<![\w-])message(?![\w-])")
_OVERFLOW_HIDDEN = re.compile(r"(?i)overflow(?:-[xy])?\s*:\s*hidden\s*;?")


# A table drawn in <div>s with ARIA roles (GitBook's, a page builder's grid): the table its roles say
_ARIA_TABLE_TAGS = {"table": "table", "grid": "table", "rowgroup": "tbody", "row": "tr", "cell": "td",
                    "gridcell": "td", "columnheader": "th", "rowheader": "th"}
_X_ARIA_TABLE = etree.XPath("//*[@role='table' or @role='grid'][not(self::table)]")


def _aria_tables(tree) -> None:
    """An ARIA table becomes the table it says it is (its rows and cells by their roles), so its
    rows are read as rows, not each cell as a line. A grid of anything but rows of cells (a
    widget's "grid" of links) stays as it is."""
    for grid in _X_ARIA_TABLE(tree):
        parts = [el for el in grid.iterdescendants() if (el.get("role") or "") in _ARIA_TABLE_TAGS]
        if not any(el.get("role") == "row" for el in parts) or any(el.get("role") in ("table", "grid") for el in parts):
            continue
        grid.tag = "table"
        for el in parts:
            el.tag = _ARIA_TABLE_TAGS[el.get("role")]


def _prepare(tree) -> lxml.html.HtmlElement:
    """Captions and list items become plain paragraphs, because trafilatura drops
    caption-classed elements and prefixes list items with "- "; layout tables become blocks
    (in place, on a copy)."""
    _drop_summary_copies(tree)
    _aria_tables(tree)
    _flatten_layout_tables(tree)
    unwrap_mail_text(tree)
    for el in _X_PRE_WRAP(tree):
        _kept_breaks(el)  # (before the source's line breaks become spaces)
    _unwrap_source_lines(tree)
    _paragraph_tables_text(tree)
    for el in _X_STYLE_HIDDEN(tree):
        # a box that clips its overflow shows its text ("overflow:hidden", a clearfix: PHP-Fusion's
        # news item); trafilatura discards any style saying "hidden" as hidden
        el.set("style", _OVERFLOW_HIDDEN.sub("", el.get("style")))
    for el in _X_MESSAGE_CLASS(tree):
        if _MESSAGE_WORD.search(el.get("class")) and prose_chars(shown_lines(el)) >= MIN_PROSE_CHARS:
            el.set("class", _MESSAGE_WORD.sub("post-text", el.get("class")))  # prose: a post, no notice
    boxed = []
    for el in tree.iter("p"):
        # A paragraph signing the text ("<p class=author>Thanh Sơn</p>" after the last paragraph
        # or photo) is the article's; trafilatura discards anything classed "author" or "byline".
        if _BYLINE_CLASS.search(el.get("class") or ""):
            if (prev := el.getprevious()) is not None and prev.tag in _TEXT_BLOCKS:
                el.attrib.pop("class")
            elif (box := el.getparent()) is not None and _BYLINE_CLASS.search(box.get("class") or ""):
                boxed.append(el)
    for el in boxed:
        # ... one in the page's author box ("<div class=detail-author><p class=author>Phóng viên"),
        # the page's field, no line of the text: gone, or trafilatura's rescue of a short text
        # reads it or not as the rest of the page was pruned (the crawl's and `reextract`'s differ)
        el.drop_tree()
    for quote in tree.iter("blockquote"):
        # a quotation's attribution ("Ông Hoàng Văn Tiến, Giám đốc HTX …": Drupal's
        # field-quote-author, a <footer> or <cite> under the words) is the text's, as the quote is
        for el in quote.iterdescendants():
            if el.tag == "footer" or (el.tag == "div" and not _holds_blocks(el)):
                el.tag = "p"  # (its own line: trafilatura runs a quote's <div>s together)
            if _BYLINE_CLASS.search(cls := el.get("class") or "") or "footer" in cls:
                el.attrib.pop("class")  # ("blockquote-footer": Bootstrap's)
    for el in tree.iter("div"):
        # a byline set right in a <div> of its own ("<div style='text-align: right'><b>Kim Thoa</b>"),
        # a caption centred in one (vBulletin's), which trafilatura may drop as a short block or run
        # together with its neighbours: a paragraph, as a <p> of it would be
        if _ALIGNED.search(el.get("style") or "") and not _holds_blocks(el):
            el.tag = "p"
    for box in [el for el in tree.iter("div", "aside") if _callout(el)]:
        # a callout in the text (a note, an admonition): its sentences are the text's, which
        # trafilatura drops beside long paragraphs when they sit in <div>s of their own
        for el in [box, *box.iterdescendants("div")]:
            if (el.text or "").strip() and not _holds_blocks(el):
                el.tag = "p"
    for el in tree.iter("h2", "h3", "h4", "h5", "h6"):
        # a section's heading, its id the anchor a table of contents links to: its class names its
        # style, not its part (Docusaurus' "anchorWithStickyNavbar": trafilatura drops a class
        # with "bar" in it as a navigation bar)
        if el.get("id"):
            el.attrib.pop("class", None)
    for img in list(tree.iter("img", "table")):  # (from the few photos up to their wrappers: a search of every class costs more)
        for el in itertools.islice(img.iterancestors(), 4):
            # a photo or a table embedded in the text (eZ's "ez-embed-type-image", Drupal's "embedded-entity",
            # a headless CMS's pasted HTML: Contentful's "rt-embed-html" around a Word table): no share
            # widget, which is what trafilatura takes an "embed" class for
            if "embed" in (el.get("class") or "") and el.find(".//iframe") is None:
                el.attrib.pop("class", None)
    for el in list(tree.iter("figcaption", "li")):
        caption = el.tag == "figcaption"
        # (a caption's lines cut by <br> stay one paragraph: trafilatura may drop a <div> of text)
        blocks = el.find(".//div") is not None or el.find(".//p") is not None if caption else _holds_blocks(el)
        el.tag = "div" if blocks else "p"  # (a post in a list of posts: no paragraph)
        el.attrib.pop("class", None)
        if caption and blocks:
            # a caption's parts, each a line (SPIP's title and credit: "<div>Caption</div><div>Ảnh: X</div>"
            # ran together as one paragraph's, "…hội nghịẢnh: X")
            for part in list(el.iterdescendants("div")):
                if not _holds_blocks(part):
                    part.tag = "p"
                    part.attrib.pop("class", None)
        # a caption hidden from screen readers only, its photo's alt saying it (hexo-renderer-marked)
        el.attrib.pop("aria-hidden", None)
    for dl in list(tree.iter("dl")):
        # a photo and its caption as a definition list (Plone's <dl class="image-inline captioned">:
        # <dt><img></dt><dd>caption</dd>; SPIP's <dt><img></dt><dt class=spip_doc_titre>caption</dt>),
        # which trafilatura reads as list items (and a list of definitions without terms:
        # Magnolia's <dl class="caption"><dd>caption</dd>)
        if _photo_list(dl):
            dl.tag = "div"
            for item in dl:
                item.tag = "div" if item.find(".//img") is not None else "p"
    # trafilatura drops the text after a link holding only a picture: a photo's link to its own
    # file (a gallery's lightbox) and one above its caption are no links to keep
    for a in list(tree.iter("a")):
        if (MEDIA_FILE.search(a.get("href") or "") or links_its_picture(a)) and _picture_link(a):
            a.drop_tag()
        elif a.get("href") is None and not len(a) and not (a.text or "").strip():
            # an empty named anchor, no link (Word's "<a name=_Toc…>", a Markdown editor's before
            # a heading): trafilatura drops a paragraph opening with one. (A script's button, "<a
            # role=button>Bấm để xem thêm...</a>", stays a link trafilatura leaves out.)
            a.drop_tag()
    captions = []
    for img in list(tree.iter("img")):
        if (caption := _unnamed_caption(img)) is not None:
            caption.tag = "p"
            captions.append(caption)
            if (link := img.getparent()) is not None and link.tag == "a" and _picture_link(link):
                link.drop_tag()
    for el in _CAPTION_CLASSES(tree):
        # the caption itself, not a container of the photo and its caption ("tr-caption-container")
        if el.tag in ("span", "em", "i", "div", "td", "p") and not _holds_blocks(el):
            el.tag = "p"
            captions.append(el)
        el.attrib.pop("class", None)
    held = set(captions)
    for caption in captions:
        _unclass_photo_block(caption, held)
    for el in tree.iter("figure", "ul", "ol"):
        el.tag = "div"
        el.attrib.pop("class", None)
    # A post card (a related-posts widget's title, date and excerpt in an <article>) is no
    # article: trafilatura reads the first <article> as the page's.
    for el in list(tree.iter("article")):
        if _card(el):
            el.tag = "div"
    for el in [el for el in tree.iter("div", "aside", "section") if _inline_teaser(el)]:
        el.drop_tree()
    for el in [el for el in tree.iter("div", "section", "article", "main") if _runs_of_text(el)
               and any(isinstance(c.tag, str) and c.tag in _BLOCK_LEVEL for c in el)]:
        _wrap_runs(el)
    return tree


def _wrap_runs(box) -> None:
    """The runs of text beside blocks in one container ("text<br>text<br><div>byline</div>": Tiki's
    article body, a wiki's), each run between two blocks wrapped in a paragraph of its own (its
    <br>s kept): trafilatura reads such a container's text twice."""
    run = None
    if (box.text or "").strip():
        run = lxml.html.Element("p")
        run.text, box.text = box.text, None
        box.insert(0, run)
    for child in list(box):
        if child is run:
            continue
        if isinstance(child.tag, str) and child.tag in _BLOCK_LEVEL:
            run = None
            if (child.tail or "").strip():
                run = lxml.html.Element("p")
                run.text, child.tail = child.tail, None
                child.addnext(run)
            continue
        if run is None:
            if not (child.tail or "").strip() and not (isinstance(child.tag, str) and child.text_content().strip()):
                continue  # (a <br> or an empty inline between blocks)
            run = lxml.html.Element("p")
            child.addprevious(run)
        run.append(child)  # (with its tail)


CARD_CHARS = 400


def _card(el) -> bool:
    """A short block leading to one other page: a listing's or a widget's item."""
    targets = {h for a in el.iter("a") if (h := (a.get("href") or "").strip()) and not h.startswith("#")}
    return len(targets) == 1 and el.get(TITLE_MARK) is None and not any(
        x.get(TITLE_MARK) is not None for x in el.iter()) and len(el.text_content()) <= CARD_CHARS


EXCERPT_END = ("…", "...")  # an excerpt cut short ends so


def _inline_teaser(el) -> bool:
    """Another article's card set between two paragraphs of the text (Optimizely's teaser block in
    the body): a heading or an excerpt cut short, and one link to another page; no photo's link
    to its own file."""
    prev, nxt = el.getprevious(), el.getnext()
    if prev is None or nxt is None or prev.tag != "p" or nxt.tag != "p" or not _card(el) \
            or not _reads_as_prose(prev.text_content()) or not _reads_as_prose(nxt.text_content()):
        return False
    href = next(h for a in el.iter("a") if (h := (a.get("href") or "").strip()) and not h.startswith("#"))
    if MEDIA_FILE.search(href) or ATTACHMENT.search(href):
        return False
    return any(True for _ in el.iter("h2", "h3", "h4", "h5", "h6")) or any(
        p.text_content().strip().endswith(EXCERPT_END) for p in el.iter("p"))


def _contains(outer, inner) -> bool:
    return any(el is outer for el in inner.iterancestors()) or outer is inner


FURNITURE_MARK = "data-lmhtx-furniture"
_FOOTNOTE_MARK = re.compile(r"\[?\d{1,3}\]?")
_NO_TEXT_TAGS = frozenset(("script", "style", "noscript", "iframe", "button", "select", "textarea", "input"))


FILE_CARD_CHARS = 200  # a file's description and its size under its link
_FILE_SIZE = re.compile(r"\d[\d.,]*\s*[KMG]i?B\b")


def _file_button(a):
    """The block a link to a file fills alone (a button, a paragraph of its own), None when the
    link sits in a sentence or in a table's or list's item (a register of documents)."""
    text = " ".join(a.text_content().split())
    if not text:
        return None
    top = a
    while (parent := top.getparent()) is not None and parent.tag not in ("body", "html") \
            and " ".join(parent.text_content().split()) == text:
        top = parent
    if any(x.tag in ("td", "th", "li", "table") for x in (top, *top.iterancestors())):
        return None
    if top is a and not any(isinstance(c.tag, str) and c.tag in ("p", "div") for c in a):
        return a if _own_line(a) else None  # inline in a sentence, or a line of its own between <br>s
    return top


def _own_line(a) -> bool:
    """Whether a link is a line of its own among runs of text: nothing but a <br> (or the
    container's edge) on either side ("…2026.<br><a>Tải thông báo (PDF)</a><br>": a wiki's)."""
    prev, nxt = a.getprevious(), a.getnext()
    before = (prev.tail if prev is not None else (a.getparent().text if a.getparent() is not None else "")) or ""
    # (or a block: "…<p>Trần Thị Ngọc Hạnh</p><a href=…pdf>Thông báo số 09/TB-LMHTX (PDF)</a></div>", a bare link
    # after the text's last paragraph)
    if before.strip() or (prev is not None and prev.tag != "br" and prev.tag not in _TEXT_BLOCKS) or (a.tail or "").strip():
        return False
    return nxt is None or nxt.tag == "br" or nxt.tag in _TEXT_BLOCKS


def _paragraph_prose(tree) -> dict:
    """<p> → its length, for paragraphs long enough to be sentences (menus, footers and
    counters have none): how much of the page's prose an element holds. A line after a <br>
    counts as its <br> (a forum's BB code, an old table layout: text without <p>)."""
    prose = {p: n for p in tree.iter("p") if (n := len(p.text_content().strip())) >= PROSE_PARAGRAPH_CHARS}
    prose.update((br, n) for br in tree.iter("br") if (n := len((br.tail or "").strip())) >= PROSE_PARAGRAPH_CHARS)
    return prose


_X_FURNITURE = etree.XPath(f"//*[@{FURNITURE_MARK}]")


_BUTTON_CLASS = frozenset(("btn", "button"))
BUTTON_CHARS = 40


def _prune(tree, rules: Rules, marked: bool = True) -> None:
    """Drop the furniture: elements the profile marked, then the family's and common rules.
    An element holding much of the page's prose is never furniture, whatever its tag or class:
    ASP.NET and SharePoint wrap the whole page in a <form>, and a class such as "print-area"
    or "share-content" can sit on the article's own container. `marked`: whether the profile
    marked furniture (else no walk looks for its marks)."""
    for el in _X_FURNITURE(tree) if marked else ():
        if el.getparent() is None or el.tag == "form":
            continue  # a form goes by the common rules: a sign-up form with its block
        text = clean_line(el.text_content())
        if TAIL_MARKER.match(text) or FIELD_LABEL.match(text) or AUTHOR_LINE.match(text):
            # "Tin liên quan", "Bài viết tiếp theo" recur on every page, yet the text ends there
            # (as without the profile); a field's label ("Tác giả:") says what its value is, and an
            # author's line names this article's author however often the profile met it
            el.attrib.pop(FURNITURE_MARK)
            continue
        el.drop_tree()
    _open_disclosures(tree)
    # One walk of the links (an XPath per kind walked the page as often): links within the page
    # and links to files.
    in_page, files, buttons = [], [], []
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if href and ATTACHMENT.of_link(a):
            files.append(a)
        elif (cls := a.get("class")) and not _BUTTON_CLASS.isdisjoint(cls.split()):
            buttons.append(a)
        elif href.startswith("#"):
            in_page.append(a)
    # A row of links styled as buttons ("btn", Bootstrap's; "button") and nothing else: the
    # commands under a post (Moodle's "Liên kết cố định", "Trả lời"), no line of the text. (A
    # button beside other words stays: a sign-up box's button keeps the box a box of links.)
    rows: dict = {}
    for a in buttons:
        if (parent := a.getparent()) is not None and len(a.text_content().strip()) <= BUTTON_CHARS:
            rows.setdefault(parent, []).append(a)
    for parent, row in rows.items():
        if "".join(parent.text_content().split()) == "".join("".join(a.text_content().split()) for a in row):
            for a in row:
                a.drop_tree()
    # A link within the page standing alone ("Bỏ qua đến nội dung chính", "Về đầu trang") is
    # navigation; one inside a sentence ("(More)", a footnote mark) is the sentence's.
    for a in in_page:
        if a.getparent() is None:
            continue
        if not _ALNUM.search(a.text_content()):
            # a footnote's way back ("↩︎", "↑"): trafilatura drops the note with it
            a.drop_tree()
            continue
        parent, previous = a.getparent(), a.getprevious()
        if parent is not None and parent.tag == "sup" and _FOOTNOTE_MARK.fullmatch(a.text_content().strip()):
            parent.drop_tree()  # a footnote's mark ("…cộng lại.<sup><a href="#fn:1">1</a></sup>"): no word of the text
            continue
        before = (parent.text if previous is None else previous.tail) if parent is not None else None
        lead, trail = (before or "").strip(), (a.tail or "").strip()
        bracketed = (lead, trail) in (("(", ")"), ("[", "]"))
        if parent is not None and len(a.text_content().strip()) > 3 and (bracketed or not (lead or trail)):
            if bracketed:  # (its brackets go with it: Mezzanine's "(<a href="#comments">1 nhận xét</a>)")
                a.tail = None
                if previous is None:
                    parent.text = None
                else:
                    previous.tail = None
            a.drop_tree()
    for a in files:
        if (button := _file_button(a)) is not None and button.getparent() is not None:
            # ... and the file's card under it: its description and its size ("Thông báo và mẫu phiếu …
            # <br> pdf, 186.2 KB, 04/07/25, 41 downloads": a download list's entry, phpwcms')
            if (card := button.getnext()) is not None and isinstance(card.tag, str) and card.find(".//a") is None \
                    and len(text := card.text_content()) <= FILE_CARD_CHARS and _FILE_SIZE.search(text):
                card.drop_tree()
            button.drop_tree()  # a file's button ("Tải kế hoạch số 12/KH-LMHTX (PDF)"): its attachment, no text
    for dl in list(tree.iter("dl")):
        if _stats_pairs(dl):
            dl.drop_tree()
    for card in _poster_cards(tree):
        card.drop_tree()
    for row in _icon_rows(tree):
        if row.getparent() is not None:
            row.drop_tree()
    for line in _tag_lines(tree):
        line.drop_tree()
    for header in _quote_headers(tree):
        header.drop_tree()  # (its tail, the quotation's first words, stays)
    for quoted in _mail_quotes(tree):
        if quoted.getparent() is not None:
            quoted.drop_tree()
    matched = rules.remove(tree)
    for el in matched:
        if el.tag in _NO_TEXT_TAGS and el.getparent() is not None:
            el.drop_tree()
    wrapper = wrapper_test(tree)
    described = _described(tree)
    spared: list = []  # named for comments, yet holding much of the page's prose
    for el in matched:
        if el.getparent() is None or el.tag in _NO_TEXT_TAGS:
            continue
        if el.tag == "footer" and any(a.tag == "blockquote" for a in el.iterancestors()):
            el.tag = "p"  # a quotation's attribution ("— Ông Lâm Văn Sang, Giám đốc HTX"), not the page's footer
            continue
        if el.tag == "form" and el.find(f".//*[@{TITLE_MARK}]") is not None:
            # the form around the document (Domino's, ASP.NET's), however short its text beside the
            # page's widgets: a block (trafilatura deletes a form holding less than half the text)
            el.tag = "div"
            continue
        if described and clean_line(el.text_content()).startswith(described):
            # the text the page's description opens with, shown as its first comment under the
            # poster's name (a photo post's caption: Pixelfed's "comment-text"): the post's own
            for part in (el, *el.iterdescendants()):
                part.attrib.pop("class", None)
                part.attrib.pop("id", None)
        elif not wrapper(el):
            el.drop_tree()
        elif "omment" in f"{el.get('id') or ''} {el.get('class') or ''}":
            spared.append(el)
    _unname_comment_wrappers(tree, spared)
    for box in _link_boxes(tree):
        box.drop_tree()


_FIGURE = re.compile(r"[\d][\d.,/:\s-]{0,15}")
BOX_HEADING_CHARS = 60
BOX_TITLE_CHARS = 20


def _link_boxes(tree) -> list:
    """Boxes of links under a heading of their own ("Sản phẩm trong bài" over a carousel of
    products, "Bài cùng chủ đề" over a list of titles) in the text: two links or more, or one
    page's title, most of the box's text theirs, no sentence of its own (a file's link is text).
    The links' lines go as other pages' titles; the heading, left alone, would read as the text's."""
    out = []
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6"):
        box = heading.getparent()
        if box is None or box.tag not in ("div", "section", "aside", "nav") or heading.get(TITLE_MARK) is not None \
                or next((c for c in box if isinstance(c.tag, str)), None) is not heading \
                or len(" ".join(heading.text_content().split())) > BOX_HEADING_CHARS:
            continue
        links = [n for a in box.iter("a") if (n := len(" ".join(a.text_content().split()))) and not ATTACHMENT.of_link(a)]
        if not links or (len(links) == 1 and links[0] < BOX_TITLE_CHARS):
            continue  # (one link: another page's title, a product's card)
        rest = len(" ".join(box.text_content().split())) - len(" ".join(heading.text_content().split()))
        if sum(links) >= 2 * (rest - sum(links)) and rest - sum(links) < PROSE_PARAGRAPH_CHARS:
            out.append(box)
    return out


def _stats_pairs(dl) -> bool:
    """A poster's figures beside a forum post ("Tham gia" 02/3/2020, "Bài viết" 1.245, "Điểm
    tương tác" 312: XenForo's, vBulletin's): label and value pairs whose every value is a bare
    number or date. No line of the text."""
    terms, values = dl.findall("dt"), dl.findall("dd")
    return bool(terms) and len(terms) == len(values) \
        and all(len(t.text_content().split()) <= 3 for t in terms) \
        and all(_FIGURE.fullmatch(" ".join(v.text_content().split())) for v in values)


POSTER_CARD_CHARS = 100
CARD_FIELD_WORDS = 7  # a field of a card: its label or its value
_X_AVATARS = etree.XPath(".//@class[contains(., 'avatar') or contains(., 'Avatar')]/parent::*")
# A member's fields on a poster's card ("Tham gia: 21/10/2019", "Bài viết: 186", "Xếp hạng: Điều hành
# viên", "Đến từ: TP Huế"; "Joined:", "Posts:"): two of them make a card of a block without a link
# to the member's page (YAF's user box, its name linked in the post's head above it)
_MEMBER_FIELD = re.compile(r"(?i)(?<!\w)(?:(?:ngày\s+)?tham\s+gia|bài\s+viết|đến\s+từ|xếp\s+hạng|được\s+cảm\s+ơn"
                           r"|joined|posts|location|rank)\s*:")
MEMBER_FIELDS = 2


# Who a forum's quotation quotes, heading it ("Nguyễn Văn Hùng đã viết:", "X wrote:", XenForo's
# "X said:", vBulletin's "Originally Posted by X"): the reply's markup, no line of the text.
_QUOTE_HEADER = re.compile(r"(?i)^(?:.{1,80}?\s(?:đã\s+)?(?:viết|nói|wrote|said)\s*:|(?:originally\s+posted\s+by"
                           r"|trích\s+dẫn(?:\s+của|\s+từ)?|quote\s+from)\b.{1,80}?:?)\W*$")
QUOTE_HEADER_CHARS = 100
_QUOTE_HEADER_CLASS = re.compile(r"(?i)title|head|postedby|attribution")


def _quote_headers(tree) -> list:
    """The element heading each quotation with whom it quotes: the first of the <blockquote>'s
    elements with text, when its whole text says so (before the quotation's own words)."""
    out = []
    for quote in tree.iter("blockquote"):
        if (quote.text or "").strip():
            continue
        for el in quote.iterdescendants():
            if not isinstance(el.tag, str) or not (text := clean_line(el.text_content())):
                continue
            if len(text) <= QUOTE_HEADER_CHARS and _QUOTE_HEADER.match(text) \
                    and (el.tag == "cite" or _QUOTE_HEADER_CLASS.search(el.get("class") or "")):
                out.append(el)  # (marked as such: an article's "Bác Hồ đã viết:" inside its quotation stays)
                break
            if (el.text or "").strip():
                break  # the quotation's own words come first
    return out


# A mail client's line over the message a reply quotes: "Vào Mon, 18 Nov 2024 lúc 08:30 X <a@b.vn> đã viết:",
# "On …, X <a@b.vn> wrote:" (Gmail's "gmail_attr", Thunderbird's "moz-cite-prefix")
_MAIL_ATTRIBUTION = re.compile(r"(?i)@.*(?:wrote|đã\s+viết|viết)\s*:\s*$")
_MAIL_QUOTE_CLASS = re.compile(r"(?i)gmail_quote|yahoo_quoted|moz-cite")
MAIL_ATTRIBUTION_CHARS = 250


def _mail_quotes(tree) -> list:
    """A mail's quotation of the message it answers, and the line over it saying whose: another
    message (a list archive shows it on its own page), no text of this one. Marked by the mail
    client ("<blockquote type="cite">", Gmail's "gmail_quote") or by that line with its sender's
    address: a forum's quotation, an article's, stays."""
    out: list = []
    for quote in tree.iter("blockquote"):
        prev = quote.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        said = prev if prev is not None and len(text := clean_line(prev.text_content())) <= MAIL_ATTRIBUTION_CHARS \
            and _MAIL_ATTRIBUTION.search(text) else None
        if said is not None or quote.get("type") == "cite" or _MAIL_QUOTE_CLASS.search(quote.get("class") or ""):
            out.extend(x for x in (said, quote) if x is not None)
    return out


# An icon font's glyph or a pictogram drawn for a field ("fa fa-calendar", "glyphicon-user", "bi-eye",
# "dashicons-clock", an <svg class="icon">): an element without text of its own
_ICON_CLASS = re.compile(r"(?i)(?:^|\s)(?:fa[srbl]?|fa-\S+|glyphicon\S*|bi-\S+|dashicons\S*|mdi-\S+|ti-\S+|las?|icon\S*|\S+-icon)(?=\s|$)")
_ICON_TAGS = ("i", "span", "svg", "em")
_INLINE_FIELD = frozenset(("span", "a", "small", "time", "em", "strong", "b", "li"))
ICON_FIELDS = 3  # a row of so many fields, each led by its icon
ICON_ROW_CHARS = 120  # a name, a date, counts and a tool's word or two: no sentence
_SENTENCE = re.compile(r"[.!?…]\s+\S")


# a tag's or a category's page, by its path or its query
_TAXONOMY_HREF = re.compile(r"(?i)/(?:tag|tags|the|category|categories|chuyen-muc)/[^/?#]|[?&](?:tag|cat|category)=\w")
_TAG_SEPARATORS = re.compile(r"[\s,;|·•#]+")


def _tag_lines(tree) -> list:
    """The paragraphs made of links to tag or category pages and nothing else, their label an icon
    at most (Batflat's "<p><i class="fas fa-tags"></i> <a href="/blog/tag/so-lieu">số liệu</a></p>"):
    the post's taxonomy, no line of the text."""
    out = []
    for p in tree.iter("p"):
        links = p.findall(".//a")
        if links and all(_TAXONOMY_HREF.search(a.get("href") or "") for a in links) \
                and not _TAG_SEPARATORS.sub("", p.text_content()).replace("".join(
                    _TAG_SEPARATORS.sub("", a.text_content()) for a in links), "", 1):
            out.append(p)
    return out


def _icon_rows(tree) -> list:
    """The rows of fields each led by its icon and nothing else (a post's poster, its date, its
    reads, "In": themes draw them under the text as well as above it). No line of the text: their
    date and poster are read from the page itself. A row with a sentence, a heading or a long
    text is not one, nor a row without a date (a list with an icon per item, its check marks)."""
    rows: dict = {}
    for icon in tree.iter(_ICON_TAGS):
        cls = icon.get("class")
        if not cls or (icon.text or "").strip() or (icon.tag != "svg" and len(icon)) or not _ICON_CLASS.search(cls):
            continue
        field = icon.getparent()
        if field is None:
            continue
        if field.tag in _INLINE_FIELD and icon.getprevious() is None and not (field.text or "").strip():
            row, words = field.getparent(), field.text_content()  # the icon leads its field's element
        else:
            row, field, words = field, icon, icon.tail or ""  # the icon leads its field's words (its tail)
        if row is not None:
            rows.setdefault(row, {})[field] = words
    out = []
    for row, fields in rows.items():
        if len(fields) < ICON_FIELDS or row.tag in ("body", "html") or row.get(TITLE_MARK) is not None:
            continue
        text = clean_line(row.text_content())
        if len(text) > ICON_ROW_CHARS or _SENTENCE.search(text) or row.find(f".//*[@{TITLE_MARK}]") is not None \
                or next(row.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "img"), None) is not None:
            continue
        if any(is_date_line(clean_line(words)) for words in fields.values()):
            out.append(row)  # (the date makes it the fields: a list of check-marked items has none)
    return out


def _card_text(el) -> bool:
    """Whether an element's text is a poster card's: short, or a little longer in fields of a few
    words each (phpBB's "Bài viết: 327", "Ngày tham gia: T.Năm 02 Th9, 2021 8:05 pm", "Đến từ: Yên
    Thế"), never a sentence."""
    chars = len(clean_line(el.text_content()))
    if chars <= POSTER_CARD_CHARS:
        return True
    return chars <= 2 * POSTER_CARD_CHARS and all(len(t.split()) <= CARD_FIELD_WORDS for t in el.itertext())


def _poster_cards(tree) -> list:
    """The poster's card beside a forum post: its avatar, name and title linked to the member's
    page ("T / Trần Minh Đức / Ban Tuyên truyền", XenForo's, vBulletin's, phpBB's), the largest
    block around an avatar with an account link (or a member's fields) whose text stays short. No line of the text;
    read by a young profile or not, it made the text differ from crawl to crawl."""
    cards = []
    for avatar in _X_AVATARS(tree):
        card = None
        for el in itertools.chain([avatar], itertools.islice(avatar.iterancestors(), 4)):
            if el.tag in ("body", "html") or el.get(TITLE_MARK) is not None or not _card_text(el):
                break
            if any(ACCOUNT_PAGE.search(a.get("href") or "") for a in el.iter("a")) \
                    or len(_MEMBER_FIELD.findall(el.text_content())) >= MEMBER_FIELDS:
                card = el
        if card is not None and card.find(f".//*[@{TITLE_MARK}]") is None and card not in cards:
            cards.append(card)
    return [c for c in cards if not any(a in cards for a in c.iterancestors())]


def wrapper_test(tree):
    """el -> whether it holds much of the page's prose (as the page is now): never furniture."""
    prose = _paragraph_prose(tree)
    total = sum(prose.values())
    if not total:  # a page without <p> (table layouts with <br>): all its text counts
        prose, total = None, len(tree.text_content())

    text: list[int] = []  # the page's text, measured once when a form asks

    def wrapper(el) -> bool:
        held = (sum(prose.get(p, 0) for p in el.iter("p", "br")) if prose is not None else len(el.text_content()))
        if bool(total) and held > WRAPPER_SHARE * total:
            return True
        if el.tag == "form":
            # a form around the posts (a forum's moderation form: a table, short lines, no sentence
            # long enough to count) holding most of the page's text
            if not text:
                text.append(len(tree.text_content()) - sum(len(s.text_content()) for s in tree.iter("script", "style")))
            return len(el.text_content()) > WRAPPER_SHARE * text[0]
        return False

    return wrapper


DESCRIBED_CHARS = 60  # the description's opening words that name an element's text as the post's


def _described(tree) -> str:
    """The opening words of the page's description (og:description, description), when it is long
    enough to name one text; "" else."""
    described = clean_line(meta(tree, "og:description", "description") or "")
    return described[:DESCRIBED_CHARS] if len(described) >= DESCRIBED_CHARS else ""


def _unname_comment_wrappers(tree, spared: list) -> None:
    """Elements named for comments that our rules spared for the prose they hold (`wrapper_test`)
    and that hold the page's first paragraph after the title are the text's wrappers: a forum
    whose posts are its "comments" (Invision's div#comments around the posts, "comment-2598_wrap"
    around the first post's text). trafilatura drops anything whose id or class starts "comment":
    their names go. Comments after an article's own text, longer as they may be, keep theirs."""
    if not spared:
        return
    title = next(iter(_X_TITLE(tree)), None)
    after = title is None
    first = None  # the first paragraph of prose (after the title)
    for el in tree.iter("p", "br", "h1", "h2", "h3", "h4", "h5", "h6"):
        if el is title:
            after = True
        elif after and len((el.text_content() if el.tag != "br" else el.tail or "").strip()) >= PROSE_PARAGRAPH_CHARS:
            first = el
            break
    for el in spared:
        if el.getparent() is not None and (first is None or first in el.iterdescendants()):
            el.attrib.pop("id", None)
            el.attrib.pop("class", None)


def _wrap(element) -> lxml.html.HtmlElement:
    # a table's cell or row out of its table is a block (trafilatura loses a stray cell's first line)
    if element.tag == "tr":
        for cell in element.iterchildren("td", "th"):
            cell.tag = "div"
    if element.tag in ("td", "th", "tr"):
        element.tag = "div"
    doc = lxml.html.document_fromstring("<html><body><article></article></body></html>")
    doc.find(".//article").append(element)
    return doc


TITLE_MARK = "data-lmhtx-title"
BEFORE_TITLE_SHARE = 0.3  # more prose than this above the title: the cut would lose the article


_X_TITLE = etree.XPath(f"//*[@{TITLE_MARK}]")


def _twin(tree, doc, el):
    """`el`'s element in `tree`, a deep copy of `doc`: by its path (a search for its mark walks
    the whole page), else by the mark (a tag such as Word's "o:p" makes no XPath)."""
    if el is None:
        return None
    try:
        found = tree.xpath(doc.getroottree().getpath(el))
    except etree.XPathError:
        found = []
    if len(found) != 1 or found[0].get(TITLE_MARK) is None:
        found = _X_TITLE(tree)
    return found[0] if found else None


def _captioned_photos(el) -> bool:
    """Photos with captions and nothing else: all the text of `el` in its <figcaption>s."""
    captions = el.findall(".//figcaption") if el.tag != "figcaption" else [el]
    if not captions or el.find(".//img") is None:
        return False
    said = sum(len(c.text_content().strip()) for c in captions)
    return said > 0 and said >= len(el.text_content().strip())


def _drop_before_title(tree, title):
    """Whole page: what comes before the article's title (banners, menus, breadcrumbs, the
    category kicker) is not the article, unless much of the page's prose is there. `title`:
    the title's element in `tree`, maybe pruned with its furniture. Returns the element that held
    the title, None when it is gone."""
    if title is None or not (title is tree or any(a is tree for a in title.iterancestors())):
        return None
    holder = title.getparent()
    before = []
    node = title
    while node is not None and node.tag not in ("body", "html"):
        before.extend(node.itersiblings(preceding=True))
        node = node.getparent()
    prose = _paragraph_prose(tree)
    total = sum(prose.values())
    lost = sum(prose.get(p, 0) for el in before for p in el.iter("p", "br"))
    if not total:  # a page without <p> (a builder's text in <div>s): all its text counts
        total, lost = len(tree.text_content()), sum(len(el.text_content()) for el in before)
    if total and lost > BEFORE_TITLE_SHARE * total:
        return holder
    post = next((a for a in title.iterancestors() if a.tag == "article"), None)
    for el in before:
        # a post's own photos above its title, with their captions (Tumblr's photoset, then the
        # caption's heading and text): the photo story's lines
        if post is not None and _captioned_photos(el) and any(a is post for a in el.iterancestors()):
            continue
        el.drop_tree()
    # The title itself is not text: an inline title (span.TieuDe) would run into the date after it.
    if title.getparent() is not None and len(title.text_content()) < 400:
        title.drop_tree()
    return holder


def body_lines(doc, rules: Rules, container=None, *, title_el=None, cleaned: bool = True) -> list[str]:
    """Text lines of the article, before cleanup: of the container when given (a family or
    site selector), else of the whole page without its furniture.

    trafilatura runs in its fast mode, without its second opinions (readability, jusText):
    the candidates are compared here instead (container against whole page, pruned page
    against the untouched one). Measured on article-extraction-benchmark (181 sites) the
    second opinions changed one page, for the worse (F1 0.99 -> 0.33), and cost 5% of the
    CPU; on the sample portals they changed nothing.

    `title_el`: the page's title element (marked TITLE_MARK); `cleaned`: whether the profile
    marked furniture in `doc` (the elements are found by their marks in the copy)."""
    placed = screen.positions(doc)
    if container is not None:
        tree = _wrap(copy.deepcopy(container))
        screen.in_screen_order(tree, placed)
        _prune(tree, rules, cleaned)
        _drop_picture_headings(tree)
        # Inside the article's own container a linked line ("Nguồn: vca.org.vn") is text;
        # trafilatura would drop it as a link-only paragraph. A post's permalink by its time is none,
        # nor a script's button ("<a role=button>Bấm để xem thêm...</a>" under a quote shown
        # shortened: XenForo's), which trafilatura leaves out of a whole page.
        for a in list(tree.iter("a")):
            if (a.find(".//time") is not None and stamp_link(a, clean_line(a.text_content()))) \
                    or (a.get("href") is None and a.get("role") == "button"
                        and len(a.text_content().strip()) <= BUTTON_CHARS):
                a.drop_tree()
            else:
                a.drop_tag()
    else:
        tree = copy.deepcopy(doc)
        title = _twin(tree, doc, title_el)
        screen.in_screen_order(tree, placed)
        _prune(tree, rules, cleaned)
        _drop_picture_headings(tree)
        above = _drop_before_title(tree, title)
        # Subheadings read as paragraphs: on a whole page trafilatura drops some (an <h3>
        # before a list) that belong to the article.
        for el in tree.iter("h2", "h3", "h4", "h5", "h6"):
            if el.get(TITLE_MARK) is None:
                el.tag = "p"
                if el.get("id"):
                    el.attrib.pop("class", None)  # (see _prepare)
    _prepare(tree)
    result = trafilatura.bare_extraction(tree, options=_OPTIONS)
    lines = _split_merged(tree, extracted_text(result).split("\n"))
    if container is None:
        # no title element (the <title> names another heading): the climb stops at the page
        lines += _continuation(tree, lines, above if above is not None else tree)
    lines = _in_page_order(tree, lines)
    # what follows the title is read on the untouched page: the furniture rules may take the
    # article's own <header> (its title and lead) for the page's, and a family's or site's
    # container may hold the text without the lead before it (SPIP's "chapo", then its "texte")
    return _with_lead(lines, _after_title(title_el))


_PROBE = 40
CONTINUATION_LEVELS = 3
# class words any block may carry: no sign that two blocks are parts of one text
_LAYOUT_WORDS = frozenset("clearfix cf row container wrapper wrap inner content block item section col".split())


def _continuation(tree, lines: list[str], holder) -> list[str]:
    """The text's parts after the block trafilatura read, when the CMS cut the text into sibling
    fields of one kind (Drupal's body field, then its Paragraphs field; a page builder's text
    components one after another): trafilatura reads the first container its rules name, and the
    rest is lost. A part: a next sibling of the read block, or of its parents under the block that
    held the title, sharing a class word with it, holding a paragraph of prose missing from the
    lines and no excerpt cut short (a posts widget's teasers), with few links and no writer's box,
    share bar or tags in it. The first other non-empty sibling ends the text, but for an
    advertisement's slot between the parts, and a photo with its caption between them (OpenCms'
    paragraph blocks: text, photo, text), kept when a part follows."""
    if not lines:
        return []
    read = "\n".join(lines)
    found, missing = [], set()
    for p in tree.iter("p"):
        if len(text := p.text_content().strip()) < PROSE_PARAGRAPH_CHARS:
            continue
        if " ".join(text.split())[:_PROBE] in read:
            found.append(p)
        else:
            missing.add(p)
    if not found:
        return []
    block = _common_ancestor(found)
    bound = {holder, *holder.iterancestors()}
    parts: list = []
    photos: list = []  # photos met since the last part: the text's only if a part follows
    node = block
    for _ in range(CONTINUATION_LEVELS):
        if node is None or node in bound:
            break
        words = _class_words(node)
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str) or not (text := sib.text_content().strip()):
                continue
            own = [p for p in sib.iter("p") if p in missing] or _missing_points(sib, read)
            if not own and _AD_SLOT.search(f"{sib.get('class') or ''} {sib.get('id') or ''}"):
                continue  # an advertisement's slot between two parts of the text
            if not own and len(text) <= PHOTO_CAPTION_CHARS and not _ends_a_post(sib) \
                    and next(sib.iter("img", "picture"), None) is not None and next(sib.iter("a"), None) is None:
                photos.append(sib)
                continue
            if not (words & _class_words(sib)) or not own or link_density(sib) > CONTINUATION_LINKS \
                    or _ends_a_post(sib) or any(p.text_content().strip().endswith(EXCERPT_END) for p in own):
                return _lines_of(parts)
            parts += photos
            parts.append(sib)
            photos = []
        node = node.getparent()
    return _lines_of(parts)


CONTINUATION_LINKS = 0.2
PHOTO_CAPTION_CHARS = 300  # a photo's block between two parts of the text: its caption at most
_AD_SLOT = re.compile(r"(?i)(?<![a-z0-9])(ads?|advert\w*|dfp|banner)(?![a-z0-9])")
# what follows a post in its own kind of block: its writer's box, shares, tags, comments, related posts
_POST_END = re.compile(r"(?i)author|(?<![a-z])bio|byline|profile|comment|shar(?:e|ing)|social|related|newsletter"
                       r"|subscri|(?<![a-z])tags?(?![a-z])|promo|advert|sponsor|posts(?![a-z])")


def _missing_points(el, read: str) -> list:
    """The short paragraphs (a list's points, as read) in `el` missing from the text read, when
    there are several and they make a paragraph's worth together: a part of the text that is a
    heading and a list of points."""
    points = [p for p in el.iter("p", "li") if p.text_content().strip()]
    chars = sum(len(p.text_content().strip()) for p in points)
    if len(points) < 2 or chars < PROSE_PARAGRAPH_CHARS \
            or any(" ".join(p.text_content().split())[:_PROBE] in read for p in points):
        return []
    return points


def _ends_a_post(el) -> bool:
    return any(_POST_END.search(f"{x.get('class') or ''} {x.get('id') or ''}") for x in el.iter() if x.attrib)


def _class_words(el) -> set[str]:
    """Its class words, and their parts ("serendipity_entry_body": "serendipity", "entry"), but
    for layout words: the body and the extended part of one entry share their stem."""
    words = set()
    for w in (el.get("class") or "").split():
        if w not in _LAYOUT_WORDS:
            words.add(w)
            words.update(x for x in _CLASS_PARTS.split(w) if len(x) > 2 and x not in _LAYOUT_WORDS and x not in _PART_WORDS)
    return words


_CLASS_PARTS = re.compile(r"[-_]+")
# parts any element may carry: a part of its name that says nothing of its kind
_PART_WORDS = frozenset("body text main left right top bottom full box area has the".split())


def _common_ancestor(elements: list):
    chain = [elements[0], *elements[0].iterancestors()]
    depth = {id(el): i for i, el in enumerate(chain)}
    best = 0
    for el in elements[1:]:
        for a in (el, *el.iterancestors()):
            if id(a) in depth:
                best = max(best, depth[id(a)])
                break
    return chain[best]


def _lines_of(parts: list) -> list[str]:
    out: list[str] = []
    for part in parts:
        result = trafilatura.bare_extraction(_wrap(copy.deepcopy(part)), options=_OPTIONS)
        out += _split_merged(part, extracted_text(result).split("\n"))
    return [line for line in out if line.strip()]


def _in_page_order(tree, lines: list[str]) -> list[str]:
    """The lines in the order the page shows them: trafilatura appends what its rescue of a
    short text recovers (a lead in its own block above the text's container) after the rest.
    A line not found in the page keeps its place after the line before it."""
    # (without spaces: a table's cells run together in the page's text, "| 2020 | 12 |" is "202012")
    shown = "".join(tree.text_content().split())
    places, place = [], -1
    for line in lines:
        probe = "".join(line.replace("|", " ").split() if line.startswith("|") else line.split())[:_PROBE]
        # after the line before it first: a repeated line ("Ảnh: Quang Minh") is its next occurrence
        found = (shown.find(probe, place + 1) if place >= 0 else -1) if probe else -1
        if probe and found < 0:
            found = shown.find(probe)
        place = found if found >= 0 else place
        places.append(place)
    if all(a <= b for a, b in zip(places, places[1:])):
        return lines
    order = sorted(range(len(lines)), key=lambda i: places[i])
    return [lines[i] for i in order]


def _split_merged(tree, lines: list[str]) -> list[str]:
    """The lines of an <article> (or of `tree`, a part of the text) that trafilatura's last rescue
    of a short text (its "baseline") returned as one paragraph: the date line, the lead and the text run together
    there. Read as the page shows them instead, one line per block."""
    if len(lines) == 1 and lines[0]:
        merged = " ".join(lines[0].split())
        # (or of a part of the text read on its own: its short paragraphs run together too)
        for art in itertools.chain(tree.iter("article"), [] if tree.tag == "html" else [tree]):
            if art is not tree and any(a.tag == "article" for a in art.iterancestors()):
                continue
            shown = shown_lines(art)
            if len(shown) > 1 and " ".join(" ".join(shown).split()) == merged:
                return _rows_of(art, shown)
    return _split_paragraphs(tree, lines)


def _split_paragraphs(tree, lines: list[str]) -> list[str]:
    """The lines of a paragraph cut by <br> that the baseline rescue ran together (it reads each
    paragraph's text whole: a wiki's lines under the title, the text under 250 characters), one
    line per break again. trafilatura's own reading keeps a break as a new line, so a line equal to
    such a paragraph's words run together comes from the rescue."""
    # (compared without spaces: "…hữu cơ.<br/>Sản phẩm" has none between the lines, the rescue one)
    broken = {"".join(p.text_content().split()): p for p in tree.iter("p", "div") if p.find("br") is not None}
    if not broken:
        return lines
    out: list[str] = []
    for line in lines:
        p = broken.get("".join(line.split()))
        out.extend(shown if p is not None and len(shown := shown_lines(p)) > 1 else [line])
    return out


def _rows_of(el, shown: list[str]) -> list[str]:
    """`shown` with a data table's cells, one line each there, as its rows ("| 1 | Tuyên Quang |
    34 |"), as trafilatura writes a table it keeps."""
    for tr in el.iter("tr"):
        cells = [clean_line(c.text_content()) for c in tr if c.tag in ("td", "th")]
        if len(cells) < 2 or not all(cells):
            continue
        for i in range(len(shown) - len(cells) + 1):
            if shown[i:i + len(cells)] == cells:
                shown = [*shown[:i], "| " + " | ".join(cells) + " |", *shown[i + len(cells):]]
                break
    return shown


# trafilatura's options, built once (bare_extraction builds them anew from its keywords on every
# call): fast, recall-leaning, tables, no comments, images, metadata or deduplication
_OPTIONS = Extractor(output_format="python", fast=True, recall=True, comments=False, tables=True, images=False,
                     with_metadata=False, dedup=False)


LEAD_CHARS = (60, 600)  # a lead (sapo) is a sentence or two
HEADER_LEAD_CHARS = 30  # ... shorter in the article's own <header>, under its title (a one-line standfirst)
AFTER_TITLE_LEVELS = 6
_BLOCK_CHARS = 4 * CAPTION_CHARS  # longer than a lead or a photo block's captions
NEAR_LEVELS = 3  # the text's container within this many levels of the title: a lead beside it in any language
_SUBTITLE_HINT = re.compile(r"(?i)subtitle|sub-?heading|standfirst")
_LEAD_HINT = re.compile(r"(?i)sapo|summary|excerpt|teaser|lead|intro|tomtat|tom-tat|mota|mo-ta|abstract|desc|chapo|chapeau"
                        r"|heading-?text")  # (Tiki's lead: its article's "heading", "articleheadingtext")
_SENTENCE_END = (".", "!", "?", "…", ".”", ".\"", ")")


def _after_title(title_el) -> Iterator[tuple[str, str | None, list[str], int]]:
    """(text, "lead", "caption" or None, its lines, how many levels above the title) of what
    follows the title, in page order: its next siblings, then its parent's, up to six levels
    (the lead and the body sit beside the title, beside its header, or beside the cover the
    title is set in)."""
    if title_el is None:
        return
    # the article's own <header> holding its title: a paragraph there after it is its description
    header = next((a for a in itertools.islice(title_el.iterancestors(), NEAR_LEVELS) if a.tag == "header"), None)
    node = title_el
    for level in range(AFTER_TITLE_LEVELS):
        if node is header:
            header = None
        for sib in node.itersiblings():
            if isinstance(sib.tag, str) and sib.get(FURNITURE_MARK) is None:
                if header is not None and sib.tag == "p" and _plain_sentences(
                        sib, text := clean_line(sib.text_content()), HEADER_LEAD_CHARS) and VIETNAMESE_LETTER.search(text):
                    yield text, "lead", [text], level  # (GitBook's description; an English paper's standfirst is not its text)
                    continue
                yield from _block_after_title(sib, level, CONTAINER_DEPTH)
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break


CONTAINER_DEPTH = 2  # a lead inside the text's wrapper: SPIP's <div class=surlignable> of chapo and texte


def _block_after_title(el, level: int, depth: int) -> Iterator[tuple[str, str | None, list[str], int]]:
    raw = el.text_content()
    long = len(raw) > _BLOCK_CHARS  # a container, too long for a lead or captions: only searched
    if not long:
        text = clean_line(raw)
        # (inside the text's wrapper, a Vietnamese page's sapo; an English paper's standfirst is not its text)
        if _lead_like(el, text) and (depth == CONTAINER_DEPTH or VIETNAMESE_LETTER.search(text)):
            yield text, "lead", [text], level
            return
        if captions := _photo_captions(el, text):
            yield text, "caption", captions, level
            return
    children = [c for c in el if isinstance(c.tag, str) and c.get(FURNITURE_MARK) is None]
    if depth and (long or len(children) > 1) and not _runs_of_text(el):
        # its first blocks first: the lead may open the text's wrapper
        for child in children:
            yield from _block_after_title(child, level, depth - 1)
    yield " ".join(raw.split()), None, [], level


def _plain_sentences(el, text: str, shortest: int = LEAD_CHARS[0]) -> bool:
    """A sentence or two (`text`, the element's clean text) in one block with no link, picture
    or inner block."""
    return shortest <= len(text) <= LEAD_CHARS[1] and text.endswith(_SENTENCE_END) and not any(
        d.tag in _BLOCKS or d.tag in ("a", "img", "figure", "picture", "video") for d in el.iterdescendants())


def _lead_like(el, text: str) -> bool:
    """A lead as CMSes mark it: one block of a sentence or two (`text`, its clean text), without
    links, pictures or inner blocks, set in bold (the Vietnamese sapo) or classed so ("sapo",
    "summary", "excerpt", "teaser"); a wrapper of one such paragraph is read as it."""
    if not LEAD_CHARS[0] <= len(text) <= LEAD_CHARS[1] or not text.endswith(_SENTENCE_END):
        return False
    names = ""
    while True:
        names += f" {el.get('class', '')} {el.get('id', '')}"
        children = [c for c in el if isinstance(c.tag, str)]
        if len(children) != 1 or children[0].tag not in ("p", "div") or _runs_of_text(el):
            break
        el = children[0]
    if not _plain_sentences(el, text):
        return False
    bold = (len(children) == 1 and children[0].tag in ("b", "strong") and not (el.text or "").strip()
            and not (children[0].tail or "").strip())
    # a subtitle is a Vietnamese page's sapo (so is a heading that is a whole sentence, "<h2
    # class=subheading>… năm 2026.</h2>"); an English paper's standfirst is not its text
    subtitle = _SUBTITLE_HINT.search(names) or el.tag in ("h2", "h3", "h4")
    return bold or bool(_LEAD_HINT.search(names)) or bool(subtitle and VIETNAMESE_LETTER.search(text))


def _photo_captions(el, text: str) -> list[str]:
    """The captions of a block of photos and their captions only (`text`: its whole text), as a
    CMS sets them between the lead and the text's container (a slider of captioned photos); []
    for any other block."""
    if not text or len(text) > _BLOCK_CHARS or el.find(".//img") is None:
        return []
    if any(a.get("href") and not (MEDIA_FILE.search(a.get("href")) and _picture_link(a)) for a in el.iter("a")):
        return []  # (a link to another page: a teaser's; a photo's to its own file is a lightbox's)
    captions = _OWN_CAPTIONS(el) or [c for img in el.iter("img") if (c := _unnamed_caption(img)) is not None]
    lines = [clean_line(c.text_content()) for c in captions]
    return lines if lines and " ".join(lines) == text else []


def _with_lead(lines: list[str], after_title: Iterable[tuple[str, str | None, list[str], int]]) -> list[str]:
    """The lines with the lead that trafilatura left out: a CMS puts the lead (and a photo
    with its caption) between the title and the body's container ("news-summary",
    "post-excerpt", "sapo"), and trafilatura reads only the container. The lead is a lead-like
    block after the title and before the block that holds the first line read; nothing is
    added when that block is not beside the title, nor a caption without a lead."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if not first:
        return lines
    probe, lead = first[:_PROBE], list[str]()
    for text, kind, parts, level in after_title:
        if level >= NEAR_LEVELS and not VIETNAMESE_LETTER.search(" ".join(lead)):
            # a text's container far from its title's cover: the Vietnamese press's sapo is its
            # first line; an English paper's standfirst is not its text (nor worth the search)
            return lines
        if probe in text:
            known = set(lines)
            return [t for t in lead if t not in known] + lines
        if kind == "lead" and not is_date_line(text) or kind == "caption" and lead:
            lead.extend(parts)
    return lines


def _remove_keeping_tail(el) -> None:
    """Removes `el` from trafilatura's tree (plain lxml.etree: no drop_tree), its tail kept."""
    parent, tail = el.getparent(), (el.tail or "")
    if tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _drop_nested_copies(body) -> None:
    """Without the paragraphs trafilatura gives twice: once as paragraphs, again inside a
    paragraph it made of their container's loose text (a block holding a bare date line and the
    text's <div>: N2 CMS' "<span class=date>…</span><div class=text><p>…</p></div>")."""
    def text(el) -> str:
        return " ".join("".join(el.itertext()).split())

    seen = {text(p) for p in body if p.tag == "p" and p.find(".//p") is None}
    for outer in [p for p in body if p.tag == "p" and p.find(".//p") is not None]:
        for inner in list(outer.iterdescendants("p")):
            if text(inner) in seen:
                _remove_keeping_tail(inner)


def extracted_text(result) -> str:
    """The text of a trafilatura result, its entities decoded once. The parser has decoded
    them already; trafilatura's `xmltotxt` unescapes the text a second time (a page showing
    "&lt;b&gt;" would be archived as "<b>", "AT&amp;amp;T" as "AT&amp;T"), so every "&" of a
    copy of the extracted tree is escaped first and that second pass gives the text back."""
    if result is None or result.body is None:
        return ""
    body = copy.deepcopy(result.body)
    _drop_nested_copies(body)
    for el in body.iter():
        if el.text:
            el.text = el.text.replace("&", "&amp;")
        if el.tail:
            el.tail = el.tail.replace("&", "&amp;")
    return xmltotxt(body, False)


PARAGRAPHS_LEVELS = 2  # the title's own box and the one holding it: ImpressCMS' itemHead, then its item
PARAGRAPHS_LINK_DENSITY = 0.2
PARAGRAPH_WORDS = 6  # a paragraph's or a list item's words, more than a label's or a menu entry's


def _prose_of(els) -> int:
    return sum(len(t) for el in els for p in el.iter("p", "li")
               if len((t := clean_line(p.text_content())).split()) >= PARAGRAPH_WORDS)


def _paragraphs_after(title_el):
    """The first block after the title, in the title's box or the box holding it, whose paragraphs
    (and list items) are prose of a text's length with few links, not a list of teasers under
    linked headings; else, when the blocks after the title make such a text together (a portlet's
    message: paragraphs, a list, a subheading side by side), their box."""
    node = title_el
    for _ in range(PARAGRAPHS_LEVELS):
        after = [sib for sib in node.itersiblings() if isinstance(sib.tag, str) and sib.get(FURNITURE_MARK) is None]
        block = next((sib for sib in after if _prose_of([sib]) >= MIN_PROSE_CHARS), None)
        if block is None and _prose_of(after) >= MIN_PROSE_CHARS:
            block = node.getparent()
        if block is not None:
            # (not a list of teasers: under linked headings, or each cut short or closed by a "read more")
            linked_heading = any(h.find(".//a") is not None for h in block.iter("h2", "h3", "h4", "h5")
                                 if h is not title_el)
            teasers = any(READ_MORE.match(clean_line(a.text_content())) for a in block.iter("a")) \
                or any(clean_line(p.text_content()).endswith(EXCERPT_END) for p in block.iter("p", "li"))
            return None if linked_heading or teasers or link_density(block) > PARAGRAPHS_LINK_DENSITY else block
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return None


def link_density(container) -> float:
    total = len(text_of(container))
    if not total:
        return 1.0
    linked = sum(len(text_of(a)) for a in container.iter("a"))
    return linked / total


def prose_chars(lines: list[str]) -> int:
    """Characters in lines that read as sentences (long, or of eight words or more), not captions
    nor a record's fields (an event's "| Khi | 20/03/2024 từ 08:00 đến 11:00 |": its value is
    what would have to read as a sentence)."""
    return sum(len(line) for line in lines if _reads_as_prose(row_value(line)))


def _reads_as_prose(text: str) -> bool:
    return len(text) >= 80 or text.count(" ") >= 7


def find_body(doc, rules: Rules, title: str, hint, cleaned: bool = False, title_el=None,
              profiled: bool = False, post: bool = False) -> tuple[list[str], Any]:
    """The article's lines, and the container they came from (None: the whole page). The
    family's or site's container is a hint: when it yields little text or mostly links, the
    whole page without its furniture is read too, and the richer text wins. `cleaned`: elements
    of `doc` are marked furniture; `profiled`: the site's profile marked them; `post`: the hint
    is a forum thread's first post, whatever its length (the rest of the page is replies)."""
    lead = first_of(rules.lead, doc)
    if hint is not None:
        lines = body_lines(doc, rules, hint, title_el=title_el, cleaned=cleaned)
        if lead is not None and not _contains(hint, lead) and (lead_text := text_of(lead)) not in lines:
            lines.insert(0, lead_text)
        lines = clean_lines(lines, title=title)
        if post or (prose_chars(lines) >= MIN_PROSE_CHARS and len("\n".join(lines)) >= MIN_TEXT_CHARS
                    and link_density(hint) <= MAX_LINK_DENSITY):
            return lines, hint
        page_lines = clean_lines(body_lines(doc, rules, title_el=title_el, cleaned=cleaned), title=title)
        if prose_chars(page_lines) > prose_chars(lines):
            return page_lines, None
        return lines, hint
    lines = clean_lines(body_lines(doc, rules, title_el=title_el, cleaned=cleaned), title=title)
    if prose_chars(lines) < ARTICLE_PROSE_CHARS and title_el is not None and (block := _paragraphs_after(title_el)) is not None:
        # a short text the whole page's reading lost (trafilatura, finding under 250 characters, falls
        # back to the page's longest runs: a related posts' table): the paragraphs right after the
        # title, when the page's reading holds not half of them
        own = clean_lines(body_lines(doc, rules, block, title_el=title_el, cleaned=cleaned), title=title)
        held = set(lines)
        if prose_chars(own) >= MIN_PROSE_CHARS and 2 * prose_chars([line for line in own if line not in held]) > prose_chars(own):
            return own, block
    if prose_chars(lines) < MIN_PROSE_CHARS and not profiled and (jsonld_article(doc) is not None
                                                            or (meta(doc, "og:type") or "").lower() == "article"):
        # A page that declares itself an article but whose text our pruning emptied: the
        # last candidate is trafilatura's own reading of the untouched page.
        raw = trafilatura.bare_extraction(copy.deepcopy(doc), with_metadata=False, include_tables=True)
        raw_lines = clean_lines(extracted_text(raw).split("\n"), title=title)
        if prose_chars(raw_lines) >= ARTICLE_PROSE_CHARS:
            return raw_lines, None
    return lines, None
