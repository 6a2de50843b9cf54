"""Site `lmhtx-hungyen-moi` (registry family `generic`): the portal of the merged Hưng Yên alliance (Thái Bình
joined it on 1 July 2025) on HubSpot CMS (a theme built on the HubSpot boilerplate), written as a held-out test: no
family module, no selectors.

Why it is hard: everything is wrapped in HubSpot's `div.hs_cos_wrapper.hs_cos_wrapper_type_module` /
`span.hs_cos_wrapper` elements, the header, menus and footer as much as the post. The post is `div.blog-post`:
`h1 > span#hs_cos_wrapper_name`, `div.blog-post__meta` (the blog author's link `/blog/author/<slug>` and the date as
HubSpot localizes it for Vietnamese, "14 thg 3, 2026 8:30:00 SA": twelve-hour clock, SA = morning, CH = afternoon,
so "12:05:00 CH" is 12:05 and "7:45:00 CH" is 19:45), with a `<time datetime="2026-03-14 01:30:00">` that is UTC
without a zone; the text is `span#hs_cos_wrapper_post_body.hs_cos_wrapper_type_rich_text` (paragraphs, centred
italic captions under images, headings, lists, a table). A CTA (`span.hs-cta-wrapper`, "Đăng ký tư vấn thành lập
HTX") sits INSIDE the rich text of one post between paragraphs: not text. The blog author is a person on some posts,
the office "Ban Biên tập" or the alliance itself on others (no person: a closing byline names the author, or there is
none). Events are a second HubSpot blog `/su-kien/<slug>` whose template prints no meta: the date is only in the text
("Ngày 12/3", no year) and in its listing. The "Bài viết liên quan" module links posts with `?hsLang=vi` (the same
page, rel=canonical without it): aliases. Around the post: a newsletter form (`div.hs_cos_wrapper_type_form`),
a CTA after the post, the cookie banner `#hs-eu-cookie-confirmation`, tag and author listings, `/blog/page/2`,
a landing page with a form and the site search `/hs-search-results?term=…`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-hungyen-moi"
NAME = "Liên minh Hợp tác xã tỉnh Hưng Yên"
HTML = "text/html;charset=utf-8"
BLOG = "/blog"
EVENTS = "/su-kien"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
LANDING = "/thanh-lap-htx"
SEARCH = "/hs-search-results?term=ocop"
PDF_PATH = "/hubfs/van-ban/QD-28-LMHTX-HTX-tieu-bieu-2025.pdf"
AUTHORS = {"pham-thu-trang": "Phạm Thu Trang", "do-minh-tuan": "Đỗ Minh Tuấn", "ban-bien-tap": "Ban Biên tập",
           "lien-minh-htx-tinh-hung-yen": "Liên minh HTX tỉnh Hưng Yên"}
TAGS = {"ocop": "OCOP", "thai-binh": "Thái Bình", "hoat-dong-lien-minh": "Hoạt động Liên minh", "van-ban": "Văn bản"}

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Hưng Yên - Thái Bình: đồng lòng phát triển kinh tế tập thể",
           "Hợp tác xã vững mạnh - nông thôn giàu đẹp"]
FOOTER = ["Liên minh Hợp tác xã tỉnh Hưng Yên",
          "Trụ sở: Số 8 Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên",
          "Cơ sở 2: Số 76 Lê Lợi, phường Trần Lãm, tỉnh Hưng Yên",
          "Điện thoại: 0221.3862.415 | Email: lienminhhtx@hungyen.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Vũ Đức Thịnh - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 07/GP-STTTT cấp ngày 05/9/2025",
          "© 2025 Liên minh HTX tỉnh Hưng Yên. Bảo lưu mọi quyền."]
COOKIE = ["Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.",
          "Chấp nhận", "Từ chối", "Cài đặt cookie"]
FORM = ["Đăng ký nhận bản tin", "Nhận tin hoạt động của Liên minh HTX tỉnh mỗi tuần.", "Địa chỉ email",
        "Liên minh HTX tỉnh Hưng Yên cam kết bảo mật thông tin của bạn."]
CTA = ["Bạn muốn thành lập hợp tác xã?", "Đăng ký tư vấn thành lập HTX"]
SIDE = ["Bài viết phổ biến", "Chủ đề", "Thời tiết Hưng Yên", "Trời nhiều mây, có mưa nhỏ", "Độ ẩm: 83%",
        "Lượt truy cập", "Hôm nay: 286", "Tổng: 742.913"]
LABELS = ["Bài viết liên quan", "Chia sẻ bài viết", "Chủ đề:"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER[1:], *COOKIE, *FORM, *CTA, *SIDE, *LABELS]


def hs_date(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{d.day} thg {d.month}, {d.year} {h}:{d:%M}:{d:%S} {'SA' if d.hour < 12 else 'CH'}"


def stamped(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=BLOG + "/htx-nhan-long-tan-hung-xuat-khau-sang-uc",
          title="HTX nhãn lồng Tân Hưng xuất khẩu lô nhãn đầu tiên sang Úc",
          date=datetime(2025, 8, 14, 8, 30),
          lead="HTX Nông nghiệp Tân Hưng (xã Tân Hưng) xuất khẩu 12 tấn nhãn lồng sang thị trường Úc, lô hàng đầu tiên của HTX sau hai năm xây dựng vùng trồng.",
          body="""
HTX có 54 thành viên với 38 ha nhãn lồng, trong đó 20 ha được cấp mã số vùng trồng xuất khẩu. Quả được chiếu xạ tại Hà Nội trước khi đóng thùng.
[img nhan-long-tan-hung.png] Thành viên HTX Nông nghiệp Tân Hưng thu hoạch nhãn lồng đạt chuẩn xuất khẩu
## Giá cao hơn bán trong nước
Giá thu mua nhãn xuất khẩu đạt 45.000 đồng/kg, cao gấp đôi giá bán tại chợ đầu mối. HTX đặt mục tiêu xuất 60 tấn trong vụ năm nay.
* Tổ kiểm soát nội bộ kiểm tra nhật ký canh tác hằng tuần;
* Thành viên bao quả bằng túi chuyên dụng từ khi quả non;
* Doanh nghiệp hỗ trợ chi phí chiếu xạ cho lô hàng đầu tiên.
""",
          author="Phạm Thu Trang", **stamped(datetime(2025, 8, 14, 8, 30)),
          opts={"author": "pham-thu-trang", "tags": ["ocop"]},
          notes=["meta 'Phạm Thu Trang' (the blog author, a person: the author) and '14 thg 8, 2025 8:30:00 SA' "
                 "(HubSpot's Vietnamese twelve-hour format: 08:30); <time datetime='2025-08-14 01:30:00'> is UTC "
                 "without a zone"]),
        A(path=BLOG + "/anh-lang-chieu-coi-hoi-vao-vu-tet",
          title="Ảnh: Làng chiếu cói Hới vào vụ Tết",
          date=datetime(2026, 1, 15, 14, 15),
          lead="Những ngày giáp Tết, các thành viên HTX Chiếu cói Tân Lễ (khu vực Thái Bình cũ) làm việc tăng ca để kịp giao hàng cho khách.",
          body="""
[img chieu-coi-1.png] Cói được phơi khô trước khi nhuộm màu
[img chieu-coi-2.png] Thành viên HTX dệt chiếu trên khung dệt bán tự động
[img chieu-coi-3.png] Chiếu cói in hoa văn được đóng gói giao cho đại lý
[img chieu-coi-4.png] Sản phẩm chiếu cói Hới của HTX đạt OCOP 4 sao
""",
          author="Đỗ Minh Tuấn", **stamped(datetime(2026, 1, 15, 14, 15)),
          opts={"author": "do-minh-tuan", "tags": ["thai-binh", "ocop"]},
          notes=["photo story: the rich text is the bold lead and four images, each followed by a centred italic "
                 "caption paragraph (one line each); '15 thg 1, 2026 2:15:00 CH' is 14:15; blog author 'Đỗ Minh "
                 "Tuấn': the author"]),
        A(path=BLOG + "/quyet-dinh-cong-nhan-htx-tieu-bieu-nam-2025",
          title="Quyết định công nhận hợp tác xã tiêu biểu năm 2025",
          date=datetime(2025, 12, 11, 16, 10),
          body="""
LIÊN MINH HTX TỈNH HƯNG YÊN
Số: 28/QĐ-LMHTX
Hưng Yên, ngày 10 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc công nhận hợp tác xã tiêu biểu năm 2025
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH HƯNG YÊN
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; Căn cứ kết quả bình xét của Hội đồng thi đua Liên minh HTX tỉnh ngày 05/12/2025,
QUYẾT ĐỊNH:
Điều 1. Công nhận 35 hợp tác xã đạt danh hiệu hợp tác xã tiêu biểu năm 2025 (có danh sách kèm theo).
Điều 2. Mỗi hợp tác xã được tặng Giấy khen và tiền thưởng theo quy định.
Điều 3. Chánh Văn phòng, các hợp tác xã có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; Liên minh HTX Việt Nam; Lưu VT.
CHỦ TỊCH Vũ Đức Thịnh
""",
          author=None, doc_number="28/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "QD-28-LMHTX-HTX-tieu-bieu-2025.pdf"}],
          **stamped(datetime(2025, 12, 11, 16, 10)),
          opts={"author": "lien-minh-htx-tinh-hung-yen", "tags": ["van-ban"]},
          notes=["official decision 'Số: 28/QĐ-LMHTX', place-date line 'Hưng Yên, ngày 10 tháng 12 năm 2025', posted "
                 "'11 thg 12, 2025 4:10:00 CH' (16:10); signer last; the blog author is the alliance itself: author "
                 "null; the PDF linked after the rich text ('Tải quyết định'): an attachment, not text"]),
        A(path=EVENTS + "/ra-mat-htx-du-lich-lang-nghe-cham-bac-dong-xam",
          title="Ra mắt HTX du lịch làng nghề chạm bạc Đồng Xâm",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Hồng Thái, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch làng nghề chạm bạc Đồng Xâm.
HTX có 27 thành viên là nghệ nhân và hộ làm nghề, đón khách tham quan xưởng chạm bạc, trải nghiệm làm đồ bạc và mua sản phẩm tại chỗ.
[img cham-bac-dong-xam.png] Nghệ nhân HTX giới thiệu sản phẩm bạc chạm với khách tham quan
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng tour kết nối với các điểm du lịch ở Phố Hiến và biển Đồng Châu.
""",
          byline="Bài, ảnh: Quang Huy", author="Quang Huy",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True, "tags": []},
          notes=["a second HubSpot blog /su-kien whose post template prints no meta: the date is only in the text "
                 "('Ngày 12/3', no year) and in the listing /su-kien '12 thg 3, 2026': midnight; byline 'Bài, ảnh: "
                 "Quang Huy' last: part of the text, the author"]),
        A(path=BLOG + "/htx-vu-thang-san-xuat-lua-huu-co-lien-ket-doanh-nghiep",
          title="HTX Vũ Thắng sản xuất lúa hữu cơ liên kết với doanh nghiệp",
          date=datetime(2026, 2, 26, 12, 5),
          lead="HTX Dịch vụ nông nghiệp Vũ Thắng (khu vực Thái Bình cũ) mở rộng cánh đồng lúa hữu cơ lên 60 ha nhờ liên kết với doanh nghiệp bao tiêu.",
          body="""
Vụ xuân năm nay, 140 hộ thành viên tham gia sản xuất lúa hữu cơ, không dùng phân bón hóa học và thuốc bảo vệ thực vật, thả cá và vịt trên ruộng để diệt sâu, cỏ.
Doanh nghiệp cung ứng giống, phân bón hữu cơ và thu mua toàn bộ lúa với giá cao hơn lúa thường 20%.
[img CTA]
[img lua-huu-co-vu-thang.png] Cán bộ HTX kiểm tra sinh trưởng của lúa trên cánh đồng hữu cơ
Năm 2026, HTX dự kiến đăng ký chứng nhận hữu cơ quốc gia và đưa gạo hữu cơ Vũ Thắng tham gia Chương trình OCOP.
""",
          byline="Hoàng Long", author="Hoàng Long", **stamped(datetime(2026, 2, 26, 12, 5)),
          opts={"author": "ban-bien-tap", "tags": ["thai-binh", "ocop"]},
          notes=["a HubSpot CTA (span.hs-cta-wrapper: 'Bạn muốn thành lập hợp tác xã?' and the button 'Đăng ký tư vấn "
                 "thành lập HTX') inside the rich text between two paragraphs: not text, the text goes on after it; "
                 "'26 thg 2, 2026 12:05:00 CH' is 12:05; blog author 'Ban Biên tập' (an office); byline 'Hoàng Long' "
                 "last: part of the text, the author"]),
        A(path=BLOG + "/hung-yen-co-them-14-san-pham-ocop-cua-htx",
          title="Hưng Yên có thêm 14 sản phẩm OCOP của HTX",
          date=datetime(2025, 11, 20, 19, 45),
          lead="UBND tỉnh vừa công nhận 14 sản phẩm OCOP của các HTX, trong đó 9 sản phẩm thuộc khu vực Thái Bình cũ.",
          body="""
Đây là đợt công nhận sản phẩm OCOP đầu tiên của tỉnh Hưng Yên sau hợp nhất.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Nhãn lồng sấy | HTX Nông nghiệp Tân Hưng | 4 sao |
| 2 | Bánh cáy Làng Nguyễn | HTX Bánh cáy Nguyên Xá | 4 sao |
| 3 | Gạo nếp cái hoa vàng | HTX Dịch vụ nông nghiệp Đông Xuân | 3 sao |
| 4 | Mật ong hoa nhãn | HTX Ong mật Phù Cừ | 3 sao |
Liên minh HTX tỉnh sẽ hỗ trợ các chủ thể quảng bá sản phẩm trên sàn thương mại điện tử và tại các hội chợ.
""",
          author="Phạm Thu Trang", **stamped(datetime(2025, 11, 20, 19, 45)),
          opts={"author": "pham-thu-trang", "tags": ["ocop"]},
          notes=["a table in the rich text (one line per row, cells between ' | '); '20 thg 11, 2025 7:45:00 CH' is "
                 "19:45 (the UTC datetime attribute '2025-11-20 12:45:00'); blog author 'Phạm Thu Trang'"]),
        A(path=BLOG + "/htx-banh-cay-nguyen-xa-giu-nghe-truyen-thong",
          title="HTX bánh cáy Nguyên Xá giữ nghề truyền thống",
          date=datetime(2024, 10, 8, 10, 0),
          lead="HTX Bánh cáy Nguyên Xá duy trì nghề làm bánh cáy truyền thống, mỗi năm cung ứng hơn 80 tấn sản phẩm.",
          body="""
HTX có 32 thành viên, sản xuất theo quy trình khép kín từ khâu chọn gạo nếp, gấc, gừng đến đóng gói.
[img banh-cay.png] Thành viên HTX đóng gói bánh cáy
Sản phẩm bánh cáy của HTX đạt OCOP 4 sao, được bán tại các siêu thị ở Hà Nội và Hải Phòng.
""",
          byline="Nguồn: Báo Thái Bình", author=None, **stamped(datetime(2024, 10, 8, 10, 0)),
          opts={"author": "lien-minh-htx-tinh-hung-yen", "tags": ["thai-binh"]},
          notes=["a 2024 post imported from the former Thái Bình portal (publish date kept: '8 thg 10, 2024 10:00:00 "
                 "SA'); 'Nguồn: Báo Thái Bình' last: part of the text, a source; the blog author is the alliance: "
                 "author null; only on /blog/page/2"]),
        A(path=BLOG + "/lien-minh-htx-tinh-hung-yen-moi-chinh-thuc-hoat-dong",
          title="Liên minh HTX tỉnh Hưng Yên (mới) chính thức hoạt động",
          date=datetime(2025, 7, 8, 15, 0),
          lead="Liên minh HTX tỉnh Hưng Yên được hợp nhất từ Liên minh HTX hai tỉnh Hưng Yên và Thái Bình đã chính thức đi vào hoạt động.",
          body="""
Cơ quan Liên minh làm việc tại trụ sở ở phường Phố Hiến và cơ sở 2 ở phường Trần Lãm; các HTX khu vực Thái Bình cũ tiếp tục liên hệ tại cơ sở 2.
Liên minh ưu tiên rà soát dữ liệu HTX, thống nhất quy trình hỗ trợ và giữ ổn định hoạt động cho vay của Quỹ hỗ trợ phát triển HTX.
""",
          author="Đỗ Minh Tuấn", **stamped(datetime(2025, 7, 8, 15, 0)),
          opts={"author": "do-minh-tuan", "tags": ["hoat-dong-lien-minh"]},
          notes=["oldest post: only on /blog/page/2 (and its author and tag listings); '8 thg 7, 2025 3:00:00 CH'"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def hid(text: str) -> str:
    return str(int(hashlib.md5(text.encode()).hexdigest()[:10], 16))


def img(src: str, width: int = 800) -> str:
    return f"/hs-fs/hubfs/tin-tuc/{src}?width={width}&name={src}"


def pic(a: Article) -> str | None:
    return next((b.src for b in a.blocks if b.kind == "img" and b.src != "CTA"), None)


def module(name: str, inner: str, kind: str = "module") -> str:
    return (f'<div id="hs_cos_wrapper_{name}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_{kind}" '
            f'style="" data-hs-cos-general-type="widget" data-hs-cos-type="{kind}">{inner}</div>')


def cta(inline: bool) -> str:
    guid = "5f2a9c1e-7b3d-4e08-a6f1-0c9d2b8e4a37"
    return (f'<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-{guid}">'
            f'<span class="hs-cta-node hs-cta-{guid}" id="hs-cta-{guid}"><div class="cta-box{" cta-inline" if inline else ""}">'
            f'<p class="cta-title">{CTA[0]}</p><a class="cta_button" href="{{{{base:offsite}}}}/cta/redirect/{guid}" '
            f'target="_blank">{CTA[1]}</a></div></span>'
            f'<script type="text/javascript">hbspt.cta.load(24068119, "{guid}", {{"useNewLoader":"true","region":"na1"}});'
            f'</script></span><!-- end HubSpot Call-to-Action Code -->')


def rich_text(a: Article) -> str:
    out = [f"<p><strong>{esc(a.lead)}</strong></p>"] if a.lead else []
    first = True
    rows: list[list[str]] = []

    def table() -> None:
        if rows:
            head, *body = rows
            out.append('<div data-hs-responsive-table="true" style="overflow-x: auto;"><table style="width: 100%;">'
                       "<tbody><tr>" + " ".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "</tr>"
                       + "".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body)
                       + "</tbody></table></div>")
            rows.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        table()
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
            if first:
                out.append("<!--more-->")
                first = False
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img" and b.src == "CTA":
            out.append(cta(True))
        elif b.kind == "img":
            out.append(f'<p><img src="{img(b.src)}" alt="{attr(b.text)}" width="800" loading="lazy" '
                       f'style="width: 800px; margin-left: auto; margin-right: auto; display: block;"></p>')
            if b.text:
                out.append(f'<p style="text-align: center; font-size: 14px;"><em>{esc(b.text)}</em></p>')
    table()
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def meta(a: Article) -> str:
    slug = a.opts["author"]
    utc = a.date - timedelta(hours=7)
    return (f'<div class="blog-post__meta"><a href="{BLOG}/author/{slug}" rel="author">{esc(AUTHORS[slug])}</a>'
            f'<time datetime="{utc:%Y-%m-%d %H:%M:%S}" class="blog-post__timestamp">{hs_date(a.date)}</time></div>')


def post_html(a: Article, related: list[Article]) -> str:
    o = a.opts
    tags = "".join(f'<a class="blog-post__tag-link" href="{BLOG}/tag/{t}" rel="tag">{TAGS[t]}</a>' for t in o["tags"])
    attach = ""
    if a.attachments:
        x = a.attachments[0]
        attach = (f'<p class="blog-post__download"><a href="{x["path"]}" target="_blank">Tải quyết định ({esc(x["text"])})'
                  f'</a></p>')
    rel = "".join(f'<article class="blog-related-posts__post"><a class="blog-related-posts__title-link" '
                  f'href="{r.path}?hsLang=vi"><h3 class="blog-related-posts__title">{esc(r.title)}</h3></a>'
                  f'<p class="blog-related-posts__date">{hs_date(r.date).rsplit(" ", 2)[0]}</p></article>' for r in related)
    return (f'<div class="body-container body-container--blog-post"><div class="content-wrapper">'
            f'<article class="blog-post">'
            f'<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" '
            f'style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{esc(a.title)}</span></h1>'
            + ("" if o.get("event") else meta(a))
            + f'<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper '
            f'hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" '
            f'data-hs-cos-type="rich_text">{rich_text(a)}</span></div>{attach}'
            + (f'<div class="blog-post__tags"><span>Chủ đề:</span> {tags}</div>' if tags else "")
            + f'<div class="blog-post__share"><span>Chia sẻ bài viết</span> <a href="javascript:void(0)">Facebook</a> '
            f'<a href="javascript:void(0)">Zalo</a></div></article>'
            + module("module_cta_after_post", cta(False))
            + module("module_related", f'<section class="blog-related-posts"><h2>Bài viết liên quan</h2>{rel}</section>')
            + "</div></div>")


def layout(title: str, main: str, popular: list[Article], *, head: str = "") -> str:
    nav = "".join(f'<li class="hs-menu-item hs-menu-depth-1"><a href="{h}" role="menuitem">{t}</a></li>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"), (EVENTS, "Sự kiện"),
                   (BLOG + "/tag/van-ban", "Văn bản"), (LANDING, "Thành lập HTX"), (CONTACT, "Liên hệ")])
    pop = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in popular)
    topics = "".join(f'<li><a href="{BLOG}/tag/{k}">{v}</a></li>' for k, v in TAGS.items())
    form = (f'<h3>{FORM[0]}</h3><p>{FORM[1]}</p><form class="hs-form stacked hs-form-private" novalidate '
            f'data-form-id="8d1f0c2a-3e55-4b7a-9c61-2f4e8a0b7d93"><div class="hs_email hs-email hs-form-field">'
            f'<label><span>{FORM[2]}</span><span class="hs-form-required">*</span></label><input type="email" '
            f'name="email" class="hs-input"></div><div class="legal-consent-container"><p>{FORM[3]}</p></div>'
            f'<div class="hs_submit hs-submit"><input type="submit" value="Đăng ký" class="hs-button primary large">'
            f'</div></form>')
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="HubSpot">
<link rel="stylesheet" href="/hs-fs/hub/24068119/hub_generated/template_assets/main.min.css">{head}
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
</head>
<body>
<div class="body-wrapper hs-content-id-{hid(title)} hs-blog-post">
<div data-global-resource-path="lmhtx-theme/templates/partials/header.html"><header class="header">
{module("module_topbar", f'<div class="header__topbar"><span>{TODAY}</span></div>')}
<div class="header__container content-wrapper">
{module("site_logo", f'<div class="header__logo"><a href="/"><img src="/hs-fs/hubfs/logo-lmhtx-hungyen.png" alt="{NAME}"></a></div>', "logo")}
{module("module_slogan", f'<div class="header__slogan"><p>{esc(SLOGANS[0])}</p><p>{esc(SLOGANS[1])}</p></div>', "rich_text")}
{module("site_search", '<div class="hs-search-field"><form action="/hs-search-results"><input type="text" class="hs-search-field__input" name="term" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div>')}
{module("navigation-primary", f'<nav class="menu menu--desktop" aria-label="Menu chính"><ul role="menu">{nav}</ul></nav>', "menu")}
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="content-wrapper layout">
<div class="layout__main">{main}</div>
<aside class="layout__sidebar">
{module("module_popular", f'<h3>{SIDE[0]}</h3><ul>{pop}</ul>')}
{module("module_topics", f'<h3>{SIDE[1]}</h3><ul>{topics}</ul>')}
{module("module_weather", f'<h3>{SIDE[2]}</h3><p>26°C</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p>')}
{module("module_counter", f'<h3>{SIDE[5]}</h3><p>{SIDE[6]}</p><p>{SIDE[7]}</p>')}
{module("module_subscribe", form, "form")}
</aside></div></main>
<div data-global-resource-path="lmhtx-theme/templates/partials/footer.html"><footer class="footer">
{module("footer_org", f'<div class="footer__org"><h2>{FOOTER[0]}</h2>{footer}</div>', "rich_text")}
</footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" data-hs-statusbar="true"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>{COOKIE[0]}</p></div><div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0)" id="hs-eu-confirmation-button" role="button">{COOKIE[1]}</a> <a href="javascript:void(0)" id="hs-eu-decline-button" role="button">{COOKIE[2]}</a> <a href="javascript:void(0)" id="hs-eu-cookie-settings-button" role="button">{COOKIE[3]}</a></div></div></div>
<script src="/hs/scripts/24068119.js"></script>
</body>
</html>
"""


def index_post(a: Article) -> str:
    p = pic(a)
    author = "" if a.opts.get("event") else (f'<a class="blog-index__post-author" href="{BLOG}/author/{a.opts["author"]}">'
                                             f'{esc(AUTHORS[a.opts["author"]])}</a> ')
    return (f'<article class="blog-index__post blog-index__post--small">'
            + (f'<a class="blog-index__post-image-wrapper" href="{a.path}"><img class="blog-index__post-image" '
               f'src="{img(p, 400)}" alt="" loading="lazy"></a>' if p else "")
            + f'<div class="blog-index__post-content"><h2><a href="{a.path}">{esc(a.title)}</a></h2>'
            f'<div class="blog-index__post-meta">{author}<time>{hs_date(a.date).rsplit(" ", 2)[0]}</time></div>'
            f'<p>{esc(" ".join(a.summary().split()[:30]))}…</p><a class="blog-index__post-button" href="{a.path}">'
            f'Đọc thêm</a></div></article>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hung-yen", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event")]
    events = [a for a in arts if a.opts.get("event")]
    popular = posts[1:5]

    aliased = set()
    pages = {}
    for a in arts:
        pool = [o for o in posts if o is not a]
        related = pool[:3]
        for r in related:
            aliased.add(r.path)
        head = (f'\n<link rel="canonical" href="{a.path}">\n<meta property="og:type" content="article">'
                f'\n<meta property="og:title" content="{attr(a.title)}">')
        pages[a.path] = layout(a.title, post_html(a, related), popular, head=head)
        site.page(a.path, pages[a.path], content_type=HTML)
        site.add_article(a)
    for a in arts:
        if a.path in aliased:
            site.same_page(a.path + "?hsLang=vi", a.path)
            a.aliases.append(a.path + "?hsLang=vi")
    site.binary(PDF_PATH, pdf("Quyết định số 28/QĐ-LMHTX", ["CONG NHAN HTX TIEU BIEU NAM 2025",
                                                           "Lien minh HTX tinh Hung Yen"]))
    site.trap("the 'Bài viết liên quan' module links posts as <post>?hsLang=vi (the same page; rel=canonical without "
              "the query): aliases", posts[1].path + "?hsLang=vi")
    site.trap("after every post: a CTA module ('Bạn muốn thành lập hợp tác xã?', 'Đăng ký tư vấn thành lập HTX'), "
              "'Bài viết liên quan' (titles and dates), a sidebar newsletter form (hs-form), and the cookie banner "
              "#hs-eu-cookie-confirmation at the end of the body", posts[0].path)

    def listing(path: str, title: str, items: list[Article], per: int = 5, intro: str = "") -> None:
        chunks = [items[i:i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            url = path if n == 1 else f"{path}/page/{n}"
            pager = ""
            if len(chunks) > 1:
                pager = ('<div class="blog-pagination">'
                         + (f'<a class="blog-pagination__prev-link" href="{path if n == 2 else f"{path}/page/{n - 1}"}">'
                            '‹ Trước</a>' if n > 1 else "")
                         + "".join(f'<a class="blog-pagination__link{" blog-pagination__link--active" if k == n else ""}" '
                                   f'href="{path if k == 1 else f"{path}/page/{k}"}">{k}</a>'
                                   for k in range(1, len(chunks) + 1))
                         + (f'<a class="blog-pagination__next-link" href="{path}/page/{n + 1}">Tiếp ›</a>'
                            if n < len(chunks) else "") + "</div>")
            main = (f'<div class="body-container body-container--blog-index"><div class="content-wrapper">'
                    f'<div class="blog-header"><h1>{esc(title)}</h1>{intro}</div><div class="blog-index">'
                    + "".join(index_post(a) for a in chunk) + f"</div>{pager}</div></div>")
            site.page(url, layout(title if n == 1 else f"{title} | Trang {n}", main, popular), content_type=HTML)
            site.non_articles.append(url)

    listing(BLOG, "Tin tức", posts)
    listing(EVENTS, "Sự kiện", events)
    for slug, name in TAGS.items():
        listing(f"{BLOG}/tag/{slug}", f"Chủ đề: {name}", [a for a in posts if slug in a.opts["tags"]], 10)
    for slug, name in AUTHORS.items():
        bio = (f'<div class="blog-header__author"><img src="/hs-fs/hubfs/avatar/{slug}.png" alt="">'
               f'<p>{esc(name)} viết bài cho Cổng thông tin Liên minh HTX tỉnh Hưng Yên.</p></div>')
        listing(f"{BLOG}/author/{slug}", name, [a for a in posts if a.opts["author"] == slug], 10, bio)
    site.trap("blog listing /blog (image, h2 link, author, '14 thg 8, 2025', summary, 'Đọc thêm') paged /blog/page/2 "
              "(the two oldest posts); tag listings /blog/tag/<t> and author listings /blog/author/<a> (name and bio "
              "above the posts): not articles", BLOG + "/page/2")

    home = (module("module_hero", f'<section class="hero"><h1>{NAME}</h1><p>Cổng thông tin điện tử</p></section>')
            + module("module_recent", '<section class="recent-posts"><h2>Tin mới</h2>'
                     + "".join(index_post(a) for a in posts[:4]) + f'<a href="{BLOG}">Xem tất cả</a></section>')
            + module("module_events", '<section class="recent-events"><h2>Sự kiện</h2>'
                     + "".join(index_post(a) for a in events) + "</section>")
            + module("module_cta_home", cta(False)))
    site.page("/", layout("Liên minh HTX tỉnh Hưng Yên", home, popular), content_type=HTML)

    about = ["Liên minh Hợp tác xã tỉnh Hưng Yên được hợp nhất từ Liên minh Hợp tác xã tỉnh Hưng Yên và Liên minh Hợp "
             "tác xã tỉnh Thái Bình, hoạt động từ ngày 01 tháng 7 năm 2025.",
             "Liên minh đại diện, bảo vệ quyền và lợi ích hợp pháp của các thành viên; tuyên truyền, vận động phát "
             "triển kinh tế tập thể; tư vấn, đào tạo, hỗ trợ tiếp cận vốn và thị trường cho hợp tác xã, liên hiệp hợp "
             "tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Cơ quan Liên minh làm việc tại trụ sở ở phường Phố Hiến và cơ sở 2 ở phường Trần Lãm, gồm Văn phòng, các "
             "ban chuyên môn và Quỹ hỗ trợ phát triển hợp tác xã tỉnh."]
    site.page(ABOUT, layout("Giới thiệu", module("widget_about", '<div class="page-content"><h1>Giới thiệu</h1>'
                                                 + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div>", "rich_text"),
                            popular, head=f'\n<link rel="canonical" href="{ABOUT}">'), content_type=HTML)
    landing = ('<div class="page-content"><h1>Đăng ký tư vấn thành lập hợp tác xã</h1>'
               "<p>Liên minh HTX tỉnh tư vấn miễn phí thủ tục thành lập hợp tác xã, xây dựng điều lệ và phương án sản "
               "xuất kinh doanh theo Luật Hợp tác xã năm 2023.</p><h2>Bạn sẽ nhận được</h2><ul><li>Hướng dẫn hồ sơ đăng "
               "ký thành lập</li><li>Mẫu điều lệ hợp tác xã</li><li>Tư vấn tiếp cận vốn vay ưu đãi</li></ul></div>")
    site.page(LANDING, layout("Thành lập HTX", module("widget_landing", landing, "rich_text")
                              + module("module_form", '<form class="hs-form stacked"><input name="firstname"><input '
                                       'name="phone"><input type="submit" value="Gửi đăng ký" class="hs-button"></form>',
                                       "form"), popular), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", module("widget_contact", f'<div class="page-content"><h1>Liên hệ</h1><p>{NAME}</p>'
                                                '<form class="hs-form stacked"><input name="email"><textarea name="message">'
                                                '</textarea><input type="submit" value="Gửi" class="hs-button"></form></div>',
                                                "form"), popular), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout("Kết quả tìm kiếm", '<div class="hs-search-results"><h1>Kết quả tìm kiếm cho "ocop"</h1><ul>'
                             + "".join(f'<li><a class="hs-search-results__title" href="{a.path}">{esc(a.title)}</a>'
                                       f'<p class="hs-search-results__description">{esc(a.summary())}</p></li>'
                                       for a in found) + "</ul></div>", popular), content_type=HTML)
    site.trap("HubSpot pages /gioi-thieu (rich text: h1 and three paragraphs, no date), /thanh-lap-htx (a landing "
              "page: heading, paragraph, list and a form), /lien-he and the site search /hs-search-results?term=ocop: "
              "not articles", LANDING)
    site.non_articles += ["/", ABOUT, LANDING, CONTACT, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /_hcms/\nDisallow: /hs/manage-preferences/\n")
    return site
