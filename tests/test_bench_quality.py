"""Regression guard: a small slice of the extraction-quality benchmark (bench/quality.py).

A benchmark corpus of 3 sites (vca: listing-only dates and kickers; wordpress: URL-only dates,
Jetpack boxes inside the body; sharepoint: year-less dates that must stay unknown), each with
its fixture articles and 15 synthetic ones, served over loopback; our extractor, the page
alone, must keep the text (token F1), leak no furniture string, never emit a wrong date and
get every title. Thresholds sit a little below the full benchmark's figures (bench/RESULTS.md).
"""

from pathlib import Path

import pytest

from bench import quality
from bench.common import serve
from bench.corpus import build_corpus, load_truth

SITES = {"vca", "lmhtx-daknong", "lmhtx-haugiang"}


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("bench") / "corpus"
    build_corpus(corpus, per_site=15, seed=7)
    truth = [t for t in load_truth(corpus) if t["site"] in SITES]
    with serve(corpus, ip_base=160) as sites:
        registry = sites.write_registry(Path(corpus) / "live-sites.yaml")
        results = quality.run(sites, truth, registry, corpus, repeats=1, newsplease=None, log=lambda *a: None)
    return truth, results


def test_corpus_slice_has_the_traps(scored):
    truth, _ = scored
    assert len(truth) >= 70
    assert any(t["published"] is None for t in truth)  # year-less: must stay unknown
    assert {t["published_source"] for t in truth} >= {"listing", "url", "date-element"}


def test_ours_keeps_the_text_and_leaks_nothing(scored):
    _, res = scored
    ours = res["ours"]
    assert ours["f1"] >= 0.99, quality.worst(res, "ours")
    assert ours["recall"] >= 0.99
    assert ours["pages_with_leaks"] == 0, ours["top_leaks"]
    assert ours["title_accuracy"] == 1.0


def test_ours_never_emits_a_wrong_date(scored):
    _, res = scored
    ours = res["ours"]
    assert ours["date_wrong"] == 0, quality.worst(res, "ours", 0)
    assert ours["date_accuracy"] >= 0.9  # page alone: listing-only dates are unknown here, found by the crawl


def test_ours_ahead_of_bare_trafilatura(scored):
    _, res = scored
    ours, traf = res["ours"], res["trafilatura"]
    assert ours["f1"] > traf["f1"]
    assert ours["leaked_per_page"] < traf["leaked_per_page"]
    assert ours["date_wrong"] <= traf["date_wrong"]
