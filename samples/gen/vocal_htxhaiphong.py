"""Site `vocal-htxhaiphong` (registry family `generic`): the stories the Hải Phòng cooperative alliance ("Liên minh HTX
thành phố Hải Phòng") and its staff writer publish on **Vocal** (vocal.media, the Creatd creator platform: a Next.js
app, server-rendered, Emotion's hashed class names `css-<hash>-<Component>`; the creators set the interface language
to Vietnamese where Vocal translates it, the rest stays English). The copy is of 15 March 2026. Written as a held-out
test: no family module, no selectors.

What is an article here: a story. Two creators: the alliance's account `lien-minh-htx-hai-phong` (the office: never
an author; the closing byline names the writer when there is one) and the staff writer `nguyen-thu-ha` (a person,
who publishes under her own name: she is the author of her stories).

URL shapes: a story `/<community>/<slug>` (`/journal/…`, `/earth/…`, `/trader/…`, `/humans/…`, and the technology
community's bare number `/01/…`; a slug edited after publication keeps Vocal's random suffix `-qx7k2m`), the
creator profile `/authors/<user>` (the card, the bio, the stories 6 a page, `?page=2` "Xem thêm"), a community page
`/<community>` (its latest stories, 4 a page, `?page=2`), the home `/`. A story moved from one community to another
answers its old path with a 308 (Next.js `permanent: true`) to the new one: an alias. No feed, no site map the copy
keeps; robots.txt disallows the app's `/api/` and `/dashboard`.

Why it is hard: the story header says only "Published about 2 years ago" (date-fns `formatDistance` "about/over/
almost", with Vocal's "a" for "1") and "Đọc trong 4 phút": the date is in the JSON-LD `datePublished` and in
`__NEXT_DATA__` (`publishedAt`), both UTC ("Z"): a story posted at 00:40 on 2 August in Hải Phòng is
"2025-08-01T17:40:00.000Z". The `<title>` is "<story> | <Community>"; the header's community logo, the creator's
name ("By …"), the Like and Tip buttons, the share bar, the tags, "About the Creator" (the creator's bio) and
"Reader insights", the comments ("Bình luận (2)", each with its own relative age), the "Bài viết khác của tác giả"
carousel (four other stories' titles and openings), the cookie banner and the footer are not text. The subtitle
(`h2`) is the lead. Vocal has no tables and no attachments: a notice links its PDF on the alliance's portal
(another host).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso
from .richbody import RichArticle, parse_rich

SITE = "vocal-htxhaiphong"
NOW = datetime(2026, 3, 15, 10, 0)  # Vietnam time
BUILD_ID = "Hq3v0K8pZr2fT1wXyB7cD"
PER_PROFILE = 6
PER_COMMUNITY = 4
HTML = "text/html; charset=utf-8"
CREATORS = {
    "lien-minh-htx-hai-phong": ("Liên minh HTX thành phố Hải Phòng",
                                "Tài khoản của Văn phòng Liên minh Hợp tác xã thành phố Hải Phòng: tin hoạt động, "
                                "thông báo và câu chuyện về các hợp tác xã đất Cảng."),
    "nguyen-thu-ha": ("Nguyễn Thu Hà",
                      "Phóng viên, biên tập viên trang tin Liên minh HTX thành phố Hải Phòng. Viết về nông nghiệp, "
                      "làng nghề và những người làm kinh tế tập thể."),
}
COMMUNITIES = {"journal": "Journal", "earth": "Earth", "trader": "Trader", "humans": "Humans", "01": "01"}
CHROME = ["Đọc trong", "Like", "Tip", "About the Creator", "Reader insights",
          "Be the first to share your insights about this piece.", "Add your insights",
          "Bài viết khác của tác giả", "Đăng nhập để bình luận",
          "Vocal uses cookies to improve your experience. By continuing, you agree to our Cookie Policy.",
          "Chấp nhận", "© 2026 Creatd, Inc. All Rights Reserved.", "Trở thành Vocal+ member",
          "Follow", "Xem tất cả", *[b for _, b in CREATORS.values()]]


def hx(text: str, n: int = 7) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def css(component: str) -> str:
    return f"css-{int(hx(component, 8), 16) % 36 ** 6:x}-{component}"


def zulu(d: datetime, salt: str = "") -> str:
    u = d - timedelta(hours=7)
    return f"{u:%Y-%m-%dT%H:%M:%S}.{int(hx(salt or str(d), 3), 16) % 1000:03d}Z"


def ago(d: datetime) -> str:
    """date-fns formatDistance(d, NOW) + ' ago', with Vocal's 'a' for '1'."""
    minutes = (NOW - d).total_seconds() / 60
    if minutes < 45:
        out = f"{round(minutes)} minutes"
    elif minutes < 90:
        out = "about 1 hour"
    elif minutes < 1440:
        out = f"about {round(minutes / 60)} hours"
    elif minutes < 2520:
        out = "1 day"
    elif minutes < 43200:
        out = f"{round(minutes / 1440)} days"
    elif minutes < 86400:
        out = f"about {round(minutes / 43200)} months"
    else:
        months = int(minutes // 43200)
        if months < 12:
            out = f"{round(minutes / 43200)} months"
        else:
            rest, years = months % 12, months // 12
            out = (f"about {years} years" if rest < 3 else f"over {years} years" if rest < 9
                   else f"almost {years + 1} years")
    out = out.replace(" 1 years", " 1 year").replace(" 1 months", " 1 month")
    return out.replace(" 1 ", " a ").replace("about 1 hour", "about an hour") + " ago"


def stories() -> list[RichArticle]:
    out = []

    def add(community, slug, user, when, title, lead, body, author, notes, minutes, tags, moved_from=None,
            comments=(), byline=None, doc=None):
        a = RichArticle(path=f"/{community}/{slug}", title=title, date=when, body=body, lead=lead, byline=byline,
                        author=author, published=iso(when), published_source="metadata", evidence=["metadata"],
                        doc_number=doc, notes=notes)
        a.opts = dict(user=user, community=community, minutes=minutes, tags=tags, comments=list(comments))
        if moved_from:
            a.aliases.append(f"/{moved_from}/{slug}")
            a.opts["moved_from"] = moved_from
        out.append(a)

    add("journal", "lien-minh-htx-thanh-pho-hai-phong-tong-ket-hoat-dong-9-thang-nam-2025", "lien-minh-htx-hai-phong",
        datetime(2025, 10, 21, 9, 10),
        "Liên minh HTX thành phố Hải Phòng sơ kết hoạt động 9 tháng năm 2025",
        "Sau sắp xếp đơn vị hành chính, Liên minh HTX thành phố Hải Phòng (mới) ổn định tổ chức, hoàn thành nhiều chỉ "
        "tiêu hỗ trợ hợp tác xã trong 9 tháng năm 2025.",
        """
Sáng 20/10, Liên minh HTX thành phố Hải Phòng tổ chức hội nghị sơ kết hoạt động 9 tháng, triển khai nhiệm vụ những tháng cuối năm 2025.
## Kết quả nổi bật
* Thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động trên địa bàn thành phố lên 1.286 HTX;
* Tổ chức 16 lớp bồi dưỡng cho 920 lượt cán bộ quản lý, thành viên HTX;
* Quỹ hỗ trợ phát triển HTX giải ngân 23,5 tỷ đồng cho 38 dự án.
## Nhiệm vụ quý IV
Liên minh HTX thành phố tập trung hỗ trợ các HTX ở khu vực Hải Dương cũ kiện toàn tổ chức, xây dựng phương án sản xuất kinh doanh năm 2026.
""", "Phạm Văn Hưng", ["lead = the subtitle (h2 under the h1); '## ' headings and a list; the header says only 'Published "
                      "5 months ago': the date is the JSON-LD datePublished and __NEXT_DATA__'s publishedAt (UTC 'Z'); "
                      "'Bài: Phạm Văn Hưng' closes it -> author (the creator is the office's account)"],
        5, ["hợp tác xã", "Hải Phòng"], comments=[("Trần Quang Vinh", "Chúc mừng Liên minh, số HTX mới thành lập tăng rõ.")],
        byline="Bài: Phạm Văn Hưng")
    add("journal", "dem-hoi-chu-nhiem-htx-tieu-bieu-ket-noi-giao-thuong-nam-2025", "lien-minh-htx-hai-phong",
        datetime(2025, 8, 2, 0, 40),
        "Đêm hội chủ nhiệm HTX tiêu biểu kết nối giao thương năm 2025", None,
        """
Tối 1/8, tại Cung Văn hóa Lao động hữu nghị Việt - Tiệp, Liên minh HTX thành phố tổ chức chương trình gặp mặt 120 chủ nhiệm HTX tiêu biểu và đại diện 35 doanh nghiệp phân phối.
Tại chương trình, 14 biên bản hợp tác tiêu thụ nông sản, thủy sản được ký kết, tổng giá trị ước khoảng 46 tỷ đồng.
Nhiều HTX lần đầu đưa sản phẩm vào chuỗi siêu thị, như HTX Nông nghiệp Tiên Thắng với gạo nếp cái hoa vàng, HTX Thủy sản Cát Hải với nước mắm truyền thống.
""", None, ["posted at 00:40 on 2 August about the evening before ('Tối 1/8'): datePublished "
                  "'2025-08-01T17:40:00…Z' (UTC: the day before); published = 2025-08-02 00:40; no subtitle, no byline, "
                  "the office's account: author null"], 3, ["kết nối giao thương"])
    add("journal", "thong-bao-so-18-tb-lmhtx-ve-viec-dang-ky-tham-gia-hoi-cho-ocop-hai-phong-2025", "lien-minh-htx-hai-phong",
        datetime(2025, 5, 14, 15, 20),
        "Thông báo số 18/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP Hải Phòng năm 2025", None,
        """
LIÊN MINH HTX THÀNH PHỐ HẢI PHÒNG
Số: 18/TB-LMHTX
Hải Phòng, ngày 12 tháng 5 năm 2025
Liên minh HTX thành phố thông báo tới các HTX, tổ hợp tác về việc đăng ký tham gia Hội chợ OCOP Hải Phòng năm 2025, tổ chức từ ngày 12/6 đến ngày 16/6/2025 tại Quảng trường Nhà hát Thành phố.
Mỗi đơn vị được bố trí miễn phí 01 gian hàng tiêu chuẩn; ưu tiên các HTX có sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX thành phố trước ngày 30/5/2025. Toàn văn thông báo: [[lienminhhtx.haiphong.gov.vn/tb-18-2025|{{base:offsite}}/tin-tuc/bai-viet-1.html]]
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Thị Lan Anh
""", None, ["notice 'Số: 18/TB-LMHTX' dated 12/5 in its text, published 14/05 15:20 (metadata only); the signer "
                  "'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Vũ Thị Lan Anh' is text, the account an office: no author; Vocal takes "
                  "no attachments: the full text is linked on the alliance's portal (another host): no attachment"],
        2, ["thông báo", "OCOP"], doc="18/TB-LMHTX")
    add("earth", "mua-thu-hoach-rau-mau-o-htx-nong-nghiep-dong-tien-qx7k2m", "nguyen-thu-ha",
        datetime(2025, 2, 10, 16, 5),
        "Mùa thu hoạch rau màu ở HTX Nông nghiệp Đông Tiến",
        "Những ngày cuối tháng Giêng, cánh đồng rau màu của HTX Nông nghiệp Đông Tiến (huyện Thủy Nguyên cũ) rộn ràng "
        "vào vụ thu hoạch.",
        """
[img rau-dong-tien-1.png] Thành viên HTX thu hoạch su hào trên cánh đồng rau an toàn.
[img rau-dong-tien-2.png] Rau được sơ chế, đóng gói ngay tại nhà sơ chế của HTX.
HTX hiện có 60 ha rau an toàn được cấp mã số vùng trồng, mỗi ngày cung ứng khoảng 12 tấn rau cho các bếp ăn tập thể và siêu thị trong thành phố.
[img rau-dong-tien-3.png] Xe của HTX chở rau đi giao cho các điểm bán từ sáng sớm.
""", "Nguyễn Thu Hà", ["photo story of the staff writer's own account (a person, no byline): she is the author; "
                       "three <figure>s, the figcaption lines; the slug keeps Vocal's random suffix after a title edit; "
                       "'Published about a year ago'"], 2, ["nông nghiệp", "rau an toàn"],
        comments=[("Lê Minh Đức", "Ảnh đẹp quá chị Hà ơi."), ("Hoàng Văn Khải", "Rau Đông Tiến ăn rất ngon, giòn.")])
    add("01", "htx-dich-vu-nong-nghiep-an-lao-ung-dung-nhat-ky-dien-tu", "nguyen-thu-ha",
        datetime(2024, 9, 10, 8, 30),
        "HTX Dịch vụ nông nghiệp An Lão ứng dụng nhật ký điện tử trong sản xuất",
        "Từ đầu năm 2024, 300 hộ thành viên HTX ghi chép nhật ký sản xuất trên điện thoại, phục vụ truy xuất nguồn gốc.",
        """
Ông Nguyễn Văn Tám, Giám đốc HTX cho biết, trước đây việc ghi chép nhật ký đồng ruộng bằng sổ giấy thường bị bỏ sót, khó kiểm tra.
Với phần mềm nhật ký điện tử, mỗi lần bón phân, phun thuốc, thành viên chỉ cần chọn trên điện thoại; cán bộ kỹ thuật của HTX theo dõi được ngay.
## Những lợi ích bước đầu
+ Giảm 15% chi phí phân bón, thuốc bảo vệ thực vật;
+ Sản phẩm có mã QR truy xuất nguồn gốc khi vào siêu thị;
+ HTX chủ động lập kế hoạch thu hoạch, giao hàng.
""", "Nguyễn Thu Hà", ["the technology community's bare number /01/<slug>; a numbered list (<ol>) and a heading; the "
                       "staff writer's account, no byline: author Nguyễn Thu Hà; 'Published over a year ago'"],
        4, ["chuyển đổi số"])
    add("humans", "nghe-lam-nuoc-mam-cat-hai-giu-huong-vi-bien", "lien-minh-htx-hai-phong",
        datetime(2024, 8, 20, 10, 0),
        "Nghề làm nước mắm Cát Hải giữ hương vị biển", None,
        """
Nghề làm nước mắm ở thị trấn Cát Hải đã có hơn 200 năm. HTX Chế biến thủy sản Cát Hải hiện có 25 thành viên, mỗi năm sản xuất khoảng 300.000 lít nước mắm.
Nước mắm Cát Hải được ủ từ cá cơm tươi và muối biển trong thùng gỗ từ 12 đến 18 tháng.
Năm 2023, sản phẩm nước mắm của HTX được công nhận sản phẩm OCOP 4 sao.
Theo Báo Hải Phòng
""", None, ["a reprint closed by 'Theo Báo Hải Phòng': no author; first published in 'Writers': /writers/<slug> "
                  "answers a 308 to /humans/<slug> (Next.js permanent redirect after the move): an alias"],
        2, ["làng nghề"], moved_from="writers")
    add("trader", "quy-ho-tro-phat-trien-htx-hai-phong-giai-ngan-6-thang-dau-nam-2024", "lien-minh-htx-hai-phong",
        datetime(2024, 7, 3, 14, 45),
        "Quỹ hỗ trợ phát triển HTX Hải Phòng giải ngân 6 tháng đầu năm 2024",
        "Sáu tháng đầu năm 2024, Quỹ hỗ trợ phát triển HTX thành phố cho vay 19 dự án với tổng số tiền 14,2 tỷ đồng.",
        """
Các dự án tập trung vào lĩnh vực nông nghiệp công nghệ cao, nuôi trồng thủy sản và dịch vụ vận tải.
## Điều kiện vay vốn
* HTX hoạt động hiệu quả, có phương án sản xuất kinh doanh khả thi;
* Có tài sản bảo đảm hoặc được bảo lãnh theo quy định;
* Mức vay tối đa 2 tỷ đồng một dự án, lãi suất 0,55%/tháng.
Bài và ảnh: Đỗ Quang Minh
""", "Đỗ Quang Minh", ["the finance community /trader/; 'Bài và ảnh: Đỗ Quang Minh' -> author; 'Published over a "
                       "year ago' (a year and eight months: date-fns says 'over' 3 to 9 months past the year)"],
        3, ["tín dụng", "hợp tác xã"], byline=None)
    add("journal", "htx-van-tai-thong-nhat-mo-tuyen-xe-buyt-ket-noi-kien-thuy", "lien-minh-htx-hai-phong",
        datetime(2024, 4, 12, 7, 50),
        "HTX Vận tải Thống Nhất mở tuyến xe buýt kết nối Kiến Thụy", None,
        """
HTX Vận tải Thống Nhất vừa đưa vào khai thác tuyến xe buýt Kiến An - Kiến Thụy - Đồ Sơn với 12 xe đời mới.
Tuyến có chiều dài 32 km, tần suất 20 phút một chuyến, phục vụ chủ yếu học sinh, công nhân các khu công nghiệp.
Đây là tuyến xe buýt thứ ba do HTX đầu tư, nâng tổng số lao động của HTX lên 140 người.
Đinh Thị Ngọc
""", "Đinh Thị Ngọc", ["the bare name 'Đinh Thị Ngọc' closes it -> author; 'Published almost 2 years ago'"],
        2, ["vận tải"])
    add("journal", "lien-minh-htx-thanh-pho-tong-ket-cong-tac-nam-2023", "lien-minh-htx-hai-phong",
        datetime(2024, 1, 18, 9, 0),
        "Liên minh HTX thành phố tổng kết công tác năm 2023",
        "Năm 2023, kinh tế tập thể thành phố tiếp tục phát triển, doanh thu bình quân một HTX đạt 4,1 tỷ đồng.",
        """
Ngày 17/1, Liên minh HTX thành phố Hải Phòng tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, toàn thành phố thành lập mới 52 HTX; 18 sản phẩm của HTX được công nhận đạt chuẩn OCOP.
Năm 2024, Liên minh HTX thành phố phấn đấu thành lập mới 50 HTX, hỗ trợ 20 HTX ứng dụng công nghệ số.
Tin: Vũ Mạnh Cường
""", "Vũ Mạnh Cường", ["the oldest story: the profile shows 6 a page and the Journal page 4: only /authors/lien-"
                       "minh-htx-hai-phong?page=2 and /journal?page=2 reach it; 'Tin: Vũ Mạnh Cường' -> author; "
                       "'Published about 2 years ago'"], 2, ["hợp tác xã"])
    return out


def body_html(a: RichArticle) -> str:
    out = []
    lead = f'<h2 class="{css("Subtitle")}">{esc(a.lead)}</h2>' if a.lead else ""
    for b in parse_rich(a.body):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            src = f"/_next/image/{hx(b.src, 24)}/{b.src}"
            cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure class="{css("StoryImage")}"><img src="{src}" alt="" loading="lazy">{cap}</figure>')
    return lead, "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-phong", "Liên minh HTX thành phố Hải Phòng trên Vocal", "generic", None,
                     start_urls=["{{base:%s}}/authors/lien-minh-htx-hai-phong" % SITE,
                                 "{{base:%s}}/authors/nguyen-thu-ha" % SITE])
    arts = sorted(stories(), key=lambda a: a.date, reverse=True)
    site.extra_boilerplate += CHROME
    for a in arts:
        for who, text in a.opts["comments"]:
            site.extra_boilerplate.append(text)

    def head(title: str, path: str, desc: str, og_type: str, extra: str = "", image: str = "/_next/static/media/vocal-og.png") -> str:
        return f"""<head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc)}"/>
<link rel="canonical" href="{{{{base}}}}{path}"/>
<meta property="og:site_name" content="Vocal"/><meta property="og:type" content="{og_type}"/>
<meta property="og:title" content="{attr(title)}"/><meta property="og:description" content="{attr(desc)}"/>
<meta property="og:url" content="{{{{base}}}}{path}"/><meta property="og:image" content="{{{{base}}}}{image}"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@vocal_creators"/>
{extra}
<link rel="icon" href="/favicon.png"/>
<link rel="preload" href="/_next/static/css/6f1d2e0b8a9c3f47.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6f1d2e0b8a9c3f47.css"/>
<script src="/_next/static/chunks/webpack-2b7c4f0e91ad5c33.js" defer=""></script><script src="/_next/static/chunks/framework-8c0a7e3b2d4f1a96.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-5e9d0c1b7a2f8e44.js" defer=""></script>
</head>"""

    nav = f"""<header class="{css('Header')}"><nav class="{css('Nav')}"><a href="/" class="{css('Logo')}" aria-label="Vocal"><img src="/_next/static/media/vocal-logo.png" alt="Vocal"/></a>
<ul class="{css('NavLinks')}"><li><a href="/journal">Journal</a></li><li><a href="/earth">Earth</a></li><li><a href="/trader">Trader</a></li><li><a href="/humans">Humans</a></li><li><a href="/01">01</a></li></ul>
<a href="{{{{base:offsite}}}}/" class="{css('Button')}">Trở thành Vocal+ member</a></nav></header>"""
    footer = f"""<footer class="{css('Footer')}"><ul><li><a href="{{{{base:offsite}}}}/">About</a></li><li><a href="{{{{base:offsite}}}}/">Terms</a></li><li><a href="{{{{base:offsite}}}}/">Privacy</a></li><li><a href="{{{{base:offsite}}}}/">Vocal+</a></li></ul>
<p>© 2026 Creatd, Inc. All Rights Reserved.</p></footer>
<div class="{css('CookieBanner')}" role="dialog"><p>Vocal uses cookies to improve your experience. By continuing, you agree to our Cookie Policy.</p><button type="button">Chấp nhận</button></div>"""

    def page(headhtml: str, main: str, next_data: dict) -> str:
        nd = json.dumps(next_data, ensure_ascii=False).replace("</", "<\\/")
        return f"""<!DOCTYPE html><html lang="en">{headhtml}<body><div id="__next"><div class="{css('Layout')}">{nav}
<main class="{css('Main')}">{main}</main>{footer}</div></div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>"""

    def card(a: RichArticle, cls: str = "StoryCard") -> str:
        user = a.opts["user"]
        return (f'<div class="{css(cls)}"><a href="{a.path}"><h3>{esc(a.title)}</h3></a>'
                f'<p>{esc(a.summary())}</p><div class="{css("CardMeta")}"><a href="/authors/{user}">By {esc(CREATORS[user][0])}</a>'
                f'<span>{ago(a.date)} in <a href="/{a.opts["community"]}">{COMMUNITIES[a.opts["community"]]}</a></span></div></div>')

    def story_json(a: RichArticle) -> dict:
        return {"id": hx(a.path, 24), "slug": a.path.split("/")[-1], "title": a.title, "subtitle": a.lead or "",
                "publishedAt": zulu(a.date, a.path), "updatedAt": zulu(a.date + timedelta(minutes=17), a.path + "u"),
                "readTime": a.opts["minutes"], "community": {"slug": a.opts["community"]},
                "creator": {"username": a.opts["user"], "displayName": CREATORS[a.opts["user"]][0]}}

    for a in arts:
        user = a.opts["user"]
        cname, bio = CREATORS[user]
        comm = a.opts["community"]
        lead, body = body_html(a)
        if a.byline:
            body += f"\n<p>{esc(a.byline)}</p>"
        desc = a.lead or a.summary()
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": a.title, "description": desc,
              "datePublished": zulu(a.date, a.path), "dateModified": zulu(a.date + timedelta(minutes=17), a.path + "u"),
              "author": {"@type": "Person", "name": cname, "url": f"{{{{base}}}}/authors/{user}"},
              "publisher": {"@type": "Organization", "name": "Vocal", "logo": {"@type": "ImageObject",
                            "url": "{{base}}/_next/static/media/vocal-logo.png"}},
              "mainEntityOfPage": f"{{{{base}}}}{a.path}"}
        extra = (f'<meta property="article:author" content="{attr(cname)}"/>'
                 f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        others = [x for x in arts if x.opts["user"] == user and x is not a][:4]
        carousel = "".join(card(x, "CarouselCard") for x in others)
        comments = a.opts["comments"]
        cm = "".join(f'<div class="{css("Comment")}"><div class="{css("CommentHeader")}"><strong>{esc(w)}</strong>'
                     f'<span>{ago(a.date + timedelta(days=2 + i))}</span></div><p>{esc(t)}</p></div>'
                     for i, (w, t) in enumerate(comments))
        tags = "".join(f'<span class="{css("Tag")}">{esc(t)}</span>' for t in a.opts["tags"])
        main = f"""<article class="{css('Story')}">
<div class="{css('CommunityHeader')}"><a href="/{comm}"><img src="/_next/static/media/{comm}-logo.png" alt="{COMMUNITIES[comm]} logo"/></a></div>
<h1 class="{css('Title')}">{esc(a.title)}</h1>
{lead}
<div class="{css('StoryMeta')}"><a href="/authors/{user}" class="{css('Byline')}">By {esc(cname)}</a><span class="{css('Published')}">Published {ago(a.date)}</span><span class="{css('ReadTime')}">Đọc trong {a.opts['minutes']} phút</span></div>
<div class="{css('StoryBody')}" id="story-body">
{body}
</div>
<div class="{css('Tags')}">{tags}</div>
<div class="{css('Actions')}"><button type="button" class="{css('LikeButton')}" aria-label="Like">Like</button><button type="button" class="{css('TipButton')}">Tip</button>
<div class="{css('Share')}"><a href="{{{{base:offsite}}}}/" aria-label="Share on Facebook"></a><a href="{{{{base:offsite}}}}/" aria-label="Share on X"></a></div></div>
<section class="{css('AboutCreator')}"><h3>About the Creator</h3><a href="/authors/{user}"><img src="/_next/image/avatar/{user}.png" alt="{attr(cname)}"/><strong>{esc(cname)}</strong></a><p>{esc(bio)}</p><button type="button">Follow</button></section>
<section class="{css('ReaderInsights')}"><h3>Reader insights</h3><p>Be the first to share your insights about this piece.</p><button type="button">Add your insights</button></section>
<section class="{css('Comments')}"><h3>Bình luận ({len(comments)})</h3>{cm}<a href="{{{{base:offsite}}}}/login">Đăng nhập để bình luận</a></section>
</article>
<section class="{css('MoreStories')}"><h3>Bài viết khác của tác giả</h3><div class="{css('Carousel')}">{carousel}</div><a href="/authors/{user}">Xem tất cả</a></section>"""
        nd = {"props": {"pageProps": {"story": story_json(a)}, "__N_SSP": True}, "page": "/[community]/[slug]",
              "query": {"community": comm, "slug": a.path.split("/")[-1]}, "buildId": BUILD_ID, "isFallback": False,
              "gssp": True, "scriptLoader": []}
        img = a.first_image()
        image = f"/_next/image/{hx(img, 24)}/{img}" if img else "/_next/static/media/vocal-og.png"
        site.page(a.path, page(head(f"{a.title} | {COMMUNITIES[comm]}", a.path, desc, "article", extra, image), main, nd))
        for blk in parse_rich(a.body):
            if blk.kind == "img":
                site.binary(f"/_next/image/{hx(blk.src, 24)}/{blk.src}", image_for(blk.src))
        if a.opts.get("moved_from"):
            site.redirect(f"/{a.opts['moved_from']}/{a.path.split('/')[-1]}", a.path, 308)
        site.add_article(a)
    site.trap("a story moved to another community: its old path /writers/<slug> answers 308 (Next.js permanent "
              "redirect) to /humans/<slug>: an alias", arts[[x.opts.get("moved_from") for x in arts].index("writers")].path)

    # creator profiles
    for user, (cname, bio) in CREATORS.items():
        mine = [a for a in arts if a.opts["user"] == user]
        pages = [mine[i:i + PER_PROFILE] for i in range(0, len(mine), PER_PROFILE)]
        for k, chunk in enumerate(pages):
            path = f"/authors/{user}" + (f"?page={k + 1}" if k else "")
            more = (f'<a href="/authors/{user}?page={k + 2}" class="{css("LoadMore")}">Xem thêm</a>'
                    if k + 1 < len(pages) else "")
            back = f'<a href="/authors/{user}" class="{css("LoadMore")}">Trang trước</a>' if k else ""
            main = f"""<section class="{css('CreatorProfile')}"><img src="/_next/image/avatar/{user}.png" alt="{attr(cname)}"/>
<h1 class="{css('CreatorName')}">{esc(cname)}</h1><p class="{css('Bio')}">{esc(bio)}</p><button type="button">Follow</button>
<div class="{css('Stats')}"><span>{len(mine)} Stories</span><span>{120 + 37 * len(mine)} Subscribers</span></div></section>
<section class="{css('StoryList')}">{''.join(card(x) for x in chunk)}{back}{more}</section>"""
            nd = {"props": {"pageProps": {"creator": {"username": user, "displayName": cname},
                                          "stories": [story_json(x) for x in chunk]}, "__N_SSP": True},
                  "page": "/authors/[username]", "query": {"username": user, **({"page": str(k + 1)} if k else {})},
                  "buildId": BUILD_ID, "isFallback": False, "gssp": True}
            site.page(path, page(head(f"{cname} | Vocal", f"/authors/{user}", bio, "profile"), main, nd))
            site.non_articles.append(path)
        site.binary(f"/_next/image/avatar/{user}.png", image_for(user))
    site.trap("creator profiles /authors/<user> (card, bio, stories 6 a page with each story's opening and relative "
              "age): no articles; ?page=2 holds the oldest story", "/authors/lien-minh-htx-hai-phong?page=2")

    # communities
    for comm, cname in COMMUNITIES.items():
        mine = [a for a in arts if a.opts["community"] == comm]
        pages = [mine[i:i + PER_COMMUNITY] for i in range(0, len(mine), PER_COMMUNITY)] or [[]]
        for k, chunk in enumerate(pages):
            path = f"/{comm}" + (f"?page={k + 1}" if k else "")
            more = (f'<a href="/{comm}?page={k + 2}" class="{css("LoadMore")}">Xem thêm</a>' if k + 1 < len(pages) else "")
            main = (f'<section class="{css("CommunityHero")}"><img src="/_next/static/media/{comm}-logo.png" alt="{cname} logo"/>'
                    f'<h1>{cname}</h1></section><section class="{css("StoryList")}">{"".join(card(x) for x in chunk)}{more}</section>')
            nd = {"props": {"pageProps": {"community": {"slug": comm}}, "__N_SSP": True}, "page": "/[community]",
                  "query": {"community": comm}, "buildId": BUILD_ID, "isFallback": False, "gssp": True}
            site.page(path, page(head(f"{cname} | Vocal", f"/{comm}", f"Stories in {cname}", "website"), main, nd),
                      content_type=HTML)
            site.non_articles.append(path)
    site.trap("community pages /<community> (the latest stories, 4 a page, relative ages, 'Xem thêm' ?page=2): "
              "no articles", "/journal?page=2")
    main = (f'<section class="{css("StoryList")}"><h2>Latest Stories</h2>{"".join(card(x) for x in arts[:4])}</section>')
    site.page("/", page(head("Vocal | Where creators and communities come together", "/", "Vocal", "website"), main,
                        {"props": {"pageProps": {}}, "page": "/", "query": {}, "buildId": BUILD_ID, "gssp": True}))
    site.non_articles.append("/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /dashboard\n")
    site.binary("/favicon.png", image_for("favicon"))
    site.binary("/_next/static/media/vocal-og.png", image_for("og"))
    return site
