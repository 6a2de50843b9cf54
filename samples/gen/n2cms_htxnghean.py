"""Site `n2cms-htxnghean` (registry family `generic`): "Liên minh HTX tỉnh Nghệ An", the alliance's portal on **N2 CMS
2.x** (ASP.NET MVC; the MVC Templates' Site.master, News / NewsContainer / NewsList / RssFeed / TextPage items, the
request culture vi-VN, extensionless URLs, "create permanent redirect on move") as of 20 November 2024, 10:00. Written
as a held-out test: no family module, no selectors.

What is an article here: a News item under the news container `/tin-tuc`. URL shapes: the item `/tin-tuc/<name>`
(its `<link rel="canonical">`, what every list links); one renamed item's old name `/tin-tuc/<old-name>` answers 301
to the new one (a PermanentRedirect item; an older item's text still links the old name): an alias. The container
`/tin-tuc` lists 5 items and a "scroller" link "Tin tức 5-10 »" to its `range` action `/tin-tuc/range?skip=5&take=5`
(the theme's script fetches it with `fragment=true` on scroll; without it the action renders a whole page): the only
way to the oldest items apart from the sitemap and the feed. Tags `/tin-tuc?tag=<tag>`; the start page `/` (NewsList
part "Tin mới", 4 items); text pages `/gioi-thieu`, `/lien-he`; the RSS feed item `/tin-tuc/rss`; `/sitemap.xml`
(lastmod = the item's last save, not its date). No og, no JSON-LD, no ViewState (MVC).

Why it is hard: the title is the item's `<h1>` after the breadcrumb, `<title>` the bare title. The date is
`Published` printed by the vi-VN culture right under it: `<span class="date">04/11/2024 12:15:00 SA</span>` (day
first, a 12-hour clock with SA/CH: "12:15:00 SA" is 00:15, "3:40:00 CH" is 15:40). The lists print the short date
"04/11/2024"; the "Tin cùng chuyên mục" box carries "date, summary" only in its links' title attributes. The RSS
prints the local time with "GMT" (DateTime.ToString("r") on a local time: seven hours off). The text is the item's
Text (`div.text`); its closing right-aligned paragraph is part of the text and the author (not "Theo …", "Nguồn: …",
an office or a signer). The tags ("Từ khóa:"), the boxes, the top and sub menus, the footer with "powered by n2 cms"
are not text.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "n2cms-htxnghean"
NAME = "Liên minh HTX tỉnh Nghệ An"
NOW = datetime(2024, 11, 20, 10, 0)
PER_PAGE = 5
FOOTER = ["Liên minh Hợp tác xã tỉnh Nghệ An - Số 46 đường Trường Thi, thành phố Vinh, tỉnh Nghệ An",
          "Điện thoại: 0238 3844 215 - Email: lienminhhtxna@gmail.com",
          "Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông Nghệ An cấp"]
CHROME = [*FOOTER, "powered by n2 cms", "Tin cùng chuyên mục", "Từ khóa:", "Liên kết", "Trang chủ", "Chuyên mục"]


def vi_long(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {h}:{d:%M:%S} {'SA' if d.hour < 12 else 'CH'}"


def specs() -> list[dict]:
    return [
        dict(name="hop-tac-xa-nong-nghiep-nghi-van-xay-dung-chuoi-lien-ket-san-xuat-cam", updated=datetime(2024, 11, 19, 8, 2),
             when=datetime(2024, 11, 18, 15, 40), tags=["htx", "cam"],
             title="HTX Nông nghiệp Nghi Văn xây dựng chuỗi liên kết sản xuất cam",
             summary="HTX Nông nghiệp Nghi Văn (huyện Nghi Lộc) liên kết với doanh nghiệp tiêu thụ 300 tấn cam mỗi năm.",
             body="""
HTX Nông nghiệp Nghi Văn hiện có 62 thành viên với 85 ha cam đạt chuẩn VietGAP.
[img nghivan-cam.png] Thành viên HTX Nghi Văn thu hoạch cam.
Nhờ liên kết, giá cam bán cho doanh nghiệp ổn định ở mức 18.000-22.000 đồng/kg.
[right]Nguyễn Hải Yến
""",
             notes=["'18/11/2024 3:40:00 CH' under the <h1>: vi-VN, day first, 12-hour clock with CH (15:40); "
                    "a captioned photo; author from the closing paragraph; the sitemap's lastmod 2024-11-19 is the last "
                    "save, not the date"]),
        dict(name="thong-bao-ve-viec-xet-chon-htx-tieu-bieu-nam-2024", updated=datetime(2024, 11, 12, 9, 0),
             when=datetime(2024, 11, 12, 8, 30), tags=["thong-bao", "thi-dua"],
             title="Thông báo về việc xét chọn HTX tiêu biểu năm 2024",
             summary="Liên minh HTX tỉnh thông báo xét chọn HTX tiêu biểu năm 2024.",
             doc="52/TB-LMHTX", file=("TB-52-LMHTX.pdf", "Tải về: TB-52-LMHTX.pdf"),
             body="""
LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN
Số: 52/TB-LMHTX
Nghệ An, ngày 11 tháng 11 năm 2024
Căn cứ kế hoạch thi đua năm 2024, Liên minh HTX tỉnh thông báo xét chọn HTX tiêu biểu như sau:
+ Đối tượng: HTX, liên hiệp HTX hoạt động từ 3 năm trở lên;
+ Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/12/2024.
CHỦ TỊCH
[right]Hoàng Thị Thu Hà
""",
             notes=["a notice 'Số: 52/TB-LMHTX' with its PDF ('Tải về: TB-52-LMHTX.pdf': the file's name); the signer "
                    "closes the text: no author; '12/11/2024 8:30:00 SA'"]),
        dict(name="htx-che-thanh-chuong-dat-ocop-4-sao", updated=datetime(2024, 11, 4, 0, 20),
             when=datetime(2024, 11, 4, 0, 15), tags=["ocop", "htx"],
             title="Chè xanh của HTX Chè Thanh Chương đạt OCOP 4 sao",
             summary="Sản phẩm chè xanh túi lọc của HTX Chè Thanh Chương vừa được công nhận OCOP 4 sao.",
             body="""
HTX Chè Thanh Chương có 120 thành viên, vùng nguyên liệu 150 ha chè trung du.
Mỗi năm HTX chế biến khoảng 200 tấn chè búp tươi, doanh thu đạt 6 tỷ đồng.
[right]Theo Báo Nghệ An
""",
             notes=["'04/11/2024 12:15:00 SA': 12:15 SA is 00:15 on 4 November (not noon); the RSS 'Mon, 04 Nov 2024 "
                    "00:15:00 GMT' is the local time mislabelled GMT; a reprint 'Theo Báo Nghệ An': no author"]),
        dict(name="ket-qua-kinh-te-tap-the-10-thang-nam-2024", updated=datetime(2024, 10, 30, 16, 0),
             when=datetime(2024, 10, 29, 9, 5), tags=["so-lieu"],
             title="Kết quả kinh tế tập thể 10 tháng năm 2024",
             summary="Khu vực kinh tế tập thể tỉnh Nghệ An tiếp tục tăng trưởng trong 10 tháng năm 2024.",
             body="""
| Chỉ tiêu | 10 tháng 2023 | 10 tháng 2024 |
| HTX đang hoạt động | 836 | 871 |
| HTX thành lập mới | 42 | 47 |
| Doanh thu bình quân (tỷ đồng/HTX) | 3,4 | 3,8 |
[right]Phòng Tổng hợp - Liên minh HTX tỉnh
""",
             notes=["a data table (one line per row); the closing line names an office: text, no author"]),
        dict(name="tap-huan-chuyen-doi-so-cho-htx-mien-tay-nghe-an", updated=datetime(2024, 10, 16, 11, 0),
             when=datetime(2024, 10, 16, 10, 20), tags=["chuyen-doi-so", "htx"],
             title="Tập huấn chuyển đổi số cho HTX miền Tây Nghệ An",
             summary="Liên minh HTX tỉnh tổ chức tập huấn chuyển đổi số cho 80 cán bộ HTX các huyện miền Tây.",
             body="""
Lớp tập huấn diễn ra tại huyện Con Cuông từ ngày 14 đến 15/10.
## Nội dung chính
* Sử dụng hóa đơn điện tử và phần mềm kế toán HTX;
* Truy xuất nguồn gốc nông sản bằng mã QR;
* Bán hàng qua sàn thương mại điện tử.
Trước đó, Liên minh HTX tỉnh đã [[ký kết hợp tác với Viettel Nghệ An|/tin-tuc/lien-minh-htx-ky-ket-hop-tac-voi-viettel]] về hỗ trợ chuyển đổi số cho HTX.
[right]Lê Văn Quyết
""",
             notes=["a heading and a list; its text links an older item by its OLD name "
                    "/tin-tuc/lien-minh-htx-ky-ket-hop-tac-voi-viettel, which answers 301 to the renamed item"]),
        dict(name="lien-minh-htx-tinh-ky-ket-hop-tac-voi-viettel-nghe-an", updated=datetime(2024, 10, 2, 14, 0),
             when=datetime(2024, 9, 24, 16, 5), tags=["chuyen-doi-so"], old="lien-minh-htx-ky-ket-hop-tac-voi-viettel",
             title="Liên minh HTX tỉnh ký kết hợp tác với Viettel Nghệ An",
             summary="Chiều 24/9, Liên minh HTX tỉnh và Viettel Nghệ An ký kết chương trình hợp tác giai đoạn 2024-2026.",
             body="""
Theo chương trình, Viettel Nghệ An hỗ trợ các HTX giải pháp chữ ký số, hóa đơn điện tử và sàn thương mại điện tử.
Năm 2024, hai bên phấn đấu đưa 100 HTX lên sàn Voso.
[right]Nguyễn Hải Yến
""",
             notes=["renamed after publication: the old name answers 301 here (an alias); '24/09/2024 4:05:00 CH'; only "
                    "on the range page /tin-tuc/range?skip=5&take=5 (and the sitemap, the feed)"]),
        dict(name="dai-hoi-thanh-vien-htx-dich-vu-nong-nghiep-dien-chau", updated=datetime(2024, 9, 10, 9, 30),
             when=datetime(2024, 9, 10, 7, 45), tags=["htx"],
             title="Đại hội thành viên HTX Dịch vụ nông nghiệp Diễn Châu",
             summary="HTX Dịch vụ nông nghiệp Diễn Châu tổ chức đại hội thành viên thường niên năm 2024.",
             body="""
Đại hội đã thông qua phương án mở rộng dịch vụ làm đất, cung ứng giống và tiêu thụ nông sản cho thành viên.
- Doanh thu năm 2023 đạt 4,6 tỷ đồng;
- Lợi nhuận chia cho thành viên 380 triệu đồng.
[right]Nguồn: Liên minh HTX tỉnh
""",
             notes=["the oldest item: only on the range page; '- ' paragraphs keep their dash; 'Nguồn: …' is no author"]),
    ]


def text_html(s: dict) -> str:
    out = []
    for b in parse_rich(s["body"]):
        if b.kind == "p":
            if b.text.startswith("[right]"):
                out.append(f'<p style="text-align: right;"><strong>{inline_html(b.text[7:])}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/upload/tin-tuc/{b.src}" alt="" /><br />'
                       f'<em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table"))
    if s.get("file"):
        out.append(f'<p>Tải về: <a href="/upload/van-ban/{s["file"][0]}">{esc(s["file"][0])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nghe-an", f"{NAME} (N2 CMS)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/tin-tuc" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE], feeds=["{{base:%s}}/tin-tuc/rss" % SITE])
    site.extra_boilerplate += CHROME
    items = specs()
    for s in items:
        s["path"] = f"/tin-tuc/{s['name']}"

    def boxed(title: str, members: list[dict]) -> str:
        rows = "".join(f"""
				<div class="item news i{i} a{i % 2}">
					<a href='{x["path"]}' title='{attr(vi_long(x["when"]) + ", " + x["summary"])}'>{esc(x["title"])}</a>
				</div>""" for i, x in enumerate(members, 1))
        return f"""<div class="uc">
	<h4>{esc(title)}</h4>
	<div class="box"><div class="inner">
			<div class="sidelist">{rows}
			</div>
	</div></div>
</div>"""

    def layout(title: str, crumbs: list[tuple[str, str]], text: str, post: str = "", right: str = "",
               canonical: str = "/", body_class: str = "textpage", sub: str = "") -> str:
        crumb = " / ".join(f'<a href="{h}">{esc(t)}</a>' for h, t in crumbs[:-1]) + (
            f' / <span class="current">{esc(crumbs[-1][1])}</span>' if len(crumbs) > 1 else "")
        links = ('<div class="uc"><h4>Liên kết</h4><div class="box"><div class="inner"><ul>'
                 '<li><a href="{{base:offsite}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li>'
                 '<li><a href="{{base:offsite}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div></div></div>')
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" /><title>
	{esc(title)}
</title><link href="/App_Themes/Default/Style.css" type="text/css" rel="stylesheet" />
		<link rel="canonical" href="{canonical}" />
	<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/tin-tuc/rss" />
<meta name="keywords" content="hợp tác xã, Nghệ An" /></head>
<body class="{body_class}">
	<div id="wrap">
			<div id="header"><div class="inner">
				<div class="logo"><a href="/"><img src="/upload/logo-lmhtx.png" alt="{attr(NAME)}" /></a><span class="site-name">{esc(NAME)}</span></div>
				<div class="topMenu"><ul class="menu"><li class="first"><a href="/">Trang chủ</a></li><li class="current"><a href="/tin-tuc">Tin tức</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="last"><a href="/lien-he">Liên hệ</a></li></ul></div>
				<form class="search" action="/tim-kiem" method="get"><input type="text" name="q" /><input type="submit" value="Tìm kiếm" /></form>
			</div></div>
			<div id="page" class="cf">
				<div id="menu" class="secondary">
					<h4>Chuyên mục</h4>
					<ul class="menu"><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc?tag=thong-bao">Thông báo</a></li><li><a href="/tin-tuc?tag=ocop">Sản phẩm OCOP</a></li></ul>{sub}
				</div>
				<div id="content" class="">
						<div id="main">
								<div class="breadcrumb">{crumb}</div>
{text}
{post}
						</div>
							<div id="extras" class="secondary">
{right}
{links}
							</div>
				</div>
			</div>
			<div id="footer">
				<a class="n2" title="N2 Open Source ASP.NET CMS" href="{{{{base:offsite}}}}/n2cms/">powered by n2 cms</a>
				{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}
			</div>
	</div>
</body>
</html>
"""

    home_crumb = ("/", "Trang chủ")
    news_crumb = ("/tin-tuc", "Tin tức")
    for s in items:
        others = [x for x in items if x is not s][:5]
        tags = ", ".join(f'<a href="/tin-tuc?tag={t}">{esc(t)}</a>' for t in s["tags"])
        text = f"""								<h1>{esc(s['title'])}</h1>
								<span class="date">{vi_long(s['when'])}</span>
								<div class="text">
{text_html(s)}
								</div>
		<div class="tags"><label for="tags">Từ khóa:</label><span id="tags">{tags}</span></div>"""
        page = layout(s["title"], [home_crumb, news_crumb, (s["path"], s["title"])], text,
                      right=boxed("Tin cùng chuyên mục", others), canonical=s["path"], body_class="news")
        site.page(s["path"], page, content_type="text/html; charset=utf-8")
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/upload/tin-tuc/{b.src}", image_for(b.src))
        if s.get("file"):
            site.binary(f"/upload/van-ban/{s['file'][0]}", pdf(s["title"], ["LIEN MINH HOP TAC XA TINH NGHE AN",
                                                                            "THONG BAO SO 52/TB-LMHTX"]))
        last = [b.text for b in parse_rich(s["body"]) if b.kind == "p"][-1][7:]
        author = None if last.startswith(("Theo ", "Nguồn", "Phòng", "Hoàng Thị Thu Hà")) else last
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"].replace("[right]", ""),
                          author=author, published=iso(s["when"]), published_source="date-element",
                          evidence=["date-element"], doc_number=s.get("doc"), notes=s["notes"])
        if s.get("old"):
            old = f"/tin-tuc/{s['old']}"
            site.redirect(old, s["path"], 301)
            art.aliases.append(old)
        if s.get("file"):
            art.attachments = [{"path": f"/upload/van-ban/{s['file'][0]}", "text": s["file"][0]}]
        site.add_article(art)
    site.trap("a renamed item: its old name /tin-tuc/lien-minh-htx-ky-ket-hop-tac-voi-viettel (linked from a newer "
              "item's text) answers 301 to the new name: an alias, never the path",
              "/tin-tuc/lien-minh-htx-ky-ket-hop-tac-voi-viettel")

    def rows(members: list[dict], skip: int) -> str:
        return "\n".join(f"""    <div class="item i{i + skip} a{i % 2}">
        <span class="date">{x['when']:%d/%m/%Y}</span>
        <a href="{x['path']}">{esc(x['title'])}</a>
        <p>{esc(x['summary'])}</p>
    </div>""" for i, x in enumerate(members))

    def container(path: str, title: str, members: list[dict], skip: int, tag: str | None = None) -> None:
        chunk = members[skip:skip + PER_PAGE]
        more = ""
        if skip + PER_PAGE < len(members):
            q = f"skip={skip + PER_PAGE}&amp;take={PER_PAGE}" + (f"&amp;tag={tag}" if tag else "")
            more = (f'<a class="scroller" href="/tin-tuc/range?{q}">Tin tức {skip + PER_PAGE}-{skip + 2 * PER_PAGE} »</a>')
        text = (f"								<h1>{esc(title)}</h1>\n								<div class=\"text\"><p>Tin tức "
                "hoạt động của Liên minh HTX và các HTX trên địa bàn tỉnh Nghệ An.</p></div>")
        post = f'    <div class="list">\n{rows(chunk, skip)}\n{more}\n    </div>'
        page = layout(title, [home_crumb, news_crumb], text, post, canonical="/tin-tuc", body_class="newscontainer")
        site.page(path, page, content_type="text/html; charset=utf-8")
        site.non_articles.append(path)

    container("/tin-tuc", "Tin tức", items, 0)
    container("/tin-tuc/range?skip=5&take=5", "Tin tức", items, 5)
    for t in sorted({t for s in items for t in s["tags"]}):
        container(f"/tin-tuc?tag={t}", "Tin tức", [s for s in items if t in s["tags"]], 0, t)
    site.trap("the container shows 5 items and a scroller link 'Tin tức 5-10 »' to /tin-tuc/range?skip=5&take=5 (the "
              "script loads it on scroll with fragment=true; without it a whole page): the only list holding the two "
              "oldest items", "/tin-tuc/range?skip=5&take=5")
    site.trap("'Tin cùng chuyên mục' (BoxedList part) beside every item: the date and summary only in each link's title "
              "attribute", items[0]["path"])

    start_text = ("								<h1>Liên minh HTX tỉnh Nghệ An</h1>\n								<div class=\"text\"><p>"
                  "Chào mừng bạn đến với Cổng thông tin Liên minh Hợp tác xã tỉnh Nghệ An.</p></div>")
    start = layout(NAME, [home_crumb], start_text, boxed("Tin mới", items[:4]), canonical="/", body_class="startpage")
    site.page("/", start, content_type="text/html; charset=utf-8")
    site.non_articles.append("/")
    about = ("								<h1>Giới thiệu</h1>\n								<div class=\"text\"><p>Liên minh HTX tỉnh "
             "Nghệ An là tổ chức kinh tế - xã hội đại diện cho các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>"
             "<p>Liên minh có 871 HTX thành viên.</p></div>")
    site.page("/gioi-thieu", layout("Giới thiệu", [home_crumb, ("/gioi-thieu", "Giới thiệu")], about, canonical="/gioi-thieu"),
              content_type="text/html; charset=utf-8")
    contact = ("								<h1>Liên hệ</h1>\n								<div class=\"text\"><p>Mọi ý kiến xin gửi "
               "về Văn phòng Liên minh HTX tỉnh.</p></div>\n<form action=\"/lien-he/submit\" method=\"post\"><input "
               "name=\"Name\" /><textarea name=\"Message\"></textarea><input type=\"submit\" value=\"Gửi\" /></form>")
    site.page("/lien-he", layout("Liên hệ", [home_crumb, ("/lien-he", "Liên hệ")], contact, canonical="/lien-he"),
              content_type="text/html; charset=utf-8")
    site.non_articles += ["/gioi-thieu", "/lien-he"]
    site.page("/tim-kiem", layout("Tìm kiếm", [home_crumb], "<h1>Tìm kiếm</h1>"), content_type="text/html; charset=utf-8")
    site.never_fetched.append("/tim-kiem")

    def r_local(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")

    feed_items = "".join(f"""<item><title>{esc(s['title'])}</title><link>{{{{base}}}}{s['path']}</link><description>{esc(s['summary'])}</description><pubDate>{r_local(s['when'])}</pubDate></item>""" for s in items)
    site.page("/tin-tuc/rss", f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức - {esc(NAME)}</title><link>{{{{base}}}}/tin-tuc</link><description>Tin tức hoạt động HTX tỉnh Nghệ An</description><generator>N2 CMS</generator>{feed_items}</channel></rss>""",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS item /tin-tuc/rss: pubDate is DateTime.ToString(\"r\") of the local time, labelled GMT (7 hours off)",
              "/tin-tuc/rss")
    urls = [("/", NOW - timedelta(days=1)), ("/tin-tuc", items[0]["updated"]), ("/gioi-thieu", datetime(2021, 5, 4)),
            ("/lien-he", datetime(2021, 5, 4))] + [(s["path"], s["updated"]) for s in items]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
              + "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{d:%Y-%m-%d}</lastmod></url>\n" for p, d in urls)
              + "</urlset>\n", content_type="application/xml; charset=utf-8")
    site.trap("/sitemap.xml: lastmod is the item's last save (a day after the date for several items), not its date",
              "/sitemap.xml")
    site.static("/robots.txt", "User-agent: *\nDisallow: /N2/\nDisallow: /tim-kiem\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    site.binary("/upload/logo-lmhtx.png", image_for("logo-lmhtx"))
    site.static("/App_Themes/Default/Style.css", "body{font-family:Verdana,sans-serif}\n")
    return site
