"""Site `lmhtx-quangtri-moi` (registry family `generic`): the portal of the merged Quảng Trị alliance (Quảng Bình
joined it on 1 July 2025) as a Jekyll static site on a minima-like theme with microformats, written as a held-out
test: no family module, no selectors.

Why it is hard: the post is `article.post.h-entry` with `h1.post-title.p-name`, a `p.post-meta` holding
`<time class="dt-published" datetime="2026-03-14T09:15:00+07:00">14/03/2026</time>` (the time only in the attribute)
and, when the front matter names one, `span.p-author.h-card`; the text is `div.post-content.e-content` (kramdown: a
`p.lead`, paragraphs, `h2`, lists, images with an italic caption paragraph, a `figure` include in the photo story, a
table). The footer is ALSO an `h-card` (minima's `footer.site-footer.h-card` with `li.p-name` = the alliance and a
`u-email`): a post without `p-author` must not take the site as its author. The p-author is the office "Ban Biên tập"
on one post whose closing byline names the writer. Kramdown footnotes: `sup` reference numbers inside paragraphs and
`div.footnotes` (an `ol` of notes with "↩" back links) at the end of the e-content: the notes are the article's own
lines. The official plan opens with a kramdown table (the alliance and the national motto side by side, then
"Số: 12/KH-LMHTX" beside the place-date line). Under each post: a "Bài trước / Bài sau" nav with the neighbours'
titles, a "Cùng chuyên mục" list, a comments placeholder. Events are a Jekyll collection `/su-kien/<slug>/` whose layout
prints no date: "Ngày 10/3" in the text and "10/03/2026" in the `/su-kien/` list. The home is paginated `/page2/`,
`/page3/` (jekyll-paginate); category pages `/chuyen-muc/<slug>/`, a yearly archive, an Atom `/feed.xml` with every
post's full content, and the introduction page uses `article.post` / `h1.post-title` / `div.post-content` without
`h-entry` and without a date.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf

SITE = "lmhtx-quangtri-moi"
NAME = "Liên minh Hợp tác xã tỉnh Quảng Trị"
HTML = "text/html; charset=utf-8"
EVENTS = "/su-kien/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
SEARCH = "/tim-kiem/"
ARCHIVE = "/luu-tru/"
FEED = "/feed.xml"
PDF_PATH = "/assets/van-ban/KH-12-LMHTX-tuan-le-ocop-2026.pdf"
CATS = {"tin-tuc": "Tin tức", "van-ban": "Văn bản", "kinh-te-tap-the": "Kinh tế tập thể"}

BUILT = f"{TODAY_2026:%d/%m/%Y} 07:15"
SLOGANS = ["Quảng Trị - Quảng Bình: một nhà, chung sức phát triển kinh tế tập thể"]
FOOTER = ["Trụ sở: Số 52 Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị",
          "Cơ sở 2: Số 128 Lê Duẩn, phường Đông Hà, tỉnh Quảng Trị",
          "Điện thoại: 0232.3822.046",
          "lmhtx@quangtri.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Lực - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 09/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị cấp ngày 15/9/2025",
          "Website được xây dựng bằng Jekyll, lưu trữ mã nguồn mở."]
LABELS = ["Bài trước", "Bài sau", "Cùng chuyên mục", "Bình luận", "Vui lòng bật JavaScript để xem bình luận.",
          "Đăng ký nhận tin qua", "Cập nhật:", f"Trang được tạo lúc {BUILT}", "Tệp đính kèm:", "Chủ đề:"]
BOILERPLATE = [*SLOGANS, *FOOTER, *LABELS]


class Post(Article):
    """Footnotes are body lines written 'FN: text' (rendered in div.footnotes, kept as plain lines)."""

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        return [x[4:] if x.startswith("FN: ") else x for x in super().text_lines(byline_in_text)]


def dt(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "url", "listing"])


def articles() -> list[Article]:
    A = Post
    return [
        A(path="/tin-tuc/2026/03/14/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-hai.html",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ hai",
          date=datetime(2026, 3, 14, 9, 15),
          lead="Sáng 13/3, tại phường Đồng Hới, Liên minh HTX tỉnh Quảng Trị tổ chức Hội nghị Ban Chấp hành lần thứ hai, nhiệm kỳ 2025 - 2030.",
          body="""
Hội nghị đánh giá, sau hợp nhất toàn tỉnh có 1.018 HTX đang hoạt động, trong đó 604 HTX nông nghiệp; doanh thu bình quân một HTX năm 2025 đạt 3,2 tỷ đồng.
[img hoi-nghi-bch.png] Đại biểu dự Hội nghị Ban Chấp hành tại trụ sở Liên minh HTX tỉnh
## Nhiệm vụ trọng tâm quý II
* Hoàn thành hợp nhất dữ liệu HTX khu vực Quảng Bình cũ và Quảng Trị cũ;
* Tổ chức Tuần lễ sản phẩm OCOP và HTX tại phường Đồng Hới;
* Giải ngân vốn Quỹ hỗ trợ phát triển HTX cho 25 dự án.
Hội nghị thống nhất đề nghị khen thưởng 18 HTX có thành tích xuất sắc trong năm 2025.
""",
          author="Hoàng Anh Tuấn", **dt(datetime(2026, 3, 14, 9, 15)),
          opts={"cat": "tin-tuc", "author": "Hoàng Anh Tuấn"},
          notes=["time.dt-published datetime='2026-03-14T09:15:00+07:00' shows '14/03/2026' (the time only in the "
                 "attribute); span.p-author.h-card 'Hoàng Anh Tuấn': the author, not text; p.lead first in the "
                 "e-content: first line"]),
        A(path=EVENTS + "ra-mat-htx-nuoc-mam-bao-ninh/",
          title="Ra mắt HTX Nước mắm truyền thống Bảo Ninh",
          date=datetime(2026, 3, 10),
          body="""
Ngày 10/3, tại phường Đồng Hới, Liên minh HTX tỉnh phối hợp với UBND phường tổ chức lễ ra mắt HTX Nước mắm truyền thống Bảo Ninh.
HTX có 22 thành viên là các hộ làm nước mắm lâu năm ở làng biển Bảo Ninh, sản xuất theo quy trình ủ chượp bằng chum sành từ 12 tháng trở lên.
[img nuoc-mam-bao-ninh.png] Thành viên HTX giới thiệu nước mắm Bảo Ninh với khách
Liên minh HTX tỉnh sẽ hỗ trợ HTX thiết kế bao bì, đăng ký nhãn hiệu tập thể và hoàn thiện hồ sơ tham gia Chương trình OCOP.
""",
          byline="Bài, ảnh: Thanh Tùng", author="Thanh Tùng",
          published=iso(datetime(2026, 3, 10), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True},
          notes=["a Jekyll collection document (/su-kien/<slug>/) whose layout prints no date: 'Ngày 10/3' (no year) in "
                 "the text and '10/03/2026' in the /su-kien/ list: midnight; byline 'Bài, ảnh: Thanh Tùng' last: part of "
                 "the text, the author"]),
        A(path="/van-ban/2026/03/11/ke-hoach-to-chuc-tuan-le-san-pham-ocop-va-htx-nam-2026.html",
          title="Kế hoạch tổ chức Tuần lễ sản phẩm OCOP và HTX tỉnh Quảng Trị năm 2026",
          date=datetime(2026, 3, 11, 10, 0),
          body="""
| LIÊN MINH HTX TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| Số: 12/KH-LMHTX | Quảng Trị, ngày 10 tháng 3 năm 2026 |
KẾ HOẠCH
Tổ chức Tuần lễ sản phẩm OCOP và HTX tỉnh Quảng Trị năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá sản phẩm OCOP, sản phẩm của HTX hai khu vực Quảng Trị và Quảng Bình cũ; kết nối HTX với doanh nghiệp phân phối và du lịch.
## II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 20 đến 26/4/2026, tại Quảng trường Hồ Chí Minh, phường Đồng Hới; quy mô 120 gian hàng.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở Công Thương tổ chức; các HTX đăng ký tham gia trước ngày 05/4/2026.
Nơi nhận: Các HTX, liên hiệp HTX; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Trần Thị Thu Hà
""",
          author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX-tuan-le-ocop-2026.pdf"}],
          **dt(datetime(2026, 3, 11, 10, 0)),
          opts={"cat": "van-ban"},
          notes=["official plan: the e-content opens with a kramdown table (row 1: the alliance | the national motto; "
                 "row 2: 'Số: 12/KH-LMHTX' | 'Quảng Trị, ngày 10 tháng 3 năm 2026', the day before the post's "
                 "datetime 2026-03-11T10:00): one line per row; signer last; no p-author: author null (the footer "
                 "h-card is the site); the PDF in div.post-attachments after the e-content: an attachment, not text"]),
        A(path="/tin-tuc/2026/02/24/anh-mua-thu-hoach-ho-tieu-vinh-linh.html",
          title="Ảnh: Mùa thu hoạch hồ tiêu Vĩnh Linh",
          date=datetime(2026, 2, 24, 15, 0),
          lead="Những ngày cuối tháng 2, thành viên HTX Hồ tiêu Vĩnh Linh vào vụ thu hoạch chính, năm nay năng suất tăng khá nhờ thời tiết thuận lợi.",
          body="""
[img tieu-vinh-linh-1.png] Thành viên HTX hái tiêu trên những trụ tiêu lâu năm
[img tieu-vinh-linh-2.png] Tiêu được tuốt hạt bằng máy do HTX đầu tư
[img tieu-vinh-linh-3.png] Phơi tiêu trên sân bê tông của HTX
[img tieu-vinh-linh-4.png] Hồ tiêu Vĩnh Linh đóng gói mang nhãn hiệu chỉ dẫn địa lý
""",
          author="Lê Quang Vinh", **dt(datetime(2026, 2, 24, 15, 0)),
          opts={"cat": "tin-tuc", "author": "Lê Quang Vinh", "figures": True},
          notes=["photo story: p.lead then four {% include figure.html %} blocks (figure.image > img + figcaption: one "
                 "line each); p-author 'Lê Quang Vinh'"]),
        A(path="/kinh-te-tap-the/2026/01/09/kinh-te-tap-the-tinh-sau-sau-thang-hop-nhat.html",
          title="Kinh tế tập thể tỉnh sau sáu tháng hợp nhất",
          date=datetime(2026, 1, 9, 8, 0),
          body="""
Sau sáu tháng hợp nhất, khu vực kinh tế tập thể của tỉnh giữ được đà tăng trưởng: số HTX thành lập mới đạt 47, cao hơn cùng kỳ của hai tỉnh cộng lại.
Tổng doanh thu của các HTX năm 2025 ước đạt 3.260 tỷ đồng, trong đó các HTX khu vực Quảng Bình cũ chiếm khoảng 55%.
## Khó khăn còn lại
Nhiều HTX ở các xã miền núi Hướng Hóa, Minh Hóa vẫn thiếu cán bộ quản lý có trình độ, chưa tiếp cận được vốn vay ưu đãi.
Liên minh HTX tỉnh đề xuất bố trí 20 tỷ đồng bổ sung vốn điều lệ cho Quỹ hỗ trợ phát triển HTX trong năm 2026.
FN: Số liệu của Chi cục Thống kê tỉnh Quảng Trị, tính đến ngày 31/12/2025.
FN: Gồm doanh thu của HTX, liên hiệp HTX; không tính tổ hợp tác.
""",
          author="Nguyễn Thị Hồng", **dt(datetime(2026, 1, 9, 8, 0)),
          opts={"cat": "kinh-te-tap-the", "author": "Nguyễn Thị Hồng", "refs": {0: 1, 1: 2}},
          notes=["kramdown footnotes: sup reference numbers after the first two paragraphs and div.footnotes (ol, one "
                 "note per li, with '↩' back links) at the end of the e-content: the notes are lines of the text (the "
                 "last two), the numbers and arrows are not; p-author 'Nguyễn Thị Hồng'"]),
        A(path="/tin-tuc/2025/11/20/htx-ca-phe-khe-sanh-dua-ca-phe-dac-san-len-san-thuong-mai-dien-tu.html",
          title="HTX cà phê Khe Sanh đưa cà phê đặc sản lên sàn thương mại điện tử",
          date=datetime(2025, 11, 20, 14, 20),
          body="""
HTX Nông nghiệp Khe Sanh (xã Khe Sanh) mở gian hàng trên ba sàn thương mại điện tử, bán cà phê rang xay đặc sản của 64 hộ thành viên.
Cà phê được thu hái chín trên 80%, sơ chế ướt và rang mộc tại xưởng của HTX; mỗi gói đều có mã QR truy xuất vườn trồng.
[img ca-phe-khe-sanh.png] Thành viên HTX đóng gói cà phê rang xay để giao cho khách đặt hàng trực tuyến
Sau ba tháng, doanh số bán trực tuyến đạt hơn 1,2 tỷ đồng, chiếm gần một phần tư doanh thu của HTX.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **dt(datetime(2025, 11, 20, 14, 20)),
          opts={"cat": "kinh-te-tap-the", "author": "Ban Biên tập", "updated": datetime(2025, 11, 27, 10, 5)},
          notes=["span.p-author.h-card is 'Ban Biên tập' (the office); the closing byline 'Hồng Nhung' (last paragraph "
                 "of the e-content): part of the text, the author; 'Cập nhật: <time class=dt-updated>27/11/2025' after "
                 "the date: not the publication"]),
        A(path="/tin-tuc/2025/10/08/htx-khoai-deo-hai-lang-vao-vu-che-bien.html",
          title="HTX khoai deo Hải Lăng vào vụ chế biến",
          date=datetime(2025, 10, 8, 7, 45),
          body="""
Những ngày này, HTX Sản xuất và kinh doanh khoai deo Hải Lăng chế biến mỗi ngày khoảng 3 tấn khoai lang tươi để kịp đơn hàng cuối năm.
HTX liên kết với 150 hộ trồng khoai ở các xã vùng cát, bao tiêu với giá ổn định 9.000 đồng/kg khoai tươi.
[img khoai-deo-hai-lang.png] Thành viên HTX phơi khoai deo trên giàn
Sản phẩm khoai deo của HTX đạt OCOP 4 sao, được bán tại các cửa hàng đặc sản ở Huế, Đà Nẵng và Hà Nội.
""",
          author=None, **dt(datetime(2025, 10, 8, 7, 45)),
          opts={"cat": "kinh-te-tap-the"},
          notes=["no p-author and no byline: author null; the only h-card on the page is the footer's (li.p-name "
                 "'Liên minh Hợp tác xã tỉnh Quảng Trị'): the site, not the author"]),
        A(path="/tin-tuc/2025/07/09/lien-minh-htx-tinh-quang-tri-moi-di-vao-hoat-dong.html",
          title="Liên minh HTX tỉnh Quảng Trị (mới) đi vào hoạt động",
          date=datetime(2025, 7, 9, 16, 0),
          lead="Từ ngày 01/7/2025, Liên minh HTX tỉnh Quảng Trị được hợp nhất từ Liên minh HTX hai tỉnh Quảng Trị và Quảng Bình chính thức đi vào hoạt động.",
          body="""
Trụ sở chính của Liên minh đặt tại phường Đồng Hới; cơ sở 2 tại phường Đông Hà tiếp tục tiếp nhận hồ sơ của các HTX khu vực Quảng Trị cũ.
Trong tháng 7, Liên minh tập trung ổn định tổ chức, bàn giao hồ sơ Quỹ hỗ trợ phát triển HTX và rà soát các HTX đang được hỗ trợ dở dang.
""",
          author="Hoàng Anh Tuấn", **dt(datetime(2025, 7, 9, 16, 0)),
          opts={"cat": "tin-tuc", "author": "Hoàng Anh Tuấn"},
          notes=["oldest post-merger post: on /page3/ of the home (and its category page, the archive and the feed)"]),
        A(path="/tin-tuc/2024/09/18/htx-may-tre-dan-le-thuy-giu-nghe-truyen-thong.html",
          title="HTX mây tre đan Lệ Thủy giữ nghề truyền thống",
          date=datetime(2024, 9, 18, 9, 0),
          body="""
HTX Mây tre đan Mỹ Thủy (huyện Lệ Thủy) duy trì việc làm cho 45 lao động nông thôn, chủ yếu là phụ nữ lớn tuổi.
Sản phẩm giỏ, khay, đèn trang trí bằng mây tre được xuất khẩu qua doanh nghiệp ở Hà Nội sang châu Âu và Nhật Bản.
[img may-tre-le-thuy.png] Thành viên HTX đan giỏ mây tại xưởng
Năm 2024, HTX dự kiến đạt doanh thu 4,5 tỷ đồng, thu nhập bình quân của lao động khoảng 5 triệu đồng/tháng.
""",
          byline="Nguồn: Báo Quảng Bình", author=None, **dt(datetime(2024, 9, 18, 9, 0)),
          opts={"cat": "tin-tuc"},
          notes=["a 2024 post migrated from the former Quảng Bình portal (date kept in the front matter and the URL); "
                 "'Nguồn: Báo Quảng Bình' last: part of the text, a source; no p-author: author null; on /page3/"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/assets/images/{src}"


def is_fn(b) -> bool:
    return b.kind == "p" and b.text.startswith("FN: ")


def content(a: Article) -> str:
    out = [f'<p class="lead">{inline_html(a.lead)}</p>'] if a.lead else []
    rows: list[list[str]] = []
    refs = a.opts.get("refs", {})
    notes = [b.text[4:] for b in a.blocks if is_fn(b)]

    def table() -> None:
        if rows:
            out.append("<table>\n  <tbody>\n" + "".join(
                "    <tr>\n" + "".join(f"      <td>{inline_html(c)}</td>\n" for c in r) + "    </tr>\n" for r in rows)
                + "  </tbody>\n</table>")
            rows.clear()

    n_p = 0
    for b in a.blocks:
        if is_fn(b):
            continue
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        table()
        if b.kind == "p":
            sup = ""
            if n_p in refs:
                k = refs[n_p]
                sup = (f'<sup id="fnref:{k}" role="doc-noteref"><a href="#fn:{k}" class="footnote" '
                       f'rel="footnote">{k}</a></sup>')
            out.append(f"<p>{inline_html(b.text)}{sup}</p>")
            n_p += 1
        elif b.kind == "h":
            hid = "".join(c for c in inline_text(b.text).lower().replace(" ", "-") if c.isalnum() or c == "-")
            out.append(f'<h2 id="{attr(hid)}">{inline_html(b.text)}</h2>')
        elif b.kind == "ul":
            out.append("<ul>\n" + "".join(f"  <li>{inline_html(i)}</li>\n" for i in b.items) + "</ul>")
        elif b.kind == "img" and a.opts.get("figures"):
            out.append(f'<figure class="image">\n  <img src="{img(b.src)}" alt="{attr(b.text)}" loading="lazy">\n'
                       f'  <figcaption>{esc(b.text)}</figcaption>\n</figure>')
        elif b.kind == "img":
            out.append(f'<p><img src="{img(b.src)}" alt="{attr(b.text)}"></p>'
                       + (f'\n<p class="caption"><em>{esc(b.text)}</em></p>' if b.text else ""))
    table()
    if a.byline:
        out.append(f'<p style="text-align: right"><strong>{esc(a.byline)}</strong></p>')
    if notes:
        out.append('<div class="footnotes" role="doc-endnotes">\n  <ol>\n' + "".join(
            f'    <li id="fn:{k}" role="doc-endnote">\n      <p>{esc(t)} <a href="#fnref:{k}" class="reversefootnote" '
            f'role="doc-backlink">&#8617;</a></p>\n    </li>\n' for k, t in enumerate(notes, 1)) + "  </ol>\n</div>")
    return "\n".join(out)


def layout(title: str, main: str, *, head: str = "", desc: str = "") -> str:
    nav = "".join(f'<a class="page-link" href="{h}">{t}</a>' for h, t in
                  [(ABOUT, "Giới thiệu"), ("/chuyen-muc/tin-tuc/", "Tin tức"),
                   ("/chuyen-muc/kinh-te-tap-the/", "Kinh tế tập thể"), ("/chuyen-muc/van-ban/", "Văn bản"),
                   (EVENTS, "Sự kiện"), (ARCHIVE, "Lưu trữ"), (SEARCH, "Tìm kiếm"), (CONTACT, "Liên hệ")])
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{esc(title)} | Liên minh HTX tỉnh Quảng Trị</title>
<meta name="generator" content="Jekyll v4.3.4" />
<meta property="og:locale" content="vi_VN" />
<meta name="description" content="{attr(desc or 'Cổng thông tin Liên minh Hợp tác xã tỉnh Quảng Trị')}" />{head}
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{FEED}" title="Liên minh HTX tỉnh Quảng Trị" /></head>
<body><div class="top-banner"><div class="wrapper"><p>{esc(SLOGANS[0])}</p></div></div>
<header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">Liên minh HTX tỉnh Quảng Trị</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/>
            </svg>
          </span>
        </label>

        <div class="trigger">{nav}</div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        {main}
      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">{NAME}</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">{NAME}</li>
          <li>{esc(FOOTER[0])}</li>
          <li>{esc(FOOTER[1])}</li>
          <li>{esc(FOOTER[2])}</li>
          <li><a class="u-email" href="mailto:{FOOTER[3]}">{FOOTER[3]}</a></li>
        </ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="{{{{base:offsite}}}}/facebook/lmhtxquangtri" target="_blank"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#facebook"></use></svg> <span class="username">lmhtxquangtri</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>{esc(FOOTER[4])}</p>
        <p>{esc(FOOTER[5])}</p>
        <p>{LABELS[5]} <a href="{FEED}">RSS</a>. {esc(FOOTER[6])}</p>
        <p class="build-time">{LABELS[7]}</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
"""


def meta_line(a: Article) -> str:
    o = a.opts
    out = (f'<time class="dt-published" datetime="{a.date:%Y-%m-%dT%H:%M:%S+07:00}" itemprop="datePublished">'
           f'{a.date:%d/%m/%Y}</time>')
    if o.get("updated"):
        u = o["updated"]
        out += (f' &bull; {LABELS[6]} <time class="dt-updated" datetime="{u:%Y-%m-%dT%H:%M:%S+07:00}" '
                f'itemprop="dateModified">{u:%d/%m/%Y}</time>')
    if o.get("author"):
        out += (' &bull; <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author '
                f'h-card" itemprop="name">{esc(o["author"])}</span></span>')
    return f'<p class="post-meta">{out}</p>'


def post_html(a: Article, prev: Article | None, nxt: Article | None, same: list[Article]) -> str:
    o = a.opts
    attach = ""
    if a.attachments:
        x = a.attachments[0]
        attach = (f'<div class="post-attachments"><p>{LABELS[8]} <a href="{x["path"]}">{esc(x["text"])}</a></p></div>')
    tags = ""
    if not o.get("event"):
        tags = (f'<p class="post-categories">{LABELS[9]} <a href="/chuyen-muc/{o["cat"]}/">{CATS[o["cat"]]}</a></p>')
    pn = ""
    if prev or nxt:
        pn = ('<nav class="post-nav">'
              + (f'<a class="prev" href="{prev.path}" rel="prev">&laquo; {LABELS[0]}: {esc(prev.title)}</a>' if prev else "")
              + (f'<a class="next" href="{nxt.path}" rel="next">{LABELS[1]}: {esc(nxt.title)} &raquo;</a>' if nxt else "")
              + "</nav>")
    rel = ""
    if same:
        rel = (f'<aside class="related"><h2>{LABELS[2]}</h2><ul>' + "".join(
            f'<li><span class="post-meta">{r.date:%d/%m/%Y}</span> <a href="{r.path}">{esc(r.title)}</a></li>'
            for r in same) + "</ul></aside>")
    return (f'<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">\n\n'
            f'  <header class="post-header">\n    <h1 class="post-title p-name" itemprop="name headline">'
            f'{esc(a.title)}</h1>\n    {"" if o.get("event") else meta_line(a)}\n  </header>\n\n'
            f'  <div class="post-content e-content" itemprop="articleBody">\n{content(a)}\n  </div>{attach}{tags}'
            f'{pn}<div class="comments"><h2>{LABELS[3]}</h2><div id="disqus_thread"></div>'
            f'<noscript>{LABELS[4]}</noscript></div>'
            f'<a class="u-url" href="{a.path}" hidden></a>\n</article>{rel}')


def post_list(items: list[Article], heading: str = "h3") -> str:
    return '<ul class="post-list">' + "".join(
        f'<li><span class="post-meta">{a.date:%d/%m/%Y}</span>\n<{heading}><a class="post-link" href="{a.path}">'
        f'{esc(a.title)}</a></{heading}><p>{esc(" ".join(a.summary().split()[:30]))}…</p></li>' for a in items) + "</ul>"


def feed(posts: list[Article]) -> str:
    entries = "".join(
        f'<entry><title type="html">{esc(a.title)}</title><link href="{{{{base}}}}{a.path}" rel="alternate" '
        f'type="text/html" title="{attr(a.title)}" /><published>{a.date:%Y-%m-%dT%H:%M:%S+07:00}</published>'
        f'<updated>{(a.opts.get("updated") or a.date):%Y-%m-%dT%H:%M:%S+07:00}</updated><id>{{{{base}}}}{a.path}</id>'
        f'<content type="html" xml:base="{{{{base}}}}{a.path}">{esc(content(a))}</content>'
        + (f'<author><name>{esc(a.opts["author"])}</name></author>' if a.opts.get("author") else "")
        + f'<category term="{a.opts["cat"]}" /><summary type="html">{esc(a.summary())}</summary></entry>'
        for a in posts[:10])
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
            f'<generator uri="https://jekyllrb.com/" version="4.3.4">Jekyll</generator>'
            f'<link href="{{{{base}}}}{FEED}" rel="self" type="application/atom+xml" /><link href="{{{{base}}}}/" '
            f'rel="alternate" type="text/html" hreflang="vi" /><updated>{posts[0].date:%Y-%m-%dT%H:%M:%S+07:00}</updated>'
            f'<id>{{{{base}}}}{FEED}</id><title type="html">Liên minh HTX tỉnh Quảng Trị</title>{entries}</feed>\n')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-tri", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event")]
    events = [a for a in arts if a.opts.get("event")]

    for i, a in enumerate(arts):
        if a.opts.get("event"):
            prev = nxt = None
            same = posts[:3]
        else:
            k = posts.index(a)
            prev = posts[k + 1] if k + 1 < len(posts) else None
            nxt = posts[k - 1] if k > 0 else None
            same = [o for o in posts if o is not a and o.opts["cat"] == a.opts["cat"]][:4]
        head = (f'\n<meta property="og:title" content="{attr(a.title)}" />\n<link rel="canonical" href="{a.path}" />'
                f'\n<meta property="og:url" content="{a.path}" />\n<meta property="og:type" content="article" />')
        site.page(a.path, layout(a.title, post_html(a, prev, nxt, same), head=head, desc=a.summary()))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["TUAN LE SAN PHAM OCOP VA HTX NAM 2026",
                                                         "Lien minh HTX tinh Quang Tri"]))
    site.trap("under every post: nav.post-nav '« Bài trước: <title>' / 'Bài sau: <title> »', a 'Cùng chuyên mục' list "
              "(dates and titles), a comments placeholder (noscript); the footer is a second h-card (li.p-name, u-email)",
              posts[1].path)

    per = 3
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks, 1):
        url = "/" if n == 1 else f"/page{n}/"
        pager = '<div class="pagination">' + (
            f'<a href="{"/" if n == 2 else f"/page{n - 1}/"}" class="previous">&laquo; Trang trước</a>' if n > 1 else
            '<span class="previous">&laquo; Trang trước</span>') + f'<span class="page_number">Trang {n} / {len(chunks)}</span>' + (
            f'<a href="/page{n + 1}/" class="next">Trang sau &raquo;</a>' if n < len(chunks) else
            '<span class="next">Trang sau &raquo;</span>') + "</div>"
        intro = (f'<div class="home-intro"><h2>Sự kiện sắp tới</h2>' + post_list(events) + "</div>") if n == 1 else ""
        main = f'<div class="home">{intro}<h2 class="post-list-heading">Bài viết mới</h2>{post_list(chunk)}{pager}</div>'
        site.page(url, layout("Trang chủ" if n == 1 else f"Trang {n}", main))
        site.non_articles.append(url)
    site.trap("home paginated by jekyll-paginate: /page2/, /page3/ ('Trang sau »'); the two oldest posts only there "
              "(and on their category page, the archive and the feed)", "/page3/")
    for slug, name in CATS.items():
        url = f"/chuyen-muc/{slug}/"
        site.page(url, layout(name, f'<div class="home"><h1 class="page-heading">Chuyên mục: {name}</h1>'
                                    f'{post_list([a for a in posts if a.opts["cat"] == slug])}</div>'))
        site.non_articles.append(url)
    site.page(EVENTS, layout("Sự kiện", f'<div class="home"><h1 class="page-heading">Sự kiện</h1>{post_list(events)}</div>'))
    years = sorted({a.date.year for a in posts}, reverse=True)
    arch = "".join(f'<h2 id="{y}">{y}</h2>' + post_list([a for a in posts if a.date.year == y], "h4") for y in years)
    site.page(ARCHIVE, layout("Lưu trữ", f'<div class="home"><h1 class="page-heading">Lưu trữ bài viết</h1>{arch}</div>'))
    site.static(FEED, feed(posts))
    site.trap("Atom /feed.xml (jekyll-feed, linked rel=alternate and from the footer) carries every post's full content, "
              "published time and author; category pages /chuyen-muc/<slug>/, the yearly archive /luu-tru/ and the "
              "events list /su-kien/ (date, title, excerpt): listings, not articles", ARCHIVE)

    about = ["Liên minh Hợp tác xã tỉnh Quảng Trị được hợp nhất từ Liên minh Hợp tác xã tỉnh Quảng Trị và Liên minh Hợp "
             "tác xã tỉnh Quảng Bình, hoạt động từ ngày 01 tháng 7 năm 2025.",
             "Liên minh là tổ chức chính trị - xã hội có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành "
             "viên; tuyên truyền, vận động phát triển kinh tế tập thể; cung cấp dịch vụ tư vấn, đào tạo, xúc tiến "
             "thương mại và hỗ trợ tiếp cận vốn cho hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác.",
             "Cơ quan Liên minh làm việc tại trụ sở chính ở phường Đồng Hới và cơ sở 2 ở phường Đông Hà, gồm Văn phòng, "
             "các ban chuyên môn và Quỹ hỗ trợ phát triển hợp tác xã tỉnh."]
    site.page(ABOUT, layout("Giới thiệu", '<article class="post">\n  <header class="post-header">\n    <h1 class="post-title">'
                                          'Giới thiệu</h1>\n  </header>\n  <div class="post-content">\n'
                            + "\n".join(f"<p>{esc(p)}</p>" for p in about) + "\n  </div>\n</article>",
                            head=f'\n<link rel="canonical" href="{ABOUT}" />'))
    site.trap("/gioi-thieu/ uses minima's page layout: article.post, h1.post-title, div.post-content with three long "
              "paragraphs (no h-entry, no date): not an article; nor /lien-he/ and the client-side search /tim-kiem/",
              ABOUT)
    site.page(CONTACT, layout("Liên hệ", f'<article class="post"><header class="post-header"><h1 class="post-title">Liên hệ'
                                         f'</h1></header><div class="post-content"><p>{NAME}</p><form action="javascript:void(0)"><input name="email" type="email"><textarea name="message">'
                                         '</textarea><button type="submit">Gửi</button></form></div></article>'))
    site.page(SEARCH, layout("Tìm kiếm", '<article class="post"><header class="post-header"><h1 class="post-title">'
                                         'Tìm kiếm</h1></header><div class="post-content"><input type="text" '
                                         'id="search-input" placeholder="Nhập từ khóa..."><ul id="results-container">'
                                         '</ul></div></article><script src="/assets/js/simple-jekyll-search.min.js">'
                                         '</script>'))
    site.static("/search.json", "[" + ",".join(
        f'{{"title":"{a.title}","url":"{a.path}","date":"{a.date:%d/%m/%Y}"}}' for a in posts) + "]\n")
    site.binary("/assets/minima-social-icons.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>')
    site.non_articles += [EVENTS, ARCHIVE, ABOUT, CONTACT, SEARCH]
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
