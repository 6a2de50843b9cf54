import unicodedata

import pytest
import yaml

from crawler import provinces
from crawler.provinces import ProvinceDataError, UnknownProvince


@pytest.fixture(autouse=True)
def _shipped_data():
    yield
    provinces.load()  # a test may have activated another file


def test_counts():
    assert len(provinces.pre2025()) == 63
    assert len(provinces.post2025()) == 34
    assert len({p.slug for p in provinces.pre2025()}) == 63


def test_every_old_province_maps_to_exactly_one_new_one():
    new = {p.slug for p in provinces.post2025()}
    reached = set()
    for old in provinces.pre2025():
        owners = [p.slug for p in provinces.post2025() if old.slug in p.formed_from]
        assert owners == [provinces.today(old.slug)], old.slug
        assert owners[0] in new
        reached.add(owners[0])
    assert reached == new


@pytest.mark.parametrize(
    "old, new",
    [
        ("ha-giang", "tuyen-quang"),
        ("yen-bai", "lao-cai"),
        ("bac-kan", "thai-nguyen"),
        ("hoa-binh", "phu-tho"),
        ("vinh-phuc", "phu-tho"),
        ("bac-giang", "bac-ninh"),
        ("thai-binh", "hung-yen"),
        ("hai-duong", "hai-phong"),
        ("nam-dinh", "ninh-binh"),
        ("ha-nam", "ninh-binh"),
        ("quang-binh", "quang-tri"),
        ("quang-nam", "da-nang"),
        ("kon-tum", "quang-ngai"),
        ("binh-dinh", "gia-lai"),
        ("ninh-thuan", "khanh-hoa"),
        ("dak-nong", "lam-dong"),
        ("binh-thuan", "lam-dong"),
        ("phu-yen", "dak-lak"),
        ("ba-ria-vung-tau", "ho-chi-minh"),
        ("binh-duong", "ho-chi-minh"),
        ("binh-phuoc", "dong-nai"),
        ("long-an", "tay-ninh"),
        ("hau-giang", "can-tho"),
        ("soc-trang", "can-tho"),
        ("tra-vinh", "vinh-long"),
        ("ben-tre", "vinh-long"),
        ("tien-giang", "dong-thap"),
        ("bac-lieu", "ca-mau"),
        ("kien-giang", "an-giang"),
        ("thua-thien-hue", "hue"),
        ("ha-noi", "ha-noi"),
        ("cao-bang", "cao-bang"),
        ("lam-dong", "lam-dong"),
    ],
)
def test_domain_table(old, new):
    assert provinces.today(old) == new
    assert old in provinces.formed_from(new)


def test_today_and_formed_from():
    assert provinces.today("hue") == "hue"
    assert provinces.today("vn") == "vn"
    for p in provinces.post2025():
        assert provinces.today(p.slug) == p.slug
    assert provinces.formed_from("lam-dong") == ("lam-dong", "dak-nong", "binh-thuan")
    assert provinces.formed_from("hue") == ("thua-thien-hue",)
    assert provinces.formed_from("vn") == ("vn",)
    with pytest.raises(ValueError, match="lam-dong"):
        provinces.formed_from("dak-nong")


def test_province_records():
    hue = provinces.get("hue")
    assert (hue.name, hue.kind, hue.era) == ("Huế", "city", "post2025")
    assert provinces.get("dak-nong").era == "pre2025"
    assert provinces.get("ha-noi").era == "both"
    assert provinces.get("vn").era == "national"
    assert provinces.get("thua-thien-hue").name == "Thừa Thiên Huế"
    cities = {p.slug for p in provinces.post2025() if p.kind == "city"}
    assert cities == {"ha-noi", "hue", "hai-phong", "da-nang", "ho-chi-minh", "can-tho"}
    for p in provinces.pre2025() + provinces.post2025():
        assert unicodedata.is_normalized("NFC", p.name)
        assert provinces.slugify(p.name) == p.slug


@pytest.mark.parametrize(
    "name, slug",
    [
        ("Đắk Nông", "dak-nong"),
        (unicodedata.normalize("NFD", "Đắk Nông"), "dak-nong"),
        ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
        ("TP. Hồ Chí Minh", "ho-chi-minh"),
        ("TP Hồ Chí Minh", "ho-chi-minh"),
        ("tỉnh Thừa Thiên Huế", "thua-thien-hue"),
        ("Tỉnh  Hòa Bình", "hoa-binh"),
        ("Hoà Bình", "hoa-binh"),
        ("Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"),
        ("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
        ("ĐỒNG THÁP", "dong-thap"),
        ("Thừa Thiên - Huế", "thua-thien-hue"),
        ("Huế", "hue"),
    ],
)
def test_slugify(name, slug):
    assert provinces.slugify(name) == slug


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Đắk Nông", "dak-nong"),
        ("dak nong", "dak-nong"),
        ("Đăk Nông", "dak-nong"),
        ("Dak-Nong", "dak-nong"),
        ("Đăk Lăk", "dak-lak"),
        ("Thanh Hoá", "thanh-hoa"),
        ("Khánh Hoà", "khanh-hoa"),
        ("Kontum", "kon-tum"),
        ("TP.HCM", "ho-chi-minh"),
        ("ho chi minh", "ho-chi-minh"),
        ("Thừa Thiên - Huế", "thua-thien-hue"),
        ("Huế", "hue"),
        ("tinh quang nam", "quang-nam"),
        ("Toàn quốc", "vn"),
        ("vn", "vn"),
        ("lam-dong", "lam-dong"),
        (unicodedata.normalize("NFD", "Bà Rịa – Vũng Tàu"), "ba-ria-vung-tau"),
    ],
)
def test_lookup(text, slug):
    assert provinces.lookup(text).slug == slug


def test_unknown_province_suggests():
    with pytest.raises(UnknownProvince) as err:
        provinces.get("dak-nog")
    assert isinstance(err.value, KeyError)
    assert "unknown province 'dak-nog'" in str(err.value) and "'dak-nong'" in str(err.value)
    with pytest.raises(UnknownProvince, match="dak-nong"):
        provinces.get("Đắk Nông")  # get() takes slugs; the message points at the slug
    with pytest.raises(UnknownProvince, match="quang-nam"):
        provinces.lookup("Quang Nom")
    assert provinces.is_known("hue") and not provinces.is_known("Huế")


# --- malformed files ----------------------------------------------------------------------


def _shipped() -> dict:
    return yaml.safe_load(provinces.DEFAULT_PATH.read_text(encoding="utf-8"))


def _write(tmp_path, data) -> str:
    path = tmp_path / "bad-provinces.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(path)


def _new(data, slug) -> dict:
    return next(e for e in data["post2025"] if e["slug"] == slug)


def test_load_other_file_and_restore(tmp_path):
    data = _shipped()
    _new(data, "hue")["aliases"] = ["Cố đô"]
    provinces.load(_write(tmp_path, data))
    assert provinces.lookup("Co do").slug == "hue"
    provinces.load()
    with pytest.raises(UnknownProvince):
        provinces.lookup("Co do")


def test_bad_file_keeps_previous_data(tmp_path):
    data = _shipped()
    del data["post2025"][0]
    with pytest.raises(ProvinceDataError):
        provinces.load(_write(tmp_path, data))
    assert len(provinces.post2025()) == 34


def _mutations():
    def unknown_old(d):
        _new(d, "lam-dong")["formed_from"] = ["lam-dong", "dak-nog", "binh-thuan"]

    def duplicate_slug(d):
        d["pre2025"].append({"slug": "dak-nong", "name": "Đắk Nông", "kind": "province"})

    def mapped_twice(d):
        _new(d, "dak-lak")["formed_from"].append("dak-nong")

    def not_mapped(d):
        _new(d, "lam-dong")["formed_from"].remove("dak-nong")

    def slug_mismatch(d):
        d["pre2025"][0]["slug"] = "an-gian"

    def unknown_field(d):
        d["pre2025"][0]["nmae"] = "x"

    def bad_kind(d):
        _new(d, "hue")["kind"] = "town"

    def alias_clash(d):
        _new(d, "hue")["aliases"] = ["Đắk Nông"]

    def missing_self(d):
        _new(d, "ha-noi")["formed_from"] = ["ha-noi"]
        _new(d, "cao-bang")["formed_from"] = ["lang-son"]
        _new(d, "lang-son")["formed_from"] = ["cao-bang"]

    return [
        (unknown_old, ["post2025[13]", "lam-dong", "formed_from", "dak-nog", "did you mean 'dak-nong'"]),
        (duplicate_slug, ["pre2025[63]", "duplicate slug 'dak-nong'"]),
        (mapped_twice, ["dak-lak", "'dak-nong' is already part of 'lam-dong'"]),
        (not_mapped, ["dak-nong", "not in any 'formed_from'"]),
        (slug_mismatch, ["pre2025[0]", "an-gian", "'an-giang'"]),
        (unknown_field, ["pre2025[0]", "nmae"]),
        (bad_kind, ["hue", "kind", "town"]),
        (alias_clash, ["Đắk Nông", "dak-nong"]),
        (missing_self, ["lang-son", "formed_from"]),
    ]


@pytest.mark.parametrize("mutate, expected", _mutations(), ids=lambda m: getattr(m, "__name__", ""))
def test_malformed_file_names_file_and_entry(tmp_path, mutate, expected):
    data = _shipped()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(ProvinceDataError) as err:
        provinces.load(path)
    message = str(err.value)
    assert "bad-provinces.yaml" in message
    for part in expected:
        assert part in message


def test_yaml_syntax_error(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("national: {slug: vn\npre2025: []\n", encoding="utf-8")
    with pytest.raises(ProvinceDataError, match=r"broken\.yaml.*line \d+"):
        provinces.load(path)
