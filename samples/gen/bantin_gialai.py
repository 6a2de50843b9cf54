"""Site `bantin-gialai` (registry family `generic`): the Bản tin Kinh tế hợp tác tỉnh Gia Lai, the news bulletin the
cooperative alliance of the merged Gia Lai province (Bình Định joined it on 1 July 2025) publishes beside its portal,
built with **Docusaurus 3** (React static site generator, blog plugin), written as a held-out test: no family
module, no selectors.

Why it is hard: a post lives at `/blog/2026/03/14/<slug>` (the date of the file name), its title in
`article header h1`, its date in `time[datetime]` as UTC ("2026-02-09T23:15:00.000Z" for a post the page shows
as "10 tháng 2, 2026": 06:15 in Vietnam) with a day-only text, its author in an avatar block (name + "Phóng viên"
subtitle, not text) or nowhere, its text in `div.markdown` whose headings carry a hash-link with a zero-width
space. Around it: the recent-posts sidebar, a right-hand table of contents repeating the headings, tag chips, a
"Cập nhật lần cuối vào …" line (last update) on some posts, the "Bài mới hơn / Bài cũ hơn" pager naming the
neighbours, a route-data hydration script with `lastUpdatedAt`. Listing pages `/blog`, `/blog/page/2`,
`/blog/tags/<tag>` and an author page print posts WHOLE when they have no `<!-- truncate -->` marker (same h2,
time and markdown as the post page) and the rest cut before "Đọc thêm"; `/blog/archive` lists titles by year;
`/docs/gioi-thieu` is a docs page (markdown, no date).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, iso, parse_body, pdf

SITE = "bantin-gialai"
NAME = "Bản tin Kinh tế hợp tác tỉnh Gia Lai"
PER = 4
HTML = "text/html; charset=utf-8"
TRUNC = "<!-- truncate -->"
PDF_PATH = "/files/KH-85-LMHTX-2025.pdf"

AUTHORS = {
    "thu-hang": ("Nguyễn Thu Hằng", "Phóng viên"),
    "quoc-bao": ("Trần Quốc Bảo", "Phóng viên"),
    "hoai-thuong": ("Lê Hoài Thương", "Cộng tác viên"),
    "bbt": ("Ban Biên tập", "Bản tin Kinh tế hợp tác"),
}
TAGS = {"ocop": "OCOP", "htx": "HTX", "lien-minh": "Liên minh HTX", "van-ban": "Văn bản", "phong-van": "Phỏng vấn",
        "anh": "Ảnh"}

BANNER = "Thứ Hai, 23/11/2026"
ANNOUNCE = "Chào mừng kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2026)"
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Gia Lai",
          "Địa chỉ: 02 Trần Phú, phường Quy Nhơn, tỉnh Gia Lai",
          "Điện thoại: 0256.3822.419 - Email: bantinkthtgialai@gmail.com",
          "Giấy phép xuất bản bản tin số 15/GP-STTTT ngày 20/8/2025 của Sở Văn hóa, Thể thao và Du lịch",
          "Chịu trách nhiệm xuất bản: Phó Chủ tịch Thường trực Liên minh HTX tỉnh Nguyễn Đình Khôi",
          "Copyright © 2026 Bản tin Kinh tế hợp tác tỉnh Gia Lai. Built with Docusaurus."]
COUNTER = "Lượt truy cập: 182.904 - Đang xem: 17"
LABELS = ["Bỏ qua để đến nội dung", "Bài viết gần đây", "Bài mới hơn", "Bài cũ hơn", "Thẻ:", "Trên trang này",
          "Cổng thông tin Liên minh HTX tỉnh", "Liên minh HTX Việt Nam"]
BOILERPLATE = [BANNER, ANNOUNCE, *FOOTER, COUNTER, *LABELS]


def dated(d: datetime) -> dict:
    # the datetime attribute, article:published_time and the JSON-LD carry the time (in UTC); the URL the day
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "url", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/blog/2026/03/14/htx-ca-phe-ia-grai-xuat-khau-lo-hang-dau-tien",
          title="HTX cà phê Ia Grai xuất khẩu lô hàng cà phê đặc sản đầu tiên",
          date=datetime(2026, 3, 14, 8, 30),
          lead="Sau ba năm chuyển đổi sang canh tác bền vững, HTX Nông nghiệp Cà phê Ia Grai đã xuất khẩu 18 tấn cà phê "
               "nhân đặc sản sang thị trường Nhật Bản.",
          body="""
Lô hàng được đóng container tại kho của HTX ở xã Ia Grai ngày 11/3 và vận chuyển xuống cảng Quy Nhơn để xuất đi Yokohama.
<!-- truncate -->
[img ca-phe-ia-grai.png] Thành viên HTX phân loại cà phê nhân trước khi đóng bao
## Liên kết từ vườn đến cảng
HTX hiện có 64 thành viên với 210 ha cà phê, trong đó 85 ha được chứng nhận canh tác bền vững. Toàn bộ sản lượng cà phê chín được HTX thu mua theo giá thỏa thuận cao hơn thị trường từ 8 đến 10%.
Với sự hỗ trợ của Liên minh HTX tỉnh, HTX đã đầu tư dây chuyền sơ chế ướt, sân phơi nhà kính và kho bảo quản đạt chuẩn.
## Mục tiêu năm 2026
* Mở rộng vùng nguyên liệu lên 300 ha;
* Đạt chứng nhận OCOP 4 sao cho sản phẩm cà phê rang xay;
* Ký thêm hai hợp đồng xuất khẩu với đối tác Hàn Quốc.
""",
          author="Nguyễn Thu Hằng", **dated(datetime(2026, 3, 14, 8, 30)),
          opts={"authors": ["thu-hang"], "tags": ["htx", "ocop"], "updated": datetime(2026, 3, 18, 16, 40)},
          notes=["author only in the avatar block (name + 'Phóng viên', not text); a truncate marker: the listings show "
                 "the lead and one paragraph, then 'Đọc thêm'; 'Cập nhật lần cuối vào 18 thg 3, 2026' under the text and "
                 "lastUpdatedAt in the route data; the text speaks of 11/3"]),
        A(path="/blog/2026/02/10/tong-ket-kinh-te-tap-the-nam-2025",
          title="Liên minh HTX tỉnh tổng kết hoạt động kinh tế tập thể năm 2025",
          date=datetime(2026, 2, 10, 6, 15),
          lead="Toàn tỉnh Gia Lai hiện có 1.126 HTX với hơn 98.000 thành viên; doanh thu bình quân đạt 4,1 tỷ đồng/HTX/năm.",
          body="""
Hội nghị tổng kết diễn ra chiều 9/2 tại phường Quy Nhơn, là hội nghị tổng kết đầu tiên của Liên minh HTX tỉnh sau khi hợp nhất hai tỉnh Gia Lai và Bình Định.
<!-- truncate -->
Năm 2025, toàn tỉnh thành lập mới 87 HTX, vượt 16% kế hoạch; 214 HTX tham gia chuỗi liên kết sản xuất gắn với tiêu thụ sản phẩm.
## Những hạn chế cần khắc phục
Vẫn còn 143 HTX hoạt động cầm chừng, chưa tổ chức lại theo Luật Hợp tác xã năm 2023. Khả năng tiếp cận vốn tín dụng của HTX còn hạn chế.
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX | 1.039 | 1.126 |
| Thành viên | 91.400 | 98.250 |
| Doanh thu bình quân (tỷ đồng) | 3,6 | 4,1 |
Tại hội nghị, Liên minh HTX tỉnh đã khen thưởng 25 tập thể và 32 cá nhân có thành tích xuất sắc.
""",
          author="Trần Quốc Bảo", **dated(datetime(2026, 2, 10, 6, 15)),
          opts={"authors": ["quoc-bao"], "tags": ["lien-minh"]},
          notes=["published at 06:15 on 10/02/2026: time[datetime], article:published_time and the JSON-LD say "
                 "'2026-02-09T23:15:00.000Z' (UTC, the day before), the page shows '10 tháng 2, 2026' and the URL "
                 "/blog/2026/02/10/; the conference was 'chiều 9/2'; a data table (one line per row)"]),
        A(path="/blog/2026/01/20/anh-phien-cho-ocop-cuoi-nam",
          title="Ảnh: Rộn ràng phiên chợ OCOP cuối năm tại Quy Nhơn",
          date=datetime(2026, 1, 20, 17, 0),
          body="""
Phiên chợ sản phẩm OCOP và hàng nông sản của HTX diễn ra từ ngày 16 đến 19/1 tại quảng trường Nguyễn Tất Thành, phường Quy Nhơn, với 120 gian hàng.
[img cho-ocop-1.png] Gian hàng cà phê, hồ tiêu của các HTX vùng Tây Gia Lai
[img cho-ocop-2.png] Bánh tráng nước dừa Tam Quan thu hút đông khách tham quan
[img cho-ocop-3.png] Nghệ nhân HTX dệt thổ cẩm Làng Stơr giới thiệu sản phẩm
[img cho-ocop-4.png] Du khách mua rượu Bàu Đá của HTX làng nghề Cù Lâm
""",
          byline="Ảnh: Minh Quân", author="Minh Quân", **dated(datetime(2026, 1, 20, 17, 0)),
          opts={"tags": ["ocop", "anh"], "figure": True},
          notes=["photo story: four <figure> with <figcaption>, one paragraph, the closing 'Ảnh: Minh Quân' (text, "
                 "author); no avatar block; no truncate marker: /blog/page/1 and /blog/tags/anh print it whole"]),
        A(path="/blog/2025/12/05/phong-van-chu-tich-lien-minh-htx-tinh",
          title="Chủ tịch Liên minh HTX tỉnh: Đưa HTX vào chuỗi giá trị nông sản chủ lực",
          date=datetime(2025, 12, 5, 9, 45),
          lead="Nhân dịp cuối năm, phóng viên Bản tin có cuộc trao đổi với ông Nguyễn Văn Hòa, Chủ tịch Liên minh HTX "
               "tỉnh, về định hướng phát triển kinh tế tập thể sau hợp nhất.",
          body="""
**PV: Thưa ông, sau hợp nhất, kinh tế tập thể của tỉnh có những lợi thế gì mới?**
Ông Nguyễn Văn Hòa: Tỉnh Gia Lai mới có cả vùng cao nguyên với cà phê, hồ tiêu, cao su và vùng biển với thủy sản, muối, dừa. Đây là điều kiện để HTX hai vùng liên kết, bổ sung sản phẩm cho nhau.
<!-- truncate -->
**PV: Liên minh HTX tỉnh sẽ hỗ trợ HTX như thế nào trong năm 2026?**
Ông Nguyễn Văn Hòa: Chúng tôi tập trung vào ba việc: tư vấn tổ chức lại HTX theo Luật năm 2023, hỗ trợ vốn từ Quỹ hỗ trợ phát triển HTX và xúc tiến thương mại cho sản phẩm OCOP.
**PV: Ông kỳ vọng gì ở đội ngũ cán bộ quản lý HTX?**
Ông Nguyễn Văn Hòa: Cán bộ HTX phải chủ động chuyển đổi số, biết bán hàng trên sàn thương mại điện tử và làm việc với doanh nghiệp bằng hợp đồng rõ ràng.
**PV: Xin cảm ơn ông!**
""",
          author="Nguyễn Thu Hằng", **dated(datetime(2025, 12, 5, 9, 45)),
          opts={"authors": ["thu-hang"], "tags": ["phong-van", "lien-minh"], "updated": datetime(2025, 12, 12, 10, 5)},
          notes=["interview: bold 'PV: …' questions and 'Ông Nguyễn Văn Hòa: …' answers, one line each; author in the "
                 "avatar block; 'Cập nhật lần cuối vào 12 thg 12, 2025' is the last update, not the date"]),
        A(path="/blog/2025/10/08/ke-hoach-ho-tro-htx-tham-gia-chuoi-gia-tri",
          title="Kế hoạch hỗ trợ HTX tham gia chuỗi giá trị nông sản giai đoạn 2025 - 2026",
          date=datetime(2025, 10, 8, 15, 0),
          body="""
LIÊN MINH HTX TỈNH GIA LAI
Số: 85/KH-LMHTX
Gia Lai, ngày 03 tháng 10 năm 2025
KẾ HOẠCH
Hỗ trợ hợp tác xã tham gia chuỗi giá trị nông sản giai đoạn 2025 - 2026
Thực hiện Chương trình số 12-CTr/TU ngày 15/8/2025 của Tỉnh ủy về phát triển kinh tế tập thể, Liên minh HTX tỉnh ban hành kế hoạch như sau:
## I. MỤC ĐÍCH, YÊU CẦU
Hỗ trợ ít nhất 60 HTX tham gia chuỗi liên kết với doanh nghiệp trong các ngành hàng cà phê, hồ tiêu, dừa và thủy sản.
## II. NỘI DUNG
* Tư vấn xây dựng phương án sản xuất kinh doanh và hợp đồng liên kết;
* Hỗ trợ chứng nhận VietGAP, hữu cơ và truy xuất nguồn gốc;
* Tổ chức 4 hội nghị kết nối HTX với doanh nghiệp tại Pleiku và Quy Nhơn.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Đình Khôi
""",
          author=None, doc_number="85/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-85-LMHTX-2025.pdf"}],
          **dated(datetime(2025, 10, 8, 15, 0)),
          opts={"authors": ["bbt"], "tags": ["van-ban"], "attach": True},
          notes=["official plan 'Số: 85/KH-LMHTX', place-date line 'Gia Lai, ngày 03 tháng 10 năm 2025' and a cited "
                 "programme of 15/8/2025; the post says 8 tháng 10, 2025 (15:00); avatar 'Ban Biên tập' is no person and "
                 "the signer is no author: author null; the PDF after 'Tệp đính kèm:' (attachment, not text); no "
                 "truncate marker: whole on /blog/page/2 and /blog/tags/van-ban"]),
        A(path="/blog/2025/08/18/ra-mat-lien-minh-htx-tinh-gia-lai-sau-hop-nhat",
          title="Ra mắt Liên minh Hợp tác xã tỉnh Gia Lai sau hợp nhất",
          date=datetime(2025, 8, 18, 10, 20),
          lead="Liên minh HTX tỉnh Gia Lai được tổ chức lại trên cơ sở hợp nhất Liên minh HTX hai tỉnh Gia Lai và Bình Định, "
               "trụ sở đặt tại phường Quy Nhơn.",
          body="""
Theo Quyết định số 1520/QĐ-UBND ngày 28/7/2025 của UBND tỉnh, Liên minh HTX tỉnh có 5 phòng chuyên môn và 2 đơn vị sự nghiệp, trong đó có Trung tâm Tư vấn và Hỗ trợ HTX đặt tại phường Pleiku.
Từ ngày 1/7/2025, toàn bộ hồ sơ, quỹ hỗ trợ phát triển HTX và các chương trình đang triển khai của hai Liên minh cũ được chuyển giao cho Liên minh HTX tỉnh Gia Lai.
<!-- truncate -->
Bản tin Kinh tế hợp tác cũng được hợp nhất từ hai ấn phẩm của hai tỉnh, phát hành định kỳ hằng tháng và cập nhật tin bài hằng ngày trên trang này.
""",
          byline="Hoài Thương", author="Lê Hoài Thương", **dated(datetime(2025, 8, 18, 10, 20)),
          opts={"authors": ["hoai-thuong"], "tags": ["lien-minh"]},
          notes=["cites a decision of 28/7/2025 and the merger's 1/7/2025; closing 'Hoài Thương' is the writer the avatar "
                 "block names in full: author 'Lê Hoài Thương'"]),
        A(path="/blog/2025/07/22/htx-muoi-phu-my-vao-vu-thu-hoach",
          title="HTX muối ven biển Phù Mỹ vào vụ thu hoạch",
          date=datetime(2025, 7, 22, 16, 30),
          body="""
Những ngày cuối tháng 7, diêm dân HTX Sản xuất muối Phù Mỹ tất bật thu hoạch vụ muối chính, sản lượng ước đạt 2.500 tấn.
Năm nay giá muối tăng khoảng 15% so với cùng kỳ, HTX đã ký hợp đồng bao tiêu với hai doanh nghiệp chế biến thực phẩm.
Nguồn: Báo Gia Lai
""",
          author=None, **dated(datetime(2025, 7, 22, 16, 30)),
          opts={"tags": ["htx"]},
          notes=["short news, no avatar block; closing 'Nguồn: Báo Gia Lai' is a source: author null; no truncate "
                 "marker: whole on the listings"]),
        A(path="/blog/2024/09/12/htx-ho-tieu-chu-se-lien-ket-tieu-thu",
          title="HTX hồ tiêu Chư Sê liên kết tiêu thụ sản phẩm hữu cơ",
          date=datetime(2024, 9, 12, 14, 0),
          lead="HTX Nông nghiệp Hồ tiêu Chư Sê (huyện Chư Sê) vừa ký hợp đồng tiêu thụ 120 tấn hồ tiêu hữu cơ với một "
               "doanh nghiệp xuất khẩu.",
          body="""
HTX có 42 thành viên với 96 ha hồ tiêu, trong đó 38 ha đã được chứng nhận hữu cơ theo tiêu chuẩn châu Âu.
<!-- truncate -->
[img ho-tieu-chu-se.png] Thành viên HTX chăm sóc vườn tiêu hữu cơ
Liên minh HTX tỉnh Gia Lai đã hỗ trợ HTX 300 triệu đồng từ Quỹ hỗ trợ phát triển HTX để đầu tư hệ thống tưới tiết kiệm.
""",
          author="Lê Hoài Thương", **dated(datetime(2024, 9, 12, 14, 0)),
          opts={"authors": ["hoai-thuong"], "tags": ["htx"]},
          notes=["migrated 2024 post of the old Gia Lai bulletin ('huyện Chư Sê'); author in the avatar block "
                 "('Cộng tác viên')"]),
        A(path="/blog/2023/11/03/pleiku-tap-huan-luat-hop-tac-xa-2023",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ HTX",
          date=datetime(2023, 11, 3, 8, 0),
          body="""
Ngày 2 và 3/11, Liên minh HTX tỉnh Gia Lai tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho 110 cán bộ quản lý HTX tại thành phố Pleiku.
Học viên được giới thiệu những điểm mới của Luật về thành viên liên kết góp vốn, phân phối thu nhập và chế độ kế toán.
""",
          author=None, **dated(datetime(2023, 11, 3, 8, 0)),
          opts={"tags": ["lien-minh"]},
          notes=["2023 post of the old province ('thành phố Pleiku'), no avatar block, no byline: author null"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def h(seed: str, n: int = 4) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def zulu(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def vi_long(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def vi_short(d: datetime) -> str:
    return f"{d.day} thg {d.month}, {d.year}"


def img(src: str) -> str:
    stem, ext = src.rsplit(".", 1)
    return f"/assets/images/{stem}-{h(src, 8)}.{ext}"


def anchor(text: str) -> str:
    import unicodedata
    t = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def headings(a: Article) -> list[str]:
    return [b.text for b in a.blocks if b.kind == "h"]


def markdown(a: Article, truncate: bool = False) -> str:
    parts = []
    if a.lead:
        parts.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    table: list[list[str]] = []

    def flush_table() -> None:
        if table:
            head, *rows = table
            parts.append('<table><thead><tr>' + "".join(f"\n<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                         + "".join("<tr>" + "".join(f"\n<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                         + "</tbody></table>")
            table.clear()

    for n, b in enumerate(a.blocks):
        if truncate and n == a.opts["cut"]:
            flush_table()
            return "".join(parts)
        if b.kind == "p" and b.text.startswith("| "):
            table.append([c.strip() for c in b.text.strip("| ").split(" | ")])
            continue
        flush_table()
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            aid = anchor(b.text)
            parts.append(f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{aid}">{esc(b.text)}'
                         f'<a href="#{aid}" class="hash-link" aria-label="Đường dẫn trực tiếp đến {attr(b.text)}" '
                         f'title="Đường dẫn trực tiếp đến {attr(b.text)}">\u200b</a></h2>')
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            tag = f'<img decoding="async" loading="lazy" src="{img(b.src)}" alt="{attr(b.text)}" width="1200" height="800" class="img_ev3q">'
            if a.opts.get("figure"):
                parts.append(f"<figure>{tag}<figcaption>{esc(b.text)}</figcaption></figure>")
            else:
                parts.append(f"<p>{tag}</p><p><em>{esc(b.text)}</em></p>")
    flush_table()
    if a.byline:
        parts.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    if a.opts.get("attach"):
        parts.append(f'<p>Tệp đính kèm: <a target="_blank" href="{PDF_PATH}" download="">KH-85-LMHTX-2025.pdf</a></p>')
    return "".join(parts)


def is_truncated(a: Article) -> bool:
    return "cut" in a.opts


def prep(a: Article) -> Article:
    """Docusaurus' truncate marker: the listings show what comes before it (not a line of the text)."""
    if TRUNC in a.body:
        before = a.body[:a.body.index(TRUNC)]
        a.opts["cut"] = len(parse_body(before))
        a.body = a.body.replace(TRUNC, "")
    return a


def reading(a: Article) -> int:
    return max(1, round(len(" ".join(a.text_lines()).split()) / 200))


def authors_block(a: Article) -> str:
    keys = a.opts.get("authors", [])
    if not keys:
        return ""
    cols = []
    for k in keys:
        name, title = AUTHORS[k]
        link = f"/blog/authors/{k}" if k == "thu-hang" else None
        photo = f'<img class="avatar__photo authorImage_XqGP" src="/img/authors/{k}.png" alt="{attr(name)}">'
        name_html = (f'<a href="{link}" itemprop="url"><span class="authorName_yefp" itemprop="name">{esc(name)}</span></a>'
                     if link else f'<span class="authorName_yefp" itemprop="name">{esc(name)}</span>')
        cols.append(f'<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm">'
                    + (f'<a href="{link}" class="avatar__photo-link">{photo}</a>' if link else photo)
                    + f'<div class="avatar__intro authorDetails_lV9A" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                    f'<div class="avatar__name">{name_html}</div>'
                    f'<small class="authorTitle_nd0D" title="{attr(title)}">{esc(title)}</small></div></div></div>')
    return f'<div class="margin-top--md margin-bottom--sm row">{"".join(cols)}</div>'


def post_header(a: Article, as_list: bool) -> str:
    title = (f'<h2 class="title_f1Hy" itemprop="headline"><a itemprop="url" href="{a.path}">{esc(a.title)}</a></h2>'
             if as_list else f'<h1 class="title_f1Hy" itemprop="headline">{esc(a.title)}</h1>')
    return (f"<header>{title}<div class=\"container_mt6G margin-vert--md\"><time datetime=\"{zulu(a.date)}\" "
            f"itemprop=\"datePublished\">{vi_long(a.date)}</time> · <!-- -->{reading(a)} phút đọc</div>"
            f"{authors_block(a)}</header>")


def tags_html(a: Article) -> str:
    lis = "".join(f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/{t}">{TAGS[t]}</a></li>'
                  for t in a.opts["tags"])
    return f'<div class="col"><b>Thẻ:</b><ul class="tags_jXut padding--none margin-left--sm">{lis}</ul></div>'


def post_article(a: Article, as_list: bool) -> str:
    trunc = as_list and is_truncated(a)
    foot = tags_html(a)
    if trunc:
        foot += (f'<div class="col text--right col--3"><a aria-label="Đọc thêm về {attr(a.title)}" href="{a.path}">'
                 f'<b>Đọc thêm</b></a></div>')
    elif not as_list and a.opts.get("updated"):
        u = a.opts["updated"]
        foot += (f'<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Cập nhật lần cuối<!-- --> '
                 f'vào <b><time datetime="{zulu(u)}" itemprop="dateModified">{vi_short(u)}</time></b></span></div>')
    css = "margin-bottom--xl" if as_list else ""
    return (f'<article class="{css}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<meta itemprop="description" content="{attr(a.summary())}">'
            + post_header(a, as_list)
            + f'<div id="__blog-post-container" class="markdown" itemprop="articleBody">{markdown(a, truncate=trunc)}</div>'
            f'<footer class="row docusaurus-mt-lg{"" if as_list else " blogPostFooterDetailsFull_mRVl"}">{foot}</footer>'
            "</article>")


def sidebar(arts: list[Article]) -> str:
    groups: dict[int, list[Article]] = {}
    for a in arts[:6]:
        groups.setdefault(a.date.year, []).append(a)
    out = "".join(f'<div role="group"><h3 class="yearGroupHeading_rMGB">{y}</h3><ul class="sidebarItemList_Yudw clean-list">'
                  + "".join(f'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="{a.path}">{esc(a.title)}</a></li>'
                            for a in items) + "</ul></div>" for y, items in groups.items())
    return (f'<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Điều hướng bài viết gần đây">'
            f'<div class="sidebarItemTitle_pO2u margin-bottom--md">Bài viết gần đây</div>{out}</nav></aside>')


def layout(title: str, main: str, arts: list[Article], *, head: str = "", html_class: str = "", route: dict | None = None,
           sidebar_on: bool = True, toc: str = "") -> str:
    nav = ('<nav aria-label="Thanh điều hướng chính" class="navbar navbar--fixed-top"><div class="navbar__inner">'
           '<div class="navbar__items"><a class="navbar__brand" href="/"><div class="navbar__logo">'
           f'<img src="/img/logo-bantin.png" alt="{attr(NAME)}" class="themedComponent_mlkZ themedComponent--light_NVdE"></div>'
           f'<b class="navbar__title text--truncate">{esc(NAME)}</b></a>'
           '<a class="navbar__item navbar__link" href="/blog">Tin tức</a>'
           '<a class="navbar__item navbar__link" href="/blog/tags">Chủ đề</a>'
           '<a class="navbar__item navbar__link" href="/blog/archive">Lưu trữ</a>'
           '<a class="navbar__item navbar__link" href="/docs/gioi-thieu">Giới thiệu</a></div>'
           f'<div class="navbar__items navbar__items--right"><span class="navbar__item today">{BANNER}</span>'
           '<a href="{{base:offsite}}/lmhtx-vn/" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">'
           'Cổng thông tin Liên minh HTX tỉnh</a>'
           '<button class="clean-btn toggleButton_gllP" type="button" title="Chuyển đổi chế độ sáng và tối" '
           'aria-label="Chuyển đổi chế độ sáng và tối"></button>'
           '<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" '
           'aria-label="Tìm kiếm"><span class="DocSearch-Button-Placeholder">Tìm kiếm</span></button></div></div></div></nav>')
    foot = ('<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">'
            '<div class="col footer__col"><div class="footer__title">Bản tin</div><ul class="footer__items clean-list">'
            '<li class="footer__item"><a class="footer__link-item" href="/blog">Tin tức</a></li>'
            '<li class="footer__item"><a class="footer__link-item" href="/blog/archive">Lưu trữ</a></li>'
            '<li class="footer__item"><a class="footer__link-item" href="/docs/lien-he">Liên hệ</a></li></ul></div>'
            '<div class="col footer__col"><div class="footer__title">Liên kết</div><ul class="footer__items clean-list">'
            '<li class="footer__item"><a href="{{base:offsite}}/lmhtx-vn/" target="_blank" class="footer__link-item">'
            'Liên minh HTX Việt Nam</a></li></ul></div></div>'
            '<div class="footer__bottom text--center">'
            + "".join(f'<p class="footer__info">{esc(x)}</p>' for x in FOOTER[:5])
            + f'<p class="visit-counter">{COUNTER}</p><div class="footer__copyright">{esc(FOOTER[5])}</div>'
            '</div></div></footer>')
    cols = (sidebar(arts) if sidebar_on else "") + f'<main class="col col--7" itemscope itemtype="https://schema.org/Blog">{main}</main>'
    if toc:
        cols += f'<div class="col col--2">{toc}</div>'
    route_js = ("<script>window.__DOCUSAURUS_ROUTE_DATA__ = " + json.dumps(route, ensure_ascii=False) + ";</script>"
                if route else "")
    return f"""<!doctype html>
<html lang="vi" dir="ltr" class="{html_class}" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.7.0">
<title data-rh="true">{esc(title)} | {esc(NAME)}</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" property="og:title" content="{attr(title)} | {attr(NAME)}">{head}
<link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="{attr(NAME)} RSS Feed">
<link rel="stylesheet" href="/assets/css/styles.3f2a1b7c.css">
<script src="/assets/js/runtime~main.8c1d2e3f.js" defer="defer"></script>
<script src="/assets/js/main.5a6b7c8d.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<script>!function(){{var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}}()</script>
<div id="__docusaurus"><div role="region" aria-label="Bỏ qua để đến nội dung"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Bỏ qua để đến nội dung</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">{esc(ANNOUNCE)}</div></div>
{nav}
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row">{cols}</div></div></div>
{foot}
</div>
{route_js}
</body>
</html>
"""


def post_page(a: Article, arts: list[Article]) -> str:
    i = arts.index(a)
    newer, older = (arts[i - 1] if i > 0 else None), (arts[i + 1] if i + 1 < len(arts) else None)
    pager = '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Điều hướng trang blog">'
    if newer:
        pager += (f'<a class="pagination-nav__link pagination-nav__link--prev" href="{newer.path}">'
                  f'<div class="pagination-nav__sublabel">Bài mới hơn</div><div class="pagination-nav__label">{esc(newer.title)}</div></a>')
    if older:
        pager += (f'<a class="pagination-nav__link pagination-nav__link--next" href="{older.path}">'
                  f'<div class="pagination-nav__sublabel">Bài cũ hơn</div><div class="pagination-nav__label">{esc(older.title)}</div></a>')
    pager += "</nav>"
    hs = headings(a)
    toc = ""
    if hs:
        lis = "".join(f'<li><a href="#{anchor(x)}" class="table-of-contents__link toc-highlight">{esc(x)}</a></li>' for x in hs)
        toc = (f'<div class="tableOfContents_bqdL thin-scrollbar"><ul class="table-of-contents table-of-contents__left-border">'
               f'{lis}</ul></div>')
    mobile_toc = ('<div class="theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">'
                  'Trên trang này</button></div>')
    names = [AUTHORS[k][0] for k in a.opts.get("authors", [])]
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "@id": a.path, "mainEntityOfPage": a.path,
          "url": a.path, "headline": a.title, "name": a.title, "description": a.summary(), "datePublished": zulu(a.date),
          "author": [{"@type": "Person", "name": n} for n in names],
          "keywords": [TAGS[t] for t in a.opts["tags"]],
          "isPartOf": {"@type": "Blog", "@id": "/blog", "name": NAME}}
    head = (f'\n<meta data-rh="true" name="description" content="{attr(a.summary())}">'
            f'\n<meta data-rh="true" property="og:type" content="article">'
            f'\n<meta data-rh="true" property="article:published_time" content="{zulu(a.date)}">'
            + "".join(f'\n<meta data-rh="true" property="article:tag" content="{TAGS[t]}">' for t in a.opts["tags"])
            + f'\n<link data-rh="true" rel="canonical" href="{a.path}">'
            f'\n<script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    route = {"permalink": a.path, "title": a.title, "date": zulu(a.date), "formattedDate": vi_long(a.date),
             "readingTime": reading(a), "hasTruncateMarker": is_truncated(a), "authors": names,
             "lastUpdatedAt": int((a.opts.get("updated") or a.date).timestamp() * 1000) if a.opts.get("updated") else None,
             "frontMatter": {"slug": a.path.rsplit("/", 1)[1], "tags": a.opts["tags"]}}
    main = mobile_toc + post_article(a, as_list=False) + pager
    return layout(a.title, main, arts, head=head, html_class="blog-wrapper blog-post-page plugin-blog plugin-id-default",
                  route=route, toc=toc)


def list_main(heading: str | None, items: list[Article], prev: str | None, nxt: str | None) -> str:
    out = f'<header class="margin-bottom--xl"><h1>{esc(heading)}</h1></header>' if heading else ""
    out += "".join(post_article(a, as_list=True) for a in items)
    if prev or nxt:
        out += '<nav class="pagination-nav" aria-label="Điều hướng trang danh sách blog">'
        if prev:
            out += (f'<a class="pagination-nav__link pagination-nav__link--prev" href="{prev}">'
                    '<div class="pagination-nav__label">Các bài mới hơn</div></a>')
        if nxt:
            out += (f'<a class="pagination-nav__link pagination-nav__link--next" href="{nxt}">'
                    '<div class="pagination-nav__label">Các bài cũ hơn</div></a>')
        out += "</nav>"
    return out


def build() -> SiteBuild:
    site = SiteBuild(SITE, "gia-lai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    plain_page = site.page
    site.page = lambda path, content: plain_page(path, content, content_type=HTML)  # /blog is a page and a folder
    arts = sorted((prep(a) for a in articles()), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, post_page(a, arts))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 85/KH-LMHTX", ["KE HOACH HO TRO HTX THAM GIA CHUOI GIA TRI 2025-2026",
                                                          "Lien minh Hop tac xa tinh Gia Lai"]))
    site.trap("post page: title article header h1, date time[datetime] in UTC with a day-only text, author avatar block "
              "(name + subtitle), text div.markdown with hash-link anchors (zero-width space) in its headings; sidebar "
              "'Bài viết gần đây', right-hand table of contents, 'Bài mới hơn / Bài cũ hơn' pager, route-data script",
              arts[0].path)

    def listing(base: str, heading: str | None, items: list[Article], first: str | None = None) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            url = (first or base) if n == 1 else f"{base}/page/{n}"
            prev = None if n == 1 else ((first or base) if n == 2 else f"{base}/page/{n - 1}")
            nxt = f"{base}/page/{n + 1}" if n < len(pages) else None
            site.page(url, layout(heading or "Tin tức", list_main(heading, chunk, prev, nxt), arts,
                                  head=f'\n<link data-rh="true" rel="canonical" href="{url}">',
                                  html_class="blog-wrapper blog-list-page plugin-blog plugin-id-default"))
            site.non_articles.append(url)

    listing("/blog", None, arts)
    for t, name in TAGS.items():
        tagged = [a for a in arts if t in a.opts["tags"]]
        n = len(tagged)
        listing(f"/blog/tags/{t}", f'{"Một" if n == 1 else n} bài viết được gắn thẻ "{name}"', tagged)
    listing("/blog/authors/thu-hang", "Nguyễn Thu Hằng", [a for a in arts if "thu-hang" in a.opts.get("authors", [])])
    site.trap("listing pages /blog, /blog/page/N, /blog/tags/<tag>, /blog/authors/<key> print posts without a truncate "
              "marker WHOLE (h2 title link, time, avatar block, the full div.markdown) and the others cut before "
              "'Đọc thêm': listings, not articles", "/blog/page/2")

    tag_list = "".join(f'<li class="tag_Nnez"><a class="tag_zVej tagWithCount_h2kH" href="/blog/tags/{t}">{n}'
                       f'<span>{sum(t in a.opts["tags"] for a in arts)}</span></a></li>' for t, n in TAGS.items())
    site.page("/blog/tags", layout("Thẻ", f'<h1>Thẻ</h1><section class="margin-vert--lg"><ul class="padding--none">{tag_list}</ul>'
                                          '</section>', arts, sidebar_on=False))
    years: dict[int, list[Article]] = {}
    for a in arts:
        years.setdefault(a.date.year, []).append(a)
    arch = "".join(f'<div class="col col--4 margin-vert--lg"><h3>{y}</h3><ul>'
                   + "".join(f'<li><a href="{a.path}">{a.date.day}/{a.date.month} - {esc(a.title)}</a></li>' for a in items)
                   + "</ul></div>" for y, items in years.items())
    site.page("/blog/archive", layout("Lưu trữ", '<header class="hero hero--primary"><h1 class="hero__title">Lưu trữ</h1>'
                                      f'<p class="hero__subtitle">Lưu trữ</p></header><section class="margin-vert--lg">'
                                      f'<div class="container"><div class="row">{arch}</div></div></section>', arts,
                                      sidebar_on=False))
    site.non_articles += ["/blog/tags", "/blog/archive"]
    site.trap("/blog/archive lists every post by year as 'd/m - title' links: not an article", "/blog/archive")

    def doc_page(path: str, title: str, paras: list[str], heads: list[tuple[str, list[str]]]) -> None:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        for head_text, items in heads:
            aid = anchor(head_text)
            body += (f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{aid}">{esc(head_text)}<a href="#{aid}" '
                     f'class="hash-link">\u200b</a></h2><ul>' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        main = (f'<div class="docItemContainer_Djhp"><article><div class="theme-doc-markdown markdown"><header><h1>{esc(title)}</h1>'
                f'</header>{body}</div></article></div>')
        site.page(path, layout(title, main, arts, sidebar_on=False,
                               html_class="docs-wrapper plugin-docs plugin-id-default docs-doc-page"))
        site.non_articles.append(path)

    doc_page("/docs/gioi-thieu", "Giới thiệu Bản tin", [
        "Bản tin Kinh tế hợp tác tỉnh Gia Lai là ấn phẩm thông tin của Liên minh Hợp tác xã tỉnh Gia Lai, phản ánh hoạt "
        "động của các hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã và công tác của Liên minh trên địa bàn tỉnh.",
        "Bản tin được hợp nhất từ Bản tin Kinh tế hợp tác của hai tỉnh Gia Lai và Bình Định từ tháng 7 năm 2025, phát hành "
        "bản in hằng tháng và cập nhật tin bài trên trang điện tử."],
        [("Chuyên mục", ["Tin hoạt động Liên minh HTX", "Hợp tác xã điển hình", "Sản phẩm OCOP", "Văn bản - chính sách",
                         "Phỏng vấn - đối thoại"])])
    doc_page("/docs/lien-he", "Liên hệ Ban Biên tập", [
        "Tin bài, ảnh cộng tác xin gửi về Ban Biên tập Bản tin Kinh tế hợp tác qua thư điện tử hoặc trực tiếp tại Văn "
        "phòng Liên minh HTX tỉnh.",
        "Ban Biên tập trả nhuận bút theo quy định cho các tin bài được sử dụng."], [])
    feat = "".join(f'<div class="col col--4"><h3>{esc(a.title)}</h3><p>{esc(a.summary())}</p>'
                   f'<a class="button button--secondary" href="{a.path}">Xem bài</a></div>' for a in arts[:3])
    home = (f'<header class="hero hero--primary heroBanner_qdFl"><div class="container"><h1 class="hero__title">{esc(NAME)}</h1>'
            '<p class="hero__subtitle">Thông tin kinh tế tập thể, hợp tác xã và sản phẩm OCOP tỉnh Gia Lai</p>'
            '<a class="button button--secondary button--lg" href="/blog">Đọc tin mới</a></div></header>'
            f'<section class="features_t9lD"><div class="container"><div class="row">{feat}</div></div></section>')
    site.page("/", layout("Trang chủ", home, arts, sidebar_on=False, html_class="plugin-pages plugin-id-default"))
    site.non_articles.append("/")
    site.trap("docs pages /docs/gioi-thieu and /docs/lien-he (theme-doc-markdown: h1, paragraphs, a heading and a list, "
              "no date) and the landing page: not articles", "/docs/gioi-thieu")
    rss = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
                  f"<pubDate>{(a.date - timedelta(hours=7)).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
                  f"<description>{esc(a.summary())}</description></item>" for a in arts)
    site.static("/blog/rss.xml", f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{esc(NAME)}</title>'
                                 f'<link>{{{{base}}}}/blog</link>{rss}</channel></rss>')
    for k in AUTHORS:
        site.binary(f"/img/authors/{k}.png", image_for(k))
    site.binary("/img/logo-bantin.png", image_for("logo-gialai"))
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
