"""Site `lmhtx-binhduong` (registry family `generic`): the Bình Dương alliance's news site on Squarespace
(a 7.0 "Brine" family template, Vietnamese locale), written as a held-out test: no family module, no
selectors.

Why it is hard: posts live at `/tin-tuc/2024/3/14/<slug>` where the URL's day is the day the post was
DRAFTED: a scheduled post can carry `/2024/3/11/` and show "14 thg 3, 2024" (the page, its
`time.dt-published` and its JSON-LD `datePublished` "2024-03-14T08:00:00+0700" win). The text is a
grid of blocks (`div.sqs-layout > div.sqs-row > div.sqs-col-N > div.sqs-block`): `html-block`s of
`<p style="white-space:pre-wrap;">`, `image-block`s whose caption is a
`figcaption.image-caption-wrapper`, one row with a text column beside an image column, a
`button-block` "Tải văn bản (PDF)" (an attachment, not text), a `video-block` whose player is only a
`data-html` attribute. The second blog collection `/van-ban` uses an older template whose date prints
untranslated-style "Tháng 3 5, 2024" (month name first). The visible author (`Blog-meta-item--author`)
is the Squarespace account: the site's account "LMHTX Bình Dương" on most posts (not a person: the
byline at the end of the text names the writer), a staff member's own account on others; the JSON-LD
author is always the account name without diacritics. `BlogItem-pagination` under every post shows
"Bài trước / Bài sau" with the neighbours' titles. Listings page with a millisecond-timestamp
offset (`/tin-tuc?offset=1707195600000`, and `&reversePaginate=true` back); `?category=`, `?tag=`,
`?author=` filters are listings too; an RSS feed `/tin-tuc?format=rss` carries pubDates in GMT.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote_plus

from .core import Article, SiteBuild, attr, esc, inline_html, iso, pdf, png

SITE = "lmhtx-binhduong"
NAME = "Liên minh Hợp tác xã tỉnh Bình Dương"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/search?q=ocop"
RSS = "/tin-tuc?format=rss"
PDF_PATH = "/s/KH-15-LMHTX-2024.pdf"
PER = 5
VN = timezone(timedelta(hours=7))

ANNOUNCE = "Chào mừng kỷ niệm 27 năm tái lập tỉnh Bình Dương (01/01/1997 - 01/01/2024)"
FOOTER = ["Liên minh Hợp tác xã tỉnh Bình Dương",
          "Tầng 7, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, thành phố Thủ Dầu Một",
          "Điện thoại: 0274.3822.910 · Email: lmhtx@binhduong.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Lê Văn Thanh - Chủ tịch Liên minh HTX tỉnh",
          "Đăng ký nhận bản tin", "Nhận tin mới về hợp tác xã và sản phẩm OCOP Bình Dương mỗi tháng.",
          "Chúng tôi tôn trọng quyền riêng tư của bạn.", "Cảm ơn bạn đã đăng ký!",
          "© 2024 Liên minh HTX tỉnh Bình Dương. Bảo lưu mọi quyền."]
LABELS = ["Bài trước", "Bài sau", "Chia sẻ", "0 Bình luận", "Gắn thẻ", "Tải văn bản (PDF)", "Bài cũ hơn",
          "Bài mới hơn", "Đọc thêm →", "Chuyên mục"]
BOILERPLATE = [ANNOUNCE, *FOOTER, *LABELS[:6]]

ACCOUNTS = {"LMHTX Bình Dương": ("5f1a2b3c4d5e6f7081920a1b", "Lien Minh HTX Binh Duong"),
            "Thu Hà": ("5f1a2b3c4d5e6f7081920c3d", "Thu Ha"),
            "Phòng Tuyên truyền": ("5f1a2b3c4d5e6f7081920e5f", "Phong Tuyen truyen")}


def meta(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def vi_short(d: datetime) -> str:
    return f"{d.day} thg {d.month}, {d.year}"


def vi_long(d: datetime) -> str:
    return f"Tháng {d.month} {d.day}, {d.year}"


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/tin-tuc/2024/3/11/htx-nong-nghiep-lai-thieu-giu-thuong-hieu-mang-cut",
          title="HTX Nông nghiệp Lái Thiêu giữ thương hiệu măng cụt",
          date=datetime(2024, 3, 14, 8, 0),
          body="""
Giữa vòng vây đô thị hóa, HTX Nông nghiệp Lái Thiêu (thành phố Thuận An) vẫn duy trì 46 ha vườn măng cụt cổ thụ của 38 thành viên, giữ thương hiệu trái cây nổi tiếng của Bình Dương.
HTX áp dụng quy trình VietGAP cho toàn bộ diện tích, ghi nhật ký canh tác và dán tem truy xuất nguồn gốc trên từng thùng măng cụt.
[img mang-cut-lai-thieu.png] Thành viên HTX Nông nghiệp Lái Thiêu thu hoạch măng cụt
Ngoài bán trái, HTX phát triển dịch vụ du lịch vườn, mỗi năm đón hơn 12.000 lượt khách, giúp thành viên có thêm nguồn thu ổn định.
Bà Nguyễn Thị Kim Loan, Giám đốc HTX cho biết, năm 2024 HTX sẽ liên kết với các công ty lữ hành đưa khách từ Thành phố Hồ Chí Minh về tham quan vào mùa trái chín.
""",
          byline="Bài, ảnh: Ngọc Thảo", author="Ngọc Thảo", **meta(datetime(2024, 3, 14, 8, 0)),
          opts={"account": "LMHTX Bình Dương", "category": "Hoạt động HTX", "tags": ["Nông nghiệp"]},
          notes=["a scheduled post: the URL says /2024/3/11/ (the day it was drafted) but the page shows '14 thg 3, "
                 "2024' (time.dt-published datetime=2024-03-14) and the JSON-LD datePublished "
                 "'2024-03-14T08:00:00+0700': 14/03 08:00; the visible author is the site's account 'LMHTX Bình "
                 "Dương'; byline 'Bài, ảnh: Ngọc Thảo' last: part of the text, author Ngọc Thảo"]),
        A(path="/tin-tuc/2024/3/9/anh-hoi-cho-san-pham-htx-va-ocop-binh-duong-2024",
          title="Ảnh: Hội chợ sản phẩm HTX và OCOP Bình Dương 2024",
          date=datetime(2024, 3, 9, 16, 30),
          body="""
Hội chợ diễn ra từ ngày 7 đến 10/3 tại Trung tâm Hội nghị và Triển lãm tỉnh, với 140 gian hàng của các HTX trong và ngoài tỉnh.
[img hoi-cho-1.png] Lãnh đạo tỉnh tham quan gian hàng sản phẩm OCOP của các HTX
[img hoi-cho-2.png] Bưởi ổi Bạch Đằng của HTX Nông nghiệp Tân Uyên thu hút khách mua
[img hoi-cho-3.png] Gian hàng sơn mài Tương Bình Hiệp của HTX Mỹ nghệ Thủ Dầu Một
[img hoi-cho-4.png] Khách tham quan thưởng thức cà phê của HTX Dầu Tiếng
""",
          byline="Ảnh: Minh Duy", author="Minh Duy", **meta(datetime(2024, 3, 9, 16, 30)),
          opts={"account": "LMHTX Bình Dương", "category": "Xúc tiến thương mại", "tags": ["OCOP"]},
          notes=["photo story: four image blocks, each with figcaption.image-caption-wrapper (one line each), after "
                 "one html block; 'Ảnh: Minh Duy' last: part of the text, author Minh Duy"]),
        A(path="/van-ban/2024/3/4/ke-hoach-to-chuc-hoi-thi-htx-kieu-mau-nam-2024",
          title="Kế hoạch tổ chức Hội thi “Hợp tác xã kiểu mẫu” năm 2024",
          date=datetime(2024, 3, 5, 9, 15),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH BÌNH DƯƠNG
Số: 15/KH-LMHTX
Bình Dương, ngày 04 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Hội thi “Hợp tác xã kiểu mẫu” năm 2024
Căn cứ Chương trình công tác năm 2024 của Liên minh HTX tỉnh, nhằm biểu dương các HTX hoạt động hiệu quả, Liên minh HTX tỉnh ban hành Kế hoạch tổ chức Hội thi như sau:
1. Đối tượng: các HTX, liên hiệp HTX đang hoạt động trên địa bàn tỉnh, có ít nhất 2 năm hoạt động.
2. Thời gian nhận hồ sơ: từ ngày 15/3 đến hết ngày 30/4/2024 tại Văn phòng Liên minh HTX tỉnh.
3. Cơ cấu giải thưởng: 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.
Nơi nhận: UBND tỉnh; các sở, ngành; các HTX; Lưu VT.
CHỦ TỊCH Lê Văn Thanh
""",
          author=None, doc_number="15/KH-LMHTX", attachments=[{"path": PDF_PATH, "text": PDF_PATH.rsplit("/", 1)[-1]}],
          published=iso(datetime(2024, 3, 5, 9, 15)), published_source="metadata",
          evidence=["metadata", "date-element", "listing"],
          opts={"account": "Phòng Tuyên truyền", "docs": True},
          notes=["official plan 'Số: 15/KH-LMHTX' in the /van-ban collection, whose template prints the date "
                 "'Tháng 3 5, 2024' (month first); the URL says /2024/3/4/ and the place-date line 'Bình Dương, ngày "
                 "04 tháng 3 năm 2024', the post (JSON-LD) 2024-03-05T09:15:00+0700; the visible author is an office "
                 "account 'Phòng Tuyên truyền': author null; the PDF is a button block 'Tải văn bản (PDF)' after the "
                 "signer: an attachment, not text"]),
        A(path="/tin-tuc/2024/2/27/lien-minh-htx-tinh-trien-khai-luat-hop-tac-xa-2023",
          title="Liên minh HTX tỉnh triển khai Luật Hợp tác xã năm 2023",
          date=datetime(2024, 2, 27, 14, 0),
          body="""
Chiều 26/2, Liên minh HTX tỉnh Bình Dương tổ chức hội nghị quán triệt, triển khai Luật Hợp tác xã năm 2023 cho hơn 200 cán bộ quản lý HTX, tổ hợp tác trong tỉnh.
## Những điểm mới cần lưu ý
* Tổ hợp tác phải đăng ký với UBND cấp xã trước khi hoạt động;
* HTX được tổ chức theo mô hình rút gọn khi có dưới 50 thành viên;
* Tài sản không chia được quy định chặt chẽ hơn về hình thành và sử dụng;
* Liên đoàn HTX là loại hình tổ chức kinh tế tập thể mới.
## Chuẩn bị cho ngày luật có hiệu lực
Liên minh HTX tỉnh sẽ tổ chức các lớp tập huấn chuyên sâu về điều lệ, quy chế nội bộ và chế độ kế toán trước ngày 01/7/2024.
""",
          author="Thu Hà", **meta(datetime(2024, 2, 27, 14, 0)),
          opts={"account": "Thu Hà", "category": "Hoạt động Liên minh", "tags": ["Chính sách"]},
          notes=["no byline in the text: the visible author is a staff member's own account 'Thu Hà' (a person), "
                 "the author; JSON-LD author 'Thu Ha' (the account without diacritics); two <h3> headings and a list"]),
        A(path="/tin-tuc/2024/2/20/htx-bo-sua-bau-bang-mo-rong-chuong-trai",
          title="HTX bò sữa Bàu Bàng mở rộng chuồng trại",
          date=datetime(2024, 2, 20, 10, 45),
          body="""
HTX Chăn nuôi bò sữa Bàu Bàng vừa đưa vào sử dụng khu chuồng trại mới rộng 3.000 m², nâng quy mô đàn lên 420 con.
Công trình được đầu tư hơn 6 tỷ đồng, trong đó 2 tỷ đồng vay từ Quỹ hỗ trợ phát triển HTX tỉnh với lãi suất ưu đãi.
[img bo-sua-bau-bang.png] Khu chuồng trại mới của HTX Chăn nuôi bò sữa Bàu Bàng
Mỗi ngày HTX cung cấp khoảng 5 tấn sữa tươi cho nhà máy chế biến theo hợp đồng bao tiêu dài hạn.
Nguồn: Báo Bình Dương
""",
          author=None, **meta(datetime(2024, 2, 20, 10, 45)),
          opts={"account": "LMHTX Bình Dương", "category": "Hoạt động HTX", "tags": ["Nông nghiệp"]},
          notes=["the text ends with 'Nguồn: Báo Bình Dương' (right-aligned italic): a source, author null; the visible "
                 "author is the site's account"]),
        A(path="/tin-tuc/2024/2/6/htx-son-mai-tuong-binh-hiep-giu-nghe-truyen-thong",
          title="HTX sơn mài Tương Bình Hiệp giữ nghề truyền thống",
          date=datetime(2024, 2, 6, 9, 0),
          body="""
Những ngày giáp Tết, xưởng của HTX Mỹ nghệ sơn mài Tương Bình Hiệp luôn sáng đèn để kịp giao hàng cho khách trong và ngoài nước.
[img son-mai.png] Nghệ nhân HTX mài tranh sơn mài
HTX hiện có 25 thành viên là nghệ nhân, thợ lành nghề, sản xuất tranh, bình, hộp quà sơn mài với doanh thu năm 2023 đạt 9,6 tỷ đồng.
Để giữ nghề, HTX mở lớp truyền nghề miễn phí cho thanh niên địa phương và đưa sản phẩm lên sàn thương mại điện tử.
""",
          byline="Hoàng Linh", author="Hoàng Linh", **meta(datetime(2024, 2, 6, 9, 0)),
          opts={"account": "LMHTX Bình Dương", "category": "Hoạt động HTX", "tags": ["OCOP", "Làng nghề"],
                "side_image": True},
          notes=["a two-column row: the first paragraph (sqs-col-7) beside an image block with its caption (sqs-col-5), "
                 "then full-width text; byline 'Hoàng Linh' last: part of the text, the author"]),
        A(path="/tin-tuc/2024/1/25/video-htx-ca-phe-dau-tieng-vao-mua-thu-hoach",
          title="Video: HTX cà phê Dầu Tiếng vào mùa thu hoạch",
          date=datetime(2024, 1, 25, 15, 20),
          body="""
Các thành viên HTX Nông nghiệp Dầu Tiếng đang thu hoạch cà phê vối trên diện tích 80 ha, năng suất ước đạt 3,5 tấn nhân/ha.
Năm nay giá cà phê nhân tăng cao, HTX thu mua cà phê tươi của thành viên theo giá thị trường và sơ chế tại xưởng để bán cho doanh nghiệp xuất khẩu.
""",
          author=None, **meta(datetime(2024, 1, 25, 15, 20)),
          opts={"account": "LMHTX Bình Dương", "category": "Video", "tags": ["Video"], "video": "bd8XkQ2mT4s"},
          notes=["video post: a video block (the player only in a data-html attribute) and two paragraphs: an "
                 "article; the visible author is the site's account: author null"]),
        A(path="/tin-tuc/2024/1/12/tap-huan-ban-hang-truc-tuyen-cho-htx",
          title="Tập huấn bán hàng trực tuyến cho HTX",
          date=datetime(2024, 1, 12, 8, 30),
          body="""
Ngày 11/1, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn bán hàng trực tuyến cho 50 học viên đến từ các HTX.
Học viên được hướng dẫn xây dựng gian hàng, chụp ảnh sản phẩm, livestream bán hàng và quản lý đơn hàng trên các sàn thương mại điện tử.
[img tap-huan-online.png] Học viên thực hành livestream giới thiệu sản phẩm
Kết thúc lớp học, 27 HTX đã mở gian hàng trên sàn thương mại điện tử với sự hỗ trợ của Liên minh HTX tỉnh.
""",
          byline="Quốc Chiến", author="Quốc Chiến", **meta(datetime(2024, 1, 12, 8, 30)),
          opts={"account": "LMHTX Bình Dương", "category": "Hoạt động Liên minh", "tags": ["Chuyển đổi số"]},
          notes=["oldest post: only on the offset page /tin-tuc?offset=… and the filters; byline 'Quốc Chiến' last: "
                 "part of the text, the author"]),
        A(path="/van-ban/2024/2/29/thong-bao-tuyen-sinh-lop-giam-doc-htx",
          title="Thông báo tuyển sinh lớp bồi dưỡng Giám đốc HTX năm 2024",
          date=datetime(2024, 2, 29, 16, 0),
          body="""
Liên minh HTX tỉnh thông báo tuyển sinh lớp bồi dưỡng kiến thức quản lý dành cho Giám đốc, Phó Giám đốc HTX năm 2024.
1. Thời gian học: 5 ngày, từ ngày 18 đến 22/3/2024.
2. Địa điểm: Hội trường Liên minh HTX tỉnh, thành phố Thủ Dầu Một.
3. Học viên được miễn học phí và hỗ trợ tài liệu; hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 12/3/2024.
""",
          author=None, published=iso(datetime(2024, 2, 29, 16, 0)), published_source="metadata",
          evidence=["metadata", "date-element", "listing"],
          opts={"account": "Phòng Tuyên truyền", "docs": True},
          notes=["announcement in /van-ban: date 'Tháng 2 29, 2024' (month first, a leap day), JSON-LD "
                 "2024-02-29T16:00:00+0700; office account: author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def bid(*key: str) -> str:
    return "block-yui_3_17_2_1_" + hashlib.md5("|".join(key).encode()).hexdigest()[:13]


def cdn(src: str) -> str:
    return f"/static/images/{src}"


def html_block(inner: str, *key: str) -> str:
    return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="{bid("html", *key)}">'
            f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>')


def image_block(src: str, caption: str, *key: str) -> str:
    cap = (f'<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" '
           f'style="white-space:pre-wrap;">{inline_html(caption)}</p></div></figcaption>' if caption else "")
    return (f'<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="{bid("img", src, *key)}">'
            f'<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;">'
            f'<div class="image-block-outer-wrapper layout-caption-below design-layout-inline">'
            f'<div class="intrinsic"><div class="image-inset" data-animation-role="image"><img data-stretch="false" '
            f'data-src="{cdn(src)}" data-image="{cdn(src)}" data-image-dimensions="1500x1000" data-image-focal-point="0.5,0.5" '
            f'alt="{attr(caption or src)}" src="{cdn(src)}?format=1000w"></div></div></div>{cap}</figure></div></div>')


def para(text: str, right: bool = False) -> str:
    style = ' style="white-space:pre-wrap;text-align:right;"' if right else ' style="white-space:pre-wrap;"'
    inner = f"<em>{inline_html(text)}</em>" if right else inline_html(text)
    return f'<p class=""{style}>{inner}</p>'


def row(cols: list[tuple[int, str]]) -> str:
    return '<div class="row sqs-row">' + "".join(f'<div class="col sqs-col-{n} span-{n}">{c}</div>'
                                                 for n, c in cols) + "</div>"


def render_body(a: Article) -> str:
    rows = []
    buf: list[str] = []
    key = a.path

    def flush() -> None:
        if buf:
            rows.append(row([(12, html_block("".join(buf), key, str(len(rows))))]))
            buf.clear()

    blocks = a.blocks
    for i, b in enumerate(blocks):
        if b.kind == "p":
            if a.opts.get("side_image") and i == 0:
                pic = blocks[1]
                rows.append(row([(7, html_block(para(b.text), key, "side")),
                                 (5, image_block(pic.src, pic.text, key))]))
                continue
            buf.append(para(b.text, right=b.text.startswith("Nguồn:")))
        elif b.kind == "h":
            buf.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            buf.append("<ul data-rte-list=\"default\">" + "".join(
                f'<li><p class="" style="white-space:pre-wrap;">{inline_html(x)}</p></li>' for x in b.items) + "</ul>")
        elif b.kind == "img":
            if a.opts.get("side_image") and i == 1:
                continue
            flush()
            rows.append(row([(12, image_block(b.src, b.text, key))]))
    flush()
    if vid := a.opts.get("video"):
        player = attr(f'<iframe src="{{{{base:offsite}}}}/youtube/embed/{vid}" width="854" height="480" '
                      'frameborder="0" allowfullscreen></iframe>')
        rows.append(row([(12, f'<div class="sqs-block video-block sqs-block-video" data-block-type="32" '
                               f'id="{bid("video", key)}" data-block-json="{attr(chr(123) + chr(34) + "layout" + chr(34) + ":" + chr(34) + "caption-hidden" + chr(34) + chr(125))}">'
                               f'<div class="sqs-block-content"><div class="intrinsic"><div class="sqs-video-wrapper" '
                               f'data-provider-name="YouTube" data-html="{player}"></div></div></div></div>')]))
    if a.byline:
        rows.append(row([(12, html_block(f'<p class="" style="white-space:pre-wrap;text-align:right;"><strong>'
                                         f'{esc(a.byline)}</strong></p>', key, "byline"))]))
    if a.attachments:
        f = a.attachments[0]
        rows.append(row([(12, f'<div class="sqs-block button-block sqs-block-button" data-block-type="53" '
                               f'id="{bid("button", key)}"><div class="sqs-block-content"><div '
                               f'class="sqs-block-button-container sqs-block-button-container--center">'
                               f'<a href="{f["path"]}" class="sqs-block-button-element--medium sqs-button-element--primary '
                               f'sqs-block-button-element" target="_blank">{esc("Tải văn bản (PDF)")}</a></div></div></div>')]))
    return (f'<div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body" data-type="item" '
            f'id="item-{hashlib.md5(key.encode()).hexdigest()[:24]}">' + "".join(rows) + "</div>")


def author_link(acc: str) -> str:
    return f"{NEWS}?author={ACCOUNTS[acc][0]}"


def tag_href(t: str) -> str:
    return f"{NEWS}?tag={quote_plus(t)}"


def cat_href(c: str) -> str:
    return f"{NEWS}?category={quote_plus(c)}"


def item_page(a: Article, prev: Article | None, nxt: Article | None) -> str:
    d = a.date
    shown = vi_long(d) if a.opts.get("docs") else vi_short(d)
    coll = DOCS if a.opts.get("docs") else NEWS
    acc = a.opts["account"]
    cats = "" if a.opts.get("docs") else (f'<a href="{cat_href(a.opts["category"])}" class="Blog-meta-item '
                                          f'Blog-meta-item--categories">{esc(a.opts["category"])}</a>')
    tags = "" if a.opts.get("docs") else (
        f'<div class="BlogItem-topics"><span>{LABELS[4]}:</span> '
        + ", ".join(f'<a href="{tag_href(t)}" class="BlogItem-topics-link">{esc(t)}</a>' for t in a.opts["tags"])
        + "</div>")
    author_meta = ("" if a.opts.get("docs") else
                   f'<a href="{author_link(acc)}" class="Blog-meta-item Blog-meta-item--author">{esc(acc)}</a>')
    if a.opts.get("docs"):
        author_meta = f'<span class="Blog-meta-item Blog-meta-item--author">{esc(acc)}</span>'

    def pag(o: Article | None, side: str, label: str) -> str:
        if not o:
            return ""
        return (f'<a href="{o.path}" class="BlogItem-pagination-link BlogItem-pagination-link--{side}">'
                f'<div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label">{label}</div>'
                f'<h4 class="BlogItem-pagination-link-title">{esc(o.title)}</h4></div></a>')

    article = (f'<article class="BlogItem hentry author-{ACCOUNTS[acc][1].lower().replace(" ", "-")} post-type-text '
               f'article-index-1" data-item-id="{hashlib.md5(a.path.encode()).hexdigest()[:24]}">'
               f'<div class="BlogItem-meta"><time class="Blog-meta-item Blog-meta-item--date dt-published" '
               f'datetime="{d:%Y-%m-%d}">{shown}</time>{author_meta}{cats}</div>'
               f'<h1 class="BlogItem-title" data-content-field="title">{esc(a.title)}</h1>'
               f'<div class="Blog-meta BlogItem-meta--bottom"></div>'
               f'<div class="BlogItem-content e-content">{render_body(a)}</div>'
               f'{tags}<div class="BlogItem-share"><span class="BlogItem-share-label">{LABELS[2]}</span> '
               f'<a href="javascript:void(0)" class="ss-social-button facebook">Facebook</a> '
               f'<a href="javascript:void(0)" class="ss-social-button twitter">X</a></div>'
               f'<div class="BlogItem-comments"><a href="javascript:void(0)" class="BlogItem-comments-count">'
               f'{LABELS[3]}</a></div></article>'
               f'<nav class="BlogItem-pagination clear">{pag(prev, "prev", LABELS[0])}{pag(nxt, "next", LABELS[1])}</nav>')
    ld = ('{"url":"{{base}}' + a.path + '","name":"' + a.title.replace('"', '\\"') + '","datePublished":"'
          + f'{d:%Y-%m-%dT%H:%M:%S}+0700' + '","dateModified":"' + f'{d + timedelta(days=1, hours=2):%Y-%m-%dT%H:%M:%S}+0700'
          + '","headline":"' + a.title.replace('"', '\\"') + '","author":"' + ACCOUNTS[acc][1]
          + '","publisher":{"name":"' + NAME + '","@type":"Organization"},"@context":"http://schema.org",'
          + '"@type":"Article"}')
    head = (f'<meta itemprop="datePublished" content="{d:%Y-%m-%dT%H:%M:%S}+0700">'
            f'<meta itemprop="dateModified" content="{d + timedelta(days=1, hours=2):%Y-%m-%dT%H:%M:%S}+0700">'
            f'<meta itemprop="author" content="{ACCOUNTS[acc][1]}">'
            f'<meta property="og:type" content="article">'
            f'<script type="application/ld+json">{ld}</script>')
    return layout(a.title, article, coll, head=head, canonical=a.path, body_class="view-item collection-type-blog")


def list_item(a: Article) -> str:
    shown = vi_long(a.date) if a.opts.get("docs") else vi_short(a.date)
    pic = a.first_image()
    return (f'<article class="BlogList-item hentry">'
            + (f'<a href="{a.path}" class="BlogList-item-image-link"><img data-src="{cdn(pic)}" src="{cdn(pic)}?format=500w" '
               f'alt=""></a>' if pic else "")
            + f'<a href="{a.path}" class="BlogList-item-title" data-content-field="title">{esc(a.title)}</a>'
            f'<div class="BlogList-item-meta"><time class="Blog-meta-item Blog-meta-item--date" '
            f'datetime="{a.date:%Y-%m-%d}">{shown}</time></div>'
            f'<div class="BlogList-item-excerpt"><p>{esc(a.summary())}</p></div>'
            f'<a href="{a.path}" class="BlogList-item-readmore"><span>{LABELS[8]}</span></a></article>')


def layout(title: str, main: str, active: str, head: str = "", canonical: str | None = None,
           body_class: str = "view-list collection-type-blog") -> str:
    nav = "".join(f'<div class="Header-nav-item{" Header-nav-item--active" if h == active else ""}">'
                  f'<a href="{h}">{t}</a></div>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                   (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    can = f'<link rel="canonical" href="{{{{base}}}}{canonical}">' if canonical else ""
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="initial-scale=1">
<title>{esc(title)} — Liên minh HTX tỉnh Bình Dương</title>
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico">
{can}
<meta property="og:site_name" content="Liên minh HTX tỉnh Bình Dương">
<meta property="og:title" content="{attr(title)}">
{head}
<link rel="alternate" type="application/rss+xml" title="Tin tức - Liên minh HTX tỉnh Bình Dương" href="{RSS}">
<script type="text/javascript" src="/static/scripts/squarespace-common.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {{"facebookAppId":"314192535267336","rollups":{{}},"pageType":50,"website":{{"siteTitle":"Liên minh HTX tỉnh Bình Dương","language":"vi-VN","timeZone":"Asia/Ho_Chi_Minh"}}}};</script>
<link rel="stylesheet" type="text/css" href="/static/site.css">
</head>
<body id="collection-{hashlib.md5(active.encode()).hexdigest()[:24]}" class="{body_class} tweak-blog-item-pagination-enabled">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>{ANNOUNCE}</p></div></div></div>
<div class="Site" data-nc-base="header" data-controller="AncillaryLayout">
<header class="Header Header--top"><div class="Header-inner Header-inner--top">
<div class="Header-branding"><a href="/" class="Header-branding-logo"><img src="/static/images/logo-lmhtx-bd.png" alt="Liên minh HTX tỉnh Bình Dương"></a></div>
<nav class="Header-nav Header-nav--primary">{nav}</nav>
<div class="Header-search"><form class="Header-search-form" action="/search" method="GET"><input type="search" name="q" class="Header-search-form-input" placeholder="Tìm kiếm"></form></div>
</div></header>
<div class="Content-outer"><main class="Main Main--blog-item"><section class="Main-content" data-content-field="main-content">
{main}
</section></main></div>
<footer class="Footer" role="contentinfo"><div class="Footer-inner">
<div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Footer Content" id="footerBlocksTop"><div class="row sqs-row">
<div class="col sqs-col-6 span-6">{html_block(f"<h3>{FOOTER[0]}</h3>" + "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:4]), "footer")}</div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" id="{bid("newsletter")}"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><form class="newsletter-form" action="javascript:void(0)"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">{FOOTER[4]}</h2><div class="newsletter-form-header-description"><p>{FOOTER[5]}</p></div></div><input type="email" name="email" placeholder="Địa chỉ email"><button class="newsletter-form-button" type="submit">Đăng ký</button><div class="newsletter-form-footnote"><p>{FOOTER[6]}</p></div></form><div class="form-submission-text hidden"><p>{FOOTER[7]}</p></div></div></div></div></div>
</div></div>
<p class="Footer-copyright">{FOOTER[8]}</p>
</div></footer>
</div>
<script type="text/javascript" src="/static/scripts/site-bundle.js"></script>
</body>
</html>
"""


def rss(items: list[Article]) -> str:
    def gmt(d: datetime) -> str:
        u = d.replace(tzinfo=VN).astimezone(UTC)
        return u.strftime("%a, %d %b %Y %H:%M:%S +0000")
    entries = "".join(
        f"<item><title>{esc(a.title)}</title><dc:creator>{ACCOUNTS[a.opts['account']][1]}</dc:creator>"
        f"<pubDate>{gmt(a.date)}</pubDate><link>{{{{base}}}}{a.path}</link>"
        f"<guid isPermaLink=\"false\">{hashlib.md5(a.path.encode()).hexdigest()[:24]}</guid>"
        f"<description>{esc(a.summary())}</description></item>" for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">'
            f"<channel><title>Tin tức - Liên minh HTX tỉnh Bình Dương</title><link>{{{{base}}}}{NEWS}</link>"
            f"<lastBuildDate>Sat, 13 Jul 2024 02:00:00 +0000</lastBuildDate><language>vi-VN</language>"
            f"<generator>Site-Server v6.0.0 (http://www.squarespace.com)</generator>"
            f"<description>Tin hoạt động hợp tác xã tỉnh Bình Dương</description>{entries}</channel></rss>\n")


def offset_of(a: Article) -> int:
    return int(a.date.replace(tzinfo=VN).timestamp() * 1000)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-duong", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("docs")]
    docs = [a for a in arts if a.opts.get("docs")]
    for coll in (news, docs):
        for i, a in enumerate(coll):
            prev = coll[i + 1] if i + 1 < len(coll) else None
            nxt = coll[i - 1] if i > 0 else None
            site.page(a.path, item_page(a, prev, nxt), content_type=HTML)
    for a in arts:
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 15/KH-LMHTX", ["KE HOACH HOI THI HTX KIEU MAU NAM 2024",
                                                        "Lien minh HTX tinh Binh Duong"]))

    def listing(path: str, title: str, items: list[Article], extra: str = "") -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        urls = [path] + [f"{path}{'&' if '?' in path else '?'}offset={offset_of(pages[n - 1][-1])}"
                         for n in range(1, len(pages))]
        for n, chunk in enumerate(pages):
            older = (f'<a href="{urls[n + 1].replace("&", "&amp;")}" class="BlogList-pagination-link '
                     f'BlogList-pagination-link--next"><span class="BlogList-pagination-link-label">{LABELS[6]}</span>'
                     f'</a>' if n + 1 < len(pages) else "")
            newer_url = None
            if n > 0:
                newer_url = f"{path}{'&' if '?' in path else '?'}offset={offset_of(chunk[0])}&reversePaginate=true"
            newer = (f'<a href="{newer_url.replace("&", "&amp;")}" class="BlogList-pagination-link '
                     f'BlogList-pagination-link--prev"><span class="BlogList-pagination-link-label">{LABELS[7]}</span>'
                     f'</a>' if newer_url else "")
            main = (f'<div class="BlogList BlogList--posts-excerpt sqs-blog-list clear">'
                    f'{extra}<h1 class="BlogList-title">{esc(title)}</h1>'
                    + "".join(list_item(a) for a in chunk)
                    + f'<nav class="BlogList-pagination">{newer}{older}</nav></div>')
            page = layout(title, main, path.split("?")[0])
            site.page(urls[n], page, content_type=HTML)
            site.non_articles.append(urls[n])
            if newer_url:
                site.page(newer_url, layout(title, main.replace(newer, ""), path.split("?")[0]), content_type=HTML)
                site.non_articles.append(newer_url)

    filters = ('<div class="BlogList-filter"><span>' + LABELS[9] + ':</span> '
               + " ".join(f'<a href="{cat_href(c)}">{esc(c)}</a>' for c in
                          dict.fromkeys(a.opts["category"] for a in news)) + "</div>")
    listing(NEWS, "Tin tức", news, filters)
    listing(DOCS, "Văn bản", docs)
    for c in dict.fromkeys(a.opts["category"] for a in news):
        listing(cat_href(c), f"Tin tức — {c}", [a for a in news if a.opts["category"] == c])
    for t in dict.fromkeys(t for a in news for t in a.opts["tags"]):
        listing(tag_href(t), f"Tin tức — {t}", [a for a in news if t in a.opts["tags"]])
    for acc in dict.fromkeys(a.opts["account"] for a in news):
        listing(author_link(acc), f"Tin tức — {acc}", [a for a in news if a.opts["account"] == acc])
    site.page(RSS, rss(news), content_type="application/rss+xml; charset=utf-8")
    site.trap("listing /tin-tuc (BlogList: image, title, '14 thg 3, 2024', excerpt, 'Đọc thêm →') pages with a "
              "millisecond offset /tin-tuc?offset=<ms of the page's last post> ('Bài cũ hơn') and back with "
              "&reversePaginate=true ('Bài mới hơn'); ?category=, ?tag=, ?author= filters: not articles",
              f"{NEWS}?offset={offset_of(news[PER - 1])}")
    site.trap("RSS /tin-tuc?format=rss (rel=alternate on every page): pubDate in GMT ('Thu, 14 Mar 2024 01:00:00 "
              "+0000' = 08:00 in Vietnam), dc:creator the account", RSS)

    home = (html_block(f"<h1>{esc(NAME)}</h1><p>Đồng hành cùng hợp tác xã, tổ hợp tác và thành viên tỉnh Bình "
                       "Dương.</p>", "home")
            + '<div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="summary-item-list">'
            + "".join(f'<div class="summary-item"><a href="{a.path}" class="summary-title-link">{esc(a.title)}</a>'
                      f'<time class="summary-metadata-item summary-metadata-item--date">{vi_short(a.date)}</time>'
                      f'<div class="summary-excerpt"><p>{esc(a.summary())}</p></div></div>' for a in news[:4])
            + f'</div></div><p><a href="{NEWS}">Xem tất cả tin tức</a></p>')
    site.page("/", layout("Trang chủ", home, "/", body_class="homepage collection-type-page"), content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Bình Dương là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích "
             "hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh thực hiện tư vấn thành lập, đào tạo cán bộ quản lý, xúc tiến thương mại, hỗ trợ tiếp cận vốn "
             "từ Quỹ hỗ trợ phát triển hợp tác xã và kết nối hợp tác xã với doanh nghiệp, nhà khoa học.",
             "Đến nay toàn tỉnh có hơn 240 hợp tác xã và 2 liên hiệp hợp tác xã hoạt động trong các lĩnh vực nông "
             "nghiệp, vận tải, tín dụng, thương mại dịch vụ và làng nghề truyền thống."]
    about_main = ('<div class="sqs-layout sqs-grid-12 columns-12" data-type="page">'
                  + row([(12, html_block("<h1>Giới thiệu</h1>" + "".join(para(p) for p in about), "about"))])
                  + row([(12, image_block("tru-so.png", "Trụ sở Liên minh HTX tỉnh Bình Dương", "about"))]) + "</div>")
    site.page(ABOUT, layout("Giới thiệu", about_main, ABOUT, body_class="collection-type-page"), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", html_block("<h1>Liên hệ</h1>", "contact")
                              + '<div class="sqs-block form-block sqs-block-form"><div class="sqs-block-content">'
                                '<form action="javascript:void(0)"><input name="fname" placeholder="Họ tên"><input '
                                'name="email" placeholder="Email"><textarea name="message"></textarea><button '
                                'type="submit">Gửi</button></form></div></div>', CONTACT,
                              body_class="collection-type-page"), content_type=HTML)
    pics = [b for a in arts for b in a.blocks if b.kind == "img"]
    site.page(GALLERY, layout("Thư viện ảnh", '<div class="sqs-gallery-container sqs-gallery-block-grid"><div '
                              'class="sqs-gallery">' + "".join(
                                  f'<div class="slide"><img data-src="{cdn(b.src)}" src="{cdn(b.src)}" alt="">'
                                  f'<div class="meta-title">{esc(b.text)}</div></div>' for b in pics) + "</div></div>",
                              GALLERY, body_class="collection-type-gallery"), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title]
    site.page(SEARCH, layout("Tìm kiếm", '<div class="sqs-search-page"><h1>Kết quả tìm kiếm: ocop</h1>'
                             + "".join(list_item(a) for a in found) + "</div>", "/search",
                             body_class="search-page"), content_type=HTML)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY]
    site.never_fetched.append(SEARCH)
    site.binary("/favicon.ico", png(16, 16, (0, 102, 51)))
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><changefreq>daily</changefreq><priority>0.75</priority></url>"
                   for p in ["/", NEWS, DOCS, ABOUT, CONTACT, GALLERY])
    urls += "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><changefreq>monthly</changefreq><priority>0.5</priority>"
                    f"<lastmod>{a.date + timedelta(days=1, hours=2):%Y-%m-%d}</lastmod></url>" for a in arts)
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset '
                'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + urls + "</urlset>\n")
    site.trap("Squarespace pages: /gioi-thieu (html and image blocks, no date), /lien-he (form block), "
              "/thu-vien-anh (gallery collection), /search?q=ocop: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /config\nDisallow: /search\nDisallow: /account\n"
                "Disallow: /api/\nDisallow: /static/\n\nSitemap: {{base}}/sitemap.xml\n")
    return site
