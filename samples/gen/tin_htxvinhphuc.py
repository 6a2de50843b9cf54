"""Site `tin-htxvinhphuc` (registry family `generic`): the news site of the Vĩnh Phúc cooperative alliance (since 1 July
2025 part of Phú Thọ) on **Concrete CMS 9** (a site theme derived from Elemental, pretty URLs on, the vi_VN language
pack). News are "Bài viết" pages (page type blog_entry) under `/tin-tuc`; the site stopped at the merger. Written as a
held-out test: no family module, no selectors.

URL shapes (as Concrete emits them): pages `/tin-tuc/<handle>` (rel=canonical), the same page by id `/index.php?cID=N`
(the RSS feed's guid and the page list's old links); the list `/tin-tuc` paged `?ccm_paging_p=2`, topic filters
`/tin-tuc/topic/<treeNodeID>/<handle>`, month filters `/tin-tuc/<yyyy>/<mm>`, tags `/tin-tuc?akID=…&atSelectOptionValueID=…`
is not used (a Tags block links `/tim-kiem?tag=…`, robots-disallowed as search); downloads `/download_file/<fID>/<cID>`,
files `/application/files/<a>/<b>/<c>/<name>`, thumbnails `/application/files/thumbnails/…`; the feed `/rss/tin-tuc`.

What the pages look like: `div.ccm-page.page-type-blog-entry` wraps header, main and footer areas. The title is the Page
Title block `h1.ccm-block-page-title.page-title`; under it two Page Attribute Display blocks
(`div.ccm-block-page-attribute-display-wrapper`): "Ngày đăng: 14/03/2025 08:30" (the page's public date, d/m/Y H:i)
and "Người đăng: bientap" (the page owner: an account, never the author); some pages add a third one, the custom
attribute "Tác giả: <name>". The text is the Content block(s) of the Main area inside `div.area-content` (paragraphs,
`<figure>` images with `<figcaption>`, tables, lists), sometimes an HTML block (`div.HTMLBlock`, an embedded video
placeholder). After it: the File block "Tải văn bản: <name>" (`/download_file/…`), the Tags block, "Chia sẻ"
(`ccm-block-share-this-page`), Next/Previous ("Bài trước" / "Bài sau" with the neighbours' titles) and a
conversation (`ccm-conversation-message` with user, date and text). The sidebar holds a Page List block "Tin mới"
with dates, a Topic List "Chủ đề" and the archive. Lists are `div.ccm-block-page-list-wrapper` with
`ccm-block-page-list-page-entry-horizontal` entries (title, "14/03/2025", description, "Xem tiếp") and
`div.ccm-pagination-wrapper ul.pagination`. A cookie banner (`ccm-cookie-notice` style) sits at the bottom.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "tin-htxvinhphuc"
NAME = "Liên minh Hợp tác xã tỉnh Vĩnh Phúc"
HTML = "text/html; charset=UTF-8"
TOPICS = {41: ("Hoạt động Liên minh", "hoat-dong-lien-minh"), 42: ("Kinh tế tập thể", "kinh-te-tap-the"),
          43: ("Văn bản - Thông báo", "van-ban-thong-bao")}
USERS = {1: "admin", 4: "bientap", 7: "vanphong"}
COOKIE = "Trang web này sử dụng cookie để đảm bảo bạn có trải nghiệm tốt nhất."
CHROME = [COOKIE, "Tôi đồng ý", "Ngày đăng:", "Người đăng:", "Tác giả:", "Chia sẻ", "Bài trước", "Bài sau", "Quay lại danh sách",
          "Bình luận", "Gửi bình luận", "Tin mới", "Chủ đề", "Lưu trữ", "Thẻ",
          "Liên minh Hợp tác xã tỉnh Vĩnh Phúc - Số 38 đường Nguyễn Trãi, phường Đống Đa, thành phố Vĩnh Yên",
          "Điện thoại: 0211.3862.451 | Email: lienminhhtx@vinhphuc.gov.vn", "© 2025 Liên minh Hợp tác xã tỉnh Vĩnh Phúc",
          "Xây dựng trên Concrete CMS", "Đăng nhập", "Trang chủ", "Giới thiệu", "Tin tức", "Liên hệ"]


def handle(title: str) -> str:
    t = unicodedata.normalize("NFKD", title.lower().replace("đ", "d")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def fpath(name: str) -> str:
    h = hashlib.sha1(name.encode()).hexdigest()
    return f"{int(h[:4], 16) % 9000 + 1000}/{int(h[4:8], 16) % 9000 + 1000}/{int(h[8:12], 16) % 9000 + 1000}/{name}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Liên minh HTX tỉnh Vĩnh Phúc hoàn thành bàn giao trước ngày hợp nhất",
          body="""
Ngày 27/6, Liên minh HTX tỉnh Vĩnh Phúc đã hoàn thành việc bàn giao tổ chức bộ máy, hồ sơ, tài sản cho Liên minh HTX tỉnh Phú Thọ (mới).
[img ban-giao-lmhtx-vinh-phuc.png] Quang cảnh buổi bàn giao tại trụ sở Liên minh HTX tỉnh
Theo phương án, trụ sở tại thành phố Vĩnh Yên được sử dụng làm Văn phòng đại diện khu vực Vĩnh Phúc, tiếp tục tiếp nhận hồ sơ của các HTX.
Các khoản vay của Quỹ hỗ trợ phát triển HTX được chuyển giao nguyên trạng, HTX tiếp tục trả nợ theo hợp đồng đã ký.
""", author="Hồng Nhung",
          opts={"cid": 231, "topic": 41, "owner": 4, "author": "Hồng Nhung", "tags": ["Hợp nhất"],
                "comments": [("Nguyễn Văn Thành", datetime(2025, 6, 28, 7, 55), "Mong Văn phòng đại diện sớm ổn định để hỗ trợ các HTX.")]},
          notes=["page /tin-tuc/<handle>: h1.ccm-block-page-title; 'Ngày đăng: 27/06/2025 16:45' and 'Người đăng: bientap' (the "
                 "owner account, no author) in ccm-block-page-attribute-display wrappers, then 'Tác giả: Hồng Nhung' (the custom "
                 "attribute: the author); a <figure> with <figcaption>; a conversation message with its own date after the "
                 "Next/Previous block"],
          **at(datetime(2025, 6, 27, 16, 45))),
        A(path="", title="Thông báo về việc tạm dừng tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
LIÊN MINH HTX TỈNH VĨNH PHÚC
Số: 52/TB-LMHTX
Vĩnh Phúc, ngày 16 tháng 6 năm 2025
THÔNG BÁO
Về việc tạm dừng tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX
Để phục vụ công tác bàn giao khi hợp nhất tỉnh, Quỹ hỗ trợ phát triển HTX tỉnh Vĩnh Phúc tạm dừng tiếp nhận hồ sơ vay vốn mới từ ngày 20/6/2025.
Các hồ sơ đã nộp trước thời điểm trên vẫn được thẩm định và giải ngân theo quy định.
Nơi nhận:
- Các HTX, liên hiệp HTX;
- Lưu: VT, Quỹ.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Minh Hạnh
""", author=None, doc_number="52/TB-LMHTX",
          attachments=[{"path": "/download_file/318/224", "text": "TB-52-LMHTX-tam-dung-vay-von.pdf"}],
          opts={"cid": 224, "topic": 43, "owner": 7, "tags": ["Quỹ hỗ trợ"], "comments": [],
                "file": (318, "TB-52-LMHTX-tam-dung-vay-von.pdf")},
          notes=["notice 'Số: 52/TB-LMHTX' (place-date line 16/6), public date 17/06/2025 10:20; the signer ends the text, "
                 "author null; the File block 'Tải văn bản: TB-52-LMHTX-tam-dung-vay-von.pdf' (/download_file/318/224, a 302 to "
                 "/application/files/…pdf) after the content: an attachment, not text"],
          **at(datetime(2025, 6, 17, 10, 20))),
        A(path="", title="HTX Rau an toàn Tứ Trưng cung ứng 1.200 tấn rau mỗi năm",
          body="""
HTX Rau an toàn Tứ Trưng hiện có 85 thành viên, canh tác 42 ha rau theo tiêu chuẩn VietGAP.
[img rau-tu-trung.png] Thành viên HTX thu hoạch rau cải
Mỗi ngày, HTX cung ứng từ 3 đến 4 tấn rau cho các bếp ăn tập thể của khu công nghiệp và hệ thống siêu thị.
HTX đầu tư hệ thống tưới tiết kiệm và nhà sơ chế đạt chuẩn nhờ nguồn vốn vay ưu đãi 1,5 tỷ đồng.
Bài, ảnh: Trần Quốc Huy
""", author="Trần Quốc Huy",
          opts={"cid": 219, "topic": 42, "owner": 4, "tags": ["VietGAP", "Nông nghiệp"], "comments": []},
          notes=["no 'Tác giả' attribute: the closing paragraph 'Bài, ảnh: Trần Quốc Huy' names the author"],
          **at(datetime(2025, 6, 5, 8, 30))),
        A(path="", title="Kết quả phát triển HTX 5 tháng đầu năm 2025",
          body="""
Trong 5 tháng đầu năm, toàn tỉnh thành lập mới 17 HTX, giải thể 4 HTX ngừng hoạt động lâu năm.
| Chỉ tiêu | 5 tháng 2024 | 5 tháng 2025 |
| HTX thành lập mới | 12 | 17 |
| HTX giải thể | 6 | 4 |
| Tổng số HTX đang hoạt động | 642 | 667 |
Liên minh HTX tỉnh đề nghị các huyện, thành phố tiếp tục rà soát, hướng dẫn các HTX tổ chức lại theo Luật HTX năm 2023.
""", author=None,
          opts={"cid": 212, "topic": 42, "owner": 7, "author": "Phòng Tuyên truyền - Kiểm tra", "tags": ["Số liệu"], "comments": []},
          notes=["a table (th header row, one line per row); the 'Tác giả' attribute names an office: the page says so, but a "
                 "department is no person: author null"],
          **at(datetime(2025, 5, 30, 15, 10))),
        A(path="", title="Hội chợ nông sản và sản phẩm OCOP Vĩnh Phúc 2025 thu hút 60 HTX",
          body="""
Từ ngày 15 đến 18/5, tại Quảng trường Hồ Chí Minh, thành phố Vĩnh Yên, Liên minh HTX tỉnh phối hợp tổ chức Hội chợ nông sản và sản phẩm OCOP năm 2025.
Hội chợ có 120 gian hàng, trong đó 60 HTX mang đến các sản phẩm tiêu biểu như su su Tam Đảo, bí đỏ Vĩnh Tường, gà đồi Tam Dương.
[img hoi-cho-ocop-2025.png] Khách tham quan gian hàng su su Tam Đảo
Doanh thu bán hàng tại hội chợ ước đạt 3,2 tỷ đồng; 14 biên bản ghi nhớ tiêu thụ sản phẩm được ký kết.
""", author="Minh Quân",
          opts={"cid": 205, "topic": 41, "owner": 4, "author": "Minh Quân", "tags": ["OCOP", "Hội chợ"], "video": True,
                "comments": [("Khách", datetime(2025, 5, 19, 21, 4), "Năm sau nên tổ chức vào cuối tuần để đông khách hơn."),
                             ("HTX Bí đỏ Vĩnh Tường", datetime(2025, 5, 20, 8, 30), "Cảm ơn Ban tổ chức đã tạo điều kiện cho HTX.")]},
          notes=["an HTML block (div.HTMLBlock: an embedded video iframe placeholder 'Video: Khai mạc hội chợ') between the "
                 "content blocks: not text; two conversation messages with dates after the article"],
          **at(datetime(2025, 5, 19, 9, 0))),
        A(path="", title="Tập huấn nghiệp vụ kế toán cho HTX nông nghiệp",
          body="""
Ngày 24/4, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán theo Thông tư 71/2019/TT-BTC cho 80 kế toán HTX nông nghiệp.
Nội dung tập huấn gồm:
* Hệ thống tài khoản và sổ sách kế toán áp dụng cho HTX;
* Lập báo cáo tài chính năm;
* Phân phối thu nhập và trích lập các quỹ.
""", author=None,
          opts={"cid": 198, "topic": 41, "owner": 7, "tags": ["Đào tạo"], "comments": []},
          notes=["no attribute, no byline: author null; a list after 'Nội dung tập huấn gồm:'"],
          **at(datetime(2025, 4, 25, 14, 0))),
        A(path="", title="HTX Chăn nuôi Tam Dương xây dựng chuỗi gà đồi an toàn",
          body="""
HTX Chăn nuôi Tam Dương liên kết 34 hộ nuôi gà đồi, cung cấp ra thị trường khoảng 180 tấn gà thương phẩm mỗi năm.
HTX thống nhất quy trình chăn nuôi, sử dụng thức ăn có nguồn gốc rõ ràng và tiêm phòng đầy đủ.
Sản phẩm gà đồi Tam Dương đã đạt chứng nhận OCOP 3 sao năm 2024.
""", author="Thu Trang",
          opts={"cid": 190, "topic": 42, "owner": 4, "author": "Thu Trang", "tags": ["OCOP"], "comments": []},
          notes=["only on the list's second page (/tin-tuc?ccm_paging_p=2) and its topic list"],
          **at(datetime(2025, 4, 8, 10, 30))),
        A(path="", title="Hội nghị Ban Thường vụ Liên minh HTX tỉnh quý I năm 2025",
          body="""
Ngày 28/3, Ban Thường vụ Liên minh HTX tỉnh tổ chức hội nghị đánh giá kết quả công tác quý I và triển khai nhiệm vụ quý II năm 2025.
Quý I, Liên minh đã tư vấn thành lập mới 8 HTX, tổ chức 2 lớp tập huấn và giải ngân 3,6 tỷ đồng vốn vay cho 5 dự án.
Hội nghị thống nhất tập trung chuẩn bị các điều kiện cho việc sắp xếp tổ chức bộ máy theo chủ trương của Trung ương.
Văn Hải
""", author="Văn Hải",
          opts={"cid": 184, "topic": 41, "owner": 4, "tags": [], "comments": []},
          notes=["the bare name 'Văn Hải' closes the text (author); oldest page"],
          **at(datetime(2025, 3, 28, 16, 0))),
    ]


def content(a: RichArticle) -> str:
    """The Main area: content blocks (an HTML block cuts the text in two where the page has one)."""
    parts, cur = [], []
    blocks = a.blocks
    for k, b in enumerate(blocks):
        if b.kind == "p":
            cur.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "ul":
            cur.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "table":
            cur.append(table_html(b, css="table table-bordered"))
        elif b.kind == "img":
            cur.append(f'<figure class="image"><img src="/application/files/{fpath(b.src)}" alt="{attr(b.text)}" width="800" height="533">'
                       f'<figcaption>{esc(b.text)}</figcaption></figure>')
            if a.opts.get("video"):
                parts.append("\n".join(cur))
                cur = []
                parts.append(f'<div id="HTMLBlock{a.opts["cid"] * 3}" class="HTMLBlock"><div class="video-embed ratio ratio-16x9">'
                             f'<iframe src="{{{{base:offsite}}}}/youtube-embed/hoi-cho-ocop-2025" title="Video: Khai mạc hội chợ" '
                             f'allowfullscreen></iframe></div></div>')
    parts.append("\n".join(cur))
    return "\n".join(parts)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-phuc", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        a.path = f"/tin-tuc/{handle(a.title)}"

    def layout(title: str, cid: int, ptype: str, main: str, *, desc: str = "", canonical: str = "", head: str = "",
               crumbs: list[tuple[str, str]] = ()) -> str:
        bc = "".join(f'<li class="breadcrumb-item"><a href="{h}" target="_self">{esc(t)}</a></li>' for t, h in crumbs[:-1])
        if crumbs:
            bc += f'<li class="breadcrumb-item active">{esc(crumbs[-1][0])}</li>'
        latest = "".join(f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-title"><a href="{a.path}" target="_self">{esc(a.title)}</a></div>'
                         f'<div class="ccm-block-page-list-date">{a.date:%d/%m/%Y}</div></div>' for a in news[:5])
        topics = "".join(f'<li><a href="/tin-tuc/topic/{t}/{h}">{esc(n)}</a></li>' for t, (n, h) in TOPICS.items())
        months = sorted({(a.date.year, a.date.month) for a in news}, reverse=True)
        arch = "".join(f'<li><a href="/tin-tuc/{y}/{m:02d}">Tháng {m}/{y}</a></li>' for y, m in months)
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}">\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">

<title>{esc(NAME)} :: {esc(title)}</title>

<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="description" content="{attr(desc)}"/>
<meta name="generator" content="Concrete CMS"/>
{canon}{head}<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "{{{{base}}}}";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "vi_VN";
    var CCM_USER_REGISTERED = false;
</script>
<link href="/concrete/css/features/imagery/frontend.css?ccm_nocache=1e0b7c3d9a" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/css/features/social/frontend.css?ccm_nocache=1e0b7c3d9a" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/css/features/conversations/frontend.css?ccm_nocache=1e0b7c3d9a" rel="stylesheet" type="text/css" media="all">
<link href="/application/themes/lmhtx/css/main.css" rel="stylesheet" type="text/css" media="all">
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="{{{{base}}}}/rss/tin-tuc">
</head>
<body>

<div class="ccm-page ccm-page-id-{cid} page-type-{ptype} page-template-right-sidebar">
<header>
    <div class="container"><div class="row">
        <div class="col-sm-4 col-xs-6"><div class="ccm-custom-style-container ccm-custom-style-headersitetitle-71"><a href="/" id="header-site-title"><img src="/application/files/{fpath('logo-lmhtx-vinh-phuc.png')}" alt="{attr(NAME)}" width="360" height="72" class="ccm-image-block img-fluid bID-71"></a></div></div>
        <div class="col-sm-8 col-xs-6"><nav class="ccm-responsive-navigation original"><ul>
            <li class=""><a href="/" target="_self" class="">Trang chủ</a></li>
            <li class=""><a href="/gioi-thieu" target="_self" class="">Giới thiệu</a></li>
            <li class="nav-path-selected"><a href="/tin-tuc" target="_self" class="nav-path-selected">Tin tức</a></li>
            <li class=""><a href="/lien-he" target="_self" class="">Liên hệ</a></li>
        </ul></nav></div>
    </div></div>
</header>
<main>
<div class="container"><div class="row">
<div class="col-sm-12"><nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/" target="_self">Trang chủ</a></li>{bc}</ol></nav></div>
<div class="col-md-8 area-content">
{main}
</div>
<div class="col-md-4 col-sidebar"><div class="area-sidebar">
    <div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Tin mới</h5></div><div class="ccm-block-page-list-pages">{latest}</div></div>
    <div class="ccm-block-topic-list-wrapper"><div class="ccm-block-topic-list-header"><h5>Chủ đề</h5></div><ul class="ccm-block-topic-list-list">{topics}</ul></div>
    <div class="ccm-block-date-navigation-wrapper"><div class="ccm-block-date-navigation-header"><h5>Lưu trữ</h5></div><ul class="ccm-block-date-navigation-dates">{arch}</ul></div>
</div></div>
</div></div>
</main>
<footer id="footer-theme">
    <section><div class="container"><div class="row"><div class="col-sm-12">
        <p>Liên minh Hợp tác xã tỉnh Vĩnh Phúc - Số 38 đường Nguyễn Trãi, phường Đống Đa, thành phố Vĩnh Yên</p>
        <p>Điện thoại: 0211.3862.451 | Email: lienminhhtx@vinhphuc.gov.vn</p>
    </div></div></div></section>
    <section id="footer-note"><div class="container"><div class="row"><div class="col-sm-12">
        <p><span id="ccm-account-menu-container"></span>© 2025 Liên minh Hợp tác xã tỉnh Vĩnh Phúc <span class="pull-right"><a href="{{{{base:offsite}}}}/concretecms/" target="_blank">Xây dựng trên Concrete CMS</a> &nbsp;&nbsp; <a href="/login">Đăng nhập</a></span></p>
    </div></div></div></section>
</footer>
</div>
<div class="ccm-cookie-disclosure ccm-cookie-disclosure-bottom" role="dialog"><div class="ccm-cookie-disclosure-text"><p>{COOKIE}</p></div><button type="button" class="btn btn-primary ccm-cookie-disclosure-accept">Tôi đồng ý</button></div>
<script type="text/javascript" src="/concrete/js/features/imagery/frontend.js?ccm_nocache=1e0b7c3d9a"></script>
<script type="text/javascript" src="/application/themes/lmhtx/js/main.js"></script>
</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for i, a in enumerate(news):
        o = a.opts
        attrs = (f'<div class="ccm-block-page-attribute-display-wrapper"><span class="ccm-block-page-attribute-display-title">Ngày đăng:</span> '
                 f'{a.date:%d/%m/%Y %H:%M}</div>\n'
                 f'<div class="ccm-block-page-attribute-display-wrapper"><span class="ccm-block-page-attribute-display-title">Người đăng:</span> '
                 f'{USERS[o["owner"]]}</div>\n')
        if o.get("author"):
            attrs += (f'<div class="ccm-block-page-attribute-display-wrapper"><span class="ccm-block-page-attribute-display-title">Tác giả:</span> '
                      f'{esc(o["author"])}</div>\n')
        file_ = ""
        if a.attachments:
            fid, fname = o["file"]
            file_ = f'<div class="ccm-block-file"><a href="/download_file/{fid}/{o["cid"]}">Tải văn bản: {esc(fname)}</a></div>'
        tags = ""
        if o["tags"]:
            tags = ('<div class="ccm-block-tags-wrapper"><div class="ccm-block-tags-header"><h5>Thẻ</h5></div>'
                    + "".join(f'<a href="/tim-kiem?tag={handle(t)}" class="btn btn-secondary btn-sm">{esc(t)}</a> ' for t in o["tags"]) + "</div>")
        share = ('<div class="ccm-block-share-this-page"><h5>Chia sẻ</h5><ul class="list-inline">'
                 f'<li class="list-inline-item"><a href="{{{{base:offsite}}}}/facebook-sharer/?u={a.path}" target="_blank" rel="noopener noreferrer" aria-label="Facebook"><i class="fab fa-facebook" aria-hidden="true" title="Facebook"></i></a></li>'
                 f'<li class="list-inline-item"><a href="{{{{base:offsite}}}}/twitter-intent/?url={a.path}" target="_blank" rel="noopener noreferrer" aria-label="Twitter"><i class="fab fa-twitter" aria-hidden="true" title="Twitter"></i></a></li>'
                 f'<li class="list-inline-item"><a href="mailto:?body={attr(a.title)}" aria-label="Email"><i class="fas fa-envelope" aria-hidden="true" title="Email"></i></a></li></ul></div>')
        prev_ = news[i + 1] if i + 1 < len(news) else None
        next_ = news[i - 1] if i > 0 else None
        np = ('<div class="ccm-block-next-previous-wrapper">'
              + (f'<div class="ccm-block-next-previous-previous"><p class="ccm-block-next-previous-previous-link"><a href="{prev_.path}">&laquo; Bài trước</a></p>'
                 f'<p class="ccm-block-next-previous-previous-title">{esc(prev_.title)}</p></div>' if prev_ else "")
              + '<p class="ccm-block-next-previous-parent-link"><a href="/tin-tuc">Quay lại danh sách</a></p>'
              + (f'<div class="ccm-block-next-previous-next"><p class="ccm-block-next-previous-next-link"><a href="{next_.path}">Bài sau &raquo;</a></p>'
                 f'<p class="ccm-block-next-previous-next-title">{esc(next_.title)}</p></div>' if next_ else "")
              + "</div>")
        msgs = "".join(f'<div class="ccm-conversation-message ccm-conversation-message-level0" data-conversation-message-id="{o["cid"] * 10 + k}">'
                       f'<div class="ccm-conversation-message-user"><div class="ccm-conversation-avatar"><img src="/concrete/images/avatar_none.png" alt="" class="u-avatar"></div>'
                       f'<div class="ccm-conversation-message-byline"><span class="ccm-conversation-message-username">{esc(who)}</span>'
                       f'<span class="ccm-conversation-message-divider">|</span><span class="ccm-conversation-message-date">{when:%d/%m/%Y %H:%M}</span></div></div>'
                       f'<div class="ccm-conversation-message-body">{esc(txt)}</div></div>' for k, (who, when, txt) in enumerate(o["comments"], 1))
        conv = (f'<div class="ccm-conversation-wrapper" data-conversation-id="{o["cid"] // 3}"><h4>Bình luận</h4>'
                f'<div class="ccm-conversation-messages">{msgs}</div><form class="ccm-conversation-add-new-message" method="post" action="/ccm/system/dialogs/conversation/add_message">'
                '<input type="text" name="cnvMessageAuthorName" placeholder="Họ tên"><textarea name="cnvMessageBody"></textarea>'
                '<button type="submit" class="btn btn-primary">Gửi bình luận</button></form></div>')
        main = (f'<div class="ccm-custom-style-container ccm-block-page-title-wrapper"><h1 class="ccm-block-page-title page-title">{esc(a.title)}</h1></div>\n'
                f'{attrs}{content(a)}\n{file_}\n{tags}\n{share}\n{np}\n{conv}')
        img = a.first_image()
        og = (f'<meta property="og:title" content="{attr(a.title)}">\n<meta property="og:type" content="article">\n'
              f'<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
              + (f'<meta property="og:image" content="{{{{base}}}}/application/files/thumbnails/large/{fpath(img)}">\n' if img else ""))
        desc = " ".join(a.text_lines()[0].split()[:30])
        page(a.path, layout(a.title, o["cid"], "blog-entry", main, desc=desc, canonical=a.path, head=og,
                            crumbs=[("Tin tức", "/tin-tuc"), (a.title, a.path)]))
        site.same_page(f"/index.php?cID={o['cid']}", a.path)
        a.aliases.append(f"/index.php?cID={o['cid']}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/application/files/{fpath(b.src)}", image_for(b.src))
                site.binary(f"/application/files/thumbnails/file_manager_detail/{fpath(b.src)}", image_for(b.src))
        for x in a.attachments:
            fid, fname = o["file"]
            site.binary(f"/application/files/{fpath(fname)}", pdf(a.title, ["THONG BAO SO 52/TB-LMHTX", "Tam dung tiep nhan ho so vay von"]))
            site.redirect(x["path"], f"/application/files/{fpath(fname)}", 302)
        site.add_article(a)
    site.trap("every page also answers /index.php?cID=N (the feed's guid, the home page's 'Tin nổi bật' link) with rel=canonical "
              "to /tin-tuc/<handle>: an alias; /download_file/<fID>/<cID> 302s to the file under /application/files/", news[0].path)

    # lists
    def entry(a: RichArticle) -> str:
        img = a.first_image()
        thumb = (f'<div class="ccm-block-page-list-page-entry-thumbnail"><a href="{a.path}" target="_self"><img src="/application/files/thumbnails/file_manager_detail/{fpath(img)}" '
                 f'alt="{attr(a.title)}" width="300" height="200" class="img-fluid"></a></div>') if img else ""
        desc = " ".join(a.text_lines()[0].split()[:30]) + "…"
        return (f'<div class="ccm-block-page-list-page-entry-horizontal">{thumb}<div class="ccm-block-page-list-page-entry-text">'
                f'<div class="ccm-block-page-list-title"><a href="{a.path}" target="_self">{esc(a.title)}</a></div>'
                f'<div class="ccm-block-page-list-date">{a.date:%d/%m/%Y}</div>'
                f'<div class="ccm-block-page-list-description">{esc(desc)}</div>'
                f'<div class="ccm-block-page-list-page-entry-read-more"><a href="{a.path}" target="_self" class="ccm-block-page-list-read-more">Xem tiếp</a></div></div></div>')

    def plist(items: list[RichArticle], base: str, title: str, cid: int, heading: str) -> None:
        per = 6
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}?ccm_paging_p={n}"
            pag = ""
            if len(chunks) > 1:
                lis = "".join(f'<li class="page-item active"><span class="page-link">{k} <span class="sr-only">(hiện tại)</span></span></li>' if k == n else
                              f'<li class="page-item"><a class="page-link" href="{base if k == 1 else f"{base}?ccm_paging_p={k}"}">{k}</a></li>' for k in range(1, len(chunks) + 1))
                prev_ = (f'<li class="page-item prev"><a class="page-link" href="{base if n == 2 else f"{base}?ccm_paging_p={n - 1}"}">&larr; Trước</a></li>' if n > 1 else
                         '<li class="page-item prev disabled"><span class="page-link">&larr; Trước</span></li>')
                next_ = (f'<li class="page-item next"><a class="page-link" href="{base}?ccm_paging_p={n + 1}">Tiếp &rarr;</a></li>' if n < len(chunks) else
                         '<li class="page-item next disabled"><span class="page-link">Tiếp &rarr;</span></li>')
                pag = f'<div class="ccm-pagination-wrapper"><ul class="pagination">{prev_}{lis}{next_}</ul></div>'
            main = (f'<div class="ccm-custom-style-container ccm-block-page-title-wrapper"><h1 class="ccm-block-page-title page-title">{esc(heading)}</h1></div>'
                    f'<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-pages">{"".join(entry(a) for a in chunk)}</div></div>{pag}')
            page(path, layout(title, cid, "page", main, canonical=base if n == 1 else path, crumbs=[("Tin tức", "/tin-tuc")] + ([(heading, base)] if base != "/tin-tuc" else [])))
            site.non_articles.append(path)

    plist(news, "/tin-tuc", "Tin tức", 156, "Tin tức")
    for t, (n, h) in TOPICS.items():
        plist([a for a in news if a.opts["topic"] == t], f"/tin-tuc/topic/{t}/{h}", n, 156, n)
    for y, m in sorted({(a.date.year, a.date.month) for a in news}):
        plist([a for a in news if (a.date.year, a.date.month) == (y, m)], f"/tin-tuc/{y}/{m:02d}", f"Tháng {m}/{y}", 156, f"Lưu trữ tháng {m}/{y}")
    site.trap("the page list /tin-tuc (6 entries a page: title, 'dd/mm/yyyy', the description and 'Xem tiếp'; "
              "ccm-pagination-wrapper ?ccm_paging_p=2), topic filters /tin-tuc/topic/<id>/<handle>, month filters "
              "/tin-tuc/2025/05: listings", "/tin-tuc?ccm_paging_p=2")

    # home, pages
    top = news[0]
    home = (f'<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Tin nổi bật</h5></div><div class="ccm-block-page-list-pages">'
            f'<div class="ccm-block-page-list-page-entry-horizontal"><div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title">'
            f'<a href="/index.php?cID={top.opts["cid"]}" target="_self">{esc(top.title)}</a></div><div class="ccm-block-page-list-date">{top.date:%d/%m/%Y}</div></div></div></div></div>'
            f'<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Tin tức</h5></div><div class="ccm-block-page-list-pages">'
            + "".join(entry(a) for a in news[1:5]) + '</div></div>')
    page("/", layout("Trang chủ", 1, "page", home, canonical="/"))
    site.same_page("/index.php", "/")
    site.non_articles += ["/", "/index.php"]
    for path, title, cid, text in (("/gioi-thieu", "Giới thiệu", 150, "Liên minh HTX tỉnh Vĩnh Phúc được tái lập năm 1997, đại diện và hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh."),
                                   ("/lien-he", "Liên hệ", 151, "Mọi ý kiến xin gửi về Văn phòng Liên minh HTX tỉnh Vĩnh Phúc.")):
        page(path, layout(title, cid, "page", f'<h1 class="ccm-block-page-title page-title">{title}</h1><p>{esc(text)}</p>', canonical=path, crumbs=[(title, path)]))
        site.non_articles.append(path)
    page("/login", layout("Đăng nhập", 160, "page", '<div class="login-page"><form method="post" action="/login/authenticate/concrete"><input name="uName"><input type="password" name="uPassword"></form></div>'))
    site.never_fetched.append("/login")
    for a in news:
        for t in a.opts["tags"]:
            q = f"/tim-kiem?tag={handle(t)}"
            if q not in site.html_pages:
                page(q, layout("Tìm kiếm", 162, "page", f'<h1 class="ccm-block-page-title page-title">Tìm kiếm</h1><p>Kết quả cho thẻ {esc(t)}</p>'))
                site.never_fetched.append(q)

    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.text_lines()[0])}</description>"
                    f"<guid>{{{{base}}}}/index.php?cID={a.opts['cid']}</guid><pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>" for a in news)
    site.page("/rss/tin-tuc", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Tin tức</title><link>{{{{base}}}}/tin-tuc</link>'
              f'<description>Tin tức Liên minh HTX tỉnh Vĩnh Phúc</description>{items}</channel></rss>\n', content_type="application/rss+xml; charset=UTF-8")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url>" for a in news)
    site.static("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')
    site.static("/robots.txt", "User-agent: *\nDisallow: /application/attributes\nDisallow: /application/authentication\nDisallow: /application/bootstrap\n"
                "Disallow: /application/config\nDisallow: /application/controllers\nDisallow: /application/elements\nDisallow: /application/helpers\n"
                "Disallow: /application/jobs\nDisallow: /application/languages\nDisallow: /application/mail\nDisallow: /application/models\n"
                "Disallow: /application/page_types\nDisallow: /application/single_pages\nDisallow: /application/tools\nDisallow: /application/views\n"
                "Disallow: /ccm/system/captcha/picture\nDisallow: /LICENSE.TXT\nDisallow: /login\nDisallow: /tim-kiem\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    site.trap("the feed /rss/tin-tuc (guids /index.php?cID=N) and /sitemap.xml: feeds; the Tags block links /tim-kiem?tag=… "
              "(robots-disallowed search); /login is disallowed", "/rss/tin-tuc")
    site.binary(f"/application/files/{fpath('logo-lmhtx-vinh-phuc.png')}", image_for("logo-vp"))
    site.binary("/concrete/images/avatar_none.png", image_for("avatar"))
    return site
