"""Site `wikka-htxninhbinh` (registry family `generic`): "Wiki Liên minh HTX Ninh Bình", the Ninh Bình cooperative
alliance's news and document wiki on **WikkaWiki 1.3** (the default "light" template, interface strings translated
into Vietnamese, rewrite mode on). The copy is of 20 November 2024. Written as a held-out test: no family module, no
selectors.

What is an article here: a news or notice page named in CamelCase by year, `TinTuc2024HoiNghiBch`,
`ThongBao2024So31`, … URL shapes: a page `/<WikiName>`; its handlers `/<WikiName>/history` (the diffs between
revisions), `/<WikiName>/revisions` (the list of revisions), `/<WikiName>/edit` and `/<WikiName>/raw` (the
wikitext: robots.txt disallows them), `/<WikiName>/revisions.xml` (a page's revisions feed); the comment toggle
`/<WikiName>?show_comments=1` shows the same page with its comments (an alias); the news index `TinTuc` (2024) links
the archive page `TinTuc2023`, which alone (with the category page) reaches the 2023 item; `CategoryTinTuc` lists the
category's pages by WikiName (the `{{category}}` action: names, no titles, no dates); `HomePage`, `PageIndex`,
`RecentChanges`, `LienHe` are no articles. A notice's PDF is served by the `{{files}}` action's download link
`/<WikiName>/files.xml?action=download&file=<name>`. No site map, no og, no JSON-LD; `<meta name="generator"
content="WikkaWiki">`.

Why it is hard: the `<title>` and the page header `h2` print the WikiName ("Wiki Liên minh HTX Ninh Bình:
TinTuc2024HoiNghiBch"), never the title: the title is the first heading of the body, an `<h1 id="hn_…">` from
`======…======`. The body has no paragraphs: Wikka's formatter writes the text lines separated by `<br />`; images
from the `{{image}}` action with the caption as the next line. The only time is the footer line "Trang này được sửa
đổi lần cuối lúc 2024-11-03 09:20:15 bởi <user>" (server time, Vietnam; every news page has one revision, as its
/revisions list shows, so the last edit is the posting); the user is the wiki account, never the author (a closing
byline is). Under the body: the category line ("CategoryTinTuc" after a rule: no text), the comments header "Có 2
bình luận về trang này. [Hiện bình luận]" (comments hidden unless `?show_comments=1`, where they are under the body
with "-- <user> (2024-11-03 10:05:12)"), the footer menu (Sửa trang :: Lịch sử trang :: Các phiên bản :: Nguồn thô)
and the "Powered by WikkaWiki" line.

Truth corrected by the lead after the blind build: the page's only time is its last edit's, which no reader of
the page can tell from the publication (one revision shows only on another page); by the project's rule (a
change's date never dates the publication: `wiki-htxvietnam`, `giaidap-htxbentre`) `published` is the day the news
index lists the page under (midnight), a notice's too (its signing day in its text is the day before).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf, route_file_name
from .richbody import RichArticle, parse_rich


def _published(s: dict) -> dict:
    """The truth's publication date: the day the news index lists the page under ("03/11/2024 - <title>",
    midnight). The page's own only time is its last edit's, a change's, which dates no publication (the
    project's rule, as on `wiki-htxvietnam`); a notice's signing day in its text is the day before its posting."""
    return dict(published=iso(s["when"], with_time=False), published_source="listing", evidence=["listing"])


SITE = "wikka-htxninhbinh"
WIKI = "Wiki Liên minh HTX Ninh Bình"
HTML = "text/html; charset=utf-8"
CHROME = ["Chỉ mục trang", "Thay đổi gần đây", "Bình luận gần đây", "Đăng nhập/Đăng ký", "Tìm kiếm:", "Sửa trang",
          "Lịch sử trang", "Các phiên bản", "Nguồn thô", "Trang này được sửa đổi lần cuối lúc", "Chủ sở hữu:",
          "Valid XHTML 1.0 Transitional", "Valid CSS", "Powered by WikkaWiki", "[Hiện bình luận]", "[Ẩn bình luận]",
          "Hiện chưa có bình luận nào cho trang này.", "Thêm bình luận"]


def items() -> list[dict]:
    return [
        dict(name="TinTuc2024HoiNghiBch", when=datetime(2024, 11, 3, 9, 20, 15), user="PhamThuTrang", author="Phạm Thu Trang",
             title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh Ninh Bình lần thứ 10",
             comments=[("DinhVanLong", "Chúc mừng hội nghị thành công tốt đẹp!", 45),
                       ("HtxCoiKimSon", "HTX Cói Kim Sơn mong được Liên minh hỗ trợ xúc tiến thương mại.", 190)],
             body="""
Ngày 2/11, Liên minh HTX tỉnh Ninh Bình tổ chức Hội nghị Ban Chấp hành lần thứ 10, khóa VI, đánh giá kết quả 10 tháng năm 2024.
Đến nay, toàn tỉnh có 492 HTX đang hoạt động với hơn 112.000 thành viên; 10 tháng năm 2024 thành lập mới 28 HTX.
Hội nghị thống nhất các giải pháp hỗ trợ HTX tiêu thụ sản phẩm dịp cuối năm.
Phạm Thu Trang
""", notes=["the only time: footer 'Trang này được sửa đổi lần cuối lúc 2024-11-03 09:20:15 bởi PhamThuTrang' (one "
                      "revision); the account PhamThuTrang is not the author, the closing name 'Phạm Thu Trang' is; "
                      "two comments hidden behind 'Có 2 bình luận về trang này. [Hiện bình luận]'; ?show_comments=1 is "
                      "an alias showing them (not text)"]),
        dict(name="ThongBao2024So31", when=datetime(2024, 10, 25, 16, 5, 40), user="VanPhongLmhtx", author=None,
             doc="31/TB-LMHTX", file="TB-31-LMHTX.pdf",
             title="Thông báo số 31/TB-LMHTX về Hội chợ sản phẩm HTX tỉnh Ninh Bình năm 2024", comments=[],
             body="""
LIÊN MINH HTX TỈNH NINH BÌNH
Số: 31/TB-LMHTX
Ninh Bình, ngày 24 tháng 10 năm 2024
Liên minh HTX tỉnh thông báo tổ chức Hội chợ sản phẩm HTX tỉnh Ninh Bình năm 2024 tại Quảng trường Đinh Tiên Hoàng Đế.
* Thời gian: từ ngày 28/11/2024 đến ngày 02/12/2024;
* Quy mô: 120 gian hàng của các HTX, tổ hợp tác;
* Các HTX đăng ký tham gia trước ngày 15/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Thị Hoa
""", notes=["a notice dated 24/10 in its text, posted 25/10 16:05:40 (footer): the footer rules; signer is text, no "
                      "author; the PDF is the {{files}} download /ThongBao2024So31/files.xml?action=download&file=…"]),
        dict(name="TinTuc2024AnhHtxCoiKimSon", when=datetime(2024, 10, 14, 7, 45, 2), user="DinhVanLong",
             author="Đinh Văn Long", title="Ảnh: HTX Cói Kim Sơn vào mùa xuất khẩu", comments=[],
             body="""
Những ngày này, HTX Cói Kim Sơn (huyện Kim Sơn) tất bật hoàn thiện đơn hàng chiếu cói, thảm cói xuất khẩu cuối năm.
[img coi-kim-son-1.png] Thành viên HTX dệt chiếu cói tại xưởng.
[img coi-kim-son-2.png] Sản phẩm thảm cói được kiểm tra trước khi đóng gói.
HTX hiện tạo việc làm thường xuyên cho hơn 300 lao động địa phương.
Ảnh: Đinh Văn Long
""", notes=["photo story: each {{image}} followed by its caption line (<br />-separated lines); 'Ảnh: Đinh Văn Long' "
                      "-> author"]),
        dict(name="TinTuc2024SoLieu9Thang", when=datetime(2024, 10, 8, 10, 30, 0), user="VanPhongLmhtx", author=None,
             title="Kết quả phát triển kinh tế tập thể 9 tháng năm 2024", comments=[],
             body="""
Theo báo cáo của Liên minh HTX tỉnh, 9 tháng năm 2024 khu vực kinh tế tập thể tiếp tục phát triển.
| Chỉ tiêu | Đơn vị | 9 tháng 2024 | Cùng kỳ 2023 |
| Số HTX thành lập mới | HTX | 24 | 19 |
| Doanh thu bình quân | triệu đồng | 3.150 | 2.870 |
| Thu nhập bình quân của lao động | triệu đồng/tháng | 5,8 | 5,3 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX tham gia chuỗi giá trị nông sản.
""", notes=["a Wikka data table (table.data, header row th): one line per row; no byline: no author"]),
        dict(name="TinTuc2024GaoHuongKimSon", when=datetime(2024, 9, 20, 14, 10, 10), user="VanPhongLmhtx", author=None,
             title="HTX Nông nghiệp Kim Chính xây dựng thương hiệu gạo sạch", comments=[("DinhVanLong", "Gạo Kim Chính rất ngon.", 600)],
             body="""
HTX Nông nghiệp Kim Chính (huyện Kim Sơn) đang liên kết với doanh nghiệp sản xuất 150 ha lúa theo hướng hữu cơ.
Sản phẩm gạo của HTX đã đạt chứng nhận OCOP 3 sao và được bán tại nhiều siêu thị trong tỉnh.
Theo Báo Ninh Bình
""", notes=["a reprint 'Theo Báo Ninh Bình': no author; one hidden comment"]),
        dict(name="TinTuc2024TapHuanChuyenDoiSo", when=datetime(2024, 9, 5, 14, 0, 33), user="PhamThuTrang",
             author="Lê Hoàng Anh", title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX", comments=[],
             body="""
Từ ngày 3 đến 4/9, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 70 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng hóa đơn điện tử, phần mềm kế toán và truy xuất nguồn gốc sản phẩm.
Bài: Lê Hoàng Anh
""", notes=["posted by the account PhamThuTrang, written by 'Bài: Lê Hoàng Anh' -> Lê Hoàng Anh"]),
        dict(name="TinTuc2024LuatHtx2023", when=datetime(2024, 7, 10, 8, 12, 0), user="PhamThuTrang",
             author="Nguyễn Thị Mai", title="Những điểm mới của Luật Hợp tác xã năm 2023", comments=[],
             body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024.
## Về thành viên
* Bổ sung thành viên liên kết không góp vốn;
* Thành viên chính thức phải sử dụng sản phẩm, dịch vụ của HTX.
## Về quản lý
+ HTX được lựa chọn mô hình tổ chức quản lý rút gọn hoặc đầy đủ;
+ Quy định rõ quyền và nghĩa vụ của Giám đốc HTX.
Nguyễn Thị Mai - Ban Tuyên truyền
""", notes=["headings (=== h3 ===) and lists; 'Nguyễn Thị Mai - Ban Tuyên truyền' -> Nguyễn Thị Mai"]),
        dict(name="TinTuc2023TongKet", when=datetime(2023, 12, 27, 15, 40, 0), user="VanPhongLmhtx", author="Phạm Thu Trang",
             title="Liên minh HTX tỉnh Ninh Bình tổng kết công tác năm 2023", comments=[],
             body="""
Ngày 26/12, Liên minh HTX tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác năm 2023.
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 31 HTX, tổ chức 10 lớp bồi dưỡng cho hơn 600 lượt cán bộ HTX.
Tin: Phạm Thu Trang
""", notes=["the 2023 item: only on the archive page TinTuc2023 (linked from TinTuc) and on CategoryTinTuc, not on "
                      "TinTuc nor HomePage; 'Tin: Phạm Thu Trang' -> author"]),
    ]


def stamp(d: datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S")


def body_html(s: dict) -> str:
    """Wikka's formatter: text lines joined by <br />, block elements between them."""
    out = [f'<h1 id="hn_{s["name"]}">{esc(s["title"])}</h1>\n']
    for b in parse_rich(s["body"]):
        if b.kind == "p":
            out.append(f"{inline_html(b.text)}<br />\n")
        elif b.kind == "h":
            out.append(f'<h3 id="hn_{len(out)}">{esc(b.text)}</h3>\n')
        elif b.kind in ("ul", "ol"):
            tag = "ul" if b.kind == "ul" else 'ol type="1"'
            out.append(f"<{tag}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>\n")
        elif b.kind == "img":
            out.append(f'<img src="/uploads/{s["name"]}/{b.src}" class="image" alt="{attr(b.src)}" title="{attr(b.text)}" />'
                       f"<br />\n{esc(b.text)}<br />\n")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="data" cellpadding="2" cellspacing="1" border="1">'
                       + "<tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</table>\n")
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-binh", f"{WIKI} (WikkaWiki)", "generic", None,
                     start_urls=["{{base:%s}}/HomePage" % SITE, "{{base:%s}}/TinTuc" % SITE])
    site.extra_boilerplate += CHROME
    specs = items()
    for s in specs:
        s["path"] = f"/{s['name']}"

    def layout(name: str, content: str, *, when: datetime, user: str, noindex: bool = False, extra: str = "",
               feed: bool = True) -> str:
        robots = '<meta name="robots" content="noindex, nofollow, noarchive" />\n' if noindex else ""
        return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<title>{esc(WIKI)}: {esc(name)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="WikkaWiki" />
{robots}<meta name="keywords" content="Liên minh HTX, Ninh Bình, hợp tác xã" />
<meta name="description" content="Tin tức Liên minh HTX tỉnh Ninh Bình" />
<link rel="stylesheet" href="/templates/light/css/light.css" type="text/css" />
<link rel="icon" href="/templates/light/images/favicon.png" type="image/png" />
{f'<link rel="alternate" type="application/rss+xml" title="{attr(WIKI)}: các phiên bản của {name} (RSS)" href="/{name}/revisions.xml" />' if feed else ""}
</head>
<body>
<div id="page_header">
<h2><a id="homepage_link" href="/HomePage">{esc(WIKI)}</a> : <a href="/{name}/backlinks" title="Hiện danh sách các trang liên kết tới {name}">{esc(name)}</a></h2>
<div id="menu">
<ul class="menu">
<li><a href="/HomePage">HomePage</a></li>
<li><a href="/TinTuc">TinTuc</a></li>
<li><a href="/CategoryCategory">CategoryCategory</a></li>
<li><a href="/PageIndex">Chỉ mục trang</a></li>
<li><a href="/RecentChanges">Thay đổi gần đây</a></li>
<li><a href="/RecentlyCommented">Bình luận gần đây</a></li>
<li><a href="/UserSettings">Đăng nhập/Đăng ký</a></li>
</ul>
<form action="/TextSearch" method="get" accept-charset="utf-8">Tìm kiếm: <input name="phrase" size="15" class="searchbox" /></form>
</div>
</div>
<div id="content">
<div class="page">
{content}
</div>
{extra}
</div>
<div id="footer">
<div id="footer_menu">
<ul class="menu">
<li><a href="/{name}/edit" title="Nhấn để sửa trang này">Sửa trang</a></li>
<li><a href="/{name}/history" title="Nhấn để xem các thay đổi gần đây của trang">Lịch sử trang</a></li>
<li><a href="/{name}/revisions" title="Nhấn để xem danh sách các phiên bản của trang">Các phiên bản</a></li>
<li>Chủ sở hữu: <a href="/{user}">{user}</a></li>
<li><a href="/{name}/raw" title="Hiện nguồn thô của trang">Nguồn thô</a></li>
</ul>
<p class="lastedit">Trang này được sửa đổi lần cuối lúc {stamp(when)} bởi <a href="/{user}">{user}</a></p>
</div>
</div>
<div id="smallprint">
<a href="{{{{base:offsite}}}}/w3c/check/referer" title="Trang này hợp lệ XHTML 1.0 Transitional">Valid XHTML 1.0 Transitional</a> ::
<a href="{{{{base:offsite}}}}/w3c/css-validator/check/referer" title="Trang này dùng CSS hợp lệ">Valid CSS</a> ::
<a href="{{{{base:offsite}}}}/wikkawiki" title="Powered by WikkaWiki">Powered by WikkaWiki</a>
</div>
</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    users = sorted({s["user"] for s in specs} | {c[0] for s in specs for c in s["comments"]})
    for s in specs:
        name, path = s["name"], s["path"]
        content = body_html(s)
        if s.get("file"):
            dl = f"/{name}/files.xml?action=download&file={s['file']}"
            content += (f'<table class="files" cellpadding="2" cellspacing="0"><tr><th>Tệp đính kèm</th><th>Kích thước</th>'
                        f'<th>Ngày tải lên</th></tr><tr><td><a href="{attr(dl)}" title="{attr(s["file"])}">{s["file"]}</a></td>'
                        f'<td>92 KB</td><td>{stamp(s["when"] - timedelta(minutes=2))}</td></tr></table>\n')
            fname = route_file_name(dl, ".pdf")
            site.files[fname] = pdf(s["title"], ["LIEN MINH HTX TINH NINH BINH", s["file"]])
            site.routes.append({"path": dl, "file": fname, "content_type": "application/pdf"})
        content += '<hr />\n<a href="/CategoryTinTuc">CategoryTinTuc</a><br />\n'
        n = len(s["comments"])
        if n == 0:
            hidden = ('<div id="comments"><div id="commentheader">Hiện chưa có bình luận nào cho trang này. '
                      f'[<a href="{path}?show_comments=1#comments">Thêm bình luận</a>]</div></div>')
        else:
            hidden = (f'<div id="comments"><div id="commentheader">Có {n} bình luận về trang này. '
                      f'[<a href="{path}?show_comments=1#comments">Hiện bình luận</a>]</div></div>')
        clist = "".join(f'<div class="comment"><span id="comment_{k + 1}"></span>{esc(t)}<div class="commentinfo">-- '
                        f'<a href="/{u}">{u}</a> ({stamp(s["when"] + timedelta(minutes=m))})</div></div>'
                        for k, (u, t, m) in enumerate(s["comments"]))
        shown = (f'<div id="comments"><div id="commentheader">Bình luận [<a href="{path}?show_comments=0">Ẩn bình luận</a>]</div>'
                 f'{clist}<form action="{path}/addcomment" method="post"><textarea name="body" rows="6" cols="78"></textarea>'
                 f'<input type="submit" value="Thêm bình luận" /></form></div>')
        for u, t, _ in s["comments"]:
            site.extra_boilerplate.append(t)
        html = layout(name, content, when=s["when"], user=s["user"], extra=hidden)
        page(path, html)
        page(f"{path}?show_comments=1", layout(name, content, when=s["when"], user=s["user"], extra=shown))
        site.same_page(f"{path}?show_comments=0", path)
        site.text_pages[path] = [f"{path}?show_comments=1"]
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/uploads/{name}/{b.src}", image_for(b.src))
        art = RichArticle(path=path, title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          **_published(s),
                          doc_number=s.get("doc"), aliases=[f"{path}?show_comments=1", f"{path}?show_comments=0"],
                          notes=s["notes"])
        if s.get("file"):
            art.attachments = [{"path": f"/{name}/files.xml?action=download&file={s['file']}", "text": s["file"]}]
        site.add_article(art)
        # handlers
        rev_id = 1200 + specs.index(s)
        page(f"{path}/revisions", layout(name, f'<form action="/{name}/diff" method="get"><table border="0" cellspacing="0" '
                                         f'cellpadding="1"><tr><td><input type="radio" name="a" value="{rev_id}" checked="checked" />'
                                         f'</td><td><a href="/{name}/show?time={stamp(s["when"]).replace(" ", "+")}">{stamp(s["when"])}</a>'
                                         f' bởi {s["user"]} <span class="pagenote">[bản đầu tiên]</span></td></tr></table></form>',
                                         when=s["when"], user=s["user"], noindex=True, feed=False))
        page(f"{path}/history", layout(name, f'<strong>Bản sửa đổi của <a href="/{name}">{name}</a> lúc {stamp(s["when"])}'
                                       f' bởi {s["user"]}</strong><br />\n<em>Đây là phiên bản cũ nhất của trang.</em>',
                                       when=s["when"], user=s["user"], noindex=True, feed=False))
        site.non_articles += [f"{path}/revisions", f"{path}/history"]
        site.never_fetched += [f"{path}/edit", f"{path}/raw",
                               f"/{name}/show?time={stamp(s['when']).replace(' ', '+')}"]
        for h in ("edit", "raw", "backlinks"):
            page(f"{path}/{h}", layout(name, f"<p>{esc(h)}</p>", when=s["when"], user=s["user"], noindex=True, feed=False))
        page(f"/{name}/show?time={stamp(s['when']).replace(' ', '+')}", html)
        site.non_articles.append(f"{path}/backlinks")
        items_xml = (f'<item><title>{stamp(s["when"])}</title><link>{{{{base}}}}/{name}/show?time='
                     f'{stamp(s["when"]).replace(" ", "+")}</link><description>Bản sửa đổi của {esc(s["user"])}'
                     f'</description><pubDate>{s["when"] - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT</pubDate></item>')
        site.page(f"/{name}/revisions.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                                           f'<title>{esc(WIKI)} - {name}</title><link>{{{{base}}}}/{name}</link>'
                                           f'<description>Các phiên bản của {name}</description>{items_xml}</channel></rss>\n',
                  content_type="application/rss+xml; charset=utf-8")
    site.trap("the title is the body's first <h1> (from ======…======); <title> and the header h2 print the WikiName",
              specs[0]["path"])
    site.trap("the only time is the footer 'Trang này được sửa đổi lần cuối lúc YYYY-MM-DD HH:MM:SS bởi <account>' "
              "(one revision per news page, /revisions confirms); the revisions.xml pubDate is GMT", specs[1]["path"])

    def listing(name: str, content: str, when: datetime) -> None:
        page(f"/{name}", layout(name, content, when=when, user="VanPhongLmhtx"))
        for h in ("edit", "raw", "history", "revisions", "backlinks"):
            page(f"/{name}/{h}", layout(name, f"<p>{h}</p>", when=when, user="VanPhongLmhtx", noindex=True, feed=False))
            (site.never_fetched if h in ("edit", "raw") else site.non_articles).append(f"/{name}/{h}")
        site.page(f"/{name}/revisions.xml", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                  f'<title>{esc(WIKI)} - {name}</title><link>{{{{base}}}}/{name}</link><description>{name}</description>'
                  '</channel></rss>\n', content_type="application/rss+xml; charset=utf-8")
        site.non_articles.append(f"/{name}")

    news24 = [s for s in specs if s["when"].year == 2024]
    news23 = [s for s in specs if s["when"].year == 2023]
    listing("TinTuc", '<h1 id="hn_TinTuc">Tin tức Liên minh HTX tỉnh Ninh Bình</h1>\n<h3 id="hn_2024">Năm 2024</h3>\n<ul>'
            + "".join(f'<li>{s["when"]:%d/%m/%Y} - <a href="{s["path"]}">{esc(s["title"])}</a></li>' for s in news24)
            + '</ul>\nTin các năm trước: <a href="/TinTuc2023">TinTuc2023</a><br />\n', news24[0]["when"])
    listing("TinTuc2023", '<h1 id="hn_TinTuc2023">Tin tức năm 2023</h1>\n<ul>'
            + "".join(f'<li>{s["when"]:%d/%m/%Y} - <a href="{s["path"]}">{esc(s["title"])}</a></li>' for s in news23)
            + '</ul>\n<a href="/TinTuc">TinTuc</a><br />\n', datetime(2024, 1, 3, 8, 0, 0))
    site.trap("the 2023 item is linked only from the archive page TinTuc2023 and from CategoryTinTuc", "/TinTuc2023")
    cells = "".join(f'<td><a href="{s["path"]}">{s["name"]}</a></td>' + ("</tr><tr>" if k % 3 == 2 else "")
                    for k, s in enumerate(sorted(specs, key=lambda x: x["name"])))
    listing("CategoryTinTuc", f"Trang này là một thể loại. Các trang sau thuộc CategoryTinTuc:<br />\n"
            f'<div class="category"><p>Có {len(specs)} trang thuộc CategoryTinTuc</p><table cellpadding="2"><tr>{cells}</tr></table></div>'
            '<hr />\n<a href="/CategoryCategory">CategoryCategory</a><br />\n', datetime(2023, 6, 1, 9, 0, 0))
    listing("CategoryCategory", 'Danh sách các thể loại:<br />\n<ul><li><a href="/CategoryTinTuc">CategoryTinTuc</a></li></ul>',
            datetime(2023, 6, 1, 9, 0, 0))
    listing("HomePage", '<h1 id="hn_HomePage">Chào mừng đến với Wiki Liên minh HTX tỉnh Ninh Bình</h1>\n'
            "Wiki tổng hợp tin tức, thông báo và tài liệu của Liên minh HTX tỉnh Ninh Bình.<br />\n"
            '<h3 id="hn_Tin_m_i">Tin mới</h3>\n<ul>' + "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a></li>'
                                                              for s in news24[:4])
            + '</ul>\nXem tất cả tại <a href="/TinTuc">TinTuc</a>. Liên hệ: <a href="/LienHe">LienHe</a><br />\n',
            datetime(2024, 11, 3, 9, 25, 0))
    listing("LienHe", '<h1 id="hn_LienHe">Liên hệ</h1>\nVăn phòng Liên minh HTX tỉnh Ninh Bình<br />\n'
            "Đường Lê Hồng Phong, thành phố Ninh Bình<br />\n", datetime(2023, 6, 1, 9, 5, 0))
    allnames = sorted([s["name"] for s in specs] + ["CategoryCategory", "CategoryTinTuc", "HomePage", "LienHe", "TinTuc",
                                                     "TinTuc2023"] + users)
    listing("PageIndex", "<strong>Chỉ mục trang</strong><br />\n" + "".join(f'<a href="/{n}">{n}</a><br />\n' for n in allnames),
            datetime(2023, 6, 1, 9, 0, 0))
    listing("RecentChanges", "".join(f'<strong>{s["when"]:%A, %d %B %Y}</strong><ul><li>{s["when"]:%H:%M} '
                                     f'<a href="{s["path"]}">{s["name"]}</a> . . . . {s["user"]}</li></ul>'
                                     for s in news24), datetime(2023, 6, 1, 9, 0, 0))
    listing("RecentlyCommented", "".join(f'<a href="{s["path"]}?show_comments=1#comments">{s["name"]}</a>, bình luận bởi '
                                         f'{s["comments"][0][0]}<br />\n' for s in specs if s["comments"]),
            datetime(2023, 6, 1, 9, 0, 0))
    listing("UserSettings", "Đăng nhập hoặc đăng ký tài khoản.<br />\n", datetime(2023, 6, 1, 9, 0, 0))
    listing("TextSearch", "Nhập cụm từ cần tìm.<br />\n", datetime(2023, 6, 1, 9, 0, 0))
    for u in users:
        listing(u, f'<h1 id="hn_{u}">{u}</h1>\nThành viên của {esc(WIKI)}.<br />\n', datetime(2023, 6, 1, 9, 0, 0))
    site.redirect("/", "/HomePage", 302)
    site.static("/robots.txt", "User-agent: *\nDisallow: /*/edit\nDisallow: /*/raw\nDisallow: /*/show?time=\n"
                               "Disallow: /*/addcomment\n")
    site.binary("/templates/light/images/favicon.png", image_for("favicon"))
    return site
