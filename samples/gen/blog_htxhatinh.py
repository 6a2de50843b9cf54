"""Site `blog-htxhatinh` (registry family `generic`): "Liên minh HTX Hà Tĩnh", the alliance's publication on
**Medium** with its own domain (a custom-domain publication: Medium's server-rendered React pages, the interface in
Vietnamese; the copy is of 20 June 2025). Written as a held-out test: no family module, no selectors.

URL shapes: a story `/<slug>-<12 hex post id>` (the slug: the title lower-cased, Vietnamese letters kept and
percent-encoded, other runs to '-'); nearly every link to it carries a `?source=…` tracking query (the home page's
`collection_home---4------N---…`, the archive's `collection_archive---…`, a tag page's `collection_tagged---…`, the
"Thêm từ …" cards' `post_page-----<id of the page>----N---…`, the feed's `rss----<publication id>---4`): aliases;
`/p/<post id>` redirects (301) to the story (an author pasted one into a text: an alias); `?responsesOpen=true&sortBy=
REVERSE_CHRON` ("Xem tất cả phản hồi") is the same page. The publication: `/` (6 newest), `/archive` = `/archive/2025`,
`/archive/2025/MM`, `/archive/2024`, `/archive/2024/12` (no pager: the year and month links are the pages),
`/tagged/<tag>` (the navigation's tabs), `/about`, the RSS `/feed`; `/m/signin?operation=login|register&redirect=…`
("Đăng nhập", "Đăng ký", "Viết") is disallowed by robots.txt (`Disallow: /m/`). Authors, tags, "Đề xuất từ Medium"
and the footer link to medium.com (another host). Medium stores no PDF: the notice links its PDF on the alliance's
portal, another host.

Why it is hard: obfuscated class names ("bf b bg z dt"); the title `h1.pw-post-title` (data-testid storyTitle), an
optional subtitle `h2.pw-subtitle-paragraph` (the author's lead: the first line of the text), the meta line "Đăng trong
Liên minh HTX Hà Tĩnh · 4 phút đọc · 12 thg 5, 2025" (the UTC day; no time on the page), the claps and responses
counts, then `section > div > p.pw-post-body-paragraph`, `h2` headings, lists, `figure > figcaption`, `blockquote`
(text), `pre` (Medium has no tables: a table typed in a code block, one line per row as printed), then the tags (to
medium.com), the author card ("Viết bởi …", followers, bio), the publication card ("Cập nhật lần cuối 18 thg 6, 2025":
the publication's last post, not this one), "Phản hồi (2)" with other readers' responses (not text), "Thêm từ …"
cards (dates without the year for 2025: "12 thg 5"). `article:published_time` and the JSON-LD (`datePublished`) are
UTC ("2025-05-12T17:20:41.512Z"); a story posted at 00:20 on 13 May (Vietnam) reads "12 thg 5, 2025". The author is
the Medium account: a person, or the alliance's own account (no author); a closing byline overrides it. The oldest
story (December 2024) is on no card, tab nor the home page: only `/archive/2024` (and its month) and the feed.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso
from .richbody import RichArticle

SITE = "blog-htxhatinh"
PUB = "Liên minh HTX Hà Tĩnh"
PUB_ID = "8c1e5d2f7a3b"
UTC = timedelta(hours=7)
NOW = datetime(2025, 6, 20, 10, 0)
PER_HOME = 6
USERS = {"huongnt": ("Nguyễn Thị Hương", "Biên tập viên, Văn phòng Liên minh HTX tỉnh Hà Tĩnh.", 215),
         "lmhtxhatinh": (PUB, "Tài khoản chính thức của Liên minh Hợp tác xã tỉnh Hà Tĩnh.", 1240)}
TAGS = {"hoat-dong": "Hoạt Động", "thong-bao": "Thông Báo", "htx": "Htx", "ocop": "Ocop",
        "nong-nghiep": "Nông Nghiệp", "kinh-te-tap-the": "Kinh Tế Tập Thể", "tong-ket": "Tổng Kết"}
NAV = [("Trang chủ", "/"), ("Tin hoạt động", "/tagged/hoat-dong"), ("Thông báo", "/tagged/thong-bao"),
       ("HTX", "/tagged/htx"), ("Giới thiệu", "/about")]
PUB_DESC = "Tin tức, thông báo và câu chuyện của các hợp tác xã tỉnh Hà Tĩnh."
LAST_PUB = "Cập nhật lần cuối 9 thg 6, 2025"
FURN = ["Mở trong ứng dụng", "Đăng ký", "Đăng nhập", "Đăng trong", "phút đọc", "Viết bởi", "người theo dõi",
        "Biên tập viên cho", LAST_PUB, "Xem tất cả phản hồi", "Thêm từ", "Xem tất cả từ", "Đề xuất từ Medium",
        "Trợ giúp", "Tuyển dụng", "Quyền riêng tư", "Điều khoản", "Văn bản thành giọng nói", "Theo dõi", "Chia sẻ",
        PUB_DESC]


def cls(key: str, n: int = 6) -> str:
    """Medium's atomic CSS class names: short, meaningless, stable per element kind."""
    d = hashlib.sha512(key.encode()).digest()
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(letters[d[i] % 26] + letters[d[i + 1] % 26] for i in range(0, 2 * n, 2))


def pid(title: str) -> str:
    return hashlib.sha1(title.encode()).hexdigest()[:12]


def slug(title: str) -> str:
    return re.sub(r"[^\w]+", "-", title.lower()).replace("_", "-").strip("-")


def utc(d: datetime) -> datetime:
    return d - UTC


def z(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}.{(d.second * 37) % 1000:03d}Z"


def vn_date(d: datetime, year: bool | None = None) -> str:
    """Medium's Vietnamese date: '12 thg 5, 2025'; cards drop the current year. The UTC day."""
    u = utc(d)
    if year is None:
        year = u.year != NOW.year
    return f"{u.day} thg {u.month}" + (f", {u.year}" if year else "")


def gmt(d: datetime) -> str:
    return f"{utc(d):%a, %d %b %Y %H:%M:%S} GMT"


class MdArticle(RichArticle):
    """'` ' lines are a code block (a typed table: one text line each); '>> ' lines a blockquote (text)."""

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        lines = [inline_text(self.lead)] if self.lead else []
        for b in self.blocks:
            if b.kind == "p" and b.text.startswith(("` ", ">> ")):
                lines.append(inline_text(b.text.split(" ", 1)[1]))
            else:
                lines.extend(b.lines())
        if self.byline and byline_in_text:
            lines.append(inline_text(self.byline))
        return lines


def articles() -> list[MdArticle]:
    A = MdArticle

    def at(d: datetime, same_day: bool = True) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element"] if same_day else ["metadata"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tổ chức Hội nghị xúc tiến tiêu thụ sản phẩm HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH HÀ TĨNH
Số: 08/TB-LMHTX
Hà Tĩnh, ngày 04 tháng 6 năm 2025
## THÔNG BÁO
Về việc tổ chức Hội nghị xúc tiến tiêu thụ sản phẩm HTX năm 2025
Liên minh HTX tỉnh tổ chức Hội nghị kết nối, xúc tiến tiêu thụ sản phẩm của HTX với các doanh nghiệp, siêu thị như sau:
* Thời gian: 8 giờ ngày 26/6/2025.
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 68 Phan Đình Phùng, TP Hà Tĩnh.
* Thành phần: đại diện các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký tham dự trước ngày 20/6/2025. Toàn văn Thông báo đăng trên [[Cổng thông tin Liên minh HTX tỉnh|{{base:offsite}}/lmhtx-hatinh/van-ban/TB-08-LMHTX-2025.pdf]] (tệp PDF).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hiếu
""", author=None, doc_number="08/TB-LMHTX",
          opts={"by": "lmhtxhatinh", "tags": ["thong-bao", "htx"], "claps": 12, "responses": []},
          notes=["notice 'Số: 08/TB-LMHTX' dated 04/6 in its text, published 2025-06-09 09:05:14 (article:published_time and "
                 "JSON-LD datePublished '2025-06-09T02:05:14.518Z'; the page shows '9 thg 6, 2025'); the account is the "
                 "alliance's own: no author; the signer is text; Medium stores no PDF: the PDF link goes to the alliance's "
                 "portal (another host, never fetched), inside a sentence of the text: no attachment of this site"],
          **at(datetime(2025, 6, 9, 9, 5, 14))),
        A(path="", title="Ảnh: HTX Bưởi Phúc Trạch chăm sóc vườn bưởi mùa mưa",
          body="""
Đầu tháng 6, các thành viên HTX Bưởi Phúc Trạch (huyện Hương Khê) tập trung chăm sóc vườn bưởi trước mùa mưa bão.
[img phuc-trach-1.png] Thành viên HTX tỉa cành, tạo tán cho cây bưởi
[img phuc-trach-2.png]
[img phuc-trach-3.png] Cán bộ kỹ thuật hướng dẫn bón phân hữu cơ cho vườn bưởi
[img phuc-trach-4.png] Bưởi Phúc Trạch của HTX được dán tem truy xuất nguồn gốc
HTX hiện có 48 ha bưởi, sản lượng dự kiến năm nay đạt 600 tấn.
""", byline="Ảnh: Nguyễn Thị Hương", author="Nguyễn Thị Hương",
          opts={"by": "huongnt", "tags": ["hoat-dong", "htx"], "claps": 86,
                "responses": [("Lê Minh Đức", "ld.minhduc", "3 thg 6", "Bưởi Phúc Trạch năm nay sai quả quá, chúc HTX được mùa!")]},
          notes=["photo story: Medium figures (picture > img from miro.medium.com, another host) with figcaption (one line "
                 "each; a photo without caption adds nothing); account Nguyễn Thị Hương and 'Ảnh: Nguyễn Thị Hương' closes "
                 "it -> author; a reader's response under it is not text"],
          **at(datetime(2025, 6, 2, 15, 40, 2))),
        A(path="", title="Kinh tế tập thể Hà Tĩnh năm 2024 qua các con số",
          lead="Số HTX hoạt động hiệu quả và doanh thu bình quân đều tăng so với năm trước.",
          body="""
Theo báo cáo của Liên minh HTX tỉnh, năm 2024 khu vực kinh tế tập thể Hà Tĩnh tiếp tục tăng trưởng.
` Chỉ tiêu | Năm 2023 | Năm 2024
` HTX đang hoạt động | 731 | 758
` Thành viên HTX | 96.420 | 98.150
` Doanh thu bình quân một HTX (triệu đồng) | 2.180 | 2.460
` HTX xếp loại tốt, khá | 402 | 437
Năm 2025, tỉnh phấn đấu thành lập mới 40 HTX, trong đó có 10 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Thị Hương",
          opts={"by": "huongnt", "tags": ["htx", "kinh-te-tap-the"], "claps": 41, "responses": []},
          notes=["the subtitle h2.pw-subtitle-paragraph under the title is the author's lead: the first line; Medium has "
                 "no tables: a code block (<pre><span>…<br>…</span></pre>) with '|' between padded columns, one line per "
                 "row as printed; account Nguyễn Thị Hương, no byline: author"],
          **at(datetime(2025, 5, 21, 10, 12, 55))),
        A(path="", title="Những lưu ý khi HTX sản xuất lúa hè thu năm 2025",
          body="""
Vụ hè thu năm 2025, các HTX trong tỉnh dự kiến gieo cấy khoảng 45.000 ha lúa, chủ yếu là giống ngắn ngày.
## Các lưu ý chính
+ Gieo cấy tập trung, kết thúc trước ngày 30/5 để tránh lũ sớm;
+ Dùng giống ngắn ngày, chịu nóng như Hà Phát 3, Thái Xuyên 111;
+ Bón phân cân đối, tăng kali giai đoạn làm đòng;
+ Chủ động nguồn nước, chống hạn đầu vụ.
>> "Xuống giống sớm, thu hoạch sớm là cách chắc ăn nhất để tránh lũ tiểu mãn", ông Trần Đình Phú nhấn mạnh.
Các HTX có thể tham khảo thêm cách làm của [[HTX Nông nghiệp Sơn Bằng|{{p}}]].
""", byline="Trần Đình Phú - Trung tâm Khuyến nông tỉnh", author="Trần Đình Phú",
          opts={"by": "huongnt", "tags": ["nong-nghiep"], "claps": 57, "responses": [], "p_link": True},
          notes=["an h2 heading, a numbered list and a Medium blockquote (the writer's quotation: text); account Nguyễn "
                 "Thị Hương but 'Trần Đình Phú - Trung tâm Khuyến nông tỉnh' closes the text -> Trần Đình Phú; its text "
                 "links the reprint by its short address /p/<post id> (301 to the story: an alias)"],
          **at(datetime(2025, 5, 7, 8, 25, 40))),
        A(path="", title="HTX Nông nghiệp Sơn Bằng làm giàu từ cây chè xanh",
          body="""
HTX Nông nghiệp Sơn Bằng (huyện Hương Sơn) hiện có 35 ha chè xanh, liên kết tiêu thụ với 120 hộ dân.
Sản phẩm chè xanh Sơn Bằng đạt chứng nhận OCOP 3 sao, được bán tại nhiều cửa hàng đặc sản trong tỉnh.
HTX đang đầu tư dây chuyền sao chè để nâng giá trị sản phẩm.
""", byline="Theo Báo Hà Tĩnh", author=None,
          opts={"by": "huongnt", "tags": ["htx", "ocop"], "claps": 23, "responses": []},
          notes=["account Nguyễn Thị Hương (who copied it) but 'Theo Báo Hà Tĩnh' closes the text: a reprint, no author"],
          **at(datetime(2025, 4, 16, 14, 30, 21))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ tổng hợp Cẩm Bình",
          body="""
Chiều 12/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ tổng hợp Cẩm Bình (huyện Cẩm Xuyên).
HTX hiện cung ứng dịch vụ làm đất, thủy lợi và tiêu thụ lúa cho hơn 1.000 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay ưu đãi để đầu tư kho lạnh bảo quản nông sản.
""", author=None,
          opts={"by": "lmhtxhatinh", "tags": ["hoat-dong", "htx"], "claps": 19,
                "responses": [("Phạm Văn Tài", "taipv.camxuyen", "13 thg 5", "Cảm ơn Liên minh đã quan tâm, mong sớm có vốn làm kho lạnh."),
                              ("Hoàng Thị Ngọc", "ngocht", "14 thg 5", "HTX Cẩm Bình làm rất tốt khâu dịch vụ.")]},
          notes=["published at 00:20 on 13 May (Vietnam) about the afternoon of 12/5: the page shows '12 thg 5, 2025' (the UTC "
                 "day), article:published_time and JSON-LD '2025-05-12T17:20:41.518Z', the feed 'Mon, 12 May 2025 17:20:41 "
                 "GMT'; published = 2025-05-13 00:20:41+07:00; the alliance's account: no author; two responses (readers' "
                 "words, not text) and 'Xem tất cả phản hồi' (?responsesOpen=true&sortBy=REVERSE_CHRON: the same page)"],
          **at(datetime(2025, 5, 13, 0, 20, 41), same_day=False)),
        A(path="", title="HTX Thủy sản Thạch Kim mở rộng nuôi tôm công nghệ cao",
          body="""
HTX Thủy sản Thạch Kim (huyện Lộc Hà) vừa đưa vào sử dụng thêm 6 ha ao nuôi tôm trong nhà màng.
Mỗi vụ HTX thu hoạch khoảng 20 tấn tôm/ha, giá bán ổn định nhờ liên kết với doanh nghiệp chế biến.
HTX dự kiến mở rộng mô hình cho các hộ thành viên trong năm 2025.
""", byline="Lê Quang Vinh", author="Lê Quang Vinh",
          opts={"by": "lmhtxhatinh", "tags": ["hoat-dong"], "claps": 31, "responses": []},
          notes=["the alliance's account but the bare name 'Lê Quang Vinh' closes the text: the author; not on the home page "
                 "(6 newest): on /tagged/hoat-dong, the archive and the feed"],
          **at(datetime(2025, 3, 5, 16, 5, 9))),
        A(path="", title="Liên minh HTX tỉnh Hà Tĩnh tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 35 HTX, tổ chức 14 lớp tập huấn cho 900 lượt cán bộ HTX.
""", byline="Tin, ảnh: Phan Thị Mai", author="Phan Thị Mai",
          opts={"by": "huongnt", "tags": ["tong-ket"], "claps": 15, "responses": []},
          notes=["the oldest story: on no card, tab nor the home page: only /archive/2024, /archive/2024/12 and the feed; its "
                 "cards print '27 thg 12, 2024' (another year); account Nguyễn Thị Hương but 'Tin, ảnh: Phan Thị Mai' -> "
                 "author"],
          **at(datetime(2024, 12, 27, 15, 10, 33))),
    ]


def read_time(a: MdArticle) -> int:
    words = sum(len(x.split()) for x in a.text_lines())
    imgs = sum(1 for b in a.blocks if b.kind == "img")
    return max(1, round(words / 265 + imgs * 12 / 60))


def miro(name: str) -> str:
    return f"{{{{base:offsite}}}}/miro/v2/resize:fit:1400/1*{hashlib.md5(name.encode()).hexdigest()[:22]}.png"


def body_html(a: MdArticle, p_href: str) -> str:
    out = []
    code: list[str] = []

    def pid_attr(text: str) -> str:
        return hashlib.md5((a.title + text).encode()).hexdigest()[:4]

    def flush() -> None:
        if code:
            rows = [[c.strip() for c in r.split("|")] for r in code]
            widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            lines = [esc(" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()) for r in rows]
            out.append(f'<pre class="{cls("pre", 10)}"><span id="{pid_attr(code[0])}" class="{cls("code", 8)}" '
                       f'data-selectable-paragraph="">' + "<br/>".join(lines) + "</span></pre>")
            code.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("` "):
            code.append(b.text[2:])
            continue
        flush()
        if b.kind == "p" and b.text.startswith(">> "):
            out.append(f'<blockquote class="{cls("bq", 3)}"><p id="{pid_attr(b.text)}" class="{cls("bqp", 12)}" '
                       f'data-selectable-paragraph="">{inline_html(b.text[3:])}</p></blockquote>')
        elif b.kind == "p":
            out.append(f'<p id="{pid_attr(b.text)}" class="pw-post-body-paragraph {cls("p", 14)}" data-selectable-paragraph="">'
                       f'{inline_html(b.text).replace("{{p}}", p_href)}</p>')
        elif b.kind == "h":
            out.append(f'<h2 id="{pid_attr(b.text)}" class="{cls("h2", 14)}" data-selectable-paragraph="">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f'<{b.kind} class="">' + "".join(
                f'<li id="{pid_attr(x)}" class="{cls("li" + b.kind, 14)}" data-selectable-paragraph="">{inline_html(x)}</li>'
                for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            cap = (f'<figcaption class="{cls("cap", 9)}" data-selectable-paragraph="">{esc(b.text)}</figcaption>'
                   if b.text else "")
            out.append(f'<figure class="{cls("fig", 7)} paragraph-image"><div role="button" tabindex="0" class="{cls("fb", 5)}">'
                       f'<span class="{cls("fs", 3)}"><picture><source srcset="{miro(b.src)}" type="image/webp"/>'
                       f'<img alt="" class="bh mg nc c" width="700" height="467" loading="lazy" role="presentation" '
                       f'src="{miro(b.src)}"/></picture></span></div>{cap}</figure>')
    flush()
    if a.byline:
        out.append(f'<p id="{pid_attr(a.byline)}" class="pw-post-body-paragraph {cls("p", 14)}" data-selectable-paragraph="">'
                   f'<strong class="mo fr">{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-tinh", f"{PUB} (Medium, tên miền riêng)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/feed" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["id"] = pid(a.title)
        a.path = "/" + quote(f"{slug(a.title)}-{a.opts['id']}", safe="-")
        a.opts["variants"] = []
    reprint = next(a for a in arts if a.byline and a.byline.startswith("Theo"))
    oldest = arts[-1]

    def href(a: MdArticle, source: str) -> str:
        url = f"{a.path}?source={source}"
        if url not in a.opts["variants"]:
            a.opts["variants"].append(url)
        return url

    def signin(op: str, redirect: str, source: str) -> str:
        return (f"/m/signin?operation={op}&amp;redirect={quote(redirect, safe='')}&amp;source={source}")

    def card(a: MdArticle, source: str, excerpt: bool = True) -> str:
        name = USERS[a.opts["by"]][0]
        first = inline_text(a.lead or next(b.text for b in a.blocks if b.kind == "p"))
        ex = f'<h3 class="{cls("cex", 8)}">{esc(first[:140])}</h3>' if excerpt else ""
        return (f'<article class="{cls("card", 4)}"><div class="{cls("cauth", 5)}"><a href="{{{{base:offsite}}}}/@{a.opts["by"]}'
                f'?source={source}" rel="noopener follow"><p class="bf b dy z dt">{esc(name)}</p></a></div>'
                f'<a href="{href(a, source)}" rel="noopener follow"><h2 class="{cls("ctitle", 8)}">{esc(a.title)}</h2>{ex}</a>'
                f'<div class="{cls("cmeta", 5)}"><span>{vn_date(a.date)}</span><span class="{cls("cclap", 3)}">'
                f'{a.opts["claps"]}</span></div></article>')

    def topbar(redirect: str, src: str) -> str:
        return (f'<div class="{cls("top", 5)}"><div class="{cls("topl", 4)}"><a href="{{{{base:offsite}}}}/app/open?path=%2F" '
                f'rel="noopener follow">Mở trong ứng dụng</a></div><div class="{cls("topr", 4)}">'
                f'<a href="{signin("register", "https://medium.com/new-story", "---top_nav_layout_nav-----------------------new_post_topnav-----------")}" '
                f'rel="noopener follow"><span class="{cls("w", 3)}">Viết</span></a>'
                f'<a href="{signin("register", redirect, src)}" rel="noopener follow"><span>Đăng ký</span></a>'
                f'<a href="{signin("login", redirect, src)}" rel="noopener follow"><span>Đăng nhập</span></a>'
                f'<a href="{{{{base:offsite}}}}/search" aria-label="Tìm kiếm"><span class="svgIcon"></span></a></div></div>'
                f'<div class="{cls("pubnav", 5)}"><a href="/?source={src}" class="{cls("logo", 3)}"><img alt="{attr(PUB)}" '
                f'src="{{{{base:offsite}}}}/miro/v2/resize:fit:400/1*logo-lmhtx-hatinh.png" width="200" height="40"/></a>'
                f'<nav class="{cls("tabs", 4)}">' + "".join(f'<a href="{u}" class="{cls("tab", 4)}">{esc(n)}</a>'
                                                             for n, u in NAV) + "</nav></div>")

    footer = ('<footer class="' + cls("foot", 4) + '"><div>' + "".join(
        f'<a href="{{{{base:offsite}}}}/{u}" rel="noopener follow">{n}</a>'
        for n, u in [("Trợ giúp", "help"), ("Trạng thái", "status"), ("Giới thiệu", "about"), ("Tuyển dụng", "jobs"),
                     ("Báo chí", "press"), ("Blog", "blog"), ("Quyền riêng tư", "privacy"), ("Điều khoản", "terms"),
                     ("Văn bản thành giọng nói", "speechify"), ("Nhóm", "business")]) + "</div></footer>")

    def shell(title: str, head: str, body: str) -> str:
        return f"""<!doctype html><html lang="vi"><head><title>{esc(title)}</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/><meta data-rh="true" name="twitter:app:id:iphone" content="828256236"/><meta data-rh="true" property="al:ios:app_name" content="Medium"/><meta data-rh="true" property="og:site_name" content="{attr(PUB)}"/>{head}<link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"/><link data-rh="true" rel="alternate" type="application/rss+xml" title="RSS" href="/feed"/><link rel="stylesheet" href="/_/fp/css/main-branding-base.css"/><script>!function(c){{c.GA_ID="UA-24232453-2"}}(window)</script></head><body><div id="root"><div class="{cls("root", 3)}">{body}</div></div><script>window.__BUILD_ID__="main-20250618-193017-4f1c2d";window.__GRAPHQL_URI__="{{{{base}}}}/_/graphql";window.__PRELOADED_STATE__={{"config":{{"nodeEnv":"production","isTaggedTemplate":false}},"session":{{"xsrf":""}}}}</script><script src="/_/fp/gen-js/main-main.bundle.js"></script></body></html>
"""

    posts_by_author: dict[str, list[MdArticle]] = {}
    for a in arts:
        posts_by_author.setdefault(a.opts["by"], []).append(a)

    for a in arts:
        i = a.opts["id"]
        name, bio, followers = USERS[a.opts["by"]]
        src = f"post_page-----{i}--------------------------------"
        canonical = f"{{{{base}}}}{a.path}"
        first = inline_text(a.lead or next(b.text for b in a.blocks if b.kind == "p"))
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "image": [miro(a.first_image() or "cover")],
              "url": canonical, "dateCreated": z(a.date), "datePublished": z(a.date),
              "dateModified": z(a.date + timedelta(minutes=3)), "headline": a.title, "name": a.title,
              "description": first, "identifier": i, "author": {"@type": "Person", "name": name,
                                                                 "url": f"{{{{base:offsite}}}}/@{a.opts['by']}"},
              "creator": [name], "publisher": {"@type": "Organization", "name": PUB, "url": "{{base}}",
                                               "logo": {"@type": "ImageObject", "width": 200, "height": 40,
                                                        "url": miro("logo")}},
              "mainEntityOfPage": canonical}
        head = (f'<meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" '
                f'property="article:published_time" content="{z(a.date)}"/><meta data-rh="true" name="title" '
                f'content="{attr(a.title)}"/><meta data-rh="true" property="og:title" content="{attr(a.title)}"/>'
                f'<meta data-rh="true" name="description" content="{attr(first[:160])}"/><meta data-rh="true" '
                f'property="og:description" content="{attr(first[:160])}"/><meta data-rh="true" property="og:url" '
                f'content="{canonical}"/><meta data-rh="true" property="al:web:url" content="{canonical}"/>'
                f'<meta data-rh="true" property="og:image" content="{miro(a.first_image() or "cover")}"/><meta data-rh="true" '
                f'property="article:author" content="{{{{base:offsite}}}}/@{a.opts["by"]}"/><meta data-rh="true" '
                f'name="author" content="{attr(name)}"/><meta data-rh="true" name="robots" content="index,noarchive,follow,'
                f'max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/><meta data-rh="true" '
                f'name="twitter:app:url:iphone" content="medium://p/{i}"/><meta data-rh="true" name="twitter:card" '
                f'content="summary_large_image"/><meta data-rh="true" name="twitter:label1" content="Reading time"/>'
                f'<meta data-rh="true" name="twitter:data1" content="{read_time(a)} min read"/><link data-rh="true" '
                f'rel="author" href="{{{{base:offsite}}}}/@{a.opts["by"]}"/><link data-rh="true" rel="canonical" '
                f'href="{canonical}"/><meta data-rh="true" property="al:android:url" content="medium://p/{i}"/>'
                f'<meta data-rh="true" property="al:android:package" content="com.medium.reader"/><script data-rh="true" type="application/ld+json">'
                f'{json.dumps(ld, ensure_ascii=False)}</script>')
        claps = (f'<div class="{cls("bar", 4)}"><div class="pw-multi-vote-icon {cls("clapi", 4)}"><button '
                 f'data-testid="headerClapButton" aria-label="clap" class="{cls("clapb", 3)}"></button></div>'
                 f'<div class="pw-multi-vote-count {cls("clapc", 4)}"><p class="bf b dv z dx"><button class="{cls("clapn", 3)}">'
                 f'{a.opts["claps"]}</button></p></div><button aria-label="responses" class="{cls("resb", 3)}"><span '
                 f'class="pw-responses-count {cls("resc", 3)}">{len(a.opts["responses"])}</span></button>'
                 f'<button aria-label="Listen" class="{cls("lis", 3)}"><p class="bf b dv z dx">Nghe</p></button>'
                 f'<button aria-label="Share" class="{cls("sha", 3)}"><p class="bf b dv z dx">Chia sẻ</p></button></div>')
        sub = (f'<h2 id="{pid(a.lead)[:4]}" class="pw-subtitle-paragraph {cls("sub", 14)}">{esc(a.lead)}</h2>'
               if a.lead else "")
        meta_line = (f'<div class="{cls("ml", 4)}"><span class="{cls("mlp", 3)}">Đăng trong <a href="/?source={src}" '
                     f'rel="noopener follow" data-testid="publicationName"><p class="bf b dv z dx">{esc(PUB)}</p></a></span>'
                     f'<span class="{cls("dot", 2)}">·</span><span data-testid="storyReadTime">{read_time(a)} phút đọc'
                     f'</span><span class="{cls("dot", 2)}">·</span><span data-testid="storyPublishDate">'
                     f'{vn_date(a.date, year=True)}</span></div>')
        author_head = (f'<div class="{cls("ah", 5)}"><a href="{{{{base:offsite}}}}/@{a.opts["by"]}?source={src}" '
                       f'rel="noopener follow"><img alt="{attr(name)}" class="l ep by dd de cx" src="{miro(a.opts["by"])}" '
                       f'width="44" height="44" loading="lazy" data-testid="authorPhoto"/></a><div class="pw-author '
                       f'{cls("pa", 4)}"><a data-testid="authorName" href="{{{{base:offsite}}}}/@{a.opts["by"]}?source={src}" '
                       f'rel="noopener follow">{esc(name)}</a><span class="{cls("dot", 2)}">·</span><button '
                       f'class="{cls("fol", 4)}">Theo dõi</button></div></div>')
        tags = (f'<div class="{cls("tags", 4)}">' + "".join(
            f'<a href="{{{{base:offsite}}}}/tag/{t}?source={src}" rel="noopener follow"><div class="{cls("tag", 5)}">'
            f'{esc(TAGS[t])}</div></a>' for t in a.opts["tags"]) + "</div>")
        author_card = (f'<div class="{cls("acard", 5)}"><a href="{{{{base:offsite}}}}/@{a.opts["by"]}?source={src}" '
                       f'rel="noopener follow"><h2 class="{cls("acn", 4)}">Viết bởi {esc(name)}</h2></a><p class="bf b dv z dx">'
                       f'{followers} người theo dõi</p><p class="bf b dv z dx">· Biên tập viên cho <a href="/?source={src}">'
                       f'{esc(PUB)}</a></p><p class="{cls("abio", 4)}">{esc(bio)}</p><button class="{cls("fol", 4)}">'
                       f'Theo dõi</button></div>')
        pub_card = (f'<div class="{cls("pcard", 5)}"><a href="/?source={src}" rel="noopener follow"><h2 '
                    f'class="{cls("pcn", 4)}">Đăng trong {esc(PUB)}</h2></a><p class="bf b dv z dx">1,2 N người theo dõi</p>'
                    f'<p class="bf b dv z dx">· {LAST_PUB}</p><p class="{cls("pdesc", 4)}">{esc(PUB_DESC)}</p>'
                    f'<button class="{cls("fol", 4)}">Theo dõi</button></div>')
        responses = ""
        if a.opts["responses"]:
            items = "".join(
                f'<div class="{cls("resp", 5)}"><a href="{{{{base:offsite}}}}/@{u}?source={src}" rel="noopener follow">'
                f'<p class="bf b dv z dx">{esc(n)}</p></a><p class="{cls("rd", 3)}">{d}</p><pre class="{cls("rt", 4)}">'
                f'{esc(t)}</pre></div>' for n, u, d, t in a.opts["responses"])
            open_url = f"{a.path}?responsesOpen=true&amp;sortBy=REVERSE_CHRON"
            responses = (f'<div class="{cls("resps", 5)}"><h2 class="{cls("rh", 4)}">Phản hồi ({len(a.opts["responses"])})'
                         f'</h2><div class="{cls("rbox", 4)}"><textarea placeholder="Bạn nghĩ gì?"></textarea></div>{items}'
                         f'<a href="{open_url}" class="{cls("rall", 4)}">Xem tất cả phản hồi</a></div>')
        others = [x for x in arts if x is not a and x is not oldest]
        mine = [x for x in posts_by_author[a.opts["by"]] if x is not a and x is not oldest][:2]
        more = mine + [x for x in others if x not in mine][: 4 - len(mine)]
        more_html = (f'<div class="{cls("more", 5)}"><h2 class="{cls("mh", 4)}">Thêm từ {esc(name)} và {esc(PUB)}</h2>'
                     + "".join(card(x, f"post_page-----{i}----{k}----------------------------")
                               for k, x in enumerate(more))
                     + f'<a href="{{{{base:offsite}}}}/@{a.opts["by"]}?source={src}">Xem tất cả từ {esc(name)}</a> '
                     f'<a href="/?source={src}">Xem tất cả từ {esc(PUB)}</a></div>'
                     f'<div class="{cls("rec", 5)}"><h2 class="{cls("rech", 4)}">Đề xuất từ Medium</h2>'
                     + "".join(f'<article><a href="{{{{base:offsite}}}}/{u}?source=read_next_recirc-----{i}----{k}-----------'
                               f'-----------------"><h2>{t}</h2></a></article>'
                               for k, (u, t) in enumerate([
                                   ("@coopnews/why-cooperatives-matter-9a8b7c6d5e4f", "Why Cooperatives Matter More Than Ever"),
                                   ("@agritech/smart-farming-for-small-farmers-1b2c3d4e5f6a", "Smart Farming for Small Farmers")]))
                     + "</div>")
        p_href = f"/p/{reprint.opts['id']}"
        body = (topbar(canonical.replace("{{base}}", "https://blog.htxhatinh.vn"), src)
                + f'<article><div class="l"><section><div class="{cls("gn", 5)}"><div class="ab cb"><div class="{cls("ci", 6)}">'
                f'<div><h1 id="{i[:4]}" class="pw-post-title {cls("h1", 14)}" data-testid="storyTitle" '
                f'data-selectable-paragraph="">{esc(a.title)}</h1></div>{sub}<div class="speechify-ignore ab cp">'
                f'{author_head}{meta_line}{claps}</div>{body_html(a, p_href)}</div></div></div></section></div></article>'
                + tags + claps + author_card + pub_card + responses + more_html + footer)
        site.page(a.path, shell(f"{a.title} | by {name} | {PUB}", head, body))
        if a.opts["responses"]:
            q = f"{a.path}?responsesOpen=true&sortBy=REVERSE_CHRON"
            site.same_page(q, a.path)
            a.aliases.append(q)
        site.add_article(a)
    site.redirect(f"/p/{reprint.opts['id']}", reprint.path)
    reprint.aliases.append(f"/p/{reprint.opts['id']}")

    def listing(path: str, title: str, heading: str, items: list[MdArticle], source: str, extra: str = "") -> None:
        cards = "".join(card(x, source.format(k=k)) for k, x in enumerate(items))
        body = (topbar("https://blog.htxhatinh.vn" + path, source.format(k=0)) + f'<div class="{cls("lst", 5)}"><h1 '
                f'class="{cls("lh", 4)}">{esc(heading)}</h1>{extra}<div class="{cls("lc", 4)}">{cards}</div></div>' + footer)
        # /archive, /archive/2025 and /archive/2025/05 are all pages: served as routes, not files and folders
        ctype = "text/html; charset=utf-8" if path.startswith("/archive") and path.count("/") < 4 else None
        site.page(path, shell(title, f'<meta data-rh="true" property="og:type" content="website"/><link data-rh="true" '
                                     f'rel="canonical" href="{{{{base}}}}{path}"/>', body), content_type=ctype)
        site.non_articles.append(path)

    listing("/", f"{PUB}", PUB, arts[:PER_HOME], "collection_home---4------{k}-----------------------",
            f'<p class="{cls("pd", 4)}">{esc(PUB_DESC)}</p><a href="/archive">Xem tất cả</a>')
    site.trap("home /: the publication's name and description, its tabs (tags) and the 6 newest as cards ('12 thg 5' "
              "without the year), each link with '?source=collection_home---4------N---…' (aliases); 'Xem tất cả' -> "
              "/archive", "/")
    years = sorted({a.date.year for a in arts}, reverse=True)

    def year_nav(current: int) -> str:
        return (f'<div class="{cls("yn", 4)}">' + " ".join(
            f"<strong>{y}</strong>" if y == current else f'<a href="/archive/{y}">{y}</a>' for y in years) + "</div>")

    def month_nav(y: int) -> str:
        months = sorted({a.date.month for a in arts if a.date.year == y})
        return (f'<div class="{cls("mn", 4)}">' + " ".join(f'<a href="/archive/{y}/{m:02d}">Tháng {m}</a>' for m in months)
                + "</div>")

    src_arch = "collection_archive---------{k}-----------------------"
    for y in years:
        items = [a for a in arts if a.date.year == y]
        listing(f"/archive/{y}", f"Lưu trữ {y} – {PUB}", f"Lưu trữ {y}", items, src_arch, year_nav(y) + month_nav(y))
        for m in sorted({a.date.month for a in items}):
            listing(f"/archive/{y}/{m:02d}", f"Lưu trữ tháng {m}/{y} – {PUB}", f"Lưu trữ tháng {m}, {y}",
                    [a for a in items if a.date.month == m], src_arch, year_nav(y) + month_nav(y))
    listing("/archive", f"Lưu trữ – {PUB}", "Lưu trữ", [a for a in arts if a.date.year == years[0]], src_arch,
            year_nav(years[0]) + month_nav(years[0]))
    site.trap("the archive: /archive (= the current year), /archive/2025, /archive/2024 and one page per month; no pager: "
              "the year and month links are the pages; only /archive/2024 (and /archive/2024/12) reach the oldest story",
              "/archive/2024")
    for t in ["hoat-dong", "thong-bao", "htx"]:
        listing(f"/tagged/{t}", f"{TAGS[t]} – {PUB}", TAGS[t], [a for a in arts if t in a.opts["tags"]],
                "collection_tagged---------{k}-----------------------")
    site.trap("the navigation's tabs are tag pages /tagged/hoat-dong, /tagged/thong-bao, /tagged/htx (cards with "
              "'?source=collection_tagged---…'); a story's own tag pills link to medium.com (another host)",
              "/tagged/htx")
    site.page("/about", shell(f"Giới thiệu – {PUB}", '<meta data-rh="true" property="og:type" content="website"/>',
                              topbar("https://blog.htxhatinh.vn/about", "about_page") +
                              f'<div class="{cls("ab", 4)}"><h1>Giới thiệu</h1><p>{esc(PUB_DESC)}</p><p>{esc(PUB)} là ấn phẩm '
                              f'của Liên minh Hợp tác xã tỉnh Hà Tĩnh trên Medium.</p><p>Biên tập viên: <a href="'
                              f'{{{{base:offsite}}}}/@huongnt">Nguyễn Thị Hương</a></p></div>' + footer))
    site.non_articles.append("/about")
    site.page("/m/signin", shell("Medium", "", '<div><h2>Chào mừng trở lại.</h2><button>Đăng nhập bằng Google</button>'
                                               '<button>Đăng nhập bằng email</button></div>'))
    site.never_fetched += ["/m/signin?operation=login&redirect=https%3A%2F%2Fblog.htxhatinh.vn%2F&source="
                           "collection_home---4------0-----------------------",
                           "/m/signin?operation=register&redirect=https%3A%2F%2Fmedium.com%2Fnew-story&source="
                           "---top_nav_layout_nav-----------------------new_post_topnav-----------"]
    site.static("/robots.txt", "User-Agent: *\nDisallow: /m/\nDisallow: /me/\nDisallow: /@me$\nDisallow: /@me/\n"
                "Disallow: /*/edit$\nDisallow: /*/*/edit$\nDisallow: /media/\nAllow: /_/\nAllow: /_/api/users/*/meta\n"
                "Allow: /_/api/users/*/profile/stream\nAllow: /_/api/posts/*/responses\nAllow: /_/api/posts/*/responsesStream\n"
                "Allow: /_/api/posts/*/related\n")
    site.trap("robots.txt disallows /m/: 'Đăng nhập', 'Đăng ký' and 'Viết' (/m/signin?operation=…&redirect=…) are never "
              "fetched", "/m/signin")
    site.static("/osd.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<OpenSearchDescription xmlns="http://a9.com/-/spec/'
                'opensearch/1.1/"><ShortName>Medium</ShortName></OpenSearchDescription>\n')

    items = []
    for a in arts[:10]:
        first = inline_text(a.lead or next(b.text for b in a.blocks if b.kind == "p"))
        link = href(a, f"rss----{PUB_ID}---4")
        cats = "".join(f"<category><![CDATA[{t}]]></category>" for t in a.opts["tags"])
        items.append(f"<item><title><![CDATA[{a.title}]]></title><link>{{{{base}}}}{link}</link><guid isPermaLink=\"false\">"
                     f"https://medium.com/p/{a.opts['id']}</guid>{cats}<dc:creator><![CDATA[{USERS[a.opts['by']][0]}]]>"
                     f"</dc:creator><pubDate>{gmt(a.date)}</pubDate><atom:updated>{z(a.date + timedelta(minutes=3))}"
                     f"</atom:updated><content:encoded><![CDATA[<p>{esc(first)}</p>]]></content:encoded></item>")
    site.page("/feed", '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
              'version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"><channel><title>'
              f"<![CDATA[{PUB} - Medium]]></title><description><![CDATA[{PUB_DESC} - Medium]]></description><link>{{{{base}}}}"
              f"?source=rss----{PUB_ID}---4</link><generator>Medium</generator><lastBuildDate>{gmt(NOW)}</lastBuildDate>"
              f'<atom:link href="{{{{base}}}}/feed" rel="self" type="application/rss+xml"/><webMaster><![CDATA[yourfriends@'
              f"medium.com]]></webMaster>{''.join(items)}</channel></rss>",
              content_type="application/rss+xml; charset=UTF-8")
    site.trap("the RSS /feed (10 newest: all 8): pubDate in GMT (the 00:20 story of 13 May: 'Mon, 12 May 2025 17:20:41 GMT'),"
              " links with '?source=rss----…---4' (aliases), the guid https://medium.com/p/<id>", "/feed")
    for a in arts:
        for v in a.opts["variants"]:
            site.same_page(v, a.path)
            a.aliases.append(v)
    return site
