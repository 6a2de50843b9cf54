"""The Elasticsearch search backend: the same Query and Results as the embedded index, on a
versioned index behind an alias (`articles` -> `articles-v1`, `articles-v2`, ...).

Talks to Elasticsearch 9 through the official client, unchanged. Works without plugins (no ICU):
the analyzers in search/mapping.json use only the standard tokenizer, lowercase, asciifolding and
a synonym filter generated from search/abbreviations.yaml.

What a search does (the embedded backend gives the same results for the same Query, because the
query text is parsed by the same function, search.syntax.parse_query):

- the text is NFC-normalised; words must all match (AND), "quoted phrases" and words joined by
  punctuation (04/KH-LMHTX) must match as phrases; nothing typed is query syntax (no
  query_string: `+ - | * ( ) ~ : AND OR` are just text);
- terms are matched on folded fields (no diacritics, đ = d); when the query has accents, the
  spelling typed, on the `.exact` sub-fields, adds score: the right accents rank first;
- abbreviations go both ways (HTX <-> hợp tác xã), expanded in the query itself from
  abbreviations.yaml so that they work on any server; the mapping's synonym filter does the same
  inside Elasticsearch for anyone querying the index directly;
- filters: province (as published), province_today, site, since..until (inclusive, Vietnam time);
- `a OR b` (also `hoặc`) and exclusions (`-word`, `-"phrase"`, `NOT word`) as parse_query reads
  them: an OR is one term with more alternatives, exclusions are `must_not`;
- syndicated copies (same `fingerprint`) are one result: `collapse` on `fingerprint` (a document
  without one gets its id, so it is its own group), the total is a `cardinality` of fingerprints
  (exact up to GROUP_PRECISION results, approximate beyond), and the other copies of the hits
  come from one more request;
- sort by relevance or by date (newest first); facets per province, province_today, site and month
  over every match (articles: each copy counts on its own portal); highlights HTML-escaped by
  Elasticsearch (`encoder: html`) with matches in <mark>.

Where each part lives: index.py (ElasticIndex: the client, versions behind the alias, writes,
a search sent), request.py (the query DSL and the request body), response.py (hits and facets
read from the answer), mapping.py (a new index's settings, mappings and synonyms).
"""

from .index import ElasticIndex, IndexingError
from .mapping import MAPPING_PATH, synonym_rules
from .request import check_query

__all__ = ["MAPPING_PATH", "ElasticIndex", "IndexingError", "check_query", "synonym_rules"]
