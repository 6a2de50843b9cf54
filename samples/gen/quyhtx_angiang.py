"""Site `quyhtx-angiang` (registry family `generic`): the Quỹ hỗ trợ phát triển hợp tác xã of An Giang
province (after the 1 July 2025 merger it also serves the former Kiên Giang province), a Bolt CMS 5 site
(Symfony, Twig templates); written as a held-out test: no family module, no selectors.

Why it is hard: two content types with their own address and template: news at `/tin-tuc/<slug>`
and notices/documents ("entries") at `/entry/<slug>`; each record prints its fields in order, each in
a `div.record-field record-field-<name>` (teaser, image, body, a `tac_gia` author field after the
body, an image list for photo stories, a file field), so the text is spread over several sibling
divs and the author is a labelled field, not a byline. The news template's meta line is
"Đăng bởi <em>Quản trị viên</em> vào Thứ Sáu, 14 tháng 3, 2025" ({{ record.publishedAt|localdate }}:
a weekday and a long Vietnamese date, no numeric form; the name is the CMS account, never the
author); a migrated Kiên Giang note adds "Cập nhật: …" (modifiedAt). The entry template prints no date
at all: a document is dated by its own place-date line, and a notice only by "Ngày 24/2" in its text
plus the /entries listing. "Bài viết liên quan" cards with their dates follow each news record.
Listings `/tin-tuc?page=2` and `/entries?page=2`, the taxonomy `/categories/ocop`, the search
`/search?searchTerm=ocop`, the singleton `/page/gioi-thieu`, contact and the Bolt login are not articles.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, pdf, weekday

SITE = "quyhtx-angiang"
NAME = "Quỹ hỗ trợ phát triển hợp tác xã tỉnh An Giang"
SHORT = "Quỹ HTX An Giang"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
ENTRIES = "/entries"
CAT = "/categories/ocop"
ABOUT = "/page/gioi-thieu"
CONTACT = "/page/lien-he"
SEARCH = "/search?searchTerm=ocop"
LOGIN = "/bolt/login"
PER = 4
PDF_PATH = "/files/2026-03/qd-21-qhtx-2026.pdf"

TODAY = f"Hôm nay: {weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Chung sức xây dựng kinh tế tập thể An Giang phát triển bền vững"]
SIDE = ["Thông tin cần biết", "Lãi suất cho vay: từ 5,4%/năm", "Mức vay tối đa: 3 tỷ đồng/dự án",
        "Hồ sơ vay vốn", "Tải mẫu giấy đề nghị vay vốn", "Thống kê truy cập", "Hôm nay: 214", "Tổng cộng: 73.590",
        "Chuyên mục", "Thông báo - Văn bản"]
RECORD = ["Đăng bởi", "Quản trị viên", "Tác giả:", "Chuyên mục:", "Bài viết liên quan", "« Bài trước", "Bài sau »",
          "Cập nhật:"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh An Giang",
          "Địa chỉ: 08 Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang",
          "Văn phòng đại diện: 270 Nguyễn Trung Trực, phường Rạch Giá, tỉnh An Giang",
          "Điện thoại: 0296 3852 417 - Email: quyhtx.angiang@gmail.com",
          "Chịu trách nhiệm: Ông Trần Văn Lợi - Giám đốc Quỹ",
          "Bản quyền © 2026 Quỹ hỗ trợ phát triển HTX tỉnh An Giang. Xây dựng trên Bolt CMS"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, *RECORD, *FOOTER]


def localdate(d: datetime) -> str:
    return f"{weekday(d)}, {d.day} tháng {d.month}, {d.year}"


def img(key: str) -> str:
    h = hashlib.sha1(key.encode()).hexdigest()[:10]
    return f"/thumbs/1000x750xcrop/files/{h}.jpg"


def meta_date(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/quy-cho-vay-htx-nuoc-mam-phu-quoc",
          title="Quỹ cho vay 2,8 tỷ đồng giúp HTX Nước mắm Phú Quốc mở rộng nhà thùng",
          date=datetime(2026, 3, 20),
          lead="HTX Chế biến nước mắm Phú Quốc (đặc khu Phú Quốc) vừa được Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 2,8 tỷ đồng để đóng thêm 40 thùng gỗ ủ chượp.",
          body="""
Khoản vay có thời hạn 48 tháng, lãi suất 6%/năm, được giải ngân ngày 18/3 sau khi Quỹ thẩm định phương án sản xuất của HTX.
Với 40 thùng mới, sản lượng nước mắm của HTX dự kiến tăng thêm 120.000 lít mỗi năm, đáp ứng đơn hàng của các siêu thị và khách du lịch.
[img nha-thung] Nhà thùng ủ chượp của HTX Chế biến nước mắm Phú Quốc
Đây là HTX đầu tiên tại khu vực Kiên Giang cũ được vay vốn Quỹ sau khi hợp nhất hai Quỹ.
""",
          author="Hồ Thanh Phong", **meta_date(datetime(2026, 3, 20)),
          opts={"kind": "news", "writer": "Hồ Thanh Phong", "cats": ["Tin hoạt động"]},
          notes=["teaser field (first line) and the body field in two sibling div.record-field; the author only in "
                 "the 'Tác giả:' field after the body (not text); the meta line's 'Đăng bởi Quản trị viên' is the "
                 "CMS account; the meta date 'Thứ Sáu, 20 tháng 3, 2026' (the loan was paid out 18/3)"]),
        A(path=NEWS + "/phong-su-anh-htx-lua-gao-vay-von-quy",
          title="Phóng sự ảnh: Mùa lúa ở các HTX vay vốn Quỹ",
          date=datetime(2026, 2, 27),
          body="""
Vụ Đông Xuân 2025 - 2026, nhiều HTX vay vốn Quỹ đầu tư máy gặt, lò sấy, kho chứa đã chủ động thu hoạch và bán lúa với giá tốt.
[img lua-1] Máy gặt đập liên hợp của HTX Nông nghiệp Tân Hiệp thu hoạch lúa
[img lua-2] Lò sấy lúa 60 tấn/mẻ của HTX Nông nghiệp Phú Tân
[img lua-3] Thành viên HTX Nông nghiệp Thoại Sơn kiểm tra chất lượng lúa sau sấy
Ảnh: Danh Sơn
""",
          author="Danh Sơn", **meta_date(datetime(2026, 2, 27)),
          opts={"kind": "news", "cats": ["Phóng sự ảnh"], "gallery_from": 1},
          notes=["photo story: a body field of one sentence, then an imagelist field (div.record-field-hinh_anh, three "
                 "figures with captions), then a 'Ảnh: Danh Sơn' text field: part of the text, the author"]),
        A(path=NEWS + "/hoi-nghi-trien-khai-nhiem-vu-quy-nam-2026",
          title="Quỹ hỗ trợ phát triển HTX tỉnh triển khai nhiệm vụ năm 2026",
          date=datetime(2026, 1, 15),
          body="""
Sáng 14/1, tại phường Long Xuyên, Quỹ hỗ trợ phát triển HTX tỉnh tổ chức hội nghị tổng kết năm 2025, triển khai nhiệm vụ năm 2026.
Năm 2025, Quỹ cho vay 39 dự án với tổng số tiền 52,3 tỷ đồng; tiếp nhận nguyên trạng 26 hợp đồng tín dụng của Quỹ tỉnh Kiên Giang trước đây.
## Chỉ tiêu năm 2026
* Giải ngân tối thiểu 60 tỷ đồng;
* Giữ tỷ lệ nợ quá hạn dưới 1%;
* Mỗi xã, phường có ít nhất một HTX được tư vấn lập phương án vay vốn.
Theo kế hoạch, hội nghị sơ kết 6 tháng sẽ được tổ chức vào ngày 10/7/2026.
Bài, ảnh: Ngọc Hân
""",
          author="Ngọc Hân", **meta_date(datetime(2026, 1, 15)),
          opts={"kind": "news", "cats": ["Tin hoạt động"]},
          notes=["the conference was 'Sáng 14/1', a later meeting is '10/7/2026'; the meta date is 'Thứ Năm, 15 tháng "
                 "1, 2026'; 'Bài viết liên quan' cards with their own dates follow; closing 'Bài, ảnh: Ngọc Hân' in the "
                 "body (text, author)"]),
        A(path=NEWS + "/htx-xoai-cat-hoa-loc-dat-ocop-4-sao",
          title="Xoài cát Hòa Lộc của HTX Mỹ Xương đạt OCOP 4 sao",
          date=datetime(2025, 11, 6),
          body="""
Sản phẩm xoài cát Hòa Lộc của HTX Nông nghiệp Mỹ Xương vừa được UBND tỉnh công nhận đạt OCOP 4 sao.
Năm 2024, HTX được Quỹ cho vay 900 triệu đồng để xây dựng nhà sơ chế, đóng gói đạt chuẩn xuất khẩu.
Hiện HTX liên kết với 85 hộ, diện tích 120 ha, mỗi năm xuất khẩu khoảng 300 tấn xoài sang Hàn Quốc và Nhật Bản.
Nguồn: Báo An Giang
""",
          author=None, **meta_date(datetime(2025, 11, 6)),
          opts={"kind": "news", "cats": ["OCOP"]},
          notes=["closing line 'Nguồn: Báo An Giang' is a source: author null; in the taxonomy /categories/ocop"]),
        A(path=NEWS + "/quy-kien-giang-giai-ngan-cho-htx-thuy-san-an-bien",
          title="Quỹ hỗ trợ phát triển HTX tỉnh Kiên Giang giải ngân cho HTX Thủy sản An Biên",
          date=datetime(2024, 8, 22),
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Kiên Giang vừa giải ngân 1,1 tỷ đồng cho HTX Thủy sản An Biên đầu tư ao nuôi tôm công nghệ cao.
HTX có 19 thành viên, diện tích nuôi 12 ha; vốn vay được dùng để lót bạt, lắp hệ thống quạt khí và máy phát điện.
""",
          author="Thu Trang", **meta_date(datetime(2024, 8, 22)),
          opts={"kind": "news", "writer": "Thu Trang", "cats": ["Tin hoạt động"], "updated": datetime(2025, 7, 7)},
          notes=["migrated 2024 record of the former Kiên Giang fund: meta 'Thứ Năm, 22 tháng 8, 2024' then "
                 "'Cập nhật: Thứ Hai, 7 tháng 7, 2025' (the migration); author only in the 'Tác giả:' field"]),
        A(path=NEWS + "/htx-dua-tri-ton-ra-mat-san-pham-moi",
          title="HTX Nông nghiệp Tri Tôn ra mắt sản phẩm đường thốt nốt dạng viên",
          date=datetime(2025, 9, 12),
          lead="Nhờ vốn vay ưu đãi 700 triệu đồng, HTX Nông nghiệp Tri Tôn đầu tư dây chuyền cô đặc và đóng gói đường thốt nốt.",
          body="""
Sản phẩm đường thốt nốt dạng viên được đóng hộp 500 gram, bảo quản được 12 tháng, phù hợp làm quà du lịch.
HTX thu mua nước thốt nốt của 60 hộ đồng bào Khmer với giá ổn định, giúp bà con yên tâm gắn bó với nghề.
""",
          author=None, **meta_date(datetime(2025, 9, 12)),
          opts={"kind": "news", "cats": ["OCOP"]},
          notes=["no author anywhere (no field, no byline): null; the teaser is the first line"]),
        A(path=NEWS + "/htx-van-tai-rach-gia-vay-von-mua-xe-dien",
          title="HTX Vận tải Rạch Giá vay vốn mua xe buýt điện",
          date=datetime(2025, 8, 1),
          body="""
HTX Vận tải hành khách Rạch Giá được Quỹ cho vay 3 tỷ đồng, mức vay tối đa của Quỹ, để mua 4 xe buýt điện phục vụ tuyến Rạch Giá - Hà Tiên.
Đây là dự án đầu tiên thuộc lĩnh vực giao thông xanh được Quỹ cho vay sau khi hợp nhất.
HTX cho biết chi phí nhiên liệu của xe điện chỉ bằng khoảng 40% so với xe chạy dầu.
""",
          author="Lâm Quốc Việt", **meta_date(datetime(2025, 8, 1)),
          opts={"kind": "news", "writer": "Lâm Quốc Việt", "cats": ["Tin hoạt động"]}),
        A(path="/entry/quyet-dinh-phe-duyet-danh-sach-htx-vay-von-dot-1-nam-2026",
          title="Quyết định phê duyệt danh sách HTX được vay vốn đợt 1 năm 2026",
          date=datetime(2026, 3, 10),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH AN GIANG
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 21/QĐ-QHTX
An Giang, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc phê duyệt danh sách hợp tác xã được vay vốn đợt 1 năm 2026
GIÁM ĐỐC QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ TỈNH AN GIANG
Căn cứ Quyết định số 1875/QĐ-UBND ngày 28/8/2025 của UBND tỉnh về việc tổ chức lại Quỹ hỗ trợ phát triển hợp tác xã tỉnh;
Căn cứ biên bản họp Hội đồng thẩm định ngày 05/3/2026;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh sách 9 hợp tác xã được vay vốn đợt 1 năm 2026 với tổng số tiền 17,5 tỷ đồng (có danh sách kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận: Như Điều 1; Lưu VT.
GIÁM ĐỐC
Trần Văn Lợi
""",
          author=None, doc_number="21/QĐ-QHTX",
          published="2026-03-10T00:00:00+07:00", published_source="document", evidence=["document", "listing"],
          attachments=[{"path": PDF_PATH, "text": "qd-21-qhtx-2026.pdf"}],
          opts={"kind": "entry"},
          notes=["entry template prints no date: the decision 'Số: 21/QĐ-QHTX' dated 'An Giang, ngày 10 tháng 3 năm "
                 "2026' (the /entries card says the same day) cites 28/8/2025 and 05/3/2026; signer last (text, author "
                 "null); the PDF in a record-field-tep_dinh_kem"]),
        A(path="/entry/thong-bao-lich-tiep-nhan-ho-so-tai-rach-gia",
          title="Thông báo lịch tiếp nhận hồ sơ vay vốn tại Văn phòng đại diện Rạch Giá",
          date=datetime(2026, 2, 24),
          body="""
Ngày 24/2, Quỹ hỗ trợ phát triển HTX tỉnh thông báo lịch tiếp nhận hồ sơ đề nghị vay vốn tại Văn phòng đại diện ở phường Rạch Giá.
Văn phòng tiếp nhận hồ sơ vào sáng thứ Ba và thứ Năm hằng tuần, bắt đầu từ ngày 3/3.
HTX cần liên hệ trước qua số điện thoại của Văn phòng để được hướng dẫn chuẩn bị hồ sơ.
""",
          author=None, published="2026-02-24T00:00:00+07:00", published_source="listing", evidence=["listing"],
          opts={"kind": "entry"},
          notes=["entry without any date on its page: the text says 'Ngày 24/2' (no year) and '3/3'; the /entries "
                 "listing card shows 'Thứ Ba, 24 tháng 2, 2026': midnight; no author"]),
        A(path="/entry/thong-bao-ket-qua-tham-dinh-ho-so-dot-4-nam-2025",
          title="Thông báo kết quả thẩm định hồ sơ vay vốn đợt 4 năm 2025",
          date=datetime(2025, 12, 5),
          body="""
Số: 96/TB-QHTX
An Giang, ngày 05 tháng 12 năm 2025
Quỹ hỗ trợ phát triển hợp tác xã tỉnh thông báo kết quả thẩm định 14 hồ sơ đề nghị vay vốn đợt 4 năm 2025: 11 hồ sơ đủ điều kiện, 3 hồ sơ cần bổ sung phương án sản xuất kinh doanh.
Các HTX có hồ sơ đủ điều kiện liên hệ Quỹ để ký hợp đồng tín dụng trước ngày 20/12/2025.
GIÁM ĐỐC
Trần Văn Lợi
""",
          author=None, doc_number="96/TB-QHTX",
          published="2025-12-05T00:00:00+07:00", published_source="document", evidence=["document", "listing"],
          opts={"kind": "entry"},
          notes=["short notice 'Số: 96/TB-QHTX' dated 'ngày 05 tháng 12 năm 2025' (a deadline 20/12/2025 in the text); "
                 "no date on the page otherwise; signer last, author null"]),
    ]


def body_html(lines: list[str], a: Article) -> str:
    out = []
    for line in lines:
        if line.startswith("## "):
            out.append(f"<h3>{esc(line[3:])}</h3>")
        elif line.startswith("* "):
            if out and out[-1].endswith("</ul>"):
                out[-1] = out[-1][:-5] + f"<li>{esc(line[2:])}</li></ul>"
            else:
                out.append(f"<ul><li>{esc(line[2:])}</li></ul>")
        elif line.startswith("[img "):
            ref, cap = line[5:].split("]", 1)
            out.append(f'<figure class="image"><img src="{img(a.path + ref)}" alt="{attr(cap.strip())}">'
                       f'<figcaption>{esc(cap.strip())}</figcaption></figure>')
        else:
            out.append(f"<p>{inline_html(line)}</p>")
    return "\n".join(out)


def field(name: str, inner: str) -> str:
    return f'<div class="record-field record-field-{name}">\n{inner}\n</div>'


def card(a: Article) -> str:
    return (f'<div class="listing-record"><a href="{a.path}"><img src="{img(a.path + "#t")}" alt=""></a>'
            f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><p class="meta">{localdate(a.date)}</p>'
            f'<p class="excerpt">{esc(a.summary())}</p></div>')


def layout(title: str, path: str, main: str, latest: list[Article]) -> str:
    nav = [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (ENTRIES, "Thông báo - Văn bản"),
           (CAT, "OCOP"), (CONTACT, "Liên hệ")]
    menu = "".join(f'<li class="menu-item{" current" if u == path else ""}"><a href="{u}">{t}</a></li>' for u, t in nav)
    lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest)
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SHORT}</title>
<meta name="generator" content="Bolt">
<link rel="stylesheet" href="/theme/quyhtx-2023/css/app.css">
<link rel="canonical" href="{{{{base}}}}{path}">
</head>
<body class="{'record' if path.startswith(('/tin-tuc/', '/entry/')) else 'listing'}">
<div class="topbar"><div class="container"><span>{TODAY}</span> <span class="slogan">{SLOGANS[0]}</span>
<form class="search-form" action="/search" method="get"><input type="search" name="searchTerm" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div></div>
<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/theme/quyhtx-2023/images/logo.png" alt="{SHORT}"></a><p class="site-title">{NAME}</p></div>
<nav class="main-menu"><ul>{menu}</ul></nav></header>
<div class="container content">
<main class="col-main">
{main}
</main>
<aside class="col-side">
<div class="widget"><h4>{SIDE[0]}</h4><p>{SIDE[1]}</p><p>{SIDE[2]}</p></div>
<div class="widget"><h4>{SIDE[3]}</h4><p><a href="/files/mau-giay-de-nghi-vay-von.doc">{SIDE[4]}</a></p></div>
<div class="widget"><h4>Tin mới</h4><ul>{lis}</ul></div>
<div class="widget"><h4>{SIDE[8]}</h4><ul><li><a href="{NEWS}">Tin tức</a></li><li><a href="{ENTRIES}">{SIDE[9]}</a></li><li><a href="{CAT}">OCOP</a></li></ul></div>
<div class="widget"><h4>{SIDE[5]}</h4><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>
</aside>
</div>
<footer class="site-footer"><div class="container">{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}
<p><a href="{LOGIN}">Đăng nhập quản trị</a></p></div></footer>
<script src="/theme/quyhtx-2023/js/app.js"></script>
</body>
</html>
"""


def detail(a: Article, related: list[Article], prev: Article | None, nxt: Article | None) -> str:
    o = a.opts
    lines = [x.strip() for x in a.body.strip().splitlines() if x.strip()]
    parts = [f'<h1 class="title">{esc(a.title)}</h1>']
    if o["kind"] == "news":
        upd = f' · Cập nhật: {localdate(o["updated"])}' if o.get("updated") else ""
        parts.append(f'<p class="meta">Đăng bởi <em>Quản trị viên</em> vào {localdate(a.date)}{upd}</p>')
    if a.lead:
        parts.append(field("teaser", f'<p class="teaser"><strong>{esc(a.lead)}</strong></p>'))
    if o["kind"] == "news" and "gallery_from" not in o:
        parts.append(field("image", f'<img src="{img(a.path + "#main")}" alt="{attr(a.title)}">'))
    if "gallery_from" in o:
        text = [x for x in lines if not x.startswith("[img ") and not x.startswith("Ảnh: ")]
        figs = [x for x in lines if x.startswith("[img ")]
        credit = [x for x in lines if x.startswith("Ảnh: ")]
        parts.append(field("body", body_html(text, a)))
        parts.append(field("hinh_anh", '<div class="imagelist">' + body_html(figs, a) + "</div>"))
        parts.append(field("ghi_chu", "".join(f"<p>{esc(x)}</p>" for x in credit)))
    else:
        parts.append(field("body", body_html(lines, a)))
    if o.get("writer"):
        parts.append(field("tac_gia", f'<span class="field-label">Tác giả:</span> {esc(o["writer"])}'))
    for x in a.attachments:
        parts.append(field("tep_dinh_kem", f'<span class="field-label">Tệp đính kèm:</span> <a href="{x["path"]}">{esc(x["text"])}</a>'))
    if o.get("cats"):
        cats = ", ".join(f'<a href="{CAT if c == "OCOP" else NEWS}">{esc(c)}</a>' for c in o["cats"])
        parts.append(f'<p class="taxonomy">Chuyên mục: {cats}</p>')
    pn = '<nav class="record-prevnext">'
    if prev:
        pn += f'<a href="{prev.path}" class="prev">« Bài trước</a> '
    if nxt:
        pn += f'<a href="{nxt.path}" class="next">Bài sau »</a>'
    pn += "</nav>"
    rel = ""
    if related:
        rel = ('<section class="related"><h2>Bài viết liên quan</h2>'
               + "".join(f'<div class="related-item"><a href="{r.path}">{esc(r.title)}</a> <span class="date">'
                         f'{localdate(r.date)}</span></div>' for r in related) + "</section>")
    return f'<article class="record record-{o["kind"]}">\n' + "\n".join(parts) + f"\n</article>\n{pn}\n{rel}"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "an-giang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.opts["kind"] == "news"]
    entries = [a for a in arts if a.opts["kind"] == "entry"]
    latest = news[:4]
    for group in (news, entries):
        for i, a in enumerate(group):
            prev = group[i + 1] if i + 1 < len(group) else None
            nxt = group[i - 1] if i > 0 else None
            related = [r for r in news if r is not a][i % 3:i % 3 + 2] if a.opts["kind"] == "news" else []
            site.page(a.path, layout(a.title, a.path, detail(a, related, prev, nxt), latest), content_type=HTML)
            site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 21/QĐ-QHTX", ["QUYET DINH PHE DUYET DANH SACH HTX VAY VON DOT 1 NAM 2026",
                                                          "Quy ho tro phat trien HTX tinh An Giang", "So: 21/QD-QHTX"]))
    site.binary("/files/mau-giay-de-nghi-vay-von.doc", b"{\\rtf1\\ansi Mau giay de nghi vay von\\par}\n")
    pages = {}
    for base, title, group in ((NEWS, "Tin tức", news), (ENTRIES, "Thông báo - Văn bản", entries)):
        per = PER if base == NEWS else 2
        chunks = [group[i:i + per] for i in range(0, len(group), per)]
        for n, chunk in enumerate(chunks, 1):
            here = base if n == 1 else f"{base}?page={n}"
            pager = '<ul class="pagination">' + "".join(
                f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{base if k == 1 else f"{base}?page={k}"}">{k}</a></li>'
                for k in range(1, len(chunks) + 1))
            if n < len(chunks):
                pager += f'<li class="page-item"><a class="page-link" href="{base}?page={n + 1}">›</a></li>'
            pager += "</ul>"
            pages[here] = f'<h1 class="listing-title">{title}</h1>{"".join(card(a) for a in chunk)}{pager}'
    ocop = [a for a in news if "OCOP" in a.opts.get("cats", [])]
    pages[CAT] = f'<h1 class="listing-title">Chuyên mục: OCOP</h1>{"".join(card(a) for a in ocop)}'
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title]
    pages[SEARCH] = (f'<h1 class="listing-title">Kết quả tìm kiếm</h1><p>Tìm thấy {len(found)} kết quả cho “ocop”</p>'
                     + "".join(card(a) for a in found))
    pages["/"] = (f'<section class="home-intro"><h1>{NAME}</h1><p>Hỗ trợ vốn ưu đãi cho hợp tác xã, liên hiệp hợp tác xã '
                  f'trên địa bàn tỉnh An Giang.</p></section><h2>Tin tức mới</h2>{"".join(card(a) for a in news[:4])}'
                  f'<p><a href="{NEWS}">Xem tất cả tin tức</a></p><h2>Thông báo - Văn bản</h2>'
                  + "".join(f'<p><a href="{a.path}">{esc(a.title)}</a></p>' for a in entries)
                  + f'<p><a href="{ENTRIES}">Xem tất cả</a></p>')
    pages[ABOUT] = ('<article class="record record-page"><h1 class="title">Giới thiệu Quỹ</h1>'
                    + field("body", "<p>Quỹ hỗ trợ phát triển hợp tác xã tỉnh An Giang là đơn vị sự nghiệp trực thuộc Liên "
                            "minh Hợp tác xã tỉnh, thực hiện cho vay ưu đãi đối với hợp tác xã, liên hiệp hợp tác xã.</p>"
                            "<p>Sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang từ ngày 1/7/2025, Quỹ tiếp nhận nguồn vốn "
                            "của Quỹ tỉnh Kiên Giang và đặt Văn phòng đại diện tại phường Rạch Giá.</p>"
                            "<h3>Lĩnh vực cho vay</h3><ul><li>Nông nghiệp, thủy sản;</li><li>Thương mại, dịch vụ, vận tải;"
                            "</li><li>Tiểu thủ công nghiệp, làng nghề.</li></ul>") + "</article>")
    pages[CONTACT] = ('<article class="record record-page"><h1 class="title">Liên hệ</h1>'
                      + field("body", f"<p>{FOOTER[1]}</p><p>{FOOTER[3]}</p>") + "</article>")
    for path, main in pages.items():
        title = re.sub("<[^>]+>", "", main.split("</h1>")[0])
        site.page(path, layout(title, path, main, latest), content_type=HTML)
        site.non_articles.append(path)
    site.page(LOGIN, '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập | Bolt</title></head>'
              '<body class="login"><form method="post" action="/bolt/login"><h1>Bolt</h1><label>Tên đăng nhập '
              '<input name="login[username]"></label><label>Mật khẩu <input type="password" name="login[password]">'
              '</label><button type="submit">Đăng nhập</button></form></body></html>\n', content_type=HTML)
    site.never_fetched.append(LOGIN)
    for page in list(site.html_pages.values()):
        for ref in re.findall(r'src="(/thumbs/[^"]+\.jpg)"', page):
            site.binary(ref, image_for(ref))
    site.binary("/theme/quyhtx-2023/images/logo.png", image_for("logo"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /bolt/\n")
    site.trap("two Bolt content types: /tin-tuc/<slug> (meta line 'Đăng bởi Quản trị viên vào Thứ …, d tháng m, "
              "yyyy') and /entry/<slug> (no date printed); fields printed in order in div.record-field siblings",
              news[0].path)
    site.trap("listings /tin-tuc?page=2 and /entries?page=2 (numbered pagination), the taxonomy /categories/ocop and "
              "the search /search?searchTerm=ocop: not articles", ENTRIES + "?page=2")
    site.trap("singleton /page/gioi-thieu in the record template (h1.title, a body field with paragraphs, a heading "
              "and a list, no date), /page/lien-he: not articles; the Bolt login /bolt/login (linked in the footer) is disallowed by robots.txt", ABOUT)
    return site
