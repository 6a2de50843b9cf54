"""Site `mangxa-htxlongan` (registry family `generic`): "Mạng xã hội HTX Long An", the decentralised social network
node the Long An cooperative alliance uses as its news page, on **Friendica 2023.05 "Giant Rhubarb"** with the
**frio** theme (the default scheme), the language `vi`, the system's default time zone set to Asia/Ho_Chi_Minh, the
site setting "items per page" 10; the copy is of 14 May 2024 09:00. The alliance's account `htxlongan` ("Liên minh HTX
tỉnh Long An", a community page) posts the news with a title; it also reshares member cooperatives' posts and writes
short statuses. Written as a held-out test: no family module, no selectors.

URL shapes (Friendica writes every link absolute, on its base URL): a post `/display/<guid>` (the plink); a comment's
own `/display/<guid>` shows the whole thread (an alias of the post); `/objects/<guid>` (the ActivityPub id, linked by
`<link rel="alternate" type="application/activity+json">`) answers a browser with a redirect to `/display/<guid>` (an
alias); the wall `/profile/htxlongan` and `?page=2` (10 a page, the minimal pager "Mới hơn" / "Cũ hơn"), the
profile's tabs `/profile/htxlongan/profile`, `/profile/htxlongan/media`, `/photos/htxlongan`; members' profiles
`/profile/<nick>`; `/directory`, `/login`, `/register`; hashtags `/search?tag=<tag>` and `/help` (robots.txt,
Friendica's own, disallows `/search`, `/help`, `/photo`, `/proxy` …); uploaded files `/attach/<id>` (no extension; the
PDF's type only in the response); the Atom feed `/feed/htxlongan` (10 newest, `<published>` in UTC). No site map.

Why it is hard: no `<h1>` anywhere: the post's title is `span.wall-item-title h4.media-heading a.p-name`; the text is
`div.wall-item-body.e-content`, BBCode rendered with `<br>` between lines (a blank line is `<br><br>`, not a
paragraph), `[h3]` headings, `ul.listbullet` lists, `table.bbcodetable`, `<img>` with the caption typed as an italic
line under it, and the attachment block `div.body-attach` after the body. The time is `<time class="time
dt-published" title="Sun, 12 May 2024 14:05:00 +0700" datetime="2024-05-12T07:05:00+00:00">2 ngày trước</time>`: a
relative age ("3 tuần trước", "2 tháng trước") with the RFC 2822 local time in its title and UTC in `datetime` (the
post of 00:10 on 5 April has `datetime="2024-04-04T17:10:00+00:00"`). The author box (`div.contact-photo-wrapper`,
`span.wall-item-name`) and `<meta name="author">` name the alliance, no author: a byline closing the text names one.
Comments are `div.wall-item-container.comment` with the same anatomy as the post (name, time, body); the likes line
"… thích điều này". A reshare shows "Liên minh HTX tỉnh Long An đã chia sẻ" above another account's post with "Xem
bài gốc" to its home server: not the alliance's article; nor the short statuses without a title.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "mangxa-htxlongan"
NAME = "Mạng xã hội HTX Long An"
HOST = "mangxa.htxlongan.vn"
NOW = datetime(2024, 5, 14, 9, 0)
UTC = timedelta(hours=7)
PER = 10
OWNER = ("htxlongan", "Liên minh HTX tỉnh Long An")
MEMBERS = {"lethihong": "Lê Thị Hồng", "daovanti": "Đào Văn Tí", "htxthanhloi": "HTX Nông nghiệp Thạnh Lợi",
           "nguyenminhkhoa": "Nguyễn Minh Khoa"}
VCARD = ["Tân An, Long An", "Cơ quan đại diện của các hợp tác xã, liên hiệp HTX trên địa bàn tỉnh Long An."]
FURN = [*VCARD, "thích điều này", "Đăng nhập", "Đăng ký", "Trợ giúp", "Thư mục", "Theo dõi", "Kết nối từ xa",
        "Hãy đăng nhập để bình luận", "Vận hành bởi Friendica"]
WEEK = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def u(d: datetime) -> datetime:
    return d - UTC


def guid(text: str) -> str:
    x = hashlib.sha1(text.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def rel(d: datetime) -> str:
    """Temporal::getRelativeDate: the largest unit, rounded."""
    s = (NOW - d).total_seconds()
    for secs, unit in ((12 * 30 * 86400, "năm"), (30 * 86400, "tháng"), (7 * 86400, "tuần"), (86400, "ngày"),
                       (3600, "giờ"), (60, "phút")):
        if s / secs >= 1:
            return f"{round(s / secs)} {unit} trước"
    return "vài giây trước"


def rfc(d: datetime) -> str:
    return f"{WEEK[d.weekday()]}, {d:%d %b %Y %H:%M:%S} +0700"


def time_el(d: datetime) -> str:
    return (f'<time class="time dt-published" title="{rfc(d)}" data-toggle="tooltip" '
            f'datetime="{u(d):%Y-%m-%dT%H:%M:%S}+00:00">{rel(d)}</time>')


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 18/TB-LMHTX về việc đăng ký tham gia Tuần lễ sản phẩm HTX Long An năm 2024",
          body="""
LIÊN MINH HTX TỈNH LONG AN
Số: 18/TB-LMHTX
Long An, ngày 08 tháng 5 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Tuần lễ sản phẩm HTX Long An năm 2024
Tuần lễ sản phẩm HTX Long An năm 2024 diễn ra từ ngày 10/6 đến ngày 16/6/2024 tại Công viên Phường 2, TP Tân An.
Liên minh HTX tỉnh hỗ trợ 50% chi phí gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 30/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thới
""", author=None, doc_number="18/TB-LMHTX",
          attachments=[{"path": "/attach/27", "text": "TB-18-LMHTX-2024.pdf"}],
          opts={"likes": ["Lê Thị Hồng", "Đào Văn Tí", "Nguyễn Minh Khoa"], "comments": [
              ("htxthanhloi", "HTX Thạnh Lợi đã gửi phiếu đăng ký qua email, nhờ Văn phòng kiểm tra giúp."),
              ("htxlongan", "Văn phòng đã nhận phiếu của HTX.")]},
          notes=["notice 'Số: 18/TB-LMHTX' dated 08/5 in its text, posted 12/05 14:05 ('2 ngày trước', title 'Sun, 12 May "
                 "2024 14:05:00 +0700', datetime UTC); the account (the alliance) is no author; the signer is text; the "
                 "upload /attach/27 (no .pdf in the URL) in div.body-attach is the attachment; comments (one by the "
                 "alliance itself) are not text; a comment's /display/<guid> shows the thread: an alias"],
          **at(datetime(2024, 5, 12, 14, 5))),
        A(path="", title="Ảnh: HTX Thanh long Châu Thành vào mùa thu hoạch",
          body="""
Cuối tháng 4, các thành viên HTX Thanh long Châu Thành thu hoạch rộ thanh long ruột đỏ trái vụ.
[img tl-1.png] Thành viên HTX thu hoạch thanh long trên vườn đạt chuẩn VietGAP
[img tl-2.png] Thanh long được phân loại, đóng thùng tại nhà sơ chế của HTX
[img tl-3.png] Xe của doanh nghiệp đến nhận hàng tại HTX
Vụ này HTX dự kiến xuất bán 1.200 tấn thanh long, giá bình quân 14.000 đồng/kg.
""", byline="Bài, ảnh: Võ Thanh Phong", author="Võ Thanh Phong",
          opts={"likes": ["Lê Thị Hồng", "Đào Văn Tí"], "comments": [("lethihong", "Thanh long năm nay trái to, đẹp quá!")]},
          notes=["photo story: [img] then the caption typed as an italic line under it (<br>-separated), one line each; "
                 "'Bài, ảnh: Võ Thanh Phong' closes it -> author"],
          **at(datetime(2024, 4, 26, 16, 40))),
        A(path="", title="Tình hình phát triển HTX tỉnh Long An quý I năm 2024",
          body="""
Quý I/2024, toàn tỉnh thành lập mới 11 HTX, nâng tổng số HTX đang hoạt động lên 246 HTX.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (tỷ đồng) |
| Nông nghiệp | 158 | 9.840 | 2,7 |
| Thương mại - dịch vụ | 41 | 1.260 | 3,9 |
| Vận tải | 23 | 980 | 4,4 |
| Công nghiệp - xây dựng | 24 | 610 | 2,2 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX xây dựng phương án sản xuất, kinh doanh.
""", byline="Phòng Tuyên truyền - Kiểm tra", author=None,
          opts={"likes": ["Nguyễn Minh Khoa"], "comments": []},
          notes=["a [table] (table.bbcodetable, th header): one line per row; closed by 'Phòng Tuyên truyền - Kiểm tra' (an "
                 "office): no author"],
          **at(datetime(2024, 4, 15, 10, 0))),
        A(path="", title="Hướng dẫn HTX lập hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Long An cho vay ưu đãi để HTX đầu tư hạ tầng, máy móc và mở rộng sản xuất.
## Hồ sơ vay vốn
* Giấy đề nghị vay vốn theo mẫu của Quỹ;
* Phương án sản xuất, kinh doanh có hiệu quả;
* Báo cáo tài chính hai năm gần nhất;
* Nghị quyết của Đại hội thành viên về việc vay vốn.
## Mức cho vay
HTX được vay tối đa 2 tỷ đồng, thời hạn vay đến 5 năm.
""", byline="Nguyễn Hoàng Nam - Quỹ hỗ trợ phát triển HTX", author="Nguyễn Hoàng Nam",
          opts={"likes": ["Đào Văn Tí"], "comments": [("daovanti", "Lãi suất cụ thể là bao nhiêu vậy anh?")]},
          notes=["two [h3] headings and a [ul] list (ul.listbullet): one line each; 'Nguyễn Hoàng Nam - Quỹ hỗ trợ phát "
                 "triển HTX' closes it -> Nguyễn Hoàng Nam"],
          **at(datetime(2024, 4, 9, 8, 30))),
        A(path="", title="Liên minh HTX tỉnh họp Ban Thường vụ quý I năm 2024",
          body="""
Chiều 4/4, Ban Thường vụ Liên minh HTX tỉnh Long An họp đánh giá kết quả công tác quý I và triển khai nhiệm vụ quý II năm 2024.
Hội nghị thống nhất tổ chức Tuần lễ sản phẩm HTX vào tháng 6 và 4 lớp tập huấn cho cán bộ HTX trong quý II.
Ban Thường vụ giao Văn phòng phối hợp các huyện rà soát HTX ngừng hoạt động để hướng dẫn giải thể.
""", author=None,
          opts={"likes": [], "comments": []},
          notes=["posted at 00:10 on 5 April (Vietnam) about the afternoon before: datetime='2024-04-04T17:10:00+00:00', "
                 "the Atom <published> '2024-04-04T17:10:00+00:00', the title 'Fri, 05 Apr 2024 00:10:00 +0700'; "
                 "published = 2024-04-05 00:10; no byline: author null"],
          **at(datetime(2024, 4, 5, 0, 10))),
        A(path="", title="HTX Lúa gạo Tân Hưng xây dựng vùng nguyên liệu lúa chất lượng cao",
          body="""
HTX Lúa gạo Tân Hưng vừa ký kết liên kết sản xuất 500 ha lúa chất lượng cao với doanh nghiệp xuất khẩu gạo.
Thành viên được cung ứng giống, phân bón trả chậm và bao tiêu toàn bộ sản lượng theo giá thị trường cộng thêm 200 đồng/kg.
HTX đặt mục tiêu mở rộng vùng nguyên liệu lên 1.000 ha vào năm 2025.
""", byline="Theo Báo Long An", author=None,
          opts={"likes": ["Lê Thị Hồng"], "comments": []},
          notes=["a reprint closed by 'Theo Báo Long An': no author (the account and <meta name=author> name the "
                 "alliance)"],
          **at(datetime(2024, 3, 21, 14, 20))),
        A(path="", title="HTX Rau an toàn Phước Hòa mở rộng diện tích nhà màng",
          body="""
HTX Rau an toàn Phước Hòa (huyện Cần Giuộc) vừa đưa vào sử dụng thêm 3 ha nhà màng trồng rau ăn lá.
Sản phẩm của HTX được cung cấp ổn định cho hệ thống siêu thị tại TP Hồ Chí Minh.
HTX đang hướng dẫn 30 hộ thành viên áp dụng quy trình sản xuất rau theo tiêu chuẩn VietGAP.
""", byline="Trần Thị Mỹ Duyên", author="Trần Thị Mỹ Duyên",
          opts={"likes": ["Nguyễn Minh Khoa", "Lê Thị Hồng"], "comments": []},
          notes=["the bare name 'Trần Thị Mỹ Duyên' closes the text: the author"],
          **at(datetime(2024, 3, 4, 9, 15))),
        A(path="", title="Liên minh HTX tỉnh Long An tổng kết công tác năm 2023",
          body="""
Ngày 10/1, Liên minh HTX tỉnh Long An tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.png] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 34 HTX, tổ chức 14 lớp tập huấn cho 760 lượt cán bộ HTX.
""", byline="Tin, ảnh: Huỳnh Văn Lợi", author="Huỳnh Văn Lợi",
          opts={"likes": [], "comments": []},
          notes=["the oldest post: only on the wall's page 2 (/profile/htxlongan?page=2, 'Cũ hơn'; 10 a page) and not in "
                 "the Atom feed (10 newest); age '4 tháng trước'; 'Tin, ảnh: Huỳnh Văn Lợi' -> author"],
          **at(datetime(2024, 1, 11, 15, 0))),
    ]


STATUSES = [  # short statuses without a title: (text, date, tags)
    ("Chúc mừng các HTX có sản phẩm vừa được công nhận OCOP đợt 1 năm 2024!", datetime(2024, 5, 3, 19, 20), ["ocop"]),
    ("Văn phòng Liên minh HTX tỉnh nghỉ lễ 30/4 - 1/5 từ ngày 27/4 đến hết ngày 1/5/2024.", datetime(2024, 4, 24, 11, 0), []),
    ("Chúc mừng năm mới Giáp Thìn 2024 đến các HTX và thành viên!", datetime(2024, 2, 9, 20, 0), ["tet2024"]),
]
RESHARES = [  # (member nick, text, their time, our reshare time)
    ("htxthanhloi", "HTX Nông nghiệp Thạnh Lợi tuyển 10 lao động thu hoạch thanh long, liên hệ văn phòng HTX.",
     datetime(2024, 5, 6, 7, 30), datetime(2024, 5, 6, 8, 5)),
    ("nguyenminhkhoa", "Bà con xã Thạnh Lợi cần mua giống thanh long ruột đỏ sạch bệnh liên hệ HTX nhé.",
     datetime(2024, 3, 29, 18, 10), datetime(2024, 3, 29, 20, 45)),
]


def bb_html(a: RichArticle) -> str:
    """BBCode as Friendica renders it: lines joined by <br>, blocks for headings, lists, tables."""
    out: list[str] = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text) + "<br>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append('<ul class="listbullet" style="list-style-type: circle;">' + "".join(
                f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="bbcodetable"><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
        elif b.kind == "img":
            out.append(f'<img src="{{{{base}}}}/photo/{guid(b.src).replace("-", "")}-0.png" alt="{attr(b.src)}" '
                       f'title="{attr(b.src)}" loading="lazy"><br>')
            if b.text:
                out.append(f"<em>{esc(b.text)}</em><br>")
    if a.byline:
        out.append(f"<br><strong>{esc(a.byline)}</strong>")
    return "".join(out).removesuffix("<br>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "long-an", f"{NAME} (Friendica 2023.05)", "generic", None,
                     start_urls=["{{base:%s}}/profile/htxlongan" % SITE], feeds=["{{base:%s}}/feed/htxlongan" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    # every wall entry: (date, kind, payload)
    entries: list[dict] = []
    for a in arts:
        entries.append({"kind": "article", "date": a.date, "art": a, "title": a.title, "html": bb_html(a),
                        "by": OWNER[0], "likes": a.opts["likes"], "comments": a.opts["comments"]})
    for text, d, tags in STATUSES:
        tag_html = " ".join(f'#<a href="{{{{base}}}}/search?tag={t}" class="tag" rel="tag" title="{t}">{t}</a>' for t in tags)
        entries.append({"kind": "status", "date": d, "art": None, "title": "", "html": esc(text) + (f"<br>{tag_html}" if tags else ""),
                        "by": OWNER[0], "likes": ["Lê Thị Hồng"], "comments": [], "tags": tags})
    for nick, text, d0, d in RESHARES:
        entries.append({"kind": "reshare", "date": d, "orig_date": d0, "art": None, "title": "", "html": esc(text),
                        "by": nick, "likes": [], "comments": []})
    for e in entries:
        e["guid"] = guid(f"{e['kind']}-{e['title'] or e['html']}")
        e["path"] = f"/display/{e['guid']}"
        e["id"] = 200 + int(e["guid"][:4], 16) % 700
        if e["art"]:
            e["art"].path = e["path"]
    entries.sort(key=lambda e: e["date"], reverse=True)
    tags = sorted({t for e in entries for t in e.get("tags", [])})

    def photo(nick: str, size: str = "micro") -> str:
        return f"{{{{base}}}}/photo/contact/{size}/{guid('c-' + nick)[:12]}.png"

    def name_of(nick: str) -> str:
        return OWNER[1] if nick == OWNER[0] else MEMBERS[nick]

    def profile_url(nick: str) -> str:
        return f"{{{{base}}}}/profile/{nick}"

    def author_head(nick: str, d: datetime, plink: str) -> str:
        return (f'<div class="hidden-sm hidden-xs contact-photo-wrapper mframe p-author h-card">'
                f'<a class="userinfo click-card u-url" href="{profile_url(nick)}"><div class="contact-photo-image-wrapper">'
                f'<img src="{photo(nick, "thumb")}" class="contact-photo media-object p-name u-photo" alt="{attr(name_of(nick))}">'
                f'</div></a></div><div class="media-body"><div class="wall-item-actions-author">'
                f'<h4 class="media-heading"><a href="{profile_url(nick)}" title="{attr(name_of(nick))}" class="wall-item-name-link '
                f'userinfo hover-card"><span class="wall-item-name">{esc(name_of(nick))}</span></a></h4>'
                f'<p class="text-muted"><small><a class="time" href="{plink}">{time_el(d)}</a></small></p></div></div>')

    def likes_html(names: list[str]) -> str:
        if not names:
            return ""
        shown = ", ".join(names[:2]) + (f" và {len(names) - 2} người khác" if len(names) > 2 else "")
        return f'<div class="wall-item-like" id="wall-item-like"><span>{esc(shown)} thích điều này.</span></div>'

    comment_strings = set()
    cguids: dict[str, dict] = {}

    def comments_html(e: dict) -> str:
        out = []
        for i, (nick, text) in enumerate(e["comments"]):
            cg = guid(f"c-{e['guid']}-{i}")
            cguids[cg] = e
            when = e["date"] + timedelta(hours=2 + 5 * i, minutes=11)
            if e["art"]:
                comment_strings.add(text)
            out.append(f'<div class="wall-item-container comment thread_level_2 h-entry" id="item-{cg}"><div class="media">'
                       f'{author_head(nick, when, "{{base}}/display/" + cg)}</div><div class="wall-item-content">'
                       f'<div class="wall-item-body e-content p-name" dir="auto">{esc(text)}</div></div></div>')
        return "".join(out)

    def entry_html(e: dict, full: bool = True) -> str:
        plink = f"{{{{base}}}}{e['path']}"
        announce = ""
        if e["kind"] == "reshare":
            announce = (f'<div class="wall-item-announce wall-item-responses"><span class="announce-line"><i class="fa fa-retweet" '
                        f'aria-hidden="true"></i> <a href="{profile_url(OWNER[0])}">{esc(OWNER[1])}</a> đã chia sẻ</span></div>')
            head = author_head(e["by"], e["orig_date"], plink)
        else:
            head = author_head(e["by"], e["date"], plink)
        title = (f'<span class="wall-item-title" id="wall-item-title-{e["id"]}"><h4 class="media-heading" dir="auto">'
                 f'<a href="{plink}" class="p-name">{esc(e["title"])}</a></h4><br></span>' if e["title"] else "")
        attach = ""
        if e["art"] and e["art"].attachments:
            attach = "".join(f'<div class="body-attach"><a href="{{{{base}}}}{x["path"]}" title="{attr(x["text"])}" '
                             f'class="attachlink" target="_blank" rel="noopener noreferrer"><i class="fa fa-file-pdf-o"></i> '
                             f'{esc(x["text"])}</a></div>' for x in e["art"].attachments)
        orig = (f'<a href="{{{{base:offsite}}}}/friendica/{e["by"]}/{e["guid"][:8]}" class="plink-orig" target="_blank" '
                f'rel="noopener noreferrer">Xem bài gốc</a>' if e["kind"] == "reshare" else "")
        tag_box = ("" if not e.get("tags") else '<div class="wall-item-tags">' + " ".join(
            f'<span class="tag label btn-info sm"><a href="{{{{base}}}}/search?tag={t}">#{t}</a></span>' for t in e["tags"])
            + "</div>")
        n = len(e["comments"])
        comments = comments_html(e) if full else ""
        more = (f'<a href="{plink}" class="comment-count">{n} bình luận</a>' if n and not full else "")
        return (f'<div class="panel"><div class="wall-item-decor"></div><div class="wall-item-container thread_level_1 '
                f'h-entry toplevel_item" id="item-{e["guid"]}">{announce}<div class="media">{head}</div>'
                f'<div class="wall-item-content">{title}<div class="wall-item-body e-content" id="wall-item-body-{e["id"]}" '
                f'dir="auto">{e["html"]}</div>{attach}</div>{tag_box}<div class="wall-item-actions"><span class="wall-item-links">'
                f'{orig}</span></div><div class="wall-item-responses">{likes_html(e["likes"])}</div>{more}'
                f'<div class="comment-container">{comments}</div>'
                + (f'<div class="comment-wwedit-wrapper"><a href="{{{{base}}}}/login">Hãy đăng nhập để bình luận</a></div>'
                   if full else "") + "</div></div>")

    def vcard() -> str:
        return (f'<div class="vcard h-card widget"><div id="profile-photo-wrapper"><a href="{profile_url(OWNER[0])}">'
                f'<img class="photo u-photo" src="{photo(OWNER[0], "avatar")}" alt="{attr(OWNER[1])}"></a></div>'
                f'<div class="fn p-name">{esc(OWNER[1])}</div><div class="p-addr">{OWNER[0]}@{HOST}</div>'
                f'<div class="location detail"><i class="fa fa-map-marker"></i> {esc(VCARD[0])}</div>'
                f'<div class="about detail">{esc(VCARD[1])}</div><div id="profile-extra-links"><a class="btn btn-labeled '
                f'btn-primary btn-sm" href="{{{{base}}}}/profile/{OWNER[0]}/remote_follow">Theo dõi</a> '
                f'<a class="btn btn-default btn-sm" href="{{{{base}}}}/profile/{OWNER[0]}/remote_follow">Kết nối từ xa</a></div></div>')

    def tabs(active: str) -> str:
        items = [("Bài viết", f"/profile/{OWNER[0]}"), ("Hồ sơ", f"/profile/{OWNER[0]}/profile"),
                 ("Ảnh", f"/photos/{OWNER[0]}"), ("Phương tiện", f"/profile/{OWNER[0]}/media")]
        return ('<ul class="tabbar list-inline visible-lg visible-md visible-sm visible-xs" role="menubar">' + "".join(
            f'<li class="{"active" if t == active else ""}" role="presentation"><a href="{{{{base}}}}{href}" role="menuitem">'
            f"{t}</a></li>" for t, href in items) + "</ul>")

    def layout(title: str, content: str, mod: str, head: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <title>{esc(title)}</title>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
  <meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
  <base href="{{{{base}}}}/">
  <meta name="generator" content="Friendica 'Giant Rhubarb' 2023.05">
  <link rel="stylesheet" href="{{{{base}}}}/view/theme/frio/frameworks/bootstrap/css/bootstrap.min.css" type="text/css" media="screen">
  <link rel="stylesheet" href="{{{{base}}}}/view/theme/frio/css/style.css" type="text/css" media="screen">
  <link rel="shortcut icon" href="{{{{base}}}}/images/friendica.png">
  <link rel="search" href="{{{{base}}}}/opensearch" type="application/opensearchdescription+xml" title="Tìm kiếm trong Friendica">{head}
  <script type="text/javascript" src="{{{{base}}}}/view/js/main.js"></script>
</head>
<body id="top" class="mod-{mod}">
<a href="#content" class="sr-only sr-only-focusable">Nhảy tới nội dung chính</a>
<nav id="topbar" class="navbar navbar-fixed-top navbar-default navbar-main" role="navigation"><div class="container">
  <div class="navbar-header"><a class="navbar-brand" href="{{{{base}}}}/"><div id="navbrand-container"><img id="friendica-logo-img" src="{{{{base}}}}/images/friendica.png" alt="logo"><span>{esc(NAME)}</span></div></a></div>
  <ul class="nav navbar-nav navbar-right">
    <li role="presentation"><a href="{{{{base}}}}/login" title="Đăng nhập" id="nav-login-link">Đăng nhập</a></li>
    <li role="presentation"><a href="{{{{base}}}}/register" title="Đăng ký" id="nav-register-link">Đăng ký</a></li>
    <li role="presentation"><a href="{{{{base}}}}/help" title="Trợ giúp">Trợ giúp</a></li>
    <li role="presentation"><a href="{{{{base}}}}/directory" title="Thư mục">Thư mục</a></li>
  </ul>
  <form class="navbar-form navbar-right" role="search" method="get" action="{{{{base}}}}/search"><input type="text" class="form-control" name="q" placeholder="Tìm kiếm"></form>
</div></nav>
<main><div class="container"><div class="row">
  <aside id="aside" class="col-lg-3 col-md-3 offcanvas-sm offcanvas-xs">{vcard()}</aside>
  <div class="col-lg-7 col-md-7 col-sm-12 col-xs-12" id="content"><section class="sectiontop {mod}-content-wrapper">{content}</section></div>
  <div id="right_aside" class="col-lg-2 col-md-2 hidden-sm hidden-xs"></div>
</div></div></main>
<footer><a href="{{{{base:offsite}}}}/friendi.ca/">Vận hành bởi Friendica</a></footer>
<script type="text/javascript" src="{{{{base}}}}/view/theme/frio/js/theme.js"></script>
</body>
</html>
"""

    # -- display pages ---------------------------------------------------------------------------------------------
    for e in entries:
        text = inline_text(e["art"].blocks[0].text) if e["art"] else inline_text(e["html"].split("<br>")[0])
        title = e["title"] or text[:60]
        head = (f'\n  <meta name="author" content="{attr(name_of(e["by"]))}">\n  <meta name="title" content="{attr(title)}">'
                f'\n  <meta name="description" content="{attr(text)}">\n  <meta name="twitter:card" content="summary">'
                f'\n  <meta name="twitter:title" content="{attr(title)}">\n  <meta name="twitter:description" content="{attr(text)}">'
                f'\n  <meta property="og:type" content="website">\n  <meta property="og:site_name" content="{attr(NAME)}">'
                f'\n  <meta property="og:title" content="{attr(title)}">\n  <meta property="og:url" content="{{{{base}}}}{e["path"]}">'
                f'\n  <meta property="og:description" content="{attr(text)}">'
                f'\n  <link rel="alternate" type="application/atom+xml" href="{{{{base}}}}/feed/{OWNER[0]}" title="Feed">'
                f'\n  <link rel="alternate" type="application/activity+json" href="{{{{base}}}}/objects/{e["guid"]}">')
        page = layout(f"{name_of(e['by'])}: {title}" if e["title"] else f"{name_of(e['by'])}: {title}",
                      f'<div id="conversation-end"></div>{entry_html(e)}', "display", head)
        site.page(e["path"], page)
        site.redirect(f"/objects/{e['guid']}", e["path"], 302)
        if e["art"] is None:
            site.non_articles.append(e["path"])
    for cg, e in cguids.items():
        site.same_page(f"/display/{cg}", e["path"])
        if e["art"]:
            e["art"].aliases.append(f"/display/{cg}")
        else:
            site.non_articles.append(f"/display/{cg}")
    site.extra_boilerplate += sorted(comment_strings)
    for a in arts:
        a.aliases.append(f"/objects/{next(e['guid'] for e in entries if e['art'] is a)}")
        a.aliases.sort()
        for x in a.attachments:
            site.files["_files/attach-27.pdf"] = pdf(a.title, ["LIEN MINH HTX TINH LONG AN", "THONG BAO SO 18/TB-LMHTX",
                                                              "Tuan le san pham HTX Long An nam 2024"])
            site.routes.append({"path": x["path"], "file": "_files/attach-27.pdf", "content_type": "application/pdf"})
        site.add_article(a)
    st = next(e for e in entries if e["kind"] == "status")
    rs = next(e for e in entries if e["kind"] == "reshare")
    site.trap("short statuses without a title ('Chúc mừng …', a holiday notice; hashtags): not articles", st["path"])
    site.trap("reshares: 'Liên minh HTX tỉnh Long An đã chia sẻ' above a member's post with 'Xem bài gốc' to its home "
              "server: not the alliance's article", rs["path"])
    site.trap("/objects/<guid> (the ActivityPub id in <link rel=alternate type=application/activity+json>) redirects a "
              "browser to /display/<guid>: an alias", f"/objects/{entries[0]['guid']}")

    # -- the wall ---------------------------------------------------------------------------------------------------
    pages = (len(entries) + PER - 1) // PER
    for n in range(1, pages + 1):
        path = f"/profile/{OWNER[0]}" if n == 1 else f"/profile/{OWNER[0]}?page={n}"
        newer = (f'<li class="previous"><a href="{{{{base}}}}/profile/{OWNER[0]}' + ("" if n == 2 else f"?page={n - 1}")
                 + '">Mới hơn</a></li>') if n > 1 else '<li class="previous disabled"><a>Mới hơn</a></li>'
        older = (f'<li class="next"><a href="{{{{base}}}}/profile/{OWNER[0]}?page={n + 1}">Cũ hơn</a></li>' if n < pages
                 else '<li class="next disabled"><a>Cũ hơn</a></li>')
        content = (tabs("Bài viết") + '<div id="conversation-end"></div>'
                   + "".join(entry_html(e, full=False) for e in entries[(n - 1) * PER:n * PER])
                   + f'<ul class="pager">{newer}{older}</ul>')
        site.page(path, layout(f"{OWNER[1]}", content, "profile",
                               f'\n  <link rel="alternate" type="application/atom+xml" href="{{{{base}}}}/feed/{OWNER[0]}" title="Feed">'),
                  content_type="text/html; charset=utf-8")
        site.non_articles.append(path)
    site.trap("the wall /profile/htxlongan: 10 entries a page (articles, statuses, reshares, the comment count), the "
              "minimal pager 'Cũ hơn' -> ?page=2 holds the oldest post", f"/profile/{OWNER[0]}?page=2")
    site.page(f"/profile/{OWNER[0]}/profile", layout(OWNER[1], tabs("Hồ sơ") + f'<div class="profile-view"><dl><dt>Tên đầy đủ</dt>'
                                                    f'<dd>{esc(OWNER[1])}</dd><dt>Địa điểm</dt><dd>{esc(VCARD[0])}</dd></dl></div>',
                                                    "profile"))
    site.page(f"/profile/{OWNER[0]}/media", layout(OWNER[1], tabs("Phương tiện") + "<p>Không có mục nào.</p>", "profile"))
    site.page(f"/photos/{OWNER[0]}", layout(OWNER[1], tabs("Ảnh") + '<div class="photos"><h3>Ảnh gần đây</h3></div>', "photos"))
    site.page(f"/profile/{OWNER[0]}/remote_follow", layout(OWNER[1], '<form><input name="dfrn_url"></form>', "remote_follow"))
    site.non_articles += [f"/profile/{OWNER[0]}/profile", f"/profile/{OWNER[0]}/media", f"/photos/{OWNER[0]}",
                          f"/profile/{OWNER[0]}/remote_follow"]
    for nick, name in MEMBERS.items():
        path = f"/profile/{nick}"
        own = [e for e in entries if e["by"] == nick]
        site.page(path, layout(name, f'<h3>{esc(name)}</h3><p>{nick}@{HOST}</p>' + "".join(entry_html(e, False) for e in own),
                               "profile"))
        site.non_articles.append(path)
    site.trap("members' profiles /profile/<nick> (commenters, the resharded cooperative): not articles", "/profile/htxthanhloi")
    site.page("/", layout(NAME, '<h1>Chào mừng đến với Mạng xã hội HTX Long An</h1><p><a href="{{base}}/profile/htxlongan">'
                          f'{esc(OWNER[1])}</a></p>', "home"))
    site.page("/directory", layout(f"{NAME}: Thư mục", '<h3>Thư mục</h3><ul>' + "".join(
        f'<li><a href="{profile_url(n)}">{esc(name_of(n))}</a></li>' for n in [OWNER[0], *MEMBERS]) + "</ul>", "directory"))
    site.page("/login", layout(NAME, '<form action="{{base}}/login" method="post"><input name="username"><input type="password" '
                               'name="password"><button type="submit">Đăng nhập</button></form>', "login"))
    site.page("/register", layout(NAME, '<form action="{{base}}/register" method="post"><input name="username">'
                                  '<input name="email"></form>', "register"))
    site.non_articles += ["/", "/directory", "/login", "/register"]
    for t in tags:
        path = f"/search?tag={t}"
        site.page(path, layout(f"{NAME}: #{t}", "".join(entry_html(e, False) for e in entries if t in e.get("tags", [])),
                               "search"))
        site.never_fetched.append(path)
    site.page("/help", layout(NAME, "<h3>Trợ giúp</h3>", "help"))
    site.never_fetched.append("/help")
    site.static("/robots.txt", "User-agent: *\nDisallow: /settings/\nDisallow: /admin/\nDisallow: /message/\nDisallow: /search\n"
                "Disallow: /help\nDisallow: /proxy\nDisallow: /photo\nDisallow: /avatar\n")
    site.trap("robots.txt (Friendica's) disallows /search (the hashtag pages /search?tag=…) and /help: never fetched",
              f"/search?tag={tags[0]}")

    # -- Atom feed ------------------------------------------------------------------------------------------------
    def entry_atom(e: dict) -> str:
        return (f"<entry><id>urn:X-dfrn:{HOST}:{e['id']}:{e['guid']}</id><title>{esc(e['title'] or 'Bài viết')}</title>"
                f'<link rel="alternate" type="text/html" href="{{{{base}}}}{e["path"]}"/>'
                f"<published>{u(e['date']):%Y-%m-%dT%H:%M:%S}+00:00</published><updated>{u(e['date']):%Y-%m-%dT%H:%M:%S}+00:00"
                f'</updated><author><name>{esc(name_of(e["by"]))}</name><uri>{{{{base}}}}/profile/{e["by"]}</uri></author>'
                f'<content type="html">{esc(e["html"])}</content></entry>')

    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            'xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:activity="http://activitystrea.ms/spec/1.0/">'
            f"<id>{{{{base}}}}/profile/{OWNER[0]}</id><title>{esc(OWNER[1])}</title><subtitle>Cập nhật từ {esc(OWNER[1])}</subtitle>"
            f'<link rel="alternate" type="text/html" href="{{{{base}}}}/profile/{OWNER[0]}"/>'
            f"<generator uri=\"https://friendi.ca\" version=\"2023.05\">Friendica</generator><updated>{u(NOW):%Y-%m-%dT%H:%M:%S}"
            f"+00:00</updated>" + "".join(entry_atom(e) for e in entries[:PER]) + "</feed>\n")
    site.page(f"/feed/{OWNER[0]}", feed, content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom /feed/htxlongan (the 10 newest entries, <published> in UTC '+00:00', the content as HTML)",
              f"/feed/{OWNER[0]}")
    site.binary("/images/friendica.png", b"\x89PNG\r\n\x1a\n")
    site.page("/opensearch", '<?xml version="1.0" encoding="UTF-8"?>\n<OpenSearchDescription xmlns="http://a9.com/-/spec/'
              f'opensearch/1.1/"><ShortName>{NAME}</ShortName></OpenSearchDescription>\n',
              content_type="application/opensearchdescription+xml")
    return site
