"""Site `nhipsong-htxtiengiang` (registry family `generic`): "Nhịp sống HTX Tiền Giang", the blog the Tiền Giang
cooperative alliance's office runs on **Habari 0.9** (the PHP blog engine) with a copy of its **K2** theme (the office
translated the theme's labels; the "Monthly Archives" and "Related Posts" plugins; the options "pagination" 5,
dateformat `d/m/Y`, timeformat `H:i`, and the timezone left at the installer's `UTC`; the copy is of 20 June 2024).
Written as a held-out test: no family module, no selectors.

URL shapes (Habari's rewrite rules): a post `/<slug>` at the root, the slug made by `Utils::slugify` from the title:
`\\p{Po}` punctuation dropped ("15/TB" -> "15tb", "Ảnh:" -> "ảnh"), every other run of non-letters a hyphen, lower case,
and the Vietnamese letters KEPT (the links carry them raw, the server sees them percent-encoded); two slugs the staff
typed in ASCII; pages `/gioi-thieu`, `/lien-he` (the same shape, no date); the home `/` and `/page/2` (`/page/1` is
the home again); tags `/tag/<tag-slug>` (Vietnamese too: `/tag/trái-cây`); month archives `/<yyyy>/<mm>` (the
sidebar's "Lưu trữ" lists the last five months); the Atom feed `/atom/1` and `/atom/1/page/2` (`<link rel="next">`),
the comments feed `/atom/comments`, a post's `/<slug>/atom/comments`; the AtomPub service document `/atom` and `/rsd`
(the head's `rel="edit"` and `EditURI`); `/admin` (302 to `/auth/login`): robots.txt disallows both.

Why it is hard: the page's only `<h1>` is the blog's name; the post's title is `h3.entry-title` in
`div.entry-head` with the hAtom meta line under it (`abbr.published` whose `title` is the ISO time, the comment
count, the author, the tags); the text is `div.entry-content` (the textarea's HTML through autop: `<p>`, `<h3>`,
lists, a table with `<th>`, a photo and its caption in one `<p>` split by `<br />`), followed by "Bài liên quan" and
the comments (`ol#commentlist`, gravatars, other people's words: never text). Every time is UTC: the post of 00:20
on 1 May (Vietnam) prints "30/04/2024 17:20", `title="2024-04-30T17:20:00+00:00"`, and sits in the April archive
`/2024/04`; the feed says the same. The author line is the Habari user: "admin" and the office account are no
author, a staff member is; a closing byline wins; a reprint ("Theo Báo Ấp Bắc") has none. The home lists 5 posts
with the first paragraph and "Đọc tiếp »"; the oldest post (no tags, a month the sidebar no longer lists) is only on
`/page/2` and in `/atom/1/page/2`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "nhipsong-htxtiengiang"
NAME = "Nhịp sống HTX Tiền Giang"
TAGLINE = "Tin tức, ghi chép về kinh tế tập thể tỉnh Tiền Giang"
UTC = timedelta(hours=7)
PER = 5
NOW = datetime(2024, 6, 20, 10, 0)
THEME = "/user/themes/k2-htxtg"
USERS = {"admin": "admin", "vanphong": "Văn phòng Liên minh HTX", "hongnhung": "Lê Thị Hồng Nhung",
         "minhtri": "Nguyễn Minh Trí"}
ABOUT = "Trang ghi chép của Văn phòng Liên minh Hợp tác xã tỉnh Tiền Giang về hoạt động của các HTX, THT trong tỉnh."
FOOTER = f"{NAME} được vận hành bởi"
ADDRESS = "Liên minh HTX tỉnh Tiền Giang - 35 Lê Lợi, phường 1, TP Mỹ Tho - ĐT: 0273.3872.516"
FURN = [TAGLINE, ABOUT, FOOTER, ADDRESS, "Bài viết (Atom)", "Bình luận (Atom)", "Bài mới", "Bình luận mới", "Lưu trữ",
        "Bài liên quan", "Để lại bình luận", "Đăng nhập", "Nguồn tin cho bài này"]
MONTHS_SHOWN = 5


def slugify(title: str) -> str:
    """Habari's Utils::slugify: drop \\p{Po}, runs of anything but letters, digits and '_' to '-', lower case."""
    t = "".join(c for c in title if unicodedata.category(c) != "Po")
    t = re.sub(r"[^\w]+", "-", t).lower()
    return t.rstrip("-")


def enc(slug_path: str) -> str:
    return quote(slug_path, safe="/")


def u(d: datetime) -> datetime:
    return d - UTC


def shown(d: datetime) -> str:
    return f"{u(d):%d/%m/%Y %H:%M}"


def isoz(d: datetime) -> str:
    return f"{u(d):%Y-%m-%dT%H:%M:%S}+00:00"


def h(text: str, n: int = 10) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc đăng ký tham gia Tuần lễ sản phẩm OCOP Tiền Giang năm 2024",
          body="""
LIÊN MINH HTX TỈNH TIỀN GIANG
Số: 15/TB-LMHTX
Tiền Giang, ngày 07 tháng 6 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Tuần lễ sản phẩm OCOP Tiền Giang năm 2024
Tuần lễ sản phẩm OCOP Tiền Giang năm 2024 diễn ra từ ngày 12/7 đến ngày 18/7/2024 tại Quảng trường Trung tâm TP Mỹ Tho.
Liên minh HTX tỉnh hỗ trợ 20 gian hàng cho các HTX có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 28/6/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Văn Hiền
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/user/files/TB-15-LMHTX-2024.pdf", "text": "TB-15-LMHTX-2024.pdf"}],
          opts={"by": "vanphong", "tags": ["OCOP", "hội chợ"],
                "comments": [("HTX Xoài cát Hòa Lộc", "Nhờ Văn phòng gửi giúp mẫu phiếu đăng ký bản Word ạ.")]},
          notes=["notice 'Số: 15/TB-LMHTX' dated 07/6 in its text, posted 10/06 09:15 in Vietnam: the page prints "
                 "'10/06/2024 02:15' (UTC; abbr title '2024-06-10T02:15:00+00:00'); the Habari user is the office "
                 "account: no author; the signer is text; the /user/files/…pdf link in its own paragraph is the "
                 "attachment, not text; a cooperative's comment under it is not text"],
          **at(datetime(2024, 6, 10, 9, 15))),
        A(path="", title="Tình hình phát triển HTX tỉnh Tiền Giang 5 tháng đầu năm 2024",
          body="""
Trong 5 tháng đầu năm 2024, toàn tỉnh thành lập mới 14 HTX, nâng tổng số HTX đang hoạt động lên 238 HTX.
| Lĩnh vực | Số HTX | Thành lập mới | Thành viên (người) |
| Nông nghiệp | 171 | 11 | 25.840 |
| Thủy sản | 18 | 2 | 1.260 |
| Vận tải | 21 | 0 | 1.095 |
| Dịch vụ tổng hợp | 28 | 1 | 2.310 |
Doanh thu bình quân một HTX nông nghiệp ước đạt 4,2 tỷ đồng, tăng 9% so với cùng kỳ năm 2023.
Xem thêm: [[HTX Thanh long Chợ Gạo ký hợp đồng xuất khẩu sang Hàn Quốc|{{alias}}]]
""", author="Lê Thị Hồng Nhung",
          opts={"by": "hongnhung", "tags": ["số liệu"], "comments": []},
          notes=["a table with a <th> header row: one line per row; the Habari user Lê Thị Hồng Nhung (a staff member), "
                 "no byline: she is the author; its last paragraph 'Xem thêm: …' (text) links the Chợ Gạo post as "
                 "/<slug>/ with a trailing slash, raw UTF-8 (Habari's display_entry rule takes it: the same page, an alias)"],
          **at(datetime(2024, 6, 3, 14, 30))),
        A(path="", title="Ảnh: Mùa sầu riêng chín ở HTX Ngũ Hiệp",
          body="""
Cuối tháng 5, các nhà vườn thành viên HTX Ngũ Hiệp (huyện Cai Lậy) bước vào vụ thu hoạch sầu riêng chính.
[img ngu-hiep-1.jpg] Thành viên HTX thu hoạch sầu riêng Ri6 đạt chuẩn xuất khẩu
[img ngu-hiep-2.jpg] Sầu riêng được phân loại, dán mã vùng trồng tại nhà sơ chế
[img ngu-hiep-3.jpg] Thương lái thu mua sầu riêng ngay tại vườn của HTX
Vụ này HTX dự kiến tiêu thụ khoảng 1.200 tấn sầu riêng cho các doanh nghiệp xuất khẩu.
""", byline="Bài và ảnh: Nguyễn Hoàng Phúc", author="Nguyễn Hoàng Phúc",
          opts={"by": "minhtri", "tags": ["trái cây", "xuất khẩu"],
                "comments": [("Trần Văn Út", "Sầu riêng Ngũ Hiệp năm nay trúng mùa, mừng cho bà con!"),
                             ("Lê Minh Tâm", "HTX có bán lẻ cho khách ở TP Hồ Chí Minh không ạ?")]},
          notes=["photo story: each photo and its caption share a <p> (autop's '<br />' between them): the caption is one "
                 "line; Habari user Nguyễn Minh Trí but 'Bài và ảnh: Nguyễn Hoàng Phúc' closes the text -> author; two "
                 "readers' comments with gravatars are not text"],
          **at(datetime(2024, 5, 28, 16, 0))),
        A(path="", title="HTX Thanh long Chợ Gạo ký hợp đồng xuất khẩu sang Hàn Quốc",
          body="""
Sáng 30/4, HTX Thanh long Chợ Gạo đã ký hợp đồng cung ứng 500 tấn thanh long ruột đỏ cho một doanh nghiệp nhập khẩu Hàn Quốc.
Thanh long được trồng theo tiêu chuẩn GlobalGAP trên diện tích 85 ha của 96 hộ thành viên.
HTX cam kết giao hàng theo từng đợt, mỗi tuần từ 10 đến 15 tấn.
""", author="Lê Thị Hồng Nhung",
          opts={"by": "hongnhung", "tags": ["trái cây", "xuất khẩu"],
                "comments": [("Phạm Thanh Sơn", "Chúc mừng HTX Thanh long Chợ Gạo!")]},
          notes=["posted at 00:20 on 1 May (Vietnam) about the morning before: the page prints '30/04/2024 17:20' (UTC, "
                 "abbr title '2024-04-30T17:20:00+00:00'), the post sits in the April archive /2024/04 and the Atom feed "
                 "says the same; published = 2024-05-01 00:20 +07:00; the Habari user Lê Thị Hồng Nhung, no byline: "
                 "author"],
          **at(datetime(2024, 5, 1, 0, 20))),
        A(path="", title="Hướng dẫn HTX chuyển đổi số: bắt đầu từ đâu?",
          body="""
Chuyển đổi số không đòi hỏi HTX phải đầu tư lớn ngay từ đầu, mà nên bắt đầu từ những việc đơn giản, thiết thực.
## Những bước đầu tiên
* Dùng phần mềm kế toán để quản lý thu chi, công nợ với thành viên;
* Lập trang bán hàng trên các sàn thương mại điện tử;
* Gắn mã QR truy xuất nguồn gốc cho sản phẩm chủ lực;
* Cử cán bộ trẻ tham gia lớp tập huấn kỹ năng số của tỉnh.
Liên minh HTX tỉnh sẵn sàng hỗ trợ HTX kết nối với các doanh nghiệp công nghệ có giải pháp phù hợp.
""", byline="Trần Minh Khoa - Sở Thông tin và Truyền thông", author="Trần Minh Khoa",
          opts={"by": "admin", "tags": ["chuyển đổi số"], "comments": [], "ascii": "huong-dan-htx-chuyen-doi-so"},
          notes=["an <h3> heading and a bulleted list; the Habari user 'admin' but 'Trần Minh Khoa - Sở Thông tin và "
                 "Truyền thông' closes the text -> Trần Minh Khoa; its slug typed in ASCII by the staff"],
          **at(datetime(2024, 4, 16, 8, 0))),
        A(path="", title="HTX Vú sữa Lò Rèn Vĩnh Kim tìm đầu ra ổn định",
          body="""
HTX Vú sữa Lò Rèn Vĩnh Kim (huyện Châu Thành) hiện có 72 thành viên với diện tích canh tác 90 ha.
Nhờ liên kết với doanh nghiệp xuất khẩu, giá vú sữa của HTX luôn cao hơn giá thị trường từ 3.000 đến 5.000 đồng/kg.
HTX đang hoàn thiện hồ sơ để sản phẩm vú sữa Lò Rèn được công nhận OCOP 4 sao.
""", byline="Theo Báo Ấp Bắc", author=None,
          opts={"by": "minhtri", "tags": ["trái cây", "OCOP"], "comments": []},
          notes=["'Theo Báo Ấp Bắc' closes the text: a reprint, no author (the Habari user is the poster)"],
          **at(datetime(2024, 3, 20, 10, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Xoài cát Hòa Lộc",
          body="""
Chiều 21/02, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Xoài cát Hòa Lộc (huyện Cái Bè).
HTX hiện có 150 thành viên, diện tích xoài đạt chứng nhận VietGAP 120 ha.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng nhà sơ chế, đóng gói đạt chuẩn xuất khẩu.
""", byline="Nguyễn Thị Kim Thoa", author="Nguyễn Thị Kim Thoa",
          opts={"by": "admin", "tags": ["trái cây"], "comments": []},
          notes=["the Habari user 'admin'; the bare name 'Nguyễn Thị Kim Thoa' closes the text: the author"],
          **at(datetime(2024, 2, 22, 15, 30))),
        A(path="", title="Liên minh HTX tỉnh Tiền Giang tổng kết công tác năm 2023",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Tiền Giang tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.jpg] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 19 HTX, tổ chức 9 lớp tập huấn cho 610 lượt cán bộ HTX.
""", byline="Tin, ảnh: Hồ Thanh Tùng", author="Hồ Thanh Tùng",
          opts={"by": "vanphong", "tags": [], "comments": [], "ascii": "tong-ket-cong-tac-nam-2023"},
          notes=["the oldest post: only on /page/2 (and the feed's /atom/1/page/2); no tags, no comments, and its month "
                 "/2023/12 is no longer in the sidebar's five months; office account, 'Tin, ảnh: Hồ Thanh Tùng' -> author"],
          **at(datetime(2023, 12, 28, 14, 0))),
    ]


ALIAS = {"to": ""}  # the trailing-slash address of the post the table post links (set in build)


def body_html(a: RichArticle, first_only: bool = False) -> str:
    out = []
    blocks = a.blocks[:1] if first_only else a.blocks
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text).replace('{{alias}}', ALIAS['to'])}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="bang" border="1" cellpadding="4">\n<tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr>\n" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</table>")
        elif b.kind == "img":
            src = f"/user/files/{u(a.date):%Y/%m}/{b.src}"
            cap = f"<br />\n<em>{esc(b.text)}</em>" if b.text else ""
            out.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="600" />{cap}</p>')
    if not first_only:
        for x in a.attachments:
            out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tien-giang", f"{NAME} (Habari 0.9)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/atom/1" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    pid = 40
    for a in reversed(arts):
        pid += 3
        a.opts["id"] = pid
        a.opts["slug"] = a.opts.get("ascii") or slugify(a.title)
        a.opts["raw"] = "/" + a.opts["slug"]
        a.path = enc(a.opts["raw"])
    oldest = arts[-1]
    target = next(a for a in arts if "Chợ Gạo" in a.title)
    ALIAS["to"] = "{{base}}" + target.opts["raw"] + "/"
    tagslugs = {t: slugify(t) for a in arts for t in a.opts["tags"]}
    cid = 200
    for a in sorted(arts, key=lambda x: x.date):
        cs = []
        for i, (who, text) in enumerate(a.opts["comments"]):
            cid += 1
            cs.append({"id": cid, "who": who, "text": text, "when": a.date + timedelta(hours=2 + 6 * i, minutes=13)})
        a.opts["cs"] = cs

    def months() -> list[tuple[str, int]]:
        seen: dict[str, int] = {}
        for a in arts:
            k = f"{u(a.date):%Y/%m}"
            seen[k] = seen.get(k, 0) + 1
        return list(seen.items())

    def sidebar() -> str:
        recent = "".join(f'<li><a href="{{{{base}}}}{a.opts["raw"]}">{esc(a.title)}</a></li>' for a in arts[:5])
        allc = sorted(((c, a) for a in arts for c in a.opts["cs"]), key=lambda x: x[0]["when"], reverse=True)[:5]
        recent_c = "".join(f'<li><a href="{{{{base}}}}{a.opts["raw"]}#comment-{c["id"]}">{esc(c["who"])}</a> về '
                           f'<a href="{{{{base}}}}{a.opts["raw"]}">{esc(a.title)}</a></li>' for c, a in allc)
        arch = "".join(f'<li><a href="{{{{base}}}}/{k}" title="Xem các bài trong tháng {k[5:]}/{k[:4]}">Tháng {int(k[5:])} '
                       f'{k[:4]}</a> ({n})</li>' for k, n in months()[:MONTHS_SHOWN])
        tags = "".join(f'<li><a href="{{{{base}}}}/tag/{s}" rel="tag">{esc(t)}</a></li>' for t, s in sorted(tagslugs.items()))
        return (f'<div class="secondary">\n<div id="search"><h2>Tìm kiếm</h2><form method="get" id="searchform" action="'
                f'{{{{base}}}}/search"><div><input type="text" id="s" name="criteria" value="" /><input type="submit" '
                f'id="searchsubmit" value="Tìm" /></div></form></div>\n<div class="sb-about"><h2>Giới thiệu</h2><p>{esc(ABOUT)}'
                f'</p></div>\n<div class="sb-recent"><h2>Bài mới</h2><ul>{recent}</ul></div>\n<div class="sb-comments"><h2>'
                f'Bình luận mới</h2><ul id="recentcomments">{recent_c}</ul></div>\n<div class="sb-archives"><h2>Lưu trữ</h2>'
                f'<ul id="monthly_archives">{arch}</ul></div>\n<div class="sb-tags"><h2>Thẻ</h2><ul class="tagcloud">{tags}'
                '</ul></div>\n<div class="sb-user"><h2>Thành viên</h2><ul><li><a href="{{base}}/admin">Đăng nhập</a></li>'
                "</ul></div>\n</div>")

    def layout(title: str, body_class: str, content: str, head_extra: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="Habari 0.9" />
<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{{{{base}}}}/atom/1" />
<link rel="edit" type="application/atom+xml" title="Atom Publishing Protocol" href="{{{{base}}}}/atom" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{{{{base}}}}/rsd" />{head_extra}
<link rel="stylesheet" type="text/css" media="screen" href="{{{{base}}}}{THEME}/style.css" />
<script type="text/javascript" src="{{{{base}}}}/scripts/jquery.js"></script>
</head>
<body class="{body_class}">
<div id="page">
<div id="header">
<h1><a href="{{{{base}}}}/">{esc(NAME)}</a></h1>
<p class="description">{esc(TAGLINE)}</p>
<ul class="menu">
<li class="current_page_item"><a href="{{{{base}}}}/" title="{attr(NAME)}">Trang chủ</a></li>
<li><a href="{{{{base}}}}/gioi-thieu" title="Giới thiệu">Giới thiệu</a></li>
<li><a href="{{{{base}}}}/lien-he" title="Liên hệ">Liên hệ</a></li>
</ul>
</div>
<hr />
<div class="content">
<div id="primary">
<div id="current-content">
<div id="primarycontent" class="hfeed">
{content}
</div>
</div>
</div>
<hr />
{sidebar()}
<div class="clear"></div>
</div>
<hr />
<p id="footer"><small>{esc(FOOTER)} <a href="{{{{base:offsite}}}}/habariproject/" title="Habari">Habari</a> - giao diện K2</small><br />
<small>{esc(ADDRESS)}</small><br />
<small><a href="{{{{base}}}}/atom/1">Bài viết (Atom)</a> và <a href="{{{{base}}}}/atom/comments">Bình luận (Atom)</a></small></p>
</div>
</body>
</html>
"""

    def meta(a: RichArticle) -> str:
        n = len(a.opts["cs"])
        tags = ""
        if a.opts["tags"]:
            tags = ('<span class="entry-tags">' + ", ".join(
                f'<a href="{{{{base}}}}/tag/{tagslugs[t]}" rel="tag">{esc(t)}</a>' for t in a.opts["tags"]) + "</span>")
        return (f'<small class="entry-meta"><span class="chronodata"><abbr class="published" title="{isoz(a.date)}">'
                f'{shown(a.date)}</abbr></span> <span class="entry-author">bởi {esc(USERS[a.opts["by"]])}</span> '
                f'<span class="commentslink"><a href="{{{{base}}}}{a.opts["raw"]}#comments" title="Bình luận về bài viết '
                f'này">{n} bình luận</a></span> {tags}</small>')

    def entry(a: RichArticle, single: bool) -> str:
        link = "{{base}}" + a.opts["raw"]
        content = body_html(a) if single else (body_html(a, True) + f' <a href="{link}#more" class="more-link" '
                                                                     f'title="{attr(a.title)}">Đọc tiếp »</a>')
        return (f'<div id="post-{a.opts["id"]}" class="publishedpost hentry">\n<div class="entry-head">\n<h3 '
                f'class="entry-title"><a href="{link}" rel="bookmark" title="{attr(a.title)}">{esc(a.title)}</a></h3>\n'
                f'{meta(a)}\n</div>\n<div class="entry-content">\n{content}\n</div>\n</div>')

    def nav(base: str, n: int, total: int) -> str:
        pages = (total + PER - 1) // PER
        if pages < 2:
            return ""
        pre = base.rstrip("/")

        def href(k: int) -> str:
            return "{{base}}" + f"{pre}/page/{k}"
        sel = " ".join(f'<span class="current-page">{k}</span>' if k == n + 1 else
                       f'<a href="{href(k)}" class="page-selector">{k}</a>' for k in range(1, pages + 1))
        prev = f'<a href="{href(n)}" class="prev-page">« Bài mới hơn</a>' if n else ""
        nxt = f'<a href="{href(n + 2)}" class="next-page">Bài cũ hơn »</a>' if n < pages - 1 else ""
        return f'<div class="navigation">{prev} {sel} {nxt}</div>'

    def multiple(base: str, title: str, items: list[RichArticle], heading: str = "") -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(pages):
            chunk = items[n * PER:(n + 1) * PER]
            head = f'<h2 class="archive-title">{esc(heading)}</h2>\n' if heading else ""
            content = head + "\n".join(entry(a, False) for a in chunk) + "\n" + nav(base, n, len(items))
            pre = base.rstrip("/")
            path = base if n == 0 else f"{pre}/page/{n + 1}"
            site.page(enc(path), layout(title if n == 0 else f"{title} - Trang {n + 1}", "multiple", content))
            site.non_articles.append(enc(path))
            if pages > 1 and n == 0:
                site.same_page(enc(f"{pre}/page/1"), enc(path))

    def atom(title: str, self_path: str, items: list[RichArticle], next_path: str | None = None,
             comments_of: list | None = None) -> str:
        entries = []
        for a in items:
            entries.append(
                f'<entry>\n<title>{esc(a.title)}</title>\n<link rel="alternate" type="text/html" href="{{{{base}}}}'
                f'{a.opts["raw"]}"/>\n<link rel="edit" href="{{{{base}}}}/atom/{a.opts["slug"]}"/>\n<author><name>'
                f'{esc(USERS[a.opts["by"]])}</name></author>\n<id>tag:nhipsong-htxtiengiang,{u(a.date):%Y}:{a.opts["slug"]}/'
                f'{int((u(a.date) - datetime(1970, 1, 1)).total_seconds())}</id>\n<updated>{isoz(a.date)}</updated>\n'
                f'<published>{isoz(a.date)}</published>\n' + "".join(f'<category term="{attr(t)}"/>' for t in a.opts["tags"])
                + f'\n<content type="html">{esc(body_html(a))}</content>\n</entry>')
        for c, a in comments_of or []:
            entries.append(f'<entry>\n<title>{esc(c["who"])}: {esc(a.title)}</title>\n<link rel="alternate" type="text/html" '
                           f'href="{{{{base}}}}{a.opts["raw"]}#comment-{c["id"]}"/>\n<author><name>{esc(c["who"])}</name>'
                           f'</author>\n<id>tag:nhipsong-htxtiengiang,{u(c["when"]):%Y}:comment/{c["id"]}</id>\n<updated>'
                           f'{isoz(c["when"])}</updated>\n<content type="html">{esc(c["text"])}</content>\n</entry>')
        nxt = f'\n<link rel="next" href="{{{{base}}}}{next_path}"/>' if next_path else ""
        upd = isoz(items[0].date) if items else (isoz(comments_of[0][0]["when"]) if comments_of else isoz(NOW))
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                f'xmlns:thr="http://purl.org/syndication/thread/1.0">\n<title>{esc(title)}</title>\n<subtitle>{esc(TAGLINE)}'
                f'</subtitle>\n<link href="{{{{base}}}}{self_path}" rel="self" title="{attr(title)}"/>\n<link href="{{{{base}}}}/" '
                f'rel="alternate" title="{attr(NAME)}"/>{nxt}\n<updated>{upd}</updated>\n<id>tag:nhipsong-htxtiengiang,2011:'
                f'{self_path.strip("/")}</id>\n<generator uri="{{{{base:offsite}}}}/habariproject/" version="0.9">Habari'
                f'</generator>\n' + "\n".join(entries) + "\n</feed>\n")

    # -- posts -----------------------------------------------------------------------------------
    site.extra_boilerplate += sorted({c["text"] for a in arts for c in a.opts["cs"]})
    for a in arts:
        mine = set(a.opts["tags"])
        related = [x for x in arts if x is not a and x is not oldest and mine & set(x.opts["tags"])][:4]
        rel = ""
        if related:
            rel = ('<div class="related-posts"><h4>Bài liên quan</h4><ul>' + "".join(
                f'<li><a href="{{{{base}}}}{x.opts["raw"]}">{esc(x.title)}</a></li>' for x in related) + "</ul></div>")
        cs = a.opts["cs"]
        lis = "".join(
            f'<li id="comment-{c["id"]}" class="comment"><img src="{{{{base:offsite}}}}/gravatar/avatar/'
            f'{hashlib.md5(c["who"].encode()).hexdigest()}?s=40&amp;d=mm" class="gravatar" alt="" width="40" height="40" />'
            f'<a href="#comment-{c["id"]}" class="counter" title="Liên kết tới bình luận này">{k}</a> <span '
            f'class="commentauthor">{esc(c["who"])}</span> <small class="comment-meta"><a href="#comment-{c["id"]}" '
            f'title="Thời gian bình luận">{shown(c["when"])}</a></small><div class="comment-content"><p>{esc(c["text"])}</p>'
            f"</div></li>" for k, c in enumerate(cs, 1))
        comments = (f'<div class="comments">\n<h4><span id="comments">{len(cs)} phản hồi cho “{esc(a.title)}”</span></h4>\n'
                    f'<div class="metalinks"><span class="commentsrsslink"><a href="{{{{base}}}}{a.opts["raw"]}/atom/comments">'
                    f'Nguồn tin cho bài này</a></span></div>\n' + (f'<ol id="commentlist">{lis}</ol>\n' if cs else
                                                                   '<p class="nocomments">Chưa có bình luận.</p>\n')
                    + f'<div class="comments-form"><h4 id="respond" class="reply">Để lại bình luận</h4><form action="'
                    f'{{{{base}}}}/{a.opts["id"]}/feedback" method="post" id="comment-public"><p><input type="text" '
                    f'name="name" id="comment_name" /> <label for="comment_name">Tên (bắt buộc)</label></p><p><input '
                    f'type="text" name="email" id="comment_email" /> <label for="comment_email">Email (không hiển thị)'
                    f'</label></p><p><textarea name="content" id="comment_content" cols="60" rows="8"></textarea></p><p><input '
                    f'type="submit" id="comment_submit" value="Gửi" /></p></form></div>\n</div>')
        content = entry(a, True) + "\n" + rel + "\n<hr />\n" + comments
        extra = (f'\n<link rel="alternate" type="application/atom+xml" title="Bình luận: {attr(a.title)}" href="{{{{base}}}}'
                 f'{a.opts["raw"]}/atom/comments" />')
        site.page(a.path, layout(f"{a.title} - {NAME}", "single", content, extra))
        if a is target:
            site.same_page(a.path + "/", a.path)
            a.aliases.append(a.path + "/")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/user/files/{u(a.date):%Y/%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH TIEN GIANG", "THONG BAO SO 15/TB-LMHTX"]))
        site.page(enc(a.opts["raw"] + "/atom/comments"), atom(
            f"Bình luận: {a.title}", a.opts["raw"] + "/atom/comments", [], comments_of=[(c, a) for c in cs]),
            content_type="application/atom+xml; charset=utf-8")
        site.add_article(a)
    site.trap("post slugs keep the Vietnamese letters (Utils::slugify drops only \\p{Po} punctuation): the links carry "
              "them raw in UTF-8, the path is their percent-encoding", arts[0].path)

    # -- lists -----------------------------------------------------------------------------------
    multiple("/", NAME, arts)
    site.trap("home: 5 posts a page (the first paragraph and 'Đọc tiếp »'), Habari's pager '1 2 Bài cũ hơn »': /page/2 "
              "holds the three oldest; /page/1 is the home again", enc("/page/2"))
    for t, s in tagslugs.items():
        items = [a for a in arts if t in a.opts["tags"]]
        multiple(f"/tag/{s}", f"Thẻ: {t} - {NAME}", items, heading=f"Các bài viết có thẻ “{t}”")
    site.trap("tag pages /tag/<slug> (Vietnamese slugs: /tag/trái-cây): lists", enc(f"/tag/{tagslugs['trái cây']}"))
    by_month: dict[str, list[RichArticle]] = {}
    for a in arts:
        by_month.setdefault(f"{u(a.date):%Y/%m}", []).append(a)
    for k, items in by_month.items():
        multiple(f"/{k}", f"Lưu trữ tháng {k[5:]}/{k[:4]} - {NAME}", items, heading=f"Lưu trữ tháng {k[5:]}/{k[:4]}")
    site.trap("month archives /<yyyy>/<mm> in UTC: the post of 00:20 on 1 May (Vietnam) is in /2024/04; the sidebar "
              "lists only the last five months, so /2023/12 is linked from nowhere", "/2024/04")
    for slug, title, text in [("gioi-thieu", "Giới thiệu", ABOUT),
                              ("lien-he", "Liên hệ", ADDRESS)]:
        content = (f'<div id="post-{len(slug)}" class="publishedpage hentry">\n<div class="entry-head">\n<h3 class="entry-title">'
                   f'<a href="{{{{base}}}}/{slug}" rel="bookmark" title="{title}">{title}</a></h3>\n</div>\n<div '
                   f'class="entry-content">\n<p>{esc(text)}</p>\n<p>Mọi thông tin xin gửi về hộp thư của Văn phòng Liên minh '
                   f'HTX tỉnh.</p>\n</div>\n</div>')
        site.page(f"/{slug}", layout(f"{title} - {NAME}", "page", content))
        site.non_articles.append(f"/{slug}")
    site.trap("Habari pages /gioi-thieu and /lien-he have the post's URL shape and skeleton (no date, no comments): not "
              "articles", "/gioi-thieu")

    # -- feeds, service documents, robots --------------------------------------------------------
    site.page("/atom/1", atom(NAME, "/atom/1", arts[:PER], "/atom/1/page/2"), content_type="application/atom+xml; charset=utf-8")
    site.page("/atom/1/page/2", atom(NAME, "/atom/1/page/2", arts[PER:]), content_type="application/atom+xml; charset=utf-8")
    allc = sorted(((c, a) for a in arts for c in a.opts["cs"]), key=lambda x: x[0]["when"], reverse=True)
    site.page("/atom/comments", atom(f"Bình luận - {NAME}", "/atom/comments", [], comments_of=allc),
              content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom /atom/1 (5 newest, the whole text; <link rel=\"next\"> to /atom/1/page/2, which holds the oldest): "
              "<published> in UTC '+00:00'", "/atom/1")
    site.page("/atom", '<?xml version="1.0" encoding="utf-8"?>\n<service xmlns="http://www.w3.org/2007/app" '
              'xmlns:atom="http://www.w3.org/2005/Atom">\n<workspace>\n<atom:title>' + esc(NAME) + '</atom:title>\n'
              '<collection href="{{base}}/atom/1">\n<atom:title>' + esc(NAME) + '</atom:title>\n<accept>application/atom+xml;'
              'type=entry</accept>\n</collection>\n</workspace>\n</service>\n',
              content_type="application/atomsvc+xml; charset=utf-8")
    site.page("/rsd", '<?xml version="1.0" encoding="utf-8"?>\n<rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">'
              '\n<service>\n<engineName>Habari</engineName>\n<engineLink>{{base:offsite}}/habariproject/</engineLink>\n'
              '<homePageLink>{{base}}/</homePageLink>\n<apis>\n<api name="Atom" preferred="true" apiLink="{{base}}/atom" '
              'blogID=""/>\n</apis>\n</service>\n</rsd>\n', content_type="application/rsd+xml; charset=utf-8")
    site.redirect("/admin", "/auth/login", 302)
    site.page("/auth/login", f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8" /><title>{esc(NAME)} - Đăng nhập</title><link rel="stylesheet" type="text/css" href="{{{{base}}}}/system/admin/css/admin.css" /></head>
<body class="login"><div id="page"><h1><a href="{{{{base}}}}/">{esc(NAME)}</a></h1><form method="post" action="{{{{base}}}}/auth/login"><p><label for="habari_username">Tên đăng nhập</label><input type="text" name="habari_username" id="habari_username" /></p><p><label for="habari_password">Mật khẩu</label><input type="password" name="habari_password" id="habari_password" /></p><p><input type="submit" value="Đăng nhập" /></p></form></div></body>
</html>
""")
    site.never_fetched += ["/admin", "/auth/login"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /auth/\nDisallow: /system/\n")
    site.trap("the sidebar's 'Đăng nhập' is /admin (302 to /auth/login); robots.txt disallows /admin and /auth/: never "
              "fetched", "/admin")
    return site
