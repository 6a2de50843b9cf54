"""What a query matched, shown: the words of a text the parsed query matches (found in the
folded text, so "hop tac xa" marks "Hợp tác xã"), marked in the HTML-escaped original; a
snippet around the best matches, and the highlighted title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .analysis import WORD_RE, fold_map, normalize
from .syntax import ParsedQuery

_SPACE = re.compile(r"\s+")


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
