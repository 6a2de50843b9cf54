"""Site `lmhtx-bacgiang` (registry family `generic`): a Drupal 7 site of the Bắc Giang alliance
(now merged into Bắc Ninh; only lmhtx.bacgiang.gov.vn is known), built blind as a held-out test:
no family module, no selectors.

Every article is a node, reachable at `/node/<n>` and at its path alias `/tin-tuc/<slug>` (both
linked: the front page's "Tin nổi bật" block and the taxonomy pages use the node address); the
head names the alias as rel=canonical and `/node/<n>` as rel=shortlink. The node shows Drupal's
untranslated "Submitted by quantri on Thu, 03/14/2024 - 08:12" in the default US format (month
first: "03/07/2024" is 7 March), while the Views listing `/tin-tuc` prints its own day-first field
("14/03/2024"); the listing's pager is 0-based (`?page=1` is the second page). The body is the
`field-name-body` field, an optional summary field above it, the author the inline-labelled field
`field-name-field-tac-gia` ("Tác giả:") after it, then tags linking `/taxonomy/term/<n>`, a print
link `/print/<n>` (the print module's page: the same text, noindex), and under some articles the
visitors' comments, each dated ("Gửi bởi Nguyễn Văn A lúc 15/03/2024 - 09:40"), and a comment
form. `<title>` is "Title | site name".
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-bacgiang"
NAME = "Liên minh Hợp tác xã tỉnh Bắc Giang"
SHORT = "Liên minh HTX tỉnh Bắc Giang"
PER_PAGE = 4
LISTING = "/tin-tuc"
ABOUT = "/gioi-thieu"
ABOUT_NODE = 2
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/search/node/ocop"
TERMS = {3: "OCOP", 7: "Chuyển đổi số", 9: "Văn bản"}
PDF_PATH = "/sites/default/files/van-ban/12-KH-LMHTX.pdf"

TODAY = f"Hôm nay: {weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Chào mừng kỷ niệm 79 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2025)",
           "Hợp tác xã - Vì sự phát triển bền vững của cộng đồng"]
SIDE = ["Tin tiêu điểm", "Tin liên quan", "Thời tiết Bắc Giang", "Có mưa rào rải rác", "Độ ẩm: 82%",
        "Thống kê truy cập", "Đang online: 9", "Hôm nay: 157", "Tổng lượt truy cập: 918.204", "Liên kết website"]
POLL_Q = "Bạn quan tâm nội dung nào trên Trang thông tin của Liên minh HTX tỉnh?"
POLL_A = ("Chính sách hỗ trợ hợp tác xã", "Sản phẩm OCOP Bắc Giang", "Gương HTX điển hình")
FOOTER = ["Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Bắc Giang",
          "Chịu trách nhiệm nội dung: Ông Ngô Văn Thành - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 18/GP-TTĐT ngày 22/6/2017 của Sở Thông tin và Truyền thông tỉnh Bắc Giang",
          "Địa chỉ: Số 45 đường Nguyễn Văn Cừ, thành phố Bắc Giang - Điện thoại: 0204.3854.612",
          "Ghi rõ nguồn khi phát hành lại thông tin từ website này"]
LABELS = ["Tác giả:", "Từ khóa:", "Bản in", "Ý kiến bạn đọc", "Gửi ý kiến", "Tên của bạn",
          "Tăng tương phản", "Giảm tương phản", "Bình chọn", "Xem kết quả", "Submitted by"]
# The visitors' comments (on article pages, never article text).
COMMENTS = {
    "vai-thieu": [("Nguyễn Văn An", datetime(2024, 6, 18, 9, 40), "Vải thiều Lục Ngạn ngon thật",
                   "Năm nay nhà tôi ở Hà Nội đặt mua qua sàn, quả to, cùi dày, giao hàng nhanh."),
                  ("Trần Thị Mai", datetime(2024, 6, 19, 20, 5), "Hỏi địa chỉ mua",
                   "Cho tôi hỏi HTX có điểm bán ở thành phố Bắc Ninh không ạ?")],
    "ga-doi": [("Lê Quang Huy", datetime(2024, 3, 15, 9, 40), "Ý kiến",
                "Mong Liên minh tiếp tục hỗ trợ HTX đăng ký nhãn hiệu cho gà đồi Yên Thế.")],
}

A_ = Article


def articles() -> list[Article]:
    return [
        A_(path="/tin-tuc/vai-thieu-luc-ngan-cua-htx-len-san-thuong-mai-dien-tu", title="Vải thiều Lục Ngạn của HTX lên sàn thương mại điện tử",
           date=datetime(2024, 6, 17, 15, 20), opts={"node": 412},
           lead="Vụ vải năm 2024, ba HTX ở huyện Lục Ngạn bán được hơn 600 tấn vải thiều qua các sàn thương mại điện tử.",
           body="""
HTX Nông sản sạch Phượng Sơn, HTX Vải thiều Hồng Giang và HTX Dịch vụ nông nghiệp Quý Sơn đều được Liên minh HTX tỉnh hướng dẫn mở gian hàng trực tuyến từ đầu vụ.
Mỗi HTX cử hai thành viên trẻ phụ trách chụp ảnh, livestream tại vườn và trả lời khách hàng; đơn hàng được đóng thùng xốp, bảo quản lạnh trước khi giao.
[img vai-thieu-livestream.png] Thành viên HTX Phượng Sơn livestream bán vải tại vườn
## Giá bán ổn định hơn thương lái
Nhờ bán trực tiếp cho người tiêu dùng, giá vải của các HTX cao hơn giá thương lái thu mua từ 3.000 đến 5.000 đồng/kg.
Liên minh HTX tỉnh sẽ tiếp tục phối hợp với các sàn để đưa thêm nhãn, na và gà đồi của HTX lên bán trực tuyến.
""",
           author="Nguyễn Thu Hà",
           notes=["visitors' comments under the article, each dated after it ('Gửi bởi Nguyễn Văn An lúc 18/06/2024 - 09:40'), "
                  "and a comment form: not text, not the publication date"]),
        A_(path="/tin-tuc/htx-ga-doi-yen-the-mo-rong-lien-ket-tieu-thu", title="HTX gà đồi Yên Thế mở rộng liên kết tiêu thụ",
           date=datetime(2024, 3, 14, 8, 12), opts={"node": 398},
           body="""
HTX Chăn nuôi gà đồi Đồng Tâm (huyện Yên Thế) vừa ký hợp đồng cung ứng gà thịt cho hai chuỗi cửa hàng thực phẩm tại Hà Nội.
Theo hợp đồng, mỗi tháng HTX cung cấp khoảng 8 tấn gà đã qua giết mổ, có tem truy xuất nguồn gốc.
[img ga-doi-dong-tam.png] Đàn gà của một hộ thành viên HTX Đồng Tâm
HTX hiện có 47 thành viên với tổng đàn gần 120.000 con, chăn nuôi theo quy trình VietGAP.
""",
           author="Trần Minh Đức",
           notes=["'Submitted by quantri on Thu, 03/14/2024 - 08:12': Drupal's default date format, month first "
                  "(the Views listing prints 14/03/2024); 'quantri' is the CMS account, not the author (the "
                  "'Tác giả:' field names Trần Minh Đức); a visitor's comment dated 15/03/2024 - 09:40 below"]),
        A_(path="/tin-tuc/lien-minh-htx-tinh-tap-huan-chuyen-doi-so-cho-can-bo-htx", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ HTX",
           date=datetime(2024, 3, 7, 9, 30), opts={"node": 391},
           lead="Trong hai ngày 5 và 6/3, Liên minh HTX tỉnh Bắc Giang tổ chức lớp tập huấn chuyển đổi số cho 70 cán bộ quản lý HTX.",
           body="""
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử, chữ ký số và cách quảng bá sản phẩm trên mạng xã hội.
Nội dung tập huấn gồm:
* Ứng dụng phần mềm quản lý thành viên và kế toán HTX;
* Kỹ năng chụp ảnh, viết bài giới thiệu sản phẩm;
* Thanh toán không dùng tiền mặt và bảo mật tài khoản.
Kết thúc lớp học, mỗi HTX xây dựng một kế hoạch chuyển đổi số của đơn vị mình trong năm 2024.
""",
           author="Nguyễn Thu Hà",
           notes=["'Submitted by quantri on Thu, 03/07/2024 - 09:30': month first, ambiguous on the page alone "
                  "(both numbers under 13; the English weekday says Thursday, 7 March); the listing prints 07/03/2024"]),
        A_(path="/tin-tuc/ke-hoach-to-chuc-tuan-hang-san-pham-htx-nam-2024", title="Kế hoạch tổ chức Tuần hàng sản phẩm HTX tỉnh Bắc Giang năm 2024",
           date=datetime(2024, 4, 8, 14, 0), opts={"node": 402}, doc_number="12/KH-LMHTX",
           attachments=[{"path": PDF_PATH, "text": "12-KH-LMHTX.pdf"}],
           body="""
Số: 12/KH-LMHTX
Bắc Giang, ngày 05 tháng 4 năm 2024
## KẾ HOẠCH Tổ chức Tuần hàng sản phẩm hợp tác xã tỉnh Bắc Giang năm 2024
Căn cứ Chương trình công tác năm 2024 của Liên minh Hợp tác xã tỉnh, Liên minh HTX tỉnh xây dựng kế hoạch tổ chức Tuần hàng như sau:
- Thời gian: từ ngày 20/5 đến ngày 26/5/2024; địa điểm: Quảng trường 3/2, thành phố Bắc Giang.
- Quy mô: 80 gian hàng của các HTX, tổ hợp tác trong tỉnh và một số tỉnh bạn.
- Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 10/5/2024.
Nơi nhận: Các HTX trong tỉnh; Lưu: VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Thị Lan
""",
           author=None,
           notes=["official plan posted 'Thu, 04/08/2024 - 14:00' (8 April, month first) with 'Số: 12/KH-LMHTX' and "
                  "the place-date line 'Bắc Giang, ngày 05 tháng 4 năm 2024' (the document's day, not the posting "
                  "day); signer last, no 'Tác giả:' field (author null); the PDF in the file field 'Tệp đính kèm:'"]),
        A_(path="/tin-tuc/htx-nhan-chin-muon-luc-nam-dat-ocop-3-sao", title="HTX nhãn chín muộn Lục Nam đạt OCOP 3 sao",
           date=datetime(2024, 1, 22, 10, 45), opts={"node": 377},
           body="""
Sản phẩm nhãn chín muộn của HTX Nông nghiệp Bảo Sơn (huyện Lục Nam) vừa được UBND tỉnh công nhận đạt chuẩn OCOP 3 sao.
Vùng nhãn của HTX rộng 35 ha, cho thu hoạch vào tháng 9, muộn hơn nhãn ở các vùng khác gần một tháng nên được giá.
[img nhan-bao-son.png] Nhãn chín muộn của HTX Bảo Sơn
Nguồn: Báo Bắc Giang
""",
           author=None,
           notes=["last body line 'Nguồn: Báo Bắc Giang' (a source) and no 'Tác giả:' field: author null"]),
        A_(path="/tin-tuc/quy-ho-tro-phat-trien-htx-tinh-cho-vay-9-du-an", title="Quỹ hỗ trợ phát triển HTX tỉnh cho vay 9 dự án",
           date=datetime(2023, 12, 5, 16, 30), opts={"node": 360},
           body="""
Năm 2023, Quỹ hỗ trợ phát triển HTX tỉnh Bắc Giang cho 9 dự án của HTX vay 5,2 tỷ đồng với lãi suất ưu đãi.
Vốn vay chủ yếu dùng để mua máy sấy nông sản, làm kho lạnh bảo quản vải thiều và mở rộng chuồng trại chăn nuôi.
Các HTX vay vốn đều trả lãi đúng hạn; Quỹ chưa phát sinh nợ xấu.
""",
           author="Trần Minh Đức"),
        A_(path="/tin-tuc/htx-mien-chu-kien-thanh-giu-nghe-truyen-thong", title="HTX miến Chũ Kiên Thành giữ nghề truyền thống",
           date=datetime(2023, 11, 10, 7, 55), opts={"node": 352},
           body="""
Làng Thủ Dương, xã Nam Dương là nơi làm miến dong nổi tiếng nhất huyện Lục Ngạn; HTX Miến Kiên Thành được thành lập để giữ nghề và giữ thương hiệu.
HTX có 32 thành viên, mỗi năm sản xuất khoảng 400 tấn miến, tiêu thụ ở các tỉnh phía Bắc và xuất sang Đài Loan.
[img mien-chu.png] Phơi miến trên những cánh đồng ở làng Thủ Dương
Vào dịp cuối năm, HTX thuê thêm hơn 60 lao động thời vụ để kịp giao hàng Tết.
""",
           author="Phạm Hồng Nhung"),
        A_(path="/tin-tuc/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-7", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 7",
           date=datetime(2023, 10, 2, 14, 10), opts={"node": 341},
           body="""
Ngày 29/9, Liên minh HTX tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 7, nhiệm kỳ 2020 - 2025, đánh giá kết quả 9 tháng năm 2023.
Chín tháng qua, toàn tỉnh thành lập mới 41 HTX; doanh thu bình quân một HTX đạt 2,4 tỷ đồng.
Hội nghị thống nhất các nhiệm vụ trọng tâm của quý IV, trong đó có việc chuẩn bị Đại hội Liên minh HTX tỉnh nhiệm kỳ tới.
""",
           author="Phạm Hồng Nhung"),
    ]


# -- markup ------------------------------------------------------------------------------------

def node_of(a: Article) -> int:
    return a.opts["node"]


def us_submitted(d: datetime) -> str:
    return f"{d:%a}, {d:%m/%d/%Y - %H:%M}"


def img(src: str) -> str:
    return f"/sites/default/files/styles/large/public/tin-tuc/{src}"


def body_html(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img alt="" src="{img(b.src)}" style="width: 600px; height: 400px;"></p>'
                         + (f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>' if b.text else ""))
    return "\n".join(parts)


def field(name: str, items: str, label: str | None = None, kind: str = "text") -> str:
    label_html = f'<div class="field-label">{label}&nbsp;</div>' if label else ""
    css = "field-label-inline clearfix" if label else "field-label-hidden"
    return (f'<div class="field field-name-{name} field-type-{kind} {css}">{label_html}'
            f'<div class="field-items">{items}</div></div>')


def comments(a: Article) -> str:
    key = next((k for k in COMMENTS if k in a.path), None)
    if key is None:
        return ""
    out = []
    for i, (who, when, subject, text) in enumerate(COMMENTS[key], 1):
        cid = node_of(a) * 10 + i
        out.append(f'<a id="comment-{cid}"></a><div class="comment comment-by-anonymous clearfix">'
                   f'<div class="attribution"><div class="submitted">Gửi bởi <span class="username">{esc(who)}</span> '
                   f'lúc {when:%d/%m/%Y - %H:%M}</div></div>'
                   f'<div class="comment-text"><h3><a href="#comment-{cid}" class="permalink" rel="bookmark">{esc(subject)}</a></h3>'
                   f'<div class="content">{field("comment-body", f"<p>{esc(text)}</p>")}</div></div>'
                   '<ul class="links inline"><li class="comment-reply first last"><a href="#comment-form">trả lời</a></li></ul></div>')
    return f'<div id="comments" class="comment-wrapper"><h2 class="title">Ý kiến bạn đọc</h2>{"".join(out)}</div>'


def comment_form() -> str:
    return ('<h2 class="title comment-form">Gửi ý kiến</h2><form class="comment-form" id="comment-form" action="javascript:void(0)">'
            '<div class="form-item"><label>Tên của bạn </label><input type="text" name="name" size="30"></div>'
            '<div class="form-item"><label>Nội dung <span class="form-required">*</span></label>'
            '<textarea name="comment_body" rows="5"></textarea></div><input type="submit" value="Lưu"></form>')


def tags(a: Article) -> str:
    ids = [9] if a.doc_number else ([3] if "OCOP" in a.title + a.body else [7] if "số" in a.title else [3, 7])
    items = "".join(f'<div class="field-item {"even" if i % 2 == 0 else "odd"}"><a href="/taxonomy/term/{t}">{TERMS[t]}</a></div>'
                    for i, t in enumerate(ids))
    return field("field-tags", items, "Từ khóa:", "taxonomy-term-reference")


def node_html(a: Article) -> str:
    n = node_of(a)
    summary = field("field-tom-tat", f'<div class="field-item even"><strong>{inline_html(a.lead)}</strong></div>') if a.lead else ""
    body = field("body", f'<div class="field-item even" property="content:encoded">{body_html(a)}</div>', kind="text-with-summary")
    author = field("field-tac-gia", f'<div class="field-item even">{esc(a.author)}</div>', "Tác giả:") if a.author else ""
    files = ""
    if a.attachments:
        att = a.attachments[0]
        files = field("field-file-dinh-kem", '<div class="field-item even"><span class="file">'
                      f'<img class="file-icon" alt="PDF icon" src="/modules/file/icons/application-pdf.png"> '
                      f'<a href="{att["path"]}" type="application/pdf; length=87311">{esc(att["text"])}</a></span> (85.3 KB)</div>',
                      "Tệp đính kèm:", "file")
    return f"""<div id="node-{n}" class="node node-article node-full clearfix">
<div class="meta submitted">Submitted by <span class="username">quantri</span> on {us_submitted(a.date)}</div>
<div class="content clearfix">
{summary}
{body}
{author}
{files}
{tags(a)}
</div>
<ul class="links inline"><li class="print_html first"><a href="/print/{n}" title="Hiển thị phiên bản thân thiện với máy in của trang này." class="print-page" rel="nofollow">Bản in</a></li>
<li class="comment-add last"><a href="#comment-form">Gửi ý kiến</a></li></ul>
{comments(a)}
{comment_form()}
</div>"""


def layout(title: str, main: str, hot: list[Article], *, head: str = "", h1: bool = True, related: list[Article] = ()) -> str:
    menu = "".join(f'<li class="leaf"><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (LISTING, "Tin tức - Sự kiện"),
                    ("/taxonomy/term/9", "Văn bản"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    hot_li = "".join(f'<li><a href="/node/{node_of(a)}">{esc(a.title)}</a></li>' for a in hot)
    rel = ("" if not related else
           '<div id="block-views-tin-lien-quan-block" class="block block-views"><h2>Tin liên quan</h2><div class="content"><div class="view-content">'
           + "".join(f'<div class="views-row"><span class="field-content"><a href="{r.path}">{esc(r.title)}</a></span></div>'
                     for r in related) + "</div></div></div>")
    poll = "".join(f'<div class="form-item form-type-radio"><input type="radio" name="choice" value="{i}"> '
                   f'<label class="option">{esc(o)}</label></div>' for i, o in enumerate(POLL_A))
    heading = f'<h1 class="title" id="page-title">{esc(title)}</h1>' if h1 else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}<title>{esc(title)} | {SHORT}</title>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />
<script type="text/javascript" src="/misc/jquery.js"></script>
</head>
<body class="html not-front page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="topbar"><span class="today">{TODAY}</span>
<span class="a11y">Cỡ chữ: <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> | <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></span></div>
<div id="header"><div class="section clearfix">
<a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo-lmhtx-bg.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{SHORT}</span></a></strong></div>
<div id="site-slogan">{esc(SLOGANS[1])}</div></div>
<div class="region region-header"><div id="block-block-3" class="block block-block"><div class="content"><marquee>{esc(SLOGANS[0])}</marquee></div></div>
<form action="/search/node" method="post" id="search-block-form"><input type="text" name="search_block_form" size="15" /><input type="submit" value="Tìm kiếm" /></form></div>
</div></div>
<div id="main-menu" class="navigation"><ul class="menu">{menu}</ul></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
{heading}
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{main}
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-tin-tieu-diem-block" class="block block-views"><h2>{SIDE[0]}</h2><div class="content"><ul>{hot_li}</ul></div></div>
{rel}
<div id="block-block-5" class="block block-block"><h2>{SIDE[2]}</h2><div class="content"><p>31°C</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div></div>
<div id="block-poll-recent" class="block block-poll"><h2>Thăm dò ý kiến</h2><div class="content"><form action="javascript:void(0)"><div class="poll"><div class="title">{esc(POLL_Q)}</div>{poll}<button type="submit">Bình chọn</button></div></form><a href="javascript:void(0)">Xem kết quả</a></div></div>
<div id="block-statistics-popular" class="block"><h2>{SIDE[5]}</h2><div class="content"><p>{SIDE[6]}</p><p>{SIDE[7]}</p><p>{SIDE[8]}</p></div></div>
<div id="block-block-7" class="block block-block"><h2>{SIDE[9]}</h2><div class="content"><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a><br /><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="region region-footer">{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}</div></div></div>
</div></div>
</body>
</html>
"""


def row(a: Article, teaser: bool = False) -> str:
    pic = a.first_image()
    thumb = (f'<div class="views-field views-field-field-image"><a href="{a.path}"><img src="{img(pic)}" width="160" alt="" /></a></div>'
             if pic else "")
    if teaser:  # taxonomy pages render node teasers: the same US "Submitted by" line
        return (f'<div class="node node-article node-teaser"><h2><a href="/node/{node_of(a)}">{esc(a.title)}</a></h2>'
                f'<div class="meta submitted">Submitted by <span class="username">quantri</span> on {us_submitted(a.date)}</div>'
                f'<div class="content"><p>{esc(a.summary())}</p></div><ul class="links inline"><li class="node-readmore">'
                f'<a href="/node/{node_of(a)}" rel="tag">Xem tiếp</a></li></ul></div>')
    return (f'<div class="views-row">{thumb}<div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{a.path}">{esc(a.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content">{a.date:%d/%m/%Y}</span></div>'
            f'<div class="views-field views-field-body"><div class="field-content">{esc(a.summary())}</div></div></div>')


def pager(page: int, count: int) -> str:
    def href(p: int) -> str:
        return LISTING + (f"?page={p}" if p else "")
    items = []
    if page > 0:
        items += [f'<li class="pager-first first"><a href="{href(0)}">« đầu</a></li>',
                  f'<li class="pager-previous"><a href="{href(page - 1)}">‹ trước</a></li>']
    for p in range(count):
        items.append(f'<li class="pager-current">{p + 1}</li>' if p == page else
                     f'<li class="pager-item"><a title="Đến trang {p + 1}" href="{href(p)}">{p + 1}</a></li>')
    if page < count - 1:
        items += [f'<li class="pager-next"><a href="{href(page + 1)}">sau ›</a></li>',
                  f'<li class="pager-last last"><a href="{href(count - 1)}">cuối »</a></li>']
    return f'<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-giang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += [*SLOGANS, *SIDE, POLL_Q, *POLL_A, *FOOTER, *LABELS, TODAY,
                               *[c[3] for cs in COMMENTS.values() for c in cs], "Gửi bởi Nguyễn Văn An lúc 18/06/2024 - 09:40"]
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    stub = A_(path="/tin-tuc/anh-ngay-hoi-hop-tac-xa-tinh-bac-giang", title="Ảnh: Ngày hội hợp tác xã tỉnh Bắc Giang",
              date=datetime(2024, 4, 11, 16, 0), opts={"node": 405},
              body="[img ngay-hoi-htx-bg.png] Các đại biểu tham quan gian hàng của HTX tại ngày hội")
    news = sorted(arts + [stub], key=lambda a: a.date, reverse=True)
    hot = arts[:4]

    for a in arts:
        n = node_of(a)
        a.aliases = [f"/node/{n}", f"/print/{n}"]
        a.published = iso(a.date)
        a.published_source = "date-element"
        a.evidence = ["date-element", "listing"]
        site.add_article(a)
        head = f'<link rel="canonical" href="{a.path}" />\n<link rel="shortlink" href="/node/{n}" />\n'
        related = [o for o in arts if o is not a][:3]
        site.page(a.path, layout(a.title, node_html(a), hot, head=head, related=related))
        site.same_page(f"/node/{n}", a.path)
        lines = [f"<p>{inline_html(a.lead)}</p>"] if a.lead else []
        print_page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)} | {SHORT}</title><meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{a.path}" /><link type="text/css" rel="stylesheet" href="/sites/all/modules/print/css/print.css" /></head>
<body><div class="print-logo"><img class="print-logo" src="/sites/default/files/logo-lmhtx-bg.png" alt="" /></div>
<div class="print-site_name">Đăng trên {SHORT} ({{{{base}}}})</div><p />
<div class="print-breadcrumb">Trang chủ &gt; Tin tức - Sự kiện</div><hr class="print-hr" />
<h1 class="print-title">{esc(a.title)}</h1>
<div class="print-submitted">Submitted by quantri on {us_submitted(a.date)}</div>
<div class="print-content">{"".join(lines)}{body_html(a)}{f"<p>Tác giả: {esc(a.author)}</p>" if a.author else ""}</div>
<div class="print-footer">{esc(FOOTER[0])}</div><hr class="print-hr" />
<div class="print-source_url"><strong>Source URL:</strong> <a href="{a.path}">{{{{base}}}}{a.path}</a></div>
</body></html>
"""
        site.page(f"/print/{n}", print_page)
    site.trap("every node is /node/<n> and its path alias /tin-tuc/<slug>, both linked (the front page's 'Tin nổi bật' "
              "and the taxonomy pages use /node/<n>); rel=canonical names the alias, rel=shortlink the node: an alias",
              "/node/412")
    site.trap("print module page /print/<n> (linked 'Bản in', rel=nofollow): the whole text, 'Source URL:', robots "
              "noindex, rel=canonical to the alias: an alias", "/print/398")
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TO CHUC TUAN HANG SAN PHAM HTX NAM 2024",
                                                          "Lien minh HTX tinh Bac Giang"]))

    # the caption-only stub: a node like the others, one photo and its caption
    sn = node_of(stub)
    stub_main = (f'<div id="node-{sn}" class="node node-article node-full clearfix">'
                 f'<div class="meta submitted">Submitted by <span class="username">quantri</span> on {us_submitted(stub.date)}</div>'
                 f'<div class="content clearfix">{field("body", body_html(stub), kind="text-with-summary")}</div></div>')
    site.page(stub.path, layout(stub.title, stub_main, hot, head=f'<link rel="canonical" href="{stub.path}" />\n'
                                f'<link rel="shortlink" href="/node/{sn}" />\n'))
    site.same_page(f"/node/{sn}", stub.path)
    site.trap("caption-only stub node (title, 'Submitted by' line, one photo + caption): not an article", stub.path)

    chunks = [news[i:i + PER_PAGE] for i in range(0, len(news), PER_PAGE)]
    for p, chunk in enumerate(chunks):
        main = (f'<div class="view view-tin-tuc view-id-tin_tuc view-display-id-page"><div class="view-content">'
                + "".join(row(a) for a in chunk) + "</div>" + pager(p, len(chunks)) + "</div>")
        site.page(LISTING + (f"?page={p}" if p else ""), layout("Tin tức - Sự kiện", main, hot), content_type="text/html")
    site.trap("Views listing /tin-tuc with a 0-based pager: ?page=1 is the SECOND page ('1 2 3 sau › cuối »'), "
              "dates a day-first field (14/03/2024) unlike the nodes' US line", LISTING + "?page=1")

    for t, name in TERMS.items():
        tagged = [a for a in arts if f'href="/taxonomy/term/{t}"' in tags(a)]
        main = ('<div class="term-listing-heading"><div class="taxonomy-term-description"></div></div>'
                + "".join(row(a, teaser=True) for a in tagged))
        site.page(f"/taxonomy/term/{t}", layout(name, main, hot))
        site.non_articles.append(f"/taxonomy/term/{t}")
    site.trap("taxonomy term pages /taxonomy/term/<n> (linked by every node's 'Từ khóa:'): node teasers with the US "
              "'Submitted by' line and 'Xem tiếp': not articles", "/taxonomy/term/3")

    home_rows = "".join(row(a) for a in news[:5])
    home = (f'<div class="view view-front"><h2 class="block-title">Tin mới</h2><div class="view-content">{home_rows}</div>'
            f'<a href="{LISTING}">Xem tất cả</a></div>'
            '<div class="view view-noi-bat"><h2 class="block-title">Tin nổi bật</h2><ul>'
            + "".join(f'<li><a href="/node/{node_of(a)}">{esc(a.title)}</a></li>' for a in arts[4:]) + "</ul></div>")
    site.page("/", layout("Trang chủ", home, hot, h1=False))

    about = [
        "Liên minh Hợp tác xã tỉnh Bắc Giang là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các "
        "hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, hoạt động theo Điều lệ Liên minh Hợp tác xã Việt Nam.",
        "Liên minh có nhiệm vụ tuyên truyền chủ trương, chính sách về kinh tế tập thể; tư vấn thành lập và tổ chức lại hoạt "
        "động của hợp tác xã; bồi dưỡng cán bộ quản lý; hỗ trợ hợp tác xã tiếp cận vốn, khoa học công nghệ và thị trường.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Chính sách - Tuyên truyền, Ban Hỗ trợ phát triển và Quỹ hỗ trợ "
        "phát triển hợp tác xã tỉnh, với đội ngũ cán bộ được đào tạo cơ bản về kinh tế, nông nghiệp và tài chính.",
        "Từ ngày 01/7/2025, khi tỉnh Bắc Giang hợp nhất với tỉnh Bắc Ninh, Liên minh Hợp tác xã hai tỉnh hợp nhất thành Liên "
        "minh Hợp tác xã tỉnh Bắc Ninh; trang thông tin này được lưu giữ để tra cứu các tin bài đã đăng."]
    about_main = (f'<div id="node-{ABOUT_NODE}" class="node node-page node-full clearfix"><div class="content clearfix">'
                  + field("body", '<div class="field-item even">' + "".join(f"<p>{esc(x)}</p>" for x in about) + "</div>",
                          kind="text-with-summary") + "</div></div>")
    site.page(ABOUT, layout("Giới thiệu Liên minh Hợp tác xã tỉnh", about_main, hot,
                            head=f'<link rel="canonical" href="{ABOUT}" />\n<link rel="shortlink" href="/node/{ABOUT_NODE}" />\n'))
    site.same_page(f"/node/{ABOUT_NODE}", ABOUT)
    site.trap("about page /gioi-thieu: a Drupal 'page' node (h1, four long paragraphs, no 'Submitted by', no date; "
              "shortlink /node/2): not an article", ABOUT)
    site.page(CONTACT, layout("Liên hệ", f'<p>{esc(NAME)}</p><p>{esc(FOOTER[3])}</p><form class="webform-client-form" '
                              'action="javascript:void(0)"><label>Họ và tên</label><input type="text" name="ho_ten" />'
                              '<label>Nội dung</label><textarea name="noi_dung"></textarea><input type="submit" value="Gửi" /></form>', hot))
    album = "".join(f'<div class="views-row"><img src="{img(a.first_image())}" width="200" alt="" /><p>{esc(a.title)}</p></div>'
                    for a in arts if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<div class="view view-gallery">{album}</div>', hot))
    found = [a for a in arts if "OCOP" in a.title + a.body]
    results = "".join(f'<li><h3 class="title"><a href="{a.path}">{esc(a.title)}</a></h3><div class="search-snippet-info">'
                      f'<p class="search-snippet">{esc(a.summary())}</p><p class="search-info">quantri - {us_submitted(a.date)}</p></div></li>'
                      for a in found)
    site.page(SEARCH, layout("Tìm kiếm", f'<h2>Kết quả tìm kiếm</h2><ol class="search-results node-results">{results}</ol>', hot))
    site.non_articles += ["/", stub.path, ABOUT, CONTACT, GALLERY, SEARCH]
    site.trap("home, contact (a webform), gallery and Drupal's search page /search/node/ocop (results with "
              "'quantri - Thu, 03/14/2024 - 08:12'): not articles", SEARCH)
    site.static("/robots.txt", "User-agent: *\nCrawl-delay: 10\nDisallow: /admin/\nDisallow: /user/\nDisallow: /comment/reply/\n")
    return site
