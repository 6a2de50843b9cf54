"""Site `wikidot-htxlaichau` (registry family `generic`): "Liên minh HTX tỉnh Lai Châu - Trang tin kinh tế tập thể", a
site on the **Wikidot** wiki farm (`htxlaichau.wikidot.com`, the default `base` theme, Vietnamese interface) that the
Lai Châu cooperative alliance's office uses as its news site: each news item is a wiki page in the `news:` category,
rendered through the category's live template `news:_template` (a meta line "Đăng ngày %%created_at%% bởi
%%created_by%%" above `%%content%%`, the tags and a `[[module Comments]]` under it). The copy is of 20 November 2024,
10:00 (Vietnam time). Written as a held-out test: no family module, no selectors.

What is an article here: a `news:` page. URL shapes: the page `/news:<unix-name>` (lower case, hyphens: Wikidot's
unix names); the news list `/news` is a ListPages module (category news, newest created first, 5 a page) with the
pager `/news/p/2`; the home page `/` (the wiki's `start` page, also `/start`) lists the 3 newest; tag lists
`/system:page-tags/tag/<tag>`; pages `/gioi-thieu`, `/lien-he`; attachments `/local--files/<page>/<file>`; the
ListPages RSS `/feed/pages/pagename/news/category/news/limit/6` (6 newest, pubDate in +0000). An item that was first
written in the old category `tin-tuc:` keeps its old page with `[[module Redirect]]`: `/tin-tuc:<name>` answers 301 to
the `news:` page (an alias; the side bar still links the old name). No site map, no og/JSON-LD.

Why it is hard: the title is `div#page-title` (no heading: the only `<h1>` is the wiki's name in the header);
`<title>` is "<title> - <wiki name>". Every time on the page is a Wikidot `span.odate` whose text is **UTC**
("14 Oct 2024 18:40") and whose class `time_<unix>` carries the timestamp (JavaScript rewrites it into the reader's
zone): a news item created at 01:40 on 15 October in Lai Châu reads "14 Oct 2024 18:40" in the HTML. Two times per
page: the template's "Đăng ngày" (created: the publication) and `div#page-info` "phiên bản trang: 4, cập nhật lần
cuối: …" (the last edit, days later: not the date). The `printuser` after "bởi" is the office's Wikidot account, never
the author: a byline line closes the text when there is one. Comments (the Comments module, `div.post` with the
commenters' accounts and odate), the "Tin cùng chủ đề" ListPages box, page tags, the page-options bar (Sửa, Thẻ,
Thảo luận, Lịch sử, Tệp, In, Công cụ, + Tùy chọn), the side bar menu, the footer and the CC licence line are not text.
The oldest item is only on `/news/p/2` (not on the home page, not in the 6-item feed).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, esc, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "wikidot-htxlaichau"
WIKI = "Liên minh HTX tỉnh Lai Châu"
SUBTITLE = "Trang tin kinh tế tập thể tỉnh Lai Châu"
ACCOUNT = "vanphong-lmhtx-laichau"
NOW = datetime(2024, 11, 20, 10, 0)
PER_PAGE = 5
FMT = "format_%25e%20%25b%20%25Y%2C%20%25H%3A%25M%20%28%25O%20tr%C6%B0%E1%BB%9Bc%29"
SIDE_MENU = [("/", "Trang chủ"), ("/news", "Tin hoạt động"), ("/system:page-tags/tag/thong-bao", "Văn bản, thông báo"),
             ("/gioi-thieu", "Giới thiệu Liên minh"), ("/lien-he", "Liên hệ với chúng tôi")]
SIDE_TEXT = "Trang tin do Văn phòng Liên minh HTX tỉnh Lai Châu cập nhật"
LICENSE = ("Trừ khi có ghi chú khác, nội dung của trang này được cấp phép theo Creative Commons Attribution-ShareAlike "
           "3.0 License")
CHROME = [SUBTITLE, "Tin hoạt động", "Văn bản, thông báo", "Giới thiệu Liên minh", "Liên hệ với chúng tôi", SIDE_TEXT,
          "Tin nổi bật", "Tạo tài khoản", "Đăng nhập", "Tin cùng chủ đề", "Thêm bình luận mới", "Trợ giúp",
          "Điều khoản dịch vụ", "Riêng tư", "Báo lỗi", "Báo cáo vi phạm", "Powered by Wikidot.com", LICENSE,
          "phiên bản trang", "cập nhật lần cuối", "+ Tùy chọn", "Công cụ"]


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def unix(d: datetime) -> int:
    return int((utc(d) - datetime(1970, 1, 1)).total_seconds())


def odate(d: datetime) -> str:
    return f'<span class="odate time_{unix(d)} {FMT}">{utc(d):%d %b %Y %H:%M}</span>'


def printuser(account: str, uid: int) -> str:
    u = f"{{{{base:offsite}}}}/user:info/{account}"
    return (f'<span class="printuser avatarhover"><a href="{u}" onclick="WIKIDOT.page.listeners.userInfo({uid}); '
            f'return false;"><img class="small" src="/common--images/avatars/{uid % 100}/{uid}/a16.png" alt="{account}" '
            f'style="background-image:url(/userkarma.php?u={uid})"/></a><a href="{u}" onclick="WIKIDOT.page.listeners.'
            f'userInfo({uid}); return false;">{account}</a></span>')


def body_html(markup: str, page: str) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="toc{len(out)}"><span>{esc(b.text)}</span></h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<div class="image-container aligncenter"><img src="/local--files/{page}/{b.src}" '
                       f'alt="{b.src}" class="image" /></div>')
            if b.text:
                out.append(f'<div style="text-align: center;"><p><em>{esc(b.text)}</em></p></div>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="wiki-content-table">\n<tr>\n' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "\n</tr>\n" + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n"
                                                for r in rows) + "</table>")
    return "\n".join(out)


def items() -> list[dict]:
    return [
        dict(name="hoi-nghi-ban-chap-hanh-quy-iv-2024", when=datetime(2024, 11, 18, 14, 30), rev=2,
             edited=datetime(2024, 11, 18, 16, 5), tags=["hoat-dong", "lien-minh"], author="Lò Thị Thanh",
             title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, khóa VI",
             body="""
Chiều 18/11, Liên minh HTX tỉnh Lai Châu tổ chức Hội nghị Ban Chấp hành lần thứ 8, khóa VI, đánh giá kết quả công tác năm 2024.
Năm 2024, toàn tỉnh thành lập mới 42 HTX, nâng tổng số HTX đang hoạt động lên 398 HTX với 8.650 thành viên.
Hội nghị thống nhất các chỉ tiêu trọng tâm năm 2025, trong đó phấn đấu thành lập mới 40 HTX.
Lò Thị Thanh
""",
             comments=[("lvhung-htx", "Chúc mừng hội nghị thành công!", 95)],
             notes=["created 18/11 14:30 (odate '18 Nov 2024 07:30' UTC, time_<unix>), last edited 16:05 the same day; "
                    "the closing bare name 'Lò Thị Thanh' -> author; one comment (Comments module): not text"]),
        dict(name="thong-bao-16-tb-lmhtx-tuyen-chon-htx-tham-gia-hoi-cho", when=datetime(2024, 11, 12, 8, 15), rev=3,
             edited=datetime(2024, 11, 14, 9, 40), tags=["thong-bao"], author=None, doc="16/TB-LMHTX",
             title="Thông báo tuyển chọn HTX tham gia Hội chợ sản phẩm OCOP khu vực Tây Bắc năm 2024",
             body="""
LIÊN MINH HTX TỈNH LAI CHÂU
Số: 16/TB-LMHTX
Lai Châu, ngày 11 tháng 11 năm 2024
Thực hiện Kế hoạch số 85/KH-LMHTX ngày 02/10/2024, Liên minh HTX tỉnh thông báo tuyển chọn HTX tham gia Hội chợ sản phẩm OCOP khu vực Tây Bắc tổ chức tại tỉnh Sơn La.
* Đối tượng: HTX có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên;
* Hỗ trợ: 100% chi phí gian hàng và vận chuyển sản phẩm;
* Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 25/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Tao Văn Chiến
""", pdf_file="TB-16-LMHTX.pdf", pdf_text="Tải Thông báo số 16/TB-LMHTX (PDF)",
             comments=[],
             notes=["notice 'Số: 16/TB-LMHTX' dated 11/11 in its text, created 12/11 08:15 (odate '12 Nov 2024 01:15'), "
                    "page-info last edited 14/11 (revision 3): the creation is the date; the signer is text, no author; "
                    "the PDF is a page file /local--files/news:…/TB-16-LMHTX.pdf linked with its own label"]),
        dict(name="htx-che-san-thanh-tam-duong-vao-vu-thu-hoach", when=datetime(2024, 11, 5, 16, 45), rev=4,
             edited=datetime(2024, 11, 9, 10, 20), tags=["anh", "nong-nghiep"], author="Vàng A Dơ",
             title="Ảnh: HTX Chè San Thành vào vụ thu hoạch chè đông",
             body="""
Những ngày đầu tháng 11, các thành viên HTX Chè San Thành (huyện Tam Đường) tất bật thu hoạch lứa chè đông.
[img che-san-thanh-1.png] Thành viên HTX hái chè trên đồi chè San Thành.
[img che-san-thanh-2.png] Chè búp tươi được cân, phân loại ngay tại nương.
[img che-san-thanh-3.png] Dây chuyền sao chè của HTX hoạt động hết công suất.
Vụ chè đông năm nay HTX dự kiến thu khoảng 120 tấn chè búp tươi.
Ảnh: Vàng A Dơ
""",
             comments=[("giangthu", "Chè San Thành uống rất ngon, đậm vị.", 300),
                       ("lvhung-htx", "Mong HTX mở thêm điểm bán ở thành phố.", 1500)],
             notes=["photo story: the captions are centred italic paragraphs under each image-container (lines of the "
                    "text); 'Ảnh: Vàng A Dơ' -> author; revision 4, last edited four days after: not the date; two "
                    "comments"]),
        dict(name="ket-qua-phat-trien-htx-10-thang-2024", when=datetime(2024, 10, 28, 9, 0), rev=2,
             edited=datetime(2024, 10, 28, 9, 30), tags=["so-lieu", "lien-minh"], author=None,
             title="Kết quả phát triển kinh tế tập thể 10 tháng năm 2024",
             body="""
Theo báo cáo của Liên minh HTX tỉnh, đến hết tháng 10/2024 kinh tế tập thể của tỉnh tiếp tục phát triển ổn định.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Nông, lâm nghiệp | 276 | 5.840 | 1.320 |
| Công nghiệp, tiểu thủ công nghiệp | 38 | 720 | 2.460 |
| Thương mại, dịch vụ | 54 | 1.380 | 2.050 |
| Vận tải | 18 | 410 | 3.150 |
Các HTX nông nghiệp tập trung vào chè, dược liệu, chuối và cây ăn quả ôn đới.
""",
             comments=[],
             notes=["a wiki table (table.wiki-content-table, header row in <th>): one line per row; no byline: no "
                    "author"]),
        dict(name="htx-duoc-lieu-sin-ho-lien-ket-trong-sam-lai-chau", when=datetime(2024, 10, 15, 1, 40), rev=1,
             edited=datetime(2024, 10, 15, 1, 40), tags=["nong-nghiep", "ocop"], author=None,
             title="HTX dược liệu Sìn Hồ liên kết trồng sâm Lai Châu dưới tán rừng",
             body="""
HTX Dược liệu Sìn Hồ vừa ký kết hợp đồng liên kết với 45 hộ dân trồng sâm Lai Châu dưới tán rừng tại xã Phăng Sô Lin.
Theo hợp đồng, HTX cung ứng giống, hướng dẫn kỹ thuật và bao tiêu toàn bộ sản phẩm cho các hộ.
Diện tích liên kết giai đoạn đầu là 12 ha, dự kiến mở rộng lên 30 ha vào năm 2026.
Theo Báo Lai Châu
""",
             comments=[("giangthu", "Mô hình rất hay, cần nhân rộng.", 600)],
             notes=["posted at 01:40 on 15 October (Vietnam): the odate text is '14 Oct 2024 18:40' (UTC, the day "
                    "before), the feed's pubDate 'Mon, 14 Oct 2024 18:40:00 +0000': published = 2024-10-15 01:40; a "
                    "reprint 'Theo Báo Lai Châu': no author"]),
        dict(name="nhung-diem-moi-cua-luat-htx-2023", when=datetime(2024, 9, 26, 10, 10), rev=5,
             edited=datetime(2024, 10, 30, 15, 0), tags=["phap-luat"], author="Nguyễn Văn Dũng",
             old_name="tin-tuc:nhung-diem-moi-cua-luat-htx-2023",
             title="Những điểm mới của Luật Hợp tác xã năm 2023",
             body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, thay thế Luật Hợp tác xã năm 2012.
## Về thành viên hợp tác xã
* Bổ sung thành viên liên kết không góp vốn;
* Thành viên chính thức phải sử dụng sản phẩm, dịch vụ của HTX theo hợp đồng dịch vụ.
## Về tổ chức quản lý
* HTX được lựa chọn mô hình tổ chức quản lý rút gọn hoặc đầy đủ;
* Quy định rõ hơn về quyền và nghĩa vụ của Giám đốc HTX.
Nguyễn Văn Dũng - Ban Tuyên truyền
""",
             comments=[("lvhung-htx", "Bài viết dễ hiểu, cảm ơn Liên minh.", 2000)],
             notes=["written first as 'tin-tuc:nhung-diem-moi-…' and moved: the old page holds [[module Redirect]] and "
                    "answers 301 to the news: page (an alias; the side bar's 'Tin nổi bật' still links the old name); "
                    "headings and lists; revision 5, last edited a month later; 'Nguyễn Văn Dũng - Ban Tuyên truyền' -> "
                    "Nguyễn Văn Dũng"]),
        dict(name="tap-huan-chuyen-doi-so-cho-htx", when=datetime(2024, 9, 10, 15, 20), rev=2,
             edited=datetime(2024, 9, 11, 8, 0), tags=["hoat-dong", "chuyen-doi-so"], author="Hà Thị Mai",
             title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
             body="""
Từ ngày 9 đến 10/9, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và bán hàng trên sàn thương mại điện tử.
Bài và ảnh: Hà Thị Mai
""",
             comments=[],
             notes=["'Bài và ảnh: Hà Thị Mai' -> author"]),
        dict(name="tong-ket-cong-tac-nam-2023", when=datetime(2024, 1, 12, 9, 0), rev=1,
             edited=datetime(2024, 1, 12, 9, 0), tags=["lien-minh"], author="Lò Thị Thanh",
             title="Liên minh HTX tỉnh Lai Châu tổng kết công tác năm 2023",
             body="""
Ngày 11/1, Liên minh HTX tỉnh Lai Châu tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 38 HTX, tổ chức 9 lớp bồi dưỡng cho 520 lượt cán bộ HTX.
Tin: Lò Thị Thanh
""",
             comments=[],
             notes=["the oldest item: only on the ListPages pager's second page /news/p/2 (not on the home page, not in "
                    "the 6-item feed); 'Tin: Lò Thị Thanh' -> author"]),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lai-chau", f"{WIKI} (Wikidot)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/news" % SITE],
                     feeds=["{{base:%s}}/feed/pages/pagename/news/category/news/limit/6" % SITE])
    site.extra_boilerplate += CHROME
    specs = items()
    for i, s in enumerate(specs):
        s["page"] = f"news:{s['name']}"
        s["path"] = f"/news:{s['name']}"
        s["pid"] = 1650300 + 37 * (len(specs) - i)
    old = next(s for s in specs if s.get("old_name"))

    def layout(title: str, page_name: str, page_id: int, content: str, info: str = "") -> str:
        menu = "".join(f'<li><a href="{href}">{esc(t)}</a></li>' for href, t in SIDE_MENU)
        head_title = f"{esc(title)} - {esc(WIKI)}" if title else esc(WIKI)
        title_div = f'<div id="page-title">\n{esc(title)}\n</div>\n' if title else ""
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<script type="text/javascript" src="/common--javascript/init.combined.js"></script>
<script type="text/javascript">
var URL_HOST = 'wikidot.com';
var URL_DOMAIN = 'wikidot.com';
var USE_SSL = true;
var TURNSTILE_SITE_KEY = "0x4AAAAAAAC-4Ym5QqQ2DtD2";
WIKIREQUEST.info.domain = "htxlaichau.wikidot.com";
WIKIREQUEST.info.siteId = 5318702;
WIKIREQUEST.info.siteUnixName = "htxlaichau";
WIKIREQUEST.info.categoryId = 39411204;
WIKIREQUEST.info.themeId = 1;
WIKIREQUEST.info.requestPageName = "{page_name}";
WIKIREQUEST.info.pageUnixName = "{page_name}";
WIKIREQUEST.info.pageId = {page_id};
WIKIREQUEST.info.lang = "vi";
OZONE.lang = "vi";
</script>
<title>{head_title}</title>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="content-language" content="vi"/>
<link rel="alternate" type="application/rss+xml" title="Tin hoạt động" href="/feed/pages/pagename/news/category/news/limit/6"/>
<link rel="stylesheet" type="text/css" href="/common--theme/base/css/style.css"/>
<link rel="stylesheet" type="text/css" href="/local--code/css:theme/1"/>
<link rel="icon" type="image/png" href="/local--favicon/favicon.png"/>
</head>
<body id="html-body">
<div id="skrollr-body">
<a name="page-top"></a>
<div id="container-wrap-wrap"><div id="container-wrap"><div id="container">
<div id="header">
<h1><a href="/"><span>{esc(WIKI)}</span></a></h1>
<h2><span>{esc(SUBTITLE)}</span></h2>
<div id="search-top-box" class="form-search">
<form id="search-top-box-form" action="dummy" class="input-append">
<input id="search-top-box-input" class="text empty search-query" type="text" size="15" name="query" value="Tìm kiếm trang này" onfocus="if(YAHOO.util.Dom.hasClass(this, 'empty')){{YAHOO.util.Dom.removeClass(this,'empty'); this.value='';}}"/><input class="button btn" type="submit" name="search" value="Tìm"/>
</form>
</div>
<div id="login-status"><a href="javascript:;" onclick="WIKIDOT.page.listeners.createAccount(event)" class="login-status-create-account btn">Tạo tài khoản</a> <span>hoặc</span> <a href="javascript:;" onclick="WIKIDOT.page.listeners.loginClick(event)" class="login-status-sign-in btn btn-primary">Đăng nhập</a> </div>
<div id="header-extra-div-1"><span></span></div><div id="header-extra-div-2"><span></span></div><div id="header-extra-div-3"><span></span></div>
</div>
<div id="content-wrap">
<div id="side-bar">
<div class="side-block">
<div class="heading"><p>Danh mục</p></div>
<ul>{menu}</ul>
</div>
<div class="side-block">
<div class="heading"><p>Tin nổi bật</p></div>
<ul><li><a href="/tin-tuc:{old['name']}">{esc(old['title'])}</a></li></ul>
</div>
<p style="font-size:80%;">{esc(SIDE_TEXT)}</p>
</div>
<div id="main-content">
<div id="action-area-top"></div>
{title_div}<div id="page-content">
{content}
</div>
{info}
<div id="action-area" style="display: none;"></div>
</div>
</div>
<div id="footer" style="display: block; visibility: visible;">
<div class="options" style="display: block; visibility: visible;">
<a href="{{{{base:offsite}}}}/doc" id="wikidot-help-button">Trợ giúp</a>
| <a href="{{{{base:offsite}}}}/legal:terms-of-service">Điều khoản dịch vụ</a>
| <a href="{{{{base:offsite}}}}/legal:privacy-policy">Riêng tư</a>
| <a href="javascript:;" id="bug-report-button" onclick="WIKIDOT.page.listeners.pageBugReport(event)">Báo lỗi</a>
| <a href="javascript:;" id="abuse-report-button" onclick="WIKIDOT.page.listeners.flagPageObjectionable(event)">Báo cáo vi phạm</a>
</div>
Powered by Wikidot.com
</div>
<div id="license-area" class="license-area">
Trừ khi có ghi chú khác, nội dung của trang này được cấp phép theo <a rel="license" href="{{{{base:offsite}}}}/licenses/by-sa/3.0/">Creative Commons Attribution-ShareAlike 3.0 License</a>
</div>
<div id="extrac-div-1"><span></span></div><div id="extrac-div-2"><span></span></div>
</div></div></div>
</div>
<div id="dummy-ondomready-block" style="display: none;"></div>
<script type="text/javascript">OZONE.dom.onDomReady(function(){{WIKIDOT.page.init();}}, "dummy-ondomready-block");</script>
</body>
</html>
"""

    def page_info(rev: int, edited: datetime, discuss: int) -> str:
        buttons = [("edit-button", "Sửa"), ("tags-button", "Thẻ"), ("discuss-button", f"Thảo luận ({discuss})"),
                   ("history-button", "Lịch sử"), ("files-button", "Tệp"), ("print-button", "In"),
                   ("site-tools-button", "Công cụ"), ("more-options-button", "+ Tùy chọn")]
        btns = "\n".join(f'<a href="javascript:;" class="btn btn-default" id="{i}">{t}</a>' for i, t in buttons)
        return f"""<div id="page-info-break"></div>
<div id="page-options-container">
<div id="page-info">phiên bản trang: {rev}, cập nhật lần cuối: {odate(edited)}</div>
<div class="page-watch-options"><a href="javascript:;" onclick="WIKIDOT.page.listeners.watchPage(event)">Theo dõi</a></div>
<div id="page-options-bottom" class="page-options-bottom">
{btns}
</div>
<div id="page-options-area-bottom"></div>
</div>"""

    def tag_links(tags: list[str]) -> str:
        return "".join(f'<a href="/system:page-tags/tag/{t}#pages">{t}</a>\n' for t in tags)

    def comment_html(s: dict, c: tuple, k: int) -> str:
        who, text, minutes = c
        when = s["when"] + timedelta(minutes=minutes)
        pid = 5900000 + s["pid"] * 3 + k
        return f"""<div class="post-container" id="fpc-{pid}">
<div class="post" id="post-{pid}">
<div class="long">
<div class="head">
<div class="options"><a href="javascript:;" onclick="togglePostOptions(event,{pid})">tùy chọn</a></div>
<div class="title" id="post-title-{pid}"></div>
<div class="info">{printuser(who, 8800000 + len(who) * 131)} {odate(when)}</div>
</div>
<div class="content" id="post-content-{pid}"><p>{esc(text)}</p></div>
</div>
</div>
</div>"""

    by_tag: dict[str, list[dict]] = {}
    for s in specs:
        for t in s["tags"]:
            by_tag.setdefault(t, []).append(s)

    # the news pages (live template: meta line, content, tags, related ListPages, Comments module)
    for s in specs:
        related = [x for t in s["tags"] for x in by_tag[t] if x is not s]
        related = list({x["name"]: x for x in related}.values())[:3]
        rel = ""
        if related:
            rel = ('<div class="list-pages-box"><p><strong>Tin cùng chủ đề</strong></p><ul>'
                   + "".join(f'<li><a href="{x["path"]}">{esc(x["title"])}</a> ({odate(x["when"])})</li>' for x in related)
                   + "</ul></div>")
        comments = "".join(comment_html(s, c, k) for k, c in enumerate(s["comments"]))
        attach = ""
        if s.get("pdf_file"):
            attach = (f'<p><a href="/local--files/{s["page"]}/{s["pdf_file"]}">{esc(s["pdf_text"])}</a></p>')
        content = f"""<div class="news-meta" style="color:#777;font-size:90%;">Đăng ngày {odate(s['when'])} bởi {printuser(ACCOUNT, 7312044)}</div>
<hr />
{body_html(s['body'], s['page'])}
{attach}
<hr />
<div class="page-tags"><span>
{tag_links(s['tags'])}</span></div>
{rel}
<div id="thread-container" class="thread-container">
<h2 id="toc-comments"><span>Bình luận ({len(s['comments'])})</span></h2>
<div id="thread-container-posts">
{comments}
</div>
<div class="new-post"><a href="javascript:;" onclick="WIKIDOT.modules.ForumViewThreadModule.listeners.newPost(event,null)">Thêm bình luận mới</a></div>
</div>"""
        info = page_info(s["rev"], s["edited"], len(s["comments"]))
        html = layout(s["title"], s["page"], s["pid"], content, info)
        _page(site, s["path"], html)
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/local--files/{s['page']}/{b.src}", _png(b.src))
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"]), published_source="date-element", evidence=["date-element"],
                          doc_number=s.get("doc"), notes=s["notes"])
        if s.get("pdf_file"):
            site.binary(f"/local--files/{s['page']}/{s['pdf_file']}",
                        pdf(s["title"], ["LIEN MINH HTX TINH LAI CHAU", "THONG BAO SO 16/TB-LMHTX"]))
            art.attachments = [{"path": f"/local--files/{s['page']}/{s['pdf_file']}", "text": s["pdf_text"]}]
        if s.get("old_name"):
            site.redirect(f"/{s['old_name']}", s["path"], 301)
            art.aliases.append(f"/{s['old_name']}")
        site.add_article(art)
        site.extra_boilerplate += [c[1] for c in s["comments"]] + [c[0] for c in s["comments"]]

    # ListPages: /news (5 a page, pager /news/p/2) and the home page (3 newest)
    def list_item(s: dict) -> str:
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        words = first.split()
        preview = " ".join(words[:30]) + (" ..." if len(words) > 30 else "")
        return (f'<div class="list-pages-item">\n<h3><a href="{s["path"]}">{esc(s["title"])}</a></h3>\n'
                f'<p><span style="color:#777;">{odate(s["when"])}</span></p>\n<p>{esc(preview)}</p>\n</div>')

    chunks = [specs[i:i + PER_PAGE] for i in range(0, len(specs), PER_PAGE)]
    assert len(chunks) == 2 and specs[-1] in chunks[1]
    total = len(chunks)
    for k, chunk in enumerate(chunks, 1):
        nav = [f'<span class="pager-no">trang {k} trên {total}</span>']
        if k > 1:
            prev = "/news" if k == 2 else f"/news/p/{k - 1}"
            nav.append(f'<span class="target"><a href="{prev}">« trước</a></span>')
        for j in range(1, total + 1):
            href = "/news" if j == 1 else f"/news/p/{j}"
            nav.append(f'<span class="current">{j}</span>' if j == k else f'<span class="target"><a href="{href}">{j}</a></span>')
        if k < total:
            nav.append(f'<span class="target"><a href="/news/p/{k + 1}">tiếp »</a></span>')
        content = ('<p>Tin hoạt động của Liên minh HTX tỉnh và các HTX trên địa bàn, mới nhất ở trên.</p>\n'
                   '<div class="list-pages-box">\n' + "\n".join(list_item(s) for s in chunk)
                   + f'\n<div class="pager">{"".join(nav)}</div>\n</div>')
        path = "/news" if k == 1 else f"/news/p/{k}"
        _page(site, path, layout("Tin hoạt động", "news", 1650100, content, page_info(7, datetime(2024, 3, 2, 8, 0), 0)))
        site.non_articles.append(path)
    site.trap("the news list /news is a ListPages module, 5 a page; its pager (span.pager-no 'trang 1 trên 2', "
              "'tiếp »') links /news/p/2, which alone holds the oldest item", "/news/p/2")

    home = ('<p>Chào mừng bạn đến với trang tin của Liên minh Hợp tác xã tỉnh Lai Châu.</p>\n'
            '<h2 id="toc0"><span>Tin mới</span></h2>\n<div class="list-pages-box">\n'
            + "\n".join(list_item(s) for s in specs[:3])
            + '\n</div>\n<p><a href="/news">Xem tất cả tin</a></p>')
    home_html = layout("", "start", 1650001, home, page_info(12, datetime(2024, 2, 20, 14, 0), 0))
    _page(site, "/", home_html)
    _page(site, "/start", home_html)
    site.non_articles += ["/", "/start"]

    for t, members in sorted(by_tag.items()):
        rows = "".join(f'<div class="pages-list-item"><div class="title"><a href="{x["path"]}">{esc(x["title"])}</a>'
                       f"</div></div>" for x in members)
        content = (f'<div class="pages-tag-cloud-box">Các trang gắn thẻ <strong>{t}</strong>:</div>'
                   f'<div id="tagged-pages-list" class="pages-list">{rows}</div>')
        path = f"/system:page-tags/tag/{t}"
        _page(site, path, layout("Thẻ trang", "system:page-tags", 1650002, content))
        site.non_articles.append(path)
    site.trap("page tags link /system:page-tags/tag/<tag>#pages: a list of the tagged pages", "/system:page-tags/tag/lien-minh")

    _page(site, "/gioi-thieu", layout("Giới thiệu Liên minh", "gioi-thieu", 1650003,
                                    "<p>Liên minh HTX tỉnh Lai Châu là tổ chức chính trị - xã hội và kinh tế, tập hợp, "
                                    "hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Trụ sở: Phường Tân Phong, "
                                    "thành phố Lai Châu.</p>", page_info(3, datetime(2024, 2, 20, 14, 30), 0)))
    _page(site, "/lien-he", layout("Liên hệ với chúng tôi", "lien-he", 1650004,
                                 "<p>Văn phòng Liên minh HTX tỉnh Lai Châu</p><p>Điện thoại: 0213 3876 xxx</p>"
                                 "<p>Thư điện tử: lmhtx@laichau.gov.vn</p>", page_info(2, datetime(2024, 2, 20, 14, 40), 0)))
    site.non_articles += ["/gioi-thieu", "/lien-he"]

    # the ListPages RSS (6 newest, +0000)
    def rfc(d: datetime) -> str:
        return utc(d).strftime("%a, %d %b %Y %H:%M:%S +0000")

    entries = "".join(f"""<item>
<guid>{{{{base}}}}{s['path']}</guid>
<title>{esc(s['title'])}</title>
<link>{{{{base}}}}{s['path']}</link>
<description>{esc(body_html(s['body'], s['page'])[:400])}</description>
<pubDate>{rfc(s['when'])}</pubDate>
<wikidot:authorName>{ACCOUNT}</wikidot:authorName>
<wikidot:authorUserId>7312044</wikidot:authorUserId>
</item>
""" for s in specs[:6])
    _page(site, "/feed/pages/pagename/news/category/news/limit/6", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wikidot="http://www.wikidot.com/rss-namespace">
<channel>
<title>Tin hoạt động</title>
<link>{{{{base}}}}/news</link>
<description>Tin hoạt động - {esc(WIKI)}</description>
<copyright></copyright>
<lastBuildDate>{rfc(NOW)}</lastBuildDate>
{entries}</channel>
</rss>
""", content_type="application/rss+xml; charset=UTF-8")
    site.trap("the ListPages RSS: the 6 newest, pubDate in +0000 (a 01:40 item reads the day before)",
              "/feed/pages/pagename/news/category/news/limit/6")
    site.trap("every time is a span.odate whose text is UTC ('18 Nov 2024 07:30') with the timestamp in the class "
              "time_<unix>; the template's 'Đăng ngày' is the creation (the date), div#page-info 'cập nhật lần cuối' "
              "the last edit", specs[0]["path"])

    site.static("/robots.txt", "User-agent: *\nDisallow: /admin:\nDisallow: /*/edit/true\nDisallow: /*/history/true\n")
    site.static("/common--javascript/init.combined.js", "/* wikidot */\n")
    site.static("/local--code/css:theme/1", "#page-title{font-size:180%}\n")
    site.binary("/local--favicon/favicon.png", _png("favicon"))
    for uid_src in {x for p in site.html_pages.values() for x in _avatars(p)}:
        site.binary(uid_src, _png(uid_src))
    return site


def _png(name: str) -> bytes:
    from .core import image_for
    return image_for(name)


def _avatars(page: str) -> list[str]:
    import re
    return re.findall(r'src="(/common--images/avatars/[^"]+)"', page)



def _page(site: SiteBuild, path: str, content: str, content_type: str = "text/html; charset=utf-8") -> None:
    """Every page through a route: a path is often also a folder here (/news and /news/p/2)."""
    site.page(path, content, content_type=content_type)
