"""Site `tthtx-tayninh` (registry family `generic`): the site of the Tây Ninh cooperative alliance's support centre
(Trung tâm Tư vấn và Hỗ trợ phát triển HTX, under the alliance of the province merged with Long An on 1 July 2025) on
**Neos CMS 8** (Flow framework, Fusion rendering, Neos.Seo, Flowpack.Listable); written as a held-out test: no family
module, no selectors.

Why it is hard: every URL carries the content dimension and Neos's `.html` suffix, and the news sit in chronological
folder documents: `/vi/tin-tuc/2026/03/<uriPathSegment>.html` (year and month in the URL, never the day), the folders
`/vi/tin-tuc/2026.html` and `/vi/tin-tuc/2026/03.html` being listings in the same shape. The news page shows the day
German-style, `<time datetime="2026-03-12">12.03.2026</time>` (dots, day first), above `h1.news-detail__title`; the
teaser property (`div.news-detail__teaser`) is the lead; the text is a `div.neos-contentcollection` of content nodes
(`neos-nodetypes-headline`, `-text` with CKEditor's `figure.table`, `-image` figures with figcaptions,
`-textwithimage`); the author property prints "Người viết: X" after it (author only, not text) while other items close
with a byline paragraph (text). Files are a second content collection, an asset list of
`/_Resources/Persistent/<sha1>/<name>.pdf` (attachments, no text). One item had its date property left empty: the
page shows no day, the URL only the month, the month folder's listing dates it. Neos.Seo writes the canonical link,
og:type "website" (never "article") and a JSON-LD BreadcrumbList (whose items are the folders), no date metadata. The
overview `/vi/tin-tuc.html` pages by `?currentPage=2` (Flowpack.Listable); a Shortcut node `/vi/noi-bat.html` (301, as configured),
the old Joomla URLs `/index.php/tin-tuc/<id>-<alias>` (301) and `?utm_…` links are aliases. Ordinary Neos pages
(Giới thiệu, Dịch vụ, Liên hệ with a Neos.Form) share the skeleton; `/vi/tim-kiem.html?search=` is a search page;
the backend `/neos/` is disallowed by robots.txt.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import (
    POLL_OPTIONS,
    POLL_QUESTION,
    TODAY_2026,
    Furniture,
    SiteBuild,
    access_bar,
    attr,
    counter,
    esc,
    image_for,
    inline_html,
    iso,
    links_box,
    news_list,
    pdf,
    poll,
    rating,
    share,
    weather,
    weekday,
)
from .richbody import RichArticle, table_html

SITE = "tthtx-tayninh"
POLL = ("Bạn quan tâm dịch vụ hỗ trợ nào của Trung tâm?", "Tư vấn thành lập và tổ chức lại HTX",
        "Đào tạo, bồi dưỡng cán bộ HTX", "Kết nối tiêu thụ sản phẩm")
NAME = "Trung tâm Tư vấn và Hỗ trợ phát triển HTX tỉnh Tây Ninh"
HTML = "text/html; charset=utf-8"
PER = 4

class _CentreFurniture(Furniture):
    """The stock furniture less the widgets this site has its own of (poll, weather) or lacks (links box)."""

    def strings(self) -> list[str]:
        a, b, c = self.counter
        gone = {"Thời tiết Hà Nội", self.weather[1], POLL_QUESTION, *POLL_OPTIONS, "Biểu quyết", "Xem kết quả",
                "Liên kết website", "Thống kê truy cập", f"Hôm nay : {a}", f"Hôm qua : {b}", f"Tổng số : {c}",
                "Tin tiêu điểm"}
        return [s for s in super().strings() if s not in gone]


F = _CentreFurniture(
    org=NAME, short="TT Tư vấn và Hỗ trợ HTX Tây Ninh",
    today=f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}",
    slogans=["Đồng hành cùng hợp tác xã - Vì sự phát triển bền vững"],
    responsible="Chịu trách nhiệm nội dung: Giám đốc Trung tâm Tư vấn và Hỗ trợ phát triển HTX",
    licence="Giấy phép số 15/GP-TTĐT ngày 22/8/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh",
    source_note="Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    copyright="© 2025 Liên minh Hợp tác xã tỉnh Tây Ninh. Bản quyền thuộc Trung tâm Tư vấn và Hỗ trợ phát triển HTX.",
    address="Địa chỉ: Số 112 đường Cách Mạng Tháng Tám, phường Tân Ninh, tỉnh Tây Ninh",
    phone="Đường dây nóng hỗ trợ HTX: 0276.3822.795", email="tthotrohtx@tayninh.gov.vn",
    counter=(88, 175, 96402), weather=("31°C", "Độ ẩm: 64%"))

LABELS = ["Người viết:", "Tài liệu đính kèm", "Tin cùng chuyên mục", "Dịch vụ hỗ trợ HTX", "Lịch đào tạo sắp tới",
          "Đăng nhập", "Trung tâm Tư vấn và Hỗ trợ phát triển HTX tỉnh Tây Ninh"]
CATS = {"tu-van-ho-tro": "Tư vấn - Hỗ trợ", "dao-tao": "Đào tạo - Tập huấn", "xuc-tien-thuong-mai": "Xúc tiến thương mại"}


def res(name: str) -> str:
    return f"/_Resources/Persistent/{hashlib.sha1(name.encode()).hexdigest()}/{name}"


def news_url(d: datetime, slug: str) -> str:
    return f"/vi/tin-tuc/{d:%Y/%m}/{slug}.html"


def dotted(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def shown(d: datetime) -> dict:
    return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[RichArticle]:
    A = RichArticle
    D = datetime
    return [
        A(path=news_url(D(2026, 3, 12), "tu-van-thanh-lap-moi-htx-cho-20-to-hop-tac"),
          title="Tư vấn thành lập mới HTX cho 20 tổ hợp tác ở các xã biên giới",
          lead="Từ ngày 9 đến 11/3, Trung tâm Tư vấn và Hỗ trợ phát triển HTX phối hợp với UBND các xã biên giới tổ chức tư vấn chuyển đổi tổ hợp tác lên HTX.",
          body="""
Tham gia buổi tư vấn có đại diện 20 tổ hợp tác trồng mì, mía và chăn nuôi bò ở các xã Tân Đông, Tân Hòa, Hòa Hội và Phước Vinh.
[img tu-van-bien-gioi.png] Cán bộ Trung tâm hướng dẫn hồ sơ đăng ký HTX tại xã Tân Đông
## Hồ sơ được hướng dẫn tận nơi
Cán bộ Trung tâm hướng dẫn xây dựng điều lệ, phương án sản xuất kinh doanh và thủ tục đăng ký HTX theo Luật HTX năm 2023.
Dự kiến trong quý II/2026, ít nhất 12 tổ hợp tác sẽ hoàn thiện hồ sơ chuyển đổi lên HTX.
[img tu-van-bien-gioi-2.png] Đại diện tổ hợp tác trồng mía xã Tân Hòa trao đổi với cán bộ Trung tâm
""", author="Nguyễn Thị Lan",
          opts={"cat": "tu-van-ho-tro", "author_field": True, "shortcut": True, "uid": "b4e1"},
          notes=["news page /vi/tin-tuc/2026/03/<segment>.html: <time datetime='2026-03-12'>12.03.2026</time> above "
                 "h1.news-detail__title (day first, dots: midnight), the teaser div.news-detail__teaser (the first "
                 "line), the neos-contentcollection (headline, text, image figures with figcaption: lines), then "
                 "'Người viết: Nguyễn Thị Lan' (the author property: author, not text); the Shortcut node "
                 "/vi/noi-bat.html answers 301 to it: an alias"],
          **shown(D(2026, 3, 12))),
        A(path=news_url(D(2026, 3, 6), "thong-bao-so-07-tb-tthtx-ve-lop-tap-huan-ke-toan-htx"),
          title="Thông báo số 07/TB-TTHTX về việc mở lớp tập huấn kế toán HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH TÂY NINH
TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ PHÁT TRIỂN HTX
Số: 07/TB-TTHTX
Tây Ninh, ngày 04 tháng 3 năm 2026
THÔNG BÁO
Về việc mở lớp tập huấn kế toán HTX năm 2026
Trung tâm Tư vấn và Hỗ trợ phát triển HTX thông báo mở 2 lớp tập huấn nghiệp vụ kế toán cho HTX năm 2026 như sau:
- Lớp thứ nhất: từ ngày 23 đến 27/3/2026 tại Hội trường Liên minh HTX tỉnh, phường Tân Ninh;
- Lớp thứ hai: từ ngày 13 đến 17/4/2026 tại cơ sở 2 của Liên minh HTX tỉnh, phường Long An.
Học viên không phải đóng học phí; HTX đăng ký về Trung tâm trước ngày 18/3/2026.
GIÁM ĐỐC
Võ Thanh Phong
""", author=None, doc_number="07/TB-TTHTX",
          opts={"cat": "dao-tao", "utm": True, "uid": "b4d7"},
          notes=["notice 'Số: 07/TB-TTHTX', place-date line 'Tây Ninh, ngày 04 tháng 3 năm 2026', shown 06.03.2026; "
                 "'- ' paragraphs keep their dash; the signer is text, author null; the home links it with ?utm_… "
                 "(an alias)"],
          **shown(D(2026, 3, 6))),
        A(path=news_url(D(2026, 2, 27), "ke-hoach-xuc-tien-thuong-mai-cho-htx-nam-2026"),
          title="Liên minh HTX tỉnh ban hành kế hoạch xúc tiến thương mại cho HTX năm 2026",
          lead="Liên minh HTX tỉnh Tây Ninh vừa ban hành kế hoạch hỗ trợ HTX xúc tiến thương mại, mở rộng thị trường năm 2026.",
          body="""
Theo kế hoạch, Trung tâm là đầu mối đưa 60 HTX tham gia hội chợ, triển lãm trong và ngoài tỉnh, kết nối 25 HTX với hệ thống siêu thị tại TP. Hồ Chí Minh.
Sản phẩm ưu tiên gồm bánh tráng phơi sương, muối tôm, mãng cầu, khóm Bến Lức và gạo Long An.
Toàn văn kế hoạch trong tệp đính kèm.
""", byline="Phòng Xúc tiến thương mại", author=None,
          attachments=[{"path": res("KH-12-LMHTX-XTTM-2026.pdf"), "text": "KH-12-LMHTX-XTTM-2026.pdf"}],
          opts={"cat": "xuc-tien-thuong-mai", "uid": "b4c2"},
          notes=["the plan's PDF in a second content collection (Neos.NodeTypes.AssetList: ul.neos-nodetypes-assetlist, "
                 "/_Resources/Persistent/<sha1>/KH-12-LMHTX-XTTM-2026.pdf) under 'Tài liệu đính kèm': an attachment, no "
                 "text; the byline names an office: text, author null"],
          **shown(D(2026, 2, 27))),
        A(path=news_url(D(2026, 2, 10), "so-lieu-hop-tac-xa-tinh-tay-ninh-nam-2025"),
          title="Số liệu hợp tác xã tỉnh Tây Ninh năm 2025",
          body="""
Sau hợp nhất, tỉnh Tây Ninh có 618 HTX đang hoạt động, thu hút trên 41.000 thành viên.
| STT | Khu vực | Số HTX | Thành viên | HTX khá, tốt |
| 1 | Các xã, phường thuộc tỉnh Tây Ninh cũ | 251 | 17.320 | 118 |
| 2 | Các xã, phường thuộc tỉnh Long An cũ | 367 | 23.910 | 172 |
| 3 | Toàn tỉnh | 618 | 41.230 | 290 |
Năm 2026, Liên minh HTX tỉnh phấn đấu thành lập mới 70 HTX.
""", byline="Nguồn: Liên minh HTX tỉnh Tây Ninh", author=None,
          opts={"cat": "tu-van-ho-tro", "uid": "b4a9"},
          notes=["a CKEditor table (figure.table in a neos-nodetypes-text): one line per row; 'Nguồn: …' is no author"],
          **shown(D(2026, 2, 10))),
        A(path=news_url(D(2026, 2, 5), "lich-tap-huan-chuyen-doi-so-cho-htx-quy-i-2026"),
          title="Lịch tập huấn chuyển đổi số cho HTX quý I/2026",
          body="""
Trung tâm Tư vấn và Hỗ trợ phát triển HTX tổ chức 4 lớp tập huấn chuyển đổi số cho cán bộ quản lý HTX trong quý I/2026:
* Lớp 1: Sử dụng hóa đơn điện tử và phần mềm kế toán HTX;
* Lớp 2: Bán hàng trên sàn thương mại điện tử;
* Lớp 3: Truy xuất nguồn gốc sản phẩm bằng mã QR;
* Lớp 4: Quảng bá sản phẩm OCOP trên mạng xã hội.
Mỗi lớp 40 học viên, học trong 2 ngày, địa điểm tại Trung tâm.
""", author=None,
          opts={"cat": "dao-tao", "no_date": True, "uid": "b49e"},
          notes=["the date property left empty: the page shows no day (no <time>), the URL only 2026/02; the month "
                 "folder /vi/tin-tuc/2026/02.html lists it '05.02.2026' -> published from the listing, midnight; a "
                 "four-item list; no byline: author null"],
          date=D(2026, 2, 5), published=iso(D(2026, 2, 5), with_time=False), published_source="listing",
          evidence=["listing"]),
        A(path=news_url(D(2026, 1, 21), "htx-banh-trang-phoi-suong-trang-bang-vao-vu-tet"),
          title="HTX bánh tráng phơi sương Trảng Bàng vào vụ Tết",
          lead="Những ngày giáp Tết, các lò bánh tráng của HTX Bánh tráng phơi sương Trảng Bàng đỏ lửa từ 2 giờ sáng.",
          body="""
[img banh-trang-1.png] Thành viên HTX tráng bánh trong đêm
[img banh-trang-2.png] Bánh tráng được phơi trên giàn tre rồi nướng qua lửa than
[img banh-trang-3.png] Sản phẩm bánh tráng phơi sương của HTX đạt OCOP 4 sao
""", byline="Ảnh: Hữu Đức", author="Hữu Đức",
          opts={"cat": "xuc-tien-thuong-mai", "uid": "b47a"},
          notes=["photo story: three neos-nodetypes-image figures, their figcaptions the lines; 'Ảnh: Hữu Đức' -> author"],
          **shown(D(2026, 1, 21))),
        A(path=news_url(D(2026, 1, 8), "giam-doc-htx-thanh-long-chau-thanh-lien-ket-la-con-duong-song-con"),
          title="Giám đốc HTX Thanh long Châu Thành: Liên kết là con đường sống còn",
          lead="Trao đổi với phóng viên, ông Lê Văn Sáu, Giám đốc HTX Thanh long Châu Thành, chia sẻ về con đường đưa thanh long ruột đỏ đi xa.",
          body="""
**Hỏi: Năm 2025, HTX tiêu thụ được bao nhiêu thanh long cho thành viên?**
Ông Lê Văn Sáu: HTX tiêu thụ gần 3.500 tấn, trong đó 40% xuất khẩu chính ngạch qua doanh nghiệp liên kết.
**Hỏi: Điều gì giúp HTX giữ được hợp đồng với doanh nghiệp?**
Ông Lê Văn Sáu: Thành viên sản xuất theo một quy trình VietGAP, HTX giám sát chặt từ khâu bón phân đến thu hoạch.
**Hỏi: Trung tâm đã hỗ trợ HTX những gì?**
Ông Lê Văn Sáu: Trung tâm tư vấn hồ sơ vay vốn và kết nối HTX với hai doanh nghiệp xuất khẩu.
""", author="Phương Thảo",
          opts={"cat": "tu-van-ho-tro", "author_field": True, "uid": "b461"},
          notes=["interview: bold 'Hỏi: …' questions, 'Ông Lê Văn Sáu: …' answers; 'Người viết: Phương Thảo' (the "
                 "author property) -> author, not text"],
          **shown(D(2026, 1, 8))),
        A(path=news_url(D(2025, 9, 16), "htx-muoi-tom-go-dau-mo-rong-nha-xuong"),
          title="HTX Muối tôm Gò Dầu mở rộng nhà xưởng",
          body="""
HTX Muối tôm Gò Dầu (huyện Gò Dầu) đưa vào sử dụng nhà xưởng mới rộng 600 m2, nâng công suất lên 80 tấn sản phẩm mỗi năm.
Sản phẩm muối tôm của HTX có mặt ở 25 tỉnh, thành phố và hệ thống cửa hàng tiện lợi.
""", byline="Nguồn: Báo Tây Ninh", author=None,
          opts={"cat": "xuc-tien-thuong-mai", "old_id": 148, "uid": "b3f0"},
          notes=["2025 item of the old district ('huyện Gò Dầu'), only on the overview's ?currentPage=2 and its "
                 "folders; the old Joomla URL /index.php/tin-tuc/148-<alias> (linked from the home's 'Tin tiêu điểm') "
                 "answers 301: an alias; 'Nguồn: …' is no author"],
          **shown(D(2025, 9, 16))),
    ]


# -- markup ------------------------------------------------------------------------------------

def content_html(a: RichArticle) -> str:
    out: list[str] = []
    for b in a.blocks:
        if b.kind == "img":
            out.append(f'<div class="neos-nodetypes-image"><figure><img src="{res(b.src)}" alt="{attr(b.text)}" '
                       f'width="800" height="533">' + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "")
                       + "</figure></div>")
        elif b.kind == "h":
            out.append(f'<div class="neos-nodetypes-headline"><div><h2>{inline_html(b.text)}</h2></div></div>')
        elif b.kind in ("ul", "ol"):
            t = b.kind
            out.append(f'<div class="neos-nodetypes-text"><div><{t}>' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items)
                       + f"</{t}></div></div>")
        elif b.kind == "table":
            out.append(f'<div class="neos-nodetypes-text"><div><figure class="table">{table_html(b, "", border=False)}'
                       "</figure></div></div>")
        elif b.kind == "p":
            text = inline_html(b.text)
            if a.doc_number and (b.text.isupper() or b.text.startswith(("Số:", "Võ Thanh"))):
                text = f"<strong>{text}</strong>"
                out.append(f'<div class="neos-nodetypes-text"><div><p style="text-align:center">{text}</p></div></div>')
            elif a.doc_number and b.text.startswith("Tây Ninh, ngày"):
                out.append(f'<div class="neos-nodetypes-text"><div><p style="text-align:right"><em>{text}</em></p></div></div>')
            else:
                out.append(f'<div class="neos-nodetypes-text"><div><p>{text}</p></div></div>')
    if a.byline:
        out.append(f'<div class="neos-nodetypes-text"><div><p style="text-align:right"><strong>{esc(a.byline)}</strong>'
                   "</p></div></div>")
    return "\n".join(out)


class Site:
    def __init__(self, news: list[RichArticle]):
        self.news = news

    def menu(self) -> str:
        items = [("Trang chủ", "/vi"), ("Giới thiệu", "/vi/gioi-thieu.html"), ("Tin tức", "/vi/tin-tuc.html"),
                 *((label, f"/vi/chuyen-muc/{c}.html") for c, label in CATS.items()),
                 ("Dịch vụ", "/vi/dich-vu.html"), ("Liên hệ", "/vi/lien-he.html")]
        lis = "".join(f'<li class="main-menu__item"><a href="{h}">{esc(t)}</a></li>' for t, h in items)
        return f'<nav class="main-menu"><ul class="main-menu__list">{lis}</ul></nav>'

    def sidebar(self) -> str:
        services = ('<div class="widget services"><h3>Dịch vụ hỗ trợ HTX</h3><ul>'
                    '<li><a href="/vi/dich-vu.html">Tư vấn thành lập HTX</a></li>'
                    '<li><a href="/vi/dich-vu.html">Tư vấn tiếp cận vốn vay</a></li>'
                    '<li><a href="/vi/dich-vu.html">Hỗ trợ xúc tiến thương mại</a></li></ul></div>')
        training = ('<div class="widget training"><h3>Lịch đào tạo sắp tới</h3><ul><li>23/3 - 27/3/2026: Kế toán HTX (lớp 1)</li>'
                    '<li>13/4 - 17/4/2026: Kế toán HTX (lớp 2)</li></ul></div>')
        top = news_list("Tin nổi bật", [(p.path, p.title, dotted(p.date)) for p in self.news[:3]], "widget featured")
        # the centre's own poll and weather box (a real site asks its own question, of its own city)
        options = "".join(f'<li><label><input type="radio" name="poll" value="{i}"> {esc(o)}</label></li>'
                          for i, o in enumerate(POLL[1:], 1))
        own_poll = (f'<div class="widget poll"><h3>Khảo sát</h3><p class="question">{esc(POLL[0])}</p>'
                    f'<form action="javascript:void(0)"><ul>{options}</ul><button type="button">Gửi ý kiến</button></form></div>')
        own_weather = ('<div class="widget weather"><h3>Thời tiết</h3><span class="city">Thời tiết Tây Ninh</span> '
                       '<span class="temp">33°C</span><p>Nắng, có lúc có mây</p></div>')
        visits = ('<div class="widget visits"><h3>Lượt truy cập</h3><p>Trực tuyến: 9</p><p>Tháng này: 4.215</p>'
                  '<p>Tất cả: 352.807</p></div>')
        return (f'<aside class="sidebar">{services}{training}{top}{own_poll}{own_weather}{visits}</aside>')

    def layout(self, title: str, path: str, main: str, crumbs: list[tuple[str, str]], desc: str = "") -> str:
        items = [{"@type": "ListItem", "position": i + 1, "name": t, "item": "{{base}}" + h}
                 for i, (t, h) in enumerate(crumbs)]
        import json
        ld = json.dumps({"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": items},
                        ensure_ascii=False)
        crumb_html = ('<nav class="breadcrumb"><ul>' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
                      + "</ul></nav>") if len(crumbs) > 1 else ""
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - {esc(F.short)}</title>
<meta name="description" content="{attr(desc)}">
<meta name="robots" content="index,follow">
<link rel="canonical" href="{{{{base}}}}{attr(path)}">
<link rel="alternate" hreflang="vi" href="{{{{base}}}}{attr(path)}">
<meta name="twitter:card" content="summary">
<meta property="og:type" content="website">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="{attr(F.short)}">
<meta property="og:locale" content="vi_VN">
<meta property="og:url" content="{{{{base}}}}{attr(path)}">
<script type="application/ld+json">{ld}</script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_Resources/Static/Packages/Tthtx.Site/Styles/Main.css?bust=5c1e2a7b">
</head>
<body class="page">
<div class="top-bar"><div class="container"><span class="top-bar__date">{esc(F.today)}</span>{access_bar()}
<span class="top-bar__hotline">{esc(F.phone)}</span> <a href="/neos/login" class="top-bar__login">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a href="/vi" class="header__logo"><img src="/_Resources/Static/Packages/Tthtx.Site/Images/logo.png" alt="Logo"></a>
<div class="header__title"><span class="header__org">LIÊN MINH HỢP TÁC XÃ TỈNH TÂY NINH</span><span class="header__name">{esc(NAME)}</span></div>
<p class="header__slogan">{esc(F.slogans[0])}</p></div></header>
{self.menu()}
<main id="content" class="main"><div class="container"><div class="row"><div class="col-8">{crumb_html}
{main}
</div><div class="col-4">{self.sidebar()}</div></div></div></main>
<footer class="footer"><div class="container"><p><strong>{esc(NAME)}</strong></p><p>{esc(F.address)}</p>
<p>{esc(F.phone)} - Email: {esc(F.email)}</p><p>{esc(F.responsible)}</p><p>{esc(F.licence)}</p><p>{esc(F.source_note)}</p>
<p class="footer__copyright">{esc(F.copyright)}</p></div></footer>
<script src="/_Resources/Static/Packages/Tthtx.Site/JavaScript/Main.js?bust=1b9d3c44"></script>
</body>
</html>
"""

    def crumbs(self, p: RichArticle) -> list[tuple[str, str]]:
        d = p.date
        return [("Trang chủ", "/vi"), ("Tin tức", "/vi/tin-tuc.html"), (f"{d.year}", f"/vi/tin-tuc/{d.year}.html"),
                (f"{d:%m}", f"/vi/tin-tuc/{d:%Y/%m}.html"), (p.title, p.path)]

    def news_page(self, p: RichArticle) -> str:
        o = p.opts
        when = "" if o.get("no_date") else f'<time datetime="{p.date:%Y-%m-%d}">{dotted(p.date)}</time> '
        meta = (f'<div class="news-detail__meta">{when}<a class="news-detail__category" href="/vi/chuyen-muc/{o["cat"]}.html">'
                f'{esc(CATS[o["cat"]])}</a></div>')
        teaser = f'<div class="news-detail__teaser"><p>{inline_html(p.lead)}</p></div>' if p.lead else ""
        author = (f'<div class="news-detail__author">Người viết: <span>{esc(p.author)}</span></div>'
                  if o.get("author_field") else "")
        files = ""
        if p.attachments:
            lis = "".join(f'<li><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></li>' for x in p.attachments)
            files = (f'<div class="news-detail__downloads neos-contentcollection"><h3>Tài liệu đính kèm</h3>'
                     f'<ul class="neos-nodetypes-assetlist">{lis}</ul></div>')
        same = [q for q in self.news if q is not p and q.opts["cat"] == o["cat"]][:3]
        rel = news_list("Tin cùng chuyên mục", [(q.path, q.title, dotted(q.date)) for q in same], "news-related") if same else ""
        main = (f'<article class="news-detail">{meta}<h1 class="news-detail__title">{esc(p.title)}</h1>{teaser}'
                f'<div class="news-detail__body neos-contentcollection">{content_html(p)}</div>{author}{files}'
                f'{share(F)}{rating()}</article>{rel}')
        return self.layout(p.title, p.path, main, self.crumbs(p), p.summary())

    def teaser(self, p: RichArticle) -> str:
        img = p.first_image()
        pic = f'<a href="{p.path}"><img src="{res(img)}" alt=""></a>' if img else ""
        return (f'<li class="flowpack-listable-item news-teaser">{pic}<span class="news-teaser__date">{dotted(p.date)}</span>'
                f'<h3 class="news-teaser__title"><a href="{p.path}">{esc(p.title)}</a></h3>'
                f'<p class="news-teaser__text">{esc(p.summary())}</p></li>')

    def listing(self, title: str, path: str, items: list[RichArticle], crumbs: list[tuple[str, str]],
                pager: str = "", extra: str = "") -> str:
        body = "".join(self.teaser(p) for p in items)
        main = (f'<h1 class="page-title">{esc(title)}</h1>{extra}<ul class="flowpack-listable news-list">{body}</ul>{pager}')
        return self.layout(title, path, main, crumbs, title)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tay-ninh", NAME, "generic", F, start_urls=["{{base:%s}}/vi" % SITE])
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    s = Site(news)
    site.extra_boilerplate += [*POLL, "Gửi ý kiến", "Lượt truy cập", "Trực tuyến: 9", "Tháng này: 4.215",
                               "Tất cả: 352.807", "Tin nổi bật", "Thời tiết Tây Ninh", "Nắng, có lúc có mây", *LABELS, "LIÊN MINH HỢP TÁC XÃ TỈNH TÂY NINH", "Tư vấn thành lập HTX",
                               "Tư vấn tiếp cận vốn vay", "Hỗ trợ xúc tiến thương mại",
                               "23/3 - 27/3/2026: Kế toán HTX (lớp 1)"]

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    home_crumbs = [("Trang chủ", "/vi")]
    for p in news:
        page(p.path, s.news_page(p))
        for b in p.blocks:
            if b.kind == "img":
                site.binary(res(b.src), image_for(b.src))
        for x in p.attachments:
            site.binary(x["path"], pdf(p.title, ["KE HOACH 12/KH-LMHTX", "Xuc tien thuong mai HTX 2026"]))
        site.add_article(p)
    first = news[0]
    notice = next(p for p in news if p.opts.get("utm"))
    old = next(p for p in news if p.opts.get("old_id"))
    site.redirect("/vi/noi-bat.html", first.path, 301)
    first.aliases.append("/vi/noi-bat.html")
    notice.aliases.append(notice.path + "?utm_source=facebook&utm_medium=social&utm_campaign=taphuan")
    old_url = f"/index.php/tin-tuc/{old.opts['old_id']}-htx-muoi-tom-go-dau-mo-rong-nha-xuong"
    site.redirect(old_url, old.path, 301)
    old.aliases.append(old_url)

    # overview, paged by ?currentPage=N
    chunks = [news[i:i + PER] for i in range(0, len(news), PER)]
    urls = ["/vi/tin-tuc.html"] + [f"/vi/tin-tuc.html?currentPage={n}" for n in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        pager = ('<ul class="flowpack-listable-pagination">'
                 + (f'<li class="previous"><a href="{urls[n - 1]}">‹</a></li>' if n else "")
                 + "".join(f'<li{" class=current" if k == n else ""}><a href="{u}">{k + 1}</a></li>'
                           for k, u in enumerate(urls))
                 + (f'<li class="next"><a href="{urls[n + 1]}">›</a></li>' if n + 1 < len(urls) else "") + "</ul>")
        years = sorted({p.date.year for p in news}, reverse=True)
        archive = ('<div class="news-archive"><ul>' + "".join(f'<li><a href="/vi/tin-tuc/{y}.html">Năm {y}</a></li>'
                                                             for y in years) + "</ul></div>")
        page(urls[n], s.listing("Tin tức", urls[n], chunk, home_crumbs + [("Tin tức", "/vi/tin-tuc.html")], pager, archive))
        site.non_articles.append(urls[n])
    # chronological folders
    for y in sorted({p.date.year for p in news}):
        months = sorted({p.date.month for p in news if p.date.year == y}, reverse=True)
        extra = ('<ul class="folder-children">' + "".join(f'<li><a href="/vi/tin-tuc/{y}/{m:02d}.html">Tháng {m}</a></li>'
                                                          for m in months) + "</ul>")
        path = f"/vi/tin-tuc/{y}.html"
        page(path, s.listing(f"Tin tức năm {y}", path, [p for p in news if p.date.year == y],
                             home_crumbs + [("Tin tức", "/vi/tin-tuc.html"), (f"{y}", path)], extra=extra))
        site.non_articles.append(path)
        for m in months:
            mp = f"/vi/tin-tuc/{y}/{m:02d}.html"
            page(mp, s.listing(f"Tin tức tháng {m:02d}/{y}", mp,
                               [p for p in news if (p.date.year, p.date.month) == (y, m)],
                               home_crumbs + [("Tin tức", "/vi/tin-tuc.html"), (f"{y}", path), (f"{m:02d}", mp)]))
            site.non_articles.append(mp)
    for c, label in CATS.items():
        path = f"/vi/chuyen-muc/{c}.html"
        page(path, s.listing(label, path, [p for p in news if p.opts["cat"] == c], home_crumbs + [(label, path)]))
        site.non_articles.append(path)
    site.trap("overview /vi/tin-tuc.html paged by ?currentPage=2 (Flowpack.Listable), the folder documents "
              "/vi/tin-tuc/2026.html and /vi/tin-tuc/2026/03.html (the news URL shape without the last segment) and "
              "/vi/chuyen-muc/<cat>.html: listings ('12.03.2026', title, teaser)", "/vi/tin-tuc/2026/02.html")

    # home
    featured = [(old_url, old.title, None), (notice.aliases[0], notice.title, None), ("/vi/noi-bat.html", first.title, None)]
    home = ('<div class="home-hero"><a href="/vi/noi-bat.html"><img src="' + res(first.first_image()) + '" alt=""></a></div>'
            + news_list("Nổi bật", featured, "home-featured")
            + f'<h2 class="section-title"><a href="/vi/tin-tuc.html">Tin mới</a></h2><ul class="flowpack-listable news-list">'
            + "".join(s.teaser(p) for p in news[:4]) + '</ul><a class="more" href="/vi/tin-tuc.html">Xem tất cả</a>')
    page("/vi", s.layout("Trang chủ", "/vi", home, home_crumbs, NAME))
    site.redirect("/", "/vi", 301)
    site.non_articles.append("/vi")

    # ordinary pages
    def neos_page(path: str, title: str, content: str) -> None:
        main = (f'<article class="page-content"><h1 class="page-title">{esc(title)}</h1>'
                f'<div class="neos-contentcollection">{content}</div></article>')
        page(path, s.layout(title, path, main, home_crumbs + [(title, path)], title))
        site.non_articles.append(path)

    neos_page("/vi/gioi-thieu.html", "Giới thiệu Trung tâm",
              '<div class="neos-nodetypes-text"><div><p>Trung tâm Tư vấn và Hỗ trợ phát triển HTX là đơn vị sự nghiệp trực '
              'thuộc Liên minh HTX tỉnh Tây Ninh, được kiện toàn từ ngày 01/7/2025 trên cơ sở hợp nhất hai trung tâm của '
              'tỉnh Tây Ninh và tỉnh Long An.</p></div></div><div class="neos-nodetypes-headline"><div><h2>Chức năng</h2>'
              '</div></div><div class="neos-nodetypes-text"><div><ul><li>Tư vấn thành lập, tổ chức lại HTX;</li>'
              '<li>Đào tạo, bồi dưỡng nguồn nhân lực HTX;</li><li>Xúc tiến thương mại, kết nối thị trường.</li></ul>'
              '</div></div>')
    neos_page("/vi/dich-vu.html", "Dịch vụ hỗ trợ HTX",
              '<div class="neos-nodetypes-textwithimage"><figure><img src="' + res("dich-vu.png") + '" alt=""></figure>'
              '<div><p>Trung tâm cung cấp miễn phí các dịch vụ tư vấn pháp lý, tài chính và thị trường cho HTX, tổ hợp '
              'tác trên địa bàn tỉnh.</p></div></div>')
    site.binary(res("dich-vu.png"), image_for("dich-vu.png"))
    neos_page("/vi/lien-he.html", "Liên hệ",
              f'<div class="neos-nodetypes-text"><div><p>{esc(F.address)}</p><p>{esc(F.phone)}</p></div></div>'
              '<form action="/vi/lien-he.html" method="post" enctype="multipart/form-data" class="neos-form">'
              '<input type="hidden" name="--contactform[__state]" value="TmVvcw=="><input name="--contactform[name]">'
              '<textarea name="--contactform[message]"></textarea><button type="submit">Gửi</button></form>')
    hits = [p for p in news if "OCOP" in p.title + p.body + (p.lead or "")]
    search = "/vi/tim-kiem.html?search=ocop"
    page(search, s.listing('Kết quả tìm kiếm cho "ocop"', search, hits, home_crumbs))
    site.non_articles.append(search)
    site.trap("Neos pages /vi/gioi-thieu.html, /vi/dich-vu.html (textwithimage), /vi/lien-he.html (a Neos.Form): the "
              "same skeleton and content collection without a date; /vi/tim-kiem.html?search=ocop (a search page, "
              "linked from the home's tag cloud): no articles", "/vi/gioi-thieu.html")
    # the search link lives on the home
    home_file = next(r["file"] for r in site.routes if r.get("path") == "/vi")
    html = site.html_pages["/vi"].replace('<a class="more"', f'<p class="tags"><a href="{search.replace("&", "&amp;")}">ocop</a></p><a class="more"')
    site.files[home_file] = html.encode()
    site.html_pages["/vi"] = html

    urls_xml = "".join(f"<url><loc>{{{{base}}}}{p.path}</loc><lastmod>{p.date.replace(hour=16, minute=20):%Y-%m-%dT%H:%M:%S}+07:00"
                       "</lastmod></url>" for p in news)
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9"><url><loc>{{{{base}}}}/vi</loc></url>{urls_xml}</urlset>\n')
    site.page("/neos/login", "<!DOCTYPE html><html><head><meta charset='UTF-8'><title>Neos Login</title></head><body>"
              "<form method='post'><input name='__authentication[Neos][Flow][Security][Authentication][Token]"
              "[UsernamePassword][username]'></form></body></html>", content_type=HTML)
    site.never_fetched.append("/neos/login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /neos/\nDisallow: /_Resources/Persistent/Temporary/\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    site.trap("the Shortcut node /vi/noi-bat.html (301), the old Joomla URL /index.php/tin-tuc/148-<alias> (301) and a "
              "?utm_… link of the home: aliases; sitemap <lastmod> 16:20 are modification times; robots.txt disallows "
              "/neos/ (the 'Đăng nhập' link): never fetched", "/vi")
    return site
