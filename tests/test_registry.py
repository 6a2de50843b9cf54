import copy
import unicodedata

import pytest
import yaml

from crawler import registry
from crawler.families import FAMILY_NAMES
from crawler.registry import RegistryError, Site, load_sites, select


@pytest.fixture(scope="module")
def shipped() -> list[Site]:
    return load_sites()


def test_shipped_registry(shipped):
    assert len(shipped) >= 25
    ids = [s.id for s in shipped]
    assert len(ids) == len(set(ids))
    for s in shipped:
        assert s.family in FAMILY_NAMES
        assert s.start_urls and s.allowed_domains
        assert s.verified is False  # nothing is verified until a networked run
        assert s.notes
    vca = select(shipped, site="vca")[0]
    assert (vca.province, vca.family, vca.province_today) == ("vn", "vca", "vn")
    assert vca.selectors["listing_links"] == (".title-5 a",)
    assert vca.selectors["body"] == (".content-items",)
    assert vca.base_url == "https://vca.org.vn"


def test_shipped_patterns_match_seen_urls(shipped):
    import re

    seen = {
        "vca": "/hoi-nghi-tong-ket-a25871.html",
        "can-tho": "/2023/05/12/hop-tac-xa-nong-nghiep/",
        "dak-nong": "/2023/01/11/lien-minh-htx-tinh/",
        "thai-binh": "/tin-tuc-su-kien/hoi-nghi-so-ket-12345.html",
        "hau-giang": "/web/lien-minh-hop-tac-xa/chi-tiet-tin/-/tin-tuc/Hoi-nghi-tong-ket1234",
        "kon-tum": "/Tin-tuc/Hoat-dong/ItemID/123/View/Details.aspx",
        "binh-thuan": "/1/2/3/456/tin-tuc/hoi-nghi.aspx",
        "kien-giang": "/trang/TinTuc/12/345/Hoi-nghi..html",
        "hai-duong": "/Article/abc123@/h%E1%BB%99i-ngh%E1%BB%8B.html",
        "yen-bai": "/hoi-nghi-tong-ket-nam-2023",
    }
    by_id = {s.id: s for s in shipped}
    for site_id, path in seen.items():
        assert any(re.search(p, path) for p in by_id[site_id].article_patterns), site_id
    assert not any(re.search(p, "/lien-he") for p in by_id["yen-bai"].article_patterns)
    hau_giang_deny = by_id["hau-giang"].deny_patterns
    assert any(re.search(p, "/web/so-tai-chinh/tin") for p in hau_giang_deny)
    assert not any(re.search(p, "/web/lien-minh-hop-tac-xa/chi-tiet-tin") for p in hau_giang_deny)


# --- writing test registries ------------------------------------------------------------

BASE = {
    "id": "dak-nong",
    "province": "dak-nong",
    "name": "Liên minh HTX tỉnh Đắk Nông",
    "start_urls": ["https://www.lmhtxdaknong.vn/"],
}


def _write(tmp_path, sites):
    path = tmp_path / "my-sites.yaml"
    path.write_text(yaml.safe_dump({"sites": sites}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _one(tmp_path, **changes):
    entry = copy.deepcopy(BASE)
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    other = {"id": "vca", "province": "vn", "name": "VCA", "start_urls": ["https://vca.org.vn/"]}
    return load_sites(_write(tmp_path, [other, entry]))


def test_minimal_entry_defaults(tmp_path):
    (_, site) = _one(tmp_path)
    assert site.family == "generic"
    assert site.verified is False and site.enabled is True
    assert site.sitemaps == site.feeds == site.article_patterns == ()
    assert dict(site.selectors) == {}
    assert site.encoding is None and site.max_pages is None and site.notes == ""
    assert site.province_today == "lam-dong"
    assert site.base_url == "https://www.lmhtxdaknong.vn"
    assert isinstance(site.start_urls, tuple)


def test_default_allowed_domains(tmp_path):
    (_, site) = _one(
        tmp_path,
        sitemaps=["https://lmhtxdaknong.vn/sitemap.xml"],
        feeds=["http://feeds.example.org:8080/rss"],
    )
    assert site.allowed_domains == (
        "www.lmhtxdaknong.vn",
        "lmhtxdaknong.vn",
        "feeds.example.org",
        "www.feeds.example.org",
    )


def test_explicit_allowed_domains_and_full_entry(tmp_path):
    (_, site) = _one(
        tmp_path,
        allowed_domains=["Example.vn"],
        family="wordpress",
        selectors={"title": "h1.entry-title", "date": ["time::attr(datetime)", ".date"], "remove": ".share"},
        article_patterns=[r"^/\d{4}/\d{2}/\d{2}/"],
        encoding="windows-1258",
        verified=True,
        notes="seen",
        max_pages=50,
        enabled=False,
    )
    assert site.allowed_domains == ("example.vn", "www.example.vn")
    assert site.selectors["title"] == ("h1.entry-title",)
    assert site.selectors["date"] == ("time::attr(datetime)", ".date")
    assert (site.encoding, site.verified, site.max_pages, site.enabled) == ("windows-1258", True, 50, False)
    with pytest.raises(TypeError):
        site.selectors["body"] = ("x",)  # read-only


def test_strings_are_nfc(tmp_path):
    (_, site) = _one(tmp_path, name=unicodedata.normalize("NFD", "Liên minh HTX tỉnh Đắk Nông"))
    assert site.name == unicodedata.normalize("NFC", "Liên minh HTX tỉnh Đắk Nông")


@pytest.mark.parametrize(
    "changes, field, detail",
    [
        ({"start_urls": None}, "start_urls", "missing"),
        ({"name": None}, "name", "missing"),
        ({"start_url": ["https://a.vn/"]}, "start_url", "did you mean 'start_urls'"),
        ({"start_urls": ["lmhtxdaknong.vn"]}, "start_urls", "not an absolute http(s) URL"),
        ({"start_urls": ["ftp://lmhtxdaknong.vn/"]}, "start_urls", "ftp://"),
        ({"start_urls": []}, "start_urls", "must not be empty"),
        ({"start_urls": "https://lmhtxdaknong.vn/"}, "start_urls", "expected a list"),
        ({"sitemaps": ["/sitemap.xml"]}, "sitemaps", "not an absolute"),
        ({"feeds": ["https://a.vn:99999/rss"]}, "feeds", "invalid port"),
        ({"allowed_domains": ["https://a.vn/"]}, "allowed_domains", "bare hostname"),
        ({"allowed_domains": ["a.vn:8080"]}, "allowed_domains", "bare hostname"),
        ({"article_patterns": ["(unclosed"]}, "article_patterns", "bad regex"),
        ({"deny_patterns": ["[z-a]"]}, "deny_patterns", "bad regex"),
        ({"selectors": {"body": "div["}}, "selectors.body", "bad CSS selector"),
        ({"selectors": {"titel": "h1"}}, "selectors.titel", "unknown selector key"),
        ({"selectors": {"body": []}}, "selectors.body", "expected a CSS selector"),
        ({"selectors": ["h1"]}, "selectors", "expected a mapping"),
        ({"family": "wordpres"}, "family", "did you mean 'wordpress'"),
        ({"province": "dak-nog"}, "province", "unknown province 'dak-nog' (did you mean 'dak-nong'"),
        ({"province": "Đắk Nông"}, "province", "did you mean 'dak-nong'"),
        ({"id": "Dak Nong"}, "id", "lowercase"),
        ({"encoding": "utf-99"}, "encoding", "unknown encoding"),
        ({"verified": "yes"}, "verified", "true or false"),
        ({"enabled": 1}, "enabled", "true or false"),
        ({"max_pages": 0}, "max_pages", "positive integer"),
        ({"max_pages": "10"}, "max_pages", "positive integer"),
        ({"notes": ["a"]}, "notes", "expected a string"),
        ({"name": ""}, "name", "non-empty"),
    ],
)
def test_malformed_entry(tmp_path, changes, field, detail):
    with pytest.raises(RegistryError) as err:
        _one(tmp_path, **changes)
    message = str(err.value)
    assert "my-sites.yaml" in message
    assert "sites[1]" in message
    if "id" not in changes:
        assert "(id 'dak-nong')" in message
    assert f"field '{field}'" in message
    assert detail in message
    assert isinstance(err.value, ValueError)


def test_duplicate_id(tmp_path):
    path = _write(tmp_path, [BASE, BASE])
    with pytest.raises(RegistryError, match=r"my-sites\.yaml: sites\[1\] \(id 'dak-nong'\): field 'id': duplicate id"):
        load_sites(path)


def test_all_errors_reported_at_once(tmp_path):
    bad1 = dict(BASE, province="dak-nog")
    bad2 = dict(BASE, id="other", family="nope")
    with pytest.raises(RegistryError) as err:
        load_sites(_write(tmp_path, [bad1, bad2]))
    assert len(err.value.errors) == 2
    assert "sites[0] (id 'dak-nong'): field 'province'" in err.value.errors[0]
    assert "sites[1] (id 'other'): field 'family'" in err.value.errors[1]


def test_entry_not_a_mapping(tmp_path):
    with pytest.raises(RegistryError, match=r"my-sites\.yaml: sites\[0\]: expected a mapping"):
        load_sites(_write(tmp_path, ["https://lmhtxdaknong.vn/"]))


@pytest.mark.parametrize(
    "data, detail",
    [
        ({"sites": {"id": "x"}}, "'sites' must be a list"),
        ({"site": []}, "top-level key 'sites'"),
        ([BASE], "top-level key 'sites'"),
        ({"sites": [], "extra": 1}, "unknown top-level key"),
    ],
)
def test_bad_top_level(tmp_path, data, detail):
    path = tmp_path / "my-sites.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_sites(path)
    assert "my-sites.yaml" in str(err.value) and detail in str(err.value)


def test_yaml_syntax_error_has_line(tmp_path):
    path = tmp_path / "my-sites.yaml"
    path.write_text("sites:\n  - id: a\n    notes: byline Theo: x\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"my-sites\.yaml: line 3: invalid YAML"):
        load_sites(path)


def test_duplicate_yaml_key(tmp_path):
    path = tmp_path / "my-sites.yaml"
    path.write_text("sites:\n  - id: a\n    province: vn\n    province: ha-noi\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"my-sites\.yaml: line 4: .*duplicate key 'province'"):
        load_sites(path)


def test_missing_file(tmp_path):
    with pytest.raises(RegistryError, match="nope.yaml"):
        load_sites(tmp_path / "nope.yaml")


# --- select ------------------------------------------------------------------------------


def test_select_by_site(shipped):
    assert [s.id for s in select(shipped, site="dak-nong")] == ["dak-nong"]
    with pytest.raises(ValueError, match="unknown site 'dak-nog'.*'dak-nong'"):
        select(shipped, site="dak-nog")


def test_select_by_province(shipped):
    assert [s.id for s in select(shipped, province="dak-nong")] == ["dak-nong"]
    assert {s.id for s in select(shipped, province="lam-dong")} == {"dak-nong", "binh-thuan"}
    assert {s.id for s in select(shipped, province="can-tho")} == {"can-tho", "hau-giang"}
    assert [s.id for s in select(shipped, province="hue")] == ["thua-thien-hue"]
    assert [s.id for s in select(shipped, province="Đắk Nông")] == ["dak-nong"]
    assert [s.id for s in select(shipped, province="vn")] == ["vca"]
    assert select(shipped, province="son-la") == []
    with pytest.raises(ValueError, match="unknown province 'dak-nog'"):
        select(shipped, province="dak-nog")


def test_select_skips_disabled_unless_named(tmp_path):
    sites = _one(tmp_path, enabled=False)
    assert [s.id for s in select(sites)] == ["vca"]
    assert select(sites, province="lam-dong") == []
    assert [s.id for s in select(sites, site="dak-nong")] == ["dak-nong"]
    assert select(sites, site="dak-nong", province="vn") == []


def test_default_registry_path():
    assert registry.DEFAULT_REGISTRY.name == "sites.yaml"
    assert registry.DEFAULT_REGISTRY.parent.name == "crawler"


# --- the JSON Schema and the Python checks agree -------------------------------------------


def test_schema_is_valid_and_published():
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(registry.SCHEMA)
    assert registry.SCHEMA_PATH.parent == registry.DEFAULT_REGISTRY.parent  # package data beside sites.yaml
    first = registry.DEFAULT_REGISTRY.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=./sites.schema.json"  # what an editor reads


def test_shipped_registry_passes_the_schema_alone():
    import jsonschema

    data = yaml.safe_load(registry.DEFAULT_REGISTRY.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(registry.SCHEMA).iter_errors(data))


def test_schema_and_python_know_the_same_fields():
    entry = registry.SCHEMA["$defs"]["site"]
    assert set(registry._SHAPE) == set(entry["properties"])  # a message for every field's wrong shape
    assert set(registry._CHECKS) <= set(entry["properties"])
    assert registry.REQUIRED == ("id", "province", "name", "start_urls")
    assert tuple(entry["properties"]["family"]["enum"]) == FAMILY_NAMES
    assert registry.SELECTOR_KEYS == ("title", "lead", "date", "body", "author", "listing_links", "pagination",
                                      "remove")
    for key, prop in entry["properties"].items():
        assert prop.get("description"), key  # an editor shows it on hover


@pytest.mark.parametrize("field", list(registry.SCHEMA["$defs"]["site"]["properties"]))
def test_every_schema_field_is_checked(field):
    """A value of the wrong shape in any field the schema knows is refused, naming that field."""
    problems = registry._check_entry(dict(BASE, **{field: {"x": [1]}}))
    assert problems and all(str(f) == field or str(f).startswith(f"{field}.") for f, _ in problems), problems
    assert registry._check_entry(dict(BASE, **{f"{field}_x": 1})) == [(f"{field}_x", f"unknown field (did you mean "
                                                                                     f"{field!r}?)")]


def test_max_pages_is_an_integer_not_a_whole_float(tmp_path):
    with pytest.raises(RegistryError, match="field 'max_pages': expected a positive integer, got 10.0"):
        _one(tmp_path, max_pages=10.0)
