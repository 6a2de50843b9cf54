"""The site registry: which portals to crawl and the per-site rules, loaded from sites.yaml.

The file is edited by hand, so loading validates every field and reports each problem with
the file, the entry (index and id) and the field, e.g.
``crawler/sites.yaml: sites[3] (id 'dak-nong'): field 'province': unknown province 'dak-nog' …``.
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping
from urllib.parse import urlsplit

import yaml
from parsel.csstranslator import GenericTranslator  # cssselect's, plus parsel's ::text/::attr()

from crawler import provinces
from crawler.families import FAMILY_NAMES

DEFAULT_REGISTRY = Path(__file__).with_name("sites.yaml")

SELECTOR_KEYS = ("title", "lead", "date", "body", "author", "listing_links", "pagination", "remove")
REQUIRED = ("id", "province", "name", "start_urls")
OPTIONAL = (
    "allowed_domains", "sitemaps", "feeds", "family", "selectors", "article_patterns",
    "listing_patterns", "deny_patterns", "encoding", "verified", "notes", "max_pages", "enabled",
)  # fmt: skip
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_HOST_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$")


class RegistryError(ValueError):
    """A malformed registry; `errors` holds one line per problem found."""

    def __init__(self, errors: list[str] | str):
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("\n".join(self.errors))


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
    encoding: str | None = None
    verified: bool = False
    notes: str = ""
    max_pages: int | None = None
    enabled: bool = True

    @property
    def province_today(self) -> str:
        return provinces.today(self.province)

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
    if not isinstance(data, dict) or "sites" not in data:
        raise RegistryError(f"{name}: expected a top-level key 'sites' holding a list of entries")
    if set(data) != {"sites"}:
        raise RegistryError(f"{name}: unknown top-level key(s) {sorted(set(data) - {'sites'})}")
    if not isinstance(data["sites"], list):
        raise RegistryError(f"{name}: 'sites' must be a list of entries, not {type(data['sites']).__name__}")

    errors: list[str] = []
    sites: list[Site] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["sites"]):
        entry_id = raw.get("id") if isinstance(raw, dict) else None
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
    """(field, problem) pairs; empty when the entry is valid."""
    if not isinstance(raw, dict):
        return [(None, f"expected a mapping, not {type(raw).__name__}")]
    problems: list[tuple[str | None, str]] = []

    def bad(key: str, msg: str) -> None:
        problems.append((key, msg))

    for key in raw:
        if key not in REQUIRED and key not in OPTIONAL:
            close = difflib.get_close_matches(str(key), REQUIRED + OPTIONAL, n=1)
            bad(key, "unknown field" + (f" (did you mean {close[0]!r}?)" if close else ""))
    for key in REQUIRED:
        if key not in raw:
            bad(key, "missing (required)")

    def str_list(key: str, check=None, allow_empty: bool = True) -> None:
        value = raw.get(key)
        if key not in raw:
            return
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return bad(key, f"expected a list of non-empty strings, got {value!r}")
        if not value and not allow_empty:
            return bad(key, "must not be empty")
        for v in value:
            msg = check(v) if check else None
            if msg:
                bad(key, msg)

    if "id" in raw and not (isinstance(raw["id"], str) and _ID_RE.match(raw["id"])):
        bad("id", f"{raw['id']!r} must be lowercase letters, digits and '-', starting with a letter or digit")
    if "province" in raw:
        p = raw["province"]
        if not isinstance(p, str):
            bad("province", f"expected a province slug, got {p!r}")
        elif not provinces.is_known(p):
            try:
                provinces.get(p)
            except provinces.UnknownProvince as exc:
                bad("province", str(exc))
    if "name" in raw and not (isinstance(raw["name"], str) and raw["name"].strip()):
        bad("name", f"expected a non-empty string, got {raw['name']!r}")
    str_list("start_urls", _check_url, allow_empty=False)
    str_list("sitemaps", _check_url)
    str_list("feeds", _check_url)
    str_list("allowed_domains", _check_host)
    for key in ("article_patterns", "listing_patterns", "deny_patterns"):
        str_list(key, _check_regex)
    if "family" in raw and raw["family"] not in FAMILY_NAMES:
        close = difflib.get_close_matches(str(raw["family"]), FAMILY_NAMES, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (one of {', '.join(FAMILY_NAMES)})"
        bad("family", f"unknown family {raw['family']!r}{hint}")
    if "selectors" in raw:
        problems += _check_selectors(raw["selectors"])
    if "encoding" in raw:
        try:
            codecs.lookup(raw["encoding"])
        except (LookupError, TypeError):
            bad("encoding", f"unknown encoding {raw['encoding']!r}")
    for key in ("verified", "enabled"):
        if key in raw and not isinstance(raw[key], bool):
            bad(key, f"expected true or false, got {raw[key]!r}")
    if "notes" in raw and not isinstance(raw["notes"], str):
        bad("notes", f"expected a string, got {raw['notes']!r}")
    if "max_pages" in raw:
        n = raw["max_pages"]
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            bad("max_pages", f"expected a positive integer, got {n!r}")
    return problems


def _check_url(url: str) -> str | None:
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        return f"{url!r} has an invalid port"
    if parts.scheme not in ("http", "https") or not parts.hostname or re.search(r"\s", url):
        return f"{url!r} is not an absolute http(s) URL"
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


def _check_selectors(selectors: Any) -> list[tuple[str, str]]:
    if not isinstance(selectors, dict):
        return [("selectors", f"expected a mapping of {', '.join(SELECTOR_KEYS)}")]
    problems = []
    translator = GenericTranslator()
    for key, value in selectors.items():
        where = f"selectors.{key}"
        if key not in SELECTOR_KEYS:
            problems.append((where, f"unknown selector key (one of {', '.join(SELECTOR_KEYS)})"))
            continue
        value = _as_list(value)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append((where, f"expected a CSS selector or a list of them, got {value!r}"))
            continue
        for css in value:
            try:
                translator.css_to_xpath(css)
            except Exception as exc:  # cssselect raises SelectorError / ExpressionError
                problems.append((where, f"bad CSS selector {css!r}: {exc}"))
    return problems


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
