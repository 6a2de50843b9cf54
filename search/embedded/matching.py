"""Query compilation for the embedded index: a query's text parsed (search.syntax, cached) and
turned into an FTS5 MATCH expression over the tokens search.analysis.index_tokens writes. A
phrase is its pair tokens, a term the OR of its spellings; for ranking, exact spellings and
adjacent words ride along as extra branches that bm25 scores (see match_expr)."""

from __future__ import annotations

from functools import lru_cache

from .. import analysis, syntax
from .schema import ALL_TAG


def quote(token: str) -> str:
    """An FTS5 string: the token as one term, whatever its characters."""
    return '"' + token.replace('"', '""') + '"'


def _alt_expr(alt: tuple[str, ...]) -> str:
    """One spelling: a word, or a phrase as its pair tokens ("hop+tac" AND "tac+xa")."""
    if len(alt) == 1:
        return quote(alt[0])
    pairs = list(dict.fromkeys(analysis.pair_token(a, b) for a, b in zip(alt, alt[1:])))
    return quote(pairs[0]) if len(pairs) == 1 else "(" + " AND ".join(map(quote, pairs)) + ")"


def _or(branches: list[str]) -> str:
    branches = list(dict.fromkeys(branches))
    return branches[0] if len(branches) == 1 else "(" + " OR ".join(branches) + ")"


@lru_cache(maxsize=1024)
def parse(text: str) -> syntax.ParsedQuery:
    return syntax.parse_query(text, analysis.load_abbreviations())


@lru_cache(maxsize=1024)
def match_expr(parsed: syntax.ParsedQuery, boosts: bool = False) -> str:
    """The FTS5 MATCH expression of a parsed query (terms only, no filters).

    Terms are ANDed; a term is the OR of its spellings. With `boosts`, for ranking, extra
    branches ride along without changing which documents match: a one-word term becomes
    ("ha" OR "hà" OR "ha+nam"), each extra branch implying the word; a phrase P becomes
    (P AND (its exact words... OR p)) where the token p is implied by P. bm25 scores every
    branch a document has, so exact spellings and adjacent words rank higher. Counting
    uses the plain expression: fewer doclists to merge."""
    extra: dict[int, list[str]] = {}
    if boosts:
        for p in parsed.pairs:  # words typed next to each other rank higher when adjacent
            extra.setdefault(p.term, []).append(quote(analysis.pair_token(*p.folded)))
    parts = []
    for i, term in enumerate(parsed.terms):
        first = _alt_expr(term.alternatives[0])
        exact = ([quote(analysis.exact_token(w)) for w in dict.fromkeys(term.exact)]
                 if boosts and parsed.accented else [])
        if len(term.alternatives[0]) == 1:
            first = _or([first, *exact, *extra.get(i, [])])
        elif exact:
            implied = quote(analysis.pair_token(*term.alternatives[0][:2]))
            first = f"({first} AND {_or([*exact, implied])})"
        parts.append(_or([first, *(_alt_expr(alt) for alt in term.alternatives[1:])]))
    if not parsed.excluded:
        return " AND ".join(parts)
    # FTS5's NOT is binary: (what to find, or every document) NOT (any excluded spelling)
    left_out = _or([_alt_expr(alt) for t in parsed.excluded for alt in t.alternatives])
    return f"({' AND '.join(parts) if parts else quote(ALL_TAG)}) NOT {left_out}"

