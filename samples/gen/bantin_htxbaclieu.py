"""Site `bantin-htxbaclieu` (registry family `generic`): "Bản tin Liên minh HTX tỉnh Bạc Liêu" on **Zikula 1.3** with
its **News 3.0** module (the PHP application framework that grew out of PostNuke; the Andreas08 theme, the Printer
and RSS themes, the EZComments hook, short URLs on; the site's time zone +7 while PHP's `date.timezone` is unset
(UTC); News' "stories on the front page" set to 6; the copy is of 21 May 2024). Written as a held-out test: no
family module, no selectors.

URL shapes: the start module is News (`/`: its index, the stories marked "publish on the front page"); a story's
short URL `/news/<sid>/<urltitle>` (News' permalink format "%articleid%/%articletitle%"); the long
`/index.php?module=News&type=user&func=display&sid=<sid>` answers the same story (the "Thông báo" HTML block links
the notice so: an alias); the print view `…&theme=Printer` (the printer icon: an alias); the full list
`/news/view/` with Zikula's pager `?startnum=7` (6 a page); categories `/news/Main/<category name>`; the feed
`/index.php?module=News&theme=RSS` (the RSS theme over the front page); the submit form `/news/newitem/` (stories
sent by members wait as pending until an editor publishes them); the Users module `/users/…` (robots.txt disallows
it: the login block's links).

Why it is hard: the page's `<h1>` is the site name (Andreas08's header) and `<h2>` its slogan; the story's title is
`h3.news_title` inside `div#news_articlecontent`. Under it the News meta line "Đăng bởi admin vào 16/05/2024 lúc
10:15 • Chuyên mục: Thông báo • 215 lượt xem" (the contributor is the account's user name, never an author; the
front page and lists say "Gửi bởi …" with the same date), then `div#news_body`: the hometext (`div.news_hometext`,
the story's lead: the first line of the text) and the bodytext (the Scribite editor's HTML: `<p>`, bold-paragraph
headings, lists, a bordered table, photos in centred paragraphs with the caption in the next centred `<em>`), the
printer icon, the editor's note `span#news_notes` (not text), "Bài viết khác trong chuyên mục …" and the EZComments
block. The dates are Vietnam time; the RSS theme prints `from` with `%z` of a UTC PHP: the naive local time labelled
"+0000" (the story of 22:40 on 14 May reads as 05:40 on 15 May when converted). The oldest story is not on the front
page and has no category: only `/news/view/?startnum=7` reaches it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf, weekday
from .richbody import RichArticle

SITE = "bantin-htxbaclieu"
NAME = "Bản tin Liên minh HTX tỉnh Bạc Liêu"
SLOGAN = "Vì sự phát triển của kinh tế tập thể tỉnh Bạc Liêu"
PER = 6
TODAY = datetime(2024, 5, 21, 8, 30)
CATS = {10001: ("thongbao", "Thông báo"), 10002: ("hoatdong", "Hoạt động HTX"), 10003: ("kienthuc", "Kiến thức")}
FOOTER = "Liên minh Hợp tác xã tỉnh Bạc Liêu - Số 9 Hoàng Văn Thụ, phường 3, TP Bạc Liêu - ĐT: 0291.3822.716"
POWERED = "Vận hành bởi Zikula | Giao diện Andreas08"
FURN = [SLOGAN, FOOTER, POWERED, f"{weekday(TODAY)}, {TODAY:%d/%m/%Y}", "Menu chính", "Tin mới", "Ai đang trực tuyến",
        "Hiện có 4 khách và 0 thành viên đang trực tuyến.", "Tên đăng nhập", "Mật khẩu", "Quên mật khẩu?", "Đăng ký",
        "Danh sách tin", "Gửi bài viết", "Bài viết khác trong chuyên mục", "lượt xem", "Bình luận",
        "Chưa có bình luận nào.", "Bạn cần đăng nhập để gửi bình luận.", "Đăng bởi", "Gửi bởi"]


def brief(d: datetime) -> str:
    """'datetimebrief' in the Vietnamese gettext catalogue: '%d/%m/%Y lúc %H:%M'."""
    return f"{d:%d/%m/%Y} lúc {d:%H:%M}"


def urltitle(title: str) -> str:
    """News' urltitle: DataUtil::formatPermalink (accents stripped, đ -> d, spaces to '-'; case kept)."""
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc tổ chức Hội nghị tập huấn Luật Hợp tác xã năm 2023",
          lead="Liên minh HTX tỉnh thông báo tổ chức Hội nghị tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX trên địa bàn tỉnh.",
          body="""
LIÊN MINH HTX TỈNH BẠC LIÊU
Số: 07/TB-LMHTX
Bạc Liêu, ngày 15 tháng 5 năm 2024
THÔNG BÁO
Về việc tổ chức Hội nghị tập huấn Luật Hợp tác xã năm 2023
Thời gian: 7 giờ 30 phút ngày 29/5/2024; địa điểm: Hội trường Liên minh HTX tỉnh, số 9 Hoàng Văn Thụ, phường 3, TP Bạc Liêu.
Thành phần: Giám đốc hoặc Phó Giám đốc các HTX, liên hiệp HTX trên địa bàn tỉnh.
Đề nghị các HTX cử người tham dự đầy đủ, đúng thành phần.
CHỦ TỊCH
Trần Thanh Liêm
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/userdata/files/TB-07-LMHTX.pdf", "text": "TB-07-LMHTX.pdf"}],
          opts={"by": "admin", "cat": 10001, "ihome": False, "views": 215},
          notes=["notice 'Số: 07/TB-LMHTX' dated 15/5 in its text, published 16/05/2024 10:15 (the News meta line 'Đăng "
                 "bởi admin vào 16/05/2024 lúc 10:15'); the hometext (div.news_hometext) is its first line; contributor "
                 "'admin': no author; the signer is text; 'Tải về: <a>TB-07-LMHTX.pdf</a>' (its own paragraph) is an "
                 "attachment, not text; not on the front page (the 'Thông báo' HTML block links it by its long "
                 "index.php?module=News&type=user&func=display&sid=… URL: an alias)"],
          **at(datetime(2024, 5, 16, 10, 15))),
        A(path="", title="HTX Nông nghiệp Vĩnh Hưng ký kết tiêu thụ lúa ST25 vụ hè thu",
          lead="HTX Nông nghiệp Vĩnh Hưng (huyện Vĩnh Lợi) vừa ký hợp đồng tiêu thụ 320 ha lúa ST25 vụ hè thu năm 2024.",
          body="""
Lễ ký kết diễn ra chiều 14/5 tại trụ sở HTX, với sự chứng kiến của lãnh đạo UBND huyện Vĩnh Lợi.
Theo hợp đồng, doanh nghiệp thu mua lúa tươi tại ruộng với giá cao hơn giá thị trường 300 đồng/kg.
HTX cam kết sản xuất theo quy trình giảm phát thải, có nhật ký đồng ruộng cho từng thửa.
""", author=None,
          opts={"by": "htxvinhhung", "cat": 10002, "ihome": True, "views": 96,
                "note": "Bài viết do HTX Nông nghiệp Vĩnh Hưng gửi qua mục Gửi bài viết, Ban biên tập đã duyệt đăng."},
          notes=["published at 22:40 on 14 May ('vào 14/05/2024 lúc 22:40'); the RSS prints the naive time labelled "
                 "'+0000' ('Tue, 14 May 2024 22:40:00 +0000': 05:40 on 15 May if converted); a member's submitted "
                 "story: contributor 'htxvinhhung' (an account), no byline: author null; the editor's note "
                 "span#news_notes after the body is not text"],
          **at(datetime(2024, 5, 14, 22, 40))),
        A(path="", title="Ảnh: Diêm dân HTX Muối Long Điền vào vụ thu hoạch",
          lead="Những ngày nắng gắt cuối mùa khô, diêm dân HTX Muối Long Điền (huyện Đông Hải) tranh thủ thu hoạch muối.",
          body="""
[img muoi-1.png] Diêm dân cào muối trên ruộng kết tinh
[img muoi-2.png] Muối được gánh về kho của HTX
[img muoi-3.png] Muối sạch Long Điền được đóng bao mang nhãn hiệu của HTX
Năm nay HTX dự kiến thu hoạch 5.200 tấn muối, giá bán 1.800 - 2.000 đồng/kg.
""", byline="Bài và ảnh: Huỳnh Thanh Tâm", author="Huỳnh Thanh Tâm",
          opts={"by": "thanhtam", "cat": 10002, "ihome": True, "views": 184,
                "comments": [("Khách", 17, "Muối Bạc Liêu ngon nổi tiếng, mong HTX có thêm sản phẩm muối tôm.")]},
          notes=["photo story: each photo a centred <p><img></p>, its caption the next centred <p><em> (one line each); "
                 "contributor 'thanhtam' (an account name), 'Bài và ảnh: Huỳnh Thanh Tâm' closes it -> author; an "
                 "EZComments comment below is not text"],
          **at(datetime(2024, 5, 8, 16, 20))),
        A(path="", title="Tình hình phát triển kinh tế tập thể tỉnh Bạc Liêu 4 tháng đầu năm 2024",
          lead="Bốn tháng đầu năm 2024, kinh tế tập thể tỉnh Bạc Liêu tiếp tục phát triển ổn định.",
          body="""
| Chỉ tiêu | Đơn vị | Thực hiện | So cùng kỳ (%) |
| HTX đang hoạt động | HTX | 226 | 104,1 |
| HTX thành lập mới | HTX | 9 | 112,5 |
| Tổ hợp tác | tổ | 1.134 | 101,8 |
| Thành viên HTX | người | 14.620 | 103,2 |
Các HTX thành lập mới chủ yếu hoạt động trong lĩnh vực nuôi tôm, trồng lúa và sản xuất muối.
""", byline="Văn phòng Liên minh HTX tỉnh", author=None,
          opts={"by": "vanphong", "cat": 10003, "ihome": True, "views": 132},
          notes=["a bordered table (first row bold <td>s): one line per row; closed by 'Văn phòng Liên minh HTX tỉnh' "
                 "(an office) and posted by the account 'vanphong': author null"],
          **at(datetime(2024, 4, 29, 9, 0))),
        A(path="", title="Hướng dẫn HTX nuôi tôm ứng phó với nắng nóng, xâm nhập mặn",
          lead="Nắng nóng kéo dài và xâm nhập mặn làm tăng nguy cơ tôm nuôi bị sốc môi trường, dịch bệnh.",
          body="""
## Các biện pháp kỹ thuật
* Duy trì mực nước ao nuôi từ 1,2 m trở lên;
* Che lưới giảm nắng một phần mặt ao;
* Tăng cường quạt nước, sục khí vào ban đêm;
* Giảm lượng thức ăn khi nhiệt độ nước trên 33°C.
## Khi phát hiện tôm bất thường
* Báo ngay cho cán bộ thú y thủy sản xã;
* Không xả nước ao bệnh ra môi trường.
""", byline="Trần Minh Luân - Chi cục Thủy sản tỉnh", author="Trần Minh Luân",
          opts={"by": "admin", "cat": 10003, "ihome": True, "views": 247},
          notes=["bold-paragraph headings with bulleted lists; contributor 'admin', 'Trần Minh Luân - Chi cục Thủy sản "
                 "tỉnh' closes it -> Trần Minh Luân"],
          **at(datetime(2024, 4, 17, 8, 10))),
        A(path="", title="HTX Tôm - Lúa Phước Long nâng giá trị sản phẩm",
          lead="HTX Tôm - Lúa Phước Long (huyện Phước Long) đang đẩy mạnh mô hình luân canh tôm - lúa hữu cơ.",
          body="""
Hiện HTX có 85 thành viên với 210 ha đất sản xuất theo mô hình một vụ tôm, một vụ lúa.
Sản phẩm gạo hữu cơ của HTX được bán với giá 35.000 đồng/kg, cao gấp đôi gạo thường.
HTX đang hoàn thiện hồ sơ đăng ký sản phẩm OCOP cho gạo tôm - lúa Phước Long.
""", byline="Theo Báo Bạc Liêu", author=None,
          opts={"by": "thanhtam", "cat": 10002, "ihome": True, "views": 158},
          notes=["closed by 'Theo Báo Bạc Liêu': a reprint, no author (contributor 'thanhtam')"],
          **at(datetime(2024, 4, 3, 14, 30))),
        A(path="", title="Liên minh HTX tỉnh hỗ trợ HTX Dịch vụ Nông nghiệp Hòa Bình vay vốn",
          lead="Quỹ Hỗ trợ phát triển HTX tỉnh vừa giải ngân 800 triệu đồng cho HTX Dịch vụ Nông nghiệp Hòa Bình.",
          body="""
Nguồn vốn được HTX sử dụng để mua máy cấy, máy sấy lúa phục vụ thành viên.
Đây là lần thứ hai HTX được vay vốn từ Quỹ, với lãi suất ưu đãi 0,5%/tháng.
""", byline="Nguyễn Thị Bích Ngọc", author="Nguyễn Thị Bích Ngọc",
          opts={"by": "vanphong", "cat": 10002, "ihome": True, "views": 121},
          notes=["contributor 'vanphong' (the office account); the bare name 'Nguyễn Thị Bích Ngọc' closes the text: "
                 "the author"],
          **at(datetime(2024, 3, 20, 10, 0))),
        A(path="", title="Liên minh HTX tỉnh Bạc Liêu tổng kết công tác năm 2023",
          lead="Ngày 17/1, Liên minh HTX tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
[img tong-ket-2023.png] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 8 lớp tập huấn cho 470 lượt cán bộ HTX.
""", byline="Tin, ảnh: Lâm Quốc Khánh", author="Lâm Quốc Khánh",
          opts={"by": "admin", "cat": None, "ihome": False, "views": 302},
          notes=["the oldest story: not published on the front page and without a category: only on "
                 "/news/view/?startnum=7 (the full list's second page); 'Tin, ảnh: Lâm Quốc Khánh' -> author"],
          **at(datetime(2024, 1, 18, 14, 0))),
    ]


def bodytext(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellspacing="0" cellpadding="3" style="width: 100%;">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{{{{base}}}}/userdata/News/{b.src}" alt="" width="600" '
                       f'height="400" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{{{{base}}}}{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-lieu", f"{NAME} (Zikula 1.3, News)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/index.php?module=News&theme=RSS" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    sid = 20
    for a in reversed(arts):
        sid += 1 + (sid % 3)
        a.opts["sid"] = sid
        a.path = f"/news/{sid}/{urltitle(a.title)}"
    notice = next(a for a in arts if a.doc_number)
    home_items = [a for a in arts if a.opts["ihome"]]
    cat_url = {c: f"/news/Main/{n}" for c, (n, _) in CATS.items()}

    def long_url(a: RichArticle, amp: str = "&amp;") -> str:
        return f"/index.php?module=News{amp}type=user{amp}func=display{amp}sid={a.opts['sid']}"

    def print_url(a: RichArticle, amp: str = "&amp;") -> str:
        return long_url(a, amp) + f"{amp}theme=Printer"

    def cat_link(a: RichArticle) -> str:
        c = a.opts["cat"]
        return f'<a href="{{{{base}}}}{cat_url[c]}" title="{attr(CATS[c][1])}">{esc(CATS[c][1])}</a>' if c else ""

    def blocks() -> str:
        menu = "".join(f'<li><a href="{{{{base}}}}{href}" title="{attr(n)}">{esc(n)}</a></li>'
                       for n, href in [("Trang chủ", "/"), ("Danh sách tin", "/news/view/"), ("Gửi bài viết", "/news/newitem/")]
                       + [(n, cat_url[c]) for c, (_, n) in CATS.items()])
        latest = "".join(f'<li><a href="{{{{base}}}}{x.path}">{esc(x.title)}</a> <span class="z-sub">({x.date:%d/%m/%Y})'
                         f"</span></li>" for x in arts[:5])
        return (f'<div class="z-block z-blockposition-left z-bkey-extmenu z-bid-1"><h4>Menu chính</h4><div class="navcontainer">'
                f'<ul class="navlist">{menu}</ul></div></div>\n'
                f'<div class="z-block z-blockposition-left z-bkey-html z-bid-7"><h4>Thông báo</h4><p><a href="{{{{base}}}}'
                f'{long_url(notice)}">{esc(notice.title)}</a></p></div>\n'
                f'<div class="z-block z-blockposition-left z-bkey-storiesext z-bid-5"><h4>Tin mới</h4><ul>{latest}</ul></div>\n'
                f'<div class="z-block z-blockposition-left z-bkey-online z-bid-3"><h4>Ai đang trực tuyến</h4><p>Hiện có 4 '
                f'khách và 0 thành viên đang trực tuyến.</p></div>\n'
                f'<div class="z-block z-blockposition-left z-bkey-login z-bid-4"><h4>Đăng nhập</h4><form class="z-form" '
                f'action="{{{{base}}}}/users/login" method="post"><div><label for="loginblock_uname">Tên đăng nhập</label>'
                f'<input id="loginblock_uname" type="text" name="authentication_info[login_id]" size="14" maxlength="64" />'
                f'<label for="loginblock_pass">Mật khẩu</label><input id="loginblock_pass" type="password" '
                f'name="authentication_info[pass]" size="14" maxlength="20" /><input class="z-bt-ok z-bt-small" type="submit" '
                f'value="Đăng nhập" /></div></form><ul><li><a href="{{{{base}}}}/users/register">Đăng ký</a></li>'
                f'<li><a href="{{{{base}}}}/users/lostpwduname">Quên mật khẩu?</a></li></ul></div>')

    def layout(path: str, title: str, main: str, desc: str = "", keywords: str = "") -> str:
        full = f"{title} - {NAME}" if title != NAME else NAME
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi" dir="ltr">
    <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        <title>{esc(full)}</title>
        <meta name="description" content="{attr(desc or SLOGAN)}" />
        <meta name="keywords" content="{attr(keywords or 'Liên minh HTX, Bạc Liêu, hợp tác xã, kinh tế tập thể')}" />
        <meta http-equiv="X-UA-Compatible" content="chrome=1" />
        <base href="{{{{base}}}}/" />
        <link rel="stylesheet" href="{{{{base}}}}/style/core.css" type="text/css" />
        <link rel="stylesheet" href="{{{{base}}}}/themes/Andreas08/style/fluid960gs/reset.css" type="text/css" />
        <link rel="stylesheet" href="{{{{base}}}}/themes/Andreas08/style/fluid960gs/grid.css" type="text/css" />
        <link rel="stylesheet" href="{{{{base}}}}/themes/Andreas08/style/style.css" type="text/css" />
        <link rel="stylesheet" href="{{{{base}}}}/modules/News/style/style.css" type="text/css" />
        <link rel="alternate" href="{{{{base}}}}/index.php?module=News&amp;theme=RSS" type="application/rss+xml" title="{attr(NAME)}" />
        <script type="text/javascript" src="{{{{base}}}}/javascript/ajax/proto_scriptaculous.combined.min.js"></script>
        <script type="text/javascript" src="{{{{base}}}}/javascript/helpers/Zikula.js"></script>
    </head>
    <body>
        <div id="theme_page_container" class="container_16">
            <div id="theme_header">
                <h1 class="title"><a href="{{{{base}}}}/">{esc(NAME)}</a></h1>
                <h2 class="slogan">{esc(SLOGAN)}</h2>
                <div id="theme_date">{weekday(TODAY)}, {TODAY:%d/%m/%Y}</div>
            </div>
            <div id="theme_navigation_bar" class="grid_16">
                <ul class="z-clearfix">
                    <li><a href="{{{{base}}}}/">Trang chủ</a></li>
                    <li><a href="{{{{base}}}}/news/view/">Tin tức</a></li>
                    <li><a href="{{{{base}}}}{cat_url[10001]}">Thông báo</a></li>
                    <li><a href="{{{{base}}}}/news/newitem/">Gửi bài viết</a></li>
                </ul>
            </div>
            <div class="z-clearfix">
                <div id="theme_left" class="grid_4">
{blocks()}
                </div>
                <div id="theme_content" class="grid_12">
                    <div id="z-maincontent" class="z-module-news">
{main}
                    </div>
                </div>
            </div>
            <div id="theme_footer" class="grid_16">
                <p>{esc(FOOTER)}</p>
                <p><a href="{{{{base:offsite}}}}/zikula/">Vận hành bởi Zikula</a> | Giao diện Andreas08</p>
            </div>
        </div>
    </body>
</html>
"""

    usermenu = ('<div class="z-menu"><span class="z-menuitem-title">[ <a href="{{base}}/news/view/">Danh sách tin</a> | '
                '<a href="{{base}}/news/newitem/">Gửi bài viết</a> ]</span></div>')

    def display(a: RichArticle) -> str:
        cats = f"&nbsp;&bull;&nbsp;\nChuyên mục:\n{cat_link(a)}\n" if a.opts["cat"] else ""
        meta = (f'<p class="news_meta z-sub">Đăng bởi {esc(a.opts["by"])} vào {brief(a.date)}\n{cats}&nbsp;&bull;&nbsp;\n'
                f'{a.opts["views"]} lượt xem\n<span id="news_editlinks"></span>\n</p>')
        return (f'<h3 class="news_title">{esc(a.title)}</h3>\n\n{meta}\n\n<div id="news_body" class="news_body">\n    <div '
                f'class="news_hometext">\n        <p>{inline_html(a.lead)}</p>\n    </div>\n    {bodytext(a)}\n\n    '
                f'<p class="news_footer">\n        <a href="{{{{base}}}}{print_url(a)}" title="In bài viết"><img '
                f'class="z-middle" src="{{{{base}}}}/images/icons/extrasmall/printer.png" alt="In bài viết" /></a>\n    </p>\n'
                f"</div>\n" + (f'\n<span id="news_notes" class="news_meta">{esc(a.opts["note"])}</span>\n'
                               if a.opts.get("note") else ""))

    # -- stories ------------------------------------------------------------------------------
    comment_texts = []
    for a in arts:
        more = ""
        if a.opts["cat"]:
            others = [x for x in arts if x.opts["cat"] == a.opts["cat"] and x is not a][:4]
            if others:
                more = (f'<div id="news_morearticlesincat">\n<h4>Bài viết khác trong chuyên mục {esc(CATS[a.opts["cat"]][1])}'
                        f"</h4>\n<ul>\n" + "\n".join(f'    <li><a href="{{{{base}}}}{x.path}">{esc(x.title)}</a> (bởi '
                                                     f'{esc(x.opts["by"])} vào {x.date:%d/%m/%Y})</li>' for x in others)
                        + "\n</ul>\n</div>\n")
        items = ""
        for who, hours, text in a.opts.get("comments", []):
            comment_texts.append(text)
            items += (f'<li class="ezcomments_item"><div class="ezcomments_meta">Gửi bởi <strong>{esc(who)}</strong> vào '
                      f'{brief(a.date + timedelta(hours=hours))}</div><div class="ezcomments_body"><p>{esc(text)}</p></div></li>')
        comments = (f'<div id="ezcomments_comments"><h4>Bình luận</h4>'
                    + (f'<ol class="ezcomments_list">{items}</ol>' if items else "<p>Chưa có bình luận nào.</p>")
                    + '<p class="ezcomments_login">Bạn cần đăng nhập để gửi bình luận.</p></div>')
        main = (f"{usermenu}\n\n<div id=\"news_articlecontent\">\n{display(a)}</div>\n\n<div id=\"news_modify\">&nbsp;</div>\n\n"
                f"{more}\n{comments}")
        site.page(a.path, layout(a.path, a.title, main, desc=inline_text(a.lead)))
        site.same_page(long_url(a, "&"), a.path)
        printer = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="{{{{base}}}}/themes/Printer/style/style.css" type="text/css" />
</head>
<body onload="window.print();">
<div id="theme_page_container">
<h1>{esc(NAME)}</h1>
<div id="news_articlecontent">
{display(a)}</div>
<div id="theme_footer"><p>Bài viết được in từ: {esc(NAME)}</p></div>
</div>
</body>
</html>
"""
        site.page(print_url(a, "&"), printer)
        a.aliases.append(print_url(a, "&"))
        if a is notice:
            a.aliases.append(long_url(a, "&"))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/userdata/News/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BAC LIEU", "THONG BAO SO 07/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_texts + [a.opts["note"] for a in arts if a.opts.get("note")]
    site.trap("every story's printer icon opens …&func=display&sid=N&theme=Printer (the Printer theme: site name as "
              "h1, the same h3.news_title, meta line and body): an alias; the long index.php?module=News&type=user&"
              "func=display&sid=N serves the same story", print_url(arts[1], "&"))

    # -- lists ----------------------------------------------------------------------------------
    def index_item(a: RichArticle) -> str:
        rest = len(bodytext(a).encode("utf-8"))
        cat = f"Chuyên mục: {cat_link(a)}\n        <span class=\"text_separator\">|</span>\n" if a.opts["cat"] else ""
        return (f'<div class="news_index">\n    <h3 class="news_title"><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a></h3>\n'
                f'    <span class="news_meta z-sub">Gửi bởi {esc(a.opts["by"])} vào {brief(a.date)}</span>\n\n    <div '
                f'class="news_body">\n        <p>{inline_html(a.lead)}</p>\n    </div>\n\n    <p class="news_footer">\n        '
                f'{cat}        <a href="{{{{base}}}}{a.path}">Đọc thêm...</a> ({rest} byte thêm)\n        <span class='
                f'"text_separator">|</span>\n        <a href="{{{{base}}}}{print_url(a)}" title="In bài viết">In bài viết</a>\n'
                f"    </p>\n</div>")

    def pager(base: str, n: int, total: int) -> str:
        pages = (total + PER - 1) // PER
        if pages < 2:
            return ""

        def href(k: int) -> str:
            return f"{{{{base}}}}{base}" if k == 1 else f"{{{{base}}}}{base}?startnum={(k - 1) * PER + 1}"
        nums = " ".join(f'<span class="z-pagerselected">{k}</span>' if k == n else
                        f'<a href="{href(k)}" title="Trang {k}">{k}</a>' for k in range(1, pages + 1))
        prev = f'<span class="z-pagerprevious"><a href="{href(n - 1)}" title="Trang trước">&lsaquo;</a></span> ' if n > 1 else ""
        nxt = f' <span class="z-pagernext"><a href="{href(n + 1)}" title="Trang sau">&rsaquo;</a></span>' if n < pages else ""
        return f'<div class="z-pager">{prev}<span class="z-pagerpages">{nums}</span>{nxt}</div>'

    def listing(base: str, title: str, items: list[RichArticle], heading: str | None = None) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * PER:n * PER]
            path = base if n == 1 else f"{base}?startnum={(n - 1) * PER + 1}"
            head = f'<h2>{esc(heading)}</h2>\n' if heading else ""
            main = f"{usermenu}\n{head}" + "\n".join(index_item(a) for a in chunk) + "\n" + pager(base, n, len(items))
            site.page(path, layout(path, title, main))
            site.non_articles.append(path)

    listing("/", NAME, home_items)
    site.same_page("/index.php", "/")
    site.trap("the front page / (= /index.php, News' index: the 6 stories 'published on the front page', each with "
              "'Gửi bởi <account> vào dd/mm/YYYY lúc HH:MM', the hometext, 'Đọc thêm... (N byte thêm)' and a print "
              "link); the notice and the oldest story are not on it", "/")
    listing("/news/view/", "Danh sách tin", arts, "Danh sách tin")
    site.trap("the full list /news/view/ (6 a page): Zikula's pager '?startnum=7' holds the two oldest stories",
              "/news/view/?startnum=7")
    for c, (n, label) in CATS.items():
        listing(cat_url[c], label, [a for a in arts if a.opts["cat"] == c], label)
    site.trap("category lists /news/Main/<name> (the meta line's 'Chuyên mục' links): lists", cat_url[10002])

    site.page("/news/newitem/", layout("/news/newitem/", "Gửi bài viết", f'{usermenu}\n<h2>Gửi bài viết</h2>\n<p>Bài viết '
                                       'của bạn sẽ được Ban biên tập duyệt trước khi đăng (trạng thái: chờ duyệt).</p>\n'
                                       '<form class="z-form" action="{{base}}/news/create/" method="post"><fieldset><label '
                                       'for="news_title">Tiêu đề</label><input id="news_title" name="story[title]" type="text" />'
                                       '<label for="news_hometext">Tóm tắt</label><textarea id="news_hometext" '
                                       'name="story[hometext]"></textarea><label for="news_bodytext">Nội dung</label><textarea '
                                       'id="news_bodytext" name="story[bodytext]"></textarea><input type="submit" value="Gửi '
                                       'bài" /></fieldset></form>'))
    site.non_articles.append("/news/newitem/")
    site.trap("the submit form /news/newitem/ ('Gửi bài viết': stories from members wait as pending): not an article",
              "/news/newitem/")

    # -- users, robots, RSS -----------------------------------------------------------------------
    for path, title in [("/users/login", "Đăng nhập"), ("/users/register", "Đăng ký"), ("/users/lostpwduname", "Quên mật khẩu?")]:
        site.page(path, layout(path, title, f'<h2>{title}</h2><form class="z-form" action="{{{{base}}}}{path}" method="post">'
                                            '<input type="text" name="uname" /></form>'))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /config/\nDisallow: /install/\nDisallow: /lib/\nDisallow: /system/\n"
                "Disallow: /ztemp/\nDisallow: /users/\nDisallow: /index.php?module=Users\n")
    site.trap("robots.txt disallows /users/: the login block's 'Đăng ký' and 'Quên mật khẩu?' (and its form's "
              "/users/login) are never fetched", "/users/register")
    items = "".join(f"<item>\n<title>{esc(a.title)}</title>\n<link>{{{{base}}}}{a.path}</link>\n<description><![CDATA["
                    f"<p>{esc(inline_text(a.lead))}</p>]]></description>\n<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n"
                    f"<guid>{{{{base}}}}{a.path}</guid>\n</item>\n" for a in home_items)
    site.page("/index.php?module=News&theme=RSS", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
              f'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>{esc(NAME)}</title>\n<link>{{{{base}}}}/</link>\n'
              f'<atom:link href="{{{{base}}}}/index.php?module=News&amp;theme=RSS" rel="self" type="application/rss+xml" />\n'
              f"<description>{esc(SLOGAN)}</description>\n<language>vi</language>\n<generator>Zikula - http://zikula.org"
              f"</generator>\n{items}</channel>\n</rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS theme /index.php?module=News&theme=RSS (the front page's 6 stories, the hometext): pubDate is the "
              "naive Vietnam time labelled '+0000' (PHP's date.timezone unset)", "/index.php?module=News&theme=RSS")
    for css in ["/style/core.css", "/themes/Andreas08/style/fluid960gs/reset.css", "/themes/Andreas08/style/fluid960gs/grid.css",
                "/themes/Andreas08/style/style.css", "/modules/News/style/style.css", "/themes/Printer/style/style.css"]:
        site.static(css, "body{font-family:Verdana,Arial,sans-serif}\n")
    for js in ["/javascript/ajax/proto_scriptaculous.combined.min.js", "/javascript/helpers/Zikula.js"]:
        site.static(js, "/* zikula */\n")
    site.binary("/images/icons/extrasmall/printer.png", image_for("printer"))
    return site
