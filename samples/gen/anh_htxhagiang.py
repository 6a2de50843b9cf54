"""Site `anh-htxhagiang` (registry family `generic`): "Thư viện ảnh Liên minh HTX tỉnh Hà Giang", the photo gallery
the Hà Giang cooperative alliance's office runs on **Coppermine Photo Gallery 1.6** (the `curve` theme; a
`lang/vietnamese.php` the office translated from `english.php`, with `$lang_date['lastup'] = 'd/m/Y'` and
`$lang_date['comment'] = 'd/m/Y \\l\\ú\\c H:i'`; the server in UTC and the setting "Difference by timezone relative to
GMT" at 7; 3 x 2 thumbnails a page sorted by date descending, 2 x 1 albums a page, the title under each thumbnail,
the film strip, the file information shown, custom fields "Tác giả" and "Địa điểm", guests may rate, comment and send
e-cards; the community RSS plugin; the copy is of 20 May 2025, before the province joined Tuyên Quang). The office
posts its photo news as pictures: the news title is the picture's title, the report is the picture's description.
Written as a held-out test: no family module, no selectors.

URL shapes (Coppermine's, every link relative to the root): the home `index.php` (= `/`); categories
`index.php?cat=N` and their album pages `index.php?cat=N&page=2`; albums `thumbnails.php?album=N` (=
`&page=1`) and `thumbnails.php?album=N&page=2`; a picture `displayimage.php?album=N&pid=M` (the thumbnails link it
with `#top_display_media`); the same picture from the meta albums `displayimage.php?album=lastup&pid=M`,
`album=topn`, `album=toprated`, `album=lastcom&pid=M&msg_id=K&page=1` (each with `<meta name="robots"
content="noindex, nofollow">` and its own navigation bar), from the file information's URL row
`displayimage.php?pid=M` and from the RSS `displayimage.php?pos=-M` (the old position form: minus the picture id):
all aliases; the meta albums `thumbnails.php?album=lastup` (and `&page=2`), `topn`, `toprated`, `lastcom`; e-cards
`ecard.php?album=N&pid=M`, favourites `addfav.php?pid=M` (302 back to the picture), `login.php`, `register.php`,
`contact.php`, `search.php` (no robots.txt: Coppermine ships none); the RSS `index.php?file=rss/rss` (the plugin's
page, the 10 newest files).

Why it is hard: the page's first `<h1>` is the gallery's name (the logo block); the picture's title is
`h1.pic_title` and its description `h2.pic_caption`: the whole report inside one `<h2>`, bbcode turned into HTML by
`nl2br` (one `<br />` per line, paragraphs separated by an empty line), `[b]` lines as headings, "- " lines as
lists, `[i]` captions under `[img]` photos the editor put inline. bbcode has no table: the statistics picture is an
infographic whose rows the editor restated as "- " lines. Around it: the navigation bar ("TẬP TIN 3/7", e-card,
previous/next), the film strip (neighbours' thumbnails), the rating box, the file information table ("Tên tập tin",
"Tên album", "Tác giả", "Địa điểm", "Từ khóa", "Kích thước", "Ngày thêm: 15/04/2025" with no time, "Kích cỡ",
"Lượt xem", "URL", "Yêu thích") and the comments ("[16/04/2025 lúc 08:12]"). "Ngày thêm" is the publication date
(Vietnam time thanks to the offset); the RSS gives GMT: the photo added at 00:30 on 15 April reads "Mon, 14 Apr 2025
17:30:00 +0000". The author is the "Tác giả" field when a person (the office's name there is no author), a closing
byline overrides it; "Theo Báo Hà Giang" marks a reprint. Non-articles: the photos with a one-line caption
(product shots, a landscape), every list, the category pages whose album descriptions summarise the reports (the
2024 album's description repeats the oldest report's first sentence with its own date). The oldest report is the
only picture of the album "Tin ảnh năm 2024", which only the category's second album page (`index.php?cat=2&page=2`)
and the second page of the last additions (`thumbnails.php?album=lastup&page=2`) show; it is not in the RSS.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "anh-htxhagiang"
NAME = "Thư viện ảnh Liên minh HTX tỉnh Hà Giang"
GAL_DESC = "Hình ảnh hoạt động kinh tế tập thể tỉnh Hà Giang"
THUMBS = 6
UTC = timedelta(hours=7)
UP = "albums/userpics/10001"
CATS = {2: ("Hoạt động Liên minh HTX", "Tin ảnh về hoạt động của Liên minh HTX tỉnh và các HTX thành viên"),
        3: ("Văn bản - Thông báo", "Thông báo, văn bản của Liên minh HTX tỉnh")}
ALBUMS = {5: (2, "Tin ảnh năm 2025", "Tin ảnh hoạt động của Liên minh HTX tỉnh năm 2025, cập nhật thường xuyên."),
          4: (2, "Sản phẩm OCOP tiêu biểu", "Một số sản phẩm OCOP của các HTX trên địa bàn tỉnh."),
          3: (2, "Tin ảnh năm 2024", "Ngày 27/12/2024, Liên minh HTX tỉnh Hà Giang tổ chức hội nghị tổng kết công tác "
                                     "năm 2024, triển khai nhiệm vụ năm 2025."),
          6: (3, "Thông báo của Liên minh HTX", "Các thông báo gửi HTX thành viên.")}
FOOTER = "Liên minh HTX tỉnh Hà Giang - Tổ 9, phường Minh Khai, TP Hà Giang - ĐT: 0219.3866.241"
FURN = [FOOTER, "Powered by Coppermine Photo Gallery", "Thông tin tập tin", "Tên tập tin:", "Tên album:", "Ngày thêm:",
        "Kích thước:", "Kích cỡ:", "Lượt xem:", "Yêu thích:", "Thêm vào ảnh yêu thích", "Đánh giá tập tin này",
        "Thêm bình luận của bạn", "Ảnh mới tải lên", "Bình luận mới", "Xem nhiều nhất", "Đánh giá cao nhất",
        "Danh sách album", "Ảnh yêu thích", GAL_DESC]


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


class Pic(RichArticle):
    """A Coppermine file: an article when its description is a report, else a photo with a one-line caption."""


def pics() -> list[Pic]:
    A = Pic

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    arts = [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH HÀ GIANG
Số: 12/TB-LMHTX
Hà Giang, ngày 12 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức lớp tập huấn kế toán HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho các HTX từ ngày 03/6 đến ngày 05/6/2025 tại TP Hà Giang.
Mỗi HTX cử 01 kế toán tham dự; chi phí ăn ở do Liên minh HTX tỉnh hỗ trợ.
Danh sách đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 28/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thu Hương
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": f"/{UP}/TB-12-LMHTX-2025.pdf", "text": "TB-12-LMHTX-2025.pdf"}],
          opts={"aid": 6, "file": "TB-12-LMHTX-2025.pdf", "user1": "Văn phòng Liên minh HTX", "user2": "TP Hà Giang",
                "kw": ["tập huấn"], "views": 167, "votes": 0, "rating": 0, "comments": []},
          notes=["a PDF uploaded as a Coppermine file: the page shows the document icon linked to the PDF (an attachment, "
                 "its text the file's name), the notice typed into the description ('Số: 12/TB-LMHTX', dated 12/5 in its "
                 "text); 'Ngày thêm: 14/05/2025'; 'Tác giả' = the office: no author; the signer is text"],
          **at(datetime(2025, 5, 14, 10, 15))),
        A(path="", title="Ảnh: HTX chè Shan tuyết Lũng Phìn vào vụ chè xuân",
          body="""
Đầu tháng 5, các thành viên HTX chè Shan tuyết Lũng Phìn (huyện Đồng Văn) thu hái lứa chè xuân đầu tiên.
[img lung-phin-2.png] Thành viên HTX hái chè trên những cây chè cổ thụ
[img lung-phin-3.png] Chè búp được làm héo trên nong tre trước khi sao
[img lung-phin-4.png] Sản phẩm chè Shan tuyết đóng gói mang nhãn OCOP 4 sao
Vụ xuân năm nay HTX dự kiến thu mua 15 tấn chè búp tươi của 48 hộ thành viên.
Bài, ảnh: Vàng Thị Mai
""", author="Vàng Thị Mai",
          opts={"aid": 5, "file": "lung-phin-1.png", "user1": "Vàng Thị Mai", "user2": "Đồng Văn",
                "kw": ["chè", "OCOP"], "views": 412, "votes": 6, "rating": 4.5,
                "comments": [("Sùng Mí Chớ", "Chè Lũng Phìn ngon lắm, chúc HTX được mùa!")]},
          notes=["photo story inside one h2.pic_caption: the editor put three more photos inline with [img] (absolute "
                 "URLs into albums/) and an [i] caption under each (one line each, <br /> apart); the displayed picture "
                 "itself adds no line; 'Bài, ảnh: Vàng Thị Mai' closes it -> author"],
          **at(datetime(2025, 5, 6, 16, 40))),
        A(path="", title="Hợp tác xã Nông nghiệp Tùng Bá ký hợp đồng tiêu thụ gạo Séng Cù",
          body="""
Tối 14/4, HTX Nông nghiệp Tùng Bá (huyện Vị Xuyên) đã ký hợp đồng tiêu thụ 80 tấn gạo Séng Cù với một doanh nghiệp ở Hà Nội.
Buổi làm việc kéo dài đến gần nửa đêm do hai bên thống nhất lại tiêu chuẩn chất lượng và giá thu mua.
Theo hợp đồng, doanh nghiệp thu mua gạo của HTX với giá 22.000 đồng/kg trong 3 năm.
""", author=None,
          opts={"aid": 5, "file": "tung-ba-ky-ket.png", "user1": "Văn phòng Liên minh HTX", "user2": "Vị Xuyên",
                "kw": ["gạo"], "views": 138, "votes": 2, "rating": 4, "comments": []},
          notes=["added at 00:30 on 15 April about the evening before ('Tối 14/4' in the text): 'Ngày thêm: 15/04/2025' "
                 "(the offset +7), the RSS 'Mon, 14 Apr 2025 17:30:00 +0000' (the previous day); 'Tác giả' = the office, "
                 "no byline: author null"],
          **at(datetime(2025, 4, 15, 0, 30))),
        A(path="", title="Kết quả phát triển hợp tác xã năm 2024 theo từng huyện",
          body="""
Năm 2024, toàn tỉnh có 674 HTX đang hoạt động, tăng 41 HTX so với năm 2023.
- Bắc Quang: 96 HTX, doanh thu bình quân 2,1 tỷ đồng/HTX;
- Vị Xuyên: 88 HTX, doanh thu bình quân 1,8 tỷ đồng/HTX;
- Hoàng Su Phì: 71 HTX, doanh thu bình quân 1,2 tỷ đồng/HTX;
- Đồng Văn: 54 HTX, doanh thu bình quân 0,9 tỷ đồng/HTX.
Các HTX ở Bắc Quang, Vị Xuyên dẫn đầu nhờ phát triển cam sành và chè xanh theo chuỗi.
""", author="Phạm Minh Đức",
          opts={"aid": 5, "file": "infographic-htx-2024.png", "user1": "Phạm Minh Đức", "user2": "Hà Giang",
                "kw": ["số liệu"], "views": 196, "votes": 1, "rating": 5, "comments": []},
          notes=["the statistics as an infographic picture: bbcode has no table, the editor restated its rows as '- ' "
                 "lines (kept with their dash, one line each); 'Tác giả: Phạm Minh Đức' (a staff member), no byline: he "
                 "is the author"],
          **at(datetime(2025, 3, 28, 15, 0))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ đánh giá sản phẩm OCOP năm 2025",
          body="""
Năm 2025, tỉnh tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP theo Bộ tiêu chí mới.
## Hồ sơ đề nghị đánh giá gồm:
- Phiếu đăng ký sản phẩm OCOP;
- Phương án sản xuất, kinh doanh của HTX;
- Giấy chứng nhận an toàn thực phẩm hoặc giấy tờ tương đương;
- Kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực.
HTX nộp hồ sơ tại Phòng Nông nghiệp các huyện, thành phố trước ngày 30/6/2025.
Trần Văn Dũng - Văn phòng Điều phối nông thôn mới tỉnh
""", author="Trần Văn Dũng",
          opts={"aid": 5, "file": "ocop-ho-so.png", "user1": "Văn phòng Liên minh HTX", "user2": "Hà Giang",
                "kw": ["OCOP"], "views": 254, "votes": 3, "rating": 4.3, "comments": []},
          notes=["a [b] line as the heading ('Hồ sơ đề nghị đánh giá gồm:') and '- ' lines as the list (dash kept); "
                 "'Tác giả' = the office but 'Trần Văn Dũng - Văn phòng Điều phối nông thôn mới tỉnh' closes the text -> "
                 "Trần Văn Dũng"],
          **at(datetime(2025, 3, 12, 8, 45))),
        A(path="", title="HTX Cam sành Bắc Quang mở rộng vùng trồng đạt chuẩn VietGAP",
          body="""
HTX Cam sành Bắc Quang vừa được cấp chứng nhận VietGAP cho 60 ha cam của 52 hộ thành viên.
Sản phẩm cam của HTX đã vào hệ thống siêu thị ở Hà Nội với giá ổn định từ 25.000 đến 30.000 đồng/kg.
HTX dự kiến mở rộng thêm 20 ha trong năm 2025 và đăng ký mã số vùng trồng phục vụ xuất khẩu.
Theo Báo Hà Giang
""", author=None,
          opts={"aid": 5, "file": "cam-sanh-bac-quang.png", "user1": "Báo Hà Giang", "user2": "Bắc Quang",
                "kw": ["cam sành"], "views": 301, "votes": 4, "rating": 4.8, "comments": []},
          notes=["'Tác giả: Báo Hà Giang' in the file information and 'Theo Báo Hà Giang' closing the text: a reprint, "
                 "no author"],
          **at(datetime(2025, 2, 25, 14, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dược liệu Hoàng Su Phì",
          body="""
Ngày 15/1, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dược liệu Hoàng Su Phì.
HTX hiện trồng 35 ha dược liệu các loại, chủ yếu là thảo quả, đương quy và ba kích.
Đoàn ghi nhận kiến nghị của HTX về hỗ trợ máy sấy và xây dựng nhãn hiệu sản phẩm.
Tin, ảnh: Hoàng Văn Páo
""", author="Hoàng Văn Páo",
          opts={"aid": 5, "file": "duoc-lieu-hsp.png", "user1": "Hoàng Văn Páo", "user2": "Hoàng Su Phì",
                "kw": ["dược liệu"], "views": 122, "votes": 0, "rating": 0,
                "comments": [("Lý Thị Xuân", "HTX mình cũng đang trồng thảo quả, mong được học hỏi."),
                             ("Vàng Seo Sử", "Đương quy Hoàng Su Phì chất lượng rất tốt.")]},
          notes=["the oldest file of 'Tin ảnh năm 2025': alone on thumbnails.php?album=5&page=2 (sorted by date, 6 a "
                 "page); 'Tin, ảnh: Hoàng Văn Páo' -> author; two comments ('[16/01/2025 lúc …]') are not text"],
          **at(datetime(2025, 1, 16, 10, 30))),
        A(path="", title="Liên minh HTX tỉnh Hà Giang tổng kết công tác năm 2024",
          body="""
Ngày 27/12/2024, Liên minh HTX tỉnh Hà Giang tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 41 HTX, tổ chức 14 lớp tập huấn cho 720 lượt cán bộ HTX.
Hội nghị đã khen thưởng 12 HTX có thành tích xuất sắc trong sản xuất, kinh doanh.
""", author="Lù Thị Dung",
          opts={"aid": 3, "file": "tong-ket-2024.png", "user1": "Lù Thị Dung", "user2": "TP Hà Giang",
                "kw": [], "views": 88, "votes": 0, "rating": 0, "comments": []},
          notes=["the oldest report: the only file of 'Tin ảnh năm 2024', an album only index.php?cat=2&page=2 lists (its "
                 "description there repeats the first sentence with its date: a list, not the article) and only "
                 "thumbnails.php?album=lastup&page=2 shows; not in the RSS; no byline, 'Tác giả: Lù Thị Dung' -> author"],
          **at(datetime(2024, 12, 27, 16, 0))),
    ]
    stubs = [
        A(path="", title="Toàn cảnh vùng chè Shan tuyết Lũng Phìn", body="Đồi chè cổ thụ của HTX nhìn từ trên cao",
          date=datetime(2025, 4, 22, 7, 50),
          opts={"aid": 5, "file": "lung-phin-toan-canh.png", "user1": "Vàng Thị Mai", "user2": "Đồng Văn", "kw": ["chè"],
                "views": 97, "votes": 0, "rating": 0, "comments": []}),
        A(path="", title="Mật ong bạc hà Hà Giang", body="Sản phẩm OCOP 4 sao của HTX Ong mật Quản Bạ",
          date=datetime(2025, 2, 10, 9, 0),
          opts={"aid": 4, "file": "mat-ong-bac-ha.png", "user1": "", "user2": "Quản Bạ", "kw": ["OCOP"],
                "views": 233, "votes": 5, "rating": 4.6, "comments": []}),
        A(path="", title="Thịt bò khô Hà Giang", body="Sản phẩm OCOP 3 sao của HTX Thực phẩm Yên Minh",
          date=datetime(2025, 2, 10, 9, 1),
          opts={"aid": 4, "file": "bo-kho.png", "user1": "", "user2": "Yên Minh", "kw": ["OCOP"],
                "views": 178, "votes": 0, "rating": 0, "comments": []}),
        A(path="", title="Rượu ngô men lá Thanh Vân", body="Sản phẩm OCOP 3 sao của HTX Rượu ngô Thanh Vân",
          date=datetime(2025, 2, 10, 9, 2),
          opts={"aid": 4, "file": "ruou-ngo.png", "user1": "", "user2": "Quản Bạ", "kw": ["OCOP"],
                "views": 145, "votes": 0, "rating": 0, "comments": []}),
    ]
    for s in stubs:
        s.opts["stub"] = True
    return arts + stubs


def caption_html(p: Pic) -> str:
    """bbcode through nl2br: one '<br />' per line; paragraphs separated by an empty line; photos inline."""
    out = []
    for b in p.blocks:
        if b.kind == "img":
            out.append(f'<img src="{{{{base}}}}/{UP}/normal_{b.src}" alt="" /><br />\r\n<em>{esc(b.text)}</em>')
        elif b.kind == "h":
            out.append(f"<strong>{esc(b.text)}</strong>")
        else:
            out.append(esc(inline_text(b.text)))
    html, prev = "", None
    for b, piece in zip(p.blocks, out):
        if prev is not None:
            tight = (prev.kind == "p" and prev.text.startswith("- ") and b.kind == "p" and b.text.startswith("- ")) or \
                prev.kind == "h"
            html += "<br />\r\n" if tight else "<br />\r\n<br />\r\n"
        html += piece
        prev = b
    return html


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-giang", f"{NAME} (Coppermine 1.6)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/index.php?file=rss/rss" % SITE])
    site.extra_boilerplate += FURN
    allpics = sorted(pics(), key=lambda p: p.date)
    for pid, p in enumerate(allpics, 31):
        p.opts["pid"] = pid
        p.path = f"/displayimage.php?album={p.opts['aid']}&pid={pid}"
    allpics.reverse()  # newest first (date descending everywhere)
    by_album = {aid: [p for p in allpics if p.opts["aid"] == aid] for aid in ALBUMS}
    arts = [p for p in allpics if not p.opts.get("stub")]
    msg = 120
    for p in sorted(allpics, key=lambda x: x.date):
        for i, c in enumerate(p.opts["comments"]):
            msg += 1
            p.opts.setdefault("msgs", []).append((msg, c, p.date + timedelta(hours=8 + 5 * i, minutes=12)))
    contexts = {"lastup": ("Ảnh mới tải lên", allpics),
                "topn": ("Xem nhiều nhất", sorted(allpics, key=lambda p: -p.opts["views"])[:THUMBS]),
                "toprated": ("Đánh giá cao nhất", sorted([p for p in allpics if p.opts["votes"]],
                                                          key=lambda p: (-p.opts["rating"], -p.opts["votes"]))[:THUMBS]),
                "lastcom": ("Bình luận mới", sorted([p for p in allpics if p.opts["comments"]],
                                                    key=lambda p: -p.opts["msgs"][-1][0]))}

    def q(s: str) -> str:
        return s.replace("&", "&amp;")

    def layout(title: str, gallery: str, meta: str = "") -> str:
        sys_menu = " :: ".join(f'<a href="{href}" title="{t}">{n}</a>' for n, t, href in [
            ("Trang chủ", "Về trang chủ", "index.php"), ("Liên hệ", "Liên hệ với quản trị", "contact.php"),
            ("Đăng ký", "Tạo tài khoản mới", "register.php"), ("Đăng nhập", "Đăng nhập vào thư viện", "login.php")])
        sub_menu = " :: ".join(f'<a href="{href}" title="{n}"{rel}>{n}</a>' for n, href, rel in [
            ("Danh sách album", "index.php", ""), ("Ảnh mới tải lên", "thumbnails.php?album=lastup", ' rel="nofollow"'),
            ("Bình luận mới", "thumbnails.php?album=lastcom", ' rel="nofollow"'),
            ("Xem nhiều nhất", "thumbnails.php?album=topn", ' rel="nofollow"'),
            ("Đánh giá cao nhất", "thumbnails.php?album=toprated", ' rel="nofollow"'),
            ("Ảnh yêu thích", "thumbnails.php?album=favpics", ' rel="nofollow"'), ("Tìm kiếm", "search.php", "")])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="Pragma" content="no-cache" />
<title>{esc(title)}</title>
{meta}<link rel="alternate" type="application/rss+xml" title="RSS" href="index.php?file=rss/rss" />
<link rel="stylesheet" href="css/coppermine.css" type="text/css" />
<link rel="stylesheet" href="themes/curve/style.css" type="text/css" />
<link rel="shortcut icon" href="favicon.ico" />
<script type="text/javascript">
/* <![CDATA[ */
    var js_vars = {{"site_url":"{{{{base}}}}","debug":false,"icon_dir":"images/icons/","lang_close":"Đóng","icon_close_path":"images/icons/close.png","cookies_allowed":true}};
/* ]]> */
</script>
<script type="text/javascript" src="js/jquery-1.12.4.js"></script>
<script type="text/javascript" src="js/scripts.js"></script>
<script type="text/javascript" src="js/jquery.greybox.js"></script>
<script type="text/javascript" src="js/displayimage.js"></script>
</head>
<body>
    <div id="cpg_logo_block_outer">
        <div class="cpg_logo_block_inner">
            <div id="cpg_logo_block_logo">
                <a href="index.php">
                    <img src="themes/curve/images/coppermine-logo.png" border="0" width="260" height="60" alt="" />
                </a>
            </div>
            <div id="cpg_logo_block_name">
                <h1>{esc(NAME)}</h1>
                <h3>{esc(GAL_DESC)}</h3>
            </div>
            <div class="clearer"></div>
        </div>
    </div>
    <div id="cpg_header_block_outer">
        <div class="cpg_header_block_inner">
            <div id="main_menu">
                    <div class="sys_menu">{sys_menu}</div>
                    <div class="sub_menu">{sub_menu}</div>
            </div><img src="images/spacer.gif" class="menuheight" alt="" />
            <div class="clearer"></div>
        </div>
    </div>
    <div id="cpg_main_block_outer">
        <div class="cpg_main_block_inner">
            {gallery}
            <br />
        </div>
    </div>
    <div id="cpg_footer_block_outer">
        <div class="cpg_footer_block_inner">
            <div class="custom_footer">{esc(FOOTER)}</div>
<div class="footer" align="center" style="padding:10px;display:block;visibility:visible; font-family: Verdana,Arial,sans-serif;">Powered by <a href="{{{{base:offsite}}}}/coppermine-gallery/" title="Coppermine Photo Gallery" rel="external">Coppermine Photo Gallery</a></div>
        </div>
    </div>
</body>
</html>
"""

    def maintable(inner: str, title: str = "", cols: int = 1) -> str:
        head = (f'<tr>\n<td class="tableh1" colspan="{cols}">{title}</td>\n</tr>\n' if title else "")
        return (f'\n<!-- Start standard table -->\n<table align="center" width="100%" cellspacing="1" cellpadding="0" '
                f'class="maintable ">\n{head}{inner}\n</table>\n<!-- End standard table -->\n')

    def crumb(aid: int | None, cat: int | None = None) -> str:
        parts = ['<a href="index.php">Trang chủ</a>']
        cid = ALBUMS[aid][0] if aid else cat
        if cid:
            parts.append(f'<a href="index.php?cat={cid}">{esc(CATS[cid][0])}</a>')
        if aid:
            parts.append(f'<a href="thumbnails.php?album={aid}">{esc(ALBUMS[aid][1])}</a>')
        return maintable(f'<tr>\n<td colspan="3" align="left" class="tableh1">\n<span class="statlink">{" &gt; ".join(parts)}'
                         '</span>\n</td>\n</tr>')

    def thumb_img(p: Pic, size: str = "thumb") -> str:
        name = p.opts["file"]
        src = "images/thumbs/thumb_pdf.png" if name.endswith(".pdf") else f"{UP}/{size}_{name}"
        tip = (f"Tên tập tin={name}\nKích thước={p.opts['views'] % 97 + 120}KiB\nKích cỡ=1024x683\n"
               f"Ngày thêm={p.date:%d/%m/%Y}")
        return f'<img src="{src}" class="image thumbnail" width="120" height="80" border="0" alt="{attr(name)}" title="{attr(tip)}" />'

    def picture_page(p: Pic, ctx: str | None) -> str:
        aid = p.opts["aid"]
        seq = contexts[ctx][1] if ctx else by_album[aid]
        album_key = ctx or str(aid)
        pos = seq.index(p)

        def link(x: Pic) -> str:
            e = f"&msg_id={x.opts['msgs'][-1][0]}&page=1" if ctx == "lastcom" else ""
            return q(f"displayimage.php?album={album_key}&pid={x.opts['pid']}{e}") + "#top_display_media"
        page_no = pos // THUMBS + 1
        pid = p.opts["pid"]
        ecard = q(f"ecard.php?album={album_key}&pid={pid}")
        nav = [f'<td align="center" valign="middle" class="navmenu" width="48"><a href="{q(f"thumbnails.php?album={album_key}&page={page_no}")}" '
               'class="navmenu_pic" title="Trở về trang ảnh thu nhỏ"><img src="images/navbar/thumbnails.png" align="middle" '
               'border="0" alt="Trở về trang ảnh thu nhỏ" /></a></td>',
               '<td id="pic_info_button" align="center" valign="middle" class="navmenu" width="48"></td>',
               '<td id="slideshow_button" align="center" valign="middle" class="navmenu" width="48"></td>',
               f'<td align="center" valign="middle" class="navmenu" width="100%">TẬP TIN {pos + 1}/{len(seq)}</td>',
               f'<td align="center" valign="middle" class="navmenu" width="48"><a href="{ecard}" '
               'class="navmenu_pic" title="Gửi tập tin này như một thiệp điện tử" rel="nofollow"><img src="images/navbar/ecard.png" '
               'border="0" align="middle" alt="Gửi thiệp" /></a></td>']
        if pos > 0:
            nav.append(f'<td align="center" valign="middle" class="navmenu" width="48"><a href="{link(seq[0])}" class="navmenu_pic" '
                       'title="Về đầu"><img src="images/navbar/start.png" border="0" align="middle" alt="Về đầu" /></a></td>')
            nav.append(f'<td align="center" valign="middle" class="navmenu" width="48"><a href="{link(seq[pos - 1])}" class="navmenu_pic" '
                       'title="Xem tập tin trước"><img src="images/navbar/prev.png" border="0" align="middle" alt="Trước" /></a></td>')
        if pos < len(seq) - 1:
            nav.append(f'<td align="center" valign="middle" class="navmenu" width="48"><a href="{link(seq[pos + 1])}" class="navmenu_pic" '
                       'title="Xem tập tin kế tiếp"><img src="images/navbar/next.png" border="0" align="middle" alt="Kế tiếp" /></a></td>')
            nav.append(f'<td align="center" valign="middle" class="navmenu" width="48"><a href="{link(seq[-1])}" class="navmenu_pic" '
                       'title="Đến cuối"><img src="images/navbar/end.png" border="0" align="middle" alt="Đến cuối" /></a></td>')
        navbar = '<a name="top_display_media"></a>' + maintable("<tr>\n" + "\n".join(nav) + "\n</tr>")
        name = p.opts["file"]
        if name.endswith(".pdf"):
            media = (f'<a href="{UP}/{name}" target="_blank" class="document_link"><img src="images/thumbs/thumb_pdf.png" '
                     f'class="image" border="0" alt="{attr(name)}" title="{attr(name)}" /></a>')
        else:
            media = (f'<a href="javascript:;" onclick="MM_openBrWindow(\'displayimage.php?pid={p.opts["pid"]}&amp;fullsize=1\','
                     f'\'{h(name, 12)}\',\'scrollbars=yes,toolbar=no,status=no,resizable=yes,width=1044,height=719\')"><img '
                     f'src="{UP}/normal_{name}" class="image" border="0" alt="{attr(p.title)}" title="{attr(p.title)}" /><br /></a>')
        desc = (f'<table cellpadding="0" cellspacing="0" class="tableb tableb_alternate" width="100%">\n<tr>\n<td class="tableb '
                f'tableb_alternate"><h1 class="pic_title">\n{esc(p.title)}\n</h1></td>\n</tr>\n<tr>\n<td class="tableb '
                f'tableb_alternate"><h2 class="pic_caption">\n{caption_html(p)}\n</h2></td>\n</tr>\n</table>')
        display = maintable(f'<tr>\n<td align="center" class="display_media" nowrap="nowrap">\n<table width="100%" cellspacing="2" '
                            f'cellpadding="0">\n<tr>\n<td align="center" style="">\n{media}\n</td>\n</tr>\n</table>\n</td>\n</tr>\n'
                            f'<tr>\n<td>\n{desc}\n</td>\n</tr>')
        lo = max(0, min(pos - 2, len(seq) - 5))
        strip_cells = "".join(f'<td class="thumb" >\n<a href="{link(x)}" class="thumbLink" style="width:120px; float: left">'
                              f'{thumb_img(x)}</a>\n</td>' for x in seq[lo:lo + 5])
        film = maintable(f'<tr>\n<td valign="top" class="filmstrip_background" style="background-image: url(themes/curve/images/tile1.gif);">'
                         '<img src="themes/curve/images/tile1.gif" alt="" border="0" /></td>\n</tr>\n<tr>\n<td valign="bottom" '
                         'class="thumbnails filmstrip_background" align="center"><div id="film"><table class="tape" ><tr>'
                         f'{strip_cells}</tr></table></div></td>\n</tr>')
        rating = (f'Điểm hiện tại: {p.opts["rating"]:g} / 5 với {p.opts["votes"]} lượt bình chọn' if p.opts["votes"]
                  else "Chưa có bình chọn")
        votes = ('<table align="center" width="100%" cellspacing="1" cellpadding="0" class="maintable">\n<tr>\n<td colspan="6" '
                 f'class="tableh2" id="voting_title"><strong>Đánh giá tập tin này </strong> ({rating})</td>\n</tr>\n<tr id="rating_stars">'
                 '\n<td class="tableb" id="star_rating"></td>\n</tr>\n<tr class="noscript">\n<td class="tableb" colspan="6" align="center">'
                 '\n<noscript>\nCần bật Javascript để bình chọn\n</noscript>\n</td>\n</tr>\n</table>')
        kw = " / ".join(f'<a href="{q(f"thumbnails.php?album=search&keywords=on&search={quote_plus(k)}")}">{esc(k)}</a>'
                        for k in p.opts["kw"])
        rows = [("Tên tập tin", esc(name)),
                ("Tên album", f'<span class="alblink"><a href="thumbnails.php?album={aid}">{esc(ALBUMS[aid][1])}</a></span>')]
        if p.opts["user1"]:
            rows.append(("Tác giả", esc(p.opts["user1"])))
        rows.append(("Địa điểm", esc(p.opts["user2"])))
        if kw:
            rows.append(("Từ khóa", f'<span class="alblink">{kw}</span>'))
        rows += [("Kích thước", f'<span dir="ltr">{p.opts["views"] % 97 + 120}&nbsp;KiB</span>'),
                 ("Ngày thêm", f"{p.date:%d/%m/%Y}"), ("Kích cỡ", "1024 x 683 điểm ảnh"),
                 ("Lượt xem", f"{p.opts['views']} lần"),
                 ("URL", f'<a href="{{{{base}}}}/displayimage.php?pid={p.opts["pid"]}" >{{{{base}}}}/displayimage.php?pid={p.opts["pid"]}</a>'),
                 ("Yêu thích", f'<a href="addfav.php?pid={pid}" >Thêm vào ảnh yêu thích</a>')]
        info = ('<div id="picinfo" style="display: block;">' + maintable(
            '        <tr><td colspan="2" class="tableh2">Thông tin tập tin</td></tr>\n' + "".join(
                f'        <tr><td class="tableb tableb_alternate" valign="top" >{k}:</td><td class="tableb tableb_alternate">{v}'
                f"</td></tr>\n" for k, v in rows)) + "</div>")
        coms = ""
        for mid, (who, text), when in p.opts.get("msgs", []):
            coms += (f'<table align="center" width="100%" cellspacing="1" cellpadding="0" class="maintable" border="0">\n<tr>\n<td>\n'
                     f'<table width="100%" cellpadding="0" cellspacing="0">\n<tr>\n<td class="tableh2" nowrap="nowrap">\n<strong>'
                     f'{esc(who)}</strong>\n<a name="comment{mid}"></a>&nbsp;\n</td>\n<td class="tableh2" align="right" width="100%">'
                     f'</td>\n<td class="tableh2" align="right" nowrap="nowrap">\n<span class="comment_date">[{when:%d/%m/%Y} lúc '
                     f'{when:%H:%M}]</span>\n</td>\n</tr>\n</table>\n</td>\n</tr>\n<tr>\n<td class="tableb tableb_alternate">\n'
                     f'<div id="cbody{mid}" style="display:block">\n{esc(text)}\n</div>\n</td>\n</tr>\n</table>\n')
        addcom = ('<form method="post" name="post" id="post" action="db_input.php"><table align="center" width="100%" cellspacing="1" '
                  'cellpadding="0" class="maintable">\n<tr>\n<td width="100%" class="tableh2">Thêm bình luận của bạn</td>\n</tr>\n<tr>'
                  '\n<td colspan="1"><table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tableb tableb_alternate">Tên'
                  '</td><td class="tableb tableb_alternate"><input type="text" class="textinput" name="msg_author" size="10" '
                  'maxlength="20" value="" /></td><td class="tableb tableb_alternate">Bình luận</td><td width="100%" class="tableb '
                  'tableb_alternate"><input type="text" class="textinput" id="message" name="msg_body" maxlength="512" style="width: '
                  f'100%;" /></td><td class="tableb tableb_alternate"><input type="hidden" name="event" value="comment" /><input '
                  f'type="hidden" name="pid" value="{p.opts["pid"]}" /><button type="submit" class="button" name="submit" '
                  'value="OK">OK</button></td></tr></table></td>\n</tr>\n</table></form>')
        gallery = (crumb(aid) + navbar + display + film + votes + info + '<a name="comments_top"></a><div id="comments">'
                   + coms + addcom + "</div>")
        meta = ""
        if p.opts["kw"]:
            meta += f'<meta name="keywords" content="{attr(",".join(p.opts["kw"]))}" />\n'
        if ctx:
            meta += '<meta name="robots" content="noindex, nofollow" />\n'
        meta += (f'<link rel="start" href="{link(seq[0])[:-18]}" title="Về đầu" />\n'
                 f'<link rel="last" href="{link(seq[-1])[:-18]}" title="Đến cuối" />\n'
                 f'<link rel="up" href="{q(f"thumbnails.php?album={album_key}&page={page_no}")}" title="Trở về trang ảnh thu nhỏ"/>\n')
        ctx_name = contexts[ctx][0] if ctx else ALBUMS[aid][1]
        return layout(f"{ctx_name} - {p.title}", gallery, meta)

    # -- picture pages and their aliases --------------------------------------------------------------
    for p in sorted(allpics, key=lambda x: x.date, reverse=True):
        pid = p.opts["pid"]
        site.page(p.path, picture_page(p, None))
        others = [f"/displayimage.php?pid={pid}", f"/displayimage.php?pos=-{pid}"]
        for o in others:
            site.same_page(o, p.path)
        for ctx, (_, seq) in contexts.items():
            if p in seq:
                extra = f"&msg_id={p.opts['msgs'][-1][0]}&page=1" if ctx == "lastcom" else ""
                path = f"/displayimage.php?album={ctx}&pid={pid}{extra}"
                site.page(path, picture_page(p, ctx))
                others.append(path)
        site.redirect(f"/addfav.php?pid={pid}", f"/displayimage.php?pid={pid}", 302)
        if p.opts.get("stub"):
            site.non_articles += [p.path] + others
        else:
            p.aliases += others
        name = p.opts["file"]
        if name.endswith(".pdf"):
            site.binary(f"/{UP}/{name}", pdf(p.title, ["LIEN MINH HTX TINH HA GIANG", "THONG BAO SO 12/TB-LMHTX"]))
        else:
            for size in ("thumb", "normal"):
                site.binary(f"/{UP}/{size}_{name}", image_for(f"{size}_{name}"))
        for b in p.blocks:
            if b.kind == "img":
                site.binary(f"/{UP}/normal_{b.src}", image_for(b.src))
    for p in sorted(arts, key=lambda x: x.date, reverse=True):
        site.add_article(p)
    site.extra_boilerplate += sorted({f"{p.opts['views']} lần" for p in arts})
    site.extra_boilerplate += [text for p in allpics for _, (_, text), _ in p.opts.get("msgs", [])]
    site.trap("every picture also answers as displayimage.php?pid=M (the file information's URL row), "
              "displayimage.php?pos=-M (the RSS links) and from each meta album it is in (album=lastup, topn, toprated, "
              "lastcom&msg_id=…: noindex, their own 'TẬP TIN n/N' bar and film strip): aliases",
              f"/displayimage.php?album=lastup&pid={arts[0].opts['pid']}")
    site.trap("photos with a one-line caption (the OCOP product shots, a landscape): not articles",
              next(p for p in allpics if p.opts.get("stub")).path)
    site.trap("addfav.php?pid=M ('Thêm vào ảnh yêu thích'): 302 back to the picture", f"/addfav.php?pid={arts[0].opts['pid']}")

    # -- thumbnail pages -------------------------------------------------------------------------------
    def thumbs_page(key: str, title: str, seq: list[Pic], n: int, pages: int, caption_date: bool) -> str:
        cells = []
        for x in seq[(n - 1) * THUMBS:n * THUMBS]:
            if key in contexts:
                e = f"&msg_id={x.opts['msgs'][-1][0]}&page=1#comment{x.opts['msgs'][-1][0]}" if key == "lastcom" else "#top_display_media"
                target = q(f"displayimage.php?album={key}&pid={x.opts['pid']}") + q(e.split("#")[0]) + "#" + e.split("#")[1]
            else:
                target = q(f"displayimage.php?album={key}&pid={x.opts['pid']}") + "#top_display_media"
            cap = f'<span class="thumb_title thumb_title_title">{esc(x.title)}</span>'
            if caption_date:
                cap += f'<span class="thumb_caption thumb_caption_ctime">{x.date:%d/%m/%Y}</span>'
            if key == "topn":
                cap += f'<span class="thumb_num_views">{x.opts["views"]} lượt xem</span>'
            cells.append(f'<td valign="top" class="thumbnails" width ="33%" align="center">\n<table width="100%" cellpadding="0" '
                         f'cellspacing="0">\n<tr>\n<td align="center">\n<a href="{target}">{thumb_img(x)}<br /></a>\n{cap}\n'
                         "</td>\n</tr>\n</table>\n</td>")
        rows = "<tr>\n" + "\n</tr>\n<tr>\n".join("\n".join(cells[i:i + 3]) for i in range(0, len(cells), 3)) + "\n</tr>"
        tabs = ""
        if pages > 1:
            def tab(k: int) -> str:
                return f"<b>{k}</b>" if k == n else f'<a href="{q(f"thumbnails.php?album={key}&page={k}")}">{k}</a>'
            links = "".join(f'<td><img src="images/spacer.gif" width="1" height="1" alt="" /></td><td align="center" class="tableb '
                            f'tableb_alternate">{tab(k)}</td>' for k in range(1, pages + 1))
            tabs = (f'<tr>\n<td colspan="3" style="padding: 0px;">\n<table width="100%" cellspacing="0" cellpadding="0">\n<tr>\n'
                    f'<td align="left" valign="middle" class="tableh1" style="white-space: nowrap">{len(seq)} tập tin trên {pages} '
                    f'trang</td>{links}\n</tr>\n</table>\n</td>\n</tr>')
        head = (f'\n<table width="100%" cellpadding="0" cellspacing="0" border="0">\n<tr>\n<td style="vertical-align:top" '
                f'class="statlink">\n<h2>{esc(title)}</h2>\n</td>\n<td style="text-align:right;" class="sortorder_cell" '
                'id="sortorder_cell">\n</td>\n</tr>\n</table>\n')
        return maintable(rows + tabs, head, 3)

    for aid, seq in by_album.items():
        pages = (len(seq) + THUMBS - 1) // THUMBS
        for n in range(1, pages + 1):
            path = f"/thumbnails.php?album={aid}&page={n}"
            site.page(path, layout(ALBUMS[aid][1], crumb(aid) + thumbs_page(str(aid), ALBUMS[aid][1], seq, n, pages, False)))
            site.non_articles.append(path)
        site.same_page(f"/thumbnails.php?album={aid}", f"/thumbnails.php?album={aid}&page=1")
        site.non_articles.append(f"/thumbnails.php?album={aid}")
    for key, (title, seq) in contexts.items():
        pages = max(1, (len(seq) + THUMBS - 1) // THUMBS)
        for n in range(1, pages + 1):
            path = f"/thumbnails.php?album={key}&page={n}"
            site.page(path, layout(title, crumb(None) + thumbs_page(key, title, seq, n, pages, key == "lastup")).replace(
                "<title>", '<meta name="robots" content="noindex, nofollow" />\n<title>', 1))
            site.non_articles.append(path)
        site.same_page(f"/thumbnails.php?album={key}", f"/thumbnails.php?album={key}&page=1")
        site.non_articles.append(f"/thumbnails.php?album={key}")
    site.page("/thumbnails.php?album=favpics", layout("Ảnh yêu thích", crumb(None) + maintable(
        '<tr>\n<td class="tableb tableb_alternate" height="200" align="center">\n<span class="cpg_user_message">Không có tập '
        'tin nào để hiển thị</span>\n</td>\n</tr>', "Ảnh yêu thích")))
    site.non_articles.append("/thumbnails.php?album=favpics")
    for k in sorted({k for p in allpics for k in p.opts["kw"]}):
        found = [p for p in allpics if k in p.opts["kw"]]
        path = f"/thumbnails.php?album=search&keywords=on&search={quote_plus(k)}"
        site.page(path, layout("Kết quả tìm kiếm ảnh", crumb(None) + thumbs_page("search", f"Kết quả tìm kiếm ảnh - {k}",
                                                                                  found, 1, 1, False)))
        site.non_articles.append(path)
        for x in found:
            if f"/displayimage.php?album=search&pid={x.opts['pid']}" not in site.html_pages:
                site.same_page(f"/displayimage.php?album=search&pid={x.opts['pid']}", x.path)
                (site.non_articles.append if x.opts.get("stub") else x.aliases.append)(
                    f"/displayimage.php?album=search&pid={x.opts['pid']}")
    site.trap("albums thumbnails.php?album=N (= &page=1; 6 thumbnails, the title under each, the file data in the "
              "image's tooltip) and &page=2; meta albums lastup (with the date under each thumbnail, 2 pages), topn, "
              "toprated, lastcom, favpics; keyword searches thumbnails.php?album=search&keywords=on&search=…: lists",
              "/thumbnails.php?album=5&page=2")

    # -- categories and home ------------------------------------------------------------------------------
    def album_cell(aid: int) -> str:
        seq = by_album[aid]
        return (f'<td width="50%" valign="top">\n<table width="100%" cellspacing="0" cellpadding="0">\n<tr>\n<td colspan="3" '
                f'height="1" align="left" valign="top" class="tableh2">\n<span class="alblink"><a href="thumbnails.php?album={aid}">'
                f'{esc(ALBUMS[aid][1])}</a></span>\n</td>\n</tr>\n<tr>\n<td align="center" valign="middle" class="thumbnails">\n'
                f'<a href="thumbnails.php?album={aid}" class="albums">{thumb_img(seq[0])}<br /></a>\n</td>\n<td></td>\n'
                f'<td width="100%" valign="top" align="left" class="tableb tableb_alternate">\n<p>{esc(ALBUMS[aid][2])}</p>\n'
                f'<p class="album_stat">{len(seq)} tập tin, tập tin cuối thêm ngày {seq[0].date:%d/%m/%Y}<br />Album đã được '
                f"xem {sum(x.opts['views'] for x in seq) + 311} lần</p>\n</td>\n</tr>\n</table>\n</td>")

    def catlist(current: int | None) -> str:
        rows = ['<tr>\n<td class="tableh1" width="80%" align="left">Chuyên mục</td>\n<td class="tableh1" width="10%" '
                'align="center">Album</td>\n<td class="tableh1" width="10%" align="center">Tập tin</td>\n</tr>']
        for cid, (cname, cdesc) in CATS.items():
            if current and cid != current:
                continue
            n_alb = sum(1 for a in ALBUMS.values() if a[0] == cid)
            n_pic = sum(len(by_album[a]) for a, v in ALBUMS.items() if v[0] == cid)
            rows.append(f'<tr>\n<td class="catrow" align="left"><table border="0"><tr><td></td><td><span class="catlink"><a '
                        f'href="index.php?cat={cid}">{esc(cname)}</a></span>{esc(cdesc)}</td></tr></table></td>\n<td class="catrow" '
                        f'align="center">{n_alb}</td>\n<td class="catrow" align="center">{n_pic}</td>\n</tr>')
        n_com = sum(len(p.opts["comments"]) for p in allpics)
        rows.append(f'<tr>\n<td colspan="3" class="tableh1" align="center"><span class="statlink">{len(allpics)} tập tin trong '
                    f'{len(ALBUMS)} album và {len(CATS)} chuyên mục với {n_com} bình luận, được xem '
                    f'{sum(p.opts["views"] for p in allpics) + 1873} lần</span></td>\n</tr>')
        return maintable("\n".join(rows))

    for cid in CATS:
        albums = [aid for aid, v in ALBUMS.items() if v[0] == cid]
        pages = [albums[i:i + 2] for i in range(0, len(albums), 2)]
        for n, chunk in enumerate(pages, 1):
            path = f"/index.php?cat={cid}" + (f"&page={n}" if n > 1 else "")
            tabs = ""
            if len(pages) > 1:
                tabs = (f'<tr>\n<td colspan="2" style="padding: 0px;">\n<table width="100%" cellspacing="0" cellpadding="0">\n<tr>\n'
                        f'<td align="left" valign="middle" class="tableh1">{len(albums)} album trên {len(pages)} trang</td>'
                        + "".join(f'<td align="center" class="tableb tableb_alternate">'
                                  + (f"<b>{k}</b>" if k == n else f'<a href="{q(f"index.php?cat={cid}&page={k}")}">{k}</a>')
                                  + "</td>" for k in range(1, len(pages) + 1)) + "\n</tr>\n</table>\n</td>\n</tr>")
            alb = maintable('<tr class="tableb tableb_alternate">\n' + "\n".join(album_cell(a) for a in chunk)
                            + ("\n<td width=\"50%\" valign=\"top\">&nbsp;</td>" if len(chunk) == 1 else "") + "\n</tr>\n" + tabs,
                            "Album", 2)
            site.page(path, layout(f"{NAME} - {CATS[cid][0]}", crumb(None, cid) + catlist(cid) + alb))
            site.non_articles.append(path)
            if n == 1:
                site.same_page(f"/index.php?cat={cid}&page=1", path)
    site.trap("category pages index.php?cat=N: the album list (2 a page) with each album's description and 'N tập tin, "
              "tập tin cuối thêm ngày …'; the 2024 album (its description a one-sentence report with its own date) only on "
              "index.php?cat=2&page=2: a list, not an article", "/index.php?cat=2&page=2")
    home = (catlist(None) + thumbs_page("lastup", "Ảnh mới tải lên", contexts["lastup"][1][:3], 1, 1, True)
            + thumbs_page("topn", "Xem nhiều nhất", contexts["topn"][1][:3], 1, 1, False))
    site.page("/index.php", layout(NAME, crumb(None) + home))
    site.same_page("/", "/index.php")
    site.non_articles += ["/index.php"]
    site.trap("home index.php (= /): the category list, one row of last additions and one of the most viewed", "/")

    # -- forms, RSS, assets -----------------------------------------------------------------------------
    for path, title, form in [
            ("/login.php", "Đăng nhập", '<form action="login.php" method="post"><input type="text" name="username" /><input '
             'type="password" name="password" /><input type="submit" value="Đăng nhập" /></form>'),
            ("/register.php", "Đăng ký", '<form action="register.php" method="post"><input type="text" name="username" /></form>'),
            ("/contact.php", "Liên hệ", '<form action="contact.php" method="post"><textarea name="message"></textarea></form>'),
            ("/search.php", "Tìm kiếm", '<form method="get" action="thumbnails.php"><input type="hidden" name="album" '
             'value="search" /><input type="text" name="search" /><input type="submit" value="Tìm kiếm" /></form>'),
            ("/ecard.php", "Gửi thiệp điện tử", '<form method="post" action="ecard.php"><input type="text" name="sender_name" />'
             '<input type="text" name="recipient_email" /><textarea name="message"></textarea><input type="submit" '
             'value="Gửi thiệp" /></form>')]:
        site.static(path, layout(f"{NAME} - {title}", maintable(f"<tr><td class=\"tableb\">{form}</td></tr>", title)))
        site.non_articles.append(path)
    site.trap("e-cards ecard.php?album=N&pid=M (the bar's envelope; guests may send), login.php, register.php, "
              "contact.php, search.php: forms (no robots.txt in Coppermine)", "/ecard.php")
    feed = allpics[:10]
    items = "".join(f"<item><title><![CDATA[{p.title}]]></title><link>{{{{base}}}}/displayimage.php?pos=-{p.opts['pid']}</link>"
                    f"<description><![CDATA[{caption_html(p)}]]></description><pubDate>{p.date - UTC:%a, %d %b %Y %H:%M:%S} +0000"
                    f"</pubDate><guid>{{{{base}}}}/displayimage.php?pos=-{p.opts['pid']}</guid></item>" for p in feed)
    site.page("/index.php?file=rss/rss", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{esc(NAME)}'
              f"</title><link>{{{{base}}}}/</link><description>{esc(GAL_DESC)}</description>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS index.php?file=rss/rss (the plugin's page; the 10 newest files, links displayimage.php?pos=-M): "
              "pubDate in GMT '+0000'", "/index.php?file=rss/rss")
    for f in ["css/coppermine.css", "themes/curve/style.css"]:
        site.static(f"/{f}", "body{font-family:Verdana,Arial,sans-serif;font-size:12px}\n")
    for f in ["js/jquery-1.12.4.js", "js/scripts.js", "js/jquery.greybox.js", "js/displayimage.js"]:
        site.static(f"/{f}", "/* coppermine */\n")
    for f in ["themes/curve/images/coppermine-logo.png", "images/spacer.gif", "images/thumbs/thumb_pdf.png",
              "themes/curve/images/tile1.gif", "favicon.ico"] + [f"images/navbar/{n}.png" for n in
                                                                  ("thumbnails", "ecard", "start", "prev", "next", "end")]:
        site.binary(f"/{f}", image_for(f))
    return site
