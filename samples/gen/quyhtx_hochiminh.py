"""Site `quyhtx-hochiminh` (registry family `generic`): the Quỹ hỗ trợ phát triển hợp tác xã of Ho Chi Minh
City (the cooperative development fund run by the city's alliance; after the 2025 merger it also
serves the former Bình Dương and Bà Rịa - Vũng Tàu), a static site built with Astro; written as a
held-out test: no family module, no selectors.

Why it is hard: every element carries `data-astro-cid-*` attributes and nothing has a meaningful
class; the header, the share bar and a loan calculator are `<astro-island>` components whose
server-rendered HTML (labels, inputs, buttons) sits in the page. The article shows its date only as
text in Vietnamese long form ("14 tháng 3, 2026"); `<time datetime>` exists only on listing cards,
and Astro wrote it with `toISOString()`, so a post of 14/03/2026 carries
`datetime="2026-03-13T17:00:00.000Z"` (the day before, in UTC). A "Lãi suất cho vay" rates table with
"Áp dụng từ ngày 01/01/2026" is furniture in the aside of every page, while one article has its own
data table (loans per cooperative) that IS text, and another announces new rates "từ ngày
01/01/2026" (posted 20/12/2025, with "Cập nhật: 22 tháng 12, 2025"). The author is sometimes a
"Tác giả:" field in the meta line above the text, sometimes a byline closing the text, sometimes
a newspaper ("Nguồn: …", no author). The content-collection listing pages by `/tin-tuc/2/`; the
sitemap (`/sitemap-index.xml` -> `/sitemap-0.xml`) lists every page, static ones included; loan
products, introduction, contact, tag and the Pagefind search page are not articles.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf

SITE = "quyhtx-hochiminh"
NAME = "Quỹ hỗ trợ phát triển hợp tác xã Thành phố Hồ Chí Minh"
SHORT = "Quỹ hỗ trợ phát triển HTX TP.HCM"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc/"
NOTICE = "/chuyen-muc/thong-bao/"
ABOUT = "/gioi-thieu/"
PRODUCTS = "/san-pham-cho-vay/"
CONTACT = "/lien-he/"
TAG = "/tags/ocop/"
SEARCH = "/tim-kiem/"
PER = 3
PDF_PATH = "/files/TB-05-QHTX-2026.pdf"
CID = {"layout": "sckkx6r4", "header": "3ef6ksr2", "post": "bvzihdzo", "aside": "ouamjn2i", "card": "dohjnao5",
       "footer": "sz7xmlte", "share": "hx4lyk2c", "calc": "q2n7d0bv"}
VERSION = "Astro v4.16.18"

TODAY = f"Hôm nay: {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Đồng hành cùng hợp tác xã - Vốn đúng lúc, phát triển bền vững"]
RATES = ["Lãi suất cho vay", "Cho vay ngắn hạn (đến 12 tháng)", "Cho vay trung hạn (trên 12 đến 36 tháng)",
         "Cho vay dài hạn (trên 36 đến 60 tháng)", "Áp dụng từ ngày 01/01/2026", "Xem chi tiết sản phẩm cho vay"]
CALC = ["Tính thử khoản vay", "Số tiền vay (triệu đồng)", "Thời hạn vay (tháng)", "Lãi suất (%/năm)",
        "Số tiền trả hàng tháng (ước tính)", "Tính toán", "Kết quả chỉ mang tính tham khảo"]
SHARE = ["Chia sẻ bài viết", "Facebook", "Zalo", "Sao chép liên kết"]
FOOTER = ["Quỹ hỗ trợ phát triển hợp tác xã Thành phố Hồ Chí Minh",
          "Trực thuộc Liên minh Hợp tác xã Thành phố Hồ Chí Minh",
          "Địa chỉ: 22 Lê Quý Đôn, phường Xuân Hòa, Thành phố Hồ Chí Minh",
          "Điện thoại: (028) 3930 2756 - Email: quyhtx@lmhtx.hochiminhcity.gov.vn",
          "Văn phòng đại diện: 291 Đại lộ Bình Dương, phường Thủ Dầu Một, Thành phố Hồ Chí Minh",
          "Chịu trách nhiệm nội dung: Ông Lê Minh Đức - Giám đốc Quỹ",
          "© 2026 Quỹ hỗ trợ phát triển HTX TP.HCM. Xây dựng với Astro."]
SIDE = ["Đường dây nóng hỗ trợ vay vốn: 1900 6156", "Lượt truy cập: 186.420", "Đang trực tuyến: 14",
        "Bài đọc nhiều", "Liên kết"]
LABELS = ["Tác giả:", "Chuyên mục:", "Cập nhật:", "Bài viết liên quan",
          "Chuyển đến nội dung", "Tải văn bản", "phút đọc"]
BOILERPLATE = [TODAY, *SLOGANS, *RATES, *CALC, *SHARE, *FOOTER[1:], *SIDE, *LABELS]

MONTHS = "tháng"


def vn_long(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def utc_iso(d: datetime) -> str:
    """Astro's `pubDate.toISOString()` of a Vietnam-midnight date."""
    return (d.replace(hour=0, minute=0) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def shown(d: datetime) -> dict:
    return dict(published=iso(d, False), published_source="date-element", evidence=["date-element", "listing"])


def hero(slug: str) -> str:
    h = hashlib.sha1(slug.encode()).hexdigest()[:8]
    return f"/_astro/{slug[:24].rstrip('-')}.{h}_Z1kq9.webp"


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "quy-giai-ngan-dot-1-nam-2026-cho-12-hop-tac-xa/",
          title="Quỹ giải ngân đợt 1 năm 2026 cho 12 hợp tác xã",
          date=datetime(2026, 3, 14),
          lead="Quỹ hỗ trợ phát triển HTX Thành phố đã giải ngân 21,4 tỷ đồng cho 12 dự án của các HTX nông nghiệp, thương mại dịch vụ và vận tải.",
          body="""
Đây là đợt giải ngân đầu tiên trong năm 2026, thực hiện sau khi Hội đồng quản lý Quỹ thẩm định 17 hồ sơ đề nghị vay vốn, trong đó 12 hồ sơ đủ điều kiện.
## Danh sách một số dự án được giải ngân
| Hợp tác xã | Địa bàn | Vốn vay (triệu đồng) | Thời hạn (tháng) |
| HTX Nông nghiệp Phú Hòa Đông | xã Phú Hòa Đông | 2.500 | 36 |
| HTX Thương mại dịch vụ Tân Uyên | phường Tân Uyên | 3.000 | 24 |
| HTX Vận tải Bến Cát | phường Bến Cát | 4.200 | 48 |
| HTX Thủy sản Cần Giờ | xã Cần Giờ | 1.800 | 36 |
Các dự án tập trung vào đầu tư nhà màng, kho lạnh, phương tiện vận tải sử dụng nhiên liệu sạch và máy móc chế biến.
Theo ông Lê Minh Đức, Giám đốc Quỹ, từ nay đến cuối năm Quỹ tiếp tục nhận hồ sơ để giải ngân đợt 2 vào tháng 6.
""",
          author="Nguyễn Thị Mai", **shown(datetime(2026, 3, 14)),
          opts={"writer": "Nguyễn Thị Mai", "cat": "Tin hoạt động", "read": 3},
          notes=["the text holds its own data table (four cooperatives, one line per row) while the aside's "
                 "'Lãi suất cho vay' rates table on every page is furniture; the date is only '14 tháng 3, 2026' as "
                 "text; the listing card's <time datetime='2026-03-13T17:00:00.000Z'> is the same day (UTC); "
                 "author in the meta line ('Tác giả: Nguyễn Thị Mai'), no byline"]),
        A(path=NEWS + "hoi-nghi-tong-ket-hoat-dong-quy-nam-2025/",
          title="Hội nghị tổng kết hoạt động Quỹ hỗ trợ phát triển HTX năm 2025",
          date=datetime(2026, 1, 22),
          body="""
Chiều 21/1, Quỹ hỗ trợ phát triển HTX Thành phố tổ chức hội nghị tổng kết hoạt động năm 2025, năm đầu tiên Quỹ hoạt động trên địa bàn Thành phố sau hợp nhất.
Trong năm, Quỹ đã cho vay 64 dự án với tổng số tiền 98,7 tỷ đồng; dư nợ đến cuối năm đạt 186 tỷ đồng, tỷ lệ nợ quá hạn dưới 0,5%.
[img tong-ket-2025.png] Lãnh đạo Liên minh HTX Thành phố trao giấy khen cho các HTX trả nợ đúng hạn
Quỹ đã tiếp nhận, đối chiếu toàn bộ hồ sơ dư nợ của Quỹ hỗ trợ phát triển HTX tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu trước đây, bảo đảm không gián đoạn việc thu nợ, cho vay.
## Nhiệm vụ năm 2026
* Nâng tổng nguồn vốn hoạt động lên 320 tỷ đồng;
* Rút ngắn thời gian thẩm định hồ sơ xuống còn 15 ngày làm việc;
* Ưu tiên cho vay dự án kinh tế tuần hoàn, nông nghiệp đô thị và chuyển đổi số.
""",
          byline="Minh Khôi", author="Minh Khôi", **shown(datetime(2026, 1, 22)),
          opts={"writer": None, "cat": "Tin hoạt động", "read": 4}),
        A(path=NEWS + "thong-bao-tiep-nhan-ho-so-vay-von-nam-2026/",
          title="Thông báo về việc tiếp nhận hồ sơ đề nghị vay vốn năm 2026",
          date=datetime(2026, 1, 8),
          body="""
LIÊN MINH HTX THÀNH PHỐ HỒ CHÍ MINH
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 05/TB-QHTX
Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2026
THÔNG BÁO
Về việc tiếp nhận hồ sơ đề nghị vay vốn năm 2026
Quỹ hỗ trợ phát triển hợp tác xã Thành phố Hồ Chí Minh thông báo tiếp nhận hồ sơ đề nghị vay vốn năm 2026 như sau:
1. Đối tượng: hợp tác xã, liên hiệp hợp tác xã được thành lập và hoạt động theo Luật Hợp tác xã năm 2023, có trụ sở trên địa bàn Thành phố.
2. Thời gian tiếp nhận: từ ngày 12/01/2026 đến hết ngày 30/11/2026, trong giờ hành chính.
3. Địa điểm: trụ sở Quỹ và Văn phòng đại diện tại phường Thủ Dầu Một.
Nơi nhận: Các HTX, liên hiệp HTX; Lưu VT.
GIÁM ĐỐC Lê Minh Đức
""",
          author=None, doc_number="05/TB-QHTX", **shown(datetime(2026, 1, 8)),
          attachments=[{"path": PDF_PATH, "text": "TB-05-QHTX-2026.pdf"}],
          opts={"writer": None, "cat": "Thông báo", "read": 2},
          notes=["official notice 'Số: 05/TB-QHTX' dated 'ngày 05 tháng 01 năm 2026' in its place-date line; the "
                 "page shows '8 tháng 1, 2026' in its meta line; signer last (text, no author); the PDF behind a "
                 "'Tải văn bản' button after the text"]),
        A(path=NEWS + "quy-dieu-chinh-lai-suat-cho-vay-tu-ngay-1-1-2026/",
          title="Quỹ điều chỉnh giảm lãi suất cho vay từ ngày 1/1/2026",
          date=datetime(2025, 12, 20),
          lead="Hội đồng quản lý Quỹ hỗ trợ phát triển HTX Thành phố vừa quyết định giảm lãi suất cho vay đối với các khoản vay giải ngân từ ngày 01/01/2026.",
          body="""
Theo Quyết định số 112/QĐ-HĐQL ngày 18/12/2025, lãi suất cho vay ngắn hạn giảm từ 6,0%/năm xuống 5,4%/năm; cho vay trung hạn và dài hạn giảm từ 6,6%/năm xuống 6,0%/năm.
Các khoản vay đang dư nợ tiếp tục áp dụng lãi suất ghi trong hợp đồng tín dụng đã ký.
HTX có dự án thuộc lĩnh vực nông nghiệp ứng dụng công nghệ cao, kinh tế tuần hoàn được giảm thêm 0,5 điểm phần trăm.
Đây là lần thứ hai trong hai năm Quỹ giảm lãi suất, nhằm chia sẻ khó khăn với khu vực kinh tế tập thể.
""",
          author="Trần Quốc Bảo", **shown(datetime(2025, 12, 20)),
          opts={"writer": "Trần Quốc Bảo", "cat": "Tin hoạt động", "read": 2, "updated": datetime(2025, 12, 22)},
          notes=["posted '20 tháng 12, 2025' with 'Cập nhật: 22 tháng 12, 2025' beside it; the title, the lead and the "
                 "aside's furniture ('Áp dụng từ ngày 01/01/2026') name 1/1/2026, the decision 18/12/2025: "
                 "published is 20/12/2025"]),
        A(path=NEWS + "anh-mua-thu-hoach-o-cac-htx-vay-von-quy/",
          title="Ảnh: Mùa thu hoạch ở các HTX vay vốn Quỹ",
          date=datetime(2025, 12, 2),
          body="""
[img thu-hoach-1.png] Thành viên HTX Nông nghiệp Phú Hòa Đông thu hoạch rau trong nhà màng đầu tư bằng vốn vay của Quỹ
[img thu-hoach-2.png] Dây chuyền sơ chế bưởi của HTX Nông nghiệp Tân Mỹ
[img thu-hoach-3.png] Tàu cá của HTX Khai thác hải sản Phước Tỉnh cập cảng
[img thu-hoach-4.png] Kho lạnh bảo quản nông sản của HTX Dịch vụ nông nghiệp Bàu Bàng
Ảnh: Thanh Tùng
""",
          author="Thanh Tùng", **shown(datetime(2025, 12, 2)),
          opts={"writer": None, "cat": "Phóng sự ảnh", "read": 1},
          notes=["photo story: four figures with <figcaption>, no paragraph but the closing 'Ảnh: Thanh Tùng' "
                 "(author: Thanh Tùng)"]),
        A(path=NEWS + "htx-nong-nghiep-phuoc-hoa-vay-2-ty-dong-mo-rong-chuong-trai/",
          title="HTX Nông nghiệp Phước Hòa vay 2 tỷ đồng mở rộng chuồng trại",
          date=datetime(2025, 10, 15),
          body="""
HTX Nông nghiệp Phước Hòa (xã Phú Giáo) vừa được Quỹ hỗ trợ phát triển HTX Thành phố cho vay 2 tỷ đồng, thời hạn 48 tháng, để mở rộng chuồng trại chăn nuôi heo theo hướng an toàn sinh học.
HTX có 35 thành viên, mỗi năm cung cấp khoảng 4.000 con heo thịt cho doanh nghiệp chế biến theo hợp đồng bao tiêu.
Với khoản vay mới, HTX đầu tư hệ thống làm mát, xử lý chất thải bằng đệm lót sinh học, nâng quy mô thêm 1.500 con mỗi lứa.
Nguồn: Báo Sài Gòn Giải Phóng
""",
          author=None, **shown(datetime(2025, 10, 15)),
          opts={"writer": None, "cat": "Tin hoạt động", "read": 2},
          notes=["closing line 'Nguồn: Báo Sài Gòn Giải Phóng' is a source: author null"]),
        A(path=NEWS + "htx-khai-thac-hai-san-phuoc-tinh-dong-moi-tau-ca/",
          title="HTX Khai thác hải sản Phước Tỉnh đóng mới tàu cá bằng vốn vay",
          date=datetime(2025, 9, 10),
          body="""
Từ nguồn vốn vay 3,5 tỷ đồng của Quỹ, HTX Khai thác hải sản Phước Tỉnh (xã Long Hải) đã đóng mới hai tàu cá vỏ thép công suất 800 CV.
Hai tàu được trang bị thiết bị giám sát hành trình, hầm bảo quản bằng công nghệ lạnh, giúp ngư dân bám biển dài ngày hơn.
[img tau-ca-phuoc-tinh.png] Tàu cá mới đóng của HTX Khai thác hải sản Phước Tỉnh
Mỗi chuyến biển của tàu mới mang về 18 đến 22 tấn hải sản, thu nhập của thuyền viên tăng khoảng 30% so với trước.
HTX cam kết tuân thủ các quy định chống khai thác hải sản bất hợp pháp, không khai báo, không theo quy định.
""",
          byline="Bài, ảnh: Hải Yến", author="Hải Yến", **shown(datetime(2025, 9, 10)),
          opts={"writer": None, "cat": "Tin hoạt động", "read": 3}),
        A(path=NEWS + "tap-huan-lap-phuong-an-vay-von-cho-htx/",
          title="Tập huấn lập phương án sản xuất kinh doanh để vay vốn",
          date=datetime(2025, 8, 5),
          body="""
Ngày 4/8, Quỹ hỗ trợ phát triển HTX Thành phố phối hợp với Trường Cán bộ quản lý HTX tổ chức lớp tập huấn lập phương án sản xuất kinh doanh cho 70 cán bộ quản lý HTX.
Học viên được hướng dẫn cách tính toán dòng tiền, xác định nhu cầu vốn, chuẩn bị tài sản bảo đảm và hồ sơ pháp lý theo quy định của Quỹ.
Nhiều HTX cho biết trước đây hồ sơ thường bị trả lại vì phương án sơ sài, thiếu số liệu về thị trường và đầu ra sản phẩm.
Kết thúc lớp học, 16 HTX đã đăng ký được Quỹ tư vấn trực tiếp để hoàn thiện hồ sơ vay vốn.
""",
          author="Trần Quốc Bảo", **shown(datetime(2025, 8, 5)),
          opts={"writer": "Trần Quốc Bảo", "cat": "Tin hoạt động", "read": 2}),
    ]


def cid(part: str) -> str:
    return f"data-astro-cid-{CID[part]}"


def render(a: Article, slug: str) -> str:
    out = []
    c = cid("post")
    rows = []

    def flush() -> None:
        if rows:
            head, *rest = rows
            out.append(f"<table {c}><thead><tr>" + " ".join(f"<th>{esc(x)}</th>" for x in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + " ".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rest)
                       + "</tbody></table>")
            rows.clear()

    if a.lead:
        out.append(f'<p class="lead" {c}><strong>{inline_html(a.lead)}</strong></p>')
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([x.strip() for x in b.text.strip("| ").split(" | ")])
            continue
        flush()
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="h-{len(out)}">{inline_html(b.text)}</h2>')
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<figure><img src="{hero(slug + b.src)}" alt="{attr(b.text)}" width="1200" height="800" '
                       f'loading="lazy" decoding="async"><figcaption>{inline_html(b.text)}</figcaption></figure>')
    flush()
    if a.byline:
        out.append(f'<p class="byline"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


ISLAND_SCRIPT = ("<script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).visible=e;"
                 "window.dispatchEvent(new Event(\"astro:visible\"));})();</script>")


def island(uid: str, comp: str, props: str, inner: str, client: str = "visible") -> str:
    return (f'<astro-island uid="{uid}" prefix="r{len(comp)}" component-url="/_astro/{comp}.Dx9kA2.js" '
            f'component-export="default" renderer-url="/_astro/client.BQm1D6xk.js" props="{attr(props)}" ssr="" '
            f'client="{client}" opts="{attr("{" + chr(34) + "name" + chr(34) + ":" + chr(34) + comp + chr(34) + "}")}" '
            f'await-children="">{inner}</astro-island>')


def share_bar(path: str) -> str:
    c = cid("share")
    return island("Z1vGx2", "ShareBar", '{"url":[0,"' + path + '"]}',
                  f'<div class="share" {c}><span {c}>{SHARE[0]}</span> <button type="button" {c}>{SHARE[1]}</button> '
                  f'<button type="button" {c}>{SHARE[2]}</button> <button type="button" {c}>{SHARE[3]}</button></div>')


def calculator() -> str:
    c = cid("calc")
    return island("Z2kLm9", "LoanCalculator", '{"rate":[0,5.4]}',
                  f'<form class="calc" {c}><h3 {c}>{CALC[0]}</h3>'
                  f'<label {c}>{CALC[1]} <input type="number" value="500" {c}></label>'
                  f'<label {c}>{CALC[2]} <input type="number" value="24" {c}></label>'
                  f'<label {c}>{CALC[3]} <input type="number" value="5.4" {c}></label>'
                  f'<button type="button" {c}>{CALC[5]}</button><p {c}>{CALC[4]}: <output {c}>22.0 triệu đồng</output></p>'
                  f'<small {c}>{CALC[6]}</small></form>', client="idle")


def aside(hot: list[Article]) -> str:
    c = cid("aside")
    rates = [(RATES[1], "5,4%/năm"), (RATES[2], "6,0%/năm"), (RATES[3], "6,0%/năm")]
    rows = "".join(f"<tr {c}><td {c}>{esc(k)}</td><td {c}>{v}</td></tr>" for k, v in rates)
    lis = "".join(f'<li {c}><a href="{a.path}" {c}>{esc(a.title)}</a></li>' for a in hot)
    return (f'<aside {c}><section class="rates" {c}><h2 {c}>{RATES[0]}</h2><table {c}><tbody {c}>{rows}</tbody></table>'
            f'<p {c}>{RATES[4]}</p><a href="{PRODUCTS}" {c}>{RATES[5]}</a></section>'
            f'<section {c}><p {c}>{SIDE[0]}</p></section>'
            f'<section {c}><h2 {c}>{SIDE[3]}</h2><ul {c}>{lis}</ul></section>'
            f'<section {c}><h2 {c}>{SIDE[4]}</h2><ul {c}><li {c}><a href="{{{{base:offsite}}}}/lmhtx-vn/" {c}>Liên minh HTX Việt Nam</a></li>'
            f'<li {c}><a href="{{{{base:offsite}}}}/chinh-phu/" {c}>Cổng TTĐT Chính phủ</a></li></ul></section>'
            f'<section {c}><p {c}>{SIDE[1]}</p><p {c}>{SIDE[2]}</p></section></aside>')


def layout(title: str, path: str, main: str, hot: list[Article], *, desc: str = "", og: str = "website") -> str:
    h, f, lay = cid("header"), cid("footer"), cid("layout")
    nav = [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (NOTICE, "Thông báo"),
           (PRODUCTS, "Sản phẩm cho vay"), (CONTACT, "Liên hệ"), (SEARCH, "Tìm kiếm")]
    menu = "".join(f'<li {h}><a href="{u}" {h}{" aria-current=" + chr(34) + "page" + chr(34) if u == path else ""}>{t}</a></li>'
                   for u, t in nav)
    return f"""<!DOCTYPE html><html lang="vi" {lay}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="{VERSION}"><title>{esc(title)} | {SHORT}</title><link rel="canonical" href="{{{{base}}}}{path}"><meta name="description" content="{attr(desc or NAME)}"><meta property="og:type" content="{og}"><meta property="og:title" content="{attr(title)}"><meta name="astro-view-transitions-enabled" content="true"><meta name="astro-view-transitions-fallback" content="animate"><link rel="sitemap" href="/sitemap-index.xml"><link rel="stylesheet" href="/_astro/_slug_.CQk3vJ1x.css"><script type="module" src="/_astro/hoisted.Bc2aVQ7w.js"></script><style>astro-island,astro-slot,astro-static-slot{{display:contents}}</style>{ISLAND_SCRIPT}</head><body {lay}><a href="#main" class="skip" {lay}>Chuyển đến nội dung</a><header {h}><div class="topbar" {h}><span {h}>{TODAY}</span><span {h}>{SLOGANS[0]}</span></div><div class="brand" {h}><a href="/" {h}><img src="/logo-quy.png" alt="{SHORT}" width="64" height="64" {h}><span {h}>{NAME}</span></a></div><nav {h} data-astro-transition-persist="astro-nav-1"><ul {h}>{menu}</ul></nav></header><div class="wrap" {lay}><main id="main" {lay}>{main}</main>{aside(hot)}</div><footer {f}>{"".join(f"<p {f}>{esc(x)}</p>" for x in FOOTER)}</footer></body></html>
"""


def card(a: Article, tag: str = "h2") -> str:
    c = cid("card")
    return (f'<article class="card" {c}><a href="{a.path}" {c}><img src="{hero(slug_of(a) + "-thumb")}" alt="" width="400" '
            f'height="260" loading="lazy" decoding="async" {c} data-astro-transition-scope="astro-img-{slug_of(a)[:8]}">'
            f'<{tag} {c}>{esc(a.title)}</{tag}></a><time datetime="{utc_iso(a.date)}" {c}>{a.date:%d/%m/%Y}</time>'
            f'<p {c}>{esc(a.summary())}</p></article>')


def slug_of(a: Article) -> str:
    return a.path.strip("/").split("/")[-1]


def detail(a: Article, related: list[Article]) -> str:
    c = cid("post")
    slug = slug_of(a)
    o = a.opts
    meta = [f"<span {c}>{vn_long(a.date)}</span>"]
    if o.get("updated"):
        meta.append(f"<span {c}>Cập nhật: {vn_long(o['updated'])}</span>")
    meta.append(f"<span {c}>Chuyên mục: {esc(o['cat'])}</span>")
    if o.get("writer"):
        meta.append(f"<span {c}>Tác giả: {esc(o['writer'])}</span>")
    meta.append(f"<span {c}>{o['read']} phút đọc</span>")
    files = "".join(f'<p class="files" {c}><a href="{x["path"]}" download {c}>Tải văn bản ({esc(x["text"])})</a></p>'
                    for x in a.attachments)
    rel = "".join(card(r, "h3") for r in related)
    img0 = (f'<img src="{hero(slug)}" alt="" width="1200" height="630" {c} '
            f'data-astro-transition-scope="astro-img-{slug[:8]}">') if a.first_image() and not a.title.startswith("Ảnh:") else ""
    return (f'<article class="post" {c}><nav class="crumbs" {c}><a href="/" {c}>Trang chủ</a> / <a href="{NEWS}" {c}>Tin tức</a></nav>'
            f'<h1 {c} data-astro-transition-scope="astro-title-{slug[:8]}">{esc(a.title)}</h1>'
            f'<div class="meta" {c}>{" · ".join(meta)}</div>{share_bar(a.path)}{img0}'
            f'<div class="prose" {c}>{render(a, slug)}</div>{files}{calculator()}'
            f'<section class="related" {c}><h2 {c}>Bài viết liên quan</h2>{rel}</section></article>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ho-chi-minh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    hot = arts[:4]
    for i, a in enumerate(arts):
        related = [r for r in arts if r is not a][i % 4:i % 4 + 2]
        site.page(a.path, layout(a.title, a.path, detail(a, related), hot, desc=a.summary(), og="article"),
                  content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Thông báo số 05/TB-QHTX", ["THONG BAO TIEP NHAN HO SO VAY VON NAM 2026",
                                                         "Quy ho tro phat trien HTX TP.HCM", "So: 05/TB-QHTX"]))

    # content-collection pagination: /tin-tuc/, /tin-tuc/2/, /tin-tuc/3/
    chunks = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(chunks, 1):
        here = NEWS if n == 1 else f"{NEWS}{n}/"
        prev = "" if n == 1 else f'<a href="{NEWS if n == 2 else f"{NEWS}{n - 1}/"}" rel="prev">← Trang trước</a>'
        nxt = f'<a href="{NEWS}{n + 1}/" rel="next">Trang sau →</a>' if n < len(chunks) else ""
        main = (f'<h1 {cid("layout")}>Tin tức</h1><div class="grid">{"".join(card(a) for a in chunk)}</div>'
                f'<nav class="pager" aria-label="Phân trang">{prev} <span>Trang {n} / {len(chunks)}</span> {nxt}</nav>')
        site.page(here, layout("Tin tức" if n == 1 else f"Tin tức - Trang {n}", here, main, hot), content_type=HTML)
        site.non_articles.append(here)
    notices = [a for a in arts if a.opts["cat"] == "Thông báo"]
    site.page(NOTICE, layout("Thông báo", NOTICE, f'<h1>Thông báo</h1><div class="grid">{"".join(card(a) for a in notices)}</div>',
                             hot), content_type=HTML)
    tagged = [a for a in arts if "HTX" in a.title][:4]
    site.page(TAG, layout("Thẻ: OCOP", TAG, f'<h1>Thẻ: ocop</h1><div class="grid">{"".join(card(a) for a in tagged)}</div>',
                          hot), content_type=HTML)
    home = (f'<section class="hero"><h1>{NAME}</h1><p>Cho vay ưu đãi, hỗ trợ hợp tác xã đầu tư sản xuất, kinh doanh.</p>'
            f'<a href="{PRODUCTS}">Xem sản phẩm cho vay</a></section>'
            f'<h2>Tin mới</h2><div class="grid">{"".join(card(a, "h3") for a in arts[:6])}</div>'
            f'<p><a href="{NEWS}">Xem tất cả tin tức →</a></p>')
    site.page("/", layout("Trang chủ", "/", home, hot), content_type=HTML)
    about = ("<h1>Giới thiệu</h1><p>Quỹ hỗ trợ phát triển hợp tác xã Thành phố Hồ Chí Minh là tổ chức tài chính nhà "
             "nước trực thuộc Liên minh Hợp tác xã Thành phố, hoạt động không vì mục đích lợi nhuận, bảo toàn và phát "
             "triển vốn, cho vay ưu đãi đối với hợp tác xã, liên hiệp hợp tác xã.</p><p>Từ ngày 01/7/2025, Quỹ tiếp nhận "
             "nguồn vốn và dư nợ của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu, mở "
             "Văn phòng đại diện tại phường Thủ Dầu Một.</p><p>Quỹ cho vay các dự án đầu tư mở rộng sản xuất, đổi mới "
             "công nghệ, xây dựng kết cấu hạ tầng phục vụ sản xuất và tiêu thụ sản phẩm của hợp tác xã.</p>")
    products = ("<h1>Sản phẩm cho vay</h1><table><thead><tr><th>Sản phẩm</th><th>Mức vay tối đa</th><th>Thời hạn</th>"
                "</tr></thead><tbody><tr><td>Vay đầu tư mở rộng sản xuất</td><td>5 tỷ đồng</td><td>60 tháng</td></tr>"
                "<tr><td>Vay bổ sung vốn lưu động</td><td>2 tỷ đồng</td><td>12 tháng</td></tr>"
                "<tr><td>Vay đổi mới công nghệ, chuyển đổi số</td><td>3 tỷ đồng</td><td>48 tháng</td></tr></tbody></table>"
                "<p>Hồ sơ vay vốn gồm giấy đề nghị vay vốn, phương án sản xuất kinh doanh, báo cáo tài chính hai năm gần "
                "nhất và hồ sơ tài sản bảo đảm.</p>")
    contact = (f"<h1>Liên hệ</h1><p>{FOOTER[2]}</p><form action=\"javascript:void(0)\"><input name=\"name\">"
               "<textarea name=\"message\"></textarea><button type=\"button\">Gửi liên hệ</button></form>")
    search = ('<h1>Tìm kiếm</h1><link href="/pagefind/pagefind-ui.css" rel="stylesheet"><div id="search"></div>'
              '<script src="/pagefind/pagefind-ui.js"></script>'
              '<script>window.addEventListener("DOMContentLoaded",()=>{new PagefindUI({element:"#search"})});</script>')
    for path, title, main in [(ABOUT, "Giới thiệu", about), (PRODUCTS, "Sản phẩm cho vay", products),
                              (CONTACT, "Liên hệ", contact), (SEARCH, "Tìm kiếm", search)]:
        site.page(path, layout(title, path, main, hot), content_type=HTML)
    site.binary("/pagefind/pagefind-ui.css", b".pagefind-ui{}\n")
    site.non_articles += [NOTICE, TAG, "/", ABOUT, PRODUCTS, CONTACT, SEARCH]
    site.trap("listing /tin-tuc/ pages by /tin-tuc/2/ and /tin-tuc/3/ (Astro paginate(): 'Trang sau →', 'Trang 1 / 3'); "
              "cards carry <time datetime> in UTC (toISOString: a 14/03/2026 post says 2026-03-13T17:00:00.000Z)",
              NEWS + "2/")
    site.trap("static pages in the same layout (introduction, loan products with a table, contact, Pagefind search "
              "with no results in the HTML), listed in the sitemap beside the posts: not articles", PRODUCTS)
    site.trap("<astro-island> share bar and loan calculator (server-rendered labels, inputs, button) inside the post "
              "around the text; data-astro-cid-* on every element; the aside's rates table on every page",
              arts[1].path)
    urls = ["/", NEWS, NEWS + "2/", NEWS + "3/", NOTICE, TAG, ABOUT, PRODUCTS, CONTACT, SEARCH] + [a.path for a in arts]
    site.static("/sitemap-index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                'schemas/sitemap/0.9"><sitemap><loc>{{base}}/sitemap-0.xml</loc></sitemap></sitemapindex>\n')
    site.static("/sitemap-0.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in urls) + "</urlset>\n")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{base}}/sitemap-index.xml\n")
    site.static("/favicon.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8"/></svg>\n')
    # images: Astro's optimised .webp files (PNG bytes will do)
    for page in list(site.html_pages.values()):
        for ref in re.findall(r'src="(/_astro/[^"]+\.webp)"', page):
            site.binary(ref, image_for(ref))
    return site
