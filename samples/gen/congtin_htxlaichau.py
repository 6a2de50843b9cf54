"""Site `congtin-htxlaichau` (registry family `generic`): "Cổng tin HTX Lai Châu", the news site of the Lai Châu
cooperative alliance on **Subrion CMS 4.2.1** (PHP, Smarty) with its default template **Kickstart** (Bootstrap 3) and
the **Blog** module as the news section; plugins: comments, polls, ShareThis; the Vietnamese phrases entered by the
owner, the date format left at Subrion's default. Written as a held-out test: no family module, no selectors.

URL shapes (Subrion's router): entries `/blog/<id>-<alias>.html`; the blog module reads only the number, so ANY alias
after `<id>-` renders the same entry (no redirect, no canonical): a retitled entry's old address keeps working; the
list `/blog/` and `/blog/?page=<n>`, tags `/blog/tag/<alias>/`, date archives `/blog/date/<yyyy>/` and
`/blog/date/<yyyy>/<mm>/`, members `/member/<username>.html`, pages `/about/`, `/policy/`, `/contacts/`, the home page
`/` (blocks), search `/search/` (a GET form); `/login/` and `/registration/` are disallowed by robots.txt; every page
has `<base href>` the site root; `sitemap.xml` is the one Subrion's admin generates.

Why it is hard: the page's `<h1>` sits in `div.content__header` of the layout (the title), the entry in
`div.ia-item--view`: its `div.ia-item__panel` prints the date with Subrion's default `%b %e, %Y` ("Jan 14, 2026";
single-digit days space-padded: "Jan  8, 2026") and NO time, the account's full name (the office account "Ban biên
tập" is never the author; a member writing under her own account is), then an optional lead image without caption
(`div.ia-item__image`), then `div.ia-item__content` with CKEditor 4 output: `<p>`, `<h3>`, captioned photos as
`<figure class="image"><img><figcaption>`, tables whose header row is a `<td><strong>` row, lists. No machine date on
the page (no JSON-LD, og tags without dates): published is midnight of the printed day. The title repeats in
`<title>` as "Title :: Cổng tin HTX Lai Châu" and in the breadcrumb. Lists show `strip_tags|truncate` teasers with
"Đọc tiếp"; the home page shows the newest entries in blocks. Comments (plugin) carry their own dates; polls,
visitors, weather, tag cloud and the blog's archive block are sidebar blocks.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf, rtf
from .richbody import RichArticle

SITE = "congtin-htxlaichau"
SITE_TITLE = "Cổng tin HTX Lai Châu"
HTML = "text/html; charset=utf-8"
USERS = {"bientap": "Ban biên tập", "thutrang": "Hà Thị Thu Trang"}
SLOGAN = "Liên minh Hợp tác xã tỉnh Lai Châu - Đồng hành cùng HTX vùng cao"
FOOT_ADDR = "Liên minh HTX tỉnh Lai Châu - Tầng 3, Khu liên cơ quan số 2, phường Tân Phong, tỉnh Lai Châu"
FOOT_COPY = "© 2026 Cổng tin HTX Lai Châu. Powered by Subrion CMS"
POLL_Q = "Bạn quan tâm nhất đến chính sách hỗ trợ nào cho HTX?"
POLL_A = ["Vay vốn ưu đãi", "Đào tạo, tập huấn", "Xúc tiến thương mại"]
FURN = [SLOGAN, FOOT_ADDR, FOOT_COPY, POLL_Q, *POLL_A, "Bình chọn", "Xem kết quả", "Bài mới", "Lưu trữ", "Thẻ",
        "Thống kê truy cập", "Đang trực tuyến: 7", "Tổng lượt truy cập: 128.540",
        "Thời tiết Lai Châu: 17°C, có mây", "Chia sẻ:", "Bình luận", "Viết bình luận", "Đăng nhập", "Đăng ký",
        "Trang chủ", "Tin tức"]


def subrion_date(d: datetime) -> str:
    """Smarty date_format '%b %e, %Y': English month, day space-padded."""
    return f"{d:%b} {d.day:>2}, {d.year}"


def alias_of(title: str) -> str:
    import re
    import unicodedata
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Hội nghị xúc tiến tiêu thụ sản phẩm OCOP của HTX tỉnh Lai Châu năm 2026",
          lead="**Ngày 13/1, Liên minh HTX tỉnh Lai Châu phối hợp với Sở Công Thương tổ chức hội nghị kết nối tiêu thụ sản phẩm OCOP cho 48 HTX.**",
          body="""
Tại hội nghị, 17 HTX đã ký biên bản ghi nhớ với các doanh nghiệp phân phối ở Hà Nội, Hải Phòng và Lào Cai.
[img hoi-nghi-xuc-tien.png] Đại diện HTX và doanh nghiệp ký biên bản ghi nhớ tiêu thụ sản phẩm
## Sản phẩm được quan tâm
Chè Shan tuyết, gạo tẻ râu Phong Thổ, mật ong bạc hà và sâm Lai Châu là những sản phẩm được doanh nghiệp quan tâm nhất.
## Hỗ trợ sau hội nghị
Liên minh HTX sẽ hỗ trợ các HTX hoàn thiện mã số vùng trồng, tem truy xuất nguồn gốc để đáp ứng yêu cầu của nhà phân phối.
""", byline="Bài và ảnh: Tẩn Thị Mai", author="Tẩn Thị Mai",
          opts={"id": 58, "user": "bientap", "tags": ["OCOP", "Xúc tiến thương mại"], "image": "hoi-nghi-xuc-tien-cover.png",
                "comments": [("Lý A Chinh", datetime(2026, 1, 15, 20, 10), "HTX chúng tôi ở Mường Tè cũng muốn tham gia lần sau.")]},
          notes=["entry /blog/58-<alias>.html: h1 in div.content__header; div.ia-item__panel 'Jan 14, 2026' (date only, "
                 "%b %e, %Y) and the office account 'Ban biên tập'; a lead image without caption in div.ia-item__image; "
                 "CKEditor <h3>s and a <figure class='image'> with <figcaption>; 'Bài và ảnh: Tẩn Thị Mai' closes the text "
                 "-> author; one comment (plugin) with its own date"],
          **at(datetime(2026, 1, 14, 9, 0))),
        A(path="", title="Thông báo số 03/TB-LMHTX về việc nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2026",
          body="""
LIÊN MINH HTX TỈNH LAI CHÂU
Số: 03/TB-LMHTX
Lai Châu, ngày 06 tháng 01 năm 2026
THÔNG BÁO
Về việc nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2026
Quỹ hỗ trợ phát triển HTX tỉnh thông báo nhận hồ sơ vay vốn đợt 1 năm 2026 với tổng nguồn vốn 6 tỷ đồng.
- Đối tượng: HTX, liên hiệp HTX có phương án sản xuất kinh doanh khả thi;
- Mức cho vay tối đa: 500 triệu đồng đối với một HTX;
- Thời hạn nhận hồ sơ: từ ngày 08/01 đến hết ngày 28/02/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Hùng
""", author=None, doc_number="03/TB-LMHTX",
          attachments=[{"path": "/uploads/files/TB-03-LMHTX-2026.pdf", "text": "TB-03-LMHTX-2026.pdf"},
                       {"path": "/uploads/files/Mau-don-vay-von-2026.doc", "text": "Mẫu đơn đề nghị vay vốn (DOC)"}],
          opts={"id": 57, "user": "bientap", "tags": ["Văn bản", "Quỹ hỗ trợ"]},
          notes=["notice 'Số: 03/TB-LMHTX' dated 06/01 in the text, the panel 'Jan  8, 2026' (Subrion's %e pads the day "
                 "with a space); the signer is text, author null; a PDF and the form 'Mẫu đơn đề nghị vay vốn (DOC)' after "
                 "'Tệp đính kèm:': attachments; '- ' paragraphs keep their dash"],
          **at(datetime(2026, 1, 8, 15, 30))),
        A(path="", title="Ảnh: Du lịch cộng đồng của HTX Sin Suối Hồ mùa hoa đào",
          body="""
Cuối năm, HTX Du lịch cộng đồng Sin Suối Hồ đón hàng nghìn lượt khách đến ngắm hoa đào và ruộng bậc thang.
[img sin-suoi-ho-1.png] Homestay của thành viên HTX nằm giữa rừng đào bản Sin Suối Hồ
[img sin-suoi-ho-2.png] Du khách trải nghiệm dệt thổ cẩm cùng phụ nữ Mông
[img sin-suoi-ho-3.png] Đội văn nghệ của HTX biểu diễn phục vụ khách
""", byline="Ảnh: Vàng A Dình", author="Vàng A Dình",
          opts={"id": 55, "user": "bientap", "tags": ["Du lịch cộng đồng", "Hình ảnh"]},
          notes=["photo story: three CKEditor <figure class='image'> with <figcaption> (the lines); 'Ảnh: Vàng A Dình' -> author"],
          **at(datetime(2025, 12, 19, 7, 45))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX tỉnh Lai Châu giải ngân 8,5 tỷ đồng năm 2025",
          body="""
Năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh cho 21 HTX vay vốn với tổng dư nợ 8,5 tỷ đồng.
| Lĩnh vực | Số HTX vay | Số tiền (triệu đồng) |
| Trồng trọt, dược liệu | 9 | 3.650 |
| Chăn nuôi, thủy sản | 6 | 2.400 |
| Du lịch cộng đồng | 3 | 1.250 |
| Chế biến nông sản | 3 | 1.200 |
Các HTX sử dụng vốn đúng mục đích, không có nợ quá hạn.
""", byline="Theo Báo Lai Châu", author=None,
          opts={"id": 53, "user": "bientap", "tags": ["Quỹ hỗ trợ"]},
          notes=["a CKEditor table (header row as <td><strong>), one line per row; 'Theo Báo Lai Châu' names a newspaper: "
                 "text, author null"],
          **at(datetime(2025, 12, 5, 10, 0))),
        A(path="", title="HTX Sâm Lai Châu xây dựng chuỗi giá trị dược liệu",
          body="""
HTX Sâm Lai Châu ở xã Tà Tổng đang phát triển 35 ha sâm dưới tán rừng với 64 hộ thành viên. Chuỗi giá trị gồm bốn khâu:
* Nhân giống sâm tại vườn ươm đạt chuẩn của HTX;
* Trồng, chăm sóc dưới tán rừng theo quy trình GACP;
* Sơ chế, đóng gói tại xưởng của HTX;
* Bán qua cửa hàng giới thiệu sản phẩm và các sàn thương mại điện tử.
Năm 2025, doanh thu của HTX đạt gần 14 tỷ đồng.
""", byline="Phạm Quang Huy - Trung tâm Khuyến nông", author="Phạm Quang Huy",
          opts={"id": 50, "user": "bientap", "tags": ["Dược liệu", "Sâm Lai Châu"], "image": "sam-lai-chau-cover.png"},
          notes=["a four-item list after a line ending with a colon; 'Phạm Quang Huy - Trung tâm Khuyến nông' -> Phạm Quang Huy"],
          **at(datetime(2025, 11, 21, 14, 20))),
        A(path="", title="HTX Nông nghiệp Phong Thổ mở rộng vùng chuối xuất khẩu",
          body="""
HTX Nông nghiệp Phong Thổ vừa mở rộng vùng trồng chuối tây lên 120 ha, liên kết với 150 hộ dân ở các xã biên giới.
Chuối được trồng theo quy trình VietGAP, sơ chế tại nhà đóng gói của HTX rồi xuất khẩu qua cửa khẩu Ma Lù Thàng.
Năm 2025, HTX xuất khẩu hơn 2.000 tấn chuối, thu nhập của thành viên tăng khoảng 20%.
""", author="Hà Thị Thu Trang",
          opts={"id": 46, "user": "thutrang", "tags": ["Xuất khẩu"]},
          notes=["posted under the member's own account 'Hà Thị Thu Trang' (/member/thutrang.html), no byline -> author"],
          **at(datetime(2025, 10, 30, 16, 5))),
        A(path="", title="Tập huấn nghiệp vụ kế toán cho HTX vùng cao",
          body="""
Từ ngày 6 đến ngày 8/10, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 45 kế toán HTX vùng cao.
Học viên được hướng dẫn chế độ kế toán HTX, lập báo cáo tài chính và sử dụng phần mềm kế toán miễn phí.
Cuối khóa, các học viên đạt yêu cầu được cấp giấy chứng nhận.
""", author=None,
          opts={"id": 43, "user": "bientap", "tags": ["Tập huấn"], "old_title": "Tập huấn kế toán cho HTX"},
          notes=["no byline, office account: author null; retitled: the old address /blog/43-tap-huan-ke-toan-cho-htx.html "
                 "(linked from /about/) renders the same entry (Subrion reads only the id): an alias; only on /blog/?page=2"],
          **at(datetime(2025, 10, 9, 8, 40))),
        A(path="", title="Lai Châu có thêm 12 HTX thành lập mới trong quý III năm 2025",
          body="""
Trong quý III năm 2025, toàn tỉnh thành lập mới 12 HTX, nâng tổng số HTX đang hoạt động lên 356 HTX.
## Lĩnh vực hoạt động
Các HTX mới chủ yếu hoạt động trong lĩnh vực trồng dược liệu, chăn nuôi và du lịch cộng đồng.
## Khó khăn
Nhiều HTX còn thiếu vốn, thiếu cán bộ quản lý có trình độ và chưa có thị trường tiêu thụ ổn định.
""", byline="Lù Văn Páo", author="Lù Văn Páo",
          opts={"id": 41, "user": "bientap", "tags": ["Kinh tế tập thể"]},
          notes=["oldest entry, only on /blog/?page=2 and the archives; the bare name 'Lù Văn Páo' closes the text (author)"],
          **at(datetime(2025, 9, 26, 9, 15))),
    ]


def render(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f"<p><strong>{inline_html(a.lead.strip('*'))}</strong></p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"\t<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image" style="display:inline-block"><img alt="" height="450" src="/uploads/files/{b.src}" width="800" />'
                       f"\n<figcaption>{esc(b.text)}</figcaption>\n</figure>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%">\n\t<tbody>\n\t\t<tr>\n'
                       + "\n".join(f"\t\t\t<td><strong>{esc(c)}</strong></td>" for c in head) + "\n\t\t</tr>\n"
                       + "".join("\t\t<tr>\n" + "\n".join(f"\t\t\t<td>{esc(c)}</td>" for c in r) + "\n\t\t</tr>\n" for r in rows)
                       + "\t</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    if a.attachments:
        out.append("<p>Tệp đính kèm:</p>\n<ul>\n" + "\n".join(f'\t<li><a href="{x["path"]}">{esc(x["text"])}</a></li>' for x in a.attachments)
                   + "\n</ul>")
    return "\n\n".join(out)


def teaser(a: RichArticle, n: int = 220) -> str:
    text = "\n".join(a.text_lines())
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut + "..."


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lai-chau", "Cổng tin HTX Lai Châu (Subrion, Liên minh HTX tỉnh Lai Châu)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/blog/{a.opts['id']}-{alias_of(a.title)}.html"
    tags = sorted({t for p in posts for t in p.opts["tags"]}, key=alias_of)
    tag_url = {t: f"/blog/tag/{alias_of(t)}/" for t in tags}
    months = sorted({(a.date.year, a.date.month) for a in posts}, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def block(title: str, body: str, css: str = "") -> str:
        return (f'<div class="box {css}" id="block_{css or "html"}"><h4 class="box__caption">{title}</h4>'
                f'<div class="box__content">{body}</div></div>')

    def sidebar() -> str:
        latest = "".join(f'<div class="media ia-item"><div class="media-body"><h5 class="media-heading"><a href="{p.path}">{esc(p.title)}</a></h5>'
                         f'<p class="text-fade-50"><span class="fa fa-clock-o"></span> {subrion_date(p.date)}</p></div></div>' for p in posts[:4])
        arch = "".join(f'<li><a href="/blog/date/{y}/{m:02d}/">Tháng {m} {y}</a> <span class="badge">'
                       f'{sum(1 for p in posts if (p.date.year, p.date.month) == (y, m))}</span></li>' for y, m in months)
        cloud = " ".join(f'<a href="{tag_url[t]}" class="tag-cloud__item">{esc(t)}</a>' for t in tags)
        poll = ('<form method="post" action="javascript:void(0)" class="poll"><p class="poll__question"><b>' + esc(POLL_Q) + '</b></p>'
                + "".join(f'<div class="radio"><label><input type="radio" name="poll_option" value="{k}"> {esc(o)}</label></div>'
                          for k, o in enumerate(POLL_A, 1))
                + '<button type="button" class="btn btn-primary btn-sm">Bình chọn</button> <a href="javascript:void(0)" class="btn btn-link btn-sm">Xem kết quả</a></form>')
        return ('<aside class="col-md-4"><div class="sidebar">'
                + block("Bài mới", latest, "blog_latest")
                + block("Lưu trữ", f'<ul class="list-unstyled">{arch}</ul>', "blog_archive")
                + block("Thẻ", f'<div class="tag-cloud">{cloud}</div>', "blog_tags")
                + block("Bình chọn", poll, "polls")
                + block("Thống kê truy cập", '<p>Đang trực tuyến: 7</p><p>Tổng lượt truy cập: 128.540</p>', "counter")
                + block("Thời tiết", '<p>Thời tiết Lai Châu: 17°C, có mây</p>', "weather")
                + "</div></aside>")

    def layout(title: str, h1: str, crumbs: list[tuple[str, str]], body: str, desc: str, head: str = "", page_name: str = "blog") -> str:
        bc = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs[:-1]) + (f'<li class="active">{esc(crumbs[-1][0])}</li>' if crumbs else "")
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
	<title>{esc(title)}</title>
	<meta http-equiv="X-UA-Compatible" content="IE=Edge">
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<meta name="generator" content="Subrion CMS - Open Source Content Management System">
	<meta name="robots" content="index">
	<meta name="robots" content="follow">
	<meta name="revisit-after" content="1 day">
	<base href="{{{{base}}}}/">
	<meta name="description" content="{attr(desc)}">
	<meta name="keywords" content="HTX Lai Châu, Liên minh HTX, kinh tế tập thể">
	<link rel="shortcut icon" href="{{{{base}}}}/favicon.png">
{head}
	<script type="text/javascript" src="{{{{base}}}}/js/jquery/jquery.js?fm=1529410140"></script>
	<script type="text/javascript" src="{{{{base}}}}/js/intelli/intelli.js?fm=1529410140"></script>
	<link rel="stylesheet" href="{{{{base}}}}/templates/kickstart/css/iabootstrap.css?fm=1529410140">
	<link rel="stylesheet" href="{{{{base}}}}/templates/kickstart/css/user-style.css?fm=1529410140">
	<script type="text/javascript">intelli.pageName = '{page_name}';</script>
</head>
<body class="page-{page_name}">
	<div class="inventory"><div class="container">
		<ul class="nav-inventory nav-inventory-account pull-right"><li><a href="{{{{base}}}}/login/">Đăng nhập</a></li><li><a href="{{{{base}}}}/registration/">Đăng ký</a></li></ul>
	</div></div>
	<nav class="navbar navbar-default"><div class="container">
		<div class="navbar-header"><a class="navbar-brand" href="{{{{base}}}}/"><img src="{{{{base}}}}/uploads/logo-lmhtx-laichau.png" alt="{SITE_TITLE}"></a></div>
		<div class="collapse navbar-collapse" id="navbar-collapse"><ul class="nav navbar-nav navbar-right nav-main">
			<li class="m_index"><a href="{{{{base}}}}/">Trang chủ</a></li>
			<li class="m_blog"><a href="{{{{base}}}}/blog/">Tin tức</a></li>
			<li class="m_about"><a href="{{{{base}}}}/about/">Giới thiệu</a></li>
			<li class="m_policy"><a href="{{{{base}}}}/policy/">Chính sách</a></li>
			<li class="m_contacts"><a href="{{{{base}}}}/contacts/">Liên hệ</a></li>
		</ul>
		<form action="{{{{base}}}}/search/" method="get" class="navbar-form navbar-right"><input type="text" name="q" class="form-control" placeholder="Tìm kiếm"></form></div>
	</div></nav>
	<div class="header-teaser"><div class="container"><p class="slogan">{SLOGAN}</p></div></div>
	<div class="content"><div class="container">
		<ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">{bc}</ol>
		<div class="row">
			<div class="col-md-8"><div class="content__wrap">
				<div class="content__header"><h1>{esc(h1)}</h1><ul class="content__actions"></ul></div>
				<div class="content__body">
{body}
				</div>
			</div></div>
			{sidebar()}
		</div>
	</div></div>
	<footer class="footer"><div class="container">
		<p>{FOOT_ADDR}</p>
		<p class="copyright">© 2026 Cổng tin HTX Lai Châu. Powered by <a href="{{{{base:offsite}}}}/subrion/">Subrion CMS</a></p>
	</div></footer>
</body>
</html>
"""

    def panel(a: RichArticle) -> str:
        u = a.opts["user"]
        return (f'<div class="ia-item__panel"><span class="ia-item__panel__item pull-left"><span class="fa fa-clock-o"></span> {subrion_date(a.date)}</span>'
                f'<span class="ia-item__panel__item pull-left"><span class="fa fa-user"></span> <a href="{{{{base}}}}/member/{u}.html">{esc(USERS[u])}</a></span></div>')

    for a in posts:
        o = a.opts
        img = (f'<div class="ia-item__image"><img src="{{{{base}}}}/uploads/blog/large/{o["image"]}" alt="{attr(a.title)}" class="img-responsive"></div>'
               if o.get("image") else "")
        tag_html = ('<div class="ia-item__tags"><span class="fa fa-tags"></span> Thẻ: '
                    + ", ".join(f'<a href="{tag_url[t]}">{esc(t)}</a>' for t in o["tags"]) + "</div>")
        share = ('<div class="sharethis"><span>Chia sẻ:</span> <span class="st_facebook_hcount" displayText="Facebook"></span> '
                 '<span class="st_zalo_hcount" displayText="Zalo"></span></div>')
        coms = o.get("comments", [])
        com_html = ('<div class="comments" id="comments"><h3 class="comments__title">Bình luận</h3>'
                    + "".join(f'<div class="media comment"><div class="media-body"><h5 class="media-heading">{esc(n)} <small>{subrion_date(d)}</small></h5>'
                              f'<p>{esc(t)}</p></div></div>' for n, d, t in coms)
                    + '<h4>Viết bình luận</h4><form action="javascript:void(0)" method="post" class="ia-form"><textarea name="body" class="form-control"></textarea>'
                    '<button type="button" class="btn btn-primary">Gửi</button></form></div>')
        body = (f'<div class="ia-item ia-item--view">{panel(a)}<div class="clearfix"></div>{img}'
                f'<div class="ia-item__content">{render(a)}</div>{tag_html}</div>{share}{com_html}')
        head = (f'\t<meta property="og:title" content="{attr(a.title)}">\n\t<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
                f'\t<meta property="og:description" content="{attr(teaser(a, 150))}">'
                + (f'\n\t<meta property="og:image" content="{{{{base}}}}/uploads/blog/large/{o["image"]}">' if o.get("image") else ""))
        page(a.path, layout(f"{a.title} :: {SITE_TITLE}", a.title, [("Trang chủ", "/"), ("Tin tức", "/blog/"), (a.title, a.path)],
                            body, teaser(a, 150), head))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/files/{b.src}", image_for(b.src))
        if o.get("image"):
            site.binary(f"/uploads/blog/large/{o['image']}", image_for(o["image"]))
        for x in a.attachments:
            if x["path"].endswith(".pdf"):
                site.binary(x["path"], pdf(a.title, ["THONG BAO SO 03/TB-LMHTX", "Quy ho tro phat trien HTX 2026"]))
            else:
                site.binary(x["path"], rtf(["ĐƠN ĐỀ NGHỊ VAY VỐN", "Quỹ hỗ trợ phát triển HTX tỉnh Lai Châu"]))
        if o.get("old_title"):
            old = f"/blog/{o['id']}-{alias_of(o['old_title'])}.html"
            site.same_page(old, a.path)
            a.aliases.append(old)
        site.add_article(a)

    def entry(a: RichArticle) -> str:
        o = a.opts
        img = (f'<a href="{a.path}" class="ia-item__image"><img src="{{{{base}}}}/uploads/blog/large/{o["image"]}" alt="{attr(a.title)}" class="img-responsive"></a>'
               if o.get("image") else "")
        u = o["user"]
        return (f'<div class="ia-item ia-item--border">{img}<div class="ia-item__content">'
                f'<h4 class="ia-item__title"><a href="{a.path}">{esc(a.title)}</a></h4>'
                f'<div class="ia-item__additional"><p><span class="fa fa-clock-o"></span> {subrion_date(a.date)}</p>'
                f'<p><span class="fa fa-user"></span> bởi <a href="{{{{base}}}}/member/{u}.html">{esc(USERS[u])}</a></p></div>'
                f'<div class="ia-item__body">{esc(teaser(a))}</div>'
                f'<p class="text-right"><a href="{a.path}" class="btn btn-primary btn-sm">Đọc tiếp</a></p></div></div>')

    def listing(path: str, title: str, crumbs: list, items: list, per: int = 5) -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        urls = [path] + [f"{path}?page={k}" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            nav = ""
            if len(chunks) > 1:
                nav = ('<div class="pagination-wrap"><ul class="pagination">'
                       + "".join(f'<li class="active"><span>{k + 1}</span></li>' if k == n else f'<li><a href="{u}">{k + 1}</a></li>'
                                 for k, u in enumerate(urls)) + "</ul></div>")
            body = '<div class="ia-items blogroll">' + "".join(entry(a) for a in chunk) + "</div>" + nav
            page(urls[n], layout(f"{title} :: {SITE_TITLE}", title, crumbs, body, SLOGAN))
            site.non_articles.append(urls[n])

    listing("/blog/", "Tin tức", [("Trang chủ", "/"), ("Tin tức", "/blog/")], posts)
    site.same_page("/blog/?page=1", "/blog/")
    site.trap("the blog list /blog/ and /blog/?page=2 (5 a page): title, 'Jan 14, 2026', 'bởi Ban biên tập', a "
              "strip_tags|truncate teaser ending '...' and 'Đọc tiếp': listings", "/blog/?page=2")
    for t in tags:
        listing(tag_url[t], f"Thẻ: {t}", [("Trang chủ", "/"), ("Tin tức", "/blog/"), (t, tag_url[t])],
                [a for a in posts if t in a.opts["tags"]])
    for y in sorted({a.date.year for a in posts}, reverse=True):
        listing(f"/blog/date/{y}/", f"Lưu trữ năm {y}", [("Trang chủ", "/"), ("Tin tức", "/blog/"), (str(y), f"/blog/date/{y}/")],
                [a for a in posts if a.date.year == y], per=10)
    for y, m in months:
        listing(f"/blog/date/{y}/{m:02d}/", f"Lưu trữ tháng {m}/{y}", [("Trang chủ", "/"), ("Tin tức", "/blog/"), (f"{m}/{y}", f"/blog/date/{y}/{m:02d}/")],
                [a for a in posts if (a.date.year, a.date.month) == (y, m)], per=10)
    site.trap("tag pages /blog/tag/<alias>/ and date archives /blog/date/<yyyy>/, /blog/date/<yyyy>/<mm>/: the blog list's "
              "markup: listings", "/blog/date/2025/12/")
    for u, n in USERS.items():
        mine = [a for a in posts if a.opts["user"] == u]
        body = (f'<div class="ia-item ia-item--view member"><p>Thành viên từ: Mar 12, 2019</p><h3>Bài viết của {esc(n)}</h3>'
                f'<div class="ia-items">' + "".join(entry(a) for a in mine[:3]) + "</div></div>")
        page(f"/member/{u}.html", layout(f"{n} :: {SITE_TITLE}", n, [("Trang chủ", "/"), ("Thành viên", "/member/bientap.html"), (n, f"/member/{u}.html")], body, SLOGAN))
        site.non_articles.append(f"/member/{u}.html")

    # home page: blocks
    top = posts[0]
    home = (f'<div class="welcome"><p>Chào mừng bạn đến với {SITE_TITLE}, kênh thông tin của Liên minh HTX tỉnh Lai Châu.</p></div>'
            f'<div class="box box--featured"><h4 class="box__caption">Tin nổi bật</h4><div class="box__content">{entry(top)}</div></div>'
            '<div class="box"><h4 class="box__caption">Tin mới cập nhật</h4><div class="box__content"><ul class="list-unstyled">'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="text-fade-50">({subrion_date(a.date)})</span></li>' for a in posts[1:6])
            + '</ul><p><a href="/blog/">Xem tất cả</a></p></div></div>')
    page("/", layout(SITE_TITLE, "Trang chủ", [], home, SLOGAN, page_name="index"))
    site.non_articles.append("/")

    def static_page(path: str, title: str, html: str, name: str) -> None:
        page(path, layout(f"{title} :: {SITE_TITLE}", title, [("Trang chủ", "/"), (title, path)], html, SLOGAN, page_name=name))
        site.non_articles.append(path)

    old = next(a for a in posts if a.opts.get("old_title"))
    static_page("/about/", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Lai Châu được thành lập năm 2004, là tổ chức đại diện, hỗ "
                "trợ các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p><p>Xem thêm hoạt động đào tạo: "
                f'<a href="/blog/{old.opts["id"]}-{alias_of(old.opts["old_title"])}.html">{esc(old.opts["old_title"])}</a></p>', "about")
    static_page("/policy/", "Chính sách", "<p>Thông tin cá nhân của người dùng được bảo mật theo quy định của pháp luật.</p>", "policy")
    static_page("/contacts/", "Liên hệ", '<form action="javascript:void(0)" method="post" class="ia-form"><p>Điện thoại: 0213 3876 259</p>'
                '<p>Email: lienminhhtx@laichau.gov.vn</p><textarea name="msg" class="form-control"></textarea></form>', "contacts")
    site.trap("the home page / (a featured teaser and the newest titles with dates), members' pages /member/<username>.html, "
              "/about/ (links an entry under its old alias), /policy/, /contacts/: not articles", "/about/")
    for p in ("/login/", "/registration/"):
        page(p, layout(f"Đăng nhập :: {SITE_TITLE}", "Đăng nhập", [], "<p>Vui lòng đăng nhập.</p>", SLOGAN, page_name="login"))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /login/\nDisallow: /registration/\nDisallow: /search/\n"
                "Disallow: /profile/\n\nSitemap: {{base}}/sitemap.xml\n")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><changefreq>weekly</changefreq></url>" for a in posts)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              f'<url><loc>{{{{base}}}}/</loc></url><url><loc>{{{{base}}}}/blog/</loc></url>{urls}</urlset>',
              content_type="application/xml; charset=utf-8")
    site.trap("robots.txt disallows /login/ and /registration/ (the account links on every page): never fetched; "
              "/sitemap.xml lists the entries without dates", "/login/")
    site.binary("/uploads/logo-lmhtx-laichau.png", image_for("logo-lmhtx-laichau.png"))
    site.binary("/favicon.png", image_for("favicon.png"))
    return site
