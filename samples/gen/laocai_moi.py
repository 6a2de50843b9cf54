"""Site `lmhtx-laocai-moi` (registry family `generic`): the portal of the merged Lào Cai alliance (Yên Bái
joined the province on 1 July 2025) on SilverStripe CMS with the silverstripe/blog module, written as
a held-out test: no family module, no selectors. Content from July 2025 to 2026; places of the
former Yên Bái are written "xã … (trước đây thuộc huyện …, tỉnh Yên Bái)".

Why it is hard: the header of the "simple"-style theme is `a.brand > h1` with the SITE's name, so
every page has two `<h1>`; the post's own `<h1>` is in `div.blog-entry > article`. The text is
`div.content.typography` (TinyMCE markup: photos as `div.captionImage > img + p.caption`), and the
blog module prints its meta AFTER the text: `p.blog-post-meta` "Đăng ngày <a>14 tháng 3, 2025</a>
bởi <a>Hoàng Lan</a> trong <a>Tin hoạt động</a>" (the date in words, no time; "bởi …" only when the
post has credited authors: a member whose name may be an office, or a staff member who posted
someone else's text that ends with its own byline), then "Thẻ:" links. The featured image
`p.post-image` sits above the text without a caption. Listings: `/tin-tuc/` (post summaries with
the same meta line) paged `/tin-tuc/?start=8`, categories `/tin-tuc/category/<c>/`, tags
`/tin-tuc/tag/<t>/`, archives `/tin-tuc/archive/2025/9/`, member profiles `/tin-tuc/profile/<m>/`,
the site search `/home/SearchForm?Search=ocop`. The sidebar's "Bài viết mới" widget links posts
without the trailing slash (`/tin-tuc/<slug>`), which answers 301 to `/tin-tuc/<slug>/`.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-laocai-moi"
NAME = "Liên minh Hợp tác xã tỉnh Lào Cai"
HTML = "text/html; charset=utf-8"
BLOG = "/tin-tuc/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
SEARCH = "/home/SearchForm?Search=ocop&action_results=T%C3%ACm"
PER = 8
PDF_PATH = "/assets/Uploads/CV-112-LMHTX-VP.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026.day} tháng {TODAY_2026.month} năm {TODAY_2026.year}"
TAGLINE = "Cổng thông tin điện tử - Liên minh HTX tỉnh Lào Cai"
SLOGANS = ["Đoàn kết - Hợp tác - Cùng phát triển", "Lào Cai - Yên Bái: một nhà, chung sức phát triển kinh tế tập thể"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Lào Cai",
          "Trụ sở: Số 2 đường Hòa Bình, phường Yên Bái, tỉnh Lào Cai",
          "Điện thoại: 0216.3852.419 | Email: lienminhhtx@laocai.gov.vn",
          "Người chịu trách nhiệm: Bà Đỗ Thị Minh Hoa - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 21/GP-STTTT cấp ngày 25/8/2025",
          "Xây dựng trên nền tảng Silverstripe CMS"]
SIDE = ["Bài viết mới", "Lưu trữ", "Chuyên mục", "Thẻ", "Thống kê truy cập", "Đang online: 14", "Hôm nay: 392",
        "Tổng số lượt truy cập: 61.845", "Liên kết website", "Thời tiết Lào Cai", "Sương mù buổi sáng, ngày nắng",
        "Độ ẩm: 88%"]
LABELS = ["Đăng ngày", "Thẻ:", "Tệp đính kèm", "Bạn đang ở đây:", "Tìm nhiều:"]
BOILERPLATE = [TODAY, TAGLINE, *SLOGANS, *FOOTER, *SIDE, *LABELS]

CATS = {"tin-hoat-dong": "Tin hoạt động", "van-ban": "Văn bản", "kinh-te-tap-the": "Kinh tế tập thể"}
PROFILES = {"hoang-lan": "Hoàng Lan", "ban-bien-tap": "Ban Biên tập", "minh-duc": "Minh Đức"}


def d(y, m, day) -> datetime:
    return datetime(y, m, day)


def dated(when: datetime) -> dict:
    return dict(published=iso(when, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=BLOG + "htx-que-mau-a-xuat-khau-lo-que-huu-co/",
          title="HTX quế Mậu A xuất khẩu lô quế hữu cơ sang châu Âu",
          date=d(2025, 9, 15),
          body="""
HTX Nông lâm nghiệp Mậu A, xã Mậu A (trước đây thuộc huyện Văn Yên, tỉnh Yên Bái) vừa xuất khẩu 20 tấn vỏ quế hữu cơ sang thị trường châu Âu.
Đây là lô hàng thứ ba trong năm của HTX, sau khi vùng trồng 350 ha của 210 hộ thành viên được cấp chứng nhận hữu cơ theo tiêu chuẩn châu Âu.
[img que-mau-a.png] Thành viên HTX Nông lâm nghiệp Mậu A phân loại vỏ quế trước khi đóng bao
Giá quế hữu cơ xuất khẩu cao hơn quế thường khoảng 15%, HTX trả thêm cho thành viên 2.000 đồng/kg so với giá thu mua thị trường.
Liên minh HTX tỉnh sẽ giới thiệu mô hình của HTX để các HTX trồng quế ở các xã Văn Bàn, Bảo Yên học tập, mở rộng vùng quế hữu cơ trong tỉnh.
""",
          author="Hoàng Lan", **dated(d(2025, 9, 15)),
          opts={"credit": "hoang-lan", "cat": "kinh-te-tap-the", "tags": ["OCOP", "Văn Yên"]},
          notes=["the meta line comes AFTER the text: 'Đăng ngày 15 tháng 9, 2025 bởi Hoàng Lan trong Kinh tế tập "
                 "thể' (p.blog-post-meta; no time: midnight); no byline in the text: the credited author Hoàng Lan (a "
                 "person) is the author; 'xã Mậu A (trước đây thuộc huyện Văn Yên, tỉnh Yên Bái)'"]),
        A(path=BLOG + "anh-mua-vang-mu-cang-chai-va-htx-du-lich-cong-dong/",
          title="Ảnh: Mùa vàng Mù Cang Chải và những HTX du lịch cộng đồng",
          date=d(2025, 9, 29),
          body="""
Cuối tháng 9, những thửa ruộng bậc thang ở xã Mù Cang Chải (trước đây thuộc huyện Mù Cang Chải, tỉnh Yên Bái) vào mùa lúa chín, các HTX du lịch cộng đồng đón nhiều đoàn khách.
[img mcc-1.png] Ruộng bậc thang nhìn từ điểm dừng chân của HTX Du lịch cộng đồng La Pán Tẩn
[img mcc-2.png] Thành viên HTX hướng dẫn du khách gặt lúa cùng bà con
[img mcc-3.png] Homestay của thành viên HTX kín phòng những ngày cuối tuần
[img mcc-4.png] Sản phẩm thổ cẩm của HTX bày bán cho du khách
""",
          byline="Ảnh: Giàng A Sử", author="Giàng A Sử", **dated(d(2025, 9, 29)),
          opts={"cat": "tin-hoat-dong", "tags": ["Du lịch cộng đồng"], "story": True},
          notes=["photo story: one paragraph and four TinyMCE captioned images (div.captionImage > img + p.caption): "
                 "one line per caption; 'Ảnh: Giàng A Sử' last (right-aligned): part of the text, the author; the "
                 "meta line has only the date (no credited author)"]),
        A(path=BLOG + "cong-van-ve-viec-dang-ky-tham-gia-hoi-cho-htx-2025/",
          title="Công văn về việc đăng ký tham gia Hội chợ sản phẩm HTX tỉnh Lào Cai năm 2025",
          date=d(2025, 8, 5),
          body="""
LIÊN MINH HTX TỈNH LÀO CAI
Số: 112/LMHTX-VP
V/v đăng ký tham gia Hội chợ sản phẩm HTX tỉnh Lào Cai năm 2025
Lào Cai, ngày 04 tháng 8 năm 2025
Kính gửi: Các HTX, liên hiệp HTX trên địa bàn tỉnh.
Thực hiện Kế hoạch số 35/KH-LMHTX ngày 20/7/2025 của Liên minh HTX tỉnh, Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX tỉnh Lào Cai năm 2025 tại phường Yên Bái từ ngày 18 đến ngày 22/9/2025.
Liên minh HTX tỉnh đề nghị các HTX có nhu cầu đăng ký gian hàng theo mẫu gửi kèm, gửi về Văn phòng Liên minh HTX tỉnh (cơ sở phường Yên Bái hoặc cơ sở phường Lào Cai) trước ngày 25/8/2025.
Nơi nhận: Như trên; Lưu: VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nguyễn Văn Khánh
""",
          author=None, doc_number="112/LMHTX-VP", **dated(d(2025, 8, 5)),
          attachments=[{"path": PDF_PATH, "text": "CV-112-LMHTX-VP.pdf"}],
          opts={"cat": "van-ban", "tags": ["Hội chợ"], "doc": True},
          notes=["official letter 'Số: 112/LMHTX-VP', place-date line 'Lào Cai, ngày 04 tháng 8 năm 2025', posted "
                 "'5 tháng 8, 2025'; no credit: author null; signer last; the PDF in a 'Tệp đính kèm' list after the "
                 "meta line: an attachment, not text"]),
        A(path=BLOG + "htx-che-suoi-giang-phuc-trang-vuon-che-co-thu/",
          title="HTX chè Suối Giàng phục tráng vườn chè cổ thụ",
          date=d(2025, 11, 3),
          body="""
HTX Chè Shan tuyết Suối Giàng, xã Suối Giàng (trước đây thuộc huyện Văn Chấn, tỉnh Yên Bái) đang phục tráng hơn 40 ha chè Shan tuyết cổ thụ của các hộ thành viên.
Các cây chè hàng trăm năm tuổi được tỉa cành, bón phân hữu cơ và làm cỏ thủ công, không dùng thuốc bảo vệ thực vật.
[img che-suoi-giang.png] Thành viên HTX thu hái chè trên cây chè cổ thụ
Sản phẩm chè Shan tuyết Suối Giàng của HTX đã đạt OCOP 4 sao, giá bán từ 800.000 đến 1,5 triệu đồng/kg tùy loại.
Nguồn: Báo Lào Cai
""",
          author=None, **dated(d(2025, 11, 3)),
          opts={"credit": "ban-bien-tap", "cat": "kinh-te-tap-the", "tags": ["OCOP", "Văn Chấn"]},
          notes=["the text ends with 'Nguồn: Báo Lào Cai' (right-aligned italic): a source; the credited author is the "
                 "member 'Ban Biên tập' (an office): author null"]),
        A(path=BLOG + "cong-bo-quyet-dinh-hop-nhat-lien-minh-htx-tinh/",
          title="Công bố quyết định hợp nhất Liên minh HTX tỉnh Lào Cai",
          date=d(2025, 7, 10),
          body="""
Sáng 9/7, tại phường Yên Bái, Liên minh HTX tỉnh Lào Cai tổ chức hội nghị công bố quyết định hợp nhất Liên minh HTX tỉnh Lào Cai và Liên minh HTX tỉnh Yên Bái.
Liên minh HTX tỉnh Lào Cai (mới) có 1.217 HTX thành viên, trụ sở chính tại phường Yên Bái và cơ sở 2 tại phường Lào Cai.
## Bộ máy sau hợp nhất
Ban Chấp hành lâm thời gồm 21 ủy viên; cơ quan Liên minh có Văn phòng, Ban Kiểm tra, Ban Tuyên truyền và Ban Hỗ trợ phát triển HTX.
## Nhiệm vụ trước mắt
* Ổn định tổ chức, bảo đảm hoạt động thông suốt tại hai cơ sở;
* Hợp nhất Quỹ hỗ trợ phát triển HTX của hai tỉnh;
* Rà soát, cập nhật thông tin của các HTX thành viên sau khi sắp xếp đơn vị hành chính cấp xã.
""",
          byline="Minh Đức", author="Minh Đức", **dated(d(2025, 7, 10)),
          opts={"credit": "minh-duc", "cat": "tin-hoat-dong", "tags": ["Hợp nhất"]},
          notes=["two <h2> headings and a list; byline 'Minh Đức' last (right-aligned): part of the text, the author, "
                 "also the credited author"]),
        A(path=BLOG + "htx-che-bat-xat-dat-chung-nhan-vietgap/",
          title="HTX chè Bát Xát đạt chứng nhận VietGAP cho 120 ha",
          date=d(2026, 3, 10),
          body="""
HTX Chè Bát Xát vừa được cấp giấy chứng nhận VietGAP cho 120 ha chè của 96 hộ thành viên ở xã Bát Xát và xã Y Tý.
Để đạt chứng nhận, HTX tổ chức tập huấn quy trình sản xuất an toàn, lập sổ nhật ký và kiểm tra định kỳ từng nương chè.
[img che-bat-xat.png] Cán bộ HTX kiểm tra nhật ký sản xuất tại nương chè của thành viên
Chè búp tươi đạt VietGAP được nhà máy thu mua với giá cao hơn 1.000 đồng/kg so với trước.
""",
          byline="Bài, ảnh: Lý Thị Mai", author="Lý Thị Mai", **dated(d(2026, 3, 10)),
          opts={"credit": "hoang-lan", "cat": "kinh-te-tap-the", "tags": ["Chè"]},
          notes=["the meta credits the staff member who posted it ('bởi Hoàng Lan') but the text ends with the "
                 "writer's byline 'Bài, ảnh: Lý Thị Mai' (right-aligned): part of the text, author Lý Thị Mai"]),
        A(path=BLOG + "lao-cai-co-them-11-san-pham-ocop-cua-htx/",
          title="Lào Cai có thêm 11 sản phẩm OCOP của HTX",
          date=d(2025, 12, 22),
          body="""
UBND tỉnh Lào Cai vừa công nhận 37 sản phẩm OCOP đợt 2 năm 2025, trong đó 11 sản phẩm của HTX.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Gạo Séng Cù Mường Khương | HTX Nông nghiệp Mường Khương | 4 sao |
| 2 | Táo mèo sấy Trạm Tấu | HTX Nông lâm sản Trạm Tấu | 3 sao |
| 3 | Miến dong Văn Bàn | HTX Dịch vụ Nông nghiệp Văn Bàn | 3 sao |
| 4 | Măng tre Bát Độ | HTX Nông nghiệp Trấn Yên | 3 sao |
Xã Trạm Tấu và xã Trấn Yên trước đây thuộc tỉnh Yên Bái; đây là đợt đánh giá OCOP đầu tiên của tỉnh sau hợp nhất.
""",
          byline="Vũ Hà", author="Vũ Hà", **dated(d(2025, 12, 22)),
          opts={"cat": "kinh-te-tap-the", "tags": ["OCOP"]},
          notes=["a data table (<table> with a <thead>): one line per row, cells between ' | '; byline 'Vũ Hà' last: "
                 "part of the text, the author; the meta line has only the date"]),
        A(path=BLOG + "htx-gao-seng-cu-muong-khuong-vao-vu-thu-hoach/",
          title="HTX gạo Séng Cù Mường Khương vào vụ thu hoạch",
          date=d(2025, 10, 2),
          body="""
Đầu tháng 10, HTX Nông nghiệp Mường Khương thu hoạch 85 ha lúa Séng Cù của 140 hộ thành viên ở xã Mường Khương.
Năm nay HTX ký hợp đồng tiêu thụ 300 tấn gạo với hai doanh nghiệp phân phối tại Hà Nội, giá ổn định 25.000 đồng/kg.
[img seng-cu.png] Thành viên HTX Nông nghiệp Mường Khương thu hoạch lúa Séng Cù
HTX đang hoàn thiện hồ sơ đăng ký nhãn hiệu tập thể cho sản phẩm gạo Séng Cù của xã.
""",
          byline="Thanh Tùng", author="Thanh Tùng", **dated(d(2025, 10, 2)),
          opts={"cat": "tin-hoat-dong", "tags": ["OCOP"]}),
        A(path=BLOG + "htx-duoc-lieu-sa-pa-mo-rong-vung-trong/",
          title="HTX dược liệu Sa Pa mở rộng vùng trồng",
          date=d(2025, 7, 3),
          body="""
HTX Dược liệu Sa Pa mở rộng vùng trồng đương quy, xuyên khung và actiso lên 60 ha tại phường Sa Pa và xã Tả Van.
HTX liên kết với một công ty dược phẩm, được ứng trước giống và bao tiêu sản phẩm theo giá sàn.
[img duoc-lieu-sapa.png] Thành viên HTX chăm sóc vườn đương quy
Doanh thu năm 2024 của HTX đạt 9 tỷ đồng, thu nhập bình quân của thành viên khoảng 7 triệu đồng/tháng.
""",
          byline="Hoàng Thu Trang", author="Hoàng Thu Trang", **dated(d(2025, 7, 3)),
          opts={"cat": "kinh-te-tap-the", "tags": ["Dược liệu"]},
          notes=["oldest post: only on /tin-tuc/?start=8 (and its category and archive pages); byline 'Hoàng Thu "
                 "Trang' last: part of the text, the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/assets/Uploads/{src}"


def slug(text: str) -> str:
    import re
    import unicodedata
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def long_date(when: datetime) -> str:
    return f"{when.day} tháng {when.month}, {when.year}"


def archive(when: datetime) -> str:
    return f"{BLOG}archive/{when.year}/{when.month}/"


def meta(a: Article) -> str:
    cat = a.opts["cat"]
    credit = a.opts.get("credit")
    by = (f' bởi <a href="{BLOG}profile/{credit}/">{esc(PROFILES[credit])}</a>' if credit else "")
    return (f'<p class="blog-post-meta">Đăng ngày <a href="{archive(a.date)}">{long_date(a.date)}</a>{by} trong '
            f'<a href="{BLOG}category/{cat}/">{CATS[cat]}</a></p>')


def tags(a: Article) -> str:
    return ('<p class="blog-post-tags">Thẻ: '
            + ", ".join(f'<a href="{BLOG}tag/{slug(t)}/">{esc(t)}</a>' for t in a.opts["tags"]) + "</p>")


def content(a: Article) -> str:
    out = []
    blocks = a.blocks
    if a.opts.get("doc"):
        lines = [b.text for b in blocks]
        out.append(f'<p style="text-align: center;"><strong>{esc(lines[0])}</strong><br>{esc(lines[1])}<br><em>'
                   f'{esc(lines[2])}</em></p>'.replace("<br>", "</p><p style=\"text-align: center;\">"))
        out.append(f'<p style="text-align: right;"><em>{esc(lines[3])}</em></p>')
        out += [f"<p>{esc(x)}</p>" for x in lines[4:-1]]
        out.append(f'<p style="text-align: right;"><strong>{esc(lines[-1])}</strong></p>')
        return "".join(out)
    rows: list[str] = []
    for b in blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append(b.text)
            continue
        if rows:
            cells = [r.strip("| ").split(" | ") for r in rows]
            out.append("<table class=\"table\"><thead><tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in cells[0])
                       + "\n</tr></thead><tbody>" + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r)
                                                            + "\n</tr>" for r in cells[1:]) + "</tbody></table>")
            rows = []
        if b.kind == "p":
            if b.text.startswith("Nguồn:"):
                out.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<div class="captionImage leftAlone" style="width: 800px;"><img class="leftAlone" '
                       f'title="" src="{img(b.src)}" alt="{attr(b.src.rsplit(".", 1)[0])}" width="800" height="533">'
                       f'<p class="caption leftAlone">{inline_html(b.text)}</p></div>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def sidebar(recent: list[Article], arts: list[Article]) -> str:
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    rec = "".join(f'<li><a href="{a.path.rstrip("/")}">{esc(a.title)}</a></li>' for a in recent)
    arch = "".join(f'<li><a href="{BLOG}archive/{y}/{m}/">Tháng {m} {y}</a></li>' for y, m in months)
    cats = "".join(f'<li><a href="{BLOG}category/{k}/">{v}</a></li>' for k, v in CATS.items())
    cloud = " ".join(f'<a href="{BLOG}tag/{slug(t)}/" class="tag">{esc(t)}</a>'
                     for t in sorted({t for a in arts for t in a.opts["tags"]}))
    return (f'<aside class="sidebar unit size1of4"><div class="widgets">'
            f'<div class="widget BlogRecentPostsWidget"><h3>{SIDE[0]}</h3><ul>{rec}</ul></div>'
            f'<div class="widget BlogArchiveWidget"><h3>{SIDE[1]}</h3><ul>{arch}</ul></div>'
            f'<div class="widget BlogCategoriesWidget"><h3>{SIDE[2]}</h3><ul>{cats}</ul></div>'
            f'<div class="widget BlogTagsCloudWidget"><h3>{SIDE[3]}</h3><div class="tag-cloud">{cloud}</div>'
            f'<p class="hot-search">Tìm nhiều: <a href="{SEARCH.replace("&", "&amp;")}">ocop</a></p></div>'
            f'<div class="widget ContentWidget weather"><h3>{SIDE[9]}</h3><p>19°C</p><p>{SIDE[10]}</p>'
            f'<p>{SIDE[11]}</p></div>'
            f'<div class="widget ContentWidget counter"><h3>{SIDE[4]}</h3><p>{SIDE[5]}</p><p>{SIDE[6]}</p>'
            f'<p>{SIDE[7]}</p></div>'
            f'<div class="widget ContentWidget links"><h3>{SIDE[8]}</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/"'
            ' target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{base:offsite}}/chinh-phu/" '
            'target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div></div></aside>')


def layout(title: str, main: str, recent: list[Article], arts: list[Article], *, page_class: str,
           crumbs: list[tuple[str, str]], head: str = "") -> str:
    menu = "".join(f'<li class="{"current" if h == crumbs[0][0] else "link"}"><a href="{h}" title="{t}">{t}</a></li>'
                   for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"),
                                (BLOG + "category/van-ban/", "Văn bản"), (CONTACT, "Liên hệ")]) if crumbs else ""
    crumb = ('<div class="breadcrumbs-wrapper"><p class="breadcrumbs">Bạn đang ở đây: <a href="/">Trang chủ</a>'
             + "".join(f' &raquo; <a href="{h}">{esc(t)}</a>' for h, t in crumbs) + "</p></div>")
    return f"""<!DOCTYPE html>
<!--[if !IE]><!-->
<html lang="vi-VN">
<!--<![endif]-->
<head>
<base href="{{{{base}}}}/"><!--[if lte IE 6]></base><![endif]-->
<title>{esc(title)} &raquo; Liên minh HTX tỉnh Lào Cai</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Silverstripe CMS 5.2">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head}
<link rel="stylesheet" type="text/css" href="/_resources/themes/lmhtx/css/layout.css?m=1735012345">
<link rel="stylesheet" type="text/css" href="/_resources/themes/lmhtx/css/typography.css?m=1735012345">
</head>
<body class="{page_class}" dir="ltr">
<header class="header" role="banner">
<div class="topbar"><div class="inner"><span class="today">{TODAY}</span><span class="slogan">{SLOGANS[0]}</span></div></div>
<div class="inner">
<div class="unit size4of4 lastUnit">
<a href="/" class="brand" rel="home"><h1>{NAME}</h1><p>{TAGLINE}</p></a>
<div class="search-bar"><form id="SearchForm_SearchForm" action="/home/SearchForm" method="get" enctype="application/x-www-form-urlencoded"><fieldset><div id="Search" class="field text nolabel"><div class="middleColumn"><input type="text" name="Search" value="" class="text nolabel" id="SearchForm_SearchForm_Search" placeholder="Tìm kiếm"></div></div><input type="submit" name="action_results" value="Tìm" class="action" id="SearchForm_SearchForm_action_results"></fieldset></form></div>
<a href="javascript:void(0)" class="nav-open"></a>
<nav class="primary"><span class="nav-open-button">²</span><ul>{menu}</ul></nav>
</div>
</div>
<div class="slogan-bar"><marquee>{SLOGANS[1]}</marquee></div>
</header>
<div class="main" role="main">
<div class="inner typography line">
{crumb}
{main}
{sidebar(recent, arts)}
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="inner"><div class="unit size4of4 lastUnit">
{"".join(f"<p>{esc(x)}</p>" for x in FOOTER[:5])}
<p class="right">{FOOTER[5]}</p>
</div></div>
</footer>
<script type="application/javascript" src="/_resources/themes/lmhtx/javascript/script.js?m=1735012345"></script>
</body>
</html>
"""


def summary_item(a: Article) -> str:
    pic = a.first_image()
    return (f'<div class="post-summary"><h2><a href="{a.path}" title="Đọc tiếp: {attr(a.title)}">{esc(a.title)}</a></h2>'
            + (f'<p class="post-image"><a href="{a.path}"><img width="300" height="200" src="{img(pic)}" alt="">'
               "</a></p>" if pic else "")
            + f'<p>{esc(" ".join(a.summary().split()[:30]))}… <a href="{a.path}">Đọc tiếp</a></p>{meta(a)}</div>')


def listing(title: str, items: list[Article], pager: str = "", intro: str = "") -> str:
    return (f'<div class="blog content-container unit size3of4"><article><h1>{esc(title)}</h1>{intro}'
            f'<div class="content"></div></article><div class="blog-entries">'
            + "".join(summary_item(a) for a in items) + f"</div>{pager}</div>")


def post(a: Article) -> str:
    pic = None if a.opts.get("doc") or a.opts.get("story") else a.first_image()
    att = (f'<div class="attachments"><h3>Tệp đính kèm</h3><ul><li><a href="{PDF_PATH}" class="file pdf">'
           f'{esc(a.attachments[0]["text"])}</a> <span class="size">(182 KB)</span></li></ul></div>'
           if a.attachments else "")
    return (f'<div class="blog-entry content-container unit size3of4"><article class="blog-post">'
            f'<h1>{esc(a.title)}</h1>'
            + (f'<p class="post-image"><img width="795" height="530" alt="" src="{img(pic)}"></p>' if pic else "")
            + f'<div class="content typography">{content(a)}</div>{meta(a)}{tags(a)}</article>{att}</div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lao-cai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    recent = arts[:5]

    def page(path: str, title: str, main: str, page_class: str, crumbs, head: str = "") -> None:
        site.page(path, layout(title, main, recent, arts, page_class=page_class, crumbs=crumbs, head=head),
                  content_type=HTML)

    for a in arts:
        desc = f'\n<meta name="description" content="{attr(a.summary())}">'
        page(a.path, a.title, post(a), "BlogPost", [(BLOG, "Tin tức"), (a.path, a.title)], desc)
        site.redirect(a.path.rstrip("/"), a.path, 301)
        if a in recent:
            a.aliases = [a.path.rstrip("/")]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Công văn số 112/LMHTX-VP", ["CONG VAN VE VIEC DANG KY THAM GIA HOI CHO HTX 2025",
                                                          "Lien minh HTX tinh Lao Cai"]))
    site.trap("the sidebar widget 'Bài viết mới' links posts without the trailing slash (/tin-tuc/<slug>): 301 to "
              "/tin-tuc/<slug>/, an alias", recent[0].path.rstrip("/"))
    site.trap("every page has two <h1>: the site's name in the header (a.brand > h1, tagline under it) and the "
              "post's title in div.blog-entry > article", arts[0].path)

    def paged(base: str, title: str, items: list[Article], crumbs, intro: str = "") -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks):
            url = base if n == 0 else f"{base}?start={n * PER}"
            pager = ""
            if len(chunks) > 1:
                pager = ('<div class="pagination"><ul>'
                         + (f'<li class="prev"><a href="{base if n == 1 else f"{base}?start={(n - 1) * PER}"}">'
                            '&laquo; Trước</a></li>' if n else "")
                         + "".join(f'<li class="active"><span>{k + 1}</span></li>' if k == n else
                                   f'<li><a href="{base if k == 0 else f"{base}?start={k * PER}"}">{k + 1}</a></li>'
                                   for k in range(len(chunks)))
                         + (f'<li class="next"><a href="{base}?start={(n + 1) * PER}">Sau &raquo;</a></li>'
                            if n + 1 < len(chunks) else "") + "</ul></div>")
            page(url, title, listing(title, chunk, pager, intro), "Blog", crumbs)
            site.non_articles.append(url)

    paged(BLOG, "Tin tức", arts, [(BLOG, "Tin tức")])
    site.trap("listing /tin-tuc/ (post summaries: h2 link, image, excerpt 'Đọc tiếp', the same meta line) paged "
              "/tin-tuc/?start=8 (SilverStripe's PaginatedList): page 2 holds the oldest post", BLOG + "?start=8")
    for key, name in CATS.items():
        mine = [a for a in arts if a.opts["cat"] == key]
        paged(f"{BLOG}category/{key}/", name, mine, [(BLOG, "Tin tức"), (f"{BLOG}category/{key}/", name)])
    for t in sorted({t for a in arts for t in a.opts["tags"]}):
        mine = [a for a in arts if t in a.opts["tags"]]
        paged(f"{BLOG}tag/{slug(t)}/", f"Thẻ: {t}", mine, [(BLOG, "Tin tức")])
    for y, m in sorted({(a.date.year, a.date.month) for a in arts}):
        mine = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        paged(f"{BLOG}archive/{y}/{m}/", f"Lưu trữ: Tháng {m} năm {y}", mine, [(BLOG, "Tin tức")])
    site.trap("category /tin-tuc/category/<c>/, tag /tin-tuc/tag/<t>/ and archive /tin-tuc/archive/2025/9/ pages "
              "(post summaries with meta lines): listings, not articles", f"{BLOG}archive/2025/9/")
    bios = {"hoang-lan": "Phóng viên, Ban Tuyên truyền Liên minh HTX tỉnh.",
            "ban-bien-tap": "Ban Biên tập Cổng thông tin điện tử Liên minh HTX tỉnh Lào Cai.",
            "minh-duc": "Chuyên viên Văn phòng Liên minh HTX tỉnh."}
    for key, name in PROFILES.items():
        mine = [a for a in arts if a.opts.get("credit") == key]
        intro = (f'<div class="profile"><p class="profile-name"><strong>{esc(name)}</strong></p>'
                 f"<p>{esc(bios[key])}</p></div>")
        paged(f"{BLOG}profile/{key}/", name, mine, [(BLOG, "Tin tức")], intro)
    site.trap("member profiles /tin-tuc/profile/<m>/ (the credited member's name, a bio line, their posts): not "
              "articles", f"{BLOG}profile/hoang-lan/")

    home_main = ('<div class="content-container unit size3of4 lastUnit"><article><div class="content">'
                 f'<h2>Tin mới nhất</h2></div></article><div class="blog-entries">'
                 + "".join(summary_item(a) for a in arts[:6]) + f'</div><p><a href="{BLOG}">Xem tất cả tin</a></p></div>')
    page("/", "Trang chủ", home_main, "HomePage", [("/", "Trang chủ")])
    about = ('<div class="content-container unit size3of4 lastUnit"><article><h1>Giới thiệu</h1>'
             '<div class="content"><p>Liên minh Hợp tác xã tỉnh Lào Cai được hợp nhất từ Liên minh Hợp tác xã tỉnh Lào '
             'Cai và Liên minh Hợp tác xã tỉnh Yên Bái theo Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp '
             'tỉnh, chính thức hoạt động từ ngày 01 tháng 7 năm 2025.</p><p>Liên minh là tổ chức đại diện, bảo vệ '
             'quyền và lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác; tuyên truyền, tư vấn, '
             'đào tạo và hỗ trợ phát triển kinh tế tập thể trên địa bàn tỉnh.</p><p>Trụ sở chính của Liên minh đặt '
             'tại phường Yên Bái; cơ sở 2 tại phường Lào Cai tiếp tục tiếp nhận hồ sơ của các hợp tác xã ở khu vực '
             'phía bắc của tỉnh.</p></div></article></div>')
    contact = ('<div class="content-container unit size3of4 lastUnit"><article><h1>Liên hệ</h1><div class="content">'
               '<p>Mọi ý kiến xin gửi về Văn phòng Liên minh HTX tỉnh.</p></div>'
               '<form id="UserForm_Form_12" action="javascript:void(0)" method="post" class="userform"><fieldset>'
               '<div class="field text"><label class="left">Họ và tên</label><input type="text" name="EditableTextField_1">'
               '</div><div class="field textarea"><label class="left">Nội dung</label><textarea name="EditableTextField_2">'
               '</textarea></div></fieldset><div class="Actions"><input type="submit" name="action_process" value="Gửi">'
               '</div></form></article></div>')
    results = "".join(f'<li><h4><a class="searchResultHeader" href="{a.path}">{esc(a.title)}</a></h4><p>'
                      f'{esc(" ".join(a.summary().split()[:25]))}…</p><a class="readMoreLink" href="{a.path}">Đọc tiếp '
                      f'&quot;{esc(a.title)}&quot;</a></li>' for a in arts if "OCOP" in a.body)
    search = ('<div class="typography content-container unit size3of4 lastUnit"><h1>Kết quả tìm kiếm</h1>'
              '<p class="searchQuery">Bạn đã tìm: &quot;ocop&quot;</p><ul id="SearchResults">'
              f'{results}</ul></div>')
    page(ABOUT, "Giới thiệu", about, "Page", [(ABOUT, "Giới thiệu")])
    page(CONTACT, "Liên hệ", contact, "UserDefinedForm", [(CONTACT, "Liên hệ")])
    page(SEARCH, "Kết quả tìm kiếm", search, "Page", [("/", "Trang chủ")])
    site.trap("site search /home/SearchForm?Search=ocop&action_results=Tìm (ul#SearchResults: titles, excerpts, "
              "'Đọc tiếp \"…\"'), /gioi-thieu/ (a Page: h1 and three paragraphs in div.content, no date) and "
              "/lien-he/ (a user form): not articles", ABOUT)
    # the search page is linked from the footer's popular searches
    site.non_articles += ["/", ABOUT, CONTACT, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /Security/\nDisallow: /dev/\n")
    return site
