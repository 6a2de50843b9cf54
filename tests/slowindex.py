"""A real embedded index whose costly searches can be made to last (tests/test_serve.py,
tests/test_browser_serve.py): the stand-in for a query costing seconds on a big archive."""

from __future__ import annotations

import random
import time

from search.base import Budget
from search.embedded import EmbeddedIndex

WORDS = ("hợp tác xã nông nghiệp phát triển kinh tế tập thể thành viên sản xuất liên minh tỉnh huyện "
         "hội nghị kế hoạch năm mô hình hiệu quả dịch vụ tiêu thụ chế biến").split()
NORMAL = "hiệu quả"
COSTLY = " ".join(WORDS[3:9])  # six common words: every document matches, all of them ranked


def documents(n: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        url = f"https://lienminhhtx.example.vn/tin/{i}.html"
        out.append({"id": f"{i:040x}", "url": url, "canonical_url": url, "site": "lmhtx-hanoi",
                    "province": "ha-noi", "province_today": "ha-noi",
                    "title": " ".join(rng.choice(WORDS) for _ in range(8)),
                    "text": " ".join(rng.choice(WORDS) for _ in range(150)),
                    "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00+07:00"})
    return out


class SlowIndex(EmbeddedIndex):
    """A real embedded index whose COSTLY searches take as long as a test needs: each time
    SQLite looks at the budget (its progress handler), 0.1 s pass (40+ looks in all). It stands for a query
    costing seconds on a big archive; the search holds its connection all that time, and
    stops when its budget says so, as a real one does."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.finished: list[tuple[str, float, object]] = []  # (text, when, Results)

    def search(self, query, budget=None):
        if query.text == COSTLY:
            outer = budget or Budget()

            def slowly() -> bool:
                time.sleep(0.1)
                return bool(outer.cancelled and outer.cancelled())

            budget = Budget(None, slowly)
            budget.seconds, budget.deadline = outer.seconds, outer.deadline
        results = super().search(query, budget)
        self.finished.append((query.text, time.monotonic(), results))
        return results
