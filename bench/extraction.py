"""Generic extraction on real pages from sites we never saw: scrapinghub's
article-extraction-benchmark (181 pages from 181 sites, its own scorer), ours beside bare
trafilatura of the same venv, in one run.

    .venv/bin/python -m bench.extraction [--bench DIR] [--keep DIR] [--worst N]

- ours (generic): `crawler.extract.extract(html, url, rules=rules_for("generic"))`, no family,
  no selectors, no site profile: what a portal never seen gets on its first page. A page we
  declare "not an article" scores 0, as the benchmark counts it.
- trafilatura: `trafilatura.extract(html, url=url)` with every default (its published run).

The benchmark folder is read-only: it is copied, our outputs are written into the copy's
`output/`, and its `evaluate.py` scores every output there (the published ones too). CPU per page
is measured in the same pass, ours and trafilatura interleaved page by page.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura
import yaml

from crawler.extract import extract
from crawler.families import rules_for
from crawler.parsing import decode_html

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "article-extraction-benchmark"


def _ours(html: str, url: str, rules) -> tuple[str, str]:
    result = extract(html, url, rules=rules)
    return (result.item["text"], "article") if result.is_article else ("", f"{result.kind}: {result.reason}")


def _trafilatura(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


def run(bench: Path, work: Path) -> dict:
    shutil.copytree(bench, work, dirs_exist_ok=True)
    truth = json.loads((work / "ground-truth.json").read_text(encoding="utf-8"))
    rules = rules_for("generic")
    ours, theirs, kinds = {}, {}, {}
    cpu = {"ours": 0.0, "trafilatura": 0.0}
    for i, (key, entry) in enumerate(sorted(truth.items())):
        raw = gzip.decompress((work / "html" / f"{key}.html.gz").read_bytes())
        html = decode_html(raw)
        url = entry.get("url") or "http://example.org/"
        order = ("ours", "trafilatura") if i % 2 else ("trafilatura", "ours")
        for name in order:
            t = time.process_time()
            if name == "ours":
                text, kind = _ours(html, url, rules)
                ours[key] = {"articleBody": text}
                kinds[key] = kind
            else:
                theirs[key] = {"articleBody": _trafilatura(html, url)}
            cpu[name] += time.process_time() - t
    out = work / "output"
    (out / "lmhtx_generic.json").write_text(json.dumps(ours, ensure_ascii=False), encoding="utf-8")
    (out / "trafilatura_same_venv.json").write_text(json.dumps(theirs, ensure_ascii=False), encoding="utf-8")
    scored = subprocess.run([sys.executable, "evaluate.py", "--n-bootstrap", "200", "--output", "metrics.json"],
                            cwd=work, capture_output=True, text=True, check=True)
    metrics = json.loads((work / "metrics.json").read_text())
    per_page = _per_page(work, truth, ours, theirs)
    return {"table": scored.stdout, "metrics": metrics, "cpu": cpu, "pages": len(truth),
            "not_article": {k: v for k, v in kinds.items() if v != "article"}, "per_page": per_page}


def _per_page(work: Path, truth: dict, ours: dict, theirs: dict) -> list[tuple[str, float, float]]:
    spec = importlib.util.spec_from_file_location("aeb_evaluate", work / "evaluate.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)

    def f1(true: str, pred: str) -> float:
        tp, fp, fn = ev.string_shingle_matching(true=true, pred=pred)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    rows = [(k, f1(truth[k]["articleBody"], ours[k]["articleBody"]), f1(truth[k]["articleBody"], theirs[k]["articleBody"]))
            for k in truth]
    return sorted(rows, key=lambda r: r[1] - r[2])


def portals() -> dict:
    """CPU per article page of the sample portals, as a crawl spends it (the page parsed, the
    site profile checked and fed by the crawl's own `SiteProfiles`, extraction) against bare
    trafilatura on the same pages."""
    from crawler.parsing import parse_html
    from crawler.settings import LMHTX_PROFILE_MIN_FIT
    from crawler.themes import SiteProfiles
    from samples.gen.core import static_file_for
    from samples.score import SAMPLES_DIR, expected_sites

    ours = theirs = 0.0
    pages = 0
    rules = rules_for("generic")
    profiles = SiteProfiles(None, min_fit=LMHTX_PROFILE_MIN_FIT)  # nothing loaded or saved
    for site, exp in expected_sites().items():
        www = SAMPLES_DIR / site / "www"
        routes_file = SAMPLES_DIR / site / "routes.yaml"
        routes = yaml.safe_load(routes_file.read_text(encoding="utf-8")) if routes_file.exists() else None
        by_path = {r["path"]: www / r["file"] for r in (routes or {}).get("routes", []) if "file" in r}
        # an article's page: its route's file, else the file at its path
        wanted = {by_path.get(a["path"]) or www / static_file_for(a["path"]) for a in exp["articles"]}
        files = sorted({*www.rglob("*.htm*"), *(f for f in wanted if f.is_file())})
        for f in files:
            html = decode_html(f.read_bytes(), encoding="utf-8")
            rel = str(f.relative_to(www))
            t = time.process_time()
            doc = parse_html(html)
            profile, _ = profiles.page(site, doc)
            extract(doc, "http://127.0.0.1/" + rel, rules=rules, profile=profile)
            spent = time.process_time() - t
            if f in wanted:
                t = time.process_time()
                trafilatura.extract(html)
                theirs += time.process_time() - t
                ours += spent
                pages += 1
    return {"pages": pages, "ours_ms": 1000 * ours / max(pages, 1), "trafilatura_ms": 1000 * theirs / max(pages, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the benchmark folder (read-only)")
    ap.add_argument("--keep", type=Path, help="where to write the scored copy (default: a temporary folder)")
    ap.add_argument("--worst", type=int, default=15, help="list the N pages where we trail trafilatura most")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    ap.add_argument("--portals", action="store_true", help="CPU per article page on the sample portals, with profiles")
    args = ap.parse_args(argv)
    if args.portals:
        res = portals()
        print(f"sample portals: {res['pages']} article pages; CPU per page ours (parse, profile, extract) "
              f"{res['ours_ms']:.1f} ms, trafilatura {res['trafilatura_ms']:.1f} ms "
              f"(ratio {res['ours_ms'] / res['trafilatura_ms']:.2f})")
        return 0
    if not (args.bench / "ground-truth.json").is_file():
        ap.error(f"{args.bench}: not the article-extraction-benchmark folder")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp) / "aeb"
        res = run(args.bench, work)
    print(res["table"])
    n = res["pages"]
    print(f"CPU per page: ours {1000 * res['cpu']['ours'] / n:.1f} ms, trafilatura {1000 * res['cpu']['trafilatura'] / n:.1f} ms"
          f" (ratio {res['cpu']['ours'] / res['cpu']['trafilatura']:.2f})")
    print(f"declared not an article: {len(res['not_article'])}")
    for key, why in sorted(res["not_article"].items()):
        print(f"  {key[:12]} {why}")
    print(f"worst {args.worst} against trafilatura (ours, trafilatura):")
    for key, a, b in res["per_page"][: args.worst]:
        print(f"  {key[:12]} {a:.3f} {b:.3f}")
    if args.json:
        slim = {k: v for k, v in res.items() if k != "per_page"}
        slim["metrics"] = {k: {m: v for m, v in d.items() if m != "tp_fp_fns"} for k, d in res["metrics"].items()}
        args.json.write_text(json.dumps(slim, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
