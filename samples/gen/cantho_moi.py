"""Site `lmhtx-cantho-moi` (registry family `generic`): the portal of the merged Cần Thơ city alliance
(Sóc Trăng and Hậu Giang joined it on 1 July 2025) on Craft CMS with hand-written Twig templates, written as a
held-out test: no family module, no selectors.

Why it is hard: the body is a Craft Matrix field rendered block by block (`div.block--text` rich text,
`div.block--image` with `figure`/`figcaption`, `div.block--quote` whose `<blockquote>` holds what someone
said and a `<footer>` naming them: both text, `div.block--table` a data table, `div.block--embed` a video
iframe); the lead is `div.entry__summary` above it. The date is "17.03.2026" (dots) in `time.entry-date`
whose datetime attribute carries the time (`2026-03-17T08:30:00+07:00`); the documents section prints a
date-only datetime (midnight). The author is a plain field "Tác giả: X" in the header meta on some entries,
the office "Ban Biên tập" (no person) on another, absent on others where the text ends with the byline or
with "Theo Báo Cần Thơ" (a source). Events use another entry type whose template shows no date: the date is
only in the text ("Ngày 12/3, …", no year) and in the listing. Listings paginate with Craft's page trigger
(`/tin-tuc/p2`); one listing card is an external-link entry to a newspaper (offsite); the home's featured box
links one entry by Craft's script-name URL `/index.php?p=tin-tuc/<slug>` (same page, no canonical: an
alias). Every page carries CSRF hidden inputs (`CRAFT_CSRF_TOKEN`) in the search and newsletter forms, and
a "Tin cùng chuyên mục" box of titles and dates follows each entry.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from .core import TODAY_2026, Article, Block, SiteBuild, attr, esc, inline_html, iso, parse_body, pdf, weekday

SITE = "lmhtx-cantho-moi"
NAME = "Liên minh Hợp tác xã thành phố Cần Thơ"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/tim-kiem?q=ocop"
CATS = {"htx-nong-nghiep": "HTX nông nghiệp", "hoat-dong-lien-minh": "Hoạt động Liên minh",
        "multimedia": "Ảnh - Video", "van-ban": "Văn bản"}
PDF_PATH = "/uploads/van-ban/QD-21-LMHTX-quy-che-cho-vay.pdf"
CSRF = "f3b9c0a1d2e4_Jk8sX2mQvR7tLwP0nYbHcA5uZe1gKo9D"
EXTERNAL = ("{{base:offsite}}/tin-tuc/bai-viet-1.html",
            "Cần Thơ: Hơn 200 HTX tham gia sàn thương mại điện tử (Báo Kinh tế hợp tác)", datetime(2026, 3, 5))

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Cần Thơ - Sóc Trăng - Hậu Giang: chung sức phát triển kinh tế tập thể",
           "Hợp tác xã kiểu mới - động lực phát triển nông nghiệp bền vững"]
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HTX THÀNH PHỐ CẦN THƠ",
          "Trụ sở: Số 27 Đại lộ Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ",
          "Cơ sở 2: Số 12 Trần Hưng Đạo, phường Phú Lợi, thành phố Cần Thơ",
          "Cơ sở 3: Số 8 Ngô Quốc Trị, phường Vị Thanh, thành phố Cần Thơ",
          "Điện thoại: 0292.3821.667 - Email: lmhtx@cantho.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Trần Thanh Bình - Chủ tịch Liên minh HTX thành phố",
          "Giấy phép số 21/GP-STTTT cấp ngày 18/8/2025",
          "Đăng ký nhận bản tin", "Nhận bản tin mới nhất về kinh tế tập thể qua email"]
SIDE = ["Đọc nhiều", "Thời tiết Cần Thơ", "Nắng, chiều tối có mưa dông vài nơi", "Độ ẩm: 79%", "Lượt truy cập",
        "Đang trực tuyến: 18", "Hôm nay: 534", "Tổng: 1.402.337", "Liên kết"]
POLL_Q = "Theo bạn, HTX cần ưu tiên đầu tư lĩnh vực nào?"
POLL_A = ("Chế biến sâu nông sản", "Bán hàng trực tuyến", "Du lịch nông nghiệp")
LABELS = ["Tin cùng chuyên mục", "Tác giả:", "lượt xem", "Từ khóa:", "Chia sẻ:", "Tài liệu đính kèm", "Tải về"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, POLL_Q, *POLL_A, "Bình chọn", *LABELS]


@dataclass
class CraftArticle(Article):
    """Matrix blocks written in the body markup: '> text' a quote, '>> — Name' its attribution, '| a | b |' a
    table row (consecutive rows, one table; the first row its header), '[embed ID]' a video."""

    @property
    def blocks(self) -> list[Block]:
        out = []
        for b in parse_body(self.body):
            if b.kind == "p" and b.text.startswith(">> "):
                out.append(Block("cite", b.text[3:]))
            elif b.kind == "p" and b.text.startswith("> "):
                out.append(Block("quote", b.text[2:]))
            elif b.kind == "p" and b.text.startswith("| "):
                out.append(Block("row", b.text))
            elif b.kind == "p" and b.text.startswith("[embed "):
                out.append(Block("embed", "", src=b.text[len("[embed "):].rstrip("]")))
            else:
                out.append(b)
        return out


def at(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[CraftArticle]:
    A = CraftArticle
    return [
        A(path=f"{NEWS}/htx-lua-st25-hoa-tu-ky-hop-dong-xuat-khau-vu-dong-xuan",
          title="HTX lúa ST25 Hòa Tú ký hợp đồng xuất khẩu vụ đông xuân",
          date=datetime(2026, 3, 17, 8, 30),
          lead="HTX Nông nghiệp Hòa Tú (Sóc Trăng cũ) ký hợp đồng cung ứng 2.400 tấn lúa ST25 vụ đông xuân 2025 - 2026 cho một doanh nghiệp xuất khẩu gạo.",
          body="""
HTX có 112 thành viên canh tác 620 ha theo mô hình lúa - tôm, toàn bộ diện tích tham gia Đề án phát triển bền vững một triệu héc-ta lúa chất lượng cao, phát thải thấp.
Doanh nghiệp cam kết thu mua lúa tươi với giá cao hơn giá thị trường 300 đồng/kg, cung ứng giống xác nhận và phân bón hữu cơ trả chậm cho thành viên.
[img lua-st25-hoa-tu.png] Thành viên HTX Nông nghiệp Hòa Tú thu hoạch lúa ST25 trên ruộng lúa - tôm
> “Có hợp đồng từ đầu vụ, bà con yên tâm sản xuất theo đúng quy trình, không còn cảnh được mùa mất giá như trước.”
>> — Ông Lâm Văn Sang, Giám đốc HTX Nông nghiệp Hòa Tú
Năm nay HTX đầu tư thêm hai máy sấy công suất 60 tấn/mẻ, giúp thành viên chủ động thu hoạch khi trời mưa trái mùa.
""",
          author="Ngọc Hân", **at(datetime(2026, 3, 17, 8, 30)),
          opts={"author_field": "Ngọc Hân", "cat": "htx-nong-nghiep", "views": 1204},
          notes=["date '17.03.2026' (dots) in time.entry-date, datetime='2026-03-17T08:30:00+07:00': 08:30; author "
                 "field 'Tác giả: Ngọc Hân' in the header meta (not text); a block--quote (the quoted words and its "
                 "'— Ông …' footer: two lines of the text) between the image and the last text block"]),
        A(path=f"{NEWS}/ra-mat-htx-dau-ha-chau-phong-dien",
          title="Ra mắt HTX dâu Hạ Châu ở Phong Điền",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Phong Điền, Liên minh HTX thành phố phối hợp với UBND xã tổ chức lễ ra mắt HTX Nông nghiệp - Du lịch Dâu Hạ Châu.
HTX có 24 thành viên với 38 ha dâu Hạ Châu, loại trái cây đặc sản đã được cấp chỉ dẫn địa lý, kết hợp đón khách tham quan miệt vườn vào mùa dâu chín.
[img dau-ha-chau.png] Các thành viên HTX nhận quyết định thành lập
Liên minh HTX thành phố sẽ hỗ trợ HTX xây dựng phương án sản xuất kinh doanh, thiết kế bao bì và đăng ký tham gia Chương trình OCOP trong năm nay.
Bài, ảnh: Thanh Tùng
""",
          author="Thanh Tùng", published=iso(datetime(2026, 3, 12), with_time=False),
          published_source="listing", evidence=["listing"],
          opts={"cat": "hoat-dong-lien-minh", "event": True, "views": 318},
          notes=["'Sự kiện' entry type whose template shows no date: the date is only in the text ('Ngày 12/3', no "
                 "year) and in the listing card '12.03.2026': midnight; no author field; 'Bài, ảnh: Thanh Tùng' last "
                 "in the rich text: part of the text, the author"]),
        A(path=f"{NEWS}/anh-ngay-hoi-khom-cau-duc-hau-giang",
          title="Ảnh: Ngày hội khóm Cầu Đúc của các HTX khu vực Hậu Giang",
          date=datetime(2026, 2, 24, 10, 15),
          lead="Ngày hội khóm Cầu Đúc lần thứ nhất tại phường Vị Thanh giới thiệu hơn 40 sản phẩm chế biến từ khóm của các HTX khu vực Hậu Giang cũ.",
          body="""
[img khom-1.png] Gian hàng khóm tươi của HTX Khóm Hỏa Tiến
[img khom-2.png] Mứt khóm, khóm sấy dẻo và nước cốt khóm của các HTX
[img khom-3.png] Du khách thi gọt khóm tại ngày hội
[img khom-4.png] Lãnh đạo Liên minh HTX thành phố thăm gian hàng HTX Tân Tiến
""",
          author="Duy Khánh", **at(datetime(2026, 2, 24, 10, 15)),
          opts={"author_field": "Duy Khánh", "cat": "multimedia", "views": 876},
          notes=["photo story: four block--image blocks (figure/figcaption: one line each) under the lead, no text "
                 "block; the author field 'Tác giả: Duy Khánh' in the header meta: the author"]),
        A(path=f"{NEWS}/can-tho-co-them-12-san-pham-ocop-cua-htx",
          title="Cần Thơ có thêm 12 sản phẩm OCOP của HTX",
          date=datetime(2026, 1, 20, 14, 0),
          lead="Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố vừa công nhận 12 sản phẩm của HTX đạt từ 3 sao trở lên.",
          body="""
Trong đợt này, các HTX khu vực Sóc Trăng và Hậu Giang cũ có 8 sản phẩm, phần lớn là nông sản chế biến và đặc sản địa phương.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Gạo ST25 lúa - tôm | HTX Nông nghiệp Hòa Tú | 4 sao |
| 2 | Hành tím Vĩnh Châu | HTX Hành tím Vĩnh Châu | 3 sao |
| 3 | Khóm sấy dẻo | HTX Khóm Hỏa Tiến | 3 sao |
| 4 | Dâu Hạ Châu | HTX Dâu Hạ Châu | 3 sao |
| 5 | Chả cá thác lác | HTX Thủy sản Long Mỹ | 4 sao |
Các sản phẩm được công nhận sẽ được Liên minh HTX thành phố hỗ trợ tham gia hội chợ và đưa lên sàn thương mại điện tử.
""",
          author=None, **at(datetime(2026, 1, 20, 14, 0)),
          opts={"author_field": "Ban Biên tập", "cat": "htx-nong-nghiep", "views": 2210},
          notes=["a block--table (thead and five rows): one line per row, cells between ' | '; the author field is "
                 "the office 'Ban Biên tập': author null"]),
        A(path=f"{DOCS}/quyet-dinh-ban-hanh-quy-che-cho-vay-quy-ho-tro-phat-trien-htx",
          title="Quyết định ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển HTX thành phố",
          date=datetime(2026, 1, 8),
          body="""
LIÊN MINH HTX THÀNH PHỐ CẦN THƠ
Số: 21/QĐ-LMHTX
Cần Thơ, ngày 07 tháng 01 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã thành phố Cần Thơ
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ CẦN THƠ
Căn cứ Luật Hợp tác xã năm 2023; Nghị định số 45/2021/NĐ-CP của Chính phủ về thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã;
Xét đề nghị của Giám đốc Quỹ hỗ trợ phát triển hợp tác xã thành phố,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã thành phố Cần Thơ.
Điều 2. Quyết định có hiệu lực kể từ ngày ký; các quy chế cho vay trước đây của Quỹ ba địa phương hết hiệu lực.
Điều 3. Chánh Văn phòng, Giám đốc Quỹ và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; Thường trực Thành ủy; UBND thành phố; Lưu VT.
CHỦ TỊCH Trần Thanh Bình
""",
          author=None, doc_number="21/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "QD-21-LMHTX-quy-che-cho-vay.pdf"}],
          published=iso(datetime(2026, 1, 8), with_time=False), published_source="date-element",
          evidence=["date-element", "listing"],
          opts={"cat": "van-ban", "doc": True, "views": 640},
          notes=["official decision 'Số: 21/QĐ-LMHTX' in the 'Văn bản' section, whose template prints '08.01.2026' "
                 "with a date-only datetime (midnight), the day after the place-date line 'Cần Thơ, ngày 07 tháng 01 "
                 "năm 2026'; signer last, no author field: author null; the PDF in a 'Tài liệu đính kèm' list after "
                 "the body: an attachment, not text"]),
        A(path=f"{NEWS}/video-htx-hanh-tim-vinh-chau-vao-vu-thu-hoach",
          title="Video: HTX hành tím Vĩnh Châu vào vụ thu hoạch",
          date=datetime(2025, 12, 10, 16, 20),
          lead="Những ngày này, thành viên HTX Hành tím Vĩnh Châu tất bật thu hoạch vụ hành tím cuối năm.",
          body="""
[embed 8dVq2LkT0sU]
Năm nay năng suất đạt khoảng 18 tấn/ha, HTX bao tiêu cho thành viên với giá 22.000 đồng/kg và sơ chế, đóng túi lưới để đưa vào siêu thị.
""",
          author="Hoàng Phúc", **at(datetime(2025, 12, 10, 16, 20)),
          opts={"author_field": "Hoàng Phúc", "cat": "multimedia", "views": 455},
          notes=["video entry: a block--embed (YouTube iframe) and one text block under the lead: an article; author "
                 "field 'Hoàng Phúc'"]),
        A(path=f"{NEWS}/htx-thuy-san-long-my-nang-gia-tri-ca-thac-lac",
          title="HTX thủy sản Long Mỹ nâng giá trị cá thác lác",
          date=datetime(2025, 11, 18, 7, 45),
          lead="Từ nuôi cá thác lác bán tươi, HTX Thủy sản Long Mỹ chuyển sang chế biến chả cá, nâng giá trị sản phẩm gấp ba lần.",
          body="""
HTX có 36 thành viên nuôi cá thác lác cườm trong ao và mương vườn với tổng diện tích 28 ha, sản lượng khoảng 700 tấn/năm.
Năm 2024, HTX được hỗ trợ đầu tư xưởng chế biến đạt chuẩn an toàn thực phẩm, mỗi ngày sản xuất 1,5 tấn chả cá.
[img ca-thac-lac.png] Công nhân HTX chế biến chả cá thác lác
Sản phẩm chả cá thác lác của HTX đạt OCOP 4 sao và đang được phân phối tại các hệ thống siêu thị ở Cần Thơ, Thành phố Hồ Chí Minh.
Theo Báo Cần Thơ
""",
          author=None, **at(datetime(2025, 11, 18, 7, 45)),
          opts={"cat": "htx-nong-nghiep", "views": 990},
          notes=["no author field; the text ends with 'Theo Báo Cần Thơ' (a newspaper, a source): part of the text, "
                 "author null"]),
        A(path=f"{NEWS}/hoi-nghi-ban-chap-hanh-lien-minh-htx-thanh-pho-lan-thu-nhat",
          title="Hội nghị Ban Chấp hành Liên minh HTX thành phố lần thứ nhất sau hợp nhất",
          date=datetime(2025, 10, 2, 15, 10),
          lead="Ban Chấp hành Liên minh HTX thành phố Cần Thơ tổ chức hội nghị lần thứ nhất, đánh giá công tác quý III và bàn nhiệm vụ những tháng cuối năm 2025.",
          body="""
Sau hợp nhất, thành phố có 1.168 HTX, 9 liên hiệp HTX và hơn 4.100 tổ hợp tác; doanh thu bình quân một HTX ước đạt 3,4 tỷ đồng/năm.
## Nhiệm vụ quý IV năm 2025
* Hoàn thiện tổ chức bộ máy tại ba cơ sở Ninh Kiều, Phú Lợi và Vị Thanh;
* Hợp nhất Quỹ hỗ trợ phát triển HTX của ba địa phương;
* Tổ chức Ngày hội sản phẩm HTX thành phố Cần Thơ lần thứ nhất.
> “Việc hợp nhất không được làm gián đoạn các hoạt động hỗ trợ HTX; cán bộ phải xuống tận cơ sở để nắm khó khăn của HTX.”
>> — Ông Trần Thanh Bình, Chủ tịch Liên minh HTX thành phố
Hội nghị cũng thống nhất kế hoạch tổ chức Đại hội thi đua yêu nước khối HTX giai đoạn 2025 - 2030.
Bài, ảnh: Minh Trí
""",
          author="Minh Trí", **at(datetime(2025, 10, 2, 15, 10)),
          opts={"cat": "hoat-dong-lien-minh", "views": 1533},
          notes=["a heading and a list in the rich text, a block--quote (words and attribution: text), no author "
                 "field; 'Bài, ảnh: Minh Trí' last: part of the text, the author"]),
        A(path=f"{NEWS}/lien-minh-htx-thanh-pho-can-tho-moi-chinh-thuc-hoat-dong",
          title="Liên minh HTX thành phố Cần Thơ (mới) chính thức hoạt động",
          date=datetime(2025, 8, 14, 9, 30),
          lead="Liên minh HTX thành phố Cần Thơ được hợp nhất từ Liên minh HTX thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang đã chính thức đi vào hoạt động.",
          body="""
Liên minh làm việc tại trụ sở chính ở phường Ninh Kiều và hai cơ sở ở phường Phú Lợi, phường Vị Thanh; các HTX có thể nộp hồ sơ tại bất kỳ cơ sở nào.
[img ra-mat-lien-minh.png] Lãnh đạo thành phố trao quyết định cho Ban Thường vụ Liên minh HTX thành phố
Trong giai đoạn đầu, Liên minh ưu tiên rà soát số liệu HTX, thống nhất quy trình hỗ trợ và giữ ổn định các chương trình đang triển khai ở từng địa phương.
""",
          author="Kim Ngân", **at(datetime(2025, 8, 14, 9, 30)),
          opts={"author_field": "Kim Ngân", "cat": "hoat-dong-lien-minh", "views": 2876},
          notes=["oldest entry: only on /tin-tuc/p2 (Craft's page trigger) and its category; author field 'Kim Ngân'"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str, transform: str = "_1200x800_crop_center-center_82_line") -> str:
    return f"/uploads/tin-tuc/{transform}/{src}"


def dots(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def eid(path: str) -> int:
    return 4100 + int(hashlib.md5(path.encode()).hexdigest()[:3], 16) % 900


def csrf() -> str:
    return f'<input type="hidden" name="CRAFT_CSRF_TOKEN" value="{CSRF}">'


def matrix(a: CraftArticle) -> str:
    out: list[str] = []
    text: list[str] = []
    table: list[list[str]] = []
    quote: list[str] = []

    def flush() -> None:
        if text:
            out.append(f'<div class="block block--text"><div class="rich-text">{"".join(text)}</div></div>')
            text.clear()
        if table:
            head, *rows = table
            out.append('<div class="block block--table"><div class="table-wrap"><table class="data-table"><thead><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table></div></div>")
            table.clear()
        if quote:
            out.append(f'<div class="block block--quote"><blockquote class="pull-quote">{"".join(quote)}</blockquote></div>')
            quote.clear()

    for b in a.blocks:
        if b.kind == "row":
            if not table:
                flush()
            table.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        if b.kind in ("quote", "cite"):
            if not quote:
                flush()
            quote.append(f"<p>{esc(b.text)}</p>" if b.kind == "quote" else f"<footer>{esc(b.text)}</footer>")
            continue
        if table or quote:
            flush()
        if b.kind == "p":
            text.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            text.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            text.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            flush()
            out.append(f'<div class="block block--image"><figure class="figure"><img src="{img(b.src)}" '
                       f'srcset="{img(b.src, "_800x533_crop_center-center_82_line")} 800w, {img(b.src)} 1200w" '
                       f'alt="{attr(b.text)}" loading="lazy"><figcaption>{esc(b.text)}</figcaption></figure></div>')
        elif b.kind == "embed":
            flush()
            out.append(f'<div class="block block--embed"><div class="embed embed--youtube"><iframe '
                       f'src="{{{{base:offsite}}}}/youtube/embed/{b.src}" width="800" height="450" frameborder="0" '
                       f'allowfullscreen title="YouTube video"></iframe></div></div>')
    flush()
    return "".join(out)


def card(a, with_date: bool = True) -> str:
    if isinstance(a, tuple):
        href, title, d = a
        return (f'<article class="card card--external"><div class="card__body"><h3 class="card__title"><a href="{href}" '
                f'target="_blank" rel="noopener">{esc(title)}</a></h3><time class="card__date">{dots(d)}</time>'
                f'</div></article>')
    pic = a.first_image()
    return (f'<article class="card">'
            + (f'<a class="card__image" href="{a.path}"><img src="{img(pic, "_400x267_crop_center-center_82_line")}" '
               f'alt="" loading="lazy"></a>' if pic else "")
            + f'<div class="card__body"><h3 class="card__title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            + (f'<time class="card__date" datetime="{a.date:%Y-%m-%d}">{dots(a.date)}</time>' if with_date else "")
            + f'<p class="card__excerpt">{esc(" ".join(a.summary().split()[:28]))}…</p></div></article>')


def entry(a: CraftArticle, same_cat: list[CraftArticle]) -> str:
    o = a.opts
    cat = o["cat"]
    meta = []
    if not o.get("event"):
        if o.get("doc"):
            meta.append(f'<time class="entry-date" datetime="{a.date:%Y-%m-%d}">{dots(a.date)}</time>')
        else:
            meta.append(f'<time class="entry-date" datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">{dots(a.date)}</time>')
    if o.get("author_field"):
        meta.append(f'<span class="entry__author">Tác giả: <strong>{esc(o["author_field"])}</strong></span>')
    meta.append(f'<span class="entry__views">{o["views"]:,} lượt xem</span>'.replace(",", "."))
    summary = f'<div class="entry__summary"><p>{esc(a.lead)}</p></div>' if a.lead else ""
    attach = ""
    if a.attachments:
        attach = ('<div class="entry__attachments"><h3>Tài liệu đính kèm</h3><ul>'
                  + "".join(f'<li><a href="{x["path"]}" download>{esc(x["text"])}</a> <span class="size">(PDF, 182 KB)'
                            f'</span> <a href="{x["path"]}" class="btn btn--sm">Tải về</a></li>' for x in a.attachments)
                  + "</ul></div>")
    related = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a> <time>{dots(r.date)}</time></li>' for r in same_cat)
    etype = "event" if o.get("event") else "document" if o.get("doc") else "news"
    return (f'<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Trang chủ</a> <span>/</span> '
            f'<a href="{DOCS if o.get("doc") else NEWS}">{"Văn bản" if o.get("doc") else "Tin tức"}</a> <span>/</span> '
            f'<a href="/chuyen-muc/{cat}">{CATS[cat]}</a></nav>'
            f'<article class="entry entry--{etype}" data-entry-id="{eid(a.path)}">'
            f'<header class="entry__header"><a class="entry__category" href="/chuyen-muc/{cat}">{CATS[cat]}</a>'
            f'<h1 class="entry__title">{esc(a.title)}</h1><div class="entry__meta">{" ".join(meta)}</div></header>'
            f'{summary}<div class="entry__body">{matrix(a)}</div>{attach}'
            f'<footer class="entry__footer"><div class="entry__tags"><span>Từ khóa:</span> <a href="{SEARCH}">OCOP</a> '
            f'<a href="/tim-kiem?q=htx">HTX</a></div><div class="share"><span>Chia sẻ:</span> '
            f'<a href="javascript:void(0)" class="share--fb">Facebook</a> <a href="javascript:void(0)" class="share--zalo">'
            f'Zalo</a></div></footer></article>'
            f'<section class="related"><h2 class="section-title">Tin cùng chuyên mục</h2><ul class="related__list">'
            f'{related}</ul></section>')


def layout(title: str, main: str, hot: list[CraftArticle], *, head: str = "") -> str:
    nav = "".join(f'<li class="nav__item"><a href="{h}">{t}</a></li>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                   ("/chuyen-muc/multimedia", "Ảnh - Video"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    hot_lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hot)
    poll = "".join(f'<label class="poll__option"><input type="radio" name="fields[pollOption]" value="{i}"> {esc(o)}'
                   f'</label>' for i, o in enumerate(POLL_A, 1))
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:7])
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Liên minh HTX thành phố Cần Thơ</title>
<link rel="stylesheet" href="/dist/css/app.3f9a2c.css">{head}
<script>window.csrfTokenName = "CRAFT_CSRF_TOKEN"; window.csrfTokenValue = "{CSRF}";</script>
</head>
<body class="site">
<div class="topbar"><div class="container"><span class="topbar__date">{TODAY}</span><span class="topbar__hotline">Đường dây nóng: 0292.3821.667</span></div></div>
<header class="site-header"><div class="container">
<a class="site-header__logo" href="/"><img src="/dist/img/logo-lmhtx-cantho.png" alt="{NAME}"></a>
<div class="site-header__slogan"><p>{esc(SLOGANS[0])}</p><p>{esc(SLOGANS[1])}</p></div>
<form class="search-form" action="/tim-kiem" method="get">{csrf()}<input type="search" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form>
</div><nav class="nav" aria-label="Menu chính"><div class="container"><ul class="nav__list">{nav}</ul></div></nav></header>
<main id="main" class="site-main"><div class="container layout">
<div class="layout__main">
{main}
</div>
<aside class="layout__sidebar">
<section class="widget"><h2 class="widget__title">{SIDE[0]}</h2><ol class="widget__list">{hot_lis}</ol></section>
<section class="widget widget--weather"><h2 class="widget__title">{SIDE[1]}</h2><p class="temp">30°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></section>
<section class="widget widget--poll"><h2 class="widget__title">Thăm dò ý kiến</h2><form method="post" action="/">{csrf()}<input type="hidden" name="action" value="poll/vote"><p>{esc(POLL_Q)}</p>{poll}<button type="submit">Bình chọn</button></form></section>
<section class="widget widget--stats"><h2 class="widget__title">{SIDE[4]}</h2><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></section>
<section class="widget"><h2 class="widget__title">{SIDE[8]}</h2><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank" rel="noopener">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></li></ul></section>
</aside>
</div></main>
<footer class="site-footer"><div class="container">
<div class="site-footer__org"><h2>{FOOTER[0]}</h2>{footer}</div>
<div class="site-footer__newsletter"><h3>{FOOTER[7]}</h3><p>{FOOTER[8]}</p><form method="post" accept-charset="UTF-8">{csrf()}<input type="hidden" name="action" value="newsletter/subscribe"><input type="email" name="email" placeholder="Email của bạn"><button type="submit">Đăng ký</button></form></div>
</div></footer>
<script src="/dist/js/app.3f9a2c.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "can-tho", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("doc")]
    docs = [a for a in arts if a.opts.get("doc")]
    hot = sorted(news, key=lambda a: -a.opts["views"])[:5]

    for a in arts:
        same = [o for o in arts if o is not a and o.opts["cat"] == a.opts["cat"]][:4] or \
               [o for o in news if o is not a][:4]
        site.page(a.path, layout(a.title, entry(a, same), hot), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 21/QĐ-LMHTX", ["QUY CHE CHO VAY QUY HO TRO PHAT TRIEN HTX",
                                                           "Lien minh HTX thanh pho Can Tho"]))
    featured = news[3]
    alias = f"/index.php?p={featured.path.lstrip('/')}"
    site.same_page(alias, featured.path)
    featured.aliases.append(alias)
    site.trap("the home's featured box links this entry by Craft's script-name URL /index.php?p=tin-tuc/<slug> (the "
              "same page, no rel=canonical anywhere): an alias", alias)
    site.trap("Craft templates: CRAFT_CSRF_TOKEN hidden inputs in the header search form, the poll and the footer "
              "newsletter form; a 'Tin cùng chuyên mục' list (titles, dd.mm.yyyy) after every entry; a sidebar with "
              "'Đọc nhiều', weather, poll and a visit counter", arts[0].path)

    # listings: /tin-tuc, /tin-tuc/p2 (Craft's pageTrigger 'p'); categories; documents
    def listing(path: str, title: str, items: list, per: int) -> None:
        pages = [items[i:i + per] for i in range(0, len(items), per)]
        for n, chunk in enumerate(pages, 1):
            url = path if n == 1 else f"{path}/p{n}"
            pager = ""
            if len(pages) > 1:
                pager = (f'<nav class="pagination"><span class="pagination__info">Trang {n} / {len(pages)}</span>'
                         + (f'<a class="pagination__prev" href="{path if n == 2 else f"{path}/p{n - 1}"}">‹ Trang trước</a>'
                            if n > 1 else "")
                         + "".join(f'<span class="pagination__current">{k}</span>' if k == n else
                                   f'<a href="{path if k == 1 else f"{path}/p{k}"}">{k}</a>'
                                   for k in range(1, len(pages) + 1))
                         + (f'<a class="pagination__next" href="{path}/p{n + 1}">Trang sau ›</a>' if n < len(pages) else "")
                         + "</nav>")
            main = (f'<h1 class="page-title">{esc(title)}</h1><div class="cards">'
                    + "".join(card(a) for a in chunk) + f"</div>{pager}")
            site.page(url, layout(title if n == 1 else f"{title} - Trang {n}", main, hot), content_type=HTML)
            site.non_articles.append(url)

    stream = sorted([*news, EXTERNAL], key=lambda a: a[2] if isinstance(a, tuple) else a.date, reverse=True)
    listing(NEWS, "Tin tức", stream, 6)
    listing(DOCS, "Văn bản", docs, 10)
    for slug, name in CATS.items():
        listing(f"/chuyen-muc/{slug}", name, [a for a in arts if a.opts["cat"] == slug], 10)
    site.trap("listing /tin-tuc (cards: image, title, '17.03.2026', excerpt) paginated by Craft's page trigger "
              "/tin-tuc/p2 ('Trang 1 / 2', 'Trang sau ›'); page 2 holds the two oldest entries; one card is an "
              "external-link entry to a newspaper (offsite): never fetched", f"{NEWS}/p2")

    # home: featured (script-name URL), latest cards, documents
    rest = [a for a in news if a is not featured][:5]
    home = (f'<section class="featured"><a href="{alias}"><img src="{img(featured.first_image() or "video-thumb.png")}" '
            f'alt=""></a><h2 class="featured__title"><a href="{alias}">{esc(featured.title)}</a></h2>'
            f'<p>{esc(featured.summary())}</p></section>'
            f'<section class="latest"><h2 class="section-title">Tin mới</h2><div class="cards">'
            + "".join(card(a) for a in rest) + f'</div><a class="more" href="{NEWS}">Xem tất cả</a></section>'
            f'<section class="docs"><h2 class="section-title"><a href="{DOCS}">Văn bản mới</a></h2><ul>'
            + "".join(f'<li><a href="{d.path}">{esc(d.title)}</a> <time>{dots(d.date)}</time></li>' for d in docs)
            + "</ul></section>")
    site.page("/", layout("Trang chủ", home, hot), content_type=HTML)

    about = [
        "Liên minh Hợp tác xã thành phố Cần Thơ được tổ chức lại trên cơ sở hợp nhất Liên minh Hợp tác xã thành phố "
        "Cần Thơ, Liên minh Hợp tác xã tỉnh Sóc Trăng và Liên minh Hợp tác xã tỉnh Hậu Giang, hoạt động từ ngày 01 "
        "tháng 7 năm 2025.",
        "Liên minh đại diện, bảo vệ quyền và lợi ích hợp pháp của các thành viên; tuyên truyền, vận động phát triển "
        "kinh tế tập thể; tư vấn, hỗ trợ thành lập và nâng cao hiệu quả hoạt động của hợp tác xã, liên hiệp hợp tác xã "
        "và tổ hợp tác trên địa bàn thành phố.",
        "Cơ quan Liên minh làm việc tại trụ sở chính ở phường Ninh Kiều và hai cơ sở ở phường Phú Lợi, phường Vị "
        "Thanh, gồm Văn phòng, các ban chuyên môn, Quỹ hỗ trợ phát triển hợp tác xã và Trung tâm Tư vấn, hỗ trợ hợp "
        "tác xã."]
    site.page(ABOUT, layout("Giới thiệu", '<article class="page"><h1 class="page-title">Giới thiệu</h1>'
                            '<div class="entry__body"><div class="block block--text"><div class="rich-text">'
                            + "".join(f"<p>{esc(p)}</p>" for p in about) + '</div></div><div class="block block--image">'
                            f'<figure><img src="{img("tru-so.png")}" alt=""><figcaption>Trụ sở Liên minh HTX thành phố'
                            '</figcaption></figure></div></div></article>', hot), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", f'<h1 class="page-title">Liên hệ</h1><p>{NAME}</p><p>{esc(FOOTER[1])}</p>'
                              f'<form method="post" accept-charset="UTF-8">{csrf()}<input type="hidden" name="action" '
                              'value="contact-form/send"><input type="text" name="fromName" placeholder="Họ tên">'
                              '<input type="email" name="fromEmail"><textarea name="message[body]"></textarea>'
                              '<button type="submit">Gửi liên hệ</button></form>', hot), content_type=HTML)
    pics = "".join(f'<figure><img src="{img(a.first_image(), "_400x267_crop_center-center_82_line")}" alt="">'
                   f'<figcaption><a href="{a.path}">{esc(a.title)}</a></figcaption></figure>'
                   for a in arts if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<h1 class="page-title">Thư viện ảnh</h1><div class="gallery">{pics}</div>',
                              hot), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or (a.lead and "OCOP" in a.lead)]
    site.page(SEARCH, layout("Tìm kiếm", '<h1 class="page-title">Kết quả tìm kiếm cho “ocop”</h1><div class="cards">'
                             + "".join(card(a) for a in found) + "</div>", hot), content_type=HTML)
    site.page("/tim-kiem?q=htx", layout("Tìm kiếm", '<h1 class="page-title">Kết quả tìm kiếm cho “htx”</h1>'
                                        '<div class="cards">' + "".join(card(a) for a in arts[:8]) + "</div>", hot),
              content_type=HTML)
    site.trap("Craft singles /gioi-thieu (the same Matrix text and image blocks, three paragraphs and a caption, no "
              "date), /lien-he (a contact-form with CSRF), /thu-vien-anh and searches /tim-kiem?q=… (every entry's "
              "'Từ khóa' links): not articles", ABOUT)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY, SEARCH, "/tim-kiem?q=htx"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /cpresources/\n")
    return site
