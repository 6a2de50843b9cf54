"""Text analysis shared by the search backends: normalisation, accent folding, words,
query parsing and abbreviation expansion.

Plain functions and small dataclasses, no database: the embedded (SQLite FTS5) backend
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
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

import yaml

from crawler.text import fold as _fold_string

ABBREVIATIONS_PATH = Path(__file__).with_name("abbreviations.yaml")

WORD_RE = re.compile(r"\w+")
# Straight and typographic double quotes open and close phrases (staff paste from Word).
QUOTE_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_QUOTE_SPLIT = re.compile(f"[{QUOTE_CHARS}]")
_SPACE = re.compile(r"\s+")
MAX_PHRASE_VARIANTS = 8  # abbreviation spellings tried for one quoted phrase
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


# --- queries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One required term of a query: matches when any alternative matches. Every
    alternative is a tuple of folded words, matched as a phrase (consecutive words) when it
    has several. `exact` is the typed spelling (NFC, lowercase) of the first one."""

    alternatives: tuple[tuple[str, ...], ...]
    exact: tuple[str, ...]
    phrase: bool  # several words that must be consecutive ("quoted", 04/KH-LMHTX, hợp tác xã)

    @property
    def folded(self) -> tuple[str, ...]:
        return self.alternatives[0]

    @property
    def words(self) -> tuple[str, ...]:
        """Every folded word this term can match: what a highlighter marks."""
        seen: dict[str, None] = {}
        for alt in self.alternatives:
            for w in alt:
                seen[w] = None
        return tuple(seen)


@dataclass(frozen=True)
class Pair:
    """Two words typed next to each other outside quotes ("Hà Nam"): not required to be
    adjacent, but documents where they are rank higher. `term` is the index of a one-word
    term of the pair (the boost is attached to it)."""

    term: int
    folded: tuple[str, str]
    exact: tuple[str, str]


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]  # all required (AND); a term joined by OR is one term with more alternatives
    accented: bool  # typed with diacritics: exact spellings rank first
    pairs: tuple[Pair, ...] = ()
    excluded: tuple[Term, ...] = ()  # -word, -"phrase", NOT word: no document with any of them
    notices: tuple[str, ...] = ()  # Vietnamese sentences for staff: what was not understood, and how it was read

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def has_conditions(self) -> bool:
        """Whether the text restricts the documents at all (words to find or to leave out)."""
        return bool(self.terms or self.excluded)

    @property
    def highlight_words(self) -> frozenset[str]:
        """Words marked wherever they are (one-word spellings)."""
        return frozenset(alt[0] for t in self.terms for alt in t.alternatives if len(alt) == 1)

    @property
    def all_words(self) -> frozenset[str]:
        return frozenset(w for t in self.terms for w in t.words)

    @property
    def highlight_phrases(self) -> tuple[tuple[str, ...], ...]:
        return tuple(alt for t in self.terms for alt in t.alternatives if len(alt) > 1)


# Query operators, compared in the exact form (any case). "hoặc" is Vietnamese for "or"; "và" is
# not an operator: it is a common word of titles and, words being all required, AND is the default.
OR_WORDS = frozenset({"or", "hoặc", "hoac"})
AND_WORDS = frozenset({"and"})
NOT_WORDS = frozenset({"not"})
IGNORED_SYMBOLS = "()[]{}*?~^|"  # query syntax elsewhere; here nothing: said so in a notice


def _spans(folded: list[str], abbr: Abbreviations) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) word spans that are a spelling in an abbreviation
    group, longest first from the left."""
    spans = []
    i = 0
    while i < len(folded):
        for n in range(min(abbr.max_len, len(folded) - i), 0, -1):
            if tuple(folded[i:i + n]) in abbr.by_form:
                spans.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return spans


def _phrase_term(ex: list[str], fo: list[str], abbr: Abbreviations | None) -> Term:
    base = tuple(fo)
    alts: list[tuple[str, ...]] = [base]
    if abbr is not None:
        spans = _spans(fo, abbr)
        if spans:
            choices = []
            prev = 0
            for s, e in spans:
                choices.append([tuple(fo[prev:s])])
                choices.append(list(abbr.alternatives(tuple(fo[s:e]))))
                prev = e
            choices.append([tuple(fo[prev:])])
            for combo in product(*choices):
                alt = tuple(w for part in combo for w in part)
                if alt not in alts:
                    alts.append(alt)
                if len(alts) >= MAX_PHRASE_VARIANTS:
                    break
    return Term(tuple(alts), tuple(ex), phrase=len(base) > 1)


def _word_term(word: str, abbr: Abbreviations | None) -> Term:
    folded = (fold(word),)
    return Term(abbr.alternatives(folded) if abbr is not None else (folded,), (word,), phrase=False)


def _typed(term: Term) -> str:
    return "“" + " ".join(term.exact) + "”"


class _Builder:
    def __init__(self) -> None:
        self.terms: list[Term] = []
        self.index: dict[tuple, int] = {}
        self.pairs: list[Pair] = []
        self.excluded: list[Term] = []
        self.notices: list[str] = []
        self.last: int | None = None  # the term added last: the left side of an OR
        self.or_into: int | None = None  # an OR is waiting: the next term joins this one
        self.or_word = ""

    def add(self, term: Term) -> int:
        if self.or_into is not None:  # "a OR b": one term, either spelling
            i, self.or_into = self.or_into, None
            left = self.terms[i]
            alts = left.alternatives + tuple(a for a in term.alternatives if a not in left.alternatives)
            del self.index[left.alternatives]
            self.terms[i] = Term(alts, left.exact, phrase=left.phrase or term.phrase)
            self.index[alts] = i
            self.last = i
            return i
        key = term.alternatives
        if key not in self.index:
            self.index[key] = len(self.terms)
            self.terms.append(term)
        self.last = self.index[key]
        return self.last

    def exclude(self, term: Term) -> None:
        self.dangling_or()
        if term.alternatives not in (t.alternatives for t in self.excluded):
            self.excluded.append(term)
        self.last = None

    def start_or(self, word: str) -> None:
        if self.or_into is not None:  # "a OR OR b"
            return
        if self.last is None:
            self.notices.append(f"Bỏ qua “{word}” vì trước nó không có từ nào để nối "
                                "(OR/hoặc nối hai từ hoặc cụm từ cần tìm đứng hai bên).")
            return
        self.or_into, self.or_word = self.last, word

    def dangling_or(self) -> None:
        if self.or_into is not None:
            self.notices.append(f"Bỏ qua “{self.or_word}” vì sau nó không có từ nào để nối "
                                "(OR/hoặc nối hai từ hoặc cụm từ cần tìm đứng hai bên).")
            self.or_into = None

    def stretch(self, words: list[tuple[str, str]], abbr: Abbreviations | None) -> None:
        """Unquoted words typed one after another: one term each, except that a spelling
        of an abbreviation group ("hợp tác xã") is one phrase term with its other spellings
        (HTX) as alternatives; adjacent words make a Pair."""
        if not words:
            return
        ex = [e for e, _ in words]
        fo = [f for _, f in words]
        spans = {s: e for s, e in (_spans(fo, abbr) if abbr is not None else [])}
        single: dict[int, int] = {}  # word position -> index of its one-word term
        i = 0
        while i < len(fo):
            e = spans.get(i, i + 1)
            base = tuple(fo[i:e])
            alts = abbr.alternatives(base) if abbr is not None else (base,)
            joins = self.or_into is not None
            t = self.add(Term(alts, tuple(ex[i:e]), phrase=len(base) > 1))
            if e == i + 1 and len(alts) == 1 and not joins:
                single[i] = t
            i = e
        for i in range(len(fo) - 1):
            t = single.get(i + 1, single.get(i))
            if t is not None and fo[i] != fo[i + 1]:
                self.pairs.append(Pair(t, (fo[i], fo[i + 1]), (ex[i], ex[i + 1])))
        words.clear()


_ITEM = re.compile(f"(-?)[{QUOTE_CHARS}]([^{QUOTE_CHARS}]*)[{QUOTE_CHARS}]|[^\\s{QUOTE_CHARS}]+")


def parse_query(text: str, abbreviations: Abbreviations | None = None) -> ParsedQuery:
    """Words and "quoted phrases" of a query, every one required unless joined by OR.

    - `a b` and `a AND b`: both words, anywhere in the document.
    - `a OR b` (also `hoặc`, `hoac`; any case): either; OR joins the word or phrase on its
      left with the one on its right and binds tighter than AND: `a b OR c` is a AND (b OR c).
    - `-word`, `-"a phrase"`, `NOT word`: documents with it are left out.
    - An unbalanced quote is ignored (the words after it are plain words); an operator with
      nothing to join, and symbols such as ( ) * that mean nothing here, are ignored; each
      such thing is said in `notices`, in Vietnamese.
    - A chunk of words joined by punctuation ("04/KH-LMHTX", "20-NQ/TW") is a phrase.
    - A quoted operator ("or") is the word itself.
    - With `abbreviations`, a spelling of an abbreviation group (HTX, hợp tác xã, ...) also
      matches its other spellings.
    """
    text = normalize(text or "")
    accented = has_diacritics(text)
    b = _Builder()
    quotes = [i for i, c in enumerate(text) if c in QUOTE_CHARS]
    if len(quotes) % 2:  # the last quote is not closed: not a quote
        text = text[:quotes[-1]] + " " + text[quotes[-1] + 1:]
        b.notices.append("Thiếu dấu ngoặc kép đóng nên các từ sau dấu ngoặc kép được tìm như từ riêng lẻ.")
    symbols = sorted({c for c in text if c in IGNORED_SYMBOLS}, key=IGNORED_SYMBOLS.index)
    if symbols:
        b.notices.append(f"Các ký hiệu {' '.join(symbols)} không có tác dụng khi tìm kiếm nên được bỏ qua "
                         "(không nhóm được từ, không tìm theo phần đầu của từ).")
    loose: list[tuple[str, str]] = []  # (exact, folded) words typed one after another
    negate = False
    for m in _ITEM.finditer(text):
        quoted = m.group(2) is not None
        chunk = m.group(2) if quoted else m.group()
        word = chunk.lower()
        if not quoted and word in OR_WORDS | AND_WORDS | NOT_WORDS:
            b.stretch(loose, abbreviations)
            if negate:  # "-or": the operator word negated means nothing
                negate = False
            if word in OR_WORDS:
                b.start_or(chunk)
            elif word in NOT_WORDS:
                b.dangling_or()
                b.last = None
                negate = True
            else:  # AND: words are all required anyway
                b.dangling_or()
            continue
        minus = bool(m.group(1)) if quoted else chunk.startswith("-")
        if not quoted:
            chunk = chunk.lstrip("-+")
        ex = exact_words(chunk)
        if not ex:
            continue
        if minus or negate:
            negate = False
            b.stretch(loose, abbreviations)
            if len(ex) == 1:
                term = _word_term(ex[0], abbreviations)
            else:
                term = _phrase_term(ex, [fold(w) for w in ex], abbreviations if quoted else None)
            if b.or_into is not None:
                b.notices.append(f"Không dùng được “{b.or_word}” với từ cần loại trừ: "
                                 f"đã bỏ qua “{b.or_word}” và loại các bài có {_typed(term)}.")
                b.or_into = None
            b.exclude(term)
            continue
        if quoted:
            b.stretch(loose, abbreviations)
            if len(ex) == 1:
                b.stretch([(ex[0], fold(ex[0]))], abbreviations)
            else:
                b.add(_phrase_term(ex, [fold(w) for w in ex], abbreviations))
        elif len(ex) > 1:  # joined by punctuation: an identifier, matched as typed
            b.stretch(loose, abbreviations)
            b.add(_phrase_term(ex, [fold(w) for w in ex], None))
        else:
            loose.append((ex[0], fold(ex[0])))
    b.stretch(loose, abbreviations)
    b.dangling_or()
    if negate:
        b.notices.append("Bỏ qua “NOT” ở cuối vì sau nó không có từ nào để loại trừ.")
    terms = tuple(b.terms)
    for t in b.excluded:
        if any(set(t.alternatives) & set(r.alternatives) for r in terms):
            b.notices.append(f"{_typed(t)} vừa được tìm vừa bị loại trừ nên không bài nào phù hợp.")
    if b.excluded and not terms:
        left_out = ", ".join(_typed(t) for t in b.excluded)
        b.notices.append(f"Chỉ có từ cần loại trừ: hiển thị mọi bài không có {left_out}.")
    return ParsedQuery(terms, accented, tuple(b.pairs), tuple(b.excluded), tuple(b.notices))


# --- highlighting ----------------------------------------------------------------------


@lru_cache(maxsize=256)
def _word_pattern(words: frozenset[str]) -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def match_spans(text: str, query: ParsedQuery) -> list[tuple[int, int, int]]:
    """(start, end, weight) of every word of `text` (NFC) the query matches, in offsets of
    `text`. Matching is done on the folded text, so "hop tac xa" matches "Hợp tác xã"; words
    of a matched phrase weigh 3, one-word terms 1; a word of a phrase alone is no match."""
    if not query or not text:
        return []
    folded, offsets = fold_map(text)
    found = [(m.start(), m.end(), m.group()) for m in _word_pattern(query.all_words).finditer(folded)]
    if not found:
        return []
    single = query.highlight_words
    weights = [1 if w in single else 0 for _, _, w in found]
    phrases = query.highlight_phrases
    if phrases:
        firsts: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            firsts.setdefault(p[0], []).append(p)
        for i, (_, _, w) in enumerate(found):
            for p in firsts.get(w, ()):
                n = len(p)
                if (i + n <= len(found) and tuple(x[2] for x in found[i:i + n]) == p
                        and not any(WORD_RE.search(folded, found[j][1], found[j + 1][0])
                                    for j in range(i, i + n - 1))):
                    for j in range(i, i + n):
                        weights[j] = 3
    spans = [(s, e, wt) for (s, e, _), wt in zip(found, weights) if wt]
    if offsets is not None:
        spans = [(offsets[s], offsets[e], wt) for s, e, wt in spans]
    return spans


def _escape(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def escape_html(text: str) -> str:
    """HTML-escape for element content and attribute values (& < > " ')."""
    return _escape(text)


def mark(text: str, spans: Iterable[tuple[int, int, int]], start: int = 0, end: int | None = None) -> str:
    """Escaped text[start:end] with the spans inside it wrapped in <mark>…</mark>;
    adjacent matched words (one phrase) share one mark."""
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
    merged: list[list[int]] = []
    for s, e, _ in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        if merged and text[merged[-1][1]:s].strip() == "" and s - merged[-1][1] <= 1:
            merged[-1][1] = e
        else:
            merged.append([s, e])
    for s, e in merged:
        out.append(_escape(text[pos:s]))
        out.append("<mark>" + _escape(text[s:e]) + "</mark>")
        pos = e
    out.append(_escape(text[pos:end]))
    return "".join(out)


def highlight(text: str, query: ParsedQuery) -> str:
    """The whole of `text`, escaped, matches marked (titles)."""
    text = normalize(text or "")
    return mark(text, match_spans(text, query))


def snippet(text: str, query: ParsedQuery, size: int = 240) -> str:
    """About `size` characters of `text` around its densest cluster of matches, escaped,
    matches marked, "…" where text was cut. Without matches: the beginning."""
    text = normalize(text or "")
    spans = match_spans(text, query)
    if len(text) <= size:
        return mark(text, spans).replace("\n", " ")
    if spans:
        best, best_score = 0, -1
        j = 0
        total = 0
        for i in range(len(spans)):  # window of `size` chars starting at each match
            while j < len(spans) and spans[j][1] <= spans[i][0] + size:
                total += spans[j][2]
                j += 1
            if total > best_score:
                best, best_score = i, total
            total -= spans[i][2]
        s0 = spans[best][0]
        start = max(0, s0 - size // 4)
    else:
        start = 0
    end = min(len(text), start + size)
    start = max(0, min(start, end - size))
    # cut at word boundaries
    if start > 0:
        ws = text.rfind(" ", max(0, start - 20), start + 1)
        nl = text.rfind("\n", max(0, start - 20), start + 1)
        cut = max(ws, nl)
        if cut >= 0:
            start = cut + 1
        else:  # no space close before: start at the next word instead of inside one
            m = _SPACE.search(text, start)
            if m and (not spans or m.end() <= spans[best][0]):
                start = m.end()
    if end < len(text):
        ws = text.rfind(" ", start + size // 2, end)
        if ws > 0:
            end = ws
    body = mark(text, spans, start, end).replace("\n", " ")
    return ("…" if start > 0 else "") + body.strip() + ("…" if end < len(text) else "")
