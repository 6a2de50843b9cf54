"""Site `bsky-htxbaclieu` (registry family `generic`): the **Bluesky** account of the Bạc Liêu cooperative alliance,
"Liên minh HTX tỉnh Bạc Liêu" (`@lmhtxbaclieu.bsky.social`), as the public web view bsky.app shows it: the React
Native Web app's DOM (the `css-175oi2r` / `css-146c3p1` atomic class names, `data-testid`s, `dir="auto"` text
divs), the interface in Vietnamese, the viewer's clock in Vietnam; around it the head the edge server writes for
every post (`og:` tags, `article:published_time` = the AppView's `indexedAt` in UTC, the oEmbed alternate) and the
`<noscript>` summary (`#bsky_post_summary`: display name, handle, DID, the post's text, `indexedAt`). The copy is of
20 November 2024. Written as a held-out test: no family module, no selectors.

What is an article here: a post of the alliance. Bluesky caps a post at 300 characters, so the office writes its news
summaries as **threads**: the first post and its own replies posted a minute or two later make one article, the
first post's (its URL, its time); its text is the text of every post of the thread in order. Replies of other
accounts (and the alliance's answers to them) are comments; reposts are not the alliance's; a quoted post is not
its text; a link card's title and description are the linked page's, not the post's; an image's alt text is no
caption.

URL shapes: a post `/profile/<handle>/post/<rkey>` (the rkey a TID: microseconds since 1970 in base32-sortable); the
same page at `/profile/<did>/post/<rkey>` (the DID form the RSS and the oEmbed use): an alias; a thread's later
posts are pages of their own (the thread above them, their own time expanded): no articles; `/liked-by` and
`/reposted-by` under a post (the counters link them): lists of accounts; the profile `/profile/<handle>` (the card,
the pinned post, the feed's first page: 30 items, reposts included; older items load on scrolling, no link); the
RSS `/profile/<did>/rss` (the profile's alternate: the account's posts without reposts, `pubDate` in UTC). Other
accounts' pages and the image CDN are outside the copy. robots.txt is bsky.app's (everything allowed).

Why it is hard: no `<h1>`, no title: the `<title>` is the app's `Liên minh HTX tỉnh Bạc Liêu: "<the text's start>…" —
Bluesky`, `og:title` the account; the title is the post's first line. The text is one `div[data-testid=postText]`
whose lines are separated by bare newlines (CSS `pre-wrap`, no `<p>`/`<br>`). The full time ("3 thg 11, 2024 lúc
09:20") is printed only under the expanded post; list items and replies show relative ages ("17 ngày", "2 giờ")
with the full time in `aria-label`/`data-tooltip`; `article:published_time` and the noscript summary carry UTC:
a post at 00:15 on 25 October is "2024-10-24T17:15:00.000Z". Counters ("45 lượt thích"), the composer prompt
("Viết câu trả lời của bạn"), "Đã ghim", "Đã đăng lại bởi", the profile card and the sign-in banner are furniture.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, iso
from .richbody import RichArticle

SITE = "bsky-htxbaclieu"
HANDLE = "lmhtxbaclieu.bsky.social"
NAME = "Liên minh HTX tỉnh Bạc Liêu"
DID = "did:plc:7qkx3vhm2c5ld4rnu6ewy2za"
NOW = datetime(2024, 11, 20, 10, 0)
BIO = ("Tài khoản chính thức của Liên minh Hợp tác xã tỉnh Bạc Liêu. Tin hoạt động, thông báo, văn bản của Liên minh "
       "và các HTX. Địa chỉ: số 8 Nguyễn Tất Thành, phường 1, TP Bạc Liêu.")
MEMBERS = {"tranvanut.bsky.social": "Trần Văn Út", "htxvinhhau.bsky.social": "HTX Tôm sạch Vĩnh Hậu",
           "thanhtam.bsky.social": "Lê Thanh Tâm", "baobaclieu.bsky.social": "Báo Bạc Liêu"}
HTML = "text/html; charset=utf-8"
S32 = "234567abcdefghijklmnopqrstuvwxyz"
MONTHS_SHORT = "thg"
SIGNIN = "Đăng nhập hoặc tạo tài khoản để tham gia cuộc trò chuyện!"
CHROME = ["Viết câu trả lời của bạn", SIGNIN, "Tạo tài khoản", "Đăng nhập", "lượt thích", "lượt đăng lại",
          "Mọi người có thể trả lời", "Dịch", "Tìm kiếm", "Bảng tin", "Bài đăng", "Quyền riêng tư", "Điều khoản",
          "Trợ giúp", "JavaScript Required"]


def hx(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def tid(d: datetime, salt: str) -> str:
    us = int((utc(d) - datetime(1970, 1, 1)).total_seconds() * 1_000_000) + int(hx(salt, 5), 16) % 999_999
    n = (us << 10) | (int(hx(salt + "c", 3), 16) % 1024)
    out = ""
    for _ in range(13):
        n, r = divmod(n, 32)
        out = S32[r] + out
    return out


def did_of(handle: str) -> str:
    if handle == HANDLE:
        return DID
    n = int(hx("did" + handle, 30), 16)
    out = ""
    for _ in range(24):
        n, r = divmod(n, 32)
        out += "abcdefghijklmnopqrstuvwxyz234567"[r]
    return "did:plc:" + out


def zulu(d: datetime, salt: str) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}.{int(hx(salt, 3), 16) % 1000:03d}Z"


def full(d: datetime) -> str:
    return f"{d.day} {MONTHS_SHORT} {d.month}, {d.year} lúc {d:%H:%M}"


def ago(d: datetime) -> str:
    secs = (NOW - d).total_seconds()
    if secs < 3600:
        return f"{int(secs // 60)} phút"
    if secs < 86400:
        return f"{int(secs // 3600)} giờ"
    days = int(secs // 86400)
    if days < 30:
        return f"{days} ngày"
    return f"{d.day} {MONTHS_SHORT} {d.month}"


@dataclass
class Post:
    handle: str
    lines: list[str]
    when: datetime
    images: list[tuple[str, str]] = field(default_factory=list)  # (file, alt)
    card: tuple[str, str, str] | None = None  # (title, description, domain)
    quote: tuple[str, str] | None = None  # (handle, text)
    parent: Post | None = None
    rkey: str = ""
    likes: int = 0
    reposts: int = 0

    @property
    def name(self) -> str:
        return NAME if self.handle == HANDLE else MEMBERS[self.handle]

    @property
    def path(self) -> str:
        return f"/profile/{self.handle}/post/{self.rkey}"

    @property
    def local(self) -> bool:
        return self.handle == HANDLE

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def threads() -> list[dict]:
    return [
        dict(when=datetime(2024, 11, 18, 8, 45), author="Huỳnh Kim Ngân", parts=[
            (["Sơ kết mô hình HTX nuôi tôm siêu thâm canh ứng dụng công nghệ cao",
              "Ngày 16/11, Liên minh HTX tỉnh phối hợp Sở Nông nghiệp và PTNT tổ chức hội nghị sơ kết mô hình nuôi tôm "
              "siêu thâm canh tại HTX Tôm sạch Vĩnh Hậu (huyện Hòa Bình)."],
             [("hoi-nghi-vinh-hau.png", "Đại biểu tham quan ao nuôi tôm lót bạt của HTX")]),
            (["Mô hình có 12 ao nuôi với diện tích 2,4 ha, năng suất bình quân 45 tấn/ha/vụ, lợi nhuận trên 1,2 tỷ đồng/ha."], []),
            (["Thời gian tới, Liên minh HTX tỉnh kiến nghị nhân rộng mô hình ra các HTX ở huyện Đông Hải và thị xã Giá Rai.",
              "Tin, ảnh: Huỳnh Kim Ngân"], []),
        ], comments=[("tranvanut.bsky.social", "Mô hình hay quá, HTX bên Giá Rai cũng muốn học hỏi.",
                      "Liên minh sẽ tổ chức đoàn tham quan trong tháng 12 anh nhé."),
                     ("htxvinhhau.bsky.social", "Cảm ơn Liên minh đã hỗ trợ HTX!", None)],
             notes=["a thread of three posts (08:45, 08:46, 08:47): one article, the first post's URL and time ('18 thg "
                    "11, 2024 lúc 08:45' under it, article:published_time '2024-11-18T01:45:…Z'); the first line is the "
                    "title; the photo's alt text is no caption; 'Tin, ảnh: Huỳnh Kim Ngân' -> author; two members' "
                    "replies and the alliance's answer are comments"]),
        dict(when=datetime(2024, 11, 12, 14, 30), author=None, doc="15/TB-LMHTX", pinned=True, parts=[
            (["Thông báo số 15/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản HTX tỉnh Bạc Liêu năm 2024",
              "Số: 15/TB-LMHTX",
              "Bạc Liêu, ngày 11 tháng 11 năm 2024"], []),
            (["Hội chợ tổ chức từ ngày 20/12 đến ngày 24/12/2024 tại Quảng trường Hùng Vương, TP Bạc Liêu. Mỗi HTX được "
              "hỗ trợ 01 gian hàng miễn phí.",
              "Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/12/2024."], []),
            (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng Nhung"],
             [], ("Thông báo 15/TB-LMHTX - Liên minh HTX tỉnh Bạc Liêu",
                  "Toàn văn thông báo và mẫu đơn đăng ký tham gia hội chợ.", "lienminhhtx.baclieu.gov.vn")),
        ], comments=[("htxvinhhau.bsky.social", "HTX Vĩnh Hậu đăng ký 01 gian hàng ạ.",
                      "Văn phòng đã ghi nhận, HTX gửi hồ sơ trước ngày 05/12 nhé.")],
             notes=["notice 'Số: 15/TB-LMHTX' dated 11/11 in its text, posted 12/11 14:30; the signer lines are text, the "
                    "account an office: no author; the link card (the portal's page: its title, description, domain) "
                    "is not text and no attachment (Bluesky takes none; the file is on another host); pinned: the "
                    "profile shows it first under 'Đã ghim' and again in its place"]),
        dict(when=datetime(2024, 11, 3, 9, 20), author="Lâm Thị Diễm", parts=[
            (["Ảnh: Mùa thu hoạch lúa - tôm ở HTX Nông nghiệp Phước Long",
              "Thành viên HTX thu hoạch lúa ST25 trên ruộng nuôi tôm càng xanh."],
             [("lua-tom-1.png", "Người nông dân gặt lúa trên cánh đồng vàng")]),
            (["Lúa được HTX thu mua tại ruộng với giá cao hơn thị trường 500 đồng/kg."],
             [("lua-tom-2.png", "Xe cày chở lúa ra bờ kênh")]),
            (["Tôm càng xanh nuôi xen trên ruộng lúa cho thu nhập thêm 60 triệu đồng/ha.", "Ảnh: Lâm Thị Diễm"],
             [("lua-tom-3.png", "Rổ tôm càng xanh vừa thu hoạch")]),
        ], comments=[("thanhtam.bsky.social", "Lúa tôm Phước Long nổi tiếng rồi!", None)],
             notes=["photo story as a thread of three posts, one photo each: the posts' lines are the captions; the "
                    "alt texts are not; 'Ảnh: Lâm Thị Diễm' -> author; the expanded post '3 thg 11, 2024 lúc 09:20'"]),
        dict(when=datetime(2024, 10, 25, 0, 15), author=None, parts=[
            (["Tuyên dương HTX, cá nhân tiêu biểu giai đoạn 2019-2024",
              "Tối 24/10, Liên minh HTX tỉnh tổ chức gặp mặt, tuyên dương 25 HTX và 30 cá nhân tiêu biểu giai đoạn "
              "2019-2024."], []),
            (["Dịp này, 5 HTX được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua."], []),
        ], comments=[],
             notes=["posted at 00:15 on 25 October about the evening before ('Tối 24/10'): the expanded post says '25 thg "
                    "10, 2024 lúc 00:15' (the viewer's Vietnam clock), article:published_time and the noscript's "
                    "indexedAt '2024-10-24T17:15:…Z' (UTC: the day before), the RSS '24 Oct 2024 17:15:…'; "
                    "published = 2024-10-25 00:15; no byline: author null"]),
        dict(when=datetime(2024, 10, 10, 10, 0), author="Trần Văn Lợi", parts=[
            (["Kỹ thuật cải tạo ao nuôi tôm sau vụ thu hoạch",
              "Các bước chính:",
              "1. Tháo cạn nước, sên vét bùn đáy ao;",
              "2. Bón vôi CaCO3 liều 10-15 kg/100 m2, phơi đáy ao 7-10 ngày;"], []),
            (["3. Lấy nước qua túi lọc, diệt tạp bằng saponin;",
              "4. Gây màu nước bằng chế phẩm vi sinh trước khi thả giống 5-7 ngày.",
              "KS. Trần Văn Lợi - Trung tâm Khuyến nông tỉnh"], []),
        ], comments=[("tranvanut.bsky.social", "Cho hỏi phơi ao mùa mưa thì sao ạ?",
                      "Mùa mưa anh rút ngắn thời gian phơi và tăng liều vôi nhé.")],
             notes=["a numbered list typed as lines ('1. …' … '4. …', one line each, over two posts), a line 'Các bước "
                    "chính:' before it; 'KS. Trần Văn Lợi - Trung tâm Khuyến nông tỉnh' -> Trần Văn Lợi"]),
        dict(when=datetime(2024, 9, 27, 16, 40), author=None, parts=[
            (["HTX Muối Đông Hải đưa muối hầm vào siêu thị",
              "Muối hầm Đông Hải của HTX Diêm nghiệp Long Điền Đông đạt chuẩn OCOP 4 sao, đã có mặt tại hệ thống siêu "
              "thị Co.opmart.",
              "Theo Báo Bạc Liêu"], [], ("Muối hầm Đông Hải vào siêu thị - Báo Bạc Liêu",
                                         "Sản phẩm muối hầm truyền thống của diêm dân Đông Hải có mặt tại hệ thống "
                                         "siêu thị lớn.", "baobaclieu.vn")),
        ], comments=[],
             notes=["a reprint closed by 'Theo Báo Bạc Liêu' with the newspaper's link card (its title and description "
                    "are not text): no author; a single post"]),
        dict(when=datetime(2024, 9, 12, 9, 0), author=None, parts=[
            (["Kinh tế tập thể tỉnh Bạc Liêu 8 tháng năm 2024",
              "Toàn tỉnh có 246 HTX đang hoạt động, trong đó:",
              "Nông nghiệp: 168 HTX",
              "Thủy sản: 41 HTX",
              "Thương mại, dịch vụ: 23 HTX",
              "Diêm nghiệp: 14 HTX"], []),
            (["Doanh thu bình quân một HTX đạt 2,3 tỷ đồng, tăng 9% so với cùng kỳ."], []),
        ], comments=[],
             notes=["figures typed as lines 'Nông nghiệp: 168 HTX' (Bluesky has no tables), one line each; no byline"]),
        dict(when=datetime(2024, 8, 29, 15, 0), author="Nguyễn Hoàng Phúc", parts=[
            (["HTX Thủy sản Tân Phong liên kết tiêu thụ cua biển cho 120 hộ",
              "HTX ký hợp đồng bao tiêu cua biển với doanh nghiệp xuất khẩu, giá ổn định 280.000 đồng/kg.",
              "Bài: Nguyễn Hoàng Phúc"], [], None, ("baobaclieu.bsky.social",
                                                    "Cua biển Bạc Liêu vào mùa, giá tăng mạnh dịp cuối tháng 8.")),
        ], comments=[],
             notes=["a quote post: the quoted post of @baobaclieu.bsky.social (its own card inside) is not the "
                    "alliance's text; 'Bài: Nguyễn Hoàng Phúc' -> author"]),
        dict(when=datetime(2024, 8, 5, 8, 0), author="Tô Minh Triết", oldest=True, parts=[
            (["Liên minh HTX tỉnh tập huấn kế toán cho 60 cán bộ HTX",
              "Từ ngày 1/8 đến ngày 3/8, Liên minh HTX tỉnh mở lớp tập huấn nghiệp vụ kế toán, thuế cho 60 cán bộ HTX."], []),
            (["Học viên được hướng dẫn sử dụng hóa đơn điện tử và phần mềm kế toán dành cho HTX.", "Tin: Tô Minh Triết"], []),
        ], comments=[],
             notes=["the oldest post: the profile's first page holds the 30 newest items (the reposts count) and "
                    "loads more only on scrolling: only the RSS /profile/<did>/rss reaches it; 'Tin: Tô Minh Triết' -> "
                    "author"]),
    ]


REPOSTS = ["Bạc Liêu có thêm 6 sản phẩm OCOP 4 sao", "Giá tôm thẻ tăng trở lại", "Vào mùa thu hoạch lúa hè thu",
           "Phát triển điện gió gắn với nuôi trồng thủy sản", "Khai mạc Festival Đờn ca tài tử", "Đẩy mạnh xuất khẩu tôm",
           "Hỗ trợ nông dân chuyển đổi số", "Nông dân Hồng Dân trúng mùa lúa - tôm", "Xây dựng vùng nguyên liệu muối sạch",
           "Khởi công cầu nối Phước Long - Hồng Dân", "Tuyên dương nông dân sản xuất giỏi", "Hội thảo nuôi tôm an toàn sinh học",
           "Phiên chợ nông sản cuối tuần", "Tập huấn bán hàng qua mạng", "Vĩnh Lợi ra mắt 3 HTX mới",
           "Chương trình mỗi xã một sản phẩm năm 2024", "Hỗ trợ vốn cho HTX khởi nghiệp", "Mùa ba khía Đông Hải",
           "Bạc Liêu đón 2 triệu lượt khách", "Cảnh báo xâm nhập mặn sớm", "Nâng chất tiêu chí nông thôn mới",
           "Giữ gìn làng nghề đan đát"]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-lieu", f"{NAME} trên Bluesky", "generic", None,
                     start_urls=["{{base:%s}}/profile/%s" % (SITE, HANDLE)],
                     feeds=["{{base:%s}}/profile/%s/rss" % (SITE, DID)])
    site.extra_boilerplate += CHROME
    specs = threads()
    all_posts: list[Post] = []
    built = []
    for spec in specs:
        own = []
        for i, part in enumerate(spec["parts"]):
            lines, images = part[0], part[1]
            p = Post(HANDLE, lines, spec["when"] + timedelta(minutes=i), list(images),
                     card=part[2] if len(part) > 2 else None, quote=part[3] if len(part) > 3 else None,
                     parent=own[-1] if own else None)
            own.append(p)
        comments = []
        for k, (who, text, answer) in enumerate(spec["comments"]):
            c = Post(who, [text], spec["when"] + timedelta(hours=2 + 5 * k, minutes=11), parent=own[0])
            comments.append(c)
            site.extra_boilerplate.append(text)
            if answer:
                comments.append(Post(HANDLE, [answer], c.when + timedelta(minutes=34), parent=c))
                site.extra_boilerplate.append(answer)
        for p in own + comments:
            p.rkey = tid(p.when, p.text)
            p.likes = 3 + len(p.text) % 40 if p.local else len(p.text) % 4
            p.reposts = len(p.text) % 9 if p.local else 0
        built.append((spec, own, comments))
        all_posts += own + comments

    def children(p: Post) -> list[Post]:
        return [x for x in all_posts if x.parent is p]

    def avatar(handle: str) -> str:
        return f"/img/avatar/plain/{hx(handle, 12)}/avatar.png"

    def text_div(p: Post) -> str:
        return (f'<div dir="auto" data-testid="postText" class="css-146c3p1 r-1xnzce8" '
                f'style="white-space: pre-wrap;">{esc(p.text)}</div>')

    def embeds(p: Post) -> str:
        out = ""
        if p.images:
            out += '<div class="css-175oi2r r-1udh08x" data-testid="contentImages">' + "".join(
                f'<div class="css-175oi2r" data-expoimage="true"><img alt="{attr(alt)}" src="/img/feed_thumbnail/plain/'
                f'{DID}/{f}" draggable="false" style="object-fit: cover;"></div>' for f, alt in p.images) + "</div>"
        if p.card:
            t, d, dom = p.card
            out += (f'<a href="{{{{base:offsite}}}}/tin-tuc/bai-viet-1.html" target="_blank" rel="noopener noreferrer" '
                    f'class="css-175oi2r r-1loqt21" aria-label="{attr(t)}"><div class="css-175oi2r"><div dir="auto" '
                    f'class="css-146c3p1 r-b88u0q" data-testid="externalEmbedTitle">{esc(t)}</div><div dir="auto" '
                    f'class="css-146c3p1">{esc(d)}</div><div class="css-175oi2r r-18u37iz"><div dir="auto" '
                    f'class="css-146c3p1">{esc(dom)}</div></div></div></a>')
        if p.quote:
            qh, qt = p.quote
            out += (f'<div class="css-175oi2r r-1udh08x" data-testid="quoteEmbed"><a href="{{{{base:offsite}}}}/" '
                    f'class="css-175oi2r" aria-label="Bài đăng của {attr(MEMBERS[qh])}"><div class="css-175oi2r r-18u37iz">'
                    f'<div dir="auto" class="css-146c3p1 r-b88u0q">{esc(MEMBERS[qh])}</div><div dir="auto" '
                    f'class="css-146c3p1">@{qh}</div><div dir="auto" class="css-146c3p1">· 22 thg 8</div></div>'
                    f'<div dir="auto" class="css-146c3p1" style="white-space: pre-wrap;">{esc(qt)}</div></a></div>')
        return out

    def profile_link(p: Post) -> str:
        return f"/profile/{p.handle}" if p.local else "{{base:offsite}}/"

    def post_link(p: Post) -> str:
        return p.path if p.local or p.parent else "{{base:offsite}}/"

    def counters_bar(p: Post) -> str:
        n_rep = len(children(p))
        return (f'<div class="css-175oi2r r-18u37iz r-1wtj0ep"><button aria-label="Trả lời ({n_rep} câu trả lời)" '
                f'data-testid="replyBtn" type="button"><div dir="auto">{n_rep}</div></button>'
                f'<button aria-label="Đăng lại ({p.reposts})" data-testid="repostBtn" type="button"><div dir="auto">'
                f'{p.reposts}</div></button><button aria-label="Thích ({p.likes})" data-testid="likeBtn" type="button">'
                f'<div dir="auto">{p.likes}</div></button></div>')

    def item(p: Post, reason: str = "") -> str:
        """A post in a list: a feed item or a reply row."""
        link = post_link(p)
        return f"""<div role="link" tabindex="0" class="css-175oi2r" data-testid="feedItem-by-{p.handle}">{reason}
<div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1ybozzo"><a href="{profile_link(p)}" aria-label="Ảnh đại diện của {attr(p.name)}"><img alt="" src="{avatar(p.handle)}" class="css-9pa8cd"></a></div>
<div class="css-175oi2r r-13awgt0"><div class="css-175oi2r r-18u37iz r-1wbh5a2"><a href="{profile_link(p)}" class="css-146c3p1 r-b88u0q" dir="auto">{esc(p.name)}</a><div dir="auto" class="css-146c3p1">@{p.handle}</div><div dir="auto" class="css-146c3p1">·</div><a href="{link}" data-tooltip="{full(p.when)}" aria-label="{full(p.when)}" class="css-146c3p1 r-1loqt21" dir="auto">{ago(p.when)}</a></div>
{text_div(p)}{embeds(p)}{counters_bar(p)}</div></div></div>"""

    def expanded(p: Post) -> str:
        liked = (f'<a href="{p.path}/reposted-by" class="css-146c3p1" dir="auto"><span class="css-1jxf684 r-b88u0q">'
                 f'{p.reposts}</span> lượt đăng lại</a> <a href="{p.path}/liked-by" class="css-146c3p1" dir="auto">'
                 f'<span class="css-1jxf684 r-b88u0q">{p.likes}</span> lượt thích</a>') if p.local else ""
        return f"""<div class="css-175oi2r" data-testid="postThreadItem-by-{p.handle}">
<div class="css-175oi2r r-18u37iz"><a href="{profile_link(p)}" aria-label="Ảnh đại diện của {attr(p.name)}"><img alt="" src="{avatar(p.handle)}" class="css-9pa8cd"></a>
<div class="css-175oi2r"><a href="{profile_link(p)}" class="css-146c3p1 r-b88u0q" dir="auto">{esc(p.name)}</a><div dir="auto" class="css-146c3p1">@{p.handle}</div></div></div>
{text_div(p)}{embeds(p)}
<div class="css-175oi2r r-18u37iz"><button type="button" class="css-175oi2r"><div dir="auto" class="css-146c3p1">Dịch</div></button></div>
<div class="css-175oi2r r-18u37iz"><div dir="auto" class="css-146c3p1 r-1enofrn">{full(p.when)}</div><div dir="auto" class="css-146c3p1"> · Mọi người có thể trả lời</div></div>
<div class="css-175oi2r r-18u37iz r-1e081e0">{liked}</div>
<div class="css-175oi2r" data-testid="threadItemActions">{counters_bar(p)}</div>
<div class="css-175oi2r" data-testid="replyPromptBtn"><div dir="auto" class="css-146c3p1">Viết câu trả lời của bạn</div></div>
</div>"""

    def shell(title: str, head: str, screen: str, noscript: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin">
<title>{esc(title)}</title>
<link rel="preload" as="script" href="/static/js/main.7c2e0a41.js">
<link rel="stylesheet" href="/static/css/main.9b3f12d8.css">
<link rel="icon" type="image/png" sizes="32x32" href="/static/favicon-32x32.png">
<meta property="og:site_name" content="Bluesky Social">
<meta name="twitter:site" content="@bluesky">
<meta name="application-name" content="Bluesky">
{head}
</head>
<body>
<div id="root"><div class="css-175oi2r r-13awgt0 r-12vffkv"><div class="css-175oi2r r-13awgt0">
<nav class="css-175oi2r" role="navigation" aria-label="Thanh điều hướng"><a href="/" class="css-175oi2r" aria-label="Bluesky"><img src="/static/logo.png" alt=""></a>
<a href="/search" aria-label="Tìm kiếm"><div dir="auto" class="css-146c3p1">Tìm kiếm</div></a><a href="/" aria-label="Bảng tin"><div dir="auto" class="css-146c3p1">Bảng tin</div></a></nav>
<main class="css-175oi2r r-13awgt0">{screen}</main>
<aside class="css-175oi2r"><div class="css-175oi2r"><div dir="auto" class="css-146c3p1">{SIGNIN}</div>
<a href="/" class="css-175oi2r"><div dir="auto" class="css-146c3p1">Tạo tài khoản</div></a><a href="/" class="css-175oi2r"><div dir="auto" class="css-146c3p1">Đăng nhập</div></a></div>
<div class="css-175oi2r r-18u37iz"><a href="{{{{base:offsite}}}}/">Quyền riêng tư</a> · <a href="{{{{base:offsite}}}}/">Điều khoản</a> · <a href="{{{{base:offsite}}}}/">Trợ giúp</a></div></aside>
</div></div></div>
<noscript><h1 lang="en">JavaScript Required</h1><p lang="en">This is a heavily interactive web application, and JavaScript is required. Simple HTML interfaces are possible, but that is not what this is.</p><p lang="en">Learn more about Bluesky at <a href="{{{{base:offsite}}}}/">bsky.social</a> and <a href="{{{{base:offsite}}}}/">atproto.com</a>.</p>{noscript}</noscript>
<script src="/static/js/main.7c2e0a41.js"></script>
</body>
</html>
"""

    def post_head(p: Post, url: str) -> str:
        desc = attr(p.text)
        imgs = "".join(f'\n<meta property="og:image" content="{{{{base}}}}/img/feed_thumbnail/plain/{DID}/{f}">'
                       for f, _ in p.images)
        card = '\n<meta name="twitter:card" content="summary_large_image">' if p.images else \
            '\n<meta name="twitter:card" content="summary">'
        return (f'<meta property="og:type" content="article">\n<meta property="profile:username" content="{p.handle}">\n'
                f'<meta property="og:url" content="{{{{base}}}}{url}">\n<meta property="og:title" content="{attr(p.name)} '
                f'(@{p.handle})">\n<meta name="description" content="{desc}">\n<meta property="og:description" '
                f'content="{desc}">{imgs}{card}\n<meta name="twitter:label1" content="Account DID">\n'
                f'<meta name="twitter:value1" content="{did_of(p.handle)}">\n<meta name="article:published_time" '
                f'content="{zulu(p.when, p.text)}">\n<link rel="alternate" type="application/json+oembed" '
                f'href="{{{{base:offsite}}}}/oembed?url={html.escape(url, quote=True)}" title="{attr(p.name)} (@{p.handle})">')

    def noscript_summary(p: Post) -> str:
        return (f'<div id="bsky_post_summary"><h3>Post</h3><p id="bsky_display_name">{esc(p.name)}</p>'
                f'<p id="bsky_handle">{p.handle}</p><p id="bsky_did">{did_of(p.handle)}</p><p id="bsky_post_text">{esc(p.text)}</p>'
                f'<p id="bsky_post_indexedat">{zulu(p.when, p.text)}</p></div>')

    def thread_page(focus: Post) -> str:
        chain = []
        x = focus.parent
        while x is not None:
            chain.insert(0, x)
            x = x.parent
        below = []

        def walk(p: Post):
            kids = sorted(children(p), key=lambda k: (not (k.local and p.local), k.when))
            for k in kids:
                below.append(k)
                walk(k)
        walk(focus)
        screen = (f'<div class="css-175oi2r" data-testid="postThreadScreen"><div class="css-175oi2r r-18u37iz">'
                  f'<a href="/profile/{HANDLE}" aria-label="Quay lại"></a><div dir="auto" class="css-146c3p1 r-b88u0q">'
                  f'Bài đăng</div></div>' + "".join(item(p) for p in chain) + expanded(focus)
                  + "".join(item(p) for p in below) + "</div>")
        first = focus.lines[0]
        title = f'{focus.name}: "{first[:50]}{"…" if len(first) > 50 else ""}" — Bluesky'
        return shell(title, post_head(focus, focus.path), screen, noscript_summary(focus))

    # post pages
    for spec, own, comments in built:
        for p in own + comments:
            if not p.local and p.parent is None:
                continue
            page = thread_page(p)
            site.page(p.path, page, content_type=HTML)
            if p.local:
                site.page(f"/profile/{DID}/post/{p.rkey}", page, content_type=HTML)
            for f, _ in p.images:
                site.binary(f"/img/feed_thumbnail/plain/{DID}/{f}", image_for(f))
        head = own[0]
        lines = [line for p in own for line in p.lines]
        body = "\n".join(lines)
        a = RichArticle(path=head.path, title=lines[0], date=spec["when"], body=body, author=spec["author"],
                        published=iso(spec["when"]), published_source="metadata",
                        evidence=["metadata", "date-element"], doc_number=spec.get("doc"), notes=spec["notes"])
        a.aliases.append(f"/profile/{DID}/post/{head.rkey}")
        site.add_article(a)
        for p in own[1:]:
            site.non_articles.append(p.path)
        for c in comments:
            site.non_articles.append(c.path)
        for kind, n, label in (("liked-by", head.likes, "Được thích bởi"), ("reposted-by", head.reposts, "Được đăng lại bởi")):
            rows = "".join(f'<div class="css-175oi2r r-18u37iz"><a href="{{{{base:offsite}}}}/" class="css-146c3p1">'
                           f'Người dùng {i + 1}</a></div>' for i in range(min(n, 5)))
            screen = (f'<div class="css-175oi2r"><div dir="auto" class="css-146c3p1 r-b88u0q">{label}</div>{rows}</div>')
            site.page(f"{head.path}/{kind}", shell(f"{label} — Bluesky", "", screen, ""))
            site.non_articles.append(f"{head.path}/{kind}")
        # also the later own posts' counters link their lists
        for p in own[1:] + [c for c in comments if c.local]:
            for kind, label in (("liked-by", "Được thích bởi"), ("reposted-by", "Được đăng lại bởi")):
                site.page(f"{p.path}/{kind}", shell(f"{label} — Bluesky", "", f'<div dir="auto">{label}</div>', ""))
                site.non_articles.append(f"{p.path}/{kind}")
    site.trap("the DID form /profile/did:plc:…/post/<rkey> (the RSS's and oEmbed's links) serves the same page: an "
              "alias", f"/profile/{DID}/post/{built[0][1][0].rkey}")
    site.trap("a thread's later posts and the replies are pages of their own (the thread above, their own time "
              "expanded, 'Viết câu trả lời của bạn'): no articles, their text belongs to the thread's first post",
              built[0][1][1].path)
    site.trap("the counters' /liked-by and /reposted-by lists under a post: no articles", f"{built[0][1][0].path}/liked-by")

    # profile: pinned post, then 30 newest feed items (roots + reposts)
    roots = [(spec, own[0]) for spec, own, _ in built]
    reposts = []
    for i, t in enumerate(REPOSTS):
        when = datetime(2024, 8, 7, 9, 0) + timedelta(days=4.6 * i, hours=i % 6)
        rp = Post("baobaclieu.bsky.social", [t], when)
        rp.rkey = tid(when, t)
        reposts.append(rp)
    feed = sorted([p for _, p in roots] + reposts, key=lambda p: p.when, reverse=True)
    first_page = feed[:30]
    oldest = [p for s, p in roots if s.get("oldest")][0]
    assert oldest not in first_page and all(p in first_page for _, p in roots if p is not oldest)
    pinned = [p for s, p in roots if s.get("pinned")][0]
    rows = [item(pinned, '<div class="css-175oi2r r-18u37iz"><div dir="auto" class="css-146c3p1">Đã ghim</div></div>')]
    for p in first_page:
        reason = ("" if p.local else f'<div class="css-175oi2r r-18u37iz"><a href="/profile/{HANDLE}" dir="auto" '
                  f'class="css-146c3p1">Đã đăng lại bởi {esc(NAME)}</a></div>')
        rows.append(item(p, reason))
    n_posts = 612
    screen = f"""<div class="css-175oi2r" data-testid="profileView"><div class="css-175oi2r" data-testid="profileHeader">
<img alt="" src="/img/banner/plain/{hx(HANDLE, 12)}/banner.png"><img alt="" src="{avatar(HANDLE)}">
<div dir="auto" class="css-146c3p1 r-b88u0q" data-testid="profileHeaderDisplayName">{esc(NAME)}</div>
<div dir="auto" class="css-146c3p1" data-testid="profileHeaderHandle">@{HANDLE}</div>
<div class="css-175oi2r r-18u37iz"><a href="/profile/{HANDLE}/followers" class="css-146c3p1"><span>1.284</span> người theo dõi</a> <a href="/profile/{HANDLE}/follows" class="css-146c3p1"><span>215</span> đang theo dõi</a> <span>{n_posts} bài đăng</span></div>
<div dir="auto" class="css-146c3p1" data-testid="profileHeaderDescription">{esc(BIO)}</div></div>
<div class="css-175oi2r r-18u37iz" role="tablist"><div role="tab" aria-selected="true"><div dir="auto">Bài đăng</div></div><div role="tab"><div dir="auto">Trả lời</div></div><div role="tab"><div dir="auto">Phương tiện</div></div></div>
<div class="css-175oi2r" data-testid="postsFeed">{''.join(rows)}</div></div>"""
    phead = (f'<meta property="og:type" content="profile">\n<meta property="profile:username" content="{HANDLE}">\n'
             f'<meta property="og:url" content="{{{{base}}}}/profile/{HANDLE}">\n<meta property="og:title" '
             f'content="{attr(NAME)} (@{HANDLE})">\n<meta name="description" content="{attr(BIO)}">\n'
             f'<meta property="og:description" content="{attr(BIO)}">\n<meta name="twitter:card" content="summary">\n'
             f'<link rel="alternate" type="application/rss+xml" href="/profile/{DID}/rss">')
    ns = (f'<div id="bsky_profile_summary"><h3>Profile</h3><p id="bsky_display_name">{esc(NAME)}</p>'
          f'<p id="bsky_handle">{HANDLE}</p><p id="bsky_did">{DID}</p><p id="bsky_profile_description">{esc(BIO)}</p></div>')
    site.page(f"/profile/{HANDLE}", shell(f"{NAME} (@{HANDLE}) — Bluesky", phead, screen, ns), content_type=HTML)
    site.page(f"/profile/{DID}", shell(f"{NAME} (@{HANDLE}) — Bluesky", phead, screen, ns), content_type=HTML)
    site.non_articles += [f"/profile/{HANDLE}", f"/profile/{DID}"]
    for kind, label in (("followers", "Người theo dõi"), ("follows", "Đang theo dõi")):
        site.page(f"/profile/{HANDLE}/{kind}", shell(f"{label} — Bluesky", "", f'<div dir="auto">{label}</div>', ""))
        site.non_articles.append(f"/profile/{HANDLE}/{kind}")
    site.trap("the profile /profile/<handle> (= /profile/<did>): the card, the pinned notice under 'Đã ghim', then the "
              "feed's first 30 items (22 are reposts of Báo Bạc Liêu, 'Đã đăng lại bởi …', linked outside the copy), "
              "relative ages with the full time in aria-label; no 'older' link (infinite scroll)", f"/profile/{HANDLE}")

    # RSS: the account's posts without reposts (roots)
    items = []
    for spec, p in sorted(roots, key=lambda r: r[1].when, reverse=True):
        u = utc(p.when)
        items.append(f"""<item>
<link>{{{{base}}}}/profile/{DID}/post/{p.rkey}</link>
<description>{esc(p.text)}</description>
<pubDate>{u:%d %b %Y %H:%M:%S} +0000</pubDate>
<guid isPermaLink="false">at://{DID}/app.bsky.feed.post/{p.rkey}</guid>
</item>""")
    site.page(f"/profile/{DID}/rss", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<description>{esc(BIO)}</description>
<link>{{{{base}}}}/profile/{HANDLE}</link>
<title>@{HANDLE} - {esc(NAME)}</title>
{''.join(items)}
</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS /profile/<did>/rss (the profile's alternate): the account's posts without reposts, the first "
              "post of each thread only, pubDate in UTC '+0000', links in the DID form; the one way to the oldest post",
              f"/profile/{DID}/rss")

    # search and home: app shells
    for path, title in (("/", "Bluesky"), ("/search", "Tìm kiếm — Bluesky")):
        site.page(path, shell(title, "", '<div class="css-175oi2r"></div>', ""))
        site.non_articles.append(path)
    site.static("/robots.txt", "# Hello Friends!\n# If you are considering bulk or automated crawling, you may want to "
                "look in to our protocol (API), including a firehose of updates. See: https://docs.bsky.app/\n"
                "# By default, may crawl anything on this domain. HTTP 429 (\"backoff\") status codes are used for "
                "rate-limiting. Up to a handful concurrent requests should be ok.\nUser-Agent: *\nAllow: /\n")
    site.binary("/static/favicon-32x32.png", image_for("favicon"))
    site.binary("/static/logo.png", image_for("logo"))
    site.binary(f"/img/banner/plain/{hx(HANDLE, 12)}/banner.png", image_for("banner"))
    for h in [HANDLE, *MEMBERS]:
        site.binary(avatar(h), image_for(h))
    return site
