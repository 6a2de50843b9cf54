"""Site `nhatky-htxlangson` (registry family `generic`): "Nhật ký HTX Xứ Lạng", the blog the Lạng Sơn cooperative
alliance's office keeps about the province's cooperatives, on **Halo 2.20** (the Java blog platform, Spring WebFlux +
Thymeleaf) with its default theme **Earth 1.x** (Tailwind classes), a Vietnamese site title and the owner's own
translation of the theme's labels; plugins: comment widget, RSS feed, sitemap, links, photos, moments. Written as a
held-out test: no family module, no selectors.

URL shapes (Halo's default routes): posts `/archives/<slug>` (no trailing slash, no date), the home list `/` and
`/page/<n>`, categories `/categories/<slug>` (+ `/page/<n>`), tags `/tags/<slug>`, authors `/authors/<username>`,
archives `/archives`, `/archives/<yyyy>`, `/archives/<yyyy>/<mm>` (+ `/page/<n>`), single pages `/<slug>` (`/about`,
`/lien-he`), plugin pages `/links`, `/photos`, `/moments` and `/moments/<uuid>`, feeds `/rss.xml`, `/sitemap.xml`.
Uploads keep the uploader's file name, spaces and all (`/upload/Mau dang ky gian hang.doc` -> `%20`).

Why it is hard: the title is the post column's only `<h1>`; the text is `article.markdown-body#content` holding the
Halo (TipTap) editor's output: `<p style="">`, headings with ids, `<li><p>` list items, tables whose cells hold
`<p>`s inside a `<colgroup>` table, `<img>` blocks followed by a centred italic caption paragraph. The only machine
date is the head's `article:published_time` as a Java `Instant` in UTC (`2025-09-20T23:20:00Z` for a post of 06:20 on
21 September); the page prints `2025-09-21` (the time only in the span's `title`), and "Cập nhật" `yyyy-MM-dd` for an
edited post. The author line names the Halo account (the office "Văn phòng Liên minh", never an author; a staff
member's own account is); the byline closing the text wins. A pinned post heads the home page out of date order; the
lists show Halo's automatic excerpt (the first 200 characters of the text). Comments are a web component filled by
script (none in the HTML). Moments (`/moments`) are dated short notes, not articles. The theme's announcement box on
every page links the newest post with `?utm_source=thongbao`; a post whose slug was edited is linked under its old
slug from the about page: Halo keeps no redirect (404).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf, rtf
from .richbody import RichArticle

SITE = "nhatky-htxlangson"
TITLE = "Nhật ký HTX Xứ Lạng"
HTML = "text/html;charset=UTF-8"
OFFICE = ("vanphong", "Văn phòng Liên minh")
USERS = {"vanphong": "Văn phòng Liên minh", "hanhnt": "Nông Thị Hạnh"}
BIO = "Ghi chép hằng ngày của Văn phòng Liên minh HTX tỉnh Lạng Sơn về kinh tế tập thể Xứ Lạng."
SLOGAN = "Hợp tác để cùng phát triển - Vì một Xứ Lạng no ấm"
NOTICE = "Thông báo: Hội chợ OCOP Xứ Lạng 2025 nhận đăng ký gian hàng đến hết 25/10/2025."
CATS = {"tin-hoat-dong": "Tin hoạt động", "van-ban": "Văn bản", "guong-htx": "Gương HTX", "hinh-anh": "Hình ảnh"}
NOW = datetime(2025, 10, 20, 9, 30)
FURN = [SLOGAN, BIO, "Thông báo: Hội chợ OCOP Xứ Lạng 2025 nhận đăng ký gian hàng đến hết 25/10/2025.",
        "Bài viết nổi bật", "Mục lục", "Chuyên mục", "Thẻ", "Bài trước", "Bài sau", "Bình luận",
        "Lượt truy cập: 48.213", "Thời tiết TP. Lạng Sơn: 22°C, sương mù nhẹ buổi sáng",
        "© 2025 Nhật ký HTX Xứ Lạng. Powered by Halo",
        "Văn phòng Liên minh HTX tỉnh Lạng Sơn - Số 2 Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "Thích", "lượt xem"]


def slugify(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def instant(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="so-ket-9-thang-nam-2025-lien-minh-htx-tinh-lang-son", title="Liên minh HTX tỉnh Lạng Sơn sơ kết 9 tháng năm 2025",
          lead="**Sáng 13/10, Liên minh HTX tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ quý IV năm 2025.**",
          body="""
Chín tháng qua, toàn tỉnh thành lập mới 31 HTX, nâng tổng số HTX đang hoạt động lên 487 HTX với hơn 9.600 thành viên.
[img so-ket-9-thang.png] Quang cảnh hội nghị sơ kết tại trụ sở Liên minh HTX tỉnh
## Kết quả nổi bật
Liên minh HTX đã tư vấn thành lập 18 HTX, hỗ trợ 42 HTX tham gia hội chợ, triển lãm trong và ngoài tỉnh.
Quỹ hỗ trợ phát triển HTX giải ngân 9,2 tỷ đồng cho 14 dự án, chủ yếu đầu tư kho lạnh và máy chế biến hồi, quế.
## Nhiệm vụ quý IV
Tập trung tổ chức Hội chợ OCOP Xứ Lạng 2025, hoàn thiện hồ sơ đánh giá phân hạng sản phẩm OCOP đợt 2.
""", byline="Bài và ảnh: Hoàng Thu Trang", author="Hoàng Thu Trang",
          opts={"cat": "tin-hoat-dong", "tags": ["Hội nghị", "Kinh tế tập thể"], "owner": "vanphong", "views": 312, "comments": 3,
                "upvotes": 14},
          notes=["post /archives/<slug>: the only machine date is article:published_time '2025-10-14T01:30:00Z' (a Java Instant, "
                 "UTC); the page prints '2025-10-14' (the time in the span's title); the author line names the office account "
                 "'Văn phòng Liên minh': 'Bài và ảnh: Hoàng Thu Trang' closes the text -> author; the theme's announcement box "
                 "links it as /archives/<slug>?utm_source=thongbao on every page: an alias"],
          **at(datetime(2025, 10, 14, 8, 30))),
        A(path="thong-bao-27-tb-lmhtx-dang-ky-hoi-cho-ocop-xu-lang-2025",
          title="Thông báo số 27/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP Xứ Lạng năm 2025",
          body="""
LIÊN MINH HTX TỈNH LẠNG SƠN
Số: 27/TB-LMHTX
Lạng Sơn, ngày 02 tháng 10 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP Xứ Lạng năm 2025
Liên minh HTX tỉnh thông báo tới các HTX, tổ hợp tác có sản phẩm OCOP, sản phẩm đặc trưng của tỉnh đăng ký tham gia hội chợ.
* Thời gian tổ chức: từ ngày 07/11 đến ngày 11/11/2025 tại Quảng trường 17/10, phường Lương Văn Tri;
* Mỗi HTX được hỗ trợ một gian hàng tiêu chuẩn miễn phí;
* Hạn đăng ký: hết ngày 25/10/2025, gửi về Văn phòng Liên minh HTX tỉnh.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vi Văn Thành
""", author=None, doc_number="27/TB-LMHTX",
          attachments=[{"path": "/upload/TB-27-LMHTX-2025.pdf", "text": "TB-27-LMHTX-2025.pdf"},
                       {"path": "/upload/Mau%20dang%20ky%20gian%20hang.doc", "text": "Mau dang ky gian hang.doc"}],
          opts={"cat": "van-ban", "tags": ["Văn bản", "OCOP"], "owner": "vanphong", "views": 540, "comments": 0, "upvotes": 6,
                "pinned": True},
          notes=["notice 'Số: 27/TB-LMHTX' dated 02/10 in the text, posted 03/10/2025 15:10; pinned: it heads the home page above "
                 "newer posts (the 'Ghim' badge); the signer is text, author null; two uploads after 'Tệp đính kèm:' (a PDF and "
                 "'/upload/Mau%20dang%20ky%20gian%20hang.doc', the uploader's name with spaces): attachments"],
          **at(datetime(2025, 10, 3, 15, 10))),
        A(path="anh-mua-thu-hoach-hoi-o-htx-nong-lam-nghiep-binh-gia", title="Ảnh: Mùa thu hoạch hồi ở HTX Nông lâm nghiệp Bình Gia",
          body="""
Tháng 9, các thành viên HTX Nông lâm nghiệp Bình Gia bước vào vụ thu hoạch hoa hồi chính của năm.
[img hoi-binh-gia-1.png] Thành viên HTX hái hồi trên đồi cao ở xã Hồng Phong
[img hoi-binh-gia-2.png] Hồi tươi được phân loại ngay tại bãi tập kết của HTX
[img hoi-binh-gia-3.png] Lò sấy hồi bằng hơi nóng HTX mới đầu tư năm 2025
""", byline="Ảnh: Lộc Văn Tuấn", author="Lộc Văn Tuấn",
          opts={"cat": "hinh-anh", "tags": ["Hồi", "Nông lâm nghiệp"], "owner": "vanphong", "views": 205, "comments": 1, "upvotes": 9},
          notes=["photo story: three editor image blocks, each followed by a centred italic caption paragraph (the lines); posted "
                 "06:20 on 21/09/2025: article:published_time '2025-09-20T23:20:00Z' is the previous day in UTC, the page's "
                 "'2025-09-21' the right day; 'Ảnh: Lộc Văn Tuấn' -> author"],
          **at(datetime(2025, 9, 21, 6, 20))),
        A(path="san-pham-ocop-cua-htx-lang-son-nam-2025", title="Sản phẩm OCOP của HTX Lạng Sơn năm 2025 theo địa bàn",
          body="""
Đến tháng 9/2025, các HTX trên địa bàn tỉnh có 96 sản phẩm được công nhận OCOP từ 3 sao trở lên.
| Địa bàn | Số HTX có sản phẩm | 3 sao | 4 sao |
| Khu vực Chi Lăng | 9 | 14 | 3 |
| Khu vực Bình Gia | 7 | 10 | 2 |
| Khu vực Văn Quan | 6 | 9 | 1 |
| Khu vực Lộc Bình | 5 | 8 | 1 |
Sản phẩm chủ lực là na, hồi, quế, thạch đen và rượu men lá.
""", byline="Theo Báo Lạng Sơn", author=None,
          opts={"cat": "tin-hoat-dong", "tags": ["OCOP"], "owner": "vanphong", "views": 188, "comments": 0, "upvotes": 4,
                "updated": datetime(2025, 9, 12, 16, 45)},
          notes=["the editor's table (<colgroup>, every cell a <p>; the header row in <th>): one line per row; 'Cập nhật "
                 "2025-09-12' beside the date is an edit, not the date (08/09/2025); 'Theo Báo Lạng Sơn' names a newspaper: "
                 "text, author null"],
          **at(datetime(2025, 9, 8, 10, 0))),
        A(path="nam-nhom-chinh-sach-ho-tro-htx-theo-nghi-dinh-113", title="Năm nhóm chính sách hỗ trợ HTX theo Nghị định 113/2024/NĐ-CP",
          body="""
Nghị định số 113/2024/NĐ-CP ngày 12/9/2024 quy định chi tiết một số điều của Luật HTX năm 2023. HTX cần nắm các nhóm chính sách sau:
* Phát triển nguồn nhân lực, đào tạo và bồi dưỡng;
* Ứng dụng khoa học, kỹ thuật và công nghệ mới;
* Tiếp cận, mở rộng thị trường và xúc tiến thương mại;
* Hỗ trợ đầu tư kết cấu hạ tầng, trang thiết bị;
* Tiếp cận vốn và quỹ hỗ trợ phát triển HTX.
Liên minh HTX tỉnh sẵn sàng hướng dẫn HTX lập hồ sơ đề nghị hỗ trợ.
""", byline="Lý Thị Mai - Văn phòng Liên minh", author="Lý Thị Mai",
          opts={"cat": "tin-hoat-dong", "tags": ["Chính sách", "Luật HTX"], "owner": "vanphong", "views": 421, "comments": 2,
                "upvotes": 11},
          notes=["a five-item list (each <li> holds a <p>) after a line ending with a colon; 'Lý Thị Mai - Văn phòng Liên minh' "
                 "-> author Lý Thị Mai"],
          **at(datetime(2025, 8, 27, 14, 0))),
        A(path="htx-hong-phong-dua-na-chi-lang-len-san-thuong-mai-dien-tu", title="HTX Hồng Phong đưa na Chi Lăng lên sàn thương mại điện tử",
          body="""
Vụ na năm nay, HTX Hồng Phong bán được gần 40 tấn na qua các sàn thương mại điện tử và livestream.
[img na-chi-lang.png] Thành viên HTX đóng hộp na trước khi giao cho đơn vị vận chuyển
Mỗi hộp na 2 kg có tem truy xuất nguồn gốc, giá bán cao hơn bán tại vườn khoảng 15.000 đồng/kg.
HTX dự kiến mở thêm gian hàng trên hai sàn mới trong năm 2026.
""", author="Nông Thị Hạnh",
          opts={"cat": "guong-htx", "tags": ["Na Chi Lăng", "Chuyển đổi số"], "owner": "hanhnt", "views": 276, "comments": 4,
                "upvotes": 17},
          notes=["posted under the staff member's own Halo account 'Nông Thị Hạnh' (/authors/hanhnt), no byline -> author"],
          **at(datetime(2025, 8, 12, 9, 45))),
        A(path="htx-tan-thanh-lien-ket-trong-thach-den", title="HTX Dịch vụ nông nghiệp Tân Thanh liên kết trồng thạch đen",
          body="""
HTX Dịch vụ nông nghiệp Tân Thanh vừa ký hợp đồng bao tiêu thạch đen khô với một doanh nghiệp chế biến ở Bắc Ninh.
Theo hợp đồng, HTX cung ứng 120 tấn thạch đen khô mỗi năm từ vùng trồng 60 ha của 85 hộ thành viên.
Doanh nghiệp hỗ trợ giống, hướng dẫn kỹ thuật phơi sấy và thu mua với giá sàn 28.000 đồng/kg.
""", author=None,
          opts={"cat": "guong-htx", "tags": ["Thạch đen", "Liên kết"], "owner": "vanphong", "views": 97, "comments": 0, "upvotes": 2},
          notes=["no byline, posted by the office account: author null; only on /page/2 of the home list"],
          **at(datetime(2025, 7, 30, 16, 20))),
        A(path="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-5-khoa-vi", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5, khóa VI",
          body="""
Ngày 15/7, Ban Chấp hành Liên minh HTX tỉnh Lạng Sơn khóa VI tổ chức hội nghị lần thứ 5.
## Đánh giá 6 tháng đầu năm
Hội nghị thống nhất đánh giá 6 tháng đầu năm 2025 Liên minh HTX hoàn thành 7/10 chỉ tiêu chủ yếu.
## Kiện toàn tổ chức
Hội nghị bầu bổ sung hai ủy viên Ban Chấp hành là giám đốc HTX tiêu biểu của tỉnh.
""", byline="Hoàng Minh Đức", author="Hoàng Minh Đức",
          opts={"cat": "tin-hoat-dong", "tags": ["Hội nghị"], "owner": "vanphong", "views": 133, "comments": 0, "upvotes": 3,
                "old_slug": "hoi-nghi-bch-lan-thu-5"},
          notes=["oldest post, only on /page/2 and the archives; the bare name 'Hoàng Minh Đức' closes the text (author); its "
                 "slug was edited: the old /archives/hoi-nghi-bch-lan-thu-5 (linked from /about) answers 404 (Halo keeps no "
                 "redirect)"],
          **at(datetime(2025, 7, 15, 8, 0))),
    ]


def heading_id(text: str) -> str:
    return slugify(text)


def render(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f'<p style=""><strong>{inline_html(a.lead.strip("*"))}</strong></p>')
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<h2 id="{heading_id(b.text)}" style="">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f'<li><p style="">{inline_html(i)}</p></li>' for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<img src="/upload/{b.src}" alt="{attr(b.text)}" width="100%" height="100%" style="width: 100%; height: 100%">')
            if b.text:
                out.append(f'<p style="text-align: center"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            n = len(head)
            out.append(f'<table style="min-width: {25 * n}px"><colgroup>' + "".join('<col style="min-width: 25px">' for _ in head)
                       + "</colgroup><tbody><tr>"
                       + "\n".join(f'<th colspan="1" rowspan="1"><p style="">{esc(c)}</p></th>' for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f'<td colspan="1" rowspan="1"><p style="">{esc(c)}</p></td>' for c in r) + "</tr>\n"
                                 for r in rows) + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align: right"><strong>{esc(a.byline)}</strong></p>')
    if a.attachments:
        out.append('<p style="">Tệp đính kèm:</p><ul>' + "".join(
            f'<li><p style=""><a target="_blank" rel="noopener noreferrer nofollow" href="{x["path"]}">{esc(x["text"])}</a></p></li>'
            for x in a.attachments) + "</ul>")
    return "".join(out)


def excerpt(a: RichArticle) -> str:
    text = " ".join(a.text_lines())
    return text[:200]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lang-son", "Nhật ký HTX Xứ Lạng (blog Halo của Liên minh HTX tỉnh Lạng Sơn)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/archives/{a.path}"
    newest = posts[0]
    tags = sorted({t for p in posts for t in p.opts["tags"]}, key=slugify)
    tag_url = {t: f"/tags/{slugify(t)}" for t in tags}

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def sidebar() -> str:
        popular = sorted(posts, key=lambda p: -p.opts["views"])[:4]
        pop = "".join(f'<li class="flex flex-col gap-1"><a class="line-clamp-2 text-sm text-gray-700 hover:text-gray-900" href="{p.path}">'
                      f'{esc(p.title)}</a><span class="text-xs text-gray-500">{p.date:%Y-%m-%d}</span></li>' for p in popular)
        cats = "".join(f'<li><a class="flex justify-between text-sm" href="/categories/{c}"><span>{esc(n)}</span>'
                       f'<span class="text-gray-400">{sum(1 for p in posts if p.opts["cat"] == c)}</span></a></li>' for c, n in CATS.items())
        tagc = "".join(f'<a class="rounded bg-gray-100 px-2 py-1 text-xs" href="{tag_url[t]}">{esc(t)}</a>' for t in tags)
        return (f'<aside class="hidden w-72 flex-none flex-col gap-4 lg:flex">'
                f'<div class="rounded-xl bg-white p-4 shadow-sm"><div class="flex flex-col items-center gap-2">'
                f'<img class="h-20 w-20 rounded-full" src="/upload/logo-lmhtx-langson.png" alt="{OFFICE[1]}">'
                f'<div class="text-base font-medium">{OFFICE[1]}</div><p class="text-center text-sm text-gray-500">{BIO}</p></div>'
                f'<div class="mt-3 grid grid-cols-3 text-center text-sm"><div><div class="font-medium">{len(posts)}</div><div class="text-gray-500">Bài viết</div></div>'
                f'<div><div class="font-medium">{len(CATS)}</div><div class="text-gray-500">Chuyên mục</div></div>'
                f'<div><div class="font-medium">{len(tags)}</div><div class="text-gray-500">Thẻ</div></div></div></div>'
                f'<div class="rounded-xl bg-white p-4 shadow-sm"><div class="text-sm text-amber-700">'
                f'<a href="{newest.path}?utm_source=thongbao">{NOTICE}</a></div></div>'
                f'<div class="rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-3 text-base font-medium">Bài viết nổi bật</h2><ul class="flex flex-col gap-3">{pop}</ul></div>'
                f'<div class="rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-3 text-base font-medium">Chuyên mục</h2><ul class="flex flex-col gap-2">{cats}</ul></div>'
                f'<div class="rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-3 text-base font-medium">Thẻ</h2><div class="flex flex-wrap gap-2">{tagc}</div></div>'
                f'<div class="rounded-xl bg-white p-4 shadow-sm text-sm text-gray-600"><p>Thời tiết TP. Lạng Sơn: 22°C, sương mù nhẹ buổi sáng</p>'
                f'<p>Lượt truy cập: 48.213</p></div></aside>')

    def layout(title: str, main: str, head: str = "", toc: bool = False) -> str:
        toc_box = ('<div class="sticky top-4 rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-3 text-base font-medium">Mục lục</h2>'
                   '<div class="toc text-sm"></div></div>') if toc else ""
        side = sidebar().replace("</aside>", toc_box + "</aside>")
        return f"""<!DOCTYPE html>
<html lang="vi" class="">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/themes/theme-earth/assets/dist/style.css?v=1.12.3">
<script src="/themes/theme-earth/assets/dist/main.iife.js?v=1.12.3" defer></script>
<link rel="icon" href="/upload/favicon.png">
<meta name="generator" content="Halo 2.20.11"/>
{head}
<link rel="alternate" type="application/rss+xml" title="{TITLE}" href="{{{{base}}}}/rss.xml" />
<script src="/plugins/PluginSearchWidget/assets/static/search-widget.iife.js?version=1.6.0" defer></script>
</head>
<body class="bg-gray-100 dark:bg-slate-900">
<header class="sticky top-0 z-10 bg-white shadow-sm"><div class="mx-auto flex h-14 max-w-7xl items-center justify-between px-4">
<a href="/" class="flex items-center gap-2"><img class="h-8" src="/upload/logo-lmhtx-langson.png" alt="{TITLE}"><span class="text-lg font-semibold">{TITLE}</span></a>
<ul class="hidden items-center gap-6 md:flex">
<li><a class="text-sm" href="/">Trang chủ</a></li>
<li class="group relative"><a class="text-sm" href="/categories/tin-hoat-dong">Tin hoạt động</a></li>
<li><a class="text-sm" href="/categories/guong-htx">Gương HTX</a></li>
<li><a class="text-sm" href="/categories/van-ban">Văn bản</a></li>
<li><a class="text-sm" href="/moments">Khoảnh khắc</a></li>
<li><a class="text-sm" href="/photos">Album ảnh</a></li>
<li><a class="text-sm" href="/archives">Lưu trữ</a></li>
<li><a class="text-sm" href="/links">Liên kết</a></li>
<li><a class="text-sm" href="/about">Giới thiệu</a></li>
</ul>
<button class="search-trigger" type="button" onclick="SearchWidget.open()" aria-label="Tìm kiếm"><i class="i-tabler-search"></i></button>
</div><div class="bg-emerald-700 py-1 text-center text-xs text-white">{SLOGAN}</div></header>
<div class="mx-auto mt-4 max-w-7xl px-0 md:px-4"><div class="flex gap-4">
<main class="min-w-0 flex-1">
{main}
</main>
{side}
</div></div>
<footer class="mt-6 bg-white py-6 text-center text-sm text-gray-500 dark:bg-slate-800">
<p>Văn phòng Liên minh HTX tỉnh Lạng Sơn - Số 2 Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>
<p>© 2025 Nhật ký HTX Xứ Lạng. Powered by <a href="{{{{base:offsite}}}}/halo/" target="_blank">Halo</a></p>
</footer>
</body>
</html>
"""

    def meta_line(a: RichArticle, full: bool) -> str:
        owner = a.opts["owner"]
        upd = a.opts.get("updated")
        cat = a.opts["cat"]
        return ('<div class="mt-3 flex flex-wrap items-center gap-3 text-sm text-gray-600">'
                + (f'<a href="/authors/{owner}" class="flex items-center gap-1.5"><img class="h-6 w-6 rounded-full" '
                   f'src="/upload/avatar-{owner}.png" alt="{USERS[owner]}"><span>{esc(USERS[owner])}</span></a>' if full else "")
                + f'<span class="flex items-center gap-1"><i class="i-tabler-calendar"></i><span title="{a.date:%Y-%m-%d %H:%M}">{a.date:%Y-%m-%d}</span></span>'
                + (f'<span class="flex items-center gap-1"><i class="i-tabler-refresh"></i>Cập nhật {upd:%Y-%m-%d}</span>' if upd and full else "")
                + f'<span class="flex items-center gap-1"><i class="i-tabler-eye"></i>{a.opts["views"]} lượt xem</span>'
                f'<span class="flex items-center gap-1"><i class="i-tabler-message"></i>{a.opts["comments"]}</span>'
                f'<a class="rounded bg-emerald-50 px-2 py-0.5 text-xs text-emerald-700" href="/categories/{cat}">{CATS[cat]}</a></div>')

    for i, a in enumerate(posts):
        full = f"{{{{base}}}}{a.path}"
        img = a.first_image()
        head = (f'<meta name="description" content="{attr(excerpt(a))}" />\n'
                f'<meta name="keywords" content="{attr(",".join(a.opts["tags"]))}" />\n'
                f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{attr(a.title)}" />\n'
                f'<meta property="og:url" content="{full}" />\n<meta property="og:site_name" content="{TITLE}" />\n'
                f'<meta property="og:description" content="{attr(excerpt(a))}" />\n'
                + (f'<meta property="og:image" content="{{{{base}}}}/upload/{img}" />\n' if img else "")
                + f'<meta property="article:published_time" content="{instant(a.date)}" />\n'
                f'<meta property="article:modified_time" content="{instant(a.opts.get("updated") or a.date)}" />\n'
                f'<meta property="article:author" content="{USERS[a.opts["owner"]]}" />')
        prev_ = posts[i + 1] if i + 1 < len(posts) else None
        next_ = posts[i - 1] if i > 0 else None
        nav = ('<div class="mt-4 grid grid-cols-2 gap-4">'
               + (f'<a class="rounded-xl bg-white p-4 shadow-sm" href="{prev_.path}"><span class="text-xs text-gray-500">Bài trước</span>'
                  f'<div class="line-clamp-1 text-sm">{esc(prev_.title)}</div></a>' if prev_ else "<div></div>")
               + (f'<a class="rounded-xl bg-white p-4 text-right shadow-sm" href="{next_.path}"><span class="text-xs text-gray-500">Bài sau</span>'
                  f'<div class="line-clamp-1 text-sm">{esc(next_.title)}</div></a>' if next_ else "<div></div>") + "</div>")
        tag_links = "".join(f'<a class="rounded bg-gray-100 px-2 py-1 text-xs" href="{tag_url[t]}"># {esc(t)}</a>' for t in a.opts["tags"])
        name = f"post-{abs(hash(a.opts['slug'])) % 10 ** 8}" if False else f"post-{1000 + i}"
        main = (f'<div class="rounded-xl bg-white p-4 shadow-sm dark:bg-slate-800">'
                f'<h1 class="text-2xl font-medium text-gray-900 dark:text-slate-50">{esc(a.title)}</h1>{meta_line(a, True)}'
                f'<article class="markdown-body mt-5 !bg-transparent" id="content">{render(a)}</article>'
                f'<div class="mt-5 flex flex-wrap gap-2">{tag_links}</div>'
                f'<div class="mt-5 flex justify-center"><button class="upvote-button rounded-full border px-4 py-1.5 text-sm" '
                f'data-name="{name}"><i class="i-tabler-thumb-up"></i> Thích ({a.opts["upvotes"]})</button></div></div>'
                f'{nav}<div class="mt-4 rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-3 text-base font-medium">Bình luận</h2>'
                f'<div id="comment-content-halo-run-Post-{name}"></div><script>CommentWidget.init("#comment-content-halo-run-Post-{name}",'
                f'{{group:"content.halo.run",kind:"Post",name:"{name}",size:20,replySize:10,withReplies:false,useAvatar:true}});</script></div>')
        page(a.path, layout(f"{a.title} - {TITLE}", main, head, toc=any(b.kind == "h" for b in a.blocks)))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/upload/{b.src}", image_for(b.src))
        for x in a.attachments:
            if x["path"].endswith(".pdf"):
                site.binary(x["path"], pdf(a.title, ["THONG BAO SO 27/TB-LMHTX", "Hoi cho OCOP Xu Lang 2025"]))
            else:
                site.binary(x["path"], rtf(["PHIẾU ĐĂNG KÝ GIAN HÀNG", "Hội chợ OCOP Xứ Lạng năm 2025", "Tên HTX: ...................."]))
        if a is newest:
            site.same_page(a.path + "?utm_source=thongbao", a.path)
            a.aliases.append(a.path + "?utm_source=thongbao")
        if a.opts.get("old_slug"):
            site.broken(f"/archives/{a.opts['old_slug']}")
        site.add_article(a)

    def card(a: RichArticle) -> str:
        img = a.first_image()
        pin = '<span class="mr-1 rounded bg-red-500 px-1.5 py-0.5 text-xs text-white">Ghim</span>' if a.opts.get("pinned") else ""
        return (f'<div class="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm sm:flex-row">'
                + (f'<a href="{a.path}" class="flex-none"><img class="h-32 w-full rounded-lg object-cover sm:w-48" src="/upload/{img}" '
                   f'alt="{attr(a.title)}" loading="lazy"></a>' if img else "")
                + f'<div class="flex flex-1 flex-col gap-2"><div>{pin}<a class="text-lg font-medium text-gray-900" href="{a.path}">{esc(a.title)}</a></div>'
                f'<p class="line-clamp-3 text-sm text-gray-500">{esc(excerpt(a))}</p>{meta_line(a, False)}</div></div>')

    def pager(urls: list[str], n: int) -> str:
        if len(urls) < 2:
            return ""
        prev_ = f'<a class="rounded bg-white px-3 py-1.5 text-sm" href="{urls[n - 1]}">Trang trước</a>' if n else ""
        next_ = f'<a class="rounded bg-white px-3 py-1.5 text-sm" href="{urls[n + 1]}">Trang sau</a>' if n + 1 < len(urls) else ""
        return f'<div class="mt-4 flex items-center justify-center gap-3">{prev_}<span class="text-sm">{n + 1} / {len(urls)}</span>{next_}</div>'

    def listing(base: str, title: str, header: str, items: list, per: int = 5) -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        root = base.rstrip("/")
        urls = [base] + [f"{root}/page/{k}" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            main = (header + '<div class="flex flex-col gap-4">' + "".join(card(a) for a in chunk) + "</div>" + pager(urls, n))
            page(urls[n], layout(title if n == 0 else f"{title} - Trang {n + 1}", main,
                                 f'<meta name="description" content="{attr(BIO)}" />'))
            site.non_articles.append(urls[n])

    home = [a for a in posts if a.opts.get("pinned")] + [a for a in posts if not a.opts.get("pinned")]
    listing("/", TITLE, "", home)
    site.trap("home / and /page/2 (5 a page): the pinned notice first ('Ghim'), then the rest newest first: cards with "
              "Halo's automatic excerpt (the first 200 characters of the text), the date, views and the category: listings",
              "/page/2")
    for c, n in CATS.items():
        listing(f"/categories/{c}", f"Chuyên mục: {n} - {TITLE}",
                f'<div class="mb-4 rounded-xl bg-white p-4 shadow-sm"><h1 class="text-xl font-medium">Chuyên mục: {esc(n)}</h1></div>',
                [a for a in posts if a.opts["cat"] == c], per=3)
    for t in tags:
        listing(tag_url[t], f"Thẻ: {t} - {TITLE}",
                f'<div class="mb-4 rounded-xl bg-white p-4 shadow-sm"><h1 class="text-xl font-medium">Thẻ: {esc(t)}</h1></div>',
                [a for a in posts if t in a.opts["tags"]], per=5)
    for u, n in USERS.items():
        listing(f"/authors/{u}", f"{n} - {TITLE}",
                f'<div class="mb-4 flex items-center gap-3 rounded-xl bg-white p-4 shadow-sm"><img class="h-12 w-12 rounded-full" '
                f'src="/upload/avatar-{u}.png" alt="{attr(n)}"><h1 class="text-xl font-medium">{esc(n)}</h1></div>',
                [a for a in posts if a.opts["owner"] == u])
    site.trap("category pages /categories/<slug> (3 a page: /categories/tin-hoat-dong/page/2), tag pages /tags/<slug> "
              "(Halo's transliterated slugs: 'Na Chi Lăng' -> /tags/na-chi-lang), author pages /authors/<username>: "
              "the same cards: listings", "/categories/tin-hoat-dong/page/2")

    def archive(path: str, title: str, items: list, per: int = 10) -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        urls = [path] + [f"{path}/page/{k}" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            groups, out = {}, []
            for a in chunk:
                groups.setdefault((a.date.year, a.date.month), []).append(a)
            for (y, m), group in groups.items():
                out.append(f'<div class="mb-4"><h2 class="text-lg font-medium">{y}</h2><h3 class="text-sm text-gray-500">Tháng {m}</h3><ul class="mt-2 flex flex-col gap-2">'
                           + "".join(f'<li class="flex justify-between"><a class="text-sm" href="{a.path}">{esc(a.title)}</a>'
                                     f'<span class="text-xs text-gray-500">{a.date:%m-%d}</span></li>' for a in group) + "</ul></div>")
            main = f'<div class="rounded-xl bg-white p-4 shadow-sm"><h1 class="mb-4 text-xl font-medium">{esc(title)}</h1>{"".join(out)}</div>' + pager(urls, n)
            page(urls[n], layout(f"{title} - {TITLE}", main))
            site.non_articles.append(urls[n])

    archive("/archives", "Lưu trữ", posts, per=5)
    for y in sorted({a.date.year for a in posts}):
        archive(f"/archives/{y}", f"Lưu trữ năm {y}", [a for a in posts if a.date.year == y])
        for m in sorted({a.date.month for a in posts if a.date.year == y}):
            archive(f"/archives/{y}/{m:02d}", f"Lưu trữ tháng {m}/{y}", [a for a in posts if a.date.year == y and a.date.month == m])
    site.trap("archives /archives (5 a page, /archives/page/2), /archives/<yyyy>, /archives/<yyyy>/<mm>: year and month "
              "headings, 'MM-dd' beside each title: listings", "/archives/page/2")

    def single(path: str, title: str, body: str) -> None:
        main = (f'<div class="rounded-xl bg-white p-4 shadow-sm"><h1 class="text-2xl font-medium">{esc(title)}</h1>'
                f'<article class="markdown-body mt-5 !bg-transparent" id="content">{body}</article></div>')
        page(path, layout(f"{title} - {TITLE}", main, f'<meta name="description" content="{attr(BIO)}" />'))
        site.non_articles.append(path)

    old = next(a for a in posts if a.opts.get("old_slug"))
    single("/about", "Giới thiệu", '<p style="">Nhật ký HTX Xứ Lạng do Văn phòng Liên minh HTX tỉnh Lạng Sơn thực hiện từ năm 2023, '
           'ghi lại hoạt động của các HTX trên địa bàn tỉnh.</p><p style="">Bài được đọc nhiều tháng 7: '
           f'<a href="/archives/{old.opts["old_slug"]}">{esc(old.title)}</a>.</p>'
           '<p style="">Mọi ý kiến đóng góp xin gửi qua trang <a href="/lien-he">Liên hệ</a>.</p>')
    single("/lien-he", "Liên hệ", '<p style="">Địa chỉ: Số 2 Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>'
           '<p style="">Điện thoại: 0205 3812 647</p><p style="">Thư điện tử: lienminhhtx.langson@gmail.com</p>')
    single("/links", "Liên kết", '<ul>' + "".join(
        f'<li><p style=""><a href="{{{{base:offsite}}}}{h}" target="_blank">{esc(t)}</a></p></li>'
        for t, h in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Báo Lạng Sơn", "/baolangson/"),
                     ("Cổng thông tin điện tử tỉnh Lạng Sơn", "/langson-gov/")]) + "</ul>")
    single("/photos", "Album ảnh", "".join(
        f'<div class="photo-item"><img src="/upload/album-{k}.png" alt="Album {k}" loading="lazy"><p style="">Hoạt động HTX năm 202{k + 2}</p></div>'
        for k in range(1, 4)))
    moments = [("a3f1c2d4-7b1e-4c55-9d0a-1e2f3a4b5c6d", datetime(2025, 10, 18, 7, 40),
                "Sáng nay đoàn công tác Liên minh HTX làm việc với HTX Chè Bản Ngà, xã Tân Tiến."),
               ("b71e09aa-3c2d-4f1b-8e77-5a6b7c8d9e0f", datetime(2025, 10, 9, 16, 5),
                "Chuẩn bị gian hàng trưng bày sản phẩm OCOP cho hội chợ tháng 11.")]
    items = "".join(f'<li class="rounded-xl bg-white p-4 shadow-sm"><div class="text-xs text-gray-500">'
                    f'<a href="/moments/{u}">{d:%Y-%m-%d %H:%M}</a></div><div class="markdown-body mt-2"><p>{esc(t)}</p></div></li>'
                    for u, d, t in moments)
    page("/moments", layout(f"Khoảnh khắc - {TITLE}", f'<h1 class="mb-4 text-xl font-medium">Khoảnh khắc</h1><ul class="flex flex-col gap-4">{items}</ul>'))
    site.non_articles.append("/moments")
    for u, d, t in moments:
        page(f"/moments/{u}", layout(f"Khoảnh khắc - {TITLE}", f'<div class="rounded-xl bg-white p-4 shadow-sm"><div class="text-xs text-gray-500">'
                                     f'{d:%Y-%m-%d %H:%M}</div><div class="markdown-body mt-2"><p>{esc(t)}</p></div></div>'))
        site.non_articles.append(f"/moments/{u}")
    site.trap("single pages /about (links a post under its old slug: 404), /lien-he, plugin pages /links, /photos, /moments "
              "and /moments/<uuid> (dated short notes): not articles", "/moments")

    rss = "".join(f"<item><title><![CDATA[{a.title}]]></title><link>{{{{base}}}}{a.path}</link>"
                  f"<description><![CDATA[{excerpt(a)}]]></description><guid>{{{{base}}}}{a.path}</guid>"
                  f"<dc:creator><![CDATA[{USERS[a.opts['owner']]}]]></dc:creator>"
                  f"<pubDate>{(a.date - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} GMT</pubDate></item>" for a in posts)
    site.page("/rss.xml", f'<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">'
              f'<channel><title><![CDATA[{TITLE}]]></title><link>{{{{base}}}}</link><description><![CDATA[{BIO}]]></description>'
              f'<generator>Halo v2.20.11</generator><language>vi</language>{rss}</channel></rss>',
              content_type="application/rss+xml; charset=UTF-8")
    sm = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{instant(a.opts.get('updated') or a.date)}</lastmod></url>" for a in posts)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sm}</urlset>',
              content_type="application/xml; charset=UTF-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /console\nDisallow: /uc\nDisallow: /login\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("/rss.xml (pubDate in GMT, dc:creator the Halo account, the excerpt) and /sitemap.xml (lastmod the Instant of the "
              "last edit): feeds, not pages", "/rss.xml")
    for name in ("logo-lmhtx-langson.png", "favicon.png", "avatar-vanphong.png", "avatar-hanhnt.png",
                 "album-1.png", "album-2.png", "album-3.png"):
        site.binary(f"/upload/{name}", image_for(name))
    return site
