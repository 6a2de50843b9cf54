"""Site `anh-htxlangson` (registry family `generic`): "Ảnh HTX Lạng Sơn", the **Pixelfed 0.12** instance the Lạng Sơn
cooperative alliance's office runs for its photo news (the server-rendered post and profile views, the site's
language `vi`, `APP_TIMEZONE` left at UTC, registration closed, `MAX_CAPTION_LENGTH` raised to 2000; the copy is of
5 June 2025). The office's account `htxlangson` posts every photo; members comment. Written as a held-out test: no
family module, no selectors.

URL shapes: a post `/p/htxlangson/<id>` (an 18-digit snowflake id); `/i/web/post/<id>` (the web app's address, which
the notifications and shared links use) answers a guest with a 302 to the post: an alias; "Xem tất cả bình luận"
`/p/htxlangson/<id>/c` (the comments view: the caption again with every comment; not an article); a comment is a
status too, `/p/<member>/<id>` (a reply page); the profile `/htxlangson` (a 3 x 3 grid of thumbnails, 9 a page,
`?page=2`); the tag pages `/discover/tags/<tag>`; the Atom feed `/users/htxlangson.atom` (the 10 newest posts); the
landing page `/` with its login form; `/login`, `/register`, `/password/reset` (robots.txt disallows them);
`/site/about`, `/site/terms`.

Why it is hard: a photo post has no title: the office writes the headline as the caption's first line; the caption
is plain text turned into HTML by `nl2br` (one `<br />` per line, no `<p>`) with `#hashtags` linked, inside
`span.comment-text` beside the username, in the same `div.status-comment` block as the members' comments. The
`<title>` is Pixelfed's English "htxlangson posted a photo: 12 likes, 2 comments"; `og:description` repeats the whole
caption. Captions cannot hold a table or a file: the statistics post is an infographic whose rows the caption
restates as "- " lines, the notice is an album of its scanned pages (no PDF: no attachment), a photo story is an album
(carousel) whose photos have alt text (invisible, not text) and whose captions the office wrote into the caption as
"Ảnh 1: …" lines. The date: `div.timestamp` `<time datetime="2025-05-11T17:30:00.000000Z" title="…">11 thg 5,
2025</time>` in UTC, so the post of 00:30 on 12 May shows the 11th; no year-less date anywhere. Photos whose caption
is one line (a product, a landscape) are no articles. The oldest article is only on the profile's page 2 (and not in
the feed, which stops at the 10 newest).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_text, iso
from .richbody import RichArticle

SITE = "anh-htxlangson"
NAME = "Ảnh HTX Lạng Sơn"
USER = "htxlangson"
DISPLAY = "Liên minh HTX tỉnh Lạng Sơn"
UTC = timedelta(hours=7)
NOW = datetime(2025, 6, 5, 9, 0)
PER = 9
FEED = 10
MEMBERS = {"hoangthimai": "Hoàng Thị Mai", "htxmaulinh": "HTX Mẫu Linh", "vinhls": "Vi Văn Vinh"}
FURN = ["Xem tất cả bình luận", "lượt thích", "Đăng nhập", "Đăng ký", "Giới thiệu", "Trợ giúp",
        "Điều khoản", "Quyền riêng tư", "Được vận hành bởi Pixelfed", "Báo cáo",
        "Ảnh HTX Lạng Sơn - Liên minh Hợp tác xã tỉnh Lạng Sơn, số 2 đường Hùng Vương, TP Lạng Sơn"]
MONTHS = "thg 1,thg 2,thg 3,thg 4,thg 5,thg 6,thg 7,thg 8,thg 9,thg 10,thg 11,thg 12".split(",")


def h(text: str, n: int = 24) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def u(d: datetime) -> datetime:
    return d - UTC


def shown(d: datetime) -> str:
    x = u(d)
    return f"{x.day} {MONTHS[x.month - 1]}, {x.year}"


def ago(d: datetime) -> str:
    days = (NOW - d).days
    if days >= 7:
        return f"{days // 7} tuần"
    if days >= 1:
        return f"{days} ngày"
    return f"{int((NOW - d).total_seconds() // 3600)} giờ"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="THÔNG BÁO SỐ 11/TB-LMHTX VỀ VIỆC TỔ CHỨC HỘI NGHỊ BIỂU DƯƠNG HTX TIÊU BIỂU NĂM 2025",
          body="""
Liên minh HTX tỉnh Lạng Sơn thông báo:
Số: 11/TB-LMHTX
Lạng Sơn, ngày 27 tháng 5 năm 2025
Liên minh HTX tỉnh tổ chức Hội nghị biểu dương HTX tiêu biểu vào 8 giờ ngày 18/6/2025 tại Hội trường Liên minh HTX tỉnh.
Đề nghị các HTX có tên trong danh sách cử đại diện tham dự đầy đủ, đúng thành phần.
Danh sách HTX được biểu dương kèm theo Thông báo (ảnh 2).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lộc Văn Thắng
""", author=None, doc_number="11/TB-LMHTX",
          opts={"media": [("tb-11-trang-1", "Trang 1 Thông báo số 11/TB-LMHTX"),
                          ("tb-11-trang-2", "Trang 2: danh sách HTX được biểu dương")], "likes": 9,
                "tags": ["htx"], "comments": [("htxmaulinh", "HTX Mẫu Linh xác nhận sẽ cử Giám đốc tham dự ạ.")]},
          notes=["notice 'Số: 11/TB-LMHTX' dated 27/5 in the caption, posted 29/05 09:10 (<time datetime='2025-05-29T02:10:00"
                 ".000000Z'>29 thg 5, 2025</time>); an album of the scanned pages: Pixelfed cannot attach a PDF, no "
                 "attachment; the office account: no author; the signer is text; a member's comment beside it is not text"],
          **at(datetime(2025, 5, 29, 9, 10))),
        A(path="", title="Ảnh: HTX Hồng Vành Khuyên Bảo Lâm vào vụ thu hoạch",
          body="""
Những ngày cuối tháng 5, thành viên HTX Nông nghiệp Bảo Lâm (huyện Văn Lãng) thu hoạch hồng vành khuyên vụ sớm.
Ảnh 1: Thành viên HTX thu hái hồng trên đồi ở xã Hoàng Việt.
Ảnh 2: Hồng được tuyển chọn, đóng hộp tại xưởng sơ chế của HTX.
Ảnh 3: Sản phẩm hồng vành khuyên mang nhãn #OCOP 4 sao của HTX.
Vụ này HTX dự kiến tiêu thụ khoảng 120 tấn quả cho 65 hộ thành viên.
Ảnh: Hoàng Văn Tuấn
""", author="Hoàng Văn Tuấn",
          opts={"media": [("hong-1", "Người phụ nữ đội nón hái hồng trên đồi"),
                          ("hong-2", "Những hộp hồng xếp trên bàn trong xưởng"),
                          ("hong-3", "Hộp hồng có tem OCOP")], "likes": 24, "tags": ["htx", "ocop"],
                "comments": [("hoangthimai", "Hồng Bảo Lâm năm nay quả đẹp quá!"),
                             ("vinhls", "Cho hỏi mua hồng ở đâu ạ?")]},
          notes=["photo story: an album (carousel) of 3 photos with alt text (not text); the captions are the caption's "
                 "'Ảnh 1: …' lines (one line each, nl2br); 'Ảnh: Hoàng Văn Tuấn' closes it -> author; the hashtag "
                 "#OCOP inside a sentence is a word of the text, the closing tag line '#htx #ocop' is not"],
          **at(datetime(2025, 5, 22, 15, 30))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Lạng Sơn năm 2024",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Lạng Sơn tiếp tục phát triển ổn định (số liệu trong ảnh):
- HTX đang hoạt động: 486 HTX, tăng 5,8% so với năm 2023;
- Thành viên HTX: 11.240 người, tăng 2,4%;
- Doanh thu bình quân một HTX: 1.720 triệu đồng, tăng 7,9%;
- HTX có sản phẩm OCOP: 96 HTX, tăng 14,3%.
Năm 2025, tỉnh phấn đấu thành lập mới 45 HTX, trong đó 12 HTX ứng dụng công nghệ cao.
""", author=None,
          opts={"media": [("infographic-2024", "Bảng số liệu kinh tế tập thể tỉnh Lạng Sơn năm 2024: 486 HTX, 11.240 "
                                               "thành viên, doanh thu bình quân 1.720 triệu đồng, 96 HTX có sản phẩm OCOP")],
                "likes": 7, "tags": ["htx"], "comments": []},
          notes=["the table is an infographic (its rows only in the photo's alt text); the caption restates them as '- ' "
                 "lines (one line each, the dash kept); the office account, no byline: author null"],
          **at(datetime(2025, 5, 15, 10, 0))),
        A(path="", title="Những lưu ý khi HTX chăm sóc hồi vụ chính",
          body="""
Hồi là cây chủ lực của nhiều HTX ở Văn Quan, Bình Gia và Văn Lãng. Để cây hồi cho năng suất cao, HTX cần lưu ý:
CÁC BƯỚC CHĂM SÓC:
- Phát dọn thực bì, làm cỏ quanh gốc trước mùa mưa;
- Bón phân hữu cơ kết hợp phân NPK theo hướng dẫn;
- Tỉa cành già, cành sâu bệnh sau thu hoạch;
- Không thu hái quả non để bảo đảm chất lượng tinh dầu.
Các HTX cần liên hệ Trung tâm Khuyến nông tỉnh để được hướng dẫn cụ thể.
Lý Thị Hạnh - Trung tâm Khuyến nông
""", author="Lý Thị Hạnh",
          opts={"media": [("hoi-van-quan", "Rừng hồi xanh trên sườn đồi")], "likes": 5, "tags": ["htx"], "comments": []},
          notes=["a capitalised heading line 'CÁC BƯỚC CHĂM SÓC:' and '- ' list lines (plain caption lines, nl2br); "
                 "'Lý Thị Hạnh - Trung tâm Khuyến nông' closes it -> Lý Thị Hạnh"],
          **at(datetime(2025, 5, 6, 8, 40))),
        A(path="", title="HTX Nông nghiệp Tân Thanh phát triển vùng na Chi Lăng",
          body="""
HTX Nông nghiệp Tân Thanh (huyện Chi Lăng) hiện liên kết với 80 hộ trồng na trên diện tích 60 ha.
Sản phẩm na Chi Lăng của HTX đã được cấp mã số vùng trồng và có mặt tại các chợ đầu mối ở Hà Nội.
HTX đang hướng dẫn thành viên áp dụng quy trình VietGAP để mở rộng thị trường.
Theo Báo Lạng Sơn
""", author=None,
          opts={"media": [("na-chi-lang", "Vườn na của HTX Tân Thanh")], "likes": 12, "tags": ["htx"], "comments": []},
          notes=["closed by 'Theo Báo Lạng Sơn': a reprint, no author"],
          **at(datetime(2025, 4, 23, 14, 15))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Hữu Lũng",
          body="""
Chiều 11/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Hữu Lũng.
HTX hiện cung ứng vật tư, làm đất và tiêu thụ nông sản cho hơn 700 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay ưu đãi để đầu tư kho lạnh bảo quản nông sản.
""", author=None,
          opts={"media": [("huu-lung", "Đoàn công tác làm việc tại trụ sở HTX")], "likes": 4, "tags": ["htx"],
                "comments": []},
          notes=["posted at 00:30 on 12 May about the afternoon before: Laravel in UTC, the post shows '11 thg 5, 2025' "
                 "(<time datetime='2025-05-11T17:30:00.000000Z'>), the feed '2025-05-11T17:30:00+00:00'; published = "
                 "2025-05-12 00:30; the office account, no byline: author null"],
          **at(datetime(2025, 5, 12, 0, 30))),
        A(path="", title="HTX Mẫu Linh nâng cao giá trị sản phẩm chè Mẫu Sơn",
          body="""
HTX Mẫu Linh (huyện Lộc Bình) hiện có 25 ha chè trên núi Mẫu Sơn, sản lượng khoảng 30 tấn chè búp tươi mỗi năm.
Năm 2025, HTX đầu tư dây chuyền sao sấy và bao bì mới cho sản phẩm chè đạt OCOP 3 sao.
Nông Thị Thu
""", author="Nông Thị Thu",
          opts={"media": [("che-mau-son", "Đồi chè trên núi Mẫu Sơn")], "likes": 8, "tags": ["ocop"], "comments": []},
          notes=["the bare name 'Nông Thị Thu' closes the caption: the author"],
          **at(datetime(2025, 3, 27, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh Lạng Sơn tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 41 HTX, tổ chức 14 lớp tập huấn cho 760 lượt cán bộ HTX.
Tin, ảnh: Hoàng Minh Khôi
""", author="Hoàng Minh Khôi",
          opts={"media": [("tong-ket-2024", "Quang cảnh hội nghị tổng kết")], "likes": 6, "tags": [], "comments": []},
          notes=["the oldest article: only on the profile's page 2 (/htxlangson?page=2), not in the feed (10 newest) nor "
                 "on a tag page (no hashtag); 'Tin, ảnh: Hoàng Minh Khôi' -> author"],
          **at(datetime(2024, 12, 27, 10, 20))),
    ]


# photos with a one-line caption: posts, not articles
SHOTS = [(datetime(2025, 6, 2, 7, 45), "Bình minh trên núi Mẫu Sơn #langson", "binh-minh-mau-son"),
         (datetime(2025, 5, 18, 11, 20), "Hồng vành khuyên Bảo Lâm #ocop", "hop-hong"),
         (datetime(2025, 4, 30, 8, 0), "Mừng 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước #langson", "co-do"),
         (datetime(2025, 4, 10, 9, 30), "Rau an toàn của HTX Hoàng Đồng #htx", "rau-hoang-dong"),
         (datetime(2025, 2, 20, 15, 10), "Mùa hoa đào Mẫu Sơn #langson", "hoa-dao")]


def caption_html(lines: list[str], tags: list[str]) -> str:
    def word(w: str) -> str:
        if w.startswith("#") and len(w) > 1:
            t = w[1:].lower()
            return (f'<a href="/discover/tags/{t}?src=hash" title="{esc(w)}" class="u-url hashtag" rel="external nofollow '
                    f'noopener">{esc(w)}</a>')
        return esc(w)
    out = [" ".join(word(w) for w in line.split(" ")) for line in lines]
    if tags:
        out.append(" ".join(word("#" + t) for t in tags))
    return "<br />\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lang-son", f"{NAME} (Pixelfed 0.12)", "generic", None,
                     start_urls=["{{base:%s}}/%s" % (SITE, USER)], feeds=["{{base:%s}}/users/%s.atom" % (SITE, USER)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [{"kind": "art", "a": a, "date": a.date, "media": a.opts["media"], "tags": a.opts["tags"],
              "lines": [a.title, *a.text_lines()], "likes": a.opts["likes"], "comments": a.opts["comments"]} for a in arts]
    posts += [{"kind": "shot", "date": d, "media": [(img, "")], "tags": [], "lines": [text], "likes": 3 + len(text) % 9,
               "comments": []} for d, text, img in SHOTS]
    posts.sort(key=lambda p: p["date"])
    sid = 771203456789012300
    cid = 0
    for p in posts:
        sid += 8_123_456_789
        p["id"] = sid
        p["path"] = f"/p/{USER}/{sid}"
        p["shots"] = [f"/storage/m/_v2/{h('m' + str(sid))}/{h(img, 12)}/{h(img + 'x', 32)}.png" for img, _ in p["media"]]
        if p["kind"] == "art":
            p["a"].path = p["path"]
        p["cids"] = []
        for member, _text in p["comments"]:
            cid += 1
            p["cids"].append((member, sid + 1_000 + cid))
    posts.reverse()

    def layout(title: str, content: str, *, meta: str = "", body_class: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="mobile-web-app-capable" content="yes">
<title>{esc(title)}</title>
<meta property="og:site_name" content="{attr(NAME)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{{{{base}}}}/">
{meta}
<meta name="medium" content="image">
<meta name="theme-color" content="#10c5f8">
<link rel="manifest" href="/manifest.json">
<link rel="icon" type="image/png" href="/img/favicon.png?v=2">
<link href="/css/app.css" rel="stylesheet">
<link href="/css/landing.css" rel="stylesheet">
<script>window.App = {{config: {{"open_registration":false,"uploader":{{"max_caption_length":2000,"album_limit":10}}}}}};</script>
</head>
<body class="loggedOut{body_class}">
<nav class="navbar navbar-expand navbar-light navbar-laravel shadow-none border-bottom sticky-top py-1">
<div class="container">
<a class="navbar-brand d-flex align-items-center" href="/" title="Logo"><img src="/img/pixelfed-icon-color.svg" height="30px" class="px-2" alt="Pixelfed logo"><span class="font-weight-bold mb-0 d-none d-sm-block" style="font-size:20px;">{esc(NAME)}</span></a>
<div class="collapse navbar-collapse"><ul class="navbar-nav ml-auto">
<li><a class="nav-link font-weight-bold text-dark" href="/login" title="Đăng nhập">Đăng nhập</a></li>
<li><a class="nav-link font-weight-bold" href="/register" title="Đăng ký">Đăng ký</a></li>
</ul></div>
</div>
</nav>
<main id="content">
{content}
</main>
<footer>
<div class="container py-3">
<p class="text-center text-uppercase font-weight-bold small text-justify">
<a href="/site/about" class="text-dark pr-2">Giới thiệu</a>
<a href="/site/help" class="text-dark pr-2">Trợ giúp</a>
<a href="/site/terms" class="text-dark pr-2">Điều khoản</a>
<a href="/site/privacy" class="text-dark pr-2">Quyền riêng tư</a>
</p>
<p class="text-center small text-muted">{esc(FURN[-1])}</p>
<p class="text-center"><a href="{{{{base:offsite}}}}/pixelfed/" class="text-muted font-weight-bold small">Được vận hành bởi Pixelfed</a></p>
</div>
</footer>
<script type="text/javascript" src="/js/manifest.js"></script>
<script type="text/javascript" src="/js/vendor.js"></script>
<script type="text/javascript" src="/js/app.js"></script>
</body>
</html>
"""

    def header() -> str:
        return (f'<a href="/{USER}" class="d-flex align-items-center status-username text-truncate" data-toggle="tooltip" '
                f'data-placement="bottom" title="{USER}"><div class="status-avatar mr-2"><img src="/storage/avatars/'
                f'{h("avatar")}/avatar.png" width="24px" height="24px" style="border-radius:12px;"></div><div '
                f'class="username"><span class="username-link font-weight-bold text-dark">{USER}</span></div></a>')

    def photos(p: dict) -> str:
        if len(p["shots"]) == 1:
            return (f'<div class="filter_class"><img src="{p["shots"][0]}" width="100%" alt="{attr(p["media"][0][1])}">'
                    f"</div>")
        ind = "".join(f'<li data-target="#photoCarousel" data-slide-to="{i}" class="{"active" if i == 0 else ""}"></li>'
                      for i in range(len(p["shots"])))
        items = "".join(f'<div class="carousel-item {"active" if i == 0 else ""}"><figure class=""><img class="d-block w-100" '
                        f'src="{src}" alt="{attr(alt)}" title="{attr(alt)}" data-toggle="tooltip" data-placement="bottom">'
                        f"</figure></div>" for i, (src, (_, alt)) in enumerate(zip(p["shots"], p["media"])))
        return (f'<div id="photoCarousel" class="carousel slide carousel-fade" data-ride="carousel"><ol '
                f'class="carousel-indicators">{ind}</ol><div class="carousel-inner">{items}</div><a '
                f'class="carousel-control-prev" href="#photoCarousel" role="button" data-slide="prev"><span '
                f'class="carousel-control-prev-icon" aria-hidden="true"></span><span class="sr-only">Trước</span></a><a '
                f'class="carousel-control-next" href="#photoCarousel" role="button" data-slide="next"><span '
                f'class="carousel-control-next-icon" aria-hidden="true"></span><span class="sr-only">Tiếp</span></a></div>')

    def comments_html(p: dict) -> str:
        return "".join(
            f'<p class="mb-1"><span class="font-weight-bold pr-1"><bdi><a class="text-dark" href="/{m}">{m}</a></bdi></span>'
            f'<span class="comment-text" v-pre>{esc(text)} <a href="/p/{m}/{c}" class="text-dark small font-weight-bold '
            f'float-right pl-2">{ago(p["date"] + timedelta(hours=5))}</a></span></p>'
            for (m, text), (_, c) in zip(p["comments"], p["cids"]))

    def post_page(p: dict) -> str:
        cap = caption_html(p["lines"], p["tags"])
        x = u(p["date"])
        stamp = (f'<time datetime="{x:%Y-%m-%dT%H:%M:%S}.000000Z" title="{shown(p["date"])} {x:%H:%M}">{shown(p["date"])}'
                 f"</time>")
        side = (f'<div class="col-12 col-md-4 px-0 d-flex flex-column border-left border-md-left-0"><div class="d-md-flex '
                f'd-none align-items-center justify-content-between card-header py-3 bg-white">{header()}<div '
                f'class="float-right"><div class="dropdown"><button class="btn btn-link text-dark no-caret dropdown-toggle" '
                f'type="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" title="Tùy chọn bài đăng">'
                f'<span class="fas fa-ellipsis-v text-muted"></span></button><div class="dropdown-menu dropdown-menu-right">'
                f'<a class="dropdown-item font-weight-bold" href="/login">Báo cáo</a></div></div></div></div>'
                f'<div class="d-flex flex-md-column flex-column-reverse h-100"><div class="card-body status-comments">'
                f'<div class="status-comment"><p class="mb-1"><span class="font-weight-bold pr-1">{USER}</span><span '
                f'class="comment-text" v-pre>{cap}</span></p><p class="mb-1"><a href="{p["path"]}/c" class="text-muted">'
                f'Xem tất cả bình luận</a></p><div class="comments">{comments_html(p)}</div></div></div>'
                f'<div class="card-body flex-grow-0 py-1"><div class="likes font-weight-bold mb-0"><span class="like-count" '
                f'data-count="{p["likes"]}">{p["likes"]}</span> lượt thích</div><div class="timestamp"><a href="{p["path"]}" '
                f'class="small text-muted">{stamp}</a></div></div></div><div class="card-footer bg-white sticky-md-bottom">'
                f'<form class="comment-form" method="post" action="/i/comment"><input class="form-control" name="comment" '
                f'placeholder="Thêm bình luận…" autocomplete="off" disabled></form></div></div>')
        content = (f'<div class="container px-0 mt-md-4"><div class="card card-md-rounded-0 status-container '
                   f'orientation-landscape"><div class="row mx-0"><div class="d-flex d-md-none align-items-center '
                   f'justify-content-between card-header bg-white w-100">{header()}</div><div class="col-12 col-md-8 '
                   f'status-photo px-0">{photos(p)}</div>{side}</div></div></div>')
        plain = "\n".join(p["lines"] + [" ".join("#" + t for t in p["tags"])]).strip()
        meta = (f'<meta property="og:description" content="{attr(plain)}">\n<meta property="og:image" content="{{{{base}}}}'
                f'{p["shots"][0]}">\n<link href="{{{{base}}}}{p["path"]}" rel="alternate" type="application/activity+json">')
        n = len(p["comments"])
        return layout(f"{USER} posted a photo: {p['likes']} likes, {n} comments", content, meta=meta)

    comment_strings = set()
    for p in posts:
        site.page(p["path"], post_page(p))
        alias = f"/i/web/post/{p['id']}"
        site.redirect(alias, p["path"], 302)
        for src in p["shots"]:
            site.binary(src, image_for(src))
        cpage = (f'<div class="container mt-4"><div class="card"><div class="card-body"><p><a href="{p["path"]}">'
                 f'{header()}</a></p><p class="mb-1"><span class="font-weight-bold pr-1">{USER}</span><span '
                 f'class="comment-text">{caption_html(p["lines"], p["tags"])}</span></p><hr><div class="comments">'
                 f'{comments_html(p) or "<p class=text-muted>Chưa có bình luận.</p>"}</div></div></div></div>')
        # a route, not a file: the post's own path is a file already
        site.page(f"{p['path']}/c", layout(f"Bình luận - {USER}", cpage), content_type="text/html; charset=UTF-8")
        site.non_articles.append(f"{p['path']}/c")
        for (m, text), (_, c) in zip(p["comments"], p["cids"]):
            comment_strings.add(text)
            reply = (f'<div class="container mt-4"><div class="card"><div class="card-body"><p class="small text-muted">'
                     f'Trả lời <a href="{p["path"]}">bài đăng của {USER}</a></p><p><span class="font-weight-bold pr-1">'
                     f'<a href="/{m}">{m}</a></span><span class="comment-text">{esc(text)}</span></p></div></div></div>')
            site.page(f"/p/{m}/{c}", layout(f"{m}: {text[:30]}", reply))
            site.non_articles.append(f"/p/{m}/{c}")
        if p["kind"] == "art":
            p["a"].aliases.append(alias)
            site.add_article(p["a"])
        else:
            site.non_articles.append(p["path"])
    site.extra_boilerplate += sorted(comment_strings)
    site.trap("/i/web/post/<id> (the web app's address, in shared links) answers a guest with a 302 to "
              "/p/htxlangson/<id>: an alias", f"/i/web/post/{posts[0]['id']}")
    site.trap("'Xem tất cả bình luận' /p/htxlangson/<id>/c repeats the caption with the comments, and every comment is "
              "a status with its own page /p/<member>/<id>: not articles", f"{arts[1].path}/c")
    site.trap("photos whose caption is one line (a product, a landscape, a greeting) are posts, not articles",
              next(p["path"] for p in posts if p["kind"] == "shot"))

    def grid(items: list[dict]) -> str:
        cells = "".join(
            f'<div class="col-4 p-1 p-sm-2 p-md-3"><a class="card info-overlay card-md-border-0" href="{p["path"]}">'
            f'<div class="square"><div class="square-content" style="background-image: url({p["shots"][0]})"></div>'
            f'<div class="info-overlay-text"><h5 class="text-white m-auto font-weight-bold"><span><span class="far '
            f'fa-heart fa-lg p-2 d-flex-inline"></span><span class="d-flex-inline">{p["likes"]}</span></span></h5></div>'
            f'</div></a></div>' for p in items)
        return f'<div class="row">{cells}</div>'

    pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for n, chunk in enumerate(pages, 1):
        path = f"/{USER}" if n == 1 else f"/{USER}?page={n}"
        pager = '<ul class="pagination" role="navigation">'
        pager += (f'<li class="page-item"><a class="page-link" href="/{USER}?page={n - 1}" rel="prev">« Trước</a></li>'
                  if n > 1 else '<li class="page-item disabled"><span class="page-link">« Trước</span></li>')
        pager += (f'<li class="page-item"><a class="page-link" href="/{USER}?page={n + 1}" rel="next">Tiếp »</a></li>'
                  if n < len(pages) else '<li class="page-item disabled"><span class="page-link">Tiếp »</span></li>')
        pager += "</ul>"
        head = (f'<div class="bg-white py-5 border-bottom"><div class="container"><div class="row"><div class="col-12 '
                f'col-md-4 d-flex"><div class="profile-avatar mx-auto"><img class="rounded-circle box-shadow" src="/storage/'
                f'avatars/{h("avatar")}/avatar.png" width="172px" height="172px"></div></div><div class="col-12 col-md-8 '
                f'd-flex align-items-center"><div class="profile-details"><div class="username-bar pb-2"><span '
                f'class="font-weight-ultralight h1">{USER}</span></div><div class="profile-stats pb-3 d-inline-flex lead">'
                f'<div class="font-weight-light pr-5"><span class="font-weight-bold">{len(posts)}</span> Bài đăng</div>'
                f'<div class="font-weight-light pr-5"><span class="font-weight-bold">318</span> Người theo dõi</div>'
                f'</div><p class="lead mb-0 d-flex align-items-center"><span class="font-weight-bold pr-3">{esc(DISPLAY)}'
                f'</span></p><p class="mb-0 lead">Ảnh hoạt động của Liên minh HTX tỉnh và các HTX thành viên.</p></div>'
                f"</div></div></div></div>")
        content = (head + f'<div class="container"><div class="profile-timeline mt-2 mt-md-4">{grid(chunk)}</div>'
                   f'<div class="d-flex justify-content-center">{pager}</div></div>')
        meta = (f'<link href="{{{{base}}}}/users/{USER}" rel="alternate" type="application/activity+json">\n'
                f'<link href="{{{{base}}}}/users/{USER}.atom" rel="alternate" type="application/atom+xml" '
                f'title="{attr(DISPLAY)}">')
        site.page(path, layout(f"{DISPLAY} (@{USER}) - {NAME}", content, meta=meta))
        site.non_articles.append(path)
    site.trap("the profile /htxlangson: a 3 x 3 grid of thumbnails (the like counts, no caption), 9 a page; ?page=2 "
              "holds the oldest posts", f"/{USER}?page=2")
    for m, name in MEMBERS.items():
        site.page(f"/{m}", layout(f"{name} (@{m}) - {NAME}", f'<div class="container py-5"><span class="h1">{m}</span>'
                                  f'<p class="lead">{esc(name)}</p><p>Tài khoản này chưa đăng ảnh nào.</p></div>'))
        site.non_articles.append(f"/{m}")

    tags = sorted({t.lower() for p in posts for t in p["tags"]}
                  | {w[1:].lower() for p in posts for line in p["lines"] for w in line.split(" ") if w.startswith("#")})
    for t in tags:
        tagged = [p for p in posts if t in p["tags"] or any(f"#{t}" in line.lower() for line in p["lines"])]
        content = (f'<div class="container"><div class="profile-header row my-5"><div class="col-12 col-md-9 d-flex '
                   f'align-items-center"><div class="profile-details"><div class="username-bar pb-2 d-flex align-items-center">'
                   f'<span class="font-weight-ultralight h1">#{t}</span></div><p class="font-weight-light">{len(tagged)} bài '
                   f'đăng</p></div></div></div><div class="tag-timeline">{grid(tagged)}</div></div>')
        site.page(f"/discover/tags/{t}", layout(f"#{t} - {NAME}", content))
        site.same_page(f"/discover/tags/{t}?src=hash", f"/discover/tags/{t}")
        site.non_articles.append(f"/discover/tags/{t}")
    site.trap("the hashtags link /discover/tags/<tag>?src=hash (the tag page: a grid): not articles", "/discover/tags/htx")

    landing = (f'<div class="container"><div class="row py-5"><div class="col-md-6"><h1 class="font-weight-bold">{esc(NAME)}'
               f'</h1><p class="lead">Ảnh hoạt động của Liên minh Hợp tác xã tỉnh Lạng Sơn.</p><p><a href="/{USER}">Xem ảnh '
               f'của {esc(DISPLAY)}</a></p></div><div class="col-md-6"><form method="POST" action="/login"><input type="email" '
               f'name="email" placeholder="Email"><input type="password" name="password" placeholder="Mật khẩu"><button '
               f'type="submit">Đăng nhập</button></form><p><a href="/password/reset">Quên mật khẩu?</a></p></div></div></div>')
    site.page("/", layout(NAME, landing, body_class=" landing-page"))
    site.non_articles.append("/")
    for path, title, text in [("/site/about", "Giới thiệu", "Máy chủ Pixelfed của Liên minh HTX tỉnh Lạng Sơn."),
                              ("/site/help", "Trợ giúp", "Hướng dẫn sử dụng Pixelfed."),
                              ("/site/terms", "Điều khoản", "Điều khoản sử dụng."),
                              ("/site/privacy", "Quyền riêng tư", "Chính sách quyền riêng tư.")]:
        site.page(path, layout(f"{title} - {NAME}", f'<div class="container py-5"><h3 class="font-weight-bold">{title}</h3>'
                               f"<p>{text}</p></div>"))
        site.non_articles.append(path)
    for path, title in [("/login", "Đăng nhập"), ("/register", "Đăng ký"), ("/password/reset", "Đặt lại mật khẩu")]:
        site.page(path, layout(f"{title} - {NAME}", f'<div class="container py-5"><h3>{title}</h3><form method="POST" '
                               f'action="{path}"><input name="email"><input type="password" name="password"></form></div>'))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\nDisallow: /password/\n"
                "Disallow: /settings/\nDisallow: /account/\nDisallow: /i/admin/\n")
    site.trap("robots.txt disallows /login (the top bar's 'Đăng nhập', the landing page's form, 'Báo cáo'), /register "
              "and /password/: never fetched", "/login")

    entries = []
    for p in posts[:FEED]:
        x = u(p["date"])
        cap = caption_html(p["lines"], p["tags"])
        imgs = "".join(f'<p><img src="{{{{base}}}}{src}" alt="{attr(alt)}"></p>' for src, (_, alt) in zip(p["shots"], p["media"]))
        entries.append(f"<entry><id>{{{{base}}}}{p['path']}</id><title>{esc(p['lines'][0])}</title><updated>"
                       f"{x:%Y-%m-%dT%H:%M:%S}+00:00</updated><content type=\"html\">{esc(imgs + '<p>' + cap + '</p>')}"
                       f"</content><link rel=\"alternate\" href=\"{{{{base}}}}{p['path']}\"/><summary type=\"html\">"
                       f"{esc(p['lines'][0])}</summary><media:content url=\"{{{{base}}}}{p['shots'][0]}\" type=\"image/png\""
                       f" medium=\"image\"/></entry>")
    site.page(f"/users/{USER}.atom", '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
              f'xmlns:media="http://search.yahoo.com/mrss/"><id>{{{{base}}}}/users/{USER}.atom</id><title>{USER} on '
              f'{esc(NAME)}</title><subtitle type="html">Ảnh hoạt động của Liên minh HTX tỉnh và các HTX thành viên.'
              f'</subtitle><updated>{u(posts[0]["date"]):%Y-%m-%dT%H:%M:%S}+00:00</updated><author><name>{USER}</name>'
              f'<uri>{{{{base}}}}/{USER}</uri></author><link rel="alternate" type="text/html" href="{{{{base}}}}/{USER}"/>'
              f'<link rel="self" type="application/atom+xml" href="{{{{base}}}}/users/{USER}.atom"/>{"".join(entries)}</feed>\n',
              content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom feed /users/htxlangson.atom (the 10 newest posts; the caption's first line as <title>): <updated> in "
              "UTC '+00:00'", f"/users/{USER}.atom")
    site.page(f"/users/{USER}", '{"@context":"https://www.w3.org/ns/activitystreams","type":"Person","id":"{{base}}/users/'
              f'{USER}","preferredUsername":"{USER}","name":"{DISPLAY}","url":"{{{{base}}}}/{USER}"}}\n',
              content_type="application/activity+json")
    site.static("/manifest.json", '{"name":"Ảnh HTX Lạng Sơn","short_name":"Pixelfed","start_url":"/"}\n')
    site.binary("/img/favicon.png", image_for("favicon"))
    site.static("/img/pixelfed-icon-color.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30"></svg>\n')
    site.binary(f"/storage/avatars/{h('avatar')}/avatar.png", image_for("avatar"))
    return site
