"""Site `lmhtx-vinhphuc` (registry family `generic`): the Vĩnh Phúc cooperative alliance on a Nuxt 2 (Vue
server-side rendering) front end over a headless CMS, written as a held-out test: no family module,
no selectors.

Why it is hard: the markup is Vue's: `<div id="__nuxt"><div id="__layout">`, a `data-v-xxxxxxxx`
attribute on every element of each component, `<!---->` placeholders for hidden parts, and the
page's whole data again in `window.__NUXT__=(function(a,b,…){return {…}}(…))` (the article's HTML
with `\\u003C` escapes, its ids, view counts). Articles are `/tin-tuc/<slug>-<id>`. The listing
`/tin-tuc` shows relative times for recent items ("3 giờ trước", "1 ngày trước") and dates only for
older ones; it loads older items by infinite scroll, so its next pages are announced ONLY by
`<link rel="next" href="/tin-tuc?page=2">` in `<head>` (no pager, no link in the body): the three
oldest pages of news are reachable only through them. Article pages show "14/03/2024 08:30"; a
"Đọc nhiều" box lists titles with "2.315 lượt xem".
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-vinhphuc"
NAME = "Liên minh Hợp tác xã tỉnh Vĩnh Phúc"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
DOCS = "/chuyen-muc/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
SEARCH = "/tim-kiem?q=ocop"
TAG = "/tag/ocop"
PDF_PATH = "/uploads/files/2024/03/tb-09-qht.pdf"
PER = 4
NOW = datetime(2024, 3, 15, 10, 0)

TODAY = f"{weekday(NOW)}, {NOW:%d/%m/%Y}"
SLOGANS = ["Vĩnh Phúc - Hợp tác để cùng phát triển", "Kinh tế tập thể - Nền tảng của nông thôn mới"]
FOOTER = ["Liên minh Hợp tác xã tỉnh Vĩnh Phúc",
          "Trụ sở: Số 38 đường Nguyễn Trãi, phường Đống Đa, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc",
          "Điện thoại: 0211.3862.590 · Email: lmhtx@vinhphuc.gov.vn",
          "Người chịu trách nhiệm: Ông Lê Văn Thắng, Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 18/GP-TTĐT ngày 20/6/2022 của Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc",
          "© 2024 Liên minh HTX Vĩnh Phúc. Mọi quyền được bảo lưu."]
SIDE = ["Đọc nhiều", "Chuyên mục", "Kết nối với chúng tôi", "Tải ứng dụng"]
LABELS = ["lượt xem", "Chia sẻ:", "Sao chép liên kết", "Bài viết liên quan"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *LABELS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/anh-htx-rau-an-toan-dong-cuong-vao-vu-thu-hoach-1856",
          title="Ảnh: HTX rau an toàn Đồng Cương vào vụ thu hoạch",
          date=datetime(2024, 3, 15, 7, 0),
          body="""
Những ngày giữa tháng 3, các thành viên HTX Dịch vụ nông nghiệp Đồng Cương (huyện Yên Lạc) thu hoạch rau vụ đông xuân, cung ứng cho các bếp ăn tập thể và siêu thị.
[img dong-cuong-1.png] Thành viên HTX thu hoạch bắp cải trên cánh đồng rau an toàn
[img dong-cuong-2.png] Rau được sơ chế, đóng gói ngay tại nhà sơ chế của HTX
[img dong-cuong-3.png] Mỗi ngày HTX cung ứng khoảng 8 tấn rau các loại
[img dong-cuong-4.png] Sản phẩm được dán tem truy xuất nguồn gốc trước khi giao cho khách hàng
""",
          byline="Ảnh: Trà My", author="Trà My", **dated(datetime(2024, 3, 15, 7, 0)),
          notes=["photo story: one paragraph and four <figure>s with <figcaption>: one line each; 'Ảnh: Trà My' "
                 "right-aligned last: part of the text, author Trà My; the listing says '3 giờ trước'"]),
        A(path=NEWS + "/htx-su-su-tam-dao-tieu-thu-hon-2000-tan-moi-nam-1851",
          title="HTX su su Tam Đảo tiêu thụ hơn 2.000 tấn mỗi năm",
          date=datetime(2024, 3, 14, 8, 30),
          lead="Nhờ liên kết với các chợ đầu mối và siêu thị, HTX Nông nghiệp Tam Đảo tiêu thụ ổn định hơn 2.000 tấn ngọn và quả su su mỗi năm.",
          body="""
HTX có 96 thành viên, canh tác 62 ha su su trên các sườn đồi thuộc thị trấn Tam Đảo và xã Hồ Sơn.
Su su được trồng theo quy trình VietGAP, thu hái vào sáng sớm và vận chuyển ngay về Hà Nội trong ngày.
[img su-su-tam-dao.png] Thành viên HTX Nông nghiệp Tam Đảo thu hái ngọn su su
Sản phẩm su su Tam Đảo đã được công nhận OCOP 3 sao, giá bán ngọn su su dao động từ 15.000 đến 20.000 đồng/kg.
""",
          author="Hoàng Anh", **dated(datetime(2024, 3, 14, 8, 30)), opts={"meta_author": "Hoàng Anh"},
          notes=["the author only in the meta line above the text ('Hoàng Anh · 14/03/2024 08:30'): the author, not "
                 "text; the listing shows '1 ngày trước'"]),
        A(path=NEWS + "/vinh-phuc-ho-tro-30-htx-ung-dung-cong-nghe-cao-1849",
          title="Vĩnh Phúc hỗ trợ 30 HTX ứng dụng công nghệ cao trong sản xuất",
          date=datetime(2024, 3, 13, 14, 15),
          lead="Năm 2024, tỉnh Vĩnh Phúc dành 24 tỷ đồng hỗ trợ 30 HTX đầu tư nhà màng, hệ thống tưới tiết kiệm và chế biến sâu nông sản.",
          body="""
Mỗi HTX được hỗ trợ tối đa 800 triệu đồng, ưu tiên các HTX có liên kết tiêu thụ sản phẩm với doanh nghiệp.
Liên minh HTX tỉnh sẽ hướng dẫn các HTX xây dựng hồ sơ, phương án sản xuất kinh doanh để được xét duyệt trước ngày 30/4/2024.
Năm 2023, toàn tỉnh đã có 47 HTX ứng dụng công nghệ cao, doanh thu bình quân cao gấp 2,5 lần các HTX khác.
""",
          byline="Minh Hải", author="Minh Hải", **dated(datetime(2024, 3, 13, 14, 15)),
          notes=["the text names 30/4/2024 (a deadline): not the publication date; byline 'Minh Hải' last: part of "
                 "the text, the author"]),
        A(path=NEWS + "/thong-bao-ket-qua-xet-duyet-cho-vay-quy-ho-tro-phat-trien-htx-quy-i-2024-1843",
          title="Thông báo kết quả xét duyệt cho vay Quỹ hỗ trợ phát triển HTX quý I năm 2024",
          date=datetime(2024, 3, 8, 10, 20),
          body="""
LIÊN MINH HTX TỈNH VĨNH PHÚC
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 09/TB-QHT
Vĩnh Phúc, ngày 07 tháng 3 năm 2024
THÔNG BÁO
Kết quả xét duyệt cho vay Quỹ hỗ trợ phát triển hợp tác xã quý I năm 2024
Căn cứ biên bản họp Hội đồng xét duyệt cho vay ngày 05/3/2024, Quỹ hỗ trợ phát triển HTX tỉnh thông báo kết quả như sau:
1. Có 9 dự án của HTX được duyệt cho vay với tổng số tiền 6,3 tỷ đồng, thời hạn vay từ 24 đến 36 tháng.
2. Các HTX được duyệt liên hệ Quỹ để hoàn thiện hồ sơ, ký hợp đồng tín dụng trước ngày 25/3/2024.
Nơi nhận: Các HTX có tên trong danh sách; Lưu VT.
GIÁM ĐỐC Nguyễn Thị Thu
""",
          author=None, doc_number="09/TB-QHT", attachments=[{"path": PDF_PATH, "text": "TB-09-QHT.pdf"}],
          **dated(datetime(2024, 3, 8, 10, 20)), opts={"docs": True},
          notes=["official notice 'Số: 09/TB-QHT', place-date line 'Vĩnh Phúc, ngày 07 tháng 3 năm 2024' the day "
                 "before '08/03/2024 10:20'; meeting date and deadline in the text; signer last, author null; the PDF "
                 "in an attachment card after the text; the listing says '6 ngày trước'"]),
        A(path=NEWS + "/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-6-1838",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 6, khóa VI",
          date=datetime(2024, 3, 5),
          lead="Ngày 5/3, Liên minh HTX tỉnh Vĩnh Phúc tổ chức Hội nghị Ban Chấp hành lần thứ 6, khóa VI, nhiệm kỳ 2020 - 2025.",
          body="""
Hội nghị đánh giá năm 2023 toàn tỉnh có 412 HTX đang hoạt động, trong đó 58% xếp loại tốt và khá theo tiêu chí mới.
Hội nghị đã bầu bổ sung hai ủy viên Ban Chấp hành là giám đốc các HTX tiêu biểu của huyện Vĩnh Tường và Lập Thạch.
Các đại biểu thống nhất tổ chức Đại hội Liên minh HTX tỉnh nhiệm kỳ 2025 - 2030 vào quý II năm 2025.
""",
          author=None, published=iso(datetime(2024, 3, 5), with_time=False), published_source="listing",
          evidence=["listing"], opts={"nodate": True},
          notes=["no date on the page (published_at is null in the CMS: the meta line shows only the category) and "
                 "the lead says 'Ngày 5/3' (no year); /tin-tuc?page=2 prints '05/03/2024' beside it -> published from "
                 "the listing, midnight; no author"]),
        A(path=NEWS + "/htx-ban-gian-nhan-rong-mo-hinh-trong-bi-do-1831",
          title="HTX Bàn Giản nhân rộng mô hình trồng bí đỏ hàng hóa",
          date=datetime(2024, 2, 28, 9, 0),
          lead="HTX Nông nghiệp Bàn Giản (huyện Lập Thạch) mở rộng diện tích bí đỏ hàng hóa lên 45 ha, liên kết với 130 hộ dân.",
          body="""
Bí đỏ Bàn Giản được trồng trên đất bãi ven sông, quả nhỏ, ruột đặc và có vị bùi, được thị trường Hà Nội ưa chuộng.
HTX cung ứng giống, phân bón và thu mua toàn bộ sản phẩm với giá tối thiểu 8.000 đồng/kg.
Nguồn: Báo Vĩnh Phúc
""",
          author=None, **dated(datetime(2024, 2, 28, 9, 0)),
          notes=["the text ends with 'Nguồn: Báo Vĩnh Phúc' (right-aligned italic): part of the text, a source, "
                 "author null; on /tin-tuc?page=2 only"]),
        A(path=NEWS + "/tap-huan-xay-dung-san-pham-ocop-cho-htx-huyen-song-lo-1824",
          title="Tập huấn xây dựng sản phẩm OCOP cho HTX huyện Sông Lô",
          date=datetime(2024, 2, 20, 15, 30),
          lead="Liên minh HTX tỉnh phối hợp với Văn phòng Điều phối nông thôn mới tỉnh tổ chức lớp tập huấn xây dựng sản phẩm OCOP cho 70 cán bộ HTX huyện Sông Lô.",
          body="""
## Nội dung chính
* Quy trình đánh giá, phân hạng sản phẩm OCOP;
* Thiết kế bao bì, nhãn mác và xây dựng câu chuyện sản phẩm;
* Kỹ năng giới thiệu sản phẩm tại hội chợ và trên mạng xã hội.
## Kế hoạch năm 2024
Huyện Sông Lô phấn đấu có thêm 8 sản phẩm OCOP, trong đó ít nhất 5 sản phẩm do HTX làm chủ thể.
""",
          byline="Thu Trang", author="Thu Trang", **dated(datetime(2024, 2, 20, 15, 30))),
        A(path=NEWS + "/htx-thuy-san-thanh-lang-nuoi-ca-theo-huong-vietgap-1817",
          title="HTX thủy sản Thanh Lãng nuôi cá theo hướng VietGAP",
          date=datetime(2024, 2, 6, 8, 10),
          lead="HTX Thủy sản Thanh Lãng (huyện Bình Xuyên) chuyển 35 ha ao nuôi cá của thành viên sang quy trình VietGAP.",
          body="""
Thành viên được tập huấn kỹ thuật xử lý nước, quản lý thức ăn và ghi chép nhật ký nuôi để truy xuất nguồn gốc.
[img ca-thanh-lang.png] Thành viên HTX Thủy sản Thanh Lãng thu hoạch cá trắm
Cá nuôi theo VietGAP được một chuỗi siêu thị thu mua với giá cao hơn thị trường từ 3.000 đến 5.000 đồng/kg.
""",
          author=None, **dated(datetime(2024, 2, 6, 8, 10)),
          notes=["no byline: author null; /tin-tuc?page=2 only"]),
        A(path=NEWS + "/lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023-1802",
          title="Liên minh HTX tỉnh Vĩnh Phúc tổng kết công tác năm 2023",
          date=datetime(2024, 1, 18, 14, 0),
          lead="Năm 2023, doanh thu bình quân của các HTX trên địa bàn tỉnh đạt 3,6 tỷ đồng, tăng 12% so với năm 2022.",
          body="""
Liên minh HTX tỉnh đã tư vấn thành lập mới 35 HTX, tổ chức 16 lớp tập huấn cho hơn 1.100 lượt cán bộ HTX.
Quỹ hỗ trợ phát triển HTX tỉnh cho vay 21 dự án với tổng số tiền 14,2 tỷ đồng, không phát sinh nợ quá hạn.
""",
          byline="Khánh Linh", author="Khánh Linh", **dated(datetime(2024, 1, 18, 14, 0)),
          notes=["oldest item: only on /tin-tuc?page=3, which only page 2's <link rel=next> names"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def vhash(name: str) -> str:
    return hashlib.md5(name.encode()).hexdigest()[:8]


def scoped(html: str, component: str) -> str:
    """Vue's scoped styles: every element of a component carries the component's data-v attribute."""
    v = f"data-v-{vhash(component)}"
    return re.sub(r"<([a-z][a-z0-9]*)(?=[\s>/])", rf"<\1 {v}", html)


def img(src: str) -> str:
    return f"/uploads/images/2024/03/{src}"


def views(a: Article) -> int:
    return int(hashlib.md5(a.path.encode()).hexdigest()[:4], 16) % 3000 + 150


def dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def ago(d: datetime) -> str:
    delta = NOW - d
    hours = int(delta.total_seconds() // 3600)
    if hours < 24:
        return f"{max(hours, 1)} giờ trước"
    if delta.days < 7:
        return f"{delta.days} ngày trước"
    return f"{d:%d/%m/%Y}"


def content_html(a: Article) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "img":
            out.append(f'<figure class="image"><img src="{img(b.src)}" alt="{attr(b.text)}"><figcaption>{esc(b.text)}</figcaption></figure>')
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.text.startswith("Nguồn:"):
            out.append(f'<p style="text-align:right"><em>{inline_html(b.text)}</em></p>')
        elif a.doc_number and b.text.startswith(("Số:", "Vĩnh Phúc, ngày", "THÔNG BÁO", "LIÊN MINH", "QUỸ HỖ TRỢ")):
            align = "right" if b.text.startswith("Vĩnh Phúc") else "center"
            out.append(f'<p style="text-align:{align}">{inline_html(b.text)}</p>')
        else:
            out.append(f"<p>{inline_html(b.text)}</p>")
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def devalue(value, names: dict) -> str:
    """Nuxt's serialisation: unquoted keys, repeated values passed as the function's arguments."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{k}:{devalue(v, names)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(devalue(v, names) for v in value) + "]"
    key = json.dumps(value, ensure_ascii=False)
    if key in names:
        return names[key]
    return key.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def nuxt_state(route: str, data: dict) -> str:
    shared = [None, "Tin tức", "tin-tuc", True, False, "default"]
    params = "abcdef"
    names = {json.dumps(v, ensure_ascii=False): params[i] for i, v in enumerate(shared)}
    body = devalue({"layout": "default", "data": [data], "fetch": {}, "error": None,
                    "state": {"menu": [{"title": "Tin tức", "slug": "tin-tuc"}], "loading": False},
                    "serverRendered": True, "routePath": route,
                    "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}, names)
    args = ",".join(devalue(v, {}) for v in shared)
    return f"<script>window.__NUXT__=(function({','.join(params)}){{return {body}}}({args}));</script>"


def article_data(a: Article) -> dict:
    return {"article": {"id": int(a.path.rsplit("-", 1)[1]), "title": a.title, "slug": a.path.rsplit("/", 1)[1],
                        "sapo": a.lead or "", "content": content_html(a),
                        "author": a.opts.get("meta_author"),
                        "published_at": None if a.opts.get("nodate") else f"{a.date:%Y-%m-%d %H:%M:%S}",
                        "category": {"name": "Tin tức", "slug": "tin-tuc"}, "views": views(a)}}


def header() -> str:
    menu = "".join(f'<li class="nav-item"><a href="{h}" class="nav-link">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                    (CONTACT, "Liên hệ")])
    return scoped(f'<header class="site-header"><div class="topbar"><div class="container"><span class="today">{TODAY}</span>'
                  f'<span class="slogan">{esc(SLOGANS[0])}</span></div></div>'
                  '<div class="brand container"><a href="/" class="nuxt-link-active logo"><img src="/_nuxt/img/logo.png" alt="Liên minh HTX Vĩnh Phúc"></a>'
                  f'<div class="brand-text"><div class="brand-name">LIÊN MINH HỢP TÁC XÃ TỈNH VĨNH PHÚC</div><div class="brand-slogan">{esc(SLOGANS[1])}</div></div></div>'
                  f'<nav class="navbar"><div class="container"><ul class="nav">{menu}</ul>'
                  '<form action="/tim-kiem" class="search-form"><input type="search" name="q" placeholder="Tìm kiếm"></form></div></nav></header>',
                  "AppHeader")


def footer() -> str:
    return scoped('<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8">'
                  f'<h3>{esc(FOOTER[0])}</h3>' + "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
                  + f'</div><div class="col-md-4"><h4>{SIDE[2]}</h4><a href="javascript:void(0)">Facebook</a> '
                  f'<a href="javascript:void(0)">Zalo</a><h4>{SIDE[3]}</h4><a href="javascript:void(0)">App Store</a></div></div>'
                  f'<p class="copyright">{esc(FOOTER[5])}</p></div></footer>', "AppFooter")


def most_read(arts: list[Article]) -> str:
    top = sorted(arts, key=views, reverse=True)[:5]
    lis = "".join(f'<li class="most-read__item"><span class="rank">{i}</span><a href="{a.path}">{esc(a.title)}</a>'
                  f'<span class="views">{dots(views(a))} lượt xem</span></li>' for i, a in enumerate(top, 1))
    cats = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in [(NEWS, "Tin tức"), (DOCS, "Văn bản"), (TAG, "OCOP")])
    return scoped(f'<aside class="sidebar"><div class="box most-read"><h3 class="box-title">{SIDE[0]}</h3><ol>{lis}</ol></div>'
                  f'<div class="box"><h3 class="box-title">{SIDE[1]}</h3><ul>{cats}</ul></div></aside>', "SidebarBox")


def layout(title: str, main: str, arts: list[Article], state: str, head: str = "") -> str:
    return f"""<!doctype html>
<html data-n-head-ssr lang="vi" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
<head>
<title>{esc(title)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">{head}<link rel="preload" href="/_nuxt/3f8a1c2.js" as="script"><link rel="preload" href="/_nuxt/9b4e7d0.js" as="script"><link rel="stylesheet" href="/_nuxt/css/5e2a9f1.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-v-{vhash("DefaultLayout")} class="app">{header()}<main data-v-{vhash("DefaultLayout")} class="container main"><div data-v-{vhash("DefaultLayout")} class="row"><div data-v-{vhash("DefaultLayout")} class="col-lg-8">{main}</div><div data-v-{vhash("DefaultLayout")} class="col-lg-4">{most_read(arts)}</div></div></main>{footer()}</div></div></div>{state}<script src="/_nuxt/3f8a1c2.js" defer></script><script src="/_nuxt/9b4e7d0.js" defer></script>
</body>
</html>
"""


def detail(a: Article, arts: list[Article]) -> str:
    meta = []
    if a.opts.get("meta_author"):
        meta.append(f'<span class="detail-author">{esc(a.opts["meta_author"])}</span>')
    if not a.opts.get("nodate"):
        meta.append(f'<span class="detail-time">{a.date:%d/%m/%Y %H:%M}</span>')
    cat = '<a href="/chuyen-muc/van-ban" class="detail-cat">Văn bản</a>' if a.opts.get("docs") else \
        f'<a href="{NEWS}" class="detail-cat">Tin tức</a>'
    att = ""
    if a.attachments:
        att = "".join(f'<div class="attachment-card"><i class="icon-file-pdf"></i><a href="{x["path"]}" target="_blank">'
                      f'{esc(x["text"])}</a><span>PDF · 186 KB</span></div>' for x in a.attachments)
    related = [o for o in arts if o is not a][:3]
    rel = "".join(f'<div class="related-item"><a href="{o.path}">{esc(o.title)}</a><span class="time">{ago(o.date)}</span></div>'
                  for o in related)
    html = (f'<article class="detail"><div class="detail-breadcrumb"><a href="/">Trang chủ</a> / {cat}</div>'
            f'<h1 class="detail-title">{esc(a.title)}</h1><div class="detail-meta">{cat}' + " · ".join([""] + meta)
            + f' · <span class="detail-views">{dots(views(a))} lượt xem</span></div>'
            + (f'<h2 class="detail-sapo">{inline_html(a.lead)}</h2>' if a.lead else "<!---->")
            + f'<div class="detail-content">{content_html(a)}</div>{att or "<!---->"}'
            f'<div class="detail-share"><span>Chia sẻ:</span> <a href="javascript:void(0)">Facebook</a> '
            f'<a href="javascript:void(0)">Sao chép liên kết</a></div>'
            f'<div class="related"><h3>Bài viết liên quan</h3>{rel}</div></article>')
    return scoped(html, "ArticleDetail")


def card(a: Article) -> str:
    pic = a.first_image()
    return (f'<div class="news-item">' + (f'<a href="{a.path}" class="thumb"><img src="{img(pic)}" alt=""></a>' if pic else "<!---->")
            + f'<div class="news-item__body"><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<span class="news-item__time">{ago(a.date)}</span><p>{esc(a.summary())}</p></div></div>')


def listing_main(title: str, items: list[Article]) -> str:
    return scoped(f'<section class="news-list"><h1 class="section-title">{esc(title)}</h1>'
                  + "".join(card(a) for a in items)
                  + '<div class="infinite-loading-container"><div class="infinite-status-prompt" style="display:none;">Đang tải...</div></div></section>',
                  "NewsList")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-phuc", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        head = (f'<meta data-n-head="ssr" data-hid="description" name="description" content="{attr(a.summary())}">'
                f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{attr(a.title)}">'
                f'<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">')
        site.page(a.path, layout(f"{a.title} | Liên minh HTX Vĩnh Phúc", detail(a, arts), arts,
                                 nuxt_state(a.path, article_data(a)), head), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Thông báo số 09/TB-QHT", ["THONG BAO KET QUA XET DUYET CHO VAY QUY I/2024",
                                                        "Quy ho tro phat trien HTX tinh Vinh Phuc"]))
    site.trap("Nuxt 2 markup: #__nuxt > #__layout, data-v-<hash> on every element, <!----> placeholders, the page's "
              "data again in window.__NUXT__=(function(a,b,…){…}(…)) (content HTML with \\u003C escapes)", arts[1].path)

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        url = NEWS if n == 1 else f"{NEWS}?page={n}"
        head = ""
        if n > 1:
            head += f'<link data-n-head="ssr" rel="prev" href="{NEWS if n == 2 else NEWS + "?page=" + str(n - 1)}">'
        if n < len(pages):
            head += f'<link data-n-head="ssr" rel="next" href="{NEWS}?page={n + 1}">'
        state = nuxt_state(url, {"items": [{"id": int(a.path.rsplit("-", 1)[1]), "title": a.title,
                                            "slug": a.path.rsplit("/", 1)[1]} for a in chunk],
                                 "page": n, "hasMore": n < len(pages)})
        site.page(url, layout("Tin tức | Liên minh HTX Vĩnh Phúc", listing_main("Tin tức", chunk), arts, state, head),
                  content_type=HTML)
        site.non_articles.append(url)
    site.trap("listing /tin-tuc: infinite scroll, no pager; the next pages only as <link rel=next "
              "href=/tin-tuc?page=2> (and ?page=3) in <head>; times relative to the server's now ('3 giờ trước', "
              "'1 ngày trước', '6 ngày trước') for the last week, dd/mm/yyyy before; pages 2 and 3 hold the five "
              "oldest items", NEWS + "?page=2")

    top = arts[:5]
    home = scoped('<section class="home-featured">'
                  f'<div class="featured"><a href="{top[0].path}"><img src="{img(top[0].first_image())}" alt=""></a>'
                  f'<h2><a href="{top[0].path}">{esc(top[0].title)}</a></h2><span class="time">{ago(top[0].date)}</span></div>'
                  + "".join(card(a) for a in top[1:])
                  + f'<a href="{NEWS}" class="more">Xem thêm</a></section>', "HomePage")
    site.page("/", layout("Liên minh HTX tỉnh Vĩnh Phúc", home, arts,
                          nuxt_state("/", {"featured": [a.path for a in top]})), content_type=HTML)
    docs = [a for a in arts if a.opts.get("docs")]
    ocop = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "") or "OCOP" in a.title]
    for url, title, items in [(DOCS, "Văn bản", docs), (TAG, "OCOP", ocop), (SEARCH, "Kết quả tìm kiếm: ocop", ocop)]:
        site.page(url, layout(f"{title} | Liên minh HTX Vĩnh Phúc", listing_main(title, items), arts,
                              nuxt_state(url.split("?")[0], {"items": len(items)})), content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Vĩnh Phúc được thành lập năm 1997, là tổ chức chính trị - xã hội, đại diện cho "
             "các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh Vĩnh Phúc.",
             "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ, cung cấp dịch "
             "vụ cho hợp tác xã; đại diện và bảo vệ quyền, lợi ích hợp pháp của các thành viên.",
             "Trực thuộc Liên minh có Quỹ hỗ trợ phát triển hợp tác xã tỉnh và Trung tâm Tư vấn, hỗ trợ hợp tác xã, "
             "cùng các ban chuyên môn và Văn phòng."]
    site.page(ABOUT, layout("Giới thiệu | Liên minh HTX Vĩnh Phúc",
                            scoped('<article class="page"><h1 class="detail-title">Giới thiệu chung</h1><div class="detail-content">'
                                   + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></article>", "StaticPage"),
                            arts, nuxt_state(ABOUT, {"page": {"slug": "gioi-thieu"}})), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ | Liên minh HTX Vĩnh Phúc",
                              scoped('<section class="contact"><h1 class="detail-title">Liên hệ</h1><form action="javascript:void(0)">'
                                     '<input name="name"><input name="email"><textarea name="message"></textarea>'
                                     '<button type="button">Gửi liên hệ</button></form></section>', "ContactPage"),
                              arts, nuxt_state(CONTACT, {})), content_type=HTML)
    site.trap("introduction /gioi-thieu (h1.detail-title, three paragraphs in div.detail-content, no date), contact, "
              "the category /chuyen-muc/van-ban, tag /tag/ocop and search /tim-kiem?q=ocop: not articles", ABOUT)
    site.non_articles += ["/", DOCS, TAG, SEARCH, ABOUT, CONTACT]
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /_nuxt/\n")
    return site
