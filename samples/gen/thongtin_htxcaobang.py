"""Site `thongtin-htxcaobang` (registry family `generic`): "Thông tin Liên minh HTX tỉnh Cao Bằng" on **Geeklog 2.2**
(2.2.1, the Denim theme, `url_rewrite` on, `show_fullname` on, the Static Pages plugin for two pages; Geeklog has no
Vietnamese language file, so the site runs `english_utf-8`: the staff wrote the topics, blocks and stories in
Vietnamese but every system phrase stays English - "Contributed by:", "Views:", "read more", "What's Related",
"Story Options", "Older Stories", "Email Article To a Friend", "View Printable Version"; `limitnews` 5; the site's
feed limited to 5 stories; the copy is of 18 June 2025). Written as a held-out test: no family module, no selectors.

URL shapes: a story `/article.php/<sid>` (url_rewrite; the canonical link says so); the same story at
`/article.php?story=<sid>` (an old-style link pasted into a later story: an alias); its printable version
`/article.php/<sid>/print` (the print icon and "View Printable Version": an alias, `meta robots NOINDEX`, a
canonical link back); the sid is what the story editor proposes - `date('YmdHis')` of the moment the draft was
opened plus three random digits - or a slug the editor typed; the home page `/index.php` (= `/`) and its
`/index.php?page=2`, topic lists `/index.php?topic=<tid>` and `/index.php?topic=<tid>&page=2` (5 a page); "What's
Related" search pages `/search.php?mode=search&type=stories&author=<uid>` and `…&topic=<tid>`; profiles
`/users.php?mode=profile&uid=<uid>`; `/users.php` (login), `/users.php?mode=new`, `/users.php?mode=getpassword`;
the e-mail form `/profiles.php?sid=<sid>&what=emailstory`; "Post a comment" `/comment.php?sid=<sid>&pid=0&type=article`
(robots.txt, the one Geeklog ships, disallows /comment.php, /submit.php, /trackback.php, /pingback.php, /docs);
Static Pages `/staticpages/index.php/<id>`; the feed `/backend/geeklog.rss` (RSS 2.0, the head's alternate). No
site map (the XMLSitemap plugin was not installed).

Why it is hard: the Denim story template - `article.storytext > header > h1.story_title`, `ul.story_status` with the
date in `$_CONF['date']` = '%A, %B %d %Y @ %I:%M %p %Z' ("Sunday, March 16 2025 @ 12:10 AM +07": a 12-hour clock
where 12:10 AM is ten past midnight), "Contributed by: <full name>" (the admin's full name is still Geeklog's
"Geeklog SuperUser"; an office account; a staff member), "Views: N" - then `div.story_introtext` holding the intro
text and the body text one after the other (CKEditor `<p>`, `<h3>`, lists, a `<table>` with `<th>`, story images
placed by `[imageN]` autotags as `figure.gl-article-figure` with the caption in the next centred `<em>` paragraph,
files uploaded to `/images/library/File/`), the footer with "What's Related" and "Story Options", the comment bar
(the title again, "0 comments", the disclaimer) and the comments. The banner's "Welcome to … Wednesday, June 18
2025 @ 09:05 AM +07" is the copy's time in the same format. Geeklog 2.2 emits JSON-LD (`json_encode`: `\\/` and
`\\uXXXX` escapes) with `datePublished`, `dateModified` and the contributor as a Person: "Geeklog SuperUser" or
"Văn phòng Liên minh HTX" are no author; a closing byline is; a staff contributor without a byline is. The sid of an
auto-named story is NOT its date: "20250315232047519" was opened at 23:20 on 15 March and published at 00:10 on the
16th. The topic lists and the home page show only the intro with "read more (N words)". The oldest story is
"Show only in topic" (frontpage off): not on the home page, its pager or the "Older Stories" block (which lists the
front page's next 5), not in the feed: only on `/index.php?topic=tintuc&page=2`.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "thongtin-htxcaobang"
NAME = "Thông tin Liên minh HTX tỉnh Cao Bằng"
SLOGAN = "Đoàn kết - Hợp tác - Phát triển bền vững"
PER = 5
NOW = datetime(2025, 6, 18, 9, 5)
TOPICS = {"tintuc": "Tin tức", "thongbao": "Thông báo", "kienthuc": "Kiến thức HTX"}
USERS = {2: ("Admin", "Geeklog SuperUser"), 3: ("hiennt", "Nông Thị Thu Hiền"), 4: ("vanphong", "Văn phòng Liên minh HTX")}
COPY = f"Copyright © 2025 {NAME}"
ADDRESS = "Liên minh HTX tỉnh Cao Bằng - Số 043 Xuân Trường, phường Hợp Giang, TP Cao Bằng - ĐT: 0206.3852.290"
DISCLAIMER = "The following comments are owned by whomever posted them. This site is not responsible for what they say."


def gdate(d: datetime) -> str:
    """$_CONF['date'] = '%A, %B %d %Y @ %I:%M %p %Z' (PHP in Asia/Ho_Chi_Minh: %Z is '+07')."""
    return f"{d:%A, %B %d %Y @ %I:%M %p} +07"


WELCOME = f"Welcome to {NAME}"
FURN = [WELCOME, gdate(NOW), SLOGAN, COPY, ADDRESS, DISCLAIMER, "Contributed by:", "Views:", "What's Related",
        "Story Options", "Email Article To a Friend", "View Printable Version", "Older Stories", "User Functions",
        "Create New Account", "Powered by", "Created this page in", "No new stories", "No new comments",
        "All trademarks and copyrights on this page are owned by their respective owners.", "More by", "More from",
        "Lost your password?", "What's New", "last 48 hrs", "Username:", "Password:"]


def jsonld(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Liên minh HTX tỉnh Cao Bằng tổng kết công tác năm 2024",
          body="""
Chiều 27/12, Liên minh HTX tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket.png] Quang cảnh hội nghị tổng kết công tác năm 2024
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 24 HTX, tổ chức 9 lớp bồi dưỡng cho 430 lượt cán bộ quản lý HTX.
Năm 2025, Liên minh HTX tỉnh tập trung hỗ trợ các HTX xây dựng thương hiệu, tham gia Chương trình OCOP.
""", byline="Tin, ảnh: Hoàng Thị Diệu Linh", author="Hoàng Thị Diệu Linh",
          opts={"sid": "20241226165233187", "topic": "tintuc", "uid": 4, "hits": 73, "front": False},
          notes=["the oldest story, 'Show only in topic' (frontpage off): not on the home page, /index.php?page=2, the "
                 "'Older Stories' block nor the feed (5 newest): only /index.php?topic=tintuc&page=2; its sid "
                 "20241226165233187 is the day before its date; 'Contributed by: Văn phòng Liên minh HTX' (an office) but "
                 "'Tin, ảnh: Hoàng Thị Diệu Linh' closes the text -> author"],
          **at(datetime(2024, 12, 27, 16, 40))),
        A(path="", title="Số liệu phát triển kinh tế tập thể tỉnh Cao Bằng năm 2024",
          body="""
Đến hết năm 2024, toàn tỉnh Cao Bằng có 418 HTX đang hoạt động, thu hút hơn 9.600 thành viên.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Nông, lâm nghiệp | 286 | 6.840 | 1.150 |
| Công nghiệp, tiểu thủ công nghiệp | 54 | 1.120 | 2.380 |
| Thương mại, dịch vụ | 49 | 1.020 | 2.760 |
| Vận tải, xây dựng | 29 | 640 | 3.150 |
Số HTX xếp loại tốt, khá chiếm 46%, tăng 5 điểm phần trăm so với năm 2023.
""", author="Nông Thị Thu Hiền",
          opts={"sid": "20250116093512604", "topic": "kienthuc", "uid": 3, "hits": 245, "front": True},
          notes=["a CKEditor table (<thead><th scope=col>): one line per row; 'Contributed by: Nông Thị Thu Hiền' (a staff "
                 "member, JSON-LD author the same Person), no byline: she is the author; a later story links it as "
                 "/article.php?story=20250116093512604 (the same page: an alias)"],
          **at(datetime(2025, 1, 16, 10, 0))),
        A(path="", title="HTX Nông nghiệp Hồng Đạt liên kết trồng lúa nếp hương",
          body="""
HTX Nông nghiệp Hồng Đạt (huyện Hòa An) vừa ký hợp đồng liên kết trồng 35 ha lúa nếp hương với 120 hộ thành viên.
HTX cung ứng giống, hướng dẫn kỹ thuật canh tác hữu cơ và bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường 10%.
Sản phẩm gạo nếp hương Hồng Đạt đã được công nhận OCOP 3 sao năm 2024.
""", byline="Theo Báo Cao Bằng", author=None,
          opts={"sid": "htx-hong-dat-lien-ket-lua-nep-huong", "topic": "tintuc", "uid": 3, "hits": 318, "front": True},
          notes=["a typed sid (a slug, no digits); 'Contributed by: Nông Thị Thu Hiền' (JSON-LD names her) but 'Theo Báo "
                 "Cao Bằng' closes the text: a reprint, no author"],
          **at(datetime(2025, 2, 10, 15, 0))),
        A(path="", title="Hướng dẫn HTX lập hồ sơ đề nghị hỗ trợ đầu tư kết cấu hạ tầng",
          body="""
Các HTX nông nghiệp có nhu cầu được hỗ trợ đầu tư kết cấu hạ tầng năm 2025 cần chuẩn bị hồ sơ theo hướng dẫn sau.
## Hồ sơ đề nghị hỗ trợ gồm
* Văn bản đề nghị hỗ trợ của HTX;
* Nghị quyết đại hội thành viên về việc đầu tư công trình;
* Phương án sản xuất kinh doanh và dự toán công trình;
* Báo cáo tài chính năm gần nhất của HTX.
Hồ sơ gửi về Liên minh HTX tỉnh trước ngày 30/4/2025 để tổng hợp, trình UBND tỉnh xem xét.
""", byline="Hoàng Văn Toàn - Phòng Hỗ trợ HTX", author="Hoàng Văn Toàn",
          opts={"sid": "20250221154018362", "topic": "tintuc", "uid": 2, "hits": 402, "front": True},
          notes=["an <h3> and a bulleted list; 'Contributed by: Geeklog SuperUser' (the admin's default full name, the "
                 "JSON-LD's Person) but 'Hoàng Văn Toàn - Phòng Hỗ trợ HTX' closes the text -> Hoàng Văn Toàn; the sid "
                 "says 21 February, the story is dated 24 February"],
          **at(datetime(2025, 2, 24, 8, 0))),
        A(path="", title="Thông báo số 06/TB-LMHTX về việc tổ chức Hội chợ sản phẩm HTX tiêu biểu năm 2025",
          body="""
LIÊN MINH HTX TỈNH CAO BẰNG
Số: 06/TB-LMHTX
Cao Bằng, ngày 04 tháng 3 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm HTX tiêu biểu năm 2025
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX tiêu biểu năm 2025 từ ngày 18/4/2025 đến ngày 22/4/2025 tại Quảng trường Cao Bằng.
Liên minh HTX tỉnh hỗ trợ 40 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2025.
CHỦ TỊCH
Đàm Văn Hùng
""", author=None, doc_number="06/TB-LMHTX",
          attachments=[{"path": "/images/library/File/2025/TB-06-LMHTX.pdf", "text": "TB-06-LMHTX.pdf"}],
          opts={"sid": "20250305135006271", "topic": "thongbao", "uid": 4, "hits": 377, "front": True,
                "label": "Tệp đính kèm: "},
          notes=["notice 'Số: 06/TB-LMHTX' dated 04/3 in its text, published 'Wednesday, March 05 2025 @ 02:00 PM +07'; "
                 "'Contributed by: Văn phòng Liên minh HTX' (an office account): no author; the signer is text; 'Tệp đính "
                 "kèm: TB-06-LMHTX.pdf' (a CKEditor file-manager upload, /images/library/File/) is an attachment, not text"],
          **at(datetime(2025, 3, 5, 14, 0))),
        A(path="", title="Cao Bằng trao chứng nhận OCOP cho 9 sản phẩm của các HTX",
          body="""
Tối 15/3, UBND tỉnh Cao Bằng tổ chức trao giấy chứng nhận sản phẩm OCOP đợt 1 năm 2025 cho 9 sản phẩm của các HTX.
Các sản phẩm được công nhận gồm miến dong, hạt dẻ Trùng Khánh, lạp sườn hun khói, mật ong bạc hà và chè Phja Đén.
Liên minh HTX tỉnh sẽ tiếp tục đồng hành cùng các HTX xây dựng thương hiệu, mở rộng thị trường cho sản phẩm OCOP.
""", author=None,
          opts={"sid": "20250315232047519", "topic": "tintuc", "uid": 2, "hits": 289, "front": True,
                "comments": [("Lục Thị Hương", "Chúc mừng các HTX, mong sản phẩm OCOP Cao Bằng đi xa hơn nữa!",
                              datetime(2025, 3, 16, 7, 42))]},
          notes=["published at 00:10 on 16 March about the evening before: 'Sunday, March 16 2025 @ 12:10 AM +07' (12:10 AM "
                 "= 00:10), JSON-LD datePublished 2025-03-16T00:10:00+07:00; its sid 20250315232047519 is the 15th (the "
                 "draft was opened at 23:20); 'Contributed by: Geeklog SuperUser', no byline: author null; a reader's "
                 "comment under it is not text"],
          **at(datetime(2025, 3, 16, 0, 10))),
        A(path="", title="Ảnh: HTX Nông nghiệp Tam Kim vào vụ làm miến dong",
          body="""
Những ngày cuối tháng 4, các thành viên HTX Nông nghiệp Tam Kim (huyện Nguyên Bình) tất bật vào vụ làm miến dong.
[img tam-kim-1.png] Thành viên HTX thu hoạch củ dong riềng trên đồng
[img tam-kim-2.png] Miến dong được phơi trên giàn tre quanh xưởng của HTX
[img tam-kim-3.png] Sản phẩm miến dong Tam Kim đóng gói mang nhãn OCOP 4 sao
Năm nay HTX dự kiến sản xuất khoảng 120 tấn miến dong, tăng 20 tấn so với năm trước.
""", byline="Ảnh: Lục Văn Tiến", author="Lục Văn Tiến",
          opts={"sid": "20250422163311845", "topic": "tintuc", "uid": 3, "hits": 356, "front": True,
                "modified": datetime(2025, 4, 23, 8, 2)},
          notes=["photo story: three [imageN] autotags rendered as figure.gl-article-figure, each caption the next centred "
                 "<p><em> (one line each); edited the next morning (JSON-LD dateModified 2025-04-23T08:02): not the "
                 "publication date; 'Contributed by: Nông Thị Thu Hiền' but 'Ảnh: Lục Văn Tiến' closes it -> author"],
          **at(datetime(2025, 4, 22, 16, 45))),
        A(path="", title="HTX Dịch vụ nông nghiệp Bảo Lạc mở rộng liên kết trồng thạch đen",
          body="""
HTX Dịch vụ nông nghiệp Bảo Lạc vừa mở rộng diện tích liên kết trồng thạch đen lên 50 ha với 160 hộ thành viên.
HTX cung ứng giống, phân bón và thu mua thạch đen khô với giá ổn định 25.000 đồng/kg.
Số liệu chung về các HTX trong tỉnh xem tại bài [[Số liệu phát triển kinh tế tập thể tỉnh Cao Bằng năm 2024|{{alias}}]].
""", byline="Triệu Thị Mai", author="Triệu Thị Mai",
          opts={"sid": "20250610085741026", "topic": "tintuc", "uid": 3, "hits": 58, "front": True},
          notes=["the newest story; its text links the table story the old way, /article.php?story=<sid> (an alias); "
                 "'Contributed by: Nông Thị Thu Hiền' but the bare name 'Triệu Thị Mai' closes it: the author"],
          **at(datetime(2025, 6, 10, 9, 20))),
    ]


def body_html(a: RichArticle, alias: str) -> str:
    out = []
    n = 0
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text).replace('{{alias}}', alias)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"\t<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%">\n\t<thead>\n\t\t<tr>\n'
                       + "\n".join(f'\t\t\t<th scope="col">{esc(c)}</th>' for c in head) + "\n\t\t</tr>\n\t</thead>\n\t<tbody>\n"
                       + "".join("\t\t<tr>\n" + "\n".join(f"\t\t\t<td>{esc(c)}</td>" for c in r) + "\n\t\t</tr>\n" for r in rows)
                       + "\t</tbody>\n</table>")
        elif b.kind == "img":
            n += 1
            out.append(f'<figure class="gl-article-figure">\n  <div class="gl-align-none">\n    <div class="uk-thumbnail">\n'
                       f'      <img width="600" height="400" src="/images/articles/{a.opts["sid"]}_{n}.png" alt="">\n'
                       f"    </div>\n  </div>\n</figure>")
            if b.text:
                out.append(f'<p style="text-align:center"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p>{a.opts.get("label", "")}<a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "cao-bang", f"{NAME} (Geeklog 2.2)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/backend/geeklog.rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/article.php/{a.opts['sid']}"
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    alias = f"/article.php?story={table.opts['sid']}"
    front = [a for a in arts if a.opts["front"]]
    older = front[PER:PER * 2]

    def intro_html(a: RichArticle) -> str:
        return f"<p>{inline_html(next(b.text for b in a.blocks if b.kind == 'p'))}</p>"

    def words(a: RichArticle) -> int:
        return sum(len(x.split()) for x in a.text_lines()[1:])

    def status(a: RichArticle) -> str:
        uid = a.opts["uid"]
        return (f'<ul class="story_status">\n      <li>{gdate(a.date)}</li>\n      <li>Contributed by: <a href="/users.php?mode='
                f'profile&amp;uid={uid}" class="storybyline">{esc(USERS[uid][1])}</a></li>\n      <li>Views: {a.opts["hits"]}'
                f"</li>\n    </ul>")

    def icons(a: RichArticle) -> str:
        sid = a.opts["sid"]
        return (f'<div class="story_icon">\n      <a title="Email Article To a Friend" href="/profiles.php?sid={sid}&amp;what='
                f'emailstory" class="uk-icon-hover uk-icon-envelope-o" aria-label="Email Article To a Friend"></a>\n      '
                f'<a title="View Printable Version" href="/article.php/{sid}/print" class="uk-icon-hover uk-icon-print" '
                f'rel="nofollow" aria-label="View Printable Version"></a>\n    </div>')

    def summary(a: RichArticle) -> str:
        sid = a.opts["sid"]
        n = len(a.opts.get("comments", []))
        return (f'<article class="storytext">\n  <header>\n    <h2 class="story_title"><a href="{a.path}" class="non-ul">'
                f"{esc(a.title)}</a></h2>\n    {icons(a)}\n    {status(a)}\n  </header>\n  <div class=\"story_introtext\">\n"
                f"    {intro_html(a)}\n  </div>\n  <footer>\n    <ul class=\"story_navi\">\n      <li><a href=\"{a.path}\" "
                f'class="story-read-more-link">read more</a> ({words(a)} words)</li>\n      <li><a href="/comment.php?sid={sid}'
                f'&amp;pid=0&amp;type=article" rel="nofollow">Post a comment</a></li>\n    </ul>\n    <ul class="feedback">'
                f'<li><a href="{a.path}#comments">{n} comments</a></li></ul>\n  </footer>\n</article>\n')

    def older_block() -> str:
        out, last = [], None
        for a in older:
            day = a.date.date()
            if day != last:
                if last is not None:
                    out.append("</ul>")
                out.append(f"<h3>{a.date:%A} <small>{a.date:%d-%b}</small></h3><ul class=\"list-older-stories\">")
                last = day
            out.append(f'<li><a href="{a.path}">{esc(a.title)}</a> ({len(a.opts.get("comments", []))})</li>')
        out.append("</ul>")
        return "".join(out)

    counts = {t: sum(1 for a in arts if a.opts["topic"] == t) for t in TOPICS}

    def layout(title: str, main: str, head: str = "") -> str:
        topics = "".join(f'<li><a href="/index.php?topic={t}">{esc(n)}</a> ({counts[t]})</li>' for t, n in TOPICS.items())
        return f"""<!DOCTYPE html>
<html lang="en-GB">

<head profile="http://www.w3.org/2003/g/data-view">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<meta http-equiv="Content-Script-Type" content="text/javascript">
<meta http-equiv="Content-Style-Type" content="text/css">
<meta http-equiv="imagetoolbar" content="no">

<!-- Mobile Specific Metas -->
<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=yes">

<!-- Favicons -->
<link rel="shortcut icon" href="/layout/denim/images/favicon.ico">

<link rel="start contents" href="{{{{base}}}}/">
<link rel="alternate" type="application/rss+xml" hreflang="vi" href="{{{{base}}}}/backend/geeklog.rss" title="RSS Feed: {attr(NAME)}">
{head}
<link rel="stylesheet" type="text/css" href="/layout/denim/css_ltr/compressed.css">
<script type="text/javascript" src="/layout/denim/javascript/script.js"></script>
</head>

<body dir="ltr" class="left-center-right">

<!-- header.thtml {{ -->

  <!-- #container {{ -->
  <div id="container">

    <!-- #header {{ -->
    <div id="header">
      <div id="header-content" class="type1">
        <h1 class="site_name"><a href="{{{{base}}}}/" title="{attr(NAME)}">{esc(NAME)}</a></h1>
        <p class="site_slogan">{esc(SLOGAN)}</p>
      </div>
    </div>
    <!-- }} #header -->

    <hr class="separator">

    <!-- #navigation {{ -->
    <div id="navigation">
      <div class="navigation_content">
        <ul id="navigation_ul">
          <li class="menuitem"><a href="{{{{base}}}}/">Home</a></li><li class="menuitem"><a href="{{{{base}}}}/search.php">Search</a></li><li class="menuitem"><a href="{{{{base}}}}/staticpages/index.php/gioi-thieu">Giới thiệu</a></li><li class="last"><a href="{{{{base}}}}/staticpages/index.php/lien-he">Liên hệ</a></li>
        </ul>
      </div>
    </div>
    <!-- }} #navigation -->

    <hr class="separator">

    <!-- #wrapper {{ -->
    <div id="wrapper">

      <!-- Center Block Container -->
      <div id="centerblocks">
        <div id="main-content">
          <p class="welcome_msg">{esc(WELCOME)}&nbsp;{gdate(NOW)}</p>

<!-- }} header.thtml -->
{main}
<!-- footer.thtml {{ -->

        </div>
      </div>

      <div id="leftblocks"><div class="block-left"><h2>User Functions</h2><div class="block-left-content"><form action="{{{{base}}}}/users.php" method="post" class="uk-form"><p><label for="login-loginname">Username:</label><input type="text" name="loginname" id="login-loginname" size="10" maxlength="16"></p><p><label for="login-passwd">Password:</label><input type="password" name="passwd" id="login-passwd" size="10"></p><p><button type="submit" value="Login" class="uk-button">Login</button></p></form><ul><li><a href="{{{{base}}}}/users.php?mode=new" rel="nofollow">Create New Account</a></li><li><a href="{{{{base}}}}/users.php?mode=getpassword" rel="nofollow">Lost your password?</a></li></ul></div></div>
      <div class="block-left"><h2>Chủ đề</h2><div class="block-left-content"><ul class="topicselector"><li><a href="{{{{base}}}}/index.php">Home</a></li>{topics}</ul></div></div></div>

      <div id="rightblocks"><div class="block-right"><h2>What's New</h2><div class="block-right-content"><h3>Stories</h3><div class="whatsnew-stories">No new stories</div><h3>Comments</h3><p><small>last 48 hrs</small></p><div class="whatsnew-comments">No new comments</div></div></div>
      <div class="block-right"><h2>Older Stories</h2><div class="block-right-content">{older_block()}</div></div></div>

    </div>
    <!-- }} #wrapper -->

    <hr class="separator">

    <footer id="footer" role="contentinfo" class="clearfix">
      <div id="footer-content">
        <p class="copyright">{esc(COPY)}<br>{esc(ADDRESS)}<br>All trademarks and copyrights on this page are owned by their respective owners.</p>
        <p class="site_info">
          <span class="powered_by">Powered by&nbsp;<a href="{{{{base:offsite}}}}/geeklog/">Geeklog</a></span><br>
          <span class="execution_textandtime">Created this page in 0.21 seconds</span>
        </p>
      </div>
    </footer>

  </div>
  <!-- }} #container -->

  <script type="text/javascript">
  <!--
    FixHTML('leftblocks', 'centerblocks', 'rightblocks');
  -->
  </script>

<!-- }} footer.thtml -->

</body>

</html>
"""

    def pager(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        sep = "&amp;" if "?" in base else "?"

        def href(k: int) -> str:
            return base if k == 1 else f"{base}{sep}page={k}"
        items = []
        items.append(f'<li><a href="{href(1)}">« first</a></li><li><a href="{href(n - 1)}">‹ previous</a></li>' if n > 1
                     else '<li class="uk-disabled"><span>« first</span></li><li class="uk-disabled"><span>‹ previous</span></li>')
        items += [f'<li class="uk-active"><span>{k}</span></li>' if k == n else f'<li><a href="{href(k)}">{k}</a></li>'
                  for k in range(1, pages + 1)]
        items.append(f'<li><a href="{href(n + 1)}">next ›</a></li><li><a href="{href(pages)}">last »</a></li>' if n < pages
                     else '<li class="uk-disabled"><span>next ›</span></li><li class="uk-disabled"><span>last »</span></li>')
        return f'<div class="gl-pagenav"><ul class="uk-pagination">{"".join(items)}</ul></div>'

    comment_strings = set()
    for a in arts:
        sid, uid = a.opts["sid"], a.opts["uid"]
        modified = a.opts.get("modified", a.date)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
              "url": f"{{{{base}}}}{a.path}", "datePublished": iso(a.date), "dateModified": iso(modified),
              "description": inline_text(next(b.text for b in a.blocks if b.kind == "p")),
              "publisher": {"@type": "Organization", "name": NAME,
                            "logo": {"@type": "ImageObject", "url": "{{base}}/layout/denim/images/logo.png"}},
              "mainEntityOfPage": {"@type": "WebPage", "@id": f"{{{{base}}}}{a.path}"},
              "author": {"@type": "Person", "name": USERS[uid][1]}}
        comments = a.opts.get("comments", [])
        com_html = ""
        for i, (who, text, when) in enumerate(comments, 1):
            comment_strings.add(text)
            com_html += (f'<li class="comment" id="comments-{i}"><div class="comment-header"><span class="comment-title">'
                         f'{esc(text[:30])}...</span> <span class="comment-author">by {esc(who)} (Anonymous)</span> on '
                         f'<span class="comment-date">{when:%A, %B %d %Y @ %I:%M %p} +07</span></div><div class="comment-body">'
                         f"<p>{esc(text)}</p></div></li>")
        comments_block = f'<a name="comments"></a><ul class="commentlist">{com_html}</ul>' if com_html else '<a name="comments"></a>'
        main = f"""<div class="article">
<article class="storytext">
  <header>
    <h1 class="story_title">{esc(a.title)}</h1>

    {icons(a)}

    {status(a)}
  </header>

  <div class="story_introtext">
    {body_html(a, alias)}
  </div>

  <footer>
    <hr>
    <div class="uk-margin uk-grid" data-uk-grid-margin data-uk-grid-match>
      <div class="uk-width-medium-1-2">
<aside class="block-related">
  <h3>What's Related</h3>
  <div class="block-related-content">
<ul><li><a href="{{{{base}}}}/search.php?mode=search&amp;type=stories&amp;author={uid}">More by {esc(USERS[uid][1])}</a></li><li><a href="{{{{base}}}}/search.php?mode=search&amp;type=stories&amp;topic={a.opts['topic']}">More from {esc(TOPICS[a.opts['topic']])}</a></li></ul>
  </div>
</aside>
      </div>
      <div class="uk-width-medium-1-2">
<aside class="block-related">
  <h3>Story Options</h3>
  <div class="block-related-content">
<ul><li><a href="{{{{base}}}}/profiles.php?sid={sid}&amp;what=emailstory" rel="nofollow">Email Article To a Friend</a></li><li><a href="{{{{base}}}}/article.php/{sid}/print" rel="nofollow">View Printable Version</a></li></ul>
  </div>
</aside>
      </div>
    </div>
  </footer>
</article>
</div>

<div class="commentbar_status">
  <a href="{a.path}" class="non-ul"><strong>{esc(a.title)}</strong></a>
  <span class="bar_separator">|</span>
  {len(comments)} comments
  <span class="bar_separator">|</span>
   <a href="{{{{base}}}}/users.php" rel="nofollow">Login</a>
</div>
<p class="disclaimer">{DISCLAIMER}</p>
{comments_block}
"""
        head = (f'<meta name="description" content="{attr(inline_text(next(b.text for b in a.blocks if b.kind == "p")))}">\n'
                f'<link rel="canonical" href="{{{{base}}}}{a.path}">\n<script type="application/ld+json">{jsonld(ld)}</script>')
        site.page(a.path, layout(f"{a.title} - {NAME}", main, head), content_type="text/html; charset=utf-8")
        site.same_page(f"/article.php?story={sid}", a.path)
        if a is table:
            a.aliases.append(alias)
        prn = f"/article.php/{sid}/print"
        site.page(prn, f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en-GB">
<head>
  <meta name="robots" content="NOINDEX">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
  <meta http-equiv="Content-Style-Type" content="text/css">
  <title>{esc(a.title)} - {esc(NAME)}</title>
  <link rel="stylesheet" type="text/css" href="/layout/denim/css_ltr/print.css">
  <link rel="canonical" href="{{{{base}}}}{a.path}">
</head>
<body id="print" dir="ltr">
  <div id="wrapper">
    <div id="header">
      <h1>{esc(a.title)}</h1>
      <p>Contributed by: {esc(USERS[uid][1])} {gdate(a.date)}</p>
    </div>
    <div id="story">
      {body_html(a, alias)}
    </div>
    <p>Comments ({len(comments)})</p>
    <hr class="hidden">
    <div id="footer">
      <p>{esc(a.title)} - {esc(NAME)}<br>{{{{base}}}}{a.path}</p>
    </div>
  </div>
</body>
</html>
""", content_type="text/html; charset=utf-8")
        a.aliases.append(prn)
        email = f"/profiles.php?sid={sid}&what=emailstory"
        site.page(email, layout(f"Email Article To a Friend - {NAME}", f'<h2>Email Article To a Friend</h2><p><a href="{a.path}">'
                                f'{esc(a.title)}</a></p><form action="{{{{base}}}}/profiles.php" method="post"><input name="to" />'
                                f'<textarea name="shortmsg"></textarea><input type="hidden" name="sid" value="{sid}" /></form>'))
        site.non_articles.append(email)
        cpath = f"/comment.php?sid={sid}&pid=0&type=article"
        site.page(cpath, layout(f"Post a Comment - {NAME}", f'<h2>Post a Comment</h2><p>This site requires you to be logged in '
                                f'to post a comment, please log in.</p><p><a href="{a.path}">{esc(a.title)}</a></p>'))
        site.never_fetched.append(cpath)
        img_n = 0
        for b in a.blocks:
            if b.kind == "img":
                img_n += 1
                site.binary(f"/images/articles/{sid}_{img_n}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH CAO BANG", "THONG BAO SO 06/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += sorted(comment_strings)
    site.trap("every story's print icon and 'View Printable Version' open /article.php/<sid>/print (meta robots NOINDEX, "
              "'Contributed by: X <date>' in one line, a canonical link back): an alias", f"/article.php/{arts[1].opts['sid']}/print")
    site.trap("'Email Article To a Friend' /profiles.php?sid=<sid>&what=emailstory (a form, not disallowed): not an "
              "article; 'Post a comment' /comment.php?… is robots-disallowed", f"/profiles.php?sid={arts[1].opts['sid']}&what=emailstory")

    # the home page, its pager, the topic lists
    def listing(base: str, items: list[RichArticle], heading: str) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        sep = "&" if "?" in base else "?"
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}{sep}page={n}"
            main = (heading + "".join(summary(a) for a in chunk) + pager(base.replace("&", "&amp;"), n, len(chunks)))
            site.page(path, layout(f"{NAME}" if base == "/index.php" else f"{heading_text(base)} - {NAME}", main),
                      content_type="text/html; charset=utf-8")
            site.non_articles.append(path)

    def heading_text(base: str) -> str:
        return TOPICS[base.split("topic=")[1]]

    listing("/index.php", front, "")
    site.same_page("/", "/index.php")
    site.non_articles.append("/")
    for t, name in TOPICS.items():
        listing(f"/index.php?topic={t}", [a for a in arts if a.opts["topic"] == t],
                f'<div class="breadcrumbs"><a href="{{{{base}}}}/index.php">Home</a> » {esc(name)}</div>')
    site.trap("the home page /index.php (= /; front-page stories only, 5 a page: the intro, 'read more (N words)', 'Post a "
              "comment'), its pager /index.php?page=2; the 'Older Stories' block lists the front page's next 5 under "
              "'Monday <small>10-Feb</small>' day headings (no year)", "/index.php?page=2")
    site.trap("topic lists /index.php?topic=<tid> (the 'Chủ đề' block, counts in brackets), 5 a page: "
              "/index.php?topic=tintuc&page=2 holds the oldest story (frontpage off)", "/index.php?topic=tintuc&page=2")

    # What's Related searches, profiles, user pages
    for uid, (login, full) in USERS.items():
        found = [a for a in arts if a.opts["uid"] == uid]
        sp = f"/search.php?mode=search&type=stories&author={uid}"
        rows = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.date:%m/%d/%Y}</td><td>{a.opts["hits"]}</td></tr>'
                       for a in found)
        site.page(sp, layout(f"Search Results - {NAME}", f'<h2>Search Results</h2><table class="searchresults"><tr><th>Title</th>'
                             f"<th>Date</th><th>Hits</th></tr>{rows}</table>"))
        site.non_articles.append(sp)
        pp = f"/users.php?mode=profile&uid={uid}"
        last = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({a.date:%m/%d %I:%M%p})</li>' for a in found[:10])
        site.page(pp, layout(f"User Profile for {login} - {NAME}", f"<h2>User Profile for {esc(login)}</h2><p>{esc(full)}</p>"
                             f"<h3>Last 10 stories for user {esc(login)}</h3><ul>{last}</ul>"))
        site.non_articles.append(pp)
    for t, name in TOPICS.items():
        found = [a for a in arts if a.opts["topic"] == t]
        sp = f"/search.php?mode=search&type=stories&topic={t}"
        rows = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.date:%m/%d/%Y}</td><td>{a.opts["hits"]}</td></tr>'
                       for a in found)
        site.page(sp, layout(f"Search Results - {NAME}", f'<h2>Search Results</h2><table class="searchresults"><tr><th>Title</th>'
                             f"<th>Date</th><th>Hits</th></tr>{rows}</table>"))
        site.non_articles.append(sp)
    site.trap("'What's Related' links the search pages search.php?mode=search&type=stories&author=<uid> / &topic=<tid> "
              "(dates m/d/Y, month first) and the profile users.php?mode=profile&uid=<uid>: lists", "/users.php?mode=profile&uid=2")
    for path, title, text in [
            ("/search.php", "Advanced Search", '<form action="{{base}}/search.php" method="get"><input name="query" />'
             '<input type="hidden" name="mode" value="search" /></form>'),
            ("/users.php", "Login", '<form action="{{base}}/users.php" method="post"><input name="loginname" /><input '
             'name="passwd" type="password" /></form>'),
            ("/users.php?mode=new", "Create New Account", '<form action="{{base}}/users.php" method="post"><input '
             'name="username" /><input name="email" /></form>'),
            ("/users.php?mode=getpassword", "Did You Forget Your Password?", '<form action="{{base}}/users.php" '
             'method="post"><input name="username" /></form>'),
            ("/staticpages/index.php/gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Cao Bằng là tổ chức kinh tế - "
             "xã hội, đại diện và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/staticpages/index.php/lien-he", "Liên hệ", f"<p>{esc(ADDRESS)}</p>")]:
        site.page(path, layout(f"{title} - {NAME}", f"<h2>{esc(title)}</h2>{text}"), content_type="text/html; charset=utf-8")
        site.non_articles.append(path)
    site.trap("users.php (login), users.php?mode=new, ?mode=getpassword and search.php are not disallowed by Geeklog's "
              "robots.txt: fetched, no articles; Static Pages /staticpages/index.php/<id>: pages", "/users.php")
    site.static("/robots.txt", "User-agent: *\nDisallow: /comment.php\nDisallow: /docs\nDisallow: /pingback.php\n"
                "Disallow: /submit.php\nDisallow: /trackback.php\n")

    # the feed
    items = "".join(
        f"<item>\n<title>{esc(a.title)}</title>\n<link>{{{{base}}}}{a.path}</link>\n<guid isPermaLink=\"true\">{{{{base}}}}{a.path}"
        f"</guid>\n<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate>\n<comments>{{{{base}}}}{a.path}#comments</comments>\n"
        f"<description>{esc(intro_html(a))}</description>\n</item>\n" for a in arts[:5])
    site.page("/backend/geeklog.rss", f'<?xml version="1.0" encoding="UTF-8"?>\n\n<rss version="2.0" xmlns:dc="http://purl.org/'
              f'dc/elements/1.1/">\n<channel>\n<title>{esc(NAME)}</title>\n<link>{{{{base}}}}/</link>\n<description>{esc(SLOGAN)}'
              f"</description>\n<generator>Geeklog</generator>\n<pubDate>Wed, 18 Jun 2025 09:05:00 +0700</pubDate>\n<language>vi"
              f"</language>\n{items}</channel>\n</rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("the feed /backend/geeklog.rss (the head's alternate; limit 5, the intro as description): pubDate with "
              "+0700", "/backend/geeklog.rss")
    site.binary("/layout/denim/images/favicon.ico", b"\x00\x00\x01\x00")
    return site
