"""Site `mangxh-htxcaobang` (registry family `generic`): "Mạng xã hội HTX Cao Bằng", the **diaspora\\* 0.7** pod the Cao
Bằng cooperative alliance's office runs for its members (the default `diaspora*` look, the pod's language `vi`; Rails
in UTC; public posts only are visible to a guest; the copy is of 2 June 2025). The office's account `htxcaobang`
posts the alliance's news; a staff member and a member cooperative post too. Written as a held-out test: no family
module, no selectors.

URL shapes: a post `/posts/<id>` (the numeric id: the stream's permalinks, canonical in `og:url`); the same post by its
federation guid `/posts/<guid>` (the comments' and the reshares' links: an alias) and by the short route `/p/<id>`
(the Atom feed's links: an alias); profiles `/people/<guid>` with their public stream (15 posts, then "Cũ hơn" to
`/people/<guid>?max_time=<epoch>`), `/u/<username>` (302 to the profile); the tag streams `/tags/<tag>`; the Atom
feed `/public/<username>.atom` (the 15 newest public posts); `/users/sign_in` ("Đăng nhập") and `/users/sign_up`
("Đăng ký"); the pod's `/about`-like `/statistics`; robots.txt is the Rails default (everything allowed).

Why it is hard: a post has no title field: the office writes a markdown heading (`## …`) as the first line, which
diaspora renders as an `<h2>` inside `div.markdown-content`, and the `<title>` is that heading followed by the pod's
name; posts without a heading (a one-line status, a photo with a sentence) are no articles. The body is the
markdown output: `<p>`, `<h3>`, lists, a table (Redcarpet's tables), inline images each followed by its italic caption
paragraph. diaspora cannot attach files: the notice is a post with its scanned first page as a photo
(`div.photo_attachments`), so there is no attachment. The only date is `<time datetime="2025-05-14T17:20:00Z"
class="timeago" title="2025-05-14T17:20:00Z"></time>` (empty: jQuery timeago fills it in the browser), in UTC: the
post of 00:20 on 15 May is dated the 14th in the markup. Around the post: the author's avatar and name (the office
account, no author; a closing byline names the writer), "Công khai", the likes ("4 lượt thích"), the comments
(members' words, never the article), a reshare of a post ("Chia sẻ lại từ …": the reshare's own page repeats the
root post; not an article). The oldest article is only on page 2 of the office's stream (`?max_time=`), not in the
feed, and has no tag.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso
from .richbody import RichArticle

SITE = "mangxh-htxcaobang"
NAME = "Mạng xã hội HTX Cao Bằng"
UTC = timedelta(hours=7)
PER = 15
USERS = {"htxcaobang": ("Liên minh HTX tỉnh Cao Bằng", "Cao Bằng"),
         "nongthihoa": ("Nông Thị Hoa", "Văn phòng Liên minh HTX tỉnh Cao Bằng"),
         "htxtrungkhanh": ("HTX Dịch vụ nông nghiệp Trùng Khánh", "Trùng Khánh, Cao Bằng"),
         "hoangvannam": ("Hoàng Văn Nam", "Hòa An, Cao Bằng")}
FURN = ["Đăng nhập", "Đăng ký", "Công khai", "Chia sẻ lại", "Bình luận", "Thích", "Liên kết cố định",
        "Bạn cần đăng nhập để bình luận.", "Dự án diaspora*", "Điều khoản dịch vụ", "Thống kê pod",
        "Mạng xã hội của Liên minh Hợp tác xã tỉnh Cao Bằng - Số 042 Hoàng Đình Giong, TP Cao Bằng"]


def g(text: str, n: int = 32) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def z(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%SZ}"


def time_el(d: datetime) -> str:
    return f'<time datetime="{z(d)}" class="timeago" title="{z(d)}"></time>'


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 14/TB-LMHTX về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Cao Bằng năm 2025",
          body="""
LIÊN MINH HTX TỈNH CAO BẰNG
Số: 14/TB-LMHTX
Cao Bằng, ngày 26 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Cao Bằng năm 2025
Hội chợ diễn ra từ ngày 20/6 đến ngày 24/6/2025 tại Quảng trường Cao Bằng, với quy mô 120 gian hàng.
Liên minh HTX tỉnh hỗ trợ 40 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 10/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bế Thị Hồng Vân
""", author=None, doc_number="14/TB-LMHTX",
          opts={"by": "htxcaobang", "tags": ["htx", "ocop"], "likes": 6, "scan": "tb-14-lmhtx-trang-1",
                "comments": [("htxtrungkhanh", "HTX Trùng Khánh xin đăng ký 2 gian hàng hạt dẻ và miến dong ạ.")]},
          notes=["notice 'Số: 14/TB-LMHTX' dated 26/5 in its text, posted 28/05 08:45 (<time datetime='2025-05-28T01:45:00Z'>, "
                 "empty: timeago fills it in the browser); posted by the office account: no author; the signer is text; "
                 "diaspora cannot attach files: its scanned first page is a photo attachment (no PDF, no attachment); a "
                 "member cooperative's comment under it is not text; the closing tag line '#htx #ocop' neither"],
          **at(datetime(2025, 5, 28, 8, 45))),
        A(path="", title="Ảnh: Người dân Trùng Khánh vào mùa thu hoạch hạt dẻ",
          body="""
Những ngày này, thành viên HTX Dịch vụ nông nghiệp Trùng Khánh tất bật thu hái, sơ chế hạt dẻ vụ sớm.
[img de-trung-khanh-1.png] Thành viên HTX thu nhặt hạt dẻ dưới tán rừng dẻ Trùng Khánh
[img de-trung-khanh-2.png] Hạt dẻ được phân loại theo kích cỡ trước khi rang
[img de-trung-khanh-3.png] Sản phẩm hạt dẻ rang đóng túi mang nhãn OCOP của HTX
Vụ này HTX dự kiến thu mua khoảng 35 tấn hạt dẻ tươi của các hộ thành viên.
""", byline="Ảnh: Đàm Văn Lợi", author="Đàm Văn Lợi",
          opts={"by": "htxcaobang", "tags": ["htx", "trungkhanh"], "likes": 11,
                "comments": [("hoangvannam", "Hạt dẻ Trùng Khánh năm nay hạt to, bùi lắm!")]},
          notes=["photo story: markdown images inline, each followed by its italic caption paragraph (one line each); "
                 "the office account posted it, 'Ảnh: Đàm Văn Lợi' closes it -> author"],
          **at(datetime(2025, 5, 20, 16, 10))),
        A(path="", title="Kết quả hoạt động của khu vực kinh tế tập thể tỉnh Cao Bằng năm 2024",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Cao Bằng tiếp tục tăng về số lượng và chất lượng hoạt động.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 412 | 106,2 |
| Thành viên HTX | người | 9.870 | 103,5 |
| Doanh thu bình quân một HTX | triệu đồng | 1.460 | 108,1 |
| HTX có sản phẩm OCOP | HTX | 74 | 115,6 |
Năm 2025, tỉnh phấn đấu thành lập mới 40 HTX, trong đó 10 HTX liên kết theo chuỗi giá trị.
""", author="Nông Thị Hoa",
          opts={"by": "nongthihoa", "tags": ["htx", "solieu"], "likes": 3, "comments": []},
          notes=["a markdown table (Redcarpet: thead th, tbody td): one line per row; posted by the staff member Nông "
                 "Thị Hoa, no byline: she is the author; the office account reshares it ('Chia sẻ lại' on its stream, "
                 "the reshare's own /posts/<id> page is not an article)"],
          **at(datetime(2025, 5, 9, 10, 30))),
        A(path="", title="Những lưu ý khi HTX trồng thuốc lá vụ xuân theo hướng an toàn",
          body="""
Vụ xuân năm 2025, các HTX trên địa bàn tỉnh trồng hơn 3.200 ha thuốc lá, tập trung ở Hòa An, Quảng Hòa và Trùng Khánh.
### Các bước kỹ thuật chính
+ Chọn giống được doanh nghiệp bao tiêu cung ứng, gieo ươm cây con trong khay;
+ Bón lót phân hữu cơ hoai mục, hạn chế phân đạm;
+ Vun gốc, ngắt ngọn đúng thời điểm để lá dày, đều màu;
+ Sấy lá trong lò sấy cải tiến, tiết kiệm củi.
HTX cần ghi chép nhật ký sản xuất để được doanh nghiệp thu mua đúng giá hợp đồng.
""", byline="Lương Văn Hùng - Trung tâm Khuyến nông", author="Lương Văn Hùng",
          opts={"by": "htxcaobang", "tags": ["htx", "kythuat"], "likes": 4, "comments": []},
          notes=["an h3 (markdown ###) and a numbered list (<ol>); the office account posted it, 'Lương Văn Hùng - Trung "
                 "tâm Khuyến nông' closes the text -> Lương Văn Hùng"],
          **at(datetime(2025, 4, 24, 9, 0))),
        A(path="", title="Miến dong Nguyên Bình vào vụ sản xuất chính",
          body="""
Các hộ làm miến dong ở xã Thể Dục, huyện Nguyên Bình đang vào vụ sản xuất chính của năm.
HTX Miến dong Nguyên Bình hiện bao tiêu sản phẩm cho 45 hộ thành viên, sản lượng khoảng 80 tấn miến mỗi năm.
Sản phẩm miến dong của HTX đã đạt chứng nhận OCOP 4 sao và có mặt tại nhiều tỉnh phía Bắc.
""", byline="Theo Báo Cao Bằng", author=None,
          opts={"by": "htxcaobang", "tags": ["htx", "ocop"], "likes": 5, "comments": []},
          notes=["closed by 'Theo Báo Cao Bằng': a reprint, no author"],
          **at(datetime(2025, 4, 11, 14, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Hưng Đạo",
          body="""
Chiều 14/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Hưng Đạo (TP Cao Bằng).
HTX hiện cung ứng rau an toàn cho các trường học và bếp ăn tập thể trên địa bàn thành phố.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng nhà sơ chế và đăng ký mã số vùng trồng.
""", author=None,
          opts={"by": "htxcaobang", "tags": ["htx"], "likes": 2, "comments": []},
          notes=["posted at 00:20 on 15 May (after an evening's work) about the afternoon before: the only date is "
                 "<time datetime='2025-05-14T17:20:00Z'> (UTC, the 14th); published = 2025-05-15 00:20; the office "
                 "account, no byline: author null"],
          **at(datetime(2025, 5, 15, 0, 20))),
        A(path="", title="HTX Dịch vụ nông nghiệp Trùng Khánh mở rộng vùng trồng dẻ",
          body="""
Năm 2025, HTX Dịch vụ nông nghiệp Trùng Khánh trồng mới 12 ha dẻ ghép tại các xã Đàm Thủy và Chí Viễn.
HTX cung ứng cây giống, hướng dẫn kỹ thuật và cam kết bao tiêu sản phẩm cho các hộ tham gia.
Đến nay, vùng dẻ liên kết của HTX đạt gần 90 ha với 160 hộ thành viên.
""", author=None,
          opts={"by": "htxtrungkhanh", "tags": ["htx", "trungkhanh"], "likes": 7, "comments": []},
          notes=["posted by the member cooperative's own account (HTX Dịch vụ nông nghiệp Trùng Khánh), no byline: an "
                 "organisation, author null"],
          **at(datetime(2025, 3, 20, 15, 45))),
        A(path="", title="Liên minh HTX tỉnh Cao Bằng tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 36 HTX, tổ chức 12 lớp tập huấn cho 640 lượt cán bộ HTX.
""", byline="Tin, ảnh: Hà Minh Đức", author="Hà Minh Đức",
          opts={"by": "htxcaobang", "tags": [], "likes": 3, "comments": []},
          notes=["the oldest article: only on page 2 of the office's stream (/people/<guid>?max_time=…, behind 15 "
                 "newer posts: articles, one-line statuses and a reshare); not in the Atom feed (15 newest), no tag; "
                 "'Tin, ảnh: Hà Minh Đức' -> author"],
          **at(datetime(2024, 12, 28, 9, 30))),
    ]


# one-line statuses and photos with a sentence: posts, never articles
STATUSES = [
    (datetime(2025, 5, 31, 7, 30), "Chúc các HTX một tuần làm việc hiệu quả! #htx", "sang-cao-bang"),
    (datetime(2025, 5, 25, 18, 5), "Thác Bản Giốc mùa nước đẹp, vùng dẻ của HTX Trùng Khánh ngay cạnh đây. #caobang",
     "ban-gioc"),
    (datetime(2025, 5, 17, 11, 0), "Gian hàng của các HTX Cao Bằng tại phiên chợ nông sản cuối tuần ở Hà Nội. #ocop",
     "phien-cho"),
    (datetime(2025, 5, 4, 8, 15), "Lịch tiếp công dân tháng 5 của Liên minh HTX tỉnh đã được niêm yết tại trụ sở.", None),
    (datetime(2025, 4, 30, 7, 0), "Chào mừng 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước! #caobang", "co-do"),
    (datetime(2025, 4, 18, 16, 30), "Đoàn HTX tỉnh bạn đến thăm vùng chè của HTX Thông Nông. #htx", "che-thong-nong"),
    (datetime(2025, 4, 2, 9, 40), "Tập huấn kế toán HTX đợt 1 đang diễn ra tại hội trường Liên minh HTX tỉnh. #htx",
     "tap-huan"),
    (datetime(2025, 3, 8, 8, 0), "Chúc mừng Ngày Quốc tế Phụ nữ 8/3 tới chị em trong các HTX! #htx", None),
    (datetime(2025, 2, 14, 10, 20), "Mùa hoa mận nở trắng trên các đồi của HTX Nông nghiệp Hà Quảng. #caobang", "hoa-man"),
    (datetime(2025, 1, 20, 15, 0), "Liên minh HTX tỉnh trao quà Tết cho thành viên HTX có hoàn cảnh khó khăn. #htx",
     "qua-tet"),
]


def md_html(a: RichArticle) -> str:
    """What diaspora's markdown renderer makes of the message (the heading line first)."""
    out = [f"<h2>{esc(a.title)}</h2>"]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n"
                       "<tbody>\n" + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n"
                                             for r in rows) + "</tbody>\n</table>")
        elif b.kind == "img":
            src = f"/uploads/images/scaled_full_{g(b.src, 20)}.png"
            out.append(f'<p><img src="{src}" alt="{attr(b.text)}" title="{attr(b.text)}"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    if a.opts["tags"]:
        out.append("<p>" + " ".join(f'<a class="tag" href="/tags/{t}">#{t}</a>' for t in a.opts["tags"]) + "</p>")
    return "\n".join(out)


def status_html(text: str) -> str:
    words = []
    for w in text.split(" "):
        if w.startswith("#"):
            words.append(f'<a class="tag" href="/tags/{w[1:]}">{esc(w)}</a>')
        else:
            words.append(esc(w))
    return f"<p>{' '.join(words)}</p>"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "cao-bang", f"{NAME} (diaspora* 0.7)", "generic", None,
                     start_urls=["{{base:%s}}/u/htxcaobang" % SITE], feeds=["{{base:%s}}/public/htxcaobang.atom" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    pguid = {u: g("person:" + u) for u in USERS}
    # every post of the pod, oldest first, gets its id
    posts = [{"kind": "art", "a": a, "date": a.date, "by": a.opts["by"]} for a in arts]
    posts += [{"kind": "status", "text": t, "img": img, "date": d, "by": "htxcaobang"} for d, t, img in STATUSES]
    table = next(a for a in arts if a.opts["by"] == "nongthihoa")
    posts.append({"kind": "reshare", "root": table, "date": table.date + timedelta(hours=2, minutes=5),
                  "by": "htxcaobang"})
    posts.sort(key=lambda p: p["date"])
    pid = 48210
    for p in posts:
        pid += 7
        p["id"] = pid
        p["guid"] = g(f"post:{pid}")
        p["path"] = f"/posts/{pid}"
        if p["kind"] == "art":
            p["a"].path = p["path"]
            p["a"].opts["post"] = p
    posts.reverse()
    reshare = next(p for p in posts if p["kind"] == "reshare")

    def avatar(user: str, size: str = "small") -> str:
        return (f'<a href="/people/{pguid[user]}" class="img"><img alt="{attr(USERS[user][0])}" class="avatar {size}" '
                f'src="/uploads/images/thumb_{size}_{g("av" + user, 20)}.png" title="{attr(USERS[user][0])}"></a>')

    def layout(title: str, content: str, *, canonical: str = "", desc: str = "", feed: str = "") -> str:
        canon = f'\n<link rel="canonical" href="{{{{base}}}}{canonical}">' if canonical else ""
        og = (f'\n<meta property="og:url" content="{{{{base}}}}{canonical}">\n<meta property="og:title" content="'
              f'{attr(title)}">\n<meta property="og:description" content="{attr(desc)}">\n<meta property="og:type" '
              f'content="website">' if canonical else "")
        alt = (f'\n<link rel="alternate" type="application/atom+xml" title="{attr(USERS["htxcaobang"][0])}" href="{feed}">'
               if feed else "")
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="utf-8">
<meta content="width=device-width, initial-scale=1, maximum-scale=1" name="viewport">
<meta name="description" content="{attr(desc or 'diaspora* là mạng xã hội phi tập trung')}">
<meta property="og:site_name" content="{attr(NAME)}">{og}{canon}{alt}
<title>{esc(title)}</title>
<link href="/assets/branding/logos/asterisk.png" rel="shortcut icon">
<link rel="stylesheet" href="/assets/color_themes/original/desktop.css">
<script src="/assets/jquery3.js"></script>
<script src="/assets/main.js"></script>
</head>
<body class="page-posts action-show">
<header>
<nav class="navbar navbar-fixed-top navbar-inverse" id="main-nav"><div class="container-fluid">
<div class="navbar-header"><a class="navbar-brand" href="/">{esc(NAME)}</a></div>
<div class="navbar-collapse collapse"><ul class="nav navbar-nav navbar-right">
<li><a class="login" href="/users/sign_in">Đăng nhập</a></li>
<li><a class="login" href="/users/sign_up">Đăng ký</a></li>
</ul></div>
</div></nav>
</header>
<div class="container-fluid" id="container">
{content}
</div>
<footer class="footer"><div class="container-fluid">
<p>{esc(FURN[-1])}</p>
<ul class="footer-links"><li><a href="{{{{base:offsite}}}}/diaspora/">Dự án diaspora*</a></li><li><a href="/terms">Điều khoản dịch vụ</a></li><li><a href="/statistics">Thống kê pod</a></li></ul>
</div></footer>
</body>
</html>
"""

    def likes_text(n: int) -> str:
        return f"{n} lượt thích"

    def element(p: dict, full: bool = True) -> str:
        """A stream element as the pod's server renders it (the post page and the streams share it)."""
        user = p["by"]
        if p["kind"] == "art":
            a = p["a"]
            inner = f'<div class="markdown-content">{md_html(a)}</div>'
            if a.opts.get("scan"):
                inner = (f'<div class="photo_attachments"><a class="stream-photo-link" href="/photos/{p["id"] + 1}">'
                         f'<img class="stream-photo" src="/uploads/images/scaled_full_{g(a.opts["scan"], 20)}.png" alt="">'
                         f"</a></div>\n") + inner
            likes, comments = a.opts["likes"], a.opts["comments"]
        elif p["kind"] == "status":
            inner = f'<div class="markdown-content">{status_html(p["text"])}</div>'
            if p["img"]:
                inner = (f'<div class="photo_attachments"><a class="stream-photo-link" href="/photos/{p["id"] + 1}">'
                         f'<img class="stream-photo" src="/uploads/images/scaled_full_{g(p["img"], 20)}.png" alt="">'
                         f"</a></div>\n") + inner
            likes, comments = (p["id"] % 5) + 1, []
        else:
            root = p["root"].opts["post"]
            inner = (f'<div class="reshare"><div class="reshare-author gray">Chia sẻ lại từ {avatar(root["by"])} <a '
                     f'class="author author-name" href="/people/{pguid[root["by"]]}">{esc(USERS[root["by"]][0])}</a> - <a '
                     f'class="permalink" href="/posts/{root["guid"]}">{time_el(root["date"])}</a></div>'
                     f'<div class="post-content"><div class="markdown-content">{md_html(p["root"])}</div></div></div>')
            likes, comments = 1, []
        if p["kind"] != "reshare":
            inner = f'<div class="post-content">{inner}</div>'
        cm = ""
        for i, (cu, text) in enumerate(comments):
            cm += (f'<div class="comment media" id="{g(text)}">{avatar(cu, "small")}<div class="bd">'
                   f'<div><a class="author author-name" href="/people/{pguid[cu]}">{esc(USERS[cu][0])}</a> <span '
                   f'class="details gray"><a class="permalink_comment" href="/posts/{p["guid"]}#{g(text)}">'
                   f'{time_el(p["date"] + timedelta(hours=3 + 4 * i, minutes=12))}</a></span></div>'
                   f'<div class="comment-content"><div class="markdown-content"><p>{esc(text)}</p></div></div></div></div>')
        return (f'<div class="stream-element loaded" data-guid="{p["guid"]}" id="{p["guid"]}"><div class="media">'
                f'{avatar(user)}<div class="bd"><div class="post-info"><a class="author author-name" href="/people/'
                f'{pguid[user]}">{esc(USERS[user][0])}</a> <span class="details gray"> - <a class="permalink" href="'
                f'{p["path"]}">{time_el(p["date"])}</a> - <span class="post_scope">Công khai</span></span></div>'
                f"{inner}"
                f'<div class="feedback"><div class="info"><span class="like-action"><a href="/users/sign_in">Thích</a>'
                f'</span> · <span class="reshare-action"><a href="/users/sign_in">Chia sẻ lại</a></span> · <span '
                f'class="comment-action"><a href="/users/sign_in">Bình luận</a></span> · <a href="/posts/{p["guid"]}">'
                f'Liên kết cố định</a></div><div class="likes"><span class="expand-likes gray">{likes_text(likes)}</span>'
                f'</div></div><div class="comments">{cm}<div class="no-comments gray">Bạn cần đăng nhập để bình luận.'
                f"</div></div></div></div></div>")

    comment_strings = set()
    for p in posts:
        if p["kind"] == "art":
            a = p["a"]
            desc = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
            title = f"{a.title} | {NAME}"
            gon = (f'<script>window.gon={{}};gon.preloads={{}};gon.preloads.post={{"id":{p["id"]},"guid":"{p["guid"]}",'
                   f'"created_at":"{z(p["date"])}","public":true,"post_type":"StatusMessage",'
                   f'"author":{{"diaspora_id":"{p["by"]}@{SITE}","name":"{USERS[p["by"]][0]}"}}}};</script>')
            content = f'{gon}\n<div class="row"><div class="col-md-8 col-md-offset-2" id="single-post-content">{element(p)}</div></div>'
            site.page(a.path, layout(title, content, canonical=a.path, desc=desc))
            for alias in (f"/posts/{p['guid']}", f"/p/{p['id']}"):
                site.same_page(alias, a.path)
                a.aliases.append(alias)
            for b in a.blocks:
                if b.kind == "img":
                    site.binary(f"/uploads/images/scaled_full_{g(b.src, 20)}.png", image_for(b.src))
            for _, text in a.opts["comments"]:
                comment_strings.add(text)
            site.add_article(a)
        else:
            text = p["text"] if p["kind"] == "status" else f"Chia sẻ lại: {p['root'].title}"
            content = f'<div class="row"><div class="col-md-8 col-md-offset-2" id="single-post-content">{element(p)}</div></div>'
            site.page(p["path"], layout(f"{text[:40]}… | {NAME}", content, canonical=p["path"], desc=text))
            site.same_page(f"/posts/{p['guid']}", p["path"])
            site.same_page(f"/p/{p['id']}", p["path"])
            site.non_articles.append(p["path"])
        if p.get("img") or (p["kind"] == "art" and p["a"].opts.get("scan")):
            site.page(f"/photos/{p['id'] + 1}", layout(f"Ảnh | {NAME}", f'<div class="photo"><img src="/uploads/images/'
                                                       f'scaled_full_{g(p.get("img") or p["a"].opts["scan"], 20)}.png" alt="">'
                                                       f'<p><a href="{p["path"]}">Xem bài đăng</a></p></div>'))
            site.non_articles.append(f"/photos/{p['id'] + 1}")
    site.extra_boilerplate += sorted(comment_strings)
    site.trap("a post is reachable as /posts/<id> (canonical, og:url), /posts/<guid> (the 'Liên kết cố định' and the "
              "reshares' links) and /p/<id> (the Atom feed's links): aliases", arts[0].path)
    site.trap("one-line statuses and photos with a sentence (no heading) are posts, not articles; their photo pages "
              "/photos/<id> neither", next(p["path"] for p in posts if p["kind"] == "status"))
    site.trap("the office account reshares a staff member's post: its page /posts/<id> repeats the root post under "
              "'Chia sẻ lại từ Nông Thị Hoa' (a duplicate, not an article)", reshare["path"])

    # profiles and their public streams (15 a page, "Cũ hơn" -> ?max_time=)
    for user, (name, place) in USERS.items():
        own = [p for p in posts if p["by"] == user]
        base = f"/people/{pguid[user]}"
        pages = [own[i:i + PER] for i in range(0, len(own), PER)] or [[]]
        for n, chunk in enumerate(pages):
            path = base if n == 0 else f"{base}?max_time={int((pages[n - 1][-1]['date'] - UTC).timestamp())}"
            more = ""
            if n + 1 < len(pages):
                more = (f'<div id="paginate"><a class="more-link btn btn-default" href="{base}?max_time='
                        f'{int((chunk[-1]["date"] - UTC).timestamp())}">Cũ hơn</a></div>')
            head = (f'<div id="profile_container"><div class="profile_header">{avatar(user, "large")}<h2 id="name">'
                    f'{esc(name)}</h2><span class="diaspora_handle">{user}@{SITE}</span><div class="profile-tags">'
                    f'<a class="tag" href="/tags/htx">#htx</a> <a class="tag" href="/tags/caobang">#caobang</a></div>'
                    f'<div id="profile_information"><h4>Nơi ở</h4><div>{esc(place)}</div></div></div></div>')
            content = (head + f'<div class="stream" id="main-stream">{"".join(element(p) for p in chunk)}</div>{more}')
            site.page(path, layout(f"{name} | {NAME}", content, feed="/public/htxcaobang.atom" if user == "htxcaobang" else ""))
            site.non_articles.append(path)
        site.redirect(f"/u/{user}", base, 302)
    site.trap("the office's profile /people/<guid> shows its public stream, whole posts, 15 a page; 'Cũ hơn' goes to "
              "?max_time=<epoch>, the only page with the oldest article", f"/people/{pguid['htxcaobang']}")

    for tag in ("htx", "ocop", "caobang", "trungkhanh", "solieu", "kythuat"):
        tagged = [p for p in posts if (p["kind"] == "art" and tag in p["a"].opts["tags"])
                  or (p["kind"] == "status" and f"#{tag}" in p["text"])]
        content = (f'<div id="tags_show"><h1 class="tag">#{tag}</h1><div class="stream" id="main-stream">'
                   f'{"".join(element(p) for p in tagged[:PER])}</div></div>')
        site.page(f"/tags/{tag}", layout(f"#{tag} | {NAME}", content))
        site.non_articles.append(f"/tags/{tag}")
    site.trap("tag streams /tags/<tag> (whole posts, the tag links under every post): not articles", "/tags/htx")

    for path, title, form in [("/users/sign_in", "Đăng nhập", "Tên người dùng"), ("/users/sign_up", "Đăng ký", "Email")]:
        site.page(path, layout(f"{title} | {NAME}", f'<div class="container"><h1>{title}</h1><form method="post" '
                               f'action="{path}"><label>{form}</label><input type="text" name="user[username]">'
                               f'<input type="password" name="user[password]"><input type="submit" value="{title}">'
                               f"</form></div>"))
        site.non_articles.append(path)
    site.page("/terms", layout(f"Điều khoản dịch vụ | {NAME}", "<h1>Điều khoản dịch vụ</h1><p>Pod dành cho cán bộ "
                               "Liên minh HTX tỉnh và các HTX thành viên.</p>"))
    site.page("/statistics", layout(f"Thống kê pod | {NAME}", f"<h1>Thống kê pod</h1><ul><li>Tên pod: {esc(NAME)}</li>"
                                    "<li>Phiên bản: 0.7.18.2</li><li>Tổng số người dùng: 86</li></ul>"))
    site.non_articles += ["/terms", "/statistics"]
    site.page("/", layout(NAME, f'<div class="landing"><h1>{esc(NAME)}</h1><p>Nơi Liên minh HTX tỉnh Cao Bằng và các '
                          f'HTX thành viên chia sẻ tin tức.</p><p><a href="/u/htxcaobang">Trang của Liên minh HTX tỉnh'
                          f'</a> · <a href="/tags/htx">#htx</a></p></div>'))
    site.non_articles.append("/")
    site.trap("login and sign-up (/users/sign_in, /users/sign_up: every 'Thích', 'Chia sẻ lại', 'Bình luận' leads "
              "there; robots.txt is the Rails default, nothing disallowed), /terms, /statistics, the landing page: "
              "not articles", "/users/sign_in")

    office = [p for p in posts if p["by"] == "htxcaobang"][:PER]
    entries = []
    for p in office:
        if p["kind"] == "art":
            title, html = p["a"].title, md_html(p["a"])
        elif p["kind"] == "status":
            title, html = p["text"][:60], status_html(p["text"])
        else:
            title, html = f"Chia sẻ lại: {p['root'].title}", md_html(p["root"])
        entries.append(f"<entry><title>{esc(title)}</title><link rel=\"alternate\" type=\"text/html\" href=\"{{{{base}}}}"
                       f"/p/{p['id']}\"/><id>{{{{base}}}}/p/{p['id']}</id><published>{z(p['date'])}</published><updated>"
                       f"{z(p['date'])}</updated><content type=\"html\">{esc(html)}</content></entry>")
    site.page("/public/htxcaobang.atom", '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/'
              f'Atom"><title>{esc(USERS["htxcaobang"][0])}</title><link rel="alternate" href="{{{{base}}}}/people/'
              f'{pguid["htxcaobang"]}"/><id>{{{{base}}}}/public/htxcaobang.atom</id><updated>{z(office[0]["date"])}'
              f'</updated><author><name>{esc(USERS["htxcaobang"][0])}</name><uri>{{{{base}}}}/people/'
              f'{pguid["htxcaobang"]}</uri></author>{"".join(entries)}</feed>\n',
              content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom feed /public/htxcaobang.atom (the office's 15 newest public posts, links /p/<id>): published in "
              "UTC 'Z'", "/public/htxcaobang.atom")
    site.binary("/assets/branding/logos/asterisk.png", image_for("asterisk"))
    site.static("/robots.txt", "# See https://www.robotstxt.org/robotstxt.html for documentation on how to use the "
                "robots.txt file\n#\n# To ban all spiders from the entire site uncomment the next two lines:\n"
                "# User-agent: *\n# Disallow: /\n")
    return site
