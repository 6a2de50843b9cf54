"""The query syntax staff type, parsed once for both search backends: words and "quoted
phrases" (with or without diacritics, abbreviations expanded), AND (the default), OR (also
"hoặc"), exclusion (`-word`, `-"phrase"`, NOT); what is not understood becomes a Vietnamese
notice instead of an error. The text analysis it builds on is search/analysis.py; the
highlighting of what a query matched is search/snippets.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product

from .analysis import QUOTE_CHARS, Abbreviations, exact_words, fold, has_diacritics, normalize

MAX_PHRASE_VARIANTS = 8  # abbreviation spellings tried for one quoted phrase


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


