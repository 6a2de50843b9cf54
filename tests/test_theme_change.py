"""A portal changes its theme between two nightly runs (the issue: "every article still found,
but an inline 'Xem thêm' box of the new theme leaks into the body").

Night 1: `lmhtx nightly` on a registry holding only lmhtx-hue, as a portal never seen would be
entered (id, province, name, start URLs). Then the running site switches to its second theme
(samples/lmhtx-hue/theme2/: same URLs and article texts, another skeleton, class names,
menu, sidebar and footer, an inline "Xem thêm: <a>…</a> <a>…</a>" line inside the body, and
three articles published after the redesign). Night 2 is incremental. The site profile must see
that the pages no longer fit the learned template, learn the new one, say so in the run's
stats and report, and cost no article and leak no furniture.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from crawler.archive import Archive
from crawler.parsing import decode_html, parse_html
from samples.server import SAMPLES_DIR, SampleSites

ROOT = Path(__file__).resolve().parent.parent
SITE = "lmhtx-hue"
THEME = "theme2"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05"]
OLD = json.loads((SAMPLES_DIR / SITE / "expected.json").read_text(encoding="utf-8"))
NEW = json.loads((SAMPLES_DIR / SITE / THEME / "expected.json").read_text(encoding="utf-8"))


def min_fit() -> float:
    from crawler import settings

    return float(settings.LMHTX_PROFILE_MIN_FIT)


def nightly(registry: Path, data: Path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ELASTICSEARCH", "LMHTX_ALERT"))}
    cmd = [sys.executable, "-m", "app.cli", "nightly", "--sites", str(registry), "--data-dir", str(data), *FAST]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env=clean)


def served_pages(sites: SampleSites, paths) -> dict[str, object]:
    """The pages as the crawler receives them, parsed: {path: doc}."""
    out = {}
    for path in paths:
        with urllib.request.urlopen(sites.base(SITE) + path) as resp:
            out[path] = parse_html(decode_html(resp.read(), resp.headers.get("Content-Type")))
    return out


def html_paths(expected: dict) -> list[str]:
    """Every HTML page of the site (articles, listings, static pages)."""
    paths = [a["path"] for a in expected["articles"]] + expected["non_articles"]
    return sorted(set(paths) | {"/", "/431/vn", "/431/vn?p=2", "/432/vn"})


@pytest.fixture(scope="module")
def nights(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("theme")
    with SampleSites(sites=[SITE, "offsite"], ip_base=110) as sites:
        every = sites.write_registry(tmp / "generic.yaml", generic=True)
        entries = [e for e in yaml.safe_load(every.read_text(encoding="utf-8"))["sites"] if e["id"] == SITE]
        assert len(entries) == 1 and set(entries[0]) <= {"id", "province", "name", "start_urls", "allowed_domains"}
        registry = tmp / "sites.yaml"
        registry.write_text(yaml.safe_dump({"sites": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8")
        data = tmp / "data"

        first = nightly(registry, data)
        assert first.returncode == 0, first.stderr[-3000:]
        with Archive(data) as archive:
            after_first = {a["canonical_url"]: a for a in archive.articles(site=SITE)}
            profile_first = archive.load_profile(SITE)

        sites.set_theme(SITE, THEME)
        sites.reset_log()
        second = nightly(registry, data)
        hits = [(h.path, h.status) for h in sites.hits(SITE)]
        assert second.returncode == 0, second.stderr[-3000:]
        with Archive(data) as archive:
            articles = list(archive.articles(site=SITE))
            profile = archive.load_profile(SITE)
            runs = archive.runs()
        report = json.loads((data / "reports" / "latest.json").read_text(encoding="utf-8"))

        theme2 = served_pages(sites, html_paths(NEW))
        fetched = [p for p, status in hits if status == 200 and p != "/robots.txt"]
        base = sites.base(SITE)
        sites.set_theme(SITE, None)
        theme1 = served_pages(sites, html_paths(OLD))

    # What night 2 saw, for the failure messages.
    lines = [f"night 2 requests ({len(hits)}): {hits}",
             f"profile after night 1: {profile_first!r}; after night 2: {profile!r}",
             "fit of the pages night 2 fetched (night-1 profile / profile stored after night 2):"]
    lines += [f"  {p:16} {profile_first.fit(theme2[p]) if profile_first else None} / "
              f"{profile.fit(theme2[p]) if profile else None}" for p in fetched if p in theme2]
    diagnostics = "\n".join(lines)
    print(diagnostics)
    return {"base": base, "after_first": after_first, "profile_first": profile_first, "articles": articles,
            "profile": profile, "runs": runs, "report": report, "hits": hits, "fetched": fetched,
            "theme1": theme1, "theme2": theme2, "log": second.stderr, "diagnostics": diagnostics}


def by_path(nights) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for a in nights["articles"]:
        out.setdefault(a["canonical_url"].removeprefix(nights["base"]), []).append(a)
    return out


def test_the_theme_really_changed(nights):
    """The test's own premise: the night-1 profile fits no page of the new theme."""
    profile, limit = nights["profile_first"], min_fit()
    assert profile is not None and profile.ready
    assert all(profile.fit(doc) >= limit for doc in nights["theme1"].values())
    assert all(profile.fit(doc) < limit for doc in nights["theme2"].values()), nights["diagnostics"]


def test_every_article_of_both_nights_once(nights):
    found = by_path(nights)
    old = {a["path"] for a in OLD["articles"]}
    new = {a["path"] for a in NEW["articles"]}
    assert set(found) == old | new, (sorted(set(found) - old - new), sorted(old | new - set(found)))
    assert all(len(rows) == 1 for rows in found.values())
    assert nights["runs"][0]["new_articles"] == len(new), nights["diagnostics"]
    assert {p for p in nights["fetched"] if p in new} == new, nights["diagnostics"]


def test_new_articles_equal_their_ground_truth(nights):
    """No 'Xem thêm' line, no furniture of the new theme: the text is the article's."""
    found = by_path(nights)
    problems = []
    for truth in NEW["articles"]:
        item = found[truth["path"]][0]
        got, want = item["text"].split("\n"), truth["body"].split("\n")
        leaked = [line for line in got if line not in want]
        furniture = [s for s in NEW["boilerplate"] if s in item["text"] or s in item["title"]]
        if got != want or furniture:
            problems.append(f"{truth['path']}: leaked {leaked}, missing {[x for x in want if x not in got]}, "
                            f"furniture strings {furniture}")
        for field in ("title", "published", "author"):
            if item[field] != truth[field]:
                problems.append(f"{truth['path']}: {field} {item[field]!r}, truth {truth[field]!r}")
    assert not problems, "\n".join(problems) + "\n" + nights["diagnostics"]


def test_old_articles_not_degraded(nights):
    found = by_path(nights)
    for truth in OLD["articles"]:
        (item,) = found[truth["path"]]
        before = nights["after_first"][nights["base"] + truth["path"]]
        assert item["content_hash"] == before["content_hash"] and item["revisions"] == 1, truth["path"]
        assert (item["title"], item["text"], item["published"]) == (truth["title"], truth["body"], truth["published"])


def test_the_run_stats_say_the_theme_changed(nights):
    second, first = nights["runs"][:2]
    key = f"portals/site/{SITE}/theme_changed"
    assert not (first["stats"] or {}).get(key)
    assert (second["stats"] or {}).get(key, 0) >= 1, nights["diagnostics"]
    assert "no longer fit the learned template" in nights["log"]


def test_the_report_says_the_theme_changed(nights):
    """The monitoring report of night 2 names the theme change for the site (a field of its row
    or a finding about it), and does not count it as a fetched page."""
    report = nights["report"]
    (row,) = [r for r in report["sites"] if r["site"] == SITE]
    pages = len(nights["fetched"])
    findings = [f for f in report["findings"] if f["subject"] == f"site:{SITE}"]
    told = any("theme" in k for k in row) or any(
        "theme" in f["monitor"].lower() or "theme" in f["message"].lower() or "giao diện" in f["message"].lower()
        for f in findings)
    assert told, json.dumps({"row": row, "findings": findings}, ensure_ascii=False)
    assert row["pages"] == pages, (row["pages"], pages, "the theme_changed stat counted as a page kind?")


def test_the_stored_profile_fits_the_new_theme(nights):
    profile, limit = nights["profile"], min_fit()
    assert profile is not None and profile.ready, nights["diagnostics"]
    fits = {path: profile.fit(doc) for path, doc in nights["theme2"].items()}
    assert min(fits.values()) >= limit, (fits, nights["diagnostics"])
    assert statistics.median(fits.values()) >= 0.7, fits


def test_the_sample_server_switches_themes():
    with SampleSites(sites=[SITE], ip_base=111) as sites:
        page = sites.base(SITE) + NEW["articles"][0]["path"]
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(page)  # published after the redesign: not there before it
        sites.set_theme(SITE, THEME)
        with urllib.request.urlopen(page) as resp:
            assert "Xem thêm:" in resp.read().decode("utf-8")
        with urllib.request.urlopen(sites.base(SITE) + "/431/vn?p=2") as resp:  # a route of the theme
            assert 'class="so-trang"' in resp.read().decode("utf-8")
        with pytest.raises(ValueError):
            sites.set_theme(SITE, "theme9")
        sites.set_theme(SITE, None)
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(page)
