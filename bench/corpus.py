"""The benchmark corpus: the 7 sample portals scaled up to ~2,000 articles.

Nothing here writes HTML: every page comes from the fixture generator's own site modules
(`samples.gen.<site>.build()`), which are given more articles. Each synthetic article
is an `Article` in its site's URL shape and date style (date element, URL only, metadata only,
listing only, a year-less "Ngày 18/04" that must stay unknown...), with a lead that names an
event date without a year, bodies that cite decrees with their own dates, photos with
captions, headings and lists, and a byline. The sentences are recombined from the fixture
articles and the seed pages (tests/data/seeds), so the text is real portal Vietnamese.
The pages keep every piece of furniture of their site (banner date, slogans, polls, counters,
related lists, footers), and the generator's own checks run on every site (each line of the
ground truth is on its page, no boilerplate string in any text, every link resolves).

Deterministic from (seed, size). `build_corpus(dir, per_site=N)` writes the sites, their
`expected.json` ground truth and `sites.yaml` (serve with samples.server.SampleSites),
plus `truth.jsonl`: one line per article (site, path, aliases, title, published, province, body).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import importlib
import json
import random
import re
import shutil
from contextlib import ExitStack
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock

from crawler.text import fold
from samples.gen import build as gen_build
from samples.gen import core as gen_core
from samples.gen.core import Article, dmy, iso
from samples.server import encode_cp1258

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "seeds"
SITES = ["vca", "lmhtx-thaibinh", "lmhtx-ninhbinh", "lmhtx-daknong", "lmhtx-nghean", "lmhtx-haugiang",
         "lmhtx-kiengiang"]
MODULE = {"vca": "vca", "lmhtx-thaibinh": "thaibinh", "lmhtx-ninhbinh": "ninhbinh", "lmhtx-daknong": "daknong",
          "lmhtx-nghean": "nghean", "lmhtx-haugiang": "haugiang", "lmhtx-kiengiang": "kiengiang"}
FORMAT = 3  # bump when the corpus changes: cached corpora of another format are rebuilt

START, END = datetime(2018, 1, 1), datetime(2024, 4, 30)  # before every banner's "today"

_SUBJECTS = ["Liên minh HTX tỉnh", "HTX Nông nghiệp {place}", "HTX Dịch vụ tổng hợp {place}", "UBND huyện {place}",
             "Hội Nông dân tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Sở Nông nghiệp và PTNT", "Quỹ Hỗ trợ phát triển HTX",
             "HTX Thủy sản {place}", "Tổ hợp tác {place}", "Trung tâm Thông tin - Tuyên truyền"]
_ACTIONS = ["tổ chức hội nghị triển khai", "tập huấn về", "sơ kết công tác", "tổng kết", "ký kết chương trình phối hợp về",
            "ra mắt mô hình", "hỗ trợ thành viên về", "kiểm tra, giám sát", "đối thoại với HTX về",
            "khảo sát thực tế", "tuyên truyền", "trao đổi kinh nghiệm về", "phát động phong trào"]
_TOPICS = ["chuyển đổi số cho HTX", "phát triển sản phẩm OCOP", "kinh tế tập thể", "Luật Hợp tác xã năm 2023",
           "liên kết sản xuất theo chuỗi giá trị", "tiếp cận vốn vay ưu đãi", "HTX kiểu mới", "nông nghiệp hữu cơ",
           "du lịch cộng đồng", "xây dựng nông thôn mới", "quản trị tài chính HTX", "thương mại điện tử",
           "giống cây trồng chất lượng cao", "nuôi trồng thủy sản bền vững", "tiêu thụ nông sản",
           "đào tạo cán bộ quản lý HTX", "ứng dụng công nghệ cao", "bảo vệ môi trường", "an toàn thực phẩm"]
_PLACES = ["Tân Phú", "An Bình", "Hòa Thuận", "Phước Long", "Thạnh Mỹ", "Đông Hưng", "Yên Khánh", "Gia Viễn",
           "Quỳnh Lưu", "Diễn Châu", "Cư Jút", "Krông Nô", "Vị Thủy", "Long Mỹ", "Châu Thành", "Kiến Xương",
           "Tiền Hải", "Hoa Lư", "Kim Sơn", "Đắk Song", "Phụng Hiệp", "Giồng Riềng", "Tân Hiệp", "Nghĩa Đàn",
           "Thanh Chương", "Vũ Thư", "Nho Quan", "Tuy Đức", "Ngã Bảy", "Hòn Đất"]
_NAMES = ["Nguyễn Văn Hải", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Anh", "Vũ Ngọc Lan", "Đặng Quốc Huy",
          "Bùi Thanh Tâm", "Đỗ Hồng Nhung", "Ngô Văn Thành", "Minh Châu", "Thu Trang", "Quang Vinh", "Hải Yến"]
_CAPTIONS = ["Quang cảnh {event}", "Đại biểu tham quan mô hình của {subject}", "Lãnh đạo {subject} phát biểu",
             "Thành viên {subject} giới thiệu sản phẩm", "Các học viên tham gia {event}"]
_DECREES = [("Quyết định", "QĐ-UBND", "UBND tỉnh"), ("Kế hoạch", "KH-UBND", "UBND tỉnh"),
            ("Nghị định", "NĐ-CP", "Chính phủ"), ("Quyết định", "QĐ-TTg", "Thủ tướng Chính phủ"),
            ("Công văn", "LMHTXVN-TTTT", "Liên minh HTX Việt Nam"), ("Chỉ thị", "CT-TU", "Tỉnh ủy")]


def _fixture_articles() -> list[Article]:
    out = []
    for module in MODULE.values():
        out.extend(importlib.import_module(f"samples.gen.{module}").articles())
    return out


def _boilerplate() -> list[str]:
    strings = []
    for module in MODULE.values():
        strings.extend(importlib.import_module(f"samples.gen.{module}").F.strings())
    return strings + ["Lượt xem", "BÌNH LUẬN", "Tin liên quan", "Khảo sát", "Bình luận", "Nguồn:", "Theo ",
                      "Giấy phép"]  # the seed dumps carry their portal's footer


def sentence_pool() -> list[str]:
    """Sentences of the fixture articles and the seed pages, none carrying a furniture string."""
    banned = _boilerplate()
    lines = []
    for a in _fixture_articles():
        lines += [b.text for b in a.blocks if b.kind == "p"] + ([a.lead] if a.lead else [])
    for seed in sorted(SEEDS.glob("*.txt")):
        lines += [x.strip() for x in seed.read_text(encoding="utf-8").splitlines() if len(x.strip()) > 120]
    out = []
    for line in lines:
        for s in re.split(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ])", line):
            s = s.strip()
            if (40 <= len(s) <= 400 and not any(b in s for b in banned) and "[[" not in s and "**" not in s
                    and not s.startswith(("-", "*", "#", "[")) and not re.match(r"^\d+\.", s) and not s.isupper()):
                out.append(s)
    return sorted(s for s in set(out) if _cp1258_ok(s))


def _cp1258_ok(s: str) -> bool:  # one site is served as windows-1258
    try:
        encode_cp1258(s)
    except (UnicodeError, ValueError):
        return False
    return True


class Writer:
    """Synthetic articles for one site, in that site's URL shape and date style."""

    def __init__(self, site: str, rng: random.Random, pool: list[str], n: int):
        self.site, self.rng, self.pool, self.n = site, rng, pool, n
        self.mod = importlib.import_module(f"samples.gen.{MODULE[site]}")
        self.titles: set[str] = set()
        self.views: dict[int, int] = {}

    window = (START, END)

    def date(self) -> datetime:
        start, end = self.window
        span = int((end - start).total_seconds() // 60)
        d = start + timedelta(minutes=self.rng.randrange(span))
        return d.replace(second=0, minute=d.minute - d.minute % 5)

    def title(self) -> tuple[str, str, str]:
        rng = self.rng
        while True:
            subject = rng.choice(_SUBJECTS).format(place=rng.choice(_PLACES))
            topic = rng.choice(_TOPICS)
            title = f"{subject} {rng.choice(_ACTIONS)} {topic}"
            if rng.random() < 0.5:
                title += f" năm {rng.randint(2018, 2024)}"
            if rng.random() < 0.3:
                title += f" tại {rng.choice(_PLACES)}"
            if title not in self.titles:
                self.titles.add(title)
                return title, subject, topic

    def sentence(self, d: datetime) -> str:
        rng = self.rng
        if rng.random() < 0.15:  # a cited document with its own (earlier) date: never the publication date
            kind, code, org = rng.choice(_DECREES)
            cited = d - timedelta(days=rng.randint(30, 2000))
            return (f"Thực hiện {kind} số {rng.randint(2, 2999)}/{code} ngày {cited.day}/{cited.month}/{cited.year} "
                    f"của {org}, các đơn vị đã chủ động xây dựng kế hoạch và phân công nhiệm vụ cụ thể.")
        return rng.choice(self.pool)

    def body(self, d: datetime, subject: str, topic: str, slug: str) -> str:
        rng = self.rng
        lines = []
        for k in range(rng.randint(3, 7)):
            lines.append(" ".join(self.sentence(d) for _ in range(rng.randint(1, 3))))
            r = rng.random()
            if k == 0:  # every article has a photo (listings show it), most with a caption
                caption = rng.choice(_CAPTIONS).format(event=f"hội nghị {topic}", subject=subject)
                lines.append(f"[img {slug[:40]}-0.png]" + (f" {caption}" if rng.random() < 0.7 else ""))
            elif r < 0.3:
                event = f"hội nghị {topic}"
                caption = rng.choice(_CAPTIONS).format(event=event, subject=subject)
                lines.append(f"[img {slug[:40]}-{k}.png] {caption}")
            elif r < 0.4:
                lines.append(f"## {rng.choice(['Kết quả nổi bật', 'Nhiệm vụ thời gian tới', 'Một số kiến nghị', 'Hiệu quả bước đầu'])}")
            elif r < 0.5:
                lines += [f"* {rng.choice(self.pool)[:150].rstrip(' ,;')};" for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.2:  # a "Ngày 6/1"-style event line without year, late in the body
            e = d - timedelta(days=rng.randint(1, 5))
            lines.append(f"Trước đó, ngày {e.day}/{e.month}, đoàn công tác đã làm việc với {subject} về {topic}.")
        return "\n".join(lines)

    def lead(self, d: datetime, subject: str, topic: str) -> str:
        e = d - timedelta(days=self.rng.randint(0, 2))
        when = self.rng.choice(["Sáng", "Chiều", "Ngày"])
        year = f"/{e.year}" if self.rng.random() < 0.3 else ""  # the event date, often without its year
        return (f"{when} {e.day}/{e.month}{year}, {subject} đã {self.rng.choice(_ACTIONS)} {topic} "
                f"với sự tham gia của {self.rng.randint(20, 300)} đại biểu là cán bộ, thành viên các HTX.")

    def article(self, i: int) -> Article:
        rng = self.rng
        d = self.date()
        title, subject, topic = self.title()
        slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:90]
        byline = rng.choice(_NAMES)
        a = Article(path="", title=title, date=d, body=self.body(d, subject, topic, slug),
                    lead=self.lead(d, subject, topic), byline=byline, author=byline)
        return getattr(self, "_" + MODULE[self.site].replace("-", "_"))(a, i, slug, d)

    # -- one method per site: path, date style, expected date ----------------------------

    def _pick(self, *weights: float) -> int:
        r, acc = self.rng.random(), 0.0
        for k, w in enumerate(weights):
            acc += w
            if r < acc:
                return k
        return len(weights) - 1

    def _shown_or(self, a, d, share, shown, evidence, *, hidden):
        """The page shows its date (a `share` of the articles); the others have it only `hidden`
        in the listing or the URL (midnight)."""
        if self._pick(share, 1 - share) == 0:
            a.published, a.published_source, a.evidence = shown, "date-element", evidence
        else:
            a.opts = {"show_date": False}
            a.published, a.published_source, a.evidence = iso(d, False), hidden, [hidden]
        return a

    def _vca(self, a, i, slug, d):
        a.path = f"/{slug}-a{31000 + i}.html"
        if self.rng.random() < 0.1:
            a.kicker = f"{a.title.split(' ')[0]} {self.rng.choice(_TOPICS)}:"
        return self._shown_or(a, d, 0.94, iso(d), ["date-element", "listing"], hidden="listing")

    def _portal(self, a, i, slug, d, base_id):
        a.path = f"/tin-tuc-su-kien/{slug}-{base_id + i}.html"
        if self.rng.random() < 0.4:
            a.lead = None
        a.date = a.date.replace(hour=0, minute=0)
        return self._shown_or(a, d, 0.94, iso(d, False), ["date-element", "listing"], hidden="listing")

    def _thaibinh(self, a, i, slug, d):
        return self._portal(a, i, slug, d, 2000)

    def _ninhbinh(self, a, i, slug, d):
        return self._portal(a, i, slug, d, 1100)

    def _daknong(self, a, i, slug, d):
        a.lead = None
        a.path = f"/{d:%Y/%m/%d}/{slug}/"
        return self._shown_or(a, d, 0.7, iso(d), ["date-element", "url"], hidden="url")

    def _nghean(self, a, i, slug, d):
        a.path = self.mod.p(slug, 2000 + i)
        a.published, a.published_source = iso(d), "metadata"
        if self._pick(0.9, 0.1) == 0:
            a.evidence = ["metadata", "date-element", "listing"]
        else:
            a.opts = {"show_date": False}
            a.evidence = ["metadata", "listing"]
        return a

    def _haugiang(self, a, i, slug, d):
        n = 400 + i
        a.path = self.mod.item(n)
        self.views[n] = self.rng.randint(20, 3000)
        k = self._pick(0.86, 0.08, 0.06)
        if k == 0:
            a.published, a.published_source, a.evidence = iso(d), "date-element", ["date-element"]
        elif k == 1:
            a.opts = {"date_text": f"Ngày {d:%d-%m-%Y} - Lượt xem: {self.views[n]}"}
            a.published, a.published_source, a.evidence = iso(d, False), "date-element", ["date-element"]
        else:  # no year anywhere (listings carry no dates): must stay unknown
            a.opts = {"date_text": f"Ngày {d:%d/%m}"}
            a.published, a.published_source, a.evidence = None, None, []
        return a

    def _kiengiang(self, a, i, slug, d):
        ascii_slug = "-".join(w.capitalize() for w in slug.split("-"))[:70]
        a.path = self.mod.art(4000 + i, ascii_slug)
        a.published, a.published_source, a.evidence = iso(d), "date-element", ["date-element", "listing"]
        return a


def corpus_key(seed: int, per_site: int) -> str:
    src = b"".join(p.read_bytes() for p in sorted((ROOT / "samples" / "gen").glob("*.py")))
    digest = hashlib.sha1(src + Path(__file__).read_bytes()).hexdigest()[:10]
    return f"corpus-v{FORMAT}-s{seed}-n{per_site}-{digest}"


NEW_WINDOW = (datetime(2024, 5, 2), datetime(2024, 5, 20))  # newer than every article, before the banners


def build_corpus(out: Path, *, per_site: int = 280, seed: int = 2025, check: bool = True,
                 new: dict[str, int] | None = None) -> dict:
    """Write the scaled sites into `out` (replaced). Returns the summary. `new` adds that many
    articles, newer than all others, to some sites (the same corpus otherwise: the nightly
    benchmark's "20 new articles appear")."""
    rng = random.Random(seed)
    pool = sentence_pool()
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    sites = []
    # the generator's link check parses every route for every link: memoise that pure function
    fast_key = functools.lru_cache(maxsize=None)(gen_core._route_key)
    for site_id in SITES:
        writer = Writer(site_id, random.Random(rng.randrange(2**32)), pool, per_site)
        extra = [writer.article(i) for i in range(per_site)]
        writer.window = NEW_WINDOW
        extra += [writer.article(per_site + i) for i in range((new or {}).get(site_id, 0))]
        mod = writer.mod
        original = mod.articles
        with ExitStack() as stack:
            stack.enter_context(mock.patch.object(gen_core, "_route_key", fast_key))
            stack.enter_context(mock.patch.object(mod, "articles", lambda original=original, extra=extra: original() + copy.deepcopy(extra)))
            if site_id == "lmhtx-haugiang":
                stack.enter_context(mock.patch.dict(mod.VIEWS, writer.views))
            site = mod.build()
            site.finalize()
            if check:
                site.check()
        sites.append(site)
    offsite = importlib.import_module("samples.gen.offsite").build()
    offsite.finalize()
    sites.append(offsite)
    gen_build.write_all(out, sites)
    summary = {"seed": seed, "per_site": per_site, "new": new or {}, "sites": {}}
    with (out / "truth.jsonl").open("w", encoding="utf-8") as f:
        for site in sites:
            if not site.registry:
                continue
            exp = json.loads((out / site.id / "expected.json").read_text(encoding="utf-8"))
            for entry in exp["articles"]:
                row = {"site": site.id, "family": site.family, "province": exp["province"], **entry}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
            summary["sites"][site.id] = {"family": site.family, "articles": len(exp["articles"]),
                                         "html_pages": len(site.html_pages), "files": len(site.files)}
    summary["articles"] = sum(s["articles"] for s in summary["sites"].values())
    summary["html_pages"] = sum(s["html_pages"] for s in summary["sites"].values())
    (out / "corpus.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


def cached_corpus(cache: Path, *, per_site: int, seed: int = 2025,
                  new: dict[str, int] | None = None) -> tuple[Path, dict]:
    """The corpus for (seed, per_site, new), built once into `cache`."""
    path = Path(cache) / (corpus_key(seed, per_site) + "".join(f"-{k}+{v}" for k, v in sorted((new or {}).items())))
    if (path / "corpus.json").exists():
        return path, json.loads((path / "corpus.json").read_text(encoding="utf-8"))
    tmp = path.with_name(path.name + ".tmp")
    summary = build_corpus(tmp, per_site=per_site, seed=seed, new=new)
    if path.exists():
        shutil.rmtree(path)
    tmp.rename(path)
    return path, summary


def load_truth(corpus: Path) -> list[dict]:
    with (Path(corpus) / "truth.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def boilerplate(corpus: Path, site: str) -> list[str]:
    return json.loads((Path(corpus) / site / "expected.json").read_text(encoding="utf-8"))["boilerplate"]


__all__ = ["SITES", "boilerplate", "build_corpus", "cached_corpus", "dmy", "load_truth"]
