"""Site `blog-htxthainguyen` (registry family `generic`): "Nhật ký Liên minh HTX Thái Nguyên", the weblog the Thái
Nguyên cooperative alliance's office has kept since 2012 on **PivotX 2.3** (the flat-file PHP weblog; a theme made from
the stock "skinny" templates; the Vietnamese translation of the front-end strings; "mod_rewrite" URLs switched on in
2023; PHP's default timezone left at UTC on the shared host; the copy is of 5 July 2024). Written as a held-out test:
no family module, no selectors.

URL shapes: an entry `/entry/<uid>-<slug>` (PivotX's rewritten URL; the .htaccess passes `<uid>-<slug>` to
`index.php?e=` and PivotX reads the number), the same entry by the old address `/?e=<uid>` (an entry written before
2023 links one so: an alias) and `/entry/<uid>` without the slug (a notice links one so: an alias); static pages
`/page/<slug>`; the front page `/` with the pager `/?o=5` (5 entries a page); categories `/category/<name>` (and
`?o=5`); month archives `/archive/2024-m05` (the sidebar's "Lưu trữ"); tags `/tag/<tag>`; the search `/search?q=…`;
the feeds `/rss` and `/atom` (the sidebar buttons and the head's alternates) and the comments feed `/rss/comments`;
the back end `/pivotx/index.php` (the footer's "Đăng nhập"; robots.txt disallows `/pivotx/`).

Why it is hard: the page's `<h1>` is the weblog's name (`h1.pagetitle`); the entry's title is the `<h2>` of
`div.entry`, followed by an empty `<h3>` (the subtitle field), the introduction and the body (TinyMCE 3: `<p>`, `<h3>`,
lists, a bordered table with a bold first row, images inserted by PivotX's `[[image]]` tag as `img.pivotx-image` with
the caption typed as the next centred italic paragraph), then the footer lines `div.meta`: "Viết bởi <nickname> vào
Thứ Sáu 14 tháng 6 2024 lúc 09:12 | ¶ | <category>" (the "Written by X on %dayname% %day% %monthname% %year% at
%hour24%:%minute%" line, translated) and "Thẻ: …", then the comments (`div.commentblock`: "2 bình luận", each with
the name and "14-06-'24 10:05") and the comment form. No date element, no metadata: the footer line is the date. The
nickname is the author field: a person ("Nguyễn Thị Thu Hằng") or an account ("admin", "Văn phòng"); a closing byline
overrides it. The feeds write PHP's `date('r')` / `date('c')` of the naive local time with the server's UTC zone: the
entry of 23:50 on 31 May reads "Fri, 31 May 2024 23:50:00 +0000" (1 June 06:50 in Vietnam if believed). The
previous/next line ("« … | Trang chủ | … »") links the neighbouring entries.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "blog-htxthainguyen"
NAME = "Nhật ký Liên minh HTX Thái Nguyên"
PAYOFF = "Tin hoạt động của Liên minh Hợp tác xã tỉnh Thái Nguyên"
PER = 5
DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
USERS = {"hangntt": ("Nguyễn Thị Thu Hằng", "hangntt@lienminhhtxthainguyen.vn"),
         "admin": ("admin", "webmaster@lienminhhtxthainguyen.vn"),
         "vanphong": ("Văn phòng", "vanphong@lienminhhtxthainguyen.vn"),
         "tuandm": ("Đỗ Minh Tuấn", "tuandm@lienminhhtxthainguyen.vn")}
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao": "Thông báo", "kinh-nghiem": "Kinh nghiệm hay"}
FOOT = "Liên minh Hợp tác xã tỉnh Thái Nguyên - Số 4 đường Đội Cấn, TP Thái Nguyên - ĐT: 0208.3855.374"
FURN = [FOOT, PAYOFF, "Viết bởi", "Để lại bình luận", "Ghi nhớ thông tin cá nhân?", "Bình luận mới nhất", "Lưu trữ",
        "Đám mây thẻ", "Liên kết", "Được hỗ trợ bởi PivotX", "Đăng nhập"]


def slug(text: str) -> str:
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def written(d: datetime) -> str:
    """%dayname% %day% %monthname% %year% lúc %hour24%:%minute% (the vi translation's day and month names)."""
    return f"{DAYS[d.weekday()]} {d.day} tháng {d.month} {d.year} lúc {d:%H:%M}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc tham gia Hội chợ triển lãm sản phẩm HTX khu vực trung du miền núi phía Bắc",
          body="""
LIÊN MINH HTX TỈNH THÁI NGUYÊN
Số: 15/TB-LMHTX
Thái Nguyên, ngày 25 tháng 6 năm 2024
THÔNG BÁO
Về việc tham gia Hội chợ triển lãm sản phẩm HTX khu vực trung du miền núi phía Bắc
Hội chợ diễn ra từ ngày 18/7 đến ngày 22/7/2024 tại Quảng trường Võ Nguyên Giáp, TP Thái Nguyên.
Liên minh HTX tỉnh hỗ trợ 40 gian hàng cho các HTX có sản phẩm OCOP, ưu tiên sản phẩm chè.
Danh sách HTX đăng ký năm trước xem tại [[bài tổng kết năm 2023|{{idonly}}]].
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Dương Văn Lượng
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/images/2024-06/tb-15-lmhtx-hoi-cho.pdf", "text": "Tải thông báo số 15/TB-LMHTX (PDF)"}],
          opts={"cat": "thong-bao", "by": "vanphong", "tags": ["hoi-cho", "ocop"], "comments": []},
          notes=["notice 'Số: 15/TB-LMHTX' dated 25/6 in its text, posted 'Thứ Năm 27 tháng 6 2024 lúc 08:40' (the footer "
                 "line); nickname 'Văn phòng' (the office account): no author; the signer is text; the link 'Tải thông báo "
                 "số 15/TB-LMHTX (PDF)' in its own paragraph is an attachment (the label names the document: kept); it "
                 "links the 2024 summary as /entry/<uid> (no slug: an alias)"],
          **at(datetime(2024, 6, 27, 8, 40))),
        A(path="", title="Ảnh: HTX Chè La Bằng vào vụ chè hè",
          body="""
Giữa tháng 6, các thành viên HTX Chè La Bằng (huyện Đại Từ) thu hái chè vụ hè.
[img la-bang-1.jpg] Thành viên HTX thu hái chè trên nương chè dưới chân núi Tam Đảo
[img la-bang-2.jpg] Chè búp được sao bằng chảo quay tại xưởng của HTX
[img la-bang-3.jpg] Sản phẩm chè La Bằng đạt OCOP 4 sao
Vụ hè năm nay HTX dự kiến thu mua 80 tấn chè búp tươi của 150 hộ thành viên.
""", byline="Bài và ảnh: Hoàng Văn Tiến", author="Hoàng Văn Tiến",
          opts={"cat": "tin-hoat-dong", "by": "hangntt", "tags": ["che", "ocop"],
                "comments": [("Nguyễn Văn Bình", "Chè La Bằng năm nay được giá, chúc mừng bà con!", (6, 14, 20, 5)),
                             ("Lan Anh", "Cho hỏi HTX có bán lẻ chè qua mạng không ạ?", (6, 15, 7, 32))]},
          notes=["photo story: PivotX's [[image]] tag (img.pivotx-image) and the caption typed as the next centred <em> "
                 "paragraph (one line each); nickname Nguyễn Thị Thu Hằng but 'Bài và ảnh: Hoàng Văn Tiến' closes it -> "
                 "Hoàng Văn Tiến; two readers' comments ('14-06-'24 20:05') are not text"],
          **at(datetime(2024, 6, 14, 9, 12))),
        A(path="", title="Kết quả phát triển HTX nông nghiệp tỉnh Thái Nguyên 6 tháng đầu năm 2024",
          body="""
6 tháng đầu năm 2024, toàn tỉnh thành lập mới 31 HTX nông nghiệp, phần lớn hoạt động trong lĩnh vực chè.
| Lĩnh vực | HTX thành lập mới | Tổng số HTX | Doanh thu bình quân (triệu đồng) |
| Chè | 14 | 236 | 1.450 |
| Trồng trọt khác | 8 | 187 | 980 |
| Chăn nuôi | 5 | 94 | 1.620 |
| Dịch vụ nông nghiệp | 4 | 121 | 2.130 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX chè xây dựng vùng nguyên liệu đạt chuẩn VietGAP.
""", author="Đỗ Minh Tuấn",
          opts={"cat": "tin-hoat-dong", "by": "tuandm", "tags": ["so-lieu", "che"], "comments": []},
          notes=["a TinyMCE table (border=1, the first row bold, no <th>): one line per row; nickname Đỗ Minh Tuấn (a staff "
                 "member), no byline in the text: he is the author"],
          **at(datetime(2024, 6, 5, 14, 30))),
        A(path="", title="Kinh nghiệm xây dựng vùng chè đạt chuẩn VietGAP của các HTX",
          body="""
Nhiều HTX chè ở Đại Từ, Định Hóa và Phú Lương đã được cấp chứng nhận VietGAP nhờ làm tốt khâu ghi chép sản xuất.
### Các bước chính
* Chọn vùng chè tập trung, xa nguồn ô nhiễm;
* Tập huấn thành viên ghi nhật ký sản xuất hằng ngày;
* Sử dụng thuốc bảo vệ thực vật trong danh mục cho phép, đúng thời gian cách ly;
* Mời tổ chức chứng nhận đánh giá nội bộ trước khi đăng ký.
Các HTX cần bố trí người phụ trách hồ sơ VietGAP để duy trì chứng nhận hằng năm.
""", byline="Lương Thị Mai - Trung tâm Khuyến nông", author="Lương Thị Mai",
          opts={"cat": "kinh-nghiem", "by": "admin", "tags": ["che"], "comments": []},
          notes=["an h3 heading and a bulleted list; nickname 'admin' but 'Lương Thị Mai - Trung tâm Khuyến nông' closes the "
                 "text -> Lương Thị Mai"],
          **at(datetime(2024, 6, 3, 10, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Cương",
          body="""
Chiều 31/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Tân Cương (TP Thái Nguyên).
HTX hiện có 48 thành viên, sản xuất 35 ha chè đặc sản, doanh thu năm 2023 đạt 9,5 tỷ đồng.
Liên minh HTX tỉnh sẽ hỗ trợ HTX quảng bá sản phẩm chè Tân Cương trên sàn thương mại điện tử.
""", author=None,
          opts={"cat": "tin-hoat-dong", "by": "admin", "tags": [], "comments": []},
          notes=["posted at 23:50 on 31 May ('Thứ Sáu 31 tháng 5 2024 lúc 23:50'; in the archive 2024-m05): the RSS writes "
                 "'Fri, 31 May 2024 23:50:00 +0000' and the Atom '2024-05-31T23:50:00+00:00' (PHP in UTC labels the local "
                 "time: 1 June 06:50 in Vietnam if believed); nickname 'admin', no byline: author null"],
          **at(datetime(2024, 5, 31, 23, 50))),
        A(path="", title="HTX Chè Hảo Đạt đưa sản phẩm lên sàn thương mại điện tử",
          body="""
HTX Chè Hảo Đạt (huyện Đại Từ) đã mở gian hàng trên hai sàn thương mại điện tử lớn từ đầu năm 2024.
Doanh số bán chè trực tuyến của HTX trong 5 tháng đạt gần 1 tỷ đồng, chiếm 30% tổng doanh thu.
HTX đang đào tạo thêm hai thành viên trẻ làm livestream bán hàng.
""", byline="Theo Báo Thái Nguyên", author=None,
          opts={"cat": "tin-hoat-dong", "by": "hangntt", "tags": ["che", "chuyen-doi-so"],
                "comments": [("Trần Hùng", "Mô hình hay, các HTX khác nên học tập.", (5, 21, 16, 40))]},
          notes=["nickname Nguyễn Thị Thu Hằng but 'Theo Báo Thái Nguyên' closes the text: a reprint, no author; a reader's "
                 "comment is not text"],
          **at(datetime(2024, 5, 20, 15, 15))),
        A(path="", title="HTX Dịch vụ nông nghiệp Ôn Lương nhân rộng mô hình lúa Bao thai hữu cơ",
          body="""
HTX Dịch vụ nông nghiệp Ôn Lương (huyện Phú Lương) mở rộng diện tích lúa Bao thai hữu cơ lên 30 ha trong vụ xuân.
Gạo Bao thai của HTX được tiêu thụ tại các cửa hàng nông sản sạch ở Thái Nguyên và Hà Nội.
Kết quả của HTX năm trước đã được nêu trong [[bài tổng kết của Liên minh HTX tỉnh|{{oldlink}}]].
""", byline="Ngô Thị Phương", author="Ngô Thị Phương",
          opts={"cat": "tin-hoat-dong", "by": "tuandm", "tags": ["lua-gao"], "comments": []},
          notes=["nickname Đỗ Minh Tuấn but the bare name 'Ngô Thị Phương' closes the text: the author; its text links the "
                 "2024 summary by the old address /?e=<uid> (before mod_rewrite: an alias)"],
          **at(datetime(2024, 4, 22, 8, 20))),
        A(path="", title="Liên minh HTX tỉnh Thái Nguyên tổng kết công tác năm 2023",
          body="""
Ngày 10/1, Liên minh HTX tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.jpg] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 62 HTX, tổ chức 11 lớp tập huấn cho 780 lượt cán bộ HTX.
""", byline="Tin, ảnh: Dương Thị Hạnh", author="Dương Thị Hạnh",
          opts={"cat": "tin-hoat-dong", "by": "vanphong", "tags": [], "comments": []},
          notes=["the oldest entry: on page 2 of the front page (/?o=5) and of its category, in the month archive "
                 "/archive/2024-m01 and behind its newer neighbour's '«' link; not on the front page nor in the feeds (5 "
                 "entries); 'Tin, ảnh: Dương Thị Hạnh' -> author (the nickname is the office account)"],
          **at(datetime(2024, 1, 11, 16, 0))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-nguyen", f"{NAME} (PivotX 2.3)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/rss" % SITE, "{{base:%s}}/atom" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    uid = 180
    for a in reversed(arts):
        uid += 3
        a.opts["uid"] = uid
        a.path = f"/entry/{uid}-{slug(a.title)}"
    oldest = arts[-1]
    idonly = f"/entry/{oldest.opts['uid']}"
    oldlink = f"/?e={oldest.opts['uid']}"
    for a in arts:
        a.body = a.body.replace("{{idonly}}", idonly).replace("{{oldlink}}", oldlink)
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    cid = 0
    for a in arts:
        a.opts["cids"] = []
        for _ in a.opts["comments"]:
            cid += 1
            a.opts["cids"].append(cid)

    def cdate(a: RichArticle, when: tuple[int, int, int, int]) -> str:
        m, d, hh, mm = when
        return f"{d:02d}-{m:02d}-'{a.date.year % 100:02d} {hh:02d}:{mm:02d}"

    def body_html(a: RichArticle) -> str:
        out = []
        folder = f"/images/{a.date:%Y-%m}"
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table border="1" cellspacing="0" cellpadding="3">\n<tbody>\n<tr>\n'
                           + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                           + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                           + "\n</tbody>\n</table>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img src="{folder}/{b.src}" title="{attr(b.src)}" alt="'
                           f'{attr(b.src)}" class="pivotx-image" /></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        for x in a.attachments:
            out.append(f'<p><a href="{x["path"]}" title="">{esc(x["text"])}</a></p>')
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
        return "\n".join(out)

    def intro_more(a: RichArticle) -> tuple[str, str]:
        html = body_html(a)
        first, _, rest = html.partition("\n")
        return first, rest

    def meta(a: RichArticle) -> str:
        nick, mail = USERS[a.opts["by"]]
        tagline = ""
        if a.opts["tags"]:
            tagline = ('\n\t\t\t\t<div class="meta">\n\t\t\t\t\tThẻ: ' + ", ".join(
                f'<a rel="tag" class="pivotx-taglink" href="/tag/{t}" title="Thẻ: {t}">{t}</a>' for t in a.opts["tags"])
                + "\n\t\t\t\t</div>")
        return (f'\t\t\t\t<div class="meta">\n\t\t\t\t\tViết bởi <a href="mailto:{mail}">{esc(nick)}</a> vào '
                f'{written(a.date)} | \n\t\t\t\t\t<a href="{a.path}" title="Liên kết cố định đến &#8220;{attr(a.title)}'
                f'&#8221; trong lưu trữ">&para;</a> |\n\t\t\t\t\t<a href="/category/{a.opts["cat"]}">'
                f'{CATS[a.opts["cat"]]}</a>\n\t\t\t\t</div>{tagline}\n')

    def sidebar() -> str:
        arch = "".join(f'<li><a href="/archive/{y}-m{m:02d}">tháng {m} {y}</a></li>' for y, m in months)
        cats = "".join(f'<li><a href="/category/{c}">{n}</a></li>' for c, n in CATS.items())
        cloud = " ".join(f'<a rel="tag" href="/tag/{t}" class="pivotx-tagcloud" style="font-size: {11 + 2 * sum(t in a.opts["tags"] for a in arts)}px;">{t}</a>'
                         for t in tags)
        latest = "".join(f'<li><a href="{a.path}#comm-{a.opts["cids"][i]}" title="{attr(text)}"><b>{esc(name)}</b></a> '
                         f'({esc(a.title[:22])}...): {esc(text[:32])}...</li>'
                         for a in arts for i, (name, text, when) in enumerate(a.opts["comments"]))
        return f"""		<div id="sidebar">
			<div class="sidebox">
				<h3>Giới thiệu</h3>
				<p>{esc(PAYOFF)}.</p>
			</div>
			<div class="sidebox">
				<h3>Trang</h3>
				<ul><li><a href="/page/gioi-thieu" title="">Giới thiệu</a></li><li><a href="/page/lien-he" title="">Liên hệ</a></li></ul>
			</div>
			<div class="sidebox">
				<h3>Tìm kiếm</h3>
				<form method="get" action="/search" class="pivotx-search"><fieldset><legend>Tìm kiếm</legend><label for="search-1">Nhập từ khóa:</label><input id="search-1" type="text" value="Tìm kiếm..." name="q" class="searchbox" onblur="if (this.value=='') {{this.value='Tìm kiếm...';}}" onfocus="if (this.value=='Tìm kiếm...') {{this.value='';}}" /><input type="submit" value="Tìm" class="searchbutton" /></fieldset></form>
			</div>
			<div class="sidebox">
				<h3>Chuyên mục</h3>
				<ul>{cats}</ul>
			</div>
			<div class="sidebox">
				<h3>Đám mây thẻ</h3>
				<div id="tagcloud">{cloud}</div>
			</div>
			<div class="sidebox">
				<h3>Lưu trữ</h3>
				<ul>{arch}</ul>
			</div>
			<div class="sidebox">
				<h3>Bình luận mới nhất</h3>
				<ul>{latest}</ul>
			</div>
			<div class="sidebox">
				<h3>Liên kết</h3>
				<ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" title="">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" title="">Cổng TTĐT Chính phủ</a></li></ul>
			</div>
			<div class="sidebox">
				<p><a href="{{{{base:offsite}}}}/pivotx/" title="Được hỗ trợ bởi PivotX" class="badge"><img src="/pivotx/pics/pivotxbutton.png" alt="Được hỗ trợ bởi PivotX" /></a>&nbsp;<br />
				<a href="/rss" title="Nguồn cấp RSS" class="badge"><img src="/pivotx/pics/rssbutton.png" alt="RSS" /></a>&nbsp;<br />
				<a href="/atom" title="Nguồn cấp Atom" class="badge"><img src="/pivotx/pics/atombutton.png" alt="Atom" /></a></p>
			</div>
		</div><!-- #sidebar -->
"""

    def layout(title: str, content: str, desc: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<title>{esc(title)}</title>
	<meta name="generator" content="PivotX" /><!-- version: PivotX - 2.3.11 -->
	<meta name="description" content="{attr(desc or PAYOFF)}" />
	<link rel="alternate" type="application/rss+xml" title="{attr(NAME)} RSS" href="{{{{base}}}}/rss" />
	<link rel="alternate" type="application/atom+xml" title="{attr(NAME)} Atom" href="{{{{base}}}}/atom" />
	<link rel="stylesheet" href="/pivotx/templates/pivotx_essentials.css" type="text/css" media="screen" />
	<link rel="stylesheet" href="/pivotx/templates/lmhtx_skinny/style.css" type="text/css" media="screen" />
	<script type="text/javascript" src="/pivotx/includes/js/jquery.js"></script>
</head>
<body>
	<div id="header">
		<h1 class="pagetitle"><a href="/">{esc(NAME)}</a></h1>
		<h2 class="payoff">{esc(PAYOFF)}</h2>
		<ul id="nav"><li><a href="/">Trang chủ</a></li><li><a href="/category/tin-hoat-dong">Tin hoạt động</a></li><li><a href="/category/thong-bao">Thông báo</a></li><li><a href="/page/gioi-thieu">Giới thiệu</a></li><li><a href="/page/lien-he">Liên hệ</a></li></ul>
	</div>
	<div id="content">
		<div id="main">
{content}
		</div><!-- #main -->
{sidebar()}
	</div><!-- #content -->
	<div id="footer">
		<p>{esc(FOOT)}</p>
		<p><a href="/pivotx/index.php">Đăng nhập</a> | Được hỗ trợ bởi PivotX</p>
	</div>
</body>
</html>
"""

    # -- entries ---------------------------------------------------------------------------------------
    for i, a in enumerate(arts):
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        clines = []
        for k, (name, text, when) in enumerate(a.opts["comments"]):
            c = a.opts["cids"][k]
            clines.append(f'\t\t\t\t\t\t\t<div class="comment">\n\t\t\t\t\t\t\t<a id="comm-{c}"></a>\n\t\t\t\t\t\t\t<img '
                          f'class="gravatar" src="/pivotx/pics/default_avatar.png" alt="{attr(name)}" />\n\t\t\t\t\t\t\t<div '
                          f'class="comment-text">\n\t\t\t\t\t\t\t <p>{esc(text)}</p>\n\t\t\t\t\t\t\t <div class="meta">'
                          f'{esc(name)}, - {cdate(a, when)} </div>\n\t\t\t\t\t\t\t </div>\n\t\t\t\t\t\t</div>')
        n = len(a.opts["comments"])
        count = "Chưa có bình luận" if n == 0 else f"{n} bình luận"
        prev = f"&laquo; <a href='{older.path}'>{esc(older.title[:20])}...</a>" if older else ""
        nxt = f"<a href='{newer.path}'>{esc(newer.title[:20])}...</a> &raquo;" if newer else ""
        content = f"""			<div class="entry">
				<h2><a href="{a.path}">{esc(a.title)}</a></h2>
				<h3></h3>
{body_html(a)}
{meta(a)}
				<div class="commentblock">
					<p>{count}</p>
{chr(10).join(clines)}
				</div><!-- .commentblock -->

				<form method="post" action="/pivotx/submit.php" id="commentform" class="pivotx-commentform">
				<fieldset>
				<legend>Để lại bình luận</legend>
				<label for="piv_name">Tên</label><input type="text" name="piv_name" id="piv_name" value="" />
				<label for="piv_email">Email</label><input type="text" name="piv_email" id="piv_email" value="" />
				<label for="piv_url">Trang web</label><input type="text" name="piv_url" id="piv_url" value="" />
				<label for="piv_comment">Bình luận</label><textarea name="piv_comment" id="piv_comment" cols="40" rows="6"></textarea>
				<input type="checkbox" name="piv_rememberinfo" id="piv_rememberinfo" value="yes" /><label for="piv_rememberinfo">Ghi nhớ thông tin cá nhân?</label>
				<input type="hidden" name="piv_code" value="{a.opts['uid']}" />
				<input type="submit" name="post" value="Gửi bình luận" class="submit" /> <input type="submit" name="preview" value="Xem trước" class="submit" />
				</fieldset>
				</form>
			</div><!-- .entry -->

			<div class="pagenav">
				{prev} |
				<a href="/">Trang chủ</a> |
				{nxt}
			</div>"""
        site.page(a.path, layout(f"{a.title} - {NAME}", content, inline_text(next(b.text for b in a.blocks if b.kind == "p"))))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/{a.date:%Y-%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH THAI NGUYEN", "THONG BAO SO 15/TB-LMHTX"]))
        site.add_article(a)
    site.same_page(idonly, oldest.path)
    site.same_page(oldlink, oldest.path)
    oldest.aliases += [idonly, oldlink]
    site.extra_boilerplate += sorted({c[1] for a in arts for c in a.opts["comments"]})

    # -- lists -----------------------------------------------------------------------------------------
    def summary(a: RichArticle) -> str:
        intro, rest = intro_more(a)
        n = len(a.opts["comments"])
        com = f'<a href="{a.path}#comm" title="">{"Chưa có bình luận" if n == 0 else f"{n} bình luận"}</a>'
        nick, mail = USERS[a.opts["by"]]
        tagline = (' | Thẻ: ' + ", ".join(f'<a rel="tag" href="/tag/{t}">{t}</a>' for t in a.opts["tags"])) if a.opts["tags"] else ""
        return f"""			<!-- entry '{esc(a.title)}' -->
			<div class="entry">
				<h2><a href="{a.path}">{esc(a.title)}</a></h2>
				<h3></h3>
				{intro}
				<p><a href="{a.path}#body" class="pivotx-more-link">Đọc tiếp &raquo;</a></p>
				<div class="meta">Viết bởi <a href="mailto:{mail}">{esc(nick)}</a> vào {written(a.date)} | <a href="{a.path}" title="Liên kết cố định đến &#8220;{attr(a.title)}&#8221; trong lưu trữ">&para;</a> | <a href="/category/{a.opts['cat']}">{CATS[a.opts['cat']]}</a> | {com}{tagline}</div>
			</div>
"""

    def listing(base: str, heading: str, items: list[RichArticle], paged: bool = True) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] if paged else [items]
        for n, chunk in enumerate(chunks or [[]]):
            sep = "&amp;" if "?" in base else "?"
            path = base if n == 0 else f"{base}{sep.replace('&amp;', '&')}o={n * PER}"
            pager = ""
            if len(chunks) > 1:
                parts = []
                if n > 0:
                    prevp = base if n == 1 else f"{base}{sep}o={(n - 1) * PER}"
                    parts.append(f'<a href="{prevp}">&laquo; Trang trước</a>')
                if n < len(chunks) - 1:
                    parts.append(f'<a href="{base}{sep}o={(n + 1) * PER}">Trang sau &raquo;</a>')
                pager = f'\t\t\t<div class="paging">{" | ".join(parts)}</div>\n'
            head = f"\t\t\t<h2 class=\"archivetitle\">{esc(heading)}</h2>\n" if heading else ""
            site.page(path, layout(f"{heading + ' - ' if heading else ''}{NAME}", head + "".join(summary(a) for a in chunk)
                                   + pager), content_type="text/html; charset=utf-8" if base != "/" and "?" not in path else None)
            site.non_articles.append(path)

    listing("/", "", arts)
    site.trap("front page / (5 entries: the introduction, 'Đọc tiếp »', the footer line with the comment count) and its "
              "pager /?o=5 ('Trang sau »' / '« Trang trước')", "/?o=5")
    for c, cname in CATS.items():
        listing(f"/category/{c}", f"Chuyên mục: {cname}", [a for a in arts if a.opts["cat"] == c])
    for y, m in months:
        listing(f"/archive/{y}-m{m:02d}", f"Lưu trữ tháng {m} {y}", [a for a in arts if (a.date.year, a.date.month) == (y, m)],
                paged=False)
    for t in tags:
        listing(f"/tag/{t}", f"Thẻ: {t}", [a for a in arts if t in a.opts["tags"]], paged=False)
    site.trap("categories /category/<name> (with ?o=5), month archives /archive/2024-m05 (the sidebar's 'Lưu trữ') and "
              "tag pages /tag/<tag>: lists of introductions", "/archive/2024-m05")
    q = "OCOP"
    found = [a for a in arts if q in a.body or q in a.title]
    res = ("\t\t\t<h2>Kết quả tìm kiếm cho '" + q + "'</h2>\n\t\t\t<ul class=\"pivotx-search-result\">"
           + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><br /><small>{esc(inline_text(next(b.text for b in a.blocks if b.kind == "p"))[:100])}...</small></li>'
                     for a in found) + "</ul>\n")
    site.page(f"/search?q={q}", layout(f"Tìm kiếm - {NAME}", res))
    site.page("/search", layout(f"Tìm kiếm - {NAME}", "\t\t\t<h2>Tìm kiếm</h2>\n\t\t\t<p>Không có kết quả.</p>\n"))
    site.non_articles += [f"/search?q={q}", "/search"]
    site.trap("search /search?q=OCOP (the sidebar form: titles and snippets): no articles", f"/search?q={q}")
    for p, t, text in [("gioi-thieu", "Giới thiệu", "Nhật ký Liên minh HTX Thái Nguyên đăng tin hoạt động của Liên minh Hợp tác "
                        "xã tỉnh và các HTX thành viên từ năm 2012."),
                       ("lien-he", "Liên hệ", "Mọi thông tin xin gửi về Văn phòng Liên minh HTX tỉnh Thái Nguyên.")]:
        page = (f'\t\t\t<div class="entry">\n\t\t\t\t<h2><a href="/page/{p}">{t}</a></h2>\n\t\t\t\t<h3></h3>\n'
                f"\t\t\t\t<p>{esc(text)}</p>\n\t\t\t</div>\n")
        site.page(f"/page/{p}", layout(f"{t} - {NAME}", page))
        site.non_articles.append(f"/page/{p}")
    site.trap("static pages /page/gioi-thieu and /page/lien-he (PivotX 'pages': the same entry-like markup without the "
              "footer line): not articles", "/page/gioi-thieu")

    # -- feeds -----------------------------------------------------------------------------------------
    feed = arts[:PER]
    items = "".join(f"""<item>
	<title>{esc(a.title)}</title>
	<link>{{{{base}}}}{a.path}</link>
	<comments>{{{{base}}}}{a.path}#comm</comments>
	<description><![CDATA[{intro_more(a)[0]}]]></description>
	<guid isPermaLink="false">{a.opts['uid']}@{{{{base}}}}/</guid>
	<author>{USERS[a.opts['by']][1]} ({esc(USERS[a.opts['by']][0])})</author>
	<category>{CATS[a.opts['cat']]}</category>
	<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0000</pubDate>
</item>
""" for a in feed)
    site.page("/rss", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
	<title>{esc(NAME)}</title>
	<link>{{{{base}}}}/</link>
	<description>{esc(PAYOFF)}</description>
	<language>vi</language>
	<generator>PivotX</generator>
{items}</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    entries = "".join(f"""<entry>
	<title>{esc(a.title)}</title>
	<link rel="alternate" type="text/html" href="{{{{base}}}}{a.path}" />
	<id>tag:{a.opts['uid']}</id>
	<published>{a.date:%Y-%m-%dT%H:%M:%S}+00:00</published>
	<updated>{a.date:%Y-%m-%dT%H:%M:%S}+00:00</updated>
	<author><name>{esc(USERS[a.opts['by']][0])}</name></author>
	<content type="html"><![CDATA[{body_html(a)}]]></content>
</entry>
""" for a in feed)
    site.page("/atom", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
	<title>{esc(NAME)}</title>
	<subtitle>{esc(PAYOFF)}</subtitle>
	<link rel="alternate" type="text/html" href="{{{{base}}}}/" />
	<link rel="self" type="application/atom+xml" href="{{{{base}}}}/atom" />
	<id>tag:{{{{base}}}}/</id>
	<updated>2024-06-27T08:40:00+00:00</updated>
	<generator uri="http://pivotx.net" version="2.3.11">PivotX</generator>
{entries}</feed>
""", content_type="application/atom+xml; charset=utf-8")
    citems = "".join(f"<item><title>{esc(name)} - {esc(a.title)}</title><link>{{{{base}}}}{a.path}#comm-{a.opts['cids'][k]}"
                     f"</link><description><![CDATA[{esc(text)}]]></description></item>"
                     for a in arts for k, (name, text, when) in enumerate(a.opts["comments"]))
    site.page("/rss/comments", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{esc(NAME)} - '
              f"Bình luận</title><link>{{{{base}}}}/</link>{citems}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("feeds /rss and /atom (the head's alternates and the sidebar buttons; the 5 newest): PHP's date() in UTC "
              "labels the local times '+0000' / '+00:00'; /rss/comments carries the readers' comments", "/rss")

    # -- back end, robots, assets --------------------------------------------------------------------------------
    site.page("/pivotx/index.php", '<!DOCTYPE html><html><head><meta charset="utf-8" /><title>PivotX &raquo; Đăng nhập'
              '</title></head><body><form method="post" action="/pivotx/index.php?page=login"><input type="text" name="'
              'username" /><input type="password" name="password" /><button type="submit">Đăng nhập</button></form></body>'
              "</html>\n")
    site.never_fetched.append("/pivotx/index.php")
    site.static("/robots.txt", "User-agent: *\nDisallow: /pivotx/\n")
    site.trap("robots.txt (the host's) disallows /pivotx/, PivotX's own folder: the footer's 'Đăng nhập' "
              "/pivotx/index.php is never fetched", "/pivotx/index.php")
    for name in ["pivotxbutton.png", "rssbutton.png", "atombutton.png", "default_avatar.png"]:
        site.binary(f"/pivotx/pics/{name}", image_for(name))
    return site
