"""Site `thuvien-htxtravinh` (registry family `generic`): "Thư viện ảnh Liên minh HTX tỉnh Trà Vinh", the photo gallery
where the Trà Vinh alliance publishes its photo stories, on **Piwigo 13.8** with the default **Modus** theme (skin
"clear"), the interface in Vietnamese (Piwigo's vi_VN pack: "Đề mục" for albums, "Lời bình" for comments, "Sản phẩm
của Piwigo"), `category_url_style = 'id-name'`, 15 photos a page, the **Extended Description** plugin (its `[photo
id=N]` tag puts another photo of the gallery into a description), PHP and MySQL in Asia/Ho_Chi_Minh; the copy is of
28 May 2025. Written as a held-out test: no family module, no selectors.

What is an article here: the staff upload one lead photo for each story and write the story in its description
(TinyMCE HTML: paragraphs, `<h3>`, lists, a table, other photos of the story through `[photo id=N]` with an italic
caption under each, a closing byline). Such a photo page is an article: its title is the photo's title, its text the
description, its date the "Ngày đăng" row. The other photos (a story's extra photos, event photos) carry only a title
(a caption) and are no articles, nor are the albums, tags, calendar, search, comments and account pages.

URL shapes: a photo `picture.php?/<id>` (the `rel=canonical` of every context) and the same photo in the context it
was reached from: `picture.php?/<id>/category/<n>-<slug>`, `…/tags/<n>-<slug>`, `…/recent_pics`, `…/most_visited`,
`…/posted-monthly-list-2025-05-16`, `…/created-monthly-list-2025-05-15` (aliases: same photo, same description, another
prev/next), `…&metadata` (the same page with the EXIF table: an alias), `…&slideshow=` (the photo alone, no
description: no article); the download `action.php?id=<id>&part=e&download` and a document's PDF "format"
`action.php?format=<n>&download`; albums `index.php?/category/<n>-<slug>` and `…/start-15` (the pager), the home
`index.php` (= `/`: the album list), `index.php?/categories`, `index.php?/tags/<n>-<slug>`, `tags.php`,
`index.php?/recent_pics`, `index.php?/most_visited`, the calendar `index.php?/posted-monthly-list` (years, months,
days: `…-2025`, `…-2025-05`, `…-2025-05-16`) and `index.php?/created-monthly-list-…`; `comments.php`, `search.php`,
`about.php`, `notification.php`, `identification.php`, `register.php`, `password.php` (Piwigo has no robots.txt);
the RSS `feed.php` (the head's alternate: one item per posting day, "3 hình mới …", linking the calendar, pubDate in
GMT).

Why it is hard: there is no `<h1>`: the title is the `<h2>` at the end of the breadcrumb `div.browsePath`; the
description is printed in `<p class="imageComment">` and, being HTML with its own `<p>`s, breaks out of it; the
info table `dl#standard` has "Tác giả" (the photo's author field: a person, the office "Liên minh HTX tỉnh Trà Vinh",
a newspaper, or absent), "Ngày tạo" (the EXIF shooting day, a link to the calendar) and "Ngày đăng" (the posting
day: the publication date; Piwigo prints no time: midnight), "Lượt xem", "Thẻ", "Đề mục"; dates are "Thứ Sáu 16 Tháng
Năm 2025" (January is "Tháng Giêng"). Comments (guests' words with a time) are not text. A closing byline overrides
the author field. The RSS gives the posting day's first upload in GMT ("Thu, 15 May 2025 17:20:11 GMT" for a photo
posted at 00:20 on 16 May, whose "Ngày tạo" is the 15th too). The oldest story is on the album's second page
(`start-15`) and in the calendar only.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "thuvien-htxtravinh"
NAME = "Thư viện ảnh Liên minh HTX tỉnh Trà Vinh"
NOW = datetime(2025, 5, 28, 9, 0)
UTC = timedelta(hours=7)
PER = 15
DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHS = ["Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
ALBUMS = {1: ("Hoạt động Liên minh", "Hình ảnh các hoạt động của Liên minh Hợp tác xã tỉnh Trà Vinh."),
          2: ("HTX tiêu biểu", "Những mô hình HTX sản xuất, kinh doanh hiệu quả trên địa bàn tỉnh."),
          3: ("Văn bản - Thông báo", "Bản chụp các thông báo, văn bản của Liên minh HTX tỉnh.")}
TAGS = {1: "OCOP", 2: "dừa", 3: "hội nghị", 4: "thủy sản"}
OFFICE = "Liên minh HTX tỉnh Trà Vinh"
CONTACT = "Liên hệ với Quản trị"
FURN = ["Sản phẩm của", CONTACT, "Đề mục", "Đặc biệt", "Hình được xem nhiều nhất", "Các hình gần đây", "Xem hình theo lịch",
        "Trình đơn", "Bản tin RSS", "Định danh", "Thông tin về Piwigo", "Ngày tạo", "Ngày đăng", "Lượt xem",
        "Độ phân giải", "Kích thước file", "trình chiếu", "Hiển thị metadata của hình", "Thêm lời bình", "Trang chủ"]


def str2url(text: str) -> str:
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", t).strip("_")


def fmt(d: datetime, time: bool = False) -> str:
    out = f"{DAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    return out + (f" {d:%H:%M}" if time else "")


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def cat(n: int) -> str:
    return f"category/{n}-{str2url(ALBUMS[n][0])}"


def tag(n: int) -> str:
    return f"tags/{n}-{str2url(TAGS[n])}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        day = d.replace(hour=0, minute=0, second=0)
        return dict(date=d, published=iso(day), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tham gia Hội chợ Nông nghiệp và OCOP Trà Vinh năm 2025",
          body="""
LIÊN MINH HTX TỈNH TRÀ VINH
Số: 08/TB-LMHTX
Trà Vinh, ngày 22 tháng 5 năm 2025
THÔNG BÁO
Về việc tham gia Hội chợ Nông nghiệp và OCOP Trà Vinh năm 2025
Hội chợ Nông nghiệp và OCOP Trà Vinh năm 2025 diễn ra từ ngày 18/6 đến ngày 22/6/2025 tại Quảng trường Trung tâm tỉnh.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký với Văn phòng Liên minh HTX tỉnh trước ngày 06/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Thạch Thị Mỹ Linh
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/action.php?format=57&download", "text": "PDF"}],
          opts={"file": "TB-08-LMHTX-2025.jpg", "album": [3], "tags": [1], "author": OFFICE, "hits": 96,
                "created": datetime(2025, 5, 22, 14, 3), "format": (57, "302,4 KB")},
          notes=["a scan of notice 'Số: 08/TB-LMHTX' (dated 22/5 in its text) whose description is the notice; 'Ngày "
                 "đăng: Thứ Hai 26 Tháng Năm 2025' (no time: midnight), 'Ngày tạo' the 22nd (the scan); 'Tác giả' = "
                 "the office: no author; the signer is text; the PDF is Piwigo 13's extra format in the 'Tải về' "
                 "box (action.php?format=57&download): an attachment, not text"],
          **at(datetime(2025, 5, 26, 9, 12, 40))),
        A(path="", title="Ảnh: HTX Dừa sáp Cầu Kè vào mùa thu hoạch",
          body="""
Cuối tháng 5, các thành viên HTX Dừa sáp Cầu Kè bước vào đợt thu hoạch dừa sáp lớn nhất trong năm.
[img 2] Thành viên HTX chọn trái dừa sáp trên vườn ở xã Hòa Tân, huyện Cầu Kè
[img 3] Dừa sáp được phân loại, dán tem truy xuất nguồn gốc tại điểm thu mua của HTX
[img 4] Sản phẩm dừa sáp đạt chứng nhận OCOP 4 sao trưng bày tại cửa hàng của HTX
Mỗi tháng HTX cung ứng khoảng 20.000 trái dừa sáp cho các siêu thị và cửa hàng đặc sản ở TP Hồ Chí Minh.
""", byline="Bài và ảnh: Thạch Thị Sa Ry", author="Thạch Thị Sa Ry",
          opts={"file": "IMG_4021.jpg", "album": [1, 2], "tags": [1, 2], "author": "Kim Sơn Hải", "hits": 412,
                "created": datetime(2025, 5, 19, 8, 25),
                "extras": ["IMG_4025.jpg", "IMG_4031.jpg", "IMG_4040.jpg"],
                "comments": [("Thạch Sophal", "Dừa sáp Cầu Kè năm nay trái to, chúc mừng bà con!", 200)]},
          notes=["photo story: its description places the story's three other photos with the Extended Description tag "
                 "[photo id=N] (a link to picture.php?/N and the image), each followed by an italic caption paragraph "
                 "(one line each); those photos' own pages (title = the caption, no description) are no articles; "
                 "'Tác giả: Kim Sơn Hải' but 'Bài và ảnh: Thạch Thị Sa Ry' closes it -> author; a guest's comment is "
                 "not text"],
          **at(datetime(2025, 5, 20, 15, 30, 2))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Hòa",
          body="""
Chiều 15/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Tân Hòa (huyện Tiểu Cần).
HTX hiện cung ứng giống, vật tư và tiêu thụ lúa cho hơn 480 hộ thành viên với diện tích 620 ha.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng phương án vay vốn đầu tư lò sấy lúa công suất 60 tấn/mẻ.
""", author=None,
          opts={"file": "DSC_0877.jpg", "album": [1], "tags": [], "author": None, "hits": 158,
                "created": datetime(2025, 5, 15, 16, 42, 10)},
          notes=["uploaded at 00:20 on 16 May about the afternoon before: 'Ngày đăng: Thứ Sáu 16 Tháng Năm 2025' "
                 "(published 2025-05-16, midnight: Piwigo prints no time), 'Ngày tạo: Thứ Năm 15 Tháng Năm 2025' (the "
                 "EXIF shot, 16:42), the RSS item of that posting day 'Thu, 15 May 2025 17:20:11 GMT'; no 'Tác giả' "
                 "row and no byline: author null"],
          **at(datetime(2025, 5, 16, 0, 20, 11))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Trà Vinh năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Trà Vinh tiếp tục phát triển, các HTX nông nghiệp giữ vai trò nòng cốt.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 214 | 105,4 |
| Thành viên HTX | người | 18.760 | 102,3 |
| Doanh thu bình quân một HTX | triệu đồng | 2.950 | 108,1 |
| HTX có sản phẩm OCOP | HTX | 37 | 115,6 |
Năm 2025, tỉnh phấn đấu thành lập mới 20 HTX, trong đó có 6 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Minh Trí",
          opts={"file": "infographic-kttt-2024.jpg", "album": [1], "tags": [1], "author": "Nguyễn Minh Trí", "hits": 233,
                "created": datetime(2025, 5, 7, 16, 0)},
          notes=["an infographic whose description carries a TinyMCE table (first row in <th>): one line per row; 'Tác "
                 "giả: Nguyễn Minh Trí' (a staff member), no byline: the author"],
          **at(datetime(2025, 5, 8, 10, 5, 47))),
        A(path="", title="Hướng dẫn HTX trồng dừa hữu cơ đáp ứng yêu cầu xuất khẩu",
          body="""
Dừa hữu cơ được thị trường châu Âu, Mỹ ưa chuộng, giá bán cao hơn dừa thường từ 20 đến 30%.
## Những yêu cầu chính
* Không sử dụng phân bón hóa học, thuốc bảo vệ thực vật hóa học trong thời gian chuyển đổi ít nhất 3 năm;
* Có vùng đệm ngăn cách với vườn canh tác thông thường;
* Ghi chép nhật ký sản xuất, thu hoạch và bán hàng đầy đủ;
* Được tổ chức chứng nhận hữu cơ đánh giá, cấp giấy chứng nhận hằng năm.
HTX có nhu cầu chuyển đổi liên hệ Trung tâm Khuyến nông tỉnh để được hỗ trợ lập hồ sơ.
""", byline="Lê Văn Tùng - Trung tâm Khuyến nông tỉnh", author="Lê Văn Tùng",
          opts={"file": "vuon-dua-huu-co.jpg", "album": [2], "tags": [2], "author": "Kim Sơn Hải", "hits": 187,
                "created": datetime(2025, 4, 18, 9, 30)},
          notes=["an <h3> and a bulleted list in the description; 'Tác giả: Kim Sơn Hải' but 'Lê Văn Tùng - Trung tâm "
                 "Khuyến nông tỉnh' closes the text -> Lê Văn Tùng"],
          **at(datetime(2025, 4, 22, 8, 40, 15))),
        A(path="", title="HTX Nông nghiệp Hòa Lợi xây dựng vùng nguyên liệu khoai lang",
          body="""
HTX Nông nghiệp Hòa Lợi (huyện Châu Thành) đã xây dựng vùng nguyên liệu khoai lang 60 ha liên kết với doanh nghiệp chế biến.
Doanh nghiệp cung ứng giống, hướng dẫn kỹ thuật và bao tiêu sản phẩm với giá ổn định trong cả năm.
Mỗi ha khoai lang cho lợi nhuận khoảng 80 triệu đồng, cao gấp đôi trồng lúa.
""", byline="Theo Báo Trà Vinh", author=None,
          opts={"file": "khoai-lang-hoa-loi.jpg", "album": [1], "tags": [], "author": "Báo Trà Vinh", "hits": 142,
                "created": datetime(2025, 3, 30, 7, 10)},
          notes=["'Tác giả: Báo Trà Vinh' and 'Theo Báo Trà Vinh' closing the text: a reprint, no author"],
          **at(datetime(2025, 4, 2, 14, 0, 6))),
        A(path="", title="HTX Thủy sản Long Hòa phát triển nghề nuôi nghêu",
          body="""
HTX Thủy sản Long Hòa (huyện Châu Thành) đang quản lý 250 ha bãi nghêu với 320 hộ thành viên.
Năm 2024, HTX thu hoạch hơn 1.800 tấn nghêu thương phẩm, lợi nhuận chia cho thành viên đạt 9 tỷ đồng.
HTX đang hoàn thiện hồ sơ đăng ký chứng nhận ASC để mở rộng thị trường xuất khẩu.
""", byline="Trần Thị Kim Ngân", author="Trần Thị Kim Ngân",
          opts={"file": "nghe-long-hoa.jpg", "album": [1, 2], "tags": [4], "author": "Kim Sơn Hải", "hits": 204,
                "created": datetime(2025, 3, 12, 6, 50)},
          notes=["'Tác giả: Kim Sơn Hải' but the bare name 'Trần Thị Kim Ngân' closes the text: the author; in two "
                 "albums (two album contexts: aliases)"],
          **at(datetime(2025, 3, 14, 10, 45, 30))),
        A(path="", title="Liên minh HTX tỉnh Trà Vinh tổng kết công tác năm 2024",
          body="""
Ngày 8/1, Liên minh HTX tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 18 HTX, tổ chức 10 lớp tập huấn cho 520 lượt cán bộ HTX.
Hội nghị đã khen thưởng 12 HTX có thành tích xuất sắc trong phong trào thi đua năm 2024.
""", byline="Tin, ảnh: Thạch Sô Phia", author="Thạch Sô Phia",
          opts={"file": "DSC_0102.jpg", "album": [1], "tags": [], "author": "Kim Sơn Hải", "hits": 61,
                "created": datetime(2025, 1, 8, 8, 45), "extras": ["DSC_0110.jpg", "DSC_0131.jpg"]},
          notes=["the oldest story: only on the album's second page index.php?/category/1-hoat_dong_lien_minh/start-15 "
                 "(with its two extra photos) and in the calendar (not in recent, most visited, tags or the feed); 'Tin, "
                 "ảnh: Thạch Sô Phia' -> author ('Ngày đăng: Thứ Năm 09 Tháng Giêng 2025')"],
          **at(datetime(2025, 1, 9, 14, 10, 20))),
    ]


EXTRA_CAPTIONS = {
    "IMG_4025.jpg": "Thành viên HTX chọn trái dừa sáp trên vườn ở xã Hòa Tân, huyện Cầu Kè",
    "IMG_4031.jpg": "Dừa sáp được phân loại, dán tem truy xuất nguồn gốc tại điểm thu mua của HTX",
    "IMG_4040.jpg": "Sản phẩm dừa sáp đạt chứng nhận OCOP 4 sao trưng bày tại cửa hàng của HTX",
    "DSC_0110.jpg": "Lãnh đạo tỉnh trao bằng khen cho các HTX tiêu biểu năm 2024",
    "DSC_0131.jpg": "Đại biểu tham dự hội nghị tổng kết",
}
EVENTS = [  # (posted, created, album, titles)
    (datetime(2025, 4, 10, 17, 5, 12), datetime(2025, 4, 10, 9, 0), 1, [
        "Lớp tập huấn chuyển đổi số cho cán bộ quản lý HTX", "Giảng viên hướng dẫn sử dụng phần mềm kế toán HTX",
        "Học viên thực hành bán hàng trên sàn thương mại điện tử", "Học viên trao đổi kinh nghiệm tại lớp tập huấn",
        "Bế giảng lớp tập huấn chuyển đổi số"]),
    (datetime(2025, 3, 5, 16, 20, 44), datetime(2025, 3, 5, 10, 15), 1, [
        "Đoàn công tác thăm vườn bưởi của HTX Nông nghiệp Hiếu Tử", "Đoàn công tác làm việc tại trụ sở HTX",
        "Thành viên HTX giới thiệu sản phẩm bưởi da xanh", "Kho sơ chế bưởi của HTX"]),
]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tra-vinh", f"{NAME} (Piwigo 13)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/feed.php" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    photos: list[dict] = []

    def add_photo(**kw) -> dict:
        photos.append(kw)
        return kw

    for a in arts:
        p = add_photo(file=a.opts["file"], title=a.title, art=a, posted=a.date, created=a.opts["created"],
                      albums=a.opts["album"], tags=a.opts["tags"], author=a.opts["author"], hits=a.opts["hits"],
                      comments=a.opts.get("comments", []))
        a.opts["photo"] = p
        for i, f in enumerate(a.opts.get("extras", [])):
            add_photo(file=f, title=EXTRA_CAPTIONS[f], art=None, posted=a.date + timedelta(seconds=3 + i * 2),
                      created=a.opts["created"] + timedelta(minutes=4 + i * 6), albums=a.opts["album"][:1], tags=[],
                      author=a.opts["author"], hits=40 + i * 7, comments=[], extra_of=a)
    for posted, created, album, titles in EVENTS:
        for i, t in enumerate(titles):
            add_photo(file=f"IMG_{h(t, 4).upper()}.jpg", title=t, art=None, posted=posted + timedelta(seconds=i * 2),
                      created=created + timedelta(minutes=i * 11), albums=[album], tags=[3] if i == 0 else [],
                      author="Kim Sơn Hải", hits=55 + i * 9, comments=[])
    for i, p in enumerate(sorted(photos, key=lambda p: p["posted"])):
        p["id"] = 101 + i
        stamp = p["posted"].strftime("%Y%m%d%H%M%S")
        p["upload"] = f"upload/{p['posted']:%Y/%m/%d}/{stamp}-{h(p['file'])}"
    by_id = {p["id"]: p for p in photos}
    order = sorted(photos, key=lambda p: (-p["posted"].timestamp(), p["file"], p["id"]))
    for a in arts:
        a.path = f"/picture.php?/{a.opts['photo']['id']}"
        # [img N] in the story's markup = the N-th extra photo's id
        extras = [p for p in photos if p.get("extra_of") is a]
        a.opts["extra_ids"] = [p["id"] for p in extras]

    def deriv(p: dict, size: str) -> str:
        return f"_data/i/{p['upload']}-{size}.jpg"

    def desc_html(a: RichArticle) -> str:
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr>'
                           + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                           + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                           + "</tbody></table>")
            elif b.kind == "img":
                pid = a.opts["extra_ids"][int(b.src) - 2]
                q = by_id[pid]
                out.append(f'<p style="text-align: center;"><a href="picture.php?/{pid}" title="{attr(q["title"])}"><img '
                           f'src="{deriv(q, "me")}" alt="{attr(q["file"])}" class="img-fluid"></a></p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
        return "\n".join(out)

    # -- contexts: every list a photo can be reached from -------------------------------------------
    contexts: dict[str, dict] = {}

    def ctx(key: str, label: str, crumbs: list[tuple[str, str]], items: list[dict], up: str) -> None:
        contexts[key] = dict(label=label, crumbs=crumbs, items=items, up=up)

    for n, (name, _) in ALBUMS.items():
        items = [p for p in order if n in p["albums"]]
        ctx(cat(n), name, [(name, f"index.php?/{cat(n)}")], items, f"index.php?/{cat(n)}")
    for n, name in TAGS.items():
        items = [p for p in order if n in p["tags"]]
        ctx(tag(n), name, [("Thẻ", "tags.php"), (name, f"index.php?/{tag(n)}")], items, f"index.php?/{tag(n)}")
    recent = [p for p in order if NOW - p["posted"] < timedelta(days=7)]
    ctx("recent_pics", "Các hình gần đây", [("Các hình gần đây", "index.php?/recent_pics")], recent, "index.php?/recent_pics")
    visited = sorted([p for p in photos if p["hits"] >= 100], key=lambda p: -p["hits"])
    ctx("most_visited", "Hình được xem nhiều nhất", [("Hình được xem nhiều nhất", "index.php?/most_visited")], visited,
        "index.php?/most_visited")
    for field, label in (("posted", "Ngày đăng"), ("created", "Ngày tạo")):
        days = sorted({p[field].date() for p in photos})
        for d in days:
            key = f"{field}-monthly-list-{d:%Y-%m-%d}"
            items = [p for p in order if p[field].date() == d]
            crumbs = [(label, f"index.php?/{field}-monthly-list"), (str(d.year), f"index.php?/{field}-monthly-list-{d:%Y}"),
                      (MONTHS[d.month - 1], f"index.php?/{field}-monthly-list-{d:%Y-%m}"),
                      (str(d.day), f"index.php?/{key}")]
            ctx(key, f"{d.day} {MONTHS[d.month - 1]} {d.year}", crumbs, items, f"index.php?/{key}")

    # -- the page skeleton ---------------------------------------------------------------------------
    albums_menu = "".join(
        f'<li><a href="index.php?/{cat(n)}" title="{len(contexts[cat(n)]["items"])} hình trong mục này">{esc(name)}</a><span '
        f'class="menuInfoCat badge" title="{len(contexts[cat(n)]["items"])} hình trong mục này">'
        f'{len(contexts[cat(n)]["items"])}</span></li>' for n, (name, _) in ALBUMS.items())

    def layout(title: str, body_id: str, content: str, head: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="Piwigo (aka PWG), see piwigo.org">
{head}<title>{esc(title)}</title>
<link rel="shortcut icon" type="image/x-icon" href="themes/default/icon/favicon.ico">
<link rel="stylesheet" type="text/css" href="themes/modus/theme.css?v13.8.0">
<link rel="start" title="Trang chủ" href="./" >
<link rel="search" title="Tìm kiếm" href="search.php" >
<link rel="alternate" type="application/rss+xml" title="Chỉ hiện hình ảnh trên RSS feed" href="feed.php">
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="themes/default/js/jquery.min.js?v13.8.0"></script>
</head>
<body id="{body_id}" class="section-categories">
<aside id="menubar">
<dl id="mbCategories"><dt><a href="index.php?/categories">Đề mục</a></dt><dd><ul>{albums_menu}</ul><p class="totalImages">{len(photos)} hình</p></dd></dl>
<dl id="mbSpecials"><dt><a>Đặc biệt</a></dt><dd><ul><li><a href="index.php?/most_visited" title="hiển thị những hình được xem nhiều nhất">Hình được xem nhiều nhất</a></li><li><a href="index.php?/recent_pics" title="hiển thị các hình gần đây nhất">Các hình gần đây</a></li><li><a href="index.php?/posted-monthly-list" title="hiển thị lịch theo ngày gởi hình" rel="nofollow">Xem hình theo lịch</a></li></ul></dd></dl>
<dl id="mbMenu"><dt>Trình đơn</dt><dd><form action="qsearch.php" method="get" id="quicksearch"><p style="margin:0;padding:0"><input type="text" name="q" id="qsearchInput" placeholder="Tìm kiếm nhanh"></p></form><ul><li><a href="tags.php" title="Xem các tag được dùng">Thẻ</a> ({len(TAGS)})</li><li><a href="search.php" title="tìm kiếm" rel="search">Tìm kiếm</a></li><li><a href="comments.php" title="Xem bình luận gần nhất">Lời bình</a></li><li><a href="about.php">Thông tin về Piwigo</a></li><li><a href="notification.php" rel="nofollow">Bản tin RSS</a></li></ul></dd></dl>
<dl id="mbIdentification"><dt>Định danh</dt><dd><ul><li><a href="register.php" title="Tạo tài khoản mới" rel="nofollow">Đăng ký</a></li><li><a href="identification.php" rel="nofollow">Đăng nhập</a></li><li><a href="password.php" rel="nofollow">Quên mật khẩu</a></li></ul></dd></dl>
</aside>
<a id="menuSwitcher" class="pwg-button" title="Trình đơn"><span class="pwg-icon"></span></a>
<div id="content" class="contentWithMenu">
{content}
</div>
<div id="copyright">
	Sản phẩm của	<a href="{{{{base:offsite}}}}/piwigo/" class="Piwigo">Piwigo</a>
	- <a href="mailto:lienminhhtx@travinh.gov.vn?subject=Th%C6%B0%20vi%E1%BB%87n%20%E1%BA%A3nh">{CONTACT}</a>
</div>
<script src="themes/modus/js/modus.js?v13.8.0"></script>
</body>
</html>
"""

    def crumb_html(crumbs: list[tuple[str, str]], last_plain: bool = False) -> str:
        sep = '<span class="browsePathSeparator"> / </span>'
        parts = ['<a href="./">Trang chủ</a>'] + [f'<a href="{href}">{esc(n)}</a>' for n, href in crumbs]
        return sep.join(parts)

    def thumbs(key: str, items: list[dict]) -> str:
        lis = []
        for p in items:
            plain = inline_text(next(b.text for b in p["art"].blocks if b.kind == "p")) if p["art"] else ""
            title = f"{p['title']} ({p['hits']} lần xem) {plain}".strip()
            lis.append(f'<li class="path-ext-jpg file-ext-jpg"><span class="wrap1"><span class="wrap2"><a href="picture.php?/'
                       f'{p["id"]}/{key}"><img class="thumbnail" src="{deriv(p, "sq")}" alt="{attr(p["title"])}" title="'
                       f'{attr(title)}"></a></span><span class="thumbLegend"><span class="thumbName">{esc(p["title"])}</span>'
                       f'</span></span></li>')
        return f'<ul class="thumbnails" id="thumbnails">{"".join(lis)}</ul>'

    def nav_bar(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""

        def href(k: int) -> str:
            return base if k == 0 else f"{base}/start-{k * PER}"
        parts = []
        parts.append(f'<a href="{href(0)}" rel="first">Đầu tiên</a>' if n else '<span class="navFirstLast">Đầu tiên</span>')
        parts.append(f'<a href="{href(n - 1)}" rel="prev">Trước</a>' if n else '<span class="navPrevNext">Trước</span>')
        parts.append(" ".join(f'<span class="pageNumberSelected">{k + 1}</span>' if k == n else f'<a href="{href(k)}">{k + 1}'
                              f"</a>" for k in range(pages)))
        parts.append(f'<a href="{href(n + 1)}" rel="next">Tiếp theo</a>' if n < pages - 1 else
                     '<span class="navPrevNext">Tiếp theo</span>')
        parts.append(f'<a href="{href(pages - 1)}" rel="last">Cuối</a>' if n < pages - 1 else
                     '<span class="navFirstLast">Cuối</span>')
        return f'<div class="navigationBar">{" | ".join(parts)}</div>'

    def list_pages(key: str, title: str, crumbs: list, info: str = "", noindex: bool = False) -> None:
        items = contexts[key]["items"] if key in contexts else []
        base = f"index.php?/{key}"
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(pages):
            path = f"/{base}" if n == 0 else f"/{base}/start-{n * PER}"
            chunk = items[n * PER:(n + 1) * PER]
            head = '<meta name="robots" content="noindex,nofollow">\n' if noindex or n else ""
            content = (f'<div class="titrePage"><div class="browsePath"><h2>{crumb_html(crumbs)}</h2></div><span class="badge '
                       f'nb_items">{len(items)}</span></div>\n{info}\n{thumbs(key, chunk)}\n{nav_bar(base, n, pages)}')
            site.page(path, layout(f"{title} | {NAME}" if n == 0 else f"{title} | {NAME} [{n + 1}]", "theCategoryPage",
                                   content, head=head))
            site.non_articles.append(path)

    # -- photo pages ---------------------------------------------------------------------------------
    def photo_page(p: dict, key: str | None, mode: str = "") -> str:
        a = p["art"]
        c = contexts.get(key) if key else None
        suffix = f"/{key}" if key else ""
        self_url = f"picture.php?/{p['id']}{suffix}"
        head = ""
        if p["author"]:
            head += f'<meta name="author" content="{attr(p["author"])}">\n'
        if p["tags"]:
            head += f'<meta name="keywords" content="{attr(", ".join(TAGS[t] for t in p["tags"]))}">\n'
        head += f'<meta name="description" content="{attr(p["title"])} - {attr(p["file"])}">\n'
        head += f'<link rel="canonical" href="picture.php?/{p["id"]}">\n'
        if mode == "slideshow":
            head += '<meta name="robots" content="noindex,nofollow">\n'
        crumbs = c["crumbs"] if c else []
        nav = ""
        number = ""
        if c:
            items = c["items"]
            i = items.index(p)
            number = f'<div class="imageNumber">{i + 1}/{len(items)}</div>'
            if i > 0:
                head += f'<link rel="prev" title="Trước : {attr(items[i - 1]["title"])}" href="picture.php?/{items[i - 1]["id"]}{suffix}">\n'
                nav += (f'<a href="picture.php?/{items[i - 1]["id"]}{suffix}" title="Trước : {attr(items[i - 1]["title"])}" '
                        f'class="pwg-state-default pwg-button" rel="prev"><span class="pwg-icon pwg-icon-arrow-w"></span>'
                        f'<span class="pwg-button-text">Trước</span></a>')
            nav += (f'<a href="{c["up"]}" title="Hình nhỏ" class="pwg-state-default pwg-button"><span class="pwg-icon '
                    f'pwg-icon-arrow-n"></span><span class="pwg-button-text">Hình nhỏ</span></a>')
            if i + 1 < len(items):
                head += f'<link rel="next" title="Tiếp theo : {attr(items[i + 1]["title"])}" href="picture.php?/{items[i + 1]["id"]}{suffix}">\n'
                nav += (f'<a href="picture.php?/{items[i + 1]["id"]}{suffix}" title="Tiếp theo : {attr(items[i + 1]["title"])}" '
                        f'class="pwg-state-default pwg-button" rel="next"><span class="pwg-icon pwg-icon-arrow-e"></span>'
                        f'<span class="pwg-button-text">Tiếp theo</span></a>')
        actions = ""
        if mode != "slideshow":
            actions += (f'<a href="{self_url}&amp;slideshow=" title="trình chiếu" class="pwg-state-default pwg-button" '
                        f'rel="nofollow"><span class="pwg-icon pwg-icon-slideshow"></span><span class="pwg-button-text">trình '
                        f'chiếu</span></a><a href="{self_url}&amp;metadata" title="Hiển thị metadata của hình" '
                        f'class="pwg-state-default pwg-button" rel="nofollow"><span class="pwg-icon pwg-icon-camera-info">'
                        f'</span><span class="pwg-button-text">Hiển thị metadata của hình</span></a>')
        fmt_link = ""
        if a and a.opts.get("format"):
            fid, size = a.opts["format"]
            fmt_link = (f'<br><a href="action.php?format={fid}&amp;download" rel="nofollow">PDF <span '
                        f'class="downloadformatDetails">({size})</span></a>')
        if mode != "slideshow":
            actions += (f'<a id="downloadSwitchLink" href="action.php?id={p["id"]}&amp;part=e&amp;download" title="tải về '
                        f'file này" class="pwg-state-default pwg-button" rel="nofollow"><span class="pwg-icon '
                        f'pwg-icon-save"></span><span class="pwg-button-text">tải về</span></a><div id="downloadSwitchBox" '
                        f'class="switchBox"><span class="switchBoxTitle">Tải về</span><br><a href="action.php?id={p["id"]}'
                        f'&amp;part=e&amp;download" rel="nofollow">Ảnh gốc</a>{fmt_link}</div>')
        toolbar = (f'<div id="imageToolBar">{number}<div class="navigationButtons">{nav}</div><div class="actionButtons">'
                   f'{actions}</div></div>')
        comment = f'<p class="imageComment">{desc_html(a)}</p>' if a and mode != "slideshow" else ""
        image = (f'<div id="theImage"><img src="{deriv(p, "me")}" width="792" height="594" alt="{attr(p["file"])}" '
                 f'id="theMainImage" usemap="#mapme" title="{attr(p["title"])}">\n{comment}\n</div>')
        if mode == "slideshow":
            content = (f'<div id="slideshow"><div id="imageHeaderBar"><div class="browsePath"><h2 class="showtitle">'
                       f'{esc(p["title"])}</h2></div></div>{toolbar}<div id="theImage"><img src="{deriv(p, "me")}" '
                       f'alt="{attr(p["file"])}"></div><div class="slideshowButtons"><a href="{self_url}" title="dừng trình '
                       f'chiếu">dừng trình chiếu</a> <span>Bật trình chiếu</span></div></div>')
            return layout(f"{p['title']} | {NAME}", "theSlideshowPage", content, head=head)
        rows = []
        if p["author"]:
            rows.append(f'<div id="Author" class="imageInfo"><dt>Tác giả</dt><dd>{esc(p["author"])}</dd></div>')
        rows.append(f'<div id="datecreate" class="imageInfo"><dt>Ngày tạo</dt><dd><a href="index.php?/created-monthly-list-'
                    f'{p["created"]:%Y-%m-%d}" rel="nofollow">{fmt(p["created"])}</a></dd></div>')
        rows.append(f'<div id="datepost" class="imageInfo"><dt>Ngày đăng</dt><dd><a href="index.php?/posted-monthly-list-'
                    f'{p["posted"]:%Y-%m-%d}" rel="nofollow">{fmt(p["posted"])}</a></dd></div>')
        rows.append('<div id="Dimensions" class="imageInfo"><dt>Độ phân giải</dt><dd>4000*3000</dd></div>')
        rows.append(f'<div id="File" class="imageInfo"><dt>Tệp tin</dt><dd>{esc(p["file"])}</dd></div>')
        rows.append(f'<div id="Filesize" class="imageInfo"><dt>Kích thước file</dt><dd>{2100 + p["id"] * 13} KB</dd></div>')
        if p["tags"]:
            rows.append('<div id="Tags" class="imageInfo"><dt>Thẻ</dt><dd>' + ", ".join(
                f'<a href="index.php?/{tag(t)}">{esc(TAGS[t])}</a>' for t in p["tags"]) + "</dd></div>")
        rows.append('<div id="Categories" class="imageInfo"><dt>Đề mục</dt><dd><ul>' + "".join(
            f'<li><a href="index.php?/{cat(n)}">{esc(ALBUMS[n][0])}</a></li>' for n in p["albums"]) + "</ul></dd></div>")
        rows.append(f'<div id="Visits" class="imageInfo"><dt>Lượt xem</dt><dd>{p["hits"]}</dd></div>')
        meta = ""
        if mode == "metadata":
            meta = (f'<dl id="Metadata" class="imageInfoTable"><h3>EXIF Metadata</h3><div class="imageInfo"><dt>Make</dt><dd>'
                    f'NIKON CORPORATION</dd></div><div class="imageInfo"><dt>Model</dt><dd>NIKON D7500</dd></div><div '
                    f'class="imageInfo"><dt>DateTimeOriginal</dt><dd>{p["created"]:%Y:%m:%d %H:%M:%S}</dd></div></dl>')
        info = f'<div id="imageInfos"><dl id="standard" class="imageInfoTable">{"".join(rows)}</dl>{meta}</div>'
        comments = ""
        if p["comments"]:
            lis = "".join(f'<li class="commentElement odd" id="comment-{p["id"] * 3 + k}"><div class="description"><span '
                          f'class="commentAuthor">{esc(who)}</span> - <span class="commentDate">'
                          f'{fmt(p["posted"] + timedelta(minutes=mins), True)}</span><blockquote><div>{esc(text)}</div>'
                          f'</blockquote></div></li>' for k, (who, text, mins) in enumerate(p["comments"]))
            comments = (f'<h3>{len(p["comments"])} lời bình</h3><div id="pictureComments"><div id="pictureCommentList"><ul '
                        f'class="commentsList">{lis}</ul></div></div>')
        comments = (f'<div id="comments" class="commentsList">{comments}<div id="commentAdd"><h4>Thêm lời bình</h4><form '
                    f'method="post" action="{self_url}" id="addComment"><p><label for="author">Tác giả* :</label><input '
                    f'type="text" name="author" id="author"></p><p><label for="contentid">Lời bình :</label><textarea '
                    f'name="content" id="contentid" rows="5" cols="50"></textarea></p><input type="submit" value="Đăng ký">'
                    f'</form></div></div>')
        content = (f'<div class="titrePage" id="imageHeaderBar"><div class="browsePath">{crumb_html(crumbs)}<span '
                   f'class="browsePathSeparator"> / </span><h2>{esc(p["title"])}</h2></div></div>\n{toolbar}\n<div '
                   f'id="theImageAndInfos">\n{image}\n{info}\n</div>\n{comments}')
        return layout(f"{p['title']} | {NAME}", "thePicturePage", content, head=head)

    for p in photos:
        keys = [None] + [k for k, c in contexts.items() if p in c["items"]]
        paths = []
        for k in keys:
            path = f"/picture.php?/{p['id']}" + (f"/{k}" if k else "")
            site.page(path, photo_page(p, k))
            site.page(f"{path}&metadata", photo_page(p, k, "metadata"))
            site.page(f"{path}&slideshow=", photo_page(p, k, "slideshow"))
            paths += ([path] if k else []) + [f"{path}&metadata"]
            site.non_articles.append(f"{path}&slideshow=")
        if p["art"]:
            p["art"].aliases += paths
            site.add_article(p["art"])
        else:
            site.non_articles += [f"/picture.php?/{p['id']}", *paths]
        for size in ("me", "sq"):
            site.binary("/" + deriv(p, size), image_for(p["upload"] + size))
        name = f"_files/{p['id']}.jpg"
        site.files[name] = image_for(p["upload"])
        site.routes.append({"path": f"/action.php?id={p['id']}&part=e&download", "file": name, "content_type": "image/jpeg"})
    for a in arts:
        for x in a.attachments:
            site.files["_files/tb-08-lmhtx-2025.pdf"] = pdf(a.title, ["LIEN MINH HTX TINH TRA VINH", "THONG BAO SO 08/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": "_files/tb-08-lmhtx-2025.pdf", "content_type": "application/pdf"})
    site.extra_boilerplate += [t for p in photos for _, t, _ in p["comments"]]
    story = arts[1]
    site.trap("a photo's page in every context it is listed in (category, tags, recent_pics, most_visited, the calendar "
              "days) and with &metadata: the same photo and description (aliases of picture.php?/<id>, the canonical); "
              "&slideshow= shows the photo alone: no article", f"/picture.php?/{story.opts['photo']['id']}/{cat(1)}")
    site.trap("the story's extra photos and the event photos: a title (a caption), no description: no articles",
              f"/picture.php?/{story.opts['extra_ids'][0]}")

    # -- lists -----------------------------------------------------------------------------------
    for n, (name, desc) in ALBUMS.items():
        list_pages(cat(n), name, [(name, f"index.php?/{cat(n)}")], f'<div class="additional_info">{esc(desc)}</div>')
    site.trap("album index.php?/category/1-hoat_dong_lien_minh: 15 thumbnails a page ('Đầu tiên | Trước | 1 2 | Tiếp "
              "theo | Cuối'), /start-15 holds the oldest story", f"/index.php?/{cat(1)}/start-15")
    for n, name in TAGS.items():
        list_pages(tag(n), name, [("Thẻ", "tags.php"), (name, f"index.php?/{tag(n)}")], noindex=True)
    list_pages("recent_pics", "Các hình gần đây", [("Các hình gần đây", "index.php?/recent_pics")])
    list_pages("most_visited", "Hình được xem nhiều nhất", [("Hình được xem nhiều nhất", "index.php?/most_visited")])
    for field, label in (("posted", "Ngày đăng"), ("created", "Ngày tạo")):
        days = sorted({p[field].date() for p in photos})
        for d in days:
            key = f"{field}-monthly-list-{d:%Y-%m-%d}"
            list_pages(key, f"{label} / {d.day} {MONTHS[d.month - 1]} {d.year}", contexts[key]["crumbs"], noindex=True)
        months = sorted({(d.year, d.month) for d in days})
        for y, m in months:
            ds = [d for d in days if (d.year, d.month) == (y, m)]
            bar = " ".join(f'<a href="index.php?/{field}-monthly-list-{d:%Y-%m-%d}">{d.day}</a> <span class="calItemNum">'
                           f'({len(contexts[f"{field}-monthly-list-{d:%Y-%m-%d}"]["items"])})</span>' for d in ds)
            path = f"/index.php?/{field}-monthly-list-{y}-{m:02d}"
            site.page(path, layout(f"{label} / {MONTHS[m - 1]} {y} | {NAME}", "theCategoryPage", f'<div class="titrePage"><div '
                                   f'class="browsePath"><h2>{crumb_html([(label, f"index.php?/{field}-monthly-list"), (str(y), f"index.php?/{field}-monthly-list-{y}"), (MONTHS[m - 1], path[1:])])}'
                                   f'</h2></div></div><div class="calendarBar">{bar}</div>',
                                   head='<meta name="robots" content="noindex,nofollow">\n'))
            site.non_articles.append(path)
        for y in sorted({y for y, _ in months}):
            bar = " ".join(f'<a href="index.php?/{field}-monthly-list-{y}-{m:02d}">{MONTHS[m - 1]}</a>' for yy, m in months
                           if yy == y)
            path = f"/index.php?/{field}-monthly-list-{y}"
            site.page(path, layout(f"{label} / {y} | {NAME}", "theCategoryPage", f'<div class="titrePage"><div class="browsePath">'
                                   f'<h2>{crumb_html([(label, f"index.php?/{field}-monthly-list"), (str(y), path[1:])])}</h2>'
                                   f'</div></div><div class="calendarBar">{bar}</div>',
                                   head='<meta name="robots" content="noindex,nofollow">\n'))
            site.non_articles.append(path)
        path = f"/index.php?/{field}-monthly-list"
        bar = " ".join(f'<a href="index.php?/{field}-monthly-list-{y}">{y}</a>' for y in sorted({y for y, _ in months}))
        site.page(path, layout(f"{label} | {NAME}", "theCategoryPage", f'<div class="titrePage"><div class="browsePath"><h2>'
                               f'{crumb_html([(label, path[1:])])}</h2></div></div><div class="calendarBar">{bar}</div>',
                               head='<meta name="robots" content="noindex,nofollow">\n'))
        site.non_articles.append(path)
    site.trap("the calendar index.php?/posted-monthly-list (years, months, days; the photo's 'Ngày đăng' and 'Ngày tạo' "
              "link a day): lists, not articles", f"/index.php?/posted-monthly-list-{arts[2].date:%Y-%m-%d}")

    # home: the albums
    cats = "".join(
        f'<li class="album"><a href="index.php?/{cat(n)}"><img src="{deriv(contexts[cat(n)]["items"][0], "th")}" alt="'
        f'{attr(name)}" title="{attr(name)} - hiển thị các hình trong đề mục"></a><div class="text"><h3><a '
        f'href="index.php?/{cat(n)}">{esc(name)}</a></h3><div class="description"><p class="Nb_images">'
        f'{len(contexts[cat(n)]["items"])} hình</p><p>{esc(desc)}</p></div></div></li>' for n, (name, desc) in ALBUMS.items())
    for n in ALBUMS:
        p = contexts[cat(n)]["items"][0]
        site.binary("/" + deriv(p, "th"), image_for(p["upload"] + "th"))
    home = (f'<div class="titrePage"><div class="browsePath"><h2><a href="./">Trang chủ</a></h2></div></div>\n'
            f'<ul class="albThumbs" id="rv-albums">{cats}</ul>')
    site.page("/", layout(NAME, "theCategoryPage", home))
    site.same_page("/index.php", "/")
    site.page("/index.php?/categories", layout(f"Đề mục | {NAME}", "theCategoryPage", home))
    site.non_articles += ["/", "/index.php?/categories"]
    site.trap("home = index.php (the album list with counts) and index.php?/categories: no articles", "/")

    # small pages
    all_comments = sorted([(p["posted"] + timedelta(minutes=mins), who, text, p) for p in photos
                           for who, text, mins in p["comments"]], key=lambda c: c[0], reverse=True)
    clis = "".join(f'<li class="commentElement"><div class="illustration"><a href="picture.php?/{p["id"]}/{cat(p["albums"][0])}">'
                   f'<img src="{deriv(p, "sq")}" alt="{attr(p["title"])}"></a></div><div class="description"><span '
                   f'class="commentAuthor">{esc(who)}</span> - <span class="commentDate">{fmt(when, True)}</span><blockquote>'
                   f'<div>{esc(text)}</div></blockquote></div></li>' for when, who, text, p in all_comments)
    pages = {
        "/comments.php": ("Bình luận của thành viên", f'<ul class="commentsList">{clis}</ul>'),
        "/tags.php": ("Thẻ", '<div id="fullTagCloud">' + " ".join(
            f'<span><a href="index.php?/{tag(n)}" class="tagLevel{3 + n % 3}">{esc(t)}</a></span>' for n, t in TAGS.items())
            + "</div>"),
        "/search.php": ("Tìm kiếm", '<form class="filter" method="post" name="search" action="search.php"><fieldset><legend>'
                        'Tìm kiếm theo từ</legend><input type="text" name="search_allwords" size="30"></fieldset><input '
                        'type="submit" name="submit" value="Đăng ký"></form>'),
        "/about.php": ("Thông tin về Piwigo", "<p>Thư viện ảnh của Liên minh Hợp tác xã tỉnh Trà Vinh, xây dựng trên Piwigo."
                       "</p>"),
        "/notification.php": ("Thông báo", '<p>Bản thông báo RSS feed cung cấp thông báo về tin tức và cập nhật trên trang này '
                              'bao gồm: hình ảnh mới, đề mục được cập nhật và lời bình mới. Hãy sử dụng trình đọc RSS Feed.</p>'
                              '<dl><dt><a href="feed.php">Chỉ hiện hình ảnh trên RSS feed</a></dt></dl>'),
        "/identification.php": ("Định danh", '<form action="identification.php" method="post" name="login_form" '
                                'class="properties"><ul><li><span class="property"><label for="username">Tên đăng nhập'
                                '</label></span><input type="text" name="username" id="username"></li><li><span '
                                'class="property"><label for="password">Mật khẩu</label></span><input type="password" '
                                'name="password" id="password"></li></ul><input type="submit" name="login" value="Đăng ký">'
                                '</form>'),
        "/register.php": ("Mục đăng ký", '<form method="post" action="register.php" class="properties" name="register_form">'
                          '<input type="text" name="login"></form>'),
        "/password.php": ("Quên mật khẩu", '<form action="password.php" method="post"><input type="text" name="username_or_email">'
                          '</form>'),
    }
    for path, (title, body) in pages.items():
        head = '<meta name="robots" content="noindex,nofollow">\n' if path in ("/identification.php", "/register.php",
                                                                             "/password.php", "/search.php") else ""
        site.page(path, layout(f"{title} | {NAME}", "theAdditionalPage", f'<div class="titrePage"><div class="browsePath"><h2>'
                               f'<a href="./">Trang chủ</a><span class="browsePathSeparator"> / </span>{esc(title)}</h2></div>'
                               f'</div>{body}', head=head))
        site.non_articles.append(path)
    site.trap("comments.php, tags.php, search.php, about.php, notification.php and the account pages identification.php, "
              "register.php, password.php (meta robots noindex; Piwigo ships no robots.txt): not articles",
              "/identification.php")

    # the RSS: one item per posting day
    post_days = sorted({p["posted"].date() for p in photos}, reverse=True)[:5]
    items = ""
    for d in post_days:
        day_photos = [p for p in order if p["posted"].date() == d]
        first = min(p["posted"] for p in day_photos)
        nb_albums = len({n for p in day_photos for n in p["albums"]})
        thumbs_html = "".join(f'<a href="{{{{base}}}}/picture.php?/{p["id"]}"><img src="{{{{base}}}}/{deriv(p, "th")}"></a>'
                              for p in day_photos[:6])
        for p in day_photos[:6]:
            site.binary("/" + deriv(p, "th"), image_for(p["upload"] + "th"))
        desc = esc(f'<a href="{{{{base}}}}/">{NAME}</a><br> ' + thumbs_html)
        items += (f"<item>\n<title>{len(day_photos)} hình mới ({nb_albums} đề mục đã được cập nhật)</title>\n<link>{{{{base}}}}"
                  f"/index.php?/posted-monthly-calendar-{d:%Y-%m-%d}</link>\n<description>{desc}"
                  f"</description>\n<author>{esc(OFFICE)}</author>\n<pubDate>{first - UTC:%a, %d %b %Y %H:%M:%S} GMT</pubDate>\n"
                  f"<guid isPermaLink=\"false\">pics-{first:%Y-%m-%d %H:%M:%S}</guid>\n</item>\n")
        site.redirect(f"/index.php?/posted-monthly-calendar-{d:%Y-%m-%d}", f"/index.php?/posted-monthly-list-{d:%Y-%m-%d}",
                      302)
    site.page("/feed.php", f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="FeedCreator 1.7.3" -->\n<rss version="2.0">'
              f"\n<channel>\n<title>{esc(NAME)} (as guest)</title>\n<description>{esc(NAME)}</description>\n<link>{{{{base}}}}/"
              f"</link>\n<lastBuildDate>{NOW - UTC:%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate>\n<generator>FeedCreator 1.7.3"
              f"</generator>\n{items}</channel>\n</rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS feed.php: one item per posting day ('N hình mới (M đề mục đã được cập nhật)', a few thumbnails, "
              "the link a calendar view), pubDate in GMT: no item is an article", "/feed.php")
    site.binary("/themes/default/icon/favicon.ico", b"\x00\x00\x01\x00")
    site.static("/themes/modus/theme.css", "body{font-family:Arial,sans-serif}\n")
    site.static("/themes/default/js/jquery.min.js", "/* jquery */\n")
    site.static("/themes/modus/js/modus.js", "/* modus */\n")
    return site
