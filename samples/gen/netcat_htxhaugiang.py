"""Site `netcat-htxhaugiang` (registry family `generic`): "Liên minh Hợp tác xã tỉnh Hậu Giang", the portal of the Hậu
Giang cooperative alliance on **NetCat 6** (Russian-origin PHP CMS: a site tree of subdivisions, each holding
"components in section" whose objects render through the component's list / full templates inside the site's layout;
the studio that built it left the footer credit "Phát triển trên NetCat" and the hosting's PHP time zone
Europe/Moscow). The copy is of 10 December 2024 (before Hậu Giang merged into Cần Thơ). Written as a held-out test:
no family module, no selectors.

What is an article here: an object of the "Tin tức" component under `/news/` or of the "Thông báo" component under
`/thong-bao/`. URL shapes: the full view `/news/news_<id>.html` and `/thong-bao/thong-bao_<id>.html` (the
component-in-section keyword + "_" + the object id; no rel=canonical, no og tags), its print view `?isNaked=1` (the
component's output without the layout: an alias), the lists `/news/` and `/thong-bao/` with NetCat's offset pagination
`/news/?curPos=5` (5 a page; `browse_messages()`: "Trang: 1 2", "Sau »"), the news RSS `/news/rss.xml`, the sections
`/gioi-thieu/`, `/lien-he/` (a NetCat form), the home `/`. No sitemap.

Why it is hard: the layout's `<h1>` is the section's name ("Tin tức") and `<title>` is "Tin tức / Liên minh HTX tỉnh
Hậu Giang" (the browse path, without the object's title); the news title is `<h2 class="news-title">` under the date
line `div.news-date` "03.12.2024 09:20" (day.month.year, Vietnam time: the page's time). The list prints the date only
("03.12.2024"); the notices' full template prints the date only too (midnight). The RSS pubDate is written with PHP's
`date('r')` under the hosting's time zone: the same wall-clock time with "+0300" — not the page's offset. Under the text:
"Lượt xem: 152" (a views counter), "Bản in" (the print link), "Tất cả tin tức", a "Các tin khác" list of other news
and, on one post, the NetCat comments module (readers' names, dates and comments): none of it text. The sidebar
"Thông báo" lists the notices with their dates on every page; the footer has the counter and the credit.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "netcat-htxhaugiang"
NAME = "Liên minh HTX tỉnh Hậu Giang"
ORG = "Liên minh Hợp tác xã tỉnh Hậu Giang"
PER_PAGE = 5
SLOGAN = "Hợp tác - Phát triển - Bền vững"
FOOT1 = "Địa chỉ: Số 09 Đường 3/2, phường 5, TP Vị Thanh, tỉnh Hậu Giang"
FOOT2 = "Điện thoại: 0293.3870.472 - Email: lmhtx@haugiang.gov.vn"
FOOT3 = "Bản quyền © 2016-2024 Liên minh Hợp tác xã tỉnh Hậu Giang"
CREDIT = "Phát triển trên NetCat"
COUNTER = ["Thống kê truy cập", "Đang trực tuyến: 4", "Hôm nay: 61", "Tổng lượt truy cập: 248.915"]
CHROME = [SLOGAN, FOOT1, FOOT2, FOOT3, CREDIT, *COUNTER, "Tất cả tin tức", "Các tin khác", "Bản in", "Lượt xem:",
          "Bình luận (2)", "Xem tất cả"]
MENU = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("Tin tức", "/news/"), ("Thông báo", "/thong-bao/"),
        ("Liên hệ", "/lien-he/")]
COMMENTS = [("Trần Văn Tú", datetime(2024, 12, 4, 7, 42),
             "HTX mình ở Long Mỹ muốn đăng ký tham gia thì liên hệ ai ạ?"),
            ("Quản trị", datetime(2024, 12, 4, 8, 15),
             "Anh liên hệ Phòng Tư vấn - Hỗ trợ, điện thoại 0293.3870.472 nhé.")]


def d_full(d: datetime) -> str:
    return f"{d:%d.%m.%Y %H:%M}"


def d_day(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def objects() -> list[dict]:
    return [
        dict(sec="news", id=1187, when=datetime(2024, 12, 6, 16, 45), views=97,
             title="Hậu Giang có thêm 3 sản phẩm OCOP 4 sao của HTX",
             anons="Ba sản phẩm của các HTX vừa được UBND tỉnh công nhận đạt OCOP 4 sao.",
             body="""
UBND tỉnh Hậu Giang vừa ban hành quyết định công nhận 3 sản phẩm đạt chuẩn OCOP 4 sao, cả ba đều của các HTX.
[img ocop-4-sao.png] Sản phẩm khóm Cầu Đúc của HTX Nông nghiệp Hỏa Tiến
Các sản phẩm gồm: khóm Cầu Đúc tươi, mật ong hoa tràm và cá thát lát rút xương tẩm gia vị.
Liên minh HTX tỉnh sẽ hỗ trợ các HTX xây dựng gian hàng trên sàn thương mại điện tử.
Bài, ảnh: Lâm Thị Ngọc Trâm
""", author="Lâm Thị Ngọc Trâm",
             notes=["date line '06.12.2024 16:45' above the <h2 class=\"news-title\"> (the layout's <h1> is the section "
                    "'Tin tức'); 'Bài, ảnh: Lâm Thị Ngọc Trâm' -> author; the photo's caption is a centred <em> "
                    "paragraph"]),
        dict(sec="news", id=1184, when=datetime(2024, 12, 3, 9, 20), views=152, comments=True,
             title="Phát động cuộc thi ý tưởng khởi nghiệp HTX năm 2024",
             anons="Liên minh HTX tỉnh phát động cuộc thi dành cho thanh niên và các HTX.",
             body="""
Sáng 3/12, Liên minh HTX tỉnh Hậu Giang phát động cuộc thi "Ý tưởng khởi nghiệp đổi mới sáng tạo trong HTX" năm 2024.
Đối tượng dự thi là thanh niên, thành viên HTX, tổ hợp tác trên địa bàn tỉnh. Hạn nộp hồ sơ đến hết ngày 31/12/2024.
Cơ cấu giải thưởng:
* 01 giải Nhất: 20 triệu đồng;
* 02 giải Nhì: 10 triệu đồng;
* 03 giải Ba: 5 triệu đồng.
Minh Khang
""", author="Minh Khang",
             notes=["the RSS pubDate 'Tue, 03 Dec 2024 09:20:00 +0300' (PHP date('r') under the hosting's Moscow time "
                    "zone: the wall-clock time with the wrong offset); the page says '03.12.2024 09:20': Vietnam time; "
                    "under the text the NetCat comments module 'Bình luận (2)' with two comments (not text)"]),
        dict(sec="news", id=1180, when=datetime(2024, 11, 28, 0, 35), views=211,
             title="HTX Thủy sản Vị Thủy thu hoạch cá thát lát cho thị trường Tết",
             anons="HTX dự kiến xuất bán 60 tấn cá thát lát dịp Tết Nguyên đán.",
             body="""
HTX Thủy sản Vị Thủy (huyện Vị Thủy) đang vào vụ thu hoạch cá thát lát phục vụ thị trường Tết Nguyên đán Ất Tỵ.
Năm nay HTX dự kiến xuất bán khoảng 60 tấn cá, giá bán tại ao từ 62.000 đến 65.000 đồng/kg.
Theo Báo Hậu Giang
""", author=None,
             notes=["posted at 00:35 ('28.11.2024 00:35'): Vietnam time as printed (read as UTC it would be 07:35); a "
                    "reprint 'Theo Báo Hậu Giang': no author"]),
        dict(sec="news", id=1176, when=datetime(2024, 11, 21, 14, 10), views=305,
             title="Kết quả hoạt động của các HTX nông nghiệp 10 tháng năm 2024",
             anons="Doanh thu bình quân của HTX nông nghiệp tăng 8,6%.",
             body="""
Theo báo cáo của Liên minh HTX tỉnh, đến hết tháng 10/2024 toàn tỉnh có 312 HTX nông nghiệp đang hoạt động.
| Huyện, thị xã, thành phố | Số HTX | Thành viên |
| TP Vị Thanh | 21 | 1.240 |
| Huyện Phụng Hiệp | 68 | 5.310 |
| Huyện Long Mỹ | 54 | 3.975 |
| Các địa phương khác | 169 | 12.480 |
Phòng Tư vấn - Hỗ trợ
""", author=None,
             notes=["a data table (one line per row); closed by 'Phòng Tư vấn - Hỗ trợ' (an office: text, no author)"]),
        dict(sec="news", id=1171, when=datetime(2024, 11, 14, 8, 5), views=188,
             title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
             anons="50 cán bộ quản lý HTX tham gia lớp tập huấn chuyển đổi số.",
             body="""
Từ ngày 12 đến 13/11, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 50 cán bộ quản lý HTX.
## Nội dung tập huấn
Học viên được hướng dẫn sử dụng chữ ký số, hóa đơn điện tử và đưa sản phẩm lên sàn thương mại điện tử.
Hoàng Yến
""", author="Hoàng Yến",
             notes=["a bold paragraph used as a heading ('<p><strong>…</strong></p>' from the editor): one line"]),
        dict(sec="news", id=1165, when=datetime(2024, 11, 5, 15, 30), views=274,
             title="HTX Nông nghiệp Tân Long liên kết sản xuất lúa chất lượng cao",
             anons="HTX liên kết với doanh nghiệp bao tiêu 300 ha lúa.",
             body="""
HTX Nông nghiệp Tân Long (huyện Phụng Hiệp) vừa ký kết liên kết bao tiêu 300 ha lúa chất lượng cao vụ đông xuân 2024 - 2025.
Doanh nghiệp cam kết thu mua lúa cao hơn giá thị trường 200 đồng/kg.
Minh Khang
""", author="Minh Khang", notes=["on /news/?curPos=5 only (NetCat's offset pagination) and in the RSS"]),
        dict(sec="news", id=1158, when=datetime(2024, 10, 24, 10, 0), views=402,
             title="Liên minh HTX tỉnh Hậu Giang sơ kết 9 tháng năm 2024",
             anons="Sơ kết hoạt động 9 tháng năm 2024.",
             body="""
Ngày 23/10, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ những tháng cuối năm 2024.
Trong 9 tháng, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 19 HTX, nâng tổng số HTX toàn tỉnh lên 401 HTX.
Lâm Thị Ngọc Trâm
""", author="Lâm Thị Ngọc Trâm", notes=["the oldest: on /news/?curPos=5 only (not in the RSS: 5 newest)"]),
        dict(sec="thong-bao", id=47, when=datetime(2024, 12, 5, 14, 0), views=64,
             title="Thông báo số 15/TB-LMHTX về lịch tiếp nhận hồ sơ hỗ trợ lãi suất",
             anons="Thông báo lịch tiếp nhận hồ sơ hỗ trợ lãi suất năm 2025.", doc="15/TB-LMHTX",
             file=("/netcat_files/61/112/TB_15_LMHTX_2024.pdf", "TB_15_LMHTX_2024.pdf"),
             body="""
Số: 15/TB-LMHTX
Hậu Giang, ngày 04 tháng 12 năm 2024
Quỹ Hỗ trợ phát triển HTX tỉnh thông báo lịch tiếp nhận hồ sơ vay vốn hỗ trợ lãi suất năm 2025 như sau:
- Thời gian tiếp nhận: từ ngày 16/12/2024 đến ngày 15/01/2025, trong giờ hành chính;
- Địa điểm: Văn phòng Liên minh HTX tỉnh, số 09 Đường 3/2, TP Vị Thanh.
CHỦ TỊCH
Nguyễn Văn Út
""", author=None,
             notes=["a notice: its full template prints the date only ('05.12.2024': midnight), 'Số: 15/TB-LMHTX' and "
                    "the signer are text; the file field's link 'TB_15_LMHTX_2024.pdf (118 Kb)' is the attachment; "
                    "also listed in the sidebar 'Thông báo' of every page"]),
        dict(sec="thong-bao", id=45, when=datetime(2024, 11, 25, 9, 0), views=91,
             title="Thông báo số 14/TB-LMHTX về việc nghỉ lễ và lịch làm việc cuối năm",
             anons="Lịch làm việc của cơ quan dịp cuối năm 2024.", doc="14/TB-LMHTX",
             body="""
Số: 14/TB-LMHTX
Hậu Giang, ngày 22 tháng 11 năm 2024
Văn phòng Liên minh HTX tỉnh thông báo lịch làm việc trong tháng 12/2024 và dịp Tết Dương lịch năm 2025.
Cơ quan nghỉ Tết Dương lịch ngày 01/01/2025 (thứ Tư) và làm việc bình thường từ ngày 02/01/2025.
CHÁNH VĂN PHÒNG
Trần Thị Bích
""", author=None, notes=["a notice, date only ('25.11.2024': midnight); the signer is text"]),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hau-giang", f"{NAME} (NetCat)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/news/rss.xml" % SITE])
    comment_strings = [c[2] for c in COMMENTS] + [f"{c[0]} ({d_full(c[1])})" for c in COMMENTS]
    site.extra_boilerplate += CHROME + comment_strings
    specs = objects()
    for s in specs:
        s["path"] = f"/{s['sec']}/{s['sec']}_{s['id']}.html"
    news = sorted([s for s in specs if s["sec"] == "news"], key=lambda s: s["when"], reverse=True)
    notices = sorted([s for s in specs if s["sec"] == "thong-bao"], key=lambda s: s["when"], reverse=True)
    sec_name = {"news": "Tin tức", "thong-bao": "Thông báo"}

    def add(path: str, html: str) -> None:
        site.page(path, html, content_type="text/html; charset=utf-8")

    def sidebar() -> str:
        lis = "".join(f'<li><span class="date">{d_day(x["when"])}</span> <a href="{x["path"]}">{esc(x["title"])}</a></li>'
                      for x in notices)
        a, b, c, d = COUNTER
        return (f'<div class="block block-notice"><div class="block-title">Thông báo</div><ul class="notice-list">{lis}'
                f'</ul><a class="all" href="/thong-bao/">Xem tất cả</a></div>'
                '<div class="block block-search"><form action="/search/" method="get"><input type="text" name="search_query"'
                ' value="" /><input type="submit" value="Tìm kiếm" /></form></div>'
                f'<div class="block block-counter"><div class="block-title">{a}</div><p>{b}</p><p>{c}</p><p>{d}</p></div>')

    def layout(section: str | None, title_path: list[str], crumbs: list[tuple[str, str | None]], content: str,
               head: str = "") -> str:
        cur = f"/{section}/" if section else "/"
        active = ' class="active"'
        menu = "".join(f'<li{active if href == cur else ""}><a href="{href}">{esc(t)}</a></li>' for t, href in MENU)
        bc = " &raquo; ".join((f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>") for t, h in crumbs)
        h1 = f'<h1 class="page-title">{esc(sec_name.get(section or "", title_path[0]))}</h1>' if section or title_path \
            else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(" / ".join(title_path + [NAME]))}</title>
<meta name="keywords" content="hợp tác xã, Hậu Giang, kinh tế tập thể" />
<link rel="stylesheet" type="text/css" href="/netcat_template/template/1/css/style.css" />
<script type="text/javascript" src="/netcat/admin/js/jquery.min.js"></script>
{head}</head>
<body>
<div id="wrapper">
  <div id="header">
    <a href="/" class="logo"><img src="/netcat_template/template/1/img/logo.png" alt="{attr(ORG)}" /></a>
    <div class="site-name">{esc(ORG)}</div>
    <div class="slogan">{esc(SLOGAN)}</div>
  </div>
  <div id="menu"><ul>{menu}</ul></div>
  <div id="main">
    <div id="content">
      <div class="breadcrumbs">{bc}</div>
      {h1}
{content}
    </div>
    <div id="sidebar">{sidebar()}</div>
  </div>
  <div id="footer">
    <p><strong>{esc(ORG)}</strong></p>
    <p>{esc(FOOT1)}</p>
    <p>{esc(FOOT2)}</p>
    <p>{esc(FOOT3)}</p>
    <p class="nc-credit"><a href="{{{{base:offsite}}}}/netcat/" target="_blank">{CREDIT}</a></p>
  </div>
</div>
</body>
</html>
"""

    def text_html(s: dict) -> str:
        out = []
        for b in parse_rich(s["body"]):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img src="/netcat_files/userfiles/2024/{b.src}" alt="" '
                           f'width="600" /><br /><em>{esc(b.text)}</em></p>' if b.text else
                           f'<p style="text-align: center;"><img src="/netcat_files/userfiles/2024/{b.src}" alt="" /></p>')
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4"><tr>'
                           + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>"
                           + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                           + "</table>")
        return "\n".join(out)

    def full_record(s: dict) -> str:
        date = d_full(s["when"]) if s["sec"] == "news" else d_day(s["when"])
        file_html = ""
        if s.get("file"):
            fpath, fname = s["file"]
            file_html = (f'\n<div class="news-file">Tệp đính kèm: <a href="{fpath}" target="_blank">{fname}</a> '
                         f'(118 Kb)</div>')
        return f"""<div class="news-full">
<div class="news-date">{date}</div>
<h2 class="news-title">{esc(s['title'])}</h2>
<div class="news-text">
{text_html(s)}
</div>{file_html}
<div class="news-info">Lượt xem: {s['views']} | <a href="{s['path']}?isNaked=1" target="_blank">Bản in</a></div>
</div>"""

    for s in specs:
        others = [x for x in (news if s["sec"] == "news" else notices) if x is not s][:3]
        more = ('<div class="news-more"><div class="news-more-title">Các tin khác</div><ul>' + "".join(
            f'<li><a href="{x["path"]}">{esc(x["title"])}</a> <span class="date">({d_day(x["when"])})</span></li>'
            for x in others) + "</ul></div>")
        comments = ""
        if s.get("comments"):
            items = "".join(f'<div class="nc_comment"><div class="nc_comment_head"><b>{esc(n)} ({d_full(t)})</b></div>'
                            f'<div class="nc_comment_text">{esc(txt)}</div></div>' for n, t, txt in COMMENTS)
            comments = (f'<div class="nc_comments"><div class="nc_comments_title">Bình luận (2)</div>{items}'
                        '<form class="nc_comments_form" method="post" action="/netcat/modules/comments/add.php">'
                        '<input type="hidden" name="message_cc" value="12" /><textarea name="nc_commentText"></textarea>'
                        '<input type="submit" value="Gửi bình luận" /></form></div>')
        back = ('<p class="back"><a href="/news/">Tất cả tin tức</a></p>' if s["sec"] == "news" else
                '<p class="back"><a href="/thong-bao/">Tất cả thông báo</a></p>')
        content = full_record(s) + "\n" + back + "\n" + comments + more
        add(s["path"], layout(s["sec"], [sec_name[s["sec"]]], [("Trang chủ", "/"), (sec_name[s["sec"]], f"/{s['sec']}/"),
                                                               (s["title"], None)], content))
        naked = full_record(s)
        site.page(f"{s['path']}?isNaked=1", naked, content_type="text/html; charset=utf-8")
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/netcat_files/userfiles/2024/{b.src}", image_for(b.src))
        timed = s["sec"] == "news"
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"], with_time=timed), published_source="date-element",
                          evidence=["date-element", "listing"],
                          doc_number=s.get("doc"), notes=s["notes"], aliases=[f"{s['path']}?isNaked=1"])
        if s.get("file"):
            fpath, fname = s["file"]
            art.attachments = [{"path": fpath, "text": fname}]
            site.binary(fpath, pdf(s["title"], ["LIEN MINH HTX TINH HAU GIANG", "THONG BAO SO 15/TB-LMHTX"]))
        site.add_article(art)
    site.trap("print view '?isNaked=1' (the 'Bản in' link): the component's full template without the layout (no "
              "<html>, no menu): an alias of the article", news[0]["path"] + "?isNaked=1")
    site.trap("the layout's <h1> is the section ('Tin tức'), <title> 'Tin tức / Liên minh HTX tỉnh Hậu Giang' "
              "(the browse path without the object); the title is h2.news-title", news[0]["path"])

    # lists with offset pagination
    def listing(sec: str, rows: list[dict], offset: int, total: int) -> str:
        items = "".join(f"""
<div class="news-item">
  <span class="news-date">{d_day(x['when'])}</span>
  <a class="news-link" href="{x['path']}">{esc(x['title'])}</a>
  <div class="news-anons">{esc(x['anons'])}</div>
</div>""" for x in rows)
        pages = (total + PER_PAGE - 1) // PER_PAGE
        nav = ""
        if pages > 1:
            links = []
            for k in range(pages):
                if k * PER_PAGE == offset:
                    links.append(f"<b>{k + 1}</b>")
                else:
                    href = f"/{sec}/" if k == 0 else f"/{sec}/?curPos={k * PER_PAGE}"
                    links.append(f"<a href='{href}'>{k + 1}</a>")
            nav = '<div class="pager">Trang: ' + " ".join(links)
            if offset > 0:
                prev = f"/{sec}/" if offset - PER_PAGE <= 0 else f"/{sec}/?curPos={offset - PER_PAGE}"
                nav += f" | <a href='{prev}'>« Trước</a>"
            if offset + PER_PAGE < total:
                nav += f" | <a href='/{sec}/?curPos={offset + PER_PAGE}'>Sau »</a>"
            nav += "</div>"
        return f'<div class="news-list">{items}\n</div>\n{nav}'

    for sec, rows in (("news", news), ("thong-bao", notices)):
        for off in range(0, len(rows), PER_PAGE):
            path = f"/{sec}/" if off == 0 else f"/{sec}/?curPos={off}"
            head = ('<link rel="alternate" type="application/rss+xml" title="RSS" href="/news/rss.xml" />\n'
                    if sec == "news" else "")
            add(path, layout(sec, [sec_name[sec]], [("Trang chủ", "/"), (sec_name[sec], None)],
                             listing(sec, rows[off:off + PER_PAGE], off, len(rows)), head))
            site.non_articles.append(path)
        site.same_page(f"/{sec}/?curPos=0", f"/{sec}/")
    site.trap("NetCat's offset pagination: /news/?curPos=5 ('Trang: 1 2', 'Sau »') holds the two oldest news items; "
              "the list prints the date only (dd.mm.yyyy)", "/news/?curPos=5")

    rss_items = "".join(f"""  <item>
    <title>{esc(x['title'])}</title>
    <link>{{{{base}}}}{x['path']}</link>
    <description>{esc(x['anons'])}</description>
    <pubDate>{x['when']:%a, %d %b %Y %H:%M:%S} +0300</pubDate>
    <guid>{{{{base}}}}{x['path']}</guid>
  </item>
""" for x in news[:PER_PAGE])
    site.page("/news/rss.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>Tin tức - {esc(NAME)}</title>
  <link>{{{{base}}}}/news/</link>
  <description>Tin tức hoạt động của {esc(ORG)}</description>
  <language>vi</language>
{rss_items}</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("/news/rss.xml: pubDate from PHP date('r') under the hosting's Europe/Moscow zone: the page's wall-clock "
              "time labelled +0300 (03 Dec 09:20 +0300 means 13:20 Vietnam time, which the page contradicts)",
              "/news/rss.xml")

    home = ('<div class="home-news"><div class="block-title">Tin mới</div>' + "".join(
        f'<div class="news-item"><span class="news-date">{d_day(x["when"])}</span> <a href="{x["path"]}">'
        f'{esc(x["title"])}</a></div>' for x in news[:4]) + '<p><a href="/news/">Tất cả tin tức</a></p></div>')
    add("/", layout(None, ["Trang chủ"], [("Trang chủ", None)], home).replace(
        '<h1 class="page-title">Trang chủ</h1>', ""))
    site.non_articles.append("/")
    add("/gioi-thieu/", layout(None, ["Giới thiệu"], [("Trang chủ", "/"), ("Giới thiệu", None)],
                               f"<p>{esc(ORG)} được thành lập năm 2004, là tổ chức đại diện, hỗ trợ các HTX, liên hiệp "
                               "HTX và tổ hợp tác trên địa bàn tỉnh.</p>"))
    add("/lien-he/", layout(None, ["Liên hệ"], [("Trang chủ", "/"), ("Liên hệ", None)],
                            '<form method="post" action="/netcat/add.php"><input type="hidden" name="cc" value="31" />'
                            '<p>Họ tên: <input type="text" name="f_Name" /></p><p>Email: <input type="text" '
                            'name="f_Email" /></p><p>Nội dung: <textarea name="f_Message"></textarea></p>'
                            '<input type="submit" value="Gửi" /></form>'))
    add("/search/", layout(None, ["Tìm kiếm"], [("Trang chủ", "/"), ("Tìm kiếm", None)],
                           "<p>Nhập từ khóa để tìm kiếm.</p>"))
    site.non_articles += ["/gioi-thieu/", "/lien-he/", "/search/"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /netcat/\nDisallow: /netcat_cache/\nDisallow: /install/\n")
    site.binary("/netcat_template/template/1/img/logo.png", image_for("logo"))
    return site
