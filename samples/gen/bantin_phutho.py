"""Site `bantin-phutho` (registry family `generic`): the "Bản tin Kinh tế hợp tác tỉnh Phú Thọ", the cooperative-economy
news bulletin the Phú Thọ cooperative alliance runs beside its portal (Vĩnh Phúc and Hòa Bình joined the province on
1 July 2025), on **Bludit** (flat-file PHP CMS) with a Blog X-like theme; written as a held-out test: no family
module, no selectors.

Why it is hard: every page, article or not, is a bare slug at the root (`/ten-bai-viet`, `/gioi-thieu`, `/lien-he`):
Bludit's static pages ("Giới thiệu", "Liên hệ") use the same template as the posts (`h1.page-title`,
`div.page-content`, cover image) and only lack the date line. The date is only the line under the title,
"14 Tháng Ba, 2026" (Vietnamese month words, no time: midnight), beside "Thời gian đọc: 3 phút" and the account
("Đăng bởi: Ban Biên tập" is the admin's nickname, never an author; a staff nickname with no byline is). No date
metadata, no JSON-LD, `og:type article` on every page. The home page, `/?page=2`, `/category/<slug>` (paged
`?page=2`) and `/tag/<slug>` print every post WHOLE (date line, cover, the full content) unless the post has a
`<!-- pagebreak -->`, which cuts it to its first part and "Đọc tiếp »": listings, not articles, not duplicates.
Sidebar plugins (categories with counts, tags, latest posts, a visit counter, a text box with the hotline) and a
"Bài viết khác" box with dates under each post. Official plan with its own place-date line four days before the
page's date; an interview (bold questions); a photo story; migrated 2023/2024 posts of the former provinces.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "bantin-phutho"
NAME = "Bản tin Kinh tế hợp tác tỉnh Phú Thọ"
HTML = "text/html; charset=utf-8"
PER = 4
MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
CATS = {"tin-tuc": "Tin tức", "van-ban": "Văn bản", "phong-su-anh": "Phóng sự ảnh", "doi-thoai": "Đối thoại"}
USERS = {"admin": "Ban Biên tập", "tungnt": "Nguyễn Thanh Tùng"}
UP = "/bl-content/uploads/pages"
PDF_PATH = UP + "/7f3c2a91/KH-15-LMHTX-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Đổi mới, phát triển kinh tế tập thể, hợp tác xã theo Nghị quyết 20-NQ/TW",
           "Cơ quan thông tin của Liên minh Hợp tác xã tỉnh Phú Thọ"]
SIDE = ["Chuyên mục", "Thẻ", "Bài viết mới", "Đường dây nóng", "Hỗ trợ HTX: 0210.3846.925", "Lượt truy cập",
        "Hôm nay: 318", "Tổng: 1.042.776", "Đang trực tuyến: 9", "Tìm kiếm", "Liên kết"]
FOOTER = ["Bản tin Kinh tế hợp tác tỉnh Phú Thọ - Cơ quan của Liên minh Hợp tác xã tỉnh Phú Thọ",
          "Giấy phép xuất bản bản tin số 18/GP-STTTT ngày 20/8/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ",
          "Chịu trách nhiệm xuất bản: Ông Đỗ Văn Thịnh - Phó Chủ tịch Liên minh HTX tỉnh",
          "Tòa soạn: Số 1516 đại lộ Hùng Vương, phường Việt Trì, tỉnh Phú Thọ",
          "Điện thoại: 0210.3846.925 - Email: bantinktht@phutho.gov.vn",
          "Vận hành bởi Bludit"]
LABELS = ["Thời gian đọc:", "Đăng bởi:", "Bài viết khác", "Đọc tiếp »", "Trang trước", "Trang sau", "Quay lại đầu trang"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, *FOOTER, *LABELS[:3]]


def shown(d: datetime) -> dict:
    return dict(published=iso(d, False), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/htx-che-long-coc-co-them-san-pham-ocop-4-sao",
          title="HTX chè Long Cốc có thêm sản phẩm OCOP 4 sao",
          date=datetime(2026, 3, 14),
          body="""
Sản phẩm chè xanh Long Cốc đặc biệt của HTX Chè Long Cốc (xã Long Cốc) vừa được Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Phú Thọ công nhận đạt 4 sao.
HTX hiện có 52 thành viên, liên kết với hơn 200 hộ trồng chè trên diện tích 120 ha đồi chè trung du, trong đó 45 ha được cấp chứng nhận VietGAP.
[img che-long-coc.png] Thành viên HTX Chè Long Cốc thu hái chè búp vụ xuân
## Đầu tư bao bì, truy xuất nguồn gốc
Để nâng hạng sản phẩm, HTX đầu tư dây chuyền sao sấy bằng điện, thay đổi bao bì và gắn mã QR truy xuất nguồn gốc trên từng hộp chè.
Giá chè thành phẩm của HTX hiện từ 350.000 đến 600.000 đồng/kg, cao gấp đôi so với chè bán lẻ trong vùng.
Năm 2026, HTX đặt mục tiêu tiêu thụ 40 tấn chè khô và mở thêm điểm giới thiệu sản phẩm tại các khu du lịch trong tỉnh.
""",
          byline="Bài, ảnh: Hà Trang", author="Hà Trang", **shown(datetime(2026, 3, 14)),
          opts={"cat": "tin-tuc", "user": "admin", "tags": ["ocop"], "read": 3, "break": 2, "id": "7f3c2a95"},
          notes=["date only as the line under the title '14 Tháng Ba, 2026' (month words, no time: midnight); "
                 "'Đăng bởi: Ban Biên tập' is the admin account, the closing right-aligned 'Bài, ảnh: Hà Trang' names "
                 "the writer (text; author Hà Trang); a <!-- pagebreak --> after the second paragraph: listings show "
                 "only the part before it and 'Đọc tiếp »'"]),
        A(path="/giam-doc-htx-tam-duong-chuyen-doi-so-la-chuyen-song-con",
          title="Giám đốc HTX Nông nghiệp Tam Dương: Chuyển đổi số là chuyện sống còn",
          date=datetime(2026, 2, 26),
          lead="Từ một HTX dịch vụ điện, nước nhỏ lẻ, HTX Nông nghiệp Tam Dương đã trở thành đơn vị bán nông sản trực tuyến hàng đầu khu vực Vĩnh Phúc cũ. Phóng viên Bản tin trao đổi với ông Trần Văn Hưng, Giám đốc HTX.",
          body="""
**PV: Thưa ông, vì sao HTX quyết định đưa toàn bộ hoạt động bán hàng lên môi trường số?**
Ông Trần Văn Hưng: Năm 2022, thương lái ép giá bí đỏ xuống còn 2.000 đồng/kg, thành viên đổ bỏ cả ruộng. Chúng tôi hiểu rằng nếu không tự tìm được người mua thì HTX không thể đứng vững.
**PV: Việc chuyển đổi bắt đầu từ đâu?**
Ông Trần Văn Hưng: Bắt đầu từ con người. HTX cử hai cán bộ trẻ đi học lớp thương mại điện tử do Liên minh HTX tỉnh tổ chức, sau đó mở gian hàng trên ba sàn và livestream mỗi tối.
[img tam-duong-livestream.png] Cán bộ HTX Nông nghiệp Tam Dương bán bí đỏ qua livestream
**PV: Kết quả đến nay thế nào?**
Ông Trần Văn Hưng: Năm 2025, doanh thu bán trực tuyến đạt 6,8 tỷ đồng, chiếm hơn 60% doanh thu của HTX; giá bí đỏ ổn định ở mức 9.000 - 11.000 đồng/kg.
**PV: Ông có kiến nghị gì với Liên minh HTX tỉnh?**
Ông Trần Văn Hưng: Chúng tôi mong Liên minh tiếp tục hỗ trợ kho lạnh và kết nối đơn vị vận chuyển để hàng tươi đến tay khách trong ngày.
**PV: Xin cảm ơn ông!**
""",
          byline="Thu Hằng (thực hiện)", author="Thu Hằng", **shown(datetime(2026, 2, 26)),
          opts={"cat": "doi-thoai", "user": "admin", "tags": ["chuyen-doi-so"], "read": 5, "id": "7f3c2a94"},
          notes=["interview: a lead, then bold questions 'PV: …' and answers, each its own line; closing "
                 "'Thu Hằng (thực hiện)' (text; author Thu Hằng); whole on the listings"]),
        A(path="/ke-hoach-ho-tro-htx-tham-gia-hoi-cho-xuc-tien-thuong-mai-nam-2026",
          title="Kế hoạch hỗ trợ HTX tham gia hội chợ, xúc tiến thương mại năm 2026",
          date=datetime(2026, 2, 10),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH PHÚ THỌ
Số: 15/KH-LMHTX
Phú Thọ, ngày 06 tháng 02 năm 2026
KẾ HOẠCH
Hỗ trợ hợp tác xã tham gia hội chợ, xúc tiến thương mại năm 2026
Căn cứ Quyết định số 312/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh về Chương trình xúc tiến thương mại năm 2026;
Liên minh Hợp tác xã tỉnh xây dựng kế hoạch như sau:
## I. MỤC ĐÍCH, YÊU CẦU
Hỗ trợ hợp tác xã quảng bá sản phẩm, mở rộng thị trường, ưu tiên sản phẩm OCOP từ 3 sao trở lên.
## II. NỘI DUNG
* Tổ chức gian hàng chung của HTX tại Hội chợ Hùng Vương 2026 (tháng 4/2026);
* Hỗ trợ 30 HTX tham gia hội chợ OCOP khu vực phía Bắc;
* Tập huấn kỹ năng bán hàng, livestream cho 100 cán bộ HTX.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp các ban chuyên môn triển khai; HTX đăng ký tham gia trước ngày 15/3/2026.
Nơi nhận: Các HTX, liên hiệp HTX; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Đỗ Văn Thịnh
""",
          author=None, doc_number="15/KH-LMHTX", **shown(datetime(2026, 2, 10)),
          attachments=[{"path": PDF_PATH, "text": "KH-15-LMHTX-2026.pdf"}],
          opts={"cat": "van-ban", "user": "admin", "tags": ["xuc-tien-thuong-mai"], "read": 2, "id": "7f3c2a91"},
          notes=["official plan 'Số: 15/KH-LMHTX', place-date line 'Phú Thọ, ngày 06 tháng 02 năm 2026' and a cited "
                 "decision of 15/01/2026; the date line under the title says '10 Tháng Hai, 2026'; the signer is no "
                 "author (null); the PDF linked after the text 'Tải về: KH-15-LMHTX-2026.pdf' (attachment, not text)"]),
        A(path="/lien-minh-htx-tinh-tong-ket-cong-tac-nam-2025",
          title="Liên minh HTX tỉnh tổng kết công tác năm 2025, lần đầu sau hợp nhất",
          date=datetime(2026, 1, 9),
          body="""
Ngày 7/1/2026, Liên minh HTX tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026; đây là hội nghị tổng kết đầu tiên sau khi hợp nhất Liên minh HTX ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình.
Năm 2025, toàn tỉnh thành lập mới 126 HTX, nâng tổng số lên 1.412 HTX với gần 96.000 thành viên; doanh thu bình quân một HTX đạt 3,9 tỷ đồng.
[img tong-ket-2025.png] Quang cảnh hội nghị tổng kết tại phường Việt Trì
## Nhiệm vụ trọng tâm năm 2026
* Hoàn thiện tổ chức bộ máy sau hợp nhất tại ba cơ sở Việt Trì, Vĩnh Yên và Hòa Bình;
* Thành lập mới ít nhất 120 HTX, ưu tiên HTX ứng dụng công nghệ cao;
* Giải ngân 45 tỷ đồng từ Quỹ hỗ trợ phát triển HTX.
Dịp này, 18 tập thể và 25 cá nhân được tặng Bằng khen của Liên minh HTX Việt Nam.
""",
          author="Nguyễn Thanh Tùng", **shown(datetime(2026, 1, 9)),
          opts={"cat": "tin-tuc", "user": "tungnt", "tags": ["hop-nhat"], "read": 3, "break": 2, "id": "7f3c2a90"},
          notes=["the conference was 'Ngày 7/1/2026' (first words of the text); the date line says '9 Tháng Một, "
                 "2026'; no byline: the staff account 'Đăng bởi: Nguyễn Thanh Tùng' is the author; pagebreak after "
                 "the second paragraph"]),
        A(path="/anh-mua-buoi-doan-hung-tren-dat-to",
          title="Ảnh: Mùa bưởi Đoan Hùng trên đất Tổ",
          date=datetime(2025, 10, 20),
          body="""
[img buoi-1.png] Thành viên HTX Bưởi Đoan Hùng thu hoạch bưởi Bằng Luân
[img buoi-2.png] Bưởi được phân loại, dán tem truy xuất nguồn gốc ngay tại vườn
[img buoi-3.png] Khách du lịch tham quan vườn bưởi của HTX
[img buoi-4.png] Gian hàng bưởi OCOP của HTX tại chợ phiên xã Đoan Hùng
""",
          byline="Ảnh: Lê Minh", author="Lê Minh", **shown(datetime(2025, 10, 20)),
          opts={"cat": "phong-su-anh", "user": "admin", "tags": ["ocop"], "read": 1, "id": "7f3c2a88"},
          notes=["photo story: four photos with centred <em> captions and the closing 'Ảnh: Lê Minh' (text, author); "
                 "printed whole on the home page, its category and the tag page"]),
        A(path="/htx-rau-huu-co-lac-son-vao-chuoi-sieu-thi",
          title="HTX rau hữu cơ Lạc Sơn đưa sản phẩm vào chuỗi siêu thị",
          date=datetime(2025, 8, 12),
          body="""
HTX Nông nghiệp hữu cơ Lạc Sơn (xã Lạc Sơn, tỉnh Phú Thọ) vừa ký hợp đồng cung ứng rau hữu cơ cho một chuỗi siêu thị tại Hà Nội, mỗi ngày 1,2 tấn.
HTX có 28 thành viên, canh tác 15 ha rau theo tiêu chuẩn hữu cơ, được Liên minh HTX tỉnh Hòa Bình trước đây hỗ trợ chứng nhận và xây dựng nhà sơ chế.
Sau hợp nhất, Liên minh HTX tỉnh Phú Thọ tiếp tục hỗ trợ HTX đầu tư xe lạnh để giữ rau tươi trên quãng đường gần 100 km.
Nguồn: Báo Phú Thọ
""",
          author=None, **shown(datetime(2025, 8, 12)),
          opts={"cat": "tin-tuc", "user": "admin", "tags": ["ocop"], "read": 2, "id": "7f3c2a85"},
          notes=["closing 'Nguồn: Báo Phú Thọ' is a source and the account is the admin's 'Ban Biên tập': author null"]),
        A(path="/htx-dich-vu-nong-nghiep-vinh-tuong-lien-ket-san-xuat-lua-chat-luong",
          title="HTX dịch vụ nông nghiệp Vĩnh Tường liên kết sản xuất lúa chất lượng cao",
          date=datetime(2024, 5, 16),
          body="""
HTX Dịch vụ nông nghiệp Tân Phú (huyện Vĩnh Tường, tỉnh Vĩnh Phúc) liên kết với doanh nghiệp sản xuất 80 ha lúa chất lượng cao trong vụ xuân 2024.
Doanh nghiệp cung ứng giống, phân bón trả chậm và bao tiêu sản phẩm với giá cao hơn thị trường 10%.
[img lua-vinh-tuong.png] Cánh đồng lúa liên kết của HTX trước ngày thu hoạch
Liên minh HTX tỉnh Vĩnh Phúc đánh giá đây là mô hình cần nhân rộng ra các huyện Yên Lạc, Lập Thạch.
""",
          byline="Minh Đức", author="Minh Đức", **shown(datetime(2024, 5, 16)),
          opts={"cat": "tin-tuc", "user": "admin", "tags": [], "read": 2, "id": "5a10e7c2"},
          notes=["migrated 2024 post of the former Vĩnh Phúc alliance ('huyện Vĩnh Tường, tỉnh Vĩnh Phúc'); closing "
                 "'Minh Đức' (text, author)"]),
        A(path="/thanh-son-thanh-lap-moi-5-htx-lam-nghiep",
          title="Thanh Sơn thành lập mới 5 HTX lâm nghiệp",
          date=datetime(2023, 11, 2),
          body="""
Năm 2023, huyện Thanh Sơn, tỉnh Phú Thọ thành lập mới 5 HTX lâm nghiệp, nâng tổng số HTX trên địa bàn huyện lên 48 HTX.
Các HTX mới tập trung trồng rừng gỗ lớn, chế biến gỗ bóc và cung ứng cây giống keo, bạch đàn chất lượng cao cho người dân.
Liên minh HTX tỉnh hướng dẫn các HTX xây dựng điều lệ, phương án sản xuất kinh doanh và tiếp cận vốn vay ưu đãi.
""",
          byline="Nguyễn Hương", author="Nguyễn Hương", **shown(datetime(2023, 11, 2)),
          opts={"cat": "tin-tuc", "user": "admin", "tags": [], "read": 1, "id": "4c22b019"},
          notes=["migrated 2023 post of the old province ('huyện Thanh Sơn, tỉnh Phú Thọ'); closing 'Nguyễn Hương' "
                 "(text, author); only on the second home page /?page=2"]),
    ]


def img(a: Article, name: str) -> str:
    return f"{UP}/{a.opts['id']}/{name}"


def vn_date(d: datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"


def content_html(a: Article, cut: bool = False) -> str:
    out = []
    if a.lead:
        out.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    paragraphs = 0
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
            paragraphs += 1
            if a.opts.get("break") == paragraphs:
                if cut:
                    return "\n".join(out)
                out.append("<!-- pagebreak -->")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        else:
            out.append(f'<p style="text-align: center;"><img src="{img(a, b.src)}" alt="" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def meta_line(a: Article) -> str:
    return (f'<div class="page-meta text-muted small"><span class="page-date"><i class="fa fa-calendar"></i> '
            f'{vn_date(a.date)}</span> <span class="reading-time"><i class="fa fa-clock-o"></i> {LABELS[0]} '
            f'{a.opts["read"]} phút</span> <span class="page-author">{LABELS[1]} {esc(USERS[a.opts["user"]])}</span>'
            f' <span class="page-category"><a href="/category/{a.opts["cat"]}">{CATS[a.opts["cat"]]}</a></span></div>')


def cover(a: Article) -> str:
    return f'<img class="page-cover-image img-fluid" src="{img(a, "cover.png")}" alt="{attr(a.title)}" />'


def card(a: Article) -> str:
    cut = bool(a.opts.get("break"))
    more = f'<a class="btn btn-primary btn-sm" href="{a.path}" role="button">{LABELS[3]}</a>' if cut else ""
    return (f'<div class="card my-5 border-0"><a href="{a.path}">{cover(a)}</a><div class="card-body p-0">'
            f'<a class="text-dark" href="{a.path}"><h2 class="title">{esc(a.title)}</h2></a>{meta_line(a)}'
            f'<div class="page-content">{content_html(a, cut)}</div>{more}</div></div>')


def pager(n: int, total: int, base: str) -> str:
    if total < 2:
        return ""
    def url(k: int) -> str:
        return base if k == 1 else f"{base}?page={k}"
    prev = f'<li class="page-item"><a class="page-link" href="{url(n - 1)}">&larr; {LABELS[4]}</a></li>' if n > 1 else ""
    nxt = f'<li class="page-item ml-auto"><a class="page-link" href="{url(n + 1)}">{LABELS[5]} &rarr;</a></li>' if n < total else ""
    return f'<nav class="paginator"><ul class="pagination flex-wrap">{prev}{nxt}</ul></nav>'


def layout(title: str, main: str, arts: list[Article], head: str = "") -> str:
    counts = {c: sum(a.opts["cat"] == c for a in arts) for c in CATS}
    cats = "".join(f'<li><a href="/category/{c}">{n}</a> ({counts[c]})</li>' for c, n in CATS.items())
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    tag_html = " ".join(f'<a class="badge badge-light" href="/tag/{t}">{TAG_NAMES[t]}</a>' for t in tags)
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Bludit">
<title>{esc(title)}</title>{head}
<link rel="stylesheet" type="text/css" href="/bl-kernel/css/bootstrap.min.css?version=3.15.0">
<link rel="stylesheet" type="text/css" href="/bl-themes/blogx/css/style.css?version=3.15.0">
<script src="/bl-kernel/js/jquery.min.js?version=3.15.0"></script>
</head>
<body>
<div class="top-bar bg-light small"><div class="container"><span class="today">{TODAY}</span> <span class="slogan">{esc(SLOGANS[0])}</span></div></div>
<nav class="navbar navbar-expand-md navbar-light bg-white border-bottom"><div class="container">
<a class="navbar-brand" href="/"><img src="/bl-content/uploads/logo.png" alt=""> {esc(NAME)}</a>
<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
<li class="nav-item"><a class="nav-link" href="/category/tin-tuc">Tin tức</a></li>
<li class="nav-item"><a class="nav-link" href="/category/van-ban">Văn bản</a></li>
<li class="nav-item"><a class="nav-link" href="/category/doi-thoai">Đối thoại</a></li>
<li class="nav-item"><a class="nav-link" href="/category/phong-su-anh">Phóng sự ảnh</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li></ul></div></nav>
<p class="container small text-muted tagline">{esc(SLOGANS[1])}</p>
<div class="container"><div class="row">
<div class="col-md-9">
{main}
</div>
<div class="col-md-3">
<div class="plugin plugin-search"><h2 class="plugin-label">{SIDE[9]}</h2><div class="plugin-content"><input type="text" id="jspluginSearchText" /> <a href="/search/ocop">OCOP</a></div></div>
<div class="plugin plugin-categories"><h2 class="plugin-label">{SIDE[0]}</h2><div class="plugin-content"><ul>{cats}</ul></div></div>
<div class="plugin plugin-tags"><h2 class="plugin-label">{SIDE[1]}</h2><div class="plugin-content">{tag_html}</div></div>
<div class="plugin plugin-latest-posts"><h2 class="plugin-label">{SIDE[2]}</h2><div class="plugin-content"><ul>{latest}</ul></div></div>
<div class="plugin plugin-hotline"><h2 class="plugin-label">{SIDE[3]}</h2><div class="plugin-content"><p>{SIDE[4]}</p></div></div>
<div class="plugin plugin-visits"><h2 class="plugin-label">{SIDE[5]}</h2><div class="plugin-content"><p>{SIDE[8]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div></div>
<div class="plugin plugin-links"><h2 class="plugin-label">{SIDE[10]}</h2><div class="plugin-content"><ul>
<li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div></div>
</div>
</div></div>
<footer class="footer bg-dark text-white"><div class="container">
{"".join(f"<p>{esc(x)}</p>" for x in FOOTER[:5])}
<p class="text-right"><a href="#top">{LABELS[6]}</a> · <span class="powered">{FOOTER[5]}</span></p>
</div></footer>
<script src="/bl-kernel/js/bootstrap.bundle.min.js?version=3.15.0"></script>
</body>
</html>
"""


TAG_NAMES = {"ocop": "OCOP", "chuyen-doi-so": "Chuyển đổi số", "xuc-tien-thuong-mai": "Xúc tiến thương mại",
             "hop-nhat": "Hợp nhất"}


def page_view(a: Article, arts: list[Article]) -> str:
    files = ""
    if a.attachments:
        files = "".join(f'<p>Tải về: <a href="{x["path"]}">{esc(x["text"])}</a></p>' for x in a.attachments)
    others = [o for o in arts if o is not a][:4]
    box = (f'<div class="related-pages"><h3>{LABELS[2]}</h3><ul>'
           + "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="text-muted">({vn_date(o.date)})</span></li>'
                     for o in others) + "</ul></div>")
    tags = "".join(f'<a class="badge badge-info" href="/tag/{t}">{TAG_NAMES[t]}</a> ' for t in a.opts["tags"])
    return (f'<section class="page"><div class="card my-5 border-0">{cover(a)}<div class="card-body p-0">'
            f'<h1 class="page-title">{esc(a.title)}</h1>{meta_line(a)}'
            f'<div class="page-content">\n{content_html(a)}\n</div>{files}'
            f'<div class="page-tags">{tags}</div></div></div>{box}</section>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-tho", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        head = (f'\n<meta name="description" content="{attr(a.summary())}">'
                f'\n<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">'
                f'\n<meta property="og:site_name" content="{attr(NAME)}">'
                f'\n<meta property="og:image" content="{{{{base}}}}{img(a, "cover.png")}">')
        site.page(a.path, layout(f"{a.title} | {NAME}", page_view(a, arts), arts, head), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 15/KH-LMHTX", ["KE HOACH HO TRO HTX THAM GIA HOI CHO NAM 2026",
                                                         "So: 15/KH-LMHTX"]))

    def listing(base: str, heading: str, items: list[Article], title: str) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            url = base if k == 1 else f"{base}?page={k}"
            h = f'<h1 class="listing-title">{esc(heading)}</h1>' if heading else ""
            site.page(url, layout(title if k == 1 else f"{title} - Trang {k}", h + "".join(card(a) for a in chunk)
                                  + pager(k, len(chunks), base), arts, '\n<meta property="og:type" content="website">'),
                      content_type=HTML)
            site.non_articles.append(url)

    listing("/", "", arts, NAME)
    for c, n in CATS.items():
        listing(f"/category/{c}", n, [a for a in arts if a.opts["cat"] == c], f"{n} | {NAME}")
    for t, n in TAG_NAMES.items():
        listing(f"/tag/{t}", f"Thẻ: {n}", [a for a in arts if t in a.opts["tags"]], f"{n} | {NAME}")
    hits = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title]
    listing("/search/ocop", "Kết quả tìm kiếm: ocop", hits, f"Tìm kiếm | {NAME}")
    site.trap("home /, /?page=2, categories /category/<slug> (paged ?page=2), tags /tag/<slug> and the search "
              "/search/ocop print each post WHOLE (h2 title link, date line, cover, the full page-content) unless it "
              "has a <!-- pagebreak -->: then its first part and 'Đọc tiếp »'; listings, not articles",
              "/category/phong-su-anh")
    site.trap("the single post of /category/doi-thoai (the interview) printed whole under a h1 'Đối thoại'", "/category/doi-thoai")

    about = ('<section class="page"><div class="card my-5 border-0"><img class="page-cover-image img-fluid" '
             'src="/bl-content/uploads/pages/1b2c3d4e/cover.png" alt="" /><div class="card-body p-0">'
             '<h1 class="page-title">Giới thiệu Bản tin Kinh tế hợp tác</h1><div class="page-content">'
             '<p>Bản tin Kinh tế hợp tác tỉnh Phú Thọ là ấn phẩm thông tin của Liên minh Hợp tác xã tỉnh, ra đời từ năm '
             '2016 và được tổ chức lại sau khi hợp nhất Liên minh Hợp tác xã ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình từ '
             'ngày 1 tháng 7 năm 2025.</p><p>Bản tin phản ánh hoạt động của hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác; '
             'tuyên truyền chủ trương, chính sách phát triển kinh tế tập thể; giới thiệu sản phẩm OCOP và các mô hình '
             'sản xuất kinh doanh hiệu quả trên địa bàn tỉnh.</p><h3>Các chuyên mục chính</h3><ul><li>Tin tức hoạt động '
             'của Liên minh và hợp tác xã;</li><li>Văn bản chỉ đạo, hướng dẫn;</li><li>Đối thoại với người làm kinh tế '
             'tập thể;</li><li>Phóng sự ảnh.</li></ul><p>Bạn đọc, hợp tác xã có tin bài, ảnh xin gửi về Tòa soạn theo '
             'địa chỉ ở cuối trang.</p></div></div></div></section>')
    site.page("/gioi-thieu", layout(f"Giới thiệu | {NAME}", about, arts, '\n<meta property="og:type" content="article">'),
              content_type=HTML)
    contact = ('<section class="page"><div class="card my-5 border-0"><div class="card-body p-0"><h1 class="page-title">'
               'Liên hệ</h1><div class="page-content"><p>Mọi ý kiến đóng góp, tin bài xin gửi về Tòa soạn Bản tin Kinh tế '
               'hợp tác tỉnh Phú Thọ.</p><form action="/lien-he" method="post"><input name="name" /><textarea name="message">'
               '</textarea><button type="submit">Gửi</button></form></div></div></div></section>')
    site.page("/lien-he", layout(f"Liên hệ | {NAME}", contact, arts, '\n<meta property="og:type" content="article">'),
              content_type=HTML)
    site.non_articles += ["/gioi-thieu", "/lien-he"]
    site.trap("Bludit static pages /gioi-thieu and /lien-he: the same template and URL shape as the posts "
              "(h1.page-title, cover image, div.page-content with paragraphs, a heading and a list), og:type article, "
              "but no date line: not articles", "/gioi-thieu")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    return site
