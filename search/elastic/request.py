"""The search request the Elasticsearch backend sends for a Query: the query DSL (every
required term on the folded fields, the spelling typed on the `.exact` ones for score, words
typed side by side boosted as phrases, exclusions as must_not, filters) and the body around it
(sort, highlight, facets as aggregations, syndicated copies collapsed). No client here: the
request is plain data, built from the query parsed by search.syntax.parse_query as the embedded
backend parses it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from crawler.text import nfc

from ..analysis import QUOTE_CHARS, Abbreviations
from ..base import Query, as_day, validate_query
from ..syntax import Term, parse_query

# Fields searched for every word or phrase; `.exact` (accents kept) adds score on top.
# Weights as in the embedded backend: title and document number 5, text 1, attachments 0.5.
FOLDED_FIELDS = ["title^5", "doc_number.text^5", "text", "attachments_text^0.5"]
EXACT_FIELDS = ["title.exact^5", "text.exact", "attachments_text.exact^0.5"]
EXACT_BOOST = 1.5
PROXIMITY_BOOST = 2.0
SNIPPET_CHARS = 200  # one fragment; a sentence longer than this is cut at the next word
GROUP_PRECISION = 40_000  # cardinality's precision_threshold (its maximum): exact counts below it
MAX_SITES = 500  # buckets of the per-site facet (about 70 portals today)
VIETNAM_TZ = "+07:00"

check_query = validate_query  # shared with the embedded backend (search.base)


def _any(clauses: list[dict[str, Any]]) -> dict[str, Any]:
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def _folded(words: tuple[str, ...]) -> dict[str, Any]:
    """Folded words, consecutive (one word: just that word), in any one searched field."""
    return {"multi_match": {"query": " ".join(words), "type": "phrase", "fields": FOLDED_FIELDS}}


def _term(term: Term, accented: bool) -> dict[str, Any]:
    """One required term of the parsed query: any of its alternatives (abbreviation
    spellings); the first one of an unquoted abbreviation only needs all its words. The
    spelling typed with accents, on the `.exact` fields, adds score."""
    alternatives = []
    loose = getattr(term, "loose", False)  # words of the first alternative in any order
    for k, alt in enumerate(term.alternatives):
        if k == 0 and loose:
            alternatives.append({"bool": {"must": [_folded((w,)) for w in alt]}})
        else:
            alternatives.append(_folded(alt))
    clause = _any(alternatives)
    if not accented or not term.exact:
        return clause
    boost = {"multi_match": {"query": " ".join(term.exact), "type": "phrase", "fields": EXACT_FIELDS,
                             "boost": EXACT_BOOST}}
    return {"bool": {"must": [clause], "should": [boost]}}


def query_dsl(query: Query, abbreviations: Abbreviations) -> dict[str, Any]:
    """The `query` part of the search request (checked Query). Parsing is shared with the
    embedded backend (search.syntax.parse_query), so both find the same documents."""
    parsed = parse_query(query.text, abbreviations)
    must = [_term(t, parsed.accented) for t in parsed.terms]
    must_not = [_any([_folded(alt) for alt in t.alternatives]) for t in parsed.excluded]
    should: list[dict[str, Any]] = []
    for pair in getattr(parsed, "pairs", ()):  # words typed side by side rank higher side by side
        should.append({"multi_match": {"query": " ".join(pair.folded), "type": "phrase",
                                       "fields": FOLDED_FIELDS, "boost": PROXIMITY_BOOST}})
        if parsed.accented:
            should.append({"multi_match": {"query": " ".join(pair.exact), "type": "phrase",
                                           "fields": EXACT_FIELDS, "boost": PROXIMITY_BOOST * EXACT_BOOST}})
    stripped = nfc(query.text).strip().strip(QUOTE_CHARS)
    if must and stripped and len(stripped) <= 100:  # a document number typed as printed
        should.append({"term": {"doc_number": {"value": stripped, "boost": 5.0}}})
    filters: list[dict[str, Any]] = []
    for field in ("province", "province_today", "site"):
        value = getattr(query, field)
        if value is not None:
            filters.append({"term": {field: value}})
    if query.since or query.until:
        rng: dict[str, Any] = {"format": "strict_date", "time_zone": VIETNAM_TZ}
        if query.since:
            rng["gte"] = as_day(query.since).isoformat()
        if query.until:
            rng["lt"] = (as_day(query.until) + timedelta(days=1)).isoformat()
        filters.append({"range": {"published": rng}})
    return {"bool": {"must": must or [{"match_all": {}}], "should": should, "filter": filters,
                     **({"must_not": must_not} if must_not else {})}}


def request_body(query: Query, abbreviations: Abbreviations) -> dict[str, Any]:
    check_query(query)
    by_date = {"published": {"order": "desc", "missing": "_last", "unmapped_type": "date"}}
    tie = {"id": {"order": "asc", "unmapped_type": "keyword"}}
    body: dict[str, Any] = {
        "query": query_dsl(query, abbreviations),
        "from": (query.page - 1) * query.size,
        "size": query.size,
        "track_total_hits": True,
        "track_scores": True,
        "sort": ["_score", by_date, tie] if query.sort == "relevance" else [by_date, "_score", tie],
        "_source": {"excludes": ["text", "attachments_text"]},
    }
    if query.highlight:  # snippets and marked titles (an export needs neither)
        body["highlight"] = {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fields": {
                "title": {"number_of_fragments": 0},
                "text": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1, "no_match_size": SNIPPET_CHARS},
                "attachments_text": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1},
            },
        }
    aggs: dict[str, Any] = {}
    if query.facets:
        aggs = {
            "by_province": {"terms": {"field": "province", "size": 200}},
            "by_province_today": {"terms": {"field": "province_today", "size": 100}},
            "by_site": {"terms": {"field": "site", "size": MAX_SITES}},
            "by_month": {"date_histogram": {"field": "published", "calendar_interval": "month",
                                            "format": "yyyy-MM", "time_zone": VIETNAM_TZ, "min_doc_count": 1}},
        }
    if query.group:  # one result per article: the first of its copies in the order asked for
        body["collapse"] = {"field": "fingerprint"}
        aggs["groups"] = {"cardinality": {"field": "fingerprint", "precision_threshold": GROUP_PRECISION}}
    if aggs:
        body["aggs"] = aggs
    return body
