"""Text analysis shared by the search backends: normalisation, accent folding, words,
query parsing and abbreviation expansion.

Plain functions and small dataclasses, no database (the query syntax is search/syntax.py,
the highlighting search/snippets.py): the embedded (SQLite FTS5) backend
builds its index and its MATCH expressions from them, and the Elasticsearch backend's tests
can use them to predict what a query should find.

Conventions (domain.md, "Text"):

- every string is NFC-normalised first, so NFD input (old windows-1258 pages, some UTF-8
  pages, some keyboards) behaves exactly like NFC;
- the *exact* form of a text is NFC + lowercase ("hợp tác xã");
- the *folded* form is lowercase without diacritics, đ -> d ("hop tac xa"), computed one
  character at a time (crawler.text.fold of each character): after NFC every Vietnamese
  character folds to exactly one character, so offsets in the folded text are offsets in
  the text (`fold_map` maps them back for the rare characters that do not);
- words are runs of `\\w` characters of the exact form, each folded on its own: "04/KH-LMHTX"
  is the three words 04 kh lmhtx; a search engine stores, per field, the tokens of
  `index_tokens` and a query is parsed by `parse_query` into required terms;
- highlighting (`snippet`, `highlight`) finds the query's words in the folded text and marks
  the original, HTML-escaped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from crawler.text import fold as _fold_string

ABBREVIATIONS_PATH = Path(__file__).with_name("abbreviations.yaml")

WORD_RE = re.compile(r"\w+")
# Straight and typographic double quotes open and close phrases (staff paste from Word).
QUOTE_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
# Token punctuation: not word characters, so never part of a word.
JOIN = "+"  # joins the two words of a pair token: "hop+tac"
EXACT_MARK = "="  # exact token of a word without diacritics: "=nam"
_PLAIN_WORD = re.compile(r"[a-z0-9_]+")
_PLAIN_WORDS = re.compile(r"(?<!\S)(?=[a-z0-9_]+(?!\S))")  # where "=" goes in "hà nam 2024"


# --- normalisation and folding ---------------------------------------------------------


def normalize(text: str) -> str:
    """NFC; the form every stored and queried string is compared in."""
    return unicodedata.normalize("NFC", text) if text else ""


class _FoldTable(dict):
    """str.translate table: code point -> folded string, computed once per character."""

    def __missing__(self, code: int) -> str:
        folded = _fold_string(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


class _WordFolds(dict):
    """word -> folded word, remembered (vocabularies are small: most words repeat)."""

    def __missing__(self, word: str) -> str:
        if len(self) > 500_000:
            self.clear()
        folded = self[word] = word.translate(_FOLD)
        return folded


_FOLDED_WORD = _WordFolds()


def fold(text: str) -> str:
    """Lowercase without diacritics, đ -> d, character by character (crawler.text.fold of
    each character). Input is NFC-normalised first."""
    return normalize(text).translate(_FOLD)


def exact(text: str) -> str:
    """NFC, lowercase: the form accents are compared in."""
    return normalize(text).lower()


def has_diacritics(text: str) -> bool:
    """Whether folding changes anything but case ("Hà Nam" yes, "HTX" no)."""
    text = normalize(text)
    return fold(text) != text.lower()


def fold_map(text: str) -> tuple[str, list[int] | None]:
    """The folded form of an NFC `text` and, when folding is not one character for one
    character, the offset in `text` of every character of the folded form (plus one final
    entry, len(text)). None means offsets are the same in both."""
    folded = text.translate(_FOLD)
    if len(folded) == len(text) and all(len(_FOLD[ord(c)]) == 1 for c in set(text)):
        return folded, None
    parts: list[str] = []
    offsets: list[int] = []
    for i, c in enumerate(text):
        f = _FOLD[ord(c)]
        parts.append(f)
        offsets.extend([i] * len(f))
    offsets.append(len(text))
    return "".join(parts), offsets


def words(text: str) -> list[str]:
    """The words of an already normalised string."""
    return WORD_RE.findall(text)


def exact_words(text: str) -> list[str]:
    return WORD_RE.findall(exact(text))


def folded_words(text: str) -> list[str]:
    return analyze(text)[0]


def analyze(text: str | None) -> tuple[list[str], list[str]]:
    """(folded, exact) words of a text, aligned: folded[i] is fold(exact[i])."""
    if not text:
        return [], []
    ex = WORD_RE.findall(exact(text))
    return list(map(_FOLDED_WORD.__getitem__, ex)), ex


def exact_token(word: str) -> str:
    """The token of a word's exact spelling (NFC, lowercase): "=" + word for a plain ASCII
    word ("=nam": literally "nam", not "năm"), else the word itself ("hà", which no folded
    word can be)."""
    return EXACT_MARK + word if _PLAIN_WORD.fullmatch(word) else word


def pair_token(a: str, b: str) -> str:
    return a + JOIN + b


def index_tokens(text: str | None) -> str:
    """What an index stores for a field, as space-separated tokens: the folded words
    ("hop"), the folded pairs of adjacent words ("hop+tac"), and the exact spelling of every
    word (`exact_token`: "hợp", "=nam"). Pairs make a phrase a lookup of one token per
    pair instead of a merge of position lists; exact tokens let exact spellings rank first."""
    fo, ex = analyze(text)
    if not fo:
        return ""
    return " ".join((" ".join(fo), " ".join(map(JOIN.join, zip(fo, fo[1:]))),
                     _PLAIN_WORDS.sub(EXACT_MARK, " ".join(ex))))


# --- abbreviations ---------------------------------------------------------------------


@dataclass(frozen=True)
class Abbreviations:
    """Groups of equivalent spellings, in folded word tuples: ("htx",) <-> ("hop","tac","xa")."""

    groups: tuple[tuple[tuple[str, ...], ...], ...]
    by_form: dict[tuple[str, ...], int] = field(default_factory=dict, compare=False)
    max_len: int = 1

    def alternatives(self, folded: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """Every spelling equivalent to `folded` (itself first), or just (folded,)."""
        g = self.by_form.get(folded)
        if g is None:
            return (folded,)
        return (folded,) + tuple(f for f in self.groups[g] if f != folded)


def _build_abbreviations(mapping: dict) -> Abbreviations:
    groups: list[list[tuple[str, ...]]] = []
    by_form: dict[tuple[str, ...], int] = {}
    for short, longs in (mapping or {}).items():
        forms = [str(short)] + [str(x) for x in (longs if isinstance(longs, list) else [longs])]
        group: list[tuple[str, ...]] = []
        for form in forms:
            f = tuple(folded_words(form))
            if not f or f in group:
                continue
            group.append(f)
        if len(group) < 2:
            continue
        # A spelling listed under two short forms joins their groups.
        merged = {by_form[f] for f in group if f in by_form}
        for gi in sorted(merged):
            group += [f for f in groups[gi] if f not in group]
            groups[gi] = []
        groups.append(group)
        for f in group:
            by_form[f] = len(groups) - 1
    max_len = max((len(f) for f in by_form), default=1)
    return Abbreviations(tuple(tuple(g) for g in groups), by_form, max_len)


@lru_cache(maxsize=8)
def load_abbreviations(path: str | Path | None = None) -> Abbreviations:
    """The abbreviation groups of `path` (search/abbreviations.yaml by default)."""
    with open(path or ABBREVIATIONS_PATH, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    return _build_abbreviations(data.get("abbreviations", data))
