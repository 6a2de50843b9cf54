"""Text normalisation shared by extraction, indexing and search."""

import re
import unicodedata

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def clean_line(s: str) -> str:
    """NFC, one space between words, no zero-width or non-breaking spaces."""
    return _WS.sub(" ", nfc(s)).strip()


def fold(s: str) -> str:
    """Lowercase without diacritics; đ folds to d (it is a letter, not a combining mark)."""
    decomposed = unicodedata.normalize("NFD", s.translate(_FOLD_TABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
