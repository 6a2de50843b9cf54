"""Site `diendan-htxnamdinh` (registry family `generic`): "Diễn đàn Hợp tác xã Nam Định", the forum of the cooperatives
of the Nam Định area (since 1 July 2025 part of Ninh Bình province), on **XenForo 2.2** (default style, Vietnamese
language pack); the alliance's news are the threads of its "Thông báo" forum. Written as a held-out test: no family
module, no selectors.

Why it is hard: a news item is the FIRST post of a thread `/threads/<slug>.<id>/`; the replies under it (members'
thanks and questions, one quoting the first post in a BB-code quote "X đã viết:") are comments, and page 2 of a long
thread (`/threads/<slug>.<id>/page-2`, canonical to itself) holds replies only: an alias of the article, like the id
short link `/threads/<id>/`, the post permalinks `/threads/<slug>.<id>/post-<n>` and the forum list's
`/threads/<slug>.<id>/latest` (redirects). The title is `h1.p-title-value`; the date is XenForo's `<time class="u-dt"
datetime="2026-03-12T09:15:00+0700" data-time=…>` whose label is relative for recent posts ("Hôm qua lúc 09:15",
"Thứ Ba lúc 14:30") and "26/2/2026" for older ones; the JSON-LD DiscussionForumPosting gives `datePublished` in UTC.
The thread starter is the author when a person ("Trần Minh Đức"), not when it is the office's or the admin's account;
a closing "Ảnh: …" / "… (thực hiện)" line in the post names the author instead. Around the post: the user panel
(avatar letter, user title, "Tham gia", "Bài viết", "Điểm tương tác"), the signature, the reactions bar ("… và 12
người khác"), "Báo cáo", the share buttons, the "Bạn phải đăng nhập…" reply notice and widgets ("Thành viên trực
tuyến", "Thống kê diễn đàn"). Inside the post: BB-code quote and spoiler blocks (their content is text, "Bấm để xem
thêm..." and the "Spoiler" button are not), a [TABLE], lists, inline image attachments with centred captions and a
PDF in the "Đính kèm" list (`/attachments/<name>-pdf.<id>/`). The forum view `/forums/thong-bao.2/` (page-2) sorts by
the last reply, so a 2025 thread with a new reply sits among March 2026 ones. Member pages, the member list, a
members' Q&A thread in "Hỏi đáp - Trao đổi", the page node `/pages/gioi-thieu/` and the help pages are no articles;
/posts/, /goto/, /login/, /register/, /search/ and /whats-new/ are robots-disallowed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from .core import SiteBuild, attr, esc, inline_html, iso, pdf, png, weekday
from .richbody import RichArticle

SITE = "diendan-htxnamdinh"
NAME = "Diễn đàn HTX Nam Định"
HTML = "text/html; charset=utf-8"
NOW = datetime(2026, 3, 13, 10, 0)
TZ = timezone(timedelta(hours=7))
PER_FORUM = 5
PER_THREAD = 4
USERS = {1: ("Admin", "admin", "Quản trị viên", "15/4/2019", "2.134", "418"),
         3: ("VP Liên minh HTX", "vp-lien-minh-htx", "Văn phòng Liên minh HTX", "20/4/2019", "865", "201"),
         5: ("Trần Minh Đức", "tran-minh-duc", "Ban Tuyên truyền", "02/3/2020", "1.245", "312"),
         7: ("Nguyễn Thu Hương", "nguyen-thu-huong", "Ban Tuyên truyền", "11/9/2021", "388", "97"),
         9: ("htx_yenthinh", "htx_yenthinh", "Thành viên", "05/6/2022", "54", "11"),
         11: ("Vũ Văn Hải", "vu-van-hai", "Thành viên", "18/1/2023", "23", "4"),
         12: ("Lê Thị Nga", "le-thi-nga", "Thành viên", "03/3/2024", "17", "3")}
STAFF = {1, 3, 5, 7}
PDF_ATT = ("/attachments/tb-15-tb-lmhtx-pdf.345/", "TB-15-TB-LMHTX.pdf")
SIGNATURE = "Ban Tuyên truyền - Liên minh HTX tỉnh Ninh Bình (Văn phòng đại diện tại Nam Định) | Hotline: 0228.3849.123"

NAV = ["Diễn đàn", "Có gì mới", "Thành viên", "Đăng nhập", "Đăng ký", "Tìm kiếm", "Bài viết mới", "Tìm chủ đề"]
LABELS = ["Người tạo chủ đề", "Ngày bắt đầu", "Tham gia", "Bài viết", "Điểm tương tác", "Báo cáo", "Thích",
          "Bấm để xem thêm...", "Spoiler", "Đính kèm", "Chia sẻ:", "Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết ở đây.",
          "Trả lời"]
WIDGETS = ["Thành viên trực tuyến", "Tổng: 41 (thành viên: 3, khách: 38)", "Thống kê diễn đàn", "Chủ đề", "Thành viên mới nhất",
           "Chia sẻ trang này"]
FOOTER = ["Giao diện mặc định", "Tiếng Việt", "Liên hệ", "Điều khoản và quy định", "Chính sách bảo mật", "Trợ giúp",
          "Community platform by XenForo® © 2010-2023 XenForo Ltd.", "Bản dịch tiếng Việt bởi cộng đồng XenForo Việt Nam",
          "Diễn đàn Hợp tác xã Nam Định - Văn phòng đại diện Liên minh HTX tỉnh Ninh Bình tại Nam Định",
          "Địa chỉ: Số 120 đường Hùng Vương, phường Nam Định, tỉnh Ninh Bình"]

# replies: thread -> [(post id, user, time, text, quote of the first post or None)]
REPLIES = {
    125: [(202, 9, datetime(2026, 3, 12, 10, 2), "HTX Yên Thịnh xin cảm ơn Liên minh đã tổ chức hội nghị rất thiết thực.", None),
          (203, 11, datetime(2026, 3, 12, 14, 30), "Cho hỏi bao giờ có tài liệu hướng dẫn xây dựng phương án sản xuất ạ?", None),
          (204, 7, datetime(2026, 3, 12, 15, 5), "Tài liệu sẽ được gửi về các HTX trong tuần tới bạn nhé.", None),
          (205, 12, datetime(2026, 3, 12, 20, 40), "Mong Liên minh tổ chức thêm lớp tập huấn về bán hàng trực tuyến.",
           "Liên minh sẽ tiếp tục hỗ trợ các HTX xây dựng phương án sản xuất, kinh doanh và tham gia chuỗi liên kết tiêu thụ sản phẩm."),
          (206, 9, datetime(2026, 3, 13, 8, 5), "Đồng ý với ý kiến trên, HTX chúng tôi cũng cần học thêm.", None)],
    104: [(240, 12, datetime(2026, 3, 11, 20, 10), "Ngao Hải Hậu ngon nổi tiếng, chúc mừng HTX!", None)],
}


def tp(tid: int, slug: str) -> str:
    return f"/threads/{slug}.{tid}/"


def label(d: datetime) -> str:
    if d.date() == NOW.date():
        return f"Hôm nay lúc {d:%H:%M}"
    if d.date() == (NOW - timedelta(days=1)).date():
        return f"Hôm qua lúc {d:%H:%M}"
    if (NOW - d).days < 7:
        return f"{weekday(d)} lúc {d:%H:%M}"
    return f"{d.day}/{d.month}/{d.year}"


def xtime(d: datetime) -> str:
    ts = int(d.replace(tzinfo=TZ).timestamp())
    return (f'<time class="u-dt" dir="auto" datetime="{d:%Y-%m-%dT%H:%M:%S}+0700" data-time="{ts}" '
            f'data-date-string="{d.day}/{d.month}/{d.year}" data-time-string="{d:%H:%M}" '
            f'title="{d.day}/{d.month}/{d.year} lúc {d:%H:%M}">{label(d)}</time>')


def member(uid: int) -> str:
    return f"/members/{USERS[uid][1]}.{uid}/"


def articles() -> list[RichArticle]:
    A = RichArticle

    def when(d: datetime) -> dict:
        return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path=tp(125, "lien-minh-htx-to-chuc-hoi-nghi-so-ket-hoat-dong-cac-htx-khu-vuc-nam-dinh"),
          title="Liên minh HTX tổ chức hội nghị sơ kết hoạt động các HTX khu vực Nam Định",
          date=datetime(2026, 3, 12, 9, 15),
          body="""
Sáng 11/3, tại phường Nam Định, Liên minh HTX tỉnh Ninh Bình tổ chức hội nghị sơ kết hoạt động của các HTX khu vực Nam Định cũ.
Năm 2025, khu vực có 412 HTX đang hoạt động, doanh thu bình quân đạt 3,8 tỷ đồng/HTX, tăng 9% so với năm 2024.
Liên minh sẽ tiếp tục hỗ trợ các HTX xây dựng phương án sản xuất, kinh doanh và tham gia chuỗi liên kết tiêu thụ sản phẩm.
""",
          author="Trần Minh Đức", **when(datetime(2026, 3, 12, 9, 15)),
          opts={"id": 125, "uid": 5, "post": 201, "reacts": 14, "views": 412},
          notes=["first post by the person Trần Minh Đức (author) 'Hôm qua lúc 09:15' (<time datetime='2026-03-12T09:15:00"
                 "+0700'>; JSON-LD datePublished '2026-03-12T02:15:00+00:00'); five replies, one quoting the post; "
                 "page-2 (replies only, canonical to itself), /threads/125/, /post-<n> and /latest are aliases"]),
        A(path=tp(124, "thong-bao-so-15-tb-lmhtx-ve-viec-dang-ky-tham-gia-hoi-cho-nong-san-htx-nam-2026"),
          title="Thông báo số 15/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản HTX năm 2026",
          date=datetime(2026, 3, 10, 14, 30),
          body="""
LIÊN MINH HTX TỈNH NINH BÌNH
Số: 15/TB-LMHTX
Ninh Bình, ngày 09 tháng 3 năm 2026
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ nông sản HTX năm 2026
Liên minh HTX tỉnh tổ chức Hội chợ nông sản HTX năm 2026 tại phường Nam Định từ ngày 20/4 đến ngày 24/4/2026.
Các HTX có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng đại diện tại Nam Định trước ngày 31/3/2026. Mỗi HTX được hỗ trợ một gian hàng tiêu chuẩn.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Thành
""",
          author=None, doc_number="15/TB-LMHTX", **when(datetime(2026, 3, 10, 14, 30)),
          attachments=[{"path": PDF_ATT[0], "text": PDF_ATT[1]}],
          opts={"id": 124, "uid": 3, "post": 198, "reacts": 6, "views": 233, "doc": True},
          notes=["notice 'Số: 15/TB-LMHTX' dated 'Ninh Bình, ngày 09 tháng 3 năm 2026' posted 'Thứ Ba lúc 14:30' "
                 "(10/3) by the office's account 'VP Liên minh HTX' (no author); the signer is text; the PDF is the "
                 "post's attachment in 'Đính kèm' (/attachments/tb-15-tb-lmhtx-pdf.345/, its name in span.file-name)"]),
        A(path=tp(121, "anh-htx-giao-thinh-vao-vu-thu-hoach-rau-mau-dong-xuan"),
          title="Ảnh: HTX Giao Thịnh vào vụ thu hoạch rau màu đông xuân",
          date=datetime(2026, 2, 26, 16, 40),
          body="""
Những ngày cuối tháng 2, thành viên HTX Nông nghiệp Giao Thịnh tất bật thu hoạch su hào, bắp cải và súp lơ vụ đông xuân.
[img giao-thinh-1.png] Thành viên HTX thu hoạch bắp cải trên cánh đồng 25 ha
[img giao-thinh-2.png] Rau được sơ chế, đóng thùng ngay tại nhà sơ chế của HTX
[img giao-thinh-3.png] Xe của doanh nghiệp bao tiêu nhận hàng tại ruộng
""",
          byline="Ảnh: Phạm Hoàng", author="Phạm Hoàng", **when(datetime(2026, 2, 26, 16, 40)),
          opts={"id": 121, "uid": 5, "post": 187, "reacts": 22, "views": 640},
          notes=["photo story: inline image attachments (/attachments/<name>-png.<id>/ around /data/attachments/… "
                 "images) with centred italic captions (the text); 'Ảnh: Phạm Hoàng' closes it (author, not the "
                 "poster Trần Minh Đức); '26/2/2026' absolute label"]),
        A(path=tp(118, "chu-tich-htx-hai-minh-lien-ket-la-con-duong-de-htx-lon-manh"),
          title="Chủ tịch HTX Hải Minh: Liên kết là con đường để HTX lớn mạnh",
          date=datetime(2026, 2, 12, 9, 0),
          body="""
**Hỏi: Thưa ông, HTX Hải Minh đã liên kết với doanh nghiệp như thế nào?**
Ông Đoàn Văn Lực: HTX ký hợp đồng bao tiêu ngao thương phẩm với hai doanh nghiệp chế biến, giá thu mua ổn định cả năm, thành viên yên tâm sản xuất.
**Hỏi: Khó khăn lớn nhất của HTX hiện nay là gì?**
Ông Đoàn Văn Lực: Vốn đầu tư hệ thống xử lý nước và kho lạnh rất lớn, HTX mong được tiếp cận nguồn vốn của Quỹ hỗ trợ phát triển HTX.
**Hỏi: Xin cảm ơn ông!**
""",
          byline="Thu Hương (thực hiện)", author="Thu Hương", **when(datetime(2026, 2, 12, 9, 0)),
          opts={"id": 118, "uid": 7, "post": 176, "reacts": 9, "views": 301},
          notes=["interview: bold 'Hỏi: …' questions and 'Ông Đoàn Văn Lực: …' answers; 'Thu Hương (thực hiện)' is text, "
                 "author Thu Hương (the poster's account is Nguyễn Thu Hương)"]),
        A(path=tp(115, "ket-qua-phat-trien-htx-khu-vuc-nam-dinh-nam-2025"),
          title="Kết quả phát triển HTX khu vực Nam Định năm 2025",
          date=datetime(2026, 1, 20, 8, 0),
          body="""
Năm 2025, khu vực Nam Định thành lập mới 36 HTX, nâng tổng số HTX đang hoạt động lên 412 HTX.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (tỷ đồng) |
| Nông nghiệp | 298 | 41.250 | 2,9 |
| Thủy sản | 37 | 2.140 | 6,4 |
| Tiểu thủ công nghiệp | 44 | 1.870 | 4,1 |
| Dịch vụ, thương mại | 33 | 960 | 5,2 |
Tỷ lệ HTX hoạt động hiệu quả đạt 64%, tăng 5 điểm phần trăm so với năm trước.
""",
          author=None, **when(datetime(2026, 1, 20, 8, 0)),
          opts={"id": 115, "uid": 3, "post": 161, "reacts": 4, "views": 188},
          notes=["a [TABLE] in the post (div.bbTable): one line per row; posted by the office's account: author null"]),
        A(path=tp(112, "nhung-diem-moi-ve-ho-tro-htx-trong-nghi-dinh-huong-dan-luat-htx"),
          title="Những điểm mới về hỗ trợ HTX trong Nghị định hướng dẫn Luật Hợp tác xã",
          date=datetime(2026, 1, 8, 10, 20),
          body="""
Nghị định hướng dẫn Luật Hợp tác xã quy định cụ thể các chính sách hỗ trợ HTX. Đáng chú ý là quy định về hỗ trợ đào tạo:
Hợp tác xã được hỗ trợ 100% chi phí đào tạo, bồi dưỡng cán bộ quản lý, thành viên theo chương trình do cơ quan có thẩm quyền phê duyệt.
HTX Nông nghiệp Yên Thịnh, HTX Thủy sản Hải Minh và HTX Dịch vụ Trực Nội đã được hỗ trợ kinh phí đào tạo năm 2025.
* HTX Nông nghiệp Yên Thịnh: 2 lớp quản trị
* HTX Thủy sản Hải Minh: 1 lớp kế toán
* HTX Dịch vụ Trực Nội: 1 lớp thương mại điện tử
Các HTX có nhu cầu đăng ký với Văn phòng đại diện để được hướng dẫn hồ sơ.
""",
          author="Trần Minh Đức", **when(datetime(2026, 1, 8, 10, 20)),
          opts={"id": 112, "uid": 5, "post": 150, "reacts": 11, "views": 356,
                "spoiler": True, "quote": "Hợp tác xã được hỗ trợ 100% chi phí đào tạo, bồi dưỡng cán bộ quản lý, thành viên theo chương trình do cơ quan có thẩm quyền phê duyệt."},
          notes=["a BB-code quote block (the provision, text; 'Bấm để xem thêm...' is not) and a spoiler whose list is "
                 "text (the 'Spoiler' button is not)"]),
        A(path=tp(108, "lich-tap-huan-cho-can-bo-htx-quy-i-2026"),
          title="Lịch tập huấn cho cán bộ HTX quý I/2026",
          date=datetime(2025, 12, 22, 15, 0),
          body="""
Văn phòng đại diện Liên minh HTX tỉnh tại Nam Định thông báo lịch tập huấn quý I/2026 như sau:
* Tháng 1: Quản trị HTX theo Luật Hợp tác xã năm 2023
* Tháng 2: Kế toán HTX và lập báo cáo tài chính
* Tháng 3: Bán hàng trên sàn thương mại điện tử
Các HTX đăng ký danh sách học viên trước ngày 05/01/2026.
""",
          author=None, **when(datetime(2025, 12, 22, 15, 0)),
          opts={"id": 108, "uid": 3, "post": 139, "reacts": 3, "views": 174},
          notes=["a list (one line per item); the office's account: author null"]),
        A(path=tp(104, "htx-thuy-san-hai-minh-xuat-khau-lo-ngao-dau-tien-sang-eu"),
          title="HTX Thủy sản Hải Minh xuất khẩu lô ngao đầu tiên sang EU",
          date=datetime(2025, 11, 20, 7, 30),
          body="""
HTX Thủy sản Hải Minh (huyện Hải Hậu, tỉnh Nam Định) vừa xuất khẩu lô ngao thương phẩm 20 tấn đầu tiên sang thị trường EU.
Sản phẩm của HTX đạt chứng nhận ASC, được doanh nghiệp chế biến bao tiêu với giá cao hơn 15% so với bán trong nước.
Nguồn: Báo Nam Định
""",
          author=None, **when(datetime(2025, 11, 20, 7, 30)),
          opts={"id": 104, "uid": 1, "post": 121, "reacts": 17, "views": 502},
          notes=["2025 thread (old 'huyện Hải Hậu, tỉnh Nam Định') with a reply of 'Thứ Tư lúc 20:10': the forum sorts by "
                 "last reply, so it sits on page 1 among March 2026 threads; 'Nguồn: Báo Nam Định' and the Admin "
                 "account: author null"]),
        A(path=tp(101, "lien-minh-htx-tinh-nam-dinh-hop-nhat-vao-lien-minh-htx-tinh-ninh-binh"),
          title="Liên minh HTX tỉnh Nam Định hợp nhất vào Liên minh HTX tỉnh Ninh Bình",
          date=datetime(2025, 7, 2, 8, 45),
          body="""
Từ ngày 1/7/2025, cùng với việc sắp xếp đơn vị hành chính, Liên minh HTX tỉnh Nam Định hợp nhất vào Liên minh HTX tỉnh Ninh Bình.
Diễn đàn tiếp tục hoạt động là nơi trao đổi, cung cấp thông tin cho các HTX khu vực Nam Định cũ. Văn phòng đại diện đặt tại phường Nam Định.
""",
          author=None, **when(datetime(2025, 7, 2, 8, 45)),
          opts={"id": 101, "uid": 1, "post": 110, "reacts": 31, "views": 877},
          notes=["the merger's date 1/7/2025 opens the text; posted 2/7/2025 by the Admin account (no author); the forum's "
                 "page-2"]),
    ]


# -- markup --------------------------------------------------------------------------------------------------------

def quote_html(text: str, who: str | None = None, post: int | None = None) -> str:
    title = (f'<div class="bbCodeBlock-title"><a href="/goto/post?id={post}" class="bbCodeBlock-sourceJump" rel="nofollow" '
             f'data-xf-click="attribution" data-content-selector="#post-{post}">{esc(who)} đã viết:</a></div>') if who else ""
    return (f'<blockquote data-attributes="" data-quote="{attr(who or "")}" data-source="{f"post: {post}" if post else ""}" '
            f'class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">{title}<div class="bbCodeBlock-content">'
            f'<div class="bbCodeBlock-expandContent js-expandContent ">{esc(text)}</div><div class="bbCodeBlock-expandLink '
            f'js-expandLink"><a role="button" tabindex="0">{LABELS[7]}</a></div></div></blockquote>')


def body_html(a: RichArticle) -> str:
    out = []
    blocks = a.blocks
    i = 0
    att = 351
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "p" and b.text == a.opts.get("quote"):
            out.append(quote_html(b.text))
        elif b.kind == "ul" and a.opts.get("spoiler"):
            nxt = b
            items = "".join(f"<li data-xf-list-type=\"ul\">{inline_html(x)}</li>" for x in nxt.items)
            out.append(f'<div class="bbCodeBlock bbCodeBlock--spoiler"><div class="bbCodeBlock-title"><button type="button" '
                       f'class="button bbCodeSpoiler-button button--longText" data-xf-click="toggle" data-xf-init="tooltip" '
                       f'title="Bấm để hiện nội dung ẩn"><span class="button-text"><span>{LABELS[8]}</span></span></button>'
                       f'</div><div class="bbCodeBlock-content"><div class="bbCodeSpoiler-content"><div class="bbCodeBlock '
                       f'bbCodeBlock--hide bbCodeBlock--spoiler"><ul>{items}</ul></div></div></div></div>')
        elif b.kind == "p":
            text = inline_html(b.text).replace("<strong>", "<b>").replace("</strong>", "</b>")
            if a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Ninh Bình,"))):
                out.append(f'<div style="text-align: center"><b>{text}</b></div>')
            else:
                out.append(text + "<br />\n<br />")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f'<li data-xf-list-type="{b.kind}">{inline_html(x)}</li>' for x in b.items)
                       + f"</{b.kind}>")
        elif b.kind == "img":
            stem = b.src.rsplit(".", 1)[0]
            out.append(f'<div style="text-align: center"><a href="/attachments/{stem}-png.{att}/" target="_blank">'
                       f'<img src="/data/attachments/0/{att}-{stem}.png" data-url="" class="bbImage" loading="lazy" '
                       f'alt="{stem}.png" title="{stem}.png" style="" width="800" height="533" /></a><br />\n'
                       f'<i>{esc(b.text)}</i></div>')
            att += 1
        elif b.kind == "table":
            head, *rows = b.rows
            trs = "<tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>" + "".join(
                "<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
            out.append(f"<div class=\"bbTable\"><table style='width: 100%'>{trs}</table></div>")
        i += 1
    if a.byline:
        out.append(f'<div style="text-align: right"><b>{esc(a.byline)}</b></div>')
    return "\n".join(out)


def user_cell(uid: int) -> str:
    name, _, title, joined, posts, points = USERS[uid]
    staff = ' <span class="username--staff">' if uid in STAFF else "<span>"
    return (f'<div class="message-cell message-cell--user"><section class="message-user"><div class="message-avatar ">'
            f'<div class="message-avatar-wrapper"><a href="{member(uid)}" class="avatar avatar--m avatar--default '
            f'avatar--default--dynamic" data-user-id="{uid}" data-xf-init="member-tooltip" style="background-color: #8f5cb8; '
            f'color: #e6d9f0"><span class="avatar-u{uid}-m" role="img" aria-label="{attr(name)}">{name[0].upper()}</span>'
            f'</a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="{member(uid)}" '
            f'class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip">{staff}{esc(name)}</span></a>'
            f'</h4><h5 class="userTitle message-userTitle" dir="auto">{esc(title)}</h5></div><div class="message-userExtras">'
            f'<dl class="pairs pairs--justified"><dt>{LABELS[2]}</dt><dd>{joined}</dd></dl><dl class="pairs pairs--justified">'
            f'<dt>{LABELS[3]}</dt><dd>{posts}</dd></dl><dl class="pairs pairs--justified"><dt>{LABELS[4]}</dt><dd>{points}</dd>'
            f'</dl></div><span class="message-userArrow"></span></section></div>')


class Posts:
    def __init__(self):
        self.never: set[str] = set()

    def post(self, path: str, pid: int, num: int, uid: int, d: datetime, content: str, *, reacts: int = 0,
             attachments: str = "", signature: bool = False) -> str:
        for p in (f"/posts/{pid}/report", f"/posts/{pid}/react?reaction_id=1"):
            self.never.add(p)
        bar = ""
        if reacts:
            self.never.add(f"/posts/{pid}/reactions")
            bar = (f'<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction '
                   f'reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;'
                   f'base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" '
                   f'alt="{LABELS[6]}" title="{LABELS[6]}" /></span></li></ul><span class="u-srOnly">Reactions:</span> '
                   f'<a class="reactionsBar-link" href="/posts/{pid}/reactions" data-xf-click="overlay" data-cache="false" '
                   f'rel="nofollow"><bdi>htx_yenthinh</bdi>, <bdi>Lê Thị Nga</bdi> và {reacts - 2} người khác</a></div>')
        sig = (f'<aside class="message-signature"><div class="bbWrapper">{esc(SIGNATURE)}</div></aside>' if signature else "")
        return (f'<article class="message message--post js-post js-inlineModContainer  " data-author="{attr(USERS[uid][0])}" '
                f'data-content="post-{pid}" id="js-post-{pid}"><span class="u-anchorTarget" id="post-{pid}"></span>'
                f'<div class="message-inner">{user_cell(uid)}<div class="message-cell message-cell--main">'
                f'<div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">'
                f'<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="{path}post-{pid}" '
                f'rel="nofollow">{xtime(d)}</a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list '
                f'"><li><a href="{path}post-{pid}" class="message-attribution-gadget" data-xf-init="share-tooltip" '
                f'data-href="/posts/{pid}/share" aria-label="Chia sẻ" rel="nofollow"><i class="fa--xf far fa-share-alt" '
                f'aria-hidden="true"></i></a></li><li><a href="{path}post-{pid}" rel="nofollow">#{num}</a></li></ul></header>'
                f'<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " '
                f'data-lb-id="post-{pid}"><article class="message-body js-selectToQuote"><div ><div class="bbWrapper">{content}'
                f'</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article>{attachments}</div>{sig}</div>'
                f'<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set '
                f'actionBar-set--external"><a href="/posts/{pid}/react?reaction_id=1" class="reaction reaction--small '
                f'actionBar-action actionBar-action--reaction" data-xf-init="reaction" data-reaction-id="1" rel="nofollow">'
                f'<i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>{LABELS[6]}</bdi></span></a>'
                f'</div><div class="actionBar-set actionBar-set--internal"><a href="/posts/{pid}/report" class="actionBar-action '
                f'actionBar-action--report" data-xf-click="overlay">{LABELS[5]}</a></div></div>{bar}'
                f'<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer>'
                f'</div></div></div></article>')


def widgets(arts: list[RichArticle]) -> str:
    online = ", ".join(f'<a href="{member(u)}" class="username " data-user-id="{u}">{esc(USERS[u][0])}</a>' for u in (1, 5, 9))
    newest = USERS[12][0]
    return (f'<div class="p-body-sidebar"><div class="block" data-widget-id="5" data-widget-key="forum_overview_members_online"'
            f' data-widget-definition="members_online"><div class="block-container"><h3 class="block-minorHeader">'
            f'<a href="/members/">{WIDGETS[0]}</a></h3><div class="block-body"><div class="block-row block-row--minor">'
            f'<ul class="listInline listInline--comma"><li>{online}</li></ul></div></div><div class="block-footer">'
            f'<span class="block-footer-counter">{WIDGETS[1]}</span></div></div></div>'
            f'<div class="block" data-widget-id="9" data-widget-key="forum_overview_forum_statistics" '
            f'data-widget-definition="forum_statistics"><div class="block-container"><h3 class="block-minorHeader">{WIDGETS[2]}</h3>'
            f'<div class="block-body block-row"><dl class="pairs pairs--justified count--threads"><dt>{WIDGETS[3]}</dt><dd>128</dd>'
            f'</dl><dl class="pairs pairs--justified count--messages"><dt>Bài viết</dt><dd>1.046</dd></dl><dl class="pairs '
            f'pairs--justified count--users"><dt>Thành viên</dt><dd>1.380</dd></dl><dl class="pairs pairs--justified"><dt>'
            f'{WIDGETS[4]}</dt><dd><a href="{member(12)}" class="username " data-user-id="12">{esc(newest)}</a></dd></dl></div>'
            f'</div></div><div class="block" data-widget-id="10" data-widget-key="forum_overview_share_page" '
            f'data-widget-definition="share_page"><div class="block-container"><h3 class="block-minorHeader">{WIDGETS[5]}</h3>'
            f'<div class="block-body block-row"><div class="shareButtons shareButtons--iconic"><a class="shareButtons-button '
            f'shareButtons-button--brand shareButtons-button--facebook" href="{{{{base:offsite}}}}/" target="_blank">'
            f'<span>Facebook</span></a> <a class="shareButtons-button shareButtons-button--email" href="mailto:?subject=Diễn '
            f'đàn"><span>Email</span></a></div></div></div></div></div>')


def layout(title: str, main: str, arts: list[RichArticle], *, template: str, head: str = "", crumbs: str = "",
           header: str = "", sidebar: bool = True) -> str:
    crumb_html = (f'<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" '
                  f'itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">{NAV[0]}'
                  f'</span></a><meta itemprop="position" content="1" /></li>{crumbs}</ul>')
    side = widgets(arts) if sidebar else ""
    return f"""<!DOCTYPE html>
<html id="XF" lang="vi-VN" dir="LTR" data-app="public" data-template="{template}" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-{template}">
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
	<title>{esc(title)}</title>
	<meta name="theme-color" content="#185886" />
	<meta name="apple-mobile-web-app-title" content="HTX Nam Định">{head}
	<meta property="og:site_name" content="{attr(NAME)}" />
	<link rel="stylesheet" href="/css.php-public-core.css" />
	<script src="/js/xf/preamble.min.js"></script>
	<link rel="icon" type="image/png" href="/styles/default/xenforo/favicon.png" sizes="32x32" />
</head>
<body data-template="{template}">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/default/xenforo/logo-htx.png" alt="{attr(NAME)}" width="200" height="36" /></a></div>
</div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
<li><div class="p-navEl is-selected" data-has-children="true"><a href="/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="forums">{NAV[0]}</a></div></li>
<li><div class="p-navEl "><a href="/whats-new/" class="p-navEl-link " data-nav-id="whatsNew">{NAV[1]}</a></div></li>
<li><div class="p-navEl "><a href="/members/" class="p-navEl-link " data-nav-id="members">{NAV[2]}</a></div></li>
</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">{NAV[3]}</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">{NAV[4]}</span></a>
</div><div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="{NAV[5]}" title="{NAV[5]}"><i aria-hidden="true"></i><span class="p-navgroup-linkText">{NAV[5]}</span></a></div></div>
</div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">
<li><div class="p-navEl "><a href="/whats-new/posts/" class="p-navEl-link " data-nav-id="newPosts">{NAV[6]}</a></div></li>
<li><div class="p-navEl "><a href="/search/?type=post" class="p-navEl-link " data-nav-id="searchForums">{NAV[7]}</a></div></li>
</ul></div></div></div>
<div class="p-body"><div class="p-body-inner">
{crumb_html}
{header}
<div class="p-body-main {'p-body-main--withSidebar' if side else ''}"><div class="p-body-content"><div class="p-body-pageContent">
{main}
</div></div>{side}</div>
{crumb_html}
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner">
<div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" rel="nofollow">{FOOTER[0]}</a></li>
<li><a href="/misc/language" data-xf-click="overlay" rel="nofollow"><i class="fa--xf far fa-globe" aria-hidden="true"></i> {FOOTER[1]}</a></li>
</ul></div><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
<li><a href="/misc/contact" data-xf-click="overlay">{FOOTER[2]}</a></li>
<li><a href="/help/terms/">{FOOTER[3]}</a></li>
<li><a href="/help/privacy-policy/">{FOOTER[4]}</a></li>
<li><a href="/help/">{FOOTER[5]}</a></li>
<li><a href="/">Trang chủ</a></li>
</ul></div></div>
<div class="p-footer-copyright">{esc(FOOTER[6])}<br />{esc(FOOTER[7])}</div>
<div class="p-footer-info"><p>{esc(FOOTER[8])}</p><p>{esc(FOOTER[9])}</p></div>
</div></footer>
</div>
<script src="/js/xf/core-compiled.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-binh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    reply_texts = [r[3] for rs in REPLIES.values() for r in rs[:PER_THREAD - 1]]
    site.extra_boilerplate += [NAV[1], *NAV[3:7], *LABELS[:12], *WIDGETS, *FOOTER, SIGNATURE, *reply_texts]
    posts = Posts()
    forum = "/forums/thong-bao.2/"

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def crumb(*items: tuple[str, str]) -> str:
        return "".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{h}" '
                       f'itemprop="item"><span itemprop="name">{esc(t)}</span></a><meta itemprop="position" content="{k}" />'
                       f'</li>' for k, (t, h) in enumerate(items, 2))

    def last_date(a: RichArticle) -> datetime:
        rs = REPLIES.get(a.opts["id"], [])
        return rs[-1][2] if rs else a.date

    for a in arts:
        o = a.opts
        tid, uid, pid = o["id"], o["uid"], o["post"]
        rs = REPLIES.get(tid, [])
        allposts = [(pid, uid, a.date, None, None)] + [(r[0], r[1], r[2], r[3], r[4]) for r in rs]
        pages = [allposts[i:i + PER_THREAD] for i in range(0, len(allposts), PER_THREAD)]
        att_html = ""
        if a.attachments:
            att_html = (f'<section class="message-attachments"><h4 class="block-textHeader">{LABELS[9]}</h4><ul '
                        f'class="attachmentList"><li class="file file--linked"><a class="u-anchorTarget" name="attachment-345">'
                        f'</a><a class="file-preview" href="{PDF_ATT[0]}" target="_blank"><span class="file-typeIcon"><i '
                        f'class="fa--xf far fa-file-pdf" aria-hidden="true"></i></span></a><div class="file-content"><div '
                        f'class="file-info"><span class="file-name" title="{PDF_ATT[1]}">{PDF_ATT[1]}</span><div class="file-meta">'
                        f'182,4 KB · Xem: 57</div></div></div></li></ul></section>')
        ts = a.date.replace(tzinfo=TZ).astimezone(UTC)
        lts = last_date(a).replace(tzinfo=TZ).astimezone(UTC)
        first_text = " ".join(x for x in a.text_lines()[:2])[:200]
        ld = ('{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"{{base}}' + a.path + '","headline":'
              + '"' + a.title.replace('"', '\\"') + '","articleBody":"' + first_text.replace('"', '\\"') + '","articleSection":'
              '"Thông báo","author":{"@type":"Person","name":"' + USERS[uid][0] + '"},"datePublished":"'
              + f"{ts:%Y-%m-%dT%H:%M:%S}+00:00" + '","dateModified":"' + f"{lts:%Y-%m-%dT%H:%M:%S}+00:00"
              + '","interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction",'
              '"userInteractionCount":' + str(len(rs)) + '}}')
        header = (f'<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{esc(a.title)}</h1></div>'
                  f'<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" '
                  f'aria-hidden="true" title="{LABELS[0]}"></i><span class="u-srOnly">{LABELS[0]}</span> <a href="{member(uid)}" '
                  f'class="username  u-concealed" dir="auto" data-user-id="{uid}">{esc(USERS[uid][0])}</a></li><li><i '
                  f'class="fa--xf far fa-clock" aria-hidden="true" title="{LABELS[1]}"></i><span class="u-srOnly">{LABELS[1]}'
                  f'</span> <a href="{a.path}" class="u-concealed">{xtime(a.date)}</a></li></ul></div></div>')
        for n, chunk in enumerate(pages, 1):
            url = a.path if n == 1 else f"{a.path}page-{n}"
            msgs = []
            for k, (p, u, d, text, quote) in enumerate(chunk, (n - 1) * PER_THREAD + 1):
                if text is None:
                    msgs.append(posts.post(a.path, p, k, u, d, body_html(a), reacts=o["reacts"], attachments=att_html,
                                           signature=u in (5, 7)))
                else:
                    content = (quote_html(quote, USERS[uid][0], pid) if quote else "") + esc(text)
                    msgs.append(posts.post(a.path, p, k, u, d, content, reacts=0))
                    if quote:
                        posts.never.add(f"/goto/post?id={pid}")
            nav = ""
            if len(pages) > 1:
                nav = ('<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed '
                       '"><div class="pageNav  "><ul class="pageNav-main">' + "".join(
                           f'<li class="pageNav-page {"pageNav-page--current " if m == n else ""}"><a href="'
                           f'{a.path if m == 1 else f"{a.path}page-{m}"}">{m}</a></li>' for m in range(1, len(pages) + 1))
                       + "</ul>" + (f'<a href="{a.path}page-{n + 1}" class="pageNav-jump pageNav-jump--next">Tiếp</a>'
                                    if n < len(pages) else "") + "</div></nav></div></div>")
            main = (f'<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/">{nav}'
                    f'<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">'
                    f'{"".join(msgs)}</div></div>{nav}</div><div class="blockMessage blockMessage--alt">'
                    f'<a href="/login/" data-xf-click="overlay">{NAV[3]}</a> - {LABELS[11]}</div>'
                    f'<div class="block block--share"><div class="shareButtons shareButtons--iconic"><span '
                    f'class="shareButtons-label">{LABELS[10]}</span> <a class="shareButtons-button shareButtons-button--brand '
                    f'shareButtons-button--facebook" href="{{{{base:offsite}}}}/" target="_blank"><span>Facebook</span></a> '
                    f'<a class="shareButtons-button shareButtons-button--brand shareButtons-button--twitter" '
                    f'href="{{{{base:offsite}}}}/" target="_blank"><span>Twitter</span></a></div></div>')
            head = (f'\n\t<meta name="description" content="{attr(first_text[:150])}" />\n\t<link rel="canonical" '
                    f'href="{{{{base}}}}{url}" />' + (f'\n\t<link rel="next" href="{a.path}page-2" />' if n == 1 and len(pages) > 1
                                                      else "")
                    + f'\n\t<meta property="og:type" content="website" />\n\t<meta property="og:title" content="{attr(a.title)}" />'
                    f'\n\t<meta property="og:url" content="{{{{base}}}}{url}" />'
                    + (f'\n\t<script type="application/ld+json">\n\t{ld}\n\t</script>' if n == 1 else ""))
            page(url, layout(f"{a.title}{'' if n == 1 else f' | Trang {n}'} | {NAME}", main, arts, template="thread_view",
                             head=head, crumbs=crumb(("Liên minh HTX", "/#lien-minh-htx.1"), ("Thông báo", forum)),
                             header=header, sidebar=True))
            if n > 1:
                a.aliases.append(url)
        site.redirect(f"/threads/{tid}/", a.path)
        site.redirect(f"{a.path}latest", a.path if len(pages) == 1 else f"{a.path}page-{len(pages)}")
        a.aliases.append(f"/threads/{tid}/")
        if len(pages) == 1:
            a.aliases.append(f"{a.path}latest")
        for k, post in enumerate(allposts):
            target = a.path if k < PER_THREAD else f"{a.path}page-{k // PER_THREAD + 1}"
            site.redirect(f"{a.path}post-{post[0]}", target)
            if k < PER_THREAD:  # later posts redirect to page-2 (itself an alias)
                a.aliases.append(f"{a.path}post-{post[0]}")
        site.add_article(a)

    # the attachments
    data = pdf("Thông báo số 15/TB-LMHTX", ["THONG BAO HOI CHO NONG SAN HTX 2026", "So: 15/TB-LMHTX"])
    site.files["_files/tb-15.pdf"] = data
    site.routes.append({"path": PDF_ATT[0], "file": "_files/tb-15.pdf", "content_type": "application/pdf"})
    for k, stem in enumerate(("giao-thinh-1", "giao-thinh-2", "giao-thinh-3")):
        site.routes.append({"path": f"/attachments/{stem}-png.{351 + k}/", "file": f"data/attachments/0/{351 + k}-{stem}.png",
                            "content_type": "image/png"})

    # forum view, sorted by last post
    def struct_item(a: RichArticle) -> str:
        o = a.opts
        rs = REPLIES.get(o["id"], [])
        last_uid = rs[-1][1] if rs else o["uid"]
        jump = (f'<span class="structItem-pageJump"><a href="{a.path}page-2">2</a></span>'
                if len(rs) + 1 > PER_THREAD else "")
        return (f'<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-{o["id"]}" '
                f'data-author="{attr(USERS[o["uid"]][0])}"><div class="structItem-cell structItem-cell--icon"><div '
                f'class="structItem-iconContainer"><a href="{member(o["uid"])}" class="avatar avatar--s avatar--default '
                f'avatar--default--dynamic" data-user-id="{o["uid"]}"><span class="avatar-u{o["uid"]}-s" role="img" '
                f'aria-label="{attr(USERS[o["uid"]][0])}">{USERS[o["uid"]][0][0].upper()}</span></a></div></div>'
                f'<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy"><div class="structItem-title">'
                f'<a href="{a.path}" class="" data-tp-primary="on" data-xf-init="preview-tooltip">{esc(a.title)}</a></div>'
                f'<div class="structItem-minor"><ul class="structItem-parts"><li><a href="{member(o["uid"])}" class="username " '
                f'dir="auto" data-user-id="{o["uid"]}">{esc(USERS[o["uid"]][0])}</a></li><li class="structItem-startDate">'
                f'<a href="{a.path}" rel="nofollow">{xtime(a.date)}</a></li></ul>{jump}</div></div>'
                f'<div class="structItem-cell structItem-cell--meta" title="Điểm tương tác của bài viết đầu tiên: {o["reacts"]}">'
                f'<dl class="pairs pairs--justified"><dt>{LABELS[12]}</dt><dd>{len(rs)}</dd></dl><dl class="pairs '
                f'pairs--justified structItem-minor"><dt>Lượt xem</dt><dd>{o["views"]}</dd></dl></div><div class="structItem-cell '
                f'structItem-cell--latest"><a href="{a.path}latest" rel="nofollow">{xtime(last_date(a))}</a><div '
                f'class="structItem-minor"><a href="{member(last_uid)}" class="username " dir="auto" data-user-id="{last_uid}">'
                f'{esc(USERS[last_uid][0])}</a></div></div></div>')

    by_last = sorted(arts, key=last_date, reverse=True)
    chunks = [by_last[i:i + PER_FORUM] for i in range(0, len(by_last), PER_FORUM)]
    for n, chunk in enumerate(chunks, 1):
        url = forum if n == 1 else f"{forum}page-{n}"
        nav = ('<div class="block-outer"><nav class="pageNavWrapper"><div class="pageNav"><ul class="pageNav-main">' + "".join(
            f'<li class="pageNav-page {"pageNav-page--current" if m == n else ""}"><a href="{forum if m == 1 else f"{forum}page-{m}"}">'
            f'{m}</a></li>' for m in range(1, len(chunks) + 1)) + "</ul></div></nav></div>")
        main = (f'<div class="block block--threadList" data-xf-init="inline-mod" data-type="thread">{nav}<div class="block-container">'
                f'<div class="block-body"><div class="structItemContainer"><div class="structItemContainer-group js-threadList">'
                f'{"".join(struct_item(a) for a in chunk)}</div></div></div></div>{nav}</div>')
        hdr = ('<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">Thông báo</h1></div><div '
               'class="p-description">Thông báo, tin hoạt động của Liên minh HTX và các HTX khu vực Nam Định</div></div>')
        page(url, layout(f"Thông báo{'' if n == 1 else f' | Trang {n}'} | {NAME}", main, arts, template="forum_view",
                         crumbs=crumb(("Liên minh HTX", "/#lien-minh-htx.1")), header=hdr, sidebar=False))
        site.non_articles.append(url)
    site.trap("forum view /forums/thong-bao.2/ (page-2) sorted by the last reply (structItem rows: start date, replies, "
              "views, latest with its relative time): a listing", f"{forum}page-2")

    # a members' Q&A thread (no news), its forum
    qa = "/threads/xin-hoi-thu-tuc-chuyen-doi-to-hop-tac-thanh-htx.130/"
    qd = datetime(2026, 3, 11, 21, 15)
    qmsgs = (posts.post(qa, 260, 1, 11, qd, "Tổ hợp tác của chúng tôi có 9 thành viên, muốn chuyển đổi thành HTX thì cần "
                        "chuẩn bị những giấy tờ gì ạ? Xin cảm ơn.")
             + posts.post(qa, 261, 2, 7, datetime(2026, 3, 12, 8, 20), "Chào bạn, bạn liên hệ Văn phòng đại diện để được "
                          "hướng dẫn hồ sơ chi tiết nhé."))
    qhdr = ('<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">Xin hỏi thủ tục chuyển đổi tổ hợp tác '
            'thành HTX</h1></div></div>')
    page(qa, layout(f"Xin hỏi thủ tục chuyển đổi tổ hợp tác thành HTX | {NAME}", f'<div class="block block--messages">'
                    f'<div class="block-container"><div class="block-body">{qmsgs}</div></div></div>', arts,
                    template="thread_view", crumbs=crumb(("Hỏi đáp - Trao đổi", "/forums/hoi-dap-trao-doi.4/")),
                    header=qhdr))
    site.non_articles.append(qa)
    for p in (260, 261):
        site.redirect(f"{qa}post-{p}", qa)
    site.binary("/styles/default/xenforo/favicon.png", png(4, 4, (24, 88, 134)))
    qitem = (f'<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div '
             f'class="structItem-title"><a href="{qa}">Xin hỏi thủ tục chuyển đổi tổ hợp tác thành HTX</a></div><div '
             f'class="structItem-minor"><ul class="structItem-parts"><li><a href="{member(11)}" class="username">Vũ Văn Hải'
             f'</a></li><li class="structItem-startDate"><a href="{qa}">{xtime(qd)}</a></li></ul></div></div></div>')
    page("/forums/hoi-dap-trao-doi.4/", layout(f"Hỏi đáp - Trao đổi | {NAME}", f'<div class="block"><div class="block-container">'
                                              f'{qitem}</div></div>', arts, template="forum_view", sidebar=False,
                                              header='<div class="p-body-header"><h1 class="p-title-value">Hỏi đáp - Trao đổi'
                                                     '</h1></div>'))
    site.non_articles.append("/forums/hoi-dap-trao-doi.4/")
    site.trap("a members' question in 'Hỏi đáp - Trao đổi' (a thread like the news, with a staff answer): no article",
              qa)

    # home: node list
    latest = by_last[0]
    nodes = (f'<div class="block block--category block--category1"><span class="u-anchorTarget" id="lien-minh-htx.1"></span>'
             f'<div class="block-container"><h2 class="block-header"><a href="/#lien-minh-htx.1">Liên minh HTX</a></h2>'
             f'<div class="block-body"><div class="node node--id2 node--depth2 node--forum node--read"><div class="node-body">'
             f'<div class="node-main js-nodeMain"><h3 class="node-title"><a href="{forum}" data-xf-init="element-tooltip">'
             f'Thông báo</a></h3><div class="node-description">Thông báo, tin hoạt động của Liên minh HTX</div></div>'
             f'<div class="node-stats"><dl class="pairs pairs--rows"><dt>{WIDGETS[3]}</dt><dd>{len(arts)}</dd></dl><dl '
             f'class="pairs pairs--rows"><dt>Bài viết</dt><dd>{len(arts) + 6}</dd></dl></div><div class="node-extra"><div '
             f'class="node-extra-title"><a href="{latest.path}latest" class="node-extra-title">{esc(latest.title)}</a></div>'
             f'<ul class="node-extra-row"><li>{xtime(REPLIES[125][-1][2])}</li><li class="node-extra-user"><a href="'
             f'{member(9)}" class="username">htx_yenthinh</a></li></ul></div></div></div>'
             f'<div class="node node--id4 node--depth2 node--forum"><div class="node-body"><div class="node-main"><h3 '
             f'class="node-title"><a href="/forums/hoi-dap-trao-doi.4/">Hỏi đáp - Trao đổi</a></h3></div></div></div>'
             f'<div class="node node--id6 node--depth2 node--page"><div class="node-body"><div class="node-main"><h3 '
             f'class="node-title"><a href="/pages/gioi-thieu/">Giới thiệu Diễn đàn</a></h3></div></div></div>'
             f'</div></div></div>')
    page("/", layout(NAME, nodes, arts, template="forum_list", header='<div class="p-body-header"><h1 class="p-title-value">'
                     f'{NAME}</h1></div>'))
    site.non_articles.append("/")

    # members, pages, help
    for uid, (name, slug, title, joined, nposts, points) in USERS.items():
        mine = [a for a in arts if a.opts["uid"] == uid]
        lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> {xtime(a.date)}</li>' for a in mine)
        main = (f'<div class="block"><div class="block-container"><div class="memberHeader"><h1 class="memberHeader-name">'
                f'<span class="username">{esc(name)}</span></h1><div class="memberHeader-blurb"><span class="userTitle">'
                f'{esc(title)}</span></div><div class="memberHeader-blurb"><dl class="pairs pairs--inline"><dt>{LABELS[2]}</dt>'
                f'<dd>{joined}</dd></dl></div><dl class="pairs pairs--rows"><dt>{LABELS[3]}</dt><dd>{nposts}</dd></dl></div>'
                f'<div class="block-body"><h3>Hoạt động gần đây</h3><ul>{lis}</ul></div></div></div>')
        page(member(uid), layout(f"{name} | {NAME}", main, arts, template="member_view", sidebar=False))
        site.non_articles.append(member(uid))
    mlist = "".join(f'<li><a href="{member(u)}" class="username">{esc(v[0])}</a></li>' for u, v in USERS.items())
    page("/members/", layout(f"Thành viên | {NAME}", f'<div class="block"><h2 class="block-header">Thành viên có nhiều bài '
                                                     f'viết nhất</h2><ol class="listPlain">{mlist}</ol></div>', arts,
                             template="member_notable", sidebar=False))
    site.non_articles.append("/members/")
    site.trap("member pages /members/<name>.<id>/ (title, 'Tham gia', posts count, recent activity with the threads' "
              "titles and times) and /members/: no articles", member(5))
    statics = {"/pages/gioi-thieu/": ("Giới thiệu Diễn đàn", "<p>Diễn đàn Hợp tác xã Nam Định được thành lập năm 2019, là "
                                      "nơi các HTX trao đổi kinh nghiệm sản xuất, kinh doanh.</p><h3>Mục đích</h3><ul><li>"
                                      "Cung cấp thông tin chính sách</li><li>Kết nối các HTX</li></ul>"),
               "/help/": ("Trợ giúp", '<ul><li><a href="/help/terms/">Điều khoản và quy định</a></li><li><a href="/help/'
                                      'privacy-policy/">Chính sách bảo mật</a></li></ul>'),
               "/help/terms/": ("Điều khoản và quy định", "<p>Thành viên không đăng nội dung vi phạm pháp luật, không quảng "
                                                         "cáo trái phép.</p>"),
               "/help/privacy-policy/": ("Chính sách bảo mật", "<p>Diễn đàn chỉ dùng thông tin thành viên để quản lý tài "
                                                              "khoản.</p>"),
               "/misc/contact": ("Liên hệ", '<form action="javascript:void(0)"><input name="email" /><textarea name="message">'
                                           '</textarea></form>'),
               "/misc/style": ("Chọn giao diện", "<ul><li>Giao diện mặc định</li></ul>"),
               "/misc/language": ("Chọn ngôn ngữ", "<ul><li>Tiếng Việt</li></ul>")}
    for p, (t, body) in statics.items():
        page(p, layout(f"{t} | {NAME}", f'<div class="block"><div class="block-container"><div class="block-body block-row">'
                                        f'{body}</div></div></div>', arts, template="page_view", sidebar=False,
                       header=f'<div class="p-body-header"><h1 class="p-title-value">{esc(t)}</h1></div>'))
        site.non_articles.append(p)
    site.trap("page node /pages/gioi-thieu/ (h1, text, a heading and a list, no date), help pages: no articles",
              "/pages/gioi-thieu/")

    # robots-disallowed
    blocked = ["/login/", "/register/", "/search/", "/search/?type=post", "/whats-new/", "/whats-new/posts/",
               *sorted(posts.never)]
    for p in blocked:
        page(p, layout(f"Lỗi | {NAME}", '<div class="blockMessage">Bạn phải đăng nhập để thực hiện hành động này.</div>', arts,
                       template="login", sidebar=False))
        site.never_fetched.append(p)
    site.trap("robots.txt disallows /posts/ (react, reactions, report), /goto/ (the quote's source jump), /login/, "
              "/register/, /search/ and /whats-new/: never fetched", "/posts/201/report")
    site.static("/robots.txt", "User-agent: *\nDisallow: /posts/\nDisallow: /goto/\nDisallow: /login/\nDisallow: /register/\n"
                "Disallow: /search/\nDisallow: /whats-new/\nDisallow: /account/\nDisallow: /admin.php\n")
    return site
