"""Site `lmhtx-binhphuoc` (registry family `generic`): the Bình Phước cooperative alliance (before its
2025 merger into Đồng Nai) on **TYPO3** 8 with the `news` extension (tx_news 6, its stock Fluid
templates) and no RealURL for pages, built blind as a held-out test: no family module, no selectors.

Why it is hard: every page is `/index.php?id=N`; a news item's address is the plugin's query string
`/index.php?id=45&tx_news_pi1%5Bnews%5D=812&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash=…`
(no slug, no date), and the same item also answers at a speaking URL `/tin-tuc/chi-tiet/<slug>`
(the route enhancer added later, used by the "Tin nổi bật" box and the related-news links) and at
its print view `…&type=98` ("In bài"): all one article, no rel=canonical. The detail is
`div.news-single`: the title an `<h3 itemprop="headline">` (the page's `<h1>` is the portal's name),
the date `span.news-list-date` in the **dotted** format "14.03.2024" (no time: midnight; day first),
the lead `div.teaser-text`, the media `div.news-img-wrap` BEFORE the text (captions
`p.news-img-caption`: lines of the text), the text `div.news-text-wrap`, then "Tệp đính kèm"
(`ul.news-related-files`: file name and size, not text), "Tin liên quan" (titles and dotted dates)
and "Quay lại". The author is the news record's author field ("Tác giả: X" in the footer line, not
text) on some items, a closing byline in the text on others; an office in the author field is no
author. Lists: `index.php?id=44` and its page 2
`…&tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2&cHash=…`, category filters
`…&tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=3…`, indexed_search results: not articles.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from .core import TODAY_2024, Article, SiteBuild, attr, esc, inline_html, pdf, weekday

SITE = "lmhtx-binhphuoc"
NAME = "Liên minh Hợp tác xã tỉnh Bình Phước"
SHORT = "Liên minh HTX tỉnh Bình Phước"
HTML = "text/html; charset=utf-8"
LIST_ID, DETAIL_ID, DOCS_ID = 44, 45, 46
HOME, ABOUT, CONTACT, SEARCH_ID = "/", "/index.php?id=2", "/index.php?id=7", 9
SEARCH = "/index.php?id=9&tx_indexedsearch_pi2%5Bsearch%5D%5Bsword%5D=ocop&tx_indexedsearch_pi2%5Baction%5D=search"
PER = 6
PDF_PATH = "/fileadmin/user_upload/van-ban/2024/KH-18-LMHTX-ngay-hoi-htx.pdf"

TODAY = f"{weekday(TODAY_2024)}, ngày {TODAY_2024:%d/%m/%Y}"
SLOGANS = ["Đẩy mạnh phát triển kinh tế tập thể, hợp tác xã trong giai đoạn mới",
           "Bình Phước - Vùng đất của cây điều"]
SIDE = ["Tin nổi bật", "Thống kê truy cập", "Đang online: 9", "Hôm nay: 316", "Tháng này: 8.452", "Tổng cộng: 1.206.873",
        "Thời tiết Đồng Xoài", "Nắng, chiều tối có mưa dông", "Độ ẩm: 70%", "Liên kết website", "Thăm dò ý kiến"]
POLL_Q = "Bạn biết đến trang thông tin của Liên minh HTX tỉnh qua kênh nào?"
POLL_A = ("Báo chí, truyền hình", "Mạng xã hội", "Cán bộ Liên minh giới thiệu")
FOOTER = ["BẢN QUYỀN THUỘC LIÊN MINH HỢP TÁC XÃ TỈNH BÌNH PHƯỚC",
          "Địa chỉ: Số 726 Quốc lộ 14, phường Tân Bình, thành phố Đồng Xoài, tỉnh Bình Phước",
          "Điện thoại: 0271.3879.227 - Fax: 0271.3879.226 - Email: lmhtx@binhphuoc.gov.vn",
          "Chịu trách nhiệm chính: Ông Nguyễn Văn Lợi - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình Phước cấp ngày 18/9/2019"]
LABELS = ["Tệp đính kèm", "Tin liên quan", "Quay lại", "In bài", "Danh mục:", "Xem thêm", "Tác giả:", "Bình chọn",
          "Xem kết quả", "Xem tất cả"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, *FOOTER, *(x for x in LABELS if x != "Xem thêm")]

CATS = {1: "Tin hoạt động", 2: "Gương HTX điển hình", 3: "Văn bản", 4: "Phóng sự ảnh"}


def chash(s: str) -> str:
    return hashlib.md5(("typo3-binhphuoc|" + s).encode()).hexdigest()


def detail_path(uid: int, typenum: int | None = None) -> str:
    q = (f"id={DETAIL_ID}&tx_news_pi1%5Bnews%5D={uid}&tx_news_pi1%5Bcontroller%5D=News"
         f"&tx_news_pi1%5Baction%5D=detail")
    if typenum:
        q += f"&type={typenum}"
    return f"/index.php?{q}&cHash={chash(q)}"


def list_path(page: int = 1, cat: int | None = None) -> str:
    if page == 1 and cat is None:
        return f"/index.php?id={LIST_ID}"
    q = f"id={LIST_ID}"
    if cat is not None:
        q += f"&tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D={cat}"
    if page > 1:
        q += f"&tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D={page}"
    return f"/index.php?{q}&cHash={chash(q)}"


def dated(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def news(uid: int, slug: str, **kw) -> Article:
    a = Article(path=detail_path(uid), aliases=[f"/tin-tuc/chi-tiet/{slug}", detail_path(uid, 98)], **kw)
    a.opts["uid"] = uid
    a.opts["slug"] = slug
    return a


def articles() -> list[Article]:
    N = news
    return [
        N(812, "htx-dieu-bu-gia-map-dat-chung-nhan-huu-co",
          title="HTX điều Bù Gia Mập đạt chứng nhận hữu cơ châu Âu",
          date=datetime(2024, 3, 14),
          lead="HTX Nông nghiệp Bù Gia Mập vừa được cấp chứng nhận hữu cơ theo tiêu chuẩn châu Âu cho 145 ha điều của 58 hộ thành viên.",
          body="""
[img dieu-bu-gia-map.png] Thành viên HTX Nông nghiệp Bù Gia Mập thu hoạch điều hữu cơ
Để đạt chứng nhận, trong ba năm liền các hộ thành viên không sử dụng phân bón và thuốc bảo vệ thực vật hóa học, chuyển sang bón phân chuồng ủ hoai và dùng chế phẩm sinh học.
HTX đã ký hợp đồng bao tiêu với một doanh nghiệp chế biến xuất khẩu, giá điều thô hữu cơ cao hơn điều thường từ 5.000 đến 7.000 đồng/kg.
Theo ông Điểu Minh Tâm, Giám đốc HTX, năm nay HTX dự kiến cung ứng 180 tấn điều thô hữu cơ, doanh thu khoảng 6 tỷ đồng.
""",
          author="Hoàng Phúc", **dated(datetime(2024, 3, 14)),
          opts={"field_author": "Hoàng Phúc", "cats": [2]},
          notes=["date '14.03.2024' in span.news-list-date (dotted, day first, no time: midnight); title the "
                 "<h3 itemprop=headline> (the page's <h1> is the portal's name); the photo and its caption "
                 "(p.news-img-caption) in div.news-img-wrap BEFORE the text: the caption is a line; author 'Tác giả: "
                 "Hoàng Phúc' (the record's author field, not text)"]),
        N(809, "ke-hoach-to-chuc-ngay-hoi-htx-tinh-binh-phuoc-nam-2024",
          title="Kế hoạch tổ chức Ngày hội Hợp tác xã tỉnh Bình Phước năm 2024",
          date=datetime(2024, 3, 12),
          body="""
LIÊN MINH HTX TỈNH BÌNH PHƯỚC
Số: 18/KH-LMHTX
Bình Phước, ngày 11 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Ngày hội Hợp tác xã tỉnh Bình Phước năm 2024
Căn cứ Chương trình công tác năm 2024 của Liên minh HTX tỉnh, nhằm tôn vinh các HTX điển hình và quảng bá sản phẩm HTX, Liên minh HTX tỉnh ban hành kế hoạch như sau:
I. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 10 đến ngày 12/4/2024, tại Quảng trường tỉnh, phường Tân Phú, thành phố Đồng Xoài.
II. NỘI DUNG
1. Trưng bày, giới thiệu sản phẩm của 80 HTX, trong đó ưu tiên sản phẩm OCOP và sản phẩm từ hạt điều.
2. Hội thảo “HTX với chuỗi giá trị ngành điều” và tôn vinh 20 HTX điển hình năm 2023.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; các HTX; Lưu VT.
CHỦ TỊCH Nguyễn Văn Lợi
""",
          author=None, doc_number="18/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-18-LMHTX-ngay-hoi-htx.pdf"}], **dated(datetime(2024, 3, 12)),
          opts={"field_author": "Văn phòng Liên minh HTX tỉnh", "cats": [3]},
          notes=["official plan 'Số: 18/KH-LMHTX', place-date line 'Bình Phước, ngày 11 tháng 3 năm 2024' the day "
                 "before the item's '12.03.2024'; the author field names an office ('Văn phòng Liên minh HTX tỉnh'): "
                 "author null; signer last; the PDF in 'Tệp đính kèm' (ul.news-related-files: file name and size)"]),
        N(805, "anh-ngay-hoi-dieu-binh-phuoc",
          title="Ảnh: Ngày hội điều Bình Phước lần thứ hai",
          date=datetime(2024, 3, 5),
          lead="Ngày hội điều Bình Phước lần thứ hai thu hút hơn 40 HTX và doanh nghiệp ngành điều tham gia trưng bày sản phẩm.",
          body="""
[img ngay-hoi-1.png] Các đại biểu tham quan gian hàng của HTX Điều Phước Long
[img ngay-hoi-2.png] Hạt điều rang muối, sản phẩm OCOP 4 sao của HTX Bù Đốp
[img ngay-hoi-3.png] Trình diễn tách vỏ hạt điều thủ công
[img ngay-hoi-4.png] Khách mua sắm tại gian hàng bánh, kẹo hạt điều
Ngày hội diễn ra trong ba ngày, doanh thu bán hàng của các HTX ước đạt 2,3 tỷ đồng.
Ảnh: Quang Minh
""",
          author="Quang Minh", **dated(datetime(2024, 3, 5)), opts={"cats": [4, 1], "right_last": True},
          notes=["photo story: four photos with captions (p.news-img-caption) in div.news-img-wrap before a short text; "
                 "'Ảnh: Quang Minh' last (right-aligned): part of the text, author Quang Minh"]),
        N(801, "hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-8",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, khóa VI",
          date=datetime(2024, 2, 27),
          lead="Liên minh HTX tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 8, khóa VI, nhiệm kỳ 2020 - 2025.",
          body="""
Hội nghị đánh giá năm 2023 toàn tỉnh thành lập mới 31 HTX, nâng tổng số lên 362 HTX với hơn 18.000 thành viên.
## Một số chỉ tiêu năm 2024
* Thành lập mới 30 HTX và 40 tổ hợp tác;
* 50% HTX nông nghiệp liên kết sản xuất gắn với tiêu thụ sản phẩm;
* Giải ngân 12 tỷ đồng từ Quỹ hỗ trợ phát triển HTX.
Hội nghị thống nhất tổ chức Ngày hội HTX tỉnh trong tháng 4/2024.
""",
          byline="Hải Yến", author="Hải Yến", **dated(datetime(2024, 2, 27)), opts={"cats": [1]},
          notes=["an <h3> heading and a list in the text; byline 'Hải Yến' last (right-aligned bold): part of the text, "
                 "the author; no author field"]),
        N(796, "htx-ho-tieu-loc-ninh-san-xuat-theo-chuoi",
          title="HTX hồ tiêu Lộc Ninh sản xuất theo chuỗi giá trị",
          date=datetime(2024, 2, 15),
          lead="Liên kết với doanh nghiệp xuất khẩu giúp HTX Hồ tiêu Lộc Hưng ổn định đầu ra cho 120 ha tiêu của thành viên.",
          body="""
[img ho-tieu-loc-ninh.png] Thành viên HTX Hồ tiêu Lộc Hưng phơi tiêu
HTX được thành lập năm 2019 với 35 thành viên, sản xuất hồ tiêu theo tiêu chuẩn Rainforest Alliance.
Nhờ quy trình sản xuất bền vững, tiêu của HTX được doanh nghiệp thu mua với giá cao hơn thị trường 3.000 đồng/kg.
Nguồn: Báo Bình Phước
""",
          author=None, **dated(datetime(2024, 2, 15)), opts={"cats": [2], "right_last": True},
          notes=["the text ends with 'Nguồn: Báo Bình Phước' (right-aligned italic): part of the text, a source, "
                 "author null"]),
        N(790, "tap-huan-chuyen-doi-so-cho-htx-nam-2024",
          title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          date=datetime(2024, 1, 30),
          lead="Ngày 29/1, Liên minh HTX tỉnh phối hợp với VNPT Bình Phước tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.",
          body="""
Học viên được hướng dẫn sử dụng phần mềm kế toán HTX, hóa đơn điện tử, chữ ký số và cách mở gian hàng trên sàn thương mại điện tử.
VNPT Bình Phước hỗ trợ miễn phí chữ ký số năm đầu cho 30 HTX tham gia lớp học.
""",
          author=None, **dated(datetime(2024, 1, 30)), opts={"cats": [1]},
          notes=["the lead says 'Ngày 29/1' (the class), the item '30.01.2024'; no author"]),
        N(784, "htx-cao-su-dong-phu-tai-canh-vuon-cay",
          title="HTX cao su Đồng Phú tái canh vườn cây",
          date=datetime(2024, 1, 18),
          lead="HTX Cao su Tân Lợi (huyện Đồng Phú) hỗ trợ thành viên tái canh 85 ha cao su già cỗi bằng giống mới năng suất cao.",
          body="""
[img cao-su-dong-phu.png] Vườn cao su tái canh của thành viên HTX Cao su Tân Lợi
HTX cung ứng cây giống RRIV 209 và phân bón trả chậm cho thành viên, đồng thời hướng dẫn trồng xen cây ngắn ngày trong ba năm đầu.
Mủ cao su của thành viên được HTX thu mua tại vườn, bán trực tiếp cho nhà máy chế biến, giúp mỗi hộ tăng thu nhập khoảng 10%.
""",
          author="Nguyễn Lâm", **dated(datetime(2024, 1, 18)), opts={"field_author": "Nguyễn Lâm", "cats": [2]},
          notes=["author field 'Tác giả: Nguyễn Lâm' (not text)"]),
        N(779, "lien-minh-htx-tinh-tong-ket-nam-2023",
          title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          date=datetime(2023, 12, 28),
          lead="Liên minh HTX tỉnh Bình Phước tổng kết công tác năm 2023, đề ra phương hướng nhiệm vụ năm 2024.",
          body="""
Năm 2023, Liên minh HTX tỉnh đã tư vấn thành lập mới 31 HTX, tổ chức 12 lớp bồi dưỡng cho 620 lượt cán bộ HTX.
Quỹ hỗ trợ phát triển HTX cho 14 HTX vay với tổng số tiền 9,8 tỷ đồng, không có nợ quá hạn.
""",
          byline="Minh Luận", author="Minh Luận", **dated(datetime(2023, 12, 28)), opts={"cats": [1]},
          notes=["oldest item: only on page 2 of the list (…%5B%40widget_0%5D%5BcurrentPage%5D=2&cHash=…); byline "
                 "'Minh Luận' last: part of the text, the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/fileadmin/_processed_/tin-tuc/2024/csm_{src}"


def ddot(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def render(a: Article) -> tuple[str, str]:
    media, text = [], []
    blocks = a.blocks
    right_last = blocks[-1] if a.opts.get("right_last") else None
    for b in blocks:
        if b.kind == "img":
            cap = f'<p class="news-img-caption">{inline_html(b.text)}</p>' if b.text else ""
            media.append(f'<div class="outer"><div class="mediaelement mediaelement-image"><img src="{img(b.src)}" '
                         f'width="600" height="400" alt="{attr(b.text)}" /></div>{cap}</div>')
        elif b is right_last:
            tag = "em" if b.text.startswith("Nguồn") else "strong"
            text.append(f'<p style="text-align: right;"><{tag}>{inline_html(b.text)}</{tag}></p>')
        elif b.kind == "p":
            text.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            text.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            text.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
    if a.byline:
        text.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(media), "\n".join(text)


def speaking(a: Article) -> str:
    return f"/tin-tuc/chi-tiet/{a.opts['slug']}"


def detail(a: Article, related: list[Article]) -> str:
    media, text = render(a)
    cats = ", ".join(f'<a href="{list_path(1, c)}">{CATS[c]}</a>' for c in a.opts["cats"])
    author = (f' <span class="news-list-author">{LABELS[6]} {esc(a.opts["field_author"])}</span>'
              if a.opts.get("field_author") else "")
    teaser = f'<div class="teaser-text"><p>{inline_html(a.lead)}</p></div>' if a.lead else ""
    files = ""
    if a.attachments:
        f = a.attachments[0]
        files = ('<div class="news-related news-related-files"><h4>Tệp đính kèm</h4><ul>'
                 f'<li><span class="news-related-files-link"><a href="{f["path"]}" target="_blank">{esc(f["text"])}</a></span> '
                 '<span class="news-related-files-size">(215 KB)</span></li></ul></div>')
    rel = "".join(f'<li><a href="{speaking(o)}">{esc(o.title)}</a> <span class="news-related-news-date">({ddot(o.date)})</span></li>'
                  for o in related)
    return (f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
            f'<div class="header"><h3 itemprop="headline">{esc(a.title)}</h3></div>'
            f'<div class="footer"><p><span class="news-list-date">{ddot(a.date)}</span> '
            f'<span class="news-list-category">{LABELS[4]} {cats}</span>{author}</p></div>'
            f'{teaser}' + (f'<div class="news-img-wrap">{media}</div>' if media else "")
            + f'<div class="news-text-wrap" itemprop="articleBody">\n{text}\n</div>'
            f'<div class="news-related-wrap">{files}<div class="news-related news-related-news"><h4>Tin liên quan</h4>'
            f'<ul>{rel}</ul></div></div>'
            f'<div class="news-backlink-wrap"><a href="/index.php?id={LIST_ID}">{LABELS[2]}</a> | '
            f'<a href="{detail_path(a.opts["uid"], 98)}" rel="nofollow">{LABELS[3]}</a></div></div></div>')


def list_item(a: Article) -> str:
    pic = a.first_image()
    thumb = (f'<div class="news-img-wrap"><a href="{a.path}"><img src="{img(pic)}" width="200" height="133" alt="" /></a></div>'
             if pic else "")
    return (f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">{thumb}'
            f'<div class="header"><h3><a title="{attr(a.title)}" href="{a.path}"><span itemprop="headline">{esc(a.title)}'
            f'</span></a></h3></div><div class="teaser-text"><div itemprop="description"><p>{esc(a.summary())}</p></div>'
            f'<a class="more" href="{a.path}">{LABELS[5]}</a></div>'
            f'<div class="footer"><p><span class="news-list-date">{ddot(a.date)}</span></p></div></div>')


def layout(title: str, main: str, hot: list[Article]) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/index.php?id=1", "Trang chủ"), (ABOUT, "Giới thiệu"), (f"/index.php?id={LIST_ID}", "Tin tức"),
                    (f"/index.php?id={DOCS_ID}", "Văn bản"), (CONTACT, "Liên hệ")])
    hot_lis = "".join(f'<li><a href="{speaking(a)}">{esc(a.title)}</a></li>' for a in hot)
    poll = "".join(f'<li><input type="radio" name="tx_poll[answer]" value="{i}" /> {esc(o)}</li>' for i, o in enumerate(POLL_A, 1))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2018 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<base href="{{{{base}}}}/">
<title>{esc(title)}: {SHORT}</title>
<meta name="generator" content="TYPO3 CMS">
<link rel="stylesheet" type="text/css" href="/typo3temp/assets/css/stylesheet_9e2c4f.css" media="all">
<link rel="stylesheet" type="text/css" href="/fileadmin/templates/css/main.css" media="all">
</head>
<body id="p{DETAIL_ID}">
<div id="top"><span class="date-now">{TODAY}</span><marquee class="slogan">{" ★ ".join(esc(s) for s in SLOGANS)}</marquee></div>
<div id="header"><a href="/index.php?id=1"><img src="/fileadmin/templates/images/logo.png" alt="Logo"></a><h1 class="site-name">{NAME.upper()}</h1></div>
<div id="nav"><ul class="menu">{menu}</ul>
<form action="/index.php?id={SEARCH_ID}" method="post" class="search"><input type="hidden" name="tx_indexedsearch_pi2[__referrer][@extension]" value="IndexedSearch"><input type="text" name="tx_indexedsearch_pi2[search][sword]"><input type="submit" value="Tìm kiếm"></form></div>
<div id="content"><div id="col-main">
<!--TYPO3SEARCH_begin-->
{main}
<!--TYPO3SEARCH_end-->
</div>
<div id="col-right">
<div class="box"><h2>{SIDE[0]}</h2><ul>{hot_lis}</ul><a href="/index.php?id={LIST_ID}">{LABELS[9]}</a></div>
<div class="box"><h2>{SIDE[10]}</h2><p>{esc(POLL_Q)}</p><ul>{poll}</ul><button type="button">{LABELS[7]}</button> <button type="button">{LABELS[8]}</button></div>
<div class="box"><h2>{SIDE[6]}</h2><p>32°C</p><p>{SIDE[7]}</p><p>{SIDE[8]}</p></div>
<div class="box"><h2>{SIDE[1]}</h2><p>{SIDE[2]}</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p><p>{SIDE[5]}</p></div>
<div class="box"><h2>{SIDE[9]}</h2><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option></select><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
</div></div>
<div id="footer"><p class="copy">{FOOTER[0]}</p>{"".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])}</div>
<script src="/typo3temp/assets/js/main_5b1e3a.js" type="text/javascript"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-phuoc", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    hot = arts[:5]
    for a in arts:
        related = [o for o in arts if o is not a and set(o.opts["cats"]) & set(a.opts["cats"])][:4] or \
            [o for o in arts if o is not a][:3]
        page = layout(a.title, detail(a, related), hot)
        site.page(a.path, page, content_type=HTML)
        site.page(speaking(a), page, content_type=HTML)
        site.page(detail_path(a.opts["uid"], 98), page, content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 18/KH-LMHTX", ["KE HOACH TO CHUC NGAY HOI HTX TINH BINH PHUOC 2024",
                                                         "Lien minh HTX tinh Binh Phuoc"]))
    site.trap("one item at three addresses: the plugin query /index.php?id=45&tx_news_pi1%5Bnews%5D=N&…&cHash=… "
              "(the lists), the speaking URL /tin-tuc/chi-tiet/<slug> ('Tin nổi bật', 'Tin liên quan') and the print "
              "view …&type=98 ('In bài', rel=nofollow); no rel=canonical: one article", arts[0].path)

    def news_list(url: str, title: str, items: list[Article], pager: str = "") -> None:
        main = (f'<h2 class="page-title">{esc(title)}</h2><div class="news"><div class="news-list-view">'
                + "".join(list_item(a) for a in items) + f"</div>{pager}</div>")
        site.page(url, layout(title, main, hot), content_type=HTML)
        site.non_articles.append(url)

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        lis = []
        if n > 1:
            lis.append(f'<li class="previous"><a href="{list_path(n - 1)}">« Trang trước</a></li>')
        for k in range(1, len(pages) + 1):
            lis.append(f'<li class="current">{k}</li>' if k == n else f'<li><a href="{list_path(k)}">{k}</a></li>')
        if n < len(pages):
            lis.append(f'<li class="last next"><a href="{list_path(n + 1)}">Trang sau »</a></li>')
        news_list(list_path(n), "Tin tức", chunk, '<div class="page-navigation"><ul class="f3-widget-paginator">'
                  + "".join(lis) + "</ul></div>")
    for c, name in CATS.items():
        news_list(list_path(1, c), name, [a for a in arts if c in a.opts["cats"]])
    news_list(f"/index.php?id={DOCS_ID}", "Văn bản", [a for a in arts if 3 in a.opts["cats"]])
    site.trap("list /index.php?id=44 (tx_news list view: h3 title links, teaser, 'Xem thêm', '14.03.2024') and its page "
              "2 …&tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2&cHash=… (f3-widget-paginator); category filters "
              "…%5BoverwriteDemand%5D%5Bcategories%5D=N…; /index.php?id=46 'Văn bản': not articles", list_path(2))

    home = ('<div class="home-featured"><h2>Tin tức - Sự kiện</h2><div class="news"><div class="news-list-view">'
            + "".join(list_item(a) for a in arts[:4]) + f'</div></div><a href="/index.php?id={LIST_ID}">{LABELS[9]}</a></div>')
    site.page(HOME, layout("Trang chủ", home, hot), content_type=HTML)
    site.page("/index.php?id=1", layout("Trang chủ", home, hot), content_type=HTML)
    about = [
        "Liên minh Hợp tác xã tỉnh Bình Phước được thành lập theo Quyết định của UBND tỉnh năm 1997, sau khi tái lập "
        "tỉnh, là tổ chức kinh tế - xã hội đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác.",
        "Liên minh có nhiệm vụ tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập hợp tác xã; "
        "đào tạo nguồn nhân lực; xúc tiến thương mại và hỗ trợ tiếp cận vốn cho các hợp tác xã thành viên.",
        "Cơ quan Liên minh có Văn phòng, Ban Kiểm tra, Ban Chính sách - Tuyên truyền và Quỹ hỗ trợ phát triển hợp tác xã."]
    site.page(ABOUT, layout("Giới thiệu", '<div class="csc-default"><div class="csc-header"><h2>Giới thiệu chung</h2></div>'
                            + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div>", hot), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", '<div class="csc-default"><h2>Liên hệ</h2><form action="/index.php?id=7" '
                              'method="post"><input type="hidden" name="tx_form_formframework[__trustedProperties]" '
                              'value="a:1:{s:4:&quot;name&quot;;i:1;}4f1c"><input name="tx_form_formframework[name]">'
                              '<textarea name="tx_form_formframework[message]"></textarea><button type="submit">Gửi'
                              '</button></form></div>', hot), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body]
    site.page(SEARCH, layout("Tìm kiếm", '<div class="tx-indexedsearch"><h2>Kết quả tìm kiếm</h2>'
                             f'<p>Hiển thị kết quả 1 đến {len(found)} trong tổng số {len(found)}</p>'
                             + "".join(f'<div class="tx-indexedsearch-res"><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
                                       f'<p class="tx-indexedsearch-description">{esc(a.summary())}</p></div>' for a in found)
                             + "</div>", hot), content_type=HTML)
    site.non_articles += [HOME, "/index.php?id=1", ABOUT, CONTACT, SEARCH]
    site.trap("introduction /index.php?id=2 (csc-default content element, three paragraphs, no date), contact form "
              "(tx_form), indexed_search results: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\n")
    return site
