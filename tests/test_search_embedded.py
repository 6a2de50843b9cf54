"""The embedded search index (SQLite FTS5): the shared search cases, plus what only an
index on a file has to do (persistence, upserts, deletes, concurrency)."""

from __future__ import annotations

import sqlite3
import threading
import unicodedata
from datetime import date

import pytest

from search import analysis, snippets, syntax
from search.base import Query, QueryError, to_document
from search.embedded import EmbeddedIndex
from tests import search_cases as sc


@pytest.fixture(scope="module", params=["memory", "file"])
def loaded(request, tmp_path_factory):
    path = ":memory:" if request.param == "memory" else tmp_path_factory.mktemp("idx") / "search.sqlite3"
    with EmbeddedIndex(path) as index:
        sc.load(index)
        yield index


@pytest.mark.parametrize("case", sc.CASES, ids=[c[0] for c in sc.CASES])
def test_case(loaded, case):
    sc.run_case(loaded, case)


def test_cases_are_consistent():
    assert len(sc.CORPUS) >= 30
    assert len(set(sc.ID.values())) == len(sc.CORPUS)
    dates = [a["published"][:10] for a in sc.CORPUS if a["published"]]
    assert len(dates) == len(set(dates)), "every dated article needs its own day (date order is then exact)"
    assert any(unicodedata.is_normalized("NFD", a["text"]) and not unicodedata.is_normalized("NFC", a["text"])
               for a in sc.CORPUS)
    names = [c[0] for c in sc.CASES]
    assert len(names) == len(set(names))


def _doc(key: str, **changes) -> dict:
    article = {**sc.BY_KEY[key], **changes}
    return to_document(article, sc.attachments_text(article))


# --- persistence, upsert, delete ---------------------------------------------------------


def test_persists_across_reopen(tmp_path):
    path = tmp_path / "deep" / "dir" / "search.sqlite3"  # parents are created
    with EmbeddedIndex(path) as index:
        sc.load(index)
    with EmbeddedIndex(path) as index:
        assert index.count() == len(sc.CORPUS)
        res = index.search(Query("dak nong", size=50))
        assert {sc.KEY[h.id] for h in res.hits} == {"dn-chibo", "dn-ocop", "dn-taphuan", "ld-caphe"}
        assert res.by_province_today == {"lam-dong": 4}


def test_upsert_replaces(tmp_path):
    with EmbeddedIndex(tmp_path / "s.sqlite3") as index:
        sc.load(index)
        assert index.index([_doc("dn-ocop", title="Sản phẩm mắc ca đạt chuẩn", published="2019-01-02T08:00:00+07:00",
                                 province="lam-dong")]) == 1
        assert index.count() == len(sc.CORPUS)
        assert index.search(Query("Đắk Nông có thêm 25 sản phẩm")).total == 0
        res = index.search(Query("mắc ca chuẩn"))
        assert [sc.KEY[h.id] for h in res.hits] == ["dn-ocop"]
        assert res.hits[0].published.startswith("2019-01-02")
        assert res.by_province == {"lam-dong": 1} and res.by_month == {"2019-01": 1}
        # the old date, province and words are gone from filters and facets
        assert index.search(Query("", since=date(2023, 8, 15), until=date(2023, 8, 15))).total == 0
        assert index.search(Query("", province="dak-nong")).total == 2
        # a re-crawl of the same URL variant updates the same document
        same = _doc("dn-ocop", url=sc.BY_KEY["dn-ocop"]["url"] + "?utm_source=x")
        assert same["id"] == sc.ID["dn-ocop"]
        index.index([same])
        assert index.count() == len(sc.CORPUS)
        assert index.search(Query("Đắk Nông có thêm 25 sản phẩm")).total == 1


def test_unchanged_document_is_kept(tmp_path):
    with EmbeddedIndex(tmp_path / "s.sqlite3") as index:
        sc.load(index)
        before = index.search(Query("", size=50))
        assert index.index(sc.documents()) == len(sc.CORPUS)
        after = index.search(Query("", size=50))
        assert [h.id for h in after.hits] == [h.id for h in before.hits]
        assert index.count() == len(sc.CORPUS)


def test_delete_and_count(tmp_path):
    with EmbeddedIndex(tmp_path / "s.sqlite3") as index:
        sc.load(index)
        index.delete([sc.ID["tb-kehoach"], sc.ID["vca-gioithieu"], "no-such-id"])
        assert index.count() == len(sc.CORPUS) - 2
        assert index.search(Query("04/KH-LMHTX")).total == 0
        assert index.search(Query("778/KH-LMHTXVN")).total == 0  # attachment text gone too
        assert index.search(Query("")).total == sc.GROUPS - 2
        assert index.get(sc.ID["tb-kehoach"]) is None
        assert index.get(sc.ID["dn-ocop"])["title"].startswith("Đắk Nông")


def test_clear(tmp_path):
    with EmbeddedIndex(tmp_path / "s.sqlite3") as index:
        sc.load(index)
        index.clear()
        assert index.count() == 0
        res = index.search(Query(""))
        assert res.total == 0 and res.hits == [] and res.by_province == {}
        assert index.search(Query("hợp tác xã")).total == 0
        index.index([_doc("dn-ocop")])  # labels are numbered again from scratch
        sc.load(index)
        res = index.search(Query("", province="ha-nam"))
        assert res.total == 1 and res.by_province == {"ha-nam": 1} and res.by_province_today == {"ninh-binh": 1}
        every = Query("hợp tác xã", group=False)  # facets count articles, every copy on its own portal
        assert sum(index.search(every).by_province.values()) == index.search(every).total


def test_context_manager_closes(tmp_path):
    with EmbeddedIndex(tmp_path / "s.sqlite3") as index:
        index.index(sc.documents()[:3])
    with pytest.raises(RuntimeError):
        index.count()


def test_optimize_keeps_results(tmp_path):
    with EmbeddedIndex(tmp_path / "s.sqlite3") as index:
        for doc in sc.documents():  # many small transactions, many FTS segments
            index.index([doc])
        before = [h.id for h in index.search(Query("hợp tác xã", size=50)).hits]
        index.optimize()
        assert [h.id for h in index.search(Query("hợp tác xã", size=50)).hits] == before


def test_stored_text_is_nfc(tmp_path):
    with EmbeddedIndex(":memory:") as index:
        sc.load(index)
        hit = index.search(Query("Điện Phương")).hits[0]
        assert unicodedata.is_normalized("NFC", hit.title)
        assert unicodedata.is_normalized("NFC", index.get(hit.id)["text"])


def test_documents_need_an_id():
    with EmbeddedIndex(":memory:") as index:
        with pytest.raises(ValueError):
            index.index([{"title": "x", "text": "y"}])
        assert index.count() == 0  # all or nothing


# --- searching -----------------------------------------------------------------------------


def test_results_shape(loaded):
    res = loaded.search(Query("hợp tác xã", size=3))
    assert res.total > 3 and len(res.hits) == 3 and res.took_ms > 0
    hit = res.hits[0]
    assert hit.score is not None and hit.url.startswith("https://") and hit.site
    assert isinstance(hit.published, str)
    browse = loaded.search(Query("", size=3))
    assert all(h.score is None for h in browse.hits)
    assert loaded.search(Query("hợp tác xã", facets=False)).by_province == {}
    assert loaded.search(Query("hợp tác xã", facets=False)).total == res.total


@pytest.mark.parametrize("text", ["HTX", "hợp tác xã", "tỉnh", "", "dak nong"])
def test_facets_match_the_hits(loaded, text):
    """Facets equal counts over every hit, whichever way they were counted (a query that
    matches most of the archive counts what it does not match)."""
    res = loaded.search(Query(text, size=100, group=False))  # facets count articles, copies included
    assert res.total == len(res.hits)
    arts = [sc.BY_KEY[sc.KEY[h.id]] for h in res.hits]
    count = lambda field: {v: sum(1 for a in arts if a[field] == v) for v in {a[field] for a in arts}}  # noqa: E731
    assert res.by_province == count("province")
    assert res.by_province_today == count("province_today")
    assert res.by_site == count("site")
    months = {}
    for a in arts:
        if a["published"]:
            months[a["published"][:7]] = months.get(a["published"][:7], 0) + 1
    assert res.by_month == months


def test_doc_number_is_returned(loaded):
    hit = loaded.search(Query("04/KH-LMHTX")).hits[0]
    assert hit.doc_number == "04/KH-LMHTX"
    assert "<mark>" in hit.title_html or "<mark>" in hit.snippet


def test_province_today_must_be_a_province_of_today(loaded):
    with pytest.raises(QueryError, match="ninh-binh"):
        loaded.search(Query("", province_today="ha-nam"))
    assert loaded.search(Query("", province_today="vn")).total == 4


def test_query_errors_are_query_errors(loaded):
    for bad in (Query(text=None), Query("", page="2"), Query("", since="2024-01-01"), Query("", province=""),
                Query("", site=3)):
        with pytest.raises(QueryError):
            loaded.search(bad)


@pytest.mark.parametrize("text", ['"', '""', "*", "^", ":", "(", ")", "NEAR(a b)", "a OR b", "-", "+", "'",
                                  "\\", "\x00", "hợp\"tác", "{t}: x", "a* b^2", "$p1", "=nam", "ha+nam",
                                  "'; DROP TABLE docs; --", "\u200b", "🙂 hợp tác xã", "²", "ǅ", "_", "a_b c",
                                  "\ue000", "x\u0301y", "NEAR", "AND", "OR", "NOT"])
def test_fts_syntax_is_text(loaded, text):
    res = loaded.search(Query(text))
    assert res.total >= 0
    assert loaded.count() == len(sc.CORPUS)


def test_internal_tokens_cannot_be_searched(loaded):
    # filter and exact tokens live in the index; typing them is just words
    assert loaded.search(Query("$p1")).total == loaded.search(Query("p1")).total == 0
    assert loaded.search(Query("=nam")).total == loaded.search(Query("nam")).total


def test_dates_outside_the_index_range(loaded):
    assert loaded.search(Query("", since=date(1, 1, 1), until=date(9999, 12, 31))).total == len(sc.NEWEST)
    assert loaded.search(Query("", until=date(1800, 1, 1))).total == 0
    assert loaded.search(Query("", since=date(2300, 1, 1))).total == 0


def test_deep_pages_use_windows(tmp_path, monkeypatch):
    """Past RANK_WINDOW matches relevance is bm25 within windows of matches by date: pages
    still tile the results without gaps or repeats."""
    import search.embedded.ordering as embedded  # where ranking reads RANK_WINDOW

    monkeypatch.setattr(embedded, "RANK_WINDOW", 4)
    with EmbeddedIndex(tmp_path / "s.sqlite3") as index:
        sc.load(index)
        total = index.search(Query("hợp tác xã")).total
        assert total > 12
        seen = []
        for page in range(1, total // 3 + 2):
            seen += [h.id for h in index.search(Query("hợp tác xã", size=3, page=page)).hits]
        assert len(seen) == len(set(seen)) == total
        whole = [h.id for h in index.search(Query("hợp tác xã", size=50)).hits]
        assert whole == seen


def test_facet_cache_sees_writes(tmp_path):
    path = tmp_path / "s.sqlite3"
    with EmbeddedIndex(path) as reader, EmbeddedIndex(path) as writer:
        writer.index(sc.documents()[:10])
        assert reader.search(Query("")).total == 10
        assert reader.search(Query("")).total == 10  # cached
        writer.index(sc.documents()[10:])  # another connection writes
        res = reader.search(Query(""))
        assert res.total == sc.GROUPS
        assert sum(res.by_province.values()) == len(sc.CORPUS)


def test_clear_by_another_process(tmp_path):
    path = tmp_path / "s.sqlite3"
    with EmbeddedIndex(path) as a, EmbeddedIndex(path) as b:
        sc.load(a)
        assert a.search(Query("")).by_province_today["ninh-binh"] == 6
        b.clear()
        b.index([_doc("vca-gioithieu")])
        a.index([_doc("hn-tongket")])  # a's label numbers are stale: it must notice
        res = b.search(Query(""))
        assert res.total == 2 and res.by_province == {"ha-nam": 1, "vn": 1}
        assert a.search(Query("", province_today="ninh-binh")).total == 1


def test_search_while_indexing(tmp_path):
    path = tmp_path / "s.sqlite3"
    docs = sc.documents()
    errors = []
    with EmbeddedIndex(path) as index:
        def write():
            try:
                with EmbeddedIndex(path) as writer:
                    for i in range(0, len(docs), 3):
                        writer.index(docs[i:i + 3])
            except Exception as e:  # pragma: no cover - reported below
                errors.append(e)

        t = threading.Thread(target=write)
        t.start()
        while t.is_alive():
            res = index.search(Query("hợp tác xã"))
            assert res.total >= 0
        t.join()
        assert not errors
        assert index.search(Query("")).total == sc.GROUPS


def test_shared_between_threads(loaded):
    results, errors = [], []

    def work():
        try:
            for _ in range(5):
                results.append(loaded.search(Query("hợp tác xã", size=5)).total)
        except Exception as e:  # pragma: no cover
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(set(results)) == 1


def test_schema_version_change_rebuilds(tmp_path, monkeypatch):
    import search.embedded.store as embedded  # where opening an index reads SCHEMA_VERSION

    path = tmp_path / "s.sqlite3"
    with EmbeddedIndex(path) as index:
        sc.load(index)
    monkeypatch.setattr(embedded, "SCHEMA_VERSION", embedded.SCHEMA_VERSION + 1)
    with EmbeddedIndex(path) as index:
        assert index.count() == len(sc.CORPUS)
        assert index.search(Query("04/KH-LMHTX")).hits[0].id == sc.ID["tb-kehoach"]
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == embedded.SCHEMA_VERSION
    con.close()


# --- analysis ----------------------------------------------------------------------------


def test_fold_is_one_to_one_for_vietnamese():
    text = analysis.normalize("ĐẮK NÔNG Đắk Nông hợp tác xã ỹ ự ẵ ậ ổ ờ ữ ị ọ ụ ỳ ý đ Đ " * 3)
    folded, offsets = analysis.fold_map(text)
    assert offsets is None and len(folded) == len(text)
    assert folded.startswith("dak nong dak nong hop tac xa")


def test_fold_map_handles_odd_characters():
    text = analysis.normalize("x\u0301y İ ǅ hợp")
    folded, offsets = analysis.fold_map(text)
    assert offsets is not None and len(offsets) == len(folded) + 1
    spans = snippets.match_spans(text, syntax.parse_query("hop"))
    assert [text[s:e] for s, e, _ in spans] == ["hợp"]


def test_parse_query():
    abbr = analysis.load_abbreviations()
    q = syntax.parse_query('HTX "liên minh hợp tác xã" 04/KH-LMHTX dak', abbr)
    assert [t.alternatives[0] for t in q.terms] == [("htx",), ("lien", "minh", "hop", "tac", "xa"),
                                                     ("04", "kh", "lmhtx"), ("dak",)]
    assert ("hop", "tac", "xa") in q.terms[0].alternatives
    assert ("lmhtx",) in q.terms[1].alternatives
    assert q.terms[2].alternatives == (("04", "kh", "lmhtx"),)  # identifiers are not expanded
    assert not syntax.parse_query("hop tac xa").accented and syntax.parse_query("Hà").accented
    nfd = syntax.parse_query(unicodedata.normalize("NFD", "Đắk Nông"), abbr)
    assert nfd == syntax.parse_query("Đắk Nông", abbr)
    assert syntax.parse_query('"', abbr).terms == ()


def test_parse_query_operators():
    abbr = analysis.load_abbreviations()
    q = syntax.parse_query("a b OR c d", abbr)  # OR binds the words beside it, tighter than AND
    assert [t.alternatives for t in q.terms] == [(("a",),), (("b",), ("c",)), (("d",),)] and not q.notices
    q = syntax.parse_query('ocop hoặc "kinh tế tập thể" -"Đắk Nông" NOT dak -20-NQ/TW', abbr)
    assert len(q.terms) == 1 and ("vietgap",) not in q.terms[0].alternatives
    assert {("ocop",), ("kinh", "te", "tap", "the"), ("kttt",)} <= set(q.terms[0].alternatives)
    assert [t.alternatives[0] for t in q.excluded] == [("dak", "nong"), ("dak",), ("20", "nq", "tw")]
    assert syntax.parse_query("hop AND tac").terms == syntax.parse_query("hop tac").terms
    # without abbreviations, an excluded word is one spelling (a tuple of words), like any term
    assert syntax.parse_query("-dak").excluded[0].alternatives == (("dak",),)
    assert syntax.parse_query('"or" and').terms[0].alternatives == (("or",),)  # quoted: the word
    for text, said in [("OR x", "trước nó"), ("x OR", "sau nó"), ("x OR -y", "loại trừ"), ("x NOT", "NOT"),
                       ("(x)*", "( ) *"), ('"x y', "ngoặc kép"), ("-x", "Chỉ có từ cần loại trừ"),
                       ("x -x", "vừa được tìm vừa bị loại trừ")]:
        notices = syntax.parse_query(text, abbr).notices
        assert any(said in n for n in notices), (text, notices)
        assert all(unicodedata.is_normalized("NFC", n) for n in notices)
    # highlighting marks what is found, never what is excluded
    assert syntax.parse_query("ocop -dak").all_words == frozenset({"ocop"})


def test_snippet_and_highlight_escape():
    q = syntax.parse_query("hop tac xa")
    text = '<img src=x onerror="alert(1)"> & Hợp tác xã \'quoted\' ' * 20
    for out in (snippets.snippet(text, q), snippets.highlight(text, q)):
        assert sc.html_safe(out)
        assert "<mark>Hợp tác xã</mark>" in out
    assert snippets.snippet("", q) == ""
    assert len(snippets.snippet("chữ " * 500, syntax.parse_query("khác"))) < 300


def test_copies_stay_grouped_through_updates_and_deletes(tmp_path):
    """The copies table and the copies' FTS tag follow every write (contentless FTS5 needs the
    exact values a row was indexed with to delete it: a wrong tag would corrupt the index)."""
    from search.embedded import COPY_TAG, _q

    def tagged(index) -> int:
        db = index._conn()
        assert db.execute("SELECT count(*) FROM body WHERE body MATCH ?", (_q(COPY_TAG),)).fetchone()[0] == \
            db.execute("SELECT count(*) FROM copies").fetchone()[0]
        return db.execute("SELECT count(*) FROM copies").fetchone()[0]

    with EmbeddedIndex(tmp_path / "s.sqlite3") as index:
        sc.load(index)
        assert tagged(index) == 2
        url = "https://lienminhhtx.camau.gov.vn/tin-tuc/tom.html"
        third = _doc("kg-tom", url=url, canonical_url=url, site="ca-mau")
        index.index([third])
        res = index.search(Query("tôm Kiên Giang"))
        assert res.total == 1 and len(res.hits[0].copies) == 2 and tagged(index) == 3
        index.index([_doc("kg-tom", title="HTX nuôi tôm Kiên Giang thu lãi lớn (cập nhật)")])  # rewritten in place
        assert index.search(Query("tôm Kiên Giang")).total == 1 and tagged(index) == 3
        index.delete([sc.ID["kg-tom"], third["id"]])
        res = index.search(Query("tôm Kiên Giang"))
        assert [sc.KEY[h.id] for h in res.hits] == ["vca-kg-tom"] and res.hits[0].copies == [] and tagged(index) == 0
        index.index([_doc("kg-tom")])  # back: a copy again
        assert index.search(Query("tôm Kiên Giang")).total == 1 and tagged(index) == 2
        index.optimize()
        index._conn().execute("INSERT INTO body(body) VALUES('integrity-check')")
