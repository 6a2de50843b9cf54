"""Text normalisation shared by extraction, indexing and search, and the text of a table row's
label and value cells (SharePoint and form-like layouts print an article's fields that way)."""

import re
import unicodedata

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def _bmp_marks() -> re.Pattern:
    """Every combining mark of the Basic Multilingual Plane, from this Python's Unicode tables:
    one compiled class strips them in C (a per-character test was most of `fold`'s time)."""
    ranges, start = [], None
    for cp in range(0x10001):
        if cp < 0x10000 and unicodedata.combining(chr(cp)):
            start = cp if start is None else start
        elif start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]+")


_MARKS = _bmp_marks()


# Where a <title> or heading joins the article's title to the site's or section's name
# ("Tin tức - Liên minh HTX", "Trang chủ | Tin tức"). crawler.profile learns a site's own
# affixes with a wider pattern, a colon after a name too, which would cut article titles here.
TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»/]\s+|\s*[|»]\s*")

# Where a CMS's line of fields parts them: "bởi admin — Ngày đăng: 20/02/2024 14:00 — Cập nhật
# lần cuối …", "Đăng bởi Phương Thảo | 05/02/2024", "Admin · 15/03/2024".
FIELD_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s+[—–-]\s+")

# Who posted or wrote a post, as a CMS labels the name beside its date ("Đăng bởi", "Người viết",
# "Posted by"); the bare "bởi"/"by" each reader adds where it may stand alone.
POSTED_BY = r"(?:(?:đăng|viết|gửi|xuất\s+bản)\s+bởi|người\s+(?:đăng|viết)|(?:posted|written|submitted|published|contributed)\s+by)"

# The label of a post's category among its fields ("Chuyên mục: Tin tức", "Category: News").
CATEGORY_LABEL = r"(?:chuyên\s+mục|danh\s+mục|thể\s+loại|category)"

# An official document's number line, "Số: 18/KH-LMHTX" (the number in group 1).
DOC_NUMBER = re.compile(
    r"(?m)^\s*Số\s*(?:hiệu)?\s*:?\s*(\d{1,5}[A-Za-z]?(?:/\d{4})?[/-][A-ZĐ][A-ZĐa-z0-9]*(?:[/-][A-ZĐa-z0-9]+)*)\b"
)


# a word of a text: its letters and digits (no separator, dash or bullet counts as one)
PROSE_PARAGRAPH_CHARS = 80  # a sentence or two: no menu, footer or counter has such a paragraph

WORD = re.compile(r"[^\W_]+")

# a letter only Vietnamese writes (its vowels with their marks, đ): a Vietnamese text
VIETNAMESE_LETTER = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def clean_line(s: str) -> str:
    """NFC, one space between words, no zero-width or non-breaking spaces."""
    return _WS.sub(" ", nfc(s)).strip()


# The alliance's name, folded and run together: a path segment ("lmhtx", "lien-minh-hop-tac-xa")
# or a heading ("Liên minh Hợp tác xã tỉnh") that names it
_ALLIANCE_NAME = re.compile(r"^(?:lmhtx|lienminhhtx|lienminhhoptacxa|lienminh)")


def names_alliance(text: str) -> bool:
    return bool(_ALLIANCE_NAME.match(re.sub(r"[\W_]+", "", fold(text))))


def fold(s: str) -> str:
    """Lowercase without diacritics; đ folds to d (it is a letter, not a combining mark)."""
    bare = _MARKS.sub("", unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D")))
    if bare and max(bare) > "\uffff":  # emoji, and the rare scripts with marks beyond the BMP
        bare = "".join(c for c in bare if not unicodedata.combining(c))
    return bare.lower()


_CELL_TAGS = frozenset({"td", "th"})
_LABEL_CHARS = 40


def label_and_value(cell) -> tuple[str, str] | None:
    """(label, value) of a label cell and the value cell after it in the same table row:
    "Ngày đăng" | "16/05/2024 16:20", "Tác giả" | "Ngọc Hân". Read "label: value" the way a
    page printing it on one line would be read. None unless `cell` (an lxml td/th) holds a short
    label without digits and the next cell of its row holds text."""
    if cell.tag not in _CELL_TAGS:
        return None
    label = clean_line(" ".join(cell.text_content().split())).rstrip(":").rstrip()
    if not label or len(label) > _LABEL_CHARS or any(c.isdigit() for c in label):
        return None
    value_cell = cell.getnext()
    while value_cell is not None and not isinstance(value_cell.tag, str):  # comments
        value_cell = value_cell.getnext()
    if value_cell is None or value_cell.tag not in _CELL_TAGS:
        return None
    value = clean_line(" ".join(value_cell.text_content().split()))
    return (label, value) if value else None


# A two-cell table row as trafilatura writes it: "| Ngày đăng | 22/08/2023 10:05 |".
_TWO_CELLS = re.compile(r"^\|\s*([^|]+?)\s*\|\s*([^|]*?)\s*\|$")


def field_row(line: str) -> str | None:
    """A label | value row of the extracted text read as the line "label: value" (an empty
    value: "label:"), for the tests that judge such lines (furniture, metadata, a dangling
    label); None for any other line. The text keeps the row itself."""
    m = _TWO_CELLS.match(line)
    if m is None:
        return None
    label = m.group(1).rstrip(":").rstrip()
    if len(label) > _LABEL_CHARS or any(c.isdigit() for c in label):
        return None
    return f"{label}: {m.group(2)}".rstrip()


def row_value(line: str) -> str:
    """The value of a label | value row (`field_row`), else the line."""
    m = _TWO_CELLS.match(line) if field_row(line) is not None else None
    return m.group(2) if m else line


def row_as_line(line: str) -> str:
    """`line`, or the "label: value" it says when it is a label | value row (`field_row`)."""
    return field_row(line) or line
