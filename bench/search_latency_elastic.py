"""Search latency on Elasticsearch-compatible osmem-server (in memory, so ~10k articles):
the same synthetic articles and query classes as bench/search_latency.py, through
search.elastic.ElasticIndex with facets and highlights. Usage: python bench/search_latency_elastic.py [N] [RUNS]"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from search_latency import Generator, percentile, query_classes  # noqa: E402

from tests.esserver import EsServer, make_index  # noqa: E402  (test-only transport shim for osmem)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with EsServer() as server:
        index = make_index(server.url)
        index.ensure_index()
        docs = list(Generator(42).documents(n))
        started = time.perf_counter()
        for i in range(0, n, 500):
            index.index(docs[i:i + 500])
        index.refresh()
        took = time.perf_counter() - started
        print(f"indexed {n} articles in {took:.1f} s ({n / took:.0f}/s)")
        for name, queries in query_classes(docs[:3000], runs).items():
            times = []
            for query in queries:
                t = time.perf_counter()
                index.search(query)
                times.append((time.perf_counter() - t) * 1000)
            if times:
                times.sort()
                print(f"{name:<32} p50 {percentile(times, 0.5):7.1f} ms   p95 {percentile(times, 0.95):7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
