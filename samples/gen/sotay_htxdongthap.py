"""Site `sotay-htxdongthap` (registry family `generic`): "Sổ tay HTX Đồng Tháp", the weblog the Đồng Tháp cooperative
alliance's office keeps on **Nucleus CMS 3.8** (one blog, the "default" skin and templates with the labels translated
by the office, the blog's "convert line breaks" on, the time offset +7 on a host in UTC, fancy URLs on, `vi_VN`
locale; the copy is of 25 June 2024). Written as a held-out test: no family module, no selectors.

URL shapes: an item `/item/<N>` (fancy URL); the same item `index.php?itemid=N` (the RSS and Atom links, the comment
form's return address: an alias) and `/item/N/` (a reader pasted it into a comment; Nucleus answers it); the main index
`/` 5 items a page with `index.php?startpos=5` for the older ones; categories `/category/<N>` (and
`index.php?catid=N&startpos=5`); archives `/archive/1/<yyyy-mm>` and `/archive/1/<yyyy-mm-dd>` (the date headers
link the day); members `/member/<N>`; feeds `/xml-rss2.php` and `/atom.php`, `/rsd.php`; media `/media/<memberid>/
<yyyymmdd>-<name>`; karma votes `/action.php?action=votepositive&itemid=N` (robots.txt, written by the office,
disallows `/action.php` and the admin area `/nucleus/`). No site map.

Why it is hard: the page's `<h1>` is the blog's name, the first `<h2>` the date header "Thứ năm, 16/05/2024" over the
day's items (the item page too), the title an `<h3 class="item">`; the time is only in the info line AFTER the text:
"Đăng bởi <member> lúc 00:20 - Chuyên mục: … - Karma: 3 [+/-] - Bình luận (1)". "Convert line breaks" means the text
has no `<p>`: paragraphs are runs split by `<br />\n<br />`, the `<br />` also litter the lists and the table the staff
typed (`<ul><br />`, `</tr><br />`); headings are `<b>` lines; the extended part follows the body after
`<br /><br /><a name="more"></a>` (the index shows the body and "Đọc thêm »"). Photos are `<%image%>` (the caption
only in `alt`/`title`) with the caption typed under it in `<i>` (one line each). The member is shown by real name:
the admin's is "Ban quản trị" (no author); a staff member is an author; a closing byline wins; a reprint ("Theo Báo
Đồng Tháp") has none. Feeds: RSS `<%date(rfc822GMT)%>` and Atom `<%date(utc)%>` in UTC ("Wed, 15 May 2024
17:20:00 GMT" for the item of 00:20 on 16 May). Comments (`div.itemcomment`) are not text. The oldest item is on
page 2 of the main index and of its category, in the feeds (10 items) and in its month archive, which the sidebar's
six-month "Lưu trữ" no longer lists.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "sotay-htxdongthap"
NAME = "Sổ tay HTX Đồng Tháp"
DESC = "Ghi chép về kinh tế tập thể, hợp tác xã tỉnh Đồng Tháp"
PER = 5
NOW = datetime(2024, 6, 25, 9, 0)
SKIN = "/skins/default"
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")  # glibc vi_VN %A
MEMBERS = {1: ("admin", "Ban quản trị"), 2: ("ngochan", "Huỳnh Ngọc Hân"), 3: ("vanloc", "Trần Văn Lộc")}
CATS = {1: "Tin hoạt động", 2: "Thông báo", 3: "Kiến thức"}
ADDRESS = "Liên minh Hợp tác xã tỉnh Đồng Tháp - Số 05 Võ Trường Toản, phường 1, TP Cao Lãnh - ĐT: 0277.3851.394"
FURN = [DESC, ADDRESS, "Điều hướng", "Chuyên mục", "Lưu trữ", "Tìm kiếm", "Đăng nhập", "Liên kết website", "Vận hành bởi",
        "Bình luận", "Gửi bình luận", "Ghi nhớ", "Đăng bởi", "Karma:", "Tên thành viên", "Mật khẩu"]


def dhead(d: datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def utcz(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}Z"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 21/TB-LMHTX về việc tổ chức Hội chợ nông sản HTX tỉnh Đồng Tháp năm 2024",
          body="""
LIÊN MINH HTX TỈNH ĐỒNG THÁP
Số: 21/TB-LMHTX
Đồng Tháp, ngày 17 tháng 6 năm 2024
THÔNG BÁO
Về việc tổ chức Hội chợ nông sản HTX tỉnh Đồng Tháp năm 2024
Hội chợ nông sản HTX tỉnh Đồng Tháp năm 2024 diễn ra từ ngày 19/7 đến ngày 23/7/2024 tại Quảng trường Văn Miếu, TP Cao Lãnh.
Liên minh HTX tỉnh hỗ trợ toàn bộ chi phí thuê gian hàng cho các HTX tham gia.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/7/2024.
CHỦ TỊCH
Nguyễn Văn Dũng
""", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": "/media/1/20240618-TB21-LMHTX.pdf", "text": "TB21-LMHTX-hoi-cho-nong-san.pdf"}],
          opts={"member": 1, "cat": 2, "karma": 2, "split": 5,
                "comments": [("HTX Xoài Mỹ Xương", "HTX chúng tôi đã gửi đăng ký, mong được bố trí gian hàng gần cổng.")]},
          notes=["notice 'Số: 21/TB-LMHTX' dated 17/6 in its text, posted 18/06 10:05 (date header 'Thứ ba, 18/06/2024' "
                 "above, 'lúc 10:05' in the info line below); member 'Ban quản trị' (the admin's real name): no author; "
                 "the signer is text; the <%media%> link /media/1/20240618-TB21-LMHTX.pdf in its own run is the "
                 "attachment, not text; a cooperative's comment is not text"],
          **at(datetime(2024, 6, 18, 10, 5))),
        A(path="", title="Ảnh: HTX Sen Tháp Mười vào mùa thu hoạch hạt sen",
          body="""
Đầu tháng 6, thành viên HTX Sen Tháp Mười (huyện Tháp Mười) bước vào mùa thu hoạch hạt sen vụ chính.
[img sen-1.jpg] Thành viên HTX thu hái gương sen trên đầm sen của HTX
[img sen-2.jpg] Hạt sen được tách vỏ, phân loại tại xưởng sơ chế
[img sen-3.jpg] Các sản phẩm trà sen, hạt sen sấy của HTX đạt chứng nhận OCOP
Mỗi ngày HTX thu hoạch khoảng 2 tấn gương sen, giá bán ổn định từ 18.000 đến 20.000 đồng/kg.
""", byline="Bài và ảnh: Nguyễn Văn Tâm", author="Nguyễn Văn Tâm",
          opts={"member": 2, "cat": 1, "karma": 5, "split": 1,
                "comments": [("Lê Thị Bé Ba", "Sen Tháp Mười thơm ngon lắm, chúc HTX mùa vụ bội thu!"),
                             ("Phan Minh Trí", "Bài về xoài Mỹ Xương cũng hay: {{alias}}")]},
          notes=["photo story: each <%image%> (caption only in alt/title) followed by the caption typed in <i> (one line "
                 "each); member Huỳnh Ngọc Hân but 'Bài và ảnh: Nguyễn Văn Tâm' closes the text -> author; a reader's "
                 "comment links the xoài item as /item/N/ (trailing slash: the same page, an alias)"],
          **at(datetime(2024, 6, 5, 16, 40))),
        A(path="", title="HTX Xoài Mỹ Xương xuất lô xoài đầu tiên sang Úc",
          body="""
Tối 15/5, HTX Xoài Mỹ Xương (huyện Cao Lãnh) đã xuất lô xoài cát Chu đầu tiên năm 2024 sang thị trường Úc.
Lô hàng gồm 12 tấn xoài được xử lý chiếu xạ và đóng gói tại nhà máy ở TP Hồ Chí Minh.
HTX dự kiến xuất khẩu 150 tấn xoài sang Úc trong năm nay.
""", author="Huỳnh Ngọc Hân",
          opts={"member": 2, "cat": 1, "karma": 3, "split": 1, "comments": []},
          notes=["posted at 00:20 on 16 May about the evening before: date header 'Thứ năm, 16/05/2024', 'lúc 00:20'; the "
                 "RSS says 'Wed, 15 May 2024 17:20:00 GMT' and the Atom '2024-05-15T17:20:00Z' (the previous day in UTC); "
                 "member Huỳnh Ngọc Hân (a staff member), no byline: author"],
          **at(datetime(2024, 5, 16, 0, 20))),
        A(path="", title="Số liệu phát triển HTX nông nghiệp tỉnh Đồng Tháp quý I/2024",
          body="""
Quý I/2024, các HTX nông nghiệp trên địa bàn tỉnh duy trì hoạt động ổn định, số thành viên tăng so với cùng kỳ.
| Huyện, thành phố | Số HTX | Thành viên (người) | Diện tích liên kết (ha) |
| Tháp Mười | 38 | 4.120 | 9.850 |
| Tam Nông | 29 | 3.275 | 7.460 |
| Cao Lãnh | 33 | 3.980 | 6.120 |
| Lấp Vò | 21 | 1.860 | 2.340 |
Toàn tỉnh hiện có 289 HTX nông nghiệp, trong đó 168 HTX xếp loại tốt và khá.
""", author="Huỳnh Ngọc Hân",
          opts={"member": 2, "cat": 1, "karma": 1, "split": 1, "comments": []},
          notes=["a table typed in the textarea: convert-breaks puts '<br />' between its rows (the parser moves them out); "
                 "one line per row; member Huỳnh Ngọc Hân, no byline: author"],
          **at(datetime(2024, 4, 22, 9, 30))),
        A(path="", title="Năm bước để HTX xây dựng sản phẩm OCOP",
          body="""
Chương trình OCOP mở ra cơ hội để HTX nâng cao giá trị nông sản, nhưng HTX cần chuẩn bị kỹ trước khi đăng ký đánh giá.
## Các bước chuẩn bị
* Chọn sản phẩm chủ lực, có vùng nguyên liệu ổn định;
* Hoàn thiện hồ sơ pháp lý, công bố chất lượng sản phẩm;
* Đầu tư bao bì, nhãn mác và mã truy xuất nguồn gốc;
* Xây dựng câu chuyện sản phẩm gắn với địa phương;
* Đăng ký đánh giá, phân hạng với UBND cấp huyện.
HTX cần liên hệ sớm với Văn phòng Điều phối nông thôn mới để được hướng dẫn cụ thể.
""", byline="Phan Văn Lộc - Chi cục Phát triển nông thôn", author="Phan Văn Lộc",
          opts={"member": 1, "cat": 3, "karma": 4, "split": 1, "comments": []},
          notes=["a <b> heading line and a list with convert-breaks' '<br />' between its items (one line per item); "
                 "member 'Ban quản trị' but 'Phan Văn Lộc - Chi cục Phát triển nông thôn' closes the text -> Phan Văn Lộc"],
          **at(datetime(2024, 3, 12, 14, 5))),
        A(path="", title="HTX Nông nghiệp Tân Bình liên kết tiêu thụ lúa chất lượng cao",
          body="""
HTX Nông nghiệp Tân Bình (huyện Thanh Bình) vừa ký hợp đồng liên kết tiêu thụ 800 ha lúa chất lượng cao vụ đông xuân.
Doanh nghiệp cung ứng giống, vật tư đầu vào và thu mua lúa cao hơn giá thị trường 200 đồng/kg.
Nhờ liên kết, lợi nhuận của thành viên tăng khoảng 15% so với sản xuất nhỏ lẻ.
""", byline="Theo Báo Đồng Tháp", author=None,
          opts={"member": 3, "cat": 1, "karma": 0, "split": 1, "comments": []},
          notes=["'Theo Báo Đồng Tháp' closes the text: a reprint, no author (the member Trần Văn Lộc only posted it)"],
          **at(datetime(2024, 2, 27, 8, 15))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Bình Thạnh",
          body="""
Chiều 29/01, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Bình Thạnh (huyện Cao Lãnh).
HTX hiện cung ứng dịch vụ bơm tưới, làm đất và thu hoạch cho 620 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay từ Quỹ hỗ trợ phát triển HTX để mua máy sấy lúa.
""", byline="Võ Thị Mỹ Linh", author="Võ Thị Mỹ Linh",
          opts={"member": 3, "cat": 1, "karma": 1, "split": 1, "comments": []},
          notes=["member Trần Văn Lộc; the bare name 'Võ Thị Mỹ Linh' closes the text: the author; the item is on page 2 "
                 "of the main index (index.php?startpos=5)"],
          **at(datetime(2024, 1, 30, 15, 20))),
        A(path="", title="Liên minh HTX tỉnh Đồng Tháp sơ kết hoạt động 10 tháng năm 2023",
          body="""
Ngày 13/11, Liên minh HTX tỉnh Đồng Tháp tổ chức hội nghị sơ kết hoạt động 10 tháng năm 2023.
[img so-ket-2023.jpg] Quang cảnh hội nghị sơ kết
Trong 10 tháng, Liên minh HTX tỉnh hỗ trợ thành lập mới 16 HTX và tổ chức 7 lớp tập huấn cho cán bộ quản lý HTX.
""", byline="Tin, ảnh: Lê Hoàng Nam", author="Lê Hoàng Nam",
          opts={"member": 3, "cat": 1, "karma": 0, "split": 1, "comments": []},
          notes=["the oldest item: on page 2 of the main index (index.php?startpos=5) and of its category "
                 "(index.php?catid=1&startpos=5), in the feeds, and in /archive/1/2023-11, which the sidebar's six months "
                 "no longer list; 'Tin, ảnh: Lê Hoàng Nam' -> author"],
          **at(datetime(2023, 11, 14, 14, 0))),
    ]


def media(a: RichArticle, src: str) -> str:
    return f"/media/{a.opts['member']}/{a.date:%Y%m%d}-{src}"


def runs(a: RichArticle) -> list[str]:
    """The item as the member typed it in the textarea, one string per typed block (lines joined by newlines)."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text))
        elif b.kind == "h":
            out.append(f"<b>{esc(b.text)}</b>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="3">\n<tr>' + " ".join(f"<td><b>{esc(c)}</b></td>" for c in head)
                       + "</tr>\n" + "\n".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "\n</table>")
        elif b.kind == "img":
            cap = attr(b.text)
            img = f'<img src="{media(a, b.src)}" width="600" height="400" alt="{cap}" title="{cap}" />'
            out.append(img + (f"\n<i>{esc(b.text)}</i>" if b.text else ""))
    for x in a.attachments:
        out.append(f'<a href="{x["path"]}">{esc(x["text"])}</a>')
    if a.byline:
        out.append(f"<b><i>{esc(a.byline)}</i></b>")
    return out


def nl2br(text: str) -> str:
    return text.replace("\n", "<br />\n")


def body_more(a: RichArticle) -> tuple[str, str]:
    parts = runs(a)
    k = a.opts["split"]
    return nl2br("\n\n".join(parts[:k])), nl2br("\n\n".join(parts[k:]))


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-thap", f"{NAME} (Nucleus CMS 3.8)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/xml-rss2.php" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    nid = 40
    for a in reversed(arts):
        nid += 2
        a.opts["id"] = nid
        a.path = f"/item/{nid}"
    mango = next(a for a in arts if "Mỹ Xương" in a.title)
    slash = f"/item/{mango.opts['id']}/"
    cmt = 300
    for a in sorted(arts, key=lambda x: x.date):
        cs = []
        for i, (who, text) in enumerate(a.opts["comments"]):
            cmt += 1
            cs.append({"id": cmt, "who": who, "text": text, "when": a.date + timedelta(hours=3 + 5 * i, minutes=11)})
        a.opts["cs"] = cs

    def months() -> list[str]:
        return list(dict.fromkeys(f"{a.date:%Y-%m}" for a in arts))

    def sidebar() -> str:
        cats = "".join(f'<dd><a href="{{{{base}}}}/category/{c}">{esc(n)}</a></dd>' for c, n in CATS.items())
        arch = "".join(f'<dd><a href="{{{{base}}}}/archive/1/{m}">Tháng {int(m[5:])}/{m[:4]}</a></dd>' for m in months()[:6])
        links = "".join(f'<dd><a href="{{{{base:offsite}}}}{href}">{esc(t)}</a></dd>'
                        for t, href in [("Cổng thông tin điện tử Đồng Tháp", "/dongthap/"),
                                        ("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Báo Đồng Tháp", "/baodongthap/")])
        return f"""<div id="sidebar">
<div class="sidebar"><dl class="sidebardl"><dt>Điều hướng</dt><dd><a href="{{{{base}}}}/">Trang chủ</a></dd><dd><a href="{{{{base}}}}/member/1">Liên hệ Ban quản trị</a></dd></dl></div>
<div class="sidebar"><dl class="sidebardl"><dt>Chuyên mục</dt>{cats}</dl></div>
<div class="sidebar"><dl class="sidebardl"><dt>Lưu trữ</dt>{arch}</dl></div>
<div class="sidebar"><dl class="sidebardl"><dt>Tìm kiếm</dt><dd><form method="get" action="{{{{base}}}}/index.php"><div class="searchform"><input type="hidden" name="amount" value="0" /><input type="hidden" name="blogid" value="1" /><input name="query" class="formfield" size="10" maxlength="60" accesskey="4" value="" /><input type="submit" value="Tìm" class="formbutton" /></div></form></dd></dl></div>
<div class="sidebar"><dl class="sidebardl"><dt>Đăng nhập</dt><dd><form method="post" action="{{{{base}}}}/index.php"><div class="loginform"><input type="hidden" name="action" value="login" /><label for="nucleus_lf_name" accesskey="l">Tên thành viên</label>: <input id="nucleus_lf_name" name="login" size="10" value="" class="formfield" /><br /><label for="nucleus_lf_pwd">Mật khẩu</label>: <input id="nucleus_lf_pwd" name="password" size="10" type="password" value="" class="formfield" /><br /><input type="checkbox" value="1" name="shared" id="nucleus_lf_shared" /><label for="nucleus_lf_shared">Ghi nhớ</label><br /><input type="submit" value="Đăng nhập" class="formbutton" /></div></form></dd></dl></div>
<div class="sidebar"><dl class="sidebardl"><dt>Liên kết website</dt>{links}</dl></div>
<div class="sidebar"><dl class="sidebardl"><dt>Vận hành bởi</dt><dd><a href="{{{{base:offsite}}}}/nucleuscms/" title="Nucleus CMS"><img src="{{{{base}}}}/nucleus/nucleus2.gif" width="85" height="31" alt="Nucleus CMS" /></a></dd></dl></div>
</div>"""

    def layout(title: str, content: str, head_extra: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Nucleus CMS v3.80" />
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="{{{{base}}}}{SKIN}/default.css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base}}}}/xml-rss2.php" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="{{{{base}}}}/atom.php" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{{{{base}}}}/rsd.php" />
<link rel="top" title="Trang chủ" href="{{{{base}}}}/" />{head_extra}
</head>
<body>
<div id="header"><h1><a href="{{{{base}}}}/" accesskey="1">{esc(NAME)}</a></h1><p class="blogdesc">{esc(DESC)}</p></div>
<div id="container">
<div class="contents">
{content}
</div>
{sidebar()}
</div>
<div id="footer"><p>{esc(ADDRESS)}</p><p><a href="{{{{base}}}}/nucleus/">Quản trị</a></p></div>
</body>
</html>
"""

    def karma(a: RichArticle) -> str:
        i = a.opts["id"]
        return (f'Karma: {a.opts["karma"]} [<a href="{{{{base}}}}/action.php?action=votepositive&amp;itemid={i}">+</a>/<a '
                f'href="{{{{base}}}}/action.php?action=votenegative&amp;itemid={i}">-</a>]')

    def info(a: RichArticle) -> str:
        n = len(a.opts["cs"])
        com = (f'<a href="{{{{base}}}}/item/{a.opts["id"]}#c">Bình luận ({n})</a>' if n else
               f'<a href="{{{{base}}}}/item/{a.opts["id"]}#c">Chưa có bình luận</a>')
        return (f'<div class="iteminfo">Đăng bởi <a href="{{{{base}}}}/member/{a.opts["member"]}">'
                f'{esc(MEMBERS[a.opts["member"]][1])}</a> lúc {a.date:%H:%M} - Chuyên mục: <a href="{{{{base}}}}/category/'
                f'{a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}</a> - {karma(a)} - {com}</div>')

    def date_header(d: datetime) -> str:
        return f'<h2 class="dateheader"><a href="{{{{base}}}}/archive/1/{d:%Y-%m-%d}">{dhead(d)}</a></h2>'

    def item(a: RichArticle, full: bool) -> str:
        body, more = body_more(a)
        link = f"{{{{base}}}}/item/{a.opts['id']}"
        if full:
            text = body + (f'<br /><br /><a name="more"></a>{more}' if more else "")
        else:
            text = body + (f'<br /><br /><a href="{link}#more">Đọc thêm »</a>' if more else "")
        return (f'<div class="item">\n<h3 class="item"><a href="{link}" title="Liên kết cố định">{esc(a.title)}</a></h3>\n'
                f'<div class="itembody">\n{text}\n</div>\n{info(a)}\n</div>')

    def blog_list(items: list[RichArticle]) -> str:
        out, last = [], None
        for a in items:
            if a.date.date() != last:
                out.append(date_header(a.date))
                last = a.date.date()
            out.append(item(a, False))
        return "\n".join(out)

    def pager(first: str, base_q: str, n: int, total: int) -> str:
        pages = (total + PER - 1) // PER
        if pages < 2:
            return ""
        sep = "&amp;" if "?" in base_q else "?"
        prev = ""
        if n:
            prev_href = (f"{{{{base}}}}{base_q}{sep}startpos={(n - 1) * PER}" if n > 1 else "{{base}}" + first)
            prev = f'<a href="{prev_href}">« Trang trước</a>'
        nxt = (f'<a href="{{{{base}}}}{base_q}{sep}startpos={(n + 1) * PER}">Trang sau »</a>' if n < pages - 1 else "")
        return f'<div class="pagenav">{prev} {nxt}</div>'

    def listing(first: str, base_q: str, title: str, items: list[RichArticle], head: str = "") -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(pages):
            chunk = items[n * PER:(n + 1) * PER]
            path = first if n == 0 else f"{base_q}{'&' if '?' in base_q else '?'}startpos={n * PER}"
            content = head + blog_list(chunk) + pager(first, base_q, n, len(items))
            site.page(path, layout(title, content))
            site.non_articles.append(path)

    # -- items -----------------------------------------------------------------------------------
    comment_texts = []
    for a in arts:
        cs = a.opts["cs"]
        lis = []
        for c in cs:
            text = esc(c["text"])
            if "{{alias}}" in c["text"]:
                text = text.replace("{{alias}}", f'<a href="{{{{base}}}}{slash}" rel="nofollow">{{{{base}}}}{slash}</a>')
                comment_texts.append(c["text"].split("{{alias}}")[0].strip())
            else:
                comment_texts.append(c["text"])
            lis.append(f'<div class="itemcomment id0"><a name="c{c["id"]}"></a><h3>{esc(c["who"])} viết:</h3><div '
                       f'class="commentbody">{text}</div><div class="commentinfo">{c["when"]:%d/%m/%Y %H:%M}</div></div>')
        comments = "\n".join(lis) if lis else '<div class="itemcomment"><p>Chưa có bình luận nào cho bài viết này</p></div>'
        form = (f'<form method="post" action="{{{{base}}}}/action.php#nucleus_cf"><div class="commentform"><input type="hidden" '
                f'name="action" value="addcomment" /><input type="hidden" name="url" value="index.php?itemid={a.opts["id"]}" />'
                f'<input type="hidden" name="itemid" value="{a.opts["id"]}" /><label for="nucleus_cf_body">Nội dung</label>: '
                '<textarea name="body" class="formfield" cols="40" rows="10" id="nucleus_cf_body"></textarea><br /><label '
                'for="nucleus_cf_name">Tên</label>: <input name="user" size="40" maxlength="40" value="" class="formfield" '
                'id="nucleus_cf_name" /><br /><label for="nucleus_cf_mail">Web/Email</label>: <input name="userid" size="40" '
                'maxlength="60" value="" class="formfield" id="nucleus_cf_mail" /><br /><input type="submit" value="Gửi" '
                'class="formbutton" /></div></form>')
        content = (date_header(a.date) + "\n" + item(a, True) + f'\n<a name="c"></a><h2>Bình luận</h2>\n{comments}\n'
                   f"<h2>Gửi bình luận</h2>\n{form}")
        page = layout(f"{NAME} - {a.title}", content)
        site.page(a.path, page)
        q = f"/index.php?itemid={a.opts['id']}"
        site.same_page(q, a.path)
        a.aliases.append(q)
        if a is mango:
            site.same_page(slash, a.path)
            a.aliases.append(slash)
        for v in ("votepositive", "votenegative"):
            vp = f"/action.php?action={v}&itemid={a.opts['id']}"
            site.redirect(vp, q, 302)
            site.never_fetched.append(vp)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(media(a, b.src), image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH DONG THAP", "THONG BAO SO 21/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_texts
    site.trap("every item is also index.php?itemid=N (the RSS/Atom links, the comment form's return address): an alias",
              f"/index.php?itemid={arts[1].opts['id']}")
    site.trap("karma votes /action.php?action=votepositive|votenegative&itemid=N (links in every info line; a GET that "
              "votes, then redirects): robots.txt disallows /action.php: never fetched",
              f"/action.php?action=votepositive&itemid={arts[1].opts['id']}")

    # -- lists -----------------------------------------------------------------------------------
    listing("/", "/index.php", NAME, arts)
    site.trap("main index: 5 items under their date headers (body + 'Đọc thêm »'), '« Trang trước / Trang sau »' with "
              "index.php?startpos=5 holding the three oldest", "/index.php?startpos=5")
    for c, n in CATS.items():
        items = [a for a in arts if a.opts["cat"] == c]
        listing(f"/category/{c}", f"/index.php?catid={c}", f"{NAME} - {n}", items,
                f'<h2 class="cattitle">Chuyên mục: {esc(n)}</h2>\n')
    site.trap("category /category/1 (6 items): page 2 is index.php?catid=1&startpos=5 (the oldest)",
              "/index.php?catid=1&startpos=5")
    for m in months():
        items = [a for a in arts if f"{a.date:%Y-%m}" == m]
        path = f"/archive/1/{m}"
        site.page(path, layout(f"{NAME} - Lưu trữ tháng {int(m[5:])}/{m[:4]}",
                               f'<h2 class="archivetitle">Lưu trữ tháng {int(m[5:])}/{m[:4]}</h2>\n' + blog_list(items)))
        site.non_articles.append(path)
    for day in dict.fromkeys(a.date.date() for a in arts):
        items = [a for a in arts if a.date.date() == day]
        path = f"/archive/1/{day:%Y-%m-%d}"
        site.page(path, layout(f"{NAME} - Lưu trữ ngày {day:%d/%m/%Y}", blog_list(items)))
        site.non_articles.append(path)
    site.trap("archives /archive/1/<yyyy-mm> (the sidebar lists six months: /archive/1/2023-11 is linked from nowhere) "
              "and /archive/1/<yyyy-mm-dd> (the date headers' links): lists", "/archive/1/2024-05-16")
    for mid, (nick, real) in MEMBERS.items():
        path = f"/member/{mid}"
        site.page(path, layout(f"{NAME} - {real}", f'<h2>Thông tin thành viên: {esc(nick)}</h2>\n<ul><li>Tên thật: '
                                                   f'{esc(real)}</li><li>Website: <a href="{{{{base}}}}/">{esc(NAME)}</a>'
                                                   '</li></ul>\n<h3>Gửi tin nhắn</h3><form method="post" action="'
                                                   '{{base}}/action.php"><input type="hidden" name="action" '
                                                   'value="sendmessage" /><textarea name="message" cols="40" rows="8">'
                                                   '</textarea><input type="submit" value="Gửi" /></form>'))
        site.non_articles.append(path)
    site.trap("member pages /member/<N> (the info lines' names; 'Ban quản trị' is the admin's real name): not articles",
              "/member/1")

    # -- feeds, robots ---------------------------------------------------------------------------
    feed = arts[:10]
    rss_items = "".join(
        f"<item>\n<title>{esc(a.title)}</title>\n<link>{{{{base}}}}/index.php?itemid={a.opts['id']}</link>\n<description>"
        f"<![CDATA[{body_more(a)[0]}{('<br /><br />' + body_more(a)[1]) if body_more(a)[1] else ''}]]></description>\n"
        f"<category>{esc(CATS[a.opts['cat']])}</category>\n<comments>{{{{base}}}}/index.php?itemid={a.opts['id']}</comments>\n"
        f"<pubDate>{gmt(a.date)}</pubDate>\n</item>\n" for a in feed)
    site.page("/xml-rss2.php", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>{esc(NAME)}'
              f"</title>\n<link>{{{{base}}}}/</link>\n<description>{esc(DESC)}</description>\n<language>vi</language>\n"
              f"<generator>Nucleus CMS v3.80</generator>\n<copyright>©</copyright>\n<category>Weblog</category>\n"
              f"<docs>http://backend.userland.com/rss</docs>\n{rss_items}</channel>\n</rss>\n",
              content_type="application/xml; charset=utf-8")
    atom_entries = "".join(
        f'<entry>\n<title type="html">{esc(a.title)}</title>\n<link rel="alternate" type="text/html" href="{{{{base}}}}'
        f'/index.php?itemid={a.opts["id"]}" />\n<author><name>{esc(MEMBERS[a.opts["member"]][0])}</name></author>\n<updated>'
        f'{utcz(a.date)}</updated>\n<published>{utcz(a.date)}</published>\n<id>{{{{base}}}}/:1:{a.opts["id"]}</id>\n'
        f'<content type="html">{esc(body_more(a)[0])}</content>\n</entry>\n' for a in feed)
    site.page("/atom.php", f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>'
              f'{esc(NAME)}</title>\n<link rel="alternate" type="text/html" href="{{{{base}}}}/" />\n<link rel="self" '
              f'type="application/atom+xml" href="{{{{base}}}}/atom.php" />\n<generator uri="{{{{base:offsite}}}}/nucleuscms/">'
              f"Nucleus CMS v3.80</generator>\n<updated>{utcz(arts[0].date)}</updated>\n<id>{{{{base}}}}/:feed</id>\n"
              f"{atom_entries}</feed>\n", content_type="application/atom+xml; charset=utf-8")
    site.page("/rsd.php", '<?xml version="1.0" encoding="UTF-8"?>\n<rsd version="1.0" xmlns="http://archipelago.phrasewise.com/'
              'rsd">\n<service>\n<engineName>Nucleus CMS</engineName>\n<engineLink>{{base:offsite}}/nucleuscms/</engineLink>\n'
              '<homePageLink>{{base}}/</homePageLink>\n<apis>\n<api name="MetaWeblog" preferred="true" apiLink="{{base}}/'
              'nucleus/xmlrpc/server.php" blogID="1" />\n</apis>\n</service>\n</rsd>\n',
              content_type="application/rsd+xml; charset=utf-8")
    site.trap("RSS /xml-rss2.php (10 items, links index.php?itemid=N, pubDate <%date(rfc822GMT)%>) and Atom /atom.php "
              "(<%date(utc)%>): UTC, the item of 00:20 on 16 May is 'Wed, 15 May 2024 17:20:00 GMT'", "/xml-rss2.php")
    site.page("/nucleus/", f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(NAME)} - Quản trị</title></head>
<body><h1>Đăng nhập</h1><form action="index.php" method="post"><p>Tên thành viên: <input name="login" /></p><p>Mật khẩu: <input name="password" type="password" /></p><p><input type="hidden" name="action" value="login" /><input type="submit" value="Đăng nhập" /></p></form></body></html>
""")
    site.never_fetched.append("/nucleus/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /nucleus/\nDisallow: /action.php\nDisallow: /extra/\n")
    site.trap("the footer's 'Quản trị' is the admin area /nucleus/ (its login form): robots.txt disallows it, never "
              "fetched", "/nucleus/")
    site.binary("/nucleus/nucleus2.gif", image_for("nucleus2"))
    return site
