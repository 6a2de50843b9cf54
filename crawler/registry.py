"""The site registry: which portals to crawl and the per-site rules, loaded from sites.yaml.

The file is edited by hand, so loading validates every field and reports each problem with
the file, the entry (index and id) and the field, e.g.
``crawler/sites.yaml: sites[3] (id 'dak-nong'): field 'province': unknown province 'dak-nog' …``.

The shape of the file (fields, types, families, selector keys) is a JSON Schema,
crawler/sites.schema.json, published with the package so an editor's YAML language server can
check sites.yaml as it is typed; jsonschema applies it here, and its errors are turned into the
messages above. What a schema cannot say stays in Python: the province exists, regexes and
CSS selectors compile, URLs and hosts are well formed, encodings exist, ids are unique, and the
YAML itself stays within size, depth and alias limits.
"""

from __future__ import annotations

import codecs
import difflib
import json
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema
import yaml
from parsel.csstranslator import GenericTranslator  # cssselect's, plus parsel's ::text/::attr()

from crawler import provinces
from crawler.families import FAMILY_NAMES
from crawler.text import fold, names_alliance
from crawler.urls import host_of, in_sections, on_site

DEFAULT_REGISTRY = Path(__file__).with_name("sites.yaml")
SCHEMA_PATH = Path(__file__).with_name("sites.schema.json")
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))

_ENTRY = SCHEMA["$defs"]["site"]
FIELDS = tuple(_ENTRY["properties"])
REQUIRED = tuple(_ENTRY["required"])
OPTIONAL = tuple(f for f in FIELDS if f not in REQUIRED)
SELECTOR_KEYS = tuple(_ENTRY["properties"]["selectors"]["properties"])
# JSON's integer admits 10.0; the registry's max_pages is a Python int, as before the schema
_TYPES = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine(
    "integer", lambda _checker, v: isinstance(v, int) and not isinstance(v, bool))
_VALIDATOR = jsonschema.validators.extend(jsonschema.Draft202012Validator, type_checker=_TYPES)(SCHEMA)
_HOST_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$")


class RegistryError(ValueError):
    """A malformed registry; `errors` holds one line per problem found."""

    def __init__(self, errors: list[str] | str):
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("\n".join(self.errors))


# A path segment that is the alliance's own name ("lmhtx", "lien-minh-hop-tac-xa"), read folded
# with its separators dropped; a host naming it is the alliance's own site.
_ALLIANCE_HOST = re.compile(r"lmhtx|lienminh|hoptacxa")


def inferred_sections(start_urls) -> tuple[str, ...]:
    """The sections a new portal's start URLs stand for: a start URL under a path segment naming
    the alliance ("/lmhtx/", "/web/lien-minh-hop-tac-xa") on a host that does not name it is a
    section of a host it shares with other bodies (a province's portal hosting each department
    under its own path); the crawl keeps to it. None when any start URL is elsewhere: a category
    URL of the alliance's own site ("/tin-tuc/") confines nothing."""
    out: list[str] = []
    for url in start_urls:
        parts = urlsplit(url)
        if _ALLIANCE_HOST.search(fold(parts.hostname or "").replace("-", "")):
            return ()
        segments = [seg for seg in unquote(parts.path).lower().split("/") if seg]
        named = [i for i, seg in enumerate(segments) if names_alliance(seg)]
        if not named:
            return ()
        section = "/" + "/".join(segments[: named[-1] + 1])
        if section not in out:
            out.append(section)
    return tuple(out)


@dataclass(frozen=True)
class Site:
    id: str
    province: str  # slug as published: pre- or post-2025, or "vn"
    name: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    family: str = "generic"
    selectors: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    article_patterns: tuple[str, ...] = ()
    listing_patterns: tuple[str, ...] = ()
    deny_patterns: tuple[str, ...] = ()
    # Path prefixes the site is confined to, on a host it shares ("/lmhtx": the alliance's
    # section of a province's portal); empty: the whole host.
    sections: tuple[str, ...] = ()
    encoding: str | None = None
    verified: bool = False
    notes: str = ""
    max_pages: int | None = None
    enabled: bool = True

    @property
    def province_today(self) -> str:
        return provinces.today(self.province)

    def covers(self, url: str) -> bool:
        """Whether `url` is the site's: on one of its hosts and, when it has sections, in one."""
        return on_site(host_of(url), self.allowed_domains) and in_sections(urlsplit(url).path, self.sections)

    @property
    def base_url(self) -> str:
        """scheme://host of the first start URL."""
        parts = urlsplit(self.start_urls[0])
        return f"{parts.scheme}://{parts.netloc}"


# --- loading ----------------------------------------------------------------------------


# A registry is a flat list of small entries (sites, entry, selectors, list: 4 levels; the
# bundled one is 10 kB, about 1,500 values), so anything far beyond is a mistake or an attack:
# a 700-byte file of nested aliases ("billion laughs") expands to gigabytes once copied, and
# 20,000 nested levels overflow the stack. Aliases themselves stay allowed (yaml.safe_dump writes
# them for shared lists); what they expand to is counted.
MAX_REGISTRY_BYTES = 1 << 20
MAX_YAML_DEPTH = 32
MAX_YAML_VALUES = 100_000


class _Loader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate keys, which PyYAML would silently overwrite, nesting
    deeper than MAX_YAML_DEPTH and documents whose aliases expand to more than MAX_YAML_VALUES."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0
        self._size: dict[int, int] = {}  # id(node) -> values it expands to

    def compose_node(self, parent, index):
        event = self.peek_event()
        if self._depth >= MAX_YAML_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested deeper than {MAX_YAML_DEPTH} levels",
                                              event.start_mark)
        self._depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if id(node) not in self._size:  # an alias: its anchor's node, already counted
            size = self._size.get
            if isinstance(node, yaml.SequenceNode):
                self._size[id(node)] = 1 + sum(size(id(n), 1) for n in node.value)
            elif isinstance(node, yaml.MappingNode):
                self._size[id(node)] = 1 + sum(size(id(k), 1) + size(id(v), 1) for k, v in node.value)
            else:
                self._size[id(node)] = 1
            if self._size[id(node)] > MAX_YAML_VALUES:
                raise yaml.composer.ComposerError(
                    None, None, f"expands to more than {MAX_YAML_VALUES:,} values (nested aliases?)", event.start_mark)
        return node

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, (str, int, float, bool)):
                continue  # SafeLoader reports unhashable keys itself
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path) if path.is_absolute() and Path.cwd() in path.parents else str(path)
    except ValueError:
        return str(path)


def parse_yaml(text: str, name: str) -> Any:
    """YAML written by people, under the registry's limits; RegistryError names the file and line."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RegistryError(f"{name}:{where}: invalid YAML: {problem}") from exc


def load_sites(path: str | Path | None = None) -> list[Site]:
    """Load and validate a registry file (default: crawler/sites.yaml); RegistryError lists all problems."""
    path = Path(path) if path is not None else DEFAULT_REGISTRY
    name = _display(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_REGISTRY_BYTES + 1)
    except OSError as exc:
        raise RegistryError(f"{name}: cannot read: {exc}") from exc
    if len(raw) > MAX_REGISTRY_BYTES:
        raise RegistryError(f"{name}: larger than {MAX_REGISTRY_BYTES // 1024} kB: not a site registry")
    try:
        data = parse_yaml(raw.decode("utf-8"), name)
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    data = _nfc(data)
    top = {(tuple(e.absolute_path), e.validator) for e in _VALIDATOR.iter_errors(data) if len(e.absolute_path) < 2}
    if ((), "type") in top or ((), "required") in top:
        raise RegistryError(f"{name}: expected a top-level key 'sites' holding a list of entries")
    if ((), "additionalProperties") in top:
        raise RegistryError(f"{name}: unknown top-level key(s) {sorted(set(data) - {'sites'})}")
    if (("sites",), "type") in top:
        raise RegistryError(f"{name}: 'sites' must be a list of entries, not {type(data['sites']).__name__}")

    errors: list[str] = []
    sites: list[Site] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["sites"]):
        entry_id = raw.get("id") if isinstance(raw, dict) else None  # type: ignore[attr-defined]
        where = f"{name}: sites[{i}]" + (f" (id {entry_id!r})" if isinstance(entry_id, str) else "")
        problems = _check_entry(raw)
        if isinstance(entry_id, str) and entry_id in seen:
            problems.append(("id", f"duplicate id {entry_id!r} (also sites[{seen[entry_id]}])"))
        elif isinstance(entry_id, str):
            seen[entry_id] = i
        if problems:
            errors += [f"{where}: field {f!r}: {msg}" if f else f"{where}: {msg}" for f, msg in problems]
        else:
            sites.append(_build(raw))
    if errors:
        raise RegistryError(errors)
    return sites


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


def _as_list(value: Any) -> list:
    """A string where a list is expected counts as a one-item list (selectors only)."""
    return [value] if isinstance(value, str) else value


def _check_entry(raw: Any) -> list[tuple[str | None, str]]:
    """(field, problem) pairs; empty when the entry is valid. The schema first; the Python
    checks then run on each field whose shape it accepted."""
    problems = _schema_problems(raw)
    if problems and problems[0][0] is None:
        return problems
    shaped = {str(f).split(".")[0] for f, _ in problems}
    for key, check in _CHECKS.items():
        if key in raw and key not in shaped:
            problems += check(key, raw[key])
    order = {f: i for i, f in enumerate(FIELDS)}
    return sorted(problems, key=lambda p: order.get(str(p[0]).split(".")[0], -1))


def _words(values: Any) -> str:
    return ", ".join(values)


# What a field of the wrong shape is told, by field (tests: the same fields as the schema's).
_SHAPE = {
    "id": lambda v: f"{v!r} must be lowercase letters, digits and '-', starting with a letter or digit",
    "province": lambda v: f"expected a province slug, got {v!r}",
    "name": lambda v: f"expected a non-empty string, got {v!r}",
    **dict.fromkeys(("start_urls", "allowed_domains", "sitemaps", "feeds", "article_patterns", "listing_patterns",
                     "deny_patterns", "sections"), lambda v: f"expected a list of non-empty strings, got {v!r}"),
    "family": lambda v: f"unknown family {v!r}" + (
        f" (did you mean {close[0]!r}?)" if (close := difflib.get_close_matches(str(v), FAMILY_NAMES, n=1))
        else f" (one of {_words(FAMILY_NAMES)})"),
    "selectors": lambda v: f"expected a mapping of {_words(SELECTOR_KEYS)}",
    "encoding": lambda v: f"unknown encoding {v!r}",
    "verified": lambda v: f"expected true or false, got {v!r}",
    "enabled": lambda v: f"expected true or false, got {v!r}",
    "notes": lambda v: f"expected a string, got {v!r}",
    "max_pages": lambda v: f"expected a positive integer, got {v!r}",
}


def _schema_problems(raw: Any) -> list[tuple[str | None, str]]:
    """jsonschema's errors for one entry, as (field, problem) pairs in today's words: one per
    field (a list with three bad items is one problem), unknown fields with a "did you mean"."""
    problems: dict[Any, str] = {}

    def bad(key: Any, msg: str) -> None:
        problems.setdefault(key, msg)

    for error in _VALIDATOR.iter_errors({"sites": [raw]}):
        path = list(error.absolute_path)[2:]  # past "sites", 0
        if not path:
            if error.validator == "type":
                return [(None, f"expected a mapping, not {type(raw).__name__}")]
            if error.validator == "required":
                for key in REQUIRED:
                    if key not in raw:
                        bad(key, "missing (required)")
            elif error.validator == "additionalProperties":
                for key in raw:
                    if key not in FIELDS:
                        close = difflib.get_close_matches(str(key), FIELDS, n=1)
                        bad(key, "unknown field" + (f" (did you mean {close[0]!r}?)" if close else ""))
            continue
        key = path[0]
        if key == "selectors" and len(path) > 1:
            value = _as_list(raw[key][path[1]])
            bad(f"selectors.{path[1]}", f"expected a CSS selector or a list of them, got {value!r}")
        elif key == "selectors" and error.validator == "additionalProperties":
            for name in raw[key]:
                if name not in SELECTOR_KEYS:
                    bad(f"selectors.{name}", f"unknown selector key (one of {_words(SELECTOR_KEYS)})")
        elif error.validator == "minItems" and len(path) == 1:
            bad(key, "must not be empty")
        else:
            bad(key, _SHAPE[key](raw[key]))
    return list(problems.items())


def _check_province(key: str, value: str) -> list[tuple[str, str]]:
    if provinces.is_known(value):
        return []
    try:
        provinces.get(value)
    except provinces.UnknownProvince as exc:
        return [(key, str(exc))]
    return []


def _each(check):
    """A check of one string applied to each item of a list field."""
    return lambda key, values: [(key, msg) for v in values if (msg := check(v))]


def _check_encoding(key: str, value: str) -> list[tuple[str, str]]:
    try:
        codecs.lookup(value)
    except LookupError:
        return [(key, f"unknown encoding {value!r}")]
    return []


def _check_url(url: str) -> str | None:
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        return f"{url!r} has an invalid port"
    if parts.scheme not in ("http", "https") or not parts.hostname or re.search(r"\s", url):
        return f"{url!r} is not an absolute http(s) URL"
    return None


def _check_section(path: str) -> str | None:
    if not path.startswith("/") or path.rstrip("/") == "" or "?" in path or re.search(r"\s", path):
        return f"{path!r} is not a URL path below the root (e.g. /lmhtx)"
    return None


def _check_host(host: str) -> str | None:
    if not _HOST_RE.match(host.lower()):
        return f"{host!r} is not a bare hostname (no scheme, port or path)"
    return None


def _check_regex(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"bad regex {pattern!r}: {exc}"
    return None


def _check_selectors(key: str, selectors: dict) -> list[tuple[str, str]]:
    problems = []
    translator = GenericTranslator()
    for name, value in selectors.items():
        for css in _as_list(value):
            try:
                translator.css_to_xpath(css)
            except Exception as exc:  # cssselect raises SelectorError / ExpressionError
                problems.append((f"{key}.{name}", f"bad CSS selector {css!r}: {exc}"))
    return problems


# The checks a JSON Schema cannot express, by field, run once the field has the schema's shape.
_CHECKS = {
    "province": _check_province,
    "start_urls": _each(_check_url),
    "sitemaps": _each(_check_url),
    "feeds": _each(_check_url),
    "allowed_domains": _each(_check_host),
    "article_patterns": _each(_check_regex),
    "listing_patterns": _each(_check_regex),
    "deny_patterns": _each(_check_regex),
    "sections": _each(_check_section),
    "selectors": _check_selectors,
    "encoding": _check_encoding,
}


def _hosts_with_www(hosts: list[str]) -> tuple[str, ...]:
    """Each host plus its www./bare twin, in first-seen order."""
    out: list[str] = []
    for host in hosts:
        twin = host[4:] if host.startswith("www.") else f"www.{host}"
        for h in (host, twin):
            if h not in out:
                out.append(h)
    return tuple(out)


def _build(raw: dict) -> Site:
    def strings(key: str) -> tuple[str, ...]:
        return tuple(raw.get(key, ()))

    hosts = raw.get("allowed_domains") or [
        urlsplit(u).hostname for u in (*strings("start_urls"), *strings("sitemaps"), *strings("feeds"))
    ]
    selectors = {k: tuple(_as_list(v)) for k, v in (raw.get("selectors") or {}).items()}
    return Site(
        id=raw["id"],
        province=raw["province"],
        name=raw["name"].strip(),
        start_urls=strings("start_urls"),
        allowed_domains=_hosts_with_www([h.lower() for h in hosts]),
        sitemaps=strings("sitemaps"),
        feeds=strings("feeds"),
        family=raw.get("family", "generic"),
        selectors=MappingProxyType(selectors),
        article_patterns=strings("article_patterns"),
        listing_patterns=strings("listing_patterns"),
        deny_patterns=strings("deny_patterns"),
        sections=tuple(unquote(p).lower().rstrip("/") for p in strings("sections"))
        or inferred_sections(strings("start_urls")),
        encoding=raw.get("encoding"),
        verified=raw.get("verified", False),
        notes=raw.get("notes", "").strip(),
        max_pages=raw.get("max_pages"),
        enabled=raw.get("enabled", True),
    )


# --- selection --------------------------------------------------------------------------


def select(sites: list[Site], *, site: str | None = None, province: str | None = None) -> list[Site]:
    """Sites by id and/or province (as published or rolled up to today's province).

    Disabled sites are left out unless asked for by id. Unknown ids or provinces raise ValueError.
    """
    chosen = list(sites)
    if site is not None:
        chosen = [s for s in chosen if s.id == site]
        if not chosen:
            close = difflib.get_close_matches(site, [s.id for s in sites], n=3)
            hint = f" (did you mean {', '.join(map(repr, close))}?)" if close else ""
            raise ValueError(f"unknown site {site!r}{hint}")
    else:
        chosen = [s for s in chosen if s.enabled]
    if province is not None:
        try:
            slug = provinces.lookup(province).slug
        except provinces.UnknownProvince as exc:  # a KeyError; callers expect ValueError here
            raise ValueError(str(exc)) from None
        chosen = [s for s in chosen if slug in (s.province, s.province_today)]
    return chosen
