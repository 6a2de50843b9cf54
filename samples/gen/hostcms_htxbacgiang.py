"""Site `hostcms-htxbacgiang` (registry family `generic`): "Liên minh Hợp tác xã tỉnh Bắc Giang", the alliance's portal
on **HostCMS 6** (PHP CMS of the Russian vendor HostCMS LLC: the "Информационные системы" module for the news, pages
rendered by XSL templates — a Vietnamese copy of the stock `ВыводЕдиницыИнформационнойСистемы` and
`СписокЭлементовИнфосистемы`, with the staff's additions: a "Ngày đăng / Số lượt xem" line under the title and the
breadcrumbs; tags, comments with moderation, star grades; the IS date format 'd.m.Y', datetime 'd.m.Y H:i'). The copy is
of 14 November 2024 (before Bắc Giang merged into Bắc Ninh). Written as a held-out test: no family module, no selectors.

What is an article here: an information-system item. URL shapes: the news IS `/news/` with groups `/news/<group>/`, an
item `/news/<group>/<item-path>/` (HostCMS transliterates the name into the path; trailing slash always); the list
pages `/news/page-2/` (5 a page: HostCMS's pager "1 2" with the hidden Ctrl+arrow links `a#id_prev`/`a#id_next`), the
group pages `/news/<group>/` (and `/news/<group>/page-2/`), tag lists `/news/tag/<tag-path>/`, the IS feed
`/news/rss/` (RFC pubDate +0700), `/sitemap.xml` (robots.txt names it; `/users/` and `/search/` disallowed). The old
site's addresses `/tin-tuc/<item-path>/` answer 301 to the new item (the vendor's redirect rules kept after the
migration; one old link still sits in a body): aliases. Pages of the structure: `/gioi-thieu/`, `/lien-he/` (the
feedback form). No og, no JSON-LD, no canonical.

Why it is hard: the `<title>` is the item's name (HostCMS's default SEO title) and `<meta name="description">` repeats
the name (the default when the item has no SEO description): no lead anywhere on the item page. The list shows the
item's "description" (a short intro the editor typed, not the first paragraph) beside the date `03.11.2024`; the item
page has only the text field `div[hostcms:field=text]`. The date line "Ngày đăng: 03.11.2024 09:20 | Số lượt xem: 125"
sits between the `<h1>` and the text; below the text, `p.tags` (star grade images, the tag links) and the "Thuộc tính"
table (`table.news_properties`: "Tác giả" — the author, NOT text; "Tệp đính kèm" — the attachment, its file name the
link text). Then "Bình luận": each `div.comment` (subject, text, `p.tags` with the name and '05.11.2024 14:22:10',
"Trả lời", "#"), replies in `div.comment_sub`, and the hidden "Thêm bình luận" form `#AddComment` with the moderation
notice. Breadcrumbs repeat the item's name as their last crumb.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "hostcms-htxbacgiang"
NAME = "Liên minh Hợp tác xã tỉnh Bắc Giang"
SHORT = "Liên minh HTX tỉnh Bắc Giang"
IS_NAME = "Tin tức"
PER_PAGE = 5
GROUPS = {"hoat-dong": "Hoạt động Liên minh", "kinh-te-tap-the": "Kinh tế tập thể", "thong-bao": "Thông báo"}
TAGS = {"hoi-nghi": "hội nghị", "ocop": "OCOP", "vai-thieu": "vải thiều", "dao-tao": "đào tạo",
        "chuyen-doi-so": "chuyển đổi số", "quy-ho-tro": "quỹ hỗ trợ"}
SLOGAN = "Đồng hành cùng kinh tế tập thể tỉnh Bắc Giang"
ADDRESS = "Địa chỉ: Số 2 đường Hùng Vương, TP Bắc Giang, tỉnh Bắc Giang"
PHONE = "Điện thoại: 0204.3854.216 - Email: lmhtx@bacgiang.gov.vn"
LICENCE = "Giấy phép số 08/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Bắc Giang cấp ngày 12/4/2019"
COPY = "© 2019 - 2024 Liên minh Hợp tác xã tỉnh Bắc Giang"
POWERED = "Hệ thống quản trị nội dung HostCMS"
MODERATION = "Bình luận của bạn sẽ được hiển thị sau khi được quản trị viên kiểm duyệt."
CHROME = [SLOGAN, ADDRESS, PHONE, LICENCE, COPY, POWERED, MODERATION, "Thêm bình luận", "Số lượt xem:", "Thuộc tính",
          "Tệp đính kèm", "Chuyên mục tin", "Tin mới cập nhật", "Thống kê truy cập", "Đang trực tuyến: 7",
          "Hôm nay: 412", "Tổng lượt truy cập: 1.284.906", "Mã bảo vệ", "Trả lời",
          "Ngày đăng:"]


def dm(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def dmt(d: datetime) -> str:
    return f"{d:%d.%m.%Y %H:%M}"


def items() -> list[dict]:
    return [
        dict(id=412, group="hoat-dong", path="lien-minh-htx-tinh-so-ket-cong-tac-10-thang-nam-2024",
             when=datetime(2024, 11, 12, 15, 40), views=86, tags=["hoi-nghi"], grade=5, author="Thân Văn Hùng",
             title="Liên minh HTX tỉnh sơ kết công tác 10 tháng năm 2024",
             desc="Đánh giá kết quả 10 tháng, bàn giải pháp hoàn thành chỉ tiêu năm 2024.",
             body="""
Chiều 12/11, Liên minh HTX tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác 10 tháng năm 2024, triển khai nhiệm vụ những tháng cuối năm.
Trong 10 tháng, toàn tỉnh thành lập mới 46 HTX, đạt 92% kế hoạch năm; tổng số HTX đang hoạt động là 1.038 HTX với hơn 52.000 thành viên.
[img so-ket-10-thang.jpg] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu kết luận hội nghị
## Nhiệm vụ những tháng cuối năm
* Hoàn thành hồ sơ giải ngân Quỹ hỗ trợ phát triển HTX đợt 3;
* Tổ chức tổng kết phong trào thi đua "HTX kiểu mới" năm 2024;
* Chuẩn bị Đại hội đại biểu Liên minh HTX tỉnh nhiệm kỳ 2025 - 2030.
""",
             comments=[(1501, "HTX Nông nghiệp Tân Yên", "Chúc mừng",
                        "Chúc mừng Liên minh HTX tỉnh và các HTX đã đạt kết quả tốt.", datetime(2024, 11, 13, 8, 12, 5),
                        None),
                       (1502, "Quản trị viên", "Re: Chúc mừng", "Cảm ơn HTX đã đồng hành cùng Liên minh!",
                        datetime(2024, 11, 13, 9, 1, 44), 1501)],
             notes=["'Ngày đăng: 12.11.2024 15:40' under the h1; the 'Thuộc tính' table's 'Tác giả: Thân Văn Hùng' is the "
                    "author (not text); two comments, the second a reply in div.comment_sub, dated '13.11.2024 08:12:05' "
                    "and '13.11.2024 09:01:44': neither text nor date; the breadcrumbs end with the item's name"]),
        dict(id=409, group="thong-bao", path="thong-bao-ve-viec-tiep-nhan-ho-so-vay-von-quy-ho-tro-phat-trien-htx-dot-3",
             when=datetime(2024, 11, 8, 8, 0), views=214, tags=["quy-ho-tro"], grade=0, author=None,
             title="Thông báo về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 3 năm 2024",
             desc="Quỹ tiếp nhận hồ sơ đến hết ngày 30/11/2024.", doc="52/TB-LMHTX",
             file=("TB-52-LMHTX.pdf", "/upload/information_system_1/4/0/9/item_409/information_items_property_1187.pdf"),
             body="""
LIÊN MINH HTX TỈNH BẮC GIANG
Số: 52/TB-LMHTX
Bắc Giang, ngày 06 tháng 11 năm 2024
THÔNG BÁO
Về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 3 năm 2024
Quỹ hỗ trợ phát triển HTX tỉnh Bắc Giang thông báo tiếp nhận hồ sơ vay vốn đợt 3 năm 2024 như sau:
- Đối tượng: HTX, liên hiệp HTX có phương án sản xuất, kinh doanh khả thi;
- Mức vay tối đa 1,5 tỷ đồng/dự án, lãi suất 0,5%/tháng;
- Thời gian tiếp nhận: từ ngày 08/11/2024 đến hết ngày 30/11/2024.
Nơi nhận:
- Các HTX trên địa bàn tỉnh;
- Lưu VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thu Hằng
""",
             comments=[],
             notes=["notice 'Số: 52/TB-LMHTX' signed 06/11 in its text, posted 'Ngày đăng: 08.11.2024 08:00'; the signer "
                    "ends the text, no author (the 'Tác giả' property is empty: no row); the PDF is the 'Tệp đính kèm' "
                    "property row (link text 'TB-52-LMHTX.pdf'): the attachment, not text"]),
        dict(id=405, group="kinh-te-tap-the", path="htx-vai-thieu-luc-ngan-xuat-khau-sang-nhat-ban",
             when=datetime(2024, 10, 30, 0, 20), views=377, tags=["vai-thieu", "ocop"], grade=4, author=None,
             title="HTX vải thiều Lục Ngạn tiếp tục xuất khẩu sang thị trường Nhật Bản",
             desc="Mô hình liên kết chuỗi giá trị vải thiều đạt chuẩn xuất khẩu.",
             body="""
Vụ vải năm 2024, HTX Nông nghiệp dịch vụ vải thiều Lục Ngạn xuất khẩu 320 tấn vải tươi sang Nhật Bản, tăng 25% so với năm trước.
HTX có 86 thành viên với 140 ha vải được cấp mã số vùng trồng và chứng nhận GlobalGAP.
| Thị trường | Sản lượng 2023 (tấn) | Sản lượng 2024 (tấn) |
| Nhật Bản | 256 | 320 |
| Singapore | 48 | 75 |
| Trong nước | 610 | 690 |
Theo Báo Bắc Giang
""",
             comments=[(1488, "Lê Văn Toàn", "Hỏi thông tin",
                        "Cho hỏi HTX có nhận thêm thành viên ở xã Phượng Sơn không ạ?", datetime(2024, 10, 31, 20, 15, 9),
                        None)],
             notes=["posted twenty minutes after midnight ('Ngày đăng: 30.10.2024 00:20'); a data table (one line per "
                    "row); 'Theo Báo Bắc Giang' closes the text: a reprint, no author; one reader comment"]),
        dict(id=401, group="hoat-dong", path="tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx-nam-2024",
             when=datetime(2024, 10, 24, 14, 5), views=158, tags=["dao-tao", "chuyen-doi-so"], grade=0,
             author="Ngô Thị Lan Anh",
             title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX năm 2024",
             desc="60 học viên tham gia lớp tập huấn tại TP Bắc Giang.",
             body="""
Từ ngày 22 đến 24/10, Liên minh HTX tỉnh phối hợp Sở Thông tin và Truyền thông tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên sàn thương mại điện tử.
[img tap-huan-cds.jpg] Học viên thực hành đăng sản phẩm lên sàn thương mại điện tử
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận hoàn thành khóa học.
""",
             comments=[],
             notes=["a photo with its caption (centred <em> paragraph after the image): one line; 'Tác giả' property -> "
                    "author, not text"]),
        dict(id=396, group="kinh-te-tap-the", path="ga-doi-yen-the-lien-ket-tieu-thu-qua-san-thuong-mai-dien-tu",
             when=datetime(2024, 10, 15, 9, 30), views=261, tags=["ocop", "chuyen-doi-so"], grade=0, author=None,
             title="Gà đồi Yên Thế: HTX liên kết tiêu thụ qua sàn thương mại điện tử",
             desc="Nhiều HTX chăn nuôi gà đồi Yên Thế bán hàng trực tuyến.",
             body="""
Năm 2024, các HTX chăn nuôi gà đồi huyện Yên Thế đẩy mạnh bán hàng qua sàn thương mại điện tử và mạng xã hội.
HTX Chăn nuôi gà Đồng Tâm mỗi tháng tiêu thụ trực tuyến khoảng 3 tấn gà thịt, chiếm 30% sản lượng.
Trước đó, Liên minh HTX tỉnh đã tổ chức [[lớp tập huấn chuyển đổi số|/tin-tuc/tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx-nam-2024/]] giúp cán bộ HTX mở gian hàng trực tuyến.
Phòng Tuyên truyền - Liên minh HTX tỉnh
""",
             comments=[],
             notes=["a sentence of the text links the OLD address /tin-tuc/<item-path>/ (a 301 to "
                    "/news/hoat-dong/<item-path>/: an alias of that item); the line is text; closed by an office: no "
                    "author"]),
        dict(id=390, group="hoat-dong", path="ket-nap-thanh-vien-moi-cua-lien-minh-htx-tinh",
             when=datetime(2024, 9, 27, 10, 15), views=143, tags=["hoi-nghi"], grade=0, author="Thân Văn Hùng",
             title="Kết nạp 12 HTX là thành viên mới của Liên minh HTX tỉnh",
             desc="Trao quyết định kết nạp thành viên cho 12 HTX.",
             body="""
Ngày 26/9, Liên minh HTX tỉnh trao quyết định kết nạp thành viên cho 12 HTX trên địa bàn các huyện Lạng Giang, Tân Yên và Hiệp Hòa.
Việc kết nạp giúp các HTX được tiếp cận chính sách hỗ trợ, tham gia các chương trình xúc tiến thương mại do Liên minh tổ chức.
""",
             comments=[],
             notes=["listed on /news/page-2/ only (and its group page); 'Tác giả' property -> author"]),
        dict(id=384, group="kinh-te-tap-the", path="htx-mien-chu-nam-duong-mo-rong-nha-xuong",
             when=datetime(2024, 9, 10, 16, 50), views=98, tags=["ocop"], grade=0, author="Đỗ Quang Minh",
             title="HTX sản xuất miến Chũ Nam Dương mở rộng nhà xưởng",
             desc="Nâng công suất lên 5 tấn miến mỗi ngày.",
             body="""
HTX sản xuất và kinh doanh miến Chũ Nam Dương (huyện Lục Ngạn) vừa đưa vào sử dụng nhà xưởng mới rộng 1.200 m2.
Với dây chuyền tráng và sấy khép kín, công suất của HTX tăng lên 5 tấn miến mỗi ngày.
Sản phẩm miến dong của HTX đạt OCOP 4 sao và có mặt tại nhiều hệ thống siêu thị.
""",
             comments=[],
             notes=["only on /news/page-2/ and /news/kinh-te-tap-the/page-2/"]),
        dict(id=377, group="hoat-dong", path="lien-minh-htx-tinh-tham-quan-mo-hinh-htx-tai-hai-duong",
             when=datetime(2024, 8, 21, 7, 45), views=121, tags=[], grade=0, author=None,
             title="Đoàn công tác Liên minh HTX tỉnh tham quan mô hình HTX tại Hải Dương",
             desc="Học tập kinh nghiệm tổ chức sản xuất theo chuỗi.",
             body="""
Từ ngày 19 đến 20/8, đoàn công tác Liên minh HTX tỉnh Bắc Giang tham quan, học tập mô hình HTX tại tỉnh Hải Dương.
Đoàn đã thăm HTX Nông nghiệp Thanh Hải (huyện Thanh Hà) và HTX Dịch vụ nông nghiệp Đức Chính (huyện Cẩm Giàng).
Đức Anh
""",
             comments=[], writer="Đức Anh",
             notes=["the oldest item: only on /news/page-2/ and /news/hoat-dong/page-2/; no tags (no p.tags links); the "
                    "bare name 'Đức Anh' closes the text: part of it and the author (no 'Tác giả' property)"]),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-giang", f"{SHORT} (HostCMS)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += CHROME
    specs = sorted(items(), key=lambda s: s["when"], reverse=True)
    for s in specs:
        s["url"] = f"/news/{s['group']}/{s['path']}/"

    def layout(title: str, content: str, desc: str, kw: str, crumbs: list[tuple[str, str | None]]) -> str:
        trail = " <span>→</span> ".join(f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>"
                                        for t, h in crumbs)
        groups = "".join(f'<li><a href="/news/{g}/">{esc(n)}</a> <span class="count">'
                         f'({sum(1 for s in specs if s["group"] == g)})</span></li>' for g, n in GROUPS.items())
        latest = "".join(f'<div class="news_item_small"><span class="date">{dm(s["when"])}</span> '
                         f'<a href="{s["url"]}">{esc(s["title"])}</a></div>' for s in specs[:4])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc)}" />
<meta name="keywords" content="{attr(kw)}" />
<link rel="stylesheet" type="text/css" href="/templates/template1/style.css?1698224187" />
<link rel="alternate" type="application/rss+xml" title="{attr(IS_NAME)}" href="/news/rss/" />
<link rel="shortcut icon" href="/favicon.png" />
<script type="text/javascript" src="/hostcmsfiles/jquery/jquery.js"></script>
<script type="text/javascript" src="/hostcmsfiles/jquery/jquery.validate.js"></script>
<script type="text/javascript" src="/templates/template1/hostcms.js"></script>
</head>
<body class="pageBody">
<div id="wrapper">
 <div class="header">
  <div class="logo"><a href="/" title="{attr(NAME)}"><img src="/images/logo.png" alt="{attr(NAME)}" /></a></div>
  <div class="site_name">{esc(NAME)}<span>{esc(SLOGAN)}</span></div>
  <div class="top_links"><a href="/users/">Đăng nhập</a> | <a href="/lien-he/">Liên hệ</a></div>
  <form method="get" action="/search/" class="search_form"><input type="text" name="text" value="" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" /></form>
 </div>
 <ul class="top_menu">
  <li><a href="/">Trang chủ</a></li>
  <li><a href="/gioi-thieu/">Giới thiệu</a></li>
  <li class="current"><a href="/news/">Tin tức</a></li>
  <li><a href="/news/thong-bao/">Thông báo</a></li>
  <li><a href="/lien-he/">Liên hệ</a></li>
 </ul>
 <div class="clearing"></div>
 <div class="left_block content">
  <div class="breadcrumbs">{trail}</div>
{content}
 </div>
 <div class="right_block">
  <div class="block"><p class="h1">Chuyên mục tin</p><ul class="groups">{groups}</ul></div>
  <div class="block"><p class="h1">Tin mới cập nhật</p>{latest}</div>
  <div class="block counter"><p class="h1">Thống kê truy cập</p><p>Đang trực tuyến: 7</p><p>Hôm nay: 412</p><p>Tổng lượt truy cập: 1.284.906</p></div>
 </div>
 <div class="clearing"></div>
 <div class="footer">
  <p class="org">{esc(NAME)}</p>
  <p>{esc(ADDRESS)}</p>
  <p>{esc(PHONE)}</p>
  <p>{esc(LICENCE)}</p>
  <p class="copyright">{esc(COPY)}</p>
  <p class="powered"><a href="{{{{base:offsite}}}}/hostcms/" target="_blank">{POWERED}</a></p>
 </div>
</div>
</body>
</html>
"""

    def body_html(s: dict) -> str:
        out = []
        for b in parse_rich(s["body"]):
            if b.kind == "p":
                out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
            elif b.kind == "table":
                out.append(table_html(b, "table"))
            elif b.kind == "img":
                src = f"/upload/information_system_1/{s['id'] // 100}/{s['id'] // 10 % 10}/{s['id'] % 10}/item_{s['id']}/{b.src}"
                site.binary(src, image_for(src))
                out.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="600" height="400" /></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        return "\n".join(out)

    def stars(grade: int) -> str:
        if not grade:
            return ""
        return "<span>" + '<img src="/images/star-full.png" />' * grade + '<img src="/images/star-empty.png" />' * (5 - grade) + "</span>"

    def tag_links(tags: list[str]) -> str:
        if not tags:
            return ""
        return ('<img src="/images/tag.png" /><span>' + ", ".join(
            f'<a href="/news/tag/{t}/" class="tag">{esc(TAGS[t])}</a>' for t in tags) + "</span>")

    def comment_html(s: dict, c: tuple, children: list[tuple]) -> str:
        cid, who, subj, text, when, _ = c
        sub = ""
        if children:
            sub = '<div class="comment_sub">' + "".join(comment_html(s, k, []) for k in children) + "</div>"
        return f"""<a name="comment{cid}"></a>
<div class="comment" id="comment{cid}">
<div class="subject" hostcms:id="{cid}" hostcms:field="subject" hostcms:entity="comment">{esc(subj)}</div>
<div hostcms:id="{cid}" hostcms:field="text" hostcms:entity="comment" hostcms:type="wysiwyg"><p>{esc(text)}</p></div>
<p class="tags"><img src="/images/user.png" /> <span>{esc(who)}</span> <img src="/images/calendar.png" /> <span>{when:%d.%m.%Y %H:%M:%S}</span> <span class="red" onclick="$('.comment_reply').hide('slow');$('#cr_{cid}').toggle('slow')">Trả lời</span> <span class="red"><a href="{s['url']}#comment{cid}" title="Liên kết đến bình luận">#</a></span></p>
</div>
{sub}"""

    def comment_form(s: dict) -> str:
        return f"""<p class="button" onclick="$('.comment_reply').hide('slow');$('#AddComment').toggle('slow')">Thêm bình luận</p>
<div id="AddComment" class="comment_reply" style="display: none;">
<div class="comment"><form action="{s['url']}" name="comment_form_0" method="post" enctype="multipart/form-data">
<div class="row"><div class="caption">Tên</div><div class="field"><input type="text" size="70" name="author" value="" /></div></div>
<div class="row"><div class="caption">E-mail</div><div class="field"><input id="email" type="text" size="70" name="email" value="" /></div></div>
<div class="row"><div class="caption">Điện thoại</div><div class="field"><input type="text" size="70" name="phone" value="" /></div></div>
<div class="row"><div class="caption">Chủ đề</div><div class="field"><input type="text" size="70" name="subject" value="" /></div></div>
<div class="row"><div class="caption">Bình luận</div><div class="field"><textarea name="text" cols="68" rows="5"></textarea></div></div>
<div class="row"><div class="caption">Đánh giá</div><div class="field stars"><select name="grade"><option value="1">Kém</option><option value="2">Trung bình</option><option value="3">Khá</option><option value="4">Tốt</option><option value="5">Rất tốt</option></select></div></div>
<div class="row"><div class="caption">Mã bảo vệ</div><div class="field"><img id="comment_0" class="captcha" src="/captcha.php?id=19f2c7&amp;height=30&amp;width=100" title="Mã bảo vệ" name="captcha" /><input type="hidden" name="captcha_id" value="19f2c7" /><input type="text" name="captcha" size="15" /></div></div>
<div class="row"><div class="caption"></div><div class="field"><input id="submit_email" type="submit" name="add_comment" value="Gửi bình luận" class="button" /></div></div>
<p class="moderation">{MODERATION}</p>
</form></div>
</div>"""

    for s in specs:
        props = []
        if s["author"]:
            props.append(f'<tr><td class="name">Tác giả:</td><td class="value">{esc(s["author"])}</td></tr>')
        if s.get("file"):
            label, href = s["file"]
            props.append(f'<tr><td class="name">Tệp đính kèm:</td><td class="value"><a href="{href}" target="_blank">'
                         f'{esc(label)}</a></td></tr>')
            site.binary(href, pdf(s["title"], ["LIEN MINH HTX TINH BAC GIANG", "SO: 52/TB-LMHTX"]))
        props_html = (f'<p class="h2">Thuộc tính</p><table border="0" class="news_properties">{"".join(props)}</table>'
                      if props else "")
        tops = [c for c in s["comments"] if c[5] is None]
        comments = ""
        if tops:
            comments = '<p class="h1"><a name="comments"></a>Bình luận</p>' + "".join(
                comment_html(s, c, [k for k in s["comments"] if k[5] == c[0]]) for c in tops)
        ptags = stars(s["grade"]) + tag_links(s["tags"])
        content = f"""  <h1 hostcms:id="{s['id']}" hostcms:field="name" hostcms:entity="informationsystem_item">{esc(s['title'])}</h1>
  <div class="news_date">Ngày đăng: {dmt(s['when'])} | Số lượt xem: <span hostcms:id="{s['id']}" hostcms:field="showed" hostcms:entity="informationsystem_item">{s['views']}</span></div>
  <div hostcms:id="{s['id']}" hostcms:field="text" hostcms:entity="informationsystem_item" hostcms:type="wysiwyg">
{body_html(s)}
  </div>
  <p class="tags">{ptags}</p>
  {props_html}
  {comments}
  {comment_form(s)}"""
        crumbs = [("Trang chủ", "/"), (IS_NAME, "/news/"), (GROUPS[s["group"]], f"/news/{s['group']}/"),
                  (s["title"], None)]
        site.page(s["url"], layout(s["title"], content, s["title"], s["title"], crumbs))
        site.redirect(f"/tin-tuc/{s['path']}/", s["url"])
        art = RichArticle(path=s["url"], title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"]), published_source="date-element",
                          evidence=["date-element", "listing"], doc_number=s.get("doc"), notes=s["notes"],
                          aliases=[f"/tin-tuc/{s['path']}/"])
        if s.get("file"):
            art.attachments = [{"path": s["file"][1], "text": s["file"][0]}]
        if s.get("writer"):
            art.author = s["writer"]
        site.add_article(art)
        site.extra_boilerplate += [c[3] for c in s["comments"]]
    site.trap("the old site's /tin-tuc/<item-path>/ answers 301 to /news/<group>/<item-path>/ (vendor redirect rules): "
              "aliases; one body line still links the old address", f"/tin-tuc/{specs[3]['path']}/")
    site.trap("<title> and <meta name=description> are both the item's name (HostCMS defaults when no SEO fields are "
              "set): no lead on the item page; the list's 'description' intro is not on it", specs[0]["url"])

    # lists
    def list_item(s: dict) -> str:
        tl = tag_links(s["tags"])
        return (f'<dt>{dm(s["when"])}</dt>\n<dd><a href="{s["url"]}" hostcms:id="{s["id"]}" hostcms:field="name" '
                f'hostcms:entity="informationsystem_item">{esc(s["title"])}</a>'
                f'<div hostcms:id="{s["id"]}" hostcms:field="description" hostcms:entity="informationsystem_item" '
                f'hostcms:type="wysiwyg"><p>{esc(s["desc"])}</p></div></dd>\n'
                + (f'<p class="tags">{tl}</p>\n' if tl else "") + "<hr />")

    def pager(base: str, n: int, k: int) -> str:
        if n < 2:
            return ""
        parts = []
        if k > 1:
            parts.append(f'<span class="ctrl">← Ctrl</span>')
            parts.append(f'<a href="{base}{"" if k == 2 else f"page-{k - 1}/"}" id="id_prev"></a>')
        for j in range(1, n + 1):
            if j == k:
                parts.append(f'<span class="current">{j}</span>')
            else:
                parts.append(f'<a href="{base}{"" if j == 1 else f"page-{j}/"}" class="page_link">{j}</a>')
        if k < n:
            parts.append(f'<a href="{base}page-{k + 1}/" id="id_next"></a>')
            parts.append('<span class="ctrl">Ctrl →</span>')
        return f'<div><p>{" ".join(parts)}</p><div style="clear: both"></div></div>'

    def listing(base: str, heading: str, chosen: list[dict], crumbs: list, extra: str = "") -> None:
        chunks = [chosen[i:i + PER_PAGE] for i in range(0, len(chosen), PER_PAGE)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            path = base if k == 1 else f"{base}page-{k}/"
            title = heading if k == 1 else f"{heading}, trang {k}"
            content = (f'<h1>{esc(heading)}</h1>\n{extra if k == 1 else ""}<dl class="news_list full_list">\n'
                       + "\n".join(list_item(s) for s in chunk) + "\n</dl>\n" + pager(base, len(chunks), k)
                       + '<div style="clear: both"></div>\n<div class="rss"><img src="/images/rss.png" /> '
                         '<a href="/news/rss/">RSS</a></div>')
            site.page(path, layout(title, content, heading, heading, crumbs))
            site.non_articles.append(path)

    groups_box = '<div class="group_list"><ul>' + "".join(
        f'<li><a href="/news/{g}/">{esc(n)}</a> <span class="count">({sum(1 for s in specs if s["group"] == g)})</span>'
        "</li>" for g, n in GROUPS.items()) + "</ul></div>\n"
    listing("/news/", IS_NAME, specs, [("Trang chủ", "/"), (IS_NAME, None)], groups_box)
    for g, n in GROUPS.items():
        listing(f"/news/{g}/", n, [s for s in specs if s["group"] == g],
                [("Trang chủ", "/"), (IS_NAME, "/news/"), (n, None)])
    for t, name in TAGS.items():
        tagged = [s for s in specs if t in s["tags"]]
        content = (f'<h1>{esc(IS_NAME)}</h1>\n<p class="h2">Nhãn — <strong>{esc(name)}</strong>.</p>\n'
                   '<dl class="news_list full_list">\n' + "\n".join(list_item(s) for s in tagged) + "\n</dl>")
        site.page(f"/news/tag/{t}/", layout(f"Nhãn {name}", content, name, name,
                                            [("Trang chủ", "/"), (IS_NAME, "/news/"), (name, None)]))
        site.non_articles.append(f"/news/tag/{t}/")
    site.trap("the IS list /news/ (all groups, 5 a page, date '12.11.2024' in <dt> beside the title, the item's "
              "typed description under it) and its HostCMS pager: /news/page-2/ holds the three oldest items; the "
              "Ctrl+arrow links a#id_prev/a#id_next are empty anchors", "/news/page-2/")
    site.trap("tag lists /news/tag/<path>/ ('Nhãn — <b>OCOP</b>.'): listings", "/news/tag/ocop/")

    # home, pages
    home_news = "".join(f'<div class="news_item"><span class="date">{dm(s["when"])}</span> <a href="{s["url"]}">'
                        f'{esc(s["title"])}</a><p>{esc(s["desc"])}</p></div>' for s in specs[:5])
    site.page("/", layout(NAME, f'<h1>Tin tức - Sự kiện</h1>{home_news}<p><a href="/news/">Xem tất cả tin</a></p>',
                          NAME, "liên minh hợp tác xã, Bắc Giang", [("Trang chủ", None)]))
    site.non_articles.append("/")
    site.page("/gioi-thieu/", layout("Giới thiệu", "<h1>Giới thiệu</h1><p>Liên minh Hợp tác xã tỉnh Bắc Giang là tổ "
                                     "chức kinh tế - xã hội, đại diện cho các HTX, tổ hợp tác trên địa bàn tỉnh.</p>",
                                     "Giới thiệu", "Giới thiệu", [("Trang chủ", "/"), ("Giới thiệu", None)]))
    site.page("/lien-he/", layout("Liên hệ", '<h1>Liên hệ</h1><form method="post" action="/lien-he/"><p>Họ tên '
                                  '<input type="text" name="name" /></p><p>Nội dung <textarea name="text"></textarea>'
                                  '</p><input type="submit" value="Gửi" /></form>', "Liên hệ", "Liên hệ",
                                  [("Trang chủ", "/"), ("Liên hệ", None)]))
    site.non_articles += ["/gioi-thieu/", "/lien-he/"]
    site.page("/users/", layout("Đăng nhập", '<h1>Đăng nhập</h1><form method="post" action="/users/"><input '
                                'type="text" name="login" /><input type="password" name="password" /></form>',
                                "Đăng nhập", "Đăng nhập", [("Trang chủ", "/"), ("Đăng nhập", None)]))
    site.never_fetched.append("/users/")
    site.trap("/users/ (the 'Đăng nhập' link in the header) is disallowed by robots.txt: never fetched", "/users/")

    # feed, sitemap, robots
    def rfc(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S +0700")
    rss_items = "".join(f"<item><title>{esc(s['title'])}</title><link>{{{{base}}}}{s['url']}</link>"
                        f"<description>{esc(s['desc'])}</description><pubDate>{rfc(s['when'])}</pubDate>"
                        f"<guid>{{{{base}}}}{s['url']}</guid></item>" for s in specs[:6])
    site.page("/news/rss/", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(IS_NAME)}'
              f"</title><link>{{{{base}}}}/news/</link><description>{esc(NAME)}</description>{rss_items}"
              "</channel></rss>\n", content_type="application/rss+xml; charset=UTF-8")
    locs = ["/", "/gioi-thieu/", "/lien-he/", "/news/"] + [f"/news/{g}/" for g in GROUPS] + [s["url"] for s in specs]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc><changefreq>daily</changefreq>"
                                        "<priority>0.5</priority></url>" for u in locs) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /users/\nDisallow: /search/\n"
                "Disallow: /captcha.php\nSitemap: {{base}}/sitemap.xml\n")
    site.binary("/captcha.php", image_for("captcha"))
    for p in ("/images/logo.png", "/favicon.png"):
        site.binary(p, image_for(p))
    return site
