"""Site `congtin-htxyenbai` (registry family `generic`): "Cổng tin Liên minh HTX tỉnh Yên Bái", the news site of the
Yên Bái cooperative alliance (before the province merged into Lào Cai on 1 July 2025) on **Typesetter CMS 5.1** (the
flat-file CMS formerly gpEasy) with its default layout **Bootswatch_Scss/Flatly** (Bootstrap 3 navbar, one content
column) and the **Simple Blog 3.0.4** plugin for the news. Written as a held-out test: no family module, no selectors.

URL shapes (no mod_rewrite, so every link carries `index.php/`): pages `/index.php/<Title_Slug>` (spaces become `_`,
Vietnamese kept and percent-encoded: `/index.php/Gi%E1%BB%9Bi_thi%E1%BB%87u`), the home page `/` (its own title
`/index.php/Trang_ch%E1%BB%A7` answers 302 to `/`); the blog is the special page `Special_Blog` renamed `Tin_tuc`: the
list `/index.php/Tin_tuc`, its older page `/index.php/Tin_tuc?page=1` (Simple Blog counts pages from 0, so `?page=0`
is the first page again), a post `/index.php/Tin_tuc?id=<n>` (Simple Blog's "Default" URL setting); the short form
`/index.php/Tin_tuc/<n>` (the "Tiny" setting, used in old links) answers 302 to `?id=<n>`; categories
`/index.php/Special_Blog_Categories?cat=<n>` and their index `/index.php/Special_Blog_Categories`; the Atom feed
`/index.php/Special_Blog_Feed`; the HTML site map `/index.php/Special_Site_Map` and its XML twin `?xml` (pages only,
no posts); the login link `/index.php/Admin?file=<current page>` in every footer.

Why it is hard: there is no `<h1>` on a post: the title is the post's `<h2 id="blog_post_<n>">` holding a link to the
post itself, and `<title>` is "Post title - Site"; `<html lang="en">` (Typesetter has no Vietnamese interface). The
date under it is Simple Blog's default `strftime('%-m/%-e/%Y')`: MONTH first and no time ("6/11/2025" is 11 June,
"3/8/2025" is 8 March); Typesetter forces PHP to UTC and the editors type the Vietnamese wall-clock time into the
post form, so the Atom feed's `<updated>` is that local time with a "Z" (an evening post at 21:40 reads as 04:40 the
next day once converted). The post's subtitle field sits beside the date in `div.simple_blog_info` (one editor puts
"Tác giả: …" there: the author, not text). After the post: "Chuyên mục:" links, "Trang tin / Tin mới hơn / Tin cũ
hơn" links, then the layout's AfterContent gadgets on every page: the three latest posts with 90-character
abbreviations and their dates, the categories gadget (every categorised post's title in a collapsed list), and the
alliance's address. Lists show each post's plain text cut at 400 characters + " ... Xem tiếp" with a thumbnail
`//host/data/_uploaded/image/thumbnails/…png.jpg`. No canonical, no Open Graph, no JSON-LD, no sitemap.xml;
robots.txt is Typesetter's ("Allow: /").
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "congtin-htxyenbai"
NAME = "Cổng tin Liên minh HTX tỉnh Yên Bái"
HTML = "text/html; charset=utf-8"
BLOG = "Tin_tuc"
CATS = {1: "Tin hoạt động", 2: "Văn bản - Thông báo", 3: "Mô hình HTX"}
ADDRESS = "Liên minh Hợp tác xã tỉnh Yên Bái – Số 726 đường Điện Biên, phường Đồng Tâm, thành phố Yên Bái"
PHONE = "Điện thoại: 0216 3852 614 – Email: lmhtxyenbai@gmail.com"
PER_PAGE = 5
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
FURN = [ADDRESS, PHONE, "Site Map", "Login", "Tin mới hơn", "Tin cũ hơn", "Trang tin", "Xem tiếp", "Xem tất cả tin",
        "Chuyên mục:", "Chuyên mục tin", "Lưu trữ tin"]


def title_href(title: str) -> str:
    """Typesetter's link to a page title: rawurlencode with '/' kept."""
    return "/index.php/" + quote(title.replace(" ", "_"), safe="/")


def post_url(pid: int) -> str:
    return f"/index.php/{BLOG}?id={pid}"


def mdy(d: datetime) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc tham gia Hội chợ sản phẩm OCOP tỉnh Yên Bái năm 2025",
          body="""
LIÊN MINH HTX TỈNH YÊN BÁI
Số: 07/TB-LMHTX
Yên Bái, ngày 09 tháng 6 năm 2025
THÔNG BÁO
Về việc tham gia Hội chợ sản phẩm OCOP tỉnh Yên Bái năm 2025
Thực hiện Kế hoạch của UBND tỉnh, Liên minh HTX tỉnh thông báo tới các HTX, tổ hợp tác về việc đăng ký tham gia Hội chợ sản phẩm OCOP tỉnh Yên Bái năm 2025.
- Thời gian: từ ngày 04 đến ngày 08/7/2025.
- Địa điểm: Quảng trường 19/8, thành phố Yên Bái.
- Mỗi HTX được hỗ trợ một gian hàng tiêu chuẩn; hạn đăng ký trước ngày 25/6/2025.
Mọi chi tiết xin liên hệ Phòng Tư vấn - Hỗ trợ, Liên minh HTX tỉnh.
CHỦ TỊCH
Nguyễn Văn Khánh
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/data/_uploaded/file/van-ban/TB-07-LMHTX-2025.pdf", "text": "TB-07-LMHTX-2025.pdf"}],
          opts={"id": 24, "cats": [2]},
          notes=["notice 'Số: 07/TB-LMHTX' dated 'ngày 09 tháng 6 năm 2025' in the text, posted '6/11/2025' (Simple "
                 "Blog's month-first date: 11 June; read day first it would be 6 November); the signer is text, "
                 "author null; 'Tải văn bản: TB-07-LMHTX-2025.pdf' (a link to /data/_uploaded/file/…pdf) after the "
                 "signer: an attachment, not text"],
          **at(datetime(2025, 6, 11, 9, 20))),
        A(path="", title="Kết quả phát triển kinh tế tập thể 5 tháng đầu năm 2025",
          body="""
Trong 5 tháng đầu năm 2025, kinh tế tập thể tỉnh Yên Bái tiếp tục phát triển cả về số lượng và chất lượng.
| Chỉ tiêu | 5 tháng 2024 | 5 tháng 2025 |
| Số HTX thành lập mới | 31 | 46 |
| Tổng số HTX đang hoạt động | 702 | 758 |
| Số thành viên HTX | 14.820 | 15.960 |
| HTX có sản phẩm OCOP | 88 | 104 |
Các HTX lĩnh vực quế, chè và du lịch cộng đồng chiếm gần một nửa số HTX thành lập mới.
""", byline="Theo Báo Yên Bái", author=None,
          opts={"id": 23, "cats": [1]},
          notes=["CKEditor table (thead with th scope=col): one line per row; 'Theo Báo Yên Bái' names a newspaper: "
                 "text, author null"],
          **at(datetime(2025, 5, 27, 15, 0))),
        A(path="", title="Ảnh: HTX Quế hữu cơ Đại Sơn vào vụ bóc vỏ quế",
          body="""
Tháng 5, các thành viên HTX Quế hữu cơ Đại Sơn (huyện Văn Yên) bước vào vụ thu hoạch, bóc vỏ quế chính năm.
[img que-dai-son-1.png] Thành viên HTX bóc vỏ quế ngay tại đồi quế của gia đình
[img que-dai-son-2.png] Vỏ quế được phơi trên giàn tre trước khi đưa về xưởng sơ chế
[img que-dai-son-3.png] Quế thanh đạt chứng nhận hữu cơ được đóng gói xuất khẩu tại xưởng của HTX
""", byline="Bài và ảnh: Hà Thu Trang", author="Hà Thu Trang",
          opts={"id": 22, "cats": [3]},
          notes=["photo story: each image in a centred <p>, its caption a centred <em> paragraph below (one line each); "
                 "'Bài và ảnh: Hà Thu Trang' -> author; the list's thumbnail is //host/…/thumbnails/image/…png.jpg"],
          **at(datetime(2025, 5, 14, 10, 30))),
        A(path="", title="Sáu nhóm giải pháp nâng cao hiệu quả hoạt động của HTX nông nghiệp",
          body="""
Để các HTX nông nghiệp hoạt động hiệu quả hơn, Trung tâm Khuyến nông tỉnh khuyến cáo sáu nhóm giải pháp:
* Xây dựng phương án sản xuất kinh doanh gắn với thị trường;
* Liên kết với doanh nghiệp trong tiêu thụ nông sản;
* Áp dụng quy trình sản xuất an toàn, hữu cơ;
* Đào tạo cán bộ quản lý và kế toán HTX;
* Ứng dụng công nghệ số trong quản lý và bán hàng;
* Tiếp cận các chính sách hỗ trợ của Nhà nước.
""", byline="Nguyễn Minh Đức - Trung tâm Khuyến nông tỉnh", author="Nguyễn Minh Đức",
          opts={"id": 21, "cats": [1, 3]},
          notes=["a six-item <ul> after a line ending with a colon; byline 'Nguyễn Minh Đức - Trung tâm Khuyến nông "
                 "tỉnh' -> author Nguyễn Minh Đức; in two categories"],
          **at(datetime(2025, 4, 22, 8, 45))),
        A(path="", title="HTX Chè Suối Giàng ra mắt sản phẩm chè Shan tuyết đóng hộp",
          body="""
Tối 8/3, HTX Chè Suối Giàng tổ chức lễ ra mắt dòng sản phẩm chè Shan tuyết đóng hộp mang thương hiệu của HTX.
Sản phẩm được chế biến từ búp chè cổ thụ trên 100 năm tuổi, đóng hộp 100 gam và 200 gam.
## Hướng tới thị trường xuất khẩu
HTX đang hoàn thiện hồ sơ để đưa sản phẩm tham gia chương trình OCOP và giới thiệu tới các nhà nhập khẩu.
""", author="Đặng Thị Hồng",
          opts={"id": 20, "cats": [3], "subtitle": "Tác giả: Đặng Thị Hồng"},
          notes=["posted on the evening of 8 March (page '3/8/2025', month first); the editor typed 21:40 into the form "
                 "and Typesetter runs PHP in UTC, so the Atom feed says <updated>2025-03-08T21:40:00Z</updated> (04:40 "
                 "on 9 March once converted); the subtitle field 'Tác giả: Đặng Thị Hồng' beside the date is the author, "
                 "not text; an <h3> heading in the text"],
          **at(datetime(2025, 3, 8, 21, 40))),
        A(path="", title="HTX Nông nghiệp Trấn Yên áp dụng nhật ký điện tử trong sản xuất lúa",
          body="""
HTX Nông nghiệp Trấn Yên vừa đưa ứng dụng nhật ký điện tử vào quản lý 45 ha lúa chất lượng cao của thành viên.
Mỗi thửa ruộng được gắn mã QR, ghi lại toàn bộ quá trình gieo cấy, bón phân và thu hoạch.
Nhờ đó, gạo của HTX được một chuỗi siêu thị ký hợp đồng bao tiêu với giá cao hơn thị trường 10%.
""", author=None,
          opts={"id": 18, "cats": [1]},
          notes=["no byline and no subtitle: author null; only on the list's second page /index.php/Tin_tuc?page=1"],
          **at(datetime(2025, 2, 19, 14, 10))),
        A(path="", title="Tập huấn Luật HTX năm 2023 cho cán bộ HTX huyện Mù Cang Chải",
          body="""
Trong hai ngày 14 và 15/1, Liên minh HTX tỉnh phối hợp với UBND huyện Mù Cang Chải tổ chức lớp tập huấn Luật HTX năm 2023.
Hơn 60 học viên là cán bộ quản lý HTX, tổ hợp tác được giới thiệu những điểm mới của Luật.
Học viên cũng được hướng dẫn sửa đổi điều lệ và tổ chức đại hội thành viên theo quy định mới.
""", byline="Lò Văn Minh", author="Lò Văn Minh",
          opts={"id": 16, "cats": [1], "tiny": True},
          notes=["the bare name 'Lò Văn Minh' closes the text (author); the 'Giới thiệu' page links it by the old "
                 "Tiny URL /index.php/Tin_tuc/16, which answers 302 to /index.php/Tin_tuc?id=16: an alias"],
          **at(datetime(2025, 1, 15, 16, 5))),
        A(path="", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh Yên Bái lần thứ 8, khóa VI",
          body="""
Ngày 19/12, Ban Chấp hành Liên minh HTX tỉnh Yên Bái tổ chức hội nghị lần thứ 8, khóa VI.
Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2024 và thông qua chương trình công tác năm 2025.
Năm 2024, toàn tỉnh thành lập mới 72 HTX, vượt 20% kế hoạch.
""", byline="Hoàng Lan", author="Hoàng Lan",
          opts={"id": 14, "cats": []},
          notes=["oldest post, in no category: on /index.php/Tin_tuc?page=1 only among the lists (plus the archive "
                 "gadget's collapsed month list on /index.php/L%C6%B0u_tr%E1%BB%AF_tin and 'Tin cũ hơn' under the "
                 "next post); 'Hoàng Lan' closes the text (author)"],
          **at(datetime(2024, 12, 20, 9, 0))),
    ]


def render(a: RichArticle) -> str:
    """CKEditor 4 output as Typesetter stores it (blocks separated by blank lines)."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"\t<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align:center"><img alt="" src="/data/_uploaded/image/tin-tuc/{b.src}" '
                       'style="height:400px; width:600px" /></p>')
            if b.text:
                out.append(f'<p style="text-align:center"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%">\n\t<thead>\n\t\t<tr>\n'
                       + "\n".join(f'\t\t\t<th scope="col">{esc(c)}</th>' for c in head) + "\n\t\t</tr>\n\t</thead>\n\t<tbody>\n"
                       + "\n".join("\t\t<tr>\n" + "\n".join(f"\t\t\t<td>{esc(c)}</td>" for c in r) + "\n\t\t</tr>" for r in rows)
                       + "\n\t</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p>Tải văn bản: <a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n\n".join(out)


def plain(html: str) -> str:
    """PHP's strip_tags: tags removed, nothing put in their place."""
    return re.sub(r"<[^>]+>", "", html)


def abbrev(text: str, limit: int) -> str | None:
    """Simple Blog's cut: at the first space after limit-5 when it is near, else at limit; None when short."""
    if len(text) < limit:
        return None
    pos = text.find(" ", limit - 5)
    if 0 < pos < limit + 20:
        limit = pos
    return text[:limit]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "yen-bai", NAME + " (Typesetter)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_id = {a.opts["id"]: a for a in posts}
    for a in posts:
        a.path = post_url(a.opts["id"])
        a.opts["html"] = render(a)

    def blog_info(a: RichArticle) -> str:
        sub = a.opts.get("subtitle")
        date = f'<span class="simple_blog_date">{mdy(a.date)}</span>'
        if sub:
            return (f' <div class="simple_blog_info"> <span class="simple_blog_subtitle">{esc(sub)}</span>  <span class="space"> | </span>  '
                    f'{date}  </div>')
        return f' <div class="simple_blog_info">  {date}   </div>'

    def post_link(a: RichArticle, label: str, attrs: str = "") -> str:
        return f'<a href="{post_url(a.opts["id"])}" {attrs}>{esc(label)}</a>'

    def cat_link(c: int, label: str, query: str = "") -> str:
        q = f"cat={c}" + (f"&amp;{query}" if query else "")
        return f'<a href="/index.php/Special_Blog_Categories?{q}" >{esc(label)}</a>'

    # -- gadgets in the layout's AfterContent area ------------------------------------------
    latest = []
    for a in posts[:3]:
        text = plain(a.opts["html"])
        cut = abbrev(text, 90)
        body = esc(text) if cut is None else esc(cut) + " ... " + post_link(a, "Xem tiếp")
        latest.append(f'<b class="simple_blog_title">{post_link(a, a.title)}</b>{blog_info(a)}<p class="simple_blog_abbrev">{body}</p>')
    gadget_blog = (f'<div class="gpArea_Simple_Blog GPAREA"><h3><a href="/index.php/{BLOG}" title="Tin mới">Tin mới</a></h3>'
                   + "".join(latest) + f'<a href="/index.php/{BLOG}" title="Xem tất cả tin">Xem tất cả tin</a></div>')
    cat_items = []
    for c, name in CATS.items():
        members = sorted((a for a in posts if c in a.opts["cats"]), key=lambda a: a.opts["id"])
        cat_items.append(f'<li><a class="blog_gadget_link">{esc(name)} ({len(members)})</a><ul class="nodisplay">'
                         + "".join(f"<li>{post_link(a, a.title)}</li>" for a in members) + "</ul></li>")
    gadget_cats = ('<div class="gpArea_Simple_Blog_Categories GPAREA"><div class="simple_blog_gadget"><div>'
                   '<span class="simple_blog_gadget_label">Chuyên mục</span><ul>' + "".join(cat_items) + "</ul></div></div></div>")
    gadget_footer = f'<div class="gpArea_Extra_Footer GPAREA"><p>{esc(ADDRESS)}<br />\n{esc(PHONE)}</p></div>'
    after = f'<div id="gpAfterContent">{gadget_blog}{gadget_cats}{gadget_footer}</div>'

    def archive_gadget() -> str:
        # post_times in the order the posts were written (oldest first): the gadget is not sorted
        order = sorted(posts, key=lambda a: a.opts["id"])
        groups: dict[tuple[int, int], list] = {}
        for a in order:
            groups.setdefault((a.date.year, a.date.month), []).append(a)
        out, prev = ["<ul>"], None
        for (y, m), members in groups.items():
            if y != prev:
                if prev is not None:
                    out.append("</li>")
                out.append(f'<li><div class="simple_blog_gadget_year">{y}</div>')
                prev = y
            out.append(f'<ul><li><a class="blog_gadget_link">{MONTHS[m - 1]} ({len(members)})</a>'
                       '<ul class="simple_blog_category_posts nodisplay">'
                       + "".join(f"<li>{post_link(a, a.title)}</li>" for a in members) + "</ul></li></ul>")
        out.append("</li></ul>")
        return ('<div class="simple_blog_gadget"><div><span class="simple_blog_gadget_label">Lưu trữ</span>'
                + "".join(out) + "</div></div>")

    menu = [("Trang chủ", "/", []), ("Giới thiệu", title_href("Giới thiệu"), []),
            ("Tin tức", f"/index.php/{BLOG}", [("Chuyên mục tin", "/index.php/Special_Blog_Categories"),
                                                ("Lưu trữ tin", title_href("Lưu trữ tin"))]),
            ("Liên hệ", title_href("Liên hệ"), [])]

    def nav(active: str) -> str:
        out = ['<ul class="nav navbar-nav navbar-right">']
        for label, href, kids in menu:
            cls = []
            if label == active:
                cls.append("active")
            if kids:
                cls.append("dropdown")
            li = f' class="{" ".join(cls)}"' if cls else ""
            a_cls = ' class="dropdown-toggle"' if kids else ""
            out.append(f'<li{li}><a href="{href}" title="{attr(label)}"{a_cls}>{esc(label)}</a>')
            if kids:
                out.append('<ul class="dropdown-menu">' + "".join(
                    f'<li><a href="{h}" title="{attr(t)}">{esc(t)}</a></li>' for t, h in kids) + "</ul>")
            out.append("</li>")
        out.append("</ul>")
        return "".join(out)

    css = "/data/_cache/combined_" + hashlib.md5(b"css" + SITE.encode()).hexdigest()[:12] + ".css"
    js = "/data/_cache/combined_" + hashlib.md5(b"js" + SITE.encode()).hexdigest()[:12] + ".js"

    def layout(label: str, content: str, *, page_title: str, active: str, front: bool = False,
               desc: str | None = None) -> str:
        title = f"{label} - {NAME}" if label else NAME
        keywords = ", ".join(dict.fromkeys([label, "Liên minh HTX", "Hợp tác xã", "Yên Bái"]))
        description = (desc or label).rstrip(".") + ". Cổng tin của Liên minh Hợp tác xã tỉnh Yên Bái"
        powered = (' <span id="powered_by_link">Powered by <a href="{{base:offsite}}/typesetter/" target="_blank">'
                   'Typesetter</a></span>') if front else ""
        return f"""<!DOCTYPE html>
<html lang="en" class="bootstrap-3">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">


<title>{esc(title)}</title>
<meta name="keywords" content="{attr(keywords)}" />
<meta name="description" content="{attr(description)}" />
<meta name="generator" content="Typesetter CMS" />
<link rel="alternate" type="application/atom+xml" href="/index.php/Special_Blog_Feed" />
<link type="text/css" href="{css}" rel="stylesheet"/>
<script type="text/javascript" src="{js}"></script>
<script>
$(function(){{$(".blog_gadget_link").click(function(){{ $(this).next(".nodisplay").toggle(); }});}});
</script>

    <!-- IE10 viewport hack for Surface/desktop Windows 8 bug -->
    <!-- <link href="../../assets/css/ie10-viewport-bug-workaround.css" rel="stylesheet"> -->


	<!--[if lt IE 9]><script type="text/javascript" src="/include/thirdparty/js/html5shiv.js"></script><script type="text/javascript" src="/include/thirdparty/js/respond.min.js"></script><![endif]-->


  </head>
  <body>

	<nav class="navbar navbar-default navbar-static-top"><!--  navbar-fixed-top gp-fixed-adjust -->
		<div class="container">
			<div class="navbar-header">
				<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target=".navbar-collapse" aria-expanded="false" aria-controls="navbar">
					<span class="icon-bar"></span>
					<span class="icon-bar"></span>
					<span class="icon-bar"></span>
				</button>
				<a href="/" class="navbar-brand" title="{attr(NAME)}">{esc(NAME)}</a>			</div>

			<div class="collapse navbar-collapse">
				{nav(active)}			</div><!--/.nav-collapse -->
		</div>
	</nav>


	<div class="container">
	<div id="gpx_content" class="{'filenum-3 gp_page_display ' if front else ''}cf">{content}</div>{after}	<hr/>
	<footer><p>
	<span class="sitemap_link"><a href="/index.php/Special_Site_Map" title="Site Map">Site Map</a></span> <span class="login_link"><a href="/index.php/Admin?file={quote(page_title, safe='')}" rel="nofollow" data-cmd="login" title="Login">Login</a></span>{powered}	</p></footer>
	</div>

  </body>
</html>
"""

    # -- posts ------------------------------------------------------------------------------
    order = [a.opts["id"] for a in posts]  # str_index: newest first
    for k, a in enumerate(posts):
        pid = a.opts["id"]
        cats = ""
        if a.opts["cats"]:
            cats = ('<div class="category_container"><b>Chuyên mục:</b> '
                    + ", ".join(cat_link(c, CATS[c]) for c in a.opts["cats"]) + "</div>")
        links = f'<p class="blog_nav_links"><a href="/index.php/{BLOG}" class="blog_home" title="Trang tin">Trang tin</a>&nbsp;'
        if k > 0:
            links += post_link(by_id[order[k - 1]], "Tin mới hơn", 'class="blog_newer"') + "&nbsp;"
        if k + 1 < len(order):
            links += post_link(by_id[order[k + 1]], "Tin cũ hơn", 'class="blog_older"')
        links += "</p>"
        content = (f'<div class="blog_post single_blog_item " ><h2 id="blog_post_{pid}">{post_link(a, a.title)}</h2>'
                   f'{blog_info(a)}<div class="twysiwygr">{a.opts["html"]}</div></div><br/><div class="clear"></div>{cats}{links}')
        html = layout(a.title, content, page_title=BLOG, active="Tin tức", desc=a.title)
        site.page(a.path, html)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/data/_uploaded/image/tin-tuc/{b.src}", image_for(b.src))
                site.binary(f"/data/_uploaded/image/thumbnails/image/tin-tuc/{b.src}.jpg", image_for("thumb-" + b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Hoi cho san pham OCOP tinh Yen Bai 2025"]))
        site.add_article(a)
    tiny = next(a for a in posts if a.opts.get("tiny"))
    site.redirect(f"/index.php/{BLOG}/{tiny.opts['id']}", post_url(tiny.opts["id"]), 302)
    tiny.aliases.append(f"/index.php/{BLOG}/{tiny.opts['id']}")

    # -- lists ------------------------------------------------------------------------------
    def list_item(a: RichArticle) -> str:
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        thumb = (f'<img class="img-thumbnail" src="{{{{base}}}}/data/_uploaded/image/thumbnails/image/tin-tuc/{img}.jpg"/>'
                 if img else "")
        text = plain(a.opts["html"])
        cut = abbrev(text, 400)
        body = esc(text) if cut is None else esc(cut) + " ... " + post_link(a, "Xem tiếp")
        cats = ""
        if a.opts["cats"]:
            cats = '<div class="category_container">Chuyên mục ' + ", ".join(cat_link(c, CATS[c]) for c in a.opts["cats"]) + "</div>"
        return (f'<div class="blog_post post_list_item" ><h2 id="blog_post_{a.opts["id"]}">{post_link(a, a.title)}</h2>'
                f'{blog_info(a)}<div class="twysiwygr">{thumb}{body}</div></div>{cats}<div class="clear"></div>')

    chunks = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    for n, chunk in enumerate(chunks):
        nav_links = '<p class="blog_nav_links">'
        if n > 0:
            nav_links += (f'<a href="/index.php/{BLOG}" title="Trang tin">Trang tin</a>&nbsp;'
                          f'<a href="/index.php/{BLOG}?page={n - 1}" class="blog_newer" title="Tin mới hơn">Tin mới hơn</a>&nbsp;')
        if (n + 1) * PER_PAGE < len(posts):
            nav_links += f'<a href="/index.php/{BLOG}?page={n + 1}" class="blog_older" title="Tin cũ hơn">Tin cũ hơn</a>'
        nav_links += "</p>"
        html = layout("Tin tức", "".join(list_item(a) for a in chunk) + nav_links, page_title=BLOG, active="Tin tức")
        path = f"/index.php/{BLOG}" + (f"?page={n}" if n else "")
        site.page(path, html, content_type=None if n else HTML)
        site.non_articles.append(path)
    site.same_page(f"/index.php/{BLOG}?page=0", f"/index.php/{BLOG}")
    site.non_articles.append(f"/index.php/{BLOG}?page=0")
    site.trap("blog list /index.php/Tin_tuc (5 a page) and its older page ?page=1 (Simple Blog counts from 0: '?page=0' "
              "is the first page again, the target of 'Tin mới hơn'): h2 + date + the first 400 characters of plain text "
              "' ... Xem tiếp' and a thumbnail //host/…png.jpg: listings", f"/index.php/{BLOG}?page=1")

    for c, name in CATS.items():
        members = [a for a in posts if c in a.opts["cats"]]
        html = layout("Chuyên mục tin", "".join(list_item(a) for a in members) + '<p class="blog_nav_links"></p>',
                      page_title="Special_Blog_Categories", active="Tin tức")
        site.page(f"/index.php/Special_Blog_Categories?cat={c}", html)
        site.non_articles.append(f"/index.php/Special_Blog_Categories?cat={c}")
    counts = {c: sum(c in a.opts["cats"] for a in posts) for c in CATS}
    index = "".join("<li>" + cat_link(c, f"{name} ({counts[c]})") + "</li>" for c, name in CATS.items())
    site.page("/index.php/Special_Blog_Categories", layout("Chuyên mục tin", f"<h2>Chuyên mục</h2><ul>{index}</ul>",
              page_title="Special_Blog_Categories", active="Tin tức"), content_type=HTML)
    site.non_articles.append("/index.php/Special_Blog_Categories")
    site.trap("categories /index.php/Special_Blog_Categories?cat=<n> (the same list markup) and their index; the "
              "categories gadget after every page lists each categorised post's title in a collapsed <ul class=nodisplay>",
              "/index.php/Special_Blog_Categories?cat=1")

    # -- pages ------------------------------------------------------------------------------
    def gp_page(title: str, path: str, body: str, *, front: bool = False, active: str | None = None,
                content_type: str | None = HTML) -> None:
        section = f'<div class="GPAREA filetype-text">{body}</div>'
        html = layout("" if front else title, section, page_title=title.replace(" ", "_"), active=active or title,
                      front=front, desc=title)
        site.page(path, html, content_type=content_type)
        site.non_articles.append(path)

    gp_page("Trang chủ", "/", "<h1>Liên minh Hợp tác xã tỉnh Yên Bái</h1>\n\n<p>Chào mừng bạn đến với cổng tin của Liên minh "
            "Hợp tác xã tỉnh Yên Bái. Trang cập nhật hoạt động của Liên minh HTX, các HTX, liên hiệp HTX và tổ hợp tác trên "
            "địa bàn tỉnh.</p>\n\n<p>Các HTX có nhu cầu tư vấn thành lập, hỗ trợ vay vốn xin liên hệ Văn phòng Liên minh HTX "
            "tỉnh.</p>", front=True, content_type=None)
    site.redirect(title_href("Trang chủ"), "/", 302)
    gp_page("Giới thiệu", title_href("Giới thiệu"), "<h1>Giới thiệu</h1>\n\n<p>Liên minh Hợp tác xã tỉnh Yên Bái là tổ chức "
            "kinh tế - xã hội đại diện cho các HTX, liên hiệp HTX và tổ hợp tác trong tỉnh, được thành lập năm 1998.</p>\n\n"
            "<p>Liên minh HTX tỉnh có các phòng: Văn phòng, Phòng Tư vấn - Hỗ trợ, Phòng Kiểm tra và Quỹ hỗ trợ phát triển "
            f'HTX.</p>\n\n<p>Xem thêm: <a href="/index.php/{BLOG}/{tiny.opts["id"]}">{esc(tiny.title)}</a></p>')
    gp_page("Liên hệ", title_href("Liên hệ"), f"<h1>Liên hệ</h1>\n\n<p>{esc(ADDRESS)}</p>\n\n<p>{esc(PHONE)}</p>")
    gp_page("Lưu trữ tin", title_href("Lưu trữ tin"), "<h1>Lưu trữ tin</h1>\n\n<p>Danh sách tin theo tháng:</p></div>"
            f'<div class="GPAREA filetype-include">{archive_gadget()}', active="Tin tức")
    site.trap("pages / (the front page, 'Powered by Typesetter'), /index.php/Gi%E1%BB%9Bi_thi%E1%BB%87u (links post 16 by "
              "/index.php/Tin_tuc/16: 302 to ?id=16), /index.php/Li%C3%AAn_h%E1%BB%87 and /index.php/L%C6%B0u_tr%E1%BB%AF_tin "
              "(the archives gadget included in the page: years, English month names 'June (1)', oldest first, every post's "
              "title in collapsed lists): h1 + text, not articles", title_href("Lưu trữ tin"))

    sitemap_menu = ("<ul class=\"menu_top\">" + "".join(f'<li><a href="{h}" title="{attr(t)}">{esc(t)}</a></li>'
                    for t, h, _ in menu) + "</ul>")
    site.page("/index.php/Special_Site_Map", layout("Site Map", '<div class="GPAREA filetype-special_sitemap"><div class="sitemap_xml">'
              '<a href="/index.php/Special_Site_Map?xml" title="XML">XML</a></div><h2>Site Map</h2>' + sitemap_menu + "</div>",
              page_title="Special_Site_Map", active=""), content_type=HTML)
    site.non_articles.append("/index.php/Special_Site_Map")
    locs = ["/", title_href("Giới thiệu"), f"/index.php/{BLOG}", "/index.php/Special_Blog_Categories", title_href("Lưu trữ tin"),
            title_href("Liên hệ")]
    site.page("/index.php/Special_Site_Map?xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"\n<url><loc>{{{{base}}}}{u}</loc></url>" for u in locs) + "</urlset>", content_type="text/xml; charset=UTF-8")
    site.page("/index.php/Admin", '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex,nofollow" />'
              f'<title>Login - {esc(NAME)}</title></head><body class="gpAdmin"><div id="loginform"><h2>Login</h2>'
              '<form action="/index.php/Admin" method="post"><p><label>Username<input type="text" name="username" /></label></p>'
              '<p><label>Password<input type="password" name="password" /></label></p><p><input type="submit" class="login_submit" value="Login" />'
              '</p></form><p><a href="/index.php/Admin?cmd=forgotten" rel="nofollow">Forgot password?</a></p></div></body></html>',
              content_type=HTML)
    logins = ["Trang_chủ", "Giới_thiệu", "Liên_hệ", "Lưu_trữ_tin", BLOG, "Special_Blog_Categories", "Special_Site_Map"]
    for t in logins:
        site.non_articles.append(f"/index.php/Admin?file={quote(t, safe='')}")
    site.trap("Site Map (/index.php/Special_Site_Map, its XML twin ?xml lists pages only) and the login link "
              "/index.php/Admin?file=<page> (rel=nofollow, a login form) in every footer: not articles", "/index.php/Special_Site_Map")

    # -- Atom feed: the stored times are Vietnamese wall-clock times, PHP prints them in UTC with a Z -------------
    def z(d: datetime) -> str:
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")

    entries = []
    for a in posts:
        content = a.opts["html"]
        if len(content) > 1200:
            content = content[:1200] + f' ... <a href="{{{{base}}}}{post_url(a.opts["id"])}">Xem tiếp</a>'
        content = content.replace('src="/', 'src="{{base}}/').replace('href="/', 'href="{{base}}/')
        uid = hashlib.md5(str(a.opts["id"]).encode()).hexdigest()
        entries.append(f"<entry>\n<title>{esc(a.title)}</title>\n<link href=\"{{{{base}}}}{post_url(a.opts['id'])}\"></link>\n"
                       f"<id>urn:uuid:{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}</id>\n<updated>{z(a.date)}</updated>\n"
                       f"<summary type=\"html\"><![CDATA[{content}]]></summary>\n</entry>\n")
    site.page("/index.php/Special_Blog_Feed", '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
              f"<title>{esc(NAME)}</title>\n<link href=\"{{{{base}}}}/data/_addondata/Simple_Blog/feed.atom\" rel=\"self\" />\n"
              f"<link href=\"{{{{base}}}}/index.php/{BLOG}\" />\n<id>urn:uuid:5b1f0c2a-93d4-4e7a-b1c2-7f3e9a0d4c11</id>\n"
              f"<updated>{z(posts[0].date)}</updated>\n<author><name>{esc(NAME)}</name></author>\n" + "".join(entries) + "</feed>\n",
              content_type="application/atom+xml; charset=UTF-8")
    site.trap("Atom feed /index.php/Special_Blog_Feed (<link rel=alternate> on every page): all eight posts, <updated> "
              "the typed local time with 'Z' (Typesetter forces UTC), the content's first 1200 characters of HTML",
              "/index.php/Special_Blog_Feed")
    site.static("/robots.txt", "\nUser-agent: *\nAllow: /\n")
    return site
