"""Site `congtin-htxbacgiang` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Bắc Giang" on **Joomla!
1.5.26** (the vi-VN language pack; search-engine-friendly URLs, mod_rewrite and the ".html" suffix switched on in 2010,
after two years with them off; a local template `lmhtx_bg` derived from `rhuk_milkyway`; TinyMCE; the Legacy plugin
kept on for the links of the Mambo years; the copy is of 15 October 2011). Written as a held-out test: no family
module, no selectors.

URL shapes: an article `/<menu-alias>/<id>-<alias>.html` under the menu item of its category (category blogs
`/tin-hoat-dong.html`, `/kien-thuc-mo-hinh.html`, the category table `/thong-bao.html`); the same article through the
router's raw query `/index.php?option=com_content&view=article&id=N:alias&catid=M:cat&Itemid=K` (the "Thông báo" custom
module the staff typed before 2010 links the notice so) and through the Legacy plugin's Mambo shape
`/index.php?option=com_content&task=view&id=N&Itemid=K` (an old article body links one so): aliases. The three icons
beside the title: PDF `/<menu>/<id>-<alias>.pdf` (format=pdf turned into the suffix: a PDF of the article, neither an
item nor an attachment), print `…html?tmpl=component&print=1&layout=default&page=` (the component template, robots
noindex, the whole text: an alias), e-mail `/component/mailto/?tmpl=component&link=<base64>` (a form). The pagebreak
plugin splits the long guide: page 1 at the article URL with the "Mục lục bài viết" table and "Trang 1 / 3", the other
pages at `?start=1`, `?start=2` (the SEF router turns limitstart into start), the whole at `?showall=1`. Blog pagers:
page 1 is `?limitstart=0` (the router keeps a zero limitstart: Joomla 1.5's famous duplicate), page 2 `?start=5`.
Feeds: `/index.php?format=feed&type=rss` (the front page, mod_syndicate) and `/tin-hoat-dong.feed?type=rss|atom` (the
blog's alternates). The Joomla 1.5 robots.txt disallows its folders (/images/ too: the photos) but no page; the login
module links `/component/user/reset.html`, `/component/user/remind.html`, `/component/user/register.html`; the menu
item "Tìm kiếm" is `/tim-kiem.html`. No site map.

Why it is hard: no heading: the title is `td.contentheading` of the first `table.contentpaneopen` (the `<title>` is the
bare title); the second table holds "Viết bởi <created_by or its alias>", `td.createdate` "Thứ hai, 10 Tháng 10 2011
10:15" (the vi-VN pack's DATE_FORMAT_LC2, lower-case weekday, no "ngày"), the text (the intro and the full text,
joined where the "Đọc thêm..." separator was), then `td.modifydate` "Cập nhật lần cuối ( … )" (a later date, never
the publication). "Viết bởi Administrator" (the super user) and `<meta name="author" content="Administrator">` are no
author; a created_by_alias "Báo Bắc Giang" with "Theo Báo Bắc Giang" closing is a reprint; a staff member's account
with no byline is the author; a closing byline wins. The blogs print the same header and the whole intro (the whole
text of the articles without a read-more), listings not articles. Joomla 1.5 stores UTC and prints with the
server's offset (+7): the RSS `pubDate` is UTC ("+0000"), so the post of 00:20 on 16 July reads 15 July. Photos are
JCE-era centred paragraphs with an italic caption paragraph; the migrated 2009 article keeps Mambo's rendered
`div.mosimage` with `div.mosimage_caption`. The oldest article is only on the blog's `?start=5`.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, page_text, pdf, weekday
from .richbody import RichArticle

SITE = "congtin-htxbacgiang"
NAME = "Liên minh HTX tỉnh Bắc Giang"
LIVE = "http://lmhtx.bacgiang.gov.vn"
HTML = "text/html; charset=utf-8"
PER = 5
TODAY = datetime(2011, 10, 15, 9, 0)
TPL = "/templates/lmhtx_bg"
CATS = {  # key: (catid, sectionid, menu alias, Itemid, name, layout)
    "hoatdong": (3, 1, "tin-hoat-dong", 53, "Tin hoạt động", "blog"),
    "thongbao": (4, 2, "thong-bao", 54, "Thông báo", "list"),
    "kienthuc": (5, 1, "kien-thuc-mo-hinh", 55, "Kiến thức - Mô hình", "blog"),
}
SECTIONS = {1: "Tin tức", 2: "Văn bản"}
BANNER_TODAY = f"{weekday(TODAY, lower=True)}, {TODAY:%d} Tháng {TODAY.month} {TODAY:%Y}"
SLOGAN = "Nhiệt liệt chào mừng kỷ niệm 65 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2011)"
COPY = "Bản quyền © 2009 Liên minh Hợp tác xã tỉnh Bắc Giang"
ADDRESS = "Địa chỉ: Số 45 đường Nguyễn Văn Cừ, TP Bắc Giang - Điện thoại: 0240.3854.296 - Fax: 0240.3855.102"
RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Bắc Giang"
ONLINE = "Hiện có 4 khách trực tuyến"
POLL_Q = "Bạn đánh giá thế nào về Cổng thông tin của Liên minh HTX tỉnh?"
POLL_OPTS = ["Thông tin phong phú, cập nhật", "Cần bổ sung văn bản hướng dẫn", "Giao diện khó theo dõi"]
TOC_TITLE = "Mục lục bài viết"
FURN = [BANNER_TODAY, SLOGAN, COPY, ADDRESS, RESP, ONLINE, POLL_Q, *POLL_OPTS, "Menu chính", "Đăng nhập", "Tên đăng nhập",
        "Mật khẩu", "Ghi nhớ", "Quên mật khẩu?", "Quên tên đăng nhập?", "Đăng ký tài khoản", "Thăm dò ý kiến",
        "Tin mới nhất", "Tin đọc nhiều", "Đang trực tuyến", "Liên kết website", "Powered by Joomla!",
        "Tin mới RSS", "Đánh giá của người dùng", "Tốt nhất", TOC_TITLE, "Tất cả các trang", "Viết bởi", "Cập nhật lần cuối"]


def jdate(d: datetime, time: bool = True) -> str:
    """vi-VN DATE_FORMAT_LC2 '%A, %d %B %Y %H:%M' (LC1 without the time)."""
    out = f"{weekday(d, lower=True)}, {d:%d} Tháng {d.month} {d:%Y}"
    return out + (f" {d:%H:%M}" if time else "")


def rfc822_utc(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000"


_LATIN1 = str.maketrans("àáâãäåèéêëìíîïòóôõöùúûüýÿñç", "aaaaaaeeeeiiiiooooouuuuyync")


def stringurlsafe(title: str) -> str:
    """JFilterOutput::stringURLSafe with the en-GB transliteration (Latin-1 only): other letters become hyphens."""
    s = unicodedata.normalize("NFC", title.replace("-", " ")).lower().translate(_LATIN1)
    return re.sub(r"(\s|[^A-Za-z0-9\-])+", "-", s).strip("-")


def amp(url: str) -> str:
    return url.replace("&", "&amp;")


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


SPLIT = "[pagebreak "  # "[pagebreak Title]" in the markup: an <hr class="system-pagebreak" title="…" />
READMORE = "[readmore]"  # the "Đọc thêm..." separator between the intro and the full text


class JArticle(RichArticle):
    """The body markup may carry [readmore] and [pagebreak Title] markers: no lines of the text."""

    def _clean(self) -> str:
        return "\n".join(x for x in self.body.splitlines() if not x.strip().startswith((READMORE, SPLIT)))

    @property
    def blocks(self):  # type: ignore[override]
        from .richbody import parse_rich
        return parse_rich(self._clean())


def articles() -> list[JArticle]:
    A = JArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc mở lớp bồi dưỡng cán bộ quản lý HTX năm 2011",
          body="""
LIÊN MINH HTX TỈNH BẮC GIANG
Số: 12/TB-LMHTX
Bắc Giang, ngày 03 tháng 10 năm 2011
THÔNG BÁO
Về việc mở lớp bồi dưỡng cán bộ quản lý HTX năm 2011
[readmore]
Thực hiện kế hoạch đào tạo năm 2011, Liên minh HTX tỉnh mở lớp bồi dưỡng kiến thức quản lý cho chủ nhiệm, kế toán các HTX nông nghiệp.
Thời gian học từ ngày 24/10/2011 đến ngày 28/10/2011 tại Hội trường Liên minh HTX tỉnh; học viên được hỗ trợ tài liệu và tiền ăn.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 18/10/2011.
CHỦ TỊCH
Nguyễn Văn Lượng
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/tai-lieu/2011/TB-12-LMHTX.pdf", "text": "TB-12-LMHTX.pdf"}],
          opts={"cat": "thongbao", "by": "Administrator", "hits": 215, "alias": "thong-bao-12-tb-lmhtx-nam-2011",
                "modified": datetime(2011, 10, 6, 9, 12), "front": True},
          notes=["notice 'Số: 12/TB-LMHTX' dated 03/10 in its text, created 'Thứ tư, 05 Tháng 10 2011 08:30' (td.createdate); "
                 "'Cập nhật lần cuối ( Thứ năm, 06 Tháng 10 2011 09:12 )' is no publication date; 'Viết bởi Administrator' "
                 "and <meta name=author content=Administrator>: no author; the signer is text; the PDF link (its own "
                 "paragraph after a file icon) is an attachment; the 'Thông báo' custom module links it by the raw "
                 "query index.php?option=com_content&view=article&id=N:alias&catid=4:thong-bao&Itemid=54: an alias"],
          **at(datetime(2011, 10, 5, 8, 30))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Bắc Giang 9 tháng năm 2011",
          body="""
Chín tháng năm 2011, kinh tế tập thể trên địa bàn tỉnh tiếp tục phát triển, nhiều HTX mở rộng ngành nghề dịch vụ.
[readmore]
| Chỉ tiêu | Đơn vị | 9 tháng năm 2011 | So cùng kỳ (%) |
| HTX đang hoạt động | HTX | 412 | 103,5 |
| HTX thành lập mới | HTX | 18 | 120,0 |
| Thành viên HTX | người | 96.450 | 101,8 |
| Doanh thu bình quân một HTX | triệu đồng | 1.320 | 109,2 |
Ba tháng cuối năm, Liên minh HTX tỉnh tập trung hỗ trợ các HTX chuyển đổi theo Luật HTX năm 2003.
""", author="Trần Thị Hoa",
          opts={"cat": "hoatdong", "by": "Trần Thị Hoa", "hits": 188, "alias": "ket-qua-phat-trien-ktth-9-thang-2011",
                "front": True},
          notes=["a TinyMCE table (border=1, the first row bold <td>s, no <th>): one line per row; 'Viết bởi Trần Thị Hoa' "
                 "(a staff member's account), no byline in the text: she is the author"],
          **at(datetime(2011, 10, 10, 10, 15))),
        A(path="", title="Hướng dẫn HTX xây dựng phương án sản xuất kinh doanh năm 2012",
          body="""
Phương án sản xuất kinh doanh là căn cứ để HTX tổ chức hoạt động và đại hội thành viên thông qua hằng năm.
[readmore]
## 1. Đánh giá kết quả năm 2011
Ban quản trị HTX tổng hợp kết quả từng khâu dịch vụ, chỉ rõ khâu có lãi, khâu thua lỗ và nguyên nhân.
[pagebreak Xác định mục tiêu]
## 2. Xác định mục tiêu năm 2012
* Doanh thu, lợi nhuận của từng khâu dịch vụ;
* Số thành viên tham gia sử dụng dịch vụ;
* Mức trích lập các quỹ và chia lãi cho thành viên.
[pagebreak Tổ chức thực hiện]
## 3. Tổ chức thực hiện
Phương án phải được thông qua tại đại hội thành viên và gửi UBND xã, Phòng Kinh tế huyện để theo dõi, hỗ trợ.
""", byline="Lê Văn Khải - Phòng Kinh tế huyện Yên Dũng", author="Lê Văn Khải",
          opts={"cat": "kienthuc", "by": "Administrator", "hits": 342, "alias": "huong-dan-phuong-an-sxkd-2012", "front": True},
          notes=["split by the pagebreak plugin into three pages: page 1 at the article URL ('Mục lục bài viết' table: the "
                 "title, 'Xác định mục tiêu', 'Tổ chức thực hiện', 'Tất cả các trang'; 'Trang 1 / 3' and 'Tiếp >>'), "
                 "?start=1 and ?start=2 the others, ?showall=1 and the print view the whole: the text is the whole "
                 "article; <h3> headings and a list; 'Viết bởi Administrator' but 'Lê Văn Khải - Phòng Kinh tế huyện Yên "
                 "Dũng' closes the text -> Lê Văn Khải"],
          **at(datetime(2011, 9, 27, 14, 0))),
        A(path="", title="HTX Rau an toàn Yên Dũng đưa rau vào bếp ăn các khu công nghiệp",
          body="""
HTX Rau an toàn Tân Liễu (huyện Yên Dũng) hiện cung ứng mỗi ngày khoảng 2 tấn rau cho bếp ăn của 6 doanh nghiệp trong Khu công nghiệp Đình Trám.
[readmore]
HTX có 24 ha rau sản xuất theo quy trình VietGAP, được Sở Nông nghiệp và Phát triển nông thôn cấp giấy chứng nhận năm 2010.
Thu nhập bình quân của thành viên HTX đạt 4,5 triệu đồng/người/tháng, cao gấp đôi trồng lúa.
""", byline="Theo Báo Bắc Giang", author=None,
          opts={"cat": "hoatdong", "by": "Báo Bắc Giang", "hits": 264, "alias": "htx-rau-an-toan-yen-dung-bep-an-kcn"},
          notes=["created_by_alias 'Báo Bắc Giang' ('Viết bởi Báo Bắc Giang', also <meta name=author>) and 'Theo Báo Bắc "
                 "Giang' closing the text: a reprint, no author"],
          **at(datetime(2011, 8, 22, 9, 40))),
        A(path="", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2011",
          body="""
Chiều 15/7, Liên minh HTX tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2011.
Sáu tháng đầu năm, Liên minh HTX tỉnh đã tư vấn thành lập mới 11 HTX, tổ chức 6 lớp tập huấn cho 420 lượt cán bộ HTX.
Hội nghị thống nhất tập trung hỗ trợ các HTX tiếp cận vốn vay từ Quỹ hỗ trợ phát triển HTX của tỉnh.
""", author="Nguyễn Thị Mai",
          opts={"cat": "hoatdong", "by": "Nguyễn Thị Mai", "hits": 173, "alias": "so-ket-cong-tac-6-thang-dau-nam-2011"},
          notes=["created at 00:20 on 16 July about the afternoon before: 'Thứ bảy, 16 Tháng 7 2011 00:20'; Joomla 1.5 "
                 "stores UTC, so the RSS pubDate reads 'Fri, 15 Jul 2011 17:20:00 +0000' (the day before); no read-more: the "
                 "blog prints it whole (a listing, not the article); 'Viết bởi Nguyễn Thị Mai', no byline: author"],
          **at(datetime(2011, 7, 16, 0, 20))),
        A(path="", title="Ảnh: HTX Vải thiều Thanh Hà vào vụ thu hoạch",
          body="""
Giữa tháng 6, các thành viên HTX Vải thiều Thanh Hà (huyện Lục Ngạn) bước vào vụ thu hoạch vải thiều năm 2011.
[readmore]
[img vai-thieu-1.png] Thành viên HTX thu hái vải thiều trên đồi
[img vai-thieu-2.png] Vải thiều được phân loại, đóng thùng tại điểm thu mua của HTX
[img vai-thieu-3.png] Thương lái Trung Quốc thu mua vải thiều tại HTX
Năm nay HTX dự kiến tiêu thụ 1.200 tấn vải thiều quả tươi, giá bình quân 15.000 đồng/kg.
""", byline="Bài và ảnh: Ngô Văn Tuấn", author="Ngô Văn Tuấn",
          opts={"cat": "hoatdong", "by": "Administrator", "hits": 512, "alias": "anh-htx-vai-thieu-thanh-ha-thu-hoach",
                "front": True},
          notes=["photo story: each photo a centred <p><img></p>, its caption the next centred <p><em> (one line each); "
                 "'Viết bởi Administrator', 'Bài và ảnh: Ngô Văn Tuấn' closes it -> author"],
          **at(datetime(2011, 6, 18, 16, 20))),
        A(path="", title="HTX Chăn nuôi Tân Yên nhân rộng mô hình nuôi gà đồi",
          body="""
HTX Chăn nuôi Phúc Hòa (huyện Tân Yên) đã nhân rộng mô hình nuôi gà thả đồi an toàn sinh học cho 45 hộ thành viên.
[readmore]
Mỗi năm HTX xuất bán khoảng 180 tấn gà thịt, chủ yếu cho các chợ đầu mối ở Hà Nội.
HTX đang xây dựng nhãn hiệu tập thể "Gà đồi Tân Yên" với sự hỗ trợ của Sở Khoa học và Công nghệ.
""", byline="Hoàng Minh Đức", author="Hoàng Minh Đức",
          opts={"cat": "hoatdong", "by": "Administrator", "hits": 298, "alias": "htx-chan-nuoi-tan-yen-ga-doi",
                "modified": datetime(2011, 5, 12, 8, 5), "legacy_link": True},
          notes=["'Viết bởi Administrator'; the bare name 'Hoàng Minh Đức' closes the text: the author; 'Cập nhật lần cuối' "
                 "two days later is no publication date; the guide's page 3 links it by the Mambo shape "
                 "index.php?option=com_content&task=view&id=N&Itemid=53 (the Legacy plugin answers it: an alias)"],
          **at(datetime(2011, 5, 10, 15, 0))),
        A(path="", title="Liên minh HTX tỉnh Bắc Giang tổng kết công tác năm 2008",
          body="""
Ngày 7/1, Liên minh HTX tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác năm 2008, triển khai nhiệm vụ năm 2009.
[img tong-ket-2008.png] Quang cảnh hội nghị tổng kết
Năm 2008, Liên minh HTX tỉnh hỗ trợ thành lập mới 14 HTX, tổ chức 9 lớp tập huấn cho 610 lượt cán bộ HTX.
""", byline="Tin, ảnh: Đỗ Quang Huy", author="Đỗ Quang Huy",
          opts={"cat": "hoatdong", "by": "Administrator", "hits": 97, "alias": None, "mosimage": True},
          notes=["the oldest article (migrated from the Mambo site in 2009; its alias is Joomla's transliteration of the "
                 "title, Vietnamese letters turned into hyphens): only on the 'Tin hoạt động' blog's ?start=5 (not on the "
                 "front page, the modules nor the feeds); Mambo's rendered div.mosimage with div.mosimage_caption (one "
                 "line); 'Tin, ảnh: Đỗ Quang Huy' -> author"],
          **at(datetime(2009, 1, 8, 15, 30))),
    ]


def split_body(a: JArticle) -> tuple[str, list[tuple[str | None, str]]]:
    """(intro markup, [(page title, markup) …]) of the full text; one page unless it has pagebreaks."""
    lines = a.body.strip().splitlines()
    if READMORE in [x.strip() for x in lines]:
        i = [x.strip() for x in lines].index(READMORE)
        intro, full = "\n".join(lines[:i]), lines[i + 1:]
    else:
        intro, full = "\n".join(lines), []
    pages: list[tuple[str | None, str]] = [(None, "")]
    for x in full:
        if x.strip().startswith(SPLIT):
            pages.append((x.strip()[len(SPLIT):-1], ""))
        else:
            t, m = pages[-1]
            pages[-1] = (t, m + x + "\n")
    return intro, pages


def blocks_html(markup: str, a: JArticle) -> str:
    from .richbody import parse_rich
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="width: 100%;" border="1" cellspacing="0" cellpadding="3">\n<tbody>\n<tr>\n'
                       + "\n".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in head)
                       + "\n</tr>\n" + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n"
                                               for r in rows) + "</tbody>\n</table>")
        elif b.kind == "img":
            if a.opts.get("mosimage"):
                out.append(f'<div class="mosimage" style="float: left; margin: 5px; width: 400px;" align="center"><img '
                           f'src="/images/stories/{b.src}" width="400" height="300" hspace="6" alt="{attr(b.text)}" '
                           f'title="{attr(b.text)}" border="0" /><div class="mosimage_caption" style="width: 400px; '
                           f'text-align: center;" align="center">{esc(b.text)}</div></div>')
            else:
                out.append(f'<p style="text-align: center;"><img src="/images/stories/2011/{b.src}" alt="{b.src[:-4]}" '
                           f'width="500" height="333" /></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    return "\n".join(out)


def closing_html(a: JArticle) -> str:
    out = []
    for x in a.attachments:
        out.append(f'<p><img src="/images/M_images/pdf_button.png" alt="" /> <a href="{x["path"]}" target="_blank">'
                   f'{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


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
    site = JoomlaBuild(SITE, "bac-giang", f"Cổng thông tin {NAME} (Joomla 1.5)", "generic", None,
                       start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/index.php?format=feed&type=rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    nid = 28
    for a in reversed(arts):
        nid += 3
        a.opts["id"] = nid
        if not a.opts["alias"]:
            a.opts["alias"] = stringurlsafe(a.title)
        menu = CATS[a.opts["cat"]][2]
        a.path = f"/{menu}/{nid}-{a.opts['alias']}.html"
    oldest = arts[-1]
    notice = next(a for a in arts if a.doc_number)
    guide = next(a for a in arts if SPLIT in a.body)
    legacy = next(a for a in arts if a.opts.get("legacy_link"))
    # the guide's last page links the gà đồi article by its Mambo address
    legacy_url = f"/index.php?option=com_content&task=view&id={legacy.opts['id']}&Itemid=53"
    guide.body = guide.body.replace(
        "để theo dõi, hỗ trợ.\n",
        "để theo dõi, hỗ trợ. Xem thêm [[mô hình của HTX Chăn nuôi Phúc Hòa|" + legacy_url + "]].\n")
    hits = sorted([a for a in arts if a is not oldest], key=lambda a: -a.opts["hits"])[:5]
    latest = [a for a in arts if a is not oldest][:5]

    def cat_url(cat: str) -> str:
        return f"/{CATS[cat][2]}.html"

    def raw_url(a: JArticle) -> str:
        catid, _, menu, itemid, _, _ = CATS[a.opts["cat"]]
        return f"/index.php?option=com_content&view=article&id={a.opts['id']}:{a.opts['alias']}&catid={catid}:{menu}&Itemid={itemid}"

    def print_url(a: JArticle) -> str:
        return a.path + "?tmpl=component&print=1&layout=default&page="

    def pdf_url(a: JArticle) -> str:
        return a.path[:-5] + ".pdf"

    def mail_url(a: JArticle) -> str:
        return "/component/mailto/?tmpl=component&link=" + base64.b64encode((LIVE + a.path).encode()).decode()

    def module(title: str, content: str, suffix: str = "") -> str:
        return (f'<div class="module{suffix}">\n\t<div>\n\t\t<div>\n\t\t\t<div>\n\t\t\t\t\t\t\t<h3>{esc(title)}</h3>\n'
                f"\t\t\t\t\t\t{content}\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>")

    def li_news(items: list[JArticle], css: str) -> str:
        return (f'<ul class="{css}">' + "".join(f'<li class="{css}"><a href="{a.path}" class="{css}">{esc(a.title)}</a></li>'
                                                for a in items) + "</ul>")

    mainmenu = [("Trang chủ", "/"), ("Tin hoạt động", cat_url("hoatdong")), ("Thông báo", cat_url("thongbao")),
                ("Kiến thức - Mô hình", cat_url("kienthuc")), ("Giới thiệu", "/gioi-thieu.html"), ("Tìm kiếm", "/tim-kiem.html"),
                ("Liên hệ", "/lien-he.html")]

    def layout(title: str, pathway: list[tuple[str, str | None]], component: str, *, base: str, active: str = "",
               head_extra: str = "", author: str | None = None, desc: str = "", keywords: str = "") -> str:
        crumbs = ['<a href="/" class="pathway">Trang chủ</a>'] + [
            f'<a href="{href}" class="pathway">{esc(n)}</a>' if href else esc(n) for n, href in pathway]
        sep = f' <img src="{TPL}/images/arrow.png" alt=""  /> '
        cur, item = ' id="current" class="active item"', ' class="item"'
        menu = "".join(f'<li{cur if n == active else item}><a href="{href}">'
                       f"<span>{esc(n)}</span></a></li>" for n, href in mainmenu)
        topnav = "".join(f'<li><a href="{href}" class="mainlevel-nav">{esc(n)}</a></li>' for n, href in mainmenu[:4])
        poll = "".join(f'<tr><td class="sectiontableentry{2 - i % 2}" valign="top"><input type="radio" name="voteid" '
                       f'id="voteid{20 + i}" value="{20 + i}" alt="{20 + i}" /><label for="voteid{20 + i}">{esc(o)}</label>'
                       f"</td></tr>" for i, o in enumerate(POLL_OPTS, 1))
        left = (module("Menu chính", f'<ul class="menu">{menu}</ul>', "_menu")
                + module("Đăng nhập", '<form action="/index.php" method="post" name="login" id="form-login" >\n'
                         '<fieldset class="input"><p id="form-login-username"><label for="modlgn_username">Tên đăng nhập'
                         '</label><br /><input id="modlgn_username" type="text" name="username" class="inputbox" alt="username" '
                         'size="18" /></p><p id="form-login-password"><label for="modlgn_passwd">Mật khẩu</label><br /><input '
                         'id="modlgn_passwd" type="password" name="passwd" class="inputbox" size="18" alt="password" /></p>'
                         '<p id="form-login-remember"><label for="modlgn_remember">Ghi nhớ</label><input id="modlgn_remember" '
                         'type="checkbox" name="remember" class="inputbox" value="yes" alt="Remember Me" /></p><input '
                         'type="submit" name="Submit" class="button" value="Đăng nhập" /></fieldset>\n<ul><li><a '
                         'href="/component/user/reset.html">Quên mật khẩu?</a></li><li><a href="/component/user/remind.html">'
                         'Quên tên đăng nhập?</a></li><li><a href="/component/user/register.html">Đăng ký tài khoản</a></li>'
                         '</ul><input type="hidden" name="option" value="com_user" /><input type="hidden" name="task" '
                         'value="login" /><input type="hidden" name="return" value="L2luZGV4LnBocA==" /></form>')
                + module("Thăm dò ý kiến", f'<form action="index.php" method="post" name="form2"><table width="95%" '
                         f'border="0" cellspacing="0" cellpadding="1" align="center" class="poll"><thead><tr><td style="'
                         f'font-weight: bold;">{esc(POLL_Q)}</td></tr></thead><tr><td align="center"><table class="pollstableborder"'
                         f' cellspacing="0" cellpadding="0" border="0">{poll}</table></td></tr><tr><td><div align="center">'
                         f'<input type="submit" name="task_button" class="button" value="Bình chọn" />&nbsp;<input type="button"'
                         f' name="option" class="button" value="Kết quả" onclick="document.location.href=\'/component/poll/'
                         f'1-danh-gia-cong-thong-tin.html\'" /></div></td></tr></table><input type="hidden" name="option" '
                         f'value="com_poll" /><input type="hidden" name="task" value="vote" /><input type="hidden" name="id" '
                         f'value="1" /></form>')
                + module("Liên kết website", '<ul class="menu">' + "".join(
                    f'<li class="item"><a href="{{{{base:offsite}}}}{href}" target="_blank"><span>{esc(t)}</span></a></li>'
                    for t, href in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("UBND tỉnh Bắc Giang", "/bacgiang/"),
                                    ("Báo Bắc Giang", "/baobacgiang/")]) + "</ul>"))
        right = (module("Thông báo", f'<marquee behavior="scroll" direction="up" scrollamount="1" height="80"><p><a '
                         f'href="{amp(raw_url(notice))}">{esc(notice.title)}</a></p></marquee>')
                 + module("Tin mới nhất", li_news(latest, "latestnews"))
                 + module("Tin đọc nhiều", li_news(hits, "mostread"))
                 + module("Đang trực tuyến", f"&nbsp;{ONLINE}"))
        meta_author = f'\n  <meta name="author" content="{attr(author)}" />' if author else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" >
<head>
  <base href="{{{{base}}}}{base}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="{attr(keywords or 'Liên minh HTX, Bắc Giang, hợp tác xã, kinh tế tập thể')}" />
  <meta name="title" content="{attr(title)}" />{meta_author}
  <meta name="description" content="{attr(desc or 'Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Bắc Giang')}" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(title)}</title>
{head_extra}  <link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>

<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="/templates/system/css/general.css" type="text/css" />
<link rel="stylesheet" href="{TPL}/css/template.css" type="text/css" />
<link rel="stylesheet" href="{TPL}/css/blue.css" type="text/css" />
<link rel="stylesheet" href="{TPL}/css/blue_bg.css" type="text/css" />
<!--[if lte IE 6]>
<link href="{TPL}/css/ieonly.css" rel="stylesheet" type="text/css" />
<![endif]-->
</head>
<body id="page_bg" class="color_blue bg_blue width_fmax">
<a name="up" id="up"></a>
<div class="center" align="center">
	<div id="wrapper">
		<div id="wrapper_r">
			<div id="header">
				<div id="header_l">
					<div id="header_r">
						<div id="logo"><a href="/"><img src="{TPL}/images/logo_lmhtx.png" alt="{attr(NAME)}" /></a></div>
						<div class="bannergroup"><div class="banneritem"><div class="today">{BANNER_TODAY}</div><div class="slogan">{esc(SLOGAN)}</div></div></div>
					</div>
				</div>
			</div>
			<div id="tabarea">
				<div id="tabarea_l">
					<div id="tabarea_r">
						<div id="tabmenu">
						<table cellpadding="0" cellspacing="0" class="pill">
							<tr>
								<td class="pill_l">&nbsp;</td>
								<td class="pill_m">
								<div id="pillmenu">
									<ul id="mainlevel-nav">{topnav}</ul>
								</div>
								</td>
								<td class="pill_r">&nbsp;</td>
							</tr>
							</table>
						</div>
					</div>
				</div>
			</div>
			<div id="search">
				<form action="index.php" method="post">
	<div class="search">
		<input name="searchword" id="mod_search_searchword" maxlength="20" alt="Tìm kiếm" class="inputbox" type="text" size="20" value="tìm kiếm..."  onblur="if(this.value=='') this.value='tìm kiếm...';" onfocus="if(this.value=='tìm kiếm...') this.value='';" />	</div>
	<input type="hidden" name="task"   value="search" />
	<input type="hidden" name="option" value="com_search" />
	<input type="hidden" name="Itemid" value="56" />
</form>
			</div>
			<div id="pathway">
				<span class="breadcrumbs pathway">
{sep.join(crumbs)}</span>
			</div>
			<div class="clr"></div>
			<div id="whitebox">
				<div id="whitebox_t">
					<div id="whitebox_tl">
						<div id="whitebox_tr"></div>
					</div>
				</div>
				<div id="whitebox_m">
					<div id="area">
						<div id="leftcolumn">
{left}
						</div>
						<div id="maincolumn">
							<table class="nopad">
								<tr valign="top">
									<td>
{component}
									</td>
									<td class="greyline">&nbsp;</td>
									<td width="170">
{right}
									</td>
								</tr>
							</table>
						</div>
						<div class="clr"></div>
					</div>
					<div class="clr"></div>
				</div>
				<div id="whitebox_b">
					<div id="whitebox_bl">
						<div id="whitebox_br"></div>
					</div>
				</div>
			</div>
			<div id="footerspacer"></div>
		</div>
		<div id="footer">
			<div id="footer_l">
				<div id="footer_r">
					<p id="syndicate">
						<a href="/index.php?format=feed&amp;type=rss">
	<img src="/images/M_images/livemarks.png" alt="feed-image"  /> <span>Tin mới RSS</span></a>
					</p>
					<p id="power_by">{COPY}<br />{esc(ADDRESS)}<br />{esc(RESP)}<br />
						<a href="{{{{base:offsite}}}}/joomla/">Powered by Joomla!</a>
					</p>
				</div>
			</div>
		</div>
	</div>
</div>

</body>
</html>
"""

    def header_rows(a: JArticle, link_title: bool, print_view: bool = False) -> tuple[str, str]:
        """(the title table, the byline/date rows) of contentpaneopen."""
        catid, sectionid, menu, itemid, cname, _ = CATS[a.opts["cat"]]
        title = (f'<a href="{a.path}" class="contentpagetitle">\n\t\t\t{esc(a.title)}</a>' if link_title else esc(a.title))
        icons = (f'<td align="right" width="100%" class="buttonheading">\n\t\t<a href="{pdf_url(a)}" title="PDF" onclick="window.'
                 f"open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,"
                 f"height=480,directories=no,location=no'); return false;\" rel=\"nofollow\"><img src=\"/images/M_images/"
                 f'pdf_button.png" alt="PDF"  /></a>\t\t</td>\n\t\t<td align="right" width="100%" class="buttonheading">\n\t\t'
                 f'<a href="{amp(print_url(a))}" title="In" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,'
                 f"scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); "
                 f'return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="In"  /></a>\t\t</td>\n\t\t'
                 f'<td align="right" width="100%" class="buttonheading">\n\t\t<a href="{amp(mail_url(a))}" title="E-mail" '
                 f"onclick=\"window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;\">"
                 f'<img src="/images/M_images/emailButton.png" alt="E-mail"  /></a>\t\t</td>\n')
        if print_view:
            icons = ('<td align="right" width="100%" class="buttonheading">\n\t\t<a href="#" onclick="window.print();return '
                     'false;"><img src="/images/M_images/printButton.png" alt="In"  /></a>\t\t</td>\n')
        top = (f'<table class="contentpaneopen">\n<tr>\n\t\t<td class="contentheading" width="100%">\n\t\t\t{title}\n\t\t\t</td>'
               f"\n\t\t\t\t\t\t{icons}\t\t   </tr>\n</table>\n")
        rows = (f'<tr>\n\t<td>\n\t\t\t\t<span>\n\t\t\t{SECTIONS[sectionid]}\t\t\t\t</span>\n\t\t\t\t\t - \t\t\t\t\t\t<span>\n\t\t\t'
                f'<a href="{cat_url(a.opts["cat"])}">{esc(cname)}</a>\t\t\t\t</span>\n\t\t\t</td>\n</tr>\n'
                f'<tr>\n\t<td valign="top">\n\t\t<span class="small">\n\t\t\tViết bởi {esc(a.opts["by"])}\t\t</span>\n\t\t&nbsp;&nbsp;'
                f'\n\t</td>\n</tr>\n<tr>\n\t<td valign="top" class="createdate">\n\t\t{jdate(a.date)}\t</td>\n</tr>\n')
        return top, rows

    def modified_row(a: JArticle) -> str:
        m = a.opts.get("modified")
        return (f'<tr>\n\t<td class="modifydate">\n\t\tCập nhật lần cuối ( {jdate(m)} )\n\t</td>\n</tr>\n' if m else "")

    def vote_form(a: JArticle) -> str:
        checked = ' checked="checked"'
        radios = "".join(f'<input type="radio" alt="vote {i} star" name="user_rating" value="{i}"{checked if i == 5 else ""} />'
                         for i in range(1, 6))
        return (f'<form method="post" action="{{{{base}}}}{a.path}"><span class="content_rating">Đánh giá của người dùng: '
                '<img src="/images/M_images/rating_star_blank.png" alt=""  /><img src="/images/M_images/rating_star_blank.png"'
                ' alt=""  />&nbsp;/&nbsp;0</span><br /><span class="content_vote">Kém' + radios + 'Tốt nhất&nbsp;<input '
                'class="button" type="submit" name="submit_vote" value="Bình chọn" /><input type="hidden" name="task" '
                f'value="vote" /><input type="hidden" name="option" value="com_content" /><input type="hidden" name="cid" '
                f'value="{a.opts["id"]}" /><input type="hidden" name="url" value="{{{{base}}}}{a.path}" /></span></form>')

    def article_html(a: JArticle, page: int | None, print_view: bool = False) -> str:
        """page None: the whole article (?showall=1, print); 0, 1, 2: one page of a split article."""
        intro, pages = split_body(a)
        n = len(pages)
        top, rows = header_rows(a, link_title=False, print_view=print_view)
        if page is None or n == 1:
            parts = [blocks_html(intro, a)] + [blocks_html(m, a) for _, m in pages]
            text = "\n".join(p for p in parts if p)
            if n > 1:
                text = "\n".join([blocks_html(intro, a), blocks_html(pages[0][1], a)]
                                 + [("<br />" if print_view else "") + blocks_html(m, a) for _, m in pages[1:]])
        else:
            text = (blocks_html(intro, a) + "\n" + blocks_html(pages[0][1], a)) if page == 0 else blocks_html(pages[page][1], a)
        closing = closing_html(a) if (page is None or page == n - 1) else ""
        toc = ""
        nav = ""
        if n > 1 and not print_view:
            def part(k: int) -> str:
                return a.path if k == 0 else f"{a.path}?start={k}"
            entries = [(a.title, part(0))] + [(t, part(k)) for k, (t, _) in enumerate(pages) if k > 0]
            toc = ('<table cellpadding="0" cellspacing="0" class="contenttoc" align="right">\n<tr>\n\t<th>'
                   f"{TOC_TITLE}</th>\n</tr>\n" + "".join(
                       f'\n<tr>\n\t<td>\n\t<a href="{href}" class="toclink">{esc(t)}</a>\n\t</td>\n</tr>\n' for t, href in entries)
                   + f'\n<tr>\n\t<td>\n\t\t<a href="{a.path}?showall=1" class="toclink">Tất cả các trang</a>\n\t</td>\n</tr>\n'
                   "</table>")
            if page is not None:
                prev = (f'<a href="{part(page - 1)}">&lt;&lt; Trước</a>' if page > 0 else "&lt;&lt; Trước")
                nxt = (f'<a href="{part(page + 1)}">Tiếp &gt;&gt;</a>' if page < n - 1 else "Tiếp &gt;&gt;")
                nav = (f'<div class="pagenavcounter">Trang {page + 1} / {n}</div>\n<br /><div class="pagination"><span>{prev} '
                       f"</span><span>{nxt}</span></div>")
        body = f"{toc}{text}\n{closing}{nav}"
        vote = "" if print_view else f"{vote_form(a)}\n"
        return (f"{top}\n{vote}<table class=\"contentpaneopen\">\n{rows}<tr>\n<td valign=\"top\">\n{body}</td>\n</tr>\n"
                f"{modified_row(a)}</table>\n<span class=\"article_separator\">&nbsp;</span>\n")

    def intro_item(a: JArticle) -> str:
        intro, pages = split_body(a)
        top, rows = header_rows(a, link_title=True)
        more = any(m.strip() for _, m in pages)
        text = blocks_html(intro, a) + ("" if more else "\n" + closing_html(a))
        readon = (f'<tr>\n\t<td  colspan="2">\n\t\t<a href="{a.path}" class="readon">\n\t\t\tĐọc thêm...</a>\n\t</td>\n</tr>\n'
                  if more else "")
        return (f"{top}\n<table class=\"contentpaneopen\">\n{rows}<tr>\n<td valign=\"top\" colspan=\"2\">\n{text}</td>\n</tr>\n"
                f"{modified_row(a)}{readon}</table>\n<span class=\"article_separator\">&nbsp;</span>\n")

    for a in arts:
        catid, sectionid, menu, itemid, cname, _ = CATS[a.opts["cat"]]
        _, pages = split_body(a)
        n = len(pages)
        summary = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        author = a.opts["by"]

        def page(component: str, base: str, a: JArticle = a, cname: str = cname, summary: str = summary,
                 author: str = author) -> str:
            return layout(a.title, [(cname, cat_url(a.opts["cat"])), (a.title, None)], component, base=base, active=cname,
                          author=author, desc=summary)
        if n == 1:
            site.page(a.path, page(article_html(a, None), a.path))
        else:
            site.page(a.path, page(article_html(a, 0), a.path))
            parts = [a.path]
            for k in range(1, n):
                site.page(f"{a.path}?start={k}", page(article_html(a, k), a.path))
                parts.append(f"{a.path}?start={k}")
            site.page(f"{a.path}?showall=1", page(article_html(a, None), a.path))
            site.split[a.path] = parts
            a.aliases += parts[1:] + [f"{a.path}?showall=1"]
        # the raw router query and the print view
        site.same_page(raw_url(a), a.path)
        if a is notice:
            a.aliases.append(raw_url(a))
        if a is legacy:
            site.same_page(legacy_url, a.path)
            a.aliases.append(legacy_url)
        site.page(print_url(a), f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" >
<head>
  <base href="{{{{base}}}}{a.path}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <meta name="title" content="{attr(a.title)}" />
  <meta name="author" content="{attr(author)}" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(a.title)}</title>
  <link rel="stylesheet" href="{TPL}/css/template.css" type="text/css" />
</head>
<body class="contentpane">
{article_html(a, None, print_view=True)}
</body>
</html>
""")
        a.aliases.append(print_url(a))
        site.binary(pdf_url(a), pdf(a.title, ["LIEN MINH HTX TINH BAC GIANG", f"Bai viet so {a.opts['id']}"]))
        site.page(mail_url(a), f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <title>{esc(NAME)}</title>
</head>
<body class="contentpane">
<form action="/index.php" name="mailtoForm" method="post">
<div style="padding: 10px;">
	<div style="text-align:right"><a href="javascript: void window.close()">Đóng cửa sổ <img src="/components/com_mailto/assets/close-x.png" border="0" alt="" title="" /></a></div>
	<div class="componentheading">Gửi liên kết này tới bạn bè.</div>
	<p>Email người nhận:<br /><input type="text" name="mailto" class="inputbox" size="25" value=""/></p>
	<p>Người gửi:<br /><input type="text" name="sender" class="inputbox" value="" size="25" /></p>
	<p>Email của bạn:<br /><input type="text" name="from" class="inputbox" value="" size="25" /></p>
	<p>Tiêu đề:<br /><input type="text" name="subject" class="inputbox" value="" size="25" /></p>
	<p><button class="button" onclick="return submitbutton('send');">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy bỏ</button></p>
</div>
<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /><input type="hidden" name="tmpl" value="component" /><input type="hidden" name="link" value="{base64.b64encode((LIVE + a.path).encode()).decode()}" />
</form>
</body>
</html>
""")
        site.non_articles.append(mail_url(a))
        for b in a.blocks:
            if b.kind == "img":
                folder = "/images/stories/" if a.opts.get("mosimage") else "/images/stories/2011/"
                site.binary(folder + b.src, image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BAC GIANG", "THONG BAO SO 12/TB-LMHTX"]))
        site.add_article(a)
    site.trap("the print icon opens …html?tmpl=component&print=1&layout=default&page= (the component template, robots "
              "noindex, the whole text, pagebreaks turned into <br />): an alias", print_url(arts[1]))
    site.trap("the PDF icon …/<id>-<alias>.pdf (format=pdf as the SEF suffix) answers a PDF of the article (neither an "
              "item nor an attachment); the e-mail icon /component/mailto/?tmpl=component&link=<base64> is a form: not an "
              "article", pdf_url(arts[1]))
    site.trap("every article answers the router's raw query index.php?option=com_content&view=article&id=N:alias&catid="
              "M:cat&Itemid=K too (only the notice is linked so)", raw_url(notice))

    # -- category blogs and the table ------------------------------------------------------------------
    for cat, (catid, sectionid, menu, itemid, cname, lay) in CATS.items():
        items = [a for a in arts if a.opts["cat"] == cat]
        base = cat_url(cat)
        pages_n = max(1, (len(items) + PER - 1) // PER)
        feeds = (f'  <link href="/{menu}.feed?type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
                 f'  <link href="/{menu}.feed?type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />\n')
        for k in range(pages_n):
            path = base if k == 0 else f"{base}?start={k * PER}"
            chunk = items[k * PER:(k + 1) * PER]

            def plink(j: int, base: str = base) -> str:
                return f"{base}?limitstart=0" if j == 0 else f"{base}?start={j * PER}"
            pager = ""
            if pages_n > 1:
                start = (f'<a href="{plink(0)}" title="Đầu">Đầu</a>' if k > 0 else "<span>Đầu</span>")
                prev = (f'<a href="{plink(k - 1)}" title="Trước">Trước</a>' if k > 0 else "<span>Trước</span>")
                nums = "".join(f"<strong><span>{j + 1}</span></strong>" if j == k else
                               f'<a href="{plink(j)}" title="{j + 1}">{j + 1}</a>' for j in range(pages_n))
                nxt = (f'<a href="{plink(k + 1)}" title="Tiếp">Tiếp</a>' if k < pages_n - 1 else "<span>Tiếp</span>")
                end = (f'<a href="{plink(pages_n - 1)}" title="Cuối">Cuối</a>' if k < pages_n - 1 else "<span>Cuối</span>")
                pager = (f'<span class="pagination"><span>&laquo;</span>{start}{prev}{nums}{nxt}{end}<span>&raquo;</span>'
                         f"</span>")
            if lay == "blog":
                lead, rest = chunk[:1], chunk[1:]
                comp = (f'<div class="componentheading">\n\t{esc(cname)}</div>\n<table class="blog" cellpadding="0" cellspacing="0">'
                        f'\n<tr>\n\t<td valign="top">\n\t\t\t\t\t<div>\n\t\t{"".join(intro_item(a) for a in lead)}\t\t</div>\n\t\t\t</td>'
                        f'\n</tr>\n<tr>\n\t<td valign="top">\n\t\t<table width="100%"  cellpadding="0" cellspacing="0">\n\t\t<tr>\n'
                        f'\t\t\t\t\t<td valign="top" width="100%" class="article_column">\n'
                        + "".join(intro_item(a) for a in rest) + "\t\t</td>\n\t\t\t\t</tr>\n\t\t</table>\n\t</td>\n</tr>\n"
                        + (f'<tr>\n\t<td valign="top" align="center">\n\t\t{pager}\t\t<br /><br />\n\t</td>\n</tr>\n<tr>\n\t<td '
                           f'valign="top" align="center">\n\t\tTrang {k + 1} / {pages_n}\t</td>\n</tr>\n' if pager else "")
                        + "</table>\n")
            else:
                trs = "".join(
                    f'<tr class="sectiontableentry{1 + i % 2}" >\n\t<td align="right">\n\t\t{k * PER + i + 1}\t</td>\n\t<td>\n'
                    f'\t\t<a href="{a.path}">\n\t\t\t{esc(a.title)}</a>\n\t\t\t</td>\n\t<td>\n\t\t{a.date:%d-%m-%Y}\t</td>\n\t<td>\n'
                    f'\t\t{esc(a.opts["by"])}\t</td>\n\t<td align="center">\n\t\t{a.opts["hits"]}\t</td>\n</tr>\n'
                    for i, a in enumerate(chunk))
                comp = (f'<div class="componentheading">\n\t{esc(cname)}</div>\n<table width="100%" cellpadding="0" '
                        f'cellspacing="0" border="0" align="center" class="contentpane">\n<tr>\n\t<td width="60%" colspan="2">'
                        f'\n<form action="{{{{base}}}}{base}" method="post" name="adminForm">\n<table width="100%" border="0" '
                        f'cellspacing="0" cellpadding="0">\n<tr>\n\t<td align="left" width="60%" nowrap="nowrap">\n\t\tBộ lọc '
                        f'tiêu đề&nbsp;\n\t\t<input type="text" name="filter" value="" class="inputbox" '
                        f'onchange="document.adminForm.submit();" />\n\t</td>\n\t<td align="right" width="40%" nowrap="nowrap">'
                        f'\n\tHiển thị #&nbsp;<select name="limit" id="limit" class="inputbox" size="1" '
                        f'onchange="this.form.submit()"><option value="5" >5</option><option value="10"  selected="selected">10'
                        f'</option><option value="20" >20</option></select>\t</td>\n</tr>\n<tr>\n\t<td class="sectiontableheader"'
                        f' align="right" width="5%">\n\t\t#\n\t</td>\n\t<td class="sectiontableheader" width="45%">Tiêu đề mục'
                        f'</td>\n\t<td class="sectiontableheader" width="25%">Ngày</td>\n\t<td class="sectiontableheader" '
                        f'width="20%">Tác giả</td>\n\t<td align="center" class="sectiontableheader" width="5%" nowrap="nowrap">'
                        f"Lượt xem</td>\n</tr>\n{trs}</table>\n</form>\n\t</td>\n</tr>\n</table>\n")
            site.page(path, layout(cname, [(cname, None)], comp, base=base, active=cname, head_extra=feeds))
            site.non_articles.append(path)
        if pages_n > 1:
            site.same_page(f"{base}?limitstart=0", base)
            site.non_articles.append(f"{base}?limitstart=0")
        feed_items = items[:PER]
        for kind in ("rss", "atom"):
            site.page(f"/{menu}.feed?type={kind}", feed_xml(kind, cname, base, feed_items, cat_url),
                      content_type=f"application/{kind}+xml; charset=utf-8")
    site.trap("category blog /tin-hoat-dong.html (1 leading + 4 intro items: 'Viết bởi', date, the intro or the whole "
              "short text, 'Đọc thêm...'): its pager links page 1 as ?limitstart=0 and page 2 as ?start=5, which alone "
              "holds the oldest article", "/tin-hoat-dong.html?start=5")
    site.trap("category table /thong-bao.html ('Bộ lọc tiêu đề', 'Hiển thị #', #, title, date dd-mm-yyyy, author, hits): "
              "a listing", "/thong-bao.html")

    # -- front page ------------------------------------------------------------------------------------
    front = [a for a in arts if a.opts.get("front")]
    comp = ('<table class="blog" cellpadding="0" cellspacing="0">\n<tr>\n\t<td valign="top">\n\t\t<div>\n'
            + intro_item(front[0]) + '\t\t</div>\n\t</td>\n</tr>\n<tr>\n\t<td valign="top">\n\t\t<table width="100%"  '
            'cellpadding="0" cellspacing="0">\n\t\t<tr>\n\t\t\t<td valign="top" width="50%" class="article_column column1">\n'
            + "".join(intro_item(a) for a in front[1::2]) + '\t\t\t</td>\n\t\t\t<td valign="top" width="50%" '
            'class="article_column column2">\n' + "".join(intro_item(a) for a in front[2::2])
            + "\t\t\t</td>\n\t\t</tr>\n\t\t</table>\n\t</td>\n</tr>\n</table>\n")
    feeds = ('  <link href="/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
             '  <link href="/index.php?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" '
             'title="Atom 1.0" />\n')
    site.page("/", layout("Trang chủ", [], comp, base="/", active="Trang chủ", head_extra=feeds))
    site.same_page("/index.php", "/")
    site.non_articles.append("/")
    for kind in ("rss", "atom"):
        site.page(f"/index.php?format=feed&type={kind}", feed_xml(kind, "Trang chủ", "/", front, cat_url),
                  content_type=f"application/{kind}+xml; charset=utf-8")
    site.trap("front page (com_frontpage: 4 featured articles, 1 leading and 2 columns, intros with 'Đọc thêm...'); the "
              "feeds /index.php?format=feed&type=rss|atom (mod_syndicate 'Tin mới RSS')", "/")
    site.trap("RSS pubDate is UTC ('+0000'; Joomla 1.5 stores UTC): the article of 00:20 on 16 July 2011 reads 'Fri, 15 "
              "Jul 2011 17:20:00 +0000'", "/tin-hoat-dong.feed?type=rss")

    # -- pages, search, users ---------------------------------------------------------------------------
    for path, title, text in [
            ("/gioi-thieu.html", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Bắc Giang là tổ chức kinh tế - xã hội, đại diện "
             "và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/lien-he.html", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>Email: lmhtx@bacgiang.gov.vn</p>")]:
        comp = (f'<table class="contentpaneopen">\n<tr>\n\t\t<td class="contentheading" width="100%">\n\t\t\t{title}\n\t\t\t</td>'
                f'\n\t\t\t\t</tr>\n</table>\n<table class="contentpaneopen">\n<tr>\n<td valign="top">\n{text}</td>\n</tr>\n</table>')
        site.page(path, layout(title, [(title, None)], comp, base=path, active=title))
        site.non_articles.append(path)
    site.page("/tim-kiem.html", layout("Tìm kiếm", [("Tìm kiếm", None)], '<div class="componentheading">Tìm kiếm</div>'
                                       '<form id="searchForm" action="/tim-kiem.html" method="post" name="searchForm"><table '
                                       'class="contentpaneopen"><tr><td nowrap="nowrap"><label for="search_searchword">Từ '
                                       'khóa:</label></td><td nowrap="nowrap"><input type="text" name="searchword" '
                                       'id="search_searchword" size="30" maxlength="20" value="" class="inputbox" /></td><td '
                                       'width="100%" nowrap="nowrap"><button name="Search" onclick="this.form.submit()" '
                                       'class="button">Tìm kiếm</button></td></tr></table><input type="hidden" name="task" '
                                       'value="search" /></form>', base="/tim-kiem.html", active="Tìm kiếm"))
    site.non_articles.append("/tim-kiem.html")
    for path, title in [("/component/user/reset.html", "Quên mật khẩu"), ("/component/user/remind.html",
                                                                          "Quên tên đăng nhập"),
                        ("/component/user/register.html", "Đăng ký")]:
        site.page(path, layout(title, [(title, None)], f'<div class="componentheading">{title}</div><form action="/index.php"'
                                                       ' method="post"><input type="text" name="email" class="inputbox" />'
                                                       '<button type="submit">Gửi</button></form>', base=path))
        site.non_articles.append(path)
    site.trap("the login module's links /component/user/reset.html, remind.html, register.html (Joomla 1.5's robots.txt "
              "does not disallow them), /gioi-thieu.html, /lien-he.html and /tim-kiem.html: not articles",
              "/component/user/register.html")
    site.static("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /components/\n"
                "Disallow: /images/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\n"
                "Disallow: /libraries/\nDisallow: /media/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /templates/\n"
                "Disallow: /tmp/\nDisallow: /xmlrpc/\n")
    site.binary(f"{TPL}/favicon.ico", b"\x00\x00\x01\x00")
    return site


def feed_xml(kind: str, title: str, base: str, items: list[JArticle], cat_url) -> str:
    def desc(a: JArticle) -> str:
        intro, _ = split_body(a)
        return blocks_html(intro, a)
    if kind == "rss":
        its = "".join(
            f"\t\t<item>\n\t\t\t<title>{esc(a.title)}</title>\n\t\t\t<link>{{{{base}}}}{a.path}</link>\n\t\t\t<guid>"
            f"{{{{base}}}}{a.path}</guid>\n\t\t\t<description><![CDATA[{desc(a)}]]></description>\n\t\t\t<category>"
            f"{esc(CATS[a.opts['cat']][4])}</category>\n\t\t\t<pubDate>{rfc822_utc(a.date)}</pubDate>\n\t\t</item>\n"
            for a in items)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! 1.5 - Open Source Content Management" -->\n'
                f'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n\t\t<title>{esc(title)}</title>\n'
                f"\t\t<description>Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Bắc Giang</description>\n\t\t<link>"
                f"{{{{base}}}}{base}</link>\n\t\t<lastBuildDate>{rfc822_utc(TODAY)}</lastBuildDate>\n\t\t<generator>Joomla! 1.5 - "
                f"Open Source Content Management</generator>\n\t\t<language>vi-vn</language>\n{its}\t</channel>\n</rss>\n")
    its = "".join(
        f'\t<entry>\n\t\t<title>{esc(a.title)}</title>\n\t\t<link rel="alternate" type="text/html" href="{{{{base}}}}{a.path}"/>'
        f"\n\t\t<published>{a.date - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}+00:00</published>\n\t\t<updated>"
        f"{a.date - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}+00:00</updated>\n\t\t<id>{{{{base}}}}{a.path}</id>\n\t\t<author>"
        f"\n\t\t\t<name>{esc(a.opts['by'])}</name>\n\t\t</author>\n\t\t<summary type=\"html\">{esc(desc(a))}</summary>\n"
        f"\t</entry>\n" for a in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! 1.5 - Open Source Content Management" -->\n'
            f'<feed xmlns="http://www.w3.org/2005/Atom"  xml:lang="vi-vn">\n\t<title type="text">{esc(title)}</title>\n\t'
            f'<subtitle type="text">Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Bắc Giang</subtitle>\n\t<link '
            f'rel="alternate" type="text/html" href="{{{{base}}}}{base}"/>\n\t<id>{{{{base}}}}{base}</id>\n\t<updated>'
            f"{TODAY - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}+00:00</updated>\n\t<generator uri=\"http://joomla.org\" "
            f'version="1.5">Joomla! 1.5 - Open Source Content Management</generator>\n{its}</feed>\n')
