"""The page's fields laid out as label and value elements after the title, without a colon to
join them on one line: a Notion page's property table ("📅 Ngày đăng" | "18/12/2025 15:10",
"👤 Tác giả" | "L Lâm Quốc Trung"), a builder's definition rows; and a writer's card, the name
with the role under it. They are metadata: the author is read from them and their rows are no
text. So is a definition list or a table of such fields wherever it stands (a gallery's photo
information), and a table of a record's metadata by their qualified names ("dc.title"). (A table's
label | value cells are read with the table: `text.label_and_value`, `cleanup.clean_lines`.)"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .parsing import following, next_element
from .text import clean_line

FIELD_NAME = re.compile(
    r"(?i)^(ngày\s+(?:đăng|đưa\s+tin|xuất\s+bản|cập\s+nhật|ban\s+hành|thêm|tạo)|tác\s+giả|người\s+(?:viết|tạo)|chuyên\s+mục"
    r"|danh\s+mục|thể\s+loại|(?:chỉnh\s+sửa|sửa\s+đổi)\s+lần\s+cuối|cập\s+nhật(?:\s+lần\s+cuối)?|lượt\s+xem|thẻ|từ\s+khóa"
    r"|tệp\s+đính\s+kèm|file\s+đính\s+kèm)$")
ATTACHMENT_FIELD = re.compile(r"(?i)^(tệp|file)\s+đính\s+kèm$")
AUTHOR_FIELD = re.compile(r"(?i)^(tác\s+giả|người\s+viết)$")
# a writer's role under the name on a card: "Phóng viên", "Ảnh" (a photographer)
ROLE = re.compile(r"(?i)^(phóng\s+viên|biên\s+tập\s+viên|cộng\s+tác\s+viên|nhiếp\s+ảnh(?:\s+gia)?|ảnh|pv|btv|ctv)$")
_ICONS = re.compile(r"^[\W_]+")  # an icon before the label ("👤", "📅"), a bullet
_AFTER = 40  # elements after the title looked at
_LABEL_CHARS = 40
_CELLS = frozenset(("td", "th", "tr"))
_VALUE_CHARS = 120


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    row: Any  # the element holding the label and the value
    label_el: Any


def field_rows(title_el) -> list[Field]:
    """The label | value rows among the elements after the title (`title_el`), labels known."""
    out: list[Field] = []
    if title_el is None:
        return out
    seen: set = set()
    for el in following(title_el, _AFTER):
        # a label's own text: a leaf's, or beside an icon without text ("<i class=fa-user></i> Tác giả")
        if el in seen or len(el) > 2 or any((c.text or "").strip() or len(c) for c in el):
            continue
        own = (el.text or "") + "".join(c.tail or "" for c in el)
        if len(own) > _LABEL_CHARS or not (label := _label(own)):
            continue
        if ROLE.match(label):
            if (card := _card(el, label)) is not None:
                seen.update(card.row.iter())
                out.append(card)
            continue
        if not FIELD_NAME.match(label):
            continue
        el = _outermost(el, label)
        value = next_element(el)
        row = el.getparent()
        if value is None or row is None or len(row) > 3 or value.tag in _CELLS or el.tag in _CELLS:
            continue  # a table's label | value cells are read with the table
        text = value_text(value)
        if not text or len(text) > _VALUE_CHARS or len(row.text_content()) > _LABEL_CHARS + _VALUE_CHARS:
            continue  # (a row: the label and the value, nothing more)
        seen.update(row.iter())
        out.append(Field(label, text, row, el))
    return out


FIELD_LIST_NAMES = 2  # known field names among a definition list's terms that make it a list of fields


def field_lists(doc) -> list:
    """The definition lists of the page's fields, wherever they stand: terms naming fields
    (two known names at least: "Ngày đăng", "Tác giả", "Lượt xem" among Piwigo's "Ngày tạo",
    "Độ phân giải", "Kích thước file"), every value short. A glossary's definitions are prose."""
    out = []
    for dl in doc.iter("dl"):
        terms = [el for el in dl.iter("dt")]
        values = [el for el in dl.iter("dd")]
        if len(terms) < FIELD_LIST_NAMES or any(len(value_text(v)) > _VALUE_CHARS for v in values):
            continue
        if sum(bool(FIELD_NAME.match(_label(t.text_content()))) for t in terms) >= FIELD_LIST_NAMES:
            out.append(dl)
    return out


def field_tables(doc) -> list:
    """The tables of the page's fields, wherever they stand: rows of a label cell and a value
    cell (a heading row above them), two known field names at least among the labels (a
    gallery's photo information: Coppermine's "Tên tập tin", "Tác giả", "Ngày thêm", "Lượt xem"),
    every value short. A data table's rows hold figures under its own headings, no field names."""
    out = []
    for table in doc.iter("table"):
        rows = [[c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")] for tr in table.iter("tr")]
        pairs = [r for r in rows if len(r) == 2]
        # (rows of its own: a nested table's are that table's)
        if len(pairs) < FIELD_LIST_NAMES or len(pairs) < len(rows) - 1 \
                or any(next(label.iterancestors("table")) is not table for label, _ in pairs) \
                or any(len(value_text(v)) > _VALUE_CHARS for _, v in pairs):
            continue
        if sum(bool(FIELD_NAME.match(_label(label.text_content()))) for label, _ in pairs) >= FIELD_LIST_NAMES:
            out.append(table)
    return out


# A metadata element's qualified name: "dc.date.issued", "dc.contributor.author", "dcterms.abstract"
_KEY = re.compile(r"^[a-z]{2,}(?:\.[a-zA-Z_]+){1,3}$")
KEY_ROWS = 3


def key_tables(doc) -> list:
    """The tables of a record's metadata by their qualified names, each row a name cell first (a
    repository's full record: DSpace's "dc.title" | value | language rows): a record's fields, no
    text, though a value may be an abstract's prose."""
    out = []
    for table in doc.iter("table"):
        firsts = [next((c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")), None) for tr in table.iter("tr")]
        names = [" ".join(c.text_content().split()) for c in firsts if c is not None]
        if len(names) >= KEY_ROWS and sum(bool(_KEY.match(n)) for n in names) >= len(names) - 1:
            out.append(table)
    return out


def _card(el, role: str) -> Field | None:
    """A writer's card: the name, then the role under it ("Nguyễn Thanh Tâm" | "Phóng viên"),
    beside an avatar (Framer): the role's outermost element saying nothing more, the name the
    element before it."""
    el = _outermost(el, role, first=True)
    name = el.getprevious()
    if name is None or not isinstance(name.tag, str) or (row := el.getparent()) is None or len(row) > 3:
        return None
    text = value_text(name)
    return Field(role, text, row, el) if text and len(text) <= _LABEL_CHARS else None


def _outermost(el, label: str, *, first: bool = False):
    """`el`'s outermost wrapper that says nothing more than `label` (an icon and the name in
    wrappers); `first`: only through wrappers it opens (a card's role, the name before it)."""
    while (parent := el.getparent()) is not None and len(parent) <= 2 and not (first and el.getprevious() is not None) \
            and len(raw := parent.text_content()) <= _LABEL_CHARS and _label(raw) == label:
        el = parent
    return el


def _label(text: str) -> str:
    return _ICONS.sub("", clean_line(text)).rstrip(":").strip()


def value_text(el) -> str:
    """The value's text, its parts spaced, without a letter avatar ("L" before "Lâm Quốc Trung")."""
    parts = [p for p in (" ".join(t.split()) for t in el.itertext()) if p]
    if len(parts) >= 2 and len(parts[0]) == 1 and parts[0].isalpha() and parts[1][:1].casefold() == parts[0].casefold():
        parts = parts[1:]
    return clean_line(" ".join(parts))
