"""Site `impresscms-htxhatinh` (registry family `generic`): "Liên minh HTX tỉnh Hà Tĩnh", the alliance's old portal on
**ImpressCMS 1.4** (the XOOPS fork) with the classic XOOPS **news** module (1.x templates `news_index.html`,
`news_item.html`, `news_article.html`), the **content** module for static pages, the default theme with left and right
block columns, the Vietnamese language pack except `_DATESTRING`, left at the English default `Y/n/j G:i:s`; the copy
is of 10 July 2024. Written as a held-out test: no family module, no selectors.

What is an article here: a news story `/modules/news/article.php?storyid=<n>`. Its title is printed as
`span.itemTitle` ("<topic link>: <title>": the news module prefixes the topic's name); there is no `<h1>` but the
theme's logo, and `<title>` is "<site> - <title> - <topic> - Tin tức". The info line under it is
"Đăng bởi quantri vào ngày 2024/7/2 15:40:00 (215 lần đọc)": the poster is the CMS account (never the author), the time
is the story's publication time in the portal's default time zone (GMT+7), year first, month and day without zeros,
seconds. The story's text is `div.itemText` (the "hometext" lead, then the body); the author is the closing line
when it names a person.

URL shapes: the site root `/` answers 302 to `/modules/news/` (the start module), which is the same page as
`/modules/news/index.php`: the five newest stories as full `.item` blocks (the same markup as an article: topic: title,
'Đăng bởi … vào ngày …', the lead, "Đọc tiếp... | 1480 ký tự | 2 bình luận"); "Trang tiếp" pages by
`index.php?start=5` (XOOPS pagenav); topic listings `index.php?storytopic=<t>`; the archive `archive.php` and
`archive.php?year=Y&month=M`; the topics directory; the print view `print.php?storyid=<n>` (robots noindex, the whole
text: an alias); attached files behind `visit.php?fileid=<n>` (a 302 to `/uploads/news/file/…`); the poster's profile
`/userinfo.php?uid=<n>`; static pages `/modules/content/content.php?page=<slug>`; the XOOPS search `/search.php`; RSS
`/backend.php` (RFC 822 dates in GMT). robots.txt is ImpressCMS's default (cache, class, include… directories).

Why it is hard: no heading element for the title, and the topic glued before it; a year-first date with no zero
padding and seconds; listings made of the very `.item` blocks an article is made of; visitors' comments under the
story (XOOPS comment system, each with 'Đã gửi: 2024/7/3 9:12') and the editors' answers; the "Các bài khác cùng
chuyên mục" summary table with dates; 'Bài trước / Bài tiếp theo' links with titles; the feed in GMT, where a story
posted at 06:10 Hà Tĩnh time is dated the day before.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "impresscms-htxhatinh"
NAME = "Liên minh HTX tỉnh Hà Tĩnh"
ORG = "Liên minh Hợp tác xã tỉnh Hà Tĩnh"
SLOGAN = "Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Hà Tĩnh"
HOST = "lienminhhtx.hatinh.vn"
TOPICS = {1: "Tin hoạt động", 2: "Thông báo - Văn bản", 3: "Mô hình HTX"}
FOOT_COPY = "Bản quyền © 2024 Liên minh Hợp tác xã tỉnh Hà Tĩnh"
FOOT_ADDR = "Địa chỉ: Số 05 Nguyễn Chí Thanh, TP Hà Tĩnh - Điện thoại: 0239.3856.226"
POWERED = "Powered by ImpressCMS © 2007-2024 The ImpressCMS Project"
CM_NOTICE = "Các bình luận thuộc về người gửi. Chúng tôi không chịu trách nhiệm về nội dung của họ."
ONLINE = "Có 6 người đang trực tuyến (4 người đang xem Tin tức)"
FURN = [SLOGAN, FOOT_COPY, FOOT_ADDR, POWERED, "Menu chính", "Chuyên mục tin", "Đăng nhập", "Tên đăng nhập:",
        "Mật khẩu:", "Quên mật khẩu?", "Đăng ký ngay!", "Tin mới", "Ai đang trực tuyến", ONLINE, "Thành viên: 0",
        "Khách: 6", "Tìm kiếm", "Tìm kiếm nâng cao", "Bản in", "Gửi bài này cho bạn bè", "Các bài khác cùng chuyên mục",
        "Phẳng", "Lồng nhau", "Cũ nhất trước", "Mới nhất trước", "Liên kết website"]


def xdate(d: datetime) -> str:
    """XOOPS `_DATESTRING` left at the English default 'Y/n/j G:i:s'."""
    return f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}:{d.second:02d}"


def sdate(d: datetime) -> str:
    """`_SHORTDATESTRING` 'Y/n/j'."""
    return f"{d.year}/{d.month}/{d.day}"


def rfc822_gmt(d: datetime) -> str:
    u = d - timedelta(hours=7)
    return u.strftime("%a, %d %b %Y %H:%M:%S GMT")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="/modules/news/article.php?storyid=148",
          title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024",
          lead="Chiều 1/7, Liên minh HTX tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.",
          body="""
Sáu tháng đầu năm 2024, toàn tỉnh thành lập mới 27 HTX, nâng tổng số HTX đang hoạt động lên 812 HTX với hơn 41.000 thành viên.
| Chỉ tiêu | Đơn vị | 6 tháng 2024 | Kế hoạch năm |
| HTX thành lập mới | HTX | 27 | 50 |
| Lớp tập huấn cán bộ HTX | lớp | 9 | 18 |
| Vốn Quỹ hỗ trợ phát triển HTX giải ngân | triệu đồng | 6.300 | 12.000 |
Hội nghị thống nhất tập trung hỗ trợ các HTX xây dựng sản phẩm OCOP và tham gia sàn thương mại điện tử trong 6 tháng cuối năm.
""", byline="Thanh Hà", author="Thanh Hà",
          notes=["title only in span.itemTitle after the topic link ('Tin hoạt động: Liên minh HTX tỉnh sơ kết…': the "
                 "topic is not part of the title), no <h1>; 'vào ngày 2024/7/2 15:40:00' year first, no zero padding; "
                 "a table (one line per row); two visitors' comments ('Đã gửi: 2024/7/3 9:12', one an editor's answer) "
                 "under the story: not text"],
          opts={"topic": 1, "hits": 215, "poster": "quantri", "comments": [
              ("nguyenvanbinh", "Re: sơ kết 6 tháng", datetime(2024, 7, 3, 9, 12),
               "Đề nghị Liên minh HTX tỉnh sớm mở thêm lớp tập huấn kế toán HTX ở các huyện miền núi."),
              ("quantri", "Re: sơ kết 6 tháng", datetime(2024, 7, 3, 14, 30),
               "Cảm ơn anh, lớp tập huấn kế toán tại Hương Sơn dự kiến mở vào tháng 8/2024.")]},
          **at(datetime(2024, 7, 2, 15, 40))),
        A(path="/modules/news/article.php?storyid=146",
          title="Thông báo số 18/TB-LMHTX về việc tổ chức Hội chợ sản phẩm HTX tỉnh Hà Tĩnh năm 2024",
          body="""
LIÊN MINH HTX TỈNH HÀ TĨNH
Số: 18/TB-LMHTX
Hà Tĩnh, ngày 21 tháng 6 năm 2024
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm HTX tỉnh Hà Tĩnh năm 2024
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX tỉnh Hà Tĩnh năm 2024 từ ngày 18/7 đến ngày 22/7/2024 tại Quảng trường Trần Phú, TP Hà Tĩnh.
Quy mô 120 gian hàng tiêu chuẩn, miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký tham gia về Văn phòng Liên minh HTX tỉnh trước ngày 10/7/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Đình Phong
""", author=None, doc_number="18/TB-LMHTX",
          attachments=[{"path": "/modules/news/visit.php?fileid=7", "text": "TB-18-LMHTX-2024.pdf"}],
          notes=["notice 'Số: 18/TB-LMHTX' dated 21/6 in its text, posted 'vào ngày 2024/6/24 6:10:00'; /backend.php "
                 "dates it 'Sun, 23 Jun 2024 23:10:00 GMT' (the day before); signer last: text, author null; the PDF "
                 "in the 'Tập tin đính kèm:' line is linked by visit.php?fileid=7 (a 302 to /uploads/news/file/…)"],
          opts={"topic": 2, "hits": 388, "poster": "vanphong"},
          **at(datetime(2024, 6, 24, 6, 10))),
        A(path="/modules/news/article.php?storyid=143",
          title="HTX Bưởi Phúc Trạch Hương Khê ký hợp đồng tiêu thụ 300 tấn bưởi",
          lead="HTX Bưởi Phúc Trạch (huyện Hương Khê) vừa ký hợp đồng tiêu thụ 300 tấn bưởi vụ năm 2024 với một chuỗi siêu thị.",
          body="""
[img buoi-phuc-trach-1.png] Thành viên HTX chăm sóc bưởi Phúc Trạch tại xã Hương Trạch
Theo hợp đồng, bưởi đạt tiêu chuẩn VietGAP được thu mua với giá cao hơn thị trường 10 - 15%.
[img buoi-phuc-trach-2.png] Lãnh đạo Liên minh HTX tỉnh dự lễ ký kết hợp đồng
HTX hiện có 64 thành viên với 120 ha bưởi, trong đó 85 ha được cấp mã số vùng trồng.
""", byline="Bài, ảnh: Nguyễn Văn Tuấn", author="Nguyễn Văn Tuấn",
          notes=["photo story: centred images each followed by a centred italic caption paragraph (one line each); "
                 "'Bài, ảnh: Nguyễn Văn Tuấn' -> author; posted by the account 'quantri' (not the author)"],
          opts={"topic": 3, "hits": 530, "poster": "quantri"},
          **at(datetime(2024, 6, 11, 9, 5))),
        A(path="/modules/news/article.php?storyid=139",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX",
          lead="Từ ngày 15 đến 17/5, Liên minh HTX tỉnh phối hợp với Sở Kế hoạch và Đầu tư tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho 120 cán bộ HTX.",
          body="""
## Nội dung chính của lớp tập huấn
* Những điểm mới của Luật Hợp tác xã năm 2023;
* Tổ chức lại HTX theo quy định mới, có hiệu lực từ ngày 01/7/2023;
* Chế độ kế toán và báo cáo tài chính của HTX;
* Chính sách hỗ trợ, ưu đãi đối với tổ chức kinh tế hợp tác.
Kết thúc lớp học, các học viên được cấp giấy chứng nhận hoàn thành khóa tập huấn.
""", byline="Phòng Tuyên truyền - Liên minh HTX tỉnh", author=None,
          notes=["a <h3> heading and a list (one line per item); the lead names 15 - 17/5 and 01/7/2023, not the "
                 "publication date; the closing line names an office: text, author null"],
          opts={"topic": 1, "hits": 302, "poster": "quantri"},
          **at(datetime(2024, 5, 20, 14, 30))),
        A(path="/modules/news/article.php?storyid=136",
          title="Mật ong rừng Vũ Quang đạt chứng nhận OCOP 4 sao",
          body="""
Sản phẩm mật ong rừng của HTX Nuôi ong Vũ Quang vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao.
Mỗi năm HTX cung cấp ra thị trường khoảng 18 tấn mật ong, doanh thu trên 4 tỷ đồng.
HTX đang liên kết với 40 hộ dân vùng đệm Vườn quốc gia Vũ Quang để mở rộng đàn ong.
""", byline="Theo Báo Hà Tĩnh", author=None,
          notes=["reprint: last line 'Theo Báo Hà Tĩnh' is a source, author null; no lead"],
          opts={"topic": 3, "hits": 611, "poster": "quantri"},
          **at(datetime(2024, 5, 6, 8, 0))),
        A(path="/modules/news/article.php?storyid=131",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 6, nhiệm kỳ 2020 - 2025",
          lead="Ngày 12/4, Ban Chấp hành Liên minh HTX tỉnh Hà Tĩnh tổ chức hội nghị lần thứ 6, nhiệm kỳ 2020 - 2025.",
          body="""
Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ quý I và thảo luận các giải pháp hỗ trợ HTX nông nghiệp chuyển đổi số.
Hội nghị cũng thông qua kế hoạch tổ chức Hội chợ sản phẩm HTX tỉnh năm 2024.
""", byline="Lê Minh Châu", author="Lê Minh Châu",
          notes=["the newest stories' pages no longer list it: page 2 of the news index (index.php?start=5) and its "
                 "topic listing; one visitor's comment dated three days later"],
          opts={"topic": 1, "hits": 189, "poster": "quantri", "comments": [
              ("htxcamxuyen", "Góp ý", datetime(2024, 4, 18, 20, 5),
               "HTX chúng tôi mong được tham gia hội chợ năm nay với sản phẩm cam bù.")]},
          **at(datetime(2024, 4, 15, 16, 45))),
        A(path="/modules/news/article.php?storyid=127",
          title="HTX Nông nghiệp Thạch Hạ phát triển mô hình rau an toàn trong nhà lưới",
          lead="HTX Nông nghiệp Thạch Hạ (TP Hà Tĩnh) đưa vào sản xuất 2,5 ha rau an toàn trong nhà lưới.",
          body="""
Mỗi ngày HTX cung cấp cho các bếp ăn trường học và siêu thị trên địa bàn khoảng 1,2 tấn rau các loại.
Thu nhập bình quân của lao động làm việc tại HTX đạt 6,5 triệu đồng/người/tháng.
""", author=None,
          notes=["no byline: author null; only on page 2 of the news index (index.php?start=5), its topic listing and "
                 "the archive"],
          opts={"topic": 3, "hits": 144, "poster": "quantri"},
          **at(datetime(2024, 3, 28, 10, 20))),
        A(path="/modules/news/article.php?storyid=122",
          title="Kế hoạch tuyên truyền phát triển kinh tế tập thể, hợp tác xã năm 2024",
          body="""
LIÊN MINH HTX TỈNH HÀ TĨNH
Số: 09/KH-LMHTX
Hà Tĩnh, ngày 04 tháng 3 năm 2024
KẾ HOẠCH
Tuyên truyền phát triển kinh tế tập thể, hợp tác xã năm 2024
## I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng Luật Hợp tác xã năm 2023 và Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.
## II. NỘI DUNG, HÌNH THỨC
- Tuyên truyền trên Cổng thông tin điện tử Liên minh HTX tỉnh và Báo Hà Tĩnh;
- Tổ chức hội nghị, tọa đàm tại các huyện, thị xã, thành phố.
CHỦ TỊCH
Nguyễn Văn Thắng
""", author=None, doc_number="09/KH-LMHTX",
          notes=["plan 'Số: 09/KH-LMHTX', place-date line 'Hà Tĩnh, ngày 04 tháng 3 năm 2024' the day before the "
                 "posting 'vào ngày 2024/3/5 7:45:00'; capital headings as <h3>, '- ' paragraphs; signer: text, no "
                 "author; page 2 of the index only"],
          opts={"topic": 2, "hits": 97, "poster": "vanphong"},
          **at(datetime(2024, 3, 5, 7, 45))),
        A(path="/modules/news/article.php?storyid=118",
          title="Liên minh HTX tỉnh trao vốn vay cho 6 HTX nông nghiệp",
          lead="Sáng 26/2, Liên minh HTX tỉnh trao quyết định cho vay vốn từ Quỹ hỗ trợ phát triển HTX cho 6 HTX với tổng số tiền 3,2 tỷ đồng.",
          body="""
Nguồn vốn giúp các HTX đầu tư máy móc, nhà sơ chế và mở rộng liên kết sản xuất với thành viên.
Năm 2024, Quỹ hỗ trợ phát triển HTX tỉnh dự kiến giải ngân 12 tỷ đồng cho khoảng 25 HTX.
""", byline="Hồng Nhung", author="Hồng Nhung",
          notes=["posted 'vào ngày 2024/2/26 6:30:00' (the archive of February lists it); page 2 of the index only"],
          opts={"topic": 1, "hits": 256, "poster": "quantri"},
          **at(datetime(2024, 2, 26, 6, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "outer"))
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/uploads/img{b.src.replace(".png", "")}.png" '
                       f'alt="" width="560" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def item_block(a: RichArticle, full: bool) -> str:
    t = a.opts["topic"]
    title = (f'<a href="/modules/news/index.php?storytopic={t}">{esc(TOPICS[t])}</a>: '
             + (esc(a.title) if full else f'<a href="{a.path}">{esc(a.title)}</a>'))
    uid = 1 if a.opts["poster"] == "quantri" else 3
    info = (f'<span class="itemPoster">Đăng bởi <a href="/userinfo.php?uid={uid}">{a.opts["poster"]}</a></span> '
            f'<span class="itemPostDate">vào ngày {xdate(a.date)}</span> '
            f'(<span class="itemStats">{a.opts["hits"]} lần đọc</span>)')
    topic_img = (f'<a href="/modules/news/index.php?storytopic={t}"><img src="/uploads/news/topics/topic{t}.png" '
                 f'alt="{attr(TOPICS[t])}" class="left" /></a>')
    if full:
        text = body_html(a)
        foot = ""
    else:
        first = inline_text(a.lead) if a.lead else inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        text = f"<p>{esc(first)}</p>"
        n = len(a.opts.get("comments", []))
        foot = (f'<div class="itemFoot"><span class="itemAdminLink"></span> <span class="itemPermaLink">'
                f'<a href="{a.path}">Đọc tiếp...</a> | {len(inline_text(a.body)) + 400} ký tự | '
                f'<a href="{a.path}#comments">{n} bình luận</a></span></div>')
    return (f'<div class="item"><div class="itemHead"><span class="itemTitle">{title}</span></div>'
            f'<div class="itemInfo">{info}</div><div class="itemBody">{topic_img}'
            f'<div class="itemText">{text}</div></div>{foot}</div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-tinh", f"{NAME} (ImpressCMS)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/backend.php" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    per_page = 5

    def recent_block() -> str:
        lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({sdate(a.date)})</li>' for a in arts[:5])
        return f'<div class="blockTitle">Tin mới</div><div class="blockContent"><ul>{lis}</ul></div>'

    left = ('<div class="blockTitle">Menu chính</div><div class="blockContent"><div id="mainmenu">'
            '<a class="menuTop" href="/">Trang chủ</a><a class="menuMain" href="/modules/news/">Tin tức</a>'
            '<a class="menuSub" href="/modules/news/archive.php">Lưu trữ tin</a>'
            '<a class="menuSub" href="/modules/news/topics_directory.php">Danh mục chuyên mục</a>'
            '<a class="menuMain" href="/modules/content/content.php?page=gioi-thieu">Giới thiệu</a>'
            '<a class="menuMain" href="/modules/content/content.php?page=lien-he">Liên hệ</a></div></div>'
            '<div class="blockTitle">Chuyên mục tin</div><div class="blockContent"><ul>'
            + "".join(f'<li><a href="/modules/news/index.php?storytopic={t}">{esc(n)}</a></li>' for t, n in TOPICS.items())
            + '</ul></div>'
            '<div class="blockTitle">Đăng nhập</div><div class="blockContent" style="text-align: center;">'
            '<form style="margin-top: 0px;" action="/user.php" method="post">Tên đăng nhập:<br />'
            '<input type="text" name="uname" size="12" value="" maxlength="25" /><br />Mật khẩu:<br />'
            '<input type="password" name="pass" size="12" maxlength="32" /><br />'
            '<input type="hidden" name="op" value="login" /><input type="submit" value="Đăng nhập" /></form>'
            '<a href="/user.php#lost">Quên mật khẩu?</a><br /><br /><a href="/register.php">Đăng ký ngay!</a></div>')

    def right() -> str:
        links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{esc(t)}</a></li>' for t, h in
                        [("Liên minh Hợp tác xã Việt Nam", "/lmhtx-vn/"), ("Cổng thông tin tỉnh Hà Tĩnh", "/hatinh/")])
        return ('<div class="blockTitle">Tìm kiếm</div><div class="blockContent" style="text-align: center;">'
                '<form style="margin-top: 0px;" action="/search.php" method="get">'
                '<input type="text" name="query" size="14" /><input type="hidden" name="action" value="results" />'
                '<br /><input type="submit" value="Tìm kiếm" /></form><a href="/search.php">Tìm kiếm nâng cao</a></div>'
                + recent_block()
                + f'<div class="blockTitle">Ai đang trực tuyến</div><div class="blockContent">{ONLINE}<br /><br />'
                  'Thành viên: 0<br />Khách: 6</div>'
                + f'<div class="blockTitle">Liên kết website</div><div class="blockContent"><ul>{links}</ul></div>')

    def page(title: str, content: str, extra_head: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta http-equiv="content-language" content="vi" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="hợp tác xã, Hà Tĩnh, liên minh HTX, kinh tế tập thể, OCOP" />
<meta name="description" content="{attr(SLOGAN)}" />
<meta name="rating" content="general" />
<meta name="author" content="{attr(NAME)}" />
<meta name="copyright" content="Copyright © 2024" />
<meta name="generator" content="ImpressCMS" />
<title>{esc(title)}</title>
<link rel="shortcut icon" type="image/ico" href="/favicon.ico" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/backend.php" />
<link rel="stylesheet" type="text/css" media="all" href="/icms.css" />
<link rel="stylesheet" type="text/css" media="all" href="/themes/iTheme/style.css" />
<script type="text/javascript" src="/include/xoops.js"></script>
{extra_head}</head>
<body>
<div id="container">
<div id="header"><a href="/"><img src="/themes/iTheme/img/logo.png" alt="{attr(NAME)}" /></a>
<h1 class="sitename">{esc(NAME)}</h1><p class="slogan">{esc(SLOGAN)}</p></div>
<table cellspacing="0" id="content-table"><tr>
<td id="leftcolumn">{left}</td>
<td id="centercolumn"><div id="content">
{content}
</div></td>
<td id="rightcolumn">{right()}</td>
</tr></table>
<div id="footer"><p>{esc(FOOT_COPY)}</p><p>{esc(FOOT_ADDR)}</p>
<p class="powered"><a href="{{{{base:offsite}}}}/impresscms/" target="_blank">{esc(POWERED)}</a></p></div>
</div>
</body>
</html>
"""

    def pagenav(base: str, n_items: int, start: int) -> str:
        if n_items <= per_page:
            return ""
        sep = "&amp;" if "?" in base else "?"
        parts = []
        pages = (n_items + per_page - 1) // per_page
        cur = start // per_page
        if cur > 0:
            prev = cur - 1
            parts.append(f'<a href="{base}{sep + "start=" + str(prev * per_page) if prev else ""}">&laquo;</a>')
        for i in range(pages):
            if i == cur:
                parts.append(f"<strong>({i + 1})</strong>")
            else:
                href = base + (f"{sep}start={i * per_page}" if i else "")
                parts.append(f'<a href="{href}">{i + 1}</a>')
        if cur < pages - 1:
            parts.append(f'<a href="{base}{sep}start={(cur + 1) * per_page}">&raquo;</a>')
        return f'<div style="text-align: right; margin: 10px;" class="pagenav">{" ".join(parts)}</div>'

    def listing(items: list[RichArticle], heading: str, base: str, start: int) -> str:
        chunk = items[start:start + per_page]
        return (f'<div class="news-index">{heading}'
                + "".join(item_block(a, False) for a in chunk)
                + pagenav(base, len(items), start) + "</div>")

    mod = "Tin tức"
    idx_title = f"{NAME} - {mod}"
    site.redirect("/", "/modules/news/", 302)
    home = page(idx_title, listing(arts, "", "/modules/news/index.php", 0))
    site.page("/modules/news/", home)
    site.page("/modules/news/index.php", home)
    site.page("/modules/news/index.php?start=5", page(idx_title, listing(arts, "", "/modules/news/index.php", 5)))
    site.non_articles += ["/modules/news/", "/modules/news/index.php", "/modules/news/index.php?start=5"]
    for t, tname in TOPICS.items():
        items = [a for a in arts if a.opts["topic"] == t]
        head = (f'<div class="itemTitle" style="padding: 5px;"><img src="/uploads/news/topics/topic{t}.png" alt="" /> '
                f'{esc(tname)}</div>')
        path = f"/modules/news/index.php?storytopic={t}"
        site.page(path, page(f"{NAME} - {tname} - {mod}", listing(items, head, path, 0)))
        site.non_articles.append(path)
        assert len(items) <= per_page

    # archive
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    arch_rows = "".join(f'<tr class="{"even" if i % 2 else "odd"}"><td><a href="/modules/news/archive.php?year={y}&amp;'
                        f'month={m}">Tháng {m} năm {y}</a></td></tr>' for i, (y, m) in enumerate(months))
    arch_head = (f'<table class="outer" width="100%"><tr><th>Lưu trữ tin</th></tr>{arch_rows}</table>')
    site.page("/modules/news/archive.php", page(f"{NAME} - Lưu trữ tin - {mod}", arch_head))
    site.non_articles.append("/modules/news/archive.php")
    for y, m in months:
        items = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        rows = "".join(f'<tr class="{"even" if i % 2 else "odd"}"><td><a href="/modules/news/index.php?storytopic='
                       f'{a.opts["topic"]}">{esc(TOPICS[a.opts["topic"]])}</a></td><td><a href="{a.path}">'
                       f'{esc(a.title)}</a></td><td>{a.opts["hits"]}</td><td>{xdate(a.date)}</td>'
                       f'<td><a href="/modules/news/print.php?storyid={a.path.split("=")[1]}" rel="nofollow">'
                       f'<img src="/modules/news/images/print.png" alt="Bản in" /></a></td></tr>'
                       for i, a in enumerate(items))
        content = (arch_head + f'<br /><table class="outer" width="100%"><tr><th colspan="5">Tháng {m} năm {y}</th></tr>'
                   f'<tr><td class="head">Chuyên mục</td><td class="head">Tiêu đề</td><td class="head">Lượt đọc</td>'
                   f'<td class="head">Ngày</td><td class="head">Thao tác</td></tr>{rows}</table>'
                   f'<p>Có {len(items)} bài viết trong tháng</p>')
        path = f"/modules/news/archive.php?year={y}&month={m}"
        site.page(path, page(f"{NAME} - Lưu trữ tin - Tháng {m} năm {y} - {mod}", content))
        site.non_articles.append(path)
    tdir = "".join(f'<tr><td><a href="/modules/news/index.php?storytopic={t}">{esc(n)}</a></td><td>'
                   f'{sum(1 for a in arts if a.opts["topic"] == t)}</td></tr>' for t, n in TOPICS.items())
    site.page("/modules/news/topics_directory.php", page(f"{NAME} - Danh mục chuyên mục - {mod}",
              f'<table class="outer"><tr><th>Chuyên mục</th><th>Số bài</th></tr>{tdir}</table>'))
    site.non_articles.append("/modules/news/topics_directory.php")

    # articles
    for i, a in enumerate(arts):
        sid = a.path.split("=")[1]
        t = a.opts["topic"]
        same = [x for x in arts if x.opts["topic"] == t and x is not a]
        nav = []
        older = arts[i + 1] if i + 1 < len(arts) else None
        newer = arts[i - 1] if i > 0 else None
        if older:
            nav.append(f'<a href="{older.path}" title="{attr(older.title)}">« Bài trước: {esc(older.title)}</a>')
        if newer:
            nav.append(f'<a href="{newer.path}" title="{attr(newer.title)}">Bài tiếp theo: {esc(newer.title)} »</a>')
        files = ""
        if a.attachments:
            x = a.attachments[0]
            files = (f'<div class="itemText" style="margin: 8px 0;"><img src="/modules/news/images/attach.png" alt="" /> '
                     f'Tập tin đính kèm: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></div>')
        summary = ""
        if same:
            rows = "".join(f'<tr class="{"even" if j % 2 else "odd"}"><td><a href="{x.path}">{esc(x.title)}</a></td>'
                           f'<td align="right">{sdate(x.date)}</td><td align="right">{x.opts["hits"]}</td></tr>'
                           for j, x in enumerate(same[:5]))
            summary = (f'<br /><table class="outer" width="100%"><tr><th colspan="3">Các bài khác cùng chuyên mục</th>'
                       f'</tr><tr><td class="head">Tiêu đề</td><td class="head">Ngày</td><td class="head">Lượt đọc</td>'
                       f'</tr>{rows}</table>')
        comments = a.opts.get("comments", [])
        com_rows = "".join(
            f'<tr><td class="head"><a id="comment{200 + k}"></a> {esc(u)}</td><td class="head"><div class="comDate">'
            f'<span class="comDateCaption">Đã gửi:</span> {xdate(d)}</div></td></tr>'
            f'<tr><td class="odd"><div class="comUserRank"><div class="comUserRankText">'
            f'{"Quản trị" if u == "quantri" else "Thành viên"}</div></div></td><td class="odd">'
            f'<div class="comTitle">{esc(ctitle)}</div><div class="comText">{esc(text)}</div></td></tr>'
            for k, (u, ctitle, d, text) in enumerate(comments))
        com = (f'<div style="text-align: center; padding: 3px; margin: 3px;"><form method="get" action="{a.path}">'
               f'<table width="95%" class="outer" cellspacing="1"><tr><td class="even" align="center">'
               f'<select name="com_mode"><option value="flat" selected="selected">Phẳng</option>'
               f'<option value="thread">Lồng nhau</option></select> <select name="com_order">'
               f'<option value="0" selected="selected">Cũ nhất trước</option><option value="1">Mới nhất trước</option>'
               f'</select><input type="hidden" name="storyid" value="{sid}" /> <input type="submit" value="Làm mới" '
               f'class="formButton" /></td></tr></table></form>{CM_NOTICE}</div>'
               + (f'<a id="comments"></a><table class="outer" cellpadding="5" cellspacing="1"><tr><th width="20%">'
                  f'Người gửi</th><th>Chủ đề</th></tr>{com_rows}</table>' if comments else ""))
        content = (f'<div class="news-article">{item_block(a, True)}{files}'
                   f'<div class="itemFoot"><span class="itemPermaLink"><a href="print.php?storyid={sid}" rel="nofollow">'
                   f'<img src="/modules/news/images/print.png" alt="Bản in" title="Bản in" /> Bản in</a> '
                   f'<a href="mailto:?subject={attr(a.title)}">Gửi bài này cho bạn bè</a></span></div>'
                   f'<div style="padding: 3px; margin-right: 3px;">{" | ".join(nav)}</div>{summary}</div>{com}')
        desc = a.summary()
        head = f'<meta name="news:storyid" content="{sid}" />\n'
        html = page(f"{NAME} - {a.title} - {TOPICS[t]} - {mod}", content, head).replace(
            f'<meta name="description" content="{attr(SLOGAN)}" />', f'<meta name="description" content="{attr(desc)}" />')
        site.page(a.path, html)
        # print view
        pr = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(NAME)} - {esc(a.title)}</title><meta name="robots" content="noindex,nofollow" /></head>
<body bgcolor="#ffffff" text="#000000" onload="window.print()">
<table border="0"><tr><td align="center"><table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td align="center">
<img src="/themes/iTheme/img/logo.png" border="0" alt="" /><br /><br />
<h3>{esc(a.title)}</h3><small><b>Ngày:</b>&nbsp;{xdate(a.date)}</small><br /><br /></td></tr>
<tr valign="top" style="font:12px;"><td>{body_html(a)}<br /></td></tr></table></td></tr></table>
<br /><br />Bài viết này được gửi từ {esc(NAME)}<br /><br />URL của bài viết này:<br />
<a href="{a.path}">http://{HOST}{a.path}</a></td></tr></table></body></html>
"""
        ppath = f"/modules/news/print.php?storyid={sid}"
        site.page(ppath, pr)
        a.aliases.append(ppath)
        site.add_article(a)
        for x in a.attachments:
            real = "/uploads/news/file/5f2c1a9e0b7d3_tb18_lmhtx_2024.pdf"
            site.redirect(x["path"], real, 302)
            site.binary(real, pdf(a.title, ["LIEN MINH HTX TINH HA TINH", "THONG BAO SO 18/TB-LMHTX"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/img{b.src.replace('.png', '')}.png", image_for(b.src))

    # users, static pages, search
    for uid, uname, since in [(1, "quantri", "2013/5/14"), (3, "vanphong", "2016/9/2")]:
        posts = [a for a in arts if a.opts["poster"] == uname]
        rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({xdate(a.date)})</li>' for a in posts[:5])
        site.page(f"/userinfo.php?uid={uid}", page(
            f"{NAME} - Thông tin về {uname}",
            f'<table class="outer" width="100%"><tr><th colspan="2">Thông tin về {uname}</th></tr>'
            f'<tr><td class="head">Ngày đăng ký:</td><td class="odd">{since}</td></tr>'
            f'<tr><td class="head">Cấp bậc:</td><td class="odd">{"Quản trị" if uid == 1 else "Thành viên"}</td></tr>'
            f'<tr><td class="head">Bài viết/bình luận:</td><td class="odd">{len(posts)}</td></tr></table>'
            f'<h4>Tin tức</h4><ul>{rows}</ul>'))
        site.non_articles.append(f"/userinfo.php?uid={uid}")
    about = ('<div class="content_page"><h2 class="content_title">Giới thiệu Liên minh HTX tỉnh Hà Tĩnh</h2>'
             '<div class="content_body"><p>Liên minh Hợp tác xã tỉnh Hà Tĩnh là tổ chức kinh tế - xã hội, đại diện và '
             'bảo vệ quyền, lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh.</p>'
             '<p>Liên minh HTX tỉnh tuyên truyền, tư vấn, hỗ trợ thành lập HTX, đào tạo, bồi dưỡng cán bộ và xúc tiến '
             'thương mại cho sản phẩm của HTX; quản lý Quỹ hỗ trợ phát triển HTX tỉnh.</p>'
             '<p>Cơ quan thường trực đặt tại số 05 Nguyễn Chí Thanh, TP Hà Tĩnh.</p></div>'
             '<div class="content_info">Cập nhật: 2019/4/2 8:00:00 | Lượt xem: 2461</div></div>')
    site.page("/modules/content/content.php?page=gioi-thieu", page(f"{NAME} - Giới thiệu", about))
    contact = ('<div class="content_page"><h2 class="content_title">Liên hệ</h2><div class="content_body">'
               '<p>Văn phòng Liên minh HTX tỉnh Hà Tĩnh</p><p>Email: lienminhhtx@hatinh.gov.vn</p></div></div>')
    site.page("/modules/content/content.php?page=lien-he", page(f"{NAME} - Liên hệ", contact))
    hits = [a for a in arts if "HTX" in a.title]
    res = "".join(f'<p><img src="/modules/news/images/forum.gif" alt="" /> <b><a href="{a.path}">{esc(a.title)}</a>'
                  f'</b><br /><small>(<a href="/userinfo.php?uid={1 if a.opts["poster"] == "quantri" else 3}">'
                  f'{a.opts["poster"]}</a>, {xdate(a.date)})</small></p>' for a in hits)
    site.page("/search.php?query=htx&action=results", page(f"{NAME} - Kết quả tìm kiếm",
              f'<h3>Kết quả tìm kiếm</h3><p>Từ khóa: <b>htx</b></p><h4>Tin tức</h4>{res}'))
    site.page("/search.php", page(f"{NAME} - Tìm kiếm", '<h3>Tìm kiếm</h3><form action="/search.php" method="get">'
              '<input type="text" name="query" /><input type="hidden" name="action" value="results" />'
              '<input type="submit" value="Tìm kiếm" /></form>'))
    site.page("/user.php", page(f"{NAME} - Đăng nhập", '<form action="/user.php" method="post"><fieldset>'
              '<legend>Đăng nhập</legend><input type="text" name="uname" /><input type="password" name="pass" />'
              '</fieldset></form><a id="lost"></a><h4>Quên mật khẩu?</h4>'))
    site.page("/register.php", page(f"{NAME} - Đăng ký", '<h3>Đăng ký thành viên</h3><form action="/register.php" '
              'method="post"><input type="text" name="uname" /></form>'))
    site.non_articles += ["/modules/content/content.php?page=gioi-thieu", "/modules/content/content.php?page=lien-he",
                          "/search.php?query=htx&action=results", "/search.php", "/user.php", "/register.php"]
    # feed
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{esc(a.path)}</link>"
                    f"<description>{esc(a.summary())}</description><pubDate>{rfc822_gmt(a.date)}</pubDate>"
                    f"<category>{esc(TOPICS[a.opts['topic']])}</category><guid>{{{{base}}}}{esc(a.path)}</guid></item>\n"
                    for a in arts[:6])
    site.page("/backend.php", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
              f"<title>{esc(NAME)}</title><link>{{{{base}}}}/</link><description>{esc(SLOGAN)}</description>"
              f"<lastBuildDate>{rfc822_gmt(datetime(2024, 7, 10, 8, 0))}</lastBuildDate><docs>http://backend.userland.com/rss/</docs>"
              f"<generator>ImpressCMS</generator><category>Tin tức</category><language>vi</language>\n{items}"
              "</channel></rss>\n", content_type="text/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /cache/\nDisallow: /cgi-bin/\nDisallow: /class/\n"
                "Disallow: /images/\nDisallow: /include/\nDisallow: /install/\nDisallow: /kernel/\n"
                "Disallow: /language/\nDisallow: /libraries/\nDisallow: /templates_c/\nDisallow: /themes/\n")
    site.binary("/favicon.ico", image_for("favicon"))
    for t in TOPICS:
        site.binary(f"/uploads/news/topics/topic{t}.png", image_for(f"topic{t}"))
    site.binary("/themes/iTheme/img/logo.png", image_for("logo"))
    for name in ("print", "attach"):
        site.binary(f"/modules/news/images/{name}.png", image_for(name))
    site.binary("/modules/news/images/forum.gif", image_for("forum"))

    site.trap("the root answers 302 to /modules/news/ (the start module), the same page as /modules/news/index.php", "/")
    site.trap("news index: five stories as full .item blocks (topic: title, 'Đăng bởi … vào ngày …', the lead, 'Đọc "
              "tiếp... | N ký tự | N bình luận'): not articles; XOOPS pagenav '(1) 2 »' to index.php?start=5, which "
              "holds the four oldest stories", "/modules/news/index.php?start=5")
    site.trap("print view print.php?storyid=<n> (linked 'Bản in', robots noindex, the title in <h3>, 'Ngày: …', the "
              "whole text, 'URL của bài viết này:'): an alias", "/modules/news/print.php?storyid=143")
    site.trap("RSS /backend.php (6 newest): pubDate in GMT, a story posted at 06:10 Hà Tĩnh time is dated the day "
              "before", "/backend.php")
    site.trap("archive archive.php?year=Y&month=M: a table of the month's stories with their full dates: not an "
              "article", "/modules/news/archive.php?year=2024&month=3")
    site.trap("poster profile /userinfo.php?uid=1 ('quantri': the account, never an author) lists its stories: not an "
              "article", "/userinfo.php?uid=1")
    site.trap("content module page 'Giới thiệu' (h2 title, three paragraphs, 'Cập nhật: 2019/4/2 8:00:00'): not an "
              "article", "/modules/content/content.php?page=gioi-thieu")
    site.trap("XOOPS search results (titles with '(quantri, 2024/6/11 9:05:00)'): not an article",
              "/search.php?query=htx&action=results")
    return site
