"""`lmhtx sites add URL`: try a portal the way the crawl will before it enters the registry
(the trial crawl is crawler/trial.py, the guesses of name and province crawler/guess.py; here:
the proposed entry, its check against the registry's own loader, and the report).

Staff add portals one at a time and each must work the first night. A hand-written entry says
nothing about whether the crawl will find articles there, so the entry is proposed from what
the site shows: a dozen of its pages, chosen as the crawl would choose them, go through the
same generic extraction, site profile and URL-shape learning as a nightly run, and the
articles that would be archived are printed for a person to judge before anything is saved.
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .dates import TZ
from .guess import derive_id, guess_name, guess_province
from .registry import DEFAULT_REGISTRY, RegistryError, load_sites, parse_yaml
from .trial import DELAY, MAX_PAGES, PAGES, TIME_LIMIT, Page, SiteAddError, Trial, plain, try_site
from .urls import host_of, on_site, url_key

SAMPLES = 3  # articles shown in full


# -- the registry entry ----------------------------------------------------------------------

def entry_yaml(entry: dict, indent: str = "") -> str:
    text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=None, width=100)
    return "".join(indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def _addition(text: str, entry: dict) -> str:
    """What appending the entry adds to a registry file's text: indented like its other entries."""
    m = re.search(r"(?m)^([ \t]*)-[ \t]+id:", text)
    head = "sites:\n" if not text.strip() else ("" if text.endswith("\n") else "\n")
    return head + "\n" + entry_yaml(entry, m.group(1) if m else "  ")


def check_entry(path: Path, entry: dict) -> str:
    """The text appending the entry adds to the registry file, once the registry's own loader
    accepts the result; SiteAddError (code 2) with the loader's message otherwise."""
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except OSError as exc:
        raise SiteAddError(f"cannot read {path}: {exc.strerror or exc}", 2) from None
    addition = _addition(text, entry)
    with tempfile.TemporaryDirectory(prefix="lmhtx-add-") as tmp:
        candidate = Path(tmp) / path.name
        candidate.write_text(text + addition, encoding="utf-8")
        try:
            load_sites(candidate)
        except RegistryError as exc:
            # The new entry's own problems when the loader names it; else whatever it said.
            try:
                index = len((parse_yaml(text, str(path)) or {}).get("sites") or [])
            except (RegistryError, AttributeError):
                index = -1
            mine = [e for e in exc.errors if f"sites[{index}]" in e] or exc.errors
            raise SiteAddError("; ".join(e.replace(str(candidate), str(path)) for e in mine), 2) from None
    return addition


def save_entry(path: Path, entry: dict) -> None:
    addition = check_entry(path, entry)
    try:
        with path.open("a", encoding="utf-8") as f:  # appended: the file's comments stay as written
            f.write(addition)
    except OSError as exc:
        raise SiteAddError(f"cannot write {path}: {exc.strerror or exc}", 2) from None


def _notes(trial: Trial) -> str:
    articles = trial.articles
    dated = sorted((a["published"] for a in articles if a.get("published")), reverse=True)
    templates = ", ".join(t for t, _ in trial.shapes.article_templates()[:3])
    seen = (f"{_n(len(articles), 'article')} in {_n(trial.fetched, 'page')}"
            + (f", newest {dated[0][:10]}" if dated else "")
            + (f"; article URLs {templates}" if templates else ""))
    return (f"Added {datetime.now(TZ):%Y-%m-%d} with `lmhtx sites add`: {seen} (generic extraction, "
            f"profile from {_n(trial.profile.pages, 'page')}). Not yet confirmed by a nightly run.")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# -- the command -----------------------------------------------------------------------------

def add_site(url: str, *, province: str | None = None, site_id: str | None = None, name: str | None = None,
             pages: int = PAGES, delay: float = DELAY, timeout: float = 15.0, registry: str | None = None,
             save: str | None = None, time_limit: float = TIME_LIMIT, out=None) -> int:
    """`lmhtx sites add`: try the portal, print what would be archived and the proposed entry,
    append it to `save` when asked. The exit status; SiteAddError for a one-line refusal."""
    out = out or sys.stdout
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteAddError(f"{plain(url)!r} is not an absolute http(s) URL", 2)
    if not 0 <= pages <= MAX_PAGES or delay < 0:
        raise SiteAddError(f"--pages must be 0 to {MAX_PAGES} and --delay not negative", 2)
    target = Path(save) if save else (Path(registry) if registry else DEFAULT_REGISTRY)
    try:
        known = load_sites(target) if target.exists() else []
    except RegistryError as exc:
        raise SiteAddError(f"{exc.errors[0]}", 2) from None
    taken = {s.id for s in known}
    if (there := next((s for s in known if on_site(host_of(url), s.allowed_domains)), None)) is not None:
        message = (f"{host_of(url)} is in {target} already, as {there.id!r} "
                   f"(`lmhtx sites check {there.id}` probes it)")
        if save:
            raise SiteAddError(message, 2)
        print(f"lmhtx: note: {message}", file=sys.stderr)
    if site_id or province:  # a wrong --id or --province is refused before any request
        check_entry(target, {"id": site_id or derive_id(url, province or "", taken), "province": province or "vn",
                             "name": name or host_of(url), "start_urls": [url]})

    guessed = province is None

    def on_start(doc) -> None:
        nonlocal province
        if province is None:
            province = guess_province(doc)
            if province is None:
                raise SiteAddError(f"cannot tell the province from {plain(url)} (its <title>, og:site_name and "
                                   "first heading name none): give --province SLUG", 2)

    trial = try_site(url, name=name, pages=pages, delay=delay, timeout=timeout, time_limit=time_limit,
                     on_start=on_start)
    assert province is not None
    site_name = plain(name or guess_name(trial.start_doc) or host_of(trial.final_url), 200)
    entry = {
        "id": site_id or derive_id(trial.final_url, province, taken),
        "province": province,
        "name": site_name,
        "start_urls": [trial.final_url if url_key(trial.final_url) != url_key(url) else url],
        "allowed_domains": [host_of(trial.final_url)],
        "verified": False,
        "notes": _notes(trial),
    }
    _report(trial, entry, guessed=guessed, out=out)
    articles = trial.articles
    if not articles:
        print(f"\nNo article found in {_n(trial.fetched, 'page')} of {plain(url)}: this portal needs staff attention "
              "(try `lmhtx extract URL` on one of its articles; add selectors or article_patterns).", file=out)
        if save:
            print(f"Not saved to {save}.", file=out)
        return 1
    if save:
        save_entry(Path(save), entry)
        print(f"\nSaved to {save} as {entry['id']!r} (verified: false).", file=out)
    return 0


def _report(trial: Trial, entry: dict, *, guessed: bool, out) -> None:
    w = lambda line="": print(line, file=out)  # noqa: E731
    profile = trial.profile
    robots = "allowed" if trial.robots == "allowed" else "none (everything allowed)"
    w(f"Tried {plain(trial.url)}: {_n(trial.fetched, 'page')} in {trial.seconds} s; robots.txt: {robots}"
      + (f"; stopped: {trial.stopped}" if trial.stopped else ""))
    for reason, n in trial.skipped.items():
        w(f"  {_n(n, 'link')} not followed: {reason}")
    suffix = profile.title_suffix()
    furniture = f"{statistics.median(trial.furniture):g}" if trial.furniture else "-"
    w(f"\nTemplate: learned from {_n(profile.pages, 'page')}{'' if profile.ready else ' (not enough to be trusted)'}; "
      f"title suffix: {plain(repr(suffix)) if suffix else 'none'}; furniture blocks per article page: {furniture}")
    templates = trial.shapes.article_templates()
    w("Article URL templates: " + (", ".join(f"{plain(t)} ({_n(n, 'article')})" for t, n in templates) if templates
                                   else "none learned (fewer than two articles of one shape)"))
    articles = trial.articles
    w(f"\nArticles: {len(articles)}" + (f"; {min(SAMPLES, len(articles))} of them:" if articles else ""))
    for i, item in enumerate(articles[:SAMPLES], 1):
        lines = [line for line in item["text"].split("\n") if line.strip()]
        date = (f"{item['published']} (from {plain(item['published_source'] or '?')})" if item["published"]
                else f"none ({plain(item.get('published_missing') or 'not found')})")
        w(f"  {i}. {plain(item['title'], 200)}")
        w(f"     url:    {plain(item['url'])}")
        w(f"     date:   {date}")
        w(f"     author: {plain(item['author']) if item.get('author') else '-'}")
        w(f"     first:  {plain(lines[0], 160) if lines else ''}")
        w(f"     last:   {plain(lines[-1], 160) if lines else ''}")
    others = [p for p in trial.pages if p.kind != "article"]
    w(f"\nNot articles: {len(others)}")
    groups: dict[tuple[str, str], list[Page]] = {}  # reasons alike but for their figures
    for p in others:
        groups.setdefault((p.kind, re.sub(r"\d+", "N", p.reason) if p.kind != "http" else p.reason), []).append(p)
    for (kind, reason), members in sorted(groups.items(), key=lambda g: -len(g[1])):
        reason = members[0].reason if len(members) == 1 else reason
        example = ("e.g. " if len(members) > 1 else "") + plain(members[0].url, 120)
        w(f"  {len(members):>3} {kind}: {plain(reason, 120)}  ({example})")
    w("\nProposed registry entry" + (f" (province {entry['province']!r} guessed from the start page; "
                                       "--province to change):" if guessed else ":"))
    w(entry_yaml(entry).rstrip("\n"))
