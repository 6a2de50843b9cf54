"""Site `congdong-htxlongan` (registry family `generic`): "Cộng đồng HTX Long An", the cooperative network the Long An
alliance runs on **WordPress 6.5 + BuddyPress 12.4** with the **BP Legacy** template pack (set in Settings >
BuddyPress > Options when the site was built on BP 2.x, never switched to Nouveau) inside the **Twenty Twenty-One**
theme; the site language `vi`, the timezone Asia/Ho_Chi_Minh, the date format "F j, Y" with the translation's month
names ("Tháng Năm 20, 2025"), the time format "g:i a" ("4:20 chiều"); "Blog pages show at most" 6, the feeds 6; the
copy is of 20 May 2025, 10:00. Written as a held-out test: no family module, no selectors.

URL shapes: a blog post `/<yyyy>/<mm>/<slug>/` (the permalink structure /%year%/%monthnum%/%postname%/); its
shortlink `/?p=<id>` (the head's `rel=shortlink`) answers 301 to it (an alias); a group update shares a post with
`?utm_source=zalo&utm_medium=social` (WordPress ignores the query: an alias); the post's comment feed
`/<yyyy>/<mm>/<slug>/feed/`; lists `/` and `/page/2/` (6 a page), `/category/<slug>/` (+ `/page/2/`), `/tag/<slug>/`,
`/author/<nicename>/`; the site feed `/feed/` and `/comments/feed/`; the core sitemap `/wp-sitemap.xml` (posts, pages,
categories, tags, users); the page `/gioi-thieu/`; `/wp-login.php` and BuddyPress' `/register/` (WordPress' virtual
robots.txt disallows only /wp-admin/). BuddyPress: the directories `/activity/` (20 a page, "Xem thêm" =
`/activity/?acpage=2`), `/members/`, `/groups/`; a member `/members/<user>/` (= `/members/<user>/activity/`, the
profile's home) with `profile/`, `groups/`, `activity/mentions/`, `activity/favorites/`, `activity/groups/` and the
feed `activity/feed/`; a group `/groups/<slug>/` (its own activity), `/groups/<slug>/members/`, `/groups/<slug>/feed/`;
the sitewide activity RSS `/activity/feed/`; every entry's permalink `/activity/p/<id>/` (302 to
`/members/<user>/activity/<id>/`, the single-entry page).

Why it is hard: every BuddyPress screen is a WordPress page rendered by the theme's page template, so it has the same
`article.page > header > h1.entry-title` and `div.entry-content` as a post (the member's name, "Hoạt động",
"Nhóm"...): none is an article. The activity stream repeats each post as "<member> đã đăng một bài viết mới, <a>title</a>"
with an excerpt of its text and a time-since "2 giờ, 5 phút trước" (`span.time-since[data-livestamp]` in UTC
"+0000", the tooltip "Xem thảo luận"); members' status updates, @mentions, group joins and comments are mixed in. The
post itself (TT1 `single`) has `h1.entry-title`, the Gutenberg text in `div.entry-content` (`figure.wp-block-image`
with `figcaption`, `figure.wp-block-table`, `h2.wp-block-heading`, `ul.wp-block-list`, the `wp-block-file` block with
its "Tải về" button and a PDF `<object>`), and the date only in the footer: `<time class="entry-date published"
datetime="2025-04-16T00:20:00+07:00">Tháng Tư 16, 2025</time>` "bởi <author>"; the feeds, the activity livestamps
give UTC ("Tue, 15 Apr 2025 17:20:00 +0000" for that post of 00:20). The post's author is the WordPress account (a
person, the office "Văn phòng Liên minh HTX tỉnh Long An", "admin"); a closing byline overrides it; "Theo Báo Long An"
is a reprint. WordPress comments under a post (members' words with their own `<time>`) are not text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "congdong-htxlongan"
NAME = "Cộng đồng HTX Long An"
TAGLINE = "Mạng lưới kết nối các hợp tác xã tỉnh Long An"
NOW = datetime(2025, 5, 20, 10, 0)
UTC = timedelta(hours=7)
PER = 6
BP_PER = 20
MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
USERS = {  # nicename: (display name, WordPress id, xprofile "Đơn vị")
    "admin": ("admin", 1, "Quản trị trang"),
    "vanphong": ("Văn phòng Liên minh HTX tỉnh Long An", 2, "Liên minh HTX tỉnh Long An"),
    "lanhnt": ("Nguyễn Thị Lành", 3, "Ban Tuyên truyền - Liên minh HTX tỉnh"),
    "huypq": ("Phạm Quốc Huy", 4, "Ban Kinh tế - Liên minh HTX tỉnh"),
    "namlh": ("Lê Hoàng Nam", 5, "Văn phòng Liên minh HTX tỉnh"),
    "tamnv": ("Nguyễn Văn Tâm", 6, "HTX Thanh long Châu Thành"),
    "hauvl": ("Lê Văn Hậu", 7, "HTX Nông nghiệp Mỹ Lệ"),
    "htxtanlap": ("HTX Nông nghiệp Tân Lập", 8, "HTX Nông nghiệp Tân Lập"),
}
GROUPS = {
    "htx-thanh-long-chau-thanh": ("HTX Thanh long Châu Thành",
                                  "Nhóm trao đổi kỹ thuật, thị trường của các thành viên HTX Thanh long Châu Thành."),
    "mang-luoi-htx-lua-gao": ("Mạng lưới HTX lúa gạo Long An",
                              "Kết nối các HTX sản xuất lúa gạo trong tỉnh: giống, vật tư, tiêu thụ, liên kết chuỗi."),
}
CATS = {"thong-bao": "Thông báo", "tin-hoat-dong": "Tin hoạt động", "kien-thuc": "Kiến thức"}
TAGS = {"ocop": "OCOP", "thanh-long": "thanh long", "lua-gao": "lúa gạo", "hoi-nghi": "hội nghị"}
POWERED = "Vận hành bởi WordPress"
SEL = ' class="current selected"'
FURN = [TAGLINE, POWERED, "Chuyển đến nội dung", "Bài viết mới", "Bình luận gần đây", "Chuyên mục", "Tải về",
        "Bạn phải đăng nhập để gửi bình luận.", "Điều hướng bài viết", "Bài trước", "Bài tiếp theo", "Trả lời",
        "bình luận:", "Đăng nhập để trả lời"]


def slugify(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def wp_date(d: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def wp_time(d: datetime) -> str:
    return f"{d.hour % 12 or 12}:{d:%M} {'sáng' if d.hour < 12 else 'chiều'}"


def rfc(d: datetime) -> str:
    return f"{d - UTC:%a, %d %b %Y %H:%M:%S} +0000"


def livestamp(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}+0000"


def time_since(d: datetime) -> str:
    """bp_core_time_since: the largest unit and the next one when not zero, "%s trước"."""
    secs = int((NOW - d).total_seconds())
    units = [(365 * 86400, "năm"), (30 * 86400, "tháng"), (7 * 86400, "tuần"), (86400, "ngày"), (3600, "giờ"),
             (60, "phút"), (1, "giây")]
    for i, (size, name) in enumerate(units):
        if secs >= size:
            n, rest = divmod(secs, size)
            out = f"{n} {name}"
            if i + 1 < len(units):
                size2, name2 = units[i + 1]
                m = rest // size2
                if m:
                    out += f", {m} {name2}"
            return out + " trước"
    return "vừa xong"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tổ chức Hội nghị kết nối tiêu thụ sản phẩm HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH LONG AN
Số: 12/TB-LMHTX
Long An, ngày 16 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức Hội nghị kết nối tiêu thụ sản phẩm HTX năm 2025
Liên minh HTX tỉnh tổ chức Hội nghị kết nối tiêu thụ sản phẩm HTX vào lúc 8 giờ ngày 05/6/2025 tại Hội trường Liên minh HTX tỉnh, số 06 Võ Công Tồn, phường 1, TP Tân An.
Mỗi HTX được bố trí một bàn trưng bày sản phẩm; các HTX có sản phẩm OCOP được ưu tiên đăng ký trước.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 28/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Văn Lượm
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/wp-content/uploads/2025/05/TB-12-LMHTX-2025.pdf", "text": "TB-12-LMHTX-2025"}],
          opts={"by": "vanphong", "cats": ["thong-bao"], "tags": ["hoi-nghi", "ocop"],
                "comments": [("tamnv", "HTX Thanh long Châu Thành đã gửi phiếu đăng ký qua email, nhờ Văn phòng xác "
                                       "nhận giúp.", 75)]},
          notes=["notice 'Số: 12/TB-LMHTX' dated 16/5 in its text, posted 20/05 07:55 (TT1's <time datetime='2025-05-20T07:55:00"
                 "+07:00'>Tháng Năm 20, 2025</time>; the stream says '2 giờ, 5 phút trước'); the WordPress account is the "
                 "office (Văn phòng Liên minh HTX tỉnh Long An): no author; the signer is text; the wp-block-file "
                 "(link text 'TB-12-LMHTX-2025', the 'Tải về' button, a PDF <object>) is an attachment, not text; a member's "
                 "comment under it is not text"],
          **at(datetime(2025, 5, 20, 7, 55))),
        A(path="", title="Ảnh: HTX Thanh long Châu Thành vào vụ thu hoạch thanh long nghịch vụ",
          body="""
Giữa tháng 5, các thành viên HTX Thanh long Châu Thành bước vào vụ thu hoạch thanh long nghịch vụ năm 2025.
[img thanh-long-1.jpg] Thành viên HTX thu hoạch thanh long ruột đỏ tại ấp Phú Xuân, xã Phước Tân Hưng
[img thanh-long-2.jpg] Trái thanh long được phân loại, đóng thùng tại nhà sơ chế của HTX
[img thanh-long-3.jpg] Xe của doanh nghiệp thu mua thanh long xuất khẩu tại HTX
Vụ này HTX dự kiến cung ứng khoảng 1.200 tấn thanh long cho các doanh nghiệp xuất khẩu.
""", byline="Bài và ảnh: Trần Minh Tuấn", author="Trần Minh Tuấn",
          opts={"by": "lanhnt", "cats": ["tin-hoat-dong"], "tags": ["thanh-long"],
                "comments": [("hauvl", "Thanh long năm nay được giá, chúc mừng bà con Châu Thành!", 190)]},
          notes=["photo story: Gutenberg figure.wp-block-image with figcaption.wp-element-caption (one line each); the "
                 "account is Nguyễn Thị Lành but 'Bài và ảnh: Trần Minh Tuấn' closes it -> author; a group update shares "
                 "it with ?utm_source=zalo&utm_medium=social (an alias)"],
          **at(datetime(2025, 5, 14, 16, 30))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp tỉnh Long An quý I năm 2025",
          body="""
Quý I/2025, các HTX nông nghiệp trên địa bàn tỉnh duy trì sản xuất ổn định, doanh thu tăng so với cùng kỳ.
| Lĩnh vực | Số HTX | Doanh thu quý I (tỷ đồng) | So cùng kỳ (%) |
| Trồng trọt | 168 | 212,4 | 106,3 |
| Chăn nuôi | 21 | 18,7 | 103,9 |
| Thủy sản | 14 | 9,6 | 108,2 |
| Dịch vụ tổng hợp | 97 | 154,1 | 105,1 |
Sản lượng lúa tiêu thụ qua hợp đồng liên kết của các HTX đạt 86.000 tấn, tăng 12% so với cùng kỳ.
""", author="Phạm Quốc Huy",
          opts={"by": "huypq", "cats": ["tin-hoat-dong"], "tags": ["lua-gao"], "comments": []},
          notes=["a Gutenberg figure.wp-block-table (thead th, tbody td): one line per row; the account Phạm Quốc Huy (a "
                 "staff member), no byline in the text: he is the author"],
          **at(datetime(2025, 5, 6, 9, 10))),
        A(path="", title="Hướng dẫn HTX đăng ký mã số vùng trồng lúa phục vụ xuất khẩu",
          body="""
Mã số vùng trồng là điều kiện bắt buộc để lúa gạo của HTX vào được các thị trường nhập khẩu khó tính.
## Hồ sơ đăng ký gồm
* Giấy đề nghị cấp mã số vùng trồng theo mẫu;
* Bản đồ, sơ đồ vùng trồng có tọa độ các điểm ranh giới;
* Danh sách hộ thành viên tham gia vùng trồng và diện tích của từng hộ;
* Nhật ký sản xuất, sử dụng thuốc bảo vệ thực vật của vụ gần nhất.
HTX nộp hồ sơ tại Chi cục Trồng trọt và Bảo vệ thực vật tỉnh hoặc qua Cổng dịch vụ công của tỉnh.
""", byline="Võ Thị Ngọc Hân - Chi cục Trồng trọt và Bảo vệ thực vật", author="Võ Thị Ngọc Hân",
          opts={"by": "lanhnt", "cats": ["tin-hoat-dong", "kien-thuc"], "tags": ["lua-gao"], "comments": []},
          notes=["an h2.wp-block-heading and a ul.wp-block-list; the account Nguyễn Thị Lành but 'Võ Thị Ngọc Hân - Chi cục "
                 "Trồng trọt và Bảo vệ thực vật' closes the text -> Võ Thị Ngọc Hân; in two categories"],
          **at(datetime(2025, 4, 24, 8, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Mỹ Lệ",
          body="""
Chiều 15/4, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Mỹ Lệ (huyện Cần Đước).
HTX hiện cung ứng giống, vật tư và tiêu thụ lúa cho 640 hộ thành viên trên diện tích hơn 900 ha.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng kho lạnh bảo quản nông sản từ nguồn vốn Quỹ hỗ trợ phát triển HTX.
""", author=None,
          opts={"by": "admin", "cats": ["tin-hoat-dong"], "tags": [], "comments": []},
          notes=["posted at 00:20 on 16 April about the afternoon before ('Chiều 15/4'): the page's <time datetime="
                 "'2025-04-16T00:20:00+07:00'>Tháng Tư 16, 2025</time>; the feed 'Tue, 15 Apr 2025 17:20:00 +0000' and the "
                 "activity livestamp '2025-04-15T17:20:00+0000' are UTC (the day before); published = 2025-04-16 00:20; "
                 "the account 'admin', no byline: author null"],
          **at(datetime(2025, 4, 16, 0, 20))),
        A(path="", title="HTX Nông nghiệp Tân Lập mở rộng vùng trồng chanh không hạt",
          body="""
HTX Nông nghiệp Tân Lập (huyện Thủ Thừa) vừa mở rộng vùng trồng chanh không hạt lên 85 ha, tăng 20 ha so với năm trước.
Toàn bộ diện tích được sản xuất theo tiêu chuẩn VietGAP, có mã số vùng trồng phục vụ xuất khẩu.
Năm 2024, HTX xuất khẩu hơn 1.500 tấn chanh sang thị trường châu Âu và Trung Đông.
""", byline="Theo Báo Long An", author=None,
          opts={"by": "lanhnt", "cats": ["tin-hoat-dong"], "tags": ["ocop"], "comments": []},
          notes=["'Theo Báo Long An' closes the text: a reprint, no author (the footer's 'bởi Nguyễn Thị Lành' is the "
                 "account that copied it)"],
          **at(datetime(2025, 4, 2, 14, 0))),
        A(path="", title="HTX Dịch vụ nông nghiệp Long Hiệp ứng dụng tưới tiết kiệm cho lúa",
          body="""
HTX Dịch vụ nông nghiệp Long Hiệp (huyện Bến Lức) áp dụng kỹ thuật tưới ướt khô xen kẽ trên 150 ha lúa vụ đông xuân.
Nhờ chủ động bơm tưới theo lịch, HTX giảm 30% lượng nước và khoảng 1,5 triệu đồng chi phí mỗi ha.
HTX dự kiến nhân rộng mô hình ra toàn bộ 420 ha lúa của thành viên trong vụ hè thu.
""", byline="Huỳnh Thanh Phong", author="Huỳnh Thanh Phong",
          opts={"by": "huypq", "cats": ["tin-hoat-dong"], "tags": ["lua-gao"], "comments": []},
          notes=["the account Phạm Quốc Huy but the bare name 'Huỳnh Thanh Phong' closes the text: the author"],
          **at(datetime(2025, 3, 18, 10, 45))),
        A(path="", title="Liên minh HTX tỉnh Long An tổng kết công tác năm 2024",
          body="""
Ngày 8/1, Liên minh HTX tỉnh Long An tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 26 HTX, tổ chức 12 lớp tập huấn cho 640 lượt cán bộ HTX.
""", byline="Tin, ảnh: Lê Hoàng Nam", author="Lê Hoàng Nam",
          opts={"by": "namlh", "cats": ["tin-hoat-dong"], "tags": ["hoi-nghi"], "comments": []},
          notes=["the oldest post: on /page/2/, /category/tin-hoat-dong/page/2/, the stream's /activity/?acpage=2 and the "
                 "core sitemap, never on a first page; its account Lê Hoàng Nam has no other post; 'Tin, ảnh: Lê Hoàng "
                 "Nam' -> author"],
          **at(datetime(2025, 1, 10, 15, 0))),
    ]


def upload(a: RichArticle, name: str) -> str:
    return f"/wp-content/uploads/{a.date:%Y/%m}/{name}"


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 class="wp-block-heading">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f'<{b.kind} class="wp-block-list">' + "".join(f"<li>{inline_html(x)}</li>" for x in b.items)
                       + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table></figure>")
        elif b.kind == "img":
            mid = int(h(b.src, 3), 16) % 400 + 200
            name = b.src.replace(".jpg", "-1024x683.jpg")
            cap = f'<figcaption class="wp-element-caption">{esc(b.text)}</figcaption>' if b.text else ""
            out.append(f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" '
                       f'height="683" src="{upload(a, name)}" alt="" class="wp-image-{mid}"/>{cap}</figure>')
    for x in a.attachments:
        fid = f"wp-block-file--media-{h(x['path'], 8)}-{h(x['text'], 4)}"
        out.append(f'<div class="wp-block-file"><object class="wp-block-file__embed" data="{x["path"]}" '
                   f'type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng {attr(x["text"])}."></object>'
                   f'<a id="{fid}" href="{x["path"]}">{esc(x["text"])}</a><a href="{x["path"]}" class="wp-block-file__button '
                   f'wp-element-button" download aria-describedby="{fid}">Tải về</a></div>')
    if a.byline:
        out.append(f'<p class="has-text-align-right"><strong><em>{esc(a.byline)}</em></strong></p>')
    return "\n\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "long-an", f"{NAME} (WordPress + BuddyPress)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/wp-sitemap.xml" % SITE],
                     feeds=["{{base:%s}}/feed/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    pid = 380
    for a in reversed(arts):
        pid += 11
        a.opts["id"] = pid
        a.path = f"/{a.date:%Y/%m}/{slugify(a.title)}/"
        a.opts["slug"] = slugify(a.title)
    oldest = arts[-1]
    photo = next(a for a in arts if a.title.startswith("Ảnh:"))
    cid = 40
    comments = []  # (when, user, text, article, id)
    for a in reversed(arts):
        for user, text, minutes in a.opts["comments"]:
            cid += 1
            comments.append((a.date + timedelta(minutes=minutes), user, text, a, cid))
    comments.sort(key=lambda c: c[0], reverse=True)
    comment_strings = [c[2] for c in comments]

    # -- the BuddyPress activity stream --------------------------------------------------------
    # (when, user, kind, html action after the name, content html, group, article or None, mentions)
    events: list[dict] = []
    for a in arts:
        first = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        events.append(dict(when=a.date, user=a.opts["by"], kind="new_blog_post", art=a,
                           action=f'đã đăng một bài viết mới, <a href="{a.path}">{esc(a.title)}</a>', content=first))
    for when, user, text, a, c in comments:
        events.append(dict(when=when, user=user, kind="new_blog_comment", art=a,
                           action=f'đã bình luận về bài viết, <a href="{a.path}#comment-{c}">{esc(a.title)}</a>',
                           content=text))
    updates = [
        (datetime(2025, 5, 19, 20, 15), "hauvl", None,
         '<a class="bp-suggestions-mention" href="/members/lanhnt/" rel="nofollow">@lanhnt</a> chị cho em xin mẫu phiếu '
         'đăng ký hội nghị kết nối tiêu thụ với ạ.', ["lanhnt"]),
        (datetime(2025, 5, 15, 6, 40), "tamnv", "htx-thanh-long-chau-thanh",
         f'Bài về vụ thanh long của HTX mình trên trang Liên minh nè bà con: <a href="{photo.path}?utm_source=zalo&amp;'
         f'utm_medium=social" rel="nofollow">{esc(photo.title)}</a>', []),
        (datetime(2025, 5, 12, 17, 5), "tamnv", "htx-thanh-long-chau-thanh",
         "Tuần này giá thanh long ruột đỏ loại 1 tại vựa khoảng 28.000 đồng/kg, bà con chú ý thu hoạch đúng độ chín.", []),
        (datetime(2025, 5, 2, 9, 30), "hauvl", "mang-luoi-htx-lua-gao",
         "HTX Mỹ Lệ cần kết nối đơn vị cung ứng giống lúa ST25 xác nhận cho vụ hè thu, ai có thông tin nhắn giúp.", []),
        (datetime(2025, 4, 20, 15, 0), "htxtanlap", None,
         "HTX Nông nghiệp Tân Lập tuyển 10 lao động thời vụ thu hoạch chanh, liên hệ văn phòng HTX.", []),
        (datetime(2025, 3, 28, 11, 10), "huypq", "mang-luoi-htx-lua-gao",
         '<a class="bp-suggestions-mention" href="/members/hauvl/" rel="nofollow">@hauvl</a> anh gửi số liệu diện tích '
         "lúa vụ đông xuân của HTX về Ban Kinh tế trước ngày 5/4 nhé.", ["hauvl"]),
    ]
    for when, user, group, content, mentions in updates:
        action = ("đã đăng một cập nhật" if not group else
                  f'đã đăng một cập nhật trong nhóm <a href="/groups/{group}/">{esc(GROUPS[group][0])}</a>')
        events.append(dict(when=when, user=user, kind="activity_update", group=group, action=action, content=content,
                           mentions=mentions))
    joins = [(datetime(2025, 5, 10, 8, 0), "hauvl", "htx-thanh-long-chau-thanh"),
             (datetime(2025, 4, 28, 14, 20), "htxtanlap", "mang-luoi-htx-lua-gao"),
             (datetime(2025, 4, 11, 10, 5), "lanhnt", "htx-thanh-long-chau-thanh"),
             (datetime(2025, 3, 5, 9, 0), "tamnv", "htx-thanh-long-chau-thanh"),
             (datetime(2025, 3, 3, 16, 45), "hauvl", "mang-luoi-htx-lua-gao"),
             (datetime(2025, 2, 20, 10, 0), "huypq", "mang-luoi-htx-lua-gao")]
    for when, user, group in joins:
        events.append(dict(when=when, user=user, kind="joined_group", group=group, content="",
                           action=f'đã tham gia nhóm <a href="/groups/{group}/">{esc(GROUPS[group][0])}</a>'))
    for when, user in [(datetime(2025, 4, 18, 21, 30), "htxtanlap"), (datetime(2025, 3, 1, 8, 15), "hauvl"),
                       (datetime(2025, 2, 27, 19, 40), "tamnv"), (datetime(2024, 12, 2, 9, 0), "namlh")]:
        events.append(dict(when=when, user=user, kind="new_member", content="", action="đã trở thành thành viên đã đăng ký"))
    events.sort(key=lambda e: e["when"])
    for i, e in enumerate(events):
        e["id"] = 1201 + i * 3
        e.setdefault("group", None)
        e.setdefault("mentions", [])
        e.setdefault("art", None)
    events.reverse()
    favorites = {"tamnv": [e for e in events if e.get("art") is arts[0] and e["kind"] == "new_blog_post"],
                 "lanhnt": [e for e in events if e.get("art") is photo and e["kind"] == "new_blog_post"],
                 "hauvl": []}
    assert events.index(next(e for e in events if e.get("art") is oldest)) >= BP_PER

    def avatar(user: str, size: int = 50) -> str:
        name, uid, _ = USERS[user]
        return (f'<img loading="lazy" src="/wp-content/uploads/avatars/{uid}/{h(user, 13)}-bp{"full" if size > 50 else "thumb"}'
                f'.png" class="avatar user-{uid}-avatar avatar-{size} photo" width="{size}" height="{size}" '
                f'alt="Ảnh hồ sơ của {attr(name)}" />')

    def entry(e: dict, single: bool = False) -> str:
        user = e["user"]
        name = USERS[user][0]
        since = (f'<a href="/activity/p/{e["id"]}/" class="view activity-time-since bp-tooltip" data-bp-tooltip="Xem thảo '
                 f'luận"><span class="time-since" data-livestamp="{livestamp(e["when"])}">{time_since(e["when"])}</span></a>')
        inner = ""
        if e["content"]:
            text = e["content"]
            if e["kind"] == "new_blog_post":
                words = text.split()
                cut = " ".join(words[:22])
                text = esc(cut) + (" [&hellip;]" if len(words) > 22 else "")
                inner = (f'<div class="activity-inner"><p>{text}</p><span class="activity-read-more" id="activity-read-more-'
                         f'{e["id"]}"><a href="{e["art"].path}" rel="nofollow">Đọc thêm</a></span></div>')
            elif e["kind"] == "new_blog_comment":
                inner = f'<div class="activity-inner"><p>{esc(text)}</p></div>'
            else:
                inner = f'<div class="activity-inner"><p>{text}</p></div>'
        group_cls = " groups" if e["group"] else ""
        return (f'<li class="{"groups" if e["kind"] == "joined_group" else ("blogs" if e["art"] else "activity")} '
                f'{e["kind"]} activity-item date-recorded-{int((e["when"] - UTC - datetime(1970, 1, 1)).total_seconds())}'
                f'{group_cls}" id="activity-{e["id"]}">\n\t<div class="activity-avatar"><a href="/members/{user}/">'
                f'{avatar(user)}</a></div>\n\t<div class="activity-content">\n\t\t<div class="activity-header">\n\t\t\t<p><a '
                f'href="/members/{user}/">{esc(name)}</a> {e["action"]} {since}</p>\n\t\t</div>\n\t\t{inner}\n\t</div>\n'
                f'\t<div class="activity-comments"></div>\n</li>\n')

    def stream(items: list[dict], more: str | None = None) -> str:
        if not items:
            return ('<div id="message" class="info"><p>Xin lỗi, không có hoạt động nào được tìm thấy. Vui lòng thử một bộ lọc '
                    'khác.</p></div>')
        lm = f'<li class="load-more"><a href="{more}">Xem thêm</a></li>' if more else ""
        return (f'<div class="activity" aria-live="polite" aria-atomic="true" aria-relevant="all"><ul id="activity-stream" '
                f'class="activity-list item-list">\n{"".join(entry(e) for e in items)}{lm}</ul></div>')

    def activity_dir(items: list[dict], more: str | None, total: int) -> str:
        return (f'<div id="template-notices" role="alert" aria-atomic="true"></div><div class="item-list-tabs activity-type-tabs" '
                f'aria-label="Bộ lọc danh mục hoạt động" role="navigation"><ul><li class="selected" id="activity-all"><a '
                f'href="/activity/">Tất cả thành viên <span>{len(USERS)}</span></a></li></ul></div><div class="item-list-tabs '
                f'no-ajax" id="subnav" aria-label="Điều hướng phụ của thành viên" role="navigation"><ul><li class="feed"><a '
                f'href="/activity/feed/" class="bp-tooltip" data-bp-tooltip="Nguồn cấp dữ liệu RSS">RSS</a></li><li '
                f'id="activity-filter-select" class="last"><label for="activity-filter-by">Xem:</label><select '
                f'id="activity-filter-by"><option value="-1">&mdash; Tất cả &mdash;</option><option value="activity_update">'
                f'Cập nhật</option><option value="new_blog_post">Bài viết</option><option value="new_blog_comment">Bình luận'
                f'</option><option value="joined_group">Thành viên nhóm</option><option value="new_member">Thành viên mới'
                f'</option></select></li></ul></div>{stream(items, more)}')

    # -- the theme --------------------------------------------------------------------------------
    recent = [a for a in arts if a is not oldest][:5]

    def widgets() -> str:
        rp = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in recent)
        rc = "".join(f'<li class="recentcomments"><span class="comment-author-link"><a href="/members/{u}/" class="url" '
                     f'rel="ugc">{esc(USERS[u][0])}</a></span> trong <a href="{a.path}#comment-{c}">{esc(a.title)}</a></li>'
                     for _, u, _, a, c in comments)
        cats = "".join(f'<li class="cat-item cat-item-{i}"><a href="/category/{k}/">{esc(v)}</a></li>'
                       for i, (k, v) in enumerate(CATS.items(), 3))
        return (f'<aside class="widget-area">\n<section id="search-2" class="widget widget_search"><form role="search" '
                f'method="get" class="search-form" action="/"><label for="search-form-1">Tìm kiếm&hellip;</label><input '
                f'type="search" id="search-form-1" class="search-field" value="" name="s" /><input type="submit" '
                f'class="search-submit" value="Tìm kiếm" /></form></section>\n<section id="recent-posts-2" class="widget '
                f'widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>{rp}'
                f'</ul></nav></section>\n<section id="recent-comments-2" class="widget widget_recent_comments"><h2 '
                f'class="widget-title">Bình luận gần đây</h2><nav aria-label="Bình luận gần đây"><ul id="recentcomments">{rc}'
                f'</ul></nav></section>\n<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">'
                f'Chuyên mục</h2><nav aria-label="Chuyên mục"><ul>{cats}</ul></nav></section>\n</aside>')

    menu = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("Hoạt động", "/activity/"), ("Thành viên", "/members/"),
            ("Nhóm", "/groups/")]

    def layout(title: str, body_class: str, main: str, head: str = "", current: str = "") -> str:
        items = "".join(f'<li class="menu-item{" current-menu-item" if href == current else ""}"><a href="{href}">{n}</a></li>'
                        for n, href in menu)
        return f"""<!doctype html>
<html lang="vi" class="no-js">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{esc(NAME)} &raquo; Dòng thông tin" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(NAME)} &raquo; Dòng phản hồi" href="/comments/feed/" />{head}
<link rel='stylesheet' id='bp-legacy-css-css' href='/wp-content/plugins/buddypress/bp-templates/bp-legacy/css/buddypress.min.css?ver=12.4.0' media='screen' />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='/wp-content/themes/twentytwentyone/style.css?ver=2.2' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.3" />
</head>
<body class="{body_class} wp-embed-responsive is-light-theme no-js has-main-navigation bp-legacy">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
	<header id="masthead" class="site-header has-title-and-tagline has-menu">
		<div class="site-branding">
			<p class="site-title"><a href="/">{esc(NAME)}</a></p>
			<p class="site-description">{esc(TAGLINE)}</p>
		</div>
		<nav id="site-navigation" class="primary-navigation" aria-label="Menu chính">
			<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">{items}</ul></div>
		</nav>
	</header>
	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">
{main}
			</main>
		</div>
	</div>
{widgets()}
	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<div class="site-name"><a href="/">{esc(NAME)}</a></div>
			<div class="powered-by"><a href="{{{{base:offsite}}}}/wordpress/">{POWERED}</a>.</div>
		</div>
	</footer>
</div>
<script src="/wp-content/plugins/buddypress/bp-templates/bp-legacy/js/buddypress.min.js?ver=12.4.0" id="bp-legacy-js-js"></script>
</body>
</html>
"""

    def bp_page(title: str, path: str, inner: str, pid: int, current: str = "", extra_class: str = "") -> str:
        main = (f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry entry">\n<header '
                f'class="entry-header alignwide"><h1 class="entry-title">{esc(title)}</h1></header>\n<div class="entry-content">'
                f'<div id="buddypress">\n{inner}\n</div></div>\n</article>')
        return layout(f"{title} &#8211; {NAME}", f"page-template-default page buddypress {extra_class}", main,
                      current=current)

    def posted_on(a: RichArticle) -> str:
        return (f'<span class="posted-on">Đã đăng <time class="entry-date published updated" datetime="{a.date:%Y-%m-%dT%H:%M:%S}'
                f'+07:00">{wp_date(a.date)}</time></span>')

    def byline(a: RichArticle) -> str:
        return (f'<span class="byline">bởi <span class="author vcard"><a class="url fn n" href="/author/{a.opts["by"]}/">'
                f'{esc(USERS[a.opts["by"]][0])}</a></span></span>')

    def taxonomies(a: RichArticle) -> str:
        cats = ", ".join(f'<a href="/category/{c}/" rel="category tag">{esc(CATS[c])}</a>' for c in a.opts["cats"])
        tags = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in a.opts["tags"])
        return (f'<div class="post-taxonomies"><span class="cat-links">Chuyên mục {cats} </span>'
                + (f'<span class="tags-links">Thẻ {tags}</span>' if tags else "") + "</div>")

    def classes(a: RichArticle) -> str:
        return (f"post-{a.opts['id']} post type-post status-publish format-standard hentry "
                + " ".join(f"category-{c}" for c in a.opts["cats"]) + " " + " ".join(f"tag-{t}" for t in a.opts["tags"])
                + " entry")

    def excerpt(a: RichArticle) -> str:
        text = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        words = text.split()
        short = " ".join(words[:55]) + (" &hellip;" if len(words) > 55 else "")
        return (f'<article id="post-{a.opts["id"]}" class="{classes(a)}">\n<header class="entry-header">\n<h2 class="entry-title '
                f'default-max-width"><a href="{a.path}">{esc(a.title)}</a></h2></header>\n<div class="entry-content"><p>'
                f'{esc(short) if "&hellip;" not in short else esc(" ".join(words[:55])) + " &hellip;"} <a class="more-link" '
                f'href="{a.path}">Tiếp tục đọc <span class="screen-reader-text">{esc(a.title)}</span></a></p></div>\n'
                f'<footer class="entry-footer default-max-width">{posted_on(a)}<div class="posted-by">{byline(a)}</div>'
                f'{taxonomies(a)}</footer>\n</article>')

    def pagination(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""

        def href(k: int) -> str:
            return base if k == 1 else f"{base}page/{k}/"
        parts = []
        if n > 1:
            parts.append(f'<a class="prev page-numbers" href="{href(n - 1)}">Trước</a>')
        for k in range(1, pages + 1):
            parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                         f'<a class="page-numbers" href="{href(k)}">{k}</a>')
        if n < pages:
            parts.append(f'<a class="next page-numbers" href="{href(n + 1)}">Tiếp</a>')
        return (f'<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">Phân '
                f'trang bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>')

    def archive(base: str, heading: str | None, items: list[RichArticle], body_class: str, title: str,
                feed: str | None = None) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            path = base if n == 1 else f"{base}page/{n}/"
            chunk = items[(n - 1) * PER:n * PER]
            head = (f'<header class="page-header alignwide"><h1 class="page-title">{heading}</h1></header>\n'
                    if heading else "")
            main = head + "\n".join(excerpt(a) for a in chunk) + pagination(base, n, pages)
            extra = (f'\n<link rel="alternate" type="application/rss+xml" title="{esc(NAME)} &raquo; {esc(title)} Dòng thông '
                     f'tin" href="{feed}" />') if feed else ""
            page_title = (f"{title} &#8211; {NAME}" if heading else NAME + (f" &#8211; Trang {n}" if n > 1 else ""))
            site.page(path, layout(page_title, body_class + (" paged" if n > 1 else ""), main, head=extra,
                                   current="/" if base == "/" else ""))
            site.non_articles.append(path)

    # -- posts -----------------------------------------------------------------------------------
    for i, a in enumerate(arts):
        prev_a = arts[i + 1] if i + 1 < len(arts) else None
        next_a = arts[i - 1] if i > 0 else None
        nav = '<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
        if prev_a:
            nav += (f'<div class="nav-previous"><a href="{prev_a.path}" rel="prev"><p class="meta-nav">Bài trước</p><p '
                    f'class="post-title">{esc(prev_a.title)}</p></a></div>')
        if next_a:
            nav += (f'<div class="nav-next"><a href="{next_a.path}" rel="next"><p class="meta-nav">Bài tiếp theo</p><p '
                    f'class="post-title">{esc(next_a.title)}</p></a></div>')
        nav += "</div></nav>"
        mine = [c for c in comments if c[3] is a]
        clist = ""
        if mine:
            lis = "".join(
                f'<li id="comment-{c}" class="comment even thread-even depth-1"><article id="div-comment-{c}" class="comment-body">'
                f'<footer class="comment-meta"><div class="comment-author vcard">{avatar(u, 60)}<b class="fn"><a href="/members/'
                f'{u}/" class="url" rel="ugc">{esc(USERS[u][0])}</a></b> <span class="says">bình luận:</span></div><div '
                f'class="comment-metadata"><a href="{a.path}#comment-{c}"><time datetime="{w:%Y-%m-%dT%H:%M:%S}+07:00">'
                f'{wp_date(w)} lúc {wp_time(w)}</time></a></div></footer><div class="comment-content"><p>{esc(t)}</p></div>'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-login" href="/wp-login.php?redirect_to='
                f'{a.path}">Đăng nhập để trả lời</a></div></article></li>'
                for w, u, t, _, c in mine)
            clist = (f'<h2 class="comments-title">Một bình luận về &ldquo;{esc(a.title)}&rdquo;</h2><ol class="comment-list">'
                     f'{lis}</ol>')
        comments_area = (f'<div id="comments" class="comments-area default-max-width show-avatars">{clist}<div id="respond" '
                         f'class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Trả lời <small><a '
                         f'rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">Hủy</a>'
                         f'</small></h2><p class="must-log-in">Bạn phải <a href="/wp-login.php?redirect_to={a.path}">đăng '
                         f'nhập</a> để gửi bình luận.</p></div></div>')
        main = (f'<article id="post-{a.opts["id"]}" class="{classes(a)}">\n<header class="entry-header alignwide">\n<h1 '
                f'class="entry-title">{esc(a.title)}</h1></header>\n<div class="entry-content">\n{body_html(a)}\n</div>\n'
                f'<footer class="entry-footer default-max-width"><div class="posted-by">{posted_on(a)}{byline(a)}</div>'
                f'{taxonomies(a)}</footer>\n</article>\n{nav}\n{comments_area}')
        head = (f'\n<link rel="alternate" type="application/rss+xml" title="{esc(NAME)} &raquo; {esc(a.title)} Dòng phản hồi" '
                f'href="{a.path}feed/" />\n<link rel="canonical" href="{{{{base}}}}{a.path}" />\n<link rel=\'shortlink\' '
                f'href=\'{{{{base}}}}/?p={a.opts["id"]}\' />')
        site.page(a.path, layout(f"{a.title} &#8211; {NAME}", f"post-template-default single single-post postid-{a.opts['id']} "
                                 "single-format-standard", main, head=head))
        site.redirect(f"/?p={a.opts['id']}", a.path)
        a.aliases.append(f"/?p={a.opts['id']}")
        if a is photo:
            utm = f"{a.path}?utm_source=zalo&utm_medium=social"
            site.same_page(utm, a.path)
            a.aliases.append(utm)
        citems = "".join(f"<item><title>Bởi: {esc(USERS[u][0])}</title><link>{{{{base}}}}{a.path}#comment-{c}</link><dc:creator>"
                         f"<![CDATA[{USERS[u][0]}]]></dc:creator><pubDate>{rfc(w)}</pubDate><description><![CDATA[{t}]]>"
                         f"</description></item>" for w, u, t, _, c in mine)
        site.page(f"{a.path}feed/", rss(f"Phản hồi cho: {a.title}", a.path, citems),
                  content_type="application/rss+xml; charset=UTF-8")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(upload(a, b.src.replace(".jpg", "-1024x683.jpg")), image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH LONG AN", "THONG BAO SO 12/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_strings
    site.trap("each post's head has rel=shortlink /?p=<id> (301 to the post: an alias) and a comment feed <post>/feed/",
              f"/?p={arts[0].opts['id']}")

    archive("/", None, arts, "home blog hfeed", NAME)
    site.trap("home = the blog (6 excerpts a page, 'Tiếp tục đọc', TT1's footer 'Đã đăng <time>' 'bởi'): /page/2/ holds the "
              "two oldest posts", "/page/2/")
    for slug, cname in CATS.items():
        items = [a for a in arts if slug in a.opts["cats"]]
        archive(f"/category/{slug}/", f"Chuyên mục: <span>{esc(cname)}</span>", items, f"archive category category-{slug}",
                cname, feed=f"/category/{slug}/feed/")
        site.page(f"/category/{slug}/feed/", rss_posts(items, f"{NAME} &#187; {cname}"),
                  content_type="application/rss+xml; charset=UTF-8")
    for slug, tname in TAGS.items():
        items = [a for a in arts if slug in a.opts["tags"]]
        archive(f"/tag/{slug}/", f"Thẻ: <span>{esc(tname)}</span>", items, f"archive tag tag-{slug}", tname,
                feed=f"/tag/{slug}/feed/")
        site.page(f"/tag/{slug}/feed/", rss_posts(items, f"{NAME} &#187; {tname}"),
                  content_type="application/rss+xml; charset=UTF-8")
    for user in USERS:
        items = [a for a in arts if a.opts["by"] == user]
        if items:
            archive(f"/author/{user}/", f"Tác giả: <span>{esc(USERS[user][0])}</span>", items, f"archive author author-{user}",
                    USERS[user][0], feed=f"/author/{user}/feed/")
            site.page(f"/author/{user}/feed/", rss_posts(items, f"{NAME} &#187; {USERS[user][0]}"),
                      content_type="application/rss+xml; charset=UTF-8")
    site.trap("category (/category/tin-hoat-dong/ + /page/2/), tag and author archives: TT1 excerpt lists, not articles",
              "/category/tin-hoat-dong/page/2/")
    site.page("/feed/", rss_posts(arts[:PER], NAME), content_type="application/rss+xml; charset=UTF-8")
    citems = "".join(f"<item><title>Bình luận trong {esc(a.title)} bởi {esc(USERS[u][0])}</title><link>{{{{base}}}}{a.path}"
                     f"#comment-{c}</link><pubDate>{rfc(w)}</pubDate><description><![CDATA[{t}]]></description></item>"
                     for w, u, t, a, c in comments)
    site.page("/comments/feed/", rss(f"Bình luận cho {NAME}", "/", citems), content_type="application/rss+xml; charset=UTF-8")
    site.trap("the feed /feed/ (6 newest, content:encoded) gives UTC '+0000': the post of 00:20 on 16 April reads 'Tue, 15 "
              "Apr 2025 17:20:00 +0000'", "/feed/")

    # -- BuddyPress screens ----------------------------------------------------------------------
    site.page("/activity/", bp_page("Hoạt động", "/activity/", activity_dir(events[:BP_PER], "/activity/?acpage=2",
                                                                             len(events)), 12, "/activity/",
                                    "activity directory"))
    site.page("/activity/?acpage=2", bp_page("Hoạt động", "/activity/?acpage=2",
                                             activity_dir(events[BP_PER:], None, len(events)), 12, "/activity/",
                                             "activity directory"))
    site.non_articles += ["/activity/", "/activity/?acpage=2"]
    site.trap("the activity directory /activity/ (a WordPress page: h1.entry-title 'Hoạt động'): 'đã đăng một bài viết mới' "
              "entries with a 22-word excerpt and '[…] Đọc thêm', updates, @mentions, joins, comments; 20 a page, 'Xem "
              "thêm' = ?acpage=2 (holds the oldest post's entry)", "/activity/?acpage=2")
    for e in events:
        single = f"/members/{e['user']}/activity/{e['id']}/"
        site.redirect(f"/activity/p/{e['id']}/", single, 302)
        inner = member_header(e["user"]) + (f'<div id="item-body"><div class="activity no-ajax"><ul id="activity-stream" '
                                            f'class="activity-list item-list">{entry(e, True)}</ul></div></div>')
        site.page(single, bp_page(USERS[e["user"]][0], single, inner, 13, "/members/", "activity-permalink"))
        site.non_articles.append(single)
    site.trap("every entry's time-since links /activity/p/<id>/ (302 to /members/<user>/activity/<id>/: the single entry "
              "under the member's header): not articles", f"/activity/p/{events[0]['id']}/")
    feed_items = "".join(
        f"<item><guid isPermaLink=\"false\">{h(str(e['id']), 32)}</guid><title>{esc(USERS[e['user']][0])} "
        f"{esc(re.sub(r'<[^>]+>', '', e['action']))}</title><link>{{{{base}}}}"
        f"{e['art'].path if e['art'] and e['kind'] == 'new_blog_post' else '/activity/p/%d/' % e['id']}</link><pubDate>"
        f"{rfc(e['when'])}</pubDate><description><![CDATA[{e['content']}]]></description></item>" for e in events)
    site.page("/activity/feed/", rss(f"{NAME} | Hoạt động toàn trang", "/activity/", feed_items),
              content_type="application/rss+xml; charset=UTF-8")
    site.trap("the sitewide activity RSS /activity/feed/ (every entry; a post's entry links the post) in UTC '+0000'",
              "/activity/feed/")

    # members
    mlis = "".join(
        f'<li class="odd is-online is-current-user"><div class="item-avatar"><a href="/members/{u}/">{avatar(u)}</a></div>'
        f'<div class="item"><div class="item-title"><a href="/members/{u}/">{esc(n)}</a></div><div class="item-meta"><span '
        f'class="activity" data-livestamp="{livestamp(last_active(u))}">hoạt động {time_since(last_active(u))}</span></div>'
        f'</div><div class="clear"></div></li>' for u, (n, _, _) in USERS.items())
    site.page("/members/", bp_page("Thành viên", "/members/", f'<div id="members-dir-list" class="members dir-list"><div '
                                   f'id="pag-top" class="pagination"><div class="pag-count" id="member-dir-count-top">Đang '
                                   f'xem 1 - {len(USERS)} trong {len(USERS)} thành viên</div></div><ul id="members-list" '
                                   f'class="item-list" aria-live="assertive" aria-relevant="all">{mlis}</ul></div>', 13,
                                   "/members/", "members directory"))
    site.non_articles.append("/members/")
    for u in USERS:
        mine = [e for e in events if e["user"] == u]
        pages = {
            f"/members/{u}/": ("just-me", stream(mine)),
            f"/members/{u}/activity/mentions/": ("mentions", stream([e for e in events if u in e["mentions"]])),
            f"/members/{u}/activity/favorites/": ("favorites", stream(favorites.get(u, []))),
            f"/members/{u}/activity/groups/": ("groups", stream([e for e in events if e["group"] and
                                                                 any(j[1] == u and j[2] == e["group"] for j in joins)])),
        }
        for path, (sel, content) in pages.items():
            inner = member_header(u) + member_nav(u, "activity") + (
                f'<div id="item-body">{member_subnav(u, sel)}{content}</div>')
            site.page(path, bp_page(USERS[u][0], path, inner, 13, "/members/", "activity"))
            site.non_articles.append(path)
        site.same_page(f"/members/{u}/activity/", f"/members/{u}/")
        fields = (f'<div class="bp-widget base"><h2>Thông tin cơ bản</h2><table class="profile-fields"><tr class="field_1 '
                  f'field_ten"><td class="label">Tên</td><td class="data"><p>{esc(USERS[u][0])}</p></td></tr><tr class="field_2">'
                  f'<td class="label">Đơn vị</td><td class="data"><p>{esc(USERS[u][2])}</p></td></tr></table></div>')
        site.page(f"/members/{u}/profile/", bp_page(USERS[u][0], f"/members/{u}/profile/", member_header(u)
                                                    + member_nav(u, "xprofile") + f'<div id="item-body"><div class="profile">'
                                                    f'{fields}</div></div>', 13, "/members/", "xprofile"))
        mygroups = [g for g in GROUPS if any(j[1] == u and j[2] == g for j in joins)]
        glis = "".join(f'<li><div class="item"><div class="item-title"><a href="/groups/{g}/">{esc(GROUPS[g][0])}</a></div>'
                       f'</div></li>' for g in mygroups) or '<div id="message" class="info"><p>Chưa tham gia nhóm nào.</p></div>'
        site.page(f"/members/{u}/groups/", bp_page(USERS[u][0], f"/members/{u}/groups/", member_header(u)
                                                   + member_nav(u, "groups") + f'<div id="item-body"><ul id="groups-list" '
                                                   f'class="item-list">{glis}</ul></div>', 13, "/members/", "groups"))
        site.non_articles += [f"/members/{u}/profile/", f"/members/{u}/groups/"]
        site.page(f"/members/{u}/activity/feed/", rss(f"{NAME} | Hoạt động của {USERS[u][0]}", f"/members/{u}/",
                                                      "".join(f"<item><title>{esc(USERS[u][0])} "
                                                              f"{esc(re.sub(r'<[^>]+>', '', e['action']))}</title><link>"
                                                              f"{{{{base}}}}/activity/p/{e['id']}/</link><pubDate>"
                                                              f"{rfc(e['when'])}</pubDate></item>" for e in mine)),
                  content_type="application/rss+xml; charset=UTF-8")
    site.trap("a member /members/<user>/ (= /activity/: the profile's home), profile/, groups/, activity/mentions/ (the "
              "@mentions), activity/favorites/: WordPress pages whose h1.entry-title is the member's name; not articles",
              "/members/lanhnt/activity/mentions/")

    # groups
    glis = "".join(f'<li class="odd public is-admin is-member group-has-avatar"><div class="item"><div class="item-title"><a '
                   f'href="/groups/{g}/">{esc(n)}</a></div><div class="item-meta"><span class="activity">hoạt động '
                   f'{time_since(max(e["when"] for e in events if e["group"] == g))}</span></div><div class="item-desc"><p>'
                   f'{esc(d)}</p></div></div><div class="meta">Nhóm công khai / {sum(1 for j in joins if j[2] == g)} thành viên'
                   f'</div></li>' for g, (n, d) in GROUPS.items())
    site.page("/groups/", bp_page("Nhóm", "/groups/", f'<div id="groups-dir-list" class="groups dir-list"><ul id="groups-list" '
                                  f'class="item-list">{glis}</ul></div>', 14, "/groups/", "groups directory"))
    site.non_articles.append("/groups/")
    for g, (n, d) in GROUPS.items():
        ges = [e for e in events if e["group"] == g]
        last = max(e["when"] for e in ges)
        header = (f'<div id="item-header" role="complementary"><div id="item-header-avatar"><a href="/groups/{g}/"><img '
                  f'src="/wp-content/uploads/group-avatars/{h(g, 2)}/{h(g, 13)}-bpfull.png" class="avatar" width="150" '
                  f'height="150" alt="Ảnh đại diện nhóm {attr(n)}" /></a></div><div id="item-header-content"><span '
                  f'class="highlight">Nhóm công khai</span><span class="activity" data-livestamp="{livestamp(last)}">hoạt động '
                  f'{time_since(last)}</span><div id="item-meta"><p>{esc(d)}</p></div></div></div>')
        gnav = (f'<div id="item-nav"><div class="item-list-tabs no-ajax" id="object-nav" role="navigation"><ul><li id="home-groups-li">'
                f'<a id="home" href="/groups/{g}/">Trang chủ</a></li><li id="members-groups-li"><a id="members" href="/groups/{g}/'
                f'members/">Thành viên <span>{sum(1 for j in joins if j[2] == g)}</span></a></li></ul></div></div>')
        sub = (f'<div class="item-list-tabs no-ajax" id="subnav" role="navigation"><ul><li class="feed"><a href="/groups/{g}/'
               f'feed/">RSS</a></li></ul></div>')
        site.page(f"/groups/{g}/", bp_page(n, f"/groups/{g}/", header + gnav + f'<div id="item-body">{sub}{stream(ges)}</div>',
                                           14, "/groups/", "groups group-home"))
        members = "".join(f'<li><a href="/members/{j[1]}/">{avatar(j[1])}</a><h5><a href="/members/{j[1]}/">'
                          f'{esc(USERS[j[1]][0])}</a></h5><span class="activity">tham gia {time_since(j[0])}</span></li>'
                          for j in joins if j[2] == g)
        site.page(f"/groups/{g}/members/", bp_page(n, f"/groups/{g}/members/", header + gnav + f'<div id="item-body"><ul '
                                                   f'id="member-list" class="item-list">{members}</ul></div>', 14, "/groups/",
                                                   "groups members"))
        site.non_articles += [f"/groups/{g}/", f"/groups/{g}/members/"]
        site.page(f"/groups/{g}/feed/", rss(f"{NAME} | {n} | Hoạt động nhóm", f"/groups/{g}/", "".join(
            f"<item><title>{esc(USERS[e['user']][0])} {esc(re.sub(r'<[^>]+>', '', e['action']))}</title><link>{{{{base}}}}"
            f"/activity/p/{e['id']}/</link><pubDate>{rfc(e['when'])}</pubDate><description><![CDATA[{e['content']}]]>"
            f"</description></item>" for e in ges)), content_type="application/rss+xml; charset=UTF-8")
    site.trap("a group /groups/<slug>/ (its own activity: updates in the group, joins; one shares the photo story with a "
              "utm query), /groups/<slug>/members/: not articles", "/groups/htx-thanh-long-chau-thanh/")

    # pages, login, sitemap, robots
    site.page("/gioi-thieu/", layout(f"Giới thiệu &#8211; {NAME}", "page-template-default page", '<article id="post-9" '
                                     'class="post-9 page type-page status-publish hentry entry"><header class="entry-header '
                                     'alignwide"><h1 class="entry-title">Giới thiệu</h1></header><div class="entry-content"><p>'
                                     'Cộng đồng HTX Long An là mạng lưới trực tuyến do Liên minh Hợp tác xã tỉnh Long An xây '
                                     'dựng để các HTX, tổ hợp tác trong tỉnh trao đổi thông tin, kinh nghiệm và kết nối thị '
                                     'trường.</p><p>Thành viên đăng ký tài khoản để tham gia các nhóm, đăng cập nhật và bình '
                                     'luận.</p></div></article>', current="/gioi-thieu/"))
    site.page("/register/", bp_page("Đăng ký", "/register/", '<form action="" name="signup_form" id="signup_form" '
                                    'class="standard-form" method="post"><div class="register-section" id="basic-details-section">'
                                    '<h2>Thông tin tài khoản</h2><label for="signup_username">Tên đăng nhập (bắt buộc)</label>'
                                    '<input type="text" name="signup_username" id="signup_username" /></div></form>', 15))
    site.page("/wp-login.php", '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="UTF-8" /><title>Đăng nhập &lsaquo; '
              f'{esc(NAME)} &#8212; WordPress</title><meta name=\'robots\' content=\'noindex, follow\' /></head><body class="login '
              'no-js login-action-login wp-core-ui"><div id="login"><h1><a href="/">Được tạo bởi WordPress</a></h1><form '
              'name="loginform" id="loginform" action="/wp-login.php" method="post"><p><label for="user_login">Tên người dùng '
              'hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" /></p><p><label for="user_pass">Mật khẩu'
              '</label><input type="password" name="pwd" id="user_pass" /></p><p class="submit"><input type="submit" '
              'name="wp-submit" id="wp-submit" value="Đăng nhập" /></p></form><p id="nav"><a href="/register/">Đăng ký</a> | '
              '<a href="/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p><p id="backtoblog"><a href="/">&larr; Quay lại '
              f'{esc(NAME)}</a></p></div></body></html>\n')
    site.non_articles += ["/gioi-thieu/", "/register/", "/wp-login.php"]
    site.trap("/gioi-thieu/ (a WordPress page), BuddyPress' /register/ and /wp-login.php ('đăng nhập' under every post; "
              "WordPress' robots.txt does not disallow it): not articles", "/wp-login.php")
    smaps = {"posts-post": [a.path for a in arts], "posts-page": ["/gioi-thieu/", "/activity/", "/members/", "/groups/"],
             "taxonomies-category": [f"/category/{c}/" for c in CATS],
             "taxonomies-post_tag": [f"/tag/{t}/" for t in TAGS],
             "users": [f"/author/{u}/" for u in USERS if any(a.opts["by"] == u for a in arts)]}
    xsl = '<?xml-stylesheet type="text/xsl" href="{{base}}/wp-sitemap.xsl" ?>\n'
    site.page("/wp-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n' + xsl + '<sitemapindex xmlns="http://www.'
              'sitemaps.org/schemas/sitemap/0.9">' + "".join(f"<sitemap><loc>{{{{base}}}}/wp-sitemap-{k}-1.xml</loc></sitemap>"
                                                             for k in smaps) + "</sitemapindex>\n",
              content_type="application/xml; charset=UTF-8")
    for k, locs in smaps.items():
        site.page(f"/wp-sitemap-{k}-1.xml", '<?xml version="1.0" encoding="UTF-8"?>\n' + xsl + '<urlset xmlns="http://www.'
                  'sitemaps.org/schemas/sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in locs)
                  + "</urlset>\n", content_type="application/xml; charset=UTF-8")
    site.static("/wp-sitemap.xsl", '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" '
                'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n')
    site.trap("the core sitemap /wp-sitemap.xml (posts, pages = the BuddyPress directories too, categories, tags, users; "
              "<loc> only, no lastmod)", "/wp-sitemap-posts-post-1.xml")
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                "Sitemap: {{base}}/wp-sitemap.xml\n")
    return site


def last_active(user: str) -> datetime:
    return {"admin": datetime(2025, 5, 20, 9, 50), "vanphong": datetime(2025, 5, 20, 7, 55)}.get(
        user, datetime(2025, 5, 19, 21, 0) if user in ("hauvl", "lanhnt") else datetime(2025, 5, 16, 8, 30))


def member_header(user: str) -> str:
    name, uid, _ = USERS[user]
    la = last_active(user)
    return (f'<div id="item-header" role="complementary"><div id="item-header-avatar"><a href="/members/{user}/"><img '
            f'loading="lazy" src="/wp-content/uploads/avatars/{uid}/{h(user, 13)}-bpfull.png" class="avatar user-{uid}-avatar '
            f'avatar-150 photo" width="150" height="150" alt="Ảnh hồ sơ của {attr(name)}" /></a></div><div '
            f'id="item-header-content"><h2 class="user-nicename">@{user}</h2><span class="activity" data-livestamp="'
            f'{livestamp(la)}">hoạt động {time_since(la)}</span><div id="item-meta"></div></div></div>')


def member_nav(user: str, current: str) -> str:
    tabs = [("activity", "Hoạt động", f"/members/{user}/activity/"), ("xprofile", "Hồ sơ", f"/members/{user}/profile/"),
            ("groups", "Nhóm", f"/members/{user}/groups/")]
    lis = "".join(f'<li id="{k}-personal-li"{SEL if k == current else ""}><a id="user-{k}" '
                  f'href="{href}">{n}</a></li>' for k, n, href in tabs)
    return (f'<div id="item-nav"><div class="item-list-tabs no-ajax" id="object-nav" aria-label="Điều hướng chính của thành '
            f'viên" role="navigation"><ul>{lis}</ul></div></div>')


def member_subnav(user: str, current: str) -> str:
    tabs = [("just-me", "Cá nhân", f"/members/{user}/activity/"),
            ("mentions", "Nhắc đến", f"/members/{user}/activity/mentions/"),
            ("favorites", "Yêu thích", f"/members/{user}/activity/favorites/"),
            ("groups", "Nhóm", f"/members/{user}/activity/groups/")]
    lis = "".join(f'<li id="{k}-personal-li"{SEL if k == current else ""}><a id="{k}" '
                  f'href="{href}">{n}</a></li>' for k, n, href in tabs)
    return (f'<div class="item-list-tabs no-ajax" id="subnav" aria-label="Điều hướng phụ của thành viên" role="navigation">'
            f'<ul>{lis}<li class="feed"><a href="/members/{user}/activity/feed/" class="bp-tooltip" data-bp-tooltip="Nguồn '
            f'cấp dữ liệu RSS">RSS</a></li></ul></div>')


def rss(title: str, link: str, items: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{title}</title>\n<link>{{{{base}}}}{link}</link>\n<description>{esc(TAGLINE)}</description>\n"
            f"<lastBuildDate>{rfc(NOW)}</lastBuildDate>\n<language>vi</language>\n<generator>https://wordpress.org/?v=6.5.3"
            f"</generator>\n{items}\n</channel>\n</rss>\n")


def rss_posts(items: list[RichArticle], title: str) -> str:
    its = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><dc:creator><![CDATA[{USERS[a.opts['by']][0]}]]>"
        f"</dc:creator><pubDate>{rfc(a.date)}</pubDate>" + "".join(f"<category><![CDATA[{CATS[c]}]]></category>"
                                                                   for c in a.opts["cats"])
        + f"<guid isPermaLink=\"false\">{{{{base}}}}/?p={a.opts['id']}</guid><description><![CDATA["
        f"{inline_text(next(b.text for b in a.blocks if b.kind == 'p'))} [&#8230;]]]></description><content:encoded><![CDATA["
        f"{body_html(a)}]]></content:encoded></item>\n" for a in items)
    return rss(title, "/", its)
