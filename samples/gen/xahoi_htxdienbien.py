"""Site `xahoi-htxdienbien` (registry family `generic`): "Xã hội HTX Điện Biên", the **Hubzilla 8** hub the Điện Biên
cooperative alliance's office runs (the `redbasic` theme, the hub's language `vi`, the system timezone left at UTC;
the channel `htxdienbien` with the Articles and Webpages apps; the channel's "items per page" set to 5; the copy is
of 12 June 2025). Written as a held-out test: no family module, no selectors.

URL shapes: the channel stream `/channel/htxdienbien` and `?page=2`, `?page=3` (the pager "cũ hơn" / "mới hơn"); a
post `/item/<uuid>` (its permalink, "Liên kết cố định" in the item menu); the same thread inside the channel
`/channel/htxdienbien?mid=b64.<base64url of the permalink>` ("Xem trong ngữ cảnh" under a post: an alias); the
Articles app `/articles/htxdienbien` and its articles `/articles/htxdienbien/<slug>` (the article item is also
`/item/<uuid>`: an alias); webpages `/page/htxdienbien/<slug>` (the channel menu's "Giới thiệu", "Liên hệ": pages);
the profile `/profile/htxdienbien`; files `/attach/<hash>`; the Atom feed `/feed/htxdienbien` (the 10 newest stream
posts, not the articles); the hashtag search `/search?tag=<tag>`, `/login`, `/register`, `/lostpass` (robots.txt
disallows them).

Why it is hard: the post's title is `div.wall-item-title.h3` (no heading element), the `<title>` is the title with the
hub's name; the body is bbcode rendered with `nl2br`: `div.wall-item-body` holds text lines separated by `<br />`
(an empty line between paragraphs: `<br /><br />`), `<h3>` headings, `ul.listbullet` lists, a bordered table
(`table.table.table-responsive.table-bordered`), `img.zrl` photos followed by an `<em>` caption line; a hashtag line
at the end. The date: `div.wall-item-ago` `<small class="autotime" title="2025-06-02T17:40:00+00:00"><time
class="dt-published" datetime="2025-06-02T17:40:00+00:00">1 tuần trước</time></small>`: a relative age and an ISO
time in UTC (the post of 00:40 on 3 June is the 2nd there). Around it: the author block (the channel's name: the
office, no author; a closing byline names the writer), the item menu, the paperclip dropdown (the notice's PDF
`/attach/<hash>`: its only link), "3 Thích", the comments (other channels' words, never the article), the ACL lock
("Công khai" on the articles), the left aside's channel profile (the vcard: name, place, "Kết nối"). One-line
statuses without a title are no articles. The oldest post is only on the stream's page 3 (not in the feed).
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "xahoi-htxdienbien"
NAME = "Xã hội HTX Điện Biên"
NICK = "htxdienbien"
HUB = "https://xahoi.lienminhhtxdienbien.vn"
CHANNEL = "Liên minh HTX tỉnh Điện Biên"
UTC = timedelta(hours=7)
NOW = datetime(2025, 6, 12, 9, 0)
PER = 5
FEED = 10
OTHERS = {"lothithu": "Lò Thị Thu", "htxmuongthanh": "HTX Nông nghiệp Mường Thanh", "quangvh": "Quàng Văn Hải"}
FURN = ["Đăng nhập", "Đăng ký", "Ứng dụng", "Thư mục", "Trợ giúp", "Kết nối", "Xem trong ngữ cảnh", "Liên kết cố định",
        "Thích", "Công khai", "Hồ sơ kênh", "Chuyên mục", "Tìm kiếm",
        "Liên minh Hợp tác xã tỉnh Điện Biên - Số 868 đường Võ Nguyên Giáp, TP Điện Biên Phủ"]


def uid(text: str) -> str:
    return str(uuid.UUID(hashlib.md5(text.encode()).hexdigest()))


def b64(text: str) -> str:
    return "b64." + base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def utc_iso(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}+00:00"


def relative(d: datetime) -> str:
    s = (NOW - d).total_seconds()
    days = s / 86400
    if days >= 365:
        n, unit = int(days // 365), "năm"
    elif days >= 30:
        n, unit = int(days // 30), "tháng"
    elif days >= 7:
        n, unit = int(days // 7), "tuần"
    elif days >= 1:
        n, unit = int(days), "ngày"
    else:
        n, unit = int(s // 3600), "giờ"
    return f"{n} {unit} trước"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP vùng Tây Bắc năm 2025",
          body="""
LIÊN MINH HTX TỈNH ĐIỆN BIÊN
Số: 05/TB-LMHTX
Điện Biên, ngày 02 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP vùng Tây Bắc năm 2025
Hội chợ OCOP vùng Tây Bắc năm 2025 diễn ra từ ngày 10/7 đến ngày 14/7/2025 tại TP Điện Biên Phủ.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Mạnh
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/attach/" + hashlib.sha1(b"tb05").hexdigest()[:24], "text": "TB-05-LMHTX-2025.pdf"}],
          opts={"app": "stream", "tags": ["htx", "ocop"], "likes": 5,
                "comments": [("htxmuongthanh", "HTX Mường Thanh đã gửi phiếu đăng ký gạo Điện Biên, mong được hỗ trợ ạ.")]},
          notes=["notice 'Số: 05/TB-LMHTX' dated 02/6 in its text, posted 04/06 08:30 (wall-item-ago '1 tuần trước', "
                 "title/datetime '2025-06-04T01:30:00+00:00'); the channel is the office: no author; the signer is text; "
                 "the PDF is only in the paperclip dropdown (/attach/<hash>, 'TB-05-LMHTX-2025.pdf'): an attachment; a "
                 "member cooperative's comment under it is not text; the closing hashtag line '#htx #ocop' is not text"],
          **at(datetime(2025, 6, 4, 8, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Thanh Xương",
          body="""
Chiều 2/6, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Thanh Xương (huyện Điện Biên).
HTX hiện liên kết sản xuất 150 ha lúa Bắc Hương, Séng Cù với hơn 300 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX đầu tư máy sấy lúa và xây dựng nhãn hiệu gạo của HTX.
""", author=None,
          opts={"app": "stream", "tags": ["htx"], "likes": 3, "comments": []},
          notes=["posted at 00:40 on 3 June about the afternoon before: the markup gives UTC only ('1 tuần trước', "
                 "title/datetime '2025-06-02T17:40:00+00:00', the feed '2025-06-02T17:40:00Z'); published = 2025-06-03 "
                 "00:40; the office channel, no byline: author null"],
          **at(datetime(2025, 6, 3, 0, 40))),
        A(path="", title="Ảnh: Mùa thu hoạch cà phê Mường Ảng",
          body="""
Các thành viên HTX Cà phê Mường Ảng đang thu hoạch, sơ chế cà phê theo quy trình chế biến ướt.
[img ca-phe-1.png] Thành viên HTX thu hái cà phê chín đỏ trên đồi
[img ca-phe-2.png] Cà phê được phơi trên giàn tại sân phơi của HTX
[img ca-phe-3.png] Sản phẩm cà phê rang xay Mường Ảng đạt OCOP 4 sao
Năm nay HTX dự kiến thu mua khoảng 400 tấn cà phê quả tươi của các hộ thành viên.
""", byline="Ảnh: Quàng Thị Duyên", author="Quàng Thị Duyên",
          opts={"app": "articles", "slug": "mua-thu-hoach-ca-phe-muong-ang", "tags": ["htx", "caphe"], "likes": 9,
                "comments": [("quangvh", "Cà phê Mường Ảng thơm lắm, ủng hộ HTX!")]},
          notes=["an article of the Articles app (/articles/htxdienbien/<slug>; its /item/<uuid> is an alias): photos "
                 "img.zrl each followed by an <em> caption line (nl2br, one line each); 'Ảnh: Quàng Thị Duyên' closes "
                 "it -> author; the lock 'Công khai' and the categories are furniture"],
          **at(datetime(2025, 5, 26, 15, 0))),
        A(path="", title="Kết quả hoạt động của khu vực kinh tế tập thể tỉnh Điện Biên năm 2024",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Điện Biên tiếp tục phát triển cả về số lượng và chất lượng.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 398 | 107,0 |
| Thành viên HTX | người | 7.650 | 104,1 |
| Doanh thu bình quân một HTX | triệu đồng | 1.380 | 109,3 |
| HTX có sản phẩm OCOP | HTX | 58 | 118,4 |
Năm 2025, tỉnh phấn đấu thành lập mới 35 HTX, trong đó 8 HTX ứng dụng công nghệ cao.
""", byline="Lò Thị Thu", author="Lò Thị Thu",
          opts={"app": "articles", "slug": "ket-qua-kinh-te-tap-the-2024", "tags": ["solieu"], "likes": 4, "comments": []},
          notes=["an article with a bordered bbcode table (th in the first row): one line per row; the bare name 'Lò Thị "
                 "Thu' closes it -> author (the channel is the office)"],
          **at(datetime(2025, 5, 14, 10, 15))),
        A(path="", title="Những lưu ý khi HTX trồng mắc ca trên đất dốc",
          body="""
Mắc ca là cây trồng được nhiều HTX ở Tuần Giáo, Mường Ảng lựa chọn để phủ xanh đất dốc và tăng thu nhập.
### Các bước kỹ thuật chính
* Đào hố theo đường đồng mức, bón lót phân hữu cơ hoai mục;
* Trồng cây ghép có nguồn gốc rõ ràng, mật độ 250 đến 300 cây/ha;
* Trồng xen cây họ đậu trong 3 năm đầu để giữ đất;
* Tỉa cành tạo tán sau mỗi vụ thu hoạch.
HTX cần liên hệ Trung tâm Khuyến nông tỉnh để được hướng dẫn chọn giống phù hợp.
""", byline="Nguyễn Văn Sơn - Trung tâm Khuyến nông", author="Nguyễn Văn Sơn",
          opts={"app": "articles", "slug": "luu-y-trong-mac-ca-tren-dat-doc", "tags": ["kythuat"], "likes": 6,
                "comments": []},
          notes=["an article with a [h3] heading and a [list] (ul.listbullet); 'Nguyễn Văn Sơn - Trung tâm Khuyến nông' "
                 "closes it -> Nguyễn Văn Sơn"],
          **at(datetime(2025, 4, 28, 9, 0))),
        A(path="", title="Gạo Điện Biên của HTX Mường Thanh vào siêu thị",
          body="""
HTX Nông nghiệp Mường Thanh vừa ký hợp đồng đưa sản phẩm gạo Điện Biên vào hệ thống siêu thị tại Hà Nội.
Mỗi tháng HTX cung ứng khoảng 20 tấn gạo đóng túi mang nhãn hiệu chứng nhận Gạo Điện Biên.
HTX đang mở rộng vùng nguyên liệu lên 120 ha theo tiêu chuẩn VietGAP.
""", byline="Theo Báo Điện Biên Phủ", author=None,
          opts={"app": "stream", "tags": ["htx", "ocop"], "likes": 8, "comments": []},
          notes=["closed by 'Theo Báo Điện Biên Phủ': a reprint, no author"],
          **at(datetime(2025, 5, 8, 14, 30))),
        A(path="", title="HTX Chè Tủa Chùa giữ nghề chè Shan tuyết cổ thụ",
          body="""
HTX Chè Tủa Chùa hiện quản lý 80 ha chè Shan tuyết cổ thụ tại xã Sín Chải và Tả Sìn Thàng.
Sản phẩm chè Shan tuyết Tủa Chùa của HTX đã đạt chứng nhận OCOP 4 sao và được xuất khẩu sang châu Âu.
""", author="Quàng Văn Hải",
          opts={"app": "stream", "by": "quangvh", "tags": ["htx"], "likes": 7, "comments": []},
          notes=["posted on the office's wall by another channel (Quàng Văn Hải, a staff member: 'Quàng Văn Hải qua Liên minh "
                 "HTX tỉnh Điện Biên', wall-to-wall), no byline: the writer is the author"],
          **at(datetime(2025, 4, 16, 16, 20))),
        A(path="", title="Liên minh HTX tỉnh Điện Biên tổng kết công tác năm 2024",
          body="""
Ngày 24/12, Liên minh HTX tỉnh Điện Biên tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 32 HTX, tổ chức 10 lớp tập huấn cho 520 lượt cán bộ HTX.
""", byline="Tin, ảnh: Lường Văn Tiến", author="Lường Văn Tiến",
          opts={"app": "stream", "tags": [], "likes": 2, "comments": []},
          notes=["the oldest post: only on the stream's last page (/channel/htxdienbien?page=3), not in the feed (10 "
                 "newest), no hashtag; 'Tin, ảnh: Lường Văn Tiến' -> author"],
          **at(datetime(2024, 12, 25, 15, 0))),
    ]


STATUSES = [(datetime(2025, 6, 9, 7, 30), "Chúc các HTX một tuần làm việc hiệu quả! #htx"),
            (datetime(2025, 5, 30, 17, 0), "Lịch tiếp công dân tháng 6 của Liên minh HTX tỉnh đã được niêm yết tại trụ sở."),
            (datetime(2025, 5, 19, 8, 0), "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)."),
            (datetime(2025, 5, 7, 7, 0), "Kỷ niệm 71 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2025)! #dienbien"),
            (datetime(2025, 4, 30, 7, 15), "Chào mừng 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước! #dienbien"),
            (datetime(2025, 3, 8, 8, 0), "Chúc mừng Ngày Quốc tế Phụ nữ 8/3 tới chị em trong các HTX! #htx"),
            (datetime(2025, 2, 12, 9, 0), "Mùa hoa ban nở trắng núi rừng Điện Biên. #dienbien")]


def body_html(a: RichArticle) -> str:
    """bbcode through Hubzilla's renderer: nl2br, an empty line between paragraphs."""
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(inline_html(b.text) + "<br /><br />")
        elif b.kind == "h":
            parts.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            tag, style = ("ul", "circle") if b.kind == "ul" else ("ol", "decimal")
            parts.append(f'<{tag} class="listbullet" style="list-style-type: {style};">'
                         + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{tag}>")
        elif b.kind == "table":
            head, *rows = b.rows
            parts.append('<table class="table table-responsive table-bordered"><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                         + "</tr>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                         + "</table>")
        elif b.kind == "img":
            src = f"/photo/{hashlib.sha1(b.src.encode()).hexdigest()[:32]}-2.png"
            parts.append(f'<img class="zrl" loading="eager" style="max-width: 100%;" src="{src}" alt="Hình ảnh/ảnh" />'
                         + "<br />" + (f"<em>{esc(b.text)}</em><br /><br />" if b.text else "<br />"))
    if a.byline:
        parts.append(f"<strong>{esc(a.byline)}</strong><br /><br />")
    tags = a.opts.get("tags") or []
    if tags:
        parts.append(" ".join(f'#<a href="/search?tag={t}" class="zrl" rel="nofollow noopener">{t}</a>' for t in tags))
    return "".join(parts)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dien-bien", f"{NAME} (Hubzilla 8)", "generic", None,
                     start_urls=["{{base:%s}}/channel/%s" % (SITE, NICK)], feeds=["{{base:%s}}/feed/%s" % (SITE, NICK)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    items = [{"kind": "art", "a": a, "date": a.date, "app": a.opts["app"], "by": a.opts.get("by", NICK)} for a in arts]
    items += [{"kind": "status", "text": t, "date": d, "app": "stream", "by": NICK} for d, t in STATUSES]
    items.sort(key=lambda x: x["date"], reverse=True)
    iid = 2450
    for it in sorted(items, key=lambda x: x["date"]):
        iid += 3
        it["id"] = iid
        it["uuid"] = uid(f"item{iid}")
        it["plink"] = f"/item/{it['uuid']}"
        it["mid"] = b64(HUB + it["plink"])  # the mid keeps the hub's public address
        if it["kind"] == "art":
            a = it["a"]
            a.path = f"/articles/{NICK}/{a.opts['slug']}" if it["app"] == "articles" else it["plink"]
            a.opts["it"] = it
    stream = [it for it in items if it["app"] == "stream"]
    arts_app = [it for it in items if it["app"] == "articles"]
    names = {NICK: CHANNEL, **OTHERS}

    def nav() -> str:
        return (f'<nav class="navbar fixed-top navbar-expand-lg navbar-dark bg-dark"><div class="container-fluid flex-nowrap">'
                f'<a class="navbar-brand" href="/">{esc(NAME)}</a><div class="navbar-nav flex-row">'
                f'<a class="nav-link" href="/login" title="Đăng nhập"><i class="bi bi-box-arrow-in-right"></i> Đăng nhập</a>'
                f'<a class="nav-link" href="/register" title="Đăng ký"><i class="bi bi-person-plus"></i> Đăng ký</a>'
                f'<a class="nav-link" href="/directory" title="Thư mục">Thư mục</a>'
                f'<a class="nav-link" href="/help" title="Trợ giúp">Trợ giúp</a>'
                f'<span class="nav-link dropdown-toggle" data-bs-toggle="dropdown">Ứng dụng</span></div>'
                f'<form class="d-flex" method="get" action="/search" role="search"><input class="form-control" name="search" '
                f'placeholder="Tìm kiếm" type="text"><button class="btn" type="submit">Tìm kiếm</button></form></div></nav>')

    def aside() -> str:
        return (f'<aside id="region_1"><div class="aside_spacer_top_left"></div><div class="aside_spacer_left">'
                f'<div class="widget vcard"><div id="profile-photo-wrapper"><img class="photo" src="/photo/profile/300/'
                f'{iid}.png" alt="{attr(CHANNEL)}"></div><div class="fn p-name">{esc(CHANNEL)}</div><div class="p-addr">'
                f'{NICK}@{SITE}</div><div class="location">Điện Biên Phủ, Điện Biên</div><div class="profile-connect">'
                f'<a href="/login" class="btn btn-success btn-sm"><i class="bi bi-plus-lg"></i> Kết nối</a></div>'
                f'<a href="/profile/{NICK}" class="btn btn-outline-secondary btn-sm">Hồ sơ kênh</a></div>'
                f'<div class="widget"><h3>Chuyên mục</h3><ul class="nav nav-pills flex-column"><li class="nav-item"><a '
                f'class="nav-link" href="/channel/{NICK}">Bài đăng</a></li><li class="nav-item"><a class="nav-link" '
                f'href="/articles/{NICK}">Bài viết</a></li><li class="nav-item"><a class="nav-link" href="/page/{NICK}/'
                f'gioi-thieu">Giới thiệu</a></li><li class="nav-item"><a class="nav-link" href="/page/{NICK}/lien-he">'
                f'Liên hệ</a></li></ul></div></div></aside>')

    def layout(title: str, content: str, *, feed: bool = True, canonical: str = "") -> str:
        alt = (f'<link rel="alternate" type="application/atom+xml" title="{attr(CHANNEL)}" href="/feed/{NICK}" />'
               if feed else "")
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}" />' if canonical else ""
        return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="vi">
<head>
  <title>{esc(title)}</title>
  <script>var baseurl="{{{{base}}}}"; var aStr = {{}};</script>
  <meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
  <meta name="viewport" content="width=device-width, height=device-height, initial-scale=1, user-scalable=0" />
  <meta name="generator" content="hubzilla 8.8.4" />
  {alt}{canon}
  <link rel="shortcut icon" href="/images/hz-32.png" />
  <link rel="stylesheet" href="/view/theme/redbasic/php/style.css" type="text/css" media="screen">
  <script src="/view/js/main.js"></script>
</head>
<body class="">
<header></header>
{nav()}
<main class="main">
<div class="content">
{aside()}
<section id="region_2">
{content}
<div id="page-end"></div>
</section>
</div>
</main>
<footer><div class="text-muted small">{esc(FURN[-1])}</div></footer>
</body>
</html>
"""

    def thread(it: dict, *, in_context: bool = True, mid_view: bool = False) -> str:
        n = it["id"]
        by = it["by"]
        wall = ""
        if by != NICK:
            wall = (f'&nbsp;qua&nbsp;<a href="/channel/{NICK}" title="{attr(CHANNEL)}" class="wall-item-name-link"><span '
                    f'class="wall-item-name" id="wall-item-ownername-{n}"><bdi>{esc(CHANNEL)}</bdi></span></a>')
        if it["kind"] == "art":
            a = it["a"]
            title = (f'<div class="p-2 wall-item-title h3 rounded-top" id="wall-item-title-{n}">{esc(a.title)}</div>'
                     f'<hr class="m-0">')
            body = body_html(a)
            likes, comments, atts = a.opts["likes"], a.opts["comments"], a.attachments
        else:
            title, likes, comments, atts = "", 1 + n % 4, [], []
            words = [f'#<a href="/search?tag={w[1:]}" class="zrl" rel="nofollow noopener">{w[1:]}</a>' if w.startswith("#")
                     else esc(w) for w in it["text"].split(" ")]
            body = " ".join(words)
        lock = ""
        if it["app"] == "articles":
            lock = (f'<div class="float-start dropdown wall-item-lock"><i class="bi bi-unlock lockview" data-bs-toggle="dropdown" '
                    f'title="Công khai"></i>&nbsp;<span class="text-muted small">Công khai</span></div>')
        attach = ""
        if atts:
            attach = ('<div class=""><button type="button" class="btn btn-sm btn-link link-secondary wall-item-attach" '
                      f'data-bs-toggle="dropdown" id="attachment-menu-{n}"><i class="bi bi-paperclip generic-icons"></i></button>'
                      '<div class="dropdown-menu dropdown-menu-end">' + "".join(
                          f'<a class="dropdown-item" href="{x["path"]}" title="{attr(x["text"])}"><i class="bi '
                          f'bi-file-earmark-pdf"></i> {esc(x["text"])}</a>' for x in atts) + "</div></div>")
        kids = ""
        for i, (who, text) in enumerate(comments):
            when = it["date"] + timedelta(hours=4 + 3 * i, minutes=5)
            kids += (f'<div id="thread-wrapper-{n * 10 + i}" class="thread-wrapper u-comment h-cite"><div class="wall-item-outside-'
                     f'wrapper comment"><div class="p-2 wall-item-head clearfix"><div class="lh-sm text-end float-end"><div '
                     f'class="wall-item-ago opacity-75"><small class="autotime" title="{utc_iso(when)}"><time class="dt-published" '
                     f'datetime="{utc_iso(when)}">{relative(when)}</time></small></div></div><div class="wall-item-author"><a '
                     f'href="/channel/{who}" class="lh-sm wall-item-name-link u-url"><span class="wall-item-name"><bdi>'
                     f'{esc(OTHERS[who])}</bdi></span></a></div></div><div class="p-2 clrearfix wall-item-content"><div '
                     f'class="wall-item-body">{esc(text)}</div></div></div></div>')
        conv = (f'<div class="p-2 wall-item-conv" id="wall-item-conv-{n}"><a href="/channel/{NICK}?mid={it["mid"]}" '
                f'id="context-{n}" title="Xem trong ngữ cảnh">Xem trong ngữ cảnh</a></div>' if in_context else "")
        return (f'<div id="thread-wrapper-{n}" class="thread-wrapper toplevel_item card clearfix generic-content-wrapper mt-2 mb-2"'
                f' data-b64mids=\'["{it["mid"]}"]\'><a name="{n}" ></a><div class="clearfix wall-item-outside-wrapper" '
                f'id="wall-item-outside-wrapper-{n}"><div class="wall-item-content-wrapper" id="wall-item-content-wrapper-{n}">'
                f'{title}<div class="p-2 wall-item-head"><div class="lh-sm text-end float-end"><div class="wall-item-ago '
                f'opacity-75" id="wall-item-ago-{n}"><small class="autotime" title="{utc_iso(it["date"])}"><time '
                f'class="dt-published" datetime="{utc_iso(it["date"])}">{relative(it["date"])}</time></small></div></div>'
                f'<div class="float-start wall-item-info pe-2"><div class="wall-item-photo-wrapper h-card p-author"><img '
                f'src="/photo/profile/m/{n}.png" class="fakelink wall-item-photo u-photo p-name" alt="{attr(names[by])}" '
                f'loading="lazy" /></div></div><div class="wall-item-author">{lock}<div class="text-truncate"><a '
                f'href="/channel/{by}" class="lh-sm wall-item-name-link u-url"><span class="wall-item-name" '
                f'id="wall-item-name-{n}"><bdi>{esc(names[by])}</bdi></span></a>{wall}</div><small class="lh-sm text-truncate '
                f'd-block wall-item-addr opacity-75">{by}@{SITE}</small></div></div><div class="p-2 clrearfix wall-item-content"'
                f' id="wall-item-content-{n}"><div class="wall-item-body" id="wall-item-body-{n}">{body}</div></div>'
                f'<div class="p-2 clearfix wall-item-tools"><div class="float-end wall-item-tools-right hstack gap-1">{attach}'
                f'<div class=""><button type="button" class="btn btn-sm btn-link link-secondary" data-bs-toggle="dropdown" '
                f'id="wall-item-menu-{n}"><i class="bi bi-three-dots-vertical generic-icons"></i></button><div class="dropdown-menu '
                f'dropdown-menu-end"><a class="dropdown-item" href="{it["plink"]}" title="Liên kết cố định"><i class="generic-'
                f'icons-nav bi bi-box-arrow-up-right"></i>Liên kết cố định</a></div></div></div><div class="wall-item-tools-left '
                f'hstack gap-1"><div class="btn-group"><button type="button" class="btn btn-sm btn-link link-secondary '
                f'dropdown-toggle wall-item-like" data-bs-toggle="dropdown" id="wall-item-like-{n}">{likes} Thích</button></div>'
                f'</div></div></div>{conv}</div>{kids}</div>')

    comment_strings = set()
    for it in items:
        if it["kind"] != "art":
            continue
        a = it["a"]
        page = layout(f"{a.title} - {NAME}", thread(it), canonical=a.path)
        site.page(a.path, page)
        if it["app"] == "articles":
            site.same_page(it["plink"], a.path)
            a.aliases.append(it["plink"])
        ctx = f"/channel/{NICK}?mid={it['mid']}"
        site.page(ctx, layout(f"{CHANNEL} - {NAME}", thread(it, in_context=False)))
        a.aliases.append(ctx)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/photo/{hashlib.sha1(b.src.encode()).hexdigest()[:32]}-2.png", image_for(b.src))
        for x in a.attachments:
            name = "_files/tb-05-lmhtx-2025.pdf"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH DIEN BIEN", "THONG BAO SO 05/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        for _, text in a.opts["comments"]:
            comment_strings.add(text)
        site.add_article(a)
    for it in items:
        if it["kind"] == "status":
            site.page(it["plink"], layout(f"{CHANNEL} - {NAME}", thread(it)))
            ctx = f"/channel/{NICK}?mid={it['mid']}"
            site.page(ctx, layout(f"{CHANNEL} - {NAME}", thread(it, in_context=False)))
            site.non_articles += [it["plink"], ctx]
    site.extra_boilerplate += sorted(comment_strings)
    site.trap("'Xem trong ngữ cảnh' under every post opens /channel/htxdienbien?mid=b64.<permalink>: the same thread in "
              "the channel: an alias", f"/channel/{NICK}?mid={stream[0]['mid']}")
    site.trap("one-line statuses without a title (/item/<uuid>) are posts, not articles", next(
        it["plink"] for it in items if it["kind"] == "status"))

    # the channel stream, 5 a page
    pages = [stream[i:i + PER] for i in range(0, len(stream), PER)]
    for n, chunk in enumerate(pages, 1):
        path = f"/channel/{NICK}" if n == 1 else f"/channel/{NICK}?page={n}"
        pager = '<div class="pager">'
        if n > 1:
            prev = f"/channel/{NICK}" if n == 2 else f"/channel/{NICK}?page={n - 1}"
            pager += f'<a href="{prev}" class="pager-newer btn btn-outline-secondary">mới hơn</a> '
        if n < len(pages):
            pager += f'<a href="/channel/{NICK}?page={n + 1}" class="pager-older btn btn-outline-secondary">cũ hơn</a>'
        pager += "</div>"
        content = (f'<div class="cover-photo"><h1 class="cover-photo-title">{esc(CHANNEL)}</h1></div>'
                   f'<div id="conversation-end"></div><div class="generic-content-wrapper">'
                   + "".join(thread(it) for it in chunk) + f"</div>{pager}")
        site.page(path, layout(f"{CHANNEL} - {NAME}", content))
        site.non_articles.append(path)
    site.trap("the channel stream /channel/htxdienbien (whole posts, 5 a page; the pager 'cũ hơn' ?page=2, ?page=3): "
              "the last page holds the oldest post", f"/channel/{NICK}?page={len(pages)}")

    lis = "".join(
        f'<div class="article-summary card mb-2"><div class="card-body"><h3><a href="{it["a"].path}">{esc(it["a"].title)}</a>'
        f'</h3><p class="text-muted small"><small class="autotime" title="{utc_iso(it["date"])}"><time datetime="'
        f'{utc_iso(it["date"])}">{relative(it["date"])}</time></small></p><p>{esc(it["a"].summary())}</p></div></div>'
        for it in arts_app)
    # a route, not a file: the articles' own paths are below it
    site.page(f"/articles/{NICK}", layout(f"Bài viết - {CHANNEL} - {NAME}", f'<h2>Bài viết</h2><div class="articles-list">'
                                                                            f"{lis}</div>"),
              content_type="text/html; charset=utf-8")
    site.non_articles.append(f"/articles/{NICK}")
    site.trap("the Articles app list /articles/htxdienbien (titles, ages, summaries): not an article",
              f"/articles/{NICK}")
    for slug, title, text in [("gioi-thieu", "Giới thiệu Liên minh HTX tỉnh Điện Biên",
                               "Liên minh Hợp tác xã tỉnh Điện Biên là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền "
                               "lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh."),
                              ("lien-he", "Liên hệ", esc(FURN[-1]) + " - ĐT: 0215.3825.118")]:
        site.page(f"/page/{NICK}/{slug}", layout(f"{title} - {NAME}", f'<div class="page-content"><h2>{esc(title)}</h2>'
                                                                    f"<p>{text}</p></div>"))
        site.non_articles.append(f"/page/{NICK}/{slug}")
    site.trap("webpages /page/htxdienbien/gioi-thieu and /lien-he (the channel menu): pages, not articles",
              f"/page/{NICK}/gioi-thieu")
    site.page(f"/profile/{NICK}", layout(f"{CHANNEL} - {NAME}", f'<div class="profile-content"><h2>{esc(CHANNEL)}</h2><dl>'
                                                               f"<dt>Địa chỉ</dt><dd>TP Điện Biên Phủ</dd><dt>Giới thiệu</dt>"
                                                               f"<dd>Kênh chính thức của Liên minh HTX tỉnh.</dd></dl></div>"))
    site.non_articles.append(f"/profile/{NICK}")
    for who, name in OTHERS.items():
        own = [it for it in items if it["by"] == who]
        site.page(f"/channel/{who}", layout(f"{name} - {NAME}", f'<h1 class="cover-photo-title">{esc(name)}</h1>'
                                            + "".join(thread(it) for it in own), feed=False))
        site.non_articles.append(f"/channel/{who}")
    for path, title in [("/directory", "Thư mục"), ("/help", "Trợ giúp"), ("/", NAME)]:
        site.page(path, layout(title, f'<h2>{esc(title)}</h2><p><a href="/channel/{NICK}">{esc(CHANNEL)}</a></p>',
                               feed=False))
        site.non_articles.append(path)
    for path, title in [("/login", "Đăng nhập"), ("/register", "Đăng ký"), ("/lostpass", "Quên mật khẩu")]:
        site.page(path, layout(title, f'<h2>{title}</h2><form method="post" action="{path}"><input name="username">'
                               f'<input type="password" name="password"></form>', feed=False))
        site.never_fetched.append(path)
    tags = sorted({t for it in items if it["kind"] == "art" for t in it["a"].opts["tags"]}
                  | {w[1:] for it in items if it["kind"] == "status" for w in it["text"].split(" ") if w.startswith("#")})
    for t in tags:
        site.page(f"/search?tag={t}", layout(f"Tìm kiếm - {NAME}", f"<h2>#{t}</h2>", feed=False))
        site.never_fetched.append(f"/search?tag={t}")
    site.static("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /login\nDisallow: /register\n"
                "Disallow: /lostpass\n")
    site.trap("robots.txt disallows /search (every hashtag links /search?tag=…), /login ('Đăng nhập', 'Kết nối'), "
              "/register and /lostpass: never fetched", "/search?tag=htx")

    entries = []
    for it in stream[:FEED]:
        if it["kind"] == "art":
            title, html = it["a"].title, body_html(it["a"])
        else:
            title, html = "", esc(it["text"])
        x = it["date"] - UTC
        entries.append(f"<entry><author><name>{esc(names[it['by']])}</name><uri>{{{{base}}}}/channel/{it['by']}</uri></author>"
                       f"<id>{{{{base}}}}{it['plink']}</id><title>{esc(title)}</title><published>{x:%Y-%m-%dT%H:%M:%S}Z"
                       f"</published><updated>{x:%Y-%m-%dT%H:%M:%S}Z</updated><content type=\"html\">{esc(html)}</content>"
                       f"<link rel=\"alternate\" type=\"text/html\" href=\"{{{{base}}}}{it['plink']}\" /></entry>")
    site.page(f"/feed/{NICK}", '<?xml version="1.0" encoding="utf-8" ?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
              f'xmlns:thr="http://purl.org/syndication/thread/1.0"><id>{{{{base}}}}/channel/{NICK}</id><title>{esc(CHANNEL)}'
              f'</title><generator uri="https://hubzilla.org" version="8.8.4">Hubzilla</generator><link rel="alternate" '
              f'type="text/html" href="{{{{base}}}}/channel/{NICK}" /><updated>{(stream[0]["date"] - UTC):%Y-%m-%dT%H:%M:%S}Z'
              f'</updated>{"".join(entries)}</feed>\n', content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom feed /feed/htxdienbien (the 10 newest stream posts, not the articles): published in UTC 'Z'",
              f"/feed/{NICK}")
    site.binary("/images/hz-32.png", image_for("hz"))
    return site
