"""Site `jamroom-htxdaklak` (registry family `generic`): "Cộng đồng HTX Đắk Lắk", a community site the Đắk Lắk
cooperative alliance runs on **Jamroom 6** (Jamroom Core with jrBlog, jrAction timeline, jrComment, jrLike, jrTags,
jrRating and jrSitemap; the Elastic skin with a Vietnamese language pack; the system's date format left at Jamroom's
US default "%m/%d/%y" + "%I:%M%p", the system time zone set to Asia/Ho_Chi_Minh). The alliance has a profile and so do
member cooperatives; each posts blog items. The copy is of 20 November 2024, 10:00 (before Đắk Lắk merged with Phú Yên).
Written as a held-out test: no family module, no selectors.

What is an article here: a blog item. URL shapes: the item `/<profile_url>/blog/<item_id>/<title_url>` (what the
listings link; no rel=canonical), the profile `/<profile_url>` (its activity timeline), the profile's blog index
`/<profile_url>/blog` and categories `/<profile_url>/blog/category/<cat>`, tags `/<profile_url>/tags/<tag>`, the
site-wide blog list `/blog` with Jamroom's pager segment `/blog/p=2` (5 a page; the oldest items only there), the
members list `/profile`, the site map `/sitemap.xml` (jrSitemap: lastmod = the item's last update, not its publication).
An item's `<title_url>` is only decoration: Jamroom finds the item by its id, so the timeline's link written when the
item was created (`/lienminhhtxdaklak/blog/44/tap-huan-chuyen-doi-so-cho-htx`, before the title was edited) answers 200
with the same page: an alias.

Why it is hard: the item header `div.blog_info` prints the publication time as Jamroom's US default
"11/03/24 09:20AM" (month first, two-digit year: 3 November 2024, not 11 March); "Bởi: bientap.lmhtx" is the posting
user account, never the author (a closing byline in the text names the author; a cooperative's own items carry none:
author null). og:updated_time is an epoch of the last edit, not the publication. The text is the item's `blog_text`
(`div.p10.clearfix` in `div.item.blogpost`): paragraphs, `<h3>`, lists, a table, embedded gallery images each with a
centred `<em>` caption paragraph; the item's main image floats beside it without caption. Not text: the breadcrumbs,
the rating stars, "Thích (12)" / "Không thích", "Chia sẻ", "Tags:", the threaded comments ("Trả lời"), the profile
sidebar (bio, "Người theo dõi", "Blog mới nhất" with dates), the timeline entries ("đã đăng một bài blog mới: …").
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, nfc
from .richbody import RichArticle, RichBlock

SITE = "jamroom-htxdaklak"
NAME = "Cộng đồng HTX Đắk Lắk"
NOW = datetime(2024, 11, 20, 10, 0)
PER_PAGE = 5
PROFILES = {
    "lienminhhtxdaklak": {"name": "Liên minh HTX tỉnh Đắk Lắk", "user": "bientap.lmhtx", "pid": 1, "uid": 3,
                          "bio": "Trang cộng đồng của Liên minh Hợp tác xã tỉnh Đắk Lắk: tin hoạt động, thông báo và "
                                 "kiến thức cho HTX, tổ hợp tác.", "followers": 412, "joined": "03/14/21"},
    "htx-caphe-ea-tu": {"name": "HTX Cà phê Ea Tu", "user": "htxeatu", "pid": 7, "uid": 9,
                        "bio": "HTX Nông nghiệp dịch vụ cà phê Ea Tu, TP Buôn Ma Thuột: cà phê nhân, cà phê rang xay "
                               "đạt chuẩn OCOP.", "followers": 86, "joined": "06/02/22"},
}
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao": "Thông báo", "kien-thuc": "Kiến thức HTX",
        "san-pham": "Sản phẩm"}
SLOGAN = "Kết nối hợp tác xã - Lan tỏa kinh tế tập thể Tây Nguyên"
FOOT = "Cộng đồng HTX Đắk Lắk - Liên minh HTX tỉnh Đắk Lắk, số 20 Lê Duẩn, TP Buôn Ma Thuột"
CHROME = [SLOGAN, FOOT, "Powered by Jamroom", "Người theo dõi", "Blog mới nhất", "Theo dõi", "Không thích", "Chia sẻ",
          "Bạn cần đăng nhập để bình luận.", "Đăng nhập", "Đăng ký", "Dòng thời gian"] + [p["bio"] for p in PROFILES.values()]


def url_string(title: str) -> str:
    """jrCore_url_string(): accents dropped, lower case, words joined by dashes."""
    t = nfc(title).replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    out = "".join(c if c.isalnum() else "-" for c in t)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def us(d: datetime, time: bool = True) -> str:
    s = f"{d:%m/%d/%y}"
    return s + (f" {d:%I:%M%p}" if time else "")


def rel(d: datetime) -> str:
    """Jamroom's 'relative' time format (the timeline), in the Vietnamese language pack."""
    mins = int((NOW - d).total_seconds() // 60)
    if mins < 60:
        return f"{mins} phút trước"
    hours = mins // 60
    if hours < 24:
        return f"{hours} giờ trước"
    days = hours // 24
    return f"{days} ngày trước" if days < 7 else f"{days // 7} tuần trước"


def epoch(d: datetime) -> int:
    return int((d - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds())


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    L, E = "lienminhhtxdaklak", "htx-caphe-ea-tu"
    return [
        A(path="", title="HTX Nông nghiệp Ea Kiết được cấp chứng nhận cà phê bền vững 4C",
          body="""
HTX Nông nghiệp Ea Kiết (huyện Cư M'gar) vừa được cấp chứng nhận cà phê bền vững 4C cho 260 ha của 180 thành viên.
[img ea-kiet-1.png] Thành viên HTX Ea Kiết thu hái cà phê chín đạt tỷ lệ trên 90%
Với chứng nhận 4C, cà phê nhân của HTX được doanh nghiệp xuất khẩu thu mua cao hơn giá thị trường 1.500 đồng/kg.
[img ea-kiet-2.png] Cán bộ Liên minh HTX tỉnh kiểm tra sổ ghi chép sản xuất của thành viên
HTX đặt mục tiêu mở rộng diện tích chứng nhận lên 400 ha vào năm 2025.
""", byline="Bài, ảnh: H'Xuân Mlô", author="H'Xuân Mlô",
          opts={"profile": L, "id": 48, "cat": "tin-hoat-dong", "tags": ["cà phê", "chứng nhận 4C"], "likes": 23,
                "updated": timedelta(hours=2),
                "comments": [("htxeatu", "Chúc mừng HTX Ea Kiết! Mong được học hỏi kinh nghiệm làm chứng nhận.",
                              timedelta(hours=20), [("bientap.lmhtx", "Liên minh sẽ tổ chức tham quan mô hình trong "
                                                                      "tháng 12, mời HTX đăng ký.", timedelta(hours=22))])]},
          notes=["item header '11/15/24 02:30PM' (US order: 15 November 2024, 14:30); two gallery photos each followed by "
                 "a centred <em> caption line; 'Bài, ảnh: H'Xuân Mlô' closes it -> author ('Bởi: bientap.lmhtx' is the "
                 "account); a comment with a threaded reply (not text)"],
          **at(datetime(2024, 11, 15, 14, 30))),
        A(path="", title="HTX Ea Tu khai mạc mùa thu hoạch cà phê 2024 - 2025",
          body="""
Sáng 14/11, HTX Cà phê Ea Tu tổ chức khai mạc mùa thu hoạch cà phê niên vụ 2024 - 2025 tại vườn mẫu của HTX.
[img ea-tu-thu-hoach.png] Thành viên HTX thu hoạch những quả cà phê chín đầu tiên của niên vụ
Năm nay HTX dự kiến thu mua 1.200 tấn cà phê tươi của thành viên, tăng 15% so với niên vụ trước.
""", author=None,
          opts={"profile": E, "id": 47, "cat": "tin-hoat-dong", "tags": ["cà phê", "thu hoạch"], "likes": 31},
          notes=["an item of a member cooperative's profile (htx-caphe-ea-tu, account htxeatu): no byline: author null; "
                 "'11/14/24 07:30AM'"],
          **at(datetime(2024, 11, 14, 7, 30))),
        A(path="", title="Thông báo tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Đắk Lắk năm 2024",
          body="""
LIÊN MINH HTX TỈNH ĐẮK LẮK
Số: 27/TB-LMHTX
Đắk Lắk, ngày 11 tháng 11 năm 2024
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Đắk Lắk năm 2024
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP và HTX từ ngày 12/12 đến ngày 16/12/2024 tại Quảng trường 10/3, TP Buôn Ma Thuột.
Các HTX đăng ký gian hàng với Văn phòng Liên minh HTX tỉnh trước ngày 30/11/2024; HTX có sản phẩm OCOP được miễn phí gian hàng.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Khem Byă
""", author=None, doc_number="27/TB-LMHTX",
          opts={"profile": L, "id": 46, "cat": "thong-bao", "tags": ["hội chợ", "OCOP"], "likes": 9},
          notes=["notice 'Số: 27/TB-LMHTX' dated 11/11 in its text, posted '11/12/24 08:45AM' (12 November, 08:45; both "
                 "numbers under 13); the signer is text, no author"],
          **at(datetime(2024, 11, 12, 8, 45))),
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho 70 cán bộ quản lý HTX",
          body="""
Ngày 1 và 2/11, Liên minh HTX tỉnh Đắk Lắk tổ chức lớp tập huấn chuyển đổi số cho 70 cán bộ quản lý HTX tại TP Buôn Ma Thuột.
## Nội dung tập huấn
* Sử dụng phần mềm kế toán và hóa đơn điện tử;
* Mở gian hàng và bán sản phẩm trên sàn thương mại điện tử;
* Truy xuất nguồn gốc sản phẩm bằng mã QR.
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận hoàn thành khóa học.
""", byline="Nguyễn Thị Hồng Nhung", author="Nguyễn Thị Hồng Nhung",
          opts={"profile": L, "id": 44, "cat": "tin-hoat-dong", "tags": ["chuyển đổi số", "tập huấn"], "likes": 17,
                "updated": timedelta(days=1, hours=3), "old_title": "Tập huấn chuyển đổi số cho HTX"},
          notes=["'11/03/24 09:20AM' is 3 November 2024 (month first: the site prints every date so, e.g. the sidebar's "
                 "'11/15/24'); the text says 'Ngày 1 và 2/11'; the title was edited after posting: the timeline links "
                 "the old /…/blog/44/tap-huan-chuyen-doi-so-cho-htx, the same page (200, no canonical): an alias; "
                 "og:updated_time is the edit's epoch (4 November)"],
          **at(datetime(2024, 11, 3, 9, 20))),
        A(path="", title="Kinh tế tập thể tỉnh Đắk Lắk 10 tháng năm 2024",
          body="""
Mười tháng năm 2024, kinh tế tập thể tỉnh Đắk Lắk tiếp tục phát triển, nhiều HTX mở rộng liên kết tiêu thụ sản phẩm.
| Chỉ tiêu | Đơn vị | 10 tháng 2024 | Cùng kỳ 2023 |
| HTX đang hoạt động | HTX | 512 | 487 |
| HTX thành lập mới | HTX | 31 | 26 |
| Thành viên HTX | người | 23.460 | 22.910 |
| Sản phẩm OCOP của HTX | sản phẩm | 74 | 58 |
Liên minh HTX tỉnh đề ra mục tiêu thành lập mới 40 HTX trong cả năm 2024.
""", byline="Ban Kế hoạch - Hỗ trợ, Liên minh HTX tỉnh", author=None,
          opts={"profile": L, "id": 43, "cat": "tin-hoat-dong", "tags": ["kinh tế tập thể"], "likes": 12},
          notes=["a table pasted in the editor (th header row): one line per row; closed by an office ('Ban Kế hoạch - "
                 "Hỗ trợ, Liên minh HTX tỉnh'): text, no author; '10/31/24 04:15PM'"],
          **at(datetime(2024, 10, 31, 16, 15))),
        A(path="", title="HTX Ea Tu ra mắt sản phẩm cà phê rang xay đạt OCOP 4 sao",
          body="""
HTX Cà phê Ea Tu vừa ra mắt dòng cà phê rang xay "Ea Tu Robusta" được công nhận sản phẩm OCOP 4 sao.
Sản phẩm được chế biến từ cà phê chín trên 95%, rang mộc, đóng gói van một chiều giữ hương.
Khách hàng có thể đặt mua tại cửa hàng của HTX hoặc trên các sàn thương mại điện tử.
""", author=None,
          opts={"profile": E, "id": 41, "cat": "san-pham", "tags": ["OCOP", "cà phê"], "likes": 44,
                "comments": [("nguyenthuy.bmt", "Cà phê thơm, mình đã mua 2 gói dùng thử.", timedelta(days=2), [])]},
          notes=["the cooperative's item: no byline, author null; '10/28/24 05:45PM'; in the site-wide list only on /blog/p=2"],
          **at(datetime(2024, 10, 28, 17, 45))),
        A(path="", title="Đắk Lắk: HTX nông nghiệp chuyển mình nhờ liên kết chuỗi giá trị",
          body="""
Những năm gần đây, nhiều HTX nông nghiệp ở Đắk Lắk chủ động liên kết với doanh nghiệp để xây dựng chuỗi giá trị bền vững.
Tại huyện Krông Pắc, HTX Nông nghiệp Phước An liên kết tiêu thụ 600 tấn sầu riêng mỗi năm cho thành viên.
Ở huyện Ea H'leo, HTX Nông nghiệp Ea Sol phát triển vùng nguyên liệu chanh dây 120 ha theo hợp đồng với nhà máy.
Theo Báo Đắk Lắk
""", author=None,
          opts={"profile": L, "id": 40, "cat": "tin-hoat-dong", "tags": ["chuỗi giá trị"], "likes": 15},
          notes=["a reprint ('Theo Báo Đắk Lắk' closes it: a source, no author); '10/24/24 10:10AM'; site-wide only on /blog/p=2"],
          **at(datetime(2024, 10, 24, 10, 10))),
        A(path="", title="Hướng dẫn thủ tục đăng ký thành lập HTX theo Luật HTX 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 quy định một số điểm mới về thủ tục đăng ký thành lập HTX.
## Hồ sơ đăng ký
+ Giấy đề nghị đăng ký HTX;
+ Điều lệ HTX;
+ Phương án sản xuất, kinh doanh;
+ Danh sách thành viên, danh sách Hội đồng quản trị, Giám đốc, Ban kiểm soát.
## Nơi nộp hồ sơ
Hồ sơ nộp tại Phòng Tài chính - Kế hoạch cấp huyện nơi HTX đặt trụ sở chính.
""", byline="Trần Quốc Bảo", author="Trần Quốc Bảo",
          opts={"profile": L, "id": 38, "cat": "kien-thuc", "tags": ["Luật HTX 2023"], "likes": 28},
          notes=["an <h3> heading and an ordered list (one line per item); the bare name 'Trần Quốc Bảo' closes it -> "
                 "author; '10/16/24 03:00PM'; site-wide only on /blog/p=2"],
          **at(datetime(2024, 10, 16, 15, 0))),
        A(path="", title="Đại hội thành viên HTX Dịch vụ nông nghiệp Hòa Thắng nhiệm kỳ 2024 - 2029",
          body="""
Sáng 5/10, HTX Dịch vụ nông nghiệp Hòa Thắng (TP Buôn Ma Thuột) tổ chức Đại hội thành viên nhiệm kỳ 2024 - 2029.
[img hoa-thang-dai-hoi.png] Đại hội bầu Hội đồng quản trị HTX nhiệm kỳ 2024 - 2029
Đại hội thông qua phương án chuyển đổi 50 ha cà phê sang sản xuất theo hướng hữu cơ trong 5 năm tới.
""", byline="Tin, ảnh: Y Thịnh Niê", author="Y Thịnh Niê",
          opts={"profile": L, "id": 35, "cat": "tin-hoat-dong", "tags": ["đại hội"], "likes": 6},
          notes=["the oldest item: '10/07/24 08:05AM' is 7 October 2024 (read day first it would be 10 July); the text's "
                 "'Sáng 5/10' is the congress; site-wide only on /blog/p=2 (also the profile's blog, category and tag lists); 'Tin, ảnh: Y Thịnh Niê' "
                 "-> author"],
          **at(datetime(2024, 10, 7, 8, 5))),
    ]


def block_html(b: RichBlock, imgs: dict) -> str:
    if b.kind == "p":
        return f"<p>{inline_html(b.text)}</p>"
    if b.kind == "h":
        return f"<h3>{inline_html(b.text)}</h3>"
    if b.kind in ("ul", "ol"):
        return f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>"
    if b.kind == "img":
        gid = imgs.setdefault(b.src, 70 + len(imgs))
        out = (f'<p style="text-align: center;"><img src="/gallery/image/gallery_image/{gid}/xlarge" '
               f'class="jrgallery_embed_image" alt="{attr(b.text or b.src)}"></p>')
        return out + (f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>' if b.text else "")
    if b.kind == "table":
        head, *rows = b.rows
        return ('<table class="jrcore_table" border="1" cellpadding="4"><tbody><tr>'
                + "\n".join(f"<th>{inline_html(c)}</th>" for c in head) + "</tr>"
                + "".join("<tr>" + "\n".join(f"<td>{inline_html(c)}</td>" for c in r) + "</tr>" for r in rows)
                + "</tbody></table>")
    raise ValueError(b.kind)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-lak", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += CHROME
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/{a.opts['profile']}/blog/{a.opts['id']}/{url_string(a.title)}"
    imgs: dict[str, int] = {}

    def jpage(path: str, html: str) -> None:
        # a route for every page: Jamroom's paths nest (/x, /x/blog, /x/blog/44/…)
        site.page(path, html, content_type="text/html; charset=utf-8")

    def layout(title: str, content: str, head: str = "", side: str = "") -> str:
        return f"""<!doctype html>
<html lang="vi" dir="ltr">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Jamroom">
{head}<link rel="stylesheet" href="/data/cache/jrCore/S1_jrElastic_a1f3c9.css" media="screen">
<script type="text/javascript" src="/data/cache/jrCore/S1_jrElastic_a1f3c9.js"></script>
</head>
<body>
<div id="header">
  <div id="header_content">
    <div class="container"><div class="row">
      <div class="col3"><div id="main_logo"><a href="/"><img src="/skins/jrElastic/img/logo.png" alt="{attr(NAME)}"></a></div></div>
      <div class="col9 last"><div id="menu_content"><nav id="menu-wrap"><ul id="menu">
        <li><a href="/">Trang chủ</a></li><li><a href="/blog">Blog</a></li><li><a href="/profile">Thành viên</a></li>
        <li><a href="/user/login">Đăng nhập</a></li><li><a href="/user/signup">Đăng ký</a></li>
      </ul></nav></div></div>
    </div></div>
  </div>
  <div id="slogan">{esc(SLOGAN)}</div>
</div>
<div id="wrapper"><div id="content">
<div class="container"><div class="row">
<div class="{"col9" if side else "col12 last"}">
{content}
</div>
{side}
</div></div>
</div></div>
<div id="footer"><div id="footer_content"><div class="container"><div class="row">
<div class="col6"><div id="footer_text">{esc(FOOT)}</div></div>
<div class="col6 last"><div id="footer_text_right">&copy; 2024 {esc(NAME)} | <a href="{{{{base:offsite}}}}/jamroom/">Powered by Jamroom</a></div></div>
</div></div></div></div>
</body>
</html>
"""

    def profile_side(prof: str) -> str:
        p = PROFILES[prof]
        mine = [a for a in arts if a.opts["profile"] == prof][:4]
        recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><br><span class="normal">{us(a.date, False)}</span></li>'
                         for a in mine)
        return (f'<div class="col3 last"><div id="right">'
                f'<div class="block"><div class="block_content"><div class="profile_image">'
                f'<a href="/{prof}"><img src="/profile/image/profile_image/{p["pid"]}/large/crop=auto" alt="{attr(p["name"])}"'
                f' class="img_scale"></a></div><div class="profile_name"><h1><a href="/{prof}">{esc(p["name"])}</a></h1></div>'
                f'<div class="profile_follow"><a href="/user/login" class="form_button">Theo dõi</a></div>'
                f'<div class="profile_stats"><span class="stat_entry_title">Người theo dõi:</span> <span class="stat_entry_count">'
                f'{p["followers"]}</span><br><span class="stat_entry_title">Tham gia:</span> <span class="stat_entry_count">'
                f'{p["joined"]}</span></div>'
                f'<div class="profile_bio"><p>{esc(p["bio"])}</p></div>'
                f'<ul class="profile_menu"><li><a href="/{prof}">Dòng thời gian</a></li><li><a href="/{prof}/blog">Blog</a></li></ul>'
                f'</div></div>'
                f'<div class="block"><div class="title"><h2>Blog mới nhất</h2></div><div class="block_content"><ul class="recent_list">'
                f'{recent}</ul></div></div></div></div>')

    def list_item(a: RichArticle) -> str:
        p = PROFILES[a.opts["profile"]]
        ncom = sum(1 + len(c[3]) for c in a.opts.get("comments", []))
        summary = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return (f'<div class="item"><div style="padding-left:5px"><h2><a href="{a.path}">{esc(a.title)}</a></h2><br>'
                f'<span class="normal">Bởi {esc(p["user"])}, {us(a.date)}</span></div>'
                f'<div class="p20 pt10"><p>{esc(summary)}</p></div><div class="clear"></div>'
                f'<div style="border-top:1px solid #DDD"><div class="container"><div class="row"><div class="col6"><div class="p5">'
                f'<span class="info">Đăng trong: <a href="/{a.opts["profile"]}/blog/category/{a.opts["cat"]}">'
                f'{esc(CATS[a.opts["cat"]])}</a></span><span class="info"> | <a href="{a.path}#comment_section"> {ncom} bình luận'
                f'</a></span></div></div><div class="col6 last"><div class="p5 right"><span class="info"><a href="{a.path}">'
                f'Xem tiếp &raquo;</a></span></div></div></div></div></div></div>')

    def tag_url(prof: str, t: str) -> str:
        return f"/{prof}/tags/{url_string(t)}"

    # -- items ---------------------------------------------------------------------------------
    cid = [100]
    for a in arts:
        prof = a.opts["profile"]
        p = PROFILES[prof]
        updated = a.date + a.opts.get("updated", timedelta(0))
        body = "\n".join(block_html(b, imgs) for b in a.blocks)
        if a.byline:
            body += f"\n<p><strong>{esc(a.byline)}</strong></p>"
        main_img = a.first_image()
        float_img = (f'<div class="float-right" style="margin-top:12px;"><img src="/blog/image/blog_image/{a.opts["id"]}'
                     f'/large/_v={epoch(updated)}" alt="{attr(a.title)}" class="iloutline img_shadow"></div>'
                     if main_img else "")

        def comment(c, depth=0, a=a):
            who, text, delta, replies = c
            cid[0] += 1
            out = (f'<div class="item comment_level_{depth}" id="cm{cid[0]}"><div class="container"><div class="row">'
                   f'<div class="col1"><img src="/user/image/user_image/0/small/_v=1" alt="{attr(who)}" class="action_item_user_img"></div>'
                   f'<div class="col11 last"><span class="info"><a href="/user/login">{esc(who)}</a></span> '
                   f'<span class="info_c">{us(a.date + delta)}</span><div class="normal comment_text">{esc(text)}</div>'
                   f'<a href="/user/login" class="comment_reply_link">Trả lời</a></div></div></div>')
            for r in replies:
                out += comment((r[0], r[1], r[2], []), depth + 1)
            return out + "</div>"
        comments = a.opts.get("comments", [])
        for c in comments:
            site.extra_boilerplate.append(c[1])
            site.extra_boilerplate += [r[1] for r in c[3]]
        ncom = sum(1 + len(c[3]) for c in comments)
        tags = ", ".join(f'<a href="{tag_url(prof, t)}">{esc(t)}</a>' for t in a.opts["tags"])
        stars = "".join(f'<a href="/user/login" class="rating_star" title="{i}"><img src="/skins/jrElastic/img/star_off.png" alt="{i}"></a>'
                        for i in range(1, 6))
        content = f"""<div class="block">
    <div class="title">
        <div class="block_config"></div>
        <h1>{esc(a.title)}</h1>
        <div class="breadcrumbs">
            <a href="/{prof}">{esc(p["name"])}</a> &raquo; <a href="/{prof}/blog">Blog</a> &raquo; <a href="/{prof}/blog/category/{a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}</a>
            &raquo; {esc(a.title)}
        </div>
    </div>
    <div class="block_content">
        <div class="item blogpost">
            <div class="blog_info" style="padding-bottom:12px;border-bottom:1px solid #DDD;">
                <img src="/user/image/user_image/{p["uid"]}/icon96/_v=1" class="action_item_user_img iloutline" style="margin-right:12px" alt="{attr(p["user"])}">
                <span class="info">{us(a.date)}</span><br>
                <span class="info">Bởi: {esc(p["user"])}</span><br>
                <span class="info">Đăng trong: <a href="/{prof}/blog/category/{a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}</a></span><br>
                <span style="display:inline-block;margin-top:6px;"><div class="jrrating_form">{stars}</div></span>
                <div style="clear:both"></div>
            </div>
            <div class="p10 clearfix">
                {float_img}
                {body}
            </div>
            <div class="clear"></div>
        </div>
        <div class="item_features">
            <div class="like_button_box"><a href="/user/login" class="like_button">Thích</a> <span class="like_count">({a.opts["likes"]})</span>
            <a href="/user/login" class="dislike_button">Không thích</a></div>
            <div class="share_button_box"><a href="javascript:void(0)" onclick="jrShareThis_open()">Chia sẻ</a></div>
            <div class="item_tags"><span class="info">Tags:</span> {tags}</div>
        </div>
        <a id="comment_section"></a>
        <div class="block comment_section">
            <div class="title"><h3>Bình luận ({ncom})</h3></div>
            <div class="block_content">{"".join(comment(c) for c in comments)}
            <div class="item"><p>Bạn cần đăng nhập để bình luận. <a href="/user/login">Đăng nhập</a></p></div></div>
        </div>
    </div>
</div>"""
        summary = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        head = (f'<meta property="og:url" content="{{{{base}}}}{a.path}"/>\n<meta property="og:type" content="article"/>\n'
                f'<meta property="og:title" content="{attr(a.title)}"/>\n'
                + (f'<meta property="og:image" content="{{{{base}}}}/blog/image/blog_image/{a.opts["id"]}/xxlarge/_v={epoch(updated)}"/>\n'
                   if main_img else '<meta property="og:image" content="{{base}}/image/img/module/jrBlog/facebook_shared_icon.png"/>\n')
                + f'<meta property="og:description" content="{attr(summary)}"/>\n'
                f'<meta property="og:site_name" content="{attr(NAME)}"/>\n'
                f'<meta property="og:updated_time" content="{epoch(updated)}"/>\n'
                f'<meta name="twitter:title" content="{attr(a.title)}"/>\n<meta name="twitter:card" content="summary"/>\n')
        jpage(a.path, layout(f"{a.title} | {NAME}", content, head, profile_side(prof)))
        if main_img:
            site.binary(f"/blog/image/blog_image/{a.opts['id']}/large/_v={epoch(updated)}", image_for(main_img))
        if "old_title" in a.opts:
            old = f"/{prof}/blog/{a.opts['id']}/{url_string(a.opts['old_title'])}"
            site.same_page(old, a.path)
            a.aliases.append(old)
            a.opts["old_path"] = old
        site.add_article(a)
    site.binary("/image/img/module/jrBlog/facebook_shared_icon.png", image_for("jrblog-icon"))
    for src, gid in imgs.items():
        site.binary(f"/gallery/image/gallery_image/{gid}/xlarge", image_for(src))
    for p in PROFILES.values():
        site.binary(f"/profile/image/profile_image/{p['pid']}/large/crop=auto", image_for(p["user"]))
        site.binary(f"/user/image/user_image/{p['uid']}/icon96/_v=1", image_for(p["user"] + "u"))
    site.binary("/user/image/user_image/0/small/_v=1", image_for("default-user"))
    for n in ("logo.png", "star_off.png"):
        site.binary(f"/skins/jrElastic/img/{n}", image_for(n))
    # Jamroom's media URLs have no extension (…/xlarge, …/_v=<time>): a route names their type (image/png)
    for f in sorted(site.files):
        if f.startswith(("blog/image/", "gallery/image/", "profile/image/", "user/image/", "image/img/")) \
                and "." not in f.rsplit("/", 1)[1]:
            site.routes.append({"path": "/" + f, "file": f, "content_type": "image/png"})
    site.binary("/data/cache/jrCore/S1_jrElastic_a1f3c9.css", b"body{font-family:Arial,sans-serif}\n")
    site.binary("/data/cache/jrCore/S1_jrElastic_a1f3c9.js", b"/* jrCore */\n")

    # -- listings ------------------------------------------------------------------------------
    pages = [arts[i:i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)]
    for n, chunk in enumerate(pages, 1):
        path = "/blog" if n == 1 else f"/blog/p={n}"
        pager = ('<div class="block jrcore_pager"><table style="width:100%"><tr><td style="width:25%">'
                 + (f'<a href="{"/blog" if n == 2 else f"/blog/p={n - 1}"}">&lt;</a>' if n > 1 else "")
                 + f'</td><td style="width:50%;text-align:center">Trang {n} / {len(pages)}</td><td style="width:25%;text-align:right">'
                 + (f'<a href="/blog/p={n + 1}">&gt;</a>' if n < len(pages) else "") + "</td></tr></table></div>")
        jpage(path, layout(f"Blog | {NAME}", '<div class="block"><div class="title"><h1>Blog</h1></div><div class="block_content">'
                           + "".join(list_item(a) for a in chunk) + "</div></div>" + pager))
        site.non_articles.append(path)
    site.trap("the site-wide blog list /blog (5 a page, newest first, dates US order with time) pages with Jamroom's "
              "path segment /blog/p=2 ('<' / '>' and 'Trang 2 / 2'); the four oldest items are only there", "/blog/p=2")
    home_items = "".join(list_item(a) for a in arts[:3])
    jpage("/", layout(NAME, f'<div class="block"><div class="title"><h1>{esc(NAME)}</h1></div><div class="block_content">'
                      f'<p>{esc(SLOGAN)}</p></div></div><div class="block"><div class="title"><h2>Blog mới nhất</h2></div>'
                      f'<div class="block_content">{home_items}<p><a href="/blog">Xem tất cả &raquo;</a></p></div></div>'))
    site.non_articles.append("/")
    for prof, p in PROFILES.items():
        mine = [a for a in arts if a.opts["profile"] == prof]
        acts = "".join(
            f'<div class="action_item_holder"><div class="action_item_media"><img src="/user/image/user_image/{p["uid"]}/icon96/_v=1"'
            f' alt="{attr(p["user"])}"></div><div class="action_item_desc"><span class="action_item_title">'
            f'<a href="/{prof}">@{esc(p["user"])}</a></span> <span class="action_item_actions">&bull; {rel(a.date)}</span><br>'
            f'<div class="action_item_text">đã đăng một bài blog mới: <a href="{a.opts.get("old_path", a.path)}">'
            f'{esc(a.opts.get("old_title", a.title))}</a></div></div></div>' for a in mine)
        jpage(f"/{prof}", layout(f"{p['name']} | {NAME}", f'<div class="block"><div class="title"><h1>Dòng thời gian</h1></div>'
                                 f'<div class="block_content" id="timeline">{acts}</div></div>', side=profile_side(prof)))
        jpage(f"/{prof}/blog", layout(f"{p['name']} - Blog | {NAME}",
                                      f'<div class="block"><div class="title"><h1>Blog</h1><div class="breadcrumbs"><a href="/{prof}">'
                                      f'{esc(p["name"])}</a> &raquo; <a href="/{prof}/blog">Blog</a></div></div><div class="block_content">'
                                      + "".join(list_item(a) for a in mine) + "</div></div>", side=profile_side(prof)))
        site.non_articles += [f"/{prof}", f"/{prof}/blog"]
        for c in sorted({a.opts["cat"] for a in mine}):
            jpage(f"/{prof}/blog/category/{c}", layout(f"{CATS[c]} | {NAME}", f'<div class="block"><div class="title"><h1>Danh mục: '
                  f'{esc(CATS[c])}</h1></div><div class="block_content">'
                  + "".join(list_item(a) for a in mine if a.opts["cat"] == c) + "</div></div>", side=profile_side(prof)))
            site.non_articles.append(f"/{prof}/blog/category/{c}")
        for t in sorted({t for a in mine for t in a.opts["tags"]}):
            jpage(tag_url(prof, t), layout(f"Tags: {t} | {NAME}", f'<div class="block"><div class="title"><h1>Tags: {esc(t)}</h1>'
                  '</div><div class="block_content">' + "".join(list_item(a) for a in mine if t in a.opts["tags"])
                  + "</div></div>", side=profile_side(prof)))
            site.non_articles.append(tag_url(prof, t))
    site.trap("the profile page /<profile> is its activity timeline ('@bientap.lmhtx • 2 ngày trước … đã đăng một bài "
              "blog mới: <title>', relative ages): not an article; it links the edited item by its first slug", "/lienminhhtxdaklak")
    members = "".join(f'<div class="item"><h2><a href="/{k}">{esc(p["name"])}</a></h2><p>{esc(p["bio"])}</p></div>'
                      for k, p in PROFILES.items())
    jpage("/profile", layout(f"Thành viên | {NAME}", f'<div class="block"><div class="title"><h1>Thành viên</h1></div>'
                             f'<div class="block_content">{members}</div></div>'))
    site.non_articles.append("/profile")
    for p in ("/user/login", "/user/signup"):
        jpage(p, layout(f"Đăng nhập | {NAME}", '<form method="post" action="/user/login_save"><input name="user_email_or_name">'
                        '<input type="password" name="user_password"></form>'))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /core/\n\nSitemap: {{base}}/sitemap.xml\n")
    urls = [("/", NOW.date())] + [(a.path, (a.date + a.opts.get("updated", timedelta(0)) - timedelta(hours=7)).date())
                                 for a in arts] + [(f"/{k}", NOW.date()) for k in PROFILES]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{d:%Y-%m-%d}</lastmod></url>" for u, d in urls)
              + "</urlset>\n", content_type="application/xml; charset=utf-8")
    site.trap("/sitemap.xml (jrSitemap): every item with lastmod = its last update, in UTC (the item edited on 4 November "
              "says 2024-11-04; the 07:30 item of 14 November says 2024-11-14, the 08:05 one of 7 October 2024-10-07): "
              "no publication dates", "/sitemap.xml")
    return site
