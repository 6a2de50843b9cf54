"""Site `akkoma-htxbacninh` (registry family `generic`): "Mạng xã hội HTX Bắc Ninh", the small fediverse server the
Bắc Ninh cooperative alliance runs on **Akkoma 3.10** (the Pleroma fork) with its **static front end** switched on
(`:static_fe, enabled: true`: HTML clients get server-rendered pages, no JavaScript), the post format Markdown with
`allow_headings` and `allow_tables`, the alliance's account `@htxbacninh` and a few members; the copy is of 10 June
2025. Written as a held-out test: no family module, no selectors.

What is an article here: a post of the alliance's account; a post written as a thread (the account answering itself
minutes later) is one article, the first notice's. Akkoma's "Tiêu đề" (subject, the ActivityPub `summary`) is the
post's title when it has one; else its first line (bold) is. Members' replies and the alliance's answers to them are
comments; boosts (other servers' posts) are not the alliance's.

URL shapes: a notice `/notice/<flake-id>` (a FlakeId: 128 bits, the first 64 the UTC milliseconds, in base 62); it
renders the whole conversation, every local notice of it linked by its own `/notice/<id>`: those are the same page
(aliases); the ActivityPub id `/objects/<uuid>` (the head's `activity+json` alternate, the reply rows' "Trả lời" links,
the feed's entry links) answers HTML clients with a 302 to `/notice/<id>` (an alias); the profile `/users/htxbacninh`
(= `/@htxbacninh`) with the posts without replies, 20 a page, "Xem cũ hơn" = `?max_id=<id>` (the page after it links
back with "Show newer" = `?min_id=<id>`: that string is not translated); members' profiles `/users/<nick>`; hashtags
`/tag/<tag>` (the Akkoma-FE app shell: no static page); the Atom feed `/users/htxbacninh/feed.atom` (20 notices with
the replies, `rel="next"` `?max_id=`). No site map; robots.txt is Akkoma's default (`Disallow:` nothing).

Why it is hard: the page's `<title>` is the server's name on every page and there is no `<h1>`: the notice header is
`h4.username` (the account's display name) and `a.account-name`; a subject is `span.status-summary` followed by a
`<details><summary>Hiện nội dung</summary>` holding the text (`div.status-body`); the time is
`<time class="dt-published" datetime="2025-03-04T17:40:00.521000Z" title="2025/03/04  5:40:00 PM UTC">3 months
ago</time>` (UTC; English relative ages from Timex); counters are bare icons and numbers; a reply row says
"Trả lời @htxbacninh". A PDF attachment is rendered as an `<img>` (the static front end knows only image, audio and
video) inside `a.attachment`: its name is only in `alt`/`title`. The conversation page puts the members' replies
(comments) and the alliance's answers under the post in the same markup. The sidebar prints the server's rules.
The oldest post is only on `/users/htxbacninh?max_id=…` (and the feed's next page).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "akkoma-htxbacninh"
INSTANCE = "Mạng xã hội HTX Bắc Ninh"
HOST = "mxh.htxbacninh.vn"
ACCT = "htxbacninh"
NOW = datetime(2025, 6, 10, 10, 0)
HTML = "text/html; charset=utf-8"
USERS = {"htxbacninh": "Liên minh HTX tỉnh Bắc Ninh", "thanhnv": "Nguyễn Văn Thành", "htxtamda": "HTX Nông nghiệp Tam Đa",
         "hoanglan": "Hoàng Thị Lan"}
RULES = ["Mạng xã hội HTX Bắc Ninh là nơi các HTX, thành viên HTX trên địa bàn tỉnh trao đổi thông tin sản xuất, kinh doanh.",
         "Không đăng nội dung quảng cáo sai sự thật, không xúc phạm người khác.",
         "Quản trị: Văn phòng Liên minh HTX tỉnh Bắc Ninh - Số 11 Lý Thái Tổ, TP Bắc Ninh"]
FURN = [f"Giới thiệu về {INSTANCE}", "Nội quy máy chủ", *RULES, "Hiện nội dung"]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def h(text: str, n: int = 32) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def flake(d: datetime, salt: str) -> str:
    ms = int((utc(d) - datetime(1970, 1, 1)).total_seconds() * 1000)
    n = (ms << 64) | (int(h(salt, 12), 16) << 16) | int(h(salt + "#", 4), 16)
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


def uuid(salt: str) -> str:
    x = h("uuid" + salt)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def published(d: datetime, salt: str) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}.{int(h(salt, 5), 16) % 1000000:06d}Z"


def exact(d: datetime) -> str:
    x = utc(d)
    hour = x.hour % 12 or 12
    return f"{x:%Y/%m/%d} {hour:>2}:{x:%M:%S} {'AM' if x.hour < 12 else 'PM'} UTC"


def ago(d: datetime) -> str:
    secs = (NOW - d).total_seconds()
    if secs < 3600 * 24:
        n = int(secs // 3600)
        return "1 hour ago" if n == 1 else f"{n} hours ago"
    days = int(secs // 86400)
    if days < 30:
        return "1 day ago" if days == 1 else f"{days} days ago"
    months = round(days / 30.4)
    if months < 12:
        return "1 month ago" if months == 1 else f"{months} months ago"
    return "1 year ago"


@dataclass
class Note:
    user: str
    markup: str
    when: datetime
    media: list[tuple[str, str]] = field(default_factory=list)  # (file name, description)
    subject: str | None = None
    reply_to: Note | None = None
    likes: int = 0
    announces: int = 0
    replies: int = 0
    remote: tuple[str, str] | None = None  # a boosted post of another server: (nickname@host, display name)
    id: str = ""
    uuid: str = ""

    @property
    def path(self) -> str:
        return f"/notice/{self.id}"


_TAG = re.compile(r"(?<![\w/])#(\w+)")
_MENTION = re.compile(r"(?<![\w/])@(\w+)")


def para_html(text: str) -> str:
    out = inline_html(text)
    out = _TAG.sub(lambda m: f'<a class="hashtag" data-tag="{m.group(1).lower()}" href="{{{{base}}}}/tag/{m.group(1).lower()}" '
                             f'rel="tag ugc">#{m.group(1)}</a>', out)
    return _MENTION.sub(lambda m: f'<span class="h-card"><a class="u-url mention" data-user="{h(m.group(1), 18)}" '
                                  f'href="{{{{base}}}}/users/{m.group(1)}" rel="ugc">@<span>{m.group(1)}</span></a></span>',
                        out)


def content_html(markup: str) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{para_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{para_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>"
                       "\n<tbody>\n" + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n"
                                                for r in rows) + "</tbody>\n</table>")
    return "".join(out)


def plain(markup: str) -> str:
    lines = []
    for b in parse_rich(markup):
        lines += b.lines()
    return " ".join(lines)


def posts() -> list[dict]:
    return [
        dict(when=datetime(2025, 5, 28, 9, 15), author=None, doc="21/TB-LMHTX",
             subject="Thông báo số 21/TB-LMHTX về việc mở lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2025",
             parts=[("""
LIÊN MINH HTX TỈNH BẮC NINH
Số: 21/TB-LMHTX
Bắc Ninh, ngày 26 tháng 5 năm 2025
Liên minh HTX tỉnh mở lớp bồi dưỡng nghiệp vụ kế toán cho cán bộ kế toán các HTX, thời gian học từ ngày 16/6 đến ngày 20/6/2025 tại Trường Cao đẳng Công nghiệp Bắc Ninh.
Mỗi HTX cử tối đa 02 học viên; học viên được miễn học phí và hỗ trợ tài liệu.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 10/6/2025.
CHỦ TỊCH
Nguyễn Thế Vinh
""", [("TB-21-LMHTX-2025.pdf", "TB-21-LMHTX-2025.pdf")])],
             comments=[("htxtamda", "@htxbacninh HTX Tam Đa đăng ký 02 học viên, đã gửi danh sách qua thư điện tử ạ.",
                        "@htxtamda Văn phòng đã nhận danh sách, cảm ơn HTX.")],
             notes=["notice 'Số: 21/TB-LMHTX' dated 26/5 in its text, posted 28/05 09:15 (<time datetime='2025-05-28T02:15"
                    ":00…Z' title='2025/05/28  2:15:00 AM UTC'>13 days ago</time>); the subject is the title; the signer "
                    "'CHỦ TỊCH / Nguyễn Thế Vinh' is text, the account an office: no author; the PDF is an attachment the "
                    "static front end renders as an <img> in a.attachment (its name only in alt/title); a member's reply "
                    "and the alliance's answer under it are comments, their /notice/<id> the same conversation page"]),
        dict(when=datetime(2025, 5, 16, 15, 40), author="Lê Thu Trang", subject=None,
             parts=[("""
**Ảnh: HTX Nông nghiệp Yên Phong vào vụ thu hoạch dưa lưới**
Thành viên HTX thu hoạch dưa lưới trong nhà màng tại xã Đông Phong.
""", [("dua-luoi-1.png", "Người nông dân cầm quả dưa lưới trong nhà màng")]),
                    ("Dưa lưới được phân loại, dán tem truy xuất nguồn gốc trước khi giao cho siêu thị.",
                     [("dua-luoi-2.png", "Những quả dưa lưới xếp trong thùng carton")]),
                    ("""
Mỗi vụ HTX thu hoạch khoảng 40 tấn dưa lưới, doanh thu trên 1,6 tỷ đồng. #htx
Ảnh: Lê Thu Trang
""", [("dua-luoi-3.png", "Toàn cảnh dãy nhà màng của HTX")])],
             comments=[("thanhnv", "@htxbacninh Dưa đẹp quá, HTX có bán lẻ không ạ?",
                        "@thanhnv HTX bán lẻ tại cửa hàng nông sản của HTX ở thị trấn Chờ ạ."),
                       ("hoanglan", "@htxbacninh Chúc mừng HTX Yên Phong được mùa!", "@hoanglan Cảm ơn chị!")],
             notes=["photo story as a thread of three notices, one photo each (the alliance answering itself minutes "
                    "later): the captions are the notices' text, the photos' descriptions (alt) are not; no subject: the "
                    "bold first line is the title; 'Ảnh: Lê Thu Trang' -> author; the second and third notices' "
                    "/notice/<id> render the same conversation: aliases; two members' replies and the answers: comments"]),
        dict(when=datetime(2025, 5, 6, 10, 20), author=None,
             subject="Kết quả phát triển HTX tỉnh Bắc Ninh 4 tháng đầu năm 2025",
             parts=[("""
Đến hết tháng 4/2025, toàn tỉnh có 612 HTX đang hoạt động, tăng 18 HTX so với cuối năm 2024.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Nông nghiệp | 405 | 61.230 | 2.150 |
| Công nghiệp, tiểu thủ công nghiệp | 64 | 3.180 | 5.420 |
| Thương mại, dịch vụ | 97 | 5.610 | 3.870 |
| Vận tải | 46 | 1.240 | 4.960 |
Liên minh HTX tỉnh phấn đấu năm 2025 thành lập mới 40 HTX.
""", [])],
             comments=[("thanhnv", "@htxbacninh Cho hỏi số liệu này đã gồm các HTX mới thành lập trong tháng 4 chưa ạ?",
                        "@thanhnv Đã gồm anh ạ.")],
             notes=["a Markdown table (the server's allow_tables): <table> with <th>, one line per row; the subject is the "
                    "title; no byline: no author"]),
        dict(when=datetime(2025, 4, 22, 8, 30), author="Đỗ Minh Tuấn", subject=None,
             parts=[("""
**Những điểm mới của Luật Hợp tác xã năm 2023 mà HTX cần biết**
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, có nhiều điểm mới về thành viên và tổ chức quản lý.
## Về thành viên
* HTX được kết nạp thành viên liên kết không góp vốn;
* Thành viên chính thức phải sử dụng sản phẩm, dịch vụ của HTX;
* Vốn góp tối đa của một thành viên không quá 30% vốn điều lệ.
""", []), ("""
## Về tổ chức quản lý
* HTX được chọn mô hình tổ chức quản lý rút gọn hoặc đầy đủ;
* HTX có dưới 50 thành viên có thể không thành lập Ban kiểm soát.
ThS. Đỗ Minh Tuấn - Ban Kiểm tra Liên minh HTX tỉnh
""", [])],
             comments=[("htxtamda", "@htxbacninh Bài rất hữu ích, HTX sẽ phổ biến cho thành viên.",
                        "@htxtamda Cảm ơn HTX đã quan tâm.")],
             notes=["Markdown headings (<h2>, the server's allow_headings) and lists, over a thread of two notices; the "
                    "bold first line is the title; 'ThS. Đỗ Minh Tuấn - Ban Kiểm tra Liên minh HTX tỉnh' -> Đỗ Minh Tuấn"]),
        dict(when=datetime(2025, 4, 3, 14, 0), author=None, subject=None,
             parts=[("""
**HTX Mây tre đan Xuân Lai đưa sản phẩm lên sàn thương mại điện tử**
HTX Mây tre đan Xuân Lai (huyện Gia Bình) đã mở gian hàng trên hai sàn thương mại điện tử lớn, mỗi tháng bán được hơn 3.000 sản phẩm.
HTX đang đào tạo thêm 20 thành viên trẻ làm livestream bán hàng.
Theo Báo Bắc Ninh
""", [])],
             comments=[("hoanglan", "@htxbacninh Sản phẩm mây tre Xuân Lai rất đẹp.",
                        "@hoanglan Cảm ơn chị đã ủng hộ sản phẩm của HTX.")],
             notes=["a reprint closed by 'Theo Báo Bắc Ninh': no author"]),
        dict(when=datetime(2025, 3, 5, 0, 40), author=None,
             subject="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Tam Giang",
             parts=[("""
Chiều 4/3, đoàn công tác Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Tam Giang (huyện Yên Phong).
HTX hiện cung ứng dịch vụ làm đất, tưới tiêu và bao tiêu lúa cho 1.050 hộ thành viên.
""", []), ("Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay ưu đãi để đầu tư máy cấy, máy gặt. #htx", [])],
             comments=[("thanhnv", "@htxbacninh HTX Tam Giang làm rất tốt khâu dịch vụ.", "@thanhnv Đúng vậy anh ạ.")],
             notes=["posted at 00:40 on 5 March about the afternoon before ('Chiều 4/3'): <time datetime='2025-03-04T17:40"
                    ":00…Z' title='2025/03/04  5:40:00 PM UTC'>3 months ago</time>, the feed's <published> UTC too: the "
                    "day before in UTC; published = 2025-03-05 00:40; a thread of two notices"]),
        dict(when=datetime(2025, 2, 18, 16, 0), author="Ngô Thị Hạnh",
             subject="HTX Gốm Phù Lãng khôi phục nghề gốm truyền thống",
             parts=[("""
HTX Gốm Phù Lãng (thị xã Quế Võ) hiện có 35 thành viên là các nghệ nhân, thợ gốm lâu năm của làng.
Sản phẩm gốm men da lươn của HTX được bán tại các điểm du lịch ở Hà Nội, Hạ Long và xuất khẩu sang Nhật Bản.
HTX đang xây dựng điểm tham quan, trải nghiệm làm gốm cho du khách.
Bài: Ngô Thị Hạnh
""", [("gom-phu-lang.png", "Nghệ nhân đang vuốt gốm trên bàn xoay")])],
             comments=[("hoanglan", "@htxbacninh Cuối tuần tôi sẽ đưa các cháu đến trải nghiệm.",
                        "@hoanglan HTX đón khách cả thứ Bảy và Chủ nhật ạ."),
                       ("thanhnv", "@htxbacninh Gốm Phù Lãng đẹp và bền.", "@thanhnv Cảm ơn anh.")],
             notes=["subject as title; a photo whose description is no caption (no caption line); 'Bài: Ngô Thị Hạnh' "
                    "-> author"]),
        dict(when=datetime(2025, 1, 14, 9, 0), author="Vũ Đức Long", oldest=True,
             subject="Liên minh HTX tỉnh Bắc Ninh tổng kết công tác năm 2024",
             parts=[("""
Ngày 10/1, Liên minh HTX tỉnh Bắc Ninh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 35 HTX, tổ chức 12 lớp tập huấn cho 740 lượt cán bộ HTX.
Tin: Vũ Đức Long
""", [])], comments=[],
             notes=["the oldest post: only on the profile's second page /users/htxbacninh?max_id=… ('Xem cũ hơn', after 20 "
                    "newer posts and boosts) and the feed's next page; 'Tin: Vũ Đức Long' -> author"]),
    ]


BOOSTS = ["Bắc Ninh có thêm 12 sản phẩm đạt chuẩn OCOP", "Nông dân Lương Tài trúng vụ khoai tây đông",
          "Phát triển vùng trồng rau an toàn ở Yên Phong", "Tiêu thụ nông sản qua sàn thương mại điện tử tăng mạnh",
          "Làng nghề Đông Hồ chuẩn bị cho mùa tranh Tết", "Hỗ trợ HTX tiếp cận tín dụng ưu đãi",
          "Tuyên dương 30 nông dân sản xuất, kinh doanh giỏi", "Thuận Thành mở rộng diện tích lúa chất lượng cao",
          "Doanh nghiệp liên kết bao tiêu cà rốt xuất khẩu", "Bắc Ninh đẩy mạnh chuyển đổi số trong nông nghiệp",
          "Mô hình nuôi cá lồng trên sông Đuống cho thu nhập khá", "Khởi công chợ đầu mối nông sản Tiên Du",
          "Hội chợ hàng Việt Nam tại Bắc Ninh thu hút đông khách", "Nâng cao chất lượng nguồn nhân lực HTX",
          "Phát triển kinh tế tập thể gắn với xây dựng nông thôn mới"]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-ninh", f"{INSTANCE} (Akkoma 3, static front end)", "generic", None,
                     start_urls=["{{base:%s}}/users/%s" % (SITE, ACCT)],
                     feeds=["{{base:%s}}/users/%s/feed.atom" % (SITE, ACCT)])
    site.extra_boilerplate += FURN

    specs = posts()
    threads = []  # (spec, own notices, all notices of the conversation)
    own_all: list[Note] = []
    for spec in specs:
        own, conv = [], []
        for i, (markup, media) in enumerate(spec["parts"]):
            n = Note(ACCT, markup, spec["when"] + timedelta(minutes=3 * i), list(media),
                     subject=spec["subject"] if i == 0 else None, reply_to=own[-1] if own else None)
            own.append(n)
        conv += own
        for k, (user, text, answer) in enumerate(spec["comments"]):
            c = Note(user, text, spec["when"] + timedelta(hours=1 + 2 * k, minutes=13), reply_to=own[0])
            conv.append(c)
            if answer:
                conv.append(Note(ACCT, answer, c.when + timedelta(minutes=28), reply_to=c))
        for n in conv:
            n.id = flake(n.when, n.markup)
            n.uuid = uuid(n.markup)
            n.likes = len(n.markup) % 9
            n.announces = len(n.markup) % 4
        for n in conv:
            n.replies = sum(1 for x in conv if x.reply_to is n)
        threads.append((spec, own, conv))
        own_all += [n for n in conv if n.user == ACCT]
    boosts = []
    start = datetime(2024, 12, 2, 8, 0)
    for i, t in enumerate(BOOSTS):
        when = (datetime(2025, 1, 20, 8, 0) + timedelta(days=11 * (i - 2), hours=i % 5)) if i >= 2 else start + timedelta(days=9 * i)
        b = Note("baobacninh", f"{t}\n{{url}}", when, remote=("baobacninh@baobacninh.vn", "Báo Bắc Ninh"),
                 likes=3 + i % 5, announces=2 + i % 3, replies=i % 2)
        b.id = flake(when + timedelta(minutes=7), t)
        boosts.append(b)

    def avatar_src(user: str) -> str:
        if user == "baobacninh":
            return f"/proxy/{h('sig' + user, 27)}/{h('url' + user, 40)}/avatar.png"
        return f"/media/{uuid('avatar' + user)}/avatar.png"

    def user_url(n: Note) -> str:
        return "{{base:offsite}}/" if n.remote else f"{{{{base}}}}/users/{n.user}"

    def notice_html(n: Note, selected: bool = False) -> str:
        name = n.remote[1] if n.remote else USERS[n.user]
        nick = n.remote[0] if n.remote else n.user
        link = "{{base:offsite}}/tin-tuc/bai-viet-1.html" if n.remote else f"{{{{base}}}}{n.path}"
        reply = ""
        if n.reply_to is not None:
            reply = (f'<div class="heading-reply-row"><a class="reply-to-link" href="{{{{base}}}}/objects/{n.reply_to.uuid}">'
                     f'<img class="fa-icon" src="/static-fe/svg/reply-solid.svg"> Trả lời</a><span class="h-card">'
                     f'<a href="{{{{base}}}}/users/{n.reply_to.user}" class="u-url mention">@{n.reply_to.user}</a></span>'
                     f"</div>")
        if n.remote:
            title, body = n.markup.split("\n")
            content = (f"<p>{esc(title)}</p><p><a href=\"{{{{base:offsite}}}}/tin-tuc/bai-viet-1.html\" rel=\"ugc\">"
                       f"https://baobacninh.vn/{h(title, 6)}.bbg</a></p>")
        else:
            content = content_html(n.markup)
        atts = ""
        if n.media:
            atts = '<div class="attachments">' + "".join(
                f'<a class="attachment" href="{{{{base}}}}/media/{uuid(f)}/{f}"><img class="u-photo" '
                f'src="/media/{uuid(f)}/{f}" alt="{attr(d)}" title="{attr(d)}"></a>' for f, d in n.media) + "</div>"
        inner = f'<div class="status-body">{content}{atts}</div>'
        if n.subject:
            inner = (f'<span class="status-summary">{esc(n.subject)}</span><details><summary>Hiện nội dung</summary>'
                     f"{inner}</details>")
        sel = ' id="selected"' if selected else ""
        return f"""<div class="status-container"{sel}>
  <div class="left-side">
    <a href="{user_url(n)}" rel="author noopener">
      <div class="avatar">
        <img class="u-photo" width="48" height="48" src="{avatar_src(n.user)}" title="{nick}" alt="{nick}" />
      </div>
    </a>
  </div>
  <div class="right-side">
    <div class="status-heading">
      <div class="heading-name-row">
        <div class="heading-left">
          <h4 class="username">{esc(name)}</h4>
          <a href="{user_url(n)}" class="account-name">{nick}</a>
        </div>
        <div class="heading-right">
          <a class="timeago" href="{link}">
            <time class="dt-published" datetime="{published(n.when, n.markup)}" title="{exact(n.when)}">{ago(n.when)}</time>
          </a>
          <img class="fa-icon" src="/static-fe/svg/globe-solid.svg">
        </div>
      </div>
      {reply}
    </div>
    <div class="status-content">
      {inner}
    </div>
    <!-- <div class="emoji-reactions"></div> -->
    <div class="status-actions">
      <div>
        <img class="fa-icon" src="/static-fe/svg/reply-solid.svg">
        <span class="action-count">{n.replies}</span>
      </div>
      <div>
        <img class="fa-icon" src="/static-fe/svg/retweet-solid.svg">
        <span class="action-count">{n.announces}</span>
      </div>
      <div>
        <img class="fa-icon" src="/static-fe/svg/star-regular.svg">
        <span class="action-count">{n.likes}</span>
      </div>
    </div>
  </div>
</div>
"""

    def layout(meta: str, inner: str) -> str:
        rules = "".join(f"<p>{esc(r)}</p>" for r in RULES)
        return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width,initial-scale=1,minimal-ui" />
    <title>{INSTANCE}</title>
    {meta}
    <link rel="stylesheet" href="/static-fe/static-fe.css">
    <link rel="icon" type="image/png" href="/favicon.png">
  </head>
  <body>
    <div class="background-image"></div>
    <nav>
      <div class="inner-nav">
        <a class="site-brand" href="/">
          <img class="favicon" src="/favicon.png" />
          <span>{INSTANCE}</span>
        </a>
      </div>
    </nav>
    <div class="container">
      <div class="underlay"></div>
      <div class="column main">
        {inner}
      </div>
      <div class="column sidebar">
        <div class="about panel">
          <div class="panel-heading">
            Giới thiệu về {INSTANCE}
          </div>
          <div class="about-content">
            <h4>Nội quy máy chủ</h4>{rules}
          </div>
        </div>
      </div>
    </div>
  </body>
</html>

<style>
  :root {{
    --background-image: url("/images/city.jpg");
  }}
</style>
"""

    def notice_meta(n: Note) -> str:
        text = plain(n.markup)
        desc = text if len(text) <= 200 else text[:197] + "..."
        tags = [f'<meta content="{attr(USERS[n.user])} (@{n.user}@{HOST})" property="og:title">',
                f'<meta content="{{{{base}}}}{n.path}" property="og:url">', f'<meta content="{attr(desc)}" property="og:description">',
                '<meta content="article" property="og:type">']
        if n.media and n.media[0][0].endswith(".png"):
            f = n.media[0][0]
            tags += [f'<meta content="{{{{base}}}}/media/{uuid(f)}/{f}" property="og:image">',
                     '<meta content="summary_large_image" property="twitter:card">']
        else:
            tags += [f'<meta content="{{{{base}}}}{avatar_src(n.user)}" property="og:image">',
                     '<meta content="summary" property="twitter:card">']
        tags += [f'<meta content="{attr(USERS[n.user])} (@{n.user}@{HOST})" property="twitter:title">',
                 f'<meta content="{attr(desc)}" property="twitter:description">',
                 f'<link href="{{{{base}}}}/objects/{n.uuid}" rel="alternate" type="application/activity+json">']
        return "\n    ".join(tags)

    # conversations
    for spec, own, conv in threads:
        head = own[0]
        for n in conv:
            page = layout(notice_meta(n), '<div class="conversation">' + "".join(notice_html(x, x is n) for x in conv)
                          + "</div>")
            site.page(n.path, page, content_type=HTML)
            site.redirect(f"/objects/{n.uuid}", n.path, 302)
            for f, _ in n.media:
                if f.endswith(".pdf"):
                    site.binary(f"/media/{uuid(f)}/{f}", pdf(spec["subject"] or "", ["LIEN MINH HTX TINH BAC NINH",
                                                                                      "THONG BAO SO 21/TB-LMHTX"]))
                else:
                    site.binary(f"/media/{uuid(f)}/{f}", image_for(f))
        markup = "\n".join(m for m, _ in spec["parts"])
        lines = [x for b in parse_rich(markup) for x in b.lines()]
        title = spec["subject"] or lines[0]
        a = RichArticle(path=head.path, title=title, date=spec["when"], body=markup, author=spec["author"],
                        published=iso(spec["when"]), published_source="date-element", evidence=["date-element"],
                        doc_number=spec.get("doc"), notes=spec["notes"])
        a.aliases += [f"/objects/{head.uuid}"] + [x.path for x in conv if x is not head]
        a.attachments = [{"path": f"/media/{uuid(f)}/{f}", "text": d} for _, media in spec["parts"] for f, d in media
                         if f.endswith(".pdf")]
        site.add_article(a)
        site.extra_boilerplate += [inline_text(c[1]) for c in spec["comments"]] + [c[2] for c in spec["comments"] if c[2]]
    site.trap("/objects/<uuid> (the ActivityPub id: the notice's activity+json alternate, the 'Trả lời' links, the "
              "feed's links) answers HTML with a 302 to /notice/<id>: an alias", f"/objects/{threads[0][1][0].uuid}")

    # profiles
    def profile(user: str, items: list[Note], next_id: str | None, prev_id: str | None) -> str:
        n_posts = sum(1 for x in own_all if x.user == user) if user == ACCT else 3
        fields = ('<div class="user-profile-field"><dt title="Website">Website</dt><dd title="lienminhhtx.bacninh.gov.vn">'
                  'lienminhhtx.bacninh.gov.vn</dd></div><div class="user-profile-field"><dt title="Địa chỉ">Địa chỉ</dt>'
                  '<dd title="Số 11 Lý Thái Tổ, TP Bắc Ninh">Số 11 Lý Thái Tổ, TP Bắc Ninh</dd></div>') if user == ACCT else ""
        bio = ("Tài khoản chính thức của Liên minh Hợp tác xã tỉnh Bắc Ninh." if user == ACCT else "Thành viên")
        newer = f'<a href="?min_id={prev_id}" class="load-posts">Show newer</a>' if prev_id else ""
        older = f'<a href="?max_id={next_id}" class="load-posts">Xem cũ hơn</a>' if next_id else ""
        inner = f"""<div class="panel profile">
  <div class="user-card">
    <div class="user-banner"></div>
    <div class="user-info">
      <div class="container">
        <a href="{{{{base}}}}/users/{user}" rel="author noopener">
          <div class="avatar">
            <img class="u-photo" width="48" height="48" src="{avatar_src(user)}" title="{user}" alt="{user}" />
          </div>
        </a>
        <div class="user-summary">
          <div class="top-line">
            <span class="username">{esc(USERS[user])}</span>
          </div>
          <div class="bottom-line">
            <a class="account-name" href="{{{{base}}}}/users/{user}">@{user}</a>
          </div>
        </div>
      </div>
      <div class="remote-follow">
        <form method="POST" action="/main/ostatus">
          <input type="hidden" name="nickname" value="{user}">
          <input type="hidden" name="profile" value="">
          <button type="submit" class="button-default">Theo dõi từ xa</button>
        </form>
      </div>
    </div>
    <div class="user-counts">
      <div class="user-count"><h5>Bài viết</h5><span>{n_posts}</span></div>
      <div class="user-count"><h5>Đang theo dõi</h5><span>{38 if user == ACCT else 4}</span></div>
      <div class="user-count"><h5>Người theo dõi</h5><span>{412 if user == ACCT else 9}</span></div>
    </div>
    <span class="user-bio">{esc(bio)}</span>
  </div>
  <div class="user-profile-fields">{fields}</div>
  {newer}
  <div class="activity-stream">
    {"".join(notice_html(x) for x in items)}
  </div>
  {older}
</div>
"""
        meta = (f'<meta content="{attr(USERS[user])} (@{user}@{HOST})" property="og:title">\n    '
                f'<meta content="{{{{base}}}}/users/{user}" property="og:url">\n    '
                f'<meta content="{attr(bio)}" property="og:description">\n    <meta content="article" property="og:type">\n    '
                f'<link href="{{{{base}}}}/users/{user}/feed.atom" rel="alternate" type="application/atom+xml">\n    '
                f'<link href="{{{{base}}}}/users/{user}" rel="alternate" type="application/activity+json">')
        return layout(meta, inner)

    stream = sorted([x[1][0] for x in threads] + boosts, key=lambda n: n.id, reverse=True)
    pages = [stream[i:i + 20] for i in range(0, len(stream), 20)]
    oldest = threads[-1][1][0]
    assert len(pages) == 2 and oldest in pages[1], [len(p) for p in pages]
    for k, chunk in enumerate(pages):
        nxt = chunk[-1].id if k + 1 < len(pages) else None
        prv = chunk[0].id if k else None
        page = profile(ACCT, chunk, nxt, prv)
        if k == 0:
            site.page(f"/users/{ACCT}", page, content_type=HTML)
            site.page(f"/@{ACCT}", page, content_type=HTML)
            site.non_articles += [f"/users/{ACCT}", f"/@{ACCT}"]
        else:
            path = f"/users/{ACCT}?max_id={pages[k - 1][-1].id}"
            site.page(path, page)
            site.non_articles.append(path)
    site.trap("the profile /users/htxbacninh (= /@htxbacninh): the posts without replies and the boosts (another "
              "server's posts, linked off the site), 20 a page; 'Xem cũ hơn' ?max_id=… holds the oldest post, whose page "
              "links back with the untranslated 'Show newer' ?min_id=…", f"/users/{ACCT}?max_id={pages[0][-1].id}")
    for user in USERS:
        if user == ACCT:
            continue
        site.page(f"/users/{user}", profile(user, [], None, None), content_type=HTML)
        site.page(f"/users/{user}/feed.atom", f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>{{{{base}}}}/users/{user}/feed.atom</id><title>{user}'s timeline</title>
<updated>{published(NOW, user)}</updated></feed>
""", content_type="application/atom+xml; charset=utf-8")
        site.non_articles.append(f"/users/{user}")
    site.trap("members' profiles /users/<nick> (the mentions in the replies): a user card, no posts (replies only)",
              "/users/thanhnv")

    # hashtags: the Akkoma-FE shell (no static page for tags)
    tags = sorted({t.lower() for n in own_all for t in _TAG.findall(n.markup)})
    for t in tags:
        site.page(f"/tag/{t}", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{INSTANCE}</title>
<link rel="icon" type="image/png" href="/favicon.png">
<meta content="#{t}" property="og:title"><meta content="{{{{base}}}}/tag/{t}" property="og:url"><meta content="website" property="og:type">
<link href="/static/css/app.3f1c2b9a.css" rel="stylesheet"><script src="/static/js/app.8e2d41c7.js"></script></head>
<body><noscript>Để dùng Akkoma, hãy bật JavaScript.</noscript><div id="app"></div><div id="modal"></div></body></html>
""")
        site.non_articles.append(f"/tag/{t}")
    site.page("/", layout(f'<meta content="{INSTANCE}" property="og:title">\n    <meta content="{{{{base}}}}/" property="og:url">',
                          '<div class="panel"><p>Mạng xã hội của các hợp tác xã tỉnh Bắc Ninh. Xem tin của <a href="/users/'
                          f'{ACCT}">{esc(USERS[ACCT])}</a>.</p></div>'))
    site.non_articles.append("/")

    # the Atom feed: notices with the replies, 20 a page
    creates = sorted(own_all, key=lambda n: n.id, reverse=True)
    fpages = [creates[i:i + 20] for i in range(0, len(creates), 20)]
    assert len(fpages) >= 2 and oldest not in fpages[0]
    for k, chunk in enumerate(fpages):
        path = f"/users/{ACCT}/feed.atom" if k == 0 else f"/users/{ACCT}/feed.atom?max_id={fpages[k - 1][-1].id}"
        nxt = (f'<link rel="next" href="{{{{base}}}}/users/{ACCT}/feed.atom?max_id={chunk[-1].id}" type="application/atom+xml"/>'
               if k + 1 < len(fpages) else "")
        entries = []
        for n in chunk:
            text = plain(n.markup)
            title = text if len(text) <= 100 else text[:97] + "..."
            summary = f"<summary>{esc(n.subject)}</summary>" if n.subject else ""
            entries.append(f"""<entry>
  <activity:object-type>http://activitystrea.ms/schema/1.0/note</activity:object-type>
  <activity:verb>http://activitystrea.ms/schema/1.0/post</activity:verb>
  <id>{{{{base}}}}/objects/{n.uuid}</id>
  <title>{esc(title)}</title>
  <content type="html">{esc(content_html(n.markup))}</content>
  <published>{published(n.when, n.markup)}</published>
  <updated>{published(n.when, n.markup)}</updated>
  <ostatus:conversation ref="{{{{base}}}}/contexts/{uuid('ctx' + n.id)}">{{{{base}}}}/contexts/{uuid('ctx' + n.id)}</ostatus:conversation>
  {summary}
  <link type="application/atom+xml" href='{{{{base}}}}/objects/{n.uuid}' rel="self"/>
  <link type="text/html" href='{{{{base}}}}/objects/{n.uuid}' rel="alternate"/>
</entry>""")
        site.page(path, f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:activity="http://activitystrea.ms/spec/1.0/" xmlns:poco="http://portablecontacts.net/spec/1.0" xmlns:ostatus="http://ostatus.org/schema/1.0">
<id>{{{{base}}}}/users/{ACCT}/feed.atom</id>
<title>{ACCT}'s timeline</title>
<updated>{published(chunk[0].when, chunk[0].markup)}</updated>
<logo>{{{{base}}}}{avatar_src(ACCT)}</logo>
<link rel="self" href="{{{{base}}}}/users/{ACCT}/feed.atom" type="application/atom+xml"/>
<author><id>{{{{base}}}}/users/{ACCT}</id><activity:object-type>http://activitystrea.ms/schema/1.0/person</activity:object-type><uri>{{{{base}}}}/users/{ACCT}</uri><poco:preferredUsername>{ACCT}</poco:preferredUsername><poco:displayName>{esc(USERS[ACCT])}</poco:displayName><name>{ACCT}</name></author>
{nxt}
{"".join(entries)}
</feed>
""", content_type="application/atom+xml; charset=utf-8")
    site.trap("the Atom feed /users/htxbacninh/feed.atom (the profile's alternate): every notice of the account, the "
              "answers to members too, 20 a page (rel=next ?max_id=); entry links are the /objects/<uuid> ids; "
              "<published> in UTC", f"/users/{ACCT}/feed.atom")

    site.static("/robots.txt", "# If you want to disallow crawling, remove the comment from the next lines\n"
                "# User-Agent: *\n# Disallow: /\n")
    site.static("/static-fe/static-fe.css", "body{font-family:sans-serif}\n")
    for svg in ["globe-solid", "reply-solid", "retweet-solid", "star-regular"]:
        site.static(f"/static-fe/svg/{svg}.svg", '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n')
    site.binary("/favicon.png", image_for("favicon"))
    return site
