"""Site `lmhtx-quangninh-moi` (registry family `generic`): the Quảng Ninh alliance's relaunched portal of 2025 (the
province was not merged on 1 July 2025) on Grav, the flat-file PHP CMS, with its Quark theme, written as a held-out
test: no family module, no selectors.

Why it is hard: Grav's parameter URLs carry a colon in the path (`/blog/tag:ocop`, `/blog/page:2`,
`/blog/archives_month:mar_2026`, `/search/query:ocop`). A post page's only `h1` is the blog hero's caption ("Tin tức -
Hoạt động"); the title is `div.content-title > h2.p-name` (a link to itself), the date `span.blog-date >
time.dt-published` shown as "14 Th03 2026" (the theme's Vietnamese month abbreviations "Th01" … "Th12") with the time
only in its `datetime` attribute, then `div.e-content`, `span.tags`, a `p.prev-next` and, beside the item, a sidebar
("Tìm kiếm", "Bài viết phổ biến" with dates, "Chuyên mục", "Lưu trữ" with counts, RSS). Some posts carry a
`span.blog-author` chip (a person, or "Ban Biên tập": the office), others a closing byline. Images come from the page's
own folder (`/user/pages/02.blog/…/anh-1.png`) with the caption as an `<em>` after a `<br>` in the image's own
paragraph. The "Sự kiện" pages use the `default` template (no date): the day is "Ngày 12/3" in the text and the
listing `/su-kien` gives the year. Listings are Quark card grids (`div.card`: date, `h5.p-name`, summary, tags).
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, weekday

SITE = "lmhtx-quangninh-moi"
NAME = "Liên minh Hợp tác xã tỉnh Quảng Ninh"
HTML = "text/html; charset=utf-8"
BLOG = "/blog"
PER = 6
PDF_PATH = "/user/pages/02.blog/cong-van-dang-ky-hoi-cho-ocop-quang-ninh-2026/cv-42-lmhtx-vp.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Hợp tác xã Quảng Ninh - Đoàn kết, sáng tạo, phát triển bền vững",
           "Chung tay xây dựng thương hiệu sản phẩm OCOP Quảng Ninh"]
FOOTER = ["Liên minh Hợp tác xã tỉnh Quảng Ninh - Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Gai, tỉnh Quảng Ninh",
          "Điện thoại: 0203.3835.626 - Email: lmhtx@quangninh.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Vũ Văn Diện - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 15/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh cấp ngày 09/5/2025",
          "Bản quyền © 2026 Liên minh HTX tỉnh Quảng Ninh. Xây dựng bằng Grav + Quark."]
LABELS = ["Bài viết phổ biến", "Lưu trữ", "Chuyên mục", "Tìm kiếm", "Theo dõi tin (RSS)", "Bài trước", "Bài sau",
          "Tin tức - Hoạt động", "Lượt truy cập: 512.907", "Tải công văn (PDF)", "Tệp đính kèm"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *LABELS]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def vn_short(d: datetime) -> str:
    return f"{d.day:02d} Th{d.month:02d} {d.year}"


def meta_time(d: datetime, with_time: bool) -> dict:
    return dict(published=iso(d, with_time=with_time), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=f"{BLOG}/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-quang-ninh-quy-i-2026",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh Quảng Ninh quý I năm 2026",
          date=datetime(2026, 3, 14, 8, 30),
          body="""
Sáng 13/3, Liên minh HTX tỉnh Quảng Ninh tổ chức Hội nghị Ban Chấp hành đánh giá kết quả quý I, triển khai nhiệm vụ quý II năm 2026.
Quý I/2026, toàn tỉnh thành lập mới 17 HTX, nâng tổng số lên 628 HTX; 92 HTX có sản phẩm OCOP được tiêu thụ qua hệ thống cửa hàng OCOP của tỉnh.
[img hoi-nghi-bch.png] Quang cảnh hội nghị Ban Chấp hành
### Nhiệm vụ quý II
* Tổ chức Tuần lễ sản phẩm OCOP và HTX tại phường Bãi Cháy;
* Hỗ trợ 20 HTX tham gia chương trình chuyển đổi số;
* Kiện toàn tổ chức Quỹ hỗ trợ phát triển HTX tỉnh.
""",
          author="Đỗ Hằng", **meta_time(datetime(2026, 3, 14, 8, 30), True),
          opts={"chip": "Đỗ Hằng", "time": True, "tags": ["hoi-nghi"]},
          notes=["title h2.p-name in div.content-title (the only h1 is the blog hero's caption 'Tin tức - Hoạt động'); "
                 "date '14 Th03 2026' (theme abbreviations) in time.dt-published, datetime '2026-03-14T08:30:00+07:00': "
                 "08:30; span.blog-author 'Đỗ Hằng': the author, not text; a ### heading and a list"]),
        A(path="/su-kien/ra-mat-htx-du-lich-cong-dong-binh-lieu",
          title="Ra mắt HTX Du lịch cộng đồng Lục Nà",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Lục Hồn, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng Lục Nà.
HTX có 19 thành viên là đồng bào Tày, Dao, cung cấp dịch vụ homestay, ẩm thực bản địa và dẫn khách chinh phục sống lưng khủng long Bình Liêu.
[img luc-na.png] Thành viên HTX đón đoàn khách đầu tiên
Liên minh HTX tỉnh sẽ hỗ trợ HTX tập huấn kỹ năng làm du lịch và quảng bá trên các kênh số.
""",
          byline="Bài, ảnh: Thanh Tùng", author="Thanh Tùng",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True, "tags": []},
          notes=["a 'Sự kiện' page in Grav's default template: h1 title and content, no date element; 'Ngày 12/3' (no "
                 "year) in the text and '12 Th03 2026' on its /su-kien card: midnight; byline 'Bài, ảnh: Thanh Tùng' "
                 "last: part of the text, the author"]),
        A(path=f"{BLOG}/cong-van-dang-ky-hoi-cho-ocop-quang-ninh-2026",
          title="Công văn về việc đăng ký tham gia Hội chợ OCOP Quảng Ninh năm 2026",
          date=datetime(2026, 2, 10),
          body="""
LIÊN MINH HTX TỈNH QUẢNG NINH
Số: 42/LMHTX-VP
V/v đăng ký tham gia Hội chợ OCOP Quảng Ninh năm 2026
Quảng Ninh, ngày 09 tháng 02 năm 2026
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Liên minh HTX tỉnh phối hợp với Sở Nông nghiệp và Môi trường tổ chức Hội chợ OCOP Quảng Ninh năm 2026 từ ngày 24 đến 29/4/2026 tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh.
Các HTX có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 20/3/2026; HTX có sản phẩm OCOP 4 sao trở lên được miễn phí gian hàng.
Nơi nhận: Như trên; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nguyễn Thị Thanh Huyền
""",
          author=None, doc_number="42/LMHTX-VP", attachments=[{"path": PDF_PATH, "text": "cv-42-lmhtx-vp.pdf"}],
          **meta_time(datetime(2026, 2, 10), False),
          opts={"chip": "Ban Biên tập", "doc": True, "tags": ["van-ban"]},
          notes=["official letter 'Số: 42/LMHTX-VP', place-date line 'Quảng Ninh, ngày 09 tháng 02 năm 2026' the day "
                 "before the date element '10 Th02 2026' (datetime T00:00: midnight); chip 'Ban Biên tập' (the office): "
                 "author null; signer last (text); the PDF in a 'Tệp đính kèm' box after div.e-content: an attachment, "
                 "not text"]),
        A(path=f"{BLOG}/anh-mua-thu-hoach-na-dong-trieu",
          title="Ảnh: Mùa thu hoạch na ở HTX Nông nghiệp Bình Khê",
          date=datetime(2026, 1, 24, 15, 0),
          lead="Thành viên HTX Nông nghiệp Bình Khê đang vào vụ thu hoạch na trái vụ phục vụ thị trường Tết.",
          body="""
[img na-1.png] Thành viên HTX thu hái na trên đồi
[img na-2.png] Na được phân loại, đóng hộp ngay tại vườn
[img na-3.png] Cán bộ Liên minh HTX tỉnh thăm vườn na của HTX
[img na-4.png] Gian hàng na Đông Triều tại cửa hàng OCOP Hạ Long
""",
          byline="Ảnh: Minh Hà", author="Minh Hà", **meta_time(datetime(2026, 1, 24, 15, 0), True),
          opts={"time": True, "tags": ["ocop"], "photo": True},
          notes=["photo story: a bold lead then four image paragraphs, each '<img><br><em>caption</em>' (one line per "
                 "caption); closing 'Ảnh: Minh Hà' right-aligned: part of the text, the author; 15:00 from the datetime"]),
        A(path=f"{BLOG}/quang-ninh-co-them-31-san-pham-ocop-cua-htx",
          title="Quảng Ninh có thêm 31 sản phẩm OCOP của HTX",
          date=datetime(2025, 12, 3),
          body="""
UBND tỉnh vừa công nhận 31 sản phẩm OCOP năm 2025 của các HTX, trong đó 6 sản phẩm đạt 4 sao.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Chả mực Hạ Long | HTX Chả mực Hùng Thắng | 4 sao |
| 2 | Miến dong Bình Liêu | HTX Miến dong Bình Liêu | 4 sao |
| 3 | Trà hoa vàng Ba Chẽ | HTX Trà hoa vàng Đạp Thanh | 4 sao |
| 4 | Hàu sữa Vân Đồn | HTX Thủy sản Vân Đồn | 3 sao |
Các sản phẩm được cấp giấy chứng nhận có giá trị 36 tháng và được hỗ trợ quảng bá tại hệ thống cửa hàng OCOP của tỉnh.
Nguồn: Báo Quảng Ninh
""",
          author=None, **meta_time(datetime(2025, 12, 3), False), opts={"tags": ["ocop"]},
          notes=["'03 Th12 2025' = 3 December (datetime '2025-12-03T00:00:00+07:00'); a Markdown table (one line per row, "
                 "cells between ' | '); 'Nguồn: Báo Quảng Ninh' last: part of the text, a source, author null"]),
        A(path=f"{BLOG}/htx-ba-kich-ba-che-mo-rong-vung-trong",
          title="HTX ba kích Ba Chẽ mở rộng vùng trồng dưới tán rừng",
          date=datetime(2025, 10, 15, 10, 20),
          lead="HTX Ba kích Ba Chẽ liên kết thêm 45 hộ đồng bào Dao, nâng diện tích trồng ba kích dưới tán rừng lên 120 ha.",
          body="""
Ba kích tím Ba Chẽ là sản phẩm có chỉ dẫn địa lý, được trồng dưới tán rừng keo và rừng tự nhiên, sau 3 năm mới cho thu hoạch.
### Liên kết để giữ giống quý
HTX cung ứng cây giống nuôi cấy mô, hướng dẫn kỹ thuật và bao tiêu củ ba kích tươi với giá từ 150.000 đồng/kg trở lên.
Trồng ba kích dưới tán rừng vừa giữ được rừng, vừa cho thu nhập gấp nhiều lần trồng keo.
Năm 2025, doanh thu của HTX ước đạt 11 tỷ đồng từ ba kích tươi, rượu ba kích và ba kích sấy khô.
""",
          byline="Hoàng Quý", author="Hoàng Quý", **meta_time(datetime(2025, 10, 15, 10, 20), True),
          opts={"time": True, "tags": ["ocop"],
                "quote": "Trồng ba kích dưới tán rừng vừa giữ được rừng, vừa cho thu nhập gấp nhiều lần trồng keo."},
          notes=["'15 Th10 2025' with datetime 10:20; a ### heading and a Markdown blockquote (one line of the text); "
                 "closing 'Hoàng Quý': part of the text, the author"]),
        A(path=f"{BLOG}/quy-ho-tro-htx-tinh-giai-ngan-cho-htx-thuy-san-van-don",
          title="Quỹ hỗ trợ phát triển HTX tỉnh giải ngân cho HTX thủy sản Vân Đồn",
          date=datetime(2025, 8, 21, 9, 15),
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Quảng Ninh vừa giải ngân 2,4 tỷ đồng cho HTX Thủy sản Vân Đồn đầu tư lồng bè nuôi hàu bằng vật liệu HDPE.
HTX có 36 thành viên nuôi hàu sữa trên diện tích 40 ha mặt nước thuộc đặc khu Vân Đồn, sản lượng mỗi năm khoảng 1.200 tấn.
Việc thay lồng bè truyền thống bằng vật liệu HDPE giúp HTX chống chịu tốt hơn với mưa bão và bảo vệ môi trường vùng nuôi.
""",
          author=None, **meta_time(datetime(2025, 8, 21, 9, 15), True), opts={"time": True, "tags": ["quy-ho-tro"]},
          notes=["no chip and no byline: author null; 09:15 only in the datetime attribute"]),
        A(path=f"{BLOG}/cong-thong-tin-lien-minh-htx-quang-ninh-ra-mat-giao-dien-moi",
          title="Cổng thông tin Liên minh HTX tỉnh Quảng Ninh ra mắt giao diện mới",
          date=datetime(2025, 6, 5),
          body="""
Từ ngày 05/6/2025, Cổng thông tin điện tử Liên minh HTX tỉnh Quảng Ninh vận hành giao diện mới, gọn nhẹ và thân thiện với điện thoại di động.
Các bài viết của cổng cũ được chuyển sang cổng mới; bạn đọc tra cứu theo chuyên mục, thẻ hoặc lưu trữ theo tháng.
""",
          author="Phạm Linh", **meta_time(datetime(2025, 6, 5), False),
          opts={"chip": "Phạm Linh", "tags": []},
          notes=["oldest post of the relaunched portal: only on /blog/page:2; chip 'Phạm Linh': the author"]),
        A(path=f"{BLOG}/htx-cha-muc-hung-thang-giu-thuong-hieu",
          title="HTX chả mực Hùng Thắng giữ thương hiệu chả mực Hạ Long",
          date=datetime(2024, 9, 18),
          body="""
HTX Chả mực Hùng Thắng có 12 thành viên, mỗi ngày sản xuất khoảng 200 kg chả mực giã tay theo cách truyền thống.
HTX chỉ dùng mực tươi đánh bắt ở vùng biển Hạ Long, không dùng chất bảo quản, sản phẩm đạt OCOP 4 sao từ năm 2022.
[img cha-muc.png] Thành viên HTX giã chả mực
Theo Báo Quảng Ninh
""",
          author=None, **meta_time(datetime(2024, 9, 18), False), opts={"tags": ["ocop"]},
          notes=["a 2024 post migrated from the old portal ('18 Th09 2024'), only on /blog/page:2; 'Theo Báo Quảng Ninh' "
                 "last: part of the text, a source; author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def folder(a: Article) -> str:
    root = "03.su-kien" if a.opts.get("event") else "02.blog"
    return f"/user/pages/{root}/{a.path.rsplit('/', 1)[1]}"


def time_el(a: Article) -> str:
    dt = a.date.strftime("%Y-%m-%dT%H:%M:%S+07:00") if a.opts.get("time") else a.date.strftime("%Y-%m-%dT00:00:00+07:00")
    return (f'<span class="blog-date"><time class="dt-published" datetime="{dt}"><i class="fa fa-calendar"></i> '
            f'{vn_short(a.date)}</time></span>')


def e_content(a: Article) -> str:
    parts = []
    if a.lead:
        parts.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    rows: list[list[str]] = []
    doc = a.opts.get("doc")
    for i, b in enumerate(a.blocks):
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        if rows:
            head, *rest = rows
            parts.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                         + "\n</tr>\n</thead>\n<tbody>\n" + "\n".join(
                             "<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rest)
                         + "\n</tbody>\n</table>")
            rows = []
        if b.kind == "img":
            cap = f"<br />\n<em>{inline_html(b.text)}</em>" if b.text else ""
            parts.append(f'<p><img alt="{attr(b.text)}" src="{folder(a)}/{b.src}" />{cap}</p>')
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "\n</ul>")
        elif b.text == a.opts.get("quote"):
            parts.append(f"<blockquote>\n<p>{inline_html(b.text)}</p>\n</blockquote>")
        elif doc and i < 4:
            parts.append(f'<p class="text-center"><strong>{inline_html(b.text)}</strong></p>')
        elif doc and b.text.startswith("KT. CHỦ TỊCH"):
            parts.append(f'<p class="text-right"><strong>{inline_html(b.text)}</strong></p>')
        elif b.text.startswith(("Nguồn:", "Theo ")):
            parts.append(f'<p class="text-right"><em>{inline_html(b.text)}</em></p>')
        else:
            parts.append(f"<p>{inline_html(b.text)}</p>")
    if a.byline:
        parts.append(f'<p class="text-right"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def tags_html(a: Article) -> str:
    if not a.opts.get("tags"):
        return ""
    return ('<span class="tags">' + "".join(
        f'<a class="label label-rounded label-secondary p-category" href="{BLOG}/tag:{t}">{t.replace("-", " ")}</a>'
        for t in a.opts["tags"]) + "</span>")


def card(a: Article) -> str:
    pic = a.first_image()
    summary = inline_text(a.lead) if a.lead else a.summary()
    img = (f'<div class="card-image"><a href="{a.path}"><img src="{folder(a)}/{pic}" alt="" /></a></div>' if pic else "")
    return (f'<div class="column col-6 col-md-12"><div class="card">{img}<div class="card-header">'
            f'<div class="card-subtitle text-gray">{time_el(a)}</div><div class="card-title"><h5 class="p-name mt-1">'
            f'<a href="{a.path}" class="u-url">{esc(a.title)}</a></h5></div></div><div class="card-body">'
            f'<p>{esc(summary)}</p></div><div class="card-footer">{tags_html(a)}</div></div></div>')


def sidebar(popular: list[Article], months: list[tuple[int, int, int]], tags: list[str]) -> str:
    pop = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="text-gray">{vn_short(a.date)}</span></li>'
                  for a in popular)
    arch = "".join(f'<li><a href="{BLOG}/archives_month:{MONTHS[m - 1]}_{y}"><span class="archive_date">Tháng {m} {y}'
                   f'</span> <span class="label label-rounded label-primary">{n}</span></a></li>' for y, m, n in months)
    tg = "".join(f'<li><a href="{BLOG}/tag:{t}">{t.replace("-", " ")}</a></li>' for t in tags)
    return (f'<div id="sidebar" class="column col-3 col-md-12">'
            f'<div class="sidebar-content"><h4>{LABELS[3]}</h4><div class="search-wrapper"><form name="search" '
            f'data-simplesearch-form><input name="searchfield" class="search-input" type="text" placeholder="Tìm kiếm…" />'
            f'</form></div></div>'
            f'<div class="sidebar-content"><h4>{LABELS[0]}</h4><ul class="popular">{pop}</ul></div>'
            f'<div class="sidebar-content"><h4>{LABELS[2]}</h4><ul class="taxonomy">{tg}</ul></div>'
            f'<div class="sidebar-content"><h4>{LABELS[1]}</h4><ul class="archives">{arch}</ul></div>'
            f'<div class="sidebar-content syndicate"><h4>{LABELS[4]}</h4><a class="btn" href="{BLOG}.rss">RSS</a> '
            f'<a class="btn" href="{BLOG}.atom">Atom 1.0</a></div></div>')


def layout(title: str, hero: str | None, main: str, side: str | None) -> str:
    menu = "".join(f'<li><a href="{h}" class="">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), (BLOG, "Tin tức"), ("/su-kien", "Sự kiện"),
                    ("/lien-he", "Liên hệ")])
    hero_html = (f'<section id="blog-hero" class="section modular-hero hero text-light parallax" style="background-image: '
                 f'url(/user/pages/02.blog/hero.jpg);"><div class="image-overlay"></div><section class="container grid-lg" '
                 f'style="text-align: center"><h1>{esc(hero)}</h1><p>{esc(SLOGANS[1])}</p></section></section>'
                 if hero else "")
    col = "column col-9 col-md-12 extra-spacing" if side else "column col-12"
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:4])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <title>{esc(title)} | Liên minh HTX tỉnh Quảng Ninh</title>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="GravCMS" />
    <meta name="description" content="Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Quảng Ninh" />
    <link href="/user/themes/quark/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css/custom.css" type="text/css" rel="stylesheet">
</head>
<body id="top" class="header-dark header-transparent header-fixed header-animated sticky-footer">
    <div id="page-wrapper">
    <div class="topbar"><span class="today">{TODAY}</span> <span class="slogan">{esc(SLOGANS[0])}</span></div>
    <section id="header" class="section">
        <section class="container grid-lg">
            <nav class="navbar">
                <section class="navbar-section logo"><a href="/" class="navbar-brand mr-10"><img src="/user/themes/quark/images/logo/lmhtx-quangninh.png" alt="" /> LMHTX Quảng Ninh</a></section>
                <section class="navbar-section desktop-menu"><nav class="dropmenu animated"><ul>{menu}</ul></nav></section>
            </nav>
        </section>
    </section>
    <div class="mobile-menu"><div class="button_container" id="toggle"><span class="top"></span><span class="middle"></span><span class="bottom"></span></div></div>
    <section id="start">
    {hero_html}
        <section id="body-wrapper" class="section blog-listing">
            <section class="container grid-lg">
                <div class="columns">
                    <div id="item" class="{col}">
{main}
                    </div>
{side or ""}
                </div>
            </section>
        </section>
    </section>
    </div>
    <section id="footer" class="section bg-gray">
        <section class="container grid-lg">
            {foot}<p>{LABELS[8]}</p>
            <p><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a> | <a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></p>
            <p class="copyright">{esc(FOOTER[4])}</p>
        </section>
    </section>
    <script src="/system/assets/jquery/jquery-3.x.min.js"></script>
    <script src="/user/themes/quark/js/site.js"></script>
</body>
</html>
"""


def post_main(a: Article, prev: Article | None, nxt: Article | None) -> str:
    chip = (f' <span class="blog-author"><i class="fa fa-user"></i> {esc(a.opts["chip"])}</span>'
            if a.opts.get("chip") else "")
    att = ""
    if a.attachments:
        x = a.attachments[0]
        att = (f'<div class="page-attachments"><h5>{LABELS[10]}</h5><a class="btn btn-primary" href="{x["path"]}">'
               f'<i class="fa fa-download"></i> {LABELS[9]}</a></div>')
    pn = ""
    if prev or nxt:
        pn = '<p class="prev-next text-center">'
        if nxt:
            pn += f'<a class="btn" href="{nxt.path}"><i class="fa fa-angle-left"></i> {LABELS[5]}</a> '
        if prev:
            pn += f'<a class="btn" href="{prev.path}">{LABELS[6]} <i class="fa fa-angle-right"></i></a>'
        pn += "</p>"
    crumbs = (f'<div id="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement">'
              f'<a href="/">Trang chủ</a></span> <i class="fa fa-angle-right"></i> <span itemprop="itemListElement">'
              f'<a href="{BLOG}">Tin tức</a></span> <i class="fa fa-angle-right"></i> <span>{esc(a.title)}</span></div>')
    return (f'{crumbs}<div class="content-item h-entry"><div class="content-title text-center">'
            f'<h2 class="p-name mt-1"><a href="{a.path}" class="u-url">{esc(a.title)}</a></h2>{time_el(a)}{chip}</div>'
            f'<div class="e-content">\n{e_content(a)}\n</div>{att}{tags_html(a)}{pn}</div>')


def event_main(a: Article) -> str:
    return f'<div class="content-item"><h1>{esc(a.title)}</h1>\n{e_content(a)}\n</div>'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ninh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event")]
    events = [a for a in arts if a.opts.get("event")]
    months: dict[tuple[int, int], list[Article]] = {}
    for a in posts:
        months.setdefault((a.date.year, a.date.month), []).append(a)
    month_list = [(y, m, len(v)) for (y, m), v in sorted(months.items(), reverse=True)]
    tags = sorted({t for a in posts for t in a.opts["tags"]})
    popular = [posts[i] for i in (1, 4, 0, 3)]
    side = sidebar(popular, month_list, tags)

    for i, a in enumerate(posts):
        older = posts[i + 1] if i + 1 < len(posts) else None
        newer = posts[i - 1] if i > 0 else None
        site.page(a.path, layout(a.title, LABELS[7], post_main(a, older, newer), side), content_type=HTML)
        site.add_article(a)
    for a in events:
        site.page(a.path, layout(a.title, None, event_main(a), None), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Công văn số 42/LMHTX-VP", ["DANG KY THAM GIA HOI CHO OCOP QUANG NINH 2026",
                                                         "Lien minh HTX tinh Quang Ninh"]))
    site.trap("Grav Quark anatomy: section#body-wrapper > div#item > div.content-item.h-entry (div.content-title with "
              "h2.p-name linking to itself and span.blog-date '14 Th03 2026', div.e-content, span.tags, p.prev-next) "
              "beside div#sidebar ('Bài viết phổ biến' with dates, tags, 'Lưu trữ' with counts, RSS); the page's h1 is "
              "the blog hero's caption", posts[0].path)

    # blog list with /blog/page:N, tag and archive pages (colon parameters in the path)
    chunks = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for n, chunk in enumerate(chunks, 1):
        url = BLOG if n == 1 else f"{BLOG}/page:{n}"
        lis = []
        if n > 1:
            lis.append(f'<li class="page-item"><a href="{BLOG if n == 2 else f"{BLOG}/page:{n - 1}"}">'
                       f'<i class="fa fa-angle-left"></i></a></li>')
        for k in range(1, len(chunks) + 1):
            href = BLOG if k == 1 else f"{BLOG}/page:{k}"
            lis.append(f'<li class="page-item{" active" if k == n else ""}"><a href="{href}">{k}</a></li>')
        if n < len(chunks):
            lis.append(f'<li class="page-item"><a href="{BLOG}/page:{n + 1}"><i class="fa fa-angle-right"></i></a></li>')
        main = (f'<div class="columns">{"".join(card(a) for a in chunk)}</div>'
                f'<div id="listing-footer"><ul class="pagination">{"".join(lis)}</ul></div>')
        site.page(url, layout("Tin tức", LABELS[7], main, side), content_type=HTML)
        site.non_articles.append(url)
    site.trap("blog list /blog and /blog/page:2 (Quark cards: time.dt-published, h5.p-name, summary, tags; "
              "ul.pagination); the two oldest posts only on page 2", f"{BLOG}/page:2")
    for t in tags:
        url = f"{BLOG}/tag:{t}"
        items = [a for a in posts if t in a.opts["tags"]]
        site.page(url, layout(f"Thẻ: {t}", LABELS[7], f'<div class="columns">{"".join(card(a) for a in items)}</div>',
                              side), content_type=HTML)
        site.non_articles.append(url)
    for (y, m), items in months.items():
        url = f"{BLOG}/archives_month:{MONTHS[m - 1]}_{y}"
        site.page(url, layout(f"Lưu trữ tháng {m}/{y}", LABELS[7],
                              f'<div class="columns">{"".join(card(a) for a in items)}</div>', side), content_type=HTML)
        site.non_articles.append(url)
    site.trap("tag pages /blog/tag:<tag> and month archives /blog/archives_month:mar_2026 (card grids; most months hold "
              "one post): listings", f"{BLOG}/archives_month:sep_2024")

    # events: default-template pages, listed with dates on /su-kien
    site.page("/su-kien", layout("Sự kiện", None, '<h1>Sự kiện</h1><div class="columns">'
                                 + "".join(card(a) for a in events) + "</div>", None), content_type=HTML)
    site.non_articles.append("/su-kien")

    # home (modular), introduction, contact, search
    home = (f'<div class="modular-features"><h2>{esc(NAME)}</h2><p>{esc(SLOGANS[0])}</p></div>'
            f'<div class="columns">{"".join(card(a) for a in posts[:4])}</div>'
            f'<p><a class="btn btn-primary" href="{BLOG}">Xem tất cả tin</a></p>')
    site.page("/", layout("Trang chủ", NAME, home, None), content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Quảng Ninh là tổ chức chính trị - xã hội, đại diện, bảo vệ quyền và lợi ích hợp "
             "pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể, tư vấn thành lập hợp tác xã, đào tạo cán bộ "
             "quản lý, hỗ trợ xúc tiến thương mại và tiếp cận nguồn vốn của Quỹ hỗ trợ phát triển hợp tác xã.",
             "Liên minh đồng hành cùng Chương trình OCOP Quảng Ninh, chương trình đầu tiên của cả nước, giúp các hợp tác "
             "xã nâng cao chất lượng và giá trị sản phẩm."]
    site.page("/gioi-thieu", layout("Giới thiệu", None, '<div class="content-item"><h1>Giới thiệu</h1>'
                                    + "".join(f"<p>{esc(x)}</p>" for x in about)
                                    + '<p><img alt="Trụ sở Liên minh HTX tỉnh" src="/user/pages/01.gioi-thieu/tru-so.png" />'
                                      '<br />\n<em>Trụ sở Liên minh HTX tỉnh Quảng Ninh</em></p></div>', None),
              content_type=HTML)
    site.page("/lien-he", layout("Liên hệ", None, '<h1>Liên hệ</h1><form name="contact-form" method="POST" action="/lien-he">'
                                 '<input name="data[name]" type="text" placeholder="Họ tên"><textarea name="data[message]">'
                                 '</textarea><input type="hidden" name="__form-name__" value="contact-form"><button '
                                 'type="submit" class="btn btn-primary">Gửi</button></form>', None), content_type=HTML)
    found = [a for a in posts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page("/search/query:ocop", layout("Tìm kiếm", None, '<h1>Kết quả tìm kiếm: ocop</h1><div class="columns">'
                                           + "".join(card(a) for a in found) + "</div>", None), content_type=HTML)
    site.page("/login", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title></head><body>'
                        '<form method="post" action="/login"><input name="username"><input name="password" type="password">'
                        '<button type="submit">Đăng nhập</button></form></body></html>', content_type=HTML)
    site.trap("the introduction /gioi-thieu in the default template (h1, three paragraphs, a captioned image, no date) "
              "like the Sự kiện pages: not an article; nor /lien-he (form plugin), /search/query:ocop, /su-kien, the "
              "home", "/gioi-thieu")
    site.non_articles += ["/", "/gioi-thieu", "/lien-he", "/search/query:ocop"]
    site.never_fetched.append("/login")
    site.static(f"{BLOG}.rss", '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức</title>'
                               '</channel></rss>\n')
    site.static(f"{BLOG}.atom", '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                                '<title>Tin tức</title></feed>\n')
    site.static("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /admin\nDisallow: /user/accounts/\n")
    return site
