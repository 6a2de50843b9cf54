"""Site `quyhtx-daklak` (registry family `generic`): the Quỹ hỗ trợ phát triển hợp tác xã of the merged
Đắk Lắk province (Phú Yên joined it on 1 July 2025), run by the provincial alliance, on
ExpressionEngine (PHP); written as a held-out test: no family module, no selectors.

Why it is hard: every entry answers at two addresses, `/index.php/tin-tuc/chi-tiet/<url_title>`
(the links the home page and the sidebar print, `index.php` not removed) and
`/tin-tuc/chi-tiet/<url_title>` (the canonical one, used by the channel listing); the listing pages
by offset `/tin-tuc/P3`, `/tin-tuc/P6` and has category URLs `/tin-tuc/category/ocop`. The entry
is a `div.entry` whose meta line gives `{entry_date}` as "14/03/2025" (no time) and `{author}`,
the member's screen name: a person (then the author when no byline names someone else), or
"Quản trị" (the admin account, never an author). Under the text an "Sửa lần cuối: …" line
(`{edit_date}`) is months later for one entry; reader comments with their own dates and a comment
form posting to `?ACT=12` follow. A notice in the "Thông báo" channel is shown by a template
without any date: only its text says "Ngày 12/11" and the `/thong-bao` listing gives 12/11/2025.
A decision's own date (25/8/2025) precedes its posting (27/08/2025). The member login page,
introduction, contact, category pages and search results are not articles.
"""

from __future__ import annotations

import zlib
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "quyhtx-daklak"
NAME = "Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Lắk"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
NOTICE = "/thong-bao"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
LOGIN = "/member/login"
SEARCH = "/search/results/7c1e9f04b2a8d5/"
PER = 3
PDF_PATH = "/uploads/files/QD-18-QHTX-quy-che-cho-vay.pdf"
CATS = {"hoat-dong-quy": "Hoạt động Quỹ", "ocop": "OCOP", "van-ban": "Văn bản"}

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Quỹ hỗ trợ phát triển HTX - Điểm tựa vốn cho kinh tế tập thể"]
FOOTER = ["Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Lắk - Liên minh Hợp tác xã tỉnh Đắk Lắk",
          "Trụ sở: 47 Nguyễn Tất Thành, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
          "Cơ sở 2: 02 Trần Phú, phường Tuy Hòa, tỉnh Đắk Lắk",
          "Điện thoại: 0262.3852.917 - Email: quyhtx.daklak@gmail.com",
          "Chịu trách nhiệm nội dung: Bà H'Yâo Byă - Giám đốc Quỹ",
          "Powered by ExpressionEngine"]
SIDE = ["Danh mục", "Bài mới", "Hỗ trợ vay vốn", "Hotline: 0905.318.246", "Thống kê truy cập",
        "Online: 6", "Tổng lượt xem: 95.310", "Liên kết"]
LABELS = ["Đăng bởi:", "Chuyên mục:", "Sửa lần cuối:", "Bình luận", "Gửi bình luận", "Họ tên", "Nội dung bình luận",
          "Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.", "Đính kèm:", "Bài liên quan", "Đăng nhập",
          "Tìm kiếm"]
COMMENTS = {
    "tong-ket-hoat-dong-quy-nam-2025": [
        ("Y Khoa Niê", "10/01/2026 08:15", "Đề nghị Quỹ tăng mức cho vay đối với HTX trồng cà phê tái canh."),
        ("Lê Thị Hồng", "11/01/2026 20:42", "HTX chúng tôi ở Sông Hinh muốn vay thì liên hệ cơ sở 2 được không ạ?")],
    "quy-cho-vay-3-ty-dong-giup-htx-ca-phe-ea-tu": [
        ("Nguyễn Văn Tài", "21/11/2025 09:03", "Thủ tục vay có phức tạp không, cần thế chấp tài sản gì?")],
}
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *LABELS] + [c[2] for cs in COMMENTS.values() for c in cs]


def entry(slug: str) -> str:
    return f"{NEWS}/chi-tiet/{slug}"


def shown(d: datetime) -> dict:
    return dict(published=iso(d, False), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=entry("quy-cho-vay-3-ty-dong-giup-htx-ca-phe-ea-tu"),
          title="Quỹ cho vay 3 tỷ đồng giúp HTX cà phê Ea Tu đầu tư dây chuyền rang xay",
          date=datetime(2025, 11, 20, 9, 30),
          body="""
HTX Nông nghiệp dịch vụ Ea Tu (phường Tân An) vừa được Quỹ hỗ trợ phát triển HTX tỉnh giải ngân khoản vay 3 tỷ đồng, thời hạn 60 tháng.
Với nguồn vốn này, HTX đầu tư dây chuyền rang xay, đóng gói cà phê bột và cà phê hạt rang công suất 2 tấn/ngày.
[img ea-tu-rang-xay.png] Dây chuyền rang xay cà phê mới của HTX Nông nghiệp dịch vụ Ea Tu
HTX hiện liên kết với 142 hộ trồng cà phê trên diện tích 260 ha, trong đó 120 ha đạt chứng nhận 4C.
Bán cà phê rang xay thay vì cà phê nhân giúp giá trị sản phẩm tăng gấp hai đến ba lần, HTX đặt mục tiêu doanh thu 25 tỷ đồng năm 2026.
""",
          author="H'Linh Niê", **shown(datetime(2025, 11, 20)),
          opts={"screen": "H'Linh Niê", "cat": "hoat-dong-quy"},
          notes=["no byline: the author is the screen name in the meta line ('Đăng bởi: H'Linh Niê', a person); "
                 "a reader comment with its own date ('21/11/2025 09:03') under the text is not part of it"]),
        A(path=entry("htx-nong-nghiep-ea-kar-co-4-san-pham-ocop-4-sao"),
          title="HTX Nông nghiệp Ea Kar có 4 sản phẩm OCOP đạt 4 sao",
          date=datetime(2025, 10, 28),
          body="""
Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk vừa công nhận 4 sản phẩm của HTX Nông nghiệp Ea Kar đạt 4 sao, gồm cà phê bột nguyên chất, hạt điều rang muối, mật ong hoa cà phê và bơ sấy dẻo.
Năm 2024, HTX vay 1,5 tỷ đồng từ Quỹ để đầu tư máy sấy và hệ thống đóng gói, điều kiện quan trọng để sản phẩm đạt chuẩn OCOP.
[img ocop-ea-kar.png] Các sản phẩm OCOP 4 sao của HTX Nông nghiệp Ea Kar
Sản phẩm của HTX đã có mặt tại hệ thống siêu thị và các điểm bán đặc sản ở Buôn Ma Thuột, Tuy Hòa và Thành phố Hồ Chí Minh.
""",
          byline="Bài, ảnh: Y Thịnh Ksor", author="Y Thịnh Ksor", **shown(datetime(2025, 10, 28)),
          opts={"screen": "Quản trị", "cat": "ocop"},
          notes=["'Đăng bởi: Quản trị' is the admin account; the author is the closing byline 'Bài, ảnh: Y Thịnh Ksor'"]),
        A(path=entry("quyet-dinh-ban-hanh-quy-che-cho-vay-cua-quy"),
          title="Quyết định ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Lắk",
          date=datetime(2025, 8, 27),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH ĐẮK LẮK
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 18/QĐ-QHTX
Đắk Lắk, ngày 25 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Lắk
GIÁM ĐỐC QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ TỈNH ĐẮK LẮK
Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;
Căn cứ Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã;
Căn cứ Quyết định số 1520/QĐ-UBND ngày 01/7/2025 của UBND tỉnh về việc hợp nhất Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Lắk và tỉnh Phú Yên;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Lắk.
Điều 2. Quyết định có hiệu lực kể từ ngày 01/9/2025 và thay thế các quy chế cho vay đã ban hành trước đây của hai Quỹ.
Điều 3. Trưởng các phòng nghiệp vụ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
GIÁM ĐỐC H'Yâo Byă
""",
          author=None, doc_number="18/QĐ-QHTX", **shown(datetime(2025, 8, 27)),
          attachments=[{"path": PDF_PATH, "text": "QD-18-QHTX-quy-che-cho-vay.pdf"}],
          opts={"screen": "Quản trị", "cat": "van-ban"},
          notes=["decision 'Số: 18/QĐ-QHTX' signed 'ngày 25 tháng 8 năm 2025', effective 01/9/2025, citing 01/7/2025 "
                 "and 2021/2023 texts; the entry date in the meta line is 27/08/2025; signer last (text, author null); "
                 "the PDF under 'Đính kèm:'"]),
        A(path=entry("phong-su-anh-mua-sau-rieng-o-htx-krong-pac"),
          title="Phóng sự ảnh: Mùa sầu riêng ở HTX Krông Pắc",
          date=datetime(2025, 9, 16),
          body="""
[img sau-rieng-1.png] Thành viên HTX Nông nghiệp Krông Pắc thu hoạch sầu riêng đúng độ chín
[img sau-rieng-2.png] Sầu riêng được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế của HTX
[img sau-rieng-3.png] Nhà sơ chế xây dựng bằng vốn vay 2,2 tỷ đồng của Quỹ
[img sau-rieng-4.png] Xe container nhận hàng xuất khẩu ngay tại HTX
Ảnh: Hoàng Gia
""",
          author="Hoàng Gia", **shown(datetime(2025, 9, 16)),
          opts={"screen": "Quản trị", "cat": "hoat-dong-quy"},
          notes=["photo story: four captioned figures and the closing 'Ảnh: Hoàng Gia' (author: Hoàng Gia)"]),
        A(path=entry("hop-nhat-quy-ho-tro-phat-trien-htx-hai-tinh-dak-lak-va-phu-yen"),
          title="Hợp nhất Quỹ hỗ trợ phát triển HTX hai tỉnh Đắk Lắk và Phú Yên",
          date=datetime(2025, 7, 15),
          body="""
Thực hiện chủ trương sắp xếp đơn vị hành chính, từ ngày 1/7/2025 Quỹ hỗ trợ phát triển HTX tỉnh Đắk Lắk và Quỹ hỗ trợ phát triển HTX tỉnh Phú Yên được hợp nhất thành một quỹ trực thuộc Liên minh HTX tỉnh Đắk Lắk mới.
Sau hợp nhất, tổng nguồn vốn hoạt động của Quỹ đạt 142 tỷ đồng, dư nợ cho vay 118 tỷ đồng với 173 dự án của HTX.
## Không gián đoạn cho vay, thu nợ
Bộ phận nghiệp vụ của Quỹ Phú Yên trước đây tiếp tục làm việc tại cơ sở 2 ở phường Tuy Hòa; các HTX trả nợ, nộp hồ sơ vay tại cơ sở gần nhất.
Quỹ đang rà soát để ban hành quy chế cho vay thống nhất, dự kiến áp dụng từ tháng 9.
""",
          byline="Thu Hà", author="Thu Hà", **shown(datetime(2025, 7, 15)),
          opts={"screen": "Quản trị", "cat": "hoat-dong-quy", "edited": "02/12/2025 10:40"},
          notes=["entry date 15/07/2025 in the meta line; the text names 1/7/2025 (the merger) and 'Sửa lần cuối: "
                 "02/12/2025 10:40' ({edit_date}) sits under the text: neither is the publication date"]),
        A(path=entry("htx-thuy-san-song-cau-vay-von-nuoi-tom-hum-long-hdpe"),
          title="HTX Thủy sản Sông Cầu vay vốn chuyển sang nuôi tôm hùm lồng HDPE",
          date=datetime(2025, 12, 9),
          body="""
HTX Thủy sản Sông Cầu (phường Sông Cầu) được Quỹ hỗ trợ phát triển HTX tỉnh cho vay 2,5 tỷ đồng để thay 120 lồng gỗ bằng lồng nhựa HDPE chịu được sóng gió.
Lồng HDPE có tuổi thọ trên 15 năm, hạn chế thất thoát khi mưa bão, giúp thành viên yên tâm thả nuôi tôm hùm xanh và tôm hùm bông.
Theo Giám đốc HTX, sau đợt mưa lũ tháng 11, các lồng HDPE đều an toàn trong khi nhiều lồng gỗ trong vùng bị hư hỏng.
Nguồn: Báo Đắk Lắk
""",
          author=None, **shown(datetime(2025, 12, 9)),
          opts={"screen": "Quản trị", "cat": "hoat-dong-quy"},
          notes=["last line 'Nguồn: Báo Đắk Lắk' is a source and the screen name is the admin account: author null"]),
        A(path=entry("tap-huan-nghiep-vu-tin-dung-cho-can-bo-htx-tai-tuy-hoa"),
          title="Tập huấn nghiệp vụ tín dụng cho cán bộ HTX tại Tuy Hòa",
          date=datetime(2025, 10, 3),
          body="""
Trong hai ngày 1 và 2/10, Quỹ hỗ trợ phát triển HTX tỉnh tổ chức lớp tập huấn nghiệp vụ tín dụng cho 65 cán bộ quản lý HTX khu vực phía đông của tỉnh.
Nội dung tập huấn gồm quy chế cho vay mới của Quỹ, cách lập phương án sản xuất kinh doanh, quản lý dòng tiền và trả nợ đúng hạn.
* Hướng dẫn hồ sơ vay vốn và tài sản bảo đảm;
* Lập kế hoạch tài chính cho dự án;
* Kinh nghiệm quản lý vốn vay của các HTX điển hình.
Sau tập huấn, Quỹ đã tiếp nhận 11 hồ sơ đề nghị vay với tổng số tiền 19 tỷ đồng.
""",
          author="Trần Minh Quân", **shown(datetime(2025, 10, 3)),
          opts={"screen": "Trần Minh Quân", "cat": "hoat-dong-quy"}),
        A(path=entry("tong-ket-hoat-dong-quy-nam-2025"),
          title="Quỹ hỗ trợ phát triển HTX tỉnh tổng kết hoạt động năm 2025",
          date=datetime(2026, 1, 9),
          body="""
Ngày 8/1, Quỹ hỗ trợ phát triển HTX tỉnh Đắk Lắk tổ chức hội nghị tổng kết hoạt động năm 2025 và triển khai kế hoạch năm 2026.
Năm 2025, Quỹ cho vay mới 52 dự án với tổng số tiền 71,3 tỷ đồng; thu hồi nợ đến hạn đạt 98,6%.
[img tong-ket-quy-dl.png] Giám đốc Quỹ báo cáo kết quả hoạt động năm 2025
Năm 2026, Quỹ phấn đấu nâng nguồn vốn lên 170 tỷ đồng, ưu tiên cho vay các HTX sản xuất cà phê, sầu riêng, thủy sản theo chuỗi giá trị.
""",
          byline="H'Linh Niê", author="H'Linh Niê", **shown(datetime(2026, 1, 9)),
          opts={"screen": "Quản trị", "cat": "hoat-dong-quy"},
          notes=["two reader comments dated 10/01/2026 and 11/01/2026 and the comment form (POST to ?ACT=12) under "
                 "the text: not part of it"]),
        A(path=NOTICE + "/chi-tiet/thong-bao-lich-tiep-nhan-ho-so-vay-von-dot-cuoi-nam",
          title="Thông báo lịch tiếp nhận hồ sơ vay vốn đợt cuối năm",
          date=datetime(2025, 11, 12),
          body="""
Ngày 12/11, Quỹ hỗ trợ phát triển HTX tỉnh thông báo lịch tiếp nhận hồ sơ đề nghị vay vốn đợt cuối năm như sau:
* Tại trụ sở phường Buôn Ma Thuột: từ ngày 17/11 đến ngày 05/12;
* Tại cơ sở 2 phường Tuy Hòa: từ ngày 17/11 đến ngày 28/11.
Hồ sơ nộp sau thời hạn trên sẽ được xem xét trong đợt tiếp nhận đầu năm sau.
""",
          author=None, published=iso(datetime(2025, 11, 12), False), published_source="listing", evidence=["listing"],
          opts={"screen": None, "cat": None},
          notes=["the notice template shows no date and no author: only the text says 'Ngày 12/11' (no year); the "
                 "/thong-bao listing shows 12/11/2025 beside the link: published 2025-11-12 from the listing"]),
    ]


def slug(a: Article) -> str:
    return a.path.rsplit("/", 1)[1]


def img(name: str) -> str:
    return f"/images/uploads/{name}"


def render(a: Article) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="{img(b.src)}" alt="">'
                       + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "") + "</figure>")
    if a.byline:
        out.append(f'<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def layout(title: str, main: str, arts: list[Article]) -> str:
    cats = "".join(f'<li><a href="{NEWS}/category/{k}">{v}</a></li>' for k, v in CATS.items())
    recent = "".join(f'<li><a href="/index.php{a.path}">{esc(a.title)}</a></li>' for a in arts[:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {NAME}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/user/site/default/css/style.css">
<script src="/themes/user/site/default/js/jquery.min.js"></script>
</head>
<body>
<div id="top-bar"><span class="date">{TODAY}</span> <span class="slogan">{esc(SLOGANS[0])}</span>
<span class="member"><a href="{LOGIN}">Đăng nhập</a></span></div>
<header id="masthead"><a href="/index.php" class="logo"><img src="/images/logo-quy-htx.png" alt=""></a>
<div class="site-name"><strong>{NAME}</strong><br><span>Liên minh Hợp tác xã tỉnh Đắk Lắk</span></div>
<form id="search" method="post" action="/"><input type="hidden" name="ACT" value="4"><input type="hidden" name="RP" value="search/results">
<input type="text" name="keywords" placeholder="Từ khóa"><button type="submit">Tìm kiếm</button></form></header>
<nav id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="{ABOUT}">Giới thiệu</a></li><li><a href="{NEWS}">Tin tức</a></li>
<li><a href="{NOTICE}">Thông báo</a></li><li><a href="{NEWS}/category/van-ban">Văn bản</a></li><li><a href="{CONTACT}">Liên hệ</a></li></ul></nav>
<div id="wrapper">
<div id="content">
{main}
</div>
<div id="sidebar">
<div class="widget"><h4>{SIDE[0]}</h4><ul>{cats}</ul></div>
<div class="widget"><h4>{SIDE[1]}</h4><ul>{recent}</ul></div>
<div class="widget support"><h4>{SIDE[2]}</h4><p>{SIDE[3]}</p></div>
<div class="widget"><h4>{SIDE[4]}</h4><p>{SIDE[5]}</p><p>{SIDE[6]}</p></div>
<div class="widget"><h4>{SIDE[7]}</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
<div class="widget"><a href="{SEARCH}">Tìm nhiều: cà phê</a></div>
</div>
</div>
<footer id="colophon">{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}</footer>
</body>
</html>
"""


def comments(a: Article) -> str:
    cs = COMMENTS.get(slug(a), [])
    rows = "".join(f'<li class="comment"><p class="comment-meta"><strong>{esc(n)}</strong> - {d}</p><p>{esc(t)}</p></li>'
                   for n, d, t in cs)
    return (f'<div id="comments"><h3>Bình luận ({len(cs)})</h3><ol class="comment-list">{rows}</ol>'
            f'<form id="comment_form" method="post" action="/?ACT=12">'
            f'<input type="hidden" name="XID" value="b5e2f1c0a9d84e7f"><input type="hidden" name="ACT" value="12">'
            f'<input type="hidden" name="RET" value="{a.path}"><input type="hidden" name="entry_id" value="{zlib.crc32(a.path.encode()) % 300}">'
            f'<p><label>Họ tên</label> <input type="text" name="name"></p>'
            f'<p><label>Nội dung bình luận</label> <textarea name="comment"></textarea></p>'
            f'<p class="note">Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.</p>'
            f'<button type="submit">Gửi bình luận</button></form></div>')


def detail(a: Article, related: list[Article]) -> str:
    o = a.opts
    if o["cat"] is None:  # notice template: no date, no author
        return (f'<div class="entry notice"><h1>{esc(a.title)}</h1><div class="entry-body">{render(a)}</div></div>')
    meta = (f'<p class="entry-meta"><span class="date">{a.date:%d/%m/%Y}</span> | Đăng bởi: <span class="author">'
            f'{esc(o["screen"])}</span> | Chuyên mục: <a href="{NEWS}/category/{o["cat"]}">{CATS[o["cat"]]}</a></p>')
    files = "".join(f'<p class="attach">Đính kèm: <a href="{x["path"]}">{esc(x["text"])}</a></p>' for x in a.attachments)
    edited = f'<p class="edited">Sửa lần cuối: {o["edited"]}</p>' if o.get("edited") else ""
    rel = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a> <span>({r.date:%d/%m/%Y})</span></li>' for r in related)
    return (f'<div class="entry"><h1 class="entry-title">{esc(a.title)}</h1>{meta}'
            f'<div class="entry-body">\n{render(a)}\n</div>{files}{edited}</div>'
            f'<div class="related"><h3>Bài liên quan</h3><ul>{rel}</ul></div>{comments(a)}')


def card(a: Article, prefix: str = "") -> str:
    return (f'<div class="entry-summary"><h2><a href="{prefix}{a.path}">{esc(a.title)}</a></h2>'
            f'<p class="entry-meta">{a.date:%d/%m/%Y}</p><p>{esc(a.summary())}</p></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-lak", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.opts["cat"]]
    notices = [a for a in arts if not a.opts["cat"]]
    for i, a in enumerate(arts):
        related = [r for r in news if r is not a][i % 3:i % 3 + 3] if a.opts["cat"] else []
        site.page(a.path, layout(a.title, detail(a, related), arts), content_type=HTML)
        site.same_page("/index.php" + a.path, a.path)
        a.aliases = ["/index.php" + a.path]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 18/QĐ-QHTX", ["QUY CHE CHO VAY", "Quy ho tro phat trien HTX tinh Dak Lak",
                                                          "So: 18/QD-QHTX"]))
    site.trap("every entry answers at /index.php/tin-tuc/chi-tiet/<url_title> (the links of the home page and the "
              "'Bài mới' sidebar) and /tin-tuc/chi-tiet/<url_title> (the listing's links): one article",
              "/index.php" + news[0].path)

    # channel listing paged by offset: /tin-tuc, /tin-tuc/P3, /tin-tuc/P6
    chunks = [news[i:i + PER] for i in range(0, len(news), PER)]
    for n, chunk in enumerate(chunks):
        here = NEWS if n == 0 else f"{NEWS}/P{n * PER}"
        links = " ".join(f"<strong>{k + 1}</strong>" if k == n else
                         f'<a href="{NEWS if k == 0 else f"{NEWS}/P{k * PER}"}">{k + 1}</a>' for k in range(len(chunks)))
        if n + 1 < len(chunks):
            links += f' <a href="{NEWS}/P{(n + 1) * PER}">&gt;</a> <a href="{NEWS}/P{(len(chunks) - 1) * PER}">Cuối &rsaquo;</a>'
        main = (f'<h1 class="channel-title">Tin tức</h1>{"".join(card(a) for a in chunk)}'
                f'<p class="paginate">Trang {n + 1} / {len(chunks)} &nbsp; {links}</p>')
        site.page(here, layout("Tin tức", main, arts), content_type=HTML)
        site.non_articles.append(here)
    for k, v in CATS.items():
        items = [a for a in news if a.opts["cat"] == k]
        site.page(f"{NEWS}/category/{k}", layout(v, f'<h1 class="channel-title">Chuyên mục: {v}</h1>'
                                                 + "".join(card(a) for a in items), arts), content_type=HTML)
        site.non_articles.append(f"{NEWS}/category/{k}")
    site.page(NOTICE, layout("Thông báo", '<h1 class="channel-title">Thông báo</h1>'
                             + "".join(card(a) for a in notices), arts), content_type=HTML)
    home = (f'<div class="featured">{card(news[0], "/index.php")}</div><h2 class="section">Tin mới</h2>'
            + "".join(card(a, "/index.php") for a in news[1:6])
            + f'<h2 class="section">Thông báo</h2><ul>'
            + "".join(f'<li><a href="/index.php{a.path}">{esc(a.title)}</a> ({a.date:%d/%m/%Y})</li>' for a in notices)
            + "</ul>")
    site.page("/", layout("Trang chủ", home, arts), content_type=HTML)
    site.same_page("/index.php", "/")
    about = ("<h1>Giới thiệu</h1><p>Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Lắk là tổ chức tài chính nhà nước "
             "trực thuộc Liên minh Hợp tác xã tỉnh, được hợp nhất từ Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Lắk và "
             "Quỹ hỗ trợ phát triển hợp tác xã tỉnh Phú Yên từ ngày 01 tháng 7 năm 2025.</p><p>Quỹ cho vay ưu đãi đối "
             "với hợp tác xã, liên hiệp hợp tác xã để đầu tư mở rộng sản xuất, đổi mới công nghệ, xây dựng thương hiệu "
             "và tiêu thụ sản phẩm, góp phần phát triển kinh tế tập thể trên địa bàn tỉnh.</p>")
    contact = (f"<h1>Liên hệ</h1><p>{FOOTER[1]}</p><p>{FOOTER[2]}</p><form method=\"post\" action=\"/?ACT=17\">"
               "<input name=\"name\"><textarea name=\"message\"></textarea><button type=\"submit\">Gửi</button></form>")
    login = ('<h1>Đăng nhập thành viên</h1><form method="post" action="/?ACT=9"><input type="hidden" name="RET" '
             'value="/"><p>Tên đăng nhập <input name="username"></p><p>Mật khẩu <input type="password" '
             'name="password"></p><button type="submit">Đăng nhập</button></form><p><a href="/member/forgot_password">'
             'Quên mật khẩu?</a></p>')
    forgot = ('<h1>Quên mật khẩu</h1><form method="post" action="/?ACT=10"><input name="email">'
              '<button type="submit">Gửi</button></form>')
    results = (f'<h1>Kết quả tìm kiếm: cà phê</h1><p>Tìm thấy 2 kết quả</p>'
               + "".join(card(a, "/index.php") for a in news if "cà phê" in a.body)[:100000])
    for path, title, main in [(ABOUT, "Giới thiệu", about), (CONTACT, "Liên hệ", contact), (LOGIN, "Đăng nhập", login),
                              ("/member/forgot_password", "Quên mật khẩu", forgot), (SEARCH, "Tìm kiếm", results)]:
        site.page(path, layout(title, main, arts), content_type=HTML)
    site.non_articles += [NOTICE, "/", ABOUT, CONTACT, LOGIN, "/member/forgot_password", SEARCH]
    site.trap("channel listing /tin-tuc paged by offset /tin-tuc/P3, /tin-tuc/P6 ('Trang 1 / 3', '>', 'Cuối ›'); "
              "category pages /tin-tuc/category/<name>", NEWS + "/P3")
    site.trap("member login /member/login (and forgot-password), search results /search/results/<hash>/, "
              "introduction and contact: not articles", LOGIN)
    site.static("/robots.txt", "User-agent: *\nDisallow: /system/\n")
    return site
