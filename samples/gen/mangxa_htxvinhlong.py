"""Site `mangxa-htxvinhlong` (registry family `generic`): "Mạng xã hội HTX Vĩnh Long", the fediverse microblog server the
Vĩnh Long cooperative alliance runs on **Misskey 2024.5** (the official Docker image, the guest ("visitor") interface
in `vi-VN`, ids `aidx`; the copy is of 20 May 2024 10:00, before the province merged with Bến Tre and Trà Vinh). The
alliance's account `@htxvinhlong` ("Liên minh HTX tỉnh Vĩnh Long") posts its news as notes; member cooperatives have
accounts on the same server. Written as a held-out test: no family module, no selectors.

What the crawler gets: Misskey renders nothing but its shell on the server (the head: `<title>`, the meta description
and `og:description` holding the note's summary, i.e. its raw MFM text or its CW, "(📎3)" for files, "RE: …" for a
reply, "RN: …" for a renote; `misskey:note-id`; `noindex` on a renote; the `<noscript>` "JavaScriptを有効にしてください"),
so the alliance's web contractor put a pre-rendering proxy in front of it for crawlers (headless Chromium in the
Asia/Ho_Chi_Minh zone, scripts stripped): the pages below are the rendered application, noscript included.

URL shapes: a note `/notes/<aidx id>` (the only address of a note; the ActivityPub alternate is the same URL); the user
page `/@htxvinhlong` (the pinned notes, then the 10 newest notes and renotes: the rest loads on scroll, no pager), the
members' pages `/@<user>`; hashtags `/tags/<tag>`; the clip `/clips/<id>` ("Tin hoạt động", the news the staff clip);
the feeds `/@htxvinhlong.atom` (and `.rss`, `.json`: the 20 newest notes, renotes left out); `/about`, `/explore`,
the home `/` (the visitor dashboard); `/users/<id>` (ActivityPub JSON), `/opensearch.xml`, `/manifest.json`;
robots.txt allows everything; no site map.

What is an article: a note of `@htxvinhlong` that tells a news item: its first line in bold (`**…**`) is the title,
or, for the notice, its CW ("nội dung ẩn": the text hidden behind "Tải thêm (N ký tự)", still in the page with
`display: none`); the trailing hashtag line is tags, not text. Not articles: the pinned welcome note, short holiday
statuses, replies (the alliance's answer to a member), renotes (the page shows the member's note, "Chia sẻ bởi …"),
the members' own notes, the user, tag, clip and about pages.

Why it is hard: no `<h1>`, no article markup: the note is `div._panel` with hashed class names; MFM renders text lines
separated by `<br>` only (no paragraphs: "a<br>b"), bold as `<b>`, hashtags and mentions as links, unicode emoji as
twemoji `<img>`; photos come after the text (their alt text repeats the typed captions); a PDF is a download banner
(`/files/<uuid>`). The time is `<time title="09:30:00 17/5/2024">09:30:00 17/5/2024 (3 ngày trước)</time>` on the note
page (vi-VN `Intl` order: time, then day/month/year without zero padding) and the relative "3 ngày trước" with the same
tooltip in lists; the page header's subtitle repeats it. The Atom feed's `<updated>` is UTC (`idService.parse(id)`):
the note of 00:20 on 15 May reads 2024-05-14T17:20:00.000Z, its entry title "New note by …". The account is the
alliance, no author: a byline closing the text names one. Reactions (emoji + count), the reply / renote / reaction
buttons and the replies under the note (members' words) are not text.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, iso, pdf
from .richbody import RichArticle

SITE = "mangxa-htxvinhlong"
NAME = "Mạng xã hội HTX Vĩnh Long"
HOST = "mangxa.htxvinhlong.vn"
HTML = "text/html; charset=utf-8"
UTC = timedelta(hours=7)
NOW = datetime(2024, 5, 20, 10, 0)
EPOCH = datetime(2000, 1, 1)
ACCT = "htxvinhlong"
USERS = {"htxvinhlong": ("Liên minh HTX tỉnh Vĩnh Long", "9ny0k3vl0001"),
         "htxbuoimyhoa": ("HTX Bưởi Năm Roi Mỹ Hòa", "9ny0k3vl0002"),
         "htxkhoailangbinhtan": ("HTX Khoai lang Bình Tân", "9ny0k3vl0003")}
TAGS = "#HTXVinhLong #KinhTeTapThe"
BIO = "Tài khoản chính thức của Liên minh Hợp tác xã tỉnh Vĩnh Long. Tin hoạt động, thông báo và sản phẩm của các HTX."
NOSCRIPT = ("JavaScriptを有効にしてください", "Please turn on your JavaScript")
FURN = [*NOSCRIPT, "Tải thêm", "Biểu cảm", "Đăng lại", "Powered by Misskey", "Khám phá", "Đăng ký", "Đăng nhập",
        "@" + ACCT, "#HTXVinhLong", "#KinhTeTapThe", HOST]
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def b36(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = B62[r] + out
    return out or "0"


def aidx(d: datetime, n: int) -> str:
    """Misskey's aidx: ms since 2000-01-01 UTC in base 36 (8), the node key (4), a counter (4)."""
    ms = int((d - UTC - EPOCH).total_seconds() * 1000)
    return b36(ms).rjust(8, "0") + "k3vl" + b36(n).rjust(4, "0")


def cls(name: str) -> str:
    """A CSS-module class as Misskey's production build names it: 'x' + 4 base-62 characters."""
    h = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    return "x" + "".join(B62[(h >> (6 * i)) % 62] for i in range(4))


def absolute(d: datetime) -> str:
    return f"{d:%H:%M:%S} {d.day}/{d.month}/{d.year}"


def relative(d: datetime) -> str:
    ago = (NOW - d).total_seconds()
    for span, word in ((31536000, "năm"), (2592000, "tháng"), (604800, "tuần"), (86400, "ngày"), (3600, "giờ"),
                       (60, "phút")):
        if ago >= span:
            return f"{round(ago / span)} {word} trước"
    return "Vừa xong"


def time_el(d: datetime, detail: bool = False) -> str:
    shown = f"{absolute(d)} ({relative(d)})" if detail else relative(d)
    return f'<time title="{absolute(d)}" class="{cls("MkTime-root")}">{shown}</time>'


def zulu(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}.000Z"


class Note(RichArticle):
    """The MFM text: the title line (bold) or the CW is the title, the hashtag line no text."""

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        out = []
        for line in self.opts["mfm"].split("\n"):
            line = line.strip()
            if not line or line.startswith("#") or line == f"**{self.title}**":
                continue
            out.append(line.replace("**", ""))
        return out

    @property
    def blocks(self):  # noqa: D401 - no rich blocks: contains_for falls back to the second line
        return []


def articles() -> list[Note]:
    A = Note

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"], body="")

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tham gia Hội chợ sản phẩm OCOP - HTX tỉnh Vĩnh Long năm 2024",
          author=None, doc_number="12/TB-LMHTX",
          opts={"cw": True, "mfm": """LIÊN MINH HTX TỈNH VĨNH LONG
Số: 12/TB-LMHTX
Vĩnh Long, ngày 15 tháng 5 năm 2024
**THÔNG BÁO**
Về việc tham gia Hội chợ sản phẩm OCOP - HTX tỉnh Vĩnh Long năm 2024
Hội chợ diễn ra từ ngày 14/6 đến ngày 18/6/2024 tại Quảng trường Thành phố Vĩnh Long.
Liên minh HTX tỉnh hỗ trợ mỗi HTX có sản phẩm OCOP một gian hàng miễn phí.
Các HTX đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024 (file thông báo đính kèm).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thành

#HTXVinhLong #KinhTeTapThe""", "files": [("TB-12-LMHTX-2024.pdf", "application/pdf", "")],
                "reactions": [("1f44d", "👍", 14), ("2764", "❤", 3)], "renotes": 6, "pinned": True},
          notes=["notice posted with a CW: the CW 'Thông báo số 12/TB-LMHTX …' is the title, the text (the document's "
                 "lines, 'Số: 12/TB-LMHTX', the signer) sits behind 'Tải thêm (N ký tự)' in a display:none block; the PDF "
                 "is a download banner /files/<uuid> (an attachment); posted '09:30:00 17/5/2024 (3 ngày trước)'; the "
                 "meta description is the CW and '(📎1)'; a member's question and the alliance's reply under it are not "
                 "text; pinned on the user page"],
          **at(datetime(2024, 5, 17, 9, 30))),
        A(path="", title="Ảnh: HTX Bưởi Năm Roi Mỹ Hòa vào vụ thu hoạch", author="Trần Quốc Bảo",
          opts={"mfm": """**Ảnh: HTX Bưởi Năm Roi Mỹ Hòa vào vụ thu hoạch**
Giữa tháng 5, các thành viên HTX Bưởi Năm Roi Mỹ Hòa (thị xã Bình Minh) bước vào vụ thu hoạch bưởi chính năm 2024.
Ảnh 1 - Thành viên HTX thu hoạch bưởi trên vườn đạt chuẩn VietGAP
Ảnh 2 - Bưởi được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế
Ảnh 3 - Thương lái và doanh nghiệp đến thu mua bưởi tại HTX
Vụ này HTX dự kiến thu hoạch 900 tấn bưởi, giá bán bình quân 18.000 đồng/kg.
Bài và ảnh: Trần Quốc Bảo

#HTXVinhLong #KinhTeTapThe""",
                "files": [(f"buoi-my-hoa-{i}.jpg", "image/jpeg", c) for i, c in enumerate(
                    ["Thành viên HTX thu hoạch bưởi trên vườn đạt chuẩn VietGAP",
                     "Bưởi được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế",
                     "Thương lái và doanh nghiệp đến thu mua bưởi tại HTX"], 1)],
                "reactions": [("1f44d", "👍", 21), ("1f389", "🎉", 4)], "renotes": 9},
          notes=["photo story: the captions are typed in the text ('Ảnh 1 - …', one line each), the three photos come "
                 "after the text (their alt text repeats the captions: not more lines); 'Bài và ảnh: Trần Quốc Bảo' "
                 "closes it -> author (the account is the alliance)"],
          **at(datetime(2024, 5, 16, 15, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Phú", author=None,
          opts={"mfm": """**Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Phú**
Chiều 14/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Tân Phú (huyện Tam Bình).
HTX hiện có 112 thành viên, liên kết tiêu thụ cam sành và lúa chất lượng cao với doanh nghiệp.
Đoàn ghi nhận kiến nghị của HTX về vốn vay đầu tư kho lạnh bảo quản cam.

#HTXVinhLong #KinhTeTapThe""", "files": [], "reactions": [("1f44d", "👍", 8)], "renotes": 2},
          notes=["posted at 00:20 on 15 May about the afternoon before: '00:20:00 15/5/2024 (5 ngày trước)'; the Atom "
                 "feed's <updated> is the id's UTC instant '2024-05-14T17:20:00.000Z' (the previous day); no byline: "
                 "author null"],
          **at(datetime(2024, 5, 15, 0, 20))),
        A(path="", title="Tình hình phát triển HTX tỉnh Vĩnh Long 4 tháng đầu năm 2024", author=None,
          opts={"mfm": """**Tình hình phát triển HTX tỉnh Vĩnh Long 4 tháng đầu năm 2024**
Đến cuối tháng 4/2024, toàn tỉnh có 186 HTX đang hoạt động, thành lập mới 9 HTX.
Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng)
Nông nghiệp | 132 | 10.450 | 1.860
Thương mại - dịch vụ | 24 | 1.320 | 2.740
Tiểu thủ công nghiệp | 18 | 860 | 1.150
Vận tải | 12 | 540 | 3.210
Các HTX nông nghiệp tập trung ở các huyện Tam Bình, Bình Tân và thị xã Bình Minh.

#HTXVinhLong #KinhTeTapThe""", "files": [], "reactions": [("1f44d", "👍", 5)], "renotes": 1},
          notes=["a table typed as text: MFM has no tables, so the header and the rows are plain lines 'a | b | c' "
                 "between <br>s (one line each); no byline: author null"],
          **at(datetime(2024, 5, 8, 14, 0))),
        A(path="", title="Hướng dẫn HTX đăng ký sản phẩm tham gia Chương trình OCOP năm 2024", author="Lê Thị Mỹ Dung",
          opts={"mfm": """**Hướng dẫn HTX đăng ký sản phẩm tham gia Chương trình OCOP năm 2024**
Năm 2024, tỉnh tiếp tục đánh giá, phân hạng sản phẩm OCOP hai đợt vào tháng 7 và tháng 11.
**Hồ sơ đăng ký gồm:**
- Phiếu đăng ký sản phẩm OCOP theo mẫu;
- Phương án sản xuất, kinh doanh của HTX;
- Giấy chứng nhận đủ điều kiện an toàn thực phẩm;
- Kết quả kiểm nghiệm chất lượng sản phẩm.
Liên minh HTX tỉnh hỗ trợ các HTX hoàn thiện hồ sơ và thiết kế bao bì sản phẩm.
Lê Thị Mỹ Dung - Văn phòng Liên minh HTX tỉnh

#HTXVinhLong #KinhTeTapThe""", "files": [], "reactions": [("1f44d", "👍", 11)], "renotes": 7},
          notes=["a bold line as a heading and '- ' lines as a list (MFM has neither: one line each, the dash kept); "
                 "'Lê Thị Mỹ Dung - Văn phòng Liên minh HTX tỉnh' closes it -> Lê Thị Mỹ Dung"],
          **at(datetime(2024, 4, 26, 8, 45))),
        A(path="", title="HTX Khoai lang Bình Tân xuất khẩu khoai lang tím sang Nhật Bản", author=None,
          opts={"mfm": """**HTX Khoai lang Bình Tân xuất khẩu khoai lang tím sang Nhật Bản**
HTX Khoai lang Bình Tân vừa xuất khẩu 40 tấn khoai lang tím sang Nhật Bản thông qua một doanh nghiệp ở TP Hồ Chí Minh.
HTX áp dụng quy trình VietGAP trên 60 ha của 75 hộ thành viên, có mã số vùng trồng phục vụ xuất khẩu.
Giá bán cho doanh nghiệp cao hơn giá thị trường trong nước khoảng 25%.
Theo Báo Vĩnh Long

#HTXVinhLong #KinhTeTapThe""", "files": [], "reactions": [("1f44d", "👍", 17), ("2764", "❤", 6)], "renotes": 12},
          notes=["'Theo Báo Vĩnh Long' closes the text: a reprint, no author; the member @htxkhoailangbinhtan renoted "
                 "nothing: its own page is not an article"],
          **at(datetime(2024, 4, 12, 10, 15))),
        A(path="", title="HTX Gốm Mang Thít đưa sản phẩm gốm đỏ lên sàn thương mại điện tử", author="Nguyễn Thị Bích Tuyền",
          opts={"mfm": """**HTX Gốm Mang Thít đưa sản phẩm gốm đỏ lên sàn thương mại điện tử**
HTX Gốm Mang Thít (huyện Mang Thít) vừa mở gian hàng trên hai sàn thương mại điện tử lớn.
Sau hai tháng, HTX bán được hơn 1.500 sản phẩm gốm trang trí, chậu cảnh cho khách hàng trong và ngoài tỉnh.
HTX đang phối hợp với Liên minh HTX tỉnh tập huấn cho thành viên kỹ năng livestream bán hàng.
Nguyễn Thị Bích Tuyền

#HTXVinhLong #KinhTeTapThe""", "files": [], "reactions": [("1f44d", "👍", 9)], "renotes": 3},
          notes=["the bare name 'Nguyễn Thị Bích Tuyền' closes the text: the author; the oldest note on the user page's "
                 "first 10"],
          **at(datetime(2024, 3, 29, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh Vĩnh Long tổng kết công tác năm 2023", author="Phạm Minh Khoa",
          opts={"mfm": """**Liên minh HTX tỉnh Vĩnh Long tổng kết công tác năm 2023**
Ngày 16/1, Liên minh HTX tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 10 lớp tập huấn cho 540 lượt cán bộ HTX.
Tin, ảnh: Phạm Minh Khoa

#HTXVinhLong #KinhTeTapThe""", "files": [("tong-ket-2023.jpg", "image/jpeg", "")],
                "reactions": [("1f44d", "👍", 7)], "renotes": 2},
          notes=["the oldest news note: not on the user page (the pinned notes and the 10 newest; the rest loads on "
                 "scroll), only in the clip 'Tin hoạt động', the hashtag pages and the Atom feed; 'Tin, ảnh: Phạm Minh "
                 "Khoa' -> author"],
          **at(datetime(2024, 1, 18, 14, 30))),
    ]


def mfm_html(text: str) -> str:
    """MFM as Misskey's renderer writes it: text nodes split at newlines with <br>, bold as <b>, hashtags and mentions
    as links, the whole in span.havbbuyv (white-space: pre-wrap)."""
    out = []
    for line in text.split("\n"):
        h = esc(line)
        h = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", h)
        h = re.sub(r"#(\w+)", lambda m: f'<a href="/tags/{m.group(1)}" class="{cls("MkA")}" style="color:var(--hashtag);">'
                   f"#{m.group(1)}</a>", h)
        h = re.sub(r"@(\w+)", lambda m: f'<a class="{cls("MkMention-root")}" href="/@{m.group(1)}"><span>@{m.group(1)}</span></a>', h)
        out.append(h)
    return f'<span class="havbbuyv">{"<br>".join(out)}</span>'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-long", f"{NAME} (Misskey)", "generic", None,
                     start_urls=["{{base:%s}}/@%s" % (SITE, ACCT)], feeds=["{{base:%s}}/@%s.atom" % (SITE, ACCT)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    counter = 0

    def new_id(d: datetime) -> str:
        nonlocal counter
        counter += 1
        return aidx(d, counter)

    def fid(name: str) -> str:
        x = hashlib.sha1(name.encode()).hexdigest()
        return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"

    # every note: dicts with id, user, date, text, cw, files, reply, renote, art
    notes: list[dict] = []
    for a in arts:
        a.opts["id"] = new_id(a.date)
        a.path = f"/notes/{a.opts['id']}"
        notes.append(dict(id=a.opts["id"], user=ACCT, date=a.date, text=a.opts["mfm"], cw=a.title if a.opts.get("cw") else None,
                          files=a.opts["files"], reply=None, renote=None, art=a, reactions=a.opts["reactions"],
                          renotes=a.opts["renotes"]))
    notice = arts[0]

    def add(user: str, d: datetime, text: str | None, reply: str | None = None, renote: str | None = None,
            reactions: list = ()) -> dict:
        n = dict(id=new_id(d), user=user, date=d, text=text, cw=None, files=[], reply=reply, renote=renote, art=None,
                 reactions=list(reactions), renotes=0)
        notes.append(n)
        return n

    welcome = add(ACCT, datetime(2023, 12, 20, 9, 0), "Chào mừng bạn đến với trang Misskey chính thức của Liên minh HTX tỉnh "
                  "Vĩnh Long! Tại đây chúng tôi đăng tin hoạt động, thông báo và giới thiệu sản phẩm của các HTX trong "
                  "tỉnh.\n\n#HTXVinhLong", reactions=[("1f44b", "👋", 25)])
    add(ACCT, datetime(2024, 5, 1, 7, 0), "Chúc mừng ngày Quốc tế Lao động 1/5! Chúc các HTX, tổ hợp tác và người lao "
        "động có kỳ nghỉ lễ vui vẻ, an toàn.", reactions=[("1f338", "🌸", 16)])
    add(ACCT, datetime(2024, 4, 30, 7, 30), "Kỷ niệm 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - "
        "30/4/2024).", reactions=[("1f1fb-1f1f3", "🇻🇳", 30)])
    question = add("htxkhoailangbinhtan", datetime(2024, 5, 17, 14, 10), f"@{ACCT} HTX chúng tôi muốn đăng ký 2 gian "
                   "hàng được không ạ?", reply=notice.opts["id"])
    answer = add(ACCT, datetime(2024, 5, 17, 16, 45), "@htxkhoailangbinhtan Dạ, mỗi HTX được hỗ trợ một gian miễn phí, "
                 "gian thứ hai HTX đăng ký theo giá của Ban tổ chức nhé.", reply=question["id"], reactions=[("1f64f", "🙏", 2)])
    member = add("htxbuoimyhoa", datetime(2024, 5, 18, 8, 0), "Bưởi Năm Roi Mỹ Hòa vụ mới đã có hàng, HTX nhận giao hàng "
                 "toàn tỉnh Vĩnh Long. Đặt hàng qua tin nhắn trang này nhé!", reactions=[("1f44d", "👍", 6)])
    renote = add(ACCT, datetime(2024, 5, 18, 9, 12), None, renote=member["id"])
    by_id = {n["id"]: n for n in notes}
    replies_of: dict[str, list[dict]] = {}
    for n in notes:
        if n["reply"]:
            replies_of.setdefault(n["reply"], []).append(n)
    site.extra_boilerplate += [question["text"].split(" ", 1)[1], answer["text"].split(" ", 1)[1]]

    def summary(n: dict) -> str:
        s = n["cw"] if n["cw"] is not None else (n["text"] or "")
        if n["files"]:
            s += f" (📎{len(n['files'])})"
        if n["reply"]:
            s += "\n\nRE: " + summary(by_id[n["reply"]])
        if n["renote"]:
            s += "\n\nRN: " + summary(by_id[n["renote"]])
        return s.strip()

    def avatar(user: str) -> str:
        return (f'<a class="{cls("MkAvatar-root")}" href="/@{user}" title="{attr(USERS[user][0])}"><img '
                f'class="{cls("MkAvatar-inner")}" src="/files/thumbnail-{fid("avatar" + user)}" alt="" decoding="async"></a>')

    def files_html(n: dict) -> str:
        if not n["files"]:
            return ""
        parts = []
        for name, mime, alt in n["files"]:
            url = f"/files/{fid(n['id'] + name)}"
            if mime.startswith("image/"):
                parts.append(f'<div class="{cls("MkMediaImage-root")}"><a href="{url}" title="{attr(alt or name)}" target="_blank">'
                             f'<img class="{cls("MkMediaImage-image")}" src="{url}" alt="{attr(alt)}" title="{attr(alt)}"></a>'
                             + (f'<div class="{cls("MkMediaImage-indicator")}">ALT</div>' if alt else "") + "</div>")
            else:
                parts.append(f'<div class="{cls("MkMediaBanner-root")}"><a class="{cls("MkMediaBanner-download")}" href="{url}" '
                             f'title="{attr(name)}" download="{attr(name)}"><i class="ti ti-download"></i> <b>{esc(name)}</b></a></div>')
        return f'<div class="{cls("MkMediaList-root")}">{"".join(parts)}</div>'

    def reactions_html(n: dict) -> str:
        return (f'<div class="{cls("MkReactionsViewer-root")}">' + "".join(
            f'<button class="_button {cls("MkReactionsViewer-reaction")}"><img class="{cls("MkEmoji-root")}" '
            f'src="/twemoji/{code}.svg" alt="{emo}" decoding="async"><span class="{cls("MkReactionsViewer-count")}">{k}'
            f"</span></button>" for code, emo, k in n["reactions"]) + "</div>")

    def header(n: dict, detail: bool) -> str:
        user = n["user"]
        t = (f'<a href="/notes/{n["id"]}" class="{cls("MkNote-time")}">{time_el(n["date"], detail)}</a>')
        return (f'<header class="{cls("MkNoteHeader-root")}">{avatar(user) if detail else ""}<div class="{cls("MkNoteHeader-body")}">'
                f'<a class="{cls("MkNoteHeader-name")}" href="/@{user}"><span class="havbbuyv">{esc(USERS[user][0])}</span></a>'
                f'<div class="{cls("MkNoteHeader-username")}"><span class="{cls("MkAcct")}">@{user}</span></div>'
                f'{"" if detail else t}</div></header>')

    def content(n: dict, detail: bool) -> str:
        if n["cw"] is not None:
            hidden_len = len(n["text"])
            return (f'<p class="{cls("MkNote-cw")}"><span class="havbbuyv">{esc(n["cw"])}</span> <button class="_button '
                    f'{cls("MkCwButton-root")}"><b>Tải thêm</b><span> ({hidden_len} ký tự, {len(n["files"])} tập tin)</span>'
                    f'</button></p><div class="{cls("MkNote-content")}" style="display: none;"><div class="{cls("MkNote-text")}">'
                    f'{mfm_html(n["text"])}</div>{files_html(n)}</div>')
        long = not detail and n["text"] and (len(n["text"]) > 500 or n["text"].count("\n") >= 9)
        more = (f'<button class="{cls("MkNote-collapsed")} _button"><span class="{cls("MkNote-collapsedLabel")}">Xem thêm</span>'
                f"</button>") if long else ""
        return (f'<div class="{cls("MkNote-content")}{" " + cls("MkNote-contentCollapsed") if long else ""}"><div '
                f'class="{cls("MkNote-text")}">{mfm_html(n["text"] or "")}</div>{files_html(n)}{more}</div>')

    def footer_buttons(n: dict) -> str:
        reps = len(replies_of.get(n["id"], []))
        count = cls("MkNote-footerButtonCount")
        rep_count = f'<p class="{count}">{reps}</p>' if reps else ""
        rn_count = f'<p class="{count}">{n["renotes"]}</p>' if n["renotes"] else ""
        button = cls("MkNote-footerButton")
        return (f'<footer class="{cls("MkNote-footer")}"><button class="{button} _button"><i class="ti ti-arrow-back-up"></i>'
                f'{rep_count}</button><button class="{button} _button"><i class="ti ti-repeat"></i>{rn_count}</button><button '
                f'class="{button} _button"><i class="ti ti-plus"></i></button><button class="{button} _button"><i class="ti '
                f'ti-dots"></i></button></footer>')

    def note_card(n: dict, pinned: bool = False) -> str:
        """MkNote in a list (the user page, tags, clip)."""
        top = ""
        if pinned:
            top = f'<div class="{cls("MkNotes-pinned")}"><i class="ti ti-pin"></i> Tút ghim</div>'
        if n["renote"]:
            orig = by_id[n["renote"]]
            top += (f'<div class="{cls("MkNote-renote")}"><i class="ti ti-repeat"></i><span class="{cls("MkNote-renoteText")}">'
                    f'Chia sẻ bởi <a href="/@{n["user"]}">{esc(USERS[n["user"]][0])}</a></span><div class="{cls("MkNote-renoteInfo")}">'
                    f'<a href="/notes/{n["id"]}">{time_el(n["date"])}</a></div></div>')
            n = orig
        return (f'<article class="{cls("MkNote-root")} _panel" tabindex="0">{top}<div class="{cls("MkNote-article")}">'
                f'{avatar(n["user"])}<div class="{cls("MkNote-main")}">{header(n, False)}{content(n, False)}'
                f'{reactions_html(n)}{footer_buttons(n)}</div></div></article>')

    def note_sub(n: dict) -> str:
        inner = "".join(note_sub(r) for r in replies_of.get(n["id"], []))
        children = f'<div class="{cls("MkNoteSub-replies")}">{inner}</div>' if inner else ""
        return (f'<div class="{cls("MkNoteSub-root")}"><div class="{cls("MkNoteSub-main")}">{avatar(n["user"])}<div>'
                f'{header(n, False)}<div class="{cls("MkNoteSub-text")}">{mfm_html(n["text"])}</div></div></div>{children}</div>')

    def layout(title: str, body: str, head: str, page_title: str, subtitle: str = "", og: str = "") -> str:
        meta = json.dumps({"name": NAME, "uri": f"https://{HOST}", "version": "2024.5.0", "langs": ["vi"]}, ensure_ascii=False)
        sub = f'<div class="{cls("MkPageHeader-subtitle")}">{subtitle}</div>' if subtitle else ""
        return f"""<!DOCTYPE html>
<!--
  _____ _         _
 |     |_|___ ___| |_ ___ _ _
 | | | | |_ -|_ -| '_| -_| | |
 |_|_|_|_|___|___|_,_|___|_  |
                         |___|
 Thank you for using Misskey!
 If you are reading this message... how about joining the development?
 https://github.com/misskey-dev/misskey
-->
<html><head><meta charset="utf-8"><meta name="application-name" content="Misskey"><meta name="referrer" content="origin"><meta name="theme-color" content="#2f7a3d"><meta name="theme-color-orig" content="#2f7a3d"><meta property="og:site_name" content="{attr(NAME)}"><meta property="instance_url" content="{{{{base}}}}"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no"><link rel="icon" href="/favicon.ico"><link rel="apple-touch-icon" href="/apple-touch-icon.png"><link rel="manifest" href="/manifest.json"><link rel="search" type="application/opensearchdescription+xml" title="{attr(NAME)}" href="{{{{base}}}}/opensearch.xml"><link rel="prefetch" href="{{{{base:offsite}}}}/xn--931a.moe/assets/error.jpg"><link rel="prefetch" href="{{{{base:offsite}}}}/xn--931a.moe/assets/info.jpg"><link rel="prefetch" href="{{{{base:offsite}}}}/xn--931a.moe/assets/not-found.jpg"><link rel="stylesheet" href="/assets/tabler-icons/tabler-icons.min.css?v3.3.0"><link rel="stylesheet" href="/vite/assets/app-CuoUq7sh.css"><title>{esc(title)}</title>{head}{og}<script type="application/json" id="misskey_meta" data-generated-at="1716174000000">{meta}</script></head>
<body><noscript><p>{NOSCRIPT[0]}<br>{NOSCRIPT[1]}</p></noscript><div id="misskey_app"><div class="{cls("visitor-root")}"><div class="{cls("visitor-main")}"><div class="{cls("visitor-contents")}">
<div class="{cls("visitor-header")}"><div class="{cls("visitor-header-wide")}"><div class="{cls("visitor-header-content")}"><a href="/" class="{cls("visitor-link")}"><img src="/favicon.ico" class="{cls("visitor-icon")}" alt=""></a><div class="{cls("visitor-page")}"><div class="{cls("MkPageHeader-title")}">{esc(page_title)}</div>{sub}</div><div class="{cls("visitor-right")}"><a href="/explore" class="{cls("visitor-link")}"><i class="ti ti-hash"></i> Khám phá</a><button class="_button {cls("visitor-signup")}">Đăng ký</button><button class="_button {cls("visitor-login")}">Đăng nhập</button></div></div></div></div>
<main><div class="_spacer" style="--MI_SPACER-w: 800px;">{body}</div></main>
<div class="{cls("visitor-poweredBy")}"><b><a href="/">{HOST}</a></b><small>Powered by <a href="{{{{base:offsite}}}}/misskey/" target="_blank">Misskey</a></small></div>
</div></div></div></div></body></html>
"""

    def note_head(n: dict) -> str:
        user = n["user"]
        is_renote = n["renote"] and n["text"] is None
        s = summary(n)
        return (f'<meta name="description" content="{attr(s)}">'
                + ('<meta name="robots" content="noindex">' if is_renote else "")
                + f'<meta name="misskey:user-username" content="{user}"><meta name="misskey:user-id" content="{USERS[user][1]}">'
                f'<meta name="misskey:note-id" content="{n["id"]}"><link rel="alternate" type="application/activity+json" '
                f'href="{{{{base}}}}/notes/{n["id"]}">'), (
                f'<meta property="og:type" content="article"><meta property="og:title" content="{attr(USERS[user][0])} (@{user})">'
                f'<meta property="og:description" content="{attr(s)}"><meta property="og:url" content="{{{{base}}}}/notes/{n["id"]}">'
                f'<meta property="twitter:card" content="summary"><meta property="og:image" content="{{{{base}}}}/files/'
                f'thumbnail-{fid("avatar" + user)}">')

    # -- note pages -----------------------------------------------------------------------------------------
    for n in notes:
        shown = by_id[n["renote"]] if n["renote"] and n["text"] is None else n
        top = ""
        if shown is not n:
            top = (f'<div class="{cls("MkNoteDetailed-renote")}"><i class="ti ti-repeat"></i> <span>Chia sẻ bởi <a href="/@{n["user"]}">'
                   f'{esc(USERS[n["user"]][0])}</a></span> <a href="/notes/{n["id"]}">{time_el(n["date"])}</a></div>')
        parent = ""
        if shown["reply"]:
            parent = (f'<div class="{cls("MkNoteDetailed-replyTo")}"><div class="{cls("MkNoteSub-root")}">{avatar(by_id[shown["reply"]]["user"])}'
                      f'{header(by_id[shown["reply"]], False)}<div>{mfm_html(by_id[shown["reply"]]["text"])}</div></div></div>')
        reps = "".join(note_sub(r) for r in replies_of.get(shown["id"], []))
        detail = (f'<div class="_gaps"><div class="{cls("MkNoteDetailed-root")} _panel">{top}{parent}<article '
                  f'class="{cls("MkNoteDetailed-note")}">{header(shown, True)}<div class="{cls("MkNoteDetailed-noteContent")}">'
                  f'{content(shown, True)}</div><footer><div class="{cls("MkNoteDetailed-noteFooterInfo")}"><a href="/notes/'
                  f'{shown["id"]}">{time_el(shown["date"], True)}</a> <span class="{cls("MkNoteDetailed-visibility")}"><i '
                  f'class="ti ti-world"></i></span></div>{reactions_html(shown)}{footer_buttons(shown)}</footer></article>'
                  f'<div class="{cls("MkNoteDetailed-tabs")}"><button class="_button {cls("MkNoteDetailed-tab")} '
                  f'{cls("MkNoteDetailed-tabActive")}"><i class="ti ti-arrow-back-up"></i> Trả lời</button><button class="_button '
                  f'{cls("MkNoteDetailed-tab")}"><i class="ti ti-repeat"></i> Đăng lại</button><button class="_button '
                  f'{cls("MkNoteDetailed-tab")}"><i class="ti ti-icons"></i> Biểu cảm</button></div><div>{reps}</div></div></div>')
        head, og = note_head(n)
        site.page(f"/notes/{n['id']}", layout(f"Tút | {NAME}", detail, head, "Tút", absolute(shown["date"]), og),
                  content_type=HTML)
        for name, mime, _alt in n["files"]:
            url = f"/files/{fid(n['id'] + name)}"
            data = pdf(name, ["LIEN MINH HTX TINH VINH LONG", "THONG BAO SO 12/TB-LMHTX"]) if mime == "application/pdf" \
                else image_for(url)
            site.binary(url, data)
            site.routes.append({"path": url, "file": url.lstrip("/"), "content_type": mime})
        a = n["art"]
        if a is not None:
            if a.doc_number:
                a.attachments = [{"path": f"/files/{fid(n['id'] + 'TB-12-LMHTX-2024.pdf')}", "text": "TB-12-LMHTX-2024.pdf"}]
            site.add_article(a)
        else:
            site.non_articles.append(f"/notes/{n['id']}")
    for user in USERS:
        site.binary(f"/files/thumbnail-{fid('avatar' + user)}", image_for(user))
    site.trap("the renote /notes/<id> (noindex; 'Chia sẻ bởi Liên minh HTX tỉnh Vĩnh Long' above the member's note, the "
              "summary 'RN: …'): not an article, nor the member's own note", f"/notes/{renote['id']}")
    site.trap("the pinned welcome note, two holiday statuses and the alliance's reply to a member (the question above it, "
              "'RE: …' in the summary): notes without a title line, not articles", f"/notes/{answer['id']}")

    # -- user pages ----------------------------------------------------------------------------------------
    def profile(user: str) -> None:
        own = sorted([n for n in notes if n["user"] == user and not n["reply"]], key=lambda n: n["date"], reverse=True)
        pinned = [notice.opts["id"], welcome["id"]] if user == ACCT else []
        tl = own[:10]
        body = (f'<div class="_gaps"><div class="{cls("user-profile")} _panel"><div class="{cls("user-banner")}"></div>'
                f'{avatar(user)}<div class="{cls("user-title")}"><h1><span class="havbbuyv">{esc(USERS[user][0])}</span></h1>'
                f'<span class="{cls("user-username")}">@{user}</span></div><div class="{cls("user-description")}">'
                f'{mfm_html(BIO) if user == ACCT else "<p>Tài khoản của HTX thành viên.</p>"}</div><dl class="{cls("user-fields")}">'
                f'<dt>Tham gia</dt><dd>20/11/2023 (6 tháng trước)</dd></dl><div class="{cls("user-status")}"><a href="/@{user}">'
                f'<b>{len([n for n in notes if n["user"] == user])}</b><span>Tút</span></a></div></div>'
                + "".join(note_card(by_id[p], True) for p in pinned)
                + f'<div class="{cls("MkNotes-root")}">' + "".join(note_card(n) for n in tl) + f'</div><button class="_button '
                f'{cls("MkPagination-more")}">Tải thêm</button></div>')
        head = (f'<meta name="description" content="{attr(BIO if user == ACCT else "")}"><meta name="misskey:user-username" '
                f'content="{user}"><meta name="misskey:user-id" content="{USERS[user][1]}"><link rel="alternate" '
                f'type="application/activity+json" href="{{{{base}}}}/users/{USERS[user][1]}">')
        og = (f'<meta property="og:type" content="blog"><meta property="og:title" content="{attr(USERS[user][0])} (@{user})">'
              f'<meta property="og:url" content="{{{{base}}}}/@{user}">')
        site.page(f"/@{user}", layout(f"{USERS[user][0]} (@{user}) | {NAME}", body, head, USERS[user][0], "@" + user, og),
                  content_type=HTML)
        site.non_articles.append(f"/@{user}")
        site.page(f"/users/{USERS[user][1]}", json.dumps({"@context": ["https://www.w3.org/ns/activitystreams"], "type":
                                                         "Person" if user != ACCT else "Service", "id": f"https://{HOST}/users/"
                                                         f"{USERS[user][1]}", "preferredUsername": user,
                                                         "name": USERS[user][0]}, ensure_ascii=False),
                  content_type="application/activity+json; charset=utf-8")

    for user in USERS:
        profile(user)
    site.trap("the user page /@htxvinhlong: the profile, two pinned notes ('Tút ghim': the notice and the welcome), then "
              "the 10 newest notes and renotes with relative ages ('3 ngày trước', the time in the title) and 'Tải "
              "thêm' (a button: the rest loads by the API, no pager)", f"/@{ACCT}")

    # -- tags, clip, about, explore, home -----------------------------------------------------------------------
    def list_page(path: str, title: str, items: list[dict], intro: str = "") -> None:
        body = f'<div class="_gaps">{intro}<div class="{cls("MkNotes-root")}">' + "".join(note_card(n) for n in items) + "</div></div>"
        site.page(path, layout(f"{title} | {NAME}", body, f'<meta name="description" content="{attr(title)}">', title),
                  content_type=HTML)
        site.non_articles.append(path)

    for tag in ("HTXVinhLong", "KinhTeTapThe"):
        tagged = sorted([n for n in notes if n["text"] and f"#{tag}" in n["text"]], key=lambda n: n["date"], reverse=True)
        list_page(f"/tags/{tag}", f"#{tag}", tagged[:10])
    site.trap("hashtag pages /tags/<tag> (every note's trailing '#HTXVinhLong #KinhTeTapThe'): the 10 newest notes "
              "with the tag", "/tags/KinhTeTapThe")
    clip_id = aidx(datetime(2024, 1, 18, 15, 0), 999)
    clip_notes = [by_id[a.opts["id"]] for a in arts]
    list_page(f"/clips/{clip_id}", "Tin hoạt động", clip_notes,
              f'<div class="_panel {cls("clip-info")}"><div class="{cls("clip-description")}">{mfm_html("Các tin hoạt động của Liên minh HTX tỉnh.")}'
              f'</div><div class="{cls("clip-user")}">{avatar(ACCT)}</div></div>')
    site.trap("the clip /clips/<id> 'Tin hoạt động' (the staff clip every news note): a list, and the only page besides "
              "the tags and the feed that reaches the oldest news note", f"/clips/{clip_id}")
    about = (f'<div class="_gaps"><div class="_panel"><h2>{esc(NAME)}</h2><p>Máy chủ Misskey của Liên minh Hợp tác xã tỉnh '
             f'Vĩnh Long dành cho các HTX, tổ hợp tác trong tỉnh.</p><dl><dt>Phần mềm</dt><dd>Misskey 2024.5.0</dd><dt>Đội ngũ '
             f'vận hành</dt><dd>Văn phòng Liên minh HTX tỉnh Vĩnh Long</dd></dl></div><div class="_panel"><a href="/@{ACCT}">'
             f"@{ACCT}</a> <a href=\"/clips/{clip_id}\">Tin hoạt động</a></div></div>")
    site.page("/about", layout(f"Giới thiệu | {NAME}", about, "", "Giới thiệu"), content_type=HTML)
    explore = (f'<div class="_gaps"><div class="_panel"><h2>Những người nổi tiếng</h2><ul>' + "".join(
        f'<li><a href="/@{u}">{esc(v[0])}</a></li>' for u, v in USERS.items()) + "</ul></div></div>")
    site.page("/explore", layout(f"Khám phá | {NAME}", explore, "", "Khám phá"), content_type=HTML)
    home = (f'<div class="_gaps"><div class="_panel"><h1>{esc(NAME)}</h1><p>Máy chủ Misskey của Liên minh Hợp tác xã tỉnh '
            f'Vĩnh Long.</p><a href="/about">Giới thiệu</a></div><div class="_panel"><h2>Tút nổi bật</h2>'
            + note_card(by_id[arts[1].opts["id"]]) + "</div></div>")
    site.page("/", layout(NAME, home, f'<meta name="description" content="{attr(NAME)}">', NAME), content_type=HTML)
    site.non_articles += ["/about", "/explore", "/"]
    site.trap("the visitor dashboard /, /about and /explore: no articles", "/")

    # -- feeds, robots, assets -----------------------------------------------------------------------------------
    feed_notes = sorted([n for n in notes if n["user"] == ACCT and not n["renote"]], key=lambda n: n["date"], reverse=True)[:20]

    def feed_html(text: str) -> str:
        lines = [re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", esc(x)) for x in text.split("\n")]
        return "<p>" + "<br>".join(lines) + "</p>"

    entries = "".join(
        f'<entry><title type="html"><![CDATA[New note by {USERS[ACCT][0]}]]></title><id>{{{{base}}}}/notes/{n["id"]}</id>'
        f'<link href="{{{{base}}}}/notes/{n["id"]}"/><updated>{zulu(n["date"])}</updated>'
        + (f'<summary type="html"><![CDATA[{n["cw"]}]]></summary>' if n["cw"] else "")
        + f'<content type="html"><![CDATA[{feed_html(n["text"])}]]></content></entry>' for n in feed_notes)
    site.page(f"/@{ACCT}.atom", f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>'
              f"{{{{base}}}}/@{ACCT}</id><title>{esc(USERS[ACCT][0])} (@{ACCT}@{HOST})</title><updated>{zulu(feed_notes[0]['date'])}"
              f"</updated><generator>Misskey</generator><link rel=\"alternate\" href=\"{{{{base}}}}/@{ACCT}\"/><subtitle>"
              f"{len([n for n in notes if n['user'] == ACCT])} Notes, 0 Following, 214 Followers · {esc(BIO)}</subtitle>{entries}</feed>\n",
              content_type="application/atom+xml; charset=utf-8")
    site.trap("the Atom feed /@htxvinhlong.atom (the 20 newest notes, renotes left out; the title 'New note by …', the "
              "CW as <summary>, the MFM as HTML): <updated> is the id's instant in UTC", f"/@{ACCT}.atom")
    site.static("/robots.txt", "user-agent: *\nallow: /\n")
    site.page("/opensearch.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<OpenSearchDescription xmlns="http://a9.com/-/spec/'
              f'opensearch/1.1/"><ShortName>{esc(NAME)}</ShortName><Url type="text/html" template="{{{{base}}}}/search?q='
              '{searchTerms}"/></OpenSearchDescription>\n', content_type="application/opensearchdescription+xml")
    site.static("/manifest.json", json.dumps({"short_name": NAME, "name": NAME, "start_url": "/", "display": "standalone"},
                                             ensure_ascii=False) + "\n")
    site.binary("/favicon.ico", b"\x00\x00\x01\x00")
    site.binary("/apple-touch-icon.png", image_for("apple-touch-icon"))
    site.static("/assets/tabler-icons/tabler-icons.min.css", ".ti{font-family:tabler-icons}\n")
    site.static("/vite/assets/app-CuoUq7sh.css", "body{font-family:sans-serif}\n")
    for code in sorted({c for n in notes for c, _e, _k in n["reactions"]}):
        site.static(f"/twemoji/{code}.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n')
    return site
