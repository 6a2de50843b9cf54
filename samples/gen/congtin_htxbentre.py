"""Site `congtin-htxbentre` (registry family `generic`): "Cổng tin Liên minh HTX Bến Tre", the news portal of the Bến
Tre cooperative alliance (before the province merged into Vĩnh Long on 1 July 2025) on **phpwcms 1.9** with the
"Sample Template (very basic)" page layout the installer creates (a grey header box, the structure menu
`{NAV_LIST_UL:P,0}` floated right under "chuyên mục:", a "bạn đang ở:" breadcrumb, `{CONTENT}`, a copyright line),
the default `template/inc_default` article templates, URL rewriting off (no mod_rewrite on the host), CKEditor 4 for
the texts. Written as a held-out test: no family module, no selectors.

URL shapes (all relative `index.php?…` links): a structure level `index.php?tin-hoat-dong`, its list pages
`index.php?tin-hoat-dong&listpage=2` (and `&listpage=1`), an article `index.php?<article alias>` or, without an alias,
`index.php?aid=27`; old style `index.php?id=2,15,0,0,1,0` still shows the article; a structure level holding one
article shows it directly at the level's address, which is also that article's canonical (Văn bản - Thông báo holds
only the notice; Giới thiệu, Liên hệ, Tìm kiếm and the home page are such levels too). Files `download.php?f=<hash>`,
images `img/cmsimage.php/<w>x<h>x<crop>/<hash>.<ext>/<name>`; `feeds.php` (FeedCreator RSS 2.0), `sitemap.php`,
`login.php`.

Why it is hard: the article view prints NO date: the title `<h1>`, the summary (`div.article-summary-text`, the
lead), then the content parts (CKEditor text with `<p>\\n\\t…</p>`, an `<h3>` content-part title, `div.images` with a
`<p>` caption under each photo — a photo without caption shows its file name "DSC_0412.jpg" —, the file list box
"Tài liệu đính kèm" with "pdf, 186.2 KB, 04/07/25, 41 downloads", a month-first date). Only the lists carry a date,
`{DATE:j. F Y lang=EN}` in English: "<strong>12. May 2025</strong>" in `div.article-list-summary` under an `<h1>` per
entry (not a link; "Xem tiếp…" is). On page 2 of a list phpwcms keeps `&listpage=2` in the article links
(`index.php?<alias>&listpage=2`), the only way to the oldest article; its `<link rel="canonical">` drops it. The
template's HTML comment still prints "Livedate: 12.05.2025 22:30:00". The feed stamps the creation time (plus 2
seconds per item) with the installer's `timeZone = "+01:00"`: a post of 22:30 on 12 May reads "Mon, 12 May 2025
22:30:00 +0100", the next day in Vietnam. Bylines are the last paragraph of the text (the backend user is never shown).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "congtin-htxbentre"
NAME = "Cổng tin Liên minh HTX Bến Tre"
ORG = "Liên minh Hợp tác xã tỉnh Bến Tre"
HTML = "text/html; charset=utf-8"
VERSION = "1.9.6"
STRUCT = {0: ("Trang chủ", ""), 1: ("Giới thiệu", "gioi-thieu"), 2: ("Tin hoạt động", "tin-hoat-dong"),
          3: ("Văn bản - Thông báo", "van-ban-thong-bao"), 4: ("Kỹ thuật - Mô hình", "ky-thuat-mo-hinh"),
          5: ("Liên hệ", "lien-he"), 6: ("Tìm kiếm", "tim-kiem")}
FOOT = "© 2025 Liên minh Hợp tác xã tỉnh Bến Tre – 35 Đại lộ Đồng Khởi, phường An Hội, thành phố Bến Tre – ĐT: 0275 3822 396"
FURN = [FOOT, "bạn đang ở:", "chuyên mục:", "Quản trị", "Tài liệu đính kèm", "DSC_0412.jpg", "41 downloads",
        "pdf, 186.2 KB, 04/07/25, 41 downloads", "Kỹ thuật - Mô hình", "Văn bản - Thông báo"]
MAXLIST = 4


def md5(s: str) -> str:
    return hashlib.md5(s.encode()).hexdigest()


def articles() -> list[RichArticle]:
    A = RichArticle

    def listed(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="listing", evidence=["listing"])

    return [
        A(path="htx-buoi-da-xanh-my-thanh-an-ky-hop-dong-xuat-khau-sang-ha-lan",
          title="HTX Bưởi da xanh Mỹ Thạnh An ký hợp đồng xuất khẩu sang Hà Lan",
          lead="Ngày 12/5, HTX Bưởi da xanh Mỹ Thạnh An ký hợp đồng xuất khẩu 150 tấn bưởi da xanh sang thị trường Hà Lan "
               "trong năm 2025.",
          body="""
Đây là hợp đồng xuất khẩu trực tiếp đầu tiên của HTX, sau hai năm xây dựng vùng trồng đạt chuẩn GlobalGAP với diện tích 42 ha.
Theo hợp đồng, đối tác thu mua bưởi loại 1 với giá cao hơn giá bán trong nước khoảng 25%.
HTX đang phối hợp với ngành nông nghiệp cấp mã số vùng trồng cho thêm 20 ha của các hộ thành viên.
""", byline="Ngọc Hân", author="Ngọc Hân",
          opts={"id": 31, "cat": 2, "created": datetime(2025, 5, 12, 22, 30)},
          notes=["created 22:30 on 12/05/2025: the list shows '12. May 2025' (no time: midnight), the template's comment "
                 "'Livedate: 12.05.2025 22:30:00', feeds.php 'Mon, 12 May 2025 22:30:00 +0100' (the installer's "
                 "timeZone '+01:00' pasted on local time: 13 May 04:30 in Vietnam); 'Ngọc Hân' closes the text -> author"],
          **listed(datetime(2025, 5, 12))),
        A(path="doan-cong-tac-lien-minh-htx-tinh-kiem-tra-hoat-dong-cac-htx-tai-huyen-giong-trom",
          title="Đoàn công tác Liên minh HTX tỉnh kiểm tra hoạt động của các HTX tại huyện Giồng Trôm",
          lead="Từ ngày 15 đến 18/4, đoàn công tác của Liên minh HTX tỉnh Bến Tre đã kiểm tra tình hình hoạt động của 9 HTX "
               "trên địa bàn huyện Giồng Trôm.",
          body="""
Qua kiểm tra, phần lớn HTX hoạt động ổn định, có phương án sản xuất kinh doanh rõ ràng và duy trì sinh hoạt thành viên định kỳ.
Một số HTX còn khó khăn về vốn, thiếu cán bộ kế toán có chuyên môn và chưa xây dựng được thương hiệu sản phẩm.
Đoàn đề nghị các HTX rà soát, sửa đổi điều lệ theo Luật HTX năm 2023 trước ngày 30/6/2025.
""", author=None,
          opts={"id": 29, "cat": 2, "created": datetime(2025, 4, 22, 9, 10)},
          notes=["no byline: author null (the feed's <author> names the backend account 'Ban biên tập')"],
          **listed(datetime(2025, 4, 22))),
        A(path="",
          title="Thông báo số 09/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Bến Tre năm 2025",
          lead="Liên minh HTX tỉnh thông báo về việc đăng ký gian hàng tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Bến Tre năm 2025.",
          body="""
LIÊN MINH HTX TỈNH BẾN TRE
Số: 09/TB-LMHTX
Bến Tre, ngày 08 tháng 4 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Bến Tre năm 2025
Hội chợ diễn ra từ ngày 15 đến 19/5/2025 tại Công viên Đồng Khởi, thành phố Bến Tre.
Các HTX, tổ hợp tác có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 30/4/2025.
PHÓ CHỦ TỊCH THƯỜNG TRỰC
Võ Văn Thành
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "", "text": "TB-09-LMHTX-2025.pdf"}],
          opts={"id": 27, "cat": 3, "created": datetime(2025, 4, 8, 14, 5)},
          notes=["notice 'Số: 09/TB-LMHTX', the only article of 'Văn bản - Thông báo': index.php?van-ban-thong-bao shows "
                 "it and is its canonical (phpwcms: a lone article's canonical is its level); without an article alias "
                 "it is linked as index.php?aid=27 (an alias); on no list: the one visible date is the document's "
                 "'Bến Tre, ngày 08 tháng 4 năm 2025' (midnight); the signer is text; the file list "
                 "content part ('Tài liệu đính kèm', a link to download.php?f=<hash>, then 'pdf, 186.2 KB, 04/07/25, 41 "
                 "downloads' with a month-first date): an attachment, not text"],
          date=datetime(2025, 4, 8), published=iso(datetime(2025, 4, 8), with_time=False), published_source="document",
          evidence=["document"]),
        A(path="phong-su-anh-htx-dua-thanh-phu-vao-mua-thu-hoach",
          title="Phóng sự ảnh: HTX Dừa Thạnh Phú vào mùa thu hoạch",
          lead="Tháng 3, các thành viên HTX Dừa hữu cơ Thạnh Phú thu hoạch dừa khô cung cấp cho nhà máy chế biến theo hợp đồng "
               "liên kết.",
          body="""
[img thanh-phu-1.jpg] Thành viên HTX hái dừa trên vườn dừa hữu cơ
[img thanh-phu-2.jpg] Dừa được vận chuyển bằng ghe về điểm tập kết của HTX
[img DSC_0412.jpg]
[img thanh-phu-3.jpg] Cán bộ HTX kiểm tra chất lượng dừa trước khi giao cho nhà máy
Năm 2025, HTX dự kiến cung cấp khoảng 3 triệu trái dừa cho doanh nghiệp liên kết.
""", byline="Ảnh: Phan Thanh Tú", author="Phan Thanh Tú",
          opts={"id": 23, "cat": 4, "created": datetime(2025, 3, 20, 16, 20)},
          notes=["photo story: an 'images' content part (div.imageEntry, a <p> caption under each photo: one line each); the "
                 "third photo has no caption and the default images.tmpl prints its file name '<p>DSC_0412.jpg</p>': not "
                 "text; 'Ảnh: Phan Thanh Tú' -> author"],
          **listed(datetime(2025, 3, 20))),
        A(path="bay-viec-htx-can-lam-de-xay-dung-vung-trong-dua-huu-co",
          title="Bảy việc HTX cần làm để xây dựng vùng trồng dừa hữu cơ",
          lead="Vùng trồng dừa hữu cơ giúp HTX nâng giá bán và mở rộng thị trường xuất khẩu. Để được chứng nhận, HTX cần "
               "thực hiện các việc sau.",
          body="""
## Các bước thực hiện
* Khảo sát, khoanh vùng diện tích và đánh giá nguồn nước tưới;
* Thống nhất quy trình canh tác hữu cơ giữa các hộ thành viên;
* Ngưng sử dụng phân bón, thuốc hóa học ít nhất 36 tháng trước khi thu hoạch;
* Lập hồ sơ ghi chép cho từng vườn;
* Tập huấn cho thành viên về tiêu chuẩn hữu cơ;
* Lựa chọn tổ chức chứng nhận và đăng ký đánh giá;
* Ký hợp đồng tiêu thụ với doanh nghiệp chế biến.
""", byline="Lê Văn Hai - Trung tâm Khuyến nông", author="Lê Văn Hai",
          opts={"id": 21, "cat": 4, "created": datetime(2025, 2, 25, 10, 40)},
          notes=["the content part's title 'Các bước thực hiện' (<h3>) then seven CKEditor list items; 'Lê Văn Hai - Trung "
                 "tâm Khuyến nông' -> author Lê Văn Hai"],
          **listed(datetime(2025, 2, 25))),
        A(path="ben-tre-kinh-te-tap-the-tang-truong-kha-trong-nam-2024",
          title="Bến Tre: Kinh tế tập thể tăng trưởng khá trong năm 2024",
          lead="Năm 2024, kinh tế tập thể tỉnh Bến Tre tiếp tục phát triển, số HTX hoạt động hiệu quả tăng so với năm trước.",
          body="""
Một số chỉ tiêu chủ yếu:
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 318 | 341 |
| Số thành viên | 27.460 | 28.905 |
| HTX xếp loại tốt, khá (%) | 58 | 63 |
| Doanh thu bình quân (triệu đồng/HTX) | 2.640 | 2.910 |
Năm 2025, Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX dừa, bưởi và thủy sản xây dựng chuỗi liên kết.
""", byline="Theo Báo Đồng Khởi", author=None,
          opts={"id": 18, "cat": 2, "created": datetime(2025, 1, 15, 8, 15)},
          notes=["a CKEditor table (<thead> with <th scope='col'>, every cell on its own indented line): one line per row; "
                 "'Theo Báo Đồng Khởi' names the provincial newspaper: text, author null"],
          **listed(datetime(2025, 1, 15))),
        A(path="htx-nong-nghiep-dich-vu-tan-thanh-binh-ra-mat-san-pham-keo-dua-ocop",
          title="HTX Nông nghiệp dịch vụ Tân Thành Bình ra mắt sản phẩm kẹo dừa đạt OCOP 3 sao",
          lead="Sáng 16/12, HTX Nông nghiệp dịch vụ Tân Thành Bình (huyện Mỏ Cày Bắc) ra mắt sản phẩm kẹo dừa vừa được công "
               "nhận OCOP 3 sao.",
          body="""
Sản phẩm được làm từ nước cốt dừa và mạch nha của các hộ thành viên, không sử dụng chất bảo quản.
Mỗi tháng HTX sản xuất khoảng 4 tấn kẹo, tiêu thụ tại các điểm du lịch và siêu thị trong tỉnh.
""", byline="Tin, ảnh: Nguyễn Thanh Tâm", author="Nguyễn Thanh Tâm",
          opts={"id": 15, "cat": 2, "created": datetime(2024, 12, 17, 15, 0), "oldid": True},
          notes=["'Tin, ảnh: Nguyễn Thanh Tâm' -> author; the 'Giới thiệu' page links it by the old address "
                 "index.php?id=2,15,0,0,1,0 (same article, canonical to the alias): an alias"],
          **listed(datetime(2024, 12, 17))),
        A(path="tap-huan-nang-cao-nang-luc-quan-tri-cho-can-bo-htx",
          title="Tập huấn nâng cao năng lực quản trị cho cán bộ HTX",
          lead="Trong hai ngày 18 và 19/11, Liên minh HTX tỉnh Bến Tre tổ chức lớp tập huấn nâng cao năng lực quản trị cho 65 "
               "cán bộ HTX.",
          body="""
Học viên được trang bị kiến thức về xây dựng phương án sản xuất kinh doanh, quản lý tài chính và phát triển thành viên.
""", byline="Thu Thảo", author="Thu Thảo",
          opts={"id": 12, "cat": 2, "created": datetime(2024, 11, 19, 17, 30)},
          notes=["oldest article: only on index.php?tin-hoat-dong&listpage=2, whose link is index.php?<alias>&listpage=2 "
                 "(an alias; the page's canonical is index.php?<alias>); 'Thu Thảo' closes the text -> author"],
          **listed(datetime(2024, 11, 19))),
    ]


# -- CKEditor 4 output and phpwcms content parts ---------------------------------------------------

def ck_p(text: str, style: str = "") -> str:
    s = f' style="{style}"' if style else ""
    return f"<p{s}>\n\t{text}</p>\n"


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not text.startswith("Số")


def cmsimage(name: str, size: str = "538x303x1") -> str:
    ext = name.rsplit(".", 1)[-1]
    return f"img/cmsimage.php/{size}/{md5(name)}.{ext}/{name}"


def render_parts(a: RichArticle) -> str:
    """The article's content parts, rendered through the default inc_default templates."""
    out = []
    text: list[str] = []
    title = ""
    imgs: list = []

    def flush_text(byline: str | None = None) -> None:
        nonlocal text, title
        if not text and not byline and not title:
            return
        html = "".join(text)
        if byline:
            html += ck_p(f"<strong>{esc(byline)}</strong>", "text-align: right;")
        head = f"<h3>{esc(title)}</h3>\n" if title else ""
        out.append(f"{head}{html}")
        text, title = [], ""

    def flush_imgs() -> None:
        nonlocal imgs
        if not imgs:
            return
        cid = 40 + a.opts["id"]
        entries = []
        for k, b in enumerate(imgs):
            cls = "imageEntry" + (" first" if k == 0 else "") + (" last" if k == len(imgs) - 1 else "")
            cap = esc(b.text) if b.text else b.src
            entries.append(f'    <div class="{cls} row1 slide{k} num{k + 1}" id="img{100 + k}">\n'
                           f'        <a href="{cmsimage(b.src, "1200x800")}" rel="lightbox[images{cid}]" target="_blank">'
                           f'<img src="{cmsimage(b.src)}" alt="{esc(b.text)}" width="538" height="303" border="0" /></a>\n'
                           f"        <p>{cap}</p>\n    </div>\n")
        out.append(f'\n  <div class="images" id="images{cid}">\n' + "\n    <!-- space between images 10px -->\n\n".join(entries)
                   + "  </div>\n")
        imgs = []

    for b in a.blocks:
        if b.kind == "img":
            flush_text()
            imgs.append(b)
            continue
        flush_imgs()
        if b.kind == "h":
            flush_text()
            title = b.text
        elif b.kind == "p":
            if is_caps(b.text) and len(b.text) < 60:
                text.append(ck_p(f"<strong>{esc(b.text)}</strong>", "text-align: center;"))
            else:
                text.append(ck_p(inline_html(b.text)))
        elif b.kind in ("ul", "ol"):
            text.append(f"<{b.kind}>\n" + "".join(f"\t<li>\n\t\t{inline_html(i)}</li>\n" for i in b.items) + f"</{b.kind}>\n")
        elif b.kind == "table":
            head, *rows = b.rows
            t = ['<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">', "\t<thead>", "\t\t<tr>"]
            t += [f'\t\t\t<th scope="col">\n\t\t\t\t{esc(c)}</th>' for c in head]
            t += ["\t\t</tr>", "\t</thead>", "\t<tbody>"]
            for r in rows:
                t.append("\t\t<tr>")
                t += [f"\t\t\t<td>\n\t\t\t\t{esc(c)}</td>" for c in r]
                t.append("\t\t</tr>")
            t += ["\t</tbody>", "</table>"]
            text.append("\n".join(t) + "\n")
    flush_imgs()
    flush_text(a.byline)
    return "\n".join(out)


# -- the site ------------------------------------------------------------------------------------------

def build() -> SiteBuild:
    site = SiteBuild(SITE, "ben-tre", NAME + " (phpwcms)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    counts = {cid: sum(a.opts["cat"] == cid for a in posts) for cid in STRUCT}
    for a in posts:
        a.opts["alias"] = a.path
        a.opts["q"] = a.path or f"aid={a.opts['id']}"
        a.opts["addr"] = f"/index.php?{a.opts['q']}"
        # phpwcms: the canonical of the only article of a structure level is the level's alias
        a.opts["canon"] = STRUCT[a.opts["cat"]][1] if counts[a.opts["cat"]] == 1 else a.opts["q"]
        a.path = f"/index.php?{a.opts['canon']}"
        for x in a.attachments:
            a.opts["fhash"] = md5(x["text"] + "phpwcms")
            x["path"] = f"/download.php?f={a.opts['fhash']}"

    def cat_link(cid: int) -> str:
        return "index.php" if cid == 0 else f"index.php?{STRUCT[cid][1]}"

    def nav(active: int) -> str:
        items = [k for k in STRUCT if k != 0]
        lis = []
        for n, k in enumerate(items):
            cls = "sub_no" + (" sub_first" if n == 0 else "") + (" sub_last" if n == len(items) - 1 else "")
            if k == active:
                cls += " active"
            lis.append(f'   <li class="{cls}"><a href="{cat_link(k)}" title="{STRUCT[k][0]}">{STRUCT[k][0]}</a></li>\n')
        return (f'\n<ul>\n\n   <li class="sub_parent{" active" if active == 0 else ""}"><a href="index.php" title="Trang chủ">Trang chủ</a>'
                "</li>\n" + "".join(lis) + "</ul>\n")

    def crumb(cid: int, linked: bool) -> str:
        if cid == 0:
            return "<strong>Trang chủ</strong>"
        last = f'<a href="{cat_link(cid)}">{STRUCT[cid][0]}</a>' if linked else STRUCT[cid][0]
        return f'<a href="index.php">Trang chủ</a> <span class="breadcrumb-spacer">&gt;</span> <strong>{last}</strong>'

    def page(title_parts: list[str], cid: int, content: str, *, head: str = "", linked_crumb: bool = False) -> str:
        title = " | ".join([NAME, *title_parts])
        return f"""<!DOCTYPE html>
<html lang="vi" id="congtin-htxbentre-vn">
<head>
  <!--
    phpwcms | free open source content management system
    created by Oliver Georgi (oliver at phpwcms dot de) and licensed under GNU/GPL.
    phpwcms is copyright 2002-2025 of Oliver Georgi. Extensions are copyright of
    their respective owners. Visit project page for details: http://www.phpwcms.org/
  -->
  <meta charset="utf-8">
  <title>{esc(title)}</title>
  <link rel="stylesheet" type="text/css" href="template/inc_css/frontend.css">
  <link rel="alternate" type="application/rss+xml" title="Tin mới - {NAME}" href="feeds.php">
{head}  <meta name="generator" content="phpwcms {VERSION}">
</head>
<body>
<!-- very basic DIV based template -->
<div style="padding:10px;border-bottom:1px solid #CC3300;margin:0 0 12px 0;background-color:#DDDDDD;">
<h3>{NAME}</h3>
</div>
<div style="position:relative;top:-12px;float:right;padding:10px;border-bottom:1px solid #CC3300;border-left:1px solid #CC3300;margin:0 0 15px 15px;background-color:#DDDDDD;width:150px;">
<h6>chuyên mục:</h6>
{nav(cid)}
</div>
<p style="margin: 0 0 10px 0">bạn đang ở: {crumb(cid, linked_crumb)}</p>
{content}

<div style="border-top:1px solid #CC3300;margin:15px 0 0 0;text-align:center;padding:7px;">
{FOOT} | <a href="login.php" rel="nofollow">Quản trị</a>
</div>
</body>
</html>"""

    def detail(a: RichArticle | None, *, title: str, summary: str, parts: str, livedate: datetime) -> str:
        return (f"\n    <h1>{esc(title)}</h1>\n    \n    \n    \n        <div class=\"article-summary-text\">\n            {summary}\n"
                f"        </div>\n    \n    \n\n\n<!--\n    Livedate: {livedate:%d.%m.%Y %H:%M:%S} / Killdate:  \n\n     More "
                f"link active\n-->\n{parts}")

    def files_part(a: RichArticle) -> str:
        x = a.attachments[0]
        return ("<h3>Tài liệu đính kèm</h3>\n\n    <div style=\"margin-top: 15px; padding-top: 10px; border-top: 1px dotted #CCCCCC;\">\n"
                f"    \t<div class=\"fileEntry\" style=\"margin-bottom:10px; padding-bottom: 10px; border-bottom: 1px dotted #CCCCCC;\" "
                f"id=\"file-{a.opts['id'] + 200}\">\n    \t\t<h2>\n    \t\t\t<img src=\"img/icons/small_icon_pdf.gif\" alt=\"\" border=\"0\" />\n"
                f"    \t\t\t\n    \t\t\t<a href=\"download.php?f={a.opts['fhash']}\" title=\"Download &raquo;{x['text']}&laquo;\">{esc(x['text'])}</a>\n"
                "    \t\t</h2>\n    \t\t<p>\n    \t\tThông báo và mẫu phiếu đăng ký gian hàng.<br>\n"
                "    \t\tpdf, 186.2 KB, 04/07/25, 41 downloads\n    \t\t</p>\n    \t</div>\n\n    </div>\n")

    for a in posts:
        parts = render_parts(a)
        if a.attachments:
            parts += files_part(a)
            site.routes.append({"path": a.attachments[0]["path"], "file": f"_routes/file-{a.opts['id']}.pdf",
                                "content_type": "application/pdf"})
            site.files[f"_routes/file-{a.opts['id']}.pdf"] = pdf(a.title, ["THONG BAO SO 09/TB-LMHTX", "Hoi cho OCOP va HTX Ben Tre 2025"])
        content = detail(a, title=a.title, summary=f"<p>{esc(a.lead)}</p>", parts=parts, livedate=a.opts["created"])
        head = (f'  <meta name="description" content="{esc(a.lead)}">\n'
                f'  <link rel="canonical" href="{{{{base}}}}/index.php?{a.opts["canon"]}">\n')
        html = page([STRUCT[a.opts["cat"]][0], a.title], a.opts["cat"], content, head=head, linked_crumb=True)
        site.page(a.path, html)
        if a.opts["addr"] != a.path:
            site.page(a.opts["addr"], html)
            a.aliases.append(a.opts["addr"])
        for b in a.blocks:
            if b.kind == "img":
                site.binary("/" + cmsimage(b.src), image_for(b.src))
                site.binary("/" + cmsimage(b.src, "1200x800"), image_for(b.src + "-big"))
        site.add_article(a)
    site.binary("/img/icons/small_icon_pdf.gif", image_for("small_icon_pdf"))
    old = next(a for a in posts if a.opts.get("oldid"))
    old_path = f"/index.php?id={old.opts['cat']},{old.opts['id']},0,0,1,0"
    site.same_page(old_path, old.path)
    old.aliases.append(old_path)

    # -- lists --
    def list_entry(a: RichArticle, first: bool, q: str) -> str:
        return (("" if first else "<!-- Space -->\n") + '<div class="article-list-entry">\n\n\n\t<h1>' + esc(a.title)
                 + f"</h1>\n\t<div class=\"article-list-summary\">\n\t\t<strong>{a.opts['created'].day}. "
                 f"{a.opts['created']:%B %Y}</strong>\n\t\t<p>{esc(a.lead)}</p>\n\t</div>\n\n\n\n\t<p class=\"article-list-more\">\n"
                 f"\t\t<a href=\"index.php?{q}\">Xem tiếp&#8230;</a>\n\t</p>\n\n</div>\n")

    def paginate(slug: str, n: int, total: int, count: int, pos: str) -> str:
        prev = f'<a href="index.php?{slug}&amp;listpage={n - 1}">&laquo;</a>' if n > 1 else "&laquo;"
        nxt = f'<a href="index.php?{slug}&amp;listpage={n + 1}">&raquo;</a>' if n < total else "&raquo;"
        ranges = []
        for k in range(1, total + 1):
            lo, hi = (k - 1) * MAXLIST + 1, min(k * MAXLIST, count)
            label = f"{lo}&ndash;{hi}"
            ranges.append(label if k == n else f'<a href="index.php?{slug}&amp;listpage={k}">{label}</a>')
        lo, hi = (n - 1) * MAXLIST + 1, min(n * MAXLIST, count)
        return (f'<div class="paginate paginate-{pos}">{prev} {nxt} trang {n}/{total}, tin {lo}-{hi}, '
                f'<span>{" ".join(ranges)}</span></div>')

    for cid in (2, 3, 4):
        slug = STRUCT[cid][1]
        items = [a for a in posts if a.opts["cat"] == cid]
        if len(items) == 1:  # one article: phpwcms shows it at the level's address (its canonical, see above)
            continue
        total = (len(items) + MAXLIST - 1) // MAXLIST
        for n in range(1, total + 1):
            chunk = items[(n - 1) * MAXLIST:n * MAXLIST]
            paths = [(f"/index.php?{slug}", "")] if n == 1 else []
            paths += [(f"/index.php?{slug}&listpage={n}", f"&listpage={n}")] if total > 1 else []
            for p, keep in paths:
                # phpwcms keeps the current GET values in the article links: &listpage=N rides along
                body = "".join(list_entry(a, k == 0, a.opts["q"] + keep.replace("&", "&amp;")) for k, a in enumerate(chunk))
                if total > 1:
                    body = paginate(slug, n, total, len(items), "top") + body + paginate(slug, n, total, len(items), "bottom")
                site.page(p, page([STRUCT[cid][0]], cid, body))
                site.non_articles.append(p)
                for a in chunk if keep else []:
                    alias = f"/index.php?{a.opts['q']}{keep}"
                    site.same_page(alias, a.path)
                    a.aliases.append(alias)
    site.trap("structure level lists index.php?tin-hoat-dong ('&listpage=2', '&listpage=1'), the default "
              "article_summary_list.tmpl: per article an <h1> (no link), '<strong>12. May 2025</strong>' (English month, "
              "the article's last-change day), the summary and 'Xem tiếp…'; the pager 'trang 1/2, tin 1-4, 1–4 5–5' at "
              "top and bottom (4 a page); the level holding one article (Văn bản - Thông báo) shows that article instead of "
              "a list",
              "/index.php?tin-hoat-dong&listpage=2")

    # -- single-article levels: home, Giới thiệu, Liên hệ, Tìm kiếm --
    teaser = "\n<h3>Tin mới</h3>\n\n<ul>\n" + "\n\t<!-- next teaser please -->\n".join(
        f"\t<!-- AID: {a.opts['id']}, CID: {a.opts['cat']} -->\n\t<li class=\"teaser col-1 row-{k + 1}\">\n\t\t<a href=\"index.php?"
        f"{a.opts['q']}\">\n\t\t\t{STRUCT[a.opts['cat']][0]}: {esc(a.title)}\n\t\t</a>\n\t\t\n\t\t\n\t\t\n\t\t<!--\n<p>{esc(a.lead)}</p>\n"
        "-------------------------------------\n" + esc(a.lead) + "\n\t\t-->\n\t</li>\n" for k, a in enumerate(posts[:4])) + "</ul>\n"
    home = detail(None, title="Chào mừng đến với Cổng tin Liên minh HTX Bến Tre",
                  summary="<p>Cổng tin đăng tải tin hoạt động, văn bản và mô hình kinh tế tập thể của tỉnh Bến Tre.</p>",
                  parts=teaser, livedate=datetime(2024, 10, 1, 8, 0))
    html = page([], 0, home, head='  <link rel="canonical" href="{{base}}/index.php?index">\n')
    site.page("/", html)
    site.page("/index.php", html, content_type=HTML)
    site.page("/index.php?index", html)
    site.non_articles += ["/", "/index.php", "/index.php?index"]
    static_pages = {
        1: ("Giới thiệu về Liên minh HTX tỉnh Bến Tre",
            "<p>Liên minh HTX tỉnh Bến Tre là tổ chức đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>",
            ck_p("Liên minh HTX tỉnh có chức năng tư vấn, đào tạo, xúc tiến thương mại và bảo vệ quyền lợi hợp pháp của các thành viên.")
            + ck_p(f'Mô hình tiêu biểu: <a href="index.php?id={old.opts["cat"]},{old.opts["id"]},0,0,1,0">{esc(old.title)}</a>')),
        5: ("Liên hệ", "<p>Văn phòng Liên minh HTX tỉnh Bến Tre</p>",
            ck_p("Điện thoại: 0275 3822 396 – Thư điện tử: lmhtx@bentre.gov.vn")
            + '<form action="index.php?lien-he" method="post" class="formmailer"><p><label>Họ tên</label> <input type="text" '
              'name="ten" /></p><p><label>Nội dung</label> <textarea name="noidung"></textarea></p><p><input type="submit" '
              'value="Gửi" /></p></form>\n'),
        6: ("Tìm kiếm", "<p>Nhập từ khóa để tìm bài viết.</p>",
            '\t<form action="index.php?tim-kiem" method="post">\n\t\t<p>\n\t\t\t<label>Từ khóa</label>\n\t\t\t<input type="text" '
            'name="search_input_field" value="" />\n\t\t\t<input type="submit" value="Tìm" />\n\t\t</p>\n\t</form>\n'),
    }
    for cid, (title, summary, parts) in static_pages.items():
        p = f"/index.php?{STRUCT[cid][1]}"
        html = page([STRUCT[cid][0], title], cid, detail(None, title=title, summary=summary, parts=parts,
                                                         livedate=datetime(2024, 10, 1, 8, 30)),
                    head=f'  <link rel="canonical" href="{{{{base}}}}{p}">\n')
        site.page(p, html)
        site.non_articles.append(p)
    site.trap("levels holding one article shown as an article view (h1, summary, content parts, canonical): the home page "
              "(a teaser 'Tin mới' of 4 titles), index.php?gioi-thieu (links an article by index.php?id=2,15,0,0,1,0), "
              "index.php?lien-he (a form), index.php?tim-kiem (a search form): not articles; login.php (footer 'Quản "
              "trị') is robots-disallowed", "/index.php?gioi-thieu")
    site.page("/login.php", "<!DOCTYPE html><html><head><title>phpwcms | login</title></head><body><form action=\"login.php\" "
              "method=\"post\"><input name=\"form_loginname\" /><input type=\"password\" name=\"form_password\" /></form></body></html>",
              content_type=HTML)
    site.never_fetched.append("/login.php")

    # -- feed, sitemap, robots --
    def rfc_plus1(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S") + " +0100"

    items = []
    for k, a in enumerate(posts):
        items.append(f"        <item>\n            <title>{esc(a.title)}</title>\n            <link>{{{{base}}}}/index.php?{a.opts['q']}</link>\n"
                     f"            <description>{esc(a.lead)}</description>\n            <author>tin@lienminhhtxbentre.vn (Ban biên tập)</author>\n"
                     f"            <guid>{{{{base}}}}/index.php?{a.opts['q']}</guid>\n"
                     f"            <pubDate>{rfc_plus1(a.opts['created'] + timedelta(seconds=2 * k))}</pubDate>\n        </item>\n")
    site.page("/feeds.php", '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="FeedCreator 1.8" -->\n<rss version="2.0">\n'
              f"    <channel>\n        <title>Tin mới - {NAME}</title>\n        <description>Tin hoạt động của {ORG}</description>\n"
              f"        <link>{{{{base}}}}/</link>\n        <lastBuildDate>{rfc_plus1(datetime(2025, 5, 13, 7, 0, 12))}</lastBuildDate>\n"
              f"        <generator>FeedCreator 1.8</generator>\n{''.join(items)}    </channel>\n</rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("feeds.php (head alternate): FeedCreator RSS 2.0 ordered by livedate, pubDate = the creation time + 2 s per "
              "item with ' +0100' appended (feeds.ini's default timeZone) to a local time", "/feeds.php")
    urls = "".join(f"  <url>\n      <loc>{{{{base}}}}/index.php?{a.opts['q']}</loc>\n      <lastmod>{a.opts['created']:%Y-%m-%d}</lastmod>\n  </url>\n"
                   for a in posts)
    site.page("/sitemap.php", '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.google.com/schemas/sitemap/0.84" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.google.com/schemas/sitemap/0.84 '
              'http://www.google.com/schemas/sitemap/0.84/sitemap.xsd">\n\n  <!-- Google Sitemap, http://www.google.com/webmasters/sitemaps/ -->\n\n'
              f"{urls}</urlset>", content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "# http://www.robotstxt.org/\n\nUser-Agent: *\n\n# Be careful with these settings related to phpwcms\n"
                "Disallow: /content/form/\nDisallow: /content/rss/\nDisallow: /content/tmp/\nDisallow: /content/pages/\n"
                "Disallow: /filearchive/\nDisallow: /login.php\nDisallow: /phpwcms.php\n\nSitemap: {{base}}/sitemap.php\n")
    site.static("/template/inc_css/frontend.css", "body {\n\tfont-family: Verdana, Helvetica, Arial, sans-serif;\n\tfont-size: 11px;\n}\n")
    return site
