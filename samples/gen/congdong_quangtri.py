"""Site `congdong-htxquangtri` (registry family `generic`): Cộng đồng HTX Quảng Trị, the community forum of the
cooperative alliance of the merged Quảng Trị province (Quảng Bình joined it on 1 July 2025), on **Discourse**, as
search engines see it: the server-rendered crawler view (`<body class="crawler">`, no JavaScript); written as a
held-out test: no family module, no selectors.

Why it is hard: every news item is a topic `/t/<slug>/<id>`: the title in `div#topic-title h1 a`, then the posts, each
a `div.topic-body.crawler-post` with `span.creator[itemprop=author]` ("lethihoa (Lê Thị Hoa)": the username, then the
full name in brackets: the person is the author; an admin account or an office account is none), `time.post-time`
whose `datetime` is UTC with `Z` and whose text is the server's UTC clock in Rails' Vietnamese long format ("01 Tháng
bảy, 2025 23:15" is 06:15 on 2 July in Quảng Trị), and the cooked post in `div.post[itemprop=text]`. The first post
is the article; the replies after it (`itemprop="comment"`, their own authors, dates and "n lượt thích") are not.
Cooked posts carry Discourse's lightbox wrappers (the image's file name and "1200×800 185 KB" under each photo: no
text; the italic paragraph after it is the caption), `div.md-table` tables, heading anchors and `a.attachment`
uploads. `/t/<id>` answers 301, `/t/<slug>/<id>/<n>` (quotes' links) and `?u=<user>` (share links pasted in replies)
are the same page; a long topic has `?page=2` with posts 21-22 only (its canonical keeps the page: no article).
Listings (`/`, `/latest`, `/top`, `/categories`, `/c/<slug>/<id>` paged `?page=1` zero-based, `/tag/<tag>`) date topics
by their last activity, not their creation. The automatic "Về danh mục …" topic and the pinned welcome topic are
topics like the others, by `system`: no articles. robots.txt (Discourse's own) disallows `/u/` and `/search`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf

SITE = "congdong-htxquangtri"
NAME = "Cộng đồng HTX Quảng Trị"
HTML = "text/html; charset=utf-8"
PER = 5  # topics per list page
CHUNK = 20  # posts per crawler page
MONTHS = ["Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám",
          "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai"]
CATS = {5: ("tin-tuc", "Tin tức", "0088CC"), 6: ("thong-bao", "Thông báo - Văn bản", "BF1E2E"),
        7: ("guong-htx", "Gương HTX", "3AB54A")}
USERS = {"lethihoa": "Lê Thị Hoa", "tranquang": "Trần Quang", "nguyenminhtuan": "Nguyễn Minh Tuấn",
         "vanphong.lmhtx": "Văn phòng Liên minh HTX tỉnh", "quantri": None, "system": "system",
         "hoangvanan": "Hoàng Văn An", "phamthimai": "Phạm Thị Mai", "lequocbao": "Lê Quốc Bảo",
         "ngothithu": "Ngô Thị Thu", "dangvanhung": "Đặng Văn Hùng"}
REPLIES = [
    ("hoangvanan", "Cảm ơn Liên minh đã chia sẻ, HTX chúng tôi ở Hải Lăng cũng muốn tham gia mô hình này."),
    ("phamthimai", "Cho hỏi thủ tục để được hỗ trợ chứng nhận hữu cơ cần những giấy tờ gì ạ?"),
    ("lequocbao", "Mô hình rất hay, mong có thêm nhiều HTX làm được như vậy."),
    ("ngothithu", "HTX em ở Gio Linh đã liên hệ được với siêu thị nhờ hội nghị kết nối năm ngoái."),
    ("dangvanhung", "Giá bán như vậy là tốt, bà con yên tâm sản xuất."),
    ("hoangvanan", "Đề nghị Liên minh tổ chức thêm lớp tập huấn về truy xuất nguồn gốc."),
    ("phamthimai", "Đã nhận được thông tin, cảm ơn anh chị."),
    ("lequocbao", "Không biết năm nay có hỗ trợ bao bì cho HTX mới thành lập không?"),
    ("ngothithu", "Theo em biết thì có, anh liên hệ phòng tư vấn của Liên minh nhé."),
    ("dangvanhung", "Chúc HTX ngày càng phát triển."),
]
BANNER = ["Cộng đồng Hợp tác xã tỉnh Quảng Trị", "Kết nối - Chia sẻ - Cùng phát triển"]
LABELS = ["Trang chủ", "Danh mục", "Hướng dẫn", "Điều khoản dịch vụ", "Chính sách riêng tư",
          "Được hỗ trợ bởi Discourse, hiển thị tốt nhất khi bật JavaScript", "Chủ đề liên quan", "Trả lời",
          "Lượt xem", "Hoạt động", "trang tiếp theo →", "Chủ đề"]
FOOTER = ["Mạng xã hội Cộng đồng HTX Quảng Trị do Liên minh Hợp tác xã tỉnh Quảng Trị thiết lập",
          "Giấy phép thiết lập mạng xã hội số 215/GP-BTTTT ngày 18/6/2021 của Bộ Thông tin và Truyền thông",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Hải - Phó Chủ tịch Liên minh HTX tỉnh",
          "Địa chỉ: Số 128 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị - Điện thoại: 0233.3852.741"]
BOILERPLATE = [*BANNER, *LABELS, *FOOTER]


def articles() -> list[Article]:
    A = Article

    def d(*a: int) -> dict:
        t = datetime(*a)
        return dict(date=t, published=iso(t), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="/t/htx-trieu-phong-dua-gao-huu-co-vao-he-thong-sieu-thi/412",
          title="HTX Triệu Phong đưa gạo hữu cơ vào hệ thống siêu thị",
          body="""
Sau hai năm chuyển đổi, HTX Nông nghiệp Triệu Thành (xã Triệu Phong) đã đưa 40 tấn gạo hữu cơ vào hệ thống siêu thị ở Đà Nẵng và Huế.
[img gao-huu-co-trieu-phong.png] Thành viên HTX đóng gói gạo hữu cơ tại xưởng của HTX
HTX hiện có 65 ha lúa được chứng nhận hữu cơ, giá bán cao hơn gạo thường từ 30 đến 40%.
## Kế hoạch năm 2026
Mở rộng vùng sản xuất hữu cơ thêm 30 ha và xây dựng kho bảo quản đạt chuẩn để cung ứng gạo quanh năm.
""",
          author="Lê Thị Hoa", **d(2026, 3, 12, 8, 30),
          opts={"id": 412, "cat": 5, "user": "lethihoa", "tags": ["ocop", "nong-nghiep-huu-co"], "likes": 24,
                "replies": 21, "views": 1204},
          notes=["long topic: the first post (the article, by 'lethihoa (Lê Thị Hoa)': author Lê Thị Hoa) and 19 "
                 "replies on the page, posts 21-22 on ?page=2 (canonical with the page: not an article); the time "
                 "'12 Tháng ba, 2026 01:30' is UTC (datetime '…T01:30:00Z'): 08:30 in Quảng Trị; the lightbox "
                 "shows the file name and '1200×800 185 KB' under the photo (no text)"]),
        A(path="/t/thong-bao-so-15-tb-lmhtx-ve-to-chuc-hoi-cho-san-pham-htx-nam-2026/409",
          title="Thông báo số 15/TB-LMHTX về tổ chức Hội chợ sản phẩm HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH QUẢNG TRỊ
Số: 15/TB-LMHTX
Quảng Trị, ngày 05 tháng 3 năm 2026
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm HTX tỉnh Quảng Trị năm 2026
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX năm 2026 tại Quảng trường Đồng Hới từ ngày 10 đến ngày 14/4/2026.
* Mỗi HTX được bố trí miễn phí một gian hàng tiêu chuẩn;
* Hạn đăng ký đến hết ngày 25/3/2026;
* Hồ sơ gửi về Ban Tuyên truyền - Thi đua, Liên minh HTX tỉnh.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hải
""",
          author=None, doc_number="15/TB-LMHTX", **d(2026, 3, 6, 9, 0),
          opts={"id": 409, "cat": 6, "user": "vanphong.lmhtx", "tags": ["hoi-cho"], "likes": 8, "replies": 2,
                "views": 530},
          notes=["official notice 'Số: 15/TB-LMHTX', 'Quảng Trị, ngày 05 tháng 3 năm 2026' (the day before the post, "
                 "06/03/2026 09:00 = 02:00Z); posted by the office account 'vanphong.lmhtx (Văn phòng Liên minh HTX "
                 "tỉnh)', the signer last: author null"]),
        A(path="/t/anh-mua-thu-hoach-ho-tieu-o-vinh-linh/405",
          title="Ảnh: Mùa thu hoạch hồ tiêu ở Vĩnh Linh",
          body="""
Tháng Hai, các thành viên HTX Hồ tiêu Vĩnh Linh bước vào vụ thu hoạch chính với sản lượng dự kiến 120 tấn.
[img ho-tieu-vinh-linh-1.png] Thành viên HTX hái hồ tiêu trên vườn ở xã Vĩnh Linh
[img ho-tieu-vinh-linh-2.png] Hồ tiêu được phơi trên sân bê tông của HTX
[img ho-tieu-vinh-linh-3.png] Sản phẩm hồ tiêu đóng gói đạt chuẩn OCOP 4 sao
Ảnh: Trần Quang
""",
          author="Trần Quang", **d(2026, 2, 20, 16, 45),
          opts={"id": 405, "cat": 5, "user": "tranquang", "tags": ["ocop"], "likes": 41, "replies": 3, "views": 880},
          notes=["photo story: three lightbox images, each followed by an italic caption paragraph (the text) and the "
                 "lightbox meta (file name, size: no text); closing 'Ảnh: Trần Quang', the poster: author"]),
        A(path="/t/giam-doc-htx-hai-ba-chuyen-doi-so-giup-htx-ban-hang-quanh-nam/398",
          title="Giám đốc HTX Hải Ba: Chuyển đổi số giúp HTX bán hàng quanh năm",
          body="""
Từ khi mở gian hàng trên sàn thương mại điện tử, HTX Nông nghiệp Hải Ba bán được nước mắm và cá khô quanh năm. Chúng tôi trò chuyện với ông Võ Văn Lợi, Giám đốc HTX.
**Hỏi: Thưa ông, HTX bắt đầu bán hàng trực tuyến từ khi nào?**
Ông Võ Văn Lợi: Từ giữa năm 2024, sau lớp tập huấn của Liên minh HTX tỉnh. Ban đầu chỉ có hai sản phẩm, nay đã có tám sản phẩm.
**Hỏi: Khó khăn lớn nhất là gì?**
Ông Võ Văn Lợi: Là đóng gói và vận chuyển nước mắm đi xa. HTX phải đầu tư chai nhựa chịu va đập và thùng carton riêng.
**Hỏi: Xin cảm ơn ông!**
""",
          author="Nguyễn Minh Tuấn", **d(2026, 2, 3, 10, 15),
          opts={"id": 398, "cat": 7, "user": "nguyenminhtuan", "tags": ["chuyen-doi-so"], "likes": 17, "replies": 2,
                "views": 655},
          notes=["interview: bold 'Hỏi: …' questions and 'Ông Võ Văn Lợi: …' answers; the poster "
                 "'nguyenminhtuan (Nguyễn Minh Tuấn)' is the author, not the interviewee"]),
        A(path="/t/ke-hoach-ho-tro-htx-tham-gia-san-thuong-mai-dien-tu-nam-2026/391",
          title="Kế hoạch hỗ trợ HTX tham gia sàn thương mại điện tử năm 2026",
          body="""
Liên minh HTX tỉnh ban hành Kế hoạch số 08/KH-LMHTX hỗ trợ 50 HTX đưa sản phẩm lên các sàn thương mại điện tử trong năm 2026.
Các HTX được hỗ trợ chụp ảnh sản phẩm, mở gian hàng, đào tạo người bán hàng và chi phí quảng cáo trong ba tháng đầu.
Đăng ký tham gia trước ngày 28/2/2026 qua Ban Tư vấn - Hỗ trợ của Liên minh HTX tỉnh.
KH-08-LMHTX.pdf (215,3 KB)
""",
          author=None, doc_number="08/KH-LMHTX",
          attachments=[{"path": "/uploads/default/original/1X/7c1d2e9a4b5f60813a2c9d4e5f6a7b8c9d0e1f23.pdf",
                        "text": "KH-08-LMHTX.pdf"}],
          **d(2026, 1, 15, 14, 0),
          opts={"id": 391, "cat": 6, "user": "quantri", "tags": ["chuyen-doi-so"], "likes": 12, "replies": 1,
                "views": 702},
          notes=["plan announced by the admin account 'quantri' (no full name): author null; the upload link "
                 "a.attachment 'KH-08-LMHTX.pdf' followed by '(215,3 KB)' is a paragraph of the cooked post"]),
        A(path="/t/ket-qua-hoat-dong-cua-cac-htx-nam-2025/385",
          title="Kết quả hoạt động của các HTX năm 2025",
          body="""
Theo báo cáo của Liên minh HTX tỉnh, năm 2025 các HTX trên địa bàn tỉnh Quảng Trị tiếp tục phát triển ổn định.
| STT | Chỉ tiêu | Năm 2024 | Năm 2025 |
| 1 | Số HTX đang hoạt động | 598 | 1.046 |
| 2 | Số thành viên | 48.250 | 86.410 |
| 3 | Doanh thu bình quân (tỷ đồng/HTX) | 2,9 | 3,4 |
Số liệu năm 2025 tính cho tỉnh Quảng Trị mới sau hợp nhất.
""",
          author="Lê Thị Hoa", **d(2026, 1, 8, 9, 30),
          opts={"id": 385, "cat": 5, "user": "lethihoa", "tags": [], "likes": 9, "replies": 1, "views": 410},
          notes=["a Markdown table (div.md-table): one line per row, cells between ' | '"]),
        A(path="/t/lien-minh-htx-tinh-quang-tri-moi-di-vao-hoat-dong/377",
          title="Liên minh HTX tỉnh Quảng Trị mới đi vào hoạt động",
          body="""
Từ ngày 1/7/2025, Liên minh HTX tỉnh Quảng Trị được tổ chức lại trên cơ sở hợp nhất Liên minh HTX hai tỉnh Quảng Bình và Quảng Trị.
Trụ sở chính đặt tại phường Đồng Hới; văn phòng đại diện tại phường Đông Hà. Liên minh mới có các đơn vị:
* Văn phòng và Ban Tổ chức - Kiểm tra;
* Ban Tuyên truyền - Thi đua;
* Ban Tư vấn - Hỗ trợ và Quỹ hỗ trợ phát triển HTX.
""",
          author="Trần Quang", **d(2025, 7, 2, 6, 15),
          opts={"id": 377, "cat": 5, "user": "tranquang", "tags": [], "likes": 33, "replies": 2, "views": 1560},
          notes=["posted 02/07/2025 06:15 in Quảng Trị: datetime '2025-07-01T23:15:00Z' and the text '01 Tháng bảy, "
                 "2025 23:15' (UTC, the previous day, also the reform's date in the text)"]),
        A(path="/t/tap-huan-quan-tri-cho-can-bo-htx-nam-2025/366",
          title="Tập huấn quản trị cho cán bộ HTX năm 2025",
          body="""
Liên minh HTX tỉnh tổ chức lớp tập huấn cho 80 cán bộ quản lý HTX tại phường Đồng Hới.
Nội dung tập huấn gồm quản trị tài chính, xây dựng phương án sản xuất kinh doanh và kỹ năng bán hàng trực tuyến.
Nguồn: Báo Quảng Trị
""",
          author=None, **d(2025, 11, 26, 14, 30),
          opts={"id": 366, "cat": 5, "user": "quantri", "tags": [], "likes": 4, "replies": 0, "views": 298},
          notes=["'Nguồn: Báo Quảng Trị' closes the post of the admin account: author null"]),
        A(path="/t/htx-sen-le-thuy-mo-rong-vung-nguyen-lieu/352",
          title="HTX sen Lệ Thủy mở rộng vùng nguyên liệu",
          body="""
HTX Sen Lệ Thủy (huyện Lệ Thủy, tỉnh Quảng Bình) mở rộng vùng trồng sen lên 25 ha, liên kết với 60 hộ dân.
Sản phẩm trà tim sen và hạt sen sấy của HTX đã đạt chuẩn OCOP 3 sao.
""",
          author="Trần Quang", **d(2024, 9, 18, 15, 20),
          opts={"id": 352, "cat": 7, "user": "tranquang", "tags": ["ocop"], "likes": 6, "replies": 1, "views": 377,
                "edited": datetime(2025, 7, 1, 10, 0)},
          notes=["2024 topic of the old Quảng Bình forum ('huyện Lệ Thủy, tỉnh Quảng Bình'), edited on the merger day: "
                 "dateModified 2025-07-01 is no publication date"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def z(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%SZ}"


def long_time(d: datetime) -> str:
    u = utc(d)
    return f"{u:%d} {MONTHS[u.month - 1]}, {u:%Y} {u:%H:%M}"


def long_date(d: datetime) -> str:
    return f"{d:%d} {MONTHS[d.month - 1]}, {d:%Y}"


def sha(name: str) -> str:
    import hashlib
    return hashlib.sha1(name.encode()).hexdigest()


def cooked(a: Article) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p" and a.attachments and b.text.startswith(a.attachments[0]["text"]):
            att = a.attachments[0]
            out.append(f'<p><a class="attachment" href="{att["path"]}">{esc(att["text"])}</a> '
                       f'{esc(b.text[len(att["text"]):].strip())}</p>')
        elif b.kind == "p" and b.text.startswith("| "):
            continue
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            anchor = "ke-hoach-nam-2026-1"
            out.append(f'<h2><a name="{anchor}" class="anchor" href="#{anchor}"></a>{inline_html(b.text)}</h2>')
        elif b.kind == "ul":
            out.append("<ul>\n" + "".join(f"<li>{inline_html(i)}</li>\n" for i in b.items) + "</ul>")
        elif b.kind == "img":
            h = sha(b.src)
            stem = b.src.rsplit(".", 1)[0]
            out.append(f'<p><div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/1X/{h}.png" '
                       f'data-download-href="/uploads/default/{h[:20]}" title="{b.src}"><img src="/uploads/default/optimized/1X/'
                       f'{h}_2_690x460.png" alt="{stem}" data-base62-sha1="{h[:27]}" width="690" height="460" '
                       f'srcset="/uploads/default/optimized/1X/{h}_2_690x460.png, /uploads/default/original/1X/{h}.png 1.5x">'
                       f'<div class="meta"><svg class="fa d-icon d-icon-far-image svg-icon" aria-hidden="true"><use href="#far-image">'
                       f'</use></svg><span class="filename">{b.src}</span><span class="informations">1200×800 185 KB</span>'
                       f'<svg class="fa d-icon d-icon-discourse-expand svg-icon" aria-hidden="true"><use href="#discourse-expand">'
                       f'</use></svg></div></a></div></p>\n<p><em>{esc(b.text)}</em></p>')
    rows = [b.text for b in a.blocks if b.kind == "p" and b.text.startswith("| ")]
    if rows:
        cells = [r.strip("| ").split(" | ") for r in rows]
        table = ('<div class="md-table">\n<table>\n<thead>\n<tr>\n' + "".join(f"<th>{esc(c)}</th>\n" for c in cells[0])
                 + "</tr>\n</thead>\n<tbody>\n"
                 + "".join("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in cells[1:])
                 + "</tbody>\n</table>\n</div>")
        first = next(i for i, x in enumerate(out) if True)  # after the intro paragraph
        out.insert(first + 1, table)
    return "\n".join(out)


def badge(cat: int) -> str:
    slug, name, color = CATS[cat]
    return (f'<a href="/c/{slug}/{cat}" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" '
            f'style="background-color: #{color}"></span><span class="badge-category clear-badge"><span class="category-name" '
            f'itemprop="name">{name}</span></span></a>')


def tags_html(tags: list[str]) -> str:
    if not tags:
        return ""
    return ('<div class="topic-list-tags"><div class="discourse-tags">'
            + " ".join(f'<a href="/tag/{t}" class="discourse-tag">{t}</a>' for t in tags) + "</div></div>")


def creator(user: str) -> str:
    full = USERS[user]
    name = f" ({esc(full)})" if full and full != user else ""
    return (f'<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">\n'
            f'<a itemprop="url" href="/u/{user}"><span itemprop="name">{user}</span></a>\n{name}\n</span>')


def post_html(n: int, user: str, when: datetime, inner: str, likes: int, url: str, edited: datetime | None = None) -> str:
    role = "" if n == 1 else " itemprop='comment' itemscope itemtype='http://schema.org/Comment'"
    dp = " itemprop='datePublished'"
    mod = z(edited or when)
    like = (f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">'
            f'<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>'
            f'<meta itemprop="userInteractionCount" content="{likes}" /><span class="post-likes">{likes} lượt thích</span></div>'
            if likes else "")
    return (f"<div id='post_{n}'{role} class='topic-body crawler-post'>\n<div class='crawler-post-meta'>\n{creator(user)}\n"
            f'<link itemprop="mainEntityOfPage" href="{url}">\n<span class="crawler-post-infos">\n'
            f"<time{dp} datetime='{z(when)}' class='post-time'>\n{long_time(when)}\n</time>\n"
            f"<meta itemprop='dateModified' content='{mod}'>\n<span itemprop='position'>{n}</span>\n</span>\n</div>\n"
            f"<div class='post' itemprop='text'>\n{inner}\n</div>\n{like}\n</div>")


def replies_of(a: Article) -> list[tuple[str, datetime, str, int]]:
    out = []
    k = a.opts["id"] % len(REPLIES)
    for i in range(a.opts["replies"]):
        user, text = REPLIES[(k + i) % len(REPLIES)]
        if i >= len(REPLIES):
            text = text.rstrip(".!?") + f" (ý kiến thứ {i + 1})"
        out.append((user, a.date + timedelta(hours=3 + 5 * i, minutes=7 * i), text, i % 4))
    return out


def layout(title: str, main: str, *, head: str = "", body_class: str = "") -> str:
    nav = "".join(f"<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>"
                  f"<a href='{h}' itemprop=\"url\">{t} </a></span></li>\n"
                  for h, t in [("/", LABELS[0]), ("/categories", LABELS[1]), ("/guidelines", LABELS[2]),
                               ("/tos", LABELS[3]), ("/privacy", LABELS[4])])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="description" content="Diễn đàn trao đổi, chia sẻ thông tin của các hợp tác xã tỉnh Quảng Trị">
<meta name="generator" content="Discourse 3.2.2 - https://github.com/discourse/discourse version 3f1c0a9e">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/favicon_2_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link href="/stylesheets/desktop_theme_3_crawler.css" media="all" rel="stylesheet">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="{NAME} Search">{head}
</head>
<body class="crawler {body_class}">
<div class="custom-header-banner"><div class="wrap"><span class="banner-title">{BANNER[0]}</span> <span class="banner-slogan">{BANNER[1]}</span></div></div>
<header>
<a href="/"><img src="/uploads/default/original/1X/logo-congdong-htx.png" alt="{NAME}" id="site-logo" style="max-width: 150px;"></a>
</header>
<div id="main-outlet" class="wrap" role="main">
{main}
</div>
<footer class="container wrap">
<nav class='crawler-nav'>
<ul>
{nav}</ul>
</nav>
<p class='powered-by-link'>Được hỗ trợ bởi <a href="{{{{base:offsite}}}}/">Discourse</a>, hiển thị tốt nhất khi bật JavaScript</p>
</footer>
<div class="custom-footer">{foot}</div>
</body>
</html>
"""


def topic_row(a: Article, i: int) -> str:
    last = a.date + timedelta(hours=3 + 5 * max(a.opts["replies"] - 1, 0)) if a.opts["replies"] else a.date
    tags = "".join(f'<a href="/tag/{t}" class="discourse-tag">{t}</a>' for t in a.opts.get("tags", []))
    return (f'<tr class="topic-list-item">\n<td class="main-link" itemprop=\'itemListElement\' itemscope '
            f"itemtype='http://schema.org/ListItem'>\n<meta itemprop='position' content='{i}'>\n<span class=\"link-top-line\">"
            f"<a itemprop='url' href='{a.path}' class='title raw-link raw-topic-link'>{esc(a.title)}</a></span>\n"
            f'<div class="link-bottom-line">{badge(a.opts["cat"])}<div class="discourse-tags">{tags}</div></div>\n</td>\n'
            f'<td class="replies"><span class=\'posts\' title=\'bài viết\'>{a.opts["replies"]}</span></td>\n'
            f'<td class="views"><span class=\'views\' title=\'lượt xem\'>{a.opts["views"]}</span></td>\n'
            f"<td>{long_date(last)}</td>\n</tr>")


def topic_list(items: list[Article], heading: str = "") -> str:
    rows = "\n".join(topic_row(a, i) for i, a in enumerate(items))
    return (f"{heading}<div class=\"topic-list-container\" itemscope itemtype='http://schema.org/ItemList'>\n"
            f"<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>\n<table class='topic-list'>\n"
            f"<thead><tr><th>{LABELS[11]}</th><th></th><th class=\"replies\">{LABELS[7]}</th><th class=\"views\">{LABELS[8]}"
            f"</th><th>{LABELS[9]}</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n</div>")


def topic_page(a: Article, arts: list[Article], page: int = 1) -> str:
    url = a.path
    posts = [("first", a.opts["user"], a.date, cooked(a), a.opts["likes"])]
    for k, (user, when, text, likes) in enumerate(replies_of(a)):
        inner = (a.opts.get("quote_html", "") if k == 0 else "") + f"<p>{esc(text)}</p>"
        posts.append(("reply", user, when, inner, likes))
    chunk = posts[(page - 1) * CHUNK: page * CHUNK]
    blocks = []
    for k, (_, user, when, inner, likes) in enumerate(chunk, (page - 1) * CHUNK + 1):
        blocks.append(post_html(k, user, when, inner, likes, url, a.opts.get("edited") if k == 1 else None))
    pages = (len(posts) + CHUNK - 1) // CHUNK
    nav = ""
    if page < pages:
        nav = (f'<div role=\'navigation\' itemscope itemtype=\'http://schema.org/SiteNavigationElement\' class="topic-body '
               f'crawler-post"><span itemprop=\'name\'><b><a rel="next" itemprop="url" href="{url}?page={page + 1}">'
               f"{LABELS[10]}</a></b></span></div>")
    elif page > 1:
        prev = url if page == 2 else f"{url}?page={page - 1}"
        nav = (f'<div role=\'navigation\' itemscope itemtype=\'http://schema.org/SiteNavigationElement\' class="topic-body '
               f'crawler-post"><span itemprop=\'name\'><a rel="prev" itemprop="url" href="{prev}">← trang trước</a></span></div>')
    related = [x for x in arts if x is not a and x.opts["cat"] == a.opts["cat"]][:3] or [x for x in arts if x is not a][:3]
    rel = (f'<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">'
           f'<h3 id="related-topics-title" class="more-topics__list-title">{LABELS[6]}</h3>{topic_list(related)}</div>')
    slug, cname, _ = CATS[a.opts["cat"]]
    tags_meta = f"<meta itemprop='keywords' content='{', '.join(a.opts.get('tags', []))}'>" if a.opts.get("tags") else ""
    return (f'<div id="topic-title">\n<h1>\n<a href="{url}">{esc(a.title)}</a>\n</h1>\n'
            f'<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">'
            f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">{badge(a.opts["cat"])}'
            f'<meta itemprop="position" content="1" /></span></div>\n{tags_html(a.opts.get("tags", []))}\n</div>\n'
            f"<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>\n<meta itemprop='headline' "
            f"content='{attr(a.title)}'>\n<link itemprop='url' href='{url}'>\n<meta itemprop='datePublished' "
            f"content='{z(a.date)}'>\n<meta itemprop='articleSection' content='{cname}'>\n{tags_meta}\n"
            f"<div itemprop='publisher' itemscope itemtype=\"http://schema.org/Organization\"><meta itemprop='name' "
            f"content='{NAME}'></div>\n" + "\n".join(blocks) + f"\n</div>\n{nav}\n{rel}")


def topic_head(a: Article, page: int = 1) -> str:
    url = a.path if page == 1 else f"{a.path}?page={page}"
    slug, cname, color = CATS[a.opts["cat"]]
    head = (f'\n<link rel="canonical" href="{url}">\n<meta property="og:site_name" content="{NAME}">\n'
            f'<meta property="og:type" content="website">\n<meta name="twitter:card" content="summary">\n'
            f'<meta property="og:url" content="{url}">\n<meta property="og:title" content="{attr(a.title)}">\n'
            f'<meta property="og:description" content="{attr(a.summary())}">\n'
            f'<meta property="og:article:section" content="{cname}">\n'
            f'<meta property="og:article:section:color" content="{color}">\n')
    for t in a.opts.get("tags", []):
        head += f'<meta property="og:article:tag" content="{t}">\n'
    head += (f'<meta name="twitter:label1" value="Thời gian đọc">\n<meta name="twitter:data1" value="1 mins 🕑">\n'
             f'<meta name="twitter:label2" value="Lượt thích">\n<meta name="twitter:data2" value="{a.opts["likes"]} ❤">\n'
             f'<meta property="article:published_time" content="{utc(a.date):%Y-%m-%dT%H:%M:%S+00:00}">\n'
             f'<meta property="og:ignore_canonical" content="true">')
    if page == 1 and a.opts["replies"] + 1 > CHUNK:
        head += f'\n<link rel="next" href="{a.path}?page=2">'
    return head


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-tri", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE + [t for _, t in REPLIES] + ["1200×800 185 KB", "24 lượt thích"]
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    quoted, shared = arts[0], next(a for a in arts if a.opts["id"] == 377)
    notice = next(a for a in arts if a.opts["id"] == 409)
    notice.opts["quote_html"] = (
        f'<aside class="quote no-group" data-username="lethihoa" data-post="3" data-topic="412">\n<div class="title">\n'
        f'<div class="quote-controls"></div>\n<a href="{quoted.path}/3">{esc(quoted.title)}</a></div>\n<blockquote>\n'
        f'<p>{esc(REPLIES[3][1])}</p>\n</blockquote>\n</aside>\n'
        f'<p>Xem thêm: <a href="{shared.path}?u=hoangvanan">{esc(shared.title)}</a></p>\n')
    for a in arts:
        _, cname, _ = CATS[a.opts["cat"]]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/default/original/1X/{sha(b.src)}.png", image_for(b.src))
        page(a.path, layout(f"{a.title} - {cname} - {NAME}", topic_page(a, arts), head=topic_head(a),
                            body_class=f"category-{CATS[a.opts['cat']][0]}"))
        tid = a.opts["id"]
        site.redirect(f"/t/{tid}", a.path, 301)
        a.aliases = [f"/t/{tid}"]
        for a2 in a.attachments:
            site.binary(a2["path"], pdf("Kế hoạch số 08/KH-LMHTX", ["KE HOACH HO TRO HTX THAM GIA SAN TMDT 2026",
                                                                      "So: 08/KH-LMHTX"]))
        site.add_article(a)
        if a.opts["replies"] + 1 > CHUNK:
            p2 = f"{a.path}?page=2"
            page(p2, layout(f"{a.title} - {cname} - {NAME}", topic_page(a, arts, 2), head=topic_head(a, 2)))
            site.non_articles.append(p2)
            site.trap("?page=2 of a long topic: the h1 and posts 21-22 (replies) only, canonical with ?page=2: no "
                      "article", p2)
    # a quote in one reply links /t/<slug>/<id>/3; a pasted share link carries ?u=<user>
    site.same_page(f"{quoted.path}/3", quoted.path)
    quoted.aliases.append(f"{quoted.path}/3")
    site.same_page(f"{shared.path}?u=hoangvanan", shared.path)
    shared.aliases.append(f"{shared.path}?u=hoangvanan")
    site.trap("a reply quotes post 3 of another topic (/t/<slug>/412/3) and pastes a share link '?u=hoangvanan': the "
              "same pages, aliases; /t/<id> answers 301", quoted.path)

    # system topics: about-category and the pinned welcome topic
    system_topics = [
        ("/t/ve-danh-muc-tin-tuc/12", "Về danh mục Tin tức", 5, datetime(2021, 6, 25, 9, 0),
         "<p>Danh mục Tin tức đăng tin hoạt động của Liên minh HTX tỉnh và các HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n"
         "<p>Thành viên có thể bình luận, chia sẻ ý kiến dưới mỗi bài viết. Vui lòng không đăng quảng cáo.</p>"),
        ("/t/chao-mung-den-voi-cong-dong-htx-quang-tri/8", "Chào mừng đến với Cộng đồng HTX Quảng Trị", 5,
         datetime(2021, 6, 25, 8, 30),
         "<p>Đây là nơi các HTX, thành viên và người quan tâm trao đổi, chia sẻ kinh nghiệm phát triển kinh tế tập thể.</p>\n"
         "<h2>Bắt đầu như thế nào?</h2>\n<ul>\n<li>Đọc Hướng dẫn cộng đồng trước khi đăng bài;</li>\n"
         "<li>Giới thiệu bản thân và HTX của bạn;</li>\n<li>Đặt câu hỏi trong danh mục phù hợp.</li>\n</ul>"),
    ]
    for path, title, cat, when, inner in system_topics:
        body = (f'<div id="topic-title">\n<h1>\n<a href="{path}">{title}</a>\n</h1>\n<div class="topic-category">{badge(cat)}'
                f"</div>\n</div>\n<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>\n"
                f"<meta itemprop='headline' content='{title}'>\n<meta itemprop='datePublished' content='{z(when)}'>\n"
                + post_html(1, "system", when, inner, 0, path) + "\n</div>")
        page(path, layout(f"{title} - {NAME}", body, head=f'\n<link rel="canonical" href="{path}">\n'
                          f'<meta property="og:title" content="{title}">\n'
                          f'<meta property="article:published_time" content="{utc(when):%Y-%m-%dT%H:%M:%S+00:00}">'))
        site.non_articles.append(path)
    site.trap("the automatic 'Về danh mục Tin tức' topic and the pinned welcome topic (h2, list): topics in the same "
              "crawler markup, by 'system': not articles", "/t/ve-danh-muc-tin-tuc/12")

    pinned = [(p, t) for p, t, *_ in system_topics]

    def listing(base: str, heading: str, items: list[Article], title: str, first_pinned: bool = False) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks):
            url = base if n == 0 else f"{base}?page={n}"
            pin = ""
            if first_pinned and n == 0:
                pin = "".join(f"<p class='pinned'><a href='{p}'>{t}</a></p>" for p, t in pinned)
            nxt = (f"<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement'>"
                   f"<span itemprop='name'><b><a rel=\"next\" itemprop=\"url\" href=\"{base}?page={n + 1}\">"
                   f"{LABELS[10]}</a></b></span></div>" if n + 1 < len(chunks) else "")
            h = f"<h1 class='category-title'>{heading}</h1>\n" if heading else ""
            head = f'\n<link rel="canonical" href="{url}">'
            if n + 1 < len(chunks):
                head += f'\n<link rel="next" href="{base}?page={n + 1}">'
            page(url, layout(title, pin + topic_list(chunk, h) + nxt, head=head))
            site.non_articles.append(url)

    listing("/latest", "", arts, f"{NAME} - Mới nhất", True)
    site.same_page("/", "/latest")
    site.non_articles.append("/")
    top = sorted(arts, key=lambda a: -a.opts["likes"])
    listing("/top", "", top, f"Hàng đầu - {NAME}")
    for cat, (slug, cname, _) in CATS.items():
        listing(f"/c/{slug}/{cat}", cname, [a for a in arts if a.opts["cat"] == cat], f"Chủ đề mới nhất trong "
                f"{cname} - {NAME}", cat == 5)
    for tag in sorted({t for a in arts for t in a.opts.get("tags", [])}):
        listing(f"/tag/{tag}", f"Chủ đề được gắn thẻ {tag}", [a for a in arts if tag in a.opts.get("tags", [])],
                f"Chủ đề mới nhất được gắn thẻ {tag} - {NAME}")
    site.trap("lists /latest (= /), /top, /c/<slug>/<id> paged ?page=1 (zero-based), /tag/<tag>: topic tables whose "
              "date column is the last activity (a reply's day), not the topic's creation", "/c/tin-tuc/5?page=1")

    cats_rows = "".join(f'<tr><td class="category"><h3><a href="/c/{s}/{c}">{n}</a></h3></td>'
                        f'<td class="topics">{len([a for a in arts if a.opts["cat"] == c])}</td></tr>'
                        for c, (s, n, _) in CATS.items())
    page("/categories", layout(f"Danh mục - {NAME}", f"<table class='category-list'><thead><tr><th>Danh mục</th>"
                               f"<th>Chủ đề</th></tr></thead><tbody>{cats_rows}</tbody></table>"))
    guidelines = ("<h1>Hướng dẫn cộng đồng</h1>\n<div class='body-page'>\n<h2>Đây là không gian thảo luận văn minh</h2>\n"
                  "<p>Hãy đối xử với diễn đàn như một nơi công cộng. Chúng tôi cùng nhau chia sẻ kiến thức, kinh nghiệm "
                  "phát triển hợp tác xã.</p>\n<h2>Cải thiện thảo luận</h2>\n<ul><li>Tìm kiếm trước khi tạo chủ đề mới;</li>"
                  "<li>Đăng đúng danh mục;</li><li>Không đăng thông tin cá nhân của người khác.</li></ul>\n"
                  "<p>Cập nhật lần cuối: 25/06/2021.</p>\n</div>")
    page("/guidelines", layout(f"Hướng dẫn cộng đồng - {NAME}", guidelines))
    page("/tos", layout(f"Điều khoản dịch vụ - {NAME}", "<h1>Điều khoản dịch vụ</h1><div class='body-page'><p>Khi sử "
                        "dụng diễn đàn, bạn đồng ý với các điều khoản của Liên minh HTX tỉnh Quảng Trị.</p></div>"))
    page("/privacy", layout(f"Chính sách riêng tư - {NAME}", "<h1>Chính sách riêng tư</h1><div class='body-page'><p>"
                            "Chúng tôi chỉ thu thập thông tin cần thiết để vận hành diễn đàn.</p></div>"))
    staff = "".join(f'<li><a href="/u/{u}">{u}</a> ({USERS[u] or u})</li>' for u in ("quantri", "lethihoa", "tranquang"))
    page("/about", layout(f"Giới thiệu - {NAME}", f"<h1>Giới thiệu {NAME}</h1>\n<div class='about-page'><p>Diễn đàn do "
                          f"Liên minh Hợp tác xã tỉnh Quảng Trị thiết lập từ tháng 6/2021.</p><h2>Ban quản trị</h2><ul>{staff}"
                          f"</ul><p>Thành viên: 2.415 - Chủ đề: 1.130 - Bài viết: 9.872</p></div>"))
    site.non_articles += ["/categories", "/guidelines", "/tos", "/privacy", "/about"]
    site.trap("/guidelines: h1, h2 headings, paragraphs, a list and 'Cập nhật lần cuối: 25/06/2021': a static page",
              "/guidelines")
    for u in USERS:
        page(f"/u/{u}", layout(f"Hồ sơ - {u} - {NAME}", f"<h1>{u}</h1><p>{esc(USERS[u] or u)}</p>"))
        site.never_fetched.append(f"/u/{u}")
    page("/search", layout(f"Tìm kiếm - {NAME}", "<h1>Tìm kiếm</h1>"))
    site.never_fetched.append("/search")
    site.trap("robots.txt (Discourse's) disallows /u/ and /search: every poster's link /u/<name> is never fetched",
              "/u/lethihoa")
    # the reply posters' links point at /u/ too: fine, disallowed
    site.binary("/uploads/default/original/1X/logo-congdong-htx.png", image_for("logo-cd-qt"))
    site.binary("/uploads/default/optimized/1X/favicon_2_32x32.png", image_for("fav-cd-qt"))
    site.static("/robots.txt", "# See http://www.robotstxt.org/robotstxt.html for documentation on how to use the robots.txt file\n"
                "#\nUser-agent: *\nDisallow: /admin/\nDisallow: /auth/\nDisallow: /assets/browser-update*.js\n"
                "Disallow: /email/\nDisallow: /session\nDisallow: /user-api-key\nDisallow: /*?api_key*\n"
                "Disallow: /*?*api_key*\nDisallow: /badges\nDisallow: /u/\nDisallow: /my\nDisallow: /search\n"
                "Disallow: /tag/*/l\nDisallow: /g\nDisallow: /t/*/*.rss\nDisallow: /c/*.rss\n")
    site.static("/opensearch.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<OpenSearchDescription '
                'xmlns="http://a9.com/-/spec/opensearch/1.1/"><ShortName>Cộng đồng HTX Quảng Trị</ShortName>'
                "</OpenSearchDescription>\n")
    return site
