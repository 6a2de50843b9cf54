"""Site `diendan-htxyenbai` (registry family `generic`): "Diễn đàn HTX Yên Bái", the forum of the former Yên Bái
cooperative alliance (since 1 July 2025 part of Lào Cai) on **Invision Community 4.7** (default theme, Vietnamese
language pack, friendly URLs with rewriting). The alliance's news are the topics of its forum "Tin tức Liên minh";
members ask questions in "Hỏi đáp HTX". Written as a held-out test: no family module, no selectors.

URL shapes (as IPS emits them): topics `/topic/<id>-<slug>/` where the slug KEEPS the Vietnamese letters (IPS's
seoTitle lowercases and keeps Unicode letters; links percent-encode them), forums `/forum/<id>-<slug>/` and
`/forum/<id>-<slug>/page/2/`, a long topic's second page `/topic/<id>-<slug>/page/2/`, profiles `/profile/<id>-<name>/`,
tags `/tags/<tag>/`, the forum's RSS `/forum/<id>-<slug>.xml/`, the sitemap `/sitemap.php` (index) and
`/sitemap.php?file=sitemap_content_forums_Topic`; old non-rewritten links `/index.php?/topic/<id>-<slug>/` 301 to the
friendly URL, a topic URL without slug `/topic/<id>/` 301s too. Post permalinks `?do=findComment&comment=N`,
`?do=getNewComment`, `?do=getLastComment` are disallowed by IPS's robots.txt (`Disallow: /*?do=`).

Why it is hard: the title is `h1.ipsType_pageTitle` (span in span); every post is an `article.ipsComment` whose
`div[data-role=commentContent]` holds the CKEditor HTML; the first post is the article, the replies are comments
(`blockquote.ipsQuote` quotes of the first post among them). Dates are `<time datetime="…Z">` in UTC with a
RELATIVE text ("2 giờ trước", "Hôm qua lúc 15:40", "Thứ Hai lúc 08:20", "26 tháng 2", "18 tháng 12, 2025") and a local
title tooltip ("20/03/2026 08:05 "); a post of 06:40 is the previous day in UTC. JSON-LD `DiscussionForumPosting`
carries `datePublished` in "+0000" form, `dateModified`/`og:updated_time` the LAST reply, `author` the posting
account ("BBT Liên minh", the office: never the author; a member posting in person is), its `text` the whole post and
its `comment` array the replies. The edit line "Được sửa bởi … " sits INSIDE the post's content div (data-excludequote)
with its own later time. Images are lazy: `src` a spacer, the file in `data-src`; captions are centred italic paragraphs.
Attachments are `a.ipsAttachLink` to `/applications/core/interface/file/attachment.php?id=N` inside the post.
Reactions, signatures, "Chia sẻ", "Chủ đề tương tự", the online list and the announcement bar are furniture.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxyenbai"
BOARD = "Diễn đàn HTX Yên Bái"
HTML = "text/html;charset=UTF-8"
NOW = datetime(2026, 3, 20, 10, 30)
SPACER = "/applications/core/interface/js/spacer.png"
OFFICE = (1, "BBT Liên minh", "Quản trị viên", 1204)
MEMBERS = {7: ("Hà Văn Thắng", "Thành viên", 58), 11: ("Lò Thị Mai", "Điều hành viên", 311),
           15: ("HTX Quế Đại Sơn", "Thành viên", 22), 19: ("Nông Đức Mạnh", "Thành viên", 96)}
SIGNATURE = "Ban biên tập Diễn đàn HTX Yên Bái - Đường dây nóng hỗ trợ HTX: 0216.3852.774"
ANNOUNCE = "Chào mừng các HTX đến với diễn đàn! Đăng ký tài khoản để trao đổi, hỏi đáp và kết nối tiêu thụ sản phẩm."
CHROME = [SIGNATURE, ANNOUNCE, "Được sửa bởi", "Người theo dõi", "Theo dõi chủ đề", "Chủ đề tương tự",
          "Đăng ký hoặc đăng nhập để bình luận", "Bạn cần là thành viên để có thể bình luận",
          "Tạo tài khoản", "Đăng ký tài khoản mới trên cộng đồng của chúng tôi. Rất dễ dàng!",
          "Đã có tài khoản? Đăng nhập tại đây.", "Quay lại Tin tức Liên minh",
          "Đang xem chủ đề này", "0 thành viên", "Powered by Invision Community",
          "Chính sách bảo mật", "Liên hệ với chúng tôi", "Bài đăng:", "Tham gia:",
          "Thời tiết Yên Bái: 19°C, mưa phùn", "Thống kê diễn đàn", "Tổng số chủ đề", "Tổng số bài viết",
          "Thành viên mới nhất", "Kỷ lục trực tuyến", "Đăng bởi", "Trích dẫn", "Báo cáo bài viết",
          "Lý do: bổ sung số HTX có sản phẩm OCOP"]
REPLIES = {1: (7, "Cảm ơn BBT. HTX Thắng Lợi đã đăng ký tham gia, mong Liên minh hỗ trợ thêm về gian hàng."),
           2: (15, "Cho hỏi HTX ở Văn Yên nộp hồ sơ trực tiếp hay qua bưu điện được ạ?"),
           3: (19, "Thông tin rất thiết thực, HTX chúng tôi sẽ nghiên cứu áp dụng."),
           4: (11, "Bạn gửi qua bưu điện cũng được, nhớ ghi rõ ngoài phong bì nhé.")}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def z(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}Z"


def plus0(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}+0000"


def shown(d: datetime) -> str:
    """IPS's <time> element: UTC datetime, local tooltip, relative text."""
    delta = NOW - d
    days = (NOW.date() - d.date()).days
    if days == 0 and delta < timedelta(hours=1):
        text, short = f"{int(delta.total_seconds() // 60)} phút trước", f"{int(delta.total_seconds() // 60)} phút"
    elif days == 0:
        text, short = f"{int(delta.total_seconds() // 3600)} giờ trước", f"{int(delta.total_seconds() // 3600)} giờ"
    elif days == 1:
        text, short = f"Hôm qua lúc {d:%H:%M}", "1 ngày"
    elif days < 7:
        text, short = f"{WEEKDAYS[d.weekday()]} lúc {d:%H:%M}", f"{days} ngày"
    elif d.year == NOW.year:
        text, short = f"{d.day} tháng {d.month}", f"{days // 7} tuần" if days < 31 else f"{days // 30} tháng"
    else:
        text, short = f"{d.day} tháng {d.month}, {d.year}", f"{days // 30} tháng"
    return f"<time datetime='{z(d)}' title='{d:%d/%m/%Y %H:%M} ' data-short='{short}'>{text}</time>"


def slug(title: str) -> str:
    out = []
    for ch in title.lower():
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def fid(name: str) -> int:
    return int(hashlib.sha1(name.encode()).hexdigest()[:6], 16) % 900 + 100


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="", title="Liên minh HTX tỉnh hướng dẫn HTX vùng quế Văn Yên tham gia Hội chợ OCOP 2026",
          body="""
**Sáng 20/3, Liên minh HTX tỉnh Lào Cai làm việc với 11 HTX vùng quế Văn Yên về việc tham gia Hội chợ OCOP khu vực Tây Bắc năm 2026.**
Tại buổi làm việc, các HTX đề xuất được hỗ trợ chi phí thuê gian hàng, vận chuyển sản phẩm và thiết kế bao bì mới cho tinh dầu quế.
[img lam-viec-htx-que.png] Lãnh đạo Liên minh HTX tỉnh trao đổi với đại diện các HTX quế
Liên minh HTX tỉnh cho biết sẽ hỗ trợ 50% chi phí gian hàng cho các HTX có sản phẩm đạt OCOP từ 3 sao trở lên.
Hội chợ dự kiến diễn ra từ ngày 24 đến 28/4/2026 tại phường Yên Bái, tỉnh Lào Cai.
""", byline="Bài và ảnh: Hoàng Thu Trang", author="Hoàng Thu Trang",
          opts={"tid": 412, "pid": 2981, "uid": 1, "replies": [1, 3], "tags": ["ocop", "hội chợ"]},
          notes=["topic /topic/412-<Vietnamese slug, percent-encoded>/: h1.ipsType_pageTitle; the first article.ipsComment's "
                 "div[data-role=commentContent] is the text (bold first paragraph, lazy image data-src + spacer src, centred "
                 "italic caption); <time datetime='2026-03-20T01:05:00Z'> shows '3 giờ trước' (tooltip '20/03/2026 08:05 '); "
                 "JSON-LD datePublished '2026-03-20T01:05:00+0000', dateModified and og:updated_time = the last reply; posted by "
                 "the office account (JSON-LD author): 'Bài và ảnh: Hoàng Thu Trang' closes the text -> author"],
          **at(datetime(2026, 3, 20, 8, 5))),
        A(path="", title="Thông báo số 12/TB-LMHTX về tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2026",
          body="""
LIÊN MINH HTX TỈNH LÀO CAI
Số: 12/TB-LMHTX
Lào Cai, ngày 17 tháng 3 năm 2026
THÔNG BÁO
Về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2026
Quỹ hỗ trợ phát triển HTX tỉnh tiếp nhận hồ sơ vay vốn của các HTX, liên hiệp HTX trên địa bàn tỉnh, trong đó ưu tiên các HTX khu vực Yên Bái cũ.
- Mức cho vay tối đa: 1 tỷ đồng đối với một dự án;
- Thời hạn nhận hồ sơ: từ ngày 20/3 đến hết ngày 30/4/2026;
- Địa điểm nhận hồ sơ: Văn phòng đại diện Liên minh HTX tỉnh tại phường Yên Bái.
Nơi nhận:
- Các HTX, liên hiệp HTX;
- Lưu: VT, Quỹ.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thanh Hương
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/applications/core/interface/file/attachment.php?id=88", "text": "TB-12-LMHTX-vay-von-dot-1-2026.pdf"}],
          opts={"tid": 409, "pid": 2962, "uid": 1, "replies": [2, 4], "tags": ["quỹ hỗ trợ", "văn bản"], "aid": 88},
          notes=["notice 'Số: 12/TB-LMHTX' dated 17/3 in the text, posted yesterday: 'Hôm qua lúc 15:40' (datetime "
                 "'2026-03-19T08:40:00Z'); '- ' paragraphs and the 'Nơi nhận:' block are text; the signer ends it, author null; "
                 "the PDF a.ipsAttachLink (attachment.php?id=88) in its own paragraph inside the post: an attachment, not text"],
          **at(datetime(2026, 3, 19, 15, 40))),
        A(path="", title="Kết quả phát triển kinh tế tập thể khu vực Yên Bái năm 2025",
          body="""
Năm 2025, khu vực kinh tế tập thể các huyện, thị xã thuộc tỉnh Yên Bái cũ tiếp tục phát triển ổn định.
| Chỉ tiêu | Năm 2024 | Năm 2025 | So sánh |
| Số HTX đang hoạt động | 486 | 521 | +35 |
| Số thành viên HTX | 11.204 | 11.876 | +672 |
| Doanh thu bình quân một HTX (triệu đồng) | 2.150 | 2.410 | +260 |
| HTX có sản phẩm OCOP | 74 | 89 | +15 |
Số liệu do Văn phòng đại diện Liên minh HTX tỉnh tổng hợp từ báo cáo của các xã, phường.
""", author=None,
          opts={"tid": 401, "pid": 2917, "uid": 1, "replies": [3], "tags": ["số liệu"],
                "edited": (datetime(2026, 3, 17, 14, 2), "bổ sung số HTX có sản phẩm OCOP")},
          notes=["a CKEditor table (one line per row); posted Monday 'Thứ Hai lúc 08:20'; the edit line 'Được sửa bởi BBT Liên "
                 "minh' with its own <time> (17/03) and the reason sits INSIDE the content div (data-excludequote): not text, "
                 "not the date; no byline, office account: author null"],
          **at(datetime(2026, 3, 16, 8, 20))),
        A(path="", title="HTX Chè Suối Giàng đưa chè Shan tuyết cổ thụ lên sàn thương mại điện tử",
          body="""
Từ đầu năm, HTX Chè Suối Giàng đã mở gian hàng trên hai sàn thương mại điện tử và bán được gần 1,2 tấn chè Shan tuyết khô.
[img che-suoi-giang.png] Thành viên HTX đóng gói chè Shan tuyết cổ thụ
Các sản phẩm đều có mã QR truy xuất nguồn gốc đến từng vườn chè, giá bán ổn định từ 600.000 đến 1,5 triệu đồng/kg.
HTX dự kiến liên kết thêm 40 hộ người Mông trong xã để mở rộng vùng nguyên liệu.
""", author="Hà Văn Thắng",
          opts={"tid": 395, "pid": 2870, "uid": 7, "replies": [3], "tags": ["chè shan tuyết", "chuyển đổi số"]},
          notes=["posted in person by the member 'Hà Văn Thắng' (the HTX's director), no byline -> author; '26 tháng 2' "
                 "(no year in the visible text: it is the datetime attribute and the tooltip that carry it)"],
          **at(datetime(2026, 2, 26, 10, 15))),
        A(path="", title="Sáu nội dung HTX cần chuẩn bị trước kỳ đại hội thành viên thường niên",
          body="""
Theo Luật HTX năm 2023, đại hội thành viên thường niên phải được tổ chức trong thời hạn 06 tháng kể từ ngày kết thúc năm tài chính. Các HTX cần chuẩn bị:
+ Báo cáo kết quả sản xuất, kinh doanh năm trước và kế hoạch năm nay;
+ Báo cáo tài chính năm đã được kiểm toán hoặc kiểm tra;
+ Phương án phân phối thu nhập và trích lập các quỹ;
+ Báo cáo hoạt động của Hội đồng quản trị và Ban kiểm soát;
+ Danh sách thành viên chính thức, thành viên liên kết góp vốn;
+ Dự thảo sửa đổi điều lệ, nếu có.
""", byline="Theo Phạm Quang Vinh", author="Phạm Quang Vinh",
          opts={"tid": 388, "pid": 2811, "uid": 11, "replies": [2, 4], "tags": ["luật htx"]},
          notes=["a six-item <ol>; posted at 06:40 on 06/02/2026 by the moderator: <time datetime='2026-02-05T23:40:00Z'> is "
                 "the previous day in UTC, its text '6 tháng 2' the right day; byline 'Theo Phạm Quang Vinh' -> author"],
          **at(datetime(2026, 2, 6, 6, 40))),
        A(path="", title="Ảnh: Mùa thu hoạch quế ở Văn Yên",
          body="""
[img thu-hoach-que-1.png] Thành viên HTX Quế Đại Sơn bóc vỏ quế ngay tại đồi
[img thu-hoach-que-2.png] Vỏ quế được phơi trên sân nhà văn hóa thôn
[img thu-hoach-que-3.png] Xưởng chưng cất tinh dầu quế của HTX hoạt động hết công suất
""", byline="Ảnh: Đỗ Tuấn", author="Đỗ Tuấn",
          opts={"tid": 371, "pid": 2702, "uid": 1, "replies": [], "tags": ["quế văn yên"]},
          notes=["photo story: three lazy images (data-src), each with a centred italic caption paragraph: one line per "
                 "caption; 'Ảnh: Đỗ Tuấn' -> author; no replies"],
          **at(datetime(2026, 1, 12, 16, 30))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX cho 23 dự án vay vốn trong năm 2025",
          body="""
Năm 2025, Quỹ hỗ trợ phát triển HTX đã giải ngân 16,8 tỷ đồng cho 23 dự án của các HTX khu vực Yên Bái.
Vốn vay tập trung vào đầu tư máy chế biến chè, xưởng chưng cất tinh dầu quế và chuồng trại chăn nuôi an toàn sinh học.
Đến cuối năm, các HTX trả nợ đúng hạn, không phát sinh nợ xấu.
""", byline="Minh Huyền - Văn phòng Quỹ", author="Minh Huyền",
          opts={"tid": 356, "pid": 2598, "uid": 1, "replies": [1], "tags": ["quỹ hỗ trợ"]},
          notes=["last year's topic: '18 tháng 12, 2025'; only on the forum's page 2 (/forum/2-…/page/2/); byline "
                 "'Minh Huyền - Văn phòng Quỹ' -> author Minh Huyền"],
          **at(datetime(2025, 12, 18, 14, 10))),
        A(path="", title="Hội nghị tổng kết hoạt động Liên minh HTX năm 2025 khu vực Yên Bái",
          body="""
Ngày 9/12, Văn phòng đại diện Liên minh HTX tỉnh tại Yên Bái tổ chức hội nghị tổng kết công tác năm 2025.
Năm qua, văn phòng đã tư vấn thành lập mới 42 HTX, tổ chức 16 lớp tập huấn cho gần 900 lượt cán bộ HTX.
Trong năm 2026, văn phòng tập trung hỗ trợ HTX chuyển đổi số, xây dựng thương hiệu và kết nối tiêu thụ nông sản.
""", author=None,
          opts={"tid": 349, "pid": 2541, "uid": 1, "replies": list(range(1, 13)), "tags": ["hội nghị"], "long": True},
          notes=["a long topic (12 replies, 10 posts a page): its second page /topic/349-…/page/2/ repeats the h1 and shows "
                 "replies only (rel=canonical to itself): not an article; no byline, office account: author null"],
          **at(datetime(2025, 12, 9, 9, 0))),
    ]


MORE_REPLIES = ["Xin chúc mừng các HTX đạt kết quả tốt.", "Mong năm 2026 có thêm lớp tập huấn ở Mù Cang Chải.",
                "HTX chúng tôi cần hỗ trợ làm tem truy xuất nguồn gốc.", "Rất mong Liên minh tổ chức thêm hội chợ.",
                "Cảm ơn văn phòng đã hỗ trợ HTX trong năm qua.", "Cho hỏi tài liệu hội nghị tải ở đâu ạ?",
                "Tài liệu đã gửi qua thư điện tử cho các HTX.", "HTX Lục Yên xin đăng ký tập huấn chuyển đổi số.",
                "Đề nghị có thêm chính sách cho HTX vùng cao.", "Đồng ý với ý kiến trên."]


def render(a: RichArticle) -> tuple[str, str]:
    """The first post's CKEditor HTML and the attachment paragraph."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>\n\t{inline_html(b.text)}\n</p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"\n\t<li>\n\t\t{inline_html(i)}\n\t</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align:center;">\n\t<a class="ipsAttachLink ipsAttachLink_image" data-fileext="png" '
                       f'data-fileid="{fid(b.src)}" href="/uploads/monthly_2026_03/{b.src}" rel="">'
                       f'<img alt="{attr(b.src)}" class="ipsImage ipsImage_thumbnailed" data-fileid="{fid(b.src)}" '
                       f'data-ratio="66.67" data-src="/uploads/monthly_2026_03/{b.src}" width="800" src="{SPACER}" loading="lazy"></a>\n</p>'
                       f'\n<p style="text-align:center;">\n\t<em>{esc(b.text)}</em>\n</p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%;">\n\t<thead>\n\t\t<tr>'
                       + "".join(f'\n\t\t\t<th scope="col">\n\t\t\t\t{esc(c)}\n\t\t\t</th>' for c in head)
                       + "\n\t\t</tr>\n\t</thead>\n\t<tbody>"
                       + "".join("\n\t\t<tr>" + "".join(f"\n\t\t\t<td>\n\t\t\t\t{esc(c)}\n\t\t\t</td>" for c in r) + "\n\t\t</tr>"
                                 for r in rows) + "\n\t</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align:right;">\n\t<strong>{esc(a.byline)}</strong>\n</p>')
    att = "".join(f'\n<p>\n\t<a class="ipsAttachLink" data-fileext="pdf" data-fileid="{a.opts["aid"]}" href="{x["path"]}" '
                  f'rel="">{esc(x["text"])}</a>\n</p>' for x in a.attachments)
    return "\n".join(out), att


def build() -> SiteBuild:
    site = SiteBuild(SITE, "yen-bai", BOARD, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    forums = {2: ("Tin tức Liên minh", "2-tin-tức-liên-minh"), 5: ("Hỏi đáp HTX", "5-hỏi-đáp-htx")}

    def furl(fid: int, page: int = 1) -> str:
        return f"/forum/{quote(forums[fid][1])}/" + (f"page/{page}/" if page > 1 else "")

    def user(uid: int) -> tuple:
        return OFFICE if uid == 1 else (uid, *MEMBERS[uid])

    def purl(uid: int) -> str:
        return f"/profile/{uid}-{quote(slug(user(uid)[1]))}/"

    for a in news:
        a.opts["slug"] = f"{a.opts['tid']}-{slug(a.title)}"
        a.path = f"/topic/{quote(a.opts['slug'])}/"

    def layout(title: str, content: str, crumbs: list[tuple[str, str]], *, canonical: str = "", head: str = "",
               desc: str = "Diễn đàn trao đổi của các hợp tác xã khu vực Yên Bái, tỉnh Lào Cai") -> str:
        nav = "".join(f"<li><a href='{h}'><span>{esc(t)} <i class='fa fa-angle-right'></i></span></a></li>" for t, h in crumbs[:-1])
        if crumbs:
            nav += f"<li>{esc(crumbs[-1][0])}</li>"
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}" />\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr">
\t<head>
\t\t<meta charset="utf-8">
\t\t<title>{esc(title)}</title>
\t\t<meta name="viewport" content="width=device-width, initial-scale=1">
\t\t<meta property="og:image" content="{{{{base}}}}/uploads/monthly_2023_04/og-dien-dan.png">
\t\t<meta name="twitter:card" content="summary_large_image" />
\t\t<meta name="description" content="{attr(desc)}">
\t\t<meta property="og:site_name" content="{BOARD}">
\t\t<meta property="og:locale" content="vi_VN">
{head}\t\t{canon}<link rel="stylesheet" href="/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=f1b5c2e8a91710912345" media="all">
\t\t<link rel="stylesheet" href="/uploads/css_built_1/05e81b71abe4f22d6eb8d1a929494829_responsive.css?v=f1b5c2e8a91710912345" media="all">
\t\t<script type="text/javascript">var ipsDebug=false;var ipsSettings={{baseURL:"{{{{base}}}}/",language:1,lazyload:true}};</script>
\t</head>
\t<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums">
\t\t<a href="#ipsLayout_mainArea" class="ipsHide" title="Đi đến nội dung chính">Đi đến nội dung</a>
\t\t<div id="ipsLayout_header" class="ipsClearfix">
\t\t\t<header><div class="ipsLayout_container">
\t\t\t\t<a href="/" id="elLogo" accesskey="1"><img src="/uploads/monthly_2023_04/logo-htx-yen-bai.png" alt="{BOARD}"></a>
\t\t\t\t<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
\t\t\t\t\t<li id="elSignInLink"><a href="/login/" id="elUserSignIn">Đã có tài khoản? Đăng nhập tại đây.</a></li>
\t\t\t\t\t<li><a href="/register/" class="ipsButton ipsButton_normal ipsButton_primary" id="elRegisterButton">Đăng ký</a></li>
\t\t\t\t</ul>
\t\t\t</div></header>
\t\t\t<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container">
\t\t\t\t<ul data-role="primaryNavBar" class="ipsClearfix">
\t\t\t\t\t<li id="elNavSecondary_1" data-role="navBarItem"><a href="/">Diễn đàn</a></li>
\t\t\t\t\t<li id="elNavSecondary_2" data-role="navBarItem"><a href="{furl(2)}">Tin tức</a></li>
\t\t\t\t\t<li id="elNavSecondary_3" data-role="navBarItem"><a href="/discover/">Hoạt động</a></li>
\t\t\t\t\t<li id="elNavSecondary_4" data-role="navBarItem"><a href="/staff/">Ban quản trị</a></li>
\t\t\t\t\t<li id="elNavSecondary_5" data-role="navBarItem"><a href="/gioi-thieu/">Giới thiệu</a></li>
\t\t\t\t</ul>
\t\t\t\t<div id="elSearchWrapper"><div id="elSearch"><form accept-charset="utf-8" action="/search/?do=quicksearch" method="post">
\t\t\t\t\t<input type="search" id="elSearchField" placeholder="Tìm kiếm..." name="q" autocomplete="off"><button class="cSearchSubmit" type="submit"><i class="fa fa-search"></i></button></form></div></div>
\t\t\t</div></nav>
\t\t</div>
\t\t<main id="ipsLayout_body" class="ipsLayout_container">
\t\t\t<div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
\t\t\t\t<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">
\t\t\t\t\t<li><a title="Trang chủ" href="/"><span><i class="fa fa-home"></i> Trang chủ <i class="fa fa-angle-right"></i></span></a></li>
\t\t\t\t\t{nav}
\t\t\t\t</ul></nav>
\t\t\t\t<div class="cAnnouncementsContent"><div class="cAnnouncementContentTop ipsAnnouncement ipsMessage_information ipsType_center">{ANNOUNCE}</div></div>
\t\t\t\t<div id="ipsLayout_mainArea">
{content}
\t\t\t\t</div>
\t\t\t\t<div id="ipsLayout_sidebar" class="ipsLayout_sidebarright" data-controller="core.front.widgets.sidebar">
\t\t\t\t\t<div class="ipsWidget ipsWidget_vertical ipsBox"><h3 class="ipsType_reset ipsWidget_title">Thời tiết</h3><div class="ipsWidget_inner ipsPad">Thời tiết Yên Bái: 19°C, mưa phùn</div></div>
\t\t\t\t\t<div class="ipsWidget ipsWidget_vertical ipsBox"><h3 class="ipsType_reset ipsWidget_title">Thống kê diễn đàn</h3><div class="ipsWidget_inner ipsPad"><ul class="ipsDataList">
\t\t\t\t\t\t<li class="ipsDataItem"><div class="ipsDataItem_main ipsPos_middle"><strong>Tổng số chủ đề</strong></div><div class="ipsDataItem_stats">418</div></li>
\t\t\t\t\t\t<li class="ipsDataItem"><div class="ipsDataItem_main ipsPos_middle"><strong>Tổng số bài viết</strong></div><div class="ipsDataItem_stats">3.077</div></li>
\t\t\t\t\t\t<li class="ipsDataItem"><div class="ipsDataItem_main ipsPos_middle"><strong>Thành viên mới nhất</strong></div><div class="ipsDataItem_stats"><a href="{purl(19)}">Nông Đức Mạnh</a></div></li>
\t\t\t\t\t\t<li class="ipsDataItem"><div class="ipsDataItem_main ipsPos_middle"><strong>Kỷ lục trực tuyến</strong></div><div class="ipsDataItem_stats">214</div></li>
\t\t\t\t\t</ul></div></div>
\t\t\t\t</div>
\t\t\t</div></div>
\t\t</main>
\t\t<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container">
\t\t\t<ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks">
\t\t\t\t<li><a href="/privacy/">Chính sách bảo mật</a></li>
\t\t\t\t<li><a rel="nofollow" href="/contact/">Liên hệ với chúng tôi</a></li>
\t\t\t\t<li><a href="/forum/{quote(forums[2][1])}.xml/">RSS</a></li>
\t\t\t</ul>
\t\t\t<p id="elCopyright"><span id="elCopyright_userLine">Liên minh HTX tỉnh Lào Cai - Văn phòng đại diện khu vực Yên Bái</span>
\t\t\t<a rel="nofollow" title="Invision Community" href="{{{{base:offsite}}}}/invisioncommunity/">Powered by Invision Community</a></p>
\t\t</div></footer>
\t\t<script type="text/javascript" src="/uploads/javascript_global/root_library.js?v=f1b5c2e8a91710912345"></script>
\t</body>
</html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def author_pane(uid: int) -> str:
        _, name, group, count = user(uid)
        return (f'<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">'
                f'<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong>'
                f'<a href="{purl(uid)}" rel="nofollow" class="ipsType_break">{esc(name)}</a></strong></h3>'
                f'<ul class="cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap">'
                f'<a href="{purl(uid)}" rel="nofollow" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/set_resources_1/default_photo.png" alt="{attr(name)}" loading="lazy"></a></div></li>'
                f'<li data-role="group">{esc(group)}</li>'
                f'<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats">'
                f'<li><i class="fa fa-comment"></i> Bài đăng: {count}</li><li>Tham gia: 04/2020</li></ul></li></ul></aside>')

    def post(a: RichArticle, pid: int, uid: int, when: datetime, body: str, first: bool, edited=None, likes: int = 0) -> str:
        edit = ""
        if edited:
            ed, reason = edited
            edit = (f"\n<span class='ipsType_reset ipsType_medium ipsType_light' data-excludequote>\n\t<strong>Được sửa bởi "
                    f"{esc(OFFICE[1])} {shown(ed)}</strong>\n\t<br>\n\tLý do: {esc(reason)}\n</span>")
        react = (f"<div class='ipsReact_blurb' data-role='reactionBlurb'><ul class='ipsReact_reactions'><li class='ipsReact_reactCount'>"
                 f"<span><img src='/uploads/reactions/react_like.png' alt='Thích' loading='lazy'></span><span>{likes}</span></li></ul></div>"
                 if likes else "")
        sig = (f"<div data-role='memberSignature' class='ipsResponsive_hidePhone ipsBorder_top ipsPadding_vertical'>"
               f"<div data-ipsTruncate data-ipsTruncate-type='remove' data-ipsTruncate-size='4 lines' class='ipsType_richText ipsContained ipsType_medium'>"
               f"<p>{esc(SIGNATURE)}</p></div></div>" if uid == 1 else "")
        cls = "ipsComment_parent " if first else ""
        return (f'<a id="comment-{pid}"></a><article id="elComment_{pid}" class="cPost ipsBox ipsResponsive_pull {cls}ipsComment '
                f'ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">{author_pane(uid)}'
                f'<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{pid}_wrap" data-controller="core.front.core.comment" '
                f'data-commentapp="forums" data-commenttype="forums" data-commentid="{pid}" class="ipsComment_content ipsType_medium">'
                f'<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">'
                f'<div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_reset ipsComment_tools">'
                f'<li><a href="{a.path}?do=reportComment&amp;comment={pid}" class="ipsButton ipsButton_veryLight ipsButton_verySmall" rel="nofollow">Báo cáo bài viết</a></li>'
                f'<li><a class="ipsType_blendLinks" href="{a.path}?do=findComment&amp;comment={pid}" data-ipsTooltip title="Chia sẻ bài đăng này" '
                f'data-ipsMenu data-ipsMenu-closeOnClick="false" id="elSharePost_{pid}" data-role="shareComment"><i class="fa fa-share-alt"></i></a></li></ul></div>'
                f'<div class="ipsType_reset ipsResponsive_hidePhone"><a href="{a.path}?do=findComment&amp;comment={pid}" rel="nofollow" '
                f'class="ipsType_blendLinks">Đăng {shown(when)}</a><span class="ipsResponsive_hidePhone"></span></div></div>'
                f'<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom '
                f'ipsContained" data-controller="core.front.core.lightboxedImages">\n{body}{edit}\n</div>'
                f'<div class="ipsItemControls">{react}<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls">'
                f'<li data-ipsQuote-editor="topic_comment" data-ipsQuote-target="#comment-{pid}" class="ipsJS_show"><button class="ipsButton '
                f'ipsButton_light ipsButton_verySmall ipsButton_narrow cMultiQuote ipsHide" data-action="multiQuoteComment"><i class="fa fa-plus"></i></button></li>'
                f'<li data-ipsQuote-editor="topic_comment" data-ipsQuote-target="#comment-{pid}" class="ipsJS_show"><a href="#" data-action="quoteComment">Trích dẫn</a></li></ul></div>'
                f'{sig}</div></div></div></article>')

    def reply_posts(a: RichArticle) -> list[tuple[int, int, datetime, str]]:
        out = []
        for k, r in enumerate(a.opts["replies"], 1):
            if a.opts.get("long"):
                uid, txt = REPLIES[(r - 1) % 4 + 1][0], MORE_REPLIES[(r - 1) % 10]
            else:
                uid, txt = REPLIES[r]
            when = a.date + timedelta(minutes=47 * k + 13)
            if when > NOW:
                when = NOW - timedelta(minutes=5 * (len(a.opts["replies"]) - k + 1))
            out.append((a.opts["pid"] + 3 * k, uid, when, txt))
        return out

    def tag_url(t: str) -> str:
        return f"/tags/{quote(t.replace(' ', '-'))}/"

    per_topic_page = 10
    for i, a in enumerate(news):
        o = a.opts
        body, att = render(a)
        replies = reply_posts(a)
        last = replies[-1][2] if replies else a.date
        posts1 = [post(a, o["pid"], o["uid"], a.date, body + att, True, o.get("edited"), likes=4 + i % 3)]
        rp_html = []
        for k, (rpid, uid, when, txt) in enumerate(replies):
            quote_ = ""
            if k == 0 and len(replies) > 1:
                quote_ = (f'<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic" '
                          f'data-ipsquote-contentcommentid="{o["pid"]}" data-ipsquote-contentid="{o["tid"]}" data-ipsquote-contenttype="forums" '
                          f'data-ipsquote-timestamp="{int(utc(a.date).timestamp())}" data-ipsquote-userid="{o["uid"]}" data-ipsquote-username="{attr(user(o["uid"])[1])}">'
                          f'<div class="ipsQuote_citation">{esc(user(o["uid"])[1])} đã viết:</div><div class="ipsQuote_contents"><p>{esc(a.title)}</p></div></blockquote>\n')
            rp_html.append(post(a, rpid, uid, when, quote_ + f"<p>\n\t{esc(txt)}\n</p>", False))
        pages = [posts1 + rp_html[:per_topic_page - 1]]
        if len(rp_html) > per_topic_page - 1:
            pages.append(rp_html[per_topic_page - 1:])
        text_plain = " ".join(a.text_lines())
        related = [b for b in news if b is not a][:3]
        for n, chunk in enumerate(pages, 1):
            path = a.path if n == 1 else f"{a.path}page/{n}/"
            ld = {"name": a.title, "headline": a.title, "text": text_plain if n == 1 else "",
                  "dateCreated": plus0(a.date), "datePublished": plus0(a.date), "dateModified": plus0(last),
                  "author": {"@type": "Person", "name": user(o["uid"])[1], "image": "{{base}}/uploads/set_resources_1/default_photo.png",
                             "url": "{{base}}" + purl(o["uid"])},
                  "publisher": {"@id": "{{base}}/#organization"},
                  "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "http://schema.org/ViewAction", "userInteractionCount": 212 + 37 * i},
                                           {"@type": "InteractionCounter", "interactionType": "http://schema.org/CommentAction", "userInteractionCount": len(replies)}],
                  "@context": "http://schema.org", "@type": "DiscussionForumPosting", "@id": "{{base}}" + a.path,
                  "isPartOf": {"@id": "{{base}}/#website"}, "url": "{{base}}" + a.path, "discussionUrl": "{{base}}" + a.path,
                  "mainEntityOfPage": {"@type": "WebPage", "@id": "{{base}}" + a.path}, "pageStart": 1, "pageEnd": len(pages),
                  "comment": [{"@type": "Comment", "@id": "{{base}}" + f"{a.path}?do=findComment&comment={rpid}",
                               "url": "{{base}}" + f"{a.path}?do=findComment&comment={rpid}",
                               "author": {"@type": "Person", "name": user(uid)[1]}, "dateCreated": plus0(when), "text": txt,
                               "upvoteCount": 0} for rpid, uid, when, txt in replies[:per_topic_page - 1]]}
            if n == 1 and a.first_image():
                ld["image"] = "{{base}}" + f"/uploads/monthly_2026_03/{a.first_image()}"
            next_ = f'\t\t<link rel="next" href="{{{{base}}}}{a.path}page/2/" />\n' if n == 1 and len(pages) > 1 else ""
            prev_ = f'\t\t<link rel="prev" href="{{{{base}}}}{a.path}" />\n' if n > 1 else ""
            head = (f'\t\t<meta property="og:title" content="{attr(a.title)}">\n\t\t<meta property="og:type" content="website">\n'
                    f'\t\t<meta property="og:url" content="{{{{base}}}}{path}">\n\t\t<meta property="og:description" content="{attr(a.summary())}">\n'
                    f'\t\t<meta property="og:updated_time" content="{z(last)}">\n\t\t<meta name="keywords" content="{attr(", ".join(o["tags"]))}">\n'
                    f'{next_}{prev_}\t\t<link rel="alternate" type="application/rss+xml" title="{forums[2][0]}" href="{{{{base}}}}/forum/{quote(forums[2][1])}.xml/" />\n'
                    f"\t\t<script type='application/ld+json'>\n{json.dumps(ld, ensure_ascii=False, indent=4)}\n\t\t</script>\n")
            pager = ""
            if len(pages) > 1:
                lis = "".join(f"<li class='ipsPagination_page{' ipsPagination_active' if k == n else ''}'><a href='{a.path if k == 1 else f'{a.path}page/{k}/'}' data-page='{k}'>{k}</a></li>"
                              for k in range(1, len(pages) + 1))
                nxt = (f"<li class='ipsPagination_next'><a href='{a.path}page/2/' rel='next' data-page='2'>Tiếp</a></li>" if n == 1 else
                       f"<li class='ipsPagination_prev'><a href='{a.path}' rel='prev' data-page='1'>Trước</a></li>")
                pager = f"<ul class='ipsPagination' id='elPagination_topic' data-pages='{len(pages)}'>{lis}{nxt}</ul>"
            tags = "".join(f"<li><a href='{tag_url(t)}' class='ipsTag' title=\"Tìm nội dung khác gắn thẻ '{attr(t)}'\" rel=\"tag\"><span>{esc(t)}</span></a></li>"
                           for t in o["tags"])
            rel = "".join(f"<li class='ipsDataItem'><div class='ipsDataItem_main'><h4 class='ipsDataItem_title ipsContained_container'>"
                          f"<span class='ipsType_break ipsContained'><a href='{b.path}'>{esc(b.title)}</a></span></h4>"
                          f"<div class='ipsDataItem_meta ipsType_light'>Đăng bởi {esc(user(b.opts['uid'])[1])}, {shown(b.date)}</div></div></li>"
                          for b in related)
            content = (f'<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">'
                       f'<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11">'
                       f'<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>{esc(a.title)}</span></span></h1>'
                       f'<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><ul class="ipsTags ipsList_inline">{tags}</ul></div></div>'
                       f'<div class="ipsFlex-flex:00 ipsType_light"><div class="ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap:3 ipsGap_row:0">'
                       f'<div class="ipsFollow ipsPos_middle ipsType_center"><a href="/login/" class="ipsButton ipsButton_light ipsButton_verySmall">Theo dõi chủ đề</a>'
                       f' <span class="ipsCommentCount">Người theo dõi {1 + i % 3}</span></div></div></div></div>'
                       f'<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11">'
                       f'<div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p class="ipsType_reset ipsType_blendLinks">'
                       f'<span class="ipsType_normal">Đăng bởi <strong><a href="{purl(o["uid"])}" rel="nofollow">{esc(user(o["uid"])[1])}</a></strong></span>, '
                       f'<span class="ipsType_light">{shown(a.date)}</span></p></div></div></div></div></div>'
                       f'{pager}<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" '
                       f'data-autopoll data-baseurl="{{{{base}}}}{a.path}" data-lastpage data-feedid="topic-{o["tid"]}" class="cTopic ipsClear ipsSpacer_top">'
                       f'<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_light ipsPad">'
                       f'{"".join(chunk)}</div></div>{pager}'
                       f'<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showPhone ipsMargin_top"><div class="ipsGrid ipsGrid_collapsePhone">'
                       f'<h2 class="ipsType_sectionHead">Đăng ký hoặc đăng nhập để bình luận</h2><p class="ipsType_normal">Bạn cần là thành viên để có thể bình luận</p>'
                       f'<h2 class="ipsType_sectionHead">Tạo tài khoản</h2><p>Đăng ký tài khoản mới trên cộng đồng của chúng tôi. Rất dễ dàng!</p>'
                       f'<a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">Đăng ký</a></div></div>'
                       f'<div class="ipsItemControls ipsMargin_top"><ul class="ipsResponsive_noFloat ipsList_inline">'
                       f'<li><a href="{furl(2)}" class="ipsType_normal"><i class="fa fa-angle-left"></i> Quay lại {forums[2][0]}</a></li>'
                       f'<li><a href="{a.path}?do=getNewComment" class="ipsType_normal">Bài chưa đọc</a></li></ul></div>'
                       f'<div class="ipsBox ipsMargin_top"><h2 class="ipsType_sectionTitle ipsType_reset">Chủ đề tương tự</h2><ol class="ipsDataList">{rel}</ol></div>'
                       f'<div class="ipsWidget ipsBox ipsMargin_top"><h3 class="ipsWidget_title">Đang xem chủ đề này</h3><div class="ipsWidget_inner ipsPad">'
                       f'<p class="ipsType_light">0 thành viên, 2 khách</p></div></div>')
            crumbs = [(forums[2][0], furl(2)), (a.title, a.path)]
            title = f"{a.title} - {forums[2][0]} - {BOARD}" if n == 1 else f"{a.title} - Trang {n} - {forums[2][0]} - {BOARD}"
            page(path, layout(title, content, crumbs, canonical=path, head=head, desc=a.summary()))
            if n > 1:
                site.non_articles.append(path)
                site.trap("a long topic's page 2 /topic/<id>-<slug>/page/2/: the same h1, replies only (rel=canonical to itself, "
                          "rel=prev): not an article", path)
        # aliases: non-rewritten old link and slug-less topic URL (both 301)
        old = f"/index.php?/topic/{quote(o['slug'])}/"
        site.redirect(old, a.path, 301)
        bare = f"/topic/{o['tid']}/"
        site.redirect(bare, a.path, 301)
        a.aliases += [old, bare]
        for q in (f"?do=findComment&comment={o['pid']}", "?do=getNewComment", "?do=getLastComment",
                  f"?do=reportComment&comment={o['pid']}"):
            site.redirect(a.path + q, a.path + f"#comment-{o['pid']}", 302)
            # disallowed by the wildcard rule 'Disallow: /*?do=' (Google-style robots.txt); not listed in never_fetched,
            # which holds what a plain prefix-matching robots.txt parser blocks too
        for rpid, *_ in replies:
            site.redirect(a.path + f"?do=findComment&comment={rpid}", a.path + f"#comment-{rpid}", 302)
            site.redirect(a.path + f"?do=reportComment&comment={rpid}", a.path, 302)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/monthly_2026_03/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.files[f"_routes/attachment-{o['aid']}.pdf"] = pdf(a.title, ["THONG BAO SO 12/TB-LMHTX", "Vay von Quy ho tro phat trien HTX 2026"])
            site.routes.append({"path": x["path"], "file": f"_routes/attachment-{o['aid']}.pdf", "content_type": "application/pdf"})
        site.add_article(a)
    site.trap("every topic also answers its old non-rewritten link /index.php?/topic/<id>-<slug>/ (linked from /gioi-thieu/) "
              "and the slug-less /topic/<id>/ (linked from the RSS feed): both 301 to the friendly URL: aliases; post "
              "permalinks ?do=findComment&comment=N, ?do=getNewComment, ?do=getLastComment, ?do=reportComment are disallowed "
              "by robots.txt's wildcard rule (Disallow: /*?do=): a crawl should not request them", news[0].path)

    # forum lists: 6 topics a page, ordered by the last post, each row with its starter's date and the last post's date
    def last_of(a: RichArticle) -> tuple[datetime, int]:
        rp = reply_posts(a)
        return (rp[-1][2], rp[-1][1]) if rp else (a.date, a.opts["uid"])

    ordered = sorted(news, key=lambda a: last_of(a)[0], reverse=True)
    chunks = [ordered[k:k + 6] for k in range(0, len(ordered), 6)]
    for n, chunk in enumerate(chunks, 1):
        rows = ""
        for a in chunk:
            last, luid = last_of(a)
            rows += (f"<li class='ipsDataItem ipsDataItem_responsivePhoto' data-rowid='{a.opts['tid']}'><div class='ipsDataItem_main'>"
                     f"<h4 class='ipsDataItem_title ipsContained_container'><span class='ipsType_break ipsContained'><a href='{a.path}' "
                     f"title='{attr(a.title)}'><span>{esc(a.title)}</span></a></span></h4><div class='ipsDataItem_meta ipsType_reset ipsType_light ipsType_blendLinks'>"
                     f"<span>Đăng bởi <a href='{purl(a.opts['uid'])}'>{esc(user(a.opts['uid'])[1])}</a>,</span> {shown(a.date)}</div></div>"
                     f"<ul class='ipsDataItem_stats'><li><span class='ipsDataItem_stats_number'>{len(a.opts['replies'])}</span> "
                     f"<span class='ipsDataItem_stats_type'>trả lời</span></li><li><span class='ipsDataItem_stats_number'>{212 + a.opts['tid']}</span> "
                     f"<span class='ipsDataItem_stats_type'>lượt xem</span></li></ul><ul class='ipsDataItem_lastPoster ipsDataItem_withPhoto ipsType_blendLinks'>"
                     f"<li><a href='{purl(luid)}'>{esc(user(luid)[1])}</a></li><li class='ipsType_light'><a href='{a.path}?do=getLastComment' "
                     f"title='Đi đến bài cuối' class='ipsType_blendLinks'>{shown(last)}</a></li></ul></li>")
        lis = "".join(f"<li class='ipsPagination_page{' ipsPagination_active' if k == n else ''}'><a href='{furl(2, k)}' data-page='{k}'>{k}</a></li>"
                      for k in range(1, len(chunks) + 1))
        pager = f"<ul class='ipsPagination' data-pages='{len(chunks)}'>{lis}</ul>"
        content = (f'<header class="ipsPageHeader ipsBox ipsResponsive_pull ipsPadding ipsClearfix"><h1 class="ipsType_pageTitle">{forums[2][0]}</h1>'
                   f'<div class="ipsType_richText ipsType_normal"><p>Tin hoạt động, văn bản, thông báo của Liên minh HTX</p></div></header>'
                   f'{pager}<div class="ipsBox"><ol class="ipsClear ipsDataList cForumTopicTable cTopicList" data-role="tableRows">{rows}</ol></div>{pager}')
        path = furl(2, n)
        page(path, layout(f"{forums[2][0]} - {BOARD}" if n == 1 else f"{forums[2][0]} - Trang {n} - {BOARD}", content,
                          [(forums[2][0], furl(2))], canonical=path,
                          head=f'\t\t<link rel="alternate" type="application/rss+xml" title="{forums[2][0]}" href="{{{{base}}}}/forum/{quote(forums[2][1])}.xml/" />\n'))
        site.non_articles.append(path)
    site.trap("forum list /forum/2-tin-tức-liên-minh/ and /page/2/ (6 topics a page, ordered by the LAST post; each row shows "
              "the starter's relative date and the last post's): listings", furl(2, 2))

    # members' questions
    qa = [(415, 15, "Xin tư vấn thủ tục cấp mã số vùng trồng quế xuất khẩu", "HTX có 60 ha quế, muốn xuất khẩu sang châu Âu thì cần chuẩn bị gì ạ?",
           datetime(2026, 3, 18, 21, 4)),
          (407, 19, "Tìm đối tác thu mua măng tre Bát độ", "HTX mỗi tháng có khoảng 20 tấn măng tươi, cần đầu ra ổn định.",
           datetime(2026, 3, 11, 7, 31))]
    qa_rows = ""
    for tid, uid, title, text, when in qa:
        path = f"/topic/{quote(f'{tid}-{slug(title)}')}/"
        fake = RichArticle(path=path, title=title, date=when, body=text)
        body = (post(fake, tid * 7, uid, when, f"<p>\n\t{esc(text)}\n</p>", True)
                + post(fake, tid * 7 + 1, 11, when + timedelta(hours=2), "<p>\n\tBạn liên hệ Phòng Tư vấn - Hỗ trợ của Liên minh HTX để được hướng dẫn nhé.\n</p>", False))
        content = (f'<div class="ipsPageHeader ipsBox ipsPadding"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">'
                   f'<span>{esc(title)}</span></span></h1></div><div id="comments" class="cTopic"><div data-role="commentFeed">{body}</div></div>')
        page(path, layout(f"{title} - {forums[5][0]} - {BOARD}", content, [(forums[5][0], furl(5)), (title, path)], canonical=path))
        site.non_articles.append(path)
        for q in (f"?do=findComment&comment={tid * 7}", f"?do=findComment&comment={tid * 7 + 1}",
                  f"?do=reportComment&comment={tid * 7}", f"?do=reportComment&comment={tid * 7 + 1}"):
            site.redirect(path + q, path, 302)
        qa_rows += (f"<li class='ipsDataItem'><div class='ipsDataItem_main'><h4 class='ipsDataItem_title'><a href='{path}'>{esc(title)}</a></h4>"
                    f"<div class='ipsDataItem_meta ipsType_light'>Đăng bởi {esc(user(uid)[1])}, {shown(when)}</div></div></li>")
    page(furl(5), layout(f"{forums[5][0]} - {BOARD}", f'<header class="ipsPageHeader"><h1 class="ipsType_pageTitle">{forums[5][0]}</h1></header>'
                         f'<ol class="ipsDataList cTopicList">{qa_rows}</ol>', [(forums[5][0], furl(5))], canonical=furl(5)))
    site.non_articles.append(furl(5))

    # board index (start URL)
    frows = "".join(f"<li class='ipsDataItem ipsDataItem_responsivePhoto' data-forumid='{f}'><div class='ipsDataItem_main'>"
                    f"<h4 class='ipsDataItem_title ipsType_large ipsType_break'><a href='{furl(f)}'>{esc(nm)}</a></h4>"
                    f"<div class='ipsDataItem_meta ipsType_richText'><p>{'Tin hoạt động, văn bản, thông báo của Liên minh HTX' if f == 2 else 'Nơi các HTX hỏi đáp, kết nối'}</p></div></div>"
                    f"<div class='ipsDataItem_stats ipsDataItem_statsLarge'><dl><dt class='ipsDataItem_stats_number'>{312 if f == 2 else 106}</dt>"
                    f"<dd class='ipsDataItem_stats_type ipsType_light'>bài viết</dd></dl></div></li>" for f, (nm, _) in forums.items())
    latest = "".join(f"<li class='ipsDataItem'><div class='ipsDataItem_main'><a href='{a.path}' class='ipsDataItem_title ipsType_break'>{esc(a.title)}</a>"
                     f"<br><span class='ipsType_light ipsType_small'>Đăng bởi {esc(user(a.opts['uid'])[1])}, {shown(a.date)}</span></div></li>" for a in news[:5])
    index = (f'<section class="cForumDirectory"><ol class="ipsList_reset cForumList"><li data-categoryid="1" class="cForumRow ipsBox ipsSpacer_bottom">'
             f'<h2 class="ipsType_sectionTitle ipsType_reset cForumTitle"><a href="/forum/1-li%C3%AAn-minh-htx-y%C3%AAn-b%C3%A1i/">Liên minh HTX Yên Bái</a></h2>'
             f'<ol class="ipsDataList ipsDataList_large ipsDataList_zebra">{frows}</ol></li></ol></section>'
             f'<div class="ipsWidget ipsBox"><h3 class="ipsType_reset ipsWidget_title">Chủ đề mới</h3><ul class="ipsDataList">{latest}</ul></div>')
    page("/", layout(BOARD, index, []))
    page("/forum/1-li%C3%AAn-minh-htx-y%C3%AAn-b%C3%A1i/", layout(f"Liên minh HTX Yên Bái - {BOARD}", f'<ol class="ipsDataList">{frows}</ol>',
                                                                 [("Liên minh HTX Yên Bái", "/forum/1-li%C3%AAn-minh-htx-y%C3%AAn-b%C3%A1i/")]))
    site.non_articles += ["/", "/forum/1-li%C3%AAn-minh-htx-y%C3%AAn-b%C3%A1i/"]

    # tags, profiles, pages
    for t in sorted({t for a in news for t in a.opts["tags"]}):
        items = "".join(f"<li class='ipsStreamItem ipsStreamItem_contentBlock ipsAreaBackground_reset ipsPad'><div class='ipsStreamItem_header'>"
                        f"<h2 class='ipsStreamItem_title ipsContained_container'><span class='ipsType_break ipsContained'><a href='{a.path}'>{esc(a.title)}</a></span></h2>"
                        f"<p class='ipsType_reset ipsStreamItem_status ipsType_blendLinks'>{esc(user(a.opts['uid'])[1])} đã đăng một chủ đề trong "
                        f"<a href='{furl(2)}'>{forums[2][0]}</a></p></div><div class='ipsStreamItem_snippet ipsType_break'>"
                        f"<div class='ipsType_richTextBox ipsType_medium ipsType_textBlock'>{esc(a.summary())}</div></div>"
                        f"<ul class='ipsList_inline ipsStreamItem_meta'><li class='ipsType_light ipsType_medium'><i class='fa fa-clock-o'></i> {shown(a.date)}</li></ul></li>"
                        for a in news if t in a.opts["tags"])
        page(tag_url(t), layout(f"Hiển thị kết quả cho thẻ '{t}' - {BOARD}", f'<h1 class="ipsType_pageTitle">Hiển thị kết quả cho thẻ \'{esc(t)}\'</h1>'
                                f'<ol class="ipsStream ipsList_reset">{items}</ol>', [("Thẻ", tag_url(t))]))
        site.non_articles.append(tag_url(t))
    site.trap("tag pages /tags/<tag>/ (Vietnamese, percent-encoded: /tags/h%E1%BB%99i-ngh%E1%BB%8B/) list each topic with its "
              "snippet and relative <time>: listings", tag_url("hội nghị"))
    for uid in [1, *MEMBERS]:
        path = purl(uid)
        page(path, layout(f"{user(uid)[1]} - {BOARD}", f'<div id="elProfileHeader"><h1 class="ipsType_reset ipsPageHead_barText">{esc(user(uid)[1])}</h1>'
                          f'<p>{esc(user(uid)[2])}</p><ul><li><h4>Bài đăng</h4>{user(uid)[3]}</li><li><h4>Tham gia</h4>{shown(datetime(2020, 4, 2, 9, 0))}</li></ul>'
                          f'<a href="/messenger/compose/?to={uid}" rel="nofollow">Nhắn tin riêng</a></div>', [(user(uid)[1], path)], canonical=path))
        site.non_articles.append(path)
    old_links = "".join(f'<li><a href="/index.php?/topic/{quote(a.opts["slug"])}/">{esc(a.title)}</a></li>' for a in news[2:5])
    page("/gioi-thieu/", layout(f"Giới thiệu - {BOARD}", '<div class="ipsPageHeader"><h1 class="ipsType_pageTitle">Giới thiệu</h1></div>'
                               '<div class="ipsType_richText ipsType_normal"><p>Diễn đàn HTX Yên Bái được Liên minh HTX tỉnh Yên Bái thành lập năm 2020, '
                               'từ tháng 7/2025 do Văn phòng đại diện khu vực Yên Bái của Liên minh HTX tỉnh Lào Cai quản lý.</p>'
                               f'<p>Một số bài viết được nhiều HTX quan tâm:</p><ul>{old_links}</ul></div>', [("Giới thiệu", "/gioi-thieu/")], canonical="/gioi-thieu/"))
    page("/privacy/", layout(f"Chính sách bảo mật - {BOARD}", '<h1 class="ipsType_pageTitle">Chính sách bảo mật</h1><p>Diễn đàn chỉ dùng thông tin '
                             'thành viên để liên hệ khi cần thiết.</p>', [("Chính sách bảo mật", "/privacy/")]))
    page("/contact/", layout(f"Liên hệ - {BOARD}", '<h1 class="ipsType_pageTitle">Liên hệ</h1><form method="post" action="/contact/">'
                             '<input name="contact_name"><textarea name="contact_text"></textarea><button type="submit">Gửi</button></form>', [("Liên hệ", "/contact/")]))
    site.non_articles += ["/gioi-thieu/", "/privacy/", "/contact/"]
    for path in ("/login/", "/register/", "/discover/", "/staff/", "/search/?do=quicksearch"):
        page(path, layout(BOARD, "<p>Bạn cần đăng nhập để xem trang này.</p>", []))
        site.never_fetched.append(path)
    for uid in [1, *MEMBERS]:
        page(f"/messenger/compose/?to={uid}", layout(BOARD, "<p>Bạn cần đăng nhập để xem trang này.</p>", []))
        site.never_fetched.append(f"/messenger/compose/?to={uid}")

    # RSS, sitemap, robots
    items = "".join(f"<item><title>{esc(a.title)}</title><link><![CDATA[{{{{base}}}}/topic/{a.opts['tid']}/]]></link>"
                    f"<description><![CDATA[{render(a)[0]}]]></description><guid isPermaLink=\"false\">{a.opts['tid']}</guid>"
                    f"<pubDate>{utc(a.date):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>" for a in news)
    site.page(f"/forum/{quote(forums[2][1])}.xml/", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{forums[2][0]}</title>'
              f'<link>{{{{base}}}}{furl(2)}</link><description>{forums[2][0]}</description><language>vi</language>{items}</channel></rss>\n',
              content_type="application/rss+xml; charset=UTF-8")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{z(last_of(a)[0])}</lastmod><priority>1</priority></url>" for a in news)
    site.page("/sitemap.php?file=sitemap_content_forums_Topic", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
              content_type="application/xml; charset=UTF-8")
    site.page("/sitemap.php", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              f'<sitemap><loc>{{{{base}}}}/sitemap.php?file=sitemap_content_forums_Topic</loc><lastmod>{z(NOW)}</lastmod></sitemap></sitemapindex>',
              content_type="application/xml; charset=UTF-8")
    site.static("/robots.txt", "# Invision Community robots.txt\nUser-Agent: *\nDisallow: /startTopic/\nDisallow: /discover/unread/\n"
                "Disallow: /markallread/\nDisallow: /staff/\nDisallow: /cookie/\nDisallow: /online/\nDisallow: /discover/\n"
                "Disallow: /leaderboard/\nDisallow: /search/\nDisallow: /*?advancedSearchForm=\nDisallow: /register/\n"
                "Disallow: /lostpassword/\nDisallow: /login/\nDisallow: /messenger/\nDisallow: /*?sortby=\nDisallow: /*?filter=\n"
                "Disallow: /*?tab=\nDisallow: /*?do=\nDisallow: /*ref=\nDisallow: /*?forumId*\n"
                "Sitemap: {{base}}/sitemap.php\n")
    site.trap("the forum's RSS /forum/2-…xml/ (the head's alternate; each item's full first post, links to the slug-less "
              "/topic/<id>/), the sitemap index /sitemap.php and /sitemap.php?file=sitemap_content_forums_Topic: feeds",
              f"/forum/{quote(forums[2][1])}.xml/")
    for name in ("logo-htx-yen-bai.png", "og-dien-dan.png"):
        site.binary(f"/uploads/monthly_2023_04/{name}", image_for(name))
    site.binary("/uploads/set_resources_1/default_photo.png", image_for("default_photo.png"))
    site.binary("/uploads/reactions/react_like.png", image_for("react_like.png"))
    return site
