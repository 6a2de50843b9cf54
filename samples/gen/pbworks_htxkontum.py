"""Site `pbworks-htxkontum` (registry family `generic`): "Liên minh HTX tỉnh Kon Tum - Bảng tin", a hosted workspace on
**PBworks** (`lmhtxkontum.pbworks.com`, the standard PBworks 2.0 wiki skin; the interface is PBworks' own English,
the content Vietnamese) where the Kon Tum cooperative alliance's office posts its notices and short news. The copy
is of 20 November 2024, 10:00 (Vietnam time). Written as a held-out test: no family module, no selectors.

What is an article here: a wiki page holding one notice or news item. URL shapes: a page `/w/page/<numeric id>/<Title>`
(the title percent-encoded, spaces as %20); the bare `/w/page/<id>` answers 301 to it (an alias, what the "Recent
Activity" box links); the page's history `/w/page-revisions/<id>/<Title>` (a list of dated revisions: no article);
files `/w/file/fetch/<id>/<name>` (the download) listed under "Tệp đính kèm"; the home page `/w/page/<id>/FrontPage`
(also `/`: 302) lists the newest notices; the page list `/w/pages` (by name, 6 a page, `?page=2`) and
`/w/pages?sort=-modified` (newest first, 6 a page, `&page=2`); `/w/page/<id>/SideBar` is the sidebar's own page. No
site map, no feed, no og/JSON-LD.

Why it is hard: the only time on a page is the page info line "Page history last edited by <user> 2 tháng trước":
a RELATIVE age (relative to the copy's day) whose exact timestamp is only in the `title` tooltip of its `<span>`, in
PBworks' home time zone (US Pacific: -0700 until 3 November 2024, -0800 after), so a notice edited at 08:30 on 5
November in Kon Tum carries "Mon, 04 Nov 2024 17:30:00 -0800" (the day before). Each notice page was written in one
go (one revision: the last edit is the creation, as the history shows). The user after "last edited by" is a
workspace member's account, never the author. The `<title>` is "lmhtxkontum / <Title>"; the `h1#pagetitle` is the page
name. Chrome: the top bar (workspace name, "log in", "help"), the Dokkio promotion banner, the Wiki / Pages & Files
tabs, the sidebar (Navigator with its page list, "Recent Activity" with relative ages, the SideBar page's text with
the office's address), the comments box ("Comments (1)", commenters' text and dates, "You don't have permission to
comment on this page."), the footer ("Printable version", "PBworks / Help", "Terms of use / Privacy policy", "About
this workspace", "Contact the owner / This workspace is public").

Truth kept as built: the page's only time is the "last edited" age with its tooltip, as on `nextcloud-htxbackan`
(a page put up once: its last edit is its posting), where a wiki's footer line "sửa đổi lần cuối lúc …"
(`wiki-htxvietnam`, `wikka-htxninhbinh`) dates no publication.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "pbworks-htxkontum"
WS = "lmhtxkontum"
NAME = "Liên minh HTX tỉnh Kon Tum - Bảng tin"
NOW = datetime(2024, 11, 20, 10, 0)
HTML = "text/html; charset=utf-8"
PER_PAGE = 6
SIDEBAR_TEXT = ["Văn phòng Liên minh HTX tỉnh Kon Tum", "Số 118 Trần Hưng Đạo, TP. Kon Tum", "ĐT: 0260 3862 xxx"]
DOKKIO = ("You already know Dokkio is an AI-powered assistant to organize & manage your digital files & messages. "
          "Very soon, Dokkio will support Outlook as well as One Drive. Check it out today!")
CHROME = [*SIDEBAR_TEXT, DOKKIO, "log in", "help", "Pages & Files", "Navigator", "Recent Activity", "Page history",
          "last edited by", "You don't have permission to comment on this page.", "Printable version",
          "PBworks / Help", "Terms of use / Privacy policy", "About this workspace", "Contact the owner",
          "This workspace is public", "Tip: To turn text into a link, highlight the text, then click on a page or file "
          "from the list above.", "Comments (0)", "Comments (1)", "Comments (2)"]


def pacific(d: datetime) -> tuple[datetime, str]:
    """Vietnam time -> PBworks' US Pacific time (PDT until 2024-11-03 02:00, PST after; PDT from 2024-03-10)."""
    u = d - timedelta(hours=7)
    pdt = datetime(2024, 3, 10, 10) <= u < datetime(2024, 11, 3, 9) or datetime(2023, 3, 12, 10) <= u < datetime(2023, 11, 5, 9)
    return (u - timedelta(hours=7), "-0700") if pdt else (u - timedelta(hours=8), "-0800")


def tooltip(d: datetime) -> str:
    p, off = pacific(d)
    return p.strftime("%a, %d %b %Y %H:%M:%S ") + off


def ago(d: datetime) -> str:
    days = (NOW - d).days
    if days < 1:
        return f"{max(1, (NOW - d).seconds // 3600)} giờ trước"
    if days < 30:
        return f"{days} ngày trước"
    if days < 365:
        return f"{round(days / 30.4)} tháng trước"
    return f"{days // 365} năm, {round((days % 365) / 30.4)} tháng trước"


def purl(pid: int, title: str) -> str:
    return f"/w/page/{pid}/" + quote(title, safe="")


def items() -> list[dict]:
    return [
        dict(pid=158302711, when=datetime(2024, 11, 5, 8, 30), user="vanphong.lmhtx", author=None, doc="15/TB-LMHTX",
             title="Thông báo số 15/TB-LMHTX về tham gia Hội chợ OCOP khu vực Tây Nguyên",
             file=("TB-15-LMHTX.pdf", 79120455), comments=[("Nguyễn Hữu Phước", "HTX Nông sản Đắk Hà xin đăng ký 1 gian hàng.", 26)],
             body="""
LIÊN MINH HTX TỈNH KON TUM
Số: 15/TB-LMHTX
Kon Tum, ngày 04 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo tới các HTX về việc tham gia Hội chợ sản phẩm OCOP khu vực Tây Nguyên năm 2024 tổ chức tại thành phố Buôn Ma Thuột.
* Thời gian hội chợ: từ ngày 06/12/2024 đến ngày 10/12/2024;
* Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho 12 HTX;
* Hồ sơ đăng ký gửi về Văn phòng Liên minh trước ngày 22/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng
""", notes=["edited 08:30 on 5/11 in Kon Tum: the tooltip reads 'Mon, 04 Nov 2024 17:30:00 -0800' (PST, the day "
                      "before) behind '15 ngày trước'; the text is dated 04/11 (the signing, not the posting); signer "
                      "is text, no author; the PDF is under 'Tệp đính kèm' (/w/file/fetch/…); one comment: not text"]),
        dict(pid=158290364, when=datetime(2024, 10, 28, 14, 10), user="ynhung.lmhtx", author="Y Nhung",
             title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 9, khóa VI", comments=[],
             body="""
Chiều 28/10, Liên minh HTX tỉnh Kon Tum tổ chức Hội nghị Ban Chấp hành lần thứ 9, khóa VI.
[img hoi-nghi-bch-9.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị.
Đến nay, toàn tỉnh có 214 HTX đang hoạt động với hơn 6.200 thành viên; 10 tháng năm 2024 thành lập mới 21 HTX.
Hội nghị thống nhất trình UBND tỉnh kế hoạch phát triển kinh tế tập thể năm 2025.
Bài, ảnh: Y Nhung
""", notes=["tooltip 'Mon, 28 Oct 2024 00:10:00 -0700' (PDT) = 14:10 on 28/10 in Kon Tum; photo caption in an italic "
                      "<p> under the image; 'Bài, ảnh: Y Nhung' -> author (the editor account ynhung.lmhtx is not)"]),
        dict(pid=158271930, when=datetime(2024, 10, 15, 9, 0), user="vanphong.lmhtx", author=None,
             title="Danh sách HTX được hỗ trợ vay vốn Quỹ hỗ trợ phát triển HTX quý IV năm 2024", comments=[],
             body="""
Hội đồng quản lý Quỹ hỗ trợ phát triển HTX tỉnh thông báo danh sách HTX được duyệt cho vay quý IV năm 2024 như sau:
| STT | Tên HTX | Địa bàn | Số tiền vay (triệu đồng) |
| 1 | HTX Nông nghiệp Đăk Pxi | Huyện Đăk Hà | 500 |
| 2 | HTX Dược liệu Ngọc Linh | Huyện Tu Mơ Rông | 800 |
| 3 | HTX Cà phê Đăk Tô | Huyện Đăk Tô | 650 |
Các HTX liên hệ Văn phòng Quỹ để hoàn thiện thủ tục giải ngân.
""", notes=["a data table (one line per row); no byline: no author; tooltip 'Mon, 14 Oct 2024 19:00:00 -0700' = 09:00 "
                      "on 15/10 in Kon Tum (the day before in the tooltip)"]),
        dict(pid=158254102, when=datetime(2024, 10, 2, 16, 45), user="vanphong.lmhtx", author=None, doc="42/KH-LMHTX",
             title="Kế hoạch số 42/KH-LMHTX tập huấn nâng cao năng lực cho HTX năm 2024", comments=[],
             file=("KH-42-LMHTX.pdf", 79051280),
             body="""
Số: 42/KH-LMHTX
## I. Mục đích, yêu cầu
Nâng cao năng lực quản trị, kỹ năng xây dựng phương án sản xuất kinh doanh cho cán bộ quản lý HTX.
## II. Nội dung
+ Tập huấn quản trị HTX theo Luật HTX năm 2023;
+ Tập huấn kỹ năng xây dựng và quảng bá sản phẩm OCOP;
+ Tập huấn ứng dụng chuyển đổi số trong HTX.
## III. Tổ chức thực hiện
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với các huyện, thành phố tổ chức 4 lớp trong tháng 10 và 11/2024.
""", notes=["a plan with 'Số: 42/KH-LMHTX' first, headings and a numbered list; tooltip 'Wed, 02 Oct 2024 02:45:00 "
                      "-0700' = 16:45 on 2/10; the plan's PDF under 'Tệp đính kèm'"]),
        dict(pid=158233917, when=datetime(2024, 9, 18, 7, 20), user="ynhung.lmhtx", author=None,
             title="HTX Dược liệu Ngọc Linh mở rộng vùng trồng sâm dưới tán rừng", comments=[],
             body="""
HTX Dược liệu Ngọc Linh (huyện Tu Mơ Rông) vừa mở rộng vùng trồng sâm Ngọc Linh dưới tán rừng thêm 15 ha.
HTX hiện có 68 thành viên, liên kết với hơn 120 hộ đồng bào Xơ Đăng trồng sâm và cây dược liệu.
Sản phẩm sâm Ngọc Linh của HTX đã được cấp mã vùng trồng và truy xuất nguồn gốc.
Theo Báo Kon Tum
""", notes=["edited 07:20 on 18/9 in Kon Tum: tooltip 'Tue, 17 Sep 2024 17:20:00 -0700' (the day before); a reprint "
                      "'Theo Báo Kon Tum': no author"]),
        dict(pid=158210488, when=datetime(2024, 8, 30, 10, 0), user="vanphong.lmhtx", author="A Tuấn",
             title="Tập huấn bán hàng trên sàn thương mại điện tử cho HTX huyện Đăk Glei",
             comments=[("Y Blin", "Lớp tập huấn rất bổ ích, mong Liên minh tổ chức thêm.", 300),
                       ("Nguyễn Hữu Phước", "Đề nghị có tài liệu gửi kèm cho các HTX.", 1500)],
             body="""
Ngày 29/8, Liên minh HTX tỉnh phối hợp với UBND huyện Đăk Glei tổ chức lớp tập huấn bán hàng trên sàn thương mại điện tử.
Hơn 40 học viên là cán bộ quản lý HTX được hướng dẫn mở gian hàng trực tuyến, quay video và livestream giới thiệu sản phẩm.
A Tuấn - Văn phòng Liên minh HTX tỉnh
""", notes=["'A Tuấn - Văn phòng Liên minh HTX tỉnh' -> A Tuấn; two comments ('Y Blin said at 1:00 am on Aug 30, 2024', "
                      "Pacific time): not text"]),
        dict(pid=158188231, when=datetime(2024, 8, 12, 15, 30), user="vanphong.lmhtx", author=None,
             title="Giấy mời dự Hội nghị tuyên truyền Luật Hợp tác xã năm 2023", comments=[],
             body="""
Liên minh HTX tỉnh trân trọng kính mời đại diện lãnh đạo các HTX trên địa bàn tỉnh dự Hội nghị tuyên truyền, phổ biến Luật Hợp tác xã năm 2023.
* Thời gian: 08 giờ 00, ngày 20/8/2024;
* Địa điểm: Hội trường Liên minh HTX tỉnh Kon Tum.
Đề nghị các đơn vị xác nhận danh sách đại biểu trước ngày 16/8/2024.
""", notes=["an invitation; tooltip 'Mon, 12 Aug 2024 01:30:00 -0700' = 15:30 on 12/8; '3 tháng trước'"]),
        dict(pid=157912046, when=datetime(2023, 12, 22, 9, 40), user="vanphong.lmhtx", author="Y Nhung",
             title="Tổng kết công tác Liên minh HTX tỉnh năm 2023", comments=[],
             body="""
Ngày 21/12, Liên minh HTX tỉnh Kon Tum tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 26 HTX, tổ chức 8 lớp bồi dưỡng cho hơn 400 lượt cán bộ HTX.
Tin: Y Nhung
""", notes=["the oldest page: only on the second page of the page list (/w/pages?page=2 by name, /w/pages?sort=-modified"
                      "&page=2 by date), not on FrontPage nor in Recent Activity; '11 tháng trước' relative age, tooltip "
                      "'Thu, 21 Dec 2023 18:40:00 -0800' (the day before, PST)"]),
    ]


def body_html(markup: str, pid: int) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/f/{quote(b.src)}" alt="{attr(b.src)}" width="480" /><br />'
                       f"<em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            out.append(table_html(b, css="pbtable"))
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kon-tum", f"{NAME} (PBworks)", "generic", None,
                     start_urls=["{{base:%s}}/w/page/157800012/FrontPage" % SITE, "{{base:%s}}/w/pages" % SITE])
    site.extra_boilerplate += CHROME
    specs = items()
    for s in specs:
        s["path"] = purl(s["pid"], s["title"])
    front = purl(157800012, "FrontPage")
    sidebar = purl(157800013, "SideBar")
    recent = specs[:5]

    def layout(title: str, content: str, *, info: str = "", files: str = "", comments: str = "",
               page_tools: bool = True) -> str:
        nav = "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a></li>' for s in sorted(specs, key=lambda x: x["title"])[:6])
        act = "".join(f'<li><a href="/w/page/{s["pid"]}">{esc(s["title"])}</a> edited by <a href="/w/user/{s["user"]}" '
                      f'class="user">{esc(s["user"])}</a> <span class="timestamp" title="{tooltip(s["when"])}">{ago(s["when"])}'
                      f'</span></li>' for s in recent)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(WS)} / {esc(title)}</title>
<meta name="robots" content="index,follow" />
<link rel="stylesheet" type="text/css" href="/shared/statics/css/pbwiki2.css" />
<link rel="stylesheet" type="text/css" href="/shared/statics/css/wikistyle.css" />
<script type="text/javascript" src="/shared/statics/js/pbwiki2.js"></script>
<script type="text/javascript">pb.workspace = {{"name":"{WS}","public":true,"locale":"en_US","tz":"America/Los_Angeles"}};</script>
</head>
<body id="pbworks" class="wiki">
<div id="headerbar">
<div id="header_left"><a href="{front}" id="wiki_title">{esc(NAME)}</a></div>
<div id="header_right"><a href="{{{{base:offsite}}}}/pbworks/login" id="login_link">log in</a> | <a href="{{{{base:offsite}}}}/pbworks/help">help</a></div>
</div>
<div id="dokkio_banner" class="promo"><ul><li>{esc(DOKKIO)}</li></ul></div>
<div id="tabs"><ul><li class="selected"><a href="{front}">Wiki</a></li><li><a href="/w/pages">Pages &amp; Files</a></li></ul></div>
<div id="wrapper">
<div id="content">
<div id="wikipagediv">
<div id="pageheader">
<h1 id="pagetitle">{esc(title)}</h1>
{info}
</div>
<div id="wikipage" class="wikipage">
{content}
</div>
{files}
{comments}
</div>
</div>
<div id="sidebar">
<div id="navigator" class="sidebox"><h3>Navigator</h3>
<div class="navlinks"><a href="/w/pages">Pages</a> | <a href="/w/pages?sort=-modified">Files</a> | <a href="{sidebar}">SideBar</a></div>
<ul class="navigator">{nav}</ul>
<p class="tip">Tip: To turn text into a link, highlight the text, then click on a page or file from the list above.</p>
</div>
<div id="sidebar_content" class="sidebox">{"".join(f"<p>{esc(x)}</p>" for x in SIDEBAR_TEXT)}</div>
<div id="recent_activity" class="sidebox"><h3>Recent Activity</h3><ul>{act}</ul></div>
</div>
</div>
<div id="footer">
<a href="javascript:window.print()">Printable version</a>
<div class="footer_links"><a href="{{{{base:offsite}}}}/pbworks">PBworks / Help</a><br />
<a href="{{{{base:offsite}}}}/pbworks/terms">Terms of use / Privacy policy</a></div>
<div class="footer_about"><a href="{{{{base:offsite}}}}/pbworks/about">About this workspace</a><br />
<a href="javascript:void(0)" onclick="pb.contactOwner()">Contact the owner</a> / This workspace is public</div>
</div>
</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for s in specs:
        path = s["path"]
        info = (f'<div id="pageinfo"><a href="/w/page-revisions/{s["pid"]}/{quote(s["title"], safe="")}" class="history">'
                f'Page history</a> last edited by <a href="/w/user/{s["user"]}" class="user">{esc(s["user"])}</a> '
                f'<span class="timestamp" title="{tooltip(s["when"])}">{ago(s["when"])}</span></div>')
        files = ""
        if s.get("file"):
            name, fid = s["file"]
            fetch = f"/w/file/fetch/{fid}/{name}"
            files = (f'<div id="attachments" class="attachments"><h3>Tệp đính kèm</h3><ul><li><a href="{fetch}">{name}</a>'
                     f' <span class="filesize">(84 KB)</span></li></ul></div>')
            site.binary(fetch, pdf(s["title"], ["LIEN MINH HTX TINH KON TUM", name]))
        ncom = len(s["comments"])
        clist = ""
        for who, text, minutes in s["comments"]:
            p, _ = pacific(s["when"] + timedelta(minutes=minutes))
            clist += (f'<div class="comment"><div class="comment_head"><a class="user">{esc(who)}</a> said '
                      f'<span class="timestamp">at {p.strftime("%-I:%M %p").lower()} on {p.strftime("%b %-d, %Y")}</span></div>'
                      f'<div class="comment_body"><p>{esc(text)}</p></div></div>')
            site.extra_boilerplate += [text, who]
        comments = (f'<div id="comments"><h3>Comments ({ncom})</h3>{clist}'
                    f'<p class="nocomment">You don\'t have permission to comment on this page.</p></div>')
        html = layout(s["title"], body_html(s["body"], s["pid"]), info=info, files=files, comments=comments)
        page(path, html)
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/f/{b.src}", image_for(b.src))
        site.redirect(f"/w/page/{s['pid']}", path, 301)
        art = RichArticle(path=path, title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"]), published_source="date-element", evidence=["date-element"],
                          doc_number=s.get("doc"), aliases=[f"/w/page/{s['pid']}"], notes=s["notes"])
        if s.get("file"):
            name, fid = s["file"]
            art.attachments = [{"path": f"/w/file/fetch/{fid}/{name}", "text": name}]
        site.add_article(art)
        # history: one revision
        hist = f"/w/page-revisions/{s['pid']}/{quote(s['title'], safe='')}"
        page(hist, layout(f"{s['title']} (history)",
                          f'<table class="revisions"><tr><th>Revision</th><th>User</th></tr><tr><td><span class="timestamp" '
                          f'title="{tooltip(s["when"])}">{ago(s["when"])}</span></td><td>{esc(s["user"])}</td></tr></table>'))
        site.non_articles.append(hist)
    site.trap("every page's time is 'last edited by <user> N ngày/tháng trước' with the timestamp only in the span's "
              "title tooltip, in US Pacific time (-0700/-0800): most tooltips fall on the day before in Vietnam time",
              specs[0]["path"])
    site.trap("/w/page/<id> (what Recent Activity links) answers 301 to /w/page/<id>/<Title>: an alias",
              f"/w/page/{specs[0]['pid']}")

    # users
    for user in sorted({s["user"] for s in specs}):
        page(f"/w/user/{user}", layout(user, f"<p>{esc(user)} là thành viên của workspace {WS}.</p>"))
        site.non_articles.append(f"/w/user/{user}")

    # FrontPage: the newest notices
    lis = "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a> ({s["when"]:%d/%m/%Y})</li>' for s in specs[:5])
    fp = layout("FrontPage", f"<p>Chào mừng đến với bảng tin của Liên minh HTX tỉnh Kon Tum.</p><h2>Thông báo mới</h2><ul>{lis}</ul>"
                             f'<p>Xem tất cả: <a href="/w/pages">danh sách trang</a></p>',
                info=f'<div id="pageinfo"><a href="/w/page-revisions/157800012/FrontPage" class="history">Page history</a> '
                     f'last edited by <a href="/w/user/vanphong.lmhtx" class="user">vanphong.lmhtx</a> <span class="timestamp" '
                     f'title="{tooltip(specs[0]["when"])}">{ago(specs[0]["when"])}</span></div>')
    page(front, fp)
    page("/w/page-revisions/157800012/FrontPage", layout("FrontPage (history)", "<p>23 revisions.</p>"))
    page(sidebar, layout("SideBar", "".join(f"<p>{esc(x)}</p>" for x in SIDEBAR_TEXT)))
    site.redirect("/", front, 302)
    site.non_articles += [front, sidebar, "/w/page-revisions/157800012/FrontPage"]

    # /w/pages: by name (default) and by date, 6 a page
    for sort, key, rev in (("", lambda x: x["title"], False), ("-modified", lambda x: x["when"], True)):
        ordered = sorted(specs, key=key, reverse=rev)
        chunks = [ordered[i:i + PER_PAGE] for i in range(0, len(ordered), PER_PAGE)]
        assert specs[-1] in chunks[1]
        for k, chunk in enumerate(chunks, 1):
            q = [f"sort={sort}"] if sort else []
            if k > 1:
                q.append(f"page={k}")
            path = "/w/pages" + ("?" + "&".join(q) if q else "")
            rows = "".join(f'<tr><td class="name"><a href="{s["path"]}">{esc(s["title"])}</a></td><td class="modified">'
                           f'<span class="timestamp" title="{tooltip(s["when"])}">{ago(s["when"])}</span></td>'
                           f'<td>{esc(s["user"])}</td></tr>' for s in chunk)
            nav = []
            for j in range(1, len(chunks) + 1):
                qq = ([f"sort={sort}"] if sort else []) + ([f"page={j}"] if j > 1 else [])
                href = "/w/pages" + ("?" + "&amp;".join(qq) if qq else "")
                nav.append(f"<strong>{j}</strong>" if j == k else f'<a href="{href}">{j}</a>')
            content = (f'<div class="sortlinks">Sắp xếp: <a href="/w/pages">Name</a> | <a href="/w/pages?sort=-modified">'
                       f'Last Modified</a></div><table class="pages_list"><tr><th>Name</th><th>Last Modified</th><th>By</th>'
                       f'</tr>{rows}</table><div class="pagination">{" ".join(nav)}</div>')
            page(path, layout("Pages & Files", content))
            site.non_articles.append(path)
    site.trap("the page list /w/pages (by name) and ?sort=-modified are paged 6 a page; the 2023 page is only on their "
              "second pages", "/w/pages?page=2")

    site.static("/robots.txt", "User-agent: *\nDisallow: /api_v2/\nDisallow: /session/\n")
    return site
