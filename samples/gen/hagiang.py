"""Site `lmhtx-hagiang` (registry family `generic`): the news site of the Hà Giang cooperative alliance
(before the 2025 merger into Tuyên Quang) published with **Ghost** 5 and a Casper-like theme,
built blind as a held-out test: no family module, no selectors.

Why it is hard: posts live at the root as `/<slug>/` (no date, no id, no category in the URL), like
the static pages `/gioi-thieu/` and `/lien-he/`, which use the same `article.gh-article` template
(h1, feature image, long paragraphs) but have no byline and no date. The post is
`article.gh-article` > `header.gh-article-header` (primary tag, `h1.article-title`, the custom
excerpt `p.article-excerpt` = the lead, the byline with the Ghost staff user's name, `<time
class="byline-meta-date" datetime="2024-03-14">14 tháng 3, 2024</time>` with no time and "4 phút
đọc") > `section.gh-content` with Koenig cards: `kg-image-card` and `kg-gallery-card` figures with
captions (lines of the text), a `kg-callout-card` (an emoji and a sentence: the sentence is text),
a `kg-file-card` (the attachment: not text) and a **`kg-bookmark-card`**: a link preview of a
newspaper's article with its own title, description, publisher and thumbnail, inside the content,
which is NOT part of the post's text. The time of day is only in `article:published_time` /
JSON-LD `datePublished`, in UTC (`2024-03-13T23:30:00.000Z` for a post of 06:30 on 14 March,
Vietnam time). The staff user "Ban Biên tập" is an account of the editorial office, never an
author: those posts carry the reporter's byline as the last paragraph, or a "Nguồn: …" line, or
nothing. Around the post: a "Đăng ký nhận tin" members box, "Bài viết khác" cards with their own
dates and excerpts, tag pages `/tag/<x>/`, author pages `/author/<x>/` (bio + cards), home page
`/page/2/`, `/rss/` (full text in `content:encoded`), Ghost's sitemap index.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from .core import TODAY_2024, Article, SiteBuild, attr, esc, image_for, inline_html, inline_text, pdf, weekday

SITE = "lmhtx-hagiang"
NAME = "Liên minh Hợp tác xã tỉnh Hà Giang"
SHORT = "Liên minh HTX tỉnh Hà Giang"
HTML = "text/html; charset=utf-8"
PER = 5
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
PDF_PATH = "/content/files/2024/02/KH-15-LMHTX-hoi-cho-OCOP-2024.pdf"

TODAY = f"{weekday(TODAY_2024)}, {TODAY_2024:%d/%m/%Y}"
SLOGAN = "Hợp tác xã - Điểm tựa của đồng bào vùng cao nguyên đá"
CTA = ["Đăng ký nhận tin từ Liên minh HTX tỉnh Hà Giang",
       "Nhận bài viết mới về hợp tác xã, OCOP và chính sách hỗ trợ qua email.", "Nhập email của bạn"]
FOOTER = ["Liên minh Hợp tác xã tỉnh Hà Giang © 2024",
          "Địa chỉ: Số 12 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang",
          "Điện thoại: 0219.3866.425 - Email: lmhtx@hagiang.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Minh Tiến - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hà Giang cấp ngày 12/01/2023",
          "Vận hành bởi Ghost"]
UI = ["Bài viết khác", "Xem tất cả bài viết", "Lượt truy cập: 316.842", "phút đọc", "Chia sẻ bài viết",
      "Sao chép liên kết", "Tệp đính kèm", "Tải xuống"]
BOILERPLATE = [TODAY, SLOGAN, *CTA, *FOOTER, *UI]

TAGS = {"tin-hoat-dong": "Tin hoạt động", "ocop": "OCOP", "van-ban": "Văn bản", "phong-su-anh": "Phóng sự ảnh",
        "guong-htx": "Gương HTX"}
AUTHORS = {
    "vang-thi-mai": ("Vàng Thị Mai", "Phóng viên Ban Tuyên truyền - Đối ngoại, Liên minh HTX tỉnh."),
    "nguyen-duc-thang": ("Nguyễn Đức Thắng", "Phó Trưởng Ban Tuyên truyền - Đối ngoại, phụ trách trang tin."),
    "ban-bien-tap": ("Ban Biên tập", "Tài khoản đăng bài của Ban Biên tập trang tin Liên minh HTX tỉnh Hà Giang."),
}

# A link preview of a newspaper's article (a kg-bookmark-card): its title and description are no text
BOOKMARK = {
    "href": "{{base:offsite}}/baohagiang/kinh-te/mat-ong-bac-ha-meo-vac-vuon-xa.html",
    "title": "Mật ong bạc hà Mèo Vạc vươn xa nhờ chuỗi liên kết",
    "description": "Từ sản phẩm thô bán ven đường, mật ong bạc hà của cao nguyên đá đã có mặt ở nhiều siêu thị lớn, "
                   "mang lại thu nhập ổn định cho hàng nghìn hộ nuôi ong.",
    "publisher": "Báo Hà Giang",
    "author": "Hoàng Anh",
}
BOOKMARK2 = {
    "href": "{{base:offsite}}/tinhuy-hagiang/tin-tuc/khai-mac-hoi-cho-ocop-2024.html",
    "title": "Khai mạc Hội chợ sản phẩm OCOP và đặc sản vùng miền năm 2024",
    "description": "Hội chợ có hơn 150 gian hàng của các HTX, doanh nghiệp trong và ngoài tỉnh, diễn ra trong 5 ngày "
                   "tại Quảng trường 26 tháng 3.",
    "publisher": "Cổng thông tin điện tử tỉnh Hà Giang",
    "author": "",
}
BOILERPLATE += [BOOKMARK["title"], BOOKMARK["description"],
                BOOKMARK2["title"], BOOKMARK2["description"], BOOKMARK2["publisher"]]


def dated(local: datetime) -> dict:
    return dict(published=local.strftime("%Y-%m-%dT%H:%M:%S+07:00"), published_source="metadata",
                evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/htx-che-shan-tuyet-lung-phin-vao-vu-thu-hoach/",
          title="Phóng sự ảnh: HTX chè Shan tuyết Lũng Phìn vào vụ thu hoạch",
          date=datetime(2024, 4, 10, 7, 45),
          lead="Đầu tháng Tư, trên những sườn núi đá ở xã Lũng Phìn (Đồng Văn), thành viên HTX chè Shan tuyết Lũng Phìn bắt đầu thu hái lứa chè xuân đầu tiên.",
          body="""
[gallery che-1.png che-2.png che-3.png] Những cây chè Shan tuyết cổ thụ hàng trăm năm tuổi mọc xen giữa núi đá
HTX hiện có 34 thành viên, quản lý hơn 60 ha chè Shan tuyết, trong đó nhiều cây có tuổi đời trên 200 năm.
[img che-hai-bup.png] Thành viên HTX hái chè theo tiêu chuẩn một tôm hai lá
[img che-sao.png] Chè được sao thủ công trên chảo gang để giữ hương vị đặc trưng
Sản phẩm chè Shan tuyết Lũng Phìn đạt OCOP 3 sao năm 2023, giá bán từ 800.000 đến 1,2 triệu đồng/kg chè khô.
[gallery che-4.png che-5.png] Sản phẩm chè của HTX được đóng gói, trưng bày tại điểm giới thiệu sản phẩm
""",
          author="Vàng Thị Mai", **dated(datetime(2024, 4, 10, 7, 45)),
          opts={"author": "vang-thi-mai", "tags": ["phong-su-anh", "ocop"], "read": 2},
          notes=["photo story: two kg-gallery-card figures (several images, one caption each) and two kg-image-card "
                 "figures with captions between two short paragraphs: every caption one line; author the Ghost "
                 "staff user 'Vàng Thị Mai' in the byline (not text)"]),
        A(path="/dien-dan-htx-voi-chuyen-doi-so-vung-cao/",
          title="Diễn đàn HTX với chuyển đổi số vùng cao",
          date=datetime(2024, 3, 28, 15, 0),
          lead="Chiều 27/3, Liên minh HTX tỉnh tổ chức Diễn đàn “HTX với chuyển đổi số vùng cao”, thu hút gần 120 đại biểu là cán bộ quản lý HTX, tổ hợp tác trên địa bàn tỉnh.",
          body="""
Theo số liệu của Liên minh HTX tỉnh, đến nay mới có khoảng 18% HTX của tỉnh ứng dụng phần mềm kế toán và 11% HTX bán sản phẩm trên sàn thương mại điện tử.
## Khó khăn từ hạ tầng và con người
Nhiều HTX ở các huyện vùng cao núi đá như Mèo Vạc, Yên Minh, Quản Bạ chưa có cán bộ đủ kỹ năng sử dụng máy tính; sóng điện thoại ở một số thôn còn chập chờn.
[quote] Chuyển đổi số không phải là mua máy tính, mà là thay đổi cách HTX ghi chép, bán hàng và kết nối với thành viên.
Các đại biểu đề xuất Liên minh HTX tỉnh mở lớp tập huấn ngắn ngày tại huyện, hướng dẫn HTX tạo gian hàng trên các sàn Postmart, Voso.
## Cam kết của các đơn vị viễn thông
* Viettel Hà Giang hỗ trợ miễn phí chữ ký số năm đầu cho 50 HTX;
* VNPT Hà Giang cung cấp gói phần mềm kế toán HTX với giá ưu đãi;
* Bưu điện tỉnh hỗ trợ đóng gói, vận chuyển sản phẩm OCOP đến người mua.
""",
          author="Nguyễn Đức Thắng", **dated(datetime(2024, 3, 28, 15, 0)),
          opts={"author": "nguyen-duc-thang", "tags": ["tin-hoat-dong"], "read": 3},
          notes=["two <h2> headings, a Koenig blockquote (one line of text) and a list; the lead says 'Chiều 27/3' "
                 "(the event), the post is of 28/3 (time 08:00Z = 15:00 in article:published_time)"]),
        A(path="/htx-mat-ong-bac-ha-meo-vac-dat-ocop-4-sao/",
          title="Mật ong bạc hà của HTX Mèo Vạc đạt OCOP 4 sao",
          date=datetime(2024, 3, 14, 6, 30),
          lead="Sản phẩm mật ong bạc hà của HTX Nông nghiệp Mèo Vạc vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao, là sản phẩm mật ong đầu tiên của tỉnh đạt mức này.",
          body="""
HTX có 45 thành viên với hơn 2.300 đàn ong nội, nuôi ở các xã Pả Vi, Pải Lủng, Tả Lủng, nơi cây bạc hà dại nở hoa trắng núi từ tháng 10 đến tháng 12.
Để đạt 4 sao, HTX đầu tư máy hạ thủy phần, bao bì có tem truy xuất nguồn gốc và xây dựng quy trình kiểm soát chất lượng từng mẻ mật.
[bookmark 1]
[img mat-ong-meo-vac.png] Thành viên HTX Nông nghiệp Mèo Vạc quay mật ong bạc hà
Năm 2023, HTX tiêu thụ 18 tấn mật ong, doanh thu hơn 7 tỷ đồng; thu nhập của thành viên từ nuôi ong đạt 60 - 80 triệu đồng/hộ/năm.
""",
          byline="Bài, ảnh: Lò Thị Hương", author="Lò Thị Hương", **dated(datetime(2024, 3, 14, 6, 30)),
          opts={"author": "ban-bien-tap", "tags": ["ocop", "guong-htx"], "read": 4},
          notes=["a kg-bookmark-card inside the content (a link preview of Báo Hà Giang's article: its own title, "
                 "description, publisher, author and thumbnail): not text; posted 06:30 on 14/03/2024: the page shows "
                 "'14 tháng 3, 2024' (<time datetime='2024-03-14'>) and article:published_time / JSON-LD "
                 "datePublished say 2024-03-13T23:30:00.000Z, the previous day in UTC",
                 "Ghost staff user 'Ban Biên tập' in the byline and the JSON-LD author: the office's account, not the "
                 "author; the last paragraph 'Bài, ảnh: Lò Thị Hương' (right-aligned bold): part of the text, author "
                 "Lò Thị Hương"]),
        A(path="/huong-dan-ho-so-vay-von-quy-ho-tro-phat-trien-htx-nam-2024/",
          title="Hướng dẫn hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX năm 2024",
          date=datetime(2024, 3, 5, 14, 20),
          lead="Năm 2024, Quỹ hỗ trợ phát triển HTX tỉnh dành 12 tỷ đồng cho các HTX, tổ hợp tác vay vốn đầu tư sản xuất, kinh doanh.",
          body="""
Đối tượng được vay là HTX, liên hiệp HTX, tổ hợp tác có dự án khả thi, ưu tiên dự án gắn với sản phẩm OCOP, sản xuất theo chuỗi giá trị và ứng dụng công nghệ cao.
## Hồ sơ gồm
* Đơn đề nghị vay vốn theo mẫu của Quỹ;
* Phương án sản xuất, kinh doanh và kế hoạch trả nợ;
* Báo cáo tài chính năm 2023 của HTX;
* Giấy tờ về tài sản bảo đảm tiền vay (nếu có).
[callout 📌] Hồ sơ nộp tại Quỹ hỗ trợ phát triển HTX tỉnh trước ngày 30/4/2024; lãi suất cho vay 5,4%/năm, thời hạn tối đa 5 năm.
Mức vay tối đa 1,5 tỷ đồng với HTX và 300 triệu đồng với tổ hợp tác. Cán bộ Quỹ sẽ thẩm định thực tế tại HTX trong vòng 15 ngày làm việc kể từ khi nhận đủ hồ sơ.
""",
          author="Nguyễn Đức Thắng", **dated(datetime(2024, 3, 5, 14, 20)),
          opts={"author": "nguyen-duc-thang", "tags": ["tin-hoat-dong"], "read": 3},
          notes=["a kg-callout-card (an emoji and a sentence in div.kg-callout-text): the sentence is one line of the "
                 "text, the emoji is not; four list items under an <h2>"]),
        A(path="/ke-hoach-to-chuc-hoi-cho-san-pham-ocop-va-dac-san-nam-2024/",
          title="Kế hoạch tổ chức Hội chợ sản phẩm OCOP và đặc sản vùng miền năm 2024",
          date=datetime(2024, 2, 27, 9, 0),
          body="""
LIÊN MINH HTX TỈNH HÀ GIANG
Số: 15/KH-LMHTX
Hà Giang, ngày 26 tháng 02 năm 2024
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm OCOP và đặc sản vùng miền năm 2024
Thực hiện Chương trình công tác năm 2024, Liên minh HTX tỉnh xây dựng Kế hoạch tổ chức Hội chợ sản phẩm OCOP và đặc sản vùng miền năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, giới thiệu sản phẩm OCOP, sản phẩm đặc sản của các HTX; kết nối giao thương giữa HTX với doanh nghiệp và nhà phân phối.
II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 22 đến ngày 26/3/2024, tại Quảng trường 26 tháng 3, thành phố Hà Giang.
III. QUY MÔ
Khoảng 150 gian hàng, trong đó dành 80 gian hàng miễn phí cho các HTX có sản phẩm OCOP.
[bookmark 2]
Nơi nhận: UBND tỉnh; Sở Công Thương; UBND các huyện, thành phố; Lưu VT.
CHỦ TỊCH Nguyễn Minh Tiến
[file]
""",
          author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-15-LMHTX-hoi-cho-OCOP-2024.pdf"}],
          **dated(datetime(2024, 2, 27, 9, 0)),
          opts={"author": "ban-bien-tap", "tags": ["van-ban"], "read": 2, "doc": True},
          notes=["official plan: 'Số: 15/KH-LMHTX', place-date line 'Hà Giang, ngày 26 tháng 02 năm 2024' the day "
                 "before the post's date (27 tháng 2, 2024; 02:00Z = 09:00); the event dates 22-26/3/2024 in the "
                 "text; signer last, author null (staff user 'Ban Biên tập'); a kg-bookmark-card to the province's "
                 "portal and the PDF in a kg-file-card (file name, size, 'Tải xuống'): not text"]),
        A(path="/htx-du-lich-cong-dong-nam-dam-don-khach-dip-tet/",
          title="HTX du lịch cộng đồng Nặm Đăm đón khách dịp Tết",
          date=datetime(2024, 2, 20, 16, 10),
          lead="Trong 10 ngày Tết Nguyên đán Giáp Thìn, HTX Du lịch cộng đồng Nặm Đăm (Quản Bạ) đón hơn 1.600 lượt khách, tăng gần gấp đôi cùng kỳ.",
          body="""
Thôn Nặm Đăm có 52 hộ người Dao, trong đó 22 hộ tham gia HTX làm dịch vụ lưu trú tại nhà, ẩm thực và biểu diễn văn nghệ dân gian.
[img nam-dam.png] Du khách trải nghiệm tắm lá thuốc của người Dao tại thôn Nặm Đăm
HTX thống nhất giá dịch vụ giữa các hộ, phân công đón khách luân phiên và trích 10% doanh thu để giữ gìn cảnh quan, vệ sinh chung của thôn.
Nguồn: Báo Hà Giang
""",
          author=None, **dated(datetime(2024, 2, 20, 16, 10)),
          opts={"author": "ban-bien-tap", "tags": ["guong-htx"], "read": 2},
          notes=["staff user 'Ban Biên tập' in the byline; the content ends with 'Nguồn: Báo Hà Giang' (right-aligned "
                 "italic): part of the text, a source, author null; page 2 of the home page"]),
        A(path="/lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023/",
          title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          date=datetime(2024, 1, 18, 10, 30),
          lead="Ngày 17/1, Liên minh HTX tỉnh Hà Giang tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, toàn tỉnh thành lập mới 62 HTX, nâng tổng số lên 745 HTX với hơn 14.000 thành viên; doanh thu bình quân của một HTX đạt 1,6 tỷ đồng.
[img tong-ket-2023.png] Quang cảnh hội nghị tổng kết
## Nhiệm vụ năm 2024
* Thành lập mới ít nhất 50 HTX, 30 tổ hợp tác;
* Hỗ trợ 20 HTX tham gia Chương trình OCOP;
* Giải ngân 12 tỷ đồng từ Quỹ hỗ trợ phát triển HTX.
Tại hội nghị, 8 tập thể và 12 cá nhân được Liên minh HTX tỉnh tặng Bằng khen vì có thành tích xuất sắc trong năm 2023.
""",
          author="Nguyễn Đức Thắng", **dated(datetime(2024, 1, 18, 10, 30)),
          opts={"author": "nguyen-duc-thang", "tags": ["tin-hoat-dong"], "read": 3}),
        A(path="/htx-cam-sanh-bac-quang-lien-ket-tieu-thu/",
          title="HTX cam sành Bắc Quang liên kết tiêu thụ với doanh nghiệp",
          date=datetime(2024, 1, 5, 8, 0),
          lead="HTX Cam sành Hùng An (Bắc Quang) ký hợp đồng cung ứng 300 tấn cam sành cho một chuỗi siêu thị ở Hà Nội.",
          body="""
HTX có 28 thành viên với 75 ha cam sành, trong đó 40 ha được cấp chứng nhận VietGAP và mã số vùng trồng.
Theo hợp đồng, doanh nghiệp thu mua tại vườn với giá từ 15.000 đến 18.000 đồng/kg tùy loại, cao hơn thương lái khoảng 2.000 đồng/kg.
[img cam-sanh.png] Thành viên HTX Cam sành Hùng An thu hoạch cam
""",
          author="Vàng Thị Mai", **dated(datetime(2024, 1, 5, 8, 0)),
          opts={"author": "vang-thi-mai", "tags": ["guong-htx"], "read": 1},
          notes=["oldest post: page 2 of the home page and of its tag; 01:00Z in article:published_time = 08:00"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(name: str, d: datetime) -> str:
    return f"/content/images/{d:%Y/%m}/{name}"


def truth_body(raw: str) -> str:
    """The post's text as read: gallery captions as captioned photos, callouts and quotes as
    paragraphs (without the emoji); bookmark and file cards dropped."""
    out = []
    for line in raw.strip().splitlines():
        line = line.strip()
        if m := re.match(r"^\[gallery ([^\]]+)\]\s*(.*)$", line):
            out.append(f"[img {m.group(1).split()[0]}] {m.group(2)}")
        elif m := re.match(r"^\[callout \S+\]\s*(.*)$", line):
            out.append(m.group(1))
        elif line.startswith("[quote] "):
            out.append(line[8:])
        elif line.startswith(("[bookmark", "[file]")):
            continue
        else:
            out.append(line)
    return "\n".join(out)


def bookmark(b: dict, d: datetime) -> str:
    author = f'<span class="kg-bookmark-author">{esc(b["author"])}</span>' if b["author"] else ""
    return (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{b["href"]}">'
            f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(b["title"])}</div>'
            f'<div class="kg-bookmark-description">{esc(b["description"])}</div>'
            f'<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{img("icon/favicon-bookmark.png", d)}" alt="">'
            f'<span class="kg-bookmark-author">{esc(b["publisher"])}</span>{author}</div></div>'
            f'<div class="kg-bookmark-thumbnail"><img src="{img("thumbnail/bookmark-" + str(len(b["title"])) + ".png", d)}" '
            'alt=""></div></a></figure>')


def content_html(a: Article) -> str:
    raw = a.opts["raw"]
    out: list[str] = []
    ul: list[str] = []

    def flush() -> None:
        if ul:
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in ul) + "</ul>")
            ul.clear()

    for line in raw.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("* "):
            ul.append(line[2:])
            continue
        flush()
        if m := re.match(r"^\[gallery ([^\]]+)\]\s*(.*)$", line):
            names = m.group(1).split()
            imgs = "".join(f'<div class="kg-gallery-image"><img src="{img(n, a.date)}" width="1600" height="1067" '
                           f'loading="lazy" alt=""></div>' for n in names)
            out.append('<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div '
                       f'class="kg-gallery-container"><div class="kg-gallery-row">{imgs}</div></div>'
                       f"<figcaption>{inline_html(m.group(2))}</figcaption></figure>")
        elif m := re.match(r"^\[img ([^\]]+)\]\s*(.*)$", line):
            out.append(f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{img(m.group(1), a.date)}" '
                       f'class="kg-image" alt="" loading="lazy" width="1200" height="800">'
                       f"<figcaption><span style=\"white-space: pre-wrap;\">{inline_html(m.group(2))}</span></figcaption></figure>")
        elif m := re.match(r"^\[callout (\S+)\]\s*(.*)$", line):
            out.append(f'<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">'
                       f'{m.group(1)}</div><div class="kg-callout-text">{inline_html(m.group(2))}</div></div>')
        elif line.startswith("[quote] "):
            out.append(f'<blockquote class="kg-blockquote-alt">{inline_html(line[8:])}</blockquote>')
        elif line.startswith("[bookmark "):
            out.append(bookmark(BOOKMARK if line == "[bookmark 1]" else BOOKMARK2, a.date))
        elif line == "[file]":
            f = a.attachments[0]
            out.append(f'<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="{f["path"]}" '
                       f'title="Tải xuống" download><div class="kg-file-card-contents"><div class="kg-file-card-title">'
                       f'Tệp đính kèm</div><div class="kg-file-card-caption">Kế hoạch số 15/KH-LMHTX (bản PDF có chữ '
                       f'ký)</div><div class="kg-file-card-metadata"><div class="kg-file-card-filename">{esc(f["text"])}'
                       '</div><div class="kg-file-card-filesize">186 KB</div></div></div><div class="kg-file-card-icon">'
                       '<span>Tải xuống</span></div></a></div>')
        elif line.startswith("## "):
            out.append(f'<h2 id="{slugify(line[3:])}">{inline_html(line[3:])}</h2>')
        elif line.startswith("Nguồn:"):
            out.append(f'<p style="text-align: right;"><em>{inline_html(line)}</em></p>')
        elif a.opts.get("doc") and (line.isupper() or line.startswith(("Số:", "Tổ chức Hội chợ"))):
            out.append(f'<p style="text-align: center;"><strong>{inline_html(line)}</strong></p>')
        elif a.opts.get("doc") and line.startswith(("Hà Giang, ngày", "CHỦ TỊCH")):
            out.append(f'<p style="text-align: right;"><em>{inline_html(line)}</em></p>')
        else:
            out.append(f"<p>{inline_html(line)}</p>")
    flush()
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def slugify(text: str) -> str:
    import unicodedata
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def vn_date(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def excerpt(a: Article) -> str:
    if a.lead:
        return a.lead
    text = " ".join(inline_text(b.text) for b in a.blocks if b.kind == "p")
    return " ".join(text.split()[:33]) + "…"


def card(a: Article) -> str:
    tag = a.opts["tags"][0]
    first = a.first_image() or "ke-hoach-cover.png"
    return (f'<article class="post-card post tag-{tag}"><a class="post-card-image-link" href="{a.path}">'
            f'<img class="post-card-image" src="{img(first, a.date)}" alt="{attr(a.title)}" loading="lazy"></a>'
            f'<div class="post-card-content"><a class="post-card-content-link" href="{a.path}"><header '
            f'class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">{TAGS[tag]}</span>'
            f'</div><h2 class="post-card-title">{esc(a.title)}</h2></header><div class="post-card-excerpt">'
            f'{esc(excerpt(a))}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" '
            f'datetime="{a.date:%Y-%m-%d}">{vn_date(a.date)}</time><span class="post-card-meta-length">'
            f'{a.opts["read"]} phút đọc</span></footer></div></article>')


def layout(title: str, main: str, *, body_class: str, head: str = "", cta: bool = True, after: str = "") -> str:
    nav = "".join(f'<li class="nav-{slugify(t)}"><a href="{h}">{esc(t)}</a></li>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), ("/tag/tin-hoat-dong/", "Tin hoạt động"),
                   ("/tag/ocop/", "OCOP"), ("/tag/guong-htx/", "Gương HTX"), ("/tag/van-ban/", "Văn bản"),
                   (CONTACT, "Liên hệ")])
    cta_html = (f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{esc(CTA[0])}</h2>'
                f'<p>{esc(CTA[1])}</p><a class="footer-cta-button" href="#/portal" data-portal="signup">'
                f'<div class="footer-cta-input">{esc(CTA[2])}</div><span>Đăng ký</span></a></div></section>') if cta else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c3a1e0b27">
<link rel="icon" href="/favicon.png" type="image/png">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="generator" content="Ghost 5.80">
<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)}" href="{{{{base}}}}/rss/">
{head}
<script defer src="/public/portal.min.js" data-i18n="true" data-ghost="{{{{base}}}}/" data-key="3c4e1d8f0a2b" data-api="{{{{base}}}}/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{{padding:1.6em}}</style>
</head>
<body class="{body_class} has-sans-body">
<div class="viewport">
<div class="gh-topbar"><span class="gh-topbar-date">{TODAY}</span> <span class="gh-topbar-slogan">{esc(SLOGAN)}</span></div>
<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="/"><img src="/content/images/2023/05/logo-lmhtx-hagiang.png" alt="{esc(SHORT)}"></a>
<button class="gh-search gh-icon-btn" aria-label="Tìm kiếm" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Đăng nhập</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Đăng ký</a></div>
</div>
</header>
<div class="site-content">
{main}
</div>
{cta_html}
{after}
<footer class="site-footer outer">
<div class="inner">
<section class="copyright"><a href="/">{esc(FOOTER[0])}</a></section>
<section class="footer-info"><p>{esc(FOOTER[1])}</p><p>{esc(FOOTER[2])}</p><p>{esc(FOOTER[3])}</p><p>{esc(FOOTER[4])}</p><p>{esc(UI[2])}</p></section>
<nav class="site-footer-nav"><ul><li><a href="{{{{base:offsite}}}}/facebook/lmhtxhagiang" target="_blank" rel="noopener">Facebook</a></li><li><a href="/rss/">RSS</a></li></ul></nav>
<div class="gh-powered-by"><a href="{{{{base:offsite}}}}/ghost/" target="_blank" rel="noopener">{esc(FOOTER[5])}</a></div>
</div>
</footer>
</div>
<script src="/assets/built/casper.js?v=9c3a1e0b27"></script>
</body>
</html>
"""


def head_for(a: Article) -> str:
    author = AUTHORS[a.opts["author"]][0]
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": SHORT, "url": "{{base}}/",
                        "logo": {"@type": "ImageObject", "url": "{{base}}/content/images/2023/05/logo-lmhtx-hagiang.png"}},
          "author": {"@type": "Person", "name": author, "url": "{{base}}/author/%s/" % a.opts["author"],
                     "sameAs": []},
          "headline": a.title, "url": "{{base}}" + a.path, "datePublished": utc(a.date),
          "dateModified": utc(a.date + timedelta(days=1, hours=3)),
          "keywords": ", ".join(TAGS[t] for t in a.opts["tags"]), "description": excerpt(a),
          "mainEntityOfPage": "{{base}}" + a.path}
    return (f'<meta name="description" content="{attr(excerpt(a))}">\n'
            f'<link rel="canonical" href="{{{{base}}}}{a.path}">\n'
            f'<meta property="og:site_name" content="{attr(SHORT)}">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{attr(a.title)}">\n'
            f'<meta property="og:description" content="{attr(excerpt(a))}">\n'
            f'<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
            f'<meta property="article:published_time" content="{utc(a.date)}">\n'
            f'<meta property="article:modified_time" content="{utc(a.date + timedelta(days=1, hours=3))}">\n'
            + "".join(f'<meta property="article:tag" content="{attr(TAGS[t])}">\n' for t in a.opts["tags"])
            + f'<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:label1" content="Written by">\n'
            f'<meta name="twitter:data1" content="{attr(author)}">\n<meta name="twitter:label2" content="Filed under">\n'
            f'<meta name="twitter:data2" content="{attr(", ".join(TAGS[t] for t in a.opts["tags"]))}">\n'
            f'<script type="application/ld+json">\n{json.dumps(ld, ensure_ascii=False, indent=4)}\n</script>')


def single(a: Article, others: list[Article]) -> str:
    slug = a.opts["author"]
    name = AUTHORS[slug][0]
    tag = a.opts["tags"][0]
    feature = a.first_image() or "ke-hoach-cover.png"
    share = ('<div class="gh-share"><span>Chia sẻ bài viết</span> <a href="{{base:offsite}}/facebook/sharer" '
             'target="_blank">Facebook</a> <a href="{{base:offsite}}/zalo/share" target="_blank">Zalo</a> '
             '<button class="gh-copy-link" type="button">Sao chép liên kết</button></div>')
    main = f"""<main id="site-main" class="site-main">
<article class="article gh-article post tag-{' tag-'.join(a.opts['tags'])}{' no-image' if not a.first_image() else ''}">
<header class="article-header gh-article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{tag}/">{TAGS[tag]}</a></span></div>
<h1 class="article-title">{esc(a.title)}</h1>
{f'<p class="article-excerpt">{esc(a.lead)}</p>' if a.lead else ''}
<div class="article-byline">
<section class="article-byline-content">
<ul class="author-list"><li class="author-list-item"><a href="/author/{slug}/" class="author-avatar"><img class="author-profile-image" src="/content/images/2023/05/avatar-{slug}.png" alt="{attr(name)}"></a></li></ul>
<div class="article-byline-meta">
<h4 class="author-name"><a href="/author/{slug}/">{esc(name)}</a></h4>
<div class="byline-meta-content">
<time class="byline-meta-date" datetime="{a.date:%Y-%m-%d}">{vn_date(a.date)}</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> {a.opts['read']} phút đọc</span>
</div>
</div>
</section>
</div>
<figure class="article-image"><img src="{img(feature, a.date)}" alt="{attr(a.title)}"></figure>
</header>
<section class="gh-content gh-canvas">
{content_html(a)}
</section>
{share}
</article>
</main>"""
    more = ('<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Bài viết khác</h3>'
            + "".join(card(o) for o in others) + '<a class="read-more-all" href="/">Xem tất cả bài viết</a></div></aside>')
    return layout(f"{a.title}", main, body_class=f"post-template tag-{tag}", head=head_for(a), after=more)


def listing(title: str, header: str, posts: list[Article], nav: str, body_class: str, head: str = "") -> str:
    main = (f'<main id="site-main" class="site-main outer"><div class="inner posts">{header}'
            f'<div class="post-feed">{"".join(card(a) for a in posts)}</div>{nav}</div></main>')
    return layout(title, main, body_class=body_class, head=head)


def pager(base: str, n: int, total: int) -> str:
    if total < 2:
        return ""
    out = '<nav class="pagination" role="navigation">'
    if n > 1:
        out += f'<a class="newer-posts" href="{base if n == 2 else f"{base}page/{n - 1}/"}">&larr; Mới hơn</a>'
    out += f'<span class="page-number">Trang {n} / {total}</span>'
    if n < total:
        out += f'<a class="older-posts" href="{base}page/{n + 1}/">Cũ hơn &rarr;</a>'
    return out + "</nav>"


def rss(posts: list[Article]) -> str:
    items = "".join(
        f"<item><title><![CDATA[ {a.title} ]]></title><description><![CDATA[ {excerpt(a)} ]]></description>"
        f"<link>{{{{base}}}}{a.path}</link><guid isPermaLink=\"false\">65f{i:03d}c2a1b0e4001f3d{i:02d}</guid>"
        + "".join(f"<category><![CDATA[ {TAGS[t]} ]]></category>" for t in a.opts["tags"])
        + f"<dc:creator><![CDATA[ {AUTHORS[a.opts['author']][0]} ]]></dc:creator>"
        f"<pubDate>{(a.date - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} GMT</pubDate>"
        f"<content:encoded><![CDATA[ {content_html(a)} ]]></content:encoded></item>"
        for i, a in enumerate(posts))
    return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
            'version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title><![CDATA[ {SHORT} ]]></title><description><![CDATA[ Tin tức hợp tác xã tỉnh Hà Giang ]]>"
            "</description><link>{{base}}/</link><generator>Ghost 5.80</generator>"
            "<lastBuildDate>Sat, 13 Jul 2024 02:11:05 GMT</lastBuildDate>"
            '<atom:link href="{{base}}/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>'
            f"{items}</channel></rss>\n")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-giang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["raw"] = a.body
        a.body = truth_body(a.body)

    for i, a in enumerate(posts):
        others = [o for o in posts if o is not a][:3] if i > 2 else [o for o in posts if o is not a][-3:]
        site.page(a.path, single(a, others), content_type=HTML)
        raw = a.opts["raw"]
        for name in re.findall(r"\[(?:img|gallery) ([^\]]+)\]", raw):
            for n in name.split():
                site.binary(img(n, a.date), image_for(n))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 15/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM OCOP 2024",
                                                         "Lien minh HTX tinh Ha Giang"]))
    site.trap("posts at the root as /<slug>/ (no date, id or category in the URL), like the static pages; 'Bài viết "
              "khác' cards (title, excerpt, '14 tháng 3, 2024', 'N phút đọc') and a members 'Đăng ký nhận tin' box "
              "after every post", posts[0].path)

    # home page with /page/N/
    pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for n, chunk in enumerate(pages, 1):
        url = "/" if n == 1 else f"/page/{n}/"
        header = ('<header class="site-header-content"><h1 class="site-title">Liên minh HTX tỉnh Hà Giang</h1>'
                  '<p class="site-description">Tin tức hoạt động của các hợp tác xã, tổ hợp tác trên cao nguyên đá</p>'
                  '</header>') if n == 1 else ""
        site.page(url, listing(SHORT if n == 1 else f"{SHORT} (Trang {n})", header, chunk, pager("/", n, len(pages)),
                               "home-template" if n == 1 else "paged archive-template",
                               head=f'<link rel="canonical" href="{{{{base}}}}{url}">'), content_type=HTML)
        site.non_articles.append(url)
    site.trap("home page pages /page/2/ ('← Mới hơn · Trang 2 / 2 · Cũ hơn →'): post cards with dates; page 2 holds "
              "the three oldest posts", "/page/2/")

    for slug, name in TAGS.items():
        items = [a for a in posts if slug in a.opts["tags"]]
        header = (f'<header class="tag-template-header"><h1 class="post-card-title">{esc(name)}</h1>'
                  f'<p>{len(items)} bài viết</p></header>')
        site.page(f"/tag/{slug}/", listing(f"{name} - {SHORT}", header, items, "", f"tag-template tag-{slug}"),
                  content_type=HTML)
        site.non_articles.append(f"/tag/{slug}/")
    for slug, (name, bio) in AUTHORS.items():
        items = [a for a in posts if a.opts["author"] == slug]
        header = (f'<section class="post-card author-profile"><img class="author-profile-pic" '
                  f'src="/content/images/2023/05/avatar-{slug}.png" alt="{attr(name)}"><h1>{esc(name)}</h1>'
                  f'<p>{esc(bio)}</p><div class="author-profile-meta"><div class="author-profile-location">Hà Giang</div>'
                  f'<span>{len(items)} bài viết</span></div></section>')
        site.page(f"/author/{slug}/", listing(f"{name} - {SHORT}", header, items, "", f"author-template author-{slug}"),
                  content_type=HTML)
        site.non_articles.append(f"/author/{slug}/")
    site.trap("tag pages /tag/<x>/ and author pages /author/<x>/ (a bio, then post cards with dates and excerpts): "
              "not articles", "/author/ban-bien-tap/")

    about = [
        "Liên minh Hợp tác xã tỉnh Hà Giang là tổ chức chính trị - xã hội mang tính kinh tế, đại diện và bảo vệ quyền, "
        "lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh tuyên truyền chủ trương, chính sách của Đảng và Nhà nước về kinh tế tập thể; tư vấn thành lập, đào "
        "tạo cán bộ, xúc tiến thương mại và hỗ trợ hợp tác xã tiếp cận vốn qua Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
        "Hợp tác xã của tỉnh gắn với các sản phẩm đặc trưng của cao nguyên đá như chè Shan tuyết, mật ong bạc hà, cam "
        "sành, thịt bò vàng, du lịch cộng đồng, nhiều sản phẩm đã đạt chứng nhận OCOP.",
        "Trang tin này được Liên minh Hợp tác xã tỉnh xây dựng để cung cấp thông tin về hoạt động của Liên minh, gương "
        "hợp tác xã điển hình và các văn bản, chính sách hỗ trợ phát triển kinh tế tập thể."]
    static = {ABOUT: ("Giới thiệu", about, "gioi-thieu.png"),
              CONTACT: ("Liên hệ", [NAME, FOOTER[1], FOOTER[2],
                                    "Giờ làm việc: Sáng 7h30 - 11h30, chiều 13h30 - 17h00 từ thứ Hai đến thứ Sáu."],
                        "lien-he.png")}
    for path, (title, paras, pic) in static.items():
        main = (f'<main id="site-main" class="site-main"><article class="article gh-article page no-image">'
                f'<header class="article-header gh-article-header gh-canvas"><h1 class="article-title">{title}</h1>'
                f'<figure class="article-image"><img src="/content/images/2023/05/{pic}" alt="{title}"></figure></header>'
                f'<section class="gh-content gh-canvas">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</section>'
                "</article></main>")
        site.page(path, layout(f"{title} - {SHORT}", main, body_class="page-template page",
                               head=f'<link rel="canonical" href="{{{{base}}}}{path}">'), content_type=HTML)
        site.non_articles.append(path)
    site.trap("static Ghost pages /gioi-thieu/ and /lien-he/ in the post template (article.gh-article, h1, feature "
              "image, long paragraphs) without byline or date: not articles", ABOUT)

    site.page("/rss/", rss(posts), content_type="application/rss+xml; charset=utf-8")
    posts_xml = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{utc(a.date + timedelta(days=1, hours=3))}"
                        "</lastmod></url>" for a in posts)
    site.page("/sitemap-posts.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                                    f'schemas/sitemap/0.9">{posts_xml}</urlset>\n', content_type="text/xml")
    site.page("/sitemap-pages.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                                    'schemas/sitemap/0.9"><url><loc>{{base}}/</loc></url><url><loc>{{base}}/gioi-thieu/'
                                    '</loc></url><url><loc>{{base}}/lien-he/</loc></url></urlset>\n', content_type="text/xml")
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                              'schemas/sitemap/0.9"><sitemap><loc>{{base}}/sitemap-pages.xml</loc></sitemap><sitemap>'
                              '<loc>{{base}}/sitemap-posts.xml</loc></sitemap></sitemapindex>\n', content_type="text/xml")
    site.static("/robots.txt", "User-agent: *\nSitemap: {{base}}/sitemap.xml\nDisallow: /ghost/\nDisallow: /p/\n"
                               "Disallow: /email/\nDisallow: /r/\n")
    site.binary("/favicon.png", image_for("favicon-hagiang"))
    site.static("/assets/built/screen.css", "body{font-family:system-ui,sans-serif}\n")
    site.static("/assets/built/casper.js", "/* casper */\n")
    site.static("/public/portal.min.js", "/* ghost portal */\n")
    site.trap("/rss/ (Ghost's feed: every post's full HTML in content:encoded) and a sitemap index; the header's "
              "'Đăng nhập' / 'Đăng ký' are #/portal links", "/rss/")
    return site
