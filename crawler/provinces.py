"""Vietnam's provinces before and after the 2025 merger, and the roll-up between them.

An article keeps the province it was published under (often a pre-2025 slug); monitoring
rolls it up to one of the 34 post-2025 provinces with `today()`. The data lives in
provinces.yaml so staff can correct it; it is validated when first used.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from .text import fold as text_fold

DEFAULT_PATH = Path(__file__).with_name("provinces.yaml")
NATIONAL = "vn"

KINDS = ("province", "city")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # C loader when built
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Matched after folding, so "Tỉnh", "Thành phố", "TP." and "TP " all go.
_PREFIX_RE = re.compile(r"^(?:tinh\s+|thanh\s+pho\s+|tp\s*\.\s*|tp\s+)")


@dataclass(frozen=True)
class Province:
    slug: str
    name: str
    kind: str  # "province" | "city" | "national"
    era: str  # "pre2025" | "post2025" | "both" | "national"
    formed_from: tuple[str, ...] = ()  # post-2025 (and national) entries only
    aliases: tuple[str, ...] = ()


class UnknownProvince(KeyError):
    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else "unknown province"


class ProvinceDataError(ValueError):
    """The provinces file is malformed; the message names the file and the entry."""


fold = text_fold  # lowercase, no diacritics, đ -> d; spacing and punctuation kept


def slugify(name: str) -> str:
    """'Thành phố Hồ Chí Minh' -> 'ho-chi-minh'; 'Bà Rịa – Vũng Tàu' -> 'ba-ria-vung-tau'."""
    text = _PREFIX_RE.sub("", fold(name).strip())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# --- loading and validation -------------------------------------------------------------

_ENTRY_KEYS = {
    "pre2025": {"slug", "name", "kind", "aliases"},
    "post2025": {"slug", "name", "kind", "aliases", "formed_from"},
    "national": {"slug", "name", "aliases"},
}


@dataclass(frozen=True)
class _Table:
    by_slug: dict[str, Province]
    rollup: dict[str, str]  # any slug -> post-2025 slug
    index: dict[str, str]  # slugify(name | alias | slug) -> slug


_active: _Table | None = None


def load(path: str | Path | None = None) -> list[Province]:
    """Load and validate a provinces file and make it the one this module uses.

    Without a path, (re)loads the shipped provinces.yaml. On error the previous data stays.
    """
    global _active
    _active = _build(Path(path) if path is not None else DEFAULT_PATH)
    return list(_active.by_slug.values())


def _table() -> _Table:
    if _active is None:
        load()
    assert _active is not None
    return _active


def _build(path: Path) -> _Table:
    def fail(where: str, message: str) -> ProvinceDataError:
        return ProvinceDataError(f"{path}: {where}: {message}")

    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except OSError as exc:
        raise ProvinceDataError(f"{path}: cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise ProvinceDataError(f"{path}: invalid YAML{line}: {exc}") from exc
    if not isinstance(data, dict) or set(data) != {"national", "pre2025", "post2025"}:
        raise fail("top level", "expected exactly the keys 'national', 'pre2025', 'post2025'")

    def entry(section: str, i: int | None, raw: object) -> dict:
        where = section if i is None else f"{section}[{i}]"
        if not isinstance(raw, dict):
            raise fail(where, "expected a mapping")
        if isinstance(raw.get("slug"), str):
            where += f" (slug {raw['slug']!r})"
        unknown = set(raw) - _ENTRY_KEYS[section]
        if unknown:
            raise fail(where, f"unknown field(s) {sorted(unknown)}")
        for key in _ENTRY_KEYS[section] - {"aliases"}:
            if key not in raw:
                raise fail(where, f"field {key!r}: missing")
        for key in ("slug", "name", "kind"):
            if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
                raise fail(where, f"field {key!r}: expected a non-empty string")
        for key in ("aliases", "formed_from"):
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise fail(where, f"field {key!r}: expected a list of strings")
        slug, name = raw["slug"], unicodedata.normalize("NFC", raw["name"].strip())
        # The national pseudo-province keeps its short code.
        if not _SLUG_RE.match(slug) or (section != "national" and slugify(name) != slug):
            raise fail(where, f"field 'slug': {slug!r} should be {slugify(name)!r}, the slug of {name!r}")
        if raw.get("kind", "province") not in KINDS:
            raise fail(where, f"field 'kind': {raw['kind']!r} is not one of {KINDS}")
        return {
            "where": where,
            "slug": slug,
            "name": name,
            "kind": raw.get("kind", "national"),
            "aliases": tuple(unicodedata.normalize("NFC", a.strip()) for a in raw.get("aliases", [])),
            "formed_from": tuple(raw.get("formed_from", [])),
        }

    def entries(section: str) -> list[dict]:
        raw = data[section]
        if not isinstance(raw, list):
            raise fail(section, "expected a list")
        out, seen = [], set()
        for i, item in enumerate(raw):
            e = entry(section, i, item)
            if e["slug"] in seen:
                raise fail(e["where"], f"duplicate slug {e['slug']!r}")
            seen.add(e["slug"])
            out.append(e)
        return out

    nat = entry("national", None, data["national"])
    old = {e["slug"]: e for e in entries("pre2025")}
    new = {e["slug"]: e for e in entries("post2025")}
    if nat["slug"] in old or nat["slug"] in new:
        raise fail("national", f"slug {nat['slug']!r} is also a province")

    rollup: dict[str, str] = {}
    for slug, e in new.items():
        if not e["formed_from"]:
            raise fail(e["where"], "field 'formed_from': empty")
        for part in e["formed_from"]:
            if part not in old:
                raise fail(e["where"], f"field 'formed_from': unknown pre-2025 province {part!r}{_hint(part, old)}")
            if part in rollup:
                raise fail(e["where"], f"field 'formed_from': {part!r} is already part of {rollup[part]!r}")
            rollup[part] = slug
        if slug in old:
            if slug not in e["formed_from"]:
                raise fail(e["where"], f"field 'formed_from': {slug!r} is also a pre-2025 slug, so must list itself")
            if (old[slug]["name"], old[slug]["kind"]) != (e["name"], e["kind"]):
                raise fail(e["where"], f"name/kind differ from pre2025 entry {slug!r}")
    missing = [s for s in old if s not in rollup]
    if missing:
        raise fail("post2025", f"pre-2025 province(s) {missing} not in any 'formed_from'")
    rollup.update({slug: slug for slug in new})
    rollup[nat["slug"]] = nat["slug"]

    by_slug: dict[str, Province] = {}
    for slug in [*old, *(s for s in new if s not in old)]:
        e_old, e_new = old.get(slug), new.get(slug)
        e = e_new or e_old
        era = "both" if e_old and e_new else ("pre2025" if e_old else "post2025")
        aliases = (e_old["aliases"] if e_old else ()) + (e_new["aliases"] if e_new else ())
        by_slug[slug] = Province(slug, e["name"], e["kind"], era, e["formed_from"], aliases)
    by_slug[nat["slug"]] = Province(nat["slug"], nat["name"], "national", "national", (nat["slug"],), nat["aliases"])

    index: dict[str, str] = {}
    for p in by_slug.values():
        for text in (p.slug, p.name, *p.aliases):
            key = slugify(text)
            if index.setdefault(key, p.slug) != p.slug:
                raise fail(f"slug {p.slug!r}", f"field 'aliases': {text!r} also names {index[key]!r}")
    return _Table(by_slug, rollup, index)


def _hint(slug: str, known) -> str:
    close = difflib.get_close_matches(slug, list(known), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


# --- queries ------------------------------------------------------------------------------


def get(slug: str) -> Province:
    """The province with exactly this slug; UnknownProvince (a KeyError) otherwise."""
    table = _table()
    try:
        return table.by_slug[slug]
    except (KeyError, TypeError):
        pass
    guess = table.index.get(slugify(slug)) if isinstance(slug, str) else None
    hint = f" (did you mean {guess!r}?)" if guess else _hint(slugify(str(slug)), table.by_slug)
    raise UnknownProvince(f"unknown province {slug!r}{hint}")


def is_known(slug: str) -> bool:
    return isinstance(slug, str) and slug in _table().by_slug


def lookup(text: str) -> Province:
    """A province by slug, name or alias, with or without diacritics or a 'tỉnh'/'TP.' prefix."""
    slug = _table().index.get(slugify(text)) if isinstance(text, str) else None
    return get(slug if slug else text)


def today(slug: str) -> str:
    """The post-2025 province `slug` is part of today ('dak-nong' -> 'lam-dong')."""
    return _table().rollup[get(slug).slug]


def formed_from(slug_today: str) -> tuple[str, ...]:
    """The pre-2025 slugs a post-2025 province was formed from ('vn' -> ('vn',))."""
    p = get(slug_today)
    if p.era == "pre2025":
        raise ValueError(f"{p.slug!r} is a pre-2025 province; today it is part of {today(p.slug)!r}")
    return p.formed_from


def pre2025() -> list[Province]:
    return [p for p in _table().by_slug.values() if p.era in ("pre2025", "both")]


def post2025() -> list[Province]:
    return [p for p in _table().by_slug.values() if p.era in ("post2025", "both")]

