"""The web server under cost: waitress (keep-alive, idle timeout), searches that do not wait
for each other, the per-search time budget, the term limit, cancellation (a client gone, a
newer query from the same tab) and the per-client rate limit; on both backends where it
applies (osmem-server for Elasticsearch)."""

from __future__ import annotations

import http.client
import json
import os
import socket
import sys
import threading
import time
from urllib.parse import urlencode

import pytest

from search.base import MAX_QUERY_TERMS, Budget, Query, limit_terms
from search.embedded import EmbeddedIndex
from tests.slowindex import COSTLY, NORMAL, WORDS, SlowIndex, documents
from tests.webdata import fetch

TAB = "0123456789abcdef0123"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    ix = SlowIndex(tmp_path_factory.mktemp("serve") / "search.sqlite3")
    ix.index(documents(2000))
    yield ix
    ix.close()


@pytest.fixture
def server(index):
    from app.web.server import start_in_thread

    servers = []

    def start(**settings):
        server, base = start_in_thread(index, None, settings={"LMHTX_SEARCH_RATE": 0, **settings})
        servers.append(server)
        return base

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


def timed_get(base: str, path: str, headers: dict | None = None, source: str | None = None):
    """(status, seconds, headers, body) of one GET."""
    host, port = base.removeprefix("http://").split(":")
    t0 = time.monotonic()
    conn = http.client.HTTPConnection(host, int(port), timeout=30,
                                      source_address=(source, 0) if source else None)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, time.monotonic() - t0, dict(resp.getheaders()), body
    finally:
        conn.close()


def search_path(q: str) -> str:
    return "/api/search?" + urlencode({"q": q})


# --- the term limit ---------------------------------------------------------------------------


def test_term_limit_keeps_the_first_words_and_says_which_were_dropped():
    text = " ".join(f"từ{i}" for i in range(MAX_QUERY_TERMS + 8))
    limited, notice = limit_terms(Query(text))
    assert limited.text.split() == text.split()[:MAX_QUERY_TERMS]
    assert f"có {MAX_QUERY_TERMS + 8} từ" in notice and f"chỉ {MAX_QUERY_TERMS} từ đầu" in notice
    assert "từ12" in notice and "từ19" in notice
    same, none = limit_terms(Query("hợp tác xã"))
    assert same == Query("hợp tác xã") and none is None


def test_embedded_term_limit_searches_the_first_words_only(index):
    long = " ".join(WORDS[i % len(WORDS)] for i in range(60))
    res = index.search(Query(long))
    kept = index.search(Query(" ".join(long.split()[:MAX_QUERY_TERMS])))
    assert res.total == kept.total and [h.id for h in res.hits] == [h.id for h in kept.hits]
    assert any("chỉ 12 từ đầu" in n for n in res.notices) and not res.partial


def test_elastic_term_limit_and_budget(es_index):
    es_index.index(documents(40))
    es_index.refresh()
    long = " ".join(WORDS[i % len(WORDS)] for i in range(60))
    res = es_index.search(Query(long), Budget(5.0))  # the search timeout goes along with the request
    kept = es_index.search(Query(" ".join(long.split()[:MAX_QUERY_TERMS])))
    assert res.total == kept.total and {h.id for h in res.hits} == {h.id for h in kept.hits}
    assert any("chỉ 12 từ đầu" in n for n in res.notices)
    assert not res.partial and not kept.notices


# --- the time budget and cancellation -----------------------------------------------------------


def test_embedded_budget_stops_a_costly_search_with_a_notice(index):
    full = EmbeddedIndex.search(index, Query(COSTLY))  # the plain index, no budget: every match
    assert full.total > 1000 and len(full.hits) == 20 and not full.partial
    index.drop_caches()
    t0 = time.monotonic()
    res = index.search(Query(COSTLY), Budget(0.3))
    took = time.monotonic() - t0
    assert 0.25 < took < 1.2, took  # about the budget (its natural length: seconds)
    assert res.partial and "dừng sau 0,3 giây" in res.notices[0]
    # what it has: the newest matches (no time to rank them), said so
    assert "mới nhất" in res.notices[1] and len(res.hits) == 20
    published = [h.published for h in res.hits]
    assert published == sorted(published, reverse=True) and {h.id for h in res.hits} <= set(everything(index))


def everything(index) -> list[str]:
    return [h.id for p in range(1, 21) for h in EmbeddedIndex.search(index, Query(COSTLY, page=p, size=100)).hits]


def test_embedded_search_stops_when_cancelled(index):
    index.drop_caches()
    t0 = time.monotonic()
    res = EmbeddedIndex.search(index, Query(COSTLY), Budget(None, cancelled=lambda: True))
    assert time.monotonic() - t0 < 0.2
    assert res.partial and "yêu cầu mới hơn" in res.notices[-1]


def test_embedded_searches_do_not_wait_for_each_other(index):
    """While a costly search holds its connection, another thread's count and search answer."""
    index.drop_caches()
    slow = threading.Thread(target=index.search, args=(Query(COSTLY), Budget(1.5)))
    slow.start()
    time.sleep(0.2)  # under way
    t0 = time.monotonic()
    assert index.count() == 2000
    res = index.search(Query(NORMAL))
    took = time.monotonic() - t0
    assert slow.is_alive(), "the costly search should still be running"
    slow.join()
    assert res.total > 0 and not res.partial
    assert took < 0.9, took  # not behind the costly one (its budget: 1.5 s)


# --- the server ----------------------------------------------------------------------------------


def test_a_costly_search_neither_blocks_healthz_nor_a_normal_search(server, index):
    base = server(LMHTX_SEARCH_BUDGET_MS=1200)
    index.drop_caches()
    slow: dict = {}

    def costly():
        slow["status"], slow["took"], _, body = timed_get(base, search_path(COSTLY))
        slow["data"] = json.loads(body)

    t = threading.Thread(target=costly)
    t.start()
    time.sleep(0.3)
    status, health_took, _, body = timed_get(base, "/healthz")
    assert status == 200 and json.loads(body)["articles"] == 2000
    status, normal_took, _, body = timed_get(base, search_path(NORMAL))
    assert status == 200 and json.loads(body)["total"] > 0
    t.join()
    assert health_took < 0.6 and normal_took < 0.8, (health_took, normal_took)
    # the costly one came back at its budget, partial, saying so
    assert slow["status"] == 200 and 1.0 < slow["took"] < 2.5, slow["took"]
    assert slow["data"]["partial"] is True and "dừng sau 1,2 giây" in slow["data"]["notices"][0]
    assert normal_took < slow["took"]


def test_a_newer_query_from_the_same_tab_stops_the_older(server, index):
    base = server(LMHTX_SEARCH_BUDGET_MS=8000)
    index.drop_caches()
    out: dict = {}

    def costly():
        out["status"], out["took"], _, body = timed_get(base, search_path(COSTLY), {"X-Search-Tab": TAB})
        out["data"] = json.loads(body)

    t = threading.Thread(target=costly)
    t.start()
    time.sleep(0.3)
    # another tab (a colleague behind the same address) does not stop it ...
    assert timed_get(base, search_path(NORMAL), {"X-Search-Tab": "f" * 20})[0] == 200
    time.sleep(0.2)
    assert t.is_alive()
    # ... the same tab's next query does
    assert timed_get(base, search_path(NORMAL), {"X-Search-Tab": TAB})[0] == 200
    t.join(timeout=5)
    assert not t.is_alive() and out["took"] < 2.0, out
    assert out["data"]["partial"] is True and "yêu cầu mới hơn" in out["data"]["notices"][-1]


def test_a_search_whose_client_hung_up_stops(server, index):
    base = server(LMHTX_SEARCH_BUDGET_MS=8000)
    index.drop_caches()
    host, port = base.removeprefix("http://").split(":")
    before = len(index.finished)
    sock = socket.create_connection((host, int(port)))
    sock.sendall(f"GET {search_path(COSTLY)} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    time.sleep(0.3)
    hung_up = time.monotonic()
    sock.close()  # the browser gave up (instant search's abort, a closed tab)
    deadline = time.monotonic() + 5
    while len(index.finished) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    text, when, results = index.finished[-1]
    assert text == COSTLY and results.partial
    assert when - hung_up < 3.0, when - hung_up  # not the 8 s budget


def test_rate_limit_gives_429_with_retry_after_per_client(server):
    base = server(LMHTX_SEARCH_RATE=0.5, LMHTX_SEARCH_BURST=3)
    for _ in range(3):
        assert timed_get(base, search_path(NORMAL), source="127.0.0.2")[0] == 200
    status, _, headers, body = timed_get(base, search_path(NORMAL), source="127.0.0.2")
    assert status == 429 and int(headers["Retry-After"]) == 2
    assert "Quá nhiều lượt tìm kiếm" in json.loads(body)["error"]
    status, _, headers, body = timed_get(base, "/?" + urlencode({"q": NORMAL}), source="127.0.0.2")
    assert status == 429 and headers["Retry-After"] and "Quá nhiều lượt tìm kiếm" in body.decode()
    assert "text/html" in headers["Content-Type"]
    # other clients, and what is not a search, are not limited
    assert timed_get(base, search_path(NORMAL), source="127.0.0.3")[0] == 200
    assert timed_get(base, "/healthz", source="127.0.0.2")[0] == 200
    # X-Forwarded-For is not believed from just anyone
    status = timed_get(base, search_path(NORMAL), {"X-Forwarded-For": "10.1.2.3"}, source="127.0.0.2")[0]
    assert status == 429


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_bucket(server):
    base = server(LMHTX_SEARCH_RATE=0.5, LMHTX_SEARCH_BURST=2, LMHTX_WEB_TRUSTED_PROXY="127.0.0.4")
    for client in ("10.0.0.1", "10.0.0.2"):
        statuses = [timed_get(base, search_path(NORMAL), {"X-Forwarded-For": client}, source="127.0.0.4")[0]
                    for _ in range(3)]
        assert statuses == [200, 200, 429], (client, statuses)


def test_token_bucket_refills_at_its_rate():
    from app.web.ratelimit import RateLimiter

    now = [100.0]
    limiter = RateLimiter(rate=2.0, burst=2, clock=lambda: now[0])
    assert limiter.take("a") == 0 and limiter.take("a") == 0
    assert limiter.take("a") == pytest.approx(0.5)
    now[0] += 0.5
    assert limiter.take("a") == 0
    assert limiter.take("b") == 0  # every client has its own
    assert RateLimiter(rate=0, burst=1).take("a") == 0  # 0: no limit


def test_keep_alive_and_idle_connections_are_closed(server):
    base = server(LMHTX_WEB_CHANNEL_TIMEOUT=1)
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("GET", "/static/style.css")
    first = conn.getresponse()
    first.read()
    assert first.status == 200 and first.version == 11
    conn.request("GET", "/healthz")  # the same connection
    assert conn.getresponse().read() and conn.sock is not None
    sock = socket.create_connection((host, int(port)))  # connects and says nothing
    sock.settimeout(10)
    t0 = time.monotonic()
    assert sock.recv(1) == b""  # closed by the server
    assert time.monotonic() - t0 < 5
    sock.close()
    conn.close()


def test_many_simultaneous_requests_are_all_answered(server):
    base = server()
    results: list[int] = []

    def get():
        results.append(fetch(base, "/static/style.css")[0])

    threads = [threading.Thread(target=get) for _ in range(64)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 64
    assert time.monotonic() - t0 < 5


def test_long_queries_take_turns_at_low_priority_short_ones_never_wait():
    from app.web.ratelimit import LongQueries

    gate = LongQueries(at_once=1, nice=10)
    started, release, out = threading.Event(), threading.Event(), []

    def hold():
        started.set()
        release.wait(5)
        return "first"

    t = threading.Thread(target=lambda: out.append(gate.run(True, hold, lambda: False)))
    t.start()
    assert started.wait(5)
    # a short query runs at once, in the caller's own thread
    assert gate.run(False, threading.get_native_id, lambda: False) == threading.get_native_id()
    # a long one waits for its turn; its budget over by then, it does not run
    deadline = time.monotonic() + 0.2
    threading.Timer(0.4, release.set).start()
    assert gate.run(True, lambda: "ran", lambda: time.monotonic() > deadline) is None
    t.join()
    assert out == ["first"]
    # long queries run at a lower CPU priority (Linux: per thread)
    nice = gate.run(True, lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), lambda: False)
    if sys.platform == "linux":
        assert nice == os.getpriority(os.PRIO_PROCESS, 0) + 10
    gate.close()


def test_a_long_query_that_never_got_its_turn_says_the_server_is_busy(server, index):
    base = server(LMHTX_SEARCH_BUDGET_MS=400, LMHTX_SEARCH_LONG_AT_ONCE=1)
    # three costly searches at once: the first to get the turn runs to its budget, which is
    # over for the others too by then (they were sent in the same instant)
    out: list = []

    def costly():
        status, took, _, body = timed_get(base, search_path(COSTLY))
        out.append((took, json.loads(body)))

    threads = [threading.Thread(target=costly) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    notices = sorted(n for _, data in out for n in data["notices"])
    assert all(data["partial"] for _, data in out)
    assert any("đang bận" in n for n in notices) and any("dừng sau 0,4 giây" in n for n in notices), notices
    assert all(took < 1.5 for took, _ in out), out


def test_elastic_budget_answers_in_time_when_the_server_hangs(es_private_server):
    from tests.esserver import make_index

    index = make_index(es_private_server.url)
    try:
        index.ensure_index()
        index.index(documents(20))
        index.refresh()
        assert index.search(Query(NORMAL), Budget(2.0)).total > 0
        es_private_server.pause()  # hung: the client's own timeout is 30 s
        try:
            t0 = time.monotonic()
            res = index.search(Query(NORMAL), Budget(0.5))
            took = time.monotonic() - t0
        finally:
            es_private_server.resume()
        assert res.partial and res.hits == [] and "dừng sau 0,5 giây" in res.notices[-1]
        assert took < 2.0, took
    finally:
        index.close()


def test_each_thread_reads_the_archive_through_its_own_connection(tmp_path):
    from app.web.readers import ThreadArchives
    from crawler.archive import Archive

    archive = Archive(tmp_path)
    readers = ThreadArchives(archive)
    mine = readers.current()
    assert readers.current() is mine and mine.db is not archive.db and readers.call("count") == 0
    theirs: list = []
    t = threading.Thread(target=lambda: theirs.append(readers.current()))
    t.start()
    t.join()
    assert theirs[0].db is not mine.db
    threading.Thread(target=readers.current).start()  # a new thread: the ended one's connection is closed
    time.sleep(0.2)
    with pytest.raises(Exception, match="closed"):
        theirs[0].db.execute("SELECT 1")
    readers.close()
    archive.close()


def test_staff_searches_have_a_budget_the_apps_own_run_whole():
    """An export pages through every result with the app's own searches: a budget there
    would drop rows without a word, so only searches staff wait for have one."""
    from app.web.server import make_app
    from search.base import Results

    seen: list = []

    class Recording:
        def search(self, query, budget=None):
            seen.append(budget)
            return Results(total=0, hits=[])

        def count(self):
            return 0

    app = make_app(Recording(), settings={"LMHTX_SEARCH_BUDGET_MS": 700})
    app._search(Query("hợp tác xã"))  # e.g. a page of an export
    app._search(Query("hợp tác xã"), {"REMOTE_ADDR": "127.0.0.1"})  # a request's
    assert seen[0] is None and seen[1].seconds == 0.7 and not seen[1].stop()
    app.close()
