"""Site `mangxa-htxbinhdinh` (registry family `generic`): "Mạng xã hội HTX Bình Định", the community the Bình Định
cooperative alliance runs on **Dolphin 7.3 (BoonEx, dolphin.pro)** (the Evo template, a community Vietnamese language
pack, permalinks on, the News, Articles, Blogs and Groups modules; PHP left at the host's default time zone UTC; the
settings "short date format" `d/m/Y` and "date format" `d/m/Y H:i`; 3 blog posts a page; the copy is of 28 May 2025
10:00, a month before the province joined Gia Lai). The office publishes news and documents with the News module,
guidance with the Articles module; staff, members and the member cooperatives' own accounts ("spaces": profiles of
organisations) write blog posts. Written as a held-out test: no family module, no selectors.

URL shapes (Dolphin's .htaccess and modules): news `/m/news/view/<Uri>` and articles `/m/articles/view/<Uri>`
(`uriFilter`: the title with every run of non-letters turned into '-', Vietnamese letters and capitals KEPT:
`Thông-báo-số-14-TB-LMHTX-…`); their lists `/m/news/home/`, `/m/news/archive/`, `/m/articles/home/`, tags
`/m/news/tag/<tag>`; the news RSS `/m/news/act_rss/`; a blog post `/blogs/entry/<uri>` (the same filter, lower-case
as its author typed it into the URI field, or the title's), also answering with a trailing slash
`/blogs/entry/<uri>/` and from the non-permalink script
`/modules/boonex/blogs/blogs.php?action=show_member_post&post_id=N` (a comment and the RSS link them so: aliases);
blog lists `/blogs/all_posts/` and its pages `/blogs/all_posts/3/2` (per page, then page), a member's blog
`/blogs/posts/<nick>`, tags `/blogs/tag/<tag>`; the blog RSS `/rss_factory.php?action=blogs&pid=<member id>`; members
`/<nick>` at the root; a group `/m/groups/view/<Uri>`; `/member.php` (login) and `/join.php` (robots.txt disallows
them); the footer's `/about_us.php`, `/privacy.php`, `/terms_of_use.php`, `/contact.php`.

Why it is hard: no `<h1>`: the title is the first design box's `div.dbTitle` (and `<title>`); the text is the TinyMCE
HTML in `div.blog_text` (blogs) or `div.bx-text-view` (news, articles), between page columns of other boxes: "Thông
tin" (the owner's thumbnail, the date and its age "22/05/2025 (cách đây 6 ngày)", categories, tags), "Hành động"
(share, report, favourites: popups), "Đánh giá" (stars and votes), "Chia sẻ" and the comments (`div.cmts`). Every
date is PHP's `date()` in UTC with no time: the news of 00:20 on 15 March says "14/03/2025" everywhere, its RSS
`<pubDate>` is Dolphin's `bx_time_utc` ISO 8601 "2025-03-14T17:20:00+0000" (not RFC 822): only that instant,
read in Vietnam time, gives the true day. Lists show ages ("cách đây 6 ngày", "hôm qua") for two weeks, then the
UTC date. The owner is an account: a person (the author, unless a closing byline names another), the admin, the
alliance's own profile or a cooperative's profile (no author); "Theo Báo Bình Định" marks a reprint. News, articles
and blog posts are all articles; the group page, profiles, member blogs and every list are not. The oldest blog
post's owner has no other post: only `/blogs/all_posts/3/2` (and her own pages, linked only from it) reach it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "mangxa-htxbinhdinh"
NAME = "Mạng xã hội HTX Bình Định"
NOW = datetime(2025, 5, 28, 10, 0)
UTC = timedelta(hours=7)
PER = 3
MEMBERS = {  # nick: (id, shown name, person?)
    "admin": (1, "admin", False),
    "LienMinhHTXBinhDinh": (2, "Liên minh HTX tỉnh Bình Định", False),
    "thuhang_lmhtx": (7, "Nguyễn Thị Thu Hằng", True),
    "quocbao": (12, "Trần Quốc Bảo", True),
    "htxnhonhau": (19, "HTX Nông nghiệp Nhơn Hậu", False),
    "ngocanh_pc": (26, "Phạm Ngọc Anh", True),
    "vanloi": (31, "Đặng Văn Lợi", True),
}
COPY = "Copyright © 2025 Liên minh Hợp tác xã tỉnh Bình Định"
ADDRESS = "Số 38 Trần Phú, TP Quy Nhơn, tỉnh Bình Định - ĐT: 0256.3822.418"
FURN = [COPY, ADDRESS, "Về chúng tôi", "Quyền riêng tư", "Điều khoản sử dụng", "Hành động", "Chia sẻ", "Báo cáo",
        "Thêm vào yêu thích", "Đánh giá", "lượt bình chọn", "Bình luận", "Đăng nhập để bình luận", "Tham gia",
        "Đăng nhập", "Powered by Dolphin"]


def uri_filter(title: str, lower: bool = False) -> str:
    """Dolphin's uriFilter: runs of characters that are neither letters nor digits become '-' (Unicode kept)."""
    t = re.sub(r"[^\w]+|_+", "-", unicodedata.normalize("NFC", title.lower() if lower else title)).strip("-")
    return re.sub(r"-+", "-", t)


def ago(d: datetime, cutoff: bool = True) -> str:
    sec = (NOW - d).total_seconds()
    if cutoff and sec > 14 * 86400:
        return f"{d - UTC:%d/%m/%Y}"
    if sec < 3600:
        return "vừa xong"
    if sec < 86400:
        return f"cách đây {round(sec / 3600)} giờ"
    days = round(sec / 86400)
    return "hôm qua" if days <= 1 else f"cách đây {days} ngày"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 14/TB-LMHTX về việc tham gia Hội chợ OCOP Bình Định năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÌNH ĐỊNH
Số: 14/TB-LMHTX
Bình Định, ngày 20 tháng 5 năm 2025
THÔNG BÁO
Về việc tham gia Hội chợ OCOP Bình Định năm 2025
Hội chợ OCOP Bình Định năm 2025 diễn ra từ ngày 18/6 đến ngày 22/6/2025 tại Quảng trường Nguyễn Tất Thành, TP Quy Nhơn.
Liên minh HTX tỉnh hỗ trợ 20 gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký với Văn phòng Liên minh HTX tỉnh trước ngày 05/6/2025.
CHỦ TỊCH
Nguyễn Văn Tuấn
""", author=None, doc_number="14/TB-LMHTX",
          attachments=[{"path": "/media/app/tinymce/files/TB-14-LMHTX-2025.pdf", "text": "TB-14-LMHTX-2025.pdf"}],
          opts={"mod": "news", "by": "admin", "tags": ["OCOP", "hội chợ"], "cat": "Thông báo", "views": 231, "votes": 0,
                "rate": 0, "comments": []},
          notes=["News module: notice 'Số: 14/TB-LMHTX' dated 20/5 in its text, posted 22/05 09:15 (the info box '22/05/2025', "
                 "'cách đây 6 ngày' in the lists); owner 'admin': no author; the signer is text; the TinyMCE link "
                 "'Tải về: TB-14-LMHTX-2025.pdf' in its own paragraph is an attachment, not text; its Unicode URI "
                 "/m/news/view/Thông-báo-số-14-TB-LMHTX-…"],
          **at(datetime(2025, 5, 22, 9, 15))),
        A(path="", title="Ảnh: HTX Nông nghiệp Nhơn Hậu thu hoạch lúa đông xuân",
          body="""
Những ngày giữa tháng 5, các thành viên HTX Nông nghiệp Nhơn Hậu (thị xã An Nhơn) thu hoạch lúa vụ đông xuân.
[img nhon-hau-1.png] Máy gặt đập liên hợp của HTX thu hoạch lúa cho thành viên
[img nhon-hau-2.png] Lúa được vận chuyển về sân phơi của HTX
[img nhon-hau-3.png] Cán bộ HTX kiểm tra độ ẩm lúa trước khi nhập kho
Vụ đông xuân năm nay năng suất lúa bình quân đạt 72 tạ/ha, cao hơn vụ trước 4 tạ/ha.
""", byline="Bài và ảnh: Võ Thanh Tùng", author="Võ Thanh Tùng",
          opts={"mod": "blogs", "by": "thuhang_lmhtx", "uri": "anh-htx-nhon-hau-thu-hoach-lua", "tags": ["lúa gạo"],
                "cat": "Hoạt động", "views": 356, "votes": 5, "rate": 4.6,
                "comments": [("quocbao", "Năng suất cao quá, chúc mừng bà con Nhơn Hậu!")]},
          notes=["blog post by a staff member: TinyMCE photos in centred <p>s, each caption the next centred <p><em> "
                 "(one line each); the owner Nguyễn Thị Thu Hằng but 'Bài và ảnh: Võ Thanh Tùng' closes it -> author; "
                 "also /blogs/entry/<uri>/ (trailing slash: an alias)"],
          **at(datetime(2025, 5, 19, 16, 30))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp Bình Định năm 2024",
          body="""
Năm 2024, các HTX nông nghiệp trên địa bàn tỉnh tiếp tục duy trì hoạt động ổn định, doanh thu tăng so với năm trước.
| Địa phương | Số HTX | Doanh thu bình quân (triệu đồng) | HTX xếp loại tốt |
| An Nhơn | 32 | 4.850 | 14 |
| Phù Cát | 28 | 3.920 | 11 |
| Tây Sơn | 25 | 3.410 | 9 |
| Hoài Nhơn | 21 | 3.780 | 8 |
Các HTX ở An Nhơn dẫn đầu nhờ làm tốt dịch vụ làm đất, tưới tiêu và tiêu thụ lúa giống.
""", author="Trần Quốc Bảo",
          opts={"mod": "blogs", "by": "quocbao", "uri": "ket-qua-hoat-dong-htx-nong-nghiep-2024", "tags": ["số liệu"],
                "cat": "Số liệu", "views": 188, "votes": 2, "rate": 4, "comments": []},
          notes=["blog post with a TinyMCE table (a header row of <th>, bordered cells): one line per row; the owner Trần "
                 "Quốc Bảo (a member, a person), no byline: he is the author; a comment on another post links it by "
                 "the non-permalink blogs.php?action=show_member_post&post_id=N (an alias)"],
          **at(datetime(2025, 4, 24, 14, 0))),
        A(path="", title="Những lưu ý khi HTX chuyển đổi sang sản xuất lúa hữu cơ",
          body="""
Sản xuất lúa hữu cơ giúp HTX nâng cao giá trị hạt gạo, nhưng đòi hỏi tuân thủ nghiêm ngặt quy trình canh tác.
## Những điều kiện HTX cần đáp ứng
* Vùng sản xuất cách ly với ruộng canh tác thông thường ít nhất 5 m;
* Không sử dụng phân bón, thuốc bảo vệ thực vật hóa học trong thời gian chuyển đổi;
* Ghi chép đầy đủ nhật ký sản xuất của từng thửa ruộng;
* Có hợp đồng bao tiêu với doanh nghiệp trước khi xuống giống.
HTX có nhu cầu được tư vấn liên hệ Liên minh HTX tỉnh hoặc Chi cục Phát triển nông thôn.
""", byline="Lê Văn Hùng - Chi cục Phát triển nông thôn", author="Lê Văn Hùng",
          opts={"mod": "articles", "by": "thuhang_lmhtx", "tags": ["lúa gạo", "hữu cơ"], "cat": "Kiến thức",
                "views": 274, "votes": 3, "rate": 4.3, "comments": []},
          notes=["Articles module: an <h2> and a bulleted list; the owner Nguyễn Thị Thu Hằng but 'Lê Văn Hùng - Chi cục "
                 "Phát triển nông thôn' closes the text -> Lê Văn Hùng"],
          **at(datetime(2025, 4, 8, 8, 40))),
        A(path="", title="HTX Nông nghiệp Nhơn Hậu đưa máy cấy vào sản xuất",
          body="""
Vụ đông xuân năm nay, HTX Nông nghiệp Nhơn Hậu đầu tư 2 máy cấy để cung ứng dịch vụ cấy lúa cho thành viên.
Chi phí cấy bằng máy thấp hơn cấy tay khoảng 1,2 triệu đồng/ha, lúa phát triển đều và ít sâu bệnh.
HTX dự kiến mở rộng dịch vụ cấy máy lên 150 ha trong vụ hè thu.
""", author=None,
          opts={"mod": "blogs", "by": "htxnhonhau", "uri": "htx-nhon-hau-dua-may-cay-vao-san-xuat", "tags": ["cơ giới hóa"],
                "cat": "Hoạt động", "views": 143, "votes": 1, "rate": 5,
                "comments": [("vanloi", "Số liệu các HTX năm 2024 anh em xem thêm ở {{alias}} nhé.")]},
          notes=["blog post from a cooperative's own account (a 'space': HTX Nông nghiệp Nhơn Hậu), no byline: author "
                 "null; a comment under it links the table post by its non-permalink address"],
          **at(datetime(2025, 3, 27, 15, 10))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Cát Hiệp",
          body="""
Tối 14/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Cát Hiệp (huyện Phù Cát).
HTX hiện cung ứng dịch vụ làm đất, bơm nước và tiêu thụ lúa giống cho 1.300 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay ưu đãi để đầu tư kho chứa lúa giống.
""", author=None,
          opts={"mod": "news", "by": "LienMinhHTXBinhDinh", "tags": ["làm việc"], "cat": "Hoạt động", "views": 119,
                "votes": 0, "rate": 0, "comments": []},
          notes=["news posted at 00:20 on 15 March about the evening before ('Tối 14/3'): PHP in UTC prints '14/03/2025' in "
                 "the info box and the lists; the news RSS <pubDate> '2025-03-14T17:20:00+0000' (ISO 8601) is the only "
                 "source of the true day, 15 March; the alliance's own profile: no author"],
          date=datetime(2025, 3, 15, 0, 20), published=iso(datetime(2025, 3, 15), with_time=False),
          published_source="listing", evidence=["listing"]),
        A(path="", title="HTX Thủy sản Đề Gi nâng cao giá trị nước mắm truyền thống",
          body="""
HTX Thủy sản Đề Gi (huyện Phù Cát) hiện sản xuất khoảng 300.000 lít nước mắm truyền thống mỗi năm.
Sản phẩm nước mắm Đề Gi đã đạt chứng nhận OCOP 4 sao và có mặt tại nhiều siêu thị ở TP Hồ Chí Minh.
HTX đang đầu tư hệ thống bể chượp mới để nâng công suất lên 450.000 lít/năm.
""", byline="Theo Báo Bình Định", author=None,
          opts={"mod": "news", "by": "admin", "tags": ["OCOP", "thủy sản"], "cat": "Tin HTX", "views": 297, "votes": 4,
                "rate": 4.8, "comments": []},
          notes=["News module, owner admin, 'Theo Báo Bình Định' closes the text: a reprint, no author"],
          **at(datetime(2025, 2, 19, 10, 30))),
        A(path="", title="Tổng kết hoạt động năm 2024 của HTX Nông nghiệp Phước Sơn",
          body="""
Ngày 27/12, HTX Nông nghiệp Phước Sơn (huyện Tuy Phước) tổ chức đại hội thành viên thường niên, tổng kết hoạt động năm 2024.
[img phuoc-son-2024.png] Quang cảnh đại hội thành viên
Năm 2024, HTX đạt doanh thu 6,8 tỷ đồng, lãi 540 triệu đồng, chia lãi cho thành viên theo mức độ sử dụng dịch vụ.
""", byline="Tin, ảnh: Phạm Ngọc Anh", author="Phạm Ngọc Anh",
          opts={"mod": "blogs", "by": "ngocanh_pc", "uri": "tong-ket-hoat-dong-2024-htx-phuoc-son", "tags": [],
                "cat": "Hoạt động", "views": 92, "votes": 0, "rate": 0, "comments": []},
          notes=["the oldest blog post: only on /blogs/all_posts/3/2 (3 a page); its owner Phạm Ngọc Anh has no other "
                 "post (her blog and profile are linked only from it); no tag; 'Tin, ảnh: Phạm Ngọc Anh' -> author"],
          **at(datetime(2024, 12, 28, 15, 0))),
    ]


def text_html(a: RichArticle) -> str:
    out = []
    folder = "/media/app/tinymce/images"
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="width: 100%; border-collapse: collapse;" border="1">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n" + "".join(
                           "<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{{{{base}}}}{folder}/{b.src}" alt="" width="600" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{{{{base}}}}{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-dinh", f"{NAME} (Dolphin 7)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/m/news/act_rss/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    ids = {"news": 40, "articles": 20, "blogs": 150}
    for a in reversed(arts):
        mod = a.opts["mod"]
        ids[mod] += 3
        a.opts["id"] = ids[mod]
        a.path = (f"/blogs/entry/{a.opts['uri']}" if mod == "blogs" else f"/m/{mod}/view/{uri_filter(a.title)}")
    blogs = [a for a in arts if a.opts["mod"] == "blogs"]
    news = [a for a in arts if a.opts["mod"] == "news"]
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    photo = next(a for a in arts if a.title.startswith("Ảnh:"))
    nonperma = f"/modules/boonex/blogs/blogs.php?action=show_member_post&post_id={table.opts['id']}"
    oldest = blogs[-1]
    hidden = {oldest.opts["by"]}
    cmt_id = 300

    def mlink(nick: str) -> str:
        return f"{{{{base}}}}/{nick}"

    def thumb(nick: str) -> str:
        mid, name, _ = MEMBERS[nick]
        return (f'<div class="thumbnail_block" style="float:none;"><div class="thumbnail_image"><a href="{mlink(nick)}" '
                f'title="{attr(name)}"><img src="{{{{base}}}}/modules/boonex/avatar/data/favourite/{mid}.png" alt="{attr(name)}" '
                f'class="thumbnail_image_file bx-def-shadow bx-def-round-corners" /></a></div><div class="thumb_username '
                f'bx-def-margin-sec-top"><a href="{mlink(nick)}">{esc(name)}</a></div></div>')

    def box(title: str, content: str, css: str = "") -> str:
        return (f'<div class="disignBoxFirst bx-def-margin-top bx-def-border {css}">\n\t<div class="boxFirstHeader '
                f'bx-def-bh-margin">\n        <div class="dbTitle">{title}</div>\n        <div class="clear_both"></div>\n'
                f'    </div>\n\t<div class="boxContent">{content}</div>\n</div>')

    def layout(title: str, main: str, side: str, crumbs: list[tuple[str, str]], desc: str = "", keywords: str = "",
               rss: str = "") -> str:
        top = "".join(f'<td class="top"><a href="{{{{base}}}}{href}" class="top_link"><span class="down bx-def-padding-sec-'
                      f'leftright">{n}</span></a></td>' for n, href in [
                          ("Trang chủ", "/"), ("Tin tức", "/m/news/home/"), ("Bài viết", "/m/articles/home/"),
                          ("Blog", "/blogs/all_posts/"), ("Nhóm", f"/m/groups/view/{uri_filter('HTX OCOP Bình Định')}")])
        bc = " &gt; ".join(f'<a href="{{{{base}}}}{href}">{esc(n)}</a>' if href else f"<span>{esc(n)}</span>"
                           for n, href in [("Trang chủ", "/"), *crumbs])
        alt = f'\n\t<link rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base}}}}{rss}" />' if rss else ""
        return f"""<!DOCTYPE html>
<html dir="LTR">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=Edge" />
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
\t<title>{esc(title)}</title>
\t<base href="{{{{base}}}}/" />
\t<meta name="description" content="{attr(desc)}" />
\t<meta name="keywords" content="{attr(keywords)}" />
\t<meta http-equiv="Content-Style-Type" content="text/css" />{alt}
\t<link href="{{{{base}}}}/templates/base/css/common.css" rel="stylesheet" type="text/css" />
\t<link href="{{{{base}}}}/templates/tmpl_evo/css/general.css" rel="stylesheet" type="text/css" />
\t<script language="javascript" type="text/javascript" src="{{{{base}}}}/plugins/jquery/jquery.js"></script>
\t<script language="javascript" type="text/javascript" src="{{{{base}}}}/inc/js/functions.js"></script>
    <script type="text/javascript" language="javascript">
\t\tvar site_url = '{{{{base}}}}/';
\t</script>
</head>
<body  class="bx-def-font">
    <div id="notification_window" class="notifi_window"></div>
\t<div id="FloatDesc" style="position:absolute;display:none;z-index:100;"></div>
<div class="sys_root">
    <noscript>
        <div class="sys_no_js bx-def-padding-topbottom bx-def-font-large"><b>Trình duyệt của bạn đã tắt JavaScript.</b></div>
    </noscript>
    <div class="sys_main_logo" style="min-width:1140px;">
\t\t<div class="sys_ml" style="width:1140px;">
            <div class="sys_ml_wrapper bx-def-padding-sec">
                <div class="sys_search"><form action="{{{{base}}}}/searchKeyword.php" method="get" name="SearchForm"><input type="text" name="keyword" class="bx-def-font" placeholder="Tìm kiếm..." /></form></div>
    \t\t\t<a href="{{{{base}}}}/" class="mainLogo"><img src="{{{{base}}}}/media/images/logo_lmhtx_bd.png" class="mainLogo" alt="{attr(NAME)}" /></a>
    \t\t\t<div class="sys_service_menu"><a href="{{{{base}}}}/member.php" class="sys-sm-link">Đăng nhập</a> <a href="{{{{base}}}}/join.php" class="sys-sm-link">Tham gia</a></div>
            </div>
\t\t</div>
\t</div>
    <div class="sys_top_menu"><table class="topMenu" cellpadding="0" cellspacing="0"><tr>{top}</tr></table></div>
\t<div class="sys_main_content" style="width:1140px;">
        <div class="sys_mc_wrapper bx-def-margin-sec-leftright">
            <div class="sys_mc clearfix">
<div class="sys_page clearfix">
\t<div class="page_column page_column_first" id="page_column_1" style="width: 71.9%;">
        <div class="page_block_container bx-def-margin-sec-leftright">{main}</div>
\t</div>
\t<div class="page_column page_column_last" id="page_column_2" style="width: 28.1%;">
        <div class="page_block_container bx-def-margin-sec-leftright">{side}</div>
\t</div>
</div>
                <div class="clear_both"></div>
            </div>
        </div>
\t</div>
\t<div class="sys_footer" style="min-width:1140px;">
\t    <div class="sys_breadcrumb bx-def-margin-top" style="width:1140px;">
\t       <div class="sys_bc_wrapper bx-def-margin-sec-leftright bx-def-border">
\t            <div class="sys_bc_unit">{bc}</div>
\t            <div class="clear_both">&nbsp;</div>
\t        </div>
\t    </div>
\t\t<div class="sys_copyright bx-def-margin-top" style="width: 1140px">
\t        <div class="sys_cr_wrapper bx-def-margin-sec-leftright bx-def-border">
\t            <div class="sys_cr bx-def-margin-leftright">
\t        \t\t<div class="bottomLinks bx-def-margin-sec-right"><a href="{{{{base}}}}/about_us.php">Về chúng tôi</a> <a href="{{{{base}}}}/privacy.php">Quyền riêng tư</a> <a href="{{{{base}}}}/terms_of_use.php">Điều khoản sử dụng</a> <a href="{{{{base}}}}/contact.php">Liên hệ</a></div>
\t        \t\t<div class="bottomCpr">{COPY}<br />{esc(ADDRESS)}</div>
\t        \t\t<div class="clear_both"></div>
\t            </div>
\t        </div>
\t\t</div>
\t    <div class="boonex_footers"><a href="{{{{base:offsite}}}}/boonex/" class="bx-def-font-grayed">Powered by Dolphin</a></div>
\t</div>
</div>
</body>
</html>
"""

    def base(path: str) -> str:
        return "{{base}}" + path

    def info_box(a: RichArticle) -> str:
        d = a.date - UTC
        if a.opts["mod"] == "blogs":
            tags = ", ".join(f'<a href="{base("/blogs/tag/" + t)}" title="{attr(t)}" rel="nofollow">{esc(t)}</a>'
                             for t in a.opts["tags"])
            cat_href = base(f"/blogs/posts/{a.opts['by']}/category/{uri_filter(a.opts['cat'])}")
            cat = f'<a href="{cat_href}" rel="nofollow">{esc(a.opts["cat"])}</a>'
            return (f'<div class="bx_sys_block_info">\n    <div class="infoMain">\n        {thumb(a.opts["by"])}\n        <div '
                    f'class="infoText bx-def-margin-sec-top">\n            <div class="infoUnit infoUnitFontIcon">\n                '
                    f'<i class="sys-icon clock-o"></i>\n                {d:%d/%m/%Y} ({ago(a.date, False)})\n            </div>\n'
                    f'            <div class="infoUnit infoUnitFontIcon">\n                <i class="sys-icon folder"></i>\n'
                    f'                {cat}\n            </div>\n            <div class="infoUnit infoUnitFontIcon">\n'
                    f'                <i class="sys-icon tags"></i>\n                {tags}\n            </div>\n        </div>\n'
                    f'        <div class="clear_both"></div>\n    </div>\n</div>')
        mod = a.opts["mod"]
        tags = ", ".join(f'<a href="{base(f"/m/{mod}/tag/{t}")}">{esc(t)}</a>' for t in a.opts["tags"])
        return (f'<div class="bx-text-entry-info">\n    <div class="bx-text-ei-main">\n        {thumb(a.opts["by"])}\n'
                f'        <div class="bx-text-ei-text bx-def-margin-sec-top">\n            <div class="bx-text-ei-unit">\n'
                f'                <i class="sys-icon clock-o"></i> {d:%d/%m/%Y}\n            </div>\n\t\t\t<div class="bx-text-ei-unit">'
                f'\n\t\t\t    <i class="sys-icon folder"></i> <a href="{base(f"/m/{mod}/home/")}">{esc(a.opts["cat"])}</a>\n\t\t\t</div>\n'
                f'\t\t\t<div class="bx-text-ei-unit">\n\t\t\t    <i class="sys-icon tags"></i> {tags}\n            </div>\n        </div>\n'
                f"    </div>\n</div>")

    def actions(a: RichArticle) -> str:
        items = [("share", "Chia sẻ"), ("report", "Báo cáo"), ("fave", "Thêm vào yêu thích")]
        return '<div class="sys_action_links bx-def-bc-padding">' + "".join(
            f'<div class="actionItem"><a href="javascript:void(0)" onclick="showPopupAnyHtml(\'{a.opts["mod"]}/{k}/{a.opts["id"]}\'); '
            f'return false;" class="sys-action-link"><i class="sys-icon {k}"></i>{n}</a></div>' for k, n in items) + "</div>"

    def rating(a: RichArticle) -> str:
        stars = "".join(f'<a href="javascript:void(0)" class="votes_button" title="{i}"><i class="sys-icon star'
                        f'{"" if i <= round(a.opts["rate"]) else "-o"}"></i></a>' for i in range(1, 6))
        return (f'<div class="votes_big bx-def-bc-padding"><div class="votes_slider">{stars}</div><span class="votes_count '
                f'bx-def-font-grayed">{a.opts["votes"]} lượt bình chọn</span></div>')

    def cmts(a: RichArticle) -> str:
        nonlocal cmt_id
        lis = ""
        for i, (nick, text) in enumerate(a.opts["comments"]):
            cmt_id += 1
            when = a.date + timedelta(hours=5 + 7 * i)
            shown = esc(text).replace("{{alias}}", f'<a href="{base(nonperma)}">{base(nonperma)}</a>')
            lis += (f'<div class="cmt" id="cmt{cmt_id}"><div class="cmt-cont"><div class="cmt-head"><a href="{mlink(nick)}" '
                    f'class="cmt-author">{esc(MEMBERS[nick][1])}</a> <span class="cmt-time bx-def-font-grayed">'
                    f'{ago(when)}</span></div><div class="cmt-body">{shown}</div></div></div>')
        return (f'<div class="cmts bx-def-bc-padding" id="cmts-box-bx_{a.opts["mod"]}-{a.opts["id"]}"><div class="cmts-list">'
                f'{lis}</div><div class="cmt-post-reply-ifnotlogged bx-def-font-grayed"><a href="{base("/member.php")}">'
                f"Đăng nhập để bình luận</a></div></div>")

    comment_strings = []
    for a in arts:
        body = text_html(a)
        if a.opts["mod"] == "blogs":
            main = box(esc(a.title), f'<div class="blogs-view bx-def-bc-padding"><div class="blog_text bx-def-font-large">{body}'
                                     "</div></div>") + box("Bình luận", cmts(a))
            crumbs = [("Blog", "/blogs/all_posts/"), (MEMBERS[a.opts["by"]][1], f"/blogs/posts/{a.opts['by']}"), (a.title, "")]
        else:
            main = (box(esc(a.title), f'<div class="{a.opts["mod"]}-view"><div class="bx-text-view bx-def-bc-padding">{body}'
                                      "</div></div>") + box("Bình luận", cmts(a)))
            label = "Tin tức" if a.opts["mod"] == "news" else "Bài viết"
            crumbs = [(label, f"/m/{a.opts['mod']}/home/"), (a.title, "")]
        side = (box("Thông tin", info_box(a)) + box("Hành động", actions(a)) + box("Đánh giá", rating(a))
                + box("Chia sẻ", '<div class="sys_share_buttons bx-def-bc-padding"><a href="javascript:void(0)" class="'
                                 'share-fb">Facebook</a> <a href="javascript:void(0)" class="share-tw">Twitter</a></div>'))
        page = layout(f"{a.title} | {NAME}", main, side, crumbs, desc=inline_text(a.summary()), keywords=",".join(a.opts["tags"]))
        site.page(a.path, page)
        comment_strings += [t for _, t in a.opts["comments"] if "{{alias}}" not in t]
        if a is photo:
            site.same_page(a.path + "/", a.path)
            a.aliases.append(a.path + "/")
        if a is table:
            site.same_page(nonperma, a.path)
            a.aliases.append(nonperma)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BINH DINH", "THONG BAO SO 14/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_strings + sorted({f"{a.opts['votes']} lượt bình chọn" for a in arts})
    site.trap("no <h1>: the title is the first design box's div.dbTitle; the text in div.blog_text (blogs) or "
              "div.bx-text-view (news, articles) beside the boxes 'Thông tin' (owner, date '(cách đây N ngày)', "
              "category, tags), 'Hành động', 'Đánh giá', 'Chia sẻ' and the comments", photo.path)

    # -- lists ----------------------------------------------------------------------------------------
    def blog_unit(a: RichArticle, by: bool = True) -> str:
        by_html = (f'Đăng bởi <a href="{mlink(a.opts["by"])}">{esc(MEMBERS[a.opts["by"]][1])}</a>\n            <span '
                   'class="sys-bullet"></span>\n' if by else "")
        first = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return (f'\n<hr class="blog_unit_hr bx-def-hr bx-def-margin-sec-top bx-def-margin-sec-bottom" />\n<div class="blog_unit">'
                f'\n\t<div class="unit_info">\n\t\t<div class="unit_title bx-def-font-h2">\n\t\t\t<a href="{base(a.path)}" '
                f'title="{attr(a.title)}">{esc(a.title)}</a>\n\t\t</div>\n\t\t<div class="blog_text bx-def-font-large '
                f'bx-def-margin-sec-top">{esc(first)}</div>\n        <div class="unit_date bx-def-margin-sec-top">\n            '
                f'{by_html}            <span class="unit_date bx-def-font-small bx-def-font-grayed">\n                <span>'
                f'{ago(a.date)}</span>\n            </span>\n            <span class="sys-bullet"></span>\n            <span '
                f'class="unit_comments bx-def-font-small bx-def-font-grayed"><i class="sys-icon comments"></i> '
                f'{len(a.opts["comments"])}</span>\n            <span class="sys-bullet"></span>\n            <span class='
                f'"unit_comments bx-def-font-small bx-def-font-grayed"><i class="sys-icon eye"></i> {a.opts["views"]}</span>\n'
                f"        </div>\n\t</div>\n</div>\n")

    def text_item(a: RichArticle) -> str:
        mod = a.opts["mod"]
        first = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return (f'<div class="{mod}-entry-divider bx-def-hr bx-def-margin-sec-topbottom"></div>\n<div id="{mod}{a.opts["id"]}" '
                f'class="{mod}-entry">\n    <div class="{mod}-info">\n        <div class="{mod}-caption bx-def-font-h2">\n'
                f'            <a class="{mod}-caption bx-def-font-h2" href="{base(a.path)}">{esc(a.title)}</a>\n        </div>\n'
                f'        <div class="{mod}-text {mod}-text-snippet bx-def-font-large bx-def-margin-sec-top">{esc(first)}</div>\n'
                f'        <div class="{mod}-date bx-def-margin-sec-top">\n            <span class="bx-def-font-small '
                f'bx-def-font-grayed">{ago(a.date)}</span>\n        </div>\n    </div>\n</div>')

    def members_box() -> str:
        return "".join(thumb(n) for n in MEMBERS if n not in hidden and n != "admin")

    def side_default() -> str:
        return box("Thành viên", f'<div class="bx-def-bc-padding">{members_box()}</div>') + box(
            "Đăng nhập", f'<form action="{base("/member.php")}" method="post" class="bx-def-bc-padding"><input type="text" '
                        'name="ID" /><input type="password" name="Password" /><input type="submit" value="Đăng nhập" /></form>')

    def simple(path: str, title: str, main: str, crumbs: list[tuple[str, str]], rss: str = "") -> None:
        site.page(path, layout(f"{title} | {NAME}", box(esc(title), main), side_default(), crumbs, rss=rss))
        site.non_articles.append(path)

    pages = [blogs[i:i + PER] for i in range(0, len(blogs), PER)]
    for n, chunk in enumerate(pages, 1):
        path = "/blogs/all_posts/" if n == 1 else f"/blogs/all_posts/{PER}/{n}"
        pager = '<div class="paginate bx-def-padding-left bx-def-padding-right"><div class="pages_section">' + "".join(
            f'<div class="paginate_page{" active" if k == n else ""}"><a href="{base(f"/blogs/all_posts/{PER}/{k}")}">{k}</a></div>'
            for k in range(1, len(pages) + 1)) + "</div></div>"
        simple(path, "Tất cả bài blog", '<div class="blogs-view bx-def-bc-padding">' + "".join(blog_unit(a) for a in chunk)
               + "</div>" + pager, [("Blog", "/blogs/all_posts/")])
    site.same_page(f"/blogs/all_posts/{PER}/1", "/blogs/all_posts/")
    site.non_articles.append(f"/blogs/all_posts/{PER}/1")
    site.trap("blog lists /blogs/all_posts/ (= /blogs/all_posts/3/1; 3 a page: title, first paragraph, 'Đăng bởi', the "
              "age or the UTC date, comments, views) and /blogs/all_posts/3/2", f"/blogs/all_posts/{PER}/2")
    for nick in sorted({a.opts["by"] for a in blogs}):
        own = [a for a in blogs if a.opts["by"] == nick]
        simple(f"/blogs/posts/{nick}", f"Blog của {MEMBERS[nick][1]}", '<div class="blogs-view bx-def-bc-padding">'
               + "".join(blog_unit(a, False) for a in own) + "</div>", [("Blog", "/blogs/all_posts/"), (MEMBERS[nick][1], "")],
               rss=f"/rss_factory.php?action=blogs&pid={MEMBERS[nick][0]}")
        for cat in sorted({a.opts["cat"] for a in own}):
            simple(f"/blogs/posts/{nick}/category/{uri_filter(cat)}", f"{cat} - Blog của {MEMBERS[nick][1]}",
                   "".join(blog_unit(a, False) for a in own if a.opts["cat"] == cat), [("Blog", "/blogs/all_posts/")])
        items = "".join(
            f"<item><title><![CDATA[{a.title}]]></title><link><![CDATA[{{{{base}}}}{a.path}]]></link><guid><![CDATA["
            f"{{{{base}}}}{a.path}]]></guid><description><![CDATA[<p>{inline_text(next(b.text for b in a.blocks if b.kind == 'p'))}"
            f"</p>]]></description><pubDate>{a.date - UTC:%Y-%m-%dT%H:%M:%S}+0000</pubDate></item>" for a in own)
        site.page(f"/rss_factory.php?action=blogs&pid={MEMBERS[nick][0]}",
                  f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Blog của {esc(MEMBERS[nick][1])}'
                  f"</title><link><![CDATA[{{{{base}}}}/rss_factory.php?action=blogs&amp;pid={MEMBERS[nick][0]}]]></link>"
                  f"<description>Blog của {esc(MEMBERS[nick][1])}</description><lastBuildDate>{own[0].date - UTC:%Y-%m-%dT%H:%M:%S}"
                  f"+0000</lastBuildDate>{items}</channel></rss>", content_type="application/rss+xml; charset=utf-8")
    site.trap("a member's blog /blogs/posts/<nick> (its RSS /rss_factory.php?action=blogs&pid=N, pubDate ISO 8601 "
              "'+0000'), its categories /blogs/posts/<nick>/category/<cat>: lists", "/blogs/posts/quocbao")
    for t in sorted({t for a in blogs for t in a.opts["tags"]}):
        simple(f"/blogs/tag/{t}", f"Thẻ: {t}", "".join(blog_unit(a) for a in blogs if t in a.opts["tags"]),
               [("Blog", "/blogs/all_posts/")])
    for mod, label in [("news", "Tin tức"), ("articles", "Bài viết")]:
        items = [a for a in arts if a.opts["mod"] == mod]
        view = f'<div class="{mod}-view">' + "".join(text_item(a) for a in items) + "</div>"
        simple(f"/m/{mod}/home/", label, view, [(label, "")], rss="/m/news/act_rss/" if mod == "news" else "")
        if mod == "news":
            simple("/m/news/archive/", "Lưu trữ tin tức", view.replace(
                '<span class="bx-def-font-small bx-def-font-grayed">', '<span class="bx-def-font-small bx-def-font-grayed" '
                'data-archive="1">'), [(label, "/m/news/home/"), ("Lưu trữ", "")])
        for t in sorted({t for a in items for t in a.opts["tags"]}):
            simple(f"/m/{mod}/tag/{t}", f"{label} - thẻ: {t}", "".join(text_item(a) for a in items if t in a.opts["tags"]),
                   [(label, f"/m/{mod}/home/")])
    site.trap("News /m/news/home/, /m/news/archive/, Articles /m/articles/home/ and their tag lists: the age for two "
              "weeks, then the UTC date ('14/03/2025' for the post of 00:20 on 15 March)", "/m/news/archive/")
    news_items = "".join(
        f"<item><title><![CDATA[{a.title}]]></title><link><![CDATA[{{{{base}}}}{a.path}]]></link><guid><![CDATA["
        f"{{{{base}}}}{a.path}]]></guid><description><![CDATA[<p>{inline_text(next(b.text for b in a.blocks if b.kind == 'p'))}"
        f"</p>]]></description><pubDate>{a.date - UTC:%Y-%m-%dT%H:%M:%S}+0000</pubDate></item>" for a in news)
    site.page("/m/news/act_rss/", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức</title>'
              f"<link><![CDATA[{{{{base}}}}/m/news/act_rss/]]></link><description>Tin tức</description><lastBuildDate>"
              f"{news[0].date - UTC:%Y-%m-%dT%H:%M:%S}+0000</lastBuildDate>{news_items}</channel></rss>",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("the news RSS /m/news/act_rss/ (BxDolRssFactory): <pubDate> is bx_time_utc, ISO 8601 with '+0000' "
              "('2025-03-14T17:20:00+0000' is 15 March 00:20 in Vietnam)", "/m/news/act_rss/")

    # -- members, group, home, pages -----------------------------------------------------------------------
    for nick, (mid, name, _) in MEMBERS.items():
        own = [a for a in blogs if a.opts["by"] == nick]
        blog_link = (f'<p><a href="{base(f"/blogs/posts/{nick}")}">Blog của {esc(name)}</a></p>' if own else "")
        simple(f"/{nick}", name, f'<div class="bx-def-bc-padding">{thumb(nick)}<p>Thành viên từ 2023</p>{blog_link}</div>',
               [(name, "")])
    site.trap("member profiles /<nick> (people, the admin, the alliance's profile, a cooperative's profile): not articles",
              "/htxnhonhau")
    group = f"/m/groups/view/{uri_filter('HTX OCOP Bình Định')}"
    simple(group, "HTX OCOP Bình Định", '<div class="bx-def-bc-padding"><p>Nhóm dành cho các HTX có sản phẩm OCOP trên địa '
           'bàn tỉnh trao đổi kinh nghiệm xây dựng, quảng bá sản phẩm.</p><p>Thành viên: 46</p>' + members_box() + "</div>",
           [("Nhóm", "")])
    site.trap("the group ('space') /m/groups/view/HTX-OCOP-Bình-Định: its description and members, not an article", group)
    home_news = "".join(text_item(a) for a in news[:3])
    home_blogs = "".join(blog_unit(a) for a in blogs[:3])
    home_main = (box("Tin tức", f'<div class="news-view">{home_news}</div><div class="bx-def-bc-padding"><a href="'
                                f'{base("/m/news/home/")}">Xem tất cả</a></div>')
                 + box("Bài viết blog mới", f'<div class="blogs-view bx-def-bc-padding">{home_blogs}</div>'))
    home_side = side_default() + box("Thống kê", '<div class="bx-def-bc-padding"><div>Thành viên: 1.245</div><div>Bài blog: '
                                                  '318</div><div>Tin tức: 127</div></div>')
    site.page("/", layout(NAME, home_main, home_side, []))
    site.same_page("/index.php", "/")
    site.non_articles += ["/", "/index.php"]
    site.trap("home: the News block (3, ages) and 'Bài viết blog mới' (3 units: 'Đăng bởi <owner>', 'cách đây 9 ngày'), "
              "members, login, statistics", "/")
    for path, title, text in [("/about_us.php", "Về chúng tôi", "Mạng xã hội của các HTX tỉnh Bình Định."),
                              ("/privacy.php", "Quyền riêng tư", "Chính sách quyền riêng tư."),
                              ("/terms_of_use.php", "Điều khoản sử dụng", "Điều khoản sử dụng mạng xã hội."),
                              ("/contact.php", "Liên hệ", "Gửi thư cho quản trị mạng xã hội.")]:
        simple(path, title, f'<div class="bx-def-bc-padding"><p>{text}</p></div>', [(title, "")])
    for path, title in [("/member.php", "Đăng nhập"), ("/join.php", "Tham gia")]:
        site.page(path, layout(f"{title} | {NAME}", box(title, '<form method="post"><input type="text" name="ID" /></form>'),
                               "", [(title, "")]))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /administration/\nDisallow: /member.php\nDisallow: /join.php\n"
                "Disallow: /forgot.php\nDisallow: /searchKeyword.php\nDisallow: /cache/\nDisallow: /tmp/\n")
    site.trap("robots.txt disallows /member.php ('Đăng nhập', the login box) and /join.php ('Tham gia'): never fetched",
              "/member.php")
    return site
