"""Site `hive-htxdongthap` (registry family `generic`): "Hive HTX Đồng Tháp", a self-hosted **condenser** (the Hive
blockchain's React front end, the hive.blog code base, server-side rendered, with a Vietnamese locale file added by the
host) that shows the posts of the Đồng Tháp cooperative alliance's Hive account `@htxdongthap` and its community
`hive-175290` "Hợp tác xã Đồng Tháp". The copy is of 14 March 2025, 10:00 Vietnam time (03:00 UTC), before Đồng
Tháp merged with Tiền Giang. Written as a held-out test: no family module, no selectors.

What is an article here: a top-level post (a "root comment" of depth 0) of `@htxdongthap`. URL shapes: the post
`/<category>/@htxdongthap/<permlink>` (category = the community `hive-175290`, or for the posts written before the
community existed their first tag, `htx`): its canonical, what every listing links, 200; the short form
`/@htxdongthap/<permlink>` answers 301 to it (an alias); condenser ignores the category segment, so a post linked in
an older post under another tag (`/vietnam/@htxdongthap/<permlink>`) renders the same page with 200 (an alias).
Listings: the community's new posts `/created/hive-175290` (and `/trending/hive-175290`, other order), the account's
blog `/@htxdongthap` and posts tab `/@htxdongthap/posts`, tag lists `/trending/<tag>`, the global `/trending`,
`/hot`, `/created`; members' profiles `/@<name>`. No pagination URL (infinite scroll: the server renders the first
20); no feed, no sitemap; robots.txt disallows the login, signup and submit pages.

Why it is hard: the `<title>` is "<title> — Hive"; the only date on the page is condenser's relative age
"3 ngày trước" inside `<span title="3/11/2025, 2:20:00 AM">` (the server's `toLocaleString()`: en-US, **month first**,
**UTC**, no zone printed) and the head's `<meta name="article:published_time" content="2025-03-11T02:20:00">` (the
chain's UTC time without a zone; note `name=`, not `property=`, on every og/article tag). A post published at 06:50 on
12 February in Đồng Tháp carries "2025-02-11T23:50:00". The author link is the account with its reputation
"htxdongthap (61)": the office, never the author (a byline line closes the text when there is one). A post written with
PeakD has its `<link rel="canonical">` on peakd.com (off the site): the local URL stays the truth. Payouts
("$4.12"), votes ("38 phiếu"), the tags, the reply/share bar, the comments tree (members' replies and the alliance's
answers, nested), the "Xem thêm bài của @htxdongthap" box and the header are not text. Photo captions are the
`<div class="text-center"><sub>` lines the posts put under their pictures (condenser turns `<center>` into that
div): they are text. The oldest post (category `htx`) is not in the community: only on the account's blog and posts
tab and the tag list.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, iso
from .richbody import RichArticle, parse_rich

SITE = "hive-htxdongthap"
ACCT = "htxdongthap"
COMM = "hive-175290"
COMM_NAME = "Hợp tác xã Đồng Tháp"
NOW = datetime(2025, 3, 14, 10, 0)
REP = {"htxdongthap": 61, "nongdandt": 45, "htxtanthuan": 38, "lethanhdt": 52, "mytho-coop": 33}
CHROME = ["Bài nổi bật", "Sôi nổi", "Bài mới", "Đăng nhập", "Viết bài", "Phần thưởng đang chờ",
          "Trả lời", "Sắp xếp:", "Xem thêm bài của @htxdongthap"]


def h(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def chain(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}"


def locale_string(d: datetime) -> str:
    u = utc(d)
    hour = u.hour % 12 or 12
    return f"{u.month}/{u.day}/{u.year}, {hour}:{u:%M:%S} {'AM' if u.hour < 12 else 'PM'}"


def ago(d: datetime) -> str:
    secs = (NOW - d).total_seconds()
    if secs < 3600:
        return f"{int(secs // 60)} phút trước"
    if secs < 86400:
        return f"{int(secs // 3600)} giờ trước"
    days = round(secs / 86400)  # react-intl's FormattedRelative rounds: 42 hours are "2 ngày trước"
    if days < 30:
        return "hôm qua" if days == 1 else f"{days} ngày trước"
    months = round(days / 30.4)
    if months < 12:
        return f"{months} tháng trước"
    return "1 năm trước" if days < 730 else f"{days // 365} năm trước"


def time_span(d: datetime) -> str:
    return f'<span title="{locale_string(d)}"><span>{ago(d)}</span></span>'


def posts() -> list[dict]:
    return [
        dict(permlink="htx-thanh-long-tan-thuan-xuat-lo-hang-di-han-quoc", when=datetime(2025, 3, 12, 15, 10),
             cat=COMM, tags=[COMM, "htx", "nongnghiep", "vietnam"], app="condenser", payout="4.12", votes=38,
             title="HTX Thanh long Tân Thuận xuất lô hàng đầu tiên sang Hàn Quốc", author="Nguyễn Hữu Phước",
             body="""
Ngày 11/3, HTX Thanh long Tân Thuận (huyện Châu Thành) xuất lô hàng 12 tấn thanh long ruột đỏ đầu tiên sang thị trường Hàn Quốc.
[img thanh-long-1.png] Thành viên HTX đóng gói thanh long tại nhà sơ chế.
Để xuất khẩu, HTX đã được cấp mã số vùng trồng 25 ha và đạt chứng nhận GlobalGAP.
HTX dự kiến xuất khẩu khoảng 200 tấn thanh long trong năm 2025.
Bài, ảnh: Nguyễn Hữu Phước
""",
             comments=[("htxtanthuan", "Cảm ơn Liên minh đã đưa tin về HTX!", 70,
                        [("htxdongthap", "Chúc HTX ngày càng phát triển!", 95, [])]),
                       ("lethanhdt", "Thanh long Đồng Tháp đi Hàn Quốc, tuyệt vời.", 200, [])],
             notes=["'2 ngày trước' in span[title='3/12/2025, 8:10:00 AM'] (UTC, month first) and meta "
                    "article:published_time '2025-03-12T08:10:00' (UTC, no zone): published 2025-03-12 15:10; a "
                    "photo caption under div.text-center <sub>; 'Bài, ảnh: Nguyễn Hữu Phước' -> author; a nested "
                    "comments tree (the alliance answering a member): not text"]),
        dict(permlink="thong-bao-so-09-tb-lmhtx-ve-lop-tap-huan-ke-toan-htx", when=datetime(2025, 3, 6, 9, 30),
             cat=COMM, tags=[COMM, "htx", "thongbao"], app="condenser", payout="1.87", votes=21, doc="09/TB-LMHTX",
             title="Thông báo số 09/TB-LMHTX về lớp tập huấn kế toán HTX năm 2025", author=None,
             body="""
LIÊN MINH HỢP TÁC XÃ TỈNH ĐỒNG THÁP
Số: 09/TB-LMHTX
Đồng Tháp, ngày 05 tháng 3 năm 2025
Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho cán bộ các HTX từ ngày 24/3 đến ngày 26/3/2025 tại thành phố Cao Lãnh.
+ Mỗi HTX cử 01 đến 02 học viên là kế toán hoặc giám đốc HTX;
+ Học viên được hỗ trợ tài liệu và tiền ăn trong thời gian học;
+ Đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 18/3/2025.
CHỦ TỊCH
Huỳnh Minh Tuấn
""",
             comments=[("mytho-coop", "HTX chúng tôi đăng ký 2 học viên ạ.", 180,
                        [("htxdongthap", "Văn phòng đã ghi nhận, cảm ơn HTX.", 240, [])])],
             notes=["notice 'Số: 09/TB-LMHTX' dated 05/3 in its text, posted 06/3 09:30 ('8 ngày trước', title "
                    "'3/6/2025, 2:30:00 AM': month first, a day of 12 or less); the signer is text, no author; an "
                    "ordered list"]),
        dict(permlink="ket-qua-phat-trien-htx-nam-2024-tinh-dong-thap", when=datetime(2025, 2, 24, 14, 0),
             cat=COMM, tags=[COMM, "htx", "solieu"], app="peakd", payout="6.30", votes=54,
             title="Kết quả phát triển kinh tế tập thể tỉnh Đồng Tháp năm 2024", author=None,
             body="""
Năm 2024, kinh tế tập thể tỉnh Đồng Tháp tiếp tục tăng trưởng, nhiều HTX mở rộng liên kết tiêu thụ nông sản.
## Số liệu chính
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 268 | 291 |
| Số thành viên | 25.400 | 27.150 |
| Doanh thu bình quân một HTX (tỷ đồng) | 3,8 | 4,2 |
Liên minh HTX tỉnh đặt mục tiêu năm 2025 thành lập mới 25 HTX.
""",
             comments=[("lethanhdt", "Số liệu rất đáng mừng.", 300, [])],
             notes=["written with PeakD: <link rel='canonical'> points to peakd.com (off the site); the local "
                    "/hive-175290/@htxdongthap/… stays the path; a Markdown heading and table (one line per row); no "
                    "byline: no author"]),
        dict(permlink="htx-dich-vu-nong-nghiep-tan-binh-ra-mat-gao-thom", when=datetime(2025, 2, 12, 6, 50),
             cat=COMM, tags=[COMM, "htx", "ocop"], app="condenser", payout="2.45", votes=29,
             title="HTX Dịch vụ nông nghiệp Tân Bình ra mắt gạo thơm đạt OCOP 3 sao", author=None,
             body="""
HTX Dịch vụ nông nghiệp Tân Bình (huyện Thanh Bình) vừa ra mắt sản phẩm gạo thơm Tân Bình đạt chứng nhận OCOP 3 sao.
Sản phẩm được sản xuất trên cánh đồng lớn 150 ha theo quy trình giảm phát thải.
Theo Báo Đồng Tháp
""",
             comments=[],
             notes=["published at 06:50 on 12 February in Đồng Tháp: the title attribute '2/11/2025, 11:50:00 PM' and "
                    "article:published_time '2025-02-11T23:50:00' are the day before (UTC): published = 2025-02-12 "
                    "06:50; a reprint 'Theo Báo Đồng Tháp': no author"]),
        dict(permlink="anh-mua-sen-o-htx-sen-thap-muoi", when=datetime(2025, 1, 20, 16, 20),
             cat=COMM, tags=[COMM, "photography", "htx", "dulich"], app="condenser", payout="8.96", votes=77,
             title="Ảnh: Mùa sen ở HTX Sen Tháp Mười", author="Lê Thị Ngọc Hân",
             body="""
HTX Sen Tháp Mười vừa đưa vào khai thác tuyến tham quan đồng sen bằng xuồng cho du khách.
[img sen-1.png] Du khách chụp ảnh giữa đồng sen Tháp Mười.
[img sen-2.png] Thành viên HTX thu hoạch gương sen.
[img sen-3.png] Các sản phẩm từ sen của HTX được trưng bày tại điểm du lịch.
Ảnh: Lê Thị Ngọc Hân
""",
             comments=[("nongdandt", "Đẹp quá, cuối tuần sẽ ghé.", 60, []),
                       ("lethanhdt", "HTX có nhận khách đoàn không?", 90,
                        [("htxdongthap", "Có ạ, anh liên hệ trực tiếp HTX nhé.", 150,
                          [("lethanhdt", "Cảm ơn!", 170, [])])])],
             notes=["photo story: three <sub> captions (lines of the text); 'Ảnh: Lê Thị Ngọc Hân' -> author; a "
                    "three-level comments tree"]),
        dict(permlink="luat-htx-2023-nhung-diem-moi-can-biet", when=datetime(2024, 12, 18, 10, 45),
             cat=COMM, tags=[COMM, "htx", "phapluat"], app="condenser", payout="3.02", votes=33,
             title="Luật Hợp tác xã 2023: những điểm mới cần biết", author="Trần Văn Nhân",
             body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 với nhiều quy định mới về thành viên và quản trị.
## Thành viên
* Bổ sung thành viên liên kết không góp vốn;
* Giới hạn vốn góp của một thành viên chính thức không quá 30% vốn điều lệ.
## Tổ chức quản lý
* Cho phép lựa chọn mô hình tổ chức quản lý rút gọn;
* HTX dưới 50 thành viên có thể không lập Ban kiểm soát.
Xem lại bài [[Tổng kết công tác năm 2023|/vietnam/@htxdongthap/lien-minh-htx-dong-thap-tong-ket-nam-2023]] của Liên minh.
Trần Văn Nhân - Ban Tuyên truyền
""",
             comments=[],
             notes=["headings and lists; links the oldest post as /vietnam/@htxdongthap/… (another tag: condenser "
                    "ignores the category, 200, an alias of that post); 'Trần Văn Nhân - Ban Tuyên truyền' -> "
                    "Trần Văn Nhân"]),
        dict(permlink="tap-huan-ban-hang-tren-san-tmdt-cho-htx", when=datetime(2024, 11, 27, 8, 0),
             cat=COMM, tags=[COMM, "htx", "chuyendoiso"], app="condenser", payout="0.00", votes=12,
             title="Tập huấn bán hàng trên sàn thương mại điện tử cho HTX", author="Võ Thị Kiều",
             body="""
Ngày 26/11, Liên minh HTX tỉnh phối hợp Sở Công Thương tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho 45 HTX.
Học viên được hướng dẫn mở gian hàng, chụp ảnh sản phẩm và livestream bán hàng.
Tin: Võ Thị Kiều
""",
             comments=[],
             notes=["'4 tháng trước': the title attribute and the meta carry the time; the payout window is closed "
                    "('$0.00'); 'Tin: Võ Thị Kiều' -> author"]),
        dict(permlink="lien-minh-htx-dong-thap-tong-ket-nam-2023", when=datetime(2024, 1, 16, 9, 15),
             cat="htx", tags=["htx", "vietnam", "dongthap"], app="condenser", payout="11.40", votes=64,
             title="Liên minh HTX Đồng Tháp tổng kết công tác năm 2023", author="Võ Thị Kiều",
             body="""
Ngày 15/1, Liên minh HTX tỉnh Đồng Tháp tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, toàn tỉnh thành lập mới 27 HTX; Liên minh HTX tỉnh tổ chức 14 lớp tập huấn cho hơn 800 học viên.
Tin: Võ Thị Kiều
""",
             comments=[],
             notes=["the oldest post, written before the community existed: category 'htx' (/htx/@htxdongthap/…), "
                    "not in /created/hive-175290; only on the account's blog /@htxdongthap, its posts tab and the tag "
                    "list /trending/htx; '1 năm trước' with the exact time only in the title attribute and the meta"]),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-thap", "Hive HTX Đồng Tháp (condenser)", "generic", None,
                     start_urls=["{{base:%s}}/created/%s" % (SITE, COMM)])
    site.extra_boilerplate += CHROME
    specs = posts()
    for s in specs:
        s["path"] = f"/{s['cat']}/@{ACCT}/{s['permlink']}"

    def header() -> str:
        return """<header class="Header"><nav class="row Header__nav">
<div class="small-5 large-4 columns Header__logotype"><a href="/"><svg class="logo-new" viewBox="0 0 300 300"></svg><span class="logo-text">Hive HTX Đồng Tháp</span></a></div>
<div class="large-4 columns show-for-large large-centered Header__sort"><ul class="nav__block-list">
<li class="nav__block-list-item"><a href="/trending">Bài nổi bật</a></li>
<li class="nav__block-list-item"><a href="/hot">Sôi nổi</a></li>
<li class="nav__block-list-item"><a href="/created">Bài mới</a></li></ul></div>
<div class="small-7 large-4 columns Header__buttons">
<span class="Header__user-signup show-for-medium"><a class="Header__login-link" href="/login.html">Đăng nhập</a><a class="Header__signup-link" href="/signup">Đăng ký</a></span>
<a class="Header__submit-link" href="/submit.html">Viết bài</a>
</div></nav></header>"""

    def layout(title: str, meta: str, inner: str) -> str:
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<title>{esc(title)}</title>
{meta}
<link rel="manifest" href="/static/manifest.json"/>
<link rel="icon" type="image/png" href="/images/favicons/favicon-32x32.png" sizes="32x32"/>
<link rel="stylesheet" href="/assets/app-5b1c2f0e.css" type="text/css"/>
</head><body><div id="content"><div class="theme-light" data-reactroot=""><div class="App">
{header()}
<div class="App__content">
{inner}
</div>
</div></div></div>
<script>window.$STM_Config = {{"img_proxy_prefix":"/images/","default_locale":"vi","fb_app":"","site_domain":"hive.htxdongthap.vn"}};</script>
<script src="/assets/vendor-8d11a3c2.js"></script><script src="/assets/app-5b1c2f0e.js"></script>
</body></html>
"""

    def author_html(user: str) -> str:
        return (f'<span class="Author"><span itemProp="author" itemscope="" itemType="http://schema.org/Person"><strong>'
                f'<a href="/@{user}">{user} <span class="Reputation" title="Uy tín">({REP[user]})</span>'
                f'<span class="Icon dropdown-arrow"></span></a></strong></span></span>')

    def md_html(markup: str) -> str:
        out = []
        for b in parse_rich(markup):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h2>{esc(b.text)}</h2>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<p><img src="/images/DQm{h(b.src, 12)}/{b.src}" alt="{b.src}"/></p>')
                if b.text:
                    out.append(f'<div class="text-center"><sub>{esc(b.text)}</sub></div>')
            elif b.kind == "table":
                head, *rows = b.rows
                out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                           + "\n</tr>\n</thead>\n<tbody>\n"
                           + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                           + "</tbody>\n</table>")
        return "\n".join(out)

    def payout_html(value: str, when: datetime) -> str:
        i, d = value.split(".")
        label = "Phần thưởng đang chờ" if (NOW - when).days < 7 else "Đã trả thưởng"
        return (f'<div class="DropdownMenu"><a href="#"><span class="FormattedAsset "><span class="prefix">$</span>'
                f'<span class="integer">{i}</span><span class="decimal">.{d}</span></span>'
                f'<span class="Icon dropdown-arrow"></span></a><ul class="VerticalMenu menu vertical"><li><span>{label}'
                f'</span></li></ul></div>')

    def comment_html(s: dict, c: tuple, depth: int = 1) -> str:
        user, text, minutes, replies = c
        when = s["when"] + timedelta(minutes=minutes)
        plink = f"re-{s['permlink'][:20]}-{h(text, 6)}"
        kids = "".join(comment_html(s, r, depth + 1) for r in replies)
        kids = f'<div class="Comment__replies hfeed">{kids}</div>' if kids else ""
        return f"""<div class="hentry Comment root" id="#@{user}/{plink}">
<div class="Comment__Userpic show-for-medium"><div class="Userpic" style="background-image:url(/images/u/{user}/avatar/small)"></div></div>
<div class="Comment__header"><div class="Comment__header_collapse"><a>[-]</a></div>
<span class="Comment__header-user">{author_html(user)}</span>
&nbsp; · &nbsp;<a href="{s['path']}#@{user}/{plink}" class="PlainLink">{time_span(when)}</a></div>
<div class="Comment__body entry-content"><div class="MarkdownViewer Markdown"><div><p>{esc(text)}</p></div></div></div>
<div class="Comment__footer"><div class="Voting"><span class="Voting__inner"><span class="Voting__button Voting__button-up"><a href="#" title="Bình chọn"><span class="Icon chevron-up-circle"></span></a></span></span></div>
<span class="Comment__footer__controls"><a>Trả lời</a></span></div>
{kids}
</div>"""

    def summary_html(s: dict) -> str:
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        words = first.split()
        desc = " ".join(words[:28]) + ("…" if len(words) > 28 else "")
        img = next((b.src for b in parse_rich(s["body"]) if b.kind == "img"), None)
        thumb = (f'<span class="articles__feature-img-container"><img class="articles__feature-img" '
                 f'src="/images/DQm{h(img, 12)}/{img}" alt=""/></span>') if img else ""
        cat_label = COMM_NAME if s["cat"] == COMM else s["cat"]
        return f"""<li><article class="articles__summary"><div class="articles__summary-header"><div class="user">
<div class="user__col user__col--left"><a class="user__link" href="/@{ACCT}"><span class="Userpic" style="background-image:url(/images/u/{ACCT}/avatar/small)"></span></a></div>
<div class="user__col user__col--right">{author_html(ACCT)} trong <a href="/trending/{s['cat']}">{esc(cat_label)}</a> • <a class="timestamp__link" href="{s['path']}">{time_span(s['when'])}</a></div></div></div>
<div class="articles__content hentry">{thumb}<div class="articles__content-block articles__content-block--text">
<h2 class="articles__h2 entry-title"><a href="{s['path']}">{esc(s['title'])}</a></h2>
<div class="PostSummary__body entry-content"><a href="{s['path']}">{esc(desc)}</a></div></div>
<div class="articles__footer"><span class="Voting"><span class="Voting__inner">{payout_html(s['payout'], s['when'])}</span></span>
<span class="VotesAndComments"><span class="VotesAndComments__votes" title="{s['votes']} phiếu">{s['votes']}</span>
<span class="VotesAndComments__comments"><a title="{len(s['comments'])} bình luận" href="{s['path']}#comments">{len(s['comments'])}</a></span></span></div></div></article></li>"""

    def count_comments(cs) -> int:
        return sum(1 + count_comments(c[3]) for c in cs)

    oldest = specs[-1]
    for s in specs:
        canonical = (f"{{{{base:offsite}}}}/{s['cat']}/@{ACCT}/{s['permlink']}" if s["app"] == "peakd"
                     else f"{{{{base}}}}{s['path']}")
        lines = [x for b in parse_rich(s["body"]) for x in b.lines()]
        desc = " ".join(lines[0].split()[:30]) + f" by {ACCT}"
        img = next((b.src for b in parse_rich(s["body"]) if b.kind == "img"), None)
        image = f"{{{{base}}}}/images/DQm{h(img, 12)}/{img}" if img else f"{{{{base}}}}/images/u/{ACCT}/avatar"
        t = f"{s['title']} — Hive"
        meta = "\n".join([
            f'<link rel="canonical" href="{canonical}"/>',
            f'<meta name="description" content="{attr(desc)}"/>',
            f'<meta name="og:title" content="{attr(t)}"/>', '<meta name="og:type" content="article"/>',
            f'<meta name="og:url" content="{{{{base}}}}{s["path"]}"/>', f'<meta name="og:image" content="{image}"/>',
            f'<meta name="og:description" content="{attr(desc)}"/>', '<meta name="og:site_name" content="Hive"/>',
            f'<meta name="article:tag" content="{s["cat"]}"/>',
            f'<meta name="article:published_time" content="{chain(s["when"])}"/>',
            f'<meta name="twitter:card" content="{"summary_large_image" if img else "summary"}"/>',
            '<meta name="twitter:site" content="@hiveblocks"/>', f'<meta name="twitter:title" content="{attr(t)}"/>',
            f'<meta name="twitter:description" content="{attr(desc)}"/>', f'<meta name="twitter:image" content="{image}"/>'])
        cat_label = COMM_NAME if s["cat"] == COMM else s["cat"]
        tags = "".join(f'<a href="/trending/{x}" class="">{esc(COMM_NAME if x == COMM else x)}</a>' for x in s["tags"])
        more = [x for x in specs if x is not s][:4]
        more_html = ("<div class=\"PostFull__more\"><h5>Xem thêm bài của @htxdongthap</h5><ul>"
                     + "".join(f'<li><a href="{x["path"]}">{esc(x["title"])}</a></li>' for x in more) + "</ul></div>")
        comments = "".join(comment_html(s, c) for c in s["comments"])
        n_comments = count_comments(s["comments"])
        inner = f"""<div class="PostPage"><div class="Post"><div class="row"><div class="column">
<article class="PostFull hentry" itemscope="" itemType="http://schema.org/Blog"><span>
<div class="PostFull__header"><h1 class="entry-title">{esc(s['title'])}</h1>
<span class="PostFull__time_author_category_large vcard"><div class="Userpic" style="background-image:url(/images/u/{ACCT}/avatar/small)"></div>
<div class="right-side">{author_html(ACCT)}<span> trong <a href="/trending/{s['cat']}">{esc(cat_label)}</a></span> • <a href="{s['path']}" class="PostFull__time">{time_span(s['when'])}</a></div></span></div>
<div class="PostFull__body entry-content"><div class="MarkdownViewer Markdown html"><div>
{md_html(s['body'])}
</div></div></div></span>
<div class="TagList__horizontal">{tags}</div>
<div class="PostFull__footer row"><div class="columns medium-12 large-5"><span class="PostFull__time_author_category vcard"><span class="Icon clock space-right"></span>{time_span(s['when'])} trong <a href="/trending/{s['cat']}">{esc(cat_label)}</a> bởi {author_html(ACCT)}</span></div>
<div class="columns medium-12 large-2"><span class="Voting"><span class="Voting__inner"><span class="Voting__button Voting__button-up"><a href="#" title="Bình chọn"><span class="Icon chevron-up-circle"></span></a></span>{payout_html(s['payout'], s['when'])}<span class="DropdownMenu"><a href="#"><span>{s['votes']} phiếu</span></a></span></span></span></div>
<div class="RightShare__Menu small-11 medium-12 large-5 columns"><span class="Reblog__button"><a href="#" title="Chia sẻ lại"><span class="Icon reblog"></span></a></span>
<span class="PostFull__reply"><a>Trả lời</a></span>
<span class="PostFull__responses"><a href="{s['path']}#comments" title="{n_comments} phản hồi"><span class="Icon chatboxes space-right"></span>{n_comments}</a></span>
<span class="PostFull__views"><span class="PageViewsCounter" title="{97 + 13 * s['votes']} lượt xem"><span class="Icon eye"></span></span></span></div></div>
</article>
{more_html}
</div></div>
<div id="comments" class="Post_comments row hfeed"><div class="column large-12"><div class="Post_comments__content">
<div class="Post__comments_sort_order float-right">Sắp xếp: <span class="SortOrder"><a href="{s['path']}?sort=trending#comments">Nổi bật</a> <a href="{s['path']}?sort=votes#comments">Phiếu</a> <a href="{s['path']}?sort=new#comments">Mới nhất</a></span></div>
{comments}
<div class="Post_comments__reply"><textarea placeholder="Ý kiến của bạn"></textarea></div>
</div></div></div>
</div></div>"""
        page = layout(t, meta, inner)
        _page(site, s["path"], page)
        for sort in ("trending", "votes", "new"):
            site.same_page(f"{s['path']}?sort={sort}", s["path"])
        site.redirect(f"/@{ACCT}/{s['permlink']}", s["path"], 301)
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/images/DQm{h(b.src, 12)}/{b.src}", _png(b.src))
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"]), published_source="metadata",
                          evidence=["metadata", "date-element"], doc_number=s.get("doc"), notes=s["notes"])
        art.aliases += [f"/@{ACCT}/{s['permlink']}"] + [f"{s['path']}?sort={x}" for x in ("trending", "votes", "new")]
        if s is oldest:
            art.aliases.append(f"/vietnam/@{ACCT}/{s['permlink']}")
            site.same_page(f"/vietnam/@{ACCT}/{s['permlink']}", s["path"])
        site.add_article(art)

        def texts(cs):
            for c in cs:
                yield c[1]
                yield from texts(c[3])
        site.extra_boilerplate += list(texts(s["comments"]))
    site.trap("/@htxdongthap/<permlink> (the short form, the feed links of other front ends) answers 301 to "
              "/<category>/@htxdongthap/<permlink>: an alias", f"/@{ACCT}/{specs[0]['permlink']}")
    site.trap("comment sort links ?sort=trending|votes|new#comments render the same post (200): aliases, not "
              "articles of their own", f"{specs[0]['path']}?sort=new")

    # listings
    def listing_page(path: str, heading: str, chosen: list[dict], side: str = "") -> None:
        lis = "".join(summary_html(x) for x in chosen)
        inner = f"""<div class="PostsIndex row layout-list"><article class="articles">
<div class="articles__header row"><div class="small-8 medium-7 large-8 column"><h1 class="articles__h1 show-for-mobile">{esc(heading)}</h1></div></div>
<hr class="articles__hr"/><div id="posts_list" class="PostsList"><ul class="PostsList__summaries hfeed" itemscope="" itemType="http://schema.org/blogPosts">{lis}</ul></div>
</article><aside class="c-sidebar c-sidebar--right">{side}<div class="c-sidebar__module"><div class="c-sidebar__header"><h3 class="c-sidebar__h3">Cộng đồng</h3></div>
<div class="c-sidebar__content"><ul class="c-sidebar__list"><li class="c-sidebar__list-item"><a class="c-sidebar__link" href="/trending/{COMM}">{esc(COMM_NAME)}</a></li></ul>
<p>Mọi người đều có thể tham gia Hive</p></div></div></aside></div>"""
        meta = ('<meta name="description" content="Communities without borders. A social network owned and operated by '
                'its users, powered by Hive."/>\n<meta property="og:site_name" content="Hive"/>')
        _page(site, path, layout(f"{heading} — Hive", meta, inner))
        site.non_articles.append(path)

    comm_posts = [x for x in specs if x["cat"] == COMM]
    about = (f'<div class="c-sidebar__module"><div class="c-sidebar__header"><h3 class="c-sidebar__h3">{esc(COMM_NAME)}</h3>'
             '</div><div class="c-sidebar__content"><p>Cộng đồng tin tức kinh tế tập thể, hợp tác xã tỉnh Đồng Tháp do '
             'Liên minh HTX tỉnh quản lý.</p><p>1.284 thành viên · 37 đang hoạt động</p></div></div>')
    listing_page(f"/created/{COMM}", f"Bài mới — {COMM_NAME}", comm_posts, about)
    ranked = sorted(comm_posts, key=lambda x: -float(x["payout"]) - x["votes"] / 10)
    listing_page(f"/trending/{COMM}", f"Nổi bật — {COMM_NAME}", ranked, about)
    listing_page(f"/@{ACCT}", "Liên minh HTX Đồng Tháp (@htxdongthap)", specs,
                 '<div class="UserProfile__banner"><h1>Liên minh HTX Đồng Tháp <span class="Reputation">(61)</span></h1>'
                 '<p>Tài khoản của Liên minh Hợp tác xã tỉnh Đồng Tháp</p><p><a href="/@htxdongthap/posts">Bài viết</a> '
                 '<a href="/@htxdongthap">Blog</a></p></div>')
    listing_page(f"/@{ACCT}/posts", "Bài viết của @htxdongthap", specs)
    site.trap("the account's blog /@htxdongthap and posts tab /@htxdongthap/posts list every post, the oldest "
              "(category htx, not in the community) too", f"/@{ACCT}/posts")
    all_tags = sorted({t for x in specs for t in x["tags"]} - {COMM})
    for t in all_tags:
        listing_page(f"/trending/{t}", f"#{t}", [x for x in specs if t in x["tags"]])
    for p, name in (("/trending", "Bài nổi bật"), ("/hot", "Sôi nổi"), ("/created", "Bài mới")):
        listing_page(p, name, comm_posts[:5])
    site.same_page("/", "/trending")
    site.non_articles.append("/")

    members = sorted({u for x in specs for u in _users(x["comments"])} - {ACCT})
    for u in members:
        inner = (f'<div class="UserProfile"><div class="UserProfile__banner"><h1>{u} <span class="Reputation">({REP[u]})'
                 f'</span></h1><p>Thành viên cộng đồng {esc(COMM_NAME)}</p></div><div class="UserProfile__tab_content">'
                 f'<p>Chưa có bài viết nào.</p></div></div>')
        _page(site, f"/@{u}", layout(f"@{u} — Hive", "", inner))
        site.non_articles.append(f"/@{u}")
    for p, name in (("/login.html", "Đăng nhập"), ("/signup", "Đăng ký"), ("/submit.html", "Viết bài")):
        _page(site, p, layout(f"{name} — Hive", "", f'<div class="row"><div class="column"><h3>{name}</h3>'
                                                     f'<form action="javascript:void(0)"><input name="username"/></form>'
                                                     f"</div></div>"))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /login.html\nDisallow: /signup\nDisallow: /submit.html\n")
    site.binary("/images/favicons/favicon-32x32.png", _png("favicon"))
    site.static("/static/manifest.json", '{"name": "Hive HTX Đồng Tháp"}\n')
    return site


def _users(cs) -> set[str]:
    out = set()
    for c in cs:
        out.add(c[0])
        out |= _users(c[3])
    return out


def _png(name: str) -> bytes:
    from .core import image_for
    return image_for(name)


def _page(site: SiteBuild, path: str, content: str, content_type: str = "text/html; charset=utf-8") -> None:
    """Every page through a route: a path is often also a folder here (/news and /news/p/2)."""
    site.page(path, content, content_type=content_type)
