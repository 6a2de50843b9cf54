"""Site `congdong-htxkontum` (registry family `generic`): "Cộng đồng HTX Kon Tum", the link aggregator the Kon Tum
cooperative alliance runs on **Lemmy 0.19.3** (the federated Reddit-like server; the pages are **lemmy-ui 0.19.3**'s
server-side rendering, the interface language `vi`, the site's default sort "Mới" (New), the default listing
"Cục bộ" (Local); lemmy-ui's container runs in UTC, the Docker image's default; the copy is of 14 May 2025 09:30,
before the province joined Quảng Ngãi). The alliance's news are the posts of the community `!tintuc`; members ask in
`!hoidap`. Written as a held-out test: no family module, no selectors.

URL shapes: a post `/post/<id>` (no slug); a comment's permalink `/comment/<id>` (the same post on top, the one comment's
thread under it and "Xem tất cả bình luận": the same article, an alias); communities `/c/tintuc`, `/c/hoidap`,
their pages and sorts `/c/tintuc?dataType=Post&page=2&sort=New`, `?…&sort=Hot`, `?…&sort=TopAll`; the front page `/`
and `/?dataType=Post&listingType=Local&page=2&sort=New`; profiles `/u/<name>`; `/communities`, `/search?q=…&type=All
&listingType=All&page=1&sort=TopAll`, `/signup`, `/legal`, `/instances`; `/login`, `/create_post`, `/modlog` (robots.txt,
lemmy-ui's own, disallows them; its `Disallow: /search/` does not cover `/search?q=`); the RSS
`/feeds/c/tintuc.xml?sort=New` (20 newest, pubDate in `+0000`). The post's PDF is on the alliance's nginx beside Lemmy
(`/files/…`); pictures are pict-rs' `/pictrs/image/<uuid>.png`. No site map, no canonical link.

What is an article here: a post of `!tintuc` with a text (a markdown body). Most posts of `!tintuc` are bare link
shares (a title linking to a newspaper's page, lemmy's metadata card with the newspaper's own description, no body):
not articles; nor the questions of `!hoidap`, nor the cross-post of a news item into `!hoidap` (its body "đăng chéo
từ: …" quotes the original).

Why it is hard: the post page's `<h1 class="h5 d-inline text-break">` is the title (the `<title>` adds " - HTX Kon
Tum"); a link post's title is an anchor to the outside URL. The body is `article#postContent > div.md-div` (markdown-it:
`<p>`, `<h2>`, lists, tables, `<img>` whose caption is the next italic paragraph); the post's line shows the creator's
display name (a `title="@admin@htxkontum.vn"` on the link), the community, and the age "2 ngày trước" / "3 tháng
trước" in `span.moment-time` whose `data-tippy-content` holds the exact time as date-fns formats it on the UTC
server: "Đã tạo: Thứ Năm, ngày 20 tháng 02 năm 2025 17:25:00 GMT+00:00" (the post of 00:25 on 21 February, Vietnam
time). `window.isoData` (the state handed to the client) repeats the post with `"published":"…Z"`. Votes, the
comment tree (`li.comment` with their own ages and `/comment/<id>` links), the community's sidebar card (description,
moderators, counts) and the cross-post line "Đã đăng chéo đến:" surround it. The account `admin` and the office's
`vanphong` are no authors; a staff member's display name is, unless a byline closes the text. The oldest news post is
only on page 2 of `/c/tintuc` and of `/` (20 posts a page: the bare link shares fill page 1); its creator has no
other post.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "congdong-htxkontum"
NAME = "HTX Kon Tum"
HOST = "htxkontum.vn"
NOW = datetime(2025, 5, 14, 9, 30)
UTC = timedelta(hours=7)
PER = 20
USERS = {"admin": None, "vanphong": "Văn phòng Liên minh HTX", "nguyenthuha": "Nguyễn Thu Hà",
         "tranquocviet": "Trần Quốc Việt", "htxdakha": "HTX Cà phê Đăk Hà", "ksorhien": "Ksor Hiên",
         "anhtuan_kt": "A Tuấn", "phamlinh": "Phạm Thị Linh"}
COMMUNITIES = {"tintuc": ("Tin tức", "Tin hoạt động của Liên minh HTX tỉnh Kon Tum và các hợp tác xã thành viên."),
               "hoidap": ("Hỏi đáp HTX", "Hỏi đáp về thành lập, quản lý và hoạt động của hợp tác xã.")}
SITE_DESC = "Diễn đàn liên kết của Liên minh Hợp tác xã tỉnh Kon Tum và các HTX thành viên"
LEGAL = "Nội quy: tôn trọng thành viên, không đăng quảng cáo, ghi rõ nguồn khi chia sẻ bài báo."
FURN = ["Tạo bài viết", "Tạo cộng đồng", "Ủng hộ Lemmy", "Đăng nhập", "Đăng ký", "Nhật ký điều hành",
        "Máy chủ liên kết", "Điều hành viên", "người dùng / ngày", "người đăng ký", "Xem nguồn", "BE: 0.19.3",
        "FE: 0.19.3", COMMUNITIES["tintuc"][1], "Bình luận", "Nổi bật", "Cũ nhất"]
WEEK = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def u(d: datetime) -> datetime:
    return d - UTC


def h(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def uuid(text: str) -> str:
    x = hashlib.sha1(text.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def ago(d: datetime) -> str:
    """date-fns formatDistanceStrict(…, {addSuffix: true}) in the vi locale."""
    s = (NOW - d).total_seconds()
    if s < 3600:
        return f"{int(s // 60)} phút trước"
    if s < 86400:
        return f"{round(s / 3600)} giờ trước"
    days = round(s / 86400)
    if days < 30:
        return f"{days} ngày trước"
    months = round(days / 30.4)
    if months < 12:
        return f"{months} tháng trước"
    return f"{round(days / 365)} năm trước"


def tippy(d: datetime) -> str:
    """date-fns format(…, 'PPPPpppp') in vi on the server (UTC): what the tooltip holds."""
    x = u(d)
    return (f"Đã tạo: {WEEK[x.weekday()]}, ngày {x.day:02d} tháng {x.month:02d} năm {x.year} "
            f"{x:%H:%M:%S} GMT+00:00")


def moment(d: datetime) -> str:
    return (f'<span data-tippy-content="{attr(tippy(d))}" class="moment-time pointer unselectable">'
            f"{ago(d)}</span>")


def zulu(d: datetime) -> str:
    return f"{u(d):%Y-%m-%dT%H:%M:%S}.{int(h(str(d), 5), 16) % 1000000:06d}Z"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 14/TB-LMHTX về việc tổ chức lớp bồi dưỡng cán bộ quản lý HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH KON TUM
Số: 14/TB-LMHTX
Kon Tum, ngày 09 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng cán bộ quản lý HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản lý cho giám đốc, kế toán các HTX trên địa bàn tỉnh.
Thời gian học từ ngày 26/5/2025 đến ngày 30/5/2025 tại Hội trường Liên minh HTX tỉnh, số 121 Bà Triệu, TP Kon Tum.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 20/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa
""", author=None, doc_number="14/TB-LMHTX",
          attachments=[{"path": "/files/tb-14-lmhtx-2025.pdf", "text": "TB-14-LMHTX-2025.pdf"}],
          opts={"by": "vanphong", "score": 9, "comments": [
              ("htxdakha", "HTX Cà phê Đăk Hà đăng ký 02 học viên, Văn phòng xác nhận giúp ạ.", 3,
               [("vanphong", "Văn phòng đã nhận danh sách của HTX, cảm ơn anh.", 1, [])]),
              ("ksorhien", "Lớp học có hỗ trợ chỗ ở cho học viên ở huyện xa không ạ?", 2, [])]},
          notes=["notice 'Số: 14/TB-LMHTX' dated 09/5 in its text, posted 12/05 14:05 ('2 ngày trước' on the copy's day, "
                 "the tooltip 'Đã tạo: Thứ Hai, ngày 12 tháng 05 năm 2025 07:05:00 GMT+00:00': the UTC server); creator "
                 "= the office account: no author; the signer is text; the PDF (its own paragraph, /files/…) is an "
                 "attachment, not text; the comment tree (a reply by the office) is not text; a comment's permalink "
                 "/comment/<id> shows the same post: an alias"],
          **at(datetime(2025, 5, 12, 14, 5))),
        A(path="", title="Ảnh: HTX Sâm Ngọc Linh Tu Mơ Rông chăm sóc vườn sâm mùa mưa",
          body="""
Đầu mùa mưa, thành viên HTX Sâm Ngọc Linh Tu Mơ Rông tập trung chăm sóc, phòng bệnh cho vườn sâm dưới tán rừng.
[img sam-1.png] Thành viên HTX làm cỏ, phủ lá mục cho luống sâm ba năm tuổi
[img sam-2.png] Hệ thống lưới che và rào bảo vệ vườn sâm của HTX
[img sam-3.png] Cán bộ kỹ thuật hướng dẫn thành viên nhận biết bệnh thối củ
HTX hiện quản lý 18 ha sâm Ngọc Linh của 46 hộ thành viên người Xơ Đăng.
""", byline="Bài, ảnh: A Tuấn", author="A Tuấn",
          opts={"by": "nguyenthuha", "score": 15, "comments": [("phamlinh", "Vườn sâm đẹp quá, chúc HTX được mùa!", 4, [])]},
          notes=["photo story: markdown images (pict-rs /pictrs/image/<uuid>.png) each followed by an italic paragraph: the "
                 "caption, one line each; creator Nguyễn Thu Hà but 'Bài, ảnh: A Tuấn' closes the text -> A Tuấn"],
          **at(datetime(2025, 4, 25, 16, 20))),
        A(path="", title="Kết quả phát triển HTX tỉnh Kon Tum quý I năm 2025",
          body="""
Quý I/2025, toàn tỉnh thành lập mới 14 HTX, nâng tổng số HTX đang hoạt động lên 289 HTX.
| Huyện, thành phố | HTX thành lập mới | HTX đang hoạt động | Thành viên |
| TP Kon Tum | 3 | 52 | 1.340 |
| Đăk Hà | 4 | 41 | 1.125 |
| Ngọc Hồi | 2 | 33 | 860 |
| Tu Mơ Rông | 5 | 27 | 712 |
Doanh thu bình quân một HTX nông nghiệp đạt khoảng 1,1 tỷ đồng/năm.
""", author="Nguyễn Thu Hà",
          opts={"by": "nguyenthuha", "score": 7, "comments": []},
          notes=["a markdown table (markdown-it: thead th, tbody td): one line per row; creator Nguyễn Thu Hà (display "
                 "name of a staff member), no byline in the text: she is the author"],
          **at(datetime(2025, 4, 8, 10, 15))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ đánh giá sản phẩm OCOP năm 2025",
          body="""
Năm 2025, tỉnh Kon Tum tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP hai đợt vào tháng 6 và tháng 10.
## Hồ sơ gồm
* Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
* Phương án sản xuất, kinh doanh của HTX;
* Giấy chứng nhận an toàn thực phẩm và kết quả kiểm nghiệm sản phẩm;
* Hình ảnh bao bì, nhãn mác sản phẩm.
## Nơi nộp hồ sơ
HTX nộp hồ sơ tại Phòng Nông nghiệp hoặc Phòng Kinh tế cấp huyện nơi HTX đăng ký trụ sở.
""", byline="Lê Minh Đức - Chi cục Phát triển nông thôn", author="Lê Minh Đức",
          opts={"by": "admin", "score": 11, "comments": [("htxdakha", "Cảm ơn admin, hướng dẫn rất rõ.", 1, [])]},
          notes=["two '##' headings (h2) and a bullet list; creator = the admin account but 'Lê Minh Đức - Chi cục Phát "
                 "triển nông thôn' closes the text -> Lê Minh Đức"],
          **at(datetime(2025, 3, 20, 8, 40))),
        A(path="", title="HTX Cà phê Đăk Hà ký hợp đồng xuất khẩu 200 tấn cà phê nhân",
          body="""
HTX Cà phê Đăk Hà vừa ký hợp đồng xuất khẩu 200 tấn cà phê nhân xanh sang thị trường Hàn Quốc.
Cà phê được thu mua từ vườn của 85 hộ thành viên đạt chứng nhận 4C, giá cao hơn thị trường khoảng 8%.
HTX đang đầu tư thêm kho chứa và máy phân loại hạt để bảo đảm chất lượng lô hàng.
""", byline="Theo Báo Kon Tum", author=None,
          opts={"by": "admin", "score": 6, "comments": [], "url": "{{base:offsite}}/baokontum/htx-ca-phe-dak-ha-xuat-khau.html",
                "domain": "baokontum.com.vn", "embed": ("Đăk Hà: HTX ký hợp đồng xuất khẩu cà phê",
                                                        "Báo Kon Tum điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Kon Tum")},
          notes=["a link post with a body: the title anchors to the newspaper's page (outside), lemmy's metadata card "
                 "carries the newspaper's own title and description (not text); 'Theo Báo Kon Tum' closes the text: a "
                 "reprint, no author"],
          **at(datetime(2025, 3, 5, 15, 0))),
        A(path="", title="Liên minh HTX tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 9",
          body="""
Chiều 20/2, Liên minh HTX tỉnh Kon Tum tổ chức hội nghị Ban Chấp hành lần thứ 9, nhiệm kỳ 2021 - 2026.
Hội nghị thống nhất kế hoạch hỗ trợ thành lập mới 40 HTX và tổ chức 12 lớp tập huấn trong năm 2025.
Các đại biểu đề nghị tăng nguồn vốn Quỹ hỗ trợ phát triển HTX để HTX đầu tư máy móc, kho bãi.
""", author=None,
          opts={"by": "vanphong", "score": 5, "comments": []},
          notes=["posted at 00:25 on 21 February (Vietnam) after the afternoon's meeting: the UTC server's tooltip reads "
                 "'Thứ Năm, ngày 20 tháng 02 năm 2025 17:25:00 GMT+00:00', isoData and the RSS say 20 February (UTC); "
                 "published = 2025-02-21 00:25; the visible age is only '3 tháng trước'; creator = the office: no author"],
          **at(datetime(2025, 2, 21, 0, 25))),
        A(path="", title="HTX Nông nghiệp Sa Thầy đưa máy sấy nông sản vào hoạt động",
          body="""
HTX Nông nghiệp Sa Thầy vừa đưa vào hoạt động hệ thống máy sấy nông sản công suất 10 tấn/mẻ.
Máy sấy giúp thành viên chủ động sấy mì, bắp và cà phê, giảm thất thoát sau thu hoạch.
Tổng vốn đầu tư hơn 1,5 tỷ đồng, trong đó vay Quỹ hỗ trợ phát triển HTX tỉnh 800 triệu đồng.
""", byline="Y Hương", author="Y Hương",
          opts={"by": "admin", "score": 8, "comments": [], "crosspost": True},
          notes=["the bare name 'Y Hương' closes the text: the author (creator = the admin account); cross-posted into "
                 "!hoidap ('Đã đăng chéo đến:'): the cross-post quotes this body and is no second article"],
          **at(datetime(2025, 2, 10, 9, 30))),
        A(path="", title="Liên minh HTX tỉnh Kon Tum tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Kon Tum tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 38 HTX, tổ chức 10 lớp tập huấn cho 560 lượt cán bộ HTX.
""", byline="Tin, ảnh: Trần Quốc Việt", author="Trần Quốc Việt",
          opts={"by": "tranquocviet", "score": 1, "comments": []},
          notes=["the oldest news post: only on page 2 of /c/tintuc and of / (?dataType=Post&…&page=2&sort=New; the 20 "
                 "newer posts fill page 1, the RSS holds 20); its creator Trần Quốc Việt has no other post; age '5 tháng "
                 "trước'; 'Tin, ảnh: Trần Quốc Việt' -> author"],
          **at(datetime(2024, 12, 27, 15, 0))),
    ]


SHARES = [  # bare link shares in !tintuc: (title, newspaper, slug, date)
    ("Kon Tum: 12 sản phẩm OCOP mới được công nhận đợt 1 năm 2025", "baokontum", "ocop-dot-1-2025", datetime(2025, 5, 10, 8, 12)),
    ("Phát triển kinh tế tập thể gắn với xây dựng nông thôn mới", "vca", "ktth-nong-thon-moi", datetime(2025, 5, 6, 19, 40)),
    ("Giá cà phê hôm nay tăng nhẹ tại Tây Nguyên", "baokontum", "gia-ca-phe-hom-nay", datetime(2025, 5, 2, 7, 5)),
    ("Ngọc Hồi hỗ trợ HTX tiêu thụ nông sản qua sàn thương mại điện tử", "baokontum", "ngoc-hoi-san-tmdt", datetime(2025, 4, 29, 10, 30)),
    ("Sâm Ngọc Linh Kon Tum được bảo hộ chỉ dẫn địa lý", "baokontum", "sam-ngoc-linh-chi-dan", datetime(2025, 4, 18, 14, 0)),
    ("Tập huấn chuyển đổi số cho HTX khu vực Tây Nguyên", "vca", "chuyen-doi-so-tay-nguyen", datetime(2025, 4, 14, 9, 15)),
    ("Đăk Tô: HTX trồng dược liệu liên kết với doanh nghiệp", "baokontum", "dak-to-duoc-lieu", datetime(2025, 4, 2, 16, 45)),
    ("Luật Hợp tác xã 2023: những điểm mới về tài sản chung", "vca", "luat-htx-tai-san-chung", datetime(2025, 3, 27, 8, 0)),
    ("Kon Plông phát triển du lịch cộng đồng gắn với HTX", "baokontum", "kon-plong-du-lich", datetime(2025, 3, 12, 11, 20)),
    ("Vốn vay ưu đãi cho HTX nông nghiệp năm 2025", "vca", "von-vay-uu-dai-2025", datetime(2025, 2, 26, 15, 35)),
    ("Kon Tum đặt mục tiêu thành lập mới 40 HTX năm 2025", "baokontum", "muc-tieu-40-htx", datetime(2025, 2, 3, 9, 50)),
    ("HTX rau an toàn Măng Đen mở rộng vùng trồng", "baokontum", "rau-mang-den", datetime(2025, 1, 20, 13, 10)),
    ("Tổng kết Chương trình OCOP tỉnh Kon Tum năm 2024", "baokontum", "tong-ket-ocop-2024", datetime(2025, 1, 8, 10, 0)),
]
QUESTIONS = [  # !hoidap: (title, by, body, date, [(user, answer)])
    ("Thủ tục chuyển đổi tổ hợp tác thành HTX cần những gì?", "ksorhien",
     "Tổ hợp tác của chúng tôi có 9 thành viên trồng cà phê, muốn chuyển thành HTX thì cần chuẩn bị hồ sơ gì ạ?",
     datetime(2025, 4, 30, 20, 10), [("vanphong", "Chị chuẩn bị điều lệ, phương án sản xuất và danh sách thành viên; "
                                      "Văn phòng sẽ hướng dẫn trực tiếp.")]),
    ("HTX có được vay Quỹ hỗ trợ để mua máy sấy không?", "htxdakha",
     "HTX chúng tôi muốn đầu tư máy sấy cà phê, xin hỏi mức vay tối đa của Quỹ hỗ trợ phát triển HTX tỉnh?",
     datetime(2025, 3, 18, 7, 45), [("nguyenthuha", "Mức vay tối đa hiện nay là 1 tỷ đồng, lãi suất ưu đãi.")]),
]


def md_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n"
                       "<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p><img src="{{{{base}}}}/pictrs/image/{uuid(b.src)}.png" alt="{attr(b.src)}" '
                       f'class="img-fluid" loading="lazy"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    for x in a.attachments:
        out.append(f'<p><a href="{{{{base}}}}{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f"<p><em>{esc(a.byline)}</em></p>")
    return "\n".join(out)


def md_source(a: RichArticle) -> str:
    lines = []
    for b in a.blocks:
        if b.kind == "p":
            lines.append(inline_text(b.text))
        elif b.kind == "h":
            lines.append("## " + b.text)
        elif b.kind in ("ul", "ol"):
            lines.append("\n".join(f"- {x}" for x in b.items))
        elif b.kind == "table":
            head, *rows = b.rows
            lines.append("\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                                   + ["| " + " | ".join(r) + " |" for r in rows]))
        elif b.kind == "img":
            lines.append(f"![{b.src}](https://{HOST}/pictrs/image/{uuid(b.src)}.png)")
            if b.text:
                lines.append(f"*{b.text}*")
    for x in a.attachments:
        lines.append(f"[{x['text']}](https://{HOST}{x['path']})")
    if a.byline:
        lines.append(f"*{a.byline}*")
    return "\n\n".join(lines)


class Post:
    def __init__(self, pid: int, title: str, by: str, community: str, date: datetime, body_html: str = "",
                 body_md: str = "", url: str | None = None, domain: str | None = None, embed: tuple | None = None,
                 score: int = 1, comments: list | None = None, art: RichArticle | None = None):
        self.id, self.title, self.by, self.community, self.date = pid, title, by, community, date
        self.body_html, self.body_md, self.url, self.domain, self.embed = body_html, body_md, url, domain, embed
        self.score, self.comments, self.art = score, comments or [], art
        self.crossposts: list[Post] = []

    @property
    def path(self) -> str:
        return f"/post/{self.id}"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kon-tum", f"Cộng đồng {NAME} (Lemmy 0.19)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/feeds/c/tintuc.xml?sort=New" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    posts: list[Post] = []
    for a in arts:
        o = a.opts
        posts.append(Post(0, a.title, o["by"], "tintuc", a.date, md_html(a), md_source(a), o.get("url"), o.get("domain"),
                          o.get("embed"), o["score"], o["comments"], a))
    for title, paper, slug, d in SHARES:
        base = "{{base:offsite}}/" + paper
        posts.append(Post(0, title, "admin", "tintuc", d, url=f"{base}/{slug}.html",
                          domain="baokontum.com.vn" if paper == "baokontum" else "vca.org.vn",
                          embed=(title, "Báo Kon Tum điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Kon Tum"
                                 if paper == "baokontum" else "Liên minh Hợp tác xã Việt Nam - Cổng thông tin điện tử"),
                          score=2 + len(slug) % 5))
    for title, by, body, d, answers in QUESTIONS:
        posts.append(Post(0, title, by, "hoidap", d, f"<p>{esc(body)}</p>", body, score=3,
                          comments=[(x, t, 1, []) for x, t in answers]))
    cross_of = next(p for p in posts if p.art and p.art.opts.get("crosspost"))
    quote = "\n".join(f"<p>{inline_html(b.text)}</p>" for b in cross_of.art.blocks if b.kind == "p")
    cross = Post(0, cross_of.title, "admin", "hoidap", cross_of.date + timedelta(minutes=12),
                 f'<p>đăng chéo từ: <a href="{{{{base}}}}/post/{{XID}}">https://{HOST}/post/{{XID}}</a></p>\n'
                 f"<blockquote>\n{quote}\n</blockquote>", "", score=1)
    posts.append(cross)
    posts.sort(key=lambda p: p.date)
    pid = 96
    for p in posts:
        pid += 3 if p.community == "tintuc" else 2
        p.id = pid
    cross.body_html = cross.body_html.replace("{XID}", str(cross_of.id))
    cross.body_md = f"đăng chéo từ: https://{HOST}/post/{cross_of.id}\n> " + "\n> ".join(
        inline_text(b.text) for b in cross_of.art.blocks if b.kind == "p")
    cross_of.crossposts.append(cross)
    cross.crossposts.append(cross_of)
    posts.sort(key=lambda p: p.date, reverse=True)
    for a in arts:
        a.path = next(p.path for p in posts if p.art is a)

    # comments: ids, times
    cid = 410
    comment_index: dict[int, tuple[Post, dict]] = {}

    def number(p: Post, items: list, depth: int, start: datetime, top: dict | None = None) -> list[dict]:
        nonlocal cid
        out = []
        for i, (user, text, score, replies) in enumerate(items):
            cid += 1 + (cid % 3)
            when = start + timedelta(hours=2 + 3 * i + depth, minutes=7 * (i + 1))
            c = {"id": cid, "user": user, "text": text, "score": score, "when": when, "top": top}
            comment_index[cid] = (p, c)
            c["replies"] = number(p, replies, depth + 1, when, top or c)
            out.append(c)
        return out

    for p in sorted(posts, key=lambda p: p.date):
        p.tree = number(p, p.comments, 0, p.date)
    comment_strings = {c["text"] for p, c in comment_index.values() if p.art}

    def count(tree: list[dict]) -> int:
        return sum(1 + count(c["replies"]) for c in tree)

    def person(user: str, avatar: bool = True) -> str:
        shown = USERS[user] or user
        img = (f'<img class="overflow-hidden pictrs-image img-fluid img-icon me-1" src="{{{{base}}}}/pictrs/image/'
               f'{uuid("avatar-" + user)}.png" alt="">' if avatar and USERS[user] else "")
        return (f'<span class="person-listing d-inline-flex align-items-baseline text-info"><a class="person-listing '
                f'd-inline-flex align-items-baseline text-info" title="@{user}@{HOST}" href="/u/{user}">{img}'
                f"<span>{esc(shown)}</span></a></span>")

    def community_link(c: str) -> str:
        return (f'<a class="community-link " title="{attr(COMMUNITIES[c][0])}" href="/c/{c}"><span class="overflow-wrap-anywhere">'
                f"{esc(COMMUNITIES[c][0])}</span></a>")

    def iso_data(path: str, route: dict) -> str:
        data = {"path": path, "site_res": {"site_view": {"site": {"id": 1, "name": NAME, "sidebar": SITE_DESC,
                "actor_id": f"https://{HOST}/", "published": "2023-09-02T03:11:46.402116Z"},
                "local_site": {"default_sort_type": "New", "default_post_listing_type": "Local"}},
                "version": "0.19.3", "my_user": None}, "routeData": route, "errorPageData": None,
                "showAdultConsentModal": False}
        return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")

    def post_json(p: Post) -> dict:
        return {"post": {"id": p.id, "name": p.title, "url": (p.url or "").replace("{{base:offsite}}", "https://offsite.invalid") or None,
                         "body": p.body_md or None, "creator_id": list(USERS).index(p.by) + 2,
                         "community_id": 2 if p.community == "tintuc" else 3, "removed": False, "locked": False,
                         "published": zulu(p.date), "updated": None, "deleted": False, "nsfw": False,
                         "ap_id": f"https://{HOST}/post/{p.id}", "local": True, "language_id": 0,
                         "featured_community": False, "featured_local": False},
                "creator": {"id": list(USERS).index(p.by) + 2, "name": p.by, "display_name": USERS[p.by],
                            "actor_id": f"https://{HOST}/u/{p.by}", "local": True},
                "community": {"id": 2 if p.community == "tintuc" else 3, "name": p.community,
                              "title": COMMUNITIES[p.community][0]},
                "counts": {"post_id": p.id, "comments": count(p.tree), "score": p.score, "upvotes": p.score,
                           "downvotes": 0, "published": zulu(p.date)}}

    def layout(title: str, path: str, main: str, aside: str, route: dict, description: str = SITE_DESC,
               feed: str | None = None, image: str | None = None) -> str:
        og_img = f'\n<meta property="og:image" content="{image}">' if image else ""
        alt = f'\n<link rel="alternate" type="application/rss+xml" href="{feed}" title="RSS">' if feed else ""
        nav = "".join(f'<li class="nav-item"><a class="nav-link" title="{t}" href="{href}">{t}</a></li>'
                      for t, href in [("Cộng đồng", "/communities"), ("Tạo bài viết", "/create_post"),
                                      ("Tạo cộng đồng", "/create_community")])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<script nonce="{h(path, 16)}">window.isoData = {iso_data(path, route)};</script>
<meta name="Description" content="Lemmy">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link id="favicon" rel="shortcut icon" type="image/x-icon" href="/static/assets/icons/favicon.svg">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" type="text/css" href="/static/styles/styles.css">
<link rel="stylesheet" type="text/css" href="/css/themes/browser.css">
<title>{esc(title)}</title>
<meta property="title" content="{attr(title)}">
<meta property="og:title" content="{attr(title)}">
<meta property="twitter:title" content="{attr(title)}">
<meta property="og:url" content="{{{{base}}}}{attr(path)}">
<meta property="twitter:url" content="{{{{base}}}}{attr(path)}">
<meta property="og:type" content="website">
<meta property="twitter:card" content="summary_large_image">
<meta property="description" content="{attr(description)}">
<meta property="og:description" content="{attr(description)}">
<meta property="twitter:description" content="{attr(description)}">{og_img}{alt}
</head>
<body>
<noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div id="app" class="lemmy-site">
<div class="shadow-sm">
<nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar">
<a id="navTitle" class="d-flex align-items-center navbar-brand me-md-3" title="{NAME}" href="/"><img src="{{{{base}}}}/pictrs/image/{uuid('site-icon')}.png" alt="" class="overflow-hidden pictrs-image img-fluid img-icon me-1">{NAME}</a>
<div class="collapse navbar-collapse my-2" id="navbarDropdown">
<ul class="me-auto navbar-nav" id="navbarLinks">{nav}<li class="nav-item"><a class="nav-link" title="Ủng hộ Lemmy" href="{{{{base:offsite}}}}/join-lemmy/donate">Ủng hộ Lemmy</a></li></ul>
<ul class="navbar-nav" id="navbarIcons"><li id="navSearch" class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="Tìm kiếm" href="/search"><svg class="icon"><use xlink:href="/static/assets/symbols.svg#icon-search"></use></svg></a></li>
<li class="nav-item"><a class="nav-link" href="/login">Đăng nhập</a></li><li class="nav-item"><a class="nav-link" href="/signup">Đăng ký</a></li></ul>
</div></nav></div>
<div class="mt-4 p-0 fl-1"><div class="container-lg"><div class="row">
<main role="main" class="col-12 col-md-8 col-lg-9 mb-3">{main}</main>
<aside class="d-none d-md-block col-md-4 col-lg-3">{aside}</aside>
</div></div></div>
<nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
<li class="nav-item"><span class="nav-link">FE: 0.19.3</span></li><li class="nav-item"><span class="nav-link">BE: 0.19.3</span></li>
<li class="nav-item"><a class="nav-link" href="/modlog">Nhật ký điều hành</a></li><li class="nav-item"><a class="nav-link" href="/legal">Pháp lý</a></li>
<li class="nav-item"><a class="nav-link" href="/instances">Máy chủ liên kết</a></li><li class="nav-item"><a class="nav-link" href="{{{{base:offsite}}}}/join-lemmy/">join-lemmy.org</a></li></ul></div></nav>
</div></div>
<script defer src="/static/js/client.js"></script>
</body>
</html>
"""

    def community_card(c: str) -> str:
        name, desc = COMMUNITIES[c]
        subs = 214 if c == "tintuc" else 97
        return (f'<div class="community-sidebar"><section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body">'
                f'<div class="mb-2"><h5 class="mb-0 d-inline"><span class="me-2">{esc(name)}</span></h5>'
                f'<a class="community-link " title="!{c}@{HOST}" href="/c/{c}">!{c}@{HOST}</a></div>'
                f'<button class="btn btn-secondary d-block mb-2 w-100" type="button">Đăng ký</button>'
                f'<div class="md-div"><p>{esc(desc)}</p></div>'
                f'<ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-secondary">3 người dùng / ngày</li>'
                f'<li class="list-inline-item badge text-bg-secondary">{subs} người đăng ký</li>'
                f'<li class="list-inline-item"><a class="badge text-bg-primary" href="/modlog/2">Nhật ký điều hành</a></li></ul>'
                f'<ul class="list-inline small"><li class="list-inline-item">Điều hành viên</li>'
                f'<li class="list-inline-item">{person("admin", False)}</li><li class="list-inline-item">{person("vanphong", False)}</li>'
                f"</ul></div></section></div>")

    def site_card() -> str:
        return (f'<div class="site-sidebar accordion"><section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body">'
                f'<h5 class="mb-0">{NAME}</h5><p class="text-muted">{esc(SITE_DESC)}</p>'
                f'<div class="md-div"><p>{esc(LEGAL)}</p></div>'
                f'<ul class="my-2 list-inline"><li class="list-inline-item badge text-bg-secondary">12 người dùng / ngày</li>'
                f'<li class="list-inline-item badge text-bg-secondary">2 cộng đồng</li></ul>'
                f'<ul class="mt-1 list-inline small mb-0"><li class="list-inline-item">Quản trị viên:</li>'
                f'<li class="list-inline-item">{person("admin", False)}</li></ul></div></section></div>')

    def title_line(p: Post, heading: str) -> str:
        href = p.url if p.url else p.path
        rel = ' rel="noopener nofollow ugc"' if p.url else ""
        dom = (f' <small class="d-inline-block"><a class="fst-italic link-dark link-opacity-75 link-opacity-100-hover" '
               f'href="{p.url}" title="{p.url}"{rel}>({p.domain})</a></small>' if p.url else "")
        return (f'<{heading} class="h5 d-inline text-break"><a class="d-inline link-dark" href="{href}" title="{attr(p.title)}"'
                f"{rel}>{esc(p.title)}</a></{heading}>{dom}")

    def created_line(p: Post) -> str:
        return (f'<div class="small mb-1 mb-md-0">{person(p.by)}<span> tới </span>{community_link(p.community)}'
                f'<span class="mx-1">•</span>{moment(p.date)}</div>')

    def listing(p: Post) -> str:
        n = count(p.tree)
        thumb = (f'<a href="{p.url}" rel="noopener nofollow ugc" class="thumbnail rounded overflow-hidden d-inline-block '
                 f'position-relative p-0 border-0 bg-transparent"><svg class="icon d-flex align-items-center justify-content-center">'
                 f'<use xlink:href="/static/assets/symbols.svg#icon-link"></use></svg></a>' if p.url else
                 f'<a href="{p.path}" class="thumbnail rounded overflow-hidden d-inline-block bg-transparent"><svg class="icon">'
                 f'<use xlink:href="/static/assets/symbols.svg#icon-message-square"></use></svg></a>')
        return (f'<div class="post-listing mt-2"><div class="d-none d-sm-block"><div class="row">'
                f'<div class="flex-grow-0 flex-shrink-1 pe-0 col-auto"><div class="vote-bar small text-center">'
                f'<button type="button" class="btn-animate btn btn-link p-0 text-muted" title="Thích" aria-label="Thích">'
                f'<svg class="icon upvote"><use xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg></button>'
                f'<div class="unselectable pointer text-muted post-score">{p.score}</div>'
                f'<button type="button" class="btn-animate btn btn-link p-0 text-muted" title="Không thích" aria-label="Không thích">'
                f'<svg class="icon downvote"><use xlink:href="/static/assets/symbols.svg#icon-arrow-down1"></use></svg></button></div></div>'
                f'<div class="col-sm-2 pe-0 post-media"><div class="">{thumb}</div></div>'
                f'<div class="col-12 col-sm-9"><div class="row"><div class="col-12"><div class="post-title">{title_line(p, "h2")}</div>'
                f'{created_line(p)}<div class="d-flex align-items-center justify-content-start flex-wrap text-muted">'
                f'<a class="btn btn-link btn-sm text-muted ps-0" title="{n} Bình luận" href="{p.path}?scrollToComments=true">'
                f'<svg class="icon me-1 d-inline-block"><use xlink:href="/static/assets/symbols.svg#icon-message-square"></use></svg>{n}</a>'
                f"</div></div></div></div></div></div></div><hr class=\"my-3\">")

    def pager(base: str, n: int, total: int, extra: str) -> str:
        pages = (total + PER - 1) // PER
        sep = "&amp;" if "?" in base else "?"
        prev = (f'<a class="btn btn-secondary me-2" href="{base if n == 2 else f"{base}{sep}{extra}&amp;page={n - 1}&amp;sort=New"}">'
                f"Trước</a>") if n > 1 else '<button class="btn btn-secondary me-2" disabled="">Trước</button>'
        nxt = (f'<a class="btn btn-secondary" href="{base}{sep}{extra}&amp;page={n + 1}&amp;sort=New">Tiếp</a>'
               if n < pages else "")
        return f'<div class="paginator my-2">{prev}{nxt}</div>'

    def sort_bar(base: str, sorts: bool) -> str:
        opts = [("Hot", "Hot"), ("Mới", "New"), ("Hàng đầu mọi lúc", "TopAll")]
        links = "".join(f'<a class="btn btn-sm btn-link" href="{base}?dataType=Post&amp;page=1&amp;sort={v}">{t}</a>'
                        for t, v in opts if v != "New") if sorts else ""
        rss = (f'<a href="/feeds/c/tintuc.xml?sort=New" title="RSS" rel="noopener"><svg class="icon text-muted small">'
               f'<use xlink:href="/static/assets/symbols.svg#icon-rss"></use></svg></a>' if base == "/c/tintuc" else "")
        return ('<div class="mb-3"><span class="me-3"><div class="btn-group btn-group-toggle flex-wrap" role="group">'
                '<label class="btn btn-outline-secondary pointer active">Bài viết</label>'
                '<label class="btn btn-outline-secondary pointer">Bình luận</label></div></span>'
                '<span class="me-2"><select class="sort-select form-select d-inline-block w-auto me-2">'
                + "".join(f'<option value="{v}"{" selected" if v == "New" else ""}>{t}</option>' for t, v in opts)
                + f"</select></span>{links}{rss}</div>")

    # -- post pages -------------------------------------------------------------------------
    def comment_html(p: Post, c: dict, depth: int = 0) -> str:
        kids = "".join(comment_html(p, r, depth + 1) for r in c["replies"])
        kids = f'<ul class="comments" aria-label="Bình luận">{kids}</ul>' if kids else ""
        return (f'<li class="comment list-unstyled" role="comment"><article id="comment-{c["id"]}" class="comment-node py-2">'
                f'<div class="{"ms-2" if depth else ""}"><div class="d-flex flex-wrap align-items-center text-muted small">'
                f'<button class="btn btn-sm btn-link text-muted me-2" type="button">[-]</button>{person(c["user"])}'
                f'<span class="me-1 font-weight-bold" aria-label="{c["score"]} điểm">+{c["score"]}</span>'
                f'<span class="me-1">•</span>{moment(c["when"])}</div>'
                f'<div class="md-div"><p>{esc(c["text"])}</p></div>'
                f'<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold">'
                f'<a class="btn btn-link btn-animate text-muted" href="/comment/{c["id"]}" title="Liên kết">'
                f'<svg class="icon icon-inline"><use xlink:href="/static/assets/symbols.svg#icon-link"></use></svg></a>'
                f'<button class="btn btn-link btn-animate text-muted" type="button">Xem nguồn</button></div></div>'
                f"</article>{kids}</li>")

    def post_page(p: Post, focus: dict | None = None) -> str:
        n = count(p.tree)
        body = (f'<article id="postContent" class="col-12 card my-2 p-2"><div class="md-div">{p.body_html}</div></article>'
                if p.body_html else "")
        card = ""
        if p.url and p.embed:
            card = (f'<div class="post-metadata-card card border-secondary mt-3 mb-2"><div class="row"><div class="col-12">'
                    f'<div class="card-body"><h5 class="card-title d-inline"><a class="text-body" href="{p.url}" '
                    f'rel="noopener nofollow ugc">{esc(p.embed[0])}</a></h5><span class="d-inline-block ms-2 mb-2 small text-muted">'
                    f'<a class="text-muted fst-italic" href="{p.url}" rel="noopener nofollow ugc">{p.domain}</a></span>'
                    f'<div class="card-text small text-muted md-div"><p>{esc(p.embed[1])}</p></div></div></div></div></div>')
        xp = ""
        if p.crossposts:
            xp = ('<ul class="list-inline mb-1 small text-muted"><li class="list-inline-item me-2">Đã đăng chéo đến:</li>'
                  + "".join(f'<li class="list-inline-item me-2"><a href="{x.path}">!{x.community}@{HOST}</a></li>'
                            for x in p.crossposts) + "</ul>")
        if focus is None:
            tree = "".join(comment_html(p, c) for c in p.tree)
            head = ""
        else:
            top = focus
            tree = comment_html(p, top)
            head = (f'<a class="ps-0 d-block btn btn-link text-muted" href="{p.path}">Xem tất cả bình luận ➔</a>')
        comments = (f'<div class="comments-wrap"><div class="btn-group btn-group-toggle flex-wrap mb-2" role="group">'
                    f'<label class="btn btn-outline-secondary pointer">Nổi bật</label><label class="btn btn-outline-secondary pointer">'
                    f'Hot</label><label class="btn btn-outline-secondary pointer">Mới</label><label class="btn btn-outline-secondary '
                    f'pointer">Cũ nhất</label></div><div class="d-flex align-items-center mb-2"><h5 class="mb-0">Bình luận</h5>'
                    f'<span class="ms-2 text-muted">{n}</span></div>{head}<ul class="comments" aria-label="Bình luận">{tree}</ul></div>')
        main = (f'<div class="post-listing mt-2"><div class="d-none d-sm-block"><div class="row">'
                f'<div class="flex-grow-0 flex-shrink-1 pe-0 col-auto"><div class="vote-bar small text-center">'
                f'<button type="button" class="btn-animate btn btn-link p-0 text-muted" title="Thích">'
                f'<svg class="icon upvote"><use xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg></button>'
                f'<div class="unselectable pointer text-muted post-score">{p.score}</div>'
                f'<button type="button" class="btn-animate btn btn-link p-0 text-muted" title="Không thích">'
                f'<svg class="icon downvote"><use xlink:href="/static/assets/symbols.svg#icon-arrow-down1"></use></svg></button></div></div>'
                f'<div class="col-12 col-sm-9"><div class="post-title">{title_line(p, "h1")}</div>{created_line(p)}{xp}'
                f'<div class="d-flex align-items-center justify-content-start flex-wrap text-muted">'
                f'<a class="btn btn-link btn-sm text-muted ps-0" href="{p.path}" title="Liên kết">'
                f'<svg class="icon"><use xlink:href="/static/assets/symbols.svg#icon-link"></use></svg></a>'
                f'<button class="btn btn-link btn-sm text-muted" type="button">Xem nguồn</button></div></div></div></div>'
                f"{card}{body}</div>{comments}")
        desc = inline_text(p.body_md.split("\n\n")[0]) if p.body_md else (p.embed[1] if p.embed else p.title)
        path = p.path if focus is None else f"/comment/{focus['id']}"
        img = f"{{{{base}}}}/pictrs/image/{uuid(p.art.first_image())}.png" if p.art and p.art.first_image() else None
        return layout(f"{p.title} - {NAME}", path, main, community_card(p.community),
                      {"postRes": {"state": "success", "data": {"post_view": post_json(p), "community_view": {
                          "community": {"name": p.community, "title": COMMUNITIES[p.community][0]}},
                          "moderators": [{"moderator": {"name": "admin"}}, {"moderator": {"name": "vanphong"}}],
                          "cross_posts": [post_json(x) for x in p.crossposts]}}},
                      description=desc[:300], image=img)

    for p in posts:
        site.page(p.path, post_page(p))
        if p.art is None:
            site.non_articles.append(p.path)
    for c_id, (p, c) in comment_index.items():
        # the focused comment may be a reply: lemmy-ui shows its ancestors; here the tops and replies stand alone
        site.page(f"/comment/{c_id}", post_page(p, c["top"] or c))
        if p.art is not None:
            p.art.aliases.append(f"/comment/{c_id}")
        else:
            site.non_articles.append(f"/comment/{c_id}")
    site.extra_boilerplate += sorted(comment_strings)
    for a in arts:
        a.aliases.append(f"{a.path}?scrollToComments=true")
        a.aliases.sort()
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH KON TUM", "THONG BAO SO 14/TB-LMHTX",
                                                 "Lop boi duong can bo quan ly HTX nam 2025"]))
        site.add_article(a)
    site.extra_boilerplate += [p.embed[1] for p in posts if p.art and p.embed]
    share = next(p for p in posts if p.art is None and p.community == "tintuc")
    site.trap("bare link shares in !tintuc (a title anchored to a newspaper's page, the metadata card with the paper's "
              "description, no body): not articles; they fill page 1 of the community", share.path)
    site.trap("the cross-post of a news item into !hoidap ('đăng chéo từ: https://htxkontum.vn/post/<id>' and the quoted "
              "paragraphs): no second article", cross.path)
    q = next(p for p in posts if p.community == "hoidap" and p is not cross)
    site.trap("!hoidap questions (a member's question, an answer in the comments): not articles", q.path)
    site.trap("a comment's permalink /comment/<id> shows the post with that comment's thread and 'Xem tất cả bình "
              "luận': an alias of the post", arts[0].aliases[0])
    site.trap("the listing's comment-count link /post/<id>?scrollToComments=true: the same page, an alias",
              f"{arts[0].path}?scrollToComments=true")

    # -- listings -----------------------------------------------------------------------------
    def listings(base: str, items: list[Post], aside: str, title: str, extra: str, feed: str | None = None,
                 sorts: bool = False) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            path = base if n == 1 else f"{base}{'&' if '?' in base else '?'}{extra}&page={n}&sort=New"
            chunk = items[(n - 1) * PER:n * PER]
            main = (sort_bar(base, sorts) + '<div class="post-listings">' + "".join(listing(p) for p in chunk) + "</div>"
                    + pager(base, n, len(items), extra.replace("&", "&amp;")))
            site.page(path, layout(title, path, main, aside, {"postsRes": {"state": "success"}}, feed=feed))
            site.non_articles.append(path)
        if sorts:
            for label, key in (("Hot", lambda p: -(p.score + count(p.tree)) ), ("TopAll", lambda p: -p.score)):
                path = f"{base}?dataType=Post&page=1&sort={label}"
                ranked = sorted(items, key=key)[:PER]
                main = sort_bar(base, True) + '<div class="post-listings">' + "".join(listing(p) for p in ranked) + "</div>"
                site.page(path, layout(title, path, main, aside, {"postsRes": {"state": "success"}}, feed=feed))
                site.non_articles.append(path)

    tintuc = [p for p in posts if p.community == "tintuc"]
    listings("/c/tintuc", tintuc, community_card("tintuc"), f"Tin tức - {NAME}", "dataType=Post",
             "/feeds/c/tintuc.xml?sort=New", sorts=True)
    listings("/c/hoidap", [p for p in posts if p.community == "hoidap"], community_card("hoidap"),
             f"Hỏi đáp HTX - {NAME}", "dataType=Post")
    listings("/", posts, site_card(), NAME, "dataType=Post&listingType=Local")
    site.trap("community /c/tintuc (20 posts a page, the site's default sort New): page 2 "
              "/c/tintuc?dataType=Post&page=2&sort=New holds the oldest news post only; the sort links ?sort=Hot, "
              "?sort=TopAll reorder the same posts", "/c/tintuc?dataType=Post&page=2&sort=New")
    site.trap("the front page / (every local post, the instance's sidebar) and its page 2", "/?dataType=Post&listingType=Local&page=2&sort=New")

    # -- profiles ---------------------------------------------------------------------------------
    for user in USERS:
        own = [p for p in posts if p.by == user]
        cs = [(p, c) for p, c in comment_index.values() if c["user"] == user]
        shown = USERS[user] or user
        items = "".join(listing(p) for p in own) + "".join(
            f'<div class="comment-in-profile"><div class="small text-muted"><a href="{p.path}">{esc(p.title)}</a></div>'
            f'<div class="md-div"><p>{esc(c["text"])}</p></div><a href="/comment/{c["id"]}">Liên kết</a></div><hr class="my-2">'
            for p, c in cs)
        main = (f'<div class="person-profile"><h1 class="h4 mb-4">{esc(shown)}</h1><ul class="list-inline mb-2">'
                f'<li class="list-inline-item"><a href="/u/{user}">@{user}@{HOST}</a></li></ul>'
                f'<ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-light">{len(own)} Bài viết</li>'
                f'<li class="list-inline-item badge text-bg-light">{len(cs)} Bình luận</li></ul>'
                f'<div class="text-muted">Tham gia {moment(datetime(2023, 9, 5, 10, 0))}</div></div>{items}')
        site.page(f"/u/{user}", layout(f"{shown} - {NAME}", f"/u/{user}", main, "", {"personRes": {"state": "success"}}))
        site.non_articles.append(f"/u/{user}")
    site.trap("profiles /u/<name> (the admin, the office, staff, members: their posts and comments): not articles", "/u/admin")

    # -- other pages --------------------------------------------------------------------------------
    comm_rows = "".join(
        f'<tr><td>{community_link(c)}</td><td class="text-right">{214 if c == "tintuc" else 97}</td>'
        f'<td class="text-right">{len([p for p in posts if p.community == c])}</td></tr>' for c in COMMUNITIES)
    site.page("/communities", layout(f"Cộng đồng - {NAME}", "/communities",
                                     f'<h1 class="h4 mb-4">Danh sách cộng đồng</h1><table id="community_table" class="table '
                                     f'table-sm table-hover"><thead><tr><th>Tên</th><th>Người đăng ký</th><th>Bài viết</th></tr>'
                                     f"</thead><tbody>{comm_rows}</tbody></table>", site_card(), {}))
    q_path = "/search?q=ocop&type=All&listingType=All&page=1&sort=TopAll"
    found = [p for p in posts if "OCOP" in p.title]
    site.page("/search", layout(f"Tìm kiếm - {NAME}", "/search", '<h1 class="h4 mb-4">Tìm kiếm</h1><form class="row gx-2 '
                                'gy-3"><input type="search" class="form-control" name="q" placeholder="Tìm kiếm..."></form>'
                                f'<p><a href="{q_path.replace("&", "&amp;")}">ocop</a></p>', "", {}))
    site.page(q_path, layout(f"Tìm kiếm: ocop - {NAME}", q_path, '<h1 class="h4 mb-4">Tìm kiếm</h1>'
                             + "".join(listing(p) for p in found), "", {"searchRes": {"state": "success"}}))
    site.page("/signup", layout(f"Đăng ký - {NAME}", "/signup", '<form class="was-validated"><h1 class="h4 mb-4">Đăng ký</h1>'
                                '<input type="text" name="register-username"><input type="password" name="register-password">'
                                '<button type="submit" class="btn btn-secondary">Đăng ký</button></form>', "", {}))
    site.page("/legal", layout(f"Pháp lý - {NAME}", "/legal", f'<div class="md-div"><p>{esc(LEGAL)}</p></div>', "", {}))
    site.page("/instances", layout(f"Máy chủ liên kết - {NAME}", "/instances", '<h1 class="h4 mb-4">Máy chủ liên kết</h1>'
                                   "<h2 class=\"h5\">Liên kết</h2><ul><li>lemmy.world</li><li>lemmy.ml</li></ul>", "", {}))
    site.non_articles += ["/communities", "/search", q_path, "/signup", "/legal", "/instances"]
    site.trap("search /search?q=ocop&type=All&listingType=All&page=1&sort=TopAll (robots' 'Disallow: /search/' does not "
              "cover it): a list", q_path)
    for path, head in [("/login", "Đăng nhập"), ("/create_post", "Tạo bài viết"), ("/create_community", "Tạo cộng đồng"),
                       ("/modlog", "Nhật ký điều hành"), ("/modlog/2", "Nhật ký điều hành")]:
        site.page(path, layout(f"{head} - {NAME}", path, f'<h1 class="h4 mb-4">{head}</h1>', "", {}),
                  content_type="text/html; charset=utf-8" if path == "/modlog" else None)
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-Agent: *\nDisallow: /login\nDisallow: /login_reset\nDisallow: /settings\n"
                "Disallow: /create_community\nDisallow: /create_post\nDisallow: /create_private_message\nDisallow: /inbox\n"
                "Disallow: /setup\nDisallow: /admin\nDisallow: /password_change\nDisallow: /search/\nDisallow: /modlog\n")
    site.trap("robots.txt (lemmy-ui's) disallows /login, /create_post, /create_community, /modlog (navbar and footer "
              "links): never fetched", "/modlog")

    # -- RSS -------------------------------------------------------------------------------------------
    def rss_item(p: Post) -> str:
        n = count(p.tree)
        desc = (f'submitted by <a href="{{{{base}}}}/u/{p.by}">{p.by}</a> to <a href="{{{{base}}}}/c/{p.community}">'
                f'{p.community}</a><br>{p.score} points | <a href="{{{{base}}}}{p.path}">{n} comments</a>'
                + (f'<br><a href="{p.url}">{p.url}</a>' if p.url else "") + p.body_html)
        return (f"<item><title>{esc(p.title)}</title><link>{{{{base}}}}{p.path}</link><guid>{{{{base}}}}{p.path}</guid>"
                f"<pubDate>{u(p.date):%a, %d %b %Y %H:%M:%S} +0000</pubDate><dc:creator>{p.by}</dc:creator>"
                f"<comments>{{{{base}}}}{p.path}</comments><description>{esc(desc)}</description></item>")

    rss = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<channel><title>{NAME} - tintuc</title><link>{{{{base}}}}/c/tintuc</link><description>"
           f"{esc(COMMUNITIES['tintuc'][1])}</description>" + "".join(rss_item(p) for p in tintuc[:PER]) + "</channel></rss>\n")
    site.page("/feeds/c/tintuc.xml?sort=New", rss, content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /feeds/c/tintuc.xml?sort=New (the 20 newest posts, bare links too; pubDate '+0000'; the description "
              "'submitted by … to … N points | M comments' then the body)", "/feeds/c/tintuc.xml?sort=New")
    site.binary("/static/assets/icons/favicon.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    site.static("/manifest.webmanifest", '{"name": "HTX Kon Tum", "start_url": "/"}\n')
    site.binary("/static/assets/symbols.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    return site
