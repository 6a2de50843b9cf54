"""The Elasticsearch backend (search/elastic.py) against a real server: osmem-server, an in-memory
OpenSearch-compatible server started by tests/esserver.py (or a real Elasticsearch named by
LMHTX_TEST_ELASTICSEARCH_URL). The client is never mocked."""

from __future__ import annotations

import json
import threading
import unicodedata
import uuid
from datetime import date

import pytest

from search.base import Query, QueryError, doc_id
from search.elastic import ElasticIndex, IndexingError, check_query, synonym_rules


def make_index(url, **kw):
    from tests.esserver import make_index

    return make_index(url, **kw)

try:  # the shared cases, also run against the embedded backend
    from tests import search_cases
except ImportError:  # not written yet
    search_cases = None


def doc(n: str, title: str, text: str, *, province="dak-nong", province_today="lam-dong", site="daknong",
        published: str | None = "2024-03-05T09:00:00+07:00", **extra) -> dict:
    url = f"https://lienminhhtx.example.vn/tin/{n}.html"
    return {"id": doc_id(url), "url": url, "canonical_url": url, "site": site, "province": province,
            "province_today": province_today, "title": title, "text": text, "published": published,
            "author": None, "doc_number": None, "attachments_text": "", "fingerprint": None, "language": "vi",
            "fetched_at": "2024-07-01T10:00:00+07:00", **extra}


CORPUS = {
    "htx": doc("htx", "Đại hội HTX nông nghiệp Đắk Nông", "Các HTX trong tỉnh bàn về sản phẩm OCOP."),
    "hoptacxa": doc("hoptacxa", "Hội nghị hợp tác xã", "Liên minh hợp tác xã tỉnh Ninh Bình tổ chức hội nghị hợp tác xã nông nghiệp.",
                    province="ninh-binh", province_today="ninh-binh", site="ninhbinh",
                    published="2024-03-31T23:30:00+07:00"),
    "hop": doc("hop", "UBND tỉnh họp bàn kinh tế", "Uỷ ban nhân dân tỉnh họp với các sở ngành.", province="binh-thuan",
               site="binhthuan", published="2024-04-01T00:10:00+07:00"),
    "hopdong": doc("hopdong", "Ký kết hợp đồng tiêu thụ", "Hợp đồng tác giả về xã hội học được ký tại Đà Lạt.",
                   province="lam-dong", site="lamdong", published="2023-12-20T08:00:00+07:00"),
    "doc": doc("doc", "Kế hoạch tuyên truyền năm 2023", "Thực hiện Nghị quyết số 20-NQ/TW, Liên minh HTX xây dựng kế hoạch.",
               province="thai-binh", province_today="hung-yen", site="thaibinh", doc_number="04/KH-LMHTX",
               published=None),
    "escape": doc("escape", "Tin <b>nổi bật</b> & mới", "Đoạn văn có thẻ <script>alert('x')</script> và đường dẫn.",
                  province="vn", province_today="vn", site="vca", published="2022-06-01T10:00:00+07:00"),
    "nfd": doc("nfd", unicodedata.normalize("NFD", "Sản phẩm đặc sản vùng cao"),
               unicodedata.normalize("NFD", "Quyết định công nhận sản phẩm đặc sản của huyện."),
               province="lao-cai", province_today="lao-cai", site="laocai", published="2024-05-02T07:00:00+07:00"),
}


@pytest.fixture(scope="module")
def loaded(es_url):
    """One index with CORPUS for the read-only tests of this module."""
    index = make_index(es_url)
    index.ensure_index()
    assert index.index(CORPUS.values()) == len(CORPUS)
    index.refresh()
    yield index
    index.drop()
    index.close()


def ids(results) -> list[str]:
    by_id = {d["id"]: k for k, d in CORPUS.items()}
    return [by_id.get(h.id, h.id) for h in results.hits]


def search(index, text="", **kw):
    return index.search(Query(text=text, **kw))


# --- the shared cases (tests/search_cases.py), same as the embedded backend -------------------


@pytest.fixture(scope="module")
def shared(es_url):
    if search_cases is None:
        pytest.skip("tests/search_cases.py not written yet")
    index = make_index(es_url)
    index.ensure_index()
    search_cases.load(index)
    index.refresh()
    yield index
    index.drop()
    index.close()


_CASES = list(getattr(search_cases, "CASES", []) or [])


@pytest.mark.parametrize("case", _CASES or [None], ids=[c[0] for c in _CASES] or ["missing"])
def test_shared_case(shared, case):
    search_cases.run_case(shared, case)


# --- analysis on the server ---------------------------------------------------------------------


def test_folded_analyzer_folds_vietnamese_and_d_with_stroke(loaded):
    tokens = loaded.client.indices.analyze(index=loaded.alias, analyzer="vi_folded", text="Đắk Nông ĐOÀN đường Hợp Tác Xã")
    assert [t["token"] for t in tokens["tokens"]] == ["dak", "nong", "doan", "duong", "hop", "tac", "xa"]
    exact = loaded.client.indices.analyze(index=loaded.alias, analyzer="vi_exact", text="Đắk HỢP")
    assert [t["token"] for t in exact["tokens"]] == ["đắk", "hợp"]


def test_index_body_generates_synonyms_from_yaml(tmp_path, es_url):
    index = make_index(es_url)
    body = index.index_body()
    rules = body["settings"]["analysis"]["filter"]["vi_abbreviations"]["synonyms"]
    assert rules == synonym_rules()
    assert "htx, hop tac xa" in rules  # folded: the analyzer folds the text before the filter
    assert "lmhtx, lien minh hop tac xa, lien minh htx" in rules
    assert "ubnd, uy ban nhan dan" in rules  # "ủy" and "uỷ" fold the same: one form is enough
    assert not any(k.startswith("_") for k in body)
    assert body["settings"]["index"]["number_of_shards"] == 1
    # A changed abbreviations file changes the next index, without code changes.
    path = tmp_path / "abbr.yaml"
    path.write_text("abbreviations:\n  BCH: [ban chấp hành]\n", encoding="utf-8")
    other = ElasticIndex(index.client, alias=index.alias, shards=2, replicas=1, abbreviations=path)
    body = other.index_body()
    assert body["settings"]["analysis"]["filter"]["vi_abbreviations"]["synonyms"] == ["bch, ban chap hanh"]
    assert body["settings"]["index"]["number_of_shards"] == 2
    assert body["settings"]["index"]["number_of_replicas"] == 1
    index.close()


def test_synonym_filter_is_accepted_by_the_server(es_index):
    """The generated filter is part of the created index (Elasticsearch applies it; osmem
    accepts and ignores it, which is why the query expands abbreviations itself)."""
    settings = es_index.client.indices.get_settings(index=es_index.alias)
    (only,) = settings.values()
    filt = only["settings"]["index"]["analysis"]["filter"]["vi_abbreviations"]
    assert filt["type"] == "synonym_graph" and "htx, hop tac xa" in filt["synonyms"]


# --- search semantics -----------------------------------------------------------------------------


def test_folded_query_finds_accented_text(loaded):
    assert ids(search(loaded, "dak nong")) == ["htx"]
    assert ids(search(loaded, "ĐẮK NÔNG")) == ["htx"]
    assert ids(search(loaded, "dac san")) == ["nfd"]


def test_d_with_stroke_both_ways(loaded):
    assert "hopdong" in ids(search(loaded, "da lat"))
    assert "hopdong" in ids(search(loaded, "Đà Lạt"))
    assert ids(search(loaded, "duong dan")) == ["escape"]


def test_all_words_required(loaded):
    assert ids(search(loaded, "hợp đồng ninh")) == []
    got = ids(search(loaded, "tỉnh họp"))
    assert got[0] == "hop" and set(got) == {"hop", "hoptacxa"}  # "tỉnh ... hợp" folds the same


def test_exact_accents_rank_first(loaded):
    # "họp" (meet) and "hợp" (fit) fold to the same word: the one typed exactly comes first.
    got = ids(search(loaded, "họp"))
    assert got[0] == "hop" and {"hoptacxa", "hopdong"} <= set(got)
    got = ids(search(loaded, "hợp đồng"))
    assert got[0] == "hopdong"


def test_quoted_phrase(loaded):
    assert ids(search(loaded, '"tổ chức hội nghị hợp tác xã"')) == ["hoptacxa"]
    assert set(ids(search(loaded, '"hợp tác xã nông nghiệp"'))) == {"hoptacxa", "htx"}  # "HTX nông nghiệp"
    assert ids(search(loaded, '"nông nghiệp hợp tác xã"')) == []
    # Without quotes the words may be anywhere, in any order.
    assert ids(search(loaded, "xã tác giả")) == ["hopdong"]


def test_abbreviations_both_ways(loaded):
    assert {"htx", "hoptacxa"} <= set(ids(search(loaded, "HTX")))
    assert {"htx", "hoptacxa"} <= set(ids(search(loaded, "hop tac xa")))
    assert {"htx", "hoptacxa"} <= set(ids(search(loaded, "hợp tác xã nông nghiệp")))
    assert set(ids(search(loaded, '"HTX nông nghiệp"'))) == {"htx", "hoptacxa"}
    assert ids(search(loaded, "ubnd")) == ["hop"]
    assert ids(search(loaded, "ủy ban nhân dân")) == ["hop"]  # the text spells it "Uỷ"
    assert "doc" in ids(search(loaded, '"liên minh hợp tác xã"'))  # text says "Liên minh HTX"
    assert "doc" in ids(search(loaded, "nghị quyết"))  # text says "NQ"
    assert "nfd" in ids(search(loaded, "QĐ"))


def test_abbreviation_highlighted_in_long_form(loaded):
    hit = next(h for h in search(loaded, "HTX").hits if h.id == CORPUS["hoptacxa"]["id"])
    assert "<mark>hợp tác xã</mark>" in hit.snippet


def test_nfd_text_and_queries(loaded):
    assert ids(search(loaded, "đặc sản")) == ["nfd"]
    assert ids(search(loaded, unicodedata.normalize("NFD", "đặc sản"))) == ["nfd"]
    assert ids(search(loaded, unicodedata.normalize("NFD", "Đắk Nông"))) == ["htx"]
    hit = search(loaded, "đặc sản").hits[0]
    assert hit.title == unicodedata.normalize("NFC", "Sản phẩm đặc sản vùng cao")


def test_highlights_are_html_safe(loaded):
    hit = search(loaded, "thẻ").hits[0]
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet
    assert "<mark>thẻ</mark>" in hit.snippet
    hit = search(loaded, "nổi bật").hits[0]
    assert hit.title_html.startswith("Tin &lt;b&gt;<mark>nổi bật</mark>&lt;")
    assert "&amp;" in hit.title_html
    # No match in the title: escaped all the same.
    hit = search(loaded, "đoạn văn").hits[0]
    assert hit.title_html == "Tin &lt;b&gt;nổi bật&lt;/b&gt; &amp; mới"
    assert "&lt;/script&gt;" in hit.snippet
    # Without words, the snippet is the start of the text, escaped.
    everything = search(loaded, "", size=50)
    esc = next(h for h in everything.hits if h.id == CORPUS["escape"]["id"])
    assert esc.snippet.startswith("Đoạn văn có thẻ &lt;script&gt;") and "<mark>" not in esc.snippet


@pytest.mark.parametrize("text", ['title:htx', 'htx AND (nông OR "', '*', 'a\\b', '{"query": 1}', '+-!^~', "hợp || tác &&",
                                  "<mark>x</mark>", "/regex.*/", "phrase\" with \"quotes"])
def test_query_syntax_is_just_text(loaded, text):
    results = search(loaded, text)  # never an error from the server
    assert results.total >= 0


def test_doc_number(loaded):
    assert ids(search(loaded, "04/KH-LMHTX"))[0] == "doc"
    hit = search(loaded, "04/KH-LMHTX").hits[0]
    assert hit.doc_number == "04/KH-LMHTX"


def test_filters_and_rollup(loaded):
    assert ids(search(loaded, province="dak-nong")) == ["htx"]
    # Đắk Nông, Bình Thuận and Lâm Đồng are Lâm Đồng today.
    assert set(ids(search(loaded, province_today="lam-dong"))) == {"htx", "hop", "hopdong"}
    assert ids(search(loaded, site="thaibinh")) == ["doc"]
    assert ids(search(loaded, "hợp", province_today="ninh-binh")) == ["hoptacxa"]


def test_date_range_inclusive_in_vietnam_time(loaded):
    # 2024-03-31T23:30+07:00 is on the 31st in Vietnam (16:30 UTC); 2024-04-01T00:10+07:00 is on the 1st.
    assert ids(search(loaded, since=date(2024, 3, 31), until=date(2024, 3, 31))) == ["hoptacxa"]
    assert ids(search(loaded, since=date(2024, 4, 1), until=date(2024, 4, 1))) == ["hop"]
    assert set(ids(search(loaded, since=date(2024, 3, 5), until=date(2024, 4, 1)))) == {"htx", "hoptacxa", "hop"}
    assert set(ids(search(loaded, until=date(2023, 12, 31)))) == {"hopdong", "escape"}
    assert "doc" not in ids(search(loaded, since=date(2000, 1, 1)))  # no date: outside any range


def test_sort_by_date_newest_first_undated_last(loaded):
    got = ids(search(loaded, sort="date", size=50))
    assert got == ["nfd", "hop", "hoptacxa", "htx", "hopdong", "escape", "doc"]


def test_pagination(loaded):
    first = search(loaded, sort="date", size=3, page=1)
    second = search(loaded, sort="date", size=3, page=2)
    third = search(loaded, sort="date", size=3, page=3)
    assert first.total == second.total == third.total == len(CORPUS)
    assert ids(first) + ids(second) + ids(third) == ["nfd", "hop", "hoptacxa", "htx", "hopdong", "escape", "doc"]
    assert ids(search(loaded, sort="date", size=3, page=4)) == []


def test_facets_over_all_matches(loaded):
    r = search(loaded, "", size=1)
    assert r.total == len(CORPUS) and len(r.hits) == 1
    assert r.by_province == {"dak-nong": 1, "ninh-binh": 1, "binh-thuan": 1, "lam-dong": 1, "thai-binh": 1, "vn": 1,
                             "lao-cai": 1}
    assert r.by_province_today == {"lam-dong": 3, "ninh-binh": 1, "hung-yen": 1, "vn": 1, "lao-cai": 1}
    # Months in Vietnam time: 23:30 on 31 March is March.
    assert r.by_month == {"2024-03": 2, "2024-04": 1, "2023-12": 1, "2022-06": 1, "2024-05": 1}
    r = search(loaded, "hợp", province_today="lam-dong")
    assert sum(r.by_province.values()) == r.total
    no = search(loaded, "", facets=False)
    assert no.by_province == {} and no.by_month == {} and no.total == len(CORPUS)


def test_hit_fields(loaded):
    hit = search(loaded, "dak nong").hits[0]
    d = CORPUS["htx"]
    assert (hit.id, hit.url, hit.title, hit.site, hit.province, hit.province_today, hit.published) == (
        d["id"], d["url"], d["title"], d["site"], d["province"], d["province_today"], d["published"])
    assert hit.score and hit.score > 0
    assert "<mark>Đắk Nông</mark>" in hit.title_html


@pytest.mark.parametrize("query,message", [
    (Query(text="x" * 501), "too long"),
    (Query(province="atlantis"), "unknown province"),
    (Query(province="dak nong"), "did you mean 'dak-nong'"),
    (Query(province_today="dak-nong"), "not a province today"),
    (Query(since=date(2024, 2, 1), until=date(2024, 1, 1)), "after"),
    (Query(since="2024-01-01"), "must be a date"),
    (Query(page=0), "page"),
    (Query(size=0), "size"),
    (Query(size=101), "between 1 and 100"),
    (Query(page=200, size=100), "first 10,000"),
    (Query(page=True), "whole number"),
    (Query(sort="random"), "sort"),
    (Query(site=3), "site"),
    ("hợp tác xã", "expected a search.base.Query"),
])
def test_bad_queries(loaded, query, message):
    with pytest.raises(QueryError, match=message):
        loaded.search(query)
    with pytest.raises(QueryError):
        check_query(query)


# --- writing, versions, alias -----------------------------------------------------------------------


def test_upsert_by_id(es_index):
    d = doc("same", "Bản tin cũ", "Nội dung")
    es_index.index([d])
    es_index.index([{**d, "title": "Bản tin mới"}])
    es_index.refresh()
    assert es_index.count() == 1
    assert ids(search(es_index, "bản tin mới")) == [d["id"]]
    assert ids(search(es_index, "cũ")) == []


def test_bulk_errors_name_the_refused_documents(es_index):
    good = [doc(f"g{i}", f"Tin {i}", "Nội dung") for i in range(3)]
    bad = doc("bad", "Ngày sai", "x", published="hôm qua")
    with pytest.raises(IndexingError) as info:
        es_index.index([good[0], bad, *good[1:]])
    assert list(info.value.failed) == [bad["id"]]
    assert bad["id"] in str(info.value)
    assert info.value.indexed == 3 and not info.value.retryable
    es_index.refresh()
    assert es_index.count() == 3  # the others are written
    with pytest.raises(ValueError, match="without an id"):
        es_index.index([{**good[0], "id": ""}])


def test_delete(es_index):
    docs = [doc(f"d{i}", f"Tin {i}", "Nội dung") for i in range(3)]
    es_index.index(docs)
    es_index.delete([docs[0]["id"], "no-such-id"])
    es_index.refresh()
    assert es_index.count() == 2


def test_ensure_index_creates_versioned_index_behind_alias(es_url):
    index = make_index(es_url)
    try:
        assert index.current_index() is None
        assert index.count() == 0
        assert search(index, "x").total == 0  # no index yet: nothing found, no error
        assert index.ensure_index() == f"{index.alias}-v1"
        assert index.ensure_index() == f"{index.alias}-v1"  # idempotent
        assert index.versions() == {1: f"{index.alias}-v1"}
        mapping = index.client.indices.get_mapping(index=index.alias)[f"{index.alias}-v1"]["mappings"]
        assert mapping["properties"]["province"]["type"] == "keyword"
        assert mapping["properties"]["title"]["fields"]["exact"]["analyzer"] == "vi_exact"
    finally:
        index.drop()
        index.close()


def test_writes_recreate_a_lost_alias(es_index):
    """The server lost its indices (or someone deleted them): the next write recreates them
    instead of auto-creating a concrete index named like the alias."""
    es_index.index([doc("a", "Tin a", "x")])
    es_index.drop()
    assert es_index.current_index() is None
    es_index._ensured = True  # as a long-running writer would believe
    assert es_index.index([doc("b", "Tin b", "x")]) == 1
    assert es_index.current_index() == f"{es_index.alias}-v1"
    assert es_index.count() == 1


def test_reindex_swaps_alias_and_removes_old_index(es_index):
    es_index.index([doc(f"old{i}", f"Bản cũ {i}", "cũ") for i in range(3)])
    es_index.refresh()
    new_name = es_index.reindex(doc(f"new{i}", f"Bản mới {i}", "mới") for i in range(5))
    assert new_name == f"{es_index.alias}-v2"
    assert es_index.current_index() == new_name
    assert es_index.versions() == {2: new_name}  # v1 deleted
    assert es_index.count() == 5
    assert search(es_index, "mới").total == 5 and search(es_index, "cũ").total == 0
    assert es_index.reindex([doc("x", "Ba", "ba")]) == f"{es_index.alias}-v3"
    assert es_index.versions() == {3: f"{es_index.alias}-v3"}


def test_searches_answer_from_old_index_during_reindex(es_index):
    es_index.index([doc(f"old{i}", f"Bản cũ {i}", "cũ") for i in range(4)])
    es_index.refresh()
    seen_during: list[int] = []
    errors: list[Exception] = []
    stop = threading.Event()

    def searcher():
        while not stop.is_set():
            try:
                r = search(es_index, "")
                assert r.total in (4, 600), r.total
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

    def documents():
        for i in range(600):
            if i == 550:  # 500 documents already sent to the new index, alias not swapped yet
                seen_during.append(search(es_index, "").total)
            yield doc(f"new{i}", f"Bản mới {i}", "mới")

    t = threading.Thread(target=searcher)
    t.start()
    try:
        es_index.reindex(documents())
    finally:
        stop.set()
        t.join()
    assert seen_during == [4]
    assert not errors, errors[:3]
    assert search(es_index, "").total == 600


def test_reindex_cleans_up_after_a_reindex_that_died(es_index):
    es_index.index([doc("keep", "Giữ lại", "x")])
    es_index._create(f"{es_index.alias}-v2", with_alias=False)  # left by a killed `lmhtx index`
    assert es_index.reindex([doc("n", "Mới", "x")]) == f"{es_index.alias}-v3"
    assert es_index.versions() == {3: f"{es_index.alias}-v3"}


def test_reindex_with_a_refused_document_keeps_the_old_index(es_index):
    es_index.index([doc("keep", "Giữ lại", "x")])
    with pytest.raises(IndexingError):
        es_index.reindex([doc("n1", "Mới", "x"), doc("bad", "Sai", "x", published="hôm qua")])
    assert es_index.versions() == {1: f"{es_index.alias}-v1"}
    assert es_index.count() == 1


def test_failed_reindex_keeps_the_old_index(es_index):
    es_index.index([doc("keep", "Giữ lại", "x")])

    def documents():
        yield doc("n1", "Mới", "x")
        raise RuntimeError("archive unreadable")

    with pytest.raises(RuntimeError):
        es_index.reindex(documents())
    assert es_index.current_index() == f"{es_index.alias}-v1"
    assert es_index.versions() == {1: f"{es_index.alias}-v1"}
    assert es_index.count() == 1


def test_from_settings_accepts_several_nodes(es_url):
    from tests.esserver import CompatNode

    index = ElasticIndex.from_settings(f"{es_url}, {es_url.replace('127.0.0.1', 'localhost')}", node_class=CompatNode, alias=f"t-{uuid.uuid4().hex[:8]}",
                                       request_timeout=5)
    try:
        assert len(index.client.transport.node_pool.all()) == 2
        for _ in range(4):  # round robin over both
            assert index.count() == 0
    finally:
        index.close()
    with pytest.raises(ValueError):
        ElasticIndex.from_settings(" , ")


def test_documents_are_stored_nfc(es_index):
    d = doc("n", unicodedata.normalize("NFD", "Hợp tác xã"), unicodedata.normalize("NFD", "Đắk Lắk"))
    es_index.index([d])
    stored = es_index.client.get(index=es_index.alias, id=d["id"])["_source"]
    assert stored["title"] == "Hợp tác xã" and unicodedata.is_normalized("NFC", stored["text"])
    assert json.dumps(stored, ensure_ascii=False)


def test_collapse_groups_only_real_copies(es_index):
    """Copies share a fingerprint and are one result; documents without a fingerprint are each
    their own result (collapse would put every missing value in one group: they get id:<id>)."""
    same = "Hợp tác xã nuôi tôm Kiên Giang thu lãi lớn nhờ mô hình tôm lúa."
    es_index.index([doc("a", "Tôm lúa Kiên Giang", same, fingerprint="fp-tom", site="kiengiang"),
                    doc("b", "Tôm lúa Kiên Giang", same, fingerprint="fp-tom", site="vca",
                        published="2024-03-09T09:00:00+07:00"),
                    doc("c", "Tôm lúa Cà Mau", same), doc("d", "Tôm lúa Bạc Liêu", same)])
    es_index.refresh()
    res = es_index.search(Query("tôm lúa"))
    assert res.total == 3 and len(res.hits) == 3
    grouped = next(h for h in res.hits if h.copies)
    assert grouped.site == "vca" and [c["site"] for c in grouped.copies] == ["kiengiang"]  # ties: newest shown
    assert res.by_site == {"kiengiang": 1, "vca": 1, "daknong": 2}
    flat = es_index.search(Query("tôm lúa", group=False))
    assert flat.total == 4 and all(h.copies == [] for h in flat.hits)
    assert es_index.search(Query("tôm lúa -bạc")).total == 2
