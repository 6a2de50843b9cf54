"""Site `site-htxbentre` (registry family `generic`): "Liên minh HTX tỉnh Bến Tre", the alliance's small site on
**Pluck 4.7.18** (the flat-file PHP CMS; a theme the local web company derived from Pluck's `default` theme; the
`blog`, `albums` and `contactform` modules; a Vietnamese language file the web company translated itself, since
Pluck ships none; blog settings: date `d-m-Y`, time `G:i`, 5 posts a page, listings truncated to 500 bytes,
reactions allowed; the copy is of 20 June 2024, before the province merged into Vĩnh Long). Written as a held-out
test: no family module, no selectors.

URL shapes: every page is `/?file=<seoname>` (`/` answers 302 to the first page, `/?file=trang-chu`); a blog post
is `/?file=<page>&module=blog&page=viewpost&post=<slug>` where `<page>` is whichever Pluck page holds the blog
module: the same post is `?file=tin-tuc&…` from "Tin tức" (all posts) and `?file=thong-bao&…` or
`?file=kien-thuc&…` from the pages that include the blog filtered to one category (`{pluck
show_module(blog,Thông báo)}`): aliases; the web company's `.htaccess` also rewrites `/blog/<slug>` to the post,
and the editors type that short form into the home page's "Tin nổi bật" (aliases). The blog pager is
`?file=tin-tuc&p=2` ("Trang: 1 2"); the album module's pages `?file=thu-vien-anh&module=albums&page=viewalbum&album=
<slug>` (images from `/data/modules/albums/albums_getimage.php?image=…`); the contact form `?file=lien-he`; the
footer's "admin" link `/login.php` (robots.txt, extended by the web company, disallows it with Pluck's own
`/data/` and `/docs/`). No feed, no site map, no canonical: Pluck has none.

Why it is hard: the only `<h1>` is the site title in the header; the post's title is the theme's `<h2 title="…">`
(Pluck's page title, set to the post's title by the blog module). The body is `div#blog_post_content` (TinyMCE:
`<p>`, `<h3>`, lists, bordered tables whose first row is bold, `figure.image > figcaption`, a right-aligned
bold byline) after `span#blog_post_info` "08-05-2024 lúc 23:20 trong Tin hoạt động" — and Pluck forces PHP's
timezone to UTC (`date_default_timezone_set('UTC')` in data/inc/security.php), so every date and time on the site
is UTC: the post written at 06:20 on 9 May reads "08-05-2024 lúc 23:20" (its text opens "Chiều 8/5, …", the event's
day). The ground truth is the true Vietnam time (printed + 7 h). The blog records no author: the author is the
closing byline when it names a person. After the body: the reactions ("2 phản hồi", each reaction's name, its UTC
time and message: visitors' words, never the article), the reaction form, "<<< quay lại". Listings print the
title, the same info line and the first 500 bytes of the text with its tags stripped (PHP `strip_tags`: paragraphs
glued together) and "» 2 phản hồi" / "» chưa có phản hồi". The oldest post is only on `?file=tin-tuc&p=2`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf, png
from .richbody import RichArticle

SITE = "site-htxbentre"
TITLE = "Liên minh HTX tỉnh Bến Tre"
PER = 5
UTC = timedelta(hours=7)
TODAY = "Thứ Năm, 20/06/2024"
SLOGAN = "Nhiệt liệt chào mừng kỷ niệm 78 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2024)"
ADDRESS = "Địa chỉ: Số 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre, tỉnh Bến Tre"
PHONE = "Điện thoại: 0275.3822.647 - Email: lmhtx@bentre.gov.vn"
COPY = "© 2024 Liên minh Hợp tác xã tỉnh Bến Tre"
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao": "Thông báo", "kien-thuc": "Kiến thức"}
# Pluck pages (menu order): seoname -> (title, blog category shown or None / "all", other module)
PAGES = [("trang-chu", "Trang chủ"), ("gioi-thieu", "Giới thiệu"), ("tin-tuc", "Tin tức"), ("thong-bao", "Thông báo"),
         ("kien-thuc", "Kiến thức - Kỹ thuật"), ("thu-vien-anh", "Thư viện ảnh"), ("lien-he", "Liên hệ")]
CAT_PAGES = {"thong-bao": "thong-bao", "kien-thuc": "kien-thuc"}  # page seoname -> category seoname
FURN = [TODAY, SLOGAN, ADDRESS, PHONE, COPY, "powered by", "quay lại", "chưa có phản hồi", "Họ tên:", "Nội dung:"]


def utc(d: datetime) -> datetime:
    return d - UTC


def info(d: datetime, cat: str) -> str:
    """The blog module's info line: date('d-m-Y') lúc date('G:i') trong <category title>, PHP in UTC."""
    x = utc(d)
    return f"{x:%d-%m-%Y} lúc {x.hour}:{x:%M} trong {CATS[cat]}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tổ chức lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH BẾN TRE
Số: 12/TB-LMHTX
Bến Tre, ngày 07 tháng 6 năm 2024
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2024
Thực hiện Kế hoạch số 05/KH-LMHTX ngày 15/01/2024, Liên minh HTX tỉnh tổ chức lớp bồi dưỡng nghiệp vụ kế toán cho các HTX như sau:
* Thời gian: 02 ngày, từ ngày 25/6/2024 đến ngày 26/6/2024.
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 126A Nguyễn Thị Định, TP Bến Tre.
* Thành phần: kế toán hoặc người làm công tác kế toán của HTX, mỗi HTX cử 01 người.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 20/6/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Văn Bé
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/files/TB-12-LMHTX-2024.pdf", "text": "TB-12-LMHTX-2024.pdf"}],
          opts={"slug": "thong-bao-so-12-tb-lmhtx-lop-boi-duong-ke-toan-htx-2024", "cat": "thong-bao", "reactions": []},
          notes=["notice 'Số: 12/TB-LMHTX' dated 07/6 in its text, posted 09:15 on 10 June Vietnam time: the info line reads "
                 "'10-06-2024 lúc 2:15 trong Thông báo' (Pluck prints UTC); no author field in Pluck's blog, the signer is "
                 "text; 'Tải về: <a href=/files/TB-12-LMHTX-2024.pdf>TB-12-LMHTX-2024.pdf</a>' in its own paragraph is an "
                 "attachment (the file's name, without the label), not text; the 'Thông báo' page links it as "
                 "?file=thong-bao&module=blog&page=viewpost&post=…: an alias"],
          **at(datetime(2024, 6, 10, 9, 15))),
        A(path="", title="Ảnh: HTX Dừa Phước Hiệp vào mùa thu hoạch dừa khô",
          body="""
Những ngày đầu tháng 6, thành viên HTX Dừa Phước Hiệp (huyện Mỏ Cày Nam) tất bật thu hoạch dừa khô.
[img phuoc-hiep-1.png] Thành viên HTX thu hoạch dừa khô trên vườn dừa hữu cơ
[img phuoc-hiep-2.png] Dừa được tập kết, phân loại tại điểm thu mua của HTX
[img phuoc-hiep-3.png] Xe của doanh nghiệp liên kết vào vườn nhận dừa cho HTX
Năm 2024, HTX liên kết tiêu thụ khoảng 4 triệu trái dừa hữu cơ cho 215 hộ thành viên.
""", byline="Bài và ảnh: Lê Minh Trí", author="Lê Minh Trí",
          opts={"slug": "anh-htx-dua-phuoc-hiep-vao-mua-thu-hoach", "cat": "tin-hoat-dong", "pretty": True,
                "reactions": [("Nguyễn Văn Tài", "Dừa hữu cơ Phước Hiệp năm nay được giá, chúc mừng bà con!"),
                              ("HTX Dừa Hương Mỹ", "Xin số điện thoại HTX để trao đổi kinh nghiệm liên kết ạ.")]},
          notes=["photo story: TinyMCE figure.image with figcaption (one line each); 'Bài và ảnh: Lê Minh Trí' closes it "
                 "-> author; two visitors' reactions under it (names, UTC times, messages): not text; the home page "
                 "links it as /blog/<slug> (the web company's rewrite): an alias"],
          **at(datetime(2024, 6, 3, 15, 30))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Bến Tre 5 tháng đầu năm 2024",
          body="""
Trong 5 tháng đầu năm 2024, kinh tế tập thể tỉnh Bến Tre tiếp tục phát triển ổn định, nhiều HTX mở rộng liên kết tiêu thụ sản phẩm.
| Chỉ tiêu | Đơn vị | 5 tháng 2024 | Cùng kỳ 2023 |
| HTX thành lập mới | HTX | 14 | 9 |
| HTX đang hoạt động | HTX | 231 | 212 |
| Thành viên HTX | người | 19.870 | 18.640 |
| Tổ hợp tác | tổ | 1.052 | 1.017 |
Liên minh HTX tỉnh phấn đấu đến cuối năm 2024 thành lập mới ít nhất 25 HTX.
""", byline="Phòng Tuyên truyền - Kiểm tra", author=None,
          opts={"slug": "ket-qua-phat-trien-kinh-te-tap-the-5-thang-dau-nam-2024", "cat": "tin-hoat-dong", "reactions": []},
          notes=["a bordered TinyMCE table (the first row bold, no <th>): one line per row; the closing line names an "
                 "office ('Phòng Tuyên truyền - Kiểm tra'): text, no author"],
          **at(datetime(2024, 5, 28, 10, 0))),
        A(path="", title="Hướng dẫn HTX trồng dừa hữu cơ đáp ứng yêu cầu xuất khẩu",
          body="""
Dừa hữu cơ đang là thế mạnh xuất khẩu của Bến Tre, nhưng đòi hỏi HTX tuân thủ nghiêm quy trình canh tác.
## Các yêu cầu chính đối với vùng trồng
* Không sử dụng phân bón, thuốc bảo vệ thực vật hóa học trong ít nhất 3 năm;
* Có vùng đệm ngăn cách với vườn canh tác thông thường;
* Ghi chép đầy đủ nhật ký canh tác của từng hộ thành viên;
* Được tổ chức chứng nhận kiểm tra, đánh giá định kỳ hằng năm.
HTX cần phối hợp chặt chẽ với doanh nghiệp bao tiêu để thống nhất quy trình và kế hoạch thu hoạch.
""", byline="Trần Văn Hiếu - Trung tâm Khuyến nông", author="Trần Văn Hiếu",
          opts={"slug": "huong-dan-htx-trong-dua-huu-co-dap-ung-yeu-cau-xuat-khau", "cat": "kien-thuc", "reactions": []},
          notes=["an <h3> heading and a bulleted list; 'Trần Văn Hiếu - Trung tâm Khuyến nông' closes it -> Trần Văn Hiếu; "
                 "the 'Kiến thức - Kỹ thuật' page links it as ?file=kien-thuc&module=blog&…: an alias"],
          **at(datetime(2024, 5, 20, 8, 40))),
        A(path="", title="HTX Nông nghiệp Thạnh Phú xuất khẩu lô bưởi da xanh đầu tiên",
          body="""
HTX Nông nghiệp Thạnh Phú vừa xuất khẩu lô bưởi da xanh đầu tiên gồm 12 tấn sang thị trường Hà Lan.
Bưởi được tuyển chọn từ vùng trồng đạt chuẩn GlobalGAP của 46 hộ thành viên, đóng gói tại nhà sơ chế của HTX.
Giá xuất khẩu cao hơn bán tại vườn khoảng 20%, mở ra hướng đi mới cho bưởi da xanh Bến Tre.
""", byline="Theo Báo Đồng Khởi", author=None,
          opts={"slug": "htx-nong-nghiep-thanh-phu-xuat-khau-lo-buoi-da-xanh-dau-tien", "cat": "tin-hoat-dong",
                "reactions": []},
          notes=["'Theo Báo Đồng Khởi' closes the text: a reprint, no author"],
          **at(datetime(2024, 5, 14, 14, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp An Thạnh",
          body="""
Chiều 8/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp An Thạnh (huyện Mỏ Cày Nam).
HTX hiện cung ứng vật tư, cây giống và tiêu thụ dừa, bưởi cho hơn 300 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng kho lạnh bảo quản trái cây từ nguồn vốn Quỹ hỗ trợ phát triển HTX.
""", byline="Thanh Tâm", author="Thanh Tâm",
          opts={"slug": "lien-minh-htx-tinh-lam-viec-voi-htx-an-thanh", "cat": "tin-hoat-dong", "reactions": []},
          notes=["posted at 06:20 on 9 May (Vietnam) about the afternoon before: Pluck prints UTC, so the info line reads "
                 "'08-05-2024 lúc 23:20' (the day before, like the event 'Chiều 8/5' in its text); published = "
                 "2024-05-09 06:20 +07:00; 'Thanh Tâm' closes it -> author"],
          **at(datetime(2024, 5, 9, 6, 20))),
        A(path="", title="HTX Bưởi da xanh Mỹ Thạnh An nâng hạng sản phẩm OCOP 4 sao",
          body="""
Sản phẩm bưởi da xanh của HTX Bưởi da xanh Mỹ Thạnh An (TP Bến Tre) vừa được công nhận nâng hạng OCOP 4 sao.
Để đạt tiêu chuẩn, HTX đầu tư hệ thống tưới tiết kiệm, áp dụng truy xuất nguồn gốc bằng mã QR cho từng lô hàng.
Sản phẩm của HTX hiện có mặt tại hệ thống siêu thị ở TP Hồ Chí Minh và trên các sàn thương mại điện tử.
""", byline="Nguyễn Thị Kim Ngân", author="Nguyễn Thị Kim Ngân",
          opts={"slug": "htx-buoi-da-xanh-my-thanh-an-nang-hang-ocop-4-sao", "cat": "tin-hoat-dong", "pretty": True,
                "reactions": [("Lê Văn Hùng", "Bưởi Mỹ Thạnh An ngon, mong HTX giữ vững chất lượng.")]},
          notes=["the bare name 'Nguyễn Thị Kim Ngân' closes the text: the author; on page 2 of 'Tin tức' but also in the "
                 "home page's 'Tin nổi bật' as /blog/<slug> (an alias); one reaction under it (not text)"],
          **at(datetime(2024, 4, 25, 16, 10))),
        A(path="", title="Liên minh HTX tỉnh Bến Tre sơ kết công tác quý I năm 2024",
          body="""
Ngày 10/4, Liên minh HTX tỉnh Bến Tre tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2024.
[img so-ket-quy-1.png] Quang cảnh hội nghị sơ kết
Trong quý I, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 6 HTX, tư vấn cho 18 HTX xây dựng phương án sản xuất kinh doanh.
""", byline="Tin, ảnh: Phạm Hoàng Nam", author="Phạm Hoàng Nam",
          opts={"slug": "lien-minh-htx-tinh-ben-tre-so-ket-cong-tac-quy-i-nam-2024", "cat": "tin-hoat-dong", "reactions": []},
          notes=["the oldest post: only on the blog's page 2 (?file=tin-tuc&p=2; its category 'Tin hoạt động' has no page "
                 "of its own, the home page does not link it); 'Tin, ảnh: Phạm Hoàng Nam' -> author"],
          **at(datetime(2024, 4, 12, 9, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n<tr>\n'
                       + "\n".join(f'<td style="width: 25%;"><strong>{esc(c)}</strong></td>' for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f'<td style="width: 25%;">{esc(c)}</td>' for c in r) + "\n</tr>\n"
                                 for r in rows) + "</tbody>\n</table>")
        elif b.kind == "img":
            cap = f"\n<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure class="image"><img src="/images/{b.src}" alt="" width="600" height="400" />{cap}</figure>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def truncate(html_text: str, limit: int = 500) -> str:
    """The blog module's truncate(): strip_tags, cut at `limit` bytes, back to the last space, '...'."""
    raw = html_text.encode("utf-8")
    if len(raw) <= limit:
        return html_text  # echoed as it is, tags and all
    text = re.sub(r"<[^>]*>", "", html_text).encode("utf-8")[:limit]
    text = text[:text.rfind(b" ")]
    return esc(text.decode("utf-8", "ignore")) + "..."


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ben-tre", f"{TITLE} (Pluck 4.7)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/?file=tin-tuc&module=blog&page=viewpost&post={a.opts['slug']}"
    oldest = arts[-1]

    def post_href(a: RichArticle, page: str = "tin-tuc") -> str:
        return f"/?file={page}&amp;module=blog&amp;page=viewpost&amp;post={a.opts['slug']}"

    def more_link(a: RichArticle) -> str:
        n = len(a.opts["reactions"])
        return f"{n} phản hồi" if n else "chưa có phản hồi"

    def layout(page_title: str, current: str | None, content: str, lytebox: bool = False, meta: str = "") -> str:
        menu = "".join((f'<li class="active" id="active">' if seo == current else "<li>")
                       + f'<a href="/?file={seo}" >{esc(t)}</a></li>' for seo, t in PAGES)
        lb = ('\n<script type="text/javascript" src="/data/modules/albums/lib/lytebox/lytebox.js"></script>\n<link '
              'rel="stylesheet" href="/data/modules/albums/lib/lytebox/lytebox.css" type="text/css" media="screen" />'
              if lytebox else "")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="generator" content="pluck 4.7.18" />
<title>{esc(page_title)} - {esc(TITLE)}</title>
<link href="/data/reset.css" rel="stylesheet" type="text/css" />
<link href="/data/themes/lienminh/style.css" rel="stylesheet" type="text/css" />
{meta}{lb}
</head>
<body>
<div id="container">
	<div id="topbar"><span class="today">{TODAY}</span><marquee class="slogan" scrollamount="3">{esc(SLOGAN)}</marquee></div>
	<div id="header">
		<h1 title="{attr(TITLE)}">{esc(TITLE)}</h1>
		<ul>{menu}</ul>
	</div>
	<div id="content">
		<h2 title="{attr(page_title)}">{esc(page_title)}</h2>
		{content}
	</div>
	<div id="footer">
		<p>{esc(COPY)}</p>
		<p>{esc(ADDRESS)}</p>
		<p>{esc(PHONE)}</p>
		<a href="/login.php">admin</a> | powered by <a href="{{{{base:offsite}}}}/pluck/">pluck</a>
	</div>
</div>
</body>
</html>
"""

    # posts
    for a in arts:
        reactions = ""
        rid = 0
        for i, (name, msg) in enumerate(a.opts["reactions"]):
            rid += 1
            when = utc(a.date + timedelta(hours=5 + 9 * i, minutes=12))
            reactions += (f'\n\t\t\t\t\t\t<div class="blog_reaction" id="reaction{rid}">\n\t\t\t\t\t\t\t<p class="blog_reaction_name">'
                          f'\n\t\t\t\t\t\t\t\t{esc(name)}:\t\t\t\t\t\t\t</p>\n\t\t\t\t\t\t\t<span class="blog_reaction_info">\n\t\t\t\t\t\t\t\t'
                          f'<a href="#reaction{rid}">{when:%d-%m-%Y} lúc {when.hour}:{when:%M}</a>\n\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t'
                          f'<p class="blog_reaction_message">{esc(msg)}</p>\n\t\t\t\t\t\t</div>')
            site.extra_boilerplate += [name, msg]
        content = f"""<div id="blog_post">
			<span id="blog_post_info">
				{info(a.date, a.opts['cat'])}			</span>
			<div id="blog_post_content">
			{body_html(a)}			</div>
		</div>

					<div id="blog_reactions">
				<p>
					{more_link(a)}				</p>{reactions}
								<form id="blog_post_form" method="post" action="">
					<div>
						<label for="blog_reaction_name">Họ tên:</label>
						<br />
						<input name="blog_reaction_name" id="blog_reaction_name" type="text" />
						<br />
						<label for="blog_reaction_email">Email:</label>
						<br />
						<input name="blog_reaction_email" id="blog_reaction_email" type="text" />
						<br />
						<label for="blog_reaction_website">Website:</label>
						<br />
						<input name="blog_reaction_website" id="blog_reaction_website" type="text" value="http://" />
						<br />
						<label for="blog_reaction_message">Nội dung:</label>
						<br />
						<textarea name="blog_reaction_message" id="blog_reaction_message" rows="7" cols="45"></textarea>
						<br />
						<input type="submit" name="submit" value="Gửi" />
					</div>
				</form>
			</div>

			<p>
		<a href="javascript: history.go(-1)" title="quay lại">&lt;&lt;&lt; quay lại</a>
	</p>
	"""
        site.page(a.path, layout(a.title, "tin-tuc", content))
        for page, cat in CAT_PAGES.items():
            if a.opts["cat"] == cat:
                alias = f"/?file={page}&module=blog&page=viewpost&post={a.opts['slug']}"
                site.page(alias, layout(a.title, page, content))
                a.aliases.append(alias)
        if a.opts.get("pretty"):
            pretty = f"/blog/{a.opts['slug']}"
            site.same_page(pretty, a.path)
            a.aliases.append(pretty)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BEN TRE", "THONG BAO SO 12/TB-LMHTX"]))
        site.add_article(a)
    site.trap("Pluck prints every date in UTC (data/inc/security.php sets it): each info line is 7 hours behind the "
              "true Vietnam time", arts[0].path)

    # blog listings: the page's own text, then the module
    def listing(page: str, cat: str | None, intro: str) -> None:
        items = [a for a in arts if cat is None or a.opts["cat"] == cat]
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            path = f"/?file={page}" if n == 1 else f"/?file={page}&p={n}"
            posts = "".join(f"""
				<div class="blog_post">
					<p class="blog_post_title">
						<a href="{post_href(a, page)}" title="{attr(a.title)}">{esc(a.title)}</a>
					</p>
					<span class="blog_post_info">
						{info(a.date, a.opts['cat'])}					</span>
					<div class="blog_post_content">
						{truncate(body_html(a))}					</div>
										<p class="blog_post_more">
						<a href="{post_href(a, page)}" title="{more_link(a)}">&raquo; {more_link(a)}</a>
					</p>
				</div>
				""" for a in chunk)
            pager = "<p>Trang: " + "".join(
                (f"{k} " if k == n else f'<a href="/?file={page}">{k}</a> ' if k == 1 else
                 f'<a href="/?file={page}&amp;p={k}">{k}</a> ') for k in range(1, len(pages) + 1)) + "</p>"
            title = dict(PAGES)[page]
            site.page(path, layout(title, page, f"<p>{esc(intro)}</p>\n{posts}{pager}"))
            site.non_articles.append(path)

    listing("tin-tuc", None, "Tin tức hoạt động của Liên minh HTX tỉnh và các HTX, tổ hợp tác trên địa bàn tỉnh Bến Tre.")
    listing("thong-bao", "thong-bao", "Thông báo, văn bản chỉ đạo của Liên minh HTX tỉnh.")
    listing("kien-thuc", "kien-thuc", "Kiến thức, kỹ thuật sản xuất dành cho HTX và thành viên.")
    site.trap("'Tin tức' (?file=tin-tuc): the blog module, 5 posts a page (title, the UTC info line, 500 bytes of "
              "tag-stripped text, '» 1 phản hồi'), 'Trang: 1 2': ?file=tin-tuc&p=2 holds the three oldest",
              "/?file=tin-tuc&p=2")
    site.trap("'Thông báo' and 'Kiến thức - Kỹ thuật' include the blog filtered to one category: their post links "
              "carry their own ?file=… (the same post: aliases)", "/?file=thong-bao")

    # home: the editors' own page text with short links
    featured = [a for a in arts if a.opts.get("pretty")]
    home = ("<p>Chào mừng bạn đến với trang thông tin của Liên minh Hợp tác xã tỉnh Bến Tre.</p>\n"
            "<p><strong>Tin nổi bật:</strong></p>\n<ul>\n"
            + "\n".join(f'<li><a href="/blog/{a.opts["slug"]}">{esc(a.title)}</a></li>' for a in featured)
            + '\n</ul>\n<p>Xem tất cả tin tức tại mục <a href="/?file=tin-tuc">Tin tức</a>.</p>')
    site.page("/?file=trang-chu", layout("Trang chủ", "trang-chu", home,
                                         meta='<meta name="description" content="Trang thông tin Liên minh HTX tỉnh Bến Tre" />\n'))
    site.redirect("/", "/?file=trang-chu", 302)
    site.non_articles.append("/?file=trang-chu")
    site.trap("'/' answers 302 to /?file=trang-chu, whose hand-typed 'Tin nổi bật' links two posts as /blog/<slug> "
              "(aliases)", "/?file=trang-chu")
    site.page("/?file=gioi-thieu", layout("Giới thiệu", "gioi-thieu",
                                          "<p>Liên minh Hợp tác xã tỉnh Bến Tre là tổ chức kinh tế - xã hội, đại diện và "
                                          "bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n"
                                          "<h3>Chức năng, nhiệm vụ</h3>\n<ul>\n<li>Tuyên truyền, vận động phát triển kinh tế "
                                          "tập thể;</li>\n<li>Tư vấn, hỗ trợ thành lập và phát triển HTX.</li>\n</ul>"))
    site.non_articles.append("/?file=gioi-thieu")

    # albums
    albums = {"ngay-hoi-ocop-2024": ("Ngày hội OCOP Bến Tre 2024", ["gian-hang-1", "gian-hang-2", "khai-mac"]),
              "vuon-dua-huu-co": ("Vườn dừa hữu cơ", ["vuon-dua-1", "vuon-dua-2"])}

    def getimage(album: str, name: str, thumb: bool) -> str:
        path = f"/data/modules/albums/albums_getimage.php?image={album}/{'thumb/' if thumb else ''}{name}.jpg"
        file = f"_routes/albums-{album}-{'t-' if thumb else ''}{name}.png"
        if file not in site.files:
            site.files[file] = png(8, 6, (40, 120 if thumb else 90, 60))
            site.routes.append({"path": path, "file": file, "content_type": "image/png"})
        return path.replace("&", "&amp;")

    rows = ""
    for slug, (name, images) in albums.items():
        href = f"/?file=thu-vien-anh&amp;module=albums&amp;page=viewalbum&amp;album={slug}"
        rows += (f'<div class="album">\n<table>\n<tr>\n<td>\n<a href="{href}" title="album {attr(name)}">\n<img alt="{attr(name)}" '
                 f'title="{attr(name)}" src="{getimage(slug, images[0], True)}" />\n</a>\n</td>\n<td>\n<span class="albuminfo">'
                 f'\n<a href="{href}" title="{attr(name)}">{esc(name)}</a>\n</span>\n</td>\n</tr>\n</table>\n</div>\n')
        view = ""
        for img in images:
            big = getimage(slug, img, False)
            title = img.replace("-", " ").capitalize()
            view += (f'<div class="album">\n<table>\n<tr>\n<td>\n<a href="{big}" rel="lytebox[album]" title="{title}">\n<img '
                     f'src="{getimage(slug, img, True)}" '
                     f'alt="{title}" title="{title}" />\n</a>\n</td>\n<td>\n<span class="albuminfo">{title}</span>\n<br />\n'
                     f"<i>{esc(name)}</i>\n</td>\n</tr>\n</table>\n</div>\n")
        view += '<p>\n<a href="/?file=thu-vien-anh" title="quay lại">&lt;&lt;&lt; quay lại</a>\n</p>'
        path = f"/?file=thu-vien-anh&module=albums&page=viewalbum&album={slug}"
        site.page(path, layout(name, "thu-vien-anh", view, lytebox=True))
        site.non_articles.append(path)
    site.page("/?file=thu-vien-anh", layout("Thư viện ảnh", "thu-vien-anh", rows, lytebox=True))
    site.non_articles.append("/?file=thu-vien-anh")
    site.trap("the albums module: ?file=thu-vien-anh and ?file=thu-vien-anh&module=albums&page=viewalbum&album=<slug> "
              "(thumbnails from /data/modules/albums/albums_getimage.php?image=…): galleries, not articles",
              "/?file=thu-vien-anh&module=albums&page=viewalbum&album=ngay-hoi-ocop-2024")
    for d in ("lytebox.js", "lytebox.css"):
        site.static(f"/data/modules/albums/lib/lytebox/{d}", "/* lytebox */\n")

    site.page("/?file=lien-he", layout("Liên hệ", "lien-he", f"""<p>{esc(ADDRESS)}</p>
<p>{esc(PHONE)}</p>
		<form method="post" action="/?file=lien-he" id="contactform">
			<div>
				<label for="contactform_name">Họ tên:</label>
				<br />
				<input name="contactform_name" id="contactform_name" type="text" />
				<br />
				<label for="contactform_sender">Email:</label>
				<br />
				<input name="contactform_sender" id="contactform_sender" type="text" />
				<br />
				<label for="contactform_message">Nội dung:</label>
				<br />
				<textarea name="contactform_message" id="contactform_message" rows="7" cols="45"></textarea>
				<br />
				<input type="submit" name="submit" value="Gửi" />
			</div>
		</form>"""))
    site.non_articles.append("/?file=lien-he")
    site.trap("the contactform module's page ?file=lien-he: not an article", "/?file=lien-he")
    site.page("/login.php", f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html;charset=utf-8" /><title>pluck 4.7.18 - đăng nhập</title></head>
<body><div id="container"><h1>{esc(TITLE)}</h1><form action="/login.php" method="post"><input name="cont1" type="password" />
<input type="submit" name="submit" value="Đăng nhập" /></form></div></body></html>
""")
    site.never_fetched.append("/login.php")
    site.static("/robots.txt", "User-agent: *\nDisallow: /data/\nDisallow: /docs/\nDisallow: /login.php\n")
    site.trap("robots.txt (Pluck's /data/ and /docs/, plus /login.php added by the web company): the footer's 'admin' "
              "link /login.php is never fetched", "/login.php")
    assert oldest.path not in home
    return site
