"""Site `trang-htxhochiminh` (registry family `generic`): "Trang thông tin Liên minh HTX Thành phố Hồ Chí Minh" on
**Squiz Matrix 5.5** (the enterprise CMS the city's departments share: one Matrix system hosted in UTC, one site asset
per unit, a design and its customisations, a Dublin Core metadata schema and the unit's own schema with the fields
"ngay-dang" and "tac-gia"; the copy is of 20 November 2024, before Bình Dương and Bà Rịa – Vũng Tàu joined the city).
Written as a held-out test: no family module, no selectors.

URL shapes (every link absolute: Matrix paints %asset_url% with the scheme and host): a standard page
`/tin-tuc/2024/<web-path>` under a year folder (`/thong-bao/2024/…`, `/kien-thuc/…`), no extension, no trailing
slash; Matrix also answers the same asset at `<url>/_nocache` and `<url>/_recache` (an editor pasted each form into
another page: aliases), at `?a=<assetid>` on any path (a Raw HTML container keeps the WYSIWYG's relative `./?a=24566`,
which resolves under the year folder: an alias) and at `?SQ_DESIGN_NAME=print` (the "In trang" link: the print
design, an alias); asset listings `/tin-tuc` (5 a page, `?result_24510_result_page=2`; its page 1 link carries
`?result_24510_result_page=1`), `/thong-bao`, `/kien-thuc`; the A-Z listing `/tra-cuu-a-z`; the search page
`/tim-kiem` and its results `/tim-kiem?mode=results&queries_search_query=ocop` (a hot keyword); the site map
`/so-do-trang` (depth 2: sections only); the RSS feed asset `/tin-tuc/rss`; files `/__data/assets/pdf_file/…` and
images `/__data/assets/image/…`; `/_login` (robots.txt disallows it with `/_admin`, `/_edit`, `/__lib/`).

Why it is hard: the design prints the page's `<h1>` (%asset_name%), then a meta line built from keywords: "Ngày đăng:
09/08/2024 00:15" (%asset_metadata_ngay-dang%), "Cập nhật: 12/08/2024 10:30" (%asset_updated%: never the
publication) and "Tác giả: …" (%asset_metadata_tac-gia%, printed only when set: a person, "Ban Biên tập" or a
newspaper are no author). The head's `DCTERMS.issued` is %asset_published_datetime^date_format:c% painted by a
system in UTC ("2024-08-08T17:15:00+00:00" for the post of 00:15 on 9 August; the RSS "+0000" too). The body is the
page's bodycopy: one `div#content_container_N` per container (WYSIWYG: paragraphs, `h2`, lists, tables with `th
scope`, images with a `p.caption`), and a nested content container that pulls in the shared "Hỗ trợ HTX" snippet at
the end of every page (inside the content, never the article). A closing byline wins over the metadata author. The
oldest page is only on `/tin-tuc?result_24510_result_page=2` (the A-Z covers notices and guides only; the site map
stops at the sections; it is not in the RSS, the home page nor any related box).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trang-htxhochiminh"
NAME = "Liên minh Hợp tác xã Thành phố Hồ Chí Minh"
SHORT = "Liên minh HTX TP. Hồ Chí Minh"
HTML = "text/html; charset=utf-8"
PER = 5
LISTING = 24510
NOW = datetime(2024, 11, 20, 9, 12, 44)
TODAY = "Thứ Tư, 20/11/2024"
SECTIONS = {"tin-tuc": "Tin tức - Sự kiện", "thong-bao": "Thông báo", "kien-thuc": "Kiến thức HTX"}
HOTLINE = "Đường dây nóng hỗ trợ HTX: 028.3829.6431 (giờ hành chính)"
SNIPPET_TITLE = "Hỗ trợ hợp tác xã"
SNIPPET_TEXT = "Các HTX, tổ hợp tác cần tư vấn thành lập, chuyển đổi theo Luật HTX năm 2023 vui lòng liên hệ Văn phòng Liên minh."
ADDRESS = "Địa chỉ: 48 Ngô Đức Kế, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"
PHONE = "Điện thoại: 028.3829.6430 - Email: lmhtx@tphcm.gov.vn"
COPY = "© 2024 Liên minh Hợp tác xã Thành phố Hồ Chí Minh. Giữ bản quyền."
FURN = [TODAY, HOTLINE, SNIPPET_TITLE, SNIPPET_TEXT, ADDRESS, PHONE, COPY, "Bỏ qua đến nội dung chính", "Sơ đồ trang",
        "Tra cứu A-Z", "Ngày đăng:", "Cập nhật:", "In trang", "Chia sẻ", "Facebook", "Zalo", "Trang chủ",
        "Đăng nhập", "Chịu trách nhiệm nội dung: Văn phòng Liên minh HTX Thành phố", "Liên kết"]


def dm(d: datetime, time: bool = True) -> str:
    return f"{d:%d/%m/%Y %H:%M}" if time else f"{d:%d/%m/%Y}"


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def data_path(kind: str, aid: int, name: str) -> str:
    return f"/__data/assets/{kind}/{(aid * 7) % 100:04d}/{aid}/{name}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc tổ chức Hội chợ sản phẩm HTX Thành phố năm 2024",
          body="""
LIÊN MINH HTX THÀNH PHỐ HỒ CHÍ MINH
Số: 15/TB-LMHTX
TP. Hồ Chí Minh, ngày 08 tháng 11 năm 2024
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm HTX Thành phố năm 2024
Liên minh HTX Thành phố tổ chức Hội chợ sản phẩm HTX năm 2024 từ ngày 06/12/2024 đến ngày 10/12/2024 tại Nhà Văn hóa Thanh niên, Quận 1.
Liên minh hỗ trợ miễn phí 60 gian hàng cho các HTX có sản phẩm OCOP hoặc sản phẩm đạt chứng nhận VietGAP.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX Thành phố trước ngày 25/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Khuyên
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": data_path("pdf_file", 24571, "TB-15-LMHTX-2024.pdf"), "text": "TB-15-LMHTX-2024.pdf"}],
          opts={"sec": "thong-bao", "year": 2024, "web": "thong-bao-15-tb-lmhtx-hoi-cho-san-pham-htx-2024",
                "aid": 24570, "by": "", "updated": datetime(2024, 11, 13, 8, 40)},
          notes=["notice 'Số: 15/TB-LMHTX' dated 08/11 in its text; the design's 'Ngày đăng: 12/11/2024 10:00' (metadata "
                 "field) and the head's DCTERMS.issued '2024-11-12T03:00:00+00:00' (UTC) give the publication ('Cập nhật: "
                 "13/11/2024 08:40' is %asset_updated%); no 'Tác giả' (the field is empty): no author; the signer is text; "
                 "the PDF file asset (/__data/assets/pdf_file/…) in its own paragraph is an attachment"],
          **at(datetime(2024, 11, 12, 10, 0))),
        A(path="", title="Ảnh: HTX Nông nghiệp Phước An thu hoạch rau thủy canh",
          body="""
Cuối tháng 10, HTX Nông nghiệp Phước An (huyện Củ Chi) thu hoạch lứa rau thủy canh cuối cùng trước mùa Tết.
[img phuoc-an-1.jpg] Thành viên HTX thu hoạch xà lách trong nhà màng
[img phuoc-an-2.jpg] Rau được sơ chế, đóng gói ngay tại nhà sơ chế của HTX
[img phuoc-an-3.jpg] Sản phẩm rau của HTX được dán tem truy xuất nguồn gốc trước khi giao cho siêu thị
Mỗi tháng HTX cung ứng khoảng 25 tấn rau thủy canh cho các hệ thống siêu thị trên địa bàn Thành phố.
""", byline="Bài, ảnh: Trần Minh Quân", author="Trần Minh Quân",
          opts={"sec": "tin-tuc", "year": 2024, "web": "anh-htx-nong-nghiep-phuoc-an-thu-hoach-rau-thuy-canh", "aid": 24566,
                "by": "Ban Biên tập", "updated": datetime(2024, 10, 29, 9, 5)},
          notes=["photo story: each image (painted from ./?a=N to its /__data/assets/image/… URL) followed by its "
                 "p.caption (one line each); 'Tác giả: Ban Biên tập' (the metadata field) is no author; 'Bài, ảnh: Trần "
                 "Minh Quân' closes the text -> author; the table page's Raw HTML container links it as './?a=24566' "
                 "(relative: /tin-tuc/2024/?a=24566, which Matrix answers with this page: an alias)"],
          **at(datetime(2024, 10, 28, 15, 30))),
        A(path="", title="Tình hình phát triển HTX trên địa bàn Thành phố 9 tháng năm 2024",
          body="""
Chín tháng năm 2024, số HTX thành lập mới trên địa bàn Thành phố tăng mạnh so với cùng kỳ, chủ yếu trong lĩnh vực thương mại, dịch vụ.
| Lĩnh vực | HTX đang hoạt động | Thành lập mới 9 tháng | Doanh thu bình quân (tỷ đồng) |
| Nông nghiệp | 186 | 14 | 4,2 |
| Thương mại, dịch vụ | 214 | 21 | 9,8 |
| Vận tải | 97 | 3 | 12,5 |
| Tín dụng | 18 | 0 | 31,6 |
Các HTX nông nghiệp tập trung ở các huyện Củ Chi, Hóc Môn, Bình Chánh và Cần Giờ.
Xem thêm: [[ảnh HTX Phước An thu hoạch rau thủy canh|{{rawa}}]]
""", author="Phạm Thị Ngọc Lan",
          opts={"sec": "tin-tuc", "year": 2024, "web": "tinh-hinh-phat-trien-htx-9-thang-2024", "aid": 24563,
                "by": "Phạm Thị Ngọc Lan", "updated": datetime(2024, 10, 16, 14, 0), "rawlink": True},
          notes=["a WYSIWYG table (thead th scope=col): one line per row; 'Tác giả: Phạm Thị Ngọc Lan' (a staff member), "
                 "no byline in the text: she is the author; its Raw HTML container ends with 'Xem thêm: ảnh HTX Phước An' "
                 "linked './?a=24566' (part of the text)"],
          **at(datetime(2024, 10, 15, 9, 0))),
        A(path="", title="Những điểm mới của Luật Hợp tác xã năm 2023 mà HTX cần biết",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, thay thế Luật Hợp tác xã năm 2012.
## Về tổ chức và thành viên
* Bổ sung thành viên liên kết góp vốn và thành viên liên kết không góp vốn;
* Cho phép HTX có dưới 100 thành viên tổ chức quản trị rút gọn;
* Quy định rõ quyền, nghĩa vụ của thành viên chính thức.
## Về chính sách hỗ trợ
HTX được hỗ trợ đào tạo, tư vấn, ứng dụng công nghệ và tiếp cận vốn từ Quỹ hỗ trợ phát triển HTX.
""", byline="Nguyễn Hữu Phước - Sở Kế hoạch và Đầu tư", author="Nguyễn Hữu Phước",
          opts={"sec": "kien-thuc", "year": None, "web": "nhung-diem-moi-luat-htx-2023", "aid": 24559,
                "by": "Ban Biên tập", "updated": datetime(2024, 9, 23, 8, 15), "recache": True},
          notes=["two h2 headings and a bulleted list; 'Tác giả: Ban Biên tập' but 'Nguyễn Hữu Phước - Sở Kế hoạch và Đầu "
                 "tư' closes the text -> Nguyễn Hữu Phước; the reprint links it as …/_recache (Matrix answers it: an "
                 "alias)"],
          **at(datetime(2024, 9, 20, 14, 20))),
        A(path="", title="HTX Thương mại Dịch vụ Tân Thông Hội đưa sữa tươi vào hệ thống siêu thị",
          body="""
HTX Thương mại Dịch vụ Nông nghiệp Tân Thông Hội (huyện Củ Chi) vừa ký hợp đồng cung ứng sữa tươi thanh trùng cho hai hệ thống siêu thị lớn.
Mỗi ngày HTX thu mua khoảng 40 tấn sữa bò tươi của 320 hộ thành viên, giá thu mua ổn định từ đầu năm.
HTX đang xây dựng hồ sơ sản phẩm OCOP cho sữa tươi thanh trùng và chuẩn bị chuyển đổi theo [[Luật Hợp tác xã năm 2023|{{recache}}]].
""", byline="Theo Báo Sài Gòn Giải Phóng", author=None,
          opts={"sec": "tin-tuc", "year": 2024, "web": "htx-tan-thong-hoi-dua-sua-tuoi-vao-sieu-thi", "aid": 24555,
                "by": "Báo Sài Gòn Giải Phóng", "updated": datetime(2024, 8, 30, 16, 45)},
          notes=["'Tác giả: Báo Sài Gòn Giải Phóng' and 'Theo Báo Sài Gòn Giải Phóng' closing the text: a reprint, no author; "
                 "its link to the guide is the …/_recache form"],
          **at(datetime(2024, 8, 30, 16, 45))),
        A(path="", title="Liên minh HTX Thành phố làm việc với HTX Nông nghiệp Thanh niên Cần Giờ",
          body="""
Chiều 8/8, đoàn công tác Liên minh HTX Thành phố đã làm việc với HTX Nông nghiệp Thanh niên Cần Giờ.
HTX hiện nuôi 45 ha tôm thẻ chân trắng theo mô hình nuôi hai giai đoạn, năng suất bình quân 18 tấn/ha.
Liên minh HTX Thành phố sẽ hỗ trợ HTX kết nối tiêu thụ và tiếp cận vốn vay ưu đãi để mở rộng ao nuôi.
""", author=None,
          opts={"sec": "tin-tuc", "year": 2024, "web": "lam-viec-voi-htx-thanh-nien-can-gio", "aid": 24551,
                "by": "", "updated": datetime(2024, 8, 9, 8, 20), "nocache_from": True},
          notes=["posted at 00:15 on 9 August about the afternoon before: 'Ngày đăng: 09/08/2024 00:15'; Matrix paints "
                 "DCTERMS.issued in UTC '2024-08-08T17:15:00+00:00' and the RSS 'Thu, 08 Aug 2024 17:15:00 +0000' (the day "
                 "before); no 'Tác giả', no byline: author null"],
          **at(datetime(2024, 8, 9, 0, 15))),
        A(path="", title="HTX Dịch vụ nông nghiệp Bình Chánh chuyển đổi số trong quản lý",
          body="""
HTX Dịch vụ nông nghiệp Bình Chánh đã đưa phần mềm quản lý thành viên, kế toán và bán hàng vào sử dụng từ đầu năm 2024.
Nhờ chuyển đổi số, thời gian tổng hợp báo cáo tài chính của HTX giảm từ 10 ngày xuống còn 2 ngày.
HTX đang xây dựng gian hàng trên sàn thương mại điện tử để bán rau, nấm của thành viên.
""", byline="Lê Thị Thu Trang", author="Lê Thị Thu Trang",
          opts={"sec": "tin-tuc", "year": 2024, "web": "htx-binh-chanh-chuyen-doi-so", "aid": 24547,
                "by": "", "updated": datetime(2024, 7, 22, 10, 0)},
          notes=["no 'Tác giả'; the bare name 'Lê Thị Thu Trang' closes the text: the author; the Cần Giờ page's text links "
                 "it as …/_nocache (an alias)"],
          **at(datetime(2024, 7, 18, 8, 30))),
        A(path="", title="Liên minh HTX Thành phố tổng kết công tác năm 2023",
          body="""
Ngày 27/12, Liên minh HTX Thành phố Hồ Chí Minh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.jpg] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX Thành phố hỗ trợ thành lập mới 52 HTX, tổ chức 18 lớp tập huấn cho 1.150 lượt cán bộ HTX.
""", byline="Tin, ảnh: Võ Thành Nhân", author="Võ Thành Nhân",
          opts={"sec": "tin-tuc", "year": 2023, "web": "tong-ket-cong-tac-nam-2023", "aid": 24102,
                "by": "", "updated": datetime(2023, 12, 28, 16, 10)},
          notes=["the oldest page (/tin-tuc/2023/…): only on the listing's ?result_24510_result_page=2 (not on the home "
                 "page, the RSS, the A-Z nor the site map); 'Tin, ảnh: Võ Thành Nhân' -> author"],
          **at(datetime(2023, 12, 28, 15, 0))),
    ]


def body_html(a: RichArticle, links: dict[str, str]) -> list[str]:
    """The bodycopy's containers: [html of container 1, …]; a Raw HTML container for the page with 'rawlink'."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            text = inline_html(b.text)
            for key, url in links.items():
                text = text.replace("{{" + key + "}}", url)
            out.append(f"<p>{text}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered" summary="Số liệu HTX">\n<thead><tr>'
                       + "\n".join(f'<th scope="col">{esc(c)}</th>' for c in head) + "</tr></thead>\n<tbody>\n"
                       + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
        elif b.kind == "img":
            src = "{{base}}" + data_path("image", a.opts["img_ids"][b.src], b.src)
            out.append(f'<p><img src="{src}" alt="{attr(b.text)}" width="640" height="427" /></p>')
            if b.text:
                out.append(f'<p class="caption">{esc(b.text)}</p>')
    for x in a.attachments:
        out.append(f'<p><a href="{{{{base}}}}{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return out


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ho-chi-minh", f"Trang thông tin {SHORT} (Squiz Matrix)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/tin-tuc/rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        sec, year = a.opts["sec"], a.opts["year"]
        a.path = f"/{sec}/{year}/{a.opts['web']}" if year else f"/{sec}/{a.opts['web']}"
        a.opts["img_ids"] = {b.src: a.opts["aid"] + 10 + i for i, b in enumerate(b for b in a.blocks if b.kind == "img")}
    oldest = arts[-1]
    news = [a for a in arts if a.opts["sec"] == "tin-tuc"]
    photo = next(a for a in arts if a.title.startswith("Ảnh:"))
    table = next(a for a in arts if a.opts.get("rawlink"))
    guide = next(a for a in arts if a.opts.get("recache"))
    cangio = next(a for a in arts if a.opts.get("nocache_from"))
    binhchanh = next(a for a in arts if "Bình Chánh chuyển đổi số" in a.title)
    raw_alias = f"/{table.opts['sec']}/{table.opts['year']}/?a={photo.opts['aid']}"
    recache = guide.path + "/_recache"
    nocache = binhchanh.path + "/_nocache"
    cangio.body = cangio.body.rstrip() + (f"\nCùng chủ đề: [[HTX Dịch vụ nông nghiệp Bình Chánh chuyển đổi số trong quản lý|"
                                          f"{{{{nocache}}}}]]\n")
    links = {"recache": "{{base}}" + recache, "nocache": "{{base}}" + nocache, "rawa": f"./?a={photo.opts['aid']}"}

    def nav(active: str) -> str:
        items = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), (SECTIONS["tin-tuc"], "/tin-tuc"),
                 (SECTIONS["thong-bao"], "/thong-bao"), (SECTIONS["kien-thuc"], "/kien-thuc"), ("Liên hệ", "/lien-he")]
        return "".join(f'<li class="nav-item{" active" if n == active else ""}"><a href="{{{{base}}}}{href}">{esc(n)}</a></li>'
                       for n, href in items)

    def layout(title: str, crumbs: list[tuple[str, str | None]], content: str, *, active: str = "", head: str = "",
               body_class: str = "standard-page", side: bool = True) -> str:
        trail = "".join(f'<li><a href="{{{{base}}}}{href}">{esc(n)}</a></li>' if href else f'<li class="current">{esc(n)}</li>'
                        for n, href in [("Trang chủ", "/"), *crumbs])
        recent = [a for a in news if a is not oldest][:4]
        aside = ""
        if side:
            aside = ('<aside id="sidebar" class="col-md-4"><div class="side-box"><h2 class="side-title">Tin mới</h2><ul '
                     'class="side-list">' + "".join(f'<li><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a> <span class="'
                                                    f'side-date">{dm(a.date, False)}</span></li>' for a in recent)
                     + '</ul></div><div class="side-box links"><h2 class="side-title">Liên kết</h2><ul class="side-list">'
                     + "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{esc(t)}</a></li>' for t, h in
                               [("Cổng thông tin điện tử Thành phố", "/tphcm/"), ("Liên minh HTX Việt Nam", "/lmhtx-vn/")])
                     + "</ul></div></aside>")
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - {esc(NAME)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SHORT)}" href="{{{{base}}}}/tin-tuc/rss" />
<link rel="stylesheet" href="{{{{base}}}}/__data/assets/css_file/0018/1008/main.css" />
<link rel="shortcut icon" href="{{{{base}}}}/__data/assets/file/0010/1000/favicon.ico" />
<script src="{{{{base}}}}/__data/assets/js_file/0019/1009/site.js"></script>
</head>
<body class="{body_class}">
<a class="skip-link" href="#main">Bỏ qua đến nội dung chính</a>
<div id="top-bar"><div class="container"><span class="today">{TODAY}</span><ul class="top-links"><li><a href="{{{{base}}}}/so-do-trang">Sơ đồ trang</a></li><li><a href="{{{{base}}}}/tra-cuu-a-z">Tra cứu A-Z</a></li><li><a href="{{{{base}}}}/lien-he">Liên hệ</a></li></ul></div></div>
<header id="header"><div class="container">
<a class="logo" href="{{{{base}}}}/"><img src="{{{{base}}}}/__data/assets/image/0011/1001/logo-lmhtx-hcm.png" alt="{attr(NAME)}" /></a>
<form class="site-search" action="{{{{base}}}}/tim-kiem" method="get"><input type="hidden" name="mode" value="results" /><label for="queries_search_query" class="sr-only">Tìm kiếm</label><input type="text" id="queries_search_query" name="queries_search_query" placeholder="Nhập từ khóa..." /><button type="submit">Tìm</button></form>
<p class="hot-keywords">Từ khóa: <a href="{{{{base}}}}/tim-kiem?mode=results&amp;queries_search_query=ocop">OCOP</a></p>
</div></header>
<nav id="main-nav"><div class="container"><ul class="nav-list">{nav(active)}</ul></div></nav>
<div id="breadcrumbs"><div class="container"><ul class="breadcrumbs">{trail}</ul></div></div>
<main id="main" class="container"><div class="row">
<div id="content" class="col-md-8">
{content}
</div>
{aside}
</div></main>
<footer id="footer"><div class="container">
<p class="org">{esc(NAME)}</p>
<p>{esc(ADDRESS)}</p>
<p>{esc(PHONE)}</p>
<p>Chịu trách nhiệm nội dung: Văn phòng Liên minh HTX Thành phố</p>
<p class="copyright">{esc(COPY)} <a href="{{{{base}}}}/_login" rel="nofollow">Đăng nhập</a></p>
</div></footer>
</body>
</html>
<!--
  Running Squiz Matrix
  Developed by Squiz - http://www.squiz.net
  Squiz, Squiz Matrix, MySource, MySource Matrix and Squiz.net are registered Trademarks of Squiz Pty Ltd
  Page generated: {NOW:%d %B %Y %H:%M:%S}
-->
"""

    def page_html(a: RichArticle, print_design: bool = False) -> str:
        containers = body_html(a, links)
        aid = a.opts["aid"]
        if a is table:
            # the last paragraph sits in a Raw HTML container pasted from the WYSIWYG source: './?a=' stays relative
            first = "\n".join(containers[:-1])
            raw = containers[-1]
            bodycopy = (f'<div id="content_container_{aid + 1}">\n{first}\n</div>\n<div id="content_container_{aid + 2}">'
                        f"\n{raw}\n</div>\n")
        else:
            bodycopy = f'<div id="content_container_{aid + 1}">\n' + "\n".join(containers) + "\n</div>\n"
        snippet = (f'<div id="content_container_{aid + 3}">\n<div class="snippet-box"><h3>{SNIPPET_TITLE}</h3><p>'
                   f"{esc(SNIPPET_TEXT)}</p><p>{esc(HOTLINE)}</p></div>\n</div>\n")
        meta = [f'<span class="meta-date">Ngày đăng: {dm(a.date)}</span>',
                f'<span class="meta-updated">Cập nhật: {dm(a.opts["updated"])}</span>']
        if a.opts["by"]:
            meta.append(f'<span class="meta-author">Tác giả: {esc(a.opts["by"])}</span>')
        tools = ("" if print_design else
                 f'<div class="page-tools"><a href="{{{{base}}}}{a.path}?SQ_DESIGN_NAME=print" rel="nofollow" target="_blank">'
                 'In trang</a><span class="share-label">Chia sẻ</span><a class="share-fb" href="javascript:void(0)">Facebook'
                 '</a><a class="share-zalo" href="javascript:void(0)">Zalo</a></div>')
        return (f'<h1 class="page-title">{esc(a.title)}</h1>\n<div class="page-meta">{" | ".join(meta)}</div>\n{tools}\n'
                f'<div class="page-content">\n{bodycopy}{snippet}</div>')

    def head_meta(a: RichArticle) -> str:
        desc = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        out = (f'<meta name="description" content="{attr(desc)}" />\n'
               f'<meta name="DCTERMS.title" content="{attr(a.title)}" />\n'
               f'<meta name="DCTERMS.creator" content="{attr(NAME)}" />\n'
               f'<meta name="DCTERMS.issued" scheme="DCTERMS.ISO8601" content="{utc(a.date):%Y-%m-%dT%H:%M:%S}+00:00" />\n'
               f'<meta name="DCTERMS.modified" scheme="DCTERMS.ISO8601" content="{utc(a.opts["updated"]):%Y-%m-%dT%H:%M:%S}'
               f'+00:00" />\n<meta name="DCTERMS.language" scheme="RFC5646" content="vi" />\n')
        return out

    for a in arts:
        sec = a.opts["sec"]
        crumbs = [(SECTIONS[sec], f"/{sec}"), (a.title, None)]
        html = layout(a.title, crumbs, page_html(a), active=SECTIONS[sec], head=head_meta(a))
        site.page(a.path, html, content_type=HTML)
        prn = f"{a.path}?SQ_DESIGN_NAME=print"
        site.page(prn, f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(a.title)} - {esc(NAME)}</title>
<meta name="robots" content="noindex" />
<link rel="stylesheet" href="{{{{base}}}}/__data/assets/css_file/0019/1009/print.css" />
</head>
<body class="print-design" onload="window.print()">
<p class="print-org">{esc(NAME)}</p>
{page_html(a, print_design=True)}
<p class="print-url">{{{{base}}}}{a.path}</p>
</body>
</html>
""", content_type=HTML)
        a.aliases.append(prn)
        if a is guide:
            site.same_page(recache, a.path)
            a.aliases.append(recache)
        if a is binhchanh:
            site.same_page(nocache, a.path)
            a.aliases.append(nocache)
        if a is photo:
            site.same_page(raw_alias, a.path)
            a.aliases.append(raw_alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(data_path("image", a.opts["img_ids"][b.src], b.src), image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX THANH PHO HO CHI MINH", "THONG BAO SO 15/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every page's 'In trang' opens ?SQ_DESIGN_NAME=print (the print design: the same h1, meta line and bodycopy, "
              "robots noindex): an alias", f"{arts[1].path}?SQ_DESIGN_NAME=print")
    site.trap("every page ends its content with a nested content container painting the shared 'Hỗ trợ hợp tác xã' "
              "snippet (a heading, a sentence, the hotline): inside div.page-content, never article text", arts[1].path)

    # -- asset listings ----------------------------------------------------------------------------------
    def item(a: RichArticle) -> str:
        desc = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return (f'<div class="news-item"><h3 class="news-title"><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a></h3>'
                f'<p class="news-date">{dm(a.date, False)}</p><p class="news-summary">{esc(desc)}</p></div>')

    for sec, title in SECTIONS.items():
        items = [a for a in arts if a.opts["sec"] == sec]
        base = f"/{sec}"
        pages = max(1, (len(items) + PER - 1) // PER)
        lid = LISTING if sec == "tin-tuc" else LISTING + (3 if sec == "thong-bao" else 6)
        for k in range(pages):
            path = base if k == 0 else f"{base}?result_{lid}_result_page={k + 1}"
            chunk = items[k * PER:(k + 1) * PER]
            pager = ""
            if pages > 1:
                def href(j: int, base: str = base, lid: int = lid) -> str:
                    return f"{{{{base}}}}{base}?result_{lid}_result_page={j}"
                prev = f'<a class="prev" href="{href(k)}">« Trang trước</a>' if k > 0 else ""
                nxt = f'<a class="next" href="{href(k + 2)}">Trang sau »</a>' if k < pages - 1 else ""
                nums = " ".join(f"<strong>{j}</strong>" if j == k + 1 else f'<a href="{href(j)}">{j}</a>'
                                for j in range(1, pages + 1))
                pager = f'<div class="listing-pager">{prev} {nums} {nxt}<span class="total">Trang {k + 1} / {pages}</span></div>'
            content = (f'<h1 class="page-title">{esc(title)}</h1>\n<div class="asset-listing">' + "".join(item(a) for a in chunk)
                       + f"</div>{pager}")
            site.page(path, layout(title, [(title, None)], content, active=title, body_class="listing-page"), content_type=HTML)
            site.non_articles.append(path)
        if pages > 1:
            site.same_page(f"{base}?result_{lid}_result_page=1", base)
            site.non_articles.append(f"{base}?result_{lid}_result_page=1")
    site.trap("asset listing /tin-tuc (title, date d/m/Y, summary; 5 a page): its pager's absolute links carry "
              "?result_24510_result_page=1 and =2; page 2 alone holds the oldest page", f"/tin-tuc?result_{LISTING}_result_page=2")

    # -- home, A-Z, site map, search, pages ------------------------------------------------------------
    notices = [a for a in arts if a.opts["sec"] == "thong-bao"]
    guides = [a for a in arts if a.opts["sec"] == "kien-thuc"]
    home = ('<div class="home-news"><h2 class="box-title">Tin mới</h2>' + "".join(item(a) for a in news[:4])
            + f'<p class="more"><a href="{{{{base}}}}/tin-tuc">Xem tất cả</a></p></div><div class="home-notice"><h2 '
            'class="box-title">Thông báo</h2><ul>' + "".join(f'<li><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a></li>'
                                                             for a in notices)
            + '</ul></div><div class="home-guide"><h2 class="box-title">Kiến thức HTX</h2><ul>'
            + "".join(f'<li><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a></li>' for a in guides) + "</ul></div>")
    site.page("/", layout("Trang chủ", [], home, active="Trang chủ", body_class="home-page", side=False), content_type=HTML)
    site.non_articles.append("/")
    pages_static = [("/gioi-thieu", "Giới thiệu", "Liên minh Hợp tác xã Thành phố Hồ Chí Minh là tổ chức đại diện, hỗ trợ "
                     "các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn Thành phố."),
                    ("/lien-he", "Liên hệ", "Mọi ý kiến đóng góp xin gửi về Văn phòng Liên minh HTX Thành phố.")]
    for path, title, text in pages_static:
        site.page(path, layout(title, [(title, None)], f'<h1 class="page-title">{title}</h1><div class="page-content"><div '
                               f'id="content_container_2001{len(path)}"><p>{esc(text)}</p></div></div>', active=title),
                  content_type=HTML)
        site.non_articles.append(path)
    az_items = sorted([(a.title, a.path) for a in notices + guides] + [(t, p) for p, t, _ in pages_static])
    groups: dict[str, list] = {}
    for t, p in az_items:
        c = t[0].upper()
        groups.setdefault(c if c.isascii() else "#", []).append((t, p))
    letters = "".join(f'<a href="#az-{c}">{c}</a> ' if c in groups else f"<span>{c}</span> "
                      for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    az = (f'<h1 class="page-title">Tra cứu A-Z</h1><div class="az-letters">{letters}</div>' + "".join(
        f'<div class="az-group" id="az-{c}"><h2>{c}</h2><ul>' + "".join(
            f'<li><a href="{{{{base}}}}{p}">{esc(t)}</a></li>' for t, p in groups[c]) + "</ul></div>" for c in sorted(groups)))
    site.page("/tra-cuu-a-z", layout("Tra cứu A-Z", [("Tra cứu A-Z", None)], az), content_type=HTML)
    site.non_articles.append("/tra-cuu-a-z")
    site.trap("the A-Z listing /tra-cuu-a-z (letters, each with its pages: the notices, the guides and the site's "
              "pages only): a listing", "/tra-cuu-a-z")
    smap = ('<h1 class="page-title">Sơ đồ trang</h1><ul class="site-map"><li><a href="{{base}}/">Trang chủ</a><ul>'
            + "".join(f'<li><a href="{{{{base}}}}{h}">{esc(t)}</a></li>' for t, h in
                      [("Giới thiệu", "/gioi-thieu"), *[(t, f"/{s}") for s, t in SECTIONS.items()], ("Liên hệ", "/lien-he")])
            + "</ul></li></ul>")
    site.page("/so-do-trang", layout("Sơ đồ trang", [("Sơ đồ trang", None)], smap), content_type=HTML)
    site.non_articles.append("/so-do-trang")
    form = ('<form action="{{base}}/tim-kiem" method="get"><input type="hidden" name="mode" value="results" /><input '
            'type="text" name="queries_search_query" /><button type="submit">Tìm kiếm</button></form>')
    site.page("/tim-kiem", layout("Tìm kiếm", [("Tìm kiếm", None)], f'<h1 class="page-title">Tìm kiếm</h1>{form}'),
              content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body]
    site.page("/tim-kiem?mode=results&queries_search_query=ocop", layout(
        "Kết quả tìm kiếm", [("Tìm kiếm", "/tim-kiem"), ("Kết quả", None)],
        f'<h1 class="page-title">Kết quả tìm kiếm</h1>{form}<p class="result-count">Tìm thấy {len(found)} kết quả cho '
        f'"ocop"</p><ol class="search-results">' + "".join(
            f'<li><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a><p>{dm(a.date, False)}</p></li>' for a in found) + "</ol>"),
        content_type=HTML)
    site.non_articles += ["/tim-kiem", "/tim-kiem?mode=results&queries_search_query=ocop"]
    site.trap("search page /tim-kiem and the hot keyword's results /tim-kiem?mode=results&queries_search_query=ocop; the "
              "site map /so-do-trang (sections only); /gioi-thieu, /lien-he: not articles",
              "/tim-kiem?mode=results&queries_search_query=ocop")
    site.page("/_login", '<!DOCTYPE html><html><head><title>Đăng nhập</title></head><body><form method="post" '
              'action="/_login"><input name="SQ_LOGIN_USERNAME" /><input type="password" name="SQ_LOGIN_PASSWORD" />'
              '<input type="submit" value="Đăng nhập" /></form></body></html>', content_type=HTML)
    site.never_fetched.append("/_login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /_admin\nDisallow: /_edit\nDisallow: /_login\nDisallow: /__lib/\n")
    site.trap("robots.txt disallows /_admin, /_edit, /_login and /__lib/: the footer's 'Đăng nhập' /_login is never "
              "fetched", "/_login")

    # -- RSS feed asset ----------------------------------------------------------------------------------
    feed = [a for a in news if a is not oldest][:5]
    its = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid isPermaLink=\"true\">{{{{base}}}}{a.path}"
        f"</guid><description>{esc(inline_text(next(b.text for b in a.blocks if b.kind == 'p')))}</description><pubDate>"
        f"{utc(a.date):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>" for a in feed)
    site.page("/tin-tuc/rss", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Tin tức - '
              f"{esc(SHORT)}</title><link>{{{{base}}}}/tin-tuc</link><description>Tin tức - Sự kiện</description><language>vi"
              f"</language><lastBuildDate>{utc(NOW):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>{its}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS feed asset /tin-tuc/rss (5 newest news pages, the first paragraph): pubDate in UTC '+0000'",
              "/tin-tuc/rss")
    site.binary("/__data/assets/file/0010/1000/favicon.ico", b"\x00\x00\x01\x00")
    return site
