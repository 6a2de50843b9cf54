"""Building blocks of the sample-site generator: articles, body markup, widgets, one site's build.

Body markup (one block per line, blank lines ignored):

    ## Heading                      -> <h2>/<h3>/<p><strong> (per family); one text line
    * item                          -> <ul><li> (consecutive items form one list); one line each
    [img name.png] Caption          -> photo, caption line below it; the caption is one line
    [img name.png]                  -> photo without caption; no line
    anything else                   -> <p>; one line ("- " at the start is kept: portals write lists so)

Inline: **bold**, [[link text|/path]].
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import struct
import unicodedata
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

import lxml.html
import yaml

VN_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
TODAY_2026 = datetime(2026, 11, 23)  # the banners' "today" on most sites
TODAY_2024 = datetime(2024, 7, 13)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def weekday(d: datetime, lower: bool = False) -> str:
    name = VN_WEEKDAYS[d.weekday()]
    return name[:4] + name[4:].lower() if lower else name


def dmy(d: datetime) -> str:
    return d.strftime("%d/%m/%Y")


def iso(d: datetime | None, with_time: bool = True) -> str | None:
    if d is None:
        return None
    if not with_time:
        d = d.replace(hour=0, minute=0, second=0)
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def squash(text: str) -> str:
    return " ".join(text.split())


def table_row(cells: list[str]) -> str:
    """A data table's row as the text keeps it: one line, its cells between " | "."""
    return "| " + " | ".join(cells) + " |"


def cells_text(line: str) -> str:
    """What the page shows of a line: a table row's cells without their separators."""
    return line.strip("| ").replace(" | ", " ") if line.startswith("| ") and line.endswith(" |") else line


# -- body markup -------------------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
_IMG = re.compile(r"^\[img ([^\]]+)\]\s*(.*)$")


def inline_html(text: str) -> str:
    out = esc(text)
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    return _LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', out)


def inline_text(text: str) -> str:
    return squash(_LINK.sub(r"\1", _BOLD.sub(r"\1", text)))


@dataclass
class Block:
    kind: str  # p | h | ul | img
    text: str = ""
    items: list[str] = field(default_factory=list)
    src: str = ""

    def lines(self) -> list[str]:
        if self.kind == "ul":
            return [inline_text(i) for i in self.items]
        return [inline_text(self.text)] if self.text else []


def parse_body(markup: str) -> list[Block]:
    blocks: list[Block] = []
    for raw in markup.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(Block("h", line[3:].strip()))
        elif line.startswith("* "):
            if blocks and blocks[-1].kind == "ul":
                blocks[-1].items.append(line[2:].strip())
            else:
                blocks.append(Block("ul", items=[line[2:].strip()]))
        elif m := _IMG.match(line):
            blocks.append(Block("img", m.group(2).strip(), src=m.group(1).strip()))
        else:
            blocks.append(Block("p", line))
    return blocks


# -- articles ----------------------------------------------------------------------------------

@dataclass
class Article:
    path: str  # canonical path (+query) on its site
    title: str
    date: datetime  # true publication time, Vietnam time; drives display and ordering
    body: str  # markup
    lead: str | None = None  # sapo; where it sits is the family's business
    byline: str | None = None  # closing byline line as printed
    author: str | None = None  # expected author
    published: str | None = None  # expected ISO date
    published_source: str | None = None
    evidence: list[str] = field(default_factory=list)  # every source that carries `published`
    aliases: list[str] = field(default_factory=list)
    doc_number: str | None = None
    attachments: list[dict] = field(default_factory=list)
    kicker: str | None = None  # line above the title (not part of title or text)
    listed: bool = True
    description: str | None = None
    notes: list[str] = field(default_factory=list)  # traps this article carries (README)
    extra: dict = field(default_factory=dict)  # extra ground-truth fields
    opts: dict = field(default_factory=dict)  # family rendering options

    @property
    def blocks(self) -> list[Block]:
        return parse_body(self.body)

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        lines = [inline_text(self.lead)] if self.lead else []
        for block in self.blocks:
            lines.extend(block.lines())
        if self.byline and byline_in_text:
            lines.append(inline_text(self.byline))
        return lines

    def first_image(self) -> str | None:
        return next((b.src for b in self.blocks if b.kind == "img"), None)

    def summary(self) -> str:
        if self.description:
            return self.description
        text = inline_text(self.lead) if self.lead else next(
            (inline_text(b.text) for b in self.blocks if b.kind == "p"), self.title)
        words = text.split()
        return " ".join(words[:40]) + (" ..." if len(words) > 40 else "")


def contains_for(lines: list[str], blocks: list[Block]) -> list[str]:
    """A caption, a heading and a list item when the article has them."""
    picks = []
    for kind in ("img", "h", "ul"):
        block = next((b for b in blocks if b.kind == kind and b.lines()), None)
        if block:
            picks.append(block.lines()[0])
    return picks or lines[1:2]


# -- shared furniture --------------------------------------------------------------------------

POLL_QUESTION = "Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào ?"
POLL_OPTIONS = ("Gắn sản phẩm với phát triển du lịch cộng đồng",
                "Nâng cao chất lượng, bao bì, mẫu mã sản phẩm",
                "Đẩy mạnh bán hàng trên sàn thương mại điện tử",
                "Ý kiến khác")
RATING = "Tổng số điểm của bài viết là: 0 trong 0 đánh giá"
RATING_CLICK = "Click để đánh giá bài viết"


@dataclass
class Furniture:
    org: str  # "Liên minh Hợp tác xã tỉnh Thái Bình"
    short: str  # "Liên minh HTX tỉnh Thái Bình"
    today: str  # banner date
    slogans: list[str]
    responsible: str
    licence: str
    source_note: str
    copyright: str
    address: str
    phone: str
    email: str = ""
    counter: tuple[int, int, int] = (43, 122, 123456)
    weather: tuple[str, str] = ("28°C", "Độ ẩm: 75%")
    zalo: bool = True  # "Zalo" in the share bar counts as boilerplate

    def strings(self) -> list[str]:
        """Exact furniture strings: never part of an article's text."""
        a, b, c = self.counter
        out = [self.today, *self.slogans, self.responsible, self.licence, self.source_note,
               self.copyright, self.address, self.phone,
               "Tăng tương phản", "Giảm tương phản", "Thời tiết Hà Nội", self.weather[1],
               "Thống kê truy cập", f"Hôm nay : {a}", f"Hôm qua : {b}", f"Tổng số : {c}",
               POLL_QUESTION, *POLL_OPTIONS, "Biểu quyết", "Xem kết quả",
               RATING, RATING_CLICK, "Chia sẻ", "Facebook", "In bài viết", "Gửi email",
               "Tin tiêu điểm", "Liên kết website"]
        if self.email:
            out.append(self.email)
        if self.zalo:
            out.append("Zalo")
        return out


def access_bar() -> str:
    return ('<div class="accessibility"><a href="javascript:void(0)" class="font-minus">A-</a> '
            '<a href="javascript:void(0)" class="font-reset">A</a> '
            '<a href="javascript:void(0)" class="font-plus">A+</a> | '
            '<a href="javascript:void(0)" class="contrast-up">Tăng tương phản</a> '
            '<a href="javascript:void(0)" class="contrast-down">Giảm tương phản</a></div>')


def weather(f: Furniture, tag: str = "h3") -> str:
    temp, humidity = f.weather
    return (f'<div class="weather"><{tag}>Thời tiết</{tag}><div class="weather-box">'
            f'<span class="city">Thời tiết Hà Nội</span> <span class="temp">{temp}</span>'
            f'<p>Trời nhiều mây, không mưa</p><p>{humidity}</p></div></div>')


def counter(f: Furniture, tag: str = "h3") -> str:
    a, b, c = f.counter
    return (f'<div class="counter"><{tag}>Thống kê truy cập</{tag}><ul>'
            f'<li>Đang truy cập : 12</li><li>Hôm nay : {a}</li><li>Hôm qua : {b}</li>'
            f'<li>Tổng số : {c}</li></ul></div>')


def poll(tag: str = "h3") -> str:
    options = "".join(
        f'<li><label><input type="radio" name="poll" value="{i}"> {esc(o)}</label></li>'
        for i, o in enumerate(POLL_OPTIONS, 1))
    return (f'<div class="poll"><{tag}>Khảo sát</{tag}><p class="question">{esc(POLL_QUESTION)}</p>'
            f'<form action="javascript:void(0)"><ul>{options}</ul>'
            '<button type="button" class="btn-vote">Biểu quyết</button> '
            '<button type="button" class="btn-result">Xem kết quả</button></form></div>')


def rating() -> str:
    stars = "".join(f'<a href="javascript:void(0)" class="star star-off" data-score="{i}" title="{i} điểm"></a>'
                    for i in range(1, 6))
    return (f'<div class="rating"><p>{RATING}</p><div class="stars">{stars}</div>'
            f'<p class="rate-hint">{RATING_CLICK}</p></div>')


def share(f: Furniture, print_href: str = "javascript:window.print()", css: str = "share-bar") -> str:
    zalo = ('<a href="javascript:void(0)" class="zalo-share-button">Zalo</a> ' if f.zalo
            else '<a href="javascript:void(0)" class="zl-share" title="Chia sẻ qua mạng xã hội">'
                 '<i class="icon-zl"></i></a> ')
    return (f'<div class="{css}"><span>Chia sẻ</span> '
            '<a href="javascript:void(0)" class="fb-share">Facebook</a> '
            f'{zalo}<a href="{print_href}" class="print">In bài viết</a> '
            '<a href="javascript:void(0)" class="send-mail">Gửi email</a></div>')


def links_box(tag: str = "h3") -> str:
    """'Liên kết website': every outside link goes to the offsite sample (never to the Internet)."""
    items = [("Cổng thông tin điện tử Chính phủ", "/chinh-phu/"),
             ("Liên minh Hợp tác xã Việt Nam", "/lmhtx-vn/"),
             ("Báo Kinh tế hợp tác", "/tin-tuc/bai-viet-1.html"),
             ("Bộ Kế hoạch và Đầu tư", "/bo-khdt/")]
    lis = "".join(f'<li><a href="{{{{base:offsite}}}}{href}" target="_blank">{esc(t)}</a></li>'
                  for t, href in items)
    return f'<div class="weblinks"><{tag}>Liên kết website</{tag}><ul>{lis}</ul></div>'


def news_list(heading: str, items: list[tuple[str, str, str | None]], css: str,
              tag: str = "h3") -> str:
    lis = "".join(
        f'<li><a href="{href}">{esc(title)}</a>'
        + (f' <span class="date">({d})</span>' if d else "") + "</li>"
        for href, title, d in items)
    return f'<div class="{css}"><{tag}>{heading}</{tag}><ul>{lis}</ul></div>'


# -- binary samples ----------------------------------------------------------------------------

def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def image_for(path: str) -> bytes:
    digest = hashlib.sha256(path.encode()).digest()
    return png(8, 6, (digest[0], digest[1], digest[2]))


def pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF: ASCII text lines in Helvetica; the Info title in UTF-16 (Vietnamese)."""
    def pdf_str(s: str) -> str:
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    ops = ["BT", "/F1 14 Tf", "72 770 Td", "18 TL"]
    for line in lines:
        line.encode("ascii")
        ops.append(f"{pdf_str(line)} '")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    title_hex = (b"\xfe\xff" + title.encode("utf-16-be")).hex().upper()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title <{title_hex}> /Producer (lmhtx-archive samples) >>".encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, len(objects), xref))
    return bytes(out)


def rtf(paragraphs: list[str]) -> bytes:
    """A small RTF document (what many portals upload as .doc)."""
    def enc(s: str) -> str:
        return "".join(c if ord(c) < 128 and c not in "\\{}" else
                       ("\\" + c if c in "\\{}" else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?")
                       for c in nfc(s))
    body = "".join(f"{{\\pard\\qj {enc(p)}\\par}}\n" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs26\n"
            + body + "}\n").encode("ascii")


# -- one site's build --------------------------------------------------------------------------

def route_file_name(path: str, ext: str = ".html") -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", unquote(urlsplit(path).path + "-" + urlsplit(path).query)
                  .encode("ascii", "ignore").decode()).strip("-").lower()
    digest = hashlib.sha1(path.encode()).hexdigest()[:8]
    return f"_routes/{slug[:60] or 'root'}-{digest}{ext}"


def static_file_for(path: str) -> str:
    p = unquote(urlsplit(path).path)
    if p.endswith("/"):
        p += "index.html"
    return p.lstrip("/")


@dataclass
class Trap:
    what: str
    path: str


class SiteBuild:
    def __init__(self, site_id: str, province: str, name: str, family: str, furniture: Furniture | None,
                 *, start_urls: list[str], sitemaps: list[str] = (), feeds: list[str] = (),
                 selectors: dict | None = None, registry: bool = True, default_encoding: str | None = None,
                 per_page: int = 5):
        self.id = site_id
        self.province = province
        self.name = name
        self.family = family
        self.f = furniture
        self.start_urls = list(start_urls)
        self.sitemaps = list(sitemaps)
        self.feeds = list(feeds)
        self.selectors = selectors
        self.registry = registry
        self.default_encoding = default_encoding
        self.per_page = per_page
        self.files: dict[str, bytes] = {}
        self.routes: list[dict] = []
        self.html_pages: dict[str, str] = {}  # request path -> html (for checks)
        self.articles: list[Article] = []  # articles that become items
        self.byline_in_text = True
        self.non_articles: list[str] = []
        self.never_fetched: list[str] = []
        self.errors: list[dict] = []  # linked pages that answer an error
        self.twins: list[list[str]] = []
        self.traps: list[Trap] = []
        self.extra_boilerplate: list[str] = []
        self.only_in: dict[str, str] = {}
        # For the check only (not ground truth): a page's meta descriptions count as its text (a JavaScript
        # front end whose server HTML carries the post only in og:description), and an article's text may
        # also be found on other pages (a thread's later posts, an embed view).
        self.meta_text = False
        self.text_pages: dict[str, list[str]] = {}

    # -- files and routes -----------------------------------------------------------------

    def page(self, path: str, content: str, *, encoding: str | None = None,
             content_type: str | None = None) -> None:
        """A page at a request path: a plain file when it can be, else a route."""
        parts = urlsplit(path)
        decoded = unquote(parts.path)
        needs_route = bool(parts.query) or not decoded.isascii() or encoding or content_type
        if needs_route:
            file = route_file_name(path, ".xml" if content_type and "xml" in content_type else ".html")
            route = {"path": path, "file": file}
            if encoding:
                route["encoding"] = encoding
            if content_type:
                route["content_type"] = content_type
            self.routes.append(route)
        else:
            file = static_file_for(path)
        if file in self.files:
            raise ValueError(f"{self.id}: two pages write {file}")
        self.files[file] = content.encode("utf-8")
        if not content_type or "html" in content_type:
            self.html_pages[path] = content

    def same_page(self, alias: str, target: str) -> None:
        """Serve the page of `target` (already added) at another path, e.g. a query-string URL."""
        route = next((r for r in self.routes if r["path"] == target and "file" in r), None)
        file = route["file"] if route else static_file_for(target)
        if file not in self.files:
            raise ValueError(f"{self.id}: {target} has no page yet")
        self.routes.append({"path": alias, "file": file})
        self.html_pages.setdefault(alias, self.html_pages[target])

    def postback(self, path: str, fields: dict[str, str], content: str) -> None:
        """What `path` answers when its form is posted back with `fields`: an ASP.NET pager's
        older page (`__EVENTARGUMENT` "Page$2"), which no URL reaches."""
        key = "&".join(f"{k}={v}" for k, v in sorted(fields.items()))
        file = route_file_name(f"{path}#postback?{key}")
        self.routes.append({"path": path, "post": dict(fields), "file": file})
        self.files[file] = content.encode("utf-8")
        self.html_pages[f"{path}#postback?{key}"] = content

    def static(self, path: str, content: str | bytes) -> None:
        """A plain file (robots.txt, sitemap.xml, an attachment...) at its own path."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        self.files[static_file_for(path)] = data

    def finalize(self) -> None:
        """Write the images, style sheets and scripts the pages refer to."""
        for path, page in self.html_pages.items():
            doc = parse_html(page)
            for ref in doc.xpath("//img/@src|//script/@src|//link[translate(@rel, 'STYLESHET', 'styleshet')"
                                 "='stylesheet']/@href"):
                ref = ref.replace("{{base}}", "")
                if not ref.startswith("/") or ref.startswith("//"):
                    continue
                if "?" in ref and any(r.get("path") == ref for r in self.routes):
                    continue  # served by a route (a wiki's `?action=AttachFile&do=get&target=x.png`)
                name = static_file_for(ref)
                if name in self.files:
                    continue
                if name.endswith(".png"):
                    self.files[name] = image_for(name)
                elif name.endswith(".css"):
                    self.files[name] = b"body{font-family:Arial,sans-serif;font-size:14px}\n"
                elif name.endswith(".js"):
                    self.files[name] = b"/* site scripts */\n"
                else:
                    raise AssertionError(f"{self.id}: {path} refers to {ref}: no such asset")

    def binary(self, path: str, data: bytes) -> None:
        self.files[static_file_for(path)] = data

    def redirect(self, path: str, target: str, status: int = 301) -> None:
        self.routes.append({"path": path, "redirect": target, "status": status})

    def error(self, path: str, status: int) -> None:
        self.routes.append({"path": path, "status": status})
        self.errors.append({"path": path, "status": status})

    def broken(self, path: str) -> None:
        """A linked path that simply does not exist (answers 404)."""
        self.errors.append({"path": path, "status": 404})

    def trap(self, what: str, path: str) -> None:
        self.traps.append(Trap(what, path))

    # -- ground truth ---------------------------------------------------------------------

    def add_article(self, a: Article) -> None:
        self.articles.append(a)
        for note in a.notes:
            self.trap(note, a.path)

    def expected_entry(self, a: Article) -> dict:
        lines = [nfc(squash(x)) for x in a.text_lines(self.byline_in_text)]
        entry = {
            "path": a.path,
            "aliases": a.aliases,
            "title": nfc(a.title),
            "published": a.published,
            "published_source": a.published_source,
            "published_evidence": a.evidence,
            "author": a.author,
            "doc_number": a.doc_number,
            "attachments": a.attachments,
            "first_line": lines[0],
            "last_line": lines[-1],
            "contains": contains_for(lines, a.blocks),
            "body": "\n".join(lines),
        }
        if a.path in self.only_in:
            entry["only_in"] = self.only_in[a.path]
        entry.update(a.extra)
        return entry

    def boilerplate(self) -> list[str]:
        strings = (self.f.strings() if self.f else []) + self.extra_boilerplate
        return list(dict.fromkeys(nfc(s) for s in strings))

    def expected(self) -> dict:
        return {
            "site": self.id,
            "province": self.province,
            "family": self.family,
            "articles": [self.expected_entry(a) for a in self.articles],
            "non_articles": self.non_articles,
            "never_fetched": self.never_fetched,
            "errors": self.errors,
            "boilerplate": self.boilerplate(),
            "twins": self.twins,
        }

    # -- checks ---------------------------------------------------------------------------

    def _exists(self, path: str) -> bool:
        key = _route_key(path)
        exact = [r for r in self.routes if _route_key(r["path"]) == key]
        loose = [r for r in self.routes if _route_key(r["path"]) == (key[0], None)]
        for r in exact + loose:
            return r.get("status", 200) < 400
        return static_file_for(path) in self.files or \
            (static_file_for(path).rstrip("/") + "/index.html") in self.files

    def check(self) -> None:
        problems = []
        exp = self.expected()
        bp = exp["boilerplate"]
        texts = {a["path"]: a["title"] + "\n" + a["body"] for a in exp["articles"]}
        for s in bp:
            for path, text in texts.items():
                if s in text:
                    problems.append(f"boilerplate {s!r} is in the text of {path}")
        article_pages = {}
        for a in self.articles:
            page = self.html_pages.get(a.path)
            if page is None:
                problems.append(f"no page for article {a.path}")
                continue
            article_pages[a.path] = " ".join(
                [page_text(page, self.meta_text)]
                + [page_text(self.html_pages[p], self.meta_text) for p in self.text_pages.get(a.path, [])])
        seen = set()
        for s in bp:
            if any(s in t for t in article_pages.values()):
                seen.add(s)
        for s in bp:
            if s not in seen:
                problems.append(f"boilerplate {s!r} is on no article page")
        for entry in exp["articles"]:
            text = article_pages.get(entry["path"], "")
            for line in entry["body"].split("\n"):
                if squash(cells_text(line)) not in text:
                    problems.append(f"{entry['path']}: line not on the page: {line[:60]!r}")
            if squash(entry["title"]) not in text:
                problems.append(f"{entry['path']}: title not on the page")
        errors = {e["path"] for e in self.errors}
        for path, page in self.html_pages.items():
            for link in page_links(page, path):
                if link in errors or link in self.never_fetched:
                    continue
                if not self._exists(link):
                    problems.append(f"{path}: link to missing {link}")
        for p in [x["path"] for x in exp["articles"]] + exp["non_articles"] + self.never_fetched:
            if not self._exists(p):
                problems.append(f"ground truth path has no page: {p}")
        if problems:
            raise AssertionError(f"site {self.id}:\n  " + "\n  ".join(problems))

    # -- output ---------------------------------------------------------------------------

    def write(self, out: Path) -> None:
        site_dir = out / self.id
        www = site_dir / "www"
        files = dict(self.files)
        wanted = {www / name for name in files}
        if www.exists():
            for existing in sorted(www.rglob("*"), reverse=True):
                if existing.is_file() and existing not in wanted:
                    existing.unlink()
                elif existing.is_dir() and not any(existing.iterdir()):
                    existing.rmdir()
        for name, data in files.items():
            write_if_changed(www / name, data)
        if self.routes or self.default_encoding:
            spec = {"routes": self.routes}
            if self.default_encoding:
                spec = {"defaults": {"encoding": self.default_encoding}, "routes": self.routes}
            text = ("# Generated by `python -m samples.gen`: edit the generator, not this file.\n"
                    + yaml.safe_dump(spec, allow_unicode=True, sort_keys=False, width=120))
            write_if_changed(site_dir / "routes.yaml", text.encode("utf-8"))
        elif (site_dir / "routes.yaml").exists():
            (site_dir / "routes.yaml").unlink()
        if self.registry:
            text = json.dumps(self.expected(), ensure_ascii=False, indent=1) + "\n"
            write_if_changed(site_dir / "expected.json", text.encode("utf-8"))

    def registry_entry(self) -> dict:
        entry = {"id": self.id, "province": self.province, "name": self.name, "family": self.family,
                 "start_urls": self.start_urls}
        if self.sitemaps:
            entry["sitemaps"] = self.sitemaps
        if self.feeds:
            entry["feeds"] = self.feeds
        if self.selectors:
            entry["selectors"] = self.selectors
        entry["verified"] = True
        return entry


def _route_key(path: str):
    parts = urlsplit(path)
    query = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True))) if parts.query else None
    return unquote(parts.path or "/"), query


def write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse_html(page: str):
    """lxml.html.fromstring, also for a page that opens with an XML declaration naming its encoding (old XHTML
    templates print `<?xml version="1.0" encoding="utf-8"?>` before the doctype), which lxml refuses in a str."""
    return lxml.html.fromstring(_XML_DECL.sub("", page, count=1))


def page_text(page: str, meta: bool = False) -> str:
    doc = parse_html(page.replace("{{", "").replace("}}", ""))
    extra = doc.xpath('//meta[@property="og:description" or @name="description"]/@content') if meta else []
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    return squash(" ".join([doc.text_content(), *extra]))


def page_links(page: str, page_path: str) -> list[str]:
    """Same-site paths this page points at (anchors, canonical links, images, frames)."""
    doc = parse_html(page)
    out = []
    # a root-relative <base href="/"> (Blazor hosts print it, with relative asset links): links resolve against it
    root = page_path
    base_href = [b.strip() for b in doc.xpath("//head/base/@href")]
    if base_href and base_href[0].startswith("/") and not base_href[0].startswith("//"):
        root = base_href[0]
    for el, attr_name in [(e, "href") for e in doc.xpath("//a[@href]|//link[@href]")] + \
                         [(e, "src") for e in doc.xpath("//img[@src]|//script[@src]")]:
        href = el.get(attr_name).strip()
        if href.startswith("{{base}}"):
            href = href[len("{{base}}"):] or "/"
        elif href.startswith(("{{base:", "#")) or href.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
            continue  # schemes in any case: classic ASP forums write "JavaScript:openWindow(…)"
        elif re.match(r"^[a-z]+://", href):
            raise AssertionError(f"{page_path}: outside link {href} (use {{{{base:offsite}}}})")
        href = href.split("#")[0]
        if not href:
            continue
        out.append(urljoin("http://x" + root, href)[len("http://x"):])
    return out


def listing_pages(items: list, per_page: int) -> list[list]:
    return [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]


def pure_name(path: str) -> str:
    return PurePosixPath(urlsplit(path).path).name
