"""Site `lmhtx-longan` (registry family `generic`): a Joomla 3 portal with search-engine-friendly
URLs switched off, in the place of http://lienminhhtxlongan.com (only its home page is known), built
blind as a held-out test: no family module, no selectors.

Articles live at `index.php?option=com_content&view=article&id=<id>:<alias>&catid=<c>&Itemid=<m>`;
the home page's "Tin nổi bật" module still links three of them by their old SEF addresses
`/index.php/tin-tuc/<id>-<alias>`, which serve the same page with rel=canonical to the query URL.
The article's title is Joomla's `<h2 itemprop="headline">` (the only `<h1>` is the site's name), and
the info block prints "Chi tiết", "Viết bởi Super User" (a CMS account, also in `<meta name=author>`),
"Được đăng ngày Thứ năm, 14 Tháng 3 2024 08:12" and "Lượt xem: 152"; the top bar's today line has
the same form. Print and e-mail icons lead to `tmpl=component` pages. One long article is split by
Joomla's pagebreak ("Trang 1 / 2", `&limitstart=1`, `&showall=1`): its text is the whole article.
One old article is served in windows-1258 (declared in its meta charset), one in Unicode NFD.
Blog listings page with `&start=5`; one article hides its date, which only the listing shows.
"""

from __future__ import annotations

from datetime import datetime

from ..server import encode_cp1258
from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, page_text, parse_body, pdf

SITE = "lmhtx-longan"
NAME = "Liên minh Hợp tác xã tỉnh Long An"
SHORT = "Liên minh HTX tỉnh Long An"
HTML = "text/html; charset=utf-8"
NEWS = (9, 101, "Tin hoạt động")
DOCS = (12, 105, "Văn bản - Chỉ đạo")
CAT = "/index.php?option=com_content&view=category&layout=blog&id=9&Itemid=101"
DOC_LIST = "/index.php?option=com_content&view=category&id=12&Itemid=105"
ABOUT = "/index.php?option=com_content&view=article&id=2:gioi-thieu&catid=2&Itemid=102"
GALLERY = "/index.php?option=com_content&view=article&id=14:thu-vien-anh&catid=2&Itemid=107"
CONTACT = "/index.php?option=com_contact&view=contact&id=1&Itemid=108"
SEARCH = "/index.php?option=com_search&searchword=htx&searchphrase=all&Itemid=101"
TAG = "/index.php?option=com_tags&view=tag&id=3:ocop&Itemid=101"
STUB = "/index.php?option=com_content&view=article&id=463:anh-thu-hoach-thanh-long-ruot-do&catid=9&Itemid=101"
PDF_PATH = "/images/vanban/2024/KH-18-LMHTX.pdf"

VN_DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def joomla_date(d: datetime, time: bool = True) -> str:
    """vi-VN DATE_FORMAT_LC2: 'Thứ năm, 14 Tháng 3 2024 08:12'."""
    out = f"{VN_DAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d.year}"
    return out + (f" {d:%H:%M}" if time else "")


TODAY = f"Hôm nay: {joomla_date(TODAY_2026, time=False)}"
SLOGANS = ["Chào mừng Đại hội đại biểu Liên minh Hợp tác xã tỉnh Long An lần thứ VII, nhiệm kỳ 2021 - 2026",
           "Đoàn kết - Hợp tác - Phát triển bền vững"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Long An",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Út - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép thiết lập trang thông tin điện tử số 21/GP-STTTT ngày 17/5/2019",
          "Địa chỉ: 137 Nguyễn Đình Chiểu, Phường 1, TP Tân An, tỉnh Long An",
          "Điện thoại: (0272) 3826 518 - Fax: (0272) 3829 374",
          "Bản quyền © 2019 Liên minh Hợp tác xã tỉnh Long An. Phát triển trên nền Joomla!"]
SIDE = ("Tin tiêu điểm", "Tin liên quan", "Thời tiết Tân An", "Trời nắng, chiều tối có mưa dông", "Độ ẩm: 77%",
        "Thống kê truy cập", "Hôm nay: 127", "Hôm qua: 342", "Tuần này: 1.109", "Tất cả: 648.021", "Liên kết website")
POLL_Q = "Bạn thường đọc tin của Liên minh HTX tỉnh qua thiết bị nào?"
POLL_A = ("Máy tính", "Điện thoại di động", "Máy tính bảng")
VOTE = ("Người dùng đánh giá: 0 / 5", "Vui lòng đánh giá")
LABELS = ("Chi tiết", "Viết bởi Super User", "Được đăng ngày", "Lượt xem:", "Danh mục:", "Mục lục bài viết",
          "Tất cả các trang", "Trang 1 / 2", "Tệp đính kèm", "Từ khóa:")
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *FOOTER, *SIDE, POLL_Q, *POLL_A, "Bình chọn",
               "Kết quả", *VOTE, *LABELS]


def article_path(aid: int, alias: str, cat=NEWS) -> str:
    return f"/index.php?option=com_content&view=article&id={aid}:{alias}&catid={cat[0]}&Itemid={cat[1]}"


def sef_path(aid: int, alias: str) -> str:
    return f"/index.php/tin-tuc/{aid}-{alias}"


def dated(d: datetime, listing: bool = True) -> dict:
    return dict(published=iso(d), published_source="date-element",
                evidence=["date-element", "listing"] if listing else ["date-element"])


def A(aid: int, alias: str, cat=NEWS, **kw) -> Article:
    a = Article(path=article_path(aid, alias, cat), **kw)
    a.opts.update(id=aid, alias=alias, cat=cat)
    return a


SPLIT_PART2 = """
## Liên kết chuỗi giá trị lúa gạo
Ở huyện Tân Hưng, HTX Nông nghiệp Hưng Điền B liên kết với doanh nghiệp sản xuất 1.200 ha lúa chất lượng cao, áp dụng quy trình "1 phải 5 giảm".
Thành viên được ứng trước phân bón, thuốc bảo vệ thực vật; doanh nghiệp thu mua lúa tươi tại ruộng với giá cao hơn thị trường 200 đồng/kg.
[img lua-hung-dien-b.png] Máy gặt đập liên hợp của HTX thu hoạch lúa cho thành viên
## Những khó khăn cần tháo gỡ
* Nhiều HTX thiếu vốn đầu tư kho chứa, lò sấy;
* Cán bộ quản lý HTX phần lớn chưa qua đào tạo chuyên môn;
* Liên kết tiêu thụ còn lỏng lẻo, có lúc thương lái phá giá.
Liên minh HTX tỉnh đề xuất ưu tiên vốn Quỹ hỗ trợ phát triển HTX cho các dự án kho, lò sấy ở vùng Đồng Tháp Mười.
"""


def articles() -> list[Article]:
    return [
        A(318, "htx-chanh-khong-hat-ben-luc-mo-rong-vung-trong",
          title="HTX chanh không hạt Bến Lức mở rộng vùng trồng",
          date=datetime(2022, 11, 18, 9, 5),
          body="""
HTX Nông nghiệp Thạnh Lợi (huyện Bến Lức) vừa kết nạp thêm 21 hộ, nâng diện tích chanh không hạt của HTX lên 145 ha.
HTX áp dụng quy trình canh tác theo tiêu chuẩn GlobalGAP, có mã số vùng trồng để xuất khẩu sang châu Âu và Trung Đông.
[img chanh-ben-luc.png] Thành viên HTX thu hoạch chanh không hạt
Năm 2022, HTX xuất khẩu 1.600 tấn chanh, doanh thu đạt 28 tỷ đồng.
""",
          byline="Hoàng Yến", author="Hoàng Yến", **dated(datetime(2022, 11, 18, 9, 5)),
          opts={"encoding": "windows-1258", "hits": 1034},
          notes=["old article served in windows-1258, declared in its meta charset (the rest of the site is UTF-8)"]),
        A(352, "lien-minh-htx-tinh-tap-huan-luat-htx-nam-2023",
          title="Liên minh HTX tỉnh tập huấn Luật Hợp tác xã năm 2023",
          date=datetime(2023, 9, 5, 14, 20),
          body="""
Từ ngày 30/8 đến 01/9, Liên minh HTX tỉnh Long An tổ chức 3 lớp tập huấn Luật HTX năm 2023 cho 240 cán bộ quản lý HTX và cán bộ cấp xã.
Báo cáo viên giới thiệu những điểm mới của Luật như tổ chức đại diện, nhóm HTX, giao dịch nội bộ và chính sách hỗ trợ của Nhà nước.
## Một số điểm mới của Luật
* Quy định tổ hợp tác là tổ chức kinh tế tập thể;
* Cho phép HTX thành lập doanh nghiệp;
* Thành viên liên kết góp vốn không được biểu quyết.
Luật HTX năm 2023 có hiệu lực từ ngày 01/7/2024.
""",
          byline="Văn Đông", author="Văn Đông",
          published=iso(datetime(2023, 9, 5, 14, 20)), published_source="listing", evidence=["listing"],
          opts={"hide_date": True, "hits": 611},
          notes=["the article hides its date (info block: 'Viết bởi Super User', 'Lượt xem: 611'); the blog listing "
                 "(page 2) prints 'Được đăng ngày Thứ ba, 05 Tháng 9 2023 14:20'"]),
        A(389, "htx-thanh-long-chau-thanh-xuat-khau-lo-hang-dau-nam",
          title="HTX thanh long Châu Thành xuất khẩu lô hàng đầu năm",
          date=datetime(2024, 1, 10, 8, 30),
          lead="Sáng 9/1, HTX Thanh long Hòa Phú xuất khẩu 20 tấn thanh long ruột đỏ sang Hàn Quốc, lô hàng đầu tiên của năm 2024.",
          body="""
Toàn bộ trái được tuyển chọn, xử lý hơi nước nóng và đóng thùng tại nhà sơ chế của HTX ở xã Hòa Phú, huyện Châu Thành.
[img thanh-long-hoa-phu.png] Thành viên HTX đóng thùng thanh long xuất khẩu
Năm 2023, HTX xuất khẩu được 700 tấn thanh long, giá bán cao hơn bán cho thương lái 15 - 20%.
""",
          byline="Bài, ảnh: Ngọc Mến", author="Ngọc Mến", **dated(datetime(2024, 1, 10, 8, 30)),
          opts={"sef": True, "hits": 287},
          notes=["also reached at its old SEF address /index.php/tin-tuc/389-<alias> (home page module), rel=canonical to "
                 "the query URL: an alias"]),
        A(412, "htx-khom-tan-lap-dat-chung-nhan-ocop-4-sao",
          title="Khóm Tân Lập của HTX Thủ Thừa đạt chứng nhận OCOP 4 sao",
          date=datetime(2024, 3, 14, 8, 12),
          body="""
Sản phẩm khóm tươi của HTX Nông nghiệp Tân Lập (huyện Thủ Thừa) vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao.
HTX có 68 thành viên với 190 ha khóm trồng trên đất phèn, áp dụng bón phân hữu cơ vi sinh và tưới nước tiết kiệm.
[img khom-tan-lap.png] Khóm Tân Lập được phân loại trước khi giao cho doanh nghiệp
Ngoài trái tươi, HTX đang thử nghiệm sản xuất khóm sấy dẻo và nước ép đóng chai.
""",
          byline="Bài, ảnh: Ngọc Mến", author="Ngọc Mến", **dated(datetime(2024, 3, 14, 8, 12)),
          opts={"sef": True, "hits": 152},
          notes=["info block 'Chi tiết' / 'Viết bởi Super User' (also <meta name=author> and microdata author: a CMS "
                 "account) / 'Được đăng ngày Thứ năm, 14 Tháng 3 2024 08:12' / 'Lượt xem: 152'; the top bar's today line "
                 "'Hôm nay: Thứ hai, 23 Tháng 11 2026' has the same form; byline 'Bài, ảnh: Ngọc Mến' ends the text"]),
        A(430, "ke-hoach-to-chuc-hoi-cho-san-pham-htx-nam-2024", cat=DOCS,
          title="Kế hoạch tổ chức Hội chợ sản phẩm HTX tỉnh Long An năm 2024",
          date=datetime(2024, 4, 8, 9, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH LONG AN
Số: 18/KH-LMHTX
Long An, ngày 05 tháng 4 năm 2024
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX tỉnh Long An năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Giới thiệu, quảng bá sản phẩm của HTX, tổ hợp tác; kết nối HTX với doanh nghiệp phân phối và người tiêu dùng.
II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 14/6/2024 đến ngày 18/6/2024 tại Quảng trường tỉnh, Phường 1, TP Tân An; quy mô 120 gian hàng.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với Sở Công Thương và UBND các huyện vận động HTX đăng ký tham gia trước ngày 15/5/2024.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; Các HTX; Lưu VT.
CHỦ TỊCH Nguyễn Văn Út
""",
          author=None, doc_number="18/KH-LMHTX", attachments=[{"path": PDF_PATH, "text": "KH-18-LMHTX.pdf"}],
          **dated(datetime(2024, 4, 8, 9, 0)), opts={"hits": 95},
          notes=["official plan in the 'Văn bản' category: 'Số: 18/KH-LMHTX', place-date line 'Long An, ngày 05 tháng 4 "
                 "năm 2024' three days before the posting time 08/04/2024 09:00 (the publication date); signer last, "
                 "author null; the PDF in an attachments table after the text; the category is a list layout (table "
                 "with 'Ngày đăng' and 'Lượt xem' columns)"]),
        A(455, "kinh-te-tap-the-vung-dong-thap-muoi-buoc-chuyen-minh",
          title="Kinh tế tập thể vùng Đồng Tháp Mười: bước chuyển mình sau 5 năm",
          date=datetime(2024, 5, 21, 15, 40),
          body="""
Sau 5 năm thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 và các chương trình của tỉnh, khu vực kinh tế tập thể ở các huyện vùng Đồng Tháp Mười của Long An có nhiều chuyển biến.
Toàn vùng hiện có 96 HTX nông nghiệp với hơn 11.000 thành viên, tăng 31 HTX so với năm 2019; doanh thu bình quân đạt 2,4 tỷ đồng/HTX/năm.
[img dong-thap-muoi.png] Cánh đồng lớn của HTX ở huyện Vĩnh Hưng
## Từ dịch vụ đầu vào đến sản xuất theo hợp đồng
Trước đây, phần lớn HTX chỉ làm dịch vụ bơm tưới và cung ứng vật tư. Nay nhiều HTX đã ký hợp đồng tiêu thụ nông sản cho thành viên, tổ chức sản xuất theo đơn đặt hàng của doanh nghiệp.
HTX Nông nghiệp Tuyên Bình (huyện Vĩnh Hưng) đầu tư 4 máy gặt đập liên hợp và 2 lò sấy, phục vụ hơn 1.500 ha lúa mỗi vụ.
""" + SPLIT_PART2,
          byline="Nhóm phóng viên", author="Nhóm phóng viên", **dated(datetime(2024, 5, 21, 15, 40)),
          opts={"split": True, "hits": 430},
          extra={},
          notes=["long article split by Joomla's pagebreak: page 1 at the article URL ('Trang 1 / 2', article index with "
                 "'Tất cả các trang'), page 2 at &limitstart=1, the whole article at &showall=1: the text is the whole "
                 "article"]),
        A(471, "htx-rau-an-toan-can-duoc-cung-ung-cho-sieu-thi",
          title="HTX rau an toàn Cần Đước cung ứng rau cho siêu thị",
          date=datetime(2024, 7, 9, 10, 0),
          body="""
HTX Rau an toàn Phước Hậu (huyện Cần Đước) mỗi ngày cung ứng khoảng 3 tấn rau ăn lá cho hai hệ thống siêu thị tại TP Hồ Chí Minh.
HTX có 35 ha nhà lưới, sản xuất theo tiêu chuẩn VietGAP; rau được sơ chế, đóng gói và dán tem truy xuất nguồn gốc ngay tại HTX.
[img rau-phuoc-hau.png] Sơ chế rau tại nhà đóng gói của HTX
Thu nhập bình quân của thành viên HTX đạt khoảng 250 triệu đồng/ha/năm.
""",
          author=None, **dated(datetime(2024, 7, 9, 10, 0)),
          opts={"encoding": "utf-8-nfd", "sef": True, "hits": 203},
          notes=["page served in Unicode NFD (decomposed Vietnamese); no byline: author null (the info block still says "
                 "'Viết bởi Super User')"]),
        A(498, "so-ket-9-thang-kinh-te-tap-the-tinh-long-an-nam-2024",
          title="Sơ kết 9 tháng phát triển kinh tế tập thể tỉnh Long An năm 2024",
          date=datetime(2024, 9, 26, 16, 5),
          lead="9 tháng năm 2024, toàn tỉnh thành lập mới 17 HTX, nâng tổng số lên 402 HTX.",
          body="""
Chiều 25/9, Liên minh HTX tỉnh phối hợp với Sở Kế hoạch và Đầu tư tổ chức hội nghị sơ kết 9 tháng thực hiện Kế hoạch phát triển kinh tế tập thể năm 2024.
Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 14,5 tỷ đồng cho 23 dự án của HTX, đạt 85% kế hoạch năm.
[img so-ket-9-thang-la.png] Các đại biểu dự hội nghị
Hội nghị đề ra nhiệm vụ trọng tâm quý IV là hoàn thành chuyển đổi HTX theo Luật HTX năm 2023 và tổ chức tôn vinh HTX tiêu biểu.
""",
          byline="Văn Đông", author="Văn Đông", **dated(datetime(2024, 9, 26, 16, 5)), opts={"hits": 76}),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/images/tintuc/2024/{src}"


def amp(path: str) -> str:
    return path.replace("&", "&amp;")


def render_blocks(markup_blocks) -> list[str]:
    parts = []
    for b in markup_blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="{attr(b.text)}" width="600" '
                         f'height="400" /></p>\n<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    return parts


def body_parts(a: Article) -> list[list[str]]:
    """The article's HTML split at its pagebreaks (one part unless `split`)."""
    lead = [f"<p><strong>{inline_html(a.lead)}</strong></p>"] if a.lead else []
    byline = [f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>'] if a.byline else []
    if not a.opts.get("split"):
        return [lead + render_blocks(a.blocks) + byline]
    first = a.body[: a.body.index(SPLIT_PART2)]
    return [lead + render_blocks(parse_body(first)), render_blocks(parse_body(SPLIT_PART2)) + byline]


def info_block(a: Article, *, date: bool = True, cat=None) -> str:
    cat = cat or a.opts["cat"]
    cat_href = CAT if cat is NEWS else DOC_LIST
    published = (f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> '
                 f'<time datetime="{iso(a.date)}" itemprop="datePublished">Được đăng ngày {joomla_date(a.date)}</time></dd>'
                 if date else "")
    return (f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'Viết bởi <span itemprop="name">Super User</span></dd>'
            f'<dd class="category-name">Danh mục: <a href="{amp(cat_href)}" itemprop="genre">{cat[2]}</a></dd>'
            f'{published}<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> '
            f'<meta itemprop="interactionCount" content="UserPageVisits:{a.opts["hits"]}" />Lượt xem: {a.opts["hits"]}</dd></dl>')


def icons(a: Article) -> str:
    return (f'<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" '
            f'href="#"><span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu">'
            f'<li class="print-icon"><a href="{amp(print_path(a))}" title="In bài viết &lt; {attr(a.title)} &gt;" '
            f'onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes\'); return false;" rel="nofollow">'
            f'<span class="icon-print"></span> In</a></li>'
            f'<li class="email-icon"><a href="{amp(mail_path(a))}" title="Gửi liên kết này tới một người bạn" '
            f'onclick="window.open(this.href,\'win2\',\'width=400,height=450\'); return false;" rel="nofollow">'
            f'<span class="icon-envelope"></span> Email</a></li></ul></div></div>')


def print_path(a: Article) -> str:
    return a.path + "&tmpl=component&print=1&layout=default"


def mail_path(a: Article) -> str:
    return f"/index.php?option=com_mailto&tmpl=component&template=lmhtx&link=la{a.opts['id']}x"


def vote() -> str:
    opts = "".join(f'<option value="{i}">{i}</option>' for i in range(1, 6))
    return (f'<div class="content_rating"><p class="unseen element-invisible">{VOTE[0]}</p>'
            '<img src="/media/system/images/rating_star_blank.png" alt="" /></div>'
            f'<form method="post" action="javascript:void(0)" class="form-inline"><span class="content_vote">'
            f'<label class="unseen element-invisible">{VOTE[1]}</label><select name="user_rating">{opts}</select> '
            '<input class="btn btn-mini" type="button" value="Đánh giá" /></span></form>')


def page_nav(a: Article, page: int, pages: int) -> str:
    active = ' class="active"'
    toc = "".join(
        f'<li{active if page == i else ""}><a href="{amp(part_path(a, i))}" class="toclink'
        f'{" active" if page == i else ""}">{t}</a></li>'
        for i, t in enumerate(("Bước chuyển mình sau 5 năm", "Liên kết chuỗi giá trị lúa gạo"), 1))
    toc += (f'<li{active if page == 0 else ""}><a href="{amp(a.path)}&amp;showall=1" class="toclink">'
            "Tất cả các trang</a></li>")
    index = (f'<div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav nav-tabs nav-stacked">{toc}</ul></div>')
    if page == 0:
        return index, ""
    links = []
    if page > 1:
        links.append(f'<li class="previous"><a href="{amp(part_path(a, page - 1))}" rel="prev">&lt; Trước</a></li>')
    if page < pages:
        links.append(f'<li class="next"><a href="{amp(part_path(a, page + 1))}" rel="next">Tiếp &gt;</a></li>')
    bottom = (f'<div class="pagination"><p class="counter pull-right">Trang {page} / {pages}</p>'
              f'<ul class="pager pagenav">{"".join(links)}</ul></div>')
    return index, bottom


def part_path(a: Article, n: int) -> str:
    return a.path + "&showall=&limitstart=" if n == 1 else a.path + f"&limitstart={n - 1}"


def article_view(a: Article, parts_html: list[str], *, index: str = "", bottom: str = "", canonical: bool = True) -> str:
    att = ""
    if a.attachments:
        att = ('<div class="attachmentsContainer"><table class="attachmentsList"><caption>Tệp đính kèm</caption>'
               f'<tbody><tr><td class="at_filename"><a class="at_icon" href="{a.attachments[0]["path"]}">'
               f'<img src="/components/com_attachments/media/icons/pdf.png" alt="" /></a>&nbsp;'
               f'<a class="at_url" href="{a.attachments[0]["path"]}" type="application/pdf">{esc(a.attachments[0]["text"])}</a></td>'
               '<td class="at_file_size">182 Kb</td></tr></tbody></table></div>')
    tags = f'<ul class="tags inline"><li>Từ khóa:</li><li><a href="{amp(TAG)}" class="label label-info">OCOP</a></li></ul>'
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
{icons(a)}
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
{info_block(a, date=not a.opts.get("hide_date"))}
{vote()}
{index}<div itemprop="articleBody">
{"".join(parts_html)}
</div>
{bottom}{att}{tags}
</div>"""


def layout(title: str, main: str, items: list[Article], *, charset: str = "utf-8", canonical: str | None = None,
           author: bool = False, related: list[Article] | None = None) -> str:
    menu = "".join(f'<li><a href="{amp(h)}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (CAT, "Tin hoạt động"), (DOC_LIST, "Văn bản - Chỉ đạo"),
                    (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    hot = "".join(f'<li><a href="{amp(a.path)}">{esc(a.title)}</a></li>' for a in items[:5])
    rel = ""
    if related:
        rel = ('<div class="moduletable"><h3>Tin liên quan</h3><ul class="relateditems">'
               + "".join(f'<li><a href="{amp(o.path)}">{esc(o.title)}</a></li>' for o in related[:3]) + "</ul></div>")
    poll = "".join(f'<label class="radio"><input type="radio" name="voteid" value="{i}" /> {esc(o)}</label>'
                   for i, o in enumerate(POLL_A, 1))
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    head_meta = f'<meta http-equiv="content-type" content="text/html; charset={charset}" />'
    canon = f'<link href="{{{{base}}}}{amp(canonical)}" rel="canonical" />\n' if canonical else ""
    meta_author = '<meta name="author" content="Super User" />\n' if author else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head_meta}
<meta name="keywords" content="liên minh hợp tác xã, long an, htx" />
{meta_author}<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{SHORT} - {esc(title)}</title>
{canon}<link href="/templates/lmhtx/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/lmhtx/css/template.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<div class="topbar"><div class="moduletable date-today">{TODAY}</div>
<div class="moduletable accessibility"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></div></div>
<header class="header"><a class="brand" href="/"><img src="/images/logo-lmhtx-la.png" alt="{NAME}" /></a>
<h1 class="site-title">{NAME}</h1>
<div class="slogan"><marquee>{" &nbsp;&nbsp; ".join(esc(s) for s in SLOGANS)}</marquee></div></header>
<nav class="navigation"><ul class="nav menu nav-pills">{menu}</ul></nav>
<div class="row-fluid">
<main id="content" class="span9">
<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li></ul>
{main}
</main>
<div id="aside" class="span3">
{rel}<div class="moduletable"><h3>Tin tiêu điểm</h3><ul class="mostread">{hot}</ul></div>
<div class="moduletable"><h3>Thời tiết Tân An</h3><div>32°C</div><div>Trời nắng, chiều tối có mưa dông</div><div>Độ ẩm: 77%</div></div>
<div class="moduletable"><h3>Thăm dò ý kiến</h3><form action="javascript:void(0)"><p>{esc(POLL_Q)}</p>{poll}<button type="button" class="btn">Bình chọn</button> <a href="javascript:void(0)">Kết quả</a></form></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><div class="vvisit_counter"><div>Hôm nay: 127</div><div>Hôm qua: 342</div><div>Tuần này: 1.109</div><div>Tất cả: 648.021</div></div></div>
<div class="moduletable"><h3>Liên kết website</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div>
</div></div>
<footer class="footer"><div class="container">{foot}</div></footer>
</body>
</html>
"""


def print_view(a: Article) -> str:
    parts = "".join("".join(p) for p in body_parts(a))
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{SHORT} - {esc(a.title)}</title>
<link href="/templates/lmhtx/css/template.css" rel="stylesheet" />
</head>
<body class="contentpane modal">
<div class="item-page">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print"></span> In</a></div>
<div class="page-header"><h2>{esc(a.title)}</h2></div>
{info_block(a, date=not a.opts.get("hide_date"))}
{parts}
</div>
</body>
</html>
"""


def mail_view(a: Article) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" /><title>{SHORT}</title></head>
<body class="contentpane modal"><div id="mailto-window"><h2>Gửi liên kết này tới một người bạn</h2>
<form action="javascript:void(0)" method="post"><div class="formelm"><label>Gửi tới</label><input type="text" name="mailto" /></div>
<div class="formelm"><label>Người gửi</label><input type="text" name="sender" /></div>
<div class="formelm"><label>Email của bạn</label><input type="text" name="from" /></div>
<div class="formelm"><label>Tiêu đề</label><input type="text" name="subject" value="{attr(a.title)}" /></div>
<p><button type="button" class="button">Gửi</button> <button type="button" class="button" onclick="window.close();return false;">Hủy bỏ</button></p>
</form></div></body></html>
"""


def blog_item(a: Article) -> str:
    pic = a.first_image()
    thumb = (f'<div class="pull-left item-image"><img src="{img(pic)}" alt="" itemprop="thumbnailUrl" /></div>' if pic else "")
    return (f'<div class="items-row"><div class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<div class="page-header"><h2 itemprop="name"><a href="{amp(a.path)}" itemprop="url">{esc(a.title)}</a></h2></div>'
            f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            f'<dd class="published"><span class="icon-calendar"></span> <time datetime="{iso(a.date)}" itemprop="datePublished">'
            f'Được đăng ngày {joomla_date(a.date)}</time></dd><dd class="hits">Lượt xem: {a.opts["hits"]}</dd></dl>'
            f'{thumb}<p>{esc(a.summary())}</p>'
            f'<p class="readmore"><a class="btn" href="{amp(a.path)}" itemprop="url"><span class="icon-chevron-right"></span> '
            f'Đọc thêm: {esc(a.title)}</a></p></div></div>')


class JoomlaBuild(SiteBuild):
    """Checks a split article's lines against all its pages together (the text is the whole article)."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.split: dict[str, list[str]] = {}

    def check(self) -> None:
        saved = dict(self.html_pages)
        try:
            for path, parts in self.split.items():
                joined = " ".join(page_text(saved[p]) for p in parts)
                self.html_pages[path] = f"<html><body><p>{esc(joined)}</p></body></html>"
            super().check()
        finally:
            self.html_pages = saved


def build() -> SiteBuild:
    site = JoomlaBuild(SITE, "long-an", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)
        others = [o for o in items if o is not a]
        enc = a.opts.get("encoding")
        charset = "windows-1258" if enc == "windows-1258" else "utf-8"
        ctype = f"text/html; charset={charset}"

        def page(parts, index="", bottom="", a=a, others=others, charset=charset):
            return layout(a.title, article_view(a, parts, index=index, bottom=bottom), items, charset=charset,
                          canonical=a.path, author=True, related=others)

        parts = ["\n".join(p) for p in body_parts(a)]
        if len(parts) == 1:
            site.page(a.path, page(parts), encoding=enc, content_type=ctype)
        else:
            index, bottom = page_nav(a, 1, len(parts))
            site.page(a.path, page(parts[:1], index, bottom), content_type=ctype)
            site.same_page(part_path(a, 1), a.path)
            for n in range(2, len(parts) + 1):
                index, bottom = page_nav(a, n, len(parts))
                site.page(part_path(a, n), page(parts[n - 1:n], index, bottom), content_type=ctype)
            index, _ = page_nav(a, 0, len(parts))
            showall = a.path + "&showall=1"
            site.page(showall, page(parts, index), content_type=ctype)
            site.split[a.path] = [a.path] + [part_path(a, n) for n in range(2, len(parts) + 1)]
            a.aliases += [part_path(a, 1), *[part_path(a, n) for n in range(2, len(parts) + 1)], showall]
        if a.opts.get("sef"):
            sef = sef_path(a.opts["id"], a.opts["alias"])
            site.page(sef, page(parts if len(parts) == 1 else parts[:1]), encoding=enc, content_type=ctype)
            a.aliases.append(sef)
        site.page(print_path(a), print_view(a), content_type=HTML)
        a.aliases.append(print_path(a))
        site.page(mail_path(a), mail_view(a), content_type=HTML)
        site.non_articles.append(mail_path(a))
        if enc == "windows-1258":
            encode_cp1258(site.html_pages[a.path])
    site.binary(PDF_PATH, pdf("Kế hoạch số 18/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX NAM 2024",
                                                          "Lien minh Hop tac xa tinh Long An"]))
    site.trap("print icon: the article at &tmpl=component&print=1&layout=default (no template, robots noindex, the "
              "whole text, no canonical): an alias; e-mail icon: com_mailto form pages, not articles",
              print_path(items[3]))

    news = [a for a in items if a.opts["cat"] is NEWS]
    chunks = [news[i:i + 5] for i in range(0, len(news), 5)]
    cat_page = lambda n: CAT if n == 1 else f"{CAT}&start={5 * (n - 1)}"  # noqa: E731
    for n, chunk in enumerate(chunks, 1):
        lis = []
        for i in range(1, len(chunks) + 1):
            lis.append(f'<li class="active"><a>{i}</a></li>' if i == n else
                       f'<li><a href="{amp(cat_page(i))}" class="pagenav">{i}</a></li>')
        first = (f'<li><a title="Đầu" href="{amp(cat_page(1))}" class="pagenav">Đầu</a></li>'
                 f'<li><a title="Trước" href="{amp(cat_page(n - 1))}" class="pagenav">Trước</a></li>' if n > 1 else
                 '<li class="disabled"><a>Đầu</a></li><li class="disabled"><a>Trước</a></li>')
        last = (f'<li><a title="Tiếp" href="{amp(cat_page(n + 1))}" class="pagenav">Tiếp</a></li>'
                f'<li><a title="Cuối" href="{amp(cat_page(len(chunks)))}" class="pagenav">Cuối</a></li>' if n < len(chunks) else
                '<li class="disabled"><a>Tiếp</a></li><li class="disabled"><a>Cuối</a></li>')
        nav = (f'<div class="pagination"><p class="counter pull-right">Trang {n} / {len(chunks)}</p>'
               f'<ul class="pagination-list">{first}{"".join(lis)}{last}</ul></div>')
        main = (f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{NEWS[2]}</h1></div>'
                + "".join(blog_item(a) for a in chunk) + nav + "</div>")
        site.page(cat_page(n), layout(NEWS[2], main, items), content_type=HTML)
    site.non_articles += [cat_page(n) for n in range(1, len(chunks) + 1)]
    site.trap("blog listing index.php?option=com_content&view=category&layout=blog&id=9&Itemid=101 pages with &start=5 "
              "('Trang 1 / 2', 'Đầu Trước 1 2 Tiếp Cuối'); every item shows 'Được đăng ngày ...'; page 2 holds the "
              "oldest articles", cat_page(2))

    docs = [a for a in items if a.opts["cat"] is DOCS]
    rows = "".join(f'<tr class="cat-list-row0"><td class="list-title"><a href="{amp(a.path)}">{esc(a.title)}</a></td>'
                   f'<td class="list-date small">{a.date:%d-%m-%Y}</td><td class="list-hits"><span class="badge badge-info">'
                   f'Lượt xem: {a.opts["hits"]}</span></td></tr>' for a in docs)
    table = ('<div class="category-list"><div class="page-header"><h1>Văn bản - Chỉ đạo</h1></div>'
             '<table class="category table table-striped table-bordered table-hover"><thead><tr><th>Tiêu đề</th>'
             f'<th>Ngày đăng</th><th>Lượt xem</th></tr></thead><tbody>{rows}</tbody></table></div>')
    site.page(DOC_LIST, layout(DOCS[2], table, items), content_type=HTML)
    site.non_articles.append(DOC_LIST)

    featured = [a for a in items if a.opts.get("sef")]
    hot = "".join(f'<li><a href="{sef_path(a.opts["id"], a.opts["alias"])}">{esc(a.title)}</a></li>' for a in featured)
    home = (f'<div class="moduletable tin-noi-bat"><h3>Tin nổi bật</h3><ul class="newsflash">{hot}</ul></div>'
            '<div class="blog-featured"><div class="page-header"><h1>Tin mới</h1></div>'
            + "".join(blog_item(a) for a in items[:4]) + "</div>")
    site.page("/", layout("Trang chủ", home, items), content_type=HTML)
    site.trap("the home page's 'Tin nổi bật' module links three articles by their old SEF addresses "
              "/index.php/tin-tuc/<id>-<alias> (same page, rel=canonical to the query URL)", sef_path(389, "htx-thanh-long-chau-thanh-xuat-khau-lo-hang-dau-nam"))

    about_text = [
        "Liên minh Hợp tác xã tỉnh Long An được thành lập năm 1998, là tổ chức đại diện và hỗ trợ các hợp tác xã, liên "
        "hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn thành lập mới và tổ chức lại hoạt động của "
        "hợp tác xã; đào tạo cán bộ quản lý; hỗ trợ xúc tiến thương mại, ứng dụng khoa học công nghệ và tiếp cận vốn.",
        "Cơ cấu tổ chức gồm Ban Chấp hành, Ban Thường vụ, Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Hỗ trợ và Quỹ hỗ "
        "trợ phát triển hợp tác xã tỉnh Long An, với 26 cán bộ, công chức và người lao động.",
        "Qua các nhiệm kỳ, Liên minh đã góp phần xây dựng nhiều hợp tác xã kiểu mới gắn với vùng lúa chất lượng cao "
        "Đồng Tháp Mười, thanh long Châu Thành, chanh không hạt Bến Lức và rau an toàn Cần Đước.",
    ]
    about = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
             '<h2 itemprop="headline">Giới thiệu Liên minh HTX tỉnh Long An</h2></div><div itemprop="articleBody">'
             + "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in about_text) + "</div></div>")
    site.page(ABOUT, layout("Giới thiệu Liên minh HTX tỉnh Long An", about, items, canonical=ABOUT), content_type=HTML)
    album = "".join(f'<p style="text-align: center;"><a href="{amp(STUB if a is items[0] else a.path)}"><img src="{img(a.first_image())}" '
                    f'alt="" width="300" /></a><br />{esc(a.title)}</p>' for a in items if a.first_image())
    gallery = ('<div class="item-page"><div class="page-header"><h2 itemprop="headline">Thư viện ảnh</h2></div>'
               f'<div itemprop="articleBody">{album}</div></div>')
    site.page(GALLERY, layout("Thư viện ảnh", gallery, items, canonical=GALLERY), content_type=HTML)
    stub_date = datetime(2024, 6, 18, 7, 30)
    stub_a = Article(path=STUB, title="Ảnh: Mùa thu hoạch thanh long ruột đỏ", date=stub_date, body="")
    stub_a.opts.update(id=463, cat=NEWS, hits=58)
    stub = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
            f'<h2 itemprop="headline">{esc(stub_a.title)}</h2></div>{info_block(stub_a)}<div itemprop="articleBody">'
            f'<p style="text-align: center;"><img src="{img("thu-hoach-thanh-long.png")}" alt="" width="600" /></p>'
            '<p style="text-align: center;"><em>Thành viên HTX thu hoạch thanh long ruột đỏ ở xã Dương Xuân Hội</em></p></div></div>')
    site.page(STUB, layout(stub_a.title, stub, items, canonical=STUB, author=True), content_type=HTML)
    contact = ('<div class="contact"><div class="page-header"><h2><span class="contact-name">Văn phòng Liên minh HTX tỉnh</span>'
               '</h2></div><dl class="contact-address dl-horizontal"><dd>137 Nguyễn Đình Chiểu, Phường 1, TP Tân An</dd></dl>'
               '<form class="form-validate form-horizontal" action="javascript:void(0)"><fieldset><legend>Gửi email</legend>'
               '<input type="text" name="jform[contact_name]" /><textarea name="jform[contact_message]"></textarea>'
               '<button class="btn btn-primary" type="button">Gửi email</button></fieldset></form></div>')
    site.page(CONTACT, layout("Liên hệ", contact, items), content_type=HTML)
    found = "".join(f'<dt class="result-title"><a href="{amp(a.path)}">{esc(a.title)}</a></dt><dd class="result-category">'
                    f'<span class="small">({NEWS[2]})</span></dd><dd class="result-text">{esc(a.summary())}</dd>'
                    f'<dd class="result-created">Được đăng ngày {joomla_date(a.date)}</dd>' for a in items[:5])
    search = ('<div class="search"><h1 class="page-title">Tìm kiếm</h1><form action="javascript:void(0)"><input name="searchword" '
              'value="htx" /></form><div class="searchintro"><p>Tổng cộng: <span class="badge badge-info">5</span> kết quả.</p>'
              f'</div><dl class="search-results">{found}</dl></div>')
    site.page(SEARCH, layout("Tìm kiếm", search, items), content_type=HTML)
    tagged = "".join(f'<li class="cat-list-row0"><h3><a href="{amp(a.path)}">{esc(a.title)}</a></h3></li>' for a in items)
    site.page(TAG, layout("OCOP", f'<div class="tag-category"><h2>OCOP</h2><ul class="category list-striped">{tagged}</ul></div>',
                          items), content_type=HTML)
    site.non_articles += ["/", ABOUT, GALLERY, STUB, CONTACT, SEARCH, TAG]
    site.trap("the introduction and the gallery are Joomla articles in the article URL shape (id=2:gioi-thieu, "
              "id=14:thu-vien-anh; h2 headline, no info block, long prose or photos); a caption-only stub with the "
              "full info block: not articles", ABOUT)
    site.trap("com_search results and the com_tags page (linked by every article's 'Từ khóa: OCOP'): not articles", SEARCH)
    site.binary("/templates/lmhtx/favicon.ico", image_for("favicon"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /tmp/\n")
    return site
