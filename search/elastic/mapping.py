"""The settings and mappings of a new Elasticsearch index: search/mapping.json (the analyzers:
standard tokenizer, lowercase, asciifolding, no plugin) with the shards, the replicas and the
abbreviation synonyms generated from search/abbreviations.yaml filled in."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from ..analysis import ABBREVIATIONS_PATH, load_abbreviations

MAPPING_PATH = Path(__file__).parent.with_name("mapping.json")  # search/mapping.json
MAX_RESULT_WINDOW = 10_000  # index.max_result_window in mapping.json


def synonym_rules(path: str | Path = ABBREVIATIONS_PATH) -> list[str]:
    """Equivalent-synonym rules for the mapping's vi_abbreviations filter, one per group of
    abbreviations.yaml, in folded words ("htx, hop tac xa"): both ways, and the analyzer folds
    what it reads before the filter, so accented and unaccented text both match them."""
    return [", ".join(" ".join(form) for form in group) for group in load_abbreviations(str(path)).groups]


def index_body(mapping_path: Path, abbreviations_path: Path, shards: int, replicas: int) -> dict[str, Any]:
    """settings + mappings of a new index: mapping.json with shards, replicas and the
    abbreviation synonyms filled in."""
    body = json.loads(mapping_path.read_text(encoding="utf-8"))
    body = {k: v for k, v in body.items() if not k.startswith("_")}
    body = copy.deepcopy(body)
    settings = body["settings"]
    settings.setdefault("index", {}).update(number_of_shards=int(shards), number_of_replicas=int(replicas))
    settings["analysis"]["filter"]["vi_abbreviations"]["synonyms"] = synonym_rules(abbreviations_path)
    return body
