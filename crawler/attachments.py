"""Text of the documents an article links (PDF), so that a plan whose text is only in its
PDF can be found by searching for it."""

from __future__ import annotations

import io
import itertools
import logging
import re
from urllib.parse import unquote, urlsplit

from lxml import etree

from .body import wrapper_test
from .families import Rules
from .families.base import ATTACHMENT
from .parsing import doc_base, text_of
from .text import clean_line, fold
from .urls import canonical_url

logger = logging.getLogger(__name__)
MAX_CHARS = 200_000
MAX_PAGES = 60


def _file_type(a) -> str:
    m = ATTACHMENT.of_link(a)
    return m.group(1).lower() if m else ""


def pdf_text(body: bytes, *, max_chars: int = MAX_CHARS) -> str | None:
    """Plain NFC text of a PDF, or None if it cannot be read (logged, never raised)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body))
        parts, size = [], 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            lines = [clean_line(line) for line in text.splitlines()]
            chunk = "\n".join(line for line in lines if line)
            parts.append(chunk)
            size += len(chunk)
            if size >= max_chars:
                break
        return "\n".join(p for p in parts if p)[:max_chars]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        logger.warning("unreadable PDF (%s)", exc)
        return None


_DOWNLOAD_LABEL = re.compile(
    # (a document's kind alone names none: "Tải công văn (PDF)"; "Tải công văn số 21/LMHTX-VP" does)
    r"(?i)^(tải\s+(về\s+|xuống\s+)?(về|xuống|văn\s+bản|tệp|file|tài\s+liệu|công\s+văn|quyết\s+định|kế\s+hoạch|thông\s+báo"
    r"|báo\s+cáo|hướng\s+dẫn|biểu\s+mẫu|mẫu)|download|xem(\s+(file|văn\s+bản|chi\s+tiết))?|tệp\s+đính\s+kèm"
    r"|đính\s+kèm|file)\s*(\((pdf|docx?|xlsx?)\))?\s*:?$")
_LABEL_PREFIX = re.compile(r"(?i)^(?:tải\s+(?:về|xuống|văn\s+bản|tệp|file|tài\s+liệu)|download|(?:tệp\s+)?đính\s+kèm)\s*:\s*")
# the text nodes holding a word, the word tested first: the ancestor tests on every node cost more
_TEXTS = etree.XPath("//body//text()[contains(., $word)]"
                     "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]")
# ...the text's own lines, wherever the extraction read them (a Vue app's <template> slot, a
# script application's <noscript> view)
_LINE_TEXTS = etree.XPath("//body//text()[contains(., $word)][not(ancestor::script or ancestor::style)]")
_PROBE_CHARS = 24
_NOT_A_BLOCK = frozenset(("html", "body", "form"))


def article_block(doc, title_el, lines: list[str]):
    """The element holding the article's title and its last line of text: where its files are
    linked (an attachments table after the text is in it, a "Văn bản mới" sidebar is not).
    None when either cannot be found, or only the whole page holds both."""
    if title_el is None or not lines:
        return None
    last = None
    for line in reversed(lines[-2:]):
        probe = line[:_PROBE_CHARS]
        head = probe.split(" ", 1)[0]  # a word to find first: clean_line on every text node costs
        # its last occurrence: a header's summary may repeat the text before it
        last = next((t.getparent() for t in reversed(_TEXTS(doc, word=head)) if probe in clean_line(t)), None)
        if last is not None:
            break
    if last is None:
        return None
    above = {*last.iterancestors(), last}  # the proxies held here stay the same objects
    for el in title_el.iterancestors():
        if el in above:
            return None if el.tag in _NOT_A_BLOCK else el
    return None


def text_block(doc, lines: list[str]):
    """The element holding the text's first and last lines: the article's text when no body
    element was found (trafilatura read it). None when only the page holds both."""
    if not lines:
        return None
    # (a line whose words span two elements, "<span title=…>Hôm qua</span>, 03:40 PM", is found
    # in none: the next one is)
    first = next((h for line in lines[:3] if (h := _line_holder(doc, line, last=False)) is not None), None)
    last = next((h for line in lines[:-4:-1] if (h := _line_holder(doc, line, last=True)) is not None), None)
    if first is None or last is None:
        return None
    above = {*last.iterancestors(), last}
    for el in (first, *first.iterancestors()):
        if el in above:
            return None if el.tag in _NOT_A_BLOCK else el
    return None


def _line_holder(doc, line: str, *, last: bool):
    probe = line[:_PROBE_CHARS]
    texts = _LINE_TEXTS(doc, word=probe.split(" ", 1)[0])
    found = [(t, cleaned) for t in (reversed(texts) if last else texts) if probe in (cleaned := clean_line(t))]
    # a text that starts as the line does and goes on as it does, before one that holds its start
    # further in (a breadcrumb's title ending "… Quỹ hỗ trợ phát triển HTX" above a lead opening so),
    # before one that only starts alike (a title above a lead that opens with the same words)
    best, rank = None, 3
    for t, cleaned in found:
        at = cleaned.index(probe)
        rest = cleaned[at:]
        if line.startswith(rest) or rest.startswith(line):
            if at == 0:
                return t.getparent()
            if rank > 1:
                best, rank = t, 1
        elif best is None:
            best, rank = t, 2
    return best.getparent() if best is not None else None


# A box of the article's files, whatever its class says ("relatedItems" in Plone): its heading.
_ATTACHED_BOX = re.compile(r"(?i)^\s*(?:tài\s+liệu|tệp(?:\s+tin)?|tập\s+tin|file|văn\s+bản)\s+đính\s+kèm|^\s*attachments?\b")
_ITEM_TAGS = frozenset(("li", "dd"))
_ITEM_NAME_CHARS = 150


def _item_name(a) -> str | None:
    """The name a list item gives the file its link only names by file name ("QĐ số 12/QĐ-LMHTX
    (qd-12.pdf — PDF, 96 KB)"): the item's text before the link."""
    item = next((el for el in a.iterancestors() if el.tag in _ITEM_TAGS), None)
    if item is None:
        return None
    before: list[str] = []

    def walk(el) -> bool:  # the texts before `a`, in order; True once `a` is reached
        if el is a:
            return True
        before.append(el.text or "")
        for child in el:
            if walk(child):
                return True
            before.append(child.tail or "")
        return False

    walk(item)
    name = clean_line(" ".join(before)).rstrip(" (:-–—")
    return name if 4 <= len(name) <= _ITEM_NAME_CHARS and not _DOWNLOAD_LABEL.match(name) else None


# the file's size at the end of its link: "qd-08.pdf (212 KB)" (bracket and all), "… (PDF, 212 KB)"
# (the size, the type and its brackets staying)
_SIZE_TAIL = re.compile(r"(?i)\s*(?:(?<=\w),\s*[\d.,]+\s*[KMG]i?B(?=\s*[)\]]\s*$)|[(\[]?\s*[\d.,]+\s*[KMG]i?B\s*[)\]]?\s*$)")
# a file card's part naming no document: its type, its size, or a download label
_FILE_TYPE = r"(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar)"
_CARD_LABEL = re.compile(rf"(?i)^{_FILE_TYPE}?\s*[,:|·-]?\s*(?:[\d.,]+\s*[KMG]i?B)?$")
_FILE_NAMED = re.compile(rf"(?i)\.{_FILE_TYPE}$")
_LABELLED_FILE = re.compile(rf"(?i)^(?:tải|download|xem)\b[^()]{{0,40}}\(\s*([^()]+\.{_FILE_TYPE})\s*\)$"
                            # …or after it, a word the file name: "Tải tệp đính kèm qd-18-qd-lmhtx.pdf"
                            rf"|^(?:tải|download|xem)\b[^()]{{0,40}}?\s(\S+\.{_FILE_TYPE})$")


_SHOWN_FILE = re.compile(rf"(?i)[\w.\-]+(?:\s[\w.\-]+){{0,3}}\.{_FILE_TYPE}(?![\w.])")


def _shown_file_name(a) -> str | None:
    """The file's name a card shows before its download button ("QD_45_LMHTX.pdf", "245 KB",
    <a>Tải về</a>): a CMS may store the file under another name (Strapi adds a hash)."""
    parent = a.getparent()
    if parent is None:
        return None
    before = [parent.text or ""]
    for el in parent:
        if el is a:
            break
        before.extend((*el.itertext(), el.tail or ""))  # blocks apart: "….pdf" "245 KB" must not run together
    found = _SHOWN_FILE.findall(" ".join(before))
    return clean_line(found[-1]) if found else None


_OVERLAID_CHARS = 120


def _link_name(a) -> str:
    """A file link's name. A card of blocks (Ghost's file card: title, caption, file name, size,
    "Tải xuống") is named by its block giving the file's name, else its first block; a card
    of inline parts by its parts that name the document; not by its texts run together. An empty
    link laid over a button (LadiPage's "ladi-link") is named by the button's text."""
    if not text_of(a) and not len(a) and (parent := a.getparent()) is not None \
            and len(label := text_of(parent)) <= _OVERLAID_CHARS:
        return label
    blocks = [el for el in a.iterdescendants()
              if isinstance(el.tag, str) and el.tag in ("div", "p", "span") and len(el) == 0 and text_of(el)]
    if a.find(".//div") is None and a.find(".//p") is None:
        # a card of inline parts ("PDF", "Tải tài liệu", the name, "PDF, 184 KB"): the parts
        # that are not its type, size or download label; a name merely styled in parts stays whole
        named = [t for el in blocks if not _CARD_LABEL.match(t := text_of(el)) and not _DOWNLOAD_LABEL.match(t)]
        loose = (a.text or "").strip() or any((el.tail or "").strip() for el in a.iterdescendants())
        return " ".join(named) if named and len(named) < len(blocks) and not loose else text_of(a)
    named = [text_of(el) for el in blocks if _FILE_NAMED.search(text_of(el))]
    return named[0] if named else (text_of(blocks[0]) if blocks else text_of(a))


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^0-9a-z]+", fold(text)) if t]


def _numbered(a, doc_number: str | None) -> bool:
    """Whether the link's text or file name carries the document's number, in any order of its
    parts ("12/KH-LMHTX": "KH-12-LMHTX-hoi-cho.pdf", "CV 42-LMHTX-VP dang ky.pdf")."""
    if not doc_number:
        return False
    wanted = _tokens(doc_number)
    if not wanted or not any(t.isdigit() for t in wanted):
        return False
    href = unquote(urlsplit(a.get("href") or "").path.rsplit("/", 1)[-1])
    return any(all(t in have for t in wanted) for have in (set(_tokens(a.text_content())), set(_tokens(href))))


def find_attachments(doc, url: str, rules: Rules, *, title_el=None, lines: list[str] | None = None,
                     furniture=frozenset(), doc_number: str | None = None) -> list[dict[str, str]]:
    """Files the article links (PDF, DOC, ...), wherever the CMS puts them, but not those
    in the page's furniture (sidebars of documents, footers): the family's furniture, and
    anything outside the block holding the article's title (`title_el`) and text (`lines`) when
    it is known (`article_block`), else the site profile's (`furniture`). A file linked twice (an icon, then its name)
    is named by its longest link text. A file outside the article's block is the article's when
    its name or label carries the document's number (`doc_number`: "Số: 21/LMHTX-VP" and a button
    "Tải công văn số 21/LMHTX-VP (PDF)" in a section of its own, a files block after the text)."""
    candidates = [a for a in doc.iter("a") if ATTACHMENT.of_link(a)]
    if not candidates:
        return []
    wrapper = wrapper_test(doc)  # ASP.NET's whole-page <form> holds the article's files too
    article = article_block(doc, title_el, lines or [])
    inside = set(article.iter()) if article is not None else None
    if article is not None:
        # the article's files box set right after its block (SilverStripe's "Tệp đính kèm" after <article>)
        for sib in itertools.islice((s for s in article.itersiblings() if isinstance(s.tag, str)), 2):
            if _ATTACHED_BOX.match(text_of(sib)[:60]):
                inside |= set(sib.iter())
    base = doc_base(doc, url)
    # The profile's furniture only when the article's block is unknown: a field table that
    # recurs on every article ("Tập tin đính kèm | KH-12.pdf") holds the article's own file.
    removed = [el for el in rules.remove(doc) if not wrapper(el)]
    # a files box's parts too ("news-related-files-link" inside TYPO3's "Tệp đính kèm" box)
    boxed = {d for el in removed if _ATTACHED_BOX.match(text_of(el)[:60]) for d in el.iter()}
    furniture = {el for el in removed if el not in boxed} | (set(furniture) if inside is None else set())
    out: dict[str, dict] = {}
    # the article's own links first; then, outside its block, a file carrying its number that it
    # does not link itself (a sidebar's link to the same file names it otherwise)
    outside = [a for a in candidates if inside is not None and a not in inside]
    for a in [a for a in candidates if inside is None or a in inside] + outside:
        if any(el in furniture for el in a.iterancestors()) or a in furniture:
            continue
        href = a.get("href").strip()
        absolute = canonical_url(href, base=base)
        if _as_file(absolute, url) and len(a.text_content().split()) <= 1:
            continue  # the page itself as a file, a button's (Joomla's PDF icon: "/tin-hoat-dong/52-….pdf" beside "….html")
        if inside is not None and a not in inside and (absolute in out or not _numbered(a, doc_number)):
            continue  # a sidebar's file
        text = _LABEL_PREFIX.sub("", _SIZE_TAIL.sub("", _link_name(a))) or None  # "Tải văn bản: KH-15.pdf"
        if text and (labelled := _LABELLED_FILE.match(text)):
            text = labelled.group(1) or labelled.group(2)  # "Tải quyết định (QD-28-LMHTX.pdf)": the file's name
        file_name = _base_name(absolute)
        if text and text == file_name:
            text = _item_name(a) or text
        named = text is not None and not _DOWNLOAD_LABEL.match(text)
        if not named:  # "Tải văn bản (PDF)" names no document: its file does, as the card shows it or by its URL
            text = _shown_file_name(a) or file_name or text
        if absolute in out:
            # the longest of its link texts; a button's label ("Tải xuống") never beats a name
            if text and (named, len(text)) > (out[absolute]["named"], len(out[absolute]["text"] or "")):
                out[absolute]["text"], out[absolute]["named"] = text, named
            continue
        out[absolute] = {"url": absolute, "text": text, "type": _file_type(a), "named": named}
    # a page about a file, named by it (Redmine's preview "/attachments/118" beside the file at
    # "/attachments/download/118/<name>"): the file is the address that names it
    names = {_base_name(u) for u in out}
    return [{k: v for k, v in found.items() if k != "named"} for u, found in out.items()
            if not (found["text"] in names and _base_name(u) != found["text"])]


def _as_file(file_url: str, page_url: str) -> bool:
    """Whether `file_url` is the page at `page_url` rendered as a file: the same address but its
    extension (the page's address has one: "….html"), its query the same (a front controller's
    "index.php?topic=409.0" and its "index.php?action=dlattach…" are two pages)."""
    f, p = urlsplit(file_url), urlsplit(page_url)
    name = p.path.rsplit("/", 1)[-1]
    return f.netloc == p.netloc and f.query == p.query and f.path != p.path and "." in name \
        and f.path.rsplit(".", 1)[0] == p.path.rsplit(".", 1)[0]


def _base_name(url: str) -> str:
    return unquote(urlsplit(url).path.rsplit("/", 1)[-1])
