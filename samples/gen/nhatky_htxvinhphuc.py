"""Site `nhatky-htxvinhphuc` (registry family `generic`): "Nhật ký Liên minh HTX Vĩnh Phúc", the journal the Vĩnh
Phúc cooperative alliance's office keeps on **LiveJournal** (the personal journal `htxvinhphuc`, served at the root of
its own host as `<user>.livejournal.com` is; the S2 layout **Generator** with its default colours, the journal's
"entries on the recent page" left at 10, the interface in English since LiveJournal has no Vietnamese, the office's
time zone Asia/Ho_Chi_Minh; the copy is of 24 June 2025, a week before the province joined Phú Thọ). The office's
scanned documents sit beside the journal under `/files/` (the domain's file share). Written as a held-out test: no
family module, no selectors.

URL shapes (LiveJournal's): an entry `/<itemid>.html` (itemid = jitemid × 256 + anum: 1446.html, 2880.html, not in
order of time); its comment links `?thread=<talkid>#t<talkid>` (a thread expanded) and `?replyto=<talkid>`, "Leave a
comment" `?mode=reply` (the same entry with a form: aliases); the recent page `/` and the pager `/?skip=10` ("[ go |
earlier ]"); the calendar `/calendar` (302 to `/2025/`), the years `/2025/`, `/2024/`, the months `/2025/03/` and the
days `/2025/03/15/` (the day of the entry's own, local time); tags `/tag/` and `/tag/<tag>` (Vietnamese tags
percent-encoded, a space as `%20`); `/profile`; the feeds `/data/rss` and `/data/atom`; `/friends` (robots.txt
disallows it).

Why it is hard: a table layout without any heading: the journal's title is a `<font size="+2"><b>`, an entry's
subject the bold `td.caption` of `table.entrybox`, its date and time the `td.index` beside it ("Mar. 15th,
2025|12:25 am": the time as the poster entered it, Vietnam time, no zone); the text is the `td.entry` cell with
LiveJournal's auto-format (paragraphs as text runs between `<br /><br />`, a photo as `<img>` then `<br /><i>` caption,
a bold run as a heading, `<ul>`, a bordered `<table>`), followed in the same cell by the tags line and the "Current
mood:" / "Current music:" table (never text); the footer row "2 comments | Leave a comment". On the recent page an
`<lj-cut>` hides the rest of a long entry behind "( Đọc tiếp... )"; the entry page has it all. Comments (the entry
page) show their time in UTC ("2025-03-15 01:12 am (UTC)"); the RSS `pubDate` is the posting time in GMT ("Fri, 14
Mar 2025 17:25:41 GMT" for the entry of 00:25 on 15 March). The journal is the office's account: its name is no
author; the byline closing the text is. A sticky welcome entry heads the recent page, a poll entry and a table of
contents entry are entries too but no articles; with them the eleventh entry, the oldest article, is only on
`/?skip=10` (and on its day, the calendar and the feed).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "nhatky-htxvinhphuc"
USER = "htxvinhphuc"
NAME = "Nhật ký Liên minh HTX Vĩnh Phúc"
SUBTITLE = "Tin hoạt động của Liên minh Hợp tác xã tỉnh Vĩnh Phúc"
PER = 10
NOW = datetime(2025, 6, 24, 9, 0)
PICS = "{{base:offsite}}/ljpics/htxvinhphuc"
LJ = "{{base:offsite}}/livejournal"
FURN = ["Current mood:", "Current music:", "Leave a comment", "Recent Entries", "previous entry", "next entry",
        "Create account", SUBTITLE, "Tags:", "User Info"]


def dayord(d: int) -> str:
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def ljdate(d: datetime) -> str:
    """Generator's entry header: 'Mar. 15th, 2025|12:25 am' (the short month with a dot, May without)."""
    mon = d.strftime("%b") + ("" if d.month == 5 else ".")
    hour = d.hour % 12 or 12
    return f"{mon} {dayord(d.day)}, {d.year}|{hour}:{d:%M} {'am' if d.hour < 12 else 'pm'}"


def utc_comment(d: datetime) -> str:
    x = d - timedelta(hours=7)
    hour = x.hour % 12 or 12
    return f"{x:%Y-%m-%d} {hour:02d}:{x:%M} {'am' if x.hour < 12 else 'pm'} (UTC)"


def tag_path(t: str) -> str:
    return f"/tag/{quote(t)}"


class Entry(RichArticle):
    pass


def articles() -> list[RichArticle]:
    A = Entry

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản trị HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH VĨNH PHÚC
Số: 08/TB-LMHTX
Vĩnh Phúc, ngày 12 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản trị HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản trị cho giám đốc, kế toán HTX từ ngày 01/7 đến ngày 03/7/2025 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử không quá 02 học viên; danh sách gửi về Văn phòng Liên minh HTX tỉnh trước ngày 25/6/2025.
CHỦ TỊCH
Đỗ Văn Hưng
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/files/2025/TB-08-LMHTX.pdf", "text": "TB-08-LMHTX.pdf"}],
          opts={"tags": ["thông báo", "tập huấn"], "mood": "busy", "music": None, "fmt": "br",
                "comments": [("htxtamhong", "HTX chúng tôi đăng ký 2 học viên, đã gửi danh sách qua email ạ.", 2, 47)]},
          notes=["notice 'Số: 08/TB-LMHTX' dated 12/6 in its text, posted Jun. 16th, 2025|10:05 am (td.index); the "
                 "journal is the office's account, the signer is text: no author; the link /files/2025/TB-08-LMHTX.pdf "
                 "(its own line) is an attachment, not text; 'Current mood: busy' under the text is not text; a "
                 "cooperative's comment (time in UTC) is not text"],
          **at(datetime(2025, 6, 16, 10, 5))),
        A(path="", title="Ảnh: HTX Nông nghiệp Tam Dương vào vụ thu hoạch bí đỏ",
          body="""
Đầu tháng 6, các thành viên HTX Nông nghiệp Tam Dương bước vào vụ thu hoạch bí đỏ hồ lô.
[img bi-do-1.jpg] Thành viên HTX thu hoạch bí đỏ trên cánh đồng xã Hướng Đạo
[img bi-do-2.jpg] Bí đỏ được phân loại, đóng bao tại nhà sơ chế của HTX
[img bi-do-3.jpg] Thương lái đến tận ruộng thu mua bí cho HTX
Vụ này HTX thu hoạch khoảng 120 tấn bí, giá bán bình quân 9.000 đồng/kg.
""", byline="Bài và ảnh: Kim Văn Dũng", author="Kim Văn Dũng",
          opts={"tags": ["nông nghiệp"], "mood": "happy", "music": "Thanh Hoa - Hát về cây lúa hôm nay", "fmt": "br",
                "comments": [("lanhtx", "Bí đỏ Tam Dương năm nay được giá quá!", 5, 12),
                             ("hoangvp", "HTX có bán lẻ không ạ? Cho mình xin số điện thoại.", 26, 3)]},
          notes=["photo story: each photo an <img> followed by '<br /><i>caption</i>' (one line each); 'Bài và ảnh: Kim "
                 "Văn Dũng' -> author; 'Current mood: happy' and 'Current music: …' are not text; comment links "
                 "'?thread=<talkid>#t<talkid>' and '?replyto=<talkid>' open the same entry: aliases"],
          **at(datetime(2025, 6, 3, 17, 40))),
        A(path="", title="HTX Su su Tam Đảo mở rộng thị trường tiêu thụ",
          body="""
HTX Su su Tam Đảo hiện có 85 thành viên, canh tác 60 ha su su trên các sườn đồi thị trấn Tam Đảo.
Năm 2025, HTX ký hợp đồng cung ứng ngọn su su và quả su su cho ba chuỗi siêu thị ở Hà Nội.
Sản phẩm ngọn su su Tam Đảo đã đạt chứng nhận OCOP 4 sao và được cấp mã số vùng trồng.
HTX đầu tư kho lạnh 50 tấn để bảo quản sản phẩm, giữ giá bán ổn định cho thành viên.
""", byline="Hà Minh Tuấn", author="Hà Minh Tuấn",
          opts={"tags": ["ocop", "nông nghiệp"], "mood": "phấn khởi", "music": None, "fmt": "p", "cut": 1, "comments": []},
          notes=["an <lj-cut>: the recent page shows only the first paragraph and '( Đọc tiếp... )' to /<itemid>.html#cutid1; "
                 "the entry page has the whole text (paragraphs in <p>); the bare name 'Hà Minh Tuấn' closes it: the "
                 "author"],
          **at(datetime(2025, 5, 22, 9, 10))),
        A(path="", title="Kết quả thực hiện chỉ tiêu phát triển HTX 4 tháng đầu năm 2025",
          body="""
Bốn tháng đầu năm 2025, toàn tỉnh thành lập mới 14 HTX, đạt 35% kế hoạch năm.
| Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện 4 tháng | Tỷ lệ (%) |
| HTX thành lập mới | 40 | 14 | 35,0 |
| Tổ hợp tác thành lập mới | 60 | 23 | 38,3 |
| Thành viên HTX tăng thêm | 1.200 | 415 | 34,6 |
| HTX ứng dụng công nghệ cao | 10 | 3 | 30,0 |
Liên minh HTX tỉnh đề nghị các huyện, thành phố đẩy nhanh tiến độ thành lập HTX trong những tháng còn lại.
""", byline="Phòng Kế hoạch - Tổng hợp", author=None,
          opts={"tags": ["số liệu"], "mood": None, "music": None, "fmt": "br", "comments": []},
          notes=["a bordered <table> typed into the entry (the first row bold): one line per row; closed by an office "
                 "('Phòng Kế hoạch - Tổng hợp'): no author"],
          **at(datetime(2025, 5, 8, 14, 0))),
        A(path="", title="Hướng dẫn HTX lập báo cáo tài chính năm theo quy định mới",
          body="""
Từ năm tài chính 2025, các HTX lập báo cáo tài chính theo chế độ kế toán mới của Bộ Tài chính.
## Hồ sơ báo cáo tài chính năm gồm:
* Báo cáo tình hình tài chính;
* Báo cáo kết quả hoạt động sản xuất, kinh doanh;
* Báo cáo lưu chuyển tiền tệ;
* Thuyết minh báo cáo tài chính.
HTX nộp báo cáo cho cơ quan thuế và cơ quan đăng ký HTX cấp huyện chậm nhất ngày thứ 90 kể từ ngày kết thúc năm tài chính.
""", byline="Nguyễn Thị Mai Anh - Ban Kiểm tra", author="Nguyễn Thị Mai Anh",
          opts={"tags": ["hướng dẫn"], "mood": "working", "music": None, "fmt": "br", "comments": []},
          notes=["a bold run on its own line as a heading and a <ul> list; 'Nguyễn Thị Mai Anh - Ban Kiểm tra' -> "
                 "Nguyễn Thị Mai Anh"],
          **at(datetime(2025, 4, 21, 8, 30))),
        A(path="", title="HTX Dịch vụ nông nghiệp Yên Lạc liên kết sản xuất rau an toàn",
          body="""
HTX Dịch vụ nông nghiệp Yên Lạc đã liên kết với một doanh nghiệp chế biến để sản xuất 30 ha rau an toàn.
Doanh nghiệp cung ứng giống, hướng dẫn kỹ thuật và bao tiêu toàn bộ sản phẩm cho thành viên HTX.
Thu nhập của các hộ tham gia liên kết tăng khoảng 25% so với trồng lúa.
""", byline="Theo Báo Vĩnh Phúc", author=None,
          opts={"tags": ["hợp tác xã"], "mood": None, "music": None, "fmt": "br", "comments": []},
          notes=["'Theo Báo Vĩnh Phúc' closes the text: a reprint, no author"],
          **at(datetime(2025, 4, 2, 15, 15))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Lập Thạch",
          body="""
Chiều 14/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Lập Thạch.
HTX hiện cung ứng dịch vụ thủy lợi, làm đất và tiêu thụ nông sản cho hơn 700 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay ưu đãi để đầu tư máy cấy.
""", author=None,
          opts={"tags": ["hợp tác xã"], "mood": "tired", "music": None, "fmt": "br", "logtime_s": 41,
                "comments": [("lanhtx", "Cảm ơn đoàn đã về làm việc với HTX.", 8, 47)]},
          notes=["posted at 00:25 on 15 March about the afternoon before: td.index 'Mar. 15th, 2025|12:25 am', the day "
                 "archive /2025/03/15/; the RSS pubDate 'Fri, 14 Mar 2025 17:25:41 GMT' and the comment's '(UTC)' time "
                 "are the day before in UTC; no byline: author null"],
          **at(datetime(2025, 3, 15, 0, 25))),
        A(path="", title="HTX Thủy sản Đầm Vạc nuôi cá theo hướng an toàn sinh học",
          body="""
HTX Thủy sản Đầm Vạc (TP Vĩnh Yên) hiện nuôi 40 ha cá theo hướng an toàn sinh học.
HTX sử dụng chế phẩm sinh học để xử lý nước ao, giảm dịch bệnh và chi phí thức ăn.
Sản phẩm cá của HTX được các bếp ăn tập thể trong khu công nghiệp bao tiêu ổn định.
""", byline="Trần Thị Hồng Nhung", author="Trần Thị Hồng Nhung",
          opts={"tags": ["thủy sản"], "mood": None, "music": "Trọng Tấn - Khúc hát người Hà Nội", "fmt": "br", "comments": []},
          notes=["the bare name 'Trần Thị Hồng Nhung' closes the text: the author; 'Current music: …' is not text"],
          **at(datetime(2025, 2, 19, 10, 40))),
        A(path="", title="Liên minh HTX tỉnh Vĩnh Phúc tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 33 HTX, tổ chức 9 lớp tập huấn cho 540 lượt cán bộ HTX.
""", byline="Tin, ảnh: Phùng Văn Lâm", author="Phùng Văn Lâm",
          opts={"tags": [], "mood": None, "music": None, "fmt": "br", "comments": []},
          notes=["the oldest article, untagged: the eleventh entry (after a poll and a table-of-contents entry), so only "
                 "on /?skip=10 ('[ go | earlier ]'), its day /2024/12/30/ (the calendar /2024/) and the feeds; 'Tin, ảnh: "
                 "Phùng Văn Lâm' -> author"],
          **at(datetime(2024, 12, 30, 16, 0))),
    ]


def body_html(a: RichArticle, cut: bool = False, lastn: bool = False) -> str:
    """The entry's text as LiveJournal shows it (auto-format: blank lines become <br /><br />)."""
    fmt = a.opts["fmt"]
    parts = []
    pcount = 0
    for b in a.blocks:
        if b.kind == "p":
            pcount += 1
            parts.append(f"<p>{inline_html(b.text)}</p>" if fmt == "p" else inline_html(b.text))
            if a.opts.get("cut") == pcount:
                if lastn:
                    parts.append(f'<b>( <a href="{a.path}#cutid1">Đọc tiếp...</a> )</b>')
                    return "\n".join(parts)
                parts.append('<a name="cutid1"></a>')
        elif b.kind == "h":
            parts.append(f"<b>{esc(b.text)}</b>")
        elif b.kind in ("ul", "ol"):
            parts.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            parts.append('<table border="1" cellpadding="4" cellspacing="0"><tr>' + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head)
                         + "</tr>" + "".join("\n<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                         + "</table>")
        elif b.kind == "img":
            parts.append(f'<img src="{PICS}/{a.opts["itemid"]}/{b.src}" alt="" width="600" height="400" />'
                         + (f"<br /><i>{esc(b.text)}</i>" if b.text else ""))
    for x in a.attachments:
        parts.append(f'<a href="{x["path"]}">{esc(x["text"])}</a>')
    if a.byline:
        parts.append(f"<b>{esc(a.byline)}</b>" if fmt == "br" else f'<p style="text-align: right;"><b>{esc(a.byline)}</b></p>')
    if fmt == "p":
        return "\n".join(parts)
    out = []
    for p in parts:
        if out and not (out[-1].endswith("</ul>") or out[-1].endswith("</table>") or p.startswith(("<ul>", "<table"))):
            out.append("<br /><br />")
        elif out and not p.startswith(("<ul>", "<table")):
            out.append("<br />")
        out.append(p)
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-phuc", f"{NAME} (LiveJournal)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/data/rss" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    # the other entries of the journal: a sticky welcome, a poll and a table of contents (not articles)
    sticky = Entry(path="", title="Chào mừng bạn đến với Nhật ký Liên minh HTX Vĩnh Phúc", date=datetime(2023, 9, 1, 8, 0),
                   body="""
Nhật ký này do Văn phòng Liên minh HTX tỉnh Vĩnh Phúc cập nhật tin hoạt động, thông báo và số liệu về kinh tế tập thể.
Bạn đọc có thể xem bài theo thẻ hoặc theo lịch ở đầu trang.
""", opts={"tags": [], "mood": None, "music": None, "fmt": "br", "comments": [], "sticky": True})
    poll = Entry(path="", title="Thăm dò: Bạn quan tâm nội dung nào trên nhật ký?", date=datetime(2025, 5, 30, 11, 0),
                 body="Mời bạn đọc tham gia thăm dò ý kiến.",
                 opts={"tags": [], "mood": None, "music": None, "fmt": "br", "comments": [], "poll": True})
    toc = Entry(path="", title="Mục lục nhật ký", date=datetime(2025, 1, 10, 9, 0), body="Các bài viết được sắp xếp theo thẻ:",
                opts={"tags": [], "mood": None, "music": None, "fmt": "br", "comments": [], "toc": True})
    entries = sorted(arts + [poll, toc], key=lambda e: e.date, reverse=True)
    chrono = sorted(entries + [sticky], key=lambda e: e.date)
    anums = [113, 58, 201, 7, 166, 92, 240, 35, 178, 121, 64, 199]
    for j, e in enumerate(chrono, 1):
        e.opts["itemid"] = j * 256 + anums[j - 1]
        e.path = f"/{e.opts['itemid']}.html"
    talk = 5400
    for e in chrono:
        e.opts["talk"] = []
        for (user, text, hours, minutes) in e.opts["comments"]:
            talk += 19
            e.opts["talk"].append((talk, user, text, e.date + timedelta(hours=hours, minutes=minutes)))
    tags = sorted({t for e in entries for t in e.opts["tags"]})

    def page(title: str, content: str, canonical: str | None = None, og: RichArticle | None = None) -> str:
        meta = ""
        if canonical:
            meta += f'\n<link rel="canonical" href="{{{{base}}}}{canonical}" />'
        if og is not None:
            desc = inline_text(next(b.text for b in og.blocks if b.kind == "p"))
            meta += (f'\n<meta property="og:title" content="{attr(og.title)}" />\n<meta property="og:type" content="article" />'
                     f'\n<meta property="og:url" content="{{{{base}}}}{og.path}" />\n<meta property="og:description" '
                     f'content="{attr(desc)}" />\n<meta name="description" content="{attr(desc)}" />')
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base}}}}/data/rss" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="{{{{base}}}}/data/atom" />
<link rel="openid2.provider" href="{LJ}/openid/server.bml" />{meta}
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/res/generator.css" />
<script type="text/javascript" src="/res/ljlive.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000FF" vlink="#0000FF" alink="#00FFFF">
<div class="s-schemebar"><a href="{LJ}/">LiveJournal</a> <a href="{LJ}/login.bml">Log in</a> <a href="{LJ}/create">Create account</a></div>
<div align="center">
<table width="95%" cellpadding="2" cellspacing="0" border="0" class="header"><tr><td align="center"><font size="+2" face="Verdana, Arial, Helvetica"><b>{esc(NAME)}</b></font><br /><font size="-1">{esc(SUBTITLE)}</font></td></tr></table>
<table width="95%" cellpadding="2" cellspacing="0" border="0" class="navlinks"><tr><td align="center">[ <a href="/">Recent Entries</a> | <a href="/calendar">Archive</a> | <a href="/friends">Friends</a> | <a href="/profile">User Info</a> | <a href="/tag/">Tags</a> | <a href="{LJ}/tools/memories.bml?user={USER}">Memories</a> ]</td></tr></table>
{content}
</div>
</body>
</html>
"""

    def currents(e: RichArticle) -> str:
        rows = ""
        if e.opts["mood"]:
            rows += f'<tr><td class="currents"><b>Current mood:</b></td><td>{esc(e.opts["mood"])}</td></tr>'
        if e.opts["music"]:
            rows += f'<tr><td class="currents"><b>Current music:</b></td><td>{esc(e.opts["music"])}</td></tr>'
        return f'<br /><table border="0" cellpadding="0" cellspacing="2" class="currents">{rows}</table>' if rows else ""

    def tagline(e: RichArticle) -> str:
        if not e.opts["tags"]:
            return ""
        return ('<div class="ljtags"><b>Tags:</b> ' + ", ".join(f'<a rel="tag" href="{tag_path(t)}">{esc(t)}</a>'
                                                                  for t in e.opts["tags"]) + "</div>")

    def special(e: RichArticle) -> str:
        if e.opts.get("poll"):
            return (f'{esc(e.body)}<br /><br /><div class="ljpoll"><form action="{LJ}/poll/?id=2231790" method="post"><b>Poll '
                    f'#2231790 Bạn quan tâm nội dung nào?</b><br />Open to: All, results viewable to: All<br />'
                    + "".join(f'<input type="radio" name="pollq-0" value="{i}" /> {esc(o)}<br />' for i, o in enumerate(
                        ["Thông báo, văn bản", "Gương HTX điển hình", "Số liệu kinh tế tập thể", "Hướng dẫn nghiệp vụ"], 1))
                    + '<input type="submit" value="Submit Poll" /> <a href="' + LJ + '/poll/?id=2231790&amp;mode=results">'
                    "View Answers</a></form></div>")
        if e.opts.get("toc"):
            return (f"{esc(e.body)}<br /><ul>" + "".join(f'<li><a href="{tag_path(t)}">{esc(t)}</a></li>' for t in tags)
                    + '</ul>Xem theo tháng: <a href="/2025/">lịch năm 2025</a>')
        if e.opts.get("sticky"):
            return inline_html(e.body.strip().splitlines()[0]) + "<br /><br />" + inline_html(e.body.strip().splitlines()[1])
        return ""

    def entrybox(e: RichArticle, full: bool) -> str:
        n = len(e.opts["talk"])
        text = special(e) or body_html(e, lastn=not full)
        comments = (f'<a href="{e.path}">{n} comment{"s" if n != 1 else ""}</a>|' if n else "")
        link = f'<a href="{e.path}">Link</a>|' if not full else ""
        sticky = '<img src="/res/sticky.png" alt="[sticky post]" title="[sticky post]" /> ' if e.opts.get("sticky") else ""
        return (f'<table width="95%" class="entrybox" cellpadding="2" cellspacing="0" border="0">\n<tr><td class="caption">'
                f"{sticky}<b>{esc(e.title)}</b></td><td align=\"right\" class=\"index\">{ljdate(e.date)}</td></tr>\n"
                f'<tr><td colspan="2"><table width="100%" cellpadding="5" cellspacing="0" border="0"><tr><td class="entry">\n'
                f"{text}\n{tagline(e)}{currents(e)}\n</td></tr>\n<tr><td align=\"right\" class=\"comments\">{link}{comments}"
                f'<a href="{e.path}?mode=reply">Leave a comment</a></td></tr></table></td></tr>\n</table>\n<br />')

    comment_texts = []

    def entry_page(e: RichArticle, thread: int | None = None, reply: bool = False) -> str:
        talks = ""
        for tid, user, text, when in e.opts["talk"]:
            comment_texts.append(text)
            talks += (f'<a name="t{tid}"></a><table width="95%" class="talk-comment" cellpadding="4" cellspacing="0" border="0">'
                      f'<tr><td><span class="ljuser"><a href="{LJ}/users/{user}/profile"><b>{user}</b></a></span><br />'
                      f'<font size="-1">{utc_comment(when)}</font></td></tr><tr><td>{esc(text)}</td></tr><tr><td '
                      f'class="talk-comment-links"><font size="-1">(<a href="{e.path}?replyto={tid}">Reply</a>) (<a href="'
                      f'{e.path}?thread={tid}#t{tid}">Thread</a>)</font></td></tr></table>')
        form = ""
        if reply:
            form = ('<form method="post" action="' + LJ + '/talkpost_do.bml" id="postform"><b>Reply to this entry:</b><br />'
                    '<textarea name="body" rows="10" cols="60"></textarea><br /><input type="submit" value="Post Comment" />'
                    "</form>")
        nav = (f'<table width="95%" class="navlinks"><tr><td align="center">[ <a href="{LJ}/go.bml?journal={USER}&amp;'
               f'itemid={e.opts["itemid"]}&amp;dir=prev">previous entry</a> | <a href="{LJ}/go.bml?journal={USER}&amp;'
               f'itemid={e.opts["itemid"]}&amp;dir=next">next entry</a> ]</td></tr></table>')
        content = (f'{nav}\n{entrybox(e, True)}\n<div id="comments"><a name="comments"></a>{talks}</div>{form}')
        return page(f"{e.title}: {NAME} — LiveJournal", content, canonical=e.path, og=e)

    for e in entries + [sticky]:
        site.page(e.path, entry_page(e))
        site.same_page(f"{e.path}?mode=reply", e.path)
        if e in arts:
            e.aliases.append(f"{e.path}?mode=reply")
        else:
            site.non_articles += [e.path, f"{e.path}?mode=reply"]
        for tid, *_ in e.opts["talk"]:
            for q in (f"?thread={tid}", f"?replyto={tid}"):
                site.same_page(f"{e.path}{q}", e.path)
                e.aliases.append(f"{e.path}{q}")
        for x in e.attachments:
            site.binary(x["path"], pdf(e.title, ["LIEN MINH HTX TINH VINH PHUC", "THONG BAO SO 08/TB-LMHTX"]))
    for a in arts:
        site.add_article(a)
    site.extra_boilerplate += sorted(set(comment_texts)) + sorted({e.opts["music"] for e in entries if e.opts["music"]})
    site.trap("every entry answers '?mode=reply' ('Leave a comment': the entry and a reply form): an alias; the comment "
              "links '?thread=N#tN' and '?replyto=N' too", f"{arts[1].path}?mode=reply")
    site.trap("a sticky welcome entry (marked '[sticky post]') heads the recent page; a poll entry and the 'Mục lục nhật ký' "
              "entry (tag links): entries, not articles", sticky.path)

    # recent page and pager
    pages = [entries[i:i + PER] for i in range(0, len(entries), PER)]
    for n, chunk in enumerate(pages):
        path = "/" if n == 0 else f"/?skip={n * PER}"
        top = ('<table width="95%" class="navlinks"><tr><td align="center">[ viewing | <b>most recent entries</b> ]</td></tr></table>'
               if n == 0 else f'<table width="95%" class="navlinks"><tr><td align="center">[ viewing | <b>{n * PER} entries back'
               "</b> ]</td></tr></table>")
        links = []
        if n > 0:
            links.append(f'<a href="{"/" if n == 1 else f"/?skip={(n - 1) * PER}"}">later</a>')
        if n + 1 < len(pages):
            links.append(f'<a href="/?skip={(n + 1) * PER}">earlier</a>')
        bottom = f'<table width="95%" class="navlinks"><tr><td align="center">[ go | {" | ".join(links)} ]</td></tr></table>'
        boxes = (entrybox(sticky, False) if n == 0 else "") + "".join(entrybox(e, False) for e in chunk)
        site.page(path, page(NAME, f"{top}\n{boxes}\n{bottom}"))
        site.non_articles.append(path)
    site.trap("the recent page / (10 entries, full text except behind <lj-cut>, the sticky one on top) and '[ go | earlier ]' "
              "/?skip=10: the oldest article only there", "/?skip=10")

    # calendar
    days: dict[str, list] = {}
    for e in entries + [sticky]:
        days.setdefault(f"{e.date:%Y/%m/%d}", []).append(e)
    for day, items in days.items():
        items.sort(key=lambda e: e.date)
        y, m, d = day.split("/")
        body = (f'<table width="95%" class="navlinks"><tr><td align="center">[ <a href="/{y}/{m}/">{datetime(int(y), int(m), 1):%B %Y}'
                f'</a> | <a href="/{y}/">{y}</a> ]</td></tr></table>\n<p><b>{datetime(int(y), int(m), int(d)):%A, %B} '
                f"{dayord(int(d))}, {y}</b></p>\n" + "".join(entrybox(e, False) for e in items))
        site.page(f"/{day}/", page(f"{NAME}: {day}", body))
        site.non_articles.append(f"/{day}/")
    months = sorted({d[:7] for d in days})
    for ym in months:
        y, m = ym.split("/")
        ds = sorted(d for d in days if d.startswith(ym))
        body = (f'<p><b>{datetime(int(y), int(m), 1):%B %Y}</b></p><dl>' + "".join(
            f'<dt><a href="/{d}/"><b>{datetime.strptime(d, "%Y/%m/%d"):%a, %b} {dayord(int(d[-2:]))}</b></a></dt><dd>'
            + "<br />".join(f'{e.date:%H:%M} - <a href="{e.path}">{esc(e.title)}</a>' for e in days[d]) + "</dd>" for d in ds)
            + f'</dl><p>[ <a href="/{y}/">{y}</a> ]</p>')
        site.page(f"/{ym}/", page(f"{NAME}: {datetime(int(y), int(m), 1):%B %Y}", body))
        site.non_articles.append(f"/{ym}/")
    years = sorted({d[:4] for d in days})
    for y in years:
        cal = ""
        for mo in range(1, 13):
            ds = sorted(d for d in days if d.startswith(f"{y}/{mo:02d}"))
            if not ds:
                continue
            cal += (f'<table class="calendar" border="1" cellpadding="3"><tr><td colspan="7"><a href="/{y}/{mo:02d}/"><b>'
                    f'{datetime(int(y), mo, 1):%B}</b></a></td></tr><tr>' + "".join(
                        f'<td><a href="/{d}/">{int(d[-2:])}</a> ({len(days[d])})</td>' for d in ds) + "</tr></table><br />")
        others = " | ".join(f'<a href="/{x}/">{x}</a>' if x != y else f"<b>{x}</b>" for x in years)
        site.page(f"/{y}/", page(f"{NAME}: {y}", f'<table width="95%" class="navlinks"><tr><td align="center">[ {others} ]'
                                                    f"</td></tr></table>\n{cal}"))
        site.non_articles.append(f"/{y}/")
    site.redirect("/calendar", f"/{years[-1]}/", 302)
    site.trap("the calendar: /calendar (302 to /2025/), years /2025/ /2024/ (days with counts), months /2025/03/ (time - "
              "subject), days /2025/03/15/ (the entries in full): lists", "/2025/03/15/")

    # tags
    site.page("/tag/", page(f"{NAME}: Tags", '<p><b>Tags</b></p><ul>' + "".join(
        f'<li><a href="{tag_path(t)}">{esc(t)}</a> - {sum(1 for e in entries if t in e.opts["tags"])} uses</li>' for t in tags)
        + "</ul>"))
    site.non_articles.append("/tag/")
    for t in tags:
        items = [e for e in entries if t in e.opts["tags"]]
        site.page(tag_path(t), page(f"{NAME}: {t}", f'<table width="95%" class="navlinks"><tr><td align="center">[ viewing | '
                                                    f'entries tagged <b>{esc(t)}</b> ]</td></tr></table>\n'
                                    + "".join(entrybox(e, False) for e in items)))
        site.non_articles.append(tag_path(t))
    site.trap("tags /tag/ and /tag/<tag> (the tag percent-encoded: /tag/h%E1%BB%A3p%20t%C3%A1c%20x%C3%A3): lists",
              tag_path("hợp tác xã"))

    site.page("/profile", page(f"{NAME}: User Info", f'<table width="95%"><tr><td><b>User:</b> <span class="ljuser"><b>{USER}'
                                                     f'</b></span><br /><b>Name:</b> {esc(NAME)}<br /><b>Website:</b> '
                                                     f'<a href="{{{{base:offsite}}}}/lmhtx-vinhphuc/">Liên minh HTX tỉnh Vĩnh Phúc'
                                                     f'</a><br /><b>Created on:</b> 2023-08-30<br /><b>Journal entries:</b> '
                                                     f"{len(entries) + 1}</td></tr></table>"))
    site.non_articles.append("/profile")
    site.page("/friends", page(f"{NAME}: Friends", "<p>Bạn bè</p>"))
    site.never_fetched.append("/friends")
    site.static("/robots.txt", "User-agent: *\nDisallow: /friends\nDisallow: /friendsfriends\nDisallow: /interface/\n")
    site.trap("robots.txt disallows /friends (the navigation's 'Friends'); /profile ('User Info'): not an article",
              "/friends")

    # feeds
    def rss_item(e: RichArticle) -> str:
        posted = e.date + timedelta(seconds=e.opts.get("logtime_s", 12)) - timedelta(hours=7)
        cats = "".join(f"<category>{esc(t)}</category>" for t in e.opts["tags"])
        lj = (f"<lj:mood>{esc(e.opts['mood'])}</lj:mood>" if e.opts["mood"] else "") + (
            f"<lj:music>{esc(e.opts['music'])}</lj:music>" if e.opts["music"] else "")
        text = special(e) or body_html(e)
        return (f"\n<item>\n  <guid isPermaLink='true'>{{{{base}}}}{e.path}</guid>\n  <pubDate>{posted:%a, %d %b %Y %H:%M:%S}"
                f" GMT</pubDate>\n  <title>{esc(e.title)}</title>\n  <link>{{{{base}}}}{e.path}</link>\n  <description>"
                f"{esc(text)}</description>\n  <comments>{{{{base}}}}{e.path}</comments>\n  {cats}{lj}\n  <lj:security>public"
                f"</lj:security>\n  <lj:poster>{USER}</lj:poster>\n  <lj:reply-count>{len(e.opts['talk'])}</lj:reply-count>\n"
                "</item>")

    site.page("/data/rss", f"""<?xml version='1.0' encoding='utf-8' ?>
<rss version='2.0' xmlns:lj='http://www.livejournal.org/rss/lj/1.0/' xmlns:atom10='http://www.w3.org/2005/Atom'>
<channel>
  <title>{esc(NAME)}</title>
  <link>{{{{base}}}}/</link>
  <description>{esc(NAME)} - LiveJournal.com</description>
  <lastBuildDate>{NOW - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate>
  <generator>LiveJournal / LiveJournal.com</generator>
  <lj:journal>{USER}</lj:journal>
  <lj:journaltype>personal</lj:journaltype>
  <atom10:link rel='self' href='{{{{base}}}}/data/rss' />{''.join(rss_item(e) for e in entries)}
</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /data/rss (every entry, the whole text, lj:mood, lj:music, lj:reply-count): pubDate is the posting time "
              "in GMT", "/data/rss")
    atom = "".join(
        f"<entry><id>urn:lj:livejournal.com:atom1:{USER}:{e.opts['itemid']}</id><link rel='alternate' type='text/html' "
        f"href='{{{{base}}}}{e.path}' /><title>{esc(e.title)}</title><published>{e.date - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}Z"
        f"</published><updated>{e.date - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}Z</updated><content type='html'>"
        f"{esc(special(e) or body_html(e))}</content></entry>" for e in entries)
    site.page("/data/atom", f"<?xml version='1.0' encoding='utf-8' ?>\n<feed xmlns='http://www.w3.org/2005/Atom'><id>urn:lj:"
              f"livejournal.com:atom1:{USER}</id><title>{esc(NAME)}</title><link rel='alternate' type='text/html' href="
              f"'{{{{base}}}}/' /><updated>{NOW - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}Z</updated>{atom}</feed>\n",
              content_type="application/atom+xml; charset=utf-8")
    site.static("/res/generator.css", "body{font-family:Verdana,Arial,sans-serif}\n")
    site.static("/res/ljlive.js", "/* lj */\n")
    return site
