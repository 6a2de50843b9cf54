"""Site `congtt-htxhatinh` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Hà Tĩnh" on **PHPCMS v9**
(9.6, the UTF-8 edition; the `default` templates translated and restyled by a local web company, the language file
strings of the pager and the list rebuilt in Vietnamese; every category set to generate static HTML under
`html_root = /html`; `timezone` set to Etc/GMT-7; the copy is of 20 May 2025). Written as a held-out test: no family
module, no selectors.

URL shapes: an article's static page `/html/<yyyy>/<catdir>_<mmdd>/<id>.html` (URL rule 11, the default for static
content); the same article from the dynamic script `/index.php?m=content&c=index&a=show&catid=N&id=M` (the home
page's "Thông báo" box links the notice so: a PHPCMS "position" keeps the URL an article had when it was pushed,
before the category went static: an alias); category lists `/html/<catdir>/` = `/html/<catdir>/index.html` and its
pages `/html/<catdir>/list_<catid>_2.html` (a URL rule the web company added, `{$categorydir}{$catdir}/index.html|
{$categorydir}{$catdir}/list_{$catid}_{$page}.html`; 5 a page); the keyword pages
`/index.php?m=content&c=tag&catid=N&tag=<word>` ("Từ khóa:"); the comment frame
`/index.php?m=comment&c=index&a=init&commentid=content_<catid>-<id>-1&iframe=1` (an `<iframe>`); the hit counter
`/api.php?op=count&id=M&modelid=1` (a `<script>`; robots.txt, the one PHPCMS ships, disallows `/api`); member pages
`/index.php?m=member&c=index&a=login` and `…&a=register&siteid=1`; the RSS: the header's "RSS" opens the channel list
`/index.php?m=content&c=rss&siteid=1`, each channel `/index.php?m=content&c=rss&rssid=N` (the 20 newest of the
category). No site map (the admin never generated `sitemaps.xml`), no canonical, no Open Graph.

Why it is hard: the default `show.html` puts the info line INSIDE the title: `<div id="Article"><h1>Title<br />
<span>2025-03-16 00:15:00&nbsp;&nbsp;&nbsp;Nguồn: …&nbsp;&nbsp;&nbsp;Bình luận: <a id="comment">0</a> Lượt xem:
</span><span id="hits"></span></h1>` - the `<h1>`'s text is not the title; the hit count is written by the
`api.php` script. The text is CKEditor 3's output in `div.content` (`<p>\\r\\n\\t…</p>`, `<h3>`, lists, bordered
tables, photos in centred paragraphs with the caption in the next centred `<em>` paragraph, attachments uploaded
to `/uploadfile/<yyyy>/<mmdd>/<YmdHis+3 digits>.pdf` and linked by their file name), then "Từ khóa:", "Tin liên
quan" (dates Y-m-d), the share tool and the comment frame; the right column ranks "Đọc nhiều" and "Tin cùng
chuyên mục". No author field: the template shows `copyfrom` ("Nguồn: Báo Hà Tĩnh" for a reprint); the author is a
closing byline. The RSS writes `pubDate` as PHP's `date('Y-m-d H:i:s')` - local time without a zone (the entry of
00:15 on 16 March reads "2025-03-16 00:15:00"; taken as UTC it is 07:15). The oldest article is only on
`/html/tintuc/list_9_2.html` (and in its channel's RSS).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "congtt-htxhatinh"
NAME = "Cổng thông tin Liên minh HTX tỉnh Hà Tĩnh"
PER = 5
TODAY = "Thứ Ba, ngày 20/05/2025"
CATS = {9: ("tintuc", "Tin tức - Sự kiện"), 10: ("thongbao", "Thông báo"), 11: ("kinhtetapthe", "Kinh tế tập thể")}
COPY = "Bản quyền thuộc Liên minh Hợp tác xã tỉnh Hà Tĩnh"
LICENCE = "Giấy phép số 15/GP-STTTT do Sở Thông tin và Truyền thông Hà Tĩnh cấp ngày 12/6/2019"
ADDRESS = "Địa chỉ: Số 52 đường Hà Huy Tập, TP Hà Tĩnh - Điện thoại: 0239.3855.418"
FURN = [TODAY, COPY, LICENCE, ADDRESS, "Powered by", "Trang chủ", "Đọc nhiều", "Tin cùng chuyên mục",
        "Tin liên quan", "Từ khóa:", "Chia sẻ:", "Lưu lại", "Lượt xem:", "Bình luận:", "Liên kết website",
        "Đăng nhập", "Đăng ký", "Nguồn:"]


def up(d: datetime, name: str) -> str:
    n = int(hashlib.md5(name.encode()).hexdigest()[:6], 16) % 900 + 100
    return f"/uploadfile/{d:%Y}/{d:%m%d}/{d:%Y%m%d%H%M%S}{n}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, *extra: str) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", *extra, "listing"])

    return [
        A(path="", title="Liên minh HTX tỉnh Hà Tĩnh tổng kết công tác năm 2024",
          body="""
Chiều 30/12, Liên minh HTX tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket.png] Quang cảnh hội nghị tổng kết công tác năm 2024
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 41 HTX, tư vấn xây dựng phương án sản xuất kinh doanh cho 65 HTX.
Hội nghị đã khen thưởng 15 tập thể, 20 cá nhân có thành tích xuất sắc trong phát triển kinh tế tập thể.
""", byline="Tin, ảnh: Lê Văn Hùng", author="Lê Văn Hùng",
          opts={"id": 38, "cat": 9, "views": 87, "month": 0, "from": "Liên minh HTX tỉnh", "kw": []},
          notes=["the oldest article: 6th of 'Tin tức - Sự kiện' (5 a page), the lowest in both rankings (5 shown), not on "
                 "the home page nor 'Tin cùng chuyên mục': only /html/tintuc/list_9_2.html (and the channel's RSS, which "
                 "gives the 20 newest); 'Tin, ảnh: Lê Văn Hùng' -> author"],
          **at(datetime(2024, 12, 30, 17, 0), "url")),
        A(path="", title="Kết quả thực hiện Chương trình OCOP của các HTX tỉnh Hà Tĩnh năm 2024",
          body="""
Năm 2024, các HTX trên địa bàn tỉnh tiếp tục là chủ thể chính tham gia Chương trình Mỗi xã một sản phẩm (OCOP).
| Huyện, thị xã | Sản phẩm 3 sao | Sản phẩm 4 sao | Chủ thể là HTX |
| Hương Khê | 18 | 4 | 13 |
| Can Lộc | 15 | 3 | 11 |
| Thạch Hà | 12 | 2 | 9 |
| Kỳ Anh | 10 | 1 | 8 |
Năm 2025, Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX hoàn thiện hồ sơ nâng hạng sản phẩm OCOP.
""", author=None,
          opts={"id": 40, "cat": 11, "views": 264, "month": 31, "from": "Liên minh HTX tỉnh", "kw": ["OCOP"]},
          notes=["a CKEditor table (bold first row in <td><strong>, whitespace between the cells): one line per row; "
                 "'Nguồn: Liên minh HTX tỉnh', no byline: author null; its keyword 'OCOP' links "
                 "/index.php?m=content&c=tag&catid=11&tag=OCOP (a list)"],
          **at(datetime(2025, 1, 20, 9, 30), "url")),
        A(path="", title="HTX Nông nghiệp Sơn Bằng mở rộng vùng trồng bưởi Phúc Trạch",
          body="""
HTX Nông nghiệp Sơn Bằng (huyện Hương Sơn) vừa mở rộng vùng trồng bưởi Phúc Trạch lên 30 ha, tăng 8 ha so với năm trước.
Toàn bộ diện tích được chăm sóc theo quy trình VietGAP, sản phẩm có tem truy xuất nguồn gốc.
Mỗi năm HTX cung ứng ra thị trường khoảng 450 tấn bưởi, doanh thu đạt trên 9 tỷ đồng.
""", byline="Theo Báo Hà Tĩnh", author=None,
          opts={"id": 41, "cat": 9, "views": 311, "month": 40, "from": "Báo Hà Tĩnh", "kw": ["bưởi Phúc Trạch"]},
          notes=["'Nguồn: Báo Hà Tĩnh' in the title's info line and 'Theo Báo Hà Tĩnh' closing the text: a reprint, no "
                 "author"],
          **at(datetime(2025, 2, 12, 14, 0), "url")),
        A(path="", title="Những điểm mới của Luật Hợp tác xã năm 2023 mà HTX cần lưu ý",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 với nhiều quy định mới tạo thuận lợi cho HTX phát triển.
## Một số điểm mới đáng chú ý
* Bổ sung quy định về tổ hợp tác, liên hiệp HTX và liên đoàn HTX;
* Cho phép HTX có thành viên liên kết góp vốn và không góp vốn;
* Quy định rõ tỷ lệ giao dịch nội bộ tối thiểu giữa HTX với thành viên;
* Bổ sung chính sách hỗ trợ về đất đai, tín dụng và chuyển đổi số.
Các HTX cần rà soát, sửa đổi điều lệ cho phù hợp với quy định của Luật mới.
""", byline="Phan Thị Minh Nguyệt - Ban Tuyên truyền", author="Phan Thị Minh Nguyệt",
          opts={"id": 43, "cat": 9, "views": 402, "month": 58, "from": "Liên minh HTX tỉnh", "kw": ["Luật Hợp tác xã"]},
          notes=["an <h3> and a bulleted list (CKEditor); 'Phan Thị Minh Nguyệt - Ban Tuyên truyền' closes the text -> "
                 "Phan Thị Minh Nguyệt"],
          **at(datetime(2025, 2, 26, 8, 30), "url")),
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tổ chức Hội nghị sơ kết công tác quý I năm 2025",
          body="""
LIÊN MINH HTX TỈNH HÀ TĨNH
Số: 08/TB-LMHTX
Hà Tĩnh, ngày 07 tháng 3 năm 2025
THÔNG BÁO
Về việc tổ chức Hội nghị sơ kết công tác quý I năm 2025
Liên minh HTX tỉnh tổ chức Hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2025 vào 8 giờ ngày 28/3/2025 tại Hội trường Liên minh HTX tỉnh.
Thành phần gồm Thường trực Liên minh HTX tỉnh, trưởng các phòng, ban và giám đốc các HTX tiêu biểu.
Đề nghị các đơn vị cử đại biểu tham dự đầy đủ, đúng thành phần.
CHỦ TỊCH
Nguyễn Văn Thành
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "", "text": "TB-08-LMHTX-2025.pdf"}],
          opts={"id": 44, "cat": 10, "views": 356, "month": 44, "from": "Liên minh HTX tỉnh", "kw": []},
          notes=["notice 'Số: 08/TB-LMHTX' dated 07/3 in its text, posted 2025-03-10 16:00:00 (in the <h1>'s info line); "
                 "the signer is text, no author; the CKEditor attachment link /uploadfile/2025/0310/<YmdHis+3>.pdf, text "
                 "its file name, is an attachment, not text; the home page's 'Thông báo mới' box links it as "
                 "/index.php?m=content&c=index&a=show&catid=10&id=44: an alias"],
          **at(datetime(2025, 3, 10, 16, 0), "url")),
        A(path="", title="12 HTX được tôn vinh tại Lễ công bố sản phẩm OCOP tỉnh Hà Tĩnh năm 2025",
          body="""
Tối 15/3, UBND tỉnh Hà Tĩnh tổ chức Lễ công bố sản phẩm OCOP đợt 1 năm 2025, trong đó có 12 HTX được tôn vinh.
Các sản phẩm của HTX được công nhận gồm nước mắm, mật ong, cam Khe Mây, chè xanh và kẹo cu đơ.
Liên minh HTX tỉnh đã đồng hành cùng các HTX hoàn thiện hồ sơ, bao bì và truy xuất nguồn gốc sản phẩm.
""", byline="Nguyễn Hoài Nam", author="Nguyễn Hoài Nam",
          opts={"id": 45, "cat": 9, "views": 289, "month": 36, "from": "Liên minh HTX tỉnh", "kw": ["OCOP"]},
          notes=["posted at 00:15 on 16 March about the evening before: '2025-03-16 00:15:00' in the <h1>, the static URL "
                 "/html/2025/tintuc_0316/45.html; the RSS's pubDate '2025-03-16 00:15:00' has no zone (read as UTC it "
                 "is 07:15, converted the other way the 15th); 'Nguyễn Hoài Nam' closes it -> author"],
          **at(datetime(2025, 3, 16, 0, 15), "url")),
        A(path="", title="Ảnh: HTX Chè Tây Sơn vào vụ thu hái chè xuân",
          body="""
Đầu tháng 4, các thành viên HTX Chè Tây Sơn (huyện Hương Sơn) bước vào vụ thu hái chè xuân năm 2025.
[img tay-son-1.png] Thành viên HTX thu hái chè búp trên đồi chè Tây Sơn
[img tay-son-2.png] Chè búp tươi được vận chuyển về xưởng chế biến của HTX
[img tay-son-3.png] Sản phẩm chè xanh Tây Sơn đạt chứng nhận OCOP 3 sao
Vụ chè xuân năm nay HTX dự kiến thu mua khoảng 200 tấn chè búp tươi của thành viên.
""", byline="Bài, ảnh: Nguyễn Thị Hải Yến", author="Nguyễn Thị Hải Yến",
          opts={"id": 47, "cat": 9, "views": 198, "month": 25, "from": "Liên minh HTX tỉnh", "kw": ["chè"]},
          notes=["photo story: each photo a centred <p><img>, its caption the next centred <p><em> (one line each); "
                 "'Bài, ảnh: Nguyễn Thị Hải Yến' -> author"],
          **at(datetime(2025, 4, 8, 10, 20), "url")),
        A(path="", title="HTX Thủy sản Thạch Kim phát triển dịch vụ hậu cần nghề cá",
          body="""
HTX Thủy sản Thạch Kim (huyện Lộc Hà) hiện cung ứng dịch vụ hậu cần cho 85 tàu cá của thành viên.
HTX đầu tư kho lạnh công suất 200 tấn, cung cấp đá, nhiên liệu và thu mua hải sản ngay tại cảng.
Năm 2025, HTX phấn đấu doanh thu dịch vụ đạt 25 tỷ đồng, tăng 15% so với năm 2024.
""", byline="Đặng Quang Vinh", author="Đặng Quang Vinh",
          opts={"id": 49, "cat": 9, "views": 121, "month": 121, "from": "", "kw": []},
          notes=["the newest article; an empty copyfrom ('Nguồn:' with nothing after it); the bare name 'Đặng Quang Vinh' "
                 "closes the text: the author"],
          **at(datetime(2025, 5, 14, 15, 30), "url")),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>\r\n\t{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>\r\n\t{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\r\n" + "\r\n".join(f"\t<li>\r\n\t\t{inline_html(x)}</li>" for x in b.items)
                       + f"\r\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;">\r\n\t<tbody>\r\n\t\t<tr>\r\n'
                       + "\r\n".join(f"\t\t\t<td>\r\n\t\t\t\t<strong>{esc(c)}</strong></td>" for c in head)
                       + "\r\n\t\t</tr>\r\n" + "".join("\t\t<tr>\r\n" + "\r\n".join(f"\t\t\t<td>\r\n\t\t\t\t{esc(c)}</td>"
                                                                                   for c in r) + "\r\n\t\t</tr>\r\n"
                                                      for r in rows) + "\t</tbody>\r\n</table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;">\r\n\t<img alt="" src="{up(a.date, b.src)}.png" style="width: 600px; '
                       f'height: 400px;" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;">\r\n\t<em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p>\r\n\t<a href="{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;">\r\n\t<strong>{esc(a.byline)}</strong></p>')
    return "\r\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-tinh", f"{NAME} (PHPCMS v9)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        cid = a.opts["cat"]
        a.path = f"/html/{a.date:%Y}/{CATS[cid][0]}_{a.date:%m%d}/{a.opts['id']}.html"
        a.opts["dyn"] = f"/index.php?m=content&c=index&a=show&catid={cid}&id={a.opts['id']}"
        for x in a.attachments:
            x["path"] = up(a.date - timedelta(minutes=6), x["text"]) + ".pdf"
    oldest = arts[-1]
    notice = next(a for a in arts if a.doc_number)

    def first_p(a: RichArticle) -> str:
        return inline_text(next(b.text for b in a.blocks if b.kind == "p"))

    def cat_url(cid: int) -> str:
        return f"/html/{CATS[cid][0]}/"

    def tag_url(cid: int, word: str) -> str:
        return f"/index.php?m=content&c=tag&catid={cid}&tag={quote(word)}"

    def li(a: RichArticle, fmt: str = "%Y-%m-%d") -> str:
        return (f'<li><span class="rt">{a.date.strftime(fmt)}</span>·<a href="{a.path}" target="_blank" title="{attr(a.title)}">'
                f'{esc(a.title)}</a></li>')

    nav = "".join(f'<li class="line">|</li><li><a href="{cat_url(c)}"><span>{esc(n)}</span></a></li>' for c, (d, n) in CATS.items())

    def layout(title: str, main: str, keywords: str = "", desc: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{esc(title)}</title>
<meta name="keywords" content="{attr(keywords)}">
<meta name="description" content="{attr(desc)}">
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="/statics/js/jquery.sGallery.js"></script>
<script type="text/javascript" src="/statics/js/search_common.js"></script>
</head>
<body>
<div class="body-top">
    <div class="content">
        <div class="today">{TODAY}</div>
        <div class="login lh24 blue"><a href="/index.php?m=content&amp;c=rss&amp;siteid=1" class="rss ib">RSS</a><span class="rt"><a href="/index.php?m=member&amp;c=index&amp;a=login">Đăng nhập</a> | <a href="/index.php?m=member&amp;c=index&amp;a=register&amp;siteid=1">Đăng ký</a></span></div>
    </div>
</div>
<div class="header">
	<div class="logo"><a href="/"><img src="/statics/images/v9/logo.png" alt="{attr(NAME)}" /></a></div>
    <div class="search">
        <div class="bd">
            <form action="/index.php" method="get" target="_blank">
				<input type="hidden" name="m" value="search"/><input type="hidden" name="c" value="index"/><input type="hidden" name="a" value="init"/><input type="hidden" name="typeid" value="1" id="typeid"/><input type="hidden" name="siteid" value="1" id="siteid"/>
                <input type="text" class="text" name="q" id="q"/><input type="submit" value="Tìm kiếm" class="button" />
            </form>
        </div>
    </div>
    <div class="bk3"></div>
    <div class="nav-bar">
    	<map>
        	<ul class="nav-site">
			<li><a href="/"><span>Trang chủ</span></a></li>{nav}
            </ul>
        </map>
    </div>
</div>
{main}
<div class="footer">
<p class="info">
<a href="/html/gioithieu/" target="_blank">Giới thiệu</a> |  <a href="/index.php?m=link" target="_blank">Liên kết website</a>
<br />
{esc(COPY)}<br />{esc(LICENCE)}<br />{esc(ADDRESS)}<br />
Powered by <strong><a href="{{{{base:offsite}}}}/phpcms/" target="_blank">PHPCMS</a></strong> <em>v9</em> &copy; 2025 <img src="/statics/images/copyright.gif"/>
</p>
</div>
</body>
</html>
"""

    def rank(a_cat: int, key: str, css: str) -> str:
        pool = sorted([x for x in arts if x.opts["cat"] == a_cat], key=lambda x: -x.opts[key])[:PER]
        if key == "views":
            return '<ul class="content digg">' + "".join(
                f'<li><a href="{x.path}" target="_blank" title="{attr(x.title)}">{esc(x.title)}</a></li>' for x in pool) + "</ul>"
        return '<ul class="content rank">' + "".join(
            f'<li><span>{x.opts[key]}</span><a href="{x.path}" class="title" title="{attr(x.title)}">{esc(x.title)}</a></li>'
            for x in pool) + "</ul>"

    def hits_js(a: RichArticle) -> str:
        v = a.opts["views"]
        return (f"$('#todaydown').html('{max(1, v // 90)}');$('#weekdown').html('{max(2, v // 20)}');"
                f"$('#monthdown').html('{a.opts['month']}');$('#hits').html('{v}');$('#downloads').html('0');")

    for a in arts:
        cid = a.opts["cat"]
        same = [x for x in arts if x.opts["cat"] == cid and x is not a][:4]
        related = ""
        rel = [x for x in arts if x is not a and x is not oldest and set(x.opts["kw"]) & set(a.opts["kw"])]
        if rel:
            related = ('<div class="related"><h5 class="blue">Tin liên quan:</h5><ul class="list blue lh24 f14">'
                       + "".join(f'<li>·<a href="{x.path}" target="_blank">{esc(x.title)}</a><span>({x.date:%Y-%m-%d})</span>'
                                 f"</li>" for x in rel) + "</ul></div>")
        kws = " \t".join(f'<a href="{tag_url(cid, k)}" class="blue">{esc(k)}</a>' for k in a.opts["kw"])
        commentid = f"content_{cid}-{a.opts['id']}-1"
        main = f"""<div class="main">
	<div class="col-left">
    	<div class="crumbs"><a href="/">Trang chủ</a><span> &gt; </span><a href="{cat_url(cid)}">{esc(CATS[cid][1])}</a> &gt;  Nội dung</div>
        <div id="Article">
        	<h1>{esc(a.title)}<br />
<span>{a.date:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;&nbsp;Nguồn: {esc(a.opts['from'])}&nbsp;&nbsp;&nbsp;Bình luận: <a href="#comment_iframe" id="comment">0</a> Lượt xem: </span><span id="hits"></span></h1>
			<div class="content">
			{body_html(a)}
			</div>
			<div id="pages" class="text-c"></div>
            <p style="margin-bottom:10px">
            <strong>Từ khóa:</strong>{kws}
            </p>
            {related}
          <div class="bk15"></div>
      </div>
      <div class="Article-Tool">
          Chia sẻ:
          <script type="text/javascript">document.write('<a href="https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href)+'" title="Facebook" class="t1" target="_blank">&nbsp;</a>');</script>
	  <span id='favorite'>
		<a href="javascript:;" onclick="add_favorite('{attr(a.title)}');" class="t6">Lưu lại</a>
	  </span>
	  </div>
      <div class="bk10"></div>
      <iframe src="/index.php?m=comment&amp;c=index&amp;a=init&amp;commentid={commentid}&amp;iframe=1" width="100%" height="100%" id="comment_iframe" frameborder="0" scrolling="no"></iframe>
  </div>
    <div class="col-auto">
        <div class="box">
            <h5 class="title-2">Đọc nhiều</h5>
            {rank(cid, "views", "digg")}
        </div>
        <div class="bk10"></div>
        <div class="box">
            <h5 class="title-2">Tin cùng chuyên mục</h5>
            <ul class="content list f14">{"".join(li(x, "%m-%d") for x in same)}</ul>
        </div>
    </div>
</div>
<script language="JavaScript" src="/api.php?op=count&amp;id={a.opts['id']}&amp;modelid=1"></script>
"""
        page = layout(f"{a.title} - {CATS[cid][1]} - {NAME}", main, keywords=",".join(a.opts["kw"]), desc=first_p(a))
        site.page(a.path, page)
        site.same_page(a.opts["dyn"], a.path)
        if a is notice:
            a.aliases.append(a.opts["dyn"])
        site.page(f"/api.php?op=count&id={a.opts['id']}&modelid=1", hits_js(a), content_type="application/javascript")
        site.never_fetched.append(f"/api.php?op=count&id={a.opts['id']}&modelid=1")
        cpath = f"/index.php?m=comment&c=index&a=init&commentid={commentid}&iframe=1"
        site.page(cpath, f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Bình luận'
                         f'</title></head><body><div class="comment"><h4>Bình luận: <a href="{a.path}" target="_top">'
                         f'{esc(a.title)}</a></h4><p>Chưa có bình luận nào.</p><form action="/index.php?m=comment&amp;c=index&amp;'
                         f'a=post&amp;commentid={commentid}" method="post"><textarea name="content"></textarea><input '
                         f'type="submit" value="Gửi bình luận" /></form></div></body></html>')
        site.non_articles.append(cpath)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{up(a.date, b.src)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH HA TINH", "THONG BAO SO 08/TB-LMHTX"]))
        site.add_article(a)
    site.trap("the hit count: <script src=/api.php?op=count&id=M&modelid=1> fills span#hits (robots.txt disallows /api: "
              "never fetched); the comment <iframe> /index.php?m=comment&c=index&a=init&commentid=content_N-M-1&iframe=1: "
              "not an article", f"/index.php?m=comment&c=index&a=init&commentid=content_9-{arts[0].opts['id']}-1&iframe=1")

    # category lists: static, 5 a page, the web company's URL rule list_<catid>_<page>.html
    for cid, (cdir, cname) in CATS.items():
        items = [a for a in arts if a.opts["cat"] == cid]
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(chunks, 1):
            path = f"/html/{cdir}/index.html" if n == 1 else f"/html/{cdir}/list_{cid}_{n}.html"

            def href(k: int, cdir: str = cdir, cid: int = cid) -> str:
                return f"/html/{cdir}/index.html" if k == 1 else f"/html/{cdir}/list_{cid}_{k}.html"
            pages = ""
            if len(chunks) > 1:
                pages = f'<a class="a1">{len(items)} bài</a> '
                pages += (f'<a href="{href(n - 1)}" class="a1">Trang trước</a> ' if n > 1 else
                          '<a href="javascript:;" class="a1">Trang trước</a> ')
                pages += " ".join(f"<span>{k}</span>" if k == n else f'<a href="{href(k)}">{k}</a>'
                                  for k in range(1, len(chunks) + 1))
                pages += (f' <a href="{href(n + 1)}" class="a1">Trang sau</a>' if n < len(chunks) else
                          ' <a href="javascript:;" class="a1">Trang sau</a>')
            rows = "".join(li(a, "%Y-%m-%d %H:%M:%S") + ('<li class="bk20 hr"></li>' if i % 5 == 4 else "")
                           for i, a in enumerate(chunk))
            main = (f'<div class="main"><div class="col-left"><div class="crumbs"><a href="/">Trang chủ</a><span> &gt; </span>'
                    f'<a href="{cat_url(cid)}">{esc(cname)}</a> &gt;  Danh sách</div><ul class="list lh24 f14">{rows}</ul>'
                    f'<div id="pages" class="text-c">{pages}</div></div><div class="col-auto"><div class="box"><h5 '
                    f'class="title-2">Đọc nhiều</h5>{rank(cid, "views", "digg")}</div><div class="bk10"></div><div class="box">'
                    f'<h5 class="title-2">Xem nhiều trong tháng</h5>{rank(cid, "month", "rank")}</div></div></div>')
            site.page(path, layout(f"{cname} - {NAME}" + (f" - Trang {n}" if n > 1 else ""), main))
            site.non_articles.append(path)
        site.non_articles.append(cat_url(cid))
    site.trap("category lists /html/<catdir>/ (= index.html; date 'Y-m-d H:i:s' and title, 5 a page) and the pager "
              "'Trang sau' -> /html/tintuc/list_9_2.html (the web company's URL rule): the oldest article is only there",
              "/html/tintuc/list_9_2.html")

    # keyword pages
    for cid in CATS:
        for k in sorted({k for a in arts if a.opts["cat"] == cid for k in a.opts["kw"]}):
            found = [a for a in arts if k in a.opts["kw"]]
            path = tag_url(cid, k)
            site.page(path, layout(f"{k} - {NAME}", f'<div class="main"><div class="col-left"><div class="crumbs"><a href="/">'
                                   f'Trang chủ</a><span> &gt; </span>Từ khóa: {esc(k)}</div><ul class="list lh24 f14">'
                                   + "".join(li(a, "%Y-%m-%d %H:%M:%S") for a in found) + "</ul></div></div>"))
            site.non_articles.append(path)
    site.trap("keyword pages /index.php?m=content&c=tag&catid=N&tag=<word> (the 'Từ khóa:' line): lists",
              tag_url(9, "OCOP"))

    # home (index.html generated at the root)
    home = (f'<div class="main"><div class="col-left"><div class="box"><h5 class="title-2">Thông báo mới</h5><div id="announ">'
            f'<ul><li><a href="{notice.opts["dyn"]}">{esc(notice.title)}</a></li></ul></div></div><div class="box"><h5 '
            f'class="title-2">Tin mới</h5><ul class="content list f14">' + "".join(li(a, "%m-%d") for a in arts[:6])
            + '</ul></div></div><div class="col-auto">'
            + "".join(f'<div class="box"><h5 class="title-2"><a href="{cat_url(c)}">{esc(n)}</a></h5><ul class="content '
                      f'list f14">' + "".join(li(a, "%m-%d") for a in [x for x in arts[:6] if x.opts["cat"] == c][:3])
                      + "</ul></div>" for c, (d, n) in CATS.items()) + "</div></div>")
    site.page("/index.html", layout(NAME, home, keywords="Liên minh HTX Hà Tĩnh, hợp tác xã, kinh tế tập thể",
                                    desc="Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Hà Tĩnh"))
    site.non_articles += ["/", "/index.html"]
    site.trap("home (the generated /index.html): 'Thông báo mới' links the notice by its dynamic URL (a position keeps "
              "the old URL), 'Tin mới' the 6 newest with 'm-d' dates (no year)", "/")
    for path, title, text in [
            ("/html/gioithieu/", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Hà Tĩnh là tổ chức kinh tế - xã hội, đại diện "
             "và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/index.php?m=link", "Liên kết website", f'<ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">'
             "Liên minh Hợp tác xã Việt Nam</a></li></ul>"),
            ("/index.php?m=member&c=index&a=login", "Đăng nhập", '<form method="post" action="/index.php?m=member&amp;c=index'
             '&amp;a=login"><input name="username" /><input name="password" type="password" /></form>'),
            ("/index.php?m=member&c=index&a=register&siteid=1", "Đăng ký", '<form method="post" action="/index.php?m=member'
             '&amp;c=index&amp;a=register"><input name="username" /></form>')]:
        site.page(path, layout(f"{title} - {NAME}", f'<div class="main"><div class="col-left"><h2>{title}</h2>{text}</div></div>'))
        site.non_articles.append(path)
    site.trap("member pages index.php?m=member&c=index&a=login / a=register (not disallowed by PHPCMS's robots.txt): "
              "pages, no articles", "/index.php?m=member&c=index&a=login")

    # RSS: the channel list and one feed per category (the 20 newest, pubDate = date('Y-m-d H:i:s'))
    site.page("/index.php?m=content&c=rss&siteid=1", layout(
        f"RSS - {NAME}", '<div class="main"><div class="col-left"><h2>Kênh RSS</h2><ul class="list lh24 f14">'
        + "".join(f'<li><a href="/index.php?m=content&amp;c=rss&amp;rssid={c}" target="_blank">{esc(n)}</a></li>'
                  for c, (d, n) in CATS.items()) + "</ul></div></div>"))
    site.non_articles.append("/index.php?m=content&c=rss&siteid=1")
    for cid, (cdir, cname) in CATS.items():
        its = "".join(
            f"<item>\n<title><![CDATA[{a.title}]]> </title>\n<link><![CDATA[{{{{base}}}}{a.path}]]> </link>\n<description>"
            f"<![CDATA[{first_p(a)}]]> </description>\n<pubDate>{a.date:%Y-%m-%d %H:%M:%S}</pubDate>\n<guid><![CDATA["
            f"{{{{base}}}}{a.path}]]> </guid>\n<author>{esc(NAME)} {{{{base}}}}/</author>\n</item>\n"
            for a in [x for x in arts if x.opts["cat"] == cid][:20])
        site.page(f"/index.php?m=content&c=rss&rssid={cid}",
                  f'<?xml version="1.0" encoding="utf-8"?>\n<!--  RSS generated by phpcms.cn RSS Builder [2025-05-20 09:12:40]  '
                  f'--> \n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>{esc(cname)}'
                  f"</title>\n<link>{{{{base}}}}/</link>\n<description></description>\n<webMaster>{{{{base}}}}/</webMaster>\n"
                  f"<generator>{{{{base}}}}/</generator>\n<ttl>60</ttl>\n<dc:creator>{{{{base}}}}/</dc:creator>\n<dc:date>"
                  f"Tue, 20 May 2025 09:12:40 +0700</dc:date>\n{its}</channel>\n</rss>\n",
                  content_type="text/xml; charset=utf-8")
    site.trap("RSS: the header's 'RSS' opens the channel list index.php?m=content&c=rss&siteid=1, each channel "
              "index.php?m=content&c=rss&rssid=N gives its 20 newest with pubDate 'Y-m-d H:i:s' (local time, no zone)",
              "/index.php?m=content&c=rss&rssid=9")
    site.static("/api.php", "")
    site.static("/robots.txt", "#\n# robots.txt for PHPCMS v9\n#\n\nUser-agent: * \nDisallow: /caches\nDisallow: /phpcms\n"
                "Disallow: /install\nDisallow: /phpsso_server\nDisallow: /api\nDisallow: /admin.php\n")
    site.binary("/statics/images/copyright.gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04"
                b"\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    return site
