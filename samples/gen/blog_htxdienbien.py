"""Site `blog-htxdienbien` (registry family `generic`): "Blog HTX Điện Biên", the blog of the Điện Biên cooperative
alliance's office and two staff writers on **Emlog Pro 2.5** (the Chinese PHP blog engine) with its **default
template**, whose labels the owner translated into Vietnamese; URL rewriting on ("file" mode) with post aliases and
the `.html` suffix. Written as a held-out test: no family module, no selectors.

URL shapes (Emlog's `Url::` helpers): posts `/<alias>.html` at the site root, which is also the shape of the
independent pages (`/gioi-thieu.html`, `/lien-he.html`); Emlog still answers every post at `/?post=<gid>` and at
`/post-<gid>.html` (the same page, no redirect, no canonical: old links use them); the home list `/` and `/page/<n>`,
categories `/sort/<alias>`, tags `/tag/<urlencode(name)>` (PHP's `urlencode`: spaces become `+`), authors
`/author/<uid>`, month archives `/record/<yyyymm>`, search `/?keyword=` (a GET form), the RSS `/rss.php`; every page
has `<base href>` the site root; uploads `/content/uploadfile/<yyyymm>/<hash>.<ext>`.

Why it is hard: no machine date anywhere on a post page (Emlog prints no metadata but keywords and description): the
`p.date` line under `h1.log-title` says "Thời gian: 2026-1-16 08:30" (PHP `Y-n-j H:i`, month and day unpadded), the
lists "2026-1-16"; comments print `smartDate` ("khoảng 2 giờ trước", older ones `Y-m-d H:i`, padded). The text is
`div.markdown#emlogEchoLog` (Editor.md Markdown output: `<p>`, `<h2>`, lists, tables, an image and its italic caption
in one `<p>` split by `<br />`). The home list prints the manual excerpt when a post has one (a separate field, NOT
in the text, with "Đọc tiếp>>") and otherwise the WHOLE post (auto-excerpt is off); a pinned notice ("Ghim") heads
the home page. The author line names the Emlog account; the office account "Liên minh HTX Điện Biên" never is the
author, a staff account is, a closing byline wins. Sidebar: blogger card, a calendar loaded by script, tags, new
comments (commenters' words), new and most-read posts, archives "Tháng 1/2026 (2)", links, a custom HTML widget with
visits and weather.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "blog-htxdienbien"
BLOG = "Blog HTX Điện Biên"
INFO = "Chia sẻ thông tin kinh tế tập thể vùng đất lịch sử Điện Biên"
HTML = "text/html; charset=UTF-8"
NOW = datetime(2026, 2, 10, 9, 40)
USERS = {1: "Liên minh HTX Điện Biên", 2: "Lường Thị Ngọc", 3: "Cà Văn Tuấn"}
SORTS = {"tin-tuc": "Tin tức", "van-ban": "Văn bản", "guong-htx": "Gương HTX", "hinh-anh": "Hình ảnh"}
BLOGGER_DES = "Trang tin của Văn phòng Liên minh HTX tỉnh Điện Biên, số 868 đường Võ Nguyên Giáp, phường Điện Biên Phủ."
FOOTER = "Bản quyền © 2025 Blog HTX Điện Biên. Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
FURN = [INFO, BLOGGER_DES, FOOTER, "Powered by emlog pro", "Bình luận mới", "Bài mới", "Bài xem nhiều", "Lưu trữ",
        "Liên kết", "Thẻ", "Chuyên mục", "Tìm kiếm", "Lịch", "Người viết", "Viết bình luận:", "Trả lời",
        "Lượt truy cập hôm nay: 86 | Tổng: 61.407", "Thời tiết Điện Biên Phủ: 19°C, trời quang",
        "Thời gian:", "Tác giả:", "Lượt xem:"]
COMMENTS = {
    "tong-ket": [(41, "HTX Mường Phăng", datetime(2026, 1, 16, 14, 5), "Chúc mừng Liên minh HTX tỉnh, mong năm 2026 có thêm nhiều lớp tập huấn."),
                 (42, "Quàng Thị Yến", datetime(2026, 1, 17, 8, 12), "Cho hỏi bao giờ có kế hoạch hỗ trợ HTX làm kho lạnh ạ?")],
    "ke-hoach": [(47, "Giàng A Lử", datetime(2026, 2, 10, 7, 25), "HTX chúng tôi ở Tủa Chùa muốn đăng ký cử 2 người đi học.")],
    "ca-phe": [(39, "Lò Văn Khăm", datetime(2025, 12, 3, 20, 40), "Ảnh đẹp quá, cà phê Mường Ảng năm nay được giá.")],
}


def ynj(d: datetime, with_time: bool = True) -> str:
    return f"{d.year}-{d.month}-{d.day}" + (f" {d:%H:%M}" if with_time else "")


def smart(d: datetime) -> str:
    sec = (NOW - d).total_seconds()
    if sec < 3600:
        return f"{int(sec // 60)} phút trước"
    if sec < 86400:
        return f"khoảng {int(sec // 3600)} giờ trước"
    return f"{d:%Y-%m-%d %H:%M}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="tong-ket-nam-2025-lien-minh-htx-tinh-dien-bien", title="Liên minh HTX tỉnh Điện Biên tổng kết công tác năm 2025",
          body="""
Ngày 15/1, Liên minh HTX tỉnh Điện Biên tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.
Năm 2025, toàn tỉnh có 412 HTX đang hoạt động, tăng 37 HTX so với năm trước; doanh thu bình quân đạt 1,9 tỷ đồng mỗi HTX.
[img tong-ket-2025.png] Lãnh đạo Liên minh HTX tỉnh tặng giấy khen cho các HTX tiêu biểu
## Kết quả nổi bật
Liên minh HTX đã tư vấn thành lập mới 26 HTX, tổ chức 9 lớp tập huấn cho 540 lượt cán bộ quản lý HTX.
## Nhiệm vụ năm 2026
Năm 2026, Liên minh HTX phấn đấu thành lập mới ít nhất 30 HTX, trong đó có 5 HTX ứng dụng công nghệ cao.
""", byline="Bài, ảnh: Lò Văn Pánh", author="Lò Văn Pánh",
          opts={"gid": 31, "sort": "tin-tuc", "tags": ["Hội nghị", "Kinh tế tập thể"], "uid": 1, "views": 348, "com": "tong-ket",
                "excerpt": "Năm 2025, khu vực kinh tế tập thể tỉnh Điện Biên tiếp tục phát triển cả về số lượng và chất lượng."},
          notes=["post /<alias>.html: no metadata date; 'Thời gian: 2026-1-16 08:30' (Y-n-j H:i, unpadded) under h1.log-title; "
                 "the author line names the office account 'Liên minh HTX Điện Biên': 'Bài, ảnh: Lò Văn Pánh' closes the text -> "
                 "author; its manual excerpt (a separate field, shown on the home list with 'Đọc tiếp>>') is no text; two "
                 "comments with their own dates ('2026-01-16 14:05', padded)"],
          **at(datetime(2026, 1, 16, 8, 30))),
        A(path="ke-hoach-05-kh-lmhtx-tap-huan-quan-tri-htx-nam-2026",
          title="Kế hoạch số 05/KH-LMHTX tập huấn nâng cao năng lực quản trị HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH ĐIỆN BIÊN
Số: 05/KH-LMHTX
Điện Biên, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Tập huấn nâng cao năng lực quản trị HTX năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Trang bị cho cán bộ quản lý HTX kiến thức về Luật HTX năm 2023, quản trị tài chính và xây dựng phương án kinh doanh.
## II. THỜI GIAN, ĐỊA ĐIỂM
Tổ chức 4 lớp từ tháng 3 đến tháng 6/2026 tại phường Điện Biên Phủ, xã Tuần Giáo, xã Mường Ảng và xã Tủa Chùa.
CHỦ TỊCH
Lò Thị Hương
""", author=None, doc_number="05/KH-LMHTX",
          attachments=[{"path": "/content/uploadfile/202601/5f2a9c1e0b7d.pdf", "text": "KH-05-LMHTX-tap-huan-2026.pdf"}],
          opts={"gid": 33, "sort": "van-ban", "tags": ["Văn bản", "Tập huấn"], "uid": 1, "views": 512, "com": "ke-hoach", "top": True},
          notes=["plan 'Số: 05/KH-LMHTX' dated 20/01 in the text, posted '2026-1-22 14:15'; pinned: 'Ghim' heads the home page "
                 "above newer posts; the signer is text, author null; the upload after 'Tải về:' (the hashed "
                 "/content/uploadfile/202601/… name, the link text the original name): an attachment; a comment of this "
                 "morning prints 'khoảng 2 giờ trước'"],
          **at(datetime(2026, 1, 22, 14, 15))),
        A(path="ket-qua-chuong-trinh-ocop-cua-htx-nam-2025", title="Kết quả thực hiện Chương trình OCOP của các HTX năm 2025",
          body="""
Năm 2025, các HTX trên địa bàn tỉnh có thêm 19 sản phẩm đạt chuẩn OCOP, nâng tổng số lên 87 sản phẩm.
| Nhóm sản phẩm | Số sản phẩm | 3 sao | 4 sao |
| Gạo, ngũ cốc | 21 | 17 | 4 |
| Chè, cà phê | 18 | 13 | 5 |
| Dược liệu | 12 | 10 | 2 |
| Thực phẩm chế biến | 36 | 31 | 5 |
Gạo Séng Cù, cà phê Mường Ảng và chè Shan tuyết Tủa Chùa là các nhóm sản phẩm có giá trị cao nhất.
""", byline="Theo Báo Điện Biên Phủ", author=None,
          opts={"gid": 29, "sort": "tin-tuc", "tags": ["OCOP"], "uid": 1, "views": 263},
          notes=["a Markdown table (one line per row); 'Theo Báo Điện Biên Phủ' names a newspaper: text, author null; no "
                 "excerpt: printed IN FULL on the home page"],
          **at(datetime(2025, 12, 20, 15, 0))),
        A(path="anh-htx-ca-phe-muong-ang-vao-vu-thu-hoach", title="Ảnh: HTX cà phê Mường Ảng vào vụ thu hoạch",
          body="""
Đầu tháng 12, các HTX cà phê ở Mường Ảng bước vào vụ thu hoạch chính với sản lượng ước đạt 2.600 tấn quả tươi.
[img ca-phe-muong-ang-1.png] Thành viên HTX Cà phê Ẳng Nưa hái cà phê chín đỏ
[img ca-phe-muong-ang-2.png] Phơi cà phê trên giàn lưới tại sân của HTX
[img ca-phe-muong-ang-3.png] Sản phẩm cà phê rang xay đạt chuẩn OCOP 4 sao của HTX
""", byline="Ảnh: Quàng Văn Thắng", author="Quàng Văn Thắng",
          opts={"gid": 27, "sort": "hinh-anh", "tags": ["Cà phê", "Hình ảnh"], "uid": 1, "views": 401, "com": "ca-phe"},
          notes=["photo story: each Markdown image and its italic caption in one <p> split by <br /> (the alt repeats the "
                 "caption); 'Ảnh: Quàng Văn Thắng' -> author; posted 07:10"],
          **at(datetime(2025, 12, 2, 7, 10))),
        A(path="bon-buoc-htx-chuyen-doi-theo-luat-htx-2023", title="Bốn bước HTX cần làm để chuyển đổi theo Luật HTX năm 2023",
          body="""
Luật HTX năm 2023 có hiệu lực từ ngày 01/7/2024. Để tổ chức lại theo luật mới, HTX thực hiện các bước sau:
+ Rà soát thành viên, vốn góp và tài sản của HTX;
+ Xây dựng dự thảo điều lệ sửa đổi, lấy ý kiến thành viên;
+ Tổ chức đại hội thành viên thông qua điều lệ và bầu bộ máy quản lý;
+ Đăng ký thay đổi nội dung đăng ký HTX tại cơ quan đăng ký kinh doanh.
HTX cần hỗ trợ có thể liên hệ Phòng Tư vấn - Hỗ trợ của Liên minh HTX tỉnh.
""", byline="Theo Nguyễn Thị Thu Hà", author="Nguyễn Thị Thu Hà",
          opts={"gid": 24, "sort": "tin-tuc", "tags": ["Luật HTX", "Tư vấn"], "uid": 1, "views": 622,
                "excerpt": "Những việc HTX cần làm để tổ chức lại theo Luật HTX năm 2023."},
          notes=["an ordered four-item list after a line ending with a colon; 'Theo Nguyễn Thị Thu Hà' names a person -> "
                 "author; a manual excerpt on the lists (not text)"],
          **at(datetime(2025, 11, 27, 9, 0))),
        A(path="htx-che-shan-tuyet-tua-chua-ban-hang-qua-livestream", title="HTX Chè Shan tuyết Tủa Chùa bán hàng qua livestream",
          body="""
Từ tháng 9, HTX Chè Shan tuyết Tủa Chùa mỗi tuần tổ chức hai buổi livestream giới thiệu sản phẩm chè cổ thụ.
[img livestream-che.png] Giám đốc HTX giới thiệu chè Shan tuyết trên nền tảng mạng xã hội
Sau ba tháng, HTX bán được hơn 1,2 tấn chè khô, doanh thu tăng gần gấp đôi cùng kỳ.
HTX đang liên kết với một đơn vị vận chuyển để giao hàng trong ngày tới Hà Nội.
""", author="Lường Thị Ngọc",
          opts={"gid": 22, "sort": "guong-htx", "tags": ["Chè Shan tuyết", "Chuyển đổi số"], "uid": 2, "views": 305},
          notes=["posted under the staff writer's own Emlog account 'Lường Thị Ngọc' (/author/2), no byline -> author"],
          **at(datetime(2025, 11, 18, 10, 20))),
        A(path="htx-thanh-xuong-mo-rong-vung-lua-seng-cu", title="HTX Nông nghiệp Thanh Xương mở rộng vùng lúa Séng Cù",
          body="""
HTX Nông nghiệp Thanh Xương vừa mở rộng vùng sản xuất lúa Séng Cù theo hướng hữu cơ lên 85 ha.
Thành viên HTX được hỗ trợ giống, phân bón hữu cơ và được bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường 10%.
Gạo Séng Cù của HTX đã có mặt tại nhiều siêu thị ở Hà Nội và các tỉnh Tây Bắc.
""", author=None,
          opts={"gid": 20, "sort": "guong-htx", "tags": ["Lúa gạo"], "uid": 1, "views": 188},
          notes=["no byline, posted by the office account: author null; only on /page/2 (printed in full there)"],
          **at(datetime(2025, 11, 6, 16, 45))),
        A(path="doan-cong-tac-lien-minh-htx-viet-nam-lam-viec-tai-dien-bien", title="Đoàn công tác Liên minh HTX Việt Nam làm việc tại Điện Biên",
          body="""
Ngày 22/10, đoàn công tác Liên minh HTX Việt Nam do Phó Chủ tịch Cao Xuân Thu Vân làm trưởng đoàn làm việc tại tỉnh Điện Biên.
## Kiến nghị của Liên minh HTX tỉnh
Liên minh HTX tỉnh kiến nghị hỗ trợ xây dựng trung tâm giới thiệu sản phẩm OCOP và mô hình HTX kiểu mới.
## Ý kiến của đoàn công tác
Đoàn ghi nhận kết quả của tỉnh và đề nghị tập trung phát triển HTX gắn với du lịch cộng đồng.
""", byline="Minh Tuấn - Văn phòng Liên minh", author="Minh Tuấn",
          opts={"gid": 18, "sort": "tin-tuc", "tags": ["Hội nghị"], "uid": 1, "views": 156},
          notes=["oldest post: only on /page/2; byline 'Minh Tuấn - Văn phòng Liên minh' -> Minh Tuấn; the about page links "
                 "it as /?post=18 and the contact page as /post-18.html (Emlog answers both with the same page): aliases"],
          **at(datetime(2025, 10, 23, 8, 0))),
    ]


def render(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="h2-{len(out)}"><a name="{attr(b.text)}" class="reference-link"></a><span class="header-link octicon octicon-link"></span>{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            src = f"{{{{base}}}}/content/uploadfile/{a.date:%Y%m}/{b.src}"
            out.append(f'<p><img src="{src}" alt="{attr(b.text)}" title="{attr(b.text)}"><br /><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{{{{base}}}}{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def tag_url(t: str) -> str:
    return "/tag/" + quote_plus(t)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dien-bien", "Blog HTX Điện Biên (blog Emlog của Liên minh HTX tỉnh Điện Biên)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["alias"] = a.path
        a.path = f"/{a.path}.html"
    by_gid = {a.opts["gid"]: a for a in posts}
    tags = sorted({t for p in posts for t in p.opts["tags"]})
    all_comments = sorted(((cid, name, d, txt, a) for a in posts for cid, name, d, txt in COMMENTS.get(a.opts.get("com"), [])),
                          key=lambda c: c[2], reverse=True)
    months = sorted({(a.date.year, a.date.month) for a in posts}, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def side() -> str:
        tagc = "".join(f'<li><a href="{{{{base}}}}{tag_url(t)}" class="tags" style="font-size:{12 + 2 * sum(t in p.opts["tags"] for p in posts)}px">'
                       f'{esc(t)}</a></li>' for t in tags)
        sorts = "".join(f'<li><a href="{{{{base}}}}/sort/{s}">{esc(n)}<span class="badge">({sum(p.opts["sort"] == s for p in posts)})</span></a></li>'
                        for s, n in SORTS.items())
        newc = "".join(f'<li class="comment-info"><img class="avatar" src="{{{{base}}}}/admin/views/images/avatar.svg" alt="">'
                       f'<span class="comm-lates-name">{esc(name)}</span><span class="logcom-latest-time">{smart(d)}</span><br />'
                       f'<a href="{{{{base}}}}{a.path}#{cid}" class="comment-content">{esc(txt)}</a></li>' for cid, name, d, txt, a in all_comments[:4])
        newl = "".join(f'<li><a href="{{{{base}}}}{p.path}">{esc(p.title)}</a></li>' for p in posts[:5])
        hot = "".join(f'<li><a href="{{{{base}}}}{p.path}">{esc(p.title)}</a></li>' for p in sorted(posts, key=lambda p: -p.opts["views"])[:4])
        rec = "".join(f'<li><a href="{{{{base}}}}/record/{y}{m:02d}">Tháng {m}/{y}({sum(1 for p in posts if (p.date.year, p.date.month) == (y, m))})</a></li>'
                      for y, m in months)
        links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{esc(t)}</a></li>'
                        for t, h in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Báo Điện Biên Phủ", "/baodienbienphu/")])

        def w(title: str, body: str) -> str:
            return f'<div class="widget shadow-theme"><div class="widget-title"><h3>{title}</h3></div>{body}</div>'

        return ('<div class="column-small"><div class="sidebar">'
                + w("Người viết", f'<div class="bloggerinfo"><img class="bloggerinfo-img" src="{{{{base}}}}/content/uploadfile/logo/lmhtx-dienbien.png" alt="blogger">'
                    f'<div class="bloginfo-name"><b>{USERS[1]}</b></div><div class="bloginfo-descript">{BLOGGER_DES}</div></div>')
                + w("Lịch", f'<div id="calendar"></div><script>sendinfo(\'{{{{base}}}}/?action=cal\', \'calendar\');</script>')
                + w("Thẻ", f'<ul class="unstyle-li tag-container">{tagc}</ul>')
                + w("Chuyên mục", f'<ul class="unstyle-li log-classify-f">{sorts}</ul>')
                + w("Bình luận mới", f'<ul class="unstyle-li">{newc}</ul>')
                + w("Bài mới", f'<ul class="unstyle-li">{newl}</ul>')
                + w("Bài xem nhiều", f'<ul class="unstyle-li">{hot}</ul>')
                + w("Lưu trữ", f'<ul class="unstyle-li">{rec}</ul>')
                + w("Liên kết", f'<ul class="unstyle-li">{links}</ul>')
                + w("Tìm kiếm", f'<form name="keyform" method="get" action="{{{{base}}}}/index.php"><input name="keyword" class="search form-control" autocomplete="off" type="text"/></form>')
                + w("Thống kê", '<div class="custom-widget"><p>Lượt truy cập hôm nay: 86 | Tổng: 61.407</p>'
                    '<p>Thời tiết Điện Biên Phủ: 19°C, trời quang</p></div>')
                + "</div></div>")

    def layout(title: str, desc: str, keywords: str, main: str) -> str:
        nav = "".join(f'<li class="list-item list-menu"><a href="{{{{base}}}}{h}" class="nav-link">{t}</a></li>'
                      for t, h in [("Trang chủ", "/"), ("Tin tức", "/sort/tin-tuc"), ("Văn bản", "/sort/van-ban"),
                                   ("Gương HTX", "/sort/guong-htx"), ("Hình ảnh", "/sort/hinh-anh"),
                                   ("Giới thiệu", "/gioi-thieu.html"), ("Liên hệ", "/lien-he.html")])
        return f"""<!doctype html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>{esc(title)}</title>
    <meta name="keywords" content="{attr(keywords)}"/>
    <meta name="description" content="{attr(desc)}"/>
    <base href="{{{{base}}}}/"/>
    <link rel="alternate" title="RSS" href="{{{{base}}}}/rss.php" type="application/rss+xml"/>
    <link href="{{{{base}}}}/content/templates/default/css/style.css?t=1735689600" rel="stylesheet" type="text/css"/>
    <link href="{{{{base}}}}/content/templates/default/css/markdown.css?t=1735689600" rel="stylesheet" type="text/css"/>
    <script src="{{{{base}}}}/admin/views/js/jquery.min.3.5.1.js?t=1735689600"></script>
    <script src="{{{{base}}}}/content/templates/default/js/common_tpl.js?t=1735689600"></script>
</head>
<body>
<nav class="blog-header">
    <div class="blog-header-c container">
        <a class="blog-header-title" href="{{{{base}}}}/">{BLOG}</a>
        <div class="blog-header-subtitle subtitle-overflow" title="{attr(INFO)}">{INFO}</div>
        <div class="blog-header-toggle"><svg class="blog-header-toggle-svg" viewBox="0 0 24 24"></svg></div>
        <div class="blog-header-nav" id="navbarResponsive"><ul class="nav-list">{nav}</ul></div>
    </div>
</nav>
{main}
<footer class="blog-footer">
    <p>Powered by <a href="{{{{base:offsite}}}}/emlog/" title="emlog">emlog pro</a></p>
    <p>{FOOTER}</p>
</footer>
</body>
</html>
"""

    def tags_line(a: RichArticle) -> str:
        return ('<div class="log-tag-list">Thẻ: ' + " ".join(f'<a href="{{{{base}}}}{tag_url(t)}" class="tags" title="Thẻ">{esc(t)}</a>'
                                                           for t in a.opts["tags"]) + "</div>")

    def info(a: RichArticle, full: bool) -> str:
        uid = a.opts["uid"]
        s = a.opts["sort"]
        ncom = len(COMMENTS.get(a.opts.get("com"), []))
        if full:
            return (f'<p class="date"><span class="log-info-item">Tác giả: <a href="{{{{base}}}}/author/{uid}" title="Bài viết của {attr(USERS[uid])}">'
                    f'{esc(USERS[uid])}</a></span> <span class="log-info-item">Thời gian: {ynj(a.date)}</span> '
                    f'<span class="log-info-item">Chuyên mục: <a href="{{{{base}}}}/sort/{s}">{SORTS[s]}</a></span> '
                    f'<span class="log-info-item">Lượt xem: {a.opts["views"]}</span> '
                    f'<span class="log-info-item"><a href="{{{{base}}}}{a.path}#comments">Bình luận: {ncom}</a></span></p>')
        return (f'<div class="row info-row"><div class="log-info"><span class="log-date">{ynj(a.date, False)}</span> '
                f'<a href="{{{{base}}}}/author/{uid}">{esc(USERS[uid])}</a> <a href="{{{{base}}}}/sort/{s}">{SORTS[s]}</a></div>'
                f'<div class="log-count"><a href="{{{{base}}}}{a.path}#comments">Bình luận({ncom})</a> '
                f'<a href="{{{{base}}}}{a.path}">Lượt xem({a.opts["views"]})</a></div></div>')

    for i, a in enumerate(posts):
        o = a.opts
        prev_ = posts[i + 1] if i + 1 < len(posts) else None
        next_ = posts[i - 1] if i > 0 else None
        nav = ('<div class="neighbor-log">'
               + (f'<span class="prev-log"><a href="{{{{base}}}}{prev_.path}" title="{attr(prev_.title)}">« {esc(prev_.title)}</a></span>' if prev_ else "")
               + (f'<span class="next-log"><a href="{{{{base}}}}{next_.path}" title="{attr(next_.title)}">{esc(next_.title)} »</a></span>' if next_ else "")
               + "</div>")
        coms = COMMENTS.get(o.get("com"), [])
        clist = "".join(f'<div class="comment" id="comment-{cid}"><a name="{cid}"></a><div class="avatar"><img src="{{{{base}}}}/admin/views/images/avatar.svg" alt=""/></div>'
                        f'<div class="comment-infos"><div class="arrow"></div><b>{esc(name)}</b><span class="comment-time">{smart(d)}</span>'
                        f'<div class="comment-content">{esc(txt)}</div><div class="comment-reply"><button class="com-reply comment-replay-btn" '
                        f'onclick="commentReply({cid},this)">Trả lời</button></div></div></div>' for cid, name, d, txt in coms)
        comments = (f'<div id="comments"><div class="comment-header"><b>Đã có {len(coms)} bình luận</b></div>{clist}</div>'
                    f'<div id="comment-place"><div class="comment-post" id="comment-post"><p class="comment-header"><b>Viết bình luận:</b></p><form class="commentform" method="post" name="commentform" '
                    f'action="{{{{base}}}}/index.php?action=addcom" id="commentform"><input type="hidden" name="gid" value="{o["gid"]}"/>'
                    f'<textarea class="form-control log_comment" name="comment" id="comment" rows="10" tabindex="4" required></textarea>'
                    f'<div class="comment-info" id="comment-info"><input class="form-control com_control comment-name" autocomplete="off" type="text" '
                    f'name="comname" maxlength="49" value="" size="22" tabindex="1" placeholder="Họ tên" required/></div>'
                    f'<span class="com_submit_p"><input class="btn" type="submit" name="submit" id="comment_submit" value="Gửi bình luận" tabindex="6"/></span>'
                    f'</form></div></div>')
        main = (f'<main class="container debug-container blog-container"><div class="row"><div class="column-big">'
                f'<h1 class="log-title">{esc(a.title)}</h1>{info(a, True)}<hr class="bottom-5"/>'
                f'<div class="markdown" id="emlogEchoLog">{render(a)}</div>{tags_line(a)}{nav}{comments}</div>{side()}</div></main>')
        desc = o.get("excerpt") or " ".join(a.text_lines())[:90]
        page(a.path, layout(f"{a.title} - {BLOG}", desc, ",".join(o["tags"]), main))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/content/uploadfile/{a.date:%Y%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 05/KH-LMHTX", "Tap huan quan tri HTX nam 2026"]))
        for alias in (f"/?post={o['gid']}", f"/post-{o['gid']}.html"):
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        site.add_article(a)

    def item(a: RichArticle, pin_shown: bool) -> str:
        o = a.opts
        top = '<span title="Ghim lên trang chủ" class="log-topflg">Ghim</span>' if o.get("top") and pin_shown else ""
        body = (f'<p>{esc(o["excerpt"])}</p><p class="readmore"><a href="{{{{base}}}}{a.path}">Đọc tiếp&gt;&gt;</a></p>'
                if o.get("excerpt") else render(a))
        return (f'<div class="shadow-theme bottom-5"><div class="card-body"><h3 class="card-title">'
                f'<a href="{{{{base}}}}{a.path}" class="loglist-title">{esc(a.title)}</a>{top}</h3>'
                f'<div class="loglist-body markdown">{body}</div><div class="loglist-tag">{tags_line(a)}</div></div>{info(a, False)}</div>')

    def pager(urls: list[str], n: int) -> str:
        if len(urls) < 2:
            return ""
        parts = [f'<span>{k + 1}</span>' if k == n else f'<a href="{{{{base}}}}{u}">{k + 1}</a>' for k, u in enumerate(urls)]
        if n + 1 < len(urls):
            parts.append(f'<a href="{{{{base}}}}{urls[n + 1]}">&raquo;</a>')
        return f'<div class="pagination bottom-5">{"".join(parts)}</div>'

    def listing(base: str, title: str, header: str, items: list, pin: bool = False, per: int = 5) -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        urls = [base] + [f"{base.rstrip('/')}/page/{k}" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            main = (f'<main class="container debug-container blog-container"><div class="row"><div class="column-big">{header}'
                    + "".join(item(a, pin) for a in chunk) + pager(urls, n) + f'</div>{side()}</div></main>')
            page(urls[n], layout(title if n == 0 else f"{title} - Trang {n + 1}", INFO, "HTX Điện Biên,Liên minh HTX", main))
            site.non_articles.append(urls[n])

    home = [a for a in posts if a.opts.get("top")] + [a for a in posts if not a.opts.get("top")]
    listing("/", BLOG, "", home, pin=True)
    site.trap("home / and /page/2 (5 a page): the pinned plan first ('Ghim'), then newest first; a post with a manual "
              "excerpt shows it (not text of the post) and 'Đọc tiếp>>', the others are printed IN FULL (auto-excerpt off), "
              "with 'Y-n-j' dates ('2026-1-16'): listings", "/page/2")
    for s, n in SORTS.items():
        listing(f"/sort/{s}", f"{n} - {BLOG}", f'<div class="sort-header"><h2>{esc(n)}</h2></div>',
                [a for a in posts if a.opts["sort"] == s])
    for t in tags:
        listing(tag_url(t), f"{t} - {BLOG}", f'<div class="tag-header">Thẻ: <b>{esc(t)}</b></div>',
                [a for a in posts if t in a.opts["tags"]])
    for uid, name in USERS.items():
        listing(f"/author/{uid}", f"{name} - {BLOG}", f'<div class="author-header">Tác giả: <b>{esc(name)}</b></div>',
                [a for a in posts if a.opts["uid"] == uid])
    for y, m in months:
        listing(f"/record/{y}{m:02d}", f"Tháng {m}/{y} - {BLOG}", f'<div class="record-header"><b>Tháng {m}/{y}</b></div>',
                [a for a in posts if (a.date.year, a.date.month) == (y, m)])
    site.trap("categories /sort/<alias>, tags /tag/<urlencode> (spaces as '+': /tag/Chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91), "
              "authors /author/<uid> (an account without posts: an empty list), month archives /record/<yyyymm>: the home "
              "list's markup (full texts again): listings", tag_url("Chuyển đổi số"))

    def single(path: str, title: str, body: str) -> None:
        main = (f'<main class="container debug-container blog-container"><div class="row"><div class="column-big">'
                f'<h1 class="log-title">{esc(title)}</h1><div class="markdown" id="emlogEchoLog">{body}</div></div>{side()}</div></main>')
        page(path, layout(f"{title} - {BLOG}", INFO, "", main))
        site.non_articles.append(path)

    oldest = by_gid[18]
    single("/gioi-thieu.html", "Giới thiệu", "<p>Blog HTX Điện Biên do Văn phòng Liên minh HTX tỉnh Điện Biên lập từ năm 2022.</p>"
           f'<p>Bài viết đầu tiên sau khi chuyển sang Emlog Pro: <a href="{{{{base}}}}/?post=18">{esc(oldest.title)}</a></p>')
    single("/lien-he.html", "Liên hệ", "<p>Địa chỉ: số 868 đường Võ Nguyên Giáp, phường Điện Biên Phủ, tỉnh Điện Biên</p>"
           "<p>Điện thoại: 0215 3825 419</p>"
           f'<p>Đường dẫn cũ vẫn dùng được, ví dụ <a href="{{{{base}}}}/post-18.html">bài về đoàn công tác Liên minh HTX Việt Nam</a>.</p>')
    site.trap("independent pages /gioi-thieu.html (links a post as /?post=18) and /lien-he.html (as /post-18.html) share the "
              "posts' URL shape and h1.log-title, but no 'Thời gian' line: not articles", "/gioi-thieu.html")

    rss = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
                  f"<description><![CDATA[{render(a)}]]></description><pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
                  f"<author>{esc(USERS[a.opts['uid']])}</author><guid>{{{{base}}}}{a.path}</guid></item>" for a in posts)
    site.page("/rss.php", f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title><![CDATA[{BLOG}]]></title>'
              f'<description><![CDATA[{INFO}]]></description><link>{{{{base}}}}/</link><language>vi</language>'
              f'<generator>emlog</generator>{rss}</channel></rss>', content_type="text/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /install.php\n")
    site.trap("/rss.php: every post's full HTML with pubDate '+0700': a feed, not a page; every page carries <base href> the "
              "site root", "/rss.php")
    site.binary("/content/uploadfile/logo/lmhtx-dienbien.png", image_for("lmhtx-dienbien.png"))
    site.static("/admin/views/images/avatar.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="20" fill="#ccc"/></svg>')
    return site
