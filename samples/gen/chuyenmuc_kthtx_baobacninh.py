"""Site `chuyenmuc-kthtx-baobacninh` (registry family `generic`): the column "Kinh tế hợp tác" that the Bắc Ninh
cooperative alliance fills in the provincial newspaper's website, on a **Vietnamese newspaper CMS** of the kind the
big publishers license (VCCorp-style `.htm` routes, `detail-*` article template, `VCSortableInPreviewMode` boxes);
written as a held-out test: no family module, no selectors.

Why it is hard: the column is a tiny part of a huge site. The crawl starts at `/kinh-te-hop-tac.htm` (paged
`/kinh-te-hop-tac/trang-2.htm`), but every page carries the publisher's enormous header (date banner, hotline, e-paper,
a mega menu of twelve sections), ads, "Tin nổi bật" and "Đọc nhiều" boxes (with dates) linking articles of OTHER
sections in exactly the same template (`/<slug>-<id>.bbn`): those are the newspaper's, not this portal's
(non_articles: the same rule as cong-cantho's city portal around the alliance's site). An article is `h1.detail-title`,
the date line "Thứ năm, 12/03/2026 - 09:15", `h2.detail-sapo` (the lead: first line of the text), `div.detail-content`
(paragraphs, `figure.VCSortableInPreviewMode` photos with `figcaption.PhotoCMS_Caption`, headings, tables, lists) with
"Đọc thêm" related boxes INSIDE the body (`div.VCSortableInPreviewMode[type=RelatedNewsBox]`: not text), the author
line after the body (`div.detail-author`: author only, not text) and the source line; "Tin cùng chuyên mục" below.
Metadata: og:type article and article:published_time (right), JSON-LD NewsArticle whose author is the newspaper and
whose dateModified is the 2025 migration day, `<meta name="author">` the newspaper. Aliases: AMP `/amp/<slug>-<id>.bbn`,
`?utm_source=zalo&utm_medium=share` share links, and the id-only short link `/<id>.bbn` (301). An e-magazine of the
column (`/emagazine/<slug>-<id>.htm`) has no date on its page: only the column listing dates it. Video pages, tag
pages, author pages and the search are no articles.
"""

from __future__ import annotations

import json
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday

SITE = "chuyenmuc-kthtx-baobacninh"
PAPER = "Báo Bắc Ninh"
HTML = "text/html; charset=utf-8"
COL = "/kinh-te-hop-tac"
TODAY = "Thứ hai, 23/11/2026"
MIGRATED = "2025-07-01T00:00:00+07:00"
SECTIONS = [("Thời sự", "/thoi-su.htm"), ("Chính trị", "/chinh-tri.htm"), ("Kinh tế", "/kinh-te.htm"),
            ("Xã hội", "/xa-hoi.htm"), ("Văn hóa", "/van-hoa.htm"), ("Thể thao", "/the-thao.htm"),
            ("Pháp luật", "/phap-luat.htm"), ("Quốc tế", "/quoc-te.htm"), ("Bắc Ninh 24h", "/bac-ninh-24h.htm"),
            ("Video", "/video.htm"), ("Emagazine", "/emagazine.htm"), ("Báo in", "/bao-in.htm")]
SUBS = {"Kinh tế": [("Nông nghiệp", "/kinh-te/nong-nghiep.htm"), ("Kinh tế hợp tác", f"{COL}.htm"),
                    ("Doanh nghiệp", "/kinh-te/doanh-nghiep.htm")],
        "Xã hội": [("Giáo dục", "/xa-hoi/giao-duc.htm"), ("Y tế", "/xa-hoi/y-te.htm")]}
HEADER = ["Đường dây nóng: 0222.3822.573", "Quảng cáo: 0222.3856.218", "Báo in", "Đăng nhập",
          "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Ninh, tiếng nói của chính quyền, diễn đàn của nhân dân"]
BOXES = ["Tin nổi bật", "Đọc nhiều", "Tin cùng chuyên mục", "Tin mới", "Đọc thêm", "Quảng cáo", "Chia sẻ bài viết",
         "Bình luận", "Gửi bình luận", "Trending", "Tiêu điểm"]
FOOTER = ["Tổng Biên tập: Nguyễn Văn Hùng", "Phó Tổng Biên tập: Trần Thị Thu, Lê Minh Quân",
          "Giấy phép hoạt động báo điện tử số 512/GP-BTTTT ngày 09/10/2023 của Bộ Thông tin và Truyền thông",
          "Tòa soạn: Số 11 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh",
          "Điện thoại: 0222.3822.573 - Email: toasoan@baobacninh.vn",
          "Ghi rõ nguồn Báo Bắc Ninh khi phát hành lại thông tin từ website này",
          f"© 2026 {PAPER}. All rights reserved."]


def dline(d: datetime) -> str:
    return f"{weekday(d, lower=True)}, {d:%d/%m/%Y - %H:%M}"


def articles() -> list[Article]:
    A = Article

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path=f"/htx-nong-nghiep-tam-da-lien-ket-tieu-thu-200-tan-rau-an-toan-186532.bbn",
          title="HTX Nông nghiệp Tam Đa liên kết tiêu thụ 200 tấn rau an toàn",
          lead="HTX Nông nghiệp Tam Đa (xã Tam Đa) vừa ký hợp đồng cung ứng 200 tấn rau an toàn cho hệ thống siêu thị tại Hà Nội.",
          body="""
Theo hợp đồng, HTX cung ứng các loại rau ăn lá, su hào, bắp cải từ nay đến hết tháng 6/2026.
[img tam-da-rau.png] Thành viên HTX Nông nghiệp Tam Đa thu hoạch rau
Để đáp ứng yêu cầu của đối tác, HTX mở rộng diện tích sản xuất theo tiêu chuẩn VietGAP lên 25 ha.
Ông Nguyễn Văn Sáng, Giám đốc HTX cho biết thu nhập của thành viên dự kiến tăng 15% so với năm trước.
""", author="Thanh Nga", **at(datetime(2026, 3, 12, 9, 15)),
          opts={"id": 186532, "related_at": 1, "tags": ["rau-an-toan-3412"]},
          notes=["date line 'Thứ năm, 12/03/2026 - 09:15' under the h1; lead h2.detail-sapo; a 'Đọc thêm' related box "
                 "(three links) INSIDE div.detail-content between paragraphs: not text; author line after the body "
                 "(author only, not text); JSON-LD author is the newspaper, dateModified the migration day"]),
        A(path=f"/thong-bao-so-08-tb-lmhtx-ve-ho-tro-htx-tham-gia-hoi-cho-186401.bbn",
          title="Thông báo số 08/TB-LMHTX về hỗ trợ HTX tham gia Hội chợ nông sản năm 2026",
          body="""
LIÊN MINH HTX TỈNH BẮC NINH
Số: 08/TB-LMHTX
Bắc Ninh, ngày 04 tháng 3 năm 2026
THÔNG BÁO
Về việc hỗ trợ HTX tham gia Hội chợ nông sản năm 2026
Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho 30 HTX có sản phẩm OCOP tham gia Hội chợ nông sản tỉnh Bắc Ninh năm 2026.
HTX đăng ký trước ngày 20/3/2026 tại Văn phòng Liên minh HTX tỉnh.
CHỦ TỊCH
Ngô Văn Tuấn
""", author=None, doc_number="08/TB-LMHTX", **at(datetime(2026, 3, 5, 14, 30)),
          attachments=[{"path": "/Uploaded/lmhtx/2026_03_05/TB-08-LMHTX.pdf", "text": "TB-08-LMHTX.pdf"}],
          opts={"id": 186401, "tags": ["hoi-cho-3377"], "source": "Liên minh HTX tỉnh Bắc Ninh"},
          notes=["notice 'Số: 08/TB-LMHTX', 'Bắc Ninh, ngày 04 tháng 3 năm 2026', posted 05/03/2026 - 14:30; signer "
                 "last, no author line (author null); the PDF after 'Tải về:' at the end of the body (an attachment, "
                 "not text); the source line 'Nguồn: Liên minh HTX tỉnh Bắc Ninh' after the body is no text"]),
        A(path="/anh-sac-xuan-tai-cac-htx-trong-hoa-tien-du-186274.bbn",
          title="Ảnh: Sắc xuân tại các HTX trồng hoa Tiên Du",
          lead="Những ngày giáp Tết, các HTX trồng hoa ở huyện Tiên Du rực rỡ sắc màu.",
          body="""
[img tien-du-1.png] Vườn đào của HTX Hoa cây cảnh Phú Lâm vào độ đẹp nhất
[img tien-du-2.png] Thành viên HTX chăm sóc những chậu cúc mâm xôi
[img tien-du-3.png] Khách đến tham quan, chụp ảnh tại vườn hoa của HTX
""", author="Quang Thắng", **at(datetime(2026, 2, 10, 16, 0)),
          opts={"id": 186274, "tags": ["hoa-cay-canh-2210"]},
          notes=["photo story: a lead and three VCSortableInPreviewMode photo figures whose captions are the text; the "
                 "author line 'Ảnh: Quang Thắng' after the body: author Quang Thắng (not text)"]),
        A(path="/chu-tich-lien-minh-htx-tinh-kinh-te-tap-the-phai-la-tru-cot-nong-thon-186150.bbn",
          title="Chủ tịch Liên minh HTX tỉnh: Kinh tế tập thể phải là trụ cột ở nông thôn",
          lead="Phóng viên trao đổi với ông Ngô Văn Tuấn, Chủ tịch Liên minh HTX tỉnh về định hướng năm 2026.",
          body="""
**Phóng viên: Thưa ông, năm 2025 khu vực kinh tế tập thể của tỉnh có điểm gì nổi bật?**
Ông Ngô Văn Tuấn: Toàn tỉnh thành lập mới 71 HTX, nhiều HTX đã tham gia chuỗi giá trị với doanh nghiệp.
**Phóng viên: Ông kỳ vọng gì ở các HTX trong năm 2026?**
Ông Ngô Văn Tuấn: Chúng tôi mong các HTX mạnh dạn chuyển đổi số và xây dựng thương hiệu sản phẩm.
**Phóng viên: Xin cảm ơn ông!**
""", author="Hà Linh", **at(datetime(2026, 1, 27, 8, 0)),
          opts={"id": 186150, "related_at": 3, "tags": ["lien-minh-htx-1021"], "role": "thực hiện"},
          notes=["interview: bold 'Phóng viên: …?' questions, 'Ông Ngô Văn Tuấn: …' answers; author line 'Hà Linh "
                 "(thực hiện)' after the body -> author Hà Linh; a 'Đọc thêm' box inside the body"]),
        A(path="/htx-bac-ninh-nam-2025-qua-nhung-con-so-186011.bbn",
          title="HTX Bắc Ninh năm 2025 qua những con số",
          lead="Năm 2025, khu vực HTX của tỉnh Bắc Ninh tiếp tục tăng trưởng cả về số lượng và chất lượng.",
          body="""
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX đang hoạt động | 1.304 | 1.375 |
| Số thành viên | 96.200 | 98.450 |
| Doanh thu bình quân (tỷ đồng/HTX) | 3,8 | 4,1 |
| Số HTX có sản phẩm OCOP | 118 | 142 |
Số HTX xếp loại tốt và khá chiếm 61%, tăng 5 điểm phần trăm so với năm 2024.
""", author="Thanh Nga", **at(datetime(2026, 1, 15, 10, 30)),
          opts={"id": 186011, "tags": ["so-lieu-4410"]},
          notes=["a table in the body (header row): one line per row, cells between ' | '"]),
        A(path="/nam-giai-phap-giup-htx-tiep-can-von-vay-185930.bbn",
          title="Năm giải pháp giúp HTX tiếp cận vốn vay",
          lead="Hội nghị đối thoại giữa ngân hàng và HTX do Liên minh HTX tỉnh tổ chức đã thống nhất năm giải pháp.",
          body="""
## Các giải pháp chính
* Đơn giản hóa hồ sơ vay vốn cho HTX nông nghiệp;
* Mở rộng cho vay theo chuỗi liên kết;
* Tăng vốn điều lệ của Quỹ hỗ trợ phát triển HTX;
* Hỗ trợ HTX lập phương án kinh doanh;
* Tổ chức đối thoại định kỳ giữa ngân hàng và HTX.
Các giải pháp sẽ được triển khai ngay trong quý I/2026.
""", author="Đức Minh", **at(datetime(2026, 1, 6, 15, 45)),
          opts={"id": 185930, "tags": ["von-vay-2987"]},
          notes=["an <h3> heading and a five-item list"]),
        A(path="/emagazine/htx-gom-phu-lang-giu-lua-nghe-tram-nam-185877.htm",
          title="HTX Gốm Phù Lãng giữ lửa nghề trăm năm",
          lead="Giữa làng gốm hơn 700 năm tuổi, HTX Gốm Phù Lãng đang đưa sản phẩm truyền thống đến với thị trường mới.",
          body="""
## Nghề xưa, lửa mới
HTX có 42 thành viên, mỗi năm làm ra hơn 50.000 sản phẩm gốm men da lươn đặc trưng.
[img phu-lang-1.png] Nghệ nhân HTX Gốm Phù Lãng tạo hình sản phẩm
## Vươn ra thị trường
Sản phẩm của HTX đã có mặt tại nhiều cửa hàng lưu niệm ở Hà Nội và được xuất khẩu sang Nhật Bản.
""", author="Phương Thảo", date=datetime(2025, 12, 20), published=iso(datetime(2025, 12, 20)),
          published_source="listing", evidence=["listing"],
          opts={"id": 185877, "emag": True, "tags": ["lang-nghe-1290"]},
          notes=["e-magazine of the column in its own full-screen template (/emagazine/<slug>-<id>.htm: cover h1.e-title, "
                 "e-sapo, e-body sections, credits 'Nội dung: Phương Thảo - Ảnh: Quang Thắng - Thiết kế: Hà Trang' "
                 "after the body: author Phương Thảo, not text): no date and no date metadata on the page; the column "
                 "listing shows 20/12/2025 -> published from the listing, midnight"]),
        A(path="/htx-dich-vu-nong-nghiep-dong-xuyen-chuyen-doi-so-185702.bbn",
          title="HTX Dịch vụ nông nghiệp Đông Xuyên chuyển đổi số",
          lead="HTX Dịch vụ nông nghiệp Đông Xuyên (huyện Yên Phong) là một trong những HTX đầu tiên của tỉnh dùng phần mềm quản lý.",
          body="""
HTX đã số hóa toàn bộ sổ sách, thanh toán không dùng tiền mặt với thành viên và bán gạo qua sàn thương mại điện tử.
Doanh thu năm 2025 của HTX đạt 6,5 tỷ đồng, tăng 20% so với năm trước.
""", author="Đức Minh", **at(datetime(2025, 11, 28, 9, 0)),
          opts={"id": 185702, "tags": ["chuyen-doi-so-1980"]},
          notes=["2025 article of the old district ('huyện Yên Phong') on the column's page 2 (/kinh-te-hop-tac/trang-2.htm)"]),
        A(path="/lien-minh-htx-tinh-tap-huan-luat-htx-2023-cho-can-bo-co-so-185566.bbn",
          title="Liên minh HTX tỉnh tập huấn Luật HTX năm 2023 cho cán bộ cơ sở",
          lead="Ngày 4/11, Liên minh HTX tỉnh tổ chức tập huấn Luật HTX năm 2023 cho 150 cán bộ cấp xã.",
          body="""
Các học viên được phổ biến những điểm mới của Luật HTX năm 2023, có hiệu lực từ ngày 01/7/2024.
Lớp tập huấn cũng hướng dẫn thủ tục chuyển đổi, đăng ký lại HTX theo quy định mới.
""", author="Thanh Nga", **at(datetime(2025, 11, 5, 8, 30)),
          opts={"id": 185566, "tags": ["luat-htx-1107"]},
          notes=["the lead says 'Ngày 4/11', the text names 01/7/2024 (the law's effect); published 05/11/2025 08:30; "
                 "page 2 of the column"]),
    ]


OUTSIDE = [
    ("/bac-ninh-don-hon-2-trieu-luot-khach-dip-le-hoi-xuan-186410.bbn", "Bắc Ninh đón hơn 2 triệu lượt khách dịp lễ hội xuân",
     "Văn hóa", "/van-hoa.htm", datetime(2026, 3, 6, 7, 30)),
    ("/clb-bong-chuyen-bac-ninh-gianh-ve-du-giai-vo-dich-quoc-gia-186455.bbn",
     "CLB bóng chuyền Bắc Ninh giành vé dự giải vô địch quốc gia", "Thể thao", "/the-thao.htm", datetime(2026, 3, 8, 21, 0)),
    ("/khoi-cong-cau-vuot-nut-giao-quoc-lo-18-186490.bbn", "Khởi công cầu vượt nút giao Quốc lộ 18", "Thời sự",
     "/thoi-su.htm", datetime(2026, 3, 10, 10, 0)),
    ("/gia-lua-xuan-tang-nhe-nong-dan-phan-khoi-186503.bbn", "Giá lúa xuân tăng nhẹ, nông dân phấn khởi", "Nông nghiệp",
     "/kinh-te/nong-nghiep.htm", datetime(2026, 3, 11, 15, 20)),
    ("/phat-hien-co-so-san-xuat-banh-keo-khong-ro-nguon-goc-186377.bbn",
     "Phát hiện cơ sở sản xuất bánh kẹo không rõ nguồn gốc", "Pháp luật", "/phap-luat.htm", datetime(2026, 3, 3, 19, 45)),
]
OUTSIDE_TEXT = {
    "Văn hóa": "Trong tháng Giêng, các di tích trên địa bàn tỉnh đón hơn 2 triệu lượt khách tham quan, chiêm bái.",
    "Thể thao": "Với chiến thắng 3-1 ở trận chung kết, đội bóng giành quyền thi đấu giải vô địch quốc gia năm 2026.",
    "Thời sự": "Công trình có tổng mức đầu tư 860 tỷ đồng, dự kiến hoàn thành vào quý IV/2027.",
    "Nông nghiệp": "Giá lúa tươi tại ruộng dao động từ 7.800 đến 8.200 đồng/kg, tăng 300 đồng so với vụ trước.",
    "Pháp luật": "Lực lượng quản lý thị trường tạm giữ hơn 2 tấn bánh kẹo các loại không có hóa đơn, chứng từ.",
}


def img_url(name: str, d: datetime) -> str:
    return f"/Uploaded/lmhtx/{d:%Y_%m_%d}/{name}"


def content_html(a: Article, arts: list[Article]) -> str:
    out, rows = [], []
    blocks = a.blocks
    for i, b in enumerate([*blocks, None]):
        if b is not None and b.kind == "p" and b.text.startswith("| "):
            rows.append(b.text.strip("| ").split(" | "))
            continue
        if rows:
            out.append('<div class="VCSortableInPreviewMode" type="content"><table class="tbl-data" border="1" '
                       'cellpadding="4" style="width:100%"><tbody>' + "".join(
                           "<tr>" + "".join((f"<td><b>{esc(c)}</b></td>\n" if k == 0 else f"<td>{esc(c)}</td>\n")
                                            for c in r) + "</tr>" for k, r in enumerate(rows)) + "</tbody></table></div>")
            rows = []
        if b is None:
            break
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "img":
            src = img_url(b.src, a.date)
            out.append(f'<figure class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{src}" '
                       f'data-fancybox-group="img" class="detail-img-lightbox" title="{attr(b.text)}"><img src="{src}" '
                       f'alt="{attr(b.text)}" title="{attr(b.text)}" width="680" id="img_{a.opts["id"]}{i}" '
                       f'w="1600" h="1067" rel="lightbox" photoid="{a.opts["id"]}{i}" type="photo" '
                       f'style="max-width:100%;" data-original="{src}"></a></div><figcaption class="PhotoCMS_Caption">'
                       f'<p data-placeholder="[nhập chú thích]">{esc(b.text)}</p></figcaption></figure>')
        k = a.opts.get("related_at")
        if k is not None and i == k:
            rel = [x for x in arts if x is not a and not x.opts.get("emag")][:3]
            out.append('<div class="VCSortableInPreviewMode alignRight" type="RelatedNewsBox"><div class="kbwscwl-relatedbox '
                       'type-2"><strong class="kbwscwl-relatedbox-title">Đọc thêm</strong><ul class="kbwscwl-ul">'
                       + "".join(f'<li class="kbwscwl"><a class="kbwscwl-link" href="{x.path}" title="{attr(x.title)}">'
                                 f'{esc(x.title)}</a></li>' for x in rel) + "</ul></div></div>")
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "".join(out)


class Paper:
    def __init__(self, arts: list[Article]):
        self.arts = arts

    def most_read(self) -> str:
        items = [(p, t, d) for p, t, _, _, d in OUTSIDE[:3]] + [(a.path, a.title, a.date) for a in self.arts[:2]]
        return ('<div class="box-most-read"><h3 class="box-title">Đọc nhiều</h3><ol>'
                + "".join(f'<li><a href="{p}">{esc(t)}</a><span class="time">{d:%d/%m/%Y}</span></li>' for p, t, d in items)
                + "</ol></div>")

    def hot(self) -> str:
        p, t, cat, _, d = OUTSIDE[2]
        items = [OUTSIDE[2], OUTSIDE[0], OUTSIDE[3]]
        return ('<div class="box-hot"><h3 class="box-title">Tin nổi bật</h3>'
                + "".join(f'<div class="hot-item"><a href="{p}"><img src="/Uploaded/anh/{p.strip("/")[:20]}.png" alt=""></a>'
                          f'<h4><a href="{p}">{esc(t)}</a></h4><span class="time">{d:%d/%m/%Y %H:%M}</span></div>'
                          for p, t, _, _, d in items) + "</div>")

    def layout(self, title: str, main: str, *, head: str = "", body_cls: str = "", side: bool = True) -> str:
        menu = []
        for name, href in SECTIONS:
            subs = SUBS.get(name, [])
            sub = ("<ul class=\"sub-menu\">" + "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in subs) + "</ul>"
                   if subs else "")
            menu.append(f'<li class="menu-item"><a href="{href}">{name}</a>{sub}</li>')
        foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
        aside = (f'<aside class="col-right">{self.hot()}<div class="ads ads-300"><span class="ads-label">Quảng cáo</span>'
                 f'<a href="{{{{base:offsite}}}}/quang-cao/ocop" rel="nofollow" target="_blank"><img src="/ads/ocop-300x250.png" '
                 f'alt="Quảng cáo"></a></div>{self.most_read()}</aside>' if side else "")
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="author" content="{PAPER}">
<meta name="copyright" content="{PAPER}">
<meta property="fb:app_id" content="1598224930460812">
<link rel="stylesheet" href="/web_css/main.min.css">
<script src="/web_js/main.min.js"></script>
{head}
</head>
<body class="{body_cls}">
<div class="header-top"><div class="container"><span class="today">{TODAY}</span><span class="weather">Bắc Ninh 24°C</span>
<span class="hotline">{HEADER[0]}</span><span class="adv">{HEADER[1]}</span><a href="/bao-in.htm">{HEADER[2]}</a>
<a href="/dang-nhap.htm" rel="nofollow">{HEADER[3]}</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/web_images/logo-bbn.png" alt="{PAPER}"></a>
<p class="slogan">{HEADER[4]}</p>
<div class="ads ads-728"><span class="ads-label">Quảng cáo</span><a href="{{{{base:offsite}}}}/quang-cao/ngan-hang" rel="nofollow" target="_blank"><img src="/ads/bank-728x90.png" alt="Quảng cáo"></a></div>
<form class="search" action="/tim-kiem.htm" method="get"><input type="text" name="keywords" placeholder="Tìm kiếm"></form></div>
<nav class="main-menu"><div class="container"><ul class="menu"><li class="home"><a href="/">Trang chủ</a></li>{"".join(menu)}</ul></div></nav>
<div class="trending"><div class="container"><span>{BOXES[10]}:</span> <a href="/tag/hop-tac-xa-1002.htm">#Hợp tác xã</a> <a href="/tag/ocop-1845.htm">#OCOP</a> <a href="/tag/le-hoi-xuan-3021.htm">#Lễ hội xuân</a></div></div></header>
<div class="main"><div class="container"><div class="col-left">
{main}
</div>
{aside}
</div></div>
<footer class="footer"><div class="container"><a class="logo-footer" href="/"><img src="/web_images/logo-bbn-white.png" alt="{PAPER}"></a>{foot}</div></footer>
</body>
</html>
"""

    def byline(self, a: Article) -> str:
        if a.opts.get("emag"):
            return ""
        who = a.author
        if who and a.title.startswith("Ảnh:"):
            who = f"Ảnh: {who}"
        elif who and a.opts.get("role"):
            who = f"{who} ({a.opts['role']})"
        src = a.opts.get("source")
        return ('<div class="detail-author">' + (f'<p class="author"><b>{esc(who)}</b></p>' if who else "")
                + (f'<p class="source">Nguồn: {esc(src)}</p>' if src else "") + "</div>")

    def detail(self, a: Article, amp: bool = False) -> str:
        same = [x for x in self.arts if x is not a][:5]
        same_box = ('<div class="box-same-cate"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>'
                    + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a>'
                              + ("" if x.opts.get("emag") else f' <span class="time">({x.date:%d/%m/%Y %H:%M})</span>')
                              + "</li>" for x in same) + "</ul></div>")
        tags = "".join(f'<a href="/tag/{t}.htm" class="tag-item">#{t.rsplit("-", 1)[0].replace("-", " ")}</a>'
                       for t in a.opts.get("tags", []))
        share = (f'<div class="detail-share"><span>{BOXES[6]}</span> <a href="javascript:void(0)" class="fb">Facebook</a> '
                 f'<a href="{a.path}?utm_source=zalo&amp;utm_medium=share&amp;utm_campaign=bbn" class="zalo">Zalo</a> '
                 f'<a href="/{a.opts["id"]}.bbn" class="copy-link">Sao chép liên kết</a></div>')
        return (f'<div class="detail-container" data-id="{a.opts["id"]}"><div class="detail-cate"><a href="/kinh-te.htm">Kinh tế</a>'
                f' <a class="active" href="{COL}.htm">Kinh tế hợp tác</a></div>'
                f'<h1 class="detail-title">{esc(a.title)}</h1><div class="detail-time"><div data-role="publishdate">'
                f'{dline(a.date)}</div></div>{"" if amp else share}'
                + (f'<h2 class="detail-sapo" data-role="sapo">{inline_html(a.lead)}</h2>' if a.lead else "")
                + f'<div class="detail-content afcbc-body" data-role="content">{content_html(a, self.arts)}</div>'
                f'{self.byline(a)}<div class="detail-tags">{tags}</div>{"" if amp else same_box}'
                f'<div class="detail-comment"><h3>{BOXES[7]}</h3><form action="javascript:void(0)"><textarea></textarea>'
                f'<button type="button">{BOXES[8]}</button></form></div></div>')

    def emag(self, a: Article) -> str:
        out = []
        for i, b in enumerate(a.blocks):
            if b.kind == "h":
                out.append(f'<div class="e-section"><h2 class="e-heading">{esc(b.text)}</h2></div>')
            elif b.kind == "p":
                out.append(f'<div class="e-text"><p>{inline_html(b.text)}</p></div>')
            elif b.kind == "img":
                out.append(f'<div class="e-photo e-full"><img src="{img_url(b.src, a.date)}" alt=""><p class="e-caption">'
                           f'{esc(b.text)}</p></div>')
        cover = img_url("phu-lang-cover.png", a.date)
        return (f'<div class="emagazine-container"><div class="e-cover" style="background-image:url({cover})">'
                f'<img src="{cover}" alt="" class="e-cover-img"><h1 class="e-title">{esc(a.title)}</h1></div>'
                f'<div class="e-sapo"><p>{inline_html(a.lead)}</p></div><div class="e-body">{"".join(out)}</div>'
                f'<div class="e-credit"><p>Nội dung: {esc(a.author)} - Ảnh: Quang Thắng - Thiết kế: Hà Trang</p></div></div>')


def head_for(a: Article, paper: Paper) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": a.date.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "dateModified": MIGRATED,
          "author": {"@type": "Organization", "name": PAPER},
          "publisher": {"@type": "Organization", "name": PAPER}}
    return (f'<link rel="canonical" href="{{{{base}}}}{a.path}">\n<link rel="amphtml" href="{{{{base}}}}/amp{a.path}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">\n'
            f'<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
            f'<meta property="article:published_time" content="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">\n'
            f'<meta property="article:section" content="Kinh tế hợp tác">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-ninh", "Chuyên mục Kinh tế hợp tác - Báo Bắc Ninh", "generic", None,
                     start_urls=["{{base:%s}}%s.htm" % (SITE, COL)])
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    paper = Paper(arts)
    site.byline_in_text = False
    site.extra_boilerplate += [TODAY, *HEADER, *(b for b in BOXES if b not in ("Tin mới", "Trending")), *FOOTER, "Bắc Ninh 24°C", "Sao chép liên kết", "Nội dung:", "Thiết kế: Hà Trang",
                               "Kinh tế hợp tác"]

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        if a.opts.get("emag"):
            page(a.path, paper.layout(a.title, paper.emag(a), head=f'<link rel="canonical" href="{{{{base}}}}{a.path}">',
                                      body_cls="emagazine", side=False))
        else:
            page(a.path, paper.layout(f"{a.title} - {PAPER}", paper.detail(a), head=head_for(a, paper)))
            amp = f"/amp{a.path}"
            page(amp, f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8"><title>{esc(a.title)}</title><link rel="canonical" href="{{{{base}}}}{a.path}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><script async src="{{{{base:offsite}}}}/v0.js"></script>
<style amp-custom>body{{font-family:Arial}}</style></head><body><header class="amp-header"><a href="/">{PAPER}</a></header>
<main>{paper.detail(a, amp=True)}</main><footer><p>{esc(FOOTER[6])}</p></footer></body></html>""")
            utm = f"{a.path}?utm_source=zalo&utm_medium=share&utm_campaign=bbn"
            site.same_page(utm, a.path)
            site.redirect(f"/{a.opts['id']}.bbn", a.path, 301)
            a.aliases = [amp, utm, f"/{a.opts['id']}.bbn"]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img_url(b.src, a.date), image_for(b.src))
        site.add_article(a)
    site.binary("/Uploaded/lmhtx/2026_03_05/TB-08-LMHTX.pdf", pdf("Thông báo 08/TB-LMHTX", ["THONG BAO 08/TB-LMHTX"]))
    site.trap("every column article also answers at /amp/<slug>-<id>.bbn (rel=amphtml), with the share bar's "
              "?utm_source=zalo&utm_medium=share&utm_campaign=bbn and at the id-only short link /<id>.bbn (301): aliases",
              arts[0].path)

    # the newspaper's other articles: same template, other sections
    for path, title, cat, cat_href, d in OUTSIDE:
        o = Article(path=path, title=title, date=d, body=OUTSIDE_TEXT[cat] + "\nTheo kế hoạch, các hoạt động tiếp theo sẽ "
                    "được triển khai trong thời gian tới.", lead=title + ".", author="Phóng viên", opts={"id": int(path.rsplit("-", 1)[1][:-4])})
        html = paper.detail(o).replace(
            f'<a class="active" href="{COL}.htm">Kinh tế hợp tác</a>', f'<a class="active" href="{cat_href}">{cat}</a>')
        html = html.replace('<a href="/kinh-te.htm">Kinh tế</a> ', "" if cat != "Nông nghiệp" else '<a href="/kinh-te.htm">Kinh tế</a> ')
        page(path, paper.layout(f"{title} - {PAPER}", html, head=head_for(o, paper).replace("Kinh tế hợp tác", cat)))
        site.redirect(f"/{o.opts['id']}.bbn", path, 301)
        site.same_page(f"{path}?utm_source=zalo&utm_medium=share&utm_campaign=bbn", path)
        page(f"/amp{path}", f"<!doctype html><html amp lang='vi'><head><meta charset='utf-8'><title>{esc(title)}</title>"
                            f"<link rel='canonical' href='{{{{base}}}}{path}'></head><body><h1>{esc(title)}</h1></body></html>")
        site.non_articles.append(path)
    site.trap("articles of OTHER sections of the newspaper (Thời sự, Văn hóa, Thể thao, Pháp luật, Nông nghiệp) in the "
              "same template, linked from every page's 'Tin nổi bật' and 'Đọc nhiều' boxes: not this portal's articles "
              "(the breadcrumb names their section, not 'Kinh tế hợp tác')", OUTSIDE[2][0])

    # column listing
    per = 5
    chunks = [arts[i:i + per] for i in range(0, len(arts), per)]
    urls = [f"{COL}.htm"] + [f"{COL}/trang-{n}.htm" for n in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        items = "".join(
            f'<div class="box-category-item"><a class="box-category-link-with-avatar" href="{a.path}">'
            f'<img src="/Uploaded/thumb/{a.opts["id"]}.png" alt=""></a><div class="box-category-content">'
            f'<h3 class="box-title-text"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<span class="box-category-time">{a.date:%d/%m/%Y}</span>'
            f'<p class="box-category-sapo">{esc(a.summary())}</p></div></div>' for a in chunk)
        pager = ('<div class="pagination">' + "".join(
            f'<a href="{u}" class="{"active" if k == n else ""}">{k + 1}</a>' for k, u in enumerate(urls))
                 + (f'<a href="{urls[n + 1]}" class="next">Trang sau</a>' if n + 1 < len(urls) else "") + "</div>")
        page(urls[n], paper.layout(f"Kinh tế hợp tác{' - Trang ' + str(n + 1) if n else ''} - {PAPER}",
                                   f'<div class="box-category"><h1 class="box-category-title">Kinh tế hợp tác</h1>'
                                   f'{items}</div>{pager}'))
        site.non_articles.append(urls[n])
    site.same_page(f"{COL}/trang-1.htm", urls[0])
    site.trap("column /kinh-te-hop-tac.htm paged by /kinh-te-hop-tac/trang-2.htm ('Trang sau'); items 'dd/mm/yyyy' "
              "(the only date of the e-magazine); page 2 holds the two oldest", urls[1])

    for a in arts:
        site.binary(f"/Uploaded/thumb/{a.opts['id']}.png", image_for(str(a.opts["id"])))

    # sections, tags, authors, video, search, home
    def section(title: str, href: str, links: list[tuple[str, str]]) -> None:
        lis = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in links)
        page(href, paper.layout(f"{title} - {PAPER}", f'<div class="box-category"><h1 class="box-category-title">{esc(title)}'
                                                      f'</h1><ul>{lis}</ul></div>'))
        site.non_articles.append(href)

    outside_by_cat = {cat_href: (p, t) for p, t, _, cat_href, _ in OUTSIDE}
    for name, href in SECTIONS + [x for v in SUBS.values() for x in v]:
        if href in (f"{COL}.htm", "/video.htm", "/emagazine.htm"):
            continue
        links = [outside_by_cat[href]] if href in outside_by_cat else []
        if href == "/kinh-te.htm":
            links = [(COL + ".htm", "Kinh tế hợp tác")] + [(a.path, a.title) for a in arts[:3]] + \
                    [outside_by_cat["/kinh-te/nong-nghiep.htm"]]
        section(name, href, links)
    tags = sorted({t for a in arts for t in a.opts.get("tags", [])} | {"hop-tac-xa-1002", "ocop-1845", "le-hoi-xuan-3021"})
    for t in tags:
        hits = [a for a in arts if t in a.opts.get("tags", [])] or arts[:2]
        lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{a.date:%d/%m/%Y}</span></li>' for a in hits)
        page(f"/tag/{t}.htm", paper.layout(f"Tag: {t} - {PAPER}", f'<div class="box-tag"><h1>#{t.rsplit("-", 1)[0]}</h1>'
                                                                 f'<ul>{lis}</ul></div>'))
        site.non_articles.append(f"/tag/{t}.htm")
    video = "/video/htx-rau-sach-tam-da-vao-vu-186540.htm"
    page(video, paper.layout(f"HTX rau sạch Tam Đa vào vụ - {PAPER}", '<div class="video-detail"><h1 class="video-title">'
                             'HTX rau sạch Tam Đa vào vụ</h1><div class="video-time">13/03/2026 10:00</div>'
                             '<div class="video-player"><video controls src="/Uploaded/video/tam-da.mp4"></video></div>'
                             '<p class="video-sapo">Video: Thành viên HTX thu hoạch rau.</p></div>'))
    page("/video.htm", paper.layout(f"Video - {PAPER}", f'<div class="box-video"><h1>Video</h1><a href="{video}">HTX rau '
                                                        'sạch Tam Đa vào vụ</a></div>'))
    emags = [a for a in arts if a.opts.get("emag")]
    page("/emagazine.htm", paper.layout(f"Emagazine - {PAPER}", '<div class="box-emag"><h1>Emagazine</h1>' + "".join(
        f'<a href="{a.path}">{esc(a.title)}</a>' for a in emags) + "</div>"))
    site.non_articles += [video, "/video.htm", "/emagazine.htm"]
    site.trap("video page /video/<slug>-<id>.htm (h1, a <video>, one line, a date): not an article", video)
    authors = sorted({a.author for a in arts if a.author})
    slug = {"Thanh Nga": "thanh-nga", "Quang Thắng": "quang-thang", "Hà Linh": "ha-linh", "Đức Minh": "duc-minh",
            "Phương Thảo": "phuong-thao"}
    for who in authors:
        mine = [a for a in arts if a.author == who]
        page(f"/tac-gia/{slug[who]}.htm", paper.layout(f"Tác giả {who} - {PAPER}", f'<div class="author-page"><h1>{esc(who)}</h1>'
             + "".join(f'<p><a href="{a.path}">{esc(a.title)}</a> {a.date:%d/%m/%Y}</p>' for a in mine) + "</div>"))
        site.non_articles.append(f"/tac-gia/{slug[who]}.htm")
    page("/tac-gia.htm", paper.layout(f"Tác giả - {PAPER}", '<div class="authors"><h1>Tác giả</h1><ul>' + "".join(
        f'<li><a href="/tac-gia/{slug[w]}.htm">{esc(w)}</a></li>' for w in authors) + "</ul></div>"))
    site.non_articles.append("/tac-gia.htm")
    search = "/tim-kiem.htm?keywords=h%E1%BB%A3p+t%C3%A1c+x%C3%A3"
    page(search, paper.layout(f"Tìm kiếm - {PAPER}", '<div class="search-result"><h1>Kết quả tìm kiếm: hợp tác xã</h1>'
                              + "".join(f'<p><a href="{a.path}">{esc(a.title)}</a> {a.date:%d/%m/%Y}</p>' for a in arts[:6])
                              + "</div>"))
    site.same_page("/tim-kiem.htm", search)
    site.non_articles.append(search)
    home = ('<div class="home-focus"><h2>Tiêu điểm</h2>' + "".join(
        f'<h3><a href="{p}">{esc(t)}</a></h3>' for p, t, _, _, _ in OUTSIDE)
            + f'<div class="home-box"><h2><a href="{COL}.htm">Kinh tế hợp tác</a></h2>'
            + "".join(f'<p><a href="{a.path}">{esc(a.title)}</a></p>' for a in arts[:3])
            + '<p><a href="/htx-che-bien-nong-san-que-vo-ra-mat-nha-may-moi-184990.bbn">HTX chế biến nông sản Quế Võ ra mắt '
              'nhà máy mới</a></p>'
            + f'</div><p><a href="/tac-gia.htm">Tác giả</a> <a href="{search}">Tìm: hợp tác xã</a></p></div>')
    page("/", paper.layout(PAPER, home))
    page("/dang-nhap.htm", paper.layout(f"Đăng nhập - {PAPER}", "<h1>Đăng nhập</h1><form action='javascript:void(0)'>"
                                                                "<input name='u'></form>", side=False))
    site.never_fetched.append("/dang-nhap.htm")
    site.non_articles += ["/"]
    site.error("/htx-che-bien-nong-san-que-vo-ra-mat-nha-may-moi-184990.bbn", 404)
    for name in ("web_images/logo-bbn.png", "web_images/logo-bbn-white.png", "ads/ocop-300x250.png", "ads/bank-728x90.png"):
        site.binary("/" + name, image_for(name))
    for p, *_ in OUTSIDE:
        site.binary(f"/Uploaded/anh/{p.strip('/')[:20]}.png", image_for(p))
    site.binary(img_url("phu-lang-cover.png", emags[0].date), image_for("cover"))
    site.binary("/Uploaded/video/tam-da.mp4", b"\x00\x00\x00\x18ftypmp42")
    site.static("/robots.txt", "User-agent: *\nDisallow: /dang-nhap.htm\nDisallow: /api/\nDisallow: /ajax/\n")
    return site
