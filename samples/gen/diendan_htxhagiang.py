"""Site `diendan-htxhagiang` (registry family `generic`): "Diễn đàn HTX Hà Giang", the forum of the cooperatives of
the Hà Giang area (since 1 July 2025 part of Tuyên Quang province), on **Flarum 1.8** (flarum/tags, fof/upload,
v17development/flarum-seo, the Vietnamese language pack); the alliance's news are the discussions of its "Tin tức -
Thông báo" tag. Written as a held-out test: no family module, no selectors.

Why it is hard: Flarum is a JavaScript application: the server sends an empty `div#app` shell and puts a basic HTML
view of the page INSIDE `<noscript id="flarum-content">` (what a crawler without JavaScript gets), next to the whole
API document in a `<script id="flarum-json-payload" type="application/json">`. The basic view of a discussion
`/d/<id>-<slug>` is bare markup: the title as the container's `<h1>`, then EVERY post of the page as an anonymous
`<div>` holding `<h3>` with the poster's display name and `div.Post-body`, separated by `<hr>`: the first post is
the announcement, the replies after it (members' thanks and questions) are comments, and nothing marks them apart
but their order. No date anywhere in the visible view: the SEO extension writes `article:published_time` in UTC
("2025-03-12T01:30:00+00:00" is 08:30 in Hà Giang), an `article:updated_time` (the last reply) and a JSON-LD
DiscussionForumPosting. The poster is the author when a person ("Hoàng Thị Lan"), not the office's account
("LMHTX Hà Giang") or "Ban Quản trị"; a closing "Ảnh: …" line in the post names the author instead. One discussion
answers under many URLs: `/d/<id>` (no slug), `/d/<id>-<slug>/<n>` (post permalinks of "near" posts: the same page),
the slug from before its title was edited (Flarum ignores the slug), and the share links' `?utm_…`. Lists: the index
`/` (`?page=2`; sorted by last reply, so a 2024 notice with a new reply sits near the top), `/t/<tag>` (titles only),
`/tags`; the members' discussions in "Hỏi đáp" and "Chợ HTX", the user pages `/u/<name>` and the fof/pages page
`/p/1-gioi-thieu` are no articles. robots.txt disallows `/api/`, `/settings`, `/notifications` and `/reset`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "diendan-htxhagiang"
FORUM = "Diễn đàn HTX Hà Giang"
HTML = "text/html; charset=utf-8"
VN = timezone(timedelta(hours=7))
PER = 20
USERS = {"lmhtxhagiang": "LMHTX Hà Giang", "admin": "Ban Quản trị", "hoangthilan": "Hoàng Thị Lan",
         "vuducthang": "Vũ Đức Thắng", "htxcheshanlungphin": "HTX Chè Shan tuyết Lũng Phìn",
         "lymisung": "Ly Mí Sùng", "nguyenthuha": "Nguyễn Thu Hà", "htxmatongbachdong": "HTX Mật ong Bạch Đông"}
TAGS = {"tin-tuc-thong-bao": ("Tin tức - Thông báo", "Tin hoạt động và thông báo của Liên minh HTX tỉnh Hà Giang"),
        "hoi-dap": ("Hỏi đáp", "Thành viên hỏi, Liên minh trả lời về thành lập và hoạt động HTX"),
        "cho-htx": ("Chợ HTX", "Rao bán, kết nối tiêu thụ sản phẩm của các HTX")}
CHROME = ["Diễn đàn HTX Hà Giang - Nơi kết nối các hợp tác xã vùng cao nguyên đá",
          "Diễn đàn này hoạt động tốt nhất trên trình duyệt hiện đại có bật JavaScript.", "Đang tải...",
          "Điều khoản sử dụng", "Liên minh Hợp tác xã tỉnh Hà Giang - Số 160 đường Trần Phú, phường Trần Phú, TP Hà Giang",
          "Đường dây nóng hỗ trợ HTX: 0219.3866.256", "Diễn đàn được xây dựng trên nền tảng Flarum"]
REPLIES = [("vuducthang", "Cảm ơn Liên minh đã thông tin kịp thời, HTX chúng tôi sẽ đăng ký tham gia."),
           ("lymisung", "Cho hỏi HTX ở huyện Mèo Vạc đăng ký qua số điện thoại nào ạ?"),
           ("hoangthilan", "Bạn liên hệ Văn phòng Liên minh theo số 0219.3866.256 nhé."),
           ("nguyenthuha", "Thông tin rất hữu ích cho các HTX vùng cao.")]


def slug(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def zulu(d: datetime) -> str:
    return d.replace(tzinfo=VN).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata"])

    return [
        A(path="", title="Hội nghị tổng kết công tác Liên minh HTX tỉnh Hà Giang năm 2024",
          body="""
Sáng 16/1, Liên minh HTX tỉnh Hà Giang tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, toàn tỉnh thành lập mới 58 HTX, nâng tổng số lên 812 HTX với hơn 19.600 thành viên; doanh thu bình quân đạt 1,9 tỷ đồng/HTX.
[img tong-ket-2024.png] Quang cảnh Hội nghị tổng kết công tác năm 2024
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung hỗ trợ HTX phát triển sản phẩm OCOP gắn với du lịch cộng đồng trên Cao nguyên đá Đồng Văn.
""", byline="Ảnh: Minh Tuấn", author="Minh Tuấn",
          opts={"id": 41, "user": "lmhtxhagiang", "tag": "tin-tuc-thong-bao", "replies": [0, 3],
                "old_slug": "hoi-nghi-tong-ket-nam-2024", "near": 2},
          notes=["first post by the office's account 'LMHTX Hà Giang' (no author); 'Ảnh: Minh Tuấn' closes it (author); "
                 "two replies after it in the same container (comments); article:published_time in UTC; the slug from "
                 "before the title was edited (/d/41-hoi-nghi-tong-ket-nam-2024) and /d/41-<slug>/2 answer the same page"],
          **at(datetime(2025, 1, 16, 15, 40))),
        A(path="", title="Kế hoạch số 12/KH-LMHTX tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Hà Giang năm 2025",
          body="""
LIÊN MINH HTX TỈNH HÀ GIANG
Số: 12/KH-LMHTX
Hà Giang, ngày 03 tháng 3 năm 2025
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Hà Giang năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, giới thiệu sản phẩm OCOP, sản phẩm của các HTX; kết nối tiêu thụ với doanh nghiệp trong và ngoài tỉnh.
## II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 18 đến 22/4/2025 tại Quảng trường 26/3, thành phố Hà Giang; quy mô 120 gian hàng.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hưng
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/assets/files/2025-03-04/1741052100-583112-kh-12-lmhtx.pdf", "text": "kh-12-lmhtx.pdf"}],
          opts={"id": 47, "user": "lmhtxhagiang", "tag": "tin-tuc-thong-bao", "replies": [1, 2], "utm": True},
          notes=["plan 'Số: 12/KH-LMHTX' dated 03/03 in its text, posted 04/03/2025 09:15 (metadata, UTC 02:15); signer is "
                 "text; the fof/upload file button 'kh-12-lmhtx.pdf' (/assets/files/…: an attachment, not text); a "
                 "question and the staff's answer as replies (comments)"],
          **at(datetime(2025, 3, 4, 9, 15))),
        A(path="", title="Kết quả thực hiện Chương trình OCOP của các HTX năm 2024",
          body="""
Năm 2024, các HTX trên địa bàn tỉnh có thêm 37 sản phẩm được công nhận OCOP từ 3 sao trở lên.
| STT | Nhóm sản phẩm | 3 sao | 4 sao | Tổng |
| 1 | Chè Shan tuyết | 9 | 3 | 12 |
| 2 | Mật ong bạc hà | 4 | 2 | 6 |
| 3 | Thực phẩm chế biến | 11 | 1 | 12 |
| 4 | Dược liệu | 5 | 2 | 7 |
Liên minh HTX tỉnh đề nghị các HTX hoàn thiện hồ sơ đánh giá lại sản phẩm hết hạn chứng nhận trong năm 2025.
""", byline="Hoàng Thị Lan", author="Hoàng Thị Lan",
          opts={"id": 44, "user": "hoangthilan", "tag": "tin-tuc-thong-bao", "replies": []},
          notes=["a markdown table (thead th): one line per row, cells between ' | '; poster and closing name "
                 "'Hoàng Thị Lan' (author); no replies"],
          **at(datetime(2025, 2, 10, 10, 5))),
        A(path="", title="Ảnh: HTX Chè Shan tuyết Lũng Phìn vào vụ chè xuân",
          body="""
Đầu tháng 3, các thành viên HTX Chè Shan tuyết Lũng Phìn (huyện Đồng Văn) bắt đầu thu hái lứa chè xuân đầu tiên.
[img che-xuan-1.png] Thành viên HTX hái chè Shan tuyết cổ thụ trên núi đá
[img che-xuan-2.png] Chè được sao thủ công bằng chảo gang
[img che-xuan-3.png] Sản phẩm chè Shan tuyết Lũng Phìn đạt OCOP 4 sao
""", byline="Ảnh: Vũ Đức Thắng", author="Vũ Đức Thắng",
          opts={"id": 52, "user": "vuducthang", "tag": "tin-tuc-thong-bao", "replies": [3, 0]},
          notes=["photo story: three images (each its own <p>) with an italic caption paragraph (text); 'Ảnh: Vũ Đức "
                 "Thắng' -> author, also the poster"],
          **at(datetime(2025, 3, 14, 17, 20))),
        A(path="", title="Tập huấn nghiệp vụ kế toán cho HTX vùng cao",
          body="""
Từ ngày 24 đến 26/3, Liên minh HTX tỉnh mở lớp tập huấn nghiệp vụ kế toán cho 55 cán bộ HTX của 4 huyện vùng cao núi đá phía Bắc.
Nội dung tập huấn:
* Chế độ kế toán áp dụng cho HTX theo Thông tư số 71/2019/TT-BTC;
* Lập báo cáo tài chính năm;
* Sử dụng hóa đơn điện tử và phần mềm kế toán;
* Quản lý vốn, tài sản chung của HTX.
Học viên được cấp giấy chứng nhận sau khi hoàn thành khóa học.
""", author=None,
          opts={"id": 55, "user": "admin", "tag": "tin-tuc-thong-bao", "replies": [2], "near": 2},
          notes=["posted by 'Ban Quản trị' (no author), no byline; a four-item list; 'Từ ngày 24 đến 26/3' in the text; "
                 "/d/55-<slug>/2 (the reply's permalink) is an alias"],
          **at(datetime(2025, 3, 27, 8, 0))),
        A(path="", title="HTX Mật ong Bạch Đông mở rộng đàn ong lên 1.200 đàn",
          body="""
HTX Mật ong Bạch Đông (huyện Quản Bạ) vừa hoàn thành việc nhân đàn, nâng tổng số lên 1.200 đàn ong nội.
Mùa hoa bạc hà năm 2024, HTX thu hoạch 9 tấn mật, doanh thu đạt 4,5 tỷ đồng.
Sản phẩm mật ong bạc hà của HTX đã có mặt tại các siêu thị ở Hà Nội và Thái Nguyên.
""", byline="Nguồn: Báo Hà Giang", author=None,
          opts={"id": 58, "user": "hoangthilan", "tag": "tin-tuc-thong-bao", "replies": [0]},
          notes=["posted by the staff member Hoàng Thị Lan but 'Nguồn: Báo Hà Giang' closes it: a reprint, no author"],
          **at(datetime(2025, 4, 8, 14, 30))),
        A(path="", title="Thông báo tuyển chọn HTX tham gia Dự án hỗ trợ liên kết chuỗi giá trị năm 2025",
          body="""
Liên minh HTX tỉnh thông báo tuyển chọn 10 HTX tham gia Dự án hỗ trợ liên kết sản xuất gắn với tiêu thụ sản phẩm năm 2025.
## Điều kiện tham gia
+ HTX hoạt động từ 2 năm trở lên, có báo cáo tài chính năm 2024;
+ Có phương án liên kết với ít nhất một doanh nghiệp;
+ Có sản phẩm chủ lực của địa phương.
Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/5/2025.
""", author=None,
          opts={"id": 61, "user": "lmhtxhagiang", "tag": "tin-tuc-thong-bao", "replies": [1, 2, 0, 3]},
          notes=["notice by the office's account (no author); an ordered list; FOUR replies after it (more text than the "
                 "post itself: comments)"],
          **at(datetime(2025, 5, 6, 16, 45))),
        A(path="", title="Liên minh HTX tỉnh hỗ trợ HTX Dệt thổ cẩm Lùng Tám quảng bá sản phẩm",
          body="""
Năm 2024, Liên minh HTX tỉnh hỗ trợ HTX Dệt thổ cẩm Lùng Tám thiết kế bao bì, xây dựng gian hàng trên sàn thương mại điện tử.
Sản phẩm lanh dệt thủ công của HTX được khách du lịch trong và ngoài nước ưa chuộng.
""", byline="Hoàng Thị Lan", author="Hoàng Thị Lan",
          opts={"id": 33, "user": "hoangthilan", "tag": "tin-tuc-thong-bao", "replies": [3], "late_reply": True},
          notes=["a November 2024 discussion with a reply of May 2025: the index sorts it near the top; article:updated_time "
                 "(the reply) is not its date"],
          **at(datetime(2024, 11, 19, 9, 30))),
    ]


MEMBER = [  # (id, user, tag, title, first post, replies)
    (62, "lymisung", "hoi-dap", "Thủ tục chuyển đổi tổ hợp tác thành HTX cần những gì?",
     "Tổ hợp tác trồng cam của chúng tôi có 9 thành viên, muốn chuyển thành HTX thì cần chuẩn bị hồ sơ gì ạ?", [2]),
    (60, "nguyenthuha", "hoi-dap", "HTX có được vay vốn Quỹ hỗ trợ phát triển HTX không cần thế chấp?",
     "Xin hỏi mức vay tối đa không cần tài sản bảo đảm là bao nhiêu?", [2]),
    (57, "htxmatongbachdong", "cho-htx", "Bán mật ong bạc hà vụ 2024, giao hàng toàn quốc",
     "HTX Mật ong Bạch Đông còn khoảng 500 lít mật ong bạc hà, giá 450.000 đồng/lít, liên hệ 0912.345.678.", [0]),
    (54, "htxcheshanlungphin", "cho-htx", "Chè Shan tuyết Lũng Phìn vụ xuân 2025 nhận đặt hàng",
     "HTX nhận đặt hàng chè xuân, đóng gói 200g và 500g, có tem truy xuất nguồn gốc.", []),
    (50, "vuducthang", "hoi-dap", "Hỏi về điều kiện công nhận sản phẩm OCOP 3 sao",
     "Sản phẩm thịt trâu gác bếp của HTX muốn đăng ký OCOP thì cần đáp ứng những tiêu chí gì?", [2, 0]),
    (45, "lymisung", "cho-htx", "Cần tìm đối tác thu mua cam sành Bắc Quang",
     "HTX chúng tôi có 30 tấn cam sành sẽ thu hoạch từ tháng 11, cần tìm đơn vị thu mua ổn định.", []),
    (39, "nguyenthuha", "hoi-dap", "Mẫu điều lệ HTX theo Luật HTX năm 2023 tải ở đâu?",
     "Mình cần mẫu điều lệ mới để sửa đổi, mọi người chỉ giúp với.", [2]),
    (36, "vuducthang", "cho-htx", "Giới thiệu sản phẩm thịt bò khô của HTX Yên Minh",
     "Thịt bò khô đóng túi 250g, giá 220.000 đồng, bảo quản 6 tháng.", []),
    (30, "htxmatongbachdong", "hoi-dap", "Kinh nghiệm tham gia hội chợ ở Hà Nội",
     "HTX lần đầu đi hội chợ, các anh chị chia sẻ kinh nghiệm chuẩn bị gian hàng với.", [0]),
    (27, "lymisung", "hoi-dap", "HTX có phải nộp báo cáo tình hình hoạt động hằng năm?",
     "Hạn nộp báo cáo hằng năm cho cơ quan đăng ký là ngày nào ạ?", [2]),
    (24, "nguyenthuha", "cho-htx", "Cần mua 2 tấn gạo nếp Tú Lệ",
     "Ai có nguồn gạo nếp chất lượng liên hệ giúp mình.", []),
    (21, "vuducthang", "hoi-dap", "Thành lập HTX cần tối thiểu bao nhiêu thành viên?",
     "Theo Luật HTX năm 2023 thì cần ít nhất bao nhiêu thành viên chính thức?", [2]),
    (19, "htxcheshanlungphin", "cho-htx", "Bán hồng không hạt Quản Bạ",
     "HTX nhận đặt hồng không hạt, giao hàng tại thành phố Hà Giang.", []),
    (15, "lymisung", "hoi-dap", "Hỏi về hỗ trợ đào tạo cán bộ quản lý HTX",
     "Cán bộ HTX đi học lớp quản lý có được hỗ trợ tiền ăn ở không?", [2]),
]


def post_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, css="", border=False).replace(' class=""', ""))
        elif b.kind == "img":
            out.append(f'<p><img src="/assets/files/{a.date:%Y-%m-%d}/{b.src}" alt="{attr(b.src)}"></p>')
            if b.text:
                out.append(f"<p><em>{inline_html(b.text)}</em></p>")
    for x in a.attachments:
        out.append(f'<div class="ButtonGroup" data-fof-upload-download-uuid="b3f1c2a4"><div class="Button hasIcon '
                   f'Button--icon Button--primary"><i class="fas fa-download"></i></div><a class="Button" '
                   f'href="{x["path"]}" rel="nofollow">{esc(x["text"])}</a></div>')
    if a.byline:
        out.append(f"<p><strong>{inline_html(a.byline)}</strong></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-giang", FORUM, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    news = articles()
    site.extra_boilerplate += [*CHROME, *(t for _, t in REPLIES)]

    class D:  # a discussion (news or members')
        def __init__(self, did, user, tag, title, created, posts, last, art=None):
            self.id, self.user, self.tag, self.title, self.created = did, user, tag, title, created
            self.posts, self.last, self.art = posts, last, art
            self.path = f"/d/{did}-{slug(title)}"

    discs: list[D] = []
    for a in news:
        o = a.opts
        posts = [(o["user"], post_html(a))]
        t = a.date
        for k, r in enumerate(o["replies"]):
            u, txt = REPLIES[r]
            posts.append((u, f"<p>{esc(txt)}</p>"))
        last = datetime(2025, 5, 20, 21, 10) if o.get("late_reply") else a.date + timedelta(hours=3 * len(o["replies"]))
        d = D(o["id"], o["user"], o["tag"], a.title, t, posts, last, a)
        a.path = d.path
        discs.append(d)
    base = datetime(2025, 5, 12, 20, 0)
    for k, (did, user, tag, title, first, reps) in enumerate(MEMBER):
        created = base - timedelta(days=9 * k + 1, hours=k)
        posts = [(user, f"<p>{esc(first)}</p>")] + [(REPLIES[r][0], f"<p>{esc(REPLIES[r][1])}</p>") for r in reps]
        discs.append(D(did, user, tag, title, created, posts, created + timedelta(hours=5 * len(reps))))
    by_last = sorted(discs, key=lambda d: d.last, reverse=True)

    def payload(data: dict) -> str:
        text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        return f'<script id="flarum-json-payload" type="application/json">{text}</script>'

    def layout(title: str, content: str, *, head: str = "", data: dict | None = None) -> str:
        return f"""<!doctype html>
<html dir="ltr" lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/assets/forum-c7a1b2e3.css">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="theme-color" content="#2E7D32">
<meta name="application-name" content="{FORUM}">
<meta name="robots" content="index, follow">
<link rel="shortcut icon" href="/assets/favicon-x6b2kq.png">
{head}
</head>
<body>
<div class="custom-header"><div class="HaGiang-banner"><img src="/assets/files/banner-hagiang.png" alt="Banner"><p class="slogan">{CHROME[0]}</p></div></div>
<div id="app" class="App">
<div id="app-navigation" class="App-navigation"></div>
<div id="drawer" class="App-drawer">
<header id="header" class="App-header">
<div id="header-navigation" class="Header-navigation"></div>
<div class="container">
<div class="Header-title"><a href="{{{{base}}}}/" id="home-link"><img src="/assets/logo-hagiang.png" alt="{FORUM}" class="Header-logo"></a></div>
<div id="header-primary" class="Header-primary"></div>
<div id="header-secondary" class="Header-secondary"></div>
</div>
</header>
</div>
<main class="App-content">
<div id="content"></div>
<div id="flarum-loading" style="display: none">{CHROME[2]}</div>
<noscript><div class="Alert"><div class="container">{CHROME[1]}</div></div></noscript>
<div id="flarum-loading-error" style="display: none"><div class="Alert"><div class="container">Đã xảy ra lỗi khi tải phiên bản đầy đủ của trang này. Vui lòng thử làm mới trang.</div></div></div>
<noscript id="flarum-content">
{content}
</noscript>
</main>
</div>
<div class="custom-footer"><p>{CHROME[4]}</p><p>{CHROME[5]}</p><p><a href="/p/1-gioi-thieu">Giới thiệu</a> · <a href="/p/2-dieu-khoan-su-dung">{CHROME[3]}</a> · {CHROME[6]}</p></div>
<div id="modal"></div>
<div id="alerts"></div>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {{extensions: {{}}}};</script>
<script src="/assets/forum-8d2f4a1c.js"></script>
<script src="/assets/forum-vi-3b7e9d05.js"></script>
{payload(data or {"resources": [], "session": {"userId": 0}})}
<script>document.getElementById('flarum-loading').style.display = 'none'; try {{ flarum.core.app.load(JSON.parse(document.getElementById('flarum-json-payload').textContent)); flarum.core.app.bootExtensions(flarum.extensions); flarum.core.app.boot(); }} catch (e) {{ var error = document.getElementById('flarum-loading-error'); error.style.display = 'block'; throw e; }}</script>
</body>
</html>"""

    def disc_payload(d: D) -> dict:
        return {"fof-upload.canUpload": False, "apiDocument": {"data": {
            "type": "discussions", "id": str(d.id), "attributes": {
                "title": d.title, "slug": f"{d.id}-{slug(d.title)}", "commentCount": len(d.posts),
                "createdAt": zulu(d.created), "lastPostedAt": zulu(d.last)}},
            "included": [{"type": "posts", "id": str(d.id * 10 + k), "attributes": {"number": k + 1, "contentType": "comment",
                          "createdAt": zulu(d.created if k == 0 else d.created + timedelta(hours=3 * k))}}
                         for k in range(len(d.posts))]},
            "session": {"userId": 0, "csrfToken": "Qm9uZ2RhbmhHaWFuZw"}}

    for d in discs:
        posts = "".join(f'<div>\n<h3>{esc(USERS[u])}</h3>\n<div class="Post-body">\n{h}\n</div>\n</div>\n<hr>\n'
                        for u, h in d.posts)
        content = f'<div class="container">\n<h1>{esc(d.title)}</h1>\n<div>\n{posts}</div>\n</div>'
        a = d.art
        desc = (a.summary() if a else d.posts[0][1].replace("<p>", "").replace("</p>", ""))[:160]
        head = (f'<meta name="description" content="{attr(desc)}">\n<link rel="canonical" href="{{{{base}}}}{d.path}">\n'
                f'<meta property="og:site_name" content="{FORUM}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{attr(d.title)}">\n<meta property="og:url" content="{{{{base}}}}{d.path}">\n'
                f'<meta property="article:published_time" content="{zulu(d.created)}">\n'
                f'<meta property="article:updated_time" content="{zulu(d.last)}">\n'
                '<script type="application/ld+json">' + json.dumps({
                    "@context": "http://schema.org", "@type": "DiscussionForumPosting", "headline": d.title,
                    "url": "{{base}}" + d.path, "datePublished": zulu(d.created), "dateModified": zulu(d.last),
                    "author": {"@type": "Person", "name": USERS[d.user], "url": "{{base}}/u/" + d.user},
                    "publisher": {"@type": "Organization", "name": FORUM}}, ensure_ascii=False) + "</script>")
        site.page(d.path, layout(f"{d.title} - {FORUM}", content, head=head, data=disc_payload(d)))
        short = f"/d/{d.id}"
        site.same_page(short, d.path)
        if a is None:
            site.non_articles.append(d.path)
            continue
        o = a.opts
        a.aliases.append(short)
        if o.get("near"):
            site.same_page(f"{d.path}/{o['near']}", d.path)
            a.aliases.append(f"{d.path}/{o['near']}")
        if o.get("old_slug"):
            site.same_page(f"/d/{d.id}-{o['old_slug']}", d.path)
            a.aliases.append(f"/d/{d.id}-{o['old_slug']}")
        if o.get("utm"):
            u = f"{d.path}?utm_source=zalo&utm_medium=share"
            site.same_page(u, d.path)
            a.aliases.append(u)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/assets/files/{a.date:%Y-%m-%d}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf("KH 12/KH-LMHTX", ["KE HOACH SO 12/KH-LMHTX", "Hoi cho OCOP Ha Giang 2025"]))
    for a in sorted(news, key=lambda a: a.date, reverse=True):
        site.add_article(a)
    site.trap("every post of a discussion page sits in the basic view as an anonymous <div> (h3 poster + div.Post-body) "
              "separated by <hr>: the first is the announcement, the rest replies; the whole view is inside "
              "<noscript id='flarum-content'>; the JSON payload script repeats the API document", news[0].path)

    # lists: index (?page=2), tags, tag pages
    def ul(items: list[D]) -> str:
        return "<ul>\n" + "".join(f'<li>\n<a href="{{{{base}}}}{d.path}">\n{esc(d.title)}\n</a>\n</li>\n' for d in items) + "</ul>"

    chunks = [by_last[i:i + PER] for i in range(0, len(by_last), PER)]
    for n, chunk in enumerate(chunks, 1):
        url = "/" if n == 1 else f"/?page={n}"
        nav = ""
        if n > 1:
            nav += f'<a href="{{{{base}}}}/{"" if n == 2 else f"?page={n - 1}"}">&laquo; Trang trước</a>\n'
        if n < len(chunks):
            nav += f'<a href="{{{{base}}}}/?page={n + 1}">Trang sau &raquo;</a>\n'
        content = f'<div class="container">\n<h2>Tất cả thảo luận</h2>\n{ul(chunk)}\n{nav}</div>'
        head = f'<meta name="description" content="Diễn đàn của các hợp tác xã tỉnh Hà Giang">\n<link rel="canonical" href="{{{{base}}}}{url}">'
        html = layout(FORUM, content, head=head)
        if n == 1:
            site.page("/", html)
        else:
            site.page(url, html, content_type=HTML)
        site.non_articles.append(url)
    site.trap("index / sorted by the last reply (a November 2024 notice with a May 2025 reply near the top), 20 a page: "
              "?page=2; titles only, no dates", "/?page=2")
    tag_lis = "".join(f'<li><a href="{{{{base}}}}/t/{t}">{esc(n)}</a></li>' for t, (n, _) in TAGS.items())
    site.page("/tags", layout(f"Thẻ - {FORUM}", f'<div class="container">\n<h2>Thẻ</h2>\n<ul>{tag_lis}</ul>\n</div>'))
    site.non_articles.append("/tags")
    for t, (name, desc) in TAGS.items():
        items = [d for d in by_last if d.tag == t]
        content = f'<div class="container">\n<h2>{esc(name)}</h2>\n<p>{esc(desc)}</p>\n{ul(items)}\n</div>'
        site.page(f"/t/{t}", layout(f"{name} - {FORUM}", content, head=f'<link rel="canonical" href="{{{{base}}}}/t/{t}">'))
        site.non_articles.append(f"/t/{t}")
    for u, name in USERS.items():
        mine = [d for d in by_last if d.user == u]
        content = (f'<div class="container">\n<h2>{esc(name)}</h2>\n<p>Tham gia diễn đàn từ 2023</p>\n{ul(mine)}\n</div>')
        site.page(f"/u/{u}", layout(f"{name} - {FORUM}", content))
        site.non_articles.append(f"/u/{u}")
    site.page("/p/1-gioi-thieu", layout(f"Giới thiệu - {FORUM}", '<div class="container">\n<h2>Giới thiệu</h2>\n<div class="Post-body">'
                                        '<p>Diễn đàn HTX Hà Giang do Liên minh HTX tỉnh Hà Giang thành lập năm 2023, là nơi các '
                                        'HTX trao đổi kinh nghiệm, hỏi đáp chính sách và kết nối tiêu thụ sản phẩm.</p>'
                                        '<p>Thành viên tuân thủ nội quy diễn đàn khi đăng bài.</p></div>\n</div>'))
    site.page("/p/2-dieu-khoan-su-dung", layout(f"Điều khoản sử dụng - {FORUM}", '<div class="container">\n<h2>Điều khoản sử dụng'
                                                '</h2>\n<div class="Post-body"><p>Không đăng nội dung quảng cáo sai sự thật.'
                                                '</p></div>\n</div>'))
    site.non_articles += ["/p/1-gioi-thieu", "/p/2-dieu-khoan-su-dung"]
    site.trap("members' discussions in 'Hỏi đáp' and 'Chợ HTX' (same markup as the news), user pages /u/<name>, /tags, "
              "/t/<tag> and the fof/pages pages /p/1-gioi-thieu, /p/2-dieu-khoan-su-dung: no articles", "/t/hoi-dap")
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /settings\nDisallow: /notifications\n"
                "Disallow: /reset\nDisallow: /confirm\n")
    for f in ("/assets/logo-hagiang.png", "/assets/favicon-x6b2kq.png", "/assets/files/banner-hagiang.png"):
        site.binary(f, image_for(f))
    return site
